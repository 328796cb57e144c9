import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 89833:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E3: () => (/* binding */ killAllNow),
/* harmony export */   Ed: () => (/* binding */ markedEnv),
/* harmony export */   XV: () => (/* binding */ newTree),
/* harmony export */   _r: () => (/* binding */ release),
/* harmony export */   dA: () => (/* binding */ stopTree)
/* harmony export */ });
/* unused harmony exports RUN_MARKER, TERM_GRACE_MS, markedPids */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Every process the gate starts, and every process those start, ends with the run that started
 * it. A process group alone does not hold them: `setsid`, `nohup … &` in a subshell or a double
 * fork leave the group. So each run also marks its child with an environment variable that
 * descendants inherit through all of those, and at the end everything that carries the mark is
 * stopped — found through /proc on Linux; elsewhere the process group is all there is.
 */
/** The variable that marks a run's processes: comma-separated ids, so a gate run by a gate keeps both. */
const RUN_MARKER = 'PROMOTION_GATE_RUN';
/** Time a process gets to exit after SIGTERM before it is killed. */
const TERM_GRACE_MS = 2000;
const POLL_MS = 50;
/** A process may fork between the scan and the kill: scan and kill again, this many times at most. */
const KILL_ROUNDS = 5;
const running = new Set();
let exitHook = false;
/** A tree for a run about to start, tracked until `release`. */
function newTree() {
    const tree = { marker: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString('hex') };
    running.add(tree);
    if (!exitHook) {
        // Whatever ends this process (a second Ctrl-C, an uncaught error), no run outlives it.
        process.on('exit', killAllNow);
        exitHook = true;
    }
    return tree;
}
function release(tree) {
    running.delete(tree);
}
/** The environment for a run's main process: the given one plus the tree's mark. */
function markedEnv(env, tree) {
    const outer = env[RUN_MARKER];
    return { ...env, [RUN_MARKER]: outer ? `${outer},${tree.marker}` : tree.marker };
}
function carries(environ, marker) {
    const prefix = `${RUN_MARKER}=`;
    for (const entry of environ.toString('latin1').split('\0')) {
        if (entry.startsWith(prefix) && entry.slice(prefix.length).split(',').includes(marker))
            return true;
    }
    return false;
}
/**
 * Pids of the live processes that carry the tree's mark (Linux). A process that has exited but
 * not been reaped shows an empty environment, so it does not count.
 */
function markedPids(tree) {
    if (process.platform !== 'linux')
        return [];
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)('/proc');
    }
    catch {
        return [];
    }
    const pids = [];
    for (const name of names) {
        if (!/^\d+$/.test(name) || Number(name) === process.pid)
            continue;
        try {
            if (carries((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(`/proc/${name}/environ`), tree.marker))
                pids.push(Number(name));
        }
        catch {
            /* gone, or not ours to read */
        }
    }
    return pids;
}
function send(pid, sig) {
    try {
        process.kill(pid, sig);
    }
    catch {
        /* already gone */
    }
}
/** Signals the tree's process group and every marked process; returns how many were marked. */
function signalTree(tree, sig) {
    const marked = markedPids(tree);
    if (tree.pid)
        send(process.platform === 'win32' ? tree.pid : -tree.pid, sig);
    for (const pid of marked)
        send(pid, sig);
    return marked.length;
}
function groupAlive(tree) {
    if (!tree.pid || process.platform === 'win32')
        return false;
    try {
        process.kill(-tree.pid, 0);
        return true;
    }
    catch {
        return false;
    }
}
/** Whether anything of the tree still runs: on Linux the marked processes, elsewhere the group. */
function alive(tree) {
    return process.platform === 'linux' ? markedPids(tree).length > 0 : groupAlive(tree);
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Stops what is left of the tree: SIGTERM, up to `graceMs` to exit, then SIGKILL until nothing
 * carries the mark. Resolves when the tree is gone; returns how many processes were found running.
 */
async function stopTree(tree, graceMs = TERM_GRACE_MS) {
    const found = signalTree(tree, 'SIGTERM');
    const until = performance.now() + graceMs;
    while (alive(tree) && performance.now() < until)
        await sleep(POLL_MS);
    for (let i = 0; i < KILL_ROUNDS && alive(tree); i++) {
        signalTree(tree, 'SIGKILL');
        await sleep(POLL_MS);
    }
    return found;
}
/**
 * Kills every process of every run still tracked, at once and synchronously: for a process that
 * is about to exit and cannot wait for a grace period.
 */
function killAllNow() {
    for (const tree of running) {
        for (let i = 0; i < KILL_ROUNDS; i++)
            if (signalTree(tree, 'SIGKILL') === 0)
                break;
    }
}


/***/ }),

/***/ 16352:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EO: () => (/* binding */ runGit),
/* harmony export */   QE: () => (/* binding */ gitOrThrow),
/* harmony export */   aM: () => (/* binding */ FIXED_CONFIG),
/* harmony export */   gE: () => (/* binding */ gitEnv),
/* harmony export */   t1: () => (/* binding */ streamGit)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

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
/**
 * Runs git and hands stdout to `onData` as it arrives. Resolves with the exit code and stderr
 * (bounded). Aborting or the timeout kills git.
 */
function streamGit(args, opts, onData) {
    return new Promise((resolve, reject) => {
        if (opts.signal?.aborted) {
            reject(opts.signal.reason instanceof Error ? opts.signal.reason : new Error('aborted'));
            return;
        }
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', [...FIXED_CONFIG, ...args], {
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
        const stop = (why) => {
            stopped ??= why;
            child.kill('SIGKILL');
        };
        const onAbort = () => stop('aborted');
        opts.signal?.addEventListener('abort', onAbort, { once: true });
        const timer = opts.timeoutMs
            ? setTimeout(() => stop(`timed out after ${opts.timeoutMs} ms`), opts.timeoutMs)
            : undefined;
        timer?.unref();
        child.stdout.on('data', (c) => {
            if (failure)
                return;
            try {
                onData(c);
            }
            catch (err) {
                failure = err;
                stop('consumer failed');
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
            opts.signal?.removeEventListener('abort', onAbort);
            if (timer)
                clearTimeout(timer);
            if (failure)
                reject(failure);
            else if (stopped === 'aborted')
                reject(opts.signal?.reason instanceof Error ? opts.signal.reason : new Error('aborted'));
            else
                resolve({ code, stderr: stderr.trim(), ...(stopped ? { stopped } : {}) });
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

/***/ 73631:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ LineSplitter)
/* harmony export */ });
/**
 * Splits a byte stream into lines on "\n" only (a lone "\r" is content, unlike node:readline,
 * which would split a diff line in two and desynchronise the hunk counts). Complete lines of a
 * chunk are decoded in one go, which is several times faster than a decode per line.
 *
 * A line longer than `maxLine` bytes (minified bundles, data blobs) is never held whole: it is
 * handed out in pieces of `maxLine` bytes that overlap by `overlap` bytes, so a match that spans
 * a cut is still seen in one piece. Memory stays bounded by maxLine + one chunk.
 */
class LineSplitter {
    onLine;
    maxLine;
    overlap;
    pending = [];
    pendingBytes = 0;
    piece = 0;
    longLines = 0;
    constructor(onLine, maxLine = 1024 * 1024, overlap = 4096) {
        this.onLine = onLine;
        this.maxLine = maxLine;
        this.overlap = overlap;
    }
    /**
     * When set, asked of each line that ends in the chunk it starts in, as bytes [start, end): true
     * when it was dealt with undecoded (nobody reads it), so it is not handed to `onLine`.
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
                const nl = chunk.indexOf(10, at);
                if (!this.undecoded(chunk, at, nl))
                    this.emit(chunk.toString('utf8', at, nl));
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Js: () => (/* binding */ abortReason),
/* harmony export */   Td: () => (/* binding */ DiffFanOut),
/* harmony export */   Y4: () => (/* binding */ SharedRuns)
/* harmony export */ });
/**
 * Work on the change that several checks ask for at once — the same file list, the same diff —
 * done once and handed to each of them. A caller that gives up (its check timed out) only stops
 * waiting; the work itself stops when nobody waits for it any more.
 */
function abortReason(signal) {
    return signal.reason instanceof Error ? signal.reason : new Error('aborted');
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  uT: () => (/* binding */ DIFF_FLAGS),
  tA: () => (/* binding */ scanArgs),
  kE: () => (/* binding */ streamDiff)
});

