export const id = 6314;
export const ids = [6314];
export const modules = {

/***/ 88643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zt: () => (/* binding */ runDeploy),
  t7: () => (/* binding */ runEnvironment),
  Bb: () => (/* binding */ verifyPhase)
});

// UNUSED EXPORTS: defaultEnvironmentOutDir, outcomeExitCode

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/bundle/seal.ts + 1 modules
var seal = __webpack_require__(3167);
// EXTERNAL MODULE: ./src/change/head.ts
var head = __webpack_require__(7112);
// EXTERNAL MODULE: ./src/config/load.ts + 4 modules
var load = __webpack_require__(52008);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/redact.ts + 3 modules
var redact = __webpack_require__(8670);
// EXTERNAL MODULE: ./src/core/runner.ts
var core_runner = __webpack_require__(4473);
;// CONCATENATED MODULE: ./src/deploy/history.ts

/**
 * Deploys and drills are kept in the same history stores as gate runs, as run summaries under a
 * key no profile can have (`deploy:<environment>`, `drill:<environment>`: profile names never
 * hold a colon), with their own `kind` and `outcome`. Every store keeps them as it keeps runs;
 * `history list --profile drill:staging` lists them.
 */
function historyKey(kind, environment) {
    return `${kind}:${environment}`;
}
function stepStatus(e) {
    switch (e.status) {
        case 'passed':
            return 'pass';
        case 'failed':
        case 'forced-failed':
            return 'fail';
        case 'planned':
            return 'skipped';
        default:
            return 'error';
    }
}
function deploySummaryOf(r, runId) {
    const passed = r.status === 'passed';
    return {
        schemaVersion: 1,
        profile: historyKey(r.kind, r.environment),
        runId,
        startedAt: r.startedAt,
        finishedAt: r.finishedAt,
        verdict: passed ? 'promote' : 'hold',
        score: passed ? 5 : 1,
        action: passed ? 'auto-promote' : 'hold',
        level: passed ? 'ga_ready' : 'blocked',
        ...(r.commit ? { sha: r.commit } : {}),
        ...(r.ref ? { ref: r.ref } : {}),
        ...(r.bundle ? { bundleId: r.bundle.id } : {}),
        ...(r.run?.url ? { url: r.run.url } : {}),
        blockers: passed ? [] : [`${r.kind}.${r.outcome}`],
        hotfixChecks: [],
        checks: r.steps.map((e) => ({
            id: e.name,
            type: e.kind === 'command' ? 'step' : 'verify',
            status: stepStatus(e),
            score: e.status === 'passed' ? 5 : 1,
            metrics: {
                durationMs: e.durationMs ?? null,
                ...(e.kind === 'command' ? { exitCode: e.exitCode ?? null } : { bundleId: e.bundleId ?? null }),
            },
        })),
        kind: r.kind,
        environment: r.environment,
        outcome: r.outcome,
    };
}
/** Appends the sealed record; a store that fails is reported, never fatal. */
async function recordDeploy(store, report, runId, logger, keep) {
    const key = historyKey(report.kind, report.environment);
    const out = { store: store.describe(), key, runId, appended: false, problems: [] };
    try {
        await store.append(deploySummaryOf(report, runId), keep !== undefined ? { keep } : {});
        out.appended = true;
    }
    catch (err) {
        const problem = `cannot record ${report.kind} ${runId} in ${store.describe()}: ${(0,errors/* errorMessage */.gJ)(err)}`;
        out.problems.push(problem);
        logger.warn(problem);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/deploy/flow.ts
function describeCommand(e) {
    return `${e.name} ${e.detail ?? e.status}`;
}
function describeVerify(e) {
    if (e.status === 'forced-failed')
        return `verify (${e.profile}) recorded as failed by the drill`;
    const what = e.verdict ? `${e.verdict}${e.blockers?.length ? `: ${e.blockers.join(', ')}` : ''}` : e.status;
    return `${e.name} (${e.profile}) ${e.detail ?? what}`;
}
async function runFlow(kind, plan, d) {
    const steps = [];
    const drill = kind === 'drill';
    const env = plan.environment;
    const stopped = () => d.signal?.aborted === true;
    const interrupted = (during) => ({
        steps,
        outcome: 'interrupted',
        why: `stopped during ${during}${d.signal?.reason instanceof Error ? ` (${d.signal.reason.message})` : ''}; nothing after it ran`,
    });
    const command = async (name) => {
        const e = await d.runStep(plan.steps[name]);
        steps.push(e);
        return e;
    };
    const verify = async (phase) => {
        const e = await d.runVerify(phase);
        steps.push(e);
        return e;
    };
    if (plan.steps.snapshot) {
        const s = await command('snapshot');
        if (s.status === 'interrupted' || stopped())
            return interrupted('snapshot');
        if (s.status !== 'passed') {
            const why = `${describeCommand(s)}: nothing was deployed`;
            return { steps, outcome: 'failed', why: drill ? `${why}, and the rollback was not reached` : why };
        }
    }
    let failure;
    const deployed = await command('deploy');
    if (deployed.status === 'interrupted' || stopped())
        return interrupted('deploy');
    if (deployed.status !== 'passed')
        failure = describeCommand(deployed);
    else if (drill) {
        const forced = {
            kind: 'verify',
            name: 'verify',
            profile: plan.verify,
            status: 'forced-failed',
            detail: 'not run: the drill records it as failed, so that the rollback runs',
        };
        steps.push(forced);
        failure = describeVerify(forced);
    }
    else {
        const v = await verify('verify');
        if (v.status === 'interrupted' || stopped())
            return interrupted('verify');
        if (v.status !== 'passed')
            failure = describeVerify(v);
    }
    if (failure === undefined)
        return { steps, outcome: 'deployed', why: `deploy ran and verify (${plan.verify}) passed` };
    if (!plan.rollback.enabled) {
        const why = `${failure}; ${plan.rollback.reason}`;
        return plan.protect
            ? {
                steps,
                outcome: 'failed',
                why,
                alert: `${env}: ${failure}; it is protected, so nothing was rolled back \u2014 a person must decide`,
            }
            : { steps, outcome: 'failed', why };
    }
    const r = await command('rollback');
    if (r.status === 'interrupted' || stopped())
        return interrupted('rollback');
    if (r.status !== 'passed')
        return {
            steps,
            outcome: 'rollback-failed',
            why: `${failure}; ${describeCommand(r)}: ${env} is in an unknown state`,
            alert: `${env}: the rollback failed (${r.detail ?? r.status}); the environment is in an unknown state`,
        };
    const after = await verify('verify-after-rollback');
    if (after.status === 'interrupted' || stopped())
        return interrupted('verify-after-rollback');
    if (after.status !== 'passed')
        return {
            steps,
            outcome: 'rollback-failed',
            why: `${failure}; rolled back, but ${describeVerify(after)}: ${env} is in an unknown state`,
            alert: `${env}: the verify after the rollback failed; the environment is in an unknown state`,
        };
    return {
        steps,
        outcome: drill ? 'passed' : 'rolled-back',
        why: drill
            ? `the rollback ran and the verify after it (${plan.verify}) passed`
            : `${failure}; rolled back, and the verify after it (${plan.verify}) passed`,
    };
}
/** The plan as words, for a dry run and for the report of what would run. */
function describePlan(plan) {
    const order = [...(plan.steps.snapshot ? ['snapshot'] : []), 'deploy', `verify (${plan.verify})`].join(' \u2192 ');
    const onFailure = plan.rollback.enabled
        ? `on failure: rollback \u2192 verify (${plan.verify})`
        : `on failure: no rollback \u2014 ${plan.rollback.reason}`;
    return `${order}; ${onFailure}`;
}

// EXTERNAL MODULE: ./src/deploy/markdown.ts
var deploy_markdown = __webpack_require__(51958);
// EXTERNAL MODULE: ./src/adapters/http.ts
var http = __webpack_require__(93618);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/notify/message.ts
var message = __webpack_require__(58478);
// EXTERNAL MODULE: ./src/notify/plan.ts
var notify_plan = __webpack_require__(79194);
// EXTERNAL MODULE: ./src/notify/send.ts + 1 modules
var send = __webpack_require__(4668);
;// CONCATENATED MODULE: ./src/notify/deploy.ts







function deployNotifier(loaded, opts) {
    const plan = (0,notify_plan/* planNotify */.t)(loaded, { env: opts.env, inputs: opts.inputs });
    const redactor = new redact/* Redactor */.pO();
    for (const s of plan.secrets)
        redactor.add(s);
    return {
        secrets: plan.secrets,
        async send(report, alert) {
            const events = (0,message/* deployEvents */.tn)(report);
            if (events.length === 0 || plan.webhooks.length === 0)
                return [];
            try {
                const sent = await (0,send/* sendNotices */.Ap)(plan.webhooks, (0,message/* deployNotice */.qx)(report, [], alert), events, {
                    http: (0,http/* createHttpClient */.u)(`promotion-gate/${version/* VERSION */.x}`),
                    redactor,
                    signal: opts.signal,
                });
                for (const d of sent)
                    if (d.state === 'sent')
                        opts.logger.info((0,send/* describeDelivery */.Ks)(d));
                    else
                        opts.logger.warn(`${redactor.redact((0,send/* describeDelivery */.Ks)(d))} (the outcome is not affected)`);
                return sent;
            }
            catch (err) {
                opts.logger.warn(`notifications not sent: ${redactor.redact((0,errors/* errorMessage */.gJ)(err))}`);
                return [];
            }
        },
    };
}

// EXTERNAL MODULE: ./src/config/environments.ts
var environments = __webpack_require__(51390);
// EXTERNAL MODULE: ./src/core/sensitive.ts
var sensitive = __webpack_require__(5371);
;// CONCATENATED MODULE: ./src/deploy/report.ts


/** The plan as entries, for a dry run: what would run; nothing ran. */
function plannedSteps(plan, redact) {
    const command = (name) => {
        const s = plan.steps[name];
        return s
            ? [{ kind: 'command', name, command: redact(s.run), status: 'planned', timeoutMs: s.timeoutMs }]
            : [];
    };
    const verify = (name) => ({
        kind: 'verify',
        name,
        profile: plan.verify,
        status: 'planned',
    });
    return [
        ...command('snapshot'),
        ...command('deploy'),
        verify('verify'),
        ...(plan.rollback.enabled ? [...command('rollback'), verify('verify-after-rollback')] : []),
    ];
}
/** The report of a deploy or a drill, before redaction and sealing. */
function buildDeployReport(plan, flow, m) {
    const { runner } = m;
    return {
        schemaVersion: 1,
        kind: m.kind,
        tool: { name: 'promotion-gate', version: m.version },
        environment: plan.environment,
        ...(plan.url ? { url: plan.url } : {}),
        ...m.git,
        outcome: flow.outcome,
        status: flow.outcome === 'planned'
            ? 'planned'
            : flow.outcome === 'deployed' || flow.outcome === 'passed'
                ? 'passed'
                : 'failed',
        why: flow.why,
        mode: m.mode,
        plan: {
            steps: environments/* STEP_NAMES */.KY.filter((s) => plan.steps[s]),
            verify: plan.verify,
            rollback: plan.rollback,
            protect: plan.protect,
        },
        steps: flow.steps,
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

// EXTERNAL MODULE: ./src/deploy/plan.ts
var deploy_plan = __webpack_require__(5448);
// EXTERNAL MODULE: ./src/deploy/step.ts
var deploy_step = __webpack_require__(99497);
// EXTERNAL MODULE: ./src/history/summary.ts
var summary = __webpack_require__(1048);
// EXTERNAL MODULE: ./src/app/exitCodes.ts
var exitCodes = __webpack_require__(58357);
// EXTERNAL MODULE: ./src/app/gate.ts + 12 modules
var app_gate = __webpack_require__(16480);
;// CONCATENATED MODULE: ./src/app/deploy.ts


















/** Kept out of a literal path.resolve(\u2026) call, as in gate.ts: the bundler would relocate it. */
const OUTPUT_ROOT = ['.promotion-gate'];
function defaultEnvironmentOutDir(cwd, kind, environment) {
    // Built as one list first: a literal path.resolve(cwd, \u2026) is what the bundler rewrites.
    const parts = [cwd, ...OUTPUT_ROOT, `.${kind}`, environment];
    return external_node_path_default().resolve(...parts);
}
/** 0 deployed, planned or a passed drill; 4 when the rollback failed; 1 otherwise. */
function outcomeExitCode(outcome) {
    switch (outcome) {
        case 'deployed':
        case 'planned':
        case 'passed':
            return exitCodes/* EXIT */.d.promote;
        case 'rollback-failed':
            return exitCodes/* EXIT */.d.rollbackFailed;
        default:
            return exitCodes/* EXIT */.d.hold;
    }
}
/** The deploy flow, shared by deploy and drill. */
async function runEnvironment(opts, mode, loaded) {
    const now = opts.now ?? (() => new Date());
    const startedAt = now();
    const config = loaded ??
        (await (0,load.loadConfigFile)(opts.configPath, external_node_path_default().relative(opts.cwd, opts.configPath) || opts.configPath));
    // Planned below with each problem at its line: the full reading of the config says where.
    await (0,load.loadFullReading)();
    const drill = mode.kind === 'drill';
    const plan = (0,deploy_plan/* planEnvironment */.R)(config, opts.environment, {
        env: opts.env,
        inputs: opts.inputs,
        cwd: opts.cwd,
        workspace: opts.workspace,
        rollback: mode.rollback,
        drill,
    });
    (0,deploy_step/* inputVariables */.kN)(opts.inputs);
    const notifier = deployNotifier(config, opts);
    const redactor = new redact/* Redactor */.pO();
    // The plan's secrets hold the inputs and environment variables named as secrets (planGate).
    for (const s of [...plan.secrets, ...notifier.secrets])
        redactor.add(s);
    for (const s of redactor.values())
        opts.logger.mask(s);
    const outDir = external_node_path_default().resolve(opts.cwd, opts.outDir ?? defaultEnvironmentOutDir(opts.cwd, mode.kind, plan.environment));
    await (0,seal/* prepareOutputDir */.g$)(outDir);
    const runner = (0,core_runner/* readRunner */.f)(opts.env);
    const git = await (0,head/* headOf */.U)(runner, opts.cwd, opts.env);
    const dryRun = !drill && mode.dryRun === true;
    opts.logger.info(`promotion-gate ${version/* VERSION */.x}: ${drill ? `rollback drill${mode.live ? ' (live)' : ' (dry run)'}` : dryRun ? 'deploy (dry run)' : 'deploy'} of ${plan.environment}${git.commit ? ` at ${git.commit.slice(0, 12)}` : ''}: ${describePlan(plan)}`);
    let flow;
    let observed = false;
    try {
        if (dryRun) {
            flow = {
                steps: plannedSteps(plan, (t) => redactor.redact(t)),
                outcome: 'planned',
                why: `dry run, nothing ran: ${describePlan(plan)}`,
            };
        }
        else {
            if (opts.observer && !drill) {
                observed = true;
                await opts.observer
                    .started({
                    environment: plan.environment,
                    ...git,
                    ...(plan.url ? { url: plan.url } : {}),
                    urlIsSecret: plan.url !== undefined && redactor.redact(plan.url) !== plan.url,
                    production: plan.production,
                })
                    .catch((err) => opts.logger.warn(`could not report the deploy start: ${(0,errors/* errorMessage */.gJ)(err)}`));
            }
            const context = {
                environment: plan.environment,
                ...(git.commit ? { commit: git.commit } : {}),
                ...(plan.url ? { url: plan.url } : {}),
                inputs: opts.inputs,
                drill,
                dryRun: drill && !mode.live,
            };
            flow = await runFlow(mode.kind, plan, {
                signal: opts.signal,
                runStep: (step) => (0,deploy_step/* runStep */.eg)(step, {
                    outDir,
                    env: opts.env,
                    context,
                    redactor,
                    logger: opts.logger,
                    signal: opts.signal,
                    now,
                }),
                runVerify: (phase) => verifyPhase(phase, plan, opts, config, outDir, redactor, now),
            });
        }
        if (flow.alert)
            opts.logger.error(redactor.redact(flow.alert));
        const report = redactor.redactDeep(buildDeployReport(plan, flow, {
            kind: mode.kind,
            version: version/* VERSION */.x,
            git,
            mode: { dryRun, drill, live: drill && mode.live === true },
            inputs: opts.inputs,
            runner,
            startedAt,
            finishedAt: now(),
        }));
        const markdown = (0,deploy_markdown/* renderDeploy */.G)(report);
        // sealBundle serialises the report and digests the directory; it reads no gate-only fields.
        const sealed = (await (0,seal/* sealBundle */.u2)(outDir, report, markdown))
            .report;
        const history = opts.history
            ? await recordDeploy(opts.history, sealed, (0,summary/* newRunId */.F$)(opts.env, startedAt), opts.logger, mode.keep)
            : undefined;
        await notifier.send(sealed, flow.alert && redactor.redact(flow.alert));
        if (observed)
            await opts
                .observer.finished(sealed)
                .catch((err) => opts.logger.warn(`could not report the deploy outcome: ${(0,errors/* errorMessage */.gJ)(err)}`));
        return {
            report: sealed,
            outDir,
            markdown,
            plan,
            exitCode: outcomeExitCode(sealed.outcome),
            ...(flow.alert ? { alert: redactor.redact(flow.alert) } : {}),
            ...(history ? { history } : {}),
        };
    }
    catch (err) {
        if (observed)
            await opts.observer.finished(undefined, err).catch(() => undefined);
        throw err;
    }
}
/** The verify profile through the gate, its bundle nested in this one under evidence/<phase>/. */
async function verifyPhase(phase, plan, opts, loaded, outDir, redactor, now) {
    const startedAt = now().toISOString();
    const t0 = performance.now();
    const base = {
        kind: 'verify',
        name: phase,
        profile: plan.verify,
        startedAt,
        evidence: `evidence/${phase}`,
    };
    opts.logger.info(`\u25b6 ${phase}: profile ${plan.verify}`);
    try {
        const gate = await (0,app_gate/* runGate */.R)({
            configPath: opts.configPath,
            profile: plan.verify,
            outDir: external_node_path_default().join(outDir, 'evidence', phase),
            inputs: opts.inputs,
            env: opts.env,
            cwd: opts.cwd,
            logger: opts.logger,
            now,
            signal: opts.signal,
        }, loaded);
        const r = gate.report;
        const entry = {
            ...base,
            status: opts.signal?.aborted ? 'interrupted' : r.verdict === 'promote' ? 'passed' : 'failed',
            durationMs: Math.round(performance.now() - t0),
            verdict: r.verdict,
            score: r.score,
            action: r.action,
            blockers: r.blockers,
            ...(r.bundle ? { bundleId: r.bundle.id } : {}),
            evidence: `evidence/${phase}/report.json`,
        };
        opts.logger.info(`${entry.status === 'passed' ? '\u2714' : '\u2716'} ${phase}: ${r.verdict} ${r.score}/5${r.blockers.length ? ` (${r.blockers.join(', ')})` : ''}`);
        return entry;
    }
    catch (err) {
        // A verify that cannot run proves nothing: the deploy counts as not verified.
        const detail = `could not run: ${redactor.redact((0,errors/* errorMessage */.gJ)(err))}`;
        opts.logger.warn(`${phase}: ${detail}`);
        return { ...base, status: 'error', detail, durationMs: Math.round(performance.now() - t0) };
    }
}
/** `deploy`: see runEnvironment. */
function runDeploy(opts, loaded) {
    return runEnvironment(opts, { kind: 'deploy', rollback: opts.rollback, dryRun: opts.dryRun }, loaded);
}


/***/ }),

/***/ 96314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ runDrill)
/* harmony export */ });
/* unused harmony export DEFAULT_DRILL_RETAIN */
/* harmony import */ var _deploy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88643);

