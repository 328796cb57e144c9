export const id = 7815;
export const ids = [7815,2916];
export const modules = {

/***/ 77911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ createExec)
/* harmony export */ });
/* unused harmony export BoundedBuffer */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _processTree_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89833);



const DEFAULT_MAX = 1024 * 1024;
/**
 * Output is still read this long after the main process exited. A background child that holds
 * stdout would otherwise keep the pipe open, and the run, for as long as it lives.
 */
const OUTPUT_GRACE_MS = 500;
/** Keeps the head and the tail of a stream of chunks within a byte budget. */
class BoundedBuffer {
    head = [];
    headBytes = 0;
    tail = [];
    tailBytes = 0;
    max;
    total = 0;
    // No parameter property: this file must also run with its types merely stripped (a test runs
    // the stop signal and exec in a child Node that way).
    constructor(max) {
        this.max = max;
    }
    push(chunk) {
        this.total += chunk.length;
        const half = Math.floor(this.max / 2);
        if (this.headBytes < half) {
            const take = chunk.subarray(0, half - this.headBytes);
            this.head.push(take);
            this.headBytes += take.length;
            chunk = chunk.subarray(take.length);
            if (chunk.length === 0)
                return;
        }
        this.tail.push(chunk);
        this.tailBytes += chunk.length;
        while (this.tailBytes - (this.tail[0]?.length ?? 0) >= this.max - half && this.tail.length > 1) {
            this.tailBytes -= this.tail.shift().length;
        }
    }
    get truncated() {
        return this.total > this.headBytes + this.tailBytes || this.total > this.max;
    }
    toString() {
        const head = Buffer.concat(this.head).toString('utf8');
        let tail = Buffer.concat(this.tail);
        const keep = this.max - this.headBytes;
        const omitted = this.total - this.headBytes - Math.min(tail.length, keep);
        if (tail.length > keep)
            tail = tail.subarray(tail.length - keep);
        if (omitted > 0)
            return `${head}\n\u2026 [${omitted} bytes omitted] \u2026\n${tail.toString('utf8')}`;
        return head + tail.toString('utf8');
    }
}
function pickShell() {
    return process.platform === 'win32' ? { program: 'cmd.exe', flag: '/c' } : { program: 'bash', flag: '-c' };
}
/** Why a run cannot start in `cwd`, said so; spawn itself would only say "spawn bash ENOENT". */
function cwdProblem(cwd) {
    if (cwd === undefined)
        return undefined;
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(cwd).isDirectory())
            return `working directory ${cwd} is not a directory`;
    }
    catch {
        return `working directory ${cwd} does not exist`;
    }
    return undefined;
}
function startError(err, program, cwd) {
    // ENOENT also means a working directory that went away since it was looked at.
    if (err.code === 'ENOENT')
        return new Error(cwdProblem(cwd) ?? `cannot start ${program}: not found`);
    if (err.code === 'EACCES')
        return new Error(`cannot start ${program}: permission denied`);
    return err;
}
function start(program, args, opts) {
    return new Promise((resolve, reject) => {
        const started = performance.now();
        const max = opts.maxOutputBytes ?? DEFAULT_MAX;
        const out = new BoundedBuffer(max);
        const stdout = new BoundedBuffer(max);
        const stderr = new BoundedBuffer(max);
        const tree = (0,_processTree_js__WEBPACK_IMPORTED_MODULE_2__/* .newTree */ .XV)();
        let child;
        try {
            child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(program, args, {
                cwd: opts.cwd,
                env: (0,_processTree_js__WEBPACK_IMPORTED_MODULE_2__/* .markedEnv */ .Ed)(opts.env ?? process.env, tree),
                stdio: ['ignore', 'pipe', 'pipe'],
                // Own process group, so a stop reaches the whole tree (npm test \u2192 node \u2192 workers) even
                // where the mark cannot be searched for.
                detached: process.platform !== 'win32',
            });
        }
        catch (err) {
            (0,_processTree_js__WEBPACK_IMPORTED_MODULE_2__/* .release */ ._r)(tree);
            reject(startError(err, program, opts.cwd));
            return;
        }
        tree.pid = child.pid;
        let aborted = false;
        let exited;
        let stopping;
        const stop = () => (stopping ??= (0,_processTree_js__WEBPACK_IMPORTED_MODULE_2__/* .stopTree */ .dA)(tree));
        let done = false;
        let grace;
        const onAbort = () => {
            aborted = true;
            void stop();
        };
        opts.signal?.addEventListener('abort', onAbort, { once: true });
        // The run is over when the main process has exited and its output is read, or the grace for
        // reading it has passed; whatever it left running is stopped before the result is given.
        const finish = async () => {
            if (done)
                return;
            done = true;
            clearTimeout(grace);
            opts.signal?.removeEventListener('abort', onAbort);
            child.stdout?.destroy();
            child.stderr?.destroy();
            const leftover = await stop();
            (0,_processTree_js__WEBPACK_IMPORTED_MODULE_2__/* .release */ ._r)(tree);
            resolve({
                exitCode: exited ? exited.code : child.exitCode,
                signal: exited ? exited.signal : child.signalCode,
                stdout: stdout.toString(),
                stderr: stderr.toString(),
                output: out.toString(),
                outputBytes: out.total,
                truncated: out.truncated,
                durationMs: Math.round((exited?.at ?? performance.now()) - started),
                aborted,
                leftover: aborted ? 0 : leftover,
            });
        };
        child.stdout?.on('data', (c) => {
            out.push(c);
            stdout.push(c);
        });
        child.stderr?.on('data', (c) => {
            out.push(c);
            stderr.push(c);
        });
        child.on('exit', (code, signal) => {
            exited = { code, signal, at: performance.now() };
            grace = setTimeout(() => void finish(), OUTPUT_GRACE_MS);
        });
        child.on('close', () => void finish());
        child.on('error', (err) => {
            // Only a process that never started is an error of the run; a failed kill changes nothing.
            if (child.pid !== undefined || done)
                return;
            done = true;
            opts.signal?.removeEventListener('abort', onAbort);
            (0,_processTree_js__WEBPACK_IMPORTED_MODULE_2__/* .release */ ._r)(tree);
            reject(startError(err, program, opts.cwd));
        });
    });
}
function createExec() {
    /** Runs not yet ended, by the signal they were started with. */
    const running = new WeakMap();
    const run = (program, args, opts = {}) => {
        if (opts.signal?.aborted)
            return Promise.reject(new Error('aborted before start'));
        const problem = cwdProblem(opts.cwd);
        if (problem)
            return Promise.reject(new Error(problem));
        const result = start(program, args, opts);
        const { signal } = opts;
        if (signal) {
            const runs = running.get(signal) ?? new Set();
            running.set(signal, runs);
            const settled = result.then(() => undefined, () => undefined);
            runs.add(settled);
            void settled.then(() => runs.delete(settled));
        }
        return result;
    };
    return {
        shell(command, opts) {
            const { program, flag } = pickShell();
            return run(program, [flag, command], opts);
        },
        file: run,
        async ended(signal) {
            await Promise.all([...(running.get(signal) ?? [])]);
        },
    };
}


/***/ }),

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


/***/ }),

/***/ 59061:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ createEvidenceWriter)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