// EXTERNAL MODULE: ./src/core/keywords.ts
var keywords = __nccwpck_require__(50099);
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
/** `+++ b/path\t` → `path`; undefined for /dev/null. */
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
/**
 * Parses `git diff -U0` output line by line and hands added lines, with their number in the
 * head revision, to a visitor. Hunk headers carry exact line counts, so a content line that
 * happens to start with `+++` or `diff --git` is never mistaken for a header.
 */
class DiffParser {
    visitor;
    files = 0;
    addedLines = 0;
    binaryFiles = [];
    file;
    oldLeft = 0;
    newLeft = 0;
    next = 0;
    lastAdded = 0;
    constructor(visitor) {
        this.visitor = visitor;
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
var change_git = __nccwpck_require__(16352);
// EXTERNAL MODULE: ./src/change/lines.ts
var change_lines = __nccwpck_require__(73631);
;// CONCATENATED MODULE: ./src/change/stream.ts




const DIFF_FLAGS = [
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '-M',
    '--src-prefix=a/',
    '--dst-prefix=b/',
];
/** `@@ -a,b +c,d @@`: with no context, b lines removed and d added, exactly (a missing count is 1). */
const HUNK_COUNTS = /^@@ -\d+(?:,(\d+))? \+\d+(?:,(\d+))? @@/;
/** The git arguments of a scan: added lines only, deleted files left out (they hold none). */
function scanArgs(range, paths) {
    return [
        'diff',
        '-U0',
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
    const lines = { insertions: 0, deletions: 0 };
    const parser = new DiffParser(visitor);
    let filter = new keywords/* KeywordMatcher */.m([]);
    /**
     * A content line of a hunk is dealt with by its first byte when nobody reads it: removed and
     * context lines, added lines of a skipped file, and added lines that hold none of the
     * visitors' keywords while no visitor wants the next line whatever it holds.
     */
    const undecoded = (chunk, start, end) => {
        if (!parser.inHunk)
            return false;
        const c = chunk[start];
        if (c === 43 /* + */) {
            if (!parser.skipping && (visitor.wantsNext?.() || filter.anyIn(chunk, start + 1, end)))
                return false;
        }
        else if (c !== 45 /* - */ && c !== 32 /* space */)
            return false;
        parser.skip(c);
        return true;
    };
    const splitter = new change_lines/* LineSplitter */.g((t, p) => {
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
    // Read a pipe's worth at a time: git keeps writing while a chunk is scanned, and the event loop
    // turns between reads.
    const res = await (0,change_git/* streamGit */.t1)(args, git, (chunk) => {
        if (first) {
            first();
            first = undefined;
        }
        bytes += chunk.length;
        splitter.push(chunk);
    });
    if (res.code !== 0 || res.stopped)
        throw new Error(`git diff failed: ${res.stopped ?? (res.stderr || `exit ${res.code}`)}`);
    splitter.end();
    parser.end();
    return {
        stats: {
            files: parser.files,
            addedLines: parser.addedLines,
            binaryFiles: parser.binaryFiles,
            bytes,
            longLines: splitter.longLines,
        },
        lines,
    };
}


/***/ }),

/***/ 42330:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X_: () => (/* binding */ ThreadBatch),
/* harmony export */   _x: () => (/* binding */ scanThreadsEnabled),
/* harmony export */   bR: () => (/* binding */ serveScanThread),
/* harmony export */   m2: () => (/* binding */ enableScanThreads)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(35371);
/* harmony import */ var _stream_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(33206);



/**
 * Scan threads: a diff scan that burns CPU for seconds (the secrets scan of a large change) runs
 * on a worker thread that starts its own git and sends back nothing but events and results, so
 * the main thread stays free for the other checks and every check's timeout fires on time.
 *
 * A thread loads the bundle the process runs from (its URL given by the entry at start-up) and
 * builds each visitor by name from plain options. Running from the TypeScript sources there is
 * no such bundle, and scans stay on the main thread.
 */
let bundleUrl;
/** Called by the entry with the URL of the bundle that serves scan threads (undefined: none). */
function enableScanThreads(url) {
    bundleUrl = url;
}
function scanThreadsEnabled() {
    return bundleUrl !== undefined;
}
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
                reject((0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .abortReason */ .Js)(signal));
                return;
            }
            const m = { visitor, onEvent, resolve, reject, settled: false, ...(signal ? { signal } : {}) };
            const i = this.members.length;
            if (signal) {
                m.onAbort = () => {
                    this.worker?.postMessage({ t: 'stop', i });
                    this.settle(m, () => m.reject((0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .abortReason */ .Js)(signal)));
                };
                signal.addEventListener('abort', m.onAbort, { once: true });
            }
            this.members.push(m);
            this.live++;
        });
    }
    /** Starts the thread with every visitor added so far. */
    start() {
        if (!bundleUrl) {
            this.failAll(new Error('scan threads are not enabled'));
            return;
        }
        const alive = this.members.filter((m) => !m.settled);
        if (alive.length === 0)
            return;
        const job = { ...this.job, visitors: this.members.map((m) => m.visitor) };
        const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(`import(${JSON.stringify(bundleUrl)}).then((m) => m.scanThread());`, {
            eval: true,
            workerData: job,
            // Nothing a thread prints may interleave with the main thread's output.
            stdout: true,
            stderr: true,
        });
        this.worker = worker;
        // Visitors stopped before the thread existed.
        this.members.forEach((m, i) => {
            if (m.settled)
                worker.postMessage({ t: 'stop', i });
        });
        worker.on('message', (msg) => this.receive(msg));
        worker.on('error', (err) => this.failAll(err));
        worker.on('exit', (code) => this.failAll(new Error(`the scan thread ended (exit ${code}) before the diff was read`)));
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
    port.on('message', (m) => {
        if (m?.t === 'stop')
            stops[m.i]?.abort(new Error('stopped'));
    });
    const stop = new AbortController();
    const fan = new _shared_js__WEBPACK_IMPORTED_MODULE_2__/* .DiffFanOut */ .Td((reason) => stop.abort(reason));
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
            const git = { cwd: job.cwd, env: job.env, signal: stop.signal };
            try {
                const out = await (0,_stream_js__WEBPACK_IMPORTED_MODULE_1__/* .streamDiff */ .kE)(job.args, git, fan, {
                    ...(job.maxLineBytes !== undefined ? { maxLineBytes: job.maxLineBytes } : {}),
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


/***/ }),

/***/ 50099:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ KeywordMatcher)
/* harmony export */ });
/**
 * Finds many ASCII keywords in a line at once, ignoring case: an Aho–Corasick automaton compiled
 * to a dense transition table. One table lookup per character; measured about 5× faster than a
 * case-insensitive regex alternation of the same keywords, which is what lets the secret scan
 * keep pace with `git diff` on large diffs.
 */