/**
 * `drill`: proves that an environment can still be rolled back. The deploy flow runs with its
 * first verify recorded as failed (the service is not judged), so the rollback and the verify
 * after it always run. Every step gets PROMOTION_GATE_DRILL=1, and PROMOTION_GATE_DRY_RUN=1
 * unless the drill is live, so a script can simulate what it would change. Passes when the
 * rollback ran and the verify after it passed; history keeps the newest `retain` drills.
 */
const DEFAULT_DRILL_RETAIN = 36;
function runDrill(opts, loaded) {
    return (0,_deploy_js__WEBPACK_IMPORTED_MODULE_0__/* .runEnvironment */ .t7)(opts, { kind: 'drill', live: opts.live === true, keep: opts.retain ?? DEFAULT_DRILL_RETAIN }, loaded);
}


/***/ }),

/***/ 7112:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ headOf)
/* harmony export */ });
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16352);

/**
 * The commit and branch a run is about: the runner's when it says, else asked of git (both at
 * once). A workspace that is no git repository gives neither, never an error.
 */
async function headOf(runner, cwd, env) {
    const read = async (args) => {
        try {
            const r = await (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .runGit */ .EO)(args, { cwd, env, timeoutMs: 10_000, maxBytes: 4096 });
            return r.code === 0 ? r.stdout.trim() || undefined : undefined;
        }
        catch {
            return undefined;
        }
    };
    const [commit, ref] = await Promise.all([
        runner.sha ?? read(['rev-parse', 'HEAD']),
        runner.ref ?? read(['rev-parse', '--abbrev-ref', 'HEAD']),
    ]);
    return { ...(commit ? { commit } : {}), ...(ref ? { ref } : {}) };
}


