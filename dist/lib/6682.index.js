export const id = 6682;
export const ids = [6682];
export const modules = {

/***/ 49721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ artifactName),
/* harmony export */   Nf: () => (/* binding */ artifactUnavailable),
/* harmony export */   Wk: () => (/* binding */ artifactUrl),
/* harmony export */   YM: () => (/* binding */ findEvidenceArtifacts),
/* harmony export */   Zn: () => (/* binding */ uploadFiles),
/* harmony export */   bk: () => (/* binding */ downloadArtifact),
/* harmony export */   sd: () => (/* binding */ uploadBundle)
/* harmony export */ });
/* unused harmony export parseArtifactName */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _bundle_seal_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3167);
/* harmony import */ var _bundle_verify_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10907);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4473);





/**
 * The evidence bundle as a workflow artifact. @actions/artifact and the Azure SDK it brings are
 * loaded only when an artifact is uploaded or downloaded: most of the bundle's start-up cost.
 */
/** Characters @actions/artifact refuses in a name. */
const BAD_NAME_CHARS = /["':<>|*?\\/\r\n]/g;
const NAME_PATTERN = /^promotion-gate-(.+)-attempt-(\d+)$/;
/** Unique per profile and run attempt (artifact names must be unique within a workflow run). */
function artifactName(profile, attempt) {
    return `promotion-gate-${profile.replace(BAD_NAME_CHARS, '_')}-attempt-${attempt}`;
}
function parseArtifactName(name) {
    const m = NAME_PATTERN.exec(name);
    return m ? { profile: m[1], attempt: Number(m[2]) } : undefined;
}
function artifactUrl(serverUrl, owner, repo, runId, id) {
    return `${serverUrl}/${owner}/${repo}/actions/runs/${runId}/artifacts/${id}`;
}
/** Why an artifact cannot be uploaded from here, or undefined when it can. */
function artifactUnavailable(env) {
    const runner = (0,_core_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .readRunner */ .f)(env);
    if (!runner.artifactRuntime)
        return 'not on a GitHub Actions runner (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set)';
    const host = new URL(runner.serverUrl).hostname.toLowerCase();
    if (host !== 'github.com' && !host.endsWith('.ghe.com'))
        return `artifacts of this kind are not supported on GitHub Enterprise Server (${host})`;
    return undefined;
}
/**
 * Uploads exactly the bundle: it is verified first, so what is uploaded is what the manifest
 * lists (and nothing else) \u2014 a bundle that does not verify is not uploaded.
 */
async function uploadBundle(dir, name, retentionDays) {
    const check = await (0,_bundle_verify_js__WEBPACK_IMPORTED_MODULE_3__.verifyBundle)(dir);
    if (!check.ok) {
        const first = check.problems.slice(0, 3).map((p) => `${p.path} ${p.kind}`);
        throw new Error(`the evidence bundle in ${dir} does not verify (${first.join(', ')}); not uploaded`);
    }
    const files = (await (0,_bundle_seal_js__WEBPACK_IMPORTED_MODULE_2__/* .listFiles */ .CS)(dir)).map((f) => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, f));
    return uploadFiles(name, files, dir, retentionDays);
}
/** Uploads files under `rootDir` as one artifact of this workflow run. */
async function uploadFiles(name, files, rootDir, retentionDays) {
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(3251), __webpack_require__.e(5555), __webpack_require__.e(30)]).then(__webpack_require__.bind(__webpack_require__, 40030));
    const r = await new DefaultArtifactClient().uploadArtifact(name, files, rootDir, {
        ...(retentionDays ? { retentionDays } : {}),
    });
    if (r.id === undefined)
        throw new Error(`artifact ${name}: the upload returned no id`);
    return { id: r.id, name, size: r.size, digest: r.digest };
}
/** The evidence artifacts of a run: per profile, the one of the latest attempt not after `attempt`. */
async function findEvidenceArtifacts(api, o) {
    const all = await api.paginate(api.rest.actions.listWorkflowRunArtifacts, {
        owner: o.owner,
        repo: o.repo,
        run_id: o.runId,
        per_page: 100,
        ...(o.name ? { name: o.name } : {}),
    });
    const live = all.filter((a) => !a.expired);
    if (o.name)
        return live.filter((a) => a.name === o.name);
    const best = new Map();
    for (const a of live) {
        const parsed = parseArtifactName(a.name);
        if (!parsed || (o.attempt && parsed.attempt > o.attempt))
            continue;
        const prev = best.get(parsed.profile);
        if (!prev || parsed.attempt > prev.attempt)
            best.set(parsed.profile, { a, attempt: parsed.attempt });
    }
    return [...best.values()].map(({ a }) => ({ id: a.id, name: a.name, digest: a.digest }));
}
/**
 * Downloads and unzips an artifact of another run (needs a token with `actions: read`). When
 * GitHub recorded the artifact's digest, the download must match it.
 */
