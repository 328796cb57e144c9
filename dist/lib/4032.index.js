export const id = 4032;
export const ids = [4032];
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

/***/ 54032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runRoutes: () => (/* binding */ runRoutes)
});

// EXTERNAL MODULE: ./src/checks/changeRange.ts
var changeRange = __webpack_require__(79792);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/change/pathspec.ts
var pathspec = __webpack_require__(79750);
// EXTERNAL MODULE: ./src/checks/routes/mounts.ts
var mounts = __webpack_require__(34404);
;// CONCATENATED MODULE: ./src/checks/routes/inventory.ts



/** A route file larger than this is a generated bundle or data, not read (and named). */
const MAX_FILE_BYTES = 4 * 1024 * 1024;
/** Bytes of pathspecs handed to one git process (well under the kernel's argument limits). */
const PATHSPEC_BYTES = 64 * 1024;
/** Beyond this many changed files, the whole tree is grepped and the changed files kept. */
const MAX_LITERAL_FILES = 4000;
/** Routes handled between two turns of the event loop. */
const BATCH = 2000;
/** Lets other checks run; stops here when the check's time is up, rather than working on. */
async function yieldToLoop(signal) {
    await new Promise((resolve) => setImmediate(resolve));
    signal?.throwIfAborted();
}
const literal = (file) => `:(top,literal)${file}`;
/** Files in groups whose pathspecs are small enough for one command line each. */
function fileGroups(files) {
    const groups = [];
    let group = [];
    let bytes = 0;
    for (const f of files) {
        const spec = literal(f);
        if (group.length && bytes + spec.length > PATHSPEC_BYTES) {
            groups.push(group);
            group = [];
            bytes = 0;
        }
        group.push(f);
        bytes += spec.length + 1;
    }
    if (group.length)
        groups.push(group);
    return groups;
}
/** Pathspecs naming exactly these files, in groups small enough for one command line each. */
function literalGroups(files, exclude) {
    // The source's excludes still apply: a file is read the same way at both ends.
    const ex = (0,pathspec/* globPathspecs */.c)([], exclude).slice(1);
    return fileGroups(files).map((g) => [...g.map(literal), ...ex]);
}
/** `git grep` over a source's files, or only over `only` (files of the source). */
async function grepFiles(change, rev, src, patterns, only, onHit, signal) {
    // The presets' patterns mean the same in PCRE; a user's custom prefilter is ERE as documented.
    const opts = { perl: src.framework.kind === 'parse' };
    const scope = (0,pathspec/* globPathspecs */.c)(src.paths, src.exclude);
    if (!only)
        return change.grep(rev, patterns, scope, onHit, signal, opts);
    if (only.size === 0)
        return;
    if (only.size > MAX_LITERAL_FILES)
        return change.grep(rev, patterns, scope, (h) => void (only.has(h.path) && onHit(h)), signal, opts);
    for (const group of literalGroups([...only].sort(), src.exclude)) {
        await change.grep(rev, patterns, group, onHit, signal, opts);
        await yieldToLoop(signal);
    }
}
/** The whole text of each file, by `git grep` of every line (one process for many files). */
async function readWhole(change, rev, files, exclude, onFile, signal) {
    for (const group of literalGroups(files, exclude)) {
        let current;
        let lines = [];
        let bytes = 0;
        const done = () => {
            if (current !== undefined)
                onFile(current, bytes > MAX_FILE_BYTES ? undefined : lines.join('\n'));
            lines = [];
            bytes = 0;
        };
        await change.grep(rev, [''], group, (hit) => {
            if (hit.path !== current) {
                done();
                current = hit.path;
            }
            if (bytes > MAX_FILE_BYTES)
                return;
            bytes += hit.text.length + 1;
            if (bytes > MAX_FILE_BYTES) {
                lines = [];
                return;
            }
            // A line git could not hand over whole must not shift the lines after it.
            while (lines.length < hit.line - 1)
                lines.push('');
            lines.push(hit.text);
        }, signal);
        done();
        await yieldToLoop(signal);
    }
}
/**
 * Blobs up to this size are read from git's object store: none of their lines can reach the
 * length at which `git grep` output is handed over in pieces (a mebibyte, with the path before it).
 */
