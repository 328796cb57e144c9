export const id = 8728;
export const ids = [8728];
export const modules = {

/***/ 16468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ defineCheck)
/* harmony export */ });
function defineCheck(def) {
    return def;
}


/***/ }),

/***/ 88728:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   authCheck: () => (/* binding */ authCheck)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12311);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23128);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _requests_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58904);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(16468);





const ROUTE = /^\s*(?:([A-Za-z]+)\s+)?(\S+)\s*$/;
const fields = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    base: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .httpUrl */ .q3.describe('Base URL of the deployment, e.g. https://staging.example.com'),
    routes: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(ROUTE, 'expected "/path" or "METHOD /path"'))
        .min(1)
        .describe('Protected routes, each "/path" or "METHOD /path" (default method GET)'),
    allowStatus: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .statusCodes */ .XU
        .default([401, 403])
        .describe('Status codes that count as refusing anonymous access'),
    loginLocation: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .regex */ .yG
        .default('login|signin|sign-in|sso|auth')
        .describe('Regex (case-insensitive) a redirect\u2019s Location must match to count as a login redirect'),
    loginBody: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .regex */ .yG
        .default(`<input[^>]*type=["']?password|magic[ -]link`)
        .describe('Regex (case-insensitive): a 2xx page whose body matches it is a login form, not a bypass. The default looks for a password field or a magic-link form, not the words "sign in", which a leaked page\u2019s header may show'),
    headers: _requests_js__WEBPACK_IMPORTED_MODULE_2__/* .headersField */ .ZH.describe('Headers sent with every request (never credentials: the point is to send none)'),
    requestTimeout: _requests_js__WEBPACK_IMPORTED_MODULE_2__/* .requestTimeoutField */ .$,
    retries: _requests_js__WEBPACK_IMPORTED_MODULE_2__/* .retriesField */ .JZ,
    concurrency: zod__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr().min(1).max(32).default(8).describe('Requests in flight at once'),
});
function targets(spec) {
    const list = spec.routes.map((route, i) => {
        const m = ROUTE.exec(route);
        if (!m)
            throw new Error(`routes[${i}]: expected "/path" or "METHOD /path", got "${route}"`);
        const path = m[2];
        let url;
        try {
            url = (0,_requests_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveUrl */ .O2)(spec.base, path);
        }
        catch (err) {
            throw new Error(`routes[${i}]: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`);
        }
        return {
            name: path,
            label: path,
            method: (m[1] ?? 'GET').toUpperCase(),
            url,
            headers: (0,_requests_js__WEBPACK_IMPORTED_MODULE_2__/* .mergeHeaders */ .lF)(spec.headers),
        };
    });
    const names = (0,_requests_js__WEBPACK_IMPORTED_MODULE_2__/* .uniqueNames */ .uZ)(list.map((t) => (t.method === 'GET' ? t.name : `${t.method} ${t.name}`)));
    return list.map((t, i) => ({ ...t, name: names[i] }));
}
function judge(s, allow, loginLocation, loginBody) {
    const label = (0,_requests_js__WEBPACK_IMPORTED_MODULE_2__/* .describeTarget */ .ff)(s.target);
    const res = s.response;
    if (!res)
        return { ok: false, bypass: false, message: `${label}: ${s.error?.message ?? 'no response'}` };
    const expected = `expected ${allow.join('/')} or a login redirect`;
    if (allow.includes(res.status))
        return { ok: true };
    if (res.status >= 300 && res.status < 400) {
        const location = res.headers.location;
        if (location === undefined)
            return {
                ok: false,
                bypass: false,
                message: `${label} answered ${res.status} without a Location header`,
            };
        if (loginLocation.test(location))
            return { ok: true };
        return { ok: false, bypass: false, message: `${label} redirects to ${location}, not to a login page` };
    }
    if (res.status >= 200 && res.status < 300) {
        if (loginBody.test(res.body))
            return { ok: true };
        return {
            ok: false,
            bypass: true,
            message: `auth bypass: ${label} answered ${res.status} without credentials`,
        };
    }
    if (res.status === 404)
        return { ok: false, bypass: false, message: `${label} answered 404 (${expected}; is the route gone?)` };
    return { ok: false, bypass: false, message: `${label} answered ${res.status} (${expected})` };
}
const authCheck = (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .defineCheck */ .q)({
    type: 'auth',
    description: 'Protected routes refuse anonymous requests: 401/403, a redirect to a login page, or a login form; anything else is a bypass',
    defaults: { category: 'safety', enforcement: 'hard' },
    fields,
    async run(spec, ctx) {
        let list;
        try {
            list = targets(spec);
        }
        catch (err) {
            return { status: 'error', summary: `bad auth check: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}` };
        }
        for (const t of list)
            (0,_requests_js__WEBPACK_IMPORTED_MODULE_2__/* .protectHeaders */ .ub)(t.headers, ctx);
        const allow = Array.isArray(spec.allowStatus) ? spec.allowStatus : [spec.allowStatus];
        const loginLocation = new RegExp(spec.loginLocation, 'i');
        const loginBody = new RegExp(spec.loginBody, 'i');
        // Redirects are what this check looks at: never follow them.
        const settings = (0,_requests_js__WEBPACK_IMPORTED_MODULE_2__/* .requestSettings */ .LW)({ ...spec, followRedirects: false }, ctx);
        const sent = await (0,_requests_js__WEBPACK_IMPORTED_MODULE_2__/* .sendAll */ .Sl)(list, settings, ctx, spec.concurrency);
        await (0,_requests_js__WEBPACK_IMPORTED_MODULE_2__/* .writeRequestEvidence */ .eK)(ctx, sent.map((s) => s.record));
        const verdicts = sent.map((s) => judge(s, allow, loginLocation, loginBody));
        const findings = verdicts.flatMap((v) => v.ok ? [] : [{ level: 'failure', message: v.message }]);
        const bypassed = sent.filter((_, i) => {
            const v = verdicts[i];
            return !v.ok && v.bypass;
        });
        const total = sent.length;
        const metrics = {
            routes: total,
            refused: verdicts.filter((v) => v.ok).length,
            problems: findings.length,
            bypasses: bypassed.length,
        };
        if (sent.every(_requests_js__WEBPACK_IMPORTED_MODULE_2__/* .isConnectionError */ .Rk)) {
            const first = sent[0].error.message;
            return {
                status: 'error',
                summary: total === 1 ? first : `${first} (all ${total} routes failed)`,
                findings,
                metrics,
            };
        }
        if (findings.length === 0) {
            return {
                status: 'pass',
                score: 5,
                summary: `${total}/${total} protected routes refuse anonymous access`,
                findings,
                metrics,
            };
        }
        const others = findings.length - bypassed.length;
        const summary = bypassed.length
            ? `auth bypass on ${bypassed.length} of ${total} routes: ${bypassed.map((s) => s.target.label).join(', ')}${others ? `; ${others} other problem(s)` : ''}`
            : `${findings.length} of ${total} routes do not refuse anonymous access as expected, first: ${findings[0].message}`;
        return { status: 'fail', score: 1, summary, findings, metrics };
    },
});


