export const id = 1651;
export const ids = [1651];
export const modules = {

/***/ 58357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ EXIT),
/* harmony export */   f: () => (/* binding */ verdictExitCode)
/* harmony export */ });
/** The exit codes both front ends return; a script can rely on them across commands. */
const EXIT = {
    promote: 0,
    hold: 1,
    usage: 2,
    internal: 3,
    /** deploy and drill: the rollback, or the verify after it, failed; the environment's state is unknown. */
    rollbackFailed: 4,
};
/** 0 on promote, 1 on hold unless the caller asked never to fail. */
function verdictExitCode(verdict, failOn) {
    return verdict === 'promote' || failOn === 'never' ? EXIT.promote : EXIT.hold;
}


/***/ }),

/***/ 75787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ forFrontEnd)
/* harmony export */ });
/* unused harmony export optionSpelling */
/* harmony import */ var _core_optionRef_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44157);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75173);


const BY_INPUT = new Map(Object.values(_options_js__WEBPACK_IMPORTED_MODULE_0__/* .OPTIONS */ .lw).map((s) => [s.name, s]));
/** `--pr`, `--no-check-run`, `--comment off`; an option the CLI lacks keeps its input name. */
function cliSpelling(input, value) {
    const spec = BY_INPUT.get(input);
    const flag = spec ? (0,_options_js__WEBPACK_IMPORTED_MODULE_0__/* .flagOf */ .iP)(spec) : `--${input}`;
    if (!flag)
        return value === undefined ? `the \`${input}\` input` : `\`${input}: ${value}\``;
    if (value === undefined)
        return flag;
    // A switch is written by its presence: `--no-x` turns off one that is on by default.
    if (spec && !spec.value && (value === 'true' || value === 'false'))
        return value === String(spec.default === 'true') ? flag : `--no-${flag.slice(2)}`;
    return `${flag} ${value}`;
}
/** The `base` input; `check-run: false`. */
function actionSpelling(input, value) {
    return value === undefined ? `the \`${input}\` input` : `\`${input}: ${value}\``;
}
/** `--base (action input base)`: for a caller that is neither front end. */
function bothSpellings(input, value) {
    const spec = BY_INPUT.get(input);
    const cli = spec && (0,_options_js__WEBPACK_IMPORTED_MODULE_0__/* .flagOf */ .iP)(spec) ? cliSpelling(input, value) : undefined;
    const action = value === undefined ? `\`${input}\`` : `\`${input}: ${value}\``;
    return cli ? `${cli} (action input ${action})` : `the action input ${action}`;
}
function optionSpelling(frontEnd) {
    return frontEnd === 'cli' ? cliSpelling : frontEnd === 'action' ? actionSpelling : bothSpellings;
}
/** What a person of this front end reads: every option reference in the text spelled for it. */
function forFrontEnd(frontEnd) {
    const spell = optionSpelling(frontEnd);
    return {
        text: (text) => (0,_core_optionRef_js__WEBPACK_IMPORTED_MODULE_1__/* .renderOptionRefs */ .Qm)(text, spell),
        deep: (value) => (0,_core_optionRef_js__WEBPACK_IMPORTED_MODULE_1__/* .renderOptionRefsDeep */ .WU)(value, spell),
        /** An error about to be shown: its message (and a config error's issues) spelled in place. */
        error(err) {
            if (err instanceof Error) {
                err.message = (0,_core_optionRef_js__WEBPACK_IMPORTED_MODULE_1__/* .renderOptionRefs */ .Qm)(err.message, spell);
                const issues = err.issues;
                if (Array.isArray(issues))
                    for (const i of issues)
                        i.message = (0,_core_optionRef_js__WEBPACK_IMPORTED_MODULE_1__/* .renderOptionRefs */ .Qm)(i.message, spell);
            }
            return err;
        },
    };
}


/***/ }),

/***/ 75173:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iP: () => (/* binding */ flagOf),
/* harmony export */   lw: () => (/* binding */ OPTIONS)
/* harmony export */ });
/* unused harmony exports text, choice, bool, wholeNumber, durationMs, keyValues, conclusions, domainPaths, domainList */
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98571);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _github_checkRun_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16602);
/* harmony import */ var _github_stickyComment_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(87347);
/* harmony import */ var _config_types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(22143);
/* harmony import */ var _monitor_series_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(45661);






