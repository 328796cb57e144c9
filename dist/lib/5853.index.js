export const id = 5853;
export const ids = [5853,8543,5677];
export const modules = {

/***/ 93618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ HttpError),
/* harmony export */   u: () => (/* binding */ createHttpClient)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);


class HttpError extends Error {
    // Plain fields, no parameter properties: this file also runs with its types merely stripped
    // (a test loads it in a child Node to see which modules a request loads).
    kind;
    elapsedMs;
    constructor(kind, message, elapsedMs) {
        super(message);
        this.name = 'HttpError';
        this.kind = kind;
        this.elapsedMs = elapsedMs;
    }
}
const DEFAULT_MAX_BODY = 1024 * 1024;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** As many as fetch follows. */
const MAX_REDIRECTS = 20;
/** Credentials that never follow a redirect to another origin. */
const ORIGIN_BOUND_HEADERS = ['authorization', 'proxy-authorization', 'cookie'];
/** Headers about a body, dropped when a redirect turns the request into a GET without one. */
const BODY_HEADERS = [
    'content-type',
    'content-length',
    'content-encoding',
    'content-language',
    'content-location',
];
/** Statuses whose answer has no body, so none is decoded. */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);
/** As many content codings as fetch undoes; a longer list is refused as a decompression bomb. */
const MAX_CONTENT_CODINGS = 5;
// Loaded on first use, through require: importing node:http as an ES module enumerates its
// exports, and its lazy WebSocket export loads undici after all.
const load = (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url);
let httpModule;
let httpsModule;
let zlibModule;
const loadHttp = () => (httpModule ??= load('node:http'));
const loadHttps = () => (httpsModule ??= load('node:https'));
const loadZlib = () => (zlibModule ??= load('node:zlib'));
function hostOf(url) {
    try {
        return new URL(url).host;
    }
    catch {
        return url;
    }
}
/** The request to send for a redirect answer, as fetch would follow it; undefined when it is not one. */
function redirected(status, location, from, sensitive = () => false) {
    if (!REDIRECT_STATUSES.has(status) || location === undefined)
        return undefined;
    let url;
    try {
        url = new URL(location, from.url);
    }
    catch {
        return undefined;
    }
    let { method, body } = from;
    const drop = new Set();
    if ((status === 303 && method !== 'HEAD') || ((status === 301 || status === 302) && method === 'POST')) {
        method = 'GET';
        body = undefined;
        for (const h of BODY_HEADERS)
            drop.add(h);
    }
    const crossOrigin = url.origin !== new URL(from.url).origin;
    if (crossOrigin)
        for (const h of ORIGIN_BOUND_HEADERS)
            drop.add(h);
    const headers = Object.fromEntries(Object.entries(from.headers).filter(([k]) => !drop.has(k.toLowerCase()) && !(crossOrigin && sensitive(k))));
    return { url: url.href, method, headers, ...(body === undefined ? {} : { body }) };
}
function describeCause(err, url) {
    const host = hostOf(url);
    // The socket's own error; a wrapped one (as fetch wraps it) is looked into.
    const wrapped = err?.cause;
    const cause = (wrapped && typeof wrapped === 'object' ? wrapped : err);
    const code = cause?.code ?? err?.code ?? '';
    const text = `${cause?.message ?? ''} ${err?.message ?? ''}`;
    if (code === 'ECONNREFUSED')
        return { kind: 'refused', message: `connection refused by ${host}` };
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME')
        return { kind: 'dns', message: `DNS lookup failed for ${host.replace(/:\d+$/, '')} (${code})` };
    if (/CERT|SSL|TLS|self[- ]signed|certificate|wrong version number|EPROTO/i.test(code) ||
        /certificate|ssl|tls|wrong version number/i.test(text))
        return { kind: 'tls', message: `TLS error talking to ${host}: ${cause?.message ?? code}` };
    if (code === 'ECONNRESET' ||
        code === 'UND_ERR_SOCKET' ||
        code === 'ERR_STREAM_PREMATURE_CLOSE' ||
        /other side closed|socket hang up/i.test(text))
        return { kind: 'reset', message: `connection to ${host} was closed before a complete response` };
    if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH')
        return { kind: 'network', message: `${host} is unreachable (${code})` };
    return {
        kind: 'network',
        message: `request to ${host} failed: ${cause?.message ?? err?.message ?? code}`,
    };
}
/** HTTP whitespace around a header value, which fetch drops. */
const OWS = /^[\t\n\r ]+|[\t\n\r ]+$/g;
/**
 * The headers as fetch sends them: names compared without case (repeated ones joined with
 * ", "), values trimmed, fetch's defaults where the caller gave none, and the `host` and
 * `content-length` fetch works out itself. Names are data: kept in objects without a prototype.
 */
function outgoingHeaders(out, https) {
    const headers = Object.create(null);
    const named = new Map();
    for (const [name, raw] of Object.entries(out.headers)) {
        const lower = name.toLowerCase();
        if (lower === 'host' || lower === 'content-length')
            continue;
        const value = raw.replace(OWS, '');
        const seen = named.get(lower);
        if (seen === undefined) {
            named.set(lower, name);
            headers[name] = value;
        }
        else
            headers[seen] = `${headers[seen]}, ${value}`;
    }
    const fill = (name, value) => {
        if (!named.has(name))
            headers[name] = value;
    };
    if (out.body !== undefined)
        fill('content-type', 'text/plain;charset=UTF-8');
    fill('accept', '*/*');
    fill('accept-language', '*');
    fill('sec-fetch-mode', 'cors');
    fill('user-agent', 'node');
    fill('accept-encoding', named.has('range') ? 'identity' : https ? 'br, gzip, deflate' : 'gzip, deflate');
    if (out.body !== undefined)
        headers['content-length'] = Buffer.byteLength(out.body);
    else if (out.method === 'POST' || out.method === 'PUT')
        headers['content-length'] = 0;
    return headers;
}
/**
 * Response headers as fetch shows them: names lower-cased and in order, repeated ones joined
 * with ", " (set-cookie: the last). In an object without a prototype, so a name such as
 * `constructor` is looked up as the data it is.
 */
function responseHeaders(raw) {
    const joined = new Map();
    for (let i = 0; i + 1 < raw.length; i += 2) {
        const name = raw[i].toLowerCase();
        const value = raw[i + 1];
        const seen = joined.get(name);
        joined.set(name, seen === undefined || name === 'set-cookie' ? value : `${seen}, ${value}`);
    }
    const headers = Object.create(null);
    for (const name of [...joined.keys()].sort())
        headers[name] = joined.get(name);
    return headers;
}
/** The decoders that undo the answer's content codings, as fetch undoes them (none when one is unknown). */
function decoders(method, status, encoding) {
    if (!encoding || method === 'HEAD' || method === 'CONNECT' || NULL_BODY_STATUSES.has(status))
        return [];
    const codings = encoding.toLowerCase().split(',');
    if (codings.length > MAX_CONTENT_CODINGS)
        throw new Error(`too many content-encodings in response: ${codings.length}, maximum allowed is ${MAX_CONTENT_CODINGS}`);
    const zlib = loadZlib();
    // Lenient, as browsers and curl are with slightly broken compressed answers.
    const sync = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
    const list = [];
    for (let i = codings.length - 1; i >= 0; i--) {
        const coding = codings[i].trim();
        if (coding === 'gzip' || coding === 'x-gzip')
            list.push(zlib.createGunzip(sync));
        else if (coding === 'deflate')
            list.push(inflate(zlib, sync));
        else if (coding === 'br')
            list.push(zlib.createBrotliDecompress({
                flush: zlib.constants.BROTLI_OPERATION_FLUSH,
                finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH,
            }));
        else {
            for (const d of list)
                d.destroy();
            return [];
        }
    }
    return list;
}
/**
 * `deflate` as servers send it: zlib-wrapped, or raw (which some send), told by the first byte \u2014
 * as fetch reads it.
 */
function inflate(zlib, opts) {
    let inner;
    return new node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform({
        transform(chunk, _encoding, callback) {
            if (!inner) {
                if (chunk.length === 0)
                    return callback();
                inner = (chunk[0] & 0x0f) === 0x08 ? zlib.createInflate(opts) : zlib.createInflateRaw(opts);
                inner.on('data', (c) => this.push(c));
                inner.on('error', (err) => this.destroy(err));
            }
            inner.write(chunk, callback);
        },
        flush(callback) {
            if (!inner)
                return callback();
            inner.once('end', () => callback());
            inner.end();
        },
    });
}
function createHttpClient(userAgent) {
    return {
        async request(req) {
            const started = performance.now();
            const elapsed = () => Math.round(performance.now() - started);
            // Redirects are followed here, so an error names the host that failed.
            let sent = {
                url: req.url,
                method: req.method ?? 'GET',
                headers: { 'user-agent': userAgent, ...req.headers },
                ...(req.body === undefined ? {} : { body: req.body }),
            };
            // One timer and one listener for the whole request, redirects and body included.
            let timedOut = false;
            let stop;
            let stopped;
            const halt = (err) => {
                stopped ??= err;
                stop?.(err);
            };
            const timer = setTimeout(() => {
                timedOut = true;
                halt(new Error('timed out'));
            }, req.timeoutMs);
            const onAbort = () => halt(new Error('aborted'));
            if (req.signal?.aborted)
                onAbort();
            else
                req.signal?.addEventListener('abort', onAbort, { once: true });
            const fail = (err) => {
                if (timedOut)
                    throw new HttpError('timeout', `no complete response within ${req.timeoutMs}ms`, elapsed());
                if (req.signal?.aborted)
                    throw new HttpError('aborted', 'request stopped (check timed out)', elapsed());
                const { kind, message } = describeCause(err, sent.url);
                const via = sent.url === req.url ? '' : `, redirected from ${hostOf(req.url)}`;
                throw new HttpError(kind, `${message}${via}`, elapsed());
            };
            try {
                let res;
                let href;
                let headers;
                for (let hops = 0;; hops++) {
                    try {
                        ({ res, href } = await send(sent, (s) => (stop = s), () => stopped));
                    }
                    catch (err) {
                        return fail(err);
                    }
                    headers = responseHeaders(res.rawHeaders);
                    const next = req.followRedirects
                        ? redirected(res.statusCode ?? 0, headers.location, sent, req.sensitiveHeader)
                        : undefined;
                    if (!next)
                        break;
                    res.destroy();
                    if (hops === MAX_REDIRECTS)
                        throw new HttpError('network', `more than ${MAX_REDIRECTS} redirects, the last to ${hostOf(next.url)}`, elapsed());
                    sent = next;
                }
                const latencyMs = performance.now() - started;
                const max = req.maxBodyBytes ?? DEFAULT_MAX_BODY;
                let body;
                try {
                    const list = decoders(sent.method, res.statusCode ?? 0, headers['content-encoding']);
                    body = await readBody(res, list, max, (s) => (stop = s), () => stopped);
                }
                catch (err) {
                    res.destroy();
                    return fail(err);
                }
                return {
                    url: href,
                    status: res.statusCode ?? 0,
                    headers,
                    body: Buffer.concat(body.chunks).toString('utf8'),
                    bodyBytes: body.bytes,
                    truncated: body.truncated,
                    latencyMs: Math.round(latencyMs * 10) / 10,
                    totalMs: Math.round((performance.now() - started) * 10) / 10,
                };
            }
            finally {
                clearTimeout(timer);
                req.signal?.removeEventListener('abort', onAbort);
            }
        },
    };
}
/** Sends one request and resolves with the answer's head; `onStop` receives how to stop it. */
async function send(out, onStop, stopped) {
    const url = new URL(out.url);
    const https = url.protocol === 'https:';
    if (!https && url.protocol !== 'http:')
        throw new Error(`${url.protocol} URLs are not supported`);
    const mod = https ? loadHttps() : loadHttp();
    const early = stopped();
    if (early)
        throw early;
    return new Promise((resolve, reject) => {
        let request;
        try {
            request = mod.request(url, { method: out.method, headers: outgoingHeaders(out, https) });
        }
        catch (err) {
            reject(err);
            return;
        }
        onStop((err) => request.destroy(err));
        // After the answer's head, an error of the socket is the body reader's to see.
        request.on('error', reject);
        request.once('response', (res) => resolve({ res, href: url.href }));
        request.end(out.body);
    });
}
/** Reads at most `max` bytes of the (decoded) body; stops reading, and the connection, beyond. */
function readBody(res, decode, max, onStop, stopped) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let bytes = 0;
        let settled = false;
        const streams = [res, ...decode];
        const end = (err, truncated = false) => {
            if (settled)
                return;
            settled = true;
            if (err || truncated)
                for (const s of streams)
                    s.destroy();
            if (err)
                reject(err);
            else
                resolve({ chunks, bytes, truncated });
        };
        onStop((err) => end(err));
        const early = stopped();
        if (early)
            return end(early);
        for (let i = 0; i + 1 < streams.length; i++)
            streams[i].pipe(streams[i + 1]);
        for (const s of streams)
            s.on('error', (err) => end(err));
        const last = streams[streams.length - 1];
        last.on('data', (chunk) => {
            if (settled)
                return;
            const room = max - bytes;
            if (chunk.length > room) {
                chunks.push(chunk.subarray(0, room));
                bytes += room;
                end(undefined, true);
                return;
            }
            chunks.push(chunk);
            bytes += chunk.length;
        });
        last.once('end', () => end());
        // Closed without an end: the connection ended before the body did.
        last.once('close', () => end(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })));
    });
}


/***/ }),

/***/ 16352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EO: () => (/* binding */ runGit),
/* harmony export */   QE: () => (/* binding */ gitOrThrow),
/* harmony export */   aM: () => (/* binding */ FIXED_CONFIG),
/* harmony export */   gE: () => (/* binding */ gitEnv),
/* harmony export */   t1: () => (/* binding */ streamGit)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);

// node:child_process is loaded by the first git this starts: the checks that read a diff are
// loaded with the config's schema, by runs (a `validate`) that start no process.
const load = (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url);
const childProcess = () => load('node:child_process');
/** Config that would change what git prints; forced off so parsing never depends on a user's setup. */
const FIXED_CONFIG = [
    '-c',
    'core.quotePath=false',
    '-c',
    'color.ui=never',
    '-c',
    'diff.noprefix=false',
    '-c',
    'diff.mnemonicPrefix=false',
    '-c',
    'diff.relative=false',
    '-c',
    'grep.lineNumber=false',
    '-c',
    'grep.fullName=false',
];
function gitEnv(env) {
    // No credential prompt may block a fetch; LC_ALL=C keeps messages we match on in English.
    return { ...env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_PAGER: 'cat' };
}
const STDERR_MAX = 16 * 1024;
/** Bytes handed to a queued consumer in one turn of the event loop. */
const TURN_BYTES = 64 * 1024;
/**
 * Runs git and hands stdout to `onData` as it arrives. Resolves with the exit code and stderr
 * (bounded), once `onData` has had everything. Aborting or the timeout kills git.
 *
 * `queueBytes`: read ahead of a slow consumer, up to that many bytes. git writes a file's diff in
 * one burst after computing it, and a pipe holds 64 KiB: handed over as it is read, a consumer
 * that takes longer than git to go through a burst keeps git waiting, and git's computing the
 * next file then keeps the consumer waiting, so the two take turns instead of working at once.
 * Queued, git's burst is read while the consumer works (a turn of the event loop between every
 * 64 KiB it is handed), and the consumer catches up while git computes.
 */
function streamGit(args, opts, onData, queueBytes = 0) {
    return new Promise((resolve, reject) => {
        if (opts.signal?.aborted) {
            reject(opts.signal.reason instanceof Error ? opts.signal.reason : new Error('aborted'));
            return;
        }
        const child = childProcess().spawn('git', [...FIXED_CONFIG, ...args], {
            cwd: opts.cwd,
            env: gitEnv(opts.env),
            stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        });
        if (opts.input !== undefined) {
            child.stdin.on('error', () => undefined);
            child.stdin.end(opts.input);
        }
        let stderr = '';
        let stopped;
        let failure;
        // What was read and not yet handed over, and how git's exit is settled once it has been.
        const queue = [];
        let queued = 0;
        let draining = false;
        let paused = false;
        let settle;
        const stop = (why) => {
            stopped ??= why;
            // Nothing more is handed over; a paused stdout would never see git's end.
            queue.length = 0;
            queued = 0;
            if (paused) {
                paused = false;
                child.stdout.resume();
            }
            child.kill('SIGKILL');
        };
        const hand = (c) => {
            if (failure || stopped)
                return;
            try {
                onData(c);
            }
            catch (err) {
                failure = err;
                stop('consumer failed');
            }
        };
        const drain = () => {
            draining = false;
            for (let budget = TURN_BYTES; queue.length > 0 && budget > 0;) {
                let c = queue[0];
                if (c.length > budget) {
                    queue[0] = c.subarray(budget);
                    c = c.subarray(0, budget);
                }
                else
                    queue.shift();
                queued -= c.length;
                budget -= c.length;
                hand(c);
            }
            if (paused && queued <= queueBytes / 2) {
                paused = false;
                child.stdout.resume();
            }
            if (queue.length > 0) {
                draining = true;
                setImmediate(drain);
            }
            else
                settle?.();
        };
        const onAbort = () => stop('aborted');
        opts.signal?.addEventListener('abort', onAbort, { once: true });
        const timer = opts.timeoutMs
            ? setTimeout(() => stop(`timed out after ${opts.timeoutMs} ms`), opts.timeoutMs)
            : undefined;
        timer?.unref();
        child.stdout.on('data', (c) => {
            if (queueBytes <= 0) {
                hand(c);
                return;
            }
            if (failure || stopped)
                return;
            queue.push(c);
            queued += c.length;
            if (queued >= queueBytes && !paused) {
                paused = true;
                child.stdout.pause();
            }
            if (!draining) {
                draining = true;
                setImmediate(drain);
            }
        });
        child.stderr.on('data', (c) => {
            if (stderr.length < STDERR_MAX)
                stderr += c.toString('utf8');
        });
        child.on('error', (err) => {
            opts.signal?.removeEventListener('abort', onAbort);
            if (timer)
                clearTimeout(timer);
            reject(err.code === 'ENOENT'
                ? new Error('git is not installed (not on PATH)')
                : err);
        });
        child.on('close', (code) => {
            settle = () => {
                settle = undefined;
                opts.signal?.removeEventListener('abort', onAbort);
                if (timer)
                    clearTimeout(timer);
                if (failure)
                    reject(failure);
                else if (stopped === 'aborted')
                    reject(opts.signal?.reason instanceof Error ? opts.signal.reason : new Error('aborted'));
                else
                    resolve({ code, stderr: stderr.trim(), ...(stopped ? { stopped } : {}) });
            };
            // Settled when everything read has been handed over (at once when nothing waits).
            if (!draining)
                settle();
        });
    });
}
/** Runs git and collects stdout (up to maxBytes, default 16 MiB). */
async function runGit(args, opts) {
    const max = opts.maxBytes ?? 16 * 1024 * 1024;
    const chunks = [];
    let size = 0;
    const r = await streamGit(args, opts, (c) => {
        size += c.length;
        if (size > max)
            throw new Error(`git ${args[0]} printed more than ${max} bytes`);
        chunks.push(c);
    });
    if (r.stopped)
        return { code: null, stdout: '', stderr: `git ${args[0]} ${r.stopped}` };
    return { code: r.code, stdout: Buffer.concat(chunks).toString('utf8'), stderr: r.stderr };
}
/** Runs git; a non-zero exit is an error carrying git's own message. */
async function gitOrThrow(args, opts) {
    const r = await runGit(args, opts);
    if (r.code !== 0)
        throw new Error(`git ${args.join(' ')}: ${r.stderr || `exit ${r.code}`}`);
    return r.stdout;
}


/***/ }),

/***/ 79750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ globPathspecs)
/* harmony export */ });
/**
 * Globs (as the config writes them, relative to the repository root) \u2192 git pathspecs. `top`
 * anchors them at the root whatever directory the gate runs in; `glob` makes `*` stop at `/`
 * and `**` cross directories, as everywhere else in the config.
 */
function globPathspecs(include, exclude = []) {
    const inc = include.map((g) => `:(top,glob)${trimSlash(g)}`);
    const exc = exclude.map((g) => `:(top,glob,exclude)${trimSlash(g)}`);
    // An exclude alone would match nothing in old gits; pair it with "everything".
    return [...(inc.length ? inc : exc.length ? [':(top)'] : []), ...exc];
}
function trimSlash(g) {
    return g.startsWith('./') ? g.slice(2) : g.startsWith('/') ? g.slice(1) : g;
}


/***/ }),

/***/ 10277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ describeRange),
  S: () => (/* binding */ resolveRange)
});

// EXTERNAL MODULE: ./src/core/optionRef.ts
var optionRef = __webpack_require__(44157);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/core/runner.ts
var runner = __webpack_require__(4473);
;// CONCATENATED MODULE: ./src/change/event.ts


const PR_EVENTS = new Set([
    'pull_request',
    'pull_request_target',
    'pull_request_review',
    'pull_request_review_comment',
]);
/**
 * Reads GITHUB_EVENT_PATH. An unreadable or unexpected payload gives no range (the next source
 * is tried) but says why, so a broken runner setup is visible in the report.
 */
async function eventRange(env) {
    const { eventName: name, eventPath: file } = (0,runner/* readRunner */.f)(env);
    if (!name || !file || (!PR_EVENTS.has(name) && name !== 'merge_group'))
        return {};
    let payload;
    try {
        payload = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch (err) {
        return { problem: `cannot read the ${name} event payload ${file}: ${err.message}` };
    }
    if (name === 'merge_group') {
        const mg = payload.merge_group;
        if (!mg?.base_sha || !mg.head_sha)
            return { problem: 'merge_group event without base_sha/head_sha' };
        return {
            range: {
                source: 'merge_group',
                base: mg.base_sha,
                head: mg.head_sha,
                detail: `merge queue ${mg.head_ref ?? ''}`.trim(),
            },
        };
    }
    const pr = payload.pull_request;
    if (!pr?.base?.sha || !pr.head?.sha)
        return { problem: `${name} event without pull_request.base.sha/head.sha` };
    return {
        range: {
            source: 'pull_request',
            base: pr.base.sha,
            head: pr.head.sha,
            detail: `pull request #${pr.number ?? '?'} into ${pr.base.ref ?? 'its base'}`,
        },
    };
}

// EXTERNAL MODULE: ./src/change/git.ts
var git = __webpack_require__(16352);
// EXTERNAL MODULE: ./src/change/types.ts
var types = __webpack_require__(18641);
;// CONCATENATED MODULE: ./src/change/shallow.ts



const FETCH_TIMEOUT_MS = 10 * 60_000;
/** Deepening steps before giving up and fetching the whole history. */
const DEEPEN_STEPS = [64, 512, 4096];
const ADVICE = 'Set `fetch-depth: 0` on actions/checkout (or fetch the revisions before the gate runs) so the range is in the clone.';
/**
 * Makes revisions available in clones that lack them \u2014 above all the one-commit clones
 * actions/checkout makes by default \u2014 by fetching exactly what is needed from the remote.
 * Never falls back to a smaller range: what cannot be fetched is an error that says what to do.
 */
class Revisions {
    opts;
    fetched = [];
    shallow;
    remoteName;
    /** Commits found by `verifyAll`, by the name asked: a commit in the clone stays there. */
    found = new Map();
    /** Names `verifyAll` had git answer for, found or not: their first `commit` asks no more. */
    answered = new Set();
    constructor(opts) {
        this.opts = opts;
    }
    async isShallow() {
        if (this.shallow === undefined) {
            const r = await (0,git/* runGit */.EO)(['rev-parse', '--is-shallow-repository'], this.opts);
            this.shallow = r.stdout.trim() === 'true';
        }
        return this.shallow;
    }
    /**
     * The sha of a commit-ish, fetching (or deepening) when the clone does not have it. `typed`:
     * what to say when a complete clone lacks it (a revision someone typed, which the advice about
     * shallow clones does not help).
     */
    async commit(ref, what, typed) {
        const local = this.answered.has(ref) ? this.found.get(ref) : await this.verify(ref);
        if (local)
            return local;
        const remote = await this.remote();
        const shallow = await this.isShallow();
        const where = shallow ? 'this shallow clone' : 'this clone';
        const advice = typed && !shallow ? typed : ADVICE;
        if (!remote)
            throw new types/* ChangeRangeError */.g(`${what} "${ref}" is not in ${where}, and the repository has no remote to fetch it from. ${advice}`);
        const relative = /^(.+?)([~^].*)$/.exec(ref);
        let problem;
        if (relative) {
            // `HEAD~5`, `main^2`: make the named commit available, then deepen until the walk fits.
            const tip = await this.commit(relative[1], what, typed);
            problem = await this.deepenUntil(remote, [tip], async () => (await this.verify(ref)) !== undefined);
        }
        else {
            for (const src of candidateRefs(ref)) {
                const r = await this.fetch(remote, [...(await this.depth1()), src]);
                if (r.ok) {
                    const sha = await this.verify(/^[0-9a-f]{40}$/i.test(ref) ? ref : 'FETCH_HEAD');
                    if (sha) {
                        this.fetched.push(`${ref} from ${remote}`);
                        return sha;
                    }
                }
                problem ??= r.error;
            }
        }
        const sha = await this.verify(ref);
        if (sha)
            return sha;
        throw new types/* ChangeRangeError */.g(`${what} "${ref}" is not in ${where} and could not be fetched from ${remote}${problem ? `: ${problem}` : ''}. ${advice}`);
    }
    /** The merge base of two commits, deepening a shallow history until it is reached. */
    async mergeBase(base, head) {
        const find = async () => {
            const r = await (0,git/* runGit */.EO)(['merge-base', base, head], this.opts);
            return r.code === 0 ? r.stdout.trim() : undefined;
        };
        const found = await find();
        if (found)
            return found;
        if (!(await this.isShallow()))
            throw new types/* ChangeRangeError */.g(`${shallow_short(base)} and ${shallow_short(head)} have no common ancestor; set ${(0,optionRef/* optionRef */.$j)('base')} explicitly.`);
        const remote = await this.remote();
        if (!remote)
            throw new types/* ChangeRangeError */.g(`the merge base of ${shallow_short(base)} and ${shallow_short(head)} is outside this shallow clone, which has no remote. ${ADVICE}`);
        let mb;
        const problem = await this.deepenUntil(remote, [base, head], async () => (mb = await find()) !== undefined);
        if (mb)
            return mb;
        throw new types/* ChangeRangeError */.g(problem
            ? `the merge base of ${shallow_short(base)} and ${shallow_short(head)} is outside this shallow clone and deepening it failed: ${problem}. ${ADVICE}`
            : `${shallow_short(base)} and ${shallow_short(head)} have no common ancestor, even with the whole history fetched; set ${(0,optionRef/* optionRef */.$j)('base')} explicitly.`);
    }
    /** Deepens step by step, then unshallows; returns the last fetch error, if any. */
    async deepenUntil(remote, tips, done) {
        if (!(await this.isShallow()))
            return undefined;
        for (const n of DEEPEN_STEPS) {
            const r = await this.fetch(remote, [`--deepen=${n}`, ...tips]);
            if (!r.ok)
                return r.error;
            this.fetched.push(`history deepened by ${n} commits`);
            if (await done())
                return undefined;
        }
        const r = await this.fetch(remote, ['--unshallow', ...tips]);
        if (!r.ok)
            return r.error;
        this.shallow = false;
        this.fetched.push('whole history (unshallowed)');
        await done();
        return undefined;
    }
    async depth1() {
        // In a complete clone a depth would make the fetched commit shallow; only limit shallow ones.
        return (await this.isShallow()) ? ['--depth=1'] : [];
    }
    async fetch(remote, args) {
        const r = await (0,git/* runGit */.EO)(['fetch', '--no-tags', '--quiet', remote, ...args], {
            ...this.opts,
            timeoutMs: FETCH_TIMEOUT_MS,
            maxBytes: 1024 * 1024,
        });
        if (r.code === 0)
            return { ok: true };
        return { ok: false, error: firstLines(r.stderr) || `git fetch exited ${r.code}` };
    }
    /**
     * Which of the names are commits of the clone, asked of one git: each name's sha, or undefined.
     * `commit` then finds them without asking again. A name git could not read as one line of its
     * input is no commit.
     */
    async verifyAll(refs) {
        const asked = [...new Set(refs.filter((r) => r !== '' && !/[\n\r\0]/.test(r)))];
        if (asked.length > 0) {
            const r = await (0,git/* runGit */.EO)(['cat-file', '--batch-check=%(objectname)'], {
                ...this.opts,
                input: asked.map((ref) => `${ref}^{commit}\n`).join(''),
            });
            const lines = r.stdout.split('\n');
            // Anything else (not a repository, a git that failed) leaves the names to be verified one by one.
            if (r.code === 0 && lines.length > asked.length)
                asked.forEach((ref, i) => {
                    const sha = lines[i].trim();
                    this.answered.add(ref);
                    if (/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(sha))
                        this.found.set(ref, sha);
                });
        }
        return refs.map((ref) => this.found.get(ref));
    }
    async verify(ref) {
        const known = this.found.get(ref);
        if (known)
            return known;
        const r = await (0,git/* runGit */.EO)(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], this.opts);
        return r.code === 0 ? r.stdout.trim() : undefined;
    }
    async remote() {
        if (this.remoteName === undefined) {
            const r = await (0,git/* runGit */.EO)(['remote'], this.opts);
            const names = r.stdout
                .split('\n')
                .map((s) => s.trim())
                .filter(Boolean);
            this.remoteName = names.includes('origin') ? 'origin' : (names[0] ?? null);
        }
        return this.remoteName ?? undefined;
    }
}
/** What to ask the remote for, for a name the clone does not know. */
function candidateRefs(ref) {
    if (/^[0-9a-f]{40}$/i.test(ref))
        return [ref];
    if (ref.startsWith('refs/'))
        return [ref];
    const remoteBranch = /^origin\/(.+)$/.exec(ref);
    if (remoteBranch)
        return [`refs/heads/${remoteBranch[1]}`];
    return [`refs/tags/${ref}`, `refs/heads/${ref}`];
}
function shallow_short(sha) {
    return /^[0-9a-f]{40}$/i.test(sha) ? sha.slice(0, 12) : sha;
}
function firstLines(s) {
    return s.split('\n').filter(Boolean).slice(0, 3).join(' ').slice(0, 500);
}

;// CONCATENATED MODULE: ./src/change/range.ts





const NO_BASE = `no base revision to compare with: set ${(0,optionRef/* optionRef */.$j)('base')}, run on a pull_request event, ` +
    'keep a history of promotions, or set `defaults.base` in the config (e.g. origin/main)';
/**
 * Picks the range in order of precedence \u2014 explicit input, the pull request (or merge queue)
 * of the event, the last promoted run of this profile, the configured default \u2014 and makes both
 * ends available locally. Pull requests compare from the merge base, as GitHub shows them; the
 * other sources compare the two trees, which is exactly what the promotion replaces.
 */
async function resolveRange(opts, req) {
    // Asked only when something is amiss: on the way to a range, the lookup of its two ends is the
    // first git, and one process fewer before the diff checks' own gits can start.
    const inRepository = async () => {
        if ((await (0,git/* runGit */.EO)(['rev-parse', '--git-dir'], opts)).code !== 0)
            throw new types/* ChangeRangeError */.g(`${opts.cwd} is not inside a git repository`);
    };
    const notes = [];
    const event = await eventRange(opts.env);
    if (event.problem)
        notes.push(event.problem);
    let base;
    if (req.base)
        base = { ref: req.base, source: 'input', detail: 'given base' };
    else if (event.range)
        base = { ref: event.range.base, source: event.range.source, detail: event.range.detail };
    else {
        try {
            const last = await req.lastPromoted?.();
            if (last)
                base = { ref: last.sha, source: 'history', detail: last.detail };
        }
        catch (err) {
            notes.push(`history could not be read: ${err.message}`);
        }
        if (!base && req.defaultBase)
            base = { ref: req.defaultBase, source: 'config', detail: 'defaults.base' };
    }
    if (!base) {
        await inRepository();
        throw new types/* ChangeRangeError */.g([NO_BASE, ...notes].join('; '));
    }
    const headRef = req.head ?? event.range?.head ?? 'HEAD';
    const revs = new Revisions(opts);
    // Both looked up by one git; the answer also says whether resolving the range needs a fetch.
    const local = await revs.verifyAll([headRef, base.ref]);
    if (local.some((sha) => sha === undefined))
        await inRepository();
    req.onLocal?.(local.every((sha) => sha !== undefined));
    // A revision someone typed that a complete clone lacks is most likely misspelt.
    const typed = (option) => `Check the revision given to ${(0,optionRef/* optionRef */.$j)(option)}: a branch, tag or commit of this repository.`;
    const head = await revs.commit(headRef, 'head', req.head ? typed('head') : undefined);
    const tip = await revs.commit(base.ref, `base (${base.detail})`, base.source === 'input' ? typed('base') : undefined);
    const mergeBase = base.source === 'pull_request' || base.source === 'merge_group';
    const from = mergeBase ? await revs.mergeBase(tip, head) : tip;
    return {
        base: from,
        head,
        baseRef: base.ref,
        headRef,
        source: base.source,
        sourceDetail: notes.length ? `${base.detail} (${notes.join('; ')})` : base.detail,
        mergeBase,
        fetched: revs.fetched,
        ...(notes.length ? { notes } : {}),
    };
}
/** `abc1234..def5678 (pull request #12 into main, from the merge base)` for summaries and logs. */
function describeRange(r) {
    return `${r.base.slice(0, 7)}..${r.head.slice(0, 7)} (${r.sourceDetail}${r.mergeBase ? ', from the merge base' : ''})`;
}


/***/ }),

/***/ 18641:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ ChangeRangeError)
/* harmony export */ });
/** The change being promoted: which two revisions, and streaming access to what differs. */
/** The range cannot be resolved or made available: a user-fixable problem with advice. */
class ChangeRangeError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ChangeRangeError';
    }
}


/***/ }),

/***/ 79792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QT: () => (/* binding */ rangeLabel),
/* harmony export */   WK: () => (/* binding */ changeFor),
/* harmony export */   lB: () => (/* binding */ rangeMetrics)
/* harmony export */ });
/* harmony import */ var _change_range_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10277);
/* harmony import */ var _change_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18641);


/**
 * The change a diff check reads, or the outcome to return when there is none: a range that
 * cannot be resolved is an `error` saying what to do, never an empty diff that passes.
 */
async function changeFor(ctx) {
    if (!ctx.change)
        return {
            outcome: { status: 'error', summary: 'no diff range: this check reads the change a gate run promotes' },
        };
    try {
        const range = await ctx.change.range();
        ctx.log(`range ${(0,_change_range_js__WEBPACK_IMPORTED_MODULE_0__/* .describeRange */ .p)(range)}`);
        for (const f of range.fetched)
            ctx.log(`fetched ${f}`);
        return { change: ctx.change, range };
    }
    catch (err) {
        if (err instanceof _change_types_js__WEBPACK_IMPORTED_MODULE_1__/* .ChangeRangeError */ .g)
            return { outcome: { status: 'error', summary: err.message } };
        throw err;
    }
}
/** Short form for summaries: `abc1234..def5678`. */
function rangeLabel(r) {
    return `${r.base.slice(0, 7)}..${r.head.slice(0, 7)}`;
}
/** Metrics every diff check reports, so a report shows what was compared. */
function rangeMetrics(r) {
    return { base: r.base, head: r.head, rangeSource: r.source };
}


/***/ }),

/***/ 47166:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ commandCheck)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(12311);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23128);
/* harmony import */ var _coverage_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25677);
/* harmony import */ var _grading_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(67309);
/* harmony import */ var _evidence_junit_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(88543);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(47681);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(16468);









const fields = zod__WEBPACK_IMPORTED_MODULE_7__/* .object */ .Ikc({
    run: _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .shellScript */ .ky.describe('Shell command line (bash)'),
    cwd: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().optional().describe('Working directory, relative to the repository'),
    env: zod__WEBPACK_IMPORTED_MODULE_7__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP()).optional().describe('Extra environment variables'),
    exitCode: zod__WEBPACK_IMPORTED_MODULE_7__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_7__/* .int */ .Whr(), zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_7__/* .int */ .Whr()).min(1)])
        .default(0)
        .describe('Exit code(s) that count as success'),
    junit: _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .stringList */ .Yn.optional().describe('JUnit XML report path(s) or glob(s) the command writes'),
    allowNoTests: zod__WEBPACK_IMPORTED_MODULE_7__/* .boolean */ .zMY()
        .default(false)
        .describe('JUnit reports without any test case pass (default: an error, nothing was tested)'),
    coverage: zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
        file: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP(),
        format: zod__WEBPACK_IMPORTED_MODULE_7__/* ["enum"] */ .k5n(['auto', 'lcov', 'cobertura', 'istanbul']).default('auto'),
        metric: zod__WEBPACK_IMPORTED_MODULE_7__/* ["enum"] */ .k5n(['lines', 'branches', 'functions', 'statements']).default('lines'),
        min: zod__WEBPACK_IMPORTED_MODULE_7__/* .number */ .aig().min(0).max(100).describe('Minimum coverage percent'),
    })
        .optional(),
    repeat: zod__WEBPACK_IMPORTED_MODULE_7__/* .union */ .KCZ([
        zod__WEBPACK_IMPORTED_MODULE_7__/* .int */ .Whr().min(2).max(20),
        zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
            times: zod__WEBPACK_IMPORTED_MODULE_7__/* .int */ .Whr().min(2).max(20),
            compare: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().default('output').describe('"output", or a file path the command writes'),
            ignore: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .regex */ .yG)
                .default([])
                .describe('Regexes removed before comparing (timestamps, durations)'),
        }),
    ])
        .optional()
        .describe('Run N times and fail when the results differ (determinism / replay regression)'),
    grading: _grading_js__WEBPACK_IMPORTED_MODULE_4__/* .gradingSchema */ .cj
        .optional()
        .describe('Score tiers by failed test count (default: 0 \u2192 5, \u22643 \u2192 3, else 2)'),
    maxOutput: zod__WEBPACK_IMPORTED_MODULE_7__/* .int */ .Whr()
        .min(1024)
        .default(256 * 1024)
        .describe('Bytes of output kept as evidence'),
    allowOutsideWorkspace: _paths_js__WEBPACK_IMPORTED_MODULE_6__/* .allowOutsideWorkspaceField */ .s_,
});
/** Reports a command writes are read whole; this only stops a runaway one. */
const MAX_REPORT_BYTES = 256 * 1024 * 1024;
async function readJUnit(spec, cwd, ws, signal) {
    const patterns = (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .toList */ .st)(spec.junit);
    let found;
    try {
        found = await ws.glob('JUnit report', patterns, { base: cwd });
    }
    catch (err) {
        if (err instanceof _paths_js__WEBPACK_IMPORTED_MODULE_6__/* .WorkspacePathError */ .Tf)
            return { files: [], problem: err.message, escape: true };
        throw err;
    }
    const files = found.map((f) => f.name);
    if (files.length === 0)
        return { files, problem: `no JUnit report at ${patterns.join(', ')}` };
    const parts = [];
    for (const f of found) {
        try {
            parts.push(await (0,_evidence_junit_js__WEBPACK_IMPORTED_MODULE_5__.readJUnit)(await (0,_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .readRegularFile */ .XF)(f.real, MAX_REPORT_BYTES), 
            // Only files of the workspace are named as where a test failed.
            (p) => !/node_modules/.test(p) &&
                (0,_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .isInside */ .FK)(ws.root, node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, p)) &&
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, p)), signal));
        }
        catch (err) {
            return { files, problem: `cannot read JUnit report ${f.name}: ${err.message}` };
        }
    }
    return { summary: (0,_evidence_junit_js__WEBPACK_IMPORTED_MODULE_5__.mergeJUnit)(parts), files };
}
function firstDifference(a, b) {
    const la = a.split('\n');
    const lb = b.split('\n');
    for (let i = 0; i < Math.max(la.length, lb.length); i++) {
        if (la[i] !== lb[i])
            return { line: i + 1, a: la[i] ?? '(end)', b: lb[i] ?? '(end)' };
    }
    return undefined;
}
function clip(s, n = 120) {
    return s.length > n ? `${s.slice(0, n - 3)}...` : s;
}
/** Runs `resolve`; a path outside the workspace becomes the check's error outcome. */
async function confined(resolve) {
    try {
        await resolve();
        return undefined;
    }
    catch (err) {
        if (err instanceof _paths_js__WEBPACK_IMPORTED_MODULE_6__/* .WorkspacePathError */ .Tf)
            return { status: 'error', summary: err.message };
        throw err;
    }
}
async function runOnce(spec, ctx, cwd) {
    return ctx.exec.shell(spec.run, {
        cwd,
        // The values of the run line's ${{ }} expressions, which it names as variables.
        env: { ...ctx.env, ...spec.env, ...(0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .shellValues */ .Du)(spec) },
        signal: ctx.signal,
        maxOutputBytes: spec.maxOutput,
    });
}
const commandCheck = (0,_types_js__WEBPACK_IMPORTED_MODULE_8__/* .defineCheck */ .q)({
    type: 'command',
    description: 'Runs a command (tests, build, lint); reads JUnit results and coverage; can check that repeated runs agree',
    defaults: { category: 'safety', enforcement: 'scored' },
    workTree: () => 'changes',
    fields,
    async run(spec, ctx) {
        const cwd = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(ctx.cwd, spec.cwd ?? '.');
        const ws = new _paths_js__WEBPACK_IMPORTED_MODULE_6__/* .Workspace */ .aR(ctx.cwd, spec.allowOutsideWorkspace);
        const escape = await confined(() => ws.resolve('working directory', spec.cwd ?? '.'));
        if (escape)
            return escape;
        const okCodes = Array.isArray(spec.exitCode) ? spec.exitCode : [spec.exitCode];
        const okCode = (c) => c !== null && okCodes.includes(c);
        const repeat = spec.repeat === undefined
            ? undefined
            : typeof spec.repeat === 'number'
                ? { times: spec.repeat, compare: 'output', ignore: [] }
                : spec.repeat;
        const runs = [];
        const compared = [];
        for (let i = 0; i < (repeat?.times ?? 1); i++) {
            ctx.log(`$ ${spec.run}${repeat ? `   (run ${i + 1} of ${repeat.times})` : ''}`);
            const r = await runOnce(spec, ctx, cwd);
            runs.push(r);
            await ctx.evidence.write(repeat ? `output-${i + 1}.log` : 'output.log', r.output);
            if (r.aborted)
                return { status: 'error', summary: `command stopped after ${r.durationMs}ms (timeout)` };
            if (repeat) {
                let text = r.output;
                if (repeat.compare !== 'output') {
                    try {
                        const file = await ws.resolve('repeat.compare file', repeat.compare, cwd);
                        text = (await (0,_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .readRegularFile */ .XF)(file.real, MAX_REPORT_BYTES)).toString('utf8');
                    }
                    catch (err) {
                        if (err instanceof _paths_js__WEBPACK_IMPORTED_MODULE_6__/* .WorkspacePathError */ .Tf)
                            return { status: 'error', summary: err.message };
                        return {
                            status: 'error',
                            summary: `run ${i + 1} wrote no ${repeat.compare}: ${err.message}`,
                        };
                    }
                }
                for (const re of repeat.ignore)
                    text = text.replace(new RegExp(re, 'g'), '');
                compared.push(text);
            }
        }
        const last = runs[runs.length - 1];
        const findings = [];
        const metrics = {
            exitCode: last.exitCode,
            durationMs: last.durationMs,
            outputBytes: last.outputBytes,
        };
        // Whatever a command leaves running is stopped with it; the finding tells why it vanished.
        const leftover = runs.reduce((n, r) => n + r.leftover, 0);
        if (leftover > 0)
            findings.push({
                level: 'notice',
                message: `${leftover} process(es) the command started in the background still ran when it ended; they were stopped`,
            });
        if (last.exitCode === 127 && /command not found|not found/i.test(last.stderr)) {
            return {
                status: 'error',
                summary: `command not found: ${clip(last.stderr.trim().split('\n').pop() ?? '', 160)}`,
                metrics,
            };
        }
        const badRuns = runs.filter((r) => !okCode(r.exitCode));
        const exitOk = badRuns.length === 0;
        if (!exitOk) {
            const r = badRuns[0];
            const tail = r.output.trim().split('\n').slice(-5).join('\n');
            findings.push({
                level: 'failure',
                message: `exited with ${r.exitCode ?? `signal ${r.signal}`} (expected ${okCodes.join(' or ')})${tail ? `:\n${tail}` : ''}`,
            });
        }
        let junit;
        if (spec.junit !== undefined) {
            const j = await readJUnit(spec, cwd, ws, ctx.signal);
            if (j.escape)
                return { status: 'error', summary: j.problem, findings, metrics };
            if (!j.summary) {
                // A red run without its report is still a red run; a green run without one is unproven.
                if (exitOk)
                    return { status: 'error', summary: j.problem, findings, metrics };
                findings.push({ level: 'warning', message: j.problem });
            }
            else {
                junit = j.summary;
                if (junit.tests === 0 && !spec.allowNoTests) {
                    // A report without a single test case proves nothing, like no report at all.
                    const problem = `${j.files.join(', ')} hold${j.files.length === 1 ? 's' : ''} no test case: nothing was tested (set allowNoTests: true if that is expected)`;
                    if (exitOk)
                        return { status: 'error', summary: problem, findings, metrics: { ...metrics, tests: 0 } };
                    findings.push({ level: 'warning', message: problem });
                }
                Object.assign(metrics, {
                    tests: junit.tests,
                    passed: junit.passed,
                    failures: junit.failures,
                    errors: junit.errors,
                    skipped: junit.skipped,
                });
                await ctx.evidence.write('junit.json', { files: j.files, ...junit });
                for (const f of junit.failed) {
                    const at = f.file
                        ? node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(ctx.cwd, node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, f.file)).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/')
                        : undefined;
                    findings.push({
                        level: 'failure',
                        message: `${f.status === 'error' ? 'error in' : 'failed:'} ${f.classname ? `${f.classname} \u203a ` : ''}${f.name}${f.message ? ` \u2014 ${clip(f.message, 300)}` : ''}`,
                        file: at,
                        line: f.line,
                    });
                }
            }
        }
        if (spec.coverage) {
            try {
                const file = await ws.resolve('coverage report', spec.coverage.file, cwd);
                const content = (await (0,_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .readRegularFile */ .XF)(file.real, MAX_REPORT_BYTES)).toString('utf8');
                const format = spec.coverage.format === 'auto' ? (0,_coverage_js__WEBPACK_IMPORTED_MODULE_3__.detectFormat)(spec.coverage.file, content) : spec.coverage.format;
                const cov = await (0,_coverage_js__WEBPACK_IMPORTED_MODULE_3__.readCoverage)(content, format, ctx.signal);
                const metric = spec.coverage.metric;
                const got = cov.pct[metric];
                await ctx.evidence.write('coverage.json', cov);
                if (got === undefined) {
                    return {
                        status: 'error',
                        summary: `${format} coverage report ${spec.coverage.file} measured no ${metric}: ${cov.noData[metric] ?? 'no figure'}`,
                        findings,
                        metrics,
                    };
                }
                metrics[`coverage.${metric}`] = got;
                if (got < spec.coverage.min) {
                    findings.push({
                        level: 'failure',
                        message: `${metric} coverage ${got}% is below the minimum ${spec.coverage.min}%`,
                    });
                }
            }
            catch (err) {
                if (err instanceof _paths_js__WEBPACK_IMPORTED_MODULE_6__/* .WorkspacePathError */ .Tf)
                    return { status: 'error', summary: err.message, findings, metrics };
                if (exitOk)
                    return {
                        status: 'error',
                        summary: `cannot read coverage ${spec.coverage.file}: ${err.message}`,
                        findings,
                        metrics,
                    };
                findings.push({
                    level: 'warning',
                    message: `cannot read coverage ${spec.coverage.file}: ${err.message}`,
                });
            }
        }
        if (repeat) {
            const base = compared[0];
            const diffs = compared
                .slice(1)
                .map((t, i) => ({ run: i + 2, d: firstDifference(base, t) }))
                .filter((x) => x.d);
            metrics.repeat = repeat.times;
            metrics.differingRuns = diffs.length;
            for (const { run, d } of diffs) {
                findings.push({
                    level: 'failure',
                    message: `run ${run} differs from run 1 at line ${d.line} of ${repeat.compare}: ${JSON.stringify(clip(d.a, 100))} vs ${JSON.stringify(clip(d.b, 100))}`,
                });
            }
        }
        findings.push(...ws.findings());
        const failedTests = junit ? junit.failures + junit.errors : 0;
        const coverageLow = findings.some((f) => f.message.includes('coverage') && f.level === 'failure');
        const nondeterministic = metrics.differingRuns ?? 0;
        const parts = [];
        if (junit)
            parts.push(`${junit.passed}/${junit.tests} tests passed${junit.skipped ? `, ${junit.skipped} skipped` : ''}`);
        if (metrics['coverage.lines'] !== undefined || spec.coverage) {
            const m = spec.coverage.metric;
            if (metrics[`coverage.${m}`] !== undefined)
                parts.push(`${m} coverage ${metrics[`coverage.${m}`]}% (min ${spec.coverage.min}%)`);
        }
        if (repeat)
            parts.push(nondeterministic
                ? `${nondeterministic} of ${repeat.times - 1} repeat(s) differ`
                : `${repeat.times} runs agree`);
        if (exitOk && failedTests === 0 && !coverageLow && nondeterministic === 0) {
            return {
                status: 'pass',
                summary: parts.join('; ') || `exit ${last.exitCode} in ${last.durationMs}ms`,
                findings,
                metrics,
            };
        }
        let score = 1;
        if (junit && failedTests > 0)
            score = (0,_grading_js__WEBPACK_IMPORTED_MODULE_4__/* .grade */ .on)(spec.grading ?? _grading_js__WEBPACK_IMPORTED_MODULE_4__/* .TESTS_GRADING */ .J6, failedTests, junit.tests);
        if (coverageLow && failedTests === 0 && exitOk)
            score = 3;
        const reasons = [
            !exitOk && !junit ? `exit ${last.exitCode ?? `signal ${last.signal}`}` : undefined,
            junit && failedTests ? `${failedTests} of ${junit.tests} tests failed` : undefined,
            !exitOk && junit && !failedTests
                ? `exit ${last.exitCode} with no failed test in the report`
                : undefined,
            coverageLow ? parts.find((p) => p.includes('coverage')) : undefined,
            nondeterministic
                ? `not deterministic: ${nondeterministic} of ${repeat.times - 1} repeat(s) differ`
                : undefined,
        ].filter(Boolean);
        return { status: 'fail', score, summary: reasons.join('; '), findings, metrics };
    },
});


/***/ }),

/***/ 25677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   detectFormat: () => (/* binding */ detectFormat),
/* harmony export */   parseCoverage: () => (/* binding */ parseCoverage),
/* harmony export */   parseCoverageJob: () => (/* binding */ parseCoverageJob),
/* harmony export */   readCoverage: () => (/* binding */ readCoverage)
/* harmony export */ });
/* harmony import */ var _adapters_threads_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52353);
/* harmony import */ var _xml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58284);


const METRICS = ['lines', 'branches', 'functions', 'statements'];
const round = (n) => Math.round(n * 100) / 100;
function detectFormat(name, content) {
    const head = content.trimStart().slice(0, 200);
    if (head.startsWith('{'))
        return 'istanbul';
    if (head.startsWith('<'))
        return 'cobertura';
    if (/^(TN:|SF:)/m.test(head) || name.endsWith('.info'))
        return 'lcov';
    throw new Error('unknown coverage format: expected lcov, Cobertura XML or Istanbul json-summary');
}
const clip = (s) => (s.length > 60 ? `${s.slice(0, 57)}...` : s);
const LCOV_TOTALS = { lines: ['LF', 'LH'], branches: ['BRF', 'BRH'], functions: ['FNF', 'FNH'] };
/**
 * lcov: per record (SF \u2026 end_of_record) the LF/LH, BRF/BRH and FNF/FNH totals, or, where a tool
 * wrote no totals, the DA and BRDA lines they summarise. A line that cannot be read is an error:
 * a report that is partly garbage cannot be trusted for the rest.
 */
function parseLcov(content) {
    const total = {
        lines: { found: 0, hit: 0 },
        branches: { found: 0, hit: 0 },
        functions: { found: 0, hit: 0 },
    };
    let records = 0;
    let rec;
    const detail = { DA: { found: 0, hit: 0 }, BRDA: { found: 0, hit: 0 } };
    const close = (at) => {
        if (!rec)
            return;
        const counted = { lines: detail.DA, branches: detail.BRDA, functions: { found: 0, hit: 0 } };
        for (const m of ['lines', 'branches', 'functions']) {
            const [f, h] = LCOV_TOTALS[m];
            const found = rec.get(f) ?? counted[m].found;
            const hit = rec.get(h) ?? counted[m].hit;
            if (hit > found)
                throw new Error(`lcov record ending at line ${at}: ${h}:${hit} is more than ${f}:${found}`);
            total[m].found += found;
            total[m].hit += hit;
        }
        rec = undefined;
    };
    const lines = content.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const text = lines[i].trim();
        if (!text)
            continue;
        const colon = text.indexOf(':');
        const key = colon < 0 ? text : text.slice(0, colon);
        const value = colon < 0 ? '' : text.slice(colon + 1);
        const bad = () => new Error(`lcov line ${i + 1}: unreadable ${key} record "${clip(text)}"`);
        if (key === 'SF') {
            close(i);
            records++;
            rec = new Map();
            detail.DA = { found: 0, hit: 0 };
            detail.BRDA = { found: 0, hit: 0 };
        }
        else if (key === 'end_of_record')
            close(i + 1);
        else if (key === 'DA') {
            const m = /^\d+,(-?\d+)(?:,\S*)?$/.exec(value);
            if (!m || !rec)
                throw bad();
            detail.DA.found++;
            if (Number(m[1]) > 0)
                detail.DA.hit++;
        }
        else if (key === 'BRDA') {
            const m = /^\d+,.*,(-|\d+)$/.exec(value);
            if (!m || !rec)
                throw bad();
            detail.BRDA.found++;
            if (m[1] !== '-' && Number(m[1]) > 0)
                detail.BRDA.hit++;
        }
        else if (['LF', 'LH', 'BRF', 'BRH', 'FNF', 'FNH'].includes(key)) {
            if (!/^\d+$/.test(value) || !rec)
                throw bad();
            rec.set(key, Number(value));
        }
        // TN, VER, FN, FNDA, FNL, FNA\u2026 carry nothing the totals need.
    }
    close(lines.length);
    if (records === 0)
        throw new Error('lcov report has no SF: records');
    const pct = {};
    const noData = {
        statements: 'lcov reports lines, branches and functions, not statements',
    };
    for (const m of ['lines', 'branches', 'functions']) {
        const t = total[m];
        if (t.found > 0)
            pct[m] = round((t.hit / t.found) * 100);
        else
            noData[m] =
                `no ${m === 'lines' ? 'line' : m === 'branches' ? 'branch' : 'function'} data in ${records} record(s) (${LCOV_TOTALS[m][0]} is 0 or absent)`;
    }
    return { format: 'lcov', pct, noData };
}
const NO_ROOT = 'Cobertura report has no <coverage line-rate=\u2026> element';
/**
 * Cobertura: the rates and counts on <coverage>; where it gives no lines-valid, the <line>
 * elements inside it are counted.
 */
async function parseCobertura(content) {
    const parser = await (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .xmlReader */ .t0)();
    let root;
    let depth = 0;
    let lineElements = 0;
    parser.on('opentag', (tag) => {
        if (depth++ > 0) {
            if (tag.name === 'line')
                lineElements++;
        }
        else if (tag.name === 'coverage')
            root = (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .attributesOf */ .Td)(tag.attributes);
        else
            throw new Error(NO_ROOT);
    });
    parser.on('closetag', () => void depth--);
    try {
        (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .readXml */ .km)(parser, content);
    }
    catch (err) {
        // A document with no element at all is no report either.
        if (root === undefined)
            throw new Error(NO_ROOT);
        throw err;
    }
    if (root?.['line-rate'] === undefined)
        throw new Error(NO_ROOT);
    const attrs = root;
    const rate = (attr) => {
        const text = attrs[attr];
        const n = text !== undefined && text !== '' ? Number(text) : Number.NaN;
        if (!Number.isFinite(n) || n < 0 || n > 1)
            throw new Error(`Cobertura ${attr}="${clip(String(text))}" is not a rate between 0 and 1`);
        return round(n * 100);
    };
    const count = (attr) => {
        const text = attrs[attr];
        if (text === undefined)
            return undefined;
        const n = text !== '' ? Number(text) : Number.NaN;
        if (!Number.isInteger(n) || n < 0)
            throw new Error(`Cobertura ${attr}="${clip(text)}" is not a count`);
        return n;
    };
    const pct = {};
    const noData = {
        functions: 'Cobertura reports lines and branches only',
        statements: 'Cobertura reports lines and branches only',
    };
    const lines = count('lines-valid') ?? lineElements;
    if (lines > 0)
        pct.lines = rate('line-rate');
    else
        noData.lines =
            attrs['lines-valid'] !== undefined
                ? 'lines-valid="0": no line was measured'
                : 'the report has no lines-valid and no <line> element';
    const branches = count('branches-valid');
    if (branches === 0)
        noData.branches = 'branches-valid="0": no branch was measured';
    else if (attrs['branch-rate'] !== undefined)
        pct.branches = rate('branch-rate');
    else
        noData.branches = 'the report has no branch-rate';
    return { format: 'cobertura', pct, noData };
}
function parseIstanbul(content) {
    const doc = JSON.parse(content);
    if (!doc || typeof doc.total !== 'object' || doc.total === null)
        throw new Error('Istanbul json-summary has no "total" entry');
    const pct = {};
    const noData = {};
    for (const m of METRICS) {
        const entry = Object.hasOwn(doc.total, m) ? doc.total[m] : undefined;
        const v = entry?.pct;
        if (entry === undefined || v === undefined)
            noData[m] = `total.${m} is absent`;
        // Istanbul writes "Unknown" when there is nothing to cover.
        else if (entry.total === 0 || v === 'Unknown')
            noData[m] = `total.${m} counts nothing (total 0)`;
        else if (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 100)
            pct[m] = v;
        else
            throw new Error(`Istanbul total.${m}.pct is ${clip(JSON.stringify(v))}, not a percentage`);
    }
    return { format: 'istanbul', pct, noData };
}
async function parseCoverage(content, format) {
    if (format === 'lcov')
        return parseLcov(content);
    if (format === 'cobertura')
        return await parseCobertura(content);
    return parseIstanbul(content);
}
/** From this size a report is parsed on a thread of its own (\u224850 ms of parsing here). */
const THREAD_FROM = 4 * 1024 * 1024;
/** A job thread's side of `readCoverage`. */
function parseCoverageJob(input) {
    const { content, format } = input;
    return parseCoverage(content, format);
}
/** `parseCoverage`, on a thread when the report is large: the main thread stays free meanwhile. */
function readCoverage(content, format, signal) {
    return (0,_adapters_threads_js__WEBPACK_IMPORTED_MODULE_0__/* .hereOrOnThread */ .ze)(content.length, THREAD_FROM, { kind: 'coverage', input: { content, format } }, () => parseCoverage(content, format), signal);
}


/***/ }),

/***/ 94370:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ escapeRegex),
/* harmony export */   Dx: () => (/* binding */ linesOf),
/* harmony export */   MC: () => (/* binding */ isLineBreak),
/* harmony export */   Mc: () => (/* binding */ entriesOf),
/* harmony export */   P8: () => (/* binding */ basename),
/* harmony export */   SQ: () => (/* binding */ ECOSYSTEMS),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   ZV: () => (/* binding */ own),
/* harmony export */   bI: () => (/* binding */ isTable),
/* harmony export */   cA: () => (/* binding */ lineOf),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   lN: () => (/* binding */ digestTable),
/* harmony export */   mh: () => (/* binding */ lineAt),
/* harmony export */   xC: () => (/* binding */ isSpace),
/* harmony export */   z3: () => (/* binding */ isBlank)
/* harmony export */ });
const ECOSYSTEMS = ['npm', 'pypi', 'go', 'cargo', 'rubygems'];
/** 1-based number of the first line holding `needle`, for annotations on manifest entries. */
function lineOf(text, needle) {
    const at = typeof needle === 'string' ? text.indexOf(needle) : text.search(needle);
    return at < 0 ? undefined : lineAt(text, at);
}
/** 1-based line of an offset. */
function lineAt(text, offset) {
    let n = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}
function basename(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
function escapeRegex(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** A value as a finding shows it (a command, a URL): one line, shortened. */
function oneLine(text) {
    const one = text.replace(/\s+/g, ' ').trim();
    return one.length > 120 ? `${one.slice(0, 117)}...` : one;
}
/** Splits a text into lines (without CR), for the line-based lockfile readers. */
function linesOf(text) {
    // Split on LF, then each CR before one dropped: what /\r?\n/ does, without a pattern per line.
    const lines = text.split('\n');
    for (let i = 0; i < lines.length - 1; i++)
        if (lines[i].endsWith('\r'))
            lines[i] = lines[i].slice(0, -1);
    return lines;
}
/** What `\s` matches. */
function isSpace(c) {
    return (c === 0x20 ||
        (c >= 0x09 && c <= 0x0d) ||
        c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff);
}
/** What `.` does not match: a line terminator. */
const isLineBreak = (c) => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
/** `!line.trim()`, without making the trimmed line: lockfiles indent nearly every line. */
function isBlank(line) {
    let i = 0;
    while (line.charCodeAt(i) === 0x20)
        i++;
    if (i === line.length)
        return true;
    const c = line.charCodeAt(i);
    // Past the spaces, a printable ASCII character decides at once; anything else the long way.
    return c > 0x20 && c < 0x7f ? false : !line.trim();
}
function isTable(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** A table's own entries; anything else is empty. */
function entriesOf(v) {
    return isTable(v) ? Object.entries(v) : [];
}
/** An own string property, never one inherited (`constructor`, `__proto__`). */
function str(t, key) {
    if (!isTable(t) || !Object.hasOwn(t, key))
        return undefined;
    const v = t[key];
    return typeof v === 'string' ? v : undefined;
}
/** A table for digests keyed by names a file chose: no prototype, so `__proto__` is a key like any other. */
function digestTable() {
    return Object.create(null);
}
/** An own property. */
function own(t, key) {
    return isTable(t) && Object.hasOwn(t, key) ? t[key] : undefined;
}


/***/ }),

/***/ 15631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ EVIDENCE_FORMATS)
/* harmony export */ });
/** The formats an evidence file is read in; named by the config, so known without any reader. */
const EVIDENCE_FORMATS = ['json', 'yaml', 'junit', 'sarif'];


/***/ }),

/***/ 88543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JUNIT_THREAD_FROM: () => (/* binding */ JUNIT_THREAD_FROM),
/* harmony export */   mergeJUnit: () => (/* binding */ mergeJUnit),
/* harmony export */   parseJUnit: () => (/* binding */ parseJUnit),
/* harmony export */   parseJUnitDocument: () => (/* binding */ parseJUnitDocument),
/* harmony export */   parseJUnitJob: () => (/* binding */ parseJUnitJob),
/* harmony export */   readJUnit: () => (/* binding */ readJUnit)
/* harmony export */ });
/* harmony import */ var _adapters_threads_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52353);
/* harmony import */ var _xml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58284);


/**
 * Characters of a failure's text kept: its first line is the message when it has no other, and
 * the places it names come first; a failure that printed megabytes is not held whole.
 */
const MAX_OUTCOME_TEXT = 64 * 1024;
const OTHER = { kind: 'other' };
/** A path:line inside a failure's text, for tools that do not write file/line attributes. */
const LOCATION = /(?:\(|\s|^)(?:file:\/\/)?((?:\/|[A-Za-z]:[\\/])?(?:[\w.@-]+[\\/])*[\w.@-]+\.(?:[cm]?[jt]sx?|py|rb|go|java|kt|cs|php|rs|swift|scala|exs?)):(\d+)/m;
function locate(attrs, detail, exists) {
    const file = attrs.file;
    const line = attrs.line !== undefined ? Number(attrs.line) : undefined;
    if (file && line !== undefined && Number.isFinite(line))
        return { file, line };
    const found = [...detail.matchAll(new RegExp(LOCATION, 'gm'))].map((m) => ({
        file: m[1].replace(/^\.\//, ''),
        line: Number(m[2]),
    }));
    // A report that names the file but not the line (Node 24's runner): take the line from its stack.
    if (file)
        return { file, line: found.find((f) => f.file === file || file.endsWith(`/${f.file}`))?.line };
    if (exists === 'later')
        return found.length ? { named: found } : {};
    return pick(found, exists);
}
const pick = (found, exists) => found.find((f) => !exists || exists(f.file)) ?? {};
/**
 * Parses JUnit XML (Jest, Vitest, pytest, Node's test runner, Maven Surefire, Go's go-junit-report\u2026).
 *
 * Read as a stream of tags (see src/checks/xml.ts): a report of hundreds of thousands of test
 * cases is mostly passing cases and their captured output, of which only counts are kept; one cut
 * short is an error naming where, never a count of the cases it happened to hold.
 */
async function parseJUnit(xml, exists) {
    return (await parseJUnitDocument(xml, exists)).summary;
}
/**
 * `parseJUnit`, and when the report says it ran: the `timestamp` of the first suite that has one
 * (`<testsuites>` or a `<testsuite>` at any depth, in document order), as XML reads it \u2014 never
 * text in a comment or in another value that only looks like a suite's tag.
 */
async function parseJUnitDocument(xml, exists) {
    const parser = await (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .xmlReader */ .t0)();
    let timestamp;
    const summary = {
        tests: 0,
        failures: 0,
        errors: 0,
        skipped: 0,
        passed: 0,
        timeSec: 0,
        failed: [],
    };
    let root;
    const open = [];
    const suiteIn = (attrs, parent) => {
        if (timestamp === undefined && attrs.timestamp)
            timestamp = attrs.timestamp;
        return { name: attrs.name ?? parent, failed: [], times: [], children: [] };
    };
    parser.on('opentag', (tag) => {
        const parent = open[open.length - 1];
        const name = tag.name;
        let frame = OTHER;
        if (parent === undefined) {
            // A second root is not well-formed XML: the parser stops there before this is asked.
            if (name !== 'testsuites' && name !== 'testsuite')
                throw new Error('not a JUnit XML report: no <testsuites> or <testsuite> element');
            // <testsuites> may hold test cases directly (Node's test runner does).
            root = suiteIn((0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .attributesOf */ .Td)(tag.attributes), '');
            frame = { kind: 'suite', suite: root };
        }
        else if (parent.kind === 'suite') {
            if (name === 'testsuite') {
                const suite = suiteIn((0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .attributesOf */ .Td)(tag.attributes), parent.suite.name);
                parent.suite.children.push(suite);
                frame = { kind: 'suite', suite };
            }
            else if (name === 'testcase')
                frame = {
                    kind: 'case',
                    tc: { attrs: (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .attributesOf */ .Td)(tag.attributes), failures: 0, errors: 0, skipped: 0 },
                };
        }
        else if (parent.kind === 'case') {
            const tc = parent.tc;
            if (name === 'failure' || name === 'error') {
                const first = name === 'failure' ? tc.failures++ === 0 : tc.errors++ === 0;
                if (first) {
                    const outcome = { message: (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .xmlText */ .xK)((tag.attributes.message ?? '').trim()), text: '' };
                    if (name === 'failure')
                        tc.failure = outcome;
                    else
                        tc.error = outcome;
                    frame = { kind: 'outcome', outcome };
                }
                else
                    frame = { kind: 'outcome' };
            }
            else if (name === 'skipped')
                tc.skipped++;
        }
        open.push(frame);
    });
    const onText = (text) => {
        const top = open[open.length - 1];
        if (top?.kind === 'outcome' && top.outcome && top.outcome.text.length < MAX_OUTCOME_TEXT)
            top.outcome.text += text.slice(0, MAX_OUTCOME_TEXT - top.outcome.text.length);
    };
    parser.on('text', onText);
    parser.on('cdata', onText);
    parser.on('closetag', () => {
        const frame = open.pop();
        if (frame?.kind !== 'case')
            return;
        const { tc } = frame;
        const suite = open[open.length - 1].suite;
        summary.tests++;
        const time = tc.attrs.time !== undefined ? Number(tc.attrs.time) : undefined;
        if (time !== undefined && Number.isFinite(time))
            suite.times.push(time);
        const f = tc.failure ?? tc.error;
        if (f) {
            const text = (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .xmlText */ .xK)(f.text).trim();
            const detail = `${f.message}\n${text}`;
            const status = tc.failure ? 'failed' : 'error';
            if (status === 'failed')
                summary.failures++;
            else
                summary.errors++;
            suite.failed.push({
                suite: suite.name,
                name: tc.attrs.name ?? '(unnamed)',
                classname: tc.attrs.classname,
                status,
                message: (f.message || text).split('\n')[0].slice(0, 500),
                ...locate(tc.attrs, detail, exists),
                timeSec: time,
            });
        }
        else if (tc.skipped)
            summary.skipped++;
        else
            summary.passed++;
    });
    try {
        (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .readXml */ .km)(parser, xml);
    }
    catch (err) {
        // A document with no element at all is not a report either.
        if (root === undefined && !err.message.startsWith('not a JUnit'))
            throw new Error('not a JUnit XML report: no <testsuites> or <testsuite> element');
        throw err;
    }
    if (root === undefined)
        throw new Error('not a JUnit XML report: no <testsuites> or <testsuite> element');
    // Each suite's own cases, then the suites inside it: the order the summary has always had, its
    // total time added up in the same order. A stack, not recursion: suites may nest deeper than
    // the call stack goes.
    let timeSec = 0;
    const stack = [root];
    while (stack.length > 0) {
        const suite = stack.pop();
        for (const t of suite.times)
            timeSec += t;
        for (const c of suite.failed)
            summary.failed.push(c);
        for (let i = suite.children.length - 1; i >= 0; i--)
            stack.push(suite.children[i]);
    }
    summary.timeSec = Math.round(timeSec * 1000) / 1000;
    return { summary, ...(timestamp !== undefined ? { timestamp } : {}) };
}
/** From this size a report is parsed on a thread of its own (\u224850 ms of parsing here, at \u224890 MB/s). */
const JUNIT_THREAD_FROM = 4 * 1024 * 1024;
/** A job thread's side of `readJUnit`. */
function parseJUnitJob(input) {
    return parseJUnit(input, 'later');
}
/** The memory of `bytes`, when it holds nothing else: it can move to a thread instead of being copied. */
function ownMemory(bytes) {
    const { buffer } = bytes;
    return buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength
        ? [buffer]
        : [];
}
/**
 * `parseJUnit`, on a thread when the report is large: the main thread stays free for the other
 * checks. The places failures name are chosen here, where `exists` can be asked.
 */
async function readJUnit(xml, exists, signal) {
    const summary = await (0,_adapters_threads_js__WEBPACK_IMPORTED_MODULE_0__/* .hereOrOnThread */ .ze)(xml.length, JUNIT_THREAD_FROM, 
    // A report read from its file goes to the thread as its bytes, moved there, not copied.
    { kind: 'junit', input: xml, ...(typeof xml === 'string' ? {} : { transfer: ownMemory(xml) }) }, () => parseJUnit(xml, 'later'), signal);
    // Each case as parseJUnit makes it with `exists`: the place chosen, in the same order of fields.
    summary.failed = summary.failed.map(({ named, timeSec, ...c }) => ({
        ...c,
        ...(named ? pick(named, exists) : {}),
        timeSec,
    }));
    return summary;
}
function mergeJUnit(parts) {
    return parts.reduce((a, b) => ({
        tests: a.tests + b.tests,
        failures: a.failures + b.failures,
        errors: a.errors + b.errors,
        skipped: a.skipped + b.skipped,
        passed: a.passed + b.passed,
        timeSec: Math.round((a.timeSec + b.timeSec) * 1000) / 1000,
        failed: [...a.failed, ...b.failed],
    }), { tests: 0, failures: 0, errors: 0, skipped: 0, passed: 0, timeSec: 0, failed: [] });
}


/***/ }),

/***/ 23128:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Du: () => (/* binding */ shellValues),
/* harmony export */   EI: () => (/* binding */ isShellScript),
/* harmony export */   EJ: () => (/* binding */ SHELL_VALUES),
/* harmony export */   KW: () => (/* binding */ age),
/* harmony export */   XU: () => (/* binding */ statusCodes),
/* harmony export */   YV: () => (/* binding */ durationProblem),
/* harmony export */   Yn: () => (/* binding */ stringList),
/* harmony export */   ky: () => (/* binding */ shellScript),
/* harmony export */   m2: () => (/* binding */ MAX_URL_LENGTH),
/* harmony export */   p0: () => (/* binding */ duration),
/* harmony export */   q3: () => (/* binding */ httpUrl),
/* harmony export */   st: () => (/* binding */ toList),
/* harmony export */   u8: () => (/* binding */ urlOrPath),
/* harmony export */   uH: () => (/* binding */ condition),
/* harmony export */   wR: () => (/* binding */ timeout),
/* harmony export */   xS: () => (/* binding */ hasExpression),
/* harmony export */   yG: () => (/* binding */ regex)
/* harmony export */ });
/* unused harmony export MAX_SCRIPT_LENGTH */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12311);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29396);
/* harmony import */ var _core_conditions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18857);
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98571);



/** Field schemas shared by check types. Values may hold `${{ \u2026 }}` until interpolated. */
/**
 * Whether a string holds a `${{ \u2026 }}` expression. Two index searches rather than a lazy regex,
 * which would scan to the end of the string again for every `${{` in it.
 */
function hasExpression(s) {
    const open = s.indexOf('${{');
    return open >= 0 && s.indexOf('}}', open + 3) >= 0;
}
/** Longest URL a field takes; longer ones are mistakes or attacks on whatever logs them. */
const MAX_URL_LENGTH = 8 * 1024;
/** Longest shell script a field takes (a command line, or a short script). */
const MAX_SCRIPT_LENGTH = 16 * 1024;
const BARE_NUMBER = /^\s*\d+(?:\.\d+)?\s*$/;
/** What is wrong with a duration written in the config, or undefined. */
function durationProblem(v, limit) {
    if (hasExpression(v))
        return undefined;
    if (BARE_NUMBER.test(v))
        return noUnit(v.trim());
    const ms = (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)(v);
    if (ms === undefined)
        return 'expected a duration such as 500ms, 30s, 2m, 26h or 7d';
    if (ms > limit.maxMs)
        return `${v.trim()} is too long: ${limit.maxText}`;
    if (limit.positive && ms <= 0)
        return 'must be more than 0';
    return undefined;
}
function noUnit(n) {
    return `${n} has no unit; write ${n}s (or ${n}ms)`;
}
function durationSchema(limit) {
    // A number gets its own message: YAML reads `timeout: 30` as a number, which used to mean 30 ms.
    return zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP({
        error: (iss) => typeof iss.input === 'number'
            ? Number.isFinite(iss.input) && iss.input >= 0
                ? noUnit(String(iss.input))
                : 'expected a duration with its unit, such as 500ms, 30s, 2m or 26h'
            : undefined,
    })
        .superRefine((v, ctx) => {
        const problem = durationProblem(v, limit);
        if (problem)
            ctx.addIssue({ code: 'custom', message: problem });
    });
}
const TIMER = { maxMs: _core_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_TIMER_MS */ ._o, maxText: 'at most 24h' };
/** A time a timer waits (timeouts, backoffs, latency budgets): a unit, and at most 24h. */
const duration = durationSchema(TIMER).describe('A duration with its unit: 500ms, 30s, 2m or 26h (at most 24h)');
/** A timeout: like `duration`, and more than 0. */
const timeout = durationSchema({ ...TIMER, positive: true }).describe('A duration with its unit: 500ms, 30s, 2m or 26h (more than 0, at most 24h)');
/** An age or a window (how old evidence or data may be): a unit, and at most ten years. */
const age = durationSchema({ maxMs: _core_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_AGE_MS */ .ON, maxText: 'at most 3650d (ten years)' }).describe('A duration with its unit: 30m, 26h or 7d (at most 3650d)');
const condition = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .superRefine((s, ctx) => {
    if (hasExpression(s))
        return;
    try {
        (0,_core_conditions_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCondition */ .zB)(s);
    }
    catch (err) {
        ctx.addIssue({ code: 'custom', message: err.message });
    }
})
    .describe('A condition: `<path> <op> <value>`, e.g. `status == "ok"`, `tables.permits > 0`, `error not exists`');
const regex = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().superRefine((s, ctx) => {
    if (hasExpression(s))
        return;
    try {
        new RegExp(s);
    }
    catch (err) {
        ctx.addIssue({ code: 'custom', message: `not a valid regular expression: ${err.message}` });
    }
});
const httpUrl = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().superRefine((s, ctx) => {
    if (s.length > MAX_URL_LENGTH) {
        ctx.addIssue({
            code: 'custom',
            message: `a URL of ${s.length} characters is too long: at most ${MAX_URL_LENGTH}`,
        });
        return;
    }
    if (hasExpression(s))
        return;
    let u;
    try {
        u = new URL(s);
    }
    catch {
        ctx.addIssue({ code: 'custom', message: `expected an absolute http(s) URL, got "${s}"` });
        return;
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') {
        ctx.addIssue({ code: 'custom', message: `expected an http or https URL, got protocol "${u.protocol}"` });
    }
});
/**
 * An absolute http(s) URL, or a path resolved against a base. Text that names another scheme
 * (`ftp:`, a misspelt `htps:`) is neither, and would only fail when the check runs.
 */
const urlOrPath = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .min(1)
    .superRefine((s, ctx) => {
    if (hasExpression(s))
        return;
    const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(s)?.[1];
    if (scheme === undefined || /^https?$/i.test(scheme))
        return;
    // `localhost:8080/x` reads as a scheme too: say what is expected either way.
    ctx.addIssue({
        code: 'custom',
        message: `expected an http(s) URL or a path, got "${s.length > 80 ? `${s.slice(0, 77)}...` : s}" (scheme "${scheme}:")`,
    });
});
/**
 * Fields that bash runs. The planner never pastes a value into them: each `${{ \u2026 }}` becomes a
 * reference to an environment variable, and the values travel beside the spec (SHELL_VALUES).
 */
const shellScripts = zod__WEBPACK_IMPORTED_MODULE_3__/* .registry */ .u5();
const shellScript = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).max(MAX_SCRIPT_LENGTH).register(shellScripts, { shell: true });
/** Whether a field schema (optional, defaulted or described) is a `shellScript`. */
function isShellScript(schema) {
    let s = schema;
    for (let depth = 0; s && depth < 8; depth++) {
        if (shellScripts.get(s)?.shell)
            return true;
        s = s._zod.def.innerType;
    }
    return false;
}
/**
 * Where a planned spec keeps the values of its shell fields' expressions: environment variable
 * name \u2192 value. A symbol, so it is no config key, and never written out with the spec.
 */
const SHELL_VALUES = Symbol('promotion-gate shell values');
/** The environment a check adds to the process that runs its shell field. */
function shellValues(spec) {
    return spec[SHELL_VALUES] ?? {};
}
const stringList = zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()).min(1)]);
const toList = (v) => v === undefined ? [] : Array.isArray(v) ? v : [v];
const statusCodes = zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().min(100).max(599), zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().min(100).max(599)).min(1)]);


/***/ }),

/***/ 67309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J6: () => (/* binding */ TESTS_GRADING),
/* harmony export */   WW: () => (/* binding */ PAGES_GRADING),
/* harmony export */   cj: () => (/* binding */ gradingSchema),
/* harmony export */   on: () => (/* binding */ grade)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12311);

/** Score tiers for checks made of many parts (pages, tests): the first tier that fits gives the score. */
const gradingSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    maxFailures: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().min(0).optional().describe('At most this many parts failed'),
    minPassRatio: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0).max(1).optional().describe('At least this share of parts passed'),
    score: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().min(1).max(5),
}))
    .min(1)
    .describe('Score tiers, first match wins, e.g. [{maxFailures: 0, score: 5}, {maxFailures: 1, score: 4}, {score: 1}]');
/** Page rule: all \u2192 5, all but one \u2192 4, at least half \u2192 3, else 1. */
const PAGES_GRADING = [
    { maxFailures: 0, score: 5 },
    { maxFailures: 1, score: 4 },
    { minPassRatio: 0.5, score: 3 },
    { score: 1 },
];
/** Test rule: green \u2192 5, up to 3 failures \u2192 3, more \u2192 2. */
const TESTS_GRADING = [
    { maxFailures: 0, score: 5 },
    { maxFailures: 3, score: 3 },
    { score: 2 },
];
/** When every part failed, the last (lowest) tier applies: one page of one down is not "all but one". */
function grade(grading, failed, total) {
    if (total > 0 && failed >= total)
        return grading[grading.length - 1].score;
    const passRatio = total === 0 ? 1 : (total - failed) / total;
    for (const tier of grading) {
        if (tier.maxFailures !== undefined && failed > tier.maxFailures)
            continue;
        if (tier.minPassRatio !== undefined && passRatio < tier.minPassRatio)
            continue;
        return tier.score;
    }
    return 1;
}


/***/ }),

/***/ 29320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ ownersOf),
/* harmony export */   x: () => (/* binding */ CODEOWNERS_PATHS)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);

/** Where GitHub looks for CODEOWNERS, in its order: the first that exists is used. */
const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];
/** A CODEOWNERS pattern (gitignore-like) as globs: anchored when it has a slash, else anywhere. */
function globsOf(pattern) {
    let p = pattern;
    const anchored = p.startsWith('/') || p.slice(0, -1).includes('/');
    p = p.replace(/^\//, '');
    const dir = p.endsWith('/');
    p = p.replace(/\/$/, '');
    const base = anchored ? p : `**/${p}`;
    // A pattern naming a directory owns everything under it.
    return dir ? [`${base}/**`] : [base, `${base}/**`];
}
/**
 * The owners of a path: the last matching line wins, as on GitHub. Owners are `@user`,
 * `@org/team` (emails cannot be matched to reviewers and are left out). A line with a pattern
 * and no owner makes the path unowned.
 */
function ownersOf(text, file) {
    let owners = [];
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.replace(/(^|\s)#.*$/, '').trim();
        if (!line)
            continue;
        const [pattern, ...rest] = line.split(/\s+/);
        if (!pattern)
            continue;
        const match = picomatch__WEBPACK_IMPORTED_MODULE_0___default()(globsOf(pattern), { dot: true });
        if (match(file))
            owners = rest.filter((o) => o.startsWith('@'));
    }
    return owners;
}


/***/ }),

/***/ 1402:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ meets),
/* harmony export */   Jn: () => (/* binding */ parseCriterion),
/* harmony export */   Sc: () => (/* binding */ fmt),
/* harmony export */   gL: () => (/* binding */ criterionField)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12311);
/* harmony import */ var _core_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96228);


const CRITERION = /^\s*(>=|>|<=|<|==)?\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)\s*(%)?\s*$/i;
function parseCriterion(input) {
    if (typeof input === 'number') {
        if (!Number.isFinite(input))
            throw new Error(`criterion ${input} is not a finite number`);
        return { op: '>=', value: input, percent: false, source: `>= ${input}` };
    }
    const m = CRITERION.exec(input);
    if (!m) {
        throw new Error(`cannot read criterion "${input}": expected an operator (>=, >, <=, <, ==) and a number, e.g. ">= 0.8", "<= +10%"`);
    }
    const op = (m[1] ?? '>=');
    return { op, value: Number(m[2]), percent: m[3] !== undefined, source: `${op} ${m[2]}${m[3] ?? ''}` };
}
function meets(observed, c) {
    if (Number.isNaN(observed))
        return false;
    switch (c.op) {
        case '>=':
            return observed >= c.value;
        case '>':
            return observed > c.value;
        case '<=':
            return observed <= c.value;
        case '<':
            return observed < c.value;
        case '==':
            return observed === c.value;
    }
}
/** A config field holding a criterion, validated when the config is loaded. */
const criterionField = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()]).superRefine((v, ctx) => {
    if (typeof v === 'string' && v.includes('${{'))
        return;
    try {
        parseCriterion(v);
    }
    catch (err) {
        ctx.addIssue({ code: 'custom', message: err.message });
    }
});
/** A metric as people read it: the one number formatter (0.831, 812.6, 12,345; no float noise). */
function fmt(n, near) {
    return (0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(n, near ? { near } : {});
}


/***/ }),

/***/ 54816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $v: () => (/* binding */ evaluateDrift),
/* harmony export */   LX: () => (/* binding */ driftSettings),
/* harmony export */   Wc: () => (/* binding */ pinnedValue),
/* harmony export */   tb: () => (/* binding */ BASELINES),
/* harmony export */   yD: () => (/* binding */ pinnedDrift)
/* harmony export */ });
/* unused harmony exports DRIFT_DEFAULTS, aggregateOf */
/* harmony import */ var _core_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96228);
/* harmony import */ var _criteria_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1402);


const BASELINES = ['mean', 'median', 'p90', 'min', 'max', 'last'];
/** Drift defaults: 8 runs back, at least 3 points, precision may drop 0.08 and recall 0.05. */
const DRIFT_DEFAULTS = {
    lookback: 8,
    minHistory: 3,
    baseline: 'mean',
    maxDrop: { precision: 0.08, recall: 0.05 },
};
/** maxDrop X is the rule "change \u2265 \u2212X"; without maxDrop and rules DRIFT_DEFAULTS apply. */
function driftSettings(cfg = {}) {
    const explicit = cfg.maxDrop !== undefined || cfg.rules !== undefined;
    // Metric names are the user's: own keys of a record without a prototype.
    const rules = Object.create(null);
    for (const [m, drop] of Object.entries(explicit ? (cfg.maxDrop ?? {}) : DRIFT_DEFAULTS.maxDrop))
        rules[m] = (0,_criteria_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCriterion */ .Jn)(`>= ${-Math.abs(drop)}`);
    for (const [m, c] of Object.entries(cfg.rules ?? {}))
        rules[m] = (0,_criteria_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCriterion */ .Jn)(c);
    return {
        lookback: cfg.lookback ?? DRIFT_DEFAULTS.lookback,
        minHistory: cfg.minHistory ?? DRIFT_DEFAULTS.minHistory,
        baseline: cfg.baseline ?? DRIFT_DEFAULTS.baseline,
        rules,
        explicit,
    };
}
function aggregateOf(values, kind) {
    if (values.length === 0)
        return Number.NaN;
    if (kind === 'mean')
        return values.reduce((a, b) => a + b, 0) / values.length;
    if (kind === 'last')
        return values[values.length - 1];
    // Sorted only for the baselines that need order: a review takes one baseline per run.
    // A typed array sorts numerically without calling back into JavaScript for each comparison.
    const sorted = Float64Array.from(values).sort();
    switch (kind) {
        case 'median':
            return quantile(sorted, 0.5);
        case 'p90':
            return quantile(sorted, 0.9);
        case 'min':
            return sorted[0];
        case 'max':
            return sorted[sorted.length - 1];
    }
}
/** Linear interpolation between closest ranks (the common "type 7" definition). */
function quantile(sorted, q) {
    const pos = (sorted.length - 1) * q;
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
const tidy = (n) => Math.round(n * 1e9) / 1e9;
/**
 * Compares each ruled metric of the current run with an aggregate of its earlier values.
 * `history(metric)` gives the values of the last `lookback` valid runs that recorded it.
 */
function evaluateDrift(current, history, s, 
/** How the baseline is named in messages (default: the aggregate of the last runs). */
baselineName, 
/**
 * The statuses the caller keeps (default: all). Points of the others are judged but not
 * built: a review judges every run of its history and shows only the alerts.
 */
keep) {
    const out = [];
    const kept = (status) => keep === undefined || keep.has(status);
    for (const [metric, rule] of Object.entries(s.rules)) {
        const value = current[metric];
        const values = history(metric);
        // Made only for a point that is kept: a review judges every run and keeps few.
        const base = () => ({ metric, points: values.length, criterion: `change ${rule.source}` });
        if (value === undefined || !Number.isFinite(value)) {
            if (!s.explicit && value === undefined)
                continue;
            if (!kept('missing'))
                continue;
            out.push({
                ...base(),
                status: 'missing',
                message: `${metric} has no numeric value in this run; drift cannot be checked`,
            });
            continue;
        }
        if (values.length < s.minHistory) {
            if (!kept('insufficient'))
                continue;
            out.push({
                ...base(),
                status: 'insufficient',
                current: value,
                message: `${metric} ${(0,_criteria_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(value)}: not enough history for drift (${values.length} of ${s.minHistory} runs needed)`,
            });
            continue;
        }
        const baseline = aggregateOf(values, s.baseline);
        // Rounded so that 0.80 \u2212 0.88 is \u22120.08, not \u22120.0800000000000001 beyond a 0.08 allowance.
        const change = tidy(value - baseline);
        const changePercent = baseline === 0 ? (change === 0 ? 0 : undefined) : tidy((change / Math.abs(baseline)) * 100);
        const observed = rule.percent ? changePercent : change;
        const ok = observed === undefined
            ? (0,_criteria_js__WEBPACK_IMPORTED_MODULE_1__/* .meets */ .D)(change > 0 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY, rule)
            : (0,_criteria_js__WEBPACK_IMPORTED_MODULE_1__/* .meets */ .D)(observed, rule);
        if (!kept(ok ? 'ok' : 'alert'))
            continue;
        // Precise enough that a change just past its allowance never reads as the allowance.
        const shown = rule.percent
            ? changePercent === undefined
                ? `${change > 0 ? 'up' : 'down'} from 0`
                : (0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(changePercent, { sign: true, near: [rule.value] })
            : (0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(change, { sign: true, near: [rule.value] });
        // The baseline as precise as the change, so value, baseline and change add up as shown.
        const changeDecimals = rule.percent ? 0 : (shown.split('.')[1]?.length ?? 0);
        const baselineText = (0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(baseline, { minDecimals: changeDecimals });
        const against = baselineName?.(values.length, baseline) ??
            `the ${s.baseline} of the last ${values.length} run${values.length === 1 ? '' : 's'} (${baselineText})`;
        out.push({
            ...base(),
            status: ok ? 'ok' : 'alert',
            current: value,
            baseline,
            change,
            ...(changePercent !== undefined ? { changePercent } : {}),
            message: ok
                ? `${metric} ${(0,_criteria_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(value)} vs ${against}: ${shown}, within ${rule.source}`
                : `${metric} drifted: ${(0,_criteria_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(value)} vs ${against} is ${shown}, allowed ${rule.source}`,
        });
    }
    return out;
}
/** A pinned run's number for a check and metric, or why it cannot be a reference. */
function pinnedValue(p, checkId, metric) {
    const id = p.pin.runId;
    if (!p.run)
        return { note: `pinned run ${id} is no longer in history; not compared with` };
    if (p.run.invalid)
        return { note: `pinned run ${id} is marked invalid (${p.run.invalid.reason}); no longer compared with` };
    const c = p.run.checks.find((x) => x.id === checkId);
    const v = c && c.status !== 'skipped' && c.status !== 'error' ? c.metrics[metric] : undefined;
    if (typeof v !== 'number' || !Number.isFinite(v))
        return { note: `pinned run ${id} has no ${metric} of ${checkId}; not compared with` };
    return { value: v };
}
/**
 * Drift against pinned reference runs, besides the last runs: each valid pinned run that
 * measured a ruled metric is a baseline of its own. Pins that cannot serve are said, not used.
 */
function pinnedDrift(current, pins, checkId, s) {
    const points = [];
    const notes = new Set();
    for (const p of pins) {
        const id = p.pin.runId;
        for (const metric of Object.keys(s.rules)) {
            if (current[metric] === undefined)
                continue;
            const got = pinnedValue(p, checkId, metric);
            if ('note' in got) {
                notes.add(got.note);
                continue;
            }
            const [point] = evaluateDrift({ [metric]: current[metric] }, () => [got.value], { ...s, rules: { [metric]: s.rules[metric] }, minHistory: 1, baseline: 'last', explicit: false }, (_n, b) => `pinned run ${id} (${(0,_criteria_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(b)})`);
            if (point)
                points.push({ ...point, pinnedRun: id });
        }
    }
    return { points, notes: [...notes] };
}


/***/ }),

/***/ 47940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d3: () => (/* binding */ inlineIgnores),
/* harmony export */   kC: () => (/* binding */ inlineIgnored),
/* harmony export */   sG: () => (/* binding */ ruleFor),
/* harmony export */   y0: () => (/* binding */ RULES),
/* harmony export */   zr: () => (/* binding */ ruleIdProblem)
/* harmony export */ });
/* unused harmony export RULE_IDS */
const RULES = {
    // Data loss, or names the running code still uses: they need rollback evidence.
    'ban-drop-table': { level: 'destructive', why: 'DROP TABLE' },
    'ban-drop-column': { level: 'destructive', why: 'DROP COLUMN' },
    'ban-drop-database': { level: 'destructive', why: 'DROP DATABASE' },
    'ban-drop-schema': { level: 'destructive', why: 'DROP SCHEMA' },
    'ban-truncate': { level: 'destructive', why: 'TRUNCATE' },
    'ban-delete-without-where': { level: 'destructive', why: 'DELETE without WHERE' },
    'renaming-table': { level: 'destructive', why: 'RENAME' },
    'renaming-column': { level: 'destructive', why: 'RENAME' },
    // Statements that fail, or never apply.
    'ban-concurrent-index-creation-in-transaction': {
        level: 'failure',
        why: 'CONCURRENTLY cannot run inside a transaction block: PostgreSQL rejects the statement and the migration fails',
        instead: 'run it outside any transaction (COMMIT first, or a migration of its own that the tool runs without one)',
    },
    'ban-uncommitted-transaction': {
        level: 'failure',
        why: 'BEGIN without COMMIT: the migration ends with its transaction open and its changes are rolled back',
        instead: 'end the transaction with COMMIT',
    },
    // Locks a busy table, or breaks code that is still running.
    'require-concurrent-index-creation': {
        level: 'warning',
        why: 'CREATE INDEX without CONCURRENTLY blocks writes to the table while the index builds',
        instead: 'CREATE INDEX CONCURRENTLY (outside a transaction)',
    },
    'require-concurrent-index-deletion': {
        level: 'warning',
        why: 'DROP INDEX without CONCURRENTLY takes an exclusive lock on the table',
        instead: 'DROP INDEX CONCURRENTLY (outside a transaction)',
    },
    'require-concurrent-reindex': {
        level: 'warning',
        why: 'REINDEX without CONCURRENTLY locks out writes',
        instead: 'REINDEX \u2026 CONCURRENTLY (PostgreSQL 12+)',
    },
    'require-concurrent-partition-detach': {
        level: 'warning',
        why: 'DETACH PARTITION without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the partitioned table',
        instead: 'DETACH PARTITION \u2026 CONCURRENTLY (PostgreSQL 14+, outside a transaction)',
    },
    'adding-required-field': {
        level: 'warning',
        why: 'ADD COLUMN \u2026 NOT NULL without DEFAULT fails on a non-empty table (and blocks it while it checks)',
        instead: 'add the column nullable (or with a non-volatile DEFAULT), backfill in batches, then SET NOT NULL after a NOT VALID check constraint is validated',
    },
    'adding-not-nullable-field': {
        level: 'warning',
        why: 'SET NOT NULL scans the whole table under an exclusive lock',
        instead: 'add CHECK (col IS NOT NULL) NOT VALID, VALIDATE it, then SET NOT NULL (PostgreSQL 12+ skips the scan)',
    },
    'adding-field-with-default': {
        level: 'warning',
        why: 'ADD COLUMN with this DEFAULT rewrites the table under an ACCESS EXCLUSIVE lock',
        instead: 'add the column without the default, SET DEFAULT for new rows, backfill in batches (a trigger for generated values)',
    },
    'adding-serial-primary-key-field': {
        level: 'warning',
        why: 'adding a PRIMARY KEY builds its index under an ACCESS EXCLUSIVE lock, blocking reads and writes',
        instead: 'CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT \u2026 PRIMARY KEY USING INDEX',
    },
    'disallowed-unique-constraint': {
        level: 'warning',
        why: 'adding a UNIQUE constraint builds its index under an ACCESS EXCLUSIVE lock, blocking reads and writes',
        instead: 'CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT \u2026 UNIQUE USING INDEX',
    },
    'adding-foreign-key-constraint': {
        level: 'warning',
        why: 'adding a foreign key validates every row while blocking writes to both tables',
        instead: 'ADD CONSTRAINT \u2026 FOREIGN KEY \u2026 NOT VALID, then VALIDATE CONSTRAINT in a separate transaction',
    },
    'constraint-missing-not-valid': {
        level: 'warning',
        why: 'adding a CHECK constraint scans the table while blocking writes',
        instead: 'ADD CONSTRAINT \u2026 CHECK (\u2026) NOT VALID, then VALIDATE CONSTRAINT in a separate transaction',
    },
    'changing-column-type': {
        level: 'warning',
        why: 'ALTER COLUMN \u2026 TYPE rewrites the table under an exclusive lock',
        instead: 'add a new column, backfill it in batches, switch reads and writes, then drop the old one',
    },
    'ban-drop-not-null': {
        level: 'warning',
        why: 'DROP NOT NULL lets NULL into a column that running code expects to be set',
        instead: 'keep the constraint and write a marker value, or move to a new column the code handles as nullable',
    },
    'ban-truncate-cascade': {
        level: 'warning',
        why: 'TRUNCATE \u2026 CASCADE also empties every table with a foreign key to it, and theirs in turn',
        instead: 'name every table to empty, without CASCADE',
    },
    'ban-alter-domain-with-add-constraint': {
        level: 'warning',
        why: 'ALTER DOMAIN \u2026 ADD CONSTRAINT re-checks every column of that domain in every table, under lock',
        instead: 'put the constraint on the columns themselves (NOT VALID, then VALIDATE)',
    },
    'transaction-nesting': {
        level: 'warning',
        why: 'transaction control that does not match: PostgreSQL has no nested transactions',
        instead: 'one BEGIN \u2026 COMMIT per transaction, or none where the migration tool opens one',
    },
    'prefer-repack': {
        level: 'warning',
        why: 'VACUUM FULL and CLUSTER rewrite the table under an ACCESS EXCLUSIVE lock, blocking reads and writes',
        instead: 'pg_repack, or REPACK (CONCURRENTLY) on PostgreSQL 19+',
    },
    // Advice: types that age badly, statements that cannot be re-run.
    'ban-create-domain-with-constraint': {
        level: 'notice',
        why: 'a domain with a constraint makes every later change of that constraint re-check all its columns',
        instead: 'a plain type with table and column constraints',
    },
    'prefer-bigint-over-int': {
        level: 'notice',
        why: '32-bit integer columns run out at 2,147,483,647',
        instead: 'bigint (bigserial, or bigint GENERATED \u2026 AS IDENTITY)',
    },
    'prefer-bigint-over-smallint': {
        level: 'notice',
        why: '16-bit integer columns run out at 32,767',
        instead: 'bigint (bigserial, or bigint GENERATED \u2026 AS IDENTITY)',
    },
    'prefer-identity': {
        level: 'notice',
        why: 'serial types make permissions and schema management harder',
        instead: 'bigint GENERATED BY DEFAULT AS IDENTITY',
    },
    'prefer-text-field': {
        level: 'notice',
        why: 'changing the length of a varchar(n) later takes an ACCESS EXCLUSIVE lock',
        instead: 'text with a CHECK (length(col) <= n) constraint',
    },
    'prefer-timestamptz': {
        level: 'notice',
        why: 'timestamp without time zone drops the UTC offset of the values written to it',
        instead: 'timestamptz',
    },
    'ban-char-field': {
        level: 'notice',
        why: 'char(n) pads values with blanks and is no faster than text in PostgreSQL',
        instead: 'text or varchar',
    },
    'identifier-too-long': {
        level: 'notice',
        why: 'PostgreSQL truncates identifiers longer than 63 bytes, so the name used is not the name written',
        instead: 'a name of at most 63 bytes',
    },
    'prefer-robust-stmts': {
        level: 'notice',
        why: 'outside a transaction, a migration that fails part way cannot be run again',
        instead: 'IF [NOT] EXISTS, or a transaction around the statements',
    },
    'require-enum-value-ordering': {
        level: 'notice',
        why: 'ADD VALUE without BEFORE or AFTER appends the value, which changes what comparisons of the enum mean',
        instead: "ADD VALUE \u2026 BEFORE 'x' or AFTER 'x'",
    },
};
const RULE_IDS = Object.keys(RULES);
/** squawk's rules that this check does not have, and its spelling variants: accepted, and no-ops. */
const SQUAWK_ONLY = [
    'require-table-schema',
    'require-timeout-settings',
    'require-lock-timeout',
    'require-statement-timeout',
    'ban-duplicate-column-assignments',
    'unused-ignore',
    'syntax-error',
];
const ALIASES = {
    'prefer-timestamp-tz': 'prefer-timestamptz',
    'adding-not-null-field': 'adding-not-nullable-field',
};
const isRule = (id) => Object.hasOwn(RULES, id);
/** The rule an id names (an alias resolved), `null` for a known id this check has no rule for. */
function ruleFor(id) {
    const key = id.trim().toLowerCase();
    if (isRule(key))
        return key;
    if (Object.hasOwn(ALIASES, key))
        return ALIASES[key];
    if (SQUAWK_ONLY.includes(key))
        return null;
    return undefined;
}
/** What is wrong with a rule id written in the config, or undefined. */
function ruleIdProblem(id) {
    if (ruleFor(id) !== undefined)
        return undefined;
    const near = closest(id.toLowerCase(), [...RULE_IDS, ...Object.keys(ALIASES)]);
    return `unknown rule "${id}"${near ? ` (did you mean "${near}"?)` : ''}: the README lists the rules of the migrations check; squawk's rule names are accepted too`;
}
function closest(word, candidates) {
    let best;
    let bestDistance = Math.max(3, Math.floor(word.length / 4)) + 1;
    for (const c of candidates) {
        const d = distance(word, c);
        if (d < bestDistance)
            [best, bestDistance] = [c, d];
    }
    return best;
}
function distance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++)
            cur.push(Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
        prev = cur;
    }
    return prev[b.length];
}
const IGNORE_COMMENT = /(?:--|\/\*)[ \t]*squawk-ignore(-file)?(?=[\s,]|\*\/|$)([^\n]*)/g;
function inlineIgnores(text, firstLine = 1) {
    const out = { file: new Set(), lines: new Map() };
    if (!text.includes('squawk-ignore'))
        return out;
    let line = firstLine;
    let from = 0;
    for (const m of text.matchAll(IGNORE_COMMENT)) {
        for (let i = text.indexOf('\n', from); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1))
            line++;
        from = m.index;
        const names = m[2].split(/--|\*\//)[0];
        const rules = new Set();
        for (const n of names.split(',')) {
            const r = n.trim() ? ruleFor(n) : undefined;
            if (r)
                rules.add(r);
        }
        if (m[1]) {
            if (!names.trim())
                out.file = 'all';
            else if (out.file !== 'all')
                for (const r of rules)
                    out.file.add(r);
        }
        else
            out.lines.set(line, rules);
    }
    return out;
}
function inlineIgnored(ignores, rule, lines) {
    if (ignores.file === 'all' || ignores.file.has(rule))
        return true;
    return lines.some((l) => ignores.lines.get(l)?.has(rule) || ignores.lines.get(l - 1)?.has(rule));
}


/***/ }),

/***/ 26164:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ fields),
/* harmony export */   q: () => (/* binding */ DEFAULT_MIGRATION_PATHS)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12311);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23128);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47940);
// The settings of a migrations check, as the config schema reads them; its work is in run.ts.



/** Where the usual tools keep migrations: plain SQL anywhere, Django/Alembic, Rails, Knex. */
const DEFAULT_MIGRATION_PATHS = [
    '**/*.sql',
    '**/migrations/**/*.py',
    '**/alembic/versions/*.py',
    '**/db/migrate/*.rb',
    '**/migrations/**/*.js',
    '**/migrations/**/*.ts',
    '**/migrations/**/*.cjs',
    '**/migrations/**/*.mjs',
];
const DEFAULT_EXCLUDE = [
    '**/node_modules/**',
    '**/vendor/**',
    '**/db/structure.sql',
    '**/__init__.py',
    '**/env.py',
    '**/*.d.ts',
];
const ruleId = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().superRefine((id, ctx) => {
    const problem = (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .ruleIdProblem */ .zr)(id);
    if (problem)
        ctx.addIssue({ code: 'custom', message: problem });
});
const LEVELS = ['failure', 'warning', 'notice'];
const fields = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    paths: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1)).default(DEFAULT_MIGRATION_PATHS).describe('Globs of migration files'),
    exclude: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1)).default(DEFAULT_EXCLUDE).describe('Globs never read as migrations'),
    dialect: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['postgresql', 'mysql', 'sqlite', 'other'])
        .default('postgresql')
        .describe('The lock-risk and style rules are PostgreSQL\u2019s; other dialects get the destructive-statement rules only'),
    postgresVersion: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()
        .min(9)
        .max(99)
        .default(15)
        .describe('Major PostgreSQL version the migrations run on: before 11 any ADD COLUMN \u2026 DEFAULT rewrites the table; from 12 a validated CHECK (col IS NOT NULL) lets SET NOT NULL skip its scan'),
    assumeInTransaction: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY()
        .default(false)
        .describe('Plain SQL files run inside a transaction the migration tool opens (as squawk\u2019s assume-in-transaction); goose, dbmate, sql-migrate and the frameworks are recognised without it'),
    ignore: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(ruleId)
        .default([])
        .describe('Rules never reported, by id; squawk\u2019s rule names are accepted, so its ignore list carries over'),
    levels: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(LEVELS))
        .check(
    // Run even when a level is wrong too, so every bad key is named at once.
    zod__WEBPACK_IMPORTED_MODULE_2__/* .superRefine */ .zni((levels, ctx) => {
        for (const id of Object.keys(levels)) {
            const problem = (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .ruleIdProblem */ .zr)(id);
            if (problem)
                ctx.addIssue({ code: 'custom', path: [id], message: problem, input: id });
        }
    }, { when: (p) => typeof p.value === 'object' && p.value !== null && !Array.isArray(p.value) }))
        .default({})
        .describe('Level per rule id, replacing its default: failure, warning or notice'),
    backupMarker: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .regex */ .yG
        .default('(?:--|#|//|/\\*)\\s*(?:promotion-gate:\\s*)?backup\\b')
        .describe('A comment matching this in a migration counts as evidence a backup was taken'),
});


/***/ }),

/***/ 47681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Tf: () => (/* binding */ WorkspacePathError),
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   aR: () => (/* binding */ Workspace),
/* harmony export */   sL: () => (/* binding */ readWorkspaceFile),
/* harmony export */   s_: () => (/* binding */ allowOutsideWorkspaceField)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73382);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12311);






/**
 * Every path a check reads is confined to the workspace (the repository the gate runs in), after
 * symbolic links are resolved: what a check reads can end up in the bundle, a downloadable
 * artifact, so `/etc/shadow`, `../../secrets` or a committed link to either must not be read.
 */
const allowOutsideWorkspaceField = zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY()
    .default(false)
    .describe('Read paths outside the repository (after resolving symbolic links); the report names each one. Default: such a path makes the check an error');
/** A path that leaves the workspace, or could not be resolved; the check ends `error` with it. */
class WorkspacePathError extends Error {
    constructor(message) {
        super(message);
        this.name = 'WorkspacePathError';
    }
}
/** Links followed for one path before it counts as a loop (Linux gives up after 40 too). */
const MAX_LINKS = 40;
const missing = (err) => ['ENOENT', 'ENOTDIR'].includes(err.code ?? '');
/**
 * The real location of `abs`: symbolic links of the target and of every existing parent are
 * followed (a dangling link too); a tail that does not exist yet is kept as written.
 */
async function resolveReal(abs, links = 0) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(abs);
    }
    catch (err) {
        if (!missing(err))
            throw err;
    }
    const parent = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(abs);
    if (parent === abs)
        return abs;
    const realParent = await resolveReal(parent, links);
    const candidate = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(realParent, node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(abs));
    let target;
    try {
        target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readlink)(candidate);
    }
    catch {
        return candidate; // not there, or not a link
    }
    if (links >= MAX_LINKS)
        throw Object.assign(new Error(`too many levels of symbolic links at ${abs}`), { code: 'ELOOP' });
    return resolveReal(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(realParent, target), links + 1);
}
function isInside(root, p) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, p);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)}`) && !node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(rel));
}
/** A `..` that a glob could expand to a path segment, e.g. `../x/*` or `{..,x}/*`. */
const PARENT_SEGMENT = /(^|[/\\{,])\.\.([/\\},]|$)/;
/**
 * Resolves the paths one check reads against the workspace. Paths outside it are an error unless
 * the check allows them; those it allows are remembered so the report can name them.
 */
class Workspace {
    root;
    allowOutside;
    rootReal;
    seen = new Map();
    constructor(root, allowOutside) {
        this.root = root;
        this.allowOutside = allowOutside;
    }
    realRoot() {
        this.rootReal ??= (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(this.root);
        return this.rootReal;
    }
    /**
     * Where `name` (relative to `base`, by default the workspace) really is. `what` names it in
     * messages: "evidence file", "coverage report"\u2026.
     */
    async resolve(what, name, base = this.root) {
        const root = await this.realRoot();
        let real;
        try {
            real = await resolveReal(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(base, name));
        }
        catch (err) {
            const code = err.code;
            throw new WorkspacePathError(code === 'ELOOP'
                ? `${what} ${name}: too many levels of symbolic links (a link loop?)`
                : `${what} ${name}: cannot resolve it: ${err.message}`);
        }
        const found = { name, real, outside: !isInside(root, real) };
        if (found.outside) {
            if (!this.allowOutside)
                throw new WorkspacePathError(`${what} ${name} is outside the workspace (it resolves to ${real}); set allowOutsideWorkspace: true on the check to read it`);
            if (!this.seen.has(real))
                this.seen.set(real, { what, path: found });
        }
        return found;
    }
    /**
     * Files (or directories) matching glob patterns under `base`, each resolved like `resolve`.
     * A pattern whose fixed part leaves the workspace is refused before anything is listed.
     */
    async glob(what, patterns, opts = {}) {
        const base = opts.base ?? this.root;
        for (const pattern of patterns) {
            const scan = picomatch__WEBPACK_IMPORTED_MODULE_4___default().scan(pattern);
            await this.resolve(what, scan.base || '.', base);
            if (!this.allowOutside && PARENT_SEGMENT.test(scan.glob))
                throw new WorkspacePathError(`${what} ${pattern} may reach outside the workspace (..); set allowOutsideWorkspace: true on the check to allow it`);
        }
        const found = await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_5__/* .glob */ .TI)([...patterns], {
            cwd: base,
            dot: true,
            onlyFiles: opts.onlyFiles ?? true,
            ignore: opts.ignore ?? [],
        });
        const out = [];
        for (const match of found.sort())
            out.push(await this.resolve(what, match, base));
        return out;
    }
    /** Every path read outside the workspace, for the report. */
    findings() {
        return [...this.seen.values()].map(({ what, path: p }) => ({
            level: 'warning',
            message: `${what} ${p.name} is outside the workspace (${p.real}); read because allowOutsideWorkspace is set`,
        }));
    }
}
/**
 * Reads a regular file, at most `maxBytes` of it: a FIFO or a device is refused, never opened
 * for a blocking read that could wait forever.
 */
async function readRegularFile(file, maxBytes) {
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0));
    try {
        const info = await fh.stat();
        if (!info.isFile())
            throw new Error(`${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(file)} is not a regular file`);
        if (info.size > maxBytes)
            throw new Error(`${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(file)} is ${info.size} bytes, more than the ${maxBytes} read`);
        // Read into one buffer of the size the file has: a report of hundreds of megabytes is held
        // once, not once in pieces and again joined (and it can move to a thread whole). A file that
        // turns out longer than it said (one still being written, a file of /proc) is read on in pieces.
        const whole = Buffer.alloc(info.size);
        let total = 0;
        while (total < whole.length) {
            const { bytesRead } = await fh.read(whole, total, whole.length - total, null);
            if (bytesRead === 0)
                return whole.subarray(0, total);
            total += bytesRead;
        }
        const chunks = [whole];
        for (;;) {
            const buf = Buffer.alloc(Math.min(1 << 20, maxBytes + 1 - total));
            const { bytesRead } = await fh.read(buf, 0, buf.length, null);
            if (bytesRead === 0)
                break;
            chunks.push(buf.subarray(0, bytesRead));
            total += bytesRead;
            if (total > maxBytes)
                throw new Error(`${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(file)} grew past the ${maxBytes} bytes read`);
        }
        return chunks.length === 1 ? whole : Buffer.concat(chunks);
    }
    finally {
        await fh.close();
    }
}
/**
 * Reads a file the config names that belongs to the repository (results, baselines): it must
 * resolve inside the workspace, with no opt-out, and be a regular file of bounded size.
 */
async function readWorkspaceFile(root, what, name, maxBytes) {
    const where = await new Workspace(root, false).resolve(what, name);
    try {
        return await readRegularFile(where.real, maxBytes);
    }
    catch (err) {
        const code = err.code;
        throw new Error(`${what} ${name}: ${code === 'ENOENT' ? 'file not found' : err.message}`);
    }
}


/***/ }),

/***/ 68410:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T: () => (/* binding */ CHECK_TYPES),
  B: () => (/* binding */ checkType)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(12311);
// EXTERNAL MODULE: ./src/checks/fields.ts
var fields = __webpack_require__(23128);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
// EXTERNAL MODULE: ./src/adapters/http.ts
var http = __webpack_require__(93618);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(98571);
// EXTERNAL MODULE: ./src/core/format.ts
var format = __webpack_require__(96228);
;// CONCATENATED MODULE: ./src/checks/web/requests.ts







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
const headersField = schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP())
    .optional()
    .describe('Request headers; values of sensitive ones (authorization, cookie, x-api-key, *token*, *secret*) are redacted everywhere');
const requestTimeoutField = fields/* duration */.p0
    .optional()
    .describe('Time one request may take (default: the smaller of 10s and the check timeout)');
const retriesField = schemas/* int */.Whr()
    .min(0)
    .max(5)
    .default(0)
    .describe('Retries after a connection error (refused, reset, timeout) or a 5xx answer; not after DNS or TLS errors');
const backoffField = fields/* duration */.p0
    .optional()
    .describe('Wait before the first retry, doubled for each next one (default 250ms)');
const followRedirectsField = schemas/* boolean */.zMY()
    .default(false)
    .describe('Follow redirects; by default a 3xx answer is seen as it is');
const maxBodyBytesField = schemas/* int */.Whr()
    .min(1)
    .max(256 * 1024 * 1024)
    .default(DEFAULT_MAX_BODY_BYTES)
    .describe('Bytes of each response body read at most (default 1 MiB); the rest is discarded');
function requestSettings(spec, ctx) {
    const fallback = Math.max(1, Math.min(MAX_DEFAULT_REQUEST_TIMEOUT_MS, ctx.timeoutMs));
    const timeout = spec.requestTimeout === undefined ? undefined : (0,duration/* parseDuration */.E9)(spec.requestTimeout);
    const backoff = spec.backoff === undefined ? undefined : (0,duration/* parseDuration */.E9)(spec.backoff);
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
                err instanceof http/* HttpError */.j
                    ? { kind: err.kind, message: err.message, elapsedMs: err.elapsedMs }
                    : { message: (0,errors/* errorMessage */.gJ)(err), elapsedMs: performance.now() - attemptStarted };
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
    const limit = (0,p_limit/* default */.A)(Math.max(1, concurrency));
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
const ms = (n) => (0,format/* formatDuration */.a3)(n);

// EXTERNAL MODULE: ./src/checks/types.ts
var types = __webpack_require__(16468);
;// CONCATENATED MODULE: ./src/checks/web/auth.ts





const ROUTE = /^\s*(?:([A-Za-z]+)\s+)?(\S+)\s*$/;
const auth_fields = schemas/* object */.Ikc({
    base: fields/* httpUrl */.q3.describe('Base URL of the deployment, e.g. https://staging.example.com'),
    routes: schemas/* array */.YOg(schemas/* string */.YjP().regex(ROUTE, 'expected "/path" or "METHOD /path"'))
        .min(1)
        .describe('Protected routes, each "/path" or "METHOD /path" (default method GET)'),
    allowStatus: fields/* statusCodes */.XU
        .default([401, 403])
        .describe('Status codes that count as refusing anonymous access'),
    loginLocation: fields/* regex */.yG
        .default('login|signin|sign-in|sso|auth')
        .describe('Regex (case-insensitive) a redirect\u2019s Location must match to count as a login redirect'),
    loginBody: fields/* regex */.yG
        .default(`<input[^>]*type=["']?password|magic[ -]link`)
        .describe('Regex (case-insensitive): a 2xx page whose body matches it is a login form, not a bypass. The default looks for a password field or a magic-link form, not the words "sign in", which a leaked page\u2019s header may show'),
    headers: headersField.describe('Headers sent with every request (never credentials: the point is to send none)'),
    requestTimeout: requestTimeoutField,
    retries: retriesField,
    concurrency: schemas/* int */.Whr().min(1).max(32).default(8).describe('Requests in flight at once'),
});
function targets(spec) {
    const list = spec.routes.map((route, i) => {
        const m = ROUTE.exec(route);
        if (!m)
            throw new Error(`routes[${i}]: expected "/path" or "METHOD /path", got "${route}"`);
        const path = m[2];
        let url;
        try {
            url = resolveUrl(spec.base, path);
        }
        catch (err) {
            throw new Error(`routes[${i}]: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
        return {
            name: path,
            label: path,
            method: (m[1] ?? 'GET').toUpperCase(),
            url,
            headers: mergeHeaders(spec.headers),
        };
    });
    const names = uniqueNames(list.map((t) => (t.method === 'GET' ? t.name : `${t.method} ${t.name}`)));
    return list.map((t, i) => ({ ...t, name: names[i] }));
}
function judge(s, allow, loginLocation, loginBody) {
    const label = describeTarget(s.target);
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
const authCheck = (0,types/* defineCheck */.q)({
    type: 'auth',
    description: 'Protected routes refuse anonymous requests: 401/403, a redirect to a login page, or a login form; anything else is a bypass',
    defaults: { category: 'safety', enforcement: 'hard' },
    fields: auth_fields,
    async run(spec, ctx) {
        let list;
        try {
            list = targets(spec);
        }
        catch (err) {
            return { status: 'error', summary: `bad auth check: ${(0,errors/* errorMessage */.gJ)(err)}` };
        }
        for (const t of list)
            protectHeaders(t.headers, ctx);
        const allow = Array.isArray(spec.allowStatus) ? spec.allowStatus : [spec.allowStatus];
        const loginLocation = new RegExp(spec.loginLocation, 'i');
        const loginBody = new RegExp(spec.loginBody, 'i');
        // Redirects are what this check looks at: never follow them.
        const settings = requestSettings({ ...spec, followRedirects: false }, ctx);
        const sent = await sendAll(list, settings, ctx, spec.concurrency);
        await writeRequestEvidence(ctx, sent.map((s) => s.record));
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
        if (sent.every(isConnectionError)) {
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/history/series.ts
var history_series = __webpack_require__(29655);
;// CONCATENATED MODULE: ./src/checks/metrics/benchmarkMode.ts
const BENCHMARK_MODES = ['off', 'optional', 'required', 'auto'];
/**
 * `auto`: dev \u2192 off, staging \u2192 optional, prod \u2192 required. The profile's own name
 * decides, then its ancestors' (so `prod-eu extends prod` is required); unknown names \u2192 optional.
 */
function resolveMode(mode, profile) {
    if (mode !== 'auto')
        return { mode, why: `mode ${mode}` };
    const names = [profile.name, ...[...profile.lineage].reverse().filter((n) => n !== profile.name)];
    for (const n of names) {
        const k = n.toLowerCase();
        const found = k.startsWith('prod')
            ? 'required'
            : k.startsWith('stag')
                ? 'optional'
                : k.startsWith('dev')
                    ? 'off'
                    : undefined;
        if (found)
            return { mode: found, why: `mode auto \u2192 ${found} (profile ${n})` };
    }
    return {
        mode: 'optional',
        why: `mode auto \u2192 optional (profile ${profile.name} is not dev, staging or prod)`,
    };
}
/** off \u2192 not run; optional \u2192 reported, never holds; required \u2192 a failure holds. */
function modeEnforcement(mode) {
    return mode === 'off' ? 'off' : mode === 'optional' ? 'advisory' : 'required';
}

// EXTERNAL MODULE: ./src/checks/metrics/criteria.ts
var criteria = __webpack_require__(1402);
// EXTERNAL MODULE: ./src/checks/metrics/drift.ts
var metrics_drift = __webpack_require__(54816);
// EXTERNAL MODULE: ./src/core/conditions.ts
var conditions = __webpack_require__(18857);
;// CONCATENATED MODULE: ./src/checks/metrics/metrics.ts

/** A number a report may hold: a finite number, or a numeric string. Anything else \u2192 undefined. */
function toNumber(v) {
    if (typeof v === 'number')
        return Number.isFinite(v) ? v : undefined;
    if (typeof v === 'string' && v.trim() !== '') {
        const n = Number(v);
        return Number.isFinite(n) ? n : undefined;
    }
    return undefined;
}
/**
 * Picks metrics out of a results document. `names` maps metric \u2192 JSON path; without it every
 * number under a top-level `metrics` object (or at the top level) is a metric.
 */
function extractMetrics(doc, names) {
    const values = {};
    const problems = {};
    if (names !== undefined) {
        const map = Array.isArray(names) ? Object.fromEntries(names.map((n) => [n, n])) : names;
        for (const [name, p] of Object.entries(map)) {
            const got = (0,conditions/* getPath */.Yn)(doc, (0,conditions/* parsePath */.Rr)(p));
            const n = got.found ? toNumber(got.value) : undefined;
            values[name] = n;
            if (!got.found)
                problems[name] = `${name} is missing from the results (path ${p})`;
            else if (n === undefined)
                problems[name] = `${name} is not a number (${JSON.stringify(got.value) ?? String(got.value)})`;
        }
        return { values, problems };
    }
    const root = doc && typeof doc === 'object' && !Array.isArray(doc) ? doc : {};
    const nested = root.metrics;
    const source = nested && typeof nested === 'object' && !Array.isArray(nested)
        ? nested
        : root;
    for (const [k, v] of Object.entries(source))
        if (typeof v === 'number')
            values[k] = Number.isFinite(v) ? v : undefined;
    for (const [k, v] of Object.entries(values))
        if (v === undefined)
            problems[k] = `${k} is not a number (${String(source[k])})`;
    return { values, problems };
}

// EXTERNAL MODULE: ./src/checks/paths.ts
var paths = __webpack_require__(47681);
;// CONCATENATED MODULE: ./src/checks/metrics/benchmark.ts











const driftField = schemas/* union */.KCZ([
    schemas/* literal */.euz(false),
    schemas/* strictObject */.rej({
        lookback: schemas/* int */.Whr().min(1).max(500).optional().describe('Earlier runs to compare with (default 8)'),
        minHistory: schemas/* int */.Whr().min(1).optional().describe('Runs needed before drift is judged (default 3)'),
        baseline: schemas/* enum */.k5n(metrics_drift/* BASELINES */.tb)
            .optional()
            .describe('Aggregate of the earlier runs: mean (default), median, p90, min, max, last'),
        maxDrop: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig().nonnegative())
            .optional()
            .describe('metric \u2192 largest allowed drop below the baseline (default precision 0.08, recall 0.05)'),
        rules: schemas/* record */.g1P(schemas/* string */.YjP(), criteria/* criterionField */.gL)
            .optional()
            .describe('metric \u2192 criterion on the change from the baseline, e.g. ">= -0.05", "<= +10%"'),
    }),
]);
const benchmark_fields = schemas/* object */.Ikc({
    mode: schemas/* enum */.k5n(BENCHMARK_MODES)
        .default('auto')
        .describe('off, optional (reported, never holds), required (holds), or auto: dev \u2192 off, staging \u2192 optional, prod \u2192 required'),
    file: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe('JSON or YAML results file (read after `run`, when both are given)'),
    run: fields/* shellScript */.ky
        .optional()
        .describe('Command that produces the results: its stdout is JSON unless `file` is given'),
    cwd: schemas/* string */.YjP().optional().describe('Directory the command runs in, relative to the repository'),
    env: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional().describe('Extra environment for the command'),
    metrics: schemas/* union */.KCZ([schemas/* array */.YOg(schemas/* string */.YjP()), schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP())])
        .optional()
        .describe('Metrics to read: names, or name \u2192 JSON path; default every number under `metrics` or at the top level'),
    thresholds: schemas/* record */.g1P(schemas/* string */.YjP(), criteria/* criterionField */.gL)
        .optional()
        .describe('metric \u2192 criterion, e.g. {precision: ">= 0.55", latency_ms: "<= 800"}; a bare number is a minimum'),
    drift: driftField.optional().describe('Drift against earlier runs (history); false turns it off'),
});
async function readResults(spec, ctx) {
    // The evidence readers (YAML, XML, SARIF) load when results are read, not with the config's schema.
    const { EvidenceError, loadEvidence } = await __webpack_require__.e(/* import() */ 5524).then(__webpack_require__.bind(__webpack_require__, 95524));
    if (spec.run !== undefined) {
        const r = await ctx.exec.shell(spec.run, {
            cwd: external_node_path_default().resolve(ctx.cwd, spec.cwd ?? '.'),
            env: { ...ctx.env, ...spec.env, ...(0,fields/* shellValues */.Du)(spec) },
            signal: ctx.signal,
            maxOutputBytes: 4 * 1024 * 1024,
        });
        await ctx.evidence.write('command.log', `$ ${spec.run}\n(exit ${r.exitCode ?? r.signal})\n${r.output}`);
        if (r.aborted)
            throw new Error('benchmark command was stopped');
        if (r.exitCode !== 0) {
            const last = r.stderr.trim().split('\n').pop() || r.stdout.trim().split('\n').pop() || '';
            throw new EvidenceError(`benchmark command exited ${r.exitCode ?? r.signal}${last ? `: ${last.slice(0, 200)}` : ''}`);
        }
        if (spec.file === undefined) {
            const text = r.stdout.trim();
            try {
                return { doc: JSON.parse(text), source: 'command output' };
            }
            catch {
                // Tools often log before their JSON: take the last line that parses.
                const last = text
                    .split('\n')
                    .reverse()
                    .find((l) => l.trim().startsWith('{'));
                try {
                    if (last)
                        return { doc: JSON.parse(last), source: 'command output' };
                }
                catch {
                    /* reported below */
                }
                throw new EvidenceError('benchmark command printed no JSON results (give `file` if it writes them to a file)');
            }
        }
    }
    // Results belong to the repository: the file may not resolve outside it.
    const where = await new paths/* Workspace */.aR(ctx.cwd, false).resolve('benchmark results file', spec.file);
    const ev = await loadEvidence(where.real, spec.file, 'auto', ctx.signal);
    if (ev.format !== 'json' && ev.format !== 'yaml')
        throw new EvidenceError(`${spec.file} is ${ev.format}; benchmark results must be JSON or YAML`);
    await ctx.evidence.write(`results${external_node_path_default().extname(spec.file) || '.json'}`, ev.bytes.toString('utf8'));
    return { doc: ev.doc, source: spec.file };
}
/** Earlier runs where this check measured something, newest `lookback` of them. */
function measuredRuns(runs, id, lookback) {
    return runs
        .filter((r) => {
        const c = r.checks.find((x) => x.id === id);
        return c !== undefined && c.status !== 'skipped' && c.status !== 'error';
    })
        .slice(-lookback);
}
const benchmarkCheck = (0,types/* defineCheck */.q)({
    type: 'benchmark',
    description: 'Benchmark metrics (precision, recall\u2026) from a file or command meet per-profile thresholds and have not drifted from earlier runs',
    defaults: { category: 'data', enforcement: 'required' },
    workTree: (spec) => (spec.run !== undefined ? 'changes' : 'observes'),
    fields: benchmark_fields,
    enforcementFor: (spec, profile) => modeEnforcement(resolveMode(spec.mode, profile).mode),
    async run(spec, ctx) {
        if (spec.file === undefined && spec.run === undefined)
            return { status: 'error', summary: 'bad benchmark check: give file, run, or both' };
        // The enforcement was settled from the mode when the profile was planned; this is for the reader.
        const mode = { why: `mode ${spec.mode}` };
        let results;
        try {
            results = await readResults(spec, ctx);
        }
        catch (err) {
            return { status: 'error', summary: (0,errors/* errorMessage */.gJ)(err) };
        }
        const extracted = extractMetrics(results.doc, spec.metrics);
        const current = extracted.values;
        const findings = [];
        let thresholdFailures = 0;
        let driftAlerts = 0;
        const thresholdRows = [];
        for (const [metric, raw] of Object.entries(spec.thresholds ?? {})) {
            const c = (0,criteria/* parseCriterion */.Jn)(raw);
            const v = current[metric];
            const ok = v !== undefined && (0,criteria/* meets */.D)(v, c);
            thresholdRows.push({ metric, value: v ?? null, criterion: c.source, ok });
            if (ok)
                continue;
            thresholdFailures++;
            findings.push({
                level: 'failure',
                message: v === undefined
                    ? `${extracted.problems[metric] ?? `${metric} is missing from the results`}; threshold ${c.source}`
                    : `${metric} = ${(0,criteria/* fmt */.Sc)(v, [c.value])}, threshold ${c.source}`,
            });
        }
        if (Object.keys(current).length === 0)
            findings.push({ level: 'failure', message: `no numeric metrics in ${results.source}` });
        let drift = [];
        let driftNote = '';
        const history = ctx.history;
        if (spec.drift !== false) {
            const settings = (0,metrics_drift/* driftSettings */.LX)(spec.drift ?? {});
            if (!history)
                driftNote = 'drift not checked: no history store';
            else {
                const read = await history.read();
                for (const p of read.problems)
                    findings.push({ level: 'notice', message: `history: ${p}` });
                const window = measuredRuns(read.runs, ctx.id, settings.lookback);
                drift = (0,metrics_drift/* evaluateDrift */.$v)(current, (m) => (0,history_series/* metricSeries */.Q)(window, ctx.id, m).map((x) => x.value), settings);
                for (const d of drift) {
                    if (d.status === 'alert' || d.status === 'missing') {
                        driftAlerts++;
                        findings.push({ level: 'failure', message: d.message });
                    }
                    else if (d.status === 'insufficient')
                        findings.push({ level: 'notice', message: d.message });
                }
                // A pinned reference run is compared with as well as the last runs.
                const pinned = (0,metrics_drift/* pinnedDrift */.yD)(current, read.pins ?? [], ctx.id, settings);
                for (const note of pinned.notes)
                    findings.push({ level: 'notice', message: note });
                for (const d of pinned.points)
                    if (d.status === 'alert') {
                        driftAlerts++;
                        findings.push({ level: 'failure', message: d.message });
                    }
                drift.push(...pinned.points);
                const judged = drift.filter((d) => d.status === 'ok' || d.status === 'alert');
                driftNote =
                    drift.length === 0
                        ? 'no drift rule matches these metrics'
                        : judged.length === 0
                            ? `drift: not enough history (${window.length} of ${settings.minHistory} runs)`
                            : `no drift vs the ${settings.baseline} of ${Math.max(...judged.map((d) => d.points))} earlier run(s)${pinned.points.length ? ` and pinned run ${[...new Set(pinned.points.map((d) => d.pinnedRun))].join(', ')}` : ''}`;
            }
        }
        await ctx.evidence.write('benchmark.json', {
            mode: mode.why,
            source: results.source,
            metrics: current,
            problems: extracted.problems,
            thresholds: thresholdRows,
            drift: { note: driftNote, store: history?.describe() ?? null, points: drift },
        });
        const metrics = {};
        for (const [k, v] of Object.entries(current))
            metrics[k] = v ?? null;
        const failures = findings.filter((f) => f.level === 'failure');
        if (failures.length > 0) {
            const more = failures.length > 1 ? ` (+${failures.length - 1} more)` : '';
            return {
                status: 'fail',
                score: thresholdFailures > 0 || driftAlerts === 0 ? 2 : 3,
                summary: `${failures[0].message}${more} [${mode.why}]`,
                findings,
                metrics,
            };
        }
        const shown = Object.entries(current)
            .slice(0, 4)
            .map(([k, v]) => `${k} ${(0,criteria/* fmt */.Sc)(v)}`)
            .join(', ');
        const checked = thresholdRows.length ? `, ${thresholdRows.length} threshold(s) met` : '';
        return {
            status: 'pass',
            summary: `${shown}${checked}; ${driftNote || 'no drift check (drift: false)'} [${mode.why}]`,
            findings,
            metrics,
        };
    },
});

// EXTERNAL MODULE: ./src/checks/command/command.ts
var command = __webpack_require__(47166);
// EXTERNAL MODULE: ./src/checks/dependencies/types.ts
var dependencies_types = __webpack_require__(94370);
;// CONCATENATED MODULE: ./src/checks/dependencies/spec.ts
// The settings of a dependencies check, as the config schema reads them; its work is in run.ts.


const denyEntry = schemas/* string */.YjP().superRefine((s, ctx) => {
    const m = /^([a-z]+):(.+)$/.exec(s);
    if (m && !dependencies_types/* ECOSYSTEMS */.SQ.includes(m[1]))
        ctx.addIssue({ code: 'custom', message: `unknown ecosystem "${m[1]}" (use ${dependencies_types/* ECOSYSTEMS */.SQ.join(', ')})` });
});
const level = (what, fallback) => schemas/* enum */.k5n(['fail', 'warn', 'ignore']).default(fallback).describe(what);
const spec_fields = schemas/* object */.Ikc({
    paths: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]).describe('Globs limiting which dependency files are read'),
    exclude: schemas/* array */.YOg(schemas/* string */.YjP().min(1))
        .default([])
        .describe('Globs of dependency files to ignore (e.g. **/testdata/**)'),
    deny: schemas/* array */.YOg(denyEntry)
        .default([])
        .describe('Package name globs that may not be added or changed, optionally per ecosystem: event-stream, npm:@evil/*, pypi:request*'),
    maxNewDirect: schemas/* int */.Whr().min(0).optional().describe('Most new direct dependencies one promotion may add'),
    requirePinned: schemas/* boolean */.zMY()
        .default(false)
        .describe('New or changed direct dependencies must name one exact version (npm 1.2.3, pip ==1.2.3, Cargo =1.2.3, Gemfile = 1.2.3)'),
    downgrades: schemas/* enum */.k5n(['warn', 'fail', 'ignore'])
        .default('warn')
        .describe('What a downgraded package counts as'),
    installScripts: level('What code that runs at install time counts as: an install hook (preinstall, install, postinstall, prepare\u2026) added to or changed in a package.json, or a package that runs install scripts where base had none (package-lock hasInstallScript, pnpm requiresBuild)', 'fail'),
    sources: level('What a change of where packages come from counts as: a package moved to git, a URL, a local path, an alias or another registry host; a new package from git, a URL or an archive; another digest for the same version (a rewritten lockfile); an index option (--index-url, --extra-index-url, --trusted-host, -e) in requirements, a Go replace, a Cargo patch or source replacement', 'fail'),
    allowSources: schemas/* array */.YOg(schemas/* string */.YjP().min(1))
        .default([])
        .describe('Globs of places packages may come from without a finding: registry and URL hosts (npm.pkg.github.com), git repositories (github.com/acme/*), local paths; a rewritten digest is never allowed'),
    majorUpgrades: level('What an upgrade of a direct dependency across a major version (or a 0.x minor) counts as', 'warn'),
});

;// CONCATENATED MODULE: ./src/checks/dependencies/dependencies.ts


const dependenciesCheck = (0,types/* defineCheck */.q)({
    type: 'dependencies',
    description: 'Dependency changes between base and head (npm, pnpm, yarn, PyPI, Go, Cargo, RubyGems manifests and lockfiles): deny list, pinning, new direct dependencies, downgrades, major upgrades, install scripts and where packages come from (git, URLs, other registries, rewritten lockfile entries)',
    defaults: { category: 'safety', enforcement: 'scored' },
    fields: spec_fields,
    // The parsers of a dozen file formats are loaded when such a check runs, not by every command.
    async run(spec, ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(8670), __webpack_require__.e(6445), __webpack_require__.e(9670)]).then(__webpack_require__.bind(__webpack_require__, 69670))).runDependencies(spec, ctx);
    },
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/checks/local/env.ts





/** A dotenv file is a few lines; anything this big is not one. */
const MAX_ENV_FILE_BYTES = 1024 * 1024;
const rule = schemas/* strictObject */.rej({
    required: schemas/* boolean */.zMY().default(true).describe('The variable must be set and non-empty'),
    equals: schemas/* string */.YjP().optional().describe('Exact value required'),
    values: schemas/* array */.YOg(schemas/* string */.YjP()).min(1).optional().describe('Allowed values (e.g. [production, prod])'),
    pattern: fields/* regex */.yG.optional().describe('Regular expression the value must match'),
    notIn: schemas/* array */.YOg(schemas/* string */.YjP()).optional().describe('Values that are refused, e.g. known defaults'),
    minLength: schemas/* int */.Whr().min(1).optional(),
    secret: schemas/* boolean */.zMY()
        .optional()
        .describe('Never show the value (default: true unless equals or values are given)'),
});
/**
 * The variables by name. A Map, not a plain object: a variable named like a built-in member
 * (`constructor`, `toString`, `__proto__`) is looked up as a name, never found on a prototype.
 */
function variables(source) {
    const out = new Map();
    for (const [name, value] of Object.entries(source))
        if (typeof value === 'string')
            out.set(name, value);
    return out;
}
const envCheck = (0,types/* defineCheck */.q)({
    type: 'env',
    description: 'Environment variables are set, not a known default, and match a pattern or allowed values',
    defaults: { category: 'safety', enforcement: 'required' },
    workTree: (spec) => (spec.file !== undefined ? 'observes' : undefined),
    fields: schemas/* object */.Ikc({
        file: schemas/* string */.YjP().optional().describe('A dotenv file to read instead of the process environment'),
        vars: schemas/* record */.g1P(schemas/* string */.YjP(), rule).describe('Rules per variable name'),
        allowOutsideWorkspace: paths/* allowOutsideWorkspaceField */.s_,
    }),
    async run(spec, ctx) {
        let env = variables(ctx.env);
        const ws = new paths/* Workspace */.aR(ctx.cwd, spec.allowOutsideWorkspace);
        if (spec.file) {
            try {
                const file = await ws.resolve('env file', spec.file);
                const text = (await (0,paths/* readRegularFile */.XF)(file.real, MAX_ENV_FILE_BYTES)).toString('utf8');
                env = variables((0,external_node_util_.parseEnv)(text));
            }
            catch (err) {
                if (err instanceof paths/* WorkspacePathError */.Tf)
                    return { status: 'error', summary: err.message };
                return { status: 'error', summary: `cannot read env file ${spec.file}: ${err.message}` };
            }
        }
        const findings = [];
        // Null prototype: `seen.__proto__ = \u2026` records a variable rather than set a prototype.
        const seen = Object.create(null);
        for (const [name, r] of Object.entries(spec.vars)) {
            const value = env.get(name);
            const secret = r.secret ?? !(r.equals !== undefined || r.values !== undefined);
            if (secret && value)
                ctx.secret(value);
            // A secret's value is a live credential: nothing of it is shown, not even its ends.
            const show = (v) => (secret ? `*** (${v.length} chars)` : JSON.stringify(v));
            const fail = (message) => findings.push({ level: 'failure', message: `${name}: ${message}`, file: spec.file });
            if (value === undefined || value === '') {
                seen[name] = 'unset';
                if (r.required)
                    fail('is not set');
                continue;
            }
            seen[name] = secret ? `set (${value.length} chars)` : JSON.stringify(value);
            if (r.equals !== undefined && value !== r.equals)
                fail(`is ${show(value)}, expected ${JSON.stringify(r.equals)}`);
            if (r.values && !r.values.includes(value))
                fail(`is ${show(value)}, expected one of ${r.values.map((v) => JSON.stringify(v)).join(', ')}`);
            if (r.pattern && !new RegExp(r.pattern).test(value))
                fail(`is ${show(value)}, does not match /${r.pattern}/`);
            if (r.notIn?.includes(value))
                fail(`is set to a refused default value${secret ? '' : ` ${show(value)}`}`);
            if (r.minLength !== undefined && value.length < r.minLength)
                fail(`is ${value.length} characters long, expected at least ${r.minLength}`);
        }
        await ctx.evidence.write('env.json', { source: spec.file ?? 'process environment', vars: seen });
        const n = Object.keys(spec.vars).length;
        const notices = ws.findings();
        if (findings.length === 0)
            return { status: 'pass', summary: `${n} variable(s) meet their rules`, findings: notices };
        return {
            status: 'fail',
            summary: findings.length === 1
                ? findings[0].message
                : `${findings.length} of ${n} variable rules broken, first: ${findings[0].message}`,
            findings: [...findings, ...notices],
        };
    },
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(73382);
// EXTERNAL MODULE: ./src/checks/evidence/formats.ts
var formats = __webpack_require__(15631);
;// CONCATENATED MODULE: ./src/checks/timestamps.ts
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

;// CONCATENATED MODULE: ./src/checks/evidence/evidence.ts











/** Copies larger than this stay out of the bundle; their digest is still recorded. */
const MAX_COPY_BYTES = 8 * 1024 * 1024;
/** Fields that usually say when a report was made, tried in order when `timestamp` is not set. */
const TIMESTAMP_FIELDS = [
    'generated_at',
    'generatedAt',
    'timestamp',
    'created_at',
    'createdAt',
    'finished_at',
    'finishedAt',
    'endTimeUtc',
    'date',
];
/** What a report must say when no `assert` is given: JUnit without failures, SARIF without errors. */
const DEFAULT_ASSERT = {
    junit: ['failures == 0', 'errors == 0'],
    sarif: ['error == 0'],
    json: [],
    yaml: [],
};
const evidence_fields = schemas/* object */.Ikc({
    file: schemas/* string */.YjP()
        .min(1)
        .describe('The evidence file, relative to the repository; a glob picks the newest match'),
    format: schemas/* enum */.k5n(['auto', ...formats/* EVIDENCE_FORMATS */.N])
        .default('auto')
        .describe('json, yaml, junit (XML) or sarif; auto decides by extension and content'),
    maxAge: fields/* age */.KW
        .optional()
        .describe('The evidence may be at most this old (by `timestamp`, a usual time field, or the file time)'),
    timestamp: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe('JSON path of the time the evidence was made (ISO-8601 or epoch), e.g. generated_at'),
    assert: schemas/* array */.YOg(fields/* condition */.uH)
        .optional()
        .describe('Conditions on the content, e.g. `status == "pass"`, `critical_findings == 0`; JUnit gives tests/failures/errors/skipped, SARIF error/warning/note counts (defaults: failures == 0 and errors == 0 for JUnit, error == 0 for SARIF)'),
    allowNoTests: schemas/* boolean */.zMY()
        .default(false)
        .describe('A JUnit report without any test case passes (default: an error, nothing was tested)'),
    allowOutsideWorkspace: paths/* allowOutsideWorkspaceField */.s_,
});
/** The file a pattern names: itself, or the newest of its matches. */
async function resolveFile(pattern, ws) {
    if (!(0,dist/* isDynamicPattern */.ey)(pattern))
        return { file: await ws.resolve('evidence file', pattern), matches: 1 };
    const found = await ws.glob('evidence file', [pattern], { ignore: ['**/node_modules/**', '**/.git/**'] });
    const dated = [];
    for (const f of found) {
        try {
            dated.push({ f, t: (await (0,promises_.stat)(f.real)).mtimeMs });
        }
        catch {
            // Gone since it was listed, or a link to nothing.
        }
    }
    if (dated.length === 0)
        return { matches: 0 };
    dated.sort((a, b) => b.t - a.t || (a.f.name < b.f.name ? 1 : -1));
    return { file: dated[0].f, matches: dated.length };
}
function evidenceTime(spec, ev) {
    if (spec.timestamp !== undefined) {
        const got = (0,conditions/* getPath */.Yn)(ev.doc, (0,conditions/* parsePath */.Rr)(spec.timestamp));
        if (!got.found || got.value === null)
            return { from: spec.timestamp, problem: `${spec.timestamp} is missing from ${ev.path}` };
        const when = parseTimestamp(got.value);
        if (!when)
            return {
                from: spec.timestamp,
                problem: `${spec.timestamp} = ${(0,conditions/* describeValue */.bp)(got.value)} in ${ev.path} is not a timestamp`,
            };
        return { when, from: spec.timestamp };
    }
    for (const key of TIMESTAMP_FIELDS) {
        const got = (0,conditions/* getPath */.Yn)(ev.doc, [key]);
        const when = got.found ? parseTimestamp(got.value) : undefined;
        if (when)
            return { when, from: key };
    }
    return { when: ev.mtime, from: 'file time' };
}
const evidenceCheck = (0,types/* defineCheck */.q)({
    type: 'evidence',
    description: 'A JSON, YAML, JUnit or SARIF file made by another job exists, is fresh, and its content satisfies conditions; its digest goes into the bundle',
    defaults: { category: 'safety', enforcement: 'required' },
    workTree: () => 'observes',
    fields: evidence_fields,
    async run(spec, ctx) {
        const maxAgeMs = spec.maxAge === undefined ? undefined : (0,duration/* parseDuration */.E9)(spec.maxAge);
        if (spec.maxAge !== undefined && maxAgeMs === undefined)
            return { status: 'error', summary: `bad evidence check: maxAge "${spec.maxAge}" is not a duration` };
        const ws = new paths/* Workspace */.aR(ctx.cwd, spec.allowOutsideWorkspace);
        let resolved;
        try {
            resolved = await resolveFile(spec.file, ws);
        }
        catch (err) {
            if (err instanceof paths/* WorkspacePathError */.Tf)
                return { status: 'error', summary: err.message };
            throw err;
        }
        if (!resolved.file) {
            const message = `evidence missing: no file matches ${spec.file}`;
            return { status: 'fail', score: 1, summary: message, findings: [{ level: 'failure', message }] };
        }
        const name = resolved.file.name;
        // A file outside the workspace is no place to annotate in the repository.
        const where = resolved.file.outside ? {} : { file: name };
        // The readers of the formats (YAML, XML, SARIF) load when evidence is read, not with the
        // config's schema.
        const { EvidenceError, loadEvidence } = await __webpack_require__.e(/* import() */ 5524).then(__webpack_require__.bind(__webpack_require__, 95524));
        let ev;
        try {
            ev = await loadEvidence(resolved.file.real, name, spec.format, ctx.signal);
        }
        catch (err) {
            if (!(err instanceof EvidenceError))
                throw err;
            return {
                status: 'fail',
                score: 1,
                summary: err.message,
                findings: [
                    { level: 'failure', message: err.message, ...(err.missing ? {} : where) },
                    ...ws.findings(),
                ],
            };
        }
        if (ev.format === 'junit' && !spec.allowNoTests && ev.doc.tests === 0)
            return {
                status: 'error',
                summary: `${name} holds no test case: nothing was tested (set allowNoTests: true if that is expected)`,
                findings: ws.findings(),
                metrics: { path: ev.path, sha256: ev.sha256, size: ev.size, tests: 0 },
            };
        const findings = [...ws.findings()];
        const scores = [];
        const metrics = { path: ev.path, sha256: ev.sha256, size: ev.size };
        const fail = (message, score) => {
            findings.push({ level: 'failure', message, ...where });
            scores.push(score);
        };
        let age = '';
        if (maxAgeMs !== undefined) {
            const t = evidenceTime(spec, ev);
            if (t.problem)
                fail(t.problem, 1);
            else {
                const ageMs = ctx.now().getTime() - t.when.getTime();
                metrics.ageMs = ageMs;
                age = `${(0,duration/* formatDuration */.a3)(Math.max(0, ageMs))} old by ${t.from}`;
                if (ageMs > maxAgeMs)
                    fail(`${ev.path} is ${(0,duration/* formatDuration */.a3)(ageMs)} old (${t.from} ${t.when.toISOString()}), older than maxAge ${typeof spec.maxAge === 'string' ? spec.maxAge : (0,duration/* formatDuration */.a3)(maxAgeMs)}`, 2);
                if (t.from === 'file time')
                    findings.push({
                        level: 'notice',
                        message: `age of ${ev.path} taken from its file time, which a downloaded artifact resets; set timestamp to a field of the evidence`,
                    });
            }
        }
        const asserts = spec.assert ?? DEFAULT_ASSERT[ev.format];
        const outcomes = asserts.map((text) => (0,conditions/* evaluateCondition */.F9)((0,conditions/* parseCondition */.zB)(text), ev.doc));
        for (const o of outcomes) {
            if (!o.ok)
                fail(`${o.observed}, expected ${o.condition}`, 1);
            const m = /^([\w.[\]-]+) = (-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)$/i.exec(o.observed);
            if (m)
                metrics[m[1]] = Number(m[2]);
        }
        if (ev.format === 'junit' || ev.format === 'sarif') {
            const counts = ev.doc;
            for (const k of ev.format === 'junit'
                ? ['tests', 'failures', 'errors', 'skipped']
                : ['error', 'warning', 'note'])
                if (typeof counts[k] === 'number')
                    metrics[k] = counts[k];
        }
        // The file itself goes into the bundle (redacted like all evidence), with its own digest;
        // the original's digest stays in metrics.sha256.
        if (ev.size <= MAX_COPY_BYTES)
            await ctx.evidence.write(external_node_path_default().basename(ev.path), ev.bytes.toString('utf8'));
        await ctx.evidence.write('evidence.json', {
            path: ev.path,
            matches: resolved.matches,
            format: ev.format,
            sha256: ev.sha256,
            size: ev.size,
            copied: ev.size <= MAX_COPY_BYTES,
            mtime: ev.mtime.toISOString(),
            ageMs: metrics.ageMs ?? null,
            maxAgeMs: maxAgeMs ?? null,
            assert: outcomes,
            ...(ev.format === 'junit' || ev.format === 'sarif' ? { summary: ev.doc } : {}),
        });
        const digest = `sha256 ${ev.sha256.slice(0, 12)}`;
        if (scores.length > 0) {
            const first = findings.find((f) => f.level === 'failure').message;
            const more = scores.length > 1 ? ` (+${scores.length - 1} more)` : '';
            return { status: 'fail', score: Math.min(...scores), summary: `${first}${more}`, findings, metrics };
        }
        const held = outcomes.length
            ? `, ${outcomes.length} condition${outcomes.length === 1 ? '' : 's'} hold`
            : '';
        return {
            status: 'pass',
            score: 5,
            summary: `${ev.path} (${ev.format}, ${digest}${age ? `, ${age}` : ''})${held}`,
            findings,
            metrics,
        };
    },
});

;// CONCATENATED MODULE: ./src/checks/local/files.ts





async function matches(pattern, ws, what) {
    const found = (0,dist/* isDynamicPattern */.ey)(pattern)
        ? await ws.glob(what, [pattern], { onlyFiles: false, ignore: ['**/node_modules/**', '**/.git/**'] })
        : [await ws.resolve(what, pattern)];
    const out = [];
    for (const f of found) {
        try {
            const s = await (0,promises_.stat)(f.real);
            out.push({ path: f.name, size: s.size, dir: s.isDirectory() });
        }
        catch {
            // Gone, or a link to nothing: not there.
        }
    }
    return out;
}
const filesCheck = (0,types/* defineCheck */.q)({
    type: 'files',
    description: 'Required paths or globs exist (optionally non-empty); forbidden globs match nothing',
    defaults: { category: 'safety', enforcement: 'required' },
    workTree: () => 'observes',
    fields: schemas/* object */.Ikc({
        paths: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]).describe('Paths or globs that must each match something'),
        nonEmpty: schemas/* boolean */.zMY().default(false).describe('Matched files must not be empty'),
        forbidden: schemas/* array */.YOg(schemas/* string */.YjP().min(1))
            .default([])
            .describe('Globs that must match nothing (e.g. .env, **/*.pem)'),
        allowOutsideWorkspace: paths/* allowOutsideWorkspaceField */.s_,
    }),
    async run(spec, ctx) {
        const total = spec.paths.length + spec.forbidden.length;
        if (total === 0)
            return { status: 'error', summary: 'nothing to check: give paths or forbidden' };
        const ws = new paths/* Workspace */.aR(ctx.cwd, spec.allowOutsideWorkspace);
        const findings = [];
        const seen = {};
        try {
            for (const pattern of spec.paths) {
                const found = await matches(pattern, ws, 'required path');
                seen[pattern] = found.map(({ path, size }) => ({ path, size }));
                if (found.length === 0) {
                    findings.push({
                        level: 'failure',
                        message: `required path missing: ${pattern}`,
                        file: (0,dist/* isDynamicPattern */.ey)(pattern) ? undefined : pattern,
                    });
                    continue;
                }
                if (spec.nonEmpty) {
                    for (const f of found) {
                        if (!f.dir && f.size === 0)
                            findings.push({ level: 'failure', message: `required file is empty: ${f.path}`, file: f.path });
                    }
                }
            }
            for (const pattern of spec.forbidden) {
                const found = await matches(pattern, ws, 'forbidden path');
                seen[`!${pattern}`] = found.map(({ path, size }) => ({ path, size }));
                for (const f of found)
                    findings.push({
                        level: 'failure',
                        message: `forbidden path present: ${f.path} (matches ${pattern})`,
                        file: f.path,
                    });
            }
        }
        catch (err) {
            if (err instanceof paths/* WorkspacePathError */.Tf)
                return { status: 'error', summary: err.message };
            throw err;
        }
        findings.push(...ws.findings());
        await ctx.evidence.write('matches.json', seen);
        const problems = findings.filter((f) => f.level === 'failure');
        if (problems.length === 0) {
            return {
                status: 'pass',
                summary: `${spec.paths.length} required path(s) present${spec.forbidden.length ? `, ${spec.forbidden.length} forbidden pattern(s) absent` : ''}`,
                findings,
                metrics: { required: spec.paths.length, forbidden: spec.forbidden.length },
            };
        }
        return {
            status: 'fail',
            summary: problems.length === 1
                ? problems[0].message
                : `${problems.length} problems, first: ${problems[0].message}`,
            findings,
            metrics: { problems: problems.length },
        };
    },
});

;// CONCATENATED MODULE: ./src/checks/web/freshness.ts










const SKEW_MS = 5 * 60_000;
const freshness_fields = schemas/* object */.Ikc({
    url: fields/* httpUrl */.q3
        .optional()
        .describe('A JSON endpoint that reports when the data was last updated (instead of file)'),
    file: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe('A file, relative to the repository, whose JSON or mtime tells the age (instead of url)'),
    headers: headersField,
    timestamp: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe('JSON path of the last-update time, e.g. last_ingest or meta.updated_at (ISO-8601, epoch s or ms); with file and no timestamp the file\u2019s mtime is used'),
    maxAge: fields/* age */.KW.describe('Data older than this fails, e.g. 26h'),
    counters: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* strictObject */.rej({
        min: schemas/* number */.aig().default(1).describe('Lowest acceptable value (default 1)'),
        level: schemas/* enum */.k5n(['fail', 'warn'])
            .default('fail')
            .describe('What a value below min counts as (default fail)'),
    }))
        .optional()
        .describe('JSON path \u2192 {min, level}: counts that must not be below min, e.g. {"tables.cron_log": {min: 1}}'),
    requestTimeout: requestTimeoutField,
    allowOutsideWorkspace: paths/* allowOutsideWorkspaceField */.s_,
});
async function fromUrl(spec, url, ctx) {
    const headers = mergeHeaders(spec.headers);
    protectHeaders(headers, ctx);
    const target = { name: 'freshness', label: url, method: 'GET', url, headers };
    const sent = await sendRequest(target, requestSettings({ requestTimeout: spec.requestTimeout }, ctx), ctx);
    await writeRequestEvidence(ctx, [sent.record]);
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
        return { problem: `GET ${url}: body is not JSON: ${(0,errors/* errorMessage */.gJ)(err)}${trunc}` };
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
        if (err instanceof paths/* WorkspacePathError */.Tf)
            return { problem: err.message, error: true };
        throw err;
    }
    const out = { label: file };
    try {
        if (spec.timestamp === undefined)
            out.mtime = (await (0,promises_.stat)(abs)).mtime;
        if (spec.timestamp !== undefined || spec.counters !== undefined) {
            const text = (await (0,paths/* readRegularFile */.XF)(abs, MAX_FILE_BYTES)).toString('utf8');
            try {
                out.doc = JSON.parse(text);
            }
            catch (err) {
                return { problem: `${file} is not JSON: ${(0,errors/* errorMessage */.gJ)(err)}` };
            }
        }
    }
    catch (err) {
        return { problem: `cannot read ${file}: ${(0,errors/* errorMessage */.gJ)(err)}` };
    }
    return out;
}
const freshnessCheck = (0,types/* defineCheck */.q)({
    type: 'freshness',
    description: 'Data is recent: a timestamp in a JSON endpoint or file (or the file\u2019s mtime) is younger than maxAge; counters are not empty',
    defaults: { category: 'data', enforcement: 'scored' },
    workTree: (spec) => (spec.file !== undefined ? 'observes' : undefined),
    fields: freshness_fields,
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
        const maxAgeMs = (0,duration/* parseDuration */.E9)(spec.maxAge);
        if (maxAgeMs === undefined)
            return { status: 'error', summary: `bad freshness check: maxAge "${spec.maxAge}" is not a duration` };
        const maxLabel = typeof spec.maxAge === 'string' ? spec.maxAge.trim() : (0,duration/* formatDuration */.a3)(spec.maxAge);
        const ws = new paths/* Workspace */.aR(ctx.cwd, spec.allowOutsideWorkspace);
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
            const got = (0,conditions/* getPath */.Yn)(source.doc, (0,conditions/* parsePath */.Rr)(spec.timestamp));
            raw = got.value;
            when = got.found ? parseTimestamp(got.value) : undefined;
            if (!got.found || got.value === null)
                fail(`${name} is missing from ${source.label}`, 1);
            else if (!when)
                fail(`${name} = ${(0,conditions/* describeValue */.bp)(got.value)} is not a timestamp (expected ISO-8601, or epoch seconds or milliseconds)`, 1);
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
                fail(`${name} is ${(0,duration/* formatDuration */.a3)(ageMs)} old, older than maxAge ${maxLabel} (${iso})`, 2);
            else if (-ageMs > SKEW_MS)
                warn(`${name} is ${(0,duration/* formatDuration */.a3)(-ageMs)} in the future (${iso}): clock skew?`);
        }
        const counters = {};
        for (const [key, rule] of Object.entries(spec.counters ?? {})) {
            const got = (0,conditions/* getPath */.Yn)(source.doc, (0,conditions/* parsePath */.Rr)(key));
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
                problem = `${key} = ${(0,conditions/* describeValue */.bp)(got.value)} is not a number, expected at least ${rule.min}`;
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
                ? `${(0,duration/* formatDuration */.a3)(-ageMs)} in the future`
                : `${(0,duration/* formatDuration */.a3)(ageMs)} old`;
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

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/core/runner.ts
var core_runner = __webpack_require__(4473);
;// CONCATENATED MODULE: ./src/checks/local/git.ts






async function git(ctx, args) {
    const r = await ctx.exec.file('git', args, { cwd: ctx.cwd, signal: ctx.signal, env: ctx.env });
    if (r.exitCode !== 0)
        throw new Error(`git ${args.join(' ')} failed: ${r.stderr.trim() || `exit ${r.exitCode}`}`);
    return r.stdout;
}
/** The branch being promoted: the PR head on GitHub, the checked-out branch otherwise. */
async function currentBranch(ctx) {
    const runner = (0,core_runner/* readRunner */.f)(ctx.env);
    if (runner.headRef)
        return runner.headRef;
    if (runner.ref?.startsWith('refs/heads/'))
        return runner.ref.slice('refs/heads/'.length);
    const b = (await git(ctx, ['rev-parse', '--abbrev-ref', 'HEAD'])).trim();
    return b === 'HEAD' ? undefined : b;
}
const gitCheck = (0,types/* defineCheck */.q)({
    type: 'git',
    description: 'The working tree is clean (unless allowed) and HEAD is on an expected branch',
    defaults: { category: 'safety', enforcement: 'required' },
    workTree: () => 'observes',
    fields: schemas/* object */.Ikc({
        clean: schemas/* boolean */.zMY()
            .default(true)
            .describe('Fail when tracked files are modified or untracked files exist'),
        allowDirty: schemas/* array */.YOg(schemas/* string */.YjP()).default([]).describe('Globs of paths that may be dirty'),
        untracked: schemas/* boolean */.zMY().default(true).describe('Count untracked files as dirty'),
        branch: fields/* stringList */.Yn.optional().describe('Branch name or glob(s) HEAD must be on, e.g. [main, release/*]'),
    }),
    async run(spec, ctx) {
        const findings = [];
        const metrics = {};
        try {
            await git(ctx, ['rev-parse', '--git-dir']);
        }
        catch {
            return { status: 'error', summary: `${ctx.cwd} is not a git repository` };
        }
        if (spec.clean) {
            const out = await git(ctx, [
                'status',
                '--porcelain=v1',
                '-z',
                spec.untracked ? '--untracked-files=all' : '--untracked-files=no',
            ]);
            const entries = out.split('\0').filter(Boolean);
            const allowed = picomatch_default()(spec.allowDirty, { dot: true });
            // The gate's own output directory is never counted as dirt.
            const outDir = external_node_path_default().relative(ctx.cwd, ctx.outputDir).split((external_node_path_default()).sep).join('/');
            const dirty = [];
            for (let i = 0; i < entries.length; i++) {
                const e = entries[i];
                const code = e.slice(0, 2);
                const file = e.slice(3);
                if (code[0] === 'R' || code[0] === 'C')
                    i++; // the next entry is the rename source
                if (outDir && !outDir.startsWith('..') && (file === outDir || file.startsWith(`${outDir}/`)))
                    continue;
                if (spec.allowDirty.length && allowed(file))
                    continue;
                dirty.push(`${code.trim() || '??'} ${file}`);
                findings.push({ level: 'failure', message: `uncommitted change: ${code.trim()} ${file}`, file });
            }
            metrics.dirtyFiles = dirty.length;
            await ctx.evidence.write('status.txt', dirty.join('\n') || '(clean)');
        }
        if (spec.branch !== undefined) {
            const patterns = (0,fields/* toList */.st)(spec.branch);
            const branch = await currentBranch(ctx);
            metrics.branch = branch ?? '(detached)';
            if (!branch) {
                findings.push({
                    level: 'failure',
                    message: `HEAD is detached; expected branch ${patterns.join(' or ')}`,
                });
            }
            else if (!picomatch_default()(patterns)(branch)) {
                findings.push({
                    level: 'failure',
                    message: `on branch "${branch}", expected ${patterns.join(' or ')}`,
                });
            }
        }
        if (findings.length === 0) {
            const parts = [
                spec.clean ? 'working tree clean' : undefined,
                metrics.branch ? `on ${metrics.branch}` : undefined,
            ].filter(Boolean);
            return { status: 'pass', summary: parts.join(', ') || 'git checks passed', metrics };
        }
        const dirty = findings.filter((f) => f.message.startsWith('uncommitted')).length;
        const other = findings.filter((f) => !f.message.startsWith('uncommitted'));
        const summary = [dirty ? `${dirty} uncommitted change(s)` : undefined, ...other.map((f) => f.message)]
            .filter(Boolean)
            .join('; ');
        return { status: 'fail', summary, findings, metrics };
    },
});

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
        fail(`answered in ${ms(res.latencyMs)}, over maxLatency ${ms(exp.maxLatencyMs)}`);
    }
    else if (exp.warnLatencyMs !== undefined && res.latencyMs > exp.warnLatencyMs) {
        findings.push({
            level: 'warning',
            message: `${label}: answered in ${ms(res.latencyMs)}, over warnLatency ${ms(exp.warnLatencyMs)}`,
        });
    }
    return findings;
}

// EXTERNAL MODULE: ./src/checks/grading.ts
var grading = __webpack_require__(67309);
;// CONCATENATED MODULE: ./src/checks/web/http.ts







const method = schemas/* string */.YjP().regex(/^[A-Za-z]+$/, 'expected an HTTP method such as GET or POST');
const requestSchema = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP().min(1).optional().describe('Name in reports and metrics (default: the path)'),
    path: schemas/* string */.YjP().optional().describe('Path appended to base'),
    url: fields/* urlOrPath */.u8.optional().describe('Absolute URL, or a path when base is set (instead of path)'),
    method: method.optional().describe('HTTP method (default: the check\u2019s method, else GET)'),
    headers: headersField.describe('Headers for this request, over the check\u2019s headers'),
    body: schemas/* string */.YjP().optional().describe('Request body'),
    expect: expectSchema
        .optional()
        .describe('Expectations for this request, merged over the check\u2019s expect key by key'),
});
const http_fields = schemas/* object */.Ikc({
    base: fields/* httpUrl */.q3.optional().describe('Base URL that paths are appended to, e.g. https://staging.example.com'),
    url: fields/* urlOrPath */.u8.optional().describe('One request: an absolute URL, or a path when base is set'),
    method: method.optional().describe('HTTP method (default GET; default for every request)'),
    headers: headersField,
    body: schemas/* string */.YjP().optional().describe('Request body (default for every request)'),
    requests: schemas/* array */.YOg(requestSchema)
        .min(1)
        .optional()
        .describe('Several requests, sent concurrently (instead of url)'),
    expect: expectSchema.optional().describe('Expectations for every request (default: status 200)'),
    requestTimeout: requestTimeoutField,
    retries: retriesField,
    backoff: backoffField,
    followRedirects: followRedirectsField,
    maxBodyBytes: maxBodyBytesField,
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
                return resolveUrl(spec.base, target);
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
            headers: mergeHeaders(spec.headers, r.headers),
        };
        if (body !== undefined)
            t.body = body;
        return { target: t, expectation };
    });
    const names = uniqueNames(planned.map((p) => p.target.name));
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
            protectHeaders(p.target.headers, ctx);
        const settings = requestSettings(spec, ctx);
        const sent = await sendAll(planned.map((p) => p.target), settings, ctx, spec.concurrency);
        await writeRequestEvidence(ctx, sent.map((s) => s.record));
        const findings = [];
        const metrics = { requests: sent.length };
        let failed = 0;
        let slowest = 0;
        sent.forEach((s, i) => {
            const label = describeTarget(s.target);
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
        if (sent.every(isConnectionError)) {
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
            const ok = `${total}/${total} requests ok, slowest ${ms(slowest)}`;
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

// EXTERNAL MODULE: ./src/checks/changeRange.ts
var changeRange = __webpack_require__(79792);
;// CONCATENATED MODULE: ./src/checks/integrity/approvals.ts

/** GitHub's rule: a reviewer's latest review that is not a comment is their standing. */
function latestPerReviewer(reviews) {
    const byUser = new Map();
    const ordered = [...reviews].sort((a, b) => Date.parse(a.submittedAt ?? '') - Date.parse(b.submittedAt ?? '') || a.id - b.id);
    for (const r of ordered) {
        if (r.state === 'COMMENTED' || r.state === 'PENDING')
            continue;
        byUser.set(r.user.toLowerCase(), r);
    }
    return [...byUser.values()];
}
const normal = (name) => name.replace(/^@/, '').toLowerCase();
/** Resolves the approver list: users as given, teams through the API (a team that cannot be read is said). */
async function approverSet(policy, source, signal) {
    if (policy.approvers.length === 0)
        return { problems: [] };
    const logins = new Set();
    const problems = [];
    for (const a of policy.approvers) {
        const name = normal(a);
        const slash = name.indexOf('/');
        if (slash < 0) {
            logins.add(name);
            continue;
        }
        try {
            for (const m of await source.teamMembers(name.slice(0, slash), name.slice(slash + 1), signal))
                logins.add(m.toLowerCase());
        }
        catch (err) {
            problems.push(`members of @${name} cannot be read (${(0,errors/* errorMessage */.gJ)(err)}); the token needs read access to the organization's teams`);
        }
    }
    return { logins, problems };
}
/**
 * The first approving review of the given pull requests that counts. `current(commit)` says
 * whether the config reviewed at that commit is the one being promoted (an approval of an
 * earlier, milder version does not approve what came after it).
 */
async function findApproval(pulls, policy, source, current, eventPull, signal) {
    const out = { why: [], reviews: [] };
    const allowed = await approverSet(policy, source, signal);
    out.why.push(...allowed.problems);
    for (const number of pulls) {
        let pull;
        let reviews;
        try {
            pull = eventPull?.number === number && eventPull.author ? eventPull : await source.pull(number, signal);
            reviews = await source.reviews(number, signal);
        }
        catch (err) {
            out.why.push(`reviews of pull request #${number} cannot be read: ${(0,errors/* errorMessage */.gJ)(err)}`);
            continue;
        }
        const reasons = [];
        for (const r of latestPerReviewer(reviews)) {
            const seen = { pull: number, reviewer: r.user, state: r.state, reviewId: r.id };
            if (r.submittedAt)
                seen.at = r.submittedAt;
            out.reviews.push(seen);
            if (r.state !== 'APPROVED')
                seen.notCounted = `latest review is ${r.state.toLowerCase()}`;
            else if (!policy.allowAuthorApproval && pull.author && normal(r.user) === normal(pull.author))
                seen.notCounted = 'the author of the pull request';
            else if (allowed.logins && !allowed.logins.has(normal(r.user)))
                seen.notCounted = 'not one of the approvers';
            else
                seen.notCounted = await current(r.commitId);
            if (seen.notCounted) {
                reasons.push(`${r.user}: ${seen.notCounted}`);
                continue;
            }
            out.approval = {
                pull: number,
                reviewer: r.user,
                reviewId: r.id,
                ...(r.submittedAt ? { at: r.submittedAt } : {}),
                ...(r.url ? { url: r.url } : {}),
                ...(r.commitId ? { commit: r.commitId } : {}),
            };
            return out;
        }
        out.why.push(reasons.length
            ? `pull request #${number} has no approval that counts (${reasons.join('; ')})`
            : `pull request #${number} has no approving review`);
    }
    return out;
}

// EXTERNAL MODULE: ./src/checks/integrity/codeowners.ts
var codeowners = __webpack_require__(29320);
;// CONCATENATED MODULE: ./src/checks/integrity/approvalFor.ts


const approvalFor_short = (sha) => (sha ? sha.slice(0, 7) : '?');
/** Pull requests named by the commits that changed the file: `(#123)` or "Merge pull request #123". */
async function pullsTouching(ctx, range, file) {
    const r = await ctx.exec.file('git', ['log', '--format=%s', `${range.base}..${range.head}`, '--', file], {
        cwd: ctx.cwd,
        env: ctx.env,
        signal: ctx.signal,
        maxOutputBytes: 1024 * 1024,
    });
    if (r.exitCode !== 0)
        throw new Error(`git log failed: ${r.stderr.trim() || `exit ${r.exitCode}`}`);
    const found = new Set();
    for (const m of r.stdout.matchAll(/(?:\(#(\d+)\)|Merge pull request #(\d+))/g))
        found.add(Number(m[1] ?? m[2]));
    return [...found].slice(0, 10);
}
/** Owners of the file in the base's CODEOWNERS: the base decides who may approve, not the change. */
async function codeOwners(ctx, range, file) {
    for (const p of codeowners/* CODEOWNERS_PATHS */.x) {
        const text = await ctx.change.read(range.base, p, { signal: ctx.signal });
        if (text === undefined)
            continue;
        const owners = (0,codeowners/* ownersOf */.K)(text, file);
        return owners.length ? owners : `${p} names no owner of ${file}`;
    }
    return `no CODEOWNERS file at the base (${codeowners/* CODEOWNERS_PATHS */.x.join(', ')})`;
}
async function approvalFor(spec, ctx, range, file, headText) {
    const source = ctx.reviews;
    if (!source || source.unavailable)
        return {
            why: [source?.unavailable ?? 'reviews cannot be read: the gate has no GitHub access'],
            reviews: [],
        };
    const approvers = [...(spec.approvers ?? [])];
    const why = [];
    if (spec.codeowners) {
        const owners = await codeOwners(ctx, range, file);
        if (typeof owners === 'string') {
            why.push(owners);
            // Code owners were asked for and there are none: only named approvers remain, if any.
            if (approvers.length === 0)
                return { why: [...why, 'so nobody may approve'], reviews: [] };
        }
        else
            approvers.push(...owners);
    }
    const pulls = source.eventPull ? [source.eventPull.number] : await pullsTouching(ctx, range, file);
    if (pulls.length === 0)
        return {
            why: [
                ...why,
                `no pull request to read approvals from: the run is not about one, and no commit that changed ${file} names one`,
            ],
            reviews: [],
        };
    // An approval counts for the config as it is now: given on the head, or on a commit whose
    // config file is the same.
    const current = async (commit) => {
        if (!commit)
            return 'the review names no commit';
        if (commit === range.head)
            return undefined;
        try {
            const then = await ctx.change.read(commit, `./${file}`, { signal: ctx.signal });
            if (then === undefined)
                return `given on ${approvalFor_short(commit)}, where ${file} cannot be read (not in this clone?)`;
            return then === headText ? undefined : `given on ${approvalFor_short(commit)}, before ${file} last changed`;
        }
        catch {
            return `given on ${approvalFor_short(commit)}, which is not in this clone`;
        }
    };
    const result = await findApproval(pulls, { approvers, allowAuthorApproval: spec.allowAuthorApproval }, source, current, source.eventPull, ctx.signal);
    return { ...result, why: [...why, ...result.why] };
}

;// CONCATENATED MODULE: ./src/checks/integrity/baselines.ts

/**
 * A secrets baseline lives in its own file, so widening it (accepting more findings) does not
 * show in the config: the file is read at both revisions and new fingerprints are a weakening.
 */
const fingerprints = (text) => {
    const set = new Set();
    for (const raw of (text ?? '').split(/\r?\n/)) {
        const fp = raw.replace(/#.*$/, '').trim().split(/\s+/)[0];
        if (fp && /^[0-9a-f]{12,64}$/i.test(fp))
            set.add(fp.toLowerCase());
    }
    return set;
};
async function baselineChanges(sides, change, signal) {
    const base = sides.base?.model;
    const head = sides.head?.model;
    const baseRev = sides.base?.revision;
    const headRev = sides.head?.revision;
    if (!base || !head || !baseRev || !headRev)
        return { changes: [], problems: [] };
    // Every baseline a profile of the head uses, with the file the base used for the same check.
    const pairs = new Map();
    for (const [profile, hp] of head.profiles)
        for (const [check, hc] of hp.checks) {
            if (hc.type !== 'secrets' || typeof hc.fields.baseline !== 'string')
                continue;
            const bc = base.profiles.get(profile)?.checks.get(check);
            const before = bc?.type === 'secrets' && typeof bc.fields.baseline === 'string' ? bc.fields.baseline : undefined;
            // A check the base did not have is not weakened by its baseline: it is new.
            if (!bc)
                continue;
            const key = `${before ?? ''}\0${hc.fields.baseline}`;
            pairs.set(key, [...(pairs.get(key) ?? []), { profile, check, before, after: hc.fields.baseline }]);
        }
    const changes = [];
    const problems = [];
    for (const uses of pairs.values()) {
        const { before, after, check, profile } = uses[0];
        let was;
        let now;
        try {
            was = fingerprints(before ? await change.read(baseRev, `./${before}`, { signal }) : undefined);
            now = fingerprints(await change.read(headRev, `./${after}`, { signal }));
        }
        catch (err) {
            problems.push(`secrets baseline ${after}: ${(0,errors/* errorMessage */.gJ)(err)}`);
            continue;
        }
        const added = [...now].filter((f) => !was.has(f));
        if (added.length === 0)
            continue;
        const path = head.sourceOf(profile, 'check', check, ['baseline']);
        const line = head.line(path);
        changes.push({
            kind: 'weakening',
            key: path.join('.'),
            ...(line ? { line } : {}),
            before: `${was.size} fingerprint(s)${before && before !== after ? ` in ${before}` : ''}`,
            after: `${now.size} fingerprint(s) in ${after}`,
            what: `${added.length} accepted secret(s) added: ${added
                .slice(0, 5)
                .map((f) => f.slice(0, 12))
                .join(', ')}${added.length > 5 ? ', \u2026' : ''}`,
            profiles: [...new Set(uses.map((u) => u.profile))],
            check: { id: check, type: 'secrets', field: ['baseline'] },
        });
    }
    return { changes, problems };
}

// EXTERNAL MODULE: ./src/core/types.ts
var core_types = __webpack_require__(73054);
;// CONCATENATED MODULE: ./src/checks/integrity/directions.ts



const higher = { kind: 'higher-looser' };
const lower = { kind: 'lower-looser' };
const criterion = { kind: 'criterion' };
const more = { kind: 'more-looser' };
const fewer = { kind: 'fewer-looser' };
const keysFewer = { kind: 'keys-fewer-looser' };
const needsTrue = { kind: 'false-looser' };
const allowsWhenTrue = { kind: 'true-looser' };
const neutral = { kind: 'neutral' };
const order = (values) => ({ kind: 'order', values });
const expectRules = (prefix) => [
    [`${prefix}.status`, more],
    [`${prefix}.contains`, fewer],
    [`${prefix}.notContains`, fewer],
    [`${prefix}.json`, keysFewer],
    [`${prefix}.headers`, keysFewer],
    [`${prefix}.assert`, fewer],
    [`${prefix}.maxLatency`, higher],
    [`${prefix}.warnLatency`, higher],
];
const budgetRules = (prefix) => [
    [`${prefix}.p50`, higher],
    [`${prefix}.p95`, higher],
    [`${prefix}.max`, higher],
];
const DIRECTIONS = [
    // Every check.
    ['*:enforcement', order(core_types/* ENFORCEMENTS */.w_)],
    ['*:onError', order(core_types/* ON_ERROR */.DD)],
    ['*:title', neutral],
    ['*:allowOutsideWorkspace', allowsWhenTrue],
    // files, env, git
    ['files:paths', fewer],
    ['files:nonEmpty', needsTrue],
    ['files:forbidden', fewer],
    ['env:vars', keysFewer],
    ['env:vars.*.required', needsTrue],
    ['env:vars.*.values', more],
    ['env:vars.*.notIn', fewer],
    ['env:vars.*.minLength', lower],
    ['env:vars.*.secret', needsTrue],
    ['git:clean', needsTrue],
    ['git:allowDirty', more],
    ['git:untracked', needsTrue],
    ['git:branch', more],
    // command
    ['command:exitCode', more],
    ['command:junit', fewer],
    ['command:allowNoTests', allowsWhenTrue],
    ['command:coverage.min', lower],
    ['command:repeat.times', lower],
    ['command:repeat.ignore', more],
    ['command:maxOutput', neutral],
    // web
    ...expectRules('http:expect'),
    ...expectRules('http:requests.[].expect'),
    ['http:requests', fewer],
    ['http:retries', higher],
    ['auth:routes', fewer],
    ['auth:allowStatus', more],
    ['auth:retries', higher],
    ['performance:pages', fewer],
    ...budgetRules('performance:budgets'),
    ...budgetRules('performance:pages.[].budgets'),
    ['freshness:maxAge', higher],
    ['freshness:counters', keysFewer],
    ['freshness:counters.*.min', lower],
    ['freshness:counters.*.level', order(['fail', 'warn'])],
    ['evidence:maxAge', higher],
    ['evidence:assert', fewer],
    ['evidence:allowNoTests', allowsWhenTrue],
    // metrics
    ['benchmark:mode', neutral], // the planned enforcement says what the mode means for the profile
    ['benchmark:thresholds', keysFewer],
    ['benchmark:drift', { kind: 'false-turns-off' }],
    ['benchmark:thresholds.*', criterion],
    ['benchmark:drift.minHistory', higher],
    ['benchmark:drift.maxDrop', keysFewer],
    ['benchmark:drift.maxDrop.*', higher],
    ['benchmark:drift.rules', keysFewer],
    ['benchmark:drift.rules.*', criterion],
    ['trend:warnAbove', higher],
    ['trend:failAbove', higher],
    ['trend:tolerance', higher],
    // diff checks
    ['secrets:exclude', more],
    ['secrets:allowPaths', more],
    ['secrets:allowPatterns', more],
    ['secrets:inlineMarkers', more],
    ['secrets:minEntropy', higher],
    ['secrets:disableRules', more],
    ['secrets:rules', fewer],
    ['dependencies:exclude', more],
    ['dependencies:deny', fewer],
    ['dependencies:maxNewDirect', higher],
    ['dependencies:requirePinned', needsTrue],
    ['dependencies:downgrades', order(['fail', 'warn', 'ignore'])],
    ['dependencies:installScripts', order(['fail', 'warn', 'ignore'])],
    ['dependencies:sources', order(['fail', 'warn', 'ignore'])],
    ['dependencies:majorUpgrades', order(['fail', 'warn', 'ignore'])],
    ['dependencies:allowSources', more],
    ['migrations:paths', fewer],
    ['migrations:exclude', more],
    ['migrations:ignore', more],
    ['routes:critical', fewer],
    ['routes:ignoreRemoved', more],
    // integrity itself (who may approve: a first named approver narrows "anyone", so no rank)
    ['integrity:allowAuthorApproval', allowsWhenTrue],
    // the decision of a profile
    ['decision:categories.*', lower],
    ['decision:holdLine', lower],
    ['decision:autoPromoteAt', lower],
    ['decision:releaseCandidatePercent', lower],
    ['decision:ratchet', needsTrue],
    // top-level settings
    ['top:aggregate.required', fewer],
    ['top:aggregate.releaseCandidateAt', lower],
    ['top:aggregate.domains', keysFewer],
    ['top:aggregate.domains.*.assert', fewer],
    ['top:$schema', neutral],
];
/** `http:requests.[].expect.maxLatency` for a field at `requests.2.expect.maxLatency` of an http check. */
function patternKey(scope, path) {
    return `${scope}:${path.map((p) => (typeof p === 'number' ? '[]' : p)).join('.')}`;
}
function directions_matches(pattern, key) {
    const [ps, pp] = splitScope(pattern);
    const [ks, kp] = splitScope(key);
    if (ps !== '*' && ps !== ks)
        return false;
    if (pp.length !== kp.length)
        return false;
    return pp.every((seg, i) => seg === kp[i] || (seg === '*' && kp[i] !== '[]'));
}
function splitScope(key) {
    const colon = key.indexOf(':');
    return [key.slice(0, colon), key.slice(colon + 1).split('.')];
}
/** The direction of a field, most specific pattern first (an exact key over a `*`). */
function directionOf(scope, path) {
    const key = patternKey(scope, path);
    let best;
    for (const [pattern, d] of DIRECTIONS) {
        if (!directions_matches(pattern, key))
            continue;
        const wild = (pattern.match(/\*/g) ?? []).length;
        if (!best || wild < best.wild)
            best = { d, wild };
    }
    return best?.d;
}
/** A number from a number, a duration (`2s`) or a numeric string; undefined when it is none. */
function numberOf(v) {
    if (typeof v === 'number')
        return Number.isFinite(v) ? v : undefined;
    if (typeof v !== 'string')
        return undefined;
    const d = (0,duration/* parseDuration */.E9)(v);
    if (d !== undefined)
        return d;
    const n = Number(v.trim());
    return v.trim() !== '' && Number.isFinite(n) ? n : undefined;
}
/** How a changed scalar moved; `undefined` on either side means the field is not set (no limit). */
function judgeScalar(d, base, head) {
    switch (d.kind) {
        case 'neutral':
            return 'same';
        case 'higher-looser':
        case 'lower-looser': {
            // An unset maximum (or minimum) is no limit at all: the loosest value there is.
            const loose = d.kind === 'higher-looser' ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
            const b = base === undefined ? loose : numberOf(base);
            const h = head === undefined ? loose : numberOf(head);
            if (b === undefined || h === undefined)
                return 'unknown';
            if (b === h)
                return 'same';
            return (d.kind === 'higher-looser' ? h > b : h < b) ? 'weaker' : 'stricter';
        }
        case 'criterion':
            return judgeCriterion(base, head);
        case 'false-looser':
        case 'true-looser': {
            if (typeof base !== 'boolean' && base !== undefined)
                return 'unknown';
            if (typeof head !== 'boolean' && head !== undefined)
                return 'unknown';
            const loose = d.kind === 'true-looser';
            const b = base ?? false;
            const h = head ?? false;
            if (b === h)
                return 'same';
            return h === loose ? 'weaker' : 'stricter';
        }
        case 'order': {
            const b = base === undefined ? d.values.length : d.values.indexOf(String(base));
            const h = head === undefined ? d.values.length : d.values.indexOf(String(head));
            if (b < 0 || h < 0)
                return 'unknown';
            return b === h ? 'same' : h > b ? 'weaker' : 'stricter';
        }
        default:
            return 'unknown';
    }
}
/** `>= 0.55` \u2192 `>= 0.40` is looser; `<= 800` \u2192 `<= 900` is looser; a changed operator is unknown. */
function judgeCriterion(base, head) {
    if (head === undefined)
        return base === undefined ? 'same' : 'weaker';
    if (base === undefined)
        return 'stricter';
    let b, h;
    try {
        b = (0,criteria/* parseCriterion */.Jn)(base);
        h = (0,criteria/* parseCriterion */.Jn)(head);
    }
    catch {
        return 'unknown';
    }
    if (b.percent !== h.percent)
        return 'unknown';
    const lowerBound = (op) => op === '>=' || op === '>';
    const upperBound = (op) => op === '<=' || op === '<';
    if (lowerBound(b.op) && lowerBound(h.op)) {
        if (h.value !== b.value)
            return h.value < b.value ? 'weaker' : 'stricter';
        if (b.op === h.op)
            return 'same';
        return h.op === '>=' ? 'weaker' : 'stricter';
    }
    if (upperBound(b.op) && upperBound(h.op)) {
        if (h.value !== b.value)
            return h.value > b.value ? 'weaker' : 'stricter';
        if (b.op === h.op)
            return 'same';
        return h.op === '<=' ? 'weaker' : 'stricter';
    }
    return b.op === h.op && b.value === h.value ? 'same' : 'unknown';
}

;// CONCATENATED MODULE: ./src/checks/integrity/walk.ts

const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
/** JSON with sorted keys: equal for equal values whatever the order of their keys. */
function canonical(v) {
    if (v instanceof Date)
        return JSON.stringify(v.toISOString());
    if (Array.isArray(v))
        return `[${v.map(canonical).join(',')}]`;
    if (isObject(v))
        return `{${Object.keys(v)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
            .join(',')}}`;
    return JSON.stringify(v) ?? 'null';
}
const same = (a, b) => canonical(a) === canonical(b);
/** A value as a finding shows it: short, one line. */
function show(v) {
    if (v === undefined)
        return '(not set)';
    if (typeof v === 'string')
        return v.length > 120 ? `${v.slice(0, 117)}...` : v;
    if (Array.isArray(v)) {
        const items = v.map((x) => (typeof x === 'string' ? x : canonical(x)));
        const text = `[${items.join(', ')}]`;
        return text.length > 120 ? `${text.slice(0, 117)}...]` : text;
    }
    const text = isObject(v) ? canonical(v) : String(v);
    return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
const IDENTITY_KEYS = ['id', 'name', 'path', 'url', 'preset', 'pattern', 'page', 'check'];
/** What makes a list item the same item in both revisions: its name or path, else all of it. */
function identity(item) {
    if (isObject(item))
        for (const k of IDENTITY_KEYS) {
            const v = item[k];
            if (Object.hasOwn(item, k) && typeof v === 'string')
                return `${k}=${v}`;
        }
    return canonical(item);
}
const LIST_KINDS = new Set(['more-looser', 'fewer-looser']);
function listVerdict(d, removed) {
    if (d?.kind === 'fewer-looser')
        return removed ? 'weaker' : 'stricter';
    if (d?.kind === 'more-looser')
        return removed ? 'stricter' : 'weaker';
    return 'unknown';
}
function walkList(scope, path, base, head, out) {
    const d = directionOf(scope, path);
    const b = Array.isArray(base) ? base : base === undefined ? [] : [base];
    const h = Array.isArray(head) ? head : head === undefined ? [] : [head];
    const bIds = new Map(b.map((x) => [identity(x), x]));
    const hIds = new Map(h.map((x, i) => [identity(x), { x, i }]));
    const removed = [...bIds.keys()].filter((k) => !hIds.has(k));
    const added = [...hIds.keys()].filter((k) => !bIds.has(k));
    const label = (x) => typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean' ? String(x) : identity(x);
    if (removed.length > 0)
        out.push({
            verdict: listVerdict(d, true),
            path,
            before: base,
            after: head,
            what: `removed ${removed.map((k) => label(bIds.get(k))).join(', ')}`,
        });
    if (added.length > 0)
        out.push({
            verdict: listVerdict(d, false),
            path,
            before: base,
            after: head,
            what: `added ${added.map((k) => label(hIds.get(k).x)).join(', ')}`,
        });
    // Items in both: their own fields compare one by one (a request whose budget moved).
    for (const [k, bx] of bIds) {
        const hx = hIds.get(k);
        if (hx && isObject(bx) && isObject(hx.x))
            walk(scope, [...path, hx.i], bx, hx.x, out);
    }
}
function walkKeys(scope, path, base, head, out, requirements) {
    const b = base ?? {};
    const h = head ?? {};
    const keys = [...new Set([...Object.keys(b), ...Object.keys(h)])];
    for (const k of keys) {
        const inB = Object.hasOwn(b, k);
        const inH = Object.hasOwn(h, k);
        if (requirements && inB !== inH) {
            out.push({
                verdict: inB ? 'weaker' : 'stricter',
                path: [...path, k],
                before: inB ? b[k] : undefined,
                after: inH ? h[k] : undefined,
                what: inB ? 'removed' : 'added',
            });
            continue;
        }
        walk(scope, [...path, k], inB ? b[k] : undefined, inH ? h[k] : undefined, out);
    }
}
/** Compares one value of both revisions under `scope` (a check type, `decision` or `top`). */
function walk(scope, path, base, head, out) {
    if (same(base, head))
        return;
    const d = directionOf(scope, path);
    if (d?.kind === 'neutral')
        return;
    if (d?.kind === 'false-turns-off' && (base === false) !== (head === false)) {
        out.push({
            verdict: head === false ? 'weaker' : 'stricter',
            path,
            before: base,
            after: head,
            what: head === false ? 'turned off' : 'turned on',
        });
        return;
    }
    if (d && LIST_KINDS.has(d.kind))
        return walkList(scope, path, base, head, out);
    const objects = (isObject(base) || base === undefined) && (isObject(head) || head === undefined);
    if (d?.kind === 'keys-fewer-looser' && objects)
        return walkKeys(scope, path, base, head, out, true);
    if (objects && (isObject(base) || isObject(head)) && d?.kind !== 'order')
        return walkKeys(scope, path, base, head, out, false);
    if (!d && (Array.isArray(base) || Array.isArray(head))) {
        // A list nobody ranked: compare its items as a set, each named item field by field.
        return walkList(scope, path, base, head, out);
    }
    const verdict = d ? judgeScalar(d, base, head) : 'unknown';
    if (verdict === 'same')
        return;
    out.push({ verdict, path, before: base, after: head, what: describeMove(d, verdict) });
}
function describeMove(d, v) {
    if (!d || v === 'unknown')
        return 'changed, direction unknown';
    switch (d.kind) {
        case 'higher-looser':
            return v === 'weaker' ? 'raised' : 'lowered';
        case 'lower-looser':
            return v === 'weaker' ? 'lowered' : 'raised';
        case 'criterion':
            return v === 'weaker' ? 'loosened' : 'tightened';
        case 'false-looser':
        case 'true-looser':
            return v === 'weaker' ? 'relaxed' : 'enforced';
        case 'order':
            return v === 'weaker' ? 'lowered' : 'raised';
        default:
            return v === 'weaker' ? 'loosened' : 'tightened';
    }
}

;// CONCATENATED MODULE: ./src/checks/integrity/compare.ts

const SENSITIVE_KEY = /token|secret|passw|credential|authorization|cookie|api[-_]?key|private[-_]?key|^key$/i;
const KIND = {
    weaker: 'weakening',
    stricter: 'tightening',
    unknown: 'unknown',
};
class Collector {
    base;
    head;
    groups = new Map();
    constructor(base, head) {
        this.base = base;
        this.head = head;
    }
    add(c, profile) {
        const id = `${c.kind}|${c.key}|${c.before}|${c.after}|${c.what}`;
        const known = this.groups.get(id);
        if (known) {
            if (profile && !known.profiles.includes(profile))
                known.profiles.push(profile);
            return;
        }
        const { path, ...rest } = c;
        const line = this.head.line(path);
        this.groups.set(id, { ...rest, ...(line ? { line } : {}), profiles: profile ? [profile] : [] });
    }
    raw(raws, where, profile, check) {
        for (const r of raws) {
            // Named where it now is; a key that is gone is named where it was.
            const side = r.after === undefined ? this.base : this.head;
            const path = where(r.path, side);
            // A header, a token or a password written into the config is named, never shown.
            const hidden = r.path.some((k) => typeof k === 'string' && SENSITIVE_KEY.test(k));
            this.add({
                kind: KIND[r.verdict],
                key: path.join('.'),
                path: where(r.path, this.head),
                before: hidden ? (r.before === undefined ? '(not set)' : '***') : show(r.before),
                after: hidden ? (r.after === undefined ? '(not set)' : '***') : show(r.after),
                what: hidden ? r.what.replace(/^(added|removed) .*/, '$1') : r.what,
                ...(check ? { check: { ...check, field: r.path } } : {}),
            }, profile);
        }
    }
    list() {
        return [...this.groups.values()];
    }
}
const UNCOUNTED = new Set(['off', 'dry-run']);
function compareCheck(c, profile, id, b, h, head) {
    const where = (inner, side) => side.sourceOf(profile, 'check', id, inner);
    if (b.type !== h.type) {
        c.add({
            kind: 'weakening',
            key: `checks.${id}.type`,
            path: where(['type'], head),
            before: b.type,
            after: h.type,
            what: `replaced: the ${b.type} check is gone`,
        }, profile);
        return;
    }
    const raws = [];
    walk(b.type, ['enforcement'], b.enforcement, h.enforcement, raws);
    walk(b.type, ['onError'], b.onError, h.onError, raws);
    walk(b.type, [], b.fields, h.fields, raws);
    c.raw(raws, where, profile, { id, type: b.type });
}
function compareWaivers(c, profile, b, h, now) {
    const today = now.toISOString().slice(0, 10);
    const latest = (p) => {
        const m = new Map();
        for (const { index, waiver } of p.waivers) {
            const expires = waiver.expires.slice(0, 10);
            // An expired waiver waives nothing: adding or dropping one changes no rule.
            if (expires < today)
                continue;
            const known = m.get(waiver.check);
            if (!known || expires > known.expires)
                m.set(waiver.check, { expires, index, by: waiver.by, reason: waiver.reason });
        }
        return m;
    };
    const bw = latest(b);
    const hw = latest(h);
    for (const check of new Set([...bw.keys(), ...hw.keys()])) {
        const before = bw.get(check);
        const after = hw.get(check);
        if (before?.expires === after?.expires)
            continue;
        const weaker = after !== undefined && (before === undefined || after.expires > before.expires);
        const shown = (w) => (w ? `until ${w.expires} (by ${w.by})` : '(none)');
        const index = (weaker ? after : (before ?? after)).index;
        c.add({
            kind: weaker ? 'weakening' : 'tightening',
            key: `waivers.${index}`,
            path: weaker ? ['waivers', index] : ['waivers'],
            before: shown(before),
            after: shown(after),
            what: `waiver of check "${check}" ${before === undefined ? 'added' : after === undefined ? 'removed' : weaker ? 'extended' : 'shortened'}${weaker ? `: ${after.reason}` : ''}`,
        }, profile);
    }
}
function compareProfile(c, name, b, h, head, now) {
    for (const [id, bc] of b.checks) {
        const hc = h.checks.get(id);
        if (hc) {
            compareCheck(c, name, id, bc, hc, head);
            continue;
        }
        const counted = !UNCOUNTED.has(bc.enforcement);
        c.add({
            kind: counted ? 'weakening' : 'unknown',
            key: `checks.${id}`,
            path: ['profiles', name, 'checks'],
            before: `runs (${bc.type}, ${bc.enforcement})`,
            after: 'does not run',
            what: 'check removed from the profile',
        }, name);
    }
    for (const [id, hc] of h.checks)
        if (!b.checks.has(id))
            c.add({
                kind: 'tightening',
                key: `checks.${id}`,
                path: ['profiles', name, 'checks'],
                before: 'does not run',
                after: `runs (${hc.type}, ${hc.enforcement})`,
                what: 'check added to the profile',
            }, name);
    const raws = [];
    walk('decision', [], b.decision, h.decision, raws);
    c.raw(raws, (inner, side) => side.sourceOf(name, 'decision', '', inner), name);
    compareWaivers(c, name, b, h, now);
}
/** Every change between the base's and the head's rules, grouped over the profiles they affect. */
function compareConfigs(base, head, now) {
    const c = new Collector(base, head);
    for (const [name, bp] of base.profiles) {
        const hp = head.profiles.get(name);
        if (hp)
            compareProfile(c, name, bp, hp, head, now);
        else
            c.add({
                kind: 'weakening',
                key: `profiles.${name}`,
                path: ['profiles'],
                before: `${bp.checks.size} check(s)`,
                after: '(removed)',
                what: 'profile removed',
            });
    }
    for (const [name, hp] of head.profiles)
        if (!base.profiles.has(name))
            c.add({
                kind: 'unknown',
                key: `profiles.${name}`,
                path: ['profiles', name],
                before: '(none)',
                after: `${hp.checks.size} check(s)`,
                what: 'profile added',
            });
    const raws = [];
    walk('top', [], base.other, head.other, raws);
    c.raw(raws, (inner) => inner);
    return c.list();
}

// EXTERNAL MODULE: ./src/report/mermaid.ts
var mermaid = __webpack_require__(39409);
;// CONCATENATED MODULE: ./src/checks/integrity/thresholds.ts







/**
 * What history says about a metric whose threshold a change moves: its last values (with a
 * chart), how the last run fared against the runs before it, and the last review \u2014 so the
 * reviewer sees whether the new threshold fits what the metric really does. Bounded: a few
 * metrics, the last runs only.
 */
const MAX_METRICS = 8;
const MAX_POINTS = 20;
const THRESHOLD_FIELDS = new Set(['thresholds', 'drift', 'warnAbove', 'failAbove', 'tolerance']);
/** The metrics whose thresholds or drift limits the changes move, in the gated profile. */
function thresholdMetrics(changes, profile) {
    const refs = new Map();
    for (const c of changes) {
        if (!c.check || c.kind === 'tightening' || !c.profiles.includes(profile))
            continue;
        const [field, ...rest] = c.check.field;
        if (typeof field !== 'string' || !THRESHOLD_FIELDS.has(field))
            continue;
        let metric;
        if (c.check.type === 'trend')
            metric = 'value';
        else if (c.check.type === 'benchmark')
            metric =
                field === 'thresholds'
                    ? rest[0]
                    : rest[0] === 'maxDrop' || rest[0] === 'rules'
                        ? rest[1]
                        : undefined;
        if (!metric)
            continue;
        const key = `${c.check.id}\0${metric}`;
        const ref = refs.get(key) ?? { check: c.check.id, type: c.check.type, metric, changes: [] };
        ref.changes.push(c);
        refs.set(key, ref);
    }
    return [...refs.values()].slice(0, MAX_METRICS);
}
function lastDrift(runs, ref, base, profile) {
    if (ref.type !== 'benchmark')
        return '';
    const fields = profile ? base?.profiles.get(profile)?.checks.get(ref.check)?.fields : undefined;
    const drift = fields?.drift;
    if (drift === false)
        return 'drift was off in the base config';
    const measured = runs.filter((r) => {
        const c = r.checks.find((x) => x.id === ref.check);
        return c !== undefined && c.status !== 'skipped' && c.status !== 'error';
    });
    const last = measured.at(-1);
    if (!last)
        return 'no run measured it yet';
    const settings = (0,metrics_drift/* driftSettings */.LX)((drift ?? {}));
    const before = measured.slice(0, -1).slice(-settings.lookback);
    const value = last.checks.find((x) => x.id === ref.check)?.metrics[ref.metric];
    const points = (0,metrics_drift/* evaluateDrift */.$v)({ [ref.metric]: typeof value === 'number' ? value : undefined }, (m) => (0,history_series/* metricSeries */.Q)(before, ref.check, m).map((x) => x.value), {
        ...settings,
        rules: Object.fromEntries(Object.entries(settings.rules).filter(([m]) => m === ref.metric)),
    });
    const p = points[0];
    return p ? `run ${last.runId}: ${p.message}` : `run ${last.runId}: no drift rule for ${ref.metric}`;
}
/** A review of 10,000 runs is about 5 MB. */
const MAX_REVIEW_BYTES = 64 * 1024 * 1024;
async function lastReview(ctx, ref) {
    const file = external_node_path_default().join('.promotion-gate', `${ctx.profile}-review`, 'review.json');
    let review;
    // The file is the checkout's, which a pull request controls: read as any file of the repository
    // is (inside the workspace, a regular file, bounded), never through a link to elsewhere.
    if (!(await (0,promises_.lstat)(external_node_path_default().join(ctx.cwd, file)).catch(() => undefined)))
        return `no review on file (\`promotion-gate review --profile ${ctx.profile}\` writes one)`;
    let text;
    try {
        text = (await (0,paths/* readWorkspaceFile */.sL)(ctx.cwd, 'review', file, MAX_REVIEW_BYTES)).toString('utf8');
    }
    catch {
        return `${file} not read: it is not a regular file inside the workspace, of at most ${MAX_REVIEW_BYTES / 1024 / 1024} MiB`;
    }
    try {
        review = JSON.parse(text);
    }
    catch {
        return `${file} is not JSON`;
    }
    const alerts = (review.driftAlerts ?? []).filter((a) => a.check === ref.check);
    const alert = alerts.at(-1)?.point?.message;
    return `${file} of ${review.generatedAt ?? '?'} (${review.window?.label ?? '?'}): pass rate ${review.runs?.passRate ?? '\u2013'}%, ${alerts.length} drift alert(s) of ${ref.check}${alert ? `, the last: ${alert}` : ''}`;
}
/** Markdown for the evidence, and a one-line summary per metric for the findings. */
async function thresholdEvidence(changes, ctx, base) {
    const refs = thresholdMetrics(changes, ctx.profile);
    const lines = new Map();
    if (refs.length === 0)
        return { lines };
    const read = ctx.history ? await ctx.history.read() : undefined;
    const runs = read?.runs ?? [];
    const out = ['# Thresholds changed: what history says', ''];
    if (!ctx.history)
        out.push('_No history store: set `--history` (or the `history` input) to see the trend._', '');
    for (const ref of refs) {
        const series = (0,history_series/* metricSeries */.Q)(runs, ref.check, ref.metric).slice(-MAX_POINTS);
        const drift = lastDrift(runs, ref, base, ctx.profile);
        const review = await lastReview(ctx, ref);
        out.push(`## \`${ref.check}\` \u00b7 ${ref.metric}`, '');
        for (const c of ref.changes)
            out.push(`- \`${c.key}\`: ${c.before} \u2192 ${c.after} (${c.what})`);
        out.push('');
        if (series.length > 0) {
            const values = series.map((s) => s.value);
            out.push((0,mermaid/* xyChart */.Gp)({
                title: `${ref.check} ${ref.metric}, last ${series.length} run(s)`,
                labels: series.map((s) => s.run.finishedAt.slice(5, 10)),
                values,
                yLabel: ref.metric,
            }), '', `Last ${series.length} value(s): ${series.map((s) => (0,criteria/* fmt */.Sc)(s.value)).join(', ')} (min ${(0,criteria/* fmt */.Sc)(Math.min(...values))}, max ${(0,criteria/* fmt */.Sc)(Math.max(...values))}).`);
        }
        else
            out.push('No recorded value of this metric.');
        if (drift)
            out.push('', `Last drift: ${drift}.`);
        out.push('', `Last review: ${review}.`, '');
        const summary = series.length > 0
            ? `history of ${ref.metric}: last ${series.length} value(s) ${(0,criteria/* fmt */.Sc)(Math.min(...series.map((s) => s.value)))}\u2013${(0,criteria/* fmt */.Sc)(Math.max(...series.map((s) => s.value)))}, newest ${(0,criteria/* fmt */.Sc)(series.at(-1).value)}`
            : `no recorded value of ${ref.metric}`;
        for (const c of ref.changes)
            lines.set(c, summary);
    }
    return { markdown: out.join('\n'), lines };
}

;// CONCATENATED MODULE: ./src/checks/integrity/integrity.ts








const integrity_fields = schemas/* object */.Ikc({
    path: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe("Config file to protect, relative to the repository (default: the gate's own config)"),
    approvers: schemas/* array */.YOg(schemas/* string */.YjP().min(1))
        .optional()
        .describe('Who may approve a weakening: logins and @org/team names (default: any reviewer but the author)'),
    codeowners: schemas/* boolean */.zMY()
        .default(false)
        .describe("The config file's owners in CODEOWNERS (as the base has it) may approve too"),
    allowAuthorApproval: schemas/* boolean */.zMY()
        .default(false)
        .describe("Count an approval by the pull request's own author (default false)"),
});
const MAX_NOTICES = 100;
const integrity_short = (sha) => (sha ? sha.slice(0, 7) : '?');
function describeChange(c) {
    const verb = c.kind === 'weakening' ? 'weakened' : c.kind === 'tightening' ? 'tightened' : 'changed';
    const where = c.profiles.length
        ? ` in profile${c.profiles.length === 1 ? '' : 's'} ${c.profiles.join(', ')}`
        : '';
    return `${verb} ${c.key}: ${c.before} \u2192 ${c.after} (${c.what})${where}`;
}
function sideFindings(sides, findings) {
    const file = sides.file;
    if (sides.base?.missing)
        findings.push({
            level: 'warning',
            file,
            message: `${file} does not exist at the base (${integrity_short(sides.base.revision)}): the change adds it, so it weakens nothing`,
        });
    for (const i of sides.base?.issues ?? [])
        findings.push({
            level: 'failure',
            file,
            message: `the base's ${file} does not load, so what the change weakens cannot be told: ${(0,errors/* formatIssue */.Hd)({ ...i, file: undefined })}`,
        });
    for (const i of sides.head?.issues ?? [])
        findings.push({
            level: 'failure',
            file,
            ...(i.line ? { line: i.line } : {}),
            message: `the head's config is invalid: ${(0,errors/* formatIssue */.Hd)({ ...i, file: undefined, line: undefined, column: undefined })}`,
        });
}
/** The check's status: a failure holds; an approved weakening or a warning warns; else it passes. */
function outcome(findings, changes, approved, of, metrics) {
    const count = (kind) => changes.filter((c) => c.kind === kind).length;
    const weakenings = count('weakening');
    const tally = `${weakenings} weakening(s), ${count('tightening')} tightening(s), ${count('unknown')} other change(s)`;
    const failure = findings.find((f) => f.level === 'failure');
    if (failure)
        return {
            status: 'fail',
            score: 2,
            summary: weakenings && !approved ? `${of}: ${tally}, not approved` : failure.message,
            findings,
            metrics,
        };
    if (approved)
        return {
            status: 'warn',
            summary: `${of}: ${tally}, approved by ${approved.reviewer} (#${approved.pull})`,
            findings,
            metrics,
        };
    if (findings.some((f) => f.level === 'warning'))
        return { status: 'warn', summary: `${of}: ${tally}`, findings, metrics };
    return { status: 'pass', summary: `${of}: no weakening (${tally})`, findings, metrics };
}
/**
 * Gate integrity: a change cannot weaken its own gate. The config at the base of the change is
 * compared with the config at its head, field by field; every weakening (a check removed, an
 * enforcement lowered, a threshold loosened, a waiver added\u2026) holds unless a reviewer other than
 * the author approved the pull request on the config as it now is.
 */
const integrityCheck = (0,types/* defineCheck */.q)({
    type: 'integrity',
    description: "The change does not weaken the gate's own config (checks removed, enforcement lowered, thresholds loosened, waivers added) unless a reviewer approved it",
    defaults: { category: 'safety', enforcement: 'required' },
    fields: integrity_fields,
    async run(spec, ctx) {
        if (!ctx.config)
            return {
                status: 'error',
                summary: "the integrity check compares the gate's config at base and head: it runs inside a gate",
            };
        const own = spec.path === undefined;
        const record = ctx.config.record;
        const findings = [];
        if (own && record.fallback)
            findings.push({
                level: record.fallback.level === 'hold' ? 'failure' : 'warning',
                file: record.path,
                message: record.fallback.message,
            });
        const sides = await ctx.config.sides(spec.path);
        if (sides.problem)
            return {
                status: 'error',
                summary: `cannot compare ${sides.file} at base and head: ${sides.problem}`,
                findings,
            };
        const got = await (0,changeRange/* changeFor */.WK)(ctx);
        if (got.outcome)
            return { ...got.outcome, findings };
        const { range } = got;
        sideFindings(sides, findings);
        const base = sides.base?.model;
        const head = sides.head?.model;
        const changes = base && head ? compareConfigs(base, head, ctx.now()) : [];
        if (base && sides.head?.missing)
            changes.push({
                kind: 'weakening',
                key: sides.file,
                before: `${base.profiles.size} profile(s)`,
                after: '(deleted)',
                what: 'the config file is deleted',
                profiles: [...base.profiles.keys()],
            });
        const baselines = await baselineChanges(sides, got.change, ctx.signal);
        changes.push(...baselines.changes);
        for (const p of baselines.problems)
            findings.push({ level: 'warning', file: sides.file, message: p });
        const weakenings = changes.filter((c) => c.kind === 'weakening');
        const evidence = await thresholdEvidence(weakenings, ctx, base);
        if (evidence.markdown)
            await ctx.evidence.write('thresholds.md', evidence.markdown);
        let approval;
        if (weakenings.length > 0) {
            const headText = await ctx
                .change.read(range.head, `./${sides.file}`, { signal: ctx.signal })
                .catch((err) => {
                findings.push({
                    level: 'warning',
                    message: `cannot read ${sides.file} at the head: ${(0,errors/* errorMessage */.gJ)(err)}`,
                });
                return undefined;
            });
            approval = await approvalFor(spec, ctx, range, sides.file, headText);
        }
        const approved = approval?.approval;
        for (const c of weakenings) {
            const history = evidence.lines.get(c);
            findings.push({
                level: approved ? 'warning' : 'failure',
                file: sides.file,
                ...(c.line ? { line: c.line } : {}),
                message: `${describeChange(c)}${history ? `; ${history} (evidence thresholds.md)` : ''}`,
            });
        }
        const others = changes.filter((c) => c.kind !== 'weakening');
        for (const c of others.slice(0, MAX_NOTICES))
            findings.push({
                level: 'notice',
                file: sides.file,
                ...(c.line ? { line: c.line } : {}),
                message: describeChange(c),
            });
        if (others.length > MAX_NOTICES)
            findings.push({
                level: 'notice',
                message: `${others.length - MAX_NOTICES} more change(s) in integrity.json`,
            });
        if (approved)
            findings.push({
                level: 'notice',
                message: `approved by ${approved.reviewer} in pull request #${approved.pull} (review ${approved.reviewId}${approved.at ? `, ${approved.at}` : ''}${approved.url ? `, ${approved.url}` : ''})`,
            });
        else if (approval)
            findings.push({
                level: 'failure',
                message: `not approved: ${approval.why.join('; ')}`,
            });
        await ctx.evidence.write('integrity.json', {
            config: { file: sides.file, ...(own ? { source: record } : {}) },
            base: { revision: sides.base?.revision ?? null, missing: sides.base?.missing ?? false },
            head: { revision: sides.head?.revision ?? null },
            range: { base: range.base, head: range.head, source: range.source },
            changes: changes.slice(0, 1000),
            approval: approval ?? null,
        });
        return outcome(findings, changes, approved, `${sides.file} ${integrity_short(range.base)}..${integrity_short(range.head)}`, {
            weakenings: weakenings.length,
            changes: changes.length,
            configSource: own ? record.source : 'n/a',
        });
    },
});

// EXTERNAL MODULE: ./src/checks/migrations/spec.ts
var spec = __webpack_require__(26164);
;// CONCATENATED MODULE: ./src/checks/migrations/migrations.ts


const migrationsCheck = (0,types/* defineCheck */.q)({
    type: 'migrations',
    description: 'Migrations added between base and head: destructive DDL needs rollback evidence; PostgreSQL statements that lock tables, fail in a transaction or age badly are reported with the safer form (squawk-compatible rule ids)',
    defaults: { category: 'safety', enforcement: 'scored' },
    fields: spec/* fields */.O,
    // The SQL and framework readers are loaded when such a check runs, not by every command.
    async run(spec, ctx) {
        return (await __webpack_require__.e(/* import() */ 3346).then(__webpack_require__.bind(__webpack_require__, 73346))).runMigrations(spec, ctx);
    },
});

;// CONCATENATED MODULE: ./src/checks/web/performance.ts






const budgetSchema = schemas/* strictObject */.rej({
    p50: fields/* duration */.p0.optional().describe('Median latency budget'),
    p95: fields/* duration */.p0.optional().describe('95th percentile latency budget'),
    max: fields/* duration */.p0.optional().describe('Slowest sample budget'),
})
    .describe('Latency budgets (time to response headers)');
const performance_fields = schemas/* object */.Ikc({
    base: fields/* httpUrl */.q3.describe('Base URL of the deployment'),
    pages: schemas/* array */.YOg(schemas/* union */.KCZ([
        schemas/* string */.YjP().min(1),
        schemas/* strictObject */.rej({
            path: schemas/* string */.YjP().describe('Path appended to base'),
            name: schemas/* string */.YjP().min(1).optional().describe('Name in metrics (default: the path)'),
            budgets: budgetSchema.optional().describe('Budgets for this page, over the check\u2019s budgets'),
        }),
    ]))
        .min(1)
        .describe('Pages to sample: paths, or {path, name, budgets}'),
    samples: schemas/* int */.Whr().min(1).max(1000).default(10).describe('Measured requests per page'),
    warmup: schemas/* int */.Whr()
        .min(0)
        .max(100)
        .default(1)
        .describe('Requests per page sent first and left out of the figures'),
    concurrency: schemas/* int */.Whr().min(1).max(64).default(4).describe('Requests in flight at once, across all pages'),
    budgets: budgetSchema.optional().describe('Latency budgets for every page (time to response headers)'),
    requestTimeout: requestTimeoutField,
    headers: headersField,
});
/** Nearest-rank percentile (p in 0\u2013100) of the values; undefined for none. */
function percentile(values, p) {
    if (values.length === 0)
        return undefined;
    const sorted = [...values].sort((a, b) => a - b);
    const rank = Math.ceil((p / 100) * sorted.length);
    return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}
const performance_round1 = (n) => Math.round(n * 10) / 10;
function budgetsOf(spec, where) {
    const out = {};
    for (const key of ['p50', 'p95', 'max']) {
        const v = spec?.[key];
        if (v === undefined)
            continue;
        const n = (0,duration/* parseDuration */.E9)(v);
        if (n === undefined)
            throw new Error(`${where}.${key}: "${v}" is not a duration`);
        out[key] = n;
    }
    return out;
}
function performance_plan(spec) {
    const shared = budgetsOf(spec.budgets, 'budgets');
    const pages = spec.pages.map((p, i) => {
        const page = typeof p === 'string' ? { path: p } : p;
        let url;
        try {
            url = resolveUrl(spec.base, page.path);
        }
        catch (err) {
            throw new Error(`pages[${i}]: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
        const label = page.path === '' ? '/' : page.path;
        const own = 'budgets' in page ? budgetsOf(page.budgets, `pages[${i}].budgets`) : {};
        const target = {
            name: page.name ?? label,
            label,
            method: 'GET',
            url,
            headers: mergeHeaders(spec.headers),
        };
        return { target, budgets: { ...shared, ...own } };
    });
    const names = uniqueNames(pages.map((p) => p.target.name));
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
const performanceCheck = (0,types/* defineCheck */.q)({
    type: 'performance',
    description: 'Samples pages of a live deployment and checks latency percentiles (p50, p95, max) against budgets',
    defaults: { category: 'ops', enforcement: 'scored' },
    fields: performance_fields,
    async run(spec, ctx) {
        let pages;
        try {
            pages = performance_plan(spec);
        }
        catch (err) {
            return { status: 'error', summary: `bad performance check: ${(0,errors/* errorMessage */.gJ)(err)}` };
        }
        for (const p of pages)
            protectHeaders(p.target.headers, ctx);
        const settings = requestSettings({ requestTimeout: spec.requestTimeout }, ctx);
        const warm = await sendAll(pages.flatMap((p) => Array.from({ length: spec.warmup }, () => p.target)), settings, ctx, spec.concurrency);
        // Round-robin over pages, so a slow moment of the server is shared rather than hitting one page.
        const order = Array.from({ length: spec.samples }, () => pages.map((_, i) => i)).flat();
        const measured = await sendAll(order.map((i) => pages[i].target), settings, ctx, spec.concurrency);
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
                metrics[`${page.target.name}.${key}`] = v === undefined ? null : performance_round1(v);
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
                    message: `${label}: ${key} ${ms(got)} over budget ${ms(budget)} (${latencies.length} samples)`,
                });
                scores.push(key === 'p50' ? 2 : 3);
            }
            return {
                name: page.target.name,
                url: page.target.url,
                budgetsMs: page.budgets,
                latenciesMs: latencies,
                failures: failed.map((s) => ({ status: s.record.status, error: s.record.error })),
                ...Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, v === undefined ? null : performance_round1(v)])),
            };
        });
        // Evidence: every record, but body excerpts only where they tell something (first per page, failures).
        const seen = new Set();
        const records = [...warm, ...measured].map((s) => {
            const keep = !succeeded(s) || !seen.has(s.target.name);
            seen.add(s.target.name);
            return keep ? s.record : { ...s.record, bodyExcerpt: '' };
        });
        await writeRequestEvidence(ctx, records);
        await ctx.evidence.write('samples.json', { samples: spec.samples, warmup: spec.warmup, pages: evidence });
        if (measured.every(isConnectionError)) {
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
                summary: `${pages.length} page(s) \u00d7 ${spec.samples} samples ok${within}; slowest p95 ${ms(slowest)} (${slowestPage.target.label})`,
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

// EXTERNAL MODULE: ./src/checks/routes/types.ts
var routes_types = __webpack_require__(65017);
;// CONCATENATED MODULE: ./src/checks/routes/spec.ts
// The settings of a routes check, as the config schema reads them; its work is in run.ts.



/** A directory of the repository, from its root: never absolute, never through `..`. */
const repoDir = schemas/* string */.YjP().superRefine((s, ctx) => {
    if ((0,fields/* hasExpression */.xS)(s))
        return;
    if (s.startsWith('/') || /^[A-Za-z]:[\\/]/.test(s) || s.split(/[\\/]/).includes('..'))
        ctx.addIssue({
            code: 'custom',
            message: `expected a directory inside the repository, relative to its root (e.g. services/api), got "${s}"`,
        });
});
const presetEntry = schemas/* union */.KCZ([
    schemas/* enum */.k5n(routes_types/* PRESET_IDS */.Z),
    schemas/* strictObject */.rej({
        preset: schemas/* enum */.k5n(routes_types/* PRESET_IDS */.Z),
        dir: repoDir
            .optional()
            .describe('Directory of the app in a monorepo (e.g. services/api); paths and exclude are read under it'),
        paths: schemas/* array */.YOg(schemas/* string */.YjP().min(1))
            .optional()
            .describe('Globs of the files it reads (default: the preset\u2019s own)'),
        exclude: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).optional(),
        prefix: schemas/* string */.YjP()
            .optional()
            .describe('URL prefix the routes are mounted under (a prefix the code does not declare itself)'),
    }),
]);
const customEntry = schemas/* strictObject */.rej({
    pattern: fields/* regex */.yG.describe('Regex with a named group `path` (and optionally `method`), matched against each line'),
    paths: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1).describe('Globs of the files to read'),
    exclude: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]),
    grep: schemas/* string */.YjP().optional().describe('POSIX ERE prefilter for git grep (speed); default: every line'),
    method: schemas/* string */.YjP().default('ANY').describe('Method when the pattern has no `method` group'),
    prefix: schemas/* string */.YjP().default(''),
});
const routeQuery = schemas/* string */.YjP().superRefine((s, ctx) => {
    if (!/^\s*(?:[A-Za-z]+\s+)?\/\S*\s*$/.test(s))
        ctx.addIssue({
            code: 'custom',
            message: `expected "/path" or "METHOD /path" (optionally ending in *), got "${s}"`,
        });
});
const routes_spec_fields = schemas/* object */.Ikc({
    presets: schemas/* array */.YOg(presetEntry)
        .default([])
        .describe(`Frameworks to read routes from: ${routes_types/* PRESET_IDS */.Z.join(', ')}`),
    custom: schemas/* array */.YOg(customEntry).default([]).describe('Extra route patterns'),
    critical: schemas/* array */.YOg(routeQuery)
        .default([])
        .describe('Routes that must exist at head: "GET /", "/health", "POST /cron/*"'),
    ignoreRemoved: schemas/* array */.YOg(routeQuery).default([]).describe('Routes whose removal is expected (no warning)'),
});

;// CONCATENATED MODULE: ./src/checks/routes/routes.ts


const routesCheck = (0,types/* defineCheck */.q)({
    type: 'routes',
    description: 'Routes extracted from the code at base and head: a missing critical route fails; a removed route warns',
    defaults: { category: 'ops', enforcement: 'scored' },
    fields: routes_spec_fields,
    // The route readers of every framework are loaded when such a check runs, not by every command.
    async run(spec, ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(8670), __webpack_require__.e(6445), __webpack_require__.e(7497), __webpack_require__.e(4032)]).then(__webpack_require__.bind(__webpack_require__, 54032))).runRoutes(spec, ctx);
    },
});

// EXTERNAL MODULE: ./src/change/pathspec.ts
var pathspec = __webpack_require__(79750);
;// CONCATENATED MODULE: ./src/checks/secrets/baseline.ts

/** Far more than any reviewed list of findings. */
const MAX_BASELINE_BYTES = 8 * 1024 * 1024;
/**
 * A baseline is a reviewed list of accepted findings \u2014 secrets already rotated, or known not to
 * be live \u2014 one fingerprint per line, then anything (rule, file, who accepted it and why):
 *
 *     # rotated 2026-03-02, OPS-118 (alice)
 *     4f1c2a9be07d3c55a1e0b6f2  aws-access-key-id  config/legacy.yml:12
 *
 * The check writes `baseline-candidates.txt` in this format for every finding it reports.
 */
async function readBaseline(cwd, file) {
    // A baseline belongs to the repository: it may not resolve outside it.
    const text = (await (0,paths/* readWorkspaceFile */.sL)(cwd, 'baseline', file, MAX_BASELINE_BYTES)).toString('utf8');
    const set = new Set();
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.replace(/#.*$/, '').trim();
        if (!line)
            return;
        const fp = line.split(/\s+/)[0];
        if (!/^[0-9a-f]{12,64}$/i.test(fp))
            throw new Error(`baseline ${file}:${i + 1}: expected a fingerprint (hex) at the start of the line, got "${fp.slice(0, 40)}"`);
        set.add(fp.toLowerCase());
    });
    return set;
}
/** A fingerprint is accepted by an entry equal to it or a prefix of at least 12 characters. */
function inBaseline(baseline, fingerprint) {
    if (baseline.has(fingerprint))
        return true;
    for (let n = 12; n < fingerprint.length; n++)
        if (baseline.has(fingerprint.slice(0, n)))
            return true;
    return false;
}

// EXTERNAL MODULE: ./src/checks/secrets/rules.ts + 3 modules
var rules = __webpack_require__(12123);
;// CONCATENATED MODULE: ./src/checks/secrets/secrets.ts







/** Findings kept in report.json; every one is in the evidence file. */
const MAX_FINDINGS = 200;
/** Hits kept in memory; beyond it they are only counted. */
const MAX_HITS = 20_000;
const RULE_IDS = [...new Set(rules/* RULES */.y.map((r) => r.id))];
const customRule = schemas/* strictObject */.rej({
    id: schemas/* string */.YjP().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and dashes'),
    title: schemas/* string */.YjP().optional(),
    pattern: fields/* regex */.yG.describe('Regex; its named group `secret` (or the whole match) is the value'),
    keywords: schemas/* array */.YOg(schemas/* string */.YjP().min(2))
        .optional()
        .describe('Substrings one of which a line must hold before the regex runs (speed); default: none, every line'),
    entropy: schemas/* number */.aig().min(0).max(8).optional().describe('Minimum Shannon entropy of the value'),
    level: schemas/* enum */.k5n(['failure', 'warning']).optional(),
});
function finding(hit, acceptedBy) {
    return {
        level: acceptedBy ? 'notice' : hit.level,
        message: `${hit.title}: ${hit.redacted}${acceptedBy ? ` \u2014 accepted (${acceptedBy})` : ''}`,
        file: hit.file,
        line: hit.line,
        fingerprint: hit.fingerprint,
    };
}
const secretsCheck = (0,types/* defineCheck */.q)({
    type: 'secrets',
    description: 'No secret (cloud keys, tokens, private keys, passwords\u2026) in the lines added between base and head; findings are redacted',
    defaults: { category: 'safety', enforcement: 'hard' },
    readsWholeDiff: (spec) => spec.paths.length === 0 && spec.exclude.length === 0,
    fields: schemas/* object */.Ikc({
        paths: schemas/* array */.YOg(schemas/* string */.YjP().min(1))
            .default([])
            .describe('Globs of files to scan (default: every changed file)'),
        exclude: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]).describe('Globs of files never scanned'),
        allowPaths: schemas/* array */.YOg(schemas/* string */.YjP().min(1))
            .default([])
            .describe('Globs of files whose findings are accepted (e.g. test fixtures); they are counted, not scanned'),
        allowPatterns: schemas/* array */.YOg(fields/* regex */.yG).default([]).describe('Regexes; a found value matching one is accepted'),
        inlineMarkers: schemas/* array */.YOg(schemas/* string */.YjP().min(3))
            .default(['promotion-gate:allow-secret', 'gitleaks:allow', 'pragma: allowlist secret'])
            .describe('A line holding one of these (in a comment) is accepted'),
        baseline: schemas/* string */.YjP()
            .optional()
            .describe('File of accepted finding fingerprints, one per line (see baseline-candidates.txt in the evidence)'),
        minEntropy: schemas/* number */.aig()
            .min(0)
            .max(8)
            .default(3)
            .describe('Shannon entropy (bits/char) a value assigned to a secret-sounding name needs to count'),
        disableRules: schemas/* array */.YOg(schemas/* enum */.k5n(RULE_IDS))
            .default([])
            .describe('Built-in rules to turn off, by id (the `rule` of each finding in findings.json)'),
        rules: schemas/* array */.YOg(customRule).default([]).describe('Extra rules'),
    }),
    async run(spec, ctx) {
        const change = ctx.change;
        if (!change)
            return (await (0,changeRange/* changeFor */.WK)(ctx)).outcome;
        let baseline = new Set();
        if (spec.baseline) {
            try {
                baseline = await readBaseline(ctx.cwd, spec.baseline);
            }
            catch (err) {
                return { status: 'error', summary: err.message };
            }
        }
        const options = {
            disableRules: spec.disableRules,
            rules: spec.rules,
            minEntropy: spec.minEntropy,
            allowPatterns: spec.allowPatterns,
            inlineMarkers: spec.inlineMarkers,
            allowPaths: spec.allowPaths,
            maxHits: MAX_HITS,
        };
        // The scanner loads when a scan runs, not with the config's schema (which needs the rules'
        // ids alone).
        const { secretsScan } = await __webpack_require__.e(/* import() */ 8556).then(__webpack_require__.bind(__webpack_require__, 68556));
        // Asked for before the range is known: the scan's thread starts and loads its rules while
        // the range is resolved, and its git starts the moment the range is known. A range that
        // cannot be resolved fails the scan too; the range's own error is what the check says.
        const scanning = change.scanPortable({ kind: 'secrets', options, factory: secretsScan }, {
            paths: spec.paths.length || spec.exclude.length ? (0,pathspec/* globPathspecs */.c)(spec.paths, spec.exclude) : undefined,
            signal: ctx.signal,
            // Registered as found, a key's body whole too (each of its lines is masked on its own as
            // well); outputs are redacted when the bundle is sealed, so what other checks wrote
            // before is masked as well.
            onEvent: (e) => {
                const { secret, body } = e;
                ctx.secret(secret);
                if (body !== undefined)
                    ctx.secret(body);
            },
        });
        scanning.catch(() => undefined); // awaited below, once the range is known
        const got = await (0,changeRange/* changeFor */.WK)(ctx);
        if (got.outcome) {
            await scanning.catch(() => undefined);
            return got.outcome;
        }
        const { range } = got;
        const scanned = await scanning;
        const stats = scanned.stats;
        const { hits, total, skippedFiles, rules } = scanned.result;
        const counted = [];
        const accepted = [];
        for (const hit of hits) {
            const by = hit.allowedBy ?? (inBaseline(baseline, hit.fingerprint) ? 'baseline' : undefined);
            (by ? accepted : counted).push(finding(hit, by));
        }
        const failures = counted.filter((f) => f.level === 'failure').length;
        const uncounted = total - hits.length;
        await ctx.evidence.write('findings.json', hits.map(({ secret: _secret, lines: _lines, ...h }) => ({
            ...h,
            baselined: inBaseline(baseline, h.fingerprint),
        })));
        await ctx.evidence.write('baseline-candidates.txt', `# Fingerprints of the findings of ${(0,changeRange/* rangeLabel */.QT)(range)}. Copy reviewed lines into the baseline file to accept them.\n` +
            counted.map((f) => `${f.fingerprint}  ${f.file}:${f.line}  ${f.message}`).join('\n') +
            '\n');
        if (skippedFiles.length)
            await ctx.evidence.write('allowed-files.txt', `${skippedFiles.join('\n')}\n`);
        const metrics = {
            ...(0,changeRange/* rangeMetrics */.lB)(range),
            filesScanned: stats.files - skippedFiles.length - stats.binaryFiles.length,
            addedLines: stats.addedLines,
            diffBytes: stats.bytes,
            binaryFilesSkipped: stats.binaryFiles.length,
            allowedFiles: skippedFiles.length,
            rules,
            findings: counted.length + uncounted,
            accepted: accepted.length,
        };
        const findings = [
            ...counted.slice(0, MAX_FINDINGS),
            ...accepted.slice(0, Math.max(0, MAX_FINDINGS - counted.length)),
        ];
        if (counted.length + uncounted > MAX_FINDINGS)
            findings.push({
                level: 'warning',
                message: `${counted.length + uncounted - MAX_FINDINGS} more finding(s) in the evidence (findings.json)`,
            });
        const where = `${metrics.filesScanned} changed file(s), ${stats.addedLines} added line(s) of ${(0,changeRange/* rangeLabel */.QT)(range)}`;
        if (counted.length === 0 && uncounted === 0) {
            const acc = accepted.length ? `; ${accepted.length} accepted` : '';
            return { status: 'pass', summary: `no secrets in ${where}${acc}`, findings, metrics };
        }
        const first = counted[0];
        const summary = `${counted.length + uncounted} possible secret(s) in ${where}; first: ${first.message} at ${first.file}:${first.line}`;
        return { status: failures > 0 || uncounted > 0 ? 'fail' : 'warn', summary, findings, metrics };
    },
});

// EXTERNAL MODULE: ./src/core/optionRef.ts
var optionRef = __webpack_require__(44157);
;// CONCATENATED MODULE: ./src/checks/metrics/trend.ts













/** A number in a file: a report, never a dump. */
const MAX_TREND_FILE_BYTES = 16 * 1024 * 1024;
const trend_fields = schemas/* object */.Ikc({
    run: fields/* shellScript */.ky
        .optional()
        .describe('Command whose output holds the number (a non-zero exit is fine when it prints one)'),
    file: schemas/* string */.YjP().min(1).optional().describe('File that holds the number (instead of run)'),
    path: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe('JSON path of the number in the output or file, e.g. summary.violations'),
    pattern: fields/* regex */.yG
        .optional()
        .describe('Regular expression whose first group is the number, e.g. "(\\d+) violations"'),
    name: schemas/* string */.YjP().min(1).optional().describe('What the number is, for messages (default: the check id)'),
    cwd: schemas/* string */.YjP().optional().describe('Directory the command runs in, relative to the repository'),
    better: schemas/* enum */.k5n(['lower', 'higher'])
        .default('lower')
        .describe('lower (violations, size, duration) or higher (coverage)'),
    lookback: schemas/* int */.Whr().min(1).max(500).default(3).describe('Earlier runs averaged (default 3)'),
    warnAbove: schemas/* number */.aig()
        .min(0)
        .default(0)
        .describe('Growth over the average, in percent, that warns (default 0: any growth)'),
    failAbove: schemas/* number */.aig()
        .min(0)
        .default(50)
        .describe('Growth over the average, in percent, that fails as a spike (default 50)'),
    tolerance: schemas/* number */.aig().min(0).default(0).describe('Absolute change that never counts as growth'),
});
function numberIn(text, spec, where) {
    if (spec.path !== undefined) {
        let doc;
        try {
            doc = JSON.parse(text);
        }
        catch (err) {
            throw new Error(`${where} is not JSON (${(0,errors/* errorMessage */.gJ)(err)}), but path ${spec.path} was given`);
        }
        const got = (0,conditions/* getPath */.Yn)(doc, (0,conditions/* parsePath */.Rr)(spec.path));
        const n = got.found ? toNumber(got.value) : undefined;
        if (n === undefined)
            throw new Error(`${spec.path} in ${where} is ${got.found ? (0,conditions/* describeValue */.bp)(got.value) : 'missing'}, not a number`);
        return n;
    }
    const re = spec.pattern !== undefined ? new RegExp(spec.pattern, 'm') : /-?\d+(?:\.\d+)?/;
    const m = re.exec(text);
    const n = m ? toNumber(spec.pattern !== undefined ? m[1] : m[0]) : undefined;
    if (n === undefined)
        throw new Error(spec.pattern !== undefined
            ? `no match of /${spec.pattern}/ with a number in ${where}`
            : `no number in ${where}`);
    return n;
}
async function measure(spec, ctx) {
    if (spec.run !== undefined) {
        const r = await ctx.exec.shell(spec.run, {
            cwd: external_node_path_default().resolve(ctx.cwd, spec.cwd ?? '.'),
            // The values of the run line's ${{ }} expressions, which it names as variables.
            env: { ...ctx.env, ...(0,fields/* shellValues */.Du)(spec) },
            signal: ctx.signal,
            maxOutputBytes: 1024 * 1024,
        });
        await ctx.evidence.write('command.log', `$ ${spec.run}\n(exit ${r.exitCode ?? r.signal})\n${r.output}`);
        if (r.aborted)
            throw new Error('command was stopped');
        try {
            return numberIn(r.stdout, spec, 'the command output');
        }
        catch (err) {
            throw new Error(`${(0,errors/* errorMessage */.gJ)(err)} (exit ${r.exitCode ?? r.signal})`);
        }
    }
    const text = (await (0,paths/* readWorkspaceFile */.sL)(ctx.cwd, 'trend file', spec.file, MAX_TREND_FILE_BYTES)).toString('utf8');
    return numberIn(text, spec, spec.file);
}
/**
 * Lint-style trend: compare with the average of the last N runs; stable or better passes,
 * growth warns (score 3, so it counts toward the hotfix ratchet), a spike fails.
 */
const trendCheck = (0,types/* defineCheck */.q)({
    type: 'trend',
    description: 'A number (lint violations, bundle size, test time\u2026) compared with the average of the last runs: stable passes, growth warns, a spike fails',
    defaults: { category: 'design', enforcement: 'scored' },
    workTree: (spec) => (spec.run !== undefined ? 'changes' : 'observes'),
    fields: trend_fields,
    async run(spec, ctx) {
        if ((spec.run === undefined) === (spec.file === undefined))
            return {
                status: 'error',
                summary: `bad trend check: give exactly one of run or file${spec.run ? ', not both' : ''}`,
            };
        if (spec.failAbove < spec.warnAbove)
            return {
                status: 'error',
                summary: `bad trend check: failAbove ${spec.failAbove} is below warnAbove ${spec.warnAbove}`,
            };
        const name = spec.name ?? ctx.id;
        let value;
        try {
            value = await measure(spec, ctx);
        }
        catch (err) {
            return { status: 'error', summary: `cannot read ${name}: ${(0,errors/* errorMessage */.gJ)(err)}` };
        }
        const metrics = { value };
        const findings = [];
        if (!ctx.history)
            return {
                status: 'warn',
                summary: `${name} ${(0,criteria/* fmt */.Sc)(value)}: no history store, so no trend (set ${(0,optionRef/* optionRef */.$j)('history')})`,
                metrics,
            };
        const read = await ctx.history.read();
        for (const p of read.problems)
            findings.push({ level: 'notice', message: `history: ${p}` });
        const series = (0,history_series/* metricSeries */.Q)(read.runs, ctx.id, 'value').slice(-spec.lookback);
        const evidence = {
            value,
            better: spec.better,
            history: series.map((s) => ({ runId: s.run.runId, value: s.value })),
        };
        if (series.length === 0) {
            await ctx.evidence.write('trend.json', { ...evidence, average: null, verdict: 'no history' });
            return { status: 'pass', summary: `${name} ${(0,criteria/* fmt */.Sc)(value)} (no history yet)`, findings, metrics };
        }
        const avg = series.reduce((a, s) => a + s.value, 0) / series.length;
        const grew = spec.better === 'lower' ? 'grew' : 'fell';
        // The same rule against each reference: the average of the last runs, and any pinned run.
        const judge = (reference, against) => {
            const worse = spec.better === 'lower' ? value - reference : reference - value;
            const percent = reference === 0 ? (worse > 0 ? Number.POSITIVE_INFINITY : 0) : (worse / Math.abs(reference)) * 100;
            const limits = [spec.warnAbove, spec.failAbove];
            const shown = Number.isFinite(percent) ? (0,format/* formatPercent */.l9)(percent, { near: limits }) : 'from 0';
            const changePercent = Number.isFinite(percent) ? percent : null;
            if (worse <= spec.tolerance || percent <= spec.warnAbove)
                return {
                    status: 'pass',
                    changePercent,
                    message: `${name} ${(0,criteria/* fmt */.Sc)(value)}: ${worse < 0 ? 'improving' : 'stable'} vs ${against}`,
                };
            if (percent > spec.failAbove)
                return {
                    status: 'fail',
                    score: 1,
                    changePercent,
                    message: `${name} spiked: ${(0,criteria/* fmt */.Sc)(value)} vs ${against}, ${shown} worse (fails above ${(0,format/* formatPercent */.l9)(spec.failAbove)})`,
                };
            return {
                status: 'warn',
                score: 3,
                changePercent,
                message: `${name} ${grew}: ${(0,criteria/* fmt */.Sc)(value)} vs ${against}, ${shown} worse (warns above ${(0,format/* formatPercent */.l9)(spec.warnAbove)})`,
            };
        };
        const byAverage = judge(avg, `the average of the last ${series.length} run${series.length === 1 ? '' : 's'} (${(0,criteria/* fmt */.Sc)(avg)})`);
        const verdicts = [byAverage];
        for (const p of read.pins ?? []) {
            const got = (0,metrics_drift/* pinnedValue */.Wc)(p, ctx.id, 'value');
            if ('note' in got)
                findings.push({ level: 'notice', message: got.note });
            else
                verdicts.push({
                    ...judge(got.value, `pinned run ${p.pin.runId} (${(0,criteria/* fmt */.Sc)(got.value)})`),
                    pinned: p.pin.runId,
                });
        }
        const LEVEL = { pass: 'notice', warn: 'warning', fail: 'failure' };
        // With a pinned reference each comparison is shown, so a reader sees which one decided.
        for (const v of verdicts)
            if (v.status !== 'pass' || verdicts.length > 1)
                findings.push({ level: LEVEL[v.status], message: v.message });
        const RANK = { pass: 0, warn: 1, fail: 2 };
        const worst = verdicts.reduce((a, b) => (RANK[b.status] > RANK[a.status] ? b : a));
        const outcome = worst.status === 'pass'
            ? { status: 'pass', summary: byAverage.message, findings, metrics }
            : { status: worst.status, score: worst.score, summary: worst.message, findings, metrics };
        await ctx.evidence.write('trend.json', {
            ...evidence,
            average: avg,
            changePercent: byAverage.changePercent,
            pinned: verdicts
                .filter((v) => v.pinned)
                .map((v) => ({ runId: v.pinned, status: v.status, changePercent: v.changePercent })),
            status: outcome.status,
        });
        return outcome;
    },
});

;// CONCATENATED MODULE: ./src/checks/registry.ts
















/** A type with what it mostly uses, unless it says so itself. */
function uses(type, load) {
    return type.load ? type : { ...type, load };
}
/** A benchmark or trend runs its command when it has one, else it reads a file. */
const runOrRead = (spec) => (spec.run !== undefined ? 'process' : 'cpu');
/**
 * Every check type, one line each, with what it mostly uses (which sets how many run at once).
 * The config schema is built from this table.
 */
const CHECK_TYPES = [
    uses(filesCheck, 'cpu'),
    uses(envCheck, 'cpu'),
    uses(gitCheck, 'process'),
    uses(command/* commandCheck */.Q, 'process'),
    uses(httpCheck, 'network'),
    uses(authCheck, 'network'),
    uses(performanceCheck, 'network'),
    uses(freshnessCheck, (spec) => (spec.url !== undefined ? 'network' : 'cpu')),
    uses(evidenceCheck, 'cpu'),
    uses(benchmarkCheck, runOrRead),
    uses(trendCheck, runOrRead),
    uses(secretsCheck, 'process'),
    uses(dependenciesCheck, 'process'),
    uses(migrationsCheck, 'process'),
    uses(routesCheck, 'process'),
    // Pull request reviews and run approvals on GitHub; its git reads are a few small ones.
    uses(integrityCheck, 'network'),
];
function checkType(type) {
    return CHECK_TYPES.find((t) => t.type === type);
}


/***/ }),

/***/ 65017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ PRESET_IDS)
/* harmony export */ });
/** What the route parsers read off one file, before prefixes from other files are applied. */
/** The frameworks a preset reads routes of. */
const PRESET_IDS = [
    'flask',
    'fastapi',
    'django',
    'express',
    'fastify',
    'koa',
    'nextjs',
    'rails',
    'spring',
];


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

/***/ 58284:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Td: () => (/* binding */ attributesOf),
/* harmony export */   km: () => (/* binding */ readXml),
/* harmony export */   t0: () => (/* binding */ xmlReader),
/* harmony export */   xK: () => (/* binding */ xmlText)
/* harmony export */ });
/* harmony import */ var _core_xmlChars_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22329);

/**
 * XML reports (JUnit, Cobertura) are read as a stream of tags, never built into a document tree: a
 * report is mostly elements of which only a count is kept (passing test cases and their output,
 * covered lines), and a tree of a report of tens of megabytes took several times its size in
 * memory and seconds to build. Every report must be well-formed: one cut short (its writer killed
 * while writing it) or broken is an error naming where, never the part of it that was read
 * (faults in its content alone are read past, see CONTENT_FAULT).
 */
let loaded;
/**
 * A parser that throws at the first well-formedness error but a fault in content alone (see
 * CONTENT_FAULT), its library loaded on first use: most runs read no XML, and every command the
 * action runs starts faster without it.
 */
async function xmlReader() {
    loaded ??= __webpack_require__.e(/* import() */ 9800).then(__webpack_require__.bind(__webpack_require__, 59800)).then((m) => m.SaxesParser);
    const parser = new (await loaded)();
    parser.on('error', (err) => {
        if (!CONTENT_FAULT.test(err.message))
            throw notWellFormed(err);
    });
    return parser;
}
/** Bytes of a report decoded at once: the text of a report of hundreds of megabytes is never held whole. */
const DECODE_SLICE = 1024 * 1024;
/**
 * Test runners write what a test printed into their reports as it came, terminal colour codes
 * (ESC) and all, raw or as `&#27;`, and some an HTML entity such as `&nbsp;`: characters XML does
 * not allow, which say nothing about which cases a report holds. A raw one is read as U+FFFD
 * before the parser sees it; a reference to one, or an entity XML does not define, the parser
 * reads past as its text (made U+FFFD in what is kept, see xmlText). Anything else it finds, a tag
 * cut off or closed out of turn, a `<` inside a value, stays an error.
 */
const CONTENT_FAULT = /^\d+:\d+: (?:malformed character entity|undefined entity)\.$/;
const rawAllowed = (text) => text.replace(_core_xmlChars_js__WEBPACK_IMPORTED_MODULE_0__/* .NOT_XML_CHARS */ .G, '\uFFFD');
/**
 * Hands a whole report to `parser` and closes it: its text, or its UTF-8 bytes decoded a slice at
 * a time; each raw character XML does not allow as U+FFFD (see CONTENT_FAULT).
 */
function readXml(parser, xml) {
    if (typeof xml === 'string')
        parser.write(rawAllowed(xml));
    else {
        const utf8 = new TextDecoder();
        for (let at = 0; at < xml.length; at += DECODE_SLICE)
            parser.write(rawAllowed(utf8.decode(xml.subarray(at, at + DECODE_SLICE), { stream: true })));
        parser.write(rawAllowed(utf8.decode()));
    }
    parser.close();
}
/** References the parser left as their text: to a character XML does not allow, or to a lone surrogate. */
const REFERENCE = /&#(?:x([0-9A-Fa-f]{1,8})|([0-9]{1,10}));/g;
/** Content kept from a report, a reference to a character XML does not allow as U+FFFD. */
function xmlText(text) {
    if (!text.includes('&#'))
        return text;
    return text.replace(REFERENCE, (m, hex, dec) => (0,_core_xmlChars_js__WEBPACK_IMPORTED_MODULE_0__/* .isXmlChar */ .s)(hex !== undefined ? Number.parseInt(hex, 16) : Number(dec)) ? m : '\uFFFD');
}
/** The parser's `1:95: unclosed tag: failure`, said as where, then what. */
function notWellFormed(err) {
    const m = /^(\d+):(\d+): (.*?)\.?$/s.exec(err.message);
    return new Error(m
        ? `not well-formed XML at line ${m[1]}, column ${m[2]}: ${m[3]}`
        : `not well-formed XML: ${err.message}`);
}
/** Attribute values as a report means them: the spaces around a value are not part of it. */
function attributesOf(attributes) {
    const out = Object.create(null);
    for (const k of Object.keys(attributes))
        out[k] = xmlText(attributes[k].trim());
    return out;
}


/***/ }),

/***/ 51390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KY: () => (/* binding */ STEP_NAMES),
/* harmony export */   PL: () => (/* binding */ DEFAULT_STEP_TIMEOUT),
/* harmony export */   QN: () => (/* binding */ LIVE_PROBE_TYPES),
/* harmony export */   Wc: () => (/* binding */ MONITOR_DEFAULTS),
/* harmony export */   Zq: () => (/* binding */ isProductionName),
/* harmony export */   fH: () => (/* binding */ MAX_STEP_TIMEOUT_MS),
/* harmony export */   me: () => (/* binding */ environmentsSchema),
/* harmony export */   p7: () => (/* binding */ environmentOf)
/* harmony export */ });
/* unused harmony exports ENVIRONMENT_NAME, stepSchema, MONITOR_REACTIONS, degradedWhenSchema, monitorSchema, environmentSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12311);
/* harmony import */ var _checks_command_command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47166);
/* harmony import */ var _checks_fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23128);
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98571);




/**
 * `environments:` \u2014 how each environment is deployed, verified, rolled back and watched after a
 * deploy (`monitor:`). This file holds the schema only (config/schema.ts includes it); the cross-references are checked in
 * environmentIssues.ts, and a deploy is planned in src/deploy/plan.ts.
 */
/** The same safe pattern as check ids: a name becomes a file name, a history key and an env value. */
const ENVIRONMENT_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const STEP_NAMES = ['snapshot', 'deploy', 'rollback'];
/** As the config would write it: it goes through the same planner as a check's timeout. */
const DEFAULT_STEP_TIMEOUT = '10m';
/** A step may not outlive the longest GitHub-hosted job. */
const MAX_STEP_TIMEOUT_MS = 6 * 3_600_000;
const command = _checks_command_command_js__WEBPACK_IMPORTED_MODULE_0__/* .commandCheck */ .Q.fields.shape;
const stepTimeout = _checks_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .timeout */ .wR.refine((v) => {
    if ((0,_checks_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .hasExpression */ .xS)(v))
        return true;
    const ms = (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)(v);
    return ms === undefined || ms <= MAX_STEP_TIMEOUT_MS;
}, { message: 'a step may take at most 6h' });
/**
 * One step is a command run like the `command` check: the same fields, interpolated by the same
 * planner, so `${{ }}` in `run` gets whatever treatment shell fields of checks get.
 */
const stepSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    run: command.run,
    cwd: command.cwd,
    env: command.env,
    timeout: stepTimeout.optional().describe('Time the step may take (default 10m, at most 6h)'),
    maxOutput: command.maxOutput,
})
    .describe('A command (bash) run in the workspace; it gets PROMOTION_GATE_ENVIRONMENT, _SHA, _URL, _STEP and PROMOTION_GATE_INPUT_<NAME> as environment variables');
/** What the monitor does when the environment degrades; `protect: true` makes any of them `alert`. */
const MONITOR_REACTIONS = ['rollback', 'alert', 'none'];
/** Check types that ask a live service over HTTP: what a probe may be. */
const LIVE_PROBE_TYPES = ['http', 'auth', 'performance', 'freshness'];
/** As the config would write them: they go through the same parsing as flags do. */
const MONITOR_DEFAULTS = {
    window: '15m',
    interval: '30s',
    consecutiveFailures: 3,
    errorRatio: 0.05,
    minRequests: 20,
    reaction: 'alert',
};
const degradedWhenSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    consecutiveFailures: zod__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr()
        .min(1)
        .max(10_000)
        .optional()
        .describe('Degraded when one probe fails this many ticks in a row (default 3)'),
    errorRatio: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig({ error: 'errorRatio is a share of answers, a number from 0 to 1 (0.05 is 5%)' })
        .superRefine((v, ctx) => {
        if (v < 0 || v > 1)
            ctx.addIssue({
                code: 'custom',
                message: `errorRatio is a share of answers: from 0 to 1 (0.05 is 5%), got ${v}`,
            });
    })
        // The bounds for editors; the check above words the message.
        .meta({ minimum: 0, maximum: 1 })
        .optional()
        .describe('Degraded when the share of 5xx or unreachable answers over the window so far is above this (default 0.05)'),
    minRequests: zod__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr()
        .min(0)
        .max(100_000_000)
        .optional()
        .describe('errorRatio and latencyP95 are judged once the window made this many requests (default 20)'),
    latencyP95: _checks_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .timeout */ .wR
        .optional()
        .describe('Degraded when the 95th percentile latency of the window so far is above this (optional)'),
})
    .describe('When the environment counts as degraded; the first rule met decides');
const monitorSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    window: _checks_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .timeout */ .wR.optional().describe('How long to watch after the deploy (default 15m, at most 24h)'),
    interval: _checks_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .timeout */ .wR.optional().describe('Time between two rounds of probes (default 30s)'),
    probes: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1))
        .min(1)
        .describe('Ids of live checks (http, auth, performance, freshness) run each tick'),
    degradedWhen: degradedWhenSchema.optional(),
    reaction: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(MONITOR_REACTIONS)
        .optional()
        .describe('On degraded: rollback (the rollback step, then verify), alert (an incident issue and the notify: webhooks) or none (recorded only); default alert. protect: true always alerts'),
});
const environmentSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    description: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    url: _checks_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .httpUrl */ .q3
        .optional()
        .describe('URL of the environment: shown on the GitHub deployment, given to steps as PROMOTION_GATE_URL'),
    snapshot: stepSchema
        .optional()
        .describe('Runs first (database backup, image tags); when it fails nothing is deployed'),
    deploy: stepSchema
        .optional()
        .describe('Deploys the commit (required unless the environment is only monitored: see monitor)'),
    verify: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1).describe('Profile run after the deploy, and again after a rollback'),
    rollback: stepSchema.optional().describe('Restores what ran before the deploy'),
    rollbackOnFailure: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY()
        .optional()
        .describe('Roll back when the deploy or its verify fails (default false; --rollback-on-failure and --no-rollback decide per run)'),
    protect: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY()
        .optional()
        .describe('Never roll back automatically: a failure raises an alert and a person decides (default false)'),
    production: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY()
        .optional()
        .describe('Shown to GitHub as a production environment (default: true for names prod and production)'),
    monitor: monitorSchema
        .optional()
        .describe('The post-deploy monitoring window (command monitor): probes, when it is degraded, the reaction'),
});
const environmentsSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(ENVIRONMENT_NAME), environmentSchema, {
    error: (iss) => iss.code === 'invalid_key'
        ? `environment name "${String(iss.input)}" may use only letters, digits, ".", "_" and "-" (and start with a letter or digit)`
        : undefined,
})
    .describe('How each environment is deployed, verified, rolled back and watched (commands deploy, drill and monitor)');
/** The environment of that name, looked up as data: `constructor` is no environment. */
function environmentOf(envs, name) {
    return envs && Object.hasOwn(envs, name) ? envs[name] : undefined;
}
/** Whether GitHub should show it as production when the config does not say. */
function isProductionName(name) {
    return /^prod(uction)?$/i.test(name);
}


/***/ }),

/***/ 72757:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $y: () => (/* binding */ parseExpressions),
/* harmony export */   P$: () => (/* binding */ strings),
/* harmony export */   aY: () => (/* binding */ Interpolator),
/* harmony export */   jG: () => (/* binding */ expressionIssues)
/* harmony export */ });
/* unused harmony export MAX_INTERPOLATED_LENGTH */
/* harmony import */ var _own_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94842);

/**
 * `${{ vars.X }}`, `${{ env.X }}`, `${{ inputs.X }}`, each with an optional fallback:
 * `${{ env.STAGING_URL || 'http://127.0.0.1:5001' }}`. The result is always a string.
 */
const BODY = /^([A-Za-z]+)\.([A-Za-z_][\w-]*)(?:\s*\|\|\s*(?:'([^']*)'|"([^"]*)"))?$/;
const NAMESPACES = ['vars', 'env', 'inputs'];
/** Longest string interpolation may make: vars that use each other could otherwise double it each time. */
const MAX_INTERPOLATED_LENGTH = 64 * 1024;
/**
 * Each `${{ \u2026 }}` of a string, found with index searches: once a `${{` has no `}}` after it, no
 * later one has either, so this is linear however the string is made.
 */
function* spans(text) {
    let from = 0;
    for (;;) {
        const open = text.indexOf('${{', from);
        if (open < 0)
            return;
        const close = text.indexOf('}}', open + 3);
        if (close < 0)
            return;
        yield { start: open, end: close + 2, body: text.slice(open + 3, close).trim() };
        from = close + 2;
    }
}
function parseExpressions(text) {
    const refs = [];
    const errors = [];
    for (const { start, end, body: inner } of spans(text)) {
        const whole = text.slice(start, end);
        const body = BODY.exec(inner);
        if (!body) {
            errors.push(`cannot read expression "${clip(whole)}": expected \${{ vars.NAME }}, \${{ env.NAME }} or \${{ inputs.NAME }}, optionally followed by || 'default'`);
            continue;
        }
        const ns = body[1];
        if (!NAMESPACES.includes(ns)) {
            errors.push(`unknown namespace "${body[1]}" in "${clip(whole)}": use vars, env or inputs`);
            continue;
        }
        refs.push({ text: whole, ns, name: body[2], fallback: body[3] ?? body[4], start, end });
    }
    return { refs, errors };
}
function clip(s) {
    return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
/** Walks every string of a value, yielding its key path. */
function* strings(value, path = []) {
    if (typeof value === 'string')
        yield { path, text: value };
    else if (Array.isArray(value))
        for (let i = 0; i < value.length; i++)
            yield* strings(value[i], [...path, i]);
    else if (value && typeof value === 'object' && !(value instanceof Date))
        for (const [k, v] of Object.entries(value))
            yield* strings(v, [...path, k]);
}
/** Syntax and `vars.X` references, checked without any inputs (for `validate`). */
function expressionIssues(root, varNames, base = []) {
    const known = new Set(varNames);
    const issues = [];
    for (const { path, text } of strings(root, base)) {
        if (!text.includes('${{'))
            continue;
        const { refs, errors } = parseExpressions(text);
        for (const e of errors)
            issues.push({ path, message: e });
        for (const r of refs) {
            if (r.ns === 'vars' && !known.has(r.name)) {
                issues.push({
                    path,
                    message: `${r.text} refers to an undefined var "${r.name}" (vars: ${varNames.slice(0, 20).join(', ') || 'none'}${varNames.length > 20 ? ', \u2026' : ''})`,
                });
            }
        }
    }
    return issues;
}
class Interpolator {
    vars;
    env;
    inputs;
    /** Values that came from the environment: secrets unless proven otherwise, redacted everywhere. */
    envValues = new Set();
    /** Each var once: its value, or the problems that left it without one. */
    resolvedVars = new Map();
    constructor(vars, env, inputs) {
        this.vars = vars;
        this.env = env;
        this.inputs = inputs;
    }
    /** Returns the value with every expression replaced, and the problems found (unset inputs\u2026). */
    interpolate(value, path) {
        const issues = [];
        const out = this.walk(value, path, issues);
        return { value: out, issues };
    }
    /** The value one expression stands for; undefined (with the reason in `issues`) when it has none. */
    valueOf(r, path, issues) {
        return this.lookup(r, path, issues, []);
    }
    walk(value, path, issues) {
        if (typeof value === 'string')
            return this.replace(value, path, issues, []);
        if (Array.isArray(value))
            return value.map((v, i) => this.walk(v, [...path, i], issues));
        if (value && typeof value === 'object' && !(value instanceof Date))
            return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.walk(v, [...path, k], issues)]));
        return value;
    }
    replace(text, path, issues, stack) {
        if (!text.includes('${{'))
            return text;
        const { refs, errors } = parseExpressions(text);
        for (const e of errors)
            issues.push({ path, message: e });
        // Built left to right from the original: a value is never searched for expressions again.
        let out = '';
        let at = 0;
        for (const r of refs) {
            const v = this.lookup(r, path, issues, stack);
            out += text.slice(at, r.start) + (v ?? r.text);
            at = r.end;
            if (out.length > MAX_INTERPOLATED_LENGTH)
                break;
        }
        out += text.slice(at);
        if (out.length > MAX_INTERPOLATED_LENGTH) {
            issues.push({
                path,
                message: `the value grows past ${MAX_INTERPOLATED_LENGTH.toLocaleString('en-US')} characters when interpolated`,
            });
            return text;
        }
        return out;
    }
    lookup(r, path, issues, stack) {
        const orFallback = (v, missing) => {
            if (v !== undefined && v !== '')
                return v;
            if (r.fallback !== undefined)
                return r.fallback;
            issues.push({ path, message: missing });
            return undefined;
        };
        if (r.ns === 'inputs') {
            return orFallback((0,_own_js__WEBPACK_IMPORTED_MODULE_0__/* .own */ .Z)(this.inputs, r.name), `${r.text} has no value: pass --input ${r.name}=VALUE (in the action: inputs: "${r.name}=VALUE")`);
        }
        if (r.ns === 'env') {
            const v = (0,_own_js__WEBPACK_IMPORTED_MODULE_0__/* .own */ .Z)(this.env, r.name);
            if (typeof v === 'string' && v !== '')
                this.envValues.add(v);
            return orFallback(typeof v === 'string' ? v : undefined, `${r.text} has no value: the environment variable ${r.name} is not set`);
        }
        if (stack.includes(r.name)) {
            issues.push({
                path,
                message: `vars refer to each other in a cycle: ${[...stack, r.name].join(' \u2192 ')}`,
            });
            return undefined;
        }
        if (!Object.hasOwn(this.vars, r.name)) {
            issues.push({ path, message: `${r.text} refers to an undefined var "${r.name}"` });
            return undefined;
        }
        const cached = this.resolvedVars.get(r.name);
        if (typeof cached === 'string')
            return cached;
        if (cached !== undefined) {
            // Reported where the var is defined; said again so that this use is known to have no value.
            issues.push(...cached);
            return undefined;
        }
        // Each var is worked out once, failures included: vars that use each other many times
        // would otherwise be worked out again for every use.
        const found = [];
        const v = this.replace(String(this.vars[r.name]), ['vars', r.name], found, [...stack, r.name]);
        issues.push(...found);
        this.resolvedVars.set(r.name, found.length > 0 ? found : v);
        return found.length > 0 ? undefined : v;
    }
}


/***/ }),

/***/ 85853:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_CONFIG_PATH: () => (/* reexport */ types/* DEFAULT_CONFIG_PATH */.Bi),
  IssueList: () => (/* binding */ IssueList),
  checkEveryProfile: () => (/* binding */ checkEveryProfile),
  loadConfigFile: () => (/* binding */ loadConfigFile),
  parseConfig: () => (/* binding */ parseConfig)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/checks/paths.ts
var paths = __webpack_require__(47681);
// EXTERNAL MODULE: ./src/checks/registry.ts + 30 modules
var registry = __webpack_require__(68410);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/optionRef.ts
var optionRef = __webpack_require__(44157);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(98571);
// EXTERNAL MODULE: ./src/config/environments.ts
var environments = __webpack_require__(51390);
// EXTERNAL MODULE: ./src/config/interpolate.ts
var interpolate = __webpack_require__(72757);
;// CONCATENATED MODULE: ./src/config/environmentIssues.ts




/**
 * What the schema cannot see in `environments:`: profiles named by `verify`, checks named by a
 * monitor's probes, and settings that contradict each other. Kept apart from the schema, which
 * config/schema.ts imports.
 */
function environmentIssues(config) {
    const issues = [];
    const envs = config.environments;
    if (!envs)
        return issues;
    const profiles = Object.keys(config.profiles);
    for (const [name, e] of Object.entries(envs)) {
        const at = (...rest) => ['environments', name, ...rest];
        if (!Object.hasOwn(config.profiles, e.verify))
            issues.push({
                path: at('verify'),
                message: `verify names unknown profile "${e.verify}"${(0,core_text/* didYouMean */.au)(e.verify, profiles)} (profiles: ${profiles.join(', ')})`,
            });
        if (!e.deploy && !e.monitor)
            issues.push({
                path: at(),
                message: `environment "${name}" has no deploy step: add environments.${name}.deploy (only an environment that is deployed elsewhere and monitored here may leave it out)`,
            });
        if (e.rollbackOnFailure === true && !e.rollback)
            issues.push({
                path: at('rollbackOnFailure'),
                message: `rollbackOnFailure: true needs a rollback step: add environments.${name}.rollback`,
            });
        if (e.protect === true && e.rollbackOnFailure === true)
            issues.push({
                path: at('protect'),
                message: 'protect: true never rolls back automatically, which contradicts rollbackOnFailure: true; keep one of them',
            });
        if (e.monitor)
            issues.push(...monitorIssues(name, e, config.checks ?? {}));
    }
    const varNames = Object.keys(config.vars ?? {});
    issues.push(...(0,interpolate/* expressionIssues */.jG)(envs, varNames, ['environments']));
    return issues;
}
/** A check's type and fields as the file has them (it may be invalid: that is reported elsewhere). */
function rawCheck(checks, id) {
    if (!Object.hasOwn(checks, id))
        return undefined;
    const c = checks[id];
    return c !== null && typeof c === 'object' && !Array.isArray(c) ? c : {};
}
/** Why a check cannot be a probe, or undefined. */
function probeProblem(id, check) {
    const type = check.type;
    if (typeof type !== 'string')
        return undefined;
    if (!environments/* LIVE_PROBE_TYPES */.QN.includes(type))
        return `probe "${id}" is a ${type} check: a probe must be a live check (${environments/* LIVE_PROBE_TYPES */.QN.join(', ')})`;
    if (type === 'freshness' && check.url === undefined)
        return `probe "${id}" is a freshness check of a file: a probe must ask the live service (give it url)`;
    if (check.enforcement === 'off')
        return `probe "${id}" has enforcement: off, so it would never run`;
    return undefined;
}
/** A duration the file writes as it is (no `${{ }}`), in ms; undefined otherwise. */
function literalMs(v, fallback) {
    const text = v ?? fallback;
    return text.includes('${{') ? undefined : (0,duration/* parseDuration */.E9)(text);
}
function monitorIssues(name, e, checks) {
    const m = e.monitor;
    const issues = [];
    const at = (...rest) => ['environments', name, 'monitor', ...rest];
    const seen = new Set();
    m.probes.forEach((id, i) => {
        if (seen.has(id))
            issues.push({ path: at('probes', i), message: `probe "${id}" is listed twice` });
        seen.add(id);
        const check = rawCheck(checks, id);
        if (!check) {
            issues.push({
                path: at('probes', i),
                message: `unknown probe "${id}"${(0,core_text/* didYouMean */.au)(id, Object.keys(checks))}: probes are ids of live checks in checks:`,
            });
            return;
        }
        const problem = probeProblem(id, check);
        if (problem)
            issues.push({ path: at('probes', i), message: problem });
    });
    const windowMs = literalMs(m.window, environments/* MONITOR_DEFAULTS */.Wc.window);
    const intervalMs = literalMs(m.interval, environments/* MONITOR_DEFAULTS */.Wc.interval);
    if (windowMs !== undefined && intervalMs !== undefined && intervalMs > windowMs) {
        const interval = m.interval ?? `${environments/* MONITOR_DEFAULTS */.Wc.interval} (the default)`;
        const window = m.window ?? `${environments/* MONITOR_DEFAULTS */.Wc.window} (the default)`;
        issues.push({
            path: at(m.interval !== undefined ? 'interval' : 'window'),
            message: `interval ${interval} is longer than the window ${window}: the window would end before a second round of probes`,
        });
    }
    if (m.reaction === 'rollback' && !e.rollback)
        issues.push({
            path: at('reaction'),
            message: `reaction: rollback needs a rollback step: add environments.${name}.rollback`,
        });
    return issues;
}

;// CONCATENATED MODULE: ./src/config/notifyIssues.ts


/**
 * What the schema cannot see in `notify:`: profiles that do not exist and expressions that name
 * undefined vars. Kept apart from the schema, which config/schema.ts imports.
 */
function notifyIssues(config) {
    const issues = [];
    const hooks = config.notify;
    if (!hooks)
        return issues;
    const profiles = Object.keys(config.profiles);
    for (const [name, hook] of Object.entries(hooks)) {
        (hook.profiles ?? []).forEach((p, i) => {
            if (!Object.hasOwn(config.profiles, p))
                issues.push({
                    path: ['notify', name, 'profiles', i],
                    message: `unknown profile "${p}"${(0,core_text/* didYouMean */.au)(p, profiles)} (profiles: ${profiles.join(', ')})`,
                });
        });
    }
    issues.push(...(0,interpolate/* expressionIssues */.jG)(hooks, Object.keys(config.vars ?? {}), ['notify']));
    return issues;
}

// EXTERNAL MODULE: ./src/config/profiles.ts
var profiles = __webpack_require__(73810);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/config/yaml.ts

/**
 * Reads a config's YAML within fixed bounds, each checked before the step it protects: the size
 * before anything; nesting and value counts on the token stream (linear) before the parser, which
 * slows down on deep nesting; the same on the token tree before the (recursive) composer; and the
 * size aliases expand to before anything converts or copies the document. A config is a small
 * file; anything past these bounds is a mistake or an attack, and is a config error that says the
 * limit.
 */
const YAML_LIMITS = {
    /** Characters of the file. */
    chars: 1024 * 1024,
    /** Mappings and lists inside each other. */
    depth: 64,
    /** Keys, values and list items, aliases counted as what they stand for. */
    values: 50_000,
    /** Characters of all keys and values, aliases counted as what they stand for. */
    expandedChars: 2 * 1024 * 1024,
    /** Characters of one key or value. */
    stringChars: 64 * 1024,
};
const count = (n) => n.toLocaleString('en-US');
function parseBoundedYaml(text) {
    const lines = new dist/* LineCounter */.HN();
    try {
        return readWithin(text, lines);
    }
    catch (err) {
        // The bounds leave the parser nothing to fail on; should it fail anyway, that is still the
        // config's problem (exit 2), never a crash.
        return {
            doc: new dist/* Document */.yo(),
            lines,
            problems: [{ message: `cannot read the YAML: ${err.message}` }],
        };
    }
}
function readWithin(text, lines) {
    if (text.length > YAML_LIMITS.chars) {
        return {
            doc: new dist/* Document */.yo(),
            lines,
            problems: [
                {
                    message: `the config has ${count(text.length)} characters; the limit is ${count(YAML_LIMITS.chars)} (1 MiB)`,
                },
            ],
        };
    }
    const lexical = text.length > LEX_FIRST_CHARS ? lexicalProblem(text) : undefined;
    if (lexical) {
        // Lines are counted here only for the message: the parser, which counts them, is not run.
        lines.addNewLine(0);
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
            lines.addNewLine(i + 1);
        return { doc: new dist/* Document */.yo(), lines, problems: [lexical] };
    }
    const tokens = Array.from(new dist/* Parser */.iX(lines.addNewLine).parse(text));
    const shape = tokenShapeProblem(tokens);
    if (shape)
        return { doc: new dist/* Document */.yo(), lines, problems: [shape] };
    // Duplicate keys are found below in linear time; the composer's own check is quadratic.
    const docs = Array.from(new dist/* Composer */.Dk({ uniqueKeys: false }).compose(tokens, true, text.length));
    const doc = docs[0] ?? new dist/* Document */.yo();
    const problems = doc.errors.map((e) => ({
        offset: e.pos[0],
        message: e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''),
    }));
    if (docs.length > 1)
        problems.push({
            offset: docs[1].range[0],
            message: 'the config must be one YAML document (remove the "---" line)',
        });
    if (problems.length === 0)
        problems.push(...new TreeCheck(doc).run());
    return { doc, lines, problems: problems.sort((a, b) => (a.offset ?? 0) - (b.offset ?? 0)) };
}
const NESTED = `mappings and lists are nested more than ${YAML_LIMITS.depth} levels deep`;
/**
 * Past this size the lexer looks at nesting and size before the parser runs. Up to it, no text
 * can hold more values than the limit, and the parser reads even the deepest nesting in a few
 * hundred milliseconds (linear in the text), leaving the token tree walk to refuse it before the
 * recursive composer: a second lexing pass would cost an ordinary config more than that risk.
 */
const LEX_FIRST_CHARS = 64 * 1024;
/**
 * Nesting and size on the lexer's tokens. Flow collections nest by brackets; block collections
 * nest by indentation, except that one line may open several (`- - - x`, `? ? x`): more than two
 * indicators per level on one line is deeper than the limit.
 */
function lexicalProblem(text) {
    let offset = 0;
    let flow = 0;
    let onLine = 0;
    let values = 0;
    for (const token of new dist/* Lexer */.JG().lex(text)) {
        switch (dist/* CST */.DB.tokenType(token)) {
            case 'flow-map-start':
            case 'flow-seq-start':
                values++;
                if (++flow > YAML_LIMITS.depth)
                    return { offset, message: NESTED };
                break;
            case 'flow-map-end':
            case 'flow-seq-end':
                flow = Math.max(0, flow - 1);
                break;
            case 'seq-item-ind':
            case 'explicit-key-ind':
            case 'map-value-ind':
                if (flow === 0 && ++onLine > 2 * YAML_LIMITS.depth)
                    return { offset, message: NESTED };
                break;
            case 'newline':
                onLine = 0;
                break;
            default:
        }
        // The lexer marks where a scalar starts with a character that is not in the text.
        if (token === dist/* CST */.DB.SCALAR)
            values++;
        else if (token !== dist/* CST */.DB.DOCUMENT && token !== dist/* CST */.DB.FLOW_END)
            offset += token.length;
        if (values > YAML_LIMITS.values)
            return { offset, message: tooManyValues(values) };
    }
    return undefined;
}
/** Nesting and size on the token tree, walked with an explicit stack: no recursion to overflow. */
function tokenShapeProblem(tokens) {
    let values = 0;
    const stack = tokens.map((token) => ({ token, depth: 0 }));
    while (stack.length > 0) {
        const { token, depth } = stack.pop();
        if (token.type === 'document') {
            if (token.value)
                stack.push({ token: token.value, depth });
            continue;
        }
        if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
            if (depth >= YAML_LIMITS.depth)
                return { offset: token.offset, message: NESTED };
            for (const item of token.items) {
                if (item.key)
                    stack.push({ token: item.key, depth: depth + 1 });
                if (item.value)
                    stack.push({ token: item.value, depth: depth + 1 });
            }
        }
        if (++values > YAML_LIMITS.values)
            return { offset: token.offset, message: tooManyValues(values) };
    }
    return undefined;
}
function tooManyValues(n) {
    return `the config holds more than ${count(n - 1)} keys and values; that is the limit`;
}
const ZERO = { chars: 0, values: 1, depth: 0 };
/**
 * Keys that must never reach an object: `__proto__` would set a prototype, and `<<` is a YAML
 * merge key, which this config does not support (profiles have `extends` and `overrides`).
 */
function keyProblem(key) {
    if (key === '__proto__')
        return 'the key "__proto__" is not allowed';
    if (key === '<<')
        return "YAML merge keys (<<) are not supported: share settings with a profile's extends and overrides, or with vars";
    return undefined;
}
/**
 * The composed tree: keys that are names, unique and allowed; strings within their bound; and
 * the size the document has once every alias is replaced by what it stands for. Each node is
 * measured once (aliases reuse the measure), so this is linear in the file.
 */
class TreeCheck {
    doc;
    sizes = new Map();
    problems = [];
    path = [];
    constructor(doc) {
        this.doc = doc;
    }
    run() {
        const total = this.measure(this.doc.contents);
        if (this.problems.length > 0)
            return this.problems;
        const through = 'once its aliases are expanded';
        if (total.values > YAML_LIMITS.values)
            this.problems.push({
                offset: 0,
                message: `the config holds ${count(total.values)} keys and values ${through}; the limit is ${count(YAML_LIMITS.values)}`,
            });
        else if (total.chars > YAML_LIMITS.expandedChars)
            this.problems.push({
                offset: 0,
                message: `the config has ${count(total.chars)} characters ${through}; the limit is ${count(YAML_LIMITS.expandedChars)}`,
            });
        else if (total.depth > YAML_LIMITS.depth)
            this.problems.push({ offset: 0, message: `${NESTED} ${through}` });
        return this.problems;
    }
    add(node, message, key) {
        const path = key === undefined ? [...this.path] : [...this.path, key];
        this.problems.push({ offset: node?.range?.[0] ?? 0, message, path });
    }
    measure(node) {
        if (node === null || node === undefined)
            return ZERO;
        if ((0,dist/* isAlias */.Vj)(node)) {
            const target = node.resolve(this.doc);
            if (!target) {
                this.add(node, `the alias *${node.source} names no anchor (&${node.source}) before it`);
                return ZERO;
            }
            const known = this.sizes.get(target);
            if (known === 'measuring') {
                this.add(node, `the alias *${node.source} refers to a value that contains it`);
                return ZERO;
            }
            return known ?? this.measure(target);
        }
        const n = node;
        const known = this.sizes.get(n);
        if (known && known !== 'measuring')
            return known;
        this.sizes.set(n, 'measuring');
        let size;
        if ((0,dist/* isScalar */.jn)(n))
            size = this.scalar(n.value, n);
        else if ((0,dist/* isMap */.jh)(n))
            size = this.map(n.items);
        else if ((0,dist/* isSeq */.oP)(n))
            size = this.seq(n.items);
        else
            size = ZERO;
        this.sizes.set(n, size);
        return size;
    }
    scalar(value, node) {
        const chars = value === null || value === undefined ? 0 : String(value).length;
        if (chars > YAML_LIMITS.stringChars)
            this.add(node, `a value of ${count(chars)} characters is too long: the limit is ${count(YAML_LIMITS.stringChars)}`);
        return { chars, values: 1, depth: 0 };
    }
    map(items) {
        const seen = new Set();
        const size = { chars: 0, values: 1, depth: 1 };
        for (const pair of items) {
            const keyNode = pair.key;
            let key;
            if (keyNode === null || keyNode === undefined)
                key = '';
            else if ((0,dist/* isScalar */.jn)(keyNode)) {
                const source = keyNode.source;
                key = keyNode.value === null || keyNode.value === undefined ? '' : String(keyNode.value);
                const problem = keyProblem(typeof source === 'string' && source === '<<' ? '<<' : key);
                if (problem) {
                    this.add(keyNode, problem, key);
                    continue;
                }
            }
            else {
                this.add(keyNode, 'a key must be a plain name, not a list, a mapping or an alias');
                continue;
            }
            if (seen.has(key)) {
                this.add(keyNode, `duplicate key "${key.length > 60 ? `${key.slice(0, 57)}...` : key}": map keys must be unique`, key);
                continue;
            }
            seen.add(key);
            this.path.push(key);
            const k = this.measure(keyNode);
            const v = this.measure(pair.value);
            this.path.pop();
            size.chars += k.chars + v.chars;
            size.values += k.values + v.values;
            size.depth = Math.max(size.depth, 1 + v.depth);
        }
        return size;
    }
    seq(items) {
        const size = { chars: 0, values: 1, depth: 1 };
        items.forEach((item, i) => {
            this.path.push(i);
            const v = this.measure(item);
            this.path.pop();
            size.chars += v.chars;
            size.values += v.values;
            size.depth = Math.max(size.depth, 1 + v.depth);
        });
        return size;
    }
}
/**
 * The document as plain data. The bounds above already hold the result small; aliases are
 * counted there, so yaml's own alias counter (which rejects ordinary reuse) is not needed.
 */
function yamlToData(doc) {
    return doc.toJS({ maxAliasCount: -1 });
}

;// CONCATENATED MODULE: ./src/config/locate.ts


/** A parsed YAML file that can say where any key path is. */
class SourceFile {
    file;
    text;
    doc;
    /** Syntax errors and broken size bounds; the document is not to be used when there are any. */
    problems;
    lines;
    constructor(file, text) {
        this.file = file;
        this.text = text;
        const parsed = parseBoundedYaml(text);
        this.doc = parsed.doc;
        this.lines = parsed.lines;
        this.problems = parsed.problems;
    }
    position(offset) {
        const { line, col } = this.lines.linePos(offset);
        return { line, column: col };
    }
    /**
     * Where a key path is: the value's node, or the key itself when `keyOnly`; for a path that does
     * not exist, the nearest existing parent.
     */
    locate(path, keyOnly = false) {
        let node = this.doc.contents;
        let best = node ?? undefined;
        for (let i = 0; i < path.length; i++) {
            const key = path[i];
            if ((0,dist/* isMap */.jh)(node)) {
                const pair = node.items.find((p) => (0,dist/* isPair */.tO)(p) && (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === String(key));
                if (!pair)
                    break;
                const last = i === path.length - 1;
                if (last && keyOnly && (0,dist/* isScalar */.jn)(pair.key)) {
                    best = pair.key;
                    break;
                }
                node = pair.value;
                best = ((0,dist/* isScalar */.jn)(pair.value) || (0,dist/* isMap */.jh)(pair.value) || (0,dist/* isSeq */.oP)(pair.value) ? pair.value : pair.key);
                if (!pair.value && (0,dist/* isScalar */.jn)(pair.key))
                    best = pair.key;
            }
            else if ((0,dist/* isSeq */.oP)(node)) {
                const item = node.items[Number(key)];
                if (!item)
                    break;
                node = item;
                best = item;
            }
            else
                break;
        }
        const range = best?.range;
        return range ? this.position(range[0]) : undefined;
    }
}

// EXTERNAL MODULE: ./src/config/own.ts
var own = __webpack_require__(94842);
// EXTERNAL MODULE: ./src/config/resolve.ts
var resolve = __webpack_require__(68270);
// EXTERNAL MODULE: ./src/checks/fields.ts
var fields = __webpack_require__(23128);
// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(90131);
// EXTERNAL MODULE: ./src/config/shellValues.ts + 1 modules
var shellValues = __webpack_require__(14353);
;// CONCATENATED MODULE: ./src/config/safety.ts






/** Far past any real config; they keep the checks of every profile against every check quick. */
const CONFIG_LIMITS = { profiles: 500, checks: 5000, lineage: 64 };
function countIssues(config) {
    const issues = [];
    const profiles = Object.keys(config.profiles).length;
    const checks = Object.keys(config.checks).length;
    if (profiles > CONFIG_LIMITS.profiles)
        issues.push({
            path: ['profiles'],
            message: `${profiles} profiles; the limit is ${CONFIG_LIMITS.profiles}`,
        });
    if (checks > CONFIG_LIMITS.checks)
        issues.push({ path: ['checks'], message: `${checks} checks; the limit is ${CONFIG_LIMITS.checks}` });
    return issues;
}
/** What `${{ vars.NAME }}` can name. */
const VAR_NAME = /^[A-Za-z_][\w-]*$/;
/**
 * Names that become paths or references: a profile names its output folder
 * (.promotion-gate/<profile>/), so `../x` or `a/b` would write outside it or nest folders.
 */
function nameIssues(config) {
    const issues = [];
    for (const name of Object.keys(config.profiles))
        if (!schema/* CHECK_ID */.zP.test(name))
            issues.push({
                path: ['profiles', name],
                message: `profile name "${clip(name)}" ${schema/* NAME_RULE */.$h}`,
                keyOnly: true,
            });
    for (const name of Object.keys(config.vars ?? {}))
        if (!VAR_NAME.test(name))
            issues.push({
                path: ['vars', name],
                message: `var name "${clip(name)}" cannot be used as \${{ vars.NAME }}: use letters, digits, "_" and "-", starting with a letter or "_"`,
                keyOnly: true,
            });
    return issues;
}
/**
 * `${{ \u2026 }}` where nothing interpolates it would be taken literally (a waiver for a check named
 * "${{ inputs.x }}", a profile list entry\u2026): said plainly instead.
 */
function misplacedExpressions(config) {
    const issues = [];
    const literal = (value, path) => {
        for (const s of (0,interpolate/* strings */.P$)(value, path))
            if ((0,fields/* hasExpression */.xS)(s.text))
                issues.push({
                    path: s.path,
                    message: '${{ \u2026 }} is not expanded here: only vars, defaults, checks and profile overrides are interpolated',
                });
    };
    for (const [name, p] of Object.entries(config.profiles)) {
        const { overrides: _overrides, ...rest } = p;
        literal(rest, ['profiles', name]);
    }
    literal(config.decision, ['decision']);
    literal(config.waivers, ['waivers']);
    literal(config.aggregate, ['aggregate']);
    return issues;
}
/** Expressions in shell fields (of checks and of profile overrides) that sit where no value is safe. */
function shellIssues(config, invalid) {
    const issues = [];
    const typeOf = (id) => {
        const check = (0,own/* own */.Z)(config.checks, id);
        return registry/* CHECK_TYPES */.T.find((t) => t.type === check?.type);
    };
    const scan = (fields, id, at) => {
        for (const key of (0,shellValues/* shellFieldsOf */.pk)(typeOf(id))) {
            const script = (0,own/* own */.Z)(fields, key);
            if (typeof script !== 'string')
                continue;
            for (const message of (0,shellValues/* shellExpressionIssues */.VT)(script))
                issues.push({ path: [...at, key], message });
        }
    };
    for (const [id, check] of Object.entries(config.checks))
        if (!invalid.has(id))
            scan(check, id, ['checks', id]);
    for (const [name, p] of Object.entries(config.profiles))
        for (const [id, fields] of Object.entries(p.overrides ?? {}))
            if ((0,own/* own */.Z)(config.checks, id) && !invalid.has(id))
                scan(fields, id, ['profiles', name, 'overrides', id]);
    return issues;
}
function clip(s) {
    return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

// EXTERNAL MODULE: ./src/config/types.ts
var types = __webpack_require__(22143);
;// CONCATENATED MODULE: ./src/config/load.ts


















/** Problems shown at most; a hostile file can make thousands, and each costs a lookup. */
const MAX_ISSUES = 100;
class IssueList {
    source;
    items = [];
    seen = new Set();
    more = 0;
    constructor(source) {
        this.source = source;
    }
    /** `message` may be a function, so that costly messages (suggestions) are made only when shown. */
    add(path, message, keyOnly = false) {
        if (this.items.length >= MAX_ISSUES) {
            this.more++;
            return;
        }
        const text = typeof message === 'function' ? message() : message;
        const key = `${path.join('\0')}\n${text}`;
        if (this.seen.has(key))
            return;
        this.seen.add(key);
        const pos = this.source.locate(path, keyOnly);
        this.items.push({
            file: this.source.file,
            line: pos?.line,
            column: pos?.column,
            path: path.join('.'),
            message: text,
        });
    }
    throwIfAny() {
        if (this.items.length === 0)
            return;
        const more = this.more > 0 ? [{ file: this.source.file, message: `\u2026 and ${this.more} more problem(s)` }] : [];
        throw new errors/* ConfigError */.xL([...this.items, ...more]);
    }
}
/** For `validate` without a profile, on a config already loaded: see LoadOptions.everyProfile. */
function checkEveryProfile(loaded) {
    const issues = new IssueList(loaded.source);
    for (const i of (0,profiles/* everyProfileIssues */.Hf)(loaded.config))
        issues.add(i.path, i.message, true);
    issues.throwIfAny();
}
/** Reads and validates a config file; `displayName` is how messages name it (e.g. relative to cwd). */
async function loadConfigFile(file, displayName = file, opts = {}) {
    let text;
    try {
        // Sized before it is read: a config is a small file, and a huge one is not read into memory.
        const info = await (0,promises_.stat)(file);
        // A FIFO or a device named as the config would be waited on for ever: refused, as is a folder.
        if (!info.isFile())
            throw new errors/* ConfigError */.xL([{ file: displayName, message: 'the config is not a regular file' }]);
        if (info.size > YAML_LIMITS.chars)
            throw new errors/* ConfigError */.xL([
                {
                    file: displayName,
                    message: `the config file has ${info.size.toLocaleString('en-US')} bytes; the limit is ${YAML_LIMITS.chars.toLocaleString('en-US')} (1 MiB)`,
                },
            ]);
        // Opened without blocking and checked again: a file swapped for a FIFO after the stat is
        // refused too.
        text = (await (0,paths/* readRegularFile */.XF)(file, YAML_LIMITS.chars)).toString('utf8');
    }
    catch (err) {
        if (err instanceof errors/* ConfigError */.xL)
            throw err;
        const code = err.code;
        throw new errors/* ConfigError */.xL([
            {
                file: displayName,
                message: code === 'ENOENT'
                    ? `config file not found (set ${(0,optionRef/* optionRef */.$j)('config')}, or create ${types/* DEFAULT_CONFIG_PATH */.Bi})`
                    : `cannot read config file: ${err.message}`,
            },
        ]);
    }
    return parseConfig(displayName, text, opts);
}
/** Parses and validates the whole file; every problem is reported at once. */
function parseConfig(file, text, opts = {}) {
    const source = new SourceFile(file, text);
    const issues = new IssueList(source);
    if (source.problems.length > 0) {
        for (const p of source.problems.slice(0, MAX_ISSUES)) {
            const pos = p.offset === undefined ? undefined : source.position(p.offset);
            issues.items.push({
                file,
                ...(pos ? { line: pos.line, column: pos.column } : {}),
                ...(p.path && p.path.length > 0 ? { path: p.path.join('.') } : {}),
                message: p.message,
            });
        }
        issues.throwIfAny();
    }
    let data;
    try {
        data = yamlToData(source.doc);
    }
    catch (err) {
        // The checks above leave nothing here to fail; should one be missed, it is still a config error.
        issues.add([], `cannot read the YAML: ${err.message}`);
        issues.throwIfAny();
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        issues.add([], 'the config must be a YAML mapping with version, profiles and checks');
        issues.throwIfAny();
    }
    const obj = data;
    // Checks are validated one by one so that every check reports its own problems.
    const checksAreMap = isMapping(obj.checks);
    if (obj.checks !== undefined && obj.checks !== null && !checksAreMap)
        issues.add(['checks'], 'checks must be a mapping of check id \u2192 check');
    const checks = (checksAreMap ? obj.checks : {});
    const { data: top, broken } = parseSections(obj, issues);
    const invalid = new Set();
    for (const [id, raw] of Object.entries(checks)) {
        if (!schema/* CHECK_ID */.zP.test(id)) {
            issues.add(['checks', id], `check id "${id.length > 60 ? `${id.slice(0, 57)}...` : id}" ${schema/* NAME_RULE */.$h}`, true);
        }
        if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
            issues.add(['checks', id], 'a check must be a mapping with at least a "type"');
            invalid.add(id);
            continue;
        }
        const v = (0,resolve/* validateCheck */.LB)({ id, raw: raw, overrideSources: [] });
        if (v.issues.length > 0)
            invalid.add(id);
        for (const i of v.issues)
            issues.add(i.path, i.message, i.keyOnly);
    }
    // Cross-references are checked even when some checks or sections are invalid, so one run
    // shows everything: only what depends on a broken section is left out.
    const config = { ...top, checks: checks };
    if (config.profiles)
        semanticIssues(config, issues, invalid, broken, opts);
    issues.throwIfAny();
    return { source, config: asData(config) };
}
/**
 * Validates each top-level section on its own (and each profile on its own), so a typo in one
 * section does not hide the problems of the others. Returns what is valid and which sections
 * are not; an invalid profile stays as an empty profile, so references to it still resolve.
 */
function parseSections(obj, issues) {
    const data = Object.create(null);
    const broken = new Set();
    const shape = schema/* configSchema */.Qn.shape;
    const report = (prefix, list) => {
        for (const iss of list) {
            const path = [...prefix, ...iss.path];
            if (iss.code === 'unrecognized_keys') {
                for (const k of iss.keys)
                    issues.add([...path, k], `unknown key "${k}"`, true);
            }
            else
                issues.add(path, (0,resolve/* describeZodIssue */.Kg)(iss));
        }
    };
    for (const k of Object.keys(obj)) {
        if (!Object.hasOwn(shape, k))
            issues.add([k], `unknown key "${k}"${(0,core_text/* didYouMean */.au)(k, Object.keys(shape))}`, true);
    }
    for (const key of Object.keys(shape)) {
        if (key === 'checks')
            continue;
        const value = Object.hasOwn(obj, key) ? obj[key] : undefined;
        if (key === 'profiles' && isMapping(value)) {
            // Profile names are the user's: kept as own keys of an object without a prototype.
            const profiles = Object.create(null);
            for (const [name, raw] of Object.entries(value)) {
                const one = shape.profiles.safeParse({ [name]: raw }, { reportInput: true });
                if (one.success)
                    profiles[name] = one.data[name];
                else {
                    broken.add('profiles');
                    report(['profiles'], one.error.issues);
                    profiles[name] = {};
                }
            }
            data.profiles = (0,own/* dataRecord */._)(profiles);
            continue;
        }
        const r = shape[key].safeParse(value, { reportInput: true });
        if (r.success) {
            if (r.data !== undefined)
                data[key] = r.data;
        }
        else {
            broken.add(key);
            report([key], r.error.issues);
        }
    }
    return { data: data, broken };
}
function isMapping(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
/**
 * The records keyed by names the user chose, without a prototype: code that looks a name up
 * directly (`config.profiles[name]`) finds the config's own entry or nothing, never `constructor`.
 */
function asData(config) {
    return {
        ...config,
        profiles: (0,own/* dataRecord */._)(config.profiles),
        checks: (0,own/* dataRecord */._)(config.checks),
        ...(config.vars ? { vars: (0,own/* dataRecord */._)(config.vars) } : {}),
    };
}
function categoriesFor(config) {
    const cats = new Set(Object.keys({ ...schema/* DEFAULT_CATEGORIES */.Bl, ...config.decision?.categories }));
    for (const p of Object.values(config.profiles))
        for (const c of Object.keys(p.decision?.categories ?? {}))
            cats.add(c);
    return cats;
}
function semanticIssues(config, issues, invalid, broken, opts = {}) {
    const checkIds = Object.keys(config.checks);
    const profileNames = Object.keys(config.profiles);
    if (profileNames.length === 0)
        issues.add(['profiles'], 'define at least one profile');
    // Past these, the cross-checks below (every profile against every check) would take long.
    const tooMany = countIssues(config);
    for (const i of tooMany)
        issues.add(i.path, i.message);
    if (tooMany.length > 0)
        return;
    const graph = (0,resolve/* profileGraphIssues */.QE)(config);
    for (const g of graph)
        issues.add(g.path, g.message);
    for (const i of nameIssues(config))
        issues.add(i.path, i.message, i.keyOnly);
    for (const [name, p] of Object.entries(config.profiles)) {
        (p.checks ?? []).forEach((id, i) => {
            if (!Object.hasOwn(config.checks, id))
                issues.add(['profiles', name, 'checks', i], () => `unknown check "${id}"${(0,core_text/* didYouMean */.au)(id, checkIds)}`);
        });
        (p.exclude ?? []).forEach((id, i) => {
            if (!Object.hasOwn(config.checks, id))
                issues.add(['profiles', name, 'exclude', i], () => `unknown check "${id}"${(0,core_text/* didYouMean */.au)(id, checkIds)}`);
        });
    }
    // Categories may be declared in a section that is itself broken: then a check's category
    // cannot be judged, and the section's own problem is what the user sees.
    const categories = categoriesFor(config);
    const categoriesKnown = !broken.has('decision') && !broken.has('profiles');
    for (const [id, c] of Object.entries(config.checks)) {
        // An invalid check (no body, a category that is no string) has been reported already.
        if (invalid.has(id) || !categoriesKnown)
            continue;
        const cat = c.category;
        if (typeof cat === 'string' && !categories.has(cat)) {
            issues.add(['checks', id, 'category'], () => `unknown category "${cat}"${(0,core_text/* didYouMean */.au)(cat, [...categories])}; add it to decision.categories with a weight`);
        }
    }
    // With the vars section broken, which names exist is unknown: references are not judged.
    if (!broken.has('vars')) {
        const varNames = Object.keys(config.vars ?? {});
        for (const i of (0,interpolate/* expressionIssues */.jG)(config.vars ?? {}, varNames, ['vars']))
            issues.add(i.path, i.message);
        for (const i of (0,interpolate/* expressionIssues */.jG)(config.checks, varNames, ['checks']))
            issues.add(i.path, i.message);
        for (const i of (0,interpolate/* expressionIssues */.jG)(config.profiles, varNames, ['profiles']))
            issues.add(i.path, i.message);
        for (const i of (0,interpolate/* expressionIssues */.jG)(config.defaults ?? {}, varNames, ['defaults']))
            issues.add(i.path, i.message);
    }
    for (const i of misplacedExpressions(config))
        issues.add(i.path, i.message);
    for (const i of shellIssues(config, invalid))
        issues.add(i.path, i.message);
    if (!broken.has('environments'))
        for (const i of environmentIssues(config))
            issues.add(i.path, i.message);
    if (!broken.has('notify'))
        for (const i of notifyIssues(config))
            issues.add(i.path, i.message);
    if (opts.everyProfile && graph.length === 0 && !broken.has('profiles'))
        for (const i of (0,profiles/* everyProfileIssues */.Hf)(config))
            issues.add(i.path, i.message, true);
    // Overrides are checked in every profile that sees them, once the graph is sound.
    if (graph.length === 0) {
        const reported = new Set();
        // The same overrides merge into the same fields in every profile that inherits them.
        const validated = new Set();
        for (const name of profileNames) {
            const resolved = (0,resolve/* resolveProfile */.mC)(config, name);
            if (resolved.lineage.length > CONFIG_LIMITS.lineage) {
                issues.add(['profiles', name, 'extends'], `profile ${name} inherits from ${resolved.lineage.length - 1} profiles; the limit is ${CONFIG_LIMITS.lineage - 1}`);
                continue;
            }
            const ids = new Set(resolved.checks.map((c) => c.id));
            for (const oid of Object.keys((0,own/* own */.Z)(config.profiles, name).overrides ?? {})) {
                if (!ids.has(oid)) {
                    issues.add(['profiles', name, 'overrides', oid], `overrides check "${oid}", which profile "${name}" does not run${(0,core_text/* didYouMean */.au)(oid, [...ids])}`, true);
                }
            }
            for (const check of resolved.checks) {
                if (check.overrideSources.length === 0 || invalid.has(check.id))
                    continue;
                const merged = JSON.stringify([check.id, ...check.overrideSources.map((o) => o.path)]);
                if (validated.has(merged))
                    continue;
                validated.add(merged);
                for (const i of (0,resolve/* validateCheck */.LB)(check).issues) {
                    const key = `${i.path.join('.')}:${i.message}`;
                    if (reported.has(key))
                        continue;
                    reported.add(key);
                    issues.add(i.path, i.message, i.keyOnly);
                }
                const cat = check.raw.category;
                if (typeof cat === 'string' && !categories.has(cat))
                    issues.add([...check.overrideSources[0].path, 'category'], `unknown category "${cat}"`);
            }
        }
    }
    (config.waivers ?? []).forEach((w, i) => {
        const check = (0,own/* own */.Z)(config.checks, w.check);
        if (!check || invalid.has(w.check)) {
            if (!check)
                issues.add(['waivers', i, 'check'], () => `waives unknown check "${w.check}"${(0,core_text/* didYouMean */.au)(w.check, checkIds)}`);
            return;
        }
        const hardSomewhere = check.enforcement === 'hard' ||
            (check.enforcement === undefined &&
                registry/* CHECK_TYPES */.T.find((t) => t.type === check.type)?.defaults.enforcement === 'hard');
        if (hardSomewhere) {
            issues.add(['waivers', i, 'check'], `check "${w.check}" is hard: a hard check cannot be waived`);
        }
        (w.profiles ?? []).forEach((p, j) => {
            if (!(0,own/* own */.Z)(config.profiles, p))
                issues.add(['waivers', i, 'profiles', j], `unknown profile "${p}"`);
        });
    });
}


/***/ }),

/***/ 67649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GJ: () => (/* binding */ DEFAULT_NOTIFY_EVENTS),
/* harmony export */   Rj: () => (/* binding */ DEFAULT_NOTIFY_TIMEOUT_MS),
/* harmony export */   dt: () => (/* binding */ notifySchema),
/* harmony export */   g2: () => (/* binding */ webhookUrlProblem),
/* harmony export */   jG: () => (/* binding */ hotfixDeadline),
/* harmony export */   oH: () => (/* binding */ DEFAULT_NOTIFY_REASONS),
/* harmony export */   zu: () => (/* binding */ hotfixDeadlineMs)
/* harmony export */ });
/* unused harmony exports NOTIFY_EVENTS, WEBHOOK_TYPES, NOTIFY_NAME, MAX_NOTIFY_TIMEOUT_MS, webhookUrl, webhookSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12311);
/* harmony import */ var _checks_fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23128);
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98571);



/**
 * `notify:` \u2014 webhooks told when a watched gate turns, and `decision.hotfixDeadline`. This file
 * holds the schemas only (config/schema.ts includes them); cross-references are checked in
 * notifyIssues.ts, and URLs are interpolated when a notification is planned (src/notify/plan.ts).
 */
/**
 * What a webhook can be told. `transition`: the verdict or action of a profile changed since its
 * last recorded run; `hold`: a run held; `degraded`: a run promoted with a hotfix due;
 * `rollback`: a deploy was rolled back (or its rollback failed); `drill-failed`: a rollback drill
 * did not pass.
 */
const NOTIFY_EVENTS = ['transition', 'hold', 'degraded', 'rollback', 'drill-failed'];
const DEFAULT_NOTIFY_EVENTS = ['transition'];
const WEBHOOK_TYPES = ['slack', 'teams', 'json'];
/** A name becomes part of log lines and messages: the same safe pattern as check ids. */
const NOTIFY_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const DEFAULT_NOTIFY_TIMEOUT_MS = 10_000;
const MAX_NOTIFY_TIMEOUT_MS = 60_000;
const DEFAULT_NOTIFY_REASONS = 5;
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** An http(s) URL; the value is never echoed in a message, since webhook URLs are secrets. */
const webhookUrl = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().superRefine((s, ctx) => {
    if (s.length > _checks_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_URL_LENGTH */ .m2) {
        ctx.addIssue({ code: 'custom', message: `a URL of ${s.length} characters is too long` });
        return;
    }
    if ((0,_checks_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .hasExpression */ .xS)(s))
        return;
    const problem = webhookUrlProblem(s);
    if (problem)
        ctx.addIssue({ code: 'custom', message: problem });
});
/** What is wrong with a webhook URL (after interpolation), without showing it. */
function webhookUrlProblem(s) {
    let u;
    try {
        u = new URL(s);
    }
    catch {
        return 'expected an absolute http(s) URL (the value is not shown: webhook URLs are secrets)';
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:')
        return `expected an http or https URL, got protocol "${u.protocol}"`;
    return undefined;
}
const notifyTimeout = _checks_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .timeout */ .wR.refine((v) => (0,_checks_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .hasExpression */ .xS)(v) || ((0,_core_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)(v) ?? 0) <= MAX_NOTIFY_TIMEOUT_MS, { message: 'a webhook timeout may be at most 60s' });
const webhookSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    type: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(WEBHOOK_TYPES)
        .describe('slack: {text, blocks} (Slack incoming webhooks and compatible receivers); teams: a message with an Adaptive Card (a Teams Workflows webhook); json: the event as promotion-gate JSON'),
    url: webhookUrl.describe('Webhook URL, usually ${{ env.NAME }}; it is treated as a secret and masked everywhere'),
    on: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(NOTIFY_EVENTS))
        .min(1)
        .optional()
        .describe('Events that send a message (default [transition]); nothing is sent on other runs'),
    profiles: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP())
        .min(1)
        .optional()
        .describe('Only gate runs of these profiles (default: every profile watched)'),
    headers: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .regex(HEADER_NAME, 'not a valid HTTP header name')
        .refine((k) => k !== '__proto__', 'not a valid HTTP header name'), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP())
        .optional()
        .describe('Extra request headers (e.g. Authorization); their values are treated as secrets'),
    timeout: notifyTimeout.optional().describe('Time one delivery may take (default 10s, at most 60s)'),
    maxReasons: zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr()
        .min(1)
        .max(20)
        .optional()
        .describe('Reasons listed in a message, blocking first (default 5)'),
})
    .describe('A webhook told about the events in `on`');
const notifySchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(NOTIFY_NAME), webhookSchema, {
    error: (iss) => iss.code === 'invalid_key'
        ? `webhook name "${String(iss.input)}" may use only letters, digits, ".", "_" and "-"`
        : undefined,
})
    .describe('Webhooks told when a watched profile turns (promotion-gate watch), holds or degrades');
/** `decision.hotfixDeadline`: a duration, or `off`. Decision settings take no expressions. */
const hotfixDeadline = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP({
    error: (iss) => typeof iss.input === 'number' ? `${iss.input} has no unit; write ${iss.input}h` : undefined,
})
    .superRefine((v, ctx) => {
    if (v.trim() === 'off')
        return;
    if ((0,_checks_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .hasExpression */ .xS)(v)) {
        ctx.addIssue({ code: 'custom', message: 'decision settings take no ${{ }} expressions' });
        return;
    }
    const problem = (0,_checks_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .durationProblem */ .YV)(v, { maxMs: _core_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_AGE_MS */ .ON, maxText: 'at most 3650d', positive: true });
    if (problem)
        ctx.addIssue({ code: 'custom', message: problem });
})
    .describe('How long a hotfix may stay due after a promote-with-hotfix: past it, runs that still need it hold (default 48h; off: never)');
/** The policy value of `hotfixDeadline`: undefined (the default), null (off) or milliseconds. */
function hotfixDeadlineMs(v) {
    if (v === undefined)
        return undefined;
    if (v.trim() === 'off')
        return null;
    return (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)(v);
}


/***/ }),

/***/ 94842:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ own),
/* harmony export */   _: () => (/* binding */ dataRecord)
/* harmony export */ });
/**
 * Lookups of names a user chose (profiles, checks, vars, inputs, categories). Such a name is data:
 * `constructor`, `toString` or `hasOwnProperty` must find what the config holds, or nothing \u2014
 * never a member every object inherits.
 */
/** The value of an own key, or undefined. */
function own(record, key) {
    return record !== undefined && record !== null && Object.hasOwn(record, key) ? record[key] : undefined;
}
/** A copy with no prototype, so that even code that indexes it directly finds only its own keys. */
function dataRecord(record) {
    const out = Object.create(null);
    for (const [k, v] of Object.entries(record))
        Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
    return out;
}


/***/ }),

/***/ 73810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hf: () => (/* binding */ everyProfileIssues),
/* harmony export */   YZ: () => (/* binding */ enforcementOf),
/* harmony export */   hk: () => (/* binding */ noCountingCheck)
/* harmony export */ });
/* harmony import */ var _checks_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68410);
/* harmony import */ var _resolve_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68270);


/** Enforcements that can hold a release or lower its score. */
const COUNTING = new Set(['hard', 'required', 'scored']);
/** A check's enforcement in a profile: its own, else what its fields imply there, else its type's. */
function enforcementOf(check, type, profile) {
    return check.enforcement ?? type.enforcementFor?.(check, profile) ?? type.defaults.enforcement;
}
/**
 * Why a profile decides nothing, or undefined. A profile whose checks are all off, dry-run or
 * advisory (or that has none) would promote every release with a perfect score.
 */
function noCountingCheck(profile, checks) {
    if (checks.some((c) => COUNTING.has(c.enforcement)))
        return undefined;
    const shown = checks.slice(0, 8).map((c) => `${c.id}: ${c.enforcement}`);
    if (checks.length > shown.length)
        shown.push(`${checks.length - shown.length} more`);
    const why = checks.length === 0 ? 'it has no checks' : shown.join(', ');
    return `profile ${profile} runs no check that counts (${why}): give it at least one hard, required or scored check`;
}
/**
 * Every profile's checks, as `validate` without a profile sees them: no inputs, so nothing is
 * interpolated; enforcement never depends on interpolation (it and benchmark modes are enums).
 * Returns why each profile that decides nothing does so.
 */
function everyProfileIssues(config) {
    const found = [];
    // A check's own fields are validated once; only overridden ones differ from profile to profile.
    const plain = new Map();
    const valueOf = (check) => {
        if (check.overrideSources.length > 0)
            return (0,_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .validateCheck */ .LB)(check).value;
        if (!plain.has(check.id))
            plain.set(check.id, (0,_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .validateCheck */ .LB)(check).value);
        return plain.get(check.id);
    };
    profiles: for (const name of Object.keys(config.profiles)) {
        const resolved = (0,_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveProfile */ .mC)(config, name);
        const checks = [];
        for (const check of resolved.checks) {
            const value = valueOf(check);
            const type = _checks_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .CHECK_TYPES */ .T.find((t) => t.type === value?.type);
            if (!value || !type)
                continue profiles; // reported by the parse already
            const enforcement = enforcementOf(value, type, resolved);
            if (COUNTING.has(enforcement))
                continue profiles;
            checks.push({ id: check.id, enforcement });
        }
        const why = noCountingCheck(name, checks);
        if (why)
            found.push({ path: ['profiles', name], message: why });
    }
    return found;
}


/***/ }),

/***/ 68270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kg: () => (/* binding */ describeZodIssue),
/* harmony export */   Kt: () => (/* binding */ sourcePathOf),
/* harmony export */   LB: () => (/* binding */ validateCheck),
/* harmony export */   QE: () => (/* binding */ profileGraphIssues),
/* harmony export */   mC: () => (/* binding */ resolveProfile)
/* harmony export */ });
/* unused harmony export deepMerge */
/* harmony import */ var _checks_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68410);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72020);
/* harmony import */ var _own_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(94842);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90131);




function extendsOf(config, name) {
    const e = (0,_own_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .Z)(config.profiles, name)?.extends;
    return e === undefined ? [] : Array.isArray(e) ? e : [e];
}
/** Detects unknown parents and cycles for every profile; returns issues with key paths. */
function profileGraphIssues(config) {
    const issues = [];
    const names = Object.keys(config.profiles);
    for (const name of names) {
        const parents = extendsOf(config, name);
        parents.forEach((p, i) => {
            if (!(0,_own_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .Z)(config.profiles, p)) {
                const path = Array.isArray(config.profiles[name].extends)
                    ? ['profiles', name, 'extends', i]
                    : ['profiles', name, 'extends'];
                const hint = (0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .didYouMean */ .au)(p, names);
                issues.push({
                    path,
                    message: `extends unknown profile "${p}"${hint || ` (profiles: ${names.join(', ')})`}`,
                });
            }
        });
    }
    const state = new Map();
    const reported = new Set();
    const visit = (name, stack) => {
        if (state.get(name) === 'done' || !(0,_own_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .Z)(config.profiles, name))
            return;
        if (state.get(name) === 'visiting') {
            const cycle = [...stack.slice(stack.indexOf(name)), name];
            const key = [...cycle].sort().join(',');
            if (!reported.has(key)) {
                reported.add(key);
                issues.push({
                    path: ['profiles', name, 'extends'],
                    message: `profiles extend each other in a cycle: ${cycle.join(' \u2192 ')}`,
                });
            }
            return;
        }
        state.set(name, 'visiting');
        for (const p of extendsOf(config, name))
            visit(p, [...stack, name]);
        state.set(name, 'done');
    };
    for (const name of names)
        visit(name, []);
    return issues;
}
function isPlainObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
/** Objects merge key by key; arrays and scalars are replaced. */
function deepMerge(base, over) {
    // Entries, not assignment: a key is always an own property, whatever its name.
    const out = new Map(Object.entries(base));
    for (const [k, v] of Object.entries(over)) {
        const b = out.get(k);
        out.set(k, isPlainObject(b) && isPlainObject(v) ? deepMerge(b, v) : v);
    }
    return Object.fromEntries(out);
}
/** Assumes the profile graph is valid (no cycles, known parents). */
function resolveProfile(config, name) {
    const lineage = [];
    const seen = new Set();
    const walk = (n) => {
        if (seen.has(n))
            return;
        seen.add(n);
        for (const p of extendsOf(config, n))
            walk(p);
        lineage.push(n);
    };
    walk(name);
    // In order of first mention; a Set keeps that order and finds ids in constant time.
    const ids = new Set();
    const overrides = new Map();
    let decision = { ...config.decision };
    for (const n of lineage) {
        const p = (0,_own_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .Z)(config.profiles, n);
        for (const id of p.checks ?? [])
            ids.add(id);
        for (const id of p.exclude ?? [])
            ids.delete(id);
        for (const [id, fields] of Object.entries(p.overrides ?? {})) {
            const list = overrides.get(id) ?? [];
            list.unshift({ path: ['profiles', n, 'overrides', id], fields });
            overrides.set(id, list);
        }
        if (p.decision) {
            decision = {
                ...decision,
                ...p.decision,
                categories: { ...decision.categories, ...p.decision.categories },
            };
        }
    }
    const checks = [...ids].map((id) => {
        const sources = overrides.get(id) ?? [];
        // Shared, not copied, when nothing overrides it: nothing changes a check's fields in place,
        // and a copy per profile and check adds up in a large config.
        let raw = ((0,_own_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .Z)(config.checks, id) ?? {});
        if (typeof raw !== 'object' || raw === null)
            raw = {};
        for (const src of [...sources].reverse())
            raw = deepMerge(raw, src.fields);
        return { id, raw, overrideSources: sources };
    });
    return { name, lineage, checks, decision };
}
function hasPath(obj, path) {
    let cur = obj;
    for (const k of path) {
        if (!isPlainObject(cur) && !Array.isArray(cur))
            return false;
        if (!Object.hasOwn(cur, k))
            return false;
        cur = cur[k];
    }
    return true;
}
/** Maps a key path inside a merged check to the YAML path it came from. */
function sourcePathOf(check, inner) {
    for (let len = inner.length; len >= 1; len--) {
        const prefix = inner.slice(0, len);
        const src = check.overrideSources.find((s) => hasPath(s.fields, prefix));
        if (src)
            return [...src.path, ...inner];
    }
    return ['checks', check.id, ...inner];
}
/** Validates a merged (and possibly interpolated) check against its type's schema. */
function validateCheck(check, raw = check.raw) {
    const parsed = _schema_js__WEBPACK_IMPORTED_MODULE_1__/* .checkSchema */ ._U.safeParse(raw, { reportInput: true });
    if (parsed.success)
        return { value: parsed.data, issues: [] };
    return {
        issues: parsed.error.issues.flatMap((iss) => zodIssueToMessages(iss, check, raw)),
    };
}
/** Allowed values an error lists; a longer list is counted instead. */
const LISTED_VALUES = 12;
function describeZodIssue(iss) {
    switch (iss.code) {
        case 'invalid_type':
            // A schema's own message (a duration given as a bare number says which unit to add).
            if (!iss.message.startsWith('Invalid input'))
                return iss.message;
            return `expected ${iss.expected}${'input' in iss && iss.input !== undefined ? `, got ${describe(iss.input)}` : ', but it is missing'}`;
        case 'invalid_value': {
            const got = 'input' in iss && iss.input !== undefined ? `, got ${describe(iss.input)}` : ', but it is missing';
            // A long list (the secret rules' ids) is named, not printed: the nearest value, and where
            // every value is listed.
            if (iss.values.length > LISTED_VALUES) {
                const near = 'input' in iss && typeof iss.input === 'string'
                    ? (0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .didYouMean */ .au)(iss.input, iss.values.filter((v) => typeof v === 'string'))
                    : '';
                return `expected one of ${iss.values.length} values${got}${near} (every one is in \`promotion-gate schema\`)`;
            }
            return `expected one of ${iss.values.map((v) => JSON.stringify(v)).join(', ')}${got}`;
        }
        case 'too_small':
            return `${iss.origin === 'array' ? 'needs at least' : 'must be at least'} ${iss.minimum}${iss.origin === 'array' ? ' item(s)' : iss.origin === 'string' ? ' character(s)' : ''}`;
        case 'too_big':
            if (iss.origin === 'string')
                return `may have at most ${iss.maximum} characters`;
            return `${iss.origin === 'array' ? 'may have at most' : 'must be at most'} ${iss.maximum}${iss.origin === 'array' ? ' item(s)' : ''}`;
        case 'invalid_format':
            return `expected ${iss.format}`;
        default:
            return iss.message;
    }
}
function describe(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a mapping';
    if (typeof v === 'string')
        return `"${v.length > 60 ? `${v.slice(0, 57)}...` : v}"`;
    return `${typeof v} ${String(v)}`;
}
function zodIssueToMessages(iss, check, raw) {
    const inner = iss.path;
    if (iss.code === 'unrecognized_keys') {
        return iss.keys.map((k) => ({
            path: sourcePathOf(check, [...inner, k]),
            message: `unknown key "${k}"${suggest(k, raw, inner)}`,
            keyOnly: true,
        }));
    }
    const atType = inner.length === 0 || (inner.length === 1 && inner[0] === 'type');
    if (iss.code === 'invalid_union' && atType && iss.errors.length === 0) {
        const t = raw.type;
        return [
            {
                path: sourcePathOf(check, ['type']),
                message: t === undefined
                    ? 'a check needs a "type"'
                    : `unknown check type ${describe(t)}${typeof t === 'string' ? (0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .didYouMean */ .au)(t, knownTypes()) : ''}; known types: ${knownTypes().join(', ')}`,
            },
        ];
    }
    if (iss.code === 'invalid_union') {
        // Report the branch whose issues go deepest: the closest match.
        const branches = iss.errors;
        if (branches.length === 0)
            return [{ path: sourcePathOf(check, inner), message: describeZodIssue(iss) }];
        const best = branches.reduce((a, b) => Math.max(...a.map((i) => i.path.length)) >= Math.max(...b.map((i) => i.path.length)) ? a : b);
        const nested = best.filter((i) => i.path.length > 0 || best.length === 1);
        if (nested.length > 0 && branches.every((b) => b.length > 0)) {
            return nested.flatMap((i) => zodIssueToMessages({ ...i, path: [...inner, ...i.path] }, check, raw));
        }
    }
    return [{ path: sourcePathOf(check, inner), message: describeZodIssue(iss) }];
}
function knownTypes() {
    return _checks_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .CHECK_TYPES */ .T.map((t) => t.type);
}
/** Suggests the allowed key closest to a misspelt one, at the check's top level. */
function suggest(key, raw, inner) {
    if (inner.length > 0)
        return '';
    const type = _checks_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .CHECK_TYPES */ .T.find((t) => t.type === raw.type);
    if (!type)
        return '';
    return (0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .didYouMean */ .au)(key, ['type', ...Object.keys(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .commonCheckFields */ .de), ...Object.keys(type.fields.shape)]);
}


/***/ }),

/***/ 90131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $h: () => (/* binding */ NAME_RULE),
/* harmony export */   Bl: () => (/* binding */ DEFAULT_CATEGORIES),
/* harmony export */   Mk: () => (/* binding */ configJsonSchema),
/* harmony export */   Qn: () => (/* binding */ configSchema),
/* harmony export */   _U: () => (/* binding */ checkSchema),
/* harmony export */   de: () => (/* binding */ commonCheckFields),
/* harmony export */   ms: () => (/* binding */ defaultsSchema),
/* harmony export */   zP: () => (/* binding */ CHECK_ID)
/* harmony export */ });
/* unused harmony export decisionSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12311);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(98439);
/* harmony import */ var _checks_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68410);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73054);
/* harmony import */ var _checks_fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23128);
/* harmony import */ var _environments_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51390);
/* harmony import */ var _notify_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67649);






/**
 * Check ids and profile names: each may become a file or folder name (evidence/<check>/,
 * .promotion-gate/<profile>/), so no separators, no leading dot, and a sane length.
 */
const CHECK_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;
const NAME_RULE = 'may use only letters, digits, ".", "_" and "-", start with a letter or digit, and have at most 100 characters';
/** Fields every check has, whatever its type. */
const commonCheckFields = {
    title: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional().describe('Display name in reports'),
    category: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional().describe('Scoring category (a key of decision.categories)'),
    enforcement: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(_core_types_js__WEBPACK_IMPORTED_MODULE_5__/* .ENFORCEMENTS */ .w_)
        .optional()
        .describe('hard: a failure always holds; required: a failure holds unless waived; scored: lowers the score; advisory: warns; dry-run: reported, never counted; off: not run'),
    timeout: _checks_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .timeout */ .wR.optional().describe('Time the check may take (default: defaults.timeout)'),
    onError: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(_core_types_js__WEBPACK_IMPORTED_MODULE_5__/* .ON_ERROR */ .DD)
        .optional()
        .describe('What a check that could not run counts as: fail (default), warn or pass'),
};
function checkSchemaFor(t) {
    return zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({ type: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(t.type), ...commonCheckFields, ...t.fields.shape })
        .describe(t.description);
}
const checkSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .discriminatedUnion */ .gMt('type', _checks_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .CHECK_TYPES */ .T.map(checkSchemaFor));
const DEFAULT_CATEGORIES = { safety: 1.0, data: 1.0, ops: 0.8, design: 0.6 };
const decisionSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    categories: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().min(0).max(2))
        .optional()
        .describe('Category weights 0\u20132: effective = 5 \u2212 (5 \u2212 raw) \u00d7 weight, floored at 2 unless raw is 1'),
    holdLine: zod__WEBPACK_IMPORTED_MODULE_4__/* .int */ .Whr()
        .min(1)
        .max(5)
        .optional()
        .describe('Hold when the effective score is at or below this (default 2)'),
    autoPromoteAt: zod__WEBPACK_IMPORTED_MODULE_4__/* .int */ .Whr()
        .min(1)
        .max(5)
        .optional()
        .describe('Scores at or above this auto-promote; below it promote with a hotfix (default 4)'),
    releaseCandidatePercent: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig()
        .min(0)
        .max(100)
        .optional()
        .describe('Level release_candidate when blocked but this percent of gating checks passed (default 80)'),
    ratchet: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY()
        .optional()
        .describe('Hold when checks that required a hotfix last run fail again (default true)'),
    hotfixDeadline: _notify_js__WEBPACK_IMPORTED_MODULE_3__/* .hotfixDeadline */ .jG.optional(),
});
const profileSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    description: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
    extends: zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP())])
        .optional()
        .describe('Profiles whose checks this one inherits'),
    checks: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()).optional().describe('Check ids this profile adds'),
    exclude: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()).optional().describe('Inherited check ids this profile drops'),
    overrides: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .unknown */ .L5J()))
        .optional()
        .describe('Per-check field overrides for this profile'),
    decision: decisionSchema.optional().describe('Decision settings for this profile, over the global ones'),
});
const waiverSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    check: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    reason: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1),
    expires: zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .date */ .p6U()])
        .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
        .refine((s) => !Number.isNaN(Date.parse(s)), { message: 'expected a date such as 2026-12-31' }),
    by: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1),
    profiles: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()).optional(),
});
const DOMAIN = /^[A-Za-z0-9][\w.-]*$/;
const aggregateSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    required: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().regex(DOMAIN, 'a domain name uses letters, digits, ".", "_" and "-"'))
        .optional()
        .describe('Domains that must be present and passed (default: every domain given)'),
    releaseCandidateAt: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig()
        .min(0)
        .max(100)
        .optional()
        .describe('Level release_candidate when blocked but this percent of required domains passed (default 80)'),
    domains: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().regex(DOMAIN, 'a domain name uses letters, digits, ".", "_" and "-"'), zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
        path: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).optional().describe('Evidence file of the domain (--artifact overrides it)'),
        format: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(['auto', 'json', 'yaml', 'junit', 'sarif']).optional(),
        assert: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(_checks_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .condition */ .uH)
            .optional()
            .describe('Conditions that decide "passed" instead of the status field, e.g. regressions == 0'),
        maxAge: _checks_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .age */ .KW
            .optional()
            .describe('Evidence older than this (by its finishedAt, else the file time) is a blocker <domain>.stale, e.g. 35d for a monthly rollback drill'),
    }))
        .optional(),
});
const defaultsSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    timeout: _checks_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .timeout */ .wR.optional().describe('Per-check timeout (default 30s)'),
    concurrency: zod__WEBPACK_IMPORTED_MODULE_4__/* .int */ .Whr()
        .min(1)
        .max(64)
        .optional()
        .describe('Checks that run commands, git or work in this process, run at once (default 8); live probes start together, up to 64'),
    gateTimeout: _checks_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .timeout */ .wR.optional().describe('Time the whole gate may take (default 15m)'),
    base: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()
        .min(1)
        .optional()
        .describe('Base revision diff checks compare with when no --base, pull request or promoted run in history gives one (e.g. origin/main, v1.4.0)'),
});
const configSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    $schema: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
    version: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(1),
    vars: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY()])).optional(),
    defaults: defaultsSchema.optional(),
    decision: decisionSchema.optional(),
    profiles: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), profileSchema),
    checks: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), checkSchema),
    waivers: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(waiverSchema).optional(),
    aggregate: aggregateSchema.optional().describe('Evidence domains the aggregate command merges'),
    environments: _environments_js__WEBPACK_IMPORTED_MODULE_2__/* .environmentsSchema */ .me.optional(),
    notify: _notify_js__WEBPACK_IMPORTED_MODULE_3__/* .notifySchema */ .dt.optional(),
});
/** JSON Schema for editors (yaml-language-server). */
function configJsonSchema() {
    const schema = zod__WEBPACK_IMPORTED_MODULE_6__/* .toJSONSchema */ .bl(configSchema, { io: 'input', unrepresentable: 'any', target: 'draft-7' });
    return {
        ...schema,
        $id: 'https://raw.githubusercontent.com/promotion-gate/promotion-gate/v1/schema/promotion-gate.schema.json',
        title: 'promotion-gate configuration',
    };
}


/***/ }),

/***/ 14353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nN: () => (/* binding */ ShellBinder),
  VT: () => (/* binding */ shellExpressionIssues),
  pk: () => (/* binding */ shellFieldsOf)
});

// EXTERNAL MODULE: ./src/checks/fields.ts
var checks_fields = __webpack_require__(23128);
// EXTERNAL MODULE: ./src/config/interpolate.ts
var interpolate = __webpack_require__(72757);
;// CONCATENATED MODULE: ./src/config/shell.ts
/**
 * Where bash reads the text at given places of a script: bare, inside double or single quotes, in
 * a here-document, or somewhere a value would be run as code. The planner puts a reference to an
 * environment variable at each `${{ \u2026 }}` of a shell field, written for that place, so a value is
 * always exactly one word that bash never reads as code:
 *
 *   bare            echo ${{ inputs.v }}       \u2192  echo "${NAME}"
 *   double quotes   echo "v=${{ inputs.v }}"   \u2192  echo "v=${NAME}"
 *   single quotes   echo 'v=${{ inputs.v }}'   \u2192  echo 'v='"${NAME}"''
 *   here-document   <<EOF \u2026 ${{ inputs.v }}    \u2192  \u2026 ${NAME}
 *
 * Places where no reference is safe or meaningful ($(( \u2026 )), ${ \u2026 }, $'\u2026', a quoted here-document,
 * after a backslash) are reported, and the planner makes them config errors.
 *
 * Whatever this reader gets wrong about an odd script, a reference can only ever expand to the
 * value as text (bash does not read the result of an expansion as code), so a mistake here makes a
 * wrong word, never a command.
 */
/** Stands for a value in the masked script; the script's own U+FFFF (if any) is changed first. */
const SLOT = '\uFFFF';
/** Characters after which a `#` starts a comment, and that end a here-document delimiter. */
const BREAK = new Set([' ', '\t', '\n', ';', '&', '|', '(', ')', '<', '>']);
const UNSAFE = {
    escaped: 'right after a backslash, where a value cannot be quoted',
    arith: 'inside arithmetic ($(( \u2026 )), (( \u2026 )) or $[ \u2026 ]), where bash evaluates it as code',
    param: 'inside ${ \u2026 }',
    ansi: "inside $'\u2026' quotes",
    heredocQuoted: "inside a here-document with a quoted delimiter (<<'EOF'), which expands nothing",
    delimiter: 'in a here-document delimiter',
    backquotes: 'inside backquotes within double quotes; use $( \u2026 ) instead',
};
/** For each [start, end) span (in order, not overlapping), where bash reads text put there. */
function shellPlaces(script, spans) {
    let masked = '';
    let at = 0;
    for (const span of spans) {
        masked += script.slice(at, span.start).replaceAll(SLOT, '\uFFFE') + SLOT;
        at = span.end;
    }
    masked += script.slice(at).replaceAll(SLOT, '\uFFFE');
    const slots = new ShellReader(masked).read();
    // Every span must have its answer; should the reader ever miss one, none is trusted.
    if (slots.length !== spans.length)
        return spans.map(() => ({ unsafe: 'somewhere this script cannot be read safely' }));
    return slots;
}
/** The text that stands for environment variable `name` at that place. */
function shellReference(name, place) {
    switch (place) {
        case 'bare':
            return `"\${${name}}"`;
        case 'single':
            return `'"\${${name}}"'`;
        default:
            return `\${${name}}`;
    }
}
class ShellReader {
    s;
    out = [];
    stack = [{ kind: 'bare', close: '', parens: 0 }];
    heredocs = [];
    wordStart = true;
    i = 0;
    constructor(s) {
        this.s = s;
    }
    read() {
        const s = this.s;
        while (this.i < s.length) {
            const top = this.stack[this.stack.length - 1];
            const c = s[this.i];
            if (c === SLOT) {
                this.out.push(this.place());
                this.i++;
                this.wordStart = false;
                continue;
            }
            if (c === '\\' && top.kind !== 'single' && top.kind !== 'comment') {
                if (s[this.i + 1] === SLOT)
                    this.out.push({ unsafe: UNSAFE.escaped });
                this.i += 2;
                this.wordStart = false;
                continue;
            }
            switch (top.kind) {
                case 'comment':
                    // The newline ends the comment and is then read by the frame around it.
                    if (c === '\n')
                        this.stack.pop();
                    else
                        this.i++;
                    break;
                case 'single':
                case 'ansi':
                    if (c === "'")
                        this.stack.pop();
                    this.i++;
                    break;
                case 'double':
                    this.inDouble(c);
                    break;
                case 'param':
                    this.inParam(top, c);
                    break;
                case 'arith':
                    this.inArith(top, c);
                    break;
                case 'bare':
                    this.inBare(top, c);
                    break;
            }
        }
        return this.out;
    }
    place() {
        const top = this.stack[this.stack.length - 1];
        const below = this.stack.slice(0, -1);
        switch (top.kind) {
            case 'bare':
                return top.close === '`' && below.some((f) => f.kind === 'double')
                    ? { unsafe: UNSAFE.backquotes }
                    : { place: 'bare' };
            case 'comment':
                return { place: 'bare' };
            case 'double':
                return { place: 'double' };
            case 'single':
                return below[below.length - 1]?.kind === 'param' ? { unsafe: UNSAFE.param } : { place: 'single' };
            case 'ansi':
                return { unsafe: UNSAFE.ansi };
            case 'param':
                return { unsafe: UNSAFE.param };
            case 'arith':
                return { unsafe: UNSAFE.arith };
        }
    }
    /** `$` at this.i: command substitution, arithmetic, parameter expansion or $'\u2026' quotes. */
    dollar(inBare) {
        const next = this.s[this.i + 1];
        if (next === '(' && this.s[this.i + 2] === '(') {
            this.stack.push({ kind: 'arith', close: ')', depth: 0 });
            this.i += 3;
        }
        else if (next === '(') {
            this.stack.push({ kind: 'bare', close: ')', parens: 0 });
            this.i += 2;
            this.wordStart = true;
        }
        else if (next === '[') {
            this.stack.push({ kind: 'arith', close: ']', depth: 0 });
            this.i += 2;
        }
        else if (next === '{') {
            this.stack.push({ kind: 'param', braces: 1 });
            this.i += 2;
        }
        else if (next === "'" && inBare) {
            this.stack.push({ kind: 'ansi' });
            this.i += 2;
        }
        else if (next === '"' && inBare) {
            this.stack.push({ kind: 'double' });
            this.i += 2;
        }
        else
            this.i++;
    }
    inDouble(c) {
        if (c === '"') {
            this.stack.pop();
            this.i++;
        }
        else if (c === '`') {
            this.stack.push({ kind: 'bare', close: '`', parens: 0 });
            this.i++;
            this.wordStart = true;
        }
        else if (c === '$')
            this.dollar(false);
        else
            this.i++;
    }
    inParam(top, c) {
        if (c === '}') {
            if (--top.braces === 0)
                this.stack.pop();
            this.i++;
        }
        else if (c === '{') {
            top.braces++;
            this.i++;
        }
        else if (c === "'") {
            this.stack.push({ kind: 'single' });
            this.i++;
        }
        else if (c === '"') {
            this.stack.push({ kind: 'double' });
            this.i++;
        }
        else if (c === '$')
            this.dollar(false);
        else
            this.i++;
    }
    inArith(top, c) {
        const open = top.close === ')' ? '(' : '[';
        if (c === open)
            top.depth++;
        else if (c === top.close) {
            if (top.depth > 0)
                top.depth--;
            else {
                this.stack.pop();
                // $(( \u2026 )) and (( \u2026 )) end with two parentheses.
                if (top.close === ')' && this.s[this.i + 1] === ')')
                    this.i++;
            }
        }
        else if (c === '$')
            return this.dollar(false);
        else if (c === '"')
            this.stack.push({ kind: 'double' });
        this.i++;
    }
    inBare(top, c) {
        const s = this.s;
        const wordStart = this.wordStart;
        this.wordStart = BREAK.has(c);
        if (c === "'")
            this.stack.push({ kind: 'single' });
        else if (c === '"')
            this.stack.push({ kind: 'double' });
        else if (c === '`') {
            if (top.close === '`')
                this.stack.pop();
            else {
                this.stack.push({ kind: 'bare', close: '`', parens: 0 });
                this.wordStart = true;
            }
        }
        else if (c === '$') {
            this.dollar(true);
            return;
        }
        else if (c === '#' && wordStart) {
            this.stack.push({ kind: 'comment' });
        }
        else if (c === '(') {
            if (wordStart && s[this.i + 1] === '(') {
                this.stack.push({ kind: 'arith', close: ')', depth: 0 });
                this.i += 2;
                return;
            }
            top.parens++;
        }
        else if (c === ')') {
            if (top.parens > 0)
                top.parens--;
            else if (top.close === ')')
                this.stack.pop();
        }
        else if (c === '<' && s[this.i + 1] === '<') {
            if (s[this.i + 2] === '<') {
                this.i += 3; // a here-string: its word is read as usual
                return;
            }
            this.i = this.heredocOperator(this.i + 2);
            return;
        }
        else if (c === '\n' && this.heredocs.length > 0) {
            this.i = this.heredocBodies(this.i + 1);
            return;
        }
        this.i++;
    }
    /** Reads the delimiter after `<<` (or `<<-`); the body starts at the next newline. */
    heredocOperator(j) {
        const s = this.s;
        let stripTabs = false;
        if (s[j] === '-') {
            stripTabs = true;
            j++;
        }
        while (s[j] === ' ' || s[j] === '\t')
            j++;
        let delimiter = '';
        let quoted = false;
        while (j < s.length && !BREAK.has(s[j])) {
            const c = s[j];
            if (c === "'" || c === '"') {
                quoted = true;
                const end = s.indexOf(c, j + 1);
                const text = s.slice(j + 1, end < 0 ? s.length : end);
                for (const ch of text)
                    if (ch === SLOT)
                        this.out.push({ unsafe: UNSAFE.delimiter });
                delimiter += text;
                j = end < 0 ? s.length : end + 1;
            }
            else if (c === '\\') {
                quoted = true;
                if (s[j + 1] === SLOT)
                    this.out.push({ unsafe: UNSAFE.delimiter });
                delimiter += s[j + 1] ?? '';
                j += 2;
            }
            else {
                if (c === SLOT)
                    this.out.push({ unsafe: UNSAFE.delimiter });
                delimiter += c;
                j++;
            }
        }
        if (delimiter !== '')
            this.heredocs.push({ delimiter, quoted, stripTabs });
        this.wordStart = false;
        return j;
    }
    /** Reads the bodies of the pending here-documents, which start at j. */
    heredocBodies(j) {
        const s = this.s;
        for (const doc of this.heredocs.splice(0)) {
            while (j < s.length) {
                const nl = s.indexOf('\n', j);
                const end = nl < 0 ? s.length : nl;
                const line = s.slice(j, end);
                j = end + 1;
                if ((doc.stripTabs ? line.replace(/^\t+/, '') : line) === doc.delimiter)
                    break;
                for (const ch of line)
                    if (ch === SLOT)
                        this.out.push(doc.quoted ? { unsafe: UNSAFE.heredocQuoted } : { place: 'heredoc' });
            }
        }
        this.wordStart = true;
        return Math.min(j, s.length);
    }
}

;// CONCATENATED MODULE: ./src/config/shellValues.ts



/**
 * Values never become shell code. In a field bash runs, each `${{ \u2026 }}` is replaced by a reference
 * to an environment variable (`"${PROMOTION_GATE_VALUE_INPUTS_VERSION}"`), and the value is given
 * to the process in that variable, so `-i 'v=1; touch pwned'` is one word with a semicolon in it.
 */
const shellFields = new WeakMap();
/** The top-level fields of a check type that bash runs. */
function shellFieldsOf(type) {
    if (!type)
        return [];
    // Asked for every check, at load and again at plan: a type's fields are looked through once.
    let fields = shellFields.get(type);
    if (!fields) {
        fields = Object.entries(type.fields.shape)
            .filter(([, schema]) => (0,checks_fields/* isShellScript */.EI)(schema))
            .map(([key]) => key);
        shellFields.set(type, fields);
    }
    return fields;
}
function unsafeMessage(r, where) {
    return `${r.text} sits ${where}; put it where a value is one word (bare, or inside double quotes)`;
}
/** Expressions of a script that sit where no value can be passed safely; found without values. */
function shellExpressionIssues(script) {
    if (!script.includes('${{'))
        return [];
    const { refs } = (0,interpolate/* parseExpressions */.$y)(script);
    if (refs.length === 0)
        return [];
    return shellPlaces(script, refs).flatMap((slot, i) => 'unsafe' in slot ? [unsafeMessage(refs[i], slot.unsafe)] : []);
}
/** Binds the expressions of one check's shell fields to environment variables. */
class ShellBinder {
    interp;
    /** Environment variable name \u2192 value, for the process that runs the field. */
    values = {};
    names = new Map();
    constructor(interp) {
        this.interp = interp;
    }
    bind(script, path, issues) {
        if (!script.includes('${{'))
            return script;
        const { refs, errors } = (0,interpolate/* parseExpressions */.$y)(script);
        for (const message of errors)
            issues.push({ path, message });
        if (refs.length === 0)
            return script;
        const places = shellPlaces(script, refs);
        let out = '';
        let at = 0;
        refs.forEach((r, i) => {
            const slot = places[i];
            out += script.slice(at, r.start);
            at = r.end;
            if ('unsafe' in slot) {
                issues.push({ path, message: unsafeMessage(r, slot.unsafe) });
                out += r.text;
                return;
            }
            const value = this.interp.valueOf(r, path, issues);
            out += value === undefined ? r.text : shellReference(this.nameFor(r, value), slot.place);
        });
        return out + script.slice(at);
    }
    /** One variable per distinct expression, named after it so the command line stays readable. */
    nameFor(r, value) {
        const key = JSON.stringify([r.ns, r.name, r.fallback ?? null]);
        const known = this.names.get(key);
        if (known)
            return known;
        const base = `PROMOTION_GATE_VALUE_${r.ns}_${r.name}`.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
        let name = base;
        for (let n = 2; Object.hasOwn(this.values, name); n++)
            name = `${base}_${n}`;
        this.values[name] = value;
        this.names.set(key, name);
        return name;
    }
}


/***/ }),

/***/ 18857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F9: () => (/* binding */ evaluateCondition),
/* harmony export */   Rr: () => (/* binding */ parsePath),
/* harmony export */   Yn: () => (/* binding */ getPath),
/* harmony export */   bp: () => (/* binding */ describeValue),
/* harmony export */   nQ: () => (/* binding */ equalityConditions),
/* harmony export */   zB: () => (/* binding */ parseCondition)
/* harmony export */ });
/**
 * The condition language shared by http, freshness and evidence checks:
 *   `status == "ok"`, `tables.permits > 0`, `tables.users exists`, `len(items) >= 3`,
 *   `version matches "^2\."`, `tags contains "prod"`, `errors not exists`.
 * A path walks JSON with dots and [index]; `$` is the whole document.
 */
const PATH = String.raw `(?:\$|[A-Za-z_][\w-]*|\[\s*(?:\d+|"[^"]*"|'[^']*')\s*\])(?:\.[A-Za-z_][\w-]*|\.\d+|\[\s*(?:\d+|"[^"]*"|'[^']*')\s*\])*`;
const CONDITION = new RegExp(String.raw `^\s*(len\(\s*(${PATH})\s*\)|${PATH})\s*(==|!=|>=|<=|>|<|contains\b|matches\b|not\s+exists\b|exists\b)\s*(.*?)\s*$`);
function parsePath(text) {
    if (text === '$')
        return [];
    const parts = [];
    const re = /\[\s*(\d+|"[^"]*"|'[^']*')\s*\]|\.?([A-Za-z_][\w-]*|\d+)|\$/g;
    for (const m of text.matchAll(re)) {
        if (m[0] === '$')
            continue;
        const raw = m[1] ?? m[2];
        parts.push(raw.startsWith('"') || raw.startsWith("'") ? raw.slice(1, -1) : raw);
    }
    return parts;
}
function parseLiteral(text) {
    if (/^"(?:[^"\\]|\\.)*"$/.test(text)) {
        // JSON escapes where they are valid; a regex such as "^2\." keeps its backslash as written.
        try {
            return JSON.parse(text);
        }
        catch {
            return text.slice(1, -1);
        }
    }
    if (/^'.*'$/.test(text))
        return text.slice(1, -1);
    if (/^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i.test(text))
        return Number(text);
    if (text === 'true')
        return true;
    if (text === 'false')
        return false;
    if (text === 'null')
        return null;
    return text;
}
/** Throws an Error with a readable message when the text is not a condition. */
function parseCondition(source) {
    const m = CONDITION.exec(source);
    if (!m) {
        throw new Error(`cannot read condition "${source}": expected "<path> <op> <value>" with op one of == != > >= < <= contains matches exists "not exists"`);
    }
    const isLen = m[1].startsWith('len(');
    const pathText = isLen ? m[2] : m[1];
    const op = m[3].replace(/\s+/, ' ');
    const rest = m[4] ?? '';
    if ((op === 'exists' || op === 'not exists') && rest !== '') {
        throw new Error(`cannot read condition "${source}": nothing may follow "${op}"`);
    }
    if (op !== 'exists' && op !== 'not exists' && rest === '') {
        throw new Error(`cannot read condition "${source}": a value must follow "${op}"`);
    }
    if (/^=/.test(rest)) {
        // `===` and `!==` are JavaScript, not this language: read as `==` and the text `= "ok"`,
        // the condition would never hold.
        throw new Error(`cannot read condition "${source}": "${op}=" is not an operator; use ${op === '!=' ? '!=' : '=='}`);
    }
    if (op !== 'exists' && op !== 'not exists' && !/^(["']).*\1$/s.test(rest) && /["']/.test(rest)) {
        throw new Error(`cannot read condition "${source}": the value ${rest} has an unbalanced quote; quote a text value whole, e.g. "ok"`);
    }
    const value = op === 'exists' || op === 'not exists' ? undefined : parseLiteral(rest);
    if (op === 'matches') {
        try {
            new RegExp(String(value));
        }
        catch (err) {
            throw new Error(`cannot read condition "${source}": ${err.message}`);
        }
    }
    if (['>', '>=', '<', '<='].includes(op) && typeof value !== 'number') {
        throw new Error(`cannot read condition "${source}": "${op}" compares numbers, got ${JSON.stringify(value)}`);
    }
    return { source, path: parsePath(pathText), length: isLen, op, value };
}
function getPath(doc, path) {
    let cur = doc;
    for (const key of path) {
        if (cur === null || typeof cur !== 'object')
            return { found: false, value: undefined };
        if (Array.isArray(cur)) {
            const i = Number(key);
            if (!Number.isInteger(i) || i < 0 || i >= cur.length)
                return { found: false, value: undefined };
            cur = cur[i];
        }
        else {
            if (!Object.hasOwn(cur, key))
                return { found: false, value: undefined };
            cur = cur[key];
        }
    }
    return { found: true, value: cur };
}
function describeValue(value) {
    if (value === undefined)
        return 'missing';
    const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
function toNumber(value) {
    if (typeof value === 'number')
        return value;
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
        return Number(value);
    if (typeof value === 'boolean')
        return value ? 1 : 0;
    return undefined;
}
function looseEquals(a, b) {
    if (a === b)
        return true;
    if (typeof b === 'number')
        return toNumber(a) === b;
    if (typeof b === 'string' && (typeof a === 'number' || typeof a === 'boolean'))
        return String(a) === b;
    return false;
}
function evaluateCondition(cond, doc) {
    const pathLabel = cond.path.length ? cond.path.join('.') : '$';
    const label = cond.length ? `len(${pathLabel})` : pathLabel;
    const got = getPath(doc, cond.path);
    let value = got.value;
    if (cond.length && got.found) {
        value =
            typeof value === 'string' || Array.isArray(value)
                ? value.length
                : value && typeof value === 'object'
                    ? Object.keys(value).length
                    : undefined;
    }
    const observed = `${label} = ${got.found ? describeValue(value) : 'missing'}`;
    const result = (ok) => ({ ok, observed, condition: cond.source.trim() });
    switch (cond.op) {
        case 'exists':
            return result(got.found && value !== null);
        case 'not exists':
            return result(!got.found || value === null);
        case '==':
            return result(got.found && looseEquals(value, cond.value));
        case '!=':
            return result(!got.found || !looseEquals(value, cond.value));
        case 'contains':
            if (typeof value === 'string')
                return result(value.includes(String(cond.value)));
            if (Array.isArray(value))
                return result(value.some((v) => looseEquals(v, cond.value)));
            return result(false);
        case 'matches':
            return result(typeof value === 'string' && new RegExp(String(cond.value)).test(value));
        default: {
            const n = toNumber(value);
            const t = cond.value;
            if (n === undefined || Number.isNaN(n))
                return result(false);
            const ok = cond.op === '>' ? n > t : cond.op === '>=' ? n >= t : cond.op === '<' ? n < t : n <= t;
            return result(ok);
        }
    }
}
/** `{ status: ok, "tables.permits": 3 }` \u2192 equality conditions, for the `json:` shorthand. */
function equalityConditions(map) {
    return Object.entries(map).map(([path, value]) => ({
        source: `${path} == ${JSON.stringify(value)}`,
        path: parsePath(path),
        length: false,
        op: '==',
        value,
    }));
}


/***/ }),

/***/ 72020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ didYouMean)
/* harmony export */ });
/* unused harmony exports distance, plural */
/** Edit distance, for "did you mean" hints on misspelt keys. */
function distance(a, b) {
    const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = prev[j];
            prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = tmp;
        }
    }
    return prev[b.length];
}
/** Names longer than this get no suggestion: nobody misspells them, and the distance costs len\u00b2. */
const SUGGEST_MAX_LENGTH = 64;
function didYouMean(word, candidates) {
    if (typeof word !== 'string' || word.length > SUGGEST_MAX_LENGTH)
        return '';
    const limit = Math.max(1, Math.floor(word.length / 3));
    const lower = word.toLowerCase();
    let best;
    let bestD = Infinity;
    for (const c of candidates) {
        // The distance is at least the difference in length: most candidates are ruled out cheaply.
        if (Math.abs(c.length - word.length) > limit)
            continue;
        const d = distance(lower, c.toLowerCase());
        if (d < bestD) {
            bestD = d;
            best = c;
        }
    }
    return best !== undefined && bestD <= limit ? ` (did you mean "${best}"?)` : '';
}
function plural(n, word, many = `${word}s`) {
    return `${n} ${n === 1 ? word : many}`;
}


/***/ }),

/***/ 73054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DD: () => (/* binding */ ON_ERROR),
/* harmony export */   Qw: () => (/* binding */ CHECK_STATUSES),
/* harmony export */   w_: () => (/* binding */ ENFORCEMENTS)
/* harmony export */ });
/** Shared vocabulary of the gate: what a check yields and what the decision says. */
const CHECK_STATUSES = ['pass', 'warn', 'fail', 'error', 'skipped'];
const ENFORCEMENTS = ['hard', 'required', 'scored', 'advisory', 'dry-run', 'off'];
const ON_ERROR = ['fail', 'warn', 'pass'];


/***/ }),

/***/ 22329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ NOT_XML_CHARS),
/* harmony export */   s: () => (/* binding */ isXmlChar)
/* harmony export */ });
/**
 * Characters XML 1.0 does not allow: controls but tab and line breaks, U+FFFE and U+FFFF. A
 * report's reader reads each as U+FFFD (src/checks/xml.ts), so the redactor looks for a secret
 * holding one in that form too (secretForms.ts).
 */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const NOT_XML_CHARS = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g;
/** Whether XML 1.0 allows the code point in a document, raw or as a reference. */
const isXmlChar = (cp) => cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff);


/***/ }),

/***/ 29655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ metricSeries)
/* harmony export */ });
/** The numeric values one check recorded in earlier runs, oldest first; runs without it are skipped. */
function metricSeries(runs, checkId, metric) {
    const out = [];
    for (const run of runs) {
        if (run.invalid)
            continue;
        const v = run.checks.find((c) => c.id === checkId)?.metrics[metric];
        if (typeof v === 'number' && Number.isFinite(v))
            out.push({ run, value: v });
    }
    return out;
}


/***/ }),

/***/ 39409:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gp: () => (/* binding */ xyChart)
/* harmony export */ });
/* unused harmony exports uniqueLabels, yRange */
/**
 * Mermaid `xychart-beta` charts, which GitHub renders in Markdown (job summaries, comments,
 * files). Labels and titles are quoted; values must be plain numbers, so gaps are left out.
 */
const quote = (s) => `"${s.replace(/["\\]/g, '').replace(/\s+/g, ' ').slice(0, 80)}"`;
function num(n) {
    return String(Math.round(n * 10_000) / 10_000);
}
/** Labels made unique (Mermaid merges equal categories): `03-07`, `03-07\u00b72`. */
function uniqueLabels(labels) {
    const seen = new Map();
    return labels.map((l) => {
        const n = (seen.get(l) ?? 0) + 1;
        seen.set(l, n);
        return n === 1 ? l : `${l}\u00b7${n}`;
    });
}
/** A y range with some air around the values, so a flat line is not drawn on the frame. */
function yRange(values, floor, ceil) {
    if (floor !== undefined && ceil !== undefined)
        return [floor, ceil];
    let lo = Math.min(...values);
    let hi = Math.max(...values);
    const pad = hi === lo ? Math.abs(hi) * 0.1 || 1 : (hi - lo) * 0.1;
    lo = floor ?? lo - pad;
    hi = ceil ?? hi + pad;
    return [lo, hi];
}
function xyChart(c) {
    const [lo, hi] = yRange(c.values, c.yMin, c.yMax);
    return [
        '```mermaid',
        'xychart-beta',
        `  title ${quote(c.title)}`,
        `  x-axis [${uniqueLabels(c.labels).map(quote).join(', ')}]`,
        `  y-axis ${quote(c.yLabel)} ${num(lo)} --> ${num(hi)}`,
        `  ${c.bar ? 'bar' : 'line'} [${c.values.map(num).join(', ')}]`,
        '```',
    ].join('\n');
}


/***/ })

};
