export const id = 853;
export const ids = [853,467,543,677];
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
            parts.push(await (0,_evidence_junit_js__WEBPACK_IMPORTED_MODULE_5__.readJUnit)((await (0,_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .readRegularFile */ .XF)(f.real, MAX_REPORT_BYTES)).toString('utf8'), 
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
/** Counts the <line> elements of a parsed Cobertura document. */
function countLines(node) {
    if (Array.isArray(node))
        return node.reduce((n, x) => n + countLines(x), 0);
    if (!node || typeof node !== 'object')
        return 0;
    let n = 0;
    for (const [k, v] of Object.entries(node))
        n += k === 'line' ? (Array.isArray(v) ? v.length : 1) : countLines(v);
    return n;
}
async function parseCobertura(content) {
    const doc = (await (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .xmlParser */ .$)({ ignoreAttributes: false, attributeNamePrefix: '' })).parse(content);
    const root = doc.coverage;
    if (!root || root['line-rate'] === undefined)
        throw new Error('Cobertura report has no <coverage line-rate=\u2026> element');
    const rate = (attr) => {
        const text = root[attr];
        const n = typeof text === 'string' && text.trim() !== '' ? Number(text) : Number.NaN;
        if (!Number.isFinite(n) || n < 0 || n > 1)
            throw new Error(`Cobertura ${attr}="${clip(String(root[attr]))}" is not a rate between 0 and 1`);
        return round(n * 100);
    };
    const count = (attr) => {
        const text = root[attr];
        if (text === undefined)
            return undefined;
        const n = typeof text === 'string' && text.trim() !== '' ? Number(text) : Number.NaN;
        if (!Number.isInteger(n) || n < 0)
            throw new Error(`Cobertura ${attr}="${clip(String(root[attr]))}" is not a count`);
        return n;
    };
    const pct = {};
    const noData = {
        functions: 'Cobertura reports lines and branches only',
        statements: 'Cobertura reports lines and branches only',
    };
    const lines = count('lines-valid') ?? countLines(root);
    if (lines > 0)
        pct.lines = rate('line-rate');
    else
        noData.lines =
            root['lines-valid'] !== undefined
                ? 'lines-valid="0": no line was measured'
                : 'the report has no lines-valid and no <line> element';
    const branches = count('branches-valid');
    if (branches === 0)
        noData.branches = 'branches-valid="0": no branch was measured';
    else if (root['branch-rate'] !== undefined)
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
const THREAD_FROM = 1024 * 1024;
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

/***/ 94309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $9: () => (/* binding */ SLICE),
/* harmony export */   Fp: () => (/* binding */ jsonKeyLinesNow),
/* harmony export */   Pq: () => (/* binding */ json),
/* harmony export */   WV: () => (/* binding */ MAX_DEP_FILE_BYTES),
/* harmony export */   d$: () => (/* binding */ SEP),
/* harmony export */   vT: () => (/* binding */ jsonKeyLines)
/* harmony export */ });
/** Largest dependency file read whole; a larger one is an error, never a file skipped. */
const MAX_DEP_FILE_BYTES = 32 * 1024 * 1024;
function json(text) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (err) {
        throw new Error(`not valid JSON: ${err.message}`);
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
        throw new Error('not a JSON object');
    return doc;
}
/** Separates the keys of a path in `jsonKeyLines`. */
const SEP = '\u0000';
/** Characters scanned between two pauses. */
const SLICE = 1 << 16;
/**
 * Lines of the object keys of a JSON text, by path (keys joined with SEP), down to `maxDepth`
 * levels: JSON.parse keeps no positions, and a finding names the line of its package. One pass
 * over a text JSON.parse accepted, strings skipped whole, whatever its layout (pretty-printed or
 * on one line). The first occurrence of a path wins. Yields after every slice of the text, for
 * the caller to pause at.
 */
function* scanKeyLines(text, maxDepth) {
    const out = new Map();
    const stack = [];
    // Strings, skipped whole, hold no line break (JSON has none unescaped): every one is seen here.
    let line = 1;
    /**
     * Nesting inside a value too deep for any of its keys to be kept (a package's entry in a
     * lockfile): only its brackets are counted, without frames, paths or keys.
     */
    let skipped = 0;
    let nextPause = SLICE;
    for (let i = 0; i < text.length; i++) {
        if (i >= nextPause) {
            nextPause = i + SLICE;
            yield;
        }
        const c = text.charCodeAt(i);
        if (c === 0x0a /* \n */)
            line++;
        else if (c === 0x22 /* " */) {
            let end = i + 1;
            for (;;) {
                end = text.indexOf('"', end);
                if (end < 0)
                    return out; // unterminated: JSON.parse has said so already
                let backslashes = 0;
                for (let k = end - 1; text.charCodeAt(k) === 0x5c; k--)
                    backslashes++;
                if (backslashes % 2 === 0)
                    break;
                end++;
            }
            const top = skipped ? undefined : stack[stack.length - 1];
            if (top?.object && top.expectKey) {
                const raw = text.slice(i + 1, end);
                const key = raw.includes('\\') ? JSON.parse(`"${raw}"`) : raw;
                top.key = key;
                top.expectKey = false;
                if (top.depth <= maxDepth) {
                    const path = top.path ? `${top.path}${SEP}${key}` : key;
                    if (!out.has(path))
                        out.set(path, line);
                }
            }
            i = end;
        }
        else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
            const top = stack[stack.length - 1];
            if (skipped || (top?.depth ?? 0) >= maxDepth) {
                skipped++;
                continue;
            }
            const name = top ? (top.object ? (top.key ?? '') : '[]') : '';
            stack.push({
                object: c === 0x7b,
                path: top ? (top.path ? `${top.path}${SEP}${name}` : name) : '',
                depth: (top?.depth ?? 0) + 1,
                key: undefined,
                expectKey: c === 0x7b,
            });
        }
        else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
            if (skipped)
                skipped--;
            else
                stack.pop();
        }
        else if (c === 0x2c /* , */ && !skipped) {
            const top = stack[stack.length - 1];
            if (top?.object)
                top.expectKey = true;
        }
    }
    return out;
}
/** `scanKeyLines`, pausing between slices. */
async function jsonKeyLines(text, maxDepth, pace) {
    const scan = scanKeyLines(text, maxDepth);
    for (;;) {
        const next = scan.next();
        if (next.done)
            return next.value;
        await pace.step(1_000);
    }
}
/** `scanKeyLines` at once, without pausing: for a few lines wanted now. */
function jsonKeyLinesNow(text, maxDepth) {
    const scan = scanKeyLines(text, maxDepth);
    let next = scan.next();
    while (!next.done)
        next = scan.next();
    return next.value;
}


/***/ }),

/***/ 73449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ depFileType)
});

// UNUSED EXPORTS: DEP_FILES

// EXTERNAL MODULE: ./src/checks/dependencies/json.ts
var json = __webpack_require__(94309);
;// CONCATENATED MODULE: ./src/checks/dependencies/lockEntry.ts
/**
 * A lockfile entry whose source and digests are read when first asked for. Most entries of a
 * large lockfile are the same at base and head (`sameAs`), and the diff never asks for theirs:
 * reading every entry's URL and digests up front was most of what a parse cost.
 */
class LockEntry {
    name;
    version;
    direct;
    sourceRead = false;
    sourceValue;
    digestsRead = false;
    digestsValue;
    constructor(name, version, direct) {
        this.name = name;
        this.version = version;
        this.direct = direct;
    }
    get source() {
        if (!this.sourceRead) {
            this.sourceValue = this.readSource();
            this.sourceRead = true;
        }
        return this.sourceValue;
    }
    get digests() {
        if (!this.digestsRead) {
            this.digestsValue = this.readDigests();
            this.digestsRead = true;
        }
        return this.digestsValue;
    }
}

;// CONCATENATED MODULE: ./src/checks/dependencies/memberLines.ts

/** A key JSON.parse puts before the others, wherever it was written: an array index. */
function isIndex(key) {
    const c = key.charCodeAt(0);
    return c >= 0x30 && c <= 0x39 && /^(?:0|[1-9]\d*)$/.test(key) && Number(key) < 2 ** 32 - 1;
}
/**
 * One pass over a text JSON.parse accepted, strings skipped whole (they hold no line break):
 * the keys of the top object, and the lines of the keys of its `member` object. Deeper values
 * are only counted through. Yields after every slice of the text, for the caller to pause at.
 */
function* scanMemberKeys(text, member) {
    const lines = [];
    let objects = 0;
    let plain = true;
    let line = 1;
    let depth = 0;
    let topObject = false;
    let inMember = false;
    /** The next string is a key of the top object or of the member's. */
    let expectKey = false;
    let lastKey;
    let nextPause = json/* SLICE */.$9;
    for (let i = 0; i < text.length; i++) {
        if (i >= nextPause) {
            nextPause = i + json/* SLICE */.$9;
            yield;
        }
        const c = text.charCodeAt(i);
        if (c === 0x0a /* \n */)
            line++;
        else if (c === 0x22 /* " */) {
            let end = i + 1;
            for (;;) {
                end = text.indexOf('"', end);
                if (end < 0)
                    return { lines, objects, plain };
                let backslashes = 0;
                for (let k = end - 1; text.charCodeAt(k) === 0x5c; k--)
                    backslashes++;
                if (backslashes % 2 === 0)
                    break;
                end++;
            }
            if (expectKey) {
                expectKey = false;
                if (depth === 1) {
                    const raw = text.slice(i + 1, end);
                    lastKey = raw.includes('\\') ? JSON.parse(`"${raw}"`) : raw;
                    if (lastKey.includes(json/* SEP */.d$))
                        plain = false;
                }
                else
                    lines.push(line);
            }
            i = end;
        }
        else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
            depth++;
            if (depth === 1) {
                topObject = c === 0x7b;
                expectKey = topObject;
            }
            else if (depth === 2) {
                inMember = topObject && c === 0x7b && lastKey === member;
                if (inMember)
                    objects++;
                expectKey = inMember;
            }
            else
                expectKey = false;
        }
        else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
            depth--;
            expectKey = false;
            if (depth < 2)
                inMember = false;
        }
        else if (c === 0x2c /* , */) {
            if (depth === 1)
                expectKey = topObject;
            else if (depth === 2)
                expectKey = inMember;
        }
    }
    return { lines, objects, plain };
}
/**
 * Lines of the keys of one member of a JSON text's top object (an npm lockfile's `packages`), by
 * their place among the member's keys. JSON.parse keeps the written order of a table's keys, so
 * the n-th key written is the n-th of `Object.keys`: the pass over the text needs no key's name,
 * no path and no table of them. Where that order cannot be trusted (the member written twice, a
 * key written twice, an array index JSON.parse moves to the front), the lines come from
 * `jsonKeyLines` by path, as before. Found when first asked for: only entries that end up in a
 * change need a line.
 */
class MemberKeyLines {
    text;
    member;
    keys;
    byPlace;
    byPath;
    finding;
    constructor(text, member, 
    /** The member's keys, as `Object.keys` gives them. */
    keys) {
        this.text = text;
        this.member = member;
        this.keys = keys;
    }
    /** Finds the lines, pausing as it goes (once, whoever asks); undefined once they are found. */
    find(pace) {
        if (this.byPlace || this.byPath)
            return undefined;
        this.finding ??= (async () => {
            const scan = scanMemberKeys(this.text, this.member);
            let next = scan.next();
            while (!next.done) {
                await pace.step(1_000);
                next = scan.next();
            }
            if (!this.accept(next.value))
                this.byPath = await (0,json/* jsonKeyLines */.vT)(this.text, 2, pace);
        })();
        return this.finding;
    }
    /** The line of the member's key at `place`; found at once, without pausing, when `find` has not run. */
    line(place) {
        if (!this.byPlace && !this.byPath) {
            const scan = scanMemberKeys(this.text, this.member);
            let next = scan.next();
            while (!next.done)
                next = scan.next();
            if (!this.accept(next.value))
                this.byPath = (0,json/* jsonKeyLinesNow */.Fp)(this.text, 2);
        }
        if (this.byPlace)
            return this.byPlace[place];
        const key = this.keys[place];
        return key === undefined ? undefined : this.byPath.get(`${this.member}${json/* SEP */.d$}${key}`);
    }
    accept(found) {
        const { lines, objects, plain } = found;
        if (objects !== 1 || !plain || lines.length !== this.keys.length || this.keys.some(isIndex))
            return false;
        this.byPlace = lines;
        return true;
    }
}

// EXTERNAL MODULE: ./src/checks/dependencies/sources.ts
var sources = __webpack_require__(16717);
// EXTERNAL MODULE: ./src/checks/dependencies/types.ts
var types = __webpack_require__(94370);
;// CONCATENATED MODULE: ./src/checks/dependencies/npm.ts





const SECTIONS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];
/**
 * Scripts npm runs by itself when a project or a package is installed (`npm install`, `npm ci`,
 * and for a git dependency `prepare` too): code that runs on every developer's machine and CI
 * runner before anything is reviewed or tested.
 */
const INSTALL_HOOKS = [
    'preinstall',
    'install',
    'postinstall',
    'preprepare',
    'prepare',
    'postprepare',
    'dependencies',
];
const notVendored = (p) => !p.split('/').includes('node_modules');
const packageJson = {
    ecosystem: 'npm',
    kind: 'manifest',
    match: (p) => (0,types/* basename */.P8)(p) === 'package.json' && notVendored(p),
    async parse(text, pace) {
        const doc = (0,json/* json */.Pq)(text);
        const lines = await (0,json/* jsonKeyLines */.vT)(text, 2, pace);
        const deps = new Map();
        for (const section of SECTIONS) {
            for (const [name, value] of (0,types/* entriesOf */.Mc)((0,types/* own */.ZV)(doc, section))) {
                if (deps.has(name))
                    continue; // peer + dev of one package is one dependency
                const spec = typeof value === 'string' ? value : String(value);
                deps.set(name, {
                    name,
                    version: spec,
                    direct: true,
                    line: lines.get(`${section}${json/* SEP */.d$}${name}`),
                    source: (0,sources/* npmSpecSource */.YT)(spec),
                });
            }
        }
        const directives = [];
        const scripts = (0,types/* own */.ZV)(doc, 'scripts');
        for (const hook of INSTALL_HOOKS) {
            const cmd = (0,types/* str */.gx)(scripts, hook);
            if (cmd === undefined)
                continue;
            directives.push({
                rule: 'installScripts',
                key: `scripts.${hook}`,
                value: cmd,
                text: `install script "${hook}": ${(0,types/* oneLine */.TN)(cmd)}`,
                line: lines.get(`scripts${json/* SEP */.d$}${hook}`),
            });
        }
        // Package managers that run no dependency's install scripts but those named here.
        directives.push(...trustedDirectives((0,types/* own */.ZV)(doc, 'trustedDependencies'), 'trustedDependencies', lines.get('trustedDependencies')), ...trustedDirectives((0,types/* own */.ZV)((0,types/* own */.ZV)(doc, 'pnpm'), 'onlyBuiltDependencies'), 'pnpm.onlyBuiltDependencies', lines.get(`pnpm${json/* SEP */.d$}onlyBuiltDependencies`)));
        return { deps: [...deps.values()], directives };
    },
};
/** Packages that may run their install scripts: Bun and pnpm run no dependency's but these. */
function trustedDirectives(list, where, line) {
    if (!Array.isArray(list))
        return [];
    return list
        .filter((n) => typeof n === 'string')
        .map((name) => ({
        rule: 'installScripts',
        key: `${where} ${name}`,
        value: '',
        text: `${where} "${name}" (its install scripts run)`,
        line,
    }));
}
/** `sha512-abc sha1-def` \u2192 { sha512: 'abc', sha1: 'def' }. */
function sriDigests(integrity) {
    if (!integrity)
        return undefined;
    const out = (0,types/* digestTable */.lN)();
    for (const part of integrity.trim().split(/\s+/)) {
        const dash = part.indexOf('-');
        if (dash > 0)
            out[part.slice(0, dash)] = part.slice(dash + 1);
    }
    return Object.keys(out).length ? out : undefined;
}
const NPM_REGISTRY = 'registry.npmjs.org';
const NPM_TARBALLS = `https://${NPM_REGISTRY}/`;
/** A name and a version a tarball URL holds as they are: nothing to decode, no `?`, `#` or `/-/`. */
const PLAIN_NAME = /^(?:@[\w.-]+\/)?[\w.-]+$/;
const PLAIN_VERSION = /^\d[\w.+-]*$/;
/**
 * Whether `resolved` is npm's own tarball of this name and version,
 * `https://registry.npmjs.org/<name>/-/<unscoped name>-<version>.tgz`, what nearly every entry of
 * a lockfile holds: the public registry, no alias, and nothing the general reading would find.
 * Compared in place, without taking the URL apart.
 */
function ownTarball(resolved, name, version) {
    if (!resolved.startsWith(NPM_TARBALLS) || !resolved.endsWith('.tgz'))
        return false;
    const unscoped = name.slice(name.lastIndexOf('/') + 1);
    let at = NPM_TARBALLS.length;
    if (!resolved.startsWith(name, at))
        return false;
    at += name.length;
    if (!resolved.startsWith('/-/', at))
        return false;
    at += 3;
    if (!resolved.startsWith(unscoped, at) || resolved.charCodeAt(at + unscoped.length) !== 0x2d /* - */)
        return false;
    at += unscoped.length + 1;
    return (resolved.startsWith(version, at) &&
        at + version.length + '.tgz'.length === resolved.length &&
        // `\u2026/archive/\u2026` is read as a URL of its own, whatever host serves it.
        unscoped !== 'archive' &&
        PLAIN_NAME.test(name) &&
        PLAIN_VERSION.test(version));
}
/** Where a lockfile's `resolved` points, checked against the name and version it is resolved for. */
function lockSource(resolved, name, version) {
    if (!resolved)
        return undefined;
    if (ownTarball(resolved, name, version))
        return (0,sources/* registry */.u5)(NPM_REGISTRY);
    const source = (0,sources/* npmResolvedSource */.jA)(resolved);
    return source?.kind === 'registry' ? ((0,sources/* tarballMismatch */.$F)(resolved, name, version) ?? source) : source;
}
/** An npm lockfile entry: where it comes from and its digests are read when asked for. */
class PackageLockEntry extends LockEntry {
    lines;
    place;
    resolved;
    integrity;
    link;
    v1;
    installScript;
    constructor(name, version, direct, 
    /** Lines of the keys of `packages` (or, in lockfileVersion 1, of the top `dependencies`). */
    lines, 
    /** The entry's place among those keys; undefined for a nested entry of lockfileVersion 1. */
    place, resolved, integrity, link, 
    /** lockfileVersion 1, where `version` holds a git or file spec itself. */
    v1, installScript) {
        super(name, version, direct);
        this.lines = lines;
        this.place = place;
        this.resolved = resolved;
        this.integrity = integrity;
        this.link = link;
        this.v1 = v1;
        this.installScript = installScript;
    }
    get line() {
        return this.place === undefined ? undefined : this.lines.line(this.place);
    }
    findLine(pace) {
        return this.place === undefined ? undefined : this.lines.find(pace);
    }
    sameAs(other) {
        return (other instanceof PackageLockEntry &&
            other.version === this.version &&
            other.resolved === this.resolved &&
            other.integrity === this.integrity &&
            other.link === this.link &&
            other.v1 === this.v1 &&
            other.installScript === this.installScript);
    }
    readSource() {
        const { resolved, name, version } = this;
        if (this.link)
            return { kind: 'link', where: resolved ?? '' };
        if (resolved)
            return lockSource(resolved, name, version);
        return this.v1 && /^(?:git\+|[a-z]+:)|^[\w.-]+\/[\w.-]+#/.test(version)
            ? (0,sources/* npmSpecSource */.YT)(version)
            : undefined;
    }
    readDigests() {
        return sriDigests(this.integrity);
    }
}
const NODE_MODULES = 'node_modules/';
const packageLock = {
    ecosystem: 'npm',
    kind: 'lockfile',
    match: (p) => ['package-lock.json', 'npm-shrinkwrap.json'].includes((0,types/* basename */.P8)(p)) && notVendored(p),
    async parse(text, pace) {
        const doc = (0,json/* json */.Pq)(text);
        const out = [];
        const packages = (0,types/* own */.ZV)(doc, 'packages');
        if ((0,types/* isTable */.bI)(packages)) {
            const keys = Object.keys(packages);
            // Lines are found only for the entries a change names.
            const lines = new MemberKeyLines(text, 'packages', keys);
            // What the root and each workspace declare: their top-level copies are direct.
            const declared = new Set();
            for (const key of keys)
                if (!key.includes(NODE_MODULES))
                    for (const section of SECTIONS)
                        for (const name of keysOf((0,types/* own */.ZV)(packages[key], section)))
                            declared.add(name);
            for (let place = 0; place < keys.length; place++) {
                if (pace.due())
                    await pace.turn();
                const key = keys[place];
                const at = key.lastIndexOf(NODE_MODULES);
                const p = packages[key];
                if (at < 0 || !(0,types/* isTable */.bI)(p))
                    continue;
                const link = (0,types/* own */.ZV)(p, 'link') === true;
                const resolved = (0,types/* str */.gx)(p, 'resolved');
                const version = (0,types/* str */.gx)(p, 'version') ?? (link ? `link:${resolved ?? ''}` : undefined);
                if (!version)
                    continue;
                // `node_modules/a/node_modules/@s/b` \u2192 `@s/b`
                const path = key.slice(at + NODE_MODULES.length);
                const topLevel = key.indexOf(NODE_MODULES) === at;
                out.push(new PackageLockEntry((0,types/* str */.gx)(p, 'name') ?? path, version, topLevel && declared.has(path), lines, place, resolved, (0,types/* str */.gx)(p, 'integrity'), link, false, (0,types/* own */.ZV)(p, 'hasInstallScript') === true || undefined));
            }
            return { deps: out };
        }
        // lockfileVersion 1: nested `dependencies`; `version` holds the git or file spec itself.
        const top = (0,types/* own */.ZV)(doc, 'dependencies');
        const lines = new MemberKeyLines(text, 'dependencies', keysOf(top));
        const walk = async (deps, nested) => {
            const entries = (0,types/* entriesOf */.Mc)(deps);
            for (let place = 0; place < entries.length; place++) {
                await pace.step();
                const [name, d] = entries[place];
                const version = (0,types/* str */.gx)(d, 'version');
                if (version)
                    out.push(new PackageLockEntry(name, version, false, lines, nested ? undefined : place, (0,types/* str */.gx)(d, 'resolved'), (0,types/* str */.gx)(d, 'integrity'), false, true, undefined));
                await walk((0,types/* own */.ZV)(d, 'dependencies'), true);
            }
        };
        await walk(top, false);
        return { deps: out };
    },
};
/** A table's own keys; anything else has none. */
function keysOf(v) {
    return (0,types/* isTable */.bI)(v) ? Object.keys(v) : [];
}

;// CONCATENATED MODULE: ./src/checks/dependencies/bun.ts






/**
 * Bun writes JSON with trailing commas. They go before JSON.parse reads it: one pass that
 * leaves strings alone.
 */
function withoutTrailingCommas(text) {
    let out = '';
    let from = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x22 /* " */) {
            for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++)
                if (text.charCodeAt(i) === 0x5c)
                    i++;
        }
        else if (c === 0x2c /* , */) {
            let j = i + 1;
            while (j < text.length && (0,types/* isSpace */.xC)(text.charCodeAt(j)))
                j++;
            if (text[j] === '}' || text[j] === ']') {
                out += text.slice(from, i);
                from = i + 1;
            }
        }
    }
    return out + text.slice(from);
}
/** `@s/a@1.0.0` \u2192 name `@s/a`, the rest `1.0.0` (or `github:\u2026`, `workspace:\u2026`). */
function ident(s) {
    const at = s.indexOf('@', 1);
    return at > 0 ? { name: s.slice(0, at), rest: s.slice(at + 1) } : undefined;
}
/** A `packages` tuple: where it comes from, its digests and its line, read when asked for. */
class BunEntry extends LockEntry {
    lines;
    place;
    registryUrl;
    integrity;
    constructor(name, version, direct, lines, 
    /** The tuple's place among the keys of `packages`. */
    place, 
    /** The registry it names ("" is the default one). */
    registryUrl, integrity) {
        super(name, version, direct);
        this.lines = lines;
        this.place = place;
        this.registryUrl = registryUrl;
        this.integrity = integrity;
    }
    /** A version, not a spec that says where (`github:\u2026`, `workspace:\u2026`). */
    get plain() {
        return /^\d/.test(this.version);
    }
    get line() {
        return this.lines.line(this.place);
    }
    findLine(pace) {
        return this.lines.find(pace);
    }
    sameAs(other) {
        return (other instanceof BunEntry &&
            other.version === this.version &&
            other.registryUrl === this.registryUrl &&
            other.integrity === this.integrity);
    }
    readSource() {
        if (!this.plain)
            return (0,sources/* npmSpecSource */.YT)(this.version);
        return this.registryUrl ? (0,sources/* registryAt */.Rb)(this.registryUrl) : (0,sources/* registry */.u5)();
    }
    readDigests() {
        return this.plain && this.integrity !== undefined ? sriDigests(this.integrity) : undefined;
    }
}
/**
 * bun.lock (text lockfile): `workspaces` with what each declares (direct), and `packages`, one
 * tuple per installed package: `["name@1.0.0", registry, metadata, integrity]` for the
 * registry ("" is the default one), `["name@github:\u2026", \u2026]` and the like for the rest.
 */
const bunLock = {
    ecosystem: 'npm',
    kind: 'lockfile',
    match: (p) => (0,types/* basename */.P8)(p) === 'bun.lock',
    async parse(text, pace) {
        const doc = (0,json/* json */.Pq)(withoutTrailingCommas(text));
        const direct = new Set();
        for (const [, ws] of (0,types/* entriesOf */.Mc)((0,types/* own */.ZV)(doc, 'workspaces')))
            for (const section of SECTIONS)
                for (const [name] of (0,types/* entriesOf */.Mc)((0,types/* own */.ZV)(ws, section)))
                    direct.add(name);
        const out = [];
        const packages = (0,types/* own */.ZV)(doc, 'packages');
        const keys = (0,types/* isTable */.bI)(packages) ? Object.keys(packages) : [];
        // Lines are found only for the packages a change names. Trailing commas make no key.
        const lines = new MemberKeyLines(text, 'packages', keys);
        for (let place = 0; place < keys.length; place++) {
            if (pace.due())
                await pace.turn();
            const key = keys[place];
            const tuple = packages[key];
            if (!Array.isArray(tuple) || typeof tuple[0] !== 'string')
                continue;
            const id = ident(tuple[0]);
            if (!id)
                continue;
            out.push(new BunEntry(id.name, id.rest, 
            // A top-level package's key is the name the project declared; a nested one's is a path.
            direct.has(key), lines, place, typeof tuple[1] === 'string' ? tuple[1] : '', typeof tuple[3] === 'string' ? tuple[3] : undefined));
        }
        const trusted = (0,types/* own */.ZV)(doc, 'trustedDependencies');
        // Its line only when it lists packages (a pass over the top level alone).
        const trustedLine = Array.isArray(trusted)
            ? (await (0,json/* jsonKeyLines */.vT)(text, 1, pace)).get('trustedDependencies')
            : undefined;
        return { deps: out, directives: trustedDirectives(trusted, 'trustedDependencies', trustedLine) };
    },
};

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/checks/dependencies/tomlChunks.ts


function toml(text, firstLine = 1) {
    try {
        return (0,dist/* parse */.qg)(text);
    }
    catch (err) {
        const where = firstLine > 1 ? ` (in the part from line ${firstLine})` : '';
        throw new Error(`not valid TOML${where}: ${err.message.split('\n')[0]}`);
    }
}
const PACKAGE_HEADER = /^\s*\[\[\s*package\s*\]\]\s*(?:#.*)?$/;
const NAME_LINE = /^\s*name\s*=/;
/** Packages parsed at once: a slice of a few milliseconds. */
const SLICE = 200;
/**
 * A lockfile made of `[[package]]` tables (Cargo.lock, poetry.lock, uv.lock, pdm.lock), parsed
 * a slice of packages at a time with a turn of the event loop between slices: parsed whole, a
 * lockfile of thousands of packages holds the loop for a third of a second. Each slice is a
 * TOML document of its own (a package's sub-tables follow its header), and the tables outside
 * `package` (`metadata`, `version`) are merged into `top`.
 */
async function tomlPackages(text, pace) {
    const lines = text.split('\n');
    const headers = [];
    const names = [];
    for (let i = 0; i < lines.length; i++) {
        await pace.step();
        const l = lines[i];
        if (PACKAGE_HEADER.test(l)) {
            headers.push(i);
            names.push(undefined);
        }
        else if (headers.length && names[names.length - 1] === undefined && NAME_LINE.test(l))
            names[names.length - 1] = i + 1;
    }
    const top = {};
    const packages = [];
    const merge = (doc) => {
        for (const [k, v] of Object.entries(doc))
            if (k !== 'package')
                Object.defineProperty(top, k, { value: v, enumerable: true, writable: true, configurable: true });
    };
    const preamble = headers.length ? headers[0] : lines.length;
    merge(toml(lines.slice(0, preamble).join('\n')));
    for (let at = 0; at < headers.length; at += SLICE) {
        await pace.turn();
        const from = headers[at];
        const to = at + SLICE < headers.length ? headers[at + SLICE] : lines.length;
        const doc = toml(lines.slice(from, to).join('\n'), from + 1);
        const list = Array.isArray(doc.package) ? doc.package : [];
        // A header this scan did not see (`[[ "package" ]]`) shifts nothing: lines are left out instead.
        const counted = Math.min(SLICE, headers.length - at);
        list.forEach((t, k) => {
            if (!(0,types/* isTable */.bI)(t))
                return;
            packages.push({
                table: t,
                line: list.length === counted ? (names[at + k] ?? headers[at + k] + 1) : undefined,
            });
        });
        merge(doc);
    }
    return { top, packages };
}

;// CONCATENATED MODULE: ./src/checks/dependencies/cargo.ts



function cargoSpec(v) {
    if (typeof v === 'string')
        return v;
    if ((0,types/* own */.ZV)(v, 'workspace') === true)
        return 'workspace';
    const g = (0,types/* str */.gx)(v, 'git');
    if (g)
        return `git ${g}#${(0,types/* str */.gx)(v, 'rev') ?? (0,types/* str */.gx)(v, 'tag') ?? (0,types/* str */.gx)(v, 'branch') ?? ''}`;
    const version = (0,types/* str */.gx)(v, 'version');
    const path = (0,types/* str */.gx)(v, 'path');
    if (path && version === undefined)
        return `path ${path}`;
    return version ?? '*';
}
function cargoSource(v) {
    const g = (0,types/* str */.gx)(v, 'git');
    if (g)
        return (0,sources/* git */.$Y)(g);
    const path = (0,types/* str */.gx)(v, 'path');
    if (path)
        return { kind: 'file', where: path };
    const reg = (0,types/* str */.gx)(v, 'registry');
    return (0,sources/* registry */.u5)(reg ?? '');
}
/** The dependency tables of a manifest: `[dependencies]`, dev, build, workspace and per target. */
function dependencyTables(doc) {
    const tables = [
        (0,types/* own */.ZV)(doc, 'dependencies'),
        (0,types/* own */.ZV)(doc, 'dev-dependencies'),
        (0,types/* own */.ZV)(doc, 'build-dependencies'),
    ];
    tables.push((0,types/* own */.ZV)((0,types/* own */.ZV)(doc, 'workspace'), 'dependencies'));
    for (const [, t] of (0,types/* entriesOf */.Mc)((0,types/* own */.ZV)(doc, 'target')))
        tables.push((0,types/* own */.ZV)(t, 'dependencies'), (0,types/* own */.ZV)(t, 'dev-dependencies'), (0,types/* own */.ZV)(t, 'build-dependencies'));
    return tables;
}
/**
 * Cargo.toml: dependencies, and `[patch.<registry>]` / `[replace]` entries, which build other
 * code under a crate's name.
 */
const cargoToml = {
    ecosystem: 'cargo',
    kind: 'manifest',
    match: (p) => (0,types/* basename */.P8)(p) === 'Cargo.toml',
    async parse(text) {
        const doc = toml(text);
        const out = new Map();
        for (const t of dependencyTables(doc))
            for (const [key, v] of (0,types/* entriesOf */.Mc)(t)) {
                // `alias = { package = "real-name", \u2026 }`
                const name = (0,types/* str */.gx)(v, 'package') ?? key;
                if (!out.has(name))
                    out.set(name, {
                        name,
                        version: cargoSpec(v),
                        direct: true,
                        line: (0,types/* lineOf */.cA)(text, new RegExp(`^\\s*${(0,types/* escapeRegex */.$f)(key)}\\s*=`, 'm')),
                        source: cargoSource(v),
                    });
            }
        const directives = [];
        const patch = (scope, header, name, v) => {
            const to = cargoSpec(v);
            directives.push({
                rule: 'sources',
                key: `${scope} ${name}`,
                value: to,
                text: `${scope} ${name} = ${to}`,
                where: cargoSource(v).where,
                line: lineAfter(text, header, new RegExp(`^\\s*"?${(0,types/* escapeRegex */.$f)(name)}"?\\s*=`, 'm')),
            });
        };
        for (const [registryName, t] of (0,types/* entriesOf */.Mc)((0,types/* own */.ZV)(doc, 'patch')))
            for (const [name, v] of (0,types/* entriesOf */.Mc)(t))
                patch(`[patch.${registryName}]`, new RegExp(`^\\s*\\[patch\\.["']?${(0,types/* escapeRegex */.$f)(registryName)}`, 'm'), name, v);
        for (const [name, v] of (0,types/* entriesOf */.Mc)((0,types/* own */.ZV)(doc, 'replace')))
            patch('[replace]', /^\s*\[replace\]/m, name, v);
        return { deps: [...out.values()], directives };
    },
};
/** The line of the first match of `entry` after the first match of `header` (a table's key). */
function lineAfter(text, header, entry) {
    const start = text.search(header);
    if (start < 0)
        return (0,types/* lineOf */.cA)(text, entry);
    const rest = text.slice(start).search(entry);
    return rest < 0 ? undefined : (0,types/* lineAt */.mh)(text, start + rest);
}
/** `registry+https://\u2026`, `sparse+https://\u2026`, `git+https://\u2026?branch=x#sha`. */
function cargo_lockSource(s) {
    if (s.startsWith('git+'))
        return (0,sources/* git */.$Y)(s.slice(4).replace(/[?#].*$/, ''));
    if (s.startsWith('registry+') || s.startsWith('sparse+'))
        return (0,sources/* registryAt */.Rb)(s.slice(s.indexOf('+') + 1));
    return { kind: 'url', where: (0,sources/* hostOf */.w4)(s) ?? s };
}
/** Cargo.lock: packages with a `source` come from a registry or git; those without are the workspace's own. */
const cargoLock = {
    ecosystem: 'cargo',
    kind: 'lockfile',
    match: (p) => (0,types/* basename */.P8)(p) === 'Cargo.lock',
    async parse(text, pace) {
        const { packages } = await tomlPackages(text, pace);
        const out = [];
        for (const { table: p, line } of packages) {
            await pace.step();
            const name = (0,types/* str */.gx)(p, 'name');
            const version = (0,types/* str */.gx)(p, 'version');
            if (!name || !version)
                continue;
            const source = (0,types/* str */.gx)(p, 'source');
            const checksum = (0,types/* str */.gx)(p, 'checksum');
            const digests = checksum ? (0,types/* digestTable */.lN)() : undefined;
            if (digests && checksum)
                digests.sha256 = checksum;
            out.push({
                name,
                version,
                direct: false,
                line,
                source: source ? cargo_lockSource(source) : { kind: 'file', where: '' },
                digests,
                local: source === undefined || undefined,
            });
        }
        return { deps: out };
    },
};
/**
 * `.cargo/config.toml`: source replacement (`[source.crates-io] replace-with = \u2026`) sends every
 * crate of a registry somewhere else, and `[registries]` names registries by their index.
 */
const cargoConfig = {
    ecosystem: 'cargo',
    kind: 'manifest',
    match: (p) => /(?:^|\/)\.cargo\/config(?:\.toml)?$/.test(p),
    async parse(text) {
        const doc = toml(text);
        const directives = [];
        for (const [name, t] of (0,types/* entriesOf */.Mc)((0,types/* own */.ZV)(doc, 'source')))
            for (const key of ['replace-with', 'registry', 'git', 'directory', 'local-registry']) {
                const v = (0,types/* str */.gx)(t, key);
                if (v === undefined)
                    continue;
                directives.push({
                    rule: 'sources',
                    key: `[source.${name}] ${key}`,
                    value: v,
                    text: `[source.${name}] ${key} = ${v}`,
                    where: /^[a-z]+:\/\//i.test(v) ? (key === 'git' ? (0,sources/* git */.$Y)(v).where : (0,sources/* hostOf */.w4)(v)) : v,
                    line: (0,types/* lineOf */.cA)(text, new RegExp(`^\\s*${(0,types/* escapeRegex */.$f)(key)}\\s*=\\s*["']${(0,types/* escapeRegex */.$f)(v)}`, 'm')),
                });
            }
        for (const [name, t] of (0,types/* entriesOf */.Mc)((0,types/* own */.ZV)(doc, 'registries'))) {
            const index = (0,types/* str */.gx)(t, 'index');
            if (!index)
                continue;
            directives.push({
                rule: 'sources',
                key: `[registries.${name}] index`,
                value: index,
                text: `[registries.${name}] index = ${index}`,
                where: (0,sources/* hostOf */.w4)(index.replace(/^(?:sparse|registry)\+/, '')),
                line: (0,types/* lineOf */.cA)(text, index),
            });
        }
        return { deps: [], directives };
    },
};

;// CONCATENATED MODULE: ./src/checks/dependencies/go.ts

/** A module path, with an optional version (`example.com/a v1.2.3`, `../fork`). */
function modulePart(s) {
    const [path, version] = s.trim().split(/\s+/);
    return { path: path.replace(/^"|"$/g, ''), version };
}
/**
 * go.mod: `require` lines and blocks (`// indirect` marks what other modules need), and
 * `replace` directives, which swap a module's code for another module or a local folder:
 * what the build compiles is no longer what go.sum's checksum database vouches for.
 */
const goMod = {
    ecosystem: 'go',
    kind: 'manifest',
    match: (p) => (0,types/* basename */.P8)(p) === 'go.mod',
    async parse(text, pace) {
        const deps = [];
        const directives = [];
        let block;
        const lines = (0,types/* linesOf */.Dx)(text);
        for (let i = 0; i < lines.length; i++) {
            await pace.step();
            const line = lines[i].replace(/\/\/(?!\s*indirect\b).*$/, '').trim();
            if (block && line.startsWith(')')) {
                block = undefined;
                continue;
            }
            const opens = /^(require|replace)\s*\($/.exec(line);
            if (opens) {
                block = opens[1];
                continue;
            }
            const single = /^(require|replace)\s+(.*)$/.exec(line);
            const verb = block ?? single?.[1];
            const body = block ? line : single?.[2];
            if (!verb || !body)
                continue;
            if (verb === 'require') {
                const m = /^(\S+)\s+(v\S+)(.*)$/.exec(body);
                if (m)
                    deps.push({
                        name: m[1].replace(/^"|"$/g, ''),
                        version: m[2],
                        direct: !/\/\/\s*indirect\b/.test(m[3]),
                        line: i + 1,
                    });
                continue;
            }
            const arrow = body.indexOf('=>');
            if (arrow < 0)
                continue;
            const from = modulePart(body.slice(0, arrow));
            const to = modulePart(body.slice(arrow + 2));
            const old = `${from.path}${from.version ? ` ${from.version}` : ''}`;
            const target = `${to.path}${to.version ? ` ${to.version}` : ''}`;
            directives.push({
                rule: 'sources',
                key: `replace ${old}`,
                value: target,
                text: `replace ${old} => ${target}`,
                where: to.path,
                line: i + 1,
            });
        }
        return { deps, directives };
    },
};
/**
 * go.sum: one line per module version (`h1:` of its zip) and per go.mod (`/go.mod h1:`). The
 * checksum of a version never changes on the module proxy: another one is other code.
 */
const goSum = {
    ecosystem: 'go',
    kind: 'lockfile',
    match: (p) => (0,types/* basename */.P8)(p) === 'go.sum',
    async parse(text, pace) {
        const byVersion = new Map();
        const lines = (0,types/* linesOf */.Dx)(text);
        for (let i = 0; i < lines.length; i++) {
            await pace.step();
            const m = /^(\S+)\s+(v[^\s/]+)(\/go\.mod)?\s+(\S+)\s*$/.exec(lines[i]);
            if (!m)
                continue;
            const [, name, version, gomod, hash] = m;
            const id = `${name} ${version}`;
            let d = byVersion.get(id);
            if (!d) {
                d = { name, version, direct: false, line: i + 1, digests: (0,types/* digestTable */.lN)() };
                byVersion.set(id, d);
            }
            const algo = hash.slice(0, hash.indexOf(':') + 1) || 'hash';
            d.digests[`${gomod ? 'go.mod ' : ''}${algo}`] = hash;
            // A finding names the line of the code's checksum, not of its go.mod's.
            if (!gomod)
                d.line = i + 1;
        }
        return { deps: [...byVersion.values()] };
    },
};

;// CONCATENATED MODULE: ./src/checks/dependencies/yamlBlocks.ts

const fail = (line, why) => {
    throw new Error(`line ${line}: ${why}`);
};
function singleQuoted(s, line) {
    let j = 1;
    for (;;) {
        const k = s.indexOf("'", j);
        if (k < 0)
            return fail(line, 'a quoted string does not end on its line');
        if (s[k + 1] === "'") {
            j = k + 2;
            continue;
        }
        return [s.slice(1, k).replace(/''/g, "'"), s.slice(k + 1)];
    }
}
function doubleQuoted(s, line) {
    let k = 1;
    for (;;) {
        k = s.indexOf('"', k);
        if (k < 0)
            return fail(line, 'a quoted string does not end on its line');
        let backslashes = 0;
        for (let b = k - 1; s[b] === '\\'; b--)
            backslashes++;
        if (backslashes % 2 === 0)
            break;
        k++;
    }
    try {
        return [JSON.parse(s.slice(0, k + 1)), s.slice(k + 1)];
    }
    catch {
        return fail(line, 'a double-quoted string with an escape this reader does not take');
    }
}
/** Where a plain key ends, `/^(.*?):(?=\s|$)/` read in place: the place of its colon, or -1. */
function plainKeyEnd(body) {
    for (let j = 0; j < body.length; j++) {
        const c = body.charCodeAt(j);
        if (c === 0x3a /* : */ && (j + 1 === body.length || (0,types/* isSpace */.xC)(body.charCodeAt(j + 1))))
            return j;
        if ((0,types/* isLineBreak */.MC)(c))
            return -1;
    }
    return -1;
}
/**
 * Reads a block YAML document line by line, as lockfile writers (pnpm's) lay it out: mappings
 * by indentation, scalars, quoted strings and one-line flow maps and lists. A large lockfile
 * parsed whole by a general YAML parser takes seconds and holds the event loop all that time;
 * this takes one pass and pauses as it goes. It fails on what it does not understand (anchors,
 * aliases, tags, complex keys, a scalar continued on another line) rather than guess, since a
 * line it skipped could be the one that matters.
 */
async function readYamlBlocks(text, pace, onEntry) {
    const lines = text.split('\n');
    const stack = [];
    /** The keys of `stack`, from the top of the document down. */
    const keys = [];
    /** Lines indented deeper than this belong to a block scalar or a list item: data, not structure. */
    let skipDeeperThan = -1;
    for (let i = 0; i < lines.length; i++) {
        if (pace.due())
            await pace.turn();
        const n = i + 1;
        let raw = lines[i];
        if (raw.endsWith('\r'))
            raw = raw.slice(0, -1);
        let indent = 0;
        while (raw.charCodeAt(indent) === 0x20)
            indent++;
        const body = raw.slice(indent);
        if ((0,types/* isBlank */.z3)(body) || body.startsWith('#'))
            continue;
        if (skipDeeperThan >= 0) {
            if (indent > skipDeeperThan)
                continue;
            skipDeeperThan = -1;
        }
        if (body.startsWith('\t'))
            fail(n, 'a tab in the indentation');
        if (indent === 0 && (body === '---' || body.startsWith('--- '))) {
            stack.length = 0; // the next document
            keys.length = 0;
            continue;
        }
        if (indent === 0 && body === '...')
            continue;
        while (stack.length && stack[stack.length - 1].indent >= indent) {
            stack.pop();
            keys.pop();
        }
        if (body === '-' || body.startsWith('- ')) {
            skipDeeperThan = indent;
            continue;
        }
        let key;
        let rest;
        if (body[0] === "'")
            [key, rest] = singleQuoted(body, n);
        else if (body[0] === '"')
            [key, rest] = doubleQuoted(body, n);
        else if ('?&*![]{}|>%@`,'.includes(body[0]))
            return fail(n, `"${body[0]}" opens something this reader does not take`);
        else {
            const end = plainKeyEnd(body);
            if (end < 0)
                return fail(n, 'expected "key: value"');
            key = body.slice(0, end).trimEnd();
            rest = body.slice(end);
        }
        rest = rest.trimStart();
        if (!rest.startsWith(':'))
            fail(n, 'expected ":" after the key');
        let value = rest.slice(1).trim();
        const path = [...keys, key];
        if (!value || value.startsWith('#')) {
            stack.push({ indent, key });
            keys.push(key);
            onEntry({ path, value: undefined, line: n });
            continue;
        }
        const c = value[0];
        if (c === '|' || c === '>') {
            skipDeeperThan = indent;
            onEntry({ path, value: '', line: n });
            continue;
        }
        if (c === '&' || c === '*' || c === '!')
            fail(n, 'anchors, aliases and tags are not read');
        if (c === "'" || c === '"') {
            const [v, after] = c === "'" ? singleQuoted(value, n) : doubleQuoted(value, n);
            if (after.trim() && !after.trim().startsWith('#'))
                fail(n, 'text after a quoted value');
            value = v;
        }
        else if (c === '{' || c === '[') {
            if (!value.endsWith(c === '{' ? '}' : ']'))
                fail(n, 'a flow collection does not end on its line');
        }
        else if (value.includes('#'))
            value = value.replace(/\s+#.*$/, '');
        onEntry({ path, value, line: n });
    }
}
/** A flow map's key without single quotes around it (`/^'(.*)'$/` \u2192 `$1`). */
function unquoteKey(k) {
    if (k.length < 2 || k.charCodeAt(0) !== 0x27 || k.charCodeAt(k.length - 1) !== 0x27)
        return k;
    for (let i = 1; i < k.length - 1; i++)
        if ((0,types/* isLineBreak */.MC)(k.charCodeAt(i)))
            return k;
    return k.slice(1, -1);
}
/** `{integrity: sha512-x, tarball: 'https://\u2026'}` \u2192 its keys and unquoted values (one level). */
function flowMap(raw, line) {
    // `raw.trim().replace(/^\{/, '').replace(/\}$/, '')`, without a pattern per line.
    const t = raw.trim();
    const from = t.charCodeAt(0) === 0x7b /* { */ ? 1 : 0;
    const to = t.length > from && t.charCodeAt(t.length - 1) === 0x7d /* } */ ? t.length - 1 : t.length;
    const inner = t.slice(from, to);
    const out = new Map();
    let i = 0;
    while (i < inner.length) {
        while (inner[i] === ' ' || inner[i] === ',')
            i++;
        if (i >= inner.length)
            break;
        const colon = inner.indexOf(':', i);
        if (colon < 0)
            fail(line, 'expected "key: value" in a flow map');
        const key = unquoteKey(inner.slice(i, colon).trim());
        i = colon + 1;
        while (inner[i] === ' ')
            i++;
        let value;
        const c = inner[i];
        if (c === '{' || c === '[')
            return fail(line, 'a nested flow collection');
        if (c === "'" || c === '"') {
            const [v, after] = c === "'" ? singleQuoted(inner.slice(i), line) : doubleQuoted(inner.slice(i), line);
            value = v;
            i = inner.length - after.length;
        }
        else {
            const end = inner.indexOf(',', i);
            value = inner.slice(i, end < 0 ? inner.length : end).trim();
            i = end < 0 ? inner.length : end;
        }
        out.set(key, value);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/checks/dependencies/pnpm.ts





const DEP_SECTIONS = new Set(['dependencies', 'devDependencies', 'optionalDependencies']);
/**
 * A `packages:` key as name and version, by lockfile version: `@s/a@1.0.0` (v9),
 * `/@s/a@1.0.0(react@18.0.0)` (v6\u2013v8), `/@s/a/1.0.0_react@18.0.0` (v5).
 */
function splitKey(key, major) {
    let k = key.startsWith('/') ? key.slice(1) : key;
    const paren = k.indexOf('(');
    if (paren > 0)
        k = k.slice(0, paren);
    if (major >= 6) {
        const at = k.indexOf('@', 1);
        return at > 0 ? { name: k.slice(0, at), version: k.slice(at + 1) } : undefined;
    }
    const m = /^(.+)\/([^/]+)$/.exec(k);
    return m ? { name: m[1], version: m[2].replace(/_.*$/, '') } : undefined;
}
/** What a `resolution:` says about where the package comes from. */
function resolutionSource(r, version) {
    const tarball = r.get('tarball');
    if (r.get('type') === 'git' || r.has('commit'))
        return (0,sources/* git */.$Y)(r.get('repo') ?? '');
    if (r.get('type') === 'directory' || r.has('directory'))
        return { kind: 'file', where: r.get('directory') ?? '' };
    // pnpm writes a tarball only where the registry would not give it: always a place of its own.
    if (tarball) {
        const s = (0,sources/* npmResolvedSource */.jA)(tarball);
        return s?.kind === 'registry' ? { kind: 'url', where: s.where } : s;
    }
    if (/^(?:https?|git\+|file|link):/.test(version))
        return (0,sources/* npmSpecSource */.YT)(version);
    return r.has('integrity') ? (0,sources/* registry */.u5)() : undefined;
}
/** A `packages:` entry: where it comes from and its digests, read from its `resolution` when asked for. */
class PnpmEntry extends LockEntry {
    line;
    resolution;
    installScript;
    constructor(name, version, direct, line, resolution, installScript) {
        super(name, version, direct);
        this.line = line;
        this.resolution = resolution;
        this.installScript = installScript;
    }
    sameAs(other) {
        if (!(other instanceof PnpmEntry) ||
            other.version !== this.version ||
            other.installScript !== this.installScript ||
            other.resolution.size !== this.resolution.size)
            return false;
        for (const [k, v] of this.resolution)
            if (other.resolution.get(k) !== v)
                return false;
        return true;
    }
    readSource() {
        return resolutionSource(this.resolution, this.version);
    }
    readDigests() {
        return sriDigests(this.resolution.get('integrity'));
    }
}
/**
 * pnpm-lock.yaml (v5 to v9, one or several documents): `packages:` for what is resolved (its
 * `resolution` tells where from, its `requiresBuild` whether it runs install scripts), and the
 * importers (or, in a single-project v5/v6 lockfile, the top-level sections) for what the
 * project declares, which is direct.
 */
const pnpmLock = {
    ecosystem: 'npm',
    kind: 'lockfile',
    match: (p) => (0,types/* basename */.P8)(p) === 'pnpm-lock.yaml',
    async parse(text, pace) {
        let major = 9;
        const entries = new Map();
        const declared = new Map();
        let current;
        await readYamlBlocks(text, pace, ({ path, value, line }) => {
            const [top, second, third] = path;
            if (path.length === 1 && top === 'lockfileVersion' && value !== undefined) {
                const v = Number.parseFloat(value);
                if (Number.isFinite(v))
                    major = Math.floor(v);
                return;
            }
            if (top === 'packages') {
                if (path.length === 2) {
                    current = { key: second, line };
                    entries.set(second, current);
                    return;
                }
                if (!current || current.key !== second)
                    return;
                if (path.length === 3) {
                    if (third === 'resolution' && value !== undefined)
                        current.resolution = flowMap(value, line);
                    else if (third === 'requiresBuild')
                        current.requiresBuild = value === 'true';
                    else if (third === 'optional')
                        current.optional = value === 'true';
                    else if (third === 'name' && value)
                        current.name = value;
                    else if (third === 'version' && value)
                        current.version = value;
                }
                else if (path.length === 4 && third === 'resolution' && value !== undefined)
                    (current.resolution ??= new Map()).set(path[3], value);
                return;
            }
            // importers.<dir>.<section>.<name>[.version] (v6+), or <section>.<name>[.version] at the top
            const at = top === 'importers' ? 2 : 0;
            const section = path[at];
            if (!section || !DEP_SECTIONS.has(section) || path.length < at + 2)
                return;
            const name = path[at + 1];
            const id = `${at ? second : '.'}\u0000${section}\u0000${name}`;
            if (path.length === at + 2) {
                declared.set(id, { name, line, version: value });
            }
            else if (path.length === at + 3 && path[at + 2] === 'version' && value !== undefined) {
                const d = declared.get(id);
                if (d)
                    d.version = value;
            }
        });
        const direct = new Set();
        for (const d of declared.values())
            direct.add(d.name);
        const out = [];
        for (const e of entries.values()) {
            if (pace.due())
                await pace.turn();
            const fromKey = splitKey(e.key, major);
            const name = e.name ?? fromKey?.name;
            const version = e.version ?? fromKey?.version;
            if (!name || !version)
                continue;
            out.push(new PnpmEntry(name, version, direct.has(name), e.line, e.resolution ?? new Map(), 
            // pnpm cannot tell for an optional platform package it did not fetch, and says "true".
            (e.requiresBuild && !e.optional) || undefined));
        }
        // A workspace package or a local folder has no `packages:` entry: the importer says where.
        for (const d of declared.values())
            if (d.version && /^(?:link|file):/.test(d.version))
                out.push({
                    name: d.name,
                    version: d.version,
                    direct: true,
                    line: d.line,
                    source: (0,sources/* npmSpecSource */.YT)(d.version),
                });
        return { deps: out };
    },
};

;// CONCATENATED MODULE: ./src/checks/dependencies/python.ts



/** PEP 503: names compare case-insensitively with runs of `-_.` equal. */
function normalizePyName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
/** `requests[socks]>=2.31 ; python_version>"3.8"` \u2192 name and requirement. */
function parseRequirement(req) {
    const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*([^;]*)/.exec(req);
    if (!m)
        return undefined;
    return { name: normalizePyName(m[1]), spec: m[2].trim().replace(/\s+/g, '') || '' };
}
/** VCS schemes pip takes (`git+https://\u2026`, `hg+\u2026`): all count as a repository. */
const VCS = /^(?:git|hg|svn|bzr)\+/i;
/** Where a URL or path requirement (`git+https://\u2026@v1#egg=x`, `https://\u2026/x.whl`, `./x.whl`) comes from. */
function pyUrlSource(target) {
    const t = target.trim();
    if (VCS.test(t))
        return (0,sources/* git */.$Y)(t.replace(VCS, ''));
    if (/^file:/i.test(t))
        return { kind: 'file', where: t.replace(/^file:(?:\/\/)?/i, '') };
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(t))
        return { kind: 'url', where: (0,sources/* hostOf */.w4)(t) ?? t };
    return { kind: 'file', where: t };
}
/** A name for a requirement given only as a URL or path: `#egg=`, the archive's file name, the repository. */
function nameOfTarget(target) {
    const egg = /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(target)?.[1];
    if (egg)
        return normalizePyName(egg);
    const path = target.replace(/[?#].*$/, '').replace(/\/+$/, '');
    const file = path.slice(path.lastIndexOf('/') + 1);
    if (sources/* ARCHIVE */.$3.test(file))
        return normalizePyName(file.split('-')[0]);
    return normalizePyName(file.replace(/@.*$/, '').replace(/\.git$/, '')) || target;
}
/** The version a URL requirement names: a VCS ref after `@`, or the archive's version. */
function versionOfTarget(target) {
    const path = target.replace(/[?#].*$/, '');
    const ref = /@([^/@]+)$/.exec(path)?.[1];
    if (VCS.test(target) && ref)
        return ref;
    const file = path.slice(path.lastIndexOf('/') + 1);
    return sources/* ARCHIVE */.$3.test(file) ? (file.split('-')[1] ?? '') : '';
}
/** pip options that decide where packages come from, by their long form. */
const SOURCE_OPTIONS = new Map([
    ['-i', '--index-url'],
    ['--index-url', '--index-url'],
    ['--extra-index-url', '--extra-index-url'],
    ['--trusted-host', '--trusted-host'],
    ['-f', '--find-links'],
    ['--find-links', '--find-links'],
    ['-e', '-e'],
    ['--editable', '-e'],
]);
const OPTION = /^(-[a-z]|--[a-z-]+)(?:\s*=\s*|\s+)(\S.*)$/i;
const requirementsTxt = {
    ecosystem: 'pypi',
    kind: 'manifest',
    match: (p) => /^requirements.*\.(?:txt|in)$/.test((0,types/* basename */.P8)(p)) || /(?:^|\/)requirements\/[^/]+\.(?:txt|in)$/.test(p),
    async parse(text, pace) {
        const deps = [];
        const directives = [];
        const lines = (0,types/* linesOf */.Dx)(text);
        for (let i = 0; i < lines.length; i++) {
            await pace.step();
            const start = i;
            let line = lines[i];
            while (line.endsWith('\\') && i + 1 < lines.length)
                line = line.slice(0, -1) + lines[++i];
            line = line.replace(/(^|\s)#.*$/, '').trim();
            if (!line)
                continue;
            if (line.startsWith('-')) {
                const m = OPTION.exec(line);
                const option = m ? SOURCE_OPTIONS.get(m[1].toLowerCase()) : undefined;
                if (!m || !option)
                    continue; // -r, -c, --pre\u2026
                const value = m[2].trim();
                // One index replaces another; extra indexes, hosts and links add up.
                const single = option === '--index-url';
                directives.push({
                    rule: 'sources',
                    key: single ? option : `${option} ${value}`,
                    value: single ? value : '',
                    text: `${option} ${value}`,
                    where: option === '--trusted-host' ? value : option === '-e' ? pyUrlSource(value).where : (0,sources/* hostOf */.w4)(value),
                    line: start + 1,
                });
                continue;
            }
            const hashes = [...line.matchAll(/\s--hash[=\s]\s*(\S+)/g)].map((h) => h[1]);
            const req = line.replace(/\s--[a-z-]+(?:[=\s]\s*\S+)?/g, '').trim();
            if (VCS.test(req) ||
                /^[a-z][a-z0-9+.-]*:\/\//i.test(req) ||
                /^(?:\.{0,2}\/|~\/)/.test(req) ||
                sources/* ARCHIVE */.$3.test(req)) {
                deps.push({
                    name: nameOfTarget(req),
                    version: versionOfTarget(req) || req,
                    direct: true,
                    line: start + 1,
                    source: pyUrlSource(req),
                });
                continue;
            }
            const parsed = parseRequirement(req);
            if (!parsed)
                continue;
            const url = /^[^;]*?@\s*(\S[^;]*)/.exec(req.replace(/^\s*[A-Za-z0-9][A-Za-z0-9._-]*\s*(?:\[[^\]]*\])?/, ''));
            deps.push({
                name: parsed.name,
                version: parsed.spec,
                direct: true,
                line: start + 1,
                source: url ? pyUrlSource(url[1].trim()) : (0,sources/* registry */.u5)(),
                hashes: hashes.length ? hashes : undefined,
            });
        }
        return { deps, directives };
    },
};
/** Where a Poetry or Pipfile dependency table points: git, url, path, or a named index. */
function tableSource(v, indexes) {
    const gitUrl = (0,types/* str */.gx)(v, 'git');
    if (gitUrl)
        return (0,sources/* git */.$Y)(gitUrl);
    const url = (0,types/* str */.gx)(v, 'url') ?? (0,types/* str */.gx)(v, 'file');
    if (url)
        return pyUrlSource(url);
    const path = (0,types/* str */.gx)(v, 'path');
    if (path)
        return { kind: 'file', where: path };
    const index = (0,types/* str */.gx)(v, 'source') ?? (0,types/* str */.gx)(v, 'index');
    if (index) {
        const at = indexes.get(index);
        return at ? (0,sources/* registryAt */.Rb)(at) : (0,sources/* registry */.u5)(index);
    }
    return (0,sources/* registry */.u5)();
}
function poetrySpec(v) {
    if (typeof v === 'string')
        return v;
    const version = (0,types/* str */.gx)(v, 'version');
    if (version)
        return version;
    const gitUrl = (0,types/* str */.gx)(v, 'git');
    if (gitUrl) {
        const rev = (0,types/* str */.gx)(v, 'rev') ?? (0,types/* str */.gx)(v, 'tag') ?? (0,types/* str */.gx)(v, 'branch');
        return `@ git+${gitUrl}${rev ? `@${rev}` : ''}`;
    }
    const url = (0,types/* str */.gx)(v, 'url');
    if (url)
        return `@ ${url}`;
    const path = (0,types/* str */.gx)(v, 'path');
    if (path)
        return `@ file:${path}`;
    return '*';
}
/** Index directives of a list of `{name, url}` tables (`[[tool.poetry.source]]`, `[[tool.uv.index]]`, `[[source]]`). */
function indexDirectives(list, what, text, indexes) {
    const out = [];
    if (!Array.isArray(list))
        return out;
    for (const t of list) {
        const url = (0,types/* str */.gx)(t, 'url');
        if (!url)
            continue;
        const name = (0,types/* str */.gx)(t, 'name');
        if (name)
            indexes.set(name, url);
        const insecure = (0,types/* own */.ZV)(t, 'verify_ssl') === false;
        out.push({
            rule: 'sources',
            key: `${what} ${url}${insecure ? ' insecure' : ''}`,
            value: '',
            text: `${what} ${name ? `"${name}" ` : ''}${url}${insecure ? ' with TLS verification off' : ''}`,
            where: (0,sources/* hostOf */.w4)(url),
            line: (0,types/* lineOf */.cA)(text, url),
        });
    }
    return out;
}
const pyprojectToml = {
    ecosystem: 'pypi',
    kind: 'manifest',
    match: (p) => (0,types/* basename */.P8)(p) === 'pyproject.toml',
    async parse(text) {
        const doc = toml(text);
        const tool = (0,types/* own */.ZV)(doc, 'tool');
        const poetry = (0,types/* own */.ZV)(tool, 'poetry');
        const uv = (0,types/* own */.ZV)(tool, 'uv');
        const indexes = new Map();
        const directives = [
            ...indexDirectives((0,types/* own */.ZV)(poetry, 'source'), 'Poetry source', text, indexes),
            ...indexDirectives((0,types/* own */.ZV)(uv, 'index'), 'uv index', text, indexes),
            ...indexDirectives((0,types/* own */.ZV)((0,types/* own */.ZV)(tool, 'pdm'), 'source'), 'PDM source', text, indexes),
        ];
        for (const key of ['index-url', 'extra-index-url']) {
            const v = (0,types/* own */.ZV)(uv, key);
            for (const url of Array.isArray(v) ? v : [v])
                if (typeof url === 'string')
                    directives.push({
                        rule: 'sources',
                        key: `uv ${key} ${url}`,
                        value: '',
                        text: `uv ${key} ${url}`,
                        where: (0,sources/* hostOf */.w4)(url),
                        line: (0,types/* lineOf */.cA)(text, url),
                    });
        }
        const uvSources = (0,types/* own */.ZV)(uv, 'sources');
        const out = new Map();
        const add = (name, spec, source) => {
            const n = normalizePyName(name);
            if (n === 'python' || out.has(n))
                return;
            const uvSource = (0,types/* own */.ZV)(uvSources, name) ?? (0,types/* own */.ZV)(uvSources, n);
            out.set(n, {
                name: n,
                version: spec,
                direct: true,
                line: (0,types/* lineOf */.cA)(text, new RegExp(`(?:^|["'\\s])${(0,types/* escapeRegex */.$f)(name)}(?=[\\s"'=<>~!\\[;@^]|$)`, 'm')),
                source: uvSource !== undefined ? tableSource(uvSource, indexes) : source,
            });
        };
        const strings = (list) => {
            if (!Array.isArray(list))
                return;
            for (const r of list) {
                if (typeof r !== 'string')
                    continue; // {include-group = \u2026}
                const req = parseRequirement(r);
                if (!req)
                    continue;
                const url = /^[^;]*?@\s*(\S[^;]*)/.exec(r.replace(/^\s*[A-Za-z0-9][A-Za-z0-9._-]*\s*(?:\[[^\]]*\])?/, ''));
                add(r.trim().split(/[\s[<>=!~;@]/)[0], req.spec, url ? pyUrlSource(url[1].trim()) : (0,sources/* registry */.u5)());
            }
        };
        const project = (0,types/* own */.ZV)(doc, 'project');
        strings((0,types/* own */.ZV)(project, 'dependencies'));
        for (const [, list] of (0,types/* entriesOf */.Mc)((0,types/* own */.ZV)(project, 'optional-dependencies')))
            strings(list);
        for (const [, list] of (0,types/* entriesOf */.Mc)((0,types/* own */.ZV)(doc, 'dependency-groups')))
            strings(list);
        const tables = [(0,types/* own */.ZV)(poetry, 'dependencies'), (0,types/* own */.ZV)(poetry, 'dev-dependencies')];
        for (const [, g] of (0,types/* entriesOf */.Mc)((0,types/* own */.ZV)(poetry, 'group')))
            tables.push((0,types/* own */.ZV)(g, 'dependencies'));
        for (const t of tables)
            for (const [name, v] of (0,types/* entriesOf */.Mc)(t))
                add(name, poetrySpec(v), tableSource(v, indexes));
        return { deps: [...out.values()], directives };
    },
};
/** Pipfile: `[packages]`, `[dev-packages]` (and other categories), and its `[[source]]` indexes. */
const pipfile = {
    ecosystem: 'pypi',
    kind: 'manifest',
    match: (p) => (0,types/* basename */.P8)(p) === 'Pipfile',
    async parse(text) {
        const doc = toml(text);
        const indexes = new Map();
        const directives = indexDirectives((0,types/* own */.ZV)(doc, 'source'), 'Pipfile source', text, indexes);
        const out = new Map();
        for (const [section, t] of Object.entries(doc)) {
            if (section === 'source' || section === 'requires' || section === 'scripts' || section === 'pipenv')
                continue;
            for (const [name, v] of (0,types/* entriesOf */.Mc)(t)) {
                const n = normalizePyName(name);
                if (out.has(n))
                    continue;
                out.set(n, {
                    name: n,
                    version: typeof v === 'string' ? v : poetrySpec(v),
                    direct: true,
                    line: (0,types/* lineOf */.cA)(text, new RegExp(`^\\s*"?${(0,types/* escapeRegex */.$f)(name)}"?\\s*=`, 'm')),
                    source: tableSource(v, indexes),
                });
            }
        }
        return { deps: [...out.values()], directives };
    },
};

;// CONCATENATED MODULE: ./src/checks/dependencies/pythonLocks.ts





/** `[{file = "x.whl", hash = "sha256:\u2026"}]` (or uv's `{url, hash}`) \u2192 digests by file name. */
function fileDigests(files, into = (0,types/* digestTable */.lN)()) {
    if (!Array.isArray(files))
        return undefined;
    for (const f of files) {
        const name = (0,types/* str */.gx)(f, 'file') ??
            (0,types/* str */.gx)(f, 'filename') ??
            (0,types/* str */.gx)(f, 'url')
                ?.replace(/[?#].*$/, '')
                .split('/')
                .pop();
        const hash = (0,types/* str */.gx)(f, 'hash');
        if (name && hash)
            into[name] = hash;
    }
    return Object.keys(into).length ? into : undefined;
}
/** poetry.lock's `[package.source]`. */
function poetrySource(s) {
    const type = (0,types/* str */.gx)(s, 'type');
    const url = (0,types/* str */.gx)(s, 'url') ?? '';
    if (type === 'git')
        return (0,sources/* git */.$Y)(url);
    if (type === 'url')
        return { kind: 'url', where: (0,sources/* hostOf */.w4)(url) ?? url };
    if (type === 'file' || type === 'directory')
        return { kind: 'file', where: url };
    if (url)
        return (0,sources/* registryAt */.Rb)(url);
    return (0,sources/* registry */.u5)();
}
/** uv.lock's `source = { registry = \u2026 }`; `local` for the project itself and its workspace members. */
function uvSource(s) {
    const reg = (0,types/* str */.gx)(s, 'registry');
    if (reg)
        return /^[a-z][a-z0-9+.-]*:\/\//i.test(reg) ? (0,sources/* registryAt */.Rb)(reg) : { kind: 'file', where: reg };
    const g = (0,types/* str */.gx)(s, 'git');
    if (g)
        return (0,sources/* git */.$Y)(g.replace(/\?.*$/, ''));
    const url = (0,types/* str */.gx)(s, 'url');
    if (url)
        return { kind: 'url', where: (0,sources/* hostOf */.w4)(url) ?? url };
    const path = (0,types/* str */.gx)(s, 'path') ?? (0,types/* str */.gx)(s, 'directory');
    if (path)
        return { kind: 'file', where: path };
    if ((0,types/* str */.gx)(s, 'editable') !== undefined || (0,types/* str */.gx)(s, 'virtual') !== undefined)
        return 'local';
    return (0,sources/* registry */.u5)();
}
/** pdm.lock: `git`, `url` or `path` on the package itself. */
function pdmSource(p) {
    const g = (0,types/* str */.gx)(p, 'git');
    if (g)
        return (0,sources/* git */.$Y)(g);
    const url = (0,types/* str */.gx)(p, 'url');
    if (url)
        return { kind: 'url', where: (0,sources/* hostOf */.w4)(url) ?? url };
    const path = (0,types/* str */.gx)(p, 'path');
    if (path)
        return { kind: 'file', where: path };
    return (0,sources/* registry */.u5)();
}
/** Names of dependency lists of a uv package (`dependencies`, optional and dev groups). */
function uvDependencyNames(p) {
    const lists = [(0,types/* own */.ZV)(p, 'dependencies')];
    for (const [, l] of (0,types/* entriesOf */.Mc)((0,types/* own */.ZV)(p, 'optional-dependencies')))
        lists.push(l);
    for (const [, l] of (0,types/* entriesOf */.Mc)((0,types/* own */.ZV)(p, 'dev-dependencies')))
        lists.push(l);
    return lists.flatMap((l) => Array.isArray(l) ? l.map((d) => (0,types/* str */.gx)(d, 'name')).filter((n) => n !== undefined) : []);
}
/**
 * poetry.lock, uv.lock and pdm.lock: `[[package]]` tables with a name, a version, where it came
 * from and the hashes of its files. uv lists the project itself (editable or virtual): what it
 * depends on is direct, and its workspace members are local packages.
 */
function pythonLock(file, sourceOf) {
    return {
        ecosystem: 'pypi',
        kind: 'lockfile',
        match: (p) => (0,types/* basename */.P8)(p) === file,
        async parse(text, pace) {
            const { top, packages } = await tomlPackages(text, pace);
            const oldFiles = (0,types/* own */.ZV)((0,types/* own */.ZV)(top, 'metadata'), 'files'); // poetry's lock format 1.x
            const direct = new Set();
            const out = [];
            for (const { table: p, line } of packages) {
                await pace.step();
                const rawName = (0,types/* str */.gx)(p, 'name');
                if (!rawName)
                    continue;
                const name = normalizePyName(rawName);
                const source = sourceOf(p);
                if (source === 'local')
                    for (const n of uvDependencyNames(p))
                        direct.add(normalizePyName(n));
                const digests = (0,types/* digestTable */.lN)();
                fileDigests((0,types/* own */.ZV)(p, 'files'), digests);
                fileDigests((0,types/* own */.ZV)(p, 'wheels'), digests);
                fileDigests([(0,types/* own */.ZV)(p, 'sdist')], digests);
                fileDigests((0,types/* own */.ZV)(oldFiles, rawName), digests);
                out.push({
                    name,
                    version: (0,types/* str */.gx)(p, 'version') ?? '',
                    direct: false,
                    line,
                    source: source === 'local' ? { kind: 'file', where: '' } : source,
                    digests: Object.keys(digests).length ? digests : undefined,
                    local: source === 'local' || undefined,
                });
            }
            for (const d of out)
                if (direct.has(d.name) && !d.local)
                    d.direct = true;
            return { deps: out };
        },
    };
}
const poetryLock = pythonLock('poetry.lock', (p) => Object.hasOwn(p, 'source') ? poetrySource((0,types/* own */.ZV)(p, 'source')) : (0,sources/* registry */.u5)());
const uvLock = pythonLock('uv.lock', (p) => uvSource((0,types/* own */.ZV)(p, 'source')));
const pdmLock = pythonLock('pdm.lock', pdmSource);
/**
 * Pipfile.lock: `default` and `develop` packages with their version, hashes and index (or git,
 * file, path), and `_meta.sources`, the indexes packages may come from.
 */
const pipfileLock = {
    ecosystem: 'pypi',
    kind: 'lockfile',
    match: (p) => (0,types/* basename */.P8)(p) === 'Pipfile.lock',
    async parse(text, pace) {
        const doc = (0,json/* json */.Pq)(text);
        const lines = await (0,json/* jsonKeyLines */.vT)(text, 2, pace);
        const indexes = new Map();
        const directives = indexDirectives((0,types/* own */.ZV)((0,types/* own */.ZV)(doc, '_meta'), 'sources'), 'Pipfile.lock source', text, indexes);
        const out = [];
        for (const section of ['default', 'develop']) {
            for (const [name, v] of (0,types/* entriesOf */.Mc)((0,types/* own */.ZV)(doc, section))) {
                await pace.step();
                const version = (0,types/* str */.gx)(v, 'version')?.replace(/^==/, '') ?? (0,types/* str */.gx)(v, 'ref') ?? '';
                const hashes = (0,types/* own */.ZV)(v, 'hashes');
                out.push({
                    name: normalizePyName(name),
                    version,
                    direct: false,
                    line: lines.get(`${section}${json/* SEP */.d$}${name}`),
                    source: tableSource(v, indexes),
                    hashes: Array.isArray(hashes)
                        ? hashes.filter((h) => typeof h === 'string')
                        : undefined,
                });
            }
        }
        return { deps: out, directives };
    },
};

;// CONCATENATED MODULE: ./src/checks/dependencies/ruby.ts


const PLATFORM = /-(?:x86|arm|aarch|universal|java|x64|mingw|mswin)\S*$/;
/** The source of a `GEM`, `GIT` or `PATH` section, from its `remote:`. */
function sectionSource(section, remote) {
    if (remote === undefined)
        return undefined;
    if (section === 'GIT')
        return (0,sources/* git */.$Y)(remote);
    if (section === 'PATH')
        return { kind: 'file', where: remote };
    if (section === 'GEM' || section === 'PLUGIN SOURCE')
        return (0,sources/* registryAt */.Rb)(remote);
    return undefined;
}
/**
 * Gemfile.lock: `GEM`, `GIT` and `PATH` sections, each with its `remote:` and a `specs:` block
 * of resolved gems (4-space indent; 6-space lines are their own requirements); `DEPENDENCIES`
 * lists what the Gemfile asks for, with its constraint; `CHECKSUMS` (Bundler 2.5+) the
 * digest of each gem.
 */
const gemfileLock = {
    ecosystem: 'rubygems',
    kind: 'lockfile',
    match: (p) => (0,types/* basename */.P8)(p) === 'Gemfile.lock' || (0,types/* basename */.P8)(p) === 'gems.locked',
    async parse(text, pace) {
        const resolved = new Map();
        const direct = new Map();
        const checksums = new Map();
        let section = '';
        let remote;
        let inSpecs = false;
        const lines = (0,types/* linesOf */.Dx)(text);
        for (let i = 0; i < lines.length; i++) {
            await pace.step();
            const line = lines[i];
            if (!line.trim())
                continue;
            if (!line.startsWith(' ')) {
                section = line.trim();
                remote = undefined;
                inSpecs = false;
                continue;
            }
            const r = /^ {2}remote: (.+)$/.exec(line);
            if (r) {
                remote = r[1].trim();
                continue;
            }
            if (line === '  specs:') {
                inSpecs = true;
                continue;
            }
            if (inSpecs) {
                const m = /^ {4}([^\s(]+) \(([^)]+)\)$/.exec(line);
                if (m && !resolved.has(m[1]))
                    resolved.set(m[1], {
                        name: m[1],
                        version: m[2].replace(PLATFORM, ''),
                        direct: false,
                        line: i + 1,
                        source: sectionSource(section, remote),
                    });
                continue;
            }
            if (section === 'DEPENDENCIES') {
                const m = /^ {2}([^\s(!]+)!?(?: \(([^)]+)\))?$/.exec(line);
                if (m)
                    direct.set(m[1], { name: m[1], version: m[2] ?? '', direct: true, line: i + 1 });
            }
            else if (section === 'CHECKSUMS') {
                const m = /^ {2}([^\s(]+) \(([^)]+)\)(?: (\S+))?$/.exec(line);
                if (m?.[3]) {
                    const eq = m[3].indexOf('=');
                    const d = checksums.get(m[1]) ?? (0,types/* digestTable */.lN)();
                    // Keyed by platform, so a gem with several native builds keeps each digest apart.
                    d[`${m[2]} ${eq > 0 ? m[3].slice(0, eq) : 'sum'}`] = eq > 0 ? m[3].slice(eq + 1) : m[3];
                    checksums.set(m[1], d);
                }
            }
        }
        for (const [name, d] of direct) {
            const r = resolved.get(name);
            // Direct gems keep their resolved version (to see upgrades) and their Gemfile constraint.
            resolved.set(name, {
                name,
                version: r?.version ?? d.version,
                direct: true,
                spec: d.version,
                line: r?.line ?? d.line,
                source: r?.source,
            });
        }
        for (const [name, d] of checksums) {
            const r = resolved.get(name);
            if (r)
                r.digests = d;
        }
        return { deps: [...resolved.values()] };
    },
};

;// CONCATENATED MODULE: ./src/checks/dependencies/yarn.ts




/** The fields of an entry this reader uses (the last one written wins). */
const FIELDS = ['version', 'resolution', 'resolved', 'integrity', 'checksum'];
/** A field line of an entry, as a pattern: read so only where the fast reading below may not be. */
const FIELD = /^ {2}([A-Za-z]+):?(?:\s+(.*))?$/;
const isLetter = (c) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/**
 * A field line, `  key value` (classic) or `  key: value` (berry), as FIELD reads it: the key and
 * the value (undefined: none), or undefined when the line is no field. Read in place, since
 * field lines are most of a lockfile; for a line without a line terminator left in it (a CR not
 * before a LF), where FIELD's `.` and this reading agree.
 */
function fieldOf(line) {
    if (line.charCodeAt(0) !== 0x20 || line.charCodeAt(1) !== 0x20 || !isLetter(line.charCodeAt(2)))
        return undefined;
    let k = 3;
    while (isLetter(line.charCodeAt(k)))
        k++;
    let i = line.charCodeAt(k) === 0x3a /* : */ ? k + 1 : k;
    if (i === line.length)
        return [line.slice(2, k), undefined];
    if (!(0,types/* isSpace */.xC)(line.charCodeAt(i)))
        return undefined;
    while (i < line.length && (0,types/* isSpace */.xC)(line.charCodeAt(i)))
        i++;
    return [line.slice(2, k), line.slice(i)];
}
/** Trimmed, without one double quote at each end (`s.trim().replace(/^"|"$/g, '')`). */
function unquote(s) {
    const t = s.trim();
    const from = t.charCodeAt(0) === 0x22 ? 1 : 0;
    const to = t.length > from && t.charCodeAt(t.length - 1) === 0x22 ? t.length - 1 : t.length;
    return from === 0 && to === t.length ? t : t.slice(from, to);
}
/** An entry's key line without the colon that ends it (`line.replace(/:\s*$/, '')`). */
function withoutColon(line) {
    let end = line.length;
    while (end > 0 && (0,types/* isSpace */.xC)(line.charCodeAt(end - 1)))
        end--;
    return end > 0 && line.charCodeAt(end - 1) === 0x3a /* : */ ? line.slice(0, end - 1) : line;
}
/** `"@s/a@npm:^1.0.0"` \u2192 name `@s/a`, range `npm:^1.0.0`. */
function descriptor(d) {
    const at = d.indexOf('@', 1);
    if (at <= 0)
        return undefined;
    return { name: d.slice(0, at), range: d.slice(at + 1) };
}
/** A berry `resolution:` (`a@npm:1.0.0`, `a@https://\u2026`, `a@git+\u2026#commit=\u2026`) as a source. */
function berrySource(resolution) {
    const d = descriptor(resolution);
    if (!d)
        return undefined;
    const r = d.range;
    if (r.startsWith('npm:'))
        return (0,sources/* registry */.u5)();
    if (/^(?:workspace|link|portal):/.test(r))
        return { kind: 'link', where: r.slice(r.indexOf(':') + 1) };
    if (r.startsWith('file:'))
        return { kind: 'file', where: r.slice(5).replace(/#.*$/, '') };
    if (/^git[+:]|^ssh:|#commit=|\.git#/.test(r))
        return (0,sources/* git */.$Y)(r);
    if (/^https?:/.test(r))
        return { kind: 'url', where: (0,sources/* hostOf */.w4)(r) ?? r };
    return undefined;
}
/** Digests of a berry `checksum:` (`10c0/<hex>`, or `<hex>` under `cacheKey`). */
function berryDigests(checksum, cacheKey) {
    if (!checksum)
        return undefined;
    const out = (0,types/* digestTable */.lN)();
    const slash = checksum.indexOf('/');
    // The cache key changes every checksum at once: it is part of the key, so a new one compares nothing.
    if (slash > 0)
        out[`checksum ${checksum.slice(0, slash)}`] = checksum.slice(slash + 1);
    else
        out[`checksum ${cacheKey}`] = checksum;
    return out;
}
/** A yarn.lock entry, one per name it resolves: where it comes from and its digests, read when asked for. */
class YarnEntry extends LockEntry {
    line;
    entry;
    format;
    constructor(name, version, direct, line, entry, format) {
        super(name, version, direct);
        this.line = line;
        this.entry = entry;
        this.format = format;
    }
    sameAs(other) {
        if (!(other instanceof YarnEntry) || other.version !== this.version)
            return false;
        const a = this.entry;
        const b = other.entry;
        return (a.names[0] === b.names[0] &&
            a.ranges[0] === b.ranges[0] &&
            a.fields.resolution === b.fields.resolution &&
            a.fields.resolved === b.fields.resolved &&
            a.fields.integrity === b.fields.integrity &&
            a.fields.checksum === b.fields.checksum &&
            this.format.berry === other.format.berry &&
            this.format.cacheKey === other.format.cacheKey);
    }
    readSource() {
        const { names, ranges, fields } = this.entry;
        if (this.format.berry)
            return berrySource(fields.resolution ?? `${names[0]}@${ranges[0] ?? ''}`);
        const resolved = fields.resolved;
        if (!resolved)
            return (0,sources/* npmSpecSource */.YT)(ranges[0] ?? '');
        // An alias (`a@npm:b@^1`) resolves to another package's tarball by design.
        return (ranges[0] ?? '').startsWith('npm:')
            ? (0,sources/* npmResolvedSource */.jA)(resolved)
            : lockSource(resolved, names[0], this.version);
    }
    readDigests() {
        const { fields } = this.entry;
        if (this.format.berry)
            return berryDigests(fields.checksum, this.format.cacheKey);
        let digests = sriDigests(fields.integrity);
        // Before `integrity`, the tarball's sha1 was the fragment of `resolved`.
        const sha1 = /#([0-9a-f]{40})$/.exec(fields.resolved ?? '')?.[1];
        if (sha1 && this.source?.kind !== 'git') {
            digests ??= (0,types/* digestTable */.lN)();
            digests['resolved sha1'] = sha1;
        }
        return digests;
    }
}
/**
 * yarn.lock, classic (v1: `version "1.0.0"`, `resolved`, `integrity`) and berry (YAML:
 * `version:`, `resolution:`, `checksum:`; workspaces as `app@workspace:.` entries whose
 * `dependencies:` are what the project declares).
 */
const yarnLock = {
    ecosystem: 'npm',
    kind: 'lockfile',
    match: (p) => (0,types/* basename */.P8)(p) === 'yarn.lock',
    async parse(text, pace) {
        const entries = [];
        let cur;
        let inChildren = false;
        let cacheKey = '';
        let inMetadata = false;
        let berry = false;
        // Without a line terminator left inside a line, field lines are read in place (see fieldOf).
        const inPlace = !text.includes('\r') && !text.includes('\u2028') && !text.includes('\u2029');
        const lines = (0,types/* linesOf */.Dx)(text);
        for (let i = 0; i < lines.length; i++) {
            if (pace.due())
                await pace.turn();
            const line = lines[i];
            if ((0,types/* isBlank */.z3)(line) || line.startsWith('#'))
                continue;
            if (!line.startsWith(' ')) {
                cur = undefined;
                inChildren = false;
                inMetadata = line.startsWith('__metadata:');
                if (inMetadata) {
                    berry = true;
                    continue;
                }
                // `"@s/a@^1.0.0", "@s/a@~1.1":` (v1) or `"@s/a@npm:^1.0.0, @s/a@npm:^1.1.0":` (berry)
                const key = withoutColon(line);
                const ds = (key.includes(',') ? key.split(/,\s*/) : [key])
                    .map(unquote)
                    .map(descriptor)
                    .filter((d) => d !== undefined);
                // A patch of a package is the package again, resolved through its own entry.
                const kept = ds.filter((d) => !d.range.startsWith('patch:'));
                if (!kept.length)
                    continue;
                cur = {
                    names: kept.length === 1 ? [kept[0].name] : [...new Set(kept.map((d) => d.name))],
                    ranges: kept.map((d) => d.range),
                    line: i + 1,
                    fields: {},
                    children: [],
                    workspace: kept.some((d) => d.range.startsWith('workspace:')),
                };
                entries.push(cur);
                continue;
            }
            if (inMetadata) {
                const m = /^ {2}cacheKey:\s*"?([^"\s]+)"?/.exec(line);
                if (m)
                    cacheKey = m[1];
                continue;
            }
            if (!cur)
                continue;
            const field = inPlace ? fieldOf(line) : FIELD.exec(line)?.slice(1, 3);
            if (field) {
                const [key, value] = field;
                inChildren = key === 'dependencies' && value === undefined;
                if (value !== undefined && FIELDS.includes(key))
                    cur.fields[key] = unquote(value);
                continue;
            }
            if (inChildren && cur.workspace) {
                const child = /^ {4}("?)(.+?)\1:?\s/.exec(line);
                if (child)
                    cur.children.push(child[2]);
            }
        }
        const direct = new Set(entries.filter((e) => e.workspace).flatMap((e) => e.children));
        const format = { berry, cacheKey };
        const out = [];
        for (const e of entries) {
            if (pace.due())
                await pace.turn();
            if (e.workspace)
                continue;
            const version = e.fields.version;
            if (!version)
                continue;
            for (const name of e.names)
                out.push(new YarnEntry(name, version, direct.has(name), e.line, e, format));
        }
        return { deps: out };
    },
};

;// CONCATENATED MODULE: ./src/checks/dependencies/lockfiles.ts









/** Every dependency file the check reads, one parser each. */
const DEP_FILES = [
    packageJson,
    packageLock,
    pnpmLock,
    yarnLock,
    bunLock,
    requirementsTxt,
    pyprojectToml,
    pipfile,
    pipfileLock,
    poetryLock,
    uvLock,
    pdmLock,
    goMod,
    goSum,
    cargoToml,
    cargoLock,
    cargoConfig,
    gemfileLock,
];
function depFileType(path) {
    return DEP_FILES.find((t) => t.match(path));
}


/***/ }),

/***/ 16717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $3: () => (/* binding */ ARCHIVE),
/* harmony export */   $F: () => (/* binding */ tarballMismatch),
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   B6: () => (/* binding */ describeSource),
/* harmony export */   Rb: () => (/* binding */ registryAt),
/* harmony export */   YT: () => (/* binding */ npmSpecSource),
/* harmony export */   ZA: () => (/* binding */ riskyWhenAdded),
/* harmony export */   eP: () => (/* binding */ sameSource),
/* harmony export */   jA: () => (/* binding */ npmResolvedSource),
/* harmony export */   u5: () => (/* binding */ registry),
/* harmony export */   w4: () => (/* binding */ hostOf)
/* harmony export */ });
/* unused harmony export gitWhere */
/**
 * Hosts that serve one registry under several names: a lockfile moving between them moves
 * nowhere (yarn writes registry.yarnpkg.com for npm's registry; Cargo's git and sparse indexes
 * are both crates.io; PyPI's files live on files.pythonhosted.org).
 */
const SAME_REGISTRY = new Map([
    ['registry.yarnpkg.com', 'registry.npmjs.org'],
    ['registry.npmjs.com', 'registry.npmjs.org'],
    ['github.com/rust-lang/crates.io-index', 'crates.io'],
    ['index.crates.io', 'crates.io'],
    ['static.crates.io', 'crates.io'],
    ['pypi.python.org', 'pypi.org'],
    ['files.pythonhosted.org', 'pypi.org'],
    ['index.rubygems.org', 'rubygems.org'],
]);
const registry = (where = '') => ({ kind: 'registry', where });
/** The host of a URL (lower case, with its port), without userinfo; undefined when it is none. */
function hostOf(url) {
    const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#@]*@)?([^/?#:]+)(:\d+)?/i.exec(url.trim());
    if (!m)
        return undefined;
    const host = m[1].toLowerCase() + (m[2] ?? '');
    return SAME_REGISTRY.get(host) ?? host;
}
/** `host/path` of a URL without userinfo, query, fragment, trailing slash or `.git`. */
function hostPath(url) {
    const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#@]*@)?([^/?#:]+)(?::\d+)?([^?#]*)/i.exec(url.trim());
    if (!m)
        return undefined;
    const path = m[2].replace(/\/+$/, '').replace(/\.git$/, '');
    return m[1].toLowerCase() + path;
}
/** A registry index URL (`https://pypi.example.com/simple/`) as a registry source. */
function registryAt(url) {
    const full = hostPath(url);
    const host = hostOf(url);
    return registry((full && SAME_REGISTRY.get(full)) ?? host ?? url);
}
const GIT_HOSTS = new Map([
    ['github', 'github.com'],
    ['gitlab', 'gitlab.com'],
    ['bitbucket', 'bitbucket.org'],
]);
/**
 * A git repository as `host/owner/repo`: `git+https://user@github.com/a/b.git#sha`,
 * `git@github.com:a/b.git`, `github:a/b#main` and npm's `a/b` shorthand alike.
 */
function gitWhere(spec) {
    let s = spec.trim().replace(/^git\+/, '');
    const short = /^(github|gitlab|bitbucket):([^#]+)/.exec(s);
    if (short)
        return `${GIT_HOSTS.get(short[1])}/${repoPath(short[2])}`;
    s = s.replace(/#.*$/, '');
    if (s.includes('://')) {
        const url = hostPath(s);
        if (url)
            return repoPath(url);
    }
    // scp-like `git@host:owner/repo.git`
    const scp = /^(?:[^@/:]+@)?([^/:@]+\.[^/:@]+):(.+)$/.exec(s);
    if (scp)
        return `${scp[1].toLowerCase()}/${repoPath(scp[2])}`;
    // npm's `owner/repo` shorthand
    return `github.com/${repoPath(s)}`;
}
/** A repository path without pip's `@ref`, `.git` or a trailing slash. */
function repoPath(p) {
    return p
        .replace(/@[^/]*$/, '')
        .replace(/\/+$/, '')
        .replace(/\.git$/, '');
}
const git = (spec) => ({ kind: 'git', where: gitWhere(spec) });
/** An archive of code rather than a directory: unreviewable in the diff when it is added. */
const ARCHIVE = /\.(?:tgz|tar\.gz|tar\.bz2|tar\.xz|tar|zip|whl|gem|crate|egg)$/i;
/** How a finding names a source. */
function describeSource(s) {
    switch (s.kind) {
        case 'registry':
            return s.where ? `registry ${s.where}` : 'the default registry';
        case 'git':
            return `git ${s.where}`;
        case 'url':
            return `URL host ${s.where}`;
        case 'file':
            return s.where ? `file ${s.where}` : 'a local path';
        case 'link':
            return `link ${s.where}`;
        case 'alias':
            return `alias of ${s.where}`;
    }
}
/** Whether two sources are the same place; a default registry matches any registry host. */
function sameSource(a, b) {
    if (a.kind !== b.kind)
        return false;
    if (a.kind === 'registry' && (!a.where || !b.where))
        return true;
    return a.where === b.where;
}
/**
 * Whether a package added from this source is worth a look on its own: code from a git
 * repository, an arbitrary URL, or an archive file is not what a registry vetted and published.
 * A local directory (a workspace package) is code in this very diff.
 */
function riskyWhenAdded(s) {
    return s.kind === 'git' || s.kind === 'url' || (s.kind === 'file' && ARCHIVE.test(s.where));
}
/**
 * An npm-style dependency spec (package.json, pnpm importers, yarn descriptors) as a source:
 * a semver range is the default registry.
 */
function npmSpecSource(spec) {
    const s = spec.trim();
    if (s.startsWith('npm:')) {
        const target = s.slice(4);
        const at = target.lastIndexOf('@');
        return { kind: 'alias', where: at > 0 ? target.slice(0, at) : target };
    }
    if (/^(?:file):/.test(s))
        return { kind: 'file', where: s.slice(5) };
    if (/^(?:link|portal):/.test(s))
        return { kind: 'link', where: s.slice(s.indexOf(':') + 1) };
    if (/^workspace:/.test(s))
        return { kind: 'link', where: 'workspace' };
    if (/^(?:git\+|git:|github:|gitlab:|bitbucket:)|^[^@:/\s]+@[^:/\s]+:|\.git(?:#|$)/.test(s))
        return git(s);
    if (/^https?:\/\//i.test(s)) {
        if (/^https?:\/\/(?:www\.)?(?:github|gitlab)\.com\/[^/]+\/[^/#]+(?:#|$)/i.test(s))
            return git(s);
        return { kind: 'url', where: hostOf(s) ?? s };
    }
    // `owner/repo` or `owner/repo#ref`: GitHub.
    if (/^[\w.-]+\/[\w.-]+(?:#.*)?$/.test(s))
        return git(s);
    if (/^(?:\.{0,2}\/|~\/)/.test(s))
        return { kind: 'file', where: s };
    return registry();
}
/**
 * An npm lockfile's `resolved` value: a tarball under `/-/` of a registry is that registry
 * (any host), other https URLs are URLs, `git+\u2026` is git, `file:` local.
 */
function npmResolvedSource(resolved) {
    const r = resolved.trim();
    if (/^(?:git\+|git:|ssh:)/.test(r))
        return git(r);
    if (/^file:/.test(r))
        return { kind: 'file', where: r.slice(5) };
    if (/^https?:\/\//i.test(r)) {
        if (/^https?:\/\/codeload\.github\.com\//i.test(r) || /\/archive\//.test(r))
            return { kind: 'url', where: hostOf(r) };
        if (/\/-\/[^/]+\.tgz(?:[?#].*)?$/.test(r))
            return registry(hostOf(r));
        return { kind: 'url', where: hostOf(r) ?? r };
    }
    return /^(?:\.{0,2}\/|~\/)|\//.test(r) ? { kind: 'file', where: r } : undefined;
}
/**
 * A registry tarball names its package and version (`\u2026/@s/a/-/a-1.2.3.tgz`). A lockfile entry
 * whose tarball names another package, or another version, gets other code than it says: the
 * package it points to (an alias), so the change shows as a move. Undefined when it agrees.
 */
function tarballMismatch(resolved, name, version) {
    const m = /^https?:\/\/[^/]+(\/[^?#]*)\/-\/([^?#]+)\.tgz(?:[?#].*)?$/i.exec(resolved.trim());
    if (!m)
        return undefined;
    let path;
    let file;
    try {
        path = decodeURIComponent(m[1]);
        file = decodeURIComponent(m[2]);
    }
    catch {
        return { kind: 'url', where: hostOf(resolved) ?? '' };
    }
    file = file.slice(file.lastIndexOf('/') + 1);
    const unscoped = name.slice(name.lastIndexOf('/') + 1);
    if (!path.endsWith(`/${name}`)) {
        const parts = path.split('/');
        const last = parts.pop() ?? '';
        const scope = parts.pop() ?? '';
        return { kind: 'alias', where: scope.startsWith('@') ? `${scope}/${last}` : last };
    }
    if (/^\d/.test(version) && file !== `${unscoped}-${version}`)
        return { kind: 'alias', where: `${name}@${file.slice(unscoped.length + 1)}` };
    return undefined;
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

/***/ 95524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N9: () => (/* reexport safe */ _parse_js__WEBPACK_IMPORTED_MODULE_4__.EVIDENCE_FORMATS),
/* harmony export */   Qn: () => (/* binding */ loadEvidence),
/* harmony export */   oe: () => (/* binding */ EvidenceError)
/* harmony export */ });
/* unused harmony export detectFormat */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47681);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(39467);






/** Evidence bigger than this is not parsed: it is a report, not a data dump. */
const MAX_BYTES = 64 * 1024 * 1024;
class EvidenceError extends Error {
    missing;
    constructor(message, missing = false) {
        super(message);
        this.missing = missing;
    }
}
function detectFormat(file, text) {
    const f = file.toLowerCase();
    if (f.endsWith('.sarif') || f.endsWith('.sarif.json'))
        return 'sarif';
    if (f.endsWith('.xml'))
        return 'junit';
    if (f.endsWith('.yml') || f.endsWith('.yaml'))
        return 'yaml';
    const head = text.trimStart().slice(0, 4096);
    if (/"\$schema"\s*:\s*"[^"]*sarif/i.test(head) || /^\{\s*"version"\s*:\s*"2\.1\.0"\s*,\s*"runs"/.test(head))
        return 'sarif';
    if (f.endsWith('.json'))
        return 'json';
    if (head.startsWith('<'))
        return 'junit';
    return head.startsWith('{') || head.startsWith('[') ? 'json' : 'yaml';
}
/** Reads, digests and parses one evidence file; every problem is an EvidenceError naming the file. */
async function loadEvidence(abs, display, format = 'auto', signal) {
    let info;
    try {
        info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(abs);
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT')
            throw new EvidenceError(`evidence missing: ${display} does not exist`, true);
        throw new EvidenceError(`cannot read ${display}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}`);
    }
    if (!info.isFile())
        throw new EvidenceError(`${display} is not a file`);
    if (info.size > MAX_BYTES)
        throw new EvidenceError(`${display} is ${info.size} bytes, more than the ${MAX_BYTES} evidence files may have`);
    let bytes;
    try {
        // Opened without blocking and checked again: a file swapped for a FIFO cannot stall the gate.
        bytes = await (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .readRegularFile */ .XF)(abs, MAX_BYTES);
    }
    catch (err) {
        throw new EvidenceError(`cannot read ${display}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}`);
    }
    const text = bytes.toString('utf8');
    const fmt = format === 'auto' ? detectFormat(display, text) : format;
    let doc;
    try {
        doc = await (0,_parse_js__WEBPACK_IMPORTED_MODULE_4__.parseEvidence)(fmt, text, signal);
    }
    catch (err) {
        if (signal?.aborted)
            throw err;
        throw new EvidenceError(`${display} is not valid ${fmt.toUpperCase()}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err).split('\n')[0]}`);
    }
    return {
        path: display,
        format: fmt,
        doc,
        bytes,
        sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex'),
        size: bytes.length,
        mtime: info.mtime,
    };
}


/***/ }),

/***/ 88543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JUNIT_THREAD_FROM: () => (/* binding */ JUNIT_THREAD_FROM),
/* harmony export */   mergeJUnit: () => (/* binding */ mergeJUnit),
/* harmony export */   parseJUnit: () => (/* binding */ parseJUnit),
/* harmony export */   parseJUnitJob: () => (/* binding */ parseJUnitJob),
/* harmony export */   readJUnit: () => (/* binding */ readJUnit)
/* harmony export */ });
/* harmony import */ var _adapters_threads_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52353);
/* harmony import */ var _xml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58284);


const PARSER_OPTIONS = {
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    textNodeName: '#text',
    isArray: (name) => ['testsuite', 'testcase', 'failure', 'error', 'skipped', 'property'].includes(name),
    processEntities: true,
    parseAttributeValue: false,
};
const list = (v) => (Array.isArray(v) ? v : v ? [v] : []);
const text = (n) => {
    if (typeof n === 'string')
        return n;
    if (n && typeof n === 'object')
        return String(n['#text'] ?? '');
    return '';
};
/** A path:line inside a failure's text, for tools that do not write file/line attributes. */
const LOCATION = /(?:\(|\s|^)(?:file:\/\/)?((?:\/|[A-Za-z]:[\\/])?(?:[\w.@-]+[\\/])*[\w.@-]+\.(?:[cm]?[jt]sx?|py|rb|go|java|kt|cs|php|rs|swift|scala|exs?)):(\d+)/m;
function locate(tc, detail, exists) {
    const file = typeof tc['@_file'] === 'string' ? tc['@_file'] : undefined;
    const line = tc['@_line'] !== undefined ? Number(tc['@_line']) : undefined;
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
/** Parses JUnit XML (Jest, Vitest, pytest, Node's test runner, Maven Surefire, Go's go-junit-report\u2026). */
async function parseJUnit(xml, exists) {
    const doc = (await (0,_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .xmlParser */ .$)(PARSER_OPTIONS)).parse(xml);
    if (!doc.testsuites && !doc.testsuite)
        throw new Error('not a JUnit XML report: no <testsuites> or <testsuite> element');
    // <testsuites> may hold test cases directly (Node's test runner does).
    const roots = doc.testsuites ? [doc.testsuites] : list(doc.testsuite);
    const summary = {
        tests: 0,
        failures: 0,
        errors: 0,
        skipped: 0,
        passed: 0,
        timeSec: 0,
        failed: [],
    };
    const walk = (suite, parentName) => {
        const name = String(suite['@_name'] ?? parentName);
        for (const tc of list(suite.testcase)) {
            const failures = list(tc.failure);
            const errors = list(tc.error);
            const skipped = list(tc.skipped);
            summary.tests++;
            const time = tc['@_time'] !== undefined ? Number(tc['@_time']) : undefined;
            if (time !== undefined && Number.isFinite(time))
                summary.timeSec += time;
            if (failures.length || errors.length) {
                const f = (failures[0] ?? errors[0]);
                const detail = `${String(f['@_message'] ?? '')}\n${text(f)}`;
                const status = failures.length ? 'failed' : 'error';
                if (status === 'failed')
                    summary.failures++;
                else
                    summary.errors++;
                summary.failed.push({
                    suite: name,
                    name: String(tc['@_name'] ?? '(unnamed)'),
                    classname: tc['@_classname'] !== undefined ? String(tc['@_classname']) : undefined,
                    status,
                    message: (String(f['@_message'] ?? '').trim() || text(f).trim()).split('\n')[0].slice(0, 500),
                    ...locate(tc, detail, exists),
                    timeSec: time,
                });
            }
            else if (skipped.length)
                summary.skipped++;
            else
                summary.passed++;
        }
        for (const child of list(suite.testsuite))
            walk(child, name);
    };
    for (const s of roots)
        walk(s, '');
    summary.timeSec = Math.round(summary.timeSec * 1000) / 1000;
    return summary;
}
/** From this size a report is parsed on a thread of its own (\u224850 ms of parsing here). */
const JUNIT_THREAD_FROM = 1024 * 1024;
/** A job thread's side of `readJUnit`. */
function parseJUnitJob(input) {
    return parseJUnit(input, 'later');
}
/**
 * `parseJUnit`, on a thread when the report is large: the main thread stays free for the other
 * checks. The places failures name are chosen here, where `exists` can be asked.
 */
async function readJUnit(xml, exists, signal) {
    const summary = await (0,_adapters_threads_js__WEBPACK_IMPORTED_MODULE_0__/* .hereOrOnThread */ .ze)(xml.length, JUNIT_THREAD_FROM, { kind: 'junit', input: xml }, () => parseJUnit(xml, 'later'), signal);
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

/***/ 39467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EVIDENCE_FORMATS: () => (/* binding */ EVIDENCE_FORMATS),
  parseEvidence: () => (/* binding */ parseEvidence),
  parseEvidenceJob: () => (/* binding */ parseEvidenceJob),
  parseEvidenceText: () => (/* binding */ parseEvidenceText)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/adapters/threads.ts
var threads = __webpack_require__(52353);
// EXTERNAL MODULE: ./src/checks/evidence/junit.ts
var junit = __webpack_require__(88543);
;// CONCATENATED MODULE: ./src/checks/evidence/sarif.ts
/** SARIF 2.1.0 reduced to what a gate asks: how many results of each level, by rule and tool. */
const obj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : {});
const arr = (v) => (Array.isArray(v) ? v : []);
const LEVELS = new Set(['error', 'warning', 'note', 'none']);
function summarizeSarif(doc) {
    const root = obj(doc);
    if (!Array.isArray(root.runs))
        throw new Error('not a SARIF log: no "runs" array');
    const out = {
        results: 0,
        error: 0,
        warning: 0,
        note: 0,
        none: 0,
        suppressed: 0,
        // Rule ids are data: `constructor` or `__proto__` is counted like any other id.
        rules: Object.create(null),
        tools: [],
    };
    for (const run of arr(root.runs).map(obj)) {
        const driver = obj(obj(run.tool).driver);
        if (typeof driver.name === 'string' && !out.tools.includes(driver.name))
            out.tools.push(driver.name);
        const ruleLevels = new Map();
        arr(driver.rules).forEach((r, i) => {
            const rule = obj(r);
            const level = obj(rule.defaultConfiguration).level;
            if (typeof level === 'string') {
                ruleLevels.set(`#${i}`, level);
                if (typeof rule.id === 'string')
                    ruleLevels.set(rule.id, level);
            }
        });
        for (const inv of arr(run.invocations).map(obj))
            if (typeof inv.endTimeUtc === 'string')
                out.endTimeUtc = inv.endTimeUtc;
        for (const res of arr(run.results).map(obj)) {
            if (arr(res.suppressions).length > 0) {
                out.suppressed++;
                continue;
            }
            const ruleId = typeof res.ruleId === 'string' ? res.ruleId : obj(res.rule).id;
            const ruleIndex = typeof res.ruleIndex === 'number' ? `#${res.ruleIndex}` : undefined;
            // SARIF \u00a73.27.10: a result that is not a failure has level none; the default level is warning.
            const kind = typeof res.kind === 'string' ? res.kind : 'fail';
            let level = kind !== 'fail'
                ? 'none'
                : typeof res.level === 'string'
                    ? res.level
                    : ((ruleId && ruleLevels.get(ruleId)) ?? (ruleIndex && ruleLevels.get(ruleIndex)) ?? 'warning');
            if (!LEVELS.has(level))
                level = 'warning';
            out.results++;
            out[level]++;
            if (ruleId)
                out.rules[ruleId] = (Object.hasOwn(out.rules, ruleId) ? out.rules[ruleId] : 0) + 1;
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/checks/evidence/parse.ts




const EVIDENCE_FORMATS = ['json', 'yaml', 'junit', 'sarif'];
/**
 * From what size a report is parsed on a thread of its own rather than on the main thread: about
 * where parsing it takes longer than starting a thread (\u224850 ms). YAML is read at about 1 MB/s, a
 * JUnit file at about 15 MB/s, SARIF at JSON.parse's speed. A JSON document is parsed where it is
 * used: handing a large one back from a thread costs the main thread about what parsing it does.
 */
const THREAD_FROM = {
    json: Number.POSITIVE_INFINITY,
    yaml: 64 * 1024,
    junit: junit.JUNIT_THREAD_FROM,
    sarif: 8 * 1024 * 1024,
};
const JUNIT_TIMESTAMP = /<testsuites?\b[^>]*\btimestamp="([^"]+)"/;
/** What conditions are evaluated on: the document of JSON or YAML, counts for JUnit and SARIF. */
async function parseEvidenceText(format, text) {
    switch (format) {
        case 'json':
            return JSON.parse(text);
        case 'yaml':
            return (0,dist/* parse */.qg)(text, { maxAliasCount: 100 });
        case 'junit': {
            const s = await (0,junit.parseJUnit)(text);
            const timestamp = JUNIT_TIMESTAMP.exec(text)?.[1];
            return {
                tests: s.tests,
                passed: s.passed,
                failures: s.failures,
                errors: s.errors,
                skipped: s.skipped,
                timeSec: s.timeSec,
                failed: s.failed
                    .slice(0, 50)
                    .map((c) => ({ name: c.name, suite: c.suite, message: c.message, file: c.file, line: c.line })),
                ...(timestamp !== undefined ? { timestamp } : {}),
            };
        }
        case 'sarif':
            return summarizeSarif(JSON.parse(text));
    }
}
/** A job thread's side of `parseEvidence`. */
function parseEvidenceJob(input) {
    const { format, text } = input;
    return parseEvidenceText(format, text);
}
/** Parses evidence of a format, on a thread when it is large (see THREAD_FROM). */
function parseEvidence(format, text, signal) {
    return (0,threads/* hereOrOnThread */.ze)(text.length, THREAD_FROM[format], { kind: 'evidence', input: { format, text } }, () => parseEvidenceText(format, text), signal);
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

/***/ 2388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ DEFAULT_MIGRATION_PATHS),
  e: () => (/* binding */ migrationsCheck)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(12311);
// EXTERNAL MODULE: ./src/change/pathspec.ts
var pathspec = __webpack_require__(79750);
// EXTERNAL MODULE: ./src/checks/fields.ts
var fields = __webpack_require__(23128);
// EXTERNAL MODULE: ./src/checks/changeRange.ts
var changeRange = __webpack_require__(79792);
;// CONCATENATED MODULE: ./src/checks/migrations/state.ts
/**
 * The state at the start of a file; `tables` were created by earlier migrations of the same
 * change. They are looked up, not copied (a change of many migrations would copy them once per
 * file), so the caller adds a file's tables only once that file is read.
 */
function fileState(postgresVersion, tool, tables = new Set()) {
    return {
        postgresVersion,
        newTables: new Set(),
        earlierTables: tables,
        tx: tool ? 'tool' : 'none',
        tool,
        txSeq: 0,
        statements: 0,
        notValid: new Map(),
        validatedNotNull: new Set(),
        validatedTables: new Set(),
        droppedConstraints: new Set(),
        soleStatementOnly: [],
    };
}
/**
 * What the end of a file (or of its up part) says: a BEGIN still open, as an operation at its
 * line. Drops the risks that only hold for files of more than one statement.
 */
function endOfFile(state) {
    if (state.statements === 1)
        for (const { risks, risk } of state.soleStatementOnly)
            risks.splice(risks.indexOf(risk), 1);
    if (state.tx !== 'explicit' || state.openedAt === undefined)
        return undefined;
    return {
        line: state.openedAt,
        ddl: { kind: 'transaction', risks: [{ rule: 'ban-uncommitted-transaction' }] },
    };
}
const PART = `(?:"(?:[^"]|"")+"|\`[^\`]+\`|[\\p{L}_][\\p{L}\\p{N}_$]*)`;
const NAME = `${PART}(?:\\s*\\.\\s*${PART})*`;
/** The same for ASCII text, in which a letter of any script is one of A\u2013Z or a\u2013z. */
const ASCII_PART = `(?:"(?:[^"]|"")+"|\`[^\`]+\`|[A-Za-z_][A-Za-z0-9_$]*)`;
const ASCII_NAME = `${ASCII_PART}(?:\\s*\\.\\s*${ASCII_PART})*`;
const NOT_ASCII = /[^\0-\x7F]/;
const compiled = new Map();
/**
 * A case-insensitive pattern with `<name>` standing for a (quoted, schema-qualified) name and
 * `<part>` for one part of it, in any script; compiled once. Text that is all ASCII, as most
 * migrations are, is matched by the pattern with ASCII letters, which compiles ten times faster
 * than the one with Unicode's (a millisecond each, for dozens of patterns) and matches that text
 * alike: Unicode case folding and letter classes differ from ASCII's only beyond ASCII.
 */
function re(source) {
    let p = compiled.get(source);
    if (!p) {
        const compile = (name, part, flags) => new RegExp(source.replaceAll('<name>', name).replaceAll('<part>', part), flags);
        let ascii;
        let unicode;
        p = {
            exec: (s) => NOT_ASCII.test(s)
                ? (unicode ??= compile(NAME, PART, 'iu')).exec(s)
                : (ascii ??= compile(ASCII_NAME, ASCII_PART, 'i')).exec(s),
        };
        compiled.set(source, p);
    }
    return p;
}
const unquote = (s) => s
    .replace(/["`]/g, '')
    .replace(/\s*\.\s*/g, '.')
    .toLowerCase();
/** The table's own name, without its schema, as the file's state keys it. */
const base = (name) => name.slice(name.lastIndexOf('.') + 1);
const inTx = (state) => state.tx !== 'none';
const addedTable = (state, table) => void state.newTables.add(tableKey(table));
/** How the file's state names a table: its own name, without its schema, in lower case. */
const tableKey = (table) => base(table.toLowerCase());
/** Whether the table was created earlier in the file, so nobody else is using it yet. */
const isNewTable = (state, table) => {
    const key = base(table.toLowerCase());
    return state.newTables.has(key) || state.earlierTables.has(key);
};
/** A constraint added NOT VALID; `notNullOf` names the column of a CHECK (column IS NOT NULL). */
function addedNotValid(state, name, table, notNullOf) {
    state.notValid.set(name.toLowerCase(), {
        table: base(table.toLowerCase()),
        txSeq: state.txSeq,
        inTx: inTx(state),
        notNullOf: notNullOf?.toLowerCase(),
    });
}
/** A validated CHECK (column IS NOT NULL) added in one step. */
function addedValidNotNull(state, table, column) {
    state.validatedNotNull.add(`${base(table.toLowerCase())}.${column.toLowerCase()}`);
}
/** VALIDATE CONSTRAINT: what it proves, and the risk of validating in the transaction that added it. */
function validateConstraint(state, name, table) {
    const key = base(table.toLowerCase());
    const added = state.notValid.get(name.toLowerCase());
    if (!added || added.table !== key) {
        // Added by an earlier migration: what it checks is not known here; squawk reads it the same way.
        state.validatedTables.add(key);
        return [];
    }
    if (added.notNullOf)
        state.validatedNotNull.add(`${key}.${added.notNullOf}`);
    if (!(added.inTx && inTx(state) && added.txSeq === state.txSeq))
        return [];
    return [
        {
            rule: 'constraint-missing-not-valid',
            why: 'VALIDATE CONSTRAINT in the same transaction as its ADD \u2026 NOT VALID: the ADD\u2019s lock is held while every row is checked',
            instead: 'VALIDATE CONSTRAINT in a separate transaction (a later migration)',
        },
    ];
}
/** Whether SET NOT NULL skips its table scan: PostgreSQL 12+, after a validated CHECK (column IS NOT NULL). */
function notNullProven(state, table, column) {
    const key = base(table.toLowerCase());
    return (state.postgresVersion >= 12 &&
        (state.validatedNotNull.has(`${key}.${column.toLowerCase()}`) || state.validatedTables.has(key)));
}
/** Splits `a, b (c, d), e` on top-level commas, each part with its offset. */
function actions(s, offset = 0) {
    const out = [];
    let depth = 0;
    let quote = '';
    let from = 0;
    const push = (end) => {
        const raw = s.slice(from, end);
        const lead = raw.length - raw.trimStart().length;
        if (raw.trim())
            out.push({ text: raw.trim(), at: offset + from + lead });
    };
    for (let i = 0; i < s.length; i++) {
        const c = s[i];
        if (quote) {
            if (c === quote)
                quote = '';
        }
        else if (c === "'" || c === '"')
            quote = c;
        else if (c === '(')
            depth++;
        else if (c === ')')
            depth--;
        else if (c === ',' && depth === 0) {
            push(i);
            from = i + 1;
        }
    }
    push(s.length);
    return out;
}
/** The index of the `)` that closes the `(` at `open`, or -1. */
function closing(s, open) {
    let depth = 0;
    let quote = '';
    for (let i = open; i < s.length; i++) {
        const c = s[i];
        if (quote) {
            if (c === quote)
                quote = '';
        }
        else if (c === "'" || c === '"')
            quote = c;
        else if (c === '(')
            depth++;
        else if (c === ')' && --depth === 0)
            return i;
    }
    return -1;
}
const robust = (why, instead, at) => ({
    rule: 'prefer-robust-stmts',
    at,
    why: `${why} outside a transaction: a migration that fails after it cannot be run again`,
    instead,
});
/** A CONCURRENTLY statement inside a transaction, which PostgreSQL refuses. */
function concurrentInTx(state, risks, at, what) {
    if (!inTx(state))
        return;
    const tool = state.tx === 'tool' ? state.tool : undefined;
    const risk = {
        rule: 'ban-concurrent-index-creation-in-transaction',
        at,
        why: `${what} cannot run inside a transaction block${tool ? ` (${tool.by} runs this migration in one)` : ''}: PostgreSQL rejects it and the migration fails`,
        instead: tool
            ? `run it in a migration of its own without the transaction (${tool.off})`
            : 'COMMIT before it, or move it to a migration of its own',
    };
    risks.push(risk);
    if (tool?.assumed)
        state.soleStatementOnly.push({ risks, risk });
}

;// CONCATENATED MODULE: ./src/checks/migrations/calls.ts
/** Reading framework migrations (Python, Ruby, JavaScript) as text: lines, calls and their arguments. */
/** Line numbers of offsets in a text, found by binary search over the line starts. */
class LineIndex {
    starts = [0];
    constructor(text) {
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    /** 1-based line of the character at `index`. */
    lineAt(index) {
        let lo = 0;
        let hi = this.starts.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (this.starts[mid] <= index)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
}
/** Longest call read for its arguments; a longer one is read up to here. */
const CALL_MAX = 64 * 1024;
/**
 * The call at `at`: `name(\u2026)` with its parentheses balanced outside strings, so options on later
 * lines are seen; a call without parentheses (Ruby) runs to the end of its line, and on while a
 * line ends with a comma.
 */
function callText(text, at) {
    let i = at;
    while (i < text.length && /[\w.!?$]/.test(text[i]))
        i++;
    while (text[i] === ' ' || text[i] === '\t')
        i++;
    if (text[i] === '(') {
        const end = closeOf(text, i, Math.min(text.length, i + CALL_MAX));
        if (end !== -1)
            return text.slice(at, end + 1);
    }
    let end = text.indexOf('\n', i);
    while (end !== -1 && end - at < CALL_MAX && /,\s*$/.test(text.slice(Math.max(at, end - 200), end)))
        end = text.indexOf('\n', end + 1);
    return text.slice(at, end === -1 ? undefined : end);
}
/** The index of the bracket closing the one at `open` (strings skipped), or -1 before `limit`. */
function closeOf(text, open, limit = text.length) {
    const pairs = { '(': ')', '[': ']', '{': '}' };
    const stack = [];
    for (let i = open; i < limit; i++) {
        const c = text[i];
        if (c === '"' || c === "'" || c === '`') {
            const triple = text.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
            let j = i + triple.length;
            for (; j < limit && !text.startsWith(triple, j); j++)
                if (text[j] === '\\')
                    j++;
            i = j + triple.length - 1;
        }
        else if ((c === '#' && (i === 0 || /\s/.test(text[i - 1]))) || (c === '/' && text[i + 1] === '/')) {
            // A comment (Python and Ruby `#`, JavaScript `//`): its quotes and brackets do not count.
            const nl = text.indexOf('\n', i);
            i = nl === -1 ? limit : nl;
        }
        else if (pairs[c])
            stack.push(pairs[c]);
        else if (c === ')' || c === ']' || c === '}') {
            if (stack.pop() !== c)
                return -1;
            if (!stack.length)
                return i;
        }
    }
    return -1;
}
/** The n-th symbol or string argument of a call (`:users`, `'users'`, `"users"`). */
function arg(call, n) {
    return [...call.matchAll(/[:'"]([\w.]+)['"]?/g)].map((m) => m[1])[n];
}
/** The string literals of a call, in order. */
function strings(call) {
    return [...call.matchAll(/(["'])((?:\\.|(?!\1).)*)\1/g)].map((m) => m[2]);
}
/** A keyword argument (`name='x'` in Python, `name: "x"` in Ruby) given as a string or symbol. */
function calls_option(call, key) {
    const m = new RegExp(`\\b${key}\\s*(?:=|:)\\s*(?:(["'])((?:\\\\.|(?!\\1).)*)\\1|:(\\w+))`).exec(call);
    return m ? (m[2] ?? m[3]) : undefined;
}
/** The column of a `column IS NOT NULL` condition, or undefined. */
function notNullCondition(condition) {
    const m = /^\s*\(?\s*"?([\w$]+)"?\s*\)?\s+IS\s+NOT\s+NULL\s*\)?\s*$/i.exec(condition ?? '');
    return m?.[1]?.toLowerCase();
}

;// CONCATENATED MODULE: ./src/checks/migrations/columns.ts
const TOKEN = /\s+|([Ee]'(?:[^'\\]|\\.|'')*'|'(?:[^']|'')*'|\$([A-Za-z_][A-Za-z0-9_]*)?\$[\s\S]*?\$\2\$)|("(?:[^"]|"")*")|(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\.\d+)|([\p{L}_][\p{L}\p{N}_$]*)|(::|[-+*/<>=~!@#%^&|`?]+)|([()[\],.;])|([\s\S])/uy;
/** The tokens of a statement or a part of one; `at` is the offset in `s` plus `offset`. */
function tokenize(s, offset = 0) {
    const out = [];
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(s); m && m[0]; m = TOKEN.exec(s)) {
        const at = m.index + offset;
        if (m[1] !== undefined)
            out.push({ kind: 'string', text: m[1], at });
        else if (m[3] !== undefined)
            out.push({ kind: 'quoted', text: m[3], at });
        else if (m[4] !== undefined)
            out.push({ kind: 'number', text: m[4], at });
        else if (m[5] !== undefined)
            out.push({ kind: 'word', text: m[5], at });
        else if (m[6] !== undefined)
            out.push({ kind: 'op', text: m[6], at });
        else if (m[7] !== undefined || m[8] !== undefined)
            out.push({ kind: 'punct', text: m[0], at });
    }
    return out;
}
/** A name as PostgreSQL stores it: quotes removed, unquoted names folded to lower case. */
function identifier(t) {
    return t.kind === 'quoted' ? t.text.slice(1, -1).replace(/""/g, '"') : t.text.toLowerCase();
}
const MAX_IDENTIFIER_BYTES = 63;
/** Names longer than PostgreSQL keeps (63 bytes), each once, with its offset. */
function longIdentifiers(tokens) {
    const seen = new Set();
    const out = [];
    for (const t of tokens) {
        if (t.kind !== 'word' && t.kind !== 'quoted')
            continue;
        const name = identifier(t);
        if (Buffer.byteLength(name, 'utf8') <= MAX_IDENTIFIER_BYTES || seen.has(name))
            continue;
        seen.add(name);
        out.push({ name, at: t.at });
    }
    return out;
}
/**
 * What the style rules say about a column type written at `at` (the text after the column name,
 * or after TYPE). Arrays count as their element type, as in squawk.
 */
function typeRisks(type, at) {
    const lead = /^\s*/.exec(type)[0].length;
    const t = type
        .slice(lead)
        .replace(/^pg_catalog\s*\.\s*/i, '')
        .toLowerCase();
    const where = at + lead;
    const name = /^"?([a-z_][a-z0-9_]*)"?/.exec(t)?.[1] ?? '';
    const rules = [];
    if (/^(?:int|integer|int4|serial|serial4)$/.test(name))
        rules.push('prefer-bigint-over-int');
    if (/^(?:smallint|int2|smallserial|serial2)$/.test(name))
        rules.push('prefer-bigint-over-smallint');
    if (/^(?:serial[248]?|smallserial|bigserial)$/.test(name))
        rules.push('prefer-identity');
    if (/^(?:varchar\s*\(|character\s+varying\s*\()/.test(t))
        rules.push('prefer-text-field');
    if (name === 'timestamp' && !/^timestamp\s*(?:\(\s*\d+\s*\))?\s*with\s+time\s+zone\b/.test(t))
        rules.push('prefer-timestamptz');
    if (/^(?:char|character|bpchar|nchar)$/.test(name) && !/^(?:char|character)\s+varying\b/.test(t))
        rules.push('ban-char-field');
    if (/^national\s+char(?:acter)?\b(?!\s+varying)/.test(t))
        rules.push('ban-char-field');
    return rules.map((rule) => ({ rule, at: where }));
}
/** Whether the type fills existing rows from a sequence when a column of it is added. */
const isSerial = (type) => /^\s*"?(?:small|big)?serial[248]?"?(?![\w$])/i.test(type);
/**
 * Functions with no argument that PostgreSQL does not mark volatile: a default made of them (or
 * of constants) is evaluated once when a column is added, so PostgreSQL 11+ keeps it in the
 * catalog instead of rewriting the table. Anything else counts as volatile, as in squawk.
 */
const STABLE_FUNCTIONS = new Set([
    'now',
    'transaction_timestamp',
    'statement_timestamp',
    'current_database',
    'current_schema',
    'current_user',
    'session_user',
    'pi',
    'version',
    'pg_backend_pid',
    'inet_client_addr',
    'inet_server_addr',
    'pg_postmaster_start_time',
]);
const CONSTANT_WORDS = new Set([
    'true',
    'false',
    'null',
    'current_timestamp',
    'current_date',
    'current_time',
    'localtime',
    'localtimestamp',
    'current_user',
    'session_user',
    'user',
    'current_role',
    'current_schema',
    'current_catalog',
    'array',
    'and',
    'or',
    'not',
    'is',
    'collate',
]);
/** Whether a DEFAULT expression is a constant or a non-volatile call, evaluated once for all rows. */
function isStableDefault(tokens) {
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        const next = tokens[i + 1];
        if (t.kind === 'string' || t.kind === 'number' || t.kind === 'punct')
            continue;
        if (t.kind === 'quoted')
            return false;
        if (t.kind === 'op') {
            if (t.text === '::')
                i = skipType(tokens, i + 1) - 1;
            continue;
        }
        const w = t.text.toLowerCase();
        if (next?.text === '(') {
            const close = tokens[i + 2];
            if (close?.text === ')' && STABLE_FUNCTIONS.has(w)) {
                i += 2;
                continue;
            }
            // current_timestamp(3) and the like: a precision, not an argument.
            if (CONSTANT_WORDS.has(w) &&
                w !== 'array' &&
                tokens[i + 2]?.kind === 'number' &&
                tokens[i + 3]?.text === ')') {
                i += 3;
                continue;
            }
            if (w === 'array' || !CONSTANT_WORDS.has(w))
                return false;
        }
        if (CONSTANT_WORDS.has(w)) {
            if (w === 'collate' && next)
                i++;
            continue;
        }
        // A typed literal: interval '1 day', date '2024-01-01'.
        if (next?.kind === 'string') {
            i++;
            continue;
        }
        if (/^(?:with|without|time|zone|precision|varying)$/.test(w))
            continue;
        return false;
    }
    return true;
}
/** The index after a type name that follows `::` (`numeric(12, 2)[]`, `timestamp with time zone`). */
function skipType(tokens, i) {
    while (tokens[i] && (tokens[i].kind === 'word' || tokens[i].kind === 'quoted' || tokens[i].text === '.'))
        i++;
    if (tokens[i]?.text === '(') {
        let depth = 0;
        for (; i < tokens.length; i++) {
            if (tokens[i].text === '(')
                depth++;
            else if (tokens[i].text === ')' && --depth === 0) {
                i++;
                break;
            }
        }
    }
    while (tokens[i]?.text === '[' && tokens[i + 1]?.text === ']')
        i += 2;
    return i;
}
const CONSTRAINT_START = /^(?:NOT|NULL|DEFAULT|CONSTRAINT|CHECK|UNIQUE|PRIMARY|REFERENCES|GENERATED|COLLATE|DEFERRABLE|INITIALLY)$/i;
/** Reads `type [constraints\u2026]` (the text after a column name, at `at` in the statement). */
function columnDef(rest, at) {
    const tokens = tokenize(rest, at);
    let depth = 0;
    let typeEnd = tokens.length;
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (t.text === '(')
            depth++;
        else if (t.text === ')')
            depth--;
        else if (depth === 0 && i > 0 && t.kind === 'word' && CONSTRAINT_START.test(t.text)) {
            typeEnd = i;
            break;
        }
    }
    const end = tokens[typeEnd]?.at ?? at + rest.length;
    const def = {
        type: rest.slice(0, end - at).trim(),
        typeAt: tokens[0]?.at ?? at,
        notNull: false,
    };
    depth = 0;
    for (let i = typeEnd; i < tokens.length; i++) {
        const t = tokens[i];
        if (t.text === '(')
            depth++;
        else if (t.text === ')')
            depth--;
        if (depth !== 0 || t.kind !== 'word')
            continue;
        const w = t.text.toUpperCase();
        if (w === 'NOT' && tokens[i + 1]?.text.toUpperCase() === 'NULL') {
            def.notNull = true;
            i++;
        }
        else if (w === 'DEFAULT') {
            let j = i + 1;
            for (let d = 0; j < tokens.length; j++) {
                const u = tokens[j];
                if (u.text === '(')
                    d++;
                else if (u.text === ')')
                    d--;
                else if (d === 0 && j > i + 1 && endsDefault(tokens, j))
                    break;
            }
            def.defaultTokens = tokens.slice(i + 1, j);
            def.defaultAt = tokens[i + 1]?.at ?? t.at;
            i = j - 1;
        }
        else if (w === 'GENERATED') {
            def.generated = tokens.slice(i, i + 6).some((u) => /^IDENTITY$/i.test(u.text)) ? 'identity' : 'stored';
            def.generatedAt = t.at;
        }
        else if (w === 'REFERENCES')
            def.references = t.at;
        else if (w === 'UNIQUE')
            def.unique = t.at;
        else if (w === 'PRIMARY')
            def.primaryKey = t.at;
        else if (w === 'CHECK')
            def.check = t.at;
    }
    return def;
}
/** Whether the word at `j` starts the next constraint of a column, ending its DEFAULT expression. */
function endsDefault(tokens, j) {
    const u = tokens[j];
    if (u.kind !== 'word')
        return false;
    const w = u.text.toUpperCase();
    const prev = tokens[j - 1]?.text.toUpperCase();
    if (w === 'NOT')
        return tokens[j + 1]?.text.toUpperCase() === 'NULL' && prev !== 'IS';
    if (w === 'NULL')
        return prev !== 'IS' && prev !== 'NOT';
    return /^(?:CONSTRAINT|CHECK|UNIQUE|PRIMARY|REFERENCES|GENERATED|DEFERRABLE|INITIALLY|DEFAULT)$/.test(w);
}
/** Whether a default is only `NULL`, which adds nothing to existing rows. */
const isNullDefault = (tokens) => tokens.length > 0 && tokens.every((t) => /^null$/i.test(t.text) || t.text === '(' || t.text === ')');

;// CONCATENATED MODULE: ./src/checks/migrations/sql.ts
/** SQL migrations: statements with their lines, and a shape safe to show as evidence. */
/** The line of the character at `at` in the statement's text. */
function lineOf(st, at) {
    let lo = 0;
    let hi = st.breaks.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (st.breaks[mid] <= at)
            lo = mid + 1;
        else
            hi = mid;
    }
    return st.startLine + lo;
}
const WORD = /[\p{L}_][\p{L}\p{N}_$]*/uy;
/** Characters that never start a word, a quote, a comment or the end of a statement. */
const PLAIN = /[^\s'"`$;\-/\p{L}_]+/uy;
const DOLLAR = /\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/y;
function isSpace(c) {
    const n = c.charCodeAt(0);
    return n === 32 || (n >= 9 && n <= 13) || (n > 127 && /\s/.test(c));
}
function isWordChar(c) {
    if (c === undefined)
        return false;
    const n = c.charCodeAt(0);
    if (n < 128)
        return (n >= 97 && n <= 122) || (n >= 65 && n <= 90) || (n >= 48 && n <= 57) || n === 95 || n === 36;
    return /[\p{L}\p{N}]/u.test(c);
}
/**
 * Splits SQL into statements on `;`, aware of quotes (`E'\u2026'` escapes too), dollar quotes
 * (`$$\u2026$$`, `$fn$\u2026$fn$`), line and nested block comments and SQL-standard function bodies
 * (`BEGIN ATOMIC \u2026 END`), so a semicolon inside a function body or string does not cut.
 * A generator, so a caller can give the event loop a turn between statements of a big file.
 */
function* statements(sql, firstLine = 1) {
    // The text is built from slices of `sql`: a run of content is copied at once when whitespace,
    // a comment or the end of the statement cuts it, which keeps a big file cheap to read.
    let out = '';
    let seg = -1;
    let endsInSpace = false;
    let line = firstLine;
    let start = -1;
    let last = firstLine;
    let breaks = [];
    // Inside `BEGIN ATOMIC`: 1 + the CASE expressions open, since each ends with END too.
    let atomic = 0;
    let previousWord = '';
    const cut = (end) => {
        if (seg !== -1 && end > seg) {
            out += sql.slice(seg, end);
            endsInSpace = false;
        }
        seg = -1;
    };
    const gap = () => {
        if (start !== -1 && !endsInSpace) {
            out += ' ';
            endsInSpace = true;
        }
    };
    const content = (i) => {
        if (start === -1)
            start = line;
        if (seg === -1)
            seg = i;
    };
    /** Past a quoted literal or dollar-quoted body from `i` to `end`, counting its lines. */
    const literal = (i, end) => {
        for (let k = sql.indexOf('\n', i); k !== -1 && k < end; k = sql.indexOf('\n', k + 1)) {
            line++;
            breaks.push(out.length + (k + 1 - seg));
        }
        last = line;
        return end;
    };
    const flush = () => {
        const text = endsInSpace ? out.slice(0, -1) : out;
        const st = text
            ? {
                text,
                startLine: start,
                endLine: last,
                breaks: (breaks.at(-1) ?? -1) >= text.length ? breaks.filter((b) => b < text.length) : breaks,
            }
            : undefined;
        out = '';
        endsInSpace = false;
        start = -1;
        breaks = [];
        previousWord = '';
        atomic = 0;
        return st;
    };
    for (let i = 0; i < sql.length;) {
        const c = sql[i];
        if (isSpace(c)) {
            cut(i);
            for (; i < sql.length && isSpace(sql[i]); i++) {
                gap();
                if (sql[i] === '\n') {
                    line++;
                    if (start !== -1)
                        breaks.push(out.length);
                }
            }
            continue;
        }
        if (c === '-' && sql[i + 1] === '-') {
            cut(i);
            const end = sql.indexOf('\n', i);
            i = end === -1 ? sql.length : end;
            gap();
            continue;
        }
        if (c === '/' && sql[i + 1] === '*') {
            cut(i);
            gap();
            let depth = 1;
            for (i += 2; i < sql.length && depth > 0; i++) {
                if (sql[i] === '\n') {
                    line++;
                    if (start !== -1)
                        breaks.push(out.length);
                }
                else if (sql[i] === '/' && sql[i + 1] === '*') {
                    depth++;
                    i++;
                }
                else if (sql[i] === '*' && sql[i + 1] === '/') {
                    depth--;
                    i++;
                }
            }
            continue;
        }
        if (c === ';' && atomic === 0) {
            cut(i);
            const st = flush();
            if (st)
                yield st;
            i++;
            continue;
        }
        content(i);
        if (c === "'" || c === '"' || c === '`') {
            // E'\u2026' takes backslash escapes; elsewhere a doubled quote is the only escape.
            const escapes = c === "'" && /[Ee]/.test(sql[i - 1] ?? '') && !isWordChar(sql[i - 2]);
            let j = i + 1;
            for (; j < sql.length; j++) {
                if (escapes && sql[j] === '\\')
                    j++;
                else if (sql[j] === c) {
                    if (sql[j + 1] === c)
                        j++;
                    else
                        break;
                }
            }
            i = literal(i, Math.min(j + 1, sql.length));
            continue;
        }
        if (c === '$' && !isWordChar(sql[i - 1])) {
            DOLLAR.lastIndex = i;
            const tag = DOLLAR.exec(sql);
            if (tag) {
                const end = sql.indexOf(tag[0], i + tag[0].length);
                i = literal(i, end === -1 ? sql.length : end + tag[0].length);
                continue;
            }
        }
        if (!isWordChar(sql[i - 1])) {
            WORD.lastIndex = i;
            const word = WORD.exec(sql);
            if (word) {
                // Only these few words matter to the split; most words are longer or shorter.
                const w = word[0].length >= 3 && word[0].length <= 6 ? word[0].toUpperCase() : '';
                if (atomic > 0) {
                    if (w === 'CASE')
                        atomic++;
                    else if (w === 'END')
                        atomic--;
                }
                else if (w === 'ATOMIC' &&
                    previousWord === 'BEGIN' &&
                    /^CREATE\b.*\b(?:FUNCTION|PROCEDURE)\b/is.test(out + sql.slice(seg, i)))
                    atomic = 1;
                previousWord = w;
                i += word[0].length;
                last = line;
                continue;
            }
        }
        PLAIN.lastIndex = i;
        const run = PLAIN.exec(sql);
        i += run ? run[0].length : 1;
        last = line;
    }
    cut(sql.length);
    const st = flush();
    if (st)
        yield st;
}
function splitSql(sql, firstLine = 1) {
    return [...statements(sql, firstLine)];
}
/** Where a literal may start: text between two of these is copied as it is. */
const LITERAL_START = /['$]/g;
/**
 * The statement as evidence may show it: string literals and dollar-quoted bodies emptied (they
 * can hold passwords), cut at `max` characters. One pass, and the text between literals is
 * copied a run at a time, so a huge statement costs little.
 */
function excerpt(stmt, max = 120) {
    let out = '';
    let i = 0;
    while (i < stmt.length && out.length < max) {
        const c = stmt[i];
        if (c === "'") {
            const escapes = /[Ee]/.test(stmt[i - 1] ?? '') && !isWordChar(stmt[i - 2]);
            let j = i + 1;
            for (; j < stmt.length; j++) {
                if (escapes && stmt[j] === '\\')
                    j++;
                else if (stmt[j] === "'") {
                    if (stmt[j + 1] === "'")
                        j++;
                    else
                        break;
                }
            }
            out += "'\u2026'";
            i = j + 1;
            continue;
        }
        if (c === '$' && !isWordChar(stmt[i - 1])) {
            DOLLAR.lastIndex = i;
            const tag = DOLLAR.exec(stmt);
            if (tag) {
                const end = stmt.indexOf(tag[0], i + tag[0].length);
                out += '$$\u2026$$';
                i = end === -1 ? stmt.length + 1 : end + tag[0].length;
                continue;
            }
        }
        // This character and those up to the next possible literal, as many as still fit.
        LITERAL_START.lastIndex = i + 1;
        const next = LITERAL_START.exec(stmt)?.index ?? stmt.length;
        const end = Math.min(next, i + max - out.length);
        out += stmt.slice(i, end);
        i = end;
    }
    return out.length > max || i < stmt.length ? `${out.slice(0, max - 1)}\u2026` : out;
}

;// CONCATENATED MODULE: ./src/checks/migrations/frameworkRules.ts
/** What framework calls share: the shape of a rule, and the risks several frameworks have. */



const lower = (s) => s?.toLowerCase();
const risk = (rule, instead, why) => ({ rule, instead, why });
/** A CONCURRENTLY operation inside the tool's transaction, or a plain one that locks the table. */
function concurrently(state, concurrent, plain, what) {
    if (!concurrent)
        return [plain];
    const risks = [];
    concurrentInTx(state, risks, undefined, what);
    return risks;
}
/** What a column default says when the column is added to a table with rows. */
function defaultRisk(state, expr, literal) {
    if (expr === undefined)
        return [];
    if (state.postgresVersion < 11)
        return [
            risk('adding-field-with-default', undefined, `before PostgreSQL 11, adding a column with a default rewrites the table under an ACCESS EXCLUSIVE lock (postgresVersion: ${state.postgresVersion})`),
        ];
    if (literal || isStableDefault(tokenize(expr)))
        return [];
    return [
        risk('adding-field-with-default', undefined, `default ${excerpt(expr, 40)} is volatile: adding the column computes it for every row, rewriting the table under an ACCESS EXCLUSIVE lock`),
    ];
}
/**
 * A check constraint added by a framework call: recorded for the file (a validated NOT NULL check
 * makes a later SET NOT NULL safe), and a full scan under lock unless it is added not valid or the
 * table is new. `instead` is the framework's own safer form.
 */
function addCheck(state, c, instead) {
    if (c.notValid && c.name)
        addedNotValid(state, c.name, c.table, c.column);
    if (!c.notValid && c.column)
        addedValidNotNull(state, c.table, c.column);
    return {
        kind: 'add-check',
        target: c.table,
        risks: c.notValid || isNewTable(state, c.table) ? [] : [risk('constraint-missing-not-valid', instead)],
    };
}

;// CONCATENATED MODULE: ./src/checks/migrations/alembic.ts
/** Alembic migrations: what each `op.*` call does. */



const ALEMBIC = [
    [
        /\bop\.drop_table\(/g,
        (c) => ({ kind: 'drop-table', target: arg(c, 0), destructive: 'ban-drop-table', risks: [] }),
    ],
    [
        /\bop\.drop_column\(/g,
        (c) => ({
            kind: 'drop-column',
            target: `${arg(c, 0)}.${arg(c, 1)}`,
            destructive: 'ban-drop-column',
            risks: [],
        }),
    ],
    [
        /\bop\.rename_table\(/g,
        (c) => ({ kind: 'rename', target: arg(c, 0), destructive: 'renaming-table', risks: [] }),
    ],
    [
        /\bop\.alter_column\(/g,
        (c, st) => {
            const [table = '', column = ''] = [arg(c, 0), arg(c, 1)];
            const target = `${table}.${column}`;
            if (/new_column_name\s*=/.test(c))
                return { kind: 'rename', target, destructive: 'renaming-column', risks: [] };
            if (isNewTable(st, table))
                return { kind: 'alter-table', target, risks: [] };
            if (/\btype_\s*=/.test(c))
                return { kind: 'alter-column-type', target, risks: [risk('changing-column-type')] };
            if (/nullable\s*=\s*False/.test(c))
                return {
                    kind: 'set-not-null',
                    target,
                    risks: notNullProven(st, table, column)
                        ? []
                        : [
                            risk('adding-not-nullable-field', 'op.create_check_constraint(\u2026, "col IS NOT NULL", postgresql_not_valid=True); VALIDATE CONSTRAINT in a later migration; then alter_column(nullable=False) (PostgreSQL 12+)'),
                        ],
                };
            if (/nullable\s*=\s*True/.test(c))
                return { kind: 'drop-not-null', target, risks: [risk('ban-drop-not-null')] };
            return { kind: 'alter-table', target: table, risks: [] };
        },
    ],
    [
        /\bop\.create_index\(/g,
        (c, st) => {
            const table = calls_option(c, 'table_name') ?? arg(c, 1) ?? '';
            return {
                kind: 'create-index',
                target: table,
                risks: isNewTable(st, table)
                    ? []
                    : concurrently(st, /postgresql_concurrently\s*=\s*True/.test(c), risk('require-concurrent-index-creation', 'op.create_index(\u2026, postgresql_concurrently=True) inside op.get_context().autocommit_block()'), 'create_index(\u2026, postgresql_concurrently=True)'),
            };
        },
    ],
    [
        /\bop\.drop_index\(/g,
        (c, st) => ({
            kind: 'drop-index',
            target: calls_option(c, 'table_name') ?? arg(c, 0),
            risks: concurrently(st, /postgresql_concurrently\s*=\s*True/.test(c), risk('require-concurrent-index-deletion', 'op.drop_index(\u2026, postgresql_concurrently=True) inside op.get_context().autocommit_block()'), 'drop_index(\u2026, postgresql_concurrently=True)'),
        }),
    ],
    [
        /\bop\.create_unique_constraint\(/g,
        (c, st) => {
            const table = calls_option(c, 'table_name') ?? arg(c, 1) ?? '';
            return {
                kind: 'add-unique',
                target: table,
                risks: isNewTable(st, table)
                    ? []
                    : [
                        risk('disallowed-unique-constraint', 'op.create_index(\u2026, unique=True, postgresql_concurrently=True) in an autocommit block, then op.execute("ALTER TABLE \u2026 ADD CONSTRAINT \u2026 UNIQUE USING INDEX \u2026")'),
                    ],
            };
        },
    ],
    [
        /\bop\.create_check_constraint\(/g,
        (c, st) => {
            const [name, table, condition] = [
                calls_option(c, 'constraint_name') ?? strings(c)[0],
                calls_option(c, 'table_name') ?? strings(c)[1] ?? '',
                calls_option(c, 'condition') ?? strings(c)[2],
            ];
            return addCheck(st, {
                table,
                column: notNullCondition(condition),
                name,
                notValid: /postgresql_not_valid\s*=\s*True/.test(c),
            }, 'op.create_check_constraint(\u2026, postgresql_not_valid=True), then VALIDATE CONSTRAINT in a later migration');
        },
    ],
    [
        /\bop\.create_foreign_key\(/g,
        (c, st) => {
            const table = calls_option(c, 'source_table') ?? arg(c, 1) ?? '';
            const notValid = /postgresql_not_valid\s*=\s*True/.test(c);
            const name = calls_option(c, 'constraint_name') ?? strings(c)[0];
            if (notValid && name)
                addedNotValid(st, name, table);
            return {
                kind: 'add-foreign-key',
                target: table,
                risks: notValid || isNewTable(st, table)
                    ? []
                    : [
                        risk('adding-foreign-key-constraint', 'op.create_foreign_key(\u2026, postgresql_not_valid=True), then VALIDATE CONSTRAINT in a later migration'),
                    ],
            };
        },
    ],
    [
        /\bop\.add_column\(/g,
        (c, st) => {
            const table = arg(c, 0) ?? '';
            const risks = [];
            if (!isNewTable(st, table)) {
                const text = /server_default\s*=\s*(?:sa\.)?text\(\s*(["'])((?:\\.|(?!\1).)*)\1/.exec(c);
                const func = /server_default\s*=\s*(?:sa\.)?func\.(\w+)\(\s*\)/.exec(c);
                const any = /server_default\s*=\s*(?!None\b)/.test(c);
                if (/nullable\s*=\s*False/.test(c) && !any)
                    risks.push(risk('adding-required-field'));
                risks.push(...defaultRisk(st, text ? text[2] : func ? `${func[1]}()` : any ? '' : undefined, !text && !func));
            }
            return { kind: 'add-column', target: table, risks };
        },
    ],
    [
        /\bop\.create_table\(/g,
        (c, st) => {
            addedTable(st, arg(c, 0) ?? '');
            return { kind: 'create-table', target: arg(c, 0), risks: [] };
        },
    ],
];

;// CONCATENATED MODULE: ./src/checks/migrations/django.ts
/** Django migrations: what each operation does. */



const DJANGO = [
    [
        /\bmigrations\.DeleteModel\(/g,
        (c) => ({ kind: 'drop-table', target: arg(c, 0), destructive: 'ban-drop-table', risks: [] }),
    ],
    [
        /\bmigrations\.RemoveField\(/g,
        (c) => ({
            kind: 'drop-column',
            target: `${arg(c, 0)}.${arg(c, 1)}`,
            destructive: 'ban-drop-column',
            risks: [],
        }),
    ],
    [
        /\bmigrations\.RenameField\(/g,
        (c) => ({ kind: 'rename', target: arg(c, 0), destructive: 'renaming-column', risks: [] }),
    ],
    [
        /\bmigrations\.RenameModel\(/g,
        (c) => ({ kind: 'rename', target: arg(c, 0), destructive: 'renaming-table', risks: [] }),
    ],
    [
        /\bmigrations\.AddIndex\(/g,
        (c, st) => ({
            kind: 'create-index',
            target: arg(c, 0),
            risks: isNewTable(st, arg(c, 0) ?? '')
                ? []
                : [
                    risk('require-concurrent-index-creation', 'AddIndexConcurrently (django.contrib.postgres.operations) in a migration with atomic = False'),
                ],
        }),
    ],
    [
        /\b(?:migrations\.)?AddIndexConcurrently\(/g,
        (c, st) => ({
            kind: 'create-index',
            target: arg(c, 0),
            risks: concurrently(st, true, risk('require-concurrent-index-creation'), 'AddIndexConcurrently'),
        }),
    ],
    [
        /\bmigrations\.RemoveIndex\(/g,
        () => ({
            kind: 'drop-index',
            risks: [
                risk('require-concurrent-index-deletion', 'RemoveIndexConcurrently (django.contrib.postgres.operations) in a migration with atomic = False'),
            ],
        }),
    ],
    [
        /\b(?:migrations\.)?RemoveIndexConcurrently\(/g,
        (_c, st) => ({
            kind: 'drop-index',
            risks: concurrently(st, true, risk('require-concurrent-index-deletion'), 'RemoveIndexConcurrently'),
        }),
    ],
    [
        /\bmigrations\.AddConstraint\(/g,
        (c, st) => {
            const table = arg(c, 0) ?? '';
            const fresh = isNewTable(st, table);
            if (/\bUniqueConstraint\(/.test(c))
                return {
                    kind: 'add-unique',
                    target: table,
                    risks: fresh
                        ? []
                        : [
                            risk('disallowed-unique-constraint', 'AddIndexConcurrently with a unique index (atomic = False), then RunSQL "ALTER TABLE \u2026 ADD CONSTRAINT \u2026 UNIQUE USING INDEX \u2026" in SeparateDatabaseAndState'),
                        ],
                };
            if (/\bCheckConstraint\(/.test(c)) {
                const column = notNullCondition(/Q\(\s*(\w+)__isnull\s*=\s*False\s*\)/.exec(c)?.[1]?.concat(' IS NOT NULL'));
                if (column)
                    addedValidNotNull(st, table, column);
                return {
                    kind: 'add-check',
                    target: table,
                    risks: fresh
                        ? []
                        : [
                            risk('constraint-missing-not-valid', 'AddConstraintNotValid, then ValidateConstraint in a later migration (django.contrib.postgres.operations)'),
                        ],
                };
            }
            return { kind: 'alter-table', target: table, risks: [] };
        },
    ],
    [
        /\b(?:migrations\.)?AddConstraintNotValid\(/g,
        (c, st) => {
            const name = calls_option(c, 'name');
            const column = notNullCondition(/Q\(\s*(\w+)__isnull\s*=\s*False\s*\)/.exec(c)?.[1]?.concat(' IS NOT NULL'));
            if (name)
                addedNotValid(st, name, arg(c, 0) ?? '', column);
            return { kind: 'add-check', target: arg(c, 0), risks: [] };
        },
    ],
    [
        /\b(?:migrations\.)?ValidateConstraint\(/g,
        (c, st) => ({
            kind: 'validate-constraint',
            target: arg(c, 0),
            risks: validateConstraint(st, calls_option(c, 'name') ?? arg(c, 1) ?? '', arg(c, 0) ?? ''),
        }),
    ],
    [
        /\bmigrations\.AlterUniqueTogether\(/g,
        (c, st) => {
            const table = arg(c, 0) ?? '';
            const empty = /unique_together\s*=\s*(?:set\(\s*\)|\{\s*\}|\[\s*\]|\(\s*\)|None)/.test(c);
            return {
                kind: 'add-unique',
                target: table,
                risks: empty || isNewTable(st, table)
                    ? []
                    : [
                        risk('disallowed-unique-constraint', 'AddIndexConcurrently with a unique index (atomic = False), then RunSQL "ALTER TABLE \u2026 ADD CONSTRAINT \u2026 UNIQUE USING INDEX \u2026" in SeparateDatabaseAndState'),
                    ],
            };
        },
    ],
    [
        /\bmigrations\.AlterField\(/g,
        (c, st) => ({
            kind: 'alter-column-type',
            target: `${arg(c, 0)}.${arg(c, 1)}`,
            risks: isNewTable(st, arg(c, 0) ?? '')
                ? []
                : [
                    {
                        rule: 'changing-column-type',
                        why: 'AlterField that changes the column type rewrites the table under an exclusive lock',
                    },
                ],
        }),
    ],
    [
        /\bmigrations\.CreateModel\(/g,
        (c, st) => {
            addedTable(st, lower(calls_option(c, 'name') ?? arg(c, 0)) ?? '');
            return { kind: 'create-table', target: arg(c, 0), risks: [] };
        },
    ],
];

;// CONCATENATED MODULE: ./src/checks/migrations/knex.ts
/** Knex migrations: schema builder calls, and the column chains inside `alterTable` callbacks. */




const SCHEMA = /\.(createTable(?:IfNotExists)?|alterTable|table|dropTable(?:IfExists)?|renameTable)\(\s*(['"`])([\w.]+)\2/g;
const PARAM = /^\s*,\s*(?:async\s+)?(?:function\s*[\w$]*\s*\(\s*([A-Za-z_$][\w$]*)|\(\s*([A-Za-z_$][\w$]*)[^)]*\)\s*=>|([A-Za-z_$][\w$]*)\s*=>)/;
const COLUMN_TYPES = /^(?:increments|bigIncrements|integer|bigInteger|bigint|tinyint|smallint|mediumint|text|string|float|double|decimal|boolean|date|datetime|time|timestamp|binary|enu|enum|json|jsonb|uuid|specificType|geometry|geography|point)$/;
const RAW = 'knex.raw(\u2026) in a migration with exports.config = { transaction: false }';
/** Where a chain `t.string('a').notNullable()` ends: at `;`, at the callback's end, or at a line not continuing it. */
function chainEnd(text, start, limit) {
    let depth = 0;
    for (let i = start; i < limit; i++) {
        const c = text[i];
        if (c === '"' || c === "'" || c === '`') {
            let j = i + 1;
            for (; j < limit && text[j] !== c; j++)
                if (text[j] === '\\')
                    j++;
            i = j;
        }
        else if (c === '(' || c === '[' || c === '{')
            depth++;
        else if (c === ')' || c === ']' || c === '}') {
            if (--depth < 0)
                return i;
        }
        else if (depth === 0 && (c === ';' || c === ','))
            return i;
        else if (depth === 0 && c === '\n' && !/^\s*\./.test(text.slice(i + 1, i + 200)))
            return i;
    }
    return limit;
}
/** The value given to `.defaultTo(\u2026)`, as SQL where it is SQL, and whether it is a plain literal. */
function defaultOf(chain) {
    const m = /\.defaultTo\(\s*/.exec(chain);
    if (!m)
        return undefined;
    const rest = chain.slice(m.index + m[0].length);
    const raw = /^knex\.raw\(\s*(['"`])((?:\\.|(?!\1).)*)\1/.exec(rest);
    if (raw)
        return { expr: raw[2], literal: false };
    if (/^knex\.fn\.now\(/.test(rest))
        return { expr: 'now()', literal: false };
    if (/^knex\.fn\.uuid\(/.test(rest))
        return { expr: 'gen_random_uuid()', literal: false };
    return { expr: '', literal: true };
}
function columnChain(chain, at, table, index, state) {
    const method = /^[\w$]+\s*\.\s*([\w$]+)/.exec(chain)[1];
    const column = arg(chain, 0) ?? '';
    const target = `${table}.${column}`;
    const lineOf = (re) => {
        const m = re.exec(chain);
        return index.lineAt(at + (m ? m.index : 0));
    };
    const risks = [];
    const fresh = isNewTable(state, table);
    const notNullable = /\.notNullable\(/.test(chain);
    if (/\.alter\(/.test(chain)) {
        if (!fresh) {
            risks.push({ rule: 'changing-column-type', line: lineOf(/\.alter\(/) });
            if (notNullable && !notNullProven(state, table, column))
                risks.push({ rule: 'adding-not-nullable-field', line: lineOf(/\.notNullable\(/) });
        }
        return { kind: 'alter-column-type', target, risks };
    }
    if (!fresh) {
        const def = defaultOf(chain);
        if (notNullable && !def)
            risks.push({ rule: 'adding-required-field', line: lineOf(/\.notNullable\(/) });
        if (/^(?:increments|bigIncrements)$/.test(method))
            risks.push({
                rule: 'adding-field-with-default',
                why: 'adding an auto-increment column numbers every existing row: the table is rewritten under an ACCESS EXCLUSIVE lock',
                instead: 'add a plain bigint column, SET DEFAULT nextval(\u2026) for new rows, and backfill the old ones in batches',
            });
        else if (def && state.postgresVersion < 11)
            risks.push({
                rule: 'adding-field-with-default',
                line: lineOf(/\.defaultTo\(/),
                why: `before PostgreSQL 11, adding a column with a default rewrites the table under an ACCESS EXCLUSIVE lock (postgresVersion: ${state.postgresVersion})`,
            });
        else if (def && !def.literal && !isStableDefault(tokenize(def.expr)))
            risks.push({
                rule: 'adding-field-with-default',
                line: lineOf(/\.defaultTo\(/),
                why: `default ${excerpt(def.expr, 40)} is volatile: adding the column computes it for every row, rewriting the table under an ACCESS EXCLUSIVE lock`,
            });
        if (/\.(?:references|inTable)\(/.test(chain))
            risks.push({
                rule: 'adding-foreign-key-constraint',
                line: lineOf(/\.references\(|\.inTable\(/),
                instead: `${RAW}: ADD CONSTRAINT \u2026 FOREIGN KEY \u2026 NOT VALID, then VALIDATE CONSTRAINT in a later migration`,
            });
        if (/\.unique\(/.test(chain))
            risks.push({
                rule: 'disallowed-unique-constraint',
                line: lineOf(/\.unique\(/),
                instead: `${RAW}: CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT \u2026 UNIQUE USING INDEX`,
            });
        if (/\.primary\(/.test(chain))
            risks.push({ rule: 'adding-serial-primary-key-field', line: lineOf(/\.primary\(/) });
        if (/\.index\(/.test(chain))
            risks.push({
                rule: 'require-concurrent-index-creation',
                line: lineOf(/\.index\(/),
                instead: `${RAW}: CREATE INDEX CONCURRENTLY`,
            });
    }
    return { kind: 'add-column', target, risks };
}
/** What a call on the table builder of `alterTable` does (`t.index(\u2026)`, `t.foreign(\u2026)`, a column chain). */
function tableCall(chain, at, table, index, state) {
    const method = /^[\w$]+\s*\.\s*([\w$]+)/.exec(chain)?.[1] ?? '';
    if (COLUMN_TYPES.test(method))
        return columnChain(chain, at, table, index, state);
    const fresh = isNewTable(state, table);
    const column = arg(chain, 0) ?? '';
    const when = (r) => (fresh ? [] : [r]);
    switch (method) {
        case 'index':
            return {
                kind: 'create-index',
                target: table,
                risks: when({
                    rule: 'require-concurrent-index-creation',
                    instead: `${RAW}: CREATE INDEX CONCURRENTLY`,
                }),
            };
        case 'unique':
            return {
                kind: 'add-unique',
                target: table,
                risks: when({
                    rule: 'disallowed-unique-constraint',
                    instead: `${RAW}: CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT \u2026 UNIQUE USING INDEX`,
                }),
            };
        case 'foreign':
            return {
                kind: 'add-foreign-key',
                target: table,
                risks: when({
                    rule: 'adding-foreign-key-constraint',
                    instead: `${RAW}: ADD CONSTRAINT \u2026 FOREIGN KEY \u2026 NOT VALID, then VALIDATE CONSTRAINT in a later migration`,
                }),
            };
        case 'primary':
            return {
                kind: 'add-primary-key',
                target: table,
                risks: when({ rule: 'adding-serial-primary-key-field' }),
            };
        case 'dropIndex':
            return {
                kind: 'drop-index',
                target: table,
                risks: [{ rule: 'require-concurrent-index-deletion', instead: `${RAW}: DROP INDEX CONCURRENTLY` }],
            };
        case 'dropNullable':
            return {
                kind: 'set-not-null',
                target: `${table}.${column}`,
                risks: fresh || notNullProven(state, table, column) ? [] : [{ rule: 'adding-not-nullable-field' }],
            };
        case 'setNullable':
            return {
                kind: 'drop-not-null',
                target: `${table}.${column}`,
                risks: when({ rule: 'ban-drop-not-null' }),
            };
        case 'dropColumn':
        case 'dropColumns':
            return { kind: 'drop-column', target: `${table}.${column}`, destructive: 'ban-drop-column', risks: [] };
        case 'renameColumn':
            return { kind: 'rename', target: `${table}.${column}`, destructive: 'renaming-column', risks: [] };
        default:
            return undefined;
    }
}
/** The operations of a Knex migration as sites in the text, to be read in order with the file's state. */
function knexOps(text, index) {
    const sites = [];
    for (const m of text.matchAll(SCHEMA)) {
        const call = callText(text, m.index);
        const table = m[3].toLowerCase();
        const kind = m[1];
        if (/^createTable/.test(kind)) {
            sites.push({
                at: m.index,
                call,
                make: (state) => {
                    addedTable(state, table);
                    return { kind: 'create-table', target: table, risks: [] };
                },
            });
            continue;
        }
        if (/^dropTable/.test(kind)) {
            sites.push({
                at: m.index,
                call,
                make: () => ({ kind: 'drop-table', target: table, destructive: 'ban-drop-table', risks: [] }),
            });
            continue;
        }
        if (kind === 'renameTable') {
            sites.push({
                at: m.index,
                call,
                make: () => ({ kind: 'rename', target: table, destructive: 'renaming-table', risks: [] }),
            });
            continue;
        }
        const param = PARAM.exec(call.slice(m[0].length));
        const name = param?.[1] ?? param?.[2] ?? param?.[3];
        if (!name)
            continue;
        const end = m.index + call.length;
        const start = new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}\\s*\\.\\s*[\\w$]+\\s*\\(`, 'g');
        start.lastIndex = m.index + m[0].length;
        for (let c = start.exec(text); c && c.index < end; c = start.exec(text)) {
            const at = c.index;
            const chain = text.slice(at, chainEnd(text, at, end));
            sites.push({ at, call: chain, make: (state) => tableCall(chain, at, table, index, state) });
        }
    }
    return sites;
}

;// CONCATENATED MODULE: ./src/checks/migrations/rails.ts
/** Rails (ActiveRecord) migrations: what each schema call does. */



const RAILS_CONCURRENTLY = 'algorithm: :concurrently, with disable_ddl_transaction!';
const RAILS = [
    [
        /\bdrop_table\b/g,
        (c) => ({ kind: 'drop-table', target: arg(c, 0), destructive: 'ban-drop-table', risks: [] }),
    ],
    [
        /\bremove_columns?\b|\bt\.remove\b/g,
        (c) => ({
            kind: 'drop-column',
            target: `${arg(c, 0)}.${arg(c, 1)}`,
            destructive: 'ban-drop-column',
            risks: [],
        }),
    ],
    [
        /\brename_column\b|\bt\.rename\b/g,
        (c) => ({ kind: 'rename', target: arg(c, 0), destructive: 'renaming-column', risks: [] }),
    ],
    [
        /\brename_table\b/g,
        (c) => ({ kind: 'rename', target: arg(c, 0), destructive: 'renaming-table', risks: [] }),
    ],
    [
        /\badd_index\b/g,
        (c, st) => ({
            kind: 'create-index',
            target: arg(c, 0),
            risks: isNewTable(st, arg(c, 0) ?? '')
                ? []
                : concurrently(st, /algorithm:\s*:concurrently/.test(c), risk('require-concurrent-index-creation', `add_index \u2026 ${RAILS_CONCURRENTLY}`), 'add_index \u2026 algorithm: :concurrently'),
        }),
    ],
    [
        /\bremove_index\b/g,
        (c, st) => ({
            kind: 'drop-index',
            target: arg(c, 0),
            risks: concurrently(st, /algorithm:\s*:concurrently/.test(c), risk('require-concurrent-index-deletion', `remove_index \u2026 ${RAILS_CONCURRENTLY}`), 'remove_index \u2026 algorithm: :concurrently'),
        }),
    ],
    [
        /\bchange_column\b(?!_)/g,
        (c, st) => ({
            kind: 'alter-column-type',
            target: `${arg(c, 0)}.${arg(c, 1)}`,
            risks: isNewTable(st, arg(c, 0) ?? '') ? [] : [risk('changing-column-type')],
        }),
    ],
    [
        /\badd_foreign_key\b/g,
        (c, st) => {
            const notValid = /validate:\s*false/.test(c);
            const name = calls_option(c, 'name');
            if (notValid && name)
                addedNotValid(st, name, arg(c, 0) ?? '');
            return {
                kind: 'add-foreign-key',
                target: arg(c, 0),
                risks: notValid || isNewTable(st, arg(c, 0) ?? '')
                    ? []
                    : [
                        risk('adding-foreign-key-constraint', 'add_foreign_key \u2026 validate: false, then validate_foreign_key in a later migration'),
                    ],
            };
        },
    ],
    [
        /\badd_(?:reference|belongs_to)\b/g,
        (c, st) => {
            const table = arg(c, 0) ?? '';
            const risks = [];
            if (!isNewTable(st, table)) {
                if (/foreign_key:\s*(?:true|\{)/.test(c) && !/validate:\s*false/.test(c))
                    risks.push(risk('adding-foreign-key-constraint', 'add_reference \u2026 foreign_key: { validate: false }, then validate_foreign_key in a later migration'));
                // add_reference indexes the column unless told not to.
                if (!/index:\s*false/.test(c))
                    risks.push(...concurrently(st, /algorithm:\s*:concurrently/.test(c), risk('require-concurrent-index-creation', `add_reference \u2026 index: { algorithm: :concurrently }, with disable_ddl_transaction!`), 'add_reference \u2026 index: { algorithm: :concurrently }'));
                if (/null:\s*false/.test(c))
                    risks.push(risk('adding-required-field'));
            }
            return { kind: 'add-column', target: `${table}.${arg(c, 1)}`, risks };
        },
    ],
    [
        /\badd_column\b/g,
        (c, st) => {
            const table = arg(c, 0) ?? '';
            const risks = [];
            if (!isNewTable(st, table)) {
                const lambda = /default:\s*->\s*\{\s*(["'])((?:\\.|(?!\1).)*)\1\s*\}/.exec(c);
                const plain = /default:\s*(?!nil\b)/.test(c);
                if (/null:\s*false/.test(c) && !plain)
                    risks.push(risk('adding-required-field'));
                risks.push(...defaultRisk(st, lambda ? lambda[2] : plain ? '' : undefined, !lambda));
            }
            return { kind: 'add-column', target: `${table}.${arg(c, 1)}`, risks };
        },
    ],
    [
        /\bchange_column_null\b/g,
        (c, st) => {
            const [table = '', column = ''] = [arg(c, 0), arg(c, 1)];
            if (/,\s*true\b/.test(c))
                return {
                    kind: 'drop-not-null',
                    target: `${table}.${column}`,
                    risks: isNewTable(st, table) ? [] : [risk('ban-drop-not-null')],
                };
            if (!/,\s*false\b/.test(c))
                return undefined;
            return {
                kind: 'set-not-null',
                target: `${table}.${column}`,
                risks: isNewTable(st, table) || notNullProven(st, table, column)
                    ? []
                    : [
                        risk('adding-not-nullable-field', 'add_check_constraint \u2026 "col IS NOT NULL", validate: false; validate_check_constraint in a later migration; then change_column_null (PostgreSQL 12+)'),
                    ],
            };
        },
    ],
    [
        /\badd_check_constraint\b/g,
        (c, st) => {
            const table = arg(c, 0) ?? '';
            return addCheck(st, {
                table,
                column: notNullCondition(strings(c)[0]),
                name: calls_option(c, 'name'),
                notValid: /validate:\s*false/.test(c),
            }, 'add_check_constraint \u2026 validate: false, then validate_check_constraint in a later migration');
        },
    ],
    [
        /\bvalidate_(?:check_constraint|foreign_key|constraint)\b/g,
        (c, st) => ({
            kind: 'validate-constraint',
            target: arg(c, 0),
            risks: validateConstraint(st, calls_option(c, 'name') ?? arg(c, 1) ?? '', arg(c, 0) ?? ''),
        }),
    ],
    [
        /\bcreate_table\b/g,
        (c, st) => {
            addedTable(st, arg(c, 0) ?? '');
            return { kind: 'create-table', target: arg(c, 0), risks: [] };
        },
    ],
];

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./src/checks/migrations/alterTable.ts
/** ALTER TABLE: what each action does, and what it risks on a table that has rows and users. */



/** The column a `CHECK (column IS NOT NULL)` constraint is about, or undefined. */
function notNullCheckOf(action) {
    const check = /\bCHECK\s*\(/i.exec(action);
    if (!check)
        return undefined;
    const open = check.index + check[0].length - 1;
    const close = closing(action, open);
    const expr = action
        .slice(open + 1, close === -1 ? undefined : close)
        .replace(/[()]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    const m = re('^(<part>) IS NOT NULL$').exec(expr);
    return m ? unquote(m[1]) : undefined;
}
const ADD_CONSTRAINT = re('^ADD\\s+(?:CONSTRAINT\\s+(<name>)\\s+)?(CHECK|UNIQUE|PRIMARY\\s+KEY|FOREIGN\\s+KEY|EXCLUDE)\\b');
const ADD_COLUMN = re('^ADD\\s+(?:COLUMN\\s+)?(IF\\s+NOT\\s+EXISTS\\s+)?(?!(?:CONSTRAINT|PRIMARY|UNIQUE|INDEX|KEY|CHECK|FOREIGN|EXCLUDE)\\b)(<part>)\\s*');
const DROP_COLUMN = /^DROP\s+(?:COLUMN\s+)?(IF\s+EXISTS\s+)?(?!CONSTRAINT\b|INDEX\b|PRIMARY\b|FOREIGN\b|KEY\b|CHECK\b|PARTITION\b|DEFAULT\b|NOT\b|IDENTITY\b|EXPRESSION\b)(\S+)/i;
function alterTable(s, table, restAt, state) {
    const fresh = isNewTable(state, table);
    const out = [];
    for (const { text: a, at } of actions(s.slice(restAt), restAt)) {
        let m;
        const risks = [];
        // Every pattern starts with the action's first word: only those of its word are tried (and
        // compiled, on first use).
        const w = /^[A-Za-z]*/.exec(a)[0].toUpperCase();
        if (w === 'RENAME' && (m = re('^RENAME\\s+TO\\s+(<name>)').exec(a)))
            out.push({
                kind: 'rename',
                target: `${table} \u2192 ${unquote(m[1])}`,
                destructive: 'renaming-table',
                risks,
            });
        else if (w === 'RENAME' && /^RENAME\s+CONSTRAINT\b/i.test(a))
            out.push({ kind: 'alter-table', target: table, risks });
        else if (w === 'RENAME' && (m = re('^RENAME\\s+(?:COLUMN\\s+)?(<name>)\\s+TO\\s+(<name>)').exec(a)))
            out.push({
                kind: 'rename',
                target: `${table}.${unquote(m[1])} \u2192 ${unquote(m[2])}`,
                destructive: 'renaming-column',
                risks,
            });
        else if (w === 'DROP' && (m = re('^DROP\\s+CONSTRAINT\\s+(IF\\s+EXISTS\\s+)?(<name>)').exec(a))) {
            state.droppedConstraints.add(unquote(m[2]));
            if (!m[1] && !inTx(state))
                risks.push(robust('DROP CONSTRAINT without IF EXISTS', 'DROP CONSTRAINT IF EXISTS', at));
            out.push({ kind: 'drop-constraint', target: table, risks });
        }
        else if (w === 'DROP' && (m = DROP_COLUMN.exec(a))) {
            if (!m[1] && !inTx(state))
                risks.push(robust('DROP COLUMN without IF EXISTS', 'DROP COLUMN IF EXISTS', at));
            out.push({
                kind: 'drop-column',
                target: `${table}.${unquote(m[2])}`,
                destructive: 'ban-drop-column',
                risks,
            });
        }
        else if (w === 'ADD' && (m = ADD_CONSTRAINT.exec(a)))
            out.push(addConstraint(a, at, m, table, fresh, state));
        else if (w === 'ADD' && (m = ADD_COLUMN.exec(a)))
            out.push(addColumn(s, a, at, m, table, fresh, state));
        else if (w === 'ALTER' &&
            (m = re('^ALTER\\s+(?:COLUMN\\s+)?(<name>)\\s+(?:SET\\s+DATA\\s+)?TYPE\\s+').exec(a))) {
            const type = a.slice(m[0].length).split(/\s+(?:USING|COLLATE)\b/i)[0];
            const target = `${table}.${unquote(m[1])}`;
            if (!fresh)
                risks.push({ rule: 'changing-column-type', at });
            risks.push(...typeRisks(type, at + m[0].length).map((r) => ({ ...r, target })));
            out.push({ kind: 'alter-column-type', target, risks });
        }
        else if (w === 'ALTER' &&
            (m = re('^ALTER\\s+(?:COLUMN\\s+)?(<name>)\\s+SET\\s+NOT\\s+NULL\\b').exec(a))) {
            const column = unquote(m[1]);
            if (!fresh && !notNullProven(state, table, column))
                risks.push({ rule: 'adding-not-nullable-field', at });
            out.push({ kind: 'set-not-null', target: `${table}.${column}`, risks });
        }
        else if (w === 'ALTER' &&
            (m = re('^ALTER\\s+(?:COLUMN\\s+)?(<name>)\\s+DROP\\s+NOT\\s+NULL\\b').exec(a))) {
            if (!fresh)
                risks.push({ rule: 'ban-drop-not-null', at });
            out.push({ kind: 'drop-not-null', target: `${table}.${unquote(m[1])}`, risks });
        }
        else if (w === 'VALIDATE' && (m = re('^VALIDATE\\s+CONSTRAINT\\s+(<name>)').exec(a))) {
            risks.push(...validateConstraint(state, unquote(m[1]), table).map((r) => ({ ...r, at })));
            out.push({ kind: 'validate-constraint', target: table, risks });
        }
        else if (w === 'DETACH' &&
            (m = re('^DETACH\\s+PARTITION\\s+(<name>)(?:\\s+(CONCURRENTLY|FINALIZE)\\b)?').exec(a))) {
            if (!m[2])
                risks.push({ rule: 'require-concurrent-partition-detach', at });
            else if (/^CONCURRENTLY$/i.test(m[2]))
                concurrentInTx(state, risks, at + m[0].length - m[2].length, 'DETACH PARTITION \u2026 CONCURRENTLY');
            out.push({ kind: 'detach-partition', target: `${table} \u2212 ${unquote(m[1])}`, risks });
        }
        else
            out.push({ kind: 'alter-table', target: table, risks });
        out[out.length - 1].at = at;
    }
    return out;
}
function addConstraint(a, at, m, table, fresh, state) {
    const risks = [];
    const name = m[1] ? unquote(m[1]) : undefined;
    const kind = m[2].toUpperCase().replace(/\s+/g, ' ');
    const notValid = /\bNOT\s+VALID\b/i.test(a);
    const usingIndex = /\bUSING\s+INDEX\b/i.test(a);
    if (!inTx(state) && !(name && state.droppedConstraints.has(name)))
        risks.push(robust('ADD CONSTRAINT', 'DROP CONSTRAINT IF EXISTS first, or a transaction', at));
    if (kind === 'FOREIGN KEY') {
        if (notValid && name)
            addedNotValid(state, name, table);
        if (!fresh && !notValid)
            risks.unshift({ rule: 'adding-foreign-key-constraint', at });
        return { kind: 'add-foreign-key', target: table, risks };
    }
    if (kind === 'CHECK') {
        const column = notNullCheckOf(a);
        if (notValid && name)
            addedNotValid(state, name, table, column);
        if (!notValid && column)
            state.validatedNotNull.add(`${base(table)}.${column}`);
        if (!fresh && !notValid)
            risks.unshift({ rule: 'constraint-missing-not-valid', at });
        return { kind: 'add-check', target: table, risks };
    }
    if (kind === 'UNIQUE') {
        if (!fresh && !usingIndex)
            risks.unshift({ rule: 'disallowed-unique-constraint', at });
        return { kind: 'add-unique', target: table, risks };
    }
    if (kind === 'PRIMARY KEY') {
        if (!fresh && !usingIndex)
            risks.unshift({ rule: 'adding-serial-primary-key-field', at });
        return { kind: 'add-primary-key', target: table, risks };
    }
    return { kind: 'alter-table', target: table, risks };
}
function addColumn(s, a, at, m, table, fresh, state) {
    const target = `${table}.${unquote(m[2])}`;
    const def = columnDef(a.slice(m[0].length), at + m[0].length);
    const risks = [];
    if (!fresh) {
        const serial = isSerial(def.type);
        const value = def.defaultTokens?.length && !isNullDefault(def.defaultTokens) ? def.defaultTokens : undefined;
        if (def.notNull && !value && !def.generated && !serial)
            risks.push({ rule: 'adding-required-field', at });
        if (def.generated === 'stored')
            risks.push({
                rule: 'adding-field-with-default',
                at: def.generatedAt,
                why: 'ADD COLUMN \u2026 GENERATED \u2026 STORED computes every existing row: the table is rewritten under an ACCESS EXCLUSIVE lock',
                instead: 'add a plain column, backfill it in batches, and keep it current with a trigger',
            });
        else if (def.generated === 'identity' || serial)
            risks.push({
                rule: 'adding-field-with-default',
                at: def.generatedAt ?? def.typeAt,
                why: 'ADD COLUMN of a serial or identity column numbers every existing row: the table is rewritten under an ACCESS EXCLUSIVE lock',
                instead: 'add a plain bigint column, SET DEFAULT nextval(\u2026) for new rows, and backfill the old ones in batches',
            });
        else if (value) {
            const first = value[0];
            const last = value[value.length - 1];
            const expr = excerpt(s.slice(first.at, last.at + last.text.length), 60);
            if (state.postgresVersion < 11)
                risks.push({
                    rule: 'adding-field-with-default',
                    at: def.defaultAt,
                    why: `before PostgreSQL 11, ADD COLUMN \u2026 DEFAULT rewrites the table under an ACCESS EXCLUSIVE lock (postgresVersion: ${state.postgresVersion})`,
                });
            else if (!isStableDefault(value))
                risks.push({
                    rule: 'adding-field-with-default',
                    at: def.defaultAt,
                    why: `DEFAULT ${expr} is volatile: ADD COLUMN computes it for every row, rewriting the table under an ACCESS EXCLUSIVE lock`,
                });
        }
        if (def.references !== undefined && !/\bNOT\s+VALID\b/i.test(a))
            risks.push({ rule: 'adding-foreign-key-constraint', at: def.references });
        if (def.unique !== undefined)
            risks.push({ rule: 'disallowed-unique-constraint', at: def.unique });
        if (def.primaryKey !== undefined)
            risks.push({ rule: 'adding-serial-primary-key-field', at: def.primaryKey });
    }
    if (!m[1] && !inTx(state))
        risks.push(robust('ADD COLUMN without IF NOT EXISTS', 'ADD COLUMN IF NOT EXISTS', at));
    risks.push(...typeRisks(def.type, def.typeAt).map((r) => ({ ...r, target })));
    return { kind: 'add-column', target, risks };
}

;// CONCATENATED MODULE: ./src/checks/migrations/classify.ts
/**
 * What one SQL statement does to the schema, and what PostgreSQL does while it runs. Statements
 * are read in order with the state of the file so far (state.ts).
 */



/**
 * What one statement does. `line` is where it starts (a BEGIN left open is reported there).
 */
function classify(stmt, state, line = 0) {
    const s = stmt.trim();
    if (!s)
        return [];
    state.statements++;
    const control = transaction(s, state, line);
    if (control)
        return [control];
    const out = statement(s, state);
    if (/^(?:CREATE|ALTER)\b/i.test(s) && mayNameLong(s)) {
        const long = longIdentifiers(tokenize(s));
        if (long.length) {
            if (!out.length)
                out.push({ kind: 'other-ddl', risks: [] });
            for (const { name, at } of long)
                out[0].risks.push({
                    rule: 'identifier-too-long',
                    at,
                    why: `"${name.slice(0, 40)}\u2026" is ${Buffer.byteLength(name, 'utf8')} bytes: PostgreSQL truncates identifiers to 63, so the name used is not the name written`,
                });
        }
    }
    return out;
}
/**
 * Whether a statement may hold a name longer than PostgreSQL keeps (63 bytes), before it is
 * tokenized to find out: in ASCII text without quoted names, only a run of 64 name characters can.
 */
const mayNameLong = (s) => /[^\0-\x7F]|"/.test(s) || /[\w$]{64}/.test(s);
function transaction(s, state, line) {
    const risks = [];
    if (/^(?:BEGIN|START\s+TRANSACTION)\b/i.test(s) && !/^BEGIN\s+ATOMIC\b/i.test(s)) {
        if (state.tx === 'explicit')
            risks.push({
                rule: 'transaction-nesting',
                why: 'BEGIN inside a transaction that is already open: PostgreSQL warns and carries on in the same one',
                instead: 'COMMIT the first transaction before the next BEGIN',
            });
        else if (state.tx === 'tool')
            risks.push({
                rule: 'transaction-nesting',
                why: `BEGIN inside the transaction ${state.tool.by} opens around this migration`,
                instead: `leave transaction control to the tool, or turn its transaction off (${state.tool.off})`,
            });
        // A nested BEGIN changes nothing: the transaction left open is the first one.
        if (state.tx !== 'explicit') {
            state.openedAt = line;
            state.txSeq++;
        }
        state.tx = 'explicit';
        return { kind: 'transaction', risks };
    }
    const end = /^(COMMIT|END|ROLLBACK|ABORT)\b(?:\s+(?:WORK|TRANSACTION))?(.*)$/i.exec(s);
    if (!end || /^\s*(?:PREPARED|TO)\b/i.test(end[2]))
        return undefined;
    const word = end[1].toUpperCase();
    if (state.tx === 'none')
        risks.push({
            rule: 'transaction-nesting',
            why: `${word} without an open transaction`,
            instead: 'BEGIN earlier in the migration, or remove it',
        });
    else if (state.tx === 'tool')
        risks.push({
            rule: 'transaction-nesting',
            why: `${word} ends the transaction ${state.tool.by} opened around this migration: what follows runs without one`,
            instead: `turn the tool's transaction off for this migration (${state.tool.off})`,
        });
    state.txSeq++;
    if (/\bAND\s+CHAIN\b/i.test(end[2]) && !/\bAND\s+NO\s+CHAIN\b/i.test(end[2]))
        return { kind: 'transaction', risks };
    state.tx = 'none';
    state.openedAt = undefined;
    return { kind: 'transaction', risks };
}
const CREATE_TABLE = re('^CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:(?:GLOBAL|LOCAL)\\s+)?(TEMP(?:ORARY)?\\s+|UNLOGGED\\s+)?TABLE\\s+(IF\\s+NOT\\s+EXISTS\\s+)?(<name>)');
const CREATE_INDEX = re('^CREATE\\s+(UNIQUE\\s+)?INDEX\\s+(CONCURRENTLY\\s+)?(IF\\s+NOT\\s+EXISTS\\s+)?(?:(<name>)\\s+)?ON\\s+(?:ONLY\\s+)?(<name>)');
const DROP_INDEX = re('^DROP\\s+INDEX\\s+(CONCURRENTLY\\s+)?(IF\\s+EXISTS\\s+)?(<name>)');
const DROP_TABLE = re('^DROP\\s+TABLE\\s+(IF\\s+EXISTS\\s+)?(<name>(?:\\s*,\\s*<name>)*)');
const ALTER_TABLE = re('^ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(?:ONLY\\s+)?(<name>)\\s*\\*?\\s+');
/**
 * Each pattern below starts with its statement's first word, so only those of that word are
 * tried: a pattern is compiled on its first use, and a migration's statements need few of them.
 */
function statement(s, state) {
    const head = /^[A-Za-z]*/.exec(s)[0].toUpperCase();
    let m;
    switch (head) {
        case 'CREATE':
            if ((m = CREATE_TABLE.exec(s)))
                return [createTable(s, m, state)];
            if ((m = CREATE_INDEX.exec(s)))
                return [createIndex(m, state)];
            if ((m = re('^CREATE\\s+DOMAIN\\s+<name>\\s+').exec(s))) {
                const constraint = firstWord(tokenize(s.slice(m[0].length), m[0].length), /^(?:CHECK|NOT|CONSTRAINT)$/i);
                return [
                    {
                        kind: 'domain',
                        risks: constraint === undefined ? [] : [{ rule: 'ban-create-domain-with-constraint', at: constraint }],
                    },
                ];
            }
            break;
        case 'DROP':
            if ((m = DROP_TABLE.exec(s)))
                return [
                    {
                        kind: 'drop-table',
                        target: unquote(m[2]),
                        destructive: 'ban-drop-table',
                        risks: !m[1] && !inTx(state) ? [robust('DROP TABLE without IF EXISTS', 'DROP TABLE IF EXISTS')] : [],
                    },
                ];
            if ((m = /^DROP\s+(SCHEMA|DATABASE)\s+(?:IF\s+EXISTS\s+)?(\S+)/i.exec(s)))
                return [
                    {
                        kind: 'drop-schema',
                        target: unquote(m[2]),
                        destructive: /^DATABASE$/i.test(m[1]) ? 'ban-drop-database' : 'ban-drop-schema',
                        risks: [],
                    },
                ];
            if ((m = DROP_INDEX.exec(s))) {
                const risks = [];
                if (m[1])
                    concurrentInTx(state, risks, m[0].indexOf(m[1]), 'DROP INDEX CONCURRENTLY');
                else
                    risks.push({ rule: 'require-concurrent-index-deletion' });
                if (!m[2] && !inTx(state))
                    risks.push(robust('DROP INDEX without IF EXISTS', 'DROP INDEX \u2026 IF EXISTS'));
                return [{ kind: 'drop-index', target: unquote(m[3]), risks }];
            }
            if ((m = /^DROP\s+TYPE\s+(IF\s+EXISTS\s+)?/i.exec(s)))
                return [
                    {
                        kind: 'other-ddl',
                        risks: !m[1] && !inTx(state) ? [robust('DROP TYPE without IF EXISTS', 'DROP TYPE IF EXISTS')] : [],
                    },
                ];
            break;
        case 'TRUNCATE':
            if ((m = re('^TRUNCATE\\s+(?:TABLE\\s+)?(?:ONLY\\s+)?(<name>)').exec(s))) {
                const cascade = /\bCASCADE\s*$/i.exec(s);
                return [
                    {
                        kind: 'truncate',
                        target: unquote(m[1]),
                        destructive: 'ban-truncate',
                        risks: cascade ? [{ rule: 'ban-truncate-cascade', at: cascade.index }] : [],
                    },
                ];
            }
            break;
        case 'DELETE':
            if ((m = re('^DELETE\\s+FROM\\s+(?:ONLY\\s+)?(<name>)\\s*$').exec(s)))
                return [
                    { kind: 'delete-all', target: unquote(m[1]), destructive: 'ban-delete-without-where', risks: [] },
                ];
            break;
        case 'RENAME':
            if ((m = re('^RENAME\\s+TABLE\\s+(<name>)').exec(s)))
                return [{ kind: 'rename', target: unquote(m[1]), destructive: 'renaming-table', risks: [] }];
            break;
        case 'REINDEX':
            if (/^REINDEX\b/i.test(s)) {
                const risks = [];
                const conc = /\bCONCURRENTLY\b/i.exec(s);
                if (conc)
                    concurrentInTx(state, risks, conc.index, 'REINDEX \u2026 CONCURRENTLY');
                else
                    risks.push({ rule: 'require-concurrent-reindex' });
                return [{ kind: 'reindex', risks }];
            }
            break;
        case 'VACUUM':
        case 'CLUSTER':
            if (/^VACUUM\b(?:\s+FULL\b|\s*\([^)]*\bFULL\b(?!\s+(?:FALSE|OFF|0)\b))/i.test(s) ||
                /^CLUSTER\b/i.test(s))
                return [{ kind: 'rewrite-table', risks: [{ rule: 'prefer-repack' }] }];
            break;
        case 'ALTER':
            if ((m = re('^ALTER\\s+DOMAIN\\s+<name>\\s+(ADD)\\b').exec(s)))
                return [
                    { kind: 'domain', risks: [{ rule: 'ban-alter-domain-with-add-constraint', at: m[0].length - 3 }] },
                ];
            if ((m = re('^ALTER\\s+TYPE\\s+(<name>)\\s+(ADD\\s+VALUE)\\b').exec(s)))
                return [
                    {
                        kind: 'enum-value',
                        target: unquote(m[1]),
                        risks: /\b(?:BEFORE|AFTER)\s+(?:E?'|\$)/i.test(s)
                            ? []
                            : [{ rule: 'require-enum-value-ordering', at: m[0].length - m[2].length }],
                    },
                ];
            if ((m = ALTER_TABLE.exec(s)))
                return alterTable(s, unquote(m[1]), m[0].length, state);
            break;
        case 'COMMENT':
            break;
        default:
            // Anything else (INSERT, UPDATE, SET\u2026) is data.
            return [];
    }
    if (/^(?:CREATE|ALTER|DROP|COMMENT)\b/i.test(s))
        return [{ kind: 'other-ddl', risks: [] }];
    return [];
}
/** Offset of the first top-level word matching `word`. */
function firstWord(tokens, word) {
    let depth = 0;
    for (const t of tokens) {
        if (t.text === '(')
            depth++;
        else if (t.text === ')')
            depth--;
        else if (depth === 0 && t.kind === 'word' && word.test(t.text))
            return t.at;
    }
    return undefined;
}
function createTable(s, m, state) {
    const table = unquote(m[3]);
    addedTable(state, table);
    const risks = [];
    const temporary = /^TEMP/i.test(m[1] ?? '') && /\bON\s+COMMIT\s+DROP\b/i.test(s);
    if (!m[2] && !inTx(state) && !temporary)
        risks.push(robust('CREATE TABLE without IF NOT EXISTS', 'CREATE TABLE IF NOT EXISTS'));
    const open = m[0].length + (/^\s*/.exec(s.slice(m[0].length))?.[0].length ?? 0);
    if (s[open] === '(') {
        const close = closing(s, open);
        for (const el of actions(s.slice(open + 1, close === -1 ? undefined : close), open + 1)) {
            if (/^(?:CONSTRAINT|PRIMARY|UNIQUE|CHECK|FOREIGN|EXCLUDE|LIKE)\b/i.test(el.text))
                continue;
            const name = re('^<part>\\s*').exec(el.text);
            if (!name)
                continue;
            const def = columnDef(el.text.slice(name[0].length), el.at + name[0].length);
            risks.push(...typeRisks(def.type, def.typeAt).map((r) => ({
                ...r,
                target: `${table}.${unquote(name[0].trim())}`,
            })));
        }
    }
    return { kind: 'create-table', target: table, risks };
}
function createIndex(m, state) {
    const table = unquote(m[5]);
    const risks = [];
    if (m[2])
        concurrentInTx(state, risks, m[0].indexOf(m[2]), 'CREATE INDEX CONCURRENTLY');
    else if (!isNewTable(state, table))
        risks.push({ rule: 'require-concurrent-index-creation' });
    if (m[4] && !m[3] && (m[2] || !inTx(state)))
        risks.push({
            rule: 'prefer-robust-stmts',
            why: m[2]
                ? 'CREATE INDEX CONCURRENTLY without IF NOT EXISTS: a failed build leaves an invalid index under that name, and the migration cannot be run again'
                : 'CREATE INDEX without IF NOT EXISTS outside a transaction: a migration that fails after it cannot be run again',
            instead: 'CREATE INDEX \u2026 IF NOT EXISTS name (and check pg_index for an invalid one after a failure)',
        });
    return { kind: 'create-index', target: table, risks };
}

;// CONCATENATED MODULE: ./src/checks/migrations/sqlOps.ts




/** A Pause that gives the event loop a turn after every `slice` characters, and stops when `signal` aborts. */
function pacer(signal, slice) {
    let budget = 0;
    return (cost) => {
        budget += cost;
        if (budget < slice)
            return undefined;
        budget = 0;
        return (0,promises_.setImmediate)().then(() => signal.throwIfAborted());
    };
}
/**
 * The operations of SQL text, read in order with `state`. `nextPart` is asked for a new state
 * when a statement starts in another part of the file (the down part of a goose file, say):
 * each part runs on its own, so what one leaves open is reported where it ends.
 */
async function sqlOps(text, state, opts = {}) {
    const ops = [];
    let part = undefined;
    let first = true;
    const close = () => {
        const open = endOfFile(state);
        if (open) {
            for (const r of open.ddl.risks)
                r.line ??= open.line;
            ops.push({ ...open.ddl, line: open.line, endLine: open.line, text: 'BEGIN' });
        }
    };
    for (const st of statements(text, opts.firstLine ?? 1)) {
        const p = opts.partOf?.(st.startLine);
        if (!first && p !== part && opts.nextPart) {
            close();
            state = opts.nextPart();
        }
        first = false;
        part = p;
        for (const d of classify(st.text, state, st.startLine)) {
            // In place: the state keeps these risks to drop them if the file is one statement.
            for (const r of d.risks)
                r.line ??= r.at === undefined ? st.startLine : lineOf(st, r.at);
            const clauseLine = d.at === undefined ? undefined : lineOf(st, d.at);
            ops.push({ ...d, line: st.startLine, endLine: st.endLine, text: st.text, clauseLine });
        }
        const due = opts.pause?.(st.text.length);
        if (due)
            await due;
    }
    if (opts.nextPart)
        close();
    return { ops, state };
}

;// CONCATENATED MODULE: ./src/checks/migrations/frameworks.ts






function detectFramework(path, text) {
    if (/\.sql$/i.test(path))
        return 'sql';
    if (/\.rb$/.test(path))
        return /ActiveRecord::Migration|def (?:up|down|change)\b/.test(text) ? 'rails' : undefined;
    if (/\.py$/.test(path)) {
        if (/from django\.db import[^\n]*\bmigrations\b|migrations\.Migration\b/.test(text))
            return 'django';
        if (/from alembic import[^\n]*\bop\b|^def upgrade\(/m.test(text))
            return 'alembic';
        return undefined;
    }
    if (/\.[cm]?[jt]s$/.test(path))
        return /knex|exports\.up\b|export (?:async )?function up\b/.test(text) ? 'knex' : undefined;
    return undefined;
}
/** A whole file that is the rollback of another (golang-migrate, Flyway undo, Prisma down.sql). */
function isDownFile(path) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    return /\.down\.sql$/i.test(base) || /^U\d[\w.]*__.*\.sql$/.test(base) || base.toLowerCase() === 'down.sql';
}
/** Files whose presence at head is rollback evidence for `path`. */
function downSiblings(path) {
    const slash = path.lastIndexOf('/');
    const dir = path.slice(0, slash + 1);
    const base = path.slice(slash + 1);
    const out = [`${dir}down.sql`];
    if (/\.up\.sql$/i.test(base))
        out.push(`${dir}${base.replace(/\.up\.sql$/i, '.down.sql')}`);
    if (/^V\d/.test(base))
        out.push(`${dir}U${base.slice(1)}`);
    return out;
}
const DOWN_START = {
    sql: /^\s*--\s*(?:\+goose\s+Down|migrate:down|\+migrate\s+Down)\b/i,
    alembic: /^def downgrade\(/,
    django: /(?!)/,
    rails: /^\s*def down\b/,
    knex: /^\s*(?:exports\.down\b|export (?:async )?function down\b|(?:async\s+)?down\s*[(:])/,
};
const UP_START = {
    sql: /^\s*--\s*(?:\+goose\s+Up|migrate:up|\+migrate\s+Up)\b/i,
    alembic: /^def upgrade\(/,
    django: /(?!)/,
    rails: /^\s*def (?:up|change)\b/,
    knex: /^\s*(?:exports\.up\b|export (?:async )?function up\b|(?:async\s+)?up\s*[(:])/,
};
const IRREVERSIBLE = /IrreversibleMigration|NotImplementedError|raise\s+\w*Irreversible|throw new Error/;
const DOES_SOMETHING = /\b(?:CREATE|ALTER|DROP|INSERT|UPDATE|RENAME)\b|op\.\w+\(|\b(?:add|remove|rename|change|create|drop)_\w+|\.(?:createTable|alterTable|table|dropTable|addColumn|renameColumn|raw)\(|\bexecute\b/;
/** For each line (1-based), whether it is in a down/rollback part of the file. */
function downLines(fw, lines) {
    const down = [false];
    let inDown = false;
    for (const l of lines) {
        if (DOWN_START[fw].test(l))
            inDown = true;
        else if (UP_START[fw].test(l))
            inDown = false;
        down.push(inDown);
    }
    return down;
}
/** A down part that actually undoes something (not `pass` or `raise IrreversibleMigration`). */
function hasWorkingDown(lines, down) {
    const body = lines.filter((_, i) => down[i + 1]);
    return body.some((l) => DOES_SOMETHING.test(l)) && !body.some((l) => IRREVERSIBLE.test(l));
}
/**
 * The transaction the tool runs a migration in, unless the file turns it off: the frameworks
 * all open one by default on PostgreSQL, and goose, dbmate and sql-migrate do for their files.
 * `assumed` is the config's word for plain SQL files that name no tool.
 */
function toolTransaction(fw, text, assumed) {
    switch (fw) {
        case 'django':
            return /^\s*atomic\s*=\s*False\b/m.test(text)
                ? undefined
                : { by: 'Django', off: 'atomic = False on the Migration class' };
        case 'rails':
            return /\bdisable_ddl_transaction!/.test(text)
                ? undefined
                : { by: 'Rails', off: 'disable_ddl_transaction! in the migration class' };
        case 'alembic':
            return { by: 'Alembic', off: 'with op.get_context().autocommit_block():' };
        case 'knex':
            return /\bconfig\s*=\s*\{[^}]*\btransaction\s*:\s*false\b/.test(text)
                ? undefined
                : { by: 'Knex', off: 'exports.config = { transaction: false }' };
    }
    let m;
    if (/^\s*--\s*\+goose\s+Up\b/im.test(text))
        return /^\s*--\s*\+goose\s+NO\s+TRANSACTION\b/im.test(text)
            ? undefined
            : { by: 'goose', off: '-- +goose NO TRANSACTION' };
    if ((m = /^\s*--\s*migrate:up\b(.*)$/im.exec(text)))
        return /\btransaction:\s*false\b/i.test(m[1])
            ? undefined
            : { by: 'dbmate', off: '-- migrate:up transaction:false' };
    if ((m = /^\s*--\s*\+migrate\s+Up\b(.*)$/im.exec(text)))
        return /\bnotransaction\b/i.test(m[1])
            ? undefined
            : { by: 'sql-migrate', off: '-- +migrate Up notransaction' };
    return assumed
        ? { by: 'the migration tool', off: 'a migration the tool runs without a transaction', assumed: true }
        : undefined;
}
const RULES = {
    rails: RAILS,
    alembic: ALEMBIC,
    django: DJANGO,
};
/** Calls whose string argument is SQL. */
const SQL_CALLS = {
    rails: /\bexecute\b\s*\(?/g,
    alembic: /\bop\.execute\(/g,
    django: /\bmigrations\.RunSQL\(/g,
    knex: /\.raw\(/g,
};
/** The first string literal after `skip` characters of a call (triple-quoted, heredoc, template too). */
function firstString(call, skip, full, at) {
    const rest = call.slice(skip);
    const heredoc = /^\s*<<[~-]?(['"]?)(\w+)\1/.exec(rest);
    if (heredoc) {
        const start = full.indexOf('\n', at) + 1;
        const end = full.slice(start).search(new RegExp(`^\\s*${heredoc[2]}\\s*$`, 'm'));
        return start === 0 || end < 0 ? undefined : { body: full.slice(start, start + end), index: start };
    }
    const s = /("""|'''|"|'|`)([\s\S]*?)\1/.exec(rest);
    return s ? { body: s[2], index: at + skip + s.index + s[1].length } : undefined;
}
/** Lines inside Alembic's `with op.get_context().autocommit_block():`, which run outside the transaction. */
function autocommitLines(lines) {
    const out = new Set();
    for (let i = 0; i < lines.length; i++) {
        const m = /^(\s*)with\s+[\w.()]*autocommit_block\(\)\s*:/.exec(lines[i]);
        if (!m)
            continue;
        for (let j = i + 1; j < lines.length; j++) {
            const l = lines[j];
            if (l.trim() && /^\s*/.exec(l)[0].length <= m[1].length)
                break;
            out.add(j + 1);
        }
    }
    return out;
}
/** Schema operations of a framework migration, each with its lines, read in file order. */
async function frameworkOps(fw, text, state, pause) {
    const index = new LineIndex(text);
    const sites = [];
    const single = (at, call, ddl) => {
        if (!ddl)
            return [];
        const line = index.lineAt(at);
        for (const r of ddl.risks)
            r.line ??= line;
        return [
            {
                ...ddl,
                line,
                endLine: line + (call.match(/\n/g)?.length ?? 0),
                text: call,
                reversible: /reverse_(?:sql|code)\s*=/.test(call),
            },
        ];
    };
    if (fw === 'knex')
        for (const site of knexOps(text, index))
            sites.push({ at: site.at, run: async () => single(site.at, site.call, site.make(state)) });
    else
        for (const [re, make] of RULES[fw])
            for (const m of text.matchAll(re)) {
                const call = callText(text, m.index);
                sites.push({ at: m.index, run: async () => single(m.index, call, make(call, state)) });
            }
    for (const m of text.matchAll(SQL_CALLS[fw])) {
        const call = callText(text, m.index);
        // From the call on, not the call text: a "(" inside the SQL would cut the call short.
        const str = firstString(text.slice(m.index, m.index + 64 * 1024), m[0].length, text, m.index);
        if (!str)
            continue;
        sites.push({
            at: m.index,
            run: async () => {
                const { ops } = await sqlOps(str.body, state, { firstLine: index.lineAt(str.index), pause });
                const reversible = /reverse_sql\s*=/.test(call);
                return ops.map((op) => ({ ...op, reversible }));
            },
        });
    }
    sites.sort((a, b) => a.at - b.at);
    const outside = fw === 'alembic' ? autocommitLines(text.split('\n')) : new Set();
    const ops = [];
    let inBlock = false;
    for (const site of sites) {
        // An autocommit block commits the transaction so far and opens a new one after it.
        const free = outside.has(index.lineAt(site.at));
        if (free && !inBlock && state.tx === 'tool') {
            state.tx = 'none';
            state.txSeq++;
        }
        else if (!free && inBlock && state.tool) {
            state.tx = 'tool';
            state.txSeq++;
        }
        inBlock = free;
        ops.push(...(await site.run()));
        const due = pause?.(256);
        if (due)
            await due;
    }
    return ops.sort((a, b) => a.line - b.line);
}

;// CONCATENATED MODULE: ./src/checks/migrations/rules.ts
const rules_RULES = {
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
const RULE_IDS = Object.keys(rules_RULES);
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
const isRule = (id) => Object.hasOwn(rules_RULES, id);
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

// EXTERNAL MODULE: ./src/checks/types.ts
var types = __webpack_require__(16468);
;// CONCATENATED MODULE: ./src/checks/migrations/migrations.ts










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
const READ_MAX = 8 * 1024 * 1024;
/** Characters read between two turns of the event loop, so a big diff does not hold it for long. */
const SLICE = 128 * 1024;
/**
 * Files asked for ahead of the one being read: one git answers the reads in order, so a file
 * asked for early is there when its turn comes, rather than costing a round trip of its own.
 */
const READ_AHEAD = 8;
const ROLLBACK_SECTION = /^\s*--\s*rollback\b/im;
const ruleId = schemas/* string */.YjP().superRefine((id, ctx) => {
    const problem = ruleIdProblem(id);
    if (problem)
        ctx.addIssue({ code: 'custom', message: problem });
});
const LEVELS = ['failure', 'warning', 'notice'];
/**
 * Rollback evidence of a migration file. `exists` says whether a file is at head: a folder's
 * down.sql is rollback evidence for every migration in it, and is read once for them all.
 */
async function rollbackEvidence(exists, path, text, hasDown, backup) {
    const found = [];
    if (hasDown)
        found.push('down migration in the file');
    if (ROLLBACK_SECTION.test(text))
        found.push('rollback section');
    if (backup.test(text))
        found.push('backup marker');
    for (const sibling of downSiblings(path))
        if (sibling !== path && (await exists(sibling)))
            found.push(`down migration ${sibling}`);
    return found;
}
const migrationsCheck = (0,types/* defineCheck */.q)({
    type: 'migrations',
    description: 'Migrations added between base and head: destructive DDL needs rollback evidence; PostgreSQL statements that lock tables, fail in a transaction or age badly are reported with the safer form (squawk-compatible rule ids)',
    defaults: { category: 'safety', enforcement: 'scored' },
    fields: schemas/* object */.Ikc({
        paths: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default(DEFAULT_MIGRATION_PATHS).describe('Globs of migration files'),
        exclude: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default(DEFAULT_EXCLUDE).describe('Globs never read as migrations'),
        dialect: schemas/* enum */.k5n(['postgresql', 'mysql', 'sqlite', 'other'])
            .default('postgresql')
            .describe('The lock-risk and style rules are PostgreSQL\u2019s; other dialects get the destructive-statement rules only'),
        postgresVersion: schemas/* number */.aig()
            .min(9)
            .max(99)
            .default(15)
            .describe('Major PostgreSQL version the migrations run on: before 11 any ADD COLUMN \u2026 DEFAULT rewrites the table; from 12 a validated CHECK (col IS NOT NULL) lets SET NOT NULL skip its scan'),
        assumeInTransaction: schemas/* boolean */.zMY()
            .default(false)
            .describe('Plain SQL files run inside a transaction the migration tool opens (as squawk\u2019s assume-in-transaction); goose, dbmate, sql-migrate and the frameworks are recognised without it'),
        ignore: schemas/* array */.YOg(ruleId)
            .default([])
            .describe('Rules never reported, by id; squawk\u2019s rule names are accepted, so its ignore list carries over'),
        levels: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* enum */.k5n(LEVELS))
            .check(
        // Run even when a level is wrong too, so every bad key is named at once.
        schemas/* superRefine */.zni((levels, ctx) => {
            for (const id of Object.keys(levels)) {
                const problem = ruleIdProblem(id);
                if (problem)
                    ctx.addIssue({ code: 'custom', path: [id], message: problem, input: id });
            }
        }, { when: (p) => typeof p.value === 'object' && p.value !== null && !Array.isArray(p.value) }))
            .default({})
            .describe('Level per rule id, replacing its default: failure, warning or notice'),
        backupMarker: fields/* regex */.yG
            .default('(?:--|#|//|/\\*)\\s*(?:promotion-gate:\\s*)?backup\\b')
            .describe('A comment matching this in a migration counts as evidence a backup was taken'),
    }),
    async run(spec, ctx) {
        const got = await (0,changeRange/* changeFor */.WK)(ctx);
        if (got.outcome)
            return got.outcome;
        const { change, range } = got;
        const paths = (0,pathspec/* globPathspecs */.c)(spec.paths, spec.exclude);
        const files = await change.files({ paths, signal: ctx.signal });
        const added = new Map();
        await change.scan({ added: (file, line) => void (added.get(file) ?? added.set(file, new Set()).get(file)).add(line) }, { paths, signal: ctx.signal });
        const backup = new RegExp(spec.backupMarker, 'i');
        const ignored = new Set(spec.ignore.map(ruleFor).filter((r) => !!r));
        const levels = new Map();
        for (const [id, level] of Object.entries(spec.levels)) {
            const rule = ruleFor(id);
            if (rule)
                levels.set(rule, level);
        }
        const pause = pacer(ctx.signal, SLICE);
        const findings = [];
        const reports = [];
        const kinds = new Map();
        const count = { destructive: 0, breaking: 0, lockRisks: 0, advice: 0 };
        // Tables this change creates (files in path order, as migration tools run them): nobody uses
        // them yet, so a later migration of the same change may index or constrain them freely.
        const created = new Set();
        const present = new Map();
        const exists = (path) => {
            let known = present.get(path);
            if (!known) {
                known = change.read(range.head, path, { maxBytes: READ_MAX }).then((t) => t !== undefined);
                present.set(path, known);
            }
            return known;
        };
        const reads = [];
        let asked = 0;
        /** The text of `files[i]` (at base for a deletion), asking for the next few files too. */
        const textOf = (i) => {
            for (; asked < files.length && asked <= i + READ_AHEAD; asked++) {
                const f = files[asked];
                const read = f.status !== 'D'
                    ? change.read(range.head, f.path, { maxBytes: READ_MAX, signal: ctx.signal })
                    : isDownFile(f.path)
                        ? undefined
                        : change.read(range.base, f.path);
                // Awaited in its turn; a check that stops before then must not leave it unhandled.
                read?.catch(() => undefined);
                reads[asked] = read;
                // A down file the change adds is also another file's rollback evidence: one read for both.
                if (read && f.status !== 'D' && !present.has(f.path)) {
                    const known = read.then((t) => t !== undefined);
                    known.catch(() => undefined);
                    present.set(f.path, known);
                }
            }
            const read = reads[i];
            reads[i] = undefined;
            return read;
        };
        for (const [i, f] of files.entries()) {
            const read = textOf(i);
            if (f.status === 'D') {
                if (read && detectFramework(f.path, (await read) ?? ''))
                    findings.push({
                        level: 'warning',
                        message: `migration file deleted: ${f.path} \u2014 if it ran anywhere, history and schema now disagree`,
                        file: f.path,
                    });
                continue;
            }
            const text = await read;
            const fw = text === undefined ? undefined : detectFramework(f.path, text);
            if (!fw || text === undefined || isDownFile(f.path))
                continue;
            const lines = text.split(/\r?\n/);
            const down = downLines(fw, lines);
            const evidence = await rollbackEvidence(exists, f.path, text, hasWorkingDown(lines, down), backup);
            const touched = added.get(f.path) ?? new Set();
            const report = { path: f.path, framework: fw, rollback: evidence, ops: [] };
            reports.push(report);
            const tool = toolTransaction(fw, text, spec.assumeInTransaction);
            const state = () => fileState(spec.postgresVersion, tool, created);
            const ops = fw === 'sql'
                ? (await sqlOps(text, state(), { pause, partOf: (l) => down[l] === true, nextPart: state })).ops
                : await frameworkOps(fw, text, state(), pause);
            const inline = fw === 'sql' ? inlineIgnores(text) : undefined;
            for (const op of ops) {
                const rollbackPart = down[op.line] === true;
                let counted = false;
                for (let l = op.line; l <= op.endLine && !counted; l++)
                    counted = touched.has(l);
                report.ops.push({
                    line: op.line,
                    kind: op.kind,
                    target: op.target,
                    statement: excerpt(op.text),
                    counted,
                    rollbackPart,
                    rules: [...(op.destructive ? [op.destructive] : []), ...op.risks.map((r) => r.rule)],
                });
                if (!counted || rollbackPart)
                    continue;
                if (op.kind !== 'transaction')
                    kinds.set(op.kind, (kinds.get(op.kind) ?? 0) + 1);
                if (op.kind === 'create-table' && op.target)
                    created.add(tableKey(op.target));
                const rule = op.destructive;
                if (rule && !ignored.has(rule)) {
                    const what = `${rules_RULES[rule].why}${op.target ? ` ${op.target}` : ''}`;
                    const why = op.reversible ? ['reverse operation in the call'] : evidence;
                    if (why.length)
                        findings.push({
                            level: 'notice',
                            message: `${what} \u2014 rollback evidence: ${why.join(', ')} [${rule}]`,
                            file: f.path,
                            line: op.clauseLine ?? op.line,
                        });
                    else {
                        const level = levels.get(rule) ?? 'failure';
                        if (level === 'failure')
                            count.destructive++;
                        findings.push({
                            level,
                            message: `${what} without rollback evidence \u2014 add a down migration, a rollback section, or a "-- backup: <where>" comment [${rule}]`,
                            file: f.path,
                            line: op.clauseLine ?? op.line,
                        });
                    }
                }
                if (spec.dialect !== 'postgresql')
                    continue;
                for (const r of op.risks) {
                    if (ignored.has(r.rule))
                        continue;
                    const info = rules_RULES[r.rule];
                    const accepted = inline !== undefined && inlineIgnored(inline, r.rule, [op.line, r.line]);
                    const level = accepted
                        ? 'notice'
                        : (levels.get(r.rule) ?? (info.level === 'destructive' ? 'failure' : info.level));
                    if (level === 'failure')
                        count.breaking++;
                    else if (level === 'warning')
                        count.lockRisks++;
                    else
                        count.advice++;
                    const target = r.target ?? op.target;
                    findings.push({
                        level,
                        message: `${r.why ?? info.why}${target ? ` (${target})` : ''} \u2014 safer: ${r.instead ?? ('instead' in info ? info.instead : 'review it')} [${r.rule}]${accepted ? ' (accepted by a squawk-ignore comment)' : ''}`,
                        file: f.path,
                        line: r.line,
                    });
                }
            }
            const due = pause(text.length);
            if (due)
                await due;
        }
        // Serialized here, as text: an object would be redacted value by value (thousands of
        // statements, targets and keys), as text it is redacted in one pass, and the seal redacts
        // the file again. Statements are excerpts with their literals emptied (excerpt).
        await ctx.evidence.write('migrations.json', `${JSON.stringify({ range: (0,changeRange/* rangeLabel */.QT)(range), files: reports }, null, 2)}\n`);
        findings.sort((a, b) => rank(a.level) - rank(b.level));
        const statements = [...kinds.values()].reduce((a, b) => a + b, 0);
        const metrics = {
            ...(0,changeRange/* rangeMetrics */.lB)(range),
            migrationFiles: reports.length,
            statements,
            destructive: count.destructive,
            breaking: count.breaking,
            lockRisks: count.lockRisks,
            advice: count.advice,
        };
        if (reports.length === 0 && findings.length === 0)
            return { status: 'pass', summary: `no migrations in ${(0,changeRange/* rangeLabel */.QT)(range)}`, metrics };
        const tally = [...kinds].map(([k, n]) => `${n} ${k}`).join(', ');
        const what = `${reports.length} migration file(s), ${statements} changed DDL statement(s)${tally ? ` (${tally})` : ''}`;
        const first = findings[0];
        const failures = findings.filter((x) => x.level === 'failure').length;
        if (failures) {
            const head = failures === count.destructive
                ? `${failures} destructive statement(s) without rollback evidence`
                : `${failures} failure(s)${count.destructive ? ` (${count.destructive} destructive without rollback evidence)` : ''}`;
            return {
                status: 'fail',
                score: 1,
                summary: `${head}, first: ${first.file}:${first.line}; ${what}`,
                findings,
                metrics,
            };
        }
        const warnings = findings.filter((x) => x.level === 'warning').length;
        if (warnings)
            return {
                status: 'warn',
                score: count.lockRisks ? 3 : 4,
                summary: `${warnings} warning(s), first: ${first.message}; ${what}`,
                findings,
                metrics,
            };
        return { status: 'pass', summary: what, findings, metrics };
    },
});
function rank(level) {
    return level === 'failure' ? 0 : level === 'warning' ? 1 : 2;
}


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
        const chunks = [];
        let total = 0;
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
        return Buffer.concat(chunks);
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

/***/ 74648:
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
// EXTERNAL MODULE: ./src/history/summary.ts
var history_summary = __webpack_require__(1048);
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
// EXTERNAL MODULE: ./src/checks/evidence/evidenceFile.ts
var evidenceFile = __webpack_require__(95524);
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
            throw new evidenceFile/* EvidenceError */.oe(`benchmark command exited ${r.exitCode ?? r.signal}${last ? `: ${last.slice(0, 200)}` : ''}`);
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
                throw new evidenceFile/* EvidenceError */.oe('benchmark command printed no JSON results (give `file` if it writes them to a file)');
            }
        }
    }
    // Results belong to the repository: the file may not resolve outside it.
    const where = await new paths/* Workspace */.aR(ctx.cwd, false).resolve('benchmark results file', spec.file);
    const ev = await (0,evidenceFile/* loadEvidence */.Qn)(where.real, spec.file, 'auto', ctx.signal);
    if (ev.format !== 'json' && ev.format !== 'yaml')
        throw new evidenceFile/* EvidenceError */.oe(`${spec.file} is ${ev.format}; benchmark results must be JSON or YAML`);
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
                drift = (0,metrics_drift/* evaluateDrift */.$v)(current, (m) => (0,history_summary/* metricSeries */.Q3)(window, ctx.id, m).map((x) => x.value), settings);
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
// EXTERNAL MODULE: ./src/change/pathspec.ts
var pathspec = __webpack_require__(79750);
// EXTERNAL MODULE: ./src/checks/changeRange.ts
var changeRange = __webpack_require__(79792);
// EXTERNAL MODULE: ./src/checks/dependencies/sources.ts
var sources = __webpack_require__(16717);
;// CONCATENATED MODULE: ./src/checks/dependencies/versions.ts
const PRE = ['dev', 'alpha', 'a', 'beta', 'b', 'pre', 'preview', 'rc', 'c'];
function tokens(v) {
    const core = v
        .trim()
        .replace(/^[v=]+/i, '')
        .split('+')[0];
    return (core.match(/\d+|[A-Za-z]+/g) ?? []).map((t) => (/^\d+$/.test(t) ? Number(t) : t.toLowerCase()));
}
/**
 * A version of numbers only (`1.2.3`), what nearly every lockfile entry holds, each short enough
 * to read exactly digit by digit: ordered in place, without taking it apart into tokens.
 */
const PLAIN = /^\d{1,15}(?:\.\d{1,15})*$/;
/** The number of a plain version starting at `at`, and where it ends. */
function numberAt(v, at) {
    let n = 0;
    let i = at;
    for (; i < v.length; i++) {
        const c = v.charCodeAt(i);
        if (c === 0x2e /* . */)
            break;
        n = n * 10 + (c - 0x30);
    }
    return [n, i];
}
/** `compareVersions` of two plain versions: number by number, a missing one below any. */
function comparePlain(a, b) {
    let i = 0;
    let j = 0;
    for (;;) {
        if (i >= a.length)
            return j >= b.length ? 0 : -1;
        if (j >= b.length)
            return 1;
        const [x, ni] = numberAt(a, i);
        const [y, nj] = numberAt(b, j);
        if (x !== y)
            return x < y ? -1 : 1;
        i = ni + 1;
        j = nj + 1;
    }
}
/**
 * Orders versions of every ecosystem read here well enough to tell an upgrade from a downgrade:
 * numeric parts numerically, pre-releases (dev, alpha, beta, rc) before the release, post-releases
 * after it; build metadata ignored. Semver, PEP 440, Go and Ruby versions all fit.
 */
function compareVersions(a, b) {
    if (PLAIN.test(a) && PLAIN.test(b))
        return comparePlain(a, b);
    const x = tokens(a);
    const y = tokens(b);
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
        const p = x[i];
        const q = y[i];
        if (p === q)
            continue;
        if (p === undefined)
            return typeof q === 'string' && PRE.includes(q) ? 1 : -1;
        if (q === undefined)
            return typeof p === 'string' && PRE.includes(p) ? -1 : 1;
        if (typeof p === 'number' && typeof q === 'number')
            return p < q ? -1 : 1;
        if (typeof p === 'number')
            return 1;
        if (typeof q === 'number')
            return -1;
        const ip = PRE.indexOf(p);
        const iq = PRE.indexOf(q);
        if (ip !== -1 && iq !== -1)
            return ip < iq ? -1 : 1;
        return p < q ? -1 : 1;
    }
    return 0;
}
/**
 * The version a requirement starts from, to order two requirements: the highest lower bound
 * (`>=0.141,<1.0` \u2192 `0.141`, `^1.2.3` \u2192 `1.2.3`); upper bounds and exclusions only when there
 * is nothing else.
 */
function firstVersion(spec) {
    // A plain version (what lockfiles hold) is its own start.
    if (/^v?\d+(?:\.\d+)*$/.test(spec))
        return spec;
    const version = (s) => /\d+(?:\.\d+)*(?:[-.]?[A-Za-z]+\d*)?/.exec(s)?.[0];
    // `a || b`: the lowest start of the alternatives.
    const alternatives = spec.split('||').map((alt) => {
        const lower = alt
            .split(/,|\s+(?=[<>=!~^])/)
            .map((p) => p.trim())
            .filter((p) => p && !/^(?:<|!=)/.test(p))
            .map(version)
            .filter((v) => v !== undefined);
        return lower.length ? lower.reduce((a, b) => (compareVersions(a, b) >= 0 ? a : b)) : version(alt);
    });
    const found = alternatives.filter((v) => v !== undefined);
    return found.length ? found.reduce((a, b) => (compareVersions(a, b) <= 0 ? a : b)) : undefined;
}
const SHA = /[0-9a-f]{40}/i;
/** Whether a declared requirement names exactly one version (or an immutable source). */
function isPinned(ecosystem, spec) {
    const s = spec.trim();
    switch (ecosystem) {
        case 'npm': {
            if (/^(?:file|link|workspace|portal):/.test(s))
                return true;
            if (/^(?:git|github|https?):|\.git|^[\w-]+\/[\w.-]+(?:#|$)/.test(s))
                return SHA.test(s.split('#')[1] ?? '');
            const v = s.startsWith('npm:') ? s.slice(s.lastIndexOf('@') + 1) : s;
            return /^=?v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(v);
        }
        case 'pypi':
            if (s.startsWith('@'))
                return SHA.test(s);
            // `==1.2.3` or `===1.2.3` alone; Poetry's bare `1.2.3` is exact too.
            return /^(?:===?\s*)?v?\d+(?:\.\d+)*(?:[A-Za-z0-9.+-]*)$/.test(s) && !s.includes('*');
        case 'go':
            return true;
        case 'cargo':
            if (/^(?:path|workspace)\b/.test(s))
                return true;
            if (/^git\b/.test(s))
                return SHA.test(s);
            // A bare "1.2.3" in Cargo means ^1.2.3; only "=1.2.3" is exact.
            return /^=\s*\d+\.\d+\.\d+/.test(s);
        case 'rubygems':
            return /^=\s*\d/.test(s) || /^\d+(?:\.\d+)*$/.test(s);
    }
}
/**
 * Whether an upgrade crosses a major version: the first number grows, or, below 1.0, the
 * second (a 0.x minor may break, as Cargo's and npm's caret ranges assume).
 */
function crossesMajor(from, to) {
    if (PLAIN.test(from) && PLAIN.test(to)) {
        const [x0, i] = numberAt(from, 0);
        const [y0, j] = numberAt(to, 0);
        if (y0 !== x0)
            return y0 > x0;
        return (x0 === 0 &&
            (j < to.length ? numberAt(to, j + 1)[0] : 0) > (i < from.length ? numberAt(from, i + 1)[0] : 0));
    }
    if (/[:/#]/.test(from) || /[:/#]/.test(to))
        return false;
    const a = firstVersion(from);
    const b = firstVersion(to);
    if (!a || !b)
        return false;
    const x = (a.match(/\d+/g) ?? []).map(Number);
    const y = (b.match(/\d+/g) ?? []).map(Number);
    const [x0 = 0, x1 = 0] = x;
    const [y0 = 0, y1 = 0] = y;
    if (y0 !== x0)
        return y0 > x0;
    return x0 === 0 && y1 > x1;
}

;// CONCATENATED MODULE: ./src/checks/dependencies/diff.ts


/**
 * Public registries every lockfile may use: a package from one of them is never "from a new
 * registry", even in a lockfile the change adds.
 */
const PUBLIC_REGISTRIES = new Set(['registry.npmjs.org', 'pypi.org', 'crates.io', 'rubygems.org']);
const add = (e, d) => e === undefined ? d : Array.isArray(e) ? (e.push(d), e) : [e, d];
/**
 * Both sides' entries by name, in one table: a large lockfile has thousands of names, and each
 * is looked up once per entry rather than grouped per side and looked up again across.
 */
function pairs(base, head) {
    const byName = new Map();
    const out = [];
    for (const d of base) {
        const p = byName.get(d.name);
        if (p)
            p.base = add(p.base, d);
        else {
            const fresh = { name: d.name, base: d, head: undefined };
            byName.set(d.name, fresh);
            out.push(fresh);
        }
    }
    for (const d of head) {
        const p = byName.get(d.name);
        if (p)
            p.head = add(p.head, d);
        else {
            const fresh = { name: d.name, base: undefined, head: d };
            byName.set(d.name, fresh);
            out.push(fresh);
        }
    }
    return out;
}
const listOf = (e) => (e === undefined ? [] : Array.isArray(e) ? e : [e]);
/** Orders two versions or requirements; undefined when they cannot be ordered. */
function order(a, b) {
    // A git ref, a URL or a path holds digits that are no version.
    if (/[:/#]/.test(a) || /[:/#]/.test(b))
        return undefined;
    const x = firstVersion(a);
    const y = firstVersion(b);
    return x && y ? compareVersions(x, y) : undefined;
}
const sorted = (s) => (s.size === 1 ? [...s] : [...s].sort(compareVersions));
const list = (s) => sorted(s).join(', ');
const highest = (s) => sorted(s).pop() ?? '';
/** A folder of the repository (a workspace package, a local path): not an archive. */
const isLocal = (s) => (s.kind === 'file' || s.kind === 'link') && !(0,sources/* riskyWhenAdded */.ZA)(s);
function movedTo(hs, bs, knownHost) {
    const known = bs.filter((b) => b.source);
    for (const d of hs) {
        const source = d.source;
        if (!source)
            continue;
        if (bs.length === 0) {
            const newHost = source.kind === 'registry' && source.where !== '' && !knownHost(source.where);
            if (!d.local && ((0,sources/* riskyWhenAdded */.ZA)(source) || newHost))
                return { version: d.version, to: source, at: d };
            continue;
        }
        if (!known.length || known.some((b) => (0,sources/* sameSource */.eP)(b.source, source)))
            continue;
        // From one folder of the repository to another: code in this diff either way.
        if (isLocal(source) && known.every((b) => isLocal(b.source)))
            continue;
        return { version: d.version, from: known[0].source, to: source, at: d };
    }
    return undefined;
}
/** Which digest of the same version differs between two entries, if any. */
function digestConflict(a, b) {
    if (a.digests && b.digests)
        for (const [k, v] of Object.entries(b.digests))
            if (Object.hasOwn(a.digests, k) && a.digests[k] !== v)
                return k;
    if (a.hashes?.length && b.hashes?.length && !b.hashes.some((h) => a.hashes.includes(h)))
        return 'hashes';
    return undefined;
}
function tamperedIn(hs, bs) {
    for (const d of hs)
        for (const b of bs) {
            if (b.version !== d.version)
                continue;
            // Another source is reported as a move; digests of two places do not compare.
            if (d.source && b.source && !(0,sources/* sameSource */.eP)(d.source, b.source))
                continue;
            const what = digestConflict(b, d);
            if (what)
                return { version: d.version, what, at: d };
        }
    return undefined;
}
function scriptsGained(hs, bs) {
    if (bs.some((b) => b.installScript))
        return undefined;
    return hs.find((h) => h.installScript);
}
/** Two entries of one name read from the same values (see `Dependency.sameAs`). */
const alike = (a, b) => a.version === b.version && a.sameAs?.(b) === true;
/**
 * Whether a name's entries are the same in base and head, entry for entry: then no version
 * changed, and every entry of head meets its twin of base with the same source, digests and
 * install scripts, so there is nothing to find and neither side's sources or digests are read.
 * Two entries of one version that differ within a side would still be compared with each other
 * (as a rewritten digest), so such a name takes the full comparison.
 */
function unchanged(h, b) {
    if (b === undefined)
        return false;
    if (!Array.isArray(h) || !Array.isArray(b))
        return !Array.isArray(h) && !Array.isArray(b) && alike(h, b);
    const hs = h;
    const bs = b;
    if (hs.length !== bs.length)
        return false;
    for (let i = 0; i < hs.length; i++)
        if (!alike(hs[i], bs[i]))
            return false;
    for (let i = 1; i < hs.length; i++)
        for (let j = 0; j < i; j++)
            if (hs[i].version === hs[j].version && !alike(hs[i], hs[j]))
                return false;
    return true;
}
const byName = (x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0);
/**
 * What changed between two parses of one dependency file: versions, and where a version's code
 * comes from. One pass over each side, grouped by name (linear in the packages); a name whose
 * entries are alike on both sides is passed over without reading them further.
 */
async function diffDeps(base, head, pace) {
    const table = pairs(base, head);
    // The registries base uses: read only for a package added from a registry not public.
    let hosts;
    const knownHost = (where) => {
        if (PUBLIC_REGISTRIES.has(where))
            return true;
        if (!hosts) {
            hosts = new Set();
            for (const d of base)
                if (d.source?.kind === 'registry' && d.source.where)
                    hosts.add(d.source.where);
        }
        return hosts.has(where);
    };
    const out = [];
    for (const { name, base: had, head: entries } of table) {
        if (entries === undefined) {
            if (pace.due())
                await pace.turn();
            const bs = listOf(had);
            if (bs.every((d) => d.local))
                continue;
            out.push({
                name,
                kind: 'removed',
                from: list(new Set(bs.map((d) => d.version))),
                direct: bs.some((d) => d.direct),
            });
            continue;
        }
        // A package costs what a few dozen lines of a lockfile do.
        if (pace.due(20))
            await pace.turn();
        if (unchanged(entries, had))
            continue;
        const hs = listOf(entries);
        const bs = listOf(had);
        if (hs.every((d) => d.local) && bs.every((d) => d.local))
            continue;
        const first = hs[0];
        const to = new Set(hs.map((d) => d.version));
        const from = new Set(bs.map((d) => d.version));
        let kind;
        if (bs.length === 0)
            kind = 'added';
        else {
            const gone = [...from].filter((v) => !to.has(v));
            const fresh = [...to].filter((v) => !from.has(v));
            if (gone.length || fresh.length) {
                kind = 'changed';
                if (gone.length && fresh.length) {
                    const cmp = gone.flatMap((g) => fresh.map((f) => order(g, f)));
                    if (cmp.every((c) => c !== undefined && c < 0))
                        kind = 'upgraded';
                    else if (cmp.every((c) => c !== undefined && c > 0))
                        kind = 'downgraded';
                }
            }
        }
        const moved = movedTo(hs, bs, knownHost);
        const tampered = tamperedIn(hs, bs);
        const installScript = scriptsGained(hs, bs);
        if (!kind && !moved && !tampered && !installScript)
            continue;
        // Lines only now, for what is reported: a JSON lockfile finds them in a pass over its text.
        for (const d of [first, moved?.at, tampered?.at, installScript]) {
            const finding = d?.findLine?.(pace);
            if (finding)
                await finding;
        }
        out.push({
            name,
            kind: kind ?? 'changed',
            ...(bs.length ? { from: list(from) } : {}),
            to: list(to),
            direct: hs.some((d) => d.direct) || bs.some((d) => d.direct),
            line: first.line,
            spec: first.spec ?? first.version,
            ...(kind === 'upgraded' && crossesMajor(highest(from), highest(to)) ? { major: true } : {}),
            ...(moved
                ? {
                    moved: {
                        version: moved.version,
                        ...(moved.from ? { from: moved.from } : {}),
                        to: moved.to,
                        line: moved.at.line,
                    },
                }
                : {}),
            ...(tampered
                ? { tampered: { version: tampered.version, what: tampered.what, line: tampered.at.line } }
                : {}),
            ...(installScript
                ? { installScript: { version: installScript.version, line: installScript.line } }
                : {}),
        });
    }
    return out.sort(byName);
}
/** Directives of head that base did not have with the same value. */
function diffDirectives(base, head) {
    const before = new Map();
    for (const d of base) {
        const values = before.get(d.key);
        if (values)
            values.add(d.value);
        else
            before.set(d.key, new Set([d.value]));
    }
    const out = [];
    for (const d of head) {
        const values = before.get(d.key);
        if (values?.has(d.value))
            continue;
        out.push(values ? { ...d, was: [...values][0] } : d);
    }
    return out;
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/checks/secrets/shapes.ts
var shapes = __webpack_require__(46445);
// EXTERNAL MODULE: ./src/checks/dependencies/types.ts
var dependencies_types = __webpack_require__(94370);
;// CONCATENATED MODULE: ./src/checks/dependencies/rules.ts





const ECOSYSTEMS = ['npm', 'pypi', 'go', 'cargo', 'rubygems'];
/** Notices of direct changes listed at most; the rest are in changes.json. */
const MAX_NOTICES = 100;
/** Findings of one rule listed at most; one more finding says how many were left out. */
const MAX_PER_RULE = 50;
/**
 * Credentials in git/registry URLs of a requirement (`user:pass@`, `?private_token=\u2026`) and
 * tokens of a known shape never reach a report.
 */
const clean = (s) => (s === undefined ? s : (0,shapes/* maskKnownTokens */.C)(s));
function describe(c) {
    const what = c.kind === 'added'
        ? `added ${c.to}`
        : c.kind === 'removed'
            ? `removed (was ${c.from})`
            : c.from === c.to
                ? `${c.to} resolved differently`
                : `${c.kind} ${c.from} \u2192 ${c.to}`;
    return `${c.direct ? 'direct' : 'transitive'} ${c.ecosystem} dependency ${c.name} ${clean(what)}`;
}
function denyMatcher(patterns) {
    const compiled = patterns.map((p) => {
        const m = /^([a-z]+):(.+)$/.exec(p);
        return { pattern: p, ecosystem: m?.[1], match: picomatch_default()(m ? m[2] : p, { nocase: true }) };
    });
    return (c) => compiled.find((d) => (!d.ecosystem || d.ecosystem === c.ecosystem) && d.match(c.name))?.pattern;
}
/**
 * Per package, the changes a finding goes on: the manifest's (the line a person edits) when a
 * manifest changed it, else each lockfile's. One package edited in package.json and in its
 * lockfile is one finding, on package.json.
 */
function placed(list) {
    const groups = new Map();
    for (const c of list) {
        const key = `${c.ecosystem}:${c.name}`;
        const g = groups.get(key);
        if (g)
            g.push(c);
        else
            groups.set(key, [c]);
    }
    const out = [];
    for (const g of groups.values()) {
        const manifests = g.filter((c) => c.manifest);
        out.push(...(manifests.length ? manifests : g));
    }
    return out;
}
/** A version worth naming before its source: not a spec that already says where (`link:../x`). */
const versionText = (v) => (v && !/[:/]/.test(v) ? `${v} ` : '');
const at = (file, line) => ({ file, ...(line ? { line } : {}) });
/** Turns the changes of every dependency file into findings, by the policy. */
async function rules_judge(changes, directives, spec, pace) {
    const findings = [];
    let violations = 0;
    let severe = false;
    const left = new Map();
    /** Adds a finding of a rule, up to MAX_PER_RULE of them. */
    const report = (rule, f, counted) => {
        if (counted)
            violations++;
        const n = left.get(rule) ?? 0;
        if (n < MAX_PER_RULE)
            findings.push(f);
        left.set(rule, n + 1);
    };
    const more = (rule, level, what) => {
        const n = (left.get(rule) ?? 0) - MAX_PER_RULE;
        if (n > 0)
            findings.push({ level, message: `${n} more ${what} not listed (see changes.json)` });
    };
    const levelOf = (l) => (l === 'fail' ? 'failure' : 'warning');
    // Denied packages: always a failure, on the manifest line when a manifest named the package.
    const deniedOf = denyMatcher(spec.deny);
    for (const c of placed(changes.filter((c) => c.kind !== 'removed'))) {
        await pace.step();
        const pattern = deniedOf(c);
        if (!pattern)
            continue;
        severe = true;
        report('deny', {
            level: 'failure',
            message: `denied package: ${describe(c)} (matches deny "${pattern}")`,
            ...at(c.file, c.line),
        }, true);
    }
    more('deny', 'failure', 'denied package(s)');
    const newDirect = new Map();
    for (const c of changes) {
        if (c.kind !== 'added' || !c.direct)
            continue;
        const key = `${c.ecosystem}:${c.name}`;
        if (!newDirect.get(key)?.manifest)
            newDirect.set(key, c);
    }
    if (spec.maxNewDirect !== undefined && newDirect.size > spec.maxNewDirect) {
        const first = [...newDirect.values()][spec.maxNewDirect];
        report('maxNewDirect', {
            level: 'failure',
            message: `${newDirect.size} new direct dependencies, at most ${spec.maxNewDirect} allowed: ${[...newDirect.values()].map((c) => c.name).join(', ')}`,
            ...at(first.file, first.line),
        }, true);
    }
    if (spec.requirePinned) {
        for (const c of changes) {
            if (!c.direct ||
                c.kind === 'removed' ||
                !c.spec ||
                (!c.manifest && c.spec === c.to) ||
                isPinned(c.ecosystem, c.spec))
                continue;
            report('requirePinned', {
                level: 'failure',
                message: `${c.name} "${clean(c.spec)}" is not pinned to one version (${c.file})`,
                ...at(c.file, c.line),
            }, true);
        }
        more('requirePinned', 'failure', 'unpinned requirement(s)');
    }
    const allowed = spec.allowSources.length
        ? picomatch_default()(spec.allowSources, { nocase: true, dot: true })
        : undefined;
    const isAllowed = (where) => !!(allowed && where && allowed(where));
    let installScripts = 0;
    let sourceChanges = 0;
    let integrityChanges = 0;
    if (spec.installScripts !== 'ignore') {
        const level = levelOf(spec.installScripts);
        const counted = spec.installScripts === 'fail';
        for (const d of directives) {
            if (d.rule !== 'installScripts')
                continue;
            installScripts++;
            report('installScripts', {
                level,
                message: `${d.was === undefined ? 'new' : 'changed'} ${clean(d.text)}${d.was === undefined ? '' : ` (was ${clean((0,dependencies_types/* oneLine */.TN)(d.was))})`} \u2014 it runs on every install`,
                ...at(d.file, d.line),
            }, counted);
        }
        for (const c of changes) {
            await pace.step();
            if (!c.installScript)
                continue;
            installScripts++;
            report('installScripts', {
                level,
                message: `${c.ecosystem} package ${c.name} ${clean(c.installScript.version)} runs an install script (${c.kind === 'added' ? 'new package' : 'base had none'})`,
                ...at(c.file, c.installScript.line ?? c.line),
            }, counted);
        }
        more('installScripts', level, 'install script finding(s)');
    }
    if (spec.sources !== 'ignore') {
        const level = levelOf(spec.sources);
        const counted = spec.sources === 'fail';
        for (const d of directives) {
            if (d.rule !== 'sources')
                continue;
            if (isAllowed(d.where)) {
                findings.push({
                    level: 'notice',
                    message: `${clean(d.text)} (allowed by allowSources)`,
                    ...at(d.file, d.line),
                });
                continue;
            }
            sourceChanges++;
            report('sources', {
                level,
                message: `${d.was === undefined ? 'new' : 'changed'} ${clean(d.text)}${d.was === undefined ? '' : ` (was ${clean((0,dependencies_types/* oneLine */.TN)(d.was))})`} \u2014 packages may come from elsewhere than before`,
                ...at(d.file, d.line),
            }, counted);
        }
        for (const c of placed(changes.filter((c) => c.moved))) {
            await pace.step();
            const m = c.moved;
            if (isAllowed(m.to.where)) {
                findings.push({
                    level: 'notice',
                    message: `${c.ecosystem} package ${c.name} comes from ${clean((0,sources/* describeSource */.B6)(m.to))} (allowed by allowSources)`,
                    ...at(c.file, m.line ?? c.line),
                });
                continue;
            }
            sourceChanges++;
            const what = m.from
                ? `now comes from ${(0,sources/* describeSource */.B6)(m.to)} (was ${(0,sources/* describeSource */.B6)(m.from)})`
                : `comes from ${(0,sources/* describeSource */.B6)(m.to)} (new package)`;
            report('sources', {
                level,
                message: `source changed: ${c.ecosystem} package ${c.name} ${clean(`${versionText(m.version)}${what}`)}`,
                ...at(c.file, m.line ?? c.line),
            }, counted);
        }
        for (const c of changes) {
            await pace.step();
            if (!c.tampered)
                continue;
            integrityChanges++;
            if (counted)
                severe = true;
            report('sources', {
                level,
                message: `integrity changed: ${c.ecosystem} package ${c.name} ${clean(c.tampered.version)} has another ${clean(c.tampered.what)} digest than in base with the same version: the lockfile points to other code`,
                ...at(c.file, c.tampered.line ?? c.line),
            }, counted);
        }
        more('sources', level, 'source finding(s)');
    }
    let majorUpgrades = 0;
    if (spec.majorUpgrades !== 'ignore') {
        const level = levelOf(spec.majorUpgrades);
        for (const c of placed(changes.filter((c) => c.major && c.direct))) {
            majorUpgrades++;
            report('majorUpgrades', { level, message: `major upgrade: ${describe(c)}`, ...at(c.file, c.line) }, spec.majorUpgrades === 'fail');
        }
        more('majorUpgrades', level, 'major upgrade(s)');
    }
    if (spec.downgrades !== 'ignore') {
        const level = levelOf(spec.downgrades);
        for (const c of changes)
            if (c.kind === 'downgraded')
                report('downgrades', { level, message: describe(c), ...at(c.file, c.line) }, spec.downgrades === 'fail');
        more('downgrades', level, 'downgrade(s)');
    }
    const notices = placed(changes.filter((c) => c.direct && c.kind !== 'downgraded'));
    for (const c of notices.slice(0, MAX_NOTICES))
        findings.push({ level: 'notice', message: describe(c), ...at(c.file, c.line) });
    const byFile = new Map();
    for (const c of changes) {
        if (c.direct)
            continue;
        const list = byFile.get(c.file);
        if (list)
            list.push(c);
        else
            byFile.set(c.file, [c]);
    }
    for (const [file, list] of byFile)
        findings.push({
            level: 'notice',
            message: `${file}: ${tally(list)} transitive package(s) (see changes.json)`,
            file,
        });
    return {
        findings,
        violations,
        severe,
        metrics: { newDirect: newDirect.size, installScripts, sourceChanges, integrityChanges, majorUpgrades },
    };
}
const KINDS = ['added', 'removed', 'upgraded', 'downgraded', 'changed'];
/** `2 added, 1 upgraded`: one pass over the list. */
function tally(list) {
    const n = new Map();
    for (const c of list)
        n.set(c.kind, (n.get(c.kind) ?? 0) + 1);
    return KINDS.filter((k) => n.get(k))
        .map((k) => `${n.get(k)} ${k}`)
        .join(', ');
}

;// CONCATENATED MODULE: ./src/checks/dependencies/evidence.ts


/**
 * Changes written to changes.json at most. A lockfile regenerated from scratch changes tens of
 * thousands of entries; written whole (pretty-printed, then redacted) that file alone took
 * seconds and megabytes of a bundle nobody reads to the end. What a finding names is always
 * kept; the rest fills up to the limit, and `omitted` says how many were left out.
 */
const MAX_EVIDENCE_CHANGES = 2_000;
const flagged = (c) => !!(c.moved || c.tampered || c.installScript || c.major || c.kind === 'downgraded');
function entry(c) {
    return {
        file: c.file,
        ecosystem: c.ecosystem,
        name: c.name,
        kind: c.kind,
        ...(c.from !== undefined ? { from: clean(c.from) } : {}),
        ...(c.to !== undefined ? { to: clean(c.to) } : {}),
        direct: c.direct,
        ...(c.line ? { line: c.line } : {}),
        ...(c.spec !== undefined && c.spec !== c.to ? { spec: clean(c.spec) } : {}),
        ...(c.major ? { major: true } : {}),
        ...(c.moved
            ? {
                moved: {
                    version: clean(c.moved.version),
                    ...(c.moved.from ? { from: clean((0,sources/* describeSource */.B6)(c.moved.from)) } : {}),
                    to: clean((0,sources/* describeSource */.B6)(c.moved.to)),
                },
            }
            : {}),
        ...(c.tampered
            ? { tampered: { version: clean(c.tampered.version), digest: clean(c.tampered.what) } }
            : {}),
        ...(c.installScript ? { installScript: { version: clean(c.installScript.version) } } : {}),
    };
}
/** What changes.json holds: the changes (bounded), the directives, what could not be read. */
async function changesEvidence(range, changes, directives, problems, pace) {
    let kept = changes;
    if (changes.length > MAX_EVIDENCE_CHANGES) {
        const keep = new Set();
        for (const c of changes)
            if (keep.size < MAX_EVIDENCE_CHANGES && flagged(c))
                keep.add(c);
        for (const c of changes)
            if (keep.size < MAX_EVIDENCE_CHANGES && c.direct)
                keep.add(c);
        for (const c of changes)
            if (keep.size < MAX_EVIDENCE_CHANGES)
                keep.add(c);
        kept = changes.filter((c) => keep.has(c));
    }
    const out = [];
    for (const c of kept) {
        await pace.step();
        out.push(entry(c));
    }
    return {
        range,
        changes: out,
        omitted: changes.length - kept.length,
        directives: directives.map((d) => ({
            file: d.file,
            ecosystem: d.ecosystem,
            rule: d.rule,
            text: clean(d.text),
            ...(d.was !== undefined ? { was: clean(d.was) } : {}),
            ...(d.line ? { line: d.line } : {}),
        })),
        problems,
    };
}

// EXTERNAL MODULE: ./src/checks/dependencies/json.ts
var json = __webpack_require__(94309);
// EXTERNAL MODULE: ./src/checks/dependencies/lockfiles.ts + 13 modules
var lockfiles = __webpack_require__(73449);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./src/checks/dependencies/pace.ts

/**
 * Gives the event loop a turn every so many units of work (lines, packages, changes), so a
 * lockfile of thousands of packages never holds it for long: other checks' timeouts and the
 * gate's own timers fire on time while this check reads. Counting units rather than time keeps
 * the slices the same on every machine. Once the check is aborted the next turn throws, so a
 * timed-out check stops reading instead of finishing unseen.
 */
class Pacer {
    signal;
    every;
    done = 0;
    /** Turns given so far (what the tests look at). */
    turns = 0;
    constructor(signal, 
    /** Units of work between two turns. */
    every = 2_000) {
        this.signal = signal;
        this.every = every;
    }
    /** Counts `units` of work; resolves after a turn of the event loop when a slice is full. */
    async step(units = 1) {
        if (this.due(units))
            await this.turn();
    }
    /**
     * Counts `units` of work; true when a slice is full and a turn is owed (`await pace.turn()`).
     * For loops over every entry of a large lockfile, where an `await` per entry costs more than
     * the entry's own work.
     */
    due(units = 1) {
        this.done += units;
        if (this.done < this.every)
            return false;
        this.done = 0;
        return true;
    }
    /** A turn of the event loop now (between files). */
    async turn() {
        this.turns++;
        await (0,promises_.setImmediate)();
        this.signal?.throwIfAborted();
    }
}

;// CONCATENATED MODULE: ./src/checks/dependencies/dependencies.ts










const denyEntry = schemas/* string */.YjP().superRefine((s, ctx) => {
    const m = /^([a-z]+):(.+)$/.exec(s);
    if (m && !ECOSYSTEMS.includes(m[1]))
        ctx.addIssue({ code: 'custom', message: `unknown ecosystem "${m[1]}" (use ${ECOSYSTEMS.join(', ')})` });
});
const level = (what, fallback) => schemas/* enum */.k5n(['fail', 'warn', 'ignore']).default(fallback).describe(what);
const dependenciesCheck = (0,types/* defineCheck */.q)({
    type: 'dependencies',
    description: 'Dependency changes between base and head (npm, pnpm, yarn, PyPI, Go, Cargo, RubyGems manifests and lockfiles): deny list, pinning, new direct dependencies, downgrades, major upgrades, install scripts and where packages come from (git, URLs, other registries, rewritten lockfile entries)',
    defaults: { category: 'safety', enforcement: 'scored' },
    fields: schemas/* object */.Ikc({
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
    }),
    async run(spec, ctx) {
        const got = await (0,changeRange/* changeFor */.WK)(ctx);
        if (got.outcome)
            return got.outcome;
        const { change, range } = got;
        const files = await change.files({
            paths: spec.paths.length || spec.exclude.length ? (0,pathspec/* globPathspecs */.c)(spec.paths, spec.exclude) : undefined,
            signal: ctx.signal,
        });
        const pace = new Pacer(ctx.signal);
        const changes = [];
        const directives = [];
        const problems = [];
        let read = 0;
        for (const f of files) {
            const type = (0,lockfiles/* depFileType */.k)(f.path);
            if (!type)
                continue;
            read++;
            // Each file is its own slice of work: other checks run between two files.
            await pace.turn();
            const parse = async (rev, path, side) => {
                const where = `${path} at ${side} (${rev.slice(0, 7)})`;
                let text;
                try {
                    text = await change.read(rev, path, { signal: ctx.signal, maxBytes: json/* MAX_DEP_FILE_BYTES */.WV });
                }
                catch (err) {
                    if (ctx.signal.aborted)
                        throw err;
                    const message = err.message;
                    problems.push(/printed more than/.test(message)
                        ? `${where}: larger than the ${json/* MAX_DEP_FILE_BYTES */.WV / 1024 / 1024} MiB this check reads of one file`
                        : `${where}: ${clean(message)}`);
                    return { deps: [] };
                }
                if (text === undefined)
                    return { deps: [] };
                return parseFile(type, text, pace, ctx.signal, (message) => 
                // A parser's message may quote the file (Node's JSON errors do): masked like the rest.
                problems.push(`${where}: ${clean(message)}`));
            };
            const before = f.status === 'A' ? { deps: [] } : await parse(range.base, f.oldPath ?? f.path, 'base');
            const after = f.status === 'D' ? { deps: [] } : await parse(range.head, f.path, 'head');
            const common = { file: f.path, ecosystem: type.ecosystem };
            for (const d of await diffDeps(before.deps, after.deps, pace))
                changes.push({ ...d, ...common, manifest: type.kind === 'manifest' });
            for (const d of diffDirectives(before.directives ?? [], after.directives ?? []))
                directives.push({ ...d, ...common });
        }
        const evidence = await changesEvidence((0,changeRange/* rangeLabel */.QT)(range), changes, directives, problems, pace);
        await ctx.evidence.write('changes.json', evidence);
        const judged = await rules_judge(changes, directives, spec, pace);
        const { findings, violations } = judged;
        const counts = new Map();
        for (const c of changes)
            counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
        const count = (k) => counts.get(k) ?? 0;
        const metrics = {
            ...(0,changeRange/* rangeMetrics */.lB)(range),
            dependencyFiles: read,
            changes: changes.length,
            added: count('added'),
            removed: count('removed'),
            upgraded: count('upgraded'),
            downgraded: count('downgraded'),
            changed: count('changed'),
            ...judged.metrics,
            directives: directives.length,
            evidenceOmitted: evidence.omitted,
            violations,
        };
        for (const p of problems)
            findings.unshift({ level: 'failure', message: `cannot parse ${p}` });
        if (problems.length)
            return {
                status: 'error',
                summary: `cannot read ${problems.length} dependency file(s): ${problems[0]}`,
                findings,
                metrics,
            };
        if (changes.length === 0 && directives.length === 0)
            return {
                status: 'pass',
                summary: `no dependency changes in ${(0,changeRange/* rangeLabel */.QT)(range)} (${read} dependency file(s) touched)`,
                metrics,
            };
        const fileCount = new Set([...changes.map((c) => c.file), ...directives.map((d) => d.file)]).size;
        const what = [
            changes.length ? `${changes.length} dependency change(s)` : '',
            directives.length ? `${directives.length} setting(s) of dependency files` : '',
        ]
            .filter(Boolean)
            .join(' and ');
        const detail = `${what} in ${fileCount} file(s)${changes.length ? `: ${tally(changes)}` : ''}`;
        if (violations > 0) {
            const first = findings.find((f) => f.level === 'failure');
            return {
                status: 'fail',
                score: judged.severe ? 1 : 2,
                summary: `${violations} policy violation(s), first: ${first.message}; ${detail}`,
                findings,
                metrics,
            };
        }
        // Any change is worth a look (4), never a pass.
        return {
            status: 'warn',
            score: 4,
            summary: `${detail} \u2014 review for supply-chain risk`,
            findings,
            metrics,
        };
    },
});
/** Parses one revision of a file; a file that cannot be read is a problem, never an empty one. */
async function parseFile(type, text, pace, signal, problem) {
    try {
        return await type.parse(text, pace);
    }
    catch (err) {
        if (signal.aborted)
            throw err;
        problem(err.message);
        return { deps: [] };
    }
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/core/redact.ts + 3 modules
var redact = __webpack_require__(8670);
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
            const show = (v) => (secret ? (0,redact/* maskValue */.QS)(v) : JSON.stringify(v));
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
var external_node_fs_promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(73382);
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
    format: schemas/* enum */.k5n(['auto', ...evidenceFile/* EVIDENCE_FORMATS */.N9])
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
            dated.push({ f, t: (await (0,external_node_fs_promises_.stat)(f.real)).mtimeMs });
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
        let ev;
        try {
            ev = await (0,evidenceFile/* loadEvidence */.Qn)(resolved.file.real, name, spec.format, ctx.signal);
        }
        catch (err) {
            if (!(err instanceof evidenceFile/* EvidenceError */.oe))
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
            const s = await (0,external_node_fs_promises_.stat)(f.real);
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
            out.mtime = (await (0,external_node_fs_promises_.stat)(abs)).mtime;
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
const directions_order = (values) => ({ kind: 'order', values });
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
    ['*:enforcement', directions_order(core_types/* ENFORCEMENTS */.w_)],
    ['*:onError', directions_order(core_types/* ON_ERROR */.DD)],
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
    ['freshness:counters.*.level', directions_order(['fail', 'warn'])],
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
    ['dependencies:downgrades', directions_order(['fail', 'warn', 'ignore'])],
    ['dependencies:installScripts', directions_order(['fail', 'warn', 'ignore'])],
    ['dependencies:sources', directions_order(['fail', 'warn', 'ignore'])],
    ['dependencies:majorUpgrades', directions_order(['fail', 'warn', 'ignore'])],
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
    const points = (0,metrics_drift/* evaluateDrift */.$v)({ [ref.metric]: typeof value === 'number' ? value : undefined }, (m) => (0,history_summary/* metricSeries */.Q3)(before, ref.check, m).map((x) => x.value), {
        ...settings,
        rules: Object.fromEntries(Object.entries(settings.rules).filter(([m]) => m === ref.metric)),
    });
    const p = points[0];
    return p ? `run ${last.runId}: ${p.message}` : `run ${last.runId}: no drift rule for ${ref.metric}`;
}
async function lastReview(ctx, ref) {
    const file = external_node_path_default().join('.promotion-gate', `${ctx.profile}-review`, 'review.json');
    let review;
    try {
        review = JSON.parse(await (0,external_node_fs_promises_.readFile)(external_node_path_default().join(ctx.cwd, file), 'utf8'));
    }
    catch {
        return `no review on file (\`promotion-gate review --profile ${ctx.profile}\` writes one)`;
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
        const series = (0,history_summary/* metricSeries */.Q3)(runs, ref.check, ref.metric).slice(-MAX_POINTS);
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
const integrity_MAX_NOTICES = 100;
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
        for (const c of others.slice(0, integrity_MAX_NOTICES))
            findings.push({
                level: 'notice',
                file: sides.file,
                ...(c.line ? { line: c.line } : {}),
                message: describeChange(c),
            });
        if (others.length > integrity_MAX_NOTICES)
            findings.push({
                level: 'notice',
                message: `${others.length - integrity_MAX_NOTICES} more change(s) in integrity.json`,
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

// EXTERNAL MODULE: ./src/checks/migrations/migrations.ts + 14 modules
var migrations = __webpack_require__(2388);
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

// EXTERNAL MODULE: ./src/checks/routes/mounts.ts
var mounts = __webpack_require__(34404);
;// CONCATENATED MODULE: ./src/checks/routes/inventory.ts



/** A route file larger than this is a generated bundle or data, not read (and named). */
const inventory_MAX_FILE_BYTES = 4 * 1024 * 1024;
/** Bytes of pathspecs handed to one git process (well under the kernel's argument limits). */
const PATHSPEC_BYTES = 64 * 1024;
/** Beyond this many changed files, the whole tree is grepped and the changed files kept. */
const MAX_LITERAL_FILES = 4000;
/** Routes handled between two turns of the event loop. */
const BATCH = 2000;
/** Lets other checks run; stops here when the check's time is up, rather than working on. */
async function yieldToLoop(signal) {
    await new Promise((resolve) => setImmediate(resolve));
    signal?.throwIfAborted();
}
const literal = (file) => `:(top,literal)${file}`;
/** Files in groups whose pathspecs are small enough for one command line each. */
function fileGroups(files) {
    const groups = [];
    let group = [];
    let bytes = 0;
    for (const f of files) {
        const spec = literal(f);
        if (group.length && bytes + spec.length > PATHSPEC_BYTES) {
            groups.push(group);
            group = [];
            bytes = 0;
        }
        group.push(f);
        bytes += spec.length + 1;
    }
    if (group.length)
        groups.push(group);
    return groups;
}
/** Pathspecs naming exactly these files, in groups small enough for one command line each. */
function literalGroups(files, exclude) {
    // The source's excludes still apply: a file is read the same way at both ends.
    const ex = (0,pathspec/* globPathspecs */.c)([], exclude).slice(1);
    return fileGroups(files).map((g) => [...g.map(literal), ...ex]);
}
/** `git grep` over a source's files, or only over `only` (files of the source). */
async function grepFiles(change, rev, src, patterns, only, onHit, signal) {
    // The presets' patterns mean the same in PCRE; a user's custom prefilter is ERE as documented.
    const opts = { perl: src.framework.kind === 'parse' };
    const scope = (0,pathspec/* globPathspecs */.c)(src.paths, src.exclude);
    if (!only)
        return change.grep(rev, patterns, scope, onHit, signal, opts);
    if (only.size === 0)
        return;
    if (only.size > MAX_LITERAL_FILES)
        return change.grep(rev, patterns, scope, (h) => void (only.has(h.path) && onHit(h)), signal, opts);
    for (const group of literalGroups([...only].sort(), src.exclude)) {
        await change.grep(rev, patterns, group, onHit, signal, opts);
        await yieldToLoop(signal);
    }
}
/** The whole text of each file, by `git grep` of every line (one process for many files). */
async function readWhole(change, rev, files, exclude, onFile, signal) {
    for (const group of literalGroups(files, exclude)) {
        let current;
        let lines = [];
        let bytes = 0;
        const done = () => {
            if (current !== undefined)
                onFile(current, bytes > inventory_MAX_FILE_BYTES ? undefined : lines.join('\n'));
            lines = [];
            bytes = 0;
        };
        await change.grep(rev, [''], group, (hit) => {
            if (hit.path !== current) {
                done();
                current = hit.path;
            }
            if (bytes > inventory_MAX_FILE_BYTES)
                return;
            bytes += hit.text.length + 1;
            if (bytes > inventory_MAX_FILE_BYTES) {
                lines = [];
                return;
            }
            // A line git could not hand over whole must not shift the lines after it.
            while (lines.length < hit.line - 1)
                lines.push('');
            lines.push(hit.text);
        }, signal);
        done();
        await yieldToLoop(signal);
    }
}
/**
 * Blobs up to this size are read from git's object store: none of their lines can reach the
 * length at which `git grep` output is handed over in pieces (a mebibyte, with the path before it).
 */
const READ_BYTES = 512 * 1024;
const READ_BATCH = 16;
/**
 * A file's text as readWhole makes it from `git grep` output: its lines, each without the "\r"
 * before its end, joined by "\n" (so without a final line break); null for an empty file, which
 * has no line to show.
 */
function asGrepped(content) {
    if (content === '')
        return null;
    const lines = content.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    for (let i = 0; i < lines.length; i++)
        if (lines[i].endsWith('\r'))
            lines[i] = lines[i].slice(0, -1);
    return lines.join('\n');
}
/**
 * The whole text of files a `git grep` of this revision found lines in, as readWhole gives it
 * but read through the gate's one `git cat-file` (no process, no output line by line): grep
 * skipped them if they were binary, so their text is all there is. A file that cannot be read
 * that way (larger than READ_BYTES, or a read that fails) is read by readWhole, in the same
 * groups and order, so a file too large is named as before.
 */
async function readFound(change, rev, files, exclude, onFile, signal) {
    for (const group of fileGroups(files)) {
        const rest = [];
        // A few at a time: asked together, git answers them in one go; held together, they stay few.
        for (let at = 0; at < group.length; at += READ_BATCH) {
            const batch = group.slice(at, at + READ_BATCH);
            const texts = await Promise.all(batch.map((f) => change.read(rev, f, { maxBytes: READ_BYTES, signal }).then((content) => (content === undefined ? undefined : asGrepped(content)), () => undefined)));
            for (const [i, f] of batch.entries()) {
                const text = texts[i];
                if (text === undefined)
                    rest.push(f);
                else if (text !== null)
                    onFile(f, text);
            }
        }
        if (rest.length)
            await readWhole(change, rev, rest, exclude, onFile, signal);
        else
            await yieldToLoop(signal);
    }
}
/** The routes of a source's files at a revision: all of them, or only `only`. */
async function readSource(change, rev, src, only, signal) {
    const files = new Map();
    const tooLarge = new Set();
    const fw = src.framework;
    const hit = new Set();
    const take = (file, fr) => {
        if (fr.routes.length || fr.mounts?.length || fr.routers?.size)
            files.set(file, fr);
    };
    if (fw.kind === 'lines') {
        await grepFiles(change, rev, src, fw.grep, only, (h) => {
            hit.add(h.path);
            for (const r of fw.extract(h.text)) {
                const fr = files.get(h.path) ?? { routes: [] };
                fr.routes.push({ method: r.method, path: r.path, line: h.line, owner: '' });
                files.set(h.path, fr);
            }
        }, signal);
        return { files, tooLarge, read: hit.size };
    }
    if (fw.kind === 'files') {
        let list;
        if (only)
            list = [...only];
        else {
            const excluded = src.exclude.length ? picomatch_default()(src.exclude, { dot: true }) : () => false;
            list = (await change.listFiles(rev, src.paths, signal)).filter((f) => !excluded(f));
        }
        list = list.filter((f) => fw.route(src.roots, f)).sort();
        const texts = new Map();
        const needText = list.filter((f) => fw.needsText(f));
        await readWhole(change, rev, needText, src.exclude, (f, text) => texts.set(f, text), signal);
        for (const f of list) {
            const text = texts.get(f);
            if (fw.needsText(f) && texts.has(f) && text === undefined)
                tooLarge.add(f);
            take(f, fw.parse(src.roots, f, text));
        }
        return { files, tooLarge, read: list.length };
    }
    const candidates = new Set();
    const line = fw.line;
    await grepFiles(change, rev, src, fw.grep, only, (h) => void ((!line || (!candidates.has(h.path) && line.test(h.text))) && candidates.add(h.path)), signal);
    await readFound(change, rev, [...candidates].sort(), src.exclude, (f, text) => {
        if (text === undefined)
            tooLarge.add(f);
        else
            take(f, fw.parse(f, text));
    }, signal);
    return { files, tooLarge, read: candidates.size };
}
/** The routes of a revision's files, with every prefix (other files', the source's) applied. */
async function routesOf(src, files, signal) {
    const out = [];
    for (const route of (0,mounts/* expandRoutes */.V)(src.prefix, files)) {
        out.push(route);
        if (out.length % BATCH === 0)
            await yieldToLoop(signal);
    }
    return out;
}
/** Every route a revision declares. */
async function routesAt(change, rev, sources, signal) {
    const inv = { sources: [], tooLarge: [], filesRead: 0 };
    for (const src of sources) {
        const read = await readSource(change, rev, src, undefined, signal);
        inv.sources.push({ source: src, routes: await routesOf(src, read.files, signal) });
        inv.tooLarge.push(...read.tooLarge);
        inv.filesRead += read.read;
    }
    return inv;
}
/** The files of a source the range changed: their paths at its base and at its head. */
async function changedFiles(change, src, signal) {
    let inScope = () => true;
    let list;
    if (src.framework.kind === 'files') {
        // File routes are listed with the same globs at both ends (git ls-tree, then these globs).
        const inc = picomatch_default()(src.paths, { dot: true });
        const exc = src.exclude.length ? picomatch_default()(src.exclude, { dot: true }) : () => false;
        inScope = (p) => inc(p) && !exc(p);
        list = await change.files({ signal });
    }
    else
        list = await change.files({ paths: (0,pathspec/* globPathspecs */.c)(src.paths, src.exclude), signal });
    const base = new Set();
    const head = new Set();
    for (const f of list) {
        // A copy leaves its source as it was; an added file has no base.
        const before = f.status === 'A' || f.status === 'C' ? undefined : (f.oldPath ?? f.path);
        const after = f.status === 'D' ? undefined : f.path;
        if (before !== undefined && inScope(before))
            base.add(before);
        if (after !== undefined && inScope(after))
            head.add(after);
    }
    return { base, head };
}
/**
 * The routes at both ends of a range. The head is read in full (critical routes may be anywhere);
 * the base only in the files the range changed, the rest taken from the head, where they are the
 * same. Prefixes are then worked out over each end's files as a whole, so a prefix that changed
 * in one file moves the routes of files that did not.
 */
async function routesOfRange(change, range, sources, signal) {
    const base = { sources: [], tooLarge: [], filesRead: 0 };
    const head = { sources: [], tooLarge: [], filesRead: 0 };
    for (const src of sources) {
        const changed = await changedFiles(change, src, signal);
        const [atHead, atBase] = await Promise.all([
            readSource(change, range.head, src, undefined, signal),
            readSource(change, range.base, src, changed.base, signal),
        ]);
        const baseFiles = new Map();
        for (const [f, fr] of atHead.files)
            if (!changed.head.has(f))
                baseFiles.set(f, fr);
        for (const [f, fr] of atBase.files)
            baseFiles.set(f, fr);
        head.sources.push({ source: src, routes: await routesOf(src, atHead.files, signal) });
        base.sources.push({ source: src, routes: await routesOf(src, baseFiles, signal) });
        head.tooLarge.push(...atHead.tooLarge);
        base.tooLarge.push(...atBase.tooLarge, ...[...atHead.tooLarge].filter((f) => !changed.head.has(f)));
        head.filesRead += atHead.read;
        base.filesRead += atBase.read;
    }
    return { base, head };
}

// EXTERNAL MODULE: ./src/checks/routes/routePath.ts
var routePath = __webpack_require__(28382);
;// CONCATENATED MODULE: ./src/checks/routes/compare.ts


const compare_BATCH = 2000;
/** The distinct routes of a revision (per source, first declaration wins), keyed for look-ups. */
class RouteIndex {
    routes = [];
    /** The methods of each source's paths: looked up by parts, no key string built per route. */
    methods = new Map();
    /**
     * `norms` holds the comparable form of each path seen so far: the two ends of a range share
     * most of their paths, which are then normalized once.
     */
    static async of(inv, signal, norms = new Map()) {
        const index = new RouteIndex();
        let n = 0;
        for (const [source, s] of inv.sources.entries())
            for (const r of s.routes) {
                let norm = norms.get(r.path);
                if (norm === undefined)
                    norms.set(r.path, (norm = (0,routePath/* normalizePath */.Fd)(r.path)));
                index.add(source, r, norm);
                if (++n % compare_BATCH === 0)
                    await yieldToLoop(signal);
            }
        return index;
    }
    add(source, r, norm) {
        let paths = this.methods.get(source);
        if (!paths)
            this.methods.set(source, (paths = new Map()));
        let methods = paths.get(norm);
        if (!methods)
            paths.set(norm, (methods = new Set()));
        else if (methods.has(r.method))
            return;
        methods.add(r.method);
        this.routes.push({ ...r, source, norm });
    }
    /** Whether the same source serves the route: ANY on either side stands for every method. */
    serves(r) {
        const methods = this.methods.get(r.source)?.get(r.norm);
        if (!methods)
            return false;
        return r.method === 'ANY' || methods.has(r.method) || methods.has('ANY');
    }
    /** Routes of any source that answer a query. */
    matching(q) {
        return this.routes.filter((r) => (0,routePath/* answers */.GA)(r, q));
    }
}
/** Routes of `from` that `to` does not serve. */
async function missingFrom(from, to, signal) {
    const out = [];
    let n = 0;
    for (const r of from.routes) {
        if (!to.serves(r))
            out.push(r);
        if (++n % compare_BATCH === 0)
            await yieldToLoop(signal);
    }
    return out;
}

// EXTERNAL MODULE: ./src/checks/routes/presets.ts + 7 modules
var presets = __webpack_require__(48820);
// EXTERNAL MODULE: ./src/checks/routes/sources.ts
var routes_sources = __webpack_require__(56246);
;// CONCATENATED MODULE: ./src/checks/routes/routes.ts










const routes_MAX_NOTICES = 50;
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
    schemas/* enum */.k5n(presets/* PRESET_IDS */.Z),
    schemas/* strictObject */.rej({
        preset: schemas/* enum */.k5n(presets/* PRESET_IDS */.Z),
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
const where = (r) => `${r.file}${r.line ? `:${r.line}` : ''}`;
/**
 * A route as findings show it (and the evidence, masked as a whole): a token written into a
 * path (a bot's webhook route) is masked by its shape, since routes are read from all of the
 * code, not only from the lines the secrets check scanned.
 */
const shown = (r) => ({ ...r, path: (0,shapes/* maskKnownTokens */.C)(r.path) });
const routesCheck = (0,types/* defineCheck */.q)({
    type: 'routes',
    description: 'Routes extracted from the code at base and head: a missing critical route fails; a removed route warns',
    defaults: { category: 'ops', enforcement: 'scored' },
    fields: schemas/* object */.Ikc({
        presets: schemas/* array */.YOg(presetEntry)
            .default([])
            .describe(`Frameworks to read routes from: ${presets/* PRESET_IDS */.Z.join(', ')}`),
        custom: schemas/* array */.YOg(customEntry).default([]).describe('Extra route patterns'),
        critical: schemas/* array */.YOg(routeQuery)
            .default([])
            .describe('Routes that must exist at head: "GET /", "/health", "POST /cron/*"'),
        ignoreRemoved: schemas/* array */.YOg(routeQuery).default([]).describe('Routes whose removal is expected (no warning)'),
    }),
    async run(spec, ctx) {
        const sources = (0,routes_sources/* routeSources */.s)(spec.presets, spec.custom);
        if (sources.length === 0)
            return {
                status: 'error',
                summary: 'nothing to read routes from: give presets (e.g. [flask]) or custom patterns',
            };
        const several = sources.length > 1;
        // With several frameworks, a finding names the one whose route it is.
        const label = (r) => (several ? ` [${sources[r.source].name}]` : '');
        const critical = spec.critical.map(routePath/* parseQuery */.mA);
        const got = await (0,changeRange/* changeFor */.WK)(ctx);
        if (got.outcome) {
            // Without a base, removals cannot be told; missing critical routes at HEAD still can.
            if (!ctx.change || !critical.length)
                return got.outcome;
            const now = await routesAt(ctx.change, 'HEAD', sources, ctx.signal)
                .then((inv) => RouteIndex.of(inv, ctx.signal))
                .catch(() => undefined);
            const missing = now ? critical.filter((q) => now.matching(q).length === 0) : [];
            const findings = missing.map((q) => ({
                level: 'failure',
                message: `critical route missing at HEAD: ${q.text}`,
            }));
            return { ...got.outcome, findings };
        }
        const { change, range } = got;
        const { base, head } = await routesOfRange(change, range, sources, ctx.signal);
        ctx.log(`read ${head.filesRead} file(s) at head and ${base.filesRead} changed file(s) at base`);
        const norms = new Map();
        const [before, after] = await Promise.all([
            RouteIndex.of(base, ctx.signal, norms),
            RouteIndex.of(head, ctx.signal, norms),
        ]);
        // One route a line, serialized here: thousands of routes as an object would be redacted
        // value by value, blocking the event loop for most of a second; as text they are redacted
        // in one pass (and the seal redacts the file again). Tokens in paths are masked the same
        // way, over the whole text at once: each route on its own line, a token is found as in its
        // path alone, without a pass of every shape for each of thousands of routes.
        const listed = (index) => index.routes
            .map(({ source, norm: _norm, ...r }) => JSON.stringify(several ? { ...r, framework: sources[source].name } : r))
            .join(',\n    ');
        await ctx.evidence.write('routes.json', (0,shapes/* maskKnownTokens */.C)(`{\n  "range": ${JSON.stringify((0,changeRange/* rangeLabel */.QT)(range))},\n  "base": [\n    ${listed(before)}\n  ],\n  "head": [\n    ${listed(after)}\n  ]\n}\n`));
        const findings = [];
        for (const q of critical) {
            if (after.matching(q).length)
                continue;
            const was = before.matching(q)[0];
            findings.push({
                level: 'failure',
                message: `critical route missing at head: ${q.text}${was ? ` (was ${was.method} ${shown(was).path} at ${where(was)} in base)` : ' (not in base either)'}`,
                ...(was ? { file: was.file } : {}),
            });
        }
        const criticalMissing = findings.length;
        const ignored = spec.ignoreRemoved.map(routePath/* parseQuery */.mA);
        const removed = (await missingFrom(before, after, ctx.signal)).filter((r) => !ignored.some((q) => (0,routePath/* answers */.GA)(r, q)));
        // A removed route is named at the file that declared it; its line is the base's, which the
        // head may no longer have, so it is in the message rather than on the finding.
        for (const r of removed)
            findings.push({
                level: 'warning',
                message: `route removed since base: ${r.method} ${shown(r).path}${label(r)} (was at ${where(r)})`,
                file: r.file,
            });
        for (const f of new Set([...head.tooLarge, ...base.tooLarge]))
            findings.push({
                level: 'warning',
                message: `routes not read: ${f} is larger than ${inventory_MAX_FILE_BYTES / 1024 / 1024} MB`,
                file: f,
            });
        const added = await missingFrom(after, before, ctx.signal);
        for (const r of added.slice(0, routes_MAX_NOTICES))
            findings.push({
                level: 'notice',
                message: `new route: ${r.method} ${shown(r).path}${label(r)}`,
                file: r.file,
                ...(r.line ? { line: r.line } : {}),
            });
        const metrics = {
            ...(0,changeRange/* rangeMetrics */.lB)(range),
            routesBase: before.routes.length,
            routesHead: after.routes.length,
            added: added.length,
            removed: removed.length,
            critical: critical.length,
            criticalMissing,
            filesReadHead: head.filesRead,
            filesReadBase: base.filesRead,
        };
        const counts = `${after.routes.length} route(s) at head, ${before.routes.length} at base: ${added.length} added, ${removed.length} removed`;
        if (after.routes.length === 0 && before.routes.length === 0)
            return {
                status: 'error',
                summary: `no routes found at base or head with ${sources.map((s) => s.name).join(', ')} \u2014 check the presets and paths`,
                findings,
                metrics,
            };
        if (criticalMissing)
            return {
                status: 'fail',
                score: 2,
                summary: `${criticalMissing} critical route(s) missing: ${findings[0].message.replace('critical route missing at head: ', '')}; ${counts}`,
                findings,
                metrics,
            };
        const crit = critical.length ? `; all ${critical.length} critical route(s) present` : '';
        if (removed.length || head.tooLarge.length || base.tooLarge.length)
            return { status: 'warn', summary: `${counts}${crit}`, findings, metrics };
        return { status: 'pass', summary: `${counts}${crit}`, findings, metrics };
    },
});

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

// EXTERNAL MODULE: ./src/checks/secrets/portable.ts
var portable = __webpack_require__(68556);
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
        // Asked for before the range is known: the scan's thread starts and loads its rules while
        // the range is resolved, and its git starts the moment the range is known. A range that
        // cannot be resolved fails the scan too; the range's own error is what the check says.
        const scanning = change.scanPortable({ kind: 'secrets', options, factory: portable.secretsScan }, {
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
        const series = (0,history_summary/* metricSeries */.Q3)(read.runs, ctx.id, 'value').slice(-spec.lookback);
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
    uses(migrations/* migrationsCheck */.e, 'process'),
    uses(routesCheck, 'process'),
    // Pull request reviews and run approvals on GitHub; its git reads are a few small ones.
    uses(integrityCheck, 'network'),
];
function checkType(type) {
    return CHECK_TYPES.find((t) => t.type === type);
}


/***/ }),

/***/ 34404:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ expandRoutes)
/* harmony export */ });
/* unused harmony export resolveMounts */
/* harmony import */ var _routePath_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28382);

/**
 * Prefixes that come from other files: a router mounted with `include_router(prefix=\u2026)`, a
 * urlconf `include()`d under a route, a Rails file `draw`n inside a `namespace`. They are worked
 * out over every file of a revision at once, so a prefix declared in a file that did not change
 * still applies to the routes of one that did (and the other way round).
 */
/** Mounts a router may pass through before the chain is cut (a cycle, or a runaway graph). */
const MAX_PREFIXES = 64;
const SEP = '\0';
/** The prefixes of every router when no file mounts another: one, for each of thousands of routes. */
const NO_PREFIX = Object.freeze(['']);
function resolveMounts(files) {
    let anyMount = false;
    for (const fr of files.values())
        if (fr.mounts?.length || fr.imports?.size || [...(fr.routers?.values() ?? [])].some(Boolean)) {
            anyMount = true;
            break;
        }
    if (!anyMount)
        return { prefixesOf: () => NO_PREFIX };
    // Files by their last path segment, to find `api/urls.py` from `include('api.urls')`.
    const byName = new Map();
    for (const f of files.keys()) {
        const name = f.slice(f.lastIndexOf('/') + 1);
        const list = byName.get(name);
        if (list)
            list.push(f);
        else
            byName.set(name, [f]);
    }
    const find = (targets) => {
        for (const t of targets) {
            if (t.exact) {
                if (files.has(t.file))
                    return `${t.file}${SEP}${t.name}`;
                continue;
            }
            const candidates = (byName.get(t.file.slice(t.file.lastIndexOf('/') + 1)) ?? []).filter((f) => f === t.file || f.endsWith(`/${t.file}`));
            // The shortest path is the top-level package (`api/urls.py` before `legacy/api/urls.py`).
            candidates.sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
            if (candidates[0] !== undefined)
                return `${candidates[0]}${SEP}${t.name}`;
        }
        return undefined;
    };
    const nodes = new Map();
    const nodeOf = (file, owner) => {
        const key = `${file}${SEP}${owner}`;
        let node = nodes.get(key);
        if (node === undefined) {
            const fr = files.get(file);
            const linked = owner && !fr?.routers?.has(owner) ? fr?.imports?.get(owner) : undefined;
            node = (linked && find(linked)) || key;
            nodes.set(key, node);
        }
        return node;
    };
    const ownPrefix = (node) => {
        const i = node.indexOf(SEP);
        return files.get(node.slice(0, i))?.routers?.get(node.slice(i + 1)) ?? '';
    };
    const incoming = new Map();
    for (const [file, fr] of files) {
        for (const m of fr.mounts ?? []) {
            const child = find(m.target);
            if (!child)
                continue;
            const edge = { parent: nodeOf(file, m.parent), prefix: m.prefix, replaces: m.replaces };
            const list = incoming.get(child);
            if (list)
                list.push(edge);
            else
                incoming.set(child, [edge]);
        }
    }
    const memo = new Map();
    const visiting = new Set();
    const full = (node) => {
        const known = memo.get(node);
        if (known)
            return known;
        const own = ownPrefix(node);
        const edges = incoming.get(node);
        if (!edges || visiting.has(node))
            return [own];
        visiting.add(node);
        const out = new Set();
        for (const e of edges) {
            const tail = e.replaces ? e.prefix : (0,_routePath_js__WEBPACK_IMPORTED_MODULE_0__/* .joinPrefix */ .$B)(e.prefix, own);
            for (const p of full(e.parent)) {
                if (out.size >= MAX_PREFIXES)
                    break;
                out.add((0,_routePath_js__WEBPACK_IMPORTED_MODULE_0__/* .joinPrefix */ .$B)(p, tail));
            }
        }
        visiting.delete(node);
        const list = out.size ? [...out] : [own];
        memo.set(node, list);
        return list;
    };
    return { prefixesOf: (file, owner) => full(nodeOf(file, owner)) };
}
/**
 * The routes of a revision's files, files in name order, each under every prefix it is mounted
 * at. The routes check and `init` both read routes this way, so what `init` marks critical is a
 * route the check will find.
 */
function* expandRoutes(sourcePrefix, files) {
    const mounted = resolveMounts(files);
    for (const file of [...files.keys()].sort())
        for (const r of files.get(file).routes)
            for (const p of mounted.prefixesOf(file, r.owner)) {
                const route = {
                    file,
                    method: r.method.toUpperCase(),
                    path: (0,_routePath_js__WEBPACK_IMPORTED_MODULE_0__/* .joinPrefix */ .$B)(sourcePrefix, (0,_routePath_js__WEBPACK_IMPORTED_MODULE_0__/* .joinPrefix */ .$B)(p, r.path)) || '/',
                };
                if (r.line)
                    route.line = r.line;
                yield route;
            }
}


/***/ }),

/***/ 48820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f: () => (/* binding */ PRESETS),
  Z: () => (/* binding */ PRESET_IDS)
});

;// CONCATENATED MODULE: ./src/checks/routes/code.ts
/**
 * Source text as the route parsers read it: comments blanked, every string literal replaced by
 * `"___"` of the same length (its value kept aside), line breaks kept. Patterns run over this
 * masked text, so a route in a comment or a docstring is never read, a quote or a bracket inside
 * a string never unbalances a call, and a call may span as many lines as it likes. Offsets and
 * line numbers are those of the original text.
 */
const IDENT = /[\w$]/;
/** After one of these a `/` starts a regular expression literal, not a division. */
const BEFORE_REGEX = new Set([
    '',
    '(',
    ',',
    '=',
    ':',
    '[',
    '!',
    '&',
    '|',
    '?',
    '{',
    '}',
    ';',
    '+',
    '-',
    '*',
    '%',
    '<',
    '>',
    '~',
    '^',
]);
const isOpen = (c) => c === '(' || c === '[' || c === '{';
/** What `\s` matches, told by the character code (ASCII without a regular expression). */
const isSpace = (n) => n === 32 || (n >= 9 && n <= 13) || (n > 127 && /\s/.test(String.fromCharCode(n)));
/** Brackets of the masked text, found a native scan at a time rather than a character at a time. */
const BRACKETS = /[()[\]{}]/g;
/** What splits or nests the arguments of a call. */
const ARG_STOPS = /[,([{]/g;
/** The opening bracket a closing one pairs with, or '' for any other character. */
const openerOf = (c) => (c === ')' ? '(' : c === ']' ? '[' : c === '}' ? '{' : '');
/** `text` with every character but a line break replaced by `ch`. */
function fill(text, ch) {
    return text.includes('\n') ? text.replace(/[^\n]/g, ch) : ch.repeat(text.length);
}
function code_unescape(s) {
    return s.includes('\\') ? s.replace(/\\([\\'"`/])/g, '$1') : s;
}
/**
 * What ends or escapes a plain quoted literal (one that holds no code and is not triple-quoted):
 * its quote, a backslash and, but in Ruby, a line break. The characters between are passed over
 * at once.
 */
const DOUBLE_STOPS = /["\\\n]/g;
const SINGLE_STOPS = /['\\\n]/g;
const RUBY_SINGLE_STOPS = /['\\]/g;
/** Where a quoted literal that opens at `i` ends, and its value. */
function scanString(text, i, lang, raw) {
    const q = text[i];
    const triple = (lang === 'python' || lang === 'c') && q !== '`' && text.startsWith(q.repeat(3), i);
    const open = triple ? 3 : 1;
    const n = text.length;
    let j = i + open;
    // Template literals and Ruby's "#{\u2026}" hold code, with strings of their own.
    const nests = q === '`' || (lang === 'ruby' && q === '"');
    if (!triple && !nests) {
        const stops = lang === 'ruby' ? RUBY_SINGLE_STOPS : q === '"' ? DOUBLE_STOPS : SINGLE_STOPS;
        while (j < n) {
            stops.lastIndex = j;
            const at = stops.exec(text)?.index;
            if (at === undefined) {
                j = n;
                break;
            }
            j = at;
            if (text[j] === '\\')
                j += 2;
            else if (text[j] === q) {
                const body = text.slice(i + open, j);
                return { end: j + open, value: raw ? body : code_unescape(body) };
            }
            else
                break;
        }
        const body = text.slice(i + open, Math.min(j, n));
        return { end: Math.min(j, n), value: raw ? body : code_unescape(body) };
    }
    let depth = 0;
    while (j < n) {
        const c = text[j];
        if (c === '\\') {
            j += 2;
            continue;
        }
        if (nests && depth === 0 && (c === '$' || c === '#') && text[j + 1] === '{') {
            depth = 1;
            j += 2;
            continue;
        }
        if (depth > 0) {
            if (c === '{')
                depth++;
            else if (c === '}')
                depth--;
            j++;
            continue;
        }
        if (triple ? text.startsWith(q.repeat(3), j) : c === q) {
            const body = text.slice(i + open, j);
            return { end: j + open, value: raw ? body : code_unescape(body) };
        }
        // A quote left open ends at the line's end (except in the literals that may span lines).
        if (c === '\n' && !triple && q !== '`' && lang !== 'ruby')
            break;
        j++;
    }
    const body = text.slice(i + open, Math.min(j, n));
    return { end: Math.min(j, n), value: raw ? body : code_unescape(body) };
}
/** The end of a regular expression literal opening at `i`, or -1 when it is not one. */
function scanRegex(text, i) {
    let j = i + 1;
    let inClass = false;
    for (; j < text.length; j++) {
        const c = text[j];
        if (c === '\n')
            return -1;
        if (c === '\\')
            j++;
        else if (c === '[')
            inClass = true;
        else if (c === ']')
            inClass = false;
        else if (c === '/' && !inClass)
            break;
    }
    if (j >= text.length)
        return -1;
    j++;
    while (j < text.length && /[a-z]/i.test(text[j]))
        j++;
    return j;
}
/**
 * The characters that may start a comment, a string or a regular expression literal in each
 * language; the text between them is passed over in one step.
 */
const STARTS = {
    c: /[/"']/g,
    js: /[/"'`]/g,
    python: /[#"']/g,
    ruby: /[#"'/=]/g,
};
const isBlank = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
function mask(text, lang) {
    const parts = [];
    const strings = new Map();
    let last = 0;
    let prev = '';
    let i = 0;
    const n = text.length;
    const hash = lang === 'python' || lang === 'ruby';
    const starts = STARTS[lang];
    const put = (start, end, replacement) => {
        parts.push(text.slice(last, start), replacement);
        last = end;
    };
    while (i < n) {
        starts.lastIndex = i;
        const next = starts.exec(text)?.index ?? n;
        if (next > i) {
            // `prev` is the last character passed over that is not blank, as if read one by one.
            let k = next - 1;
            while (k >= i && isBlank(text[k]))
                k--;
            if (k >= i)
                prev = text[k];
            i = next;
            if (i >= n)
                break;
        }
        const c = text[i];
        if ((hash && c === '#') || (!hash && c === '/' && text[i + 1] === '/')) {
            let end = text.indexOf('\n', i);
            if (end < 0)
                end = n;
            put(i, end, ' '.repeat(end - i));
            i = end;
            continue;
        }
        if (!hash && c === '/' && text[i + 1] === '*') {
            const close = text.indexOf('*/', i + 2);
            const end = close < 0 ? n : close + 2;
            put(i, end, fill(text.slice(i, end), ' '));
            i = end;
            continue;
        }
        if (lang === 'ruby' && c === '=' && (i === 0 || text[i - 1] === '\n') && text.startsWith('=begin', i)) {
            const close = text.indexOf('\n=end', i);
            const end = close < 0 ? n : close + 5;
            put(i, end, fill(text.slice(i, end), ' '));
            i = end;
            continue;
        }
        if (c === '"' || c === "'" || (lang === 'js' && c === '`')) {
            let start = i;
            let raw = false;
            if (lang === 'python') {
                // String prefixes (r, b, u, f and pairs of them) belong to the literal.
                let k = i;
                while (k > last && k > i - 2 && /[rbufRBUF]/.test(text[k - 1]))
                    k--;
                if (k < i && (k === 0 || !IDENT.test(text[k - 1]))) {
                    raw = /[rR]/.test(text.slice(k, i));
                    start = k;
                }
            }
            const { end, value } = scanString(text, i, lang, raw);
            strings.set(start, value);
            const len = end - start;
            put(start, end, len < 2 ? '"' : `"${fill(text.slice(start + 1, end - 1), '_')}"`);
            i = end;
            prev = '"';
            continue;
        }
        if ((lang === 'js' || lang === 'ruby') && c === '/' && BEFORE_REGEX.has(prev)) {
            const end = scanRegex(text, i);
            if (end > 0) {
                put(i, end, '_'.repeat(end - i));
                i = end;
                prev = '_';
                continue;
            }
        }
        if (!isBlank(c))
            prev = c;
        i++;
    }
    parts.push(text.slice(last));
    return { code: parts.join(''), strings };
}
/** One file's text, masked for a language. */
class Code {
    /** The masked text: same length and line breaks as the original. */
    code;
    strings;
    lineStarts;
    pairs;
    constructor(text, lang) {
        const m = mask(text, lang);
        this.code = m.code;
        this.strings = m.strings;
    }
    /** The 1-based line of an offset. */
    line(offset) {
        if (!this.lineStarts) {
            const starts = [0];
            for (let i = this.code.indexOf('\n'); i >= 0; i = this.code.indexOf('\n', i + 1))
                starts.push(i + 1);
            this.lineStarts = starts;
        }
        const s = this.lineStarts;
        let lo = 0;
        let hi = s.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (s[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
    /** The offset of the bracket closing the one at `open`, or -1 (unbalanced code is not read). */
    close(open) {
        if (!this.pairs) {
            const pairs = new Int32Array(this.code.length).fill(-1);
            const stack = [];
            BRACKETS.lastIndex = 0;
            for (let m = BRACKETS.exec(this.code); m; m = BRACKETS.exec(this.code)) {
                const i = m.index;
                const c = m[0];
                if (isOpen(c))
                    stack.push(i);
                else if (stack.length && this.code[stack[stack.length - 1]] === openerOf(c))
                    pairs[stack.pop()] = i;
            }
            this.pairs = pairs;
        }
        return this.pairs[open] ?? -1;
    }
    /** The top-level comma-separated parts between the bracket at `open` and its close, trimmed. */
    args(open) {
        const end = this.close(open);
        if (end < 0)
            return [];
        const out = [];
        let from = open + 1;
        for (let i = open + 1; i < end; i++) {
            ARG_STOPS.lastIndex = i;
            const stop = ARG_STOPS.exec(this.code);
            if (!stop || stop.index >= end)
                break;
            i = stop.index;
            if (stop[0] !== ',') {
                const k = this.close(i);
                if (k > 0)
                    i = k;
            }
            else {
                out.push(this.trim({ start: from, end: i }));
                from = i + 1;
            }
        }
        const lastPart = this.trim({ start: from, end });
        if (lastPart.end > lastPart.start || out.length)
            out.push(lastPart);
        return out.filter((s) => s.end > s.start);
    }
    trim(s) {
        let { start, end } = s;
        while (start < end && isSpace(this.code.charCodeAt(start)))
            start++;
        while (end > start && isSpace(this.code.charCodeAt(end - 1)))
            end--;
        return { start, end };
    }
    text(s) {
        return this.code.slice(s.start, s.end);
    }
    /** The value of the string literal starting at `offset`. */
    stringAt(offset) {
        return this.strings.get(offset);
    }
    /** The value when the span is exactly one string literal. */
    str(s) {
        if (!s)
            return undefined;
        const t = this.trim(s);
        if (this.code[t.start] !== '"' || t.end - t.start < 2 || this.code[t.end - 1] !== '"')
            return undefined;
        if (this.code.indexOf('"', t.start + 1) !== t.end - 1)
            return undefined;
        return this.strings.get(t.start);
    }
    /** Every string literal inside the span, in order. */
    strs(s) {
        if (!s)
            return [];
        const out = [];
        for (let i = this.code.indexOf('"', s.start); i >= 0 && i < s.end;) {
            const close = this.code.indexOf('"', i + 1);
            if (close < 0 || close >= s.end)
                break;
            const v = this.strings.get(i);
            if (v !== undefined)
                out.push(v);
            i = this.code.indexOf('"', close + 1);
        }
        return out;
    }
    /**
     * A named argument (`name=value` in Python, Java and Kotlin; `name: value` in JavaScript and
     * Ruby): the span of its value.
     */
    named(args, names, sep) {
        for (const a of args) {
            const m = (sep === '=' ? /^(\w+)\s*=(?!=)\s*/ : /^(\w+)\s*:(?!:)\s*/).exec(this.text(a));
            if (m && names.includes(m[1]))
                return { start: a.start + m[0].length, end: a.end };
            if (sep === ':') {
                const k = /^"_*"\s*:\s*/.exec(this.text(a));
                if (k && names.includes(this.strings.get(a.start) ?? ''))
                    return { start: a.start + k[0].length, end: a.end };
            }
        }
        return undefined;
    }
    /** The arguments that are not named. */
    positional(args, sep) {
        const re = sep === '=' ? /^\w+\s*=(?!=)/ : /^(?:\w+|"_*")\s*:(?!:)/;
        return args.filter((a) => !re.test(this.text(a)));
    }
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/checks/routes/python.ts


/**
 * Flask, Quart and FastAPI (Starlette) routes: decorators (`@app.route`, `@router.get`\u2026, split
 * over lines or not), `add_url_rule` and `add_api_route`, routers with their own prefix
 * (`APIRouter(prefix=\u2026)`, `Blueprint(url_prefix=\u2026)`), and the routers mounted under a prefix
 * (`include_router(\u2026, prefix=\u2026)`, `register_blueprint(\u2026, url_prefix=\u2026)`), found through the
 * file's imports.
 */
const DECORATOR_VERBS = [
    'route',
    'api_route',
    'websocket',
    'get',
    'post',
    'put',
    'patch',
    'delete',
    'head',
    'options',
    'trace',
];
const CALLS = [
    'add_url_rule',
    'add_api_route',
    'add_api_websocket_route',
    'add_websocket_route',
    'include_router',
    'register_blueprint',
];
const ROUTER_TYPES = ['APIRouter', 'Blueprint', 'FastAPI', 'Flask', 'Quart', 'Starlette'];
/** Lines that make a Python file worth reading (POSIX ERE). */
const PYTHON_GREP = [
    `@[[:space:]]*[A-Za-z_][A-Za-z0-9_.[:space:]]*\\.[[:space:]]*(${DECORATOR_VERBS.join('|')})[[:space:]]*\\(`,
    `\\.(${CALLS.join('|')})[[:space:]]*\\(`,
    `(APIRouter|Blueprint)[[:space:]]*\\(`,
];
const DECORATOR = new RegExp(String.raw `^[ \t]*@[ \t]*(?:[A-Za-z_]\w*[ \t]*\.[ \t]*)*?([A-Za-z_]\w*)[ \t]*\.[ \t]*(${DECORATOR_VERBS.join('|')})[ \t]*\(`, 'gm');
const CALL = new RegExp(String.raw `(?<![\w.])(?:[A-Za-z_]\w*\s*\.\s*)*?([A-Za-z_]\w*)\s*\.\s*(${CALLS.join('|')})\s*\(`, 'g');
const ROUTER = new RegExp(String.raw `^[ \t]*([A-Za-z_]\w*)[ \t]*(?::[^=\n]*)?=[ \t]*(?:[A-Za-z_]\w*\.)*(${ROUTER_TYPES.join('|')})[ \t]*\(`, 'gm');
const FROM_IMPORT = /^[ \t]*from[ \t]+(\.*)([\w.]*)[ \t]+import[ \t]+/gm;
const IMPORT = /^[ \t]*import[ \t]+([^\n;]+)/gm;
/** The names a Python file imports. */
function pythonImports(code) {
    const out = new Map();
    const src = code.code;
    for (const m of src.matchAll(FROM_IMPORT)) {
        const level = m[1].length;
        const module = m[2] ? m[2].split('.') : [];
        const at = m.index + m[0].length;
        let names;
        if (src[at] === '(') {
            const close = code.close(at);
            if (close < 0)
                continue;
            names = src.slice(at + 1, close);
        }
        else {
            const eol = src.indexOf('\n', at);
            names = src.slice(at, eol < 0 ? src.length : eol);
        }
        for (const part of names.split(',')) {
            const n = /^\s*(\w+)(?:\s+as\s+(\w+))?\s*$/.exec(part);
            if (n)
                out.set(n[2] ?? n[1], { level, module, attr: n[1] });
        }
    }
    for (const m of src.matchAll(IMPORT)) {
        for (const part of m[1].split(',')) {
            const n = /^\s*([\w.]+)(?:\s+as\s+(\w+))?\s*$/.exec(part);
            if (!n)
                continue;
            const dotted = n[1].split('.');
            if (n[2])
                out.set(n[2], { level: 0, module: dotted });
            else
                out.set(dotted[0], { level: 0, module: [dotted[0]] });
        }
    }
    return out;
}
/** The files a module may be: `a/b.py` or `a/b/__init__.py`, relative to the importing file for relative imports. */
function moduleFiles(file, level, module, name) {
    if (!module.length && !level)
        return [];
    let dir = external_node_path_.posix.dirname(file);
    for (let i = 1; i < level; i++)
        dir = external_node_path_.posix.dirname(dir);
    const rel = module.join('/');
    const base = level ? external_node_path_.posix.join(dir === '.' ? '' : dir, rel) : rel;
    if (!base || base === '.')
        return [];
    const exact = level > 0;
    return [
        { file: `${base}.py`, exact, name },
        { file: `${base}/__init__.py`, exact, name },
    ];
}
/**
 * Where a dotted expression (`users.router`, `api_router`, `app.routers.users.router`) may be
 * declared, through the file's imports; [] when it is not imported.
 */
function importedTarget(file, imports, expr, module) {
    const parts = expr.split('.').map((p) => p.trim());
    const b = imports.get(parts[0]);
    if (!b || parts.some((p) => !/^\w+$/.test(p)))
        return [];
    const rest = parts.slice(1);
    // `module`: the expression names a module (Django's include(api_urls)); else a name in one.
    if (module) {
        const mod = b.attr ? [...b.module, b.attr, ...rest] : [...b.module, ...rest];
        return moduleFiles(file, b.level, mod, '');
    }
    const out = [];
    if (b.attr) {
        if (rest.length)
            out.push(...moduleFiles(file, b.level, [...b.module, b.attr, ...rest.slice(0, -1)], rest.at(-1)));
        else
            out.push(...moduleFiles(file, b.level, b.module, b.attr));
    }
    else if (rest.length)
        out.push(...moduleFiles(file, b.level, [...b.module, ...rest.slice(0, -1)], rest.at(-1)));
    return out;
}
function pathArg(code, args, names) {
    return code.str(code.positional(args, '=')[0]) ?? code.str(code.named(args, names, '='));
}
function methodsArg(code, args) {
    return code.strs(code.named(args, ['methods'], '=')).map((m) => m.toUpperCase());
}
function parsePython(file, text) {
    const code = new Code(text, 'python');
    const src = code.code;
    const routes = [];
    const routers = new Map();
    const mounts = [];
    const owners = new Set();
    const add = (methods, path, offset, owner) => {
        owners.add(owner);
        for (const method of methods)
            routes.push({ method, path, line: code.line(offset), owner });
    };
    for (const m of src.matchAll(DECORATOR)) {
        const owner = m[1];
        const verb = m[2];
        const open = m.index + m[0].length - 1;
        const args = code.args(open);
        const path = pathArg(code, args, ['path', 'rule']);
        if (path === undefined)
            continue;
        const at = m.index + m[0].indexOf('@');
        if (verb === 'route' || verb === 'api_route') {
            const methods = methodsArg(code, args);
            add(methods.length ? methods : ['GET'], path, at, owner);
        }
        else
            add([verb === 'websocket' ? 'WS' : verb.toUpperCase()], path, at, owner);
    }
    const imports = pythonImports(code);
    for (const m of src.matchAll(CALL)) {
        const owner = m[1];
        const call = m[2];
        const open = m.index + m[0].length - 1;
        const args = code.args(open);
        const at = m.index + m[0].lastIndexOf(call);
        if (call === 'include_router' || call === 'register_blueprint') {
            const what = code.positional(args, '=')[0] ?? code.named(args, ['router', 'blueprint'], '=');
            if (!what)
                continue;
            const expr = code.text(what);
            const target = importedTarget(file, imports, expr, false);
            const local = /^\w+$/.test(expr) ? [{ file, exact: true, name: expr }] : [];
            const prefixArg = code.named(args, [call === 'include_router' ? 'prefix' : 'url_prefix'], '=');
            const prefix = code.str(prefixArg);
            if (prefixArg && prefix === undefined)
                continue;
            owners.add(owner);
            mounts.push({
                parent: owner,
                target: target.length ? target : local,
                prefix: prefix ?? '',
                replaces: call === 'register_blueprint' && prefix !== undefined,
            });
            continue;
        }
        const path = pathArg(code, args, call === 'add_url_rule' ? ['rule'] : ['path']);
        if (path === undefined)
            continue;
        if (call.includes('websocket'))
            add(['WS'], path, at, owner);
        else {
            const methods = methodsArg(code, args);
            add(methods.length ? methods : ['GET'], path, at, owner);
        }
    }
    for (const m of src.matchAll(ROUTER)) {
        const open = m.index + m[0].length - 1;
        const args = code.args(open);
        const kind = m[2];
        const prefix = kind === 'APIRouter'
            ? code.str(code.named(args, ['prefix'], '='))
            : kind === 'Blueprint'
                ? code.str(code.named(args, ['url_prefix'], '='))
                : undefined;
        routers.set(m[1], prefix ?? '');
    }
    const links = new Map();
    for (const owner of owners) {
        if (routers.has(owner))
            continue;
        const t = importedTarget(file, imports, owner, false);
        if (t.length)
            links.set(owner, t);
    }
    return { routes, routers, mounts, imports: links };
}

// EXTERNAL MODULE: ./src/checks/routes/routePath.ts
var routePath = __webpack_require__(28382);
;// CONCATENATED MODULE: ./src/checks/routes/django.ts



/**
 * Django urlconfs: `path()`, `re_path()` and `url()` entries, split over lines or not. An
 * `include()` mounts another urlconf (by module name, or an imported module) or an inline list
 * of entries under the entry's route.
 */
const DJANGO_GREP = ['(path|re_path|url)[[:space:]]*\\('];
const ENTRY = /(?<![\w.])(path|re_path|url)\s*\(/g;
const INCLUDE = /^include\s*\(/;
/** A `re_path` regex as a route: anchors dropped, named groups as `<name>`. */
function fromRegex(re) {
    return re
        .replace(/^\^/, '')
        .replace(/\$$/, '')
        .replace(/\(\?P<(\w+)>[^)]*\)/g, '<$1>');
}
function slash(route) {
    return route.startsWith('/') ? route : `/${route}`;
}
/** Where an `include()` argument leads: a urlconf module, or an inline list. */
function includeOf(code, file, imports, arg) {
    const inner = code.args(arg.start + code.text(arg).indexOf('('));
    const first = inner[0];
    if (!first)
        return undefined;
    const text = code.text(first);
    if (text.startsWith('['))
        return { list: first };
    const name = code.str(first) ?? (text.startsWith('(') ? code.strs(first)[0] : undefined);
    if (name !== undefined) {
        const parts = name.split('.');
        return parts.every((p) => /^\w+$/.test(p)) ? { targets: moduleFiles(file, 0, parts, '') } : undefined;
    }
    const targets = importedTarget(file, imports, text, true);
    return targets.length ? { targets } : undefined;
}
function parseDjango(file, text) {
    const code = new Code(text, 'python');
    const imports = pythonImports(code);
    const routes = [];
    const mounts = [];
    // Inline include([...]) lists still open, each with the route it is mounted under.
    const open = [];
    for (const m of code.code.matchAll(ENTRY)) {
        while (open.length && open[open.length - 1].end < m.index)
            open.pop();
        const args = code.args(m.index + m[0].length - 1);
        const raw = code.str(args[0]);
        if (raw === undefined || args.length < 2)
            continue;
        const route = slash(m[1] === 'path' ? raw : fromRegex(raw));
        const outer = open.reduce((p, o) => (0,routePath/* joinPrefix */.$B)(p, o.prefix), '');
        const full = (0,routePath/* joinPrefix */.$B)(outer, route);
        const view = args[1];
        if (INCLUDE.test(code.text(view))) {
            const inc = includeOf(code, file, imports, view);
            if (inc && 'list' in inc)
                open.push({ end: inc.list.end, prefix: route });
            else if (inc)
                mounts.push({ parent: '', target: inc.targets, prefix: full, replaces: false });
            // An include that cannot be followed mounts routes this check does not see: no page here.
            continue;
        }
        routes.push({ method: 'ANY', path: full, line: code.line(m.index), owner: '' });
    }
    return { routes, mounts };
}

;// CONCATENATED MODULE: ./src/checks/routes/javascript.ts

/**
 * Express, Fastify and Koa routes: `app.get('/x', \u2026)`, `router.post("/x")`, Koa's named
 * `router.get('name', '/x', \u2026)`, arrays of paths, Express's chained `app.route('/x').get().post()`,
 * Fastify's `route({ method, url })`, calls and chains split over lines. Receivers are the usual
 * names (`app`, `router`, `server`, `fastify`, `koa`, `instance`, `*Router`, `*App`, `*Server`,
 * `*Routes`), so an HTTP client's `axios.get('/x')` is not a route.
 */
const VERBS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'all'];
const RECEIVER = String.raw `(?:app|router|server|fastify|koa|instance|[a-z][\w$]*(?:Router|App|Server|Routes))`;
/**
 * Lines that may make a JavaScript or TypeScript file worth reading, for `git grep`: a call of a
 * verb after a dot. Starting with a literal, it costs git little more than reading the files.
 */
const JS_GREP = [`\\.[[:space:]]*(${VERBS.join('|')}|route)[[:space:]]*\\(`];
/** POSIX `[[:space:]]` in the C locale, as git matches it. */
const SP = '[ \\t\\n\\v\\f\\r]';
/**
 * Of those lines, the ones that make the file worth reading: a verb called on a receiver, matched
 * by its name or the end of it (`usersRouter` by `Router`), which keeps every line the receivers
 * find (and a few more); a call that continues a chain on its own line; any `.route(`.
 */
const JS_LINE = new RegExp([
    `(?:app|router|server|fastify|koa|instance|Router|App|Server|Routes)${SP}*\\.${SP}*(?:${VERBS.join('|')}|route)${SP}*\\(`,
    `^${SP}*\\.${SP}*(?:${VERBS.join('|')}|route)${SP}*\\(`,
    `\\.route${SP}*\\(`,
].join('|'));
/**
 * `.get(`, `.route(`\u2026: where a route call may be, found by its dot (a search for one character
 * rather than a receiver tried at every position); the whole word before the dot must be one of
 * the receivers.
 */
const javascript_CALL = new RegExp(String.raw `\.\s*(${VERBS.join('|')}|route)\s*\(`, 'g');
const RECEIVER_WORD = new RegExp(String.raw `^${RECEIVER}$`);
const ANY_ROUTE_OBJECT = /\.\s*route\s*\(\s*\{/g;
/** A chained call that follows within 200 characters (sticky: matched where the last call ended). */
const CHAINED = new RegExp(String.raw `\s*\.\s*(${VERBS.join('|')})\s*\(`, 'y');
const CHAIN_REACH = 200;
const methodOf = (verb) => (verb === 'all' ? 'ANY' : verb.toUpperCase());
/** What `[\w$]` matches: ASCII letters and digits, `_` and `$`. */
const isWordChar = (n) => (n >= 97 && n <= 122) || (n >= 65 && n <= 90) || (n >= 48 && n <= 57) || n === 95 || n === 36;
/** The word before the dot at `dot`, blanks between them passed over ('' when there is none). */
function wordBefore(src, dot) {
    let end = dot;
    while (end > 0 && isSpace(src.charCodeAt(end - 1)))
        end--;
    let start = end;
    while (start > 0 && isWordChar(src.charCodeAt(start - 1)))
        start--;
    return src.slice(start, end);
}
/** The paths a route call's arguments name: `'/x'`, `['/a', '/b']`, or Koa's `'name', '/x'`. */
function pathsOf(code, args) {
    const [a, b] = args;
    if (!a)
        return [];
    const first = code.str(a);
    if (first !== undefined) {
        if (first.startsWith('/'))
            return [first];
        const second = code.str(b);
        return second?.startsWith('/') ? [second] : [];
    }
    if (code.text(a).startsWith('[')) {
        const all = code.strs(a);
        return all.length && all.every((p) => p.startsWith('/')) ? all : [];
    }
    return [];
}
/** Fastify's `route({ method: ['GET', 'POST'], url: '/x' })`. */
function routeObject(code, open) {
    const obj = code.args(open)[0];
    if (!obj || code.code[obj.start] !== '{')
        return undefined;
    const fields = code.args(obj.start);
    const path = code.str(code.named(fields, ['url', 'path'], ':'));
    if (path === undefined || !path.startsWith('/'))
        return undefined;
    const method = code.named(fields, ['method'], ':');
    const methods = method ? code.strs(method).map((m) => m.toUpperCase()) : [];
    return { methods: methods.length ? methods : ['ANY'], path };
}
function parseJavaScript(_file, text) {
    const code = new Code(text, 'js');
    const src = code.code;
    const routes = [];
    const seen = new Set();
    const add = (method, path, at) => routes.push({ method, path, line: code.line(at), owner: '' });
    /** Follows `.get(\u2026).post(\u2026)` after a call that closes at `end`; `path` for `.route('/x')` chains. */
    const chain = (end, path) => {
        for (let at = end + 1;;) {
            CHAINED.lastIndex = at;
            const m = CHAINED.exec(src);
            // Each part of the pattern can match in one way only, so a match that fits in the reach
            // is the one a search of just those characters finds.
            if (!m || m[0].length > CHAIN_REACH)
                return;
            const verbAt = at + m[0].indexOf(m[1]);
            const open = at + m[0].length - 1;
            const close = code.close(open);
            if (close < 0)
                return;
            const paths = path !== undefined ? [path] : pathsOf(code, code.args(open));
            if (!paths.length)
                return;
            for (const p of paths)
                add(methodOf(m[1]), p, verbAt);
            at = close + 1;
        }
    };
    javascript_CALL.lastIndex = 0;
    for (let m = javascript_CALL.exec(src); m; m = javascript_CALL.exec(src)) {
        if (!RECEIVER_WORD.test(wordBefore(src, m.index)))
            continue;
        const verb = m[1];
        const open = m.index + m[0].length - 1;
        const close = code.close(open);
        if (close < 0)
            continue;
        const verbAt = m.index + m[0].indexOf(verb);
        const args = code.args(open);
        if (verb === 'route') {
            const path = code.str(args[0]);
            if (path !== undefined && path.startsWith('/')) {
                chain(close, path);
                continue;
            }
            const obj = routeObject(code, open);
            if (obj) {
                seen.add(open);
                for (const method of obj.methods)
                    add(method, obj.path, verbAt);
            }
            continue;
        }
        const paths = pathsOf(code, args);
        if (!paths.length)
            continue;
        for (const p of paths)
            add(methodOf(verb), p, verbAt);
        chain(close, undefined);
    }
    // Fastify instances go by many names (`fastify`, `app`, `f`, `api`): its route object is
    // distinctive enough to read whatever the receiver.
    for (const m of src.matchAll(ANY_ROUTE_OBJECT)) {
        const open = src.indexOf('(', m.index);
        if (seen.has(open))
            continue;
        const obj = routeObject(code, open);
        if (obj)
            for (const method of obj.methods)
                add(method, obj.path, m.index + m[0].indexOf('route'));
    }
    routes.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return { routes };
}

;// CONCATENATED MODULE: ./src/checks/routes/nextjs.ts

/** Next.js routes are files: `app/blog/[slug]/page.tsx` is GET /blog/{slug}. */
const PAGE_FILE = /\.(?:js|jsx|ts|tsx|md|mdx)$/;
const HTTP = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];
const EXPORTED = new RegExp(String.raw `\bexport\s+(?:async\s+)?(?:function\s*\*?|const|let|var)\s+(${HTTP.join('|')})\b`, 'g');
const EXPORT_LIST = /\bexport\s*(?:(?:const|let|var)\s*)?\{/g;
/** A method name bound by an export list or a destructuring (not a key renamed to another name). */
const BOUND = new RegExp(String.raw `\b(${HTTP.join('|')})\b(?!\s*(?::|as\b))`, 'g');
/**
 * The route of a Next.js file, relative to the `app/` or `pages/` directory it is under (`root`):
 * route groups `(x)` and parallel slots `@x` are not in the URL; `[id]` and `[...slug]` are params.
 */
function nextRoute(root, file) {
    const rel = file.slice(root.length);
    if (!PAGE_FILE.test(rel))
        return undefined;
    const segments = rel.split('/');
    const name = segments.pop().replace(PAGE_FILE, '');
    const url = (parts) => `/${parts.filter((p) => !/^\(.*\)$/.test(p) && !p.startsWith('@')).join('/')}`;
    if (/(?:^|\/)app\/$/.test(root)) {
        if (name === 'page')
            return { path: url(segments), api: 'page' };
        if (name === 'route')
            return { path: url(segments), api: 'route' };
        return undefined;
    }
    if (name.startsWith('_') || segments.some((s) => s.startsWith('_')))
        return undefined;
    const parts = name === 'index' ? segments : [...segments, name];
    return { path: url(parts), api: segments[0] === 'api' ? 'pages-api' : 'page-file' };
}
/**
 * HTTP methods a `route.ts` exports: `export async function GET`, `export const POST = \u2026`,
 * `export { handler as GET, POST }`, `export const { GET, POST } = handlers`.
 */
function exportedMethods(source) {
    const code = new Code(source, 'js');
    const found = new Set();
    for (const m of code.code.matchAll(EXPORTED))
        found.add(m[1]);
    for (const m of code.code.matchAll(EXPORT_LIST)) {
        const open = m.index + m[0].length - 1;
        const close = code.close(open);
        if (close < 0)
            continue;
        for (const b of code.code.slice(open + 1, close).matchAll(BOUND))
            found.add(b[1]);
    }
    return HTTP.filter((h) => found.has(h));
}
/** The directory of `paths` a file is under, longest first. */
function rootOf(roots, file) {
    let best;
    for (const r of roots)
        if (file.startsWith(r) && (best === undefined || r.length > best.length))
            best = r;
    return best;
}
function isNextRoute(roots, file) {
    const root = rootOf(roots, file);
    return root !== undefined && nextRoute(root, file) !== undefined;
}
function nextNeedsText(file) {
    return /(?:^|\/)route\.(?:js|jsx|ts|tsx)$/.test(file);
}
function parseNext(roots, file, text) {
    const root = rootOf(roots, file);
    const found = root !== undefined ? nextRoute(root, file) : undefined;
    if (!found)
        return { routes: [] };
    if (found.api === 'route') {
        const methods = exportedMethods(text ?? '');
        return {
            routes: (methods.length ? methods : ['ANY']).map((method) => ({ method, path: found.path, owner: '' })),
        };
    }
    return {
        routes: [{ method: found.api === 'pages-api' ? 'ANY' : 'GET', path: found.path, owner: '' }],
    };
}

;// CONCATENATED MODULE: ./src/checks/routes/rails.ts



/**
 * Rails routes files (`config/routes.rb`, and the files it `draw`s from `config/routes/`):
 * `get`/`post`/\u2026 and `match \u2026 via:`, `root`, `resources`/`resource` with `only:`/`except:`/`path:`,
 * `member`/`collection` blocks and `on:`, nested resources, `namespace` and `scope` prefixes,
 * `mount \u2026 at:`. A statement may span lines. Concerns, `shallow` and `devise_for` are not
 * expanded.
 */
const RAILS_GREP = [
    '(get|post|put|patch|delete|options|match|root|resources?|namespace|scope|mount|draw)([[:space:]]|\\(|$)',
];
const rails_VERBS = new Set(['get', 'post', 'put', 'patch', 'delete', 'options', 'head']);
const BLOCK_KEYWORDS = /^(?:if|unless|case|while|until|begin|def|class|module|for)\b/;
const PLURAL_ACTIONS = [
    ['index', 'GET', ''],
    ['create', 'POST', ''],
    ['new', 'GET', '/new'],
    ['edit', 'GET', '/:id/edit'],
    ['show', 'GET', '/:id'],
    ['update', 'PATCH', '/:id'],
    ['update', 'PUT', '/:id'],
    ['destroy', 'DELETE', '/:id'],
];
const SINGULAR_ACTIONS = [
    ['create', 'POST', ''],
    ['new', 'GET', '/new'],
    ['edit', 'GET', '/edit'],
    ['show', 'GET', ''],
    ['update', 'PATCH', ''],
    ['update', 'PUT', ''],
    ['destroy', 'DELETE', ''],
];
/** Statements of the masked file: lines joined while brackets are open or a line ends in `,` or `\`. */
function statements(code) {
    const src = code.code;
    const out = [];
    let start = 0;
    let depth = 0;
    for (let at = 0; at <= src.length;) {
        let eol = src.indexOf('\n', at);
        if (eol < 0)
            eol = src.length;
        for (let i = at; i < eol; i++) {
            const c = src[i];
            if (c === '(' || c === '[' || c === '{')
                depth++;
            else if ((c === ')' || c === ']' || c === '}') && depth > 0)
                depth--;
        }
        const tail = src.slice(at, eol).trimEnd();
        if (depth === 0 && !tail.endsWith(',') && !tail.endsWith('\\') && !tail.endsWith('=>')) {
            out.push({ start, end: eol });
            start = eol + 1;
        }
        at = eol + 1;
    }
    return out;
}
function splitArgs(code, s) {
    const src = code.code;
    const out = [];
    let from = s.start;
    const push = (end) => {
        const part = code.trim({ start: from, end });
        if (part.end <= part.start)
            return;
        const text = code.text(part);
        const key = /^(\w+):(?!:)\s*/.exec(text) ?? /^:(\w+)\s*=>\s*/.exec(text);
        if (key) {
            out.push({ key: key[1], value: { start: part.start + key[0].length, end: part.end } });
            return;
        }
        const rocket = /^"_*"\s*=>\s*/.exec(text);
        if (rocket) {
            const k = code.stringAt(part.start);
            out.push({ stringKey: k, value: { start: part.start + rocket[0].length, end: part.end } });
            return;
        }
        out.push({ value: part });
    };
    for (let i = s.start; i < s.end; i++) {
        const c = src[i];
        if (c === '(' || c === '[' || c === '{') {
            const k = code.close(i);
            if (k > 0 && k < s.end)
                i = k;
        }
        else if (c === ',') {
            push(i);
            from = i + 1;
        }
    }
    push(s.end);
    return out;
}
/** A symbol, a string, or a list of them (`[:index, :show]`, `%i[index show]`). */
function names(code, s) {
    if (!s)
        return [];
    const text = code.text(s);
    const str = code.str(s);
    if (str !== undefined)
        return [str];
    const sym = /^:(\w+)$/.exec(text);
    if (sym)
        return [sym[1]];
    const words = /^%[wi][[(]([^\])]*)[\])]$/.exec(text);
    if (words)
        return words[1].split(/\s+/).filter(Boolean);
    if (text.startsWith('['))
        return [...text.matchAll(/:(\w+)|"_*"/g)].map((m) => m[1] ?? code.stringAt(s.start + m.index) ?? '');
    return [];
}
const rails_option = (args, key) => args.find((a) => a.key === key)?.value;
function parseRails(file, text) {
    const code = new Code(text, 'ruby');
    const routes = [];
    const mounts = [];
    const stack = [{ base: '' }];
    // `draw(:admin)` reads config/routes/admin.rb, from the files of this app's config/routes.
    const drawDir = file.endsWith('config/routes.rb')
        ? `${file.slice(0, -'.rb'.length)}/`
        : file.includes('config/routes/')
            ? file.slice(0, file.indexOf('config/routes/') + 'config/routes/'.length)
            : `${external_node_path_.posix.dirname(file)}/`;
    for (const st of statements(code)) {
        const t = code.trim(st);
        const body = code.text(t);
        if (!body)
            continue;
        const top = stack[stack.length - 1];
        if (/^end\b/.test(body) || body === '}') {
            if (stack.length > 1)
                stack.pop();
            continue;
        }
        const block = /\s+do(?:\s*\|[^|]*\|)?$/.exec(body);
        const end = block ? t.start + block.index : t.end;
        if (BLOCK_KEYWORDS.test(body)) {
            if (!/\bend$/.test(body))
                stack.push({ base: top.base, skip: top.skip });
            continue;
        }
        const call = /^(\w+)(\s*\(|\s+|$)/.exec(body);
        const name = call?.[1];
        let args = [];
        if (call) {
            const from = t.start + call[0].length;
            const inParens = call[2].includes('(');
            const close = inParens ? code.close(from - 1) : -1;
            args = splitArgs(code, { start: from, end: inParens && close > 0 && close <= end ? close : end });
        }
        const line = code.line(t.start);
        const plain = () => stack.push({ base: top.base, skip: top.skip });
        const route = (method, path) => {
            if (!top.skip)
                routes.push({ method, path, line, owner: '' });
        };
        if (name && (rails_VERBS.has(name) || name === 'match' || name === 'root')) {
            const first = args[0];
            let path;
            if (name === 'root')
                path = '';
            else if (first?.stringKey !== undefined)
                path = first.stringKey;
            else if (first && !first.key)
                path = names(code, first.value)[0];
            if (path === undefined) {
                if (block)
                    plain();
                continue;
            }
            const on = names(code, rails_option(args, 'on'))[0];
            const prefix = on === 'member' && top.member !== undefined
                ? top.member
                : on === 'collection' && top.collection !== undefined
                    ? top.collection
                    : top.base;
            let methods = [name === 'root' ? 'GET' : name.toUpperCase()];
            if (name === 'match') {
                const via = names(code, rails_option(args, 'via'));
                methods = via.includes('all') ? ['ANY'] : via.map((v) => v.toUpperCase());
            }
            for (const m of methods)
                route(m, (0,routePath/* joinPrefix */.$B)(prefix, path ? `/${path.replace(/^\//, '')}` : ''));
            if (block)
                plain();
            continue;
        }
        if (name === 'resources' || name === 'resource') {
            const plural = name === 'resources';
            const only = rails_option(args, 'only');
            const except = names(code, rails_option(args, 'except'));
            const allowed = only ? names(code, only) : undefined;
            const segment = names(code, rails_option(args, 'path'))[0];
            const resourceNames = args
                .filter((a) => !a.key && a.stringKey === undefined)
                .flatMap((a) => names(code, a.value));
            let frame;
            for (const res of resourceNames) {
                const collection = (0,routePath/* joinPrefix */.$B)(top.base, `/${(segment ?? res).replace(/^\//, '')}`);
                const member = plural ? `${collection}/:id` : collection;
                for (const [action, method, tail] of plural ? PLURAL_ACTIONS : SINGULAR_ACTIONS) {
                    if (allowed ? !allowed.includes(action) : except.includes(action))
                        continue;
                    route(method, `${collection}${tail}`);
                }
                frame = { base: member, member, collection, skip: top.skip };
            }
            if (block)
                stack.push(frame ?? { base: top.base, skip: top.skip });
            continue;
        }
        if (name === 'member' || name === 'collection') {
            if (block)
                stack.push({ base: (name === 'member' ? top.member : top.collection) ?? top.base, skip: top.skip });
            continue;
        }
        if (name === 'namespace' || name === 'scope') {
            const first = args.find((a) => !a.key && a.stringKey === undefined);
            const pathOpt = rails_option(args, 'path');
            const given = pathOpt ? names(code, pathOpt)[0] : first ? names(code, first.value)[0] : undefined;
            // `scope module: 'admin'` changes controllers, not URLs.
            const seg = given === undefined || given === '/' ? '' : `/${given.replace(/^\//, '')}`;
            if (block)
                stack.push({ base: (0,routePath/* joinPrefix */.$B)(top.base, seg), skip: top.skip });
            continue;
        }
        if (name === 'concern') {
            if (block)
                stack.push({ base: top.base, skip: true });
            continue;
        }
        if (name === 'mount') {
            const at = args.find((a) => a.key === 'at')?.value;
            const rocket = args.find((a) => !a.key && /=>/.test(code.text(a.value)));
            let path = at ? names(code, at)[0] : undefined;
            if (path === undefined && rocket) {
                const m = /=>\s*("_*")\s*$/.exec(code.text(rocket.value));
                if (m)
                    path = code.stringAt(rocket.value.start + m.index + m[0].indexOf('"'));
            }
            if (path !== undefined)
                route('ANY', (0,routePath/* joinPrefix */.$B)(top.base, `/${path.replace(/^\//, '')}`));
            if (block)
                plain();
            continue;
        }
        if (name === 'draw') {
            const target = names(code, args[0]?.value)[0];
            if (target !== undefined && !top.skip && /^[\w/]+$/.test(target))
                mounts.push({
                    parent: '',
                    target: [{ file: `${drawDir}${target}.rb`, exact: true, name: '' }],
                    prefix: top.base,
                    replaces: false,
                });
            if (block)
                plain();
            continue;
        }
        // Any other block (`Rails.application.routes.draw`, `constraints`, `defaults`, \u2026) keeps the prefix.
        if (block)
            plain();
    }
    return { routes, mounts };
}

;// CONCATENATED MODULE: ./src/checks/routes/spring.ts


/**
 * Spring MVC and WebFlux controllers in Java or Kotlin: `@GetMapping`, `@PostMapping`, \u2026, and
 * `@RequestMapping(method = \u2026)` on methods, under the class's `@RequestMapping` prefix;
 * annotations split over lines or not. A path given by a constant cannot be read: such a method
 * (or class) is left out rather than guessed.
 */
const SPRING_GREP = ['@(Get|Post|Put|Patch|Delete|Request)Mapping'];
const TOKENS = /@([A-Za-z_][\w.]*)(?::[A-Za-z_][\w.]*)?|\b(class|interface|object|enum|record|fun)\b|[{};]/g;
const MAPPING = /^(?:[\w.]*\.)?(Get|Post|Put|Patch|Delete|Request)Mapping$/;
const spring_HTTP = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE'];
function spring_pathsOf(code, s) {
    if (!s)
        return undefined;
    const str = code.str(s);
    if (str !== undefined)
        return [str];
    const text = code.text(s);
    if (/^(?:\{|\[|arrayOf\s*\()/.test(text)) {
        const inner = code.args(s.start + text.search(/[{[(]/));
        const all = inner.map((a) => code.str(a));
        return all.every((p) => p !== undefined) ? all : undefined;
    }
    return undefined;
}
function mappingOf(code, kind, open, at) {
    const verb = kind === 'Request' ? [] : [kind.toUpperCase()];
    if (open === undefined)
        return { kind, paths: [''], methods: verb, at };
    const args = code.args(open);
    const named = code.named(args, ['value', 'path'], '=');
    const first = code.positional(args, '=')[0];
    const given = named ?? first;
    const paths = given ? spring_pathsOf(code, given) : [''];
    let methods = verb;
    const m = kind === 'Request' ? code.named(args, ['method'], '=') : undefined;
    if (m)
        methods = [...code.text(m).matchAll(/\b([A-Z]+)\b/g)].map((x) => x[1]).filter((x) => spring_HTTP.includes(x));
    return { kind, paths: paths?.length === 0 ? [''] : paths, methods, at };
}
function parseSpring(_file, text) {
    const code = new Code(text, 'c');
    const src = code.code;
    const routes = [];
    // Open classes: the brace depth of their body and their prefixes.
    const classes = [];
    let depth = 0;
    let pending = [];
    let declared = null;
    const flush = () => {
        const prefixes = classes.length ? classes[classes.length - 1].prefixes : [''];
        for (const m of pending) {
            if (!m.paths || !prefixes)
                continue;
            const line = code.line(m.at);
            for (const prefix of prefixes)
                for (const path of m.paths)
                    for (const method of m.methods.length ? m.methods : ['ANY'])
                        routes.push({ method, path: (0,routePath/* joinPrefix */.$B)(prefix, path) || '/', line, owner: '' });
        }
        pending = [];
    };
    TOKENS.lastIndex = 0;
    for (let m = TOKENS.exec(src); m; m = TOKENS.exec(src)) {
        if (m[1] !== undefined) {
            const after = /^\s*\(/.exec(src.slice(m.index + m[0].length, m.index + m[0].length + 200));
            const open = after ? m.index + m[0].length + after[0].length - 1 : undefined;
            const kind = MAPPING.exec(m[1])?.[1];
            if (kind)
                pending.push(mappingOf(code, kind, open, m.index));
            // Arguments of every annotation are skipped: their braces are arrays, not bodies.
            if (open !== undefined) {
                const close = code.close(open);
                if (close > 0)
                    TOKENS.lastIndex = close + 1;
            }
            continue;
        }
        const word = m[2];
        // `UserController.class`, `User::class`: an expression, not a declaration.
        if (word && /[.:]\s*$/.test(src.slice(Math.max(0, m.index - 8), m.index)))
            continue;
        if (word === 'fun')
            flush();
        else if (word) {
            // The mappings before a class are its prefix; Spring does not combine nested classes'.
            const own = pending.filter((p) => p.kind === 'Request').pop();
            declared = own ? own.paths : [''];
            pending = [];
        }
        else if (m[0] === '{') {
            depth++;
            if (declared !== null) {
                classes.push({ depth, prefixes: declared });
                declared = null;
            }
            else if (pending.length)
                flush();
        }
        else if (m[0] === '}') {
            if (classes.length && classes[classes.length - 1].depth === depth)
                classes.pop();
            depth = Math.max(0, depth - 1);
            pending = [];
        }
        else if (m[0] === ';') {
            if (declared !== null)
                declared = null;
            else if (pending.length)
                flush();
        }
    }
    return { routes };
}

;// CONCATENATED MODULE: ./src/checks/routes/presets.ts
/** Where each web framework declares routes, and how they are read. */






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
const TESTS = [
    '**/node_modules/**',
    '**/*.test.*',
    '**/*.spec.*',
    '**/__tests__/**',
    '**/tests/**',
    '**/test/**',
];
const PY_TESTS = [
    '**/tests/**',
    '**/test_*.py',
    '**/*_test.py',
    '**/venv/**',
    '**/.venv/**',
    '**/site-packages/**',
];
const JVM_TESTS = [
    '**/src/test/**',
    '**/test/**',
    '**/tests/**',
    '**/build/**',
    '**/target/**',
    '**/node_modules/**',
];
const python = {
    reader: 'python',
    framework: { kind: 'parse', grep: PYTHON_GREP, parse: parsePython },
    paths: ['**/*.py'],
    exclude: PY_TESTS,
};
const javascript = {
    reader: 'javascript',
    framework: { kind: 'parse', grep: JS_GREP, line: JS_LINE, parse: parseJavaScript },
    paths: ['**/*.js', '**/*.mjs', '**/*.cjs', '**/*.ts', '**/*.mts', '**/*.cts'],
    exclude: [...TESTS, '**/dist/**', '**/build/**', '**/*.d.ts', '**/*.min.js'],
};
const PRESETS = {
    flask: python,
    fastapi: python,
    django: {
        reader: 'django',
        framework: { kind: 'parse', grep: DJANGO_GREP, parse: parseDjango },
        paths: ['**/urls.py', '**/urls/**/*.py'],
        exclude: PY_TESTS,
    },
    express: javascript,
    fastify: javascript,
    koa: javascript,
    nextjs: {
        reader: 'nextjs',
        framework: { kind: 'files', route: isNextRoute, needsText: nextNeedsText, parse: parseNext },
        paths: ['app/**', 'src/app/**', 'pages/**', 'src/pages/**'],
        exclude: ['**/node_modules/**', '**/_*.*', '**/*.test.*', '**/*.spec.*'],
    },
    rails: {
        reader: 'rails',
        framework: { kind: 'parse', grep: RAILS_GREP, parse: parseRails },
        paths: ['config/routes.rb', 'config/routes/**/*.rb'],
        exclude: [],
    },
    spring: {
        reader: 'spring',
        framework: { kind: 'parse', grep: SPRING_GREP, parse: parseSpring },
        paths: ['**/*.java', '**/*.kt'],
        exclude: JVM_TESTS,
    },
};


/***/ }),

/***/ 28382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $B: () => (/* binding */ joinPrefix),
/* harmony export */   Fd: () => (/* binding */ normalizePath),
/* harmony export */   GA: () => (/* binding */ answers),
/* harmony export */   mA: () => (/* binding */ parseQuery)
/* harmony export */ });
/** Route paths: joining prefixes, the comparable form, and the queries the config writes. */
/**
 * The comparable form of a path: parameters of every framework (`<int:id>`, `:id`, `{id}`,
 * `[id]`) become `{}`, so renaming a parameter is not a removed route; no trailing slash.
 */
function normalizePath(path) {
    let p = path.trim();
    // Most paths hold no query, fragment or bracketed parameter, which each of these needs to match.
    const bracketed = /[?#<{[]/.test(p);
    if (bracketed)
        p = p.replace(/[?#].*$/, '');
    if (!p.startsWith('/'))
        p = `/${p}`;
    if (bracketed)
        p = p
            .replace(/<(?:[\w]+:)?\w+>/g, '{}')
            .replace(/\{[^}]*\}/g, '{}')
            .replace(/\[\[?\.\.\.\w+\]?\]/g, '{\u2026}')
            .replace(/\[\w+\]/g, '{}');
    p = p.replace(/:\w+\??/g, '{}').replace(/\/{2,}/g, '/');
    return p.length > 1 ? p.replace(/\/$/, '') : p;
}
/** `prefix` + `path` with one slash between them. */
function joinPrefix(prefix, path) {
    if (!prefix)
        return path;
    if (!path)
        return prefix;
    return `${prefix.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
}
function parseQuery(text) {
    const m = /^\s*(?:([A-Za-z]+)\s+)?(\S+)\s*$/.exec(text);
    const raw = m?.[2] ?? text.trim();
    const prefix = raw.endsWith('*');
    return {
        text,
        method: m?.[1]?.toUpperCase(),
        path: normalizePath(prefix ? raw.replace(/\/?\*+$/, '') || '/' : raw),
        prefix,
    };
}
/** Whether a route (its method and normalized path) answers a query; ANY on either side matches every method. */
function answers(route, q) {
    const p = route.norm;
    const pathOk = q.prefix ? p === q.path || p.startsWith(q.path === '/' ? '/' : `${q.path}/`) : p === q.path;
    return pathOk && (!q.method || q.method === 'ANY' || route.method === 'ANY' || route.method === q.method);
}


/***/ }),

/***/ 56246:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ routeSources)
/* harmony export */ });
/* unused harmony export cleanDir */
/* harmony import */ var _presets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48820);

/** `services/api` as written (`./services/api/`, `/services/api`), '' for the root. */
function cleanDir(dir) {
    if (!dir)
        return '';
    const d = dir.replace(/^\.\//, '').replace(/^\/+/, '').replace(/\/+$/, '');
    return d === '.' ? '' : d;
}
function under(dir, glob) {
    const g = glob.replace(/^\.\//, '').replace(/^\//, '');
    return dir ? `${dir}/${g}` : g;
}
function staticRoot(glob) {
    const i = glob.search(/[*?[{]/);
    const s = i === -1 ? glob : glob.slice(0, i);
    return s.slice(0, s.lastIndexOf('/') + 1);
}
/**
 * The sources a check reads. Presets that read the same files the same way (express, fastify
 * and koa; flask and fastapi) are one source, so their routes are read once and a removed route
 * is reported once; every other entry keeps its own inventory, so two frameworks' (or two apps')
 * routes never stand in for each other.
 */
function routeSources(presets, custom) {
    const byKey = new Map();
    const out = [];
    for (const p of presets) {
        const o = typeof p === 'string' ? { preset: p } : p;
        const preset = _presets_js__WEBPACK_IMPORTED_MODULE_0__/* .PRESETS */ .f[o.preset];
        const dir = cleanDir(o.dir);
        const paths = (o.paths ?? preset.paths).map((g) => under(dir, g));
        const exclude = (o.exclude ?? preset.exclude).map((g) => under(dir, g));
        const prefix = o.prefix ?? '';
        const key = JSON.stringify([preset.reader, paths, exclude, prefix]);
        const same = byKey.get(key);
        if (same) {
            const names = new Set(same.name.replace(/ \(.*\)$/, '').split(', '));
            if (!names.has(o.preset)) {
                names.add(o.preset);
                same.name = `${[...names].join(', ')}${dir ? ` (${dir})` : ''}`;
            }
            continue;
        }
        const source = {
            name: `${o.preset}${dir ? ` (${dir})` : ''}`,
            framework: preset.framework,
            paths,
            exclude,
            prefix,
            roots: paths.map(staticRoot),
        };
        byKey.set(key, source);
        out.push(source);
    }
    for (const c of custom) {
        const re = new RegExp(c.pattern);
        out.push({
            name: 'custom',
            framework: {
                kind: 'lines',
                grep: [c.grep ?? ''],
                extract: (line) => {
                    const m = re.exec(line);
                    return m?.groups?.path ? [{ method: m.groups.method ?? c.method, path: m.groups.path }] : [];
                },
            },
            paths: c.paths,
            exclude: c.exclude,
            prefix: c.prefix,
            roots: c.paths.map(staticRoot),
        });
    }
    return out;
}


/***/ }),

/***/ 46445:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ maskKnownTokens),
/* harmony export */   k: () => (/* binding */ knownTokenSpans)
/* harmony export */ });
/* harmony import */ var _core_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8670);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12123);
/* harmony import */ var _scanner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42817);



/**
 * The secret rule set turned on outputs: spans of text that hold a token of a known kind
 * (GitHub, Slack, cloud keys, private keys\u2026), so a token is masked wherever it shows up \u2014 in a
 * route path, a dependency URL, a response body \u2014 even when the secrets check never saw it
 * (it reads only the lines a change added). The same keyword automaton as the diff scan keeps
 * this to one table lookup per character for text without any keyword.
 */
/** A private key block: everything between its markers (or to the end, when it was cut). */
const PEM_BEGIN = /-----BEGIN[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----/g;
const PEM_END = /-----END[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----/g;
/** Key material (and its headers, escaped newlines, quotes) when no END marker follows. */
const PEM_BODY = /(?:[A-Za-z0-9+/=:,"'`-]|\\[rn]|\s)+/y;
let scanner;
const found = [];
/** Line numbers only keep the scanner's per-line bookkeeping apart; they never show. */
let lineNo = 0;
function keySpans(text, out) {
    for (const m of text.matchAll(PEM_BEGIN)) {
        const start = m.index + m[0].length;
        PEM_END.lastIndex = start;
        const end = PEM_END.exec(text);
        if (end) {
            out.push([start, end.index]);
            continue;
        }
        PEM_BODY.lastIndex = start;
        if (!PEM_BODY.test(text))
            continue;
        let stop = PEM_BODY.lastIndex;
        while (stop > start && /\s/.test(text[stop - 1]))
            stop--;
        out.push([start, stop]);
    }
}
/**
 * Spans of `text` that hold a token of a shape the secret rules know, appended to `out` (a new
 * list unless given).
 */
function knownTokenSpans(text, out = []) {
    if (text.length < 8)
        return out;
    if (text.includes('PRIVATE KEY'))
        keySpans(text, out);
    scanner ??= new _scanner_js__WEBPACK_IMPORTED_MODULE_2__/* .SecretScanner */ .Jq({ rules: _rules_js__WEBPACK_IMPORTED_MODULE_1__/* .RULES */ .y }, (hit) => void found.push(hit.secret));
    // Outputs are mostly long texts of many lines (evidence, reports) with no keyword at all.
    if (!scanner.mayHit(text))
        return out;
    for (let start = 0; start < text.length;) {
        let end = text.indexOf('\n', start);
        if (end < 0)
            end = text.length;
        const line = text.slice(start, end);
        found.length = 0;
        scanner.line('output', ++lineNo, line, 0);
        for (const secret of found)
            for (let i = line.indexOf(secret); i >= 0; i = line.indexOf(secret, i + secret.length))
                out.push([start + i, start + i + secret.length]);
        start = end + 1;
    }
    scanner.flush();
    found.length = 0;
    return out;
}
/**
 * Masks tokens of a known shape and URL credentials in a text a check writes from code it read
 * (a route path, a requirement's URL), so its own findings and evidence hold none even before
 * the gate's redaction.
 */
function maskKnownTokens(text) {
    return (0,_core_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .maskUrlCredentials */ .gn)((0,_core_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .maskSpans */ .ep)(text, knownTokenSpans(text)));
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

/***/ 58284:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ xmlParser)
/* harmony export */ });
let loaded;
/**
 * An XML parser, its library loaded on first use: most runs read no XML (JUnit, Cobertura), and
 * every command the action runs starts faster without it.
 */
async function xmlParser(options) {
    loaded ??= __webpack_require__.e(/* import() */ 824).then(__webpack_require__.bind(__webpack_require__, 75824)).then((m) => m.XMLParser);
    const Parser = await loaded;
    return new Parser(options);
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
// EXTERNAL MODULE: ./src/checks/registry.ts + 34 modules
var registry = __webpack_require__(74648);
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
        const { size } = await (0,promises_.stat)(file);
        if (size > YAML_LIMITS.chars)
            throw new errors/* ConfigError */.xL([
                {
                    file: displayName,
                    message: `the config file has ${size.toLocaleString('en-US')} bytes; the limit is ${YAML_LIMITS.chars.toLocaleString('en-US')} (1 MiB)`,
                },
            ]);
        text = await (0,promises_.readFile)(file, 'utf8');
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
/* harmony import */ var _checks_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74648);
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
/* harmony import */ var _checks_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74648);
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
function describeZodIssue(iss) {
    switch (iss.code) {
        case 'invalid_type':
            // A schema's own message (a duration given as a bare number says which unit to add).
            if (!iss.message.startsWith('Invalid input'))
                return iss.message;
            return `expected ${iss.expected}${'input' in iss && iss.input !== undefined ? `, got ${describe(iss.input)}` : ', but it is missing'}`;
        case 'invalid_value':
            return `expected one of ${iss.values.map((v) => JSON.stringify(v)).join(', ')}${'input' in iss && iss.input !== undefined ? `, got ${describe(iss.input)}` : ', but it is missing'}`;
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
/* harmony import */ var _checks_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74648);
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

/***/ 1048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ runSummaryOf),
/* harmony export */   F$: () => (/* binding */ newRunId),
/* harmony export */   Ic: () => (/* binding */ historyView),
/* harmony export */   Q3: () => (/* binding */ metricSeries),
/* harmony export */   Rc: () => (/* binding */ previousRun)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8670);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4473);




/**
 * A run's id: on GitHub the workflow run and attempt (so `history invalidate` can name a run
 * from its URL); elsewhere the start time and a random suffix.
 */
function newRunId(env, startedAt) {
    const runner = (0,_core_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .readRunner */ .f)(env);
    if (runner.runId)
        return `${runner.runId}.${runner.runAttempt}`;
    const stamp = startedAt
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
    return `${stamp}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(3).toString('hex')}`;
}
function cleanMetrics(m) {
    const out = {};
    for (const [k, v] of Object.entries(m))
        out[k] = typeof v === 'number' && !Number.isFinite(v) ? null : v;
    return out;
}
function gatedSha(report) {
    const range = report.git.range;
    return range && 'head' in range && range.head ? range.head : report.git.sha;
}
/**
 * What history keeps of a sealed report: the verdict and each check's numbers. The report comes
 * redacted from the seal; credentials in URL shapes (metric names are often URLs) are masked
 * here once more, since a record outlives the run \u2014 in a pushed branch or an artifact.
 */
function runSummaryOf(report, runId) {
    return new _core_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .Redactor */ .pO().redactDeep({
        schemaVersion: 1,
        profile: report.profile,
        runId,
        startedAt: report.startedAt,
        finishedAt: report.finishedAt,
        verdict: report.verdict,
        score: report.score,
        action: report.action,
        level: report.level,
        // The commit the release was gated at: the diff's head when a range was resolved (a --head
        // other than the checkout), so the next run's diff starts where this promotion ended.
        ...(gatedSha(report) ? { sha: gatedSha(report) } : {}),
        ...(report.git.ref ? { ref: report.git.ref } : {}),
        ...(report.bundle ? { bundleId: report.bundle.id } : {}),
        ...(report.run?.url ? { url: report.run.url } : {}),
        blockers: report.blockers,
        ratchetTriggered: report.ratchetTriggered,
        hotfixChecks: report.hotfixChecks,
        ...(report.hotfix ? { hotfix: report.hotfix } : {}),
        checks: report.checks.map((c) => ({
            id: c.id,
            type: c.type,
            status: c.status,
            score: c.score,
            metrics: cleanMetrics(c.metrics),
        })),
    });
}
/** The newest valid run: what the hotfix ratchet compares with. */
function previousRun(runs) {
    for (let i = runs.length - 1; i >= 0; i--)
        if (!runs[i].invalid)
            return runs[i];
    return undefined;
}
/** A profile's history read once and shared by the checks and the decision; never rejects. */
function historyView(store, profile) {
    let pending;
    return {
        describe: () => store.describe(),
        read() {
            pending ??= store.list(profile).catch((err) => ({
                runs: [],
                problems: [`${store.describe()}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`],
            }));
            return pending;
        },
    };
}
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
