export const id = 1452;
export const ids = [1452];
export const modules = {

/***/ 71452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aU: () => (/* binding */ runMonitor)
});

// UNUSED EXPORTS: defaultMonitorOutDir, monitorExitCode

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/adapters/exec.ts
var adapters_exec = __webpack_require__(77911);
// EXTERNAL MODULE: ./src/adapters/http.ts
var adapters_http = __webpack_require__(93618);
// EXTERNAL MODULE: ./src/adapters/logger.ts
var adapters_logger = __webpack_require__(74810);
// EXTERNAL MODULE: ./src/bundle/seal.ts + 1 modules
var seal = __webpack_require__(3167);
// EXTERNAL MODULE: ./src/change/head.ts
var head = __webpack_require__(7112);
// EXTERNAL MODULE: ./src/checks/secrets/shapes.ts
var shapes = __webpack_require__(46445);
// EXTERNAL MODULE: ./src/config/load.ts + 4 modules
var load = __webpack_require__(52008);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/redact.ts + 3 modules
var redact = __webpack_require__(8670);
// EXTERNAL MODULE: ./src/core/runner.ts
var core_runner = __webpack_require__(4473);
// EXTERNAL MODULE: ./src/history/summary.ts
var summary = __webpack_require__(1048);
// EXTERNAL MODULE: ./src/notify/plan.ts
var notify_plan = __webpack_require__(79194);
// EXTERNAL MODULE: ./src/monitor/classify.ts
var classify = __webpack_require__(95522);
;// CONCATENATED MODULE: ./src/monitor/loop.ts


/** Never throws: classifying is guarded, so a crash there is a problem and the window goes on. */
function judge(rows, rules, ended, problems, when) {
    try {
        return (0,classify/* classify */.L8)(rows, rules, ended);
    }
    catch (err) {
        problems.push(`classification failed ${when}: ${(0,errors/* errorMessage */.gJ)(err)}`);
        return undefined;
    }
}
async function watchWindow(d) {
    const problems = [];
    const ticks = [];
    const stopped = () => d.signal?.aborted === true;
    let n = d.nextTick;
    let c = judge(d.rows, d.rules, d.nowMs() >= d.endMs, problems, 'of the recorded series');
    // A window that ends before the next tick: no tick is left, so nothing more can be learnt.
    const nextSlot = (now) => d.startMs + (Math.floor((now - d.startMs) / d.intervalMs) + 1) * d.intervalMs;
    while (c?.state !== 'degraded' && !stopped() && d.nowMs() < d.endMs) {
        const row = await d.tick(n);
        // A round cut short by the stop measured the stop, not the service.
        if (stopped())
            break;
        ticks.push(row);
        d.rows.push(row);
        await d.persist(row);
        const ended = nextSlot(d.nowMs()) >= d.endMs;
        c = judge(d.rows, d.rules, ended, problems, `after tick ${n}`);
        d.onTick?.(row, c);
        n++;
        if (c?.state === 'degraded' || ended)
            break;
        await d.sleep(nextSlot(d.nowMs()) - d.nowMs(), d.signal);
    }
    if (!stopped() && c === undefined)
        c = judge(d.rows, d.rules, d.nowMs() >= d.endMs, problems, 'at the end');
    // The window's end was reached with no tick left: what no rule met by then is healthy.
    if (!stopped() && c?.state === 'watching' && nextSlot(d.nowMs()) >= d.endMs)
        c = judge(d.rows, d.rules, true, problems, 'at the end');
    return { ...(c ? { classification: c } : {}), stopped: stopped(), ticks, problems };
}
/** Waits `ms`, or less when the signal aborts; never rejects. */
function sleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal?.aborted || ms <= 0)
            return resolve();
        const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
    });
}

// EXTERNAL MODULE: ./src/monitor/markdown.ts
var monitor_markdown = __webpack_require__(20529);
// EXTERNAL MODULE: ./src/config/environments.ts
var environments = __webpack_require__(51390);
// EXTERNAL MODULE: ./src/checks/fields.ts
var fields = __webpack_require__(23128);
// EXTERNAL MODULE: ./src/config/interpolate.ts
var interpolate = __webpack_require__(72757);
// EXTERNAL MODULE: ./src/config/own.ts
var own = __webpack_require__(94842);
// EXTERNAL MODULE: ./src/config/plan.ts + 1 modules
var config_plan = __webpack_require__(72916);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(98571);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
// EXTERNAL MODULE: ./src/deploy/plan.ts
var plan = __webpack_require__(5448);
;// CONCATENATED MODULE: ./src/monitor/decide.ts
/**
 * The reaction to a degraded window, decided before anything runs. An environment marked
 * `protect: true` hosts what would do the rolling back (its own pipeline): it is never rolled
 * back automatically, whatever the config asks \u2014 an alert, and a person decides.
 */
function decideReaction(environment, configured, protect) {
    if (protect && configured !== 'alert')
        return {
            decided: 'alert',
            reason: `environment "${environment}" is protected (protect: true): never rolled back automatically, so reaction ${configured} became alert`,
        };
    if (protect)
        return { decided: 'alert', reason: `reaction alert (environment "${environment}" is protected)` };
    return { decided: configured, reason: `reaction ${configured}, as configured` };
}
/**
 * The rollback's exit code as the action taken: 0 is rollback-ok, anything else (another code, a
 * signal, a step that could not start) is rollback-failed \u2014 the environment's state is unknown.
 */
function rollbackTaken(exitCode) {
    return exitCode === 0 ? 'rollback-ok' : 'rollback-failed';
}

;// CONCATENATED MODULE: ./src/monitor/plan.ts











/** A profile name no config can hold (profile names have no spaces). */
const PROBE_PROFILE = 'monitor probes';
/**
 * Resolves an environment's `monitor:` into what the tick loop runs. Durations may use
 * `${{ }}`; they are interpolated and checked again here, at their own line.
 */
function planMonitor(loaded, name, opts) {
    const { config, source } = loaded;
    const env = (0,environments/* environmentOf */.p7)(config.environments, name);
    if (!env) {
        const names = Object.keys(config.environments ?? {});
        throw new errors/* ConfigError */.xL([
            {
                file: source.file,
                message: names.length === 0
                    ? `unknown environment "${name}": the config defines no environments (add an environments: section)`
                    : `unknown environment "${name}"${(0,core_text/* didYouMean */.au)(name, names)}; environments: ${names.join(', ')}`,
            },
        ]);
    }
    const issues = new load.IssueList(source);
    const at = (...rest) => ['environments', name, ...rest];
    if (!env.monitor) {
        issues.add(at(), `environment "${name}" has no monitor: add environments.${name}.monitor with the probes to run`, true);
        issues.throwIfAny();
    }
    const interp = new interpolate/* Interpolator */.aY(config.vars ?? {}, opts.env, opts.inputs);
    const raw = interp.interpolate(env.monitor, at('monitor'));
    for (const i of raw.issues)
        issues.add(i.path, i.message);
    let url;
    if (env.url !== undefined) {
        const r = interp.interpolate(env.url, at('url'));
        for (const i of r.issues)
            issues.add(i.path, i.message);
        url = r.value;
    }
    issues.throwIfAny();
    const m = raw.value;
    const durationAt = (key, text, fallback) => {
        const value = text ?? fallback;
        if (value === undefined)
            return undefined;
        const problem = (0,fields/* durationProblem */.YV)(value, { maxMs: duration/* MAX_TIMER_MS */._o, maxText: 'at most 24h', positive: true });
        if (problem) {
            issues.add(at('monitor', ...key), `${problem} (after interpolation)`);
            return undefined;
        }
        return (0,duration/* parseDuration */.E9)(value);
    };
    const cfgWindow = durationAt(['window'], m.window, environments/* MONITOR_DEFAULTS */.Wc.window);
    const cfgInterval = durationAt(['interval'], m.interval, environments/* MONITOR_DEFAULTS */.Wc.interval);
    const latencyP95Ms = durationAt(['degradedWhen', 'latencyP95'], m.degradedWhen?.latencyP95);
    issues.throwIfAny();
    const windowMs = opts.windowMs ?? cfgWindow;
    const intervalMs = opts.intervalMs ?? cfgInterval;
    if (intervalMs > windowMs) {
        if (opts.windowMs === undefined && opts.intervalMs === undefined) {
            issues.add(at('monitor', m.interval !== undefined ? 'interval' : 'window'), `interval ${(0,duration/* formatDuration */.a3)(intervalMs)} is longer than the window ${(0,duration/* formatDuration */.a3)(windowMs)} (after interpolation)`);
            issues.throwIfAny();
        }
        const said = (flag, ms, given) => `${given ? flag : `the config's ${flag.slice(2)}`} ${(0,duration/* formatDuration */.a3)(ms)}`;
        throw new errors/* UsageError */.eb(`${said('--interval', intervalMs, opts.intervalMs !== undefined)} is longer than ${said('--window', windowMs, opts.windowMs !== undefined)}: the window would end before a second round of probes`);
    }
    const probes = planProbes(loaded, m.probes, opts);
    const reaction = {
        configured: m.reaction ?? environments/* MONITOR_DEFAULTS */.Wc.reaction,
        ...decideReaction(name, m.reaction ?? environments/* MONITOR_DEFAULTS */.Wc.reaction, env.protect === true),
    };
    const rollback = reaction.decided === 'rollback'
        ? (0,plan/* planEnvironment */.R)(loaded, name, {
            env: opts.env,
            inputs: opts.inputs,
            cwd: opts.cwd,
            workspace: opts.workspace,
            monitor: true,
        })
        : undefined;
    if (rollback && !rollback.steps.rollback) {
        issues.add(at('monitor', 'reaction'), `reaction: rollback needs a rollback step: add environments.${name}.rollback`);
        issues.throwIfAny();
    }
    return {
        environment: name,
        ...(url !== undefined ? { url } : {}),
        windowMs,
        intervalMs,
        probes: probes.checks,
        rules: {
            consecutiveFailures: m.degradedWhen?.consecutiveFailures ?? environments/* MONITOR_DEFAULTS */.Wc.consecutiveFailures,
            errorRatio: m.degradedWhen?.errorRatio ?? environments/* MONITOR_DEFAULTS */.Wc.errorRatio,
            minRequests: m.degradedWhen?.minRequests ?? environments/* MONITOR_DEFAULTS */.Wc.minRequests,
            ...(latencyP95Ms !== undefined ? { latencyP95Ms } : {}),
        },
        reaction,
        protect: env.protect === true,
        production: env.production ?? (0,environments/* isProductionName */.Zq)(name),
        ...(rollback ? { rollback } : {}),
        secrets: [...new Set([...interp.envValues, ...probes.secrets, ...(rollback?.secrets ?? [])])],
    };
}
/**
 * The probes through the gate's planner, as a profile made for the purpose: each is interpolated
 * and validated exactly as the check users know, and problems point at the check's own lines.
 * A probe's enforcement decides nothing here (a failed probe is a failed probe), so one that would
 * not count in a gate counts in this profile rather than make it a profile that decides nothing.
 */
