export const id = 2330;
export const ids = [2330];
export const modules = {

/***/ 41356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ gained),
/* harmony export */   Y: () => (/* binding */ binaryTextLines)
/* harmony export */ });
/**
 * The text a binary file holds, for the scans that look for secrets in it.
 *
 * git calls a file binary when a NUL byte is among its first 8,000 bytes, and prints no lines for
 * it. One NUL is enough, so a text file \u2014 an `.env`, a config, a script \u2014 with one NUL byte in it
 * would hold its credentials out of every line-based scan; text stored as UTF-16 (its every other
 * byte is NUL) is binary to git too. So the content of such a file is read as `strings` reads an
 * executable: every run of at least `MIN_RUN` printable ASCII characters (tab included) is a
 * line, and so is every such run in UTF-16 (little- or big-endian) form. A file that starts with a
 * UTF-16 byte-order mark is decoded as the text it is, line by line.
 *
 * Each line carries the number of the line it is on (LF bytes before it, plus one), which is its
 * line in the file when the file is text, and harmless when it is not.
 */
/** Shortest run taken as text: an assignment of a secret is longer. */
const MIN_RUN = 8;
/** Runs of printable ASCII, and of UTF-16 code units that are printable ASCII (`c 00`, `00 c`). */
const ASCII_RUN = new RegExp(`[\\t\\x20-\\x7e]{${MIN_RUN},}`, 'g');
const WIDE_RUN = new RegExp(`(?:[\\t\\x20-\\x7e]\\x00){${MIN_RUN},}|(?:\\x00[\\t\\x20-\\x7e]){${MIN_RUN},}`, 'g');
/**
 * Every line of text in `bytes`, in the order found: the decoded lines of a UTF-16 file with a
 * byte-order mark; otherwise the ASCII runs, then the UTF-16 runs. The bytes are searched as
 * Latin-1 text, one character a byte, by the regular expression engine: a loop over the bytes
 * here ran at a third of its speed.
 */
function binaryTextLines(bytes) {
    const out = [];
    if (bytes.length >= 2 &&
        ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
        const text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
        text.split('\n').forEach((l, i) => {
            const t = l.endsWith('\r') ? l.slice(0, -1) : l;
            if (t.trim())
                out.push({ line: i + 1, text: t });
        });
        return out;
    }
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    const text = buffer.toString('latin1');
    runs(text, ASCII_RUN, out, (m) => m[0]);
    runs(text, WIDE_RUN, out, (m) => {
        // Decoded natively from the bytes. A big-endian run (`00 c` pairs) read from its second byte
        // is little-endian but for its last character; a little-endian run read from its second byte
        // would read the same text, which is why one expression serves both.
        const run = m[0];
        const big = run.charCodeAt(0) === 0 ? 1 : 0;
        const wide = buffer.toString('utf16le', m.index + big, m.index + run.length);
        return big ? wide + run[run.length - 1] : wide;
    });
    return out;
}
/** The matches of `re` in `text`, each on the line it starts on (LF bytes before it, plus one). */
function runs(text, re, out, decode) {
    let line = 1;
    let counted = 0;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        for (let nl = text.indexOf('\n', counted); nl !== -1 && nl < m.index; nl = text.indexOf('\n', nl + 1))
            line++;
        counted = m.index;
        out.push({ line, text: decode(m) });
    }
}
/**
 * The lines of `head` its base did not hold, by index: a line counts as kept as many times as
 * the base holds it, so a line written once more is gained. Every line when there is no base.
 * The diff prints no line of a binary file: this is what it gained.
 */
function gained(head, base) {
    const left = new Map();
    for (const l of base ?? [])
        left.set(l, (left.get(l) ?? 0) + 1);
    const out = new Set();
    head.forEach((l, i) => {
        const n = left.get(l) ?? 0;
        if (n > 0)
            left.set(l, n - 1);
        else
            out.add(i);
    });
    return out;
}


/***/ }),

/***/ 92076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ BlobReader)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16352);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(35371);



