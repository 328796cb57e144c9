export const id = 486;
export const ids = [486];
export const modules = {

/***/ 35486:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  detectFormat: () => (/* binding */ detectFormat),
  parseCoverage: () => (/* binding */ parseCoverage),
  parseCoverageJob: () => (/* binding */ parseCoverageJob),
  readCoverage: () => (/* binding */ readCoverage)
});

// EXTERNAL MODULE: ./src/adapters/threads.ts
var threads = __webpack_require__(52353);
;// CONCATENATED MODULE: ./src/checks/xml.ts
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

;// CONCATENATED MODULE: ./src/checks/command/coverage.ts


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
/** Counts the <line> elements of a parsed Cobertura document. */
function countLines(node) {
    if (Array.isArray(node))
        return node.reduce((n, x) => n + countLines(x), 0);
    if (!node || typeof node !== 'object')
        return 0;
    let n = 0;
    for (const [k, v] of Object.entries(node))
        n += k === 'line' ? (Array.isArray(v) ? v.length : 1) : countLines(v);
    return n;
}
async function parseCobertura(content) {
    const doc = (await xmlParser({ ignoreAttributes: false, attributeNamePrefix: '' })).parse(content);
    const root = doc.coverage;
    if (!root || root['line-rate'] === undefined)
        throw new Error('Cobertura report has no <coverage line-rate=\u2026> element');
    const rate = (attr) => {
        const text = root[attr];
        const n = typeof text === 'string' && text.trim() !== '' ? Number(text) : Number.NaN;
        if (!Number.isFinite(n) || n < 0 || n > 1)
            throw new Error(`Cobertura ${attr}="${clip(String(root[attr]))}" is not a rate between 0 and 1`);
        return round(n * 100);
    };
    const count = (attr) => {
        const text = root[attr];
        if (text === undefined)
            return undefined;
        const n = typeof text === 'string' && text.trim() !== '' ? Number(text) : Number.NaN;
        if (!Number.isInteger(n) || n < 0)
            throw new Error(`Cobertura ${attr}="${clip(String(root[attr]))}" is not a count`);
        return n;
    };
    const pct = {};
    const noData = {
        functions: 'Cobertura reports lines and branches only',
        statements: 'Cobertura reports lines and branches only',
    };
    const lines = count('lines-valid') ?? countLines(root);
    if (lines > 0)
        pct.lines = rate('line-rate');
    else
        noData.lines =
            root['lines-valid'] !== undefined
                ? 'lines-valid="0": no line was measured'
                : 'the report has no lines-valid and no <line> element';
    const branches = count('branches-valid');
    if (branches === 0)
        noData.branches = 'branches-valid="0": no branch was measured';
    else if (root['branch-rate'] !== undefined)
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
const THREAD_FROM = 1024 * 1024;
/** A job thread's side of `readCoverage`. */
function parseCoverageJob(input) {
    const { content, format } = input;
    return parseCoverage(content, format);
}
/** `parseCoverage`, on a thread when the report is large: the main thread stays free meanwhile. */
function readCoverage(content, format, signal) {
    return (0,threads/* hereOrOnThread */.ze)(content.length, THREAD_FROM, { kind: 'coverage', input: { content, format } }, () => parseCoverage(content, format), signal);
}


/***/ })

};
