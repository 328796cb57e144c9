export const id = 2904;
export const ids = [2904];
export const modules = {

/***/ 72904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DRIFT_JSON: () => (/* binding */ DRIFT_JSON),
/* harmony export */   DRIFT_MD: () => (/* binding */ DRIFT_MD),
/* harmony export */   benchmarkChecks: () => (/* binding */ benchmarkChecks),
/* harmony export */   driftWrites: () => (/* binding */ driftWrites),
/* harmony export */   renderDrift: () => (/* binding */ renderDrift),
/* harmony export */   runDrift: () => (/* binding */ runDrift)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _bundle_outputDir_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37504);
/* harmony import */ var _checks_metrics_drift_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54816);
/* harmony import */ var _checks_metrics_criteria_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1402);
/* harmony import */ var _core_format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(96228);
/* harmony import */ var _core_redact_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8670);
/* harmony import */ var _engine_runChecks_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(65618);
/* harmony import */ var _history_summary_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1048);









function measured(run, id) {
    const c = run.checks.find((x) => x.id === id);
    return c !== undefined && c.status !== 'skipped' && c.status !== 'error';
}
const DRIFT_JSON = 'drift.json';
const DRIFT_MD = 'drift.md';
const numbers = (m) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, typeof v === 'number' && Number.isFinite(v) ? v : undefined]));
/** What drift writes: its two files and the measuring benchmarks' evidence. */
function driftWrites(entry, kind) {
    if (kind === 'file' && (entry === DRIFT_JSON || entry === DRIFT_MD))
        return true;
    const evidence = entry === 'evidence' || entry.startsWith('evidence/');
    return evidence && (kind === 'file' || kind === 'directory');
}
/**
 * The log line of a benchmark measured for this command says what it measured: the check's own
 * summary would say that drift is not checked (it is turned off while measuring), when drift is
 * exactly what this command judges next.
 */