function planProbes(loaded, ids, opts) {
    const checks = {};
    for (const id of ids) {
        const c = (0,own/* own */.Z)(loaded.config.checks, id);
        if (!c)
            continue;
        const counts = c.enforcement === 'hard' || c.enforcement === 'required' || c.enforcement === 'scored';
        checks[id] = counts ? c : { ...c, enforcement: 'required' };
    }
    const synthetic = {
        source: loaded.source,
        config: {
            ...loaded.config,
            profiles: (0,own/* dataRecord */._)({ [PROBE_PROFILE]: { checks: [...ids] } }),
            checks: (0,own/* dataRecord */._)(checks),
            waivers: [],
        },
    };
    const plan = (0,config_plan.planGate)(synthetic, PROBE_PROFILE, { env: opts.env, inputs: opts.inputs });
    return { checks: plan.checks, secrets: plan.secrets };
}

// EXTERNAL MODULE: ./src/engine/runChecks.ts
var runChecks = __webpack_require__(65618);
;// CONCATENATED MODULE: ./src/monitor/probes.ts





/**
 * The HTTP client a probe uses, counting what every request it sends gets \u2014 retries included,
 * since each is an answer the service gave. A request stopped because the monitor itself was
 * stopped tells nothing about the service and is not counted.
 */
function countingClient(inner, seen, stopped) {
    return {
        async request(req) {
            try {
                const res = await inner.request(req);
                seen.push({ status: res.status, latencyMs: res.latencyMs });
                return res;
            }
            catch (err) {
                if (!(err instanceof adapters_http/* HttpError */.j && err.kind === 'aborted' && stopped()))
                    seen.push({});
                throw err;
            }
        },
    };
}
/** At most this many latencies of one tick are kept (a performance probe samples many). */
const MAX_LATENCIES_PER_TICK = 2000;
/**
 * One round of probes, each run by the engine exactly as a gate runs it (timeouts, redaction,
 * evidence), each with its own counting client so its requests are its own. A probe that
 * errors is a failed probe.
 */
async function runTick(probes, tick, deps) {
    const at = deps.now().toISOString();
    const stopped = () => deps.signal?.aborted === true;
    // Only what did not pass is printed per probe: a passing round is one line of the tick.
    const logger = {
        ...deps.logger,
        checkFinished: (r, log) => {
            if (r.status !== 'pass')
                deps.logger.checkFinished(r, log);
        },
    };
    const runs = await Promise.all(probes.map(async (probe) => {
        const seen = [];
        let result;
        try {
            [result] = (await (0,runChecks/* runChecks */.JT)([probe], {
                cwd: deps.cwd,
                outputDir: deps.outputDir,
                profile: `monitor tick ${tick}`,
                env: deps.env,
                exec: deps.exec,
                http: countingClient(deps.http, seen, stopped),
                now: deps.now,
                redactor: deps.redactor,
                logger,
            }, { concurrency: deps.concurrency, gateTimeoutMs: deps.gateTimeoutMs, signal: deps.signal }));
        }
        catch (err) {
            // The engine turns every failure of a check into a result; this is for the engine itself.
            result = {
                id: probe.id,
                type: probe.type,
                category: probe.category,
                enforcement: probe.enforcement,
                onError: probe.onError,
                status: 'error',
                score: 1,
                summary: `could not run: ${deps.redactor.redact((0,errors/* errorMessage */.gJ)(err))}`,
                durationMs: 0,
                findings: [],
                metrics: {},
                evidence: [],
            };
        }
        return { result, seen };
    }));
    const rows = runs.map(({ result, seen }) => ({
        id: result.id,
        status: result.status,
        ok: result.status === 'pass' || result.status === 'warn',
        summary: result.summary,
        requests: seen.length,
        errors: seen.filter(isServerError).length,
    }));
    const latencies = runs
        .flatMap((r) => r.seen)
        .flatMap((s) => (s.latencyMs !== undefined ? [Math.round(s.latencyMs * 10) / 10] : []))
        .slice(0, MAX_LATENCIES_PER_TICK);
    return {
        row: {
            tick,
            at,
            probes: rows,
            requests: rows.reduce((n, p) => n + p.requests, 0),
            errors: rows.reduce((n, p) => n + p.errors, 0),
            latenciesMs: latencies,
        },
        results: runs.map((r) => r.result),
    };
}
/** A 5xx answer, or no answer at all: what the error ratio counts. */
const isServerError = (s) => s.status === undefined || s.status >= 500;
/** Each tick's probe evidence, from the scratch directory into the bundle: evidence/tick-<n>/<probe>/. */
async function keepEvidence(scratch, outDir, ticks) {
    for (const t of ticks) {
        const from = external_node_path_default().join(scratch, String(t.tick), 'evidence');
        await (0,promises_.cp)(from, external_node_path_default().join(outDir, 'evidence', `tick-${t.tick}`), { recursive: true }).catch((err) => {
            // A tick whose probes wrote nothing has nothing to keep.
            if (err.code !== 'ENOENT')
                throw err;
        });
    }
}

// EXTERNAL MODULE: ./src/core/sensitive.ts
var sensitive = __webpack_require__(5371);
;// CONCATENATED MODULE: ./src/monitor/report.ts


