export const id = 7385;
export const ids = [7385,9983,2364];
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
        _step_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(shown((0,_github_publish_js__WEBPACK_IMPORTED_MODULE_1__.describeOutcome)(x)));
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
    const api = await (0,_github_client_js__WEBPACK_IMPORTED_MODULE_5__.createGitHubClient)({
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
        const ctx = await (0,_github_context_js__WEBPACK_IMPORTED_MODULE_6__.loadGitHubContext)(process.env);
        const { api, noApi } = await githubApi(s, ctx);
        const target = {
            owner: ctx?.owner ?? '',
            repo: ctx?.repo ?? '',
            headSha: ctx?.headSha,
            pullNumber: s.pullNumber ?? ctx?.pullNumber,
            runUrl: ctx?.runUrl,
            serverUrl: ctx?.serverUrl ?? 'https://github.com',
        };
        const publisher = new _github_publish_js__WEBPACK_IMPORTED_MODULE_7__.Publisher({ api, noApi, target, settings: s, log: actionLog() });
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

/***/ 10907:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyBundle: () => (/* binding */ verifyBundle)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5374);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61423);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9075);





/** A manifest is a list of digests; one this large is not one the gate wrote. */
const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;
/** report.json is the digested report plus its `bundle` member, which takes far less than this. */
const BUNDLE_MEMBER_BYTES = 4096;
const short = (digest) => `${digest.slice(0, 12)}…`;
/** Digest and size of one listed file against its entry. */
async function checkFile(dir, entry) {
    const at = { path: entry.path };
    let got;
    try {
        got = await (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .digestRegular */ .N5)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, ...entry.path.split('/')), entry.size);
    }
    catch (err) {
        return [
            { ...at, kind: err instanceof _files_js__WEBPACK_IMPORTED_MODULE_3__/* .NotReadable */ .SX ? 'not-file' : 'unreadable', detail: err.message },
        ];
    }
    if (got.size > entry.size)
        return [{ ...at, kind: 'changed', detail: `larger than the ${entry.size} bytes the manifest lists` }];
    if (got.size !== entry.size)
        return [{ ...at, kind: 'changed', detail: `${got.size} bytes, the manifest lists ${entry.size}` }];
    if (got.sha256 !== entry.sha256)
        return [
            { ...at, kind: 'changed', detail: `sha256 ${short(got.sha256)} ≠ manifest ${short(entry.sha256)}` },
        ];
    return [];
}
/** What differs between the members of report.json's `bundle` and those the seal writes. */
function membersProblem(members) {
    const odd = members.filter((k) => !_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .BUNDLE_MEMBERS */ .lS.includes(k));
    const lacking = _manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .BUNDLE_MEMBERS */ .lS.filter((k) => !members.includes(k));
    const parts = [
        ...(odd.length ? [`has ${odd.map((k) => JSON.stringify(k)).join(', ')}`] : []),
        ...(lacking.length ? [`lacks ${lacking.join(', ')}`] : []),
    ];
    return parts.length ? parts.join(' and ') : undefined;
}
/**
 * report.json names the bundle it belongs to, so its entry digests the report without its
 * `bundle` member. Every byte is still covered: the file must be exactly what the seal writes
 * for its own content (no whitespace, order or duplicate-key edit passes), `bundle` must hold
 * exactly the seal's members, and the rest must match the digest.
 */