/***/ }),

/***/ 58904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ requestTimeoutField),
/* harmony export */   JZ: () => (/* binding */ retriesField),
/* harmony export */   LT: () => (/* binding */ backoffField),
/* harmony export */   LW: () => (/* binding */ requestSettings),
/* harmony export */   O2: () => (/* binding */ resolveUrl),
/* harmony export */   Rk: () => (/* binding */ isConnectionError),
/* harmony export */   Sl: () => (/* binding */ sendAll),
/* harmony export */   T2: () => (/* binding */ followRedirectsField),
/* harmony export */   ZH: () => (/* binding */ headersField),
/* harmony export */   eK: () => (/* binding */ writeRequestEvidence),
/* harmony export */   ff: () => (/* binding */ describeTarget),
/* harmony export */   lF: () => (/* binding */ mergeHeaders),
/* harmony export */   ms: () => (/* binding */ ms),
/* harmony export */   uZ: () => (/* binding */ uniqueNames),
/* harmony export */   ub: () => (/* binding */ protectHeaders),
/* harmony export */   w$: () => (/* binding */ sendRequest),
/* harmony export */   yk: () => (/* binding */ maxBodyBytesField)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_BODY_BYTES, DEFAULT_BACKOFF_MS, MAX_DEFAULT_REQUEST_TIMEOUT_MS, isSensitiveHeader, excerpt */
/* harmony import */ var p_limit__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(70370);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(12311);
/* harmony import */ var _adapters_http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93618);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23128);
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98571);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _core_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(96228);







/** Request plumbing shared by the live check types (http, auth, performance, freshness). */
const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
const DEFAULT_BACKOFF_MS = 250;
const MAX_DEFAULT_REQUEST_TIMEOUT_MS = 10_000;
const EXCERPT_BYTES = 2048;
/**
 * A retry is only started when its wait and this much more end before the check's deadline:
 * the check must still have time to say what failed, or all it could report is "timed out".
 */