const HEADER = /^[0-9a-f]{40,64} (\w+) (\d+)$/;
class BlobReader {
    git;
    child;
    queue = [];
    buffered = [];
    /** The answer being read: its request, the bytes still to come (content and the final LF). */
    body;
    closed;
    /**
     * Where an answer that came in several pieces is put together before it is decoded, kept until
     * the reader is closed (as large as the largest such answer): the checks read file after file
     * (lock files of megabytes at both ends of the range), and fresh memory for each cost more
     * than the copy.
     */
    joined = Buffer.alloc(0);
    constructor(git) {
        this.git = git;
        git.signal?.addEventListener('abort', () => this.close((0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .abortReason */ .Js)(git.signal)), { once: true });
    }
    /** The object `spec` (`rev:path`) names, or undefined when there is none. */
    read(spec, maxBytes, signal) {
        return this.ask(spec, maxBytes, false, signal);
    }
    /**
     * The bytes of the object `spec` names, or only its size when it is larger than `maxBytes`
     * (read past, never held); undefined when there is none.
     */
    bytes(spec, maxBytes, signal) {
        return this.ask(spec, maxBytes, true, signal);
    }
    ask(spec, maxBytes, raw, signal) {
        if (this.closed)
            return Promise.reject(this.closed);
        if (signal?.aborted)
            return Promise.reject((0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .abortReason */ .Js)(signal));
        if (/[\n\r]/.test(spec))
            return Promise.reject(new Error('a name with a line break cannot be read in a batch'));
        return new Promise((resolve, reject) => {
            const request = { maxBytes, resolve, reject, gone: false, ...(raw ? { raw } : {}) };
            if (signal) {
                const onAbort = () => {
                    request.gone = true;
                    reject((0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .abortReason */ .Js)(signal));
                };
                signal.addEventListener('abort', onAbort, { once: true });
                const done = () => signal.removeEventListener('abort', onAbort);
                request.resolve = (b) => {
                    done();
                    resolve(b);
                };
                request.reject = (e) => {
                    done();
                    reject(e);
                };
            }
            const child = this.process();
            this.queue.push(request);
            this.hold(true);
            child.stdin.write(`${spec}\n`);
        });
    }
    /** Ends git; what is still asked for fails with `reason`. */
    close(reason = new Error('the reader was closed')) {
        if (this.closed)
            return;
        this.closed = reason;
        this.fail(reason);
        this.child?.stdin?.end();
        this.child?.kill();
        this.child = undefined;
        this.joined = Buffer.alloc(0);
    }
    process() {
        if (this.child)
            return this.child;
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', [..._git_js__WEBPACK_IMPORTED_MODULE_1__/* .FIXED_CONFIG */ .aM, 'cat-file', '--batch'], {
            cwd: this.git.cwd,
            env: (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .gitEnv */ .gE)(this.git.env),
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        this.child = child;
        let stderr = '';
        child.stdin.on('error', () => undefined);
        child.stdout.on('data', (c) => this.data(c));
        child.stderr.on('data', (c) => {
            if (stderr.length < 4096)
                stderr += c.toString('utf8');
        });
        const ended = (why) => {
            if (this.child !== child)
                return;
            this.child = undefined;
            this.body = undefined;
            this.buffered = [];
            // The next read starts a new git; what was asked of this one cannot be answered.
            this.fail(new Error(`git cat-file ${why}${stderr.trim() ? `: ${stderr.trim()}` : ''}`));
        };
        child.on('error', (err) => ended(err.code === 'ENOENT' ? 'could not start: git is not installed (not on PATH)' : err.message));
        child.on('close', (code, signal) => ended(`ended (${signal ?? `exit ${code}`})`));
        this.hold(false);
        return child;
    }
    /** Keeps the process alive for git only while an answer is awaited. */
    hold(waiting) {
        const c = this.child;
        if (!c)
            return;
        for (const s of [c.stdin, c.stdout, c.stderr])
            if (waiting)
                s?.ref?.();
            else
                s?.unref?.();
        if (waiting)
            c.ref();
        else
            c.unref();
    }
    fail(err) {
        for (const r of this.queue.splice(0))
            if (!r.gone)
                r.reject(err);
        this.hold(false);
    }
    data(chunk) {
        let at = 0;
        while (at < chunk.length) {
            if (this.body) {
                const b = this.body;
                const take = Math.min(b.left, chunk.length - at);
                // The final LF is not content; content beyond the request's limit is read past, not kept.
                const keep = Math.min(take, b.left - 1);
                if (keep > 0 && b.size <= b.request.maxBytes)
                    b.parts.push(chunk.subarray(at, at + keep));
                b.left -= take;
                at += take;
                if (b.left === 0) {
                    this.body = undefined;
                    this.answer(b.request, b.size, b.type, b.parts);
                }
                continue;
            }
            const nl = chunk.indexOf(10, at);
            if (nl === -1) {
                this.buffered.push(chunk.subarray(at));
                return;
            }
            const line = Buffer.concat([...this.buffered, chunk.subarray(at, nl)]).toString('utf8');
            this.buffered = [];
            at = nl + 1;
            this.header(line);
        }
    }
    header(line) {
        const request = this.queue[0];
        if (!request)
            return;
        const m = HEADER.exec(line);
        if (m) {
            const size = Number(m[2]);
            this.body = { request, type: m[1], size, left: size + 1, parts: [] };
            return;
        }
        this.queue.shift();
        if (this.queue.length === 0)
            this.hold(false);
        if (request.gone)
            return;
        if (line.endsWith(' missing'))
            request.resolve(undefined);
        else
            request.reject(new Error(`git cat-file: ${line}`));
    }
    answer(request, size, type, parts) {
        this.queue.shift();
        if (this.queue.length === 0)
            this.hold(false);
        if (request.gone)
            return;
        if (request.raw)
            request.resolve({
                type,
                size,
                ...(size <= request.maxBytes ? { bytes: Buffer.concat(parts, size) } : {}),
            });
        else if (size > request.maxBytes)
            request.reject(new Error(`git cat-file printed more than ${request.maxBytes} bytes`));
        else
            request.resolve({ type, text: this.decode(parts) });
    }
    decode(parts) {
        if (parts.length === 0)
            return '';
        if (parts.length === 1)
            return parts[0].toString('utf8');
        let size = 0;
        for (const p of parts)
            size += p.length;
        if (this.joined.length < size)
            this.joined = Buffer.allocUnsafe(size);
        let at = 0;
        for (const p of parts)
            at += p.copy(this.joined, at);
        return this.joined.toString('utf8', 0, size);
    }
}


/***/ }),

/***/ 73631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c3: () => (/* binding */ linePieces),
/* harmony export */   g3: () => (/* binding */ LineSplitter)
/* harmony export */ });
/* unused harmony exports MAX_LINE, LINE_OVERLAP */
/**
 * Splits a byte stream into lines on "\n" only (a lone "\r" is content, unlike node:readline,
 * which would split a diff line in two and desynchronise the hunk counts). Complete lines of a
 * chunk are decoded in one go, which is several times faster than a decode per line.
 *
 * A line longer than `maxLine` bytes (minified bundles, data blobs) is never held whole: it is
 * handed out in pieces of `maxLine` bytes that overlap by `overlap` bytes, so a match that spans
 * a cut is still seen in one piece. Memory stays bounded by maxLine + one chunk.
 */
/** Bytes of a line handed out at once; a longer one comes in pieces. */
const MAX_LINE = 1024 * 1024;
/** Bytes two neighbouring pieces of a long line share. */
const LINE_OVERLAP = 4096;
/**
 * A text that is one line, in the pieces a long line comes in (see LineSplitter), for text not
 * read from a stream (a binary file's run of text): the whole text when it is no longer than
 * `maxLine` characters.
 */
