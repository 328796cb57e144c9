export const id = 716;
export const ids = [716];
export const modules = {

/***/ 1402:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ meets),
/* harmony export */   Jn: () => (/* binding */ parseCriterion),
/* harmony export */   Sc: () => (/* binding */ fmt),
/* harmony export */   gL: () => (/* binding */ criterionField)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12311);
/* harmony import */ var _core_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96228);


const CRITERION = /^\s*(>=|>|<=|<|==)?\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)\s*(%)?\s*$/i;
function parseCriterion(input) {
    if (typeof input === 'number') {
        if (!Number.isFinite(input))
            throw new Error(`criterion ${input} is not a finite number`);
        return { op: '>=', value: input, percent: false, source: `>= ${input}` };
    }
    const m = CRITERION.exec(input);
    if (!m) {
        throw new Error(`cannot read criterion "${input}": expected an operator (>=, >, <=, <, ==) and a number, e.g. ">= 0.8", "<= +10%"`);
    }
    const op = (m[1] ?? '>=');
    return { op, value: Number(m[2]), percent: m[3] !== undefined, source: `${op} ${m[2]}${m[3] ?? ''}` };
}
function meets(observed, c) {
    if (Number.isNaN(observed))
        return false;
    switch (c.op) {
        case '>=':
            return observed >= c.value;
        case '>':
            return observed > c.value;
        case '<=':
            return observed <= c.value;
        case '<':
            return observed < c.value;
        case '==':
            return observed === c.value;
    }
}
/** A config field holding a criterion, validated when the config is loaded. */
const criterionField = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()]).superRefine((v, ctx) => {
    if (typeof v === 'string' && v.includes('${{'))
        return;
    try {
        parseCriterion(v);
    }
    catch (err) {
        ctx.addIssue({ code: 'custom', message: err.message });
    }
});
/** A metric as people read it: the one number formatter (0.831, 812.6, 12,345; no float noise). */
function fmt(n, near) {
    return (0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(n, near ? { near } : {});
}


/***/ }),

/***/ 54816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $v: () => (/* binding */ evaluateDrift),
/* harmony export */   Jh: () => (/* binding */ judgeDrift),
/* harmony export */   LX: () => (/* binding */ driftSettings),
/* harmony export */   Wc: () => (/* binding */ pinnedValue),
/* harmony export */   tb: () => (/* binding */ BASELINES),
/* harmony export */   yD: () => (/* binding */ pinnedDrift)
/* harmony export */ });
/* unused harmony exports DRIFT_DEFAULTS, aggregateOf */
/* harmony import */ var _core_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96228);
/* harmony import */ var _criteria_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1402);