class KeywordMatcher {
    words;
    /** Character class per byte value; every non-ASCII byte is class 0, like no keyword character. */
    classes = new Uint8Array(256);
    /** log2 of the row width of `delta` (rows are a power of two wide: a shift, not a multiply). */
    shift;
    delta;
    /** 1 for states where some keyword ends: the only ones the scan loop looks further into. */
    final;
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
        this.final = Uint8Array.from(out, (o) => (o.length ? 1 : 0));
    }
    /** Fills `found` with [keyword index, index after its last character]…; returns the pair count. */
    find(text) {
        const { classes, delta, shift, final } = this;
        let s = 0;
        let hit = false;
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            s = delta[(s << shift) | (c < 128 ? classes[c] : 0)];
            if (final[s] === 1) {
                if (!hit) {
                    hit = true;
                    this.found.length = 0;
                }
                for (const w of this.outputs[s])
                    this.found.push(w, i + 1);
            }
        }
        if (!hit)
            return 0;
        return this.found.length / 2;
    }
    /**
     * Whether the bytes [start, end) of UTF-8 text hold any keyword: the same answer as `find` on
     * their decoded text (keywords are ASCII, and no byte of a multi-byte character is one), without
     * decoding them. Lets a caller skip the lines that hold none at the cost of one table lookup a byte.
     */
    anyIn(bytes, start, end) {
        const { classes, delta, shift, final } = this;
        let s = 0;
        for (let i = start; i < end; i++) {
            s = delta[(s << shift) | classes[bytes[i]]];
            if (final[s] === 1)
                return true;
        }
        return false;
    }
}


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 73339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 58500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 88532:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $W: () => (/* binding */ config),
/* harmony export */   GT: () => (/* binding */ $ZodAsyncError),
/* harmony export */   cV: () => (/* binding */ $ZodEncodeError),
/* harmony export */   cr: () => (/* binding */ globalConfig),
/* harmony export */   xI: () => (/* binding */ $constructor)
/* harmony export */ });
/* unused harmony exports NEVER, $brand */
/* harmony import */ var _util_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(54723);
var _a;

/** A special constant with type `never` */
const NEVER = /*@__PURE__*/ Object.freeze({
    status: "aborted",
});
/* Shared descriptor for installing `_zod`; defineProperty reads it
 * synchronously, so reusing one object avoids a per-instance allocation. */
const _zodDesc = { value: undefined, enumerable: false };
// null where suppressing the capture would be unrecoverable: `parse()` puts the frames back with `captureStackTrace`, so without it the throw would lose its stack. also latched to null once `stackTraceLimit` proves unassignable, which a realm can do at any point by hardening Error
let _E = "captureStackTrace" in Error ? Error : null;
// v8 captures a stack trace inside the Error constructor, which dominates a failed parse; costs only the frames, and parse() restores those. the constructor must RUN: Object.create is cheaper and passes instanceof, but Error.isError and util.types.isNativeError check an internal slot
function newError(Definition) {
    const E = _E;
    if (E) {
        const saved = E.stackTraceLimit;
        if (typeof saved === "number") {
            try {
                E.stackTraceLimit = 0;
            }
            catch {
                _E = null;
                return new Definition();
            }
            try {
                return new Definition();
            }
            finally {
                E.stackTraceLimit = saved;
            }
        }
    }
    return new Definition();
}
function $constructor(name, initializer, 
/** This trait's members, installed once on every prototype that composes it. They cannot be declared in the initializer above: that runs per instance, and the prototype is shared. */
proto, params) {
    // Prototype for this constructor's `_zod` internals. Lazily-derived fields (`values`, `pattern`, `optin`, …) install here once rather than as an accessor on every instance.
    const zodProto = {};
    // Assigning the fields in the constructor body is what gives instances in-object slots; building the object literally and reparenting it costs a second allocation and a generic property copy.
    function Internals(def) {
        this.def = def;
        this.constr = _;
        this.traits = new Set();
    }
    Internals.prototype = zodProto;
    const protoMembers = proto;
    // One trait's members land on every prototype whose chain composes it, so the answer is per prototype rather than per trait.
    const initialized = protoMembers && new WeakSet();
    function init(inst, def) {
        if (!inst._zod) {
            _zodDesc.value = new Internals(def);
            try {
                Object.defineProperty(inst, "_zod", _zodDesc);
            }
            finally {
                // Cleared even on throw, so the shared descriptor never leaks one instance's internals into the next.
                _zodDesc.value = undefined;
            }
        }
        else if (inst._zod.traits.has(name)) {
            return;
        }
        inst._zod.traits.add(name);
        initializer(inst, def);
        if (initialized) {
            // `super(def)` from a user subclass gives `this` a prototype the subclass owns, and installing there would overwrite whatever the subclass declared. `constr` built the instance, so its prototype is the one below the subclass's that should carry the members. A receiver whose chain never reaches that prototype installs on its own, which for a plain object handed straight to `init` means `Object.prototype` — unchanged from before.
            const own = Object.getPrototypeOf(inst);
            const ctorProto = inst._zod.constr.prototype;
            let up = own;
            while (up && up !== ctorProto)
                up = Object.getPrototypeOf(up);
            const target = up ?? own;
            if (!initialized.has(target)) {
                initialized.add(target);
                (0,_util_js__WEBPACK_IMPORTED_MODULE_0__/* .members */ .ol)(target, protoMembers);
            }
        }
        // support prototype modifications; for-in avoids the array allocation of Object.keys on the (usually empty) prototype
        const proto = _.prototype;
        for (const k in proto) {
            if (!Object.prototype.hasOwnProperty.call(proto, k))
                continue;
            if (!(k in inst)) {
                inst[k] = proto[k].bind(inst);
            }
        }
    }
    // doesn't work if Parent has a constructor with arguments
    const Parent = params?.Parent ?? Object;
    class Definition extends Parent {
    }
    Object.defineProperty(Definition, "name", { value: name });
    function _(def) {
        const inst = params?.Parent ? newError(Definition) : this;
        init(inst, def);
        const deferred = inst._zod.deferred;
        if (deferred) {
            for (const fn of deferred) {
                fn();
            }
            // Released: initializers run once, and the list would otherwise be retained for the schema's lifetime.
            inst._zod.deferred = undefined;
        }
        // Global post-processor hook. Internal: installed by `import "zod/compile"` to enable AOT compilation for every constructed schema. Runs last, once the instance is fully built, because it hands the instance to compile(). The post-processor is expected to be reentrancy-guarded by its own implementation.
        const pp = globalThis.__zod_globalConfig?.postProcessor;
        if (pp)
            pp(inst);
        return inst;
    }
    Object.defineProperty(_, "init", { value: init });
    Object.defineProperty(_, Symbol.hasInstance, {
        value: (inst) => {
            if (params?.Parent && inst instanceof params.Parent)
                return true;
            return inst?._zod?.traits?.has(name);
        },
    });
    Object.defineProperty(_, "name", { value: name });
    return _;
}
//////////////////////////////   UTILITIES   ///////////////////////////////////////
const $brand = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("zod_brand")));
class $ZodAsyncError extends Error {
    constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
    }
}
class $ZodEncodeError extends Error {
    constructor(name) {
        super(`Encountered unidirectional transform during encode: ${name}`);
        this.name = "ZodEncodeError";
    }
}
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
const globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
    if (newConfig)
        Object.assign(globalConfig, newConfig);
    return globalConfig;
}


