export const id = 9691;
export const ids = [9691];
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

/***/ 70370:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ pLimit)
});

// UNUSED EXPORTS: limitFunction

;// CONCATENATED MODULE: ./node_modules/yocto-queue/index.js
/*
How it works:
`this.#head` is an instance of `Node` which keeps track of its current value and nests another instance of `Node` that keeps the value that comes after it. When a value is provided to `.enqueue()`, the code needs to iterate through `this.#head`, going deeper and deeper to find the last value. However, iterating through every single item is slow. This problem is solved by saving a reference to the last value as `this.#tail` so that it can reference it to add a new value.
*/

class Node {
	value;
	next;

	constructor(value) {
		this.value = value;
	}
}

class Queue {
	#head;
	#tail;
	#size;

	constructor() {
		this.clear();
	}

	enqueue(value) {
		const node = new Node(value);

		if (this.#head) {
			this.#tail.next = node;
			this.#tail = node;
		} else {
			this.#head = node;
			this.#tail = node;
		}

		this.#size++;
	}

	dequeue() {
		const current = this.#head;
		if (!current) {
			return;
		}

		this.#head = this.#head.next;
		this.#size--;

		// Clean up tail reference when queue becomes empty
		if (!this.#head) {
			this.#tail = undefined;
		}

		return current.value;
	}

	peek() {
		if (!this.#head) {
			return;
		}

		return this.#head.value;

		// TODO: Node.js 18.
		// return this.#head?.value;
	}

	clear() {
		this.#head = undefined;
		this.#tail = undefined;
		this.#size = 0;
	}

	get size() {
		return this.#size;
	}

	* [Symbol.iterator]() {
		let current = this.#head;

		while (current) {
			yield current.value;
			current = current.next;
		}
	}

	* drain() {
		while (this.#head) {
			yield this.dequeue();
		}
	}
}

;// CONCATENATED MODULE: ./node_modules/p-limit/index.js


function pLimit(concurrency) {
	let rejectOnClear = false;

	if (typeof concurrency === 'object') {
		({concurrency, rejectOnClear = false} = concurrency);
	}

	validateConcurrency(concurrency);

	if (typeof rejectOnClear !== 'boolean') {
		throw new TypeError('Expected `rejectOnClear` to be a boolean');
	}

	const queue = new Queue();
	let activeCount = 0;

	const resumeNext = () => {
		// Process the next queued function if we're under the concurrency limit
		if (activeCount < concurrency && queue.size > 0) {
			activeCount++;
			queue.dequeue().run();
		}
	};

	const next = () => {
		activeCount--;
		resumeNext();
	};

	const run = async (function_, resolve, arguments_) => {
		// Execute the function and capture the result promise
		const result = (async () => function_(...arguments_))();

		// Resolve immediately with the promise (don't wait for completion)
		resolve(result);

		// Wait for the function to complete (success or failure)
		// We catch errors here to prevent unhandled rejections,
		// but the original promise rejection is preserved for the caller
		try {
			await result;
		} catch {}

		// Decrement active count and process next queued function
		next();
	};

	const enqueue = (function_, resolve, reject, arguments_) => {
		const queueItem = {reject};

		// Queue the internal resolve function instead of the run function
		// to preserve the asynchronous execution context.
		new Promise(internalResolve => { // eslint-disable-line promise/param-names
			queueItem.run = internalResolve;
			queue.enqueue(queueItem);
		}).then(run.bind(undefined, function_, resolve, arguments_)); // eslint-disable-line promise/prefer-await-to-then

		// Start processing immediately if we haven't reached the concurrency limit
		if (activeCount < concurrency) {
			resumeNext();
		}
	};

	const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
		enqueue(function_, resolve, reject, arguments_);
	});

	Object.defineProperties(generator, {
		activeCount: {
			get: () => activeCount,
		},
		pendingCount: {
			get: () => queue.size,
		},
		clearQueue: {
			value() {
				if (!rejectOnClear) {
					queue.clear();
					return;
				}

				const abortError = AbortSignal.abort().reason;

				while (queue.size > 0) {
					queue.dequeue().reject(abortError);
				}
			},
		},
		concurrency: {
			get: () => concurrency,

			set(newConcurrency) {
				validateConcurrency(newConcurrency);
				concurrency = newConcurrency;

				queueMicrotask(() => {
					// eslint-disable-next-line no-unmodified-loop-condition
					while (activeCount < concurrency && queue.size > 0) {
						resumeNext();
					}
				});
			},
		},
		map: {
			async value(iterable, function_) {
				const promises = [];

				try {
					Array.from(iterable, (value, index) => {
						const promise = generator(function_, value, index);
						promises.push(promise);
						return promise;
					});
				} catch (error) {
					// The iterable threw, so `Promise.all` never observes the already scheduled promises. Observe them here to avoid unhandled rejections.
					for (const promise of promises) {
						promise.catch(() => {}); // eslint-disable-line promise/prefer-await-to-then
					}

					throw error;
				}

				return Promise.all(promises);
			},
		},
	});

	return generator;
}

function limitFunction(function_, options) {
	const limit = pLimit(options);

	const limitedFunction = (...arguments_) => limit(() => function_(...arguments_));
	Object.defineProperty(limitedFunction, 'clearQueue', {
		value: limit.clearQueue,
	});

	return limitedFunction;
}

function validateConcurrency(concurrency) {
	if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
		throw new TypeError('Expected `concurrency` to be a number from 1 and up');
	}
}


/***/ })

};
