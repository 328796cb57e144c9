export const id = 2024;
export const ids = [2024];
export const modules = {

/***/ 6830:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gh: () => (/* binding */ encodePin),
/* harmony export */   Hg: () => (/* binding */ runsFrom),
/* harmony export */   J1: () => (/* binding */ journalName),
/* harmony export */   L0: () => (/* binding */ encodeInvalidation),
/* harmony export */   M$: () => (/* binding */ encodeRun),
/* harmony export */   MQ: () => (/* binding */ decodeJournal),
/* harmony export */   Nb: () => (/* binding */ checkInvalidation),
/* harmony export */   PI: () => (/* binding */ mergeRecords),
/* harmony export */   Ym: () => (/* binding */ encodeRecord),
/* harmony export */   _W: () => (/* binding */ recordRunId),
/* harmony export */   dq: () => (/* binding */ pinnedRuns),
/* harmony export */   wg: () => (/* binding */ checkPin)
/* harmony export */ });
/* unused harmony exports runSchema, readRun */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12311);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);


/** The run a record is about. */
function recordRunId(r) {
    return r.kind === 'run' ? r.run.runId : r.kind === 'pin' ? r.pin.runId : r.invalidation.runId;
}
const isoDate = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().refine((s) => !Number.isNaN(Date.parse(s)), { message: 'expected an ISO date' });
const metricValue = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(), zod__WEBPACK_IMPORTED_MODULE_1__/* ["null"] */ .chJ()]);
/** What a run record must be; `readRun` reads the common case faster, to the same result. */
const runSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(1),
    profile: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    runId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    startedAt: isoDate,
    finishedAt: isoDate,
    verdict: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['promote', 'hold']),
    score: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    action: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['auto-promote', 'promote-with-hotfix', 'hold']),
    level: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['ga_ready', 'release_candidate', 'blocked']),
    sha: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    ref: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    bundleId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    blockers: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).optional(),
    ratchetTriggered: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
    hotfixChecks: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    checks: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
        id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        type: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        status: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['pass', 'warn', 'fail', 'error', 'skipped']),
        score: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
        metrics: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), metricValue).default({}),
    })),
});
const VERDICTS = new Set(['promote', 'hold']);
const ACTIONS = new Set(['auto-promote', 'promote-with-hotfix', 'hold']);
const LEVELS = new Set(['ga_ready', 'release_candidate', 'blocked']);
const STATUSES = new Set(['pass', 'warn', 'fail', 'error', 'skipped']);
const RUN_KEYS = new Set(Object.keys(runSchema.shape));
const CHECK_KEYS = new Set(['id', 'type', 'status', 'score', 'metrics']);
const RUN_ORDER = new Map([...RUN_KEYS].map((k, i) => [k, i]));
const CHECK_ORDER = new Map([...CHECK_KEYS].map((k, i) => [k, i]));
const OPTIONAL_TEXT = ['sha', 'ref', 'bundleId', 'url'];
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isDate = (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const isNumber = (v) => typeof v === 'number' && Number.isFinite(v);
const isTexts = (v) => Array.isArray(v) && v.every((x) => typeof x === 'string');
/**
 * The keys a schema does not name, in the order the record has them (as zod passes them on);
 * undefined for a `__proto__` key, which an assignment would not copy as data (the schema decides).
 */
function rest(into, from, known) {
    for (const k of Object.keys(from)) {
        if (known.has(k))
            continue;
        if (k === '__proto__')
            return undefined;
        into[k] = from[k];
    }
    return into;
}
/**
 * Whether a record's keys already come as the schema gives them back (its own keys in the
 * schema's order, then the others in the record's), with no `__proto__` key among them.
 */
function inSchemaOrder(v, order) {
    let last = -1;
    let others = false;
    for (const k of Object.keys(v)) {
        const at = order.get(k);
        if (at === undefined) {
            if (k === '__proto__')
                return false;
            others = true;
        }
        else if (others || at < last)
            return false;
        else
            last = at;
    }
    return true;
}
function quickCheck(v) {
    if (!isObject(v))
        return undefined;
    if (typeof v.id !== 'string' || typeof v.type !== 'string' || !STATUSES.has(v.status) || !isNumber(v.score))
        return undefined;
    const metrics = v.metrics === undefined ? {} : v.metrics;
    if (!isObject(metrics))
        return undefined;
    for (const m of Object.values(metrics))
        if (m !== null && typeof m !== 'string' && typeof m !== 'boolean' && !isNumber(m))
            return undefined;
    if (v.metrics !== undefined && inSchemaOrder(v, CHECK_ORDER))
        return v;
    return rest({ id: v.id, type: v.type, status: v.status, score: v.score, metrics }, v, CHECK_KEYS);
}
/**
 * A run record read without the schema, for the common case: a journal holds thousands of valid
 * runs, and checking each with zod is most of the time every command spends on history. It
 * accepts only what `runSchema` accepts and gives what it gives (its key order included); anything
 * else (undefined) goes to the schema, which also says what is wrong. A record already in that
 * shape, as history writes it, is given back itself: copying every run of a journal was about a
 * quarter of reading it.
 */
function quickRun(v) {
    if (!isObject(v))
        return undefined;
    if (v.schemaVersion !== 1 ||
        typeof v.profile !== 'string' ||
        typeof v.runId !== 'string' ||
        v.runId === '' ||
        !isDate(v.startedAt) ||
        !isDate(v.finishedAt) ||
        !VERDICTS.has(v.verdict) ||
        !isNumber(v.score) ||
        !ACTIONS.has(v.action) ||
        !LEVELS.has(v.level) ||
        OPTIONAL_TEXT.some((k) => v[k] !== undefined && typeof v[k] !== 'string') ||
        (v.blockers !== undefined && !isTexts(v.blockers)) ||
        (v.ratchetTriggered !== undefined && typeof v.ratchetTriggered !== 'boolean') ||
        !isTexts(v.hotfixChecks) ||
        !Array.isArray(v.checks))
        return undefined;
    const checks = [];
    let asIs = inSchemaOrder(v, RUN_ORDER);
    for (const c of v.checks) {
        const check = quickCheck(c);
        if (!check)
            return undefined;
        if (check !== c)
            asIs = false;
        checks.push(check);
    }
    if (asIs)
        return v;
    const out = {
        schemaVersion: 1,
        profile: v.profile,
        runId: v.runId,
        startedAt: v.startedAt,
        finishedAt: v.finishedAt,
        verdict: v.verdict,
        score: v.score,
        action: v.action,
        level: v.level,
    };
    for (const k of OPTIONAL_TEXT)
        if (v[k] !== undefined)
            out[k] = v[k];
    if (v.blockers !== undefined)
        out.blockers = [...v.blockers];
    if (v.ratchetTriggered !== undefined)
        out.ratchetTriggered = v.ratchetTriggered;
    out.hotfixChecks = [...v.hotfixChecks];
    out.checks = checks;
    return rest(out, v, RUN_KEYS);
}
/** A run record as the schema reads it, or why it cannot be read. */
function readRun(value) {
    const quick = quickRun(value);
    if (quick)
        return { run: quick };
    const run = runSchema.safeParse(value);
    return run.success ? { run: run.data } : { issue: firstIssue(run.error) };
}
const pinSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    runId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    pinned: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    at: isoDate,
    by: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
});
const invalidationSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    runId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    at: isoDate,
    by: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
});
/** NaN and ±Infinity do not survive JSON; they are recorded as null (a missing value). */
function finiteMetrics(run) {
    return {
        ...run,
        checks: run.checks.map((c) => ({
            ...c,
            metrics: Object.fromEntries(Object.entries(c.metrics).map(([k, v]) => [
                k,
                typeof v === 'number' && !Number.isFinite(v) ? null : v,
            ])),
        })),
    };
}
function encodeRun(run) {
    const { invalid: _invalid, ...rest } = finiteMetrics(run);
    return JSON.stringify(rest);
}
function encodeInvalidation(inv) {
    return JSON.stringify({ invalidate: inv });
}
function encodePin(pin) {
    return JSON.stringify({ pin });
}
function encodeRecord(r) {
    if (r.kind === 'pin')
        return encodePin(r.pin);
    return r.kind === 'run' ? encodeRun(r.run) : encodeInvalidation(r.invalidation);
}
function firstIssue(err) {
    const i = err.issues[0];
    return `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`;
}
/** Reads a journal; every line that cannot be read becomes a problem naming `source:line`. */
function decodeJournal(text, source) {
    const records = [];
    const problems = [];
    text.split('\n').forEach((raw, i) => {
        const line = raw.trim();
        if (line === '')
            return;
        const where = `${source}:${i + 1}`;
        let value;
        try {
            value = JSON.parse(line);
        }
        catch (err) {
            problems.push(`${where}: not JSON (${err.message}); line skipped`);
            return;
        }
        if (value && typeof value === 'object' && 'invalidate' in value) {
            const inv = invalidationSchema.safeParse(value.invalidate);
            if (inv.success)
                records.push({ kind: 'invalidate', invalidation: inv.data });
            else
                problems.push(`${where}: not an invalidation record (${firstIssue(inv.error)}); line skipped`);
            return;
        }
        if (value && typeof value === 'object' && 'pin' in value) {
            const pin = pinSchema.safeParse(value.pin);
            if (pin.success)
                records.push({ kind: 'pin', pin: pin.data });
            else
                problems.push(`${where}: not a pin record (${firstIssue(pin.error)}); line skipped`);
            return;
        }
        const version = value?.schemaVersion;
        if (typeof version === 'number' && version > 1) {
            problems.push(`${where}: written by a newer promotion-gate (schemaVersion ${version}); line skipped`);
            return;
        }
        const run = readRun(value);
        if ('run' in run)
            records.push({ kind: 'run', run: run.run });
        else
            problems.push(`${where}: not a run summary (${run.issue}); line skipped`);
    });
    return { records, problems };
}
/** Union of journals read from several places (artifacts of concurrent runs): each record once. */
function mergeRecords(lists) {
    const seen = new Set();
    const out = [];
    for (const list of lists)
        for (const r of list) {
            const key = encodeRecord(r);
            if (seen.has(key))
                continue;
            seen.add(key);
            out.push(r);
        }
    return out;
}
/**
 * Applies invalidations, keeps the profile's runs, orders them by finish time (journal order on
 * ties) and applies the options. Runs of another profile in this profile's journal are reported.
 */
