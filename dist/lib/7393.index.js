export const id = 7393;
export const ids = [7393];
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

/***/ 87393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  httpCheck: () => (/* binding */ httpCheck)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(12311);
// EXTERNAL MODULE: ./src/checks/fields.ts
var fields = __webpack_require__(23128);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/conditions.ts
var conditions = __webpack_require__(18857);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(98571);
// EXTERNAL MODULE: ./src/checks/web/requests.ts
var requests = __webpack_require__(58904);
;// CONCATENATED MODULE: ./src/checks/web/expectations.ts





/** What an `http` check expects of a response; every key optional so a request's own keys merge over the defaults. */
const expectSchema = schemas/* strictObject */.rej({
    status: fields/* statusCodes */.XU.optional().describe('Status code(s) that count as success (default 200)'),
    headers: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP())
        .optional()
        .describe('Response headers that must contain a text: name \u2192 substring (case-insensitive)'),
    contains: fields/* stringList */.Yn.optional().describe('Text(s) the body must contain (case-insensitive)'),
    notContains: fields/* stringList */.Yn.optional().describe('Text(s) the body must not contain (case-insensitive)'),
    matches: fields/* regex */.yG.optional().describe('Regular expression the body must match'),
    json: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY(), schemas/* null */.chJ()]))
        .optional()
        .describe('JSON path \u2192 value the parsed body must hold, e.g. {status: ok, "db.connected": true}'),
    assert: schemas/* union */.KCZ([fields/* condition */.uH, schemas/* array */.YOg(fields/* condition */.uH).min(1)])
        .optional()
        .describe('Condition(s) on the parsed JSON body, e.g. "tables.permits > 0"'),
    maxLatency: fields/* duration */.p0.optional().describe('Time to response headers above which the request fails'),
    warnLatency: fields/* duration */.p0.optional().describe('Time to response headers above which the check only warns'),
})
    .describe('Expectations; a request\u2019s own expect is merged over the check\u2019s expect key by key');
/** Merges key by key (a request's keys win) and compiles; throws on an unusable value. */
function compileExpectation(defaults, own) {
    const merged = { ...defaults };
    for (const [k, v] of Object.entries(own ?? {}))
        if (v !== undefined)
            merged[k] = v;
    const status = merged.status === undefined ? [200] : Array.isArray(merged.status) ? merged.status : [merged.status];
    const latency = (v, key) => {
        if (v === undefined)
            return undefined;
        const n = (0,duration/* parseDuration */.E9)(v);
        if (n === undefined)
            throw new Error(`expect.${key}: "${v}" is not a duration`);
        return n;
    };
    return {
        status,
        headers: merged.headers ?? {},
        contains: (0,fields/* toList */.st)(merged.contains),
        notContains: (0,fields/* toList */.st)(merged.notContains),
        matches: merged.matches === undefined ? undefined : new RegExp(merged.matches),
        conditions: [
            ...(0,conditions/* equalityConditions */.nQ)((merged.json ?? {})),
            ...(0,fields/* toList */.st)(merged.assert).map(conditions/* parseCondition */.zB),
        ],
        maxLatencyMs: latency(merged.maxLatency, 'maxLatency'),
        warnLatencyMs: latency(merged.warnLatency, 'warnLatency'),
    };
}
function oneLine(text, max = 120) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > max ? `${flat.slice(0, max - 3)}...` : flat;
}
/** Findings for one response; `label` is `GET /health`. An empty list means the request passed. */
function checkResponse(label, res, exp) {
    const findings = [];
    const fail = (message) => findings.push({ level: 'failure', message: `${label}: ${message}` });
    const truncNote = res.truncated ? ` (only the first ${res.bodyBytes} bytes were read)` : '';
    if (!exp.status.includes(res.status)) {
        const where = res.headers.location !== undefined ? ` (Location: ${res.headers.location})` : '';
        const body = res.body.trim() ? `: ${JSON.stringify(oneLine(res.body))}` : '';
        fail(`status ${res.status}${where}, expected ${exp.status.join(' or ')}${body}`);
        // The body of a wrong answer says nothing about the expectations on a right one.
        return findings;
    }
    for (const [name, want] of Object.entries(exp.headers)) {
        const got = res.headers[name.toLowerCase()];
        if (got === undefined)
            fail(`header ${name} missing, expected it to contain ${JSON.stringify(want)}`);
        else if (!got.toLowerCase().includes(want.toLowerCase()))
            fail(`header ${name} = ${JSON.stringify(oneLine(got, 80))}, expected it to contain ${JSON.stringify(want)}`);
    }
    const lower = res.body.toLowerCase();
    for (const text of exp.contains) {
        if (!lower.includes(text.toLowerCase()))
            fail(`body does not contain ${JSON.stringify(text)}${truncNote}`);
    }
    for (const text of exp.notContains) {
        if (lower.includes(text.toLowerCase()))
            fail(`body contains ${JSON.stringify(text)}, expected it not to`);
    }
    if (exp.matches && !exp.matches.test(res.body))
        fail(`body does not match /${exp.matches.source}/${truncNote}`);
    if (exp.conditions.length > 0) {
        let doc;
        let parsed = false;
        try {
            doc = JSON.parse(res.body);
            parsed = true;
        }
        catch (err) {
            const why = res.body.trim() === ''
                ? 'empty body'
                : `${err.message}; starts with ${JSON.stringify(oneLine(res.body, 60))}`;
            fail(`body is not JSON: ${why}${truncNote}`);
        }
        if (parsed) {
            for (const c of exp.conditions) {
                const r = (0,conditions/* evaluateCondition */.F9)(c, doc);
                if (!r.ok)
                    fail(`${r.observed}, expected ${r.condition}`);
            }
        }
    }
    if (exp.maxLatencyMs !== undefined && res.latencyMs > exp.maxLatencyMs) {
        fail(`answered in ${(0,requests.ms)(res.latencyMs)}, over maxLatency ${(0,requests.ms)(exp.maxLatencyMs)}`);
    }
    else if (exp.warnLatencyMs !== undefined && res.latencyMs > exp.warnLatencyMs) {
        findings.push({
            level: 'warning',
            message: `${label}: answered in ${(0,requests.ms)(res.latencyMs)}, over warnLatency ${(0,requests.ms)(exp.warnLatencyMs)}`,
        });
    }
    return findings;
}

