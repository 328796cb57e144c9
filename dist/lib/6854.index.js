export const id = 6854;
export const ids = [6854];
export const modules = {

/***/ 54468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ runAggregate)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/checks/evidence/evidenceFile.ts
var evidenceFile = __webpack_require__(95524);
// EXTERNAL MODULE: ./src/bundle/manifest.ts
var manifest = __webpack_require__(9075);
// EXTERNAL MODULE: ./src/bundle/seal.ts + 1 modules
var seal = __webpack_require__(3167);
// EXTERNAL MODULE: ./src/bundle/verify.ts
var verify = __webpack_require__(10907);
// EXTERNAL MODULE: ./src/config/load.ts + 4 modules
var load = __webpack_require__(52008);
// EXTERNAL MODULE: ./src/core/conditions.ts
var conditions = __webpack_require__(18857);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/format.ts
var format = __webpack_require__(96228);
;// CONCATENATED MODULE: ./src/report/aggregateMarkdown.ts

const ICON = { passed: '\u2705', not_passed: '\u274c', missing: '\u26d4', stale: '\u231b' };
const LEVEL = {
    ga_ready: '\u2705 GA ready',
    release_candidate: '\ud83d\udfe1 Release candidate',
    blocked: '\u26d4 Blocked',
};
const cell = (s) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
/** The release review summary: the aggregate's report.md. */
function renderAggregate(r) {
    const req = r.domains.filter((d) => d.required);
    const passed = req.filter((d) => d.status === 'passed').length;
    const out = [
        `## ${LEVEL[r.level]}${r.release ? ` \u2014 ${cell(r.release)}` : ''} \u00b7 score ${(0,format/* formatPercent */.l9)(r.score)}`,
        '',
        `**Level** \`${r.level}\` \u00b7 **Required domains passed** ${passed}/${req.length} (release candidate at \u2265 ${(0,format/* formatPercent */.l9)(r.releaseCandidateAt)})`,
    ];
    if (r.blockers.length > 0) {
        out.push('', '### Blockers', '');
        for (const b of r.blockers) {
            const [domain, kind] = [b.slice(0, b.lastIndexOf('.')), b.slice(b.lastIndexOf('.') + 1)];
            const d = r.domains.find((x) => x.name === domain);
            const fix = kind === 'missing'
                ? 'run or upload the missing evidence artifact'
                : kind === 'stale'
                    ? 'run the source workflow again: its evidence is older than the domain\u2019s maxAge'
                    : 'open the source workflow\u2019s artifact and fix that domain, not the aggregator';
            out.push(`- \`${cell(b)}\` \u2014 ${cell(d?.detail ?? '')}; ${fix}`);
        }
    }
    out.push('', '### Domains', '', '| | Domain | Required | Status | Evidence | SHA-256 | Detail |', '|---|---|---|---|---|---|---|');
    for (const d of r.domains)
        out.push(`| ${ICON[d.status]} | \`${cell(d.name)}\` | ${d.required ? 'yes' : 'no'} | ${d.status} | ${d.path ? `\`${cell(d.path)}\`` : '\u2013'} | ${d.sha256 ? `\`${d.sha256.slice(0, 16)}\u2026\`` : '\u2013'} | ${cell(d.detail)} |`);
    out.push('', `<sub>promotion-gate ${r.tool.version} \u00b7 aggregate \u00b7 ${r.generatedAt}</sub>`, '');
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

// EXTERNAL MODULE: ./src/checks/secrets/shapes.ts
var shapes = __webpack_require__(46445);
// EXTERNAL MODULE: ./src/core/redact.ts + 3 modules
var redact = __webpack_require__(8670);
// EXTERNAL MODULE: ./src/core/sensitive.ts
var sensitive = __webpack_require__(5371);
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
                await (0,load.loadFullReading)(); // where the path is in the config
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
        ev = await (0,evidenceFile.loadEvidence)(src.real, src.path, src.format ?? 'auto');
    }
    catch (err) {
        if (!(err instanceof evidenceFile.EvidenceError))
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
    await (0,seal/* prepareOutputDir */.g$)(opts.outDir);
    const domains = [];
    for (const name of names) {
        const source = sources.get(name);
        const judged = await judge(name, source);
        const { loaded, ...r } = withFreshness(judged, fromConfig(name)?.maxAge, opts.now);
        let evidence = null;
        if (loaded) {
            // The bundle keeps each artifact byte for byte (the bytes judged, not the path read again),
            // so its manifest digest equals sha256 above \u2014 unless a secret in it is masked when sealed.
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
    // Tokens of a known shape, and the environment's secrets, are masked in every file of the
    // bundle, and in the report and its markdown before either is shown (the job summary).
    const redactor = new redact/* Redactor */.pO({ shapes: [shapes/* knownTokenSpans */.k] });
    for (const s of (0,sensitive/* sensitiveEnvValues */.GK)(opts.env))
        redactor.add(s);
    const shown = redactor.redactDeep(report);
    const markdown = renderAggregate(shown);
    // sealBundle serialises the report and digests the directory; it reads no gate-only fields.
    const sealed = await (0,seal/* sealBundle */.u2)(opts.outDir, shown, markdown, redactor);
    return { report: sealed.report, markdown };
}


/***/ }),

/***/ 72904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iI: () => (/* binding */ renderDrift),
/* harmony export */   le: () => (/* binding */ runDrift),
/* harmony export */   pO: () => (/* binding */ benchmarkChecks)
/* harmony export */ });
/* unused harmony exports DRIFT_JSON, DRIFT_MD, driftWrites */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _bundle_outputDir_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37504);
/* harmony import */ var _checks_metrics_drift_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54816);
/* harmony import */ var _checks_metrics_criteria_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1402);
/* harmony import */ var _core_format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(96228);
/* harmony import */ var _core_redact_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8670);
/* harmony import */ var _engine_runChecks_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(65618);
/* harmony import */ var _history_series_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(29655);
/* harmony import */ var _history_summary_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1048);










function measured(run, id) {
    const c = run.checks.find((x) => x.id === id);
    return c !== undefined && c.status !== 'skipped' && c.status !== 'error';
}
const DRIFT_JSON = 'drift.json';
const DRIFT_MD = 'drift.md';
const numbers = (m) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, typeof v === 'number' && Number.isFinite(v) ? v : undefined]));
/** What drift writes: its two files and the measuring benchmarks' evidence. */
function driftWrites(entry, kind) {
    if (kind === 'file' && (entry === DRIFT_JSON || entry === DRIFT_MD))
        return true;
    const evidence = entry === 'evidence' || entry.startsWith('evidence/');
    return evidence && (kind === 'file' || kind === 'directory');
}
/**
 * The log line of a benchmark measured for this command says what it measured: the check's own
 * summary would say that drift is not checked (it is turned off while measuring), when drift is
 * exactly what this command judges next.
 */
function measuringLogger(logger) {
    return {
        ...logger,
        checkFinished(result, log) {
            if (result.status !== 'pass')
                return logger.checkFinished(result, log);
            const values = Object.entries(result.metrics).filter((e) => typeof e[1] === 'number');
            const shown = values
                .slice(0, 4)
                .map(([k, v]) => `${k} ${(0,_checks_metrics_criteria_js__WEBPACK_IMPORTED_MODULE_4__/* .fmt */ .Sc)(v)}`)
                .join(', ');
            const more = values.length > 4 ? ` and ${values.length - 4} more` : '';
            logger.checkFinished({ ...result, summary: `measured ${shown || 'no numbers'}${more}; judged against history below` }, log);
        },
    };
}
function benchmarkChecks(plan) {
    return plan.checks.filter((c) => c.type === 'benchmark' && c.enforcement !== 'off');
}
async function runDrift(opts) {
    // Before anything runs: a directory that cannot be written to is said at once.
    await (0,_bundle_outputDir_js__WEBPACK_IMPORTED_MODULE_2__/* .prepareOutputDir */ .g)(opts.outDir, { within: opts.within, owns: driftWrites });
    const checks = benchmarkChecks(opts.plan);
    const view = (0,_history_summary_js__WEBPACK_IMPORTED_MODULE_8__/* .historyView */ .Ic)(opts.store, opts.plan.profile);
    const read = await view.read();
    const runs = read.runs;
    const results = [];
    let current = new Map();
    if (opts.fromHistory) {
        for (const c of checks) {
            const idx = runs.findLastIndex((r) => measured(r, c.id));
            const run = runs[idx];
            current.set(c.id, run
                ? {
                    values: numbers(run.checks.find((x) => x.id === c.id).metrics),
                    from: `run ${run.runId}`,
                    before: runs.slice(0, idx),
                }
                : { values: {}, from: 'history', error: 'no recorded run measured this benchmark', before: [] });
        }
    }
    else {
        // Measure only: thresholds and the check's own drift are left to this command's report.
        const measuring = checks.map((c) => ({ ...c, spec: { ...c.spec, thresholds: undefined, drift: false } }));
        const redactor = new _core_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .Redactor */ .pO();
        for (const s of opts.plan.secrets)
            redactor.add(s);
        const res = await (0,_engine_runChecks_js__WEBPACK_IMPORTED_MODULE_7__/* .runChecks */ .JT)(measuring, {
            cwd: opts.cwd,
            outputDir: opts.outDir,
            profile: opts.plan.profile,
            env: opts.env,
            exec: opts.exec,
            http: opts.http,
            now: opts.now,
            redactor,
            logger: measuringLogger(opts.logger),
        }, { concurrency: opts.plan.concurrency, gateTimeoutMs: opts.plan.gateTimeoutMs, signal: opts.signal });
        current = new Map(res.map((r) => [
            r.id,
            {
                values: numbers(r.metrics),
                from: 'measured now',
                // Measuring alone can only fail for want of numbers: that is no measurement either.
                ...(r.status === 'error' || r.status === 'fail' ? { error: r.error ?? r.summary } : {}),
                before: runs,
            },
        ]));
    }
    for (const c of checks) {
        const cur = current.get(c.id);
        const blocking = c.enforcement === 'required' || c.enforcement === 'hard';
        const settings = (0,_checks_metrics_drift_js__WEBPACK_IMPORTED_MODULE_3__/* .driftSettings */ .LX)(c.spec.drift === false ? {} : (c.spec.drift ?? {}));
        const window = cur.before.filter((r) => measured(r, c.id)).slice(-settings.lookback);
        // A pinned reference run is compared with as well as the last runs, as the check does.
        const pinned = cur.error
            ? { points: [], notes: [] }
            : (0,_checks_metrics_drift_js__WEBPACK_IMPORTED_MODULE_3__/* .pinnedDrift */ .yD)(cur.values, read.pins ?? [], c.id, settings);
        const points = cur.error
            ? []
            : [
                ...(0,_checks_metrics_drift_js__WEBPACK_IMPORTED_MODULE_3__/* .evaluateDrift */ .$v)(cur.values, (m) => (0,_history_series_js__WEBPACK_IMPORTED_MODULE_9__/* .metricSeries */ .Q)(window, c.id, m).map((x) => x.value), settings),
                ...pinned.points,
            ];
        results.push({
            check: c.id,
            enforcement: c.enforcement,
            blocking,
            current: cur.from,
            ...(cur.error ? { error: cur.error } : {}),
            points,
            ...(pinned.notes.length ? { notes: pinned.notes } : {}),
            baselineRuns: window.map((r) => r.runId),
            baseline: settings.baseline,
            minHistory: settings.minHistory,
        });
    }
    const isAlert = (r) => r.error ? 1 : r.points.filter((p) => p.status === 'alert' || p.status === 'missing').length;
    const alerts = results.reduce((a, r) => a + isAlert(r), 0);
    const report = {
        schemaVersion: 1,
        kind: 'drift',
        profile: opts.plan.profile,
        store: opts.store.describe(),
        generatedAt: opts.now().toISOString(),
        alerts,
        blockingAlerts: results.filter((r) => r.blocking).reduce((a, r) => a + isAlert(r), 0),
        checks: results,
        problems: read.problems,
    };
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(opts.outDir, DRIFT_JSON), `${JSON.stringify(report, null, 2)}\n`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(opts.outDir, DRIFT_MD), renderDrift(report));
    return report;
}
function renderDrift(r) {
    const head = r.blockingAlerts > 0
        ? `## \u26d4 Drift \u2014 ${r.profile}: ${r.blockingAlerts} blocking alert(s)`
        : r.alerts > 0
            ? `## \u26a0\ufe0f Drift \u2014 ${r.profile}: ${r.alerts} alert(s), none blocking`
            : `## \u2705 Drift \u2014 ${r.profile}: no drift`;
    const out = [head, '', `_history: ${r.store} \u00b7 ${r.generatedAt}_`];
    if (r.checks.length === 0)
        out.push('', 'The profile runs no benchmark checks (or their mode is off here).');
    for (const c of r.checks) {
        out.push('', `### \`${c.check}\` (${c.enforcement}${c.blocking ? ', alerts block' : ', alerts do not block'})`, '');
        out.push(`Current values: ${c.current}; baseline: the ${c.baseline} of ${c.baselineRuns.length} earlier run(s) (at least ${c.minHistory} needed).`, '');
        if (c.error) {
            out.push(`- \u2757 could not be judged: ${c.error}`);
            continue;
        }
        if (c.points.length === 0) {
            out.push('- no drift rule matches these metrics');
            continue;
        }
        out.push('| Metric | Current | Baseline | Change | Allowed | Result |', '|---|---|---|---|---|---|');
        for (const p of c.points)
            out.push(`| ${p.metric} | ${p.current === undefined ? '\u2013' : (0,_checks_metrics_criteria_js__WEBPACK_IMPORTED_MODULE_4__/* .fmt */ .Sc)(p.current)} | ${p.baseline === undefined ? '\u2013' : `${(0,_checks_metrics_criteria_js__WEBPACK_IMPORTED_MODULE_4__/* .fmt */ .Sc)(p.baseline)}${p.pinnedRun ? ` (pinned run ${p.pinnedRun})` : ''}`} | ${p.change === undefined ? '\u2013' : (0,_core_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatNumber */ .ZV)(p.change, { sign: true })} | ${p.criterion} | ${p.status === 'ok' ? '\u2705 ok' : p.status === 'insufficient' ? `\u23f3 ${p.points} of ${c.minHistory} runs` : `\u274c ${p.status}`} |`);
        for (const n of c.notes ?? [])
            out.push('', `- ${n}`);
    }
    if (r.problems.length) {
        out.push('', '### History problems', '');
        for (const p of r.problems)
            out.push(`- ${p}`);
    }
    out.push('');
    return out.join('\n');
}