function safeName(name) {
    const clean = name
        .replace(/\\/g, '/')
        .split('/')
        .filter((p) => p && p !== '.' && p !== '..')
        .join('/');
    return clean.replace(/[^\w./-]/g, '_') || 'evidence';
}
/**
 * Writes a check's evidence under `evidence/<check id>/`, redacted with the secrets known now.
 * Secrets found later (by another check still running) are masked when the bundle is sealed,
 * which redacts every file again. Once closed (the check finished or timed out) it refuses
 * writes, so a late write cannot change a sealed bundle.
 */
function createEvidenceWriter(outputDir, checkId, redactor, written, 
/** Settles once the output directory is ready (the previous run's files removed). */
ready = Promise.resolve()) {
    let closed = false;
    return {
        close() {
            closed = true;
        },
        async write(name, content) {
            if (closed)
                throw new Error(`evidence for ${checkId} was written after the check ended`);
            // Written before the folder is cleared, the previous run's removal could take it away.
            await ready;
            if (closed)
                throw new Error(`evidence for ${checkId} was written after the check ended`);
            const rel = `evidence/${checkId}/${safeName(name)}`;
            const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(outputDir, ...rel.split('/'));
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(abs), { recursive: true });
            // Values are redacted one by one before they are serialized: a value cut short (a body
            // excerpt) ends its own string, where a leftover piece of a secret is recognised.
            const data = content instanceof Uint8Array
                ? redactor.redactBytes(content)
                : typeof content === 'string'
                    ? textBytes(redactor, rel, content)
                    : redactor.redactJsonToBytes(content);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(abs, data);
            if (!written.includes(rel))
                written.push(rel);
            return rel;
        },
    };
}
/**
 * A text is redacted as text; JSON written as text (thousands of routes, one a line) also value
 * by value, now, while the other checks still run: the seal looks through every JSON file value
 * by value, and for one already looked through with every secret known then it costs a digest,
 * at the end of the gate when nothing else is left to overlap with.
 */
function textBytes(redactor, rel, content) {
    const bytes = redactor.redactToBytes(content);
    return rel.endsWith('.json') ? (redactor.redactJsonBytes(bytes) ?? bytes) : bytes;
}


/***/ }),

/***/ 65618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JT: () => (/* binding */ runChecks),
/* harmony export */   Kf: () => (/* binding */ readsWholeDiff),
/* harmony export */   M9: () => (/* binding */ loadOf)
/* harmony export */ });
/* unused harmony export NETWORK_CONCURRENCY */
/* harmony import */ var p_limit__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(70370);
/* harmony import */ var _checks_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56538);
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98571);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73054);
/* harmony import */ var _evidence_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59061);






/**
 * Live probes spend their time waiting on another machine, so a profile's probes all start
 * together rather than in waves of `concurrency`; this only keeps a very large profile from
 * opening more sockets at once than a runner comfortably holds.
 */
const NETWORK_CONCURRENCY = 64;
const DEFAULT_SCORE = { pass: 5, warn: 4, fail: 1, error: 1 };
const ERROR_SCORE = { fail: 1, warn: 4, pass: 5 };
class CheckTimeout extends Error {
}
/** Checks a check's own answer, so a buggy check becomes an `error`, not a wrong verdict. */
function validateOutcome(o) {
    if (!o || typeof o !== 'object')
        return 'returned no result';
    const r = o;
    if (!_core_types_js__WEBPACK_IMPORTED_MODULE_4__/* .CHECK_STATUSES */ .Qw.includes(r.status) || r.status === 'skipped')
        return `returned unknown status ${JSON.stringify(r.status)}`;
    if (r.score !== undefined && (!Number.isInteger(r.score) || r.score < 1 || r.score > 5))
        return `returned score ${r.score}, expected 1\u20135`;
    if (typeof r.summary !== 'string')
        return 'returned no summary';
    return undefined;
}
/** The deadline a check's answer came after, if any: its own timeout, or the gate's. */
function overdue(started, timeoutMs, gateDeadline, gateTimeoutMs) {
    const now = performance.now();
    if (now >= started + timeoutMs)
        return new CheckTimeout(`timed out after ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(timeoutMs)}`);
    if (now >= gateDeadline)
        return new Error(`gate timeout of ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(gateTimeoutMs)} reached`);
    return undefined;
}
function baseResult(check) {
    return {
        id: check.id,
        type: check.type,
        ...(check.title ? { title: check.title } : {}),
        category: check.category,
        enforcement: check.enforcement,
        onError: check.onError,
        findings: [],
        metrics: {},
        evidence: [],
    };
}
function errored(check, error, durationMs, evidence = [], findings = []) {
    return {
        ...baseResult(check),
        status: 'error',
        score: ERROR_SCORE[check.onError],
        summary: `could not run: ${error}`,
        error,
        durationMs,
        evidence,
        findings,
    };
}
function typeOf(check, deps) {
    return deps.types ? deps.types.find((t) => t.type === check.type) : (0,_checks_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .checkType */ .Bt)(check.type);
}
/** How the check uses the working tree, as its type says for its fields. */
function workTreeUse(check, deps) {
    if (check.enforcement === 'off')
        return undefined;
    return typeOf(check, deps)?.workTree?.(check.spec);
}
/** What the check mostly uses, as its type says for its fields; `cpu` (the bounded kind) when unsaid. */
function loadOf(check, deps = {}) {
    const load = typeOf(check, deps)?.load;
    try {
        return (typeof load === 'function' ? load(check.spec) : load) ?? 'cpu';
    }
    catch {
        return 'cpu';
    }
}
/** Whether the check streams the whole diff (see CheckType.readsWholeDiff). */
function readsWholeDiff(check, deps = {}) {
    try {
        return typeOf(check, deps)?.readsWholeDiff?.(check.spec) ?? false;
    }
    catch {
        return false;
    }
}
/**
 * Runs the checks concurrently, each with its own timeout, under one gate timeout: live probes
 * all at once, checks that run processes or burn CPU at most `concurrency` at once. Whatever a
 * check does \u2014 throw, hang, return nonsense \u2014 it ends as a result; the others go on.
 */