/***/ }),

/***/ 51958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ renderDeploy)
/* harmony export */ });
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98571);

/** report.md of a deploy or a drill, and the job summary in the action. */
const HEADLINE = {
    deployed: '\u2705 Deployed',
    'rolled-back': '\u21a9\ufe0f Rolled back',
    failed: '\u274c Failed',
    'rollback-failed': '\ud83d\udea8 Rollback failed \u2014 environment state unknown',
    interrupted: '\u23f9\ufe0f Interrupted',
    planned: '\ud83d\udcdd Planned (dry run)',
    passed: '\u2705 Drill passed',
};
const cell = (s) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
/** A code fence longer than any run of backticks in the text, so output cannot close it. */
function fenced(text) {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}\n${text}\n${fence}`;
}
function icon(e) {
    if (e.status === 'passed')
        return '\u2714';
    if (e.status === 'planned')
        return '\u25cb';
    if (e.status === 'interrupted')
        return '\u23f9';
    return '\u2716';
}
function stepRow(e) {
    const took = e.durationMs !== undefined ? (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(e.durationMs) : '\u2013';
    if (e.kind === 'command') {
        const exit = e.exitCode !== undefined && e.exitCode !== null ? String(e.exitCode) : e.signal ? e.signal : '\u2013';
        return `| ${icon(e)} | ${e.name} | ${e.status}${e.detail ? ` \u2014 ${cell(e.detail)}` : ''} | ${exit} | ${took} | ${e.evidence ? `\`${e.evidence}\`` : '\u2013'} |`;
    }
    const verdict = e.verdict ? `${e.verdict} ${e.score}/5` : e.status;
    const detail = e.blockers?.length
        ? ` \u2014 ${cell(e.blockers.join(', '))}`
        : e.detail
            ? ` \u2014 ${cell(e.detail)}`
            : '';
    const where = e.bundleId ? `bundle \`${e.bundleId.slice(0, 19)}\u2026\` in \`${e.evidence}\`` : '\u2013';
    return `| ${icon(e)} | ${e.name} (\`${cell(e.profile)}\`) | ${verdict}${detail} | | ${took} | ${where} |`;
}
function renderDeploy(r) {
    const title = r.kind === 'drill' && r.outcome === 'failed' ? '\u274c Drill failed' : HEADLINE[r.outcome];
    const what = r.kind === 'drill' ? `rollback drill${r.mode.live ? ' (live)' : ' (dry run)'}` : 'deploy';
    const out = [
        `## ${title} \u2014 ${cell(r.environment)}`,
        '',
        `**Outcome** \`${r.outcome}\` \u00b7 **${what}**${r.commit ? ` \u00b7 commit \`${r.commit.slice(0, 12)}\`` : ''}${r.url ? ` \u00b7 ${r.url}` : ''}`,
        '',
        cell(r.why),
        '',
        `**Plan** ${cell(r.plan.steps.join(' \u2192 '))} \u2192 verify \`${cell(r.plan.verify)}\` \u00b7 ${cell(r.plan.rollback.reason)}`,
    ];
    if (r.steps.length > 0) {
        out.push('', '| | Step | Status | Exit | Duration | Evidence |', '|---|---|---|---|---|---|', ...r.steps.map(stepRow));
    }
    for (const e of r.steps) {
        if (e.kind !== 'command' || e.status === 'passed' || !e.output)
            continue;
        out.push('', `<details><summary>Output of ${e.name} (${cell(e.detail ?? e.status)})</summary>`, '', fenced(e.output), '', '</details>');
    }
    if (r.bundle)
        out.push('', `Evidence bundle \`${r.bundle.id}\` (${r.bundle.files} files) \u2014 \`promotion-gate verify <dir> --bundle-id ${r.bundle.id}\``);
    out.push('', `<sub>promotion-gate ${r.tool.version} \u00b7 ${r.kind} \u00b7 ${r.startedAt} \u2192 ${r.finishedAt}</sub>`, '');
    return out.join('\n');
}