const READ_BYTES = 512 * 1024;
const READ_BATCH = 16;
/**
 * A file's text as readWhole makes it from `git grep` output: its lines, each without the "\r"
 * before its end, joined by "\n" (so without a final line break); null for an empty file, which
 * has no line to show.
 */
function asGrepped(content) {
    if (content === '')
        return null;
    const lines = content.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    for (let i = 0; i < lines.length; i++)
        if (lines[i].endsWith('\r'))
            lines[i] = lines[i].slice(0, -1);
    return lines.join('\n');
}
/**
 * The whole text of files a `git grep` of this revision found lines in, as readWhole gives it
 * but read through the gate's one `git cat-file` (no process, no output line by line): grep
 * skipped them if they were binary, so their text is all there is. A file that cannot be read
 * that way (larger than READ_BYTES, or a read that fails) is read by readWhole, in the same
 * groups and order, so a file too large is named as before.
 */
async function readFound(change, rev, files, exclude, onFile, signal) {
    for (const group of fileGroups(files)) {
        const rest = [];
        // A few at a time: asked together, git answers them in one go; held together, they stay few.
        for (let at = 0; at < group.length; at += READ_BATCH) {
            const batch = group.slice(at, at + READ_BATCH);
            const texts = await Promise.all(batch.map((f) => change.read(rev, f, { maxBytes: READ_BYTES, signal }).then((content) => (content === undefined ? undefined : asGrepped(content)), () => undefined)));
            for (const [i, f] of batch.entries()) {
                const text = texts[i];
                if (text === undefined)
                    rest.push(f);
                else if (text !== null)
                    onFile(f, text);
            }
        }
        if (rest.length)
            await readWhole(change, rev, rest, exclude, onFile, signal);
        else
            await yieldToLoop(signal);
    }
}
/** The routes of a source's files at a revision: all of them, or only `only`. */
async function readSource(change, rev, src, only, signal) {
    const files = new Map();
    const tooLarge = new Set();
    const fw = src.framework;
    const hit = new Set();
    const take = (file, fr) => {
        if (fr.routes.length || fr.mounts?.length || fr.routers?.size)
            files.set(file, fr);
    };
    if (fw.kind === 'lines') {
        await grepFiles(change, rev, src, fw.grep, only, (h) => {
            hit.add(h.path);
            for (const r of fw.extract(h.text)) {
                const fr = files.get(h.path) ?? { routes: [] };
                fr.routes.push({ method: r.method, path: r.path, line: h.line, owner: '' });
                files.set(h.path, fr);
            }
        }, signal);
        return { files, tooLarge, read: hit.size };
    }
    if (fw.kind === 'files') {
        let list;
        if (only)
            list = [...only];
        else {
            const excluded = src.exclude.length ? picomatch_default()(src.exclude, { dot: true }) : () => false;
            list = (await change.listFiles(rev, src.paths, signal)).filter((f) => !excluded(f));
        }
        list = list.filter((f) => fw.route(src.roots, f)).sort();
        const texts = new Map();
        const needText = list.filter((f) => fw.needsText(f));
        await readWhole(change, rev, needText, src.exclude, (f, text) => texts.set(f, text), signal);
        for (const f of list) {
            const text = texts.get(f);
            if (fw.needsText(f) && texts.has(f) && text === undefined)
                tooLarge.add(f);
            take(f, fw.parse(src.roots, f, text));
        }
        return { files, tooLarge, read: list.length };
    }
    const candidates = new Set();
    const line = fw.line;
    await grepFiles(change, rev, src, fw.grep, only, (h) => void ((!line || (!candidates.has(h.path) && line.test(h.text))) && candidates.add(h.path)), signal);
    await readFound(change, rev, [...candidates].sort(), src.exclude, (f, text) => {
        if (text === undefined)
            tooLarge.add(f);
        else
            take(f, fw.parse(f, text));
    }, signal);
    return { files, tooLarge, read: candidates.size };
}
/** The routes of a revision's files, with every prefix (other files', the source's) applied. */
async function routesOf(src, files, signal) {
    const out = [];
    for (const route of (0,mounts/* expandRoutes */.V)(src.prefix, files)) {
        out.push(route);
        if (out.length % BATCH === 0)
            await yieldToLoop(signal);
    }
    return out;
}
/** Every route a revision declares. */
async function routesAt(change, rev, sources, signal) {
    const inv = { sources: [], tooLarge: [], filesRead: 0 };
    for (const src of sources) {
        const read = await readSource(change, rev, src, undefined, signal);
        inv.sources.push({ source: src, routes: await routesOf(src, read.files, signal) });
        inv.tooLarge.push(...read.tooLarge);
        inv.filesRead += read.read;
    }
    return inv;
}
/** The files of a source the range changed: their paths at its base and at its head. */
async function changedFiles(change, src, signal) {
    let inScope = () => true;
    let list;
    if (src.framework.kind === 'files') {
        // File routes are listed with the same globs at both ends (git ls-tree, then these globs).
        const inc = picomatch_default()(src.paths, { dot: true });
        const exc = src.exclude.length ? picomatch_default()(src.exclude, { dot: true }) : () => false;
        inScope = (p) => inc(p) && !exc(p);
        list = await change.files({ signal });
    }
    else
        list = await change.files({ paths: (0,pathspec/* globPathspecs */.c)(src.paths, src.exclude), signal });
    const base = new Set();
    const head = new Set();
    for (const f of list) {
        // A copy leaves its source as it was; an added file has no base.
        const before = f.status === 'A' || f.status === 'C' ? undefined : (f.oldPath ?? f.path);
        const after = f.status === 'D' ? undefined : f.path;
        if (before !== undefined && inScope(before))
            base.add(before);
        if (after !== undefined && inScope(after))
            head.add(after);
    }
    return { base, head };
}
/**
 * The routes at both ends of a range. The head is read in full (critical routes may be anywhere);
 * the base only in the files the range changed, the rest taken from the head, where they are the
 * same. Prefixes are then worked out over each end's files as a whole, so a prefix that changed
 * in one file moves the routes of files that did not.
 */
