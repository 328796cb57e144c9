export const id = 2008;
export const ids = [2008];
export const modules = {

/***/ 8968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ fields)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12311);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23128);
/* harmony import */ var _grading_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67309);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47681);
// The settings of a command check, as the config schema reads them; a deploy step's fields are
// the same (config/environments.ts), so they are read without the command's run code.




const fields = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    run: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .shellScript */ .ky.describe('Shell command line (bash)'),
    cwd: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional().describe('Working directory, relative to the repository'),
    env: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()).optional().describe('Extra environment variables'),
    exitCode: zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr(), zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr()).min(1)])
        .default(0)
        .describe('Exit code(s) that count as success'),
    junit: (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .judgedFile */ .ip)(_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .stringList */ .Yn).optional().describe('JUnit XML report path(s) or glob(s) the command writes'),
    allowNoTests: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY()
        .default(false)
        .describe('JUnit reports without any test case pass (default: an error, nothing was tested)'),
    coverage: (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .judgedFile */ .ip)(zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
        file: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        format: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['auto', 'lcov', 'cobertura', 'istanbul']).default('auto'),
        metric: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['lines', 'branches', 'functions', 'statements']).default('lines'),
        min: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().min(0).max(100).describe('Minimum coverage percent'),
    }), 'file').optional(),
    repeat: zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([
        zod__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr().min(2).max(20),
        zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
            times: zod__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr().min(2).max(20),
            compare: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().default('output').describe('"output", or a file path the command writes'),
            ignore: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .regex */ .yG)
                .default([])
                .describe('Regexes removed before comparing (timestamps, durations)'),
        }),
    ])
        .optional()
        .describe('Run N times and fail when the results differ (determinism / replay regression)'),
    grading: _grading_js__WEBPACK_IMPORTED_MODULE_1__/* .gradingSchema */ .cj
        .optional()
        .describe('Score tiers by failed test count (default: 0 \u2192 5, \u22643 \u2192 3, else 2)'),
    maxOutput: zod__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr()
        .min(1024)
        .default(256 * 1024)
        .describe('Bytes of output kept as evidence'),
    allowOutsideWorkspace: _paths_js__WEBPACK_IMPORTED_MODULE_2__/* .allowOutsideWorkspaceField */ .s_,
});


/***/ }),

/***/ 23128:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Du: () => (/* binding */ shellValues),
/* harmony export */   EI: () => (/* binding */ isShellScript),
/* harmony export */   EJ: () => (/* binding */ SHELL_VALUES),
/* harmony export */   KW: () => (/* binding */ age),
/* harmony export */   WW: () => (/* binding */ judgedFieldsOf),
/* harmony export */   XU: () => (/* binding */ statusCodes),
/* harmony export */   YV: () => (/* binding */ durationProblem),
/* harmony export */   Yn: () => (/* binding */ stringList),
/* harmony export */   ip: () => (/* binding */ judgedFile),
/* harmony export */   ky: () => (/* binding */ shellScript),
/* harmony export */   m2: () => (/* binding */ MAX_URL_LENGTH),
/* harmony export */   p0: () => (/* binding */ duration),
/* harmony export */   q3: () => (/* binding */ httpUrl),
/* harmony export */   st: () => (/* binding */ toList),
/* harmony export */   u8: () => (/* binding */ urlOrPath),
/* harmony export */   uH: () => (/* binding */ condition),
/* harmony export */   wR: () => (/* binding */ timeout),
/* harmony export */   xS: () => (/* binding */ hasExpression),
/* harmony export */   yG: () => (/* binding */ regex)
/* harmony export */ });
/* unused harmony export MAX_SCRIPT_LENGTH */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12311);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29396);
/* harmony import */ var _core_conditions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18857);
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98571);



/** Field schemas shared by check types. Values may hold `${{ \u2026 }}` until interpolated. */
/**
 * Whether a string holds a `${{ \u2026 }}` expression. Two index searches rather than a lazy regex,
 * which would scan to the end of the string again for every `${{` in it.
 */
function hasExpression(s) {
    const open = s.indexOf('${{');
    return open >= 0 && s.indexOf('}}', open + 3) >= 0;
}
/** Longest URL a field takes; longer ones are mistakes or attacks on whatever logs them. */
const MAX_URL_LENGTH = 8 * 1024;
/** Longest shell script a field takes (a command line, or a short script). */
const MAX_SCRIPT_LENGTH = 16 * 1024;
const BARE_NUMBER = /^\s*\d+(?:\.\d+)?\s*$/;
/** What is wrong with a duration written in the config, or undefined. */
function durationProblem(v, limit) {
    if (hasExpression(v))
        return undefined;
    if (BARE_NUMBER.test(v))
        return noUnit(v.trim());
    const ms = (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)(v);
    if (ms === undefined)
        return 'expected a duration such as 500ms, 30s, 2m, 26h or 7d';
    if (ms > limit.maxMs)
        return `${v.trim()} is too long: ${limit.maxText}`;
    if (limit.positive && ms <= 0)
        return 'must be more than 0';
    return undefined;
}
function noUnit(n) {
    return `${n} has no unit; write ${n}s (or ${n}ms)`;
}
function durationSchema(limit) {
    // A number gets its own message: YAML reads `timeout: 30` as a number, which used to mean 30 ms.
    return zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP({
        error: (iss) => typeof iss.input === 'number'
            ? Number.isFinite(iss.input) && iss.input >= 0
                ? noUnit(String(iss.input))
                : 'expected a duration with its unit, such as 500ms, 30s, 2m or 26h'
            : undefined,
    })
        .superRefine((v, ctx) => {
        const problem = durationProblem(v, limit);
        if (problem)
            ctx.addIssue({ code: 'custom', message: problem });
    });
}
const TIMER = { maxMs: _core_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_TIMER_MS */ ._o, maxText: 'at most 24h' };
/** A time a timer waits (timeouts, backoffs, latency budgets): a unit, and at most 24h. */
const duration = durationSchema(TIMER).describe('A duration with its unit: 500ms, 30s, 2m or 26h (at most 24h)');
/** A timeout: like `duration`, and more than 0. */
const timeout = durationSchema({ ...TIMER, positive: true }).describe('A duration with its unit: 500ms, 30s, 2m or 26h (more than 0, at most 24h)');
/** An age or a window (how old evidence or data may be): a unit, and at most ten years. */
const age = durationSchema({ maxMs: _core_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_AGE_MS */ .ON, maxText: 'at most 3650d (ten years)' }).describe('A duration with its unit: 30m, 26h or 7d (at most 3650d)');
const condition = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .superRefine((s, ctx) => {
    if (hasExpression(s))
        return;
    try {
        (0,_core_conditions_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCondition */ .zB)(s);
    }
    catch (err) {
        ctx.addIssue({ code: 'custom', message: err.message });
    }
})
    .describe('A condition: `<path> <op> <value>`, e.g. `status == "ok"`, `tables.permits > 0`, `error not exists`');
const regex = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().superRefine((s, ctx) => {
    if (hasExpression(s))
        return;
    try {
        new RegExp(s);
    }
    catch (err) {
        ctx.addIssue({ code: 'custom', message: `not a valid regular expression: ${err.message}` });
    }
});
const httpUrl = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().superRefine((s, ctx) => {
    if (s.length > MAX_URL_LENGTH) {
        ctx.addIssue({
            code: 'custom',
            message: `a URL of ${s.length} characters is too long: at most ${MAX_URL_LENGTH}`,
        });
        return;
    }
    if (hasExpression(s))
        return;
    let u;
    try {
        u = new URL(s);
    }
    catch {
        ctx.addIssue({ code: 'custom', message: `expected an absolute http(s) URL, got "${s}"` });
        return;
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') {
        ctx.addIssue({ code: 'custom', message: `expected an http or https URL, got protocol "${u.protocol}"` });
    }
});
/**
 * An absolute http(s) URL, or a path resolved against a base. Text that names another scheme
 * (`ftp:`, a misspelt `htps:`) is neither, and would only fail when the check runs.
 */
const urlOrPath = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .min(1)
    .superRefine((s, ctx) => {
    if (hasExpression(s))
        return;
    const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(s)?.[1];
    if (scheme === undefined || /^https?$/i.test(scheme))
        return;
    // `localhost:8080/x` reads as a scheme too: say what is expected either way.
    ctx.addIssue({
        code: 'custom',
        message: `expected an http(s) URL or a path, got "${s.length > 80 ? `${s.slice(0, 77)}...` : s}" (scheme "${scheme}:")`,
    });
});
/**
 * Fields that bash runs. The planner never pastes a value into them: each `${{ \u2026 }}` becomes a
 * reference to an environment variable, and the values travel beside the spec (SHELL_VALUES).
 */
const shellScripts = zod__WEBPACK_IMPORTED_MODULE_3__/* .registry */ .u5();
const shellScript = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).max(MAX_SCRIPT_LENGTH).register(shellScripts, { shell: true });
/** Whether a field schema (optional, defaulted or described) is a `shellScript`. */
function isShellScript(schema) {
    let s = schema;
    for (let depth = 0; s && depth < 8; depth++) {
        if (shellScripts.get(s)?.shell)
            return true;
        s = s._zod.def.innerType;
    }
    return false;
}
/**
 * Where a planned spec keeps the values of its shell fields' expressions: environment variable
 * name \u2192 value. A symbol, so it is no config key, and never written out with the spec.
 */
const SHELL_VALUES = Symbol('promotion-gate shell values');
/** The environment a check adds to the process that runs its shell field. */
function shellValues(spec) {
    return spec[SHELL_VALUES] ?? {};
}
const stringList = zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()).min(1)]);
/**
 * Fields that name files a check reads as what it judges (a report, results, a number), not files
 * it runs: the integrity check guards them, for a pull request that commits its own copy of one
 * would be judged by it. `key`: the field holds an object, whose `key` names the file.
 */
const readFiles = zod__WEBPACK_IMPORTED_MODULE_3__/* .registry */ .u5();
/**
 * A field schema naming a file (or globs) a check judges: see readFiles. A copy is marked, so a
 * shared schema (`stringList`) marks no other field.
 */
function judgedFile(schema, key) {
    const own = schema.clone();
    readFiles.add(own, key === undefined ? { judged: true } : { judged: true, key });
    return own;
}
const judgedOfType = new WeakMap();
/**
 * The top-level fields of a check type that name files it judges (see judgedFile), with the key
 * inside an object field; looked through once per type.
 */
function judgedFieldsOf(type) {
    if (!type)
        return [];
    let known = judgedOfType.get(type);
    if (!known) {
        known = judgedFileFields(type.fields.shape);
        judgedOfType.set(type, known);
    }
    return known;
}
function judgedFileFields(shape) {
    const out = [];
    for (const [field, schema] of Object.entries(shape)) {
        let s = schema;
        for (let depth = 0; s && depth < 8; depth++) {
            const meta = readFiles.get(s);
            if (meta) {
                out.push(meta.key === undefined ? { field } : { field, key: meta.key });
                break;
            }
            s = s._zod.def.innerType;
        }
    }
    return out;
}
const toList = (v) => v === undefined ? [] : Array.isArray(v) ? v : [v];
const statusCodes = zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().min(100).max(599), zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().min(100).max(599)).min(1)]);


/***/ }),

/***/ 67309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J6: () => (/* binding */ TESTS_GRADING),
/* harmony export */   WW: () => (/* binding */ PAGES_GRADING),
/* harmony export */   cj: () => (/* binding */ gradingSchema),
/* harmony export */   on: () => (/* binding */ grade)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12311);

/** Score tiers for checks made of many parts (pages, tests): the first tier that fits gives the score. */
const gradingSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    maxFailures: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().min(0).optional().describe('At most this many parts failed'),
    minPassRatio: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0).max(1).optional().describe('At least this share of parts passed'),
    score: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().min(1).max(5),
}))
    .min(1)
    .describe('Score tiers, first match wins, e.g. [{maxFailures: 0, score: 5}, {maxFailures: 1, score: 4}, {score: 1}]');
/** Page rule: all \u2192 5, all but one \u2192 4, at least half \u2192 3, else 1. */
const PAGES_GRADING = [
    { maxFailures: 0, score: 5 },
    { maxFailures: 1, score: 4 },
    { minPassRatio: 0.5, score: 3 },
    { score: 1 },
];
/** Test rule: green \u2192 5, up to 3 failures \u2192 3, more \u2192 2. */
const TESTS_GRADING = [
    { maxFailures: 0, score: 5 },
    { maxFailures: 3, score: 3 },
    { score: 2 },
];
/** When every part failed, the last (lowest) tier applies: one page of one down is not "all but one". */
function grade(grading, failed, total) {
    if (total > 0 && failed >= total)
        return grading[grading.length - 1].score;
    const passRatio = total === 0 ? 1 : (total - failed) / total;
    for (const tier of grading) {
        if (tier.maxFailures !== undefined && failed > tier.maxFailures)
            continue;
        if (tier.minPassRatio !== undefined && passRatio < tier.minPassRatio)
            continue;
        return tier.score;
    }
    return 1;
}


/***/ }),

/***/ 47681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Tf: () => (/* binding */ WorkspacePathError),
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   aR: () => (/* binding */ Workspace),
/* harmony export */   sL: () => (/* binding */ readWorkspaceFile),
/* harmony export */   s_: () => (/* binding */ allowOutsideWorkspaceField)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12311);




/**
 * Every path a check reads is confined to the workspace (the repository the gate runs in), after
 * symbolic links are resolved: what a check reads can end up in the bundle, a downloadable
 * artifact, so `/etc/shadow`, `../../secrets` or a committed link to either must not be read.
 */
const allowOutsideWorkspaceField = zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY()
    .default(false)
    .describe('Read paths outside the repository (after resolving symbolic links); the report names each one. Default: such a path makes the check an error');
/** A path that leaves the workspace, or could not be resolved; the check ends `error` with it. */
class WorkspacePathError extends Error {
    constructor(message) {
        super(message);
        this.name = 'WorkspacePathError';
    }
}
/** Links followed for one path before it counts as a loop (Linux gives up after 40 too). */
const MAX_LINKS = 40;
const missing = (err) => ['ENOENT', 'ENOTDIR'].includes(err.code ?? '');
/**
 * The real location of `abs`: symbolic links of the target and of every existing parent are
 * followed (a dangling link too); a tail that does not exist yet is kept as written.
 */
async function resolveReal(abs, links = 0) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(abs);
    }
    catch (err) {
        if (!missing(err))
            throw err;
    }
    const parent = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(abs);
    if (parent === abs)
        return abs;
    const realParent = await resolveReal(parent, links);
    const candidate = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(realParent, node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(abs));
    let target;
    try {
        target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readlink)(candidate);
    }
    catch {
        return candidate; // not there, or not a link
    }
    if (links >= MAX_LINKS)
        throw Object.assign(new Error(`too many levels of symbolic links at ${abs}`), { code: 'ELOOP' });
    return resolveReal(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(realParent, target), links + 1);
}
function isInside(root, p) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, p);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)}`) && !node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(rel));
}
/** A `..` that a glob could expand to a path segment, e.g. `../x/*` or `{..,x}/*`. */
const PARENT_SEGMENT = /(^|[/\\{,])\.\.([/\\},]|$)/;
/**
 * Resolves the paths one check reads against the workspace. Paths outside it are an error unless
 * the check allows them; those it allows are remembered so the report can name them.
 */