/***/ }),

/***/ 5448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ planEnvironment)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_environments_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51390);
/* harmony import */ var _checks_fields_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(23128);
/* harmony import */ var _config_interpolate_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(72757);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52008);
/* harmony import */ var _config_plan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(72916);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(74296);
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(98571);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(72020);










/** A profile name no config can hold (profiles use letters, digits, ".", "_" and "-"). */
const STEP_PROFILE = 'environment steps';
/**
 * Resolves an environment into steps ready to run. Each step goes through the gate's planner
 * as a `command` check of a profile made for the purpose, so its fields are interpolated and
 * validated exactly as a command check's are (whatever that planner does with `${{ }}` in shell
 * fields), and problems are reported at the step's own line.
 */
function planEnvironment(loaded, name, opts) {
    const { config, source } = loaded;
    const env = (0,_config_environments_js__WEBPACK_IMPORTED_MODULE_2__/* .environmentOf */ .p7)(config.environments, name);
    if (!env) {
        const names = Object.keys(config.environments ?? {});
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigError */ .xL([
            {
                file: source.file,
                message: names.length === 0
                    ? `unknown environment "${name}": the config defines no environments (add an environments: section)`
                    : `unknown environment "${name}"${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_8__/* .didYouMean */ .au)(name, names)}; environments: ${names.join(', ')}`,
            },
        ]);
    }
    const at = (...rest) => ['environments', name, ...rest];
    const issues = new _config_load_js__WEBPACK_IMPORTED_MODULE_4__.IssueList(source);
    if (!opts.monitor && !env.deploy)
        issues.add(at(), `environment "${name}" has no deploy step: it is deployed elsewhere and only monitored here (promotion-gate monitor)`, true);
    if (opts.drill && !env.rollback)
        issues.add(at(), `environment "${name}" has no rollback step: a drill proves the rollback path`, true);
    if (!opts.drill && opts.rollback === true && !env.rollback)
        issues.add(at(), `--rollback-on-failure: environment "${name}" has no rollback step`, true);
    if (!opts.drill && opts.rollback === true && env.protect === true)
        issues.add(at('protect'), `--rollback-on-failure: environment "${name}" is protected (protect: true): it is never rolled back automatically`);
    issues.throwIfAny();
    const interp = new _config_interpolate_js__WEBPACK_IMPORTED_MODULE_9__/* .Interpolator */ .aY(config.vars ?? {}, opts.env, opts.inputs);
    let url;
    if (env.url !== undefined) {
        const r = interp.interpolate(env.url, at('url'));
        for (const i of r.issues)
            issues.add(i.path, i.message);
        url = r.value;
        if (r.issues.length === 0 && !/^https?:\/\/[^/]/i.test(url))
            issues.add(at('url'), `expected an http(s) URL after interpolation, got "${url}"`);
    }
    issues.throwIfAny();
    const steps = planSteps(loaded, name, opts);
    const verifyPlan = (0,_config_plan_js__WEBPACK_IMPORTED_MODULE_5__.planGate)(loaded, env.verify, { env: opts.env, inputs: opts.inputs });
    const rollback = rollbackDecision(name, env, opts);
    return {
        environment: name,
        ...(url !== undefined ? { url } : {}),
        steps: steps.steps,
        verify: env.verify,
        verifyPlan,
        rollback,
        protect: env.protect === true,
        production: env.production ?? (0,_config_environments_js__WEBPACK_IMPORTED_MODULE_2__/* .isProductionName */ .Zq)(name),
        secrets: [...new Set([...interp.envValues, ...steps.secrets, ...verifyPlan.secrets])],
    };
}
function rollbackDecision(name, env, opts) {
    if (opts.drill)
        return { enabled: true, reason: 'a drill always rolls back' };
    if (env.protect === true)
        return {
            enabled: false,
            reason: `environment "${name}" is protected: never rolled back automatically, a person decides`,
        };
    if (opts.rollback === false)
        return { enabled: false, reason: 'rollback is off (--no-rollback)' };
    if (opts.rollback === true)
        return { enabled: true, reason: 'rollback is on (--rollback-on-failure)' };
    if (!env.rollback)
        return { enabled: false, reason: `environment "${name}" has no rollback step` };
    return env.rollbackOnFailure === true
        ? { enabled: true, reason: 'rollback is on (rollbackOnFailure: true)' }
        : {
            enabled: false,
            reason: 'rollback is off (rollbackOnFailure is not true; --rollback-on-failure turns it on)',
        };
}
function planSteps(loaded, name, opts) {
    const env = (0,_config_environments_js__WEBPACK_IMPORTED_MODULE_2__/* .environmentOf */ .p7)(loaded.config.environments, name);
    const checks = {};
    for (const step of _config_environments_js__WEBPACK_IMPORTED_MODULE_2__/* .STEP_NAMES */ .KY) {
        const s = env[step];
        if (!s)
            continue;
        checks[step] = {
            type: 'command',
            run: s.run,
            ...(s.cwd !== undefined ? { cwd: s.cwd } : {}),
            ...(s.env !== undefined ? { env: s.env } : {}),
            maxOutput: s.maxOutput,
            timeout: s.timeout ?? _config_environments_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_STEP_TIMEOUT */ .PL,
        };
    }
    const synthetic = {
        source: loaded.source,
        config: {
            ...loaded.config,
            profiles: { [STEP_PROFILE]: { checks: Object.keys(checks) } },
            checks: checks,
            waivers: [],
        },
    };
    let plan;
    try {
        plan = (0,_config_plan_js__WEBPACK_IMPORTED_MODULE_5__.planGate)(synthetic, STEP_PROFILE, { env: opts.env, inputs: opts.inputs });
    }
    catch (err) {
        if (err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigError */ .xL)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigError */ .xL(err.issues.map((i) => relocate(loaded, name, i)));
        throw err;
    }
    const issues = new _config_load_js__WEBPACK_IMPORTED_MODULE_4__.IssueList(loaded.source);
    const workspace = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(opts.workspace ?? opts.cwd);
    const steps = {};
    for (const c of plan.checks) {
        const step = c.id;
        const spec = c.spec;
        if (c.timeoutMs <= 0 || c.timeoutMs > _config_environments_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_STEP_TIMEOUT_MS */ .fH)
            issues.add(['environments', name, step, 'timeout'], `a step may take more than 0 and at most 6h, got ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_7__/* .formatDuration */ .a3)(c.timeoutMs)}`);
        const cwd = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(opts.cwd, spec.cwd ?? '.');
        const problem = outsideWorkspace(cwd, workspace);
        if (problem)
            issues.add(['environments', name, step, 'cwd'], problem);
        steps[step] = {
            name: step,
            run: spec.run,
            cwd,
            // The values of the run line's ${{ }} expressions, which it names as variables.
            env: { ...spec.env, ...(0,_checks_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .shellValues */ .Du)(spec) },
            timeoutMs: c.timeoutMs,
            maxOutputBytes: spec.maxOutput,
        };
    }
    issues.throwIfAny();
    return { steps, secrets: plan.secrets };
}
/** Why a step's directory is not usable, or undefined; symbolic links are followed. */
function outsideWorkspace(dir, workspace) {
    let real;
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir).isDirectory())
            return `${dir} is not a directory`;
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(dir);
    }
    catch {
        return `directory ${dir} does not exist`;
    }
    let root = workspace;
    try {
        root = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(workspace);
    }
    catch {
        /* the workspace itself is checked by whoever runs there */
    }
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, real);
    if (rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel))
        return `${dir} is outside the workspace ${workspace}: steps run inside it`;
    return undefined;
}
/** Points a problem the planner found in a step at the step's own place in the file. */
function relocate(loaded, name, issue) {
    const m = issue.path ? /^checks\.([a-z]+)(?:\.(.*))?$/.exec(issue.path) : null;
    if (!m || !_config_environments_js__WEBPACK_IMPORTED_MODULE_2__/* .STEP_NAMES */ .KY.includes(m[1]))
        return issue;
    const keyPath = ['environments', name, m[1], ...(m[2] ? m[2].split('.') : [])];
    const pos = loaded.source.locate(keyPath);
    return { ...issue, path: keyPath.join('.'), line: pos?.line, column: pos?.column };
}


