export const id = 7166;
export const ids = [7166,8543,5677];
export const modules = {

/***/ 47166:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commandCheck: () => (/* binding */ commandCheck)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23128);
/* harmony import */ var _coverage_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25677);
/* harmony import */ var _grading_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(67309);
/* harmony import */ var _evidence_junit_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(88543);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(47681);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(16468);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8968);









/** Reports a command writes are read whole; this only stops a runaway one. */
const MAX_REPORT_BYTES = 256 * 1024 * 1024;
async function readJUnit(spec, cwd, ws, signal) {
    const patterns = (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .toList */ .st)(spec.junit);
    let found;
    try {
        found = await ws.glob('JUnit report', patterns, { base: cwd });
    }
    catch (err) {
        if (err instanceof _paths_js__WEBPACK_IMPORTED_MODULE_6__/* .WorkspacePathError */ .Tf)
            return { files: [], problem: err.message, escape: true };
        throw err;
    }
    const files = found.map((f) => f.name);
    if (files.length === 0)
        return { files, problem: `no JUnit report at ${patterns.join(', ')}` };
    const parts = [];
    for (const f of found) {
        try {
            parts.push(await (0,_evidence_junit_js__WEBPACK_IMPORTED_MODULE_5__.readJUnit)(await (0,_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .readRegularFile */ .XF)(f.real, MAX_REPORT_BYTES), 
            // Only files of the workspace are named as where a test failed.
            (p) => !/node_modules/.test(p) &&
                (0,_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .isInside */ .FK)(ws.root, node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, p)) &&
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, p)), signal));
        }
        catch (err) {
            return { files, problem: `cannot read JUnit report ${f.name}: ${err.message}` };
        }
    }
    return { summary: (0,_evidence_junit_js__WEBPACK_IMPORTED_MODULE_5__.mergeJUnit)(parts), files };
}
function firstDifference(a, b) {
    const la = a.split('\n');
    const lb = b.split('\n');
    for (let i = 0; i < Math.max(la.length, lb.length); i++) {
        if (la[i] !== lb[i])
            return { line: i + 1, a: la[i] ?? '(end)', b: lb[i] ?? '(end)' };
    }
    return undefined;
}
function clip(s, n = 120) {
    return s.length > n ? `${s.slice(0, n - 3)}...` : s;
}
/** Runs `resolve`; a path outside the workspace becomes the check's error outcome. */
async function confined(resolve) {
    try {
        await resolve();
        return undefined;
    }
    catch (err) {
        if (err instanceof _paths_js__WEBPACK_IMPORTED_MODULE_6__/* .WorkspacePathError */ .Tf)
            return { status: 'error', summary: err.message };
        throw err;
    }
}
async function runOnce(spec, ctx, cwd) {
    return ctx.exec.shell(spec.run, {
        cwd,
        // The values of the run line's ${{ }} expressions, which it names as variables.
        env: { ...ctx.env, ...spec.env, ...(0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .shellValues */ .Du)(spec) },
        signal: ctx.signal,
        maxOutputBytes: spec.maxOutput,
    });
}
const commandCheck = (0,_types_js__WEBPACK_IMPORTED_MODULE_8__/* .defineCheck */ .q)({
    type: 'command',
    description: 'Runs a command (tests, build, lint); reads JUnit results and coverage; can check that repeated runs agree',
    defaults: { category: 'safety', enforcement: 'scored' },
    workTree: () => 'changes',
    fields: _spec_js__WEBPACK_IMPORTED_MODULE_7__/* .fields */ .O,
    async run(spec, ctx) {
        const cwd = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(ctx.cwd, spec.cwd ?? '.');
        const ws = new _paths_js__WEBPACK_IMPORTED_MODULE_6__/* .Workspace */ .aR(ctx.cwd, spec.allowOutsideWorkspace);
        const escape = await confined(() => ws.resolve('working directory', spec.cwd ?? '.'));
        if (escape)
            return escape;
        const okCodes = Array.isArray(spec.exitCode) ? spec.exitCode : [spec.exitCode];
        const okCode = (c) => c !== null && okCodes.includes(c);
        const repeat = spec.repeat === undefined
            ? undefined
            : typeof spec.repeat === 'number'
                ? { times: spec.repeat, compare: 'output', ignore: [] }
                : spec.repeat;
        const runs = [];
        const compared = [];
        for (let i = 0; i < (repeat?.times ?? 1); i++) {
            ctx.log(`$ ${spec.run}${repeat ? `   (run ${i + 1} of ${repeat.times})` : ''}`);
            const r = await runOnce(spec, ctx, cwd);
            runs.push(r);
            await ctx.evidence.write(repeat ? `output-${i + 1}.log` : 'output.log', r.output);
            if (r.aborted)
                return { status: 'error', summary: `command stopped after ${r.durationMs}ms (timeout)` };
            if (repeat) {
                let text = r.output;
                if (repeat.compare !== 'output') {
                    try {
                        const file = await ws.resolve('repeat.compare file', repeat.compare, cwd);
                        text = (await (0,_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .readRegularFile */ .XF)(file.real, MAX_REPORT_BYTES)).toString('utf8');
                    }
                    catch (err) {
                        if (err instanceof _paths_js__WEBPACK_IMPORTED_MODULE_6__/* .WorkspacePathError */ .Tf)
                            return { status: 'error', summary: err.message };
                        return {
                            status: 'error',
                            summary: `run ${i + 1} wrote no ${repeat.compare}: ${err.message}`,
                        };
                    }
                }
                for (const re of repeat.ignore)
                    text = text.replace(new RegExp(re, 'g'), '');
                compared.push(text);
            }
        }
        const last = runs[runs.length - 1];
        const findings = [];
        const metrics = {
            exitCode: last.exitCode,
            durationMs: last.durationMs,
            outputBytes: last.outputBytes,
        };
        // Whatever a command leaves running is stopped with it; the finding tells why it vanished.
        const leftover = runs.reduce((n, r) => n + r.leftover, 0);
        if (leftover > 0)
            findings.push({
                level: 'notice',
                message: `${leftover} process(es) the command started in the background still ran when it ended; they were stopped`,
            });
        if (last.exitCode === 127 && /command not found|not found/i.test(last.stderr)) {
            return {
                status: 'error',
                summary: `command not found: ${clip(last.stderr.trim().split('\n').pop() ?? '', 160)}`,
                metrics,
            };
        }
        const badRuns = runs.filter((r) => !okCode(r.exitCode));
        const exitOk = badRuns.length === 0;
        if (!exitOk) {
            const r = badRuns[0];
            const tail = r.output.trim().split('\n').slice(-5).join('\n');
            findings.push({
                level: 'failure',
                message: `exited with ${r.exitCode ?? `signal ${r.signal}`} (expected ${okCodes.join(' or ')})${tail ? `:\n${tail}` : ''}`,
            });
        }
        let junit;
        if (spec.junit !== undefined) {
            const j = await readJUnit(spec, cwd, ws, ctx.signal);
            if (j.escape)
                return { status: 'error', summary: j.problem, findings, metrics };
            if (!j.summary) {
                // A red run without its report is still a red run; a green run without one is unproven.
                if (exitOk)
                    return { status: 'error', summary: j.problem, findings, metrics };
                findings.push({ level: 'warning', message: j.problem });
            }
            else {
                junit = j.summary;
                if (junit.tests === 0 && !spec.allowNoTests) {
                    // A report without a single test case proves nothing, like no report at all.
                    const problem = `${j.files.join(', ')} hold${j.files.length === 1 ? 's' : ''} no test case: nothing was tested (set allowNoTests: true if that is expected)`;
                    if (exitOk)
                        return { status: 'error', summary: problem, findings, metrics: { ...metrics, tests: 0 } };
                    findings.push({ level: 'warning', message: problem });
                }
                Object.assign(metrics, {
                    tests: junit.tests,
                    passed: junit.passed,
                    failures: junit.failures,
                    errors: junit.errors,
                    skipped: junit.skipped,
                });
                await ctx.evidence.write('junit.json', { files: j.files, ...junit });
                for (const f of junit.failed) {
                    const at = f.file
                        ? node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(ctx.cwd, node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, f.file)).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/')
                        : undefined;
                    findings.push({
                        level: 'failure',
                        message: `${f.status === 'error' ? 'error in' : 'failed:'} ${f.classname ? `${f.classname} \u203a ` : ''}${f.name}${f.message ? ` \u2014 ${clip(f.message, 300)}` : ''}`,
                        file: at,
                        line: f.line,
                    });
                }
            }
        }
        if (spec.coverage) {
            try {
                const file = await ws.resolve('coverage report', spec.coverage.file, cwd);
                const content = (await (0,_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .readRegularFile */ .XF)(file.real, MAX_REPORT_BYTES)).toString('utf8');
                const format = spec.coverage.format === 'auto' ? (0,_coverage_js__WEBPACK_IMPORTED_MODULE_3__.detectFormat)(spec.coverage.file, content) : spec.coverage.format;
                const cov = await (0,_coverage_js__WEBPACK_IMPORTED_MODULE_3__.readCoverage)(content, format, ctx.signal);
                const metric = spec.coverage.metric;
                const got = cov.pct[metric];
                await ctx.evidence.write('coverage.json', cov);
                if (got === undefined) {
                    return {
                        status: 'error',
                        summary: `${format} coverage report ${spec.coverage.file} measured no ${metric}: ${cov.noData[metric] ?? 'no figure'}`,
                        findings,
                        metrics,
                    };
                }
                metrics[`coverage.${metric}`] = got;
                if (got < spec.coverage.min) {
                    findings.push({
                        level: 'failure',
                        message: `${metric} coverage ${got}% is below the minimum ${spec.coverage.min}%`,
                    });
                }
            }
            catch (err) {
                if (err instanceof _paths_js__WEBPACK_IMPORTED_MODULE_6__/* .WorkspacePathError */ .Tf)
                    return { status: 'error', summary: err.message, findings, metrics };
                if (exitOk)
                    return {
                        status: 'error',
                        summary: `cannot read coverage ${spec.coverage.file}: ${err.message}`,
                        findings,
                        metrics,
                    };
                findings.push({
                    level: 'warning',
                    message: `cannot read coverage ${spec.coverage.file}: ${err.message}`,
                });
            }
        }
        if (repeat) {
            const base = compared[0];
            const diffs = compared
                .slice(1)
                .map((t, i) => ({ run: i + 2, d: firstDifference(base, t) }))
                .filter((x) => x.d);
            metrics.repeat = repeat.times;
            metrics.differingRuns = diffs.length;
            for (const { run, d } of diffs) {
                findings.push({
                    level: 'failure',
                    message: `run ${run} differs from run 1 at line ${d.line} of ${repeat.compare}: ${JSON.stringify(clip(d.a, 100))} vs ${JSON.stringify(clip(d.b, 100))}`,
                });
            }
        }
        findings.push(...ws.findings());
        const failedTests = junit ? junit.failures + junit.errors : 0;
        const coverageLow = findings.some((f) => f.message.includes('coverage') && f.level === 'failure');
        const nondeterministic = metrics.differingRuns ?? 0;
        const parts = [];
        if (junit)
            parts.push(`${junit.passed}/${junit.tests} tests passed${junit.skipped ? `, ${junit.skipped} skipped` : ''}`);
        if (metrics['coverage.lines'] !== undefined || spec.coverage) {
            const m = spec.coverage.metric;
            if (metrics[`coverage.${m}`] !== undefined)
                parts.push(`${m} coverage ${metrics[`coverage.${m}`]}% (min ${spec.coverage.min}%)`);
        }
        if (repeat)
            parts.push(nondeterministic
                ? `${nondeterministic} of ${repeat.times - 1} repeat(s) differ`
                : `${repeat.times} runs agree`);
        if (exitOk && failedTests === 0 && !coverageLow && nondeterministic === 0) {
            return {
                status: 'pass',
                summary: parts.join('; ') || `exit ${last.exitCode} in ${last.durationMs}ms`,
                findings,
                metrics,
            };
        }
        let score = 1;
        if (junit && failedTests > 0)
            score = (0,_grading_js__WEBPACK_IMPORTED_MODULE_4__/* .grade */ .on)(spec.grading ?? _grading_js__WEBPACK_IMPORTED_MODULE_4__/* .TESTS_GRADING */ .J6, failedTests, junit.tests);
        if (coverageLow && failedTests === 0 && exitOk)
            score = 3;
        const reasons = [
            !exitOk && !junit ? `exit ${last.exitCode ?? `signal ${last.signal}`}` : undefined,
            junit && failedTests ? `${failedTests} of ${junit.tests} tests failed` : undefined,
            !exitOk && junit && !failedTests
                ? `exit ${last.exitCode} with no failed test in the report`
                : undefined,
            coverageLow ? parts.find((p) => p.includes('coverage')) : undefined,
            nondeterministic
                ? `not deterministic: ${nondeterministic} of ${repeat.times - 1} repeat(s) differ`
                : undefined,
        ].filter(Boolean);
        return { status: 'fail', score, summary: reasons.join('; '), findings, metrics };
    },
});


/***/ }),

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

/***/ 16468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ defineCheck)
/* harmony export */ });
function defineCheck(def) {
    return def;
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
