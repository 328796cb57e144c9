export const id = 243;
export const ids = [243];
export const modules = {

/***/ 80243:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runGateCommand: () => (/* binding */ runGateCommand),
/* harmony export */   setGateOutputs: () => (/* binding */ setGateOutputs)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _app_exitCodes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58357);
/* harmony import */ var _app_frontEnd_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75787);
/* harmony import */ var _app_gate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16480);
/* harmony import */ var _history_select_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72024);
/* harmony import */ var _report_headline_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(14512);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(81729);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(18980);
/* harmony import */ var _publishing_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(17385);
/* harmony import */ var _step_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(29134);










/**
 * `command: gate` in the action: the gate, its outputs, then the check run, comment, artifact
 * and job summary. A gate that fails before deciding still completes the check run it started.
 */
/** The step outputs of a gate run, the same for `gate` and for the gate `watch` runs. */
function setGateOutputs(r, outDir) {
    _step_js__WEBPACK_IMPORTED_MODULE_8__/* .setOutput */ .uH('verdict', r.verdict);
    _step_js__WEBPACK_IMPORTED_MODULE_8__/* .setOutput */ .uH('score', String(r.score));
    _step_js__WEBPACK_IMPORTED_MODULE_8__/* .setOutput */ .uH('level', r.level);
    _step_js__WEBPACK_IMPORTED_MODULE_8__/* .setOutput */ .uH('action', r.action);
    _step_js__WEBPACK_IMPORTED_MODULE_8__/* .setOutput */ .uH('report-path', node_path__WEBPACK_IMPORTED_MODULE_0___default().join(outDir, 'report.json'));
    _step_js__WEBPACK_IMPORTED_MODULE_8__/* .setOutput */ .uH('report-dir', outDir);
    _step_js__WEBPACK_IMPORTED_MODULE_8__/* .setOutput */ .uH('bundle-id', r.bundle?.id ?? '');
}
async function runGateCommand(s, workspace, cwd, signal) {
    // Started before the config is read, so even a bad config shows on the pull request.
    const publishing = await _publishing_js__WEBPACK_IMPORTED_MODULE_7__/* .ActionPublishing */ .oW.start((0,_publishing_js__WEBPACK_IMPORTED_MODULE_7__/* .readPublishSettings */ .DJ)(s.profile, workspace, cwd), s.profile);
    try {
        const configPath = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, s.config);
        // The gate reads the config itself: on pull requests the base's judges, even if the head's is broken.
        const gate = await (0,_app_gate_js__WEBPACK_IMPORTED_MODULE_3__/* .runGate */ .R)({
            configPath,
            // Named relative to the workspace, so annotations land on the file in the pull request.
            configName: node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(workspace, configPath) || s.config,
            configSource: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .input */ .h)('configSource'),
            token: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .input */ .h)('token') || undefined,
            profile: s.profile,
            outDir: s.outDir ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, s.outDir) : undefined,
            inputs: s.inputs,
            env: process.env,
            cwd,
            base: s.base,
            head: s.head,
            logger: (0,_logger_js__WEBPACK_IMPORTED_MODULE_6__/* .createActionLogger */ .D)(),
            signal,
            frontEnd: 'action',
            history: await (0,_history_select_js__WEBPACK_IMPORTED_MODULE_4__/* .createHistoryStore */ .Wq)((0,_history_select_js__WEBPACK_IMPORTED_MODULE_4__/* .parseHistorySpec */ .rQ)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .input */ .h)('history'), 'input history'), {
                cwd,
                env: process.env,
                token: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .input */ .h)('token') || undefined,
            }),
        });
        const r = gate.report;
        setGateOutputs(r, gate.outDir);
        // Artifact, check run, PR comment, job summary: failures there never change the exit code.
        await publishing.finish(r, gate.outDir, signal?.aborted ?? false);
        const line = (0,_report_headline_js__WEBPACK_IMPORTED_MODULE_9__/* .verdictLine */ .M)(r);
        const code = (0,_app_exitCodes_js__WEBPACK_IMPORTED_MODULE_1__/* .verdictExitCode */ .f)(r.verdict, s.failOn);
        if (r.verdict === 'promote')
            _step_js__WEBPACK_IMPORTED_MODULE_8__/* .notice */ .lm(line);
        else {
            const why = r.reasons.filter((x) => x.blocking).map((x) => x.message);
            if (code === _app_exitCodes_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.hold)
                _step_js__WEBPACK_IMPORTED_MODULE_8__/* .setFailed */ .C1(`${line}\n${why.join('\n')}`);
            else
                _step_js__WEBPACK_IMPORTED_MODULE_8__/* .warning */ .$e(`${line}\n${why.join('\n')}`);
        }
        return code;
    }
    catch (err) {
        // The check run shows the error as the workflow's author reads options: as inputs.
        await publishing.fail((0,_app_frontEnd_js__WEBPACK_IMPORTED_MODULE_2__/* .forFrontEnd */ .u)('action').error(err)).catch(() => undefined);
        throw err;
    }
}


/***/ }),

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


/***/ })

};
