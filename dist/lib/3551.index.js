export const id = 3551;
export const ids = [3551];
export const modules = {

/***/ 79820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseTimestamp)
/* harmony export */ });
/** Reads the timestamps data feeds report: ISO-8601 text, or epoch seconds / milliseconds. */
const ISO = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
/** Numbers below this are epoch seconds (1e12 ms is 2001; 1e12 s is the year 33658). */
const SECONDS_BELOW = 1e12;
function fromNumber(n) {
    if (!Number.isFinite(n) || n < 0)
        return undefined;
    const d = new Date(n < SECONDS_BELOW ? n * 1000 : n);
    return Number.isNaN(d.getTime()) ? undefined : d;
}
/**
 * `2026-03-07T04:00:00Z`, `2026-03-07 04:00:00+01:00`, `2026-03-07` \u2192 that instant; a time without
 * a zone is read as UTC (never the runner's local time). Numbers (or numeric strings) are epoch
 * seconds below 1e12, else milliseconds. Anything else \u2192 undefined.
 */
function parseTimestamp(value) {
    if (typeof value === 'number')
        return fromNumber(value);
    if (typeof value !== 'string')
        return undefined;
    const text = value.trim();
    if (/^\d+(?:\.\d+)?$/.test(text))
        return fromNumber(Number(text));
    const m = ISO.exec(text);
    if (!m)
        return undefined;
    const [, date, time, zone] = m;
    let iso = date;
    if (time) {
        let z = (zone ?? 'Z').toUpperCase();
        if (z !== 'Z')
            z = z.length === 3 ? `${z}:00` : z.length === 5 ? `${z.slice(0, 3)}:${z.slice(3)}` : z;
        iso = `${date}T${time.replace(',', '.')}${z}`;
    }
    const ms = Date.parse(iso);
    return Number.isNaN(ms) ? undefined : new Date(ms);
}


/***/ }),

/***/ 16468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ defineCheck)
/* harmony export */ });
function defineCheck(def) {
    return def;
}


/***/ }),

/***/ 63551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   freshnessCheck: () => (/* binding */ freshnessCheck)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(12311);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23128);
/* harmony import */ var _core_conditions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18857);
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98571);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _requests_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(58904);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(47681);
/* harmony import */ var _timestamps_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(79820);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(16468);