/***/ }),

/***/ 54723:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A2: () => (/* binding */ normalizeParams),
/* harmony export */   B7: () => (/* binding */ stringifyPrimitive),
/* harmony export */   GW: () => (/* binding */ parsedType),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   LG: () => (/* binding */ floatSafeRemainder),
/* harmony export */   MO: () => (/* binding */ rawShape),
/* harmony export */   NM: () => (/* binding */ optionalKeys),
/* harmony export */   NR: () => (/* binding */ BIGINT_FORMAT_RANGES),
/* harmony export */   O7: () => (/* binding */ codePointLength),
/* harmony export */   OH: () => (/* binding */ partial),
/* harmony export */   PO: () => (/* binding */ cached),
/* harmony export */   QH: () => (/* binding */ aborted),
/* harmony export */   Qd: () => (/* binding */ isPlainObject),
/* harmony export */   Rc: () => (/* binding */ getLengthableOrigin),
/* harmony export */   SS: () => (/* binding */ constantCatch),
/* harmony export */   UQ: () => (/* binding */ esc),
/* harmony export */   Up: () => (/* binding */ pick),
/* harmony export */   Vy: () => (/* binding */ assignProp),
/* harmony export */   W0: () => (/* binding */ safeExtend),
/* harmony export */   X: () => (/* binding */ installLazyProp),
/* harmony export */   X$: () => (/* binding */ extend),
/* harmony export */   Yv: () => (/* binding */ slugify),
/* harmony export */   cJ: () => (/* binding */ omit),
/* harmony export */   cl: () => (/* binding */ nullish),
/* harmony export */   d3: () => (/* binding */ attachSchema),
/* harmony export */   gx: () => (/* binding */ captureStackTrace),
/* harmony export */   h1: () => (/* binding */ merge),
/* harmony export */   hI: () => (/* binding */ allowsEval),
/* harmony export */   hi: () => (/* binding */ sizeCaps),
/* harmony export */   iR: () => (/* binding */ finalizeIssue),
/* harmony export */   jD: () => (/* binding */ hide),
/* harmony export */   jw: () => (/* binding */ joinValues),
/* harmony export */   k8: () => (/* binding */ jsonStringifyReplacer),
/* harmony export */   lQ: () => (/* binding */ prefixIssues),
/* harmony export */   mw: () => (/* binding */ required),
/* harmony export */   o8: () => (/* binding */ clone),
/* harmony export */   ol: () => (/* binding */ members),
/* harmony export */   p6: () => (/* binding */ cleanRegex),
/* harmony export */   qQ: () => (/* binding */ propertyKeyTypes),
/* harmony export */   qh: () => (/* binding */ own),
/* harmony export */   rL: () => (/* binding */ explicitlyAborted),
/* harmony export */   sD: () => (/* binding */ escapeRegex),
/* harmony export */   sn: () => (/* binding */ issue),
/* harmony export */   un: () => (/* binding */ derived),
/* harmony export */   v5: () => (/* binding */ defineLazyInternal),
/* harmony export */   w5: () => (/* binding */ getEnumValues),
/* harmony export */   yG: () => (/* binding */ shallowClone),
/* harmony export */   zH: () => (/* binding */ NUMBER_FORMAT_RANGES),
/* harmony export */   zM: () => (/* binding */ mergeDefs)
/* harmony export */ });
/* unused harmony exports assertEqual, assertNotEqual, toZod, assertIs, assertNever, assert, defineLazy, objectClone, cloneDef, getElementAtPath, promiseAllObject, randomString, numKeys, getParsedType, primitiveTypes, createTransparentProxy, unwrapMessage, getSizableOrigin, cleanEnum, base64ToUint8Array, uint8ArrayToBase64, base64urlToUint8Array, uint8ArrayToBase64url, hexToUint8Array, uint8ArrayToHex, Class, CONSTANT_CATCH */
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(88532);

