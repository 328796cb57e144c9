export const id = 2903;
export const ids = [2903];
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

/***/ 72903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ArtifactHistory: () => (/* binding */ ArtifactHistory)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _github_artifact_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49721);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(96584);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(311);
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6830);
/* harmony import */ var _retention_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(10294);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4473);










const JOURNAL = 'history.jsonl';
/** Beside the journal when retention removed runs: `{"since": <finish time of the oldest run kept>}`. */
const RETENTION = 'retention.json';
async function readRetention(dir, files) {
    if (!files.includes(RETENTION))
        return {};
    try {
        const since = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, RETENTION), 'utf8'))
            .since;
        return typeof since === 'string' ? { since } : {};
    }
    catch {
        return {};
    }
}
/**
 * Each artifact carries the whole journal as its run saw it. Reading the newest few and taking
 * their union recovers records of runs that uploaded at the same time (each missed the other).
 */
const MERGE_NEWEST = 5;
/** Runs kept per profile: the journal is re-uploaded by every run, so it must stay small. */
const KEEP_RUNS = 1000;
/**
 * History in workflow-run artifacts named `<prefix>-<profile>`: each run downloads the newest
 * journals, appends its record and uploads the result as its own artifact. It lives as long as
 * artifact retention (90 days by default) after the last run; use a git branch for longer memory.
 */