function linePieces(text, maxLine = MAX_LINE, overlap = LINE_OVERLAP) {
    if (text.length <= maxLine)
        return [text];
    // A limit not much larger than the overlap (in tests) still moves on by half a piece.
    const step = maxLine > 2 * overlap ? maxLine - overlap : Math.ceil(maxLine / 2);
    const out = [];
    for (let at = 0;; at += step) {
        out.push(text.slice(at, at + maxLine));
        if (at + maxLine >= text.length)
            return out;
    }
}
class LineSplitter {
    onLine;
    maxLine;
    overlap;
    pending = [];
    pendingBytes = 0;
    piece = 0;
    longLines = 0;
    constructor(onLine, maxLine = MAX_LINE, overlap = LINE_OVERLAP) {
        this.onLine = onLine;
        this.maxLine = maxLine;
        this.overlap = overlap;
    }
    /**
     * When set, asked of each line that ends in the chunk it starts in, by the index of its first
     * byte: the index of the "\n" that ends it when it was dealt with undecoded (nobody reads it),
     * so it is not handed to `onLine`; -1 when it is to be decoded.
     */
    undecoded;
    push(chunk) {
        let first = chunk.indexOf(10);
        if (first === -1) {
            this.hold(chunk);
            return;
        }
        if (this.pendingBytes > 0) {
            this.hold(chunk.subarray(0, first));
            this.flushPending();
        }
        else {
            this.emit(chunk.toString('utf8', 0, first));
        }
        first++;
        const last = chunk.lastIndexOf(10);
        if (last >= first && this.undecoded) {
            // Line by line: most lines are never decoded at all.
            let at = first;
            while (at <= last) {
                let nl = this.undecoded(chunk, at);
                if (nl < 0) {
                    nl = chunk.indexOf(10, at);
                    this.emit(chunk.toString('utf8', at, nl));
                }
                at = nl + 1;
            }
        }
        else if (last >= first) {
            const block = chunk.toString('utf8', first, last);
            let at = 0;
            for (;;) {
                const nl = block.indexOf('\n', at);
                if (nl === -1) {
                    this.emit(block.slice(at));
                    break;
                }
                this.emit(block.slice(at, nl));
                at = nl + 1;
            }
        }
        if (last + 1 < chunk.length)
            this.hold(chunk.subarray(last + 1));
    }
    /** Hands out the last line when the stream did not end with "\n". */
    end() {
        if (this.pendingBytes > 0)
            this.flushPending();
    }
    emit(text) {
        this.onLine(text, this.piece);
        this.piece = 0;
    }
    hold(part) {
        if (part.length === 0)
            return;
        // Copied: the caller's chunk may be reused by the stream.
        this.pending.push(Buffer.from(part));
        this.pendingBytes += part.length;
        while (this.pendingBytes > this.maxLine) {
            const all = Buffer.concat(this.pending);
            if (this.piece === 0)
                this.longLines++;
            this.onLine(all.toString('utf8', 0, this.maxLine), this.piece++);
            const rest = all.subarray(this.maxLine - this.overlap);
            this.pending = [rest];
            this.pendingBytes = rest.length;
        }
    }
    flushPending() {
        const text = Buffer.concat(this.pending).toString('utf8');
        this.pending = [];
        this.pendingBytes = 0;
        this.emit(text);
    }
}


/***/ }),

/***/ 35371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Js: () => (/* binding */ abortReason),
/* harmony export */   Td: () => (/* binding */ DiffFanOut),
/* harmony export */   Y4: () => (/* binding */ SharedRuns),
/* harmony export */   ZC: () => (/* binding */ abortable)
/* harmony export */ });
/**
 * Work on the change that several checks ask for at once \u2014 the same file list, the same diff \u2014
 * done once and handed to each of them. A caller that gives up (its check timed out) only stops
 * waiting; the work itself stops when nobody waits for it any more.
 */
function abortReason(signal) {
    return signal.reason instanceof Error ? signal.reason : new Error('aborted');
}
/** `p`, or the abort's reason when `signal` aborts first. */
function abortable(p, signal) {
    if (!signal)
        return p;
    if (signal.aborted)
        return Promise.reject(abortReason(signal));
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(abortReason(signal));
        signal.addEventListener('abort', onAbort, { once: true });
        p.then((v) => {
            signal.removeEventListener('abort', onAbort);
            resolve(v);
        }, (err) => {
            signal.removeEventListener('abort', onAbort);
            reject(err);
        });
    });
}
/** Runs remembered by key: the same key gives the same run, and so the same answer. */
class SharedRuns {
    start;
    runs = new Map();
    constructor(start) {
        this.start = start;
    }
    get(key, signal) {
        if (signal?.aborted)
            return Promise.reject(abortReason(signal));
        const run = this.runs.get(key) ?? this.begin(key);
        run.waiting++;
        return new Promise((resolve, reject) => {
            const onAbort = () => {
                run.waiting--;
                // Stopped because everyone left, it is not remembered: the next caller starts afresh.
                if (run.waiting === 0 && !run.settled) {
                    run.controller.abort(abortReason(signal));
                    if (this.runs.get(key) === run)
                        this.runs.delete(key);
                }
                reject(abortReason(signal));
            };
            signal?.addEventListener('abort', onAbort, { once: true });
            run.promise.then((value) => {
                if (signal?.aborted)
                    return;
                signal?.removeEventListener('abort', onAbort);
                run.waiting--;
                resolve(value);
            }, (err) => {
                if (signal?.aborted)
                    return;
                signal?.removeEventListener('abort', onAbort);
                run.waiting--;
                reject(err);
            });
        });
    }
    begin(key) {
        const controller = new AbortController();
        const run = {
            controller,
            waiting: 0,
            settled: false,
            promise: this.start(key, controller.signal),
        };
        run.promise.then(() => {
            run.settled = true;
        }, () => {
            run.settled = true;
        });
        this.runs.set(key, run);
        return run;
    }
}
/**
 * One streamed diff handed to every visitor that joined before its first line: each file header
 * and added line goes to each visitor, each visitor skips files on its own, and a visitor that
 * throws or whose check stops is dropped without disturbing the others. `onEmpty` is called when
 * the last one is gone, to stop git.
 */
