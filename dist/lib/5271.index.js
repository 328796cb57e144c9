export const id = 5271;
export const ids = [5271];
export const modules = {

/***/ 79750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ globPathspecs)
/* harmony export */ });
/**
 * Globs (as the config writes them, relative to the repository root) \u2192 git pathspecs. `top`
 * anchors them at the root whatever directory the gate runs in; `glob` makes `*` stop at `/`
 * and `**` cross directories, as everywhere else in the config.
 */
function globPathspecs(include, exclude = []) {
    const inc = include.map((g) => `:(top,glob)${trimSlash(g)}`);
    const exc = exclude.map((g) => `:(top,glob,exclude)${trimSlash(g)}`);
    // An exclude alone would match nothing in old gits; pair it with "everything".
    return [...(inc.length ? inc : exc.length ? [':(top)'] : []), ...exc];
}
function trimSlash(g) {
    return g.startsWith('./') ? g.slice(2) : g.startsWith('/') ? g.slice(1) : g;
}


/***/ }),

/***/ 79792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QT: () => (/* binding */ rangeLabel),
/* harmony export */   WK: () => (/* binding */ changeFor),
/* harmony export */   lB: () => (/* binding */ rangeMetrics)
/* harmony export */ });
/* harmony import */ var _change_range_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10277);
/* harmony import */ var _change_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18641);


/**
 * The change a diff check reads, or the outcome to return when there is none: a range that
 * cannot be resolved is an `error` saying what to do, never an empty diff that passes.
 */
async function changeFor(ctx) {
    if (!ctx.change)
        return {
            outcome: { status: 'error', summary: 'no diff range: this check reads the change a gate run promotes' },
        };
    try {
        const range = await ctx.change.range();
        ctx.log(`range ${(0,_change_range_js__WEBPACK_IMPORTED_MODULE_0__/* .describeRange */ .p)(range)}`);
        for (const f of range.fetched)
            ctx.log(`fetched ${f}`);
        return { change: ctx.change, range };
    }
    catch (err) {
        if (err instanceof _change_types_js__WEBPACK_IMPORTED_MODULE_1__/* .ChangeRangeError */ .g)
            return { outcome: { status: 'error', summary: err.message } };
        throw err;
    }
}
/** Short form for summaries: `abc1234..def5678`. */
function rangeLabel(r) {
    return `${r.base.slice(0, 7)}..${r.head.slice(0, 7)}`;
}
/** Metrics every diff check reports, so a report shows what was compared. */
function rangeMetrics(r) {
    return { base: r.base, head: r.head, rangeSource: r.source };
}


/***/ }),

/***/ 85271:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  secretsCheck: () => (/* binding */ secretsCheck)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(12311);
// EXTERNAL MODULE: ./src/change/pathspec.ts
var pathspec = __webpack_require__(79750);
// EXTERNAL MODULE: ./src/checks/fields.ts
var fields = __webpack_require__(23128);
// EXTERNAL MODULE: ./src/core/format.ts
var format = __webpack_require__(96228);
// EXTERNAL MODULE: ./src/checks/changeRange.ts
var changeRange = __webpack_require__(79792);
// EXTERNAL MODULE: ./src/checks/paths.ts
var paths = __webpack_require__(47681);
;// CONCATENATED MODULE: ./src/checks/secrets/baseline.ts

/** Far more than any reviewed list of findings. */
const MAX_BASELINE_BYTES = 8 * 1024 * 1024;
/**
 * A baseline is a reviewed list of accepted findings \u2014 secrets already rotated, or known not to
 * be live \u2014 one fingerprint per line, then anything (rule, file, who accepted it and why):
 *
 *     # rotated 2026-03-02, OPS-118 (alice)
 *     4f1c2a9be07d3c55a1e0b6f2  aws-access-key-id  config/legacy.yml:12
 *
 * The check writes `baseline-candidates.txt` in this format for every finding it reports.
 */
async function readBaseline(cwd, file) {
    // A baseline belongs to the repository: it may not resolve outside it.
    const text = (await (0,paths/* readWorkspaceFile */.sL)(cwd, 'baseline', file, MAX_BASELINE_BYTES)).toString('utf8');
    const set = new Set();
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.replace(/#.*$/, '').trim();
        if (!line)
            return;
        const fp = line.split(/\s+/)[0];
        if (!/^[0-9a-f]{12,64}$/i.test(fp))
            throw new Error(`baseline ${file}:${i + 1}: expected a fingerprint (hex) at the start of the line, got "${fp.slice(0, 40)}"`);
        set.add(fp.toLowerCase());
    });
    return set;
}
/** A fingerprint is accepted by an entry equal to it or a prefix of at least 12 characters. */
function inBaseline(baseline, fingerprint) {
    if (baseline.has(fingerprint))
        return true;
    for (let n = 12; n < fingerprint.length; n++)
        if (baseline.has(fingerprint.slice(0, n)))
            return true;
    return false;
}

