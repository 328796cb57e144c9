export const id = 5524;
export const ids = [5524];
export const modules = {

/***/ 95524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EvidenceError: () => (/* binding */ EvidenceError),
/* harmony export */   loadEvidence: () => (/* binding */ loadEvidence)
/* harmony export */ });
/* unused harmony exports headText, detectFormat */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _adapters_threads_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52353);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_sha256_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(87424);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(47681);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(39467);







/** Evidence bigger than this is not parsed: it is a report, not a data dump. */
const MAX_BYTES = 64 * 1024 * 1024;
class EvidenceError extends Error {
    missing;
    constructor(message, missing = false) {
        super(message);
        this.missing = missing;
    }
}
/** How much of a file's start its format is told from, past any leading white space. */
const HEAD_CHARS = 4096;
/** Bytes decoded at a time while looking for the start: leading white space seldom fills one. */
const HEAD_BYTES = 64 * 1024;
/**
 * The start of a file as text, past its leading white space, enough for `detectFormat`: decoded
 * a window at a time, never the whole file (a report of megabytes is not read as text to be named).
 */
function headText(bytes) {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let at = 0; at < buffer.length; at += HEAD_BYTES) {
        // A window reaches on by the head's length (4 bytes a character at most), so the head past
        // white space that ends one window is whole.
        const text = buffer.toString('utf8', at, at + HEAD_BYTES + 4 * HEAD_CHARS).trimStart();
        if (text !== '')
            return text.slice(0, HEAD_CHARS);
    }
    return '';
}
function detectFormat(file, text) {
    const f = file.toLowerCase();
    if (f.endsWith('.sarif') || f.endsWith('.sarif.json'))
        return 'sarif';
    if (f.endsWith('.xml'))
        return 'junit';
    if (f.endsWith('.yml') || f.endsWith('.yaml'))
        return 'yaml';
    const head = text.trimStart().slice(0, HEAD_CHARS);
    if (/"\$schema"\s*:\s*"[^"]*sarif/i.test(head) || /^\{\s*"version"\s*:\s*"2\.1\.0"\s*,\s*"runs"/.test(head))
        return 'sarif';
    if (f.endsWith('.json'))
        return 'json';
    if (head.startsWith('<'))
        return 'junit';
    return head.startsWith('{') || head.startsWith('[') ? 'json' : 'yaml';
}
/** Reads, digests and parses one evidence file; every problem is an EvidenceError naming the file. */
async function loadEvidence(abs, display, format = 'auto', signal) {
    let info;
    try {
        info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(abs);
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT')
            throw new EvidenceError(`evidence missing: ${display} does not exist`, true);
        throw new EvidenceError(`cannot read ${display}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}`);
    }
    if (!info.isFile())
        throw new EvidenceError(`${display} is not a file`);
    if (info.size > MAX_BYTES)
        throw new EvidenceError(`${display} is ${info.size} bytes, more than the ${MAX_BYTES} evidence files may have`);
    let bytes;
    try {
        // Opened without blocking and checked again: a file swapped for a FIFO cannot stall the gate.
        bytes = await (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .readRegularFile */ .XF)(abs, MAX_BYTES);
    }
    catch (err) {
        throw new EvidenceError(`cannot read ${display}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}`);
    }
    const fmt = format === 'auto' ? detectFormat(display, headText(bytes)) : format;
    let doc;
    try {
        // A JUnit report is parsed from its bytes; only the other formats are read as text here.
        doc = await (0,_parse_js__WEBPACK_IMPORTED_MODULE_5__.parseEvidence)(fmt, fmt === 'junit' ? bytes : bytes.toString('utf8'), signal);
    }
    catch (err) {
        // Stopped, or its thread failed: the file was not judged, so it is not called invalid (the
        // check ends in error with the reason).
        if (signal?.aborted || err instanceof _adapters_threads_js__WEBPACK_IMPORTED_MODULE_1__/* .ThreadError */ .HD)
            throw err;
        throw new EvidenceError(`${display} is not valid ${fmt.toUpperCase()}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err).split('\n')[0]}`);
    }
    return {
        path: display,
        format: fmt,
        doc,
        bytes,
        sha256: (0,_core_sha256_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256 */ .s)(bytes, 'hex'),
        size: bytes.length,
        mtime: info.mtime,
    };
}


