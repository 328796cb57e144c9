export const id = 5009;
export const ids = [5009,2916,7911,9983,1382,2364];
export const modules = {

/***/ 18980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ createActionLogger)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _adapters_logger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74810);
/* harmony import */ var _core_redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8670);
/* harmony import */ var _step_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29134);




/**
 * A line the runner could act on: `::command::` at its start (after any blank) or the older
 * `##[command]` anywhere in it. Matched loosely — any `::` — since a false alarm costs only a
 * stop-commands pair around the text.
 */
const COMMAND_LIKE = /::|##\[/;
/**
 * Logs for the Actions runner: one collapsible group per check, written whole when it finishes.
 *
 * Text relayed from elsewhere (check output, service responses, messages) is never run as a
 * workflow command: when a line of it looks like one (`::error file=…::`, `::stop-commands::`,
 * `::add-mask::`, `##[set-output]`), the text is printed between `::stop-commands::<token>` and
 * `::<token>::`, with a fresh random token the text cannot know, so the runner shows it without
 * acting on it. Commands of our own (groups, masks, warnings) are written outside such blocks,
 * with their data escaped, so none of them is ever swallowed.
 */
function createActionLogger(opts = {}) {
    const write = opts.write ?? ((text) => void process.stdout.write(text));
    const command = (name, data) => write(`::${name}::${(0,_step_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeData */ .uf)(data)}\n`);
    const masked = new Set();
    const relay = (text) => {
        const lines = text.join('\n').split(/\r\n|\r|\n/);
        if (!lines.some((l) => COMMAND_LIKE.test(l)))
            return write(`${lines.join('\n')}\n`);
        const token = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('hex');
        write(`::stop-commands::${token}\n${lines.join('\n')}\n::${token}::\n`);
    };
    return {
        info: (m) => relay([m]),
        warn: (m) => command('warning', m),
        error: (m) => command('error', m),
        debug: (m) => command('debug', m),
        checkFinished(result, log) {
            // The group's title is the check's line, summary included: the group says it once.
            command('group', (0,_adapters_logger_js__WEBPACK_IMPORTED_MODULE_1__/* .checkLine */ .tY)(result));
            relay([
                `${_adapters_logger_js__WEBPACK_IMPORTED_MODULE_1__/* .STATUS_SYMBOL */ .Sy[result.status]} ${result.id} (${result.type}, ${result.enforcement}, ${result.category})`,
                ...log.map((line) => `  ${line}`),
                ...(0,_adapters_logger_js__WEBPACK_IMPORTED_MODULE_1__/* .findingsToShow */ .Ty)(result).map((f) => `  [${f.level}] ${f.file ? `${f.file}${f.line ? `:${f.line}` : ''}: ` : ''}${f.message}`),
                ...result.evidence.map((e) => `  evidence: ${e}`),
            ]);
            command('endgroup', '');
        },
        // Every form the redactor masks (each line of a multi-line value, encodings, letter cases):
        // the runner masks a value only as given, one log line at a time.
        mask(value) {
            for (const form of (0,_core_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .secretForms */ .eo)(value)) {
                if (masked.has(form))
                    continue;
                masked.add(form);
                command('add-mask', form);
            }
        },
    };
}


/***/ }),

/***/ 85009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runReportCommand: () => (/* binding */ runReportCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _step_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29134);
/* harmony import */ var _adapters_exec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77911);
/* harmony import */ var _adapters_http_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93618);
/* harmony import */ var _app_aggregate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(54468);
/* harmony import */ var _app_drift_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(72904);
/* harmony import */ var _app_exitCodes_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(58357);
/* harmony import */ var _app_review_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(81563);
/* harmony import */ var _app_reviewFiles_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(61382);
/* harmony import */ var _bundle_seal_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3167);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(85853);
/* harmony import */ var _config_plan_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(72916);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(74296);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(4473);
/* harmony import */ var _github_render_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(19983);
/* harmony import */ var _history_select_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(72024);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(311);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(81729);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(18980);



