const single = (raw) => (typeof raw === 'string' ? raw : raw.join('\n')).trim();
const lines = (raw) => (typeof raw === 'string' ? raw.split(/\r?\n/) : [...raw]).map((l) => l.trim());
const text = (raw) => single(raw) || undefined;
/** `"a"`, `"a" or "b"`, `"a", "b" or "c"`. */
function oneOf(values) {
    const q = values.map((v) => `"${v}"`);
    return q.length < 2 ? (q[0] ?? '') : `${q.slice(0, -1).join(', ')} or ${q.at(-1)}`;
}
function choice(allowed, fallback) {
    return (raw, where) => {
        const v = single(raw) || fallback;
        if (!allowed.includes(v))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where}: expected ${oneOf(allowed)}, got "${v}"`);
        return v;
    };
}
function bool(fallback) {
    return (raw, where) => {
        const v = single(raw).toLowerCase();
        if (v === '')
            return fallback;
        if (v === 'true')
            return true;
        if (v === 'false')
            return false;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where}: expected true or false, got "${v}"`);
    };
}
/** A whole number in [min, max]; empty is `fallback`. */
function wholeNumber(min, max, fallback) {
    return (raw, where) => {
        const v = single(raw);
        if (v === '')
            return fallback;
        const n = Number(v);
        if (!/^\d+$/.test(v) || !Number.isSafeInteger(n) || n < min || n > max)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where}: expected a whole number from ${min} to ${max}, got "${v}"`);
        return n;
    };
}
/** A duration of at most 24h (a timer holds no more), or undefined when empty. */
function optionalDuration(raw, where) {
    if (single(raw) === '')
        return undefined;
    const ms = durationMs(0)(raw, where);
    if (ms > _core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_TIMER_MS */ ._o)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where}: at most 24h, got "${single(raw)}"`);
    return ms;
}
function durationMs(fallbackMs) {
    return (raw, where) => {
        const v = single(raw);
        if (v === '')
            return fallbackMs;
        const ms = /^\d+$/.test(v) ? undefined : (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(v);
        if (ms === undefined || ms <= 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where}: expected a duration like 30s or 2m, got "${v}"`);
        return ms;
    };
}
/** `key=value` pairs (the values of `${{ inputs.key }}`); blank lines and `#` comments are skipped. */
function keyValues(raw, where) {
    const out = Object.create(null);
    for (const line of lines(raw)) {
        if (line === '' || line.startsWith('#'))
            continue;
        const eq = line.indexOf('=');
        if (eq <= 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where}: expected key=value, got "${line}"`);
        const key = line.slice(0, eq).trim();
        if (!/^[A-Za-z_][\w-]*$/.test(key))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where}: "${key}" is not a valid input name (letters, digits, _ and -)`);
        out[key] = line.slice(eq + 1).trim();
    }
    return out;
}
/** `outcome=conclusion` lines over the defaults; `promote` is short for auto-promote. */
function conclusions(raw, where) {
    const out = { ..._github_checkRun_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_CONCLUSIONS */ .FI };
    for (const line of lines(raw)) {
        if (!line || line.startsWith('#'))
            continue;
        const m = /^([\w-]+)\s*[=:]\s*([\w-]+)$/.exec(line);
        const action = m?.[1] === 'promote' ? 'auto-promote' : m?.[1];
        if (!m || !action || !Object.hasOwn(out, action))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where}: expected <auto-promote|promote-with-hotfix|hold>=<conclusion>, got "${line}"`);
        if (!_github_checkRun_js__WEBPACK_IMPORTED_MODULE_2__/* .CONCLUSIONS */ .Fr.includes(m[2]))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where}: conclusion "${m[2]}" is not one of ${_github_checkRun_js__WEBPACK_IMPORTED_MODULE_2__/* .CONCLUSIONS */ .Fr.join(', ')}`);
        out[action] = m[2];
    }
    return out;
}
/** A domain of the aggregate: it names a folder of the bundle and a blocker (`<domain>.missing`). */
const DOMAIN = /^[A-Za-z0-9][\w.-]*$/;
/** `domain=path` lines, in order (later ones win); blank lines and `#` comments are skipped. */
function domainPaths(raw, where) {
    const out = [];
    for (const line of lines(raw)) {
        if (line === '' || line.startsWith('#'))
            continue;
        const eq = line.indexOf('=');
        const domain = eq > 0 ? line.slice(0, eq).trim() : '';
        const file = eq > 0 ? line.slice(eq + 1).trim() : '';
        if (!domain || !file)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where}: expected DOMAIN=PATH, got "${line}"`);
        if (!DOMAIN.test(domain))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where}: domain "${domain}" may use only letters, digits, ".", "_" and "-"`);
        out.push({ domain, path: file });
    }
    return out;
}
/** `a, b,c` \u2192 `['a', 'b', 'c']`; empty \u2192 undefined (the config's list applies). */
function domainList(raw, where) {
    const names = single(raw)
        .split(',')
        .map((d) => d.trim())
        .filter(Boolean);
    for (const d of names)
        if (!DOMAIN.test(d))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where}: "${d}" is not a domain name`);
    return names.length ? names : undefined;
}
const commentChoice = choice(_github_stickyComment_js__WEBPACK_IMPORTED_MODULE_3__/* .COMMENT_MODES */ .p8, 'update');
function spec(s) {
    return s;
}
/** The options, by the name the code uses. Order is the order of action.yml and the README. */
const OPTIONS = {
    command: spec({
        name: 'command',
        flag: false,
        actionOnly: true,
        description: '`gate` (default) runs the checks and decides; `validate` only checks the config (and the profile, when given); `publish` publishes the evidence of another run (see run-id); `deploy` deploys an environment, verifies it and rolls back on failure; `drill` proves that an environment can be rolled back (see environment); `drift` judges the profile\u2019s benchmarks against history (see from-history); `review` writes the review of the profile\u2019s runs in history (see lookback, month); `aggregate` judges a release over the evidence of many jobs (see evidence, evidence-dir); `watch` runs the gate and, when the profile turned since its last recorded run, opens or closes an incident issue and calls the `notify:` webhooks (see incidents, notify); `monitor` watches an environment for a window after a deploy and reacts when it degrades (see environment, window, interval, deployment).',
        default: 'gate',
        parse: choice([
            'gate',
            'validate',
            'publish',
            'deploy',
            'drill',
            'drift',
            'review',
            'aggregate',
            'watch',
            'monitor',
        ], 'gate'),
    }),
    config: spec({
        name: 'config',
        short: '-c',
        value: '<file>',
        description: 'Path of the config file, relative to working-directory.',
        help: 'config file',
        default: _config_types_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_CONFIG_PATH */ .Bi,
        parse: (raw) => single(raw) || _config_types_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_CONFIG_PATH */ .Bi,
    }),
    workingDirectory: spec({
        name: 'working-directory',
        value: '<dir>',
        actionOnly: true,
        description: 'Directory the checks run in (default the workspace); config and output-dir are relative to it.',
        parse: text,
    }),
    profile: spec({
        name: 'profile',
        short: '-p',
        value: '<name>',
        description: 'Profile to run (dev, staging, prod, \u2026 as named in the config). Required for commands gate, drift and review.',
        help: 'profile to run',
        parse: text,
    }),
    environment: spec({
        name: 'environment',
        value: '<name>',
        description: 'command deploy, drill and monitor: the environment (a key of `environments` in the config) to deploy, drill or watch.',
        help: 'environment to deploy (a key of environments in the config)',
        parse: text,
    }),
    rollbackOnFailure: spec({
        name: 'rollback-on-failure',
        description: "command deploy: `true` rolls back when the deploy or its verify fails, `false` never does; empty (default): the environment's `rollbackOnFailure`.",
        help: 'roll back when the deploy or its verify fails, whatever the config says',
        parse: (raw, where) => (single(raw) === '' ? undefined : bool(false)(raw, where)),
    }),
    dryRun: spec({
        name: 'dry-run',
        description: 'command deploy: `true` resolves, prints and records the plan (steps, verify profile, whether a rollback would run) and runs nothing.',
        help: 'resolve, print and record the plan; run nothing',
        default: 'false',
        parse: bool(false),
    }),
    retain: spec({
        name: 'retain',
        value: '<n>',
        description: 'command drill: drill records history keeps per environment (the newest n).',
        help: 'drill records kept in history per environment',
        default: '36',
        parse: wholeNumber(1, 10_000, 36),
    }),
    live: spec({
        name: 'live',
        description: 'command drill: `true` runs the steps without PROMOTION_GATE_DRY_RUN=1, so they really deploy and roll back.',
        help: 'run the drill for real: no PROMOTION_GATE_DRY_RUN=1 for the steps',
        default: 'false',
        parse: bool(false),
    }),
    window: spec({
        name: 'window',
        value: '<duration>',
        description: "command monitor: how long to watch after the deploy (e.g. 15m; default the environment's `monitor.window`, else 15m). A restarted monitor keeps the window it started.",
        help: "how long to watch (default the environment's monitor.window, else 15m)",
        parse: (raw, where) => optionalDuration(raw, where),
    }),
    interval: spec({
        name: 'interval',
        value: '<duration>',
        description: "command monitor: time between two rounds of probes (e.g. 30s; default the environment's `monitor.interval`, else 30s).",
        help: "time between two rounds of probes (default the environment's monitor.interval, else 30s)",
        parse: (raw, where) => optionalDuration(raw, where),
    }),
    deployment: spec({
        name: 'deployment',
        value: '<id>',
        description: 'command monitor: the deployment being watched, which keys its series in history (default the commit). In the action, the id of a GitHub deployment also gets its status when the window ends.',
        help: 'the deployment watched: keys its series in history (default the commit)',
        parse: (raw, where) => {
            const v = single(raw);
            if (v === '')
                return undefined;
            if (!_monitor_series_js__WEBPACK_IMPORTED_MODULE_4__/* .DEPLOYMENT_ID */ .C1.test(v))
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where}: "${v}" may use only letters, digits, ".", "_" and "-" (at most 128, starting with a letter or digit)`);
            return v;
        },
    }),
    fromHistory: spec({
        name: 'from-history',
        description: 'command drift: `true` judges the newest recorded run instead of measuring the benchmarks now.',
        help: 'judge the newest recorded run instead of measuring now',
        default: 'false',
        parse: bool(false),
    }),
    lookback: spec({
        name: 'lookback',
        value: '<n|period>',
        description: 'command review: the last n runs (`4`) or a period (`7d`, `28d`) to review; default `7d`.',
        help: 'the last n runs (4) or a period (7d, 28d); default 7d',
        parse: (raw, where) => {
            const v = single(raw);
            if (v === '')
                return undefined;
            if (/^\d+$/.test(v) ? Number(v) < 1 : !(((0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(v) ?? 0) > 0))
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where}: expected a number of runs (4) or a period (7d, 28d), got "${v}"`);
            return v;
        },
    }),
    month: spec({
        name: 'month',
        value: '<YYYY-MM>',
        description: 'command review: a calendar month (UTC) to review instead of lookback, the monthly checkpoint.',
        help: 'a calendar month (UTC): the monthly checkpoint',
        parse: (raw, where) => {
            const v = single(raw);
            if (v === '')
                return undefined;
            if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(v))
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where}: expected YYYY-MM, got "${v}"`);
            return v;
        },
    }),
    evidence: spec({
        name: 'evidence',
        flag: 'artifact',
        short: '-a',
        value: '<domain=path>',
        list: true,
        description: 'command aggregate: evidence of a domain, one `domain=path` per line (JSON, YAML, JUnit, SARIF, or a folder holding a promotion-gate bundle).',
        help: 'evidence file of a domain (repeatable)',
        parse: domainPaths,
    }),
    evidenceDir: spec({
        name: 'evidence-dir',
        flag: 'dir',
        short: '-d',
        value: '<dir>',
        list: true,
        description: 'command aggregate: directories of downloaded artifacts, one per line; each file or folder in them is a domain named after it.',
        help: 'directory of downloaded artifacts: each file or folder is a domain (repeatable)',
        parse: (raw) => lines(raw).filter((l) => l !== ''),
    }),
    required: spec({
        name: 'required',
        short: '-r',
        value: '<domains>',
        description: "command aggregate: comma-separated domains that must pass (default the config's `aggregate.required`, else every domain given).",
        help: 'comma-separated domains that must pass (default: the config\u2019s, else all given)',
        parse: domainList,
    }),
    release: spec({
        name: 'release',
        value: '<name>',
        description: 'command aggregate: the release the evidence is for (recorded in the report).',
        help: 'release the evidence is for (recorded in the report)',
        parse: text,
    }),
    inputs: spec({
        name: 'inputs',
        flag: 'input',
        short: '-i',
        value: '<key=value>',
        list: true,
        description: 'Values for ${{ inputs.NAME }} in the config, one `key=value` per line, e.g.\n  target-url=https://staging.example.com\n',
        help: 'value for ${{ inputs.key }} (repeatable)',
        parse: keyValues,
    }),
    base: spec({
        name: 'base',
        value: '<ref>',
        description: "Base revision the diff checks (secrets, dependencies, migrations, routes) compare with. Default: the pull request's base (from the merge base), else the last promoted run of the profile in history, else `defaults.base` of the config. Shallow clones are deepened as needed; when that is impossible the checks error and ask for `fetch-depth: 0`.",
        help: 'base revision diff checks compare with (default: the pull request base, the last promoted run, defaults.base)',
        parse: text,
    }),
    head: spec({
        name: 'head',
        value: '<ref>',
        description: "Head revision of the change being promoted (default the pull request's head, else HEAD).",
        help: 'head revision of the change being promoted (default: the pull request head, HEAD)',
        parse: text,
    }),
    configSource: spec({
        name: 'config-source',
        value: '<base|head>',
        description: "Which revision's config judges the run: `base` (the default on pull_request and merge_group events: the config as the base of the change has it, so a pull request cannot weaken its own gate; the head's config is still validated and compared by the `integrity` check) or `head` (the default elsewhere: the checked-out config).",
        help: 'revision whose config judges: base (default on pull requests) or head (default elsewhere)',
        parse: (raw, where) => {
            const v = single(raw);
            return v === '' ? undefined : choice(['base', 'head'], 'head')(v, where);
        },
    }),
    failOn: spec({
        name: 'fail-on',
        value: '<when>',
        description: '`hold` (default): the step fails when the verdict is hold. `never`: it always succeeds; read the `verdict` output.',
        help: 'exit non-zero on hold, or never (hold|never)',
        default: 'hold',
        parse: choice(['hold', 'never'], 'hold'),
    }),
    outputDir: spec({
        name: 'output-dir',
        flag: 'out',
        short: '-o',
        value: '<dir>',
        description: 'Where the report and evidence bundle are written (default .promotion-gate/<profile>).',
        help: 'output directory (default .promotion-gate/<profile>)',
        parse: text,
    }),
    history: spec({
        name: 'history',
        value: '<store>',
        description: 'Where runs are remembered, for the hotfix ratchet, benchmark drift and trends:\n`off` (default); `artifacts` (one artifact per run, needs `permissions: actions: read`);\n`git` or `git:<branch>` (a branch of the repository, needs `contents: write` and a checkout\nthat kept its credentials); `dir:<path>` (a directory, e.g. restored by actions/cache).\n',
        help: 'where runs are remembered: dir[:PATH] (.promotion-gate/.history), git[:BRANCH[@REMOTE]], artifacts[:NAME] or off',
        default: 'off',
        parse: (raw) => single(raw) || 'off',
    }),
    every: spec({
        name: 'every',
        value: '<duration>',
        description: 'command watch, CLI: run the gate again after this long (e.g. 15m), until `times` runs or SIGTERM. In a workflow, schedule it (`on: schedule`) instead.',
        help: 'run again after this long (e.g. 15m), until --times runs or Ctrl-C/SIGTERM',
        parse: (raw, where) => {
            if (single(raw) === '')
                return undefined;
            const ms = durationMs(0)(raw, where);
            // A timer holds at most 2^31 ms: a longer wait would fire at once and loop without pause.
            if (ms > _core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_TIMER_MS */ ._o)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where}: at most 24h, got "${single(raw)}"`);
            return ms;
        },
    }),
    times: spec({
        name: 'times',
        value: '<n>',
        description: 'command watch, CLI: runs at most, with `every` (default: until stopped).',
        help: 'runs at most (with --every)',
        parse: wholeNumber(1, 1_000_000, undefined),
    }),
    incidents: spec({
        name: 'incidents',
        description: 'command watch: `true` (default) opens an issue (label `promotion-gate`) when the profile turns to hold, comments on it, and closes it when the profile promotes again; it also keeps the "hotfix required" issue. command monitor: an issue when the environment degrades (unless its reaction is none), commented on by later degraded windows and closed by the next healthy one. Needs `permissions: issues: write`; without it they are skipped with a notice.',
        help: 'incident and hotfix issues on GitHub (token from GITHUB_TOKEN or GH_TOKEN)',
        default: 'true',
        parse: bool(true),
    }),
    notify: spec({
        name: 'notify',
        description: "command watch and monitor: `true` (default) calls the webhooks of the config's `notify:` section for the events they name; `false` calls none.",
        help: 'call the webhooks of the config\u2019s notify: section',
        default: 'true',
        parse: bool(true),
    }),
    token: spec({
        name: 'token',
        flag: false,
        actionOnly: true,
        description: 'Token for the check run and the PR comment. A read-only token (fork pull requests, Dependabot) skips them with one notice; the summary, outputs and artifact are still written.',
        default: '${{ github.token }}',
        parse: (raw) => single(raw),
    }),
    checkRun: spec({
        name: 'check-run',
        description: '`true` (default): a check run, created in progress when the gate starts and completed with the verdict and line annotations. `false`: none.',
        default: 'true',
        parse: bool(true),
    }),
    checkRunName: spec({
        name: 'check-run-name',
        value: '<name>',
        description: 'Name of the check run (default `promotion-gate (<profile>)`); make it unique when one workflow gates a profile twice.',
        help: 'check run name (default "promotion-gate (<profile>)")',
        parse: (raw) => single(raw).slice(0, 200) || undefined,
    }),
    checkRunConclusions: spec({
        name: 'check-run-conclusions',
        flag: 'conclusion',
        value: '<outcome=conclusion>',
        list: true,
        description: 'Check run conclusion per outcome, one `outcome=conclusion` per line, over the defaults\n  auto-promote=success\n  promote-with-hotfix=neutral\n  hold=failure\nConclusions: success, neutral, failure, action_required, skipped.\n',
        help: 'check run conclusion per outcome, e.g. promote-with-hotfix=success (repeatable)',
        parse: conclusions,
    }),
    comment: spec({
        name: 'comment',
        value: '<mode>',
        description: 'Sticky PR comment, one per profile: `update` (default; edited in place), `minimize` or `delete` (the old one, then a new one is posted), `off`.',
        help: 'sticky comment: update, minimize, delete or off',
        default: 'update',
        parse: (raw, where) => {
            const v = single(raw);
            return commentChoice(v === 'false' ? 'off' : v === 'true' ? 'update' : v, where);
        },
    }),
    commentWhen: spec({
        name: 'comment-when',
        value: '<when>',
        description: '`always` (default), or `hold-or-change`: post only when the verdict is hold or differs from the last comment (an existing comment is still kept current).',
        help: 'when to post the comment: always or hold-or-change',
        default: 'always',
        parse: choice(_github_stickyComment_js__WEBPACK_IMPORTED_MODULE_3__/* .COMMENT_WHEN */ .dh, 'always'),
    }),
    commentAuthor: spec({
        name: 'comment-author',
        value: '<login>',
        description: "Login the token writes as, to find the sticky comment (default the token's own user, or github-actions[bot]). Set it for a GitHub App token, e.g. my-app[bot].",
        help: 'login the token writes as (default: its user, or github-actions[bot])',
        parse: text,
    }),
    prNumber: spec({
        name: 'pr-number',
        flag: 'pr',
        value: '<number>',
        description: 'Pull request to comment on when the event is not a pull request (e.g. workflow_dispatch).',
        help: 'pull request to comment on (default: the event\u2019s, or the workflow_run\u2019s found by its head branch)',
        parse: wholeNumber(1, Number.MAX_SAFE_INTEGER, undefined),
    }),
    artifact: spec({
        name: 'artifact',
        flag: false,
        actionOnly: true,
        description: '`true` (default): upload the evidence bundle as an artifact named `promotion-gate-<profile>-attempt-<n>`.',
        default: 'true',
        parse: bool(true),
    }),
    artifactName: spec({
        name: 'artifact-name',
        flag: 'artifact',
        value: '<name>',
        description: 'Artifact name instead of `promotion-gate-<profile>-attempt-<n>` (names are unique per workflow run); with command publish, only this artifact of the run.',
        help: 'only this artifact of the run',
        parse: text,
    }),
    retentionDays: spec({
        name: 'retention-days',
        flag: false,
        actionOnly: true,
        description: "Days to keep the artifact (default the repository's setting).",
        parse: wholeNumber(1, 400, undefined),
    }),
    runId: spec({
        name: 'run-id',
        value: '<id>',
        description: 'command publish: the workflow run whose evidence artifacts to publish (default: the run of a workflow_run event).',
        help: 'publish the evidence artifacts of this workflow run (default: the workflow_run event\u2019s run)',
        parse: wholeNumber(1, Number.MAX_SAFE_INTEGER, undefined),
    }),
    reportDir: spec({
        name: 'report-dir',
        flag: false,
        actionOnly: true,
        description: "command publish: a report directory to publish instead of a run's artifacts.",
        parse: text,
    }),
    maxAnnotations: spec({
        name: 'max-annotations',
        value: '<n>',
        description: 'Findings annotated at most (each 50 are one request, paced at one a second); the rest are counted in the check run.',
        help: 'annotations at most (50 per request, one request a second)',
        default: '500',
        parse: wholeNumber(0, 10_000, 500),
    }),
    apiTimeout: spec({
        name: 'api-timeout',
        value: '<duration>',
        description: 'Time to wait for one GitHub API request before it is retried or given up.',
        help: 'per GitHub API request',
        default: '30s',
        parse: durationMs(30_000),
    }),
    apiRetries: spec({
        name: 'api-retries',
        value: '<n>',
        description: 'Retries of a GitHub API request that failed with 5xx, a timeout or a rate limit (0\u201310).',
        help: 'retries of a failed GitHub API request (0\u201310)',
        default: '3',
        parse: wholeNumber(0, 10, 3),
    }),
};
/** The CLI flag of an option, for messages and for commander. */
function flagOf(s) {
    return s.flag === false ? undefined : `--${s.flag ?? s.name}`;
}


/***/ }),

/***/ 22143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bi: () => (/* binding */ DEFAULT_CONFIG_PATH),
/* harmony export */   Fu: () => (/* binding */ DEFAULT_GATE_TIMEOUT_MS),
/* harmony export */   WH: () => (/* binding */ DEFAULT_CONCURRENCY),
/* harmony export */   t1: () => (/* binding */ DEFAULT_TIMEOUT_MS)
/* harmony export */ });
/**
 * What a resolved profile is: the plan the engine runs and the policy the decision applies.
 * Nothing here knows the check types, so the decision and the report never depend on them.
 */
const DEFAULT_CONFIG_PATH = '.github/promotion-gate.yml';
const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_GATE_TIMEOUT_MS = 15 * 60_000;
const DEFAULT_CONCURRENCY = 8;


/***/ }),

/***/ 72633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ credentialSpans),
/* harmony export */   g: () => (/* binding */ maskUrlCredentials)
/* harmony export */ });
/* harmony import */ var _spans_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79270);
/**
 * Credentials recognised by their shape alone, whether or not anyone registered their value:
 * what a URL carries in its userinfo or in a query parameter named like a secret, and the
 * credential of an `Authorization: Bearer \u2026` / `Basic \u2026` header. A URL may be written plain,
 * JSON-escaped (`\/`, `\u0026`), HTML-escaped (`&amp;`) or percent-encoded inside another URL.
 */

/** `scheme://userinfo@` \u2014 the greedy run stops at the last `@` before the host. */
const USERINFO = /\b[a-z][a-z0-9+.-]*:(?:\/\/|\\\/\\\/)([^\s/?#"'<>`\\]*)@/dgi;
/** The same inside a percent-encoded URL (`https%3A%2F%2Fuser%3Apass%40host`). */
const USERINFO_ENCODED = /%3A%2F%2F((?:[^\s%&"'<>/?#]|%(?!2F|3F|23|40)[0-9A-F]{2})+)%40/dgi;
/** Query (and fragment) parameter names that say their value is a credential. */
const SECRET_PARAM = '(?:[a-z0-9_.-]*[_.-])?(?:token|apikey|api[_-]?key|key|secret|password|passwd|pwd|pass|sig|signature|auth|authorization|credentials?|session|sessionid|jsessionid|jwt)';
/** `?token=\u2026`, `&api_key=\u2026`, `#access_token=\u2026`, also after `\u0026`, `&amp;`, `%3F`, `%26`. */
const QUERY_PARAM = new RegExp(`(?:[?&;#]|\\\\u0026|&amp;|%3F|%26)${SECRET_PARAM}(?:=|%3D)((?:[^&#\\s"'<>;\\\\%]|%(?!26|23)[0-9a-f]{2})+)`, 'dgi');
/** `Bearer <token>` / `Basic <base64>`: a whole run of their characters, holding a digit. */
const BEARER = /\bBearer\s+((?=[\w.~+/=-]*\d)[\w.~+/-]{12,}=*)(?![\w.~+/=-])/dgi;
const BASIC = /\bBasic\s+((?=[A-Za-z0-9+/]*\d)[A-Za-z0-9+/]{8,}={0,2})(?![\w.~+/=-])/dgi;
/**
 * Each shape with what a text must hold for it to match at all, tested before the regular
 * expression runs: most texts, even those with a `:` or a `=`, hold no URL with userinfo and no
 * `Bearer`, and a search for a fixed string costs far less than a regular expression tried at
 * every position.
 */
const SHAPES = [
    [USERINFO, (t) => t.includes('@') && (t.includes('://') || t.includes(':\\/\\/'))],
    [USERINFO_ENCODED, (t) => t.includes('%') && /%3A%2F%2F/i.test(t)],
    [QUERY_PARAM, (t) => t.includes('=') || (t.includes('%') && /%3D/i.test(t))],
    [BEARER, (t) => /bearer/i.test(t)],
    [BASIC, (t) => /basic/i.test(t)],
];
/**
 * Spans of the credentials in `text` (group 1 of each shape), never an already masked `***`,
 * appended to `out` (a new list unless given).
 */
function credentialSpans(text, out = []) {
    // Cheap test first: most strings hold none of the characters every shape needs.
    if (!/[:=]|%3[AD]|earer|asic/i.test(text))
        return out;
    for (const [re, may] of SHAPES) {
        if (!may(text))
            continue;
        re.lastIndex = 0;
        // No shape matches an empty string, so each match moves past the one before.
        for (let m = re.exec(text); m; m = re.exec(text)) {
            const at = m.indices?.[1];
            if (!at || at[1] <= at[0] || m[1] === _spans_js__WEBPACK_IMPORTED_MODULE_0__/* .MASK */ .v)
                continue;
            out.push([at[0], at[1]]);
        }
    }
    return out;
}
/** Masks the credentials `credentialSpans` finds. */
function maskUrlCredentials(text) {
    return (0,_spans_js__WEBPACK_IMPORTED_MODULE_0__/* .maskSpans */ .e)(text, credentialSpans(text));
}


/***/ }),

/***/ 98571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   ON: () => (/* binding */ MAX_AGE_MS),
/* harmony export */   _o: () => (/* binding */ MAX_TIMER_MS),
/* harmony export */   a3: () => (/* reexport safe */ _format_js__WEBPACK_IMPORTED_MODULE_0__.a3)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96228);
const UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const DURATION = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)\s*$/;
/**
 * The longest wait a timer may be given (check and gate timeouts, request timeouts, backoffs,
 * latency budgets). Node's timers hold at most 2^31\u22121 ms (about 24.8 days); a longer one fires at
 * once, so a "never time out" would end the check immediately.
 */
const MAX_TIMER_MS = 24 * 3_600_000;
/** The longest age or window a field may name (evidence and data ages): ten years. */
const MAX_AGE_MS = 3650 * 86_400_000;
/**
 * `30s`, `500ms`, `1.5m`, `26h`, `7d`; a number is taken as milliseconds (for callers that hold
 * one already: the config requires a unit). Undefined when it is none, or too large to be a time.
 */
function parseDuration(value) {
    if (typeof value === 'number')
        return Number.isFinite(value) && value >= 0 ? value : undefined;
    const m = DURATION.exec(value);
    if (!m)
        return undefined;
    const ms = Math.round(Number(m[1]) * UNITS[m[2]]);
    return Number.isFinite(ms) ? ms : undefined;
}
/** Durations are shown by the one number formatter. */



/***/ }),

/***/ 74296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hd: () => (/* binding */ formatIssue),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   iU: () => (/* binding */ isUserError),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
function formatIssue(issue) {
    const where = [issue.file, issue.line, issue.column].filter((p) => p !== undefined && p !== '').join(':');
    const path = issue.path ? `${issue.path}: ` : '';
    return `${where ? `${where}: ` : ''}${path}${issue.message}`;
}
class ConfigError extends Error {
    issues;
    constructor(issues) {
        const list = typeof issues === 'string' ? [{ message: issues }] : issues;
        super(list.map(formatIssue).join('\n'));
        this.name = 'ConfigError';
        this.issues = list;
    }
}
/** Bad command-line or action input. Also exit 2. */
class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
function isUserError(err) {
    return err instanceof ConfigError || err instanceof UsageError;
}
function errorMessage(err) {
    if (err instanceof Error)
        return err.message;
    return String(err);
}


/***/ }),