/***/ }),

/***/ 81563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ buildReview),
/* harmony export */   F: () => (/* binding */ reviewWindow)
/* harmony export */ });
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98571);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _checks_metrics_drift_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54816);



function reviewWindow(opts, now) {
    if (opts.lookback !== undefined && opts.month !== undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('give --lookback or --month, not both');
    if (opts.month !== undefined) {
        const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(opts.month.trim());
        if (!m)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--month: expected YYYY-MM, got "${opts.month}"`);
        const from = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
        const to = new Date(Date.UTC(Number(m[1]), Number(m[2]), 1));
        return { kind: 'period', from, to, label: opts.month.trim(), month: opts.month.trim() };
    }
    const text = (opts.lookback ?? '7d').trim();
    if (/^\d+$/.test(text)) {
        const count = Number(text);
        if (count < 1)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('--lookback: give at least 1 run');
        return { kind: 'runs', count, label: `last ${count} run${count === 1 ? '' : 's'}` };
    }
    const ms = (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(text);
    if (ms === undefined || ms === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--lookback: expected a number of runs (4) or a period (7d, 28d), got "${text}"`);
    return { kind: 'period', from: new Date(now.getTime() - ms), to: now, label: `last ${text}` };
}
const TRENDED_TYPES = new Set(['benchmark', 'trend']);
/** The drift judgements a review keeps; the others are judged and let go unformatted. */
const ALERTING = new Set(['alert', 'missing']);
const round = (n) => Math.round(n * 10_000) / 10_000;
/** A run's check of this id (the first, should a run list one twice), as every reader of history takes it. */
const checkOf = (run, id) => run.checks.find((c) => c.id === id);
/** A metric of a run's check as drift reads it: a finite number of its own, or nothing. */
const numberOf = (metrics, metric) => {
    const v = Object.hasOwn(metrics, metric) ? metrics[metric] : undefined;
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
};
const measured = (c) => c !== undefined && c.status !== 'skipped' && c.status !== 'error';
/**
 * Which runs the window holds, as a test of a run's finish time. The last `count` valid runs
 * reach back to the first of them; invalid runs inside the same span are shown as left out.
 */
function windowTest(runs, w) {
    if (w.kind === 'period') {
        const from = w.from.getTime();
        const to = w.to.getTime();
        return (t) => t >= from && t < to;
    }
    // The first of the last `count` valid runs, or the first valid run when there are fewer.
    let first;
    let left = w.count;
    for (let i = runs.length - 1; i >= 0 && left > 0; i--)
        if (!runs[i].invalid) {
            first = runs[i];
            left--;
        }
    if (first === undefined)
        return () => false;
    const from = Date.parse(first.finishedAt);
    return (t) => t >= from;
}
function trendOf(check, t) {
    const out = [];
    for (const metric of [...t.series.keys()].sort()) {
        const series = t.series.get(metric);
        // Summed in run order, as the mean always was; no spread into Math.min, which a long
        // series would overflow.
        let sum = 0;
        let min = Number.POSITIVE_INFINITY;
        let max = Number.NEGATIVE_INFINITY;
        for (const p of series) {
            sum += p.value;
            min = Math.min(min, p.value);
            max = Math.max(max, p.value);
        }
        const first = series[0].value;
        const last = series[series.length - 1].value;
        out.push({
            check,
            type: t.type,
            metric,
            series,
            first,
            last,
            change: round(last - first),
            mean: round(sum / series.length),
            min,
            max,
        });
    }
    return out;
}
/**
 * Each run of the window that measured `check`, judged as the gate judged it (or would have):
 * against the last `lookback` valid runs before it that measured the check, window or not. One
 * walk through history; only what alerts is put into words, and added to `alerts`.
 */
function driftOf(all, shown, check, rules, alerts) {
    // Metric names come from history: own keys only, whatever they are called.
    const ruled = Object.keys(rules.rules);
    const criteria = ruled.map((m) => rules.rules[m]);
    /**
     * Per ruled metric, its value in every valid run so far that measured the check, oldest first
     * (NaN where it had none): each run is judged from numbers, not by looking its runs up again.
     */
    const columns = ruled.map(() => []);
    let measuredSoFar = 0;
    /** Where the runs compared with start in the columns. */
    let from = 0;
    const history = (k, into) => {
        const column = columns[k];
        for (let j = from; j < measuredSoFar; j++)
            if (!Number.isNaN(column[j]))
                into.push(column[j]);
        return into;
    };
    const values = [];
    // The ruled metrics of the run judged, refilled for each run.
    const current = Object.create(null);
    for (let i = 0; i < all.length; i++) {
        const run = all[i];
        if (run.invalid)
            continue;
        const c = checkOf(run, check);
        if (!measured(c))
            continue;
        const judged = shown[i];
        if (judged)
            from = rules.lookback > 0 ? Math.max(0, measuredSoFar - rules.lookback) : 0;
        let alerting = false;
        for (let k = 0; k < ruled.length; k++) {
            const value = numberOf(c.metrics, ruled[k]);
            if (judged) {
                current[ruled[k]] = value;
                values.length = 0;
                const status = (0,_checks_metrics_drift_js__WEBPACK_IMPORTED_MODULE_2__/* .judgeDrift */ .Jh)(value, history(k, values), criteria[k], rules)?.status;
                if (status !== undefined && ALERTING.has(status))
                    alerting = true;
            }
            // Past `measuredSoFar`: the runs this one is compared with end before it.
            columns[k].push(value ?? Number.NaN);
        }
        // Put into words by the gate's own comparison of the same numbers, for the few that alert.
        if (alerting)
            for (const point of (0,_checks_metrics_drift_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluateDrift */ .$v)(current, (m) => history(ruled.indexOf(m), []), rules, undefined, ALERTING))
                alerts.push({ check, runId: run.runId, at: run.finishedAt, point });
        measuredSoFar++;
    }
}
function buildReview(input) {
    const all = input.runs;
    const inWindow = windowTest(all, input.window);
    // One walk through the runs for everything counted per run, one through the window for the
    // metric series, one per benchmark for drift: a review grows with its history as reading it does.
    /** Which runs the review shows: valid, in the window. */
    const shown = new Array(all.length).fill(false);
    const valid = [];
    const invalidRuns = [];
    const actions = { 'auto-promote': 0, 'promote-with-hotfix': 0, hold: 0 };
    let promoted = 0;
    let ratchetHolds = 0;
    const scoreSeries = [];
    const runList = [];
    const failing = new Map();
    const trends = new Map();
    for (let i = 0; i < all.length; i++) {
        const r = all[i];
        if (!inWindow(Date.parse(r.finishedAt)))
            continue;
        if (r.invalid) {
            invalidRuns.push({ runId: r.runId, at: r.finishedAt, reason: r.invalid.reason });
            continue;
        }
        shown[i] = true;
        valid.push(r);
        actions[r.action]++;
        if (r.verdict === 'promote')
            promoted++;
        if (r.ratchetTriggered)
            ratchetHolds++;
        scoreSeries.push({ runId: r.runId, at: r.finishedAt, value: r.score });
        const listed = {
            runId: r.runId,
            at: r.finishedAt,
            verdict: r.verdict,
            score: r.score,
            action: r.action,
        };
        if (r.sha)
            listed.sha = r.sha;
        if (r.url)
            listed.url = r.url;
        runList.push(listed);
        for (const c of r.checks) {
            if (TRENDED_TYPES.has(c.type)) {
                const known = trends.get(c.id);
                // A check keeps its place from its first trended run and the type of its last.
                if (known)
                    known.type = c.type;
                else
                    trends.set(c.id, { type: c.type, series: new Map(), seen: -1 });
            }
            if (c.status === 'skipped')
                continue;
            const f = failing.get(c.id) ?? { check: c.id, failures: 0, errors: 0, runs: 0, lastStatus: c.status };
            f.runs++;
            if (c.status === 'fail')
                f.failures++;
            if (c.status === 'error')
                f.errors++;
            f.lastStatus = c.status;
            failing.set(c.id, f);
        }
    }
    // Filled once every trended check is known: a check trended only in a later run has the
    // numbers of its earlier runs too.
    for (let i = 0; i < valid.length; i++) {
        const r = valid[i];
        for (const c of r.checks) {
            const t = trends.get(c.id);
            if (t === undefined || t.seen === i)
                continue;
            t.seen = i;
            for (const metric of Object.keys(c.metrics)) {
                const value = c.metrics[metric];
                if (typeof value !== 'number' || !Number.isFinite(value))
                    continue;
                const point = { runId: r.runId, at: r.finishedAt, value };
                const series = t.series.get(metric);
                if (series)
                    series.push(point);
                else
                    t.series.set(metric, [point]);
            }
        }
    }
    const metrics = [...trends].flatMap(([check, t]) => trendOf(check, t));
    const driftAlerts = [];
    for (const [check, { type }] of trends) {
        if (type !== 'benchmark')
            continue;
        const rules = input.drift.get(check) ?? (0,_checks_metrics_drift_js__WEBPACK_IMPORTED_MODULE_2__/* .driftSettings */ .LX)();
        if (rules !== false)
            driftOf(all, shown, check, rules, driftAlerts);
    }
    const topFailing = [...failing.values()]
        .filter((f) => f.failures + f.errors > 0)
        .sort((a, b) => b.failures + b.errors - (a.failures + a.errors) || a.check.localeCompare(b.check))
        .slice(0, 10);
    const w = input.window;
    return {
        schemaVersion: 1,
        kind: 'review',
        profile: input.profile,
        store: input.store,
        generatedAt: input.now.toISOString(),
        window: w.kind === 'runs'
            ? { kind: 'runs', label: w.label }
            : {
                kind: 'period',
                label: w.label,
                from: w.from.toISOString(),
                to: w.to.toISOString(),
                ...(w.month ? { month: w.month } : {}),
            },
        runs: {
            total: valid.length,
            invalid: invalidRuns.length,
            promoted,
            held: valid.length - promoted,
            passRate: valid.length ? Math.round((promoted / valid.length) * 1000) / 10 : null,
            actions,
            ratchetHolds,
        },
        score: {
            series: scoreSeries,
            mean: scoreSeries.length
                ? round(scoreSeries.reduce((a, p) => a + p.value, 0) / scoreSeries.length)
                : null,
        },
        metrics,
        driftAlerts,
        topFailing,
        runList,
        invalidRuns,
        problems: input.problems,
    };
}


/***/ }),