/***/ }),

/***/ 99497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eg: () => (/* binding */ runStep),
/* harmony export */   kN: () => (/* binding */ inputVariables)
/* harmony export */ });
/* unused harmony exports stepEnvironment, excerpt */
/* harmony import */ var _adapters_exec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77911);
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98571);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _engine_evidence_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59061);




/** Variables this tool sets for steps; inherited ones of the same names are dropped first. */
const OWN = /^PROMOTION_GATE_(ENVIRONMENT|SHA|URL|STEP|DRILL|DRY_RUN|INPUT_.*)$/;
/** `--input target-url=\u2026` \u2192 PROMOTION_GATE_INPUT_TARGET_URL; two inputs may not land on one name. */
function inputVariables(inputs) {
    const out = Object.create(null);
    const from = new Map();
    for (const [k, v] of Object.entries(inputs)) {
        const name = `PROMOTION_GATE_INPUT_${k.toUpperCase().replace(/-/g, '_')}`;
        const other = from.get(name);
        if (other !== undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`inputs "${other}" and "${k}" would both reach the steps as ${name}; rename one`);
        from.set(name, k);
        out[name] = v;
    }
    return out;
}
function stepEnvironment(base, step, c) {
    // Null prototype: a variable named like a built-in member (`__proto__`) stays a variable.
    const env = Object.create(null);
    for (const [k, v] of Object.entries(base))
        if (!OWN.test(k))
            env[k] = v;
    return {
        ...env,
        ...step.env,
        ...inputVariables(c.inputs),
        PROMOTION_GATE_ENVIRONMENT: c.environment,
        PROMOTION_GATE_STEP: step.name,
        ...(c.commit ? { PROMOTION_GATE_SHA: c.commit } : {}),
        ...(c.url ? { PROMOTION_GATE_URL: c.url } : {}),
        ...(c.drill ? { PROMOTION_GATE_DRILL: '1' } : {}),
        ...(c.dryRun ? { PROMOTION_GATE_DRY_RUN: '1' } : {}),
    };
}
const EXCERPT_LINES = 40;
const EXCERPT_CHARS = 4000;
/** The end of the output: what a reader of the report wants first. */
function excerpt(output) {
    const lines = output.replace(/\s+$/, '').split('\n');
    let text = lines.slice(-EXCERPT_LINES).join('\n');
    if (text.length > EXCERPT_CHARS)
        text = `\u2026${text.slice(-EXCERPT_CHARS)}`;
    else if (lines.length > EXCERPT_LINES)
        text = `\u2026\n${text}`;
    return text;
}
const exec = (0,_adapters_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .createExec */ .k)();
/**
 * Runs the step's shell with the project's process runner, which ends every process the step
 * started \u2014 at its exit, at its timeout, or when the run is stopped \u2014 even one that left the
 * process group (`setsid`, a double fork): a tunnel or `kubectl port-forward &` left behind
 * would otherwise outlive the step and meet the next one.
 */
