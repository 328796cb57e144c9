export const id = 10;
export const ids = [10];
export const modules = {

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

/***/ 50099:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ KeywordMatcher)
/* harmony export */ });
/**
 * Finds many ASCII keywords in a line at once, ignoring case: an Aho\u2013Corasick automaton compiled
 * to a dense transition table. One table lookup per character; measured about 5\u00d7 faster than a
 * case-insensitive regex alternation of the same keywords, which is what lets the secret scan
 * keep pace with `git diff` on large diffs.
 */
class KeywordMatcher {
    words;
    /** Character class per byte value; every non-ASCII byte is class 0, like no keyword character. */
    classes = new Uint8Array(256);
    /** log2 of the row width of `delta` (rows are a power of two wide). */
    shift;
    /**
     * The transitions: row of a state `s` at `s << shift`, one column per character class. Each
     * entry is the next state's row offset, so a step is one OR and one load; the offset of a state
     * where some keyword ends is stored complemented (negative), so telling those apart costs a
     * sign test rather than a second table. About a fifth faster than a state number and a table of
     * final states, on source text.
     */
    delta;
    /** For each state, the keywords that end there (via suffix links too); empty for most. */
    outputs;
    /** (keyword, end index) pairs of the last `find`, flattened; reused to spare allocations. */
    found = [];
    constructor(words) {
        this.words = words;
        const lower = words.map((w) => w.toLowerCase());
        let next = 1;
        for (const w of lower)
            for (const ch of w) {
                const c = ch.charCodeAt(0);
                if (c >= 128)
                    throw new Error(`keyword "${w}" is not ASCII`);
                if (this.classes[c] === 0)
                    this.classes[c] = next++;
            }
        for (let c = 65; c <= 90; c++)
            if (this.classes[c + 32])
                this.classes[c] = this.classes[c + 32];
        this.shift = Math.ceil(Math.log2(next));
        const width = 1 << this.shift;
        // Trie.
        const children = [new Map()];
        const out = [[]];
        lower.forEach((w, wi) => {
            let s = 0;
            for (const ch of w) {
                const k = this.classes[ch.charCodeAt(0)];
                let t = children[s].get(k);
                if (t === undefined) {
                    t = children.length;
                    children.push(new Map());
                    out.push([]);
                    children[s].set(k, t);
                }
                s = t;
            }
            out[s].push(wi);
        });
        // Breadth-first: failure links folded into a full transition table.
        this.delta = new Int32Array(children.length * width);
        const fail = new Int32Array(children.length);
        const queue = [];
        for (let k = 0; k < width; k++) {
            const t = children[0].get(k);
            if (t !== undefined) {
                this.delta[k] = t;
                queue.push(t);
            }
        }
        for (let qi = 0; qi < queue.length; qi++) {
            const s = queue[qi];
            out[s].push(...out[fail[s]]);
            for (let k = 0; k < width; k++) {
                const t = children[s].get(k);
                if (t === undefined)
                    this.delta[s * width + k] = this.delta[fail[s] * width + k];
                else {
                    fail[t] = this.delta[fail[s] * width + k];
                    this.delta[s * width + k] = t;
                    queue.push(t);
                }
            }
        }
        this.outputs = out;
        for (let i = 0; i < this.delta.length; i++) {
            const t = this.delta[i];
            this.delta[i] = out[t].length ? ~(t << this.shift) : t << this.shift;
        }
    }
    /** Fills `found` with [keyword index, index after its last character]\u2026; returns the pair count. */
    find(text) {
        const { classes, delta, shift } = this;
        let s = 0;
        let hit = false;
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            s = delta[s | (c < 128 ? classes[c] : 0)];
            if (s < 0) {
                s = ~s;
                if (!hit) {
                    hit = true;
                    this.found.length = 0;
                }
                for (const w of this.outputs[s >> shift])
                    this.found.push(w, i + 1);
            }
        }
        if (!hit)
            return 0;
        return this.found.length / 2;
    }
    /** Whether `text` holds any keyword: `find`'s answer, without collecting where. */
    any(text) {
        const { classes, delta } = this;
        let s = 0;
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            s = delta[s | (c < 128 ? classes[c] : 0)];
            if (s < 0)
                return true;
        }
        return false;
    }
    /**
     * Where the line of UTF-8 text that starts at `start` ends \u2014 the index of its "\n" \u2014 when it holds
     * no keyword; -1 when it holds one (or does not end). The same answer as `find` on its decoded
     * text (keywords are ASCII, and no byte of a multi-byte character is one), without decoding it,
     * and its end found in the same walk: most lines of a diff hold none, and a second walk over each
     * to find where it ends cost a quarter of a scan (measured on a 244 MB diff).
     */
    lineEnd(bytes, start) {
        const { classes, delta } = this;
        let s = 0;
        for (let i = start; i < bytes.length; i++) {
            const b = bytes[i];
            if (b === 10)
                return i;
            s = delta[s | classes[b]];
            if (s < 0)
                return -1;
        }
        return -1;
    }
}


/***/ }),

/***/ 41285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jobThread: () => (/* binding */ jobThread),
/* harmony export */   scanThread: () => (/* binding */ scanThread)
/* harmony export */ });
/* harmony import */ var _adapters_threads_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52353);
/* harmony import */ var _change_thread_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42330);


/**
 * A scan thread's work, by the name a check gives its portable scan. Each is loaded on the
 * thread only when asked for.
 */
function scanThread() {
    return (0,_change_thread_js__WEBPACK_IMPORTED_MODULE_1__/* .serveScanThread */ .b)({
        secrets: async () => (await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(2123), __webpack_require__.e(6175)]).then(__webpack_require__.bind(__webpack_require__, 68556))).secretsScan,
    });
}
/** A job thread's work, by kind: parsing a report too large to parse on the main thread. */
function jobThread() {
    return (0,_adapters_threads_js__WEBPACK_IMPORTED_MODULE_0__/* .serveJob */ .VH)({
        evidence: async () => (await __webpack_require__.e(/* import() */ 9467).then(__webpack_require__.bind(__webpack_require__, 39467))).parseEvidenceJob,
        junit: async () => (await __webpack_require__.e(/* import() */ 8543).then(__webpack_require__.bind(__webpack_require__, 88543))).parseJUnitJob,
        coverage: async () => (await __webpack_require__.e(/* import() */ 5677).then(__webpack_require__.bind(__webpack_require__, 25677))).parseCoverageJob,
    });
}


/***/ })

};
