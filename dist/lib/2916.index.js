export const id = 2916;
export const ids = [2916];
export const modules = {

/***/ 72916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkEveryProfile: () => (/* reexport */ load.checkEveryProfile),
  decisionPolicy: () => (/* binding */ decisionPolicy),
  planGate: () => (/* binding */ planGate)
});

// EXTERNAL MODULE: ./src/checks/registry.ts
var registry = __webpack_require__(56538);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(98571);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
// EXTERNAL MODULE: ./src/checks/fields.ts
var fields = __webpack_require__(23128);
// EXTERNAL MODULE: ./src/config/resolve.ts
var resolve = __webpack_require__(68270);
// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(90131);
// EXTERNAL MODULE: ./src/config/types.ts
var types = __webpack_require__(22143);
;// CONCATENATED MODULE: ./src/config/defaults.ts




/**
 * `defaults:`, interpolated and validated again like a check's fields: `${{ inputs.X }}` works
 * there too, and an unset one is reported at its line.
 */
function planDefaults(config, interp, issues) {
    let d = config.defaults ?? {};
    const { value, issues: found } = interp.interpolate(d, ['defaults']);
    for (const i of found)
        issues.add(i.path, i.message);
    if (found.length === 0) {
        const parsed = schema/* defaultsSchema */.ms.safeParse(value, { reportInput: true });
        if (parsed.success)
            d = parsed.data;
        else
            for (const iss of parsed.error.issues)
                issues.add(['defaults', ...iss.path], `${(0,resolve/* describeZodIssue */.Kg)(iss)} (after interpolation)`);
    }
    const ms = (v, fallback) => v === undefined ? fallback : ((0,duration/* parseDuration */.E9)(v) ?? fallback);
    return {
        timeoutMs: ms(d.timeout, types/* DEFAULT_TIMEOUT_MS */.t1),
        gateTimeoutMs: ms(d.gateTimeout, types/* DEFAULT_GATE_TIMEOUT_MS */.Fu),
        concurrency: d.concurrency ?? types/* DEFAULT_CONCURRENCY */.WH,
        ...(d.base !== undefined ? { base: d.base } : {}),
    };
}

// EXTERNAL MODULE: ./src/config/interpolate.ts
var interpolate = __webpack_require__(72757);
// EXTERNAL MODULE: ./src/config/notify.ts
var notify = __webpack_require__(67649);
// EXTERNAL MODULE: ./src/config/load.ts + 4 modules
var load = __webpack_require__(52008);
// EXTERNAL MODULE: ./src/config/own.ts
var own = __webpack_require__(94842);
// EXTERNAL MODULE: ./src/config/profiles.ts
var profiles = __webpack_require__(73810);
// EXTERNAL MODULE: ./src/config/shellValues.ts + 1 modules
var shellValues = __webpack_require__(14353);
// EXTERNAL MODULE: ./src/core/sensitive.ts
var sensitive = __webpack_require__(5371);
;// CONCATENATED MODULE: ./src/config/plan.ts















/** For `validate` without a profile: every profile must run a check that counts. */

