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
/* harmony import */ var _actions_artifact__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(90767);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61351);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74296);
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6830);







const JOURNAL = 'history.jsonl';
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
    constructor(opts) {
        this.opts = opts;
    }
    static fromEnvironment(prefix, deps) {
        const env = deps.env;
        const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
        if (!owner || !repo)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb('history artifacts: GITHUB_REPOSITORY is not set; the artifact store works inside GitHub Actions');
        const token = deps.token || env.GITHUB_TOKEN;
        if (!token)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb('history artifacts: no token; pass the action input token (it needs actions: read)');
        return new ArtifactHistory({
            prefix,
            owner,
            repo,
            token,
            apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
            tempDir: env.RUNNER_TEMP || node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir(),
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
        return `${this.opts.prefix}-${profile.replace(/[^\w.-]/g, '_')}`;
    }
    /** The records of the newest journals of a profile, merged; problems of single artifacts are reported. */
    async records(profile) {
        const name = this.artifactName(profile);
        const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_4__/* .getOctokit */ .Q)(this.opts.token, { baseUrl: this.opts.apiUrl });
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
            throw new Error(`cannot list artifacts named ${name}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}${hint}`);
        }
        const newest = listed.data.artifacts
            .filter((a) => !a.expired && a.name === name && a.workflow_run?.id)
            .sort((a, b) => Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? '') || b.id - a.id)
            .slice(0, MERGE_NEWEST);
        const client = new _actions_artifact__WEBPACK_IMPORTED_MODULE_3__.DefaultArtifactClient();
        const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.opts.tempDir, 'pg-history-'));
        try {
            const journals = await Promise.all(newest.map(async (a) => {
                const into = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, String(a.id));
                try {
                    await client.downloadArtifact(a.id, {
                        path: into,
                        findBy: {
                            token: this.opts.token,
                            workflowRunId: a.workflow_run.id,
                            repositoryOwner: this.opts.owner,
                            repositoryName: this.opts.repo,
                        },
                    });
                    const files = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(into);
                    if (!files.includes(JOURNAL))
                        return { records: [], problems: [`artifact ${a.id} (${name}) holds no ${JOURNAL}; skipped`] };
                    return (0,_records_js__WEBPACK_IMPORTED_MODULE_6__/* .decodeJournal */ .MQ)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(into, JOURNAL), 'utf8'), `artifact ${a.id}:${JOURNAL}`);
                }
                catch (err) {
                    return {
                        records: [],
                        problems: [`cannot download artifact ${a.id} (${name}): ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`],
                    };
                }
            }));
            return {
                records: (0,_records_js__WEBPACK_IMPORTED_MODULE_6__/* .mergeRecords */ .PI)(journals.map((j) => j.records)),
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
            return { runs: [], problems: [`${this.describe()}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`] };
        }
    }
    async append(run) {
        const { records } = await this.records(run.profile);
        await this.upload(run.profile, [...records, { kind: 'run', run }]);
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
    async upload(profile, records) {
        const runIds = records.filter((r) => r.kind === 'run').map((r) => r.run.runId);
        const keep = new Set(runIds.slice(-KEEP_RUNS));
        const kept = records.filter((r) => r.kind === 'run' ? keep.has(r.run.runId) : keep.has(r.invalidation.runId));
        const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.opts.tempDir, 'pg-history-up-'));
        try {
            const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, JOURNAL);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, `${kept.map(_records_js__WEBPACK_IMPORTED_MODULE_6__/* .encodeRecord */ .Ym).join('\n')}\n`);
            await new _actions_artifact__WEBPACK_IMPORTED_MODULE_3__.DefaultArtifactClient().uploadArtifact(this.artifactName(profile), [file], dir, {
                ...(this.opts.retentionDays ? { retentionDays: this.opts.retentionDays } : {}),
            });
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
        }
    }
}


/***/ })

};
