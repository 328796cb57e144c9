export const id = 5677;
export const ids = [5677];
export const modules = {

/***/ 25677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   detectFormat: () => (/* binding */ detectFormat),
/* harmony export */   parseCoverage: () => (/* binding */ parseCoverage),
/* harmony export */   parseCoverageJob: () => (/* binding */ parseCoverageJob),
/* harmony export */   readCoverage: () => (/* binding */ readCoverage)
/* harmony export */ });
/* harmony import */ var _adapters_threads_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52353);
/* harmony import */ var _xml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58284);


const METRICS = ['lines', 'branches', 'functions', 'statements'];
const round = (n) => Math.round(n * 100) / 100;
function detectFormat(name, content) {
    const head = content.trimStart().slice(0, 200);
    if (head.startsWith('{'))
        return 'istanbul';
    if (head.startsWith('<'))
        return 'cobertura';
    if (/^(TN:|SF:)/m.test(head) || name.endsWith('.info'))
        return 'lcov';
    throw new Error('unknown coverage format: expected lcov, Cobertura XML or Istanbul json-summary');
}
const clip = (s) => (s.length > 60 ? `${s.slice(0, 57)}...` : s);
const LCOV_TOTALS = { lines: ['LF', 'LH'], branches: ['BRF', 'BRH'], functions: ['FNF', 'FNH'] };
/**
 * lcov: per record (SF \u2026 end_of_record) the LF/LH, BRF/BRH and FNF/FNH totals, or, where a tool
 * wrote no totals, the DA and BRDA lines they summarise. A line that cannot be read is an error:
 * a report that is partly garbage cannot be trusted for the rest.
 */
function parseLcov(content) {
    const total = {
        lines: { found: 0, hit: 0 },
        branches: { found: 0, hit: 0 },
        functions: { found: 0, hit: 0 },
    };
    let records = 0;
    let rec;
    const detail = { DA: { found: 0, hit: 0 }, BRDA: { found: 0, hit: 0 } };
    const close = (at) => {
        if (!rec)
            return;
        const counted = { lines: detail.DA, branches: detail.BRDA, functions: { found: 0, hit: 0 } };
        for (const m of ['lines', 'branches', 'functions']) {
            const [f, h] = LCOV_TOTALS[m];
            const found = rec.get(f) ?? counted[m].found;
            const hit = rec.get(h) ?? counted[m].hit;
            if (hit > found)
                throw new Error(`lcov record ending at line ${at}: ${h}:${hit} is more than ${f}:${found}`);
            total[m].found += found;
            total[m].hit += hit;
        }
        rec = undefined;
    };
    const lines = content.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const text = lines[i].trim();
        if (!text)
            continue;
        const colon = text.indexOf(':');
        const key = colon < 0 ? text : text.slice(0, colon);
        const value = colon < 0 ? '' : text.slice(colon + 1);
        const bad = () => new Error(`lcov line ${i + 1}: unreadable ${key} record "${clip(text)}"`);
        if (key === 'SF') {
            close(i);
            records++;
            rec = new Map();
            detail.DA = { found: 0, hit: 0 };
            detail.BRDA = { found: 0, hit: 0 };
        }
        else if (key === 'end_of_record')
            close(i + 1);
        else if (key === 'DA') {
            const m = /^\d+,(-?\d+)(?:,\S*)?$/.exec(value);
            if (!m || !rec)
                throw bad();
            detail.DA.found++;
            if (Number(m[1]) > 0)
                detail.DA.hit++;
        }
        else if (key === 'BRDA') {
            const m = /^\d+,.*,(-|\d+)$/.exec(value);
            if (!m || !rec)
                throw bad();
            detail.BRDA.found++;
            if (m[1] !== '-' && Number(m[1]) > 0)
                detail.BRDA.hit++;
        }
        else if (['LF', 'LH', 'BRF', 'BRH', 'FNF', 'FNH'].includes(key)) {
            if (!/^\d+$/.test(value) || !rec)
                throw bad();
            rec.set(key, Number(value));
        }
        // TN, VER, FN, FNDA, FNL, FNA\u2026 carry nothing the totals need.
    }
    close(lines.length);
    if (records === 0)
        throw new Error('lcov report has no SF: records');
    const pct = {};
    const noData = {
        statements: 'lcov reports lines, branches and functions, not statements',
    };
    for (const m of ['lines', 'branches', 'functions']) {
        const t = total[m];
        if (t.found > 0)
            pct[m] = round((t.hit / t.found) * 100);
        else
            noData[m] =
                `no ${m === 'lines' ? 'line' : m === 'branches' ? 'branch' : 'function'} data in ${records} record(s) (${LCOV_TOTALS[m][0]} is 0 or absent)`;
    }
    return { format: 'lcov', pct, noData };
}
const NO_ROOT = 'Cobertura report has no <coverage line-rate=\u2026> element';
/**
 * Cobertura: the rates and counts on <coverage>; where it gives no lines-valid, the <line>
 * elements inside it are counted.
 */