async function downloadArtifact(o, dest) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dest, { recursive: true });
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(3251), __webpack_require__.e(5555), __webpack_require__.e(30)]).then(__webpack_require__.bind(__webpack_require__, 40030));
    const r = await new DefaultArtifactClient().downloadArtifact(o.artifact.id, {
        path: dest,
        findBy: { token: o.token, workflowRunId: o.runId, repositoryOwner: o.owner, repositoryName: o.repo },
        ...(o.artifact.digest ? { expectedHash: o.artifact.digest } : {}),
    });
    if (r.digestMismatch)
        throw new Error(`artifact ${o.artifact.name}: the download does not match its digest`);
    return r.downloadPath ?? dest;
}


/***/ }),

/***/ 96584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* unused harmony export pacedByDefault */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73116);

/**
 * Whether writes are paced when the caller does not say: always, except against a GitHub on this
 * machine (the tests' fake GitHub, which the bundled action reaches from a child process) with
 * PROMOTION_GATE_API_PACING=off. The GitHub a runner talks to is not on a loopback address, so
 * no setting unpaces the requests a real run makes.
 */
function pacedByDefault(apiUrl) {
    if (process.env.PROMOTION_GATE_API_PACING !== 'off')
        return true;
    try {
        return !['127.0.0.1', 'localhost', '[::1]'].includes(new URL(apiUrl).hostname);
    }
    catch {
        return true;
    }
}
/** Longest wait for a rate limit to reset that is still worth it; beyond, the request fails. */
const MAX_RATE_LIMIT_WAIT_S = 60;
function hostOf(input) {
    try {
        return new URL(input instanceof Request ? input.url : String(input)).host;
    }
    catch {
        return 'the API URL';
    }
}
/**
 * Registered before plugin-retry, so it sees a failure first: a request that could not connect
 * is not retried (its `request.retries` becomes 0), whatever `api-retries` says.
 */
function noRetryWhenUnreachable(octokit) {
    octokit.hook.error('request', (error, options) => {
        if (error instanceof Error && hasUnreachableCause(error))
            options.request = { ...options.request, retries: 0 };
        throw error;
    });
}
function hasUnreachableCause(error) {
    for (let e = error, i = 0; e instanceof Error && i < 8; e = e.cause, i++) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubUnreachable */ .yc)
            return true;
    }
    return false;
}
/**
 * Builds the client. @actions/github and the plugins are loaded here, not at start-up, so
 * commands that never talk to GitHub do not pay for them. @actions/github brings the runner's
 * proxy settings (HTTPS_PROXY, NO_PROXY) through its fetch.
 */