/***/ }),

/***/ 39467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EVIDENCE_FORMATS: () => (/* reexport */ formats/* EVIDENCE_FORMATS */.N),
  parseEvidence: () => (/* binding */ parseEvidence),
  parseEvidenceContent: () => (/* binding */ parseEvidenceContent),
  parseEvidenceJob: () => (/* binding */ parseEvidenceJob)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/adapters/threads.ts
var threads = __webpack_require__(52353);
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
        // Rule ids are data: `constructor` or `__proto__` is counted like any other id.
        rules: Object.create(null),
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
            // SARIF \u00a73.27.10: a result that is not a failure has level none; the default level is warning.
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
                out.rules[ruleId] = (Object.hasOwn(out.rules, ruleId) ? out.rules[ruleId] : 0) + 1;
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/checks/evidence/formats.ts
var formats = __webpack_require__(15631);
;// CONCATENATED MODULE: ./src/checks/evidence/parse.ts





/**
 * From what size a report is parsed on a thread of its own rather than on the main thread: about
 * where parsing it takes longer than starting a thread (\u224850 ms). YAML is read at about 1 MB/s, a
 * JUnit file at about 90 MB/s, SARIF at JSON.parse's speed. A JSON document is parsed where it is
 * used: handing a large one back from a thread costs the main thread about what parsing it does.
 */
const THREAD_FROM = {
    json: Number.POSITIVE_INFINITY,
    yaml: 64 * 1024,
    junit: junit.JUNIT_THREAD_FROM,
    sarif: 8 * 1024 * 1024,
};
/**
 * What conditions are evaluated on: the document of JSON or YAML, counts for JUnit and SARIF.
 * A JUnit report is read from its bytes (decoded a slice at a time); the others from their text.
 */
async function parseEvidenceContent(format, content) {
    const text = () => typeof content === 'string'
        ? content
        : Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString('utf8');
    switch (format) {
        case 'json':
            return JSON.parse(text());
        case 'yaml':
            return (0,dist/* parse */.qg)(text(), { maxAliasCount: 100 });
        case 'junit': {
            const { summary: s, timestamp } = await (0,junit.parseJUnitDocument)(content);
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
                ...(timestamp !== undefined ? { timestamp } : {}),
            };
        }
        case 'sarif':
            return summarizeSarif(JSON.parse(text()));
    }
}
/** A job thread's side of `parseEvidence`. */
function parseEvidenceJob(input) {
    const { format, content } = input;
    return parseEvidenceContent(format, content);
}
/**
 * Parses evidence of a format, on a thread when it is large (see THREAD_FROM). Bytes given to a
 * thread are copied there, not decoded here: the main thread never holds a large report as text.
 */
function parseEvidence(format, content, signal) {
    return (0,threads/* hereOrOnThread */.ze)(content.length, THREAD_FROM[format], { kind: 'evidence', input: { format, content } }, () => parseEvidenceContent(format, content), signal);
}


/***/ }),

/***/ 87424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ sha256)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);

// Loaded on first use, through require: a scan thread loads the secret rules and the redactor's
// helpers but hashes only once it has found something, and node:crypto with its key, cipher and
// certificate modules would otherwise add to every thread's start.
const load = (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url);
let crypto;
/** The SHA-256 digest of `data` (text as UTF-8), in `encoding`. */
function sha256(data, encoding) {
    crypto ??= load('node:crypto');
    return crypto.createHash('sha256').update(data).digest(encoding);
}


/***/ })

};