async function runChecks(checks, deps, opts) {
    const local = (0,p_limit__WEBPACK_IMPORTED_MODULE_5__/* ["default"] */ .A)(Math.max(1, opts.concurrency));
    const network = (0,p_limit__WEBPACK_IMPORTED_MODULE_5__/* ["default"] */ .A)(Math.max(1, opts.networkConcurrency ?? NETWORK_CONCURRENCY));
    const limitOf = (check) => (loadOf(check, deps) === 'network' ? network : local);
    const gate = new AbortController();
    const gateDeadline = performance.now() + opts.gateTimeoutMs;
    const gateTimer = setTimeout(() => gate.abort(new Error(`gate timeout of ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(opts.gateTimeoutMs)} reached`)), opts.gateTimeoutMs);
    gateTimer.unref?.();
    const onStop = () => gate.abort(opts.signal.reason ?? new Error('stopped'));
    if (opts.signal?.aborted)
        onStop();
    else
        opts.signal?.addEventListener('abort', onStop, { once: true });
    // What a check says is held until every check has ended: a secret registered late (the
    // secrets scan, the env check) must mask what an earlier check printed too, and a printed line
    // cannot be taken back. Only the check's id and status show as it ends.
    const ended = [];
    const finish = (result, log = []) => {
        ended.push({ result, log });
        deps.logger.debug(`${result.id}: ${result.status} (${ended.length} of ${checks.length} check(s) ended)`);
        return result;
    };
    const runOne = async (check) => {
        const started = performance.now();
        const elapsed = () => Math.round(performance.now() - started);
        if (check.enforcement === 'off') {
            return finish({
                ...baseResult(check),
                status: 'skipped',
                score: 5,
                summary: 'not run (enforcement: off)',
                durationMs: 0,
            });
        }
        if (gate.signal.aborted)
            return finish(errored(check, `not started: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(gate.signal.reason)}`, 0));
        const type = typeOf(check, deps);
        if (!type)
            return finish(errored(check, `no check type "${check.type}"`, 0));
        const log = [];
        const evidence = [];
        const controller = new AbortController();
        const onGateAbort = () => controller.abort(gate.signal.reason);
        gate.signal.addEventListener('abort', onGateAbort, { once: true });
        let timer;
        const writer = (0,_evidence_js__WEBPACK_IMPORTED_MODULE_3__/* .createEvidenceWriter */ .X)(deps.outputDir, check.id, deps.redactor, evidence, deps.outputReady);
        const ctx = {
            id: check.id,
            profile: deps.profile,
            cwd: deps.cwd,
            outputDir: deps.outputDir,
            signal: controller.signal,
            timeoutMs: check.timeoutMs,
            deadline: Math.min(started + check.timeoutMs, gateDeadline),
            env: deps.env,
            now: deps.now,
            log: (line) => log.push(line),
            evidence: writer,
            exec: deps.exec,
            http: deps.http,
            secret: (value) => {
                deps.redactor.add(value);
                deps.logger.mask(value);
            },
            ...(deps.change ? { change: deps.change } : {}),
            ...(deps.history ? { history: deps.history } : {}),
            ...(deps.config ? { config: deps.config } : {}),
            ...(deps.reviews ? { reviews: deps.reviews } : {}),
        };
        let result;
        try {
            const stopped = new Promise((_, reject) => {
                timer = setTimeout(() => {
                    const err = new CheckTimeout(`timed out after ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(check.timeoutMs)}`);
                    controller.abort(err);
                    reject(err);
                }, check.timeoutMs);
                controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
            });
            stopped.catch(() => undefined);
            const outcome = await Promise.race([type.run(check.spec, ctx), stopped]);
            const invalid = validateOutcome(outcome);
            // An answer that came after the deadline does not count: the timer could not fire while
            // the thread was busy (a check that kept it), so the order of events decides, not the timer.
            // An error keeps its own words, which say more than "timed out".
            const late = invalid || outcome.status === 'error'
                ? undefined
                : overdue(started, check.timeoutMs, gateDeadline, opts.gateTimeoutMs);
            if (late) {
                controller.abort(late);
                result = errored(check, late.message, elapsed(), evidence);
            }
            else if (invalid) {
                result = errored(check, `internal error in check type "${check.type}": ${invalid}`, elapsed(), evidence);
            }
            else if (outcome.status === 'error') {
                result = errored(check, outcome.summary, elapsed(), evidence, outcome.findings ?? []);
                result.metrics = outcome.metrics ?? {};
            }
            else {
                result = {
                    ...baseResult(check),
                    status: outcome.status,
                    score: outcome.status === 'pass' ? 5 : (outcome.score ?? DEFAULT_SCORE[outcome.status]),
                    summary: outcome.summary,
                    findings: outcome.findings ?? [],
                    metrics: outcome.metrics ?? {},
                    durationMs: elapsed(),
                    evidence,
                };
            }
        }
        catch (err) {
            const reason = controller.signal.aborted ? (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(controller.signal.reason) : (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err);
            result = errored(check, reason, elapsed(), evidence);
        }
        finally {
            writer.close();
            clearTimeout(timer);
            gate.signal.removeEventListener('abort', onGateAbort);
            if (!controller.signal.aborted)
                controller.abort(new Error('check finished'));
            // A check ends when everything it started has: its slot is not given away before.
            await deps.exec.ended?.(controller.signal);
        }
        return finish(result, log);
    };
    // Live probes start at once, while the output directory is made ready; every other check once
    // it is. When it cannot be, the run stops: what started ends as an error, the rest never starts.
    let unready = false;
    const ready = (deps.outputReady ?? Promise.resolve()).then(() => undefined, (err) => {
        unready = true;
        gate.abort(err);
    });
    const start = (c) => {
        const limit = limitOf(c);
        return limit === network ? limit(() => runOne(c)) : ready.then(() => limit(() => runOne(c)));
    };
    // Checks that observe the working tree are queued first and the ones that may change it start
    // only once those are done, so the tree they see is the one the run started with.
    const use = checks.map((c) => workTreeUse(c, deps));
    const first = checks.map((c, i) => (use[i] === 'observes' ? start(c) : undefined));
    const observed = Promise.all(first);
    const results = checks.map((c, i) => first[i] ?? (use[i] === 'changes' ? observed.then(() => start(c)) : start(c)));
    try {
        const done = await Promise.all(results);
        // The secret set is complete now: redact with all of it, then print in the order checks ended.
        const clean = new Map();
        for (const { result, log } of ended) {
            const r = deps.redactor.redactDeep(result);
            clean.set(result, r);
            // A run whose output folder could not be made ready says only that, not what it cut short.
            if (!unready)
                deps.logger.checkFinished(r, log.map((l) => deps.redactor.redact(l)));
        }
        return done.map((r) => clean.get(r) ?? deps.redactor.redactDeep(r));
    }
    finally {
        clearTimeout(gateTimer);
        opts.signal?.removeEventListener('abort', onStop);
    }
}


/***/ }),

/***/ 6830:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gh: () => (/* binding */ encodePin),
/* harmony export */   Hg: () => (/* binding */ runsFrom),
/* harmony export */   J1: () => (/* binding */ journalName),
/* harmony export */   L0: () => (/* binding */ encodeInvalidation),
/* harmony export */   M$: () => (/* binding */ encodeRun),
/* harmony export */   MQ: () => (/* binding */ decodeJournal),
/* harmony export */   Nb: () => (/* binding */ checkInvalidation),
/* harmony export */   PI: () => (/* binding */ mergeRecords),
/* harmony export */   Ym: () => (/* binding */ encodeRecord),
/* harmony export */   _W: () => (/* binding */ recordRunId),
/* harmony export */   dq: () => (/* binding */ pinnedRuns),
/* harmony export */   wg: () => (/* binding */ checkPin)
/* harmony export */ });
/* unused harmony exports runSchema, readRun */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12311);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);


