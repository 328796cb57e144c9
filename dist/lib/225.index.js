export const id = 225;
export const ids = [225,243];
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

/***/ 50225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runWatchCommand: () => (/* binding */ runWatchCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _step_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29134);
/* harmony import */ var _app_exitCodes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58357);
/* harmony import */ var _app_watch_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82329);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52008);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74296);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(4473);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(19556);
/* harmony import */ var _history_select_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(72024);
/* harmony import */ var _report_headline_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(14512);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(80243);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(81729);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(18980);
/* harmony import */ var _publishing_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(17385);














/**
 * `command: watch` in the action: one gate run, published as `command: gate` publishes it (check
 * run, artifact, job summary), then the incident and hotfix issues and the webhooks. The workflow's
 * `on: schedule` repeats it. What GitHub or a webhook does never changes the exit code.
 */
async function runWatchCommand(workspace, cwd, signal) {
    const profile = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .input */ .h)('profile');
    if (!profile)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb('input profile is required for command watch (e.g. profile: prod)');
    if ((0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .input */ .h)('every') !== undefined || (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .input */ .h)('times') !== undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb('inputs every and times are for a watcher on a terminal; in a workflow, run command watch on a schedule (on: schedule)');
    const publishSettings = (0,_publishing_js__WEBPACK_IMPORTED_MODULE_11__/* .readPublishSettings */ .DJ)(profile, workspace, cwd);
    // Started before the config is read, so even a bad config shows on the commit.
    const publishing = await _publishing_js__WEBPACK_IMPORTED_MODULE_11__/* .ActionPublishing */ .oW.start(publishSettings, profile);
    try {
        const configInput = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .input */ .h)('config');
        const configPath = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, configInput);
        const loaded = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_4__.loadConfigFile)(configPath, node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(workspace, configPath) || configInput);
        const outDir = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .input */ .h)('outputDir');
        const token = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .input */ .h)('token');
        const history = await (0,_history_select_js__WEBPACK_IMPORTED_MODULE_7__/* .createHistoryStore */ .Wq)((0,_history_select_js__WEBPACK_IMPORTED_MODULE_7__/* .parseHistorySpec */ .rQ)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .input */ .h)('history'), 'input history'), {
            cwd,
            env: process.env,
            token: token || undefined,
        });
        const notes = [];
        if (!history)
            notes.push('History is off (input history): transitions cannot be detected, so no incident is opened or closed.');
        const runs = await (0,_app_watch_js__WEBPACK_IMPORTED_MODULE_3__/* .runWatch */ .p)({
            configPath,
            profile,
            ...(outDir ? { outDir: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, outDir) } : {}),
            inputs: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .input */ .h)('inputs'),
            env: process.env,
            cwd,
            base: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .input */ .h)('base'),
            head: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .input */ .h)('head'),
            logger: (0,_logger_js__WEBPACK_IMPORTED_MODULE_10__/* .createActionLogger */ .D)(),
            signal,
            history,
            notify: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .input */ .h)('notify'),
            issues: await issueDeps(publishSettings, signal),
            published: async (gate) => {
                const r = gate.report;
                (0,_gate_js__WEBPACK_IMPORTED_MODULE_8__.setGateOutputs)(r, gate.outDir);
                const pub = await publishing.finish(r, gate.outDir, signal?.aborted ?? false);
                const links = [];
                if (pub?.links.runUrl)
                    links.push({ label: 'Workflow run', url: pub.links.runUrl });
                if (pub?.checkRun?.url)
                    links.push({ label: 'Check run', url: pub.checkRun.url });
                if (pub?.artifact?.url)
                    links.push({ label: 'Evidence artifact', url: pub.artifact.url });
                return links;
            },
        }, loaded);
        const run = runs.at(-1);
        notes.push(...run.notes);
        await writeWatchSummary(run.transition ? `${run.transition.from.action} \u2192 ${run.transition.to.action}` : undefined, notes);
        const skipped = run.issues.filter((s) => s.state === 'skipped');
        if (skipped.length > 0)
            _step_js__WEBPACK_IMPORTED_MODULE_1__/* .notice */ .lm(`Skipped the ${skipped.map((s) => s.what).join(' and ')}: ${skipped[0].detail}`, {
                title: 'promotion-gate: watch',
            });
        const failed = [
            ...run.issues.filter((s) => s.state === 'failed').map((s) => `${s.what}: ${s.detail}`),
            ...run.notifications
                .filter((d) => d.state === 'failed')
                .map((d) => `notification ${d.webhook}: ${d.detail}`),
        ];
        if (failed.length > 0)
            _step_js__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(`${failed.join('; ')}. The verdict and exit code are not affected.`, {
                title: 'promotion-gate: watch',
            });
        const r = run.gate.report;
        const code = (0,_app_exitCodes_js__WEBPACK_IMPORTED_MODULE_2__/* .verdictExitCode */ .f)(r.verdict, (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .input */ .h)('failOn'));
        if (r.verdict === 'promote')
            _step_js__WEBPACK_IMPORTED_MODULE_1__/* .notice */ .lm((0,_report_headline_js__WEBPACK_IMPORTED_MODULE_12__/* .verdictLine */ .M)(r));
        else {
            const why = r.reasons.filter((x) => x.blocking).map((x) => x.message);
            if (code === _app_exitCodes_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .d.hold)
                _step_js__WEBPACK_IMPORTED_MODULE_1__/* .setFailed */ .C1(`${(0,_report_headline_js__WEBPACK_IMPORTED_MODULE_12__/* .verdictLine */ .M)(r)}\n${why.join('\n')}`);
            else
                _step_js__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(`${(0,_report_headline_js__WEBPACK_IMPORTED_MODULE_12__/* .verdictLine */ .M)(r)}\n${why.join('\n')}`);
        }
        return code;
    }
    catch (err) {
        await publishing.fail(err).catch(() => undefined);
        throw err;
    }
}
/** Incidents go to the workflow's repository with the action's token. */
async function issueDeps(s, signal) {
    if (!(0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .input */ .h)('incidents'))
        return { skipped: 'off (input incidents: false)' };
    const ctx = await (0,_github_context_js__WEBPACK_IMPORTED_MODULE_6__/* .loadGitHubContext */ .r)(process.env);
    const { api, noApi } = await (0,_publishing_js__WEBPACK_IMPORTED_MODULE_11__/* .githubApi */ .Mc)(s, ctx, signal);
    if (!api || !ctx)
        return { skipped: noApi ?? 'no GitHub API' };
    return { api, target: { owner: ctx.owner, repo: ctx.repo } };
}
/** A short section after the gate's own summary: the transition and anything not done. */
async function writeWatchSummary(transition, notes) {
    if (!(0,_core_runner_js__WEBPACK_IMPORTED_MODULE_13__/* .readRunner */ .f)(process.env).stepSummary || (!transition && notes.length === 0))
        return;
    const lines = ['### promotion-gate watch', ''];
    if (transition)
        lines.push(`Transition: **${transition}**`, '');
    for (const n of notes)
        lines.push(`- ${n}`);
    try {
        await _step_js__WEBPACK_IMPORTED_MODULE_1__/* .appendSummary */ .fe(`${lines.join('\n')}\n`);
    }
    catch {
        // The gate's own summary carries the verdict; this section is a courtesy.
    }
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
// EXTERNAL MODULE: ./src/config/load.ts + 4 modules
var load = __webpack_require__(52008);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/redact.ts + 3 modules
var redact = __webpack_require__(8670);
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
// EXTERNAL MODULE: ./src/app/gate.ts + 12 modules
var app_gate = __webpack_require__(16480);
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
                body: `\u2705 Hotfix done: ${profile} scored ${report.score}/5 (${report.action}).\n\n${links.map((l) => `[${l.label}](${l.url})`).join(' \u00b7 ')}\n`,
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
        (await (0,load.loadConfigFile)(opts.configPath, external_node_path_default().relative(opts.cwd, opts.configPath) || opts.configPath));
    // Every run of one workflow run is recorded under its id: runs of a loop there could not be told
    // apart, nor compared with each other.
    if (opts.everyMs && (0,runner/* readRunner */.f)(opts.env).runId)
        throw new errors/* UsageError */.eb('--every in a GitHub Actions job: schedule the workflow (on: schedule) and watch once per run instead');
    // Planned below with each problem at its line: the full reading of the config says where.
    await (0,load.loadFullReading)();
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
        logger.info(`transition: ${transition.from.verdict}/${transition.from.action} \u2192 ${transition.to.verdict}/${transition.to.action} (since run ${transition.from.runId})`);
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
 * is due \u2014 and later the post-deploy monitor's alerts. Each is found again among the open issues
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
const fit = (text) => text.length <= _render_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.commentBody ? text : `${text.slice(0, _render_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.commentBody - 2)}\n\u2026`;
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

/***/ 84536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ hotfixMarkdown),
/* harmony export */   O: () => (/* binding */ noticeMarkdown)
/* harmony export */ });
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16706);

