export const id = 1563;
export const ids = [1563];
export const modules = {

/***/ 81563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildReview: () => (/* binding */ buildReview),
/* harmony export */   reviewWindow: () => (/* binding */ reviewWindow)
/* harmony export */ });
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98571);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _checks_metrics_drift_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54816);



function reviewWindow(opts, now) {
    if (opts.lookback !== undefined && opts.month !== undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('give --lookback or --month, not both');
    if (opts.month !== undefined) {
        const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(opts.month.trim());
        if (!m)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--month: expected YYYY-MM, got "${opts.month}"`);
        const from = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
        const to = new Date(Date.UTC(Number(m[1]), Number(m[2]), 1));
        return { kind: 'period', from, to, label: opts.month.trim(), month: opts.month.trim() };
    }
    const text = (opts.lookback ?? '7d').trim();
    if (/^\d+$/.test(text)) {
        const count = Number(text);
        if (count < 1)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('--lookback: give at least 1 run');
        return { kind: 'runs', count, label: `last ${count} run${count === 1 ? '' : 's'}` };
    }
    const ms = (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(text);
    if (ms === undefined || ms === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--lookback: expected a number of runs (4) or a period (7d, 28d), got "${text}"`);
    return { kind: 'period', from: new Date(now.getTime() - ms), to: now, label: `last ${text}` };
}
const TRENDED_TYPES = new Set(['benchmark', 'trend']);
/** The drift judgements a review keeps; the others are judged and let go unformatted. */
const ALERTING = new Set(['alert', 'missing']);
const round = (n) => Math.round(n * 10_000) / 10_000;
/** A run's check of this id (the first, should a run list one twice), as every reader of history takes it. */
const checkOf = (run, id) => run.checks.find((c) => c.id === id);
const measured = (c) => c !== undefined && c.status !== 'skipped' && c.status !== 'error';
/**
 * Which runs the window holds, as a test of a run's finish time. The last `count` valid runs
 * reach back to the first of them; invalid runs inside the same span are shown as left out.
 */
function windowTest(runs, w) {
    if (w.kind === 'period') {
        const from = w.from.getTime();
        const to = w.to.getTime();
        return (t) => t >= from && t < to;
    }
    // The first of the last `count` valid runs, or the first valid run when there are fewer.
    let first;
    let left = w.count;
    for (let i = runs.length - 1; i >= 0 && left > 0; i--)
        if (!runs[i].invalid) {
            first = runs[i];
            left--;
        }
    if (first === undefined)
        return () => false;
    const from = Date.parse(first.finishedAt);
    return (t) => t >= from;
}
function trendOf(check, t) {
    const out = [];
    for (const metric of [...t.series.keys()].sort()) {
        const series = t.series.get(metric);
        // Summed in run order, as the mean always was; no spread into Math.min, which a long
        // series would overflow.
        let sum = 0;
        let min = Number.POSITIVE_INFINITY;
        let max = Number.NEGATIVE_INFINITY;
        for (const p of series) {
            sum += p.value;
            min = Math.min(min, p.value);
            max = Math.max(max, p.value);
        }
        const first = series[0].value;
        const last = series[series.length - 1].value;
        out.push({
            check,
            type: t.type,
            metric,
            series,
            first,
            last,
            change: round(last - first),
            mean: round(sum / series.length),
            min,
            max,
        });
    }
    return out;
}
/**
 * Each run of the window that measured `check`, judged as the gate judged it (or would have):
 * against the last `lookback` valid runs before it that measured the check, window or not. One
 * walk through history; only what alerts is put into words, and added to `alerts`.
 */
function driftOf(all, shown, check, rules, alerts) {
    /** The metrics of every valid run so far that measured the check, oldest first. */
    const earlier = [];
    /** Where the runs compared with start in `earlier`. */
    let from = 0;
    const history = (metric) => {
        const values = [];
        for (let k = from; k < earlier.length; k++) {
            const v = earlier[k][metric];
            if (typeof v === 'number' && Number.isFinite(v))
                values.push(v);
        }
        return values;
    };
    // The ruled metrics of the run judged, refilled for each run. Metric names come from history:
    // own keys only, whatever they are called.
    const ruled = Object.keys(rules.rules);
    const current = Object.create(null);
    for (let i = 0; i < all.length; i++) {
        const run = all[i];
        if (run.invalid)
            continue;
        const c = checkOf(run, check);
        if (!measured(c))
            continue;
        if (shown[i]) {
            from = rules.lookback > 0 ? Math.max(0, earlier.length - rules.lookback) : 0;
            for (const m of ruled) {
                const v = Object.hasOwn(c.metrics, m) ? c.metrics[m] : undefined;
                current[m] = typeof v === 'number' && Number.isFinite(v) ? v : undefined;
            }
            for (const point of (0,_checks_metrics_drift_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluateDrift */ .$v)(current, history, rules, undefined, ALERTING))
                alerts.push({ check, runId: run.runId, at: run.finishedAt, point });
        }
        earlier.push(c.metrics);
    }
}
function buildReview(input) {
    const all = input.runs;
    const inWindow = windowTest(all, input.window);
    // One walk through the runs for everything counted per run, one through the window for the
    // metric series, one per benchmark for drift: a review grows with its history as reading it does.
    /** Which runs the review shows: valid, in the window. */
    const shown = new Array(all.length).fill(false);
    const valid = [];
    const invalidRuns = [];
    const actions = { 'auto-promote': 0, 'promote-with-hotfix': 0, hold: 0 };
    let promoted = 0;
    let ratchetHolds = 0;
    const scoreSeries = [];
    const runList = [];
    const failing = new Map();
    const trends = new Map();
    for (let i = 0; i < all.length; i++) {
        const r = all[i];
        if (!inWindow(Date.parse(r.finishedAt)))
            continue;
        if (r.invalid) {
            invalidRuns.push({ runId: r.runId, at: r.finishedAt, reason: r.invalid.reason });
            continue;
        }
        shown[i] = true;
        valid.push(r);
        actions[r.action]++;
        if (r.verdict === 'promote')
            promoted++;
        if (r.ratchetTriggered)
            ratchetHolds++;
        scoreSeries.push({ runId: r.runId, at: r.finishedAt, value: r.score });
        const listed = {
            runId: r.runId,
            at: r.finishedAt,
            verdict: r.verdict,
            score: r.score,
            action: r.action,
        };
        if (r.sha)
            listed.sha = r.sha;
        if (r.url)
            listed.url = r.url;
        runList.push(listed);
        for (const c of r.checks) {
            if (TRENDED_TYPES.has(c.type)) {
                const known = trends.get(c.id);
                // A check keeps its place from its first trended run and the type of its last.
                if (known)
                    known.type = c.type;
                else
                    trends.set(c.id, { type: c.type, series: new Map(), seen: -1 });
            }
            if (c.status === 'skipped')
                continue;
            const f = failing.get(c.id) ?? { check: c.id, failures: 0, errors: 0, runs: 0, lastStatus: c.status };
            f.runs++;
            if (c.status === 'fail')
                f.failures++;
            if (c.status === 'error')
                f.errors++;
            f.lastStatus = c.status;
            failing.set(c.id, f);
        }
    }
    // Filled once every trended check is known: a check trended only in a later run has the
    // numbers of its earlier runs too.
    for (let i = 0; i < valid.length; i++) {
        const r = valid[i];
        for (const c of r.checks) {
            const t = trends.get(c.id);
            if (t === undefined || t.seen === i)
                continue;
            t.seen = i;
            for (const metric of Object.keys(c.metrics)) {
                const value = c.metrics[metric];
                if (typeof value !== 'number' || !Number.isFinite(value))
                    continue;
                const point = { runId: r.runId, at: r.finishedAt, value };
                const series = t.series.get(metric);
                if (series)
                    series.push(point);
                else
                    t.series.set(metric, [point]);
            }
        }
    }
    const metrics = [...trends].flatMap(([check, t]) => trendOf(check, t));
    const driftAlerts = [];
    for (const [check, { type }] of trends) {
        if (type !== 'benchmark')
            continue;
        const rules = input.drift.get(check) ?? (0,_checks_metrics_drift_js__WEBPACK_IMPORTED_MODULE_2__/* .driftSettings */ .LX)();
        if (rules !== false)
            driftOf(all, shown, check, rules, driftAlerts);
    }
    const topFailing = [...failing.values()]
        .filter((f) => f.failures + f.errors > 0)
        .sort((a, b) => b.failures + b.errors - (a.failures + a.errors) || a.check.localeCompare(b.check))
        .slice(0, 10);
    const w = input.window;
    return {
        schemaVersion: 1,
        kind: 'review',
        profile: input.profile,
        store: input.store,
        generatedAt: input.now.toISOString(),
        window: w.kind === 'runs'
            ? { kind: 'runs', label: w.label }
            : {
                kind: 'period',
                label: w.label,
                from: w.from.toISOString(),
                to: w.to.toISOString(),
                ...(w.month ? { month: w.month } : {}),
            },
        runs: {
            total: valid.length,
            invalid: invalidRuns.length,
            promoted,
            held: valid.length - promoted,
            passRate: valid.length ? Math.round((promoted / valid.length) * 1000) / 10 : null,
            actions,
            ratchetHolds,
        },
        score: {
            series: scoreSeries,
            mean: scoreSeries.length
                ? round(scoreSeries.reduce((a, p) => a + p.value, 0) / scoreSeries.length)
                : null,
        },
        metrics,
        driftAlerts,
        topFailing,
        runList,
        invalidRuns,
        problems: input.problems,
    };
}


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
/** maxDrop X is the rule "change ≥ −X"; without maxDrop and rules DRIFT_DEFAULTS apply. */
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
    const kept = (status) => keep === undefined || keep.has(status);
    for (const [metric, rule] of Object.entries(s.rules)) {
        const value = current[metric];
        const values = history(metric);
        // Made only for a point that is kept: a review judges every run and keeps few.
        const base = () => ({ metric, points: values.length, criterion: `change ${rule.source}` });
        if (value === undefined || !Number.isFinite(value)) {
            if (!s.explicit && value === undefined)
                continue;
            if (!kept('missing'))
                continue;
            out.push({
                ...base(),
                status: 'missing',
                message: `${metric} has no numeric value in this run; drift cannot be checked`,
            });
            continue;
        }
        if (values.length < s.minHistory) {
            if (!kept('insufficient'))
                continue;
            out.push({
                ...base(),
                status: 'insufficient',
                current: value,
                message: `${metric} ${(0,_criteria_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(value)}: not enough history for drift (${values.length} of ${s.minHistory} runs needed)`,
            });
            continue;
        }
        const baseline = aggregateOf(values, s.baseline);
        // Rounded so that 0.80 − 0.88 is −0.08, not −0.0800000000000001 beyond a 0.08 allowance.
        const change = tidy(value - baseline);
        const changePercent = baseline === 0 ? (change === 0 ? 0 : undefined) : tidy((change / Math.abs(baseline)) * 100);
        const observed = rule.percent ? changePercent : change;
        const ok = observed === undefined
            ? (0,_criteria_js__WEBPACK_IMPORTED_MODULE_1__/* .meets */ .D)(change > 0 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY, rule)
            : (0,_criteria_js__WEBPACK_IMPORTED_MODULE_1__/* .meets */ .D)(observed, rule);
        if (!kept(ok ? 'ok' : 'alert'))
            continue;
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
            ...base(),
            status: ok ? 'ok' : 'alert',
            current: value,
            baseline,
            change,
            ...(changePercent !== undefined ? { changePercent } : {}),
            message: ok
                ? `${metric} ${(0,_criteria_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(value)} vs ${against}: ${shown}, within ${rule.source}`
                : `${metric} drifted: ${(0,_criteria_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(value)} vs ${against} is ${shown}, allowed ${rule.source}`,
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


/***/ })

};