function runsFrom(records, profile, opts = {}, problems = []) {
    const invalid = new Map();
    for (const r of records)
        if (r.kind === 'invalidate' && !invalid.has(r.invalidation.runId))
            invalid.set(r.invalidation.runId, r.invalidation);
    const runs = [];
    records.forEach((r, order) => {
        if (r.kind !== 'run')
            return;
        if (r.run.profile !== profile) {
            problems.push(`run ${r.run.runId} belongs to profile "${r.run.profile}", not "${profile}"; skipped`);
            return;
        }
        const inv = invalid.get(r.run.runId);
        const run = inv
            ? { ...r.run, invalid: { reason: inv.reason, at: inv.at, ...(inv.by ? { by: inv.by } : {}) } }
            : r.run;
        runs.push({ run, order, at: Date.parse(r.run.finishedAt) });
    });
    // Each finish time parsed once, not at every comparison of the sort.
    runs.sort((a, b) => a.at - b.at || a.order - b.order);
    let list = runs.map((x) => x.run);
    const pins = pinnedRuns(records, runs.map((x) => x.run));
    if (!opts.includeInvalid)
        list = list.filter((r) => !r.invalid);
    if (opts.limit !== undefined)
        list = opts.limit <= 0 ? [] : list.slice(-opts.limit);
    return { runs: list, problems, ...(pins.length ? { pins } : {}) };
}
/** The pins in force (the newest record of each run wins), each with its run as history has it. */
function pinnedRuns(records, runs) {
    const latest = new Map();
    for (const r of records) {
        if (r.kind !== 'pin')
            continue;
        const known = latest.get(r.pin.runId);
        if (!known || Date.parse(r.pin.at) >= Date.parse(known.at))
            latest.set(r.pin.runId, r.pin);
    }
    return [...latest.values()]
        .filter((p) => p.pinned)
        .map((pin) => {
        const run = runs.find((x) => x.runId === pin.runId);
        return { pin, ...(run ? { run } : {}) };
    });
}
/**
 * Checks that a run may be invalidated: it must exist. Returns false when it already is invalid
 * (marking twice is a no-op, so re-running a cleanup job is safe).
 */