const BASELINES = ['mean', 'median', 'p90', 'min', 'max', 'last'];
/** Drift defaults: 8 runs back, at least 3 points, precision may drop 0.08 and recall 0.05. */
const DRIFT_DEFAULTS = {
    lookback: 8,
    minHistory: 3,
    baseline: 'mean',
    maxDrop: { precision: 0.08, recall: 0.05 },
};
/** maxDrop X is the rule "change \u2265 \u2212X"; without maxDrop and rules DRIFT_DEFAULTS apply. */
function driftSettings(cfg = {}) {
    const explicit = cfg.maxDrop !== undefined || cfg.rules !== undefined;
    // Metric names are the user's: own keys of a record without a prototype.
    const rules = Object.create(null);
    for (const [m, drop] of Object.entries(explicit ? (cfg.maxDrop ?? {}) : DRIFT_DEFAULTS.maxDrop))
        rules[m] = (0,_criteria_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCriterion */ .Jn)(`>= ${-Math.abs(drop)}`);
    for (const [m, c] of Object.entries(cfg.rules ?? {}))
        rules[m] = (0,_criteria_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCriterion */ .Jn)(c);
    return {
        lookback: cfg.lookback ?? DRIFT_DEFAULTS.lookback,
        minHistory: cfg.minHistory ?? DRIFT_DEFAULTS.minHistory,
        baseline: cfg.baseline ?? DRIFT_DEFAULTS.baseline,
        rules,
        explicit,
    };
}
function aggregateOf(values, kind) {
    if (values.length === 0)
        return Number.NaN;
    if (kind === 'mean')
        return values.reduce((a, b) => a + b, 0) / values.length;
    if (kind === 'last')
        return values[values.length - 1];
    // Sorted only for the baselines that need order: a review takes one baseline per run.
    // A typed array sorts numerically without calling back into JavaScript for each comparison.
    const sorted = Float64Array.from(values).sort();
    switch (kind) {
        case 'median':
            return quantile(sorted, 0.5);
        case 'p90':
            return quantile(sorted, 0.9);
        case 'min':
            return sorted[0];
        case 'max':
            return sorted[sorted.length - 1];
    }
}
/** Linear interpolation between closest ranks (the common "type 7" definition). */
function quantile(sorted, q) {
    const pos = (sorted.length - 1) * q;
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
const tidy = (n) => Math.round(n * 1e9) / 1e9;
const MISSING = { status: 'missing' };
const INSUFFICIENT = { status: 'insufficient' };
/**
 * Judges one ruled metric of a run against its earlier values (the last `lookback` valid runs
 * that recorded it, oldest first); undefined when there is nothing to say: a default rule's
 * metric the run does not have. Every drift point is this judgement put into words, so a caller
 * that judges many runs and words few (a review) judges them all the same way.
 */
function judgeDrift(value, values, rule, s) {
    if (value === undefined || !Number.isFinite(value)) {
        if (!s.explicit && value === undefined)
            return undefined;
        return MISSING;
    }
    if (values.length < s.minHistory)
        return INSUFFICIENT;
    const baseline = aggregateOf(values, s.baseline);
    // Rounded so that 0.80 \u2212 0.88 is \u22120.08, not \u22120.0800000000000001 beyond a 0.08 allowance.
    const change = tidy(value - baseline);
    const changePercent = baseline === 0 ? (change === 0 ? 0 : undefined) : tidy((change / Math.abs(baseline)) * 100);
    const observed = rule.percent ? changePercent : change;
    const ok = observed === undefined
        ? (0,_criteria_js__WEBPACK_IMPORTED_MODULE_1__/* .meets */ .D)(change > 0 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY, rule)
        : (0,_criteria_js__WEBPACK_IMPORTED_MODULE_1__/* .meets */ .D)(observed, rule);
    return { status: ok ? 'ok' : 'alert', baseline, change, changePercent };
}
/**
 * Compares each ruled metric of the current run with an aggregate of its earlier values.
 * `history(metric)` gives the values of the last `lookback` valid runs that recorded it.
 */
function evaluateDrift(current, history, s, 
/** How the baseline is named in messages (default: the aggregate of the last runs). */
baselineName, 
/**
 * The statuses the caller keeps (default: all). Points of the others are judged but not
 * built: a review judges every run of its history and shows only the alerts.
 */
keep) {
    const out = [];
    for (const [metric, rule] of Object.entries(s.rules)) {
        const value = current[metric];
        const values = history(metric);
        const j = judgeDrift(value, values, rule, s);
        if (j === undefined || (keep !== undefined && !keep.has(j.status)))
            continue;
        const base = { metric, points: values.length, criterion: `change ${rule.source}` };
        if (j.status === 'missing') {
            out.push({
                ...base,
                status: 'missing',
                message: `${metric} has no numeric value in this run; drift cannot be checked`,
            });
            continue;
        }
        // Judged, so a finite number.
        const v = value;
        if (j.status === 'insufficient') {
            out.push({
                ...base,
                status: 'insufficient',
                current: v,
                message: `${metric} ${(0,_criteria_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(v)}: not enough history for drift (${values.length} of ${s.minHistory} runs needed)`,
            });
            continue;
        }
        const { baseline, change, changePercent } = j;
        const ok = j.status === 'ok';
        // Precise enough that a change just past its allowance never reads as the allowance.
        const shown = rule.percent
            ? changePercent === undefined
                ? `${change > 0 ? 'up' : 'down'} from 0`
                : (0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(changePercent, { sign: true, near: [rule.value] })
            : (0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(change, { sign: true, near: [rule.value] });
        // The baseline as precise as the change, so value, baseline and change add up as shown.
        const changeDecimals = rule.percent ? 0 : (shown.split('.')[1]?.length ?? 0);
        const baselineText = (0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(baseline, { minDecimals: changeDecimals });
        const against = baselineName?.(values.length, baseline) ??
            `the ${s.baseline} of the last ${values.length} run${values.length === 1 ? '' : 's'} (${baselineText})`;
        out.push({
            ...base,
            status: j.status,
            current: v,
            baseline,
            change,
            ...(changePercent !== undefined ? { changePercent } : {}),
            message: ok
                ? `${metric} ${(0,_criteria_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(v)} vs ${against}: ${shown}, within ${rule.source}`
                : `${metric} drifted: ${(0,_criteria_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(v)} vs ${against} is ${shown}, allowed ${rule.source}`,
        });
    }
    return out;
}
/** A pinned run's number for a check and metric, or why it cannot be a reference. */
function pinnedValue(p, checkId, metric) {
    const id = p.pin.runId;
    if (!p.run)
        return { note: `pinned run ${id} is no longer in history; not compared with` };
    if (p.run.invalid)
        return { note: `pinned run ${id} is marked invalid (${p.run.invalid.reason}); no longer compared with` };
    const c = p.run.checks.find((x) => x.id === checkId);
    const v = c && c.status !== 'skipped' && c.status !== 'error' ? c.metrics[metric] : undefined;
    if (typeof v !== 'number' || !Number.isFinite(v))
        return { note: `pinned run ${id} has no ${metric} of ${checkId}; not compared with` };
    return { value: v };
}
/**
 * Drift against pinned reference runs, besides the last runs: each valid pinned run that
 * measured a ruled metric is a baseline of its own. Pins that cannot serve are said, not used.
 */
function pinnedDrift(current, pins, checkId, s) {
    const points = [];
    const notes = new Set();
    for (const p of pins) {
        const id = p.pin.runId;
        for (const metric of Object.keys(s.rules)) {
            if (current[metric] === undefined)
                continue;
            const got = pinnedValue(p, checkId, metric);
            if ('note' in got) {
                notes.add(got.note);
                continue;
            }
            const [point] = evaluateDrift({ [metric]: current[metric] }, () => [got.value], { ...s, rules: { [metric]: s.rules[metric] }, minHistory: 1, baseline: 'last', explicit: false }, (_n, b) => `pinned run ${id} (${(0,_criteria_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(b)})`);
            if (point)
                points.push({ ...point, pinnedRun: id });
        }
    }
    return { points, notes: [...notes] };
}


/***/ }),

/***/ 46822:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ extractMetrics),
/* harmony export */   R: () => (/* binding */ toNumber)
/* harmony export */ });
/* harmony import */ var _core_conditions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18857);

