export const id = 7184;
export const ids = [7184,9983,2364];
export const modules = {

/***/ 9075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MZ: () => (/* binding */ serializeManifest),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   Rg: () => (/* binding */ REPORT_MD),
/* harmony export */   Uc: () => (/* binding */ reportDigestBytes),
/* harmony export */   WW: () => (/* binding */ bundleId),
/* harmony export */   e0: () => (/* binding */ MANIFEST),
/* harmony export */   lS: () => (/* binding */ BUNDLE_MEMBERS),
/* harmony export */   oA: () => (/* binding */ REPORT_JSON),
/* harmony export */   sc: () => (/* binding */ sha256),
/* harmony export */   xH: () => (/* binding */ serializeReport)
/* harmony export */ });
/* unused harmony export isBundlePath */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

const MANIFEST = 'manifest.json';
const REPORT_JSON = 'report.json';
const REPORT_MD = 'report.md';
function sha256(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
function serializeReport(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}
/**
 * report.json names the bundle it belongs to, so its manifest entry digests the report without
 * its `bundle` member: the same bytes `serializeReport` wrote before sealing.
 */
function reportDigestBytes(report) {
    const { bundle: _bundle, ...rest } = report;
    return serializeReport(rest);
}
function serializeManifest(manifest) {
    const files = [...manifest.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return `${JSON.stringify({ files }, null, 2)}\n`;
}
function bundleId(manifestBytes) {
    return `sha256:${sha256(manifestBytes)}`;
}
/** The members sealBundle writes into report.json's `bundle`, and nothing else. */
const BUNDLE_MEMBERS = ['id', 'manifest', 'files'];
const ENTRY_MEMBERS = new Set(['path', 'sha256', 'size', 'digestOf']);
const SHA256 = /^[0-9a-f]{64}$/;
/** A path a manifest may list: relative, `/`-separated, with no `.`, `..` or empty segment. */
function isBundlePath(p) {
    return (p !== '' &&
        !p.includes('\\') &&
        !p.includes('\0') &&
        p.split('/').every((s) => s !== '' && s !== '.' && s !== '..'));
}
/** What is wrong with one manifest entry, or undefined when it is one sealBundle could write. */
function entryProblem(e) {
    if (typeof e !== 'object' || e === null || Array.isArray(e))
        return `is ${JSON.stringify(e)}, not an entry`;
    const extra = Object.keys(e).filter((k) => !ENTRY_MEMBERS.has(k));
    if (extra.length > 0)
        return `has unknown member(s) ${extra.map((k) => JSON.stringify(k)).join(', ')}`;
    const { path: p, sha256: digest, size, digestOf } = e;
    if (typeof p !== 'string' || !isBundlePath(p))
        return `path ${JSON.stringify(p)} is not a path inside the bundle`;
    if (p === MANIFEST)
        return 'lists the manifest itself';
    if (typeof digest !== 'string' || !SHA256.test(digest))
        return `${p}: sha256 is not 64 hex digits`;
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0)
        return `${p}: size is not a byte count`;
    const sealed = (digestOf === 'report-without-bundle' && p === REPORT_JSON) ||
        (digestOf === 'markdown-without-bundle' && p === REPORT_MD);
    if (digestOf !== undefined && !sealed)
        return `${p}: digestOf ${JSON.stringify(digestOf)} is not one the seal writes`;
    return undefined;
}
/**
 * Parses manifest.json strictly: its bytes must be exactly what `serializeManifest` writes for
 * its content, every entry well-formed, no path twice. Returns the problems found (none: valid).
 */
function parseManifest(bytes) {
    let doc;
    try {
        doc = JSON.parse(bytes.toString('utf8'));
    }
    catch (err) {
        return { problems: [`not JSON: ${err.message}`] };
    }
    const files = doc?.files;
    if (typeof doc !== 'object' || doc === null || !Array.isArray(files))
        return { problems: ['not a manifest: no "files" list'] };
    const problems = [];
    const seen = new Set();
    files.forEach((e, i) => {
        const problem = entryProblem(e);
        if (problem)
            problems.push(`entry ${i + 1} ${problem}`);
        else if (seen.has(e.path))
            problems.push(`lists ${e.path} twice`);
        else
            seen.add(e.path);
    });
    if (problems.length > 0)
        return { problems };
    const manifest = doc;
    if (!Buffer.from(serializeManifest(manifest)).equals(bytes))
        problems.push('its bytes are not what the seal writes for its content (edited by hand?)');
    return { manifest, problems };
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


/***/ })

};