class DiffFanOut {
    onEmpty;
    members = [];
    /** Lines have started to flow: a visitor that comes now would miss some, so it cannot join. */
    begun = false;
    ended = false;
    /** The commits of the range are being read: files go only to members that read them. */
    inHistory = false;
    constructor(onEmpty) {
        this.onEmpty = onEmpty;
    }
    join(visitor, signal) {
        if (signal?.aborted)
            return Promise.reject(abortReason(signal));
        return new Promise((resolve, reject) => {
            const m = { visitor, skip: false, resolve, reject, ...(signal ? { signal } : {}) };
            if (signal) {
                m.onAbort = () => this.drop(m, abortReason(signal));
                signal.addEventListener('abort', m.onAbort, { once: true });
            }
            this.members.push(m);
        });
    }
    file(header) {
        let wanted = false;
        for (const m of [...this.members]) {
            // A binary file's text goes only to those that read such text, a commit's lines only to
            // those that read the history.
            if ((header.binaryText && !m.visitor.binaryText) || (this.inHistory && !m.visitor.history)) {
                m.skip = true;
                continue;
            }
            try {
                // A copy each: one visitor cannot change what the next one is told.
                m.skip = m.visitor.file?.({ ...header }) === false;
            }
            catch (err) {
                this.drop(m, err);
                continue;
            }
            wanted ||= !m.skip;
        }
        return wanted;
    }
    added(file, line, text, piece) {
        const ms = this.members;
        for (let i = 0; i < ms.length; i++) {
            const m = ms[i];
            if (m.skip)
                continue;
            try {
                m.visitor.added(file, line, text, piece);
            }
            catch (err) {
                this.drop(m, err);
                i--;
            }
        }
    }
    /** Every member's keywords, or undefined when one of them wants every line. */
    get keywords() {
        const all = [];
        for (const m of this.members) {
            const own = m.visitor.keywords;
            if (!own)
                return undefined;
            all.push(...own);
        }
        return all;
    }
    /** Whether any member reads the commits of the range. */
    get history() {
        return this.members.some((m) => m.visitor.history);
    }
    commit(sha) {
        this.inHistory = true;
        for (const m of [...this.members]) {
            if (!m.visitor.history)
                continue;
            try {
                m.visitor.commit?.(sha);
            }
            catch (err) {
                this.drop(m, err);
            }
        }
    }
    /** Whether any member reads the text of binary files. */
    get binaryText() {
        return this.members.some((m) => m.visitor.binaryText);
    }
    unread(file, why) {
        for (const m of [...this.members]) {
            if (m.skip)
                continue;
            try {
                m.visitor.unread?.(file, why);
            }
            catch (err) {
                this.drop(m, err);
            }
        }
    }
    wantsNext() {
        for (const m of this.members)
            if (!m.skip && m.visitor.wantsNext?.())
                return true;
        return false;
    }
    finish(stats) {
        this.settle((m) => m.resolve({ ...stats, binaryFiles: [...stats.binaryFiles] }));
    }
    fail(err) {
        this.settle((m) => m.reject(err));
    }
    settle(each) {
        this.ended = true;
        for (const m of this.members.splice(0)) {
            this.release(m);
            each(m);
        }
    }
    drop(m, reason) {
        const at = this.members.indexOf(m);
        if (at === -1)
            return;
        this.members.splice(at, 1);
        this.release(m);
        m.reject(reason);
        if (this.members.length === 0 && !this.ended)
            this.onEmpty(reason);
    }
    release(m) {
        if (m.onAbort)
            m.signal?.removeEventListener('abort', m.onAbort);
    }
}


/***/ }),

/***/ 33206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uT: () => (/* binding */ DIFF_FLAGS),
  tA: () => (/* binding */ scanArgs),
  kE: () => (/* binding */ streamDiff)
});

// UNUSED EXPORTS: MAX_BINARY_BYTES, MAX_HISTORY_COMMITS

// EXTERNAL MODULE: ./src/core/keywords.ts
var keywords = __webpack_require__(50099);
// EXTERNAL MODULE: ./src/change/binaryText.ts
var binaryText = __webpack_require__(41356);
// EXTERNAL MODULE: ./src/change/blobs.ts
var blobs = __webpack_require__(92076);
;// CONCATENATED MODULE: ./src/change/diffParser.ts
const HUNK = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
const ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
/** Undoes git's C-style quoting of unusual paths (`"tab\there"`, octal bytes for non-UTF-8). */
function unquotePath(s) {
    if (!s.startsWith('"') || !s.endsWith('"') || s.length < 2)
        return s;
    const bytes = [];
    const body = s.slice(1, -1);
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c !== '\\') {
            bytes.push(...Buffer.from(c, 'utf8'));
            continue;
        }
        const n = body[++i] ?? '';
        if (/[0-7]/.test(n)) {
            bytes.push(parseInt(body.slice(i, i + 3), 8));
            i += 2;
        }
        else
            bytes.push(ESCAPES[n] ?? n.charCodeAt(0));
    }
    return Buffer.from(bytes).toString('utf8');
}
/** `+++ b/path\t` \u2192 `path`; undefined for /dev/null. */
function sidePath(raw, prefix) {
    // Git ends the name with a TAB when it contains a space (for patch(1)); never part of the name.
    const s = raw.endsWith('\t') ? raw.slice(0, -1) : raw;
    if (s === '/dev/null')
        return undefined;
    const p = unquotePath(s);
    return p.startsWith(prefix) ? p.slice(prefix.length) : p;
}
/** The path of `diff --git a/P b/P` when both sides name the same file (binary files, mode changes). */
function samePathOf(rest) {
    if (rest.startsWith('"')) {
        const m = /^("(?:[^"\\]|\\.)*") ("(?:[^"\\]|\\.)*")$/.exec(rest);
        return m ? sidePath(m[2], 'b/') : undefined;
    }
    const len = (rest.length - 5) / 2;
    if (!Number.isInteger(len) || len < 1)
        return undefined;
    const a = rest.slice(2, 2 + len);
    return rest === `a/${a} b/${a}` ? a : undefined;
}
/** `index <old>..<new>[ <mode>]`: the objects of the two sides (all zeros: none). */
const INDEX = /^index ([0-9a-f]+)\.\.([0-9a-f]+)(?: |$)/;
const NONE = /^0+$/;
const COMMIT = /^commit [0-9a-f]{40,64}$/;
/**
 * Parses `git diff -U0` output line by line and hands added lines, with their number in the
 * head revision, to a visitor. Hunk headers carry exact line counts, so a content line that
 * happens to start with `+++` or `diff --git` is never mistaken for a header.
 */