async function checkReport(dir, entry, id, files) {
    const problem = (kind, detail) => ({
        path: _manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .REPORT_JSON */ .oA,
        kind,
        detail,
    });
    if (entry.digestOf !== 'report-without-bundle')
        return [problem('malformed', 'its manifest entry must digest the report without its bundle member')];
    let bytes;
    try {
        bytes = await (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readRegular */ .VX)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, _manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .REPORT_JSON */ .oA), entry.size + BUNDLE_MEMBER_BYTES);
    }
    catch (err) {
        const detail = err.message;
        if (!(err instanceof _files_js__WEBPACK_IMPORTED_MODULE_3__/* .NotReadable */ .SX))
            return [problem('unreadable', detail)];
        return [problem(err.tooLarge ? 'changed' : 'not-file', detail)];
    }
    let report;
    try {
        report = JSON.parse(bytes.toString('utf8'));
    }
    catch (err) {
        return [problem('changed', `not JSON: ${err.message}`)];
    }
    if (typeof report !== 'object' || report === null || Array.isArray(report))
        return [problem('changed', 'not a report object')];
    const out = [];
    if (!Buffer.from((0,_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .serializeReport */ .xH)(report)).equals(bytes))
        out.push(problem('changed', 'its bytes are not what the seal writes for its content (whitespace, order or a duplicate key was edited)'));
    const bundle = report.bundle;
    if (typeof bundle !== 'object' || bundle === null || Array.isArray(bundle)) {
        out.push(problem('bundle-id', `report names no bundle, the manifest digests to ${id}`));
    }
    else {
        const members = membersProblem(Object.keys(bundle));
        if (members)
            out.push(problem('changed', `its bundle member ${members}`));
        const b = bundle;
        if (b.id !== id)
            out.push(problem('bundle-id', `report names bundle ${JSON.stringify(b.id)}, the manifest digests to ${id}`));
        if (b.manifest !== undefined && b.manifest !== _manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST */ .e0)
            out.push(problem('changed', `bundle.manifest is ${JSON.stringify(b.manifest)}`));
        if (b.files !== undefined && b.files !== files)
            out.push(problem('changed', `bundle.files is ${JSON.stringify(b.files)}, the manifest lists ${files}`));
    }
    const unsealed = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .reportDigestBytes */ .Uc)(report);
    const digest = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256 */ .sc)(unsealed);
    if (digest !== entry.sha256 || Buffer.byteLength(unsealed) !== entry.size)
        out.push(problem('changed', `sha256 ${short(digest)} ≠ manifest ${short(entry.sha256)}`));
    return out;
}
/** How report.md's last line names a bundle (see `bundleTrailer`). */
const BUNDLE_LINE = /\n<sub>evidence bundle `(sha256:[0-9a-f]{64})`/g;
/**
 * report.md ends with the line naming its bundle, added after the manifest was made: the rest of
 * the file must match the digest, and the line must be exactly the one for this bundle.
 */
async function checkMarkdown(dir, entry, id) {
    const problem = (kind, detail) => ({
        path: _manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .REPORT_MD */ .Rg,
        kind,
        detail,
    });
    const trailer = Buffer.from((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .bundleTrailer */ .qG)(id));
    let bytes;
    try {
        bytes = await (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readRegular */ .VX)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, _manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .REPORT_MD */ .Rg), entry.size + trailer.length);
    }
    catch (err) {
        const detail = err.message;
        if (!(err instanceof _files_js__WEBPACK_IMPORTED_MODULE_3__/* .NotReadable */ .SX))
            return [problem('unreadable', detail)];
        return [problem(err.tooLarge ? 'changed' : 'not-file', detail)];
    }
    const body = bytes.subarray(0, Math.max(0, bytes.length - trailer.length));
    if (bytes.length < trailer.length || !bytes.subarray(body.length).equals(trailer)) {
        // Naming another bundle is a copy from elsewhere; naming none, an edit.
        const named = [...bytes.toString('utf8').matchAll(BUNDLE_LINE)].at(-1)?.[1];
        return named && named !== id
            ? [problem('bundle-id', `report names bundle ${JSON.stringify(named)}, the manifest digests to ${id}`)]
            : [problem('changed', `its last line is not the one naming bundle ${id}`)];
    }
    if (body.length !== entry.size)
        return [
            problem('changed', `${body.length} bytes before its bundle line, the manifest lists ${entry.size}`),
        ];
    const digest = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256 */ .sc)(body);
    if (digest !== entry.sha256)
        return [problem('changed', `sha256 ${short(digest)} ≠ manifest ${short(entry.sha256)}`)];
    return [];
}
function unusable(detail) {
    return { ok: false, files: 0, problems: [{ path: '.', kind: 'unreadable', detail }], unusable: detail };
}
/**
 * Recomputes every digest of a bundle directory against its manifest and report. Reads regular
 * files only, never follows a symbolic link, and reads no more than the manifest declares.
 */
