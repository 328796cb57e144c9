export const id = 7911;
export const ids = [7911];
export const modules = {

/***/ 77911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BoundedBuffer: () => (/* binding */ BoundedBuffer),
/* harmony export */   createExec: () => (/* binding */ createExec)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _processTree_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89833);



const DEFAULT_MAX = 1024 * 1024;
/**
 * Output is still read this long after the main process exited. A background child that holds
 * stdout would otherwise keep the pipe open, and the run, for as long as it lives.
 */
const OUTPUT_GRACE_MS = 500;
/** Keeps the head and the tail of a stream of chunks within a byte budget. */
class BoundedBuffer {
    head = [];
    headBytes = 0;
    tail = [];
    tailBytes = 0;
    max;
    total = 0;
    // No parameter property: this file must also run with its types merely stripped (a test runs
    // the stop signal and exec in a child Node that way).
    constructor(max) {
        this.max = max;
    }
    push(chunk) {
        this.total += chunk.length;
        const half = Math.floor(this.max / 2);
        if (this.headBytes < half) {
            const take = chunk.subarray(0, half - this.headBytes);
            this.head.push(take);
            this.headBytes += take.length;
            chunk = chunk.subarray(take.length);
            if (chunk.length === 0)
                return;
        }
        this.tail.push(chunk);
        this.tailBytes += chunk.length;
        while (this.tailBytes - (this.tail[0]?.length ?? 0) >= this.max - half && this.tail.length > 1) {
            this.tailBytes -= this.tail.shift().length;
        }
    }
    get truncated() {
        return this.total > this.headBytes + this.tailBytes || this.total > this.max;
    }
    toString() {
        const head = Buffer.concat(this.head).toString('utf8');
        let tail = Buffer.concat(this.tail);
        const keep = this.max - this.headBytes;
        const omitted = this.total - this.headBytes - Math.min(tail.length, keep);
        if (tail.length > keep)
            tail = tail.subarray(tail.length - keep);
        if (omitted > 0)
            return `${head}\n… [${omitted} bytes omitted] …\n${tail.toString('utf8')}`;
        return head + tail.toString('utf8');
    }
}
function pickShell() {
    return process.platform === 'win32' ? { program: 'cmd.exe', flag: '/c' } : { program: 'bash', flag: '-c' };
}
/** Why a run cannot start in `cwd`, said so; spawn itself would only say "spawn bash ENOENT". */
function cwdProblem(cwd) {
    if (cwd === undefined)
        return undefined;
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(cwd).isDirectory())
            return `working directory ${cwd} is not a directory`;
    }
    catch {
        return `working directory ${cwd} does not exist`;
    }
    return undefined;
}
function startError(err, program, cwd) {
    // ENOENT also means a working directory that went away since it was looked at.
    if (err.code === 'ENOENT')
        return new Error(cwdProblem(cwd) ?? `cannot start ${program}: not found`);
    if (err.code === 'EACCES')
        return new Error(`cannot start ${program}: permission denied`);
    return err;
}
function start(program, args, opts) {
    return new Promise((resolve, reject) => {
        const started = performance.now();
        const max = opts.maxOutputBytes ?? DEFAULT_MAX;
        const out = new BoundedBuffer(max);
        const stdout = new BoundedBuffer(max);
        const stderr = new BoundedBuffer(max);
        const tree = (0,_processTree_js__WEBPACK_IMPORTED_MODULE_2__/* .newTree */ .XV)();
        let child;
        try {
            child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(program, args, {
                cwd: opts.cwd,
                env: (0,_processTree_js__WEBPACK_IMPORTED_MODULE_2__/* .markedEnv */ .Ed)(opts.env ?? process.env, tree),
                stdio: ['ignore', 'pipe', 'pipe'],
                // Own process group, so a stop reaches the whole tree (npm test → node → workers) even
                // where the mark cannot be searched for.
                detached: process.platform !== 'win32',
            });
        }
        catch (err) {
            (0,_processTree_js__WEBPACK_IMPORTED_MODULE_2__/* .release */ ._r)(tree);
            reject(startError(err, program, opts.cwd));
            return;
        }
        tree.pid = child.pid;
        let aborted = false;
        let exited;
        let stopping;
        const stop = () => (stopping ??= (0,_processTree_js__WEBPACK_IMPORTED_MODULE_2__/* .stopTree */ .dA)(tree));
        let done = false;
        let grace;
        const onAbort = () => {
            aborted = true;
            void stop();
        };
        opts.signal?.addEventListener('abort', onAbort, { once: true });
        // The run is over when the main process has exited and its output is read, or the grace for
        // reading it has passed; whatever it left running is stopped before the result is given.
        const finish = async () => {
            if (done)
                return;
            done = true;
            clearTimeout(grace);
            opts.signal?.removeEventListener('abort', onAbort);
            child.stdout?.destroy();
            child.stderr?.destroy();
            const leftover = await stop();
            (0,_processTree_js__WEBPACK_IMPORTED_MODULE_2__/* .release */ ._r)(tree);
            resolve({
                exitCode: exited ? exited.code : child.exitCode,
                signal: exited ? exited.signal : child.signalCode,
                stdout: stdout.toString(),
                stderr: stderr.toString(),
                output: out.toString(),
                outputBytes: out.total,
                truncated: out.truncated,
                durationMs: Math.round((exited?.at ?? performance.now()) - started),
                aborted,
                leftover: aborted ? 0 : leftover,
            });
        };
        child.stdout?.on('data', (c) => {
            out.push(c);
            stdout.push(c);
        });
        child.stderr?.on('data', (c) => {
            out.push(c);
            stderr.push(c);
        });
        child.on('exit', (code, signal) => {
            exited = { code, signal, at: performance.now() };
            grace = setTimeout(() => void finish(), OUTPUT_GRACE_MS);
        });
        child.on('close', () => void finish());
        child.on('error', (err) => {
            // Only a process that never started is an error of the run; a failed kill changes nothing.
            if (child.pid !== undefined || done)
                return;
            done = true;
            opts.signal?.removeEventListener('abort', onAbort);
            (0,_processTree_js__WEBPACK_IMPORTED_MODULE_2__/* .release */ ._r)(tree);
            reject(startError(err, program, opts.cwd));
        });
    });
}
function createExec() {
    /** Runs not yet ended, by the signal they were started with. */
    const running = new WeakMap();
    const run = (program, args, opts = {}) => {
        if (opts.signal?.aborted)
            return Promise.reject(new Error('aborted before start'));
        const problem = cwdProblem(opts.cwd);
        if (problem)
            return Promise.reject(new Error(problem));
        const result = start(program, args, opts);
        const { signal } = opts;
        if (signal) {
            const runs = running.get(signal) ?? new Set();
            running.set(signal, runs);
            const settled = result.then(() => undefined, () => undefined);
            runs.add(settled);
            void settled.then(() => runs.delete(settled));
        }
        return result;
    };
    return {
        shell(command, opts) {
            const { program, flag } = pickShell();
            return run(program, [flag, command], opts);
        },
        file: run,
        async ended(signal) {
            await Promise.all([...(running.get(signal) ?? [])]);
        },
    };
}


/***/ })

};