class DiffParser {
    visitor;
    history;
    files = 0;
    addedLines = 0;
    binaryFiles = [];
    /** The binary files of the head, with their objects (when git named them). */
    binaryObjects = [];
    /** In history mode: the commits begun. */
    commits = 0;
    file;
    oldLeft = 0;
    newLeft = 0;
    next = 0;
    lastAdded = 0;
    /** History mode: `commit <sha>` lines of `git log --format='commit %H' -p` start each commit. */
    constructor(visitor, history = false) {
        this.visitor = visitor;
        this.history = history;
    }
    line(text, piece) {
        if (piece > 0) {
            // The rest of an over-long line; only added lines are worth the pieces.
            if (this.lastAdded > 0 && this.file && !this.file.skip)
                this.visitor.added(this.file.path, this.lastAdded, stripCr(text), piece);
            return;
        }
        if (this.oldLeft > 0 || this.newLeft > 0) {
            const c = text.charCodeAt(0);
            if (c === 43 /* + */) {
                this.newLeft--;
                this.addedLines++;
                this.lastAdded = this.next++;
                if (!this.file.skip)
                    this.visitor.added(this.file.path, this.lastAdded, stripCr(text.slice(1)), 0);
                return;
            }
            this.lastAdded = 0;
            if (c === 45 /* - */)
                this.oldLeft--;
            else if (c === 32 /* space */) {
                this.oldLeft--;
                this.newLeft--;
                this.next++;
            }
            // "\ No newline at end of file" belongs to the line before it.
            return;
        }
        this.lastAdded = 0;
        this.header(text);
    }
    end() {
        this.finishFile();
    }
    /** Inside a hunk, where every line is content: `+`, `-`, ` ` or `\`. */
    get inHunk() {
        return this.oldLeft > 0 || this.newLeft > 0;
    }
    /** The visitor declined the current file: its added lines need not be read. */
    get skipping() {
        return this.file?.skip ?? true;
    }
    /**
     * A content line inside a hunk, told by its first byte alone, that nobody needs to read: counted
     * and numbered as `line` would. Added (`+`), removed (`-`) and context (` `) lines only.
     */
    skip(first) {
        if (first === 43 /* + */) {
            this.newLeft--;
            this.addedLines++;
            this.lastAdded = this.next++;
            return;
        }
        this.lastAdded = 0;
        if (first === 45 /* - */)
            this.oldLeft--;
        else {
            this.oldLeft--;
            this.newLeft--;
            this.next++;
        }
    }
    header(text) {
        if (this.history && COMMIT.test(text)) {
            this.finishFile();
            this.commits++;
            this.visitor.commit?.(text.slice('commit '.length));
            return;
        }
        if (text.startsWith('diff --git ')) {
            this.finishFile();
            const path = samePathOf(text.slice('diff --git '.length));
            this.file = { path, oldPath: path, status: 'M', binary: false, announced: false, skip: false };
            return;
        }
        const f = this.file;
        if (!f)
            return;
        if (text.startsWith('@@')) {
            const m = HUNK.exec(text);
            if (!m)
                return;
            this.announce();
            this.oldLeft = m[1] === undefined ? 1 : Number(m[1]);
            this.newLeft = m[3] === undefined ? 1 : Number(m[3]);
            this.next = Number(m[2]);
            return;
        }
        if (text.startsWith('+++ ')) {
            f.path = sidePath(text.slice(4), 'b/');
            if (f.path === undefined)
                f.status = 'D';
            this.announce();
        }
        else if (text.startsWith('--- ')) {
            f.oldPath = sidePath(text.slice(4), 'a/');
            if (f.oldPath === undefined)
                f.status = 'A';
        }
        else if (text.startsWith('new file mode'))
            f.status = 'A';
        else if (text.startsWith('deleted file mode'))
            f.status = 'D';
        else if (text.startsWith('rename from ')) {
            f.status = 'R';
            f.oldPath = unquotePath(text.slice('rename from '.length));
        }
        else if (text.startsWith('rename to '))
            f.path = unquotePath(text.slice('rename to '.length));
        else if (text.startsWith('copy from ')) {
            f.status = 'C';
            f.oldPath = unquotePath(text.slice('copy from '.length));
        }
        else if (text.startsWith('copy to '))
            f.path = unquotePath(text.slice('copy to '.length));
        else if (text.startsWith('index ')) {
            const m = INDEX.exec(text);
            if (m)
                f.objects = { ...(NONE.test(m[1]) ? {} : { old: m[1] }), new: m[2] };
        }
        else if (text.startsWith('Binary files ')) {
            f.binary = true;
            if (text.endsWith(' and /dev/null differ'))
                f.status = 'D';
        }
    }
    announce() {
        const f = this.file;
        if (f.announced)
            return;
        f.announced = true;
        this.files++;
        if (f.status === 'D')
            f.path = undefined;
        if (f.binary && f.path)
            this.binaryFiles.push(f.path);
        const header = { path: f.path, oldPath: f.oldPath, status: f.status, binary: f.binary };
        if (f.binary && f.path && f.objects && !NONE.test(f.objects.new) && !this.history)
            this.binaryObjects.push({
                ...header,
                path: f.path,
                object: f.objects.new,
                ...(f.objects.old ? { oldObject: f.objects.old } : {}),
            });
        const wanted = this.visitor.file?.(header) !== false;
        f.skip = !wanted || f.path === undefined || f.binary;
    }
    finishFile() {
        if (this.file && !this.file.announced)
            this.announce();
        this.file = undefined;
        this.oldLeft = 0;
        this.newLeft = 0;
    }
}
function stripCr(s) {
    return s.charCodeAt(s.length - 1) === 13 ? s.slice(0, -1) : s;
}