// EXTERNAL MODULE: ./src/checks/secrets/rules.ts + 3 modules
var rules = __webpack_require__(12123);
// EXTERNAL MODULE: ./src/checks/types.ts
var types = __webpack_require__(16468);
;// CONCATENATED MODULE: ./src/checks/secrets/secrets.ts








/** Findings kept in report.json; every one is in the evidence file. */
const MAX_FINDINGS = 200;
/** Hits kept in memory; beyond it they are only counted. */
const MAX_HITS = 20_000;
const RULE_IDS = [...new Set(rules/* RULES */.y.map((r) => r.id))];
const customRule = schemas/* strictObject */.rej({
    id: schemas/* string */.YjP().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and dashes'),
    title: schemas/* string */.YjP().optional(),
    pattern: fields/* regex */.yG.describe('Regex; its named group `secret` (or the whole match) is the value'),
    keywords: schemas/* array */.YOg(schemas/* string */.YjP().min(2))
        .optional()
        .describe('Substrings one of which a line must hold before the regex runs (speed); default: none, every line'),
    entropy: schemas/* number */.aig().min(0).max(8).optional().describe('Minimum Shannon entropy of the value'),
    level: schemas/* enum */.k5n(['failure', 'warning']).optional(),
});
function finding(hit, acceptedBy) {
    // A value a later commit removed is still in the history, wherever the branch is pushed: it
    // counts as one in the diff does, and is shown by its commit (no line at head holds it).
    const history = hit.commit
        ? ` \u2014 added in commit ${hit.commit.slice(0, 12)} (line ${hit.line}), not in the file at head: it stays in the history; rotate it`
        : '';
    return {
        level: acceptedBy ? 'notice' : hit.level,
        message: `${hit.title}: ${hit.redacted}${history}${acceptedBy ? ` \u2014 accepted (${acceptedBy})` : ''}`,
        file: hit.file,
        ...(hit.commit ? {} : { line: hit.line }),
        fingerprint: hit.fingerprint,
    };
}
const secretsCheck = (0,types/* defineCheck */.q)({
    type: 'secrets',
    description: 'No secret (cloud keys, tokens, private keys, passwords\u2026) in the lines added between base and head; findings are redacted',
    defaults: { category: 'safety', enforcement: 'hard' },
    readsWholeDiff: (spec) => spec.paths.length === 0 && spec.exclude.length === 0,
    fields: schemas/* object */.Ikc({
        paths: schemas/* array */.YOg(schemas/* string */.YjP().min(1))
            .default([])
            .describe('Globs of files to scan (default: every changed file)'),
        exclude: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]).describe('Globs of files never scanned'),
        allowPaths: schemas/* array */.YOg(schemas/* string */.YjP().min(1))
            .default([])
            .describe('Globs of files whose findings are accepted (e.g. test fixtures); they are counted, not scanned'),
        allowPatterns: schemas/* array */.YOg(fields/* regex */.yG).default([]).describe('Regexes; a found value matching one is accepted'),
        inlineMarkers: schemas/* array */.YOg(schemas/* string */.YjP().min(3))
            .default(['promotion-gate:allow-secret', 'gitleaks:allow', 'pragma: allowlist secret'])
            .describe('A line holding one of these (in a comment) is accepted'),
        baseline: schemas/* string */.YjP()
            .optional()
            .describe('File of accepted finding fingerprints, one per line (see baseline-candidates.txt in the evidence)'),
        minEntropy: schemas/* number */.aig()
            .min(0)
            .max(8)
            .default(3)
            .describe('Shannon entropy (bits/char) a value assigned to a secret-sounding name needs to count'),
        disableRules: schemas/* array */.YOg(schemas/* enum */.k5n(RULE_IDS))
            .default([])
            .describe('Built-in rules to turn off, by id (the `rule` of each finding in findings.json)'),
        rules: schemas/* array */.YOg(customRule).default([]).describe('Extra rules'),
    }),
    async run(spec, ctx) {
        const change = ctx.change;
        if (!change)
            return (await (0,changeRange/* changeFor */.WK)(ctx)).outcome;
        let baseline = new Set();
        if (spec.baseline) {
            try {
                baseline = await readBaseline(ctx.cwd, spec.baseline);
            }
            catch (err) {
                return { status: 'error', summary: err.message };
            }
        }
        const options = {
            disableRules: spec.disableRules,
            rules: spec.rules,
            minEntropy: spec.minEntropy,
            allowPatterns: spec.allowPatterns,
            inlineMarkers: spec.inlineMarkers,
            allowPaths: spec.allowPaths,
            maxHits: MAX_HITS,
        };
        // The scanner loads when a scan runs, not with the config's schema (which needs the rules'
        // ids alone).
        const { secretsScan } = await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(8556)]).then(__webpack_require__.bind(__webpack_require__, 68556));
        // Asked for before the range is known: the scan's thread starts and loads its rules while
        // the range is resolved, and its git starts the moment the range is known. A range that
        // cannot be resolved fails the scan too; the range's own error is what the check says.
        const scanning = change.scanPortable({ kind: 'secrets', options, factory: secretsScan }, {
            paths: spec.paths.length || spec.exclude.length ? (0,pathspec/* globPathspecs */.c)(spec.paths, spec.exclude) : undefined,
            signal: ctx.signal,
            // Registered as found, a key's body whole too (each of its lines is masked on its own as
            // well); outputs are redacted when the bundle is sealed, so what other checks wrote
            // before is masked as well.
            onEvent: (e) => {
                const { secret, body } = e;
                ctx.secret(secret);
                if (body !== undefined)
                    ctx.secret(body);
            },
        });
        scanning.catch(() => undefined); // awaited below, once the range is known
        const got = await (0,changeRange/* changeFor */.WK)(ctx);
        if (got.outcome) {
            await scanning.catch(() => undefined);
            return got.outcome;
        }
        const { range } = got;
        const scanned = await scanning;
        const stats = scanned.stats;
        const { hits, total, skippedFiles, scannedFiles, binaryScanned, unread, rules } = scanned.result;
        const counted = [];
        const accepted = [];
        for (const hit of hits) {
            const by = hit.allowedBy ?? (inBaseline(baseline, hit.fingerprint) ? 'baseline' : undefined);
            (by ? accepted : counted).push(finding(hit, by));
        }
        const failures = counted.filter((f) => f.level === 'failure').length;
        const uncounted = total - hits.length;
        await ctx.evidence.write('findings.json', hits.map(({ secret: _secret, lines: _lines, ...h }) => ({
            ...h,
            baselined: inBaseline(baseline, h.fingerprint),
        })));
        await ctx.evidence.write('baseline-candidates.txt', `# Fingerprints of the findings of ${(0,changeRange/* rangeLabel */.QT)(range)}. Copy reviewed lines into the baseline file to accept them.\n` +
            counted
                .map((f) => `${f.fingerprint}  ${f.file}${f.line ? `:${f.line}` : ''}  ${f.message}`)
                .join('\n') +
            '\n');
        if (skippedFiles.length)
            await ctx.evidence.write('allowed-files.txt', `${skippedFiles.join('\n')}\n`);
        const metrics = {
            ...(0,changeRange/* rangeMetrics */.lB)(range),
            filesScanned: scannedFiles,
            addedLines: stats.addedLines,
            diffBytes: stats.bytes,
            binaryFilesScanned: binaryScanned,
            commitsScanned: stats.history?.read ?? 0,
            binaryFilesSkipped: unread.length,
            allowedFiles: skippedFiles.length,
            rules,
            findings: counted.length + uncounted,
            accepted: accepted.length,
        };
        // A binary file the scan could not read may hold anything: the check says so, and by name.
        const unscanned = unread.map((u) => ({
            level: 'warning',
            message: `binary file not scanned for secrets: ${u.why}`,
            file: u.file,
        }));
        const findings = [
            ...counted.slice(0, MAX_FINDINGS),
            ...unscanned.slice(0, 20),
            ...accepted.slice(0, Math.max(0, MAX_FINDINGS - counted.length)),
        ];
        const h = stats.history;
        if (h && (h.read < h.commits || h.limited))
            findings.push({
                level: 'notice',
                message: `the newest ${h.read} of the range's ${h.commits} commits were read one by one for values a later commit removed${h.limited ? `, up to ${(0,format/* formatBytes */.z3)(h.limited)} of their diffs` : ''}`,
            });
        if (unscanned.length > 20)
            findings.push({
                level: 'warning',
                message: `${unscanned.length - 20} more binary file(s) not scanned`,
            });
        if (counted.length + uncounted > MAX_FINDINGS)
            findings.push({
                level: 'warning',
                message: `${counted.length + uncounted - MAX_FINDINGS} more finding(s) in the evidence (findings.json)`,
            });
        const binary = binaryScanned ? ` and the text of ${binaryScanned} binary file(s)` : '';
        const commits = stats.history?.read ? ` (and each of its ${stats.history.read} commits)` : '';
        const where = `${metrics.filesScanned} changed file(s), ${stats.addedLines} added line(s)${binary} of ${(0,changeRange/* rangeLabel */.QT)(range)}${commits}`;
        if (counted.length === 0 && uncounted === 0) {
            const acc = accepted.length ? `; ${accepted.length} accepted` : '';
            if (unread.length)
                return {
                    status: 'warn',
                    summary: `no secrets in ${where}${acc}; ${unread.length} binary file(s) not scanned, first ${unread[0].file}: ${unread[0].why}`,
                    findings,
                    metrics,
                };
            return { status: 'pass', summary: `no secrets in ${where}${acc}`, findings, metrics };
        }
        const first = counted[0];
        const summary = `${counted.length + uncounted} possible secret(s) in ${where}; first: ${first.message} at ${first.file}${first.line ? `:${first.line}` : ''}`;
        return { status: failures > 0 || uncounted > 0 ? 'fail' : 'warn', summary, findings, metrics };
    },
});


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