function decisionPolicy(settings) {
    return {
        categories: (0,own/* dataRecord */._)({ ...schema/* DEFAULT_CATEGORIES */.Bl, ...settings.categories }),
        holdLine: settings.holdLine ?? 2,
        autoPromoteAt: settings.autoPromoteAt ?? 4,
        releaseCandidatePercent: settings.releaseCandidatePercent ?? 80,
        ratchet: settings.ratchet ?? true,
        hotfixDeadlineMs: (0,notify/* hotfixDeadlineMs */.zu)(settings.hotfixDeadline),
    };
}
/** Resolves a profile and interpolates its checks; unset inputs and bad values are config errors. */
function planGate(loaded, profile, opts) {
    const { config, source } = loaded;
    const issues = new load.IssueList(source);
    if (!(0,own/* own */.Z)(config.profiles, profile)) {
        throw new errors/* ConfigError */.xL([
            {
                file: source.file,
                message: `unknown profile "${profile}"${(0,core_text/* didYouMean */.au)(profile, Object.keys(config.profiles))}; profiles: ${Object.keys(config.profiles).join(', ')}`,
            },
        ]);
    }
    const resolved = (0,resolve/* resolveProfile */.mC)(config, profile);
    const interp = new interpolate/* Interpolator */.aY(config.vars ?? {}, opts.env, opts.inputs);
    const defaults = planDefaults(config, interp, issues);
    const defaultTimeout = defaults.timeoutMs;
    const checks = [];
    // One missing input (or env variable) used in many places is one problem: it is said once, at
    // its first use, naming every other place.
    const unset = new Map();
    for (const check of resolved.checks) {
        if (opts.onlyTypes && !opts.onlyTypes.includes(check.raw.type))
            continue;
        const enforcementRaw = check.raw.enforcement;
        if (enforcementRaw === 'off') {
            // Not run, so not interpolated: an unset input of an off check is no error.
            const t = (0,registry/* checkType */.Bt)(check.raw.type);
            checks.push(plannedFrom(check.id, check.raw, t.defaults, defaultTimeout));
            continue;
        }
        const shell = new shellValues/* ShellBinder */.nN(interp);
        const { value, issues: iIssues } = interpolateCheck(check, interp, shell);
        for (const i of iIssues) {
            const path = i.path[0] === 'vars' ? i.path : (0,resolve/* sourcePathOf */.Kt)(check, i.path);
            const places = unset.get(i.message);
            if (places) {
                if (!places.some((p) => p.join('.') === path.join('.')))
                    places.push(path);
            }
            else
                unset.set(i.message, [path]);
        }
        if (iIssues.length > 0)
            continue;
        const v = (0,resolve/* validateCheck */.LB)(check, value);
        for (const i of v.issues)
            issues.add(i.path, `${i.message} (after interpolation)`, i.keyOnly);
        if (!v.value)
            continue;
        const t = (0,registry/* checkType */.Bt)(v.value.type);
        // A type may imply the enforcement from its own fields (benchmark `mode: auto` by profile).
        const enforcement = (0,profiles/* enforcementOf */.YZ)(v.value, t, resolved);
        const planned = plannedFrom(check.id, v.value, { ...t.defaults, enforcement }, defaultTimeout);
        if (Object.keys(shell.values).length > 0) {
            Object.defineProperty(planned.spec, fields/* SHELL_VALUES */.EJ, { value: shell.values, enumerable: true });
        }
        checks.push(planned);
    }
    for (const [message, [first, ...others]] of unset) {
        const also = others.length
            ? `; also used at ${others
                .slice(0, 8)
                .map((p) => p.join('.'))
                .join(', ')}${others.length > 8 ? ` and ${others.length - 8} more` : ''}`
            : '';
        issues.add(first, `${message}${also}`);
    }
    issues.throwIfAny();
    const nothingCounts = opts.onlyTypes ? undefined : (0,profiles/* noCountingCheck */.hk)(profile, checks);
    if (nothingCounts)
        issues.add(['profiles', profile], nothingCounts, true);
    issues.throwIfAny();
    const waivers = (config.waivers ?? []).filter((w) => !w.profiles || w.profiles.includes(profile));
    for (const w of waivers) {
        const c = checks.find((x) => x.id === w.check);
        if (c?.enforcement === 'hard') {
            const i = config.waivers.indexOf(w);
            issues.add(['waivers', i, 'check'], `check "${w.check}" is hard in profile "${profile}": it cannot be waived`);
        }
    }
    issues.throwIfAny();
    return {
        profile,
        lineage: resolved.lineage,
        checks,
        policy: decisionPolicy(resolved.decision),
        waivers,
        concurrency: defaults.concurrency,
        gateTimeoutMs: defaults.gateTimeoutMs,
        ...(defaults.base !== undefined ? { defaultBase: defaults.base } : {}),
        // Every command that runs these checks masks them: the environment's values the config takes,
        // and the inputs and environment variables whose names say they are secret, referenced or
        // not (a command inherits the environment and may print it).
        secrets: [
            ...new Set([
                ...interp.envValues,
                ...(0,sensitive/* sensitiveInputValues */.FV)(opts.inputs),
                ...(0,sensitive/* sensitiveEnvValues */.GK)(opts.env),
            ]),
        ],
    };
}
const COMMON = new Set(['type', 'title', 'category', 'enforcement', 'timeout', 'onError']);
function plannedFrom(id, raw, defaults, defaultTimeout) {
    const spec = {};
    for (const [k, v] of Object.entries(raw))
        if (!COMMON.has(k))
            spec[k] = v;
    const timeout = raw.timeout === undefined ? undefined : (0,duration/* parseDuration */.E9)(raw.timeout);
    return {
        id,
        type: raw.type,
        title: raw.title,
        category: raw.category ?? defaults.category,
        enforcement: raw.enforcement ?? defaults.enforcement,
        onError: raw.onError ?? 'fail',
        timeoutMs: timeout ?? defaultTimeout,
        spec,
    };
}
/**
 * A check's fields with every expression replaced: in the fields bash runs, by references to
 * environment variables whose values the binder keeps; elsewhere, by the values themselves.
 */