/***/ 96228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony exports formatRatio, formatCount */
/**
 * How numbers read wherever a person sees them \u2014 summaries, reasons, reports, the log: with their
 * unit and a precision that fits their size, never float noise (18.1818\u2026%) and never a rounding
 * that hides why a comparison failed (0.5499 shown as 0.55 against a threshold of 0.55).
 * Machine outputs (report.json metrics, evidence files) keep the exact numbers.
 */
const MINUS = '-';
/** Decimals added at most to tell a number from the one it is compared with. */
const MAX_EXTRA_DECIMALS = 6;
/** Decimals that fit a plain number of this size: 1,235, 812.6, 18.2, 3.14, 0.831, 0.0123. */
function plainDecimals(abs) {
    if (abs >= 1000)
        return 0;
    if (abs >= 10)
        return 1;
    if (abs >= 1)
        return 2;
    if (abs === 0)
        return 0;
    // Three significant digits below 1.
    return Math.min(12, 2 - Math.floor(Math.log10(abs)));
}
/** Decimals that fit a percentage of this size: 250%, 18.2%, 5.3%, 0.42%. */
function percentDecimals(abs) {
    if (abs >= 100)
        return 0;
    if (abs >= 1)
        return 1;
    if (abs === 0)
        return 0;
    // Two significant digits below 1%.
    return Math.min(12, 1 - Math.floor(Math.log10(abs)));
}
/** `n` at `decimals`, trailing zeros dropped, thousands grouped from 10,000 on. */
function fixed(abs, decimals) {
    const rounded = abs.toFixed(decimals);
    const [int = '0', frac = ''] = rounded.split('.');
    const grouped = int.length > 4 ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : int;
    const kept = frac.replace(/0+$/, '');
    return kept ? `${grouped}.${kept}` : grouped;
}
function signed(n, text, sign) {
    // A value that rounds to zero is shown as 0, without a sign that would suggest a direction.
    if (/^[0.,]+$/.test(text))
        return text;
    if (n < 0)
        return `${MINUS}${text}`;
    return sign ? `+${text}` : text;
}
function render(n, decimalsFor, opts, unit = '') {
    if (Number.isNaN(n))
        return 'not a number';
    if (!Number.isFinite(n))
        return `${n < 0 ? MINUS : opts.sign ? '+' : ''}\u221e${unit}`;
    const abs = Math.abs(n);
    const base = Math.max(decimalsFor(abs), Math.min(opts.minDecimals ?? 0, 12));
    const at = (d) => signed(n, fixed(abs, d), opts.sign);
    let decimals = base;
    // More decimals while the number reads the same as a different number it stands next to.
    for (const other of opts.near ?? []) {
        if (!Number.isFinite(other) || other === n)
            continue;
        const otherAt = (d) => signed(other, fixed(Math.abs(other), d), opts.sign);
        while (decimals < base + MAX_EXTRA_DECIMALS && at(decimals) === otherAt(decimals))
            decimals++;
    }
    return `${at(decimals)}${unit}`;
}
/** A plain number: `812.6`, `18.2`, `0.831`, `12,345`. */
function formatNumber(n, opts = {}) {
    return render(n, plainDecimals, opts);
}
/** A percentage given in percent: `18.2%`, `100%`, `0.42%`, `+5.3%` with `sign`. */
function formatPercent(percent, opts = {}) {
    return render(percent, percentDecimals, opts, '%');
}
/** A share given as a fraction of 1, shown as a percentage: 0.1818 \u2192 `18.2%`. */
function formatRatio(share, opts = {}) {
    return formatPercent(share * 100, { ...opts, near: opts.near?.map((x) => x * 100) });
}
/** `n unit`, with the plural when n is not 1: `1 check`, `3 checks`, `12,000 requests`. */
function formatCount(n, word, many = `${word}s`) {
    return `${formatNumber(n)} ${n === 1 ? word : many}`;
}
const BYTE_UNITS = ['KiB', 'MiB', 'GiB', 'TiB'];
/** A size in bytes: `512 B`, `1.5 KiB`, `12 MiB`. */
function formatBytes(bytes) {
    if (!Number.isFinite(bytes))
        return formatNumber(bytes);
    let value = Math.abs(bytes);
    if (value < 1024)
        return `${signed(bytes, fixed(value, 0), false)} B`;
    let unit = 'B';
    for (const u of BYTE_UNITS) {
        if (value < 1024)
            break;
        value /= 1024;
        unit = u;
    }
    const decimals = value >= 100 ? 0 : 1;
    return `${signed(bytes, fixed(value, decimals), false)} ${unit}`;
}
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/**
 * A duration in milliseconds: `120ms`, `1.24s`, `12.3s`, `1.5m`, `2.0h`, `3.0d`. Three significant
 * figures in the unit that fits, so a timing reads the same width whatever its size; a value
 * that rounds up into the next unit is shown in that unit (59,999ms is `1.0m`, not `60.0s`).
 */