async function verifyBundle(dir, expectedId) {
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(dir);
        if (!info.isDirectory())
            return unusable(`${dir} is a ${(0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .kindOf */ .I)(info)}, not a directory`);
    }
    catch (err) {
        const code = err.code;
        return unusable(code === 'ENOENT' ? `${dir} does not exist` : `cannot read ${dir}: ${err.message}`);
    }
    const listing = await (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .listTree */ .nT)(dir);
    const top = listing.unreadable.find((u) => u.path === '.');
    if (top)
        return unusable(`cannot read ${dir}: ${top.detail}`);
    const problems = listing.unreadable.map((u) => ({
        path: u.path,
        kind: 'unreadable',
        detail: u.detail,
    }));
    if (listing.truncated)
        problems.push({ path: '.', kind: 'unreadable', detail: `not listed whole: ${listing.truncated}` });
    const fail = (p, id) => ({
        ok: false,
        ...(id ? { bundleId: id } : {}),
        files: 0,
        problems: [...problems, p],
    });
    const kind = listing.entries.get(_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST */ .e0);
    if (kind === undefined)
        return fail({ path: _manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST */ .e0, kind: 'removed', detail: 'missing: not an evidence bundle' });
    let manifestBytes;
    try {
        manifestBytes = await (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readRegular */ .VX)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, _manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST */ .e0), MAX_MANIFEST_BYTES);
    }
    catch (err) {
        return fail({
            path: _manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST */ .e0,
            kind: err instanceof _files_js__WEBPACK_IMPORTED_MODULE_3__/* .NotReadable */ .SX ? 'not-file' : 'unreadable',
            detail: err.message,
        });
    }
    const id = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .bundleId */ .WW)(manifestBytes);
    const parsed = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .parseManifest */ .Ng)(manifestBytes);
    for (const detail of parsed.problems)
        problems.push({ path: _manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST */ .e0, kind: 'malformed', detail });
    if (!parsed.manifest)
        return { ok: false, bundleId: id, files: 0, problems };
    const entries = parsed.manifest.files;
    const listed = new Set(entries.map((e) => e.path));
    if (!listed.has(_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .REPORT_JSON */ .oA))
        problems.push({ path: _manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST */ .e0, kind: 'malformed', detail: `lists no ${_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .REPORT_JSON */ .oA}` });
    for (const entry of entries) {
        const found = listing.entries.get(entry.path);
        if (found === undefined)
            problems.push({ path: entry.path, kind: 'removed', detail: 'listed in the manifest but missing' });
        else if (found !== 'file')
            problems.push({ path: entry.path, kind: 'not-file', detail: `is a ${found}, not a regular file` });
        else if (entry.path === _manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .REPORT_JSON */ .oA)
            problems.push(...(await checkReport(dir, entry, id, entries.length)));
        else if (entry.digestOf === 'markdown-without-bundle')
            problems.push(...(await checkMarkdown(dir, entry, id)));
        else
            problems.push(...(await checkFile(dir, entry)));
    }
    for (const [p, k] of listing.entries) {
        if (k === 'directory' || p === _manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST */ .e0 || listed.has(p))
            continue;
        problems.push({
            path: p,
            kind: 'added',
            detail: `not in the manifest${k === 'file' ? '' : ` (a ${k})`}`,
        });
    }
    if (expectedId && expectedId !== id)
        problems.push({ path: _manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST */ .e0, kind: 'bundle-id', detail: `bundle is ${id}, expected ${expectedId}` });
    return { ok: problems.length === 0, bundleId: id, files: entries.length, problems };
}