// functions
function assertEqual(val) {
    return val;
}
function assertNotEqual(val) {
    return val;
}
function toZod() {
    return (schema) => schema;
}
function assertIs(_arg) { }
function assertNever(_x) {
    throw new Error("Unexpected value in exhaustive check");
}
function assert(_) { }
function getEnumValues(entries) {
    const numericValues = Object.values(entries).filter((v) => typeof v === "number");
    const values = Object.entries(entries)
        .filter(([k, _]) => numericValues.indexOf(+k) === -1)
        .map(([_, v]) => v);
    return values;
}
function joinValues(array, separator = "|") {
    return array.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
    if (typeof value === "bigint")
        return value.toString();
    return value;
}
// the accessor lives on a shared prototype: an own accessor makes every box a dictionary-mode object (~360 B and a slow load per read against ~100 B and an inlined getter here)
class Cached {
    constructor(getter) {
        this._getter = getter;
        this._value = undefined;
    }
    get value() {
        const getter = this._getter;
        if (getter !== undefined) {
            this._value = getter();
            this._getter = undefined;
        }
        return this._value;
    }
}
function cached(getter) {
    return new Cached(getter);
}
function nullish(input) {
    return input === null || input === undefined;
}
function cleanRegex(source) {
    const start = source.startsWith("^") ? 1 : 0;
    const end = source.endsWith("$") ? source.length - 1 : source.length;
    return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
    const ratio = val / step;
    const roundedRatio = Math.round(ratio);
    // `val` and `step` each round to a double before the division rounds again, so a true decimal multiple's quotient can sit up to 1.5 of these scaled epsilons from the integer. A 1x tolerance therefore rejected 2.03 as a multiple of 0.07; 4x covers the worst case with margin.
    const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
    if (Math.abs(ratio - roundedRatio) < tolerance)
        return 0;
    return ratio - roundedRatio;
}
const EVALUATING = /* @__PURE__*/ (/* unused pure expression or super */ null && (Symbol("evaluating")));
function defineLazy(object, key, getter) {
    let value = undefined;
    Object.defineProperty(object, key, {
        get() {
            if (value === EVALUATING) {
                // Circular reference detected, return undefined to break the cycle
                return undefined;
            }
            if (value === undefined) {
                value = EVALUATING;
                value = getter();
            }
            return value;
        },
        set(v) {
            Object.defineProperty(object, key, {
                value: v,
                // configurable: true,
            });
            // object[key] = v;
        },
        configurable: true,
    });
}
function objectClone(obj) {
    return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function assignProp(target, prop, value) {
    Object.defineProperty(target, prop, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
    });
}
/**
 * Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
 *
 * Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
 */
function rawShape(def) {
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    return desc?.get ? desc.get.raw : desc?.value;
}
// where a builder reads its source's keys and descriptors, resolving only a shape a def answers for itself. A shape resolves by object spread, so only its enumerable keys are ever part of it.
function sourceShape(schema) {
    return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
// a key whose value is not settled yet, self-caching so every read after the first gets the same one
function deferProp(target, key, getter) {
    Object.defineProperty(target, key, {
        get() {
            const value = getter();
            assignProp(this, key, value);
            return value;
        },
        enumerable: true,
        configurable: true,
    });
}
// Writes a settled key. A plain assignment is much cheaper than `defineProperty` and produces the same descriptor, but it runs whatever setter already answers to the key — an accessor this shape deferred, or an inherited one, which `__proto__` has on every object and prototype pollution can add for any name.
function putProp(target, key, value) {
    if (key in target)
        assignProp(target, key, value);
    else
        target[key] = value;
}
/**
 * Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
 *
 * A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
 */
function mirrorShape(target, source, keys, wrap) {
    const raw = sourceShape(source);
    for (const key of keys) {
        const desc = Object.getOwnPropertyDescriptor(raw, key);
        if (!desc.enumerable)
            continue;
        if (desc.get) {
            deferProp(target, key, () => {
                const value = source._zod.def.shape[key];
                return wrap ? wrap(value, key) : value;
            });
        }
        else
            putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
    }
}
// same, for a plain shape a caller passed rather than a schema's
function mirrorProps(target, source) {
    for (const key of Reflect.ownKeys(source)) {
        const desc = Object.getOwnPropertyDescriptor(source, key);
        if (!desc.enumerable)
            continue;
        if (desc.get)
            deferProp(target, key, () => source[key]);
        else
            putProp(target, key, desc.value);
    }
}
function mergeDefs(...defs) {
    const mergedDescriptors = {};
    for (const def of defs) {
        const descriptors = Object.getOwnPropertyDescriptors(def);
        Object.assign(mergedDescriptors, descriptors);
    }
    return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
    return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path) {
    if (!path)
        return obj;
    return path.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
    const keys = Object.keys(promisesObj);
    const promises = keys.map((key) => promisesObj[key]);
    return Promise.all(promises).then((results) => {
        const resolvedObj = {};
        for (let i = 0; i < keys.length; i++) {
            resolvedObj[keys[i]] = results[i];
        }
        return resolvedObj;
    });
}
function randomString(length = 10) {
    const chars = "abcdefghijklmnopqrstuvwxyz";
    let str = "";
    for (let i = 0; i < length; i++) {
        str += chars[Math.floor(Math.random() * chars.length)];
    }
    return str;
}
function esc(str) {
    return JSON.stringify(str);
}
function slugify(input) {
    return input
        .toLowerCase()
        .trim()
        .replace(/[^\w\s-]/g, "")
        .replace(/[\s_-]+/g, "-")
        .replace(/^-+|-+$/g, "");
}
const captureStackTrace = ("captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => { });
function isObject(data) {
    return typeof data === "object" && data !== null && !Array.isArray(data);
}
const allowsEval = /* @__PURE__*/ cached(() => {
    // Skip the probe under `jitless`: strict CSPs report the caught `new Function` as a `securitypolicyviolation` even though the throw is swallowed.
    if (_core_js__WEBPACK_IMPORTED_MODULE_0__/* .globalConfig */ .cr.jitless) {
        return false;
    }
    // @ts-ignore
    if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
        return false;
    }
    try {
        const F = Function;
        new F("");
        return true;
    }
    catch (_) {
        return false;
    }
});
function isPlainObject(o) {
    if (isObject(o) === false)
        return false;
    // modified constructor
    const ctor = o.constructor;
    if (ctor === undefined)
        return true;
    if (typeof ctor !== "function")
        return true;
    // modified prototype
    const prot = ctor.prototype;
    if (isObject(prot) === false)
        return false;
    // ctor doesn't have static `isPrototypeOf`
    if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
        return false;
    }
    return true;
}
function shallowClone(o) {
    if (isPlainObject(o))
        return { ...o };
    if (Array.isArray(o))
        return [...o];
    if (o instanceof Map)
        return new Map(o);
    if (o instanceof Set)
        return new Set(o);
    return o;
}
function numKeys(data) {
    let keyCount = 0;
    for (const key in data) {
        if (Object.prototype.hasOwnProperty.call(data, key)) {
            keyCount++;
        }
    }
    return keyCount;
}
const getParsedType = (data) => {
    const t = typeof data;
    switch (t) {
        case "undefined":
            return "undefined";
        case "string":
            return "string";
        case "number":
            return Number.isNaN(data) ? "nan" : "number";
        case "boolean":
            return "boolean";
        case "function":
            return "function";
        case "bigint":
            return "bigint";
        case "symbol":
            return "symbol";
        case "object":
            if (Array.isArray(data)) {
                return "array";
            }
            if (data === null) {
                return "null";
            }
            if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
                return "promise";
            }
            if (typeof Map !== "undefined" && data instanceof Map) {
                return "map";
            }
            if (typeof Set !== "undefined" && data instanceof Set) {
                return "set";
            }
            if (typeof Date !== "undefined" && data instanceof Date) {
                return "date";
            }
            // @ts-ignore
            if (typeof File !== "undefined" && data instanceof File) {
                return "file";
            }
            return "object";
        default:
            throw new Error(`Unknown data type: ${t}`);
    }
};
const propertyKeyTypes = /* @__PURE__*/ new Set(["string", "number", "symbol"]);
const primitiveTypes = /* @__PURE__*/ new Set([
    "string",
    "number",
    "bigint",
    "boolean",
    "symbol",
    "undefined",
]);
function escapeRegex(str) {
    return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
// zod-specific utils
function clone(inst, def, params) {
    const cl = new inst._zod.constr(def ?? inst._zod.def);
    if (!def || params?.parent)
        cl._zod.parent = inst;
    return cl;
}
function normalizeParams(_params) {
    const params = _params;
    if (!params)
        return {};
    if (typeof params === "string")
        return { error: () => params };
    if (params?.message !== undefined) {
        if (params?.error !== undefined)
            throw new Error("Cannot specify both `message` and `error` params");
        params.error = params.message;
    }
    delete params.message;
    if (typeof params.error === "string")
        return { ...params, error: () => params.error };
    return params;
}
function createTransparentProxy(getter) {
    let target;
    return new Proxy({}, {
        get(_, prop, receiver) {
            target ?? (target = getter());
            return Reflect.get(target, prop, receiver);
        },
        set(_, prop, value, receiver) {
            target ?? (target = getter());
            return Reflect.set(target, prop, value, receiver);
        },
        has(_, prop) {
            target ?? (target = getter());
            return Reflect.has(target, prop);
        },
        deleteProperty(_, prop) {
            target ?? (target = getter());
            return Reflect.deleteProperty(target, prop);
        },
        ownKeys(_) {
            target ?? (target = getter());
            return Reflect.ownKeys(target);
        },
        getOwnPropertyDescriptor(_, prop) {
            target ?? (target = getter());
            return Reflect.getOwnPropertyDescriptor(target, prop);
        },
        defineProperty(_, prop, descriptor) {
            target ?? (target = getter());
            return Reflect.defineProperty(target, prop, descriptor);
        },
    });
}
function stringifyPrimitive(value) {
    if (typeof value === "bigint")
        return value.toString() + "n";
    if (typeof value === "string")
        return `"${value}"`;
    return `${value}`;
}
function optionalKeys(shape) {
    return Object.keys(shape).filter((k) => {
        return shape[k]._zod.optin !== undefined && shape[k]._zod.optout === "optional";
    });
}
// Wrapped in a `@__PURE__` IIFE: esbuild never tree-shakes a top-level initializer that contains a member access on `Number`, so the bare object literal survived into every bundle.
const NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
    safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-3.4028234663852886e38, 3.4028234663852886e38],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
}))();
const BIGINT_FORMAT_RANGES = {
    int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
    uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")],
};
function pick(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".pick() cannot be used on object schemas containing refinements");
    }
    const newShape = {};
    mirrorShape(newShape, schema, maskedKeys(schema, mask));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