function measuringLogger(logger) {
    return {
        ...logger,
        checkFinished(result, log) {
            if (result.status !== 'pass')
                return logger.checkFinished(result, log);
            const values = Object.entries(result.metrics).filter((e) => typeof e[1] === 'number');
            const shown = values
                .slice(0, 4)
                .map(([k, v]) => `${k} ${(0,_checks_metrics_criteria_js__WEBPACK_IMPORTED_MODULE_4__/* .fmt */ .Sc)(v)}`)
                .join(', ');
            const more = values.length > 4 ? ` and ${values.length - 4} more` : '';
            logger.checkFinished({ ...result, summary: `measured ${shown || 'no numbers'}${more}; judged against history below` }, log);
        },
    };
}
function benchmarkChecks(plan) {
    return plan.checks.filter((c) => c.type === 'benchmark' && c.enforcement !== 'off');
}
async function runDrift(opts) {
    // Before anything runs: a directory that cannot be written to is said at once.
    await (0,_bundle_outputDir_js__WEBPACK_IMPORTED_MODULE_2__/* .prepareOutputDir */ .g)(opts.outDir, { within: opts.within, owns: driftWrites });
    const checks = benchmarkChecks(opts.plan);
    const view = (0,_history_summary_js__WEBPACK_IMPORTED_MODULE_8__/* .historyView */ .Ic)(opts.store, opts.plan.profile);
    const read = await view.read();
    const runs = read.runs;
    const results = [];
    let current = new Map();
    if (opts.fromHistory) {
        for (const c of checks) {
            const idx = runs.findLastIndex((r) => measured(r, c.id));
            const run = runs[idx];
            current.set(c.id, run
                ? {
                    values: numbers(run.checks.find((x) => x.id === c.id).metrics),
                    from: `run ${run.runId}`,
                    before: runs.slice(0, idx),
                }
                : { values: {}, from: 'history', error: 'no recorded run measured this benchmark', before: [] });
        }
    }
    else {
        // Measure only: thresholds and the check's own drift are left to this command's report.
        const measuring = checks.map((c) => ({ ...c, spec: { ...c.spec, thresholds: undefined, drift: false } }));
        const redactor = new _core_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .Redactor */ .pO();
        for (const s of opts.plan.secrets)
            redactor.add(s);
        const res = await (0,_engine_runChecks_js__WEBPACK_IMPORTED_MODULE_7__/* .runChecks */ .JT)(measuring, {
            cwd: opts.cwd,
            outputDir: opts.outDir,
            profile: opts.plan.profile,
            env: opts.env,
            exec: opts.exec,
            http: opts.http,
            now: opts.now,
            redactor,
            logger: measuringLogger(opts.logger),
        }, { concurrency: opts.plan.concurrency, gateTimeoutMs: opts.plan.gateTimeoutMs, signal: opts.signal });
        current = new Map(res.map((r) => [
            r.id,
            {
                values: numbers(r.metrics),
                from: 'measured now',
                // Measuring alone can only fail for want of numbers: that is no measurement either.
                ...(r.status === 'error' || r.status === 'fail' ? { error: r.error ?? r.summary } : {}),
                before: runs,
            },
        ]));
    }
    for (const c of checks) {
        const cur = current.get(c.id);
        const blocking = c.enforcement === 'required' || c.enforcement === 'hard';
        const settings = (0,_checks_metrics_drift_js__WEBPACK_IMPORTED_MODULE_3__/* .driftSettings */ .LX)(c.spec.drift === false ? {} : (c.spec.drift ?? {}));
        const window = cur.before.filter((r) => measured(r, c.id)).slice(-settings.lookback);
        // A pinned reference run is compared with as well as the last runs, as the check does.
        const pinned = cur.error
            ? { points: [], notes: [] }
            : (0,_checks_metrics_drift_js__WEBPACK_IMPORTED_MODULE_3__/* .pinnedDrift */ .yD)(cur.values, read.pins ?? [], c.id, settings);
        const points = cur.error
            ? []
            : [
                ...(0,_checks_metrics_drift_js__WEBPACK_IMPORTED_MODULE_3__/* .evaluateDrift */ .$v)(cur.values, (m) => (0,_history_summary_js__WEBPACK_IMPORTED_MODULE_8__/* .metricSeries */ .Q3)(window, c.id, m).map((x) => x.value), settings),
                ...pinned.points,
            ];
        results.push({
            check: c.id,
            enforcement: c.enforcement,
            blocking,
            current: cur.from,
            ...(cur.error ? { error: cur.error } : {}),
            points,
            ...(pinned.notes.length ? { notes: pinned.notes } : {}),
            baselineRuns: window.map((r) => r.runId),
            baseline: settings.baseline,
            minHistory: settings.minHistory,
        });
    }
    const isAlert = (r) => r.error ? 1 : r.points.filter((p) => p.status === 'alert' || p.status === 'missing').length;
    const alerts = results.reduce((a, r) => a + isAlert(r), 0);
    const report = {
        schemaVersion: 1,
        kind: 'drift',
        profile: opts.plan.profile,
        store: opts.store.describe(),
        generatedAt: opts.now().toISOString(),
        alerts,
        blockingAlerts: results.filter((r) => r.blocking).reduce((a, r) => a + isAlert(r), 0),
        checks: results,
        problems: read.problems,
    };
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(opts.outDir, DRIFT_JSON), `${JSON.stringify(report, null, 2)}\n`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(opts.outDir, DRIFT_MD), renderDrift(report));
    return report;
}
function renderDrift(r) {
    const head = r.blockingAlerts > 0
        ? `## ⛔ Drift — ${r.profile}: ${r.blockingAlerts} blocking alert(s)`
        : r.alerts > 0
            ? `## ⚠️ Drift — ${r.profile}: ${r.alerts} alert(s), none blocking`
            : `## ✅ Drift — ${r.profile}: no drift`;
    const out = [head, '', `_history: ${r.store} · ${r.generatedAt}_`];
    if (r.checks.length === 0)
        out.push('', 'The profile runs no benchmark checks (or their mode is off here).');
    for (const c of r.checks) {
        out.push('', `### \`${c.check}\` (${c.enforcement}${c.blocking ? ', alerts block' : ', alerts do not block'})`, '');
        out.push(`Current values: ${c.current}; baseline: the ${c.baseline} of ${c.baselineRuns.length} earlier run(s) (at least ${c.minHistory} needed).`, '');
        if (c.error) {
            out.push(`- ❗ could not be judged: ${c.error}`);
            continue;
        }
        if (c.points.length === 0) {
            out.push('- no drift rule matches these metrics');
            continue;
        }
        out.push('| Metric | Current | Baseline | Change | Allowed | Result |', '|---|---|---|---|---|---|');
        for (const p of c.points)
            out.push(`| ${p.metric} | ${p.current === undefined ? '–' : (0,_checks_metrics_criteria_js__WEBPACK_IMPORTED_MODULE_4__/* .fmt */ .Sc)(p.current)} | ${p.baseline === undefined ? '–' : `${(0,_checks_metrics_criteria_js__WEBPACK_IMPORTED_MODULE_4__/* .fmt */ .Sc)(p.baseline)}${p.pinnedRun ? ` (pinned run ${p.pinnedRun})` : ''}`} | ${p.change === undefined ? '–' : (0,_core_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatNumber */ .ZV)(p.change, { sign: true })} | ${p.criterion} | ${p.status === 'ok' ? '✅ ok' : p.status === 'insufficient' ? `⏳ ${p.points} of ${c.minHistory} runs` : `❌ ${p.status}`} |`);
        for (const n of c.notes ?? [])
            out.push('', `- ${n}`);
    }
    if (r.problems.length) {
        out.push('', '### History problems', '');
        for (const p of r.problems)
            out.push(`- ${p}`);
    }
    out.push('');
    return out.join('\n');
}