/***/ }),

/***/ 49721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ artifactName),
/* harmony export */   Nf: () => (/* binding */ artifactUnavailable),
/* harmony export */   Wk: () => (/* binding */ artifactUrl),
/* harmony export */   YM: () => (/* binding */ findEvidenceArtifacts),
/* harmony export */   Zn: () => (/* binding */ uploadFiles),
/* harmony export */   bk: () => (/* binding */ downloadArtifact),
/* harmony export */   sd: () => (/* binding */ uploadBundle)
/* harmony export */ });
/* unused harmony export parseArtifactName */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _bundle_seal_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3167);
/* harmony import */ var _bundle_verify_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10907);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4473);





/**
 * The evidence bundle as a workflow artifact. @actions/artifact and the Azure SDK it brings are
 * loaded only when an artifact is uploaded or downloaded: most of the bundle's start-up cost.
 */
/** Characters @actions/artifact refuses in a name. */
const BAD_NAME_CHARS = /["':<>|*?\\/\r\n]/g;
const NAME_PATTERN = /^promotion-gate-(.+)-attempt-(\d+)$/;
/** Unique per profile and run attempt (artifact names must be unique within a workflow run). */
function artifactName(profile, attempt) {
    return `promotion-gate-${profile.replace(BAD_NAME_CHARS, '_')}-attempt-${attempt}`;
}
function parseArtifactName(name) {
    const m = NAME_PATTERN.exec(name);
    return m ? { profile: m[1], attempt: Number(m[2]) } : undefined;
}
function artifactUrl(serverUrl, owner, repo, runId, id) {
    return `${serverUrl}/${owner}/${repo}/actions/runs/${runId}/artifacts/${id}`;
}
/** Why an artifact cannot be uploaded from here, or undefined when it can. */
function artifactUnavailable(env) {
    const runner = (0,_core_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .readRunner */ .f)(env);
    if (!runner.artifactRuntime)
        return 'not on a GitHub Actions runner (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set)';
    const host = new URL(runner.serverUrl).hostname.toLowerCase();
    if (host !== 'github.com' && !host.endsWith('.ghe.com'))
        return `artifacts of this kind are not supported on GitHub Enterprise Server (${host})`;
    return undefined;
}
/**
 * Uploads exactly the bundle: it is verified first, so what is uploaded is what the manifest
 * lists (and nothing else) — a bundle that does not verify is not uploaded.
 */
async function uploadBundle(dir, name, retentionDays) {
    const check = await (0,_bundle_verify_js__WEBPACK_IMPORTED_MODULE_3__.verifyBundle)(dir);
    if (!check.ok) {
        const first = check.problems.slice(0, 3).map((p) => `${p.path} ${p.kind}`);
        throw new Error(`the evidence bundle in ${dir} does not verify (${first.join(', ')}); not uploaded`);
    }
    const files = (await (0,_bundle_seal_js__WEBPACK_IMPORTED_MODULE_2__.listFiles)(dir)).map((f) => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, f));
    return uploadFiles(name, files, dir, retentionDays);
}
/** Uploads files under `rootDir` as one artifact of this workflow run. */
async function uploadFiles(name, files, rootDir, retentionDays) {
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(3251), __webpack_require__.e(5555), __webpack_require__.e(5824), __webpack_require__.e(7479)]).then(__webpack_require__.bind(__webpack_require__, 17479));
    const r = await new DefaultArtifactClient().uploadArtifact(name, files, rootDir, {
        ...(retentionDays ? { retentionDays } : {}),
    });
    if (r.id === undefined)
        throw new Error(`artifact ${name}: the upload returned no id`);
    return { id: r.id, name, size: r.size, digest: r.digest };
}
/** The evidence artifacts of a run: per profile, the one of the latest attempt not after `attempt`. */
async function findEvidenceArtifacts(api, o) {
    const all = await api.paginate(api.rest.actions.listWorkflowRunArtifacts, {
        owner: o.owner,
        repo: o.repo,
        run_id: o.runId,
        per_page: 100,
        ...(o.name ? { name: o.name } : {}),
    });
    const live = all.filter((a) => !a.expired);
    if (o.name)
        return live.filter((a) => a.name === o.name);
    const best = new Map();
    for (const a of live) {
        const parsed = parseArtifactName(a.name);
        if (!parsed || (o.attempt && parsed.attempt > o.attempt))
            continue;
        const prev = best.get(parsed.profile);
        if (!prev || parsed.attempt > prev.attempt)
            best.set(parsed.profile, { a, attempt: parsed.attempt });
    }
    return [...best.values()].map(({ a }) => ({ id: a.id, name: a.name, digest: a.digest }));
}
/**
 * Downloads and unzips an artifact of another run (needs a token with `actions: read`). When
 * GitHub recorded the artifact's digest, the download must match it.
 */