class Workspace {
    root;
    allowOutside;
    rootReal;
    seen = new Map();
    constructor(root, allowOutside) {
        this.root = root;
        this.allowOutside = allowOutside;
    }
    realRoot() {
        this.rootReal ??= (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(this.root);
        return this.rootReal;
    }
    /**
     * Where `name` (relative to `base`, by default the workspace) really is. `what` names it in
     * messages: "evidence file", "coverage report"\u2026.
     */
    async resolve(what, name, base = this.root) {
        const root = await this.realRoot();
        let real;
        try {
            real = await resolveReal(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(base, name));
        }
        catch (err) {
            const code = err.code;
            throw new WorkspacePathError(code === 'ELOOP'
                ? `${what} ${name}: too many levels of symbolic links (a link loop?)`
                : `${what} ${name}: cannot resolve it: ${err.message}`);
        }
        const found = { name, real, outside: !isInside(root, real) };
        if (found.outside) {
            if (!this.allowOutside)
                throw new WorkspacePathError(`${what} ${name} is outside the workspace (it resolves to ${real}); set allowOutsideWorkspace: true on the check to read it`);
            if (!this.seen.has(real))
                this.seen.set(real, { what, path: found });
        }
        return found;
    }
    /**
     * Files (or directories) matching glob patterns under `base`, each resolved like `resolve`.
     * A pattern whose fixed part leaves the workspace is refused before anything is listed.
     */
    async glob(what, patterns, opts = {}) {
        const base = opts.base ?? this.root;
        const [{ default: picomatch }, { glob }] = await globbing();
        for (const pattern of patterns) {
            const scan = picomatch.scan(pattern);
            await this.resolve(what, scan.base || '.', base);
            if (!this.allowOutside && PARENT_SEGMENT.test(scan.glob))
                throw new WorkspacePathError(`${what} ${pattern} may reach outside the workspace (..); set allowOutsideWorkspace: true on the check to allow it`);
        }
        const found = await glob([...patterns], {
            cwd: base,
            dot: true,
            onlyFiles: opts.onlyFiles ?? true,
            ignore: opts.ignore ?? [],
        });
        const out = [];
        for (const match of found.sort())
            out.push(await this.resolve(what, match, base));
        return out;
    }
    /** Every path read outside the workspace, for the report. */
    findings() {
        return [...this.seen.values()].map(({ what, path: p }) => ({
            level: 'warning',
            message: `${what} ${p.name} is outside the workspace (${p.real}); read because allowOutsideWorkspace is set`,
        }));
    }
}
/**
 * The glob readers, loaded when a check first lists files: a validate, or a gate of live probes,
 * lists none.
 */
function globbing() {
    return Promise.all([__webpack_require__.e(/* import() */ 4006).then(__webpack_require__.t.bind(__webpack_require__, 14006, 23)), Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(3382)]).then(__webpack_require__.bind(__webpack_require__, 73382))]);
}
/**
 * Reads a regular file, at most `maxBytes` of it: a FIFO or a device is refused, never opened
 * for a blocking read that could wait forever.
 */
async function readRegularFile(file, maxBytes) {
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0));
    try {
        const info = await fh.stat();
        if (!info.isFile())
            throw new Error(`${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(file)} is not a regular file`);
        if (info.size > maxBytes)
            throw new Error(`${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(file)} is ${info.size} bytes, more than the ${maxBytes} read`);
        // Read into one buffer of the size the file has: a report of hundreds of megabytes is held
        // once, not once in pieces and again joined (and it can move to a thread whole). A file that
        // turns out longer than it said (one still being written, a file of /proc) is read on in pieces.
        const whole = Buffer.alloc(info.size);
        let total = 0;
        while (total < whole.length) {
            const { bytesRead } = await fh.read(whole, total, whole.length - total, null);
            if (bytesRead === 0)
                return whole.subarray(0, total);
            total += bytesRead;
        }
        const chunks = [whole];
        for (;;) {
            const buf = Buffer.alloc(Math.min(1 << 20, maxBytes + 1 - total));
            const { bytesRead } = await fh.read(buf, 0, buf.length, null);
            if (bytesRead === 0)
                break;
            chunks.push(buf.subarray(0, bytesRead));
            total += bytesRead;
            if (total > maxBytes)
                throw new Error(`${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(file)} grew past the ${maxBytes} bytes read`);
        }
        return chunks.length === 1 ? whole : Buffer.concat(chunks);
    }
    finally {
        await fh.close();
    }
}
/**
 * Reads a file the config names that belongs to the repository (results, baselines): it must
 * resolve inside the workspace, with no opt-out, and be a regular file of bounded size.
 */
async function readWorkspaceFile(root, what, name, maxBytes) {
    const where = await new Workspace(root, false).resolve(what, name);
    try {
        return await readRegularFile(where.real, maxBytes);
    }
    catch (err) {
        const code = err.code;
        throw new Error(`${what} ${name}: ${code === 'ENOENT' ? 'file not found' : err.message}`);
    }
}


/***/ }),

/***/ 56538:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bt: () => (/* binding */ checkType),
/* harmony export */   pO: () => (/* binding */ allCheckTypes),
/* harmony export */   wV: () => (/* binding */ loadCheckTypes),
/* harmony export */   x9: () => (/* binding */ CHECK_TYPE_NAMES)
/* harmony export */ });
/* unused harmony exports isCheckTypeName, loadedCheckTypeNames */
/** A type with what it mostly uses, unless it says so itself. */
function uses(type, load) {
    return type.load ? type : { ...type, load };
}
/** A benchmark or trend runs its command when it has one, else it reads a file. */
const runOrRead = (spec) => (spec.run !== undefined ? 'process' : 'cpu');
/**
 * Every check type, one line each, with what it mostly uses (which sets how many run at once).
 * A type's module \u2014 its schema and its code \u2014 is loaded when a config names the type
 * (`loadCheckTypes`): a gate of live probes never builds the secret rules or the schema of a
 * migration check, and that is most of what a start-up would evaluate. The config schema is built
 * from this table, one type at a time.
 */
const LOADERS = {
    files: async () => uses((await __webpack_require__.e(/* import() */ 5190).then(__webpack_require__.bind(__webpack_require__, 65190))).filesCheck, 'cpu'),
    env: async () => uses((await __webpack_require__.e(/* import() */ 7398).then(__webpack_require__.bind(__webpack_require__, 77398))).envCheck, 'cpu'),
    git: async () => uses((await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(7233)]).then(__webpack_require__.bind(__webpack_require__, 97233))).gitCheck, 'process'),
    command: async () => uses((await __webpack_require__.e(/* import() */ 7166).then(__webpack_require__.bind(__webpack_require__, 47166))).commandCheck, 'process'),
    http: async () => uses((await Promise.all(/* import() */[__webpack_require__.e(9691), __webpack_require__.e(7393)]).then(__webpack_require__.bind(__webpack_require__, 87393))).httpCheck, 'network'),
    auth: async () => uses((await Promise.all(/* import() */[__webpack_require__.e(9691), __webpack_require__.e(8728)]).then(__webpack_require__.bind(__webpack_require__, 88728))).authCheck, 'network'),
    performance: async () => uses((await Promise.all(/* import() */[__webpack_require__.e(9691), __webpack_require__.e(1522)]).then(__webpack_require__.bind(__webpack_require__, 41522))).performanceCheck, 'network'),
    freshness: async () => uses((await Promise.all(/* import() */[__webpack_require__.e(9691), __webpack_require__.e(3551)]).then(__webpack_require__.bind(__webpack_require__, 63551))).freshnessCheck, (spec) => spec.url !== undefined ? 'network' : 'cpu'),
    evidence: async () => uses((await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(6202)]).then(__webpack_require__.bind(__webpack_require__, 96202))).evidenceCheck, 'cpu'),
    benchmark: async () => uses((await __webpack_require__.e(/* import() */ 4351).then(__webpack_require__.bind(__webpack_require__, 94351))).benchmarkCheck, runOrRead),
    trend: async () => uses((await __webpack_require__.e(/* import() */ 716).then(__webpack_require__.bind(__webpack_require__, 10716))).trendCheck, runOrRead),
    secrets: async () => uses((await Promise.all(/* import() */[__webpack_require__.e(2123), __webpack_require__.e(277), __webpack_require__.e(5271)]).then(__webpack_require__.bind(__webpack_require__, 85271))).secretsCheck, 'process'),
    dependencies: async () => uses((await __webpack_require__.e(/* import() */ 1654).then(__webpack_require__.bind(__webpack_require__, 9273))).dependenciesCheck, 'process'),
    migrations: async () => uses((await __webpack_require__.e(/* import() */ 5762).then(__webpack_require__.bind(__webpack_require__, 65762))).migrationsCheck, 'process'),
    routes: async () => uses((await __webpack_require__.e(/* import() */ 3712).then(__webpack_require__.bind(__webpack_require__, 53712))).routesCheck, 'process'),
    // Pull request reviews and run approvals on GitHub; its git reads are a few small ones.
    integrity: async () => uses((await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(277), __webpack_require__.e(9557)]).then(__webpack_require__.bind(__webpack_require__, 59557))).integrityCheck, 'network'),
};
/** Every check type's name, in the table's order. */
const CHECK_TYPE_NAMES = Object.keys(LOADERS);
const loaded = new Map();
const loading = new Map();
function isCheckTypeName(name) {
    return typeof name === 'string' && Object.hasOwn(LOADERS, name);
}
/**
 * Loads the check types named (every type when none are given); names that are no type are left
 * for validation to report. Whatever reads a config calls this first with the types it names.
 */
async function loadCheckTypes(names = CHECK_TYPE_NAMES) {
    const waits = [];
    for (const name of new Set(names)) {
        if (!isCheckTypeName(name) || loaded.has(name))
            continue;
        let wait = loading.get(name);
        if (!wait) {
            wait = LOADERS[name]().then((type) => {
                loaded.set(name, type);
            });
            // A failed load may be tried again.
            wait.catch(() => loading.delete(name));
            loading.set(name, wait);
        }
        waits.push(wait);
    }
    await Promise.all(waits);
}
/**
 * The check type of that name; undefined when there is no such type. A type that exists but was
 * not loaded is a mistake of ours, never a check that silently does not validate or run.
 */
function checkType(name) {
    if (!isCheckTypeName(name))
        return undefined;
    const type = loaded.get(name);
    if (!type)
        throw new Error(`check type "${name}" was used before it was loaded (loadCheckTypes)`);
    return type;
}
/** Every check type, in the table's order: after `loadCheckTypes()`. */
function allCheckTypes() {
    return CHECK_TYPE_NAMES.map((name) => checkType(name));
}
/** The check types loaded so far (what a start-up evaluated). */
function loadedCheckTypeNames() {
    return CHECK_TYPE_NAMES.filter((name) => loaded.has(name));
}


/***/ }),

/***/ 51390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KY: () => (/* binding */ STEP_NAMES),
/* harmony export */   PL: () => (/* binding */ DEFAULT_STEP_TIMEOUT),
/* harmony export */   QN: () => (/* binding */ LIVE_PROBE_TYPES),
/* harmony export */   Wc: () => (/* binding */ MONITOR_DEFAULTS),
/* harmony export */   Zq: () => (/* binding */ isProductionName),
/* harmony export */   fH: () => (/* binding */ MAX_STEP_TIMEOUT_MS),
/* harmony export */   me: () => (/* binding */ environmentsSchema),
/* harmony export */   p7: () => (/* binding */ environmentOf)
/* harmony export */ });
/* unused harmony exports ENVIRONMENT_NAME, stepSchema, MONITOR_REACTIONS, degradedWhenSchema, monitorSchema, environmentSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12311);
/* harmony import */ var _checks_command_spec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8968);
/* harmony import */ var _checks_fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23128);
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98571);




/**
 * `environments:` \u2014 how each environment is deployed, verified, rolled back and watched after a
 * deploy (`monitor:`). This file holds the schema only (config/schema.ts includes it); the cross-references are checked in
 * environmentIssues.ts, and a deploy is planned in src/deploy/plan.ts.
 */
/** The same safe pattern as check ids: a name becomes a file name, a history key and an env value. */
const ENVIRONMENT_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const STEP_NAMES = ['snapshot', 'deploy', 'rollback'];
/** As the config would write it: it goes through the same planner as a check's timeout. */
const DEFAULT_STEP_TIMEOUT = '10m';
/** A step may not outlive the longest GitHub-hosted job. */
const MAX_STEP_TIMEOUT_MS = 6 * 3_600_000;
const command = _checks_command_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .fields */ .O.shape;
const stepTimeout = _checks_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .timeout */ .wR.refine((v) => {
    if ((0,_checks_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .hasExpression */ .xS)(v))
        return true;
    const ms = (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)(v);
    return ms === undefined || ms <= MAX_STEP_TIMEOUT_MS;
}, { message: 'a step may take at most 6h' });
/**
 * One step is a command run like the `command` check: the same fields, interpolated by the same
 * planner, so `${{ }}` in `run` gets whatever treatment shell fields of checks get.
 */
const stepSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    run: command.run,
    cwd: command.cwd,
    env: command.env,
    timeout: stepTimeout.optional().describe('Time the step may take (default 10m, at most 6h)'),
    maxOutput: command.maxOutput,
})
    .describe('A command (bash) run in the workspace; it gets PROMOTION_GATE_ENVIRONMENT, _SHA, _URL, _STEP and PROMOTION_GATE_INPUT_<NAME> as environment variables');
/** What the monitor does when the environment degrades; `protect: true` makes any of them `alert`. */
const MONITOR_REACTIONS = ['rollback', 'alert', 'none'];
/** Check types that ask a live service over HTTP: what a probe may be. */
const LIVE_PROBE_TYPES = ['http', 'auth', 'performance', 'freshness'];
/** As the config would write them: they go through the same parsing as flags do. */
const MONITOR_DEFAULTS = {
    window: '15m',
    interval: '30s',
    consecutiveFailures: 3,
    errorRatio: 0.05,
    minRequests: 20,
    reaction: 'alert',
};
const degradedWhenSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    consecutiveFailures: zod__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr()
        .min(1)
        .max(10_000)
        .optional()
        .describe('Degraded when one probe fails this many ticks in a row (default 3)'),
    errorRatio: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig({ error: 'errorRatio is a share of answers, a number from 0 to 1 (0.05 is 5%)' })
        .superRefine((v, ctx) => {
        if (v < 0 || v > 1)
            ctx.addIssue({
                code: 'custom',
                message: `errorRatio is a share of answers: from 0 to 1 (0.05 is 5%), got ${v}`,
            });
    })
        // The bounds for editors; the check above words the message.
        .meta({ minimum: 0, maximum: 1 })
        .optional()
        .describe('Degraded when the share of 5xx or unreachable answers over the window so far is above this (default 0.05)'),
    minRequests: zod__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr()
        .min(0)
        .max(100_000_000)
        .optional()
        .describe('errorRatio and latencyP95 are judged once the window made this many requests (default 20)'),
    latencyP95: _checks_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .timeout */ .wR
        .optional()
        .describe('Degraded when the 95th percentile latency of the window so far is above this (optional)'),
})
    .describe('When the environment counts as degraded; the first rule met decides');
const monitorSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    window: _checks_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .timeout */ .wR.optional().describe('How long to watch after the deploy (default 15m, at most 24h)'),
    interval: _checks_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .timeout */ .wR.optional().describe('Time between two rounds of probes (default 30s)'),
    probes: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1))
        .min(1)
        .describe('Ids of live checks (http, auth, performance, freshness) run each tick'),
    degradedWhen: degradedWhenSchema.optional(),
    reaction: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(MONITOR_REACTIONS)
        .optional()
        .describe('On degraded: rollback (the rollback step, then verify), alert (an incident issue and the notify: webhooks) or none (recorded only); default alert. protect: true always alerts'),
});
const environmentSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    description: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    url: _checks_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .httpUrl */ .q3
        .optional()
        .describe('URL of the environment: shown on the GitHub deployment, given to steps as PROMOTION_GATE_URL'),
    snapshot: stepSchema
        .optional()
        .describe('Runs first (database backup, image tags); when it fails nothing is deployed'),
    deploy: stepSchema
        .optional()
        .describe('Deploys the commit (required unless the environment is only monitored: see monitor)'),
    verify: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1).describe('Profile run after the deploy, and again after a rollback'),
    rollback: stepSchema.optional().describe('Restores what ran before the deploy'),
    rollbackOnFailure: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY()
        .optional()
        .describe('Roll back when the deploy or its verify fails (default false; --rollback-on-failure and --no-rollback decide per run)'),
    protect: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY()
        .optional()
        .describe('Never roll back automatically: a failure raises an alert and a person decides (default false)'),
    production: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY()
        .optional()
        .describe('Shown to GitHub as a production environment (default: true for names prod and production)'),
    monitor: monitorSchema
        .optional()
        .describe('The post-deploy monitoring window (command monitor): probes, when it is degraded, the reaction'),
});
const environmentsSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(ENVIRONMENT_NAME), environmentSchema, {
    error: (iss) => iss.code === 'invalid_key'
        ? `environment name "${String(iss.input)}" may use only letters, digits, ".", "_" and "-" (and start with a letter or digit)`
        : undefined,
})
    .describe('How each environment is deployed, verified, rolled back and watched (commands deploy, drill and monitor)');