// the mask keys that select something, checked against the source's shape without resolving it
function maskedKeys(schema, mask) {
    const raw = sourceShape(schema);
    const keys = [];
    // `for...in` skips symbols, so a symbol in the mask would select nothing
    for (const key of Reflect.ownKeys(mask)) {
        if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
            throw new Error(`Unrecognized key: "${String(key)}"`);
        }
        if (mask[key])
            keys.push(key);
    }
    return keys;
}
function omit(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".omit() cannot be used on object schemas containing refinements");
    }
    const omitted = new Set(maskedKeys(schema, mask));
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to extend: expected a plain object");
    }
    const checks = schema._zod.def.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        // Only throw if new shape overlaps with existing shape. Use getOwnPropertyDescriptor to check key existence without accessing values
        const existingShape = sourceShape(schema);
        for (const key of Reflect.ownKeys(shape)) {
            if (Object.getOwnPropertyDescriptor(existingShape, key) !== undefined) {
                throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
            }
        }
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
// the source's keys, then the caller's overlaid on top
function extended(schema, shape) {
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
    mirrorProps(newShape, shape);
    return newShape;
}
function safeExtend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to safeExtend: expected a plain object");
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
    if (!b?._zod?.def) {
        throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
    }
    if (a._zod.def.checks?.length) {
        throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
    }
    const newShape = {};
    mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
    mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
    const def = mergeDefs(a._zod.def, {
        shape: newShape,
        get catchall() {
            return b._zod.def.catchall;
        },
        checks: b._zod.def.checks ?? [],
    });
    return clone(a, def);
}
function partial(Class, schema, mask, name = "partial") {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
    }
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class &&
        ((value, key) => (selected && !selected.has(key) ? value : new Class({ type: "optional", innerType: value }))));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class, schema, mask) {
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => 
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class({ type: "nonoptional", innerType: value }));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
// invalid_type | too_big | too_small | invalid_format | not_multiple_of | unrecognized_keys | invalid_union | invalid_key | invalid_element | invalid_value | custom
function aborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue !== true) {
            return true;
        }
    }
    return false;
}
// Checks for explicit abort (continue === false), as opposed to implicit abort (continue === undefined). Used to respect `abort: true` in .refine() even for checks that have a `when` function.
function explicitlyAborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue === false) {
            return true;
        }
    }
    return false;
}
function prefixIssues(path, issues) {
    return issues.map((iss) => {
        var _a;
        (_a = iss).path ?? (_a.path = []);
        iss.path.unshift(path);
        return iss;
    });
}
function unwrapMessage(message) {
    return typeof message === "string" ? message : message?.message;
}
/* A check holds no link back to the schema it is attached to — the same check instance is shared by every clone of that schema — so the owner is stamped onto the issues a check just raised, at the only point where both are in scope. Runs on the failure path only; `start` is the issue count from before the check ran. */
/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
function sizeCaps(defChecks) {
    const caps = [];
    for (const ch of defChecks ?? []) {
        const d = ch._zod.def;
        // a later check may rewrite the value
        if (!/_(length|size)$|_equals$/.test(d.check))
            break;
        const max = d.maximum ?? d.length ?? d.size;
        if (max >= 0)
            caps.push([max, ch]);
    }
    return caps;
}
function attachSchema(issues, start, inst) {
    var _a;
    for (let i = start; i < issues.length; i++) {
        (_a = issues[i]).schema ?? (_a.schema = inst);
    }
}
function finalizeIssue(iss, ctx, config) {
    var _a;
    // A schema that raised an issue itself owns it outright, and outranks any stamp an enclosing check left in `attachSchema`. String formats and z.custom() are schema and check at once, so when they act as a check they defer to that stamp instead.
    const traits = iss.inst?._zod?.traits;
    if (traits?.has("$ZodType")) {
        if (traits.has("$ZodCheck"))
            (_a = iss).schema ?? (_a.schema = iss.inst);
        else
            iss.schema = iss.inst;
    }
    // Decreasing specificity, first map to return a message wins. `inst` is whatever raised the issue, so a check's own map outranks the owning schema's.
    const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : undefined;
    const message = iss.message
        ? iss.message
        : (unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ??
            unwrapMessage(schemaError?.(iss)) ??
            unwrapMessage(ctx?.error?.(iss)) ??
            unwrapMessage(config.customError?.(iss)) ??
            unwrapMessage(config.localeError?.(iss)) ??
            "Invalid input");
    // an explicit own-key copy beats object rest with excluded keys, which v8 routes through a generic runtime call; Object.keys rather than for-in so an issue pushed with a prototype does not leak inherited keys, and an own __proto__ key is dropped rather than assigned through the setter
    const full = {};
    for (const k of Object.keys(iss)) {
        if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
            continue;
        full[k] = iss[k];
    }
    full.path ?? (full.path = []);
    full.message = message;
    if (ctx?.reportInput) {
        full.input = iss.input;
    }
    return full;
}
function getSizableOrigin(input) {
    if (input instanceof Set)
        return "set";
    if (input instanceof Map)
        return "map";
    // @ts-ignore
    if (input instanceof File)
        return "file";
    return "unknown";
}
const highSurrogate = /[\uD800-\uDBFF]/;
// Code points in `str`: a surrogate pair counts once, a lone surrogate as itself. Hand-rolled because the string iterator allocates and runs ~250x slower on this path; the regex probe exits ~50x quicker for a string with no astral characters.
function codePointLength(str) {
    const units = str.length;
    if (!highSurrogate.test(str))
        return units;
    let count = units;
    for (let i = 0; i < units - 1; i++) {
        if ((str.charCodeAt(i) & 0xfc00) === 0xd800 && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            count--;
            i++;
        }
    }
    return count;
}
function getLengthableOrigin(input) {
    if (Array.isArray(input))
        return "array";
    if (typeof input === "string")
        return "string";
    return "unknown";
}
function parsedType(data) {
    const t = typeof data;
    switch (t) {
        case "number": {
            return Number.isNaN(data) ? "nan" : "number";
        }
        case "object": {
            if (data === null) {
                return "null";
            }
            if (Array.isArray(data)) {
                return "array";
            }
            const obj = data;
            if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
                return obj.constructor.name;
            }
        }
    }
    return t;
}
function issue(...args) {
    const [iss, input, inst] = args;
    if (typeof iss === "string") {
        return {
            message: iss,
            code: "custom",
            input,
            inst,
        };
    }
    return { ...iss };
}
function cleanEnum(obj) {
    return Object.entries(obj)
        .filter(([k, _]) => {
        // return true if NaN, meaning it's not a number, thus a string key
        return Number.isNaN(Number.parseInt(k, 10));
    })
        .map((el) => el[1]);
}
// Codec utility functions
function base64ToUint8Array(base64) {
    const binaryString = atob(base64);
    const bytes = new Uint8Array(binaryString.length);
    for (let i = 0; i < binaryString.length; i++) {
        bytes[i] = binaryString.charCodeAt(i);
    }
    return bytes;
}
function uint8ArrayToBase64(bytes) {
    let binaryString = "";
    for (let i = 0; i < bytes.length; i++) {
        binaryString += String.fromCharCode(bytes[i]);
    }
    return btoa(binaryString);
}
function base64urlToUint8Array(base64url) {
    const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
    const padding = "=".repeat((4 - (base64.length % 4)) % 4);
    return base64ToUint8Array(base64 + padding);
}
function uint8ArrayToBase64url(bytes) {
    return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
    const cleanHex = hex.replace(/^0x/, "");
    if (cleanHex.length % 2 !== 0) {
        throw new Error("Invalid hex string length");
    }
    const bytes = new Uint8Array(cleanHex.length / 2);
    for (let i = 0; i < cleanHex.length; i += 2) {
        bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
    }
    return bytes;
}
function uint8ArrayToHex(bytes) {
    return Array.from(bytes)
        .map((b) => b.toString(16).padStart(2, "0"))
        .join("");
}
// instanceof
class Class {
    constructor(..._args) { }
}
//////////    PROTOTYPE INSTALLERS     //////////
//
// Members live on the prototype and materialize per instance on first read, which keeps own-property count under the step where V8 stops using inline slots. Changing anything here means re-measuring runtime, memory and bundle size together — see "The three axes" in AGENTS.md.
/**
 * Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
 *
 * Call this from a `proto` initializer, which runs once per prototype — never per instance.
 */