async function createGitHubClient(o) {
    const [{ GitHub: Base, defaults, getOctokitOptions }, { retry }, { throttling }] = await Promise.all([
        __webpack_require__.e(/* import() */ 5555).then(__webpack_require__.bind(__webpack_require__, 85555)),
        Promise.all(/* import() */[__webpack_require__.e(3251), __webpack_require__.e(9735)]).then(__webpack_require__.bind(__webpack_require__, 49735)),
        Promise.all(/* import() */[__webpack_require__.e(3251), __webpack_require__.e(6856)]).then(__webpack_require__.bind(__webpack_require__, 86856)),
    ]);
    const baseFetch = defaults.request?.fetch ?? globalThis.fetch;
    const seconds = Math.round(o.timeoutMs / 100) / 10;
    // Once a connection failed before any answer, no request of this client goes out again.
    let unreachable;
    const fetchWithTimeout = async (input, init) => {
        if (unreachable)
            throw unreachable;
        const timeout = AbortSignal.timeout(o.timeoutMs);
        const signals = [timeout, init?.signal, o.signal].filter((s) => !!s);
        try {
            return await baseFetch(input, { ...init, signal: AbortSignal.any(signals) });
        }
        catch (err) {
            // A plain Error becomes a retryable RequestError (status 500, no response) in @octokit/request.
            if (timeout.aborted && !o.signal?.aborted)
                throw new Error(`no answer within ${seconds} s`);
            const failure = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .connectionFailure */ .Dx)(err);
            if (failure && !unreachable) {
                unreachable = new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubUnreachable */ .yc(`${failure} at ${hostOf(input)}`, { cause: err });
                o.log.warn(`GitHub is unreachable (${unreachable.message}): no further requests in this run`);
            }
            throw unreachable ?? err;
        }
    };
    const onLimit = (kind) => (retryAfter, options, _octokit, retryCount) => {
        const what = `${options.method ?? ''} ${options.url ?? ''}`.trim();
        if (retryCount < o.retries && retryAfter <= MAX_RATE_LIMIT_WAIT_S) {
            o.log.warn(`GitHub ${kind} on ${what}: retrying in ${retryAfter} s`);
            return true;
        }
        o.log.warn(`GitHub ${kind} on ${what}: giving up (retry after ${retryAfter} s)`);
        return false;
    };
    const paced = o.paced ?? pacedByDefault(o.apiUrl);
    const Client = Base.plugin(noRetryWhenUnreachable, retry, throttling);
    return new Client(getOctokitOptions(o.token, {
        baseUrl: o.apiUrl,
        userAgent: o.userAgent,
        request: { fetch: fetchWithTimeout },
        retry: { retries: o.retries, retryAfterBaseValue: paced ? 1000 : 10 },
        throttle: {
            enabled: paced,
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
        },
        log: {
            debug: (m) => o.log.debug(m),
            info: (m) => o.log.debug(m),
            warn: (m) => o.log.warn(m),
            error: (m) => o.log.warn(m),
        },
    }));
}


/***/ }),

/***/ 19556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ loadGitHubContext)
/* harmony export */ });
/* unused harmony export githubContext */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4473);