// EXTERNAL MODULE: ./src/change/git.ts
var change_git = __webpack_require__(16352);
// EXTERNAL MODULE: ./src/change/lines.ts
var change_lines = __webpack_require__(73631);
;// CONCATENATED MODULE: ./src/change/stream.ts






const DIFF_FLAGS = [
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '-M',
    '--src-prefix=a/',
    '--dst-prefix=b/',
];
/**
 * Diff read ahead of its scan at most. A file's diff comes in one burst once git has computed it;
 * a few of them are enough for git and the scan to work at once (measured on a 222 MB diff:
 * beyond 2 MiB it makes no difference).
 */
const READ_AHEAD = 4 * 1024 * 1024;
/** `@@ -a,b +c,d @@`: with no context, b lines removed and d added, exactly (a missing count is 1). */
const HUNK_COUNTS = /^@@ -\d+(?:,(\d+))? \+\d+(?:,(\d+))? @@/;
/** A binary file's content read for its text at most; a larger one is named as not read. */
const MAX_BINARY_BYTES = 16 * 1024 * 1024;
/** Binary content one scan reads for text at most, base and head together. */
const MAX_BINARY_TOTAL = 128 * 1024 * 1024;
/**
 * The git arguments of a scan: added lines only, deleted files left out (they hold none); the
 * objects of each file named in full, so a binary file's content can be read by them.
 */
function scanArgs(range, paths) {
    return [
        'diff',
        '-U0',
        '--full-index',
        '--diff-filter=d',
        ...DIFF_FLAGS,
        range.base,
        range.head,
        ...(paths && paths.length ? ['--', ...paths] : []),
    ];
}
/**
 * Streams `git diff -U0` into a visitor: split into lines, parsed, each added line handed over
 * with its number in the head revision. The same code runs on the main thread and on a scan
 * thread. `onFirstChunk` is called when bytes start to flow.
 */
async function streamDiff(args, git, visitor, opts = {}) {
    const parser = new DiffParser(visitor);
    const { lines, bytes, longLines } = await readDiff(args, git, visitor, parser, opts);
    if (visitor.binaryText && parser.binaryObjects.length)
        await binaryTexts(parser.binaryObjects, git, visitor, opts.maxLineBytes);
    const history = opts.history && visitor.history ? await streamHistory(opts.history, git, visitor, opts) : undefined;
    return {
        stats: {
            files: parser.files,
            addedLines: parser.addedLines,
            binaryFiles: parser.binaryFiles,
            bytes,
            longLines,
            ...(history ? { history } : {}),
        },
        lines,
    };
}
/**
 * Bytes of the commits' own diffs a scan reads at most, about the size of the diff that takes
 * `git diff` two seconds here: past it the newest commits have been read, and the check says so
 * rather than running into its timeout on a range of large generated files.
 */
const MAX_HISTORY_BYTES = 256 * 1024 * 1024;
/** The history's read was stopped at its limit of bytes. */
class HistoryLimit extends Error {
}
/**
 * Each commit of the range that is not a merge, read as its own diff (its added lines), newest
 * first, up to `MAX_HISTORY_COMMITS`. Skipped when the range is one commit on top of its base:
 * that commit's diff is the range's, already read.
 */
