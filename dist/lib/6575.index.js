export const id = 6575;
export const ids = [6575];
export const modules = {

/***/ 46575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deployArtifactName: () => (/* binding */ deployArtifactName),
/* harmony export */   runDeployCommand: () => (/* binding */ runDeployCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _step_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29134);
/* harmony import */ var _app_deploy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88643);
/* harmony import */ var _app_drill_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96314);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52008);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74296);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(4473);
/* harmony import */ var _deploy_markdown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(51958);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(19556);
/* harmony import */ var _github_deployment_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(59808);
/* harmony import */ var _github_render_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(19983);
/* harmony import */ var _history_select_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(72024);
/* harmony import */ var _evidenceArtifact_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(92927);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(81729);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(18980);
/* harmony import */ var _publishing_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(17385);
















/**
 * `command: deploy` and `command: drill` in the action: the use case, then a GitHub deployment
 * (deploy only), the outputs, the bundle as an artifact and the job summary. What GitHub does
 * with any of them never changes the outcome or the exit code.
 */
const SUMMARY_BYTES = _github_render_js__WEBPACK_IMPORTED_MODULE_9__/* .LIMITS */ .b1.jobSummaryBytes - 16 * 1024;
/** Unlike a gate's (`\u2026-attempt-<n>`), so `command: publish` never takes it for a gate's bundle. */
function deployArtifactName(kind, environment, attempt) {
    return `promotion-gate-${kind}-${environment}.attempt-${attempt}`;
}
/** Creates the deployment before the first step and sets its final status after the report. */
async function deploymentObserver(settings, notes, ids) {
    const ctx = await (0,_github_context_js__WEBPACK_IMPORTED_MODULE_7__/* .loadGitHubContext */ .r)(process.env);
    // Not tied to the stop signal: a stopped deploy must still get its final status.
    const { api, noApi } = await (0,_publishing_js__WEBPACK_IMPORTED_MODULE_14__/* .githubApi */ .Mc)(settings, ctx);
    let deployment;
    return {
        async started(info) {
            if (!ctx) {
                notes.push(`Skipped the GitHub deployment: ${noApi}.`);
                return;
            }
            // A URL that holds a secret (it came from the environment) is not shown on GitHub.
            deployment = new _github_deployment_js__WEBPACK_IMPORTED_MODULE_8__/* .GitHubDeployment */ .Pl(api, noApi, {
                owner: ctx.owner,
                repo: ctx.repo,
                environment: info.environment,
                ref: info.commit ?? ctx.headSha,
                ...(info.url && !info.urlIsSecret ? { url: info.url } : {}),
                ...(ctx.runUrl ? { logUrl: ctx.runUrl } : {}),
                production: info.production,
            }, (0,_publishing_js__WEBPACK_IMPORTED_MODULE_14__/* .actionLog */ .Zx)());
            await deployment.start();
            ids.deployment = deployment.id;
        },
        async finished(report, error) {
            if (!deployment)
                return;
            await deployment.finish(report ? { outcome: report.outcome, bundleId: report.bundle?.id } : undefined, error);
            notes.push(...deployment.notes);
        },
    };
}
async function writeSummary(report, notes) {
    if (!(0,_core_runner_js__WEBPACK_IMPORTED_MODULE_15__/* .readRunner */ .f)(process.env).stepSummary)
        return;
    let text = (0,_deploy_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .renderDeploy */ .G)(report);
    if (notes.length)
        text += `\n${notes.map((n) => `- ${n}`).join('\n')}\n`;
    if (Buffer.byteLength(text) > SUMMARY_BYTES)
        text = `${Buffer.from(text).subarray(0, SUMMARY_BYTES).toString('utf8')}\n\n\u2026 cut to fit the job summary; the whole report is in the evidence artifact.\n`;
    try {
        await _step_js__WEBPACK_IMPORTED_MODULE_1__/* .appendSummary */ .fe(text);
    }
    catch (err) {
        _step_js__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(`promotion-gate: the job summary could not be written: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err)}`);
    }
}
async function runDeployCommand(command, workspace, cwd, signal) {
    const environment = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_12__/* .input */ .h)('environment');
    if (!environment)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`input environment is required for command ${command} (e.g. environment: staging)`);
    const configInput = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_12__/* .input */ .h)('config');
    const configPath = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, configInput);
    const loaded = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_4__.loadConfigFile)(configPath, node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(workspace, configPath) || configInput);
    const outDir = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_12__/* .input */ .h)('outputDir');
    const api = { token: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_12__/* .input */ .h)('token'), apiTimeoutMs: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_12__/* .input */ .h)('apiTimeout'), apiRetries: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_12__/* .input */ .h)('apiRetries') };
    const notes = [];
    const ids = {};
    const common = {
        configPath,
        environment,
        inputs: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_12__/* .input */ .h)('inputs'),
        env: process.env,
        cwd,
        workspace,
        ...(outDir ? { outDir: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, outDir) } : {}),
        logger: (0,_logger_js__WEBPACK_IMPORTED_MODULE_13__/* .createActionLogger */ .D)(),
        signal,
        history: await (0,_history_select_js__WEBPACK_IMPORTED_MODULE_10__/* .createHistoryStore */ .Wq)((0,_history_select_js__WEBPACK_IMPORTED_MODULE_10__/* .parseHistorySpec */ .rQ)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_12__/* .input */ .h)('history'), 'input history'), {
            cwd,
            env: process.env,
            token: api.token || undefined,
        }),
    };
    const run = command === 'deploy'
        ? await (0,_app_deploy_js__WEBPACK_IMPORTED_MODULE_2__/* .runDeploy */ .zt)({
            ...common,
            rollback: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_12__/* .input */ .h)('rollbackOnFailure'),
            dryRun: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_12__/* .input */ .h)('dryRun'),
            observer: await deploymentObserver(api, notes, ids),
        }, loaded)
        : await (0,_app_drill_js__WEBPACK_IMPORTED_MODULE_3__/* .runDrill */ .B)({ ...common, retain: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_12__/* .input */ .h)('retain'), live: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_12__/* .input */ .h)('live') }, loaded);
    const r = run.report;
    _step_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('outcome', r.outcome);
    _step_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('deployment-id', ids.deployment !== undefined ? String(ids.deployment) : '');
    _step_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('bundle-id', r.bundle?.id ?? '');
    _step_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('report-path', node_path__WEBPACK_IMPORTED_MODULE_0___default().join(run.outDir, 'report.json'));
    _step_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('report-dir', run.outDir);
    await (0,_evidenceArtifact_js__WEBPACK_IMPORTED_MODULE_11__/* .uploadEvidenceArtifact */ .V)(run.outDir, deployArtifactName(run.report.kind, run.report.environment, (0,_core_runner_js__WEBPACK_IMPORTED_MODULE_15__/* .readRunner */ .f)(process.env).runAttempt), notes);
    await writeSummary(r, notes);
    if (run.alert)
        _step_js__WEBPACK_IMPORTED_MODULE_1__/* .error */ .z3(run.alert, { title: `promotion-gate: ${r.environment} needs a person` });
    const line = `${r.kind === 'drill' ? 'drill' : 'deploy'} ${r.environment}: ${r.outcome} \u2014 ${r.why}`;
    if (run.exitCode === 0)
        _step_js__WEBPACK_IMPORTED_MODULE_1__/* .notice */ .lm(line);
    else
        _step_js__WEBPACK_IMPORTED_MODULE_1__/* .setFailed */ .C1(line);
    return run.exitCode;
}