class ArtifactHistory {
    opts;
    api;
    /**
     * The journal this store last uploaded under each name. A name is unique within a workflow
     * run, so a second record in the same run (the monitor appends one per tick) replaces the
     * artifact this run uploaded; the journal it replaces is merged from here, not from a listing
     * that may not show it yet.
     */
    uploaded = new Map();
    constructor(opts) {
        this.opts = opts;
    }
    /** The one GitHub client of the product: timeouts, retries and rate limits as for publishing. */
    client() {
        this.api ??= (0,_github_client_js__WEBPACK_IMPORTED_MODULE_5__/* .createGitHubClient */ .L)({
            token: this.opts.token,
            apiUrl: this.opts.apiUrl,
            timeoutMs: 30_000,
            retries: 3,
            userAgent: `promotion-gate/${_version_js__WEBPACK_IMPORTED_MODULE_8__/* .VERSION */ .x}`,
            log: { debug: () => undefined, warn: () => undefined },
        });
        return this.api;
    }
    static fromEnvironment(prefix, deps) {
        const env = deps.env;
        const runner = (0,_core_runner_js__WEBPACK_IMPORTED_MODULE_9__/* .readRunner */ .f)(env);
        const { owner, repo } = runner;
        if (!owner || !repo)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('history artifacts: GITHUB_REPOSITORY is not set; the artifact store works inside GitHub Actions');
        const token = deps.token || runner.token;
        if (!token)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('history artifacts: no token; pass the action input token (it needs actions: read)');
        return new ArtifactHistory({
            prefix,
            owner,
            repo,
            token,
            apiUrl: runner.apiUrl,
            tempDir: runner.tempDir ?? node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir(),
            retentionDays: env.PROMOTION_GATE_HISTORY_RETENTION_DAYS
                ? Number(env.PROMOTION_GATE_HISTORY_RETENTION_DAYS)
                : undefined,
        });
    }
    describe() {
        return `artifacts ${this.opts.prefix}-<profile> of ${this.opts.owner}/${this.opts.repo}`;
    }
    artifactName(profile) {
        // Artifact names may not hold " : < > | * ? \ / or line breaks.
        // A colon (deploy:<env>, drill:<env>) becomes "@", which no profile name holds, so those
        // records never share an artifact with a profile's.
        return `${this.opts.prefix}-${profile.replace(/:/g, '@').replace(/[^\w.@-]/g, '_')}`;
    }
    /** The records of the newest journals of a profile, merged; problems of single artifacts are reported. */
    async records(profile) {
        const name = this.artifactName(profile);
        const octokit = await this.client();
        let listed;
        try {
            listed = await octokit.rest.actions.listArtifactsForRepo({
                owner: this.opts.owner,
                repo: this.opts.repo,
                name,
                per_page: 30,
            });
        }
        catch (err) {
            const status = err.status;
            const hint = status === 403 || status === 404 ? ' (the token needs permissions: actions: read)' : '';
            throw new Error(`cannot list artifacts named ${name}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}${hint}`);
        }
        const newest = listed.data.artifacts
            .filter((a) => !a.expired && a.name === name && a.workflow_run?.id)
            .sort((a, b) => Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? '') || b.id - a.id)
            .slice(0, MERGE_NEWEST);
        const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.opts.tempDir, 'pg-history-'));
        try {
            const journals = await Promise.all(newest.map(async (a) => {
                const into = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, String(a.id));
                try {
                    await (0,_github_artifact_js__WEBPACK_IMPORTED_MODULE_4__/* .downloadArtifact */ .bk)({
                        owner: this.opts.owner,
                        repo: this.opts.repo,
                        runId: a.workflow_run.id,
                        artifact: { id: a.id, name, digest: a.digest },
                        token: this.opts.token,
                    }, into);
                    const files = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(into);
                    if (!files.includes(JOURNAL))
                        return { records: [], problems: [`artifact ${a.id} (${name}) holds no ${JOURNAL}; skipped`] };
                    const journal = (0,_records_js__WEBPACK_IMPORTED_MODULE_6__/* .decodeJournal */ .MQ)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(into, JOURNAL), 'utf8'), `artifact ${a.id}:${JOURNAL}`);
                    return { ...journal, ...(await readRetention(into, files)) };
                }
                catch (err) {
                    return {
                        records: [],
                        problems: [`cannot download artifact ${a.id} (${name}): ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`],
                    };
                }
            }));
            const mine = this.uploaded.get(name);
            return {
                records: (0,_records_js__WEBPACK_IMPORTED_MODULE_6__/* .mergeRecords */ .PI)((0,_retention_js__WEBPACK_IMPORTED_MODULE_7__/* .withoutPruned */ .bw)(mine ? [mine, ...journals] : journals)),
                problems: journals.flatMap((j) => j.problems),
            };
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
        }
    }
    async list(profile, opts = {}) {
        try {
            const { records, problems } = await this.records(profile);
            return (0,_records_js__WEBPACK_IMPORTED_MODULE_6__/* .runsFrom */ .Hg)(records, profile, opts, problems);
        }
        catch (err) {
            return { runs: [], problems: [`${this.describe()}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`] };
        }
    }
    async append(run, opts = {}) {
        const { records } = await this.records(run.profile);
        await this.upload(run.profile, [...records, { kind: 'run', run }], opts.keep);
    }
    async markInvalid(profile, runId, reason, by) {
        const { records } = await this.records(profile);
        const all = (0,_records_js__WEBPACK_IMPORTED_MODULE_6__/* .runsFrom */ .Hg)(records, profile, { includeInvalid: true });
        if (!(0,_records_js__WEBPACK_IMPORTED_MODULE_6__/* .checkInvalidation */ .Nb)(all.runs, profile, runId, this.describe()))
            return;
        const at = (this.opts.now ?? (() => new Date()))().toISOString();
        await this.upload(profile, [
            ...records,
            { kind: 'invalidate', invalidation: { runId, reason, at, ...(by ? { by } : {}) } },
        ]);
    }
    async pin(profile, pin) {
        const { records } = await this.records(profile);
        const all = (0,_records_js__WEBPACK_IMPORTED_MODULE_6__/* .runsFrom */ .Hg)(records, profile, { includeInvalid: true });
        if (!(0,_records_js__WEBPACK_IMPORTED_MODULE_6__/* .checkPin */ .wg)(all, profile, pin, this.describe()))
            return;
        await this.upload(profile, [...records, { kind: 'pin', pin }]);
    }
    async upload(profile, records, keep = KEEP_RUNS) {
        const kept = (0,_retention_js__WEBPACK_IMPORTED_MODULE_7__/* .keepNewest */ .IC)(records, Math.min(keep, KEEP_RUNS));
        const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.opts.tempDir, 'pg-history-up-'));
        try {
            const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, JOURNAL);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, `${kept.map(_records_js__WEBPACK_IMPORTED_MODULE_6__/* .encodeRecord */ .Ym).join('\n')}\n`);
            const files = [file];
            const since = (0,_retention_js__WEBPACK_IMPORTED_MODULE_7__/* .keptSince */ .hM)(records, kept);
            if (since !== undefined) {
                // Older artifacts still hold the removed runs: this tells readers not to merge them back.
                files.push(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, RETENTION));
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(files[1], `${JSON.stringify({ since })}\n`);
            }
            const name = this.artifactName(profile);
            await this.uploadReplacing(name, files, dir);
            this.uploaded.set(name, { records: kept, ...(since !== undefined ? { since } : {}) });
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
        }
    }
    /**
     * Uploads the journal; when this workflow run already has an artifact of that name (an earlier
     * record of this run, or of an earlier attempt of it), that one is deleted and the upload made
     * again: the journal uploaded holds every record of the one it replaces.
     */
    async uploadReplacing(name, files, dir) {
        try {
            await (0,_github_artifact_js__WEBPACK_IMPORTED_MODULE_4__/* .uploadFiles */ .Zn)(name, files, dir, this.opts.retentionDays);
        }
        catch (err) {
            if (!/\(409\)|already exists/i.test((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)))
                throw err;
            const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(3251), __webpack_require__.e(5555), __webpack_require__.e(30)]).then(__webpack_require__.bind(__webpack_require__, 40030));
            await new DefaultArtifactClient().deleteArtifact(name);
            await (0,_github_artifact_js__WEBPACK_IMPORTED_MODULE_4__/* .uploadFiles */ .Zn)(name, files, dir, this.opts.retentionDays);
        }
    }
}


/***/ })

};