async function downloadArtifact(o, dest) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dest, { recursive: true });
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(3251), __webpack_require__.e(5555), __webpack_require__.e(5824), __webpack_require__.e(7479)]).then(__webpack_require__.bind(__webpack_require__, 17479));
    const r = await new DefaultArtifactClient().downloadArtifact(o.artifact.id, {
        path: dest,
        findBy: { token: o.token, workflowRunId: o.runId, repositoryOwner: o.owner, repositoryName: o.repo },
        ...(o.artifact.digest ? { expectedHash: o.artifact.digest } : {}),
    });
    if (r.digestMismatch)
        throw new Error(`artifact ${o.artifact.name}: the download does not match its digest`);
    return r.downloadPath ?? dest;
}


/***/ }),

/***/ 77184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Publisher: () => (/* binding */ Publisher),
/* harmony export */   describeOutcome: () => (/* binding */ describeOutcome)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _bundle_manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9075);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _core_optionRef_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(44157);
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(34793);
/* harmony import */ var _checkRun_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16602);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(73116);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(19983);
/* harmony import */ var _stickyComment_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(87347);










/**
 * One line per sink, as the log shows it: `PR comment: skipped — not a pull request (…)`. The
 * reason is a code for programs; it is shown only where the detail does not already say it.
 */