async function streamHistory(h, git, visitor, opts) {
    const list = await (0,change_git/* runGit */.EO)(['rev-list', '--parents', `${h.base}..${h.head}`], {
        ...git,
        maxBytes: 64 * 1024 * 1024,
    });
    if (list.code !== 0)
        throw new Error(`git rev-list failed: ${list.stderr.trim() || `exit ${list.code}`}`);
    const rows = list.stdout.split('\n').filter(Boolean);
    if (rows.length === 0 || (rows.length === 1 && rows[0] === `${h.head} ${h.base}`))
        return undefined;
    const commits = rows.filter((r) => r.split(' ').length === 2).length;
    const parser = new DiffParser(visitor, true);
    const maxBytes = h.maxBytes ?? MAX_HISTORY_BYTES;
    try {
        await readDiff(historyArgs(h), git, visitor, parser, { ...opts, maxBytes });
    }
    catch (err) {
        if (!(err instanceof HistoryLimit))
            throw err;
        return { commits, read: parser.commits, limited: maxBytes };
    }
    return { commits, read: parser.commits };
}
/** Commits of a range read one by one at most: the newest of a longer range. */
const MAX_HISTORY_COMMITS = 1000;
/** `git log -p` of the range's commits that are not merges, as the scan's diff is read. */
function historyArgs(h) {
    return [
        'log',
        '-p',
        '-U0',
        '--full-index',
        '--no-merges',
        '--diff-filter=d',
        '--format=commit %H',
        `--max-count=${MAX_HISTORY_COMMITS}`,
        ...DIFF_FLAGS,
        `${h.base}..${h.head}`,
        '--',
        ...(h.paths ?? []),
    ];
}
/** git's diff output read into a parser: split into lines, the lines nobody reads left undecoded. */
async function readDiff(args, git, visitor, parser, opts) {
    const lines = { insertions: 0, deletions: 0 };
    let filter = new keywords/* KeywordMatcher */.m([]);
    /**
     * A content line of a hunk is dealt with by its first byte when nobody reads it: removed and
     * context lines, added lines of a skipped file, and added lines that hold none of the
     * visitors' keywords while no visitor wants the next line whatever it holds. Gives the index of
     * the line's end when it was, -1 when the line is to be decoded.
     */
    const undecoded = (chunk, start) => {
        if (!parser.inHunk)
            return -1;
        const c = chunk[start];
        let end;
        if (c === 43 /* + */ && !parser.skipping) {
            if (visitor.wantsNext?.())
                return -1;
            // The walk that looks for keywords finds the line's end too.
            end = filter.lineEnd(chunk, start + 1);
            if (end < 0)
                return -1;
        }
        else if (c === 43 || c === 45 /* - */ || c === 32 /* space */)
            end = chunk.indexOf(10, start);
        else
            return -1;
        parser.skip(c);
        return end;
    };
    const splitter = new change_lines/* LineSplitter */.g3((t, p) => {
        // A bare "@@" starts only a hunk header: every content line starts with + - space or \.
        if (p === 0 && t.charCodeAt(0) === 64 && t.charCodeAt(1) === 64) {
            const m = HUNK_COUNTS.exec(t);
            if (m) {
                lines.deletions += m[1] === undefined ? 1 : Number(m[1]);
                lines.insertions += m[2] === undefined ? 1 : Number(m[2]);
            }
        }
        parser.line(t, p);
    }, opts.maxLineBytes);
    let bytes = 0;
    let first = () => {
        opts.onFirstChunk?.();
        // Decided when the first bytes come, once every visitor that shares the stream has joined.
        const words = visitor.keywords;
        if (words) {
            filter = new keywords/* KeywordMatcher */.m(words);
            splitter.undecoded = undecoded;
        }
    };
    // Read ahead of the scan (up to READ_AHEAD): git computes the next file's diff while the last
    // one's lines are scanned, and the event loop turns between every 64 KiB handed over.
    const res = await (0,change_git/* streamGit */.t1)(args, git, (chunk) => {
        if (first) {
            first();
            first = undefined;
        }
        bytes += chunk.length;
        // Stops git; what was read so far has been handed over.
        if (opts.maxBytes !== undefined && bytes > opts.maxBytes)
            throw new HistoryLimit();
        splitter.push(chunk);
    }, READ_AHEAD);
    if (res.code !== 0 || res.stopped)
        throw new Error(`git ${args[0]} failed: ${res.stopped ?? (res.stderr || `exit ${res.code}`)}`);
    splitter.end();
    parser.end();
    return { lines, bytes, longLines: splitter.longLines };
}
/** Rounded up: a file one byte over the limit reads as over it, not as the limit (formatBytes). */
const mib = (bytes) => `${Math.ceil(bytes / (1024 * 1024))} MiB`;
/**
 * The text each binary file gained, handed to the visitor as that file's added lines: the runs of
 * text of its content at head that its content at base did not hold. Read through one
 * `git cat-file --batch`, by the objects the diff named; a file over `MAX_BINARY_BYTES`, or past
 * what a scan reads in all, is reported to the visitor as not read. A run longer than a line may
 * be comes in overlapping pieces, as a long line of the diff does.
 */
async function binaryTexts(files, git, visitor, maxLine) {
    const reader = new blobs/* BlobReader */.n(git);
    let total = 0;
    try {
        for (const f of files) {
            const header = { path: f.path, oldPath: f.oldPath, status: f.status, binary: true, binaryText: true };
            if (visitor.file?.(header) === false)
                continue;
            if (total >= MAX_BINARY_TOTAL) {
                visitor.unread?.(f.path, `past the ${mib(MAX_BINARY_TOTAL)} of binary content a scan reads`);
                continue;
            }
            const head = await reader.bytes(f.object, MAX_BINARY_BYTES, git.signal);
            if (!head?.bytes) {
                visitor.unread?.(f.path, head
                    ? `${mib(head.size)}, over the ${mib(MAX_BINARY_BYTES)} read of a binary file`
                    : 'its content is not in the repository');
                continue;
            }
            total += head.bytes.length;
            const lines = (0,binaryText/* binaryTextLines */.Y)(head.bytes);
            if (lines.length === 0)
                continue;
            let before;
            if (f.oldObject) {
                // Unread, the base holds nothing: every run of the head counts as added.
                const base = await reader.bytes(f.oldObject, MAX_BINARY_BYTES, git.signal);
                if (base?.bytes) {
                    total += base.bytes.length;
                    before = (0,binaryText/* binaryTextLines */.Y)(base.bytes).map((l) => l.text);
                }
            }
            const fresh = (0,binaryText/* gained */.B)(lines.map((l) => l.text), before);
            for (const [i, { line, text }] of lines.entries())
                if (fresh.has(i))
                    (0,change_lines/* linePieces */.c3)(text, maxLine).forEach((piece, n) => visitor.added(f.path, line, piece, n));
        }
    }
    finally {
        reader.close();
    }
}


/***/ }),

/***/ 42330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ ThreadBatch),
/* harmony export */   b: () => (/* binding */ serveScanThread)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _adapters_threads_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52353);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35371);
/* harmony import */ var _stream_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33206);




/** After the last visitor stops, how long a thread has to end git and itself before it is ended. */
const STOP_GRACE_MS = 2000;
/**
 * The visitors of one scan thread: those asked for in the same turn of the event loop (checks
 * that start together) share one thread and one git stream, as scans on the main thread share one.
 */