/***/ 61382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ti: () => (/* binding */ loadDriftRules),
  OC: () => (/* binding */ writeReview)
});

// UNUSED EXPORTS: reviewWrites

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/bundle/outputDir.ts
var outputDir = __webpack_require__(37504);
// EXTERNAL MODULE: ./src/bundle/seal.ts + 1 modules
var seal = __webpack_require__(3167);
// EXTERNAL MODULE: ./src/checks/metrics/drift.ts
var drift = __webpack_require__(54816);
// EXTERNAL MODULE: ./src/config/load.ts + 4 modules
var load = __webpack_require__(52008);
// EXTERNAL MODULE: ./src/config/resolve.ts
var resolve = __webpack_require__(68270);
;// CONCATENATED MODULE: ./src/core/jsonText.ts
/**
 * A value as compact JSON, in pieces: joined, they are exactly `JSON.stringify(value)`. A file
 * that holds every point of long series (a review of thousands of runs) is written piece by piece
 * instead of being built as one string and then copied into one buffer: the two took more memory
 * than the whole review, and fresh memory is what a small machine pays for most.
 *
 * Long arrays are cut into slices that JSON.stringify writes natively; objects, and the elements
 * of shorter arrays, are walked, so a long array nested anywhere is cut too. (Within a slice an
 * element's `toJSON` is given its index in the slice: the same text for every `toJSON` that does
 * not read its key, as Date's does not.)
 */
