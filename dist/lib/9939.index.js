export const id = 9939;
export const ids = [9939];
export const modules = {

/***/ 54451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N9: () => (/* binding */ EVIDENCE_FORMATS),
  oe: () => (/* binding */ EvidenceError),
  Qn: () => (/* binding */ loadEvidence)
});

// UNUSED EXPORTS: detectFormat

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/checks/paths.ts
var paths = __webpack_require__(47681);
// EXTERNAL MODULE: ./src/checks/evidence/junit.ts
var junit = __webpack_require__(88543);
;// CONCATENATED MODULE: ./src/checks/evidence/sarif.ts
/** SARIF 2.1.0 reduced to what a gate asks: how many results of each level, by rule and tool. */
const obj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : {});
const arr = (v) => (Array.isArray(v) ? v : []);
const LEVELS = new Set(['error', 'warning', 'note', 'none']);
function summarizeSarif(doc) {
    const root = obj(doc);
    if (!Array.isArray(root.runs))
        throw new Error('not a SARIF log: no "runs" array');
    const out = {
        results: 0,
        error: 0,
        warning: 0,
        note: 0,
        none: 0,
        suppressed: 0,
        rules: {},
        tools: [],
    };
    for (const run of arr(root.runs).map(obj)) {
        const driver = obj(obj(run.tool).driver);
        if (typeof driver.name === 'string' && !out.tools.includes(driver.name))
            out.tools.push(driver.name);
        const ruleLevels = new Map();
        arr(driver.rules).forEach((r, i) => {
            const rule = obj(r);
            const level = obj(rule.defaultConfiguration).level;
            if (typeof level === 'string') {
                ruleLevels.set(`#${i}`, level);
                if (typeof rule.id === 'string')
                    ruleLevels.set(rule.id, level);
            }
        });
        for (const inv of arr(run.invocations).map(obj))
            if (typeof inv.endTimeUtc === 'string')
                out.endTimeUtc = inv.endTimeUtc;
        for (const res of arr(run.results).map(obj)) {
            if (arr(res.suppressions).length > 0) {
                out.suppressed++;
                continue;
            }
            const ruleId = typeof res.ruleId === 'string' ? res.ruleId : obj(res.rule).id;
            const ruleIndex = typeof res.ruleIndex === 'number' ? `#${res.ruleIndex}` : undefined;
            // SARIF §3.27.10: a result that is not a failure has level none; the default level is warning.
            const kind = typeof res.kind === 'string' ? res.kind : 'fail';
            let level = kind !== 'fail'
                ? 'none'
                : typeof res.level === 'string'
                    ? res.level
                    : ((ruleId && ruleLevels.get(ruleId)) ?? (ruleIndex && ruleLevels.get(ruleIndex)) ?? 'warning');
            if (!LEVELS.has(level))
                level = 'warning';
            out.results++;
            out[level]++;
            if (ruleId)
                out.rules[ruleId] = (out.rules[ruleId] ?? 0) + 1;
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/checks/evidence/evidenceFile.ts







const EVIDENCE_FORMATS = ['json', 'yaml', 'junit', 'sarif'];
/** Evidence bigger than this is not parsed: it is a report, not a data dump. */
const MAX_BYTES = 64 * 1024 * 1024;
class EvidenceError extends Error {
    missing;
    constructor(message, missing = false) {
        super(message);
        this.missing = missing;
    }
}
function detectFormat(file, text) {
    const f = file.toLowerCase();
    if (f.endsWith('.sarif') || f.endsWith('.sarif.json'))
        return 'sarif';
    if (f.endsWith('.xml'))
        return 'junit';
    if (f.endsWith('.yml') || f.endsWith('.yaml'))
        return 'yaml';
    const head = text.trimStart().slice(0, 4096);
    if (/"\$schema"\s*:\s*"[^"]*sarif/i.test(head) || /^\{\s*"version"\s*:\s*"2\.1\.0"\s*,\s*"runs"/.test(head))
        return 'sarif';
    if (f.endsWith('.json'))
        return 'json';
    if (head.startsWith('<'))
        return 'junit';
    return head.startsWith('{') || head.startsWith('[') ? 'json' : 'yaml';
}
const JUNIT_TIMESTAMP = /<testsuites?\b[^>]*\btimestamp="([^"]+)"/;
async function parse(format, text) {
    switch (format) {
        case 'json':
            return JSON.parse(text);
        case 'yaml':
            return (0,dist/* parse */.qg)(text, { maxAliasCount: 100 });
        case 'junit': {
            const s = await (0,junit/* parseJUnit */.i)(text);
            return {
                tests: s.tests,
                passed: s.passed,
                failures: s.failures,
                errors: s.errors,
                skipped: s.skipped,
                timeSec: s.timeSec,
                failed: s.failed
                    .slice(0, 50)
                    .map((c) => ({ name: c.name, suite: c.suite, message: c.message, file: c.file, line: c.line })),
                ...(JUNIT_TIMESTAMP.exec(text) ? { timestamp: JUNIT_TIMESTAMP.exec(text)[1] } : {}),
            };
        }
        case 'sarif':
            return summarizeSarif(JSON.parse(text));
    }
}
/** Reads, digests and parses one evidence file; every problem is an EvidenceError naming the file. */
async function loadEvidence(abs, display, format = 'auto') {
    let info;
    try {
        info = await (0,promises_.stat)(abs);
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT')
            throw new EvidenceError(`evidence missing: ${display} does not exist`, true);
        throw new EvidenceError(`cannot read ${display}: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    if (!info.isFile())
        throw new EvidenceError(`${display} is not a file`);
    if (info.size > MAX_BYTES)
        throw new EvidenceError(`${display} is ${info.size} bytes, more than the ${MAX_BYTES} evidence files may have`);
    let bytes;
    try {
        // Opened without blocking and checked again: a file swapped for a FIFO cannot stall the gate.
        bytes = await (0,paths/* readRegularFile */.XF)(abs, MAX_BYTES);
    }
    catch (err) {
        throw new EvidenceError(`cannot read ${display}: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    const text = bytes.toString('utf8');
    const fmt = format === 'auto' ? detectFormat(display, text) : format;
    let doc;
    try {
        doc = await parse(fmt, text);
    }
    catch (err) {
        throw new EvidenceError(`${display} is not valid ${fmt.toUpperCase()}: ${(0,errors/* errorMessage */.gJ)(err).split('\n')[0]}`);
    }
    return {
        path: display,
        format: fmt,
        doc,
        bytes,
        sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex'),
        size: bytes.length,
        mtime: info.mtime,
    };
}


/***/ }),

/***/ 88543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ parseJUnit),
/* harmony export */   j: () => (/* binding */ mergeJUnit)
/* harmony export */ });
/* harmony import */ var _xml_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58284);