async function runShell(step, d) {
    if (d.signal?.aborted)
        return { error: 'not started: stopped', timedOut: false, interrupted: true };
    // One signal for both ways a step is stopped; which one fired is kept to tell them apart.
    const stop = new AbortController();
    let why;
    const halt = (reason) => {
        why ??= reason;
        stop.abort();
    };
    const timer = setTimeout(() => halt('timeout'), step.timeoutMs);
    const onAbort = () => halt('interrupt');
    d.signal?.addEventListener('abort', onAbort, { once: true });
    try {
        const result = await exec.shell(step.run, {
            cwd: step.cwd,
            env: stepEnvironment(d.env, step, d.context),
            signal: stop.signal,
            maxOutputBytes: step.maxOutputBytes,
        });
        // A stop that came after the shell had ended stopped nothing: the step ran to its end.
        const stopped = result.aborted ? why : undefined;
        return { result, timedOut: stopped === 'timeout', interrupted: stopped === 'interrupt' };
    }
    catch (err) {
        return { error: err.message, timedOut: false, interrupted: false };
    }
    finally {
        clearTimeout(timer);
        d.signal?.removeEventListener('abort', onAbort);
    }
}
/** Runs one step; its whole (bounded, redacted) output becomes `evidence/<step>/output.log`. */
async function runStep(step, d) {
    const command = d.redactor.redact(step.run);
    const startedAt = d.now().toISOString();
    const began = performance.now();
    d.logger.info(`\u25b6 ${step.name}: $ ${command}`);
    const run = await runShell(step, d);
    const r = run.result;
    const durationMs = r?.durationMs ?? Math.round(performance.now() - began);
    const leftBehind = (r?.leftover ?? 0) > 0;
    const written = [];
    const writer = (0,_engine_evidence_js__WEBPACK_IMPORTED_MODULE_3__/* .createEvidenceWriter */ .X)(d.outDir, step.name, d.redactor, written);
    const evidence = await writer.write('output.log', r?.output ?? '');
    writer.close();
    const output = excerpt(d.redactor.redact(r?.output ?? ''));
    const base = {
        kind: 'command',
        name: step.name,
        command,
        startedAt,
        durationMs,
        exitCode: r?.exitCode ?? null,
        signal: r?.signal ?? null,
        timedOut: run.timedOut,
        timeoutMs: step.timeoutMs,
        output,
        outputBytes: r?.outputBytes ?? 0,
        ...(leftBehind ? { leftBehind: true } : {}),
        evidence,
    };
    let entry;
    if (run.interrupted)
        entry = { ...base, status: 'interrupted', detail: 'stopped while running' };
    else if (run.timedOut)
        entry = { ...base, status: 'timed-out', detail: `timed out after ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(step.timeoutMs)}` };
    else if (run.error !== undefined || !r)
        entry = { ...base, status: 'error', detail: `could not run: ${d.redactor.redact(run.error ?? '')}` };
    else if (r.exitCode === 0)
        entry = { ...base, status: 'passed' };
    else
        entry = {
            ...base,
            status: 'failed',
            detail: r.exitCode === null ? `ended by signal ${r.signal}` : `exited with ${r.exitCode}`,
        };
    const mark = entry.status === 'passed' ? '\u2714' : '\u2716';
    d.logger.info(`${mark} ${step.name}: ${entry.status}${entry.detail ? ` (${entry.detail})` : ''} in ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(durationMs)}`);
    if (leftBehind)
        d.logger.warn(`${step.name} left processes running when its shell ended; they were stopped`);
    return entry;
}


/***/ }),

/***/ 58478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C$: () => (/* binding */ gateNotice),
/* harmony export */   X2: () => (/* binding */ gateEvents),
/* harmony export */   qx: () => (/* binding */ deployNotice),
/* harmony export */   tn: () => (/* binding */ deployEvents)
/* harmony export */ });
/** The events a gate run raises: it turned, it holds, or it promoted with a hotfix due. */
function gateEvents(report, transition) {
    const events = [];
    if (transition)
        events.push('transition');
    if (report.verdict === 'hold')
        events.push('hold');
    if (report.action === 'promote-with-hotfix')
        events.push('degraded');
    return events;
}
const said = (verdict, action) => verdict === 'hold' ? 'HOLD' : action === 'promote-with-hotfix' ? 'PROMOTE with hotfix' : 'PROMOTE';
function toneOf(report) {
    if (report.verdict === 'hold')
        return 'bad';
    return report.action === 'promote-with-hotfix' ? 'warning' : 'good';
}
/** Blocking reasons first, then the rest but history notes (they are about the tool, not the release). */
function reasonsOf(reasons) {
    const ordered = [...reasons.filter((r) => r.blocking), ...reasons.filter((r) => !r.blocking)];
    return ordered
        .filter((r) => r.blocking || r.kind !== 'history')
        .map((r) => ({
        message: r.message,
        blocking: r.blocking,
        ...(r.check ? { check: r.check } : {}),
        ...(r.observed ? { observed: r.observed } : {}),
        ...(r.threshold ? { threshold: r.threshold } : {}),
    }));
}
/** The notice for a gate run (the report is redacted already: it comes sealed). */
function gateNotice(report, transition, links) {
    const now = said(report.verdict, report.action);
    const title = transition
        ? `${report.profile}: ${said(transition.from.verdict, transition.from.action)} \u2192 ${now}`
        : `${report.profile}: ${now}`;
    return {
        events: [],
        title,
        tone: toneOf(report),
        summary: `score ${report.score}/5, ${report.action}, level ${report.level}${transition ? ` (was ${transition.from.action} ${transition.from.score}/5 in run ${transition.from.runId})` : ''}`,
        subject: { kind: 'gate', profile: report.profile },
        verdict: report.verdict,
        action: report.action,
        score: report.score,
        level: report.level,
        ...(transition
            ? {
                transition: {
                    from: transition.from.action,
                    to: transition.to.action,
                    previousRun: transition.from.runId,
                },
            }
            : {}),
        reasons: reasonsOf(report.reasons),
        links,
        ...(report.git.range && 'head' in report.git.range && report.git.range.head
            ? { sha: report.git.range.head }
            : report.git.sha
                ? { sha: report.git.sha }
                : {}),
        ...(report.bundle ? { bundleId: report.bundle.id } : {}),
        at: report.finishedAt,
    };
}
/** The events a deploy or a drill raises: a rollback, or a drill that did not pass. */
function deployEvents(report) {
    if (report.kind === 'deploy')
        return report.outcome === 'rolled-back' || report.outcome === 'rollback-failed' ? ['rollback'] : [];
    return report.outcome === 'failed' || report.outcome === 'rollback-failed' ? ['drill-failed'] : [];
}
/** The notice for a deploy or drill record (redacted already: it comes sealed). */
function deployNotice(report, links, alert) {
    const what = report.kind === 'drill' ? `rollback drill of ${report.environment}` : report.environment;
    const failedSteps = report.steps.filter((s) => s.status !== 'passed' && s.status !== 'planned');
    return {
        events: [],
        title: `${what}: ${report.outcome.toUpperCase().replace('-', ' ')}`,
        tone: report.outcome === 'rolled-back' ? 'warning' : 'bad',
        summary: report.why,
        subject: { kind: report.kind, environment: report.environment },
        outcome: report.outcome,
        reasons: [
            ...(alert ? [{ message: alert, blocking: true }] : []),
            ...failedSteps.map((s) => ({
                message: `${s.name}: ${s.detail ?? s.status}`,
                blocking: true,
                check: s.name,
                observed: s.status,
                threshold: 'passed',
            })),
        ],
        links: report.run?.url ? [{ label: 'Workflow run', url: report.run.url }, ...links] : links,
        ...(report.commit ? { sha: report.commit } : {}),
        ...(report.bundle ? { bundleId: report.bundle.id } : {}),
        at: report.finishedAt,
    };
}