/** Elements per slice of a long array: small enough to stay a short string, large enough to stay native. */
const SLICE = 512;
/**
 * What JSON.stringify does with a value before writing it (no replacer): `toJSON(key)`, then
 * boxed primitives as their primitive. Undefined, functions and symbols are left as they are:
 * the caller leaves them out (object) or writes null (array).
 */
function prepared(value, key) {
    if (value !== null && (typeof value === 'object' || typeof value === 'bigint')) {
        const toJSON = value.toJSON;
        if (typeof toJSON === 'function')
            return toJSON.call(value, key);
    }
    return value;
}
const isStructure = (v) => typeof v === 'object' &&
    v !== null &&
    !(v instanceof Number || v instanceof String || v instanceof Boolean || v instanceof BigInt);
const skipped = (v) => v === undefined || typeof v === 'function' || typeof v === 'symbol';
function* jsonPieces(value) {
    const root = prepared(value, '');
    if (!isStructure(root)) {
        const text = JSON.stringify(root);
        if (text !== undefined)
            yield text;
        return;
    }
    // A stack of open arrays and objects, not recursion: nesting is bounded by memory, not the call stack.
    const open = new Set();
    const stack = [];
    const enter = (v) => {
        // JSON.stringify throws on a cycle; so does this, before it would loop forever.
        if (open.has(v))
            throw new TypeError('Converting circular structure to JSON');
        open.add(v);
        if (Array.isArray(v)) {
            const list = v;
            let i = 0;
            const close = () => {
                open.delete(v);
                frame.done = true;
                return ']';
            };
            const frame = {
                done: false,
                next: () => {
                    if (i >= list.length)
                        return close();
                    const sep = i === 0 ? '' : ',';
                    if (list.length > SLICE) {
                        // The slice is written natively; its own nesting is JSON.stringify's to check.
                        const text = JSON.stringify(list.slice(i, i + SLICE));
                        i += SLICE;
                        return sep + text.slice(1, -1);
                    }
                    const item = prepared(list[i], String(i));
                    i++;
                    if (skipped(item))
                        return `${sep}null`;
                    if (isStructure(item))
                        return sep + enter(item);
                    return sep + JSON.stringify(item);
                },
            };
            stack.push(frame);
            return '[';
        }
        const record = v;
        const keys = Object.keys(record);
        let k = 0;
        let written = 0;
        const frame = {
            done: false,
            next: () => {
                while (k < keys.length) {
                    const key = keys[k++];
                    const item = prepared(record[key], key);
                    if (skipped(item))
                        continue;
                    const head = `${written++ === 0 ? '' : ','}${JSON.stringify(key)}:`;
                    if (isStructure(item))
                        return head + enter(item);
                    return head + JSON.stringify(item);
                }
                open.delete(v);
                frame.done = true;
                return '}';
            },
        };
        stack.push(frame);
        return '{';
    };
    yield enter(root);
    while (stack.length > 0) {
        const top = stack[stack.length - 1];
        const piece = top.next();
        // A frame that closed entered nothing, so it is still the top.
        if (top.done)
            stack.pop();
        yield piece;
    }
}

// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
// EXTERNAL MODULE: ./src/checks/metrics/criteria.ts
var criteria = __webpack_require__(1402);
// EXTERNAL MODULE: ./src/core/format.ts
var format = __webpack_require__(96228);
// EXTERNAL MODULE: ./src/report/mermaid.ts
var mermaid = __webpack_require__(39409);
;// CONCATENATED MODULE: ./src/report/reviewMarkdown.ts



const MAX_CHARTS = 8;
const MAX_ROWS = 60;
/** Points a chart shows at most; a longer series is charted by each stretch's lowest and highest. */
const MAX_POINTS = 120;
/** A long series thinned for its chart, keeping every dip and peak a stretch holds; in time order. */
function charted(points) {
    if (points.length <= MAX_POINTS)
        return points;
    const stretches = MAX_POINTS / 2;
    const out = [];
    for (let b = 0; b < stretches; b++) {
        const from = Math.floor((b * points.length) / stretches);
        const to = Math.floor(((b + 1) * points.length) / stretches);
        let lo = from;
        let hi = from;
        for (let i = from + 1; i < to; i++) {
            if (points[i].value < points[lo].value)
                lo = i;
            if (points[i].value > points[hi].value)
                hi = i;
        }
        out.push(points[Math.min(lo, hi)]);
        if (lo !== hi)
            out.push(points[Math.max(lo, hi)]);
    }
    return out;
}
const thinned = (all, shown) => shown.length < all.length
    ? [
        '',
        `_${all.length} points, charted as ${shown.length}: the lowest and highest of each stretch; every point is in review.json._`,
    ]
    : [];