const RETRY_RESERVE_MS = 200;
/** Worth another try: the server may be starting or briefly overloaded. DNS and TLS errors are not. */
const RETRYABLE = new Set(['refused', 'reset', 'network', 'timeout']);
const SENSITIVE_HEADER = /^(authorization|proxy-authorization|cookie|x-api-key)$|token|secret|api[-_]?key|password/i;
const headersField = zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP())
    .optional()
    .describe('Request headers; values of sensitive ones (authorization, cookie, x-api-key, *token*, *secret*) are redacted everywhere');
const requestTimeoutField = _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .duration */ .p0
    .optional()
    .describe('Time one request may take (default: the smaller of 10s and the check timeout)');
const retriesField = zod__WEBPACK_IMPORTED_MODULE_5__/* .int */ .Whr()
    .min(0)
    .max(5)
    .default(0)
    .describe('Retries after a connection error (refused, reset, timeout) or a 5xx answer; not after DNS or TLS errors');
const backoffField = _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .duration */ .p0
    .optional()
    .describe('Wait before the first retry, doubled for each next one (default 250ms)');
const followRedirectsField = zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY()
    .default(false)
    .describe('Follow redirects; by default a 3xx answer is seen as it is');
const maxBodyBytesField = zod__WEBPACK_IMPORTED_MODULE_5__/* .int */ .Whr()
    .min(1)
    .max(256 * 1024 * 1024)
    .default(DEFAULT_MAX_BODY_BYTES)
    .describe('Bytes of each response body read at most (default 1 MiB); the rest is discarded');
function requestSettings(spec, ctx) {
    const fallback = Math.max(1, Math.min(MAX_DEFAULT_REQUEST_TIMEOUT_MS, ctx.timeoutMs));
    const timeout = spec.requestTimeout === undefined ? undefined : (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)(spec.requestTimeout);
    const backoff = spec.backoff === undefined ? undefined : (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)(spec.backoff);
    return {
        timeoutMs: timeout && timeout > 0 ? timeout : fallback,
        retries: spec.retries ?? 0,
        backoffMs: backoff ?? DEFAULT_BACKOFF_MS,
        followRedirects: spec.followRedirects ?? false,
        maxBodyBytes: spec.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    };
}
const ABSOLUTE = /^https?:\/\//i;
/** `base` + path, keeping base's own path (`https://x/api` + `/health` \u2192 `https://x/api/health`). Throws when unusable. */
function resolveUrl(base, target) {
    let text;
    if (ABSOLUTE.test(target))
        text = target;
    else if (/^[a-z][a-z0-9+.-]*:/i.test(target))
        throw new Error(`"${target}" is not an http(s) URL`);
    else if (base === undefined)
        throw new Error(`"${target}" is a path: set base, or give an absolute http(s) URL`);
    else
        text = target === '' ? base : `${base.replace(/\/+$/, '')}/${target.replace(/^\/+/, '')}`;
    try {
        new URL(text);
    }
    catch {
        throw new Error(`"${text}" is not a valid URL`);
    }
    return text;
}
/** Lower-cases header names and merges later maps over earlier ones. */
function mergeHeaders(...maps) {
    const out = {};
    for (const m of maps)
        for (const [k, v] of Object.entries(m ?? {}))
            out[k.toLowerCase()] = v;
    return out;
}
function isSensitiveHeader(name) {
    return SENSITIVE_HEADER.test(name);
}
/** Registers the values of sensitive headers as secrets (before anything is sent or written). */
function protectHeaders(headers, ctx) {
    for (const [name, value] of Object.entries(headers ?? {})) {
        if (!isSensitiveHeader(name))
            continue;
        ctx.secret(value);
        // `Bearer abc\u2026`: the credential alone is secret too, wherever it shows up.
        const credential = /^[A-Za-z][\w-]*\s+(\S.*)$/.exec(value)?.[1];
        if (credential)
            ctx.secret(credential);
    }
}
function excerpt(body, max = EXCERPT_BYTES) {
    if (body.length <= max / 4 || Buffer.byteLength(body) <= max)
        return body;
    return Buffer.from(body, 'utf8').subarray(0, max).toString('utf8');
}
const describeTarget = (t) => `${t.method} ${t.label}`;
const isConnectionError = (s) => s.error?.kind !== undefined;
const round1 = (n) => Math.round(n * 10) / 10;
function sleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal.aborted)
            return resolve();
        const done = () => {
            clearTimeout(timer);
            signal.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        signal.addEventListener('abort', done, { once: true });
    });
}
function toRecord(target, attempts, totalMs, response, error) {
    const record = {
        name: target.name,
        method: target.method,
        url: target.url,
        latencyMs: round1(response?.latencyMs ?? error?.elapsedMs ?? 0),
        totalMs: round1(totalMs),
        bytes: response?.bodyBytes ?? 0,
        truncated: response?.truncated ?? false,
        attempts,
        bodyExcerpt: excerpt(response?.body ?? ''),
    };
    if (response)
        record.status = response.status;
    if (error)
        record.error = error.message;
    if (error?.kind)
        record.errorKind = error.kind;
    if (response?.headers.location !== undefined)
        record.location = response.headers.location;
    if (response?.headers['content-type'] !== undefined)
        record.contentType = response.headers['content-type'];
    return record;
}
/**
 * Sends one request, retrying connection errors (not DNS/TLS) and 5xx answers with exponential
 * backoff. Stops retrying once the check's signal aborts. Never throws.
 */