/** The environment of that name, looked up as data: `constructor` is no environment. */
function environmentOf(envs, name) {
    return envs && Object.hasOwn(envs, name) ? envs[name] : undefined;
}
/** Whether GitHub should show it as production when the config does not say. */
function isProductionName(name) {
    return /^prod(uction)?$/i.test(name);
}


/***/ }),

/***/ 72757:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $y: () => (/* binding */ parseExpressions),
/* harmony export */   P$: () => (/* binding */ strings),
/* harmony export */   aY: () => (/* binding */ Interpolator),
/* harmony export */   jG: () => (/* binding */ expressionIssues)
/* harmony export */ });
/* unused harmony export MAX_INTERPOLATED_LENGTH */
/* harmony import */ var _own_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94842);

/**
 * `${{ vars.X }}`, `${{ env.X }}`, `${{ inputs.X }}`, each with an optional fallback:
 * `${{ env.STAGING_URL || 'http://127.0.0.1:5001' }}`. The result is always a string.
 */
const BODY = /^([A-Za-z]+)\.([A-Za-z_][\w-]*)(?:\s*\|\|\s*(?:'([^']*)'|"([^"]*)"))?$/;
const NAMESPACES = ['vars', 'env', 'inputs'];
/** Longest string interpolation may make: vars that use each other could otherwise double it each time. */
const MAX_INTERPOLATED_LENGTH = 64 * 1024;
/**
 * Each `${{ \u2026 }}` of a string, found with index searches: once a `${{` has no `}}` after it, no
 * later one has either, so this is linear however the string is made.
 */
function* spans(text) {
    let from = 0;
    for (;;) {
        const open = text.indexOf('${{', from);
        if (open < 0)
            return;
        const close = text.indexOf('}}', open + 3);
        if (close < 0)
            return;
        yield { start: open, end: close + 2, body: text.slice(open + 3, close).trim() };
        from = close + 2;
    }
}
function parseExpressions(text) {
    const refs = [];
    const errors = [];
    for (const { start, end, body: inner } of spans(text)) {
        const whole = text.slice(start, end);
        const body = BODY.exec(inner);
        if (!body) {
            errors.push(`cannot read expression "${clip(whole)}": expected \${{ vars.NAME }}, \${{ env.NAME }} or \${{ inputs.NAME }}, optionally followed by || 'default'`);
            continue;
        }
        const ns = body[1];
        if (!NAMESPACES.includes(ns)) {
            errors.push(`unknown namespace "${body[1]}" in "${clip(whole)}": use vars, env or inputs`);
            continue;
        }
        refs.push({ text: whole, ns, name: body[2], fallback: body[3] ?? body[4], start, end });
    }
    return { refs, errors };
}
function clip(s) {
    return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
/** Walks every string of a value, yielding its key path. */
function* strings(value, path = []) {
    if (typeof value === 'string')
        yield { path, text: value };
    else if (Array.isArray(value))
        for (let i = 0; i < value.length; i++)
            yield* strings(value[i], [...path, i]);
    else if (value && typeof value === 'object' && !(value instanceof Date))
        for (const [k, v] of Object.entries(value))
            yield* strings(v, [...path, k]);
}
/** Syntax and `vars.X` references, checked without any inputs (for `validate`). */
function expressionIssues(root, varNames, base = []) {
    const known = new Set(varNames);
    const issues = [];
    for (const { path, text } of strings(root, base)) {
        if (!text.includes('${{'))
            continue;
        const { refs, errors } = parseExpressions(text);
        for (const e of errors)
            issues.push({ path, message: e });
        for (const r of refs) {
            if (r.ns === 'vars' && !known.has(r.name)) {
                issues.push({
                    path,
                    message: `${r.text} refers to an undefined var "${r.name}" (vars: ${varNames.slice(0, 20).join(', ') || 'none'}${varNames.length > 20 ? ', \u2026' : ''})`,
                });
            }
        }
    }
    return issues;
}
class Interpolator {
    vars;
    env;
    inputs;
    /** Values that came from the environment: secrets unless proven otherwise, redacted everywhere. */
    envValues = new Set();
    /** Each var once: its value, or the problems that left it without one. */
    resolvedVars = new Map();
    constructor(vars, env, inputs) {
        this.vars = vars;
        this.env = env;
        this.inputs = inputs;
    }
    /** Returns the value with every expression replaced, and the problems found (unset inputs\u2026). */
    interpolate(value, path) {
        const issues = [];
        const out = this.walk(value, path, issues);
        return { value: out, issues };
    }
    /** The value one expression stands for; undefined (with the reason in `issues`) when it has none. */
    valueOf(r, path, issues) {
        return this.lookup(r, path, issues, []);
    }
    walk(value, path, issues) {
        if (typeof value === 'string')
            return this.replace(value, path, issues, []);
        if (Array.isArray(value))
            return value.map((v, i) => this.walk(v, [...path, i], issues));
        if (value && typeof value === 'object' && !(value instanceof Date))
            return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.walk(v, [...path, k], issues)]));
        return value;
    }
    replace(text, path, issues, stack) {
        if (!text.includes('${{'))
            return text;
        const { refs, errors } = parseExpressions(text);
        for (const e of errors)
            issues.push({ path, message: e });
        // Built left to right from the original: a value is never searched for expressions again.
        let out = '';
        let at = 0;
        for (const r of refs) {
            const v = this.lookup(r, path, issues, stack);
            out += text.slice(at, r.start) + (v ?? r.text);
            at = r.end;
            if (out.length > MAX_INTERPOLATED_LENGTH)
                break;
        }
        out += text.slice(at);
        if (out.length > MAX_INTERPOLATED_LENGTH) {
            issues.push({
                path,
                message: `the value grows past ${MAX_INTERPOLATED_LENGTH.toLocaleString('en-US')} characters when interpolated`,
            });
            return text;
        }
        return out;
    }
    lookup(r, path, issues, stack) {
        const orFallback = (v, missing) => {
            if (v !== undefined && v !== '')
                return v;
            if (r.fallback !== undefined)
                return r.fallback;
            issues.push({ path, message: missing });
            return undefined;
        };
        if (r.ns === 'inputs') {
            return orFallback((0,_own_js__WEBPACK_IMPORTED_MODULE_0__/* .own */ .Z)(this.inputs, r.name), `${r.text} has no value: pass --input ${r.name}=VALUE (in the action: inputs: "${r.name}=VALUE")`);
        }
        if (r.ns === 'env') {
            const v = (0,_own_js__WEBPACK_IMPORTED_MODULE_0__/* .own */ .Z)(this.env, r.name);
            if (typeof v === 'string' && v !== '')
                this.envValues.add(v);
            return orFallback(typeof v === 'string' ? v : undefined, `${r.text} has no value: the environment variable ${r.name} is not set`);
        }
        if (stack.includes(r.name)) {
            issues.push({
                path,
                message: `vars refer to each other in a cycle: ${[...stack, r.name].join(' \u2192 ')}`,
            });
            return undefined;
        }
        if (!Object.hasOwn(this.vars, r.name)) {
            issues.push({ path, message: `${r.text} refers to an undefined var "${r.name}"` });
            return undefined;
        }
        const cached = this.resolvedVars.get(r.name);
        if (typeof cached === 'string')
            return cached;
        if (cached !== undefined) {
            // Reported where the var is defined; said again so that this use is known to have no value.
            issues.push(...cached);
            return undefined;
        }
        // Each var is worked out once, failures included: vars that use each other many times
        // would otherwise be worked out again for every use.
        const found = [];
        const v = this.replace(String(this.vars[r.name]), ['vars', r.name], found, [...stack, r.name]);
        issues.push(...found);
        this.resolvedVars.set(r.name, found.length > 0 ? found : v);
        return found.length > 0 ? undefined : v;
    }
}


/***/ }),

/***/ 11012:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ IssueList),
/* harmony export */   u: () => (/* binding */ MAX_ISSUES)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

/** Problems shown at most; a hostile file can make thousands, and each costs a lookup. */
const MAX_ISSUES = 100;
/** The problems found in a config, each at its place; thrown as one ConfigError. */
class IssueList {
    source;
    onIssue;
    items = [];
    seen = new Set();
    more = 0;
    /** `onIssue`: called before any problem is taken (it may throw, to stop whoever is looking). */
    constructor(source, onIssue) {
        this.source = source;
        this.onIssue = onIssue;
    }
    /** `message` may be a function, so that costly messages (suggestions) are made only when shown. */
    add(path, message, keyOnly = false) {
        this.onIssue?.();
        if (this.items.length >= MAX_ISSUES) {
            this.more++;
            return;
        }
        const text = typeof message === 'function' ? message() : message;
        const key = `${path.join('\0')}\n${text}`;
        if (this.seen.has(key))
            return;
        this.seen.add(key);
        const pos = this.source.locate(path, keyOnly);
        this.items.push({
            file: this.source.file,
            line: pos?.line,
            column: pos?.column,
            path: path.join('.'),
            message: text,
        });
    }
    throwIfAny() {
        if (this.items.length === 0)
            return;
        const more = this.more > 0 ? [{ file: this.source.file, message: `\u2026 and ${this.more} more problem(s)` }] : [];
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL([...this.items, ...more]);
    }
}


/***/ }),

/***/ 52008:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_CONFIG_PATH: () => (/* reexport */ types/* DEFAULT_CONFIG_PATH */.Bi),
  IssueList: () => (/* reexport */ config_issues/* IssueList */.o),
  checkEveryProfile: () => (/* binding */ checkEveryProfile),
  loadConfigFile: () => (/* binding */ loadConfigFile),
  loadFullReading: () => (/* binding */ loadFullReading),
  parseConfig: () => (/* binding */ parseConfig),
  placed: () => (/* binding */ placed),
  readConfig: () => (/* binding */ readConfig)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/checks/paths.ts
var paths = __webpack_require__(47681);
// EXTERNAL MODULE: ./src/checks/registry.ts
var registry = __webpack_require__(56538);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/optionRef.ts
var optionRef = __webpack_require__(44157);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(98571);
// EXTERNAL MODULE: ./src/config/environments.ts
var config_environments = __webpack_require__(51390);
// EXTERNAL MODULE: ./src/config/interpolate.ts
var interpolate = __webpack_require__(72757);
;// CONCATENATED MODULE: ./src/config/environmentIssues.ts




/**
 * What the schema cannot see in `environments:`: profiles named by `verify`, checks named by a
 * monitor's probes, and settings that contradict each other. Kept apart from the schema, which
 * config/schema.ts imports.
 */
function environmentIssues(config) {
    const issues = [];
    const envs = config.environments;
    if (!envs)
        return issues;
    const profiles = Object.keys(config.profiles);
    for (const [name, e] of Object.entries(envs)) {
        const at = (...rest) => ['environments', name, ...rest];
        if (!Object.hasOwn(config.profiles, e.verify))
            issues.push({
                path: at('verify'),
                message: `verify names unknown profile "${e.verify}"${(0,core_text/* didYouMean */.au)(e.verify, profiles)} (profiles: ${profiles.join(', ')})`,
            });
        if (!e.deploy && !e.monitor)
            issues.push({
                path: at(),
                message: `environment "${name}" has no deploy step: add environments.${name}.deploy (only an environment that is deployed elsewhere and monitored here may leave it out)`,
            });
        if (e.rollbackOnFailure === true && !e.rollback)
            issues.push({
                path: at('rollbackOnFailure'),
                message: `rollbackOnFailure: true needs a rollback step: add environments.${name}.rollback`,
            });
        if (e.protect === true && e.rollbackOnFailure === true)
            issues.push({
                path: at('protect'),
                message: 'protect: true never rolls back automatically, which contradicts rollbackOnFailure: true; keep one of them',
            });
        if (e.monitor)
            issues.push(...monitorIssues(name, e, config.checks ?? {}));
    }
    const varNames = Object.keys(config.vars ?? {});
    issues.push(...(0,interpolate/* expressionIssues */.jG)(envs, varNames, ['environments']));
    return issues;
}
/** A check's type and fields as the file has them (it may be invalid: that is reported elsewhere). */
function rawCheck(checks, id) {
    if (!Object.hasOwn(checks, id))
        return undefined;
    const c = checks[id];
    return c !== null && typeof c === 'object' && !Array.isArray(c) ? c : {};
}
/** Why a check cannot be a probe, or undefined. */
function probeProblem(id, check) {
    const type = check.type;
    if (typeof type !== 'string')
        return undefined;
    if (!config_environments/* LIVE_PROBE_TYPES */.QN.includes(type))
        return `probe "${id}" is a ${type} check: a probe must be a live check (${config_environments/* LIVE_PROBE_TYPES */.QN.join(', ')})`;
    if (type === 'freshness' && check.url === undefined)
        return `probe "${id}" is a freshness check of a file: a probe must ask the live service (give it url)`;
    if (check.enforcement === 'off')
        return `probe "${id}" has enforcement: off, so it would never run`;
    return undefined;
}
/** A duration the file writes as it is (no `${{ }}`), in ms; undefined otherwise. */
function literalMs(v, fallback) {
    const text = v ?? fallback;
    return text.includes('${{') ? undefined : (0,duration/* parseDuration */.E9)(text);
}
function monitorIssues(name, e, checks) {
    const m = e.monitor;
    const issues = [];
    const at = (...rest) => ['environments', name, 'monitor', ...rest];
    const seen = new Set();
    m.probes.forEach((id, i) => {
        if (seen.has(id))
            issues.push({ path: at('probes', i), message: `probe "${id}" is listed twice` });
        seen.add(id);
        const check = rawCheck(checks, id);
        if (!check) {
            issues.push({
                path: at('probes', i),
                message: `unknown probe "${id}"${(0,core_text/* didYouMean */.au)(id, Object.keys(checks))}: probes are ids of live checks in checks:`,
            });
            return;
        }
        const problem = probeProblem(id, check);
        if (problem)
            issues.push({ path: at('probes', i), message: problem });
    });
    const windowMs = literalMs(m.window, config_environments/* MONITOR_DEFAULTS */.Wc.window);
    const intervalMs = literalMs(m.interval, config_environments/* MONITOR_DEFAULTS */.Wc.interval);
    if (windowMs !== undefined && intervalMs !== undefined && intervalMs > windowMs) {
        const interval = m.interval ?? `${config_environments/* MONITOR_DEFAULTS */.Wc.interval} (the default)`;
        const window = m.window ?? `${config_environments/* MONITOR_DEFAULTS */.Wc.window} (the default)`;
        issues.push({
            path: at(m.interval !== undefined ? 'interval' : 'window'),
            message: `interval ${interval} is longer than the window ${window}: the window would end before a second round of probes`,
        });
    }
    if (m.reaction === 'rollback' && !e.rollback)
        issues.push({
            path: at('reaction'),
            message: `reaction: rollback needs a rollback step: add environments.${name}.rollback`,
        });
    return issues;
}

;// CONCATENATED MODULE: ./src/config/notifyIssues.ts


/**
 * What the schema cannot see in `notify:`: profiles that do not exist and expressions that name
 * undefined vars. Kept apart from the schema, which config/schema.ts imports.
 */
function notifyIssues(config) {
    const issues = [];
    const hooks = config.notify;
    if (!hooks)
        return issues;
    const profiles = Object.keys(config.profiles);
    for (const [name, hook] of Object.entries(hooks)) {
        (hook.profiles ?? []).forEach((p, i) => {
            if (!Object.hasOwn(config.profiles, p))
                issues.push({
                    path: ['notify', name, 'profiles', i],
                    message: `unknown profile "${p}"${(0,core_text/* didYouMean */.au)(p, profiles)} (profiles: ${profiles.join(', ')})`,
                });
        });
    }
    issues.push(...(0,interpolate/* expressionIssues */.jG)(hooks, Object.keys(config.vars ?? {}), ['notify']));
    return issues;
}

// EXTERNAL MODULE: ./src/config/profiles.ts
var profiles = __webpack_require__(73810);
// EXTERNAL MODULE: ./src/config/issues.ts
var config_issues = __webpack_require__(11012);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
// EXTERNAL MODULE: ./src/config/yamlLimits.ts
var yamlLimits = __webpack_require__(847);
;// CONCATENATED MODULE: ./src/config/plainYaml.ts