function formatDuration(ms) {
    if (!Number.isFinite(ms))
        return ms > 0 ? '\u221e' : formatNumber(ms);
    const neg = ms < 0 ? MINUS : '';
    const abs = Math.abs(ms);
    if (Math.round(abs) < SECOND)
        return `${neg}${Math.round(abs)}ms`;
    const scaled = (unit, decimals) => (abs / unit).toFixed(decimals);
    if (abs < 10 * SECOND && scaled(SECOND, 2) !== '10.00')
        return `${neg}${scaled(SECOND, 2)}s`;
    if (abs < MINUTE && scaled(SECOND, 1) !== '60.0')
        return `${neg}${scaled(SECOND, 1)}s`;
    if (abs < HOUR && scaled(MINUTE, 1) !== '60.0')
        return `${neg}${scaled(MINUTE, 1)}m`;
    if (abs < DAY && scaled(HOUR, 1) !== '24.0')
        return `${neg}${scaled(HOUR, 1)}h`;
    return `${neg}${scaled(DAY, 1)}d`;
}


/***/ }),

/***/ 44157:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $j: () => (/* binding */ optionRef),
/* harmony export */   Qm: () => (/* binding */ renderOptionRefs),
/* harmony export */   WU: () => (/* binding */ renderOptionRefsDeep)
/* harmony export */ });
/**
 * An option named in a message. The CLI and the action share most messages, but spell their
 * options differently (`--pr` on the command line, the `pr-number` input in a workflow), and
 * code deep in the gate does not know which front end will show what it says. So it names the
 * option by its action-input name between markers, and each front end renders the markers its
 * own way (`src/app/frontEnd.ts`) before the text reaches a person or a file.
 */