/** The run a record is about. */
function recordRunId(r) {
    return r.kind === 'run' ? r.run.runId : r.kind === 'pin' ? r.pin.runId : r.invalidation.runId;
}
const isoDate = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().refine((s) => !Number.isNaN(Date.parse(s)), { message: 'expected an ISO date' });
const metricValue = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(), zod__WEBPACK_IMPORTED_MODULE_1__/* ["null"] */ .chJ()]);
/** What a run record must be; `readRun` reads the common case faster, to the same result. */
const runSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(1),
    profile: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    runId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    startedAt: isoDate,
    finishedAt: isoDate,
    verdict: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['promote', 'hold']),
    score: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    action: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['auto-promote', 'promote-with-hotfix', 'hold']),
    level: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['ga_ready', 'release_candidate', 'blocked']),
    sha: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    ref: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    bundleId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    blockers: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).optional(),
    ratchetTriggered: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
    hotfixChecks: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    checks: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
        id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        type: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        status: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['pass', 'warn', 'fail', 'error', 'skipped']),
        score: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
        metrics: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), metricValue).default({}),
    })),
});
const VERDICTS = new Set(['promote', 'hold']);
const ACTIONS = new Set(['auto-promote', 'promote-with-hotfix', 'hold']);
const LEVELS = new Set(['ga_ready', 'release_candidate', 'blocked']);
const STATUSES = new Set(['pass', 'warn', 'fail', 'error', 'skipped']);
const RUN_KEYS = new Set(Object.keys(runSchema.shape));
const CHECK_KEYS = new Set(['id', 'type', 'status', 'score', 'metrics']);
const RUN_ORDER = new Map([...RUN_KEYS].map((k, i) => [k, i]));
const CHECK_ORDER = new Map([...CHECK_KEYS].map((k, i) => [k, i]));
const OPTIONAL_TEXT = ['sha', 'ref', 'bundleId', 'url'];
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isDate = (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const isNumber = (v) => typeof v === 'number' && Number.isFinite(v);
const isTexts = (v) => Array.isArray(v) && v.every((x) => typeof x === 'string');
/**
 * The keys a schema does not name, in the order the record has them (as zod passes them on);
 * undefined for a `__proto__` key, which an assignment would not copy as data (the schema decides).
 */
function rest(into, from, known) {
    for (const k of Object.keys(from)) {
        if (known.has(k))
            continue;
        if (k === '__proto__')
            return undefined;
        into[k] = from[k];
    }
    return into;
}
/**
 * Whether a record's keys already come as the schema gives them back (its own keys in the
 * schema's order, then the others in the record's), with no `__proto__` key among them.
 */
function inSchemaOrder(v, order) {
    let last = -1;
    let others = false;
    for (const k of Object.keys(v)) {
        const at = order.get(k);
        if (at === undefined) {
            if (k === '__proto__')
                return false;
            others = true;
        }
        else if (others || at < last)
            return false;
        else
            last = at;
    }
    return true;
}
function quickCheck(v) {
    if (!isObject(v))
        return undefined;
    if (typeof v.id !== 'string' || typeof v.type !== 'string' || !STATUSES.has(v.status) || !isNumber(v.score))
        return undefined;
    const metrics = v.metrics === undefined ? {} : v.metrics;
    if (!isObject(metrics))
        return undefined;
    for (const m of Object.values(metrics))
        if (m !== null && typeof m !== 'string' && typeof m !== 'boolean' && !isNumber(m))
            return undefined;
    if (v.metrics !== undefined && inSchemaOrder(v, CHECK_ORDER))
        return v;
    return rest({ id: v.id, type: v.type, status: v.status, score: v.score, metrics }, v, CHECK_KEYS);
}
/**
 * A run record read without the schema, for the common case: a journal holds thousands of valid
 * runs, and checking each with zod is most of the time every command spends on history. It
 * accepts only what `runSchema` accepts and gives what it gives (its key order included); anything
 * else (undefined) goes to the schema, which also says what is wrong. A record already in that
 * shape, as history writes it, is given back itself: copying every run of a journal was about a
 * quarter of reading it.
 */
function quickRun(v) {
    if (!isObject(v))
        return undefined;
    if (v.schemaVersion !== 1 ||
        typeof v.profile !== 'string' ||
        typeof v.runId !== 'string' ||
        v.runId === '' ||
        !isDate(v.startedAt) ||
        !isDate(v.finishedAt) ||
        !VERDICTS.has(v.verdict) ||
        !isNumber(v.score) ||
        !ACTIONS.has(v.action) ||
        !LEVELS.has(v.level) ||
        OPTIONAL_TEXT.some((k) => v[k] !== undefined && typeof v[k] !== 'string') ||
        (v.blockers !== undefined && !isTexts(v.blockers)) ||
        (v.ratchetTriggered !== undefined && typeof v.ratchetTriggered !== 'boolean') ||
        !isTexts(v.hotfixChecks) ||
        !Array.isArray(v.checks))
        return undefined;
    const checks = [];
    let asIs = inSchemaOrder(v, RUN_ORDER);
    for (const c of v.checks) {
        const check = quickCheck(c);
        if (!check)
            return undefined;
        if (check !== c)
            asIs = false;
        checks.push(check);
    }
    if (asIs)
        return v;
    const out = {
        schemaVersion: 1,
        profile: v.profile,
        runId: v.runId,
        startedAt: v.startedAt,
        finishedAt: v.finishedAt,
        verdict: v.verdict,
        score: v.score,
        action: v.action,
        level: v.level,
    };
    for (const k of OPTIONAL_TEXT)
        if (v[k] !== undefined)
            out[k] = v[k];
    if (v.blockers !== undefined)
        out.blockers = [...v.blockers];
    if (v.ratchetTriggered !== undefined)
        out.ratchetTriggered = v.ratchetTriggered;
    out.hotfixChecks = [...v.hotfixChecks];
    out.checks = checks;
    return rest(out, v, RUN_KEYS);
}
/** A run record as the schema reads it, or why it cannot be read. */
function readRun(value) {
    const quick = quickRun(value);
    if (quick)
        return { run: quick };
    const run = runSchema.safeParse(value);
    return run.success ? { run: run.data } : { issue: firstIssue(run.error) };
}
const pinSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    runId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    pinned: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    at: isoDate,
    by: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
});
const invalidationSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    runId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    at: isoDate,
    by: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
});
/** NaN and \u00b1Infinity do not survive JSON; they are recorded as null (a missing value). */
function finiteMetrics(run) {
    return {
        ...run,
        checks: run.checks.map((c) => ({
            ...c,
            metrics: Object.fromEntries(Object.entries(c.metrics).map(([k, v]) => [
                k,
                typeof v === 'number' && !Number.isFinite(v) ? null : v,
            ])),
        })),
    };
}
function encodeRun(run) {
    const { invalid: _invalid, ...rest } = finiteMetrics(run);
    return JSON.stringify(rest);
}
function encodeInvalidation(inv) {
    return JSON.stringify({ invalidate: inv });
}
function encodePin(pin) {
    return JSON.stringify({ pin });
}
function encodeRecord(r) {
    if (r.kind === 'pin')
        return encodePin(r.pin);
    return r.kind === 'run' ? encodeRun(r.run) : encodeInvalidation(r.invalidation);
}
function firstIssue(err) {
    const i = err.issues[0];
    return `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`;
}
/** Reads a journal; every line that cannot be read becomes a problem naming `source:line`. */
function decodeJournal(text, source) {
    const records = [];
    const problems = [];
    text.split('\n').forEach((raw, i) => {
        const line = raw.trim();
        if (line === '')
            return;
        const where = `${source}:${i + 1}`;
        let value;
        try {
            value = JSON.parse(line);
        }
        catch (err) {
            problems.push(`${where}: not JSON (${err.message}); line skipped`);
            return;
        }
        if (value && typeof value === 'object' && 'invalidate' in value) {
            const inv = invalidationSchema.safeParse(value.invalidate);
            if (inv.success)
                records.push({ kind: 'invalidate', invalidation: inv.data });
            else
                problems.push(`${where}: not an invalidation record (${firstIssue(inv.error)}); line skipped`);
            return;
        }
        if (value && typeof value === 'object' && 'pin' in value) {
            const pin = pinSchema.safeParse(value.pin);
            if (pin.success)
                records.push({ kind: 'pin', pin: pin.data });
            else
                problems.push(`${where}: not a pin record (${firstIssue(pin.error)}); line skipped`);
            return;
        }
        const version = value?.schemaVersion;
        if (typeof version === 'number' && version > 1) {
            problems.push(`${where}: written by a newer promotion-gate (schemaVersion ${version}); line skipped`);
            return;
        }
        const run = readRun(value);
        if ('run' in run)
            records.push({ kind: 'run', run: run.run });
        else
            problems.push(`${where}: not a run summary (${run.issue}); line skipped`);
    });
    return { records, problems };
}
/** Union of journals read from several places (artifacts of concurrent runs): each record once. */
function mergeRecords(lists) {
    const seen = new Set();
    const out = [];
    for (const list of lists)
        for (const r of list) {
            const key = encodeRecord(r);
            if (seen.has(key))
                continue;
            seen.add(key);
            out.push(r);
        }
    return out;
}
/**
 * Applies invalidations, keeps the profile's runs, orders them by finish time (journal order on
 * ties) and applies the options. Runs of another profile in this profile's journal are reported.
 */