/** A notice as GitHub Markdown: the body of an incident issue or of a comment on one. */
const SYMBOL = { good: '\u2705', warning: '\u26a0\ufe0f', bad: '\u26d4' };
/** Reasons listed in an issue; the report has every one. */
const MAX_REASONS = 20;
const cell = (s) => (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p)(s).replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
const code = (s) => `\`${s.replace(/`/g, "'")}\``;
const when = (iso) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;
function noticeMarkdown(n) {
    // Title, summary and reasons come from the run: file names, a staging service's answers.
    const lines = [`### ${SYMBOL[n.tone]} ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p)(n.title)}`, '', (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p)(n.summary), ''];
    const reasons = n.reasons.slice(0, MAX_REASONS);
    if (reasons.length > 0) {
        lines.push('| | Reason | Observed | Threshold |', '|---|---|---|---|');
        for (const r of reasons)
            lines.push(`| ${r.blocking ? '\u2716' : '\u2022'} | ${cell(r.message)} | ${cell(r.observed ?? '')} | ${cell(r.threshold ?? '')} |`);
        if (n.reasons.length > reasons.length)
            lines.push('', `_\u2026 ${n.reasons.length - reasons.length} more in the report._`);
        lines.push('');
    }
    const facts = [
        n.sha ? `**Commit** ${code(n.sha.slice(0, 12))}` : '',
        n.bundleId ? `**Bundle** ${code(n.bundleId)}` : '',
        when(n.at),
    ].filter(Boolean);
    lines.push(facts.join(' \u00b7 '));
    if (n.links.length > 0)
        lines.push('', n.links.map((l) => `[${l.label}](${l.url})`).join(' \u00b7 '));
    return `${lines.join('\n')}\n`;
}
/** The hotfix tracker's issue: what is due, by when, and what happens then. */
function hotfixMarkdown(profile, t, autoPromoteAt) {
    return [
        `### \u26a0\ufe0f Hotfix required: ${profile}`,
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
        ? `${report.profile}: ${said(transition.from.verdict, transition.from.action)} \u2192 ${now}`
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
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52008);
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98571);