/***/ }),

/***/ 92927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ uploadEvidenceArtifact)
/* harmony export */ });
/* harmony import */ var _step_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29134);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4473);
/* harmony import */ var _github_artifact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49721);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(81729);





/**
 * Uploads a sealed bundle as this run's evidence artifact (`artifact-name` overrides the default
 * name), sets the artifact outputs and adds a line to the summary notes. Publishing never changes
 * an outcome: a failed upload is a warning and a note.
 */
async function uploadEvidenceArtifact(outDir, defaultName, notes) {
    if (!(0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .h)('artifact'))
        return;
    const why = (0,_github_artifact_js__WEBPACK_IMPORTED_MODULE_2__/* .artifactUnavailable */ .Nf)(process.env);
    if (why) {
        _step_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`evidence artifact: skipped \u2014 ${why}`);
        return;
    }
    const runner = (0,_core_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .readRunner */ .f)(process.env);
    const name = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .h)('artifactName') ?? defaultName;
    try {
        const a = await (0,_github_artifact_js__WEBPACK_IMPORTED_MODULE_2__/* .uploadBundle */ .sd)(outDir, name, (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .h)('retentionDays'));
        const url = runner.runId && runner.owner && runner.repo
            ? (0,_github_artifact_js__WEBPACK_IMPORTED_MODULE_2__/* .artifactUrl */ .Wk)(runner.serverUrl, runner.owner, runner.repo, runner.runId, a.id)
            : '';
        _step_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('artifact-id', String(a.id));
        _step_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('artifact-url', url);
        notes.push(`Evidence artifact: ${url ? `[${name}](${url})` : name}`);
    }
    catch (err) {
        const note = `Could not upload the evidence artifact ${name}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}. The outcome is not affected.`;
        notes.push(note);
        _step_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(note, { title: 'promotion-gate: publishing failed' });
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


/***/ }),