const PARSER_OPTIONS = {
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    textNodeName: '#text',
    isArray: (name) => ['testsuite', 'testcase', 'failure', 'error', 'skipped', 'property'].includes(name),
    processEntities: true,
    parseAttributeValue: false,
};
const list = (v) => (Array.isArray(v) ? v : v ? [v] : []);
const text = (n) => {
    if (typeof n === 'string')
        return n;
    if (n && typeof n === 'object')
        return String(n['#text'] ?? '');
    return '';
};
/** A path:line inside a failure's text, for tools that do not write file/line attributes. */
const LOCATION = /(?:\(|\s|^)(?:file:\/\/)?((?:\/|[A-Za-z]:[\\/])?(?:[\w.@-]+[\\/])*[\w.@-]+\.(?:[cm]?[jt]sx?|py|rb|go|java|kt|cs|php|rs|swift|scala|exs?)):(\d+)/m;
function locate(tc, detail, exists) {
    const file = typeof tc['@_file'] === 'string' ? tc['@_file'] : undefined;
    const line = tc['@_line'] !== undefined ? Number(tc['@_line']) : undefined;
    if (file && line !== undefined && Number.isFinite(line))
        return { file, line };
    const found = [...detail.matchAll(new RegExp(LOCATION, 'gm'))].map((m) => ({
        file: m[1].replace(/^\.\//, ''),
        line: Number(m[2]),
    }));
    // A report that names the file but not the line (Node 24's runner): take the line from its stack.
    if (file)
        return { file, line: found.find((f) => f.file === file || file.endsWith(`/${f.file}`))?.line };
    return found.find((f) => !exists || exists(f.file)) ?? {};
}
/** Parses JUnit XML (Jest, Vitest, pytest, Node's test runner, Maven Surefire, Go's go-junit-report…). */
async function parseJUnit(xml, exists) {
    const doc = (await (0,_xml_js__WEBPACK_IMPORTED_MODULE_0__/* .xmlParser */ .$)(PARSER_OPTIONS)).parse(xml);
    if (!doc.testsuites && !doc.testsuite)
        throw new Error('not a JUnit XML report: no <testsuites> or <testsuite> element');
    // <testsuites> may hold test cases directly (Node's test runner does).
    const roots = doc.testsuites ? [doc.testsuites] : list(doc.testsuite);
    const summary = {
        tests: 0,
        failures: 0,
        errors: 0,
        skipped: 0,
        passed: 0,
        timeSec: 0,
        failed: [],
    };
    const walk = (suite, parentName) => {
        const name = String(suite['@_name'] ?? parentName);
        for (const tc of list(suite.testcase)) {
            const failures = list(tc.failure);
            const errors = list(tc.error);
            const skipped = list(tc.skipped);
            summary.tests++;
            const time = tc['@_time'] !== undefined ? Number(tc['@_time']) : undefined;
            if (time !== undefined && Number.isFinite(time))
                summary.timeSec += time;
            if (failures.length || errors.length) {
                const f = (failures[0] ?? errors[0]);
                const detail = `${String(f['@_message'] ?? '')}\n${text(f)}`;
                const status = failures.length ? 'failed' : 'error';
                if (status === 'failed')
                    summary.failures++;
                else
                    summary.errors++;
                summary.failed.push({
                    suite: name,
                    name: String(tc['@_name'] ?? '(unnamed)'),
                    classname: tc['@_classname'] !== undefined ? String(tc['@_classname']) : undefined,
                    status,
                    message: (String(f['@_message'] ?? '').trim() || text(f).trim()).split('\n')[0].slice(0, 500),
                    ...locate(tc, detail, exists),
                    timeSec: time,
                });
            }
            else if (skipped.length)
                summary.skipped++;
            else
                summary.passed++;
        }
        for (const child of list(suite.testsuite))
            walk(child, name);
    };
    for (const s of roots)
        walk(s, '');
    summary.timeSec = Math.round(summary.timeSec * 1000) / 1000;
    return summary;
}
function mergeJUnit(parts) {
    return parts.reduce((a, b) => ({
        tests: a.tests + b.tests,
        failures: a.failures + b.failures,
        errors: a.errors + b.errors,
        skipped: a.skipped + b.skipped,
        passed: a.passed + b.passed,
        timeSec: Math.round((a.timeSec + b.timeSec) * 1000) / 1000,
        failed: [...a.failed, ...b.failed],
    }), { tests: 0, failures: 0, errors: 0, skipped: 0, passed: 0, timeSec: 0, failed: [] });
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
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73382);
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
     * messages: "evidence file", "coverage report"….
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
        for (const pattern of patterns) {
            const scan = picomatch__WEBPACK_IMPORTED_MODULE_4___default().scan(pattern);
            await this.resolve(what, scan.base || '.', base);
            if (!this.allowOutside && PARENT_SEGMENT.test(scan.glob))
                throw new WorkspacePathError(`${what} ${pattern} may reach outside the workspace (..); set allowOutsideWorkspace: true on the check to allow it`);
        }
        const found = await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_5__/* .glob */ .TI)([...patterns], {
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
        const chunks = [];
        let total = 0;
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
        return Buffer.concat(chunks);
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

/***/ 58284:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ xmlParser)
/* harmony export */ });
let loaded;
/**
 * An XML parser, its library loaded on first use: most runs read no XML (JUnit, Cobertura), and
 * every command the action runs starts faster without it.
 */
async function xmlParser(options) {
    loaded ??= __webpack_require__.e(/* import() */ 5824).then(__webpack_require__.bind(__webpack_require__, 75824)).then((m) => m.XMLParser);
    const Parser = await loaded;
    return new Parser(options);
}


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
/** `{ status: ok, "tables.permits": 3 }` → equality conditions, for the `json:` shorthand. */
function equalityConditions(map) {
    return Object.entries(map).map(([path, value]) => ({
        source: `${path} == ${JSON.stringify(value)}`,
        path: parsePath(path),
        length: false,
        op: '==',
        value,
    }));
}


/***/ })

};