/***/ }),

/***/ 59061:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ createEvidenceWriter)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


function safeName(name) {
    const clean = name
        .replace(/\\/g, '/')
        .split('/')
        .filter((p) => p && p !== '.' && p !== '..')
        .join('/');
    return clean.replace(/[^\w./-]/g, '_') || 'evidence';
}
/**
 * Writes a check's evidence under `evidence/<check id>/`, redacted with the secrets known now.
 * Secrets found later (by another check still running) are masked when the bundle is sealed,
 * which redacts every file again. Once closed (the check finished or timed out) it refuses
 * writes, so a late write cannot change a sealed bundle.
 */
function createEvidenceWriter(outputDir, checkId, redactor, written, 
/** Settles once the output directory is ready (the previous run's files removed). */
ready = Promise.resolve()) {
    let closed = false;
    return {
        close() {
            closed = true;
        },
        async write(name, content) {
            if (closed)
                throw new Error(`evidence for ${checkId} was written after the check ended`);
            // Written before the folder is cleared, the previous run's removal could take it away.
            await ready;
            if (closed)
                throw new Error(`evidence for ${checkId} was written after the check ended`);
            const rel = `evidence/${checkId}/${safeName(name)}`;
            const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(outputDir, ...rel.split('/'));
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(abs), { recursive: true });
            // Values are redacted one by one before they are serialized: a value cut short (a body
            // excerpt) ends its own string, where a leftover piece of a secret is recognised.
            const data = content instanceof Uint8Array
                ? redactor.redactBytes(content)
                : typeof content === 'string'
                    ? textBytes(redactor, rel, content)
                    : redactor.redactJsonToBytes(content);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(abs, data);
            if (!written.includes(rel))
                written.push(rel);
            return rel;
        },
    };
}
/**
 * A text is redacted as text; JSON written as text (thousands of routes, one a line) also value
 * by value, now, while the other checks still run: the seal looks through every JSON file value
 * by value, and for one already looked through with every secret known then it costs a digest,
 * at the end of the gate when nothing else is left to overlap with.
 */
function textBytes(redactor, rel, content) {
    const bytes = redactor.redactToBytes(content);
    return rel.endsWith('.json') ? (redactor.redactJsonBytes(bytes) ?? bytes) : bytes;
}


/***/ }),

/***/ 65618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JT: () => (/* binding */ runChecks),
/* harmony export */   Kf: () => (/* binding */ readsWholeDiff),
/* harmony export */   M9: () => (/* binding */ loadOf)
/* harmony export */ });
/* unused harmony export NETWORK_CONCURRENCY */
/* harmony import */ var p_limit__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(70370);
/* harmony import */ var _checks_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74648);
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98571);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73054);
/* harmony import */ var _evidence_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59061);






/**
 * Live probes spend their time waiting on another machine, so a profile's probes all start
 * together rather than in waves of `concurrency`; this only keeps a very large profile from
 * opening more sockets at once than a runner comfortably holds.
 */
