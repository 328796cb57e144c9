export const id = 774;
export const ids = [774];
export const modules = {

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
    /** After the gate: artifact, check run, comment, then job summary and outputs \u2014 whatever GitHub does. */
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
        const summary = `### \u26d4 ${title} \u2014 ${this.profile}\n\n\`\`\`\n${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err).slice(0, 60_000)}\n\`\`\`\n`;
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

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** Kept equal to package.json's version by a test. */
const VERSION = '0.1.0';


/***/ })

};