async function parseCobertura(content) {
    const parser = await (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .xmlReader */ .t0)();
    let root;
    let depth = 0;
    let lineElements = 0;
    parser.on('opentag', (tag) => {
        if (depth++ > 0) {
            if (tag.name === 'line')
                lineElements++;
        }
        else if (tag.name === 'coverage')
            root = (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .attributesOf */ .Td)(tag.attributes);
        else
            throw new Error(NO_ROOT);
    });
    parser.on('closetag', () => void depth--);
    try {
        (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .readXml */ .km)(parser, content);
    }
    catch (err) {
        // A document with no element at all is no report either.
        if (root === undefined)
            throw new Error(NO_ROOT);
        throw err;
    }
    if (root?.['line-rate'] === undefined)
        throw new Error(NO_ROOT);
    const attrs = root;
    const rate = (attr) => {
        const text = attrs[attr];
        const n = text !== undefined && text !== '' ? Number(text) : Number.NaN;
        if (!Number.isFinite(n) || n < 0 || n > 1)
            throw new Error(`Cobertura ${attr}="${clip(String(text))}" is not a rate between 0 and 1`);
        return round(n * 100);
    };
    const count = (attr) => {
        const text = attrs[attr];
        if (text === undefined)
            return undefined;
        const n = text !== '' ? Number(text) : Number.NaN;
        if (!Number.isInteger(n) || n < 0)
            throw new Error(`Cobertura ${attr}="${clip(text)}" is not a count`);
        return n;
    };
    const pct = {};
    const noData = {
        functions: 'Cobertura reports lines and branches only',
        statements: 'Cobertura reports lines and branches only',
    };
    const lines = count('lines-valid') ?? lineElements;
    if (lines > 0)
        pct.lines = rate('line-rate');
    else
        noData.lines =
            attrs['lines-valid'] !== undefined
                ? 'lines-valid="0": no line was measured'
                : 'the report has no lines-valid and no <line> element';
    const branches = count('branches-valid');
    if (branches === 0)
        noData.branches = 'branches-valid="0": no branch was measured';
    else if (attrs['branch-rate'] !== undefined)
        pct.branches = rate('branch-rate');
    else
        noData.branches = 'the report has no branch-rate';
    return { format: 'cobertura', pct, noData };
}
function parseIstanbul(content) {
    const doc = JSON.parse(content);
    if (!doc || typeof doc.total !== 'object' || doc.total === null)
        throw new Error('Istanbul json-summary has no "total" entry');
    const pct = {};
    const noData = {};
    for (const m of METRICS) {
        const entry = Object.hasOwn(doc.total, m) ? doc.total[m] : undefined;
        const v = entry?.pct;
        if (entry === undefined || v === undefined)
            noData[m] = `total.${m} is absent`;
        // Istanbul writes "Unknown" when there is nothing to cover.
        else if (entry.total === 0 || v === 'Unknown')
            noData[m] = `total.${m} counts nothing (total 0)`;
        else if (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 100)
            pct[m] = v;
        else
            throw new Error(`Istanbul total.${m}.pct is ${clip(JSON.stringify(v))}, not a percentage`);
    }
    return { format: 'istanbul', pct, noData };
}
async function parseCoverage(content, format) {
    if (format === 'lcov')
        return parseLcov(content);
    if (format === 'cobertura')
        return await parseCobertura(content);
    return parseIstanbul(content);
}
/** From this size a report is parsed on a thread of its own (\u224850 ms of parsing here). */
const THREAD_FROM = 4 * 1024 * 1024;
/** A job thread's side of `readCoverage`. */
function parseCoverageJob(input) {
    const { content, format } = input;
    return parseCoverage(content, format);
}
/** `parseCoverage`, on a thread when the report is large: the main thread stays free meanwhile. */
function readCoverage(content, format, signal) {
    return (0,_adapters_threads_js__WEBPACK_IMPORTED_MODULE_0__/* .hereOrOnThread */ .ze)(content.length, THREAD_FROM, { kind: 'coverage', input: { content, format } }, () => parseCoverage(content, format), signal);
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