/***/ }),

/***/ 79194:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ eventsFor),
/* harmony export */   t: () => (/* binding */ planNotify)
/* harmony export */ });
/* harmony import */ var _config_notify_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67649);
/* harmony import */ var _config_interpolate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72757);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52008);
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98571);




/**
 * Interpolates `notify:`. An unset `${{ env.X }}` or a value that is no http(s) URL once
 * interpolated is a config error at its line \u2014 never a notification silently not sent.
 */
function planNotify(loaded, opts) {
    const { config, source } = loaded;
    const issues = new _config_load_js__WEBPACK_IMPORTED_MODULE_1__.IssueList(source);
    const interp = new _config_interpolate_js__WEBPACK_IMPORTED_MODULE_3__/* .Interpolator */ .aY(config.vars ?? {}, opts.env, opts.inputs);
    const webhooks = [];
    const secrets = [];
    for (const [name, raw] of Object.entries(config.notify ?? {})) {
        const at = (...rest) => ['notify', name, ...rest];
        const url = interp.interpolate(raw.url, at('url'));
        const headers = interp.interpolate(raw.headers ?? {}, at('headers'));
        const problems = [...url.issues, ...headers.issues];
        for (const i of problems)
            issues.add(i.path, i.message);
        if (problems.length > 0)
            continue;
        const bad = (0,_config_notify_js__WEBPACK_IMPORTED_MODULE_0__/* .webhookUrlProblem */ .g2)(url.value);
        if (bad) {
            issues.add(at('url'), `${bad} (after interpolation)`);
            continue;
        }
        secrets.push(url.value, ...Object.values(headers.value));
        webhooks.push({
            name,
            type: raw.type,
            url: url.value,
            headers: { ...headers.value },
            on: raw.on ?? _config_notify_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_NOTIFY_EVENTS */ .GJ,
            ...(raw.profiles ? { profiles: raw.profiles } : {}),
            timeoutMs: (raw.timeout && (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)(raw.timeout)) || _config_notify_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_NOTIFY_TIMEOUT_MS */ .Rj,
            maxReasons: raw.maxReasons ?? _config_notify_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_NOTIFY_REASONS */ .oH,
        });
    }
    issues.throwIfAny();
    return { webhooks, secrets: [...secrets, ...interp.envValues] };
}
/** The events of a run a webhook asked for (none when the run's profile is not among its profiles). */
function eventsFor(hook, events, profile) {
    if (profile !== undefined && hook.profiles && !hook.profiles.includes(profile))
        return [];
    return events.filter((e) => hook.on.includes(e));
}


/***/ }),

/***/ 4668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ks: () => (/* binding */ describeDelivery),
  Ap: () => (/* binding */ sendNotices)
});

// UNUSED EXPORTS: deliver

// EXTERNAL MODULE: ./src/adapters/http.ts
var http = __webpack_require__(93618);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(98571);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/notify/payloads.ts

/**
 * A notice as each kind of receiver takes it. Slack: `{text, blocks}` (text is the fallback for
 * notifications and clients without blocks). Teams: a message with one Adaptive Card 1.4, the
 * format of a Teams Workflows webhook ("when a Teams webhook request is received"); the older
 * Office 365 connector MessageCard is not used, as Microsoft is retiring those connectors. JSON:
 * the notice itself, for any other receiver.
 */