/** A number a report may hold: a finite number, or a numeric string. Anything else \u2192 undefined. */
function toNumber(v) {
    if (typeof v === 'number')
        return Number.isFinite(v) ? v : undefined;
    if (typeof v === 'string' && v.trim() !== '') {
        const n = Number(v);
        return Number.isFinite(n) ? n : undefined;
    }
    return undefined;
}
/**
 * Picks metrics out of a results document. `names` maps metric \u2192 JSON path; without it every
 * number under a top-level `metrics` object (or at the top level) is a metric.
 */
function extractMetrics(doc, names) {
    const values = {};
    const problems = {};
    if (names !== undefined) {
        const map = Array.isArray(names) ? Object.fromEntries(names.map((n) => [n, n])) : names;
        for (const [name, p] of Object.entries(map)) {
            const got = (0,_core_conditions_js__WEBPACK_IMPORTED_MODULE_0__/* .getPath */ .Yn)(doc, (0,_core_conditions_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePath */ .Rr)(p));
            const n = got.found ? toNumber(got.value) : undefined;
            values[name] = n;
            if (!got.found)
                problems[name] = `${name} is missing from the results (path ${p})`;
            else if (n === undefined)
                problems[name] = `${name} is not a number (${JSON.stringify(got.value) ?? String(got.value)})`;
        }
        return { values, problems };
    }
    const root = doc && typeof doc === 'object' && !Array.isArray(doc) ? doc : {};
    const nested = root.metrics;
    const source = nested && typeof nested === 'object' && !Array.isArray(nested)
        ? nested
        : root;
    for (const [k, v] of Object.entries(source))
        if (typeof v === 'number')
            values[k] = Number.isFinite(v) ? v : undefined;
    for (const [k, v] of Object.entries(values))
        if (v === undefined)
            problems[k] = `${k} is not a number (${String(source[k])})`;
    return { values, problems };
}