/***/ 59808:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pl: () => (/* binding */ GitHubDeployment),
/* harmony export */   r7: () => (/* binding */ DESCRIPTION_LIMIT)
/* harmony export */ });
/* unused harmony export finalStatus */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73116);


const DESCRIPTION_LIMIT = 140;
const LABEL = {
    deployed: { state: 'success', text: 'Deployed; verify passed' },
    'rolled-back': { state: 'failure', text: 'Failed and rolled back; the verify after the rollback passed' },
    failed: { state: 'failure', text: 'Failed; not rolled back' },
    'rollback-failed': { state: 'error', text: 'Rollback failed: environment state unknown' },
    interrupted: { state: 'error', text: 'Interrupted: environment state unknown' },
};
function clip(text) {
    const chars = [...text];
    return chars.length <= DESCRIPTION_LIMIT ? text : `${chars.slice(0, DESCRIPTION_LIMIT - 1).join('')}\u2026`;
}
/** The final status of a deploy, or of a run that stopped before it had a report. */
function finalStatus(result, error) {
    if (!result)
        return { state: 'error', description: clip(`promotion-gate could not finish: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`) };
    const label = LABEL[result.outcome] ?? { state: 'error', text: result.outcome };
    const bundle = result.bundleId ? ` \u00b7 bundle ${result.bundleId.slice(0, 19)}\u2026` : '';
    return { state: label.state, description: clip(`${label.text}${bundle}`) };
}
class GitHubDeployment {
    api;
    noApi;
    t;
    log;
    /** The deployment's id once GitHub created it. */
    id;
    /** What could not be done, said once each: for the log and the job summary. */
    notes = [];
    constructor(api, 
    /** Why there is no API (no token, not in a repository), when api is undefined. */
    noApi, t, log) {
        this.api = api;
        this.noApi = noApi;
        this.t = t;
        this.log = log;
    }
    skip(what, err) {
        const f = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .classifyApiError */ .bl)(err);
        const note = f.kind === 'forbidden' || f.kind === 'not-found' || f.kind === 'unauthorized'
            ? `Skipped ${what}: the token may not write deployments (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeApiFailure */ .ge)(f)}). Grant the job \`permissions: { deployments: write }\`. The deploy itself is not affected.`
            : `Could not ${what === 'the GitHub deployment' ? 'create the GitHub deployment' : `set ${what}`}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeApiFailure */ .ge)(f)}. The deploy itself is not affected.`;
        this.notes.push(note);
        this.log.warn(note);
    }
    /** Creates the deployment and marks it in progress. */
    async start() {
        if (!this.api) {
            this.notes.push(`Skipped the GitHub deployment: ${this.noApi ?? 'no GitHub API'}.`);
            return;
        }
        if (!this.t.ref) {
            this.notes.push('Skipped the GitHub deployment: the commit being deployed is not known.');
            return;
        }
        try {
            const r = await this.api.rest.repos.createDeployment({
                owner: this.t.owner,
                repo: this.t.repo,
                ref: this.t.ref,
                environment: this.t.environment,
                // The commit was chosen by the workflow: GitHub must neither merge into it nor wait for checks.
                auto_merge: false,
                required_contexts: [],
                description: clip(`promotion-gate deploy of ${this.t.ref.slice(0, 12)} to ${this.t.environment}`),
                payload: {
                    tool: 'promotion-gate',
                    ...(this.t.logUrl ? { run: this.t.logUrl } : {}),
                },
                transient_environment: false,
                production_environment: this.t.production,
            });
            if (!('id' in r.data) || typeof r.data.id !== 'number') {
                const note = `GitHub did not create the deployment: ${r.data.message ?? `answer ${r.status}`}.`;
                this.notes.push(note);
                this.log.warn(note);
                return;
            }
            this.id = r.data.id;
            this.log.info(`GitHub deployment ${this.id} of ${this.t.environment} created`);
        }
        catch (err) {
            this.skip('the GitHub deployment', err);
            return;
        }
        await this.status('in_progress', clip(`Deploying ${this.t.ref.slice(0, 12)} to ${this.t.environment}`));
    }
    /** Sets the final status; nothing when the deployment was never created. */
    async finish(result, error) {
        if (this.id === undefined)
            return;
        const s = finalStatus(result, error);
        await this.status(s.state, s.description);
    }
    async status(state, description) {
        try {
            await this.api.rest.repos.createDeploymentStatus({
                owner: this.t.owner,
                repo: this.t.repo,
                deployment_id: this.id,
                state,
                description,
                ...(this.t.url ? { environment_url: this.t.url } : {}),
                ...(this.t.logUrl ? { log_url: this.t.logUrl } : {}),
            });
            this.log.info(`GitHub deployment ${this.id}: ${state} \u2014 ${description}`);
        }
        catch (err) {
            this.skip(`the deployment status ${state}`, err);
        }
    }
}


/***/ })

};