/** Why the window ended as it did, in one line, naming the rule, the tick and the values. */
function whyOf(outcome, taken, c, o) {
    switch (outcome) {
        case 'healthy':
            return `no rule met in the ${(0,duration/* formatDuration */.a3)(o.windowMs)} window: ${c?.ticks ?? 0} tick(s), ${c?.requests ?? 0} request(s), ${c?.errors ?? 0} 5xx or unreachable`;
        case 'degraded': {
            const reasons = c?.reasons ?? [];
            const first = reasons[0]?.message ?? 'a rule was met';
            const more = reasons.length > 1 ? ` (and ${reasons.length - 1} more rule(s))` : '';
            const after = {
                none: 'reaction none: recorded only',
                alerted: 'an alert was raised',
                'rollback-ok': 'rolled back, and the verify after the rollback passed',
                'rollback-failed': 'the rollback failed: the environment is in an unknown state',
            };
            return `${first}${more}; ${after[taken]}`;
        }
        case 'interrupted':
            return `stopped${o.lastTick ? ` after tick ${o.lastTick}` : ' before the first tick'}${o.stopReason ? ` (${o.stopReason})` : ''}; started again, the monitor resumes the same window`;
        default:
            return `the window could not be judged: ${o.problem ?? 'the series could not be classified'}`;
    }
}
/** The report of a monitor, before redaction and sealing. */
function buildMonitorReport(plan, m) {
    const { runner } = m;
    return {
        schemaVersion: 1,
        kind: 'monitor',
        tool: { name: 'promotion-gate', version: m.version },
        environment: plan.environment,
        ...(plan.url ? { url: plan.url } : {}),
        deployment: m.deployment,
        ...m.git,
        outcome: m.outcome,
        status: m.outcome === 'healthy' ? 'passed' : 'failed',
        actionTaken: m.taken,
        why: m.why,
        window: m.window,
        probes: plan.probes.map((p) => p.id),
        rules: plan.rules,
        classification: m.classification,
        ...(m.reaction ? { reaction: m.reaction } : {}),
        series: m.series,
        store: m.store,
        problems: m.problems,
        inputs: (0,sensitive/* shownInputs */.BX)(m.inputs),
        ...(runner.runId
            ? {
                run: {
                    id: runner.runId,
                    attempt: String(runner.runAttempt),
                    repository: runner.repository,
                    event: runner.eventName,
                    url: runner.runUrl,
                },
            }
            : {}),
        startedAt: m.startedAt.toISOString(),
        finishedAt: m.finishedAt.toISOString(),
        durationMs: m.finishedAt.getTime() - m.startedAt.getTime(),
    };
}
/** One line per tick for the log: each probe, the counts, and what the window says so far. */
function tickLine(row, c) {
    const probes = row.probes.map((p) => `${p.ok ? '\u2714' : '\u2716'} ${p.id}`).join('  ');
    const so = c
        ? c.state === 'degraded'
            ? `DEGRADED: ${c.reasons.map((x) => x.message).join('; ')}`
            : `${c.requests} requests, ${c.errors} 5xx or unreachable so far`
        : 'not classified (see the problems in the report)';
    return `tick ${row.tick} ${row.at.slice(11, 19)}  ${probes}  \u2014 ${row.requests} request(s), ${row.errors} 5xx or unreachable; ${so}`;
}
/** What a person must act on now, if anything: a degraded environment left as it is, a failed rollback. */
function alertOf(environment, deployment, outcome, taken, why) {
    if (outcome !== 'degraded' || taken === 'rollback-ok')
        return undefined;
    if (taken === 'rollback-failed')
        return `${environment}: the rollback after the degraded window failed; the environment is in an unknown state`;
    return `${environment} is degraded after the deploy of ${deployment.slice(0, 12)}: ${why}`;
}

// EXTERNAL MODULE: ./src/monitor/series.ts
var series = __webpack_require__(45661);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/app/exitCodes.ts
var exitCodes = __webpack_require__(58357);
// EXTERNAL MODULE: ./src/github/errors.ts
var github_errors = __webpack_require__(73116);
// EXTERNAL MODULE: ./src/github/issues.ts
var issues = __webpack_require__(65039);
// EXTERNAL MODULE: ./src/notify/markdown.ts
var markdown = __webpack_require__(84536);
// EXTERNAL MODULE: ./src/notify/send.ts + 1 modules
var send = __webpack_require__(4668);
;// CONCATENATED MODULE: ./src/monitor/alert.ts





/**
 * The alert of a degraded window: the incident issue `monitor:<environment>` (opened, or
 * commented on when open) and the webhooks that asked for the events. Each part stands alone and
 * none throws: what could not be told is in the record, and the job summary, the check run and
 * the exit code tell it anyway.
 */
async function raiseAlert(environment, notice, events, d) {
    const [issue, notifications] = await Promise.all([
        incident(environment, notice, events, d),
        webhooks(notice, events, d),
    ]);
    return { issue, notifications };
}
/**
 * A healthy window closes the environment's open incident, with a comment naming the window that
 * recovered; nothing is opened, and nothing is said when no incident is open. Never throws: a
 * close that failed is reported and changes nothing else.
 */
async function resolveAlert(environment, body, d) {
    if ('skipped' in d.issues)
        return { state: 'skipped', detail: d.issues.skipped };
    try {
        const r = await (0,issues/* resolveIncident */.pw)(d.issues, { key: `monitor:${environment}`, body, runKey: d.runKey });
        if (r.action !== 'none')
            d.logger.info(`incident issue: ${r.detail}`);
        return { state: 'done', detail: r.detail, ...(r.issue ? { url: r.issue.url } : {}) };
    }
    catch (err) {
        const detail = d.redactor.redact((0,github_errors/* describeApiFailure */.ge)((0,github_errors/* classifyApiError */.bl)(err)));
        d.logger.warn(`incident issue not closed: ${detail}`);
        return { state: 'failed', detail };
    }
}
async function incident(environment, notice, events, d) {
    if ('skipped' in d.issues)
        return { state: 'skipped', detail: d.issues.skipped };
    try {
        const r = await (0,issues/* raiseIncident */.$n)(d.issues, {
            key: `monitor:${environment}`,
            title: `promotion-gate: ${notice.title}`,
            body: (0,markdown/* noticeMarkdown */.O)({ ...notice, events }),
            runKey: d.runKey,
        });
        d.logger.info(`incident issue: ${r.detail}`);
        return { state: 'done', detail: r.detail, ...(r.issue ? { url: r.issue.url } : {}) };
    }
    catch (err) {
        const f = (0,github_errors/* classifyApiError */.bl)(err);
        const detail = f.kind === 'forbidden'
            ? `the token may not write issues (${(0,github_errors/* describeApiFailure */.ge)(f)}); grant the job permissions: issues: write`
            : (0,github_errors/* describeApiFailure */.ge)(f);
        d.logger.warn(`incident issue not raised: ${d.redactor.redact(detail)}`);
        return { state: f.kind === 'forbidden' ? 'skipped' : 'failed', detail: d.redactor.redact(detail) };
    }
}
async function webhooks(notice, events, d) {
    if (d.webhooks.length === 0)
        return [];
    try {
        const sent = await (0,send/* sendNotices */.Ap)(d.webhooks, notice, events, {
            http: d.http,
            redactor: d.redactor,
            signal: d.signal,
        });
        for (const s of sent)
            if (s.state === 'sent')
                d.logger.info((0,send/* describeDelivery */.Ks)(s));
            else
                d.logger.warn(d.redactor.redact((0,send/* describeDelivery */.Ks)(s)));
        return sent.map((s) => ({ webhook: s.webhook, state: s.state, detail: d.redactor.redact(s.detail) }));
    }
    catch (err) {
        const detail = d.redactor.redact((0,errors/* errorMessage */.gJ)(err));
        d.logger.warn(`notifications not sent: ${detail}`);
        return [{ webhook: '(all)', state: 'failed', detail }];
    }
}

// EXTERNAL MODULE: ./src/deploy/step.ts
var step = __webpack_require__(99497);
;// CONCATENATED MODULE: ./src/monitor/reaction.ts

async function react(decided, run) {
    if (decided === 'none')
        return { taken: 'none', steps: [] };
    if (decided === 'alert')
        return { taken: 'alerted', steps: [], alert: await run.alert(['degraded'], 'alerted') };
    const steps = [];
    const r = await run.rollback();
    steps.push(r);
    let taken = rollbackTaken(r.kind === 'command' && r.status !== 'interrupted' ? r.exitCode : null);
    if (taken === 'rollback-ok') {
        const v = await run.verify();
        steps.push(v);
        if (v.status !== 'passed')
            taken = 'rollback-failed';
    }
    return { taken, steps, alert: await run.alert(['degraded', 'rollback'], taken) };
}
/** The notice webhooks and the incident issue carry (the report is redacted before it is made). */
function monitorNotice(o) {
    const what = {
        none: 'DEGRADED after deploy',
        alerted: 'DEGRADED after deploy',
        'rollback-ok': 'DEGRADED after deploy, rolled back',
        'rollback-failed': 'DEGRADED after deploy, ROLLBACK FAILED',
    };
    return {
        title: `${o.environment}: ${what[o.taken]}`,
        tone: o.taken === 'rollback-ok' ? 'warning' : 'bad',
        summary: o.why,
        subject: { kind: 'deploy', environment: o.environment },
        outcome: 'degraded',
        reasons: o.classification.reasons.map((r) => ({
            message: r.message,
            blocking: true,
            check: r.probe ?? r.rule,
            observed: r.observed,
            threshold: r.threshold,
        })),
        links: o.links,
        ...(o.commit ? { sha: o.commit } : {}),
        at: o.at,
    };
}

// EXTERNAL MODULE: ./src/app/deploy.ts + 4 modules
var deploy = __webpack_require__(88643);
;// CONCATENATED MODULE: ./src/app/monitorReaction.ts