function describeOutcome(o) {
    const said = o.detail.toLowerCase();
    const reason = o.state !== 'done' &&
        o.reason &&
        o.reason !== 'not-applicable' &&
        o.reason !== 'error' &&
        !said.includes(o.reason.replace('-', ' '))
        ? ` (${o.reason})`
        : '';
    return `${o.sink}: ${o.state}${reason} — ${o.detail}`;
}
class Publisher {
    deps;
    outcomes = [];
    checkRun;
    started;
    /** Set when GitHub stopped answering (or refused the token): later calls are not attempted. */
    stopped;
    constructor(deps) {
        this.deps = deps;
        const { api, target, settings } = deps;
        if (api && settings.checkRun && target.headSha) {
            this.checkRun = new _checkRun_js__WEBPACK_IMPORTED_MODULE_5__/* .CheckRun */ .E7(api, {
                owner: target.owner,
                repo: target.repo,
                headSha: target.headSha,
                name: settings.checkRunName,
                detailsUrl: target.runUrl,
            });
        }
    }
    /** Creates the check run `in_progress` in the background, while the gate runs. */
    begin(externalId) {
        if (!this.checkRun)
            return;
        const run = this.checkRun;
        this.started = run.create(externalId).then((ref) => {
            this.deps.log.info(`check run ${this.deps.settings.checkRunName} started: ${ref.url}`);
            return { ref };
        }, (err) => {
            const failure = (0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .classifyApiError */ .bl)(err);
            this.deps.log.debug(`check run not created at start: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .describeApiFailure */ .ge)(failure)}`);
            // No connection at all ends publishing for the run; a 5xx may pass by the end of the gate.
            if (failure.kind === 'unreachable')
                this.stopped ??= failure;
            return { failure };
        });
    }
    /** Uploads the artifact, completes the check run, posts the comment: each on its own. */
    async finish(report, outDir, o = {}) {
        const pub = { outcomes: this.outcomes, links: { runUrl: this.deps.target.runUrl } };
        if (o.existingArtifact) {
            pub.artifact = o.existingArtifact;
            pub.links.artifact = { ...o.existingArtifact, id: String(o.existingArtifact.id) };
        }
        if (o.uploadArtifact && !o.cancelled)
            await this.uploadArtifact(pub, o.uploadArtifact);
        await this.completeCheckRun(pub, report, outDir, o);
        if (o.cancelled)
            this.skip('PR comment', 'not-applicable', 'the gate was stopped');
        else
            await this.postComment(pub, report);
        return pub;
    }
    /** The gate could not decide (bad config, internal error): the started check run says so. */
    async fail(title, summary, annotations = []) {
        const pub = { outcomes: this.outcomes, links: { runUrl: this.deps.target.runUrl } };
        const ref = await this.startedRef();
        if (!ref || !this.checkRun)
            return pub;
        await this.guard('check run', async () => {
            await this.checkRun.complete(ref, {
                conclusion: 'failure',
                output: { title, summary: summary.slice(0, 65_535), text: '' },
                annotations: annotations.slice(0, 50),
            });
            pub.checkRun = ref;
            return `completed as failure: ${title}`;
        });
        return pub;
    }
    skip(sink, reason, detail) {
        this.outcomes.push({ sink, state: 'skipped', reason, detail });
    }
    /**
     * Runs one API sink: a refusal or an outage becomes its outcome, never an exception. The sink
     * returns what it did, or `{ skipped }` when it decided there was nothing to do.
     */
    async guard(sink, fn) {
        if (this.stopped) {
            this.skip(sink, 'unavailable', `not attempted: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .describeApiFailure */ .ge)(this.stopped)} earlier`);
            return;
        }
        try {
            const r = await fn();
            if (typeof r === 'string')
                this.outcomes.push({ sink, state: 'done', detail: r });
            else
                this.skip(sink, 'not-applicable', r.skipped);
        }
        catch (err) {
            const f = (0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .classifyApiError */ .bl)(err);
            if (f.kind === 'forbidden')
                this.skip(sink, 'read-only', (0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .describeApiFailure */ .ge)(f));
            else {
                if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .stopsFurtherCalls */ .Xn)(f))
                    this.stopped = f;
                this.outcomes.push({ sink, state: 'failed', reason: 'error', detail: (0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .describeApiFailure */ .ge)(f) });
            }
        }
    }
    async startedRef() {
        if (!this.started)
            return undefined;
        const s = await this.started;
        return s.ref;
    }
    async uploadArtifact(pub, upload) {
        try {
            const r = await upload();
            if (typeof r === 'string') {
                this.skip('artifact', r.startsWith('off') ? 'off' : 'not-applicable', r);
                return;
            }
            pub.artifact = r;
            pub.links.artifact = { name: r.name, id: String(r.id), url: r.url };
            this.outcomes.push({ sink: 'artifact', state: 'done', detail: `${r.name} (id ${r.id})` });
        }
        catch (err) {
            this.outcomes.push({ sink: 'artifact', state: 'failed', reason: 'error', detail: (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err) });
        }
    }
    async completeCheckRun(pub, report, outDir, o) {
        const { settings, target, api } = this.deps;
        if (!settings.checkRun)
            return this.skip('check run', 'off', `off (${(0,_core_optionRef_js__WEBPACK_IMPORTED_MODULE_9__/* .optionRef */ .$j)('check-run', 'false')})`);
        if (!api)
            return this.skip('check run', 'no-token', this.deps.noApi ?? 'no token');
        if (!target.headSha || !this.checkRun)
            return this.skip('check run', 'not-applicable', 'no commit SHA to put it on');
        const started = this.started ? await this.started : undefined;
        if (started?.failure?.kind === 'forbidden')
            return this.skip('check run', 'read-only', (0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .describeApiFailure */ .ge)(started.failure));
        pub.links.checkRun = { name: settings.checkRunName };
        await this.guard('check run', async () => {
            if (o.reuseCompleted && report.bundle) {
                const done = await this.checkRun.find((c) => c.external_id === report.bundle.id && c.status === 'completed');
                if (done) {
                    pub.checkRun = done;
                    pub.links.checkRun = { name: settings.checkRunName, url: done.url };
                    return `already published for bundle ${report.bundle.id}: ${done.url}`;
                }
            }
            // Created now if it could not be at the start (GitHub was down then, or the CLI publishes).
            const ref = started?.ref ?? (await this.checkRun.create(report.bundle?.id ?? `${Date.now()}`));
            pub.links.checkRun = { name: settings.checkRunName, url: ref.url };
            const plan = (0,_annotations_js__WEBPACK_IMPORTED_MODULE_4__/* .planAnnotations */ .mc)(report, settings.paths);
            const conclusion = o.cancelled ? 'cancelled' : settings.conclusions[report.action];
            // Its own output does not link to itself.
            const output = (0,_render_js__WEBPACK_IMPORTED_MODULE_7__/* .checkRunOutput */ .TN)(report, { ...pub.links, checkRun: undefined }, plan, await readManifest(outDir));
            const r = await this.checkRun.complete(ref, {
                conclusion,
                output,
                annotations: plan.annotations,
                externalId: report.bundle?.id,
            });
            pub.checkRun = ref;
            return `${conclusion}, ${r.annotated} annotation(s) in ${r.requests} update(s): ${ref.url}`;
        });
        if (!pub.checkRun)
            delete pub.links.checkRun?.url;
    }
    async postComment(pub, report) {
        const { settings, target, api } = this.deps;
        if (settings.comment === 'off')
            return this.skip('PR comment', 'off', `off (${(0,_core_optionRef_js__WEBPACK_IMPORTED_MODULE_9__/* .optionRef */ .$j)('comment', 'off')})`);
        if (!target.pullNumber)
            return this.skip('PR comment', 'not-applicable', `not a pull request (set ${(0,_core_optionRef_js__WEBPACK_IMPORTED_MODULE_9__/* .optionRef */ .$j)('pr-number')} to comment anyway)`);
        if (!api)
            return this.skip('PR comment', 'no-token', this.deps.noApi ?? 'no token');
        const mark = (0,_stickyComment_js__WEBPACK_IMPORTED_MODULE_8__/* .marker */ .xL)({ profile: report.profile, verdict: report.verdict, bundle: report.bundle?.id });
        await this.guard('PR comment', async () => {
            const r = await (0,_stickyComment_js__WEBPACK_IMPORTED_MODULE_8__/* .publishStickyComment */ .i2)(api, { owner: target.owner, repo: target.repo, issue: target.pullNumber, profile: report.profile }, (0,_render_js__WEBPACK_IMPORTED_MODULE_7__/* .commentBody */ .I2)(report, mark, pub.links), { verdict: report.verdict, bundle: report.bundle?.id }, {
                mode: settings.comment,
                when: settings.commentWhen,
                author: settings.commentAuthor,
            });
            if (r.id && r.url)
                pub.comment = { id: r.id, url: r.url };
            if (r.action === 'skipped')
                return { skipped: r.detail };
            return `${r.action} on #${target.pullNumber}: ${r.detail}${r.url ? ` — ${r.url}` : ''}`;
        });
        if (pub.comment)
            pub.links.comment = { url: pub.comment.url };
    }
}
async function readManifest(outDir) {
    try {
        return JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(outDir, _bundle_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .MANIFEST */ .e0), 'utf8')).files;
    }
    catch {
        return undefined;
    }
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