async function sendRequest(target, settings, ctx) {
    const started = performance.now();
    if (ctx.signal.aborted) {
        const error = { kind: 'aborted', message: 'request not sent: the check was stopped' };
        return { target, error, record: toRecord(target, 0, 0, undefined, error) };
    }
    let attempts = 0;
    let response;
    let error;
    const deadline = ctx.deadline ?? Infinity;
    // The reserve grows with long check timeouts: writing evidence takes longer on a busy runner.
    const reserve = Math.max(RETRY_RESERVE_MS, ctx.timeoutMs / 10);
    for (;;) {
        attempts++;
        const attemptStarted = performance.now();
        response = undefined;
        error = undefined;
        // A retry gets the time left before the reserve, so it ends with its own error, not the check's.
        const timeoutMs = attempts === 1
            ? settings.timeoutMs
            : Math.max(1, Math.min(settings.timeoutMs, Math.floor(deadline - reserve - attemptStarted)));
        try {
            response = await ctx.http.request({
                url: target.url,
                method: target.method,
                headers: target.headers,
                body: target.body,
                timeoutMs,
                maxBodyBytes: settings.maxBodyBytes,
                followRedirects: settings.followRedirects,
                sensitiveHeader: isSensitiveHeader,
                signal: ctx.signal,
            });
        }
        catch (err) {
            error =
                err instanceof _adapters_http_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j
                    ? { kind: err.kind, message: err.message, elapsedMs: err.elapsedMs }
                    : { message: (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err), elapsedMs: performance.now() - attemptStarted };
        }
        const retryable = response
            ? response.status >= 500
            : error?.kind !== undefined && RETRYABLE.has(error.kind);
        if (!retryable || attempts > settings.retries || ctx.signal.aborted)
            break;
        const wait = settings.backoffMs * 2 ** (attempts - 1);
        // Time for the wait, then at least `reserve` for the attempt, then the reserve itself.
        if (performance.now() + wait + 2 * reserve > deadline) {
            ctx.log(`${describeTarget(target)}: ${response ? `status ${response.status}` : error.message}; no time left for retry ${attempts} of ${settings.retries} before the check's timeout`);
            break;
        }
        ctx.log(`${describeTarget(target)}: ${response ? `status ${response.status}` : error.message}; retry ${attempts} of ${settings.retries} in ${ms(wait)}`);
        await sleep(wait, ctx.signal);
        if (ctx.signal.aborted)
            break;
    }
    // A retried failure says so: refused after 3 attempts is not the same as refused once.
    if (error && attempts > 1)
        error.message = `${error.message} after ${attempts} attempts`;
    const record = toRecord(target, attempts, performance.now() - started, response, error);
    const sent = { target, record };
    if (response)
        sent.response = response;
    if (error)
        sent.error = error.kind ? { kind: error.kind, message: error.message } : { message: error.message };
    return sent;
}
/** Sends independent requests concurrently, at most `concurrency` at a time; results keep the input order. */
function sendAll(targets, settings, ctx, concurrency) {
    const limit = (0,p_limit__WEBPACK_IMPORTED_MODULE_6__/* ["default"] */ .A)(Math.max(1, concurrency));
    return Promise.all(targets.map((t) => limit(() => sendRequest(t, settings, ctx))));
}
function writeRequestEvidence(ctx, records) {
    return ctx.evidence.write('requests.json', records);
}
/** `a`, `a-2`, `a-3`\u2026: names that stay unique among the requests of one check. */
function uniqueNames(names) {
    const used = new Set();
    return names.map((n) => {
        let name = n;
        for (let i = 2; used.has(name); i++)
            name = `${n}-${i}`;
        used.add(name);
        return name;
    });
}
/** A latency or wait as the report shows durations: `84ms`, `1.43s`. */
const ms = (n) => (0,_core_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDuration */ .a3)(n);


/***/ })

};
