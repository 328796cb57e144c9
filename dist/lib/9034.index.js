export const id = 9034;
export const ids = [9034];
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
 * `##[command]` anywhere in it. Matched loosely \u2014 any `::` \u2014 since a false alarm costs only a
 * stop-commands pair around the text.
 */
const COMMAND_LIKE = /::|##\[/;
/**
 * Logs for the Actions runner: one collapsible group per check, written whole when it finishes.
 *
 * Text relayed from elsewhere (check output, service responses, messages) is never run as a
 * workflow command: when a line of it looks like one (`::error file=\u2026::`, `::stop-commands::`,
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
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(52008);
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
        text = `${Buffer.from(text).subarray(0, SUMMARY_BYTES).toString('utf8')}\n\n\u2026 cut to fit the job summary; the whole report is in the output directory (output report-dir).\n`;
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
    const store = await (0,_history_select_js__WEBPACK_IMPORTED_MODULE_14__/* .createHistoryStore */ .Wq)((0,_history_select_js__WEBPACK_IMPORTED_MODULE_14__/* .parseHistorySpec */ .rQ)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_15__/* .input */ .h)('history'), 'input history'), {
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
    const plan = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_10__.placed)(() => (0,_config_plan_js__WEBPACK_IMPORTED_MODULE_11__.planGate)(loaded, profile, { env: process.env, inputs: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_15__/* .input */ .h)('inputs'), onlyTypes: ['benchmark'] }));
    const store = await requiredHistory(c);
    const outDir = outDirOf(c, node_path__WEBPACK_IMPORTED_MODULE_0___default().join('.promotion-gate', `${profile}-drift`));
    if ((0,_app_drift_js__WEBPACK_IMPORTED_MODULE_5__/* .benchmarkChecks */ .pO)(plan).length === 0)
        _step_js__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(`profile ${profile} runs no benchmark checks (or their mode is off in it): nothing to judge`);
    const report = await (0,_app_drift_js__WEBPACK_IMPORTED_MODULE_5__/* .runDrift */ .le)({
        plan,
        store,
        fromHistory: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_15__/* .input */ .h)('fromHistory'),
        outDir,
        cwd: c.cwd,
        env: process.env,
        exec: (0,_adapters_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .createExec */ .k)(),
        http: (0,_adapters_http_js__WEBPACK_IMPORTED_MODULE_3__/* .createHttpClient */ .u)(`promotion-gate/${_version_js__WEBPACK_IMPORTED_MODULE_18__/* .VERSION */ .x}`),
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
    await writeSummary((0,_app_drift_js__WEBPACK_IMPORTED_MODULE_5__/* .renderDrift */ .iI)(report));
    return finish(report.blockingAlerts > 0, `drift ${profile}: ${report.alerts} alert(s), ${report.blockingAlerts} blocking`);
}
async function review(c) {
    const profile = requiredProfile(c);
    const lookback = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_15__/* .input */ .h)('lookback');
    const month = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_15__/* .input */ .h)('month');
    if (lookback !== undefined && month !== undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_12__/* .UsageError */ .eb('inputs lookback and month: give one of them, not both');
    const now = new Date();
    const window = (0,_app_review_js__WEBPACK_IMPORTED_MODULE_7__/* .reviewWindow */ .F)({ lookback, month }, now);
    const { rules, note } = await (0,_app_reviewFiles_js__WEBPACK_IMPORTED_MODULE_8__/* .loadDriftRules */ .Ti)({
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
    const result = (0,_app_review_js__WEBPACK_IMPORTED_MODULE_7__/* .buildReview */ .B)({
        profile,
        store: store.describe(),
        window,
        runs: read.runs,
        problems: read.problems,
        drift: rules,
        now,
    });
    const outDir = outDirOf(c, node_path__WEBPACK_IMPORTED_MODULE_0___default().join('.promotion-gate', `${profile}-review`));
    const files = await (0,_app_reviewFiles_js__WEBPACK_IMPORTED_MODULE_8__/* .writeReview */ .OC)(result, window, outDir);
    const r = result.runs;
    _step_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('pass-rate', r.passRate === null ? '' : String(r.passRate));
    _step_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('alerts', String(result.driftAlerts.length));
    _step_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('report-dir', outDir);
    _step_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('report-path', files.json);
    await writeSummary(files.text);
    _step_js__WEBPACK_IMPORTED_MODULE_1__/* .notice */ .lm(`review ${profile} \u00b7 ${result.window.label}: ${r.total} run(s), pass rate ${r.passRate === null ? '\u2013' : `${r.passRate}%`}, ${result.driftAlerts.length} drift alert(s)`);
    return _app_exitCodes_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .d.promote;
}
async function aggregate(c) {
    // The default config is read when it exists; one named on purpose must exist.
    const useConfig = c.configInput !== _config_load_js__WEBPACK_IMPORTED_MODULE_10__.DEFAULT_CONFIG_PATH || (await (0,_bundle_seal_js__WEBPACK_IMPORTED_MODULE_9__/* .exists */ .t2)(c.configPath));
    const settings = useConfig
        ? (await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_10__.loadConfigFile)(c.configPath, c.configLabel)).config.aggregate
        : undefined;
    const outDir = outDirOf(c, node_path__WEBPACK_IMPORTED_MODULE_0___default().join('.promotion-gate', 'aggregate'));
    const { report, markdown } = await (0,_app_aggregate_js__WEBPACK_IMPORTED_MODULE_4__/* .runAggregate */ .N)({
        cwd: c.cwd,
        artifacts: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_15__/* .input */ .h)('evidence'),
        dirs: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_15__/* .input */ .h)('evidenceDir'),
        required: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_15__/* .input */ .h)('required'),
        settings,
        release: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_15__/* .input */ .h)('release'),
        outDir,
        now: new Date(),
        version: _version_js__WEBPACK_IMPORTED_MODULE_18__/* .VERSION */ .x,
        env: process.env,
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
    pass: '\u2714',
    warn: '\u26a0',
    fail: '\u2716',
    error: '\u203c',
    skipped: '\u25cb',
};
/** One line per finished check: `\u2714 health  pass 5/5  120ms  healthy`. */
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
                    write(`    \u2026 ${findings.length - 5} more in the report`);
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