/**
 * The quick reading of a config: the YAML nearly every config is \u2014 mappings, lists, scalars and
 * comments \u2014 read by a small parser (js-yaml), without the full reading's document of positions
 * (config/yaml.ts, the `yaml` library), which costs a gate most of its start before any check
 * runs. It gives the data the full reading would give, or declines (undefined) and the full
 * reading runs, with its messages and positions. It declines whatever it does not read the same
 * way for certain:
 * - anchors and aliases, tags, directives, keys that are lists, mappings or empty (`? `, `[a]: `,
 *   `~: `), more than one document, anything the parser warns about or refuses, and a text that
 *   is not a mapping;
 * - keys the full reading refuses (`__proto__`, `<<`) and duplicate keys;
 * - what the parser reads and the full reading refuses or reads otherwise (see each below): list
 *   items out of line, comments not after white space, tabs that indent, line breaks other than
 *   LF and CRLF, document markers with more on their line, block scalars whose last or first
 *   blank lines the two read apart;
 * - a text past the size up to which the bounds of YAML_LIMITS follow from its length, and data
 *   past those bounds (nesting, values, characters).
 * A config it reads is then validated; any problem there, and the full reading reads it again,
 * so that every message about a config comes from one reading. The two are compared on every
 * example, each YAML feature, mutated configs and random texts of YAML's pieces
 * (__tests__/config/plain-yaml.test.ts; `npm run bench:fuzz` at length).
 */
/** Up to this size a text cannot hold more values or characters than YAML_LIMITS allows. */
const PLAIN_MAX_CHARS = 64 * 1024;
/**
 * Plain scalars resolved as YAML 1.2's core schema resolves them in the full reading (the `yaml`
 * library's core tags, tried in the same order, each with the same value). Their tag names hold a
 * space, which no tag written in YAML can: a text cannot name them.
 */
