export const id = 6202;
export const ids = [6202];
export const modules = {

/***/ 96202:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   evidenceCheck: () => (/* binding */ evidenceCheck)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(73382);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(12311);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23128);
/* harmony import */ var _core_conditions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18857);
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98571);
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(15631);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(47681);
/* harmony import */ var _timestamps_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(79820);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(16468);











/** Copies larger than this stay out of the bundle; their digest is still recorded. */
const MAX_COPY_BYTES = 8 * 1024 * 1024;
/** Fields that usually say when a report was made, tried in order when `timestamp` is not set. */
const TIMESTAMP_FIELDS = [
    'generated_at',
    'generatedAt',
    'timestamp',
    'created_at',
    'createdAt',
    'finished_at',
    'finishedAt',
    'endTimeUtc',
    'date',
];
/** What a report must say when no `assert` is given: JUnit without failures, SARIF without errors. */
const DEFAULT_ASSERT = {
    junit: ['failures == 0', 'errors == 0'],
    sarif: ['error == 0'],
    json: [],
    yaml: [],
};
const fields = zod__WEBPACK_IMPORTED_MODULE_6__/* .object */ .Ikc({
    file: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP()
        .min(1)
        .describe('The evidence file, relative to the repository; a glob picks the newest match'),
    format: zod__WEBPACK_IMPORTED_MODULE_6__/* ["enum"] */ .k5n(['auto', ..._formats_js__WEBPACK_IMPORTED_MODULE_7__/* .EVIDENCE_FORMATS */ .N])
        .default('auto')
        .describe('json, yaml, junit (XML) or sarif; auto decides by extension and content'),
    maxAge: _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .age */ .KW
        .optional()
        .describe('The evidence may be at most this old (by `timestamp`, a usual time field, or the file time)'),
    timestamp: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP()
        .min(1)
        .optional()
        .describe('JSON path of the time the evidence was made (ISO-8601 or epoch), e.g. generated_at'),
    assert: zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .condition */ .uH)
        .optional()
        .describe('Conditions on the content, e.g. `status == "pass"`, `critical_findings == 0`; JUnit gives tests/failures/errors/skipped, SARIF error/warning/note counts (defaults: failures == 0 and errors == 0 for JUnit, error == 0 for SARIF)'),
    allowNoTests: zod__WEBPACK_IMPORTED_MODULE_6__/* .boolean */ .zMY()
        .default(false)
        .describe('A JUnit report without any test case passes (default: an error, nothing was tested)'),
    allowOutsideWorkspace: _paths_js__WEBPACK_IMPORTED_MODULE_5__/* .allowOutsideWorkspaceField */ .s_,
});
/** The file a pattern names: itself, or the newest of its matches. */
async function resolveFile(pattern, ws) {
    if (!(0,tinyglobby__WEBPACK_IMPORTED_MODULE_8__/* .isDynamicPattern */ .ey)(pattern))
        return { file: await ws.resolve('evidence file', pattern), matches: 1 };
    const found = await ws.glob('evidence file', [pattern], { ignore: ['**/node_modules/**', '**/.git/**'] });
    const dated = [];
    for (const f of found) {
        try {
            dated.push({ f, t: (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(f.real)).mtimeMs });
        }
        catch {
            // Gone since it was listed, or a link to nothing.
        }
    }
    if (dated.length === 0)
        return { matches: 0 };
    dated.sort((a, b) => b.t - a.t || (a.f.name < b.f.name ? 1 : -1));
    return { file: dated[0].f, matches: dated.length };
}
function evidenceTime(spec, ev) {
    if (spec.timestamp !== undefined) {
        const got = (0,_core_conditions_js__WEBPACK_IMPORTED_MODULE_3__/* .getPath */ .Yn)(ev.doc, (0,_core_conditions_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePath */ .Rr)(spec.timestamp));
        if (!got.found || got.value === null)
            return { from: spec.timestamp, problem: `${spec.timestamp} is missing from ${ev.path}` };
        const when = (0,_timestamps_js__WEBPACK_IMPORTED_MODULE_9__/* .parseTimestamp */ .E)(got.value);
        if (!when)
            return {
                from: spec.timestamp,
                problem: `${spec.timestamp} = ${(0,_core_conditions_js__WEBPACK_IMPORTED_MODULE_3__/* .describeValue */ .bp)(got.value)} in ${ev.path} is not a timestamp`,
            };
        return { when, from: spec.timestamp };
    }
    for (const key of TIMESTAMP_FIELDS) {
        const got = (0,_core_conditions_js__WEBPACK_IMPORTED_MODULE_3__/* .getPath */ .Yn)(ev.doc, [key]);
        const when = got.found ? (0,_timestamps_js__WEBPACK_IMPORTED_MODULE_9__/* .parseTimestamp */ .E)(got.value) : undefined;
        if (when)
            return { when, from: key };
    }
    return { when: ev.mtime, from: 'file time' };
}
const evidenceCheck = (0,_types_js__WEBPACK_IMPORTED_MODULE_10__/* .defineCheck */ .q)({
    type: 'evidence',
    description: 'A JSON, YAML, JUnit or SARIF file made by another job exists, is fresh, and its content satisfies conditions; its digest goes into the bundle',
    defaults: { category: 'safety', enforcement: 'required' },
    workTree: () => 'observes',
    fields,
    async run(spec, ctx) {
        const maxAgeMs = spec.maxAge === undefined ? undefined : (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_4__/* .parseDuration */ .E9)(spec.maxAge);
        if (spec.maxAge !== undefined && maxAgeMs === undefined)
            return { status: 'error', summary: `bad evidence check: maxAge "${spec.maxAge}" is not a duration` };
        const ws = new _paths_js__WEBPACK_IMPORTED_MODULE_5__/* .Workspace */ .aR(ctx.cwd, spec.allowOutsideWorkspace);
        let resolved;
        try {
            resolved = await resolveFile(spec.file, ws);
        }
        catch (err) {
            if (err instanceof _paths_js__WEBPACK_IMPORTED_MODULE_5__/* .WorkspacePathError */ .Tf)
                return { status: 'error', summary: err.message };
            throw err;
        }
        if (!resolved.file) {
            const message = `evidence missing: no file matches ${spec.file}`;
            return { status: 'fail', score: 1, summary: message, findings: [{ level: 'failure', message }] };
        }
        const name = resolved.file.name;
        // A file outside the workspace is no place to annotate in the repository.
        const where = resolved.file.outside ? {} : { file: name };
        // The readers of the formats (YAML, XML, SARIF) load when evidence is read, not with the
        // config's schema.
        const { EvidenceError, loadEvidence } = await Promise.all(/* import() */[__webpack_require__.e(5524), __webpack_require__.e(1488)]).then(__webpack_require__.bind(__webpack_require__, 95524));
        let ev;
        try {
            ev = await loadEvidence(resolved.file.real, name, spec.format, ctx.signal);
        }
        catch (err) {
            if (!(err instanceof EvidenceError))
                throw err;
            return {
                status: 'fail',
                score: 1,
                summary: err.message,
                findings: [
                    { level: 'failure', message: err.message, ...(err.missing ? {} : where) },
                    ...ws.findings(),
                ],
            };
        }
        if (ev.format === 'junit' && !spec.allowNoTests && ev.doc.tests === 0)
            return {
                status: 'error',
                summary: `${name} holds no test case: nothing was tested (set allowNoTests: true if that is expected)`,
                findings: ws.findings(),
                metrics: { path: ev.path, sha256: ev.sha256, size: ev.size, tests: 0 },
            };
        const findings = [...ws.findings()];
        const scores = [];
        const metrics = { path: ev.path, sha256: ev.sha256, size: ev.size };
        const fail = (message, score) => {
            findings.push({ level: 'failure', message, ...where });
            scores.push(score);
        };
        let age = '';
        if (maxAgeMs !== undefined) {
            const t = evidenceTime(spec, ev);
            if (t.problem)
                fail(t.problem, 1);
            else {
                const ageMs = ctx.now().getTime() - t.when.getTime();
                metrics.ageMs = ageMs;
                age = `${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDuration */ .a3)(Math.max(0, ageMs))} old by ${t.from}`;
                if (ageMs > maxAgeMs)
                    fail(`${ev.path} is ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDuration */ .a3)(ageMs)} old (${t.from} ${t.when.toISOString()}), older than maxAge ${typeof spec.maxAge === 'string' ? spec.maxAge : (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDuration */ .a3)(maxAgeMs)}`, 2);
                if (t.from === 'file time')
                    findings.push({
                        level: 'notice',
                        message: `age of ${ev.path} taken from its file time, which a downloaded artifact resets; set timestamp to a field of the evidence`,
                    });
            }
        }
        const asserts = spec.assert ?? DEFAULT_ASSERT[ev.format];
        const outcomes = asserts.map((text) => (0,_core_conditions_js__WEBPACK_IMPORTED_MODULE_3__/* .evaluateCondition */ .F9)((0,_core_conditions_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCondition */ .zB)(text), ev.doc));
        for (const o of outcomes) {
            if (!o.ok)
                fail(`${o.observed}, expected ${o.condition}`, 1);
            const m = /^([\w.[\]-]+) = (-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)$/i.exec(o.observed);
            if (m)
                metrics[m[1]] = Number(m[2]);
        }
        if (ev.format === 'junit' || ev.format === 'sarif') {
            const counts = ev.doc;
            for (const k of ev.format === 'junit'
                ? ['tests', 'failures', 'errors', 'skipped']
                : ['error', 'warning', 'note'])
                if (typeof counts[k] === 'number')
                    metrics[k] = counts[k];
        }
        // The file itself goes into the bundle (redacted like all evidence), with its own digest;
        // the original's digest stays in metrics.sha256.
        if (ev.size <= MAX_COPY_BYTES)
            await ctx.evidence.write(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(ev.path), ev.bytes.toString('utf8'));
        await ctx.evidence.write('evidence.json', {
            path: ev.path,
            matches: resolved.matches,
            format: ev.format,
            sha256: ev.sha256,
            size: ev.size,
            copied: ev.size <= MAX_COPY_BYTES,
            mtime: ev.mtime.toISOString(),
            ageMs: metrics.ageMs ?? null,
            maxAgeMs: maxAgeMs ?? null,
            assert: outcomes,
            ...(ev.format === 'junit' || ev.format === 'sarif' ? { summary: ev.doc } : {}),
        });
        const digest = `sha256 ${ev.sha256.slice(0, 12)}`;
        if (scores.length > 0) {
            const first = findings.find((f) => f.level === 'failure').message;
            const more = scores.length > 1 ? ` (+${scores.length - 1} more)` : '';
            return { status: 'fail', score: Math.min(...scores), summary: `${first}${more}`, findings, metrics };
        }
        const held = outcomes.length
            ? `, ${outcomes.length} condition${outcomes.length === 1 ? '' : 's'} hold`
            : '';
        return {
            status: 'pass',
            score: 5,
            summary: `${ev.path} (${ev.format}, ${digest}${age ? `, ${age}` : ''})${held}`,
            findings,
            metrics,
        };
    },
});


