export const id = 1;
export const ids = [1];
export const modules = {

/***/ 83383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kl: () => (/* binding */ publicationNotes),
/* harmony export */   sK: () => (/* binding */ reportOutcomes)
/* harmony export */ });
/* unused harmony exports skippedNotice, failedWarning */
/* harmony import */ var _step_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29134);
/* harmony import */ var _github_publish_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77184);
/* harmony import */ var _app_frontEnd_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75787);



/** Options the outcomes name, spelled as a workflow sets them. */
const shown = (0,_app_frontEnd_js__WEBPACK_IMPORTED_MODULE_2__/* .forFrontEnd */ .u)('action').text;
/**
 * What publishing did, said once: a log line per sink, at most one notice for what the token
 * could not do and one warning for what failed. (The runner shows only 10 annotations of a
 * kind per step, so they must not be spent one per request.)
 */
const list = (names) => names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
function why(ctx) {
    if (ctx?.fork)
        return ` This pull request comes from the fork ${ctx.fork}, and GitHub gives such runs a read-only GITHUB_TOKEN.`;
    if (ctx?.dependabot)
        return ' Dependabot pull requests get a read-only GITHUB_TOKEN.';
    return ' Grant the job `permissions: { checks: write, pull-requests: write }`, or pass a token that may write.';
}
/** One notice for what could not be written with this token (or without one), or undefined. */
function skippedNotice(outcomes, ctx, artifactName) {
    const denied = outcomes.filter((o) => o.state === 'skipped' && (o.reason === 'read-only' || o.reason === 'no-token'));
    if (denied.length === 0)
        return undefined;
    const what = list(denied.map((o) => `the ${o.sink}`));
    const cause = denied[0].reason === 'no-token'
        ? denied[0].detail
        : `the token cannot write to ${ctx?.owner}/${ctx?.repo} (${denied[0].detail}).${why(ctx)}`;
    const kept = [
        'the job summary',
        'the outputs',
        artifactName ? `the evidence artifact ${artifactName}` : '',
    ].filter(Boolean);
    const fix = ctx?.fork || ctx?.dependabot
        ? ' To publish on the pull request, run `command: publish` in a `workflow_run` workflow (see the README).'
        : '';
    return `Skipped ${what}: ${cause} Still written: ${list(kept)}.${fix}`;
}
/** One warning naming every sink that failed, or undefined. */
function failedWarning(outcomes) {
    const failed = outcomes.filter((o) => o.state === 'failed' || (o.state === 'skipped' && o.reason === 'unavailable'));
    if (failed.length === 0)
        return undefined;
    return `Could not publish ${list(failed.map((o) => `the ${o.sink}`))}: ${failed.map((o) => `${o.sink}: ${o.detail}`).join('; ')}. The verdict, report files and exit code are not affected.`;
}
/** Lines for the job summary: what was not published and why. */
function publicationNotes(outcomes, ctx) {
    const notes = [];
    const notice = skippedNotice(outcomes, ctx);
    if (notice)
        notes.push(notice);
    const warning = failedWarning(outcomes);
    if (warning)
        notes.push(warning);
    return notes.map(shown);
}
function reportOutcomes(pub, ctx, o) {
    for (const x of pub.outcomes)
        _step_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(shown((0,_github_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .describeOutcome */ .S)(x)));
    const notice = skippedNotice(pub.outcomes, ctx, o.artifactName);
    if (notice)
        _step_js__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(shown(notice), { title: 'promotion-gate: publishing skipped' });
    const warning = failedWarning(pub.outcomes);
    if (warning)
        _step_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(shown(warning), { title: 'promotion-gate: publishing failed' });
}


/***/ }),

/***/ 74001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPublishCommand: () => (/* binding */ runPublishCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _step_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29134);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19556);
/* harmony import */ var _app_publish_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(23237);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(81729);
/* harmony import */ var _notices_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83383);
/* harmony import */ var _publishing_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(17385);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(74296);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4473);









/**
 * `command: publish` — in a `workflow_run` workflow, publishes the evidence artifacts of the run
 * that triggered it (a fork's pull request, whose token was read-only) with this run's token.
 * Exit 0 when everything was published, 1 when something could not be.
 */
