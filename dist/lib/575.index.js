export const id = 575;
export const ids = [575];
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
/* harmony import */ var _app_deploy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(60266);
/* harmony import */ var _app_drill_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96314);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(85853);
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
/** Unlike a gate's (`…-attempt-<n>`), so `command: publish` never takes it for a gate's bundle. */
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
        text = `${Buffer.from(text).subarray(0, SUMMARY_BYTES).toString('utf8')}\n\n… cut to fit the job summary; the whole report is in the evidence artifact.\n`;
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
    const line = `${r.kind === 'drill' ? 'drill' : 'deploy'} ${r.environment}: ${r.outcome} — ${r.why}`;
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
        _step_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`evidence artifact: skipped — ${why}`);
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

/***/ 83383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kl: () => (/* binding */ publicationNotes),
/* harmony export */   sK: () => (/* binding */ reportOutcomes)
/* harmony export */ });
/* unused harmony exports skippedNotice, failedWarning */
/* harmony import */ var _step_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29134);
/* harmony import */ var _github_publish_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77184);
/* harmony import */ var _app_frontEnd_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75787);



/** Options the outcomes name, spelled as a workflow sets them. */
const shown = (0,_app_frontEnd_js__WEBPACK_IMPORTED_MODULE_2__/* .forFrontEnd */ .u)('action').text;
/**
 * What publishing did, said once: a log line per sink, at most one notice for what the token
 * could not do and one warning for what failed. (The runner shows only 10 annotations of a
 * kind per step, so they must not be spent one per request.)
 */
const list = (names) => names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
function why(ctx) {
    if (ctx?.fork)
        return ` This pull request comes from the fork ${ctx.fork}, and GitHub gives such runs a read-only GITHUB_TOKEN.`;
    if (ctx?.dependabot)
        return ' Dependabot pull requests get a read-only GITHUB_TOKEN.';
    return ' Grant the job `permissions: { checks: write, pull-requests: write }`, or pass a token that may write.';
}
/** One notice for what could not be written with this token (or without one), or undefined. */
function skippedNotice(outcomes, ctx, artifactName) {
    const denied = outcomes.filter((o) => o.state === 'skipped' && (o.reason === 'read-only' || o.reason === 'no-token'));
    if (denied.length === 0)
        return undefined;
    const what = list(denied.map((o) => `the ${o.sink}`));
    const cause = denied[0].reason === 'no-token'
        ? denied[0].detail
        : `the token cannot write to ${ctx?.owner}/${ctx?.repo} (${denied[0].detail}).${why(ctx)}`;
    const kept = [
        'the job summary',
        'the outputs',
        artifactName ? `the evidence artifact ${artifactName}` : '',
    ].filter(Boolean);
    const fix = ctx?.fork || ctx?.dependabot
        ? ' To publish on the pull request, run `command: publish` in a `workflow_run` workflow (see the README).'
        : '';
    return `Skipped ${what}: ${cause} Still written: ${list(kept)}.${fix}`;
}
/** One warning naming every sink that failed, or undefined. */
function failedWarning(outcomes) {
    const failed = outcomes.filter((o) => o.state === 'failed' || (o.state === 'skipped' && o.reason === 'unavailable'));
    if (failed.length === 0)
        return undefined;
    return `Could not publish ${list(failed.map((o) => `the ${o.sink}`))}: ${failed.map((o) => `${o.sink}: ${o.detail}`).join('; ')}. The verdict, report files and exit code are not affected.`;
}
/** Lines for the job summary: what was not published and why. */
function publicationNotes(outcomes, ctx) {
    const notes = [];
    const notice = skippedNotice(outcomes, ctx);
    if (notice)
        notes.push(notice);
    const warning = failedWarning(outcomes);
    if (warning)
        notes.push(warning);
    return notes.map(shown);
}
function reportOutcomes(pub, ctx, o) {
    for (const x of pub.outcomes)
        _step_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(shown((0,_github_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .describeOutcome */ .S)(x)));
    const notice = skippedNotice(pub.outcomes, ctx, o.artifactName);
    if (notice)
        _step_js__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(shown(notice), { title: 'promotion-gate: publishing skipped' });
    const warning = failedWarning(pub.outcomes);
    if (warning)
        _step_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(shown(warning), { title: 'promotion-gate: publishing failed' });
}


/***/ }),

/***/ 17385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DJ: () => (/* binding */ readPublishSettings),
/* harmony export */   Mc: () => (/* binding */ githubApi),
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   Zx: () => (/* binding */ actionLog),
/* harmony export */   oW: () => (/* binding */ ActionPublishing)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _step_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29134);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _github_artifact_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49721);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(96584);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(19556);
/* harmony import */ var _github_publish_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(77184);
/* harmony import */ var _github_render_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(19983);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(311);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(81729);
/* harmony import */ var _notices_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(83383);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(4473);













