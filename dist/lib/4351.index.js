export const id = 4351;
export const ids = [4351];
export const modules = {

/***/ 94351:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  benchmarkCheck: () => (/* binding */ benchmarkCheck)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(12311);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/history/series.ts
var series = __webpack_require__(29655);
;// CONCATENATED MODULE: ./src/checks/metrics/benchmarkMode.ts
const BENCHMARK_MODES = ['off', 'optional', 'required', 'auto'];
/**
 * `auto`: dev \u2192 off, staging \u2192 optional, prod \u2192 required. The profile's own name
 * decides, then its ancestors' (so `prod-eu extends prod` is required); unknown names \u2192 optional.
 */
function resolveMode(mode, profile) {
    if (mode !== 'auto')
        return { mode, why: `mode ${mode}` };
    const names = [profile.name, ...[...profile.lineage].reverse().filter((n) => n !== profile.name)];
    for (const n of names) {
        const k = n.toLowerCase();
        const found = k.startsWith('prod')
            ? 'required'
            : k.startsWith('stag')
                ? 'optional'
                : k.startsWith('dev')
                    ? 'off'
                    : undefined;
        if (found)
            return { mode: found, why: `mode auto \u2192 ${found} (profile ${n})` };
    }
    return {
        mode: 'optional',
        why: `mode auto \u2192 optional (profile ${profile.name} is not dev, staging or prod)`,
    };
}
/** off \u2192 not run; optional \u2192 reported, never holds; required \u2192 a failure holds. */
function modeEnforcement(mode) {
    return mode === 'off' ? 'off' : mode === 'optional' ? 'advisory' : 'required';
}

// EXTERNAL MODULE: ./src/checks/metrics/criteria.ts
var criteria = __webpack_require__(1402);
// EXTERNAL MODULE: ./src/checks/metrics/drift.ts
var metrics_drift = __webpack_require__(54816);
// EXTERNAL MODULE: ./src/checks/fields.ts
var fields = __webpack_require__(23128);
// EXTERNAL MODULE: ./src/checks/metrics/metrics.ts
var metrics_metrics = __webpack_require__(46822);
// EXTERNAL MODULE: ./src/checks/paths.ts
var paths = __webpack_require__(47681);
// EXTERNAL MODULE: ./src/checks/types.ts
var types = __webpack_require__(16468);
;// CONCATENATED MODULE: ./src/checks/metrics/benchmark.ts











const driftField = schemas/* union */.KCZ([
    schemas/* literal */.euz(false),
    schemas/* strictObject */.rej({
        lookback: schemas/* int */.Whr().min(1).max(500).optional().describe('Earlier runs to compare with (default 8)'),
        minHistory: schemas/* int */.Whr().min(1).optional().describe('Runs needed before drift is judged (default 3)'),
        baseline: schemas/* enum */.k5n(metrics_drift/* BASELINES */.tb)
            .optional()
            .describe('Aggregate of the earlier runs: mean (default), median, p90, min, max, last'),
        maxDrop: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig().nonnegative())
            .optional()
            .describe('metric \u2192 largest allowed drop below the baseline (default precision 0.08, recall 0.05)'),
        rules: schemas/* record */.g1P(schemas/* string */.YjP(), criteria/* criterionField */.gL)
            .optional()
            .describe('metric \u2192 criterion on the change from the baseline, e.g. ">= -0.05", "<= +10%"'),
    }),
]);
const benchmark_fields = schemas/* object */.Ikc({
    mode: schemas/* enum */.k5n(BENCHMARK_MODES)
        .default('auto')
        .describe('off, optional (reported, never holds), required (holds), or auto: dev \u2192 off, staging \u2192 optional, prod \u2192 required'),
    file: (0,fields/* judgedFile */.ip)(schemas/* string */.YjP().min(1))
        .optional()
        .describe('JSON or YAML results file (read after `run`, when both are given)'),
    run: fields/* shellScript */.ky
        .optional()
        .describe('Command that produces the results: its stdout is JSON unless `file` is given'),
    cwd: schemas/* string */.YjP().optional().describe('Directory the command runs in, relative to the repository'),
    env: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional().describe('Extra environment for the command'),
    metrics: schemas/* union */.KCZ([schemas/* array */.YOg(schemas/* string */.YjP()), schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP())])
        .optional()
        .describe('Metrics to read: names, or name \u2192 JSON path; default every number under `metrics` or at the top level'),
    thresholds: schemas/* record */.g1P(schemas/* string */.YjP(), criteria/* criterionField */.gL)
        .optional()
        .describe('metric \u2192 criterion, e.g. {precision: ">= 0.55", latency_ms: "<= 800"}; a bare number is a minimum'),
    drift: driftField.optional().describe('Drift against earlier runs (history); false turns it off'),
});
async function readResults(spec, ctx) {
    // The evidence readers (YAML, XML, SARIF) load when results are read, not with the config's schema.
    const { EvidenceError, loadEvidence } = await Promise.all(/* import() */[__webpack_require__.e(5524), __webpack_require__.e(3094)]).then(__webpack_require__.bind(__webpack_require__, 95524));
    if (spec.run !== undefined) {
        const r = await ctx.exec.shell(spec.run, {
            cwd: external_node_path_default().resolve(ctx.cwd, spec.cwd ?? '.'),
            env: { ...ctx.env, ...spec.env, ...(0,fields/* shellValues */.Du)(spec) },
            signal: ctx.signal,
            maxOutputBytes: 4 * 1024 * 1024,
        });
        await ctx.evidence.write('command.log', `$ ${spec.run}\n(exit ${r.exitCode ?? r.signal})\n${r.output}`);
        if (r.aborted)
            throw new Error('benchmark command was stopped');
        if (r.exitCode !== 0) {
            const last = r.stderr.trim().split('\n').pop() || r.stdout.trim().split('\n').pop() || '';
            throw new EvidenceError(`benchmark command exited ${r.exitCode ?? r.signal}${last ? `: ${last.slice(0, 200)}` : ''}`);
        }
        if (spec.file === undefined) {
            const text = r.stdout.trim();
            try {
                return { doc: JSON.parse(text), source: 'command output' };
            }
            catch {
                // Tools often log before their JSON: take the last line that parses.
                const last = text
                    .split('\n')
                    .reverse()
                    .find((l) => l.trim().startsWith('{'));
                try {
                    if (last)
                        return { doc: JSON.parse(last), source: 'command output' };
                }
                catch {
                    /* reported below */
                }
                throw new EvidenceError('benchmark command printed no JSON results (give `file` if it writes them to a file)');
            }
        }
    }
    // Results belong to the repository: the file may not resolve outside it.
    const where = await new paths/* Workspace */.aR(ctx.cwd, false).resolve('benchmark results file', spec.file);
    const ev = await loadEvidence(where.real, spec.file, 'auto', ctx.signal);
    if (ev.format !== 'json' && ev.format !== 'yaml')
        throw new EvidenceError(`${spec.file} is ${ev.format}; benchmark results must be JSON or YAML`);
    await ctx.evidence.write(`results${external_node_path_default().extname(spec.file) || '.json'}`, ev.bytes.toString('utf8'));
    return { doc: ev.doc, source: spec.file };
}
/** Earlier runs where this check measured something, newest `lookback` of them. */
function measuredRuns(runs, id, lookback) {
    return runs
        .filter((r) => {
        const c = r.checks.find((x) => x.id === id);
        return c !== undefined && c.status !== 'skipped' && c.status !== 'error';
    })
        .slice(-lookback);
}
const benchmarkCheck = (0,types/* defineCheck */.q)({
    type: 'benchmark',
    description: 'Benchmark metrics (precision, recall\u2026) from a file or command meet per-profile thresholds and have not drifted from earlier runs',
    defaults: { category: 'data', enforcement: 'required' },
    workTree: (spec) => (spec.run !== undefined ? 'changes' : 'observes'),
    fields: benchmark_fields,
    enforcementFor: (spec, profile) => modeEnforcement(resolveMode(spec.mode, profile).mode),
    async run(spec, ctx) {
        if (spec.file === undefined && spec.run === undefined)
            return { status: 'error', summary: 'bad benchmark check: give file, run, or both' };
        // The enforcement was settled from the mode when the profile was planned; this is for the reader.
        const mode = { why: `mode ${spec.mode}` };
        let results;
        try {
            results = await readResults(spec, ctx);
        }
        catch (err) {
            return { status: 'error', summary: (0,errors/* errorMessage */.gJ)(err) };
        }
        const extracted = (0,metrics_metrics/* extractMetrics */.$)(results.doc, spec.metrics);
        const current = extracted.values;
        const findings = [];
        let thresholdFailures = 0;
        let driftAlerts = 0;
        const thresholdRows = [];
        for (const [metric, raw] of Object.entries(spec.thresholds ?? {})) {
            const c = (0,criteria/* parseCriterion */.Jn)(raw);
            const v = current[metric];
            const ok = v !== undefined && (0,criteria/* meets */.D)(v, c);
            thresholdRows.push({ metric, value: v ?? null, criterion: c.source, ok });
            if (ok)
                continue;
            thresholdFailures++;
            findings.push({
                level: 'failure',
                message: v === undefined
                    ? `${extracted.problems[metric] ?? `${metric} is missing from the results`}; threshold ${c.source}`
                    : `${metric} = ${(0,criteria/* fmt */.Sc)(v, [c.value])}, threshold ${c.source}`,
            });
        }
        if (Object.keys(current).length === 0)
            findings.push({ level: 'failure', message: `no numeric metrics in ${results.source}` });
        let drift = [];
        let driftNote = '';
        const history = ctx.history;
        if (spec.drift !== false) {
            const settings = (0,metrics_drift/* driftSettings */.LX)(spec.drift ?? {});
            if (!history)
                driftNote = 'drift not checked: no history store';
            else {
                const read = await history.read();
                for (const p of read.problems)
                    findings.push({ level: 'notice', message: `history: ${p}` });
                const window = measuredRuns(read.runs, ctx.id, settings.lookback);
                drift = (0,metrics_drift/* evaluateDrift */.$v)(current, (m) => (0,series/* metricSeries */.Q)(window, ctx.id, m).map((x) => x.value), settings);
                for (const d of drift) {
                    if (d.status === 'alert' || d.status === 'missing') {
                        driftAlerts++;
                        findings.push({ level: 'failure', message: d.message });
                    }
                    else if (d.status === 'insufficient')
                        findings.push({ level: 'notice', message: d.message });
                }
                // A pinned reference run is compared with as well as the last runs.
                const pinned = (0,metrics_drift/* pinnedDrift */.yD)(current, read.pins ?? [], ctx.id, settings);
                for (const note of pinned.notes)
                    findings.push({ level: 'notice', message: note });
                for (const d of pinned.points)
                    if (d.status === 'alert') {
                        driftAlerts++;
                        findings.push({ level: 'failure', message: d.message });
                    }
                drift.push(...pinned.points);
                const judged = drift.filter((d) => d.status === 'ok' || d.status === 'alert');
                driftNote =
                    drift.length === 0
                        ? 'no drift rule matches these metrics'
                        : judged.length === 0
                            ? `drift: not enough history (${window.length} of ${settings.minHistory} runs)`
                            : `no drift vs the ${settings.baseline} of ${Math.max(...judged.map((d) => d.points))} earlier run(s)${pinned.points.length ? ` and pinned run ${[...new Set(pinned.points.map((d) => d.pinnedRun))].join(', ')}` : ''}`;
            }
        }
        await ctx.evidence.write('benchmark.json', {
            mode: mode.why,
            source: results.source,
            metrics: current,
            problems: extracted.problems,
            thresholds: thresholdRows,
            drift: { note: driftNote, store: history?.describe() ?? null, points: drift },
        });
        const metrics = {};
        for (const [k, v] of Object.entries(current))
            metrics[k] = v ?? null;
        const failures = findings.filter((f) => f.level === 'failure');
        if (failures.length > 0) {
            const more = failures.length > 1 ? ` (+${failures.length - 1} more)` : '';
            return {
                status: 'fail',
                score: thresholdFailures > 0 || driftAlerts === 0 ? 2 : 3,
                summary: `${failures[0].message}${more} [${mode.why}]`,
                findings,
                metrics,
            };
        }
        const shown = Object.entries(current)
            .slice(0, 4)
            .map(([k, v]) => `${k} ${(0,criteria/* fmt */.Sc)(v)}`)
            .join(', ');
        const checked = thresholdRows.length ? `, ${thresholdRows.length} threshold(s) met` : '';
        return {
            status: 'pass',
            summary: `${shown}${checked}; ${driftNote || 'no drift check (drift: false)'} [${mode.why}]`,
            findings,
            metrics,
        };
    },
});


/***/ }),

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
