export const id = 116;
export const ids = [116];
export const modules = {

/***/ 77911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ createExec)
/* harmony export */ });
/* unused harmony export BoundedBuffer */
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


/***/ }),

/***/ 93618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ HttpError),
/* harmony export */   u: () => (/* binding */ createHttpClient)
/* harmony export */ });
/** The HTTP client live checks use: fetch with a byte cap, timing, and errors that say what went wrong. */
class HttpError extends Error {
    kind;
    elapsedMs;
    constructor(kind, message, elapsedMs) {
        super(message);
        this.kind = kind;
        this.elapsedMs = elapsedMs;
        this.name = 'HttpError';
    }
}
const DEFAULT_MAX_BODY = 1024 * 1024;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** As many as fetch itself follows. */
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
function hostOf(url) {
    try {
        return new URL(url).host;
    }
    catch {
        return url;
    }
}
/** The request to send for a redirect answer, as fetch would follow it; undefined when it is not one. */
function redirected(res, from, sensitive = () => false) {
    const location = res.headers.get('location');
    if (!REDIRECT_STATUSES.has(res.status) || location === null)
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
    if ((res.status === 303 && method !== 'HEAD') ||
        ((res.status === 301 || res.status === 302) && method === 'POST')) {
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
    const cause = err?.cause;
    const code = cause?.code ?? err?.code ?? '';
    const text = `${cause?.message ?? ''} ${err?.message ?? ''}`;
    if (code === 'ECONNREFUSED')
        return { kind: 'refused', message: `connection refused by ${host}` };
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME')
        return { kind: 'dns', message: `DNS lookup failed for ${host.replace(/:\d+$/, '')} (${code})` };
    if (/CERT|SSL|TLS|self[- ]signed|certificate|wrong version number|EPROTO/i.test(code) ||
        /certificate|ssl|tls|wrong version number/i.test(text))
        return { kind: 'tls', message: `TLS error talking to ${host}: ${cause?.message ?? code}` };
    if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || /other side closed|socket hang up/i.test(text))
        return { kind: 'reset', message: `connection to ${host} was closed before a complete response` };
    if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH')
        return { kind: 'network', message: `${host} is unreachable (${code})` };
    return {
        kind: 'network',
        message: `request to ${host} failed: ${cause?.message ?? err?.message ?? code}`,
    };
}
function createHttpClient(userAgent) {
    return {
        async request(req) {
            const started = performance.now();
            const timeout = AbortSignal.timeout(req.timeoutMs);
            const signal = req.signal ? AbortSignal.any([req.signal, timeout]) : timeout;
            const elapsed = () => Math.round(performance.now() - started);
            // Redirects are followed here rather than by fetch, so an error names the host that failed.
            let sent = {
                url: req.url,
                method: req.method ?? 'GET',
                headers: { 'user-agent': userAgent, ...req.headers },
                ...(req.body === undefined ? {} : { body: req.body }),
            };
            const fail = (err) => {
                if (timeout.aborted)
                    throw new HttpError('timeout', `no complete response within ${req.timeoutMs}ms`, elapsed());
                if (req.signal?.aborted)
                    throw new HttpError('aborted', 'request stopped (check timed out)', elapsed());
                const { kind, message } = describeCause(err, sent.url);
                const via = sent.url === req.url ? '' : `, redirected from ${hostOf(req.url)}`;
                throw new HttpError(kind, `${message}${via}`, elapsed());
            };
            let res;
            for (let hops = 0;; hops++) {
                try {
                    res = await fetch(sent.url, {
                        method: sent.method,
                        headers: sent.headers,
                        body: sent.body,
                        redirect: 'manual',
                        signal,
                    });
                }
                catch (err) {
                    return fail(err);
                }
                const next = req.followRedirects ? redirected(res, sent, req.sensitiveHeader) : undefined;
                if (!next)
                    break;
                await res.body?.cancel().catch(() => undefined);
                if (hops === MAX_REDIRECTS)
                    throw new HttpError('network', `more than ${MAX_REDIRECTS} redirects, the last to ${hostOf(next.url)}`, elapsed());
                sent = next;
            }
            const latencyMs = performance.now() - started;
            const max = req.maxBodyBytes ?? DEFAULT_MAX_BODY;
            const chunks = [];
            let bytes = 0;
            let truncated = false;
            try {
                if (res.body) {
                    const reader = res.body.getReader();
                    for (;;) {
                        const { done, value } = await reader.read();
                        if (done)
                            break;
                        const room = max - bytes;
                        if (value.length > room) {
                            chunks.push(value.subarray(0, room));
                            bytes += room;
                            truncated = true;
                            await reader.cancel().catch(() => undefined);
                            break;
                        }
                        chunks.push(value);
                        bytes += value.length;
                    }
                }
            }
            catch (err) {
                return fail(err);
            }
            const headers = {};
            res.headers.forEach((v, k) => {
                headers[k] = v;
            });
            return {
                url: res.url || sent.url,
                status: res.status,
                headers,
                body: Buffer.concat(chunks).toString('utf8'),
                bodyBytes: bytes,
                truncated,
                latencyMs: Math.round(latencyMs * 10) / 10,
                totalMs: Math.round((performance.now() - started) * 10) / 10,
            };
        },
    };
}


/***/ }),

/***/ 74810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jo: () => (/* binding */ createStreamLogger),
/* harmony export */   S: () => (/* binding */ redactingLogger),
/* harmony export */   Sy: () => (/* binding */ STATUS_SYMBOL),
/* harmony export */   tY: () => (/* binding */ checkLine)
/* harmony export */ });
/* unused harmony export silentLogger */
const STATUS_SYMBOL = {
    pass: '✔',
    warn: '⚠',
    fail: '✖',
    error: '‼',
    skipped: '○',
};
/** One line per finished check: `✔ health  pass 5/5  120ms  healthy`. */
function checkLine(r) {
    const score = r.status === 'skipped' ? '   ' : `${r.score}/5`;
    return `${STATUS_SYMBOL[r.status] ?? '?'} ${r.id.padEnd(18)} ${r.status.padEnd(7)} ${score}  ${`${r.durationMs}ms`.padStart(7)}  ${r.summary}`;
}
function createStreamLogger(opts = {}) {
    const write = opts.write ?? ((line) => process.stderr.write(`${line}\n`));
    return {
        info: (m) => write(m),
        warn: (m) => write(`warning: ${m}`),
        error: (m) => write(`error: ${m}`),
        debug: (m) => {
            if (opts.verbose)
                write(`debug: ${m}`);
        },
        checkFinished(result, log) {
            write(checkLine(result));
            if (opts.verbose)
                for (const l of log)
                    write(`    ${l}`);
            if (result.status === 'fail' || result.status === 'error' || result.status === 'warn') {
                for (const f of result.findings.slice(0, 5)) {
                    const at = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}: ` : '';
                    write(`    ${at}${f.message.split('\n')[0]}`);
                }
                if (result.findings.length > 5)
                    write(`    … ${result.findings.length - 5} more in the report`);
            }
        },
        mask: () => undefined,
    };
}
/**
 * A logger whose every line is redacted first, with the secrets known when it is printed. The
 * gate wraps the front end's logger in one, so a message built from a store's error (a git
 * remote with a token in its URL) is masked like the report.
 */
function redactingLogger(logger, redactor) {
    const r = (m) => redactor.redact(m);
    return {
        info: (m) => logger.info(r(m)),
        warn: (m) => logger.warn(r(m)),
        error: (m) => logger.error(r(m)),
        debug: (m) => logger.debug(r(m)),
        checkFinished: (result, log) => logger.checkFinished(redactor.redactDeep(result), log.map(r)),
        mask: (v) => logger.mask(v),
    };
}
const silentLogger = {
    info: () => undefined,
    warn: () => undefined,
    error: () => undefined,
    debug: () => undefined,
    checkFinished: () => undefined,
    mask: () => undefined,
};


/***/ }),

/***/ 54468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ runAggregate)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/checks/evidence/evidenceFile.ts + 1 modules
var evidenceFile = __webpack_require__(54451);
// EXTERNAL MODULE: ./src/bundle/manifest.ts
var manifest = __webpack_require__(9075);
// EXTERNAL MODULE: ./src/bundle/seal.ts + 1 modules
var seal = __webpack_require__(3167);
// EXTERNAL MODULE: ./src/bundle/verify.ts
var verify = __webpack_require__(10907);
// EXTERNAL MODULE: ./src/core/conditions.ts
var conditions = __webpack_require__(18857);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/report/aggregateMarkdown.ts
const ICON = { passed: '✅', not_passed: '❌', missing: '⛔', stale: '⌛' };
const LEVEL = {
    ga_ready: '✅ GA ready',
    release_candidate: '🟡 Release candidate',
    blocked: '⛔ Blocked',
};
const cell = (s) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
/** The release review summary: the aggregate's report.md. */
function renderAggregate(r) {
    const req = r.domains.filter((d) => d.required);
    const passed = req.filter((d) => d.status === 'passed').length;
    const out = [
        `## ${LEVEL[r.level]}${r.release ? ` — ${cell(r.release)}` : ''} · score ${r.score}`,
        '',
        `**Level** \`${r.level}\` · **Required domains passed** ${passed}/${req.length} (release candidate at ≥ ${r.releaseCandidateAt})`,
    ];
    if (r.blockers.length > 0) {
        out.push('', '### Blockers', '');
        for (const b of r.blockers) {
            const [domain, kind] = [b.slice(0, b.lastIndexOf('.')), b.slice(b.lastIndexOf('.') + 1)];
            const d = r.domains.find((x) => x.name === domain);
            const fix = kind === 'missing'
                ? 'run or upload the missing evidence artifact'
                : kind === 'stale'
                    ? 'run the source workflow again: its evidence is older than the domain’s maxAge'
                    : 'open the source workflow’s artifact and fix that domain, not the aggregator';
            out.push(`- \`${cell(b)}\` — ${cell(d?.detail ?? '')}; ${fix}`);
        }
    }
    out.push('', '### Domains', '', '| | Domain | Required | Status | Evidence | SHA-256 | Detail |', '|---|---|---|---|---|---|---|');
    for (const d of r.domains)
        out.push(`| ${ICON[d.status]} | \`${cell(d.name)}\` | ${d.required ? 'yes' : 'no'} | ${d.status} | ${d.path ? `\`${cell(d.path)}\`` : '–'} | ${d.sha256 ? `\`${d.sha256.slice(0, 16)}…\`` : '–'} | ${cell(d.detail)} |`);
    out.push('', `<sub>promotion-gate ${r.tool.version} · aggregate · ${r.generatedAt}</sub>`, '');
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/checks/evidence/normalize.ts
/**
 * Normalize pass/fail: evidence from many tools says "passed" in many ways. A
 * status we do not recognise is not a pass (fail closed), and the detail says what was seen.
 */
const PASS = new Set([
    'pass',
    'passed',
    'ok',
    'success',
    'succeeded',
    'successful',
    'green',
    'go',
    'ga_ready',
    'promote',
    'true',
]);
const FAIL = new Set([
    'fail',
    'failed',
    'failure',
    'error',
    'errored',
    'red',
    'no_go',
    'no-go',
    'blocked',
    'hold',
    'cancelled',
    'canceled',
    'timed_out',
    'release_candidate',
    'false',
    'skipped',
]);
/** Fields that carry a verdict, most specific first (`verdict` is promotion-gate's own report). */
const STATUS_FIELDS = ['verdict', 'status', 'result', 'conclusion', 'outcome', 'state', 'level'];
const BOOLEAN_FIELDS = ['passed', 'pass', 'ok', 'success', 'succeeded'];
function fromObject(doc) {
    for (const f of STATUS_FIELDS) {
        const v = doc[f];
        if (typeof v !== 'string')
            continue;
        const k = v.trim().toLowerCase();
        if (PASS.has(k))
            return { passed: true, detail: `${f} = "${v}"` };
        if (FAIL.has(k))
            return { passed: false, detail: `${f} = "${v}"` };
        return { passed: false, detail: `${f} = "${v}" is not a known passing status` };
    }
    for (const f of BOOLEAN_FIELDS) {
        const v = doc[f];
        if (typeof v === 'boolean')
            return { passed: v, detail: `${f} = ${v}` };
    }
    return undefined;
}
function normalizeStatus(ev) {
    const doc = ev.doc;
    if (ev.format === 'junit') {
        const bad = Number(doc.failures) + Number(doc.errors);
        if (Number(doc.tests) === 0)
            return { passed: false, detail: 'JUnit report with no tests' };
        return {
            passed: bad === 0,
            detail: `JUnit: ${doc.tests} tests, ${doc.failures} failed, ${doc.errors} errors`,
        };
    }
    if (ev.format === 'sarif')
        return {
            passed: doc.error === 0,
            detail: `SARIF: ${doc.error} error(s), ${doc.warning} warning(s), ${doc.note} note(s)`,
        };
    if (!doc || typeof doc !== 'object' || Array.isArray(doc))
        return { passed: false, detail: 'evidence is not an object with a status' };
    const top = fromObject(doc);
    if (top)
        return top;
    // Some tools nest it: {"summary": {"status": "pass"}}.
    for (const key of ['summary', 'result', 'gate', 'report']) {
        const inner = doc[key];
        if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
            const n = fromObject(inner);
            if (n)
                return { ...n, detail: `${key}.${n.detail}` };
        }
    }
    return {
        passed: false,
        detail: `no status found (looked for ${[...STATUS_FIELDS, ...BOOLEAN_FIELDS].join(', ')})`,
    };
}

// EXTERNAL MODULE: ./src/checks/paths.ts
var paths = __webpack_require__(47681);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(98571);
;// CONCATENATED MODULE: ./src/app/evidenceAge.ts

/**
 * Evidence that is too old proves nothing about now: "no passing rollback drill in the last 35
 * days" is a domain with `maxAge: 35d`. Its age is taken from the report's `finishedAt` (what a
 * promotion-gate report, deploy or drill says), else from the file's modification time.
 */
function withFreshness(judged, maxAge, now) {
    const limit = maxAge === undefined ? undefined : (0,duration/* parseDuration */.E9)(maxAge);
    if (limit === undefined || !judged.loaded)
        return judged;
    const doc = judged.loaded.doc;
    const stamped = doc &&
        typeof doc === 'object' &&
        typeof doc.finishedAt === 'string' &&
        !Number.isNaN(Date.parse(doc.finishedAt))
        ? { at: new Date(doc.finishedAt), from: 'finishedAt' }
        : { at: judged.loaded.mtime, from: 'file time' };
    const age = now.getTime() - stamped.at.getTime();
    if (age <= limit)
        return judged;
    return {
        ...judged,
        status: 'stale',
        detail: `${(0,duration/* formatDuration */.a3)(age)} old (${stamped.from} ${stamped.at.toISOString()}), older than maxAge ${maxAge}; it said: ${judged.detail}`,
    };
}

;// CONCATENATED MODULE: ./src/app/aggregate.ts












const EVIDENCE_EXT = /\.(json|ya?ml|xml|sarif)$/i;
const PREFERRED = ['report.json', 'evidence.json', 'result.json', 'results.json', 'summary.json'];
function domainOf(file) {
    return file.replace(/(\.sarif)?\.(json|ya?ml|xml|sarif)$/i, '');
}
/** A directory as actions/download-artifact leaves it: a file or a folder per artifact. */
async function scanDir(dir, ws, allowOutside) {
    const abs = (await confine(ws, allowOutside, '--dir', dir, (m) => new errors/* UsageError */.eb(m))).real;
    let entries;
    try {
        entries = await (0,promises_.readdir)(abs, { withFileTypes: true });
    }
    catch (err) {
        throw new errors/* UsageError */.eb(`--dir ${dir}: ${err.message}`);
    }
    const out = new Map();
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        const rel = external_node_path_default().join(dir, e.name);
        if (e.isFile() && EVIDENCE_EXT.test(e.name))
            out.set(domainOf(e.name), { path: rel, from: 'dir' });
        if (!e.isDirectory())
            continue;
        const files = (await (0,promises_.readdir)(external_node_path_default().join(abs, e.name))).filter((f) => EVIDENCE_EXT.test(f) && f !== manifest/* MANIFEST */.e0);
        const names = await (0,promises_.readdir)(external_node_path_default().join(abs, e.name));
        const bundleDir = names.includes(manifest/* MANIFEST */.e0) && names.includes(manifest/* REPORT_JSON */.oA) ? rel : undefined;
        const pick = PREFERRED.find((p) => files.includes(p)) ??
            files.find((f) => domainOf(f) === e.name) ??
            (files.length === 1 ? files[0] : undefined);
        out.set(e.name, pick
            ? {
                path: external_node_path_default().join(rel, pick),
                from: 'dir',
                ...(bundleDir ? { bundleDir, bundleReal: external_node_path_default().join(abs, e.name) } : {}),
            }
            : {
                from: 'dir',
                problem: files.length === 0
                    ? `${rel} holds no evidence file (json, yaml, xml, sarif)`
                    : `${rel} holds ${files.length} evidence files (${files.slice(0, 4).join(', ')}); name one with --artifact ${e.name}=<path>`,
            });
    }
    return out;
}
const OUTSIDE_HINT = 'pass --allow-outside-workspace to read it';
/**
 * Where `name` really is, kept inside the workspace like every path a check reads: the evidence
 * is copied into the bundle, a downloadable artifact, so `/etc/shadow` or a link to it must not be.
 */
async function confine(ws, allowOutside, what, name, error, 
/** How the outside message names the path, when not `<what> <name>`. */
label = `${what} ${name}`) {
    let found;
    try {
        found = await ws.resolve(what, name);
    }
    catch (err) {
        if (err instanceof paths/* WorkspacePathError */.Tf)
            throw error(err.message);
        throw err;
    }
    if (found.outside && !allowOutside)
        throw error(`${label} is outside the workspace (it resolves to ${found.real}); ${OUTSIDE_HINT}`);
    return found;
}
/**
 * Confines every evidence path before anything is written. A path the user named (`--artifact`,
 * the config) that leaves the workspace is their error, all of them said at once; a file found in
 * a `--dir` that leads out (a symbolic link in a downloaded artifact) makes its domain not pass.
 */
async function confineSources(sources, ws, opts) {
    const allow = opts.allowOutsideWorkspace === true;
    const usage = [];
    const config = [];
    for (const [name, src] of sources) {
        if (!src.path || src.problem)
            continue;
        const at = ['aggregate', 'domains', name, 'path'];
        const [what, label] = src.from === 'artifact'
            ? ['--artifact', `--artifact ${name}=${src.path}`]
            : ['evidence file', undefined];
        try {
            const found = await confine(ws, allow, what, src.path, (m) => new paths/* WorkspacePathError */.Tf(m), label);
            src.real = found.real;
            src.outside = found.outside;
        }
        catch (err) {
            if (!(err instanceof paths/* WorkspacePathError */.Tf))
                throw err;
            if (src.from === 'artifact')
                usage.push(err.message);
            else if (src.from === 'config') {
                const pos = opts.source?.locate(at);
                config.push({
                    ...(opts.source ? { file: opts.source.file, line: pos?.line, column: pos?.column } : {}),
                    path: at.join('.'),
                    message: err.message,
                });
            }
            else
                src.problem = err.message;
        }
    }
    if (config.length > 0)
        throw new errors/* ConfigError */.xL(config);
    if (usage.length > 0)
        throw new errors/* UsageError */.eb(usage.join('\n'));
}
async function judge(name, src) {
    const none = { path: src?.path ?? null, sha256: null, size: null, format: null };
    if (!src)
        return { name, ...none, status: 'missing', detail: 'no evidence given for this domain' };
    if (src.problem || !src.path || !src.real)
        return { name, ...none, status: 'not_passed', detail: src.problem ?? 'no evidence file' };
    let ev;
    try {
        ev = await (0,evidenceFile/* loadEvidence */.Qn)(src.real, src.path, src.format ?? 'auto');
    }
    catch (err) {
        if (!(err instanceof evidenceFile/* EvidenceError */.oe))
            throw err;
        return { name, ...none, status: err.missing ? 'missing' : 'not_passed', detail: err.message };
    }
    const found = { name, path: src.path, sha256: ev.sha256, size: ev.size, format: ev.format, loaded: ev };
    if (src.bundleDir && src.bundleReal) {
        const v = await (0,verify/* verifyBundle */.I)(src.bundleReal);
        if (!v.ok) {
            const p = v.problems[0];
            return {
                ...found,
                status: 'not_passed',
                detail: `bundle ${src.bundleDir} is not intact: ${p.kind} ${p.path} (${p.detail})`,
            };
        }
    }
    if (src.assert && src.assert.length > 0) {
        const results = src.assert.map((c) => (0,conditions/* evaluateCondition */.F9)((0,conditions/* parseCondition */.zB)(c), ev.doc));
        const bad = results.filter((r) => !r.ok);
        return {
            ...found,
            status: bad.length ? 'not_passed' : 'passed',
            detail: bad.length
                ? bad.map((r) => `${r.observed}, expected ${r.condition}`).join('; ')
                : `${results.length} condition(s) hold`,
        };
    }
    const n = normalizeStatus(ev);
    return { ...found, status: n.passed ? 'passed' : 'not_passed', detail: n.detail };
}
async function runAggregate(opts) {
    const ws = new paths/* Workspace */.aR(opts.cwd, true);
    const sources = new Map();
    const configured = opts.settings?.domains ?? {};
    for (const [name, d] of Object.entries(configured))
        sources.set(name, {
            ...(d.path ? { path: d.path } : {}),
            from: 'config',
            format: d.format,
            assert: d.assert,
        });
    // A domain named like a built-in member (`constructor`) is no configured domain.
    const fromConfig = (name) => (Object.hasOwn(configured, name) ? configured[name] : undefined);
    for (const dir of opts.dirs)
        for (const [name, s] of await scanDir(dir, ws, opts.allowOutsideWorkspace === true))
            sources.set(name, { ...s, format: fromConfig(name)?.format, assert: fromConfig(name)?.assert });
    for (const a of opts.artifacts)
        sources.set(a.domain, {
            path: a.path,
            from: 'artifact',
            format: fromConfig(a.domain)?.format,
            assert: fromConfig(a.domain)?.assert,
        });
    await confineSources(sources, ws, opts);
    const given = [...sources.keys()].filter((k) => sources.get(k).path || sources.get(k).problem);
    const required = opts.required ?? opts.settings?.required ?? given;
    if (required.length === 0)
        throw new errors/* UsageError */.eb('no domains to aggregate: give --artifact DOMAIN=PATH, --dir DIR, or --required');
    const names = [...new Set([...required, ...given])];
    const releaseCandidateAt = opts.settings?.releaseCandidateAt ?? 80;
    await (0,seal/* prepareOutputDir */.g$)(opts.outDir);
    const domains = [];
    for (const name of names) {
        const source = sources.get(name);
        const judged = await judge(name, source);
        const { loaded, ...r } = withFreshness(judged, fromConfig(name)?.maxAge, opts.now);
        let evidence = null;
        if (loaded) {
            // The bundle keeps each artifact byte for byte (the bytes judged, not the path read again),
            // so its manifest digest equals sha256 above.
            evidence = `evidence/${name}/${external_node_path_default().basename(loaded.path)}`;
            await (0,promises_.mkdir)(external_node_path_default().join(opts.outDir, 'evidence', name), { recursive: true });
            await (0,promises_.writeFile)(external_node_path_default().join(opts.outDir, evidence), loaded.bytes);
        }
        // Evidence read from outside the workspace (allowed) says where it was read.
        if (loaded && source?.outside)
            r.detail = `${r.detail} (read from ${source.real}, outside the workspace)`;
        domains.push({ ...r, required: required.includes(name), evidence });
    }
    const blockers = [];
    for (const name of required) {
        const d = domains.find((x) => x.name === name);
        if (d.status !== 'passed')
            blockers.push(`${name}.${d.status}`);
    }
    const passed = required.filter((n) => domains.find((d) => d.name === n).status === 'passed').length;
    const score = Math.round((passed / required.length) * 1000) / 10;
    const level = blockers.length === 0 ? 'ga_ready' : score >= releaseCandidateAt ? 'release_candidate' : 'blocked';
    const report = {
        schemaVersion: 1,
        kind: 'aggregate',
        tool: { name: 'promotion-gate', version: opts.version },
        ...(opts.release ? { release: opts.release } : {}),
        level,
        score,
        blockers,
        required,
        releaseCandidateAt,
        domains,
        generatedAt: opts.now.toISOString(),
    };
    const markdown = renderAggregate(report);
    // sealBundle serialises the report and digests the directory; it reads no gate-only fields.
    const sealed = await (0,seal/* sealBundle */.u2)(opts.outDir, report, markdown);
    return { report: sealed.report, markdown };
}


/***/ }),

/***/ 60266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zt: () => (/* binding */ runDeploy),
  t7: () => (/* binding */ runEnvironment),
  Bb: () => (/* binding */ verifyPhase)
});

// UNUSED EXPORTS: defaultEnvironmentOutDir, outcomeExitCode

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/bundle/seal.ts + 1 modules
var seal = __webpack_require__(3167);
// EXTERNAL MODULE: ./src/change/head.ts
var head = __webpack_require__(7112);
// EXTERNAL MODULE: ./src/config/load.ts + 5 modules
var load = __webpack_require__(85853);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/redact.ts + 2 modules
var redact = __webpack_require__(13706);
// EXTERNAL MODULE: ./src/core/runner.ts
var core_runner = __webpack_require__(4473);
;// CONCATENATED MODULE: ./src/deploy/history.ts

/**
 * Deploys and drills are kept in the same history stores as gate runs, as run summaries under a
 * key no profile can have (`deploy:<environment>`, `drill:<environment>`: profile names never
 * hold a colon), with their own `kind` and `outcome`. Every store keeps them as it keeps runs;
 * `history list --profile drill:staging` lists them.
 */
function historyKey(kind, environment) {
    return `${kind}:${environment}`;
}
function stepStatus(e) {
    switch (e.status) {
        case 'passed':
            return 'pass';
        case 'failed':
        case 'forced-failed':
            return 'fail';
        case 'planned':
            return 'skipped';
        default:
            return 'error';
    }
}
function deploySummaryOf(r, runId) {
    const passed = r.status === 'passed';
    return {
        schemaVersion: 1,
        profile: historyKey(r.kind, r.environment),
        runId,
        startedAt: r.startedAt,
        finishedAt: r.finishedAt,
        verdict: passed ? 'promote' : 'hold',
        score: passed ? 5 : 1,
        action: passed ? 'auto-promote' : 'hold',
        level: passed ? 'ga_ready' : 'blocked',
        ...(r.commit ? { sha: r.commit } : {}),
        ...(r.ref ? { ref: r.ref } : {}),
        ...(r.bundle ? { bundleId: r.bundle.id } : {}),
        ...(r.run?.url ? { url: r.run.url } : {}),
        blockers: passed ? [] : [`${r.kind}.${r.outcome}`],
        hotfixChecks: [],
        checks: r.steps.map((e) => ({
            id: e.name,
            type: e.kind === 'command' ? 'step' : 'verify',
            status: stepStatus(e),
            score: e.status === 'passed' ? 5 : 1,
            metrics: {
                durationMs: e.durationMs ?? null,
                ...(e.kind === 'command' ? { exitCode: e.exitCode ?? null } : { bundleId: e.bundleId ?? null }),
            },
        })),
        kind: r.kind,
        environment: r.environment,
        outcome: r.outcome,
    };
}
/** Appends the sealed record; a store that fails is reported, never fatal. */
async function recordDeploy(store, report, runId, logger, keep) {
    const key = historyKey(report.kind, report.environment);
    const out = { store: store.describe(), key, runId, appended: false, problems: [] };
    try {
        await store.append(deploySummaryOf(report, runId), keep !== undefined ? { keep } : {});
        out.appended = true;
    }
    catch (err) {
        const problem = `cannot record ${report.kind} ${runId} in ${store.describe()}: ${(0,errors/* errorMessage */.gJ)(err)}`;
        out.problems.push(problem);
        logger.warn(problem);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/deploy/flow.ts
function describeCommand(e) {
    return `${e.name} ${e.detail ?? e.status}`;
}
function describeVerify(e) {
    if (e.status === 'forced-failed')
        return `verify (${e.profile}) recorded as failed by the drill`;
    const what = e.verdict ? `${e.verdict}${e.blockers?.length ? `: ${e.blockers.join(', ')}` : ''}` : e.status;
    return `${e.name} (${e.profile}) ${e.detail ?? what}`;
}
async function runFlow(kind, plan, d) {
    const steps = [];
    const drill = kind === 'drill';
    const env = plan.environment;
    const stopped = () => d.signal?.aborted === true;
    const interrupted = (during) => ({
        steps,
        outcome: 'interrupted',
        why: `stopped during ${during}${d.signal?.reason instanceof Error ? ` (${d.signal.reason.message})` : ''}; nothing after it ran`,
    });
    const command = async (name) => {
        const e = await d.runStep(plan.steps[name]);
        steps.push(e);
        return e;
    };
    const verify = async (phase) => {
        const e = await d.runVerify(phase);
        steps.push(e);
        return e;
    };
    if (plan.steps.snapshot) {
        const s = await command('snapshot');
        if (s.status === 'interrupted' || stopped())
            return interrupted('snapshot');
        if (s.status !== 'passed') {
            const why = `${describeCommand(s)}: nothing was deployed`;
            return { steps, outcome: 'failed', why: drill ? `${why}, and the rollback was not reached` : why };
        }
    }
    let failure;
    const deployed = await command('deploy');
    if (deployed.status === 'interrupted' || stopped())
        return interrupted('deploy');
    if (deployed.status !== 'passed')
        failure = describeCommand(deployed);
    else if (drill) {
        const forced = {
            kind: 'verify',
            name: 'verify',
            profile: plan.verify,
            status: 'forced-failed',
            detail: 'not run: the drill records it as failed, so that the rollback runs',
        };
        steps.push(forced);
        failure = describeVerify(forced);
    }
    else {
        const v = await verify('verify');
        if (v.status === 'interrupted' || stopped())
            return interrupted('verify');
        if (v.status !== 'passed')
            failure = describeVerify(v);
    }
    if (failure === undefined)
        return { steps, outcome: 'deployed', why: `deploy ran and verify (${plan.verify}) passed` };
    if (!plan.rollback.enabled) {
        const why = `${failure}; ${plan.rollback.reason}`;
        return plan.protect
            ? {
                steps,
                outcome: 'failed',
                why,
                alert: `${env}: ${failure}; it is protected, so nothing was rolled back — a person must decide`,
            }
            : { steps, outcome: 'failed', why };
    }
    const r = await command('rollback');
    if (r.status === 'interrupted' || stopped())
        return interrupted('rollback');
    if (r.status !== 'passed')
        return {
            steps,
            outcome: 'rollback-failed',
            why: `${failure}; ${describeCommand(r)}: ${env} is in an unknown state`,
            alert: `${env}: the rollback failed (${r.detail ?? r.status}); the environment is in an unknown state`,
        };
    const after = await verify('verify-after-rollback');
    if (after.status === 'interrupted' || stopped())
        return interrupted('verify-after-rollback');
    if (after.status !== 'passed')
        return {
            steps,
            outcome: 'rollback-failed',
            why: `${failure}; rolled back, but ${describeVerify(after)}: ${env} is in an unknown state`,
            alert: `${env}: the verify after the rollback failed; the environment is in an unknown state`,
        };
    return {
        steps,
        outcome: drill ? 'passed' : 'rolled-back',
        why: drill
            ? `the rollback ran and the verify after it (${plan.verify}) passed`
            : `${failure}; rolled back, and the verify after it (${plan.verify}) passed`,
    };
}
/** The plan as words, for a dry run and for the report of what would run. */
function describePlan(plan) {
    const order = [...(plan.steps.snapshot ? ['snapshot'] : []), 'deploy', `verify (${plan.verify})`].join(' → ');
    const onFailure = plan.rollback.enabled
        ? `on failure: rollback → verify (${plan.verify})`
        : `on failure: no rollback — ${plan.rollback.reason}`;
    return `${order}; ${onFailure}`;
}

// EXTERNAL MODULE: ./src/deploy/markdown.ts
var deploy_markdown = __webpack_require__(51958);
// EXTERNAL MODULE: ./src/adapters/http.ts
var http = __webpack_require__(93618);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/notify/message.ts
var message = __webpack_require__(58478);
// EXTERNAL MODULE: ./src/notify/plan.ts
var notify_plan = __webpack_require__(79194);
// EXTERNAL MODULE: ./src/notify/send.ts + 1 modules
var send = __webpack_require__(4668);
;// CONCATENATED MODULE: ./src/notify/deploy.ts







function deployNotifier(loaded, opts) {
    const plan = (0,notify_plan/* planNotify */.t)(loaded, { env: opts.env, inputs: opts.inputs });
    const redactor = new redact/* Redactor */.pO();
    for (const s of plan.secrets)
        redactor.add(s);
    return {
        secrets: plan.secrets,
        async send(report, alert) {
            const events = (0,message/* deployEvents */.tn)(report);
            if (events.length === 0 || plan.webhooks.length === 0)
                return [];
            try {
                const sent = await (0,send/* sendNotices */.Ap)(plan.webhooks, (0,message/* deployNotice */.qx)(report, [], alert), events, {
                    http: (0,http/* createHttpClient */.u)(`promotion-gate/${version/* VERSION */.x}`),
                    redactor,
                    signal: opts.signal,
                });
                for (const d of sent)
                    if (d.state === 'sent')
                        opts.logger.info((0,send/* describeDelivery */.Ks)(d));
                    else
                        opts.logger.warn(`${redactor.redact((0,send/* describeDelivery */.Ks)(d))} (the outcome is not affected)`);
                return sent;
            }
            catch (err) {
                opts.logger.warn(`notifications not sent: ${redactor.redact((0,errors/* errorMessage */.gJ)(err))}`);
                return [];
            }
        },
    };
}

// EXTERNAL MODULE: ./src/deploy/report.ts
var deploy_report = __webpack_require__(65505);
// EXTERNAL MODULE: ./src/deploy/plan.ts
var deploy_plan = __webpack_require__(5448);
// EXTERNAL MODULE: ./src/deploy/step.ts
var deploy_step = __webpack_require__(99497);
// EXTERNAL MODULE: ./src/history/summary.ts
var summary = __webpack_require__(1048);
// EXTERNAL MODULE: ./src/app/exitCodes.ts
var exitCodes = __webpack_require__(58357);
// EXTERNAL MODULE: ./src/app/gate.ts + 14 modules
var app_gate = __webpack_require__(32005);
;// CONCATENATED MODULE: ./src/app/deploy.ts


















/** Kept out of a literal path.resolve(…) call, as in gate.ts: the bundler would relocate it. */
const OUTPUT_ROOT = ['.promotion-gate'];
function defaultEnvironmentOutDir(cwd, kind, environment) {
    // Built as one list first: a literal path.resolve(cwd, …) is what the bundler rewrites.
    const parts = [cwd, ...OUTPUT_ROOT, `.${kind}`, environment];
    return external_node_path_default().resolve(...parts);
}
/** 0 deployed, planned or a passed drill; 4 when the rollback failed; 1 otherwise. */
function outcomeExitCode(outcome) {
    switch (outcome) {
        case 'deployed':
        case 'planned':
        case 'passed':
            return exitCodes/* EXIT */.d.promote;
        case 'rollback-failed':
            return exitCodes/* EXIT */.d.rollbackFailed;
        default:
            return exitCodes/* EXIT */.d.hold;
    }
}
/** The deploy flow, shared by deploy and drill. */
async function runEnvironment(opts, mode, loaded) {
    const now = opts.now ?? (() => new Date());
    const startedAt = now();
    const config = loaded ??
        (await (0,load/* loadConfigFile */.HT)(opts.configPath, external_node_path_default().relative(opts.cwd, opts.configPath) || opts.configPath));
    const drill = mode.kind === 'drill';
    const plan = (0,deploy_plan/* planEnvironment */.R)(config, opts.environment, {
        env: opts.env,
        inputs: opts.inputs,
        cwd: opts.cwd,
        workspace: opts.workspace,
        rollback: mode.rollback,
        drill,
    });
    (0,deploy_step/* inputVariables */.kN)(opts.inputs);
    const notifier = deployNotifier(config, opts);
    const redactor = new redact/* Redactor */.pO();
    for (const s of [...plan.secrets, ...notifier.secrets])
        redactor.add(s);
    for (const [k, v] of Object.entries(opts.inputs))
        if ((0,deploy_report/* isSensitiveInput */.nh)(k))
            redactor.add(v);
    for (const s of redactor.values())
        opts.logger.mask(s);
    const outDir = external_node_path_default().resolve(opts.cwd, opts.outDir ?? defaultEnvironmentOutDir(opts.cwd, mode.kind, plan.environment));
    await (0,seal/* prepareOutputDir */.g$)(outDir);
    const runner = (0,core_runner/* readRunner */.f)(opts.env);
    const git = await (0,head/* headOf */.U)(runner, opts.cwd, opts.env);
    const dryRun = !drill && mode.dryRun === true;
    opts.logger.info(`promotion-gate ${version/* VERSION */.x}: ${drill ? `rollback drill${mode.live ? ' (live)' : ' (dry run)'}` : dryRun ? 'deploy (dry run)' : 'deploy'} of ${plan.environment}${git.commit ? ` at ${git.commit.slice(0, 12)}` : ''}: ${describePlan(plan)}`);
    let flow;
    let observed = false;
    try {
        if (dryRun) {
            flow = {
                steps: (0,deploy_report/* plannedSteps */.iM)(plan, (t) => redactor.redact(t)),
                outcome: 'planned',
                why: `dry run, nothing ran: ${describePlan(plan)}`,
            };
        }
        else {
            if (opts.observer && !drill) {
                observed = true;
                await opts.observer
                    .started({
                    environment: plan.environment,
                    ...git,
                    ...(plan.url ? { url: plan.url } : {}),
                    urlIsSecret: plan.url !== undefined && redactor.redact(plan.url) !== plan.url,
                    production: plan.production,
                })
                    .catch((err) => opts.logger.warn(`could not report the deploy start: ${(0,errors/* errorMessage */.gJ)(err)}`));
            }
            const context = {
                environment: plan.environment,
                ...(git.commit ? { commit: git.commit } : {}),
                ...(plan.url ? { url: plan.url } : {}),
                inputs: opts.inputs,
                drill,
                dryRun: drill && !mode.live,
            };
            flow = await runFlow(mode.kind, plan, {
                signal: opts.signal,
                runStep: (step) => (0,deploy_step/* runStep */.eg)(step, {
                    outDir,
                    env: opts.env,
                    context,
                    redactor,
                    logger: opts.logger,
                    signal: opts.signal,
                    now,
                }),
                runVerify: (phase) => verifyPhase(phase, plan, opts, config, outDir, redactor, now),
            });
        }
        if (flow.alert)
            opts.logger.error(redactor.redact(flow.alert));
        const report = redactor.redactDeep((0,deploy_report/* buildDeployReport */.Em)(plan, flow, {
            kind: mode.kind,
            version: version/* VERSION */.x,
            git,
            mode: { dryRun, drill, live: drill && mode.live === true },
            inputs: opts.inputs,
            runner,
            startedAt,
            finishedAt: now(),
        }));
        const markdown = (0,deploy_markdown/* renderDeploy */.G)(report);
        // sealBundle serialises the report and digests the directory; it reads no gate-only fields.
        const sealed = (await (0,seal/* sealBundle */.u2)(outDir, report, markdown))
            .report;
        const history = opts.history
            ? await recordDeploy(opts.history, sealed, (0,summary/* newRunId */.F$)(opts.env, startedAt), opts.logger, mode.keep)
            : undefined;
        await notifier.send(sealed, flow.alert && redactor.redact(flow.alert));
        if (observed)
            await opts
                .observer.finished(sealed)
                .catch((err) => opts.logger.warn(`could not report the deploy outcome: ${(0,errors/* errorMessage */.gJ)(err)}`));
        return {
            report: sealed,
            outDir,
            markdown,
            plan,
            exitCode: outcomeExitCode(sealed.outcome),
            ...(flow.alert ? { alert: redactor.redact(flow.alert) } : {}),
            ...(history ? { history } : {}),
        };
    }
    catch (err) {
        if (observed)
            await opts.observer.finished(undefined, err).catch(() => undefined);
        throw err;
    }
}
/** The verify profile through the gate, its bundle nested in this one under evidence/<phase>/. */
async function verifyPhase(phase, plan, opts, loaded, outDir, redactor, now) {
    const startedAt = now().toISOString();
    const t0 = performance.now();
    const base = {
        kind: 'verify',
        name: phase,
        profile: plan.verify,
        startedAt,
        evidence: `evidence/${phase}`,
    };
    opts.logger.info(`▶ ${phase}: profile ${plan.verify}`);
    try {
        const gate = await (0,app_gate/* runGate */.R)({
            configPath: opts.configPath,
            profile: plan.verify,
            outDir: external_node_path_default().join(outDir, 'evidence', phase),
            inputs: opts.inputs,
            env: opts.env,
            cwd: opts.cwd,
            logger: opts.logger,
            now,
            signal: opts.signal,
        }, loaded);
        const r = gate.report;
        const entry = {
            ...base,
            status: opts.signal?.aborted ? 'interrupted' : r.verdict === 'promote' ? 'passed' : 'failed',
            durationMs: Math.round(performance.now() - t0),
            verdict: r.verdict,
            score: r.score,
            action: r.action,
            blockers: r.blockers,
            ...(r.bundle ? { bundleId: r.bundle.id } : {}),
            evidence: `evidence/${phase}/report.json`,
        };
        opts.logger.info(`${entry.status === 'passed' ? '✔' : '✖'} ${phase}: ${r.verdict} ${r.score}/5${r.blockers.length ? ` (${r.blockers.join(', ')})` : ''}`);
        return entry;
    }
    catch (err) {
        // A verify that cannot run proves nothing: the deploy counts as not verified.
        const detail = `could not run: ${redactor.redact((0,errors/* errorMessage */.gJ)(err))}`;
        opts.logger.warn(`${phase}: ${detail}`);
        return { ...base, status: 'error', detail, durationMs: Math.round(performance.now() - t0) };
    }
}
/** `deploy`: see runEnvironment. */
function runDeploy(opts, loaded) {
    return runEnvironment(opts, { kind: 'deploy', rollback: opts.rollback, dryRun: opts.dryRun }, loaded);
}


/***/ }),

/***/ 72904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iI: () => (/* binding */ renderDrift),
/* harmony export */   le: () => (/* binding */ runDrift),
/* harmony export */   pO: () => (/* binding */ benchmarkChecks)
/* harmony export */ });
/* unused harmony exports DRIFT_JSON, DRIFT_MD, driftWrites */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _bundle_outputDir_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37504);
/* harmony import */ var _checks_metrics_drift_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54816);
/* harmony import */ var _checks_metrics_criteria_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1402);
/* harmony import */ var _core_redact_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(13706);
/* harmony import */ var _engine_runChecks_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(65618);
/* harmony import */ var _history_summary_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1048);








function measured(run, id) {
    const c = run.checks.find((x) => x.id === id);
    return c !== undefined && c.status !== 'skipped' && c.status !== 'error';
}
const DRIFT_JSON = 'drift.json';
const DRIFT_MD = 'drift.md';
const numbers = (m) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, typeof v === 'number' && Number.isFinite(v) ? v : undefined]));
/** What drift writes: its two files and the measuring benchmarks' evidence. */
function driftWrites(entry, kind) {
    if (kind === 'file' && (entry === DRIFT_JSON || entry === DRIFT_MD))
        return true;
    const evidence = entry === 'evidence' || entry.startsWith('evidence/');
    return evidence && (kind === 'file' || kind === 'directory');
}
function benchmarkChecks(plan) {
    return plan.checks.filter((c) => c.type === 'benchmark' && c.enforcement !== 'off');
}
async function runDrift(opts) {
    // Before anything runs: a directory that cannot be written to is said at once.
    await (0,_bundle_outputDir_js__WEBPACK_IMPORTED_MODULE_2__/* .prepareOutputDir */ .g)(opts.outDir, { within: opts.within, owns: driftWrites });
    const checks = benchmarkChecks(opts.plan);
    const view = (0,_history_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .historyView */ .Ic)(opts.store, opts.plan.profile);
    const read = await view.read();
    const runs = read.runs;
    const results = [];
    let current = new Map();
    if (opts.fromHistory) {
        for (const c of checks) {
            const idx = runs.findLastIndex((r) => measured(r, c.id));
            const run = runs[idx];
            current.set(c.id, run
                ? {
                    values: numbers(run.checks.find((x) => x.id === c.id).metrics),
                    from: `run ${run.runId}`,
                    before: runs.slice(0, idx),
                }
                : { values: {}, from: 'history', error: 'no recorded run measured this benchmark', before: [] });
        }
    }
    else {
        // Measure only: thresholds and the check's own drift are left to this command's report.
        const measuring = checks.map((c) => ({ ...c, spec: { ...c.spec, thresholds: undefined, drift: false } }));
        const redactor = new _core_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .Redactor */ .pO();
        for (const s of opts.plan.secrets)
            redactor.add(s);
        const res = await (0,_engine_runChecks_js__WEBPACK_IMPORTED_MODULE_6__/* .runChecks */ .J)(measuring, {
            cwd: opts.cwd,
            outputDir: opts.outDir,
            profile: opts.plan.profile,
            env: opts.env,
            exec: opts.exec,
            http: opts.http,
            now: opts.now,
            redactor,
            logger: opts.logger,
        }, { concurrency: opts.plan.concurrency, gateTimeoutMs: opts.plan.gateTimeoutMs, signal: opts.signal });
        current = new Map(res.map((r) => [
            r.id,
            {
                values: numbers(r.metrics),
                from: 'measured now',
                // Measuring alone can only fail for want of numbers: that is no measurement either.
                ...(r.status === 'error' || r.status === 'fail' ? { error: r.error ?? r.summary } : {}),
                before: runs,
            },
        ]));
    }
    for (const c of checks) {
        const cur = current.get(c.id);
        const blocking = c.enforcement === 'required' || c.enforcement === 'hard';
        const settings = (0,_checks_metrics_drift_js__WEBPACK_IMPORTED_MODULE_3__/* .driftSettings */ .LX)(c.spec.drift === false ? {} : (c.spec.drift ?? {}));
        const window = cur.before.filter((r) => measured(r, c.id)).slice(-settings.lookback);
        // A pinned reference run is compared with as well as the last runs, as the check does.
        const pinned = cur.error
            ? { points: [], notes: [] }
            : (0,_checks_metrics_drift_js__WEBPACK_IMPORTED_MODULE_3__/* .pinnedDrift */ .yD)(cur.values, read.pins ?? [], c.id, settings);
        const points = cur.error
            ? []
            : [
                ...(0,_checks_metrics_drift_js__WEBPACK_IMPORTED_MODULE_3__/* .evaluateDrift */ .$v)(cur.values, (m) => (0,_history_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .metricSeries */ .Q3)(window, c.id, m).map((x) => x.value), settings),
                ...pinned.points,
            ];
        results.push({
            check: c.id,
            enforcement: c.enforcement,
            blocking,
            current: cur.from,
            ...(cur.error ? { error: cur.error } : {}),
            points,
            ...(pinned.notes.length ? { notes: pinned.notes } : {}),
            baselineRuns: window.map((r) => r.runId),
            baseline: settings.baseline,
            minHistory: settings.minHistory,
        });
    }
    const isAlert = (r) => r.error ? 1 : r.points.filter((p) => p.status === 'alert' || p.status === 'missing').length;
    const alerts = results.reduce((a, r) => a + isAlert(r), 0);
    const report = {
        schemaVersion: 1,
        kind: 'drift',
        profile: opts.plan.profile,
        store: opts.store.describe(),
        generatedAt: opts.now().toISOString(),
        alerts,
        blockingAlerts: results.filter((r) => r.blocking).reduce((a, r) => a + isAlert(r), 0),
        checks: results,
        problems: read.problems,
    };
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(opts.outDir, DRIFT_JSON), `${JSON.stringify(report, null, 2)}\n`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(opts.outDir, DRIFT_MD), renderDrift(report));
    return report;
}
function renderDrift(r) {
    const head = r.blockingAlerts > 0
        ? `## ⛔ Drift — ${r.profile}: ${r.blockingAlerts} blocking alert(s)`
        : r.alerts > 0
            ? `## ⚠️ Drift — ${r.profile}: ${r.alerts} alert(s), none blocking`
            : `## ✅ Drift — ${r.profile}: no drift`;
    const out = [head, '', `_history: ${r.store} · ${r.generatedAt}_`];
    if (r.checks.length === 0)
        out.push('', 'The profile runs no benchmark checks (or their mode is off here).');
    for (const c of r.checks) {
        out.push('', `### \`${c.check}\` (${c.enforcement}${c.blocking ? ', alerts block' : ', alerts do not block'})`, '');
        out.push(`Current values: ${c.current}; baseline: the ${c.baseline} of ${c.baselineRuns.length} earlier run(s) (at least ${c.minHistory} needed).`, '');
        if (c.error) {
            out.push(`- ❗ could not be judged: ${c.error}`);
            continue;
        }
        if (c.points.length === 0) {
            out.push('- no drift rule matches these metrics');
            continue;
        }
        out.push('| Metric | Current | Baseline | Change | Allowed | Result |', '|---|---|---|---|---|---|');
        for (const p of c.points)
            out.push(`| ${p.metric} | ${p.current === undefined ? '–' : (0,_checks_metrics_criteria_js__WEBPACK_IMPORTED_MODULE_4__/* .fmt */ .Sc)(p.current)} | ${p.baseline === undefined ? '–' : `${(0,_checks_metrics_criteria_js__WEBPACK_IMPORTED_MODULE_4__/* .fmt */ .Sc)(p.baseline)}${p.pinnedRun ? ` (pinned run ${p.pinnedRun})` : ''}`} | ${p.change === undefined ? '–' : `${p.change >= 0 ? '+' : ''}${(0,_checks_metrics_criteria_js__WEBPACK_IMPORTED_MODULE_4__/* .fmt */ .Sc)(p.change)}`} | ${p.criterion} | ${p.status === 'ok' ? '✅ ok' : p.status === 'insufficient' ? `⏳ ${p.points} of ${c.minHistory} runs` : `❌ ${p.status}`} |`);
        for (const n of c.notes ?? [])
            out.push('', `- ${n}`);
    }
    if (r.problems.length) {
        out.push('', '### History problems', '');
        for (const p of r.problems)
            out.push(`- ${p}`);
    }
    out.push('');
    return out.join('\n');
}


/***/ }),

/***/ 96314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ runDrill)
/* harmony export */ });
/* unused harmony export DEFAULT_DRILL_RETAIN */
/* harmony import */ var _deploy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60266);

/**
 * `drill`: proves that an environment can still be rolled back. The deploy flow runs with its
 * first verify recorded as failed (the service is not judged), so the rollback and the verify
 * after it always run. Every step gets PROMOTION_GATE_DRILL=1, and PROMOTION_GATE_DRY_RUN=1
 * unless the drill is live, so a script can simulate what it would change. Passes when the
 * rollback ran and the verify after it passed; history keeps the newest `retain` drills.
 */
const DEFAULT_DRILL_RETAIN = 36;
function runDrill(opts, loaded) {
    return (0,_deploy_js__WEBPACK_IMPORTED_MODULE_0__/* .runEnvironment */ .t7)(opts, { kind: 'drill', live: opts.live === true, keep: opts.retain ?? DEFAULT_DRILL_RETAIN }, loaded);
}


/***/ }),

/***/ 58357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ EXIT),
/* harmony export */   f: () => (/* binding */ verdictExitCode)
/* harmony export */ });
/** The exit codes both front ends return; a script can rely on them across commands. */
const EXIT = {
    promote: 0,
    hold: 1,
    usage: 2,
    internal: 3,
    /** deploy and drill: the rollback, or the verify after it, failed; the environment's state is unknown. */
    rollbackFailed: 4,
};
/** 0 on promote, 1 on hold unless the caller asked never to fail. */
function verdictExitCode(verdict, failOn) {
    return verdict === 'promote' || failOn === 'never' ? EXIT.promote : EXIT.hold;
}


/***/ }),

/***/ 32005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ runGate)
});

// UNUSED EXPORTS: defaultOutDir

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/adapters/exec.ts
var adapters_exec = __webpack_require__(77911);
// EXTERNAL MODULE: ./src/adapters/http.ts
var http = __webpack_require__(93618);
// EXTERNAL MODULE: ./src/adapters/logger.ts
var logger = __webpack_require__(74810);
// EXTERNAL MODULE: ./src/bundle/seal.ts + 1 modules
var seal = __webpack_require__(3167);
;// CONCATENATED MODULE: ./src/change/lastPromoted.ts
/**
 * The base a promotion is compared with when nothing more specific is given: the commit of the
 * newest valid run of this profile that was promoted.
 */
function lastPromotedFrom(history) {
    if (!history)
        return undefined;
    return async () => {
        const read = await history.read();
        for (let i = read.runs.length - 1; i >= 0; i--) {
            const run = read.runs[i];
            if (run.verdict === 'promote' && run.sha)
                return { sha: run.sha, detail: `last promoted run ${run.runId} of ${run.finishedAt.slice(0, 10)}` };
        }
        // Nothing promoted yet is normal; a store that could not be read must be visible.
        if (read.problems.length)
            throw new Error(read.problems.join('; '));
        return undefined;
    };
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
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
var change_git = __webpack_require__(16352);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./src/change/gitStream.ts


/**
 * Reads git's output in a worker thread and hands it to the main thread in batches.
 *
 * Why: when the main thread reads the pipe itself, git blocks whenever the main thread is busy
 * parsing and scanning a chunk (a socket buffer holds only a few hundred KB), and the main
 * thread idles whenever it has caught up — the two take turns instead of running side by side,
 * so a scan took git's time plus its own. Reading in a worker keeps git writing while the main
 * thread works. At most `MAX_AHEAD` bytes wait unprocessed, so memory stays bounded.
 *
 * The worker is plain CommonJS code passed as a string (`eval`), so the bundle needs no extra file.
 */
const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const { spawn } = require('node:child_process');
const { args, cwd, env, batchBytes, maxAhead } = workerData;
const child = spawn('git', args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
let parts = [];
let size = 0;
let ahead = 0;
let paused = false;
let stderr = '';
const flush = () => {
  if (size === 0) return;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  parts = [];
  ahead += size;
  size = 0;
  parentPort.postMessage({ type: 'data', bytes: out }, [out.buffer]);
  if (ahead >= maxAhead && !paused) {
    paused = true;
    child.stdout.pause();
  }
};
child.stdout.on('data', (c) => {
  parts.push(c);
  size += c.length;
  if (size >= batchBytes) flush();
});
child.stderr.on('data', (c) => {
  if (stderr.length < 16384) stderr += c.toString('utf8');
});
child.on('error', (err) => parentPort.postMessage({ type: 'error', message: err.code === 'ENOENT' ? 'git is not installed (not on PATH)' : err.message }));
child.on('close', (code, signal) => {
  flush();
  parentPort.postMessage({ type: 'close', code, signal, stderr: stderr.trim() });
});
parentPort.on('message', (m) => {
  if (m.type === 'ack') {
    ahead -= m.bytes;
    if (paused && ahead < maxAhead / 2) {
      paused = false;
      child.stdout.resume();
    }
  } else if (m.type === 'kill') child.kill('SIGKILL');
});
`;
const BATCH_BYTES = 256 * 1024;
const MAX_AHEAD = 16 * 1024 * 1024;
/** Like streamGit, with git read in a worker thread so that git and the consumer overlap. */
function streamGitThreaded(args, opts, onData) {
    return new Promise((resolve, reject) => {
        if (opts.signal?.aborted) {
            reject(opts.signal.reason instanceof Error ? opts.signal.reason : new Error('aborted'));
            return;
        }
        const worker = new external_node_worker_threads_.Worker(WORKER_CODE, {
            eval: true,
            workerData: {
                args: [...change_git/* FIXED_CONFIG */.aM, ...args],
                cwd: opts.cwd,
                env: (0,change_git/* gitEnv */.gE)(opts.env),
                batchBytes: BATCH_BYTES,
                maxAhead: MAX_AHEAD,
            },
        });
        let settled = false;
        let failure;
        const done = (fn) => {
            if (settled)
                return;
            settled = true;
            opts.signal?.removeEventListener('abort', onAbort);
            void worker.terminate();
            fn();
        };
        const onAbort = () => {
            worker.postMessage({ type: 'kill' });
            done(() => reject(opts.signal.reason instanceof Error ? opts.signal.reason : new Error('aborted')));
        };
        opts.signal?.addEventListener('abort', onAbort, { once: true });
        worker.on('message', (m) => {
            if (settled)
                return;
            if (m.type === 'data') {
                const bytes = m.bytes;
                try {
                    onData(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
                }
                catch (err) {
                    failure = err;
                    worker.postMessage({ type: 'kill' });
                    done(() => reject(failure));
                    return;
                }
                worker.postMessage({ type: 'ack', bytes: bytes.byteLength });
            }
            else if (m.type === 'close')
                done(() => resolve({ code: m.code ?? null, stderr: m.stderr ?? '' }));
            else if (m.type === 'error')
                done(() => reject(new Error(m.message)));
        });
        worker.on('error', (err) => done(() => reject(err)));
        worker.on('exit', () => done(() => reject(new Error('git reader stopped unexpectedly'))));
    });
}

;// CONCATENATED MODULE: ./src/change/lines.ts
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
        if (last >= first) {
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

// EXTERNAL MODULE: ./src/change/range.ts + 2 modules
var change_range = __webpack_require__(10277);
// EXTERNAL MODULE: ./src/change/types.ts
var types = __webpack_require__(18641);
;// CONCATENATED MODULE: ./src/change/source.ts







const DIFF_FLAGS = [
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '-M',
    '--src-prefix=a/',
    '--dst-prefix=b/',
];
const READ_MAX = 32 * 1024 * 1024;
function anySignal(a, b) {
    if (!a || !b)
        return a ?? b;
    return AbortSignal.any([a, b]);
}
/** The git-backed ChangeSource: one per gate run, the range resolved on first use. */
function createChangeSource(opts) {
    // Closed when the gate is done: a fetch still running for a check that timed out must not
    // keep the process alive.
    const closed = new AbortController();
    const base = { cwd: opts.cwd, env: opts.env, signal: anySignal(opts.signal, closed.signal) };
    const git = (signal) => ({ ...base, signal: anySignal(base.signal, signal) });
    let pending;
    let record;
    const range = () => {
        pending ??= (0,change_range/* resolveRange */.S)(base, opts).then((r) => {
            const { fetched, ...rest } = r;
            record = fetched.length ? r : rest;
            return r;
        }, (err) => {
            record = { error: err.message };
            throw err;
        });
        return pending;
    };
    const pathArgs = (paths) => (paths && paths.length ? ['--', ...paths] : []);
    return {
        range,
        settled: () => record,
        close() {
            closed.abort(new types/* ChangeRangeError */.g('the gate finished before git did'));
        },
        async files(o = {}) {
            const r = await range();
            const res = await (0,change_git/* runGit */.EO)(['diff', '--name-status', '-z', ...DIFF_FLAGS, r.base, r.head, ...pathArgs(o.paths)], {
                ...git(o.signal),
                maxBytes: 256 * 1024 * 1024,
            });
            if (res.code !== 0)
                throw new Error(`git diff --name-status failed: ${res.stderr}`);
            return parseNameStatus(res.stdout);
        },
        async scan(visitor, o = {}) {
            const r = await range();
            const parser = new DiffParser(visitor);
            const splitter = new LineSplitter((t, p) => parser.line(t, p), opts.maxLineBytes);
            let bytes = 0;
            // Deleted files hold no added line; leaving them out spares git and the parser.
            const args = ['diff', '-U0', '--diff-filter=d', ...DIFF_FLAGS, r.base, r.head, ...pathArgs(o.paths)];
            const res = await streamGitThreaded(args, git(o.signal), (chunk) => {
                bytes += chunk.length;
                splitter.push(chunk);
            });
            if (res.code !== 0 || res.stopped)
                throw new Error(`git diff failed: ${res.stopped ?? (res.stderr || `exit ${res.code}`)}`);
            splitter.end();
            parser.end();
            return {
                files: parser.files,
                addedLines: parser.addedLines,
                binaryFiles: parser.binaryFiles,
                bytes,
                longLines: splitter.longLines,
            };
        },
        async read(rev, path, o = {}) {
            const res = await (0,change_git/* runGit */.EO)(['cat-file', 'blob', `${rev}:${path}`], {
                ...git(o.signal),
                maxBytes: o.maxBytes ?? READ_MAX,
            });
            if (res.code === 0)
                return res.stdout;
            if (/does not exist|exists on disk, but not in|not a valid object name|Not a valid object/i.test(res.stderr))
                return undefined;
            throw new Error(`cannot read ${path} at ${rev.slice(0, 12)}: ${res.stderr}`);
        },
        async listFiles(rev, globs, signal) {
            const res = await (0,change_git/* runGit */.EO)(['ls-tree', '-r', '-z', '--name-only', '--full-tree', rev], {
                ...git(signal),
                maxBytes: 256 * 1024 * 1024,
            });
            if (res.code !== 0)
                throw new Error(`git ls-tree ${rev.slice(0, 12)} failed: ${res.stderr}`);
            const match = picomatch_default()(globs, { dot: true });
            return res.stdout.split('\0').filter((p) => p && match(p));
        },
        async grep(rev, patterns, paths, onHit, signal) {
            const args = ['grep', '-z', '-n', '-I', '-E', '--full-name', '--no-color'];
            for (const p of patterns)
                args.push('-e', p);
            args.push(rev, ...pathArgs(paths));
            const prefix = `${rev}:`;
            const splitter = new LineSplitter((text) => {
                // rev:path\0line\0text
                const a = text.indexOf('\0');
                const b = text.indexOf('\0', a + 1);
                if (a < 0 || b < 0)
                    return;
                const path = text.slice(text.startsWith(prefix) ? prefix.length : 0, a);
                const hit = {
                    path,
                    line: Number(text.slice(a + 1, b)),
                    text: text.slice(b + 1).replace(/\r$/, ''),
                };
                onHit(hit);
            });
            const res = await (0,change_git/* streamGit */.t1)(args, git(signal), (c) => splitter.push(c));
            splitter.end();
            // Exit 1 is "no match", not a failure.
            if (res.code !== 0 && res.code !== 1)
                throw new Error(`git grep at ${rev.slice(0, 12)} failed: ${res.stderr || res.stopped}`);
        },
    };
}
function parseNameStatus(out) {
    const parts = out.split('\0');
    const files = [];
    for (let i = 0; i < parts.length; i++) {
        const code = parts[i];
        if (!code)
            continue;
        const status = code[0];
        if (status === 'R' || status === 'C') {
            files.push({ status, oldPath: parts[i + 1], path: parts[i + 2] });
            i += 2;
        }
        else {
            files.push({ status: status === 'T' ? 'M' : status, path: parts[i + 1] });
            i += 1;
        }
    }
    return files;
}

// EXTERNAL MODULE: ./src/config/load.ts + 5 modules
var load = __webpack_require__(85853);
// EXTERNAL MODULE: ./src/checks/secrets/shapes.ts
var shapes = __webpack_require__(46445);
// EXTERNAL MODULE: ./src/core/redact.ts + 2 modules
var redact = __webpack_require__(13706);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(98571);
;// CONCATENATED MODULE: ./src/decision/ratchet.ts

/** Applies when nothing else holds: a run that already holds needs no ratchet to hold it. */
function applyRatchet(previous, hotfixChecks, enabled, otherBlockers) {
    if (!enabled || otherBlockers > 0 || previous?.action !== 'promote-with-hotfix')
        return { triggered: false };
    const again = hotfixChecks.filter((id) => previous.hotfixChecks.includes(id));
    if (again.length > 0)
        return {
            triggered: true,
            reason: {
                kind: 'ratchet',
                check: again.join(', '),
                observed: `${again.join(', ')} still at ≤ 3/5`,
                threshold: 'fixed since the last promote-with-hotfix',
                blocking: true,
                message: `hotfix ratchet: ${again.join(', ')} needed a hotfix in the last run and still fail${again.length === 1 ? 's' : ''}; holding`,
            },
        };
    const fixed = previous.hotfixChecks.filter((c) => !hotfixChecks.includes(c));
    if (fixed.length === 0)
        return { triggered: false };
    return {
        triggered: false,
        reason: {
            kind: 'ratchet-reset',
            check: fixed.join(', '),
            observed: `${fixed.join(', ')} above 3/5 now`,
            threshold: 'fixed since the last promote-with-hotfix',
            blocking: false,
            message: `hotfix ratchet reset: ${previous.runId ? `run ${previous.runId}` : 'the last run'} was promoted with a hotfix due for ${fixed.join(', ')}, which no longer need one`,
        },
    };
}
/**
 * The ratchet by time: a hotfix promised when a release was promoted with one is tracked until a
 * run scores at or above the auto-promote line again; once its deadline has passed, a run that
 * still needs it holds. The tracker's state comes from history (the previous run's), so the
 * decision stays a function of its inputs and the clock it is handed.
 */
const DEFAULT_HOTFIX_DEADLINE_MS = 48 * 3_600_000;
/** `2026-03-03 10:00 UTC`: a deadline as people read it. */
function shown(iso) {
    return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}
function applyHotfixDeadline(i) {
    const { open, now } = i;
    const at = now.toISOString();
    if (i.score >= i.autoPromoteAt) {
        if (!open)
            return { overdue: false };
        const checks = open.checks.join(', ');
        return {
            overdue: false,
            tracker: { ...open, state: 'closed', closedAt: at },
            reason: {
                kind: 'hotfix-closed',
                check: checks,
                observed: `score ${i.score}/5`,
                threshold: `at least ${i.autoPromoteAt}/5`,
                blocking: false,
                message: `hotfix done: the hotfix due since ${shown(open.openedAt)} for ${checks} is no longer needed (score ${i.score}/5)`,
            },
        };
    }
    if (!open) {
        // Only a promotion makes a promise: a run that holds anyway opens no tracker.
        if (!i.promotes)
            return { overdue: false };
        const deadline = i.deadlineMs === null ? undefined : new Date(now.getTime() + i.deadlineMs).toISOString();
        const checks = i.needing.join(', ');
        return {
            overdue: false,
            tracker: { state: 'open', openedAt: at, ...(deadline ? { deadline } : {}), checks: [...i.needing] },
            reason: {
                kind: 'hotfix-due',
                check: checks,
                observed: `promoted with a hotfix due (score ${i.score}/5)`,
                threshold: deadline ? `fixed by ${shown(deadline)}` : 'no deadline',
                blocking: false,
                message: deadline
                    ? `hotfix due by ${shown(deadline)} for ${checks}: until a run scores ${i.autoPromoteAt}/5 or more, runs after that hold`
                    : `hotfix due for ${checks} (no deadline: decision.hotfixDeadline is off)`,
            },
        };
    }
    const checks = i.needing.length > 0 ? [...i.needing] : [...open.checks];
    // A tracker opened before it carried a deadline gets the configured one from its opening.
    const deadline = open.deadline ??
        (i.deadlineMs === null ? undefined : new Date(Date.parse(open.openedAt) + i.deadlineMs).toISOString());
    const tracker = { ...open, checks, ...(deadline ? { deadline } : {}) };
    const names = checks.join(', ');
    const overdueMs = deadline ? now.getTime() - Date.parse(deadline) : 0;
    if (i.deadlineMs === null || !deadline || overdueMs <= 0) {
        const timed = i.deadlineMs !== null && deadline !== undefined;
        return {
            overdue: false,
            tracker,
            reason: {
                kind: 'hotfix-due',
                check: names,
                observed: `hotfix due since ${shown(open.openedAt)}`,
                threshold: timed ? `fixed by ${shown(deadline)}` : 'no deadline',
                blocking: false,
                message: timed
                    ? `hotfix still due for ${names}: ${(0,duration/* formatDuration */.a3)(-overdueMs)} left until ${shown(deadline)}`
                    : `hotfix still due for ${names} (no deadline: decision.hotfixDeadline is off)`,
            },
        };
    }
    return {
        overdue: true,
        tracker,
        reason: {
            kind: 'hotfix-deadline',
            check: names,
            observed: `overdue by ${(0,duration/* formatDuration */.a3)(overdueMs)} (score ${i.score}/5)`,
            threshold: `fixed by ${shown(deadline)} (due since ${shown(open.openedAt)})`,
            blocking: true,
            message: `hotfix deadline passed: ${names} needed a hotfix by ${shown(deadline)} and still ${checks.length === 1 ? 'does' : 'do'} (overdue by ${(0,duration/* formatDuration */.a3)(overdueMs)}); holding until a run scores ${i.autoPromoteAt}/5 or more`,
        },
    };
}

;// CONCATENATED MODULE: ./src/decision/evaluate.ts

/** What a result counts as: an `error` counts as its onError says. */
function countedStatus(r) {
    return r.status === 'error' ? r.onError : r.status;
}
/** Python's round(): halves go to the even neighbour. */
function roundHalfEven(x) {
    const r = Math.round(x);
    return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
/** effective = 5 − (5 − raw) × weight, floored at 2 unless raw is 1. */
function weightedScore(raw, weight) {
    if (raw >= 5)
        return 5;
    let w = 5 - (5 - raw) * weight;
    if (raw >= 2)
        w = Math.max(w, 2);
    return Math.round(Math.max(1, w) * 10) / 10;
}
function waiverActive(w, now) {
    // A waiver is good through the end of its expiry day (UTC).
    const end = new Date(`${w.expires.slice(0, 10)}T23:59:59.999Z`);
    return !Number.isNaN(end.getTime()) && now.getTime() <= end.getTime();
}
const failing = (s) => s === 'fail';
function describe(r) {
    return r.status === 'error'
        ? `could not run (${r.error ?? r.summary}); counted as ${r.onError}`
        : r.summary;
}
function evaluate(input) {
    const { results, policy, now } = input;
    const reasons = [];
    const blockers = [];
    const waiverStates = [];
    const waived = new Set();
    for (const w of input.waivers) {
        const r = results.find((x) => x.id === w.check);
        if (!waiverActive(w, now)) {
            waiverStates.push({ ...w, state: 'expired' });
            reasons.push({
                kind: 'waiver-expired',
                check: w.check,
                observed: `expired ${w.expires}`,
                threshold: `valid through ${w.expires}`,
                blocking: false,
                message: `waiver for ${w.check} by ${w.by} expired on ${w.expires} and was ignored`,
            });
            continue;
        }
        const applies = r !== undefined && r.enforcement !== 'hard' && failing(countedStatus(r));
        if (applies)
            waived.add(w.check);
        waiverStates.push({ ...w, state: applies ? 'applied' : 'unused' });
    }
    // Gate rules: hard and required checks hold on failure.
    for (const r of results) {
        const counted = countedStatus(r);
        const label = `${r.id} (${r.enforcement})`;
        if (r.status === 'skipped')
            continue;
        if (r.enforcement === 'hard' || r.enforcement === 'required') {
            if (!failing(counted))
                continue;
            if (waived.has(r.id)) {
                const w = input.waivers.find((x) => x.check === r.id);
                reasons.push({
                    kind: 'waived',
                    check: r.id,
                    observed: describe(r),
                    threshold: 'must pass',
                    blocking: false,
                    message: `${label} failed but is waived by ${w.by} until ${w.expires}: ${w.reason}`,
                });
                continue;
            }
            blockers.push(`${r.id}.${r.status === 'error' ? 'error' : 'failed'}`);
            reasons.push({
                kind: r.status === 'error' ? 'check-error' : 'check-failed',
                check: r.id,
                observed: describe(r),
                threshold: 'must pass',
                blocking: true,
                message: `${label} ${r.status === 'error' ? 'could not run' : 'failed'}: ${describe(r)}`,
            });
        }
        else if (r.enforcement === 'advisory' && (counted === 'fail' || counted === 'warn')) {
            reasons.push({
                kind: 'advisory',
                check: r.id,
                observed: describe(r),
                threshold: 'advisory, never holds',
                blocking: false,
                message: `${label}: ${describe(r)}`,
            });
        }
        else if (r.enforcement === 'dry-run' && (counted === 'fail' || counted === 'warn')) {
            reasons.push({
                kind: 'dry-run',
                check: r.id,
                observed: describe(r),
                threshold: 'dry-run, not counted',
                blocking: false,
                message: `${label} would have ${counted === 'fail' ? 'failed' : 'warned'}: ${describe(r)}`,
            });
        }
    }
    // Score: weighted category minimum over required and scored checks that are not waived.
    const mins = new Map();
    for (const r of results) {
        if (r.status === 'skipped' || waived.has(r.id))
            continue;
        if (r.enforcement !== 'required' && r.enforcement !== 'scored')
            continue;
        const cur = mins.get(r.category);
        if (!cur || r.score < cur.raw)
            mins.set(r.category, { raw: r.score, check: r.id });
    }
    const categories = [...mins.entries()]
        .map(([name, { raw, check }]) => {
        // A category is a name the user chose: only the policy's own weights count, never an
        // object member such as `constructor`.
        const weight = Object.hasOwn(policy.categories, name) ? policy.categories[name] : 1;
        return { name, weight, rawMin: raw, effective: weightedScore(raw, weight), limitingCheck: check };
    })
        .sort((a, b) => a.effective - b.effective || a.name.localeCompare(b.name));
    const lowest = categories[0];
    const score = lowest ? Math.min(5, Math.max(1, roundHalfEven(lowest.effective))) : 5;
    for (const c of categories) {
        if (c.rawMin >= 5)
            continue;
        const r = results.find((x) => x.id === c.limitingCheck);
        if (r.enforcement === 'scored') {
            reasons.push({
                kind: 'scored',
                check: r.id,
                observed: `${r.score}/5`,
                threshold: '5/5',
                blocking: false,
                message: `${r.id} scored ${r.score}/5 (${c.name} × ${c.weight} → ${c.effective}): ${describe(r)}`,
            });
        }
    }
    if (lowest && score <= policy.holdLine) {
        blockers.push('score.at_or_below_hold_line');
        reasons.push({
            kind: 'score-hold',
            check: lowest.limitingCheck,
            observed: `score ${score}/5`,
            threshold: `hold at ≤ ${policy.holdLine}`,
            blocking: true,
            message: `score ${score}/5 is at or below the hold line ${policy.holdLine}: category ${lowest.name} is limited by ${lowest.limitingCheck} (raw ${lowest.rawMin} × weight ${lowest.weight} → ${lowest.effective})`,
        });
    }
    // Checks that would need a hotfix: counted checks at 3 or below.
    const hotfixChecks = results
        .filter((r) => r.status !== 'skipped' &&
        !waived.has(r.id) &&
        (r.enforcement === 'required' || r.enforcement === 'scored') &&
        r.score <= 3)
        .map((r) => r.id);
    const ratchet = applyRatchet(input.previous, hotfixChecks, policy.ratchet, blockers.length);
    const ratchetTriggered = ratchet.triggered;
    if (ratchetTriggered)
        blockers.push('hotfix_ratchet');
    if (ratchet.reason)
        reasons.push(ratchet.reason);
    const hotfix = applyHotfixDeadline({
        open: input.hotfix?.state === 'open' ? input.hotfix : undefined,
        now,
        deadlineMs: policy.hotfixDeadlineMs === undefined ? DEFAULT_HOTFIX_DEADLINE_MS : policy.hotfixDeadlineMs,
        score,
        autoPromoteAt: policy.autoPromoteAt,
        needing: hotfixChecks,
        promotes: blockers.length === 0,
    });
    if (hotfix.overdue)
        blockers.push('hotfix_deadline');
    if (hotfix.reason)
        reasons.push(hotfix.reason);
    reasons.push(...(input.notes ?? []));
    const gating = results.filter((r) => r.status !== 'skipped' && (r.enforcement === 'hard' || r.enforcement === 'required'));
    const gatingPassed = gating.filter((r) => !failing(countedStatus(r)) || waived.has(r.id)).length;
    const gatingPassedPercent = gating.length === 0 ? 100 : Math.round((gatingPassed / gating.length) * 1000) / 10;
    const verdict = blockers.length > 0 ? 'hold' : 'promote';
    const action = verdict === 'hold' ? 'hold' : score >= policy.autoPromoteAt ? 'auto-promote' : 'promote-with-hotfix';
    const level = blockers.length === 0
        ? 'ga_ready'
        : gatingPassedPercent >= policy.releaseCandidatePercent
            ? 'release_candidate'
            : 'blocked';
    // Blocking reasons first, then by kind as produced.
    reasons.sort((a, b) => Number(b.blocking) - Number(a.blocking));
    return {
        verdict,
        score,
        action,
        level,
        gatingPassedPercent,
        blockers,
        reasons,
        categories,
        waivers: waiverStates,
        hotfixChecks: action === 'promote-with-hotfix' || ratchetTriggered || hotfix.overdue ? hotfixChecks : [],
        ratchetTriggered,
        ...(hotfix.tracker ? { hotfix: hotfix.tracker } : {}),
    };
}

// EXTERNAL MODULE: ./src/engine/runChecks.ts
var runChecks = __webpack_require__(65618);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/history/summary.ts
var summary = __webpack_require__(1048);
// EXTERNAL MODULE: ./src/history/transitions.ts
var transitions = __webpack_require__(59192);
;// CONCATENATED MODULE: ./src/history/gateHistory.ts



/** The ratchet compares with the newest valid run of the profile. */
function ratchetBase(read) {
    const run = read ? (0,summary/* previousRun */.Rc)(read.runs) : undefined;
    return run ? { runId: run.runId, action: run.action, hotfixChecks: run.hotfixChecks } : undefined;
}
/** The hotfix tracker the newest valid run left open, and why it could not be read. */
function hotfixBase(read) {
    const { tracker, problem } = (0,transitions/* openHotfix */.Zn)(read ? (0,summary/* previousRun */.Rc)(read.runs) : undefined);
    return { ...(tracker ? { tracker } : {}), problems: problem ? [problem] : [] };
}
/**
 * Without history nothing compares runs: said in every report, so none promises a ratchet that
 * cannot fire. `hasPrevious`: the caller handed in the run to compare with, so the repeat ratchet can.
 */
function historyOffNotes(hasPrevious) {
    const what = hasPrevious
        ? 'the hotfix deadline cannot hold and status transitions cannot be detected'
        : 'neither the hotfix ratchet (a check needing a hotfix twice) nor the hotfix deadline can hold, and status transitions cannot be detected';
    return [
        {
            kind: 'history',
            blocking: false,
            observed: 'history off',
            threshold: 'runs compared through history',
            message: `history is off: ${what} (keep runs with --history, or the action input history)`,
        },
    ];
}
/** Non-blocking notes on what history could give: problems reading it, or a first run. */
function historyNotes(store, read, hasBase, more = []) {
    const notes = [];
    read = { ...read, problems: [...read.problems, ...more] };
    const shown = read.problems.slice(0, 5);
    for (const p of shown)
        notes.push({ kind: 'history', blocking: false, observed: p, message: `history (${store}): ${p}` });
    if (read.problems.length > shown.length)
        notes.push({
            kind: 'history',
            blocking: false,
            message: `history (${store}): ${read.problems.length - shown.length} more problem(s) not shown`,
        });
    if (!hasBase && read.problems.length === 0)
        notes.push({
            kind: 'history',
            blocking: false,
            message: `history (${store}): no earlier valid run of this profile; trends, drift and the hotfix ratchet start from this run`,
        });
    return notes;
}
/** Appends the sealed run; a store that fails is logged and reported, never fatal. */
async function recordRun(store, report, runId, logger, readProblems, previousRunId, 
/** The profile's runs as read before this one: the transition is taken against them. */
runs = []) {
    const transition = (0,transitions/* transitionOf */.l9)((0,transitions/* transitionBase */.f0)(runs, runId), report);
    const out = {
        store: store.describe(),
        runId,
        ...(previousRunId ? { previousRunId } : {}),
        appended: false,
        problems: [...readProblems],
        ...(transition ? { transition } : {}),
    };
    try {
        await store.append({ ...(0,summary/* runSummaryOf */.$)(report, runId), ...(transition ? { transition } : {}) });
        out.appended = true;
    }
    catch (err) {
        const problem = `cannot record run ${runId} in ${store.describe()}: ${(0,errors/* errorMessage */.gJ)(err)}`;
        out.problems.push(problem);
        logger.warn(problem);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/report/build.ts
const SENSITIVE_INPUT = /token|secret|password|passwd|key|credential|auth/i;
function buildReport(plan, results, decision, meta) {
    const counts = { pass: 0, warn: 0, fail: 0, error: 0, skipped: 0, total: results.length };
    for (const r of results)
        counts[r.status]++;
    const inputs = {};
    for (const [k, v] of Object.entries(meta.inputs))
        inputs[k] = SENSITIVE_INPUT.test(k) ? '***' : v;
    return {
        schemaVersion: 1,
        tool: { name: 'promotion-gate', version: meta.version },
        profile: plan.profile,
        lineage: plan.lineage,
        ...decision,
        checks: results,
        counts,
        git: meta.git,
        ...(meta.run ? { run: meta.run } : {}),
        ...(meta.config ? { config: meta.config } : {}),
        ...(meta.changes ? { changes: meta.changes } : {}),
        inputs,
        startedAt: meta.startedAt.toISOString(),
        finishedAt: meta.finishedAt.toISOString(),
        durationMs: meta.finishedAt.getTime() - meta.startedAt.getTime(),
    };
}

// EXTERNAL MODULE: ./src/report/markdown.ts + 1 modules
var report_markdown = __webpack_require__(5374);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/change/commits.ts

const MAX_COMMITS = 200;
const MAX_EXAMPLES = 5;
const FIELD = '\x1f';
const RECORD = '\x1e';
const cut = (s, max) => {
    // Control characters of a commit subject would rewrite a terminal or break a table.
    const clean = s.replace(/\p{Cc}/gu, ' ').trim();
    return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
};
function pullsIn(subject) {
    const found = new Set();
    for (const m of subject.matchAll(/\(#(\d{1,9})\)|Merge pull request #(\d{1,9})\b/g))
        found.add(Number(m[1] ?? m[2]));
    return [...found];
}
function parseLog(out) {
    const commits = [];
    for (const rec of out.split(RECORD)) {
        const [sha, author, parents, subject] = rec.replace(/^\n/, '').split(FIELD);
        if (!sha || subject === undefined)
            continue;
        const s = cut(subject, 200);
        const pulls = pullsIn(s);
        commits.push({
            sha: sha.slice(0, 12),
            subject: s,
            author: cut(author ?? '', 100),
            ...(pulls.length ? { pulls } : {}),
            ...((parents ?? '').trim().split(/\s+/).length > 1 ? { merge: true } : {}),
        });
    }
    return commits;
}
function parseShortstat(out) {
    const n = (re) => Number(re.exec(out)?.[1] ?? 0);
    return {
        files: n(/(\d+) files? changed/),
        insertions: n(/(\d+) insertions?\(\+\)/),
        deletions: n(/(\d+) deletions?\(-\)/),
    };
}
async function releaseNotes(git, range, o) {
    const max = o.maxCommits ?? MAX_COMMITS;
    const span = `${range.base}..${range.head}`;
    const [count, log, stat, names] = await Promise.all([
        (0,change_git/* gitOrThrow */.QE)(['rev-list', '--count', span], git),
        (0,change_git/* gitOrThrow */.QE)([
            'log',
            '--no-color',
            `--max-count=${max}`,
            `--format=%H${FIELD}%an${FIELD}%P${FIELD}%s${RECORD}`,
            span,
        ], { ...git, maxBytes: 4 * 1024 * 1024 }),
        (0,change_git/* gitOrThrow */.QE)(['diff', '--shortstat', '--no-color', '-M', range.base, range.head], git),
        (0,change_git/* gitOrThrow */.QE)(['diff', '--name-only', '-z', '--no-color', '-M', range.base, range.head], {
            ...git,
            maxBytes: 256 * 1024 * 1024,
        }),
    ]);
    const commits = parseLog(log);
    const total = Number(count.trim()) || commits.length;
    const pulls = new Set(o.eventPull ? [o.eventPull] : []);
    for (const c of commits)
        for (const p of c.pulls ?? [])
            pulls.add(p);
    const areas = o.areas.map((a) => ({ name: a.name, files: 0, examples: [] }));
    for (const file of names.split('\0')) {
        if (!file)
            continue;
        o.areas.forEach((a, i) => {
            if (!a.match(file))
                return;
            const area = areas[i];
            area.files++;
            if (area.examples.length < MAX_EXAMPLES)
                area.examples.push(cut(file, 200));
        });
    }
    return {
        base: range.base,
        head: range.head,
        commits,
        total,
        omitted: Math.max(0, total - commits.length),
        pullRequests: [...pulls].sort((a, b) => a - b).slice(0, 100),
        stat: parseShortstat(stat),
        areas: areas.filter((a) => a.files > 0),
    };
}

// EXTERNAL MODULE: ./src/checks/dependencies/lockfiles.ts + 6 modules
var lockfiles = __webpack_require__(74228);
// EXTERNAL MODULE: ./src/checks/integrity/codeowners.ts
var codeowners = __webpack_require__(29320);
// EXTERNAL MODULE: ./src/checks/migrations/migrations.ts + 2 modules
var migrations_migrations = __webpack_require__(95894);
;// CONCATENATED MODULE: ./src/app/changes.ts








/**
 * "Changes in this promotion": the release notes of the range the gate compared, by the path
 * patterns the diff checks read (migrations, dependency manifests and lock files, route files)
 * and the gate's own config and workflows.
 */
const ROUTE_FILES = [
    '**/urls.py',
    '{src/,}app/**/route.{js,ts,mjs}',
    '{src/,}pages/api/**',
    '**/routes/**',
    '**/*routes.*',
    '**/*router.*',
];
function areas(configFile) {
    const migrations = picomatch_default()(migrations_migrations/* DEFAULT_MIGRATION_PATHS */.q, { dot: true, ignore: ['**/node_modules/**'] });
    const routes = picomatch_default()(ROUTE_FILES, { dot: true, ignore: ['**/node_modules/**'] });
    const gate = new Set([configFile, ...codeowners/* CODEOWNERS_PATHS */.x]);
    return [
        { name: 'migrations', match: migrations },
        { name: 'dependencies', match: (p) => (0,lockfiles/* depFileType */.k)(p) !== undefined },
        { name: 'routes', match: routes },
        { name: 'config', match: (p) => gate.has(p) || p.startsWith('.github/workflows/') },
    ];
}
async function notesOf(o, range) {
    if ('error' in range)
        return { error: range.error };
    try {
        return await releaseNotes({ cwd: o.cwd, env: o.env, signal: o.signal }, range, {
            ...(o.eventPull ? { eventPull: o.eventPull } : {}),
            areas: areas(external_node_path_default().relative(o.cwd, o.configPath).split((external_node_path_default()).sep).join('/')),
        });
    }
    catch (err) {
        return { error: `release notes: ${(0,errors/* errorMessage */.gJ)(err)}` };
    }
}
/** Whether every revision is in the clone already, so resolving the range needs no fetch. */
async function allLocal(o, revs) {
    for (const rev of revs) {
        const r = await (0,change_git/* runGit */.EO)(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], {
            cwd: o.cwd,
            env: o.env,
            signal: o.signal,
        }).catch(() => undefined);
        if (r?.code !== 0)
            return false;
    }
    return true;
}
/**
 * The notes of the promoted range. When the range is wanted anyway they are made while the
 * checks run; otherwise they come from the range a diff check resolved, if one did. A range
 * still being fetched when the checks end is not waited for: it ends with the change source.
 */
function trackChanges(o) {
    const early = o.now
        ? o.change.range().then(() => notesOf(o, o.change.settled()), (err) => ({ error: (0,errors/* errorMessage */.gJ)(err) }))
        : undefined;
    const local = o.now && o.base !== undefined ? allLocal(o, [o.base, o.head ?? 'HEAD']) : undefined;
    return {
        async beforeClose() {
            if (early && local && (await local))
                await early;
        },
        async result() {
            if (early)
                return early;
            const settled = o.change.settled();
            return settled ? notesOf(o, settled) : undefined;
        },
    };
}

// EXTERNAL MODULE: ./src/config/plan.ts + 2 modules
var plan = __webpack_require__(93465);
// EXTERNAL MODULE: ./src/core/runner.ts
var core_runner = __webpack_require__(4473);
// EXTERNAL MODULE: ./src/checks/registry.ts + 31 modules
var registry = __webpack_require__(2636);
// EXTERNAL MODULE: ./src/config/resolve.ts
var resolve = __webpack_require__(68270);
;// CONCATENATED MODULE: ./src/app/configModel.ts



/**
 * A loaded config resolved profile by profile into the form the integrity check compares:
 * each check as the profile runs it (overrides merged, the type's defaults filled in, the
 * enforcement its mode implies), each profile's decision with its defaults. Expressions are not
 * interpolated — the two revisions are compared as written — except `${{ vars.X }}` whose
 * value is a plain literal, so moving a threshold into a variable is not a blind spot.
 */
const VAR = /\$\{\{\s*vars\.([A-Za-z0-9_-]+)\s*\}\}/g;
function withVars(value, vars) {
    if (typeof value === 'string') {
        const whole = /^\$\{\{\s*vars\.([A-Za-z0-9_-]+)\s*\}\}$/.exec(value);
        const name = whole?.[1];
        if (name && Object.hasOwn(vars, name) && !String(vars[name]).includes('${{'))
            return vars[name];
        return value.replace(VAR, (all, n) => Object.hasOwn(vars, n) && !String(vars[n]).includes('${{') ? String(vars[n]) : all);
    }
    if (Array.isArray(value))
        return value.map((v) => withVars(v, vars));
    if (value && typeof value === 'object' && !(value instanceof Date)) {
        const out = {};
        for (const k of Object.keys(value))
            out[k] = withVars(value[k], vars);
        return out;
    }
    return value;
}
const COMMON = new Set(['type', 'enforcement', 'onError']);
function checkModel(check, profile, lineage, vars) {
    const raw = withVars(check.raw, vars);
    const valid = (0,resolve/* validateCheck */.LB)(check, raw).value;
    // A field still holding an expression may not validate as written; it is compared raw then.
    const value = valid ?? raw;
    const type = (0,registry/* checkType */.B)(String(value.type));
    const implied = value.enforcement === undefined && valid
        ? type?.enforcementFor?.(valid, { name: profile, lineage })
        : undefined;
    const fields = {};
    for (const k of Object.keys(value))
        if (!COMMON.has(k))
            fields[k] = value[k];
    return {
        type: String(value.type),
        enforcement: value.enforcement ?? implied ?? type?.defaults.enforcement ?? 'scored',
        onError: value.onError ?? 'fail',
        fields,
    };
}
function configModel(loaded) {
    const { config, source } = loaded;
    const vars = config.vars ?? {};
    const profiles = new Map();
    const checksOf = new Map();
    const lineages = new Map();
    for (const name of Object.keys(config.profiles)) {
        const r = (0,resolve/* resolveProfile */.mC)(config, name);
        lineages.set(name, r.lineage);
        const checks = new Map();
        const sources = new Map();
        for (const c of r.checks) {
            if (!Object.hasOwn(config.checks, c.id))
                continue;
            checks.set(c.id, checkModel(c, name, r.lineage, vars));
            sources.set(c.id, c);
        }
        checksOf.set(name, sources);
        profiles.set(name, {
            lineage: r.lineage,
            checks,
            decision: (0,plan/* decisionPolicy */.H1)(r.decision),
            waivers: (config.waivers ?? [])
                .map((waiver, index) => ({ index, waiver }))
                .filter(({ waiver }) => !waiver.profiles || waiver.profiles.includes(name)),
        });
    }
    const { profiles: _p, checks: _c, waivers: _w, ...other } = config;
    return {
        profiles,
        other: other,
        line: (path) => source.locate(path)?.line,
        sourceOf(profile, part, id, inner) {
            if (part === 'check') {
                const c = checksOf.get(profile)?.get(id);
                return c ? (0,resolve/* sourcePathOf */.Kt)(c, inner) : ['checks', id, ...inner];
            }
            // The most specific profile of the chain that sets the key, else the top-level decision.
            const lineage = lineages.get(profile) ?? [];
            for (const n of [...lineage].reverse()) {
                let cur = config.profiles[n]?.decision;
                for (const k of inner) {
                    if (!cur || typeof cur !== 'object' || !Object.hasOwn(cur, k)) {
                        cur = undefined;
                        break;
                    }
                    cur = cur[k];
                }
                if (cur !== undefined)
                    return ['profiles', n, 'decision', ...inner];
            }
            return ['decision', ...inner];
        },
    };
}

;// CONCATENATED MODULE: ./src/app/configSource.ts







/**
 * Which revision's config judges a run. A pull request that edits the gate's config must be
 * judged by the rules it is changing from, so on pull request events the config is read from
 * the base of the change (`git cat-file` of the base commit), and the head's only validated and
 * compared. Elsewhere the checked-out config judges, as before.
 */
const CONFIG_SOURCES = (/* unused pure expression or super */ null && (['base', 'head']));
function chooseConfigSource(requested, env) {
    if (requested)
        return { source: requested, why: `config-source ${requested} was asked for` };
    const event = (0,core_runner/* readRunner */.f)(env).eventName;
    if (event?.startsWith('pull_request'))
        return { source: 'base', why: `the default on ${event} events` };
    return {
        source: 'head',
        why: event ? `the default on ${event} events` : 'the default outside pull requests',
    };
}
const configSource_short = (sha) => sha.slice(0, 7);
function firstIssues(err) {
    const shown = err.issues.slice(0, 3).map((i) => (0,errors/* formatIssue */.Hd)(i));
    return `${shown.join('; ')}${err.issues.length > 3 ? ` (+${err.issues.length - 3} more)` : ''}`;
}
/** The config at the base of the change, planned for the profile, or why the head's must judge. */
async function fromBase(o, rel) {
    const hold = (message) => ({ fallback: { level: 'hold', message } });
    let range;
    let text;
    try {
        range = await o.change.range();
        text = await o.change.read(range.base, `./${rel}`);
    }
    catch (err) {
        const why = err instanceof types/* ChangeRangeError */.g ? err.message : (0,errors/* errorMessage */.gJ)(err);
        return hold(`the base's config cannot be read (${why}); the head's config judges this run instead`);
    }
    const at = `the base (${configSource_short(range.base)})`;
    if (text === undefined)
        return {
            fallback: {
                level: 'warn',
                message: `${o.displayName} does not exist at ${at}: the head's config judges this run`,
            },
        };
    let loaded;
    try {
        loaded = (0,load/* parseConfig */.o4)(o.displayName, text);
    }
    catch (err) {
        if (!(err instanceof errors/* ConfigError */.xL))
            throw err;
        return hold(`the config at ${at} does not load (${firstIssues(err)}); the head's config judges this run instead`);
    }
    if (!Object.hasOwn(loaded.config.profiles, o.profile))
        return {
            fallback: {
                level: 'warn',
                message: `profile "${o.profile}" does not exist at ${at}: the head's config judges this run`,
            },
        };
    try {
        return { loaded, plan: (0,plan/* planGate */.ft)(loaded, o.profile, { env: o.env, inputs: o.inputs }), range };
    }
    catch (err) {
        if (!(err instanceof errors/* ConfigError */.xL))
            throw err;
        return hold(`the config at ${at} cannot plan profile "${o.profile}" (${firstIssues(err)}); the head's config judges this run instead`);
    }
}
/** Chooses, loads and plans the config that judges the run; the integrity check gets both sides. */
async function loadGateConfig(o) {
    const choice = chooseConfigSource(o.requested, o.env);
    const rel = external_node_path_default().relative(o.cwd, o.configPath);
    const record = {
        path: o.displayName,
        source: choice.source,
        requested: choice.source,
        why: choice.why,
    };
    let judged;
    let baseLoaded;
    if (choice.source === 'base') {
        const base = fromBase(o, rel);
        const got = await base;
        if ('fallback' in got) {
            record.source = 'head';
            record.fallback = got.fallback;
        }
        else {
            judged = got;
            baseLoaded = { loaded: got.loaded, revision: got.range.base };
            record.revision = got.range.base;
            record.baseFrom = got.range.sourceDetail;
        }
    }
    if (!judged) {
        // The head judges: a head that does not load is a config error, as it always was.
        if (!o.head.loaded)
            throw o.head.error ?? new errors/* ConfigError */.xL(`${o.displayName}: cannot be loaded`);
        judged = {
            loaded: o.head.loaded,
            plan: (0,plan/* planGate */.ft)(o.head.loaded, o.profile, { env: o.env, inputs: o.inputs }),
        };
    }
    const cache = new Map();
    const readSide = async (rev, file, shown, own, validate) => {
        if (own && baseLoaded?.revision === rev && !validate)
            return { revision: rev, model: configModel(baseLoaded.loaded) };
        const text = await o.change.read(rev, `./${file}`);
        if (text === undefined)
            return { revision: rev, missing: true };
        let loaded;
        try {
            loaded = (0,load/* parseConfig */.o4)(shown, text);
        }
        catch (err) {
            if (err instanceof errors/* ConfigError */.xL)
                return { revision: rev, issues: err.issues };
            throw err;
        }
        const side = { revision: rev, model: configModel(loaded) };
        // The head is validated as the gate would plan it, so a broken head shows before it merges.
        if (validate && own && Object.hasOwn(loaded.config.profiles, o.profile)) {
            try {
                (0,plan/* planGate */.ft)(loaded, o.profile, { env: o.env, inputs: o.inputs });
            }
            catch (err) {
                if (err instanceof errors/* ConfigError */.xL)
                    side.issues = err.issues;
                else
                    throw err;
            }
        }
        return side;
    };
    const sides = async (file) => {
        const own = file === undefined || external_node_path_default().resolve(o.cwd, file) === o.configPath;
        const relFile = own ? rel : external_node_path_default().relative(o.cwd, external_node_path_default().resolve(o.cwd, file));
        const shown = own ? o.displayName : file;
        if (relFile.startsWith('..') || external_node_path_default().isAbsolute(relFile))
            return { file: shown, problem: `${shown} is outside the working directory` };
        let range;
        try {
            range = await o.change.range();
        }
        catch (err) {
            return { file: shown, problem: (0,errors/* errorMessage */.gJ)(err) };
        }
        try {
            const [base, head] = await Promise.all([
                readSide(range.base, relFile, shown, own, false),
                readSide(range.head, relFile, shown, own, true),
            ]);
            return { file: shown, base, head };
        }
        catch (err) {
            return { file: shown, problem: (0,errors/* errorMessage */.gJ)(err) };
        }
    };
    return {
        ...judged,
        access: {
            record,
            sides(file) {
                const key = file === undefined ? '' : external_node_path_default().resolve(o.cwd, file);
                let p = cache.get(key);
                if (!p)
                    cache.set(key, (p = sides(file)));
                return p;
            },
        },
    };
}
/** The working tree's config; when the base will judge, a broken one is kept as the error to report. */
async function loadHeadConfig(configPath, displayName, preloaded, source) {
    if (preloaded)
        return { loaded: preloaded };
    try {
        return { loaded: await (0,load/* loadConfigFile */.HT)(configPath, displayName) };
    }
    catch (err) {
        if (source === 'base' && err instanceof errors/* ConfigError */.xL)
            return { error: err };
        throw err;
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(96584);
// EXTERNAL MODULE: ./src/github/context.ts
var context = __webpack_require__(19556);
// EXTERNAL MODULE: ./src/github/errors.ts
var github_errors = __webpack_require__(73116);
;// CONCATENATED MODULE: ./src/github/reviews.ts






const PERMISSION = {
    reviews: 'pull-requests: read',
    pull: 'pull-requests: read',
    team: 'members: read in the organization',
    approvals: 'actions: read',
};
/** A failed call as one line, with the permission it needs when the token was refused. */
function failure(err, what) {
    const f = (0,github_errors/* classifyApiError */.bl)(err);
    const hint = f.kind === 'forbidden' || f.kind === 'not-found' ? ` (the token needs ${PERMISSION[what]})` : '';
    return new Error(`${(0,github_errors/* describeApiFailure */.ge)(f)}${hint}`);
}
function tokenOf(o) {
    return o.token || (0,core_runner/* readRunner */.f)(o.env).token || o.env.GH_TOKEN || undefined;
}
function reviews_client(o, token) {
    let api;
    return () => (api ??= (0,client/* createGitHubClient */.L)({
        token,
        apiUrl: (0,core_runner/* readRunner */.f)(o.env).apiUrl,
        timeoutMs: o.timeoutMs ?? 30_000,
        retries: 2,
        userAgent: `promotion-gate/${version/* VERSION */.x}`,
        log: { debug: () => undefined, warn: () => undefined },
        signal: o.signal,
    }));
}
/** The pull request the event is about, with its author, from the event payload. */
async function eventPull(env) {
    const ctx = await (0,context/* loadGitHubContext */.r)(env);
    if (!ctx?.pullNumber)
        return undefined;
    let author;
    try {
        const payload = JSON.parse(await (0,promises_.readFile)((0,core_runner/* readRunner */.f)(env).eventPath, 'utf8'));
        author = payload.pull_request?.user?.login;
    }
    catch {
        author = undefined;
    }
    return { number: ctx.pullNumber, ...(typeof author === 'string' && author ? { author } : {}) };
}
async function createReviewSource(o) {
    const runner = (0,core_runner/* readRunner */.f)(o.env);
    const token = tokenOf(o);
    const { owner, repo } = runner;
    const pull = await eventPull(o.env);
    const unavailable = !owner || !repo
        ? 'reviews cannot be read: not on GitHub (GITHUB_REPOSITORY is not set)'
        : !token
            ? 'reviews cannot be read: no token (pass the token input, or set GITHUB_TOKEN; it needs pull-requests: read)'
            : undefined;
    const api = token ? reviews_client(o, token) : undefined;
    const need = () => {
        if (!api || !owner || !repo)
            throw new Error(unavailable);
        return { api: api(), owner, repo };
    };
    return {
        ...(unavailable ? { unavailable } : {}),
        ...(pull ? { eventPull: pull } : {}),
        async pull(number, signal) {
            const n = need();
            try {
                const { data } = await (await n.api).rest.pulls.get({ owner: n.owner, repo: n.repo, pull_number: number, request: { signal } });
                return {
                    number,
                    ...(data.user?.login ? { author: data.user.login } : {}),
                    headSha: data.head.sha,
                    url: data.html_url,
                };
            }
            catch (err) {
                throw failure(err, 'pull');
            }
        },
        async reviews(number, signal) {
            const n = need();
            try {
                const api = await n.api;
                const list = await api.paginate(api.rest.pulls.listReviews, {
                    owner: n.owner,
                    repo: n.repo,
                    pull_number: number,
                    per_page: 100,
                    request: { signal },
                });
                return list.map((r) => ({
                    id: r.id,
                    user: r.user?.login ?? '(unknown)',
                    state: r.state,
                    ...(r.submitted_at ? { submittedAt: r.submitted_at } : {}),
                    ...(r.commit_id ? { commitId: r.commit_id } : {}),
                    ...(r.html_url ? { url: r.html_url } : {}),
                }));
            }
            catch (err) {
                throw failure(err, 'reviews');
            }
        },
        async teamMembers(org, team, signal) {
            const n = need();
            try {
                const api = await n.api;
                const list = await api.paginate(api.rest.teams.listMembersInOrg, {
                    org,
                    team_slug: team,
                    per_page: 100,
                    request: { signal },
                });
                return list.map((m) => m.login);
            }
            catch (err) {
                throw failure(err, 'team');
            }
        },
    };
}
/**
 * Approvals given to the workflow run for environments with required reviewers. GitHub's answer
 * says who, how and with what comment, but not when: the report records when it was read.
 */
async function runApprovals(o) {
    const runner = (0,core_runner/* readRunner */.f)(o.env);
    const token = tokenOf(o);
    if (!runner.actions || !runner.runId || !runner.owner || !runner.repo)
        return {};
    // Without a token there is nothing to ask with; the action always has one (its token input).
    if (!token)
        return {};
    try {
        const api = await reviews_client(o, token)();
        const { data } = await api.rest.actions.getReviewsForRun({
            owner: runner.owner,
            repo: runner.repo,
            run_id: Number(runner.runId),
        });
        return {
            approvals: data.slice(0, 100).map((a) => ({
                user: a.user.login,
                state: a.state,
                environments: a.environments.map((e) => e.name ?? String(e.id)),
                ...(a.comment ? { comment: a.comment.slice(0, 500) } : {}),
            })),
        };
    }
    catch (err) {
        return { problem: `approvals of the run not read: ${failure(err, 'approvals').message}` };
    }
}

;// CONCATENATED MODULE: ./src/app/gate.ts






















/** Budget of report.md in the bundle: large, but bounded, so one noisy check cannot fill a disk. */
const REPORT_MD_BUDGET = 4 * 1024 * 1024;
const gate_SENSITIVE_INPUT = /token|secret|password|passwd|key|credential|auth/i;
/**
 * Kept out of a literal path.resolve(…) call: the bundler relocates such paths as assets when
 * they exist on the build machine, which would bake the build machine's path into dist/.
 */
const OUTPUT_ROOT = ['.promotion-gate'];
function defaultOutDir(cwd, profile) {
    return external_node_path_default().resolve(cwd, ...OUTPUT_ROOT, profile);
}
/** The commit and branch the report names: the runner's when it says, else asked of git at once. */
async function gitInfo(exec, cwd, env, runner) {
    const read = async (args) => {
        try {
            const r = await exec.file('git', args, { cwd, env, maxOutputBytes: 4096 });
            return r.exitCode === 0 ? r.stdout.trim() : undefined;
        }
        catch {
            return undefined;
        }
    };
    const [sha, ref] = await Promise.all([
        runner.sha ?? read(['rev-parse', 'HEAD']),
        runner.ref ?? read(['rev-parse', '--abbrev-ref', 'HEAD']),
    ]);
    return { sha, ref };
}
function runInfo(runner) {
    if (!runner.runId)
        return undefined;
    return {
        id: runner.runId,
        attempt: String(runner.runAttempt),
        repository: runner.repository,
        event: runner.eventName,
        url: runner.runUrl,
        ...(runner.actor ? { actor: runner.actor } : {}),
        ...(runner.triggeringActor ? { triggeringActor: runner.triggeringActor } : {}),
    };
}
/** The approvals of the run's environments, or why they could not be read (never fatal). */
function withApprovals(run, got, at) {
    if (!run)
        return run;
    return {
        ...run,
        ...(got.approvals ? { approvals: got.approvals, approvalsReadAt: at.toISOString() } : {}),
        ...(got.problem ? { approvalsProblem: got.problem } : {}),
    };
}
/**
 * Values env checks will read from the process environment and keep secret (the env check's
 * own default: secret unless `equals` or `values` name what is allowed), so they are masked
 * before any check starts rather than when the env check gets to them.
 */
function envCheckSecrets(plan, env) {
    const out = [];
    for (const c of plan.checks) {
        if (c.type !== 'env' || c.enforcement === 'off')
            continue;
        const spec = c.spec;
        if (spec.file)
            continue;
        for (const [name, rule] of Object.entries(spec.vars ?? {})) {
            const value = Object.hasOwn(env, name) ? env[name] : undefined;
            if (value && (rule.secret ?? !(rule.equals !== undefined || rule.values !== undefined)))
                out.push(value);
        }
    }
    return out;
}
/** config → plan → checks → decision → report → sealed bundle. Shared by the CLI and the action. */
async function runGate(opts, loaded) {
    const now = opts.now ?? (() => new Date());
    const startedAt = now();
    const configName = opts.configName ?? (external_node_path_default().relative(opts.cwd, opts.configPath) || opts.configPath);
    const head = await loadHeadConfig(opts.configPath, configName, loaded, chooseConfigSource(opts.configSource, opts.env).source);
    // Read once, on first use: by the range (the last promoted run) or when the plan stands.
    const history = opts.history ? (0,summary/* historyView */.Ic)(opts.history, opts.profile) : undefined;
    // The diff range is resolved on first use (the base's config, a diff check), once, and shared.
    const change = createChangeSource({
        cwd: opts.cwd,
        env: opts.env,
        signal: opts.signal,
        base: opts.base,
        head: opts.head,
        defaultBase: head.loaded?.config.defaults?.base,
        lastPromoted: lastPromotedFrom(history),
    });
    // On pull requests the base's config judges; the integrity check compares it with the head's.
    const { plan, access } = await loadGateConfig({
        configPath: opts.configPath,
        displayName: configName,
        cwd: opts.cwd,
        env: opts.env,
        inputs: opts.inputs,
        profile: opts.profile,
        requested: opts.configSource,
        change,
        head,
    }).catch((err) => {
        change.close(); // a config error ends the run: no git of it may outlive it
        throw err;
    });
    // Started now so a slow store (git fetch, artifact download) overlaps the checks.
    void history?.read();
    // Tokens of a known shape are masked in every output, registered or not.
    const redactor = new redact/* Redactor */.pO({ shapes: [shapes/* knownTokenSpans */.k] });
    for (const s of plan.secrets)
        redactor.add(s);
    for (const [k, v] of Object.entries(opts.inputs))
        if (gate_SENSITIVE_INPUT.test(k))
            redactor.add(v);
    for (const s of envCheckSecrets(plan, opts.env))
        redactor.add(s);
    for (const s of opts.secrets ?? [])
        redactor.add(s);
    if (opts.token)
        redactor.add(opts.token);
    // Secrets from the environment are masked in the runner's log before any check starts; every
    // line the gate prints goes through the redactor.
    for (const s of redactor.values())
        opts.logger.mask(s);
    opts = { ...opts, logger: (0,logger/* redactingLogger */.S)(opts.logger, redactor) };
    const outDir = external_node_path_default().resolve(opts.cwd, opts.outDir ?? defaultOutDir(opts.cwd, opts.profile));
    // The default must stay inside .promotion-gate/: no `..` or symbolic link may lead it elsewhere.
    const within = opts.outDir === undefined ? external_node_path_default().resolve(opts.cwd, ...OUTPUT_ROOT) : undefined;
    await (0,seal/* prepareOutputDir */.g$)(outDir, { within });
    const exec = opts.exec ?? (0,adapters_exec/* createExec */.k)();
    opts.logger.info(`promotion-gate ${version/* VERSION */.x}: profile ${plan.profile}${plan.lineage.length > 1 ? ` (${plan.lineage.join(' → ')})` : ''}, ${plan.checks.length} check(s), up to ${plan.concurrency} at once`);
    const record = access.record;
    opts.logger.info(`config: ${record.path} of the ${record.source}${record.revision ? ` (${record.revision.slice(0, 12)}, ${record.baseFrom})` : ''}, ${record.why}`);
    if (record.fallback)
        opts.logger.warn(`config: ${record.fallback.message}`);
    const reviews = await createReviewSource({ env: opts.env, token: opts.token, signal: opts.signal });
    // The release notes of the promoted range; made alongside the checks when the range is wanted anyway.
    const notes = trackChanges({
        change,
        cwd: opts.cwd,
        env: opts.env,
        configPath: opts.configPath,
        eventPull: reviews.eventPull?.number,
        signal: opts.signal,
        now: opts.base !== undefined || record.source === 'base',
        base: opts.base,
        head: opts.head,
    });
    const results = await (0,runChecks/* runChecks */.J)(plan.checks, {
        cwd: opts.cwd,
        outputDir: outDir,
        profile: plan.profile,
        env: opts.env,
        exec,
        http: opts.http ?? (0,http/* createHttpClient */.u)(`promotion-gate/${version/* VERSION */.x}`),
        now,
        redactor,
        logger: opts.logger,
        history,
        change,
        config: access,
        reviews,
    }, { concurrency: plan.concurrency, gateTimeoutMs: plan.gateTimeoutMs, signal: opts.signal });
    await notes.beforeClose();
    change.close();
    const [changes, approvals] = await Promise.all([
        notes.result(),
        // The run's approvals are governance evidence: read (one request) when the profile guards its integrity.
        plan.checks.some((c) => c.type === 'integrity' && c.enforcement !== 'off')
            ? runApprovals({ env: opts.env, token: opts.token, signal: opts.signal })
            : {},
    ]);
    const past = history ? await history.read() : undefined;
    for (const p of past?.problems ?? [])
        opts.logger.warn(`history: ${p}`);
    const base = ratchetBase(past);
    const previous = opts.previous ?? base;
    const hotfix = hotfixBase(past);
    const decision = evaluate({
        results,
        policy: plan.policy,
        waivers: plan.waivers,
        now: now(),
        previous,
        hotfix: hotfix.tracker,
        notes: history && past
            ? historyNotes(history.describe(), past, base !== undefined, hotfix.problems)
            : historyOffNotes(previous !== undefined),
    });
    const runner = (0,core_runner/* readRunner */.f)(opts.env);
    const git = await gitInfo(exec, opts.cwd, opts.env, runner);
    const report = redactor.redactDeep(buildReport(plan, results, decision, {
        version: version/* VERSION */.x,
        startedAt,
        finishedAt: now(),
        git: {
            ...git,
            ...(opts.base ? { base: opts.base } : {}),
            ...(opts.head ? { head: opts.head } : {}),
            ...(change.settled() ? { range: change.settled() } : {}),
        },
        run: withApprovals(runInfo(runner), approvals, now()),
        config: record,
        ...(changes ? { changes } : {}),
        inputs: opts.inputs,
    }));
    const markdown = (0,report_markdown/* renderMarkdown */.G)(report, { budget: REPORT_MD_BUDGET, fullReportHint: 'report.json' });
    const sealed = await (0,seal/* sealBundle */.u2)(outDir, report, markdown, redactor);
    // A stopped run measured nothing worth comparing with: it is reported but not remembered.
    const recorded = opts.history && !opts.signal?.aborted
        ? await recordRun(opts.history, sealed.report, (0,summary/* newRunId */.F$)(opts.env, startedAt), opts.logger, past?.problems ?? [], base?.runId, past?.runs)
        : undefined;
    return { report: sealed.report, outDir, markdown, plan, ...(recorded ? { history: recorded } : {}) };
}


/***/ }),

/***/ 71452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aU: () => (/* binding */ runMonitor)
});

// UNUSED EXPORTS: defaultMonitorOutDir, monitorExitCode

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/adapters/exec.ts
var adapters_exec = __webpack_require__(77911);
// EXTERNAL MODULE: ./src/adapters/http.ts
var adapters_http = __webpack_require__(93618);
// EXTERNAL MODULE: ./src/adapters/logger.ts
var adapters_logger = __webpack_require__(74810);
// EXTERNAL MODULE: ./src/bundle/seal.ts + 1 modules
var seal = __webpack_require__(3167);
// EXTERNAL MODULE: ./src/change/head.ts
var head = __webpack_require__(7112);
// EXTERNAL MODULE: ./src/checks/secrets/shapes.ts
var shapes = __webpack_require__(46445);
// EXTERNAL MODULE: ./src/config/load.ts + 5 modules
var load = __webpack_require__(85853);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/redact.ts + 2 modules
var redact = __webpack_require__(13706);
// EXTERNAL MODULE: ./src/core/runner.ts
var core_runner = __webpack_require__(4473);
// EXTERNAL MODULE: ./src/deploy/report.ts
var report = __webpack_require__(65505);
// EXTERNAL MODULE: ./src/history/summary.ts
var summary = __webpack_require__(1048);
// EXTERNAL MODULE: ./src/notify/plan.ts
var notify_plan = __webpack_require__(79194);
// EXTERNAL MODULE: ./src/monitor/classify.ts
var classify = __webpack_require__(95522);
;// CONCATENATED MODULE: ./src/monitor/loop.ts


/** Never throws: classifying is guarded, so a crash there is a problem and the window goes on. */
function judge(rows, rules, ended, problems, when) {
    try {
        return (0,classify/* classify */.L8)(rows, rules, ended);
    }
    catch (err) {
        problems.push(`classification failed ${when}: ${(0,errors/* errorMessage */.gJ)(err)}`);
        return undefined;
    }
}
async function watchWindow(d) {
    const problems = [];
    const ticks = [];
    const stopped = () => d.signal?.aborted === true;
    let n = d.nextTick;
    let c = judge(d.rows, d.rules, d.nowMs() >= d.endMs, problems, 'of the recorded series');
    // A window that ends before the next tick: no tick is left, so nothing more can be learnt.
    const nextSlot = (now) => d.startMs + (Math.floor((now - d.startMs) / d.intervalMs) + 1) * d.intervalMs;
    while (c?.state !== 'degraded' && !stopped() && d.nowMs() < d.endMs) {
        const row = await d.tick(n);
        // A round cut short by the stop measured the stop, not the service.
        if (stopped())
            break;
        ticks.push(row);
        d.rows.push(row);
        await d.persist(row);
        const ended = nextSlot(d.nowMs()) >= d.endMs;
        c = judge(d.rows, d.rules, ended, problems, `after tick ${n}`);
        d.onTick?.(row, c);
        n++;
        if (c?.state === 'degraded' || ended)
            break;
        await d.sleep(nextSlot(d.nowMs()) - d.nowMs(), d.signal);
    }
    if (!stopped() && c === undefined)
        c = judge(d.rows, d.rules, d.nowMs() >= d.endMs, problems, 'at the end');
    // The window's end was reached with no tick left: what no rule met by then is healthy.
    if (!stopped() && c?.state === 'watching' && nextSlot(d.nowMs()) >= d.endMs)
        c = judge(d.rows, d.rules, true, problems, 'at the end');
    return { ...(c ? { classification: c } : {}), stopped: stopped(), ticks, problems };
}
/** Waits `ms`, or less when the signal aborts; never rejects. */
function sleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal?.aborted || ms <= 0)
            return resolve();
        const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
    });
}

// EXTERNAL MODULE: ./src/monitor/markdown.ts
var monitor_markdown = __webpack_require__(20529);
// EXTERNAL MODULE: ./src/config/environments.ts
var environments = __webpack_require__(51390);
// EXTERNAL MODULE: ./src/checks/fields.ts
var fields = __webpack_require__(23128);
// EXTERNAL MODULE: ./src/config/interpolate.ts
var interpolate = __webpack_require__(72757);
// EXTERNAL MODULE: ./src/config/own.ts
var own = __webpack_require__(94842);
// EXTERNAL MODULE: ./src/config/plan.ts + 2 modules
var config_plan = __webpack_require__(93465);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(98571);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
// EXTERNAL MODULE: ./src/deploy/plan.ts
var plan = __webpack_require__(5448);
;// CONCATENATED MODULE: ./src/monitor/decide.ts
/**
 * The reaction to a degraded window, decided before anything runs. An environment marked
 * `protect: true` hosts what would do the rolling back (its own pipeline): it is never rolled
 * back automatically, whatever the config asks — an alert, and a person decides.
 */
function decideReaction(environment, configured, protect) {
    if (protect && configured !== 'alert')
        return {
            decided: 'alert',
            reason: `environment "${environment}" is protected (protect: true): never rolled back automatically, so reaction ${configured} became alert`,
        };
    if (protect)
        return { decided: 'alert', reason: `reaction alert (environment "${environment}" is protected)` };
    return { decided: configured, reason: `reaction ${configured}, as configured` };
}
/**
 * The rollback's exit code as the action taken: 0 is rollback-ok, anything else (another code, a
 * signal, a step that could not start) is rollback-failed — the environment's state is unknown.
 */
function rollbackTaken(exitCode) {
    return exitCode === 0 ? 'rollback-ok' : 'rollback-failed';
}

;// CONCATENATED MODULE: ./src/monitor/plan.ts











/** A profile name no config can hold (profile names have no spaces). */
const PROBE_PROFILE = 'monitor probes';
/**
 * Resolves an environment's `monitor:` into what the tick loop runs. Durations may use
 * `${{ }}`; they are interpolated and checked again here, at their own line.
 */
function planMonitor(loaded, name, opts) {
    const { config, source } = loaded;
    const env = (0,environments/* environmentOf */.p7)(config.environments, name);
    if (!env) {
        const names = Object.keys(config.environments ?? {});
        throw new errors/* ConfigError */.xL([
            {
                file: source.file,
                message: names.length === 0
                    ? `unknown environment "${name}": the config defines no environments (add an environments: section)`
                    : `unknown environment "${name}"${(0,core_text/* didYouMean */.au)(name, names)}; environments: ${names.join(', ')}`,
            },
        ]);
    }
    const issues = new load/* IssueList */.o3(source);
    const at = (...rest) => ['environments', name, ...rest];
    if (!env.monitor) {
        issues.add(at(), `environment "${name}" has no monitor: add environments.${name}.monitor with the probes to run`, true);
        issues.throwIfAny();
    }
    const interp = new interpolate/* Interpolator */.aY(config.vars ?? {}, opts.env, opts.inputs);
    const raw = interp.interpolate(env.monitor, at('monitor'));
    for (const i of raw.issues)
        issues.add(i.path, i.message);
    let url;
    if (env.url !== undefined) {
        const r = interp.interpolate(env.url, at('url'));
        for (const i of r.issues)
            issues.add(i.path, i.message);
        url = r.value;
    }
    issues.throwIfAny();
    const m = raw.value;
    const durationAt = (key, text, fallback) => {
        const value = text ?? fallback;
        if (value === undefined)
            return undefined;
        const problem = (0,fields/* durationProblem */.YV)(value, { maxMs: duration/* MAX_TIMER_MS */._o, maxText: 'at most 24h', positive: true });
        if (problem) {
            issues.add(at('monitor', ...key), `${problem} (after interpolation)`);
            return undefined;
        }
        return (0,duration/* parseDuration */.E9)(value);
    };
    const cfgWindow = durationAt(['window'], m.window, environments/* MONITOR_DEFAULTS */.Wc.window);
    const cfgInterval = durationAt(['interval'], m.interval, environments/* MONITOR_DEFAULTS */.Wc.interval);
    const latencyP95Ms = durationAt(['degradedWhen', 'latencyP95'], m.degradedWhen?.latencyP95);
    issues.throwIfAny();
    const windowMs = opts.windowMs ?? cfgWindow;
    const intervalMs = opts.intervalMs ?? cfgInterval;
    if (intervalMs > windowMs) {
        if (opts.windowMs === undefined && opts.intervalMs === undefined) {
            issues.add(at('monitor', m.interval !== undefined ? 'interval' : 'window'), `interval ${(0,duration/* formatDuration */.a3)(intervalMs)} is longer than the window ${(0,duration/* formatDuration */.a3)(windowMs)} (after interpolation)`);
            issues.throwIfAny();
        }
        const said = (flag, ms, given) => `${given ? flag : `the config's ${flag.slice(2)}`} ${(0,duration/* formatDuration */.a3)(ms)}`;
        throw new errors/* UsageError */.eb(`${said('--interval', intervalMs, opts.intervalMs !== undefined)} is longer than ${said('--window', windowMs, opts.windowMs !== undefined)}: the window would end before a second round of probes`);
    }
    const probes = planProbes(loaded, m.probes, opts);
    const reaction = {
        configured: m.reaction ?? environments/* MONITOR_DEFAULTS */.Wc.reaction,
        ...decideReaction(name, m.reaction ?? environments/* MONITOR_DEFAULTS */.Wc.reaction, env.protect === true),
    };
    const rollback = reaction.decided === 'rollback'
        ? (0,plan/* planEnvironment */.R)(loaded, name, {
            env: opts.env,
            inputs: opts.inputs,
            cwd: opts.cwd,
            workspace: opts.workspace,
            monitor: true,
        })
        : undefined;
    if (rollback && !rollback.steps.rollback) {
        issues.add(at('monitor', 'reaction'), `reaction: rollback needs a rollback step: add environments.${name}.rollback`);
        issues.throwIfAny();
    }
    return {
        environment: name,
        ...(url !== undefined ? { url } : {}),
        windowMs,
        intervalMs,
        probes: probes.checks,
        rules: {
            consecutiveFailures: m.degradedWhen?.consecutiveFailures ?? environments/* MONITOR_DEFAULTS */.Wc.consecutiveFailures,
            errorRatio: m.degradedWhen?.errorRatio ?? environments/* MONITOR_DEFAULTS */.Wc.errorRatio,
            minRequests: m.degradedWhen?.minRequests ?? environments/* MONITOR_DEFAULTS */.Wc.minRequests,
            ...(latencyP95Ms !== undefined ? { latencyP95Ms } : {}),
        },
        reaction,
        protect: env.protect === true,
        production: env.production ?? (0,environments/* isProductionName */.Zq)(name),
        ...(rollback ? { rollback } : {}),
        secrets: [...new Set([...interp.envValues, ...probes.secrets, ...(rollback?.secrets ?? [])])],
    };
}
/**
 * The probes through the gate's planner, as a profile made for the purpose: each is interpolated
 * and validated exactly as the check users know, and problems point at the check's own lines.
 * A probe's enforcement decides nothing here (a failed probe is a failed probe), so one that would
 * not count in a gate counts in this profile rather than make it a profile that decides nothing.
 */
function planProbes(loaded, ids, opts) {
    const checks = {};
    for (const id of ids) {
        const c = (0,own/* own */.Z)(loaded.config.checks, id);
        if (!c)
            continue;
        const counts = c.enforcement === 'hard' || c.enforcement === 'required' || c.enforcement === 'scored';
        checks[id] = counts ? c : { ...c, enforcement: 'required' };
    }
    const synthetic = {
        source: loaded.source,
        config: {
            ...loaded.config,
            profiles: (0,own/* dataRecord */._)({ [PROBE_PROFILE]: { checks: [...ids] } }),
            checks: (0,own/* dataRecord */._)(checks),
            waivers: [],
        },
    };
    const plan = (0,config_plan/* planGate */.ft)(synthetic, PROBE_PROFILE, { env: opts.env, inputs: opts.inputs });
    return { checks: plan.checks, secrets: plan.secrets };
}

// EXTERNAL MODULE: ./src/engine/runChecks.ts
var runChecks = __webpack_require__(65618);
;// CONCATENATED MODULE: ./src/monitor/probes.ts





/**
 * The HTTP client a probe uses, counting what every request it sends gets — retries included,
 * since each is an answer the service gave. A request stopped because the monitor itself was
 * stopped tells nothing about the service and is not counted.
 */
function countingClient(inner, seen, stopped) {
    return {
        async request(req) {
            try {
                const res = await inner.request(req);
                seen.push({ status: res.status, latencyMs: res.latencyMs });
                return res;
            }
            catch (err) {
                if (!(err instanceof adapters_http/* HttpError */.j && err.kind === 'aborted' && stopped()))
                    seen.push({});
                throw err;
            }
        },
    };
}
/** At most this many latencies of one tick are kept (a performance probe samples many). */
const MAX_LATENCIES_PER_TICK = 2000;
/**
 * One round of probes, each run by the engine exactly as a gate runs it (timeouts, redaction,
 * evidence), each with its own counting client so its requests are its own. A probe that
 * errors is a failed probe.
 */
async function runTick(probes, tick, deps) {
    const at = deps.now().toISOString();
    const stopped = () => deps.signal?.aborted === true;
    // Only what did not pass is printed per probe: a passing round is one line of the tick.
    const logger = {
        ...deps.logger,
        checkFinished: (r, log) => {
            if (r.status !== 'pass')
                deps.logger.checkFinished(r, log);
        },
    };
    const runs = await Promise.all(probes.map(async (probe) => {
        const seen = [];
        let result;
        try {
            [result] = (await (0,runChecks/* runChecks */.J)([probe], {
                cwd: deps.cwd,
                outputDir: deps.outputDir,
                profile: `monitor tick ${tick}`,
                env: deps.env,
                exec: deps.exec,
                http: countingClient(deps.http, seen, stopped),
                now: deps.now,
                redactor: deps.redactor,
                logger,
            }, { concurrency: deps.concurrency, gateTimeoutMs: deps.gateTimeoutMs, signal: deps.signal }));
        }
        catch (err) {
            // The engine turns every failure of a check into a result; this is for the engine itself.
            result = {
                id: probe.id,
                type: probe.type,
                category: probe.category,
                enforcement: probe.enforcement,
                onError: probe.onError,
                status: 'error',
                score: 1,
                summary: `could not run: ${deps.redactor.redact((0,errors/* errorMessage */.gJ)(err))}`,
                durationMs: 0,
                findings: [],
                metrics: {},
                evidence: [],
            };
        }
        return { result, seen };
    }));
    const rows = runs.map(({ result, seen }) => ({
        id: result.id,
        status: result.status,
        ok: result.status === 'pass' || result.status === 'warn',
        summary: result.summary,
        requests: seen.length,
        errors: seen.filter(isServerError).length,
    }));
    const latencies = runs
        .flatMap((r) => r.seen)
        .flatMap((s) => (s.latencyMs !== undefined ? [Math.round(s.latencyMs * 10) / 10] : []))
        .slice(0, MAX_LATENCIES_PER_TICK);
    return {
        row: {
            tick,
            at,
            probes: rows,
            requests: rows.reduce((n, p) => n + p.requests, 0),
            errors: rows.reduce((n, p) => n + p.errors, 0),
            latenciesMs: latencies,
        },
        results: runs.map((r) => r.result),
    };
}
/** A 5xx answer, or no answer at all: what the error ratio counts. */
const isServerError = (s) => s.status === undefined || s.status >= 500;
/** Each tick's probe evidence, from the scratch directory into the bundle: evidence/tick-<n>/<probe>/. */
async function keepEvidence(scratch, outDir, ticks) {
    for (const t of ticks) {
        const from = external_node_path_default().join(scratch, String(t.tick), 'evidence');
        await (0,promises_.cp)(from, external_node_path_default().join(outDir, 'evidence', `tick-${t.tick}`), { recursive: true }).catch((err) => {
            // A tick whose probes wrote nothing has nothing to keep.
            if (err.code !== 'ENOENT')
                throw err;
        });
    }
}

;// CONCATENATED MODULE: ./src/monitor/report.ts

const SENSITIVE_INPUT = /token|secret|password|passwd|key|credential|auth/i;
/** Why the window ended as it did, in one line, naming the rule, the tick and the values. */
function whyOf(outcome, taken, c, o) {
    switch (outcome) {
        case 'healthy':
            return `no rule met in the ${(0,duration/* formatDuration */.a3)(o.windowMs)} window: ${c?.ticks ?? 0} tick(s), ${c?.requests ?? 0} request(s), ${c?.errors ?? 0} 5xx or unreachable`;
        case 'degraded': {
            const reasons = c?.reasons ?? [];
            const first = reasons[0]?.message ?? 'a rule was met';
            const more = reasons.length > 1 ? ` (and ${reasons.length - 1} more rule(s))` : '';
            const after = {
                none: 'reaction none: recorded only',
                alerted: 'an alert was raised',
                'rollback-ok': 'rolled back, and the verify after the rollback passed',
                'rollback-failed': 'the rollback failed: the environment is in an unknown state',
            };
            return `${first}${more}; ${after[taken]}`;
        }
        case 'interrupted':
            return `stopped${o.lastTick ? ` after tick ${o.lastTick}` : ' before the first tick'}${o.stopReason ? ` (${o.stopReason})` : ''}; started again, the monitor resumes the same window`;
        default:
            return `the window could not be judged: ${o.problem ?? 'the series could not be classified'}`;
    }
}
/** The report of a monitor, before redaction and sealing. */
function buildMonitorReport(plan, m) {
    const { runner } = m;
    return {
        schemaVersion: 1,
        kind: 'monitor',
        tool: { name: 'promotion-gate', version: m.version },
        environment: plan.environment,
        ...(plan.url ? { url: plan.url } : {}),
        deployment: m.deployment,
        ...m.git,
        outcome: m.outcome,
        status: m.outcome === 'healthy' ? 'passed' : 'failed',
        actionTaken: m.taken,
        why: m.why,
        window: m.window,
        probes: plan.probes.map((p) => p.id),
        rules: plan.rules,
        classification: m.classification,
        ...(m.reaction ? { reaction: m.reaction } : {}),
        series: m.series,
        store: m.store,
        problems: m.problems,
        inputs: Object.fromEntries(Object.entries(m.inputs).map(([k, v]) => [k, SENSITIVE_INPUT.test(k) ? '***' : v])),
        ...(runner.runId
            ? {
                run: {
                    id: runner.runId,
                    attempt: String(runner.runAttempt),
                    repository: runner.repository,
                    event: runner.eventName,
                    url: runner.runUrl,
                },
            }
            : {}),
        startedAt: m.startedAt.toISOString(),
        finishedAt: m.finishedAt.toISOString(),
        durationMs: m.finishedAt.getTime() - m.startedAt.getTime(),
    };
}
/** One line per tick for the log: each probe, the counts, and what the window says so far. */
function tickLine(row, c) {
    const probes = row.probes.map((p) => `${p.ok ? '✔' : '✖'} ${p.id}`).join('  ');
    const so = c
        ? c.state === 'degraded'
            ? `DEGRADED: ${c.reasons.map((x) => x.message).join('; ')}`
            : `${c.requests} requests, ${c.errors} 5xx or unreachable so far`
        : 'not classified (see the problems in the report)';
    return `tick ${row.tick} ${row.at.slice(11, 19)}  ${probes}  — ${row.requests} request(s), ${row.errors} 5xx or unreachable; ${so}`;
}
/** What a person must act on now, if anything: a degraded environment left as it is, a failed rollback. */
function alertOf(environment, deployment, outcome, taken, why) {
    if (outcome !== 'degraded' || taken === 'rollback-ok')
        return undefined;
    if (taken === 'rollback-failed')
        return `${environment}: the rollback after the degraded window failed; the environment is in an unknown state`;
    return `${environment} is degraded after the deploy of ${deployment.slice(0, 12)}: ${why}`;
}

// EXTERNAL MODULE: ./src/monitor/series.ts
var series = __webpack_require__(45661);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/app/exitCodes.ts
var exitCodes = __webpack_require__(58357);
// EXTERNAL MODULE: ./src/github/errors.ts
var github_errors = __webpack_require__(73116);
// EXTERNAL MODULE: ./src/github/issues.ts
var issues = __webpack_require__(65039);
// EXTERNAL MODULE: ./src/notify/markdown.ts
var markdown = __webpack_require__(84536);
// EXTERNAL MODULE: ./src/notify/send.ts + 1 modules
var send = __webpack_require__(4668);
;// CONCATENATED MODULE: ./src/monitor/alert.ts





/**
 * The alert of a degraded window: the incident issue `monitor:<environment>` (opened, or
 * commented on when open) and the webhooks that asked for the events. Each part stands alone and
 * none throws: what could not be told is in the record, and the job summary, the check run and
 * the exit code tell it anyway.
 */
async function raiseAlert(environment, notice, events, d) {
    const [issue, notifications] = await Promise.all([
        incident(environment, notice, events, d),
        webhooks(notice, events, d),
    ]);
    return { issue, notifications };
}
/**
 * A healthy window closes the environment's open incident, with a comment naming the window that
 * recovered; nothing is opened, and nothing is said when no incident is open. Never throws: a
 * close that failed is reported and changes nothing else.
 */
async function resolveAlert(environment, body, d) {
    if ('skipped' in d.issues)
        return { state: 'skipped', detail: d.issues.skipped };
    try {
        const r = await (0,issues/* resolveIncident */.pw)(d.issues, { key: `monitor:${environment}`, body, runKey: d.runKey });
        if (r.action !== 'none')
            d.logger.info(`incident issue: ${r.detail}`);
        return { state: 'done', detail: r.detail, ...(r.issue ? { url: r.issue.url } : {}) };
    }
    catch (err) {
        const detail = d.redactor.redact((0,github_errors/* describeApiFailure */.ge)((0,github_errors/* classifyApiError */.bl)(err)));
        d.logger.warn(`incident issue not closed: ${detail}`);
        return { state: 'failed', detail };
    }
}
async function incident(environment, notice, events, d) {
    if ('skipped' in d.issues)
        return { state: 'skipped', detail: d.issues.skipped };
    try {
        const r = await (0,issues/* raiseIncident */.$n)(d.issues, {
            key: `monitor:${environment}`,
            title: `promotion-gate: ${notice.title}`,
            body: (0,markdown/* noticeMarkdown */.O)({ ...notice, events }),
            runKey: d.runKey,
        });
        d.logger.info(`incident issue: ${r.detail}`);
        return { state: 'done', detail: r.detail, ...(r.issue ? { url: r.issue.url } : {}) };
    }
    catch (err) {
        const f = (0,github_errors/* classifyApiError */.bl)(err);
        const detail = f.kind === 'forbidden'
            ? `the token may not write issues (${(0,github_errors/* describeApiFailure */.ge)(f)}); grant the job permissions: issues: write`
            : (0,github_errors/* describeApiFailure */.ge)(f);
        d.logger.warn(`incident issue not raised: ${d.redactor.redact(detail)}`);
        return { state: f.kind === 'forbidden' ? 'skipped' : 'failed', detail: d.redactor.redact(detail) };
    }
}
async function webhooks(notice, events, d) {
    if (d.webhooks.length === 0)
        return [];
    try {
        const sent = await (0,send/* sendNotices */.Ap)(d.webhooks, notice, events, {
            http: d.http,
            redactor: d.redactor,
            signal: d.signal,
        });
        for (const s of sent)
            if (s.state === 'sent')
                d.logger.info((0,send/* describeDelivery */.Ks)(s));
            else
                d.logger.warn(d.redactor.redact((0,send/* describeDelivery */.Ks)(s)));
        return sent.map((s) => ({ webhook: s.webhook, state: s.state, detail: d.redactor.redact(s.detail) }));
    }
    catch (err) {
        const detail = d.redactor.redact((0,errors/* errorMessage */.gJ)(err));
        d.logger.warn(`notifications not sent: ${detail}`);
        return [{ webhook: '(all)', state: 'failed', detail }];
    }
}

// EXTERNAL MODULE: ./src/deploy/step.ts
var step = __webpack_require__(99497);
;// CONCATENATED MODULE: ./src/monitor/reaction.ts

async function react(decided, run) {
    if (decided === 'none')
        return { taken: 'none', steps: [] };
    if (decided === 'alert')
        return { taken: 'alerted', steps: [], alert: await run.alert(['degraded'], 'alerted') };
    const steps = [];
    const r = await run.rollback();
    steps.push(r);
    let taken = rollbackTaken(r.kind === 'command' && r.status !== 'interrupted' ? r.exitCode : null);
    if (taken === 'rollback-ok') {
        const v = await run.verify();
        steps.push(v);
        if (v.status !== 'passed')
            taken = 'rollback-failed';
    }
    return { taken, steps, alert: await run.alert(['degraded', 'rollback'], taken) };
}
/** The notice webhooks and the incident issue carry (the report is redacted before it is made). */
function monitorNotice(o) {
    const what = {
        none: 'DEGRADED after deploy',
        alerted: 'DEGRADED after deploy',
        'rollback-ok': 'DEGRADED after deploy, rolled back',
        'rollback-failed': 'DEGRADED after deploy, ROLLBACK FAILED',
    };
    return {
        title: `${o.environment}: ${what[o.taken]}`,
        tone: o.taken === 'rollback-ok' ? 'warning' : 'bad',
        summary: o.why,
        subject: { kind: 'deploy', environment: o.environment },
        outcome: 'degraded',
        reasons: o.classification.reasons.map((r) => ({
            message: r.message,
            blocking: true,
            check: r.probe ?? r.rule,
            observed: r.observed,
            threshold: r.threshold,
        })),
        links: o.links,
        ...(o.commit ? { sha: o.commit } : {}),
        at: o.at,
    };
}

// EXTERNAL MODULE: ./src/app/deploy.ts + 3 modules
var deploy = __webpack_require__(60266);
;// CONCATENATED MODULE: ./src/app/monitorReaction.ts








async function reactTo(r, c) {
    const { plan, opts, logger, redactor } = r;
    const decided = plan.reaction.decided;
    logger.error(`${plan.environment} is DEGRADED: ${c.reasons.map((x) => x.message).join('; ')}`);
    logger.info(`reaction: ${plan.reaction.reason}`);
    const notice = (taken) => redactor.redactDeep(monitorNotice({
        environment: plan.environment,
        deployment: r.deployment,
        ...(r.git.commit ? { commit: r.git.commit } : {}),
        why: whyOf('degraded', taken, c, { windowMs: plan.windowMs }),
        taken,
        classification: c,
        links: [
            ...(r.runner.runUrl ? [{ label: 'Workflow run', url: r.runner.runUrl }] : []),
            ...(opts.links ?? []),
        ],
        at: r.now().toISOString(),
    }));
    try {
        return await react(decided, {
            rollback: () => (0,step/* runStep */.eg)(plan.rollback.steps.rollback, {
                outDir: r.outDir,
                env: opts.env,
                context: {
                    environment: plan.environment,
                    ...(r.git.commit ? { commit: r.git.commit } : {}),
                    ...(plan.url ? { url: plan.url } : {}),
                    inputs: opts.inputs,
                    drill: false,
                    dryRun: false,
                },
                redactor,
                logger,
                signal: opts.signal,
                now: r.now,
            }),
            verify: () => (0,deploy/* verifyPhase */.Bb)('verify-after-rollback', plan.rollback, {
                configPath: opts.configPath,
                environment: plan.environment,
                inputs: opts.inputs,
                env: opts.env,
                cwd: opts.cwd,
                logger,
                now: r.now,
                signal: opts.signal,
            }, r.config, r.outDir, redactor, r.now),
            alert: (events, taken) => raiseAlert(plan.environment, notice(taken), events, {
                issues: opts.issues ?? { skipped: 'no GitHub repository and token given' },
                webhooks: r.webhooks,
                http: (0,adapters_http/* createHttpClient */.u)(`promotion-gate/${version/* VERSION */.x}`),
                redactor,
                logger,
                runKey: r.runId,
                signal: opts.signal,
            }),
        });
    }
    catch (err) {
        // Whatever broke, the environment is still degraded: a rollback that did not finish leaves it
        // in an unknown state, and the alert is the report, the summary and the exit code.
        const problem = `the reaction ${decided} failed: ${(0,errors/* errorMessage */.gJ)(err)}`;
        r.problems.push(problem);
        logger.error(problem);
        return {
            taken: decided === 'rollback' ? 'rollback-failed' : decided === 'alert' ? 'alerted' : 'none',
            steps: [],
        };
    }
}

;// CONCATENATED MODULE: ./src/app/monitor.ts



























/** Kept out of a literal path.resolve(…) call, as in gate.ts: the bundler would relocate it. */
const OUTPUT_ROOT = ['.promotion-gate'];
function defaultMonitorOutDir(cwd, environment) {
    return external_node_path_default().resolve(cwd, ...OUTPUT_ROOT, '.monitor', environment);
}
/** 0 healthy; 1 degraded, the reaction done (or none/alert); 4 the rollback failed; 3 no judgement. */
function monitorExitCode(outcome, taken) {
    if (taken === 'rollback-failed')
        return exitCodes/* EXIT */.d.rollbackFailed;
    if (outcome === 'healthy')
        return exitCodes/* EXIT */.d.promote;
    if (outcome === 'error')
        return exitCodes/* EXIT */.d.internal;
    return exitCodes/* EXIT */.d.hold;
}
const validRows = (rows) => rows.map(classify/* readTick */.qY).filter((r) => typeof r !== 'string');
function safeClassify(rows, plan, ended, problems) {
    try {
        return (0,classify/* classify */.L8)(rows, plan.rules, ended);
    }
    catch (err) {
        problems.push(`classification failed: ${(0,errors/* errorMessage */.gJ)(err)}`);
        return undefined;
    }
}
const EMPTY = {
    state: 'watching',
    reasons: [],
    ticks: 0,
    requests: 0,
    errors: 0,
    errorRatio: null,
    latencyP95Ms: null,
    skipped: [],
};
async function runMonitor(opts, loaded) {
    const now = opts.now ?? (() => new Date());
    const startedAt = now();
    const config = loaded ??
        (await (0,load/* loadConfigFile */.HT)(opts.configPath, opts.configName ?? (external_node_path_default().relative(opts.cwd, opts.configPath) || opts.configPath)));
    if (opts.deployment !== undefined && !series/* DEPLOYMENT_ID */.C1.test(opts.deployment))
        throw new errors/* UsageError */.eb(`--deployment: "${opts.deployment}" may use only letters, digits, ".", "_" and "-" (at most 128, starting with a letter or digit)`);
    const plan = planMonitor(config, opts.environment, {
        env: opts.env,
        inputs: opts.inputs,
        cwd: opts.cwd,
        workspace: opts.workspace,
        windowMs: opts.windowMs,
        intervalMs: opts.intervalMs,
    });
    const notify = opts.notify === false ? { webhooks: [], secrets: [] } : (0,notify_plan/* planNotify */.t)(config, opts);
    // Tokens of a known shape are masked in every output, registered or not.
    const redactor = new redact/* Redactor */.pO({ shapes: [shapes/* knownTokenSpans */.k] });
    for (const s of [...plan.secrets, ...notify.secrets])
        redactor.add(s);
    for (const [k, v] of Object.entries(opts.inputs))
        if ((0,report/* isSensitiveInput */.nh)(k))
            redactor.add(v);
    for (const s of redactor.values())
        opts.logger.mask(s);
    const logger = (0,adapters_logger/* redactingLogger */.S)(opts.logger, redactor);
    const runner = (0,core_runner/* readRunner */.f)(opts.env);
    const git = await (0,head/* headOf */.U)(runner, opts.cwd, opts.env);
    const deployment = opts.deployment ?? git.commit;
    if (!deployment)
        throw new errors/* UsageError */.eb('monitor: the commit deployed is not known here (not a git repository?); name the deployment with --deployment ID');
    const outDir = external_node_path_default().resolve(opts.cwd, opts.outDir ?? defaultMonitorOutDir(opts.cwd, plan.environment));
    const within = opts.outDir === undefined ? external_node_path_default().resolve(opts.cwd, ...OUTPUT_ROOT) : undefined;
    await (0,seal/* prepareOutputDir */.g$)(outDir, { within });
    const key = (0,series/* monitorKey */._c)(plan.environment, deployment);
    const runId = (0,summary/* newRunId */.F$)(opts.env, startedAt);
    const problems = [];
    const store = opts.history
        ? new series/* SeriesStore */.j$(opts.history, key, { runId, environment: plan.environment, ...git }, redactor)
        : undefined;
    const state = store ? await store.load() : { rows: [], problems: [] };
    for (const p of state.problems)
        logger.warn(`series: ${p}`);
    problems.push(...state.problems);
    if (!store)
        problems.push('history is off: the series is kept in memory only, so a restarted monitor starts a new window');
    const base = {
        plan,
        webhooks: notify.webhooks,
        opts,
        config,
        redactor,
        logger,
        outDir,
        runner,
        git,
        deployment,
        key,
        runId,
        store,
        problems,
        startedAt,
        now,
    };
    if (state.done)
        return recorded(base, state);
    return watch(base, state);
}
/** The window ended before this run: its recorded outcome, at once, nothing probed. */
async function recorded(r, state) {
    const done = state.done;
    const armed = state.armed;
    r.logger.info(`promotion-gate ${version/* VERSION */.x}: the monitoring window of ${r.plan.environment} for ${r.deployment} ended at ${done.finishedAt}: ${done.outcome}, ${done.actionTaken} (recorded; nothing is probed again)`);
    const c = safeClassify(state.rows, r.plan, true, r.problems) ?? EMPTY;
    const windowMs = armed?.windowMs ?? r.plan.windowMs;
    const start = armed?.startedAt ?? done.finishedAt;
    return finish(r, {
        outcome: done.outcome,
        taken: done.actionTaken,
        why: `recorded when the window ended at ${done.finishedAt}: ${done.why}`,
        classification: c,
        series: validRows(state.rows),
        window: {
            startedAt: start,
            endsAt: new Date(Date.parse(start) + windowMs).toISOString(),
            windowMs,
            intervalMs: armed?.intervalMs ?? r.plan.intervalMs,
            resumed: false,
            recorded: true,
        },
        record: false,
    });
}
async function watch(r, state) {
    const { plan, logger, opts } = r;
    const resumed = state.armed !== undefined;
    const armed = state.armed ?? {
        startedAt: r.startedAt.toISOString(),
        windowMs: plan.windowMs,
        intervalMs: plan.intervalMs,
        deployment: r.deployment,
        ...(r.git.commit ? { commit: r.git.commit } : {}),
        probes: plan.probes.map((p) => p.id),
    };
    if (resumed && (armed.windowMs !== plan.windowMs || armed.intervalMs !== plan.intervalMs))
        r.problems.push(`the window was armed at ${armed.startedAt} for ${armed.windowMs}ms, a tick every ${armed.intervalMs}ms: it is resumed as armed, not as this run asked`);
    if (!resumed && r.store) {
        const p = await r.store.arm(armed);
        if (p) {
            r.problems.push(p);
            logger.warn(p);
        }
    }
    const startMs = Date.parse(armed.startedAt);
    const endMs = startMs + armed.windowMs;
    const rows = [...state.rows];
    const lastTick = validRows(rows).reduce((n, t) => Math.max(n, t.tick), 0);
    logger.info(`promotion-gate ${version/* VERSION */.x}: ${resumed ? 'resuming' : 'monitoring'} ${plan.environment} (${r.deployment.slice(0, 12)}) until ${new Date(endMs).toISOString()}, a tick every ${armed.intervalMs}ms: probes ${plan.probes.map((p) => p.id).join(', ')}; on degraded: ${plan.reaction.reason}`);
    const tmp = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'pg-monitor-'));
    const exec = (0,adapters_exec/* createExec */.k)();
    const http = (0,adapters_http/* createHttpClient */.u)(`promotion-gate/${version/* VERSION */.x}`);
    let result;
    let crash;
    try {
        result = await watchWindow({
            rules: plan.rules,
            startMs,
            endMs,
            intervalMs: armed.intervalMs,
            rows,
            nextTick: lastTick + 1,
            tick: async (n) => {
                const t = await runTick(plan.probes, n, {
                    cwd: opts.cwd,
                    outputDir: external_node_path_default().join(tmp, String(n)),
                    env: opts.env,
                    exec,
                    http,
                    now: r.now,
                    redactor: r.redactor,
                    logger,
                    concurrency: Math.max(1, plan.probes.length),
                    gateTimeoutMs: Math.max(armed.intervalMs, ...plan.probes.map((p) => p.timeoutMs)),
                    signal: opts.signal,
                });
                return r.redactor.redactDeep(t.row);
            },
            persist: async (row) => {
                const p = await r.store?.tick(row);
                if (p) {
                    r.problems.push(p);
                    logger.warn(p);
                }
            },
            nowMs: () => r.now().getTime(),
            sleep: sleep,
            signal: opts.signal,
            onTick: (row, c) => logger.info(tickLine(row, c)),
        });
    }
    catch (err) {
        crash = `internal error during the window: ${(0,errors/* errorMessage */.gJ)(err)}`;
        result = { stopped: opts.signal?.aborted === true, ticks: [], problems: [] };
    }
    try {
        await keepEvidence(tmp, r.outDir, result.ticks);
    }
    catch (err) {
        r.problems.push(`the probes' evidence could not be kept in the bundle: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    finally {
        await (0,promises_.rm)(tmp, { recursive: true, force: true }).catch(() => undefined);
    }
    r.problems.push(...result.problems, ...(crash ? [crash] : []));
    const c = result.classification;
    const outcome = result.stopped
        ? 'interrupted'
        : crash || !c || c.state === 'watching'
            ? 'error'
            : c.state;
    let reaction;
    if (outcome === 'degraded')
        reaction = await reactTo(r, c);
    else if (outcome === 'healthy' && r.opts.issues) {
        const closed = await resolveAlert(plan.environment, `✅ ${plan.environment} stayed healthy through the monitoring window of ${r.deployment} (${result.ticks.length} tick(s) in this run, ending ${new Date(endMs).toISOString()}).${r.runner.runUrl ? `\n\n[Workflow run](${r.runner.runUrl})` : ''}`, { issues: r.opts.issues, logger: r.logger, redactor: r.redactor, runKey: r.runId });
        if (closed?.state === 'failed')
            r.problems.push(`the open incident could not be closed: ${closed.detail}`);
    }
    const taken = reaction?.taken ?? 'none';
    const stopReason = opts.signal?.reason instanceof Error ? opts.signal.reason.message : undefined;
    const why = whyOf(outcome, taken, c, {
        windowMs: armed.windowMs,
        ...(stopReason ? { stopReason } : {}),
        lastTick: result.ticks.at(-1)?.tick ?? (lastTick || undefined),
        problem: crash ?? result.problems.at(-1),
    });
    return finish(r, {
        outcome,
        taken,
        why,
        classification: c ?? safeClassify(rows, plan, false, []) ?? EMPTY,
        series: validRows(rows),
        window: {
            startedAt: armed.startedAt,
            endsAt: new Date(endMs).toISOString(),
            windowMs: armed.windowMs,
            intervalMs: armed.intervalMs,
            resumed,
            recorded: false,
        },
        ...(reaction ? { reaction } : {}),
        // A stopped window goes on when the monitor is started again; one that could not be judged
        // is tried again too. Only a decided window is done.
        record: outcome === 'healthy' || outcome === 'degraded',
    });
}
async function finish(r, e) {
    const { plan, redactor } = r;
    const report = redactor.redactDeep(buildMonitorReport(plan, {
        version: version/* VERSION */.x,
        deployment: r.deployment,
        git: r.git,
        outcome: e.outcome,
        taken: e.taken,
        why: e.why,
        window: e.window,
        classification: e.classification,
        ...(e.reaction
            ? {
                reaction: {
                    ...plan.reaction,
                    steps: e.reaction.steps,
                    ...(e.reaction.alert ? { alert: e.reaction.alert } : {}),
                },
            }
            : {}),
        series: e.series,
        store: {
            where: r.store?.describe() ?? 'memory (history off)',
            key: r.key,
            persisted: r.store !== undefined,
        },
        problems: r.problems,
        inputs: r.opts.inputs,
        runner: r.runner,
        startedAt: r.startedAt,
        finishedAt: r.now(),
    }));
    const markdown = (0,monitor_markdown/* renderMonitor */.P)(report);
    // sealBundle serialises the report and digests the directory; it reads no gate-only fields.
    const sealed = (await (0,seal/* sealBundle */.u2)(r.outDir, report, markdown, redactor))
        .report;
    if (e.record && r.store) {
        const p = await r.store.finish({
            outcome: e.outcome,
            actionTaken: e.taken,
            why: e.why,
            finishedAt: sealed.finishedAt,
            ...(sealed.bundle ? { bundleId: sealed.bundle.id } : {}),
        });
        if (p)
            r.logger.warn(`${p}; a monitor started again for this deployment will watch a new window`);
    }
    const alert = alertOf(plan.environment, r.deployment, e.outcome, e.taken, e.why);
    return {
        report: sealed,
        outDir: r.outDir,
        markdown,
        plan,
        exitCode: monitorExitCode(e.outcome, e.taken),
        ...(alert ? { alert: redactor.redact(alert) } : {}),
    };
}


/***/ }),

/***/ 75173:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iP: () => (/* binding */ flagOf),
/* harmony export */   lw: () => (/* binding */ OPTIONS)
/* harmony export */ });
/* unused harmony exports text, choice, bool, wholeNumber, durationMs, keyValues, conclusions, domainPaths, domainList */
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98571);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _github_checkRun_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16602);
/* harmony import */ var _github_stickyComment_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(87347);
/* harmony import */ var _config_types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(22143);
/* harmony import */ var _monitor_series_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(45661);






const single = (raw) => (typeof raw === 'string' ? raw : raw.join('\n')).trim();
const lines = (raw) => (typeof raw === 'string' ? raw.split(/\r?\n/) : [...raw]).map((l) => l.trim());
const text = (raw) => single(raw) || undefined;
/** `"a"`, `"a" or "b"`, `"a", "b" or "c"`. */
function oneOf(values) {
    const q = values.map((v) => `"${v}"`);
    return q.length < 2 ? (q[0] ?? '') : `${q.slice(0, -1).join(', ')} or ${q.at(-1)}`;
}
function choice(allowed, fallback) {
    return (raw, where) => {
        const v = single(raw) || fallback;
        if (!allowed.includes(v))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where}: expected ${oneOf(allowed)}, got "${v}"`);
        return v;
    };
}
function bool(fallback) {
    return (raw, where) => {
        const v = single(raw).toLowerCase();
        if (v === '')
            return fallback;
        if (v === 'true')
            return true;
        if (v === 'false')
            return false;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where}: expected true or false, got "${v}"`);
    };
}
/** A whole number in [min, max]; empty is `fallback`. */
function wholeNumber(min, max, fallback) {
    return (raw, where) => {
        const v = single(raw);
        if (v === '')
            return fallback;
        const n = Number(v);
        if (!/^\d+$/.test(v) || !Number.isSafeInteger(n) || n < min || n > max)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where}: expected a whole number from ${min} to ${max}, got "${v}"`);
        return n;
    };
}
/** A duration of at most 24h (a timer holds no more), or undefined when empty. */
function optionalDuration(raw, where) {
    if (single(raw) === '')
        return undefined;
    const ms = durationMs(0)(raw, where);
    if (ms > _core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_TIMER_MS */ ._o)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where}: at most 24h, got "${single(raw)}"`);
    return ms;
}
function durationMs(fallbackMs) {
    return (raw, where) => {
        const v = single(raw);
        if (v === '')
            return fallbackMs;
        const ms = /^\d+$/.test(v) ? undefined : (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(v);
        if (ms === undefined || ms <= 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where}: expected a duration like 30s or 2m, got "${v}"`);
        return ms;
    };
}
/** `key=value` pairs (the values of `${{ inputs.key }}`); blank lines and `#` comments are skipped. */
function keyValues(raw, where) {
    const out = Object.create(null);
    for (const line of lines(raw)) {
        if (line === '' || line.startsWith('#'))
            continue;
        const eq = line.indexOf('=');
        if (eq <= 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where}: expected key=value, got "${line}"`);
        const key = line.slice(0, eq).trim();
        if (!/^[A-Za-z_][\w-]*$/.test(key))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where}: "${key}" is not a valid input name (letters, digits, _ and -)`);
        out[key] = line.slice(eq + 1).trim();
    }
    return out;
}
/** `outcome=conclusion` lines over the defaults; `promote` is short for auto-promote. */
function conclusions(raw, where) {
    const out = { ..._github_checkRun_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_CONCLUSIONS */ .FI };
    for (const line of lines(raw)) {
        if (!line || line.startsWith('#'))
            continue;
        const m = /^([\w-]+)\s*[=:]\s*([\w-]+)$/.exec(line);
        const action = m?.[1] === 'promote' ? 'auto-promote' : m?.[1];
        if (!m || !action || !Object.hasOwn(out, action))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where}: expected <auto-promote|promote-with-hotfix|hold>=<conclusion>, got "${line}"`);
        if (!_github_checkRun_js__WEBPACK_IMPORTED_MODULE_2__/* .CONCLUSIONS */ .Fr.includes(m[2]))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where}: conclusion "${m[2]}" is not one of ${_github_checkRun_js__WEBPACK_IMPORTED_MODULE_2__/* .CONCLUSIONS */ .Fr.join(', ')}`);
        out[action] = m[2];
    }
    return out;
}
/** A domain of the aggregate: it names a folder of the bundle and a blocker (`<domain>.missing`). */
const DOMAIN = /^[A-Za-z0-9][\w.-]*$/;
/** `domain=path` lines, in order (later ones win); blank lines and `#` comments are skipped. */
function domainPaths(raw, where) {
    const out = [];
    for (const line of lines(raw)) {
        if (line === '' || line.startsWith('#'))
            continue;
        const eq = line.indexOf('=');
        const domain = eq > 0 ? line.slice(0, eq).trim() : '';
        const file = eq > 0 ? line.slice(eq + 1).trim() : '';
        if (!domain || !file)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where}: expected DOMAIN=PATH, got "${line}"`);
        if (!DOMAIN.test(domain))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where}: domain "${domain}" may use only letters, digits, ".", "_" and "-"`);
        out.push({ domain, path: file });
    }
    return out;
}
/** `a, b,c` → `['a', 'b', 'c']`; empty → undefined (the config's list applies). */
function domainList(raw, where) {
    const names = single(raw)
        .split(',')
        .map((d) => d.trim())
        .filter(Boolean);
    for (const d of names)
        if (!DOMAIN.test(d))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where}: "${d}" is not a domain name`);
    return names.length ? names : undefined;
}
const commentChoice = choice(_github_stickyComment_js__WEBPACK_IMPORTED_MODULE_3__/* .COMMENT_MODES */ .p8, 'update');
function spec(s) {
    return s;
}
/** The options, by the name the code uses. Order is the order of action.yml and the README. */
const OPTIONS = {
    command: spec({
        name: 'command',
        flag: false,
        actionOnly: true,
        description: '`gate` (default) runs the checks and decides; `validate` only checks the config (and the profile, when given); `publish` publishes the evidence of another run (see run-id); `deploy` deploys an environment, verifies it and rolls back on failure; `drill` proves that an environment can be rolled back (see environment); `drift` judges the profile’s benchmarks against history (see from-history); `review` writes the review of the profile’s runs in history (see lookback, month); `aggregate` judges a release over the evidence of many jobs (see evidence, evidence-dir); `watch` runs the gate and, when the profile turned since its last recorded run, opens or closes an incident issue and calls the `notify:` webhooks (see incidents, notify); `monitor` watches an environment for a window after a deploy and reacts when it degrades (see environment, window, interval, deployment).',
        default: 'gate',
        parse: choice([
            'gate',
            'validate',
            'publish',
            'deploy',
            'drill',
            'drift',
            'review',
            'aggregate',
            'watch',
            'monitor',
        ], 'gate'),
    }),
    config: spec({
        name: 'config',
        short: '-c',
        value: '<file>',
        description: 'Path of the config file, relative to working-directory.',
        help: 'config file',
        default: _config_types_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_CONFIG_PATH */ .Bi,
        parse: (raw) => single(raw) || _config_types_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_CONFIG_PATH */ .Bi,
    }),
    workingDirectory: spec({
        name: 'working-directory',
        value: '<dir>',
        actionOnly: true,
        description: 'Directory the checks run in (default the workspace); config and output-dir are relative to it.',
        parse: text,
    }),
    profile: spec({
        name: 'profile',
        short: '-p',
        value: '<name>',
        description: 'Profile to run (dev, staging, prod, … as named in the config). Required for commands gate, drift and review.',
        help: 'profile to run',
        parse: text,
    }),
    environment: spec({
        name: 'environment',
        value: '<name>',
        description: 'command deploy, drill and monitor: the environment (a key of `environments` in the config) to deploy, drill or watch.',
        help: 'environment to deploy (a key of environments in the config)',
        parse: text,
    }),
    rollbackOnFailure: spec({
        name: 'rollback-on-failure',
        description: "command deploy: `true` rolls back when the deploy or its verify fails, `false` never does; empty (default): the environment's `rollbackOnFailure`.",
        help: 'roll back when the deploy or its verify fails, whatever the config says',
        parse: (raw, where) => (single(raw) === '' ? undefined : bool(false)(raw, where)),
    }),
    dryRun: spec({
        name: 'dry-run',
        description: 'command deploy: `true` resolves, prints and records the plan (steps, verify profile, whether a rollback would run) and runs nothing.',
        help: 'resolve, print and record the plan; run nothing',
        default: 'false',
        parse: bool(false),
    }),
    retain: spec({
        name: 'retain',
        value: '<n>',
        description: 'command drill: drill records history keeps per environment (the newest n).',
        help: 'drill records kept in history per environment',
        default: '36',
        parse: wholeNumber(1, 10_000, 36),
    }),
    live: spec({
        name: 'live',
        description: 'command drill: `true` runs the steps without PROMOTION_GATE_DRY_RUN=1, so they really deploy and roll back.',
        help: 'run the drill for real: no PROMOTION_GATE_DRY_RUN=1 for the steps',
        default: 'false',
        parse: bool(false),
    }),
    window: spec({
        name: 'window',
        value: '<duration>',
        description: "command monitor: how long to watch after the deploy (e.g. 15m; default the environment's `monitor.window`, else 15m). A restarted monitor keeps the window it started.",
        help: "how long to watch (default the environment's monitor.window, else 15m)",
        parse: (raw, where) => optionalDuration(raw, where),
    }),
    interval: spec({
        name: 'interval',
        value: '<duration>',
        description: "command monitor: time between two rounds of probes (e.g. 30s; default the environment's `monitor.interval`, else 30s).",
        help: "time between two rounds of probes (default the environment's monitor.interval, else 30s)",
        parse: (raw, where) => optionalDuration(raw, where),
    }),
    deployment: spec({
        name: 'deployment',
        value: '<id>',
        description: 'command monitor: the deployment being watched, which keys its series in history (default the commit). In the action, the id of a GitHub deployment also gets its status when the window ends.',
        help: 'the deployment watched: keys its series in history (default the commit)',
        parse: (raw, where) => {
            const v = single(raw);
            if (v === '')
                return undefined;
            if (!_monitor_series_js__WEBPACK_IMPORTED_MODULE_4__/* .DEPLOYMENT_ID */ .C1.test(v))
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where}: "${v}" may use only letters, digits, ".", "_" and "-" (at most 128, starting with a letter or digit)`);
            return v;
        },
    }),
    fromHistory: spec({
        name: 'from-history',
        description: 'command drift: `true` judges the newest recorded run instead of measuring the benchmarks now.',
        help: 'judge the newest recorded run instead of measuring now',
        default: 'false',
        parse: bool(false),
    }),
    lookback: spec({
        name: 'lookback',
        value: '<n|period>',
        description: 'command review: the last n runs (`4`) or a period (`7d`, `28d`) to review; default `7d`.',
        help: 'the last n runs (4) or a period (7d, 28d); default 7d',
        parse: (raw, where) => {
            const v = single(raw);
            if (v === '')
                return undefined;
            if (/^\d+$/.test(v) ? Number(v) < 1 : !(((0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(v) ?? 0) > 0))
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where}: expected a number of runs (4) or a period (7d, 28d), got "${v}"`);
            return v;
        },
    }),
    month: spec({
        name: 'month',
        value: '<YYYY-MM>',
        description: 'command review: a calendar month (UTC) to review instead of lookback, the monthly checkpoint.',
        help: 'a calendar month (UTC): the monthly checkpoint',
        parse: (raw, where) => {
            const v = single(raw);
            if (v === '')
                return undefined;
            if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(v))
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where}: expected YYYY-MM, got "${v}"`);
            return v;
        },
    }),
    evidence: spec({
        name: 'evidence',
        flag: 'artifact',
        short: '-a',
        value: '<domain=path>',
        list: true,
        description: 'command aggregate: evidence of a domain, one `domain=path` per line (JSON, YAML, JUnit, SARIF, or a folder holding a promotion-gate bundle).',
        help: 'evidence file of a domain (repeatable)',
        parse: domainPaths,
    }),
    evidenceDir: spec({
        name: 'evidence-dir',
        flag: 'dir',
        short: '-d',
        value: '<dir>',
        list: true,
        description: 'command aggregate: directories of downloaded artifacts, one per line; each file or folder in them is a domain named after it.',
        help: 'directory of downloaded artifacts: each file or folder is a domain (repeatable)',
        parse: (raw) => lines(raw).filter((l) => l !== ''),
    }),
    required: spec({
        name: 'required',
        short: '-r',
        value: '<domains>',
        description: "command aggregate: comma-separated domains that must pass (default the config's `aggregate.required`, else every domain given).",
        help: 'comma-separated domains that must pass (default: the config’s, else all given)',
        parse: domainList,
    }),
    release: spec({
        name: 'release',
        value: '<name>',
        description: 'command aggregate: the release the evidence is for (recorded in the report).',
        help: 'release the evidence is for (recorded in the report)',
        parse: text,
    }),
    inputs: spec({
        name: 'inputs',
        flag: 'input',
        short: '-i',
        value: '<key=value>',
        list: true,
        description: 'Values for ${{ inputs.NAME }} in the config, one `key=value` per line, e.g.\n  target-url=https://staging.example.com\n',
        help: 'value for ${{ inputs.key }} (repeatable)',
        parse: keyValues,
    }),
    base: spec({
        name: 'base',
        value: '<ref>',
        description: "Base revision the diff checks (secrets, dependencies, migrations, routes) compare with. Default: the pull request's base (from the merge base), else the last promoted run of the profile in history, else `defaults.base` of the config. Shallow clones are deepened as needed; when that is impossible the checks error and ask for `fetch-depth: 0`.",
        help: 'base revision diff checks compare with (default: the pull request base, the last promoted run, defaults.base)',
        parse: text,
    }),
    head: spec({
        name: 'head',
        value: '<ref>',
        description: "Head revision of the change being promoted (default the pull request's head, else HEAD).",
        help: 'head revision of the change being promoted (default: the pull request head, HEAD)',
        parse: text,
    }),
    configSource: spec({
        name: 'config-source',
        value: '<base|head>',
        description: "Which revision's config judges the run: `base` (the default on pull_request events: the config as the base of the change has it, so a pull request cannot weaken its own gate; the head's config is still validated and compared by the `integrity` check) or `head` (the default elsewhere: the checked-out config).",
        help: 'revision whose config judges: base (default on pull requests) or head (default elsewhere)',
        parse: (raw, where) => {
            const v = single(raw);
            return v === '' ? undefined : choice(['base', 'head'], 'head')(v, where);
        },
    }),
    failOn: spec({
        name: 'fail-on',
        value: '<when>',
        description: '`hold` (default): the step fails when the verdict is hold. `never`: it always succeeds; read the `verdict` output.',
        help: 'exit non-zero on hold, or never (hold|never)',
        default: 'hold',
        parse: choice(['hold', 'never'], 'hold'),
    }),
    outputDir: spec({
        name: 'output-dir',
        flag: 'out',
        short: '-o',
        value: '<dir>',
        description: 'Where the report and evidence bundle are written (default .promotion-gate/<profile>).',
        help: 'output directory (default .promotion-gate/<profile>)',
        parse: text,
    }),
    history: spec({
        name: 'history',
        value: '<store>',
        description: 'Where runs are remembered, for the hotfix ratchet, benchmark drift and trends:\n`off` (default); `artifacts` (one artifact per run, needs `permissions: actions: read`);\n`git` or `git:<branch>` (a branch of the repository, needs `contents: write` and a checkout\nthat kept its credentials); `dir:<path>` (a directory, e.g. restored by actions/cache).\n',
        help: 'where runs are remembered: dir[:PATH] (.promotion-gate/.history), git[:BRANCH[@REMOTE]], artifacts[:NAME] or off',
        default: 'off',
        parse: (raw) => single(raw) || 'off',
    }),
    every: spec({
        name: 'every',
        value: '<duration>',
        description: 'command watch, CLI: run the gate again after this long (e.g. 15m), until `times` runs or SIGTERM. In a workflow, schedule it (`on: schedule`) instead.',
        help: 'run again after this long (e.g. 15m), until --times runs or Ctrl-C/SIGTERM',
        parse: (raw, where) => {
            if (single(raw) === '')
                return undefined;
            const ms = durationMs(0)(raw, where);
            // A timer holds at most 2^31 ms: a longer wait would fire at once and loop without pause.
            if (ms > _core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_TIMER_MS */ ._o)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where}: at most 24h, got "${single(raw)}"`);
            return ms;
        },
    }),
    times: spec({
        name: 'times',
        value: '<n>',
        description: 'command watch, CLI: runs at most, with `every` (default: until stopped).',
        help: 'runs at most (with --every)',
        parse: wholeNumber(1, 1_000_000, undefined),
    }),
    incidents: spec({
        name: 'incidents',
        description: 'command watch: `true` (default) opens an issue (label `promotion-gate`) when the profile turns to hold, comments on it, and closes it when the profile promotes again; it also keeps the "hotfix required" issue. command monitor: an issue when the environment degrades (unless its reaction is none), commented on by later degraded windows and closed by the next healthy one. Needs `permissions: issues: write`; without it they are skipped with a notice.',
        help: 'incident and hotfix issues on GitHub (token from GITHUB_TOKEN or GH_TOKEN)',
        default: 'true',
        parse: bool(true),
    }),
    notify: spec({
        name: 'notify',
        description: "command watch and monitor: `true` (default) calls the webhooks of the config's `notify:` section for the events they name; `false` calls none.",
        help: 'call the webhooks of the config’s notify: section',
        default: 'true',
        parse: bool(true),
    }),
    token: spec({
        name: 'token',
        flag: false,
        actionOnly: true,
        description: 'Token for the check run and the PR comment. A read-only token (fork pull requests, Dependabot) skips them with one notice; the summary, outputs and artifact are still written.',
        default: '${{ github.token }}',
        parse: (raw) => single(raw),
    }),
    checkRun: spec({
        name: 'check-run',
        description: '`true` (default): a check run, created in progress when the gate starts and completed with the verdict and line annotations. `false`: none.',
        default: 'true',
        parse: bool(true),
    }),
    checkRunName: spec({
        name: 'check-run-name',
        value: '<name>',
        description: 'Name of the check run (default `promotion-gate (<profile>)`); make it unique when one workflow gates a profile twice.',
        help: 'check run name (default "promotion-gate (<profile>)")',
        parse: (raw) => single(raw).slice(0, 200) || undefined,
    }),
    checkRunConclusions: spec({
        name: 'check-run-conclusions',
        flag: 'conclusion',
        value: '<outcome=conclusion>',
        list: true,
        description: 'Check run conclusion per outcome, one `outcome=conclusion` per line, over the defaults\n  auto-promote=success\n  promote-with-hotfix=neutral\n  hold=failure\nConclusions: success, neutral, failure, action_required, skipped.\n',
        help: 'check run conclusion per outcome, e.g. promote-with-hotfix=success (repeatable)',
        parse: conclusions,
    }),
    comment: spec({
        name: 'comment',
        value: '<mode>',
        description: 'Sticky PR comment, one per profile: `update` (default; edited in place), `minimize` or `delete` (the old one, then a new one is posted), `off`.',
        help: 'sticky comment: update, minimize, delete or off',
        default: 'update',
        parse: (raw, where) => {
            const v = single(raw);
            return commentChoice(v === 'false' ? 'off' : v === 'true' ? 'update' : v, where);
        },
    }),
    commentWhen: spec({
        name: 'comment-when',
        value: '<when>',
        description: '`always` (default), or `hold-or-change`: post only when the verdict is hold or differs from the last comment (an existing comment is still kept current).',
        help: 'when to post the comment: always or hold-or-change',
        default: 'always',
        parse: choice(_github_stickyComment_js__WEBPACK_IMPORTED_MODULE_3__/* .COMMENT_WHEN */ .dh, 'always'),
    }),
    commentAuthor: spec({
        name: 'comment-author',
        value: '<login>',
        description: "Login the token writes as, to find the sticky comment (default the token's own user, or github-actions[bot]). Set it for a GitHub App token, e.g. my-app[bot].",
        help: 'login the token writes as (default: its user, or github-actions[bot])',
        parse: text,
    }),
    prNumber: spec({
        name: 'pr-number',
        flag: 'pr',
        value: '<number>',
        description: 'Pull request to comment on when the event is not a pull request (e.g. workflow_dispatch).',
        help: 'pull request to comment on (default: the event’s, or the workflow_run’s found by its head branch)',
        parse: wholeNumber(1, Number.MAX_SAFE_INTEGER, undefined),
    }),
    artifact: spec({
        name: 'artifact',
        flag: false,
        actionOnly: true,
        description: '`true` (default): upload the evidence bundle as an artifact named `promotion-gate-<profile>-attempt-<n>`.',
        default: 'true',
        parse: bool(true),
    }),
    artifactName: spec({
        name: 'artifact-name',
        flag: 'artifact',
        value: '<name>',
        description: 'Artifact name instead of `promotion-gate-<profile>-attempt-<n>` (names are unique per workflow run); with command publish, only this artifact of the run.',
        help: 'only this artifact of the run',
        parse: text,
    }),
    retentionDays: spec({
        name: 'retention-days',
        flag: false,
        actionOnly: true,
        description: "Days to keep the artifact (default the repository's setting).",
        parse: wholeNumber(1, 400, undefined),
    }),
    runId: spec({
        name: 'run-id',
        value: '<id>',
        description: 'command publish: the workflow run whose evidence artifacts to publish (default: the run of a workflow_run event).',
        help: 'publish the evidence artifacts of this workflow run (default: the workflow_run event’s run)',
        parse: wholeNumber(1, Number.MAX_SAFE_INTEGER, undefined),
    }),
    reportDir: spec({
        name: 'report-dir',
        flag: false,
        actionOnly: true,
        description: "command publish: a report directory to publish instead of a run's artifacts.",
        parse: text,
    }),
    maxAnnotations: spec({
        name: 'max-annotations',
        value: '<n>',
        description: 'Findings annotated at most (each 50 are one request, paced at one a second); the rest are counted in the check run.',
        help: 'annotations at most (50 per request, one request a second)',
        default: '500',
        parse: wholeNumber(0, 10_000, 500),
    }),
    apiTimeout: spec({
        name: 'api-timeout',
        value: '<duration>',
        description: 'Time to wait for one GitHub API request before it is retried or given up.',
        help: 'per GitHub API request',
        default: '30s',
        parse: durationMs(30_000),
    }),
    apiRetries: spec({
        name: 'api-retries',
        value: '<n>',
        description: 'Retries of a GitHub API request that failed with 5xx, a timeout or a rate limit (0–10).',
        help: 'retries of a failed GitHub API request (0–10)',
        default: '3',
        parse: wholeNumber(0, 10, 3),
    }),
};
/** The CLI flag of an option, for messages and for commander. */
function flagOf(s) {
    return s.flag === false ? undefined : `--${s.flag ?? s.name}`;
}


/***/ }),

/***/ 23237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ publishExitCode),
  j: () => (/* binding */ runPublish)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/github/artifact.ts
var artifact = __webpack_require__(49721);
// EXTERNAL MODULE: ./src/github/publish.ts
var publish = __webpack_require__(77184);
// EXTERNAL MODULE: ./src/bundle/manifest.ts
var manifest = __webpack_require__(9075);
// EXTERNAL MODULE: ./src/bundle/verify.ts
var verify = __webpack_require__(10907);
;// CONCATENATED MODULE: ./src/github/publishBundle.ts




/**
 * Publishes the bundle of a gate that ran elsewhere — typically a fork's pull request, whose
 * read-only token could not: a `workflow_run` workflow downloads its evidence artifact and
 * publishes it with a token that can write. The bundle is verified first; the commit and pull
 * request come from the caller (the workflow_run event), never from the report, which the fork
 * controls.
 */
class BundleError extends Error {
    constructor(message) {
        super(message);
        this.name = 'BundleError';
    }
}
async function readVerifiedReport(dir) {
    const check = await (0,verify/* verifyBundle */.I)(dir);
    if (!check.ok) {
        const list = check.problems.slice(0, 5).map((p) => `  ${p.kind} ${p.path}: ${p.detail}`);
        throw new BundleError(`${dir}: the evidence bundle does not verify (${check.problems.length} problem(s)); not published\n${list.join('\n')}`);
    }
    const report = JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(dir, manifest/* REPORT_JSON */.oA), 'utf8'));
    if (report.schemaVersion !== 1 || typeof report.profile !== 'string' || !report.bundle)
        throw new BundleError(`${dir}: ${manifest/* REPORT_JSON */.oA} is not a promotion-gate report (schemaVersion 1)`);
    return report;
}

;// CONCATENATED MODULE: ./src/github/pulls.ts
/**
 * The open pull request a workflow run belongs to. GitHub lists it on the run — except for
 * pull requests from forks, where `pull_requests` is empty: those are found by the head
 * repository's owner and branch, and must have the run's head SHA.
 */
async function pullForRun(api, owner, repo, run) {
    if (run.pullNumbers.length > 0)
        return run.pullNumbers[0];
    const headOwner = run.headRepository?.split('/')[0];
    if (!headOwner || !run.headBranch)
        return undefined;
    const pulls = await api.paginate(api.rest.pulls.list, {
        owner,
        repo,
        state: 'open',
        head: `${headOwner}:${run.headBranch}`,
        per_page: 100,
    });
    return pulls.find((p) => p.head.sha === run.headSha)?.number;
}

;// CONCATENATED MODULE: ./src/app/publish.ts








async function runPublish(o) {
    const wr = o.ctx?.workflowRun;
    const runId = o.runId ?? (o.dirs.length === 0 ? wr?.id : undefined);
    const sources = [];
    if (o.dirs.length > 0) {
        for (const d of o.dirs)
            sources.push({ source: d, dir: Promise.resolve(d) });
    }
    else {
        if (!runId)
            throw new errors/* UsageError */.eb('publish: give report directories, or --run-id (or run it on a workflow_run event)');
        const found = await (0,artifact/* findEvidenceArtifacts */.YM)(o.api, {
            owner: o.owner,
            repo: o.repo,
            runId,
            attempt: wr?.id === runId ? wr.attempt : undefined,
            name: o.artifactName,
        });
        if (found.length === 0) {
            const what = o.artifactName ? `artifact ${o.artifactName}` : 'promotion-gate evidence artifacts';
            return [{ source: `run ${runId}`, error: `no ${what} in run ${runId} of ${o.owner}/${o.repo}` }];
        }
        const root = await (0,promises_.mkdtemp)(external_node_path_default().join(o.tempRoot ?? external_node_os_default().tmpdir(), 'promotion-gate-publish-'));
        for (const a of found) {
            const url = (0,artifact/* artifactUrl */.Wk)(o.ctx?.serverUrl ?? 'https://github.com', o.owner, o.repo, runId, a.id);
            sources.push({
                source: `artifact ${a.name} of run ${runId}`,
                artifact: { id: a.id, name: a.name, url },
                dir: (0,artifact/* downloadArtifact */.bk)({ owner: o.owner, repo: o.repo, runId, artifact: a, token: o.token }, external_node_path_default().join(root, String(a.id))),
            });
        }
    }
    // The pull request of a workflow_run is GitHub's (or found by the fork's branch), never the report's.
    const fromRun = wr && (runId === undefined || runId === wr.id);
    const pullNumber = o.pullNumber ?? (fromRun ? await pullForRun(o.api, o.owner, o.repo, wr) : o.ctx?.pullNumber);
    const out = [];
    for (const s of sources) {
        try {
            const dir = await s.dir;
            const report = await readVerifiedReport(dir);
            const target = {
                owner: o.owner,
                repo: o.repo,
                headSha: o.sha ?? (fromRun ? wr.headSha : (o.ctx?.headSha ?? report.git.sha)),
                pullNumber,
                runUrl: fromRun ? wr.htmlUrl : report.run?.url,
                serverUrl: o.ctx?.serverUrl ?? 'https://github.com',
            };
            const publisher = new publish/* Publisher */.v({ api: o.api, target, settings: o.settings(report), log: o.log });
            const publication = await publisher.finish(report, dir, {
                reuseCompleted: true,
                existingArtifact: s.artifact,
            });
            out.push({ source: s.source, report, publication });
        }
        catch (err) {
            if (err instanceof errors/* UsageError */.eb)
                throw err;
            out.push({
                source: s.source,
                error: err instanceof BundleError ? err.message : `${s.source}: ${(0,errors/* errorMessage */.gJ)(err)}`,
            });
        }
    }
    return out;
}
/** 0 when everything asked was published (or had nothing to do), 1 otherwise. */
function publishExitCode(results) {
    const bad = results.some((r) => r.error ||
        r.publication?.outcomes.some((x) => x.state === 'failed' ||
            (x.state === 'skipped' && ['read-only', 'no-token', 'unavailable'].includes(x.reason ?? ''))));
    return bad ? 1 : 0;
}


/***/ }),

/***/ 81563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ buildReview),
/* harmony export */   F: () => (/* binding */ reviewWindow)
/* harmony export */ });
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98571);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _checks_metrics_drift_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54816);
/* harmony import */ var _history_summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1048);




function reviewWindow(opts, now) {
    if (opts.lookback !== undefined && opts.month !== undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('give --lookback or --month, not both');
    if (opts.month !== undefined) {
        const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(opts.month.trim());
        if (!m)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--month: expected YYYY-MM, got "${opts.month}"`);
        const from = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
        const to = new Date(Date.UTC(Number(m[1]), Number(m[2]), 1));
        return { kind: 'period', from, to, label: opts.month.trim(), month: opts.month.trim() };
    }
    const text = (opts.lookback ?? '7d').trim();
    if (/^\d+$/.test(text)) {
        const count = Number(text);
        if (count < 1)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('--lookback: give at least 1 run');
        return { kind: 'runs', count, label: `last ${count} run${count === 1 ? '' : 's'}` };
    }
    const ms = (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(text);
    if (ms === undefined || ms === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--lookback: expected a number of runs (4) or a period (7d, 28d), got "${text}"`);
    return { kind: 'period', from: new Date(now.getTime() - ms), to: now, label: `last ${text}` };
}
const TRENDED_TYPES = new Set(['benchmark', 'trend']);
const round = (n) => Math.round(n * 10_000) / 10_000;
function inWindow(runs, w) {
    if (w.kind === 'runs') {
        const valid = runs.filter((r) => !r.invalid).slice(-w.count);
        const first = valid[0];
        // Invalid runs inside the same span are shown as left out.
        return first ? runs.filter((r) => Date.parse(r.finishedAt) >= Date.parse(first.finishedAt)) : [];
    }
    return runs.filter((r) => {
        const t = Date.parse(r.finishedAt);
        return t >= w.from.getTime() && t < w.to.getTime();
    });
}
function measured(run, check) {
    const c = run.checks.find((x) => x.id === check);
    return c !== undefined && c.status !== 'skipped' && c.status !== 'error';
}
function buildReview(input) {
    const all = input.runs;
    const span = inWindow(all, input.window);
    const valid = span.filter((r) => !r.invalid);
    const actions = { 'auto-promote': 0, 'promote-with-hotfix': 0, hold: 0 };
    for (const r of valid)
        actions[r.action]++;
    const promoted = valid.filter((r) => r.verdict === 'promote').length;
    const scoreSeries = valid.map((r) => ({ runId: r.runId, at: r.finishedAt, value: r.score }));
    const checkTypes = new Map();
    for (const r of valid)
        for (const c of r.checks)
            if (TRENDED_TYPES.has(c.type))
                checkTypes.set(c.id, c.type);
    const metrics = [];
    for (const [check, type] of checkTypes) {
        const names = new Set();
        for (const r of valid)
            for (const [k, v] of Object.entries(r.checks.find((c) => c.id === check)?.metrics ?? {}))
                if (typeof v === 'number')
                    names.add(k);
        for (const metric of [...names].sort()) {
            const series = (0,_history_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .metricSeries */ .Q3)(valid, check, metric).map((p) => ({
                runId: p.run.runId,
                at: p.run.finishedAt,
                value: p.value,
            }));
            if (series.length === 0)
                continue;
            const values = series.map((p) => p.value);
            metrics.push({
                check,
                type,
                metric,
                series,
                first: values[0],
                last: values[values.length - 1],
                change: round(values[values.length - 1] - values[0]),
                mean: round(values.reduce((a, b) => a + b, 0) / values.length),
                min: Math.min(...values),
                max: Math.max(...values),
            });
        }
    }
    // Each benchmark run in the window against the runs before it, as the gate judged (or would have).
    const driftAlerts = [];
    const allValid = all.filter((r) => !r.invalid);
    for (const [check, type] of checkTypes) {
        if (type !== 'benchmark')
            continue;
        const rules = input.drift.get(check) ?? (0,_checks_metrics_drift_js__WEBPACK_IMPORTED_MODULE_2__/* .driftSettings */ .LX)();
        if (rules === false)
            continue;
        for (const run of valid) {
            if (!measured(run, check))
                continue;
            const before = allValid
                .slice(0, allValid.indexOf(run))
                .filter((r) => measured(r, check))
                .slice(-rules.lookback);
            const current = {};
            for (const [k, v] of Object.entries(run.checks.find((c) => c.id === check).metrics))
                current[k] = typeof v === 'number' && Number.isFinite(v) ? v : undefined;
            for (const point of (0,_checks_metrics_drift_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluateDrift */ .$v)(current, (m) => (0,_history_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .metricSeries */ .Q3)(before, check, m).map((x) => x.value), rules))
                if (point.status === 'alert' || point.status === 'missing')
                    driftAlerts.push({ check, runId: run.runId, at: run.finishedAt, point });
        }
    }
    const failing = new Map();
    for (const r of valid)
        for (const c of r.checks) {
            if (c.status === 'skipped')
                continue;
            const f = failing.get(c.id) ?? { check: c.id, failures: 0, errors: 0, runs: 0, lastStatus: c.status };
            f.runs++;
            if (c.status === 'fail')
                f.failures++;
            if (c.status === 'error')
                f.errors++;
            f.lastStatus = c.status;
            failing.set(c.id, f);
        }
    const topFailing = [...failing.values()]
        .filter((f) => f.failures + f.errors > 0)
        .sort((a, b) => b.failures + b.errors - (a.failures + a.errors) || a.check.localeCompare(b.check))
        .slice(0, 10);
    const w = input.window;
    return {
        schemaVersion: 1,
        kind: 'review',
        profile: input.profile,
        store: input.store,
        generatedAt: input.now.toISOString(),
        window: w.kind === 'runs'
            ? { kind: 'runs', label: w.label }
            : {
                kind: 'period',
                label: w.label,
                from: w.from.toISOString(),
                to: w.to.toISOString(),
                ...(w.month ? { month: w.month } : {}),
            },
        runs: {
            total: valid.length,
            invalid: span.length - valid.length,
            promoted,
            held: valid.length - promoted,
            passRate: valid.length ? Math.round((promoted / valid.length) * 1000) / 10 : null,
            actions,
            ratchetHolds: valid.filter((r) => r.ratchetTriggered).length,
        },
        score: {
            series: scoreSeries,
            mean: scoreSeries.length
                ? round(scoreSeries.reduce((a, p) => a + p.value, 0) / scoreSeries.length)
                : null,
        },
        metrics,
        driftAlerts,
        topFailing,
        runList: valid.map((r) => ({
            runId: r.runId,
            at: r.finishedAt,
            verdict: r.verdict,
            score: r.score,
            action: r.action,
            ...(r.sha ? { sha: r.sha } : {}),
            ...(r.url ? { url: r.url } : {}),
        })),
        invalidRuns: span
            .filter((r) => r.invalid)
            .map((r) => ({ runId: r.runId, at: r.finishedAt, reason: r.invalid.reason })),
        problems: input.problems,
    };
}


/***/ }),

/***/ 79060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ti: () => (/* binding */ loadDriftRules),
  OC: () => (/* binding */ writeReview)
});

// UNUSED EXPORTS: reviewWrites

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/bundle/outputDir.ts
var outputDir = __webpack_require__(37504);
// EXTERNAL MODULE: ./src/bundle/seal.ts + 1 modules
var seal = __webpack_require__(3167);
// EXTERNAL MODULE: ./src/checks/metrics/drift.ts
var drift = __webpack_require__(54816);
// EXTERNAL MODULE: ./src/config/load.ts + 5 modules
var load = __webpack_require__(85853);
// EXTERNAL MODULE: ./src/config/resolve.ts
var resolve = __webpack_require__(68270);
// EXTERNAL MODULE: ./src/checks/metrics/criteria.ts
var criteria = __webpack_require__(1402);
// EXTERNAL MODULE: ./src/report/mermaid.ts
var mermaid = __webpack_require__(39409);
;// CONCATENATED MODULE: ./src/report/reviewMarkdown.ts


const MAX_CHARTS = 8;
const MAX_ROWS = 60;
const cell = (s) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const day = (iso) => iso.slice(5, 10);
function title(r) {
    return r.window.month
        ? `Monthly checkpoint — ${r.profile} · ${r.window.month}`
        : `Review — ${r.profile} · ${r.window.label}`;
}
function summary(r) {
    const x = r.runs;
    return [
        '| Runs | Promoted | Held | Pass rate | Mean score | Drift alerts | Ratchet holds | Left out (invalid) |',
        '|---|---|---|---|---|---|---|---|',
        `| ${x.total} | ${x.promoted} | ${x.held} | ${x.passRate === null ? '–' : `${x.passRate}%`} | ${r.score.mean ?? '–'} | ${r.driftAlerts.length} | ${x.ratchetHolds} | ${x.invalid} |`,
        '',
        `Actions: auto-promote ${x.actions['auto-promote']} · promote-with-hotfix ${x.actions['promote-with-hotfix']} · hold ${x.actions.hold}`,
    ];
}
function scoreSection(r) {
    const s = r.score.series;
    if (s.length < 2)
        return ['', '## Score', '', s.length ? `One run, score ${s[0].value}/5.` : 'No runs in this window.'];
    return [
        '',
        '## Score',
        '',
        (0,mermaid/* xyChart */.Gp)({
            title: 'Score per run',
            labels: s.map((p) => day(p.at)),
            values: s.map((p) => p.value),
            yLabel: 'score',
            yMin: 1,
            yMax: 5,
        }),
    ];
}
function metricsSection(r) {
    if (r.metrics.length === 0)
        return [];
    const out = [
        '',
        '## Metric trends',
        '',
        '| Check | Metric | First | Last | Change | Mean | Min | Max | Runs |',
        '|---|---|---|---|---|---|---|---|---|',
    ];
    for (const m of r.metrics)
        out.push(`| \`${cell(m.check)}\` | ${cell(m.metric)} | ${(0,criteria/* fmt */.Sc)(m.first)} | ${(0,criteria/* fmt */.Sc)(m.last)} | ${m.change >= 0 ? '+' : ''}${(0,criteria/* fmt */.Sc)(m.change)} | ${(0,criteria/* fmt */.Sc)(m.mean)} | ${(0,criteria/* fmt */.Sc)(m.min)} | ${(0,criteria/* fmt */.Sc)(m.max)} | ${m.series.length} |`);
    const charted = r.metrics.filter((m) => m.series.length >= 2).slice(0, MAX_CHARTS);
    for (const m of charted)
        out.push('', (0,mermaid/* xyChart */.Gp)({
            title: `${m.check} · ${m.metric}`,
            labels: m.series.map((p) => day(p.at)),
            values: m.series.map((p) => p.value),
            yLabel: m.metric,
        }));
    const left = r.metrics.filter((m) => m.series.length >= 2).length - charted.length;
    if (left > 0)
        out.push('', `_${left} more metric chart(s) left out; every series is in review.json._`);
    return out;
}
function driftSection(r) {
    const out = ['', '## Drift alerts', ''];
    if (r.driftAlerts.length === 0)
        return [...out, 'None in this window.'];
    for (const a of r.driftAlerts.slice(-MAX_ROWS))
        out.push(`- ${day(a.at)} run \`${cell(a.runId)}\`, \`${cell(a.check)}\`: ${cell(a.point.message)}`);
    return out;
}
function failingSection(r) {
    const out = ['', '## Top failing checks', ''];
    if (r.topFailing.length === 0)
        return [...out, 'No check failed in this window.'];
    out.push('| Check | Failed | Could not run | Of runs | Last status |', '|---|---|---|---|---|');
    for (const f of r.topFailing)
        out.push(`| \`${cell(f.check)}\` | ${f.failures} | ${f.errors} | ${f.runs} | ${f.lastStatus} |`);
    return out;
}
function runsSection(r) {
    if (r.runList.length === 0)
        return [];
    const out = [
        '',
        '<details><summary>Runs</summary>',
        '',
        '| Finished | Run | Verdict | Score | Action | Commit |',
        '|---|---|---|---|---|---|',
    ];
    const shown = r.runList.slice(-MAX_ROWS);
    for (const x of shown) {
        const id = x.url ? `[${cell(x.runId)}](${x.url})` : `\`${cell(x.runId)}\``;
        out.push(`| ${x.at.slice(0, 16).replace('T', ' ')} | ${id} | ${x.verdict} | ${x.score}/5 | ${x.action} | ${x.sha ? `\`${x.sha.slice(0, 10)}\`` : ''} |`);
    }
    if (r.runList.length > shown.length)
        out.push('', `_${r.runList.length - shown.length} earlier run(s) in review.json._`);
    out.push('', '</details>');
    return out;
}
function leftOut(r) {
    const out = [];
    if (r.invalidRuns.length > 0) {
        out.push('', '## Left out (marked invalid)', '');
        for (const x of r.invalidRuns)
            out.push(`- \`${cell(x.runId)}\` (${x.at.slice(0, 10)}): ${cell(x.reason)}`);
    }
    if (r.problems.length > 0) {
        out.push('', '## History problems', '');
        for (const p of r.problems.slice(0, 20))
            out.push(`- ${cell(p)}`);
        if (r.problems.length > 20)
            out.push(`- … ${r.problems.length - 20} more in review.json`);
    }
    return out;
}
/** The review as Markdown with Mermaid charts (GitHub renders them in files, summaries and comments). */
function renderReview(r) {
    return [
        `# ${title(r)}`,
        '',
        `_${r.window.label}${r.window.from ? ` (${r.window.from.slice(0, 10)} – ${new Date(Date.parse(r.window.to) - 1).toISOString().slice(0, 10)})` : ''} · history: ${cell(r.store)} · generated ${r.generatedAt}_`,
        '',
        ...summary(r),
        ...scoreSection(r),
        ...metricsSection(r),
        ...driftSection(r),
        ...failingSection(r),
        ...runsSection(r),
        ...leftOut(r),
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/app/reviewFiles.ts








/**
 * Drift rules of the profile's benchmark checks, as configured (not interpolated: rules are
 * literal). A config that is only the default (`optional`) may be absent: the default rules apply.
 */
async function loadDriftRules(o) {
    const rules = new Map();
    if (o.optional && !(await (0,seal/* exists */.t2)(o.file)))
        return { rules };
    const { config } = await (0,load/* loadConfigFile */.HT)(o.file, o.label);
    if (!Object.hasOwn(config.profiles, o.profile))
        return { rules, note: `profile ${o.profile} is not in ${o.label}; drift uses the default rules` };
    for (const c of (0,resolve/* resolveProfile */.mC)(config, o.profile).checks) {
        if (c.raw.type !== 'benchmark')
            continue;
        const d = c.raw.drift;
        rules.set(c.id, d === false ? false : (0,drift/* driftSettings */.LX)(d ?? {}));
    }
    return { rules };
}
/** What the review writes: `review.json`/`.md` and one `monthly-<YYYY-MM>.json`/`.md` per month. */
function reviewWrites(entry, kind) {
    return kind === 'file' && /^(?:review|monthly-\d{4}-\d{2})\.(?:json|md)$/.test(entry);
}
/**
 * Writes `review.json`/`.md`, or `monthly-<YYYY-MM>.json`/`.md` for a month, and returns their
 * paths. The directory may hold only the review's own files (earlier months stay); `within`
 * keeps it inside that directory.
 */
async function writeReview(review, window, outDir, within) {
    const base = window.kind === 'period' && window.month ? `monthly-${window.month}` : 'review';
    const json = external_node_path_default().join(outDir, `${base}.json`);
    const markdown = external_node_path_default().join(outDir, `${base}.md`);
    const text = renderReview(review);
    await (0,outputDir/* prepareOutputDir */.g)(outDir, { within, owns: reviewWrites });
    await (0,promises_.writeFile)(json, `${JSON.stringify(review, null, 2)}\n`);
    await (0,promises_.writeFile)(markdown, text);
    return { json, markdown, text };
}


/***/ }),

/***/ 82329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ runWatch)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/adapters/http.ts
var http = __webpack_require__(93618);
// EXTERNAL MODULE: ./src/adapters/logger.ts
var adapters_logger = __webpack_require__(74810);
// EXTERNAL MODULE: ./src/config/load.ts + 5 modules
var load = __webpack_require__(85853);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/redact.ts + 2 modules
var redact = __webpack_require__(13706);
// EXTERNAL MODULE: ./src/core/runner.ts
var runner = __webpack_require__(4473);
// EXTERNAL MODULE: ./src/notify/message.ts
var message = __webpack_require__(58478);
// EXTERNAL MODULE: ./src/notify/plan.ts
var notify_plan = __webpack_require__(79194);
// EXTERNAL MODULE: ./src/notify/send.ts + 1 modules
var send = __webpack_require__(4668);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/app/gate.ts + 14 modules
var app_gate = __webpack_require__(32005);
// EXTERNAL MODULE: ./src/github/errors.ts
var github_errors = __webpack_require__(73116);
// EXTERNAL MODULE: ./src/github/issues.ts
var issues = __webpack_require__(65039);
// EXTERNAL MODULE: ./src/notify/markdown.ts
var markdown = __webpack_require__(84536);
;// CONCATENATED MODULE: ./src/app/watchIssues.ts




/** One GitHub step on its own: a refusal or an outage becomes its outcome, never an exception. */
async function step(what, issues, fn) {
    if ('skipped' in issues)
        return { what, state: 'skipped', detail: issues.skipped };
    try {
        const r = await fn(issues);
        return { what, state: 'done', detail: r.detail, ...(r.issue ? { issue: r.issue } : {}) };
    }
    catch (err) {
        const f = (0,github_errors/* classifyApiError */.bl)(err);
        if (f.kind === 'forbidden')
            return {
                what,
                state: 'skipped',
                detail: `the token may not write issues (${(0,github_errors/* describeApiFailure */.ge)(f)}); grant the job permissions: issues: write`,
            };
        return { what, state: 'failed', detail: (0,github_errors/* describeApiFailure */.ge)(f) };
    }
}
async function syncIssues(sink, 
/** Without history every run would open a new tracker with a new deadline: none is kept then. */
withHistory, gate, links, runKey) {
    const report = gate.report;
    const transition = gate.history?.transition;
    const profile = report.profile;
    const out = [];
    if (transition && transition.to.verdict !== transition.from.verdict) {
        const body = (0,markdown/* noticeMarkdown */.O)((0,message/* gateNotice */.C$)(report, transition, links));
        out.push(await step('incident', sink, (d) => transition.to.verdict === 'hold'
            ? (0,issues/* raiseIncident */.$n)(d, {
                key: `incident:${profile}`,
                title: `promotion-gate: ${profile} holds (score ${report.score}/5)`,
                body,
                runKey,
            })
            : (0,issues/* resolveIncident */.pw)(d, { key: `incident:${profile}`, body, runKey })));
    }
    const hotfix = report.hotfix;
    if (hotfix && withHistory) {
        const key = `hotfix:${profile}`;
        out.push(await step('hotfix issue', sink, (d) => hotfix.state === 'open'
            ? (0,issues/* raiseIssue */.o4)(d, {
                key,
                title: `promotion-gate: hotfix required for ${profile}${hotfix.deadline ? ` by ${hotfix.deadline.slice(0, 16).replace('T', ' ')} UTC` : ''}`,
                body: (0,markdown/* hotfixMarkdown */.K)(profile, hotfix, gate.plan.policy.autoPromoteAt),
                runKey,
                whenOpen: 'edit',
            })
            : (0,issues/* resolveIssue */.oy)(d, {
                key,
                body: `✅ Hotfix done: ${profile} scored ${report.score}/5 (${report.action}).\n\n${links.map((l) => `[${l.label}](${l.url})`).join(' · ')}\n`,
                runKey,
            })));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/app/watch.ts














const OUTPUT_ROOT = ['.promotion-gate'];
function watchDirOf(opts) {
    if (opts.watchDir)
        return external_node_path_default().resolve(opts.cwd, opts.watchDir);
    if (opts.outDir)
        return `${external_node_path_default().resolve(opts.cwd, opts.outDir)}-watch`;
    return external_node_path_default().resolve(opts.cwd, ...OUTPUT_ROOT, `${opts.profile}-watch`);
}
/** Resolves after `ms`, or at once when the signal stops the watch. */
function sleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal?.aborted)
            return resolve();
        const t = setTimeout(done, ms);
        function done() {
            clearTimeout(t);
            signal?.removeEventListener('abort', done);
            resolve();
        }
        signal?.addEventListener('abort', done, { once: true });
    });
}
async function runWatch(opts, loaded) {
    const config = loaded ??
        (await (0,load/* loadConfigFile */.HT)(opts.configPath, external_node_path_default().relative(opts.cwd, opts.configPath) || opts.configPath));
    // Every run of one workflow run is recorded under its id: runs of a loop there could not be told
    // apart, nor compared with each other.
    if (opts.everyMs && (0,runner/* readRunner */.f)(opts.env).runId)
        throw new errors/* UsageError */.eb('--every in a GitHub Actions job: schedule the workflow (on: schedule) and watch once per run instead');
    // Planned before anything runs: an unset ${{ env.WEBHOOK }} stops the watch as a config error.
    const plan = (0,notify_plan/* planNotify */.t)(config, { env: opts.env, inputs: opts.inputs });
    const redactor = new redact/* Redactor */.pO();
    for (const s of plan.secrets) {
        redactor.add(s);
        opts.logger.mask(s);
    }
    const logger = (0,adapters_logger/* redactingLogger */.S)(opts.logger, redactor);
    const gateOpts = { ...opts, secrets: [...(opts.secrets ?? []), ...plan.secrets] };
    const limit = opts.times ?? (opts.everyMs ? Infinity : 1);
    const runs = [];
    for (let iteration = 1; iteration <= limit; iteration++) {
        const gate = await (0,app_gate/* runGate */.R)(gateOpts, config);
        const run = await afterGate(opts, plan, gate, iteration, logger, redactor);
        runs.push(run);
        await opts.onRun?.(run);
        if (opts.signal?.aborted || !opts.everyMs || iteration >= limit)
            break;
        await sleep(opts.everyMs, opts.signal);
        if (opts.signal?.aborted)
            break;
    }
    return runs;
}
/** Issues, webhooks and watch.json for one gate run. */
async function afterGate(opts, plan, gate, iteration, logger, redactor) {
    const report = gate.report;
    const notes = [];
    const transition = gate.history?.transition;
    if (!opts.history)
        notes.push('history is off: transitions cannot be detected, so no incident is opened or closed');
    else if (gate.history && gate.history.problems.length > 0)
        notes.push(`history could not be read or written in full (${gate.history.problems[0]}): a transition may be missed`);
    if (transition)
        logger.info(`transition: ${transition.from.verdict}/${transition.from.action} → ${transition.to.verdict}/${transition.to.action} (since run ${transition.from.runId})`);
    const stopped = opts.signal?.aborted === true;
    if (stopped)
        notes.push('the run was stopped: no issue or webhook was told about it');
    // Published even when stopped: the action completes its check run as cancelled.
    const links = await linksOf(opts, gate, logger);
    const runKey = (0,runner/* readRunner */.f)(opts.env).runId ?? gate.history?.runId ?? report.finishedAt;
    const issues = stopped
        ? []
        : await syncIssues(opts.issues, opts.history !== undefined, gate, links, runKey);
    for (const step of issues) {
        if (step.state === 'done')
            logger.info(`${step.what}: ${step.detail}`);
        else {
            notes.push(`${step.what} ${step.state}: ${step.detail}`);
            logger.warn(`${step.what} ${step.state}: ${step.detail}`);
        }
    }
    const incident = issues.find((s) => s.what === 'incident' && s.issue);
    const shown = incident?.issue
        ? [...links, { label: `Incident #${incident.issue.number}`, url: incident.issue.url }]
        : links;
    let notifications = [];
    const events = (0,message/* gateEvents */.X2)(report, transition);
    if (!stopped && events.length > 0 && plan.webhooks.length > 0) {
        if (opts.notify === false)
            notes.push(`webhooks not called (notify off): ${events.join(', ')}`);
        else {
            notifications = await (0,send/* sendNotices */.Ap)(plan.webhooks, (0,message/* gateNotice */.C$)(report, transition, shown), events, {
                http: (0,http/* createHttpClient */.u)(`promotion-gate/${version/* VERSION */.x}`),
                redactor,
                signal: opts.signal,
                profile: report.profile,
                retryDelayMs: opts.retryDelayMs,
            });
            for (const d of notifications) {
                if (d.state === 'sent')
                    logger.info((0,send/* describeDelivery */.Ks)(d));
                else {
                    notes.push((0,send/* describeDelivery */.Ks)(d));
                    logger.warn(`${(0,send/* describeDelivery */.Ks)(d)} (the verdict and exit code are not affected)`);
                }
            }
        }
    }
    for (const n of notes.filter((x) => x.startsWith('history')))
        logger.warn(n);
    const dir = watchDirOf(opts);
    const file = external_node_path_default().join(dir, 'watch.json');
    const record = redactor.redactDeep({
        schemaVersion: 1,
        profile: report.profile,
        iteration,
        runId: gate.history?.runId,
        verdict: report.verdict,
        action: report.action,
        score: report.score,
        bundleId: report.bundle?.id,
        reportDir: gate.outDir,
        finishedAt: report.finishedAt,
        transition: transition ?? null,
        issues,
        notifications,
        notes,
    });
    try {
        await (0,promises_.mkdir)(dir, { recursive: true });
        await (0,promises_.writeFile)(file, `${JSON.stringify(record, null, 2)}\n`);
    }
    catch (err) {
        const why = `cannot write ${file}: ${(0,errors/* errorMessage */.gJ)(err)}`;
        notes.push(why);
        logger.warn(why);
    }
    return { iteration, gate, ...(transition ? { transition } : {}), issues, notifications, notes, file };
}
async function linksOf(opts, gate, logger) {
    if (opts.published) {
        try {
            return await opts.published(gate);
        }
        catch (err) {
            logger.warn(`publishing failed: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
    }
    const url = gate.report.run?.url;
    return url ? [{ label: 'Workflow run', url }] : [];
}


/***/ }),

/***/ 61423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ kindOf),
/* harmony export */   N5: () => (/* binding */ digestRegular),
/* harmony export */   SX: () => (/* binding */ NotReadable),
/* harmony export */   VX: () => (/* binding */ readRegular),
/* harmony export */   nT: () => (/* binding */ listTree)
/* harmony export */ });
/* unused harmony export MAX_ENTRIES */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);




function kindOf(e) {
    if (e.isFile())
        return 'file';
    if (e.isDirectory())
        return 'directory';
    if (e.isSymbolicLink())
        return 'symbolic link';
    if (e.isFIFO())
        return 'FIFO';
    if (e.isSocket())
        return 'socket';
    if (e.isBlockDevice() || e.isCharacterDevice())
        return 'device';
    return 'unknown';
}
const MAX_ENTRIES = 100_000;
const MAX_DEPTH = 32;
/** Lists a directory tree without following symbolic links, within fixed limits. */
async function listTree(dir) {
    const out = { entries: new Map(), unreadable: [] };
    const pending = [{ rel: '', depth: 0 }];
    while (pending.length > 0 && !out.truncated) {
        const { rel, depth } = pending.pop();
        let found;
        try {
            found = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(rel ? node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, ...rel.split('/')) : dir, { withFileTypes: true });
        }
        catch (err) {
            out.unreadable.push({ path: rel || '.', detail: err.message });
            continue;
        }
        for (const e of found) {
            const p = rel ? `${rel}/${e.name}` : e.name;
            const kind = kindOf(e);
            out.entries.set(p, kind);
            if (out.entries.size >= MAX_ENTRIES) {
                out.truncated = `more than ${MAX_ENTRIES} entries`;
                break;
            }
            if (kind !== 'directory')
                continue;
            if (depth + 1 >= MAX_DEPTH)
                out.truncated = `directories nested deeper than ${MAX_DEPTH}`;
            else
                pending.push({ rel: p, depth: depth + 1 });
        }
    }
    return out;
}
/** A path that is not a regular file, or (`tooLarge`) not one within its size limit. */
class NotReadable extends Error {
    tooLarge;
    constructor(message, tooLarge = false) {
        super(message);
        this.tooLarge = tooLarge;
    }
}
/**
 * Opens a regular file without following a symbolic link in its last component and without
 * blocking (a FIFO opens at once and is refused), then hands up to `limit` bytes to `take`.
 * Returns how many bytes were read; `limit + 1` read means the file is larger than `limit`.
 */
async function readBounded(abs, limit, take) {
    let fh;
    try {
        fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(abs, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK ?? 0));
    }
    catch (err) {
        if (err.code === 'ELOOP')
            throw new NotReadable('is a symbolic link');
        throw err;
    }
    try {
        const info = await fh.stat();
        if (!info.isFile())
            throw new NotReadable(`is a ${kindOf(info)}, not a regular file`);
        let total = 0;
        const buf = Buffer.alloc(Math.min(1 << 20, limit + 1));
        while (total <= limit) {
            const { bytesRead } = await fh.read(buf, 0, Math.min(buf.length, limit + 1 - total), null);
            if (bytesRead === 0)
                break;
            take(buf.subarray(0, bytesRead));
            total += bytesRead;
        }
        return total;
    }
    finally {
        await fh.close();
    }
}
/** The bytes of a regular file; more than `limit` bytes is refused. */
async function readRegular(abs, limit) {
    const chunks = [];
    const size = await readBounded(abs, limit, (c) => chunks.push(Buffer.from(c)));
    if (size > limit)
        throw new NotReadable(`is larger than ${limit} bytes`, true);
    return Buffer.concat(chunks);
}
/** SHA-256 and size of a regular file, reading at most `limit + 1` bytes (size then says "larger"). */
async function digestRegular(abs, limit) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const size = await readBounded(abs, limit, (c) => hash.update(c));
    return { sha256: hash.digest('hex'), size };
}


/***/ }),

/***/ 9075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MZ: () => (/* binding */ serializeManifest),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   Rg: () => (/* binding */ REPORT_MD),
/* harmony export */   Uc: () => (/* binding */ reportDigestBytes),
/* harmony export */   WW: () => (/* binding */ bundleId),
/* harmony export */   e0: () => (/* binding */ MANIFEST),
/* harmony export */   lS: () => (/* binding */ BUNDLE_MEMBERS),
/* harmony export */   oA: () => (/* binding */ REPORT_JSON),
/* harmony export */   sc: () => (/* binding */ sha256),
/* harmony export */   xH: () => (/* binding */ serializeReport)
/* harmony export */ });
/* unused harmony export isBundlePath */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

const MANIFEST = 'manifest.json';
const REPORT_JSON = 'report.json';
const REPORT_MD = 'report.md';
function sha256(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
function serializeReport(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}
/**
 * report.json names the bundle it belongs to, so its manifest entry digests the report without
 * its `bundle` member: the same bytes `serializeReport` wrote before sealing.
 */
function reportDigestBytes(report) {
    const { bundle: _bundle, ...rest } = report;
    return serializeReport(rest);
}
function serializeManifest(manifest) {
    const files = [...manifest.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return `${JSON.stringify({ files }, null, 2)}\n`;
}
function bundleId(manifestBytes) {
    return `sha256:${sha256(manifestBytes)}`;
}
/** The members sealBundle writes into report.json's `bundle`, and nothing else. */
const BUNDLE_MEMBERS = ['id', 'manifest', 'files'];
const ENTRY_MEMBERS = new Set(['path', 'sha256', 'size', 'digestOf']);
const SHA256 = /^[0-9a-f]{64}$/;
/** A path a manifest may list: relative, `/`-separated, with no `.`, `..` or empty segment. */
function isBundlePath(p) {
    return (p !== '' &&
        !p.includes('\\') &&
        !p.includes('\0') &&
        p.split('/').every((s) => s !== '' && s !== '.' && s !== '..'));
}
/** What is wrong with one manifest entry, or undefined when it is one sealBundle could write. */
function entryProblem(e) {
    if (typeof e !== 'object' || e === null || Array.isArray(e))
        return `is ${JSON.stringify(e)}, not an entry`;
    const extra = Object.keys(e).filter((k) => !ENTRY_MEMBERS.has(k));
    if (extra.length > 0)
        return `has unknown member(s) ${extra.map((k) => JSON.stringify(k)).join(', ')}`;
    const { path: p, sha256: digest, size, digestOf } = e;
    if (typeof p !== 'string' || !isBundlePath(p))
        return `path ${JSON.stringify(p)} is not a path inside the bundle`;
    if (p === MANIFEST)
        return 'lists the manifest itself';
    if (typeof digest !== 'string' || !SHA256.test(digest))
        return `${p}: sha256 is not 64 hex digits`;
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0)
        return `${p}: size is not a byte count`;
    if (digestOf !== undefined && (digestOf !== 'report-without-bundle' || p !== REPORT_JSON))
        return `${p}: digestOf ${JSON.stringify(digestOf)} is not one the seal writes`;
    return undefined;
}
/**
 * Parses manifest.json strictly: its bytes must be exactly what `serializeManifest` writes for
 * its content, every entry well-formed, no path twice. Returns the problems found (none: valid).
 */
function parseManifest(bytes) {
    let doc;
    try {
        doc = JSON.parse(bytes.toString('utf8'));
    }
    catch (err) {
        return { problems: [`not JSON: ${err.message}`] };
    }
    const files = doc?.files;
    if (typeof doc !== 'object' || doc === null || !Array.isArray(files))
        return { problems: ['not a manifest: no "files" list'] };
    const problems = [];
    const seen = new Set();
    files.forEach((e, i) => {
        const problem = entryProblem(e);
        if (problem)
            problems.push(`entry ${i + 1} ${problem}`);
        else if (seen.has(e.path))
            problems.push(`lists ${e.path} twice`);
        else
            seen.add(e.path);
    });
    if (problems.length > 0)
        return { problems };
    const manifest = doc;
    if (!Buffer.from(serializeManifest(manifest)).equals(bytes))
        problems.push('its bytes are not what the seal writes for its content (edited by hand?)');
    return { manifest, problems };
}


/***/ }),

/***/ 37504:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ prepareOutputDir)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61423);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9075);





/**
 * The output directory: created one level at a time, and emptied of exactly what an earlier run
 * sealed into it (the files its manifest.json lists). Anything else there belongs to someone
 * else, so the gate refuses the directory rather than delete it.
 */
const TOP_LEVEL = new Set([_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .REPORT_JSON */ .oA, _manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .REPORT_MD */ .Rg, _manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST */ .e0, 'evidence']);
/** Kernel file systems: writing there is never meant, and Node's mkdir can loop forever in /proc. */
const SYSTEM_DIRS = ['/proc', '/sys', '/dev'];
/** More levels than any real directory has; the loop creating them stops here. */
const MAX_LEVELS = 128;
const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;
const FS_ERRORS = {
    ENOTDIR: 'a part of the path is a file, not a directory',
    ELOOP: 'too many levels of symbolic links (a link loop?)',
    ENAMETOOLONG: 'a name in the path is too long for the file system',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'the file system is read-only',
    ENOSPC: 'no space left on the device',
    EDQUOT: 'disk quota exceeded',
    EIO: 'input/output error',
    EBUSY: 'the path is busy',
};
function refuse(dir, why) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`output directory ${dir}: ${why}`);
}
/** A file-system error while preparing `dir` as a usage error naming the path and the cause. */
function fsError(dir, at, err) {
    const code = err.code ?? '';
    const where = at === dir ? '' : ` (at ${at})`;
    return refuse(dir, `${FS_ERRORS[code] ?? err.message}${where}${code ? ` [${code}]` : ''}`);
}
function isUnder(p, root) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, p);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel));
}
function systemDir(p) {
    if (process.platform === 'win32')
        return undefined;
    return SYSTEM_DIRS.find((s) => isUnder(p, s));
}
/** Creates `dir` and its missing parents one level at a time; true when `dir` itself was created. */
async function ensureDir(dir, within) {
    const { root } = node_path__WEBPACK_IMPORTED_MODULE_1___default().parse(dir);
    const parts = dir.slice(root.length).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).filter(Boolean);
    if (parts.length > MAX_LEVELS)
        throw refuse(dir, `more than ${MAX_LEVELS} levels deep`);
    let at = root;
    let created = false;
    for (const part of parts) {
        at = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(at, part);
        created = false;
        let info;
        try {
            info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(at);
        }
        catch (err) {
            if (err.code !== 'ENOENT')
                throw fsError(dir, at, err);
        }
        if (!info) {
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(at);
                created = true;
                continue;
            }
            catch (err) {
                if (err.code !== 'EEXIST')
                    throw fsError(dir, at, err);
                info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(at).catch((e) => {
                    throw fsError(dir, at, e);
                });
            }
        }
        if (info.isSymbolicLink()) {
            if (within && isUnder(at, within))
                throw refuse(dir, `${at} is a symbolic link; the default output directory must not lead elsewhere`);
            try {
                info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(at);
            }
            catch (err) {
                const code = err.code;
                throw code === 'ENOENT' ? refuse(dir, `${at} is a broken symbolic link`) : fsError(dir, at, err);
            }
        }
        if (!info.isDirectory())
            throw refuse(dir, `${at} is ${info.isFile() ? 'a file' : 'not a directory'}; choose a directory`);
    }
    return created;
}
/**
 * What may be removed: the files the previous run's manifest lists, the evidence directories
 * holding them, then the manifest. Throws, removing nothing, when anything else is there.
 */
async function previousRun(dir, names) {
    const foreign = names.filter((e) => !TOP_LEVEL.has(e));
    const list = (xs) => `${xs.slice(0, 3).join(', ')}${xs.length > 3 ? ', …' : ''}`;
    const elsewhere = 'remove them or use an empty or dedicated directory';
    if (foreign.length > 0)
        throw refuse(dir, `holds files the gate did not write (${list(foreign)}); ${elsewhere}`);
    if (!names.includes(_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST */ .e0))
        throw refuse(dir, `holds ${list(names)} but no ${_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST */ .e0} of an earlier run, so they cannot be told from files of your own; ${elsewhere}`);
    let bytes;
    try {
        bytes = await (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readRegular */ .VX)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, _manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST */ .e0), MAX_MANIFEST_BYTES);
    }
    catch (err) {
        throw refuse(dir, `cannot read the ${_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST */ .e0} of an earlier run: ${err.message}; ${elsewhere}`);
    }
    const { manifest, problems } = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .parseManifest */ .Ng)(bytes);
    if (!manifest)
        throw refuse(dir, `its ${_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST */ .e0} is not one the gate wrote (${problems[0]}); ${elsewhere}`);
    const listed = new Set(manifest.files.map((f) => f.path));
    const tree = await (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .listTree */ .nT)(dir);
    if (tree.truncated || tree.unreadable.length > 0)
        throw refuse(dir, `cannot list it whole (${tree.truncated ?? tree.unreadable[0].detail}); ${elsewhere}`);
    const holders = new Set();
    for (const p of listed) {
        const segs = p.split('/');
        for (let i = 1; i < segs.length; i++)
            holders.add(segs.slice(0, i).join('/'));
    }
    const files = [];
    const dirs = [];
    const unknown = [];
    for (const [p, kind] of tree.entries) {
        if (p === _manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST */ .e0)
            continue;
        if (kind === 'directory' ? holders.has(p) : listed.has(p))
            (kind === 'directory' ? dirs : files).push(p);
        else
            unknown.push(kind === 'directory' ? `${p}/` : p);
    }
    if (unknown.length > 0)
        throw refuse(dir, `holds files the gate did not write (${list(unknown.sort())}: not in the earlier run's ${_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST */ .e0}); ${elsewhere}`);
    // Deepest first, so each directory is empty when it is removed.
    dirs.sort((a, b) => b.split('/').length - a.split('/').length);
    return { files, dirs };
}
/** Refuses a directory of a command without a bundle that holds anything the command did not write. */
async function ownedOnly(dir, owns) {
    const elsewhere = 'remove them or use an empty or dedicated directory';
    const tree = await (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .listTree */ .nT)(dir);
    if (tree.truncated || tree.unreadable.length > 0)
        throw refuse(dir, `cannot list it whole (${tree.truncated ?? tree.unreadable[0].detail}); ${elsewhere}`);
    const foreign = [...tree.entries]
        .filter(([p, kind]) => !owns(p, kind))
        .map(([p, kind]) => (kind === 'directory' ? `${p}/` : kind === 'file' ? p : `${p} (a ${kind})`))
        .sort();
    if (foreign.length > 0)
        throw refuse(dir, `holds files the gate did not write (${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ', …' : ''}); ${elsewhere}`);
}
/**
 * Makes `dir` ready for a new bundle: creates it, or empties what the previous run sealed into
 * it. Refuses, with a usage error naming the path and why, a system directory, a file, a broken
 * or looping link, and a directory holding anything the gate did not write.
 */
async function prepareOutputDir(dir, opts = {}) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(dir);
    const sys = systemDir(abs);
    if (sys)
        throw refuse(abs, `${sys} is a system directory; choose a directory of your own`);
    const within = opts.within ? node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(opts.within) : undefined;
    if (within && (!isUnder(abs, within) || abs === within))
        throw refuse(abs, `must be inside ${within}`);
    const created = await ensureDir(abs, within);
    let real;
    try {
        real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(abs);
    }
    catch (err) {
        throw fsError(abs, abs, err);
    }
    const sysReal = systemDir(real);
    if (sysReal)
        throw refuse(abs, `it leads to ${real}, under the system directory ${sysReal}`);
    if (created)
        return;
    let names;
    try {
        names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(abs);
    }
    catch (err) {
        throw fsError(abs, abs, err);
    }
    if (names.length === 0)
        return;
    if (opts.owns)
        return ownedOnly(abs, opts.owns);
    const { files, dirs } = await previousRun(abs, names);
    try {
        for (const f of files)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.unlink)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(abs, ...f.split('/')));
        for (const d of dirs)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rmdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(abs, ...d.split('/')));
        // Last, so a run stopped half-way still finds what it may remove.
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.unlink)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(abs, _manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST */ .e0));
    }
    catch (err) {
        throw fsError(abs, abs, err);
    }
}


/***/ }),

/***/ 3167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t2: () => (/* binding */ exists),
  CS: () => (/* binding */ listFiles),
  g$: () => (/* reexport */ outputDir/* prepareOutputDir */.g),
  u2: () => (/* binding */ sealBundle)
});

// UNUSED EXPORTS: digestFile

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/bundle/manifest.ts
var bundle_manifest = __webpack_require__(9075);
;// CONCATENATED MODULE: ./src/bundle/redactFiles.ts


/**
 * The last redaction pass, run when every check has ended and the secret set can no longer
 * grow: every file under the output directory is redacted again with all of it, so evidence
 * written before a later check registered a secret (the secrets scan, the env check) is masked
 * too. JSON is redacted value by value — a value cut short ends its own string, where the piece
 * of a secret the cut left is recognised — and rewritten only when something was masked.
 * Returns the files that changed.
 */
async function redactFiles(dir, files, redactor) {
    const changed = [];
    for (const rel of files) {
        const abs = external_node_path_default().join(dir, ...rel.split('/'));
        const data = await (0,promises_.readFile)(abs);
        // The bytes are redacted as well: JSON.parse keeps one of two equal keys, and the other must
        // not survive unseen.
        const json = rel.endsWith('.json') ? redactJson(data, redactor) : undefined;
        const out = redactor.redactBytes(json ?? data);
        if (out === data)
            continue;
        await (0,promises_.writeFile)(abs, out);
        changed.push(rel);
    }
    return changed;
}
/** The redacted JSON, `data` itself when nothing changed, or undefined when it is not JSON. */
function redactJson(data, redactor) {
    let value;
    try {
        value = JSON.parse(data.toString('utf8'));
    }
    catch {
        return undefined;
    }
    const clean = redactor.redactDeep(value);
    if (JSON.stringify(clean) === JSON.stringify(value))
        return data;
    return Buffer.from(`${JSON.stringify(clean, null, 2)}\n`);
}

// EXTERNAL MODULE: ./src/bundle/outputDir.ts
var outputDir = __webpack_require__(37504);
;// CONCATENATED MODULE: ./src/bundle/seal.ts







async function listFiles(dir, base = dir) {
    const out = [];
    for (const e of await (0,promises_.readdir)(dir, { withFileTypes: true })) {
        const abs = external_node_path_default().join(dir, e.name);
        if (e.isDirectory())
            out.push(...(await listFiles(abs, base)));
        else
            out.push(external_node_path_default().relative(base, abs).split((external_node_path_default()).sep).join('/'));
    }
    return out.sort();
}
async function digestFile(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    for await (const chunk of (0,external_node_fs_.createReadStream)(file)) {
        hash.update(chunk);
        size += chunk.length;
    }
    return { sha256: hash.digest('hex'), size };
}
/**
 * Writes report.md, digests every file, writes manifest.json, then report.json carrying the
 * bundle id (the manifest's digest). Returns the sealed report.
 *
 * With a redactor, sealing is where redaction is complete: every check has ended, so every
 * secret is known. The report (keys included), report.md and every file under the directory are
 * redacted with all of them before anything is digested; what history keeps is taken from the
 * sealed report, so it is redacted alike.
 */
async function sealBundle(dir, unredacted, markdown, redactor) {
    const report = redactor ? redactor.redactDeep(unredacted) : unredacted;
    await (0,promises_.writeFile)(external_node_path_default().join(dir, bundle_manifest/* REPORT_MD */.Rg), markdown);
    const files = (await listFiles(dir)).filter((f) => f !== bundle_manifest/* MANIFEST */.e0 && f !== bundle_manifest/* REPORT_JSON */.oA);
    if (redactor)
        await redactFiles(dir, files, redactor);
    const entries = await Promise.all(files.map(async (f) => ({ path: f, ...(await digestFile(external_node_path_default().join(dir, f))) })));
    const unsealed = (0,bundle_manifest/* reportDigestBytes */.Uc)(report);
    entries.push({
        path: bundle_manifest/* REPORT_JSON */.oA,
        sha256: (0,bundle_manifest/* sha256 */.sc)(unsealed),
        size: Buffer.byteLength(unsealed),
        digestOf: 'report-without-bundle',
    });
    const manifest = { files: entries };
    const manifestBytes = (0,bundle_manifest/* serializeManifest */.MZ)(manifest);
    await (0,promises_.writeFile)(external_node_path_default().join(dir, bundle_manifest/* MANIFEST */.e0), manifestBytes);
    const sealed = {
        ...report,
        bundle: { id: (0,bundle_manifest/* bundleId */.WW)(manifestBytes), manifest: bundle_manifest/* MANIFEST */.e0, files: entries.length },
    };
    await (0,promises_.writeFile)(external_node_path_default().join(dir, bundle_manifest/* REPORT_JSON */.oA), (0,bundle_manifest/* serializeReport */.xH)(sealed));
    return { report: sealed, manifest: JSON.parse(manifestBytes) };
}
async function exists(p) {
    try {
        await (0,promises_.stat)(p);
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 10907:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ verifyBundle)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61423);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9075);




/** A manifest is a list of digests; one this large is not one the gate wrote. */
const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;
/** report.json is the digested report plus its `bundle` member, which takes far less than this. */
const BUNDLE_MEMBER_BYTES = 4096;
const short = (digest) => `${digest.slice(0, 12)}…`;
/** Digest and size of one listed file against its entry. */
async function checkFile(dir, entry) {
    const at = { path: entry.path };
    let got;
    try {
        got = await (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .digestRegular */ .N5)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, ...entry.path.split('/')), entry.size);
    }
    catch (err) {
        return [
            { ...at, kind: err instanceof _files_js__WEBPACK_IMPORTED_MODULE_2__/* .NotReadable */ .SX ? 'not-file' : 'unreadable', detail: err.message },
        ];
    }
    if (got.size > entry.size)
        return [{ ...at, kind: 'changed', detail: `larger than the ${entry.size} bytes the manifest lists` }];
    if (got.size !== entry.size)
        return [{ ...at, kind: 'changed', detail: `${got.size} bytes, the manifest lists ${entry.size}` }];
    if (got.sha256 !== entry.sha256)
        return [
            { ...at, kind: 'changed', detail: `sha256 ${short(got.sha256)} ≠ manifest ${short(entry.sha256)}` },
        ];
    return [];
}
/** What differs between the members of report.json's `bundle` and those the seal writes. */
function membersProblem(members) {
    const odd = members.filter((k) => !_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .BUNDLE_MEMBERS */ .lS.includes(k));
    const lacking = _manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .BUNDLE_MEMBERS */ .lS.filter((k) => !members.includes(k));
    const parts = [
        ...(odd.length ? [`has ${odd.map((k) => JSON.stringify(k)).join(', ')}`] : []),
        ...(lacking.length ? [`lacks ${lacking.join(', ')}`] : []),
    ];
    return parts.length ? parts.join(' and ') : undefined;
}
/**
 * report.json names the bundle it belongs to, so its entry digests the report without its
 * `bundle` member. Every byte is still covered: the file must be exactly what the seal writes
 * for its own content (no whitespace, order or duplicate-key edit passes), `bundle` must hold
 * exactly the seal's members, and the rest must match the digest.
 */
async function checkReport(dir, entry, id, files) {
    const problem = (kind, detail) => ({
        path: _manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .REPORT_JSON */ .oA,
        kind,
        detail,
    });
    if (entry.digestOf !== 'report-without-bundle')
        return [problem('malformed', 'its manifest entry must digest the report without its bundle member')];
    let bytes;
    try {
        bytes = await (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .readRegular */ .VX)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, _manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .REPORT_JSON */ .oA), entry.size + BUNDLE_MEMBER_BYTES);
    }
    catch (err) {
        const detail = err.message;
        if (!(err instanceof _files_js__WEBPACK_IMPORTED_MODULE_2__/* .NotReadable */ .SX))
            return [problem('unreadable', detail)];
        return [problem(err.tooLarge ? 'changed' : 'not-file', detail)];
    }
    let report;
    try {
        report = JSON.parse(bytes.toString('utf8'));
    }
    catch (err) {
        return [problem('changed', `not JSON: ${err.message}`)];
    }
    if (typeof report !== 'object' || report === null || Array.isArray(report))
        return [problem('changed', 'not a report object')];
    const out = [];
    if (!Buffer.from((0,_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .serializeReport */ .xH)(report)).equals(bytes))
        out.push(problem('changed', 'its bytes are not what the seal writes for its content (whitespace, order or a duplicate key was edited)'));
    const bundle = report.bundle;
    if (typeof bundle !== 'object' || bundle === null || Array.isArray(bundle)) {
        out.push(problem('bundle-id', `report names no bundle, the manifest digests to ${id}`));
    }
    else {
        const members = membersProblem(Object.keys(bundle));
        if (members)
            out.push(problem('changed', `its bundle member ${members}`));
        const b = bundle;
        if (b.id !== id)
            out.push(problem('bundle-id', `report names bundle ${JSON.stringify(b.id)}, the manifest digests to ${id}`));
        if (b.manifest !== undefined && b.manifest !== _manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST */ .e0)
            out.push(problem('changed', `bundle.manifest is ${JSON.stringify(b.manifest)}`));
        if (b.files !== undefined && b.files !== files)
            out.push(problem('changed', `bundle.files is ${JSON.stringify(b.files)}, the manifest lists ${files}`));
    }
    const unsealed = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .reportDigestBytes */ .Uc)(report);
    const digest = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256 */ .sc)(unsealed);
    if (digest !== entry.sha256 || Buffer.byteLength(unsealed) !== entry.size)
        out.push(problem('changed', `sha256 ${short(digest)} ≠ manifest ${short(entry.sha256)}`));
    return out;
}
function unusable(detail) {
    return { ok: false, files: 0, problems: [{ path: '.', kind: 'unreadable', detail }], unusable: detail };
}
/**
 * Recomputes every digest of a bundle directory against its manifest and report. Reads regular
 * files only, never follows a symbolic link, and reads no more than the manifest declares.
 */
async function verifyBundle(dir, expectedId) {
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(dir);
        if (!info.isDirectory())
            return unusable(`${dir} is a ${(0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .kindOf */ .I)(info)}, not a directory`);
    }
    catch (err) {
        const code = err.code;
        return unusable(code === 'ENOENT' ? `${dir} does not exist` : `cannot read ${dir}: ${err.message}`);
    }
    const listing = await (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .listTree */ .nT)(dir);
    const top = listing.unreadable.find((u) => u.path === '.');
    if (top)
        return unusable(`cannot read ${dir}: ${top.detail}`);
    const problems = listing.unreadable.map((u) => ({
        path: u.path,
        kind: 'unreadable',
        detail: u.detail,
    }));
    if (listing.truncated)
        problems.push({ path: '.', kind: 'unreadable', detail: `not listed whole: ${listing.truncated}` });
    const fail = (p, id) => ({
        ok: false,
        ...(id ? { bundleId: id } : {}),
        files: 0,
        problems: [...problems, p],
    });
    const kind = listing.entries.get(_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST */ .e0);
    if (kind === undefined)
        return fail({ path: _manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST */ .e0, kind: 'removed', detail: 'missing: not an evidence bundle' });
    let manifestBytes;
    try {
        manifestBytes = await (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .readRegular */ .VX)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, _manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST */ .e0), MAX_MANIFEST_BYTES);
    }
    catch (err) {
        return fail({
            path: _manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST */ .e0,
            kind: err instanceof _files_js__WEBPACK_IMPORTED_MODULE_2__/* .NotReadable */ .SX ? 'not-file' : 'unreadable',
            detail: err.message,
        });
    }
    const id = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .bundleId */ .WW)(manifestBytes);
    const parsed = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .parseManifest */ .Ng)(manifestBytes);
    for (const detail of parsed.problems)
        problems.push({ path: _manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST */ .e0, kind: 'malformed', detail });
    if (!parsed.manifest)
        return { ok: false, bundleId: id, files: 0, problems };
    const entries = parsed.manifest.files;
    const listed = new Set(entries.map((e) => e.path));
    if (!listed.has(_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .REPORT_JSON */ .oA))
        problems.push({ path: _manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST */ .e0, kind: 'malformed', detail: `lists no ${_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .REPORT_JSON */ .oA}` });
    for (const entry of entries) {
        const found = listing.entries.get(entry.path);
        if (found === undefined)
            problems.push({ path: entry.path, kind: 'removed', detail: 'listed in the manifest but missing' });
        else if (found !== 'file')
            problems.push({ path: entry.path, kind: 'not-file', detail: `is a ${found}, not a regular file` });
        else if (entry.path === _manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .REPORT_JSON */ .oA)
            problems.push(...(await checkReport(dir, entry, id, entries.length)));
        else
            problems.push(...(await checkFile(dir, entry)));
    }
    for (const [p, k] of listing.entries) {
        if (k === 'directory' || p === _manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST */ .e0 || listed.has(p))
            continue;
        problems.push({
            path: p,
            kind: 'added',
            detail: `not in the manifest${k === 'file' ? '' : ` (a ${k})`}`,
        });
    }
    if (expectedId && expectedId !== id)
        problems.push({ path: _manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST */ .e0, kind: 'bundle-id', detail: `bundle is ${id}, expected ${expectedId}` });
    return { ok: problems.length === 0, bundleId: id, files: entries.length, problems };
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
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

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

/***/ 7112:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ headOf)
/* harmony export */ });
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16352);

/**
 * The commit and branch a run is about: the runner's when it says, else asked of git (both at
 * once). A workspace that is no git repository gives neither, never an error.
 */
async function headOf(runner, cwd, env) {
    const read = async (args) => {
        try {
            const r = await (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .runGit */ .EO)(args, { cwd, env, timeoutMs: 10_000, maxBytes: 4096 });
            return r.code === 0 ? r.stdout.trim() || undefined : undefined;
        }
        catch {
            return undefined;
        }
    };
    const [commit, ref] = await Promise.all([
        runner.sha ?? read(['rev-parse', 'HEAD']),
        runner.ref ?? read(['rev-parse', '--abbrev-ref', 'HEAD']),
    ]);
    return { ...(commit ? { commit } : {}), ...(ref ? { ref } : {}) };
}


/***/ }),

/***/ 79750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ globPathspecs)
/* harmony export */ });
/**
 * Globs (as the config writes them, relative to the repository root) → git pathspecs. `top`
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
 * Makes revisions available in clones that lack them — above all the one-commit clones
 * actions/checkout makes by default — by fetching exactly what is needed from the remote.
 * Never falls back to a smaller range: what cannot be fetched is an error that says what to do.
 */
class Revisions {
    opts;
    fetched = [];
    shallow;
    remoteName;
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
    /** The sha of a commit-ish, fetching (or deepening) when the clone does not have it. */
    async commit(ref, what) {
        const local = await this.verify(ref);
        if (local)
            return local;
        const remote = await this.remote();
        const where = (await this.isShallow()) ? 'this shallow clone' : 'this clone';
        if (!remote)
            throw new types/* ChangeRangeError */.g(`${what} "${ref}" is not in ${where}, and the repository has no remote to fetch it from. ${ADVICE}`);
        const relative = /^(.+?)([~^].*)$/.exec(ref);
        let problem;
        if (relative) {
            // `HEAD~5`, `main^2`: make the named commit available, then deepen until the walk fits.
            const tip = await this.commit(relative[1], what);
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
        throw new types/* ChangeRangeError */.g(`${what} "${ref}" is not in ${where} and could not be fetched from ${remote}${problem ? `: ${problem}` : ''}. ${ADVICE}`);
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
            throw new types/* ChangeRangeError */.g(`${shallow_short(base)} and ${shallow_short(head)} have no common ancestor; pass --base explicitly.`);
        const remote = await this.remote();
        if (!remote)
            throw new types/* ChangeRangeError */.g(`the merge base of ${shallow_short(base)} and ${shallow_short(head)} is outside this shallow clone, which has no remote. ${ADVICE}`);
        let mb;
        const problem = await this.deepenUntil(remote, [base, head], async () => (mb = await find()) !== undefined);
        if (mb)
            return mb;
        throw new types/* ChangeRangeError */.g(problem
            ? `the merge base of ${shallow_short(base)} and ${shallow_short(head)} is outside this shallow clone and deepening it failed: ${problem}. ${ADVICE}`
            : `${shallow_short(base)} and ${shallow_short(head)} have no common ancestor, even with the whole history fetched; pass --base explicitly.`);
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
    async verify(ref) {
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




const NO_BASE = 'no base revision to compare with: pass --base (action input `base`), run on a pull_request event, ' +
    'keep a history of promotions, or set `defaults.base` in the config (e.g. origin/main)';
/**
 * Picks the range in order of precedence — explicit input, the pull request (or merge queue)
 * of the event, the last promoted run of this profile, the configured default — and makes both
 * ends available locally. Pull requests compare from the merge base, as GitHub shows them; the
 * other sources compare the two trees, which is exactly what the promotion replaces.
 */
async function resolveRange(opts, req) {
    const inRepo = await (0,git/* runGit */.EO)(['rev-parse', '--git-dir'], opts);
    if (inRepo.code !== 0)
        throw new types/* ChangeRangeError */.g(`${opts.cwd} is not inside a git repository`);
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
    if (!base)
        throw new types/* ChangeRangeError */.g([NO_BASE, ...notes].join('; '));
    const headRef = req.head ?? event.range?.head ?? 'HEAD';
    const revs = new Revisions(opts);
    const head = await revs.commit(headRef, 'head');
    const tip = await revs.commit(base.ref, `base (${base.detail})`);
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

/***/ 88774:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ commandCheck)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(12311);
// EXTERNAL MODULE: ./src/checks/fields.ts
var fields = __webpack_require__(23128);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 23 modules
var XMLParser = __webpack_require__(41143);
;// CONCATENATED MODULE: ./src/checks/command/coverage.ts

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
 * lcov: per record (SF … end_of_record) the LF/LH, BRF/BRH and FNF/FNH totals, or, where a tool
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
        // TN, VER, FN, FNDA, FNL, FNA… carry nothing the totals need.
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
function parseCobertura(content) {
    const doc = new XMLParser/* default */.A({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(content);
    const root = doc.coverage;
    if (!root || root['line-rate'] === undefined)
        throw new Error('Cobertura report has no <coverage line-rate=…> element');
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
function parseCoverage(content, format) {
    if (format === 'lcov')
        return parseLcov(content);
    if (format === 'cobertura')
        return parseCobertura(content);
    return parseIstanbul(content);
}

// EXTERNAL MODULE: ./src/checks/grading.ts
var grading = __webpack_require__(67309);
// EXTERNAL MODULE: ./src/checks/evidence/junit.ts
var junit = __webpack_require__(88543);
// EXTERNAL MODULE: ./src/checks/paths.ts
var paths = __webpack_require__(47681);
// EXTERNAL MODULE: ./src/checks/types.ts
var types = __webpack_require__(16468);
;// CONCATENATED MODULE: ./src/checks/command/command.ts









const command_fields = schemas/* object */.Ikc({
    run: fields/* shellScript */.ky.describe('Shell command line (bash)'),
    cwd: schemas/* string */.YjP().optional().describe('Working directory, relative to the repository'),
    env: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional().describe('Extra environment variables'),
    exitCode: schemas/* union */.KCZ([schemas/* int */.Whr(), schemas/* array */.YOg(schemas/* int */.Whr()).min(1)])
        .default(0)
        .describe('Exit code(s) that count as success'),
    junit: fields/* stringList */.Yn.optional().describe('JUnit XML report path(s) or glob(s) the command writes'),
    allowNoTests: schemas/* boolean */.zMY()
        .default(false)
        .describe('JUnit reports without any test case pass (default: an error, nothing was tested)'),
    coverage: schemas/* strictObject */.rej({
        file: schemas/* string */.YjP(),
        format: schemas/* enum */.k5n(['auto', 'lcov', 'cobertura', 'istanbul']).default('auto'),
        metric: schemas/* enum */.k5n(['lines', 'branches', 'functions', 'statements']).default('lines'),
        min: schemas/* number */.aig().min(0).max(100).describe('Minimum coverage percent'),
    })
        .optional(),
    repeat: schemas/* union */.KCZ([
        schemas/* int */.Whr().min(2).max(20),
        schemas/* strictObject */.rej({
            times: schemas/* int */.Whr().min(2).max(20),
            compare: schemas/* string */.YjP().default('output').describe('"output", or a file path the command writes'),
            ignore: schemas/* array */.YOg(fields/* regex */.yG)
                .default([])
                .describe('Regexes removed before comparing (timestamps, durations)'),
        }),
    ])
        .optional()
        .describe('Run N times and fail when the results differ (determinism / replay regression)'),
    grading: grading/* gradingSchema */.cj
        .optional()
        .describe('Score tiers by failed test count (default: 0 → 5, ≤3 → 3, else 2)'),
    maxOutput: schemas/* int */.Whr()
        .min(1024)
        .default(256 * 1024)
        .describe('Bytes of output kept as evidence'),
    allowOutsideWorkspace: paths/* allowOutsideWorkspaceField */.s_,
});
/** Reports a command writes are read whole; this only stops a runaway one. */
const MAX_REPORT_BYTES = 256 * 1024 * 1024;
async function readJUnit(spec, cwd, ws) {
    const patterns = (0,fields/* toList */.st)(spec.junit);
    let found;
    try {
        found = await ws.glob('JUnit report', patterns, { base: cwd });
    }
    catch (err) {
        if (err instanceof paths/* WorkspacePathError */.Tf)
            return { files: [], problem: err.message, escape: true };
        throw err;
    }
    const files = found.map((f) => f.name);
    if (files.length === 0)
        return { files, problem: `no JUnit report at ${patterns.join(', ')}` };
    const parts = [];
    for (const f of found) {
        try {
            parts.push((0,junit/* parseJUnit */.i)((await (0,paths/* readRegularFile */.XF)(f.real, MAX_REPORT_BYTES)).toString('utf8'), 
            // Only files of the workspace are named as where a test failed.
            (p) => !/node_modules/.test(p) &&
                (0,paths/* isInside */.FK)(ws.root, external_node_path_default().resolve(cwd, p)) &&
                (0,external_node_fs_.existsSync)(external_node_path_default().resolve(cwd, p))));
        }
        catch (err) {
            return { files, problem: `cannot read JUnit report ${f.name}: ${err.message}` };
        }
    }
    return { summary: (0,junit/* mergeJUnit */.j)(parts), files };
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
function command_clip(s, n = 120) {
    return s.length > n ? `${s.slice(0, n - 3)}...` : s;
}
/** Runs `resolve`; a path outside the workspace becomes the check's error outcome. */
async function confined(resolve) {
    try {
        await resolve();
        return undefined;
    }
    catch (err) {
        if (err instanceof paths/* WorkspacePathError */.Tf)
            return { status: 'error', summary: err.message };
        throw err;
    }
}
async function runOnce(spec, ctx, cwd) {
    return ctx.exec.shell(spec.run, {
        cwd,
        // The values of the run line's ${{ }} expressions, which it names as variables.
        env: { ...ctx.env, ...spec.env, ...(0,fields/* shellValues */.Du)(spec) },
        signal: ctx.signal,
        maxOutputBytes: spec.maxOutput,
    });
}
const commandCheck = (0,types/* defineCheck */.q)({
    type: 'command',
    description: 'Runs a command (tests, build, lint); reads JUnit results and coverage; can check that repeated runs agree',
    defaults: { category: 'safety', enforcement: 'scored' },
    workTree: () => 'changes',
    fields: command_fields,
    async run(spec, ctx) {
        const cwd = external_node_path_default().resolve(ctx.cwd, spec.cwd ?? '.');
        const ws = new paths/* Workspace */.aR(ctx.cwd, spec.allowOutsideWorkspace);
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
                        text = (await (0,paths/* readRegularFile */.XF)(file.real, MAX_REPORT_BYTES)).toString('utf8');
                    }
                    catch (err) {
                        if (err instanceof paths/* WorkspacePathError */.Tf)
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
                summary: `command not found: ${command_clip(last.stderr.trim().split('\n').pop() ?? '', 160)}`,
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
            const j = await readJUnit(spec, cwd, ws);
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
                        ? external_node_path_default().relative(ctx.cwd, external_node_path_default().resolve(cwd, f.file)).split((external_node_path_default()).sep).join('/')
                        : undefined;
                    findings.push({
                        level: 'failure',
                        message: `${f.status === 'error' ? 'error in' : 'failed:'} ${f.classname ? `${f.classname} › ` : ''}${f.name}${f.message ? ` — ${command_clip(f.message, 300)}` : ''}`,
                        file: at,
                        line: f.line,
                    });
                }
            }
        }
        if (spec.coverage) {
            try {
                const file = await ws.resolve('coverage report', spec.coverage.file, cwd);
                const content = (await (0,paths/* readRegularFile */.XF)(file.real, MAX_REPORT_BYTES)).toString('utf8');
                const format = spec.coverage.format === 'auto' ? detectFormat(spec.coverage.file, content) : spec.coverage.format;
                const cov = parseCoverage(content, format);
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
                if (err instanceof paths/* WorkspacePathError */.Tf)
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
                    message: `run ${run} differs from run 1 at line ${d.line} of ${repeat.compare}: ${JSON.stringify(command_clip(d.a, 100))} vs ${JSON.stringify(command_clip(d.b, 100))}`,
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
            score = (0,grading/* grade */.on)(spec.grading ?? grading/* TESTS_GRADING */.J6, failedTests, junit.tests);
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

/***/ 74228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ depFileType)
});

// UNUSED EXPORTS: DEP_FILES

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/checks/dependencies/types.ts
/** 1-based number of the first line holding `needle`, for annotations on manifest entries. */
function lineOf(text, needle) {
    const at = typeof needle === 'string' ? text.indexOf(needle) : text.search(needle);
    if (at < 0)
        return undefined;
    let n = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}
function basename(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
function escapeRegex(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

;// CONCATENATED MODULE: ./src/checks/dependencies/python.ts


/** PEP 503: names compare case-insensitively with runs of `-_.` equal. */
function normalizePyName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
/** `requests[socks]>=2.31 ; python_version>"3.8"` → name and requirement. */
function parseRequirement(req) {
    const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*([^;]*)/.exec(req);
    if (!m)
        return undefined;
    return { name: normalizePyName(m[1]), spec: m[2].trim().replace(/\s+/g, '') || '' };
}
function toml(text) {
    try {
        return (0,dist/* parse */.qg)(text);
    }
    catch (err) {
        throw new Error(`not valid TOML: ${err.message.split('\n')[0]}`);
    }
}
const requirementsTxt = {
    ecosystem: 'pypi',
    kind: 'manifest',
    match: (p) => /^requirements.*\.(?:txt|in)$/.test(basename(p)) || /(?:^|\/)requirements\/[^/]+\.(?:txt|in)$/.test(p),
    parse(text) {
        const out = [];
        const lines = text.split(/\r?\n/);
        for (let i = 0; i < lines.length; i++) {
            const start = i;
            let line = lines[i];
            while (line.endsWith('\\') && i + 1 < lines.length)
                line = line.slice(0, -1) + lines[++i];
            line = line.replace(/(^|\s)#.*$/, '').trim();
            // Options (-r, -c, -e, --index-url…) and bare URLs are not named requirements.
            if (!line || line.startsWith('-') || /^[a-z+]+:\/\//i.test(line))
                continue;
            const req = parseRequirement(line.replace(/\s--hash=\S+/g, ''));
            if (req)
                out.push({ name: req.name, version: req.spec, direct: true, line: start + 1 });
        }
        return out;
    },
};
function poetrySpec(v) {
    if (typeof v === 'string')
        return v;
    if (v && typeof v === 'object') {
        const t = v;
        if (typeof t.version === 'string')
            return t.version;
        if (typeof t.git === 'string')
            return `@ git+${t.git}${t.rev ? `@${String(t.rev)}` : ''}`;
        if (typeof t.path === 'string')
            return `@ file:${t.path}`;
    }
    return String(v);
}
const pyprojectToml = {
    ecosystem: 'pypi',
    kind: 'manifest',
    match: (p) => basename(p) === 'pyproject.toml',
    parse(text) {
        const doc = toml(text);
        const out = new Map();
        const add = (name, spec) => {
            const n = normalizePyName(name);
            if (n === 'python' || out.has(n))
                return;
            out.set(n, {
                name: n,
                version: spec,
                direct: true,
                line: lineOf(text, new RegExp(`(?:^|["'\\s])${escapeRegex(name)}(?=[\\s"'=<>~!\\[;@^]|$)`, 'm')),
            });
        };
        const strings = (list) => {
            if (!Array.isArray(list))
                return;
            for (const r of list) {
                if (typeof r !== 'string')
                    continue; // {include-group = …}
                const req = parseRequirement(r);
                if (req)
                    add(r.trim().split(/[\s[<>=!~;@]/)[0], req.spec);
            }
        };
        const project = (doc.project ?? {});
        strings(project.dependencies);
        for (const list of Object.values((project['optional-dependencies'] ?? {})))
            strings(list);
        for (const list of Object.values((doc['dependency-groups'] ?? {})))
            strings(list);
        const poetry = (doc.tool?.poetry ?? {});
        const tables = [poetry.dependencies, poetry['dev-dependencies']];
        for (const g of Object.values((poetry.group ?? {})))
            tables.push(g.dependencies);
        for (const t of tables)
            for (const [name, v] of Object.entries((t ?? {})))
                add(name, poetrySpec(v));
        return [...out.values()];
    },
};
const poetryLock = {
    ecosystem: 'pypi',
    kind: 'lockfile',
    match: (p) => ['poetry.lock', 'uv.lock', 'pdm.lock'].includes(basename(p)),
    parse(text) {
        const doc = toml(text);
        const pkgs = (doc.package ?? []);
        return pkgs
            .filter((p) => typeof p.name === 'string' && typeof p.version === 'string')
            .map((p) => ({ name: normalizePyName(p.name), version: p.version, direct: false }));
    },
};

;// CONCATENATED MODULE: ./src/checks/dependencies/cargo.ts


function cargoSpec(v) {
    if (typeof v === 'string')
        return v;
    const t = (v ?? {});
    if (t.workspace === true)
        return 'workspace';
    if (typeof t.git === 'string')
        return `git ${t.git}#${String(t.rev ?? t.tag ?? t.branch ?? '')}`;
    if (typeof t.path === 'string' && typeof t.version !== 'string')
        return `path ${t.path}`;
    return typeof t.version === 'string' ? t.version : '*';
}
const cargoToml = {
    ecosystem: 'cargo',
    kind: 'manifest',
    match: (p) => basename(p) === 'Cargo.toml',
    parse(text) {
        const doc = toml(text);
        const tables = [doc.dependencies, doc['dev-dependencies'], doc['build-dependencies']];
        tables.push((doc.workspace ?? {}).dependencies);
        for (const t of Object.values((doc.target ?? {}))) {
            const tt = t;
            tables.push(tt.dependencies, tt['dev-dependencies'], tt['build-dependencies']);
        }
        const out = new Map();
        for (const t of tables)
            for (const [key, v] of Object.entries((t ?? {}))) {
                // `alias = { package = "real-name", … }`
                const name = typeof v?.package === 'string' ? v.package : key;
                if (!out.has(name))
                    out.set(name, {
                        name,
                        version: cargoSpec(v),
                        direct: true,
                        line: lineOf(text, new RegExp(`^\\s*${escapeRegex(key)}\\s*=`, 'm')),
                    });
            }
        return [...out.values()];
    },
};
const cargoLock = {
    ecosystem: 'cargo',
    kind: 'lockfile',
    match: (p) => basename(p) === 'Cargo.lock',
    parse(text) {
        const pkgs = (toml(text).package ?? []);
        return pkgs
            .filter((p) => typeof p.name === 'string' && typeof p.version === 'string' && p.source !== undefined)
            .map((p) => ({ name: p.name, version: p.version, direct: false }));
    },
};

;// CONCATENATED MODULE: ./src/checks/dependencies/go.ts

/** go.mod: `require` lines and blocks; `// indirect` marks what other modules need. */
const goMod = {
    ecosystem: 'go',
    kind: 'manifest',
    match: (p) => basename(p) === 'go.mod',
    parse(text) {
        const out = [];
        let inBlock = false;
        text.split(/\r?\n/).forEach((raw, i) => {
            const line = raw.trim();
            if (inBlock && line.startsWith(')')) {
                inBlock = false;
                return;
            }
            if (/^require\s*\($/.test(line)) {
                inBlock = true;
                return;
            }
            const body = inBlock ? line : /^require\s+(.*)$/.exec(line)?.[1];
            if (!body)
                return;
            const m = /^(\S+)\s+(v\S+)(.*)$/.exec(body);
            if (m)
                out.push({ name: m[1], version: m[2], direct: !/\/\/\s*indirect\b/.test(m[3]), line: i + 1 });
        });
        return out;
    },
};

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/checks/dependencies/npm.ts


const SECTIONS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];
function json(text) {
    try {
        return JSON.parse(text);
    }
    catch (err) {
        throw new Error(`not valid JSON: ${err.message}`);
    }
}
const notVendored = (p) => !p.split('/').includes('node_modules');
const packageJson = {
    ecosystem: 'npm',
    kind: 'manifest',
    match: (p) => basename(p) === 'package.json' && notVendored(p),
    parse(text) {
        const doc = json(text);
        const out = [];
        for (const section of SECTIONS) {
            const deps = doc[section];
            if (!deps || typeof deps !== 'object')
                continue;
            for (const [name, spec] of Object.entries(deps)) {
                if (out.some((d) => d.name === name))
                    continue; // peer + dev of one package is one dependency
                out.push({
                    name,
                    version: String(spec),
                    direct: true,
                    line: lineOf(text, new RegExp(`"${escapeRegex(name)}"\\s*:`)),
                });
            }
        }
        return out;
    },
};
/** `node_modules/a/node_modules/@s/b` → `@s/b`. */
function nameFromPath(key) {
    const at = key.lastIndexOf('node_modules/');
    return key.slice(at + 'node_modules/'.length);
}
const packageLock = {
    ecosystem: 'npm',
    kind: 'lockfile',
    match: (p) => ['package-lock.json', 'npm-shrinkwrap.json'].includes(basename(p)) && notVendored(p),
    parse(text) {
        const doc = json(text);
        const out = [];
        const packages = doc.packages;
        if (packages) {
            for (const [key, p] of Object.entries(packages)) {
                if (!key.includes('node_modules/') || !p.version || p.link)
                    continue;
                out.push({ name: p.name ?? nameFromPath(key), version: p.version, direct: false });
            }
            return out;
        }
        // lockfileVersion 1: nested `dependencies`.
        const walk = (deps) => {
            if (!deps || typeof deps !== 'object')
                return;
            for (const [name, d] of Object.entries(deps)) {
                if (d.version)
                    out.push({ name, version: d.version, direct: false });
                walk(d.dependencies);
            }
        };
        walk(doc.dependencies);
        return out;
    },
};
/** `/@s/a@1.0.0(react@18.0.0)` (v6), `@s/a@1.0.0` (v9), `/@s/a/1.0.0_react@18` (v5) → name, version. */
function pnpmKey(key) {
    const k = key.replace(/^\//, '').replace(/\(.*$/, '');
    const at = k.lastIndexOf('@');
    if (at > 0)
        return { name: k.slice(0, at), version: k.slice(at + 1).replace(/_.*$/, '') };
    const slash = k.lastIndexOf('/');
    if (slash > 0)
        return { name: k.slice(0, slash), version: k.slice(slash + 1).replace(/_.*$/, '') };
    return undefined;
}
const pnpmLock = {
    ecosystem: 'npm',
    kind: 'lockfile',
    match: (p) => basename(p) === 'pnpm-lock.yaml',
    parse(text) {
        let doc;
        try {
            doc = ((0,yaml_dist/* parse */.qg)(text, { maxAliasCount: -1 }) ?? {});
        }
        catch (err) {
            throw new Error(`not valid YAML: ${err.message.split('\n')[0]}`);
        }
        const out = new Map();
        for (const key of Object.keys((doc.packages ?? {}))) {
            const nv = pnpmKey(key);
            if (nv)
                out.set(`${nv.name}@${nv.version}`, { ...nv, direct: false });
        }
        return [...out.values()];
    },
};
const yarnLock = {
    ecosystem: 'npm',
    kind: 'lockfile',
    match: (p) => basename(p) === 'yarn.lock',
    parse(text) {
        const out = new Map();
        let names = [];
        for (const line of text.split(/\r?\n/)) {
            if (!line || line.startsWith('#'))
                continue;
            if (!line.startsWith(' ')) {
                // `"@s/a@^1.0.0", "@s/a@~1.1":` (v1) or `"@s/a@npm:^1.0.0":` (berry)
                names = line
                    .replace(/:$/, '')
                    .split(/,\s*/)
                    .map((d) => d.trim().replace(/^"|"$/g, ''))
                    .filter((d) => d !== '__metadata' && !/@(?:workspace|link|portal|patch):/.test(d))
                    .map((d) => (d.indexOf('@', 1) > 0 ? d.slice(0, d.indexOf('@', 1)) : d))
                    .filter(Boolean);
                continue;
            }
            const v = /^\s{2}version:?\s+"?([^"\s]+)"?/.exec(line);
            if (v && names.length) {
                for (const name of new Set(names))
                    out.set(`${name}@${v[1]}`, { name, version: v[1], direct: false });
                names = [];
            }
        }
        return [...out.values()];
    },
};

;// CONCATENATED MODULE: ./src/checks/dependencies/ruby.ts

/**
 * Gemfile.lock: `specs:` blocks list resolved gems (4-space indent; 6-space lines are their own
 * requirements); `DEPENDENCIES` lists what the Gemfile asks for, with its constraint.
 */
const gemfileLock = {
    ecosystem: 'rubygems',
    kind: 'lockfile',
    match: (p) => basename(p) === 'Gemfile.lock' || basename(p) === 'gems.locked',
    parse(text) {
        const resolved = new Map();
        const direct = new Map();
        let section = '';
        let inSpecs = false;
        text.split(/\r?\n/).forEach((line, i) => {
            if (!line.trim())
                return;
            if (!line.startsWith(' ')) {
                section = line.trim();
                inSpecs = false;
                return;
            }
            if (line === '  specs:') {
                inSpecs = true;
                return;
            }
            if (inSpecs) {
                const m = /^ {4}([^\s(]+) \(([^)]+)\)$/.exec(line);
                if (m)
                    resolved.set(m[1], {
                        name: m[1],
                        version: m[2].replace(/-(?:x86|arm|aarch|universal|java|x64|mingw|mswin)\S*$/, ''),
                        direct: false,
                        line: i + 1,
                    });
                return;
            }
            if (section === 'DEPENDENCIES') {
                const m = /^ {2}([^\s(!]+)!?(?: \(([^)]+)\))?$/.exec(line);
                if (m)
                    direct.set(m[1], { name: m[1], version: m[2] ?? '', direct: true, line: i + 1 });
            }
        });
        for (const [name, d] of direct) {
            const r = resolved.get(name);
            // Direct gems keep their resolved version (to see upgrades) and their Gemfile constraint.
            resolved.set(name, {
                name,
                version: r?.version ?? d.version,
                direct: true,
                spec: d.version,
                line: r?.line ?? d.line,
            });
        }
        return [...resolved.values()];
    },
};

;// CONCATENATED MODULE: ./src/checks/dependencies/lockfiles.ts





/** Every dependency file the check reads, one parser each. */
const DEP_FILES = [
    packageJson,
    packageLock,
    pnpmLock,
    yarnLock,
    requirementsTxt,
    pyprojectToml,
    poetryLock,
    goMod,
    cargoToml,
    cargoLock,
    gemfileLock,
];
function depFileType(path) {
    return DEP_FILES.find((t) => t.match(path));
}


/***/ }),

/***/ 54451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N9: () => (/* binding */ EVIDENCE_FORMATS),
  oe: () => (/* binding */ EvidenceError),
  Qn: () => (/* binding */ loadEvidence)
});

// UNUSED EXPORTS: detectFormat

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/checks/paths.ts
var paths = __webpack_require__(47681);
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
        rules: {},
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
            // SARIF §3.27.10: a result that is not a failure has level none; the default level is warning.
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
                out.rules[ruleId] = (out.rules[ruleId] ?? 0) + 1;
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/checks/evidence/evidenceFile.ts







const EVIDENCE_FORMATS = ['json', 'yaml', 'junit', 'sarif'];
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
const JUNIT_TIMESTAMP = /<testsuites?\b[^>]*\btimestamp="([^"]+)"/;
function parse(format, text) {
    switch (format) {
        case 'json':
            return JSON.parse(text);
        case 'yaml':
            return (0,dist/* parse */.qg)(text, { maxAliasCount: 100 });
        case 'junit': {
            const s = (0,junit/* parseJUnit */.i)(text);
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
                ...(JUNIT_TIMESTAMP.exec(text) ? { timestamp: JUNIT_TIMESTAMP.exec(text)[1] } : {}),
            };
        }
        case 'sarif':
            return summarizeSarif(JSON.parse(text));
    }
}
/** Reads, digests and parses one evidence file; every problem is an EvidenceError naming the file. */
async function loadEvidence(abs, display, format = 'auto') {
    let info;
    try {
        info = await (0,promises_.stat)(abs);
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT')
            throw new EvidenceError(`evidence missing: ${display} does not exist`, true);
        throw new EvidenceError(`cannot read ${display}: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    if (!info.isFile())
        throw new EvidenceError(`${display} is not a file`);
    if (info.size > MAX_BYTES)
        throw new EvidenceError(`${display} is ${info.size} bytes, more than the ${MAX_BYTES} evidence files may have`);
    let bytes;
    try {
        // Opened without blocking and checked again: a file swapped for a FIFO cannot stall the gate.
        bytes = await (0,paths/* readRegularFile */.XF)(abs, MAX_BYTES);
    }
    catch (err) {
        throw new EvidenceError(`cannot read ${display}: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    const text = bytes.toString('utf8');
    const fmt = format === 'auto' ? detectFormat(display, text) : format;
    let doc;
    try {
        doc = parse(fmt, text);
    }
    catch (err) {
        throw new EvidenceError(`${display} is not valid ${fmt.toUpperCase()}: ${(0,errors/* errorMessage */.gJ)(err).split('\n')[0]}`);
    }
    return {
        path: display,
        format: fmt,
        doc,
        bytes,
        sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex'),
        size: bytes.length,
        mtime: info.mtime,
    };
}


/***/ }),

/***/ 88543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ parseJUnit),
/* harmony export */   j: () => (/* binding */ mergeJUnit)
/* harmony export */ });
/* harmony import */ var fast_xml_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41143);

const parser = new fast_xml_parser__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    textNodeName: '#text',
    isArray: (name) => ['testsuite', 'testcase', 'failure', 'error', 'skipped', 'property'].includes(name),
    processEntities: true,
    parseAttributeValue: false,
});
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
    return found.find((f) => !exists || exists(f.file)) ?? {};
}
/** Parses JUnit XML (Jest, Vitest, pytest, Node's test runner, Maven Surefire, Go's go-junit-report…). */
function parseJUnit(xml, exists) {
    const doc = parser.parse(xml);
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



/** Field schemas shared by check types. Values may hold `${{ … }}` until interpolated. */
/**
 * Whether a string holds a `${{ … }}` expression. Two index searches rather than a lazy regex,
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
 * Fields that bash runs. The planner never pastes a value into them: each `${{ … }}` becomes a
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
 * name → value. A symbol, so it is no config key, and never written out with the spec.
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
/** Page rule: all → 5, all but one → 4, at least half → 3, else 1. */
const PAGES_GRADING = [
    { maxFailures: 0, score: 5 },
    { maxFailures: 1, score: 4 },
    { minPassRatio: 0.5, score: 3 },
    { score: 1 },
];
/** Test rule: green → 5, up to 3 failures → 3, more → 2. */
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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12311);

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
const criterionField = zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()]).superRefine((v, ctx) => {
    if (typeof v === 'string' && v.includes('${{'))
        return;
    try {
        parseCriterion(v);
    }
    catch (err) {
        ctx.addIssue({ code: 'custom', message: err.message });
    }
});
/** Up to 4 significant decimals, no float noise: 0.1 + 0.2 → 0.3. */
function fmt(n) {
    if (!Number.isFinite(n))
        return String(n);
    return String(Math.round(n * 10_000) / 10_000);
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
/* harmony import */ var _criteria_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1402);

const BASELINES = ['mean', 'median', 'p90', 'min', 'max', 'last'];
/** Drift defaults: 8 runs back, at least 3 points, precision may drop 0.08 and recall 0.05. */
const DRIFT_DEFAULTS = {
    lookback: 8,
    minHistory: 3,
    baseline: 'mean',
    maxDrop: { precision: 0.08, recall: 0.05 },
};
/** maxDrop X is the rule "change ≥ −X"; without maxDrop and rules DRIFT_DEFAULTS apply. */
function driftSettings(cfg = {}) {
    const explicit = cfg.maxDrop !== undefined || cfg.rules !== undefined;
    const rules = {};
    for (const [m, drop] of Object.entries(explicit ? (cfg.maxDrop ?? {}) : DRIFT_DEFAULTS.maxDrop))
        rules[m] = (0,_criteria_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCriterion */ .Jn)(`>= ${-Math.abs(drop)}`);
    for (const [m, c] of Object.entries(cfg.rules ?? {}))
        rules[m] = (0,_criteria_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCriterion */ .Jn)(c);
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
    const sorted = [...values].sort((a, b) => a - b);
    switch (kind) {
        case 'mean':
            return values.reduce((a, b) => a + b, 0) / values.length;
        case 'median':
            return quantile(sorted, 0.5);
        case 'p90':
            return quantile(sorted, 0.9);
        case 'min':
            return sorted[0];
        case 'max':
            return sorted[sorted.length - 1];
        case 'last':
            return values[values.length - 1];
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
baselineName) {
    const out = [];
    for (const [metric, rule] of Object.entries(s.rules)) {
        const value = current[metric];
        const values = history(metric);
        const base = { metric, points: values.length, criterion: `change ${rule.source}` };
        if (value === undefined || !Number.isFinite(value)) {
            if (!s.explicit && value === undefined)
                continue;
            out.push({
                ...base,
                status: 'missing',
                message: `${metric} has no numeric value in this run; drift cannot be checked`,
            });
            continue;
        }
        if (values.length < s.minHistory) {
            out.push({
                ...base,
                status: 'insufficient',
                current: value,
                message: `${metric} ${(0,_criteria_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(value)}: not enough history for drift (${values.length} of ${s.minHistory} runs needed)`,
            });
            continue;
        }
        const baseline = aggregateOf(values, s.baseline);
        // Rounded so that 0.80 − 0.88 is −0.08, not −0.0800000000000001 beyond a 0.08 allowance.
        const change = tidy(value - baseline);
        const changePercent = baseline === 0 ? (change === 0 ? 0 : undefined) : tidy((change / Math.abs(baseline)) * 100);
        const observed = rule.percent ? changePercent : change;
        const ok = observed === undefined
            ? (0,_criteria_js__WEBPACK_IMPORTED_MODULE_0__/* .meets */ .D)(change > 0 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY, rule)
            : (0,_criteria_js__WEBPACK_IMPORTED_MODULE_0__/* .meets */ .D)(observed, rule);
        const shown = rule.percent
            ? changePercent === undefined
                ? `${change > 0 ? 'up' : 'down'} from 0`
                : `${changePercent >= 0 ? '+' : ''}${(0,_criteria_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(changePercent)}%`
            : `${change >= 0 ? '+' : ''}${(0,_criteria_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(change)}`;
        const against = baselineName?.(values.length, baseline) ??
            `the ${s.baseline} of the last ${values.length} run${values.length === 1 ? '' : 's'} (${(0,_criteria_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(baseline)})`;
        out.push({
            ...base,
            status: ok ? 'ok' : 'alert',
            current: value,
            baseline,
            change,
            ...(changePercent !== undefined ? { changePercent } : {}),
            message: ok
                ? `${metric} ${(0,_criteria_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(value)} vs ${against}: ${shown}, within ${rule.source}`
                : `${metric} drifted: ${(0,_criteria_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(value)} vs ${against} is ${shown}, allowed ${rule.source}`,
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
            const [point] = evaluateDrift({ [metric]: current[metric] }, () => [got.value], { ...s, rules: { [metric]: s.rules[metric] }, minHistory: 1, baseline: 'last', explicit: false }, (_n, b) => `pinned run ${id} (${(0,_criteria_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(b)})`);
            if (point)
                points.push({ ...point, pinnedRun: id });
        }
    }
    return { points, notes: [...notes] };
}


/***/ }),

/***/ 95894:
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
;// CONCATENATED MODULE: ./src/checks/migrations/sql.ts
/** SQL migrations: statements with their lines, and what each one does to the schema. */
/**
 * Splits SQL into statements on `;`, aware of quotes, dollar quotes (`$$…$$`, `$fn$…$fn$`), line
 * and nested block comments, so a semicolon inside a function body or string does not cut.
 */
function splitSql(sql, firstLine = 1) {
    const out = [];
    let buf = '';
    let line = firstLine;
    let start = -1;
    const flush = () => {
        const text = buf.replace(/\s+/g, ' ').trim();
        if (text)
            out.push({ text, startLine: start, endLine: line });
        buf = '';
        start = -1;
    };
    for (let i = 0; i < sql.length; i++) {
        const c = sql[i];
        if (c === '\n') {
            line++;
            buf += ' ';
            continue;
        }
        if (c === '-' && sql[i + 1] === '-') {
            const end = sql.indexOf('\n', i);
            i = (end === -1 ? sql.length : end) - 1;
            continue;
        }
        if (c === '/' && sql[i + 1] === '*') {
            let depth = 1;
            for (i += 2; i < sql.length && depth > 0; i++) {
                if (sql[i] === '\n')
                    line++;
                else if (sql[i] === '/' && sql[i + 1] === '*') {
                    depth++;
                    i++;
                }
                else if (sql[i] === '*' && sql[i + 1] === '/') {
                    depth--;
                    i++;
                }
            }
            i--;
            buf += ' ';
            continue;
        }
        if (/\s/.test(c) && start === -1)
            continue;
        if (start === -1)
            start = line;
        if (c === ';') {
            flush();
            continue;
        }
        if (c === "'" || c === '"' || c === '`') {
            let j = i + 1;
            for (; j < sql.length; j++) {
                if (sql[j] === '\n')
                    line++;
                if (sql[j] === c) {
                    if (sql[j + 1] === c)
                        j++;
                    else
                        break;
                }
            }
            buf += sql.slice(i, j + 1);
            i = j;
            continue;
        }
        const dollar = c === '$' ? /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(i, i + 64)) : null;
        if (dollar) {
            const end = sql.indexOf(dollar[0], i + dollar[0].length);
            const stop = end === -1 ? sql.length : end + dollar[0].length;
            for (let j = i; j < stop; j++)
                if (sql[j] === '\n')
                    line++;
            buf += sql.slice(i, stop);
            i = stop - 1;
            continue;
        }
        buf += c;
    }
    flush();
    return out;
}
const NAME = `(?:"[^"]+"|\`[^\`]+\`|[\\w$.]+)`;
const unquote = (s) => s.replace(/["`]/g, '').toLowerCase();
/** Splits `a, b (c, d), e` on top-level commas. */
function actions(s) {
    const out = [];
    let depth = 0;
    let quote = '';
    let cur = '';
    for (const c of s) {
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
            out.push(cur.trim());
            cur = '';
            continue;
        }
        cur += c;
    }
    if (cur.trim())
        out.push(cur.trim());
    return out;
}
const RISKS = {
    index: {
        why: 'CREATE INDEX without CONCURRENTLY blocks writes to the table while the index builds',
        instead: 'CREATE INDEX CONCURRENTLY (outside a transaction)',
    },
    dropIndex: {
        why: 'DROP INDEX without CONCURRENTLY takes an exclusive lock on the table',
        instead: 'DROP INDEX CONCURRENTLY',
    },
    notNull: {
        why: 'ADD COLUMN … NOT NULL without DEFAULT fails on a non-empty table (and blocks it while it checks)',
        instead: 'add the column nullable (or with a DEFAULT), backfill in batches, then SET NOT NULL after a NOT VALID check constraint is validated',
    },
    type: {
        why: 'ALTER COLUMN … TYPE rewrites the table under an exclusive lock',
        instead: 'add a new column, backfill it in batches, switch reads and writes, then drop the old one',
    },
    fk: {
        why: 'adding a foreign key validates every row while blocking writes to both tables',
        instead: 'ADD CONSTRAINT … FOREIGN KEY … NOT VALID, then VALIDATE CONSTRAINT in a separate transaction',
    },
    check: {
        why: 'adding a CHECK constraint scans the table while blocking writes',
        instead: 'ADD CONSTRAINT … CHECK (…) NOT VALID, then VALIDATE CONSTRAINT separately',
    },
    setNotNull: {
        why: 'SET NOT NULL scans the whole table under an exclusive lock',
        instead: 'add CHECK (col IS NOT NULL) NOT VALID, VALIDATE it, then SET NOT NULL (PostgreSQL 12+ skips the scan)',
    },
};
/**
 * What one statement does. `newTables` are tables created earlier in the same migration: work on
 * them blocks nobody, so it carries no lock risk.
 */
function classify(stmt, newTables) {
    const s = stmt.trim();
    const u = s.toUpperCase();
    let m;
    if ((m = new RegExp(`^CREATE\\s+(?:(?:GLOBAL|LOCAL)\\s+)?(?:TEMP(?:ORARY)?\\s+|UNLOGGED\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(${NAME})`, 'i').exec(s))) {
        newTables.add(unquote(m[1]));
        return [{ kind: 'create-table', target: unquote(m[1]) }];
    }
    if ((m = new RegExp(`^DROP\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(${NAME}(?:\\s*,\\s*${NAME})*)`, 'i').exec(s)))
        return [{ kind: 'drop-table', target: unquote(m[1]), destructive: true }];
    if ((m = /^DROP\s+(SCHEMA|DATABASE)\s+(?:IF\s+EXISTS\s+)?(\S+)/i.exec(s)))
        return [{ kind: 'drop-schema', target: unquote(m[2]), destructive: true }];
    if ((m = new RegExp(`^TRUNCATE\\s+(?:TABLE\\s+)?(?:ONLY\\s+)?(${NAME})`, 'i').exec(s)))
        return [{ kind: 'truncate', target: unquote(m[1]), destructive: true }];
    if ((m = new RegExp(`^DELETE\\s+FROM\\s+(${NAME})\\s*$`, 'i').exec(s)))
        return [{ kind: 'delete-all', target: unquote(m[1]), destructive: true }];
    if ((m = new RegExp(`^RENAME\\s+TABLE\\s+(${NAME})`, 'i').exec(s)))
        return [{ kind: 'rename', target: unquote(m[1]), destructive: true }];
    if ((m = new RegExp(`^CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+(CONCURRENTLY\\s+)?.*?\\bON\\s+(?:ONLY\\s+)?(${NAME})`, 'i').exec(s))) {
        const table = unquote(m[2]);
        return [
            { kind: 'create-index', target: table, ...(m[1] || newTables.has(table) ? {} : { risk: RISKS.index }) },
        ];
    }
    if (/^DROP\s+INDEX\b/i.test(s))
        return [{ kind: 'drop-index', ...(/\bCONCURRENTLY\b/i.test(s) ? {} : { risk: RISKS.dropIndex }) }];
    if (/^REINDEX\b/i.test(s) && !/\bCONCURRENTLY\b/i.test(s))
        return [
            {
                kind: 'other-ddl',
                risk: {
                    why: 'REINDEX without CONCURRENTLY locks out writes',
                    instead: 'REINDEX … CONCURRENTLY (PostgreSQL 12+)',
                },
            },
        ];
    if ((m = new RegExp(`^ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(?:ONLY\\s+)?(${NAME})\\s+(.*)$`, 'i').exec(s)))
        return alterTable(unquote(m[1]), m[2], newTables);
    if (/^(?:CREATE|ALTER|DROP|COMMENT)\b/.test(u))
        return [{ kind: 'other-ddl' }];
    return [];
}
function alterTable(table, rest, newTables) {
    const fresh = newTables.has(table);
    const out = [];
    for (const a of actions(rest)) {
        let m;
        if ((m = /^RENAME\s+TO\s+(\S+)/i.exec(a)))
            out.push({ kind: 'rename', target: `${table} → ${unquote(m[1])}`, destructive: true });
        else if ((m = /^RENAME\s+(?:COLUMN\s+)?(?!CONSTRAINT\b)(\S+)\s+TO\s+(\S+)/i.exec(a)))
            out.push({
                kind: 'rename',
                target: `${table}.${unquote(m[1])} → ${unquote(m[2])}`,
                destructive: true,
            });
        else if ((m =
            /^DROP\s+(?:COLUMN\s+)?(?:IF\s+EXISTS\s+)?(?!CONSTRAINT\b|INDEX\b|PRIMARY\b|FOREIGN\b|KEY\b|CHECK\b|PARTITION\b|DEFAULT\b)(\S+)/i.exec(a)))
            out.push({ kind: 'drop-column', target: `${table}.${unquote(m[1])}`, destructive: true });
        else if (/^ADD\s+(?:CONSTRAINT\s+\S+\s+)?FOREIGN\s+KEY\b/i.test(a))
            out.push({
                kind: 'add-foreign-key',
                target: table,
                ...(fresh || /\bNOT\s+VALID\b/i.test(a) ? {} : { risk: RISKS.fk }),
            });
        else if (/^ADD\s+(?:CONSTRAINT\s+\S+\s+)?CHECK\b/i.test(a))
            out.push({
                kind: 'add-check',
                target: table,
                ...(fresh || /\bNOT\s+VALID\b/i.test(a) ? {} : { risk: RISKS.check }),
            });
        else if ((m =
            /^ADD\s+(?:COLUMN\s+)?(?:IF\s+NOT\s+EXISTS\s+)?(?!CONSTRAINT\b|PRIMARY\b|UNIQUE\b|INDEX\b|KEY\b)(\S+)\s+(.*)$/i.exec(a))) {
            const col = `${table}.${unquote(m[1])}`;
            const def = m[2];
            const notNull = /\bNOT\s+NULL\b/i.test(def) && !/\bDEFAULT\b|\bGENERATED\b/i.test(def);
            out.push({ kind: 'add-column', target: col, ...(notNull && !fresh ? { risk: RISKS.notNull } : {}) });
            if (/\bREFERENCES\b/i.test(def) && !fresh && !/\bNOT\s+VALID\b/i.test(def))
                out.push({ kind: 'add-foreign-key', target: col, risk: RISKS.fk });
        }
        else if ((m = /^ALTER\s+(?:COLUMN\s+)?(\S+)\s+(?:SET\s+DATA\s+)?TYPE\b/i.exec(a)))
            out.push({
                kind: 'alter-column-type',
                target: `${table}.${unquote(m[1])}`,
                ...(fresh ? {} : { risk: RISKS.type }),
            });
        else if ((m = /^ALTER\s+(?:COLUMN\s+)?(\S+)\s+SET\s+NOT\s+NULL\b/i.exec(a)))
            out.push({
                kind: 'set-not-null',
                target: `${table}.${unquote(m[1])}`,
                ...(fresh ? {} : { risk: RISKS.setNotNull }),
            });
        else
            out.push({ kind: 'alter-table', target: table });
    }
    return out;
}
/** The statement as evidence may show it: string literals emptied (they can hold passwords). */
function excerpt(stmt, max = 120) {
    const clean = stmt.replace(/'(?:[^']|'')*'/g, "'…'").replace(/\$([A-Za-z_]*)\$[\s\S]*?\$\1\$/g, '$$…$$');
    return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
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
function lineAt(text, index) {
    let n = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}
/** `name(…)` from `at`, parentheses balanced (bounded), so options on later lines are seen. */
function callText(text, at) {
    const open = text.indexOf('(', at);
    const lineEnd = text.indexOf('\n', at);
    if (open === -1 || (lineEnd !== -1 && open > lineEnd && !/^\s*$/.test(text.slice(lineEnd, open)))) {
        return text.slice(at, lineEnd === -1 ? undefined : lineEnd);
    }
    let depth = 0;
    for (let i = open; i < Math.min(text.length, open + 4000); i++) {
        if (text[i] === '(')
            depth++;
        else if (text[i] === ')' && --depth === 0)
            return text.slice(at, i + 1);
    }
    return text.slice(at, lineEnd === -1 ? undefined : lineEnd);
}
const arg = (call, n) => [...call.matchAll(/[:'"]([\w.]+)['"]?/g)].map((m) => m[1])[n];
const RULES = {
    rails: [
        [/\bdrop_table\b/g, (c) => ({ kind: 'drop-table', target: arg(c, 0), destructive: true })],
        [
            /\bremove_columns?\b|\bt\.remove\b/g,
            (c) => ({ kind: 'drop-column', target: `${arg(c, 0)}.${arg(c, 1)}`, destructive: true }),
        ],
        [
            /\brename_(?:column|table)\b|\bt\.rename\b/g,
            (c) => ({ kind: 'rename', target: arg(c, 0), destructive: true }),
        ],
        [
            /\badd_index\b/g,
            (c) => ({
                kind: 'create-index',
                target: arg(c, 0),
                ...(/algorithm:\s*:concurrently/.test(c) ? {} : { risk: RISKS.index }),
            }),
        ],
        [
            /\bchange_column\b(?!_)/g,
            (c) => ({ kind: 'alter-column-type', target: `${arg(c, 0)}.${arg(c, 1)}`, risk: RISKS.type }),
        ],
        [
            /\badd_foreign_key\b/g,
            (c) => ({
                kind: 'add-foreign-key',
                target: arg(c, 0),
                ...(/validate:\s*false/.test(c) ? {} : { risk: RISKS.fk }),
            }),
        ],
        [
            /\badd_reference\b/g,
            (c) => /foreign_key:\s*(?:true|\{)/.test(c) && !/validate:\s*false/.test(c)
                ? { kind: 'add-foreign-key', target: arg(c, 0), risk: RISKS.fk }
                : { kind: 'add-column', target: arg(c, 0) },
        ],
        [
            /\badd_column\b/g,
            (c) => ({
                kind: 'add-column',
                target: `${arg(c, 0)}.${arg(c, 1)}`,
                ...(/null:\s*false/.test(c) && !/default:/.test(c) ? { risk: RISKS.notNull } : {}),
            }),
        ],
        [
            /\bchange_column_null\b/g,
            (c) => /,\s*false\b/.test(c)
                ? { kind: 'set-not-null', target: `${arg(c, 0)}.${arg(c, 1)}`, risk: RISKS.setNotNull }
                : undefined,
        ],
        [/\bcreate_table\b/g, (c) => ({ kind: 'create-table', target: arg(c, 0) })],
    ],
    alembic: [
        [/\bop\.drop_table\(/g, (c) => ({ kind: 'drop-table', target: arg(c, 0), destructive: true })],
        [
            /\bop\.drop_column\(/g,
            (c) => ({ kind: 'drop-column', target: `${arg(c, 0)}.${arg(c, 1)}`, destructive: true }),
        ],
        [/\bop\.rename_table\(/g, (c) => ({ kind: 'rename', target: arg(c, 0), destructive: true })],
        [
            /\bop\.alter_column\(/g,
            (c) => /new_column_name\s*=/.test(c)
                ? { kind: 'rename', target: `${arg(c, 0)}.${arg(c, 1)}`, destructive: true }
                : /\btype_\s*=/.test(c)
                    ? { kind: 'alter-column-type', target: `${arg(c, 0)}.${arg(c, 1)}`, risk: RISKS.type }
                    : /nullable\s*=\s*False/.test(c)
                        ? { kind: 'set-not-null', target: `${arg(c, 0)}.${arg(c, 1)}`, risk: RISKS.setNotNull }
                        : { kind: 'alter-table', target: arg(c, 0) },
        ],
        [
            /\bop\.create_index\(/g,
            (c) => ({
                kind: 'create-index',
                target: arg(c, 1),
                ...(/postgresql_concurrently\s*=\s*True/.test(c) ? {} : { risk: RISKS.index }),
            }),
        ],
        [/\bop\.create_foreign_key\(/g, (c) => ({ kind: 'add-foreign-key', target: arg(c, 1), risk: RISKS.fk })],
        [
            /\bop\.add_column\(/g,
            (c) => ({
                kind: 'add-column',
                target: arg(c, 0),
                ...(/nullable\s*=\s*False/.test(c) && !/server_default\s*=/.test(c) ? { risk: RISKS.notNull } : {}),
            }),
        ],
        [/\bop\.create_table\(/g, (c) => ({ kind: 'create-table', target: arg(c, 0) })],
    ],
    django: [
        [/\bmigrations\.DeleteModel\(/g, (c) => ({ kind: 'drop-table', target: arg(c, 0), destructive: true })],
        [
            /\bmigrations\.RemoveField\(/g,
            (c) => ({ kind: 'drop-column', target: `${arg(c, 0)}.${arg(c, 1)}`, destructive: true }),
        ],
        [
            /\bmigrations\.Rename(?:Field|Model)\(/g,
            (c) => ({ kind: 'rename', target: arg(c, 0), destructive: true }),
        ],
        [/\bmigrations\.AddIndex\(/g, (c) => ({ kind: 'create-index', target: arg(c, 0), risk: RISKS.index })],
        [
            /\bmigrations\.AlterField\(/g,
            (c) => ({
                kind: 'alter-column-type',
                target: `${arg(c, 0)}.${arg(c, 1)}`,
                risk: {
                    why: 'AlterField that changes the column type rewrites the table under an exclusive lock',
                    instead: RISKS.type.instead,
                },
            }),
        ],
        [/\bmigrations\.CreateModel\(/g, (c) => ({ kind: 'create-table', target: arg(c, 0) })],
    ],
    knex: [
        [/\.dropTable(?:IfExists)?\(/g, (c) => ({ kind: 'drop-table', target: arg(c, 0), destructive: true })],
        [/\.dropColumns?\(/g, (c) => ({ kind: 'drop-column', target: arg(c, 0), destructive: true })],
        [/\.rename(?:Column|Table)\(/g, (c) => ({ kind: 'rename', target: arg(c, 0), destructive: true })],
        [/\.alter\(\)/g, () => ({ kind: 'alter-column-type', risk: RISKS.type })],
        [/\.createTable\(/g, (c) => ({ kind: 'create-table', target: arg(c, 0) })],
    ],
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
/** Schema operations of a framework migration, each with its lines. */
function frameworkOps(fw, text) {
    const ops = [];
    for (const [re, make] of RULES[fw]) {
        for (const m of text.matchAll(re)) {
            const call = callText(text, m.index);
            const ddl = make(call);
            if (!ddl)
                continue;
            const line = lineAt(text, m.index);
            ops.push({
                ...ddl,
                line,
                endLine: line + (call.match(/\n/g)?.length ?? 0),
                text: call,
                reversible: /reverse_(?:sql|code)\s*=/.test(call),
            });
        }
    }
    for (const m of text.matchAll(SQL_CALLS[fw])) {
        const call = callText(text, m.index);
        // From the call on, not the call text: a "(" inside the SQL would cut the call short.
        const str = firstString(text.slice(m.index, m.index + 64 * 1024), m[0].length, text, m.index);
        if (!str)
            continue;
        for (const st of splitSql(str.body, lineAt(text, str.index)))
            for (const ddl of classifyInCode(st.text))
                ops.push({
                    ...ddl,
                    line: st.startLine,
                    endLine: st.endLine,
                    text: st.text,
                    reversible: /reverse_sql\s*=/.test(call),
                });
    }
    return ops.sort((a, b) => a.line - b.line);
}
const classifyInCode = (s) => classify(s, new Set());

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
const LABEL = {
    'drop-table': 'DROP TABLE',
    'drop-column': 'DROP COLUMN',
    truncate: 'TRUNCATE',
    rename: 'RENAME',
    'delete-all': 'DELETE without WHERE',
    'drop-schema': 'DROP SCHEMA/DATABASE',
};
const READ_MAX = 8 * 1024 * 1024;
async function rollbackEvidence(change, range, path, text, hasDown, backup) {
    const found = [];
    if (hasDown)
        found.push('down migration in the file');
    if (/^\s*--\s*rollback\b/im.test(text))
        found.push('rollback section');
    if (backup.test(text))
        found.push('backup marker');
    for (const sibling of downSiblings(path))
        if (sibling !== path && (await change.read(range.head, sibling, { maxBytes: READ_MAX })) !== undefined)
            found.push(`down migration ${sibling}`);
    return found;
}
function opsOf(fw, text) {
    if (fw !== 'sql')
        return frameworkOps(fw, text);
    const newTables = new Set();
    return splitSql(text).flatMap((st) => classify(st.text, newTables).map((d) => ({
        ...d,
        line: st.startLine,
        endLine: st.endLine,
        text: st.text,
    })));
}
const migrationsCheck = (0,types/* defineCheck */.q)({
    type: 'migrations',
    description: 'Migrations added between base and head: destructive DDL needs rollback evidence; PostgreSQL lock risks are warned with the safer form',
    defaults: { category: 'safety', enforcement: 'scored' },
    fields: schemas/* object */.Ikc({
        paths: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default(DEFAULT_MIGRATION_PATHS).describe('Globs of migration files'),
        exclude: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default(DEFAULT_EXCLUDE).describe('Globs never read as migrations'),
        dialect: schemas/* enum */.k5n(['postgresql', 'mysql', 'sqlite', 'other'])
            .default('postgresql')
            .describe('Lock-risk warnings are given for PostgreSQL'),
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
        const findings = [];
        const reports = [];
        const kinds = new Map();
        let destructive = 0;
        let risks = 0;
        for (const f of files) {
            if (f.status === 'D') {
                if (!isDownFile(f.path) && detectFramework(f.path, (await change.read(range.base, f.path)) ?? ''))
                    findings.push({
                        level: 'warning',
                        message: `migration file deleted: ${f.path} — if it ran anywhere, history and schema now disagree`,
                        file: f.path,
                    });
                continue;
            }
            const text = await change.read(range.head, f.path, { maxBytes: READ_MAX, signal: ctx.signal });
            const fw = text === undefined ? undefined : detectFramework(f.path, text);
            if (!fw || text === undefined || isDownFile(f.path))
                continue;
            const lines = text.split(/\r?\n/);
            const down = downLines(fw, lines);
            const evidence = await rollbackEvidence(change, range, f.path, text, hasWorkingDown(lines, down), backup);
            const touched = added.get(f.path) ?? new Set();
            const report = { path: f.path, framework: fw, rollback: evidence, ops: [] };
            reports.push(report);
            for (const op of opsOf(fw, text)) {
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
                });
                if (!counted || rollbackPart)
                    continue;
                kinds.set(op.kind, (kinds.get(op.kind) ?? 0) + 1);
                const what = `${LABEL[op.kind] ?? op.kind}${op.target ? ` ${op.target}` : ''}`;
                if (op.destructive) {
                    const why = op.reversible ? ['reverse operation in the call'] : evidence;
                    if (why.length)
                        findings.push({
                            level: 'notice',
                            message: `${what} — rollback evidence: ${why.join(', ')}`,
                            file: f.path,
                            line: op.line,
                        });
                    else {
                        destructive++;
                        findings.push({
                            level: 'failure',
                            message: `${what} without rollback evidence — add a down migration, a rollback section, or a "-- backup: <where>" comment`,
                            file: f.path,
                            line: op.line,
                        });
                    }
                }
                if (op.risk && spec.dialect === 'postgresql') {
                    risks++;
                    findings.push({
                        level: 'warning',
                        message: `${op.risk.why}${op.target ? ` (${op.target})` : ''} — safer: ${op.risk.instead}`,
                        file: f.path,
                        line: op.line,
                    });
                }
            }
        }
        await ctx.evidence.write('migrations.json', { range: (0,changeRange/* rangeLabel */.QT)(range), files: reports });
        findings.sort((a, b) => rank(a.level) - rank(b.level));
        const statements = [...kinds.values()].reduce((a, b) => a + b, 0);
        const metrics = {
            ...(0,changeRange/* rangeMetrics */.lB)(range),
            migrationFiles: reports.length,
            statements,
            destructive,
            lockRisks: risks,
        };
        if (reports.length === 0 && findings.length === 0)
            return { status: 'pass', summary: `no migrations in ${(0,changeRange/* rangeLabel */.QT)(range)}`, metrics };
        const tally = [...kinds].map(([k, n]) => `${n} ${k}`).join(', ');
        const what = `${reports.length} migration file(s), ${statements} changed DDL statement(s)${tally ? ` (${tally})` : ''}`;
        const first = findings[0];
        if (destructive)
            return {
                status: 'fail',
                score: 1,
                summary: `${destructive} destructive statement(s) without rollback evidence, first: ${first.file}:${first.line}; ${what}`,
                findings,
                metrics,
            };
        const warnings = findings.filter((x) => x.level === 'warning').length;
        if (warnings)
            return {
                status: 'warn',
                score: risks ? 3 : 4,
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
     * messages: "evidence file", "coverage report"….
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

/***/ 2636:
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
/** `base` + path, keeping base's own path (`https://x/api` + `/health` → `https://x/api/health`). Throws when unusable. */
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
        // `Bearer abc…`: the credential alone is secret too, wherever it shows up.
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
        ctx.log(`${describeTarget(target)}: ${response ? `status ${response.status}` : error.message}; retry ${attempts} of ${settings.retries} in ${wait}ms`);
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
/** `a`, `a-2`, `a-3`…: names that stay unique among the requests of one check. */
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
const ms = (n) => `${Math.round(n)}ms`;

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
        .describe('Regex (case-insensitive) a redirect’s Location must match to count as a login redirect'),
    loginBody: fields/* regex */.yG
        .default(`<input[^>]*type=["']?password|magic[ -]link`)
        .describe('Regex (case-insensitive): a 2xx page whose body matches it is a login form, not a bypass. The default looks for a password field or a magic-link form, not the words "sign in", which a leaked page’s header may show'),
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
 * `auto`: dev → off, staging → optional, prod → required. The profile's own name
 * decides, then its ancestors' (so `prod-eu extends prod` is required); unknown names → optional.
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
            return { mode: found, why: `mode auto → ${found} (profile ${n})` };
    }
    return {
        mode: 'optional',
        why: `mode auto → optional (profile ${profile.name} is not dev, staging or prod)`,
    };
}
/** off → not run; optional → reported, never holds; required → a failure holds. */
function modeEnforcement(mode) {
    return mode === 'off' ? 'off' : mode === 'optional' ? 'advisory' : 'required';
}

// EXTERNAL MODULE: ./src/checks/metrics/criteria.ts
var criteria = __webpack_require__(1402);
// EXTERNAL MODULE: ./src/checks/metrics/drift.ts
var metrics_drift = __webpack_require__(54816);
// EXTERNAL MODULE: ./src/checks/evidence/evidenceFile.ts + 1 modules
var evidenceFile = __webpack_require__(54451);
// EXTERNAL MODULE: ./src/core/conditions.ts
var conditions = __webpack_require__(18857);
;// CONCATENATED MODULE: ./src/checks/metrics/metrics.ts

/** A number a report may hold: a finite number, or a numeric string. Anything else → undefined. */
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
 * Picks metrics out of a results document. `names` maps metric → JSON path; without it every
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
            .describe('metric → largest allowed drop below the baseline (default precision 0.08, recall 0.05)'),
        rules: schemas/* record */.g1P(schemas/* string */.YjP(), criteria/* criterionField */.gL)
            .optional()
            .describe('metric → criterion on the change from the baseline, e.g. ">= -0.05", "<= +10%"'),
    }),
]);
const benchmark_fields = schemas/* object */.Ikc({
    mode: schemas/* enum */.k5n(BENCHMARK_MODES)
        .default('auto')
        .describe('off, optional (reported, never holds), required (holds), or auto: dev → off, staging → optional, prod → required'),
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
        .describe('Metrics to read: names, or name → JSON path; default every number under `metrics` or at the top level'),
    thresholds: schemas/* record */.g1P(schemas/* string */.YjP(), criteria/* criterionField */.gL)
        .optional()
        .describe('metric → criterion, e.g. {precision: ">= 0.55", latency_ms: "<= 800"}; a bare number is a minimum'),
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
    const ev = await (0,evidenceFile/* loadEvidence */.Qn)(where.real, spec.file);
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
    description: 'Benchmark metrics (precision, recall…) from a file or command meet per-profile thresholds and have not drifted from earlier runs',
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
                    : `${metric} = ${(0,criteria/* fmt */.Sc)(v)}, threshold ${c.source}`,
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
            summary: `${shown}${checked}; ${driftNote || 'drift off'} [${mode.why}]`,
            findings,
            metrics,
        };
    },
});

// EXTERNAL MODULE: ./src/checks/command/command.ts + 1 modules
var command = __webpack_require__(88774);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/change/pathspec.ts
var pathspec = __webpack_require__(79750);
// EXTERNAL MODULE: ./src/checks/changeRange.ts
var changeRange = __webpack_require__(79792);
// EXTERNAL MODULE: ./src/checks/secrets/shapes.ts
var shapes = __webpack_require__(46445);
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
 * Orders versions of every ecosystem read here well enough to tell an upgrade from a downgrade:
 * numeric parts numerically, pre-releases (dev, alpha, beta, rc) before the release, post-releases
 * after it; build metadata ignored. Semver, PEP 440, Go and Ruby versions all fit.
 */
function compareVersions(a, b) {
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
 * (`>=0.141,<1.0` → `0.141`, `^1.2.3` → `1.2.3`); upper bounds and exclusions only when there
 * is nothing else.
 */
function firstVersion(spec) {
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

;// CONCATENATED MODULE: ./src/checks/dependencies/diff.ts

function group(deps) {
    const m = new Map();
    for (const d of deps)
        m.set(d.name, [...(m.get(d.name) ?? []), d]);
    return m;
}
/** Orders two versions or requirements; undefined when they cannot be ordered. */
function order(a, b) {
    const x = firstVersion(a);
    const y = firstVersion(b);
    return x && y ? compareVersions(x, y) : undefined;
}
const list = (s) => [...s].sort(compareVersions).join(', ');
/** What changed between two parses of one dependency file. */
function diffDeps(base, head) {
    const b = group(base);
    const h = group(head);
    const out = [];
    for (const [name, hs] of h) {
        const first = hs[0];
        const common = {
            name,
            direct: hs.some((d) => d.direct),
            line: first.line,
            spec: first.spec ?? first.version,
        };
        const to = new Set(hs.map((d) => d.version));
        const bs = b.get(name);
        if (!bs) {
            out.push({ ...common, kind: 'added', to: list(to) });
            continue;
        }
        const from = new Set(bs.map((d) => d.version));
        const gone = [...from].filter((v) => !to.has(v));
        const fresh = [...to].filter((v) => !from.has(v));
        if (gone.length === 0 && fresh.length === 0)
            continue;
        let kind = 'changed';
        if (gone.length && fresh.length) {
            const cmp = gone.flatMap((g) => fresh.map((f) => order(g, f)));
            if (cmp.every((c) => c !== undefined && c < 0))
                kind = 'upgraded';
            else if (cmp.every((c) => c !== undefined && c > 0))
                kind = 'downgraded';
        }
        out.push({
            ...common,
            direct: common.direct || bs.some((d) => d.direct),
            kind,
            from: list(from),
            to: list(to),
        });
    }
    for (const [name, bs] of b)
        if (!h.has(name))
            out.push({
                name,
                kind: 'removed',
                from: list(new Set(bs.map((d) => d.version))),
                direct: bs.some((d) => d.direct),
            });
    return out.sort((x, y) => x.name.localeCompare(y.name));
}

// EXTERNAL MODULE: ./src/checks/dependencies/lockfiles.ts + 6 modules
var lockfiles = __webpack_require__(74228);
;// CONCATENATED MODULE: ./src/checks/dependencies/dependencies.ts









const ECOSYSTEMS = ['npm', 'pypi', 'go', 'cargo', 'rubygems'];
const MAX_NOTICES = 100;
/**
 * Credentials in git/registry URLs of a requirement (`user:pass@`, `?private_token=…`) and
 * tokens of a known shape never reach a report.
 */
const clean = (s) => (s === undefined ? s : (0,shapes/* maskKnownTokens */.C)(s));
function describe(c) {
    const what = c.kind === 'added'
        ? `added ${c.to}`
        : c.kind === 'removed'
            ? `removed (was ${c.from})`
            : `${c.kind} ${c.from} → ${c.to}`;
    return `${c.direct ? 'direct' : 'transitive'} ${c.ecosystem} dependency ${c.name} ${clean(what)}`;
}
const denyEntry = schemas/* string */.YjP().superRefine((s, ctx) => {
    const m = /^([a-z]+):(.+)$/.exec(s);
    if (m && !ECOSYSTEMS.includes(m[1]))
        ctx.addIssue({ code: 'custom', message: `unknown ecosystem "${m[1]}" (use ${ECOSYSTEMS.join(', ')})` });
});
function denyMatcher(patterns) {
    const compiled = patterns.map((p) => {
        const m = /^([a-z]+):(.+)$/.exec(p);
        return { pattern: p, ecosystem: m?.[1], match: picomatch_default()(m ? m[2] : p, { nocase: true }) };
    });
    return (c) => compiled.find((d) => (!d.ecosystem || d.ecosystem === c.ecosystem) && d.match(c.name))?.pattern;
}
const dependenciesCheck = (0,types/* defineCheck */.q)({
    type: 'dependencies',
    description: 'Dependency changes between base and head (npm, PyPI, Go, Cargo, RubyGems manifests and lockfiles), with deny list, pinning, new-direct and downgrade policies',
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
        const changes = [];
        const problems = [];
        let read = 0;
        for (const f of files) {
            const type = (0,lockfiles/* depFileType */.k)(f.path);
            if (!type)
                continue;
            read++;
            const parse = async (rev, path, side) => {
                const text = await change.read(rev, path, { signal: ctx.signal });
                if (text === undefined)
                    return [];
                try {
                    return type.parse(text);
                }
                catch (err) {
                    // A parser's message may quote the file (Node's JSON errors do): masked like the rest.
                    problems.push(`${path} at ${side} (${rev.slice(0, 7)}): ${clean(err.message)}`);
                    return [];
                }
            };
            const before = f.status === 'A' ? [] : await parse(range.base, f.oldPath ?? f.path, 'base');
            const after = f.status === 'D' ? [] : await parse(range.head, f.path, 'head');
            for (const d of diffDeps(before, after))
                changes.push({ ...d, file: f.path, ecosystem: type.ecosystem, manifest: type.kind === 'manifest' });
        }
        await ctx.evidence.write('changes.json', {
            range: (0,changeRange/* rangeLabel */.QT)(range),
            changes: changes.map((c) => ({ ...c, from: clean(c.from), to: clean(c.to), spec: clean(c.spec) })),
            problems,
        });
        const findings = [];
        const at = (c) => ({ file: c.file, ...(c.line ? { line: c.line } : {}) });
        let denied = 0;
        const deniedOf = denyMatcher(spec.deny);
        const seenDenied = new Set();
        for (const c of changes) {
            if (c.kind === 'removed')
                continue;
            const pattern = deniedOf(c);
            if (!pattern || seenDenied.has(`${c.ecosystem}:${c.name}`))
                continue;
            seenDenied.add(`${c.ecosystem}:${c.name}`);
            denied++;
            findings.push({
                level: 'failure',
                message: `denied package: ${describe(c)} (matches deny "${pattern}")`,
                ...at(c),
            });
        }
        const newDirect = new Map();
        for (const c of changes)
            if (c.kind === 'added' && c.direct)
                newDirect.set(`${c.ecosystem}:${c.name}`, c);
        let violations = denied;
        if (spec.maxNewDirect !== undefined && newDirect.size > spec.maxNewDirect) {
            violations++;
            const first = [...newDirect.values()][spec.maxNewDirect];
            findings.push({
                level: 'failure',
                message: `${newDirect.size} new direct dependencies, at most ${spec.maxNewDirect} allowed: ${[...newDirect.values()].map((c) => c.name).join(', ')}`,
                ...at(first),
            });
        }
        if (spec.requirePinned) {
            for (const c of changes) {
                if (!c.direct || c.kind === 'removed' || !c.spec || isPinned(c.ecosystem, c.spec))
                    continue;
                violations++;
                findings.push({
                    level: 'failure',
                    message: `${c.name} "${clean(c.spec)}" is not pinned to one version (${c.file})`,
                    ...at(c),
                });
            }
        }
        const downgrades = changes.filter((c) => c.kind === 'downgraded');
        if (spec.downgrades !== 'ignore')
            for (const c of downgrades) {
                if (spec.downgrades === 'fail')
                    violations++;
                findings.push({
                    level: spec.downgrades === 'fail' ? 'failure' : 'warning',
                    message: describe(c),
                    ...at(c),
                });
            }
        const notices = changes.filter((c) => c.direct && c.kind !== 'downgraded');
        for (const c of notices.slice(0, MAX_NOTICES))
            findings.push({ level: 'notice', message: describe(c), ...at(c) });
        const byFile = new Map();
        for (const c of changes)
            if (!c.direct)
                byFile.set(c.file, [...(byFile.get(c.file) ?? []), c]);
        for (const [file, list] of byFile)
            findings.push({
                level: 'notice',
                message: `${file}: ${tally(list)} transitive package(s) (see changes.json)`,
                file,
            });
        const count = (k) => changes.filter((c) => c.kind === k).length;
        const metrics = {
            ...(0,changeRange/* rangeMetrics */.lB)(range),
            dependencyFiles: read,
            changes: changes.length,
            added: count('added'),
            removed: count('removed'),
            upgraded: count('upgraded'),
            downgraded: count('downgraded'),
            changed: count('changed'),
            newDirect: newDirect.size,
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
        if (changes.length === 0)
            return {
                status: 'pass',
                summary: `no dependency changes in ${(0,changeRange/* rangeLabel */.QT)(range)} (${read} dependency file(s) touched)`,
                metrics,
            };
        const what = `${changes.length} dependency change(s) in ${byFileCount(changes)} file(s): ${tally(changes)}`;
        if (violations > 0) {
            const first = findings.find((f) => f.level === 'failure');
            return {
                status: 'fail',
                score: denied ? 1 : 2,
                summary: `${violations} policy violation(s), first: ${first.message}; ${what}`,
                findings,
                metrics,
            };
        }
        // Any change is worth a look (4), never a pass.
        return { status: 'warn', score: 4, summary: `${what} — review for supply-chain risk`, findings, metrics };
    },
});
function tally(list) {
    const parts = ['added', 'removed', 'upgraded', 'downgraded', 'changed']
        .map((k) => [k, list.filter((c) => c.kind === k).length])
        .filter(([, n]) => n > 0)
        .map(([k, n]) => `${n} ${k}`);
    return parts.join(', ');
}
function byFileCount(list) {
    return new Set(list.map((c) => c.file)).size;
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/core/redact.ts + 2 modules
var redact = __webpack_require__(13706);
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
        // Null prototype: `seen.__proto__ = …` records a variable rather than set a prototype.
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
var promises_ = __webpack_require__(51455);
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
 * `2026-03-07T04:00:00Z`, `2026-03-07 04:00:00+01:00`, `2026-03-07` → that instant; a time without
 * a zone is read as UTC (never the runner's local time). Numbers (or numeric strings) are epoch
 * seconds below 1e12, else milliseconds. Anything else → undefined.
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
        let ev;
        try {
            ev = await (0,evidenceFile/* loadEvidence */.Qn)(resolved.file.real, name, spec.format);
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
        .describe('JSON path of the last-update time, e.g. last_ingest or meta.updated_at (ISO-8601, epoch s or ms); with file and no timestamp the file’s mtime is used'),
    maxAge: fields/* age */.KW.describe('Data older than this fails, e.g. 26h'),
    counters: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* strictObject */.rej({
        min: schemas/* number */.aig().default(1).describe('Lowest acceptable value (default 1)'),
        level: schemas/* enum */.k5n(['fail', 'warn'])
            .default('fail')
            .describe('What a value below min counts as (default fail)'),
    }))
        .optional()
        .describe('JSON path → {min, level}: counts that must not be below min, e.g. {"tables.cron_log": {min: 1}}'),
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
    description: 'Data is recent: a timestamp in a JSON endpoint or file (or the file’s mtime) is younger than maxAge; counters are not empty',
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
        .describe('Response headers that must contain a text: name → substring (case-insensitive)'),
    contains: fields/* stringList */.Yn.optional().describe('Text(s) the body must contain (case-insensitive)'),
    notContains: fields/* stringList */.Yn.optional().describe('Text(s) the body must not contain (case-insensitive)'),
    matches: fields/* regex */.yG.optional().describe('Regular expression the body must match'),
    json: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY(), schemas/* null */.chJ()]))
        .optional()
        .describe('JSON path → value the parsed body must hold, e.g. {status: ok, "db.connected": true}'),
    assert: schemas/* union */.KCZ([fields/* condition */.uH, schemas/* array */.YOg(fields/* condition */.uH).min(1)])
        .optional()
        .describe('Condition(s) on the parsed JSON body, e.g. "tables.permits > 0"'),
    maxLatency: fields/* duration */.p0.optional().describe('Time to response headers above which the request fails'),
    warnLatency: fields/* duration */.p0.optional().describe('Time to response headers above which the check only warns'),
})
    .describe('Expectations; a request’s own expect is merged over the check’s expect key by key');
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
    url: schemas/* string */.YjP().min(1).optional().describe('Absolute URL, or a path when base is set (instead of path)'),
    method: method.optional().describe('HTTP method (default: the check’s method, else GET)'),
    headers: headersField.describe('Headers for this request, over the check’s headers'),
    body: schemas/* string */.YjP().optional().describe('Request body'),
    expect: expectSchema
        .optional()
        .describe('Expectations for this request, merged over the check’s expect key by key'),
});
const http_fields = schemas/* object */.Ikc({
    base: fields/* httpUrl */.q3.optional().describe('Base URL that paths are appended to, e.g. https://staging.example.com'),
    url: schemas/* string */.YjP().min(1).optional().describe('One request: an absolute URL, or a path when base is set'),
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
        .describe('Score tiers by failed request count (default: 0 → 5, 1 → 4, half pass → 3, else 1)'),
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
                .join(', ')}${added.length > 5 ? ', …' : ''}`,
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
    ['migrations:paths', fewer],
    ['migrations:exclude', more],
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
/** `>= 0.55` → `>= 0.40` is looser; `<= 800` → `<= 900` is looser; a changed operator is unknown. */
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
 * chart), how the last run fared against the runs before it, and the last review — so the
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
        review = JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(ctx.cwd, file), 'utf8'));
    }
    catch {
        return `no review on file (\`promotion-gate review --profile ${ctx.profile}\` writes one)`;
    }
    const alerts = (review.driftAlerts ?? []).filter((a) => a.check === ref.check);
    const alert = alerts.at(-1)?.point?.message;
    return `${file} of ${review.generatedAt ?? '?'} (${review.window?.label ?? '?'}): pass rate ${review.runs?.passRate ?? '–'}%, ${alerts.length} drift alert(s) of ${ref.check}${alert ? `, the last: ${alert}` : ''}`;
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
        out.push(`## \`${ref.check}\` · ${ref.metric}`, '');
        for (const c of ref.changes)
            out.push(`- \`${c.key}\`: ${c.before} → ${c.after} (${c.what})`);
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
            ? `history of ${ref.metric}: last ${series.length} value(s) ${(0,criteria/* fmt */.Sc)(Math.min(...series.map((s) => s.value)))}–${(0,criteria/* fmt */.Sc)(Math.max(...series.map((s) => s.value)))}, newest ${(0,criteria/* fmt */.Sc)(series.at(-1).value)}`
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
    return `${verb} ${c.key}: ${c.before} → ${c.after} (${c.what})${where}`;
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
 * enforcement lowered, a threshold loosened, a waiver added…) holds unless a reviewer other than
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

// EXTERNAL MODULE: ./src/checks/migrations/migrations.ts + 2 modules
var migrations = __webpack_require__(95894);
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
            budgets: budgetSchema.optional().describe('Budgets for this page, over the check’s budgets'),
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
/** Nearest-rank percentile (p in 0–100) of the values; undefined for none. */
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
    return [...counts].map(([why, n]) => `${why} ×${n}`).join(', ');
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
                summary: `${pages.length} page(s) × ${spec.samples} samples ok${within}; slowest p95 ${ms(slowest)} (${slowestPage.target.label})`,
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

;// CONCATENATED MODULE: ./src/checks/routes/presets.ts
/** Where web frameworks declare routes, and how to read a route off a line of source. */
const PRESET_IDS = ['flask', 'fastapi', 'django', 'express', 'fastify', 'koa', 'nextjs'];
const HTTP = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'];
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
function quotedList(s) {
    return s ? [...s.matchAll(/['"](\w+)['"]/g)].map((m) => m[1].toUpperCase()) : [];
}
/** `@app.route("/x", methods=["POST"])`, `@bp.get("/x")`, `@router.api_route("/x", methods=[…])`. */
function pythonDecorator(line) {
    const m = /^\s*@(?:[\w.]+\.)?(\w+)\.(route|api_route|websocket|get|post|put|patch|delete|head|options|trace)\(\s*(?:path\s*=\s*)?[rbuf]*(['"])(.*?)\3(.*)$/.exec(line);
    if (!m)
        return [];
    const [, owner, verb, , path, rest] = m;
    if (verb === 'route' || verb === 'api_route') {
        const methods = quotedList(/methods\s*=\s*[[(]([^\])]*)/.exec(rest)?.[1]);
        return (methods.length ? methods : [verb === 'route' ? 'GET' : 'ANY']).map((method) => ({
            method,
            path: path,
            owner,
        }));
    }
    return [{ method: verb === 'websocket' ? 'WS' : verb.toUpperCase(), path: path, owner }];
}
/** `router = APIRouter(prefix="/items")`, `bp = Blueprint("x", __name__, url_prefix="/x")`. */
function pythonRouter(line) {
    const m = /^\s*(\w+)\s*(?::\s*\w+\s*)?=\s*(?:[\w.]+\.)?(?:APIRouter|Blueprint)\((.*)$/.exec(line);
    const prefix = m && /\b(?:url_)?prefix\s*=\s*[rbuf]*['"]([^'"]*)['"]/.exec(m[2])?.[1];
    return m && prefix ? { owner: m[1], prefix } : undefined;
}
/** `path('users/<int:pk>/', …)`, `re_path(r'^users/(?P<pk>\d+)/$', …)`, `url(r'^…$', …)`. */
function djangoUrl(line) {
    const m = /\b(path|re_path|url)\(\s*[rbu]*(['"])(.*?)\2\s*,/.exec(line);
    if (!m)
        return [];
    let path = m[3];
    if (m[1] !== 'path')
        path = path
            .replace(/^\^/, '')
            .replace(/\$$/, '')
            .replace(/\(\?P<(\w+)>[^)]*\)/g, '<$1>');
    // include('app.urls') mounts other routes here: the prefix itself is not a page.
    if (/\binclude\(/.test(line))
        return [];
    return [{ method: 'ANY', path: `/${path}` }];
}
/** `app.get('/x', …)`, `router.post("/x")`, Koa's `router.get('name', '/x', …)`, Fastify's `route({method, url})`. */
function jsCall(line) {
    const out = [];
    const call = /\b(?:app|router|server|fastify|koa|instance|[a-z]\w*(?:Router|App|Server|Routes))\.(get|post|put|patch|delete|head|options|all)\(\s*(?:['"][\w.:-]+['"]\s*,\s*)?(['"`])(\/[^'"`]*)\2/g;
    for (const m of line.matchAll(call))
        out.push({ method: m[1] === 'all' ? 'ANY' : m[1].toUpperCase(), path: m[3] });
    const route = /\.route\(\s*\{(.*)\}/.exec(line);
    if (route) {
        const url = /\b(?:url|path)\s*:\s*['"`](\/[^'"`]*)['"`]/.exec(route[1])?.[1];
        const method = /\bmethod\s*:\s*(\[[^\]]*\]|['"]\w+['"])/.exec(route[1])?.[1];
        if (url)
            for (const mm of method ? quotedList(method) : ['ANY'])
                out.push({ method: mm, path: url });
    }
    return out;
}
const JS_FILES = ['**/*.js', '**/*.mjs', '**/*.cjs', '**/*.ts', '**/*.mts', '**/*.cts'];
const jsPreset = {
    kind: 'lines',
    paths: JS_FILES,
    exclude: [...TESTS, '**/dist/**', '**/build/**', '**/*.d.ts', '**/*.min.js'],
    grep: [`\\.(${[...HTTP, 'all'].join('|')}|route)\\(`],
    extract: jsCall,
};
const pyPreset = {
    kind: 'lines',
    paths: ['**/*.py'],
    exclude: PY_TESTS,
    grep: [
        `^[[:space:]]*@[A-Za-z_][A-Za-z0-9_.]*\\.(route|api_route|websocket|${[...HTTP, 'trace'].join('|')})\\(`,
    ],
    extract: pythonDecorator,
    routers: { grep: ['(APIRouter|Blueprint)\\(.*prefix'], read: pythonRouter },
};
const PRESETS = {
    flask: pyPreset,
    fastapi: pyPreset,
    django: {
        kind: 'lines',
        paths: ['**/urls.py'],
        exclude: PY_TESTS,
        grep: ['(path|re_path|url)\\('],
        extract: djangoUrl,
    },
    express: jsPreset,
    fastify: jsPreset,
    koa: jsPreset,
    nextjs: {
        kind: 'files',
        paths: ['app/**', 'src/app/**', 'pages/**', 'src/pages/**'],
        exclude: ['**/node_modules/**', '**/_*.*', '**/*.test.*', '**/*.spec.*'],
    },
};
const PAGE_FILE = /\.(?:js|jsx|ts|tsx|md|mdx)$/;
const METHODS_EXPORT = /export\s+(?:async\s+)?(?:function|const|let)\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/g;
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
/** HTTP methods an app-router `route.ts` exports. */
function exportedMethods(source) {
    return [...source.matchAll(METHODS_EXPORT)].map((m) => m[1]);
}

;// CONCATENATED MODULE: ./src/checks/routes/inventory.ts



/**
 * The comparable form of a path: parameters of every framework (`<int:id>`, `:id`, `{id}`,
 * `[id]`) become `{}`, so renaming a parameter is not a removed route; no trailing slash.
 */
function normalizePath(path) {
    let p = path.trim().replace(/[?#].*$/, '');
    if (!p.startsWith('/'))
        p = `/${p}`;
    p = p
        .replace(/<(?:[\w]+:)?\w+>/g, '{}')
        .replace(/\{[^}]*\}/g, '{}')
        .replace(/\[\[?\.\.\.\w+\]?\]/g, '{…}')
        .replace(/\[\w+\]/g, '{}')
        .replace(/:\w+\??/g, '{}')
        .replace(/\/{2,}/g, '/');
    return p.length > 1 ? p.replace(/\/$/, '') : p;
}
const routeKey = (r) => `${r.method.toUpperCase()} ${normalizePath(r.path)}`;
function joinPrefix(prefix, path) {
    if (!prefix)
        return path;
    return `${prefix.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
}
function staticPrefix(glob) {
    const i = glob.search(/[*?[{]/);
    const s = i === -1 ? glob : glob.slice(0, i);
    return s.slice(0, s.lastIndexOf('/') + 1);
}
/** Every route a revision declares, read with `git grep` / `git ls-tree`, no checkout. */
async function routesAt(change, rev, sources, signal) {
    const routes = new Map();
    const add = (raw, file, line, prefix) => {
        const r = {
            method: raw.method.toUpperCase(),
            path: joinPrefix(prefix, raw.path),
            file,
            ...(line ? { line } : {}),
        };
        const key = routeKey(r);
        if (!routes.has(key))
            routes.set(key, r);
    };
    for (const src of sources) {
        if (src.kind === 'lines') {
            const pathspecs = (0,pathspec/* globPathspecs */.c)(src.paths, src.exclude);
            // Prefixes routers declare in their own file; prefixes added where they are mounted are not followed.
            const routers = new Map();
            if (src.routers) {
                const { grep, read } = src.routers;
                await change.grep(rev, grep, pathspecs, (hit) => {
                    const r = read(hit.text);
                    if (r)
                        routers.set(`${hit.path}\0${r.owner}`, r.prefix);
                }, signal);
            }
            await change.grep(rev, src.grep, pathspecs, (hit) => {
                for (const raw of src.extract(hit.text)) {
                    const own = raw.owner ? routers.get(`${hit.path}\0${raw.owner}`) : undefined;
                    add(own ? { ...raw, path: joinPrefix(own, raw.path) } : raw, hit.path, hit.line, src.prefix);
                }
            }, signal);
            continue;
        }
        const files = await change.listFiles(rev, src.paths, signal);
        const skipped = src.exclude.length ? picomatch_default()(src.exclude, { dot: true }) : () => false;
        const roots = src.paths.map(staticPrefix);
        for (const file of files) {
            if (skipped(file))
                continue;
            const root = roots.filter((r) => file.startsWith(r)).sort((a, b) => b.length - a.length)[0];
            const found = root !== undefined ? nextRoute(root, file) : undefined;
            if (!found)
                continue;
            if (found.api === 'route') {
                const methods = exportedMethods((await change.read(rev, file, { signal })) ?? '');
                for (const method of methods.length ? methods : ['ANY'])
                    add({ method, path: found.path }, file, undefined, src.prefix);
            }
            else
                add({ method: found.api === 'pages-api' ? 'ANY' : 'GET', path: found.path }, file, undefined, src.prefix);
        }
    }
    return routes;
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
/** Routes matching a query; ANY on either side matches every method. */
function matching(routes, q) {
    const out = [];
    for (const r of routes) {
        const p = normalizePath(r.path);
        const pathOk = q.prefix
            ? p === q.path || p.startsWith(q.path === '/' ? '/' : `${q.path}/`)
            : p === q.path;
        const methodOk = !q.method || q.method === 'ANY' || r.method === 'ANY' || r.method === q.method;
        if (pathOk && methodOk)
            out.push(r);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/checks/routes/routes.ts







const routes_MAX_NOTICES = 50;
const presetEntry = schemas/* union */.KCZ([
    schemas/* enum */.k5n(PRESET_IDS),
    schemas/* strictObject */.rej({
        preset: schemas/* enum */.k5n(PRESET_IDS),
        paths: schemas/* array */.YOg(schemas/* string */.YjP().min(1))
            .optional()
            .describe('Globs of the files it reads (default: the preset’s own)'),
        exclude: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).optional(),
        prefix: schemas/* string */.YjP()
            .optional()
            .describe('URL prefix the routes are mounted under (blueprint, router prefix)'),
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
function sourcesOf(spec) {
    const out = [];
    for (const p of spec.presets) {
        const o = typeof p === 'string' ? { preset: p } : p;
        const base = PRESETS[o.preset];
        out.push({
            ...base,
            name: o.preset,
            paths: o.paths ?? base.paths,
            exclude: o.exclude ?? base.exclude,
            prefix: o.prefix ?? '',
        });
    }
    for (const c of spec.custom) {
        const re = new RegExp(c.pattern);
        out.push({
            kind: 'lines',
            name: 'custom',
            paths: c.paths,
            exclude: c.exclude,
            grep: [c.grep ?? ''],
            prefix: c.prefix,
            extract: (line) => {
                const m = re.exec(line);
                return m?.groups?.path ? [{ method: m.groups.method ?? c.method, path: m.groups.path }] : [];
            },
        });
    }
    return out;
}
const where = (r) => `${r.file}${r.line ? `:${r.line}` : ''}`;
/**
 * A route as findings and evidence show it: a token written into a path (a bot's webhook
 * route) is masked by its shape, since routes are read from all of the code, not only from the
 * lines the secrets check scanned.
 */
const shown = (r) => ({ ...r, path: (0,shapes/* maskKnownTokens */.C)(r.path) });
const routesCheck = (0,types/* defineCheck */.q)({
    type: 'routes',
    description: 'Routes extracted from the code at base and head: a missing critical route fails; a removed route warns',
    defaults: { category: 'ops', enforcement: 'scored' },
    fields: schemas/* object */.Ikc({
        presets: schemas/* array */.YOg(presetEntry)
            .default([])
            .describe(`Frameworks to read routes from: ${PRESET_IDS.join(', ')}`),
        custom: schemas/* array */.YOg(customEntry).default([]).describe('Extra route patterns'),
        critical: schemas/* array */.YOg(routeQuery)
            .default([])
            .describe('Routes that must exist at head: "GET /", "/health", "POST /cron/*"'),
        ignoreRemoved: schemas/* array */.YOg(routeQuery).default([]).describe('Routes whose removal is expected (no warning)'),
    }),
    async run(spec, ctx) {
        const sources = sourcesOf(spec);
        if (sources.length === 0)
            return {
                status: 'error',
                summary: 'nothing to read routes from: give presets (e.g. [flask]) or custom patterns',
            };
        const critical = spec.critical.map(parseQuery);
        const got = await (0,changeRange/* changeFor */.WK)(ctx);
        if (got.outcome) {
            // Without a base, removals cannot be told; missing critical routes at HEAD still can.
            if (!ctx.change || !critical.length)
                return got.outcome;
            const now = await routesAt(ctx.change, 'HEAD', sources, ctx.signal).catch(() => undefined);
            const missing = now ? critical.filter((q) => matching(now.values(), q).length === 0) : [];
            const findings = missing.map((q) => ({
                level: 'failure',
                message: `critical route missing at HEAD: ${q.text}`,
            }));
            return { ...got.outcome, findings };
        }
        const { change, range } = got;
        const [before, after] = await Promise.all([
            routesAt(change, range.base, sources, ctx.signal),
            routesAt(change, range.head, sources, ctx.signal),
        ]);
        await ctx.evidence.write('routes.json', {
            range: (0,changeRange/* rangeLabel */.QT)(range),
            base: [...before.values()].map(shown),
            head: [...after.values()].map(shown),
        });
        const findings = [];
        for (const q of critical) {
            if (matching(after.values(), q).length)
                continue;
            const was = matching(before.values(), q)[0];
            findings.push({
                level: 'failure',
                message: `critical route missing at head: ${q.text}${was ? ` (was ${was.method} ${shown(was).path} at ${where(was)} in base)` : ' (not in base either)'}`,
            });
        }
        const criticalMissing = findings.length;
        const ignored = spec.ignoreRemoved.map(parseQuery);
        const removed = [...before.values()].filter((r) => {
            const q = parseQuery(`${r.method === 'ANY' ? '' : r.method} ${r.path}`);
            return matching(after.values(), q).length === 0 && !ignored.some((i) => matching([r], i).length);
        });
        for (const r of removed)
            findings.push({
                level: 'warning',
                message: `route removed since base: ${r.method} ${shown(r).path} (was at ${where(r)})`,
            });
        const added = [...after.values()].filter((r) => !matching(before.values(), parseQuery(`${r.method === 'ANY' ? '' : r.method} ${r.path}`)).length);
        for (const r of added.slice(0, routes_MAX_NOTICES))
            findings.push({
                level: 'notice',
                message: `new route: ${r.method} ${shown(r).path}`,
                file: r.file,
                ...(r.line ? { line: r.line } : {}),
            });
        const metrics = {
            ...(0,changeRange/* rangeMetrics */.lB)(range),
            routesBase: before.size,
            routesHead: after.size,
            added: added.length,
            removed: removed.length,
            critical: critical.length,
            criticalMissing,
        };
        const counts = `${after.size} route(s) at head, ${before.size} at base: ${added.length} added, ${removed.length} removed`;
        if (after.size === 0 && before.size === 0)
            return {
                status: 'error',
                summary: `no routes found at base or head with ${sources.map((s) => s.name).join(', ')} — check the presets and paths`,
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
        if (removed.length)
            return { status: 'warn', summary: `${counts}${crit}`, findings, metrics };
        return { status: 'pass', summary: `${counts}${crit}`, findings, metrics };
    },
});

;// CONCATENATED MODULE: ./src/checks/secrets/baseline.ts

/** Far more than any reviewed list of findings. */
const MAX_BASELINE_BYTES = 8 * 1024 * 1024;
/**
 * A baseline is a reviewed list of accepted findings — secrets already rotated, or known not to
 * be live — one fingerprint per line, then anything (rule, file, who accepted it and why):
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

// EXTERNAL MODULE: ./src/checks/secrets/rules.ts
var secrets_rules = __webpack_require__(31332);
// EXTERNAL MODULE: ./src/checks/secrets/scanner.ts + 1 modules
var secrets_scanner = __webpack_require__(16147);
;// CONCATENATED MODULE: ./src/checks/secrets/secrets.ts









/** Findings kept in report.json; every one is in the evidence file. */
const MAX_FINDINGS = 200;
/** Hits kept in memory; beyond it they are only counted. */
const MAX_HITS = 20_000;
const RULE_IDS = [...new Set(secrets_rules/* RULES */.y.map((r) => r.id))];
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
function compileCustom(r) {
    return {
        id: r.id,
        title: r.title ?? r.id,
        keywords: r.keywords?.map((k) => k.toLowerCase()) ?? [''],
        pattern: new RegExp(r.pattern, 'g'),
        ...(r.entropy !== undefined ? { entropy: r.entropy } : {}),
        ...(r.level ? { level: r.level } : {}),
    };
}
function finding(hit, acceptedBy) {
    return {
        level: acceptedBy ? 'notice' : hit.level,
        message: `${hit.title}: ${hit.redacted}${acceptedBy ? ` — accepted (${acceptedBy})` : ''}`,
        file: hit.file,
        line: hit.line,
        fingerprint: hit.fingerprint,
    };
}
const secretsCheck = (0,types/* defineCheck */.q)({
    type: 'secrets',
    description: 'No secret (cloud keys, tokens, private keys, passwords…) in the lines added between base and head; findings are redacted',
    defaults: { category: 'safety', enforcement: 'hard' },
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
            .describe(`Built-in rules to turn off: ${RULE_IDS.join(', ')}`),
        rules: schemas/* array */.YOg(customRule).default([]).describe('Extra rules'),
    }),
    async run(spec, ctx) {
        const got = await (0,changeRange/* changeFor */.WK)(ctx);
        if (got.outcome)
            return got.outcome;
        const { change, range } = got;
        let baseline = new Set();
        if (spec.baseline) {
            try {
                baseline = await readBaseline(ctx.cwd, spec.baseline);
            }
            catch (err) {
                return { status: 'error', summary: err.message };
            }
        }
        const rules = [
            ...secrets_rules/* RULES */.y.filter((r) => !spec.disableRules.includes(r.id)),
            ...spec.rules.map(compileCustom),
        ];
        const allowFile = spec.allowPaths.length ? picomatch_default()(spec.allowPaths, { dot: true }) : () => false;
        const hits = [];
        let total = 0;
        const scanner = new secrets_scanner/* SecretScanner */.Jq({
            rules,
            minEntropy: spec.minEntropy,
            allowPatterns: spec.allowPatterns.map((p) => new RegExp(p)),
            inlineMarkers: spec.inlineMarkers,
        }, (hit) => {
            // Registered at once, a key's body whole (each of its lines is masked on its own too);
            // outputs are redacted when the bundle is sealed, so what other checks wrote before is
            // masked as well.
            ctx.secret(hit.secret);
            if (hit.lines)
                ctx.secret(hit.lines.join('\n'));
            total++;
            if (hits.length < MAX_HITS)
                hits.push(hit);
        });
        const skippedFiles = [];
        const stats = await change.scan({
            file(h) {
                scanner.flush();
                if (h.path && allowFile(h.path)) {
                    skippedFiles.push(h.path);
                    return false;
                }
                return true;
            },
            added: (file, line, text, piece) => scanner.line(file, line, text, piece),
        }, {
            paths: spec.paths.length || spec.exclude.length ? (0,pathspec/* globPathspecs */.c)(spec.paths, spec.exclude) : undefined,
            signal: ctx.signal,
        });
        scanner.flush();
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
            rules: rules.length,
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
    description: 'A number (lint violations, bundle size, test time…) compared with the average of the last runs: stable passes, growth warns, a spike fails',
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
                summary: `${name} ${(0,criteria/* fmt */.Sc)(value)}: no history store, so no trend (set --history or the history input)`,
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
            const shown = Number.isFinite(percent) ? `${(0,criteria/* fmt */.Sc)(percent)}%` : 'from 0';
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
                    message: `${name} spiked: ${(0,criteria/* fmt */.Sc)(value)} vs ${against}, ${shown} worse (fails above ${spec.failAbove}%)`,
                };
            return {
                status: 'warn',
                score: 3,
                changePercent,
                message: `${name} ${grew}: ${(0,criteria/* fmt */.Sc)(value)} vs ${against}, ${shown} worse (warns above ${spec.warnAbove}%)`,
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
















/** Every check type, one line each. The config schema is built from this table. */
const CHECK_TYPES = [
    filesCheck,
    envCheck,
    gitCheck,
    command/* commandCheck */.Q,
    httpCheck,
    authCheck,
    performanceCheck,
    freshnessCheck,
    evidenceCheck,
    benchmarkCheck,
    trendCheck,
    secretsCheck,
    dependenciesCheck,
    migrations/* migrationsCheck */.e,
    routesCheck,
    integrityCheck,
];
function checkType(type) {
    return CHECK_TYPES.find((t) => t.type === type);
}


/***/ }),

/***/ 31332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ RULES)
/* harmony export */ });
/* unused harmony export SECRET_NAME */
const B = '(?<![A-Za-z0-9_])'; // no word character before
const E = '(?![A-Za-z0-9_])'; // none after
function rule(r) {
    const { flags, pattern, ...rest } = r;
    return { ...rest, pattern: new RegExp(pattern, `g${flags ?? ''}`) };
}
const github = (id, prefix, title) => rule({ id, title, keywords: [`${prefix}_`], pattern: `${B}(?<secret>${prefix}_[A-Za-z0-9]{36,251})${E}` });
const isJwt = (s) => {
    try {
        const header = JSON.parse(Buffer.from(s.split('.')[0], 'base64url').toString('utf8'));
        return typeof header === 'object' && header !== null && ('alg' in header || 'typ' in header);
    }
    catch {
        return false;
    }
};
/** Names whose assigned value is a credential; the name must end with one of them. */
const SECRET_NAME = /(?:password|passwd|passphrase|pwd|secret|secret[_-]?key(?:[_-]?base)?|token|api[_-]?key|apikey|access[_-]?key|auth[_-]?key|private[_-]?key|client[_-]?secret|credentials?)$/i;
/** Every ending of SECRET_NAME; a generic rule runs only where one is followed by an assignment. */
const GENERIC_KEYWORDS = [
    'password',
    'passwd',
    'passphrase',
    'pwd',
    'secret',
    'token',
    'key',
    'key_base',
    'keybase',
    'credential',
    'credentials',
];
const ASSIGNMENT = /["']?\s*(?:=|:=|:|=>|\?\?=)/y;
const RULES = [
    rule({
        id: 'aws-access-key-id',
        title: 'AWS access key ID',
        keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
        pattern: `\\b(?<secret>(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\\b`,
    }),
    rule({
        id: 'aws-secret-access-key',
        title: 'AWS secret access key',
        keywords: ['aws', 'amazon'],
        pattern: `(?:aws|amazon)[\\w.-]{0,20}?(?:secret|private)[\\w.-]{0,20}?['"]?\\s*(?:[:=]|:=|=>)\\s*['"]?(?<secret>[A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])`,
        flags: 'i',
        entropy: 3.5,
    }),
    rule({
        id: 'gcp-api-key',
        title: 'Google Cloud API key',
        keywords: ['aiza'],
        pattern: `${B}(?<secret>AIza[0-9A-Za-z_-]{35})${E}`,
    }),
    rule({
        id: 'gcp-service-account-key',
        title: 'Google Cloud service-account key id',
        keywords: ['private_key_id'],
        pattern: `"private_key_id"\\s*:\\s*"(?<secret>[a-f0-9]{40})"`,
    }),
    rule({
        id: 'gcp-oauth-client-secret',
        title: 'Google OAuth client secret',
        keywords: ['gocspx-'],
        pattern: `${B}(?<secret>GOCSPX-[A-Za-z0-9_-]{28})${E}`,
    }),
    rule({
        id: 'azure-storage-key',
        title: 'Azure storage account key',
        keywords: ['accountkey'],
        pattern: `AccountKey\\s*=\\s*(?<secret>[A-Za-z0-9+/]{86}==)`,
        flags: 'i',
    }),
    rule({
        id: 'azure-shared-access-key',
        title: 'Azure shared access key (Service Bus, Event Hubs, IoT Hub)',
        keywords: ['sharedaccesskey'],
        pattern: `SharedAccessKey\\s*=\\s*(?<secret>[A-Za-z0-9+/]{42,44}=)`,
        flags: 'i',
    }),
    rule({
        id: 'azure-ad-client-secret',
        title: 'Azure AD (Entra ID) client secret',
        keywords: ['q~'],
        pattern: `(?<![A-Za-z0-9_~.-])(?<secret>[A-Za-z0-9_~.]{3}\\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])`,
    }),
    rule({
        id: 'azure-sas-token',
        title: 'Azure shared access signature',
        keywords: ['sig='],
        pattern: `[?&;]sig=(?<secret>[A-Za-z0-9%+/]{43,}(?:%3D|=){0,2})`,
        accept: (_s, line) => /[?&;]sv=\d{4}-\d\d-\d\d/.test(line),
    }),
    github('github-pat', 'ghp', 'GitHub personal access token'),
    github('github-oauth-token', 'gho', 'GitHub OAuth access token'),
    github('github-user-token', 'ghu', 'GitHub user-to-server token'),
    github('github-app-token', 'ghs', 'GitHub app installation token'),
    github('github-refresh-token', 'ghr', 'GitHub refresh token'),
    rule({
        id: 'github-fine-grained-pat',
        title: 'GitHub fine-grained personal access token',
        keywords: ['github_pat_'],
        pattern: `${B}(?<secret>github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})${E}`,
    }),
    rule({
        id: 'slack-token',
        title: 'Slack token',
        keywords: ['xox', 'xapp-'],
        pattern: `${B}(?<secret>(?:xox[abceoprs]|xapp)-(?:\\d-)?(?:[A-Za-z0-9]{1,40}-)+[A-Za-z0-9]{1,40})${E}`,
        accept: (s) => s.length >= 24,
    }),
    rule({
        id: 'slack-webhook',
        title: 'Slack incoming webhook URL',
        keywords: ['hooks.slack.com'],
        pattern: `https://hooks\\.slack\\.com/(?:services|workflows|triggers)/(?<secret>[A-Za-z0-9+/_-]{20,120})`,
    }),
    rule({
        id: 'stripe-live-key',
        title: 'Stripe live secret key',
        keywords: ['sk_live_', 'rk_live_'],
        pattern: `${B}(?<secret>[sr]k_live_[A-Za-z0-9]{20,247})${E}`,
    }),
    rule({
        id: 'stripe-test-key',
        title: 'Stripe test-mode secret key',
        keywords: ['sk_test_', 'rk_test_'],
        pattern: `${B}(?<secret>[sr]k_test_[A-Za-z0-9]{20,247})${E}`,
        level: 'warning',
    }),
    rule({
        id: 'stripe-webhook-secret',
        title: 'Stripe webhook signing secret',
        keywords: ['whsec_'],
        pattern: `${B}(?<secret>whsec_[A-Za-z0-9+/=]{32,})${E}`,
    }),
    rule({
        id: 'npm-token',
        title: 'npm access token',
        keywords: ['npm_'],
        pattern: `${B}(?<secret>npm_[A-Za-z0-9]{36})${E}`,
    }),
    rule({
        id: 'npmrc-auth-token',
        title: 'npm registry auth token in .npmrc',
        keywords: ['_authtoken', '_auth='],
        pattern: `:_auth(?:Token)?\\s*=\\s*(?<secret>[^\\s$'"{][^\\s'"]{7,})`,
    }),
    rule({
        id: 'openai-api-key',
        title: 'OpenAI API key',
        keywords: ['sk-'],
        pattern: `${B}(?<secret>sk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}))(?![A-Za-z0-9_-])`,
    }),
    rule({
        id: 'anthropic-api-key',
        title: 'Anthropic API key',
        keywords: ['sk-ant-'],
        pattern: `${B}(?<secret>sk-ant-(?:api|admin|sid)\\d{2}-[A-Za-z0-9_-]{32,})(?![A-Za-z0-9_-])`,
    }),
    rule({
        id: 'private-key',
        title: 'Private key',
        keywords: ['private key'],
        // One-line forms (JSON, escaped "\n"): the marker followed by key material on the same line.
        pattern: `-----BEGIN[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----(?:\\\\r)?(?:\\\\n|\\s)+(?<secret>[A-Za-z0-9+/=]{40,})`,
    }),
    rule({
        id: 'jwt',
        title: 'JSON Web Token',
        keywords: ['eyj'],
        pattern: `${B}(?<secret>eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,})(?![A-Za-z0-9_-])`,
        accept: (s) => isJwt(s),
    }),
    rule({
        id: 'connection-string-password',
        title: 'Connection string with a password',
        keywords: ['://'],
        pattern: `\\b(?:postgres(?:ql)?|mysql|mysqlx|mariadb|mongodb(?:\\+srv)?|rediss?|amqps?|mssql|sqlserver|oracle|cockroachdb|clickhouse|jdbc:[a-z]+|s?ftp|smtps?|ldaps?|https?)://[^\\s:@/'"\`]{1,128}:(?<secret>[^\\s@/'"\`]{3,256})@[^\\s'"\`]+`,
        flags: 'i',
        generic: true,
    }),
    rule({
        id: 'connection-string-password',
        title: 'Connection string with a password',
        keywords: ['password=', 'pwd='],
        pattern: `(?:^|[;"'\\s])(?:password|pwd)\\s*=\\s*(?<secret>[^;'"\\s]{4,})\\s*(?:;|$|['"])`,
        flags: 'i',
        generic: true,
        accept: (_s, line) => /(?:server|data source|host|user id|uid)\s*=/i.test(line),
    }),
    rule({
        id: 'generic-secret-assignment',
        title: 'Secret assigned in code or config',
        keywords: GENERIC_KEYWORDS,
        after: ASSIGNMENT,
        // name = "value" / name: 'value' / "name": "value" / name := `value` / name => "value"
        pattern: `(?<name>[A-Za-z0-9_.-]{2,64})['"]?\\s*(?:=|:=|:|=>|\\?\\?=)\\s*(?:[A-Za-z]+\\()?(?<q>["'\`])(?<secret>[^"'\`\\s]{8,200})\\k<q>`,
        entropy: 3.0,
        generic: true,
        name: SECRET_NAME,
    }),
    rule({
        id: 'generic-secret-assignment',
        title: 'Secret assigned in code or config',
        keywords: GENERIC_KEYWORDS,
        after: ASSIGNMENT,
        // Unquoted values of .env, YAML, INI and properties files: NAME=value, name: value, also as a
        // list item (docker-compose `- DB_PASSWORD=…`) or commented out (still in the history).
        pattern: `^\\s*(?:(?:-|#|//|;)\\s*)?(?:export\\s+)?(?<name>[A-Za-z0-9_.-]{2,64})\\s*[:=]\\s*(?<secret>[^\\s'"#;,\`{}()[\\]]{8,200})\\s*(?:#.*)?$`,
        entropy: 3.0,
        generic: true,
        name: SECRET_NAME,
    }),
];


/***/ }),

/***/ 16147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Jq: () => (/* binding */ SecretScanner)
});

// UNUSED EXPORTS: redactSecret, secretFingerprint, shannonEntropy

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/core/redact.ts + 2 modules
var redact = __webpack_require__(13706);
;// CONCATENATED MODULE: ./src/checks/secrets/keywordMatcher.ts
/**
 * Finds many ASCII keywords in a line at once, ignoring case: an Aho–Corasick automaton compiled
 * to a dense transition table. One table lookup per character; measured about 5× faster than a
 * case-insensitive regex alternation of the same keywords, which is what lets the secret scan
 * keep pace with `git diff` on large diffs.
 */
class KeywordMatcher {
    words;
    classes = new Uint8Array(128);
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
}

;// CONCATENATED MODULE: ./src/checks/secrets/scanner.ts



/** Words that make a value a stand-in rather than a credential, for every rule. */
const PLACEHOLDER = /example|sample|dummy|placeholder|change_?(?:me|this|it)\b|replace|your[_-]|yourkey|insert|redacted|fake|xxxx|\*\*\*|\.\.\.|<[^>]*>|\$\{|\{\{|%\(|%s|process\.env|os\.environ|getenv|env\(|\bsecrets\.|vault:/i;
/** For generic assignments also words that show up in fixtures and docs. */
const GENERIC_DECOY = /test|passw|secret|token|demo|mock|null|none|undefined|true|false|admin|default|local/i;
/** A name, a path, a URL or a reference rather than a value. */
const NOT_A_VALUE = /^(?:[a-z]+(?:[_-][a-z0-9]+)+|[A-Z]+(?:_[A-Z0-9]+)+|[a-z]{2,12}(?:[A-Z][a-z]{2,12}){1,3}|[$@%&].*|\.{0,2}\/.*|~\/.*|[A-Za-z]:\\.*|https?:\/\/[^@]*|file:.*|[\w-]+(?:\.[\w-]+)+\(.*)$/;
/** jwt.io's example token, the most copied JWT there is. */
const KNOWN_EXAMPLES = ['SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'];
const KEY_BEGIN = /^\s*["'`]?-----BEGIN[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----["'`,]?\s*$/;
const KEY_BODY = /^\s*["'`]?([A-Za-z0-9+/=]{40,})/;
/** The lines after the first, up to the END marker (the last one is often short). */
const KEY_MORE = /^\s*["'`]?([A-Za-z0-9+/=]+)["'`,]?\s*$/;
const KEY_HEADER = /^\s*(?:Proc-Type|DEK-Info|Comment):|^\s*$/;
/** A key body is a few dozen lines; past this it is not one. */
const MAX_KEY_LINES = 200;
const KEY_PIECE = /^[A-Za-z0-9+/=]+$/;
function shannonEntropy(s) {
    const counts = new Map();
    for (const c of s)
        counts.set(c, (counts.get(c) ?? 0) + 1);
    let h = 0;
    for (const n of counts.values()) {
        const p = n / s.length;
        h -= p * Math.log2(p);
    }
    return h;
}
/** Runs like `123456`, `abcdef`, `xxxxxx`: typed by a person, not generated. */
function hasTypedRun(s, min = 6) {
    let up = 1;
    let same = 1;
    for (let i = 1; i < s.length; i++) {
        const d = s.charCodeAt(i) - s.charCodeAt(i - 1);
        up = d === 1 ? up + 1 : 1;
        same = d === 0 ? same + 1 : 1;
        if (up >= min || same >= min)
            return true;
    }
    return false;
}
function charClasses(s) {
    return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(s)).length;
}
/**
 * How a finding is shown: never more than 4 + 2 characters (mostly a token's public prefix),
 * and nothing at all of short values or of passwords, where every character counts.
 */
function redactSecret(value, password = false) {
    return password || value.length < 16 ? `*** (${value.length} chars)` : (0,redact/* maskValue */.QS)(value);
}
/** Stable across line moves, so a reviewed baseline survives unrelated edits. */
function secretFingerprint(rule, file, secret) {
    return (0,external_node_crypto_.createHash)('sha256').update(`${rule}\0${file}\0${secret}`).digest('hex').slice(0, 24);
}
/**
 * The body of a key written on one line (`\\n` escapes, as in JSON): the first piece, then the
 * pieces up to the END marker; without one, only pieces long enough to be key material.
 */
function escapedKeyLines(first, rest) {
    const end = rest.indexOf('-----END');
    const lines = [first];
    for (const piece of (end >= 0 ? rest.slice(0, end) : rest).split(/\\r|\\n|\s+/)) {
        if (!piece)
            continue;
        if (!KEY_PIECE.test(piece) || (end < 0 && piece.length < 16) || lines.length >= MAX_KEY_LINES)
            break;
        lines.push(piece);
    }
    return lines;
}
/**
 * Scans added lines, one at a time, as the diff streams by. A line is matched against rule
 * regexes only when it holds one of their keywords — found for all rules at once by one pass of
 * a keyword automaton — which is what keeps the scan close to the speed of `git diff` itself.
 */
class SecretScanner {
    opts;
    onHit;
    matcher;
    /** Rules to try for each keyword of the matcher. */
    byKeyword;
    /** Rules without keywords: tried on every line. */
    always;
    beginKeyword;
    candidate;
    pendingKey;
    lineKey = '';
    lineSeen = new Set();
    constructor(opts, onHit) {
        this.opts = opts;
        this.onHit = onHit;
        const words = [...new Set(opts.rules.flatMap((r) => r.keywords).filter(Boolean)), '-----begin'];
        this.matcher = new KeywordMatcher(words);
        this.byKeyword = words.map(() => []);
        this.always = [];
        opts.rules.forEach((r, ri) => {
            const ks = r.keywords.filter(Boolean);
            if (ks.length === 0)
                this.always.push(ri);
            for (const k of ks)
                this.byKeyword[words.indexOf(k)].push(ri);
        });
        this.beginKeyword = words.length - 1;
        this.candidate = new Uint8Array(opts.rules.length);
    }
    line(file, line, text, piece) {
        if (this.pendingKey)
            this.keyBody(file, line, text);
        const pairs = this.matcher.find(text);
        if (pairs === 0 && this.always.length === 0)
            return;
        const { found } = this.matcher;
        const rules = this.opts.rules;
        const candidate = this.candidate;
        candidate.fill(0);
        for (const ri of this.always)
            candidate[ri] = 1;
        let begin = false;
        for (let i = 0; i < found.length; i += 2) {
            const w = found[i];
            if (w === this.beginKeyword)
                begin = true;
            for (const ri of this.byKeyword[w]) {
                if (candidate[ri])
                    continue;
                const after = rules[ri].after;
                if (after) {
                    after.lastIndex = found[i + 1];
                    if (!after.test(text))
                        continue;
                }
                candidate[ri] = 1;
            }
        }
        const marker = this.opts.inlineMarkers?.some((m) => text.includes(m)) ?? false;
        if (begin && piece === 0 && KEY_BEGIN.test(text)) {
            this.pendingKey = { file, line, next: line + 1, allowed: marker };
            return;
        }
        const spans = [];
        for (let ri = 0; ri < rules.length; ri++) {
            if (!candidate[ri])
                continue;
            const rule = rules[ri];
            rule.pattern.lastIndex = 0;
            for (const m of text.matchAll(rule.pattern)) {
                const secret = m.groups?.secret ?? m[0];
                const start = (m.index ?? 0) + m[0].lastIndexOf(secret);
                const end = start + secret.length;
                if (spans.some(([s, e]) => start < e && end > s))
                    continue;
                if (rule.name && !rule.name.test(m.groups?.name ?? ''))
                    continue;
                if (!this.plausible(rule, secret, text))
                    continue;
                spans.push([start, end]);
                const lines = rule.id === 'private-key' ? escapedKeyLines(secret, text.slice(end)) : undefined;
                this.emit(rule.id, rule.title, rule.level ?? 'failure', file, line, secret, marker, rule.generic, lines);
            }
        }
    }
    /** Call at the end of each file and of the scan (a key block may end the diff). */
    flush() {
        this.endKey();
    }
    /** Reported once its body has ended, so that every line of it is known. */
    endKey() {
        const p = this.pendingKey;
        this.pendingKey = undefined;
        if (p?.body)
            this.emit('private-key', 'Private key', 'failure', p.file, p.line, p.body[0], p.allowed, false, p.body);
    }
    keyBody(file, line, text) {
        const p = this.pendingKey;
        if (p.file !== file || line !== p.next)
            return this.endKey();
        if (p.body) {
            const more = KEY_MORE.exec(text);
            if (!more || p.body.length >= MAX_KEY_LINES)
                return this.endKey();
            p.body.push(more[1]);
            p.next = line + 1;
            return;
        }
        if (line - p.line > 4) {
            this.pendingKey = undefined;
            return;
        }
        const body = KEY_BODY.exec(text);
        if (body) {
            if (PLACEHOLDER.test(body[1]) || hasTypedRun(body[1], 10))
                this.pendingKey = undefined;
            else {
                p.body = [body[1]];
                p.next = line + 1;
            }
        }
        else if (KEY_HEADER.test(text))
            p.next = line + 1;
        else
            this.pendingKey = undefined;
    }
    plausible(rule, secret, line) {
        if (PLACEHOLDER.test(secret) || hasTypedRun(secret) || KNOWN_EXAMPLES.some((k) => secret.includes(k)))
            return false;
        if (rule.accept && !rule.accept(secret, line))
            return false;
        const floor = rule.generic && rule.entropy !== undefined ? (this.opts.minEntropy ?? rule.entropy) : rule.entropy;
        if (floor !== undefined && shannonEntropy(secret) < floor)
            return false;
        if (rule.generic) {
            // People type `abcd1234`; a generated value has no run of four.
            if (GENERIC_DECOY.test(secret) || NOT_A_VALUE.test(secret) || hasTypedRun(secret, 4))
                return false;
            if (charClasses(secret) < 2 && secret.length < 20)
                return false;
        }
        return true;
    }
    emit(rule, title, level, file, line, secret, marker, password = false, lines) {
        const fingerprint = secretFingerprint(rule, file, secret);
        // Pieces of one long line overlap: report each value once per line.
        const key = `${file}\0${line}`;
        if (key !== this.lineKey) {
            this.lineKey = key;
            this.lineSeen.clear();
        }
        if (this.lineSeen.has(fingerprint))
            return;
        this.lineSeen.add(fingerprint);
        const allowedBy = marker
            ? 'inline marker'
            : this.opts.allowPatterns?.some((r) => r.test(secret))
                ? 'allow pattern'
                : undefined;
        this.onHit({
            rule,
            title,
            level,
            file,
            line,
            secret,
            ...(lines && lines.length > 1 ? { lines } : {}),
            redacted: redactSecret(secret, password),
            fingerprint,
            ...(allowedBy ? { allowedBy } : {}),
        });
    }
}


/***/ }),

/***/ 46445:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ maskKnownTokens),
/* harmony export */   k: () => (/* binding */ knownTokenSpans)
/* harmony export */ });
/* harmony import */ var _core_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13706);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31332);
/* harmony import */ var _scanner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16147);



/**
 * The secret rule set turned on outputs: spans of text that hold a token of a known kind
 * (GitHub, Slack, cloud keys, private keys…), so a token is masked wherever it shows up — in a
 * route path, a dependency URL, a response body — even when the secrets check never saw it
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
/** Spans of `text` that hold a token of a shape the secret rules know. */
function knownTokenSpans(text) {
    const out = [];
    if (text.length < 8)
        return out;
    if (text.includes('PRIVATE KEY'))
        keySpans(text, out);
    scanner ??= new _scanner_js__WEBPACK_IMPORTED_MODULE_2__/* .SecretScanner */ .Jq({ rules: _rules_js__WEBPACK_IMPORTED_MODULE_1__/* .RULES */ .y }, (hit) => void found.push(hit.secret));
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
/* harmony import */ var _checks_command_command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88774);
/* harmony import */ var _checks_fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23128);
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98571);




/**
 * `environments:` — how each environment is deployed, verified, rolled back and watched after a
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
 * Each `${{ … }}` of a string, found with index searches: once a `${{` has no `}}` after it, no
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
                    message: `${r.text} refers to an undefined var "${r.name}" (vars: ${varNames.slice(0, 20).join(', ') || 'none'}${varNames.length > 20 ? ', …' : ''})`,
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
    /** Returns the value with every expression replaced, and the problems found (unset inputs…). */
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
                message: `vars refer to each other in a cycle: ${[...stack, r.name].join(' → ')}`,
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


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Bi: () => (/* reexport */ types/* DEFAULT_CONFIG_PATH */.Bi),
  o3: () => (/* binding */ IssueList),
  HT: () => (/* binding */ loadConfigFile),
  o4: () => (/* binding */ parseConfig)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/checks/registry.ts + 31 modules
var registry = __webpack_require__(2636);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
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
    const lexical = mayNestDeep(text) ? lexicalProblem(text) : undefined;
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
const OPEN_BRACKET = 0x5b;
const OPEN_BRACE = 0x7b;
const NEWLINE = 0x0a;
const DASH = 0x2d;
const QUESTION = 0x3f;
const COLON = 0x3a;
/**
 * Whether the text could nest past the limit where indentation does not show it, or hold more
 * values than the limit: a quick scan of characters decides whether the lexer needs to look.
 */
function mayNestDeep(text) {
    if (text.length > 64 * 1024)
        return true;
    let brackets = 0;
    let onLine = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === OPEN_BRACKET || c === OPEN_BRACE) {
            if (++brackets > YAML_LIMITS.depth)
                return true;
        }
        else if (c === NEWLINE)
            onLine = 0;
        else if ((c === DASH || c === QUESTION || c === COLON) && ++onLine > 2 * YAML_LIMITS.depth)
            return true;
    }
    return false;
}
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
 * `${{ … }}` where nothing interpolates it would be taken literally (a waiver for a check named
 * "${{ inputs.x }}", a profile list entry…): said plainly instead.
 */
function misplacedExpressions(config) {
    const issues = [];
    const literal = (value, path) => {
        for (const s of (0,interpolate/* strings */.P$)(value, path))
            if ((0,fields/* hasExpression */.xS)(s.text))
                issues.push({
                    path: s.path,
                    message: '${{ … }} is not expanded here: only vars, defaults, checks and profile overrides are interpolated',
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
        const more = this.more > 0 ? [{ file: this.source.file, message: `… and ${this.more} more problem(s)` }] : [];
        throw new errors/* ConfigError */.xL([...this.items, ...more]);
    }
}
/** Reads and validates a config file; `displayName` is how messages name it (e.g. relative to cwd). */
async function loadConfigFile(file, displayName = file) {
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
                    ? `config file not found (pass --config, or create ${types/* DEFAULT_CONFIG_PATH */.Bi})`
                    : `cannot read config file: ${err.message}`,
            },
        ]);
    }
    return parseConfig(displayName, text);
}
/** Parses and validates the whole file; every problem is reported at once. */
function parseConfig(file, text) {
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
        issues.add(['checks'], 'checks must be a mapping of check id → check');
    const checks = (checksAreMap ? obj.checks : {});
    const top = schema/* configSchema */.Qn.safeParse({ ...obj, checks: {} }, { reportInput: true });
    if (!top.success) {
        for (const iss of top.error.issues) {
            const path = iss.path;
            if (iss.code === 'unrecognized_keys') {
                for (const k of iss.keys)
                    issues.add([...path, k], `unknown key "${k}"${path.length === 0 ? (0,core_text/* didYouMean */.au)(k, Object.keys(schema/* configSchema */.Qn.shape)) : ''}`, true);
            }
            else
                issues.add(path, (0,resolve/* describeZodIssue */.Kg)(iss));
        }
    }
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
    // Cross-references are checked even when some checks are invalid, so one run shows everything.
    if (top.success)
        semanticIssues({ ...top.data, checks: checks }, issues, invalid);
    issues.throwIfAny();
    return { source, config: asData({ ...top.data, checks: checks }) };
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
function semanticIssues(config, issues, invalid) {
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
    const categories = categoriesFor(config);
    for (const [id, c] of Object.entries(config.checks)) {
        // An invalid check (no body, a category that is no string) has been reported already.
        if (invalid.has(id))
            continue;
        const cat = c.category;
        if (typeof cat === 'string' && !categories.has(cat)) {
            issues.add(['checks', id, 'category'], () => `unknown category "${cat}"${(0,core_text/* didYouMean */.au)(cat, [...categories])}; add it to decision.categories with a weight`);
        }
    }
    const varNames = Object.keys(config.vars ?? {});
    for (const i of (0,interpolate/* expressionIssues */.jG)(config.vars ?? {}, varNames, ['vars']))
        issues.add(i.path, i.message);
    for (const i of (0,interpolate/* expressionIssues */.jG)(config.checks, varNames, ['checks']))
        issues.add(i.path, i.message);
    for (const i of (0,interpolate/* expressionIssues */.jG)(config.profiles, varNames, ['profiles']))
        issues.add(i.path, i.message);
    for (const i of (0,interpolate/* expressionIssues */.jG)(config.defaults ?? {}, varNames, ['defaults']))
        issues.add(i.path, i.message);
    for (const i of misplacedExpressions(config))
        issues.add(i.path, i.message);
    for (const i of shellIssues(config, invalid))
        issues.add(i.path, i.message);
    for (const i of environmentIssues(config))
        issues.add(i.path, i.message);
    for (const i of notifyIssues(config))
        issues.add(i.path, i.message);
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
 * `notify:` — webhooks told when a watched gate turns, and `decision.hotfixDeadline`. This file
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
 * `constructor`, `toString` or `hasOwnProperty` must find what the config holds, or nothing —
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

/***/ 93465:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Vb: () => (/* reexport */ checkEveryProfile),
  H1: () => (/* binding */ decisionPolicy),
  ft: () => (/* binding */ planGate)
});

// EXTERNAL MODULE: ./src/checks/registry.ts + 31 modules
var registry = __webpack_require__(2636);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(98571);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
// EXTERNAL MODULE: ./src/checks/fields.ts
var fields = __webpack_require__(23128);
// EXTERNAL MODULE: ./src/config/resolve.ts
var resolve = __webpack_require__(68270);
// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(90131);
// EXTERNAL MODULE: ./src/config/types.ts
var types = __webpack_require__(22143);
;// CONCATENATED MODULE: ./src/config/defaults.ts




/**
 * `defaults:`, interpolated and validated again like a check's fields: `${{ inputs.X }}` works
 * there too, and an unset one is reported at its line.
 */
function planDefaults(config, interp, issues) {
    let d = config.defaults ?? {};
    const { value, issues: found } = interp.interpolate(d, ['defaults']);
    for (const i of found)
        issues.add(i.path, i.message);
    if (found.length === 0) {
        const parsed = schema/* defaultsSchema */.ms.safeParse(value, { reportInput: true });
        if (parsed.success)
            d = parsed.data;
        else
            for (const iss of parsed.error.issues)
                issues.add(['defaults', ...iss.path], `${(0,resolve/* describeZodIssue */.Kg)(iss)} (after interpolation)`);
    }
    const ms = (v, fallback) => v === undefined ? fallback : ((0,duration/* parseDuration */.E9)(v) ?? fallback);
    return {
        timeoutMs: ms(d.timeout, types/* DEFAULT_TIMEOUT_MS */.t1),
        gateTimeoutMs: ms(d.gateTimeout, types/* DEFAULT_GATE_TIMEOUT_MS */.Fu),
        concurrency: d.concurrency ?? types/* DEFAULT_CONCURRENCY */.WH,
        ...(d.base !== undefined ? { base: d.base } : {}),
    };
}

// EXTERNAL MODULE: ./src/config/interpolate.ts
var interpolate = __webpack_require__(72757);
// EXTERNAL MODULE: ./src/config/notify.ts
var notify = __webpack_require__(67649);
// EXTERNAL MODULE: ./src/config/load.ts + 5 modules
var load = __webpack_require__(85853);
// EXTERNAL MODULE: ./src/config/own.ts
var own = __webpack_require__(94842);
;// CONCATENATED MODULE: ./src/config/profiles.ts



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
 */
function checkEveryProfile(loaded) {
    const { config } = loaded;
    const issues = new load/* IssueList */.o3(loaded.source);
    // A check's own fields are validated once; only overridden ones differ from profile to profile.
    const plain = new Map();
    const valueOf = (check) => {
        if (check.overrideSources.length > 0)
            return (0,resolve/* validateCheck */.LB)(check).value;
        if (!plain.has(check.id))
            plain.set(check.id, (0,resolve/* validateCheck */.LB)(check).value);
        return plain.get(check.id);
    };
    profiles: for (const name of Object.keys(config.profiles)) {
        const resolved = (0,resolve/* resolveProfile */.mC)(config, name);
        const checks = [];
        for (const check of resolved.checks) {
            const value = valueOf(check);
            const type = registry/* CHECK_TYPES */.T.find((t) => t.type === value?.type);
            if (!value || !type)
                continue profiles; // reported by the parse already
            const enforcement = enforcementOf(value, type, resolved);
            if (COUNTING.has(enforcement))
                continue profiles;
            checks.push({ id: check.id, enforcement });
        }
        const why = noCountingCheck(name, checks);
        if (why)
            issues.add(['profiles', name], why, true);
    }
    issues.throwIfAny();
}

// EXTERNAL MODULE: ./src/config/shellValues.ts + 1 modules
var shellValues = __webpack_require__(14353);
;// CONCATENATED MODULE: ./src/config/plan.ts














/** For `validate` without a profile: every profile must run a check that counts. */

function decisionPolicy(settings) {
    return {
        categories: (0,own/* dataRecord */._)({ ...schema/* DEFAULT_CATEGORIES */.Bl, ...settings.categories }),
        holdLine: settings.holdLine ?? 2,
        autoPromoteAt: settings.autoPromoteAt ?? 4,
        releaseCandidatePercent: settings.releaseCandidatePercent ?? 80,
        ratchet: settings.ratchet ?? true,
        hotfixDeadlineMs: (0,notify/* hotfixDeadlineMs */.zu)(settings.hotfixDeadline),
    };
}
/** Resolves a profile and interpolates its checks; unset inputs and bad values are config errors. */
function planGate(loaded, profile, opts) {
    const { config, source } = loaded;
    const issues = new load/* IssueList */.o3(source);
    if (!(0,own/* own */.Z)(config.profiles, profile)) {
        throw new errors/* ConfigError */.xL([
            {
                file: source.file,
                message: `unknown profile "${profile}"${(0,core_text/* didYouMean */.au)(profile, Object.keys(config.profiles))}; profiles: ${Object.keys(config.profiles).join(', ')}`,
            },
        ]);
    }
    const resolved = (0,resolve/* resolveProfile */.mC)(config, profile);
    const interp = new interpolate/* Interpolator */.aY(config.vars ?? {}, opts.env, opts.inputs);
    const defaults = planDefaults(config, interp, issues);
    const defaultTimeout = defaults.timeoutMs;
    const checks = [];
    for (const check of resolved.checks) {
        const enforcementRaw = check.raw.enforcement;
        if (enforcementRaw === 'off') {
            // Not run, so not interpolated: an unset input of an off check is no error.
            const t = registry/* CHECK_TYPES */.T.find((x) => x.type === check.raw.type);
            checks.push(plannedFrom(check.id, check.raw, t.defaults, defaultTimeout));
            continue;
        }
        const shell = new shellValues/* ShellBinder */.nN(interp);
        const { value, issues: iIssues } = interpolateCheck(check, interp, shell);
        for (const i of iIssues) {
            const path = i.path[0] === 'vars' ? i.path : (0,resolve/* sourcePathOf */.Kt)(check, i.path);
            issues.add(path, i.message);
        }
        if (iIssues.length > 0)
            continue;
        const v = (0,resolve/* validateCheck */.LB)(check, value);
        for (const i of v.issues)
            issues.add(i.path, `${i.message} (after interpolation)`, i.keyOnly);
        if (!v.value)
            continue;
        const t = registry/* CHECK_TYPES */.T.find((x) => x.type === v.value.type);
        // A type may imply the enforcement from its own fields (benchmark `mode: auto` by profile).
        const enforcement = enforcementOf(v.value, t, resolved);
        const planned = plannedFrom(check.id, v.value, { ...t.defaults, enforcement }, defaultTimeout);
        if (Object.keys(shell.values).length > 0) {
            Object.defineProperty(planned.spec, fields/* SHELL_VALUES */.EJ, { value: shell.values, enumerable: true });
        }
        checks.push(planned);
    }
    issues.throwIfAny();
    const nothingCounts = noCountingCheck(profile, checks);
    if (nothingCounts)
        issues.add(['profiles', profile], nothingCounts, true);
    issues.throwIfAny();
    const waivers = (config.waivers ?? []).filter((w) => !w.profiles || w.profiles.includes(profile));
    for (const w of waivers) {
        const c = checks.find((x) => x.id === w.check);
        if (c?.enforcement === 'hard') {
            const i = config.waivers.indexOf(w);
            issues.add(['waivers', i, 'check'], `check "${w.check}" is hard in profile "${profile}": it cannot be waived`);
        }
    }
    issues.throwIfAny();
    return {
        profile,
        lineage: resolved.lineage,
        checks,
        policy: decisionPolicy(resolved.decision),
        waivers,
        concurrency: defaults.concurrency,
        gateTimeoutMs: defaults.gateTimeoutMs,
        ...(defaults.base !== undefined ? { defaultBase: defaults.base } : {}),
        secrets: [...interp.envValues],
    };
}
const COMMON = new Set(['type', 'title', 'category', 'enforcement', 'timeout', 'onError']);
function plannedFrom(id, raw, defaults, defaultTimeout) {
    const spec = {};
    for (const [k, v] of Object.entries(raw))
        if (!COMMON.has(k))
            spec[k] = v;
    const timeout = raw.timeout === undefined ? undefined : (0,duration/* parseDuration */.E9)(raw.timeout);
    return {
        id,
        type: raw.type,
        title: raw.title,
        category: raw.category ?? defaults.category,
        enforcement: raw.enforcement ?? defaults.enforcement,
        onError: raw.onError ?? 'fail',
        timeoutMs: timeout ?? defaultTimeout,
        spec,
    };
}
/**
 * A check's fields with every expression replaced: in the fields bash runs, by references to
 * environment variables whose values the binder keeps; elsewhere, by the values themselves.
 */
function interpolateCheck(check, interp, shell) {
    const type = registry/* CHECK_TYPES */.T.find((t) => t.type === check.raw.type);
    const issues = [];
    let raw = check.raw;
    for (const key of (0,shellValues/* shellFieldsOf */.pk)(type)) {
        const script = (0,own/* own */.Z)(raw, key);
        if (typeof script === 'string')
            raw = { ...raw, [key]: shell.bind(script, [key], issues) };
    }
    const rest = interp.interpolate(raw, []);
    return { value: rest.value, issues: [...issues, ...rest.issues] };
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
/* harmony import */ var _checks_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2636);
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
                issues.push({ path, message: `extends unknown profile "${p}" (profiles: ${names.join(', ')})` });
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
                    message: `profiles extend each other in a cycle: ${cycle.join(' → ')}`,
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
                    : `unknown check type ${describe(t)}; known types: ${knownTypes().join(', ')}`,
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
/* harmony import */ var _checks_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2636);
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
        .describe('Category weights 0–2: effective = 5 − (5 − raw) × weight, floored at 2 unless raw is 1'),
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
    concurrency: zod__WEBPACK_IMPORTED_MODULE_4__/* .int */ .Whr().min(1).max(64).optional().describe('Checks run at once (default 8)'),
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
        $id: 'https://github.com/promotion-gate/promotion-gate/schema/v1.json',
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
var fields = __webpack_require__(23128);
// EXTERNAL MODULE: ./src/config/interpolate.ts
var interpolate = __webpack_require__(72757);
;// CONCATENATED MODULE: ./src/config/shell.ts
/**
 * Where bash reads the text at given places of a script: bare, inside double or single quotes, in
 * a here-document, or somewhere a value would be run as code. The planner puts a reference to an
 * environment variable at each `${{ … }}` of a shell field, written for that place, so a value is
 * always exactly one word that bash never reads as code:
 *
 *   bare            echo ${{ inputs.v }}       →  echo "${NAME}"
 *   double quotes   echo "v=${{ inputs.v }}"   →  echo "v=${NAME}"
 *   single quotes   echo 'v=${{ inputs.v }}'   →  echo 'v='"${NAME}"''
 *   here-document   <<EOF … ${{ inputs.v }}    →  … ${NAME}
 *
 * Places where no reference is safe or meaningful ($(( … )), ${ … }, $'…', a quoted here-document,
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
    arith: 'inside arithmetic ($(( … )), (( … )) or $[ … ]), where bash evaluates it as code',
    param: 'inside ${ … }',
    ansi: "inside $'…' quotes",
    heredocQuoted: "inside a here-document with a quoted delimiter (<<'EOF'), which expands nothing",
    delimiter: 'in a here-document delimiter',
    backquotes: 'inside backquotes within double quotes; use $( … ) instead',
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
    /** `$` at this.i: command substitution, arithmetic, parameter expansion or $'…' quotes. */
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
                // $(( … )) and (( … )) end with two parentheses.
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
 * Values never become shell code. In a field bash runs, each `${{ … }}` is replaced by a reference
 * to an environment variable (`"${PROMOTION_GATE_VALUE_INPUTS_VERSION}"`), and the value is given
 * to the process in that variable, so `-i 'v=1; touch pwned'` is one word with a semicolon in it.
 */
/** The top-level fields of a check type that bash runs. */
function shellFieldsOf(type) {
    if (!type)
        return [];
    return Object.entries(type.fields.shape)
        .filter(([, schema]) => (0,fields/* isShellScript */.EI)(schema))
        .map(([key]) => key);
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
    /** Environment variable name → value, for the process that runs the field. */
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

/***/ 22143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bi: () => (/* binding */ DEFAULT_CONFIG_PATH),
/* harmony export */   Fu: () => (/* binding */ DEFAULT_GATE_TIMEOUT_MS),
/* harmony export */   WH: () => (/* binding */ DEFAULT_CONCURRENCY),
/* harmony export */   t1: () => (/* binding */ DEFAULT_TIMEOUT_MS)
/* harmony export */ });
/**
 * What a resolved profile is: the plan the engine runs and the policy the decision applies.
 * Nothing here knows the check types, so the decision and the report never depend on them.
 */
const DEFAULT_CONFIG_PATH = '.github/promotion-gate.yml';
const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_GATE_TIMEOUT_MS = 15 * 60_000;
const DEFAULT_CONCURRENCY = 8;


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
/** `{ status: ok, "tables.permits": 3 }` → equality conditions, for the `json:` shorthand. */
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

/***/ 72633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ credentialSpans),
/* harmony export */   g: () => (/* binding */ maskUrlCredentials)
/* harmony export */ });
/* harmony import */ var _spans_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79270);
/**
 * Credentials recognised by their shape alone, whether or not anyone registered their value:
 * what a URL carries in its userinfo or in a query parameter named like a secret, and the
 * credential of an `Authorization: Bearer …` / `Basic …` header. A URL may be written plain,
 * JSON-escaped (`\/`, `\u0026`), HTML-escaped (`&amp;`) or percent-encoded inside another URL.
 */

/** `scheme://userinfo@` — the greedy run stops at the last `@` before the host. */
const USERINFO = /\b[a-z][a-z0-9+.-]*:(?:\/\/|\\\/\\\/)([^\s/?#"'<>`\\]*)@/dgi;
/** The same inside a percent-encoded URL (`https%3A%2F%2Fuser%3Apass%40host`). */
const USERINFO_ENCODED = /%3A%2F%2F((?:[^\s%&"'<>/?#]|%(?!2F|3F|23|40)[0-9A-F]{2})+)%40/dgi;
/** Query (and fragment) parameter names that say their value is a credential. */
const SECRET_PARAM = '(?:[a-z0-9_.-]*[_.-])?(?:token|apikey|api[_-]?key|key|secret|password|passwd|pwd|pass|sig|signature|auth|authorization|credentials?|session|sessionid|jsessionid|jwt)';
/** `?token=…`, `&api_key=…`, `#access_token=…`, also after `\u0026`, `&amp;`, `%3F`, `%26`. */
const QUERY_PARAM = new RegExp(`(?:[?&;#]|\\\\u0026|&amp;|%3F|%26)${SECRET_PARAM}(?:=|%3D)((?:[^&#\\s"'<>;\\\\%]|%(?!26|23)[0-9a-f]{2})+)`, 'dgi');
/** `Bearer <token>` / `Basic <base64>`: a whole run of their characters, holding a digit. */
const BEARER = /\bBearer\s+((?=[\w.~+/=-]*\d)[\w.~+/-]{12,}=*)(?![\w.~+/=-])/dgi;
const BASIC = /\bBasic\s+((?=[A-Za-z0-9+/]*\d)[A-Za-z0-9+/]{8,}={0,2})(?![\w.~+/=-])/dgi;
const SHAPES = [USERINFO, USERINFO_ENCODED, QUERY_PARAM, BEARER, BASIC];
/** Spans of the credentials in `text` (group 1 of each shape), never an already masked `***`. */
function credentialSpans(text) {
    const out = [];
    // Cheap test first: most strings hold none of the characters every shape needs.
    if (!/[:=]|%3[AD]|earer|asic/i.test(text))
        return out;
    for (const re of SHAPES) {
        re.lastIndex = 0;
        for (const m of text.matchAll(re)) {
            const at = m.indices?.[1];
            if (!at || at[1] <= at[0] || m[1] === _spans_js__WEBPACK_IMPORTED_MODULE_0__/* .MASK */ .v)
                continue;
            out.push([at[0], at[1]]);
        }
    }
    return out;
}
/** Masks the credentials `credentialSpans` finds. */
function maskUrlCredentials(text) {
    return (0,_spans_js__WEBPACK_IMPORTED_MODULE_0__/* .maskSpans */ .e)(text, credentialSpans(text));
}


/***/ }),

/***/ 98571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   ON: () => (/* binding */ MAX_AGE_MS),
/* harmony export */   _o: () => (/* binding */ MAX_TIMER_MS),
/* harmony export */   a3: () => (/* binding */ formatDuration)
/* harmony export */ });
const UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const DURATION = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)\s*$/;
/**
 * The longest wait a timer may be given (check and gate timeouts, request timeouts, backoffs,
 * latency budgets). Node's timers hold at most 2^31−1 ms (about 24.8 days); a longer one fires at
 * once, so a "never time out" would end the check immediately.
 */
const MAX_TIMER_MS = 24 * 3_600_000;
/** The longest age or window a field may name (evidence and data ages): ten years. */
const MAX_AGE_MS = 3650 * 86_400_000;
/**
 * `30s`, `500ms`, `1.5m`, `26h`, `7d`; a number is taken as milliseconds (for callers that hold
 * one already: the config requires a unit). Undefined when it is none, or too large to be a time.
 */
function parseDuration(value) {
    if (typeof value === 'number')
        return Number.isFinite(value) && value >= 0 ? value : undefined;
    const m = DURATION.exec(value);
    if (!m)
        return undefined;
    const ms = Math.round(Number(m[1]) * UNITS[m[2]]);
    return Number.isFinite(ms) ? ms : undefined;
}
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)}s`;
    if (ms < 3_600_000)
        return `${(ms / 60_000).toFixed(1)}m`;
    if (ms < 86_400_000)
        return `${(ms / 3_600_000).toFixed(1)}h`;
    return `${(ms / 86_400_000).toFixed(1)}d`;
}


/***/ }),

/***/ 74296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hd: () => (/* binding */ formatIssue),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   iU: () => (/* binding */ isUserError),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
function formatIssue(issue) {
    const where = [issue.file, issue.line, issue.column].filter((p) => p !== undefined && p !== '').join(':');
    const path = issue.path ? `${issue.path}: ` : '';
    return `${where ? `${where}: ` : ''}${path}${issue.message}`;
}
class ConfigError extends Error {
    issues;
    constructor(issues) {
        const list = typeof issues === 'string' ? [{ message: issues }] : issues;
        super(list.map(formatIssue).join('\n'));
        this.name = 'ConfigError';
        this.issues = list;
    }
}
/** Bad command-line or action input. Also exit 2. */
class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
function isUserError(err) {
    return err instanceof ConfigError || err instanceof UsageError;
}
function errorMessage(err) {
    if (err instanceof Error)
        return err.message;
    return String(err);
}


/***/ }),

/***/ 13706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pO: () => (/* binding */ Redactor),
  ep: () => (/* reexport */ core_spans/* maskSpans */.e),
  gn: () => (/* reexport */ credentials/* maskUrlCredentials */.g),
  QS: () => (/* binding */ maskValue),
  eo: () => (/* reexport */ secretForms)
});

// UNUSED EXPORTS: MASK

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./src/core/credentials.ts
var credentials = __webpack_require__(72633);
;// CONCATENATED MODULE: ./src/core/formMatcher.ts
/**
 * Finds the forms of registered secrets in a text, ignoring letter case, and what a cut left of
 * one: forms are indexed by their first three case-folded units (and, for partials at cuts, by
 * their last three), so the cost is a table lookup per position however many secrets there are,
 * and registering one more secret adds its forms without rebuilding the rest.
 */
/** Shortest partial masked at a cut; longer than the 4 leading characters findings show (`ghp_…Xz`). */
const MIN_PARTIAL = 6;
/** Only forms this long get their partials masked at cuts. */
const MIN_CUT_FORM = 8;
/** Where output was shortened: `...`, `…`, and exec's `… [N bytes omitted] …`. */
const CUT_MARKER = /\.\.\.|…/g;
/**
 * Between a cut and what it left: blanks, and the replacement character a cut in the middle of
 * a multi-byte character decodes to.
 */
const AT_CUT = /[\s\uFFFD]/;
/** Folded form of each UTF-16 unit, computed when first met (-1: not yet). */
const FOLDS = new Int32Array(65536).fill(-1);
/** A case-folded unit of the same length, so offsets in the folded text are offsets in the text. */
function foldUnit(c) {
    if (c < 128)
        return c >= 65 && c <= 90 ? c + 32 : c;
    let f = FOLDS[c];
    if (f < 0) {
        const ch = String.fromCharCode(c);
        const up = ch.toUpperCase();
        const low = (up.length === 1 ? up : ch).toLowerCase();
        f = low.length === 1 ? low.charCodeAt(0) : c;
        FOLDS[c] = f;
    }
    return f;
}
function fold(text) {
    const out = new Uint16Array(text.length);
    for (let i = 0; i < text.length; i++)
        out[i] = foldUnit(text.charCodeAt(i));
    return out;
}
/** Three folded units as one exact number (48 bits). */
const key3 = (f, i) => f[i] * 4294967296 + f[i + 1] * 65536 + f[i + 2];
function same(a, ai, b, bi, n) {
    for (let k = 0; k < n; k++)
        if (a[ai + k] !== b[bi + k])
            return false;
    return true;
}
function skipBack(text, i) {
    while (i > 0 && AT_CUT.test(text[i - 1]))
        i--;
    return i;
}
function skipAhead(text, i) {
    while (i < text.length && AT_CUT.test(text[i]))
        i++;
    return i;
}
/**
 * Forms by three units at one end, then by the three next to them. Two levels, because secrets
 * of one kind share their first characters (`ghp_`, `AKIA`): a diff with thousands of tokens
 * must not leave thousands of candidates behind one key.
 */
class Index {
    map = new Map();
    /** Lists added to since they were last put in order. */
    unsorted = new Set();
    add(k1, k2, f) {
        let bucket = this.map.get(k1);
        if (!bucket)
            this.map.set(k1, (bucket = { short: [], long: new Map() }));
        let list = bucket.short;
        if (k2 !== undefined) {
            list = bucket.long.get(k2) ?? [];
            if (list.length === 0)
                bucket.long.set(k2, list);
        }
        list.push(f);
        this.unsorted.add(list);
    }
    /** Longest first: the first form that matches at a position is the longest there. */
    sort() {
        for (const list of this.unsorted)
            list.sort((a, b) => b.length - a.length);
        this.unsorted.clear();
    }
    /**
     * The candidates, longest first: those of six units or more (when k2 is known), then shorter
     * ones. Returns the first form `fits` accepts.
     */
    first(k1, k2, fits) {
        const bucket = this.map.get(k1);
        if (!bucket)
            return undefined;
        const long = k2 === undefined ? undefined : bucket.long.get(k2);
        if (long)
            for (const f of long)
                if (fits(f))
                    return f;
        for (const f of bucket.short)
            if (fits(f))
                return f;
        return undefined;
    }
}
class FormMatcher {
    /** Folded units some form starts (ends) with: most positions are ruled out by one lookup. */
    starts = new Uint8Array(65536);
    ends = new Uint8Array(65536);
    byHead = new Index();
    byTail = new Index();
    known = new Set();
    maxLen = 0;
    add(forms) {
        for (const form of forms) {
            if (form.length < 3 || this.known.has(form))
                continue;
            this.known.add(form);
            const f = fold(form);
            this.maxLen = Math.max(this.maxLen, f.length);
            this.starts[f[0]] = 1;
            this.byHead.add(key3(f, 0), f.length >= 6 ? key3(f, 3) : undefined, f);
            if (f.length >= MIN_CUT_FORM) {
                this.ends[f[f.length - 1]] = 1;
                this.byTail.add(key3(f, f.length - 3), key3(f, f.length - 6), f);
            }
        }
        this.byHead.sort();
        this.byTail.sort();
    }
    /** Spans of every form in `text`, and of the partials cuts left. */
    find(text) {
        const spans = [];
        if (this.maxLen === 0)
            return spans;
        const f = fold(text);
        for (let i = 0; i + 3 <= f.length; i++) {
            if (this.starts[f[i]] === 0)
                continue;
            const k2 = i + 6 <= f.length ? key3(f, i + 3) : undefined;
            const form = this.byHead.first(key3(f, i), k2, (c) => c.length <= f.length - i && same(f, i, c, 0, c.length));
            if (form)
                spans.push([i, i + form.length]);
        }
        this.partials(text, f, spans);
        return spans;
    }
    /**
     * A cut — the start or end of a text, or an ellipsis — leaves a piece of a secret that no
     * longer matches it whole: a prefix before it, a suffix after it.
     */
    partials(text, f, spans) {
        const before = [skipBack(text, f.length)];
        const after = [skipAhead(text, 0)];
        for (const m of text.matchAll(CUT_MARKER)) {
            before.push(skipBack(text, m.index));
            after.push(skipAhead(text, m.index + m[0].length));
        }
        for (const p of before) {
            const s = this.prefixEndingAt(f, p);
            if (s !== undefined)
                spans.push([s, p]);
        }
        for (const q of after) {
            const e = this.suffixStartingAt(f, q);
            if (e !== undefined)
                spans.push([q, e]);
        }
    }
    /** The earliest s such that f[s..p) is a proper prefix of a form of 8+ units. */
    prefixEndingAt(f, p) {
        for (let s = Math.max(0, p - this.maxLen + 1); s + MIN_PARTIAL <= p; s++) {
            if (this.starts[f[s]] === 0)
                continue;
            const k = p - s;
            const fits = (c) => c.length >= MIN_CUT_FORM && c.length > k && same(f, s, c, 0, k);
            if (this.byHead.first(key3(f, s), key3(f, s + 3), fits))
                return s;
        }
        return undefined;
    }
    /** The furthest e such that f[q..e) is a proper suffix of a form of 8+ units. */
    suffixStartingAt(f, q) {
        for (let e = Math.min(f.length, q + this.maxLen - 1); e - MIN_PARTIAL >= q; e--) {
            if (this.ends[f[e - 1]] === 0)
                continue;
            const k = e - q;
            const fits = (c) => c.length > k && same(f, q, c, c.length - k, k);
            if (this.byTail.first(key3(f, e - 3), key3(f, e - 6), fits))
                return e;
        }
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/core/secretForms.ts
/**
 * The forms a secret may come back in — from a serializer, a URL, a web page, a case change —
 * each of which is masked as the secret itself.
 */
/** Shorter values are not registered: they would mask ordinary words. */
const MIN_SECRET = 4;
/** A line of a multi-line value is masked on its own from this length. */
const MIN_LINE = 8;
/** Characters that no encoding below changes, and whose case changes keep the length. */
const PLAIN = /^[A-Za-z0-9_.~-]+$/;
const hex2 = (n) => `%${n.toString(16).toUpperCase().padStart(2, '0')}`;
/** Percent-encodes every character outside printable ASCII and those in `set`, as UTF-8 bytes. */
function percentEncode(s, set) {
    let out = '';
    for (const ch of s) {
        const c = ch.codePointAt(0);
        if (c > 0x20 && c < 0x7f && !set.includes(ch))
            out += ch;
        else
            for (const b of Buffer.from(ch, 'utf8'))
                out += hex2(b);
    }
    return out;
}
// The URL standard's percent-encode sets for the query (special schemes), the path and userinfo.
const QUERY_SET = ` "#<>'`;
const PATH_SET = `${QUERY_SET}?\`{}^`;
const USERINFO_SET = `${PATH_SET}/:;=@[\\]|`;
/** Decodes the valid `%XX` runs of a text, as a lenient URL parser does, and leaves the rest. */
function percentDecode(s) {
    return s.replace(/(?:%[0-9A-Fa-f]{2})+/g, (m) => {
        try {
            return decodeURIComponent(m);
        }
        catch {
            return m;
        }
    });
}
const jsonEscape = (s) => JSON.stringify(s).slice(1, -1);
const htmlEscape = (s, quot, apos) => s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, quot)
    .replace(/'/g, apos);
/** How a value may be put into a URL (or not at all). */
const URL_ENCODINGS = [
    (s) => s,
    encodeURIComponent,
    (s) => encodeURIComponent(s).replace(/%20/g, '+'),
    (s) => new URLSearchParams([['', s]]).toString().slice(1),
    encodeURI,
    (s) => percentEncode(s, QUERY_SET),
    (s) => percentEncode(s, PATH_SET),
    (s) => percentEncode(s, USERINFO_SET),
];
/** How text, a URL included, may come back from a serializer or a web page (or as it is). */
const TEXT_ENCODINGS = [
    (s) => s,
    jsonEscape,
    (s) => jsonEscape(s).replace(/\//g, '\\/'),
    (s) => jsonEscape(s).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
    (s) => jsonEscape(jsonEscape(s)),
    (s) => htmlEscape(s, '&quot;', '&#39;'),
    (s) => htmlEscape(s, '&#34;', '&#x27;'),
];
/**
 * Every form of a value that is masked: the value (also trimmed, with its blanks folded into
 * single spaces, and as a service reads it from a URL it was put into unencoded) and, for a
 * multi-line one, each line (and the other line ending); each put into a URL in every usual way
 * or not, and the result written as it is, JSON-escaped or HTML-escaped. Letter case is matched
 * loosely by the matcher; case changes that change the length (`ß` → `SS`) are listed here.
 */
function secretForms(value) {
    // Most tokens hold nothing any encoding changes: they have one form.
    if (PLAIN.test(value))
        return [value];
    const bases = new Set([value]);
    const trimmed = value.trim();
    if (trimmed.length >= MIN_SECRET)
        bases.add(trimmed);
    // One-line excerpts and rendered text fold runs of blanks and line breaks into one space.
    const folded = trimmed.replace(/\s+/g, ' ');
    if (folded.length >= MIN_SECRET)
        bases.add(folded);
    // Put into a URL as it is, a value holding `%41` or `+` reaches a service decoded.
    for (const read of [percentDecode(value), percentDecode(value.replace(/\+/g, ' '))])
        if (read.length >= MIN_SECRET)
            bases.add(read);
    if (/[\r\n]/.test(value)) {
        bases.add(value.replace(/\r\n/g, '\n'));
        bases.add(value.replace(/\r?\n/g, '\r\n'));
        for (const line of value.split(/\r\n|\r|\n/)) {
            const l = line.trim();
            if (l.length >= MIN_LINE)
                bases.add(l);
        }
    }
    for (const b of [...bases]) {
        for (const c of [b.toLowerCase(), b.toUpperCase()])
            if (c.length !== b.length)
                bases.add(c);
    }
    const inUrls = new Set();
    for (const b of bases)
        for (const encode of URL_ENCODINGS) {
            try {
                inUrls.add(encode(b));
            }
            catch {
                // A lone surrogate cannot be percent-encoded; the other forms still apply.
            }
        }
    const out = new Set();
    for (const u of inUrls)
        for (const encode of TEXT_ENCODINGS) {
            const f = encode(u);
            if (f.length >= MIN_SECRET)
                out.add(f);
        }
    return [...out];
}

// EXTERNAL MODULE: ./src/core/spans.ts
var core_spans = __webpack_require__(79270);
;// CONCATENATED MODULE: ./src/core/redact.ts








class Redactor {
    /** Registered values, in order; each matcher takes in those it has not seen yet. */
    list = [];
    seen = new Set();
    text = { matcher: new FormMatcher(), taken: 0 };
    bytes = { matcher: new FormMatcher(), taken: 0 };
    shapes;
    constructor(opts = {}) {
        this.shapes = opts.shapes ?? [];
    }
    add(value) {
        // Very short values would redact ordinary words; GitHub's runner applies the same idea.
        if (!value || value.length < MIN_SECRET || this.seen.has(value))
            return;
        this.seen.add(value);
        this.list.push(value);
    }
    get size() {
        return this.list.length;
    }
    values() {
        return [...this.list];
    }
    redact(text) {
        if (text.length === 0)
            return text;
        const spans = this.current(this.text, (f) => f).find(text);
        for (const s of (0,credentials/* credentialSpans */.H)(text))
            spans.push(s);
        for (const shape of this.shapes)
            for (const s of shape(text))
                spans.push(s);
        return (0,core_spans/* maskSpans */.e)(text, spans);
    }
    current(m, as) {
        if (m.taken < this.list.length) {
            m.matcher.add(this.list.slice(m.taken).flatMap(secretForms).map(as));
            m.taken = this.list.length;
        }
        return m.matcher;
    }
    /** Redacts every string inside a JSON-like value, object keys included. */
    redactDeep(value) {
        return walk(value, (s) => this.redact(s));
    }
    /**
     * Redacts a file's bytes: UTF-8 text as text; anything else by the UTF-8 bytes of every form
     * and by shape, byte for byte. Returns the input itself when nothing was masked.
     */
    redactBytes(data) {
        const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
        if ((0,external_node_buffer_.isUtf8)(buf)) {
            const text = buf.toString('utf8');
            const out = this.redact(text);
            return out === text ? data : Buffer.from(out, 'utf8');
        }
        // Latin-1 maps each byte to one character, so offsets found in the string are byte offsets.
        const text = buf.toString('latin1');
        const spans = this.current(this.bytes, (f) => Buffer.from(f, 'utf8').toString('latin1')).find(text);
        for (const s of (0,credentials/* credentialSpans */.H)(text))
            spans.push(s);
        for (const shape of this.shapes)
            for (const s of shape(text))
                spans.push(s);
        const out = (0,core_spans/* maskSpans */.e)(text, spans);
        return out === text ? data : Buffer.from(out, 'latin1');
    }
}
const isPlain = (v) => {
    const proto = Object.getPrototypeOf(v);
    return proto === Object.prototype || proto === null;
};
function walk(value, fn) {
    if (typeof value === 'string')
        return fn(value);
    if (Array.isArray(value))
        return value.map((v) => walk(v, fn));
    if (value && typeof value === 'object' && isPlain(value)) {
        // Keys are redacted too (metric names hold URLs). Two keys that redact alike stay apart, and
        // fromEntries defines own properties, so a key such as `__proto__` stays a plain key.
        const entries = [];
        const used = new Set();
        for (const [k, v] of Object.entries(value)) {
            const clean = fn(k);
            let key = clean;
            for (let i = 2; used.has(key); i++)
                key = `${clean} (${i})`;
            used.add(key);
            entries.push([key, walk(v, fn)]);
        }
        return Object.fromEntries(entries);
    }
    return value;
}
/** A short, non-reversible preview of a sensitive value: `AKIA…XD (20 chars)`. */
function maskValue(value) {
    if (value.length <= 8)
        return `*** (${value.length} chars)`;
    return `${value.slice(0, 4)}…${value.slice(-2)} (${value.length} chars)`;
}


/***/ }),

/***/ 4473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ readRunner)
/* harmony export */ });
const trimSlash = (s) => s.replace(/\/+$/, '');
const positiveInt = (v) => {
    const n = Number(v);
    return v && Number.isInteger(n) && n > 0 ? n : undefined;
};
function readRunner(env) {
    const repository = env.GITHUB_REPOSITORY || undefined;
    const [owner, repo] = repository?.split('/') ?? [];
    const serverUrl = trimSlash(env.GITHUB_SERVER_URL || 'https://github.com');
    const apiUrl = trimSlash(env.GITHUB_API_URL || 'https://api.github.com');
    const runId = env.GITHUB_RUN_ID || undefined;
    return {
        actions: env.GITHUB_ACTIONS === 'true',
        owner: owner || undefined,
        repo: repo || undefined,
        repository: owner && repo ? repository : undefined,
        serverUrl,
        apiUrl,
        graphqlUrl: trimSlash(env.GITHUB_GRAPHQL_URL || `${apiUrl.replace(/\/api\/v3$/, '/api')}/graphql`),
        eventName: env.GITHUB_EVENT_NAME || undefined,
        eventPath: env.GITHUB_EVENT_PATH || undefined,
        runId,
        runAttempt: positiveInt(env.GITHUB_RUN_ATTEMPT) ?? 1,
        job: env.GITHUB_JOB || undefined,
        actor: env.GITHUB_ACTOR || undefined,
        triggeringActor: env.GITHUB_TRIGGERING_ACTOR || undefined,
        sha: env.GITHUB_SHA || undefined,
        ref: env.GITHUB_REF || undefined,
        headRef: env.GITHUB_HEAD_REF || undefined,
        workspace: env.GITHUB_WORKSPACE || undefined,
        tempDir: env.RUNNER_TEMP || undefined,
        stepSummary: env.GITHUB_STEP_SUMMARY || undefined,
        token: env.GITHUB_TOKEN || undefined,
        artifactRuntime: env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL
            ? { token: env.ACTIONS_RUNTIME_TOKEN, resultsUrl: env.ACTIONS_RESULTS_URL }
            : undefined,
        runUrl: runId && owner && repo ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : undefined,
    };
}


/***/ }),

/***/ 79270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ maskSpans),
/* harmony export */   v: () => (/* binding */ MASK)
/* harmony export */ });
/** What every masked piece of text becomes. */
const MASK = '***';
/** Replaces the union of the spans (they may overlap, in any order) with one MASK per run. */
function maskSpans(text, spans) {
    if (spans.length === 0)
        return text;
    const sorted = [...spans].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    let out = '';
    let at = 0;
    let i = 0;
    while (i < sorted.length) {
        const start = sorted[i][0];
        let end = sorted[i][1];
        for (i++; i < sorted.length && sorted[i][0] <= end; i++)
            end = Math.max(end, sorted[i][1]);
        if (end <= start)
            continue;
        out += text.slice(at, start) + MASK;
        at = end;
    }
    return out + text.slice(at);
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
/** Names longer than this get no suggestion: nobody misspells them, and the distance costs len². */
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

/***/ 51958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ renderDeploy)
/* harmony export */ });
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98571);

/** report.md of a deploy or a drill, and the job summary in the action. */
const HEADLINE = {
    deployed: '✅ Deployed',
    'rolled-back': '↩️ Rolled back',
    failed: '❌ Failed',
    'rollback-failed': '🚨 Rollback failed — environment state unknown',
    interrupted: '⏹️ Interrupted',
    planned: '📝 Planned (dry run)',
    passed: '✅ Drill passed',
};
const cell = (s) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
/** A code fence longer than any run of backticks in the text, so output cannot close it. */
function fenced(text) {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}\n${text}\n${fence}`;
}
function icon(e) {
    if (e.status === 'passed')
        return '✔';
    if (e.status === 'planned')
        return '○';
    if (e.status === 'interrupted')
        return '⏹';
    return '✖';
}
function stepRow(e) {
    const took = e.durationMs !== undefined ? (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(e.durationMs) : '–';
    if (e.kind === 'command') {
        const exit = e.exitCode !== undefined && e.exitCode !== null ? String(e.exitCode) : e.signal ? e.signal : '–';
        return `| ${icon(e)} | ${e.name} | ${e.status}${e.detail ? ` — ${cell(e.detail)}` : ''} | ${exit} | ${took} | ${e.evidence ? `\`${e.evidence}\`` : '–'} |`;
    }
    const verdict = e.verdict ? `${e.verdict} ${e.score}/5` : e.status;
    const detail = e.blockers?.length
        ? ` — ${cell(e.blockers.join(', '))}`
        : e.detail
            ? ` — ${cell(e.detail)}`
            : '';
    const where = e.bundleId ? `bundle \`${e.bundleId.slice(0, 19)}…\` in \`${e.evidence}\`` : '–';
    return `| ${icon(e)} | ${e.name} (\`${cell(e.profile)}\`) | ${verdict}${detail} | | ${took} | ${where} |`;
}
function renderDeploy(r) {
    const title = r.kind === 'drill' && r.outcome === 'failed' ? '❌ Drill failed' : HEADLINE[r.outcome];
    const what = r.kind === 'drill' ? `rollback drill${r.mode.live ? ' (live)' : ' (dry run)'}` : 'deploy';
    const out = [
        `## ${title} — ${cell(r.environment)}`,
        '',
        `**Outcome** \`${r.outcome}\` · **${what}**${r.commit ? ` · commit \`${r.commit.slice(0, 12)}\`` : ''}${r.url ? ` · ${r.url}` : ''}`,
        '',
        cell(r.why),
        '',
        `**Plan** ${cell(r.plan.steps.join(' → '))} → verify \`${cell(r.plan.verify)}\` · ${cell(r.plan.rollback.reason)}`,
    ];
    if (r.steps.length > 0) {
        out.push('', '| | Step | Status | Exit | Duration | Evidence |', '|---|---|---|---|---|---|', ...r.steps.map(stepRow));
    }
    for (const e of r.steps) {
        if (e.kind !== 'command' || e.status === 'passed' || !e.output)
            continue;
        out.push('', `<details><summary>Output of ${e.name} (${cell(e.detail ?? e.status)})</summary>`, '', fenced(e.output), '', '</details>');
    }
    if (r.bundle)
        out.push('', `Evidence bundle \`${r.bundle.id}\` (${r.bundle.files} files) — \`promotion-gate verify <dir> --bundle-id ${r.bundle.id}\``);
    out.push('', `<sub>promotion-gate ${r.tool.version} · ${r.kind} · ${r.startedAt} → ${r.finishedAt}</sub>`, '');
    return out.join('\n');
}


/***/ }),

/***/ 5448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ planEnvironment)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_environments_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51390);
/* harmony import */ var _checks_fields_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(23128);
/* harmony import */ var _config_interpolate_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(72757);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(85853);
/* harmony import */ var _config_plan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(93465);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(74296);
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(98571);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(72020);










/** A profile name no config can hold (profiles use letters, digits, ".", "_" and "-"). */
const STEP_PROFILE = 'environment steps';
/**
 * Resolves an environment into steps ready to run. Each step goes through the gate's planner
 * as a `command` check of a profile made for the purpose, so its fields are interpolated and
 * validated exactly as a command check's are (whatever that planner does with `${{ }}` in shell
 * fields), and problems are reported at the step's own line.
 */
function planEnvironment(loaded, name, opts) {
    const { config, source } = loaded;
    const env = (0,_config_environments_js__WEBPACK_IMPORTED_MODULE_2__/* .environmentOf */ .p7)(config.environments, name);
    if (!env) {
        const names = Object.keys(config.environments ?? {});
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigError */ .xL([
            {
                file: source.file,
                message: names.length === 0
                    ? `unknown environment "${name}": the config defines no environments (add an environments: section)`
                    : `unknown environment "${name}"${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_8__/* .didYouMean */ .au)(name, names)}; environments: ${names.join(', ')}`,
            },
        ]);
    }
    const at = (...rest) => ['environments', name, ...rest];
    const issues = new _config_load_js__WEBPACK_IMPORTED_MODULE_4__/* .IssueList */ .o3(source);
    if (!opts.monitor && !env.deploy)
        issues.add(at(), `environment "${name}" has no deploy step: it is deployed elsewhere and only monitored here (promotion-gate monitor)`, true);
    if (opts.drill && !env.rollback)
        issues.add(at(), `environment "${name}" has no rollback step: a drill proves the rollback path`, true);
    if (!opts.drill && opts.rollback === true && !env.rollback)
        issues.add(at(), `--rollback-on-failure: environment "${name}" has no rollback step`, true);
    if (!opts.drill && opts.rollback === true && env.protect === true)
        issues.add(at('protect'), `--rollback-on-failure: environment "${name}" is protected (protect: true): it is never rolled back automatically`);
    issues.throwIfAny();
    const interp = new _config_interpolate_js__WEBPACK_IMPORTED_MODULE_9__/* .Interpolator */ .aY(config.vars ?? {}, opts.env, opts.inputs);
    let url;
    if (env.url !== undefined) {
        const r = interp.interpolate(env.url, at('url'));
        for (const i of r.issues)
            issues.add(i.path, i.message);
        url = r.value;
        if (r.issues.length === 0 && !/^https?:\/\/[^/]/i.test(url))
            issues.add(at('url'), `expected an http(s) URL after interpolation, got "${url}"`);
    }
    issues.throwIfAny();
    const steps = planSteps(loaded, name, opts);
    const verifyPlan = (0,_config_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .planGate */ .ft)(loaded, env.verify, { env: opts.env, inputs: opts.inputs });
    const rollback = rollbackDecision(name, env, opts);
    return {
        environment: name,
        ...(url !== undefined ? { url } : {}),
        steps: steps.steps,
        verify: env.verify,
        verifyPlan,
        rollback,
        protect: env.protect === true,
        production: env.production ?? (0,_config_environments_js__WEBPACK_IMPORTED_MODULE_2__/* .isProductionName */ .Zq)(name),
        secrets: [...new Set([...interp.envValues, ...steps.secrets, ...verifyPlan.secrets])],
    };
}
function rollbackDecision(name, env, opts) {
    if (opts.drill)
        return { enabled: true, reason: 'a drill always rolls back' };
    if (env.protect === true)
        return {
            enabled: false,
            reason: `environment "${name}" is protected: never rolled back automatically, a person decides`,
        };
    if (opts.rollback === false)
        return { enabled: false, reason: 'rollback is off (--no-rollback)' };
    if (opts.rollback === true)
        return { enabled: true, reason: 'rollback is on (--rollback-on-failure)' };
    if (!env.rollback)
        return { enabled: false, reason: `environment "${name}" has no rollback step` };
    return env.rollbackOnFailure === true
        ? { enabled: true, reason: 'rollback is on (rollbackOnFailure: true)' }
        : {
            enabled: false,
            reason: 'rollback is off (rollbackOnFailure is not true; --rollback-on-failure turns it on)',
        };
}
function planSteps(loaded, name, opts) {
    const env = (0,_config_environments_js__WEBPACK_IMPORTED_MODULE_2__/* .environmentOf */ .p7)(loaded.config.environments, name);
    const checks = {};
    for (const step of _config_environments_js__WEBPACK_IMPORTED_MODULE_2__/* .STEP_NAMES */ .KY) {
        const s = env[step];
        if (!s)
            continue;
        checks[step] = {
            type: 'command',
            run: s.run,
            ...(s.cwd !== undefined ? { cwd: s.cwd } : {}),
            ...(s.env !== undefined ? { env: s.env } : {}),
            maxOutput: s.maxOutput,
            timeout: s.timeout ?? _config_environments_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_STEP_TIMEOUT */ .PL,
        };
    }
    const synthetic = {
        source: loaded.source,
        config: {
            ...loaded.config,
            profiles: { [STEP_PROFILE]: { checks: Object.keys(checks) } },
            checks: checks,
            waivers: [],
        },
    };
    let plan;
    try {
        plan = (0,_config_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .planGate */ .ft)(synthetic, STEP_PROFILE, { env: opts.env, inputs: opts.inputs });
    }
    catch (err) {
        if (err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigError */ .xL)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigError */ .xL(err.issues.map((i) => relocate(loaded, name, i)));
        throw err;
    }
    const issues = new _config_load_js__WEBPACK_IMPORTED_MODULE_4__/* .IssueList */ .o3(loaded.source);
    const workspace = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(opts.workspace ?? opts.cwd);
    const steps = {};
    for (const c of plan.checks) {
        const step = c.id;
        const spec = c.spec;
        if (c.timeoutMs <= 0 || c.timeoutMs > _config_environments_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_STEP_TIMEOUT_MS */ .fH)
            issues.add(['environments', name, step, 'timeout'], `a step may take more than 0 and at most 6h, got ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_7__/* .formatDuration */ .a3)(c.timeoutMs)}`);
        const cwd = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(opts.cwd, spec.cwd ?? '.');
        const problem = outsideWorkspace(cwd, workspace);
        if (problem)
            issues.add(['environments', name, step, 'cwd'], problem);
        steps[step] = {
            name: step,
            run: spec.run,
            cwd,
            // The values of the run line's ${{ }} expressions, which it names as variables.
            env: { ...spec.env, ...(0,_checks_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .shellValues */ .Du)(spec) },
            timeoutMs: c.timeoutMs,
            maxOutputBytes: spec.maxOutput,
        };
    }
    issues.throwIfAny();
    return { steps, secrets: plan.secrets };
}
/** Why a step's directory is not usable, or undefined; symbolic links are followed. */
function outsideWorkspace(dir, workspace) {
    let real;
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir).isDirectory())
            return `${dir} is not a directory`;
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(dir);
    }
    catch {
        return `directory ${dir} does not exist`;
    }
    let root = workspace;
    try {
        root = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(workspace);
    }
    catch {
        /* the workspace itself is checked by whoever runs there */
    }
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, real);
    if (rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel))
        return `${dir} is outside the workspace ${workspace}: steps run inside it`;
    return undefined;
}
/** Points a problem the planner found in a step at the step's own place in the file. */
function relocate(loaded, name, issue) {
    const m = issue.path ? /^checks\.([a-z]+)(?:\.(.*))?$/.exec(issue.path) : null;
    if (!m || !_config_environments_js__WEBPACK_IMPORTED_MODULE_2__/* .STEP_NAMES */ .KY.includes(m[1]))
        return issue;
    const keyPath = ['environments', name, m[1], ...(m[2] ? m[2].split('.') : [])];
    const pos = loaded.source.locate(keyPath);
    return { ...issue, path: keyPath.join('.'), line: pos?.line, column: pos?.column };
}


/***/ }),

/***/ 65505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Em: () => (/* binding */ buildDeployReport),
/* harmony export */   iM: () => (/* binding */ plannedSteps),
/* harmony export */   nh: () => (/* binding */ isSensitiveInput)
/* harmony export */ });
/* harmony import */ var _config_environments_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51390);

const SENSITIVE_INPUT = /token|secret|password|passwd|key|credential|auth/i;
/** The plan as entries, for a dry run: what would run; nothing ran. */
function plannedSteps(plan, redact) {
    const command = (name) => {
        const s = plan.steps[name];
        return s
            ? [{ kind: 'command', name, command: redact(s.run), status: 'planned', timeoutMs: s.timeoutMs }]
            : [];
    };
    const verify = (name) => ({
        kind: 'verify',
        name,
        profile: plan.verify,
        status: 'planned',
    });
    return [
        ...command('snapshot'),
        ...command('deploy'),
        verify('verify'),
        ...(plan.rollback.enabled ? [...command('rollback'), verify('verify-after-rollback')] : []),
    ];
}
/** The report of a deploy or a drill, before redaction and sealing. */
function buildDeployReport(plan, flow, m) {
    const { runner } = m;
    return {
        schemaVersion: 1,
        kind: m.kind,
        tool: { name: 'promotion-gate', version: m.version },
        environment: plan.environment,
        ...(plan.url ? { url: plan.url } : {}),
        ...m.git,
        outcome: flow.outcome,
        status: flow.outcome === 'planned'
            ? 'planned'
            : flow.outcome === 'deployed' || flow.outcome === 'passed'
                ? 'passed'
                : 'failed',
        why: flow.why,
        mode: m.mode,
        plan: {
            steps: _config_environments_js__WEBPACK_IMPORTED_MODULE_0__/* .STEP_NAMES */ .KY.filter((s) => plan.steps[s]),
            verify: plan.verify,
            rollback: plan.rollback,
            protect: plan.protect,
        },
        steps: flow.steps,
        inputs: Object.fromEntries(Object.entries(m.inputs).map(([k, v]) => [k, SENSITIVE_INPUT.test(k) ? '***' : v])),
        ...(runner.runId
            ? {
                run: {
                    id: runner.runId,
                    attempt: String(runner.runAttempt),
                    repository: runner.repository,
                    event: runner.eventName,
                    url: runner.runUrl,
                },
            }
            : {}),
        startedAt: m.startedAt.toISOString(),
        finishedAt: m.finishedAt.toISOString(),
        durationMs: m.finishedAt.getTime() - m.startedAt.getTime(),
    };
}
/** Input names that look like secrets: their values are redacted everywhere. */
function isSensitiveInput(name) {
    return SENSITIVE_INPUT.test(name);
}


/***/ }),

/***/ 99497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eg: () => (/* binding */ runStep),
/* harmony export */   kN: () => (/* binding */ inputVariables)
/* harmony export */ });
/* unused harmony exports stepEnvironment, excerpt */
/* harmony import */ var _adapters_exec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77911);
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98571);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _engine_evidence_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59061);




/** Variables this tool sets for steps; inherited ones of the same names are dropped first. */
const OWN = /^PROMOTION_GATE_(ENVIRONMENT|SHA|URL|STEP|DRILL|DRY_RUN|INPUT_.*)$/;
/** `--input target-url=…` → PROMOTION_GATE_INPUT_TARGET_URL; two inputs may not land on one name. */
function inputVariables(inputs) {
    const out = Object.create(null);
    const from = new Map();
    for (const [k, v] of Object.entries(inputs)) {
        const name = `PROMOTION_GATE_INPUT_${k.toUpperCase().replace(/-/g, '_')}`;
        const other = from.get(name);
        if (other !== undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`inputs "${other}" and "${k}" would both reach the steps as ${name}; rename one`);
        from.set(name, k);
        out[name] = v;
    }
    return out;
}
function stepEnvironment(base, step, c) {
    // Null prototype: a variable named like a built-in member (`__proto__`) stays a variable.
    const env = Object.create(null);
    for (const [k, v] of Object.entries(base))
        if (!OWN.test(k))
            env[k] = v;
    return {
        ...env,
        ...step.env,
        ...inputVariables(c.inputs),
        PROMOTION_GATE_ENVIRONMENT: c.environment,
        PROMOTION_GATE_STEP: step.name,
        ...(c.commit ? { PROMOTION_GATE_SHA: c.commit } : {}),
        ...(c.url ? { PROMOTION_GATE_URL: c.url } : {}),
        ...(c.drill ? { PROMOTION_GATE_DRILL: '1' } : {}),
        ...(c.dryRun ? { PROMOTION_GATE_DRY_RUN: '1' } : {}),
    };
}
const EXCERPT_LINES = 40;
const EXCERPT_CHARS = 4000;
/** The end of the output: what a reader of the report wants first. */
function excerpt(output) {
    const lines = output.replace(/\s+$/, '').split('\n');
    let text = lines.slice(-EXCERPT_LINES).join('\n');
    if (text.length > EXCERPT_CHARS)
        text = `…${text.slice(-EXCERPT_CHARS)}`;
    else if (lines.length > EXCERPT_LINES)
        text = `…\n${text}`;
    return text;
}
const exec = (0,_adapters_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .createExec */ .k)();
/**
 * Runs the step's shell with the project's process runner, which ends every process the step
 * started — at its exit, at its timeout, or when the run is stopped — even one that left the
 * process group (`setsid`, a double fork): a tunnel or `kubectl port-forward &` left behind
 * would otherwise outlive the step and meet the next one.
 */
async function runShell(step, d) {
    if (d.signal?.aborted)
        return { error: 'not started: stopped', timedOut: false, interrupted: true };
    // One signal for both ways a step is stopped; which one fired is kept to tell them apart.
    const stop = new AbortController();
    let why;
    const halt = (reason) => {
        why ??= reason;
        stop.abort();
    };
    const timer = setTimeout(() => halt('timeout'), step.timeoutMs);
    const onAbort = () => halt('interrupt');
    d.signal?.addEventListener('abort', onAbort, { once: true });
    try {
        const result = await exec.shell(step.run, {
            cwd: step.cwd,
            env: stepEnvironment(d.env, step, d.context),
            signal: stop.signal,
            maxOutputBytes: step.maxOutputBytes,
        });
        // A stop that came after the shell had ended stopped nothing: the step ran to its end.
        const stopped = result.aborted ? why : undefined;
        return { result, timedOut: stopped === 'timeout', interrupted: stopped === 'interrupt' };
    }
    catch (err) {
        return { error: err.message, timedOut: false, interrupted: false };
    }
    finally {
        clearTimeout(timer);
        d.signal?.removeEventListener('abort', onAbort);
    }
}
/** Runs one step; its whole (bounded, redacted) output becomes `evidence/<step>/output.log`. */
async function runStep(step, d) {
    const command = d.redactor.redact(step.run);
    const startedAt = d.now().toISOString();
    const began = performance.now();
    d.logger.info(`▶ ${step.name}: $ ${command}`);
    const run = await runShell(step, d);
    const r = run.result;
    const durationMs = r?.durationMs ?? Math.round(performance.now() - began);
    const leftBehind = (r?.leftover ?? 0) > 0;
    const written = [];
    const writer = (0,_engine_evidence_js__WEBPACK_IMPORTED_MODULE_3__/* .createEvidenceWriter */ .X)(d.outDir, step.name, d.redactor, written);
    const evidence = await writer.write('output.log', r?.output ?? '');
    writer.close();
    const output = excerpt(d.redactor.redact(r?.output ?? ''));
    const base = {
        kind: 'command',
        name: step.name,
        command,
        startedAt,
        durationMs,
        exitCode: r?.exitCode ?? null,
        signal: r?.signal ?? null,
        timedOut: run.timedOut,
        timeoutMs: step.timeoutMs,
        output,
        outputBytes: r?.outputBytes ?? 0,
        ...(leftBehind ? { leftBehind: true } : {}),
        evidence,
    };
    let entry;
    if (run.interrupted)
        entry = { ...base, status: 'interrupted', detail: 'stopped while running' };
    else if (run.timedOut)
        entry = { ...base, status: 'timed-out', detail: `timed out after ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(step.timeoutMs)}` };
    else if (run.error !== undefined || !r)
        entry = { ...base, status: 'error', detail: `could not run: ${d.redactor.redact(run.error ?? '')}` };
    else if (r.exitCode === 0)
        entry = { ...base, status: 'passed' };
    else
        entry = {
            ...base,
            status: 'failed',
            detail: r.exitCode === null ? `ended by signal ${r.signal}` : `exited with ${r.exitCode}`,
        };
    const mark = entry.status === 'passed' ? '✔' : '✖';
    d.logger.info(`${mark} ${step.name}: ${entry.status}${entry.detail ? ` (${entry.detail})` : ''} in ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(durationMs)}`);
    if (leftBehind)
        d.logger.warn(`${step.name} left processes running when its shell ended; they were stopped`);
    return entry;
}


/***/ }),

/***/ 59061:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ createEvidenceWriter)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


function safeName(name) {
    const clean = name
        .replace(/\\/g, '/')
        .split('/')
        .filter((p) => p && p !== '.' && p !== '..')
        .join('/');
    return clean.replace(/[^\w./-]/g, '_') || 'evidence';
}
/**
 * Writes a check's evidence under `evidence/<check id>/`, redacted with the secrets known now.
 * Secrets found later (by another check still running) are masked when the bundle is sealed,
 * which redacts every file again. Once closed (the check finished or timed out) it refuses
 * writes, so a late write cannot change a sealed bundle.
 */
function createEvidenceWriter(outputDir, checkId, redactor, written) {
    let closed = false;
    return {
        close() {
            closed = true;
        },
        async write(name, content) {
            if (closed)
                throw new Error(`evidence for ${checkId} was written after the check ended`);
            const rel = `evidence/${checkId}/${safeName(name)}`;
            const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(outputDir, ...rel.split('/'));
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(abs), { recursive: true });
            // Values are redacted one by one before they are serialized: a value cut short (a body
            // excerpt) ends its own string, where a leftover piece of a secret is recognised.
            const data = content instanceof Uint8Array
                ? redactor.redactBytes(content)
                : typeof content === 'string'
                    ? redactor.redact(content)
                    : redactor.redact(`${JSON.stringify(redactor.redactDeep(content), null, 2)}\n`);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(abs, data);
            if (!written.includes(rel))
                written.push(rel);
            return rel;
        },
    };
}


/***/ }),

/***/ 65618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ runChecks)
/* harmony export */ });
/* harmony import */ var p_limit__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(70370);
/* harmony import */ var _checks_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2636);
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98571);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73054);
/* harmony import */ var _evidence_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59061);






const DEFAULT_SCORE = { pass: 5, warn: 4, fail: 1, error: 1 };
const ERROR_SCORE = { fail: 1, warn: 4, pass: 5 };
class CheckTimeout extends Error {
}
/** Checks a check's own answer, so a buggy check becomes an `error`, not a wrong verdict. */
function validateOutcome(o) {
    if (!o || typeof o !== 'object')
        return 'returned no result';
    const r = o;
    if (!_core_types_js__WEBPACK_IMPORTED_MODULE_4__/* .CHECK_STATUSES */ .Qw.includes(r.status) || r.status === 'skipped')
        return `returned unknown status ${JSON.stringify(r.status)}`;
    if (r.score !== undefined && (!Number.isInteger(r.score) || r.score < 1 || r.score > 5))
        return `returned score ${r.score}, expected 1–5`;
    if (typeof r.summary !== 'string')
        return 'returned no summary';
    return undefined;
}
function baseResult(check) {
    return {
        id: check.id,
        type: check.type,
        ...(check.title ? { title: check.title } : {}),
        category: check.category,
        enforcement: check.enforcement,
        onError: check.onError,
        findings: [],
        metrics: {},
        evidence: [],
    };
}
function errored(check, error, durationMs, evidence = [], findings = []) {
    return {
        ...baseResult(check),
        status: 'error',
        score: ERROR_SCORE[check.onError],
        summary: `could not run: ${error}`,
        error,
        durationMs,
        evidence,
        findings,
    };
}
/** How the check uses the working tree, as its type says for its fields. */
function workTreeUse(check, deps) {
    if (check.enforcement === 'off')
        return undefined;
    const type = deps.types ? deps.types.find((t) => t.type === check.type) : (0,_checks_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .checkType */ .B)(check.type);
    return type?.workTree?.(check.spec);
}
/**
 * Runs the checks concurrently (bounded), each with its own timeout, under one gate timeout.
 * Whatever a check does — throw, hang, return nonsense — it ends as a result; the others go on.
 */
async function runChecks(checks, deps, opts) {
    const limit = (0,p_limit__WEBPACK_IMPORTED_MODULE_5__/* ["default"] */ .A)(Math.max(1, opts.concurrency));
    const gate = new AbortController();
    const gateDeadline = performance.now() + opts.gateTimeoutMs;
    const gateTimer = setTimeout(() => gate.abort(new Error(`gate timeout of ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(opts.gateTimeoutMs)} reached`)), opts.gateTimeoutMs);
    gateTimer.unref?.();
    const onStop = () => gate.abort(opts.signal.reason ?? new Error('stopped'));
    if (opts.signal?.aborted)
        onStop();
    else
        opts.signal?.addEventListener('abort', onStop, { once: true });
    // What a check says is held until every check has ended: a secret registered late (the
    // secrets scan, the env check) must mask what an earlier check printed too, and a printed line
    // cannot be taken back. Only the check's id and status show as it ends.
    const ended = [];
    const finish = (result, log = []) => {
        ended.push({ result, log });
        deps.logger.debug(`${result.id}: ${result.status} (${ended.length} of ${checks.length} check(s) ended)`);
        return result;
    };
    const runOne = async (check) => {
        const started = performance.now();
        const elapsed = () => Math.round(performance.now() - started);
        if (check.enforcement === 'off') {
            return finish({
                ...baseResult(check),
                status: 'skipped',
                score: 5,
                summary: 'not run (enforcement: off)',
                durationMs: 0,
            });
        }
        if (gate.signal.aborted)
            return finish(errored(check, `not started: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(gate.signal.reason)}`, 0));
        const type = deps.types ? deps.types.find((t) => t.type === check.type) : (0,_checks_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .checkType */ .B)(check.type);
        if (!type)
            return finish(errored(check, `no check type "${check.type}"`, 0));
        const log = [];
        const evidence = [];
        const controller = new AbortController();
        const onGateAbort = () => controller.abort(gate.signal.reason);
        gate.signal.addEventListener('abort', onGateAbort, { once: true });
        let timer;
        const writer = (0,_evidence_js__WEBPACK_IMPORTED_MODULE_3__/* .createEvidenceWriter */ .X)(deps.outputDir, check.id, deps.redactor, evidence);
        const ctx = {
            id: check.id,
            profile: deps.profile,
            cwd: deps.cwd,
            outputDir: deps.outputDir,
            signal: controller.signal,
            timeoutMs: check.timeoutMs,
            deadline: Math.min(started + check.timeoutMs, gateDeadline),
            env: deps.env,
            now: deps.now,
            log: (line) => log.push(line),
            evidence: writer,
            exec: deps.exec,
            http: deps.http,
            secret: (value) => {
                deps.redactor.add(value);
                deps.logger.mask(value);
            },
            ...(deps.change ? { change: deps.change } : {}),
            ...(deps.history ? { history: deps.history } : {}),
            ...(deps.config ? { config: deps.config } : {}),
            ...(deps.reviews ? { reviews: deps.reviews } : {}),
        };
        let result;
        try {
            const stopped = new Promise((_, reject) => {
                timer = setTimeout(() => {
                    const err = new CheckTimeout(`timed out after ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(check.timeoutMs)}`);
                    controller.abort(err);
                    reject(err);
                }, check.timeoutMs);
                controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
            });
            stopped.catch(() => undefined);
            const outcome = await Promise.race([type.run(check.spec, ctx), stopped]);
            const invalid = validateOutcome(outcome);
            if (invalid) {
                result = errored(check, `internal error in check type "${check.type}": ${invalid}`, elapsed(), evidence);
            }
            else if (outcome.status === 'error') {
                result = errored(check, outcome.summary, elapsed(), evidence, outcome.findings ?? []);
                result.metrics = outcome.metrics ?? {};
            }
            else {
                result = {
                    ...baseResult(check),
                    status: outcome.status,
                    score: outcome.status === 'pass' ? 5 : (outcome.score ?? DEFAULT_SCORE[outcome.status]),
                    summary: outcome.summary,
                    findings: outcome.findings ?? [],
                    metrics: outcome.metrics ?? {},
                    durationMs: elapsed(),
                    evidence,
                };
            }
        }
        catch (err) {
            const reason = controller.signal.aborted ? (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(controller.signal.reason) : (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err);
            result = errored(check, reason, elapsed(), evidence);
        }
        finally {
            writer.close();
            clearTimeout(timer);
            gate.signal.removeEventListener('abort', onGateAbort);
            if (!controller.signal.aborted)
                controller.abort(new Error('check finished'));
            // A check ends when everything it started has: its slot is not given away before.
            await deps.exec.ended?.(controller.signal);
        }
        return finish(result, log);
    };
    // Checks that observe the working tree are queued first and the ones that may change it start
    // only once those are done, so the tree they see is the one the run started with.
    const use = checks.map((c) => workTreeUse(c, deps));
    const first = checks.map((c, i) => (use[i] === 'observes' ? limit(() => runOne(c)) : undefined));
    const observed = Promise.all(first);
    const results = checks.map((c, i) => first[i] ??
        (use[i] === 'changes' ? observed.then(() => limit(() => runOne(c))) : limit(() => runOne(c))));
    try {
        const done = await Promise.all(results);
        // The secret set is complete now: redact with all of it, then print in the order checks ended.
        const clean = new Map();
        for (const { result, log } of ended) {
            const r = deps.redactor.redactDeep(result);
            clean.set(result, r);
            deps.logger.checkFinished(r, log.map((l) => deps.redactor.redact(l)));
        }
        return done.map((r) => clean.get(r) ?? deps.redactor.redactDeep(r));
    }
    finally {
        clearTimeout(gateTimer);
        opts.signal?.removeEventListener('abort', onStop);
    }
}


/***/ }),

/***/ 34793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iv: () => (/* binding */ chunk),
/* harmony export */   jg: () => (/* binding */ ANNOTATIONS_PER_REQUEST),
/* harmony export */   mc: () => (/* binding */ planAnnotations)
/* harmony export */ });
/* unused harmony exports MAX_ANNOTATIONS, repoPath */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** GitHub's limits on check-run annotations. */
const ANNOTATIONS_PER_REQUEST = 50;
const TITLE_MAX = 255;
const MESSAGE_MAX_BYTES = 64 * 1024;
/**
 * Default cap (input max-annotations): past it, findings are left out and counted in the check
 * run. Each batch of 50 is a write request, paced at one a second under GitHub's content limits,
 * so 500 cost about ten seconds.
 */
const MAX_ANNOTATIONS = 500;
const SEVERITY = { failure: 0, warning: 1, notice: 2 };
function clipBytes(text, max) {
    if (Buffer.byteLength(text) <= max)
        return text;
    let cut = Buffer.from(text)
        .subarray(0, max - 4)
        .toString('utf8');
    // A cut inside a multi-byte character decodes to U+FFFD: drop it.
    cut = cut.replace(/\uFFFD$/, '');
    return `${cut}…`;
}
/** A finding's file as a path from the repository root, or undefined when it lies outside. */
function repoPath(file, map) {
    const root = map.workspace ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(map.workspace) : undefined;
    const cwd = root ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(root, map.workingDirectory ?? '.') : undefined;
    let rel;
    if (node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(file)) {
        if (!root)
            return undefined;
        rel = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(root, file);
    }
    else if (cwd && root) {
        rel = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(root, node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, file));
    }
    else {
        rel = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.join(map.workingDirectory ?? '.', file.split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/')));
    }
    rel = rel.split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/');
    if (!rel || rel === '.' || rel.startsWith('../') || rel === '..' || node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.isAbsolute(rel))
        return undefined;
    return rel;
}
/**
 * Every finding with a file and a line, as one annotation each: de-duplicated (the same place,
 * level and message once), failures first, at most `max`.
 */
function planAnnotations(report, map = {}) {
    const seen = new Set();
    const all = [];
    let outside = 0;
    let duplicates = 0;
    for (const check of report.checks) {
        for (const f of check.findings) {
            if (!f.file || !f.line || !Number.isInteger(f.line) || f.line < 1)
                continue;
            const p = repoPath(f.file, map);
            if (!p) {
                outside++;
                continue;
            }
            const key = `${p}\0${f.line}\0${f.level}\0${f.message}`;
            if (seen.has(key)) {
                duplicates++;
                continue;
            }
            seen.add(key);
            const name = check.title ? `${check.title} (${check.id})` : check.id;
            all.push({
                path: p,
                start_line: f.line,
                end_line: f.line,
                annotation_level: f.level,
                title: clipBytes(`promotion-gate: ${name}`, TITLE_MAX),
                message: clipBytes(f.message || '(no message)', MESSAGE_MAX_BYTES),
                order: all.length,
            });
        }
    }
    all.sort((a, b) => SEVERITY[a.annotation_level] - SEVERITY[b.annotation_level] || a.order - b.order);
    const max = map.max ?? MAX_ANNOTATIONS;
    return {
        annotations: all.slice(0, max).map(({ order: _order, ...a }) => a),
        outside,
        duplicates,
        overLimit: Math.max(0, all.length - max),
    };
}
function chunk(items, size) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}


/***/ }),

/***/ 49721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ artifactName),
/* harmony export */   Nf: () => (/* binding */ artifactUnavailable),
/* harmony export */   Wk: () => (/* binding */ artifactUrl),
/* harmony export */   YM: () => (/* binding */ findEvidenceArtifacts),
/* harmony export */   Zn: () => (/* binding */ uploadFiles),
/* harmony export */   bk: () => (/* binding */ downloadArtifact),
/* harmony export */   sd: () => (/* binding */ uploadBundle)
/* harmony export */ });
/* unused harmony export parseArtifactName */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _bundle_seal_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3167);
/* harmony import */ var _bundle_verify_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10907);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4473);





/**
 * The evidence bundle as a workflow artifact. @actions/artifact and the Azure SDK it brings are
 * loaded only when an artifact is uploaded or downloaded: most of the bundle's start-up cost.
 */
/** Characters @actions/artifact refuses in a name. */
const BAD_NAME_CHARS = /["':<>|*?\\/\r\n]/g;
const NAME_PATTERN = /^promotion-gate-(.+)-attempt-(\d+)$/;
/** Unique per profile and run attempt (artifact names must be unique within a workflow run). */
function artifactName(profile, attempt) {
    return `promotion-gate-${profile.replace(BAD_NAME_CHARS, '_')}-attempt-${attempt}`;
}
function parseArtifactName(name) {
    const m = NAME_PATTERN.exec(name);
    return m ? { profile: m[1], attempt: Number(m[2]) } : undefined;
}
function artifactUrl(serverUrl, owner, repo, runId, id) {
    return `${serverUrl}/${owner}/${repo}/actions/runs/${runId}/artifacts/${id}`;
}
/** Why an artifact cannot be uploaded from here, or undefined when it can. */
function artifactUnavailable(env) {
    const runner = (0,_core_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .readRunner */ .f)(env);
    if (!runner.artifactRuntime)
        return 'not on a GitHub Actions runner (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set)';
    const host = new URL(runner.serverUrl).hostname.toLowerCase();
    if (host !== 'github.com' && !host.endsWith('.ghe.com'))
        return `artifacts of this kind are not supported on GitHub Enterprise Server (${host})`;
    return undefined;
}
/**
 * Uploads exactly the bundle: it is verified first, so what is uploaded is what the manifest
 * lists (and nothing else) — a bundle that does not verify is not uploaded.
 */
async function uploadBundle(dir, name, retentionDays) {
    const check = await (0,_bundle_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyBundle */ .I)(dir);
    if (!check.ok) {
        const first = check.problems.slice(0, 3).map((p) => `${p.path} ${p.kind}`);
        throw new Error(`the evidence bundle in ${dir} does not verify (${first.join(', ')}); not uploaded`);
    }
    const files = (await (0,_bundle_seal_js__WEBPACK_IMPORTED_MODULE_2__/* .listFiles */ .CS)(dir)).map((f) => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, f));
    return uploadFiles(name, files, dir, retentionDays);
}
/** Uploads files under `rootDir` as one artifact of this workflow run. */
async function uploadFiles(name, files, rootDir, retentionDays) {
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(251), __webpack_require__.e(555), __webpack_require__.e(659), __webpack_require__.e(347)]).then(__webpack_require__.bind(__webpack_require__, 80347));
    const r = await new DefaultArtifactClient().uploadArtifact(name, files, rootDir, {
        ...(retentionDays ? { retentionDays } : {}),
    });
    if (r.id === undefined)
        throw new Error(`artifact ${name}: the upload returned no id`);
    return { id: r.id, name, size: r.size, digest: r.digest };
}
/** The evidence artifacts of a run: per profile, the one of the latest attempt not after `attempt`. */
async function findEvidenceArtifacts(api, o) {
    const all = await api.paginate(api.rest.actions.listWorkflowRunArtifacts, {
        owner: o.owner,
        repo: o.repo,
        run_id: o.runId,
        per_page: 100,
        ...(o.name ? { name: o.name } : {}),
    });
    const live = all.filter((a) => !a.expired);
    if (o.name)
        return live.filter((a) => a.name === o.name);
    const best = new Map();
    for (const a of live) {
        const parsed = parseArtifactName(a.name);
        if (!parsed || (o.attempt && parsed.attempt > o.attempt))
            continue;
        const prev = best.get(parsed.profile);
        if (!prev || parsed.attempt > prev.attempt)
            best.set(parsed.profile, { a, attempt: parsed.attempt });
    }
    return [...best.values()].map(({ a }) => ({ id: a.id, name: a.name, digest: a.digest }));
}
/**
 * Downloads and unzips an artifact of another run (needs a token with `actions: read`). When
 * GitHub recorded the artifact's digest, the download must match it.
 */
async function downloadArtifact(o, dest) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dest, { recursive: true });
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(251), __webpack_require__.e(555), __webpack_require__.e(659), __webpack_require__.e(347)]).then(__webpack_require__.bind(__webpack_require__, 80347));
    const r = await new DefaultArtifactClient().downloadArtifact(o.artifact.id, {
        path: dest,
        findBy: { token: o.token, workflowRunId: o.runId, repositoryOwner: o.owner, repositoryName: o.repo },
        ...(o.artifact.digest ? { expectedHash: o.artifact.digest } : {}),
    });
    if (r.digestMismatch)
        throw new Error(`artifact ${o.artifact.name}: the download does not match its digest`);
    return r.downloadPath ?? dest;
}


/***/ }),

/***/ 16602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E7: () => (/* binding */ CheckRun),
/* harmony export */   FI: () => (/* binding */ DEFAULT_CONCLUSIONS),
/* harmony export */   Fr: () => (/* binding */ CONCLUSIONS)
/* harmony export */ });
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34793);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73116);


const CONCLUSIONS = ['success', 'neutral', 'failure', 'action_required', 'skipped'];
const DEFAULT_CONCLUSIONS = {
    'auto-promote': 'success',
    'promote-with-hotfix': 'neutral',
    hold: 'failure',
};
/** A check run: created `in_progress` when the gate starts, completed with its annotations at the end. */
class CheckRun {
    api;
    target;
    constructor(api, target) {
        this.api = api;
        this.target = target;
    }
    /**
     * Creates the check run. A create whose answer was lost is looked up by its external id before
     * trying again, so a flaky network never leaves a second run stuck "in progress".
     */
    async create(externalId, status = 'in_progress') {
        const { owner, repo, headSha, name, detailsUrl } = this.target;
        const params = {
            owner,
            repo,
            name,
            head_sha: headSha,
            status,
            external_id: externalId,
            started_at: new Date().toISOString(),
            ...(detailsUrl ? { details_url: detailsUrl } : {}),
        };
        try {
            const r = await this.api.rest.checks.create({ ...params, request: { retries: 0 } });
            return { id: r.data.id, url: r.data.html_url ?? '' };
        }
        catch (err) {
            if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .mayHaveApplied */ .PH)(err))
                throw err;
            const existing = await this.find((c) => c.external_id === externalId);
            if (existing)
                return existing;
            const r = await this.api.rest.checks.create(params);
            return { id: r.data.id, url: r.data.html_url ?? '' };
        }
    }
    /** The newest check run of this name on the commit that matches, if any. */
    async find(match) {
        const { owner, repo, headSha, name } = this.target;
        const runs = await this.api.paginate(this.api.rest.checks.listForRef, {
            owner,
            repo,
            ref: headSha,
            check_name: name,
            filter: 'latest',
            per_page: 100,
        });
        const hit = runs.filter(match).sort((a, b) => b.id - a.id)[0];
        return hit ? { id: hit.id, url: hit.html_url ?? '' } : undefined;
    }
    /**
     * Completes the run: annotations in batches of 50 (each update appends them), the conclusion
     * with the last batch. A batch whose answer was lost is checked against the run's annotation
     * count before it is sent again, so no annotation is ever duplicated.
     */
    async complete(ref, o) {
        const { owner, repo } = this.target;
        const batches = o.annotations.length ? (0,_annotations_js__WEBPACK_IMPORTED_MODULE_0__/* .chunk */ .iv)(o.annotations, _annotations_js__WEBPACK_IMPORTED_MODULE_0__/* .ANNOTATIONS_PER_REQUEST */ .jg) : [[]];
        let annotated = 0;
        let requests = 0;
        for (const [i, batch] of batches.entries()) {
            const last = i === batches.length - 1;
            const params = {
                owner,
                repo,
                check_run_id: ref.id,
                output: { ...o.output, ...(batch.length ? { annotations: batch } : {}) },
                ...(last
                    ? { status: 'completed', conclusion: o.conclusion, completed_at: new Date().toISOString() }
                    : {}),
                ...(last && o.externalId ? { external_id: o.externalId } : {}),
            };
            requests++;
            try {
                await this.api.rest.checks.update({ ...params, request: { retries: 0 } });
            }
            catch (err) {
                if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .mayHaveApplied */ .PH)(err))
                    throw err;
                const now = await this.api.rest.checks.get({ owner, repo, check_run_id: ref.id });
                const applied = (now.data.output.annotations_count ?? 0) >= annotated + batch.length;
                const done = !last || now.data.status === 'completed';
                if (!(applied && done)) {
                    requests++;
                    // Sent again without the batch if it did land: only the conclusion was missing.
                    await this.api.rest.checks.update(applied ? { ...params, output: o.output } : params);
                }
            }
            annotated += batch.length;
        }
        return { annotated, requests };
    }
}


/***/ }),

/***/ 96584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73116);

/** Longest wait for a rate limit to reset that is still worth it; beyond, the request fails. */
const MAX_RATE_LIMIT_WAIT_S = 60;
function hostOf(input) {
    try {
        return new URL(input instanceof Request ? input.url : String(input)).host;
    }
    catch {
        return 'the API URL';
    }
}
/**
 * Registered before plugin-retry, so it sees a failure first: a request that could not connect
 * is not retried (its `request.retries` becomes 0), whatever `api-retries` says.
 */
function noRetryWhenUnreachable(octokit) {
    octokit.hook.error('request', (error, options) => {
        if (error instanceof Error && hasUnreachableCause(error))
            options.request = { ...options.request, retries: 0 };
        throw error;
    });
}
function hasUnreachableCause(error) {
    for (let e = error, i = 0; e instanceof Error && i < 8; e = e.cause, i++) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubUnreachable */ .yc)
            return true;
    }
    return false;
}
/**
 * Builds the client. @actions/github and the plugins are loaded here, not at start-up, so
 * commands that never talk to GitHub do not pay for them. @actions/github brings the runner's
 * proxy settings (HTTPS_PROXY, NO_PROXY) through its fetch.
 */
async function createGitHubClient(o) {
    const [{ GitHub: Base, defaults, getOctokitOptions }, { retry }, { throttling }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(555)]).then(__webpack_require__.bind(__webpack_require__, 85555)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(735)]).then(__webpack_require__.bind(__webpack_require__, 49735)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(856)]).then(__webpack_require__.bind(__webpack_require__, 86856)),
    ]);
    const baseFetch = defaults.request?.fetch ?? globalThis.fetch;
    const seconds = Math.round(o.timeoutMs / 100) / 10;
    // Once a connection failed before any answer, no request of this client goes out again.
    let unreachable;
    const fetchWithTimeout = async (input, init) => {
        if (unreachable)
            throw unreachable;
        const timeout = AbortSignal.timeout(o.timeoutMs);
        const signals = [timeout, init?.signal, o.signal].filter((s) => !!s);
        try {
            return await baseFetch(input, { ...init, signal: AbortSignal.any(signals) });
        }
        catch (err) {
            // A plain Error becomes a retryable RequestError (status 500, no response) in @octokit/request.
            if (timeout.aborted && !o.signal?.aborted)
                throw new Error(`no answer within ${seconds} s`);
            const failure = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .connectionFailure */ .Dx)(err);
            if (failure && !unreachable) {
                unreachable = new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubUnreachable */ .yc(`${failure} at ${hostOf(input)}`, { cause: err });
                o.log.warn(`GitHub is unreachable (${unreachable.message}): no further requests in this run`);
            }
            throw unreachable ?? err;
        }
    };
    const onLimit = (kind) => (retryAfter, options, _octokit, retryCount) => {
        const what = `${options.method ?? ''} ${options.url ?? ''}`.trim();
        if (retryCount < o.retries && retryAfter <= MAX_RATE_LIMIT_WAIT_S) {
            o.log.warn(`GitHub ${kind} on ${what}: retrying in ${retryAfter} s`);
            return true;
        }
        o.log.warn(`GitHub ${kind} on ${what}: giving up (retry after ${retryAfter} s)`);
        return false;
    };
    const Client = Base.plugin(noRetryWhenUnreachable, retry, throttling);
    return new Client(getOctokitOptions(o.token, {
        baseUrl: o.apiUrl,
        userAgent: o.userAgent,
        request: { fetch: fetchWithTimeout },
        retry: { retries: o.retries },
        throttle: {
            enabled: o.paced !== false,
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
        },
        log: {
            debug: (m) => o.log.debug(m),
            info: (m) => o.log.debug(m),
            warn: (m) => o.log.warn(m),
            error: (m) => o.log.warn(m),
        },
    }));
}


/***/ }),

/***/ 19556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ loadGitHubContext)
/* harmony export */ });
/* unused harmony export githubContext */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4473);


const obj = (v) => (v && typeof v === 'object' ? v : undefined);
const str = (v) => (typeof v === 'string' && v ? v : undefined);
const int = (v) => {
    const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
    return Number.isInteger(n) && n > 0 ? n : undefined;
};
/** Builds the context from the environment and an already parsed event payload. */
function githubContext(env, payload = {}) {
    const runner = (0,_core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .readRunner */ .f)(env);
    const full = runner.repository ?? str(obj(payload.repository)?.full_name);
    const [owner, repo] = full?.split('/') ?? [];
    if (!owner || !repo)
        return undefined;
    const eventName = runner.eventName ?? '';
    const { serverUrl, apiUrl } = runner;
    const pr = obj(payload.pull_request);
    const head = obj(pr?.head);
    const headRepo = str(obj(head?.repo)?.full_name);
    const baseRepo = str(obj(obj(pr?.base)?.repo)?.full_name) ?? `${owner}/${repo}`;
    const runId = runner.runId;
    const actor = runner.actor ?? str(obj(payload.sender)?.login);
    const wr = obj(payload.workflow_run);
    return {
        owner,
        repo,
        eventName,
        headSha: str(head?.sha) ?? runner.sha,
        pullNumber: int(pr?.number) ?? (eventName.startsWith('pull_request') ? int(payload.number) : undefined),
        runId,
        runAttempt: runner.runAttempt,
        job: runner.job,
        actor,
        serverUrl,
        apiUrl,
        graphqlUrl: runner.graphqlUrl,
        runUrl: runId ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : undefined,
        fork: pr && headRepo && headRepo !== baseRepo ? headRepo : undefined,
        dependabot: actor === 'dependabot[bot]',
        workflowRun: wr ? workflowRunInfo(wr) : undefined,
    };
}
function workflowRunInfo(wr) {
    const id = int(wr.id);
    const headSha = str(wr.head_sha);
    if (!id || !headSha)
        return undefined;
    const prs = Array.isArray(wr.pull_requests) ? wr.pull_requests : [];
    return {
        id,
        attempt: int(wr.run_attempt) ?? 1,
        headSha,
        headBranch: str(wr.head_branch),
        headRepository: str(obj(wr.head_repository)?.full_name),
        pullNumbers: prs
            .filter((p) => str(obj(obj(p)?.head)?.sha) === undefined || str(obj(obj(p)?.head)?.sha) === headSha)
            .map((p) => int(obj(p)?.number))
            .filter((n) => n !== undefined),
        htmlUrl: str(wr.html_url),
        event: str(wr.event),
    };
}
/** Reads GITHUB_EVENT_PATH (a missing or unreadable payload is an empty one: the event is optional). */
async function loadGitHubContext(env) {
    let payload = {};
    const eventPath = (0,_core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .readRunner */ .f)(env).eventPath;
    if (eventPath) {
        try {
            payload = obj(JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(eventPath, 'utf8'))) ?? {};
        }
        catch {
            payload = {};
        }
    }
    return githubContext(env, payload);
}


/***/ }),

/***/ 73116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dx: () => (/* binding */ connectionFailure),
/* harmony export */   PH: () => (/* binding */ mayHaveApplied),
/* harmony export */   Xn: () => (/* binding */ stopsFurtherCalls),
/* harmony export */   bl: () => (/* binding */ classifyApiError),
/* harmony export */   ge: () => (/* binding */ describeApiFailure),
/* harmony export */   yc: () => (/* binding */ GitHubUnreachable)
/* harmony export */ });
/**
 * A connection to GitHub that failed before any answer. Nothing was applied, and trying again
 * within the run only makes the job wait (minutes, with the retries): publishing ends at once.
 */
class GitHubUnreachable extends Error {
    name = 'GitHubUnreachable';
}
const CONNECTION_CODES = new Map([
    ['ECONNREFUSED', 'connection refused'],
    ['ENOTFOUND', 'host not found'],
    ['EAI_AGAIN', 'host name lookup failed'],
    ['ECONNRESET', 'connection reset before an answer'],
    ['UND_ERR_SOCKET', 'connection closed before an answer'],
    ['EHOSTUNREACH', 'host unreachable'],
    ['ENETUNREACH', 'network unreachable'],
]);
const TLS_CODE = /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|ERR_TLS|ERR_SSL/;
/** Each error of a chain of causes (AggregateError members too), the outermost first. */
function* causes(err) {
    const queue = [err];
    for (let seen = 0; queue.length && seen < 16; seen++) {
        const e = queue.shift();
        if (!e || typeof e !== 'object')
            continue;
        yield e;
        queue.push(e.cause);
        const members = e.errors;
        if (Array.isArray(members))
            queue.push(...members);
    }
}
/**
 * What failed, when a request's error is a connection failure: `connection refused (ECONNREFUSED)`.
 * Only for errors raised before any answer arrived (fetch itself rejected).
 */
function connectionFailure(err) {
    for (const e of causes(err)) {
        const code = typeof e.code === 'string' ? e.code : '';
        const what = CONNECTION_CODES.get(code);
        if (what)
            return `${what} (${code})`;
        if (TLS_CODE.test(code))
            return `TLS failed: ${firstLine(String(e.message ?? code), 200)}`;
    }
    return undefined;
}
function unreachableIn(err) {
    for (const e of causes(err))
        if (e instanceof GitHubUnreachable)
            return e;
    return undefined;
}
function firstLine(text, max = 300) {
    const line = text.split('\n')[0].trim();
    return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
function classifyApiError(err) {
    const unreachable = unreachableIn(err);
    if (unreachable)
        return { kind: 'unreachable', message: firstLine(unreachable.message) };
    const e = (err ?? {});
    const status = typeof e.status === 'number' ? e.status : undefined;
    const data = e.response?.data;
    const message = firstLine(String(data?.message ?? e.message ?? err));
    if (Array.isArray(e.errors)) {
        const first = e.errors[0] ?? {};
        const text = firstLine(first.message ?? message);
        if (first.type === 'FORBIDDEN')
            return { kind: 'forbidden', message: text };
        if (first.type === 'NOT_FOUND')
            return { kind: 'not-found', message: text };
        if (first.type === 'RATE_LIMITED')
            return { kind: 'rate-limited', message: text };
        return { kind: 'rejected', message: text };
    }
    const hasResponse = e.response !== undefined;
    if (!hasResponse || status === undefined || status >= 500) {
        const detail = /timeout|timed out|no answer/i.test(message) ? message : message || 'no answer';
        return { kind: 'unavailable', status: hasResponse ? status : undefined, message: detail };
    }
    if (status === 401)
        return { kind: 'unauthorized', status, message };
    if (status === 429 || (status === 403 && /rate limit/i.test(message))) {
        return { kind: 'rate-limited', status, message };
    }
    // A locked conversation or a blocked user is also a 403, but no token would do better.
    if (status === 403 && !/locked|blocked/i.test(message))
        return { kind: 'forbidden', status, message };
    if (status === 404)
        return { kind: 'not-found', status, message };
    return { kind: 'rejected', status, message };
}
/** `GitHub answered 500: Server Error` / `no answer: …` — for logs and warnings. */
function describeApiFailure(f) {
    if (f.kind === 'unreachable')
        return `could not reach GitHub: ${f.message}`;
    return f.status ? `GitHub answered ${f.status}: ${f.message}` : `GitHub did not answer: ${f.message}`;
}
/**
 * Whether a failed write may still have been applied (the answer was lost, not refused): a retry
 * must first look whether it was, or it would duplicate annotations or comments.
 */
// Not after a connection failure: whatever it was, no call follows one in this run.
function mayHaveApplied(err) {
    return classifyApiError(err).kind === 'unavailable';
}
/** A failure that stops every later call to the API in this run (an outage, a bad token). */
function stopsFurtherCalls(f) {
    return f.kind === 'unavailable' || f.kind === 'unreachable' || f.kind === 'unauthorized';
}


/***/ }),

/***/ 65039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $n: () => (/* binding */ raiseIncident),
/* harmony export */   o4: () => (/* binding */ raiseIssue),
/* harmony export */   oy: () => (/* binding */ resolveIssue),
/* harmony export */   pw: () => (/* binding */ resolveIncident)
/* harmony export */ });
/* unused harmony exports ISSUE_LABEL, issueMarker, runMarker */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73116);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19983);
/* harmony import */ var _stickyComment_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87347);



/**
 * Issues that stand for a state: an incident while a watched profile holds, a hotfix while one
 * is due — and later the post-deploy monitor's alerts. Each is found again among the open issues
 * labelled `promotion-gate` by a hidden marker for its key and by its author (the token's own
 * login), so a person's issue that quotes the marker is never taken for ours. Every comment
 * carries a marker with the run that wrote it, so a re-run finds it and writes nothing twice.
 */
const ISSUE_LABEL = 'promotion-gate';
/** Markers may not end the HTML comment they sit in. */
const safe = (s) => s.replace(/[^\w.:@/-]/g, '_');
/** `<!-- promotion-gate:incident:prod -->`: the hidden line that names what an issue stands for. */
function issueMarker(key) {
    return `<!-- promotion-gate:${safe(key)} -->`;
}
/** `<!-- promotion-gate:run incident:prod 4242 -->`: which run wrote a body or a comment. */
function runMarker(key, runKey) {
    return `<!-- promotion-gate:run ${safe(key)} ${safe(runKey)} -->`;
}
const fit = (text) => text.length <= _render_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.commentBody ? text : `${text.slice(0, _render_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.commentBody - 2)}\n…`;
/** Our open issues for `key`, oldest first. */
async function openIssues(d, author, key) {
    const mark = issueMarker(key);
    const found = [];
    for await (const page of d.api.paginate.iterator(d.api.rest.issues.listForRepo, {
        ...d.target,
        state: 'open',
        labels: ISSUE_LABEL,
        per_page: 100,
    })) {
        for (const i of page.data) {
            if (i.pull_request || i.user?.login !== author)
                continue;
            if (!(i.body ?? '').includes(mark))
                continue;
            found.push({ number: i.number, html_url: i.html_url, title: i.title, body: i.body ?? '' });
        }
    }
    return found.sort((a, b) => a.number - b.number);
}
/** Whether the issue already carries this run's marker, in its body or one of our comments. */
async function toldBy(d, author, issue, marker) {
    if (issue.body.includes(marker))
        return true;
    for await (const page of d.api.paginate.iterator(d.api.rest.issues.listComments, {
        ...d.target,
        issue_number: issue.number,
        per_page: 100,
    })) {
        if (page.data.some((c) => c.user?.login === author && (c.body ?? '').includes(marker)))
            return true;
    }
    return false;
}
/** Comments once per run: a comment whose answer was lost is looked for before it is posted again. */
async function commentOnce(d, author, issue, body, marker) {
    const params = { ...d.target, issue_number: issue.number, body: fit(`${marker}\n${body}`) };
    try {
        await d.api.rest.issues.createComment({ ...params, request: { retries: 0 } });
    }
    catch (err) {
        if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .mayHaveApplied */ .PH)(err))
            throw err;
        if (await toldBy(d, author, issue, marker))
            return;
        await d.api.rest.issues.createComment(params);
    }
}
/**
 * Watchers that raced may each have opened an issue. The oldest stays; every newer one of ours is
 * closed as its duplicate. Closing is one idempotent request (state, reason and body together), so
 * two watchers closing the same duplicate leave it as one would.
 */
async function closeDuplicates(d, list) {
    const [keep, ...extra] = list;
    for (const dup of extra)
        await d.api.rest.issues.update({
            ...d.target,
            issue_number: dup.number,
            state: 'closed',
            state_reason: 'duplicate',
            body: fit(`Duplicate of #${keep.number}.\n\n${dup.body}`),
        });
    return extra.length;
}
/** Creates the issue; if the answer was lost, looks for it (by this run's marker) before creating again. */
async function createOnce(d, author, key, title, body, marker) {
    const params = { ...d.target, title: title.slice(0, 256), body, labels: [ISSUE_LABEL] };
    try {
        await d.api.rest.issues.create({ ...params, request: { retries: 0 } });
    }
    catch (err) {
        if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .mayHaveApplied */ .PH)(err))
            throw err;
        if ((await openIssues(d, author, key)).some((i) => i.body.includes(marker)))
            return;
        await d.api.rest.issues.create(params);
    }
}
/** Opens the issue for `key`, or comments on (or edits) the one already open. */
async function raiseIssue(d, o) {
    const author = d.author ?? (await (0,_stickyComment_js__WEBPACK_IMPORTED_MODULE_2__/* .ownLogin */ .C4)(d.api));
    const marker = runMarker(o.key, o.runKey);
    const body = fit(`${issueMarker(o.key)}\n${marker}\n${o.body}`);
    let open = await openIssues(d, author, o.key);
    let duplicatesClosed = 0;
    if (open.length === 0) {
        await createOnce(d, author, o.key, o.title, body, marker);
        open = await openIssues(d, author, o.key);
        if (open.length > 1)
            duplicatesClosed = await closeDuplicates(d, open);
        const kept = open[0];
        if (!kept)
            return {
                action: 'none',
                detail: 'created, but not found again (is the label missing?)',
                duplicatesClosed,
            };
        const ours = kept.body.includes(marker);
        return {
            action: ours ? 'opened' : 'unchanged',
            issue: { number: kept.number, url: kept.html_url },
            detail: ours
                ? `opened #${kept.number}`
                : `another watcher opened #${kept.number} at the same time; ours was closed as its duplicate`,
            duplicatesClosed,
        };
    }
    if (open.length > 1)
        duplicatesClosed = await closeDuplicates(d, open);
    const issue = open[0];
    const ref = { number: issue.number, url: issue.html_url };
    if (o.whenOpen === 'edit') {
        // The markers of the run that opened it stay; only what follows them is compared.
        const head = issue.body
            .split('\n')
            .filter((l) => l.startsWith('<!-- promotion-gate:'))
            .join('\n');
        const next = fit(`${head}\n${o.body}`);
        if (issue.body === next && issue.title === o.title.slice(0, 256))
            return { action: 'unchanged', issue: ref, detail: `#${issue.number} is current`, duplicatesClosed };
        await d.api.rest.issues.update({
            ...d.target,
            issue_number: issue.number,
            title: o.title.slice(0, 256),
            body: next,
        });
        return { action: 'updated', issue: ref, detail: `updated #${issue.number}`, duplicatesClosed };
    }
    if (await toldBy(d, author, issue, marker))
        return {
            action: 'unchanged',
            issue: ref,
            detail: `#${issue.number} already has run ${o.runKey}`,
            duplicatesClosed,
        };
    await commentOnce(d, author, issue, o.body, marker);
    return { action: 'commented', issue: ref, detail: `commented on #${issue.number}`, duplicatesClosed };
}
/** Comments on the open issue for `key` (once per run) and closes it as completed. */
async function resolveIssue(d, o) {
    const author = d.author ?? (await (0,_stickyComment_js__WEBPACK_IMPORTED_MODULE_2__/* .ownLogin */ .C4)(d.api));
    const open = await openIssues(d, author, o.key);
    if (open.length === 0)
        return { action: 'none', detail: 'no open issue', duplicatesClosed: 0 };
    const marker = runMarker(o.key, o.runKey);
    for (const issue of open) {
        if (!(await toldBy(d, author, issue, marker)))
            await commentOnce(d, author, issue, o.body, marker);
        await d.api.rest.issues.update({
            ...d.target,
            issue_number: issue.number,
            state: 'closed',
            state_reason: 'completed',
        });
    }
    const first = open[0];
    return {
        action: 'closed',
        issue: { number: first.number, url: first.html_url },
        detail: `closed ${open.map((i) => `#${i.number}`).join(', ')}`,
        duplicatesClosed: 0,
    };
}
/** The incident mechanism under the names other commands use: a raised alert, a resolved one. */
const raiseIncident = (d, o) => raiseIssue(d, { ...o, whenOpen: 'comment' });
const resolveIncident = resolveIssue;


/***/ }),

/***/ 77184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ Publisher)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _bundle_manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9075);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(34793);
/* harmony import */ var _checkRun_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16602);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(73116);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(19983);
/* harmony import */ var _stickyComment_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(87347);









class Publisher {
    deps;
    outcomes = [];
    checkRun;
    started;
    /** Set when GitHub stopped answering (or refused the token): later calls are not attempted. */
    stopped;
    constructor(deps) {
        this.deps = deps;
        const { api, target, settings } = deps;
        if (api && settings.checkRun && target.headSha) {
            this.checkRun = new _checkRun_js__WEBPACK_IMPORTED_MODULE_5__/* .CheckRun */ .E7(api, {
                owner: target.owner,
                repo: target.repo,
                headSha: target.headSha,
                name: settings.checkRunName,
                detailsUrl: target.runUrl,
            });
        }
    }
    /** Creates the check run `in_progress` in the background, while the gate runs. */
    begin(externalId) {
        if (!this.checkRun)
            return;
        const run = this.checkRun;
        this.started = run.create(externalId).then((ref) => {
            this.deps.log.info(`check run ${this.deps.settings.checkRunName} started: ${ref.url}`);
            return { ref };
        }, (err) => {
            const failure = (0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .classifyApiError */ .bl)(err);
            this.deps.log.debug(`check run not created at start: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .describeApiFailure */ .ge)(failure)}`);
            // No connection at all ends publishing for the run; a 5xx may pass by the end of the gate.
            if (failure.kind === 'unreachable')
                this.stopped ??= failure;
            return { failure };
        });
    }
    /** Uploads the artifact, completes the check run, posts the comment: each on its own. */
    async finish(report, outDir, o = {}) {
        const pub = { outcomes: this.outcomes, links: { runUrl: this.deps.target.runUrl } };
        if (o.existingArtifact) {
            pub.artifact = o.existingArtifact;
            pub.links.artifact = { ...o.existingArtifact, id: String(o.existingArtifact.id) };
        }
        if (o.uploadArtifact && !o.cancelled)
            await this.uploadArtifact(pub, o.uploadArtifact);
        await this.completeCheckRun(pub, report, outDir, o);
        if (o.cancelled)
            this.skip('PR comment', 'not-applicable', 'the gate was stopped');
        else
            await this.postComment(pub, report);
        return pub;
    }
    /** The gate could not decide (bad config, internal error): the started check run says so. */
    async fail(title, summary, annotations = []) {
        const pub = { outcomes: this.outcomes, links: { runUrl: this.deps.target.runUrl } };
        const ref = await this.startedRef();
        if (!ref || !this.checkRun)
            return pub;
        await this.guard('check run', async () => {
            await this.checkRun.complete(ref, {
                conclusion: 'failure',
                output: { title, summary: summary.slice(0, 65_535), text: '' },
                annotations: annotations.slice(0, 50),
            });
            pub.checkRun = ref;
            return `completed as failure: ${title}`;
        });
        return pub;
    }
    skip(sink, reason, detail) {
        this.outcomes.push({ sink, state: 'skipped', reason, detail });
    }
    /**
     * Runs one API sink: a refusal or an outage becomes its outcome, never an exception. The sink
     * returns what it did, or `{ skipped }` when it decided there was nothing to do.
     */
    async guard(sink, fn) {
        if (this.stopped) {
            this.skip(sink, 'unavailable', `not attempted: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .describeApiFailure */ .ge)(this.stopped)} earlier`);
            return;
        }
        try {
            const r = await fn();
            if (typeof r === 'string')
                this.outcomes.push({ sink, state: 'done', detail: r });
            else
                this.skip(sink, 'not-applicable', r.skipped);
        }
        catch (err) {
            const f = (0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .classifyApiError */ .bl)(err);
            if (f.kind === 'forbidden')
                this.skip(sink, 'read-only', (0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .describeApiFailure */ .ge)(f));
            else {
                if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .stopsFurtherCalls */ .Xn)(f))
                    this.stopped = f;
                this.outcomes.push({ sink, state: 'failed', reason: 'error', detail: (0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .describeApiFailure */ .ge)(f) });
            }
        }
    }
    async startedRef() {
        if (!this.started)
            return undefined;
        const s = await this.started;
        return s.ref;
    }
    async uploadArtifact(pub, upload) {
        try {
            const r = await upload();
            if (typeof r === 'string') {
                this.skip('artifact', r.startsWith('off') ? 'off' : 'not-applicable', r);
                return;
            }
            pub.artifact = r;
            pub.links.artifact = { name: r.name, id: String(r.id), url: r.url };
            this.outcomes.push({ sink: 'artifact', state: 'done', detail: `${r.name} (id ${r.id})` });
        }
        catch (err) {
            this.outcomes.push({ sink: 'artifact', state: 'failed', reason: 'error', detail: (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err) });
        }
    }
    async completeCheckRun(pub, report, outDir, o) {
        const { settings, target, api } = this.deps;
        if (!settings.checkRun)
            return this.skip('check run', 'off', 'off (check-run: false)');
        if (!api)
            return this.skip('check run', 'no-token', this.deps.noApi ?? 'no token');
        if (!target.headSha || !this.checkRun)
            return this.skip('check run', 'not-applicable', 'no commit SHA to put it on');
        const started = this.started ? await this.started : undefined;
        if (started?.failure?.kind === 'forbidden')
            return this.skip('check run', 'read-only', (0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .describeApiFailure */ .ge)(started.failure));
        pub.links.checkRun = { name: settings.checkRunName };
        await this.guard('check run', async () => {
            if (o.reuseCompleted && report.bundle) {
                const done = await this.checkRun.find((c) => c.external_id === report.bundle.id && c.status === 'completed');
                if (done) {
                    pub.checkRun = done;
                    pub.links.checkRun = { name: settings.checkRunName, url: done.url };
                    return `already published for bundle ${report.bundle.id}: ${done.url}`;
                }
            }
            // Created now if it could not be at the start (GitHub was down then, or the CLI publishes).
            const ref = started?.ref ?? (await this.checkRun.create(report.bundle?.id ?? `${Date.now()}`));
            pub.links.checkRun = { name: settings.checkRunName, url: ref.url };
            const plan = (0,_annotations_js__WEBPACK_IMPORTED_MODULE_4__/* .planAnnotations */ .mc)(report, settings.paths);
            const conclusion = o.cancelled ? 'cancelled' : settings.conclusions[report.action];
            // Its own output does not link to itself.
            const output = (0,_render_js__WEBPACK_IMPORTED_MODULE_7__/* .checkRunOutput */ .TN)(report, { ...pub.links, checkRun: undefined }, plan, await readManifest(outDir));
            const r = await this.checkRun.complete(ref, {
                conclusion,
                output,
                annotations: plan.annotations,
                externalId: report.bundle?.id,
            });
            pub.checkRun = ref;
            return `${conclusion}, ${r.annotated} annotation(s) in ${r.requests} update(s): ${ref.url}`;
        });
        if (!pub.checkRun)
            delete pub.links.checkRun?.url;
    }
    async postComment(pub, report) {
        const { settings, target, api } = this.deps;
        if (settings.comment === 'off')
            return this.skip('PR comment', 'off', 'off (comment: off)');
        if (!target.pullNumber)
            return this.skip('PR comment', 'not-applicable', 'not a pull request (set pr-number to comment anyway)');
        if (!api)
            return this.skip('PR comment', 'no-token', this.deps.noApi ?? 'no token');
        const mark = (0,_stickyComment_js__WEBPACK_IMPORTED_MODULE_8__/* .marker */ .xL)({ profile: report.profile, verdict: report.verdict, bundle: report.bundle?.id });
        await this.guard('PR comment', async () => {
            const r = await (0,_stickyComment_js__WEBPACK_IMPORTED_MODULE_8__/* .publishStickyComment */ .i2)(api, { owner: target.owner, repo: target.repo, issue: target.pullNumber, profile: report.profile }, (0,_render_js__WEBPACK_IMPORTED_MODULE_7__/* .commentBody */ .I2)(report, mark, pub.links), { verdict: report.verdict, bundle: report.bundle?.id }, {
                mode: settings.comment,
                when: settings.commentWhen,
                author: settings.commentAuthor,
            });
            if (r.id && r.url)
                pub.comment = { id: r.id, url: r.url };
            if (r.action === 'skipped')
                return { skipped: r.detail };
            return `${r.action} on #${target.pullNumber}: ${r.detail}${r.url ? ` — ${r.url}` : ''}`;
        });
        if (pub.comment)
            pub.links.comment = { url: pub.comment.url };
    }
}
async function readManifest(outDir) {
    try {
        return JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(outDir, _bundle_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .MANIFEST */ .e0), 'utf8')).files;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 19983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I2: () => (/* binding */ commentBody),
/* harmony export */   TN: () => (/* binding */ checkRunOutput),
/* harmony export */   b1: () => (/* binding */ LIMITS),
/* harmony export */   sp: () => (/* binding */ jobSummary)
/* harmony export */ });
/* unused harmony exports fullReportHint, evidenceLine, checkRunTitle, fitBytes */
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5374);

/** GitHub's size limits, as its API counts them. */
const LIMITS = {
    /** Check run output.summary and output.text, characters each. */
    checkRunText: 65_535,
    /** Issue and pull request comment body, characters. */
    commentBody: 65_536,
    /** One step's job summary, bytes; above it the upload fails with an error annotation. */
    jobSummaryBytes: 1024 * 1024,
};
const md = (text) => text.replace(/[[\]`*_<>|]/g, (c) => `\\${c}`);
const link = (text, url) => (url ? `[${md(text)}](${url})` : md(text));
/** Names where the full report is, for the line a shortened report ends with. */
function fullReportHint(links) {
    const places = [
        links.runUrl ? `the ${link('job summary', links.runUrl)}` : '',
        links.artifact
            ? `the evidence artifact ${link(links.artifact.name, links.artifact.url)} (report.md)`
            : '',
    ].filter(Boolean);
    return places.length ? places.join(' and ') : 'report.md in the evidence bundle';
}
/** The closing line every published copy carries: where the evidence is and how to check it. */
function evidenceLine(report, links) {
    const parts = [];
    if (links.artifact)
        parts.push(`evidence artifact ${link(links.artifact.name, links.artifact.url)}`);
    if (report.bundle)
        parts.push(`bundle \`${report.bundle.id}\``);
    if (links.checkRun?.url)
        parts.push(link(`check run ${links.checkRun.name}`, links.checkRun.url));
    if (links.comment?.url)
        parts.push(link('PR comment', links.comment.url));
    if (links.runUrl)
        parts.push(link('workflow run', links.runUrl));
    return parts.length ? `\n---\n<sub>${parts.join(' · ')}</sub>\n` : '';
}
/** Renders the report plus a fixed tail within `budget` characters, degrading before truncating. */
function withTail(report, budget, tail, links) {
    const body = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .renderMarkdown */ .G)(report, {
        budget: Math.max(0, budget - tail.length),
        fullReportHint: fullReportHint(links),
    });
    return `${body}${tail}`.slice(0, budget);
}
function checkRunTitle(report) {
    const c = report.counts;
    const bad = [
        c.fail ? `${c.fail} failed` : '',
        c.error ? `${c.error} could not run` : '',
        c.warn ? `${c.warn} warned` : '',
    ]
        .filter(Boolean)
        .join(', ');
    const verdict = report.verdict === 'promote' ? 'Promote' : 'Hold';
    const action = report.verdict === 'promote' ? ` · ${report.action}` : '';
    return `${verdict} · score ${report.score}/5${action} · ${bad || `${c.pass} of ${c.total} passed`}`;
}
/**
 * summary: the report, as on the pull request. text: the evidence — how to get and verify the
 * bundle, what was annotated, and the manifest (cut first when space runs out).
 */
function checkRunOutput(report, links, plan, manifest) {
    const summary = withTail(report, LIMITS.checkRunText, evidenceLine(report, links), links);
    const head = ['### Evidence', ''];
    if (report.bundle) {
        head.push(`Bundle \`${report.bundle.id}\` — ${report.bundle.files} file(s), each listed with its SHA-256 in \`manifest.json\`.`);
        if (links.artifact)
            head.push(`Download the artifact ${link(links.artifact.name, links.artifact.url)}, unzip it, and check it:`);
        head.push('', '```sh', `npx promotion-gate verify <dir> --bundle-id ${report.bundle.id}`, '```');
    }
    if (plan) {
        const notes = [
            `${plan.annotations.length} finding(s) annotated on their lines`,
            plan.overLimit
                ? `${plan.overLimit} more left out (at most ${plan.annotations.length} annotations)`
                : '',
            plan.outside ? `${plan.outside} outside the repository` : '',
            plan.duplicates ? `${plan.duplicates} duplicate(s) merged` : '',
        ].filter(Boolean);
        head.push('', `${notes.join('; ')}.`);
    }
    const tailNote = `\n\n_The full list is \`manifest.json\` in ${fullReportHint(links)}._\n`;
    const lines = [...head];
    if (manifest?.length) {
        lines.push('', '| File | Size | SHA-256 |', '|---|---|---|');
        let used = lines.join('\n').length + tailNote.length;
        let shown = 0;
        for (const f of manifest) {
            const row = `| \`${f.path.replace(/[`|]/g, '_')}\` | ${f.size} | \`${f.sha256.slice(0, 16)}…\` |`;
            if (used + row.length + 1 > LIMITS.checkRunText)
                break;
            lines.push(row);
            used += row.length + 1;
            shown++;
        }
        if (shown < manifest.length)
            lines.push(`| … ${manifest.length - shown} more | | |`, tailNote.trim());
    }
    const text = lines.join('\n').slice(0, LIMITS.checkRunText);
    return { title: checkRunTitle(report).slice(0, 255), summary, text };
}
/** The sticky comment: its hidden marker, then the report within GitHub's comment limit. */
function commentBody(report, marker, links) {
    const head = `${marker}\n`;
    return head + withTail(report, LIMITS.commentBody - head.length, evidenceLine(report, links), links);
}
/**
 * The job summary: the report, publishing notes and links, within 1 MiB of UTF-8 (GitHub counts
 * bytes; a report of non-Latin text can be twice its character count).
 */
function jobSummary(report, links, notes, maxBytes) {
    const tail = (notes.length ? `\n> [!NOTE]\n${notes.map((n) => `> ${n}`).join('\n>\n')}\n` : '') +
        evidenceLine(report, links);
    return fitBytes((chars) => withTail(report, chars, tail, links), maxBytes);
}
/** Renders under a character budget shrunk until the UTF-8 size fits `maxBytes`. */
function fitBytes(render, maxBytes) {
    let budget = maxBytes;
    for (let i = 0; i < 8; i++) {
        const text = render(budget);
        const bytes = Buffer.byteLength(text);
        if (bytes <= maxBytes)
            return text;
        // Scale by this text's own bytes per character: the budget may have been far above its length.
        budget = Math.floor((Math.min(budget, text.length) * maxBytes) / bytes) - 64;
    }
    const text = render(budget);
    return Buffer.from(text)
        .subarray(0, maxBytes)
        .toString('utf8')
        .replace(/\uFFFD$/, '');
}


/***/ }),

/***/ 87347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C4: () => (/* binding */ ownLogin),
/* harmony export */   dh: () => (/* binding */ COMMENT_WHEN),
/* harmony export */   i2: () => (/* binding */ publishStickyComment),
/* harmony export */   p8: () => (/* binding */ COMMENT_MODES),
/* harmony export */   xL: () => (/* binding */ marker)
/* harmony export */ });
/* unused harmony exports ACTIONS_BOT, parseMarker */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73116);

/**
 * One pull request comment per profile, found again by a hidden marker and by its author (the
 * token's own login), updated in place — or, if asked, the old one minimized or deleted and a
 * new one posted.
 */
const COMMENT_MODES = ['update', 'minimize', 'delete', 'off'];
const COMMENT_WHEN = ['always', 'hold-or-change'];
/** The login of comments written with a GITHUB_TOKEN (an installation token has no user). */
const ACTIONS_BOT = 'github-actions[bot]';
const MARKER = /<!-- promotion-gate:sticky ([^>]*?) -->/;
const attr = (text, name) => new RegExp(`${name}="([^"]*)"`).exec(text)?.[1];
const quote = (v) => v.replace(/["<>\n\r]/g, '_');
function marker(info) {
    const extra = [
        info.verdict ? ` verdict="${quote(info.verdict)}"` : '',
        info.bundle ? ` bundle="${quote(info.bundle)}"` : '',
    ];
    return `<!-- promotion-gate:sticky profile="${quote(info.profile)}"${extra.join('')} -->`;
}
function parseMarker(body) {
    const m = MARKER.exec(body ?? '');
    if (!m)
        return undefined;
    const profile = attr(m[1], 'profile');
    return profile === undefined
        ? undefined
        : { profile, verdict: attr(m[1], 'verdict'), bundle: attr(m[1], 'bundle') };
}
/** The token's own login: a user token names its user; an installation token writes as the Actions bot. */
async function ownLogin(api) {
    try {
        return (await api.rest.users.getAuthenticated()).data.login;
    }
    catch (err) {
        const kind = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyApiError */ .bl)(err).kind;
        if (kind === 'forbidden' || kind === 'unauthorized' || kind === 'not-found')
            return ACTIONS_BOT;
        throw err;
    }
}
async function ours(api, t, author) {
    const found = [];
    // Every page: a busy pull request has hundreds of comments, ours may be on any of them.
    for await (const page of api.paginate.iterator(api.rest.issues.listComments, {
        owner: t.owner,
        repo: t.repo,
        issue_number: t.issue,
        per_page: 100,
    })) {
        for (const c of page.data) {
            if (c.user?.login !== author)
                continue;
            const info = parseMarker(c.body);
            if (info?.profile !== t.profile)
                continue;
            found.push({ id: c.id, node_id: c.node_id, html_url: c.html_url, body: c.body ?? '', info });
        }
    }
    return found.sort((a, b) => a.id - b.id);
}
/** Posts or updates the comment for `verdict`; `body` must already start with `marker(…)`. */
async function publishStickyComment(api, t, body, now, o) {
    const author = o.author ?? (await ownLogin(api));
    const existing = await ours(api, t, author);
    const previous = existing[existing.length - 1];
    const news = now.verdict === 'hold' || (previous !== undefined && previous.info.verdict !== now.verdict);
    const base = { owner: t.owner, repo: t.repo };
    const update = async (c, why) => {
        if (c.body === body)
            return { action: 'unchanged', id: c.id, url: c.html_url, detail: why, retired: 0 };
        const r = await api.rest.issues.updateComment({ ...base, comment_id: c.id, body });
        return { action: 'updated', id: r.data.id, url: r.data.html_url, detail: why, retired: 0 };
    };
    if (o.when === 'hold-or-change' && !news) {
        // Not news: nothing new is posted, but a comment already there is kept current (edits do not notify).
        if (previous)
            return update(previous, `verdict ${now.verdict} unchanged`);
        return {
            action: 'skipped',
            detail: `verdict ${now.verdict}, nothing to report (comment-when: hold-or-change)`,
            retired: 0,
        };
    }
    let retired = 0;
    if (o.mode === 'update' && previous) {
        // Two of ours for one profile (runs that raced): keep the newest, remove the rest.
        for (const extra of existing.slice(0, -1)) {
            await api.rest.issues.deleteComment({ ...base, comment_id: extra.id });
            retired++;
        }
        return { ...(await update(previous, 'updated in place')), retired };
    }
    // The new comment first: if posting fails, the old one is still there.
    const created = await createOnce(api, t, body, author, now.bundle);
    if (o.mode === 'delete') {
        for (const c of existing) {
            await api.rest.issues.deleteComment({ ...base, comment_id: c.id });
            retired++;
        }
    }
    else if (o.mode === 'minimize' && previous) {
        // Earlier ones were minimized by earlier runs; only the newest is still open.
        await api.graphql('mutation($subjectId: ID!, $classifier: ReportedContentClassifiers!) { minimizeComment(input: {subjectId: $subjectId, classifier: $classifier}) { minimizedComment { isMinimized } } }', { subjectId: previous.node_id, classifier: 'OUTDATED' });
        retired++;
    }
    const how = o.mode === 'update'
        ? 'posted'
        : `posted; ${retired} earlier ${o.mode === 'delete' ? 'deleted' : 'minimized'}`;
    return { action: 'created', id: created.id, url: created.url, detail: how, retired };
}
/** Creates the comment; if the answer was lost, looks for it before posting again. */
async function createOnce(api, t, body, author, bundle) {
    const params = { owner: t.owner, repo: t.repo, issue_number: t.issue, body };
    try {
        const r = await api.rest.issues.createComment({ ...params, request: { retries: 0 } });
        return { id: r.data.id, url: r.data.html_url };
    }
    catch (err) {
        if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .mayHaveApplied */ .PH)(err))
            throw err;
        const landed = (await ours(api, t, author)).find((c) => c.body === body && (!bundle || c.info.bundle === bundle));
        if (landed)
            return { id: landed.id, url: landed.html_url };
        const r = await api.rest.issues.createComment(params);
        return { id: r.data.id, url: r.data.html_url };
    }
}


/***/ }),

/***/ 6830:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gh: () => (/* binding */ encodePin),
/* harmony export */   Hg: () => (/* binding */ runsFrom),
/* harmony export */   J1: () => (/* binding */ journalName),
/* harmony export */   L0: () => (/* binding */ encodeInvalidation),
/* harmony export */   M$: () => (/* binding */ encodeRun),
/* harmony export */   MQ: () => (/* binding */ decodeJournal),
/* harmony export */   Nb: () => (/* binding */ checkInvalidation),
/* harmony export */   PI: () => (/* binding */ mergeRecords),
/* harmony export */   Ym: () => (/* binding */ encodeRecord),
/* harmony export */   _W: () => (/* binding */ recordRunId),
/* harmony export */   dq: () => (/* binding */ pinnedRuns),
/* harmony export */   wg: () => (/* binding */ checkPin)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12311);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);


/** The run a record is about. */
function recordRunId(r) {
    return r.kind === 'run' ? r.run.runId : r.kind === 'pin' ? r.pin.runId : r.invalidation.runId;
}
const isoDate = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().refine((s) => !Number.isNaN(Date.parse(s)), { message: 'expected an ISO date' });
const metricValue = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(), zod__WEBPACK_IMPORTED_MODULE_1__/* ["null"] */ .chJ()]);
const runSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(1),
    profile: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    runId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    startedAt: isoDate,
    finishedAt: isoDate,
    verdict: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['promote', 'hold']),
    score: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    action: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['auto-promote', 'promote-with-hotfix', 'hold']),
    level: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['ga_ready', 'release_candidate', 'blocked']),
    sha: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    ref: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    bundleId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    blockers: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).optional(),
    ratchetTriggered: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
    hotfixChecks: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    checks: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
        id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        type: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        status: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['pass', 'warn', 'fail', 'error', 'skipped']),
        score: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
        metrics: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), metricValue).default({}),
    })),
});
const pinSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    runId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    pinned: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    at: isoDate,
    by: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
});
const invalidationSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    runId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    at: isoDate,
    by: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
});
/** NaN and ±Infinity do not survive JSON; they are recorded as null (a missing value). */
function finiteMetrics(run) {
    return {
        ...run,
        checks: run.checks.map((c) => ({
            ...c,
            metrics: Object.fromEntries(Object.entries(c.metrics).map(([k, v]) => [
                k,
                typeof v === 'number' && !Number.isFinite(v) ? null : v,
            ])),
        })),
    };
}
function encodeRun(run) {
    const { invalid: _invalid, ...rest } = finiteMetrics(run);
    return JSON.stringify(rest);
}
function encodeInvalidation(inv) {
    return JSON.stringify({ invalidate: inv });
}
function encodePin(pin) {
    return JSON.stringify({ pin });
}
function encodeRecord(r) {
    if (r.kind === 'pin')
        return encodePin(r.pin);
    return r.kind === 'run' ? encodeRun(r.run) : encodeInvalidation(r.invalidation);
}
function firstIssue(err) {
    const i = err.issues[0];
    return `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`;
}
/** Reads a journal; every line that cannot be read becomes a problem naming `source:line`. */
function decodeJournal(text, source) {
    const records = [];
    const problems = [];
    text.split('\n').forEach((raw, i) => {
        const line = raw.trim();
        if (line === '')
            return;
        const where = `${source}:${i + 1}`;
        let value;
        try {
            value = JSON.parse(line);
        }
        catch (err) {
            problems.push(`${where}: not JSON (${err.message}); line skipped`);
            return;
        }
        if (value && typeof value === 'object' && 'invalidate' in value) {
            const inv = invalidationSchema.safeParse(value.invalidate);
            if (inv.success)
                records.push({ kind: 'invalidate', invalidation: inv.data });
            else
                problems.push(`${where}: not an invalidation record (${firstIssue(inv.error)}); line skipped`);
            return;
        }
        if (value && typeof value === 'object' && 'pin' in value) {
            const pin = pinSchema.safeParse(value.pin);
            if (pin.success)
                records.push({ kind: 'pin', pin: pin.data });
            else
                problems.push(`${where}: not a pin record (${firstIssue(pin.error)}); line skipped`);
            return;
        }
        const version = value?.schemaVersion;
        if (typeof version === 'number' && version > 1) {
            problems.push(`${where}: written by a newer promotion-gate (schemaVersion ${version}); line skipped`);
            return;
        }
        const run = runSchema.safeParse(value);
        if (run.success)
            records.push({ kind: 'run', run: run.data });
        else
            problems.push(`${where}: not a run summary (${firstIssue(run.error)}); line skipped`);
    });
    return { records, problems };
}
/** Union of journals read from several places (artifacts of concurrent runs): each record once. */
function mergeRecords(lists) {
    const seen = new Set();
    const out = [];
    for (const list of lists)
        for (const r of list) {
            const key = encodeRecord(r);
            if (seen.has(key))
                continue;
            seen.add(key);
            out.push(r);
        }
    return out;
}
/**
 * Applies invalidations, keeps the profile's runs, orders them by finish time (journal order on
 * ties) and applies the options. Runs of another profile in this profile's journal are reported.
 */
function runsFrom(records, profile, opts = {}, problems = []) {
    const invalid = new Map();
    for (const r of records)
        if (r.kind === 'invalidate' && !invalid.has(r.invalidation.runId))
            invalid.set(r.invalidation.runId, r.invalidation);
    const runs = [];
    records.forEach((r, order) => {
        if (r.kind !== 'run')
            return;
        if (r.run.profile !== profile) {
            problems.push(`run ${r.run.runId} belongs to profile "${r.run.profile}", not "${profile}"; skipped`);
            return;
        }
        const inv = invalid.get(r.run.runId);
        const run = inv
            ? { ...r.run, invalid: { reason: inv.reason, at: inv.at, ...(inv.by ? { by: inv.by } : {}) } }
            : r.run;
        runs.push({ run, order });
    });
    runs.sort((a, b) => Date.parse(a.run.finishedAt) - Date.parse(b.run.finishedAt) || a.order - b.order);
    let list = runs.map((x) => x.run);
    const pins = pinnedRuns(records, runs.map((x) => x.run));
    if (!opts.includeInvalid)
        list = list.filter((r) => !r.invalid);
    if (opts.limit !== undefined)
        list = opts.limit <= 0 ? [] : list.slice(-opts.limit);
    return { runs: list, problems, ...(pins.length ? { pins } : {}) };
}
/** The pins in force (the newest record of each run wins), each with its run as history has it. */
function pinnedRuns(records, runs) {
    const latest = new Map();
    for (const r of records) {
        if (r.kind !== 'pin')
            continue;
        const known = latest.get(r.pin.runId);
        if (!known || Date.parse(r.pin.at) >= Date.parse(known.at))
            latest.set(r.pin.runId, r.pin);
    }
    return [...latest.values()]
        .filter((p) => p.pinned)
        .map((pin) => {
        const run = runs.find((x) => x.runId === pin.runId);
        return { pin, ...(run ? { run } : {}) };
    });
}
/**
 * Checks that a run may be invalidated: it must exist. Returns false when it already is invalid
 * (marking twice is a no-op, so re-running a cleanup job is safe).
 */
function checkInvalidation(all, profile, runId, where) {
    const run = all.find((r) => r.runId === runId);
    if (!run) {
        const recent = all
            .slice(-5)
            .map((r) => r.runId)
            .join(', ');
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`no run "${runId}" of profile "${profile}" in ${where}${recent ? ` (latest runs: ${recent})` : ' (it holds no runs of this profile)'}`);
    }
    return !run.invalid;
}
/**
 * Checks that a pin may be recorded: the run exists and is valid (an invalid run is no
 * reference). Returns false when there is nothing to do: pinned already, or not pinned.
 */
function checkPin(read, profile, pin, where) {
    const current = (read.pins ?? []).some((p) => p.pin.runId === pin.runId);
    if (!pin.pinned)
        return current;
    checkInvalidation(read.runs, profile, pin.runId, where);
    const run = read.runs.find((r) => r.runId === pin.runId);
    if (run?.invalid)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`run "${pin.runId}" of profile "${profile}" is marked invalid (${run.invalid.reason}): an invalid run cannot be a reference`);
    return !current;
}
/** A file name for a profile's journal that any file system and git accept. */
function journalName(profile) {
    const safe = profile.replace(/[^A-Za-z0-9_-]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
    return `${safe}.jsonl`;
}


/***/ }),

/***/ 10294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IC: () => (/* binding */ keepNewest),
/* harmony export */   Mw: () => (/* binding */ pruneJournal),
/* harmony export */   bw: () => (/* binding */ withoutPruned),
/* harmony export */   hM: () => (/* binding */ keptSince)
/* harmony export */ });
/* unused harmony export newestRunIds */
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6830);

/**
 * Retention by count (drills keep their newest 36 by default): which runs of a journal stay.
 * Newest means latest finish time, journal order on ties, as history lists them.
 */
function newestRunIds(records, keep) {
    const runs = records
        .map((r, order) => ({ r, order }))
        .filter((x) => x.r.kind === 'run')
        .sort((a, b) => Date.parse(a.r.run.finishedAt) - Date.parse(b.r.run.finishedAt) || a.order - b.order);
    const ids = new Set(runs.slice(Math.max(0, runs.length - keep)).map((x) => x.r.run.runId));
    // A pinned run is a reference someone chose: it stays while it is pinned.
    for (const p of (0,_records_js__WEBPACK_IMPORTED_MODULE_0__/* .pinnedRuns */ .dq)(records, []))
        ids.add(p.pin.runId);
    return ids;
}
/** Records of the newest `keep` runs and their invalidations, in journal order. */
function keepNewest(records, keep) {
    const ids = newestRunIds(records, keep);
    return records.filter((r) => ids.has((0,_records_js__WEBPACK_IMPORTED_MODULE_0__/* .recordRunId */ ._W)(r)));
}
/**
 * A journal's text with only the newest `keep` runs (and their invalidations). A line that
 * cannot be read is kept as it is: retention removes old runs, never what it does not understand.
 */
function pruneJournal(text, keep) {
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    const decoded = lines.map((l) => (0,_records_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeJournal */ .MQ)(l, '').records[0]);
    const ids = newestRunIds(decoded.filter((r) => r !== undefined), keep);
    const kept = lines.filter((_, i) => {
        const r = decoded[i];
        if (!r)
            return true;
        return ids.has((0,_records_js__WEBPACK_IMPORTED_MODULE_0__/* .recordRunId */ ._W)(r));
    });
    return kept.length ? `${kept.join('\n')}\n` : '';
}
/** When retention removed runs: the finish time of the oldest run kept (undefined when none was removed). */
function keptSince(before, after) {
    const runs = (list) => list.flatMap((r) => (r.kind === 'run' ? [r.run] : []));
    const kept = runs(after);
    if (kept.length === runs(before).length || kept.length === 0)
        return undefined;
    return kept.reduce((a, b) => (Date.parse(b.finishedAt) < Date.parse(a.finishedAt) ? b : a)).finishedAt;
}
/**
 * For stores that merge several copies of a journal (one artifact per run, newest first): when
 * the newest copy says retention removed runs finished before `since`, those runs must not come
 * back from an older copy. Everything else is merged as before, so runs that two uploads at the
 * same time each missed are still recovered.
 */
function withoutPruned(journals) {
    const newest = journals.find((j) => j.records.some((r) => r.kind === 'run'));
    const floor = newest?.since === undefined ? NaN : Date.parse(newest.since);
    if (Number.isNaN(floor))
        return journals.map((j) => j.records);
    return journals.map((j) => j === newest
        ? j.records
        : j.records.filter((r) => r.kind !== 'run' || Date.parse(r.run.finishedAt) >= floor));
}


/***/ }),

/***/ 72024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Wq: () => (/* binding */ createHistoryStore),
  rQ: () => (/* binding */ parseHistorySpec)
});

// UNUSED EXPORTS: DEFAULT_ARTIFACT_PREFIX, DEFAULT_HISTORY_BRANCH, DEFAULT_HISTORY_DIR

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/history/records.ts
var records = __webpack_require__(6830);
// EXTERNAL MODULE: ./src/history/retention.ts
var retention = __webpack_require__(10294);
;// CONCATENATED MODULE: ./src/history/directory.ts





/**
 * History in a local directory: `<dir>/<profile>.jsonl`. Each record is one O_APPEND write of one
 * line, which the kernel keeps whole even when several gates append at once.
 */
class DirectoryHistory {
    dir;
    label;
    gitIgnored;
    constructor(dir, label = dir, 
    /** Writes a `.gitignore` of `*` into the directory, so a local cache never makes a tree dirty. */
    gitIgnored = false) {
        this.dir = dir;
        this.label = label;
        this.gitIgnored = gitIgnored;
    }
    describe() {
        return `directory ${this.label}`;
    }
    file(profile) {
        return external_node_path_default().join(this.dir, (0,records/* journalName */.J1)(profile));
    }
    async list(profile, opts = {}) {
        const file = this.file(profile);
        let text;
        try {
            text = await (0,promises_.readFile)(file, 'utf8');
        }
        catch (err) {
            if (err.code === 'ENOENT')
                return { runs: [], problems: [] };
            return {
                runs: [],
                problems: [`cannot read ${external_node_path_default().join(this.label, (0,records/* journalName */.J1)(profile))}: ${(0,errors/* errorMessage */.gJ)(err)}`],
            };
        }
        const decoded = (0,records/* decodeJournal */.MQ)(text, external_node_path_default().join(this.label, (0,records/* journalName */.J1)(profile)));
        return (0,records/* runsFrom */.Hg)(decoded.records, profile, opts, decoded.problems);
    }
    async append(run, opts = {}) {
        await this.appendLine(run.profile, (0,records/* encodeRun */.M$)(run));
        if (opts.keep === undefined)
            return;
        // Rewritten whole and renamed into place, so a reader never sees half a journal.
        const file = this.file(run.profile);
        const tmp = `${file}.${process.pid}.tmp`;
        await (0,promises_.writeFile)(tmp, (0,retention/* pruneJournal */.Mw)(await (0,promises_.readFile)(file, 'utf8'), opts.keep));
        await (0,promises_.rename)(tmp, file);
    }
    async markInvalid(profile, runId, reason, by) {
        const all = await this.list(profile, { includeInvalid: true });
        if (!(0,records/* checkInvalidation */.Nb)(all.runs, profile, runId, this.describe()))
            return;
        await this.appendLine(profile, (0,records/* encodeInvalidation */.L0)({ runId, reason, at: new Date().toISOString(), ...(by ? { by } : {}) }));
    }
    async pin(profile, pin) {
        const all = await this.list(profile, { includeInvalid: true });
        if (!(0,records/* checkPin */.wg)(all, profile, pin, this.describe()))
            return;
        await this.appendLine(profile, (0,records/* encodePin */.Gh)(pin));
    }
    async appendLine(profile, line) {
        await (0,promises_.mkdir)(this.dir, { recursive: true });
        if (this.gitIgnored)
            await (0,promises_.writeFile)(external_node_path_default().join(this.dir, '.gitignore'), '*\n', { flag: 'wx' }).catch(() => undefined);
        const file = this.file(profile);
        // A run that died mid-write leaves a line without its newline; start on a fresh line so
        // only that torn line is lost, not this one too.
        const prefix = (await endsWithoutNewline(file)) ? '\n' : '';
        await (0,promises_.appendFile)(file, `${prefix}${line}\n`, { flag: 'a' });
    }
}
async function endsWithoutNewline(file) {
    let handle;
    try {
        handle = await (0,promises_.open)(file, 'r');
    }
    catch {
        return false;
    }
    try {
        const { size } = await handle.stat();
        if (size === 0)
            return false;
        const buf = Buffer.alloc(1);
        await handle.read(buf, 0, 1, size - 1);
        return buf[0] !== 0x0a;
    }
    finally {
        await handle.close();
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/change/git.ts
var git = __webpack_require__(16352);
;// CONCATENATED MODULE: ./src/history/gitBranch.ts







const BRANCH_README = `# promotion-gate history

Written by promotion-gate: one JSON line per gate run, one file per profile (\`<profile>.jsonl\`).
Lines are only ever appended. Mark a run invalid with
\`promotion-gate history invalidate --profile <profile> --run <id> --reason "…" --history git:<branch>\`
instead of editing it: invalid runs are left out of every comparison.
`;
/** Push failures that mean "someone else pushed first": fetch again and re-apply. */
const LOST_RACE = /\[rejected\]|non-fast-forward|fetch first|failed to update ref|cannot lock ref|stale info|incorrect old value|reference already exists/i;
const NO_REMOTE_REF = /couldn't find remote ref|no such ref was fetched/i;
class GitError extends Error {
}
function fail(what, r) {
    const detail = r.stderr.trim().split('\n').filter(Boolean).slice(-3).join(' / ') || `exit ${r.code}`;
    throw new GitError(`${what}: ${detail}`);
}
/**
 * History on a branch of the repository (e.g. promotion-gate-history), never checked out: records
 * are written with plumbing (hash-object, a private index, commit-tree) and pushed as a
 * fast-forward. When another run pushed first, the journal is fetched again and the line
 * re-applied on the new tip — the append-only format makes that rebase conflict-free.
 */
class GitBranchHistory {
    opts;
    remote;
    localRef;
    attempts;
    constructor(opts) {
        this.opts = opts;
        this.remote = opts.remote ?? 'origin';
        this.localRef = `refs/promotion-gate/history/${opts.branch}`;
        this.attempts = opts.attempts ?? 8;
    }
    describe() {
        return `git branch ${this.opts.branch} of ${this.remote}`;
    }
    git(args, extra = {}) {
        return (0,git/* runGit */.EO)(args, {
            cwd: this.opts.cwd,
            env: { ...(this.opts.env ?? process.env), ...extra.env },
            input: extra.input,
            timeoutMs: 120_000,
        });
    }
    /** Fetches the branch into a private ref; returns its tip, or undefined when it does not exist yet. */
    async fetch() {
        const r = await this.git([
            'fetch',
            '--quiet',
            '--no-tags',
            '--no-write-fetch-head',
            this.remote,
            `+refs/heads/${this.opts.branch}:${this.localRef}`,
        ]);
        if (r.code !== 0) {
            if (NO_REMOTE_REF.test(r.stderr)) {
                await this.git(['update-ref', '-d', this.localRef]);
                return undefined;
            }
            fail(`cannot fetch ${this.opts.branch} from ${this.remote}`, r);
        }
        const tip = await this.git(['rev-parse', '--verify', '--quiet', `${this.localRef}^{commit}`]);
        return tip.code === 0 ? tip.stdout.trim() : undefined;
    }
    async read(tip, file) {
        if (!tip)
            return '';
        const r = await this.git(['cat-file', '-p', `${tip}:${file}`]);
        if (r.code === 0)
            return r.stdout;
        if (/does not exist|not a valid object name|path .* does not exist/i.test(r.stderr))
            return '';
        fail(`cannot read ${file} on ${this.opts.branch}`, r);
    }
    async list(profile, opts = {}) {
        const file = (0,records/* journalName */.J1)(profile);
        try {
            const text = await this.read(await this.fetch(), file);
            const decoded = (0,records/* decodeJournal */.MQ)(text, `${this.opts.branch}:${file}`);
            return (0,records/* runsFrom */.Hg)(decoded.records, profile, opts, decoded.problems);
        }
        catch (err) {
            return { runs: [], problems: [`${this.describe()}: ${(0,errors/* errorMessage */.gJ)(err)}`] };
        }
    }
    async append(run, opts = {}) {
        const line = (0,records/* encodeRun */.M$)(run);
        await this.commitLine(run.profile, () => line, `${run.profile}: run ${run.runId} (${run.verdict})`, opts.keep);
    }
    async markInvalid(profile, runId, reason, by) {
        const at = (this.opts.now ?? (() => new Date()))().toISOString();
        const line = (0,records/* encodeInvalidation */.L0)({ runId, reason, at, ...(by ? { by } : {}) });
        await this.commitLine(profile, (text) => {
            const decoded = (0,records/* decodeJournal */.MQ)(text, `${this.opts.branch}:${(0,records/* journalName */.J1)(profile)}`);
            const all = (0,records/* runsFrom */.Hg)(decoded.records, profile, { includeInvalid: true });
            return (0,records/* checkInvalidation */.Nb)(all.runs, profile, runId, this.describe()) ? line : undefined;
        }, `${profile}: invalidate run ${runId}`);
    }
    async pin(profile, pin) {
        await this.commitLine(profile, (text) => {
            const decoded = (0,records/* decodeJournal */.MQ)(text, `${this.opts.branch}:${(0,records/* journalName */.J1)(profile)}`);
            const all = (0,records/* runsFrom */.Hg)(decoded.records, profile, { includeInvalid: true });
            return (0,records/* checkPin */.wg)(all, profile, pin, this.describe()) ? (0,records/* encodePin */.Gh)(pin) : undefined;
        }, `${profile}: ${pin.pinned ? 'pin' : 'unpin'} run ${pin.runId}`);
    }
    /**
     * fetch → append the line to the tip's journal → commit → push; on a lost race, again from
     * the new tip. `lineFor` sees the current journal and may decline (returns undefined).
     */
    async commitLine(profile, lineFor, message, keep) {
        const file = (0,records/* journalName */.J1)(profile);
        const tmp = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'pg-history-'));
        const index = { GIT_INDEX_FILE: external_node_path_default().join(tmp, 'index') };
        try {
            let last = '';
            for (let attempt = 1; attempt <= this.attempts; attempt++) {
                const tip = await this.fetch();
                const journal = await this.read(tip, file);
                const line = lineFor(journal);
                if (line === undefined)
                    return;
                const appended = `${journal}${journal === '' || journal.endsWith('\n') ? '' : '\n'}${line}\n`;
                const text = keep === undefined ? appended : (0,retention/* pruneJournal */.Mw)(appended, keep);
                const commit = await this.commit(tip, file, text, message, index);
                const push = await this.git([
                    'push',
                    '--quiet',
                    this.remote,
                    `${commit}:refs/heads/${this.opts.branch}`,
                ]);
                if (push.code === 0) {
                    await this.git(['update-ref', this.localRef, commit]);
                    return;
                }
                if (!LOST_RACE.test(push.stderr))
                    fail(`cannot push to ${this.opts.branch} on ${this.remote}`, push);
                last = push.stderr.trim().split('\n').pop() ?? '';
                this.opts.onRetry?.(attempt, last);
                // Back off with jitter so writers that collided do not collide again in lockstep.
                await new Promise((r) => setTimeout(r, Math.random() * 100 * attempt + 20));
            }
            throw new GitError(`cannot push to ${this.opts.branch} on ${this.remote}: other runs pushed first ${this.attempts} times in a row (${last})`);
        }
        finally {
            await (0,promises_.rm)(tmp, { recursive: true, force: true });
        }
    }
    async commit(tip, file, text, message, index) {
        const blob = await this.git(['hash-object', '-w', '--stdin'], { input: text });
        if (blob.code !== 0)
            fail('cannot write history blob', blob);
        const read = await this.git(tip ? ['read-tree', tip] : ['read-tree', '--empty'], { env: index });
        if (read.code !== 0)
            fail('cannot read history tree', read);
        const entries = [`100644,${blob.stdout.trim()},${file}`];
        if (!tip) {
            const readme = await this.git(['hash-object', '-w', '--stdin'], { input: BRANCH_README });
            if (readme.code !== 0)
                fail('cannot write history README', readme);
            entries.push(`100644,${readme.stdout.trim()},README.md`);
        }
        for (const e of entries) {
            const u = await this.git(['update-index', '--add', '--cacheinfo', e], { env: index });
            if (u.code !== 0)
                fail('cannot stage history file', u);
        }
        const tree = await this.git(['write-tree'], { env: index });
        if (tree.code !== 0)
            fail('cannot write history tree', tree);
        const env = this.opts.env ?? process.env;
        // Runners have no git identity configured; commits by the tool are signed off as the tool.
        const who = {
            GIT_AUTHOR_NAME: env.GIT_AUTHOR_NAME || 'promotion-gate',
            GIT_AUTHOR_EMAIL: env.GIT_AUTHOR_EMAIL || 'promotion-gate@users.noreply.github.com',
            GIT_COMMITTER_NAME: env.GIT_COMMITTER_NAME || 'promotion-gate',
            GIT_COMMITTER_EMAIL: env.GIT_COMMITTER_EMAIL || 'promotion-gate@users.noreply.github.com',
        };
        const commit = await this.git([
            'commit-tree',
            '--no-gpg-sign',
            tree.stdout.trim(),
            ...(tip ? ['-p', tip] : []),
            '-m',
            `promotion-gate history: ${message}`,
        ], { env: who });
        if (commit.code !== 0)
            fail('cannot commit history', commit);
        return commit.stdout.trim();
    }
}

;// CONCATENATED MODULE: ./src/history/select.ts




const DEFAULT_HISTORY_DIR = '.promotion-gate/.history';
const DEFAULT_HISTORY_BRANCH = 'promotion-gate-history';
const DEFAULT_ARTIFACT_PREFIX = 'promotion-gate-history';
const BRANCH = /^(?!-)(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9._/-]+(?<![./])$/;
/**
 * `off` · `dir` / `dir:PATH` · `git` / `git:BRANCH` / `git:BRANCH@REMOTE` · `artifacts` /
 * `artifacts:NAME`. `where` names the flag or input in messages.
 */
function parseHistorySpec(text, where) {
    const value = text.trim();
    const colon = value.indexOf(':');
    const kind = (colon < 0 ? value : value.slice(0, colon)).toLowerCase();
    const arg = colon < 0 ? '' : value.slice(colon + 1).trim();
    switch (kind) {
        case 'off':
        case 'none':
            return { kind: 'off' };
        case 'dir':
            return { kind: 'dir', path: arg || DEFAULT_HISTORY_DIR };
        case 'git': {
            // The first @ splits: a remote may be an SSH address (git@github.com:org/repo.git).
            const at = arg.indexOf('@');
            const branch = (at < 0 ? arg : arg.slice(0, at)) || DEFAULT_HISTORY_BRANCH;
            const remote = (at < 0 ? '' : arg.slice(at + 1)) || 'origin';
            if (!BRANCH.test(branch))
                throw new errors/* UsageError */.eb(`${where}: "${branch}" is not a valid branch name (e.g. git:${DEFAULT_HISTORY_BRANCH})`);
            return { kind: 'git', branch, remote };
        }
        case 'artifacts':
        case 'artifact':
            if (arg && !/^[\w.-]+$/.test(arg))
                throw new errors/* UsageError */.eb(`${where}: artifact name "${arg}" may use only letters, digits, ".", "_" and "-"`);
            return { kind: 'artifacts', prefix: arg || DEFAULT_ARTIFACT_PREFIX };
        default:
            throw new errors/* UsageError */.eb(`${where}: unknown history store "${value}"; use off, dir[:PATH], git[:BRANCH[@REMOTE]] or artifacts[:NAME]`);
    }
}
async function createHistoryStore(spec, deps) {
    switch (spec.kind) {
        case 'off':
            return undefined;
        case 'dir':
            // The default place is a local cache: kept out of git so a `git: {clean: true}` check stays clean.
            return new DirectoryHistory(external_node_path_default().resolve(deps.cwd, spec.path), spec.path, spec.path === DEFAULT_HISTORY_DIR);
        case 'git':
            return new GitBranchHistory({ cwd: deps.cwd, branch: spec.branch, remote: spec.remote, env: deps.env });
        case 'artifacts': {
            // Loaded only when chosen: the artifact client and its Azure SDK are most of the bundle.
            const { ArtifactHistory } = await __webpack_require__.e(/* import() */ 903).then(__webpack_require__.bind(__webpack_require__, 72903));
            return ArtifactHistory.fromEnvironment(spec.prefix, deps);
        }
    }
}


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
/* harmony import */ var _core_redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13706);
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
 * here once more, since a record outlives the run — in a pushed branch or an artifact.
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

/***/ 59192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wy: () => (/* binding */ transitionsIn),
/* harmony export */   Zn: () => (/* binding */ openHotfix),
/* harmony export */   f0: () => (/* binding */ transitionBase),
/* harmony export */   l9: () => (/* binding */ transitionOf)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12311);
/* harmony import */ var _core_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13706);


/**
 * Status transitions and the hotfix tracker, as history keeps them: both ride on the run
 * summaries (`transition`, `hotfix`), so every store keeps them as it keeps runs, concurrent
 * writers merge them like runs, and `history invalidate` takes them out with their run.
 */
/** Reasons a transition keeps: enough to say why, small enough for every run's record. */
const TRANSITION_REASONS = 10;
const isoDate = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().refine((s) => !Number.isNaN(Date.parse(s)));
const verdict = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['promote', 'hold']);
const action = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['auto-promote', 'promote-with-hotfix', 'hold']);
const transitionSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    from: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
        runId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        verdict,
        action,
        score: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
        finishedAt: isoDate,
    }),
    to: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ verdict, action, score: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig() }),
    reasons: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
});
const trackerSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    state: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['open', 'closed']),
    openedAt: isoDate,
    deadline: isoDate.optional(),
    checks: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    closedAt: isoDate.optional(),
});
/** The workflow run a run id belongs to (`4242` of `4242.2`); local ids are their own. */
function workflowRunOf(runId) {
    const m = /^(\d+)\.\d+$/.exec(runId);
    return m ? m[1] : runId;
}
/**
 * The run a new run is compared with for transitions: the newest valid run of the profile made by
 * another workflow run. A re-run attempt repeats its first attempt's observation, so it compares
 * with what that attempt compared with, finds the same transition, and the incident and
 * notification markers keep it from being told twice.
 */
function transitionBase(runs, runId) {
    const own = workflowRunOf(runId);
    for (let i = runs.length - 1; i >= 0; i--) {
        const r = runs[i];
        if (!r.invalid && workflowRunOf(r.runId) !== own)
            return r;
    }
    return undefined;
}
/** The transition from `previous` to this report, or undefined when the verdict and action held. */
function transitionOf(previous, report) {
    if (!previous)
        return undefined;
    if (previous.verdict === report.verdict && previous.action === report.action)
        return undefined;
    const blocking = report.reasons.filter((r) => r.blocking);
    const shown = blocking.length > 0 ? blocking : report.reasons.filter((r) => r.kind !== 'history');
    return {
        from: {
            runId: previous.runId,
            verdict: previous.verdict,
            action: previous.action,
            score: previous.score,
            finishedAt: previous.finishedAt,
        },
        to: { verdict: report.verdict, action: report.action, score: report.score },
        // Credentials in URL shapes are masked once more: a record outlives the run (as in summary.ts).
        reasons: new _core_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .Redactor */ .pO().redactDeep(shown.slice(0, TRANSITION_REASONS).map((r) => r.message)),
    };
}
/** The transitions among a profile's runs, oldest first; records that cannot be read are problems. */
function transitionsIn(read) {
    const transitions = [];
    const problems = [...read.problems];
    for (const r of read.runs) {
        if (r.transition === undefined)
            continue;
        const t = transitionSchema.safeParse(r.transition);
        if (!t.success) {
            problems.push(`run ${r.runId}: its transition record cannot be read; skipped`);
            continue;
        }
        transitions.push({
            runId: r.runId,
            at: r.finishedAt,
            ...(r.sha ? { sha: r.sha } : {}),
            ...(r.bundleId ? { bundleId: r.bundleId } : {}),
            ...(r.url ? { url: r.url } : {}),
            transition: t.data,
        });
    }
    return { transitions, problems };
}
/**
 * The hotfix tracker the newest valid run left open, for the decision. A run recorded before
 * runs carried trackers, promoted with a hotfix, counts as one opened when it finished. A tracker
 * that cannot be read is a problem to report: the deadline cannot act on it.
 */
function openHotfix(previous) {
    if (!previous)
        return {};
    if (previous.hotfix === undefined) {
        return previous.action === 'promote-with-hotfix'
            ? { tracker: { state: 'open', openedAt: previous.finishedAt, checks: [...previous.hotfixChecks] } }
            : {};
    }
    const t = trackerSchema.safeParse(previous.hotfix);
    if (!t.success)
        return {
            problem: `run ${previous.runId}: its hotfix tracker cannot be read, so the hotfix deadline cannot act`,
        };
    return t.data.state === 'open' ? { tracker: t.data } : {};
}


/***/ }),

/***/ 95522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L8: () => (/* binding */ classify),
/* harmony export */   Ym: () => (/* binding */ percentile),
/* harmony export */   qY: () => (/* binding */ readTick)
/* harmony export */ });
/**
 * Folds a series into healthy, degraded or still watching. Pure and deterministic: the same rows
 * and rules give the same answer, whoever reads them back from whichever store.
 *
 * Rows are read as data that may be damaged (a store that was edited, a line cut short): a row
 * that is not a tick is skipped and named, and never counts as a failure — a degraded streak is
 * made of ticks that failed, not of garbage. A row that repeats or goes back to an earlier tick
 * number is skipped too, so a tick written twice (a retried append) counts once.
 *
 * The first tick at which a rule is met decides, and every rule met at that tick is a reason:
 * - consecutiveFailures: one probe failed this many ticks in a row (a skipped row neither breaks
 *   nor extends a run);
 * - errorRatio: the share of 5xx or unreachable answers over the window so far is strictly above
 *   it, once at least minRequests requests were made;
 * - latencyP95: the window's 95th percentile latency so far is above it, from minRequests on.
 */
function classify(series, rules, windowEnded) {
    const skipped = [];
    const streaks = new Map();
    const latencies = [];
    let requests = 0;
    let errors = 0;
    let ticks = 0;
    let lastTick = 0;
    let reasons = [];
    const rows = Array.isArray(series) ? series : [];
    for (let index = 0; index < rows.length; index++) {
        const read = readTick(rows[index]);
        if (typeof read === 'string') {
            skipped.push({ index, why: read });
            continue;
        }
        if (read.tick <= lastTick) {
            skipped.push({
                index,
                why: `tick ${read.tick} comes after tick ${lastTick}: repeated or out of order`,
            });
            continue;
        }
        lastTick = read.tick;
        ticks++;
        requests += read.requests;
        errors += read.errors;
        latencies.push(...read.latenciesMs);
        for (const p of read.probes) {
            if (p.ok)
                streaks.delete(p.id);
            else {
                const s = streaks.get(p.id);
                streaks.set(p.id, s ? { count: s.count + 1, from: s.from } : { count: 1, from: read.tick });
            }
        }
        reasons = rulesMet(read.tick, rules, streaks, requests, errors, latencies);
        if (reasons.length > 0)
            break;
    }
    const p95 = percentile(latencies, 95);
    return {
        state: reasons.length > 0 ? 'degraded' : windowEnded ? 'healthy' : 'watching',
        reasons,
        ticks,
        requests,
        errors,
        errorRatio: requests > 0 ? errors / requests : null,
        latencyP95Ms: p95 ?? null,
        skipped,
    };
}
function rulesMet(tick, rules, streaks, requests, errors, latencies) {
    const out = [];
    for (const [probe, s] of streaks) {
        if (s.count < rules.consecutiveFailures)
            continue;
        out.push({
            rule: 'consecutiveFailures',
            tick,
            probe,
            observed: `${s.count} ticks in a row`,
            threshold: `${rules.consecutiveFailures} ticks in a row`,
            message: `probe ${probe} failed ${s.count} ticks in a row (ticks ${s.from}–${tick}), consecutiveFailures is ${rules.consecutiveFailures}`,
        });
    }
    const enough = requests >= rules.minRequests && requests > 0;
    if (enough && errors / requests > rules.errorRatio) {
        const share = percent(errors / requests);
        out.push({
            rule: 'errorRatio',
            tick,
            observed: `${share} (${errors} of ${requests} requests)`,
            threshold: `above ${percent(rules.errorRatio)} (from ${rules.minRequests} requests)`,
            message: `${share} of the window's answers were 5xx or unreachable by tick ${tick} (${errors} of ${requests} requests), above errorRatio ${percent(rules.errorRatio)}`,
        });
    }
    const p95 = percentile(latencies, 95);
    if (enough && rules.latencyP95Ms !== undefined && p95 !== undefined && p95 > rules.latencyP95Ms) {
        out.push({
            rule: 'latencyP95',
            tick,
            observed: `p95 ${ms(p95)} (${latencies.length} answers)`,
            threshold: `above ${ms(rules.latencyP95Ms)}`,
            message: `the window's p95 latency was ${ms(p95)} by tick ${tick} (${latencies.length} answers), above latencyP95 ${ms(rules.latencyP95Ms)}`,
        });
    }
    return out;
}
const isCount = (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** The row as a tick, or why it is not one. */
function readTick(row) {
    if (!isObject(row))
        return `not a tick: ${row === null ? 'null' : Array.isArray(row) ? 'a list' : typeof row}`;
    // Own members only: what a row inherits is no part of it.
    const own = (k) => (Object.hasOwn(row, k) ? row[k] : undefined);
    const [tick, at, probes, requests, errors, latenciesMs] = [
        'tick',
        'at',
        'probes',
        'requests',
        'errors',
        'latenciesMs',
    ].map(own);
    if (!isCount(tick) || tick < 1)
        return 'not a tick: no tick number';
    if (typeof at !== 'string' || Number.isNaN(Date.parse(at)))
        return `tick ${tick}: no time`;
    if (!isCount(requests) || !isCount(errors) || errors > requests)
        return `tick ${tick}: requests and errors are not counts (errors at most requests)`;
    if (!Array.isArray(latenciesMs) ||
        !latenciesMs.every((l) => typeof l === 'number' && Number.isFinite(l) && l >= 0))
        return `tick ${tick}: latencies are not a list of times`;
    if (!Array.isArray(probes) || probes.length === 0)
        return `tick ${tick}: no probe results`;
    const read = [];
    for (const p of probes) {
        const field = (k) => (isObject(p) && Object.hasOwn(p, k) ? p[k] : undefined);
        const [id, ok, status, summary, sent, failed] = [
            'id',
            'ok',
            'status',
            'summary',
            'requests',
            'errors',
        ].map(field);
        if (typeof id !== 'string' || typeof ok !== 'boolean')
            return `tick ${tick}: a probe result without id or ok`;
        read.push({
            id,
            status: status,
            ok,
            summary: typeof summary === 'string' ? summary : '',
            requests: isCount(sent) ? sent : 0,
            errors: isCount(failed) ? failed : 0,
        });
    }
    return { tick, at, probes: read, requests, errors, latenciesMs: [...latenciesMs] };
}
/** Nearest-rank percentile; undefined without values. */
function percentile(values, p) {
    if (values.length === 0)
        return undefined;
    const sorted = [...values].sort((a, b) => a - b);
    const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
    return sorted[rank - 1];
}
const percent = (share) => `${Math.round(share * 10_000) / 100}%`;
const ms = (n) => `${Math.round(n)}ms`;


/***/ }),

/***/ 20529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ renderMonitor)
/* harmony export */ });
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98571);
/* harmony import */ var _report_mermaid_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39409);
/* harmony import */ var _classify_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95522);



/** report.md of a monitor, and the job summary in the action: the verdict, why, and the window tick by tick. */
const cell = (s) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
/** Ticks shown in the table and the charts; a longer window shows its first and last ones. */
const MAX_TICKS_SHOWN = 120;
function headline(r) {
    switch (r.outcome) {
        case 'healthy':
            return '✅ Healthy';
        case 'degraded':
            return r.actionTaken === 'rollback-failed'
                ? '🚨 Degraded — rollback failed, environment state unknown'
                : r.actionTaken === 'rollback-ok'
                    ? '↩️ Degraded — rolled back'
                    : r.actionTaken === 'alerted'
                        ? '⚠️ Degraded — alert raised'
                        : '⚠️ Degraded';
        case 'interrupted':
            return '⏹️ Interrupted';
        default:
            return '‼️ Monitor error';
    }
}
function shown(series) {
    if (series.length <= MAX_TICKS_SHOWN)
        return [...series];
    const half = MAX_TICKS_SHOWN / 2;
    return [...series.slice(0, half), ...series.slice(-half)];
}
function timeline(series) {
    if (series.length === 0)
        return [];
    const rows = shown(series);
    const labels = rows.map((t) => `#${t.tick}`);
    const out = [
        '',
        '### Timeline',
        '',
        (0,_report_mermaid_js__WEBPACK_IMPORTED_MODULE_1__/* .xyChart */ .Gp)({
            title: '5xx or unreachable answers per tick',
            labels,
            values: rows.map((t) => t.errors),
            yLabel: 'errors',
            yMin: 0,
            yMax: Math.max(1, ...rows.map((t) => t.requests)),
            bar: true,
        }),
    ];
    const p95 = rows.map((t) => (0,_classify_js__WEBPACK_IMPORTED_MODULE_2__/* .percentile */ .Ym)(t.latenciesMs, 95));
    if (p95.some((v) => v !== undefined))
        out.push('', (0,_report_mermaid_js__WEBPACK_IMPORTED_MODULE_1__/* .xyChart */ .Gp)({
            title: 'p95 latency per tick (ms)',
            labels,
            values: p95.map((v) => v ?? 0),
            yLabel: 'ms',
            yMin: 0,
        }));
    return out;
}
function tickTable(series) {
    if (series.length === 0)
        return ['', '_No tick was made._'];
    const rows = shown(series);
    const out = [
        '',
        '| Tick | At (UTC) | Probes | Requests | 5xx / unreachable | p95 |',
        '|---|---|---|---|---|---|',
    ];
    for (const t of rows) {
        const probes = t.probes.map((p) => `${p.ok ? '✔' : '✖'} ${cell(p.id)}`).join(' ');
        const p95 = (0,_classify_js__WEBPACK_IMPORTED_MODULE_2__/* .percentile */ .Ym)(t.latenciesMs, 95);
        out.push(`| ${t.tick} | ${t.at.slice(11, 19)} | ${probes} | ${t.requests} | ${t.errors} | ${p95 === undefined ? '–' : `${Math.round(p95)}ms`} |`);
    }
    if (rows.length < series.length)
        out.push('', `_${series.length - rows.length} ticks in the middle are in report.json._`);
    const failed = rows.flatMap((t) => t.probes.filter((p) => !p.ok).map((p) => ({ t, p })));
    if (failed.length > 0) {
        out.push('', '<details><summary>Failed probes</summary>', '');
        for (const { t, p } of failed.slice(0, 50))
            out.push(`- tick ${t.tick}, ${cell(p.id)}: ${cell(p.summary)}`);
        if (failed.length > 50)
            out.push(`- … ${failed.length - 50} more in report.json`);
        out.push('', '</details>');
    }
    return out;
}
function reaction(r) {
    const re = r.reaction;
    if (!re)
        return [];
    const out = [
        '',
        '### Reaction',
        '',
        `**${re.decided}** — ${cell(re.reason)} · action taken \`${r.actionTaken}\``,
    ];
    if (re.steps.length > 0) {
        out.push('', '| | Step | Status | Evidence |', '|---|---|---|---|');
        for (const s of re.steps) {
            const mark = s.status === 'passed' ? '✔' : '✖';
            const what = s.kind === 'verify' ? `${s.name} (\`${cell(s.profile)}\`)` : s.name;
            const status = `${s.status}${s.detail ? ` — ${cell(s.detail)}` : ''}`;
            out.push(`| ${mark} | ${what} | ${status} | ${s.evidence ? `\`${s.evidence}\`` : '–'} |`);
        }
    }
    if (re.alert) {
        const i = re.alert.issue;
        out.push('', `- Incident issue: ${i.state === 'done' ? '' : `${i.state} — `}${cell(i.detail)}${i.url ? ` ${i.url}` : ''}`);
        for (const n of re.alert.notifications)
            out.push(`- Notification ${cell(n.webhook)}: ${n.state}${n.state === 'sent' ? '' : ` — ${cell(n.detail)}`}`);
    }
    return out;
}
function renderMonitor(r) {
    const w = r.window;
    const c = r.classification;
    const out = [
        `## ${headline(r)} — ${cell(r.environment)}`,
        '',
        `**Outcome** \`${r.outcome}\` · **action taken** \`${r.actionTaken}\` · deployment \`${cell(r.deployment)}\`${r.commit && r.commit !== r.deployment ? ` · commit \`${r.commit.slice(0, 12)}\`` : ''}${r.url ? ` · ${r.url}` : ''}`,
        '',
        cell(r.why),
        '',
        `**Window** ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(w.windowMs)} from ${w.startedAt} to ${w.endsAt}, a tick every ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(w.intervalMs)}${w.resumed ? ' · resumed after a restart' : ''}${w.recorded ? ' · ended before this run: the recorded outcome, nothing probed' : ''}`,
        '',
        `**Probes** ${r.probes.map((p) => `\`${cell(p)}\``).join(', ')} · **degraded when** a probe fails ${r.rules.consecutiveFailures} ticks in a row, or 5xx/unreachable answers are above ${Math.round(r.rules.errorRatio * 10_000) / 100}%${r.rules.latencyP95Ms !== undefined ? `, or p95 latency is above ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(r.rules.latencyP95Ms)}` : ''} (from ${r.rules.minRequests} requests)`,
        '',
        `**So far** ${c.ticks} tick(s), ${c.requests} request(s), ${c.errors} 5xx or unreachable${c.errorRatio !== null ? ` (${Math.round(c.errorRatio * 10_000) / 100}%)` : ''}${c.latencyP95Ms !== null ? `, p95 ${Math.round(c.latencyP95Ms)}ms` : ''}`,
    ];
    if (c.reasons.length > 0) {
        out.push('', '| Rule | Tick | Observed | Threshold | |', '|---|---|---|---|---|');
        for (const x of c.reasons)
            out.push(`| ${x.rule} | ${x.tick} | ${cell(x.observed)} | ${cell(x.threshold)} | ${cell(x.message)} |`);
    }
    out.push(...reaction(r), ...timeline(r.series), ...tickTable(r.series));
    const notes = [...c.skipped.map((s) => `series row ${s.index + 1} skipped: ${s.why}`), ...r.problems];
    if (notes.length > 0)
        out.push('', '### Problems', '', ...notes.slice(0, 50).map((p) => `- ${cell(p)}`));
    out.push('', `Series: \`${cell(r.store.key)}\` in ${cell(r.store.where)}${r.store.persisted ? '' : ' (not persisted)'}`);
    if (r.bundle)
        out.push('', `Evidence bundle \`${r.bundle.id}\` (${r.bundle.files} files) — \`promotion-gate verify <dir> --bundle-id ${r.bundle.id}\``);
    out.push('', `<sub>promotion-gate ${r.tool.version} · monitor · ${r.startedAt} → ${r.finishedAt}</sub>`, '');
    return out.join('\n');
}


/***/ }),

/***/ 45661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C1: () => (/* binding */ DEPLOYMENT_ID),
/* harmony export */   _c: () => (/* binding */ monitorKey),
/* harmony export */   j$: () => (/* binding */ SeriesStore)
/* harmony export */ });
/* unused harmony export readSeries */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

/** A deployment id names a history journal and an artifact: letters, digits, ".", "_" and "-". */
const DEPLOYMENT_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;
/** Profile names hold no colon, so this key is no profile's; the deployment names the window. */
function monitorKey(environment, deployment) {
    return `monitor:${environment}@${deployment}`;
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const positive = (v) => typeof v === 'number' && Number.isSafeInteger(v) && v > 0;
const isDate = (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v));
function readArmed(v) {
    if (!isDate(v.startedAt) || !positive(v.windowMs) || !positive(v.intervalMs))
        return undefined;
    if (typeof v.deployment !== 'string')
        return undefined;
    return {
        startedAt: v.startedAt,
        windowMs: v.windowMs,
        intervalMs: v.intervalMs,
        deployment: v.deployment,
        ...(typeof v.commit === 'string' ? { commit: v.commit } : {}),
        probes: Array.isArray(v.probes) ? v.probes.filter((p) => typeof p === 'string') : [],
    };
}
const OUTCOMES = ['healthy', 'degraded', 'interrupted', 'error'];
const TAKEN = ['none', 'rollback-ok', 'rollback-failed', 'alerted'];
function readDone(v) {
    if (typeof v.outcome !== 'string' || !OUTCOMES.includes(v.outcome))
        return undefined;
    if (typeof v.actionTaken !== 'string' || !TAKEN.includes(v.actionTaken))
        return undefined;
    if (!isDate(v.finishedAt))
        return undefined;
    return {
        outcome: v.outcome,
        actionTaken: v.actionTaken,
        why: typeof v.why === 'string' ? v.why : '',
        finishedAt: v.finishedAt,
        ...(typeof v.bundleId === 'string' ? { bundleId: v.bundleId } : {}),
    };
}
/** Sorts the journal's records into the window's state; what is not a monitor record is named and skipped. */
function readSeries(runs, problems = []) {
    const state = { rows: [], problems: [...problems] };
    for (const run of runs) {
        const raw = run.monitor;
        const m = isObject(raw) ? raw : {};
        const event = m.event;
        if (event === 'tick')
            state.rows.push(m.row);
        else if (event === 'armed') {
            const armed = readArmed(m);
            if (!armed)
                state.problems.push(`record ${run.runId}: an armed record without its window; skipped`);
            // Two monitors that raced both armed: the earlier window is the one both continue.
            else if (!state.armed || Date.parse(armed.startedAt) < Date.parse(state.armed.startedAt))
                state.armed = armed;
        }
        else if (event === 'done') {
            const done = readDone(m);
            if (done)
                state.done = done;
            else
                state.problems.push(`record ${run.runId}: a done record without an outcome; skipped`);
        }
        else
            state.problems.push(`record ${run.runId} is not a monitor record; skipped`);
    }
    return state;
}
class SeriesStore {
    store;
    key;
    facts;
    redactor;
    constructor(store, key, facts, redactor) {
        this.store = store;
        this.key = key;
        this.facts = facts;
        this.redactor = redactor;
    }
    describe() {
        return this.store.describe();
    }
    async load() {
        try {
            const read = await this.store.list(this.key, { includeInvalid: true });
            return readSeries(read.runs, read.problems);
        }
        catch (err) {
            return {
                rows: [],
                problems: [`cannot read ${this.key} from ${this.describe()}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`],
            };
        }
    }
    /** Each returns the problem when the record could not be written. */
    arm(a) {
        return this.append('armed', a.startedAt, true, { ...a });
    }
    tick(row) {
        return this.append(`tick-${row.tick}`, row.at, row.probes.every((p) => p.ok), { row });
    }
    finish(d) {
        return this.append('done', d.finishedAt, d.outcome === 'healthy', { ...d });
    }
    async append(what, at, ok, payload) {
        const event = what.startsWith('tick-') ? 'tick' : what;
        const record = this.redactor.redactDeep({
            schemaVersion: 1,
            profile: this.key,
            runId: `${this.facts.runId}:${what}`,
            startedAt: at,
            finishedAt: at,
            verdict: ok ? 'promote' : 'hold',
            score: ok ? 5 : 1,
            action: ok ? 'auto-promote' : 'hold',
            level: ok ? 'ga_ready' : 'blocked',
            ...(this.facts.commit ? { sha: this.facts.commit } : {}),
            hotfixChecks: [],
            checks: [],
            kind: 'monitor',
            environment: this.facts.environment,
            outcome: event === 'done' ? String(payload.outcome) : event,
            monitor: { event, ...payload },
        });
        try {
            await this.store.append(record);
            return undefined;
        }
        catch (err) {
            return `cannot record the ${event === 'tick' ? `tick ${what.slice(5)}` : `${event} record`} in ${this.describe()}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`;
        }
    }
}


/***/ }),

/***/ 84536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ hotfixMarkdown),
/* harmony export */   O: () => (/* binding */ noticeMarkdown)
/* harmony export */ });
/** A notice as GitHub Markdown: the body of an incident issue or of a comment on one. */
const SYMBOL = { good: '✅', warning: '⚠️', bad: '⛔' };
/** Reasons listed in an issue; the report has every one. */
const MAX_REASONS = 20;
const cell = (s) => s.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
const code = (s) => `\`${s.replace(/`/g, "'")}\``;
const when = (iso) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;
function noticeMarkdown(n) {
    const lines = [`### ${SYMBOL[n.tone]} ${n.title}`, '', n.summary, ''];
    const reasons = n.reasons.slice(0, MAX_REASONS);
    if (reasons.length > 0) {
        lines.push('| | Reason | Observed | Threshold |', '|---|---|---|---|');
        for (const r of reasons)
            lines.push(`| ${r.blocking ? '✖' : '•'} | ${cell(r.message)} | ${cell(r.observed ?? '')} | ${cell(r.threshold ?? '')} |`);
        if (n.reasons.length > reasons.length)
            lines.push('', `_… ${n.reasons.length - reasons.length} more in the report._`);
        lines.push('');
    }
    const facts = [
        n.sha ? `**Commit** ${code(n.sha.slice(0, 12))}` : '',
        n.bundleId ? `**Bundle** ${code(n.bundleId)}` : '',
        when(n.at),
    ].filter(Boolean);
    lines.push(facts.join(' · '));
    if (n.links.length > 0)
        lines.push('', n.links.map((l) => `[${l.label}](${l.url})`).join(' · '));
    return `${lines.join('\n')}\n`;
}
/** The hotfix tracker's issue: what is due, by when, and what happens then. */
function hotfixMarkdown(profile, t, autoPromoteAt) {
    return [
        `### ⚠️ Hotfix required: ${profile}`,
        '',
        `A run of **${profile}** was promoted with a hotfix due on ${when(t.openedAt)}.`,
        t.deadline
            ? `Deadline: **${when(t.deadline)}**. After it, every run of ${profile} that still needs the hotfix holds.`
            : 'No deadline (decision.hotfixDeadline is off).',
        '',
        'Checks that need the hotfix:',
        '',
        ...t.checks.map((c) => `- ${code(c)}`),
        '',
        `This issue is closed when a run of ${profile} scores ${autoPromoteAt}/5 or more.`,
        '',
    ].join('\n');
}


/***/ }),

/***/ 58478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C$: () => (/* binding */ gateNotice),
/* harmony export */   X2: () => (/* binding */ gateEvents),
/* harmony export */   qx: () => (/* binding */ deployNotice),
/* harmony export */   tn: () => (/* binding */ deployEvents)
/* harmony export */ });
/** The events a gate run raises: it turned, it holds, or it promoted with a hotfix due. */
function gateEvents(report, transition) {
    const events = [];
    if (transition)
        events.push('transition');
    if (report.verdict === 'hold')
        events.push('hold');
    if (report.action === 'promote-with-hotfix')
        events.push('degraded');
    return events;
}
const said = (verdict, action) => verdict === 'hold' ? 'HOLD' : action === 'promote-with-hotfix' ? 'PROMOTE with hotfix' : 'PROMOTE';
function toneOf(report) {
    if (report.verdict === 'hold')
        return 'bad';
    return report.action === 'promote-with-hotfix' ? 'warning' : 'good';
}
/** Blocking reasons first, then the rest but history notes (they are about the tool, not the release). */
function reasonsOf(reasons) {
    const ordered = [...reasons.filter((r) => r.blocking), ...reasons.filter((r) => !r.blocking)];
    return ordered
        .filter((r) => r.blocking || r.kind !== 'history')
        .map((r) => ({
        message: r.message,
        blocking: r.blocking,
        ...(r.check ? { check: r.check } : {}),
        ...(r.observed ? { observed: r.observed } : {}),
        ...(r.threshold ? { threshold: r.threshold } : {}),
    }));
}
/** The notice for a gate run (the report is redacted already: it comes sealed). */
function gateNotice(report, transition, links) {
    const now = said(report.verdict, report.action);
    const title = transition
        ? `${report.profile}: ${said(transition.from.verdict, transition.from.action)} → ${now}`
        : `${report.profile}: ${now}`;
    return {
        events: [],
        title,
        tone: toneOf(report),
        summary: `score ${report.score}/5, ${report.action}, level ${report.level}${transition ? ` (was ${transition.from.action} ${transition.from.score}/5 in run ${transition.from.runId})` : ''}`,
        subject: { kind: 'gate', profile: report.profile },
        verdict: report.verdict,
        action: report.action,
        score: report.score,
        level: report.level,
        ...(transition
            ? {
                transition: {
                    from: transition.from.action,
                    to: transition.to.action,
                    previousRun: transition.from.runId,
                },
            }
            : {}),
        reasons: reasonsOf(report.reasons),
        links,
        ...(report.git.range && 'head' in report.git.range && report.git.range.head
            ? { sha: report.git.range.head }
            : report.git.sha
                ? { sha: report.git.sha }
                : {}),
        ...(report.bundle ? { bundleId: report.bundle.id } : {}),
        at: report.finishedAt,
    };
}
/** The events a deploy or a drill raises: a rollback, or a drill that did not pass. */
function deployEvents(report) {
    if (report.kind === 'deploy')
        return report.outcome === 'rolled-back' || report.outcome === 'rollback-failed' ? ['rollback'] : [];
    return report.outcome === 'failed' || report.outcome === 'rollback-failed' ? ['drill-failed'] : [];
}
/** The notice for a deploy or drill record (redacted already: it comes sealed). */
function deployNotice(report, links, alert) {
    const what = report.kind === 'drill' ? `rollback drill of ${report.environment}` : report.environment;
    const failedSteps = report.steps.filter((s) => s.status !== 'passed' && s.status !== 'planned');
    return {
        events: [],
        title: `${what}: ${report.outcome.toUpperCase().replace('-', ' ')}`,
        tone: report.outcome === 'rolled-back' ? 'warning' : 'bad',
        summary: report.why,
        subject: { kind: report.kind, environment: report.environment },
        outcome: report.outcome,
        reasons: [
            ...(alert ? [{ message: alert, blocking: true }] : []),
            ...failedSteps.map((s) => ({
                message: `${s.name}: ${s.detail ?? s.status}`,
                blocking: true,
                check: s.name,
                observed: s.status,
                threshold: 'passed',
            })),
        ],
        links: report.run?.url ? [{ label: 'Workflow run', url: report.run.url }, ...links] : links,
        ...(report.commit ? { sha: report.commit } : {}),
        ...(report.bundle ? { bundleId: report.bundle.id } : {}),
        at: report.finishedAt,
    };
}


/***/ }),

/***/ 79194:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ eventsFor),
/* harmony export */   t: () => (/* binding */ planNotify)
/* harmony export */ });
/* harmony import */ var _config_notify_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67649);
/* harmony import */ var _config_interpolate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72757);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85853);
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98571);




/**
 * Interpolates `notify:`. An unset `${{ env.X }}` or a value that is no http(s) URL once
 * interpolated is a config error at its line — never a notification silently not sent.
 */
function planNotify(loaded, opts) {
    const { config, source } = loaded;
    const issues = new _config_load_js__WEBPACK_IMPORTED_MODULE_1__/* .IssueList */ .o3(source);
    const interp = new _config_interpolate_js__WEBPACK_IMPORTED_MODULE_3__/* .Interpolator */ .aY(config.vars ?? {}, opts.env, opts.inputs);
    const webhooks = [];
    const secrets = [];
    for (const [name, raw] of Object.entries(config.notify ?? {})) {
        const at = (...rest) => ['notify', name, ...rest];
        const url = interp.interpolate(raw.url, at('url'));
        const headers = interp.interpolate(raw.headers ?? {}, at('headers'));
        const problems = [...url.issues, ...headers.issues];
        for (const i of problems)
            issues.add(i.path, i.message);
        if (problems.length > 0)
            continue;
        const bad = (0,_config_notify_js__WEBPACK_IMPORTED_MODULE_0__/* .webhookUrlProblem */ .g2)(url.value);
        if (bad) {
            issues.add(at('url'), `${bad} (after interpolation)`);
            continue;
        }
        secrets.push(url.value, ...Object.values(headers.value));
        webhooks.push({
            name,
            type: raw.type,
            url: url.value,
            headers: { ...headers.value },
            on: raw.on ?? _config_notify_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_NOTIFY_EVENTS */ .GJ,
            ...(raw.profiles ? { profiles: raw.profiles } : {}),
            timeoutMs: (raw.timeout && (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)(raw.timeout)) || _config_notify_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_NOTIFY_TIMEOUT_MS */ .Rj,
            maxReasons: raw.maxReasons ?? _config_notify_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_NOTIFY_REASONS */ .oH,
        });
    }
    issues.throwIfAny();
    return { webhooks, secrets: [...secrets, ...interp.envValues] };
}
/** The events of a run a webhook asked for (none when the run's profile is not among its profiles). */
function eventsFor(hook, events, profile) {
    if (profile !== undefined && hook.profiles && !hook.profiles.includes(profile))
        return [];
    return events.filter((e) => hook.on.includes(e));
}


/***/ }),

/***/ 4668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ks: () => (/* binding */ describeDelivery),
  Ap: () => (/* binding */ sendNotices)
});

// UNUSED EXPORTS: deliver

// EXTERNAL MODULE: ./src/adapters/http.ts
var http = __webpack_require__(93618);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(98571);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/notify/payloads.ts

/**
 * A notice as each kind of receiver takes it. Slack: `{text, blocks}` (text is the fallback for
 * notifications and clients without blocks). Teams: a message with one Adaptive Card 1.4, the
 * format of a Teams Workflows webhook ("when a Teams webhook request is received"); the older
 * Office 365 connector MessageCard is not used, as Microsoft is retiring those connectors. JSON:
 * the notice itself, for any other receiver.
 */
/** Longest reason text sent; the report has the rest. */
const MAX_REASON = 500;
/** Slack's limits: header text 150 characters, a section's text 3000. */
const SLACK_HEADER = 150;
const SLACK_SECTION = 3000;
const cut = (s, max) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
/** The reasons a message lists, and how many were left out. */
function topReasons(n, max) {
    return { shown: n.reasons.slice(0, max), more: Math.max(0, n.reasons.length - max) };
}
function reasonLine(r) {
    const measured = r.observed !== undefined || r.threshold !== undefined
        ? ` (observed ${r.observed ?? '—'}; threshold ${r.threshold ?? '—'})`
        : '';
    return cut(`${r.blocking ? 'blocking: ' : ''}${r.message}${measured}`, MAX_REASON);
}
const SYMBOL = { good: '✅', warning: '⚠️', bad: '⛔' };
/** Slack's mrkdwn treats &, < and > as markup. */
const slackText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
function facts(n) {
    const out = [];
    if (n.subject.kind === 'gate')
        out.push(['Profile', n.subject.profile]);
    else
        out.push([n.subject.kind === 'drill' ? 'Drill of' : 'Environment', n.subject.environment]);
    if (n.verdict)
        out.push(['Verdict', n.verdict]);
    if (n.score !== undefined)
        out.push(['Score', `${n.score}/5`]);
    if (n.action)
        out.push(['Action', n.action]);
    if (n.outcome)
        out.push(['Outcome', n.outcome]);
    if (n.transition)
        out.push(['Was', `${n.transition.from} (run ${n.transition.previousRun})`]);
    out.push(['Events', n.events.join(', ')]);
    if (n.sha)
        out.push(['Commit', n.sha.slice(0, 12)]);
    if (n.bundleId)
        out.push(['Bundle', n.bundleId]);
    return out;
}
function slackPayload(n, maxReasons) {
    const { shown, more } = topReasons(n, maxReasons);
    const title = `${SYMBOL[n.tone]} promotion-gate · ${n.title}`;
    const blocks = [
        { type: 'header', text: { type: 'plain_text', text: cut(title, SLACK_HEADER), emoji: true } },
        {
            type: 'section',
            text: { type: 'mrkdwn', text: cut(slackText(n.summary), SLACK_SECTION) },
            fields: facts(n)
                .slice(0, 10)
                .map(([k, v]) => ({ type: 'mrkdwn', text: cut(`*${k}*\n${slackText(v)}`, 2000) })),
        },
    ];
    if (shown.length > 0) {
        const lines = shown.map((r) => `• ${slackText(reasonLine(r))}`);
        if (more > 0)
            lines.push(`_… ${more} more in the report_`);
        blocks.push({ type: 'section', text: { type: 'mrkdwn', text: cut(lines.join('\n'), SLACK_SECTION) } });
    }
    if (n.links.length > 0)
        blocks.push({
            type: 'context',
            elements: [
                {
                    type: 'mrkdwn',
                    text: cut(n.links.map((l) => `<${l.url}|${slackText(l.label)}>`).join(' · '), SLACK_SECTION),
                },
            ],
        });
    return { text: `${title}: ${n.summary}`, blocks };
}
function teamsPayload(n, maxReasons) {
    const { shown, more } = topReasons(n, maxReasons);
    const color = { good: 'Good', warning: 'Warning', bad: 'Attention' }[n.tone];
    const body = [
        {
            type: 'TextBlock',
            size: 'Large',
            weight: 'Bolder',
            color,
            wrap: true,
            text: `promotion-gate · ${n.title}`,
        },
        { type: 'TextBlock', wrap: true, text: n.summary },
        { type: 'FactSet', facts: facts(n).map(([title, value]) => ({ title, value })) },
    ];
    if (shown.length > 0) {
        body.push({ type: 'TextBlock', weight: 'Bolder', text: 'Reasons', wrap: true });
        for (const r of shown)
            body.push({ type: 'TextBlock', wrap: true, spacing: 'Small', text: `- ${reasonLine(r)}` });
        if (more > 0)
            body.push({ type: 'TextBlock', wrap: true, isSubtle: true, text: `… ${more} more in the report` });
    }
    return {
        type: 'message',
        attachments: [
            {
                contentType: 'application/vnd.microsoft.card.adaptive',
                contentUrl: null,
                content: {
                    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
                    type: 'AdaptiveCard',
                    version: '1.4',
                    body,
                    actions: n.links.map((l) => ({ type: 'Action.OpenUrl', title: l.label, url: l.url })),
                },
            },
        ],
    };
}
function jsonPayload(n, maxReasons) {
    const { shown, more } = topReasons(n, maxReasons);
    return {
        source: 'promotion-gate',
        version: version/* VERSION */.x,
        ...n,
        reasons: shown.map((r) => ({ ...r, message: cut(r.message, MAX_REASON) })),
        moreReasons: more,
    };
}
function payloadFor(type, n, maxReasons) {
    switch (type) {
        case 'slack':
            return slackPayload(n, maxReasons);
        case 'teams':
            return teamsPayload(n, maxReasons);
        case 'json':
            return jsonPayload(n, maxReasons);
    }
}

// EXTERNAL MODULE: ./src/notify/plan.ts
var plan = __webpack_require__(79194);
;// CONCATENATED MODULE: ./src/notify/send.ts






/** Bytes of a receiver's answer read, for its error text. */
const ANSWER_BYTES = 2048;
const pause = (ms, signal) => new Promise((resolve) => {
    if (signal?.aborted)
        return resolve();
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
        clearTimeout(t);
        resolve();
    }, { once: true });
});
function firstLine(text) {
    const line = text.trim().split('\n')[0] ?? '';
    return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}
function hostOf(location, from) {
    try {
        return new URL(location ?? '', from).host;
    }
    catch {
        return 'an unreadable location';
    }
}
/** Sends one body to one webhook. */
async function deliver(hook, events, body, deps) {
    const base = { webhook: hook.name, events };
    const text = JSON.stringify(body);
    let attempts = 0;
    for (;;) {
        attempts++;
        const again = attempts < 2 && !deps.signal?.aborted;
        try {
            const res = await deps.http.request({
                url: hook.url,
                method: 'POST',
                headers: {
                    'user-agent': `promotion-gate/${version/* VERSION */.x}`,
                    ...hook.headers,
                    'content-type': 'application/json; charset=utf-8',
                },
                body: text,
                timeoutMs: hook.timeoutMs,
                maxBodyBytes: ANSWER_BYTES,
                followRedirects: false,
                signal: deps.signal,
            });
            if (res.status >= 200 && res.status < 300)
                return { ...base, state: 'sent', status: res.status, attempts, detail: `answered ${res.status}` };
            if (res.status >= 500 && again) {
                await pause(deps.retryDelayMs ?? 1000, deps.signal);
                continue;
            }
            const detail = res.status >= 300 && res.status < 400
                ? `answered ${res.status}, a redirect to ${hostOf(res.headers.location, hook.url)}; not followed (set the URL it redirects to)`
                : `answered ${res.status}${res.body.trim() ? `: ${deps.redactor.redact(firstLine(res.body))}` : ''}`;
            return { ...base, state: 'failed', status: res.status, attempts, detail };
        }
        catch (err) {
            const kind = err instanceof http/* HttpError */.j ? err.kind : 'network';
            if ((kind === 'refused' || kind === 'reset') && again) {
                await pause(deps.retryDelayMs ?? 1000, deps.signal);
                continue;
            }
            const detail = kind === 'timeout'
                ? `no answer within ${(0,duration/* formatDuration */.a3)(hook.timeoutMs)}`
                : deps.redactor.redact((0,errors/* errorMessage */.gJ)(err));
            return { ...base, state: 'failed', attempts, detail };
        }
    }
}
/**
 * Sends `notice` to every webhook that asked for one of `events` (and watches `profile`), all at
 * once. Webhooks that asked for none of them are not called and not listed.
 */
async function sendNotices(webhooks, notice, events, deps) {
    const calls = webhooks
        .map((hook) => ({ hook, wanted: (0,plan/* eventsFor */.F)(hook, events, deps.profile) }))
        .filter((c) => c.wanted.length > 0)
        .map(({ hook, wanted }) => deliver(hook, wanted, payloadFor(hook.type, { ...notice, events: wanted }, hook.maxReasons), deps));
    return Promise.all(calls);
}
/** `slack-ops: sent (transition, hold)` / `teams: FAILED (hold): answered 500 …` */
function describeDelivery(d) {
    return d.state === 'sent'
        ? `notification ${d.webhook}: sent (${d.events.join(', ')})`
        : `notification ${d.webhook}: FAILED (${d.events.join(', ')}) after ${d.attempts} attempt(s): ${d.detail}`;
}


/***/ }),

/***/ 14512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ verdictLine)
/* harmony export */ });
/** The one line that says the outcome, as the terminal, the step log and the annotations print it. */
function verdictLine(r) {
    return `${r.verdict === 'promote' ? 'PROMOTE' : 'HOLD'} ${r.profile}: score ${r.score}/5, ${r.action}, level ${r.level}`;
}


/***/ }),

/***/ 5374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ renderMarkdown)
});

// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(98571);
;// CONCATENATED MODULE: ./src/report/changesMarkdown.ts
/**
 * "Changes in this promotion" (the release notes of the range, collapsed) and who approved the
 * run, for report.md, the job summary, the check run and the PR comment alike.
 */
const MAX_LISTED = 50;
function esc(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[`*_[\]|]/g, '\\$&');
}
/** `full`: with the list of commits; otherwise the one summary line (a report cut to fit). */
function changesSection(r, full) {
    const c = r.changes;
    if (!c)
        return [];
    if ('error' in c)
        return ['', '### Changes in this promotion', '', `_No release notes: ${esc(c.error)}_`];
    const areas = c.areas.map((a) => `${a.name} (${a.files})`).join(', ');
    const summary = `${c.total} commit${c.total === 1 ? '' : 's'} · ${c.stat.files} file${c.stat.files === 1 ? '' : 's'} changed, +${c.stat.insertions} −${c.stat.deletions}${areas ? ` · ${areas}` : ''}`;
    const range = `\`${c.base.slice(0, 7)}..${c.head.slice(0, 7)}\``;
    const pulls = c.pullRequests.length
        ? ` · pull requests ${c.pullRequests.map((n) => `#${n}`).join(', ')}`
        : '';
    const out = ['', '### Changes in this promotion', '', `${range} · ${summary}${pulls}`];
    if (!full || c.commits.length === 0)
        return out;
    out.push('', `<details><summary>Commits and changed areas</summary>`, '');
    for (const commit of c.commits.slice(0, MAX_LISTED)) {
        const prs = commit.pulls?.length ? ` (${commit.pulls.map((n) => `#${n}`).join(', ')})` : '';
        out.push(`- \`${commit.sha.slice(0, 7)}\` ${esc(commit.subject)} — ${esc(commit.author)}${commit.merge && !prs ? ' (merge)' : prs}`);
    }
    const notListed = c.total - Math.min(c.commits.length, MAX_LISTED);
    if (notListed > 0)
        out.push(`- … ${notListed} more commit(s)${c.omitted ? ` (report.json lists ${c.commits.length})` : ''}`);
    for (const a of c.areas)
        out.push('', `**${esc(a.name)}** — ${a.files} file(s): ${a.examples.map((e) => `\`${e.replace(/`/g, "'")}\``).join(', ')}${a.files > a.examples.length ? ', …' : ''}`);
    out.push('', '</details>');
    return out;
}
/** Who ran it, who approved its environments, and which revision's config judged it. */
function governanceLines(r) {
    const lines = [];
    const cfg = r.config;
    // The checkout's config judging is the usual case; it is named only when the base was asked for.
    if (cfg && (cfg.source === 'base' || cfg.fallback)) {
        const at = cfg.revision ? ` at \`${cfg.revision.slice(0, 12)}\`` : '';
        lines.push(`- **Config** \`${esc(cfg.path)}\` of the ${cfg.source}${at} (${esc(cfg.why)})${cfg.fallback ? `: ${esc(cfg.fallback.message)}` : ''}`);
    }
    const run = r.run;
    if (run?.actor) {
        const again = run.triggeringActor && run.triggeringActor !== run.actor
            ? `, re-run by ${esc(run.triggeringActor)}`
            : '';
        lines.push(`- **Run by** ${esc(run.actor)}${again}`);
    }
    for (const a of run?.approvals ?? [])
        lines.push(`- **${esc(a.state)}** by ${esc(a.user)} for ${a.environments.map(esc).join(', ')}${a.comment ? `: ${esc(a.comment)}` : ''}`);
    if (run?.approvalsProblem)
        lines.push(`- _${esc(run.approvalsProblem)}_`);
    return lines.length ? ['', '### Governance', '', ...lines] : [];
}

;// CONCATENATED MODULE: ./src/report/markdown.ts


const ICON = { pass: '✅', warn: '⚠️', fail: '❌', error: '❗', skipped: '⏭️' };
const MAX_FINDINGS_PER_CHECK = 50;
function markdown_esc(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function cell(text) {
    return markdown_esc(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
function oneLine(text, max = 300) {
    const t = text.replace(/\s+/g, ' ').trim();
    return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
function header(r) {
    const verdict = r.verdict === 'promote' ? `✅ Promote` : `⛔ Hold`;
    const action = r.verdict === 'promote' ? ` · ${r.action}` : '';
    const c = r.counts;
    const parts = [
        `${c.pass} passed`,
        c.warn ? `${c.warn} warning${c.warn === 1 ? '' : 's'}` : '',
        c.fail ? `${c.fail} failed` : '',
        c.error ? `${c.error} could not run` : '',
        c.skipped ? `${c.skipped} skipped` : '',
    ].filter(Boolean);
    const lines = [
        `## ${verdict} — ${markdown_esc(r.profile)} · score ${r.score}/5${action}`,
        '',
        `**Level** \`${r.level}\` · **Checks** ${c.total}: ${parts.join(', ')} · **Time** ${(0,duration/* formatDuration */.a3)(r.durationMs)}${r.bundle ? ` · **Bundle** \`${r.bundle.id.slice(0, 19)}…\`` : ''}`,
    ];
    if (r.ratchetTriggered) {
        lines.push('', '> [!CAUTION]', '> **Hotfix ratchet:** checks that needed a hotfix in the last run still fail. Fix them before promoting.');
    }
    else if (r.action === 'promote-with-hotfix') {
        lines.push('', '> [!WARNING]', `> **Promote with hotfix:** a hotfix is due before the next promotion for ${r.hotfixChecks.map((c) => `\`${c}\``).join(', ')}; if the same checks fail again, the next run holds.`);
    }
    return lines;
}
function reasons(r) {
    if (r.reasons.length === 0)
        return [];
    const out = ['', '### Reasons', ''];
    for (const x of r.reasons)
        out.push(`- ${x.blocking ? '**Blocking** — ' : ''}${markdown_esc(oneLine(x.message, 500))}`);
    return out;
}
function checksTable(checks, omittedPassing) {
    const out = [
        '',
        '### Checks',
        '',
        '| | Check | Type | Enforcement | Category | Score | Time | Summary |',
        '|---|---|---|---|---|---|---|---|',
    ];
    for (const c of checks) {
        const score = c.status === 'skipped' ? '–' : `${c.score}/5`;
        const name = c.title ? `${cell(c.title)} (\`${c.id}\`)` : `\`${c.id}\``;
        out.push(`| ${ICON[c.status]} | ${name} | ${c.type} | ${c.enforcement} | ${cell(c.category)} | ${score} | ${(0,duration/* formatDuration */.a3)(c.durationMs)} | ${cell(oneLine(c.summary, 200))} |`);
    }
    if (omittedPassing > 0)
        out.push('', `_${omittedPassing} passing check(s) not shown._`);
    return out;
}
function categoriesTable(r) {
    if (r.categories.length === 0)
        return [];
    const out = [
        '',
        '### Score by category',
        '',
        '| Category | Weight | Lowest raw | Effective | Limited by |',
        '|---|---|---|---|---|',
    ];
    for (const c of r.categories)
        out.push(`| ${cell(c.name)} | ${c.weight} | ${c.rawMin}/5 | ${c.effective} | \`${c.limitingCheck}\` |`);
    return out;
}
function waiversTable(r) {
    if (r.waivers.length === 0)
        return [];
    const out = ['', '### Waivers', '', '| Check | State | Expires | By | Reason |', '|---|---|---|---|---|'];
    for (const w of r.waivers)
        out.push(`| \`${w.check}\` | ${w.state} | ${w.expires} | ${cell(w.by)} | ${cell(oneLine(w.reason, 200))} |`);
    return out;
}
function findingsBlock(checks) {
    const withFindings = checks.filter((c) => c.findings.length > 0);
    if (withFindings.length === 0)
        return [];
    const out = ['', '### Findings'];
    for (const c of withFindings) {
        out.push('', `<details${c.status === 'fail' || c.status === 'error' ? ' open' : ''}><summary>${ICON[c.status]} <code>${markdown_esc(c.id)}</code> — ${c.findings.length} finding${c.findings.length === 1 ? '' : 's'}</summary>`, '');
        for (const f of c.findings.slice(0, MAX_FINDINGS_PER_CHECK)) {
            const at = f.file ? `\`${markdown_esc(f.file)}${f.line ? `:${f.line}` : ''}\` ` : '';
            const mark = f.level === 'failure' ? '' : `_${f.level}_ `;
            out.push(`- ${mark}${at}${markdown_esc(oneLine(f.message, 400))}`);
        }
        if (c.findings.length > MAX_FINDINGS_PER_CHECK)
            out.push(`- … ${c.findings.length - MAX_FINDINGS_PER_CHECK} more in report.json`);
        out.push('', '</details>');
    }
    return out;
}
function footer(r) {
    const chain = r.lineage.length > 1 ? ` (${r.lineage.map(markdown_esc).join(' → ')})` : '';
    const sha = r.git.sha ? ` · commit \`${r.git.sha.slice(0, 12)}\`` : '';
    return [
        '',
        `<sub>promotion-gate ${r.tool.version} · profile ${markdown_esc(r.profile)}${chain}${sha} · ${r.startedAt}</sub>`,
        '',
    ];
}
const notPassing = (c) => c.status !== 'pass' && c.status !== 'skipped';
/** Renders the report; under a budget it drops passing details first, then truncates. */
function renderMarkdown(report, opts = {}) {
    const budget = opts.budget ?? Number.POSITIVE_INFINITY;
    const hint = opts.fullReportHint ?? 'report.md in the evidence bundle';
    const attempts = [
        () => [
            ...header(report),
            ...reasons(report),
            ...checksTable(report.checks, 0),
            ...categoriesTable(report),
            ...waiversTable(report),
            ...findingsBlock(report.checks),
            ...changesSection(report, true),
            ...governanceLines(report),
            ...footer(report),
        ],
        () => [
            ...header(report),
            ...reasons(report),
            ...checksTable(report.checks, 0),
            ...categoriesTable(report),
            ...waiversTable(report),
            ...findingsBlock(report.checks.filter(notPassing)),
            '',
            `_Findings of passing checks are left out here; see ${hint}._`,
            ...changesSection(report, true),
            ...governanceLines(report),
            ...footer(report),
        ],
        () => {
            const shown = report.checks.filter(notPassing);
            return [
                ...header(report),
                ...reasons(report),
                ...checksTable(shown, report.checks.length - shown.length),
                ...categoriesTable(report),
                ...findingsBlock(shown),
                '',
                `_Shortened to fit; the full report is ${hint}._`,
                ...changesSection(report, false),
                ...governanceLines(report),
                ...footer(report),
            ];
        },
    ];
    for (const attempt of attempts) {
        const text = attempt().join('\n');
        if (text.length <= budget)
            return text;
    }
    const note = `\n\n_… truncated to fit ${budget} characters; the full report is ${hint}._\n`;
    const text = attempts[attempts.length - 1]().join('\n');
    let cut = text.slice(0, Math.max(0, budget - note.length));
    // Do not leave a half-open <details> or a broken line.
    cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')));
    if ((cut.match(/<details/g) ?? []).length > (cut.match(/<\/details>/g) ?? []).length)
        cut += '\n\n</details>';
    return (cut + note).slice(0, budget);
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
/** Labels made unique (Mermaid merges equal categories): `03-07`, `03-07·2`. */
function uniqueLabels(labels) {
    const seen = new Map();
    return labels.map((l) => {
        const n = (seen.get(l) ?? 0) + 1;
        seen.set(l, n);
        return n === 1 ? l : `${l}·${n}`;
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


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** Kept equal to package.json's version by a test. */
const VERSION = '0.1.0';


/***/ })

};
