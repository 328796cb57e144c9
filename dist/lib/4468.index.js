export const id = 4468;
export const ids = [4468];
export const modules = {

/***/ 54468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAggregate: () => (/* binding */ runAggregate)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/checks/evidence/evidenceFile.ts + 1 modules
var evidenceFile = __webpack_require__(54451);
// EXTERNAL MODULE: ./src/bundle/manifest.ts
var manifest = __webpack_require__(9075);
// EXTERNAL MODULE: ./src/bundle/seal.ts + 1 modules
var seal = __webpack_require__(3167);
// EXTERNAL MODULE: ./src/bundle/verify.ts
var verify = __webpack_require__(10907);
// EXTERNAL MODULE: ./src/core/conditions.ts
var conditions = __webpack_require__(18857);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/format.ts
var format = __webpack_require__(96228);
;// CONCATENATED MODULE: ./src/report/aggregateMarkdown.ts

const ICON = { passed: '✅', not_passed: '❌', missing: '⛔', stale: '⌛' };
const LEVEL = {
    ga_ready: '✅ GA ready',
    release_candidate: '🟡 Release candidate',
    blocked: '⛔ Blocked',
};
const cell = (s) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
/** The release review summary: the aggregate's report.md. */
function renderAggregate(r) {
    const req = r.domains.filter((d) => d.required);
    const passed = req.filter((d) => d.status === 'passed').length;
    const out = [
        `## ${LEVEL[r.level]}${r.release ? ` — ${cell(r.release)}` : ''} · score ${(0,format/* formatPercent */.l9)(r.score)}`,
        '',
        `**Level** \`${r.level}\` · **Required domains passed** ${passed}/${req.length} (release candidate at ≥ ${(0,format/* formatPercent */.l9)(r.releaseCandidateAt)})`,
    ];
    if (r.blockers.length > 0) {
        out.push('', '### Blockers', '');
        for (const b of r.blockers) {
            const [domain, kind] = [b.slice(0, b.lastIndexOf('.')), b.slice(b.lastIndexOf('.') + 1)];
            const d = r.domains.find((x) => x.name === domain);
            const fix = kind === 'missing'
                ? 'run or upload the missing evidence artifact'
                : kind === 'stale'
                    ? 'run the source workflow again: its evidence is older than the domain’s maxAge'
                    : 'open the source workflow’s artifact and fix that domain, not the aggregator';
            out.push(`- \`${cell(b)}\` — ${cell(d?.detail ?? '')}; ${fix}`);
        }
    }
    out.push('', '### Domains', '', '| | Domain | Required | Status | Evidence | SHA-256 | Detail |', '|---|---|---|---|---|---|---|');
    for (const d of r.domains)
        out.push(`| ${ICON[d.status]} | \`${cell(d.name)}\` | ${d.required ? 'yes' : 'no'} | ${d.status} | ${d.path ? `\`${cell(d.path)}\`` : '–'} | ${d.sha256 ? `\`${d.sha256.slice(0, 16)}…\`` : '–'} | ${cell(d.detail)} |`);
    out.push('', `<sub>promotion-gate ${r.tool.version} · aggregate · ${r.generatedAt}</sub>`, '');
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/checks/evidence/normalize.ts
/**
 * Normalize pass/fail: evidence from many tools says "passed" in many ways. A
 * status we do not recognise is not a pass (fail closed), and the detail says what was seen.
 */
const PASS = new Set([
    'pass',
    'passed',
    'ok',
    'success',
    'succeeded',
    'successful',
    'green',
    'go',
    'ga_ready',
    'promote',
    'true',
]);
const FAIL = new Set([
    'fail',
    'failed',
    'failure',
    'error',
    'errored',
    'red',
    'no_go',
    'no-go',
    'blocked',
    'hold',
    'cancelled',
    'canceled',
    'timed_out',
    'release_candidate',
    'false',
    'skipped',
]);
/** Fields that carry a verdict, most specific first (`verdict` is promotion-gate's own report). */
const STATUS_FIELDS = ['verdict', 'status', 'result', 'conclusion', 'outcome', 'state', 'level'];
const BOOLEAN_FIELDS = ['passed', 'pass', 'ok', 'success', 'succeeded'];
function fromObject(doc) {
    for (const f of STATUS_FIELDS) {
        const v = doc[f];
        if (typeof v !== 'string')
            continue;
        const k = v.trim().toLowerCase();
        if (PASS.has(k))
            return { passed: true, detail: `${f} = "${v}"` };
        if (FAIL.has(k))
            return { passed: false, detail: `${f} = "${v}"` };
        return { passed: false, detail: `${f} = "${v}" is not a known passing status` };
    }
    for (const f of BOOLEAN_FIELDS) {
        const v = doc[f];
        if (typeof v === 'boolean')
            return { passed: v, detail: `${f} = ${v}` };
    }
    return undefined;
}
function normalizeStatus(ev) {
    const doc = ev.doc;
    if (ev.format === 'junit') {
        const bad = Number(doc.failures) + Number(doc.errors);
        if (Number(doc.tests) === 0)
            return { passed: false, detail: 'JUnit report with no tests' };
        return {
            passed: bad === 0,
            detail: `JUnit: ${doc.tests} tests, ${doc.failures} failed, ${doc.errors} errors`,
        };
    }
    if (ev.format === 'sarif')
        return {
            passed: doc.error === 0,
            detail: `SARIF: ${doc.error} error(s), ${doc.warning} warning(s), ${doc.note} note(s)`,
        };
    if (!doc || typeof doc !== 'object' || Array.isArray(doc))
        return { passed: false, detail: 'evidence is not an object with a status' };
    const top = fromObject(doc);
    if (top)
        return top;
    // Some tools nest it: {"summary": {"status": "pass"}}.
    for (const key of ['summary', 'result', 'gate', 'report']) {
        const inner = doc[key];
        if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
            const n = fromObject(inner);
            if (n)
                return { ...n, detail: `${key}.${n.detail}` };
        }
    }
    return {
        passed: false,
        detail: `no status found (looked for ${[...STATUS_FIELDS, ...BOOLEAN_FIELDS].join(', ')})`,
    };
}

// EXTERNAL MODULE: ./src/checks/paths.ts
var paths = __webpack_require__(47681);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(98571);
;// CONCATENATED MODULE: ./src/app/evidenceAge.ts

/**
 * Evidence that is too old proves nothing about now: "no passing rollback drill in the last 35
 * days" is a domain with `maxAge: 35d`. Its age is taken from the report's `finishedAt` (what a
 * promotion-gate report, deploy or drill says), else from the file's modification time.
 */
function withFreshness(judged, maxAge, now) {
    const limit = maxAge === undefined ? undefined : (0,duration/* parseDuration */.E9)(maxAge);
    if (limit === undefined || !judged.loaded)
        return judged;
    const doc = judged.loaded.doc;
    const stamped = doc &&
        typeof doc === 'object' &&
        typeof doc.finishedAt === 'string' &&
        !Number.isNaN(Date.parse(doc.finishedAt))
        ? { at: new Date(doc.finishedAt), from: 'finishedAt' }
        : { at: judged.loaded.mtime, from: 'file time' };
    const age = now.getTime() - stamped.at.getTime();
    if (age <= limit)
        return judged;
    return {
        ...judged,
        status: 'stale',
        detail: `${(0,duration/* formatDuration */.a3)(age)} old (${stamped.from} ${stamped.at.toISOString()}), older than maxAge ${maxAge}; it said: ${judged.detail}`,
    };
}

;// CONCATENATED MODULE: ./src/app/aggregate.ts












const EVIDENCE_EXT = /\.(json|ya?ml|xml|sarif)$/i;
const PREFERRED = ['report.json', 'evidence.json', 'result.json', 'results.json', 'summary.json'];
function domainOf(file) {
    return file.replace(/(\.sarif)?\.(json|ya?ml|xml|sarif)$/i, '');
}
/** A directory as actions/download-artifact leaves it: a file or a folder per artifact. */
async function scanDir(dir, ws, allowOutside) {
    const abs = (await confine(ws, allowOutside, '--dir', dir, (m) => new errors/* UsageError */.eb(m))).real;
    let entries;
    try {
        entries = await (0,promises_.readdir)(abs, { withFileTypes: true });
    }
    catch (err) {
        throw new errors/* UsageError */.eb(`--dir ${dir}: ${err.message}`);
    }
    const out = new Map();
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        const rel = external_node_path_default().join(dir, e.name);
        if (e.isFile() && EVIDENCE_EXT.test(e.name))
            out.set(domainOf(e.name), { path: rel, from: 'dir' });
        if (!e.isDirectory())
            continue;
        const files = (await (0,promises_.readdir)(external_node_path_default().join(abs, e.name))).filter((f) => EVIDENCE_EXT.test(f) && f !== manifest/* MANIFEST */.e0);
        const names = await (0,promises_.readdir)(external_node_path_default().join(abs, e.name));
        const bundleDir = names.includes(manifest/* MANIFEST */.e0) && names.includes(manifest/* REPORT_JSON */.oA) ? rel : undefined;
        const pick = PREFERRED.find((p) => files.includes(p)) ??
            files.find((f) => domainOf(f) === e.name) ??
            (files.length === 1 ? files[0] : undefined);
        out.set(e.name, pick
            ? {
                path: external_node_path_default().join(rel, pick),
                from: 'dir',
                ...(bundleDir ? { bundleDir, bundleReal: external_node_path_default().join(abs, e.name) } : {}),
            }
            : {
                from: 'dir',
                problem: files.length === 0
                    ? `${rel} holds no evidence file (json, yaml, xml, sarif)`
                    : `${rel} holds ${files.length} evidence files (${files.slice(0, 4).join(', ')}); name one with --artifact ${e.name}=<path>`,
            });
    }
    return out;
}
const OUTSIDE_HINT = 'pass --allow-outside-workspace to read it';
/**
 * Where `name` really is, kept inside the workspace like every path a check reads: the evidence
 * is copied into the bundle, a downloadable artifact, so `/etc/shadow` or a link to it must not be.
 */
async function confine(ws, allowOutside, what, name, error, 
/** How the outside message names the path, when not `<what> <name>`. */
label = `${what} ${name}`) {
    let found;
    try {
        found = await ws.resolve(what, name);
    }
    catch (err) {
        if (err instanceof paths/* WorkspacePathError */.Tf)
            throw error(err.message);
        throw err;
    }
    if (found.outside && !allowOutside)
        throw error(`${label} is outside the workspace (it resolves to ${found.real}); ${OUTSIDE_HINT}`);
    return found;
}
/**
 * Confines every evidence path before anything is written. A path the user named (`--artifact`,
 * the config) that leaves the workspace is their error, all of them said at once; a file found in
 * a `--dir` that leads out (a symbolic link in a downloaded artifact) makes its domain not pass.
 */
async function confineSources(sources, ws, opts) {
    const allow = opts.allowOutsideWorkspace === true;
    const usage = [];
    const config = [];
    for (const [name, src] of sources) {
        if (!src.path || src.problem)
            continue;
        const at = ['aggregate', 'domains', name, 'path'];
        const [what, label] = src.from === 'artifact'
            ? ['--artifact', `--artifact ${name}=${src.path}`]
            : ['evidence file', undefined];
        try {
            const found = await confine(ws, allow, what, src.path, (m) => new paths/* WorkspacePathError */.Tf(m), label);
            src.real = found.real;
            src.outside = found.outside;
        }
        catch (err) {
            if (!(err instanceof paths/* WorkspacePathError */.Tf))
                throw err;
            if (src.from === 'artifact')
                usage.push(err.message);
            else if (src.from === 'config') {
                const pos = opts.source?.locate(at);
                config.push({
                    ...(opts.source ? { file: opts.source.file, line: pos?.line, column: pos?.column } : {}),
                    path: at.join('.'),
                    message: err.message,
                });
            }
            else
                src.problem = err.message;
        }
    }
    if (config.length > 0)
        throw new errors/* ConfigError */.xL(config);
    if (usage.length > 0)
        throw new errors/* UsageError */.eb(usage.join('\n'));
}
async function judge(name, src) {
    const none = { path: src?.path ?? null, sha256: null, size: null, format: null };
    if (!src)
        return { name, ...none, status: 'missing', detail: 'no evidence given for this domain' };
    if (src.problem || !src.path || !src.real)
        return { name, ...none, status: 'not_passed', detail: src.problem ?? 'no evidence file' };
    let ev;
    try {
        ev = await (0,evidenceFile/* loadEvidence */.Qn)(src.real, src.path, src.format ?? 'auto');
    }
    catch (err) {
        if (!(err instanceof evidenceFile/* EvidenceError */.oe))
            throw err;
        return { name, ...none, status: err.missing ? 'missing' : 'not_passed', detail: err.message };
    }
    const found = { name, path: src.path, sha256: ev.sha256, size: ev.size, format: ev.format, loaded: ev };
    if (src.bundleDir && src.bundleReal) {
        const v = await (0,verify.verifyBundle)(src.bundleReal);
        if (!v.ok) {
            const p = v.problems[0];
            return {
                ...found,
                status: 'not_passed',
                detail: `bundle ${src.bundleDir} is not intact: ${p.kind} ${p.path} (${p.detail})`,
            };
        }
    }
    if (src.assert && src.assert.length > 0) {
        const results = src.assert.map((c) => (0,conditions/* evaluateCondition */.F9)((0,conditions/* parseCondition */.zB)(c), ev.doc));
        const bad = results.filter((r) => !r.ok);
        return {
            ...found,
            status: bad.length ? 'not_passed' : 'passed',
            detail: bad.length
                ? bad.map((r) => `${r.observed}, expected ${r.condition}`).join('; ')
                : `${results.length} condition(s) hold`,
        };
    }
    const n = normalizeStatus(ev);
    return { ...found, status: n.passed ? 'passed' : 'not_passed', detail: n.detail };
}
async function runAggregate(opts) {
    const ws = new paths/* Workspace */.aR(opts.cwd, true);
    const sources = new Map();
    const configured = opts.settings?.domains ?? {};
    for (const [name, d] of Object.entries(configured))
        sources.set(name, {
            ...(d.path ? { path: d.path } : {}),
            from: 'config',
            format: d.format,
            assert: d.assert,
        });
    // A domain named like a built-in member (`constructor`) is no configured domain.
    const fromConfig = (name) => (Object.hasOwn(configured, name) ? configured[name] : undefined);
    for (const dir of opts.dirs)
        for (const [name, s] of await scanDir(dir, ws, opts.allowOutsideWorkspace === true))
            sources.set(name, { ...s, format: fromConfig(name)?.format, assert: fromConfig(name)?.assert });
    for (const a of opts.artifacts)
        sources.set(a.domain, {
            path: a.path,
            from: 'artifact',
            format: fromConfig(a.domain)?.format,
            assert: fromConfig(a.domain)?.assert,
        });
    await confineSources(sources, ws, opts);
    const given = [...sources.keys()].filter((k) => sources.get(k).path || sources.get(k).problem);
    const required = opts.required ?? opts.settings?.required ?? given;
    if (required.length === 0)
        throw new errors/* UsageError */.eb('no domains to aggregate: give --artifact DOMAIN=PATH, --dir DIR, or --required');
    const names = [...new Set([...required, ...given])];
    const releaseCandidateAt = opts.settings?.releaseCandidateAt ?? 80;
    await (0,seal.prepareOutputDir)(opts.outDir);
    const domains = [];
    for (const name of names) {
        const source = sources.get(name);
        const judged = await judge(name, source);
        const { loaded, ...r } = withFreshness(judged, fromConfig(name)?.maxAge, opts.now);
        let evidence = null;
        if (loaded) {
            // The bundle keeps each artifact byte for byte (the bytes judged, not the path read again),
            // so its manifest digest equals sha256 above.
            evidence = `evidence/${name}/${external_node_path_default().basename(loaded.path)}`;
            await (0,promises_.mkdir)(external_node_path_default().join(opts.outDir, 'evidence', name), { recursive: true });
            await (0,promises_.writeFile)(external_node_path_default().join(opts.outDir, evidence), loaded.bytes);
        }
        // Evidence read from outside the workspace (allowed) says where it was read.
        if (loaded && source?.outside)
            r.detail = `${r.detail} (read from ${source.real}, outside the workspace)`;
        domains.push({ ...r, required: required.includes(name), evidence });
    }
    const blockers = [];
    for (const name of required) {
        const d = domains.find((x) => x.name === name);
        if (d.status !== 'passed')
            blockers.push(`${name}.${d.status}`);
    }
    const passed = required.filter((n) => domains.find((d) => d.name === n).status === 'passed').length;
    const score = Math.round((passed / required.length) * 1000) / 10;
    const level = blockers.length === 0 ? 'ga_ready' : score >= releaseCandidateAt ? 'release_candidate' : 'blocked';
    const report = {
        schemaVersion: 1,
        kind: 'aggregate',
        tool: { name: 'promotion-gate', version: opts.version },
        ...(opts.release ? { release: opts.release } : {}),
        level,
        score,
        blockers,
        required,
        releaseCandidateAt,
        domains,
        generatedAt: opts.now.toISOString(),
    };
    const markdown = renderAggregate(report);
    // sealBundle serialises the report and digests the directory; it reads no gate-only fields.
    const sealed = await (0,seal.sealBundle)(opts.outDir, report, markdown);
    return { report: sealed.report, markdown };
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


/***/ })

};