const SUMMARY_BYTES = _github_render_js__WEBPACK_IMPORTED_MODULE_13__/* .LIMITS */ .b1.jobSummaryBytes - 16 * 1024;
async function writeSummary(markdown) {
    if (!(0,_core_runner_js__WEBPACK_IMPORTED_MODULE_17__/* .readRunner */ .f)(process.env).stepSummary)
        return;
    let text = markdown;
    if (Buffer.byteLength(text) > SUMMARY_BYTES)
        text = `${Buffer.from(text).subarray(0, SUMMARY_BYTES).toString('utf8')}\n\n… cut to fit the job summary; the whole report is in the output directory (output report-dir).\n`;
    try {
        await _step_js__WEBPACK_IMPORTED_MODULE_1__/* .appendSummary */ .fe(text);
    }
    catch (err) {
        _step_js__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(`promotion-gate: the job summary could not be written: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_12__/* .errorMessage */ .gJ)(err)}`);
    }
}
function requiredProfile(c) {
    const profile = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_15__/* .input */ .h)('profile');
    if (!profile)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_12__/* .UsageError */ .eb(`input profile is required for command ${c.command} (e.g. profile: prod)`);
    return profile;
}
async function requiredHistory(c) {
    const store = await (0,_history_select_js__WEBPACK_IMPORTED_MODULE_14__.createHistoryStore)((0,_history_select_js__WEBPACK_IMPORTED_MODULE_14__.parseHistorySpec)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_15__/* .input */ .h)('history'), 'input history'), {
        cwd: c.cwd,
        env: process.env,
        token: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_15__/* .input */ .h)('token') || undefined,
    });
    if (!store)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_12__/* .UsageError */ .eb(`command ${c.command} reads history, and input history is off: name the store the gate records in (e.g. history: artifacts)`);
    return store;
}
const outDirOf = (c, fallback) => node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(c.cwd, (0,_inputs_js__WEBPACK_IMPORTED_MODULE_15__/* .input */ .h)('outputDir') ?? fallback);
/** The step fails (exit 1) on a bad result unless fail-on is never. */
function finish(bad, line) {
    if (!bad) {
        _step_js__WEBPACK_IMPORTED_MODULE_1__/* .notice */ .lm(line);
        return _app_exitCodes_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .d.promote;
    }
    if ((0,_inputs_js__WEBPACK_IMPORTED_MODULE_15__/* .input */ .h)('failOn') === 'never') {
        _step_js__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(line);
        return _app_exitCodes_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .d.promote;
    }
    _step_js__WEBPACK_IMPORTED_MODULE_1__/* .setFailed */ .C1(line);
    return _app_exitCodes_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .d.hold;
}
async function drift(c) {
    const profile = requiredProfile(c);
    const loaded = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_10__.loadConfigFile)(c.configPath, c.configLabel);
    // Only the benchmarks are judged: the inputs of the profile's other checks are not needed.
    const plan = (0,_config_plan_js__WEBPACK_IMPORTED_MODULE_11__.planGate)(loaded, profile, {
        env: process.env,
        inputs: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_15__/* .input */ .h)('inputs'),
        onlyTypes: ['benchmark'],
    });
    const store = await requiredHistory(c);
    const outDir = outDirOf(c, node_path__WEBPACK_IMPORTED_MODULE_0___default().join('.promotion-gate', `${profile}-drift`));
    if ((0,_app_drift_js__WEBPACK_IMPORTED_MODULE_5__.benchmarkChecks)(plan).length === 0)
        _step_js__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(`profile ${profile} runs no benchmark checks (or their mode is off in it): nothing to judge`);
    const report = await (0,_app_drift_js__WEBPACK_IMPORTED_MODULE_5__.runDrift)({
        plan,
        store,
        fromHistory: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_15__/* .input */ .h)('fromHistory'),
        outDir,
        cwd: c.cwd,
        env: process.env,
        exec: (0,_adapters_exec_js__WEBPACK_IMPORTED_MODULE_2__.createExec)(),
        http: (0,_adapters_http_js__WEBPACK_IMPORTED_MODULE_3__.createHttpClient)(`promotion-gate/${_version_js__WEBPACK_IMPORTED_MODULE_18__/* .VERSION */ .x}`),
        logger: (0,_logger_js__WEBPACK_IMPORTED_MODULE_16__/* .createActionLogger */ .D)(),
        now: () => new Date(),
        signal: c.signal,
    });
    for (const p of report.problems)
        _step_js__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(`history: ${p}`);
    _step_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('alerts', String(report.alerts));
    _step_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('blocking-alerts', String(report.blockingAlerts));
    _step_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('report-dir', outDir);
    _step_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('report-path', node_path__WEBPACK_IMPORTED_MODULE_0___default().join(outDir, 'drift.json'));
    await writeSummary((0,_app_drift_js__WEBPACK_IMPORTED_MODULE_5__.renderDrift)(report));
    return finish(report.blockingAlerts > 0, `drift ${profile}: ${report.alerts} alert(s), ${report.blockingAlerts} blocking`);
}
async function review(c) {
    const profile = requiredProfile(c);
    const lookback = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_15__/* .input */ .h)('lookback');
    const month = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_15__/* .input */ .h)('month');
    if (lookback !== undefined && month !== undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_12__/* .UsageError */ .eb('inputs lookback and month: give one of them, not both');
    const now = new Date();
    const window = (0,_app_review_js__WEBPACK_IMPORTED_MODULE_7__.reviewWindow)({ lookback, month }, now);
    const { rules, note } = await (0,_app_reviewFiles_js__WEBPACK_IMPORTED_MODULE_8__.loadDriftRules)({
        file: c.configPath,
        label: c.configLabel,
        profile,
        optional: c.configInput === _config_load_js__WEBPACK_IMPORTED_MODULE_10__.DEFAULT_CONFIG_PATH,
    });
    if (note)
        _step_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`note: ${note}`);
    const store = await requiredHistory(c);
    const read = await store.list(profile, { includeInvalid: true });
    for (const p of read.problems)
        _step_js__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(`history: ${p}`);
    const result = (0,_app_review_js__WEBPACK_IMPORTED_MODULE_7__.buildReview)({
        profile,
        store: store.describe(),
        window,
        runs: read.runs,
        problems: read.problems,
        drift: rules,
        now,
    });
    const outDir = outDirOf(c, node_path__WEBPACK_IMPORTED_MODULE_0___default().join('.promotion-gate', `${profile}-review`));
    const files = await (0,_app_reviewFiles_js__WEBPACK_IMPORTED_MODULE_8__.writeReview)(result, window, outDir);
    const r = result.runs;
    _step_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('pass-rate', r.passRate === null ? '' : String(r.passRate));
    _step_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('alerts', String(result.driftAlerts.length));
    _step_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('report-dir', outDir);
    _step_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('report-path', files.json);
    await writeSummary(files.text);
    _step_js__WEBPACK_IMPORTED_MODULE_1__/* .notice */ .lm(`review ${profile} · ${result.window.label}: ${r.total} run(s), pass rate ${r.passRate === null ? '–' : `${r.passRate}%`}, ${result.driftAlerts.length} drift alert(s)`);
    return _app_exitCodes_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .d.promote;
}
async function aggregate(c) {
    // The default config is read when it exists; one named on purpose must exist.
    const useConfig = c.configInput !== _config_load_js__WEBPACK_IMPORTED_MODULE_10__.DEFAULT_CONFIG_PATH || (await (0,_bundle_seal_js__WEBPACK_IMPORTED_MODULE_9__.exists)(c.configPath));
    const settings = useConfig
        ? (await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_10__.loadConfigFile)(c.configPath, c.configLabel)).config.aggregate
        : undefined;
    const outDir = outDirOf(c, node_path__WEBPACK_IMPORTED_MODULE_0___default().join('.promotion-gate', 'aggregate'));
    const { report, markdown } = await (0,_app_aggregate_js__WEBPACK_IMPORTED_MODULE_4__.runAggregate)({
        cwd: c.cwd,
        artifacts: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_15__/* .input */ .h)('evidence'),
        dirs: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_15__/* .input */ .h)('evidenceDir'),
        required: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_15__/* .input */ .h)('required'),
        settings,
        release: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_15__/* .input */ .h)('release'),
        outDir,
        now: new Date(),
        version: _version_js__WEBPACK_IMPORTED_MODULE_18__/* .VERSION */ .x,
    });
    _step_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('level', report.level);
    _step_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('score', String(report.score));
    _step_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('bundle-id', report.bundle?.id ?? '');
    _step_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('report-dir', outDir);
    _step_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('report-path', node_path__WEBPACK_IMPORTED_MODULE_0___default().join(outDir, 'report.json'));
    await writeSummary(markdown);
    return finish(report.level !== 'ga_ready', `aggregate: ${report.level}, score ${report.score}${report.blockers.length ? ` (${report.blockers.join(', ')})` : ''}`);
}
async function runReportCommand(command, workspace, cwd, signal) {
    const configInput = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_15__/* .input */ .h)('config');
    const configPath = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, configInput);
    const c = {
        command,
        workspace,
        cwd,
        configInput,
        configPath,
        configLabel: node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(workspace, configPath) || configInput,
        signal,
    };
    if (command === 'drift')
        return drift(c);
    if (command === 'review')
        return review(c);
    return aggregate(c);
}