function checkInvalidation(all, profile, runId, where) {
    const run = all.find((r) => r.runId === runId);
    if (!run) {
        const recent = all
            .slice(-5)
            .map((r) => r.runId)
            .join(', ');
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`no run "${runId}" of profile "${profile}" in ${where}${recent ? ` (latest runs: ${recent})` : ' (it holds no runs of this profile)'}`);
    }
    return !run.invalid;
}
/**
 * Checks that a pin may be recorded: the run exists and is valid (an invalid run is no
 * reference). Returns false when there is nothing to do: pinned already, or not pinned.
 */
function checkPin(read, profile, pin, where) {
    const current = (read.pins ?? []).some((p) => p.pin.runId === pin.runId);
    if (!pin.pinned)
        return current;
    checkInvalidation(read.runs, profile, pin.runId, where);
    const run = read.runs.find((r) => r.runId === pin.runId);
    if (run?.invalid)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`run "${pin.runId}" of profile "${profile}" is marked invalid (${run.invalid.reason}): an invalid run cannot be a reference`);
    return !current;
}
/** A file name for a profile's journal that any file system and git accept. */
function journalName(profile) {
    const safe = profile.replace(/[^A-Za-z0-9_-]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
    return `${safe}.jsonl`;
}


/***/ }),

/***/ 10294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IC: () => (/* binding */ keepNewest),
/* harmony export */   Mw: () => (/* binding */ pruneJournal),
/* harmony export */   bw: () => (/* binding */ withoutPruned),
/* harmony export */   hM: () => (/* binding */ keptSince)
/* harmony export */ });
/* unused harmony export newestRunIds */
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6830);