const TAG = 'promotion-gate core ';
const CORE = [
    ['null', /^(?:~|[Nn]ull|NULL)?$/, () => null],
    ['bool', /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T'],
    ['int oct', /^0o[0-7]+$/, (s) => parseInt(s.substring(2), 8)],
    ['int', /^[-+]?[0-9]+$/, (s) => parseInt(s, 10)],
    ['int hex', /^0x[0-9a-fA-F]+$/, (s) => parseInt(s.substring(2), 16)],
    [
        'float nan',
        /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
        (s) => s.slice(-3).toLowerCase() === 'nan'
            ? Number.NaN
            : s[0] === '-'
                ? Number.NEGATIVE_INFINITY
                : Number.POSITIVE_INFINITY,
    ],
    ['float exp', /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, (s) => parseFloat(s)],
    ['float', /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, (s) => parseFloat(s)],
];
const SCHEMA = js_yaml/* FAILSAFE_SCHEMA */.uH.extend({
    implicit: CORE.map(([name, test, value]) => new js_yaml/* Type */.ZU(TAG + name, {
        kind: 'scalar',
        resolve: (s) => typeof s === 'string' && test.test(s),
        construct: (s) => value(s),
    })),
});
/** The tags a node may have at its end: none, a plain scalar's, or one of the above. */
const RESOLVED = new Set([null, '?', ...CORE.map(([name]) => TAG + name)]);
/** Thrown out of the parser to stop reading: the text is the full reading's. */
class Declined extends Error {
}
/** Keys the full reading refuses, or that the parser gives for a key that was no name. */
const REFUSED_KEYS = new Set(['__proto__', '<<', '', 'null', '[object Object]']);
/**
 * An explicit key indicator (`? `), which may introduce a key that is a list or a mapping: the
 * parser has read past it by the time it says so, and the full reading says what it is. Found in
 * comments and text too, where it costs only the quick reading.
 */
const EXPLICIT_KEY = /(?:^|[\s[{,])\?(?:\s|$)/m;
/**
 * Whether a block list's items keep its first item's column: the parser would take an item less
 * indented (`a:\n  - x\n- y`) as one more item of the list, where the full reading refuses it.
 * Looks at the lines of the list's text, from its first item to where the parser ended it;
 * comment lines may be anywhere.
 */
function itemsAligned(text, start, end) {
    let at = start;
    while (at < end) {
        const c = text[at];
        if (c === ' ' || c === '\t' || c === '\n' || c === '\r')
            at++;
        else if (c === '#')
            while (at < end && text[at] !== '\n')
                at++;
        else
            break;
    }
    if (text[at] !== '-')
        return true; // a flow list: its brackets say where it ends
    const column = at - (text.lastIndexOf('\n', at - 1) + 1);
    for (let line = text.indexOf('\n', at) + 1; line > 0 && line < end; line = text.indexOf('\n', line) + 1) {
        let c = line;
        while (c < end && text[c] === ' ')
            c++;
        if (c >= end || text[c] === '\n' || text[c] === '\r' || text[c] === '#')
            continue;
        if (c - line < column)
            return false;
    }
    return true;
}
/**
 * The parser's events: a node with an anchor or a tag of its own declines, as does a block list
 * whose items are not aligned. Every list and mapping made is noted: one the data does not hold
 * was made into a key (`[a]: 1`, `{ [a], b: 1 }`), which the parser turns into text.
 */
function listener(text, made) {
    const opened = [];
    return (event, state) => {
        if (event === 'open') {
            opened.push(state.position);
            return;
        }
        const start = opened.pop();
        const s = state;
        if (s.anchor !== null || !RESOLVED.has(s.tag))
            throw new Declined();
        if (s.kind === 'sequence' && !itemsAligned(text, start, s.position))
            throw new Declined();
        if ((s.kind === 'sequence' || s.kind === 'mapping') && typeof s.result === 'object' && s.result !== null)
            made.push(s.result);
    };
}
/**
 * A comment right after a bracket, a comma or a closing quote (`[a]#c`, `"a"#c`), which the full
 * reading refuses: a comment must follow white space. A quote that follows white space, a colon,
 * a comma or an opening bracket opens its text (`"#fff"`), and `#` is then part of it. Found in
 * text too, where it costs only the quick reading.
 */
const UNSPACED_COMMENT = /[[\]{},]#|[^\s[{,:]["']#/;
/**
 * A block scalar that keeps its final line breaks (`|+`) or says its indentation (`|2`): the two
 * readings differ on the blank lines that end one.
 */
const BLOCK_SCALAR_HEADER = /[|>](?:[1-9]|[-+][1-9]|\+)/;
/**
 * A block scalar whose first lines hold only spaces, which the full reading refuses when they are
 * indented more than its text; a carriage return alone, which it reads as text where the parser
 * reads a line break; the characters that were line breaks in YAML 1.1 (NEL, LS, PS); and a
 * byte order mark past the start, which the full reading takes for the start of a document.
 */
const BLOCK_SCALAR_SPACES = /[|>][-+]?[ \t]*(?:#[^\n]*)?\r?\n(?:[ \t]*\r?\n)*[ \t]+\r?\n/;
const OTHER_LINE_BREAKS = /\r(?!\n)|[\u0085\u2028\u2029]|(?!^)\ufeff/;
/** A document marker with more on its line (`--- a: 1`, `---a`), which the two readings read apart. */
const MARKER_LINE = /^(?:---|\.\.\.)(?![ \t]*(?:#.*)?$)/m;
/** A line that starts with a tab (after spaces, if any): tabs are no indentation to the full reading. */
const TAB_INDENT = /^ *\t/m;
/**
 * Checks the data against the bounds as the full reading measures them (config/yaml.ts), and
 * its keys: false when anything there is for the full reading to say.
 */
function withinBounds(value, depth, size) {
    size.values++;
    if (value === null || typeof value !== 'object') {
        const chars = value === null ? 0 : String(value).length;
        if (chars > yamlLimits/* YAML_LIMITS */.X.stringChars)
            return false;
        size.chars += chars;
        return true;
    }
    if (depth >= yamlLimits/* YAML_LIMITS */.X.depth)
        return false;
    size.held.add(value);
    if (Array.isArray(value)) {
        for (const item of value)
            if (!withinBounds(item, depth + 1, size))
                return false;
        return true;
    }
    if (Object.getPrototypeOf(value) !== Object.prototype)
        return false;
    for (const key of Object.keys(value)) {
        if (REFUSED_KEYS.has(key))
            return false;
        if (!withinBounds(key, depth + 1, size))
            return false;
        if (!withinBounds(value[key], depth + 1, size))
            return false;
    }
    return true;
}
/** A config's YAML as data (a mapping), or undefined when the full reading is to read it (see above). */
function readPlainYaml(text) {
    if (text.length > PLAIN_MAX_CHARS)
        return undefined;
    const unread = [
        /^%/m,
        EXPLICIT_KEY,
        UNSPACED_COMMENT,
        TAB_INDENT,
        BLOCK_SCALAR_HEADER,
        BLOCK_SCALAR_SPACES,
        OTHER_LINE_BREAKS,
        MARKER_LINE,
    ];
    if (unread.some((re) => re.test(text)))
        return undefined;
    const made = [];
    // Nesting is bounded before the recursive parser goes deeper than the data may (its own option).
    const options = {
        schema: SCHEMA,
        listener: listener(text, made),
        onWarning: () => {
            throw new Declined();
        },
        maxDepth: yamlLimits/* YAML_LIMITS */.X.depth + 2,
    };
    let data;
    try {
        data = (0,js_yaml/* load */.Hh)(text, options);
    }
    catch {
        return undefined;
    }
    // A config is a mapping; anything else is the full reading's to say.
    if (typeof data !== 'object' || data === null || Array.isArray(data))
        return undefined;
    const size = { values: 0, chars: 0, held: new Set() };
    if (!withinBounds(data, 0, size))
        return undefined;
    if (size.values > yamlLimits/* YAML_LIMITS */.X.values || size.chars > yamlLimits/* YAML_LIMITS */.X.expandedChars)
        return undefined;
    if (made.some((collection) => !size.held.has(collection)))
        return undefined;
    return data;
}

// EXTERNAL MODULE: ./src/config/own.ts
var own = __webpack_require__(94842);
// EXTERNAL MODULE: ./src/config/resolve.ts
var resolve = __webpack_require__(68270);
// EXTERNAL MODULE: ./src/checks/fields.ts
var fields = __webpack_require__(23128);
// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(90131);
// EXTERNAL MODULE: ./src/config/shellValues.ts + 1 modules
var shellValues = __webpack_require__(14353);
;// CONCATENATED MODULE: ./src/config/safety.ts






/** Far past any real config; they keep the checks of every profile against every check quick. */
const CONFIG_LIMITS = { profiles: 500, checks: 5000, lineage: 64 };
function countIssues(config) {
    const issues = [];
    const profiles = Object.keys(config.profiles).length;
    const checks = Object.keys(config.checks).length;
    if (profiles > CONFIG_LIMITS.profiles)
        issues.push({
            path: ['profiles'],
            message: `${profiles} profiles; the limit is ${CONFIG_LIMITS.profiles}`,
        });
    if (checks > CONFIG_LIMITS.checks)
        issues.push({ path: ['checks'], message: `${checks} checks; the limit is ${CONFIG_LIMITS.checks}` });
    return issues;
}
/** What `${{ vars.NAME }}` can name. */
const VAR_NAME = /^[A-Za-z_][\w-]*$/;
/**
 * Names that become paths or references: a profile names its output folder
 * (.promotion-gate/<profile>/), so `../x` or `a/b` would write outside it or nest folders.
 */
function nameIssues(config) {
    const issues = [];
    for (const name of Object.keys(config.profiles))
        if (!schema/* CHECK_ID */.zP.test(name))
            issues.push({
                path: ['profiles', name],
                message: `profile name "${clip(name)}" ${schema/* NAME_RULE */.$h}`,
                keyOnly: true,
            });
    for (const name of Object.keys(config.vars ?? {}))
        if (!VAR_NAME.test(name))
            issues.push({
                path: ['vars', name],
                message: `var name "${clip(name)}" cannot be used as \${{ vars.NAME }}: use letters, digits, "_" and "-", starting with a letter or "_"`,
                keyOnly: true,
            });
    return issues;
}
/**
 * `${{ \u2026 }}` where nothing interpolates it would be taken literally (a waiver for a check named
 * "${{ inputs.x }}", a profile list entry\u2026): said plainly instead.
 */
function misplacedExpressions(config) {
    const issues = [];
    const literal = (value, path) => {
        for (const s of (0,interpolate/* strings */.P$)(value, path))
            if ((0,fields/* hasExpression */.xS)(s.text))
                issues.push({
                    path: s.path,
                    message: '${{ \u2026 }} is not expanded here: only vars, defaults, checks and profile overrides are interpolated',
                });
    };
    for (const [name, p] of Object.entries(config.profiles)) {
        const { overrides: _overrides, ...rest } = p;
        literal(rest, ['profiles', name]);
    }
    literal(config.decision, ['decision']);
    literal(config.waivers, ['waivers']);
    literal(config.aggregate, ['aggregate']);
    return issues;
}
/** Expressions in shell fields (of checks and of profile overrides) that sit where no value is safe. */
function shellIssues(config, invalid) {
    const issues = [];
    const typeOf = (id) => {
        const check = (0,own/* own */.Z)(config.checks, id);
        return (0,registry/* checkType */.Bt)(check?.type);
    };
    const scan = (fields, id, at) => {
        for (const key of (0,shellValues/* shellFieldsOf */.pk)(typeOf(id))) {
            const script = (0,own/* own */.Z)(fields, key);
            if (typeof script !== 'string')
                continue;
            for (const message of (0,shellValues/* shellExpressionIssues */.VT)(script))
                issues.push({ path: [...at, key], message });
        }
    };
    for (const [id, check] of Object.entries(config.checks))
        if (!invalid.has(id))
            scan(check, id, ['checks', id]);
    for (const [name, p] of Object.entries(config.profiles))
        for (const [id, fields] of Object.entries(p.overrides ?? {}))
            if ((0,own/* own */.Z)(config.checks, id) && !invalid.has(id))
                scan(fields, id, ['profiles', name, 'overrides', id]);
    return issues;
}
function clip(s) {
    return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

// EXTERNAL MODULE: ./src/config/types.ts
var types = __webpack_require__(22143);
;// CONCATENATED MODULE: ./src/config/load.ts




















let full;
/** Loads the full reading (once); problems found from then on say where they are. */
async function loadFullReading() {
    full ??= await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(9337)]).then(__webpack_require__.bind(__webpack_require__, 89337));
    return full;
}
/**
 * Runs a step that may find problems in a loaded config (planning: an unset input, a bad value):
 * should it find any before the full reading is loaded, that is loaded and the step runs again,
 * so that each problem says its line. The steps it runs are pure: running one twice is safe.
 */
async function placed(step) {
    if (full)
        return step();
    try {
        return step();
    }
    catch (err) {
        if (!(err instanceof errors/* ConfigError */.xL))
            throw err;
        await loadFullReading();
        return step();
    }
}
/** A quickly read config: where its keys are is asked of the full reading, once it is loaded. */
class QuickSource {
    file;
    text;
    located;
    constructor(file, text) {
        this.file = file;
        this.text = text;
    }
    locate(path, keyOnly = false) {
        if (!full)
            return undefined;
        this.located ??= new full.SourceFile(this.file, this.text);
        return this.located.locate(path, keyOnly);
    }
}
/** Stops a check of quickly read data at its first problem: the full reading reads it again. */
class QuickReadingHasProblems extends Error {
}
/** For `validate` without a profile, on a config already loaded: see LoadOptions.everyProfile. */
function checkEveryProfile(loaded) {
    const issues = new config_issues/* IssueList */.o(loaded.source);
    for (const i of (0,profiles/* everyProfileIssues */.Hf)(loaded.config))
        issues.add(i.path, i.message, true);
    issues.throwIfAny();
}
/** Reads and validates a config file; `displayName` is how messages name it (e.g. relative to cwd). */
async function loadConfigFile(file, displayName = file, opts = {}) {
    let text;
    try {
        // Sized before it is read: a config is a small file, and a huge one is not read into memory.
        const info = await (0,promises_.stat)(file);
        // A FIFO or a device named as the config would be waited on for ever: refused, as is a folder.
        if (!info.isFile())
            throw new errors/* ConfigError */.xL([{ file: displayName, message: 'the config is not a regular file' }]);
        if (info.size > yamlLimits/* YAML_LIMITS */.X.chars)
            throw new errors/* ConfigError */.xL([
                {
                    file: displayName,
                    message: `the config file has ${info.size.toLocaleString('en-US')} bytes; the limit is ${yamlLimits/* YAML_LIMITS */.X.chars.toLocaleString('en-US')} (1 MiB)`,
                },
            ]);
        // Opened without blocking and checked again: a file swapped for a FIFO after the stat is
        // refused too.
        text = (await (0,paths/* readRegularFile */.XF)(file, yamlLimits/* YAML_LIMITS */.X.chars)).toString('utf8');
    }
    catch (err) {
        if (err instanceof errors/* ConfigError */.xL)
            throw err;
        const code = err.code;
        throw new errors/* ConfigError */.xL([
            {
                file: displayName,
                message: code === 'ENOENT'
                    ? `config file not found (set ${(0,optionRef/* optionRef */.$j)('config')}, or create ${types/* DEFAULT_CONFIG_PATH */.Bi})`
                    : `cannot read config file: ${err.message}`,
            },
        ]);
    }
    return readConfig(displayName, text, opts);
}
/**
 * Parses and validates a config's text, loading the check types it names first; every problem
 * is reported at once.
 */
async function readConfig(file, text, opts = {}) {
    const quick = readPlainYaml(text);
    if (isMapping(quick)) {
        await (0,registry/* loadCheckTypes */.wV)(typesNamedIn(quick));
        const source = new QuickSource(file, text);
        const issues = new config_issues/* IssueList */.o(source, () => {
            throw new QuickReadingHasProblems();
        });
        try {
            return checkDocument({ source, issues, data: quick }, opts);
        }
        catch (err) {
            // A problem however found is the full reading's to say.
            if (!(err instanceof QuickReadingHasProblems) && !(err instanceof errors/* ConfigError */.xL))
                throw err;
        }
    }
    const document = mapping((await loadFullReading()).readDocument(file, text));
    await (0,registry/* loadCheckTypes */.wV)(typesNamedIn(document.data));
    return checkDocument(document, opts);
}
/**
 * As readConfig, for a caller that has loaded the check types the text names (loadCheckTypes)
 * and the full reading (loadFullReading), which it uses.
 */
function parseConfig(file, text, opts = {}) {
    if (!full)
        throw new Error('parseConfig: the full YAML reading is not loaded (loadFullReading)');
    return checkDocument(mapping(full.readDocument(file, text)), opts);
}
/** A document whose data is a mapping; else a ConfigError. */
function mapping(doc) {
    if (!isMapping(doc.data)) {
        doc.issues.add([], 'the config must be a YAML mapping with version, profiles and checks');
        doc.issues.throwIfAny();
    }
    return doc;
}
/**
 * The check types a config's data names: its checks' and any profile override's `type`, and
 * `command` for an environment's steps, which are planned as command checks (deploy/plan.ts).
 */
function typesNamedIn(data) {
    const types = [];
    const typesOf = (checks) => {
        if (!isMapping(checks))
            return;
        for (const check of Object.values(checks))
            if (isMapping(check))
                types.push((0,own/* own */.Z)(check, 'type'));
    };
    typesOf((0,own/* own */.Z)(data, 'checks'));
    const profiles = (0,own/* own */.Z)(data, 'profiles');
    if (isMapping(profiles))
        for (const p of Object.values(profiles))
            if (isMapping(p))
                typesOf((0,own/* own */.Z)(p, 'overrides'));
    const environments = (0,own/* own */.Z)(data, 'environments');
    if (isMapping(environments))
        for (const env of Object.values(environments))
            if (isMapping(env) && config_environments/* STEP_NAMES */.KY.some((step) => (0,own/* own */.Z)(env, step) !== undefined))
                types.push('command');
    return types;
}
/** Validates a config's data: its sections, each check against its type, the cross-references. */
function checkDocument({ source, issues, data: obj }, opts) {
    // Checks are validated one by one so that every check reports its own problems.
    const checksAreMap = isMapping(obj.checks);
    if (obj.checks !== undefined && obj.checks !== null && !checksAreMap)
        issues.add(['checks'], 'checks must be a mapping of check id \u2192 check');
    const checks = (checksAreMap ? obj.checks : {});
    const { data: top, broken } = parseSections(obj, issues);
    const invalid = new Set();
    for (const [id, raw] of Object.entries(checks)) {
        if (!schema/* CHECK_ID */.zP.test(id)) {
            issues.add(['checks', id], `check id "${id.length > 60 ? `${id.slice(0, 57)}...` : id}" ${schema/* NAME_RULE */.$h}`, true);
        }
        if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
            issues.add(['checks', id], 'a check must be a mapping with at least a "type"');
            invalid.add(id);
            continue;
        }
        const v = (0,resolve/* validateCheck */.LB)({ id, raw: raw, overrideSources: [] });
        if (v.issues.length > 0)
            invalid.add(id);
        for (const i of v.issues)
            issues.add(i.path, i.message, i.keyOnly);
    }
    // Cross-references are checked even when some checks or sections are invalid, so one run
    // shows everything: only what depends on a broken section is left out.
    const config = { ...top, checks: checks };
    if (config.profiles)
        semanticIssues(config, issues, invalid, broken, opts);
    issues.throwIfAny();
    return { source, config: asData(config) };
}
/**
 * Validates each top-level section on its own (and each profile on its own), so a typo in one
 * section does not hide the problems of the others. Returns what is valid and which sections
 * are not; an invalid profile stays as an empty profile, so references to it still resolve.
 */
function parseSections(obj, issues) {
    const data = Object.create(null);
    const broken = new Set();
    const shape = schema/* configSchema */.Qn.shape;
    const report = (prefix, list) => {
        for (const iss of list) {
            const path = [...prefix, ...iss.path];
            if (iss.code === 'unrecognized_keys') {
                for (const k of iss.keys)
                    issues.add([...path, k], `unknown key "${k}"`, true);
            }
            else
                issues.add(path, (0,resolve/* describeZodIssue */.Kg)(iss));
        }
    };
    for (const k of Object.keys(obj)) {
        if (!Object.hasOwn(shape, k))
            issues.add([k], `unknown key "${k}"${(0,core_text/* didYouMean */.au)(k, Object.keys(shape))}`, true);
    }
    for (const key of Object.keys(shape)) {
        if (key === 'checks')
            continue;
        const value = Object.hasOwn(obj, key) ? obj[key] : undefined;
        if (key === 'profiles' && isMapping(value)) {
            // Profile names are the user's: kept as own keys of an object without a prototype.
            const profiles = Object.create(null);
            for (const [name, raw] of Object.entries(value)) {
                const one = shape.profiles.safeParse({ [name]: raw }, { reportInput: true });
                if (one.success)
                    profiles[name] = one.data[name];
                else {
                    broken.add('profiles');
                    report(['profiles'], one.error.issues);
                    profiles[name] = {};
                }
            }
            data.profiles = (0,own/* dataRecord */._)(profiles);
            continue;
        }
        const r = shape[key].safeParse(value, { reportInput: true });
        if (r.success) {
            if (r.data !== undefined)
                data[key] = r.data;
        }
        else {
            broken.add(key);
            report([key], r.error.issues);
        }
    }
    return { data: data, broken };
}
function isMapping(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
/**
 * The records keyed by names the user chose, without a prototype: code that looks a name up
 * directly (`config.profiles[name]`) finds the config's own entry or nothing, never `constructor`.
 */
function asData(config) {
    return {
        ...config,
        profiles: (0,own/* dataRecord */._)(config.profiles),
        checks: (0,own/* dataRecord */._)(config.checks),
        ...(config.vars ? { vars: (0,own/* dataRecord */._)(config.vars) } : {}),
    };
}
function categoriesFor(config) {
    const cats = new Set(Object.keys({ ...schema/* DEFAULT_CATEGORIES */.Bl, ...config.decision?.categories }));
    for (const p of Object.values(config.profiles))
        for (const c of Object.keys(p.decision?.categories ?? {}))
            cats.add(c);
    return cats;
}
function semanticIssues(config, issues, invalid, broken, opts = {}) {
    const checkIds = Object.keys(config.checks);
    const profileNames = Object.keys(config.profiles);
    if (profileNames.length === 0)
        issues.add(['profiles'], 'define at least one profile');
    // Past these, the cross-checks below (every profile against every check) would take long.
    const tooMany = countIssues(config);
    for (const i of tooMany)
        issues.add(i.path, i.message);
    if (tooMany.length > 0)
        return;
    const graph = (0,resolve/* profileGraphIssues */.QE)(config);
    for (const g of graph)
        issues.add(g.path, g.message);
    for (const i of nameIssues(config))
        issues.add(i.path, i.message, i.keyOnly);
    for (const [name, p] of Object.entries(config.profiles)) {
        (p.checks ?? []).forEach((id, i) => {
            if (!Object.hasOwn(config.checks, id))
                issues.add(['profiles', name, 'checks', i], () => `unknown check "${id}"${(0,core_text/* didYouMean */.au)(id, checkIds)}`);
        });
        (p.exclude ?? []).forEach((id, i) => {
            if (!Object.hasOwn(config.checks, id))
                issues.add(['profiles', name, 'exclude', i], () => `unknown check "${id}"${(0,core_text/* didYouMean */.au)(id, checkIds)}`);
        });
    }
    // Categories may be declared in a section that is itself broken: then a check's category
    // cannot be judged, and the section's own problem is what the user sees.
    const categories = categoriesFor(config);
    const categoriesKnown = !broken.has('decision') && !broken.has('profiles');
    for (const [id, c] of Object.entries(config.checks)) {
        // An invalid check (no body, a category that is no string) has been reported already.
        if (invalid.has(id) || !categoriesKnown)
            continue;
        const cat = c.category;
        if (typeof cat === 'string' && !categories.has(cat)) {
            issues.add(['checks', id, 'category'], () => `unknown category "${cat}"${(0,core_text/* didYouMean */.au)(cat, [...categories])}; add it to decision.categories with a weight`);
        }
    }
    // With the vars section broken, which names exist is unknown: references are not judged.
    if (!broken.has('vars')) {
        const varNames = Object.keys(config.vars ?? {});
        for (const i of (0,interpolate/* expressionIssues */.jG)(config.vars ?? {}, varNames, ['vars']))
            issues.add(i.path, i.message);
        for (const i of (0,interpolate/* expressionIssues */.jG)(config.checks, varNames, ['checks']))
            issues.add(i.path, i.message);
        for (const i of (0,interpolate/* expressionIssues */.jG)(config.profiles, varNames, ['profiles']))
            issues.add(i.path, i.message);
        for (const i of (0,interpolate/* expressionIssues */.jG)(config.defaults ?? {}, varNames, ['defaults']))
            issues.add(i.path, i.message);
    }
    for (const i of misplacedExpressions(config))
        issues.add(i.path, i.message);
    for (const i of shellIssues(config, invalid))
        issues.add(i.path, i.message);
    if (!broken.has('environments'))
        for (const i of environmentIssues(config))
            issues.add(i.path, i.message);
    if (!broken.has('notify'))
        for (const i of notifyIssues(config))
            issues.add(i.path, i.message);
    if (opts.everyProfile && graph.length === 0 && !broken.has('profiles'))
        for (const i of (0,profiles/* everyProfileIssues */.Hf)(config))
            issues.add(i.path, i.message, true);
    // Overrides are checked in every profile that sees them, once the graph is sound.
    if (graph.length === 0) {
        const reported = new Set();
        // The same overrides merge into the same fields in every profile that inherits them.
        const validated = new Set();
        for (const name of profileNames) {
            const resolved = (0,resolve/* resolveProfile */.mC)(config, name);
            if (resolved.lineage.length > CONFIG_LIMITS.lineage) {
                issues.add(['profiles', name, 'extends'], `profile ${name} inherits from ${resolved.lineage.length - 1} profiles; the limit is ${CONFIG_LIMITS.lineage - 1}`);
                continue;
            }
            const ids = new Set(resolved.checks.map((c) => c.id));
            for (const oid of Object.keys((0,own/* own */.Z)(config.profiles, name).overrides ?? {})) {
                if (!ids.has(oid)) {
                    issues.add(['profiles', name, 'overrides', oid], `overrides check "${oid}", which profile "${name}" does not run${(0,core_text/* didYouMean */.au)(oid, [...ids])}`, true);
                }
            }
            for (const check of resolved.checks) {
                if (check.overrideSources.length === 0 || invalid.has(check.id))
                    continue;
                const merged = JSON.stringify([check.id, ...check.overrideSources.map((o) => o.path)]);
                if (validated.has(merged))
                    continue;
                validated.add(merged);
                for (const i of (0,resolve/* validateCheck */.LB)(check).issues) {
                    const key = `${i.path.join('.')}:${i.message}`;
                    if (reported.has(key))
                        continue;
                    reported.add(key);
                    issues.add(i.path, i.message, i.keyOnly);
                }
                const cat = check.raw.category;
                if (typeof cat === 'string' && !categories.has(cat))
                    issues.add([...check.overrideSources[0].path, 'category'], `unknown category "${cat}"`);
            }
        }
    }
    (config.waivers ?? []).forEach((w, i) => {
        const check = (0,own/* own */.Z)(config.checks, w.check);
        if (!check || invalid.has(w.check)) {
            if (!check)
                issues.add(['waivers', i, 'check'], () => `waives unknown check "${w.check}"${(0,core_text/* didYouMean */.au)(w.check, checkIds)}`);
            return;
        }
        const hardSomewhere = check.enforcement === 'hard' ||
            (check.enforcement === undefined && (0,registry/* checkType */.Bt)(check.type)?.defaults.enforcement === 'hard');
        if (hardSomewhere) {
            issues.add(['waivers', i, 'check'], `check "${w.check}" is hard: a hard check cannot be waived`);
        }
        (w.profiles ?? []).forEach((p, j) => {
            if (!(0,own/* own */.Z)(config.profiles, p))
                issues.add(['waivers', i, 'profiles', j], `unknown profile "${p}"`);
        });
    });
}


/***/ }),

/***/ 67649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GJ: () => (/* binding */ DEFAULT_NOTIFY_EVENTS),
/* harmony export */   Rj: () => (/* binding */ DEFAULT_NOTIFY_TIMEOUT_MS),
/* harmony export */   dt: () => (/* binding */ notifySchema),
/* harmony export */   g2: () => (/* binding */ webhookUrlProblem),
/* harmony export */   jG: () => (/* binding */ hotfixDeadline),
/* harmony export */   oH: () => (/* binding */ DEFAULT_NOTIFY_REASONS),
/* harmony export */   zu: () => (/* binding */ hotfixDeadlineMs)
/* harmony export */ });
/* unused harmony exports NOTIFY_EVENTS, WEBHOOK_TYPES, NOTIFY_NAME, MAX_NOTIFY_TIMEOUT_MS, webhookUrl, webhookSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12311);
/* harmony import */ var _checks_fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23128);
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98571);



/**
 * `notify:` \u2014 webhooks told when a watched gate turns, and `decision.hotfixDeadline`. This file
 * holds the schemas only (config/schema.ts includes them); cross-references are checked in
 * notifyIssues.ts, and URLs are interpolated when a notification is planned (src/notify/plan.ts).
 */
/**
 * What a webhook can be told. `transition`: the verdict or action of a profile changed since its
 * last recorded run; `hold`: a run held; `degraded`: a run promoted with a hotfix due;
 * `rollback`: a deploy was rolled back (or its rollback failed); `drill-failed`: a rollback drill
 * did not pass.
 */