const obj = (v) => (v && typeof v === 'object' ? v : undefined);
const str = (v) => (typeof v === 'string' && v ? v : undefined);
const int = (v) => {
    const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
    return Number.isInteger(n) && n > 0 ? n : undefined;
};
/** Builds the context from the environment and an already parsed event payload. */
function githubContext(env, payload = {}) {
    const runner = (0,_core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .readRunner */ .f)(env);
    const full = runner.repository ?? str(obj(payload.repository)?.full_name);
    const [owner, repo] = full?.split('/') ?? [];
    if (!owner || !repo)
        return undefined;
    const eventName = runner.eventName ?? '';
    const { serverUrl, apiUrl } = runner;
    const pr = obj(payload.pull_request);
    const head = obj(pr?.head);
    const headRepo = str(obj(head?.repo)?.full_name);
    const baseRepo = str(obj(obj(pr?.base)?.repo)?.full_name) ?? `${owner}/${repo}`;
    const runId = runner.runId;
    const actor = runner.actor ?? str(obj(payload.sender)?.login);
    const wr = obj(payload.workflow_run);
    return {
        owner,
        repo,
        eventName,
        headSha: str(head?.sha) ?? runner.sha,
        pullNumber: int(pr?.number) ?? (eventName.startsWith('pull_request') ? int(payload.number) : undefined),
        runId,
        runAttempt: runner.runAttempt,
        job: runner.job,
        actor,
        serverUrl,
        apiUrl,
        graphqlUrl: runner.graphqlUrl,
        runUrl: runId ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : undefined,
        fork: pr && headRepo && headRepo !== baseRepo ? headRepo : undefined,
        dependabot: actor === 'dependabot[bot]',
        workflowRun: wr ? workflowRunInfo(wr) : undefined,
    };
}
function workflowRunInfo(wr) {
    const id = int(wr.id);
    const headSha = str(wr.head_sha);
    if (!id || !headSha)
        return undefined;
    const prs = Array.isArray(wr.pull_requests) ? wr.pull_requests : [];
    return {
        id,
        attempt: int(wr.run_attempt) ?? 1,
        headSha,
        headBranch: str(wr.head_branch),
        headRepository: str(obj(wr.head_repository)?.full_name),
        pullNumbers: prs
            .filter((p) => str(obj(obj(p)?.head)?.sha) === undefined || str(obj(obj(p)?.head)?.sha) === headSha)
            .map((p) => int(obj(p)?.number))
            .filter((n) => n !== undefined),
        htmlUrl: str(wr.html_url),
        event: str(wr.event),
    };
}
/** Reads GITHUB_EVENT_PATH (a missing or unreadable payload is an empty one: the event is optional). */
async function loadGitHubContext(env) {
    let payload = {};
    const eventPath = (0,_core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .readRunner */ .f)(env).eventPath;
    if (eventPath) {
        try {
            payload = obj(JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(eventPath, 'utf8'))) ?? {};
        }
        catch {
            payload = {};
        }
    }
    return githubContext(env, payload);
}


/***/ }),

/***/ 77184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ describeOutcome),
/* harmony export */   v: () => (/* binding */ Publisher)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _bundle_manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9075);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _core_optionRef_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(44157);
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(34793);
/* harmony import */ var _checkRun_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16602);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(73116);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(19983);
/* harmony import */ var _stickyComment_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(87347);










/**
 * One line per sink, as the log shows it: `PR comment: skipped \u2014 not a pull request (\u2026)`. The
 * reason is a code for programs; it is shown only where the detail does not already say it.
 */
