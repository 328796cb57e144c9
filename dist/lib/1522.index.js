export const id = 1522;
export const ids = [1522];
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

/***/ 41522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   percentile: () => (/* binding */ percentile),
/* harmony export */   performanceCheck: () => (/* binding */ performanceCheck)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12311);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23128);
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98571);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _requests_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58904);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16468);






const budgetSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    p50: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .duration */ .p0.optional().describe('Median latency budget'),
    p95: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .duration */ .p0.optional().describe('95th percentile latency budget'),
    max: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .duration */ .p0.optional().describe('Slowest sample budget'),
})
    .describe('Latency budgets (time to response headers)');
const fields = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    base: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .httpUrl */ .q3.describe('Base URL of the deployment'),
    pages: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([
        zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1),
        zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
            path: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().describe('Path appended to base'),
            name: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).optional().describe('Name in metrics (default: the path)'),
            budgets: budgetSchema.optional().describe('Budgets for this page, over the check\u2019s budgets'),
        }),
    ]))
        .min(1)
        .describe('Pages to sample: paths, or {path, name, budgets}'),
    samples: zod__WEBPACK_IMPORTED_MODULE_4__/* .int */ .Whr().min(1).max(1000).default(10).describe('Measured requests per page'),
    warmup: zod__WEBPACK_IMPORTED_MODULE_4__/* .int */ .Whr()
        .min(0)
        .max(100)
        .default(1)
        .describe('Requests per page sent first and left out of the figures'),
    concurrency: zod__WEBPACK_IMPORTED_MODULE_4__/* .int */ .Whr().min(1).max(64).default(4).describe('Requests in flight at once, across all pages'),
    budgets: budgetSchema.optional().describe('Latency budgets for every page (time to response headers)'),
    requestTimeout: _requests_js__WEBPACK_IMPORTED_MODULE_3__/* .requestTimeoutField */ .$,
    headers: _requests_js__WEBPACK_IMPORTED_MODULE_3__/* .headersField */ .ZH,
});
/** Nearest-rank percentile (p in 0\u2013100) of the values; undefined for none. */
function percentile(values, p) {
    if (values.length === 0)
        return undefined;
    const sorted = [...values].sort((a, b) => a - b);
    const rank = Math.ceil((p / 100) * sorted.length);
    return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}