/**
 * Retention by count (drills keep their newest 36 by default): which runs of a journal stay.
 * Newest means latest finish time, journal order on ties, as history lists them.
 */
function newestRunIds(records, keep) {
    const runs = records
        .map((r, order) => ({ r, order }))
        .filter((x) => x.r.kind === 'run')
        .sort((a, b) => Date.parse(a.r.run.finishedAt) - Date.parse(b.r.run.finishedAt) || a.order - b.order);
    const ids = new Set(runs.slice(Math.max(0, runs.length - keep)).map((x) => x.r.run.runId));
    // A pinned run is a reference someone chose: it stays while it is pinned.
    for (const p of (0,_records_js__WEBPACK_IMPORTED_MODULE_0__/* .pinnedRuns */ .dq)(records, []))
        ids.add(p.pin.runId);
    return ids;
}
/** Records of the newest `keep` runs and their invalidations, in journal order. */
function keepNewest(records, keep) {
    const ids = newestRunIds(records, keep);
    return records.filter((r) => ids.has((0,_records_js__WEBPACK_IMPORTED_MODULE_0__/* .recordRunId */ ._W)(r)));
}
/**
 * A journal's text with only the newest `keep` runs (and their invalidations). A line that
 * cannot be read is kept as it is: retention removes old runs, never what it does not understand.
 */
function pruneJournal(text, keep) {
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    const decoded = lines.map((l) => (0,_records_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeJournal */ .MQ)(l, '').records[0]);
    const ids = newestRunIds(decoded.filter((r) => r !== undefined), keep);
    const kept = lines.filter((_, i) => {
        const r = decoded[i];
        if (!r)
            return true;
        return ids.has((0,_records_js__WEBPACK_IMPORTED_MODULE_0__/* .recordRunId */ ._W)(r));
    });
    return kept.length ? `${kept.join('\n')}\n` : '';
}
/** When retention removed runs: the finish time of the oldest run kept (undefined when none was removed). */
function keptSince(before, after) {
    const runs = (list) => list.flatMap((r) => (r.kind === 'run' ? [r.run] : []));
    const kept = runs(after);
    if (kept.length === runs(before).length || kept.length === 0)
        return undefined;
    return kept.reduce((a, b) => (Date.parse(b.finishedAt) < Date.parse(a.finishedAt) ? b : a)).finishedAt;
}
/**
 * For stores that merge several copies of a journal (one artifact per run, newest first): when
 * the newest copy says retention removed runs finished before `since`, those runs must not come
 * back from an older copy. Everything else is merged as before, so runs that two uploads at the
 * same time each missed are still recovered.
 */