const NETWORK_CONCURRENCY = 64;
const DEFAULT_SCORE = { pass: 5, warn: 4, fail: 1, error: 1 };
const ERROR_SCORE = { fail: 1, warn: 4, pass: 5 };
class CheckTimeout extends Error {
}
/** Checks a check's own answer, so a buggy check becomes an `error`, not a wrong verdict. */
function validateOutcome(o) {
    if (!o || typeof o !== 'object')
        return 'returned no result';
    const r = o;
    if (!_core_types_js__WEBPACK_IMPORTED_MODULE_4__/* .CHECK_STATUSES */ .Qw.includes(r.status) || r.status === 'skipped')
        return `returned unknown status ${JSON.stringify(r.status)}`;
    if (r.score !== undefined && (!Number.isInteger(r.score) || r.score < 1 || r.score > 5))
        return `returned score ${r.score}, expected 1–5`;
    if (typeof r.summary !== 'string')
        return 'returned no summary';
    return undefined;
}
/** The deadline a check's answer came after, if any: its own timeout, or the gate's. */
function overdue(started, timeoutMs, gateDeadline, gateTimeoutMs) {
    const now = performance.now();
    if (now >= started + timeoutMs)
        return new CheckTimeout(`timed out after ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(timeoutMs)}`);
    if (now >= gateDeadline)
        return new Error(`gate timeout of ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(gateTimeoutMs)} reached`);
    return undefined;
}
function baseResult(check) {
    return {
        id: check.id,
        type: check.type,
        ...(check.title ? { title: check.title } : {}),
        category: check.category,
        enforcement: check.enforcement,
        onError: check.onError,
        findings: [],
        metrics: {},
        evidence: [],
    };
}
function errored(check, error, durationMs, evidence = [], findings = []) {
    return {
        ...baseResult(check),
        status: 'error',
        score: ERROR_SCORE[check.onError],
        summary: `could not run: ${error}`,
        error,
        durationMs,
        evidence,
        findings,
    };
}
function typeOf(check, deps) {
    return deps.types ? deps.types.find((t) => t.type === check.type) : (0,_checks_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .checkType */ .B)(check.type);
}
/** How the check uses the working tree, as its type says for its fields. */
function workTreeUse(check, deps) {
    if (check.enforcement === 'off')
        return undefined;
    return typeOf(check, deps)?.workTree?.(check.spec);
}
/** What the check mostly uses, as its type says for its fields; `cpu` (the bounded kind) when unsaid. */
function loadOf(check, deps = {}) {
    const load = typeOf(check, deps)?.load;
    try {
        return (typeof load === 'function' ? load(check.spec) : load) ?? 'cpu';
    }
    catch {
        return 'cpu';
    }
}
/** Whether the check streams the whole diff (see CheckType.readsWholeDiff). */
function readsWholeDiff(check, deps = {}) {
    try {
        return typeOf(check, deps)?.readsWholeDiff?.(check.spec) ?? false;
    }
    catch {
        return false;
    }
}
/**
 * Runs the checks concurrently, each with its own timeout, under one gate timeout: live probes
 * all at once, checks that run processes or burn CPU at most `concurrency` at once. Whatever a
 * check does — throw, hang, return nonsense — it ends as a result; the others go on.
 */