/** Longest reason text sent; the report has the rest. */
const MAX_REASON = 500;
/** Slack's limits: header text 150 characters, a section's text 3000. */
const SLACK_HEADER = 150;
const SLACK_SECTION = 3000;
const cut = (s, max) => (s.length > max ? `${s.slice(0, max - 1)}\u2026` : s);
/** The reasons a message lists, and how many were left out. */
function topReasons(n, max) {
    return { shown: n.reasons.slice(0, max), more: Math.max(0, n.reasons.length - max) };
}
function reasonLine(r) {
    const measured = r.observed !== undefined || r.threshold !== undefined
        ? ` (observed ${r.observed ?? '\u2014'}; threshold ${r.threshold ?? '\u2014'})`
        : '';
    return cut(`${r.blocking ? 'blocking: ' : ''}${r.message}${measured}`, MAX_REASON);
}
const SYMBOL = { good: '\u2705', warning: '\u26a0\ufe0f', bad: '\u26d4' };
/** Slack's mrkdwn treats &, < and > as markup. */
const slackText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
function facts(n) {
    const out = [];
    if (n.subject.kind === 'gate')
        out.push(['Profile', n.subject.profile]);
    else
        out.push([n.subject.kind === 'drill' ? 'Drill of' : 'Environment', n.subject.environment]);
    if (n.verdict)
        out.push(['Verdict', n.verdict]);
    if (n.score !== undefined)
        out.push(['Score', `${n.score}/5`]);
    if (n.action)
        out.push(['Action', n.action]);
    if (n.outcome)
        out.push(['Outcome', n.outcome]);
    if (n.transition)
        out.push(['Was', `${n.transition.from} (run ${n.transition.previousRun})`]);
    out.push(['Events', n.events.join(', ')]);
    if (n.sha)
        out.push(['Commit', n.sha.slice(0, 12)]);
    if (n.bundleId)
        out.push(['Bundle', n.bundleId]);
    return out;
}
function slackPayload(n, maxReasons) {
    const { shown, more } = topReasons(n, maxReasons);
    const title = `${SYMBOL[n.tone]} promotion-gate \u00b7 ${n.title}`;
    const blocks = [
        { type: 'header', text: { type: 'plain_text', text: cut(title, SLACK_HEADER), emoji: true } },
        {
            type: 'section',
            text: { type: 'mrkdwn', text: cut(slackText(n.summary), SLACK_SECTION) },
            fields: facts(n)
                .slice(0, 10)
                .map(([k, v]) => ({ type: 'mrkdwn', text: cut(`*${k}*\n${slackText(v)}`, 2000) })),
        },
    ];
    if (shown.length > 0) {
        const lines = shown.map((r) => `\u2022 ${slackText(reasonLine(r))}`);
        if (more > 0)
            lines.push(`_\u2026 ${more} more in the report_`);
        blocks.push({ type: 'section', text: { type: 'mrkdwn', text: cut(lines.join('\n'), SLACK_SECTION) } });
    }
    if (n.links.length > 0)
        blocks.push({
            type: 'context',
            elements: [
                {
                    type: 'mrkdwn',
                    text: cut(n.links.map((l) => `<${l.url}|${slackText(l.label)}>`).join(' \u00b7 '), SLACK_SECTION),
                },
            ],
        });
    return { text: `${title}: ${n.summary}`, blocks };
}
function teamsPayload(n, maxReasons) {
    const { shown, more } = topReasons(n, maxReasons);
    const color = { good: 'Good', warning: 'Warning', bad: 'Attention' }[n.tone];
    const body = [
        {
            type: 'TextBlock',
            size: 'Large',
            weight: 'Bolder',
            color,
            wrap: true,
            text: `promotion-gate \u00b7 ${n.title}`,
        },
        { type: 'TextBlock', wrap: true, text: n.summary },
        { type: 'FactSet', facts: facts(n).map(([title, value]) => ({ title, value })) },
    ];
    if (shown.length > 0) {
        body.push({ type: 'TextBlock', weight: 'Bolder', text: 'Reasons', wrap: true });
        for (const r of shown)
            body.push({ type: 'TextBlock', wrap: true, spacing: 'Small', text: `- ${reasonLine(r)}` });
        if (more > 0)
            body.push({ type: 'TextBlock', wrap: true, isSubtle: true, text: `\u2026 ${more} more in the report` });
    }
    return {
        type: 'message',
        attachments: [
            {
                contentType: 'application/vnd.microsoft.card.adaptive',
                contentUrl: null,
                content: {
                    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
                    type: 'AdaptiveCard',
                    version: '1.4',
                    body,
                    actions: n.links.map((l) => ({ type: 'Action.OpenUrl', title: l.label, url: l.url })),
                },
            },
        ],
    };
}
function jsonPayload(n, maxReasons) {
    const { shown, more } = topReasons(n, maxReasons);
    return {
        source: 'promotion-gate',
        version: version/* VERSION */.x,
        ...n,
        reasons: shown.map((r) => ({ ...r, message: cut(r.message, MAX_REASON) })),
        moreReasons: more,
    };
}
function payloadFor(type, n, maxReasons) {
    switch (type) {
        case 'slack':
            return slackPayload(n, maxReasons);
        case 'teams':
            return teamsPayload(n, maxReasons);
        case 'json':
            return jsonPayload(n, maxReasons);
    }
}

// EXTERNAL MODULE: ./src/notify/plan.ts
var plan = __webpack_require__(79194);
;// CONCATENATED MODULE: ./src/notify/send.ts






/** Bytes of a receiver's answer read, for its error text. */
const ANSWER_BYTES = 2048;
const pause = (ms, signal) => new Promise((resolve) => {
    if (signal?.aborted)
        return resolve();
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
        clearTimeout(t);
        resolve();
    }, { once: true });
});
function firstLine(text) {
    const line = text.trim().split('\n')[0] ?? '';
    return line.length > 200 ? `${line.slice(0, 199)}\u2026` : line;
}
function hostOf(location, from) {
    try {
        return new URL(location ?? '', from).host;
    }
    catch {
        return 'an unreadable location';
    }
}
/** Sends one body to one webhook. */
async function deliver(hook, events, body, deps) {
    const base = { webhook: hook.name, events };
    const text = JSON.stringify(body);
    let attempts = 0;
    for (;;) {
        attempts++;
        const again = attempts < 2 && !deps.signal?.aborted;
        try {
            const res = await deps.http.request({
                url: hook.url,
                method: 'POST',
                headers: {
                    'user-agent': `promotion-gate/${version/* VERSION */.x}`,
                    ...hook.headers,
                    'content-type': 'application/json; charset=utf-8',
                },
                body: text,
                timeoutMs: hook.timeoutMs,
                maxBodyBytes: ANSWER_BYTES,
                followRedirects: false,
                signal: deps.signal,
            });
            if (res.status >= 200 && res.status < 300)
                return { ...base, state: 'sent', status: res.status, attempts, detail: `answered ${res.status}` };
            if (res.status >= 500 && again) {
                await pause(deps.retryDelayMs ?? 1000, deps.signal);
                continue;
            }
            const detail = res.status >= 300 && res.status < 400
                ? `answered ${res.status}, a redirect to ${hostOf(res.headers.location, hook.url)}; not followed (set the URL it redirects to)`
                : `answered ${res.status}${res.body.trim() ? `: ${deps.redactor.redact(firstLine(res.body))}` : ''}`;
            return { ...base, state: 'failed', status: res.status, attempts, detail };
        }
        catch (err) {
            const kind = err instanceof http/* HttpError */.j ? err.kind : 'network';
            if ((kind === 'refused' || kind === 'reset') && again) {
                await pause(deps.retryDelayMs ?? 1000, deps.signal);
                continue;
            }
            const detail = kind === 'timeout'
                ? `no answer within ${(0,duration/* formatDuration */.a3)(hook.timeoutMs)}`
                : deps.redactor.redact((0,errors/* errorMessage */.gJ)(err));
            return { ...base, state: 'failed', attempts, detail };
        }
    }
}
/**
 * Sends `notice` to every webhook that asked for one of `events` (and watches `profile`), all at
 * once. Webhooks that asked for none of them are not called and not listed.
 */
async function sendNotices(webhooks, notice, events, deps) {
    const calls = webhooks
        .map((hook) => ({ hook, wanted: (0,plan/* eventsFor */.F)(hook, events, deps.profile) }))
        .filter((c) => c.wanted.length > 0)
        .map(({ hook, wanted }) => deliver(hook, wanted, payloadFor(hook.type, { ...notice, events: wanted }, hook.maxReasons), deps));
    return Promise.all(calls);
}
/** `slack-ops: sent (transition, hold)` / `teams: FAILED (hold): answered 500 \u2026` */
function describeDelivery(d) {
    return d.state === 'sent'
        ? `notification ${d.webhook}: sent (${d.events.join(', ')})`
        : `notification ${d.webhook}: FAILED (${d.events.join(', ')}) after ${d.attempts} attempt(s): ${d.detail}`;
}


/***/ })

};