function withoutPruned(journals) {
    const newest = journals.find((j) => j.records.some((r) => r.kind === 'run'));
    const floor = newest?.since === undefined ? NaN : Date.parse(newest.since);
    if (Number.isNaN(floor))
        return journals.map((j) => j.records);
    return journals.map((j) => j === newest
        ? j.records
        : j.records.filter((r) => r.kind !== 'run' || Date.parse(r.run.finishedAt) >= floor));
}


/***/ }),

/***/ 72024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createHistoryStore: () => (/* binding */ createHistoryStore),
  parseHistorySpec: () => (/* binding */ parseHistorySpec)
});

// UNUSED EXPORTS: DEFAULT_ARTIFACT_PREFIX, DEFAULT_HISTORY_BRANCH, DEFAULT_HISTORY_DIR

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/history/records.ts
var records = __webpack_require__(6830);
// EXTERNAL MODULE: ./src/history/retention.ts
var retention = __webpack_require__(10294);
;// CONCATENATED MODULE: ./src/history/directory.ts





/**
 * History in a local directory: `<dir>/<profile>.jsonl`. Each record is one O_APPEND write of one
 * line, which the kernel keeps whole even when several gates append at once.
 */
class DirectoryHistory {
    dir;
    label;
    gitIgnored;
    constructor(dir, label = dir, 
    /** Writes a `.gitignore` of `*` into the directory, so a local cache never makes a tree dirty. */
    gitIgnored = false) {
        this.dir = dir;
        this.label = label;
        this.gitIgnored = gitIgnored;
    }
    describe() {
        return `directory ${this.label}`;
    }
    file(profile) {
        return external_node_path_default().join(this.dir, (0,records/* journalName */.J1)(profile));
    }
    async list(profile, opts = {}) {
        const file = this.file(profile);
        let text;
        try {
            text = await (0,promises_.readFile)(file, 'utf8');
        }
        catch (err) {
            if (err.code === 'ENOENT')
                return { runs: [], problems: [] };
            return {
                runs: [],
                problems: [`cannot read ${external_node_path_default().join(this.label, (0,records/* journalName */.J1)(profile))}: ${(0,errors/* errorMessage */.gJ)(err)}`],
            };
        }
        const decoded = (0,records/* decodeJournal */.MQ)(text, external_node_path_default().join(this.label, (0,records/* journalName */.J1)(profile)));
        return (0,records/* runsFrom */.Hg)(decoded.records, profile, opts, decoded.problems);
    }
    async append(run, opts = {}) {
        await this.appendLine(run.profile, (0,records/* encodeRun */.M$)(run));
        if (opts.keep === undefined)
            return;
        // Rewritten whole and renamed into place, so a reader never sees half a journal.
        const file = this.file(run.profile);
        const tmp = `${file}.${process.pid}.tmp`;
        await (0,promises_.writeFile)(tmp, (0,retention/* pruneJournal */.Mw)(await (0,promises_.readFile)(file, 'utf8'), opts.keep));
        await (0,promises_.rename)(tmp, file);
    }
    async markInvalid(profile, runId, reason, by) {
        const all = await this.list(profile, { includeInvalid: true });
        if (!(0,records/* checkInvalidation */.Nb)(all.runs, profile, runId, this.describe()))
            return;
        await this.appendLine(profile, (0,records/* encodeInvalidation */.L0)({ runId, reason, at: new Date().toISOString(), ...(by ? { by } : {}) }));
    }
    async pin(profile, pin) {
        const all = await this.list(profile, { includeInvalid: true });
        if (!(0,records/* checkPin */.wg)(all, profile, pin, this.describe()))
            return;
        await this.appendLine(profile, (0,records/* encodePin */.Gh)(pin));
    }
    async appendLine(profile, line) {
        await (0,promises_.mkdir)(this.dir, { recursive: true });
        if (this.gitIgnored)
            await (0,promises_.writeFile)(external_node_path_default().join(this.dir, '.gitignore'), '*\n', { flag: 'wx' }).catch(() => undefined);
        const file = this.file(profile);
        // A run that died mid-write leaves a line without its newline; start on a fresh line so
        // only that torn line is lost, not this one too.
        const prefix = (await endsWithoutNewline(file)) ? '\n' : '';
        await (0,promises_.appendFile)(file, `${prefix}${line}\n`, { flag: 'a' });
    }
}
async function endsWithoutNewline(file) {
    let handle;
    try {
        handle = await (0,promises_.open)(file, 'r');
    }
    catch {
        return false;
    }
    try {
        const { size } = await handle.stat();
        if (size === 0)
            return false;
        const buf = Buffer.alloc(1);
        await handle.read(buf, 0, 1, size - 1);
        return buf[0] !== 0x0a;
    }
    finally {
        await handle.close();
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/change/git.ts
var git = __webpack_require__(16352);
;// CONCATENATED MODULE: ./src/history/gitBranch.ts







const BRANCH_README = `# promotion-gate history

Written by promotion-gate: one JSON line per gate run, one file per profile (\`<profile>.jsonl\`).
Lines are only ever appended. Mark a run invalid with
\`promotion-gate history invalidate --profile <profile> --run <id> --reason "…" --history git:<branch>\`
instead of editing it: invalid runs are left out of every comparison.
`;
/** Push failures that mean "someone else pushed first": fetch again and re-apply. */
const LOST_RACE = /\[rejected\]|non-fast-forward|fetch first|failed to update ref|cannot lock ref|stale info|incorrect old value|reference already exists/i;
const NO_REMOTE_REF = /couldn't find remote ref|no such ref was fetched/i;
class GitError extends Error {
}
function fail(what, r) {
    const detail = r.stderr.trim().split('\n').filter(Boolean).slice(-3).join(' / ') || `exit ${r.code}`;
    throw new GitError(`${what}: ${detail}`);
}
/**
 * History on a branch of the repository (e.g. promotion-gate-history), never checked out: records
 * are written with plumbing (hash-object, a private index, commit-tree) and pushed as a
 * fast-forward. When another run pushed first, the journal is fetched again and the line
 * re-applied on the new tip — the append-only format makes that rebase conflict-free.
 */
class GitBranchHistory {
    opts;
    remote;
    localRef;
    attempts;
    constructor(opts) {
        this.opts = opts;
        this.remote = opts.remote ?? 'origin';
        this.localRef = `refs/promotion-gate/history/${opts.branch}`;
        this.attempts = opts.attempts ?? 8;
    }
    describe() {
        return `git branch ${this.opts.branch} of ${this.remote}`;
    }
    git(args, extra = {}) {
        return (0,git/* runGit */.EO)(args, {
            cwd: this.opts.cwd,
            env: { ...(this.opts.env ?? process.env), ...extra.env },
            input: extra.input,
            timeoutMs: 120_000,
        });
    }
    /** Fetches the branch into a private ref; returns its tip, or undefined when it does not exist yet. */
    async fetch() {
        const r = await this.git([
            'fetch',
            '--quiet',
            '--no-tags',
            '--no-write-fetch-head',
            this.remote,
            `+refs/heads/${this.opts.branch}:${this.localRef}`,
        ]);
        if (r.code !== 0) {
            if (NO_REMOTE_REF.test(r.stderr)) {
                await this.git(['update-ref', '-d', this.localRef]);
                return undefined;
            }
            fail(`cannot fetch ${this.opts.branch} from ${this.remote}`, r);
        }
        const tip = await this.git(['rev-parse', '--verify', '--quiet', `${this.localRef}^{commit}`]);
        return tip.code === 0 ? tip.stdout.trim() : undefined;
    }
    async read(tip, file) {
        if (!tip)
            return '';
        const r = await this.git(['cat-file', '-p', `${tip}:${file}`]);
        if (r.code === 0)
            return r.stdout;
        if (/does not exist|not a valid object name|path .* does not exist/i.test(r.stderr))
            return '';
        fail(`cannot read ${file} on ${this.opts.branch}`, r);
    }
    async list(profile, opts = {}) {
        const file = (0,records/* journalName */.J1)(profile);
        try {
            const text = await this.read(await this.fetch(), file);
            const decoded = (0,records/* decodeJournal */.MQ)(text, `${this.opts.branch}:${file}`);
            return (0,records/* runsFrom */.Hg)(decoded.records, profile, opts, decoded.problems);
        }
        catch (err) {
            return { runs: [], problems: [`${this.describe()}: ${(0,errors/* errorMessage */.gJ)(err)}`] };
        }
    }
    async append(run, opts = {}) {
        const line = (0,records/* encodeRun */.M$)(run);
        await this.commitLine(run.profile, () => line, `${run.profile}: run ${run.runId} (${run.verdict})`, opts.keep);
    }
    async markInvalid(profile, runId, reason, by) {
        const at = (this.opts.now ?? (() => new Date()))().toISOString();
        const line = (0,records/* encodeInvalidation */.L0)({ runId, reason, at, ...(by ? { by } : {}) });
        await this.commitLine(profile, (text) => {
            const decoded = (0,records/* decodeJournal */.MQ)(text, `${this.opts.branch}:${(0,records/* journalName */.J1)(profile)}`);
            const all = (0,records/* runsFrom */.Hg)(decoded.records, profile, { includeInvalid: true });
            return (0,records/* checkInvalidation */.Nb)(all.runs, profile, runId, this.describe()) ? line : undefined;
        }, `${profile}: invalidate run ${runId}`);
    }
    async pin(profile, pin) {
        await this.commitLine(profile, (text) => {
            const decoded = (0,records/* decodeJournal */.MQ)(text, `${this.opts.branch}:${(0,records/* journalName */.J1)(profile)}`);
            const all = (0,records/* runsFrom */.Hg)(decoded.records, profile, { includeInvalid: true });
            return (0,records/* checkPin */.wg)(all, profile, pin, this.describe()) ? (0,records/* encodePin */.Gh)(pin) : undefined;
        }, `${profile}: ${pin.pinned ? 'pin' : 'unpin'} run ${pin.runId}`);
    }
    /**
     * fetch → append the line to the tip's journal → commit → push; on a lost race, again from
     * the new tip. `lineFor` sees the current journal and may decline (returns undefined).
     */
    async commitLine(profile, lineFor, message, keep) {
        const file = (0,records/* journalName */.J1)(profile);
        const tmp = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'pg-history-'));
        const index = { GIT_INDEX_FILE: external_node_path_default().join(tmp, 'index') };
        try {
            let last = '';
            for (let attempt = 1; attempt <= this.attempts; attempt++) {
                const tip = await this.fetch();
                const journal = await this.read(tip, file);
                const line = lineFor(journal);
                if (line === undefined)
                    return;
                const appended = `${journal}${journal === '' || journal.endsWith('\n') ? '' : '\n'}${line}\n`;
                const text = keep === undefined ? appended : (0,retention/* pruneJournal */.Mw)(appended, keep);
                const commit = await this.commit(tip, file, text, message, index);
                const push = await this.git([
                    'push',
                    '--quiet',
                    this.remote,
                    `${commit}:refs/heads/${this.opts.branch}`,
                ]);
                if (push.code === 0) {
                    await this.git(['update-ref', this.localRef, commit]);
                    return;
                }
                if (!LOST_RACE.test(push.stderr))
                    fail(`cannot push to ${this.opts.branch} on ${this.remote}`, push);
                last = push.stderr.trim().split('\n').pop() ?? '';
                this.opts.onRetry?.(attempt, last);
                // Back off with jitter so writers that collided do not collide again in lockstep.
                await new Promise((r) => setTimeout(r, Math.random() * 100 * attempt + 20));
            }
            throw new GitError(`cannot push to ${this.opts.branch} on ${this.remote}: other runs pushed first ${this.attempts} times in a row (${last})`);
        }
        finally {
            await (0,promises_.rm)(tmp, { recursive: true, force: true });
        }
    }
    async commit(tip, file, text, message, index) {
        const blob = await this.git(['hash-object', '-w', '--stdin'], { input: text });
        if (blob.code !== 0)
            fail('cannot write history blob', blob);
        const read = await this.git(tip ? ['read-tree', tip] : ['read-tree', '--empty'], { env: index });
        if (read.code !== 0)
            fail('cannot read history tree', read);
        const entries = [`100644,${blob.stdout.trim()},${file}`];
        if (!tip) {
            const readme = await this.git(['hash-object', '-w', '--stdin'], { input: BRANCH_README });
            if (readme.code !== 0)
                fail('cannot write history README', readme);
            entries.push(`100644,${readme.stdout.trim()},README.md`);
        }
        for (const e of entries) {
            const u = await this.git(['update-index', '--add', '--cacheinfo', e], { env: index });
            if (u.code !== 0)
                fail('cannot stage history file', u);
        }
        const tree = await this.git(['write-tree'], { env: index });
        if (tree.code !== 0)
            fail('cannot write history tree', tree);
        const env = this.opts.env ?? process.env;
        // Runners have no git identity configured; commits by the tool are signed off as the tool.
        const who = {
            GIT_AUTHOR_NAME: env.GIT_AUTHOR_NAME || 'promotion-gate',
            GIT_AUTHOR_EMAIL: env.GIT_AUTHOR_EMAIL || 'promotion-gate@users.noreply.github.com',
            GIT_COMMITTER_NAME: env.GIT_COMMITTER_NAME || 'promotion-gate',
            GIT_COMMITTER_EMAIL: env.GIT_COMMITTER_EMAIL || 'promotion-gate@users.noreply.github.com',
        };
        const commit = await this.git([
            'commit-tree',
            '--no-gpg-sign',
            tree.stdout.trim(),
            ...(tip ? ['-p', tip] : []),
            '-m',
            `promotion-gate history: ${message}`,
        ], { env: who });
        if (commit.code !== 0)
            fail('cannot commit history', commit);
        return commit.stdout.trim();
    }
}