function members(proto, table) {
    for (const key in table) {
        const desc = Object.getOwnPropertyDescriptor(table, key);
        // a getter installs as written, so it stays live: `description` reads through to the registry on every access. not enumerable: an object literal's is, and a prototype member never was
        if (desc.get)
            Object.defineProperty(proto, key, { ...desc, enumerable: false });
        // a method materializes bound on first read, which is what keeps a detached member working: `const opt = schema.optional; opt()`
        else
            defineBound(proto, key, desc.value);
    }
}
/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
function own(inst, key, value, enumerable = true) {
    Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
    return value;
}
/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
function hide(inst, key, value) {
    return own(inst, key, value, false);
}
/** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */
function derived(computes, table) {
    for (const key in computes) {
        const compute = computes[key];
        // an object literal's accessor is configurable and enumerable, and `members` copies the descriptor as written
        Object.defineProperty(table, key, {
            configurable: true,
            enumerable: true,
            get() {
                return own(this, key, compute(this));
            },
            set(value) {
                own(this, key, value);
            },
        });
    }
    return table;
}
function defineBound(proto, key, fn) {
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // vitest's spyOn calls a prototype getter bare to find the function it wraps, so a nullish receiver answers the raw method
            return this == null ? fn : own(this, key, fn.bind(this));
        },
        set(value) {
            own(this, key, value);
        },
    });
}
/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
function claim(inst, sentinel) {
    const proto = Object.getPrototypeOf(inst);
    // Runs on every construction, so `in` rather than the costlier `hasOwnProperty.call`. Sentinels are keys the group itself defines.
    return sentinel in proto ? undefined : proto;
}
// The internals whose init chain is installing. A second call for the same one is a derived constructor overriding its base, so it must not construct another schema in between or the override is dropped.
let installing;
// Set while a getter is running, so a value that resolved through a recursion break is not memoized. One shared descriptor shadows the key for the duration, which costs no per-key allocation.
let broke = false;
const breaker = {
    configurable: true,
    get() {
        broke = true;
        return undefined;
    },
};
/**
 * Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
 * constructor, computed from the internals object itself and cached there on
 * first read. One accessor per constructor rather than one per instance.
 */