async function reactTo(r, c) {
    const { plan, opts, logger, redactor } = r;
    const decided = plan.reaction.decided;
    logger.error(`${plan.environment} is DEGRADED: ${c.reasons.map((x) => x.message).join('; ')}`);
    logger.info(`reaction: ${plan.reaction.reason}`);
    const notice = (taken) => redactor.redactDeep(monitorNotice({
        environment: plan.environment,
        deployment: r.deployment,
        ...(r.git.commit ? { commit: r.git.commit } : {}),
        why: whyOf('degraded', taken, c, { windowMs: plan.windowMs }),
        taken,
        classification: c,
        links: [
            ...(r.runner.runUrl ? [{ label: 'Workflow run', url: r.runner.runUrl }] : []),
            ...(opts.links ?? []),
        ],
        at: r.now().toISOString(),
    }));
    try {
        return await react(decided, {
            rollback: () => (0,step/* runStep */.eg)(plan.rollback.steps.rollback, {
                outDir: r.outDir,
                env: opts.env,
                context: {
                    environment: plan.environment,
                    ...(r.git.commit ? { commit: r.git.commit } : {}),
                    ...(plan.url ? { url: plan.url } : {}),
                    inputs: opts.inputs,
                    drill: false,
                    dryRun: false,
                },
                redactor,
                logger,
                signal: opts.signal,
                now: r.now,
            }),
            verify: () => (0,deploy/* verifyPhase */.Bb)('verify-after-rollback', plan.rollback, {
                configPath: opts.configPath,
                environment: plan.environment,
                inputs: opts.inputs,
                env: opts.env,
                cwd: opts.cwd,
                logger,
                now: r.now,
                signal: opts.signal,
            }, r.config, r.outDir, redactor, r.now),
            alert: (events, taken) => raiseAlert(plan.environment, notice(taken), events, {
                issues: opts.issues ?? { skipped: 'no GitHub repository and token given' },
                webhooks: r.webhooks,
                http: (0,adapters_http/* createHttpClient */.u)(`promotion-gate/${version/* VERSION */.x}`),
                redactor,
                logger,
                runKey: r.runId,
                signal: opts.signal,
            }),
        });
    }
    catch (err) {
        // Whatever broke, the environment is still degraded: a rollback that did not finish leaves it
        // in an unknown state, and the alert is the report, the summary and the exit code.
        const problem = `the reaction ${decided} failed: ${(0,errors/* errorMessage */.gJ)(err)}`;
        r.problems.push(problem);
        logger.error(problem);
        return {
            taken: decided === 'rollback' ? 'rollback-failed' : decided === 'alert' ? 'alerted' : 'none',
            steps: [],
        };
    }
}

;// CONCATENATED MODULE: ./src/app/monitor.ts


