async function runPublishCommand(workspace, signal) {
    const s = { token: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .input */ .h)('token'), apiTimeoutMs: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .input */ .h)('apiTimeout'), apiRetries: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .input */ .h)('apiRetries') };
    const checkRun = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .input */ .h)('checkRun');
    const checkRunName = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .input */ .h)('checkRunName');
    const conclusionMap = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .input */ .h)('checkRunConclusions');
    const mode = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .input */ .h)('comment');
    const when = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .input */ .h)('commentWhen');
    const author = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .input */ .h)('commentAuthor');
    const reportDir = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .input */ .h)('reportDir');
    const runId = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .input */ .h)('runId');
    const workingDirectory = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .input */ .h)('workingDirectory') ?? '.';
    const maxAnnotations = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .input */ .h)('maxAnnotations');
    const ctx = await (0,_github_context_js__WEBPACK_IMPORTED_MODULE_2__/* .loadGitHubContext */ .r)(process.env);
    const { api, noApi } = await (0,_publishing_js__WEBPACK_IMPORTED_MODULE_6__/* .githubApi */ .Mc)(s, ctx, signal);
    if (!api || !ctx)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(`command publish: ${noApi}`);
    const results = await (0,_app_publish_js__WEBPACK_IMPORTED_MODULE_3__/* .runPublish */ .j)({
        api,
        token: s.token,
        ctx,
        owner: ctx.owner,
        repo: ctx.repo,
        dirs: reportDir ? [node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(workspace, reportDir)] : [],
        runId,
        artifactName: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .input */ .h)('artifactName'),
        pullNumber: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .input */ .h)('prNumber'),
        tempRoot: (0,_core_runner_js__WEBPACK_IMPORTED_MODULE_8__/* .readRunner */ .f)(process.env).tempDir,
        log: (0,_publishing_js__WEBPACK_IMPORTED_MODULE_6__/* .actionLog */ .Zx)(),
        settings: (report) => ({
            checkRun,
            checkRunName: checkRunName || `promotion-gate (${report.profile})`,
            conclusions: conclusionMap,
            comment: mode,
            commentWhen: when,
            commentAuthor: author,
            paths: { workingDirectory, max: maxAnnotations },
        }),
    });
    for (const r of results) {
        if (r.error) {
            _step_js__WEBPACK_IMPORTED_MODULE_1__/* .error */ .z3(r.error, { title: 'promotion-gate: not published' });
            continue;
        }
        const pub = r.publication;
        _step_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`${r.source}: ${r.report.verdict} ${r.report.profile}, bundle ${r.report.bundle?.id}`);
        (0,_notices_js__WEBPACK_IMPORTED_MODULE_5__/* .reportOutcomes */ .sK)(pub, ctx, {});
        await (0,_publishing_js__WEBPACK_IMPORTED_MODULE_6__/* .writeSummary */ .Sy)(r.report, pub.links, []);
    }
    const first = results.find((r) => r.publication);
    if (first?.publication?.checkRun) {
        _step_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('check-run-id', String(first.publication.checkRun.id));
        _step_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('check-run-url', first.publication.checkRun.url);
    }
    if (first?.publication?.comment)
        _step_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('comment-url', first.publication.comment.url);
    if (first?.report) {
        _step_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('verdict', first.report.verdict);
        _step_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('bundle-id', first.report.bundle?.id ?? '');
    }
    return (0,_app_publish_js__WEBPACK_IMPORTED_MODULE_3__/* .publishExitCode */ .N)(results);
}


/***/ }),

/***/ 17385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DJ: () => (/* binding */ readPublishSettings),
/* harmony export */   Mc: () => (/* binding */ githubApi),
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   Zx: () => (/* binding */ actionLog),
/* harmony export */   oW: () => (/* binding */ ActionPublishing)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _step_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29134);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _github_artifact_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49721);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(96584);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(19556);
/* harmony import */ var _github_publish_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(77184);
/* harmony import */ var _github_render_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(19983);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(311);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(81729);
/* harmony import */ var _notices_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(83383);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(4473);