/***/ }),

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


/***/ }),

/***/ 74810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jo: () => (/* binding */ createStreamLogger),
/* harmony export */   S: () => (/* binding */ redactingLogger),
/* harmony export */   Sy: () => (/* binding */ STATUS_SYMBOL),
/* harmony export */   Ty: () => (/* binding */ findingsToShow),
/* harmony export */   tY: () => (/* binding */ checkLine)
/* harmony export */ });
/* unused harmony export silentLogger */
/* harmony import */ var _core_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96228);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5374);


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
    return `${STATUS_SYMBOL[r.status] ?? '?'} ${r.id.padEnd(18)} ${r.status.padEnd(7)} ${score}  ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(r.durationMs).padStart(7)}  ${r.summary}`;
}
/**
 * The findings worth a line under a check's line: a check with one problem often says it in its
 * summary too, and the line above already shows that.
 */
function findingsToShow(r) {
    return r.findings.filter((f) => !(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .repeatsSummary */ .Bg)(f, r.summary));
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
                const findings = findingsToShow(result);
                for (const f of findings.slice(0, 5)) {
                    const at = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}: ` : '';
                    write(`    ${at}${f.message.split('\n')[0]}`);
                }
                if (findings.length > 5)
                    write(`    … ${findings.length - 5} more in the report`);
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
function redactingLogger(logger, redactor, 
/** How the front end spells the options messages name (see `src/app/frontEnd.ts`). */
shown = { text: (m) => m, deep: (v) => v }) {
    const r = (m) => shown.text(redactor.redact(m));
    return {
        info: (m) => logger.info(r(m)),
        warn: (m) => logger.warn(r(m)),
        error: (m) => logger.error(r(m)),
        debug: (m) => logger.debug(r(m)),
        checkFinished: (result, log) => logger.checkFinished(shown.deep(redactor.redactDeep(result)), log.map(r)),
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

/***/ 81563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildReview: () => (/* binding */ buildReview),
/* harmony export */   reviewWindow: () => (/* binding */ reviewWindow)
/* harmony export */ });
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98571);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _checks_metrics_drift_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54816);



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
/** The drift judgements a review keeps; the others are judged and let go unformatted. */
const ALERTING = new Set(['alert', 'missing']);
const round = (n) => Math.round(n * 10_000) / 10_000;
/** A run's check of this id (the first, should a run list one twice), as every reader of history takes it. */
const checkOf = (run, id) => run.checks.find((c) => c.id === id);
const measured = (c) => c !== undefined && c.status !== 'skipped' && c.status !== 'error';
/**
 * Which runs the window holds, as a test of a run's finish time. The last `count` valid runs
 * reach back to the first of them; invalid runs inside the same span are shown as left out.
 */
function windowTest(runs, w) {
    if (w.kind === 'period') {
        const from = w.from.getTime();
        const to = w.to.getTime();
        return (t) => t >= from && t < to;
    }
    // The first of the last `count` valid runs, or the first valid run when there are fewer.
    let first;
    let left = w.count;
    for (let i = runs.length - 1; i >= 0 && left > 0; i--)
        if (!runs[i].invalid) {
            first = runs[i];
            left--;
        }
    if (first === undefined)
        return () => false;
    const from = Date.parse(first.finishedAt);
    return (t) => t >= from;
}
function trendOf(check, t) {
    const out = [];
    for (const metric of [...t.series.keys()].sort()) {
        const series = t.series.get(metric);
        // Summed in run order, as the mean always was; no spread into Math.min, which a long
        // series would overflow.
        let sum = 0;
        let min = Number.POSITIVE_INFINITY;
        let max = Number.NEGATIVE_INFINITY;
        for (const p of series) {
            sum += p.value;
            min = Math.min(min, p.value);
            max = Math.max(max, p.value);
        }
        const first = series[0].value;
        const last = series[series.length - 1].value;
        out.push({
            check,
            type: t.type,
            metric,
            series,
            first,
            last,
            change: round(last - first),
            mean: round(sum / series.length),
            min,
            max,
        });
    }
    return out;
}
/**
 * Each run of the window that measured `check`, judged as the gate judged it (or would have):
 * against the last `lookback` valid runs before it that measured the check, window or not. One
 * walk through history; only what alerts is put into words, and added to `alerts`.
 */
function driftOf(all, shown, check, rules, alerts) {
    /** The metrics of every valid run so far that measured the check, oldest first. */
    const earlier = [];
    /** Where the runs compared with start in `earlier`. */
    let from = 0;
    const history = (metric) => {
        const values = [];
        for (let k = from; k < earlier.length; k++) {
            const v = earlier[k][metric];
            if (typeof v === 'number' && Number.isFinite(v))
                values.push(v);
        }
        return values;
    };
    // The ruled metrics of the run judged, refilled for each run. Metric names come from history:
    // own keys only, whatever they are called.
    const ruled = Object.keys(rules.rules);
    const current = Object.create(null);
    for (let i = 0; i < all.length; i++) {
        const run = all[i];
        if (run.invalid)
            continue;
        const c = checkOf(run, check);
        if (!measured(c))
            continue;
        if (shown[i]) {
            from = rules.lookback > 0 ? Math.max(0, earlier.length - rules.lookback) : 0;
            for (const m of ruled) {
                const v = Object.hasOwn(c.metrics, m) ? c.metrics[m] : undefined;
                current[m] = typeof v === 'number' && Number.isFinite(v) ? v : undefined;
            }
            for (const point of (0,_checks_metrics_drift_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluateDrift */ .$v)(current, history, rules, undefined, ALERTING))
                alerts.push({ check, runId: run.runId, at: run.finishedAt, point });
        }
        earlier.push(c.metrics);
    }
}
function buildReview(input) {
    const all = input.runs;
    const inWindow = windowTest(all, input.window);
    // One walk through the runs for everything counted per run, one through the window for the
    // metric series, one per benchmark for drift: a review grows with its history as reading it does.
    /** Which runs the review shows: valid, in the window. */
    const shown = new Array(all.length).fill(false);
    const valid = [];
    const invalidRuns = [];
    const actions = { 'auto-promote': 0, 'promote-with-hotfix': 0, hold: 0 };
    let promoted = 0;
    let ratchetHolds = 0;
    const scoreSeries = [];
    const runList = [];
    const failing = new Map();
    const trends = new Map();
    for (let i = 0; i < all.length; i++) {
        const r = all[i];
        if (!inWindow(Date.parse(r.finishedAt)))
            continue;
        if (r.invalid) {
            invalidRuns.push({ runId: r.runId, at: r.finishedAt, reason: r.invalid.reason });
            continue;
        }
        shown[i] = true;
        valid.push(r);
        actions[r.action]++;
        if (r.verdict === 'promote')
            promoted++;
        if (r.ratchetTriggered)
            ratchetHolds++;
        scoreSeries.push({ runId: r.runId, at: r.finishedAt, value: r.score });
        const listed = {
            runId: r.runId,
            at: r.finishedAt,
            verdict: r.verdict,
            score: r.score,
            action: r.action,
        };
        if (r.sha)
            listed.sha = r.sha;
        if (r.url)
            listed.url = r.url;
        runList.push(listed);
        for (const c of r.checks) {
            if (TRENDED_TYPES.has(c.type)) {
                const known = trends.get(c.id);
                // A check keeps its place from its first trended run and the type of its last.
                if (known)
                    known.type = c.type;
                else
                    trends.set(c.id, { type: c.type, series: new Map(), seen: -1 });
            }
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
    }
    // Filled once every trended check is known: a check trended only in a later run has the
    // numbers of its earlier runs too.
    for (let i = 0; i < valid.length; i++) {
        const r = valid[i];
        for (const c of r.checks) {
            const t = trends.get(c.id);
            if (t === undefined || t.seen === i)
                continue;
            t.seen = i;
            for (const metric of Object.keys(c.metrics)) {
                const value = c.metrics[metric];
                if (typeof value !== 'number' || !Number.isFinite(value))
                    continue;
                const point = { runId: r.runId, at: r.finishedAt, value };
                const series = t.series.get(metric);
                if (series)
                    series.push(point);
                else
                    t.series.set(metric, [point]);
            }
        }
    }
    const metrics = [...trends].flatMap(([check, t]) => trendOf(check, t));
    const driftAlerts = [];
    for (const [check, { type }] of trends) {
        if (type !== 'benchmark')
            continue;
        const rules = input.drift.get(check) ?? (0,_checks_metrics_drift_js__WEBPACK_IMPORTED_MODULE_2__/* .driftSettings */ .LX)();
        if (rules !== false)
            driftOf(all, shown, check, rules, driftAlerts);
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
            invalid: invalidRuns.length,
            promoted,
            held: valid.length - promoted,
            passRate: valid.length ? Math.round((promoted / valid.length) * 1000) / 10 : null,
            actions,
            ratchetHolds,
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
        runList,
        invalidRuns,
        problems: input.problems,
    };
}


/***/ }),

/***/ 61382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadDriftRules: () => (/* binding */ loadDriftRules),
  reviewWrites: () => (/* binding */ reviewWrites),
  writeReview: () => (/* binding */ writeReview)
});

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
;// CONCATENATED MODULE: ./src/core/jsonText.ts
/**
 * A value as compact JSON, in pieces: joined, they are exactly `JSON.stringify(value)`. A file
 * that holds every point of long series (a review of thousands of runs) is written piece by piece
 * instead of being built as one string and then copied into one buffer: the two took more memory
 * than the whole review, and fresh memory is what a small machine pays for most.
 *
 * Long arrays are cut into slices that JSON.stringify writes natively; objects, and the elements
 * of shorter arrays, are walked, so a long array nested anywhere is cut too. (Within a slice an
 * element's `toJSON` is given its index in the slice: the same text for every `toJSON` that does
 * not read its key, as Date's does not.)
 */
/** Elements per slice of a long array: small enough to stay a short string, large enough to stay native. */
const SLICE = 512;
/**
 * What JSON.stringify does with a value before writing it (no replacer): `toJSON(key)`, then
 * boxed primitives as their primitive. Undefined, functions and symbols are left as they are:
 * the caller leaves them out (object) or writes null (array).
 */
function prepared(value, key) {
    if (value !== null && (typeof value === 'object' || typeof value === 'bigint')) {
        const toJSON = value.toJSON;
        if (typeof toJSON === 'function')
            return toJSON.call(value, key);
    }
    return value;
}
const isStructure = (v) => typeof v === 'object' &&
    v !== null &&
    !(v instanceof Number || v instanceof String || v instanceof Boolean || v instanceof BigInt);
const skipped = (v) => v === undefined || typeof v === 'function' || typeof v === 'symbol';
function* jsonPieces(value) {
    const root = prepared(value, '');
    if (!isStructure(root)) {
        const text = JSON.stringify(root);
        if (text !== undefined)
            yield text;
        return;
    }
    // A stack of open arrays and objects, not recursion: nesting is bounded by memory, not the call stack.
    const open = new Set();
    const stack = [];
    const enter = (v) => {
        // JSON.stringify throws on a cycle; so does this, before it would loop forever.
        if (open.has(v))
            throw new TypeError('Converting circular structure to JSON');
        open.add(v);
        if (Array.isArray(v)) {
            const list = v;
            let i = 0;
            const close = () => {
                open.delete(v);
                frame.done = true;
                return ']';
            };
            const frame = {
                done: false,
                next: () => {
                    if (i >= list.length)
                        return close();
                    const sep = i === 0 ? '' : ',';
                    if (list.length > SLICE) {
                        // The slice is written natively; its own nesting is JSON.stringify's to check.
                        const text = JSON.stringify(list.slice(i, i + SLICE));
                        i += SLICE;
                        return sep + text.slice(1, -1);
                    }
                    const item = prepared(list[i], String(i));
                    i++;
                    if (skipped(item))
                        return `${sep}null`;
                    if (isStructure(item))
                        return sep + enter(item);
                    return sep + JSON.stringify(item);
                },
            };
            stack.push(frame);
            return '[';
        }
        const record = v;
        const keys = Object.keys(record);
        let k = 0;
        let written = 0;
        const frame = {
            done: false,
            next: () => {
                while (k < keys.length) {
                    const key = keys[k++];
                    const item = prepared(record[key], key);
                    if (skipped(item))
                        continue;
                    const head = `${written++ === 0 ? '' : ','}${JSON.stringify(key)}:`;
                    if (isStructure(item))
                        return head + enter(item);
                    return head + JSON.stringify(item);
                }
                open.delete(v);
                frame.done = true;
                return '}';
            },
        };
        stack.push(frame);
        return '{';
    };
    yield enter(root);
    while (stack.length > 0) {
        const top = stack[stack.length - 1];
        const piece = top.next();
        // A frame that closed entered nothing, so it is still the top.
        if (top.done)
            stack.pop();
        yield piece;
    }
}

// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
// EXTERNAL MODULE: ./src/checks/metrics/criteria.ts
var criteria = __webpack_require__(1402);
// EXTERNAL MODULE: ./src/core/format.ts
var format = __webpack_require__(96228);
// EXTERNAL MODULE: ./src/report/mermaid.ts
var mermaid = __webpack_require__(39409);
;// CONCATENATED MODULE: ./src/report/reviewMarkdown.ts



const MAX_CHARTS = 8;
const MAX_ROWS = 60;
/** Points a chart shows at most; a longer series is charted by each stretch's lowest and highest. */
const MAX_POINTS = 120;
/** A long series thinned for its chart, keeping every dip and peak a stretch holds; in time order. */
function charted(points) {
    if (points.length <= MAX_POINTS)
        return points;
    const stretches = MAX_POINTS / 2;
    const out = [];
    for (let b = 0; b < stretches; b++) {
        const from = Math.floor((b * points.length) / stretches);
        const to = Math.floor(((b + 1) * points.length) / stretches);
        let lo = from;
        let hi = from;
        for (let i = from + 1; i < to; i++) {
            if (points[i].value < points[lo].value)
                lo = i;
            if (points[i].value > points[hi].value)
                hi = i;
        }
        out.push(points[Math.min(lo, hi)]);
        if (lo !== hi)
            out.push(points[Math.max(lo, hi)]);
    }
    return out;
}
const thinned = (all, shown) => shown.length < all.length
    ? [
        '',
        `_${all.length} points, charted as ${shown.length}: the lowest and highest of each stretch; every point is in review.json._`,
    ]
    : [];
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
        `| ${x.total} | ${x.promoted} | ${x.held} | ${x.passRate === null ? '–' : (0,format/* formatPercent */.l9)(x.passRate)} | ${r.score.mean === null ? '–' : (0,format/* formatNumber */.ZV)(r.score.mean)} | ${r.driftAlerts.length} | ${x.ratchetHolds} | ${x.invalid} |`,
        '',
        `Actions: auto-promote ${x.actions['auto-promote']} · promote-with-hotfix ${x.actions['promote-with-hotfix']} · hold ${x.actions.hold}`,
    ];
}
function scoreSection(r) {
    const all = r.score.series;
    if (all.length < 2)
        return [
            '',
            '## Score',
            '',
            all.length ? `One run, score ${all[0].value}/5.` : 'No runs in this window.',
        ];
    const s = charted(all);
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
        ...thinned(all, s),
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
        out.push(`| \`${cell(m.check)}\` | ${cell(m.metric)} | ${(0,criteria/* fmt */.Sc)(m.first)} | ${(0,criteria/* fmt */.Sc)(m.last)} | ${(0,format/* formatNumber */.ZV)(m.change, { sign: true })} | ${(0,criteria/* fmt */.Sc)(m.mean)} | ${(0,criteria/* fmt */.Sc)(m.min)} | ${(0,criteria/* fmt */.Sc)(m.max)} | ${m.series.length} |`);
    const shownCharts = r.metrics.filter((m) => m.series.length >= 2).slice(0, MAX_CHARTS);
    for (const m of shownCharts) {
        const points = charted(m.series);
        out.push('', (0,mermaid/* xyChart */.Gp)({
            title: `${m.check} · ${m.metric}`,
            labels: points.map((p) => day(p.at)),
            values: points.map((p) => p.value),
            yLabel: m.metric,
        }), ...thinned(m.series, points));
    }
    const left = r.metrics.filter((m) => m.series.length >= 2).length - shownCharts.length;
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
    if (o.optional && !(await (0,seal.exists)(o.file)))
        return { rules };
    const { config } = await (0,load.loadConfigFile)(o.file, o.label);
    if (!Object.hasOwn(config.profiles, o.profile))
        return {
            rules,
            note: `profile ${o.profile} is not in ${o.label}; drift uses the default rules`,
            unknownProfile: `unknown profile "${o.profile}"${(0,core_text/* didYouMean */.au)(o.profile, Object.keys(config.profiles))} in ${o.label}`,
        };
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
    // Compact: the file holds every point of every series and every run, for programs (review.md
    // is what people read); indented, it was 1.6 times as large and slower to write.
    await writeJson(json, review);
    await (0,promises_.writeFile)(markdown, text);
    return { json, markdown, text };
}
/** Bytes handed to the file at once: a few pages, reused, however long the review. */
const WRITE_CHARS = 1 << 16;
/** `JSON.stringify(value)` and a newline, written as it is made rather than built whole first. */
async function writeJson(file, value) {
    const handle = await (0,promises_.open)(file, 'w');
    try {
        let batch = '';
        for (const piece of jsonPieces(value)) {
            batch += piece;
            if (batch.length < WRITE_CHARS)
                continue;
            await handle.write(batch);
            batch = '';
        }
        await handle.write(`${batch}\n`);
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 72916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkEveryProfile: () => (/* reexport */ load.checkEveryProfile),
  decisionPolicy: () => (/* binding */ decisionPolicy),
  planGate: () => (/* binding */ planGate)
});