class ThreadBatch {
    job;
    members = [];
    worker;
    live = 0;
    constructor(job) {
        this.job = job;
        // Its failure reaches the visitors when the thread starts; a thread never started drops it.
        Promise.resolve(job.git).catch(() => undefined);
    }
    /** Open while nothing has started: a visitor added later belongs in a new batch. */
    get open() {
        return this.worker === undefined;
    }
    add(visitor, onEvent, signal) {
        return new Promise((resolve, reject) => {
            if (!this.open)
                throw new Error('this scan thread has started');
            if (signal?.aborted) {
                reject((0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .abortReason */ .Js)(signal));
                return;
            }
            const m = { visitor, onEvent, resolve, reject, settled: false, ...(signal ? { signal } : {}) };
            const i = this.members.length;
            if (signal) {
                m.onAbort = () => {
                    this.worker?.postMessage({ t: 'stop', i });
                    this.settle(m, () => m.reject((0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .abortReason */ .Js)(signal)));
                };
                signal.addEventListener('abort', m.onAbort, { once: true });
            }
            this.members.push(m);
            this.live++;
        });
    }
    /** Starts the thread with every visitor added so far. */
    start() {
        if (!(0,_adapters_threads_js__WEBPACK_IMPORTED_MODULE_1__/* .threadsEnabled */ .Pi)()) {
            this.failAll(new Error('scan threads are not enabled'));
            return;
        }
        const alive = this.members.filter((m) => !m.settled);
        if (alive.length === 0)
            return;
        const { git, ...rest } = this.job;
        const start = { ...rest, visitors: this.members.map((m) => m.visitor) };
        const worker = (0,_adapters_threads_js__WEBPACK_IMPORTED_MODULE_1__/* .startThread */ .BR)('scanThread', start);
        this.worker = worker;
        // Visitors stopped before the thread existed.
        this.members.forEach((m, i) => {
            if (m.settled)
                worker.postMessage({ t: 'stop', i });
        });
        worker.on('message', (msg) => this.receive(msg));
        worker.on('error', (err) => this.failAll(err));
        worker.on('exit', (code) => this.failAll(new Error(`the scan thread ended (exit ${code}) before the diff was read`)));
        Promise.resolve(git).then((g) => worker.postMessage({ t: 'go', git: g }), (err) => {
            this.failAll(err);
            void worker.terminate();
        });
    }
    receive(msg) {
        if (msg.t === 'end') {
            for (const m of this.members)
                if (m.done && !m.settled) {
                    const { stats, result } = m.done;
                    this.settle(m, () => m.resolve({ stats, result, lines: msg.lines ?? { insertions: 0, deletions: 0 } }));
                }
            return;
        }
        const m = this.members[msg.i];
        if (!m || m.settled)
            return;
        if (msg.t === 'event') {
            try {
                m.onEvent(msg.e);
            }
            catch (err) {
                this.worker?.postMessage({ t: 'stop', i: msg.i });
                this.settle(m, () => m.reject(err));
            }
        }
        else if (msg.t === 'done')
            m.done = { stats: msg.stats, result: msg.result };
        else
            this.settle(m, () => m.reject(new Error(msg.message)));
    }
    failAll(err) {
        for (const m of this.members)
            if (!m.settled)
                this.settle(m, () => m.reject(err));
    }
    settle(m, fn) {
        m.settled = true;
        if (m.onAbort)
            m.signal?.removeEventListener('abort', m.onAbort);
        fn();
        if (--this.live === 0 && this.worker) {
            const worker = this.worker;
            // Its git is being killed or has ended; the process need not wait for the thread.
            worker.unref();
            setTimeout(() => void worker.terminate(), STOP_GRACE_MS).unref();
        }
    }
}
/** The thread's side: builds the visitors named by the job, streams the diff into them, reports. */
async function serveScanThread(factories) {
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort;
    if (!port)
        throw new Error('not a scan thread');
    const job = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData;
    const post = (m) => port.postMessage(m);
    const stops = job.visitors.map(() => new AbortController());
    let go;
    const diffGit = new Promise((resolve) => (go = resolve));
    port.on('message', (m) => {
        if (m?.t === 'stop')
            stops[m.i]?.abort(new Error('stopped'));
        else if (m?.t === 'go')
            go(m.git);
    });
    const stop = new AbortController();
    const fan = new _shared_js__WEBPACK_IMPORTED_MODULE_3__/* .DiffFanOut */ .Td((reason) => stop.abort(reason));
    const joined = [];
    try {
        for (const [i, v] of job.visitors.entries()) {
            if (stops[i].signal.aborted)
                continue;
            try {
                if (!Object.hasOwn(factories, v.kind))
                    throw new Error(`no scan named "${v.kind}"`);
                const run = (await factories[v.kind]())(v.options, (e) => post({ t: 'event', i, e }));
                joined.push(fan.join(run.visitor, stops[i].signal).then((stats) => post({ t: 'done', i, stats, result: run.finish() }), (err) => post({ t: 'fail', i, message: err.message })));
            }
            catch (err) {
                post({ t: 'fail', i, message: err.message });
            }
        }
        let lines;
        if (joined.length) {
            try {
                const { args, cwd, env, history } = await (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .abortable */ .ZC)(diffGit, stop.signal);
                const git = { cwd, env, signal: stop.signal };
                const out = await (0,_stream_js__WEBPACK_IMPORTED_MODULE_2__/* .streamDiff */ .kE)(args, git, fan, {
                    ...(job.maxLineBytes !== undefined ? { maxLineBytes: job.maxLineBytes } : {}),
                    ...(history ? { history } : {}),
                });
                lines = out.lines;
                fan.finish(out.stats);
            }
            catch (err) {
                fan.fail(err);
            }
            await Promise.all(joined);
        }
        post({ t: 'end', ...(lines ? { lines } : {}) });
    }
    finally {
        port.close();
    }
}


/***/ })

};