/** Room left in the 1 MiB job summary for what other steps of the job append. */
const SUMMARY_BYTES = _github_render_js__WEBPACK_IMPORTED_MODULE_8__/* .LIMITS */ .b1.jobSummaryBytes - 16 * 1024;
/** The publishing inputs of action.yml; a bad value stops the action before anything runs. */
function readPublishSettings(profile, workspace, cwd) {
    return {
        token: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .input */ .h)('token'),
        checkRun: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .input */ .h)('checkRun'),
        checkRunName: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .input */ .h)('checkRunName') ?? `promotion-gate (${profile})`,
        conclusions: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .input */ .h)('checkRunConclusions'),
        comment: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .input */ .h)('comment'),
        commentWhen: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .input */ .h)('commentWhen'),
        commentAuthor: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .input */ .h)('commentAuthor'),
        artifact: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .input */ .h)('artifact'),
        artifactName: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .input */ .h)('artifactName'),
        retentionDays: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .input */ .h)('retentionDays'),
        pullNumber: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .input */ .h)('prNumber'),
        apiTimeoutMs: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .input */ .h)('apiTimeout'),
        apiRetries: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .input */ .h)('apiRetries'),
        paths: {
            workspace,
            workingDirectory: node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workspace, cwd) || '.',
            max: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .input */ .h)('maxAnnotations'),
        },
    };
}
/** Publishing's own log lines; its warnings are summed up in one annotation, not one per request. */
function actionLog() {
    return {
        info: (m) => _step_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(m),
        warn: (m) => _step_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`warning: ${m}`),
        debug: (m) => _step_js__WEBPACK_IMPORTED_MODULE_2__/* .debug */ .Yz(m),
    };
}
async function githubApi(s, ctx, signal) {
    if (!ctx)
        return { noApi: 'not in a GitHub repository (GITHUB_REPOSITORY is not set)' };
    if (!s.token)
        return { noApi: 'no token (input token is empty)' };
    _step_js__WEBPACK_IMPORTED_MODULE_2__/* .setSecret */ .Pq(s.token);
    const api = await (0,_github_client_js__WEBPACK_IMPORTED_MODULE_5__/* .createGitHubClient */ .L)({
        token: s.token,
        apiUrl: ctx.apiUrl,
        timeoutMs: s.apiTimeoutMs,
        retries: s.apiRetries,
        userAgent: `promotion-gate/${_version_js__WEBPACK_IMPORTED_MODULE_11__/* .VERSION */ .x}`,
        log: actionLog(),
        signal,
    });
    return { api };
}
/** Publishing for one gate run in the action: started with the gate, finished after it. */
class ActionPublishing {
    s;
    ctx;
    publisher;
    profile;
    constructor(s, ctx, publisher, profile) {
        this.s = s;
        this.ctx = ctx;
        this.publisher = publisher;
        this.profile = profile;
    }
    /**
     * The client is not tied to the stop signal: a cancelled gate must still complete its check
     * run as cancelled (a second signal ends the process at once).
     */
    static async start(s, profile) {
        const ctx = await (0,_github_context_js__WEBPACK_IMPORTED_MODULE_6__/* .loadGitHubContext */ .r)(process.env);
        const { api, noApi } = await githubApi(s, ctx);
        const target = {
            owner: ctx?.owner ?? '',
            repo: ctx?.repo ?? '',
            headSha: ctx?.headSha,
            pullNumber: s.pullNumber ?? ctx?.pullNumber,
            runUrl: ctx?.runUrl,
            serverUrl: ctx?.serverUrl ?? 'https://github.com',
        };
        const publisher = new _github_publish_js__WEBPACK_IMPORTED_MODULE_7__/* .Publisher */ .v({ api, noApi, target, settings: s, log: actionLog() });
        const key = [
            ctx?.runId ?? 'local',
            ctx?.runAttempt ?? 1,
            ctx?.job ?? 'job',
            profile,
            (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex'),
        ];
        publisher.begin(key.join('.'));
        return new ActionPublishing(s, ctx, publisher, profile);
    }
    /** After the gate: artifact, check run, comment, then job summary and outputs — whatever GitHub does. */
    async finish(report, outDir, cancelled) {
        try {
            return await this.publishAll(report, outDir, cancelled);
        }
        catch (err) {
            // Publishing must never turn a decided gate into an internal error.
            _step_js__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e(`promotion-gate: publishing failed: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`);
            return undefined;
        }
    }
    async publishAll(report, outDir, cancelled) {
        const pub = await this.publisher.finish(report, outDir, {
            cancelled,
            uploadArtifact: () => this.uploadArtifact(outDir),
        });
        if (pub.artifact) {
            _step_js__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH('artifact-id', String(pub.artifact.id));
            _step_js__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH('artifact-url', pub.artifact.url);
        }
        if (pub.checkRun) {
            _step_js__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH('check-run-id', String(pub.checkRun.id));
            _step_js__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH('check-run-url', pub.checkRun.url);
        }
        if (pub.comment)
            _step_js__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH('comment-url', pub.comment.url);
        await writeSummary(report, pub.links, (0,_notices_js__WEBPACK_IMPORTED_MODULE_10__/* .publicationNotes */ .Kl)(pub.outcomes, this.ctx));
        (0,_notices_js__WEBPACK_IMPORTED_MODULE_10__/* .reportOutcomes */ .sK)(pub, this.ctx, { artifactName: pub.artifact?.name });
        return pub;
    }
    /** The gate failed before deciding: the started check run must not stay "in progress". */
    async fail(err) {
        const config = err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL;
        const title = config ? 'Invalid configuration' : 'promotion-gate could not run';
        const annotations = config
            ? err.issues
                .filter((i) => i.file && i.line)
                .map((i) => ({
                // Config files are named relative to the workspace, as annotations need.
                path: i.file,
                start_line: i.line,
                end_line: i.line,
                annotation_level: 'failure',
                title: 'promotion-gate: invalid configuration',
                message: `${i.path ? `${i.path}: ` : ''}${i.message}`,
            }))
            : [];
        const summary = `### ⛔ ${title} — ${this.profile}\n\n\`\`\`\n${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err).slice(0, 60_000)}\n\`\`\`\n`;
        const pub = await this.publisher.fail(title, summary, annotations);
        for (const o of pub.outcomes)
            if (o.state === 'failed')
                _step_js__WEBPACK_IMPORTED_MODULE_2__/* .debug */ .Yz(`${o.sink}: ${o.detail}`);
    }
    async uploadArtifact(outDir) {
        if (!this.s.artifact)
            return 'off (artifact: false)';
        const why = (0,_github_artifact_js__WEBPACK_IMPORTED_MODULE_4__/* .artifactUnavailable */ .Nf)(process.env);
        if (why)
            return why;
        const name = this.s.artifactName ?? (0,_github_artifact_js__WEBPACK_IMPORTED_MODULE_4__/* .artifactName */ .Cs)(this.profile, this.ctx?.runAttempt ?? 1);
        const r = await (0,_github_artifact_js__WEBPACK_IMPORTED_MODULE_4__/* .uploadBundle */ .sd)(outDir, name, this.s.retentionDays);
        const ctx = this.ctx;
        const url = ctx?.runId ? (0,_github_artifact_js__WEBPACK_IMPORTED_MODULE_4__/* .artifactUrl */ .Wk)(ctx.serverUrl, ctx.owner, ctx.repo, ctx.runId, r.id) : '';
        return { id: r.id, name, url };
    }
}
async function writeSummary(report, links, notes) {
    if (!(0,_core_runner_js__WEBPACK_IMPORTED_MODULE_12__/* .readRunner */ .f)(process.env).stepSummary)
        return;
    try {
        await _step_js__WEBPACK_IMPORTED_MODULE_2__/* .appendSummary */ .fe((0,_github_render_js__WEBPACK_IMPORTED_MODULE_8__/* .jobSummary */ .sp)(report, links, notes, SUMMARY_BYTES));
    }
    catch (err) {
        _step_js__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e(`promotion-gate: the job summary could not be written: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`);
    }
}


/***/ }),

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
 * Publishes the bundle of a gate that ran elsewhere — typically a fork's pull request, whose
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
    const check = await (0,verify/* verifyBundle */.I)(dir);
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
 * The open pull request a workflow run belongs to. GitHub lists it on the run — except for
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


/***/ })

};
