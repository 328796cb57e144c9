export const id = 9;
export const ids = [9];
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
    const plan = (0,_config_plan_js__WEBPACK_IMPORTED_MODULE_11__.planGate)(loaded, profile, {
        env: process.env,
        inputs: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_15__/* .input */ .h)('inputs'),
        onlyTypes: ['benchmark'],
    });
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
    _step_js__WEBPACK_IMPORTED_MODULE_1__/* .notice */ .lm(`review ${profile} · ${result.window.label}: ${r.total} run(s), pass rate ${r.passRate === null ? '–' : `${r.passRate}%`}, ${result.driftAlerts.length} drift alert(s)`);
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


/***/ })

};