/**
 * Interpolates `notify:`. An unset `${{ env.X }}` or a value that is no http(s) URL once
 * interpolated is a config error at its line \u2014 never a notification silently not sent.
 */
function planNotify(loaded, opts) {
    const { config, source } = loaded;
    const issues = new _config_load_js__WEBPACK_IMPORTED_MODULE_1__.IssueList(source);
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
const cut = (s, max) => (s.length > max ? `${s.slice(0, max - 1)}\u2026` : s);
/** The reasons a message lists, and how many were left out. */
function topReasons(n, max) {
    return { shown: n.reasons.slice(0, max), more: Math.max(0, n.reasons.length - max) };
}
function reasonLine(r) {
    const measured = r.observed !== undefined || r.threshold !== undefined
        ? ` (observed ${r.observed ?? '\u2014'}; threshold ${r.threshold ?? '\u2014'})`
        : '';
    return cut(`${r.blocking ? 'blocking: ' : ''}${r.message}${measured}`, MAX_REASON);
}
const SYMBOL = { good: '\u2705', warning: '\u26a0\ufe0f', bad: '\u26d4' };
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
    const title = `${SYMBOL[n.tone]} promotion-gate \u00b7 ${n.title}`;
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
        const lines = shown.map((r) => `\u2022 ${slackText(reasonLine(r))}`);
        if (more > 0)
            lines.push(`_\u2026 ${more} more in the report_`);
        blocks.push({ type: 'section', text: { type: 'mrkdwn', text: cut(lines.join('\n'), SLACK_SECTION) } });
    }
    if (n.links.length > 0)
        blocks.push({
            type: 'context',
            elements: [
                {
                    type: 'mrkdwn',
                    text: cut(n.links.map((l) => `<${l.url}|${slackText(l.label)}>`).join(' \u00b7 '), SLACK_SECTION),
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
            text: `promotion-gate \u00b7 ${n.title}`,
        },
        { type: 'TextBlock', wrap: true, text: n.summary },
        { type: 'FactSet', facts: facts(n).map(([title, value]) => ({ title, value })) },
    ];
    if (shown.length > 0) {
        body.push({ type: 'TextBlock', weight: 'Bolder', text: 'Reasons', wrap: true });
        for (const r of shown)
            body.push({ type: 'TextBlock', wrap: true, spacing: 'Small', text: `- ${reasonLine(r)}` });
        if (more > 0)
            body.push({ type: 'TextBlock', wrap: true, isSubtle: true, text: `\u2026 ${more} more in the report` });
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
    return line.length > 200 ? `${line.slice(0, 199)}\u2026` : line;
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
/** `slack-ops: sent (transition, hold)` / `teams: FAILED (hold): answered 500 \u2026` */
function describeDelivery(d) {
    return d.state === 'sent'
        ? `notification ${d.webhook}: sent (${d.events.join(', ')})`
        : `notification ${d.webhook}: FAILED (${d.events.join(', ')}) after ${d.attempts} attempt(s): ${d.detail}`;
}


/***/ })

};
