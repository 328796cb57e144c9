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
/* harmony import */ var _app_gate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6625);
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


/***/ })

};