function runsFrom(records, profile, opts = {}, problems = []) {
    const invalid = new Map();
    for (const r of records)
        if (r.kind === 'invalidate' && !invalid.has(r.invalidation.runId))
            invalid.set(r.invalidation.runId, r.invalidation);
    const runs = [];
    records.forEach((r, order) => {
        if (r.kind !== 'run')
            return;
        if (r.run.profile !== profile) {
            problems.push(`run ${r.run.runId} belongs to profile "${r.run.profile}", not "${profile}"; skipped`);
            return;
        }
        const inv = invalid.get(r.run.runId);
        const run = inv
            ? { ...r.run, invalid: { reason: inv.reason, at: inv.at, ...(inv.by ? { by: inv.by } : {}) } }
            : r.run;
        runs.push({ run, order, at: Date.parse(r.run.finishedAt) });
    });
    // Each finish time parsed once, not at every comparison of the sort.
    runs.sort((a, b) => a.at - b.at || a.order - b.order);
    let list = runs.map((x) => x.run);
    const pins = pinnedRuns(records, runs.map((x) => x.run));
    if (!opts.includeInvalid)
        list = list.filter((r) => !r.invalid);
    if (opts.limit !== undefined)
        list = opts.limit <= 0 ? [] : list.slice(-opts.limit);
    return { runs: list, problems, ...(pins.length ? { pins } : {}) };
}
/** The pins in force (the newest record of each run wins), each with its run as history has it. */
function pinnedRuns(records, runs) {
    const latest = new Map();
    for (const r of records) {
        if (r.kind !== 'pin')
            continue;
        const known = latest.get(r.pin.runId);
        if (!known || Date.parse(r.pin.at) >= Date.parse(known.at))
            latest.set(r.pin.runId, r.pin);
    }
    return [...latest.values()]
        .filter((p) => p.pinned)
        .map((pin) => {
        const run = runs.find((x) => x.runId === pin.runId);
        return { pin, ...(run ? { run } : {}) };
    });
}
/**
 * Checks that a run may be invalidated: it must exist. Returns false when it already is invalid
 * (marking twice is a no-op, so re-running a cleanup job is safe).
 */
function checkInvalidation(all, profile, runId, where) {
    const run = all.find((r) => r.runId === runId);
    if (!run) {
        const recent = all
            .slice(-5)
            .map((r) => r.runId)
            .join(', ');
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`no run "${runId}" of profile "${profile}" in ${where}${recent ? ` (latest runs: ${recent})` : ' (it holds no runs of this profile)'}`);
    }
    return !run.invalid;
}
/**
 * Checks that a pin may be recorded: the run exists and is valid (an invalid run is no
 * reference). Returns false when there is nothing to do: pinned already, or not pinned.
 */
function checkPin(read, profile, pin, where) {
    const current = (read.pins ?? []).some((p) => p.pin.runId === pin.runId);
    if (!pin.pinned)
        return current;
    checkInvalidation(read.runs, profile, pin.runId, where);
    const run = read.runs.find((r) => r.runId === pin.runId);
    if (run?.invalid)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`run "${pin.runId}" of profile "${profile}" is marked invalid (${run.invalid.reason}): an invalid run cannot be a reference`);
    return !current;
}
/** A file name for a profile's journal that any file system and git accept. */
function journalName(profile) {
    const safe = profile.replace(/[^A-Za-z0-9_-]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
    return `${safe}.jsonl`;
}


/***/ }),

/***/ 10294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IC: () => (/* binding */ keepNewest),
/* harmony export */   Mw: () => (/* binding */ pruneJournal),
/* harmony export */   bw: () => (/* binding */ withoutPruned),
/* harmony export */   hM: () => (/* binding */ keptSince)
/* harmony export */ });
/* unused harmony export newestRunIds */
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6830);

/**
 * Retention by count (drills keep their newest 36 by default): which runs of a journal stay.
 * Newest means latest finish time, journal order on ties, as history lists them.
 */
function newestRunIds(records, keep) {
    const runs = records
        .map((r, order) => ({ r, order }))
        .filter((x) => x.r.kind === 'run')
        .sort((a, b) => Date.parse(a.r.run.finishedAt) - Date.parse(b.r.run.finishedAt) || a.order - b.order);
    const ids = new Set(runs.slice(Math.max(0, runs.length - keep)).map((x) => x.r.run.runId));
    // A pinned run is a reference someone chose: it stays while it is pinned.
    for (const p of (0,_records_js__WEBPACK_IMPORTED_MODULE_0__/* .pinnedRuns */ .dq)(records, []))
        ids.add(p.pin.runId);
    return ids;
}
/** Records of the newest `keep` runs and their invalidations, in journal order. */
function keepNewest(records, keep) {
    const ids = newestRunIds(records, keep);
    return records.filter((r) => ids.has((0,_records_js__WEBPACK_IMPORTED_MODULE_0__/* .recordRunId */ ._W)(r)));
}
/**
 * A journal's text with only the newest `keep` runs (and their invalidations). A line that
 * cannot be read is kept as it is: retention removes old runs, never what it does not understand.
 */
function pruneJournal(text, keep) {
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    const decoded = lines.map((l) => (0,_records_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeJournal */ .MQ)(l, '').records[0]);
    const ids = newestRunIds(decoded.filter((r) => r !== undefined), keep);
    const kept = lines.filter((_, i) => {
        const r = decoded[i];
        if (!r)
            return true;
        return ids.has((0,_records_js__WEBPACK_IMPORTED_MODULE_0__/* .recordRunId */ ._W)(r));
    });
    return kept.length ? `${kept.join('\n')}\n` : '';
}
/** When retention removed runs: the finish time of the oldest run kept (undefined when none was removed). */
function keptSince(before, after) {
    const runs = (list) => list.flatMap((r) => (r.kind === 'run' ? [r.run] : []));
    const kept = runs(after);
    if (kept.length === runs(before).length || kept.length === 0)
        return undefined;
    return kept.reduce((a, b) => (Date.parse(b.finishedAt) < Date.parse(a.finishedAt) ? b : a)).finishedAt;
}
/**
 * For stores that merge several copies of a journal (one artifact per run, newest first): when
 * the newest copy says retention removed runs finished before `since`, those runs must not come
 * back from an older copy. Everything else is merged as before, so runs that two uploads at the
 * same time each missed are still recovered.
 */