const NOTIFY_EVENTS = ['transition', 'hold', 'degraded', 'rollback', 'drill-failed'];
const DEFAULT_NOTIFY_EVENTS = ['transition'];
const WEBHOOK_TYPES = ['slack', 'teams', 'json'];
/** A name becomes part of log lines and messages: the same safe pattern as check ids. */
const NOTIFY_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const DEFAULT_NOTIFY_TIMEOUT_MS = 10_000;
const MAX_NOTIFY_TIMEOUT_MS = 60_000;
const DEFAULT_NOTIFY_REASONS = 5;
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** An http(s) URL; the value is never echoed in a message, since webhook URLs are secrets. */
const webhookUrl = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().superRefine((s, ctx) => {
    if (s.length > _checks_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_URL_LENGTH */ .m2) {
        ctx.addIssue({ code: 'custom', message: `a URL of ${s.length} characters is too long` });
        return;
    }
    if ((0,_checks_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .hasExpression */ .xS)(s))
        return;
    const problem = webhookUrlProblem(s);
    if (problem)
        ctx.addIssue({ code: 'custom', message: problem });
});
/** What is wrong with a webhook URL (after interpolation), without showing it. */
function webhookUrlProblem(s) {
    let u;
    try {
        u = new URL(s);
    }
    catch {
        return 'expected an absolute http(s) URL (the value is not shown: webhook URLs are secrets)';
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:')
        return `expected an http or https URL, got protocol "${u.protocol}"`;
    return undefined;
}
const notifyTimeout = _checks_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .timeout */ .wR.refine((v) => (0,_checks_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .hasExpression */ .xS)(v) || ((0,_core_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)(v) ?? 0) <= MAX_NOTIFY_TIMEOUT_MS, { message: 'a webhook timeout may be at most 60s' });
const webhookSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    type: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(WEBHOOK_TYPES)
        .describe('slack: {text, blocks} (Slack incoming webhooks and compatible receivers); teams: a message with an Adaptive Card (a Teams Workflows webhook); json: the event as promotion-gate JSON'),
    url: webhookUrl.describe('Webhook URL, usually ${{ env.NAME }}; it is treated as a secret and masked everywhere'),
    on: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(NOTIFY_EVENTS))
        .min(1)
        .optional()
        .describe('Events that send a message (default [transition]); nothing is sent on other runs'),
    profiles: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP())
        .min(1)
        .optional()
        .describe('Only gate runs of these profiles (default: every profile watched)'),
    headers: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .regex(HEADER_NAME, 'not a valid HTTP header name')
        .refine((k) => k !== '__proto__', 'not a valid HTTP header name'), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP())
        .optional()
        .describe('Extra request headers (e.g. Authorization); their values are treated as secrets'),
    timeout: notifyTimeout.optional().describe('Time one delivery may take (default 10s, at most 60s)'),
    maxReasons: zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr()
        .min(1)
        .max(20)
        .optional()
        .describe('Reasons listed in a message, blocking first (default 5)'),
})
    .describe('A webhook told about the events in `on`');
const notifySchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(NOTIFY_NAME), webhookSchema, {
    error: (iss) => iss.code === 'invalid_key'
        ? `webhook name "${String(iss.input)}" may use only letters, digits, ".", "_" and "-"`
        : undefined,
})
    .describe('Webhooks told when a watched profile turns (promotion-gate watch), holds or degrades');
/** `decision.hotfixDeadline`: a duration, or `off`. Decision settings take no expressions. */
const hotfixDeadline = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP({
    error: (iss) => typeof iss.input === 'number' ? `${iss.input} has no unit; write ${iss.input}h` : undefined,
})
    .superRefine((v, ctx) => {
    if (v.trim() === 'off')
        return;
    if ((0,_checks_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .hasExpression */ .xS)(v)) {
        ctx.addIssue({ code: 'custom', message: 'decision settings take no ${{ }} expressions' });
        return;
    }
    const problem = (0,_checks_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .durationProblem */ .YV)(v, { maxMs: _core_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_AGE_MS */ .ON, maxText: 'at most 3650d', positive: true });
    if (problem)
        ctx.addIssue({ code: 'custom', message: problem });
})
    .describe('How long a hotfix may stay due after a promote-with-hotfix: past it, runs that still need it hold (default 48h; off: never)');
/** The policy value of `hotfixDeadline`: undefined (the default), null (off) or milliseconds. */
function hotfixDeadlineMs(v) {
    if (v === undefined)
        return undefined;
    if (v.trim() === 'off')
        return null;
    return (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)(v);
}


/***/ }),

/***/ 94842:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ own),
/* harmony export */   _: () => (/* binding */ dataRecord)
/* harmony export */ });
/**
 * Lookups of names a user chose (profiles, checks, vars, inputs, categories). Such a name is data:
 * `constructor`, `toString` or `hasOwnProperty` must find what the config holds, or nothing \u2014
 * never a member every object inherits.
 */
/** The value of an own key, or undefined. */
function own(record, key) {
    return record !== undefined && record !== null && Object.hasOwn(record, key) ? record[key] : undefined;
}
/** A copy with no prototype, so that even code that indexes it directly finds only its own keys. */
function dataRecord(record) {
    const out = Object.create(null);
    for (const [k, v] of Object.entries(record))
        Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
    return out;
}


/***/ }),

/***/ 73810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hf: () => (/* binding */ everyProfileIssues),
/* harmony export */   YZ: () => (/* binding */ enforcementOf),
/* harmony export */   hk: () => (/* binding */ noCountingCheck)
/* harmony export */ });
/* harmony import */ var _checks_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56538);
/* harmony import */ var _resolve_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68270);


/** Enforcements that can hold a release or lower its score. */
const COUNTING = new Set(['hard', 'required', 'scored']);
/** A check's enforcement in a profile: its own, else what its fields imply there, else its type's. */
function enforcementOf(check, type, profile) {
    return check.enforcement ?? type.enforcementFor?.(check, profile) ?? type.defaults.enforcement;
}
/**
 * Why a profile decides nothing, or undefined. A profile whose checks are all off, dry-run or
 * advisory (or that has none) would promote every release with a perfect score.
 */
function noCountingCheck(profile, checks) {
    if (checks.some((c) => COUNTING.has(c.enforcement)))
        return undefined;
    const shown = checks.slice(0, 8).map((c) => `${c.id}: ${c.enforcement}`);
    if (checks.length > shown.length)
        shown.push(`${checks.length - shown.length} more`);
    const why = checks.length === 0 ? 'it has no checks' : shown.join(', ');
    return `profile ${profile} runs no check that counts (${why}): give it at least one hard, required or scored check`;
}
/**
 * Every profile's checks, as `validate` without a profile sees them: no inputs, so nothing is
 * interpolated; enforcement never depends on interpolation (it and benchmark modes are enums).
 * Returns why each profile that decides nothing does so.
 */
function everyProfileIssues(config) {
    const found = [];
    // A check's own fields are validated once; only overridden ones differ from profile to profile.
    const plain = new Map();
    const valueOf = (check) => {
        if (check.overrideSources.length > 0)
            return (0,_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .validateCheck */ .LB)(check).value;
        if (!plain.has(check.id))
            plain.set(check.id, (0,_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .validateCheck */ .LB)(check).value);
        return plain.get(check.id);
    };
    profiles: for (const name of Object.keys(config.profiles)) {
        const resolved = (0,_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveProfile */ .mC)(config, name);
        const checks = [];
        for (const check of resolved.checks) {
            const value = valueOf(check);
            const type = (0,_checks_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .checkType */ .Bt)(value?.type);
            if (!value || !type)
                continue profiles; // reported by the parse already
            const enforcement = enforcementOf(value, type, resolved);
            if (COUNTING.has(enforcement))
                continue profiles;
            checks.push({ id: check.id, enforcement });
        }
        const why = noCountingCheck(name, checks);
        if (why)
            found.push({ path: ['profiles', name], message: why });
    }
    return found;
}


/***/ }),

/***/ 68270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kg: () => (/* binding */ describeZodIssue),
/* harmony export */   Kt: () => (/* binding */ sourcePathOf),
/* harmony export */   LB: () => (/* binding */ validateCheck),
/* harmony export */   QE: () => (/* binding */ profileGraphIssues),
/* harmony export */   mC: () => (/* binding */ resolveProfile)
/* harmony export */ });
/* unused harmony export deepMerge */
/* harmony import */ var _checks_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56538);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72020);
/* harmony import */ var _own_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(94842);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90131);




function extendsOf(config, name) {
    const e = (0,_own_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .Z)(config.profiles, name)?.extends;
    return e === undefined ? [] : Array.isArray(e) ? e : [e];
}
/** Detects unknown parents and cycles for every profile; returns issues with key paths. */
function profileGraphIssues(config) {
    const issues = [];
    const names = Object.keys(config.profiles);
    for (const name of names) {
        const parents = extendsOf(config, name);
        parents.forEach((p, i) => {
            if (!(0,_own_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .Z)(config.profiles, p)) {
                const path = Array.isArray(config.profiles[name].extends)
                    ? ['profiles', name, 'extends', i]
                    : ['profiles', name, 'extends'];
                const hint = (0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .didYouMean */ .au)(p, names);
                issues.push({
                    path,
                    message: `extends unknown profile "${p}"${hint || ` (profiles: ${names.join(', ')})`}`,
                });
            }
        });
    }
    const state = new Map();
    const reported = new Set();
    const visit = (name, stack) => {
        if (state.get(name) === 'done' || !(0,_own_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .Z)(config.profiles, name))
            return;
        if (state.get(name) === 'visiting') {
            const cycle = [...stack.slice(stack.indexOf(name)), name];
            const key = [...cycle].sort().join(',');
            if (!reported.has(key)) {
                reported.add(key);
                issues.push({
                    path: ['profiles', name, 'extends'],
                    message: `profiles extend each other in a cycle: ${cycle.join(' \u2192 ')}`,
                });
            }
            return;
        }
        state.set(name, 'visiting');
        for (const p of extendsOf(config, name))
            visit(p, [...stack, name]);
        state.set(name, 'done');
    };
    for (const name of names)
        visit(name, []);
    return issues;
}
function isPlainObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
/** Objects merge key by key; arrays and scalars are replaced. */
function deepMerge(base, over) {
    // Entries, not assignment: a key is always an own property, whatever its name.
    const out = new Map(Object.entries(base));
    for (const [k, v] of Object.entries(over)) {
        const b = out.get(k);
        out.set(k, isPlainObject(b) && isPlainObject(v) ? deepMerge(b, v) : v);
    }
    return Object.fromEntries(out);
}
/** Assumes the profile graph is valid (no cycles, known parents). */
function resolveProfile(config, name) {
    const lineage = [];
    const seen = new Set();
    const walk = (n) => {
        if (seen.has(n))
            return;
        seen.add(n);
        for (const p of extendsOf(config, n))
            walk(p);
        lineage.push(n);
    };
    walk(name);
    // In order of first mention; a Set keeps that order and finds ids in constant time.
    const ids = new Set();
    const overrides = new Map();
    let decision = { ...config.decision };
    for (const n of lineage) {
        const p = (0,_own_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .Z)(config.profiles, n);
        for (const id of p.checks ?? [])
            ids.add(id);
        for (const id of p.exclude ?? [])
            ids.delete(id);
        for (const [id, fields] of Object.entries(p.overrides ?? {})) {
            const list = overrides.get(id) ?? [];
            list.unshift({ path: ['profiles', n, 'overrides', id], fields });
            overrides.set(id, list);
        }
        if (p.decision) {
            decision = {
                ...decision,
                ...p.decision,
                categories: { ...decision.categories, ...p.decision.categories },
            };
        }
    }
    const checks = [...ids].map((id) => {
        const sources = overrides.get(id) ?? [];
        // Shared, not copied, when nothing overrides it: nothing changes a check's fields in place,
        // and a copy per profile and check adds up in a large config.
        let raw = ((0,_own_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .Z)(config.checks, id) ?? {});
        if (typeof raw !== 'object' || raw === null)
            raw = {};
        for (const src of [...sources].reverse())
            raw = deepMerge(raw, src.fields);
        return { id, raw, overrideSources: sources };
    });
    return { name, lineage, checks, decision };
}
function hasPath(obj, path) {
    let cur = obj;
    for (const k of path) {
        if (!isPlainObject(cur) && !Array.isArray(cur))
            return false;
        if (!Object.hasOwn(cur, k))
            return false;
        cur = cur[k];
    }
    return true;
}
/** Maps a key path inside a merged check to the YAML path it came from. */
function sourcePathOf(check, inner) {
    for (let len = inner.length; len >= 1; len--) {
        const prefix = inner.slice(0, len);
        const src = check.overrideSources.find((s) => hasPath(s.fields, prefix));
        if (src)
            return [...src.path, ...inner];
    }
    return ['checks', check.id, ...inner];
}
/** Validates a merged (and possibly interpolated) check against its type's schema. */
function validateCheck(check, raw = check.raw) {
    const type = (0,_checks_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .checkType */ .Bt)(raw.type);
    if (!type) {
        const t = raw.type;
        const message = t === undefined
            ? 'a check needs a "type"'
            : `unknown check type ${describe(t)}${typeof t === 'string' ? (0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .didYouMean */ .au)(t, _checks_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .CHECK_TYPE_NAMES */ .x9) : ''}; known types: ${_checks_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .CHECK_TYPE_NAMES */ .x9.join(', ')}`;
        return { issues: [{ path: sourcePathOf(check, ['type']), message }] };
    }
    const parsed = (0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .checkSchemaOf */ .D1)(type).safeParse(raw, { reportInput: true });
    if (parsed.success)
        return { value: parsed.data, issues: [] };
    return {
        issues: parsed.error.issues.flatMap((iss) => zodIssueToMessages(iss, check, raw)),
    };
}
/** Allowed values an error lists; a longer list is counted instead. */
const LISTED_VALUES = 12;
function describeZodIssue(iss) {
    switch (iss.code) {
        case 'invalid_type':
            // A schema's own message (a duration given as a bare number says which unit to add).
            if (!iss.message.startsWith('Invalid input'))
                return iss.message;
            return `expected ${iss.expected}${'input' in iss && iss.input !== undefined ? `, got ${describe(iss.input)}` : ', but it is missing'}`;
        case 'invalid_value': {
            const got = 'input' in iss && iss.input !== undefined ? `, got ${describe(iss.input)}` : ', but it is missing';
            // A long list (the secret rules' ids) is named, not printed: the nearest value, and where
            // every value is listed.
            if (iss.values.length > LISTED_VALUES) {
                const near = 'input' in iss && typeof iss.input === 'string'
                    ? (0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .didYouMean */ .au)(iss.input, iss.values.filter((v) => typeof v === 'string'))
                    : '';
                return `expected one of ${iss.values.length} values${got}${near} (every one is in \`promotion-gate schema\`)`;
            }
            return `expected one of ${iss.values.map((v) => JSON.stringify(v)).join(', ')}${got}`;
        }
        case 'too_small':
            return `${iss.origin === 'array' ? 'needs at least' : 'must be at least'} ${iss.minimum}${iss.origin === 'array' ? ' item(s)' : iss.origin === 'string' ? ' character(s)' : ''}`;
        case 'too_big':
            if (iss.origin === 'string')
                return `may have at most ${iss.maximum} characters`;
            return `${iss.origin === 'array' ? 'may have at most' : 'must be at most'} ${iss.maximum}${iss.origin === 'array' ? ' item(s)' : ''}`;
        case 'invalid_format':
            return `expected ${iss.format}`;
        default:
            return iss.message;
    }
}
function describe(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a mapping';
    if (typeof v === 'string')
        return `"${v.length > 60 ? `${v.slice(0, 57)}...` : v}"`;
    return `${typeof v} ${String(v)}`;
}
function zodIssueToMessages(iss, check, raw) {
    const inner = iss.path;
    if (iss.code === 'unrecognized_keys') {
        return iss.keys.map((k) => ({
            path: sourcePathOf(check, [...inner, k]),
            message: `unknown key "${k}"${suggest(k, raw, inner)}`,
            keyOnly: true,
        }));
    }
    if (iss.code === 'invalid_union') {
        // Report the branch whose issues go deepest: the closest match.
        const branches = iss.errors;
        if (branches.length === 0)
            return [{ path: sourcePathOf(check, inner), message: describeZodIssue(iss) }];
        const best = branches.reduce((a, b) => Math.max(...a.map((i) => i.path.length)) >= Math.max(...b.map((i) => i.path.length)) ? a : b);
        const nested = best.filter((i) => i.path.length > 0 || best.length === 1);
        if (nested.length > 0 && branches.every((b) => b.length > 0)) {
            return nested.flatMap((i) => zodIssueToMessages({ ...i, path: [...inner, ...i.path] }, check, raw));
        }
    }
    return [{ path: sourcePathOf(check, inner), message: describeZodIssue(iss) }];
}
/** Suggests the allowed key closest to a misspelt one, at the check's top level. */
function suggest(key, raw, inner) {
    if (inner.length > 0)
        return '';
    const type = (0,_checks_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .checkType */ .Bt)(raw.type);
    if (!type)
        return '';
    return (0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .didYouMean */ .au)(key, ['type', ...Object.keys(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .commonCheckFields */ .de), ...Object.keys(type.fields.shape)]);
}