function interpolateCheck(check, interp, shell) {
    const type = (0,registry/* checkType */.Bt)(check.raw.type);
    const issues = [];
    let raw = check.raw;
    for (const key of (0,shellValues/* shellFieldsOf */.pk)(type)) {
        const script = (0,own/* own */.Z)(raw, key);
        if (typeof script === 'string')
            raw = { ...raw, [key]: shell.bind(script, [key], issues) };
    }
    const rest = interp.interpolate(raw, []);
    return { value: rest.value, issues: [...issues, ...rest.issues] };
}


/***/ }),

/***/ 5371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BX: () => (/* binding */ shownInputs),
/* harmony export */   FV: () => (/* binding */ sensitiveInputValues),
/* harmony export */   GK: () => (/* binding */ sensitiveEnvValues)
/* harmony export */ });
/* unused harmony export isSensitiveInput */
/**
 * Input names that say their value is secret (`api-token`, `db_password`, `deploy-key`,
 * `slack-webhook`, `sentry-dsn`, `gpg-passphrase`, `github-pat`): such a value is registered with
 * the redactor, and reports list the input as `***`. Broad on purpose: masking a value that was
 * not secret costs a line of a report its readability; missing one that was costs the secret.
 */
const SENSITIVE_INPUT = /token|secret|password|passwd|passphrase|pwd|key|credential|auth|cookie|bearer|jwt|webhook|dsn|private|signature|(?:^|[-_.])(?:pat|sig)(?:$|[-_.])/i;
const isSensitiveInput = (name) => SENSITIVE_INPUT.test(name);
/** The values of the inputs whose names say they are secret, for the redactor. */
const sensitiveInputValues = (inputs) => Object.entries(inputs)
    .filter(([name]) => isSensitiveInput(name))
    .map(([, value]) => value);
/**
 * Inputs as reports list them: the secret ones as `***`. Each name an own key, whatever it is
 * (`__proto__` set by assignment would change the object's prototype and be lost).
 */
const shownInputs = (inputs) => Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, isSensitiveInput(k) ? '***' : v]));
/** Parts of an environment variable's name (`NPM_TOKEN`, `DB_PASSWORD`) that say it holds a secret. */
const SECRET_NAME_PARTS = new Set([
    'TOKEN',
    'TOKENS',
    'SECRET',
    'SECRETS',
    'PASSWORD',
    'PASSWORDS',
    'PASSWD',
    'PASSPHRASE',
    'CREDENTIAL',
    'CREDENTIALS',
    'CREDS',
    'KEY',
    'APIKEY',
    'COOKIE',
    'JWT',
    'WEBHOOK',
    'DSN',
    'PAT',
    'AUTH',
]);
/** Named like secrets, and not: the agent's socket path. */
const NOT_SECRET_NAMES = new Set(['SSH_AUTH_SOCK']);
/**
 * The values of the environment variables whose names say they hold a secret (`MY_API_SECRET`,
 * `NPM_TOKEN`, `DB_PWD`), for the redactor. A command the gate runs inherits the environment and
 * may print it (`env`, `set -x`), whether or not the config names the variable; such a value the
 * config names is a secret already. Left out: values under 8 characters, and values that are
 * only letters or only digits (`true`, `authorization`, `3600`) \u2014 flags and settings, which
 * masked would hide ordinary words of every output. `PWD` and `OLDPWD` are directories.
 */
function sensitiveEnvValues(env) {
    const out = [];
    for (const [name, value] of Object.entries(env)) {
        if (value === undefined || value.length < 8 || /^(?:[A-Za-z]+|\d+)$/.test(value))
            continue;
        if (NOT_SECRET_NAMES.has(name.toUpperCase()))
            continue;
        const parts = name.toUpperCase().split(/[^A-Z0-9]+/);
        const named = parts.some((p) => SECRET_NAME_PARTS.has(p)) || (parts.length > 1 && parts.includes('PWD'));
        if (named)
            out.push(value);
    }
    return out;
}


/***/ })

};