const SKEW_MS = 5 * 60_000;
const fields = zod__WEBPACK_IMPORTED_MODULE_7__/* .object */ .Ikc({
    url: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .httpUrl */ .q3
        .optional()
        .describe('A JSON endpoint that reports when the data was last updated (instead of file)'),
    file: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP()
        .min(1)
        .optional()
        .describe('A file, relative to the repository, whose JSON or mtime tells the age (instead of url)'),
    headers: _requests_js__WEBPACK_IMPORTED_MODULE_5__/* .headersField */ .ZH,
    timestamp: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP()
        .min(1)
        .optional()
        .describe('JSON path of the last-update time, e.g. last_ingest or meta.updated_at (ISO-8601, epoch s or ms); with file and no timestamp the file\u2019s mtime is used'),
    maxAge: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .age */ .KW.describe('Data older than this fails, e.g. 26h'),
    counters: zod__WEBPACK_IMPORTED_MODULE_7__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
        min: zod__WEBPACK_IMPORTED_MODULE_7__/* .number */ .aig().default(1).describe('Lowest acceptable value (default 1)'),
        level: zod__WEBPACK_IMPORTED_MODULE_7__/* ["enum"] */ .k5n(['fail', 'warn'])
            .default('fail')
            .describe('What a value below min counts as (default fail)'),
    }))
        .optional()
        .describe('JSON path \u2192 {min, level}: counts that must not be below min, e.g. {"tables.cron_log": {min: 1}}'),
    requestTimeout: _requests_js__WEBPACK_IMPORTED_MODULE_5__/* .requestTimeoutField */ .$,
    allowOutsideWorkspace: _paths_js__WEBPACK_IMPORTED_MODULE_6__/* .allowOutsideWorkspaceField */ .s_,
});
async function fromUrl(spec, url, ctx) {
    const headers = (0,_requests_js__WEBPACK_IMPORTED_MODULE_5__/* .mergeHeaders */ .lF)(spec.headers);
    (0,_requests_js__WEBPACK_IMPORTED_MODULE_5__/* .protectHeaders */ .ub)(headers, ctx);
    const target = { name: 'freshness', label: url, method: 'GET', url, headers };
    const sent = await (0,_requests_js__WEBPACK_IMPORTED_MODULE_5__/* .sendRequest */ .w$)(target, (0,_requests_js__WEBPACK_IMPORTED_MODULE_5__/* .requestSettings */ .LW)({ requestTimeout: spec.requestTimeout }, ctx), ctx);
    await (0,_requests_js__WEBPACK_IMPORTED_MODULE_5__/* .writeRequestEvidence */ .eK)(ctx, [sent.record]);
    const res = sent.response;
    if (!res)
        return { problem: `GET ${url}: ${sent.error?.message ?? 'no response'}`, error: true };
    if (res.status < 200 || res.status >= 300)
        return { problem: `GET ${url} answered ${res.status}, expected 2xx` };
    try {
        return { doc: JSON.parse(res.body), label: url };
    }
    catch (err) {
        const trunc = res.truncated ? ` (only the first ${res.bodyBytes} bytes were read)` : '';
        return { problem: `GET ${url}: body is not JSON: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err)}${trunc}` };
    }
}
/** A JSON state file is small; this only stops a huge or endless one. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;
async function fromFile(spec, file, ws) {
    let abs;
    try {
        abs = (await ws.resolve('freshness file', file)).real;
    }
    catch (err) {
        if (err instanceof _paths_js__WEBPACK_IMPORTED_MODULE_6__/* .WorkspacePathError */ .Tf)
            return { problem: err.message, error: true };
        throw err;
    }
    const out = { label: file };
    try {
        if (spec.timestamp === undefined)
            out.mtime = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(abs)).mtime;
        if (spec.timestamp !== undefined || spec.counters !== undefined) {
            const text = (await (0,_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .readRegularFile */ .XF)(abs, MAX_FILE_BYTES)).toString('utf8');
            try {
                out.doc = JSON.parse(text);
            }
            catch (err) {
                return { problem: `${file} is not JSON: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err)}` };
            }
        }
    }
    catch (err) {
        return { problem: `cannot read ${file}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err)}` };
    }
    return out;
}
const freshnessCheck = (0,_types_js__WEBPACK_IMPORTED_MODULE_8__/* .defineCheck */ .q)({
    type: 'freshness',
    description: 'Data is recent: a timestamp in a JSON endpoint or file (or the file\u2019s mtime) is younger than maxAge; counters are not empty',
    defaults: { category: 'data', enforcement: 'scored' },
    workTree: (spec) => (spec.file !== undefined ? 'observes' : undefined),
    fields,
    async run(spec, ctx) {
        if ((spec.url === undefined) === (spec.file === undefined)) {
            return {
                status: 'error',
                summary: `bad freshness check: give exactly one of url or file${spec.url ? ', not both' : ''}`,
            };
        }
        if (spec.url !== undefined && spec.timestamp === undefined) {
            return {
                status: 'error',
                summary: 'bad freshness check: with url, give timestamp (the JSON path of the last update)',
            };
        }
        const maxAgeMs = (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E9)(spec.maxAge);
        if (maxAgeMs === undefined)
            return { status: 'error', summary: `bad freshness check: maxAge "${spec.maxAge}" is not a duration` };
        const maxLabel = typeof spec.maxAge === 'string' ? spec.maxAge.trim() : (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(spec.maxAge);
        const ws = new _paths_js__WEBPACK_IMPORTED_MODULE_6__/* .Workspace */ .aR(ctx.cwd, spec.allowOutsideWorkspace);
        const source = spec.url !== undefined ? await fromUrl(spec, spec.url, ctx) : await fromFile(spec, spec.file, ws);
        if ('problem' in source) {
            if (source.error)
                return { status: 'error', summary: source.problem };
            return {
                status: 'fail',
                score: 1,
                summary: source.problem,
                findings: [{ level: 'failure', message: source.problem }, ...ws.findings()],
            };
        }
        const findings = [];
        const metrics = { maxAgeMs };
        const notices = ws.findings();
        const scores = [];
        const fail = (message, score) => {
            findings.push({ level: 'failure', message });
            scores.push(score);
        };
        const warn = (message) => findings.push({ level: 'warning', message });
        let when;
        let name;
        let raw;
        if (spec.timestamp !== undefined) {
            name = spec.timestamp;
            const got = (0,_core_conditions_js__WEBPACK_IMPORTED_MODULE_2__/* .getPath */ .Yn)(source.doc, (0,_core_conditions_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePath */ .Rr)(spec.timestamp));
            raw = got.value;
            when = got.found ? (0,_timestamps_js__WEBPACK_IMPORTED_MODULE_9__/* .parseTimestamp */ .E)(got.value) : undefined;
            if (!got.found || got.value === null)
                fail(`${name} is missing from ${source.label}`, 1);
            else if (!when)
                fail(`${name} = ${(0,_core_conditions_js__WEBPACK_IMPORTED_MODULE_2__/* .describeValue */ .bp)(got.value)} is not a timestamp (expected ISO-8601, or epoch seconds or milliseconds)`, 1);
        }
        else {
            name = `${source.label} (mtime)`;
            when = source.mtime;
        }
        let ageMs;
        if (when) {
            ageMs = ctx.now().getTime() - when.getTime();
            metrics.ageMs = ageMs;
            const iso = when.toISOString();
            if (ageMs > maxAgeMs)
                fail(`${name} is ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(ageMs)} old, older than maxAge ${maxLabel} (${iso})`, 2);
            else if (-ageMs > SKEW_MS)
                warn(`${name} is ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(-ageMs)} in the future (${iso}): clock skew?`);
        }
        const counters = {};
        for (const [key, rule] of Object.entries(spec.counters ?? {})) {
            const got = (0,_core_conditions_js__WEBPACK_IMPORTED_MODULE_2__/* .getPath */ .Yn)(source.doc, (0,_core_conditions_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePath */ .Rr)(key));
            counters[key] = got.value;
            const n = typeof got.value === 'number'
                ? got.value
                : typeof got.value === 'string' && got.value.trim() !== ''
                    ? Number(got.value)
                    : Number.NaN;
            metrics[key] = Number.isFinite(n) ? n : null;
            let problem;
            if (!got.found)
                problem = `${key} is missing from ${source.label}, expected at least ${rule.min}`;
            else if (!Number.isFinite(n))
                problem = `${key} = ${(0,_core_conditions_js__WEBPACK_IMPORTED_MODULE_2__/* .describeValue */ .bp)(got.value)} is not a number, expected at least ${rule.min}`;
            else if (n < rule.min)
                problem = `${key} = ${n}, expected at least ${rule.min}`;
            if (problem === undefined)
                continue;
            if (rule.level === 'fail')
                fail(problem, 2);
            else
                warn(problem);
        }
        await ctx.evidence.write('freshness.json', {
            source: source.label,
            timestamp: { path: spec.timestamp ?? null, raw: raw ?? null, iso: when?.toISOString() ?? null },
            now: ctx.now().toISOString(),
            ageMs: ageMs ?? null,
            maxAgeMs,
            counters,
        });
        const age = ageMs === undefined
            ? ''
            : ageMs < 0
                ? `${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(-ageMs)} in the future`
                : `${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(ageMs)} old`;
        if (scores.length > 0) {
            const first = findings.find((f) => f.level === 'failure').message;
            const more = findings.length > 1 ? ` (+${findings.length - 1} more)` : '';
            return {
                status: 'fail',
                score: Math.min(...scores),
                summary: `${first}${more}`,
                findings: [...findings, ...notices],
                metrics,
            };
        }
        if (findings.length > 0) {
            const more = findings.length > 1 ? ` (+${findings.length - 1} more)` : '';
            return {
                status: 'warn',
                score: 4,
                summary: `${findings[0].message}${more}`,
                findings: [...findings, ...notices],
                metrics,
            };
        }
        const ok = `${name} ${age} (maxAge ${maxLabel})`;
        const counted = Object.keys(spec.counters ?? {}).length;
        return {
            status: 'pass',
            score: 5,
            summary: `${ok}${counted ? `, ${counted} counter(s) ok` : ''}`,
            findings: notices,
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