/***/ }),

/***/ 90131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $h: () => (/* binding */ NAME_RULE),
/* harmony export */   Bl: () => (/* binding */ DEFAULT_CATEGORIES),
/* harmony export */   D1: () => (/* binding */ checkSchemaOf),
/* harmony export */   Mk: () => (/* binding */ configJsonSchema),
/* harmony export */   Qn: () => (/* binding */ configSchema),
/* harmony export */   de: () => (/* binding */ commonCheckFields),
/* harmony export */   ms: () => (/* binding */ defaultsSchema),
/* harmony export */   zP: () => (/* binding */ CHECK_ID)
/* harmony export */ });
/* unused harmony export decisionSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12311);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(98439);
/* harmony import */ var _checks_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56538);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73054);
/* harmony import */ var _checks_fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23128);
/* harmony import */ var _environments_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51390);
/* harmony import */ var _notify_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67649);






/**
 * Check ids and profile names: each may become a file or folder name (evidence/<check>/,
 * .promotion-gate/<profile>/), so no separators, no leading dot, and a sane length.
 */
const CHECK_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;
const NAME_RULE = 'may use only letters, digits, ".", "_" and "-", start with a letter or digit, and have at most 100 characters';
/** Fields every check has, whatever its type. */
const commonCheckFields = {
    title: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional().describe('Display name in reports'),
    category: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional().describe('Scoring category (a key of decision.categories)'),
    enforcement: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(_core_types_js__WEBPACK_IMPORTED_MODULE_5__/* .ENFORCEMENTS */ .w_)
        .optional()
        .describe('hard: a failure always holds; required: a failure holds unless waived; scored: lowers the score; advisory: warns; dry-run: reported, never counted; off: not run'),
    timeout: _checks_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .timeout */ .wR.optional().describe('Time the check may take (default: defaults.timeout)'),
    onError: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(_core_types_js__WEBPACK_IMPORTED_MODULE_5__/* .ON_ERROR */ .DD)
        .optional()
        .describe('What a check that could not run counts as: fail (default), warn or pass'),
};
/** A check of one type: its own fields and the common ones, no others. */
function checkSchemaFor(t) {
    return zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
        type: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(t.type),
        ...commonCheckFields,
        ...t.fields.shape,
    })
        .describe(t.description);
}
const checkSchemas = new WeakMap();
/** The schema of a check of that type, built the first time a config names the type. */
function checkSchemaOf(type) {
    let schema = checkSchemas.get(type);
    if (!schema) {
        schema = checkSchemaFor(type);
        checkSchemas.set(type, schema);
    }
    return schema;
}
/** Every type's check, for the JSON Schema: after `loadCheckTypes()`. */
function everyCheckSchema() {
    return zod__WEBPACK_IMPORTED_MODULE_4__/* .discriminatedUnion */ .gMt('type', (0,_checks_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .allCheckTypes */ .pO)().map(checkSchemaOf));
}
const DEFAULT_CATEGORIES = { safety: 1.0, data: 1.0, ops: 0.8, design: 0.6 };
const decisionSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    categories: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().min(0).max(2))
        .optional()
        .describe('Category weights 0\u20132: effective = 5 \u2212 (5 \u2212 raw) \u00d7 weight, floored at 2 unless raw is 1'),
    holdLine: zod__WEBPACK_IMPORTED_MODULE_4__/* .int */ .Whr()
        .min(1)
        .max(5)
        .optional()
        .describe('Hold when the effective score is at or below this (default 2)'),
    autoPromoteAt: zod__WEBPACK_IMPORTED_MODULE_4__/* .int */ .Whr()
        .min(1)
        .max(5)
        .optional()
        .describe('Scores at or above this auto-promote; below it promote with a hotfix (default 4)'),
    releaseCandidatePercent: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig()
        .min(0)
        .max(100)
        .optional()
        .describe('Level release_candidate when blocked but this percent of gating checks passed (default 80)'),
    ratchet: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY()
        .optional()
        .describe('Hold when checks that required a hotfix last run fail again (default true)'),
    hotfixDeadline: _notify_js__WEBPACK_IMPORTED_MODULE_3__/* .hotfixDeadline */ .jG.optional(),
});
const profileSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    description: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
    extends: zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP())])
        .optional()
        .describe('Profiles whose checks this one inherits'),
    checks: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()).optional().describe('Check ids this profile adds'),
    exclude: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()).optional().describe('Inherited check ids this profile drops'),
    overrides: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .unknown */ .L5J()))
        .optional()
        .describe('Per-check field overrides for this profile'),
    decision: decisionSchema.optional().describe('Decision settings for this profile, over the global ones'),
});
const waiverSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    check: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    reason: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1),
    expires: zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .date */ .p6U()])
        .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
        .refine((s) => !Number.isNaN(Date.parse(s)), { message: 'expected a date such as 2026-12-31' }),
    by: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1),
    profiles: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()).optional(),
});
const DOMAIN = /^[A-Za-z0-9][\w.-]*$/;
const aggregateSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    required: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().regex(DOMAIN, 'a domain name uses letters, digits, ".", "_" and "-"'))
        .optional()
        .describe('Domains that must be present and passed (default: every domain given)'),
    releaseCandidateAt: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig()
        .min(0)
        .max(100)
        .optional()
        .describe('Level release_candidate when blocked but this percent of required domains passed (default 80)'),
    domains: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().regex(DOMAIN, 'a domain name uses letters, digits, ".", "_" and "-"'), zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
        path: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).optional().describe('Evidence file of the domain (--artifact overrides it)'),
        format: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(['auto', 'json', 'yaml', 'junit', 'sarif']).optional(),
        assert: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(_checks_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .condition */ .uH)
            .optional()
            .describe('Conditions that decide "passed" instead of the status field, e.g. regressions == 0'),
        maxAge: _checks_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .age */ .KW
            .optional()
            .describe('Evidence older than this (by its finishedAt, else the file time) is a blocker <domain>.stale, e.g. 35d for a monthly rollback drill'),
    }))
        .optional(),
});
const defaultsSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    timeout: _checks_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .timeout */ .wR.optional().describe('Per-check timeout (default 30s)'),
    concurrency: zod__WEBPACK_IMPORTED_MODULE_4__/* .int */ .Whr()
        .min(1)
        .max(64)
        .optional()
        .describe('Checks that run commands, git or work in this process, run at once (default 8); live probes start together, up to 64'),
    gateTimeout: _checks_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .timeout */ .wR.optional().describe('Time the whole gate may take (default 15m)'),
    base: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()
        .min(1)
        .optional()
        .describe('Base revision diff checks compare with when no --base, pull request or promoted run in history gives one (e.g. origin/main, v1.4.0)'),
});
const configSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    $schema: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
    version: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(1),
    vars: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY()])).optional(),
    defaults: defaultsSchema.optional(),
    decision: decisionSchema.optional(),
    profiles: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), profileSchema),
    // Each check is validated against its own type's schema (config/resolve.ts validateCheck).
    checks: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .unknown */ .L5J()),
    waivers: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(waiverSchema).optional(),
    aggregate: aggregateSchema.optional().describe('Evidence domains the aggregate command merges'),
    environments: _environments_js__WEBPACK_IMPORTED_MODULE_2__/* .environmentsSchema */ .me.optional(),
    notify: _notify_js__WEBPACK_IMPORTED_MODULE_3__/* .notifySchema */ .dt.optional(),
});
/** JSON Schema for editors (yaml-language-server): every check type's fields. */
async function configJsonSchema() {
    await (0,_checks_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .loadCheckTypes */ .wV)();
    const schema = zod__WEBPACK_IMPORTED_MODULE_6__/* .toJSONSchema */ .bl(configSchema.extend({ checks: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), everyCheckSchema()) }), {
        io: 'input',
        unrepresentable: 'any',
        target: 'draft-7',
    });
    return {
        ...schema,
        $id: 'https://raw.githubusercontent.com/promotion-gate/promotion-gate/v1/schema/promotion-gate.schema.json',
        title: 'promotion-gate configuration',
    };
}


/***/ }),

/***/ 14353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nN: () => (/* binding */ ShellBinder),
  VT: () => (/* binding */ shellExpressionIssues),
  pk: () => (/* binding */ shellFieldsOf)
});

// EXTERNAL MODULE: ./src/checks/fields.ts
var checks_fields = __webpack_require__(23128);
// EXTERNAL MODULE: ./src/config/interpolate.ts
var interpolate = __webpack_require__(72757);
;// CONCATENATED MODULE: ./src/config/shell.ts
/**
 * Where bash reads the text at given places of a script: bare, inside double or single quotes, in
 * a here-document, or somewhere a value would be run as code. The planner puts a reference to an
 * environment variable at each `${{ \u2026 }}` of a shell field, written for that place, so a value is
 * always exactly one word that bash never reads as code:
 *
 *   bare            echo ${{ inputs.v }}       \u2192  echo "${NAME}"
 *   double quotes   echo "v=${{ inputs.v }}"   \u2192  echo "v=${NAME}"
 *   single quotes   echo 'v=${{ inputs.v }}'   \u2192  echo 'v='"${NAME}"''
 *   here-document   <<EOF \u2026 ${{ inputs.v }}    \u2192  \u2026 ${NAME}
 *
 * Places where no reference is safe or meaningful ($(( \u2026 )), ${ \u2026 }, $'\u2026', a quoted here-document,
 * after a backslash) are reported, and the planner makes them config errors.
 *
 * Whatever this reader gets wrong about an odd script, a reference can only ever expand to the
 * value as text (bash does not read the result of an expansion as code), so a mistake here makes a
 * wrong word, never a command.
 */
/** Stands for a value in the masked script; the script's own U+FFFF (if any) is changed first. */
const SLOT = '\uFFFF';
/** Characters after which a `#` starts a comment, and that end a here-document delimiter. */
const BREAK = new Set([' ', '\t', '\n', ';', '&', '|', '(', ')', '<', '>']);
const UNSAFE = {
    escaped: 'right after a backslash, where a value cannot be quoted',
    arith: 'inside arithmetic ($(( \u2026 )), (( \u2026 )) or $[ \u2026 ]), where bash evaluates it as code',
    param: 'inside ${ \u2026 }',
    ansi: "inside $'\u2026' quotes",
    heredocQuoted: "inside a here-document with a quoted delimiter (<<'EOF'), which expands nothing",
    delimiter: 'in a here-document delimiter',
    backquotes: 'inside backquotes within double quotes; use $( \u2026 ) instead',
};
/** For each [start, end) span (in order, not overlapping), where bash reads text put there. */
function shellPlaces(script, spans) {
    let masked = '';
    let at = 0;
    for (const span of spans) {
        masked += script.slice(at, span.start).replaceAll(SLOT, '\uFFFE') + SLOT;
        at = span.end;
    }
    masked += script.slice(at).replaceAll(SLOT, '\uFFFE');
    const slots = new ShellReader(masked).read();
    // Every span must have its answer; should the reader ever miss one, none is trusted.
    if (slots.length !== spans.length)
        return spans.map(() => ({ unsafe: 'somewhere this script cannot be read safely' }));
    return slots;
}
/** The text that stands for environment variable `name` at that place. */
function shellReference(name, place) {
    switch (place) {
        case 'bare':
            return `"\${${name}}"`;
        case 'single':
            return `'"\${${name}}"'`;
        default:
            return `\${${name}}`;
    }
}
class ShellReader {
    s;
    out = [];
    stack = [{ kind: 'bare', close: '', parens: 0 }];
    heredocs = [];
    wordStart = true;
    i = 0;
    constructor(s) {
        this.s = s;
    }
    read() {
        const s = this.s;
        while (this.i < s.length) {
            const top = this.stack[this.stack.length - 1];
            const c = s[this.i];
            if (c === SLOT) {
                this.out.push(this.place());
                this.i++;
                this.wordStart = false;
                continue;
            }
            if (c === '\\' && top.kind !== 'single' && top.kind !== 'comment') {
                if (s[this.i + 1] === SLOT)
                    this.out.push({ unsafe: UNSAFE.escaped });
                this.i += 2;
                this.wordStart = false;
                continue;
            }
            switch (top.kind) {
                case 'comment':
                    // The newline ends the comment and is then read by the frame around it.
                    if (c === '\n')
                        this.stack.pop();
                    else
                        this.i++;
                    break;
                case 'single':
                case 'ansi':
                    if (c === "'")
                        this.stack.pop();
                    this.i++;
                    break;
                case 'double':
                    this.inDouble(c);
                    break;
                case 'param':
                    this.inParam(top, c);
                    break;
                case 'arith':
                    this.inArith(top, c);
                    break;
                case 'bare':
                    this.inBare(top, c);
                    break;
            }
        }
        return this.out;
    }
    place() {
        const top = this.stack[this.stack.length - 1];
        const below = this.stack.slice(0, -1);
        switch (top.kind) {
            case 'bare':
                return top.close === '`' && below.some((f) => f.kind === 'double')
                    ? { unsafe: UNSAFE.backquotes }
                    : { place: 'bare' };
            case 'comment':
                return { place: 'bare' };
            case 'double':
                return { place: 'double' };
            case 'single':
                return below[below.length - 1]?.kind === 'param' ? { unsafe: UNSAFE.param } : { place: 'single' };
            case 'ansi':
                return { unsafe: UNSAFE.ansi };
            case 'param':
                return { unsafe: UNSAFE.param };
            case 'arith':
                return { unsafe: UNSAFE.arith };
        }
    }
    /** `$` at this.i: command substitution, arithmetic, parameter expansion or $'\u2026' quotes. */
    dollar(inBare) {
        const next = this.s[this.i + 1];
        if (next === '(' && this.s[this.i + 2] === '(') {
            this.stack.push({ kind: 'arith', close: ')', depth: 0 });
            this.i += 3;
        }
        else if (next === '(') {
            this.stack.push({ kind: 'bare', close: ')', parens: 0 });
            this.i += 2;
            this.wordStart = true;
        }
        else if (next === '[') {
            this.stack.push({ kind: 'arith', close: ']', depth: 0 });
            this.i += 2;
        }
        else if (next === '{') {
            this.stack.push({ kind: 'param', braces: 1 });
            this.i += 2;
        }
        else if (next === "'" && inBare) {
            this.stack.push({ kind: 'ansi' });
            this.i += 2;
        }
        else if (next === '"' && inBare) {
            this.stack.push({ kind: 'double' });
            this.i += 2;
        }
        else
            this.i++;
    }
    inDouble(c) {
        if (c === '"') {
            this.stack.pop();
            this.i++;
        }
        else if (c === '`') {
            this.stack.push({ kind: 'bare', close: '`', parens: 0 });
            this.i++;
            this.wordStart = true;
        }
        else if (c === '$')
            this.dollar(false);
        else
            this.i++;
    }
    inParam(top, c) {
        if (c === '}') {
            if (--top.braces === 0)
                this.stack.pop();
            this.i++;
        }
        else if (c === '{') {
            top.braces++;
            this.i++;
        }
        else if (c === "'") {
            this.stack.push({ kind: 'single' });
            this.i++;
        }
        else if (c === '"') {
            this.stack.push({ kind: 'double' });
            this.i++;
        }
        else if (c === '$')
            this.dollar(false);
        else
            this.i++;
    }
    inArith(top, c) {
        const open = top.close === ')' ? '(' : '[';
        if (c === open)
            top.depth++;
        else if (c === top.close) {
            if (top.depth > 0)
                top.depth--;
            else {
                this.stack.pop();
                // $(( \u2026 )) and (( \u2026 )) end with two parentheses.
                if (top.close === ')' && this.s[this.i + 1] === ')')
                    this.i++;
            }
        }
        else if (c === '$')
            return this.dollar(false);
        else if (c === '"')
            this.stack.push({ kind: 'double' });
        this.i++;
    }
    inBare(top, c) {
        const s = this.s;
        const wordStart = this.wordStart;
        this.wordStart = BREAK.has(c);
        if (c === "'")
            this.stack.push({ kind: 'single' });
        else if (c === '"')
            this.stack.push({ kind: 'double' });
        else if (c === '`') {
            if (top.close === '`')
                this.stack.pop();
            else {
                this.stack.push({ kind: 'bare', close: '`', parens: 0 });
                this.wordStart = true;
            }
        }
        else if (c === '$') {
            this.dollar(true);
            return;
        }
        else if (c === '#' && wordStart) {
            this.stack.push({ kind: 'comment' });
        }
        else if (c === '(') {
            if (wordStart && s[this.i + 1] === '(') {
                this.stack.push({ kind: 'arith', close: ')', depth: 0 });
                this.i += 2;
                return;
            }
            top.parens++;
        }
        else if (c === ')') {
            if (top.parens > 0)
                top.parens--;
            else if (top.close === ')')
                this.stack.pop();
        }
        else if (c === '<' && s[this.i + 1] === '<') {
            if (s[this.i + 2] === '<') {
                this.i += 3; // a here-string: its word is read as usual
                return;
            }
            this.i = this.heredocOperator(this.i + 2);
            return;
        }
        else if (c === '\n' && this.heredocs.length > 0) {
            this.i = this.heredocBodies(this.i + 1);
            return;
        }
        this.i++;
    }
    /** Reads the delimiter after `<<` (or `<<-`); the body starts at the next newline. */
    heredocOperator(j) {
        const s = this.s;
        let stripTabs = false;
        if (s[j] === '-') {
            stripTabs = true;
            j++;
        }
        while (s[j] === ' ' || s[j] === '\t')
            j++;
        let delimiter = '';
        let quoted = false;
        while (j < s.length && !BREAK.has(s[j])) {
            const c = s[j];
            if (c === "'" || c === '"') {
                quoted = true;
                const end = s.indexOf(c, j + 1);
                const text = s.slice(j + 1, end < 0 ? s.length : end);
                for (const ch of text)
                    if (ch === SLOT)
                        this.out.push({ unsafe: UNSAFE.delimiter });
                delimiter += text;
                j = end < 0 ? s.length : end + 1;
            }
            else if (c === '\\') {
                quoted = true;
                if (s[j + 1] === SLOT)
                    this.out.push({ unsafe: UNSAFE.delimiter });
                delimiter += s[j + 1] ?? '';
                j += 2;
            }
            else {
                if (c === SLOT)
                    this.out.push({ unsafe: UNSAFE.delimiter });
                delimiter += c;
                j++;
            }
        }
        if (delimiter !== '')
            this.heredocs.push({ delimiter, quoted, stripTabs });
        this.wordStart = false;
        return j;
    }
    /** Reads the bodies of the pending here-documents, which start at j. */
    heredocBodies(j) {
        const s = this.s;
        for (const doc of this.heredocs.splice(0)) {
            while (j < s.length) {
                const nl = s.indexOf('\n', j);
                const end = nl < 0 ? s.length : nl;
                const line = s.slice(j, end);
                j = end + 1;
                if ((doc.stripTabs ? line.replace(/^\t+/, '') : line) === doc.delimiter)
                    break;
                for (const ch of line)
                    if (ch === SLOT)
                        this.out.push(doc.quoted ? { unsafe: UNSAFE.heredocQuoted } : { place: 'heredoc' });
            }
        }
        this.wordStart = true;
        return Math.min(j, s.length);
    }
}

