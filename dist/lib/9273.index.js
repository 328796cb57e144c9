export const id = 9273;
export const ids = [9273];
export const modules = {

/***/ 23237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ publishExitCode),
  j: () => (/* binding */ runPublish)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/optionRef.ts
var optionRef = __webpack_require__(44157);
// EXTERNAL MODULE: ./src/github/artifact.ts
var artifact = __webpack_require__(49721);
// EXTERNAL MODULE: ./src/github/publish.ts
var publish = __webpack_require__(77184);
// EXTERNAL MODULE: ./src/bundle/manifest.ts
var manifest = __webpack_require__(9075);
// EXTERNAL MODULE: ./src/bundle/verify.ts
var verify = __webpack_require__(10907);
;// CONCATENATED MODULE: ./src/github/publishBundle.ts




/**
 * Publishes the bundle of a gate that ran elsewhere \u2014 typically a fork's pull request, whose
 * read-only token could not: a `workflow_run` workflow downloads its evidence artifact and
 * publishes it with a token that can write. The bundle is verified first; the commit and pull
 * request come from the caller (the workflow_run event), never from the report, which the fork
 * controls.
 */
class BundleError extends Error {
    constructor(message) {
        super(message);
        this.name = 'BundleError';
    }
}
async function readVerifiedReport(dir) {
    const check = await (0,verify.verifyBundle)(dir);
    if (!check.ok) {
        const list = check.problems.slice(0, 5).map((p) => `  ${p.kind} ${p.path}: ${p.detail}`);
        throw new BundleError(`${dir}: the evidence bundle does not verify (${check.problems.length} problem(s)); not published\n${list.join('\n')}`);
    }
    const report = JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(dir, manifest/* REPORT_JSON */.oA), 'utf8'));
    if (report.schemaVersion !== 1 || typeof report.profile !== 'string' || !report.bundle)
        throw new BundleError(`${dir}: ${manifest/* REPORT_JSON */.oA} is not a promotion-gate report (schemaVersion 1)`);
    return report;
}

;// CONCATENATED MODULE: ./src/github/pulls.ts
/**
 * The open pull request a workflow run belongs to. GitHub lists it on the run \u2014 except for
 * pull requests from forks, where `pull_requests` is empty: those are found by the head
 * repository's owner and branch, and must have the run's head SHA.
 */
async function pullForRun(api, owner, repo, run) {
    if (run.pullNumbers.length > 0)
        return run.pullNumbers[0];
    const headOwner = run.headRepository?.split('/')[0];
    if (!headOwner || !run.headBranch)
        return undefined;
    const pulls = await api.paginate(api.rest.pulls.list, {
        owner,
        repo,
        state: 'open',
        head: `${headOwner}:${run.headBranch}`,
        per_page: 100,
    });
    return pulls.find((p) => p.head.sha === run.headSha)?.number;
}

;// CONCATENATED MODULE: ./src/app/publish.ts