// EXTERNAL MODULE: ./src/checks/registry.ts + 34 modules
var registry = __webpack_require__(74648);
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
        const parsed = schema.defaultsSchema.safeParse(value, { reportInput: true });
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
// EXTERNAL MODULE: ./src/config/profiles.ts
var profiles = __webpack_require__(73810);
// EXTERNAL MODULE: ./src/config/shellValues.ts + 1 modules
var shellValues = __webpack_require__(14353);
;// CONCATENATED MODULE: ./src/config/plan.ts














/** For `validate` without a profile: every profile must run a check that counts. */

function decisionPolicy(settings) {
    return {
        categories: (0,own/* dataRecord */._)({ ...schema.DEFAULT_CATEGORIES, ...settings.categories }),
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
    const issues = new load.IssueList(source);
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
    // One missing input (or env variable) used in many places is one problem: it is said once, at
    // its first use, naming every other place.
    const unset = new Map();
    for (const check of resolved.checks) {
        if (opts.onlyTypes && !opts.onlyTypes.includes(check.raw.type))
            continue;
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
            const places = unset.get(i.message);
            if (places) {
                if (!places.some((p) => p.join('.') === path.join('.')))
                    places.push(path);
            }
            else
                unset.set(i.message, [path]);
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
        const enforcement = (0,profiles/* enforcementOf */.YZ)(v.value, t, resolved);
        const planned = plannedFrom(check.id, v.value, { ...t.defaults, enforcement }, defaultTimeout);
        if (Object.keys(shell.values).length > 0) {
            Object.defineProperty(planned.spec, fields/* SHELL_VALUES */.EJ, { value: shell.values, enumerable: true });
        }
        checks.push(planned);
    }
    for (const [message, [first, ...others]] of unset) {
        const also = others.length
            ? `; also used at ${others
                .slice(0, 8)
                .map((p) => p.join('.'))
                .join(', ')}${others.length > 8 ? ` and ${others.length - 8} more` : ''}`
            : '';
        issues.add(first, `${message}${also}`);
    }
    issues.throwIfAny();
    const nothingCounts = opts.onlyTypes ? undefined : (0,profiles/* noCountingCheck */.hk)(profile, checks);
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

/***/ 19983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I2: () => (/* binding */ commentBody),
/* harmony export */   TN: () => (/* binding */ checkRunOutput),
/* harmony export */   b1: () => (/* binding */ LIMITS),
/* harmony export */   sp: () => (/* binding */ jobSummary)
/* harmony export */ });
/* unused harmony exports fullReportHint, evidenceLine, checkRunTitle, fitBytes */
/* harmony import */ var _report_headline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14512);
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
    const body = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .renderMarkdown */ .Gc)(report, {
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
    // A hold says what holds it first, as the report's headline does.
    const cause = report.verdict === 'hold' ? (0,_report_headline_js__WEBPACK_IMPORTED_MODULE_1__/* .holdCause */ .T)(report) : undefined;
    const action = report.verdict === 'promote' ? ` · ${report.action}` : '';
    return `${verdict}${cause ? ` · ${cause}` : ''} · score ${report.score}/5${action} · level ${report.level} · ${bad || `${c.pass} of ${c.total} passed`}`;
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

/***/ 14512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ verdictLine),
/* harmony export */   T: () => (/* binding */ holdCause)
/* harmony export */ });
/** What holds, in a few words, for a reason that holds. */
function holdWords(reason, checks) {
    const check = checks?.find((c) => c.id === reason.check);
    const who = check ? `${check.id} (${check.enforcement})` : (reason.check ?? '');
    switch (reason.kind) {
        case 'check-failed':
            return `${who} failed`;
        case 'check-error':
            return `${who} could not run`;
        case 'score-hold':
            return 'score at or below the hold line';
        case 'ratchet':
            return 'hotfix ratchet';
        case 'hotfix-deadline':
            return 'hotfix overdue';
        default:
            return reason.check ? `${reason.kind} (${reason.check})` : reason.kind;
    }
}
/** Why a run holds, in a few words: the first blocking reason, and how many more there are. */
function holdCause(r) {
    const blocking = r.reasons.filter((x) => x.blocking);
    if (blocking.length === 0)
        return undefined;
    const more = blocking.length - 1;
    return `${holdWords(blocking[0], r.checks)}${more > 0 ? ` and ${more} more` : ''}`;
}
/** The one line that says the outcome, as the terminal, the step log and the annotations print it. */
function verdictLine(r) {
    const cause = r.verdict === 'hold' ? holdCause(r) : undefined;
    return `${r.verdict === 'promote' ? 'PROMOTE' : 'HOLD'} ${r.profile}: score ${r.score}/5, ${r.action}, level ${r.level}${cause ? ` — ${cause}` : ''}`;
}