// EXTERNAL MODULE: ./src/checks/grading.ts
var grading = __webpack_require__(67309);
// EXTERNAL MODULE: ./src/checks/types.ts
var types = __webpack_require__(16468);
;// CONCATENATED MODULE: ./src/checks/web/http.ts







const method = schemas/* string */.YjP().regex(/^[A-Za-z]+$/, 'expected an HTTP method such as GET or POST');
const requestSchema = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP().min(1).optional().describe('Name in reports and metrics (default: the path)'),
    path: schemas/* string */.YjP().optional().describe('Path appended to base'),
    url: fields/* urlOrPath */.u8.optional().describe('Absolute URL, or a path when base is set (instead of path)'),
    method: method.optional().describe('HTTP method (default: the check\u2019s method, else GET)'),
    headers: requests/* headersField */.ZH.describe('Headers for this request, over the check\u2019s headers'),
    body: schemas/* string */.YjP().optional().describe('Request body'),
    expect: expectSchema
        .optional()
        .describe('Expectations for this request, merged over the check\u2019s expect key by key'),
});
const http_fields = schemas/* object */.Ikc({
    base: fields/* httpUrl */.q3.optional().describe('Base URL that paths are appended to, e.g. https://staging.example.com'),
    url: fields/* urlOrPath */.u8.optional().describe('One request: an absolute URL, or a path when base is set'),
    method: method.optional().describe('HTTP method (default GET; default for every request)'),
    headers: requests/* headersField */.ZH,
    body: schemas/* string */.YjP().optional().describe('Request body (default for every request)'),
    requests: schemas/* array */.YOg(requestSchema)
        .min(1)
        .optional()
        .describe('Several requests, sent concurrently (instead of url)'),
    expect: expectSchema.optional().describe('Expectations for every request (default: status 200)'),
    requestTimeout: requests/* requestTimeoutField */.$,
    retries: requests/* retriesField */.JZ,
    backoff: requests/* backoffField */.LT,
    followRedirects: requests/* followRedirectsField */.T2,
    maxBodyBytes: requests/* maxBodyBytesField */.yk,
    concurrency: schemas/* int */.Whr().min(1).max(32).default(8).describe('Requests in flight at once'),
    grading: grading/* gradingSchema */.cj
        .optional()
        .describe('Score tiers by failed request count (default: 0 \u2192 5, 1 \u2192 4, half pass \u2192 3, else 1)'),
});
/** Turns the spec into requests; throws an Error whose message says what is wrong with the config. */
function plan(spec) {
    if (spec.url !== undefined && spec.requests !== undefined)
        throw new Error('give either url or requests, not both');
    if (spec.url === undefined && spec.requests === undefined)
        throw new Error('nothing to request: give url or requests');
    const list = spec.requests ?? [{ url: spec.url }];
    const planned = list.map((r, i) => {
        const where = spec.requests ? `requests[${i}]` : 'url';
        if (r.path !== undefined && r.url !== undefined)
            throw new Error(`${where}: give path or url, not both`);
        const target = r.path ?? r.url;
        if (target === undefined)
            throw new Error(`${where}: give path or url`);
        if (r.path !== undefined && spec.base === undefined)
            throw new Error(`${where}: path needs base`);
        const url = (() => {
            try {
                return (0,requests/* resolveUrl */.O2)(spec.base, target);
            }
            catch (err) {
                throw new Error(`${where}: ${(0,errors/* errorMessage */.gJ)(err)}`);
            }
        })();
        const m = (r.method ?? spec.method ?? 'GET').toUpperCase();
        const body = r.body ?? spec.body;
        if (body !== undefined && (m === 'GET' || m === 'HEAD'))
            throw new Error(`${where}: a ${m} request cannot have a body`);
        let expectation;
        try {
            expectation = compileExpectation(spec.expect, r.expect);
        }
        catch (err) {
            throw new Error(`${where}: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
        const label = target === '' ? '/' : target;
        const t = {
            name: r.name ?? label,
            label,
            method: m,
            url,
            headers: (0,requests/* mergeHeaders */.lF)(spec.headers, r.headers),
        };
        if (body !== undefined)
            t.body = body;
        return { target: t, expectation };
    });
    const names = (0,requests/* uniqueNames */.uZ)(planned.map((p) => p.target.name));
    planned.forEach((p, i) => {
        p.target.name = names[i];
    });
    return planned;
}
const httpCheck = (0,types/* defineCheck */.q)({
    type: 'http',
    description: 'Sends HTTP requests to a live deployment and checks status, headers, body, JSON values and latency of each answer',
    defaults: { category: 'data', enforcement: 'scored' },
    fields: http_fields,
    async run(spec, ctx) {
        let planned;
        try {
            planned = plan(spec);
        }
        catch (err) {
            return { status: 'error', summary: `bad http check: ${(0,errors/* errorMessage */.gJ)(err)}` };
        }
        for (const p of planned)
            (0,requests/* protectHeaders */.ub)(p.target.headers, ctx);
        const settings = (0,requests/* requestSettings */.LW)(spec, ctx);
        const sent = await (0,requests/* sendAll */.Sl)(planned.map((p) => p.target), settings, ctx, spec.concurrency);
        await (0,requests/* writeRequestEvidence */.eK)(ctx, sent.map((s) => s.record));
        const findings = [];
        const metrics = { requests: sent.length };
        let failed = 0;
        let slowest = 0;
        sent.forEach((s, i) => {
            const label = (0,requests/* describeTarget */.ff)(s.target);
            metrics[`latency.${s.target.name}`] = s.response ? s.record.latencyMs : null;
            if (!s.response) {
                failed++;
                findings.push({ level: 'failure', message: `${label}: ${s.error?.message ?? 'no response'}` });
                return;
            }
            slowest = Math.max(slowest, s.response.latencyMs);
            const own = checkResponse(label, s.response, planned[i].expectation);
            if (s.record.attempts > 1)
                own.push({ level: 'notice', message: `${label}: answered after ${s.record.attempts} attempts` });
            if (own.some((f) => f.level === 'failure'))
                failed++;
            findings.push(...own);
        });
        metrics.failed = failed;
        metrics.slowestMs = Math.round(slowest * 10) / 10;
        const total = sent.length;
        if (sent.every(requests/* isConnectionError */.Rk)) {
            const first = sent[0].error.message;
            return {
                status: 'error',
                summary: total === 1 ? first : `${first} (all ${total} requests failed)`,
                findings,
                metrics,
            };
        }
        const warnings = findings.filter((f) => f.level === 'warning').length;
        if (failed === 0) {
            const ok = `${total}/${total} requests ok, slowest ${(0,requests.ms)(slowest)}`;
            if (warnings === 0)
                return { status: 'pass', score: 5, summary: ok, findings, metrics };
            return { status: 'warn', score: 4, summary: `${ok}; ${warnings} over warnLatency`, findings, metrics };
        }
        const firstFailure = findings.find((f) => f.level === 'failure').message;
        return {
            status: 'fail',
            score: (0,grading/* grade */.on)(spec.grading ?? grading/* PAGES_GRADING */.WW, failed, total),
            summary: total === 1 ? firstFailure : `${failed} of ${total} requests failed, first: ${firstFailure}`,
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