const cell = (s) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const day = (iso) => iso.slice(5, 10);
function title(r) {
    return r.window.month
        ? `Monthly checkpoint \u2014 ${r.profile} \u00b7 ${r.window.month}`
        : `Review \u2014 ${r.profile} \u00b7 ${r.window.label}`;
}
function summary(r) {
    const x = r.runs;
    return [
        '| Runs | Promoted | Held | Pass rate | Mean score | Drift alerts | Ratchet holds | Left out (invalid) |',
        '|---|---|---|---|---|---|---|---|',
        `| ${x.total} | ${x.promoted} | ${x.held} | ${x.passRate === null ? '\u2013' : (0,format/* formatPercent */.l9)(x.passRate)} | ${r.score.mean === null ? '\u2013' : (0,format/* formatNumber */.ZV)(r.score.mean)} | ${r.driftAlerts.length} | ${x.ratchetHolds} | ${x.invalid} |`,
        '',
        `Actions: auto-promote ${x.actions['auto-promote']} \u00b7 promote-with-hotfix ${x.actions['promote-with-hotfix']} \u00b7 hold ${x.actions.hold}`,
    ];
}
function scoreSection(r) {
    const all = r.score.series;
    if (all.length < 2)
        return [
            '',
            '## Score',
            '',
            all.length ? `One run, score ${all[0].value}/5.` : 'No runs in this window.',
        ];
    const s = charted(all);
    return [
        '',
        '## Score',
        '',
        (0,mermaid/* xyChart */.Gp)({
            title: 'Score per run',
            labels: s.map((p) => day(p.at)),
            values: s.map((p) => p.value),
            yLabel: 'score',
            yMin: 1,
            yMax: 5,
        }),
        ...thinned(all, s),
    ];
}
function metricsSection(r) {
    if (r.metrics.length === 0)
        return [];
    const out = [
        '',
        '## Metric trends',
        '',
        '| Check | Metric | First | Last | Change | Mean | Min | Max | Runs |',
        '|---|---|---|---|---|---|---|---|---|',
    ];
    for (const m of r.metrics)
        out.push(`| \`${cell(m.check)}\` | ${cell(m.metric)} | ${(0,criteria/* fmt */.Sc)(m.first)} | ${(0,criteria/* fmt */.Sc)(m.last)} | ${(0,format/* formatNumber */.ZV)(m.change, { sign: true })} | ${(0,criteria/* fmt */.Sc)(m.mean)} | ${(0,criteria/* fmt */.Sc)(m.min)} | ${(0,criteria/* fmt */.Sc)(m.max)} | ${m.series.length} |`);
    const shownCharts = r.metrics.filter((m) => m.series.length >= 2).slice(0, MAX_CHARTS);
    for (const m of shownCharts) {
        const points = charted(m.series);
        out.push('', (0,mermaid/* xyChart */.Gp)({
            title: `${m.check} \u00b7 ${m.metric}`,
            labels: points.map((p) => day(p.at)),
            values: points.map((p) => p.value),
            yLabel: m.metric,
        }), ...thinned(m.series, points));
    }
    const left = r.metrics.filter((m) => m.series.length >= 2).length - shownCharts.length;
    if (left > 0)
        out.push('', `_${left} more metric chart(s) left out; every series is in review.json._`);
    return out;
}
function driftSection(r) {
    const out = ['', '## Drift alerts', ''];
    if (r.driftAlerts.length === 0)
        return [...out, 'None in this window.'];
    for (const a of r.driftAlerts.slice(-MAX_ROWS))
        out.push(`- ${day(a.at)} run \`${cell(a.runId)}\`, \`${cell(a.check)}\`: ${cell(a.point.message)}`);
    return out;
}
function failingSection(r) {
    const out = ['', '## Top failing checks', ''];
    if (r.topFailing.length === 0)
        return [...out, 'No check failed in this window.'];
    out.push('| Check | Failed | Could not run | Of runs | Last status |', '|---|---|---|---|---|');
    for (const f of r.topFailing)
        out.push(`| \`${cell(f.check)}\` | ${f.failures} | ${f.errors} | ${f.runs} | ${f.lastStatus} |`);
    return out;
}
function runsSection(r) {
    if (r.runList.length === 0)
        return [];
    const out = [
        '',
        '<details><summary>Runs</summary>',
        '',
        '| Finished | Run | Verdict | Score | Action | Commit |',
        '|---|---|---|---|---|---|',
    ];
    const shown = r.runList.slice(-MAX_ROWS);
    for (const x of shown) {
        const id = x.url ? `[${cell(x.runId)}](${x.url})` : `\`${cell(x.runId)}\``;
        out.push(`| ${x.at.slice(0, 16).replace('T', ' ')} | ${id} | ${x.verdict} | ${x.score}/5 | ${x.action} | ${x.sha ? `\`${x.sha.slice(0, 10)}\`` : ''} |`);
    }
    if (r.runList.length > shown.length)
        out.push('', `_${r.runList.length - shown.length} earlier run(s) in review.json._`);
    out.push('', '</details>');
    return out;
}
function leftOut(r) {
    const out = [];
    if (r.invalidRuns.length > 0) {
        out.push('', '## Left out (marked invalid)', '');
        for (const x of r.invalidRuns)
            out.push(`- \`${cell(x.runId)}\` (${x.at.slice(0, 10)}): ${cell(x.reason)}`);
    }
    if (r.problems.length > 0) {
        out.push('', '## History problems', '');
        for (const p of r.problems.slice(0, 20))
            out.push(`- ${cell(p)}`);
        if (r.problems.length > 20)
            out.push(`- \u2026 ${r.problems.length - 20} more in review.json`);
    }
    return out;
}
/** The review as Markdown with Mermaid charts (GitHub renders them in files, summaries and comments). */
function renderReview(r) {
    return [
        `# ${title(r)}`,
        '',
        `_${r.window.label}${r.window.from ? ` (${r.window.from.slice(0, 10)} \u2013 ${new Date(Date.parse(r.window.to) - 1).toISOString().slice(0, 10)})` : ''} \u00b7 history: ${cell(r.store)} \u00b7 generated ${r.generatedAt}_`,
        '',
        ...summary(r),
        ...scoreSection(r),
        ...metricsSection(r),
        ...driftSection(r),
        ...failingSection(r),
        ...runsSection(r),
        ...leftOut(r),
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/app/reviewFiles.ts










/**
 * Drift rules of the profile's benchmark checks, as configured (not interpolated: rules are
 * literal). A config that is only the default (`optional`) may be absent: the default rules apply.
 */
async function loadDriftRules(o) {
    const rules = new Map();
    if (o.optional && !(await (0,seal/* exists */.t2)(o.file)))
        return { rules };
    const { config } = await (0,load.loadConfigFile)(o.file, o.label);
    if (!Object.hasOwn(config.profiles, o.profile))
        return {
            rules,
            note: `profile ${o.profile} is not in ${o.label}; drift uses the default rules`,
            unknownProfile: `unknown profile "${o.profile}"${(0,core_text/* didYouMean */.au)(o.profile, Object.keys(config.profiles))} in ${o.label}`,
        };
    for (const c of (0,resolve/* resolveProfile */.mC)(config, o.profile).checks) {
        if (c.raw.type !== 'benchmark')
            continue;
        const d = c.raw.drift;
        rules.set(c.id, d === false ? false : (0,drift/* driftSettings */.LX)(d ?? {}));
    }
    return { rules };
}
/** What the review writes: `review.json`/`.md` and one `monthly-<YYYY-MM>.json`/`.md` per month. */
function reviewWrites(entry, kind) {
    return kind === 'file' && /^(?:review|monthly-\d{4}-\d{2})\.(?:json|md)$/.test(entry);
}
/**
 * Writes `review.json`/`.md`, or `monthly-<YYYY-MM>.json`/`.md` for a month, and returns their
 * paths. The directory may hold only the review's own files (earlier months stay); `within`
 * keeps it inside that directory.
 */
async function writeReview(review, window, outDir, within) {
    const base = window.kind === 'period' && window.month ? `monthly-${window.month}` : 'review';
    const json = external_node_path_default().join(outDir, `${base}.json`);
    const markdown = external_node_path_default().join(outDir, `${base}.md`);
    const text = renderReview(review);
    await (0,outputDir/* prepareOutputDir */.g)(outDir, { within, owns: reviewWrites });
    // Compact: the file holds every point of every series and every run, for programs (review.md
    // is what people read); indented, it was 1.6 times as large and slower to write.
    await writeJson(json, review);
    await (0,promises_.writeFile)(markdown, text);
    return { json, markdown, text };
}
/** Bytes handed to the file at once: a few pages, reused, however long the review. */
const WRITE_CHARS = 1 << 16;
/** `JSON.stringify(value)` and a newline, written as it is made rather than built whole first. */
async function writeJson(file, value) {
    const handle = await (0,promises_.open)(file, 'w');
    try {
        let batch = '';
        for (const piece of jsonPieces(value)) {
            batch += piece;
            if (batch.length < WRITE_CHARS)
                continue;
            await handle.write(batch);
            batch = '';
        }
        await handle.write(`${batch}\n`);
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 15631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ EVIDENCE_FORMATS)
/* harmony export */ });
/** The formats an evidence file is read in; named by the config, so known without any reader. */
const EVIDENCE_FORMATS = ['json', 'yaml', 'junit', 'sarif'];


/***/ }),