/** Kept out of a literal path.resolve(\u2026) call, as in gate.ts: the bundler would relocate it. */
const OUTPUT_ROOT = ['.promotion-gate'];
function defaultMonitorOutDir(cwd, environment) {
    return external_node_path_default().resolve(cwd, ...OUTPUT_ROOT, '.monitor', environment);
}
/** 0 healthy; 1 degraded, the reaction done (or none/alert); 4 the rollback failed; 3 no judgement. */
function monitorExitCode(outcome, taken) {
    if (taken === 'rollback-failed')
        return exitCodes/* EXIT */.d.rollbackFailed;
    if (outcome === 'healthy')
        return exitCodes/* EXIT */.d.promote;
    if (outcome === 'error')
        return exitCodes/* EXIT */.d.internal;
    return exitCodes/* EXIT */.d.hold;
}
const validRows = (rows) => rows.map(classify/* readTick */.qY).filter((r) => typeof r !== 'string');
function safeClassify(rows, plan, ended, problems) {
    try {
        return (0,classify/* classify */.L8)(rows, plan.rules, ended);
    }
    catch (err) {
        problems.push(`classification failed: ${(0,errors/* errorMessage */.gJ)(err)}`);
        return undefined;
    }
}
const EMPTY = {
    state: 'watching',
    reasons: [],
    ticks: 0,
    requests: 0,
    errors: 0,
    errorRatio: null,
    latencyP95Ms: null,
    skipped: [],
};
async function runMonitor(opts, loaded) {
    const now = opts.now ?? (() => new Date());
    const startedAt = now();
    const config = loaded ??
        (await (0,load.loadConfigFile)(opts.configPath, opts.configName ?? (external_node_path_default().relative(opts.cwd, opts.configPath) || opts.configPath)));
    if (opts.deployment !== undefined && !series/* DEPLOYMENT_ID */.C1.test(opts.deployment))
        throw new errors/* UsageError */.eb(`--deployment: "${opts.deployment}" may use only letters, digits, ".", "_" and "-" (at most 128, starting with a letter or digit)`);
    // Planned below with each problem at its line: the full reading of the config says where.
    await (0,load.loadFullReading)();
    const plan = planMonitor(config, opts.environment, {
        env: opts.env,
        inputs: opts.inputs,
        cwd: opts.cwd,
        workspace: opts.workspace,
        windowMs: opts.windowMs,
        intervalMs: opts.intervalMs,
    });
    const notify = opts.notify === false ? { webhooks: [], secrets: [] } : (0,notify_plan/* planNotify */.t)(config, opts);
    // Tokens of a known shape are masked in every output, registered or not.
    const redactor = new redact/* Redactor */.pO({ shapes: [shapes/* knownTokenSpans */.k] });
    // The plan's secrets hold the inputs and environment variables named as secrets (planGate).
    for (const s of [...plan.secrets, ...notify.secrets])
        redactor.add(s);
    for (const s of redactor.values())
        opts.logger.mask(s);
    const logger = (0,adapters_logger/* redactingLogger */.S)(opts.logger, redactor);
    const runner = (0,core_runner/* readRunner */.f)(opts.env);
    const git = await (0,head/* headOf */.U)(runner, opts.cwd, opts.env);
    const deployment = opts.deployment ?? git.commit;
    if (!deployment)
        throw new errors/* UsageError */.eb('monitor: the commit deployed is not known here (not a git repository?); name the deployment with --deployment ID');
    const outDir = external_node_path_default().resolve(opts.cwd, opts.outDir ?? defaultMonitorOutDir(opts.cwd, plan.environment));
    const within = opts.outDir === undefined ? external_node_path_default().resolve(opts.cwd, ...OUTPUT_ROOT) : undefined;
    await (0,seal/* prepareOutputDir */.g$)(outDir, { within });
    const key = (0,series/* monitorKey */._c)(plan.environment, deployment);
    const runId = (0,summary/* newRunId */.F$)(opts.env, startedAt);
    const problems = [];
    const store = opts.history
        ? new series/* SeriesStore */.j$(opts.history, key, { runId, environment: plan.environment, ...git }, redactor)
        : undefined;
    const state = store ? await store.load() : { rows: [], problems: [] };
    for (const p of state.problems)
        logger.warn(`series: ${p}`);
    problems.push(...state.problems);
    if (!store)
        problems.push('history is off: the series is kept in memory only, so a restarted monitor starts a new window');
    const base = {
        plan,
        webhooks: notify.webhooks,
        opts,
        config,
        redactor,
        logger,
        outDir,
        runner,
        git,
        deployment,
        key,
        runId,
        store,
        problems,
        startedAt,
        now,
    };
    if (state.done)
        return recorded(base, state);
    return watch(base, state);
}
/** The window ended before this run: its recorded outcome, at once, nothing probed. */
async function recorded(r, state) {
    const done = state.done;
    const armed = state.armed;
    r.logger.info(`promotion-gate ${version/* VERSION */.x}: the monitoring window of ${r.plan.environment} for ${r.deployment} ended at ${done.finishedAt}: ${done.outcome}, ${done.actionTaken} (recorded; nothing is probed again)`);
    const c = safeClassify(state.rows, r.plan, true, r.problems) ?? EMPTY;
    const windowMs = armed?.windowMs ?? r.plan.windowMs;
    const start = armed?.startedAt ?? done.finishedAt;
    return finish(r, {
        outcome: done.outcome,
        taken: done.actionTaken,
        why: `recorded when the window ended at ${done.finishedAt}: ${done.why}`,
        classification: c,
        series: validRows(state.rows),
        window: {
            startedAt: start,
            endsAt: new Date(Date.parse(start) + windowMs).toISOString(),
            windowMs,
            intervalMs: armed?.intervalMs ?? r.plan.intervalMs,
            resumed: false,
            recorded: true,
        },
        record: false,
    });
}
async function watch(r, state) {
    const { plan, logger, opts } = r;
    const resumed = state.armed !== undefined;
    const armed = state.armed ?? {
        startedAt: r.startedAt.toISOString(),
        windowMs: plan.windowMs,
        intervalMs: plan.intervalMs,
        deployment: r.deployment,
        ...(r.git.commit ? { commit: r.git.commit } : {}),
        probes: plan.probes.map((p) => p.id),
    };
    if (resumed && (armed.windowMs !== plan.windowMs || armed.intervalMs !== plan.intervalMs))
        r.problems.push(`the window was armed at ${armed.startedAt} for ${armed.windowMs}ms, a tick every ${armed.intervalMs}ms: it is resumed as armed, not as this run asked`);
    if (!resumed && r.store) {
        const p = await r.store.arm(armed);
        if (p) {
            r.problems.push(p);
            logger.warn(p);
        }
    }
    const startMs = Date.parse(armed.startedAt);
    const endMs = startMs + armed.windowMs;
    const rows = [...state.rows];
    const lastTick = validRows(rows).reduce((n, t) => Math.max(n, t.tick), 0);
    logger.info(`promotion-gate ${version/* VERSION */.x}: ${resumed ? 'resuming' : 'monitoring'} ${plan.environment} (${r.deployment.slice(0, 12)}) until ${new Date(endMs).toISOString()}, a tick every ${armed.intervalMs}ms: probes ${plan.probes.map((p) => p.id).join(', ')}; on degraded: ${plan.reaction.reason}`);
    const tmp = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'pg-monitor-'));
    const exec = (0,adapters_exec/* createExec */.k)();
    const http = (0,adapters_http/* createHttpClient */.u)(`promotion-gate/${version/* VERSION */.x}`);
    let result;
    let crash;
    try {
        result = await watchWindow({
            rules: plan.rules,
            startMs,
            endMs,
            intervalMs: armed.intervalMs,
            rows,
            nextTick: lastTick + 1,
            tick: async (n) => {
                const t = await runTick(plan.probes, n, {
                    cwd: opts.cwd,
                    outputDir: external_node_path_default().join(tmp, String(n)),
                    env: opts.env,
                    exec,
                    http,
                    now: r.now,
                    redactor: r.redactor,
                    logger,
                    concurrency: Math.max(1, plan.probes.length),
                    gateTimeoutMs: Math.max(armed.intervalMs, ...plan.probes.map((p) => p.timeoutMs)),
                    signal: opts.signal,
                });
                return r.redactor.redactDeep(t.row);
            },
            persist: async (row) => {
                const p = await r.store?.tick(row);
                if (p) {
                    r.problems.push(p);
                    logger.warn(p);
                }
            },
            nowMs: () => r.now().getTime(),
            sleep: sleep,
            signal: opts.signal,
            onTick: (row, c) => logger.info(tickLine(row, c)),
        });
    }
    catch (err) {
        crash = `internal error during the window: ${(0,errors/* errorMessage */.gJ)(err)}`;
        result = { stopped: opts.signal?.aborted === true, ticks: [], problems: [] };
    }
    try {
        await keepEvidence(tmp, r.outDir, result.ticks);
    }
    catch (err) {
        r.problems.push(`the probes' evidence could not be kept in the bundle: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    finally {
        await (0,promises_.rm)(tmp, { recursive: true, force: true }).catch(() => undefined);
    }
    r.problems.push(...result.problems, ...(crash ? [crash] : []));
    const c = result.classification;
    const outcome = result.stopped
        ? 'interrupted'
        : crash || !c || c.state === 'watching'
            ? 'error'
            : c.state;
    let reaction;
    if (outcome === 'degraded')
        reaction = await reactTo(r, c);
    else if (outcome === 'healthy' && r.opts.issues) {
        const closed = await resolveAlert(plan.environment, `\u2705 ${plan.environment} stayed healthy through the monitoring window of ${r.deployment} (${result.ticks.length} tick(s) in this run, ending ${new Date(endMs).toISOString()}).${r.runner.runUrl ? `\n\n[Workflow run](${r.runner.runUrl})` : ''}`, { issues: r.opts.issues, logger: r.logger, redactor: r.redactor, runKey: r.runId });
        if (closed?.state === 'failed')
            r.problems.push(`the open incident could not be closed: ${closed.detail}`);
    }
    const taken = reaction?.taken ?? 'none';
    const stopReason = opts.signal?.reason instanceof Error ? opts.signal.reason.message : undefined;
    const why = whyOf(outcome, taken, c, {
        windowMs: armed.windowMs,
        ...(stopReason ? { stopReason } : {}),
        lastTick: result.ticks.at(-1)?.tick ?? (lastTick || undefined),
        problem: crash ?? result.problems.at(-1),
    });
    return finish(r, {
        outcome,
        taken,
        why,
        classification: c ?? safeClassify(rows, plan, false, []) ?? EMPTY,
        series: validRows(rows),
        window: {
            startedAt: armed.startedAt,
            endsAt: new Date(endMs).toISOString(),
            windowMs: armed.windowMs,
            intervalMs: armed.intervalMs,
            resumed,
            recorded: false,
        },
        ...(reaction ? { reaction } : {}),
        // A stopped window goes on when the monitor is started again; one that could not be judged
        // is tried again too. Only a decided window is done.
        record: outcome === 'healthy' || outcome === 'degraded',
    });
}
async function finish(r, e) {
    const { plan, redactor } = r;
    const report = redactor.redactDeep(buildMonitorReport(plan, {
        version: version/* VERSION */.x,
        deployment: r.deployment,
        git: r.git,
        outcome: e.outcome,
        taken: e.taken,
        why: e.why,
        window: e.window,
        classification: e.classification,
        ...(e.reaction
            ? {
                reaction: {
                    ...plan.reaction,
                    steps: e.reaction.steps,
                    ...(e.reaction.alert ? { alert: e.reaction.alert } : {}),
                },
            }
            : {}),
        series: e.series,
        store: {
            where: r.store?.describe() ?? 'memory (history off)',
            key: r.key,
            persisted: r.store !== undefined,
        },
        problems: r.problems,
        inputs: r.opts.inputs,
        runner: r.runner,
        startedAt: r.startedAt,
        finishedAt: r.now(),
    }));
    const markdown = (0,monitor_markdown/* renderMonitor */.P)(report);
    // sealBundle serialises the report and digests the directory; it reads no gate-only fields.
    const sealed = (await (0,seal/* sealBundle */.u2)(r.outDir, report, markdown, redactor))
        .report;
    if (e.record && r.store) {
        const p = await r.store.finish({
            outcome: e.outcome,
            actionTaken: e.taken,
            why: e.why,
            finishedAt: sealed.finishedAt,
            ...(sealed.bundle ? { bundleId: sealed.bundle.id } : {}),
        });
        if (p)
            r.logger.warn(`${p}; a monitor started again for this deployment will watch a new window`);
    }
    const alert = alertOf(plan.environment, r.deployment, e.outcome, e.taken, e.why);
    return {
        report: sealed,
        outDir: r.outDir,
        markdown,
        plan,
        exitCode: monitorExitCode(e.outcome, e.taken),
        ...(alert ? { alert: redactor.redact(alert) } : {}),
    };
}


/***/ }),

/***/ 65039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $n: () => (/* binding */ raiseIncident),
/* harmony export */   o4: () => (/* binding */ raiseIssue),
/* harmony export */   oy: () => (/* binding */ resolveIssue),
/* harmony export */   pw: () => (/* binding */ resolveIncident)
/* harmony export */ });
/* unused harmony exports ISSUE_LABEL, issueMarker, runMarker */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73116);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19983);
/* harmony import */ var _stickyComment_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87347);



/**
 * Issues that stand for a state: an incident while a watched profile holds, a hotfix while one
 * is due \u2014 and later the post-deploy monitor's alerts. Each is found again among the open issues
 * labelled `promotion-gate` by a hidden marker for its key and by its author (the token's own
 * login), so a person's issue that quotes the marker is never taken for ours. Every comment
 * carries a marker with the run that wrote it, so a re-run finds it and writes nothing twice.
 */
const ISSUE_LABEL = 'promotion-gate';
/** Markers may not end the HTML comment they sit in. */
const safe = (s) => s.replace(/[^\w.:@/-]/g, '_');
/** `<!-- promotion-gate:incident:prod -->`: the hidden line that names what an issue stands for. */
function issueMarker(key) {
    return `<!-- promotion-gate:${safe(key)} -->`;
}
/** `<!-- promotion-gate:run incident:prod 4242 -->`: which run wrote a body or a comment. */
function runMarker(key, runKey) {
    return `<!-- promotion-gate:run ${safe(key)} ${safe(runKey)} -->`;
}
const fit = (text) => text.length <= _render_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.commentBody ? text : `${text.slice(0, _render_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.commentBody - 2)}\n\u2026`;
/** Our open issues for `key`, oldest first. */
async function openIssues(d, author, key) {
    const mark = issueMarker(key);
    const found = [];
    for await (const page of d.api.paginate.iterator(d.api.rest.issues.listForRepo, {
        ...d.target,
        state: 'open',
        labels: ISSUE_LABEL,
        per_page: 100,
    })) {
        for (const i of page.data) {
            if (i.pull_request || i.user?.login !== author)
                continue;
            if (!(i.body ?? '').includes(mark))
                continue;
            found.push({ number: i.number, html_url: i.html_url, title: i.title, body: i.body ?? '' });
        }
    }
    return found.sort((a, b) => a.number - b.number);
}
/** Whether the issue already carries this run's marker, in its body or one of our comments. */
async function toldBy(d, author, issue, marker) {
    if (issue.body.includes(marker))
        return true;
    for await (const page of d.api.paginate.iterator(d.api.rest.issues.listComments, {
        ...d.target,
        issue_number: issue.number,
        per_page: 100,
    })) {
        if (page.data.some((c) => c.user?.login === author && (c.body ?? '').includes(marker)))
            return true;
    }
    return false;
}
/** Comments once per run: a comment whose answer was lost is looked for before it is posted again. */
async function commentOnce(d, author, issue, body, marker) {
    const params = { ...d.target, issue_number: issue.number, body: fit(`${marker}\n${body}`) };
    try {
        await d.api.rest.issues.createComment({ ...params, request: { retries: 0 } });
    }
    catch (err) {
        if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .mayHaveApplied */ .PH)(err))
            throw err;
        if (await toldBy(d, author, issue, marker))
            return;
        await d.api.rest.issues.createComment(params);
    }
}
/**
 * Watchers that raced may each have opened an issue. The oldest stays; every newer one of ours is
 * closed as its duplicate. Closing is one idempotent request (state, reason and body together), so
 * two watchers closing the same duplicate leave it as one would.
 */
async function closeDuplicates(d, list) {
    const [keep, ...extra] = list;
    for (const dup of extra)
        await d.api.rest.issues.update({
            ...d.target,
            issue_number: dup.number,
            state: 'closed',
            state_reason: 'duplicate',
            body: fit(`Duplicate of #${keep.number}.\n\n${dup.body}`),
        });
    return extra.length;
}
/** Creates the issue; if the answer was lost, looks for it (by this run's marker) before creating again. */
async function createOnce(d, author, key, title, body, marker) {
    const params = { ...d.target, title: title.slice(0, 256), body, labels: [ISSUE_LABEL] };
    try {
        await d.api.rest.issues.create({ ...params, request: { retries: 0 } });
    }
    catch (err) {
        if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .mayHaveApplied */ .PH)(err))
            throw err;
        if ((await openIssues(d, author, key)).some((i) => i.body.includes(marker)))
            return;
        await d.api.rest.issues.create(params);
    }
}
/** Opens the issue for `key`, or comments on (or edits) the one already open. */
async function raiseIssue(d, o) {
    const author = d.author ?? (await (0,_stickyComment_js__WEBPACK_IMPORTED_MODULE_2__/* .ownLogin */ .C4)(d.api));
    const marker = runMarker(o.key, o.runKey);
    const body = fit(`${issueMarker(o.key)}\n${marker}\n${o.body}`);
    let open = await openIssues(d, author, o.key);
    let duplicatesClosed = 0;
    if (open.length === 0) {
        await createOnce(d, author, o.key, o.title, body, marker);
        open = await openIssues(d, author, o.key);
        if (open.length > 1)
            duplicatesClosed = await closeDuplicates(d, open);
        const kept = open[0];
        if (!kept)
            return {
                action: 'none',
                detail: 'created, but not found again (is the label missing?)',
                duplicatesClosed,
            };
        const ours = kept.body.includes(marker);
        return {
            action: ours ? 'opened' : 'unchanged',
            issue: { number: kept.number, url: kept.html_url },
            detail: ours
                ? `opened #${kept.number}`
                : `another watcher opened #${kept.number} at the same time; ours was closed as its duplicate`,
            duplicatesClosed,
        };
    }
    if (open.length > 1)
        duplicatesClosed = await closeDuplicates(d, open);
    const issue = open[0];
    const ref = { number: issue.number, url: issue.html_url };
    if (o.whenOpen === 'edit') {
        // The markers of the run that opened it stay; only what follows them is compared.
        const head = issue.body
            .split('\n')
            .filter((l) => l.startsWith('<!-- promotion-gate:'))
            .join('\n');
        const next = fit(`${head}\n${o.body}`);
        if (issue.body === next && issue.title === o.title.slice(0, 256))
            return { action: 'unchanged', issue: ref, detail: `#${issue.number} is current`, duplicatesClosed };
        await d.api.rest.issues.update({
            ...d.target,
            issue_number: issue.number,
            title: o.title.slice(0, 256),
            body: next,
        });
        return { action: 'updated', issue: ref, detail: `updated #${issue.number}`, duplicatesClosed };
    }
    if (await toldBy(d, author, issue, marker))
        return {
            action: 'unchanged',
            issue: ref,
            detail: `#${issue.number} already has run ${o.runKey}`,
            duplicatesClosed,
        };
    await commentOnce(d, author, issue, o.body, marker);
    return { action: 'commented', issue: ref, detail: `commented on #${issue.number}`, duplicatesClosed };
}
/** Comments on the open issue for `key` (once per run) and closes it as completed. */
async function resolveIssue(d, o) {
    const author = d.author ?? (await (0,_stickyComment_js__WEBPACK_IMPORTED_MODULE_2__/* .ownLogin */ .C4)(d.api));
    const open = await openIssues(d, author, o.key);
    if (open.length === 0)
        return { action: 'none', detail: 'no open issue', duplicatesClosed: 0 };
    const marker = runMarker(o.key, o.runKey);
    for (const issue of open) {
        if (!(await toldBy(d, author, issue, marker)))
            await commentOnce(d, author, issue, o.body, marker);
        await d.api.rest.issues.update({
            ...d.target,
            issue_number: issue.number,
            state: 'closed',
            state_reason: 'completed',
        });
    }
    const first = open[0];
    return {
        action: 'closed',
        issue: { number: first.number, url: first.html_url },
        detail: `closed ${open.map((i) => `#${i.number}`).join(', ')}`,
        duplicatesClosed: 0,
    };
}
/** The incident mechanism under the names other commands use: a raised alert, a resolved one. */
const raiseIncident = (d, o) => raiseIssue(d, { ...o, whenOpen: 'comment' });
const resolveIncident = resolveIssue;