async function routesOfRange(change, range, sources, signal) {
    const base = { sources: [], tooLarge: [], filesRead: 0 };
    const head = { sources: [], tooLarge: [], filesRead: 0 };
    for (const src of sources) {
        const changed = await changedFiles(change, src, signal);
        const [atHead, atBase] = await Promise.all([
            readSource(change, range.head, src, undefined, signal),
            readSource(change, range.base, src, changed.base, signal),
        ]);
        const baseFiles = new Map();
        for (const [f, fr] of atHead.files)
            if (!changed.head.has(f))
                baseFiles.set(f, fr);
        for (const [f, fr] of atBase.files)
            baseFiles.set(f, fr);
        head.sources.push({ source: src, routes: await routesOf(src, atHead.files, signal) });
        base.sources.push({ source: src, routes: await routesOf(src, baseFiles, signal) });
        head.tooLarge.push(...atHead.tooLarge);
        base.tooLarge.push(...atBase.tooLarge, ...[...atHead.tooLarge].filter((f) => !changed.head.has(f)));
        head.filesRead += atHead.read;
        base.filesRead += atBase.read;
    }
    return { base, head };
}

// EXTERNAL MODULE: ./src/checks/routes/routePath.ts
var routePath = __webpack_require__(28382);
;// CONCATENATED MODULE: ./src/checks/routes/compare.ts


