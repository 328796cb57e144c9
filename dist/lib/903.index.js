export const id = 903;
export const ids = [903];
export const modules = {

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
            const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(251), __webpack_require__.e(555), __webpack_require__.e(659), __webpack_require__.e(347)]).then(__webpack_require__.bind(__webpack_require__, 80347));
            await new DefaultArtifactClient().deleteArtifact(name);
            await (0,_github_artifact_js__WEBPACK_IMPORTED_MODULE_4__/* .uploadFiles */ .Zn)(name, files, dir, this.opts.retentionDays);
        }
    }
}


/***/ })

};