/***/ }),

/***/ 95522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L8: () => (/* binding */ classify),
/* harmony export */   Ym: () => (/* binding */ percentile),
/* harmony export */   qY: () => (/* binding */ readTick)
/* harmony export */ });
/**
 * Folds a series into healthy, degraded or still watching. Pure and deterministic: the same rows
 * and rules give the same answer, whoever reads them back from whichever store.
 *
 * Rows are read as data that may be damaged (a store that was edited, a line cut short): a row
 * that is not a tick is skipped and named, and never counts as a failure \u2014 a degraded streak is
 * made of ticks that failed, not of garbage. A row that repeats or goes back to an earlier tick
 * number is skipped too, so a tick written twice (a retried append) counts once.
 *
 * The first tick at which a rule is met decides, and every rule met at that tick is a reason:
 * - consecutiveFailures: one probe failed this many ticks in a row (a skipped row neither breaks
 *   nor extends a run);
 * - errorRatio: the share of 5xx or unreachable answers over the window so far is strictly above
 *   it, once at least minRequests requests were made;
 * - latencyP95: the window's 95th percentile latency so far is above it, from minRequests on.
 */
function classify(series, rules, windowEnded) {
    const skipped = [];
    const streaks = new Map();
    const latencies = [];
    let requests = 0;
    let errors = 0;
    let ticks = 0;
    let lastTick = 0;
    let reasons = [];
    const rows = Array.isArray(series) ? series : [];
    for (let index = 0; index < rows.length; index++) {
        const read = readTick(rows[index]);
        if (typeof read === 'string') {
            skipped.push({ index, why: read });
            continue;
        }
        if (read.tick <= lastTick) {
            skipped.push({
                index,
                why: `tick ${read.tick} comes after tick ${lastTick}: repeated or out of order`,
            });
            continue;
        }
        lastTick = read.tick;
        ticks++;
        requests += read.requests;
        errors += read.errors;
        latencies.push(...read.latenciesMs);
        for (const p of read.probes) {
            if (p.ok)
                streaks.delete(p.id);
            else {
                const s = streaks.get(p.id);
                streaks.set(p.id, s ? { count: s.count + 1, from: s.from } : { count: 1, from: read.tick });
            }
        }
        reasons = rulesMet(read.tick, rules, streaks, requests, errors, latencies);
        if (reasons.length > 0)
            break;
    }
    const p95 = percentile(latencies, 95);
    return {
        state: reasons.length > 0 ? 'degraded' : windowEnded ? 'healthy' : 'watching',
        reasons,
        ticks,
        requests,
        errors,
        errorRatio: requests > 0 ? errors / requests : null,
        latencyP95Ms: p95 ?? null,
        skipped,
    };
}
function rulesMet(tick, rules, streaks, requests, errors, latencies) {
    const out = [];
    for (const [probe, s] of streaks) {
        if (s.count < rules.consecutiveFailures)
            continue;
        out.push({
            rule: 'consecutiveFailures',
            tick,
            probe,
            observed: `${s.count} ticks in a row`,
            threshold: `${rules.consecutiveFailures} ticks in a row`,
            message: `probe ${probe} failed ${s.count} ticks in a row (ticks ${s.from}\u2013${tick}), consecutiveFailures is ${rules.consecutiveFailures}`,
        });
    }
    const enough = requests >= rules.minRequests && requests > 0;
    if (enough && errors / requests > rules.errorRatio) {
        const share = percent(errors / requests);
        out.push({
            rule: 'errorRatio',
            tick,
            observed: `${share} (${errors} of ${requests} requests)`,
            threshold: `above ${percent(rules.errorRatio)} (from ${rules.minRequests} requests)`,
            message: `${share} of the window's answers were 5xx or unreachable by tick ${tick} (${errors} of ${requests} requests), above errorRatio ${percent(rules.errorRatio)}`,
        });
    }
    const p95 = percentile(latencies, 95);
    if (enough && rules.latencyP95Ms !== undefined && p95 !== undefined && p95 > rules.latencyP95Ms) {
        out.push({
            rule: 'latencyP95',
            tick,
            observed: `p95 ${ms(p95)} (${latencies.length} answers)`,
            threshold: `above ${ms(rules.latencyP95Ms)}`,
            message: `the window's p95 latency was ${ms(p95)} by tick ${tick} (${latencies.length} answers), above latencyP95 ${ms(rules.latencyP95Ms)}`,
        });
    }
    return out;
}
const isCount = (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** The row as a tick, or why it is not one. */
function readTick(row) {
    if (!isObject(row))
        return `not a tick: ${row === null ? 'null' : Array.isArray(row) ? 'a list' : typeof row}`;
    // Own members only: what a row inherits is no part of it.
    const own = (k) => (Object.hasOwn(row, k) ? row[k] : undefined);
    const [tick, at, probes, requests, errors, latenciesMs] = [
        'tick',
        'at',
        'probes',
        'requests',
        'errors',
        'latenciesMs',
    ].map(own);
    if (!isCount(tick) || tick < 1)
        return 'not a tick: no tick number';
    if (typeof at !== 'string' || Number.isNaN(Date.parse(at)))
        return `tick ${tick}: no time`;
    if (!isCount(requests) || !isCount(errors) || errors > requests)
        return `tick ${tick}: requests and errors are not counts (errors at most requests)`;
    if (!Array.isArray(latenciesMs) ||
        !latenciesMs.every((l) => typeof l === 'number' && Number.isFinite(l) && l >= 0))
        return `tick ${tick}: latencies are not a list of times`;
    if (!Array.isArray(probes) || probes.length === 0)
        return `tick ${tick}: no probe results`;
    const read = [];
    for (const p of probes) {
        const field = (k) => (isObject(p) && Object.hasOwn(p, k) ? p[k] : undefined);
        const [id, ok, status, summary, sent, failed] = [
            'id',
            'ok',
            'status',
            'summary',
            'requests',
            'errors',
        ].map(field);
        if (typeof id !== 'string' || typeof ok !== 'boolean')
            return `tick ${tick}: a probe result without id or ok`;
        read.push({
            id,
            status: status,
            ok,
            summary: typeof summary === 'string' ? summary : '',
            requests: isCount(sent) ? sent : 0,
            errors: isCount(failed) ? failed : 0,
        });
    }
    return { tick, at, probes: read, requests, errors, latenciesMs: [...latenciesMs] };
}
/** Nearest-rank percentile; undefined without values. */
function percentile(values, p) {
    if (values.length === 0)
        return undefined;
    const sorted = [...values].sort((a, b) => a - b);
    const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
    return sorted[rank - 1];
}
const percent = (share) => `${Math.round(share * 10_000) / 100}%`;
const ms = (n) => `${Math.round(n)}ms`;


/***/ }),