async function runPublish(o) {
    const wr = o.ctx?.workflowRun;
    const runId = o.runId ?? (o.dirs.length === 0 ? wr?.id : undefined);
    const sources = [];
    if (o.dirs.length > 0) {
        for (const d of o.dirs)
            sources.push({ source: d, dir: Promise.resolve(d) });
    }
    else {
        if (!runId)
            throw new errors/* UsageError */.eb(`publish: give report directories, or ${(0,optionRef/* optionRef */.$j)('run-id')} (or run it on a workflow_run event)`);
        const found = await (0,artifact/* findEvidenceArtifacts */.YM)(o.api, {
            owner: o.owner,
            repo: o.repo,
            runId,
            attempt: wr?.id === runId ? wr.attempt : undefined,
            name: o.artifactName,
        });
        if (found.length === 0) {
            const what = o.artifactName ? `artifact ${o.artifactName}` : 'promotion-gate evidence artifacts';
            return [{ source: `run ${runId}`, error: `no ${what} in run ${runId} of ${o.owner}/${o.repo}` }];
        }
        const root = await (0,promises_.mkdtemp)(external_node_path_default().join(o.tempRoot ?? external_node_os_default().tmpdir(), 'promotion-gate-publish-'));
        for (const a of found) {
            const url = (0,artifact/* artifactUrl */.Wk)(o.ctx?.serverUrl ?? 'https://github.com', o.owner, o.repo, runId, a.id);
            sources.push({
                source: `artifact ${a.name} of run ${runId}`,
                artifact: { id: a.id, name: a.name, url },
                dir: (0,artifact/* downloadArtifact */.bk)({ owner: o.owner, repo: o.repo, runId, artifact: a, token: o.token }, external_node_path_default().join(root, String(a.id))),
            });
        }
    }
    // The pull request of a workflow_run is GitHub's (or found by the fork's branch), never the report's.
    const fromRun = wr && (runId === undefined || runId === wr.id);
    const pullNumber = o.pullNumber ?? (fromRun ? await pullForRun(o.api, o.owner, o.repo, wr) : o.ctx?.pullNumber);
    const out = [];
    for (const s of sources) {
        try {
            const dir = await s.dir;
            const report = await readVerifiedReport(dir);
            const target = {
                owner: o.owner,
                repo: o.repo,
                headSha: o.sha ?? (fromRun ? wr.headSha : (o.ctx?.headSha ?? report.git.sha)),
                pullNumber,
                runUrl: fromRun ? wr.htmlUrl : report.run?.url,
                serverUrl: o.ctx?.serverUrl ?? 'https://github.com',
            };
            const publisher = new publish/* Publisher */.v({ api: o.api, target, settings: o.settings(report), log: o.log });
            const publication = await publisher.finish(report, dir, {
                reuseCompleted: true,
                existingArtifact: s.artifact,
            });
            out.push({ source: s.source, report, publication });
        }
        catch (err) {
            if (err instanceof errors/* UsageError */.eb)
                throw err;
            out.push({
                source: s.source,
                error: err instanceof BundleError ? err.message : `${s.source}: ${(0,errors/* errorMessage */.gJ)(err)}`,
            });
        }
    }
    return out;
}
/** 0 when everything asked was published (or had nothing to do), 1 otherwise. */
function publishExitCode(results) {
    const bad = results.some((r) => r.error ||
        r.publication?.outcomes.some((x) => x.state === 'failed' ||
            (x.state === 'skipped' && ['read-only', 'no-token', 'unavailable'].includes(x.reason ?? ''))));
    return bad ? 1 : 0;
}


/***/ }),

/***/ 82329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ runWatch)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/adapters/http.ts
var http = __webpack_require__(93618);
// EXTERNAL MODULE: ./src/adapters/logger.ts
var adapters_logger = __webpack_require__(74810);
// EXTERNAL MODULE: ./src/config/load.ts + 4 modules
var load = __webpack_require__(52008);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/redact.ts + 3 modules
var redact = __webpack_require__(8670);
// EXTERNAL MODULE: ./src/core/runner.ts
var runner = __webpack_require__(4473);
// EXTERNAL MODULE: ./src/notify/message.ts
var message = __webpack_require__(58478);
// EXTERNAL MODULE: ./src/notify/plan.ts
var notify_plan = __webpack_require__(79194);
// EXTERNAL MODULE: ./src/notify/send.ts + 1 modules
var send = __webpack_require__(4668);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/app/gate.ts + 12 modules
var app_gate = __webpack_require__(16480);
// EXTERNAL MODULE: ./src/github/errors.ts
var github_errors = __webpack_require__(73116);
// EXTERNAL MODULE: ./src/github/issues.ts
var issues = __webpack_require__(65039);
// EXTERNAL MODULE: ./src/notify/markdown.ts
var markdown = __webpack_require__(84536);
;// CONCATENATED MODULE: ./src/app/watchIssues.ts