function withoutPruned(journals) {
    const newest = journals.find((j) => j.records.some((r) => r.kind === 'run'));
    const floor = newest?.since === undefined ? NaN : Date.parse(newest.since);
    if (Number.isNaN(floor))
        return journals.map((j) => j.records);
    return journals.map((j) => j === newest
        ? j.records
        : j.records.filter((r) => r.kind !== 'run' || Date.parse(r.run.finishedAt) >= floor));
}


/***/ }),

/***/ 72024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Wq: () => (/* binding */ createHistoryStore),
  rQ: () => (/* binding */ parseHistorySpec)
});

// UNUSED EXPORTS: DEFAULT_ARTIFACT_PREFIX, DEFAULT_HISTORY_BRANCH, DEFAULT_HISTORY_DIR

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/history/records.ts
var records = __webpack_require__(6830);
// EXTERNAL MODULE: ./src/history/retention.ts
var retention = __webpack_require__(10294);
;// CONCATENATED MODULE: ./src/history/directory.ts





/**
 * A journal is opened as the file it is, never through a symbolic link (O_NOFOLLOW), and never
 * waited on (O_NONBLOCK, then it must be a regular file): the default directory is in the
 * checkout, where a pull request could put a link to a file of the machine, which would then be
 * read into warnings and appended to, or to /dev/zero, which never ends.
 */
const NO_FOLLOW = (promises_.constants.O_NOFOLLOW ?? 0) | (promises_.constants.O_NONBLOCK ?? 0);
/** A journal of 10,000 runs is about 5 MB. */
const MAX_JOURNAL_BYTES = 256 * 1024 * 1024;
async function openJournal(file, flags) {
    let handle;
    try {
        handle = await (0,promises_.open)(file, flags | NO_FOLLOW, 0o644);
    }
    catch (err) {
        if (err.code === 'ELOOP')
            throw new Error('it is a symbolic link; a journal is read and written only as a file of its own');
        throw err;
    }
    const info = await handle.stat();
    if (!info.isFile()) {
        await handle.close();
        throw new Error('it is not a regular file');
    }
    return { handle, size: info.size };
}
/** The journal's text; ENOENT when there is none. */
async function readJournal(file) {
    const { handle, size } = await openJournal(file, promises_.constants.O_RDONLY);
    try {
        if (size > MAX_JOURNAL_BYTES)
            throw new Error(`it has ${size} bytes, more than the ${MAX_JOURNAL_BYTES} read`);
        return (await handle.readFile()).toString('utf8');
    }
    finally {
        await handle.close();
    }
}
/**
 * History in a local directory: `<dir>/<profile>.jsonl`. Each record is one O_APPEND write of one
 * line, which the kernel keeps whole even when several gates append at once.
 */