/***/ }),

/***/ 5374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qG: () => (/* binding */ bundleTrailer),
  Gc: () => (/* binding */ renderMarkdown),
  Bg: () => (/* binding */ repeatsSummary)
});

// EXTERNAL MODULE: ./src/core/format.ts
var format = __webpack_require__(96228);
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

// EXTERNAL MODULE: ./src/report/headline.ts
var headline = __webpack_require__(14512);
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
/** `` `blocked` — auth (hard) failed ``: the level, and what keeps it below ga_ready. */
function levelText(r) {
    const why = r.levelReasons ?? [];
    return `\`${r.level}\`${why.length ? ` — ${markdown_esc(why.join('; '))}` : ''}`;
}
function header(r) {
    const verdict = r.verdict === 'promote' ? `✅ Promote` : `⛔ Hold`;
    // A hold names what holds it before anything else; a promotion says how it promotes.
    const cause = r.verdict === 'hold' ? (0,headline/* holdCause */.T)(r) : undefined;
    const lead = cause ? ` · ${markdown_esc(cause)}` : '';
    const action = r.verdict === 'promote' ? ` · ${r.action}` : '';
    const capped = r.uncappedScore !== undefined
        ? ` · **Score** ${r.score}/5, capped at the hold line while a hard or required check fails (${r.uncappedScore}/5 without the cap)`
        : '';
    const c = r.counts;
    const parts = [
        `${c.pass} passed`,
        c.warn ? `${c.warn} warning${c.warn === 1 ? '' : 's'}` : '',
        c.fail ? `${c.fail} failed` : '',
        c.error ? `${c.error} could not run` : '',
        c.skipped ? `${c.skipped} skipped` : '',
    ].filter(Boolean);
    const checks = `**Checks** ${c.total}: ${parts.join(', ')} · **Time** ${(0,format/* formatDuration */.a3)(r.durationMs)}${r.bundle ? ` · **Bundle** \`${r.bundle.id.slice(0, 19)}…\`` : ''}`;
    const level = `**Level** ${levelText(r)}${capped}`;
    // What lowers the level or caps the score gets a line of its own; a clean run, one line.
    const explained = (r.levelReasons?.length ?? 0) > 0 || capped !== '';
    const lines = [
        `## ${verdict} — ${markdown_esc(r.profile)}${lead} · score ${r.score}/5${action} · level ${r.level}`,
        '',
        ...(explained ? [level, '', checks] : [`${level} · ${checks}`]),
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
        out.push(`| ${ICON[c.status]} | ${name} | ${c.type} | ${c.enforcement} | ${cell(c.category)} | ${score} | ${(0,format/* formatDuration */.a3)(c.durationMs)} | ${cell(oneLine(c.summary, 200))} |`);
    }
    if (omittedPassing > 0)
        out.push('', `_${omittedPassing} passing check(s) not shown._`);
    return out;
}
function categoriesTable(r) {
    // Every category at 5/5 says nothing the score does not.
    if (r.categories.every((c) => c.rawMin >= 5))
        return [];
    const out = [
        '',
        '### Score by category',
        '',
        '| Category | Weight | Lowest raw | Effective | Limited by |',
        '|---|---|---|---|---|',
    ];
    for (const c of r.categories)
        out.push(`| ${cell(c.name)} | ${(0,format/* formatNumber */.ZV)(c.weight)} | ${c.rawMin}/5 | ${(0,format/* formatNumber */.ZV)(c.effective)} | ${c.limitingCheck ? `\`${c.limitingCheck}\`` : '–'} |`);
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
/**
 * A finding that only repeats its check's summary (a check with one problem often says it in
 * both), which the checks table already shows.
 */
function repeatsSummary(f, summary) {
    const message = f.message.split('\n')[0].trim();
    return message !== '' && summary.includes(message) && (!f.file || summary.includes(f.file));
}
function findingsBlock(checks) {
    const withFindings = checks
        .map((c) => ({ c, findings: c.findings.filter((f) => !repeatsSummary(f, c.summary)) }))
        .filter((x) => x.findings.length > 0);
    if (withFindings.length === 0)
        return [];
    const out = ['', '### Findings'];
    for (const { c, findings } of withFindings) {
        out.push('', `<details${c.status === 'fail' || c.status === 'error' ? ' open' : ''}><summary>${ICON[c.status]} <code>${markdown_esc(c.id)}</code> — ${findings.length} finding${findings.length === 1 ? '' : 's'}</summary>`, '');
        for (const f of findings.slice(0, MAX_FINDINGS_PER_CHECK)) {
            const at = f.file ? `\`${markdown_esc(f.file)}${f.line ? `:${f.line}` : ''}\` ` : '';
            const mark = f.level === 'failure' ? '' : `_${f.level}_ `;
            out.push(`- ${mark}${at}${markdown_esc(oneLine(f.message, 400))}`);
        }
        if (findings.length > MAX_FINDINGS_PER_CHECK)
            out.push(`- … ${findings.length - MAX_FINDINGS_PER_CHECK} more in report.json`);
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
/**
 * The line the seal adds at the end of report.md once the bundle id is known. The id is the
 * digest of a manifest that lists report.md, so the manifest digests the file without this line,
 * and verify requires the line to be exactly this one for the bundle the manifest makes.
 */
function bundleTrailer(id) {
    return `\n<sub>evidence bundle \`${id}\` · check it: \`npx promotion-gate verify <folder> --bundle-id ${id}\`</sub>\n`;
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

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** Kept equal to package.json's version by a test. */
const VERSION = '0.1.0';


/***/ })

};