const OPEN = '\u27e6';
const CLOSE = '\u27e7';
/** An input name, optionally with the value it is given: `\u27e6check-run=false\u27e7`. */
const REF = /\u27e6([a-z][a-z0-9-]*)(?:=([^\u27e6\u27e7\n]{1,100}))?\u27e7/g;
/** `\u27e6base\u27e7`, or `\u27e6comment=off\u27e7` for an option given a value. */
function optionRef(input, value) {
    return `${OPEN}${input}${value === undefined ? '' : `=${value}`}${CLOSE}`;
}
/** The text with every option reference spelled as `spell` says. */
function renderOptionRefs(text, spell) {
    return text.includes(OPEN)
        ? text.replace(REF, (_, input, value) => spell(input, value))
        : text;
}
/** The same, for every string in a value (a report, a list of outcomes), keys left as they are. */
function renderOptionRefsDeep(value, spell) {
    const walk = (v) => {
        if (typeof v === 'string')
            return renderOptionRefs(v, spell);
        if (Array.isArray(v))
            return v.map(walk);
        // Built as data, so a key such as `__proto__` stays a key.
        if (v && typeof v === 'object')
            return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
        return v;
    };
    return walk(value);
}


/***/ }),

/***/ 4473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ readRunner)
/* harmony export */ });
const trimSlash = (s) => s.replace(/\/+$/, '');
const positiveInt = (v) => {
    const n = Number(v);
    return v && Number.isInteger(n) && n > 0 ? n : undefined;
};
function readRunner(env) {
    const repository = env.GITHUB_REPOSITORY || undefined;
    const [owner, repo] = repository?.split('/') ?? [];
    const serverUrl = trimSlash(env.GITHUB_SERVER_URL || 'https://github.com');
    const apiUrl = trimSlash(env.GITHUB_API_URL || 'https://api.github.com');
    const runId = env.GITHUB_RUN_ID || undefined;
    return {
        actions: env.GITHUB_ACTIONS === 'true',
        owner: owner || undefined,
        repo: repo || undefined,
        repository: owner && repo ? repository : undefined,
        serverUrl,
        apiUrl,
        graphqlUrl: trimSlash(env.GITHUB_GRAPHQL_URL || `${apiUrl.replace(/\/api\/v3$/, '/api')}/graphql`),
        eventName: env.GITHUB_EVENT_NAME || undefined,
        eventPath: env.GITHUB_EVENT_PATH || undefined,
        runId,
        runAttempt: positiveInt(env.GITHUB_RUN_ATTEMPT) ?? 1,
        job: env.GITHUB_JOB || undefined,
        actor: env.GITHUB_ACTOR || undefined,
        triggeringActor: env.GITHUB_TRIGGERING_ACTOR || undefined,
        sha: env.GITHUB_SHA || undefined,
        ref: env.GITHUB_REF || undefined,
        headRef: env.GITHUB_HEAD_REF || undefined,
        workspace: env.GITHUB_WORKSPACE || undefined,
        tempDir: env.RUNNER_TEMP || undefined,
        stepSummary: env.GITHUB_STEP_SUMMARY || undefined,
        token: env.GITHUB_TOKEN || undefined,
        artifactRuntime: env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL
            ? { token: env.ACTIONS_RUNTIME_TOKEN, resultsUrl: env.ACTIONS_RESULTS_URL }
            : undefined,
        runUrl: runId && owner && repo ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : undefined,
    };
}