async function runChecks(checks, deps, opts) {
    const local = (0,p_limit__WEBPACK_IMPORTED_MODULE_5__/* ["default"] */ .A)(Math.max(1, opts.concurrency));
    const network = (0,p_limit__WEBPACK_IMPORTED_MODULE_5__/* ["default"] */ .A)(Math.max(1, opts.networkConcurrency ?? NETWORK_CONCURRENCY));
    const limitOf = (check) => (loadOf(check, deps) === 'network' ? network : local);
    const gate = new AbortController();
    const gateDeadline = performance.now() + opts.gateTimeoutMs;
    const gateTimer = setTimeout(() => gate.abort(new Error(`gate timeout of ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(opts.gateTimeoutMs)} reached`)), opts.gateTimeoutMs);
    gateTimer.unref?.();
    const onStop = () => gate.abort(opts.signal.reason ?? new Error('stopped'));
    if (opts.signal?.aborted)
        onStop();
    else
        opts.signal?.addEventListener('abort', onStop, { once: true });
    // What a check says is held until every check has ended: a secret registered late (the
    // secrets scan, the env check) must mask what an earlier check printed too, and a printed line
    // cannot be taken back. Only the check's id and status show as it ends.
    const ended = [];
    const finish = (result, log = []) => {
        ended.push({ result, log });
        deps.logger.debug(`${result.id}: ${result.status} (${ended.length} of ${checks.length} check(s) ended)`);
        return result;
    };
    const runOne = async (check) => {
        const started = performance.now();
        const elapsed = () => Math.round(performance.now() - started);
        if (check.enforcement === 'off') {
            return finish({
                ...baseResult(check),
                status: 'skipped',
                score: 5,
                summary: 'not run (enforcement: off)',
                durationMs: 0,
            });
        }
        if (gate.signal.aborted)
            return finish(errored(check, `not started: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(gate.signal.reason)}`, 0));
        const type = typeOf(check, deps);
        if (!type)
            return finish(errored(check, `no check type "${check.type}"`, 0));
        const log = [];
        const evidence = [];
        const controller = new AbortController();
        const onGateAbort = () => controller.abort(gate.signal.reason);
        gate.signal.addEventListener('abort', onGateAbort, { once: true });
        let timer;
        const writer = (0,_evidence_js__WEBPACK_IMPORTED_MODULE_3__/* .createEvidenceWriter */ .X)(deps.outputDir, check.id, deps.redactor, evidence, deps.outputReady);
        const ctx = {
            id: check.id,
            profile: deps.profile,
            cwd: deps.cwd,
            outputDir: deps.outputDir,
            signal: controller.signal,
            timeoutMs: check.timeoutMs,
            deadline: Math.min(started + check.timeoutMs, gateDeadline),
            env: deps.env,
            now: deps.now,
            log: (line) => log.push(line),
            evidence: writer,
            exec: deps.exec,
            http: deps.http,
            secret: (value) => {
                deps.redactor.add(value);
                deps.logger.mask(value);
            },
            ...(deps.change ? { change: deps.change } : {}),
            ...(deps.history ? { history: deps.history } : {}),
            ...(deps.config ? { config: deps.config } : {}),
            ...(deps.reviews ? { reviews: deps.reviews } : {}),
        };
        let result;
        try {
            const stopped = new Promise((_, reject) => {
                timer = setTimeout(() => {
                    const err = new CheckTimeout(`timed out after ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(check.timeoutMs)}`);
                    controller.abort(err);
                    reject(err);
                }, check.timeoutMs);
                controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
            });
            stopped.catch(() => undefined);
            const outcome = await Promise.race([type.run(check.spec, ctx), stopped]);
            const invalid = validateOutcome(outcome);
            // An answer that came after the deadline does not count: the timer could not fire while
            // the thread was busy (a check that kept it), so the order of events decides, not the timer.
            // An error keeps its own words, which say more than "timed out".
            const late = invalid || outcome.status === 'error'
                ? undefined
                : overdue(started, check.timeoutMs, gateDeadline, opts.gateTimeoutMs);
            if (late) {
                controller.abort(late);
                result = errored(check, late.message, elapsed(), evidence);
            }
            else if (invalid) {
                result = errored(check, `internal error in check type "${check.type}": ${invalid}`, elapsed(), evidence);
            }
            else if (outcome.status === 'error') {
                result = errored(check, outcome.summary, elapsed(), evidence, outcome.findings ?? []);
                result.metrics = outcome.metrics ?? {};
            }
            else {
                result = {
                    ...baseResult(check),
                    status: outcome.status,
                    score: outcome.status === 'pass' ? 5 : (outcome.score ?? DEFAULT_SCORE[outcome.status]),
                    summary: outcome.summary,
                    findings: outcome.findings ?? [],
                    metrics: outcome.metrics ?? {},
                    durationMs: elapsed(),
                    evidence,
                };
            }
        }
        catch (err) {
            const reason = controller.signal.aborted ? (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(controller.signal.reason) : (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err);
            result = errored(check, reason, elapsed(), evidence);
        }
        finally {
            writer.close();
            clearTimeout(timer);
            gate.signal.removeEventListener('abort', onGateAbort);
            if (!controller.signal.aborted)
                controller.abort(new Error('check finished'));
            // A check ends when everything it started has: its slot is not given away before.
            await deps.exec.ended?.(controller.signal);
        }
        return finish(result, log);
    };
    // Live probes start at once, while the output directory is made ready; every other check once
    // it is. When it cannot be, the run stops: what started ends as an error, the rest never starts.
    let unready = false;
    const ready = (deps.outputReady ?? Promise.resolve()).then(() => undefined, (err) => {
        unready = true;
        gate.abort(err);
    });
    const start = (c) => {
        const limit = limitOf(c);
        return limit === network ? limit(() => runOne(c)) : ready.then(() => limit(() => runOne(c)));
    };
    // Checks that observe the working tree are queued first and the ones that may change it start
    // only once those are done, so the tree they see is the one the run started with.
    const use = checks.map((c) => workTreeUse(c, deps));
    const first = checks.map((c, i) => (use[i] === 'observes' ? start(c) : undefined));
    const observed = Promise.all(first);
    const results = checks.map((c, i) => first[i] ?? (use[i] === 'changes' ? observed.then(() => start(c)) : start(c)));
    try {
        const done = await Promise.all(results);
        // The secret set is complete now: redact with all of it, then print in the order checks ended.
        const clean = new Map();
        for (const { result, log } of ended) {
            const r = deps.redactor.redactDeep(result);
            clean.set(result, r);
            // A run whose output folder could not be made ready says only that, not what it cut short.
            if (!unready)
                deps.logger.checkFinished(r, log.map((l) => deps.redactor.redact(l)));
        }
        return done.map((r) => clean.get(r) ?? deps.redactor.redactDeep(r));
    }
    finally {
        clearTimeout(gateTimer);
        opts.signal?.removeEventListener('abort', onStop);
    }
}


/***/ })

};