const round1 = (n) => Math.round(n * 10) / 10;
function budgetsOf(spec, where) {
    const out = {};
    for (const key of ['p50', 'p95', 'max']) {
        const v = spec?.[key];
        if (v === undefined)
            continue;
        const n = (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)(v);
        if (n === undefined)
            throw new Error(`${where}.${key}: "${v}" is not a duration`);
        out[key] = n;
    }
    return out;
}
function plan(spec) {
    const shared = budgetsOf(spec.budgets, 'budgets');
    const pages = spec.pages.map((p, i) => {
        const page = typeof p === 'string' ? { path: p } : p;
        let url;
        try {
            url = (0,_requests_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveUrl */ .O2)(spec.base, page.path);
        }
        catch (err) {
            throw new Error(`pages[${i}]: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}`);
        }
        const label = page.path === '' ? '/' : page.path;
        const own = 'budgets' in page ? budgetsOf(page.budgets, `pages[${i}].budgets`) : {};
        const target = {
            name: page.name ?? label,
            label,
            method: 'GET',
            url,
            headers: (0,_requests_js__WEBPACK_IMPORTED_MODULE_3__/* .mergeHeaders */ .lF)(spec.headers),
        };
        return { target, budgets: { ...shared, ...own } };
    });
    const names = (0,_requests_js__WEBPACK_IMPORTED_MODULE_3__/* .uniqueNames */ .uZ)(pages.map((p) => p.target.name));
    pages.forEach((p, i) => {
        p.target.name = names[i];
    });
    return pages;
}
const succeeded = (s) => s.response !== undefined && s.response.status >= 200 && s.response.status < 400;
function failureReasons(failed) {
    const counts = new Map();
    for (const s of failed) {
        const why = s.response ? `status ${s.response.status}` : (s.error?.kind ?? 'error');
        counts.set(why, (counts.get(why) ?? 0) + 1);
    }
    return [...counts].map(([why, n]) => `${why} \u00d7${n}`).join(', ');
}
const performanceCheck = (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .defineCheck */ .q)({
    type: 'performance',
    description: 'Samples pages of a live deployment and checks latency percentiles (p50, p95, max) against budgets',
    defaults: { category: 'ops', enforcement: 'scored' },
    fields,
    async run(spec, ctx) {
        let pages;
        try {
            pages = plan(spec);
        }
        catch (err) {
            return { status: 'error', summary: `bad performance check: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}` };
        }
        for (const p of pages)
            (0,_requests_js__WEBPACK_IMPORTED_MODULE_3__/* .protectHeaders */ .ub)(p.target.headers, ctx);
        const settings = (0,_requests_js__WEBPACK_IMPORTED_MODULE_3__/* .requestSettings */ .LW)({ requestTimeout: spec.requestTimeout }, ctx);
        const warm = await (0,_requests_js__WEBPACK_IMPORTED_MODULE_3__/* .sendAll */ .Sl)(pages.flatMap((p) => Array.from({ length: spec.warmup }, () => p.target)), settings, ctx, spec.concurrency);
        // Round-robin over pages, so a slow moment of the server is shared rather than hitting one page.
        const order = Array.from({ length: spec.samples }, () => pages.map((_, i) => i)).flat();
        const measured = await (0,_requests_js__WEBPACK_IMPORTED_MODULE_3__/* .sendAll */ .Sl)(order.map((i) => pages[i].target), settings, ctx, spec.concurrency);
        const byPage = pages.map((_, i) => measured.filter((_, k) => order[k] === i));
        const findings = [];
        const metrics = {};
        const scores = [];
        const evidence = pages.map((page, i) => {
            const all = byPage[i];
            const ok = all.filter(succeeded);
            const failed = all.filter((s) => !succeeded(s));
            const latencies = ok.map((s) => s.response.latencyMs);
            const label = `${page.target.method} ${page.target.label}`;
            const figures = {
                p50: percentile(latencies, 50),
                p95: percentile(latencies, 95),
                max: percentile(latencies, 100),
                mean: latencies.length ? latencies.reduce((a, b) => a + b, 0) / latencies.length : undefined,
            };
            for (const key of ['p50', 'p95', 'max', 'mean']) {
                const v = figures[key];
                metrics[`${page.target.name}.${key}`] = v === undefined ? null : round1(v);
            }
            metrics[`${page.target.name}.errors`] = failed.length;
            if (failed.length > 0) {
                findings.push({
                    level: 'failure',
                    message: `${label}: ${failed.length} of ${all.length} samples failed (${failureReasons(failed)})`,
                });
                // A page that never answered well is down, not slow.
                scores.push(ok.length === 0 ? 1 : 3);
            }
            for (const key of ['p95', 'max', 'p50']) {
                const budget = page.budgets[key];
                const got = figures[key];
                if (budget === undefined || got === undefined || got <= budget)
                    continue;
                findings.push({
                    level: 'failure',
                    message: `${label}: ${key} ${(0,_requests_js__WEBPACK_IMPORTED_MODULE_3__.ms)(got)} over budget ${(0,_requests_js__WEBPACK_IMPORTED_MODULE_3__.ms)(budget)} (${latencies.length} samples)`,
                });
                scores.push(key === 'p50' ? 2 : 3);
            }
            return {
                name: page.target.name,
                url: page.target.url,
                budgetsMs: page.budgets,
                latenciesMs: latencies,
                failures: failed.map((s) => ({ status: s.record.status, error: s.record.error })),
                ...Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, v === undefined ? null : round1(v)])),
            };
        });
        // Evidence: every record, but body excerpts only where they tell something (first per page, failures).
        const seen = new Set();
        const records = [...warm, ...measured].map((s) => {
            const keep = !succeeded(s) || !seen.has(s.target.name);
            seen.add(s.target.name);
            return keep ? s.record : { ...s.record, bodyExcerpt: '' };
        });
        await (0,_requests_js__WEBPACK_IMPORTED_MODULE_3__/* .writeRequestEvidence */ .eK)(ctx, records);
        await ctx.evidence.write('samples.json', { samples: spec.samples, warmup: spec.warmup, pages: evidence });
        if (measured.every(_requests_js__WEBPACK_IMPORTED_MODULE_3__/* .isConnectionError */ .Rk)) {
            const first = measured[0].error.message;
            return { status: 'error', summary: `${first} (every sample failed)`, findings, metrics };
        }
        if (findings.length === 0) {
            let slowest = 0;
            let slowestPage = pages[0];
            pages.forEach((p, i) => {
                const p95 = percentile(byPage[i].map((s) => s.response.latencyMs), 95);
                if (p95 >= slowest)
                    [slowest, slowestPage] = [p95, p];
            });
            const within = pages.some((p) => Object.keys(p.budgets).length > 0) ? ', within budget' : '';
            return {
                status: 'pass',
                score: 5,
                summary: `${pages.length} page(s) \u00d7 ${spec.samples} samples ok${within}; slowest p95 ${(0,_requests_js__WEBPACK_IMPORTED_MODULE_3__.ms)(slowest)} (${slowestPage.target.label})`,
                findings,
                metrics,
            };
        }
        return {
            status: 'fail',
            score: Math.min(...scores),
            summary: findings.length === 1
                ? findings[0].message
                : `${findings.length} problems, first: ${findings[0].message}`,
            findings,
            metrics,
        };
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