/***/ 16706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ codeSpan),
/* harmony export */   p: () => (/* binding */ markdownText)
/* harmony export */ });
/**
 * Text from outside the gate \u2014 a commit subject, a file name a change chose, a check's output, a
 * staging service's answer \u2014 in the Markdown the gate writes to GitHub (report.md, the PR comment,
 * the check run, the job summary, incident issues), shown as the text it is: HTML escaped, and
 * every @mention broken by an invisible space (`@&#8203;name`), so that what the gate writes never
 * pings whoever a commit, a file or a response names.
 */
function markdownText(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(MENTION, '$1@&#8203;');
}
/** An @ where GitHub sees a mention: not inside a word (an e-mail address), before a name. */
const MENTION = /(^|[^\p{L}\p{N}_])@(?=[\p{L}\p{N}])/gu;
/**
 * `text` as one inline code span, whatever it holds: fenced by more backticks than its longest run
 * of them, so nothing in it ends the span (a file name may hold backticks), and padded with a
 * space when it holds any (a span's content may not start or end with its fence). A code span
 * shows its text as it is: nothing in it is escaped, and a mention in it pings nobody.
 */
function codeSpan(text) {
    const oneLine = text.replace(/\r\n|\r|\n/g, ' ');
    let longest = 0;
    for (const run of oneLine.matchAll(/`+/g))
        longest = Math.max(longest, run[0].length);
    const fence = '`'.repeat(longest + 1);
    return longest > 0 ? `${fence} ${oneLine} ${fence}` : `${fence}${oneLine}${fence}`;
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
    return `${r.verdict === 'promote' ? 'PROMOTE' : 'HOLD'} ${r.profile}: score ${r.score}/5, ${r.action}, level ${r.level}${cause ? ` \u2014 ${cause}` : ''}`;
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
// EXTERNAL MODULE: ./src/core/markdown.ts
var markdown = __webpack_require__(16706);
;// CONCATENATED MODULE: ./src/report/changesMarkdown.ts

/**
 * "Changes in this promotion" (the release notes of the range, collapsed) and who approved the
 * run, for report.md, the job summary, the check run and the PR comment alike.
 */
const MAX_LISTED = 50;
/** Text from outside (a commit's subject and author) as text: no markup of its own, no mention. */
function esc(text) {
    return (0,markdown/* markdownText */.p)(text).replace(/[`*_[\]|]/g, '\\$&');
}
/** `full`: with the list of commits; otherwise the one summary line (a report cut to fit). */
function changesSection(r, full) {
    const c = r.changes;
    if (!c)
        return [];
    if ('error' in c)
        return ['', '### Changes in this promotion', '', `_No release notes: ${esc(c.error)}_`];
    const areas = c.areas.map((a) => `${a.name} (${a.files})`).join(', ');
    const summary = `${c.total} commit${c.total === 1 ? '' : 's'} \u00b7 ${c.stat.files} file${c.stat.files === 1 ? '' : 's'} changed, +${c.stat.insertions} \u2212${c.stat.deletions}${areas ? ` \u00b7 ${areas}` : ''}`;
    const range = `\`${c.base.slice(0, 7)}..${c.head.slice(0, 7)}\``;
    const pulls = c.pullRequests.length
        ? ` \u00b7 pull requests ${c.pullRequests.map((n) => `#${n}`).join(', ')}`
        : '';
    const out = ['', '### Changes in this promotion', '', `${range} \u00b7 ${summary}${pulls}`];
    if (!full || c.commits.length === 0)
        return out;
    out.push('', `<details><summary>Commits and changed areas</summary>`, '');
    for (const commit of c.commits.slice(0, MAX_LISTED)) {
        const prs = commit.pulls?.length ? ` (${commit.pulls.map((n) => `#${n}`).join(', ')})` : '';
        out.push(`- \`${commit.sha.slice(0, 7)}\` ${esc(commit.subject)} \u2014 ${esc(commit.author)}${commit.merge && !prs ? ' (merge)' : prs}`);
    }
    const notListed = c.total - Math.min(c.commits.length, MAX_LISTED);
    if (notListed > 0)
        out.push(`- \u2026 ${notListed} more commit(s)${c.omitted ? ` (report.json lists ${c.commits.length})` : ''}`);
    for (const a of c.areas)
        out.push('', `**${esc(a.name)}** \u2014 ${a.files} file(s): ${a.examples.map((e) => `\`${e.replace(/`/g, "'")}\``).join(', ')}${a.files > a.examples.length ? ', \u2026' : ''}`);
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




const ICON = { pass: '\u2705', warn: '\u26a0\ufe0f', fail: '\u274c', error: '\u2757', skipped: '\u23ed\ufe0f' };
const MAX_FINDINGS_PER_CHECK = 50;
const markdown_esc = markdown/* markdownText */.p;
function cell(text) {
    return markdown_esc(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
function oneLine(text, max = 300) {
    const t = text.replace(/\s+/g, ' ').trim();
    return t.length > max ? `${t.slice(0, max - 1)}\u2026` : t;
}
/** `` `blocked` \u2014 auth (hard) failed ``: the level, and what keeps it below ga_ready. */
function levelText(r) {
    const why = r.levelReasons ?? [];
    return `\`${r.level}\`${why.length ? ` \u2014 ${markdown_esc(why.join('; '))}` : ''}`;
}
function header(r) {
    const verdict = r.verdict === 'promote' ? `\u2705 Promote` : `\u26d4 Hold`;
    // A hold names what holds it before anything else; a promotion says how it promotes.
    const cause = r.verdict === 'hold' ? (0,headline/* holdCause */.T)(r) : undefined;
    const lead = cause ? ` \u00b7 ${markdown_esc(cause)}` : '';
    const action = r.verdict === 'promote' ? ` \u00b7 ${r.action}` : '';
    const capped = r.uncappedScore !== undefined
        ? ` \u00b7 **Score** ${r.score}/5, capped at the hold line while a hard or required check fails (${r.uncappedScore}/5 without the cap)`
        : '';
    const c = r.counts;
    const parts = [
        `${c.pass} passed`,
        c.warn ? `${c.warn} warning${c.warn === 1 ? '' : 's'}` : '',
        c.fail ? `${c.fail} failed` : '',
        c.error ? `${c.error} could not run` : '',
        c.skipped ? `${c.skipped} skipped` : '',
    ].filter(Boolean);
    const checks = `**Checks** ${c.total}: ${parts.join(', ')} \u00b7 **Time** ${(0,format/* formatDuration */.a3)(r.durationMs)}${r.bundle ? ` \u00b7 **Bundle** \`${r.bundle.id.slice(0, 19)}\u2026\`` : ''}`;
    const level = `**Level** ${levelText(r)}${capped}`;
    // What lowers the level or caps the score gets a line of its own; a clean run, one line.
    const explained = (r.levelReasons?.length ?? 0) > 0 || capped !== '';
    const lines = [
        `## ${verdict} \u2014 ${markdown_esc(r.profile)}${lead} \u00b7 score ${r.score}/5${action} \u00b7 level ${r.level}`,
        '',
        ...(explained ? [level, '', checks] : [`${level} \u00b7 ${checks}`]),
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
        out.push(`- ${x.blocking ? '**Blocking** \u2014 ' : ''}${markdown_esc(oneLine(x.message, 500))}`);
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
        const score = c.status === 'skipped' ? '\u2013' : `${c.score}/5`;
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
        out.push(`| ${cell(c.name)} | ${(0,format/* formatNumber */.ZV)(c.weight)} | ${c.rawMin}/5 | ${(0,format/* formatNumber */.ZV)(c.effective)} | ${c.limitingCheck ? `\`${c.limitingCheck}\`` : '\u2013'} |`);
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
        out.push('', `<details${c.status === 'fail' || c.status === 'error' ? ' open' : ''}><summary>${ICON[c.status]} <code>${markdown_esc(c.id)}</code> \u2014 ${findings.length} finding${findings.length === 1 ? '' : 's'}</summary>`, '');
        for (const f of findings.slice(0, MAX_FINDINGS_PER_CHECK)) {
            const at = f.file ? `${(0,markdown/* codeSpan */.S)(`${f.file}${f.line ? `:${f.line}` : ''}`)} ` : '';
            const mark = f.level === 'failure' ? '' : `_${f.level}_ `;
            out.push(`- ${mark}${at}${markdown_esc(oneLine(f.message, 400))}`);
        }
        if (findings.length > MAX_FINDINGS_PER_CHECK)
            out.push(`- \u2026 ${findings.length - MAX_FINDINGS_PER_CHECK} more in report.json`);
        out.push('', '</details>');
    }
    return out;
}
function footer(r) {
    const chain = r.lineage.length > 1 ? ` (${r.lineage.map(markdown_esc).join(' \u2192 ')})` : '';
    const sha = r.git.sha ? ` \u00b7 commit \`${r.git.sha.slice(0, 12)}\`` : '';
    return [
        '',
        `<sub>promotion-gate ${r.tool.version} \u00b7 profile ${markdown_esc(r.profile)}${chain}${sha} \u00b7 ${r.startedAt}</sub>`,
        '',
    ];
}
/**
 * The line the seal adds at the end of report.md once the bundle id is known. The id is the
 * digest of a manifest that lists report.md, so the manifest digests the file without this line,
 * and verify requires the line to be exactly this one for the bundle the manifest makes.
 */
function bundleTrailer(id) {
    return `\n<sub>evidence bundle \`${id}\` \u00b7 check it: \`npx promotion-gate verify <folder> --bundle-id ${id}\`</sub>\n`;
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
    const note = `\n\n_\u2026 truncated to fit ${budget} characters; the full report is ${hint}._\n`;
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
