export const id = 543;
export const ids = [543];
export const modules = {

/***/ 88543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JUNIT_THREAD_FROM: () => (/* binding */ JUNIT_THREAD_FROM),
/* harmony export */   mergeJUnit: () => (/* binding */ mergeJUnit),
/* harmony export */   parseJUnit: () => (/* binding */ parseJUnit),
/* harmony export */   parseJUnitJob: () => (/* binding */ parseJUnitJob),
/* harmony export */   readJUnit: () => (/* binding */ readJUnit)
/* harmony export */ });
/* harmony import */ var _adapters_threads_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52353);
/* harmony import */ var _xml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58284);


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
    if (exists === 'later')
        return found.length ? { named: found } : {};
    return pick(found, exists);
}
const pick = (found, exists) => found.find((f) => !exists || exists(f.file)) ?? {};
/** Parses JUnit XML (Jest, Vitest, pytest, Node's test runner, Maven Surefire, Go's go-junit-report\u2026). */
async function parseJUnit(xml, exists) {
    const doc = (await (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .xmlParser */ .$)(PARSER_OPTIONS)).parse(xml);
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
/** From this size a report is parsed on a thread of its own (\u224850 ms of parsing here). */
const JUNIT_THREAD_FROM = 1024 * 1024;
/** A job thread's side of `readJUnit`. */
function parseJUnitJob(input) {
    return parseJUnit(input, 'later');
}
/**
 * `parseJUnit`, on a thread when the report is large: the main thread stays free for the other
 * checks. The places failures name are chosen here, where `exists` can be asked.
 */
async function readJUnit(xml, exists, signal) {
    const summary = await (0,_adapters_threads_js__WEBPACK_IMPORTED_MODULE_0__/* .hereOrOnThread */ .ze)(xml.length, JUNIT_THREAD_FROM, { kind: 'junit', input: xml }, () => parseJUnit(xml, 'later'), signal);
    // Each case as parseJUnit makes it with `exists`: the place chosen, in the same order of fields.
    summary.failed = summary.failed.map(({ named, timeSec, ...c }) => ({
        ...c,
        ...(named ? pick(named, exists) : {}),
        timeSec,
    }));
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
    loaded ??= __webpack_require__.e(/* import() */ 824).then(__webpack_require__.bind(__webpack_require__, 75824)).then((m) => m.XMLParser);
    const Parser = await loaded;
    return new Parser(options);
}


/***/ })

};
