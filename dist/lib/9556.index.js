export const id = 9556;
export const ids = [9556];
export const modules = {

/***/ 19556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   githubContext: () => (/* binding */ githubContext),
/* harmony export */   loadGitHubContext: () => (/* binding */ loadGitHubContext)
/* harmony export */ });
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


/***/ })

};
