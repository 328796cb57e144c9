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
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Every process the gate starts, and every process those start, ends with the run that started
 * it. A process group alone does not hold them: `setsid`, `nohup \u2026 &` in a subshell or a double
 * fork leave the group. So each run also marks its child with an environment variable that
 * descendants inherit through all of those, and at the end everything that carries the mark is
 * stopped \u2014 found through /proc on Linux; elsewhere the process group is all there is.
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
    // The Web Crypto random source, not node:crypto's: this module is loaded by every scan thread,
    // which would otherwise load all of node:crypto for nothing.
    const marker = Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(8))).toString('hex');
    const tree = { marker };
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
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)('/proc');
    }
    catch {
        return [];
    }
    const pids = [];
    for (const name of names) {
        if (!/^\d+$/.test(name) || Number(name) === process.pid)
            continue;
        try {
            if (carries((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(`/proc/${name}/environ`), tree.marker))
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

/***/ 52353:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BR: () => (/* binding */ startThread),
/* harmony export */   HD: () => (/* binding */ ThreadError),
/* harmony export */   Pi: () => (/* binding */ threadsEnabled),
/* harmony export */   VH: () => (/* binding */ serveJob),
/* harmony export */   Vl: () => (/* binding */ enableThreads),
/* harmony export */   ze: () => (/* binding */ hereOrOnThread)
/* harmony export */ });
/* unused harmony export runJob */
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Worker threads for work that would hold the main thread for long: the secrets scan of a large
 * diff (src/change/thread.ts) and the parsing of a large report (a JUnit file of 200,000 test
 * cases, YAML of megabytes). The main thread stays free for the other checks, so a live probe's
 * answer is read when it comes and every check's timeout fires on time.
 *
 * A thread loads the bundle the process runs from (its URL given by the entry at start-up). Running
 * from the TypeScript sources there is no such bundle, and the work stays on the main thread.
 */
let bundleUrl;
/** Called by the entry with the URL of the bundle that serves threads (undefined: none). */
function enableThreads(url) {
    bundleUrl = url;
}
function threadsEnabled() {
    return bundleUrl !== undefined;
}
/**
 * A worker thread that runs `entry`, a function the bundle exports, with `data` as its workerData.
 * The memory of `transfer` moves to the thread instead of being copied (and is gone from here).
 */
function startThread(entry, data, transfer = []) {
    if (!bundleUrl)
        throw new Error('threads are not enabled');
    return new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(`import(${JSON.stringify(bundleUrl)}).then((m) => m[${JSON.stringify(entry)}]());`, {
        eval: true,
        workerData: data,
        transferList: [...transfer],
        // Nothing a thread prints may interleave with the main thread's output.
        stdout: true,
        stderr: true,
    });
}
/**
 * A thread that could not do its job: it could not load the bundle, crashed or ran out of memory.
 * Not the job's own error (a report that does not parse): the work could not run, whatever it held.
 */
class ThreadError extends Error {
}
/**
 * Runs one job on a thread of its own and resolves with what it returns; rejects with its error's
 * message. The thread ends with the job, or when `signal` aborts.
 */
function runJob(kind, input, opts = {}) {
    return new Promise((resolve, reject) => {
        const { signal } = opts;
        if (signal?.aborted) {
            reject(signal.reason);
            return;
        }
        const worker = startThread('jobThread', { kind, input }, opts.transfer);
        let settled = false;
        const settle = (fn) => {
            if (settled)
                return;
            settled = true;
            signal?.removeEventListener('abort', onAbort);
            void worker.terminate();
            fn();
        };
        const onAbort = () => settle(() => reject(signal.reason));
        signal?.addEventListener('abort', onAbort, { once: true });
        worker.once('message', (answer) => settle(() => (answer.ok ? resolve(answer.value) : reject(new Error(answer.message)))));
        worker.once('error', (err) => settle(() => reject(new ThreadError(`its thread failed: ${err.message}`))));
        worker.once('exit', (code) => settle(() => reject(new ThreadError(`its thread ended (exit ${code}) before its job was done`))));
    });
}
/**
 * `here()` for work of `size` under `from` (where doing it costs less than starting a thread) or
 * when there are no threads; otherwise `job` on a thread of its own.
 */
function hereOrOnThread(size, from, job, here, signal) {
    if (size < from || !threadsEnabled())
        return here();
    return runJob(job.kind, job.input, {
        ...(signal ? { signal } : {}),
        ...(job.transfer ? { transfer: job.transfer } : {}),
    });
}
/** The thread's side: does the job named by its workerData and posts the answer. */
async function serveJob(jobs) {
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort;
    if (!port)
        throw new Error('not a job thread');
    const { kind, input } = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData;
    let answer;
    try {
        if (!Object.hasOwn(jobs, kind))
            throw new Error(`no job named "${kind}"`);
        answer = { ok: true, value: await (await jobs[kind]())(input) };
    }
    catch (err) {
        answer = { ok: false, message: err instanceof Error ? err.message : String(err) };
    }
    port.postMessage(answer);
    port.close();
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
/**
 * Diff read ahead of its scan at most. A file's diff comes in one burst once git has computed it;
 * a few of them are enough for git and the scan to work at once (measured on a 222 MB diff:
 * beyond 2 MiB it makes no difference).
 */
const READ_AHEAD = 4 * 1024 * 1024;
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
    // Read ahead of the scan (up to READ_AHEAD): git computes the next file's diff while the last
    // one's lines are scanned, and the event loop turns between every 64 KiB handed over.
    const res = await (0,change_git/* streamGit */.t1)(args, git, (chunk) => {
        if (first) {
            first();
            first = undefined;
        }
        bytes += chunk.length;
        splitter.push(chunk);
    }, READ_AHEAD);
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
/* harmony export */   X: () => (/* binding */ ThreadBatch),
/* harmony export */   b: () => (/* binding */ serveScanThread)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _adapters_threads_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(52353);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(35371);
/* harmony import */ var _stream_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(33206);




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
        Promise.resolve(job.args).catch(() => undefined);
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
        const { args, ...rest } = this.job;
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
        Promise.resolve(args).then((a) => worker.postMessage({ t: 'go', args: a }), (err) => {
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
    const args = new Promise((resolve) => (go = resolve));
    port.on('message', (m) => {
        if (m?.t === 'stop')
            stops[m.i]?.abort(new Error('stopped'));
        else if (m?.t === 'go')
            go(m.args);
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
            const git = { cwd: job.cwd, env: job.env, signal: stop.signal };
            try {
                const out = await (0,_stream_js__WEBPACK_IMPORTED_MODULE_2__/* .streamDiff */ .kE)(await (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .abortable */ .ZC)(args, stop.signal), git, fan, {
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
     * Whether the bytes [start, end) of UTF-8 text hold any keyword: the same answer as `find` on
     * their decoded text (keywords are ASCII, and no byte of a multi-byte character is one), without
     * decoding them. Lets a caller skip the lines that hold none at the cost of one table lookup a byte.
     */
    anyIn(bytes, start, end) {
        const { classes, delta } = this;
        let s = 0;
        for (let i = start; i < end; i++) {
            s = delta[s | classes[bytes[i]]];
            if (s < 0)
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
  _S: () => (/* reexport */ jobThread),
  aS: () => (/* reexport */ scanThread)
});

// EXTERNAL MODULE: ./src/adapters/threads.ts
var threads = __nccwpck_require__(52353);
// EXTERNAL MODULE: ./src/adapters/processTree.ts
var processTree = __nccwpck_require__(89833);
;// CONCATENATED MODULE: ./src/entries/stop.ts

/**
 * An AbortSignal for SIGINT/SIGTERM (Ctrl-C, a cancelled workflow). The first signal stops the
 * checks and lets the report be written; a second one exits at once, killing every process a
 * check started first \u2014 the grace the first signal gave them would end with this process.
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
        process.stderr.write(`\n${sig}: stopping the checks; writing the report of what ran\u2026\n`);
        controller.abort(new Error(`stopped by ${sig}`));
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return {
        signal: controller.signal,
        exitCode: () => (received ? (received === 'SIGINT' ? 130 : 143) : undefined),
    };
}

// EXTERNAL MODULE: ./src/change/thread.ts
var thread = __nccwpck_require__(42330);
;// CONCATENATED MODULE: ./src/entries/threads.ts


/**
 * A scan thread's work, by the name a check gives its portable scan. Each is loaded on the
 * thread only when asked for.
 */
function scanThread() {
    return (0,thread/* serveScanThread */.b)({
        secrets: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(556)]).then(__nccwpck_require__.bind(__nccwpck_require__, 68556))).secretsScan,
    });
}
/** A job thread's work, by kind: parsing a report too large to parse on the main thread. */
function jobThread() {
    return (0,threads/* serveJob */.VH)({
        evidence: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(196), __nccwpck_require__.e(467)]).then(__nccwpck_require__.bind(__nccwpck_require__, 39467))).parseEvidenceJob,
        junit: async () => (await __nccwpck_require__.e(/* import() */ 543).then(__nccwpck_require__.bind(__nccwpck_require__, 88543))).parseJUnitJob,
        coverage: async () => (await __nccwpck_require__.e(/* import() */ 677).then(__nccwpck_require__.bind(__nccwpck_require__, 25677))).parseCoverageJob,
    });
}

;// CONCATENATED MODULE: ./src/entries/main.ts
// The one bundle behind both front ends (dist/lib/index.js). dist/index.js (the action) and
// dist/cli/index.js (the CLI) are tiny stubs, written by scripts/build.mjs, that import it and
// call one of these. Each front end is imported lazily, so the action never evaluates the CLI's
// modules (commander, \u2026) and the CLI never evaluates the action's (@actions/*, octokit).



// Threads load this same bundle (see src/adapters/threads.ts). From the TypeScript sources
// (the test suite) the URL is a .ts file no thread can load: scans stay on the main thread.
const bundled = !import.meta.url.endsWith('.ts');
/**
 * How zod builds schemas (schemas.ts), set before a front end loads and builds its schemas.
 * Loaded here rather than with this module, so scan threads, which use no schema, skip zod.
 */
const schemaMode = () => Promise.all(/* import() */[__nccwpck_require__.e(160), __nccwpck_require__.e(912)]).then(__nccwpck_require__.bind(__nccwpck_require__, 68912));
/** The action: run the gate under the runner, then set the process exit code. */
async function action() {
    if (bundled)
        (0,threads/* enableThreads */.Vl)(import.meta.url);
    await schemaMode();
    const { run } = await Promise.all(/* import() */[__nccwpck_require__.e(651), __nccwpck_require__.e(128)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6128));
    const stop = stopSignal();
    const code = await run(stop.signal);
    process.exitCode = stop.exitCode() ?? code;
}
/** The CLI on `argv` (without node and the script), then set the process exit code. */
async function cli(argv) {
    if (bundled)
        (0,threads/* enableThreads */.Vl)(import.meta.url);
    await schemaMode();
    const { runCli } = await Promise.all(/* import() */[__nccwpck_require__.e(179), __nccwpck_require__.e(651), __nccwpck_require__.e(945)]).then(__nccwpck_require__.bind(__nccwpck_require__, 11945));
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
var __webpack_exports__jobThread = __webpack_exports__._S;
var __webpack_exports__scanThread = __webpack_exports__.aS;
export { __webpack_exports__action as action, __webpack_exports__cli as cli, __webpack_exports__jobThread as jobThread, __webpack_exports__scanThread as scanThread };