/***/ }),

/***/ 10716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   trendCheck: () => (/* binding */ trendCheck)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(12311);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23128);
/* harmony import */ var _core_conditions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18857);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _history_series_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(29655);
/* harmony import */ var _core_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(96228);
/* harmony import */ var _core_optionRef_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(44157);
/* harmony import */ var _criteria_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1402);
/* harmony import */ var _drift_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(54816);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(46822);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(47681);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(16468);













/** A number in a file: a report, never a dump. */
const MAX_TREND_FILE_BYTES = 16 * 1024 * 1024;
const fields = zod__WEBPACK_IMPORTED_MODULE_9__/* .object */ .Ikc({
    run: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .shellScript */ .ky
        .optional()
        .describe('Command whose output holds the number (a non-zero exit is fine when it prints one)'),
    file: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .judgedFile */ .ip)(zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP().min(1)).optional().describe('File that holds the number (instead of run)'),
    path: zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP()
        .min(1)
        .optional()
        .describe('JSON path of the number in the output or file, e.g. summary.violations'),
    pattern: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .regex */ .yG
        .optional()
        .describe('Regular expression whose first group is the number, e.g. "(\\d+) violations"'),
    name: zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP().min(1).optional().describe('What the number is, for messages (default: the check id)'),
    cwd: zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP().optional().describe('Directory the command runs in, relative to the repository'),
    better: zod__WEBPACK_IMPORTED_MODULE_9__/* ["enum"] */ .k5n(['lower', 'higher'])
        .default('lower')
        .describe('lower (violations, size, duration) or higher (coverage)'),
    lookback: zod__WEBPACK_IMPORTED_MODULE_9__/* .int */ .Whr().min(1).max(500).default(3).describe('Earlier runs averaged (default 3)'),
    warnAbove: zod__WEBPACK_IMPORTED_MODULE_9__/* .number */ .aig()
        .min(0)
        .default(0)
        .describe('Growth over the average, in percent, that warns (default 0: any growth)'),
    failAbove: zod__WEBPACK_IMPORTED_MODULE_9__/* .number */ .aig()
        .min(0)
        .default(50)
        .describe('Growth over the average, in percent, that fails as a spike (default 50)'),
    tolerance: zod__WEBPACK_IMPORTED_MODULE_9__/* .number */ .aig().min(0).default(0).describe('Absolute change that never counts as growth'),
});
function numberIn(text, spec, where) {
    if (spec.path !== undefined) {
        let doc;
        try {
            doc = JSON.parse(text);
        }
        catch (err) {
            throw new Error(`${where} is not JSON (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}), but path ${spec.path} was given`);
        }
        const got = (0,_core_conditions_js__WEBPACK_IMPORTED_MODULE_2__/* .getPath */ .Yn)(doc, (0,_core_conditions_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePath */ .Rr)(spec.path));
        const n = got.found ? (0,_metrics_js__WEBPACK_IMPORTED_MODULE_7__/* .toNumber */ .R)(got.value) : undefined;
        if (n === undefined)
            throw new Error(`${spec.path} in ${where} is ${got.found ? (0,_core_conditions_js__WEBPACK_IMPORTED_MODULE_2__/* .describeValue */ .bp)(got.value) : 'missing'}, not a number`);
        return n;
    }
    const re = spec.pattern !== undefined ? new RegExp(spec.pattern, 'm') : /-?\d+(?:\.\d+)?/;
    const m = re.exec(text);
    const n = m ? (0,_metrics_js__WEBPACK_IMPORTED_MODULE_7__/* .toNumber */ .R)(spec.pattern !== undefined ? m[1] : m[0]) : undefined;
    if (n === undefined)
        throw new Error(spec.pattern !== undefined
            ? `no match of /${spec.pattern}/ with a number in ${where}`
            : `no number in ${where}`);
    return n;
}
async function measure(spec, ctx) {
    if (spec.run !== undefined) {
        const r = await ctx.exec.shell(spec.run, {
            cwd: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(ctx.cwd, spec.cwd ?? '.'),
            // The values of the run line's ${{ }} expressions, which it names as variables.
            env: { ...ctx.env, ...(0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .shellValues */ .Du)(spec) },
            signal: ctx.signal,
            maxOutputBytes: 1024 * 1024,
        });
        await ctx.evidence.write('command.log', `$ ${spec.run}\n(exit ${r.exitCode ?? r.signal})\n${r.output}`);
        if (r.aborted)
            throw new Error('command was stopped');
        try {
            return numberIn(r.stdout, spec, 'the command output');
        }
        catch (err) {
            throw new Error(`${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)} (exit ${r.exitCode ?? r.signal})`);
        }
    }
    const text = (await (0,_paths_js__WEBPACK_IMPORTED_MODULE_8__/* .readWorkspaceFile */ .sL)(ctx.cwd, 'trend file', spec.file, MAX_TREND_FILE_BYTES)).toString('utf8');
    return numberIn(text, spec, spec.file);
}
/**
 * Lint-style trend: compare with the average of the last N runs; stable or better passes,
 * growth warns (score 3, so it counts toward the hotfix ratchet), a spike fails.
 */