/***/ 20529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ renderMonitor)
/* harmony export */ });
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98571);
/* harmony import */ var _report_mermaid_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39409);
/* harmony import */ var _classify_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95522);



/** report.md of a monitor, and the job summary in the action: the verdict, why, and the window tick by tick. */
const cell = (s) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
/** Ticks shown in the table and the charts; a longer window shows its first and last ones. */
const MAX_TICKS_SHOWN = 120;
function headline(r) {
    switch (r.outcome) {
        case 'healthy':
            return '\u2705 Healthy';
        case 'degraded':
            return r.actionTaken === 'rollback-failed'
                ? '\ud83d\udea8 Degraded \u2014 rollback failed, environment state unknown'
                : r.actionTaken === 'rollback-ok'
                    ? '\u21a9\ufe0f Degraded \u2014 rolled back'
                    : r.actionTaken === 'alerted'
                        ? '\u26a0\ufe0f Degraded \u2014 alert raised'
                        : '\u26a0\ufe0f Degraded';
        case 'interrupted':
            return '\u23f9\ufe0f Interrupted';
        default:
            return '\u203c\ufe0f Monitor error';
    }
}
function shown(series) {
    if (series.length <= MAX_TICKS_SHOWN)
        return [...series];
    const half = MAX_TICKS_SHOWN / 2;
    return [...series.slice(0, half), ...series.slice(-half)];
}
function timeline(series) {
    if (series.length === 0)
        return [];
    const rows = shown(series);
    const labels = rows.map((t) => `#${t.tick}`);
    const out = [
        '',
        '### Timeline',
        '',
        (0,_report_mermaid_js__WEBPACK_IMPORTED_MODULE_1__/* .xyChart */ .Gp)({
            title: '5xx or unreachable answers per tick',
            labels,
            values: rows.map((t) => t.errors),
            yLabel: 'errors',
            yMin: 0,
            yMax: Math.max(1, ...rows.map((t) => t.requests)),
            bar: true,
        }),
    ];
    const p95 = rows.map((t) => (0,_classify_js__WEBPACK_IMPORTED_MODULE_2__/* .percentile */ .Ym)(t.latenciesMs, 95));
    if (p95.some((v) => v !== undefined))
        out.push('', (0,_report_mermaid_js__WEBPACK_IMPORTED_MODULE_1__/* .xyChart */ .Gp)({
            title: 'p95 latency per tick (ms)',
            labels,
            values: p95.map((v) => v ?? 0),
            yLabel: 'ms',
            yMin: 0,
        }));
    return out;
}
function tickTable(series) {
    if (series.length === 0)
        return ['', '_No tick was made._'];
    const rows = shown(series);
    const out = [
        '',
        '| Tick | At (UTC) | Probes | Requests | 5xx / unreachable | p95 |',
        '|---|---|---|---|---|---|',
    ];
    for (const t of rows) {
        const probes = t.probes.map((p) => `${p.ok ? '\u2714' : '\u2716'} ${cell(p.id)}`).join(' ');
        const p95 = (0,_classify_js__WEBPACK_IMPORTED_MODULE_2__/* .percentile */ .Ym)(t.latenciesMs, 95);
        out.push(`| ${t.tick} | ${t.at.slice(11, 19)} | ${probes} | ${t.requests} | ${t.errors} | ${p95 === undefined ? '\u2013' : `${Math.round(p95)}ms`} |`);
    }
    if (rows.length < series.length)
        out.push('', `_${series.length - rows.length} ticks in the middle are in report.json._`);
    const failed = rows.flatMap((t) => t.probes.filter((p) => !p.ok).map((p) => ({ t, p })));
    if (failed.length > 0) {
        out.push('', '<details><summary>Failed probes</summary>', '');
        for (const { t, p } of failed.slice(0, 50))
            out.push(`- tick ${t.tick}, ${cell(p.id)}: ${cell(p.summary)}`);
        if (failed.length > 50)
            out.push(`- \u2026 ${failed.length - 50} more in report.json`);
        out.push('', '</details>');
    }
    return out;
}
function reaction(r) {
    const re = r.reaction;
    if (!re)
        return [];
    const out = [
        '',
        '### Reaction',
        '',
        `**${re.decided}** \u2014 ${cell(re.reason)} \u00b7 action taken \`${r.actionTaken}\``,
    ];
    if (re.steps.length > 0) {
        out.push('', '| | Step | Status | Evidence |', '|---|---|---|---|');
        for (const s of re.steps) {
            const mark = s.status === 'passed' ? '\u2714' : '\u2716';
            const what = s.kind === 'verify' ? `${s.name} (\`${cell(s.profile)}\`)` : s.name;
            const status = `${s.status}${s.detail ? ` \u2014 ${cell(s.detail)}` : ''}`;
            out.push(`| ${mark} | ${what} | ${status} | ${s.evidence ? `\`${s.evidence}\`` : '\u2013'} |`);
        }
    }
    if (re.alert) {
        const i = re.alert.issue;
        out.push('', `- Incident issue: ${i.state === 'done' ? '' : `${i.state} \u2014 `}${cell(i.detail)}${i.url ? ` ${i.url}` : ''}`);
        for (const n of re.alert.notifications)
            out.push(`- Notification ${cell(n.webhook)}: ${n.state}${n.state === 'sent' ? '' : ` \u2014 ${cell(n.detail)}`}`);
    }
    return out;
}
function renderMonitor(r) {
    const w = r.window;
    const c = r.classification;
    const out = [
        `## ${headline(r)} \u2014 ${cell(r.environment)}`,
        '',
        `**Outcome** \`${r.outcome}\` \u00b7 **action taken** \`${r.actionTaken}\` \u00b7 deployment \`${cell(r.deployment)}\`${r.commit && r.commit !== r.deployment ? ` \u00b7 commit \`${r.commit.slice(0, 12)}\`` : ''}${r.url ? ` \u00b7 ${r.url}` : ''}`,
        '',
        cell(r.why),
        '',
        `**Window** ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(w.windowMs)} from ${w.startedAt} to ${w.endsAt}, a tick every ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(w.intervalMs)}${w.resumed ? ' \u00b7 resumed after a restart' : ''}${w.recorded ? ' \u00b7 ended before this run: the recorded outcome, nothing probed' : ''}`,
        '',
        `**Probes** ${r.probes.map((p) => `\`${cell(p)}\``).join(', ')} \u00b7 **degraded when** a probe fails ${r.rules.consecutiveFailures} ticks in a row, or 5xx/unreachable answers are above ${Math.round(r.rules.errorRatio * 10_000) / 100}%${r.rules.latencyP95Ms !== undefined ? `, or p95 latency is above ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(r.rules.latencyP95Ms)}` : ''} (from ${r.rules.minRequests} requests)`,
        '',
        `**So far** ${c.ticks} tick(s), ${c.requests} request(s), ${c.errors} 5xx or unreachable${c.errorRatio !== null ? ` (${Math.round(c.errorRatio * 10_000) / 100}%)` : ''}${c.latencyP95Ms !== null ? `, p95 ${Math.round(c.latencyP95Ms)}ms` : ''}`,
    ];
    if (c.reasons.length > 0) {
        out.push('', '| Rule | Tick | Observed | Threshold | |', '|---|---|---|---|---|');
        for (const x of c.reasons)
            out.push(`| ${x.rule} | ${x.tick} | ${cell(x.observed)} | ${cell(x.threshold)} | ${cell(x.message)} |`);
    }
    out.push(...reaction(r), ...timeline(r.series), ...tickTable(r.series));
    const notes = [...c.skipped.map((s) => `series row ${s.index + 1} skipped: ${s.why}`), ...r.problems];
    if (notes.length > 0)
        out.push('', '### Problems', '', ...notes.slice(0, 50).map((p) => `- ${cell(p)}`));
    out.push('', `Series: \`${cell(r.store.key)}\` in ${cell(r.store.where)}${r.store.persisted ? '' : ' (not persisted)'}`);
    if (r.bundle)
        out.push('', `Evidence bundle \`${r.bundle.id}\` (${r.bundle.files} files) \u2014 \`promotion-gate verify <dir> --bundle-id ${r.bundle.id}\``);
    out.push('', `<sub>promotion-gate ${r.tool.version} \u00b7 monitor \u00b7 ${r.startedAt} \u2192 ${r.finishedAt}</sub>`, '');
    return out.join('\n');
}