/***/ 1402:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ meets),
/* harmony export */   Jn: () => (/* binding */ parseCriterion),
/* harmony export */   Sc: () => (/* binding */ fmt),
/* harmony export */   gL: () => (/* binding */ criterionField)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12311);
/* harmony import */ var _core_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96228);


const CRITERION = /^\s*(>=|>|<=|<|==)?\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)\s*(%)?\s*$/i;
function parseCriterion(input) {
    if (typeof input === 'number') {
        if (!Number.isFinite(input))
            throw new Error(`criterion ${input} is not a finite number`);
        return { op: '>=', value: input, percent: false, source: `>= ${input}` };
    }
    const m = CRITERION.exec(input);
    if (!m) {
        throw new Error(`cannot read criterion "${input}": expected an operator (>=, >, <=, <, ==) and a number, e.g. ">= 0.8", "<= +10%"`);
    }
    const op = (m[1] ?? '>=');
    return { op, value: Number(m[2]), percent: m[3] !== undefined, source: `${op} ${m[2]}${m[3] ?? ''}` };
}
function meets(observed, c) {
    if (Number.isNaN(observed))
        return false;
    switch (c.op) {
        case '>=':
            return observed >= c.value;
        case '>':
            return observed > c.value;
        case '<=':
            return observed <= c.value;
        case '<':
            return observed < c.value;
        case '==':
            return observed === c.value;
    }
}
/** A config field holding a criterion, validated when the config is loaded. */
const criterionField = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()]).superRefine((v, ctx) => {
    if (typeof v === 'string' && v.includes('${{'))
        return;
    try {
        parseCriterion(v);
    }
    catch (err) {
        ctx.addIssue({ code: 'custom', message: err.message });
    }
});
/** A metric as people read it: the one number formatter (0.831, 812.6, 12,345; no float noise). */
function fmt(n, near) {
    return (0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(n, near ? { near } : {});
}


/***/ }),

/***/ 54816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $v: () => (/* binding */ evaluateDrift),
/* harmony export */   Jh: () => (/* binding */ judgeDrift),
/* harmony export */   LX: () => (/* binding */ driftSettings),
/* harmony export */   Wc: () => (/* binding */ pinnedValue),
/* harmony export */   tb: () => (/* binding */ BASELINES),
/* harmony export */   yD: () => (/* binding */ pinnedDrift)
/* harmony export */ });
/* unused harmony exports DRIFT_DEFAULTS, aggregateOf */
/* harmony import */ var _core_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96228);
/* harmony import */ var _criteria_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1402);