;// CONCATENATED MODULE: ./src/config/shellValues.ts



/**
 * Values never become shell code. In a field bash runs, each `${{ \u2026 }}` is replaced by a reference
 * to an environment variable (`"${PROMOTION_GATE_VALUE_INPUTS_VERSION}"`), and the value is given
 * to the process in that variable, so `-i 'v=1; touch pwned'` is one word with a semicolon in it.
 */
const shellFields = new WeakMap();
/** The top-level fields of a check type that bash runs. */
function shellFieldsOf(type) {
    if (!type)
        return [];
    // Asked for every check, at load and again at plan: a type's fields are looked through once.
    let fields = shellFields.get(type);
    if (!fields) {
        fields = Object.entries(type.fields.shape)
            .filter(([, schema]) => (0,checks_fields/* isShellScript */.EI)(schema))
            .map(([key]) => key);
        shellFields.set(type, fields);
    }
    return fields;
}
function unsafeMessage(r, where) {
    return `${r.text} sits ${where}; put it where a value is one word (bare, or inside double quotes)`;
}
/** Expressions of a script that sit where no value can be passed safely; found without values. */
function shellExpressionIssues(script) {
    if (!script.includes('${{'))
        return [];
    const { refs } = (0,interpolate/* parseExpressions */.$y)(script);
    if (refs.length === 0)
        return [];
    return shellPlaces(script, refs).flatMap((slot, i) => 'unsafe' in slot ? [unsafeMessage(refs[i], slot.unsafe)] : []);
}
/** Binds the expressions of one check's shell fields to environment variables. */
class ShellBinder {
    interp;
    /** Environment variable name \u2192 value, for the process that runs the field. */
    values = {};
    names = new Map();
    constructor(interp) {
        this.interp = interp;
    }
    bind(script, path, issues) {
        if (!script.includes('${{'))
            return script;
        const { refs, errors } = (0,interpolate/* parseExpressions */.$y)(script);
        for (const message of errors)
            issues.push({ path, message });
        if (refs.length === 0)
            return script;
        const places = shellPlaces(script, refs);
        let out = '';
        let at = 0;
        refs.forEach((r, i) => {
            const slot = places[i];
            out += script.slice(at, r.start);
            at = r.end;
            if ('unsafe' in slot) {
                issues.push({ path, message: unsafeMessage(r, slot.unsafe) });
                out += r.text;
                return;
            }
            const value = this.interp.valueOf(r, path, issues);
            out += value === undefined ? r.text : shellReference(this.nameFor(r, value), slot.place);
        });
        return out + script.slice(at);
    }
    /** One variable per distinct expression, named after it so the command line stays readable. */
    nameFor(r, value) {
        const key = JSON.stringify([r.ns, r.name, r.fallback ?? null]);
        const known = this.names.get(key);
        if (known)
            return known;
        const base = `PROMOTION_GATE_VALUE_${r.ns}_${r.name}`.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
        let name = base;
        for (let n = 2; Object.hasOwn(this.values, name); n++)
            name = `${base}_${n}`;
        this.values[name] = value;
        this.names.set(key, name);
        return name;
    }
}


/***/ }),

/***/ 847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ YAML_LIMITS)
/* harmony export */ });
/**
 * The bounds a config's YAML is read within: a config is a small file, and anything past them is
 * a mistake or an attack, a config error that says the limit. The full reading (yaml.ts) checks
 * each before the step it protects; the quick one (plainYaml.ts) reads only texts and data within
 * them.
 */
const YAML_LIMITS = {
    /** Characters of the file. */
    chars: 1024 * 1024,
    /** Mappings and lists inside each other. */
    depth: 64,
    /** Keys, values and list items, aliases counted as what they stand for. */
    values: 50_000,
    /** Characters of all keys and values, aliases counted as what they stand for. */
    expandedChars: 2 * 1024 * 1024,
    /** Characters of one key or value. */
    stringChars: 64 * 1024,
};


/***/ }),

/***/ 18857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F9: () => (/* binding */ evaluateCondition),
/* harmony export */   Rr: () => (/* binding */ parsePath),
/* harmony export */   Yn: () => (/* binding */ getPath),
/* harmony export */   bp: () => (/* binding */ describeValue),
/* harmony export */   nQ: () => (/* binding */ equalityConditions),
/* harmony export */   zB: () => (/* binding */ parseCondition)
/* harmony export */ });
/**
 * The condition language shared by http, freshness and evidence checks:
 *   `status == "ok"`, `tables.permits > 0`, `tables.users exists`, `len(items) >= 3`,
 *   `version matches "^2\."`, `tags contains "prod"`, `errors not exists`.
 * A path walks JSON with dots and [index]; `$` is the whole document.
 */
const PATH = String.raw `(?:\$|[A-Za-z_][\w-]*|\[\s*(?:\d+|"[^"]*"|'[^']*')\s*\])(?:\.[A-Za-z_][\w-]*|\.\d+|\[\s*(?:\d+|"[^"]*"|'[^']*')\s*\])*`;
const CONDITION = new RegExp(String.raw `^\s*(len\(\s*(${PATH})\s*\)|${PATH})\s*(==|!=|>=|<=|>|<|contains\b|matches\b|not\s+exists\b|exists\b)\s*(.*?)\s*$`);
function parsePath(text) {
    if (text === '$')
        return [];
    const parts = [];
    const re = /\[\s*(\d+|"[^"]*"|'[^']*')\s*\]|\.?([A-Za-z_][\w-]*|\d+)|\$/g;
    for (const m of text.matchAll(re)) {
        if (m[0] === '$')
            continue;
        const raw = m[1] ?? m[2];
        parts.push(raw.startsWith('"') || raw.startsWith("'") ? raw.slice(1, -1) : raw);
    }
    return parts;
}
function parseLiteral(text) {
    if (/^"(?:[^"\\]|\\.)*"$/.test(text)) {
        // JSON escapes where they are valid; a regex such as "^2\." keeps its backslash as written.
        try {
            return JSON.parse(text);
        }
        catch {
            return text.slice(1, -1);
        }
    }
    if (/^'.*'$/.test(text))
        return text.slice(1, -1);
    if (/^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i.test(text))
        return Number(text);
    if (text === 'true')
        return true;
    if (text === 'false')
        return false;
    if (text === 'null')
        return null;
    return text;
}
/** Throws an Error with a readable message when the text is not a condition. */
function parseCondition(source) {
    const m = CONDITION.exec(source);
    if (!m) {
        throw new Error(`cannot read condition "${source}": expected "<path> <op> <value>" with op one of == != > >= < <= contains matches exists "not exists"`);
    }
    const isLen = m[1].startsWith('len(');
    const pathText = isLen ? m[2] : m[1];
    const op = m[3].replace(/\s+/, ' ');
    const rest = m[4] ?? '';
    if ((op === 'exists' || op === 'not exists') && rest !== '') {
        throw new Error(`cannot read condition "${source}": nothing may follow "${op}"`);
    }
    if (op !== 'exists' && op !== 'not exists' && rest === '') {
        throw new Error(`cannot read condition "${source}": a value must follow "${op}"`);
    }
    if (/^=/.test(rest)) {
        // `===` and `!==` are JavaScript, not this language: read as `==` and the text `= "ok"`,
        // the condition would never hold.
        throw new Error(`cannot read condition "${source}": "${op}=" is not an operator; use ${op === '!=' ? '!=' : '=='}`);
    }
    if (op !== 'exists' && op !== 'not exists' && !/^(["']).*\1$/s.test(rest) && /["']/.test(rest)) {
        throw new Error(`cannot read condition "${source}": the value ${rest} has an unbalanced quote; quote a text value whole, e.g. "ok"`);
    }
    const value = op === 'exists' || op === 'not exists' ? undefined : parseLiteral(rest);
    if (op === 'matches') {
        try {
            new RegExp(String(value));
        }
        catch (err) {
            throw new Error(`cannot read condition "${source}": ${err.message}`);
        }
    }
    if (['>', '>=', '<', '<='].includes(op) && typeof value !== 'number') {
        throw new Error(`cannot read condition "${source}": "${op}" compares numbers, got ${JSON.stringify(value)}`);
    }
    return { source, path: parsePath(pathText), length: isLen, op, value };
}
function getPath(doc, path) {
    let cur = doc;
    for (const key of path) {
        if (cur === null || typeof cur !== 'object')
            return { found: false, value: undefined };
        if (Array.isArray(cur)) {
            const i = Number(key);
            if (!Number.isInteger(i) || i < 0 || i >= cur.length)
                return { found: false, value: undefined };
            cur = cur[i];
        }
        else {
            if (!Object.hasOwn(cur, key))
                return { found: false, value: undefined };
            cur = cur[key];
        }
    }
    return { found: true, value: cur };
}
function describeValue(value) {
    if (value === undefined)
        return 'missing';
    const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
function toNumber(value) {
    if (typeof value === 'number')
        return value;
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
        return Number(value);
    if (typeof value === 'boolean')
        return value ? 1 : 0;
    return undefined;
}
function looseEquals(a, b) {
    if (a === b)
        return true;
    if (typeof b === 'number')
        return toNumber(a) === b;
    if (typeof b === 'string' && (typeof a === 'number' || typeof a === 'boolean'))
        return String(a) === b;
    return false;
}
function evaluateCondition(cond, doc) {
    const pathLabel = cond.path.length ? cond.path.join('.') : '$';
    const label = cond.length ? `len(${pathLabel})` : pathLabel;
    const got = getPath(doc, cond.path);
    let value = got.value;
    if (cond.length && got.found) {
        value =
            typeof value === 'string' || Array.isArray(value)
                ? value.length
                : value && typeof value === 'object'
                    ? Object.keys(value).length
                    : undefined;
    }
    const observed = `${label} = ${got.found ? describeValue(value) : 'missing'}`;
    const result = (ok) => ({ ok, observed, condition: cond.source.trim() });
    switch (cond.op) {
        case 'exists':
            return result(got.found && value !== null);
        case 'not exists':
            return result(!got.found || value === null);
        case '==':
            return result(got.found && looseEquals(value, cond.value));
        case '!=':
            return result(!got.found || !looseEquals(value, cond.value));
        case 'contains':
            if (typeof value === 'string')
                return result(value.includes(String(cond.value)));
            if (Array.isArray(value))
                return result(value.some((v) => looseEquals(v, cond.value)));
            return result(false);
        case 'matches':
            return result(typeof value === 'string' && new RegExp(String(cond.value)).test(value));
        default: {
            const n = toNumber(value);
            const t = cond.value;
            if (n === undefined || Number.isNaN(n))
                return result(false);
            const ok = cond.op === '>' ? n > t : cond.op === '>=' ? n >= t : cond.op === '<' ? n < t : n <= t;
            return result(ok);
        }
    }
}
/** `{ status: ok, "tables.permits": 3 }` \u2192 equality conditions, for the `json:` shorthand. */
function equalityConditions(map) {
    return Object.entries(map).map(([path, value]) => ({
        source: `${path} == ${JSON.stringify(value)}`,
        path: parsePath(path),
        length: false,
        op: '==',
        value,
    }));
}


/***/ }),

/***/ 72020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ didYouMean)
/* harmony export */ });
/* unused harmony exports distance, plural */
/** Edit distance, for "did you mean" hints on misspelt keys. */
function distance(a, b) {
    const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = prev[j];
            prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = tmp;
        }
    }
    return prev[b.length];
}
/** Names longer than this get no suggestion: nobody misspells them, and the distance costs len\u00b2. */
const SUGGEST_MAX_LENGTH = 64;
function didYouMean(word, candidates) {
    if (typeof word !== 'string' || word.length > SUGGEST_MAX_LENGTH)
        return '';
    const limit = Math.max(1, Math.floor(word.length / 3));
    const lower = word.toLowerCase();
    let best;
    let bestD = Infinity;
    for (const c of candidates) {
        // The distance is at least the difference in length: most candidates are ruled out cheaply.
        if (Math.abs(c.length - word.length) > limit)
            continue;
        const d = distance(lower, c.toLowerCase());
        if (d < bestD) {
            bestD = d;
            best = c;
        }
    }
    return best !== undefined && bestD <= limit ? ` (did you mean "${best}"?)` : '';
}
function plural(n, word, many = `${word}s`) {
    return `${n} ${n === 1 ? word : many}`;
}


/***/ }),

/***/ 73054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DD: () => (/* binding */ ON_ERROR),
/* harmony export */   Qw: () => (/* binding */ CHECK_STATUSES),
/* harmony export */   w_: () => (/* binding */ ENFORCEMENTS)
/* harmony export */ });
/** Shared vocabulary of the gate: what a check yields and what the decision says. */
const CHECK_STATUSES = ['pass', 'warn', 'fail', 'error', 'skipped'];
const ENFORCEMENTS = ['hard', 'required', 'scored', 'advisory', 'dry-run', 'off'];
const ON_ERROR = ['fail', 'warn', 'pass'];


/***/ })

};