/** One GitHub step on its own: a refusal or an outage becomes its outcome, never an exception. */
async function step(what, issues, fn) {
    if ('skipped' in issues)
        return { what, state: 'skipped', detail: issues.skipped };
    try {
        const r = await fn(issues);
        return { what, state: 'done', detail: r.detail, ...(r.issue ? { issue: r.issue } : {}) };
    }
    catch (err) {
        const f = (0,github_errors/* classifyApiError */.bl)(err);
        if (f.kind === 'forbidden')
            return {
                what,
                state: 'skipped',
                detail: `the token may not write issues (${(0,github_errors/* describeApiFailure */.ge)(f)}); grant the job permissions: issues: write`,
            };
        return { what, state: 'failed', detail: (0,github_errors/* describeApiFailure */.ge)(f) };
    }
}
async function syncIssues(sink, 
/** Without history every run would open a new tracker with a new deadline: none is kept then. */
withHistory, gate, links, runKey) {
    const report = gate.report;
    const transition = gate.history?.transition;
    const profile = report.profile;
    const out = [];
    if (transition && transition.to.verdict !== transition.from.verdict) {
        const body = (0,markdown/* noticeMarkdown */.O)((0,message/* gateNotice */.C$)(report, transition, links));
        out.push(await step('incident', sink, (d) => transition.to.verdict === 'hold'
            ? (0,issues/* raiseIncident */.$n)(d, {
                key: `incident:${profile}`,
                title: `promotion-gate: ${profile} holds (score ${report.score}/5)`,
                body,
                runKey,
            })
            : (0,issues/* resolveIncident */.pw)(d, { key: `incident:${profile}`, body, runKey })));
    }
    const hotfix = report.hotfix;
    if (hotfix && withHistory) {
        const key = `hotfix:${profile}`;
        out.push(await step('hotfix issue', sink, (d) => hotfix.state === 'open'
            ? (0,issues/* raiseIssue */.o4)(d, {
                key,
                title: `promotion-gate: hotfix required for ${profile}${hotfix.deadline ? ` by ${hotfix.deadline.slice(0, 16).replace('T', ' ')} UTC` : ''}`,
                body: (0,markdown/* hotfixMarkdown */.K)(profile, hotfix, gate.plan.policy.autoPromoteAt),
                runKey,
                whenOpen: 'edit',
            })
            : (0,issues/* resolveIssue */.oy)(d, {
                key,
                body: `\u2705 Hotfix done: ${profile} scored ${report.score}/5 (${report.action}).\n\n${links.map((l) => `[${l.label}](${l.url})`).join(' \u00b7 ')}\n`,
                runKey,
            })));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/app/watch.ts














const OUTPUT_ROOT = ['.promotion-gate'];
function watchDirOf(opts) {
    if (opts.watchDir)
        return external_node_path_default().resolve(opts.cwd, opts.watchDir);
    if (opts.outDir)
        return `${external_node_path_default().resolve(opts.cwd, opts.outDir)}-watch`;
    return external_node_path_default().resolve(opts.cwd, ...OUTPUT_ROOT, `${opts.profile}-watch`);
}
/** Resolves after `ms`, or at once when the signal stops the watch. */
function sleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal?.aborted)
            return resolve();
        const t = setTimeout(done, ms);
        function done() {
            clearTimeout(t);
            signal?.removeEventListener('abort', done);
            resolve();
        }
        signal?.addEventListener('abort', done, { once: true });
    });
}
async function runWatch(opts, loaded) {
    const config = loaded ??
        (await (0,load.loadConfigFile)(opts.configPath, external_node_path_default().relative(opts.cwd, opts.configPath) || opts.configPath));
    // Every run of one workflow run is recorded under its id: runs of a loop there could not be told
    // apart, nor compared with each other.
    if (opts.everyMs && (0,runner/* readRunner */.f)(opts.env).runId)
        throw new errors/* UsageError */.eb('--every in a GitHub Actions job: schedule the workflow (on: schedule) and watch once per run instead');
    // Planned below with each problem at its line: the full reading of the config says where.
    await (0,load.loadFullReading)();
    // Planned before anything runs: an unset ${{ env.WEBHOOK }} stops the watch as a config error.
    const plan = (0,notify_plan/* planNotify */.t)(config, { env: opts.env, inputs: opts.inputs });
    const redactor = new redact/* Redactor */.pO();
    for (const s of plan.secrets) {
        redactor.add(s);
        opts.logger.mask(s);
    }
    const logger = (0,adapters_logger/* redactingLogger */.S)(opts.logger, redactor);
    const gateOpts = { ...opts, secrets: [...(opts.secrets ?? []), ...plan.secrets] };
    const limit = opts.times ?? (opts.everyMs ? Infinity : 1);
    const runs = [];
    for (let iteration = 1; iteration <= limit; iteration++) {
        const gate = await (0,app_gate/* runGate */.R)(gateOpts, config);
        const run = await afterGate(opts, plan, gate, iteration, logger, redactor);
        runs.push(run);
        await opts.onRun?.(run);
        if (opts.signal?.aborted || !opts.everyMs || iteration >= limit)
            break;
        await sleep(opts.everyMs, opts.signal);
        if (opts.signal?.aborted)
            break;
    }
    return runs;
}
/** Issues, webhooks and watch.json for one gate run. */
async function afterGate(opts, plan, gate, iteration, logger, redactor) {
    const report = gate.report;
    const notes = [];
    const transition = gate.history?.transition;
    if (!opts.history)
        notes.push('history is off: transitions cannot be detected, so no incident is opened or closed');
    else if (gate.history && gate.history.problems.length > 0)
        notes.push(`history could not be read or written in full (${gate.history.problems[0]}): a transition may be missed`);
    if (transition)
        logger.info(`transition: ${transition.from.verdict}/${transition.from.action} \u2192 ${transition.to.verdict}/${transition.to.action} (since run ${transition.from.runId})`);
    const stopped = opts.signal?.aborted === true;
    if (stopped)
        notes.push('the run was stopped: no issue or webhook was told about it');
    // Published even when stopped: the action completes its check run as cancelled.
    const links = await linksOf(opts, gate, logger);
    const runKey = (0,runner/* readRunner */.f)(opts.env).runId ?? gate.history?.runId ?? report.finishedAt;
    const issues = stopped
        ? []
        : await syncIssues(opts.issues, opts.history !== undefined, gate, links, runKey);
    for (const step of issues) {
        if (step.state === 'done')
            logger.info(`${step.what}: ${step.detail}`);
        else {
            notes.push(`${step.what} ${step.state}: ${step.detail}`);
            logger.warn(`${step.what} ${step.state}: ${step.detail}`);
        }
    }
    const incident = issues.find((s) => s.what === 'incident' && s.issue);
    const shown = incident?.issue
        ? [...links, { label: `Incident #${incident.issue.number}`, url: incident.issue.url }]
        : links;
    let notifications = [];
    const events = (0,message/* gateEvents */.X2)(report, transition);
    if (!stopped && events.length > 0 && plan.webhooks.length > 0) {
        if (opts.notify === false)
            notes.push(`webhooks not called (notify off): ${events.join(', ')}`);
        else {
            notifications = await (0,send/* sendNotices */.Ap)(plan.webhooks, (0,message/* gateNotice */.C$)(report, transition, shown), events, {
                http: (0,http/* createHttpClient */.u)(`promotion-gate/${version/* VERSION */.x}`),
                redactor,
                signal: opts.signal,
                profile: report.profile,
                retryDelayMs: opts.retryDelayMs,
            });
            for (const d of notifications) {
                if (d.state === 'sent')
                    logger.info((0,send/* describeDelivery */.Ks)(d));
                else {
                    notes.push((0,send/* describeDelivery */.Ks)(d));
                    logger.warn(`${(0,send/* describeDelivery */.Ks)(d)} (the verdict and exit code are not affected)`);
                }
            }
        }
    }
    for (const n of notes.filter((x) => x.startsWith('history')))
        logger.warn(n);
    const dir = watchDirOf(opts);
    const file = external_node_path_default().join(dir, 'watch.json');
    const record = redactor.redactDeep({
        schemaVersion: 1,
        profile: report.profile,
        iteration,
        runId: gate.history?.runId,
        verdict: report.verdict,
        action: report.action,
        score: report.score,
        bundleId: report.bundle?.id,
        reportDir: gate.outDir,
        finishedAt: report.finishedAt,
        transition: transition ?? null,
        issues,
        notifications,
        notes,
    });
    try {
        await (0,promises_.mkdir)(dir, { recursive: true });
        await (0,promises_.writeFile)(file, `${JSON.stringify(record, null, 2)}\n`);
    }
    catch (err) {
        const why = `cannot write ${file}: ${(0,errors/* errorMessage */.gJ)(err)}`;
        notes.push(why);
        logger.warn(why);
    }
    return { iteration, gate, ...(transition ? { transition } : {}), issues, notifications, notes, file };
}
async function linksOf(opts, gate, logger) {
    if (opts.published) {
        try {
            return await opts.published(gate);
        }
        catch (err) {
            logger.warn(`publishing failed: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
    }
    const url = gate.report.run?.url;
    return url ? [{ label: 'Workflow run', url }] : [];
}


/***/ }),

/***/ 31654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   benchmarkChecks: () => (/* reexport safe */ _app_drift_js__WEBPACK_IMPORTED_MODULE_5__.pO),
/* harmony export */   buildReview: () => (/* reexport safe */ _app_review_js__WEBPACK_IMPORTED_MODULE_9__.B),
/* harmony export */   configJsonSchema: () => (/* reexport safe */ _config_schema_js__WEBPACK_IMPORTED_MODULE_15__.Mk),
/* harmony export */   createExec: () => (/* reexport safe */ _adapters_exec_js__WEBPACK_IMPORTED_MODULE_0__.k),
/* harmony export */   createGitHubClient: () => (/* reexport safe */ _github_client_js__WEBPACK_IMPORTED_MODULE_16__.L),
/* harmony export */   createHistoryStore: () => (/* reexport safe */ _history_select_js__WEBPACK_IMPORTED_MODULE_19__.Wq),
/* harmony export */   createHttpClient: () => (/* reexport safe */ _adapters_http_js__WEBPACK_IMPORTED_MODULE_1__.u),
/* harmony export */   describeOutcome: () => (/* reexport safe */ _github_publish_js__WEBPACK_IMPORTED_MODULE_18__.S),
/* harmony export */   exists: () => (/* reexport safe */ _bundle_seal_js__WEBPACK_IMPORTED_MODULE_12__.t2),
/* harmony export */   loadConfigFile: () => (/* reexport safe */ _config_load_js__WEBPACK_IMPORTED_MODULE_13__.loadConfigFile),
/* harmony export */   loadDriftRules: () => (/* reexport safe */ _app_reviewFiles_js__WEBPACK_IMPORTED_MODULE_10__.Ti),
/* harmony export */   loadGitHubContext: () => (/* reexport safe */ _github_context_js__WEBPACK_IMPORTED_MODULE_17__.r),
/* harmony export */   parseHistorySpec: () => (/* reexport safe */ _history_select_js__WEBPACK_IMPORTED_MODULE_19__.rQ),
/* harmony export */   placed: () => (/* reexport safe */ _config_load_js__WEBPACK_IMPORTED_MODULE_13__.placed),
/* harmony export */   planGate: () => (/* reexport safe */ _config_plan_js__WEBPACK_IMPORTED_MODULE_14__.planGate),
/* harmony export */   publishExitCode: () => (/* reexport safe */ _app_publish_js__WEBPACK_IMPORTED_MODULE_8__.N),
/* harmony export */   reviewWindow: () => (/* reexport safe */ _app_review_js__WEBPACK_IMPORTED_MODULE_9__.F),
/* harmony export */   runAggregate: () => (/* reexport safe */ _app_aggregate_js__WEBPACK_IMPORTED_MODULE_2__.N),
/* harmony export */   runDeploy: () => (/* reexport safe */ _app_deploy_js__WEBPACK_IMPORTED_MODULE_3__.zt),
/* harmony export */   runDrift: () => (/* reexport safe */ _app_drift_js__WEBPACK_IMPORTED_MODULE_5__.le),
/* harmony export */   runDrill: () => (/* reexport safe */ _app_drill_js__WEBPACK_IMPORTED_MODULE_4__.B),
/* harmony export */   runGate: () => (/* reexport safe */ _app_gate_js__WEBPACK_IMPORTED_MODULE_6__.R),
/* harmony export */   runMonitor: () => (/* reexport safe */ _app_monitor_js__WEBPACK_IMPORTED_MODULE_7__.aU),
/* harmony export */   runPublish: () => (/* reexport safe */ _app_publish_js__WEBPACK_IMPORTED_MODULE_8__.j),
/* harmony export */   runWatch: () => (/* reexport safe */ _app_watch_js__WEBPACK_IMPORTED_MODULE_11__.p),
/* harmony export */   transitionsIn: () => (/* reexport safe */ _history_transitions_js__WEBPACK_IMPORTED_MODULE_20__.Wy),
/* harmony export */   writeReview: () => (/* reexport safe */ _app_reviewFiles_js__WEBPACK_IMPORTED_MODULE_10__.OC)
/* harmony export */ });
/* harmony import */ var _adapters_exec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77911);
/* harmony import */ var _adapters_http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93618);
/* harmony import */ var _app_aggregate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54468);
/* harmony import */ var _app_deploy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88643);
/* harmony import */ var _app_drill_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(96314);
/* harmony import */ var _app_drift_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(72904);
/* harmony import */ var _app_gate_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(16480);
/* harmony import */ var _app_monitor_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(71452);
/* harmony import */ var _app_publish_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(23237);
/* harmony import */ var _app_review_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(81563);
/* harmony import */ var _app_reviewFiles_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(61382);
/* harmony import */ var _app_watch_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(82329);
/* harmony import */ var _bundle_seal_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(3167);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(52008);
/* harmony import */ var _config_plan_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(72916);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(90131);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(96584);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(19556);
/* harmony import */ var _github_publish_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(77184);
/* harmony import */ var _history_select_js__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(72024);
/* harmony import */ var _history_transitions_js__WEBPACK_IMPORTED_MODULE_20__ = __webpack_require__(59192);
/**
 * What the CLI's commands run, imported by each command's action (`await import('./commands.js')`),
 * never when the CLI starts: `--version`, `--help` and `verify` evaluate none of it. One module
 * rather than an import per use case, so the code the commands share is bundled once. `init` loads
 * its own module: what it reads a repository with is no other command's.
 */























/***/ })

};
