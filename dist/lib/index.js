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
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(98995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);

// Loaded on first use: a front end enables threads at its start, and most runs start none.
const load = (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url);
let loaded;
const workerThreads = () => (loaded ??= load('node:worker_threads'));
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
    return new (workerThreads().Worker)(`import(${JSON.stringify(bundleUrl)}).then((m) => m[${JSON.stringify(entry)}]());`, {
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
    const { parentPort: port, workerData } = workerThreads();
    if (!port)
        throw new Error('not a job thread');
    const { kind, input } = workerData;
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

/***/ 78877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

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
/******/ 		8792: 0
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
  _S: () => (/* binding */ jobThread),
  aS: () => (/* binding */ scanThread)
});

// EXTERNAL MODULE: ./src/adapters/threads.ts
var threads = __nccwpck_require__(52353);
;// CONCATENATED MODULE: ./src/entries/flags.ts
/**
 * The V8 settings of a run that does real work, set by a front end once it knows its command,
 * before it loads the command's code. Not set for a command that runs no pattern a config names on
 * text from outside and builds no large data (`validate`, `schema`, the version and the help):
 * changing any V8 flag changes V8's flag hash, and the code cache of Node's own modules, made with
 * the defaults, no longer matches it, so every one of them loaded afterwards \u2014 in this thread and
 * in every thread started later \u2014 is compiled from source (measured under Node 24: 5\u201315 ms of
 * a validate's start; 150\u2013200 ms of CPU in the scan thread of a large diff).
 *
 * The young generation is kept at the size it starts with. A gate is a short process that builds
 * its data once and drops it at exit; Node 22 and later let the young generation grow to 64 MB
 * semi-spaces (Node 20: 16 MB), and on a large diff it does: 128 MB of fresh pages that the
 * process touches once. Measured on the 222 MB diff under Node 24: peak RSS 185\u2013195 MB kept
 * against 290\u2013325 MB grown, and the run faster kept (4.1 s against 4.3\u20134.4 s: more, smaller
 * collections cost less than faulting in the pages); review of 10,000 runs 0.55 s against 0.69 s.
 * The setting applies to the process, scan threads included. Node calls flags set at run time
 * unsupported: this one is read whenever V8 considers growing the space, and a Node that ignored it
 * would only use more memory.
 *
 * Every regular expression is bounded. A pattern the config names (a trend's `pattern`, a custom
 * secret rule, `allowPatterns`, an expected body's `matches`) runs on text a pull request or a
 * staging service controls; one that backtracks catastrophically on crafted text would hold the
 * thread for hours, and no check's timeout could fire. With this flag V8 runs such a pattern again
 * on its linear-time engine once it has backtracked 50,000 times. That engine runs the patterns a
 * config names as they are compiled (a trend's with `m`, secret rules with `g`, allowPatterns with
 * none); one it cannot run (the `i`, `u` or `d` flag, look-around, back-references) keeps
 * backtracking. Patterns that do not backtrack that much never notice it. Read whenever a pattern
 * backtracks that much; a Node that ignored it would only be as slow as before.
 */
async function setRunFlags() {
    const { default: v8 } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 78877, 23));
    v8.setFlagsFromString('--semi-space-growth-factor=1');
    v8.setFlagsFromString('--enable-experimental-regexp-engine-on-excessive-backtracks');
}
/** CLI commands (its first argument) that run without them; any other first argument sets them. */
const PLAIN_CLI = new Set([
    undefined,
    'validate',
    'schema',
    'help',
    '--help',
    '-h',
    '--version',
    '-V',
]);
const cliSetsRunFlags = (argv) => !PLAIN_CLI.has(argv[0]);
/** The action's `validate` runs without them; every other command, or none given, sets them. */
const actionSetsRunFlags = (env) => (env.INPUT_COMMAND ?? '').trim() !== 'validate';

;// CONCATENATED MODULE: ./src/entries/pipes.ts
/**
 * The CLI's output as a reader may leave it early (`promotion-gate schema | head`, a pager quit):
 * a write to a pipe whose reader has gone fails with EPIPE, which Node raises as an error event on
 * process.stdout or process.stderr, and an error event nobody handles ends the process with a
 * stack trace and exit 1 \u2014 in a gate, a verdict's exit code replaced by a crash's. Handled here,
 * the stream closes and what the command still writes to it is dropped: the command runs to its
 * end, writes its report, and exits with its own code. Any other write error stays what it was.
 */
function outliveClosedPipes() {
    for (const stream of [process.stdout, process.stderr]) {
        stream.on('error', (err) => {
            if (err.code !== 'EPIPE')
                throw err;
        });
    }
}

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

;// CONCATENATED MODULE: ./src/entries/main.ts
// The one bundle behind both front ends (dist/lib/index.js). dist/index.js (the action) and
// dist/cli/index.js (the CLI) are tiny stubs, written by scripts/build.mjs, that import it and
// call one of these. Each front end is imported lazily, so the action never evaluates the CLI's
// modules (commander, \u2026) and the CLI never evaluates the action's (@actions/*, octokit).




/**
 * What a thread runs (see src/adapters/threads.ts), loaded when a thread asks for it: the diff's
 * readers and the git processes behind them are no part of a front end's start.
 */
async function scanThread() {
    return (await Promise.all(/* import() */[__nccwpck_require__.e(2330), __nccwpck_require__.e(10)]).then(__nccwpck_require__.bind(__nccwpck_require__, 41285))).scanThread();
}
async function jobThread() {
    return (await Promise.all(/* import() */[__nccwpck_require__.e(2330), __nccwpck_require__.e(10)]).then(__nccwpck_require__.bind(__nccwpck_require__, 41285))).jobThread();
}
// Threads load this same bundle (see src/adapters/threads.ts). From the TypeScript sources
// (the test suite) the URL is a .ts file no thread can load: scans stay on the main thread.
const bundled = !import.meta.url.endsWith('.ts');
/**
 * How zod builds schemas (schemas.ts), set before a front end loads and builds its schemas.
 * Loaded here rather than with this module, so scan threads, which use no schema, skip zod.
 */
const schemaMode = () => Promise.all(/* import() */[__nccwpck_require__.e(3160), __nccwpck_require__.e(8912)]).then(__nccwpck_require__.bind(__nccwpck_require__, 68912));
/** The action: run the gate under the runner, then set the process exit code. */
async function action() {
    if (actionSetsRunFlags(process.env))
        await setRunFlags();
    if (bundled)
        (0,threads/* enableThreads */.Vl)(import.meta.url);
    await schemaMode();
    const { run } = await Promise.all(/* import() */[__nccwpck_require__.e(1651), __nccwpck_require__.e(6128)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6128));
    const stop = stopSignal();
    const code = await run(stop.signal);
    process.exitCode = stop.exitCode() ?? code;
}
/** The CLI on `argv` (without node and the script), then set the process exit code. */
async function cli(argv) {
    outliveClosedPipes();
    if (cliSetsRunFlags(argv))
        await setRunFlags();
    if (bundled)
        (0,threads/* enableThreads */.Vl)(import.meta.url);
    await schemaMode();
    const { runCli } = await Promise.all(/* import() */[__nccwpck_require__.e(8179), __nccwpck_require__.e(1651), __nccwpck_require__.e(1945)]).then(__nccwpck_require__.bind(__nccwpck_require__, 11945));
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
