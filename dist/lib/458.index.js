export const id = 458;
export const ids = [458];
export const modules = {

/***/ 80458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
// EXTERNAL MODULE: ./src/app/exitCodes.ts
var exitCodes = __webpack_require__(58357);
// EXTERNAL MODULE: ./src/config/load.ts + 5 modules
var load = __webpack_require__(85853);
// EXTERNAL MODULE: ./src/config/plan.ts + 2 modules
var config_plan = __webpack_require__(93465);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/app/gate.ts + 14 modules
var app_gate = __webpack_require__(32005);
// EXTERNAL MODULE: ./src/history/select.ts + 2 modules
var history_select = __webpack_require__(72024);
// EXTERNAL MODULE: ./src/report/headline.ts
var headline = __webpack_require__(14512);
// EXTERNAL MODULE: ./src/app/options.ts
var options = __webpack_require__(75173);
;// CONCATENATED MODULE: ./src/action/inputs.ts


/** An action input read and parsed by its one description; a bad value is a UsageError naming it. */
function input(key) {
    const spec = options/* OPTIONS */.lw[key];
    const raw = 'list' in spec && spec.list ? core/* getMultilineInput */.q3(spec.name) : core/* getInput */.V4(spec.name);
    return spec.parse(raw, `input ${spec.name}`);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/adapters/logger.ts
var logger = __webpack_require__(74810);
// EXTERNAL MODULE: ./src/core/redact.ts + 2 modules
var redact = __webpack_require__(13706);
;// CONCATENATED MODULE: ./src/action/logger.ts



/** Data of a workflow command: the runner turns %25, %0D and %0A back into %, CR and LF. */
const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
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
    const command = (name, data) => write(`::${name}::${escapeData(data)}\n`);
    const masked = new Set();
    const relay = (text) => {
        const lines = text.join('\n').split(/\r\n|\r|\n/);
        if (!lines.some((l) => COMMAND_LIKE.test(l)))
            return write(`${lines.join('\n')}\n`);
        const token = (0,external_node_crypto_.randomBytes)(16).toString('hex');
        write(`::stop-commands::${token}\n${lines.join('\n')}\n::${token}::\n`);
    };
    return {
        info: (m) => relay([m]),
        warn: (m) => command('warning', m),
        error: (m) => command('error', m),
        debug: (m) => command('debug', m),
        checkFinished(result, log) {
            command('group', (0,logger/* checkLine */.tY)(result));
            relay([
                `${logger/* STATUS_SYMBOL */.Sy[result.status]} ${result.id} (${result.type}, ${result.enforcement}, ${result.category}): ${result.summary}`,
                ...log.map((line) => `  ${line}`),
                ...result.findings.map((f) => `  [${f.level}] ${f.file ? `${f.file}${f.line ? `:${f.line}` : ''}: ` : ''}${f.message}`),
                ...result.evidence.map((e) => `  evidence: ${e}`),
            ]);
            command('endgroup', '');
        },
        // Every form the redactor masks (each line of a multi-line value, encodings, letter cases):
        // the runner masks a value only as given, one log line at a time.
        mask(value) {
            for (const form of (0,redact/* secretForms */.eo)(value)) {
                if (masked.has(form))
                    continue;
                masked.add(form);
                command('add-mask', form);
            }
        },
    };
}

// EXTERNAL MODULE: ./src/app/deploy.ts + 3 modules
var deploy = __webpack_require__(60266);
// EXTERNAL MODULE: ./src/app/drill.ts
var drill = __webpack_require__(96314);
// EXTERNAL MODULE: ./src/core/runner.ts
var core_runner = __webpack_require__(4473);
// EXTERNAL MODULE: ./src/deploy/markdown.ts
var markdown = __webpack_require__(51958);
// EXTERNAL MODULE: ./src/github/context.ts
var context = __webpack_require__(19556);
// EXTERNAL MODULE: ./src/github/errors.ts
var github_errors = __webpack_require__(73116);
;// CONCATENATED MODULE: ./src/github/deployment.ts


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
        return { state: 'error', description: clip(`promotion-gate could not finish: ${(0,errors/* errorMessage */.gJ)(error)}`) };
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
        const f = (0,github_errors/* classifyApiError */.bl)(err);
        const note = f.kind === 'forbidden' || f.kind === 'not-found' || f.kind === 'unauthorized'
            ? `Skipped ${what}: the token may not write deployments (${(0,github_errors/* describeApiFailure */.ge)(f)}). Grant the job \`permissions: { deployments: write }\`. The deploy itself is not affected.`
            : `Could not ${what === 'the GitHub deployment' ? 'create the GitHub deployment' : `set ${what}`}: ${(0,github_errors/* describeApiFailure */.ge)(f)}. The deploy itself is not affected.`;
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

// EXTERNAL MODULE: ./src/github/render.ts
var render = __webpack_require__(19983);
// EXTERNAL MODULE: ./src/github/artifact.ts
var artifact = __webpack_require__(49721);
;// CONCATENATED MODULE: ./src/action/evidenceArtifact.ts





/**
 * Uploads a sealed bundle as this run's evidence artifact (`artifact-name` overrides the default
 * name), sets the artifact outputs and adds a line to the summary notes. Publishing never changes
 * an outcome: a failed upload is a warning and a note.
 */
async function uploadEvidenceArtifact(outDir, defaultName, notes) {
    if (!input('artifact'))
        return;
    const why = (0,artifact/* artifactUnavailable */.Nf)(process.env);
    if (why) {
        core/* info */.pq(`evidence artifact: skipped — ${why}`);
        return;
    }
    const runner = (0,core_runner/* readRunner */.f)(process.env);
    const name = input('artifactName') ?? defaultName;
    try {
        const a = await (0,artifact/* uploadBundle */.sd)(outDir, name, input('retentionDays'));
        const url = runner.runId && runner.owner && runner.repo
            ? (0,artifact/* artifactUrl */.Wk)(runner.serverUrl, runner.owner, runner.repo, runner.runId, a.id)
            : '';
        core/* setOutput */.uH('artifact-id', String(a.id));
        core/* setOutput */.uH('artifact-url', url);
        notes.push(`Evidence artifact: ${url ? `[${name}](${url})` : name}`);
    }
    catch (err) {
        const note = `Could not upload the evidence artifact ${name}: ${(0,errors/* errorMessage */.gJ)(err)}. The outcome is not affected.`;
        notes.push(note);
        core/* warning */.$e(note, { title: 'promotion-gate: publishing failed' });
    }
}

// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(96584);
// EXTERNAL MODULE: ./src/github/publish.ts
var publish = __webpack_require__(77184);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/action/notices.ts

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
    return notes;
}
function reportOutcomes(pub, ctx, o) {
    for (const x of pub.outcomes)
        core/* info */.pq(`${x.sink}: ${x.state}${x.state === 'done' ? '' : ` (${x.reason})`} — ${x.detail}`);
    const notice = skippedNotice(pub.outcomes, ctx, o.artifactName);
    if (notice)
        core/* notice */.lm(notice, { title: 'promotion-gate: publishing skipped' });
    const warning = failedWarning(pub.outcomes);
    if (warning)
        core/* warning */.$e(warning, { title: 'promotion-gate: publishing failed' });
}

