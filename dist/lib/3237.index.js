export const id = 3237;
export const ids = [3237,9983,2364];
export const modules = {

/***/ 23237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishExitCode: () => (/* binding */ publishExitCode),
  runPublish: () => (/* binding */ runPublish)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/optionRef.ts
var optionRef = __webpack_require__(44157);
// EXTERNAL MODULE: ./src/github/artifact.ts
var artifact = __webpack_require__(49721);
// EXTERNAL MODULE: ./src/github/publish.ts
var publish = __webpack_require__(77184);
// EXTERNAL MODULE: ./src/bundle/manifest.ts
var manifest = __webpack_require__(9075);
// EXTERNAL MODULE: ./src/bundle/verify.ts
var verify = __webpack_require__(10907);
;// CONCATENATED MODULE: ./src/github/publishBundle.ts




/**
 * Publishes the bundle of a gate that ran elsewhere — typically a fork's pull request, whose
 * read-only token could not: a `workflow_run` workflow downloads its evidence artifact and
 * publishes it with a token that can write. The bundle is verified first; the commit and pull
 * request come from the caller (the workflow_run event), never from the report, which the fork
 * controls.
 */
class BundleError extends Error {
    constructor(message) {
        super(message);
        this.name = 'BundleError';
    }
}
async function readVerifiedReport(dir) {
    const check = await (0,verify.verifyBundle)(dir);
    if (!check.ok) {
        const list = check.problems.slice(0, 5).map((p) => `  ${p.kind} ${p.path}: ${p.detail}`);
        throw new BundleError(`${dir}: the evidence bundle does not verify (${check.problems.length} problem(s)); not published\n${list.join('\n')}`);
    }
    const report = JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(dir, manifest/* REPORT_JSON */.oA), 'utf8'));
    if (report.schemaVersion !== 1 || typeof report.profile !== 'string' || !report.bundle)
        throw new BundleError(`${dir}: ${manifest/* REPORT_JSON */.oA} is not a promotion-gate report (schemaVersion 1)`);
    return report;
}

;// CONCATENATED MODULE: ./src/github/pulls.ts
/**
 * The open pull request a workflow run belongs to. GitHub lists it on the run — except for
 * pull requests from forks, where `pull_requests` is empty: those are found by the head
 * repository's owner and branch, and must have the run's head SHA.
 */
async function pullForRun(api, owner, repo, run) {
    if (run.pullNumbers.length > 0)
        return run.pullNumbers[0];
    const headOwner = run.headRepository?.split('/')[0];
    if (!headOwner || !run.headBranch)
        return undefined;
    const pulls = await api.paginate(api.rest.pulls.list, {
        owner,
        repo,
        state: 'open',
        head: `${headOwner}:${run.headBranch}`,
        per_page: 100,
    });
    return pulls.find((p) => p.head.sha === run.headSha)?.number;
}

;// CONCATENATED MODULE: ./src/app/publish.ts









async function runPublish(o) {
    const wr = o.ctx?.workflowRun;
    const runId = o.runId ?? (o.dirs.length === 0 ? wr?.id : undefined);
    const sources = [];
    if (o.dirs.length > 0) {
        for (const d of o.dirs)
            sources.push({ source: d, dir: Promise.resolve(d) });
    }
    else {
        if (!runId)
            throw new errors/* UsageError */.eb(`publish: give report directories, or ${(0,optionRef/* optionRef */.$j)('run-id')} (or run it on a workflow_run event)`);
        const found = await (0,artifact/* findEvidenceArtifacts */.YM)(o.api, {
            owner: o.owner,
            repo: o.repo,
            runId,
            attempt: wr?.id === runId ? wr.attempt : undefined,
            name: o.artifactName,
        });
        if (found.length === 0) {
            const what = o.artifactName ? `artifact ${o.artifactName}` : 'promotion-gate evidence artifacts';
            return [{ source: `run ${runId}`, error: `no ${what} in run ${runId} of ${o.owner}/${o.repo}` }];
        }
        const root = await (0,promises_.mkdtemp)(external_node_path_default().join(o.tempRoot ?? external_node_os_default().tmpdir(), 'promotion-gate-publish-'));
        for (const a of found) {
            const url = (0,artifact/* artifactUrl */.Wk)(o.ctx?.serverUrl ?? 'https://github.com', o.owner, o.repo, runId, a.id);
            sources.push({
                source: `artifact ${a.name} of run ${runId}`,
                artifact: { id: a.id, name: a.name, url },
                dir: (0,artifact/* downloadArtifact */.bk)({ owner: o.owner, repo: o.repo, runId, artifact: a, token: o.token }, external_node_path_default().join(root, String(a.id))),
            });
        }
    }
    // The pull request of a workflow_run is GitHub's (or found by the fork's branch), never the report's.
    const fromRun = wr && (runId === undefined || runId === wr.id);
    const pullNumber = o.pullNumber ?? (fromRun ? await pullForRun(o.api, o.owner, o.repo, wr) : o.ctx?.pullNumber);
    const out = [];
    for (const s of sources) {
        try {
            const dir = await s.dir;
            const report = await readVerifiedReport(dir);
            const target = {
                owner: o.owner,
                repo: o.repo,
                headSha: o.sha ?? (fromRun ? wr.headSha : (o.ctx?.headSha ?? report.git.sha)),
                pullNumber,
                runUrl: fromRun ? wr.htmlUrl : report.run?.url,
                serverUrl: o.ctx?.serverUrl ?? 'https://github.com',
            };
            const publisher = new publish.Publisher({ api: o.api, target, settings: o.settings(report), log: o.log });
            const publication = await publisher.finish(report, dir, {
                reuseCompleted: true,
                existingArtifact: s.artifact,
            });
            out.push({ source: s.source, report, publication });
        }
        catch (err) {
            if (err instanceof errors/* UsageError */.eb)
                throw err;
            out.push({
                source: s.source,
                error: err instanceof BundleError ? err.message : `${s.source}: ${(0,errors/* errorMessage */.gJ)(err)}`,
            });
        }
    }
    return out;
}
/** 0 when everything asked was published (or had nothing to do), 1 otherwise. */
function publishExitCode(results) {
    const bad = results.some((r) => r.error ||
        r.publication?.outcomes.some((x) => x.state === 'failed' ||
            (x.state === 'skipped' && ['read-only', 'no-token', 'unavailable'].includes(x.reason ?? ''))));
    return bad ? 1 : 0;
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


/***/ })

};