/** Room left in the 1 MiB job summary for what other steps of the job append. */
const SUMMARY_BYTES = _github_render_js__WEBPACK_IMPORTED_MODULE_8__/* .LIMITS */ .b1.jobSummaryBytes - 16 * 1024;
/** The publishing inputs of action.yml; a bad value stops the action before anything runs. */
function readPublishSettings(profile, workspace, cwd) {
    return {
        token: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .input */ .h)('token'),
        checkRun: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .input */ .h)('checkRun'),
        checkRunName: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .input */ .h)('checkRunName') ?? `promotion-gate (${profile})`,
        conclusions: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .input */ .h)('checkRunConclusions'),
        comment: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .input */ .h)('comment'),
        commentWhen: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .input */ .h)('commentWhen'),
        commentAuthor: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .input */ .h)('commentAuthor'),
        artifact: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .input */ .h)('artifact'),
        artifactName: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .input */ .h)('artifactName'),
        retentionDays: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .input */ .h)('retentionDays'),
        pullNumber: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .input */ .h)('prNumber'),
        apiTimeoutMs: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .input */ .h)('apiTimeout'),
        apiRetries: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .input */ .h)('apiRetries'),
        paths: {
            workspace,
            workingDirectory: node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workspace, cwd) || '.',
            max: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .input */ .h)('maxAnnotations'),
        },
    };
}
/** Publishing's own log lines; its warnings are summed up in one annotation, not one per request. */
function actionLog() {
    return {
        info: (m) => _step_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(m),
        warn: (m) => _step_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`warning: ${m}`),
        debug: (m) => _step_js__WEBPACK_IMPORTED_MODULE_2__/* .debug */ .Yz(m),
    };
}
async function githubApi(s, ctx, signal) {
    if (!ctx)
        return { noApi: 'not in a GitHub repository (GITHUB_REPOSITORY is not set)' };
    if (!s.token)
        return { noApi: 'no token (input token is empty)' };
    _step_js__WEBPACK_IMPORTED_MODULE_2__/* .setSecret */ .Pq(s.token);
    const api = await (0,_github_client_js__WEBPACK_IMPORTED_MODULE_5__/* .createGitHubClient */ .L)({
        token: s.token,
        apiUrl: ctx.apiUrl,
        timeoutMs: s.apiTimeoutMs,
        retries: s.apiRetries,
        userAgent: `promotion-gate/${_version_js__WEBPACK_IMPORTED_MODULE_11__/* .VERSION */ .x}`,
        log: actionLog(),
        signal,
    });
    return { api };
}
/** Publishing for one gate run in the action: started with the gate, finished after it. */
class ActionPublishing {
    s;
    ctx;
    publisher;
    profile;
    constructor(s, ctx, publisher, profile) {
        this.s = s;
        this.ctx = ctx;
        this.publisher = publisher;
        this.profile = profile;
    }
    /**
     * The client is not tied to the stop signal: a cancelled gate must still complete its check
     * run as cancelled (a second signal ends the process at once).
     */
    static async start(s, profile) {
        const ctx = await (0,_github_context_js__WEBPACK_IMPORTED_MODULE_6__/* .loadGitHubContext */ .r)(process.env);
        const { api, noApi } = await githubApi(s, ctx);
        const target = {
            owner: ctx?.owner ?? '',
            repo: ctx?.repo ?? '',
            headSha: ctx?.headSha,
            pullNumber: s.pullNumber ?? ctx?.pullNumber,
            runUrl: ctx?.runUrl,
            serverUrl: ctx?.serverUrl ?? 'https://github.com',
        };
        const publisher = new _github_publish_js__WEBPACK_IMPORTED_MODULE_7__/* .Publisher */ .v({ api, noApi, target, settings: s, log: actionLog() });
        const key = [
            ctx?.runId ?? 'local',
            ctx?.runAttempt ?? 1,
            ctx?.job ?? 'job',
            profile,
            (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex'),
        ];
        publisher.begin(key.join('.'));
        return new ActionPublishing(s, ctx, publisher, profile);
    }
    /** After the gate: artifact, check run, comment, then job summary and outputs — whatever GitHub does. */
    async finish(report, outDir, cancelled) {
        try {
            return await this.publishAll(report, outDir, cancelled);
        }
        catch (err) {
            // Publishing must never turn a decided gate into an internal error.
            _step_js__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e(`promotion-gate: publishing failed: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`);
            return undefined;
        }
    }
    async publishAll(report, outDir, cancelled) {
        const pub = await this.publisher.finish(report, outDir, {
            cancelled,
            uploadArtifact: () => this.uploadArtifact(outDir),
        });
        if (pub.artifact) {
            _step_js__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH('artifact-id', String(pub.artifact.id));
            _step_js__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH('artifact-url', pub.artifact.url);
        }
        if (pub.checkRun) {
            _step_js__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH('check-run-id', String(pub.checkRun.id));
            _step_js__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH('check-run-url', pub.checkRun.url);
        }
        if (pub.comment)
            _step_js__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH('comment-url', pub.comment.url);
        await writeSummary(report, pub.links, (0,_notices_js__WEBPACK_IMPORTED_MODULE_10__/* .publicationNotes */ .Kl)(pub.outcomes, this.ctx));
        (0,_notices_js__WEBPACK_IMPORTED_MODULE_10__/* .reportOutcomes */ .sK)(pub, this.ctx, { artifactName: pub.artifact?.name });
        return pub;
    }
    /** The gate failed before deciding: the started check run must not stay "in progress". */
    async fail(err) {
        const config = err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL;
        const title = config ? 'Invalid configuration' : 'promotion-gate could not run';
        const annotations = config
            ? err.issues
                .filter((i) => i.file && i.line)
                .map((i) => ({
                // Config files are named relative to the workspace, as annotations need.
                path: i.file,
                start_line: i.line,
                end_line: i.line,
                annotation_level: 'failure',
                title: 'promotion-gate: invalid configuration',
                message: `${i.path ? `${i.path}: ` : ''}${i.message}`,
            }))
            : [];
        const summary = `### ⛔ ${title} — ${this.profile}\n\n\`\`\`\n${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err).slice(0, 60_000)}\n\`\`\`\n`;
        const pub = await this.publisher.fail(title, summary, annotations);
        for (const o of pub.outcomes)
            if (o.state === 'failed')
                _step_js__WEBPACK_IMPORTED_MODULE_2__/* .debug */ .Yz(`${o.sink}: ${o.detail}`);
    }
    async uploadArtifact(outDir) {
        if (!this.s.artifact)
            return 'off (artifact: false)';
        const why = (0,_github_artifact_js__WEBPACK_IMPORTED_MODULE_4__/* .artifactUnavailable */ .Nf)(process.env);
        if (why)
            return why;
        const name = this.s.artifactName ?? (0,_github_artifact_js__WEBPACK_IMPORTED_MODULE_4__/* .artifactName */ .Cs)(this.profile, this.ctx?.runAttempt ?? 1);
        const r = await (0,_github_artifact_js__WEBPACK_IMPORTED_MODULE_4__/* .uploadBundle */ .sd)(outDir, name, this.s.retentionDays);
        const ctx = this.ctx;
        const url = ctx?.runId ? (0,_github_artifact_js__WEBPACK_IMPORTED_MODULE_4__/* .artifactUrl */ .Wk)(ctx.serverUrl, ctx.owner, ctx.repo, ctx.runId, r.id) : '';
        return { id: r.id, name, url };
    }
}
async function writeSummary(report, links, notes) {
    if (!(0,_core_runner_js__WEBPACK_IMPORTED_MODULE_12__/* .readRunner */ .f)(process.env).stepSummary)
        return;
    try {
        await _step_js__WEBPACK_IMPORTED_MODULE_2__/* .appendSummary */ .fe((0,_github_render_js__WEBPACK_IMPORTED_MODULE_8__/* .jobSummary */ .sp)(report, links, notes, SUMMARY_BYTES));
    }
    catch (err) {
        _step_js__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e(`promotion-gate: the job summary could not be written: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`);
    }
}


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
    return chars.length <= DESCRIPTION_LIMIT ? text : `${chars.slice(0, DESCRIPTION_LIMIT - 1).join('')}…`;
}
/** The final status of a deploy, or of a run that stopped before it had a report. */
function finalStatus(result, error) {
    if (!result)
        return { state: 'error', description: clip(`promotion-gate could not finish: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`) };
    const label = LABEL[result.outcome] ?? { state: 'error', text: result.outcome };
    const bundle = result.bundleId ? ` · bundle ${result.bundleId.slice(0, 19)}…` : '';
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
            this.log.info(`GitHub deployment ${this.id}: ${state} — ${description}`);
        }
        catch (err) {
            this.skip(`the deployment status ${state}`, err);
        }
    }
}


/***/ })

};