;// CONCATENATED MODULE: ./src/history/select.ts




const DEFAULT_HISTORY_DIR = '.promotion-gate/.history';
const DEFAULT_HISTORY_BRANCH = 'promotion-gate-history';
const DEFAULT_ARTIFACT_PREFIX = 'promotion-gate-history';
const BRANCH = /^(?!-)(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9._/-]+(?<![./])$/;
/**
 * `off` · `dir` / `dir:PATH` · `git` / `git:BRANCH` / `git:BRANCH@REMOTE` · `artifacts` /
 * `artifacts:NAME`. `where` names the flag or input in messages.
 */
function parseHistorySpec(text, where) {
    const value = text.trim();
    const colon = value.indexOf(':');
    const kind = (colon < 0 ? value : value.slice(0, colon)).toLowerCase();
    const arg = colon < 0 ? '' : value.slice(colon + 1).trim();
    switch (kind) {
        case 'off':
        case 'none':
            return { kind: 'off' };
        case 'dir':
            return { kind: 'dir', path: arg || DEFAULT_HISTORY_DIR };
        case 'git': {
            // The first @ splits: a remote may be an SSH address (git@github.com:org/repo.git).
            const at = arg.indexOf('@');
            const branch = (at < 0 ? arg : arg.slice(0, at)) || DEFAULT_HISTORY_BRANCH;
            const remote = (at < 0 ? '' : arg.slice(at + 1)) || 'origin';
            if (!BRANCH.test(branch))
                throw new errors/* UsageError */.eb(`${where}: "${branch}" is not a valid branch name (e.g. git:${DEFAULT_HISTORY_BRANCH})`);
            return { kind: 'git', branch, remote };
        }
        case 'artifacts':
        case 'artifact':
            if (arg && !/^[\w.-]+$/.test(arg))
                throw new errors/* UsageError */.eb(`${where}: artifact name "${arg}" may use only letters, digits, ".", "_" and "-"`);
            return { kind: 'artifacts', prefix: arg || DEFAULT_ARTIFACT_PREFIX };
        default:
            throw new errors/* UsageError */.eb(`${where}: unknown history store "${value}"; use off, dir[:PATH], git[:BRANCH[@REMOTE]] or artifacts[:NAME]`);
    }
}
async function createHistoryStore(spec, deps) {
    switch (spec.kind) {
        case 'off':
            return undefined;
        case 'dir':
            // The default place is a local cache: kept out of git so a `git: {clean: true}` check stays clean.
            return new DirectoryHistory(external_node_path_default().resolve(deps.cwd, spec.path), spec.path, spec.path === DEFAULT_HISTORY_DIR);
        case 'git':
            return new GitBranchHistory({ cwd: deps.cwd, branch: spec.branch, remote: spec.remote, env: deps.env });
        case 'artifacts': {
            // Loaded only when chosen: the artifact client and its Azure SDK are most of the bundle.
            const { ArtifactHistory } = await Promise.all(/* import() */[__webpack_require__.e(3167), __webpack_require__.e(2903)]).then(__webpack_require__.bind(__webpack_require__, 72903));
            return ArtifactHistory.fromEnvironment(spec.prefix, deps);
        }
    }
}


/***/ })

};