/***/ }),

/***/ 15631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ EVIDENCE_FORMATS)
/* harmony export */ });
/** The formats an evidence file is read in; named by the config, so known without any reader. */
const EVIDENCE_FORMATS = ['json', 'yaml', 'junit', 'sarif'];


/***/ }),

/***/ 79820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseTimestamp)
/* harmony export */ });
/** Reads the timestamps data feeds report: ISO-8601 text, or epoch seconds / milliseconds. */
const ISO = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
/** Numbers below this are epoch seconds (1e12 ms is 2001; 1e12 s is the year 33658). */
const SECONDS_BELOW = 1e12;
function fromNumber(n) {
    if (!Number.isFinite(n) || n < 0)
        return undefined;
    const d = new Date(n < SECONDS_BELOW ? n * 1000 : n);
    return Number.isNaN(d.getTime()) ? undefined : d;
}
/**
 * `2026-03-07T04:00:00Z`, `2026-03-07 04:00:00+01:00`, `2026-03-07` \u2192 that instant; a time without
 * a zone is read as UTC (never the runner's local time). Numbers (or numeric strings) are epoch
 * seconds below 1e12, else milliseconds. Anything else \u2192 undefined.
 */
function parseTimestamp(value) {
    if (typeof value === 'number')
        return fromNumber(value);
    if (typeof value !== 'string')
        return undefined;
    const text = value.trim();
    if (/^\d+(?:\.\d+)?$/.test(text))
        return fromNumber(Number(text));
    const m = ISO.exec(text);
    if (!m)
        return undefined;
    const [, date, time, zone] = m;
    let iso = date;
    if (time) {
        let z = (zone ?? 'Z').toUpperCase();
        if (z !== 'Z')
            z = z.length === 3 ? `${z}:00` : z.length === 5 ? `${z.slice(0, 3)}:${z.slice(3)}` : z;
        iso = `${date}T${time.replace(',', '.')}${z}`;
    }
    const ms = Date.parse(iso);
    return Number.isNaN(ms) ? undefined : new Date(ms);
}


/***/ }),

/***/ 16468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ defineCheck)
/* harmony export */ });
function defineCheck(def) {
    return def;
}


/***/ })

};