/***/ }),

/***/ 79270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ maskSpans),
/* harmony export */   v: () => (/* binding */ MASK)
/* harmony export */ });
/** What every masked piece of text becomes. */
const MASK = '***';
/** Replaces the union of the spans (they may overlap, in any order) with one MASK per run. */
function maskSpans(text, spans) {
    if (spans.length === 0)
        return text;
    const sorted = [...spans].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    let out = '';
    let at = 0;
    let i = 0;
    while (i < sorted.length) {
        const start = sorted[i][0];
        let end = sorted[i][1];
        for (i++; i < sorted.length && sorted[i][0] <= end; i++)
            end = Math.max(end, sorted[i][1]);
        if (end <= start)
            continue;
        out += text.slice(at, start) + MASK;
        at = end;
    }
    return out + text.slice(at);
}


/***/ }),

/***/ 34793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iv: () => (/* binding */ chunk),
/* harmony export */   jg: () => (/* binding */ ANNOTATIONS_PER_REQUEST),
/* harmony export */   mc: () => (/* binding */ planAnnotations)
/* harmony export */ });
/* unused harmony exports MAX_ANNOTATIONS, repoPath */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** GitHub's limits on check-run annotations. */
const ANNOTATIONS_PER_REQUEST = 50;
const TITLE_MAX = 255;
const MESSAGE_MAX_BYTES = 64 * 1024;
/**
 * Default cap (input max-annotations): past it, findings are left out and counted in the check
 * run. Each batch of 50 is a write request, paced at one a second under GitHub's content limits,
 * so 500 cost about ten seconds.
 */
const MAX_ANNOTATIONS = 500;
const SEVERITY = { failure: 0, warning: 1, notice: 2 };
function clipBytes(text, max) {
    if (Buffer.byteLength(text) <= max)
        return text;
    let cut = Buffer.from(text)
        .subarray(0, max - 4)
        .toString('utf8');
    // A cut inside a multi-byte character decodes to U+FFFD: drop it.
    cut = cut.replace(/\uFFFD$/, '');
    return `${cut}\u2026`;
}
/** A finding's file as a path from the repository root, or undefined when it lies outside. */
function repoPath(file, map) {
    const root = map.workspace ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(map.workspace) : undefined;
    const cwd = root ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(root, map.workingDirectory ?? '.') : undefined;
    let rel;
    if (node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(file)) {
        if (!root)
            return undefined;
        rel = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(root, file);
    }
    else if (cwd && root) {
        rel = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(root, node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, file));
    }
    else {
        rel = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.join(map.workingDirectory ?? '.', file.split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/')));
    }
    rel = rel.split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/');
    if (!rel || rel === '.' || rel.startsWith('../') || rel === '..' || node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.isAbsolute(rel))
        return undefined;
    return rel;
}
/**
 * Every finding with a file and a line, as one annotation each: de-duplicated (the same place,
 * level and message once), failures first, at most `max`.
 */
function planAnnotations(report, map = {}) {
    const seen = new Set();
    const all = [];
    let outside = 0;
    let duplicates = 0;
    for (const check of report.checks) {
        for (const f of check.findings) {
            if (!f.file || !f.line || !Number.isInteger(f.line) || f.line < 1)
                continue;
            const p = repoPath(f.file, map);
            if (!p) {
                outside++;
                continue;
            }
            const key = `${p}\0${f.line}\0${f.level}\0${f.message}`;
            if (seen.has(key)) {
                duplicates++;
                continue;
            }
            seen.add(key);
            const name = check.title ? `${check.title} (${check.id})` : check.id;
            all.push({
                path: p,
                start_line: f.line,
                end_line: f.line,
                annotation_level: f.level,
                title: clipBytes(`promotion-gate: ${name}`, TITLE_MAX),
                message: clipBytes(f.message || '(no message)', MESSAGE_MAX_BYTES),
                order: all.length,
            });
        }
    }
    all.sort((a, b) => SEVERITY[a.annotation_level] - SEVERITY[b.annotation_level] || a.order - b.order);
    const max = map.max ?? MAX_ANNOTATIONS;
    return {
        annotations: all.slice(0, max).map(({ order: _order, ...a }) => a),
        outside,
        duplicates,
        overLimit: Math.max(0, all.length - max),
    };
}
function chunk(items, size) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}


/***/ }),

/***/ 16602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E7: () => (/* binding */ CheckRun),
/* harmony export */   FI: () => (/* binding */ DEFAULT_CONCLUSIONS),
/* harmony export */   Fr: () => (/* binding */ CONCLUSIONS)
/* harmony export */ });
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34793);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73116);


const CONCLUSIONS = ['success', 'neutral', 'failure', 'action_required', 'skipped'];
const DEFAULT_CONCLUSIONS = {
    'auto-promote': 'success',
    'promote-with-hotfix': 'neutral',
    hold: 'failure',
};
/** A check run: created `in_progress` when the gate starts, completed with its annotations at the end. */
class CheckRun {
    api;
    target;
    constructor(api, target) {
        this.api = api;
        this.target = target;
    }
    /**
     * Creates the check run. A create whose answer was lost is looked up by its external id before
     * trying again, so a flaky network never leaves a second run stuck "in progress".
     */
    async create(externalId, status = 'in_progress') {
        const { owner, repo, headSha, name, detailsUrl } = this.target;
        const params = {
            owner,
            repo,
            name,
            head_sha: headSha,
            status,
            external_id: externalId,
            started_at: new Date().toISOString(),
            ...(detailsUrl ? { details_url: detailsUrl } : {}),
        };
        try {
            const r = await this.api.rest.checks.create({ ...params, request: { retries: 0 } });
            return { id: r.data.id, url: r.data.html_url ?? '' };
        }
        catch (err) {
            if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .mayHaveApplied */ .PH)(err))
                throw err;
            const existing = await this.find((c) => c.external_id === externalId);
            if (existing)
                return existing;
            const r = await this.api.rest.checks.create(params);
            return { id: r.data.id, url: r.data.html_url ?? '' };
        }
    }
    /** The newest check run of this name on the commit that matches, if any. */
    async find(match) {
        const { owner, repo, headSha, name } = this.target;
        const runs = await this.api.paginate(this.api.rest.checks.listForRef, {
            owner,
            repo,
            ref: headSha,
            check_name: name,
            filter: 'latest',
            per_page: 100,
        });
        const hit = runs.filter(match).sort((a, b) => b.id - a.id)[0];
        return hit ? { id: hit.id, url: hit.html_url ?? '' } : undefined;
    }
    /**
     * Completes the run: annotations in batches of 50 (each update appends them), the conclusion
     * with the last batch. A batch whose answer was lost is checked against the run's annotation
     * count before it is sent again, so no annotation is ever duplicated.
     */
    async complete(ref, o) {
        const { owner, repo } = this.target;
        const batches = o.annotations.length ? (0,_annotations_js__WEBPACK_IMPORTED_MODULE_0__/* .chunk */ .iv)(o.annotations, _annotations_js__WEBPACK_IMPORTED_MODULE_0__/* .ANNOTATIONS_PER_REQUEST */ .jg) : [[]];
        let annotated = 0;
        let requests = 0;
        for (const [i, batch] of batches.entries()) {
            const last = i === batches.length - 1;
            const params = {
                owner,
                repo,
                check_run_id: ref.id,
                output: { ...o.output, ...(batch.length ? { annotations: batch } : {}) },
                ...(last
                    ? { status: 'completed', conclusion: o.conclusion, completed_at: new Date().toISOString() }
                    : {}),
                ...(last && o.externalId ? { external_id: o.externalId } : {}),
            };
            requests++;
            try {
                await this.api.rest.checks.update({ ...params, request: { retries: 0 } });
            }
            catch (err) {
                if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .mayHaveApplied */ .PH)(err))
                    throw err;
                const now = await this.api.rest.checks.get({ owner, repo, check_run_id: ref.id });
                const applied = (now.data.output.annotations_count ?? 0) >= annotated + batch.length;
                const done = !last || now.data.status === 'completed';
                if (!(applied && done)) {
                    requests++;
                    // Sent again without the batch if it did land: only the conclusion was missing.
                    await this.api.rest.checks.update(applied ? { ...params, output: o.output } : params);
                }
            }
            annotated += batch.length;
        }
        return { annotated, requests };
    }
}