const compare_BATCH = 2000;
/** The distinct routes of a revision (per source, first declaration wins), keyed for look-ups. */
class RouteIndex {
    routes = [];
    /** The methods of each source's paths: looked up by parts, no key string built per route. */
    methods = new Map();
    /**
     * `norms` holds the comparable form of each path seen so far: the two ends of a range share
     * most of their paths, which are then normalized once.
     */
    static async of(inv, signal, norms = new Map()) {
        const index = new RouteIndex();
        let n = 0;
        for (const [source, s] of inv.sources.entries())
            for (const r of s.routes) {
                let norm = norms.get(r.path);
                if (norm === undefined)
                    norms.set(r.path, (norm = (0,routePath/* normalizePath */.Fd)(r.path)));
                index.add(source, r, norm);
                if (++n % compare_BATCH === 0)
                    await yieldToLoop(signal);
            }
        return index;
    }
    add(source, r, norm) {
        let paths = this.methods.get(source);
        if (!paths)
            this.methods.set(source, (paths = new Map()));
        let methods = paths.get(norm);
        if (!methods)
            paths.set(norm, (methods = new Set()));
        else if (methods.has(r.method))
            return;
        methods.add(r.method);
        this.routes.push({ ...r, source, norm });
    }
    /** Whether the same source serves the route: ANY on either side stands for every method. */
    serves(r) {
        const methods = this.methods.get(r.source)?.get(r.norm);
        if (!methods)
            return false;
        return r.method === 'ANY' || methods.has(r.method) || methods.has('ANY');
    }
    /** Routes of any source that answer a query. */
    matching(q) {
        return this.routes.filter((r) => (0,routePath/* answers */.GA)(r, q));
    }
}
/** Routes of `from` that `to` does not serve. */
async function missingFrom(from, to, signal) {
    const out = [];
    let n = 0;
    for (const r of from.routes) {
        if (!to.serves(r))
            out.push(r);
        if (++n % compare_BATCH === 0)
            await yieldToLoop(signal);
    }
    return out;
}

// EXTERNAL MODULE: ./src/checks/routes/sources.ts + 8 modules
var routes_sources = __webpack_require__(29314);
// EXTERNAL MODULE: ./src/checks/secrets/shapes.ts
var shapes = __webpack_require__(46445);
;// CONCATENATED MODULE: ./src/checks/routes/run.ts






const MAX_NOTICES = 50;
const where = (r) => `${r.file}${r.line ? `:${r.line}` : ''}`;
/**
 * A route as findings show it (and the evidence, masked as a whole): a token written into a
 * path (a bot's webhook route) is masked by its shape, since routes are read from all of the
 * code, not only from the lines the secrets check scanned.
 */