function defineLazyInternal(inst, key, compute) {
    const proto = Object.getPrototypeOf(inst._zod);
    if (key in proto && installing !== inst._zod) {
        // A repeat construction: everything is installed already. Cleared here so the reference is not held past the first construction of every type.
        installing = undefined;
        return;
    }
    installing = inst._zod;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing so a re-entrant read from a recursive schema resolves to undefined instead of running the getter again.
            Object.defineProperty(this, key, breaker);
            const outer = broke;
            broke = false;
            try {
                const value = compute(this);
                // A result that resolved through a recursion break is recomputed once the graph is complete; everything else memoizes, undefined included.
                if (broke)
                    delete this[key];
                else
                    Object.defineProperty(this, key, { configurable: true, writable: true, value });
                broke = broke || outer;
                return value;
            }
            catch (err) {
                // A compute that threw memoizes nothing, so a later read runs it again and fails the same way. The shadow goes with it, since leaving it installed would answer undefined for every later read.
                delete this[key];
                broke = broke || outer;
                throw err;
            }
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, value });
        },
    });
}
/**
 * Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
 * data property. One accessor per constructor rather than one per instance, because an own accessor
 * puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
 */
function installLazyProp(inst, key, make, enumerable) {
    const proto = claim(inst, key);
    if (!proto)
        return;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing, so a re-entrant read from a self-referential shape resolves to undefined instead of running the getter again. A data property rather than an accessor: an own accessor is the dictionary-mode transition this exists to avoid.
            const desc = { configurable: true, writable: true, enumerable, value: undefined };
            Object.defineProperty(this, key, desc);
            // a compute that throws leaves the shadow behind, so later reads answer undefined instead of re-throwing; `defineLazy` did the same, and `defineLazyInternal`'s delete-on-catch would cost bytes in every bundle for a case only a throwing user getter reaches
            desc.value = make(this);
            Object.defineProperty(this, key, desc);
            return desc.value;
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
        },
    });
}
/** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */
const CONSTANT_CATCH = "~constantCatch";
/** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */
function constantCatch(value) {
    const fn = () => value;
    fn[CONSTANT_CATCH] = true;
    return fn;
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  XI: () => (/* binding */ action),
  xw: () => (/* binding */ cli),
  aS: () => (/* reexport */ scanThread)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __nccwpck_require__(88532);
;// CONCATENATED MODULE: ./src/entries/schemas.ts

/**
 * Schemas are checked once or a few times a run (the config, a check's fields, a history record
 * that is not in the usual shape). zod would otherwise generate a parser for each object schema
 * with `new Function` the first time it is used: measured, the first check of a config took
 * 8 ms that way and 1.5 ms without, and 10,000 history records were no faster with it. Set
 * before any schema is built (zod decides when a schema is made), so the entry imports this
 * first; the bundle makes no code at run time.
 */
(0,core/* config */.$W)({ jitless: true });

// EXTERNAL MODULE: ./src/change/thread.ts
var thread = __nccwpck_require__(42330);
// EXTERNAL MODULE: ./src/adapters/processTree.ts
var processTree = __nccwpck_require__(89833);
;// CONCATENATED MODULE: ./src/entries/stop.ts

/**
 * An AbortSignal for SIGINT/SIGTERM (Ctrl-C, a cancelled workflow). The first signal stops the
 * checks and lets the report be written; a second one exits at once, killing every process a
 * check started first — the grace the first signal gave them would end with this process.
 */
function stopSignal() {
    const controller = new AbortController();
    let received;
    const onSignal = (sig) => {
        if (received) {
            (0,processTree/* killAllNow */.E3)();
            process.exit(sig === 'SIGINT' ? 130 : 143);
        }
        received = sig;
        process.stderr.write(`\n${sig}: stopping the checks; writing the report of what ran…\n`);
        controller.abort(new Error(`stopped by ${sig}`));
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return {
        signal: controller.signal,
        exitCode: () => (received ? (received === 'SIGINT' ? 130 : 143) : undefined),
    };
}

;// CONCATENATED MODULE: ./src/entries/scanThread.ts

/**
 * A scan thread's work, by the name a check gives its portable scan. Each is loaded on the
 * thread only when asked for.
 */
function scanThread() {
    return (0,thread/* serveScanThread */.bR)({
        secrets: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(556), __nccwpck_require__.e(633)]).then(__nccwpck_require__.bind(__nccwpck_require__, 68556))).secretsScan,
    });
}

;// CONCATENATED MODULE: ./src/entries/main.ts
// The one bundle behind both front ends (dist/lib/index.js). dist/index.js (the action) and
// dist/cli/index.js (the CLI) are tiny stubs, written by scripts/build.mjs, that import it and
// call one of these. Each front end is imported lazily, so the action never evaluates the CLI's
// modules (commander, …) and the CLI never evaluates the action's (@actions/*, octokit).
// First: how zod builds the schemas every module after it defines.




// Scan threads load this same bundle (see src/change/thread.ts). From the TypeScript sources
// (the test suite) the URL is a .ts file no thread can load: scans stay on the main thread.
const bundled = !import.meta.url.endsWith('.ts');
/** The action: run the gate under the runner, then set the process exit code. */
async function action() {
    if (bundled)
        (0,thread/* enableScanThreads */.m2)(import.meta.url);
    const { run } = await Promise.all(/* import() */[__nccwpck_require__.e(651), __nccwpck_require__.e(128)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6128));
    const stop = stopSignal();
    const code = await run(stop.signal);
    process.exitCode = stop.exitCode() ?? code;
}
/** The CLI on `argv` (without node and the script), then set the process exit code. */
async function cli(argv) {
    if (bundled)
        (0,thread/* enableScanThreads */.m2)(import.meta.url);
    const { runCli } = await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(992), __nccwpck_require__.e(179), __nccwpck_require__.e(556), __nccwpck_require__.e(853), __nccwpck_require__.e(145), __nccwpck_require__.e(297), __nccwpck_require__.e(682), __nccwpck_require__.e(625), __nccwpck_require__.e(314), __nccwpck_require__.e(651), __nccwpck_require__.e(452), __nccwpck_require__.e(74), __nccwpck_require__.e(557)]).then(__nccwpck_require__.bind(__nccwpck_require__, 21557));
    const stop = stopSignal();
    const code = await runCli(argv, {
        stdout: (t) => process.stdout.write(t),
        stderr: (t) => process.stderr.write(t),
        env: process.env,
        cwd: process.cwd(),
        signal: stop.signal,
    });
    process.exitCode = stop.exitCode() ?? code;
}

var __webpack_exports__action = __webpack_exports__.XI;
var __webpack_exports__cli = __webpack_exports__.xw;
var __webpack_exports__scanThread = __webpack_exports__.aS;
export { __webpack_exports__action as action, __webpack_exports__cli as cli, __webpack_exports__scanThread as scanThread };