const trendCheck = (0,_types_js__WEBPACK_IMPORTED_MODULE_10__/* .defineCheck */ .q)({
    type: 'trend',
    description: 'A number (lint violations, bundle size, test time\u2026) compared with the average of the last runs: stable passes, growth warns, a spike fails',
    defaults: { category: 'design', enforcement: 'scored' },
    workTree: (spec) => (spec.run !== undefined ? 'changes' : 'observes'),
    fields,
    async run(spec, ctx) {
        if ((spec.run === undefined) === (spec.file === undefined))
            return {
                status: 'error',
                summary: `bad trend check: give exactly one of run or file${spec.run ? ', not both' : ''}`,
            };
        if (spec.failAbove < spec.warnAbove)
            return {
                status: 'error',
                summary: `bad trend check: failAbove ${spec.failAbove} is below warnAbove ${spec.warnAbove}`,
            };
        const name = spec.name ?? ctx.id;
        let value;
        try {
            value = await measure(spec, ctx);
        }
        catch (err) {
            return { status: 'error', summary: `cannot read ${name}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}` };
        }
        const metrics = { value };
        const findings = [];
        if (!ctx.history)
            return {
                status: 'warn',
                summary: `${name} ${(0,_criteria_js__WEBPACK_IMPORTED_MODULE_5__/* .fmt */ .Sc)(value)}: no history store, so no trend (set ${(0,_core_optionRef_js__WEBPACK_IMPORTED_MODULE_11__/* .optionRef */ .$j)('history')})`,
                metrics,
            };
        const read = await ctx.history.read();
        for (const p of read.problems)
            findings.push({ level: 'notice', message: `history: ${p}` });
        const series = (0,_history_series_js__WEBPACK_IMPORTED_MODULE_12__/* .metricSeries */ .Q)(read.runs, ctx.id, 'value').slice(-spec.lookback);
        const evidence = {
            value,
            better: spec.better,
            history: series.map((s) => ({ runId: s.run.runId, value: s.value })),
        };
        if (series.length === 0) {
            await ctx.evidence.write('trend.json', { ...evidence, average: null, verdict: 'no history' });
            return { status: 'pass', summary: `${name} ${(0,_criteria_js__WEBPACK_IMPORTED_MODULE_5__/* .fmt */ .Sc)(value)} (no history yet)`, findings, metrics };
        }
        const avg = series.reduce((a, s) => a + s.value, 0) / series.length;
        const grew = spec.better === 'lower' ? 'grew' : 'fell';
        // The same rule against each reference: the average of the last runs, and any pinned run.
        const judge = (reference, against) => {
            const worse = spec.better === 'lower' ? value - reference : reference - value;
            const percent = reference === 0 ? (worse > 0 ? Number.POSITIVE_INFINITY : 0) : (worse / Math.abs(reference)) * 100;
            const limits = [spec.warnAbove, spec.failAbove];
            const shown = Number.isFinite(percent) ? (0,_core_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatPercent */ .l9)(percent, { near: limits }) : 'from 0';
            const changePercent = Number.isFinite(percent) ? percent : null;
            if (worse <= spec.tolerance || percent <= spec.warnAbove)
                return {
                    status: 'pass',
                    changePercent,
                    message: `${name} ${(0,_criteria_js__WEBPACK_IMPORTED_MODULE_5__/* .fmt */ .Sc)(value)}: ${worse < 0 ? 'improving' : 'stable'} vs ${against}`,
                };
            if (percent > spec.failAbove)
                return {
                    status: 'fail',
                    score: 1,
                    changePercent,
                    message: `${name} spiked: ${(0,_criteria_js__WEBPACK_IMPORTED_MODULE_5__/* .fmt */ .Sc)(value)} vs ${against}, ${shown} worse (fails above ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatPercent */ .l9)(spec.failAbove)})`,
                };
            return {
                status: 'warn',
                score: 3,
                changePercent,
                message: `${name} ${grew}: ${(0,_criteria_js__WEBPACK_IMPORTED_MODULE_5__/* .fmt */ .Sc)(value)} vs ${against}, ${shown} worse (warns above ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatPercent */ .l9)(spec.warnAbove)})`,
            };
        };
        const byAverage = judge(avg, `the average of the last ${series.length} run${series.length === 1 ? '' : 's'} (${(0,_criteria_js__WEBPACK_IMPORTED_MODULE_5__/* .fmt */ .Sc)(avg)})`);
        const verdicts = [byAverage];
        for (const p of read.pins ?? []) {
            const got = (0,_drift_js__WEBPACK_IMPORTED_MODULE_6__/* .pinnedValue */ .Wc)(p, ctx.id, 'value');
            if ('note' in got)
                findings.push({ level: 'notice', message: got.note });
            else
                verdicts.push({
                    ...judge(got.value, `pinned run ${p.pin.runId} (${(0,_criteria_js__WEBPACK_IMPORTED_MODULE_5__/* .fmt */ .Sc)(got.value)})`),
                    pinned: p.pin.runId,
                });
        }
        const LEVEL = { pass: 'notice', warn: 'warning', fail: 'failure' };
        // With a pinned reference each comparison is shown, so a reader sees which one decided.
        for (const v of verdicts)
            if (v.status !== 'pass' || verdicts.length > 1)
                findings.push({ level: LEVEL[v.status], message: v.message });
        const RANK = { pass: 0, warn: 1, fail: 2 };
        const worst = verdicts.reduce((a, b) => (RANK[b.status] > RANK[a.status] ? b : a));
        const outcome = worst.status === 'pass'
            ? { status: 'pass', summary: byAverage.message, findings, metrics }
            : { status: worst.status, score: worst.score, summary: worst.message, findings, metrics };
        await ctx.evidence.write('trend.json', {
            ...evidence,
            average: avg,
            changePercent: byAverage.changePercent,
            pinned: verdicts
                .filter((v) => v.pinned)
                .map((v) => ({ runId: v.pinned, status: v.status, changePercent: v.changePercent })),
            status: outcome.status,
        });
        return outcome;
    },
});


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

/***/ 29655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ metricSeries)
/* harmony export */ });
/** The numeric values one check recorded in earlier runs, oldest first; runs without it are skipped. */
function metricSeries(runs, checkId, metric) {
    const out = [];
    for (const run of runs) {
        if (run.invalid)
            continue;
        const v = run.checks.find((c) => c.id === checkId)?.metrics[metric];
        if (typeof v === 'number' && Number.isFinite(v))
            out.push({ run, value: v });
    }
    return out;
}


/***/ })

};