class DirectoryHistory {
    dir;
    label;
    gitIgnored;
    constructor(dir, label = dir, 
    /** Writes a `.gitignore` of `*` into the directory, so a local cache never makes a tree dirty. */
    gitIgnored = false) {
        this.dir = dir;
        this.label = label;
        this.gitIgnored = gitIgnored;
    }
    describe() {
        return `directory ${this.label}`;
    }
    file(profile) {
        return external_node_path_default().join(this.dir, (0,records/* journalName */.J1)(profile));
    }
    async list(profile, opts = {}) {
        const file = this.file(profile);
        let text;
        try {
            await this.ownPlace();
            text = await readJournal(file);
        }
        catch (err) {
            if (err.code === 'ENOENT')
                return { runs: [], problems: [] };
            return {
                runs: [],
                problems: [`cannot read ${external_node_path_default().join(this.label, (0,records/* journalName */.J1)(profile))}: ${(0,errors/* errorMessage */.gJ)(err)}`],
            };
        }
        const decoded = (0,records/* decodeJournal */.MQ)(text, external_node_path_default().join(this.label, (0,records/* journalName */.J1)(profile)));
        return (0,records/* runsFrom */.Hg)(decoded.records, profile, opts, decoded.problems);
    }
    async append(run, opts = {}) {
        await this.appendLine(run.profile, (0,records/* encodeRun */.M$)(run));
        if (opts.keep === undefined)
            return;
        // Rewritten whole and renamed into place, so a reader never sees half a journal.
        const file = this.file(run.profile);
        const tmp = `${file}.${process.pid}.tmp`;
        await (0,promises_.writeFile)(tmp, (0,retention/* pruneJournal */.Mw)(await readJournal(file), opts.keep));
        await (0,promises_.rename)(tmp, file);
    }
    async markInvalid(profile, runId, reason, by) {
        const all = await this.list(profile, { includeInvalid: true });
        if (!(0,records/* checkInvalidation */.Nb)(all.runs, profile, runId, this.describe()))
            return;
        await this.appendLine(profile, (0,records/* encodeInvalidation */.L0)({ runId, reason, at: new Date().toISOString(), ...(by ? { by } : {}) }));
    }
    async pin(profile, pin) {
        const all = await this.list(profile, { includeInvalid: true });
        if (!(0,records/* checkPin */.wg)(all, profile, pin, this.describe()))
            return;
        await this.appendLine(profile, (0,records/* encodePin */.Gh)(pin));
    }
    /**
     * The default directory is the checkout's (`.promotion-gate/.history`): neither it nor
     * `.promotion-gate` may be a symbolic link, which would take history somewhere else on the
     * machine. A directory the user names is theirs to place.
     */
    async ownPlace() {
        if (!this.gitIgnored)
            return;
        for (const dir of [external_node_path_default().dirname(this.dir), this.dir]) {
            const info = await (0,promises_.lstat)(dir).catch(() => undefined);
            if (info?.isSymbolicLink())
                throw new Error(`${external_node_path_default().relative(external_node_path_default().dirname(external_node_path_default().dirname(this.dir)), dir)} is a symbolic link: the default history stays in the checkout (name a directory with dir:PATH to keep it elsewhere)`);
        }
    }
    async appendLine(profile, line) {
        await this.ownPlace();
        await (0,promises_.mkdir)(this.dir, { recursive: true });
        if (this.gitIgnored)
            await (0,promises_.writeFile)(external_node_path_default().join(this.dir, '.gitignore'), '*\n', { flag: 'wx' }).catch(() => undefined);
        const file = this.file(profile);
        // A run that died mid-write leaves a line without its newline; start on a fresh line so
        // only that torn line is lost, not this one too.
        const { handle, size } = await openJournal(file, promises_.constants.O_RDWR | promises_.constants.O_APPEND | promises_.constants.O_CREAT);
        try {
            const prefix = size > 0 && !(await endsWithNewline(handle, size)) ? '\n' : '';
            // Written whole (a short write is continued), as one O_APPEND write of a line normally is.
            await handle.appendFile(`${prefix}${line}\n`);
        }
        finally {
            await handle.close();
        }
    }
}
async function endsWithNewline(handle, size) {
    const buf = Buffer.alloc(1);
    await handle.read(buf, 0, 1, size - 1);
    return buf[0] === 0x0a;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/change/git.ts
var git = __webpack_require__(16352);
;// CONCATENATED MODULE: ./src/history/gitBranch.ts







const BRANCH_README = `# promotion-gate history

Written by promotion-gate: one JSON line per gate run, one file per profile (\`<profile>.jsonl\`).
Lines are only ever appended. Mark a run invalid with
\`promotion-gate history invalidate --profile <profile> --run <id> --reason "\u2026" --history git:<branch>\`
instead of editing it: invalid runs are left out of every comparison.
`;
/** Push failures that mean "someone else pushed first": fetch again and re-apply. */
const LOST_RACE = /\[rejected\]|non-fast-forward|fetch first|failed to update ref|cannot lock ref|stale info|incorrect old value|reference already exists/i;
const NO_REMOTE_REF = /couldn't find remote ref|no such ref was fetched/i;
class GitError extends Error {
}
function fail(what, r) {
    const detail = r.stderr.trim().split('\n').filter(Boolean).slice(-3).join(' / ') || `exit ${r.code}`;
    throw new GitError(`${what}: ${detail}`);
}
/**
 * History on a branch of the repository (e.g. promotion-gate-history), never checked out: records
 * are written with plumbing (hash-object, a private index, commit-tree) and pushed as a
 * fast-forward. When another run pushed first, the journal is fetched again and the line
 * re-applied on the new tip \u2014 the append-only format makes that rebase conflict-free.
 */
class GitBranchHistory {
    opts;
    remote;
    localRef;
    attempts;
    constructor(opts) {
        this.opts = opts;
        this.remote = opts.remote ?? 'origin';
        this.localRef = `refs/promotion-gate/history/${opts.branch}`;
        this.attempts = opts.attempts ?? 8;
    }
    describe() {
        return `git branch ${this.opts.branch} of ${this.remote}`;
    }
    git(args, extra = {}) {
        return (0,git/* runGit */.EO)(args, {
            cwd: this.opts.cwd,
            env: { ...(this.opts.env ?? process.env), ...extra.env },
            input: extra.input,
            timeoutMs: 120_000,
        });
    }
    /** Fetches the branch into a private ref; returns its tip, or undefined when it does not exist yet. */
    async fetch() {
        const r = await this.git([
            'fetch',
            '--quiet',
            '--no-tags',
            '--no-write-fetch-head',
            this.remote,
            `+refs/heads/${this.opts.branch}:${this.localRef}`,
        ]);
        if (r.code !== 0) {
            if (NO_REMOTE_REF.test(r.stderr)) {
                await this.git(['update-ref', '-d', this.localRef]);
                return undefined;
            }
            fail(`cannot fetch ${this.opts.branch} from ${this.remote}`, r);
        }
        const tip = await this.git(['rev-parse', '--verify', '--quiet', `${this.localRef}^{commit}`]);
        return tip.code === 0 ? tip.stdout.trim() : undefined;
    }
    async read(tip, file) {
        if (!tip)
            return '';
        const r = await this.git(['cat-file', '-p', `${tip}:${file}`]);
        if (r.code === 0)
            return r.stdout;
        if (/does not exist|not a valid object name|path .* does not exist/i.test(r.stderr))
            return '';
        fail(`cannot read ${file} on ${this.opts.branch}`, r);
    }
    async list(profile, opts = {}) {
        const file = (0,records/* journalName */.J1)(profile);
        try {
            const text = await this.read(await this.fetch(), file);
            const decoded = (0,records/* decodeJournal */.MQ)(text, `${this.opts.branch}:${file}`);
            return (0,records/* runsFrom */.Hg)(decoded.records, profile, opts, decoded.problems);
        }
        catch (err) {
            return { runs: [], problems: [`${this.describe()}: ${(0,errors/* errorMessage */.gJ)(err)}`] };
        }
    }
    async append(run, opts = {}) {
        const line = (0,records/* encodeRun */.M$)(run);
        await this.commitLine(run.profile, () => line, `${run.profile}: run ${run.runId} (${run.verdict})`, opts.keep);
    }
    async markInvalid(profile, runId, reason, by) {
        const at = (this.opts.now ?? (() => new Date()))().toISOString();
        const line = (0,records/* encodeInvalidation */.L0)({ runId, reason, at, ...(by ? { by } : {}) });
        await this.commitLine(profile, (text) => {
            const decoded = (0,records/* decodeJournal */.MQ)(text, `${this.opts.branch}:${(0,records/* journalName */.J1)(profile)}`);
            const all = (0,records/* runsFrom */.Hg)(decoded.records, profile, { includeInvalid: true });
            return (0,records/* checkInvalidation */.Nb)(all.runs, profile, runId, this.describe()) ? line : undefined;
        }, `${profile}: invalidate run ${runId}`);
    }
    async pin(profile, pin) {
        await this.commitLine(profile, (text) => {
            const decoded = (0,records/* decodeJournal */.MQ)(text, `${this.opts.branch}:${(0,records/* journalName */.J1)(profile)}`);
            const all = (0,records/* runsFrom */.Hg)(decoded.records, profile, { includeInvalid: true });
            return (0,records/* checkPin */.wg)(all, profile, pin, this.describe()) ? (0,records/* encodePin */.Gh)(pin) : undefined;
        }, `${profile}: ${pin.pinned ? 'pin' : 'unpin'} run ${pin.runId}`);
    }
    /**
     * fetch \u2192 append the line to the tip's journal \u2192 commit \u2192 push; on a lost race, again from
     * the new tip. `lineFor` sees the current journal and may decline (returns undefined).
     */
    async commitLine(profile, lineFor, message, keep) {
        const file = (0,records/* journalName */.J1)(profile);
        const tmp = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'pg-history-'));
        const index = { GIT_INDEX_FILE: external_node_path_default().join(tmp, 'index') };
        try {
            let last = '';
            for (let attempt = 1; attempt <= this.attempts; attempt++) {
                const tip = await this.fetch();
                const journal = await this.read(tip, file);
                const line = lineFor(journal);
                if (line === undefined)
                    return;
                const appended = `${journal}${journal === '' || journal.endsWith('\n') ? '' : '\n'}${line}\n`;
                const text = keep === undefined ? appended : (0,retention/* pruneJournal */.Mw)(appended, keep);
                const commit = await this.commit(tip, file, text, message, index);
                const push = await this.git([
                    'push',
                    '--quiet',
                    this.remote,
                    `${commit}:refs/heads/${this.opts.branch}`,
                ]);
                if (push.code === 0) {
                    await this.git(['update-ref', this.localRef, commit]);
                    return;
                }
                if (!LOST_RACE.test(push.stderr))
                    fail(`cannot push to ${this.opts.branch} on ${this.remote}`, push);
                last = push.stderr.trim().split('\n').pop() ?? '';
                this.opts.onRetry?.(attempt, last);
                // Back off with jitter so writers that collided do not collide again in lockstep.
                await new Promise((r) => setTimeout(r, Math.random() * 100 * attempt + 20));
            }
            throw new GitError(`cannot push to ${this.opts.branch} on ${this.remote}: other runs pushed first ${this.attempts} times in a row (${last})`);
        }
        finally {
            await (0,promises_.rm)(tmp, { recursive: true, force: true });
        }
    }
    async commit(tip, file, text, message, index) {
        const blob = await this.git(['hash-object', '-w', '--stdin'], { input: text });
        if (blob.code !== 0)
            fail('cannot write history blob', blob);
        const read = await this.git(tip ? ['read-tree', tip] : ['read-tree', '--empty'], { env: index });
        if (read.code !== 0)
            fail('cannot read history tree', read);
        const entries = [`100644,${blob.stdout.trim()},${file}`];
        if (!tip) {
            const readme = await this.git(['hash-object', '-w', '--stdin'], { input: BRANCH_README });
            if (readme.code !== 0)
                fail('cannot write history README', readme);
            entries.push(`100644,${readme.stdout.trim()},README.md`);
        }
        for (const e of entries) {
            const u = await this.git(['update-index', '--add', '--cacheinfo', e], { env: index });
            if (u.code !== 0)
                fail('cannot stage history file', u);
        }
        const tree = await this.git(['write-tree'], { env: index });
        if (tree.code !== 0)
            fail('cannot write history tree', tree);
        const env = this.opts.env ?? process.env;
        // Runners have no git identity configured; commits by the tool are signed off as the tool.
        const who = {
            GIT_AUTHOR_NAME: env.GIT_AUTHOR_NAME || 'promotion-gate',
            GIT_AUTHOR_EMAIL: env.GIT_AUTHOR_EMAIL || 'promotion-gate@users.noreply.github.com',
            GIT_COMMITTER_NAME: env.GIT_COMMITTER_NAME || 'promotion-gate',
            GIT_COMMITTER_EMAIL: env.GIT_COMMITTER_EMAIL || 'promotion-gate@users.noreply.github.com',
        };
        const commit = await this.git([
            'commit-tree',
            '--no-gpg-sign',
            tree.stdout.trim(),
            ...(tip ? ['-p', tip] : []),
            '-m',
            `promotion-gate history: ${message}`,
        ], { env: who });
        if (commit.code !== 0)
            fail('cannot commit history', commit);
        return commit.stdout.trim();
    }
}