/***/ }),

/***/ 73116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dx: () => (/* binding */ connectionFailure),
/* harmony export */   PH: () => (/* binding */ mayHaveApplied),
/* harmony export */   Xn: () => (/* binding */ stopsFurtherCalls),
/* harmony export */   bl: () => (/* binding */ classifyApiError),
/* harmony export */   ge: () => (/* binding */ describeApiFailure),
/* harmony export */   yc: () => (/* binding */ GitHubUnreachable)
/* harmony export */ });
/**
 * A connection to GitHub that failed before any answer. Nothing was applied, and trying again
 * within the run only makes the job wait (minutes, with the retries): publishing ends at once.
 */
class GitHubUnreachable extends Error {
    name = 'GitHubUnreachable';
}
const CONNECTION_CODES = new Map([
    ['ECONNREFUSED', 'connection refused'],
    ['ENOTFOUND', 'host not found'],
    ['EAI_AGAIN', 'host name lookup failed'],
    ['ECONNRESET', 'connection reset before an answer'],
    ['UND_ERR_SOCKET', 'connection closed before an answer'],
    ['EHOSTUNREACH', 'host unreachable'],
    ['ENETUNREACH', 'network unreachable'],
]);
const TLS_CODE = /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|ERR_TLS|ERR_SSL/;
/** Each error of a chain of causes (AggregateError members too), the outermost first. */
function* causes(err) {
    const queue = [err];
    for (let seen = 0; queue.length && seen < 16; seen++) {
        const e = queue.shift();
        if (!e || typeof e !== 'object')
            continue;
        yield e;
        queue.push(e.cause);
        const members = e.errors;
        if (Array.isArray(members))
            queue.push(...members);
    }
}
/**
 * What failed, when a request's error is a connection failure: `connection refused (ECONNREFUSED)`.
 * Only for errors raised before any answer arrived (fetch itself rejected).
 */
function connectionFailure(err) {
    for (const e of causes(err)) {
        const code = typeof e.code === 'string' ? e.code : '';
        const what = CONNECTION_CODES.get(code);
        if (what)
            return `${what} (${code})`;
        if (TLS_CODE.test(code))
            return `TLS failed: ${firstLine(String(e.message ?? code), 200)}`;
    }
    return undefined;
}
function unreachableIn(err) {
    for (const e of causes(err))
        if (e instanceof GitHubUnreachable)
            return e;
    return undefined;
}
function firstLine(text, max = 300) {
    const line = text.split('\n')[0].trim();
    return line.length > max ? `${line.slice(0, max - 1)}\u2026` : line;
}
function classifyApiError(err) {
    const unreachable = unreachableIn(err);
    if (unreachable)
        return { kind: 'unreachable', message: firstLine(unreachable.message) };
    const e = (err ?? {});
    const status = typeof e.status === 'number' ? e.status : undefined;
    const data = e.response?.data;
    const message = firstLine(String(data?.message ?? e.message ?? err));
    if (Array.isArray(e.errors)) {
        const first = e.errors[0] ?? {};
        const text = firstLine(first.message ?? message);
        if (first.type === 'FORBIDDEN')
            return { kind: 'forbidden', message: text };
        if (first.type === 'NOT_FOUND')
            return { kind: 'not-found', message: text };
        if (first.type === 'RATE_LIMITED')
            return { kind: 'rate-limited', message: text };
        return { kind: 'rejected', message: text };
    }
    const hasResponse = e.response !== undefined;
    if (!hasResponse || status === undefined || status >= 500) {
        const detail = /timeout|timed out|no answer/i.test(message) ? message : message || 'no answer';
        return { kind: 'unavailable', status: hasResponse ? status : undefined, message: detail };
    }
    if (status === 401)
        return { kind: 'unauthorized', status, message };
    if (status === 429 || (status === 403 && /rate limit/i.test(message))) {
        return { kind: 'rate-limited', status, message };
    }
    // A locked conversation or a blocked user is also a 403, but no token would do better.
    if (status === 403 && !/locked|blocked/i.test(message))
        return { kind: 'forbidden', status, message };
    if (status === 404)
        return { kind: 'not-found', status, message };
    return { kind: 'rejected', status, message };
}
/** `GitHub answered 500: Server Error` / `no answer: \u2026` \u2014 for logs and warnings. */
function describeApiFailure(f) {
    if (f.kind === 'unreachable')
        return `could not reach GitHub: ${f.message}`;
    return f.status ? `GitHub answered ${f.status}: ${f.message}` : `GitHub did not answer: ${f.message}`;
}
/**
 * Whether a failed write may still have been applied (the answer was lost, not refused): a retry
 * must first look whether it was, or it would duplicate annotations or comments.
 */
// Not after a connection failure: whatever it was, no call follows one in this run.
function mayHaveApplied(err) {
    return classifyApiError(err).kind === 'unavailable';
}
/** A failure that stops every later call to the API in this run (an outage, a bad token). */
function stopsFurtherCalls(f) {
    return f.kind === 'unavailable' || f.kind === 'unreachable' || f.kind === 'unauthorized';
}


/***/ }),

/***/ 87347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C4: () => (/* binding */ ownLogin),
/* harmony export */   dh: () => (/* binding */ COMMENT_WHEN),
/* harmony export */   i2: () => (/* binding */ publishStickyComment),
/* harmony export */   p8: () => (/* binding */ COMMENT_MODES),
/* harmony export */   xL: () => (/* binding */ marker)
/* harmony export */ });
/* unused harmony exports ACTIONS_BOT, parseMarker */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73116);

/**
 * One pull request comment per profile, found again by a hidden marker and by its author (the
 * token's own login), updated in place \u2014 or, if asked, the old one minimized or deleted and a
 * new one posted.
 */