const shown = (r) => ({ ...r, path: (0,shapes/* maskKnownTokens */.C)(r.path) });
/** What a routes check does when it runs (src/checks/routes/routes.ts is its type). */
async function runRoutes(spec, ctx) {
    const sources = (0,routes_sources/* routeSources */.s)(spec.presets, spec.custom);
    if (sources.length === 0)
        return {
            status: 'error',
            summary: 'nothing to read routes from: give presets (e.g. [flask]) or custom patterns',
        };
    const several = sources.length > 1;
    // With several frameworks, a finding names the one whose route it is.
    const label = (r) => (several ? ` [${sources[r.source].name}]` : '');
    const critical = spec.critical.map(routePath/* parseQuery */.mA);
    const got = await (0,changeRange/* changeFor */.WK)(ctx);
    if (got.outcome) {
        // Without a base, removals cannot be told; missing critical routes at HEAD still can.
        if (!ctx.change || !critical.length)
            return got.outcome;
        const now = await routesAt(ctx.change, 'HEAD', sources, ctx.signal)
            .then((inv) => RouteIndex.of(inv, ctx.signal))
            .catch(() => undefined);
        const missing = now ? critical.filter((q) => now.matching(q).length === 0) : [];
        const findings = missing.map((q) => ({
            level: 'failure',
            message: `critical route missing at HEAD: ${q.text}`,
        }));
        return { ...got.outcome, findings };
    }
    const { change, range } = got;
    const { base, head } = await routesOfRange(change, range, sources, ctx.signal);
    ctx.log(`read ${head.filesRead} file(s) at head and ${base.filesRead} changed file(s) at base`);
    const norms = new Map();
    const [before, after] = await Promise.all([
        RouteIndex.of(base, ctx.signal, norms),
        RouteIndex.of(head, ctx.signal, norms),
    ]);
    // One route a line, serialized here: thousands of routes as an object would be redacted
    // value by value, blocking the event loop for most of a second; as text they are redacted
    // in one pass (and the seal redacts the file again). Tokens in paths are masked the same
    // way, over the whole text at once: each route on its own line, a token is found as in its
    // path alone, without a pass of every shape for each of thousands of routes.
    const listed = (index) => index.routes
        .map(({ source, norm: _norm, ...r }) => JSON.stringify(several ? { ...r, framework: sources[source].name } : r))
        .join(',\n    ');
    await ctx.evidence.write('routes.json', (0,shapes/* maskKnownTokens */.C)(`{\n  "range": ${JSON.stringify((0,changeRange/* rangeLabel */.QT)(range))},\n  "base": [\n    ${listed(before)}\n  ],\n  "head": [\n    ${listed(after)}\n  ]\n}\n`));
    const findings = [];
    for (const q of critical) {
        if (after.matching(q).length)
            continue;
        const was = before.matching(q)[0];
        findings.push({
            level: 'failure',
            message: `critical route missing at head: ${q.text}${was ? ` (was ${was.method} ${shown(was).path} at ${where(was)} in base)` : ' (not in base either)'}`,
            ...(was ? { file: was.file } : {}),
        });
    }
    const criticalMissing = findings.length;
    const ignored = spec.ignoreRemoved.map(routePath/* parseQuery */.mA);
    const removed = (await missingFrom(before, after, ctx.signal)).filter((r) => !ignored.some((q) => (0,routePath/* answers */.GA)(r, q)));
    // A removed route is named at the file that declared it; its line is the base's, which the
    // head may no longer have, so it is in the message rather than on the finding.
    for (const r of removed)
        findings.push({
            level: 'warning',
            message: `route removed since base: ${r.method} ${shown(r).path}${label(r)} (was at ${where(r)})`,
            file: r.file,
        });
    for (const f of new Set([...head.tooLarge, ...base.tooLarge]))
        findings.push({
            level: 'warning',
            message: `routes not read: ${f} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`,
            file: f,
        });
    const added = await missingFrom(after, before, ctx.signal);
    for (const r of added.slice(0, MAX_NOTICES))
        findings.push({
            level: 'notice',
            message: `new route: ${r.method} ${shown(r).path}${label(r)}`,
            file: r.file,
            ...(r.line ? { line: r.line } : {}),
        });
    const metrics = {
        ...(0,changeRange/* rangeMetrics */.lB)(range),
        routesBase: before.routes.length,
        routesHead: after.routes.length,
        added: added.length,
        removed: removed.length,
        critical: critical.length,
        criticalMissing,
        filesReadHead: head.filesRead,
        filesReadBase: base.filesRead,
    };
    const counts = `${after.routes.length} route(s) at head, ${before.routes.length} at base: ${added.length} added, ${removed.length} removed`;
    if (after.routes.length === 0 && before.routes.length === 0)
        return {
            status: 'error',
            summary: `no routes found at base or head with ${sources.map((s) => s.name).join(', ')} \u2014 check the presets and paths`,
            findings,
            metrics,
        };
    if (criticalMissing)
        return {
            status: 'fail',
            score: 2,
            summary: `${criticalMissing} critical route(s) missing: ${findings[0].message.replace('critical route missing at head: ', '')}; ${counts}`,
            findings,
            metrics,
        };
    const crit = critical.length ? `; all ${critical.length} critical route(s) present` : '';
    if (removed.length || head.tooLarge.length || base.tooLarge.length)
        return { status: 'warn', summary: `${counts}${crit}`, findings, metrics };
    return { status: 'pass', summary: `${counts}${crit}`, findings, metrics };
}


/***/ })

};