;// CONCATENATED MODULE: ./src/history/select.ts




const DEFAULT_HISTORY_DIR = '.promotion-gate/.history';
const DEFAULT_HISTORY_BRANCH = 'promotion-gate-history';
const DEFAULT_ARTIFACT_PREFIX = 'promotion-gate-history';
const BRANCH = /^(?!-)(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9._/-]+(?<![./])$/;
/**
 * `off` \u00b7 `dir` / `dir:PATH` \u00b7 `git` / `git:BRANCH` / `git:BRANCH@REMOTE` \u00b7 `artifacts` /
 * `artifacts:NAME`. `where` names the flag or input in messages.
 */
function parseHistorySpec(text, where) {
    const value = text.trim();
    const colon = value.indexOf(':');
    const kind = (colon < 0 ? value : value.slice(0, colon)).toLowerCase();
    const arg = colon < 0 ? '' : value.slice(colon + 1).trim();
    switch (kind) {
        case 'off':
        case 'none':
            return { kind: 'off' };
        case 'dir':
            return { kind: 'dir', path: arg || DEFAULT_HISTORY_DIR };
        case 'git': {
            // The first @ splits: a remote may be an SSH address (git@github.com:org/repo.git).
            const at = arg.indexOf('@');
            const branch = (at < 0 ? arg : arg.slice(0, at)) || DEFAULT_HISTORY_BRANCH;
            const remote = (at < 0 ? '' : arg.slice(at + 1)) || 'origin';
            if (!BRANCH.test(branch))
                throw new errors/* UsageError */.eb(`${where}: "${branch}" is not a valid branch name (e.g. git:${DEFAULT_HISTORY_BRANCH})`);
            return { kind: 'git', branch, remote };
        }
        case 'artifacts':
        case 'artifact':
            if (arg && !/^[\w.-]+$/.test(arg))
                throw new errors/* UsageError */.eb(`${where}: artifact name "${arg}" may use only letters, digits, ".", "_" and "-"`);
            return { kind: 'artifacts', prefix: arg || DEFAULT_ARTIFACT_PREFIX };
        default:
            throw new errors/* UsageError */.eb(`${where}: unknown history store "${value}"; use off, dir[:PATH], git[:BRANCH[@REMOTE]] or artifacts[:NAME]`);
    }
}
async function createHistoryStore(spec, deps) {
    switch (spec.kind) {
        case 'off':
            return undefined;
        case 'dir':
            // The default place is a local cache: kept out of git so a `git: {clean: true}` check stays clean.
            return new DirectoryHistory(external_node_path_default().resolve(deps.cwd, spec.path), spec.path, spec.path === DEFAULT_HISTORY_DIR);
        case 'git':
            return new GitBranchHistory({ cwd: deps.cwd, branch: spec.branch, remote: spec.remote, env: deps.env });
        case 'artifacts': {
            // Loaded only when chosen: the artifact client and its Azure SDK are most of the bundle.
            const { ArtifactHistory } = await __webpack_require__.e(/* import() */ 2903).then(__webpack_require__.bind(__webpack_require__, 72903));
            return ArtifactHistory.fromEnvironment(spec.prefix, deps);
        }
    }
}


/***/ }),

/***/ 1048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ runSummaryOf),
/* harmony export */   F$: () => (/* binding */ newRunId),
/* harmony export */   Ic: () => (/* binding */ historyView),
/* harmony export */   Rc: () => (/* binding */ previousRun)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8670);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4473);




/**
 * A run's id: on GitHub the workflow run and attempt (so `history invalidate` can name a run
 * from its URL); elsewhere the start time and a random suffix.
 */
function newRunId(env, startedAt) {
    const runner = (0,_core_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .readRunner */ .f)(env);
    if (runner.runId)
        return `${runner.runId}.${runner.runAttempt}`;
    const stamp = startedAt
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
    return `${stamp}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(3).toString('hex')}`;
}
function cleanMetrics(m) {
    const out = {};
    for (const [k, v] of Object.entries(m))
        out[k] = typeof v === 'number' && !Number.isFinite(v) ? null : v;
    return out;
}
function gatedSha(report) {
    const range = report.git.range;
    return range && 'head' in range && range.head ? range.head : report.git.sha;
}
/**
 * What history keeps of a sealed report: the verdict and each check's numbers. The report comes
 * redacted from the seal; credentials in URL shapes (metric names are often URLs) are masked
 * here once more, since a record outlives the run \u2014 in a pushed branch or an artifact.
 */
function runSummaryOf(report, runId) {
    return new _core_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .Redactor */ .pO().redactDeep({
        schemaVersion: 1,
        profile: report.profile,
        runId,
        startedAt: report.startedAt,
        finishedAt: report.finishedAt,
        verdict: report.verdict,
        score: report.score,
        action: report.action,
        level: report.level,
        // The commit the release was gated at: the diff's head when a range was resolved (a --head
        // other than the checkout), so the next run's diff starts where this promotion ended.
        ...(gatedSha(report) ? { sha: gatedSha(report) } : {}),
        ...(report.git.ref ? { ref: report.git.ref } : {}),
        ...(report.bundle ? { bundleId: report.bundle.id } : {}),
        ...(report.run?.url ? { url: report.run.url } : {}),
        blockers: report.blockers,
        ratchetTriggered: report.ratchetTriggered,
        hotfixChecks: report.hotfixChecks,
        ...(report.hotfix ? { hotfix: report.hotfix } : {}),
        checks: report.checks.map((c) => ({
            id: c.id,
            type: c.type,
            status: c.status,
            score: c.score,
            metrics: cleanMetrics(c.metrics),
        })),
    });
}
/** The newest valid run: what the hotfix ratchet compares with. */
function previousRun(runs) {
    for (let i = runs.length - 1; i >= 0; i--)
        if (!runs[i].invalid)
            return runs[i];
    return undefined;
}
/** A profile's history read once and shared by the checks and the decision; never rejects. */
function historyView(store, profile) {
    let pending;
    return {
        describe: () => store.describe(),
        read() {
            pending ??= store.list(profile).catch((err) => ({
                runs: [],
                problems: [`${store.describe()}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`],
            }));
            return pending;
        },
    };
}


/***/ })

};