/***/ }),

/***/ 84536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ hotfixMarkdown),
/* harmony export */   O: () => (/* binding */ noticeMarkdown)
/* harmony export */ });
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16706);

/** A notice as GitHub Markdown: the body of an incident issue or of a comment on one. */
const SYMBOL = { good: '\u2705', warning: '\u26a0\ufe0f', bad: '\u26d4' };
/** Reasons listed in an issue; the report has every one. */
const MAX_REASONS = 20;
const cell = (s) => (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p)(s).replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
const code = (s) => `\`${s.replace(/`/g, "'")}\``;
const when = (iso) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;
function noticeMarkdown(n) {
    // Title, summary and reasons come from the run: file names, a staging service's answers.
    const lines = [`### ${SYMBOL[n.tone]} ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p)(n.title)}`, '', (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p)(n.summary), ''];
    const reasons = n.reasons.slice(0, MAX_REASONS);
    if (reasons.length > 0) {
        lines.push('| | Reason | Observed | Threshold |', '|---|---|---|---|');
        for (const r of reasons)
            lines.push(`| ${r.blocking ? '\u2716' : '\u2022'} | ${cell(r.message)} | ${cell(r.observed ?? '')} | ${cell(r.threshold ?? '')} |`);
        if (n.reasons.length > reasons.length)
            lines.push('', `_\u2026 ${n.reasons.length - reasons.length} more in the report._`);
        lines.push('');
    }
    const facts = [
        n.sha ? `**Commit** ${code(n.sha.slice(0, 12))}` : '',
        n.bundleId ? `**Bundle** ${code(n.bundleId)}` : '',
        when(n.at),
    ].filter(Boolean);
    lines.push(facts.join(' \u00b7 '));
    if (n.links.length > 0)
        lines.push('', n.links.map((l) => `[${l.label}](${l.url})`).join(' \u00b7 '));
    return `${lines.join('\n')}\n`;
}
/** The hotfix tracker's issue: what is due, by when, and what happens then. */
function hotfixMarkdown(profile, t, autoPromoteAt) {
    return [
        `### \u26a0\ufe0f Hotfix required: ${profile}`,
        '',
        `A run of **${profile}** was promoted with a hotfix due on ${when(t.openedAt)}.`,
        t.deadline
            ? `Deadline: **${when(t.deadline)}**. After it, every run of ${profile} that still needs the hotfix holds.`
            : 'No deadline (decision.hotfixDeadline is off).',
        '',
        'Checks that need the hotfix:',
        '',
        ...t.checks.map((c) => `- ${code(c)}`),
        '',
        `This issue is closed when a run of ${profile} scores ${autoPromoteAt}/5 or more.`,
        '',
    ].join('\n');
}


/***/ }),

/***/ 39409:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gp: () => (/* binding */ xyChart)
/* harmony export */ });
/* unused harmony exports uniqueLabels, yRange */
/**
 * Mermaid `xychart-beta` charts, which GitHub renders in Markdown (job summaries, comments,
 * files). Labels and titles are quoted; values must be plain numbers, so gaps are left out.
 */
const quote = (s) => `"${s.replace(/["\\]/g, '').replace(/\s+/g, ' ').slice(0, 80)}"`;
function num(n) {
    return String(Math.round(n * 10_000) / 10_000);
}
/** Labels made unique (Mermaid merges equal categories): `03-07`, `03-07\u00b72`. */
function uniqueLabels(labels) {
    const seen = new Map();
    return labels.map((l) => {
        const n = (seen.get(l) ?? 0) + 1;
        seen.set(l, n);
        return n === 1 ? l : `${l}\u00b7${n}`;
    });
}
/** A y range with some air around the values, so a flat line is not drawn on the frame. */
function yRange(values, floor, ceil) {
    if (floor !== undefined && ceil !== undefined)
        return [floor, ceil];
    let lo = Math.min(...values);
    let hi = Math.max(...values);
    const pad = hi === lo ? Math.abs(hi) * 0.1 || 1 : (hi - lo) * 0.1;
    lo = floor ?? lo - pad;
    hi = ceil ?? hi + pad;
    return [lo, hi];
}
function xyChart(c) {
    const [lo, hi] = yRange(c.values, c.yMin, c.yMax);
    return [
        '```mermaid',
        'xychart-beta',
        `  title ${quote(c.title)}`,
        `  x-axis [${uniqueLabels(c.labels).map(quote).join(', ')}]`,
        `  y-axis ${quote(c.yLabel)} ${num(lo)} --> ${num(hi)}`,
        `  ${c.bar ? 'bar' : 'line'} [${c.values.map(num).join(', ')}]`,
        '```',
    ].join('\n');
}


/***/ })

};