const BASELINES = ['mean', 'median', 'p90', 'min', 'max', 'last'];
/** Drift defaults: 8 runs back, at least 3 points, precision may drop 0.08 and recall 0.05. */
const DRIFT_DEFAULTS = {
    lookback: 8,
    minHistory: 3,
    baseline: 'mean',
    maxDrop: { precision: 0.08, recall: 0.05 },
};
/** maxDrop X is the rule "change \u2265 \u2212X"; without maxDrop and rules DRIFT_DEFAULTS apply. */
function driftSettings(cfg = {}) {
    const explicit = cfg.maxDrop !== undefined || cfg.rules !== undefined;
    // Metric names are the user's: own keys of a record without a prototype.
    const rules = Object.create(null);
    for (const [m, drop] of Object.entries(explicit ? (cfg.maxDrop ?? {}) : DRIFT_DEFAULTS.maxDrop))
        rules[m] = (0,_criteria_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCriterion */ .Jn)(`>= ${-Math.abs(drop)}`);
    for (const [m, c] of Object.entries(cfg.rules ?? {}))
        rules[m] = (0,_criteria_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCriterion */ .Jn)(c);
    return {
        lookback: cfg.lookback ?? DRIFT_DEFAULTS.lookback,
        minHistory: cfg.minHistory ?? DRIFT_DEFAULTS.minHistory,
        baseline: cfg.baseline ?? DRIFT_DEFAULTS.baseline,
        rules,
        explicit,
    };
}
function aggregateOf(values, kind) {
    if (values.length === 0)
        return Number.NaN;
    if (kind === 'mean')
        return values.reduce((a, b) => a + b, 0) / values.length;
    if (kind === 'last')
        return values[values.length - 1];
    // Sorted only for the baselines that need order: a review takes one baseline per run.
    // A typed array sorts numerically without calling back into JavaScript for each comparison.
    const sorted = Float64Array.from(values).sort();
    switch (kind) {
        case 'median':
            return quantile(sorted, 0.5);
        case 'p90':
            return quantile(sorted, 0.9);
        case 'min':
            return sorted[0];
        case 'max':
            return sorted[sorted.length - 1];
    }
}
/** Linear interpolation between closest ranks (the common "type 7" definition). */
function quantile(sorted, q) {
    const pos = (sorted.length - 1) * q;
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
const tidy = (n) => Math.round(n * 1e9) / 1e9;
const MISSING = { status: 'missing' };
const INSUFFICIENT = { status: 'insufficient' };
/**
 * Judges one ruled metric of a run against its earlier values (the last `lookback` valid runs
 * that recorded it, oldest first); undefined when there is nothing to say: a default rule's
 * metric the run does not have. Every drift point is this judgement put into words, so a caller
 * that judges many runs and words few (a review) judges them all the same way.
 */
function judgeDrift(value, values, rule, s) {
    if (value === undefined || !Number.isFinite(value)) {
        if (!s.explicit && value === undefined)
            return undefined;
        return MISSING;
    }
    if (values.length < s.minHistory)
        return INSUFFICIENT;
    const baseline = aggregateOf(values, s.baseline);
    // Rounded so that 0.80 \u2212 0.88 is \u22120.08, not \u22120.0800000000000001 beyond a 0.08 allowance.
    const change = tidy(value - baseline);
    const changePercent = baseline === 0 ? (change === 0 ? 0 : undefined) : tidy((change / Math.abs(baseline)) * 100);
    const observed = rule.percent ? changePercent : change;
    const ok = observed === undefined
        ? (0,_criteria_js__WEBPACK_IMPORTED_MODULE_1__/* .meets */ .D)(change > 0 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY, rule)
        : (0,_criteria_js__WEBPACK_IMPORTED_MODULE_1__/* .meets */ .D)(observed, rule);
    return { status: ok ? 'ok' : 'alert', baseline, change, changePercent };
}
/**
 * Compares each ruled metric of the current run with an aggregate of its earlier values.
 * `history(metric)` gives the values of the last `lookback` valid runs that recorded it.
 */
function evaluateDrift(current, history, s, 
/** How the baseline is named in messages (default: the aggregate of the last runs). */
baselineName, 
/**
 * The statuses the caller keeps (default: all). Points of the others are judged but not
 * built: a review judges every run of its history and shows only the alerts.
 */
keep) {
    const out = [];
    for (const [metric, rule] of Object.entries(s.rules)) {
        const value = current[metric];
        const values = history(metric);
        const j = judgeDrift(value, values, rule, s);
        if (j === undefined || (keep !== undefined && !keep.has(j.status)))
            continue;
        const base = { metric, points: values.length, criterion: `change ${rule.source}` };
        if (j.status === 'missing') {
            out.push({
                ...base,
                status: 'missing',
                message: `${metric} has no numeric value in this run; drift cannot be checked`,
            });
            continue;
        }
        // Judged, so a finite number.
        const v = value;
        if (j.status === 'insufficient') {
            out.push({
                ...base,
                status: 'insufficient',
                current: v,
                message: `${metric} ${(0,_criteria_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(v)}: not enough history for drift (${values.length} of ${s.minHistory} runs needed)`,
            });
            continue;
        }
        const { baseline, change, changePercent } = j;
        const ok = j.status === 'ok';
        // Precise enough that a change just past its allowance never reads as the allowance.
        const shown = rule.percent
            ? changePercent === undefined
                ? `${change > 0 ? 'up' : 'down'} from 0`
                : (0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(changePercent, { sign: true, near: [rule.value] })
            : (0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(change, { sign: true, near: [rule.value] });
        // The baseline as precise as the change, so value, baseline and change add up as shown.
        const changeDecimals = rule.percent ? 0 : (shown.split('.')[1]?.length ?? 0);
        const baselineText = (0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(baseline, { minDecimals: changeDecimals });
        const against = baselineName?.(values.length, baseline) ??
            `the ${s.baseline} of the last ${values.length} run${values.length === 1 ? '' : 's'} (${baselineText})`;
        out.push({
            ...base,
            status: j.status,
            current: v,
            baseline,
            change,
            ...(changePercent !== undefined ? { changePercent } : {}),
            message: ok
                ? `${metric} ${(0,_criteria_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(v)} vs ${against}: ${shown}, within ${rule.source}`
                : `${metric} drifted: ${(0,_criteria_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(v)} vs ${against} is ${shown}, allowed ${rule.source}`,
        });
    }
    return out;
}
/** A pinned run's number for a check and metric, or why it cannot be a reference. */
function pinnedValue(p, checkId, metric) {
    const id = p.pin.runId;
    if (!p.run)
        return { note: `pinned run ${id} is no longer in history; not compared with` };
    if (p.run.invalid)
        return { note: `pinned run ${id} is marked invalid (${p.run.invalid.reason}); no longer compared with` };
    const c = p.run.checks.find((x) => x.id === checkId);
    const v = c && c.status !== 'skipped' && c.status !== 'error' ? c.metrics[metric] : undefined;
    if (typeof v !== 'number' || !Number.isFinite(v))
        return { note: `pinned run ${id} has no ${metric} of ${checkId}; not compared with` };
    return { value: v };
}
/**
 * Drift against pinned reference runs, besides the last runs: each valid pinned run that
 * measured a ruled metric is a baseline of its own. Pins that cannot serve are said, not used.
 */
function pinnedDrift(current, pins, checkId, s) {
    const points = [];
    const notes = new Set();
    for (const p of pins) {
        const id = p.pin.runId;
        for (const metric of Object.keys(s.rules)) {
            if (current[metric] === undefined)
                continue;
            const got = pinnedValue(p, checkId, metric);
            if ('note' in got) {
                notes.add(got.note);
                continue;
            }
            const [point] = evaluateDrift({ [metric]: current[metric] }, () => [got.value], { ...s, rules: { [metric]: s.rules[metric] }, minHistory: 1, baseline: 'last', explicit: false }, (_n, b) => `pinned run ${id} (${(0,_criteria_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(b)})`);
            if (point)
                points.push({ ...point, pinnedRun: id });
        }
    }
    return { points, notes: [...notes] };
}


/***/ }),

/***/ 29655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ metricSeries)
/* harmony export */ });
/** The numeric values one check recorded in earlier runs, oldest first; runs without it are skipped. */
function metricSeries(runs, checkId, metric) {
    const out = [];
    for (const run of runs) {
        if (run.invalid)
            continue;
        const v = run.checks.find((c) => c.id === checkId)?.metrics[metric];
        if (typeof v === 'number' && Number.isFinite(v))
            out.push({ run, value: v });
    }
    return out;
}


/***/ })

};