const COMMENT_MODES = ['update', 'minimize', 'delete', 'off'];
const COMMENT_WHEN = ['always', 'hold-or-change'];
/** The login of comments written with a GITHUB_TOKEN (an installation token has no user). */
const ACTIONS_BOT = 'github-actions[bot]';
const MARKER = /<!-- promotion-gate:sticky ([^>]*?) -->/;
const attr = (text, name) => new RegExp(`${name}="([^"]*)"`).exec(text)?.[1];
const quote = (v) => v.replace(/["<>\n\r]/g, '_');
function marker(info) {
    const extra = [
        info.verdict ? ` verdict="${quote(info.verdict)}"` : '',
        info.bundle ? ` bundle="${quote(info.bundle)}"` : '',
    ];
    return `<!-- promotion-gate:sticky profile="${quote(info.profile)}"${extra.join('')} -->`;
}
function parseMarker(body) {
    const m = MARKER.exec(body ?? '');
    if (!m)
        return undefined;
    const profile = attr(m[1], 'profile');
    return profile === undefined
        ? undefined
        : { profile, verdict: attr(m[1], 'verdict'), bundle: attr(m[1], 'bundle') };
}
/** The token's own login: a user token names its user; an installation token writes as the Actions bot. */
async function ownLogin(api) {
    try {
        return (await api.rest.users.getAuthenticated()).data.login;
    }
    catch (err) {
        const kind = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyApiError */ .bl)(err).kind;
        if (kind === 'forbidden' || kind === 'unauthorized' || kind === 'not-found')
            return ACTIONS_BOT;
        throw err;
    }
}
async function ours(api, t, author) {
    const found = [];
    // Every page: a busy pull request has hundreds of comments, ours may be on any of them.
    for await (const page of api.paginate.iterator(api.rest.issues.listComments, {
        owner: t.owner,
        repo: t.repo,
        issue_number: t.issue,
        per_page: 100,
    })) {
        for (const c of page.data) {
            if (c.user?.login !== author)
                continue;
            const info = parseMarker(c.body);
            if (info?.profile !== t.profile)
                continue;
            found.push({ id: c.id, node_id: c.node_id, html_url: c.html_url, body: c.body ?? '', info });
        }
    }
    return found.sort((a, b) => a.id - b.id);
}
/** Posts or updates the comment for `verdict`; `body` must already start with `marker(\u2026)`. */
async function publishStickyComment(api, t, body, now, o) {
    const author = o.author ?? (await ownLogin(api));
    const existing = await ours(api, t, author);
    const previous = existing[existing.length - 1];
    const news = now.verdict === 'hold' || (previous !== undefined && previous.info.verdict !== now.verdict);
    const base = { owner: t.owner, repo: t.repo };
    const update = async (c, why) => {
        if (c.body === body)
            return { action: 'unchanged', id: c.id, url: c.html_url, detail: why, retired: 0 };
        const r = await api.rest.issues.updateComment({ ...base, comment_id: c.id, body });
        return { action: 'updated', id: r.data.id, url: r.data.html_url, detail: why, retired: 0 };
    };
    if (o.when === 'hold-or-change' && !news) {
        // Not news: nothing new is posted, but a comment already there is kept current (edits do not notify).
        if (previous)
            return update(previous, `verdict ${now.verdict} unchanged`);
        return {
            action: 'skipped',
            detail: `verdict ${now.verdict}, nothing to report (comment-when: hold-or-change)`,
            retired: 0,
        };
    }
    let retired = 0;
    if (o.mode === 'update' && previous) {
        // Two of ours for one profile (runs that raced): keep the newest, remove the rest.
        for (const extra of existing.slice(0, -1)) {
            await api.rest.issues.deleteComment({ ...base, comment_id: extra.id });
            retired++;
        }
        return { ...(await update(previous, 'updated in place')), retired };
    }
    // The new comment first: if posting fails, the old one is still there.
    const created = await createOnce(api, t, body, author, now.bundle);
    if (o.mode === 'delete') {
        for (const c of existing) {
            await api.rest.issues.deleteComment({ ...base, comment_id: c.id });
            retired++;
        }
    }
    else if (o.mode === 'minimize' && previous) {
        // Earlier ones were minimized by earlier runs; only the newest is still open.
        await api.graphql('mutation($subjectId: ID!, $classifier: ReportedContentClassifiers!) { minimizeComment(input: {subjectId: $subjectId, classifier: $classifier}) { minimizedComment { isMinimized } } }', { subjectId: previous.node_id, classifier: 'OUTDATED' });
        retired++;
    }
    const how = o.mode === 'update'
        ? 'posted'
        : `posted; ${retired} earlier ${o.mode === 'delete' ? 'deleted' : 'minimized'}`;
    return { action: 'created', id: created.id, url: created.url, detail: how, retired };
}
/** Creates the comment; if the answer was lost, looks for it before posting again. */
async function createOnce(api, t, body, author, bundle) {
    const params = { owner: t.owner, repo: t.repo, issue_number: t.issue, body };
    try {
        const r = await api.rest.issues.createComment({ ...params, request: { retries: 0 } });
        return { id: r.data.id, url: r.data.html_url };
    }
    catch (err) {
        if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .mayHaveApplied */ .PH)(err))
            throw err;
        const landed = (await ours(api, t, author)).find((c) => c.body === body && (!bundle || c.info.bundle === bundle));
        if (landed)
            return { id: landed.id, url: landed.html_url };
        const r = await api.rest.issues.createComment(params);
        return { id: r.data.id, url: r.data.html_url };
    }
}


/***/ }),

/***/ 45661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C1: () => (/* binding */ DEPLOYMENT_ID),
/* harmony export */   _c: () => (/* binding */ monitorKey),
/* harmony export */   j$: () => (/* binding */ SeriesStore)
/* harmony export */ });
/* unused harmony export readSeries */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

/** A deployment id names a history journal and an artifact: letters, digits, ".", "_" and "-". */
const DEPLOYMENT_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;
/** Profile names hold no colon, so this key is no profile's; the deployment names the window. */
function monitorKey(environment, deployment) {
    return `monitor:${environment}@${deployment}`;
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const positive = (v) => typeof v === 'number' && Number.isSafeInteger(v) && v > 0;
const isDate = (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v));
function readArmed(v) {
    if (!isDate(v.startedAt) || !positive(v.windowMs) || !positive(v.intervalMs))
        return undefined;
    if (typeof v.deployment !== 'string')
        return undefined;
    return {
        startedAt: v.startedAt,
        windowMs: v.windowMs,
        intervalMs: v.intervalMs,
        deployment: v.deployment,
        ...(typeof v.commit === 'string' ? { commit: v.commit } : {}),
        probes: Array.isArray(v.probes) ? v.probes.filter((p) => typeof p === 'string') : [],
    };
}
const OUTCOMES = ['healthy', 'degraded', 'interrupted', 'error'];
const TAKEN = ['none', 'rollback-ok', 'rollback-failed', 'alerted'];
function readDone(v) {
    if (typeof v.outcome !== 'string' || !OUTCOMES.includes(v.outcome))
        return undefined;
    if (typeof v.actionTaken !== 'string' || !TAKEN.includes(v.actionTaken))
        return undefined;
    if (!isDate(v.finishedAt))
        return undefined;
    return {
        outcome: v.outcome,
        actionTaken: v.actionTaken,
        why: typeof v.why === 'string' ? v.why : '',
        finishedAt: v.finishedAt,
        ...(typeof v.bundleId === 'string' ? { bundleId: v.bundleId } : {}),
    };
}
/** Sorts the journal's records into the window's state; what is not a monitor record is named and skipped. */
function readSeries(runs, problems = []) {
    const state = { rows: [], problems: [...problems] };
    for (const run of runs) {
        const raw = run.monitor;
        const m = isObject(raw) ? raw : {};
        const event = m.event;
        if (event === 'tick')
            state.rows.push(m.row);
        else if (event === 'armed') {
            const armed = readArmed(m);
            if (!armed)
                state.problems.push(`record ${run.runId}: an armed record without its window; skipped`);
            // Two monitors that raced both armed: the earlier window is the one both continue.
            else if (!state.armed || Date.parse(armed.startedAt) < Date.parse(state.armed.startedAt))
                state.armed = armed;
        }
        else if (event === 'done') {
            const done = readDone(m);
            if (done)
                state.done = done;
            else
                state.problems.push(`record ${run.runId}: a done record without an outcome; skipped`);
        }
        else
            state.problems.push(`record ${run.runId} is not a monitor record; skipped`);
    }
    return state;
}
class SeriesStore {
    store;
    key;
    facts;
    redactor;
    constructor(store, key, facts, redactor) {
        this.store = store;
        this.key = key;
        this.facts = facts;
        this.redactor = redactor;
    }
    describe() {
        return this.store.describe();
    }
    async load() {
        try {
            const read = await this.store.list(this.key, { includeInvalid: true });
            return readSeries(read.runs, read.problems);
        }
        catch (err) {
            return {
                rows: [],
                problems: [`cannot read ${this.key} from ${this.describe()}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`],
            };
        }
    }
    /** Each returns the problem when the record could not be written. */
    arm(a) {
        return this.append('armed', a.startedAt, true, { ...a });
    }
    tick(row) {
        return this.append(`tick-${row.tick}`, row.at, row.probes.every((p) => p.ok), { row });
    }
    finish(d) {
        return this.append('done', d.finishedAt, d.outcome === 'healthy', { ...d });
    }
    async append(what, at, ok, payload) {
        const event = what.startsWith('tick-') ? 'tick' : what;
        const record = this.redactor.redactDeep({
            schemaVersion: 1,
            profile: this.key,
            runId: `${this.facts.runId}:${what}`,
            startedAt: at,
            finishedAt: at,
            verdict: ok ? 'promote' : 'hold',
            score: ok ? 5 : 1,
            action: ok ? 'auto-promote' : 'hold',
            level: ok ? 'ga_ready' : 'blocked',
            ...(this.facts.commit ? { sha: this.facts.commit } : {}),
            hotfixChecks: [],
            checks: [],
            kind: 'monitor',
            environment: this.facts.environment,
            outcome: event === 'done' ? String(payload.outcome) : event,
            monitor: { event, ...payload },
        });
        try {
            await this.store.append(record);
            return undefined;
        }
        catch (err) {
            return `cannot record the ${event === 'tick' ? `tick ${what.slice(5)}` : `${event} record`} in ${this.describe()}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`;
        }
    }
}


/***/ })

};
