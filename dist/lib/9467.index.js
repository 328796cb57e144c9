export const id = 9467;
export const ids = [9467,8543];
export const modules = {

/***/ 15631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ EVIDENCE_FORMATS)
/* harmony export */ });
/** The formats an evidence file is read in; named by the config, so known without any reader. */
const EVIDENCE_FORMATS = ['json', 'yaml', 'junit', 'sarif'];


/***/ }),

/***/ 88543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JUNIT_THREAD_FROM: () => (/* binding */ JUNIT_THREAD_FROM),
/* harmony export */   mergeJUnit: () => (/* binding */ mergeJUnit),
/* harmony export */   parseJUnit: () => (/* binding */ parseJUnit),
/* harmony export */   parseJUnitDocument: () => (/* binding */ parseJUnitDocument),
/* harmony export */   parseJUnitJob: () => (/* binding */ parseJUnitJob),
/* harmony export */   readJUnit: () => (/* binding */ readJUnit)
/* harmony export */ });
/* harmony import */ var _adapters_threads_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52353);
/* harmony import */ var _xml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58284);


/**
 * Characters of a failure's text kept: its first line is the message when it has no other, and
 * the places it names come first; a failure that printed megabytes is not held whole.
 */
const MAX_OUTCOME_TEXT = 64 * 1024;
const OTHER = { kind: 'other' };
/** A path:line inside a failure's text, for tools that do not write file/line attributes. */
const LOCATION = /(?:\(|\s|^)(?:file:\/\/)?((?:\/|[A-Za-z]:[\\/])?(?:[\w.@-]+[\\/])*[\w.@-]+\.(?:[cm]?[jt]sx?|py|rb|go|java|kt|cs|php|rs|swift|scala|exs?)):(\d+)/m;
function locate(attrs, detail, exists) {
    const file = attrs.file;
    const line = attrs.line !== undefined ? Number(attrs.line) : undefined;
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
/**
 * Parses JUnit XML (Jest, Vitest, pytest, Node's test runner, Maven Surefire, Go's go-junit-report\u2026).
 *
 * Read as a stream of tags (see src/checks/xml.ts): a report of hundreds of thousands of test
 * cases is mostly passing cases and their captured output, of which only counts are kept; one cut
 * short is an error naming where, never a count of the cases it happened to hold.
 */
async function parseJUnit(xml, exists) {
    return (await parseJUnitDocument(xml, exists)).summary;
}
/**
 * `parseJUnit`, and when the report says it ran: the `timestamp` of the first suite that has one
 * (`<testsuites>` or a `<testsuite>` at any depth, in document order), as XML reads it \u2014 never
 * text in a comment or in another value that only looks like a suite's tag.
 */
async function parseJUnitDocument(xml, exists) {
    const parser = await (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .xmlReader */ .t0)();
    let timestamp;
    const summary = {
        tests: 0,
        failures: 0,
        errors: 0,
        skipped: 0,
        passed: 0,
        timeSec: 0,
        failed: [],
    };
    let root;
    const open = [];
    const suiteIn = (attrs, parent) => {
        if (timestamp === undefined && attrs.timestamp)
            timestamp = attrs.timestamp;
        return { name: attrs.name ?? parent, failed: [], times: [], children: [] };
    };
    parser.on('opentag', (tag) => {
        const parent = open[open.length - 1];
        const name = tag.name;
        let frame = OTHER;
        if (parent === undefined) {
            // A second root is not well-formed XML: the parser stops there before this is asked.
            if (name !== 'testsuites' && name !== 'testsuite')
                throw new Error('not a JUnit XML report: no <testsuites> or <testsuite> element');
            // <testsuites> may hold test cases directly (Node's test runner does).
            root = suiteIn((0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .attributesOf */ .Td)(tag.attributes), '');
            frame = { kind: 'suite', suite: root };
        }
        else if (parent.kind === 'suite') {
            if (name === 'testsuite') {
                const suite = suiteIn((0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .attributesOf */ .Td)(tag.attributes), parent.suite.name);
                parent.suite.children.push(suite);
                frame = { kind: 'suite', suite };
            }
            else if (name === 'testcase')
                frame = {
                    kind: 'case',
                    tc: { attrs: (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .attributesOf */ .Td)(tag.attributes), failures: 0, errors: 0, skipped: 0 },
                };
        }
        else if (parent.kind === 'case') {
            const tc = parent.tc;
            if (name === 'failure' || name === 'error') {
                const first = name === 'failure' ? tc.failures++ === 0 : tc.errors++ === 0;
                if (first) {
                    const outcome = { message: (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .xmlText */ .xK)((tag.attributes.message ?? '').trim()), text: '' };
                    if (name === 'failure')
                        tc.failure = outcome;
                    else
                        tc.error = outcome;
                    frame = { kind: 'outcome', outcome };
                }
                else
                    frame = { kind: 'outcome' };
            }
            else if (name === 'skipped')
                tc.skipped++;
        }
        open.push(frame);
    });
    const onText = (text) => {
        const top = open[open.length - 1];
        if (top?.kind === 'outcome' && top.outcome && top.outcome.text.length < MAX_OUTCOME_TEXT)
            top.outcome.text += text.slice(0, MAX_OUTCOME_TEXT - top.outcome.text.length);
    };
    parser.on('text', onText);
    parser.on('cdata', onText);
    parser.on('closetag', () => {
        const frame = open.pop();
        if (frame?.kind !== 'case')
            return;
        const { tc } = frame;
        const suite = open[open.length - 1].suite;
        summary.tests++;
        const time = tc.attrs.time !== undefined ? Number(tc.attrs.time) : undefined;
        if (time !== undefined && Number.isFinite(time))
            suite.times.push(time);
        const f = tc.failure ?? tc.error;
        if (f) {
            const text = (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .xmlText */ .xK)(f.text).trim();
            const detail = `${f.message}\n${text}`;
            const status = tc.failure ? 'failed' : 'error';
            if (status === 'failed')
                summary.failures++;
            else
                summary.errors++;
            suite.failed.push({
                suite: suite.name,
                name: tc.attrs.name ?? '(unnamed)',
                classname: tc.attrs.classname,
                status,
                message: (f.message || text).split('\n')[0].slice(0, 500),
                ...locate(tc.attrs, detail, exists),
                timeSec: time,
            });
        }
        else if (tc.skipped)
            summary.skipped++;
        else
            summary.passed++;
    });
    try {
        (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .readXml */ .km)(parser, xml);
    }
    catch (err) {
        // A document with no element at all is not a report either.
        if (root === undefined && !err.message.startsWith('not a JUnit'))
            throw new Error('not a JUnit XML report: no <testsuites> or <testsuite> element');
        throw err;
    }
    if (root === undefined)
        throw new Error('not a JUnit XML report: no <testsuites> or <testsuite> element');
    // Each suite's own cases, then the suites inside it: the order the summary has always had, its
    // total time added up in the same order. A stack, not recursion: suites may nest deeper than
    // the call stack goes.
    let timeSec = 0;
    const stack = [root];
    while (stack.length > 0) {
        const suite = stack.pop();
        for (const t of suite.times)
            timeSec += t;
        for (const c of suite.failed)
            summary.failed.push(c);
        for (let i = suite.children.length - 1; i >= 0; i--)
            stack.push(suite.children[i]);
    }
    summary.timeSec = Math.round(timeSec * 1000) / 1000;
    return { summary, ...(timestamp !== undefined ? { timestamp } : {}) };
}
/** From this size a report is parsed on a thread of its own (\u224850 ms of parsing here, at \u224890 MB/s). */
const JUNIT_THREAD_FROM = 4 * 1024 * 1024;
/** A job thread's side of `readJUnit`. */
function parseJUnitJob(input) {
    return parseJUnit(input, 'later');
}
/** The memory of `bytes`, when it holds nothing else: it can move to a thread instead of being copied. */
function ownMemory(bytes) {
    const { buffer } = bytes;
    return buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength
        ? [buffer]
        : [];
}
/**
 * `parseJUnit`, on a thread when the report is large: the main thread stays free for the other
 * checks. The places failures name are chosen here, where `exists` can be asked.
 */
async function readJUnit(xml, exists, signal) {
    const summary = await (0,_adapters_threads_js__WEBPACK_IMPORTED_MODULE_0__/* .hereOrOnThread */ .ze)(xml.length, JUNIT_THREAD_FROM, 
    // A report read from its file goes to the thread as its bytes, moved there, not copied.
    { kind: 'junit', input: xml, ...(typeof xml === 'string' ? {} : { transfer: ownMemory(xml) }) }, () => parseJUnit(xml, 'later'), signal);
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
        case 'yaml': {
            // Loaded for a YAML report: a gate without one does not compile the library.
            const { parse } = await __webpack_require__.e(/* import() */ 8815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
            return parse(text(), { maxAliasCount: 100 });
        }
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

/***/ 58284:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Td: () => (/* binding */ attributesOf),
/* harmony export */   km: () => (/* binding */ readXml),
/* harmony export */   t0: () => (/* binding */ xmlReader),
/* harmony export */   xK: () => (/* binding */ xmlText)
/* harmony export */ });
/* harmony import */ var _core_xmlChars_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22329);

/**
 * XML reports (JUnit, Cobertura) are read as a stream of tags, never built into a document tree: a
 * report is mostly elements of which only a count is kept (passing test cases and their output,
 * covered lines), and a tree of a report of tens of megabytes took several times its size in
 * memory and seconds to build. Every report must be well-formed: one cut short (its writer killed
 * while writing it) or broken is an error naming where, never the part of it that was read
 * (faults in its content alone are read past, see CONTENT_FAULT).
 */
let loaded;
/**
 * A parser that throws at the first well-formedness error but a fault in content alone (see
 * CONTENT_FAULT), its library loaded on first use: most runs read no XML, and every command the
 * action runs starts faster without it.
 */
async function xmlReader() {
    loaded ??= __webpack_require__.e(/* import() */ 9800).then(__webpack_require__.bind(__webpack_require__, 59800)).then((m) => m.SaxesParser);
    const parser = new (await loaded)();
    parser.on('error', (err) => {
        if (!CONTENT_FAULT.test(err.message))
            throw notWellFormed(err);
    });
    return parser;
}
/** Bytes of a report decoded at once: the text of a report of hundreds of megabytes is never held whole. */
const DECODE_SLICE = 1024 * 1024;
/**
 * Test runners write what a test printed into their reports as it came, terminal colour codes
 * (ESC) and all, raw or as `&#27;`, and some an HTML entity such as `&nbsp;`: characters XML does
 * not allow, which say nothing about which cases a report holds. A raw one is read as U+FFFD
 * before the parser sees it; a reference to one, or an entity XML does not define, the parser
 * reads past as its text (made U+FFFD in what is kept, see xmlText). Anything else it finds, a tag
 * cut off or closed out of turn, a `<` inside a value, stays an error.
 */
const CONTENT_FAULT = /^\d+:\d+: (?:malformed character entity|undefined entity)\.$/;
const rawAllowed = (text) => text.replace(_core_xmlChars_js__WEBPACK_IMPORTED_MODULE_0__/* .NOT_XML_CHARS */ .G, '\uFFFD');
/**
 * Hands a whole report to `parser` and closes it: its text, or its UTF-8 bytes decoded a slice at
 * a time; each raw character XML does not allow as U+FFFD (see CONTENT_FAULT).
 */
function readXml(parser, xml) {
    if (typeof xml === 'string')
        parser.write(rawAllowed(xml));
    else {
        const utf8 = new TextDecoder();
        for (let at = 0; at < xml.length; at += DECODE_SLICE)
            parser.write(rawAllowed(utf8.decode(xml.subarray(at, at + DECODE_SLICE), { stream: true })));
        parser.write(rawAllowed(utf8.decode()));
    }
    parser.close();
}
/** References the parser left as their text: to a character XML does not allow, or to a lone surrogate. */
const REFERENCE = /&#(?:x([0-9A-Fa-f]{1,8})|([0-9]{1,10}));/g;
/** Content kept from a report, a reference to a character XML does not allow as U+FFFD. */
function xmlText(text) {
    if (!text.includes('&#'))
        return text;
    return text.replace(REFERENCE, (m, hex, dec) => (0,_core_xmlChars_js__WEBPACK_IMPORTED_MODULE_0__/* .isXmlChar */ .s)(hex !== undefined ? Number.parseInt(hex, 16) : Number(dec)) ? m : '\uFFFD');
}
/** The parser's `1:95: unclosed tag: failure`, said as where, then what. */
function notWellFormed(err) {
    const m = /^(\d+):(\d+): (.*?)\.?$/s.exec(err.message);
    return new Error(m
        ? `not well-formed XML at line ${m[1]}, column ${m[2]}: ${m[3]}`
        : `not well-formed XML: ${err.message}`);
}
/** Attribute values as a report means them: the spaces around a value are not part of it. */
function attributesOf(attributes) {
    const out = Object.create(null);
    for (const k of Object.keys(attributes))
        out[k] = xmlText(attributes[k].trim());
    return out;
}


/***/ }),

/***/ 22329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ NOT_XML_CHARS),
/* harmony export */   s: () => (/* binding */ isXmlChar)
/* harmony export */ });
/**
 * Characters XML 1.0 does not allow: controls but tab and line breaks, U+FFFE and U+FFFF. A
 * report's reader reads each as U+FFFD (src/checks/xml.ts), so the redactor looks for a secret
 * holding one in that form too (secretForms.ts).
 */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const NOT_XML_CHARS = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g;
/** Whether XML 1.0 allows the code point in a document, raw or as a reference. */
const isXmlChar = (cp) => cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff);


/***/ })

};