function describeOutcome(o) {
    const said = o.detail.toLowerCase();
    const reason = o.state !== 'done' &&
        o.reason &&
        o.reason !== 'not-applicable' &&
        o.reason !== 'error' &&
        !said.includes(o.reason.replace('-', ' '))
        ? ` (${o.reason})`
        : '';
    return `${o.sink}: ${o.state}${reason} \u2014 ${o.detail}`;
}
class Publisher {
    deps;
    outcomes = [];
    checkRun;
    started;
    /** Set when GitHub stopped answering (or refused the token): later calls are not attempted. */
    stopped;
    constructor(deps) {
        this.deps = deps;
        const { api, target, settings } = deps;
        if (api && settings.checkRun && target.headSha) {
            this.checkRun = new _checkRun_js__WEBPACK_IMPORTED_MODULE_5__/* .CheckRun */ .E7(api, {
                owner: target.owner,
                repo: target.repo,
                headSha: target.headSha,
                name: settings.checkRunName,
                detailsUrl: target.runUrl,
            });
        }
    }
    /** Creates the check run `in_progress` in the background, while the gate runs. */
    begin(externalId) {
        if (!this.checkRun)
            return;
        const run = this.checkRun;
        this.started = run.create(externalId).then((ref) => {
            this.deps.log.info(`check run ${this.deps.settings.checkRunName} started: ${ref.url}`);
            return { ref };
        }, (err) => {
            const failure = (0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .classifyApiError */ .bl)(err);
            this.deps.log.debug(`check run not created at start: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .describeApiFailure */ .ge)(failure)}`);
            // No connection at all ends publishing for the run; a 5xx may pass by the end of the gate.
            if (failure.kind === 'unreachable')
                this.stopped ??= failure;
            return { failure };
        });
    }
    /** Uploads the artifact, completes the check run, posts the comment: each on its own. */
    async finish(report, outDir, o = {}) {
        const pub = { outcomes: this.outcomes, links: { runUrl: this.deps.target.runUrl } };
        if (o.existingArtifact) {
            pub.artifact = o.existingArtifact;
            pub.links.artifact = { ...o.existingArtifact, id: String(o.existingArtifact.id) };
        }
        if (o.uploadArtifact && !o.cancelled)
            await this.uploadArtifact(pub, o.uploadArtifact);
        await this.completeCheckRun(pub, report, outDir, o);
        if (o.cancelled)
            this.skip('PR comment', 'not-applicable', 'the gate was stopped');
        else
            await this.postComment(pub, report);
        return pub;
    }
    /** The gate could not decide (bad config, internal error): the started check run says so. */
    async fail(title, summary, annotations = []) {
        const pub = { outcomes: this.outcomes, links: { runUrl: this.deps.target.runUrl } };
        const ref = await this.startedRef();
        if (!ref || !this.checkRun)
            return pub;
        await this.guard('check run', async () => {
            await this.checkRun.complete(ref, {
                conclusion: 'failure',
                output: { title, summary: summary.slice(0, 65_535), text: '' },
                annotations: annotations.slice(0, 50),
            });
            pub.checkRun = ref;
            return `completed as failure: ${title}`;
        });
        return pub;
    }
    skip(sink, reason, detail) {
        this.outcomes.push({ sink, state: 'skipped', reason, detail });
    }
    /**
     * Runs one API sink: a refusal or an outage becomes its outcome, never an exception. The sink
     * returns what it did, or `{ skipped }` when it decided there was nothing to do.
     */
    async guard(sink, fn) {
        if (this.stopped) {
            this.skip(sink, 'unavailable', `not attempted: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .describeApiFailure */ .ge)(this.stopped)} earlier`);
            return;
        }
        try {
            const r = await fn();
            if (typeof r === 'string')
                this.outcomes.push({ sink, state: 'done', detail: r });
            else
                this.skip(sink, 'not-applicable', r.skipped);
        }
        catch (err) {
            const f = (0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .classifyApiError */ .bl)(err);
            if (f.kind === 'forbidden')
                this.skip(sink, 'read-only', (0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .describeApiFailure */ .ge)(f));
            else {
                if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .stopsFurtherCalls */ .Xn)(f))
                    this.stopped = f;
                this.outcomes.push({ sink, state: 'failed', reason: 'error', detail: (0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .describeApiFailure */ .ge)(f) });
            }
        }
    }
    async startedRef() {
        if (!this.started)
            return undefined;
        const s = await this.started;
        return s.ref;
    }
    async uploadArtifact(pub, upload) {
        try {
            const r = await upload();
            if (typeof r === 'string') {
                this.skip('artifact', r.startsWith('off') ? 'off' : 'not-applicable', r);
                return;
            }
            pub.artifact = r;
            pub.links.artifact = { name: r.name, id: String(r.id), url: r.url };
            this.outcomes.push({ sink: 'artifact', state: 'done', detail: `${r.name} (id ${r.id})` });
        }
        catch (err) {
            this.outcomes.push({ sink: 'artifact', state: 'failed', reason: 'error', detail: (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err) });
        }
    }
    async completeCheckRun(pub, report, outDir, o) {
        const { settings, target, api } = this.deps;
        if (!settings.checkRun)
            return this.skip('check run', 'off', `off (${(0,_core_optionRef_js__WEBPACK_IMPORTED_MODULE_9__/* .optionRef */ .$j)('check-run', 'false')})`);
        if (!api)
            return this.skip('check run', 'no-token', this.deps.noApi ?? 'no token');
        if (!target.headSha || !this.checkRun)
            return this.skip('check run', 'not-applicable', 'no commit SHA to put it on');
        const started = this.started ? await this.started : undefined;
        if (started?.failure?.kind === 'forbidden')
            return this.skip('check run', 'read-only', (0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .describeApiFailure */ .ge)(started.failure));
        pub.links.checkRun = { name: settings.checkRunName };
        await this.guard('check run', async () => {
            if (o.reuseCompleted && report.bundle) {
                const done = await this.checkRun.find((c) => c.external_id === report.bundle.id && c.status === 'completed');
                if (done) {
                    pub.checkRun = done;
                    pub.links.checkRun = { name: settings.checkRunName, url: done.url };
                    return `already published for bundle ${report.bundle.id}: ${done.url}`;
                }
            }
            // Created now if it could not be at the start (GitHub was down then, or the CLI publishes).
            const ref = started?.ref ?? (await this.checkRun.create(report.bundle?.id ?? `${Date.now()}`));
            pub.links.checkRun = { name: settings.checkRunName, url: ref.url };
            const plan = (0,_annotations_js__WEBPACK_IMPORTED_MODULE_4__/* .planAnnotations */ .mc)(report, settings.paths);
            const conclusion = o.cancelled ? 'cancelled' : settings.conclusions[report.action];
            // Its own output does not link to itself.
            const output = (0,_render_js__WEBPACK_IMPORTED_MODULE_7__/* .checkRunOutput */ .TN)(report, { ...pub.links, checkRun: undefined }, plan, await readManifest(outDir));
            const r = await this.checkRun.complete(ref, {
                conclusion,
                output,
                annotations: plan.annotations,
                externalId: report.bundle?.id,
            });
            pub.checkRun = ref;
            return `${conclusion}, ${r.annotated} annotation(s) in ${r.requests} update(s): ${ref.url}`;
        });
        if (!pub.checkRun)
            delete pub.links.checkRun?.url;
    }
    async postComment(pub, report) {
        const { settings, target, api } = this.deps;
        if (settings.comment === 'off')
            return this.skip('PR comment', 'off', `off (${(0,_core_optionRef_js__WEBPACK_IMPORTED_MODULE_9__/* .optionRef */ .$j)('comment', 'off')})`);
        if (!target.pullNumber)
            return this.skip('PR comment', 'not-applicable', `not a pull request (set ${(0,_core_optionRef_js__WEBPACK_IMPORTED_MODULE_9__/* .optionRef */ .$j)('pr-number')} to comment anyway)`);
        if (!api)
            return this.skip('PR comment', 'no-token', this.deps.noApi ?? 'no token');
        const mark = (0,_stickyComment_js__WEBPACK_IMPORTED_MODULE_8__/* .marker */ .xL)({ profile: report.profile, verdict: report.verdict, bundle: report.bundle?.id });
        await this.guard('PR comment', async () => {
            const r = await (0,_stickyComment_js__WEBPACK_IMPORTED_MODULE_8__/* .publishStickyComment */ .i2)(api, { owner: target.owner, repo: target.repo, issue: target.pullNumber, profile: report.profile }, (0,_render_js__WEBPACK_IMPORTED_MODULE_7__/* .commentBody */ .I2)(report, mark, pub.links), { verdict: report.verdict, bundle: report.bundle?.id }, {
                mode: settings.comment,
                when: settings.commentWhen,
                author: settings.commentAuthor,
            });
            if (r.id && r.url)
                pub.comment = { id: r.id, url: r.url };
            if (r.action === 'skipped')
                return { skipped: r.detail };
            return `${r.action} on #${target.pullNumber}: ${r.detail}${r.url ? ` \u2014 ${r.url}` : ''}`;
        });
        if (pub.comment)
            pub.links.comment = { url: pub.comment.url };
    }
}
async function readManifest(outDir) {
    try {
        return JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(outDir, _bundle_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .MANIFEST */ .e0), 'utf8')).files;
    }
    catch {
        return undefined;
    }
}


/***/ })

};