;// CONCATENATED MODULE: ./src/action/publishing.ts













/** Room left in the 1 MiB job summary for what other steps of the job append. */
const SUMMARY_BYTES = render/* LIMITS */.b1.jobSummaryBytes - 16 * 1024;
/** The publishing inputs of action.yml; a bad value stops the action before anything runs. */
function readPublishSettings(profile, workspace, cwd) {
    return {
        token: input('token'),
        checkRun: input('checkRun'),
        checkRunName: input('checkRunName') ?? `promotion-gate (${profile})`,
        conclusions: input('checkRunConclusions'),
        comment: input('comment'),
        commentWhen: input('commentWhen'),
        commentAuthor: input('commentAuthor'),
        artifact: input('artifact'),
        artifactName: input('artifactName'),
        retentionDays: input('retentionDays'),
        pullNumber: input('prNumber'),
        apiTimeoutMs: input('apiTimeout'),
        apiRetries: input('apiRetries'),
        paths: {
            workspace,
            workingDirectory: external_node_path_default().relative(workspace, cwd) || '.',
            max: input('maxAnnotations'),
        },
    };
}
/** Publishing's own log lines; its warnings are summed up in one annotation, not one per request. */
function actionLog() {
    return {
        info: (m) => core/* info */.pq(m),
        warn: (m) => core/* info */.pq(`warning: ${m}`),
        debug: (m) => core/* debug */.Yz(m),
    };
}
async function githubApi(s, ctx, signal) {
    if (!ctx)
        return { noApi: 'not in a GitHub repository (GITHUB_REPOSITORY is not set)' };
    if (!s.token)
        return { noApi: 'no token (input token is empty)' };
    core/* setSecret */.Pq(s.token);
    const api = await (0,client/* createGitHubClient */.L)({
        token: s.token,
        apiUrl: ctx.apiUrl,
        timeoutMs: s.apiTimeoutMs,
        retries: s.apiRetries,
        userAgent: `promotion-gate/${version/* VERSION */.x}`,
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
        const ctx = await (0,context/* loadGitHubContext */.r)(process.env);
        const { api, noApi } = await githubApi(s, ctx);
        const target = {
            owner: ctx?.owner ?? '',
            repo: ctx?.repo ?? '',
            headSha: ctx?.headSha,
            pullNumber: s.pullNumber ?? ctx?.pullNumber,
            runUrl: ctx?.runUrl,
            serverUrl: ctx?.serverUrl ?? 'https://github.com',
        };
        const publisher = new publish/* Publisher */.v({ api, noApi, target, settings: s, log: actionLog() });
        const key = [
            ctx?.runId ?? 'local',
            ctx?.runAttempt ?? 1,
            ctx?.job ?? 'job',
            profile,
            (0,external_node_crypto_.randomBytes)(4).toString('hex'),
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
            core/* warning */.$e(`promotion-gate: publishing failed: ${(0,errors/* errorMessage */.gJ)(err)}`);
            return undefined;
        }
    }
    async publishAll(report, outDir, cancelled) {
        const pub = await this.publisher.finish(report, outDir, {
            cancelled,
            uploadArtifact: () => this.uploadArtifact(outDir),
        });
        if (pub.artifact) {
            core/* setOutput */.uH('artifact-id', String(pub.artifact.id));
            core/* setOutput */.uH('artifact-url', pub.artifact.url);
        }
        if (pub.checkRun) {
            core/* setOutput */.uH('check-run-id', String(pub.checkRun.id));
            core/* setOutput */.uH('check-run-url', pub.checkRun.url);
        }
        if (pub.comment)
            core/* setOutput */.uH('comment-url', pub.comment.url);
        await writeSummary(report, pub.links, publicationNotes(pub.outcomes, this.ctx));
        reportOutcomes(pub, this.ctx, { artifactName: pub.artifact?.name });
        return pub;
    }
    /** The gate failed before deciding: the started check run must not stay "in progress". */
    async fail(err) {
        const config = err instanceof errors/* ConfigError */.xL;
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
        const summary = `### ⛔ ${title} — ${this.profile}\n\n\`\`\`\n${(0,errors/* errorMessage */.gJ)(err).slice(0, 60_000)}\n\`\`\`\n`;
        const pub = await this.publisher.fail(title, summary, annotations);
        for (const o of pub.outcomes)
            if (o.state === 'failed')
                core/* debug */.Yz(`${o.sink}: ${o.detail}`);
    }
    async uploadArtifact(outDir) {
        if (!this.s.artifact)
            return 'off (artifact: false)';
        const why = (0,artifact/* artifactUnavailable */.Nf)(process.env);
        if (why)
            return why;
        const name = this.s.artifactName ?? (0,artifact/* artifactName */.Cs)(this.profile, this.ctx?.runAttempt ?? 1);
        const r = await (0,artifact/* uploadBundle */.sd)(outDir, name, this.s.retentionDays);
        const ctx = this.ctx;
        const url = ctx?.runId ? (0,artifact/* artifactUrl */.Wk)(ctx.serverUrl, ctx.owner, ctx.repo, ctx.runId, r.id) : '';
        return { id: r.id, name, url };
    }
}
async function writeSummary(report, links, notes) {
    if (!(0,core_runner/* readRunner */.f)(process.env).stepSummary)
        return;
    try {
        await core/* summary */.z.addRaw((0,render/* jobSummary */.sp)(report, links, notes, SUMMARY_BYTES)).write();
    }
    catch (err) {
        core/* warning */.$e(`promotion-gate: the job summary could not be written: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
}

;// CONCATENATED MODULE: ./src/action/deploy.ts
















/**
 * `command: deploy` and `command: drill` in the action: the use case, then a GitHub deployment
 * (deploy only), the outputs, the bundle as an artifact and the job summary. What GitHub does
 * with any of them never changes the outcome or the exit code.
 */
const deploy_SUMMARY_BYTES = render/* LIMITS */.b1.jobSummaryBytes - 16 * 1024;
/** Unlike a gate's (`…-attempt-<n>`), so `command: publish` never takes it for a gate's bundle. */
function deployArtifactName(kind, environment, attempt) {
    return `promotion-gate-${kind}-${environment}.attempt-${attempt}`;
}
/** Creates the deployment before the first step and sets its final status after the report. */
async function deploymentObserver(settings, notes, ids) {
    const ctx = await (0,context/* loadGitHubContext */.r)(process.env);
    // Not tied to the stop signal: a stopped deploy must still get its final status.
    const { api, noApi } = await githubApi(settings, ctx);
    let deployment;
    return {
        async started(info) {
            if (!ctx) {
                notes.push(`Skipped the GitHub deployment: ${noApi}.`);
                return;
            }
            // A URL that holds a secret (it came from the environment) is not shown on GitHub.
            deployment = new GitHubDeployment(api, noApi, {
                owner: ctx.owner,
                repo: ctx.repo,
                environment: info.environment,
                ref: info.commit ?? ctx.headSha,
                ...(info.url && !info.urlIsSecret ? { url: info.url } : {}),
                ...(ctx.runUrl ? { logUrl: ctx.runUrl } : {}),
                production: info.production,
            }, actionLog());
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
async function deploy_writeSummary(report, notes) {
    if (!(0,core_runner/* readRunner */.f)(process.env).stepSummary)
        return;
    let text = (0,markdown/* renderDeploy */.G)(report);
    if (notes.length)
        text += `\n${notes.map((n) => `- ${n}`).join('\n')}\n`;
    if (Buffer.byteLength(text) > deploy_SUMMARY_BYTES)
        text = `${Buffer.from(text).subarray(0, deploy_SUMMARY_BYTES).toString('utf8')}\n\n… cut to fit the job summary; the whole report is in the evidence artifact.\n`;
    try {
        await core/* summary */.z.addRaw(text).write();
    }
    catch (err) {
        core/* warning */.$e(`promotion-gate: the job summary could not be written: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
}
async function runDeployCommand(command, workspace, cwd, signal) {
    const environment = input('environment');
    if (!environment)
        throw new errors/* UsageError */.eb(`input environment is required for command ${command} (e.g. environment: staging)`);
    const configInput = input('config');
    const configPath = external_node_path_default().resolve(cwd, configInput);
    const loaded = await (0,load/* loadConfigFile */.HT)(configPath, external_node_path_default().relative(workspace, configPath) || configInput);
    const outDir = input('outputDir');
    const api = { token: input('token'), apiTimeoutMs: input('apiTimeout'), apiRetries: input('apiRetries') };
    const notes = [];
    const ids = {};
    const common = {
        configPath,
        environment,
        inputs: input('inputs'),
        env: process.env,
        cwd,
        workspace,
        ...(outDir ? { outDir: external_node_path_default().resolve(cwd, outDir) } : {}),
        logger: createActionLogger(),
        signal,
        history: await (0,history_select/* createHistoryStore */.Wq)((0,history_select/* parseHistorySpec */.rQ)(input('history'), 'input history'), {
            cwd,
            env: process.env,
            token: api.token || undefined,
        }),
    };
    const run = command === 'deploy'
        ? await (0,deploy/* runDeploy */.zt)({
            ...common,
            rollback: input('rollbackOnFailure'),
            dryRun: input('dryRun'),
            observer: await deploymentObserver(api, notes, ids),
        }, loaded)
        : await (0,drill/* runDrill */.B)({ ...common, retain: input('retain'), live: input('live') }, loaded);
    const r = run.report;
    core/* setOutput */.uH('outcome', r.outcome);
    core/* setOutput */.uH('deployment-id', ids.deployment !== undefined ? String(ids.deployment) : '');
    core/* setOutput */.uH('bundle-id', r.bundle?.id ?? '');
    core/* setOutput */.uH('report-path', external_node_path_default().join(run.outDir, 'report.json'));
    core/* setOutput */.uH('report-dir', run.outDir);
    await uploadEvidenceArtifact(run.outDir, deployArtifactName(run.report.kind, run.report.environment, (0,core_runner/* readRunner */.f)(process.env).runAttempt), notes);
    await deploy_writeSummary(r, notes);
    if (run.alert)
        core/* error */.z3(run.alert, { title: `promotion-gate: ${r.environment} needs a person` });
    const line = `${r.kind === 'drill' ? 'drill' : 'deploy'} ${r.environment}: ${r.outcome} — ${r.why}`;
    if (run.exitCode === 0)
        core/* notice */.lm(line);
    else
        core/* setFailed */.C1(line);
    return run.exitCode;
}

// EXTERNAL MODULE: ./src/app/publish.ts + 2 modules
var app_publish = __webpack_require__(23237);
;// CONCATENATED MODULE: ./src/action/publish.ts









/**
 * `command: publish` — in a `workflow_run` workflow, publishes the evidence artifacts of the run
 * that triggered it (a fork's pull request, whose token was read-only) with this run's token.
 * Exit 0 when everything was published, 1 when something could not be.
 */
async function runPublishCommand(workspace, signal) {
    const s = { token: input('token'), apiTimeoutMs: input('apiTimeout'), apiRetries: input('apiRetries') };
    const checkRun = input('checkRun');
    const checkRunName = input('checkRunName');
    const conclusionMap = input('checkRunConclusions');
    const mode = input('comment');
    const when = input('commentWhen');
    const author = input('commentAuthor');
    const reportDir = input('reportDir');
    const runId = input('runId');
    const workingDirectory = input('workingDirectory') ?? '.';
    const maxAnnotations = input('maxAnnotations');
    const ctx = await (0,context/* loadGitHubContext */.r)(process.env);
    const { api, noApi } = await githubApi(s, ctx, signal);
    if (!api || !ctx)
        throw new errors/* UsageError */.eb(`command publish: ${noApi}`);
    const results = await (0,app_publish/* runPublish */.j)({
        api,
        token: s.token,
        ctx,
        owner: ctx.owner,
        repo: ctx.repo,
        dirs: reportDir ? [external_node_path_default().resolve(workspace, reportDir)] : [],
        runId,
        artifactName: input('artifactName'),
        pullNumber: input('prNumber'),
        tempRoot: (0,core_runner/* readRunner */.f)(process.env).tempDir,
        log: actionLog(),
        settings: (report) => ({
            checkRun,
            checkRunName: checkRunName || `promotion-gate (${report.profile})`,
            conclusions: conclusionMap,
            comment: mode,
            commentWhen: when,
            commentAuthor: author,
            paths: { workingDirectory, max: maxAnnotations },
        }),
    });
    for (const r of results) {
        if (r.error) {
            core/* error */.z3(r.error, { title: 'promotion-gate: not published' });
            continue;
        }
        const pub = r.publication;
        core/* info */.pq(`${r.source}: ${r.report.verdict} ${r.report.profile}, bundle ${r.report.bundle?.id}`);
        reportOutcomes(pub, ctx, {});
        await writeSummary(r.report, pub.links, []);
    }
    const first = results.find((r) => r.publication);
    if (first?.publication?.checkRun) {
        core/* setOutput */.uH('check-run-id', String(first.publication.checkRun.id));
        core/* setOutput */.uH('check-run-url', first.publication.checkRun.url);
    }
    if (first?.publication?.comment)
        core/* setOutput */.uH('comment-url', first.publication.comment.url);
    if (first?.report) {
        core/* setOutput */.uH('verdict', first.report.verdict);
        core/* setOutput */.uH('bundle-id', first.report.bundle?.id ?? '');
    }
    return (0,app_publish/* publishExitCode */.N)(results);
}

// EXTERNAL MODULE: ./src/adapters/exec.ts
var exec = __webpack_require__(77911);
// EXTERNAL MODULE: ./src/adapters/http.ts
var http = __webpack_require__(93618);
// EXTERNAL MODULE: ./src/app/aggregate.ts + 3 modules
var aggregate = __webpack_require__(54468);
// EXTERNAL MODULE: ./src/app/drift.ts
var drift = __webpack_require__(72904);
// EXTERNAL MODULE: ./src/app/review.ts
var review = __webpack_require__(81563);
// EXTERNAL MODULE: ./src/app/reviewFiles.ts + 1 modules
var reviewFiles = __webpack_require__(79060);
// EXTERNAL MODULE: ./src/bundle/seal.ts + 1 modules
var seal = __webpack_require__(3167);
;// CONCATENATED MODULE: ./src/action/reports.ts



















const reports_SUMMARY_BYTES = render/* LIMITS */.b1.jobSummaryBytes - 16 * 1024;
async function reports_writeSummary(markdown) {
    if (!(0,core_runner/* readRunner */.f)(process.env).stepSummary)
        return;
    let text = markdown;
    if (Buffer.byteLength(text) > reports_SUMMARY_BYTES)
        text = `${Buffer.from(text).subarray(0, reports_SUMMARY_BYTES).toString('utf8')}\n\n… cut to fit the job summary; the whole report is in the output directory (output report-dir).\n`;
    try {
        await core/* summary */.z.addRaw(text).write();
    }
    catch (err) {
        core/* warning */.$e(`promotion-gate: the job summary could not be written: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
}
function requiredProfile(c) {
    const profile = input('profile');
    if (!profile)
        throw new errors/* UsageError */.eb(`input profile is required for command ${c.command} (e.g. profile: prod)`);
    return profile;
}
async function requiredHistory(c) {
    const store = await (0,history_select/* createHistoryStore */.Wq)((0,history_select/* parseHistorySpec */.rQ)(input('history'), 'input history'), {
        cwd: c.cwd,
        env: process.env,
        token: input('token') || undefined,
    });
    if (!store)
        throw new errors/* UsageError */.eb(`command ${c.command} reads history, and input history is off: name the store the gate records in (e.g. history: artifacts)`);
    return store;
}
const outDirOf = (c, fallback) => external_node_path_default().resolve(c.cwd, input('outputDir') ?? fallback);
/** The step fails (exit 1) on a bad result unless fail-on is never. */
function finish(bad, line) {
    if (!bad) {
        core/* notice */.lm(line);
        return exitCodes/* EXIT */.d.promote;
    }
    if (input('failOn') === 'never') {
        core/* warning */.$e(line);
        return exitCodes/* EXIT */.d.promote;
    }
    core/* setFailed */.C1(line);
    return exitCodes/* EXIT */.d.hold;
}
async function reports_drift(c) {
    const profile = requiredProfile(c);
    const loaded = await (0,load/* loadConfigFile */.HT)(c.configPath, c.configLabel);
    const plan = (0,config_plan/* planGate */.ft)(loaded, profile, { env: process.env, inputs: input('inputs') });
    const store = await requiredHistory(c);
    const outDir = outDirOf(c, external_node_path_default().join('.promotion-gate', `${profile}-drift`));
    if ((0,drift/* benchmarkChecks */.pO)(plan).length === 0)
        core/* warning */.$e(`profile ${profile} runs no benchmark checks (or their mode is off in it): nothing to judge`);
    const report = await (0,drift/* runDrift */.le)({
        plan,
        store,
        fromHistory: input('fromHistory'),
        outDir,
        cwd: c.cwd,
        env: process.env,
        exec: (0,exec/* createExec */.k)(),
        http: (0,http/* createHttpClient */.u)(`promotion-gate/${version/* VERSION */.x}`),
        logger: createActionLogger(),
        now: () => new Date(),
        signal: c.signal,
    });
    for (const p of report.problems)
        core/* warning */.$e(`history: ${p}`);
    core/* setOutput */.uH('alerts', String(report.alerts));
    core/* setOutput */.uH('blocking-alerts', String(report.blockingAlerts));
    core/* setOutput */.uH('report-dir', outDir);
    core/* setOutput */.uH('report-path', external_node_path_default().join(outDir, 'drift.json'));
    await reports_writeSummary((0,drift/* renderDrift */.iI)(report));
    return finish(report.blockingAlerts > 0, `drift ${profile}: ${report.alerts} alert(s), ${report.blockingAlerts} blocking`);
}
async function reports_review(c) {
    const profile = requiredProfile(c);
    const lookback = input('lookback');
    const month = input('month');
    if (lookback !== undefined && month !== undefined)
        throw new errors/* UsageError */.eb('inputs lookback and month: give one of them, not both');
    const now = new Date();
    const window = (0,review/* reviewWindow */.F)({ lookback, month }, now);
    const { rules, note } = await (0,reviewFiles/* loadDriftRules */.Ti)({
        file: c.configPath,
        label: c.configLabel,
        profile,
        optional: c.configInput === load/* DEFAULT_CONFIG_PATH */.Bi,
    });
    if (note)
        core/* info */.pq(`note: ${note}`);
    const store = await requiredHistory(c);
    const read = await store.list(profile, { includeInvalid: true });
    for (const p of read.problems)
        core/* warning */.$e(`history: ${p}`);
    const result = (0,review/* buildReview */.B)({
        profile,
        store: store.describe(),
        window,
        runs: read.runs,
        problems: read.problems,
        drift: rules,
        now,
    });
    const outDir = outDirOf(c, external_node_path_default().join('.promotion-gate', `${profile}-review`));
    const files = await (0,reviewFiles/* writeReview */.OC)(result, window, outDir);
    const r = result.runs;
    core/* setOutput */.uH('pass-rate', r.passRate === null ? '' : String(r.passRate));
    core/* setOutput */.uH('alerts', String(result.driftAlerts.length));
    core/* setOutput */.uH('report-dir', outDir);
    core/* setOutput */.uH('report-path', files.json);
    await reports_writeSummary(files.text);
    core/* notice */.lm(`review ${profile} · ${result.window.label}: ${r.total} run(s), pass rate ${r.passRate === null ? '–' : `${r.passRate}%`}, ${result.driftAlerts.length} drift alert(s)`);
    return exitCodes/* EXIT */.d.promote;
}
async function reports_aggregate(c) {
    // The default config is read when it exists; one named on purpose must exist.
    const useConfig = c.configInput !== load/* DEFAULT_CONFIG_PATH */.Bi || (await (0,seal/* exists */.t2)(c.configPath));
    const settings = useConfig
        ? (await (0,load/* loadConfigFile */.HT)(c.configPath, c.configLabel)).config.aggregate
        : undefined;
    const outDir = outDirOf(c, external_node_path_default().join('.promotion-gate', 'aggregate'));
    const { report, markdown } = await (0,aggregate/* runAggregate */.N)({
        cwd: c.cwd,
        artifacts: input('evidence'),
        dirs: input('evidenceDir'),
        required: input('required'),
        settings,
        release: input('release'),
        outDir,
        now: new Date(),
        version: version/* VERSION */.x,
    });
    core/* setOutput */.uH('level', report.level);
    core/* setOutput */.uH('score', String(report.score));
    core/* setOutput */.uH('bundle-id', report.bundle?.id ?? '');
    core/* setOutput */.uH('report-dir', outDir);
    core/* setOutput */.uH('report-path', external_node_path_default().join(outDir, 'report.json'));
    await reports_writeSummary(markdown);
    return finish(report.level !== 'ga_ready', `aggregate: ${report.level}, score ${report.score}${report.blockers.length ? ` (${report.blockers.join(', ')})` : ''}`);
}
async function runReportCommand(command, workspace, cwd, signal) {
    const configInput = input('config');
    const configPath = external_node_path_default().resolve(cwd, configInput);
    const c = {
        command,
        workspace,
        cwd,
        configInput,
        configPath,
        configLabel: external_node_path_default().relative(workspace, configPath) || configInput,
        signal,
    };
    if (command === 'drift')
        return reports_drift(c);
    if (command === 'review')
        return reports_review(c);
    return reports_aggregate(c);
}

// EXTERNAL MODULE: ./src/app/watch.ts + 1 modules
var watch = __webpack_require__(82329);
;// CONCATENATED MODULE: ./src/action/watch.ts













/**
 * `command: watch` in the action: one gate run, published as `command: gate` publishes it (check
 * run, artifact, job summary), then the incident and hotfix issues and the webhooks. The workflow's
 * `on: schedule` repeats it. What GitHub or a webhook does never changes the exit code.
 */
async function runWatchCommand(workspace, cwd, signal) {
    const profile = input('profile');
    if (!profile)
        throw new errors/* UsageError */.eb('input profile is required for command watch (e.g. profile: prod)');
    if (input('every') !== undefined || input('times') !== undefined)
        throw new errors/* UsageError */.eb('inputs every and times are for a watcher on a terminal; in a workflow, run command watch on a schedule (on: schedule)');
    const publishSettings = readPublishSettings(profile, workspace, cwd);
    // Started before the config is read, so even a bad config shows on the commit.
    const publishing = await ActionPublishing.start(publishSettings, profile);
    try {
        const configInput = input('config');
        const configPath = external_node_path_default().resolve(cwd, configInput);
        const loaded = await (0,load/* loadConfigFile */.HT)(configPath, external_node_path_default().relative(workspace, configPath) || configInput);
        const outDir = input('outputDir');
        const token = input('token');
        const history = await (0,history_select/* createHistoryStore */.Wq)((0,history_select/* parseHistorySpec */.rQ)(input('history'), 'input history'), {
            cwd,
            env: process.env,
            token: token || undefined,
        });
        const notes = [];
        if (!history)
            notes.push('History is off (input history): transitions cannot be detected, so no incident is opened or closed.');
        const runs = await (0,watch/* runWatch */.p)({
            configPath,
            profile,
            ...(outDir ? { outDir: external_node_path_default().resolve(cwd, outDir) } : {}),
            inputs: input('inputs'),
            env: process.env,
            cwd,
            base: input('base'),
            head: input('head'),
            logger: createActionLogger(),
            signal,
            history,
            notify: input('notify'),
            issues: await issueDeps(publishSettings, signal),
            published: async (gate) => {
                const r = gate.report;
                core/* setOutput */.uH('verdict', r.verdict);
                core/* setOutput */.uH('score', String(r.score));
                core/* setOutput */.uH('level', r.level);
                core/* setOutput */.uH('action', r.action);
                core/* setOutput */.uH('report-path', external_node_path_default().join(gate.outDir, 'report.json'));
                core/* setOutput */.uH('report-dir', gate.outDir);
                core/* setOutput */.uH('bundle-id', r.bundle?.id ?? '');
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
        await writeWatchSummary(run.transition ? `${run.transition.from.action} → ${run.transition.to.action}` : undefined, notes);
        const skipped = run.issues.filter((s) => s.state === 'skipped');
        if (skipped.length > 0)
            core/* notice */.lm(`Skipped the ${skipped.map((s) => s.what).join(' and ')}: ${skipped[0].detail}`, {
                title: 'promotion-gate: watch',
            });
        const failed = [
            ...run.issues.filter((s) => s.state === 'failed').map((s) => `${s.what}: ${s.detail}`),
            ...run.notifications
                .filter((d) => d.state === 'failed')
                .map((d) => `notification ${d.webhook}: ${d.detail}`),
        ];
        if (failed.length > 0)
            core/* warning */.$e(`${failed.join('; ')}. The verdict and exit code are not affected.`, {
                title: 'promotion-gate: watch',
            });
        const r = run.gate.report;
        const code = (0,exitCodes/* verdictExitCode */.f)(r.verdict, input('failOn'));
        if (r.verdict === 'promote')
            core/* notice */.lm((0,headline/* verdictLine */.M)(r));
        else {
            const why = r.reasons.filter((x) => x.blocking).map((x) => x.message);
            if (code === exitCodes/* EXIT */.d.hold)
                core/* setFailed */.C1(`${(0,headline/* verdictLine */.M)(r)}\n${why.join('\n')}`);
            else
                core/* warning */.$e(`${(0,headline/* verdictLine */.M)(r)}\n${why.join('\n')}`);
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
    if (!input('incidents'))
        return { skipped: 'off (input incidents: false)' };
    const ctx = await (0,context/* loadGitHubContext */.r)(process.env);
    const { api, noApi } = await githubApi(s, ctx, signal);
    if (!api || !ctx)
        return { skipped: noApi ?? 'no GitHub API' };
    return { api, target: { owner: ctx.owner, repo: ctx.repo } };
}
/** A short section after the gate's own summary: the transition and anything not done. */
async function writeWatchSummary(transition, notes) {
    if (!(0,core_runner/* readRunner */.f)(process.env).stepSummary || (!transition && notes.length === 0))
        return;
    const lines = ['### promotion-gate watch', ''];
    if (transition)
        lines.push(`Transition: **${transition}**`, '');
    for (const n of notes)
        lines.push(`- ${n}`);
    try {
        await core/* summary */.z.addRaw(`${lines.join('\n')}\n`).write();
    }
    catch {
        // The gate's own summary carries the verdict; this section is a courtesy.
    }
}

// EXTERNAL MODULE: ./src/app/monitor.ts + 8 modules
var monitor = __webpack_require__(71452);
// EXTERNAL MODULE: ./src/github/checkRun.ts
var checkRun = __webpack_require__(16602);
// EXTERNAL MODULE: ./src/monitor/markdown.ts
var monitor_markdown = __webpack_require__(20529);
;// CONCATENATED MODULE: ./src/action/monitor.ts


















/**
 * `command: monitor` in the action: the window, then what GitHub is told — the deployment's
 * status (failure when degraded, inactive once rolled back, error when the rollback failed), a
 * check run on the deployed commit, the outputs, the bundle as an artifact and the job summary.
 * Each is told on its own; what GitHub does with any of them never changes the outcome or the
 * exit code.
 */
const monitor_SUMMARY_BYTES = render/* LIMITS */.b1.jobSummaryBytes - 16 * 1024;
const monitor_clip = (text, max) => {
    const chars = [...text];
    return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
};
/** Why GitHub refused, with what to grant when it is a permission. */
function refusal(what, permission, err) {
    const f = (0,github_errors/* classifyApiError */.bl)(err);
    return f.kind === 'forbidden' || f.kind === 'not-found' || f.kind === 'unauthorized'
        ? `Skipped ${what}: the token may not write it (${(0,github_errors/* describeApiFailure */.ge)(f)}); grant the job \`permissions: { ${permission} }\`. The outcome is not affected.`
        : `Could not write ${what}: ${(0,github_errors/* describeApiFailure */.ge)(f)}. The outcome is not affected.`;
}
/** The watched deployment: the id given (a GitHub deployment's), else the newest of the commit in the environment. */
async function findDeployment(api, ctx, r, given) {
    if (given && /^\d+$/.test(given))
        return Number(given);
    const sha = r.commit ?? ctx.headSha;
    if (!sha)
        return undefined;
    const found = await api.rest.repos.listDeployments({
        owner: ctx.owner,
        repo: ctx.repo,
        sha,
        environment: r.environment,
        per_page: 1,
    });
    return found.data[0]?.id;
}
/** The deployment's new status when the window says something about it; healthy leaves it as it was. */
function deploymentStatusOf(r) {
    if (r.outcome !== 'degraded')
        return undefined;
    const first = r.classification.reasons[0];
    const rule = first ? `${first.rule} at tick ${first.tick}: ${first.observed}` : 'degraded';
    switch (r.actionTaken) {
        case 'rollback-ok':
            return {
                state: 'inactive',
                description: monitor_clip(`Rolled back after the monitoring window: ${rule}`, DESCRIPTION_LIMIT),
            };
        case 'rollback-failed':
            return {
                state: 'error',
                description: monitor_clip(`Degraded, and the rollback failed: state unknown (${rule})`, DESCRIPTION_LIMIT),
            };
        default:
            return { state: 'failure', description: monitor_clip(`Degraded after deploy: ${rule}`, DESCRIPTION_LIMIT) };
    }
}
async function tellDeployment(api, ctx, r, given, notes) {
    const status = deploymentStatusOf(r);
    if (!status || !api || !ctx)
        return;
    try {
        const id = await findDeployment(api, ctx, r, given);
        if (id === undefined) {
            notes.push(`No GitHub deployment of ${r.environment} at this commit: its status was not set.`);
            return;
        }
        await api.rest.repos.createDeploymentStatus({
            owner: ctx.owner,
            repo: ctx.repo,
            deployment_id: id,
            state: status.state,
            description: status.description,
            ...(ctx.runUrl ? { log_url: ctx.runUrl } : {}),
        });
        core/* info */.pq(`GitHub deployment ${id}: ${status.state} — ${status.description}`);
    }
    catch (err) {
        const note = refusal('the deployment status', 'deployments: write', err);
        notes.push(note);
        core/* info */.pq(`warning: ${note}`);
    }
}
const CONCLUSION = {
    healthy: 'success',
    degraded: 'failure',
    interrupted: 'cancelled',
    error: 'failure',
};
async function monitor_checkRun(api, ctx, run, notes) {
    const r = run.report;
    const sha = r.commit ?? ctx?.headSha;
    if (!input('checkRun') || !api || !ctx || !sha)
        return;
    const check = new checkRun/* CheckRun */.E7(api, {
        owner: ctx.owner,
        repo: ctx.repo,
        headSha: sha,
        name: input('checkRunName') ?? `promotion-gate monitor (${r.environment})`,
        ...(ctx.runUrl ? { detailsUrl: ctx.runUrl } : {}),
    });
    try {
        const ref = await check.create(`${r.bundle?.id ?? r.deployment}`);
        await check.complete(ref, {
            conclusion: CONCLUSION[r.outcome],
            output: {
                title: monitor_clip(`${r.outcome} · ${r.actionTaken} · ${r.classification.ticks} tick(s)`, 255),
                summary: monitor_clip(run.markdown, render/* LIMITS */.b1.checkRunText),
                text: monitor_clip(r.why, render/* LIMITS */.b1.checkRunText),
            },
            annotations: [],
            ...(r.bundle ? { externalId: r.bundle.id } : {}),
        });
    }
    catch (err) {
        const note = refusal('the check run', 'checks: write', err);
        notes.push(note);
        core/* info */.pq(`warning: ${note}`);
    }
}
async function monitor_writeSummary(run, notes) {
    if (!(0,core_runner/* readRunner */.f)(process.env).stepSummary)
        return;
    let text = (0,monitor_markdown/* renderMonitor */.P)(run.report);
    if (notes.length)
        text += `\n${notes.map((n) => `- ${n}`).join('\n')}\n`;
    if (Buffer.byteLength(text) > monitor_SUMMARY_BYTES)
        text = `${Buffer.from(text).subarray(0, monitor_SUMMARY_BYTES).toString('utf8')}\n\n… cut to fit the job summary; the whole report is in the evidence artifact.\n`;
    try {
        await core/* summary */.z.addRaw(text).write();
    }
    catch (err) {
        core/* warning */.$e(`promotion-gate: the job summary could not be written: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
}
async function runMonitorCommand(workspace, cwd, signal) {
    const environment = input('environment');
    if (!environment)
        throw new errors/* UsageError */.eb('input environment is required for command monitor (e.g. environment: prod)');
    const configInput = input('config');
    const configPath = external_node_path_default().resolve(cwd, configInput);
    const loaded = await (0,load/* loadConfigFile */.HT)(configPath, external_node_path_default().relative(workspace, configPath) || configInput);
    const outDir = input('outputDir');
    const settings = {
        token: input('token'),
        apiTimeoutMs: input('apiTimeout'),
        apiRetries: input('apiRetries'),
    };
    const ctx = await (0,context/* loadGitHubContext */.r)(process.env);
    // Not tied to the stop signal: a stopped window still gets its check run and summary.
    const { api, noApi } = await githubApi(settings, ctx);
    const issues = !input('incidents')
        ? { skipped: 'off (input incidents: false)' }
        : api && ctx
            ? { api, target: { owner: ctx.owner, repo: ctx.repo } }
            : { skipped: noApi ?? 'no GitHub API' };
    const deployment = input('deployment');
    const run = await (0,monitor/* runMonitor */.aU)({
        configPath,
        environment,
        inputs: input('inputs'),
        env: process.env,
        cwd,
        workspace,
        ...(outDir ? { outDir: external_node_path_default().resolve(cwd, outDir) } : {}),
        logger: createActionLogger(),
        signal,
        history: await (0,history_select/* createHistoryStore */.Wq)((0,history_select/* parseHistorySpec */.rQ)(input('history'), 'input history'), {
            cwd,
            env: process.env,
            token: settings.token || undefined,
        }),
        windowMs: input('window'),
        intervalMs: input('interval'),
        deployment,
        issues,
        notify: input('notify'),
    }, loaded);
    const r = run.report;
    core/* setOutput */.uH('outcome', r.outcome);
    core/* setOutput */.uH('action-taken', r.actionTaken);
    core/* setOutput */.uH('bundle-id', r.bundle?.id ?? '');
    core/* setOutput */.uH('report-path', external_node_path_default().join(run.outDir, 'report.json'));
    core/* setOutput */.uH('report-dir', run.outDir);
    const notes = [];
    if (!api)
        notes.push(`Skipped the deployment status and the check run: ${noApi ?? 'no GitHub API'}.`);
    // A recorded outcome was told to GitHub when its window ended.
    if (!r.window.recorded) {
        await tellDeployment(api, ctx, r, deployment, notes);
        await monitor_checkRun(api, ctx, run, notes);
    }
    await uploadEvidenceArtifact(run.outDir, deployArtifactName('monitor', run.report.environment, (0,core_runner/* readRunner */.f)(process.env).runAttempt), notes);
    await monitor_writeSummary(run, notes);
    if (run.alert)
        core/* error */.z3(run.alert, { title: `promotion-gate: ${r.environment} needs a person` });
    const line = `monitor ${r.environment}: ${r.outcome}, ${r.actionTaken} — ${r.why}`;
    if (run.exitCode === 0)
        core/* notice */.lm(line);
    else
        core/* setFailed */.C1(line);
    return run.exitCode;
}

// EXTERNAL MODULE: ./src/core/credentials.ts
var credentials = __webpack_require__(72633);
;// CONCATENATED MODULE: ./src/action/main.ts



















function readSettings() {
    const command = input('command');
    const profile = input('profile') ?? '';
    if (command === 'gate' && !profile)
        throw new errors/* UsageError */.eb('input profile is required (e.g. profile: staging)');
    return {
        command,
        config: input('config'),
        profile,
        inputs: input('inputs'),
        base: input('base'),
        head: input('head'),
        failOn: input('failOn'),
        outDir: input('outputDir'),
        workingDirectory: input('workingDirectory'),
    };
}
function annotateConfigError(err) {
    for (const i of err.issues.slice(0, 10)) {
        core/* error */.z3(`${i.path ? `${i.path}: ` : ''}${i.message}`, {
            title: 'promotion-gate: invalid configuration',
            file: i.file,
            startLine: i.line,
            startColumn: i.column,
        });
    }
}
/** The action: run the gate, then outputs and job summary. Returns the exit code. */
async function run(signal) {
    let publishing;
    try {
        const s = readSettings();
        const workspace = (0,core_runner/* readRunner */.f)(process.env).workspace ?? process.cwd();
        const cwd = external_node_path_default().resolve(workspace, s.workingDirectory ?? '.');
        if (s.command === 'publish')
            return await runPublishCommand(workspace, signal);
        if (s.command === 'deploy' || s.command === 'drill')
            return await runDeployCommand(s.command, workspace, cwd, signal);
        if (s.command === 'drift' || s.command === 'review' || s.command === 'aggregate')
            return await runReportCommand(s.command, workspace, cwd, signal);
        if (s.command === 'watch')
            return await runWatchCommand(workspace, cwd, signal);
        if (s.command === 'monitor')
            return await runMonitorCommand(workspace, cwd, signal);
        if (s.command === 'gate') {
            // Started before the config is read, so even a bad config shows on the pull request.
            publishing = await ActionPublishing.start(readPublishSettings(s.profile, workspace, cwd), s.profile);
        }
        const configPath = external_node_path_default().resolve(cwd, s.config);
        // Named relative to the workspace, so annotations land on the file in the pull request.
        const configName = external_node_path_default().relative(workspace, configPath) || s.config;
        if (s.command === 'validate') {
            const loaded = await (0,load/* loadConfigFile */.HT)(configPath, configName);
            if (s.profile)
                (0,config_plan/* planGate */.ft)(loaded, s.profile, { env: process.env, inputs: s.inputs });
            else
                (0,config_plan/* checkEveryProfile */.Vb)(loaded);
            core/* info */.pq(`${s.config} is valid`);
            return exitCodes/* EXIT */.d.promote;
        }
        // The gate reads the config itself: on pull requests the base's judges, even if the head's is broken.
        const gate = await (0,app_gate/* runGate */.R)({
            configPath,
            configName,
            configSource: input('configSource'),
            token: input('token') || undefined,
            profile: s.profile,
            outDir: s.outDir ? external_node_path_default().resolve(cwd, s.outDir) : undefined,
            inputs: s.inputs,
            env: process.env,
            cwd,
            base: s.base,
            head: s.head,
            logger: createActionLogger(),
            signal,
            history: await (0,history_select/* createHistoryStore */.Wq)((0,history_select/* parseHistorySpec */.rQ)(input('history'), 'input history'), {
                cwd,
                env: process.env,
                token: input('token') || undefined,
            }),
        });
        const r = gate.report;
        core/* setOutput */.uH('verdict', r.verdict);
        core/* setOutput */.uH('score', String(r.score));
        core/* setOutput */.uH('level', r.level);
        core/* setOutput */.uH('action', r.action);
        core/* setOutput */.uH('report-path', external_node_path_default().join(gate.outDir, 'report.json'));
        core/* setOutput */.uH('report-dir', gate.outDir);
        core/* setOutput */.uH('bundle-id', r.bundle?.id ?? '');
        // Artifact, check run, PR comment, job summary: failures there never change the exit code.
        await publishing?.finish(r, gate.outDir, signal?.aborted ?? false);
        const line = (0,headline/* verdictLine */.M)(r);
        const code = (0,exitCodes/* verdictExitCode */.f)(r.verdict, s.failOn);
        if (r.verdict === 'promote')
            core/* notice */.lm(line);
        else {
            const why = r.reasons.filter((x) => x.blocking).map((x) => x.message);
            if (code === exitCodes/* EXIT */.d.hold)
                core/* setFailed */.C1(`${line}\n${why.join('\n')}`);
            else
                core/* warning */.$e(`${line}\n${why.join('\n')}`);
        }
        return code;
    }
    catch (err) {
        await publishing?.fail(err).catch(() => undefined);
        if (err instanceof errors/* ConfigError */.xL)
            annotateConfigError(err);
        if ((0,errors/* isUserError */.iU)(err)) {
            core/* setFailed */.C1(err.message);
            return exitCodes/* EXIT */.d.usage;
        }
        core/* setFailed */.C1((0,credentials/* maskUrlCredentials */.g)(`promotion-gate internal error: ${(0,errors/* errorMessage */.gJ)(err)}`));
        if (err instanceof Error && err.stack)
            core/* debug */.Yz(err.stack);
        return exitCodes/* EXIT */.d.internal;
    }
}


/***/ })

};
