export const id = 6584;
export const ids = [6584];
export const modules = {

/***/ 96584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient),
/* harmony export */   pacedByDefault: () => (/* binding */ pacedByDefault)
/* harmony export */ });
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


/***/ })

};
