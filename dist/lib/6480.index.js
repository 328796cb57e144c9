export const id = 6480;
export const ids = [6480];
export const modules = {

/***/ 16480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ runGate)
});

// UNUSED EXPORTS: defaultOutDir

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/adapters/exec.ts
var adapters_exec = __webpack_require__(77911);
// EXTERNAL MODULE: ./src/adapters/http.ts
var http = __webpack_require__(93618);
// EXTERNAL MODULE: ./src/adapters/logger.ts
var logger = __webpack_require__(74810);
// EXTERNAL MODULE: ./src/bundle/seal.ts + 1 modules
var seal = __webpack_require__(3167);
// EXTERNAL MODULE: ./src/change/git.ts
var change_git = __webpack_require__(16352);
;// CONCATENATED MODULE: ./src/change/lastPromoted.ts
/**
 * The base a promotion is compared with when nothing more specific is given: the commit of the
 * newest valid run of this profile that was promoted.
 */
function lastPromotedFrom(history) {
    if (!history)
        return undefined;
    return async () => {
        const read = await history.read();
        for (let i = read.runs.length - 1; i >= 0; i--) {
            const run = read.runs[i];
            if (run.verdict === 'promote' && run.sha)
                return { sha: run.sha, detail: `last promoted run ${run.runId} of ${run.finishedAt.slice(0, 10)}` };
        }
        // Nothing promoted yet is normal; a store that could not be read must be visible.
        if (read.problems.length)
            throw new Error(read.problems.join('; '));
        return undefined;
    };
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/change/attributes.ts




async function plainAttributes(git) {
    const gitDir = (await (0,change_git/* gitOrThrow */.QE)(['rev-parse', '--absolute-git-dir'], git)).trim();
    if (!gitDir)
        throw new Error('git rev-parse --absolute-git-dir named no directory');
    // In the temporary folder of the environment git runs with (the process's unless given one).
    const room = await (0,promises_.mkdtemp)(external_node_path_default().join(git.env.TMPDIR || external_node_os_default().tmpdir(), 'promotion-gate-git-'));
    return {
        cwd: room,
        env: {
            ...git.env,
            GIT_DIR: gitDir,
            GIT_WORK_TREE: room,
            // Never written: a diff of two commits reads no index.
            GIT_INDEX_FILE: external_node_path_default().join(room, 'index'),
        },
        remove: () => (0,promises_.rm)(room, { recursive: true, force: true }),
    };
}

// EXTERNAL MODULE: ./src/change/blobs.ts
var change_blobs = __webpack_require__(92076);
// EXTERNAL MODULE: ./src/change/lines.ts
var lines = __webpack_require__(73631);
// EXTERNAL MODULE: ./src/change/range.ts + 2 modules
var change_range = __webpack_require__(10277);
// EXTERNAL MODULE: ./src/change/shared.ts
var shared = __webpack_require__(35371);
// EXTERNAL MODULE: ./src/change/stream.ts + 1 modules
var stream = __webpack_require__(33206);
// EXTERNAL MODULE: ./src/adapters/threads.ts
var adapters_threads = __webpack_require__(52353);
// EXTERNAL MODULE: ./src/change/thread.ts
var thread = __webpack_require__(42330);
// EXTERNAL MODULE: ./src/change/types.ts
var types = __webpack_require__(18641);
;// CONCATENATED MODULE: ./src/change/source.ts











const READ_MAX = 32 * 1024 * 1024;
/** Bytes of hits a search of the checked-out files holds before it falls back to the commit. */
const HELD_MAX = 16 * 1024 * 1024;
/** Bytes of held hits handed over in one turn of the event loop. */
const HANDED_AT_ONCE = 64 * 1024;
const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** The start of an entry of `git ls-files -v -z` that is marked skip-worktree, after another. */
const SKIPPED_ENTRY = Buffer.from('\0S');
/** Ends a listing of the index at its first skip-worktree entry. */
const SKIPPED = new Error('a file is marked skip-worktree');
/** About what a hit takes in memory: its strings and their line number. */
const hitBytes = (h) => h.path.length + h.text.length + 16;
/** `N files changed, I insertions(+), D deletions(-)` (each part left out when 0). */
function parseShortstat(out) {
    const n = (re) => Number(re.exec(out)?.[1] ?? 0);
    return {
        files: n(/(\d+) files? changed/),
        insertions: n(/(\d+) insertions?\(\+\)/),
        deletions: n(/(\d+) deletions?\(-\)/),
    };
}
function anySignal(a, b) {
    if (!a || !b)
        return a ?? b;
    return AbortSignal.any([a, b]);
}
/** Pathspecs as one key: no pathspec and an empty list both mean every file. */
const pathKey = (paths) => (paths && paths.length ? JSON.stringify(paths) : '');
/**
 * The git-backed ChangeSource: one per gate run, the range resolved on first use. The checks that
 * read the diff run side by side and often ask for the same things: a file list asked for again
 * with the same pathspecs is the same answer (one git), and scans of the same pathspecs that
 * start together read one git stream, each check's visitor seeing every line.
 */
function createChangeSource(opts) {
    // Closed when the gate is done: a fetch still running for a check that timed out must not
    // keep the process alive.
    const closed = new AbortController();
    const base = { cwd: opts.cwd, env: opts.env, signal: anySignal(opts.signal, closed.signal) };
    const git = (signal) => ({ ...base, signal: anySignal(base.signal, signal) });
    let pending;
    let record;
    const blobs = new change_blobs/* BlobReader */.n(base);
    /** Made when a scan first needs it, removed when the gate closes the source. */
    let plain;
    const plainGit = () => {
        plain ??= plainAttributes(base);
        return plain;
    };
    /** Options for a git that reads the range's content: none of the repository's attributes apply. */
    const contentGit = async (signal) => {
        const p = await plainGit();
        return { cwd: p.cwd, env: p.env, signal: git(signal).signal };
    };
    // Whether this git can search with PCRE: unknown until a search says it cannot.
    let perlGrep;
    /**
     * The commit whose files are checked out exactly: HEAD, when no tracked file differs from it,
     * staged or not; undefined otherwise. Asked afresh each time.
     */
    const cleanHead = async (signal) => {
        const res = await (0,change_git/* runGit */.EO)([
            '--no-optional-locks',
            '-c',
            'core.fsmonitor=false',
            'status',
            '--porcelain=v2',
            '--branch',
            '-z',
            '--untracked-files=no',
            '--ignore-submodules=all',
        ], { ...git(signal), maxBytes: 64 * 1024 }).catch(() => undefined);
        if (res?.code !== 0)
            return undefined;
        const entries = res.stdout.split('\0').filter(Boolean);
        if (!entries.every((e) => e.startsWith('# ')))
            return undefined;
        const oid = entries.find((e) => e.startsWith('# branch.oid '))?.slice('# branch.oid '.length);
        return oid && FULL_SHA.test(oid) ? oid : undefined;
    };
    /** Whether the files checked out are exactly commit `sha`'s. Asked afresh each time. */
    const checkoutIs = async (sha, signal) => (await cleanHead(signal)) === sha;
    /**
     * Whether every tracked file is in the checkout: a search of the files on disk passes over a
     * file marked skip-worktree (a sparse checkout), where a search of the commit reads it.
     */
    const nothingSkipped = async () => {
        // Each entry is `<tag> <path>\0`, `S` the tag of skip-worktree. Read as it comes and never held:
        // the index of a large repository lists hundreds of thousands of files, and the first file
        // left out answers the question.
        let entryStarts = true;
        const res = await (0,change_git/* streamGit */.t1)(['ls-files', '-v', '-z'], git(), (c) => {
            if ((entryStarts && c[0] === 0x53) || c.includes(SKIPPED_ENTRY))
                throw SKIPPED;
            entryStarts = c[c.length - 1] === 0;
        }).catch(() => undefined);
        return res?.code === 0;
    };
    /**
     * Whether a search at `rev` may read the files on disk; a name that is not a full commit id
     * never may. The checkout is looked at once (both questions at once) and the answer shared by
     * every search, at every commit: the base's search and the head's start together, and a
     * second look would tell them nothing the first did not.
     */
    let checkout;
    const searchableOnDisk = (rev, signal) => {
        if (!FULL_SHA.test(rev))
            return Promise.resolve(false);
        checkout ??= Promise.all([cleanHead(), nothingSkipped()]).then(([head, whole]) => ({ head, whole }));
        return (0,shared/* abortable */.ZC)(checkout.then((c) => c.head === rev && c.whole), signal);
    };
    let heldLocally;
    const local = new Promise((resolve) => (heldLocally = resolve));
    const range = () => {
        pending ??= (0,change_range/* resolveRange */.S)(base, { ...opts, onLocal: heldLocally }).then((r) => {
            const { fetched, ...rest } = r;
            record = fetched.length ? r : rest;
            return r;
        }, (err) => {
            heldLocally(false);
            record = { error: err.message };
            throw err;
        });
        return pending;
    };
    const pathArgs = (paths) => (paths && paths.length ? ['--', ...paths] : []);
    const pathsOf = (key) => (key ? JSON.parse(key) : []);
    const historyOf = (r, key) => ({
        base: r.base,
        head: r.head,
        paths: pathsOf(key),
        ...(opts.maxHistoryBytes !== undefined ? { maxBytes: opts.maxHistoryBytes } : {}),
    });
    const fileLists = new shared/* SharedRuns */.Y4(async (key, signal) => {
        const r = await range();
        const res = await (0,change_git/* runGit */.EO)(['diff', '--name-status', '-z', ...stream/* DIFF_FLAGS */.uT, r.base, r.head, ...pathArgs(pathsOf(key))], { ...git(signal), maxBytes: 256 * 1024 * 1024 });
        if (res.code !== 0)
            throw new Error(`git diff --name-status failed: ${res.stderr}`);
        return parseNameStatus(res.stdout);
    });
    /** Scans that may still be joined, by pathspecs: until their first line, a scan takes more visitors. */
    const scans = new Map();
    /**
     * Lines added and removed in the whole diff (deleted files aside), counted from the hunk headers
     * of the first scan of every file as it passes; settled when that scan is read to its end.
     */
    let wholeLines;
    /** A check announced a scan of the whole diff that has not started yet. */
    let expecting = false;
    /** Settled when a whole scan starts, or when no scan will. */
    let wholeBegun;
    const whole = new Promise((resolve) => (wholeBegun = resolve));
    /** For the first scan of the whole diff: settles `wholeLines` with the counts it read, or unsets it. */
    const countWhole = (key) => {
        if (key !== '' || wholeLines)
            return undefined;
        let counting;
        const counted = new Promise((resolve, reject) => {
            counting = { resolve, reject };
        });
        counted.catch(() => undefined);
        wholeLines = counted;
        wholeBegun();
        return {
            done: (lines) => counting.resolve(lines),
            // Cut short (every check stopped reading, git failed): its counts are not the diff's.
            failed: (err) => {
                if (wholeLines === counted)
                    wholeLines = undefined;
                counting.reject(err);
            },
        };
    };
    /** Scan threads not started yet, by pathspecs: visitors asked for in the same turn share one. */
    const threads = new Map();
    const startScan = (key) => {
        const stop = new AbortController();
        // No scan is joined once it is over, or once it starts to be: then a new one begins.
        const forget = () => {
            if (scans.get(key) === fan)
                scans.delete(key);
        };
        const fan = new shared/* DiffFanOut */.Td((reason) => {
            forget();
            stop.abort(reason);
        });
        const lines = { insertions: 0, deletions: 0 };
        const counting = countWhole(key);
        const streamed = async () => {
            const [r, at] = await Promise.all([range(), contentGit(stop.signal)]);
            // Read on this thread: git keeps writing while a chunk is scanned. A worker thread reading
            // ahead for this thread (measured on a 222 MB diff) doubled the gate's memory \u2014 a second
            // heap, megabytes of chunks in flight \u2014 and was no faster; a visitor that can run elsewhere
            // whole goes through `scanPortable` instead, which moves no lines between threads.
            const out = await (0,stream/* streamDiff */.kE)((0,stream/* scanArgs */.tA)(r, pathsOf(key)), at, fan, {
                maxLineBytes: opts.maxLineBytes,
                history: historyOf(r, key),
                onFirstChunk: () => {
                    fan.begun = true;
                    forget();
                },
            });
            lines.insertions = out.lines.insertions;
            lines.deletions = out.lines.deletions;
            return out.stats;
        };
        streamed().then((stats) => {
            forget();
            counting?.done(lines);
            fan.finish(stats);
        }, (err) => {
            forget();
            counting?.failed(err);
            fan.fail(err);
        });
        return fan;
    };
    const source = {
        range,
        settled: () => record,
        local: () => {
            range().catch(() => undefined);
            return local;
        },
        close() {
            wholeBegun();
            closed.abort(new types/* ChangeRangeError */.g('the gate finished before git did'));
            // Its git processes were just stopped; the directory holds nothing of theirs.
            void plain?.then((p) => p.remove(), () => undefined);
        },
        expectWholeScan() {
            expecting = true;
        },
        scansDone() {
            wholeBegun();
        },
        async files(o = {}) {
            // A copy each: one check sorting its list cannot reorder another's.
            return (await fileLists.get(pathKey(o.paths), o.signal)).slice();
        },
        scan(visitor, o = {}) {
            const key = pathKey(o.paths);
            let fan = scans.get(key);
            if (!fan) {
                fan = startScan(key);
                scans.set(key, fan);
            }
            return fan.join(visitor, o.signal);
        },
        async scanPortable(job, o = {}) {
            const onEvent = o.onEvent ?? (() => undefined);
            if (!(0,adapters_threads/* threadsEnabled */.Pi)()) {
                const run = job.factory(job.options, onEvent);
                const stats = await source.scan(run.visitor, o);
                return { stats, result: run.finish() };
            }
            const key = pathKey(o.paths);
            // Counted from the start, as a scan on this thread would be: `stat` looks for it at once.
            const counting = countWhole(key);
            try {
                let batch = threads.get(key);
                if (!batch?.open) {
                    // Started before the range is resolved: the thread loads its scans meanwhile, and its git
                    // starts as soon as the range is known.
                    const b = new thread/* ThreadBatch */.X({
                        git: Promise.all([range(), plainGit()]).then(([r, p]) => ({
                            args: (0,stream/* scanArgs */.tA)(r, pathsOf(key)),
                            cwd: p.cwd,
                            env: p.env,
                            history: historyOf(r, key),
                        })),
                        ...(opts.maxLineBytes !== undefined ? { maxLineBytes: opts.maxLineBytes } : {}),
                    });
                    threads.set(key, b);
                    // Checks that start together ask in the same turn: they share the thread and its git.
                    setImmediate(() => {
                        if (threads.get(key) === b)
                            threads.delete(key);
                        b.start();
                    });
                    batch = b;
                }
                const scan = await batch.add({ kind: job.kind, options: job.options }, onEvent, anySignal(base.signal, o.signal));
                counting?.done(scan.lines);
                return { stats: scan.stats, result: scan.result };
            }
            catch (err) {
                counting?.failed(err);
                throw err;
            }
        },
        async stat(signal) {
            const r = await range();
            // A turn for the checks that scan the whole diff to start doing so: their counts are used.
            await new Promise((resolve) => setImmediate(resolve));
            // One announced may start later (after its own reads): diffing the change twice costs more.
            if (expecting && !wholeLines)
                await (0,shared/* abortable */.ZC)(whole, signal);
            const shortstat = async (filter) => {
                // Counted as the scans read the diff: a file the change declares binary has its lines.
                const res = await (0,change_git/* runGit */.EO)(['diff', '--shortstat', '--no-color', '-M', ...filter, r.base, r.head], await contentGit(signal));
                if (res.code !== 0)
                    throw new Error(`git diff --shortstat failed: ${res.stderr}`);
                return parseShortstat(res.stdout);
            };
            const counting = wholeLines;
            if (!counting)
                return shortstat([]);
            // The scan leaves deleted files out: their lines are counted apart, which reads only them.
            const [files, deleted, lines] = await Promise.all([
                fileLists.get('', signal),
                shortstat(['--diff-filter=D']),
                counting.catch(() => undefined),
            ]);
            // The scan was cut short: the diff is measured on its own after all.
            if (!lines)
                return shortstat([]);
            return {
                files: files.length,
                insertions: lines.insertions,
                deletions: lines.deletions + deleted.deletions,
            };
        },
        async read(rev, path, o = {}) {
            const spec = `${rev}:${path}`;
            if (!/[\n\r]/.test(spec)) {
                const blob = await blobs.read(spec, o.maxBytes ?? READ_MAX, o.signal);
                if (blob === undefined)
                    return undefined;
                if (blob.type !== 'blob')
                    throw new Error(`cannot read ${path} at ${rev.slice(0, 12)}: it is a ${blob.type}, not a file`);
                return blob.text;
            }
            // A name with a line break cannot go through the batch: one git of its own.
            const res = await (0,change_git/* runGit */.EO)(['cat-file', 'blob', `${rev}:${path}`], {
                ...git(o.signal),
                maxBytes: o.maxBytes ?? READ_MAX,
            });
            if (res.code === 0)
                return res.stdout;
            if (/does not exist|exists on disk, but not in|not a valid object name|Not a valid object/i.test(res.stderr))
                return undefined;
            throw new Error(`cannot read ${path} at ${rev.slice(0, 12)}: ${res.stderr}`);
        },
        async listFiles(rev, globs, signal) {
            const res = await (0,change_git/* runGit */.EO)(['ls-tree', '-r', '-z', '--name-only', '--full-tree', rev], {
                ...git(signal),
                maxBytes: 256 * 1024 * 1024,
            });
            if (res.code !== 0)
                throw new Error(`git ls-tree ${rev.slice(0, 12)} failed: ${res.stderr}`);
            const match = picomatch_default()(globs, { dot: true });
            return res.stdout.split('\0').filter((p) => p && match(p));
        },
        async entries(rev, paths, signal) {
            const out = new Map();
            // A few hundred paths a call: a command line stays far below the system's limit.
            for (let at = 0; at < paths.length; at += 500) {
                const specs = paths.slice(at, at + 500).map((p) => `:(top,literal)${p}`);
                const res = await (0,change_git/* runGit */.EO)(['ls-tree', '-z', '-l', '--full-tree', rev, '--', ...specs], {
                    ...git(signal),
                    maxBytes: 64 * 1024 * 1024,
                });
                if (res.code !== 0)
                    throw new Error(`git ls-tree ${rev.slice(0, 12)} failed: ${res.stderr}`);
                // <mode> SP <type> SP <object> SP+ <size or -> TAB <path> NUL; a link's blob holds the
                // path it points to.
                for (const line of res.stdout.split('\0')) {
                    const m = /^(\d{6}) (\w+) ([0-9a-f]+) +(\d+|-)\t(.*)$/s.exec(line);
                    if (!m)
                        continue;
                    const entry = { mode: m[1], size: m[4] === '-' ? 0 : Number(m[4]) };
                    if (entry.mode === '120000') {
                        const target = await blobs.read(m[3], 4096, signal);
                        if (target?.type !== 'blob')
                            continue;
                        entry.link = target.text;
                    }
                    out.set(m[5], entry);
                }
            }
            return out;
        },
        async grep(rev, patterns, paths, onHit, signal, opts) {
            /** One search at `rev`, or in the files checked out when `rev` is undefined. */
            const search = async (at, hit, stop) => {
                const prefix = at === undefined ? undefined : `${at}:`;
                const run = async (dialect, skip) => {
                    // Every file searched as text: `-I` would pass over files the change itself declares
                    // binary in its .gitattributes (`-diff`), and with them the routes they hold.
                    const args = ['grep', '-z', '-n', '-a', dialect, '--full-name', '--no-color'];
                    for (const p of patterns)
                        args.push('-e', p);
                    if (at !== undefined)
                        args.push(at);
                    args.push(...pathArgs(paths));
                    let seen = 0;
                    const splitter = new lines/* LineSplitter */.g3((text) => {
                        // [rev:]path\0line\0text
                        const a = text.indexOf('\0');
                        const b = text.indexOf('\0', a + 1);
                        if (a < 0 || b < 0)
                            return;
                        if (seen++ < skip)
                            return;
                        hit({
                            path: text.slice(prefix && text.startsWith(prefix) ? prefix.length : 0, a),
                            line: Number(text.slice(a + 1, b)),
                            text: text.slice(b + 1).replace(/\r$/, ''),
                        });
                    });
                    const res = await (0,change_git/* streamGit */.t1)(args, git(stop), (c) => splitter.push(c));
                    // A git that failed may have stopped part way through a line: only whole lines count.
                    if (res.code === 0 || res.code === 1)
                        splitter.end();
                    return { ...res, seen };
                };
                const where = at === undefined ? 'in the checked-out files' : `at ${at.slice(0, 12)}`;
                if (opts?.perl && perlGrep !== false) {
                    const res = await run('-P', 0);
                    // Exit 1 is "no match", not a failure.
                    if (res.code === 0 || res.code === 1)
                        return;
                    if (res.stopped)
                        throw new Error(`git grep ${where} failed: ${res.stopped}`);
                    // A git built without PCRE (or older than -P), or a match PCRE gave up on: the same
                    // patterns as POSIX ERE find the same lines in the same order, so the hits already
                    // handed over are skipped.
                    if (/USE_LIBPCRE|Perl-compatible|unknown switch/i.test(res.stderr))
                        perlGrep = false;
                    const again = await run('-E', res.seen);
                    if (again.code !== 0 && again.code !== 1)
                        throw new Error(`git grep ${where} failed: ${again.stderr || again.stopped}`);
                    return;
                }
                const res = await run('-E', 0);
                if (res.code !== 0 && res.code !== 1)
                    throw new Error(`git grep ${where} failed: ${res.stderr || res.stopped}`);
            };
            // The files checked out are the commit's: read them rather than inflate every blob of the
            // commit (several times less CPU on a large tree). The hits are held until the checkout is
            // found unchanged once more, so a file written while it was searched (a build running
            // beside the gate) never counts; then, or when they would take too much memory, or when
            // the files cannot be searched, the commit itself is searched.
            if (await searchableOnDisk(rev, signal)) {
                const held = [];
                let bytes = 0;
                const full = new AbortController();
                const stop = anySignal(signal, full.signal);
                let searched = true;
                try {
                    await search(undefined, (h) => {
                        bytes += hitBytes(h);
                        if (bytes > HELD_MAX)
                            full.abort(new Error('too many hits to hold'));
                        else if (!full.signal.aborted)
                            held.push(h);
                    }, stop);
                }
                catch (err) {
                    if (signal?.aborted)
                        throw err;
                    searched = false;
                }
                if (searched && !full.signal.aborted && (await checkoutIs(rev, signal))) {
                    // Handed over as a stream hands them: a turn of the event loop between slices.
                    let slice = 0;
                    for (const h of held) {
                        onHit(h);
                        slice += hitBytes(h);
                        if (slice < HANDED_AT_ONCE)
                            continue;
                        slice = 0;
                        await new Promise((resolve) => setImmediate(resolve));
                        signal?.throwIfAborted();
                    }
                    return;
                }
            }
            await search(rev, onHit, signal);
        },
    };
    return source;
}
function parseNameStatus(out) {
    const parts = out.split('\0');
    const files = [];
    for (let i = 0; i < parts.length; i++) {
        const code = parts[i];
        if (!code)
            continue;
        const status = code[0];
        if (status === 'R' || status === 'C') {
            files.push({ status, oldPath: parts[i + 1], path: parts[i + 2] });
            i += 2;
        }
        else {
            files.push({ status: status === 'T' ? 'M' : status, path: parts[i + 1] });
            i += 1;
        }
    }
    return files;
}

// EXTERNAL MODULE: ./src/config/load.ts + 4 modules
var load = __webpack_require__(52008);
// EXTERNAL MODULE: ./src/checks/secrets/shapes.ts
var shapes = __webpack_require__(46445);
// EXTERNAL MODULE: ./src/core/redact.ts + 3 modules
var redact = __webpack_require__(8670);
// EXTERNAL MODULE: ./src/core/format.ts
var format = __webpack_require__(96228);
;// CONCATENATED MODULE: ./src/decision/ratchet.ts

/** Applies when nothing else holds: a run that already holds needs no ratchet to hold it. */
function applyRatchet(previous, hotfixChecks, enabled, otherBlockers) {
    if (!enabled || otherBlockers > 0 || previous?.action !== 'promote-with-hotfix')
        return { triggered: false };
    const again = hotfixChecks.filter((id) => previous.hotfixChecks.includes(id));
    if (again.length > 0)
        return {
            triggered: true,
            reason: {
                kind: 'ratchet',
                check: again.join(', '),
                observed: `${again.join(', ')} still at \u2264 3/5`,
                threshold: 'fixed since the last promote-with-hotfix',
                blocking: true,
                message: `hotfix ratchet: ${again.join(', ')} needed a hotfix in the last run and still fail${again.length === 1 ? 's' : ''}; holding`,
            },
        };
    const fixed = previous.hotfixChecks.filter((c) => !hotfixChecks.includes(c));
    if (fixed.length === 0)
        return { triggered: false };
    return {
        triggered: false,
        reason: {
            kind: 'ratchet-reset',
            check: fixed.join(', '),
            observed: `${fixed.join(', ')} above 3/5 now`,
            threshold: 'fixed since the last promote-with-hotfix',
            blocking: false,
            message: `hotfix ratchet reset: ${previous.runId ? `run ${previous.runId}` : 'the last run'} was promoted with a hotfix due for ${fixed.join(', ')}, which no longer need one`,
        },
    };
}
/**
 * The ratchet by time: a hotfix promised when a release was promoted with one is tracked until a
 * run scores at or above the auto-promote line again; once its deadline has passed, a run that
 * still needs it holds. The tracker's state comes from history (the previous run's), so the
 * decision stays a function of its inputs and the clock it is handed.
 */
const DEFAULT_HOTFIX_DEADLINE_MS = 48 * 3_600_000;
/** `2026-03-03 10:00 UTC`: a deadline as people read it. */
function shown(iso) {
    return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}
function applyHotfixDeadline(i) {
    const { open, now } = i;
    const at = now.toISOString();
    if (i.score >= i.autoPromoteAt) {
        if (!open)
            return { overdue: false };
        const checks = open.checks.join(', ');
        return {
            overdue: false,
            tracker: { ...open, state: 'closed', closedAt: at },
            reason: {
                kind: 'hotfix-closed',
                check: checks,
                observed: `score ${i.score}/5`,
                threshold: `at least ${i.autoPromoteAt}/5`,
                blocking: false,
                message: `hotfix done: the hotfix due since ${shown(open.openedAt)} for ${checks} is no longer needed (score ${i.score}/5)`,
            },
        };
    }
    if (!open) {
        // Only a promotion makes a promise: a run that holds anyway opens no tracker.
        if (!i.promotes)
            return { overdue: false };
        const deadline = i.deadlineMs === null ? undefined : new Date(now.getTime() + i.deadlineMs).toISOString();
        const checks = i.needing.join(', ');
        return {
            overdue: false,
            tracker: { state: 'open', openedAt: at, ...(deadline ? { deadline } : {}), checks: [...i.needing] },
            reason: {
                kind: 'hotfix-due',
                check: checks,
                observed: `promoted with a hotfix due (score ${i.score}/5)`,
                threshold: deadline ? `fixed by ${shown(deadline)}` : 'no deadline',
                blocking: false,
                message: deadline
                    ? `hotfix due by ${shown(deadline)} for ${checks}: until a run scores ${i.autoPromoteAt}/5 or more, runs after that hold`
                    : `hotfix due for ${checks} (no deadline: decision.hotfixDeadline is off)`,
            },
        };
    }
    const checks = i.needing.length > 0 ? [...i.needing] : [...open.checks];
    // A tracker opened before it carried a deadline gets the configured one from its opening.
    const deadline = open.deadline ??
        (i.deadlineMs === null ? undefined : new Date(Date.parse(open.openedAt) + i.deadlineMs).toISOString());
    const tracker = { ...open, checks, ...(deadline ? { deadline } : {}) };
    const names = checks.join(', ');
    const overdueMs = deadline ? now.getTime() - Date.parse(deadline) : 0;
    if (i.deadlineMs === null || !deadline || overdueMs <= 0) {
        const timed = i.deadlineMs !== null && deadline !== undefined;
        return {
            overdue: false,
            tracker,
            reason: {
                kind: 'hotfix-due',
                check: names,
                observed: `hotfix due since ${shown(open.openedAt)}`,
                threshold: timed ? `fixed by ${shown(deadline)}` : 'no deadline',
                blocking: false,
                message: timed
                    ? `hotfix still due for ${names}: ${(0,format/* formatDuration */.a3)(-overdueMs)} left until ${shown(deadline)}`
                    : `hotfix still due for ${names} (no deadline: decision.hotfixDeadline is off)`,
            },
        };
    }
    return {
        overdue: true,
        tracker,
        reason: {
            kind: 'hotfix-deadline',
            check: names,
            observed: `overdue by ${(0,format/* formatDuration */.a3)(overdueMs)} (score ${i.score}/5)`,
            threshold: `fixed by ${shown(deadline)} (due since ${shown(open.openedAt)})`,
            blocking: true,
            message: `hotfix deadline passed: ${names} needed a hotfix by ${shown(deadline)} and still ${checks.length === 1 ? 'does' : 'do'} (overdue by ${(0,format/* formatDuration */.a3)(overdueMs)}); holding until a run scores ${i.autoPromoteAt}/5 or more`,
        },
    };
}

;// CONCATENATED MODULE: ./src/decision/evaluate.ts


/** What a result counts as: an `error` counts as its onError says. */
function countedStatus(r) {
    return r.status === 'error' ? r.onError : r.status;
}
/** Python's round(): halves go to the even neighbour. */
function roundHalfEven(x) {
    const r = Math.round(x);
    return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
/** effective = 5 \u2212 (5 \u2212 raw) \u00d7 weight, floored at 2 unless raw is 1. */
function weightedScore(raw, weight) {
    if (raw >= 5)
        return 5;
    let w = 5 - (5 - raw) * weight;
    if (raw >= 2)
        w = Math.max(w, 2);
    return Math.round(Math.max(1, w) * 10) / 10;
}
function waiverActive(w, now) {
    // A waiver is good through the end of its expiry day (UTC).
    const end = new Date(`${w.expires.slice(0, 10)}T23:59:59.999Z`);
    return !Number.isNaN(end.getTime()) && now.getTime() <= end.getTime();
}
const failing = (s) => s === 'fail';
/** Enforcements that count toward the score, the level and the hotfix; advisory and dry-run never do. */
const COUNTED = new Set(['hard', 'required', 'scored']);
/** Which of two equally low checks limits a category: the one in the worse state. */
const STATE_RANK = { fail: 3, error: 2, warn: 1, pass: 0, skipped: -1 };
const label = (r) => `${r.id} (${r.enforcement})`;
/** Why a check could not run, without the engine's own "could not run:" said a second time. */
function whyNotRun(r) {
    return r.error ?? r.summary.replace(/^could not run:\s*/, '');
}
/** What a check said: its summary, or why it could not run and what that counts as. */
function describe(r) {
    return r.status === 'error' ? `could not run (counted as ${r.onError}): ${whyNotRun(r)}` : r.summary;
}
/** `auth (hard) failed`, `health (required) could not run`: a check that holds, in a few words. */
function holdPhrase(r) {
    return `${label(r)} ${r.status === 'error' ? 'could not run' : 'failed'}`;
}
const percentOf = (part, whole) => whole === 0 ? 100 : Math.round((part / whole) * 1000) / 10;
/**
 * The decision, defined so that its three models never contradict each other:
 * - verdict: hold when a hard or required check fails (an error counts as its onError says;
 *   a waiver excuses a required one), when a category's score is at or below the hold line,
 *   or by the hotfix ratchet or deadline;
 * - score: the weighted minimum over the categories of the hard, required and scored checks,
 *   capped at the hold line while a hard or required check fails;
 * - level: the lowest any cause allows \u2014 a failing hard check: blocked; a failing required
 *   check: release_candidate while enough hard and required checks passed, else blocked; any
 *   other hold: release_candidate; checks that could not run: release_candidate, or blocked when
 *   too few of the rest ran; otherwise ga_ready.
 */
function evaluate(input) {
    const { results, policy, now } = input;
    const reasons = [];
    const blockers = [];
    const waiverStates = [];
    const waived = new Set();
    for (const w of input.waivers) {
        const r = results.find((x) => x.id === w.check);
        if (!waiverActive(w, now)) {
            waiverStates.push({ ...w, state: 'expired' });
            reasons.push({
                kind: 'waiver-expired',
                check: w.check,
                observed: `expired ${w.expires}`,
                threshold: `valid through ${w.expires}`,
                blocking: false,
                message: `waiver for ${w.check} by ${w.by} expired on ${w.expires} and was ignored`,
            });
            continue;
        }
        const applies = r !== undefined && r.enforcement !== 'hard' && failing(countedStatus(r));
        if (applies)
            waived.add(w.check);
        waiverStates.push({ ...w, state: applies ? 'applied' : 'unused' });
    }
    // Gate rules: hard and required checks hold on failure. A check that could not run and is not
    // otherwise named is said too, whatever onError counts it as.
    const failedGating = [];
    for (const r of results) {
        const counted = countedStatus(r);
        if (r.status === 'skipped')
            continue;
        if (r.enforcement === 'hard' || r.enforcement === 'required') {
            if (!failing(counted)) {
                if (r.status === 'error')
                    reasons.push(notRunReason(r));
                continue;
            }
            if (waived.has(r.id)) {
                const w = input.waivers.find((x) => x.check === r.id);
                reasons.push({
                    kind: 'waived',
                    check: r.id,
                    observed: describe(r),
                    threshold: 'must pass',
                    blocking: false,
                    message: `${holdPhrase(r)} but is waived by ${w.by} until ${w.expires}: ${w.reason}`,
                });
                continue;
            }
            failedGating.push(r);
            blockers.push(`${r.id}.${r.status === 'error' ? 'error' : 'failed'}`);
            reasons.push({
                kind: r.status === 'error' ? 'check-error' : 'check-failed',
                check: r.id,
                observed: describe(r),
                threshold: 'must pass',
                blocking: true,
                message: r.status === 'error'
                    ? `${label(r)} could not run (counted as fail): ${whyNotRun(r)}`
                    : `${label(r)} failed: ${r.summary}`,
            });
        }
        else if (r.enforcement === 'scored') {
            if (r.status === 'error' && !waived.has(r.id))
                reasons.push(notRunReason(r));
        }
        else if (r.enforcement === 'advisory' && (counted === 'fail' || counted === 'warn')) {
            reasons.push({
                kind: 'advisory',
                check: r.id,
                observed: describe(r),
                threshold: 'advisory, never holds',
                blocking: false,
                message: `${label(r)}: ${describe(r)}`,
            });
        }
        else if (r.enforcement === 'dry-run' && (counted === 'fail' || counted === 'warn')) {
            reasons.push({
                kind: 'dry-run',
                check: r.id,
                observed: describe(r),
                threshold: 'dry-run, not counted',
                blocking: false,
                message: r.status === 'error'
                    ? `${label(r)} could not run (not counted): ${whyNotRun(r)}`
                    : `${label(r)} would have ${counted === 'fail' ? 'failed' : 'warned'}: ${r.summary}`,
            });
        }
    }
    // Score: weighted category minimum over the hard, required and scored checks not waived.
    const mins = new Map();
    for (const r of results) {
        if (r.status === 'skipped' || waived.has(r.id) || !COUNTED.has(r.enforcement))
            continue;
        const cur = mins.get(r.category);
        if (!cur ||
            r.score < cur.score ||
            (r.score === cur.score && STATE_RANK[r.status] > STATE_RANK[cur.status]))
            mins.set(r.category, r);
    }
    const categories = [...mins.entries()]
        .map(([name, r]) => {
        // A category is a name the user chose: only the policy's own weights count, never an
        // object member such as `constructor`.
        const weight = Object.hasOwn(policy.categories, name) ? policy.categories[name] : 1;
        return {
            name,
            weight,
            rawMin: r.score,
            effective: weightedScore(r.score, weight),
            // A category where every check scored 5 is limited by nothing.
            ...(r.score < 5 ? { limitingCheck: r.id } : {}),
        };
    })
        .sort((a, b) => a.effective - b.effective || a.name.localeCompare(b.name));
    const categoryScore = (c) => Math.min(5, Math.max(1, roundHalfEven(c.effective)));
    const lowest = categories[0];
    const weighted = lowest ? categoryScore(lowest) : 5;
    // A failing hard or required check holds, so the score says so too: it never reads better than
    // the hold line while one fails.
    const score = failedGating.length > 0 ? Math.max(1, Math.min(weighted, policy.holdLine)) : weighted;
    const blockingIds = new Set(failedGating.map((r) => r.id));
    // The hold line holds by itself only where a failing gate check does not already explain it.
    const atHoldLine = categories.find((c) => categoryScore(c) <= policy.holdLine && !blockingIds.has(c.limitingCheck ?? ''));
    for (const c of categories) {
        if (c.limitingCheck === undefined)
            continue;
        const r = results.find((x) => x.id === c.limitingCheck);
        // A failing gate check and a check that could not run have their own reason.
        if (blockingIds.has(r.id) || r.status === 'error')
            continue;
        reasons.push({
            kind: 'scored',
            check: r.id,
            observed: `${r.score}/5`,
            threshold: '5/5',
            blocking: false,
            message: `${r.id} scored ${r.score}/5 (${c.name} \u00d7 ${(0,format/* formatNumber */.ZV)(c.weight)} \u2192 ${(0,format/* formatNumber */.ZV)(c.effective)}): ${r.summary}`,
        });
    }
    if (atHoldLine) {
        const s = categoryScore(atHoldLine);
        const limited = `${atHoldLine.limitingCheck ?? 'no check'} (raw ${atHoldLine.rawMin} \u00d7 weight ${(0,format/* formatNumber */.ZV)(atHoldLine.weight)} \u2192 ${(0,format/* formatNumber */.ZV)(atHoldLine.effective)})`;
        blockers.push('score.at_or_below_hold_line');
        // When a failing gate check set a lower score, this category's is not the score: it is named
        // as the category's, so the report never states two scores for the gate.
        const own = s === score;
        reasons.push({
            kind: 'score-hold',
            check: atHoldLine.limitingCheck ?? atHoldLine.name,
            observed: own ? `score ${s}/5` : `category ${atHoldLine.name} ${s}/5`,
            threshold: `hold at \u2264 ${policy.holdLine}`,
            blocking: true,
            message: own
                ? `score ${s}/5 is at or below the hold line ${policy.holdLine}: category ${atHoldLine.name} is limited by ${limited}`
                : `category ${atHoldLine.name} scores ${s}/5, at or below the hold line ${policy.holdLine}: limited by ${limited}`,
        });
    }
    if (score < weighted) {
        const names = failedGating.map((r) => r.id).join(', ');
        reasons.push({
            kind: 'score-capped',
            check: names,
            observed: `the checks score ${weighted}/5`,
            threshold: `at most ${score}/5 (the hold line) while a hard or required check fails`,
            blocking: false,
            message: `score ${score}/5: capped at the hold line because ${failedGating.map(holdPhrase).join(', ')} (${weighted}/5 without the cap)`,
        });
    }
    // Checks that would need a hotfix: counted checks at 3 or below.
    const hotfixChecks = results
        .filter((r) => r.status !== 'skipped' && !waived.has(r.id) && COUNTED.has(r.enforcement) && r.score <= 3)
        .map((r) => r.id);
    const ratchet = applyRatchet(input.previous, hotfixChecks, policy.ratchet, blockers.length);
    const ratchetTriggered = ratchet.triggered;
    if (ratchetTriggered)
        blockers.push('hotfix_ratchet');
    if (ratchet.reason)
        reasons.push(ratchet.reason);
    const hotfix = applyHotfixDeadline({
        open: input.hotfix?.state === 'open' ? input.hotfix : undefined,
        now,
        deadlineMs: policy.hotfixDeadlineMs === undefined ? DEFAULT_HOTFIX_DEADLINE_MS : policy.hotfixDeadlineMs,
        score,
        autoPromoteAt: policy.autoPromoteAt,
        needing: hotfixChecks,
        promotes: blockers.length === 0,
    });
    if (hotfix.overdue)
        blockers.push('hotfix_deadline');
    if (hotfix.reason)
        reasons.push(hotfix.reason);
    reasons.push(...(input.notes ?? []));
    const gating = results.filter((r) => r.status !== 'skipped' && (r.enforcement === 'hard' || r.enforcement === 'required'));
    const gatingPassed = gating.filter((r) => !failing(countedStatus(r)) || waived.has(r.id)).length;
    const gatingPassedPercent = percentOf(gatingPassed, gating.length);
    // Level: the lowest any cause allows. A failing hard check is never a release candidate; a
    // failing required check allows one while enough gate checks passed, any other hold does.
    // Checks that could not run leave evidence missing: never ga_ready, whatever onError says, and
    // blocked when too few of the rest ran (those counted as failures).
    const rc = policy.releaseCandidatePercent;
    const blockedWhy = [];
    const candidateWhy = [];
    const hard = failedGating.filter((r) => r.enforcement === 'hard');
    if (hard.length > 0)
        blockedWhy.push(hard.map(holdPhrase).join(', '));
    const required = failedGating.filter((r) => r.enforcement === 'required');
    if (required.length > 0)
        (gatingPassedPercent >= rc ? candidateWhy : blockedWhy).push(`${required.map(holdPhrase).join(', ')}; ${gatingPassed} of ${gating.length} hard and required checks passed (${(0,format/* formatPercent */.l9)(gatingPassedPercent)}, release candidate at \u2265 ${(0,format/* formatPercent */.l9)(rc)})`);
    // What holds the run besides failing checks, in the words the level's reasons use.
    const otherHolds = [
        ...(atHoldLine
            ? [`score ${categoryScore(atHoldLine)}/5 at or below the hold line ${policy.holdLine}`]
            : []),
        ...(ratchetTriggered ? ['the hotfix ratchet holds'] : []),
        ...(hotfix.overdue ? ['the hotfix deadline has passed'] : []),
    ];
    // Every gate check that failed is named above: what else holds allows a release candidate.
    candidateWhy.push(...otherHolds);
    const counted = results.filter((r) => r.status !== 'skipped' && COUNTED.has(r.enforcement));
    const notRun = counted.filter((r) => r.status === 'error');
    if (notRun.length > 0) {
        // Only errors counted as failures can block: onError warn or pass says the run may do without.
        const failedToRun = notRun.filter((r) => r.onError === 'fail').length;
        const enough = percentOf(counted.length - failedToRun, counted.length) >= rc;
        (enough ? candidateWhy : blockedWhy).push(`${notRun.length} of ${counted.length} checks that count could not run (${notRun.map((r) => r.id).join(', ')})`);
    }
    const level = blockedWhy.length > 0 ? 'blocked' : candidateWhy.length > 0 ? 'release_candidate' : 'ga_ready';
    const verdict = blockers.length > 0 ? 'hold' : 'promote';
    const action = verdict === 'hold' ? 'hold' : score >= policy.autoPromoteAt ? 'auto-promote' : 'promote-with-hotfix';
    // Blocking reasons first, the gravest first (a hard check, then a required one, then the rest);
    // otherwise as produced.
    const enforcementOf = new Map(results.map((r) => [r.id, r.enforcement]));
    const gravity = (x) => {
        if (!x.blocking)
            return 3;
        if (!x.kind.startsWith('check-'))
            return 2;
        return enforcementOf.get(x.check ?? '') === 'hard' ? 0 : 1;
    };
    reasons.sort((a, b) => gravity(a) - gravity(b));
    return {
        verdict,
        score,
        action,
        level,
        gatingPassedPercent,
        ...(score < weighted ? { uncappedScore: weighted } : {}),
        // The causes of the level it has: those that would allow a higher one do not explain it.
        levelReasons: level === 'blocked' ? blockedWhy : candidateWhy,
        notRun: notRun.map((r) => r.id),
        blockers,
        reasons,
        categories,
        waivers: waiverStates,
        hotfixChecks: action === 'promote-with-hotfix' || ratchetTriggered || hotfix.overdue ? hotfixChecks : [],
        ratchetTriggered,
        ...(hotfix.tracker ? { hotfix: hotfix.tracker } : {}),
    };
}
/** A check that could not run but does not hold: said, with what it was counted as. */
function notRunReason(r) {
    return {
        kind: 'check-error',
        check: r.id,
        observed: `could not run: ${whyNotRun(r)}`,
        threshold: `counted as ${r.onError}`,
        blocking: false,
        message: `${label(r)} could not run (counted as ${r.onError}${r.score < 5 ? `, ${r.score}/5` : ''}): ${whyNotRun(r)}`,
    };
}

// EXTERNAL MODULE: ./src/engine/runChecks.ts
var runChecks = __webpack_require__(65618);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/history/summary.ts
var summary = __webpack_require__(1048);
// EXTERNAL MODULE: ./src/history/transitions.ts
var transitions = __webpack_require__(59192);
;// CONCATENATED MODULE: ./src/history/gateHistory.ts



/** The ratchet compares with the newest valid run of the profile. */
function ratchetBase(read) {
    const run = read ? (0,summary/* previousRun */.Rc)(read.runs) : undefined;
    return run ? { runId: run.runId, action: run.action, hotfixChecks: run.hotfixChecks } : undefined;
}
/** The hotfix tracker the newest valid run left open, and why it could not be read. */
function hotfixBase(read) {
    const { tracker, problem } = (0,transitions/* openHotfix */.Zn)(read ? (0,summary/* previousRun */.Rc)(read.runs) : undefined);
    return { ...(tracker ? { tracker } : {}), problems: problem ? [problem] : [] };
}
/**
 * Without history nothing compares runs: said in every report, so none promises a ratchet that
 * cannot fire. `hasPrevious`: the caller handed in the run to compare with, so the repeat ratchet can.
 */
function historyOffNotes(hasPrevious) {
    const what = hasPrevious
        ? 'the hotfix deadline cannot hold and status transitions cannot be detected'
        : 'neither the hotfix ratchet (a check needing a hotfix twice) nor the hotfix deadline can hold, and status transitions cannot be detected';
    return [
        {
            kind: 'history',
            blocking: false,
            observed: 'history off',
            threshold: 'runs compared through history',
            message: `history is off: ${what} (keep runs with --history, or the action input history)`,
        },
    ];
}
/** Non-blocking notes on what history could give: problems reading it, or a first run. */
function historyNotes(store, read, hasBase, more = []) {
    const notes = [];
    read = { ...read, problems: [...read.problems, ...more] };
    const shown = read.problems.slice(0, 5);
    for (const p of shown)
        notes.push({ kind: 'history', blocking: false, observed: p, message: `history (${store}): ${p}` });
    if (read.problems.length > shown.length)
        notes.push({
            kind: 'history',
            blocking: false,
            message: `history (${store}): ${read.problems.length - shown.length} more problem(s) not shown`,
        });
    if (!hasBase && read.problems.length === 0)
        notes.push({
            kind: 'history',
            blocking: false,
            message: `history (${store}): no earlier valid run of this profile; trends, drift and the hotfix ratchet start from this run`,
        });
    return notes;
}
/** Appends the sealed run; a store that fails is logged and reported, never fatal. */
async function recordRun(store, report, runId, logger, readProblems, previousRunId, 
/** The profile's runs as read before this one: the transition is taken against them. */
runs = []) {
    const transition = (0,transitions/* transitionOf */.l9)((0,transitions/* transitionBase */.f0)(runs, runId), report);
    const out = {
        store: store.describe(),
        runId,
        ...(previousRunId ? { previousRunId } : {}),
        appended: false,
        problems: [...readProblems],
        ...(transition ? { transition } : {}),
    };
    try {
        await store.append({ ...(0,summary/* runSummaryOf */.$)(report, runId), ...(transition ? { transition } : {}) });
        out.appended = true;
    }
    catch (err) {
        const problem = `cannot record run ${runId} in ${store.describe()}: ${(0,errors/* errorMessage */.gJ)(err)}`;
        out.problems.push(problem);
        logger.warn(problem);
    }
    return out;
}

// EXTERNAL MODULE: ./src/core/sensitive.ts
var sensitive = __webpack_require__(5371);
;// CONCATENATED MODULE: ./src/report/build.ts

function buildReport(plan, results, decision, meta) {
    const counts = { pass: 0, warn: 0, fail: 0, error: 0, skipped: 0, total: results.length };
    for (const r of results)
        counts[r.status]++;
    const inputs = (0,sensitive/* shownInputs */.BX)(meta.inputs);
    return {
        schemaVersion: 1,
        tool: { name: 'promotion-gate', version: meta.version },
        profile: plan.profile,
        lineage: plan.lineage,
        ...decision,
        checks: results,
        counts,
        git: meta.git,
        ...(meta.run ? { run: meta.run } : {}),
        ...(meta.config ? { config: meta.config } : {}),
        ...(meta.changes ? { changes: meta.changes } : {}),
        inputs,
        startedAt: meta.startedAt.toISOString(),
        finishedAt: meta.finishedAt.toISOString(),
        durationMs: meta.finishedAt.getTime() - meta.startedAt.getTime(),
    };
}

// EXTERNAL MODULE: ./src/report/markdown.ts + 1 modules
var report_markdown = __webpack_require__(5374);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/change/commits.ts

const MAX_COMMITS = 200;
const MAX_EXAMPLES = 5;
const FIELD = '\x1f';
const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
const cut = (s, max) => {
    // Control characters of a commit subject would rewrite a terminal or break a table.
    const clean = s.replace(/\p{Cc}/gu, ' ').trim();
    return clean.length > max ? `${clean.slice(0, max - 1)}\u2026` : clean;
};
function pullsIn(subject) {
    const found = new Set();
    for (const m of subject.matchAll(/\(#(\d{1,9})\)|Merge pull request #(\d{1,9})\b/g))
        found.add(Number(m[1] ?? m[2]));
    return [...found];
}
/**
 * One commit a line, its subject last: git folds a subject onto one line, but keeps any other
 * control character in it, so a field or record separator in a subject cannot forge a commit.
 */
function parseLog(out) {
    const commits = [];
    for (const rec of out.split('\n')) {
        const [sha = '', parents, author, ...rest] = rec.split(FIELD);
        if (!SHA.test(sha) || rest.length === 0)
            continue;
        const s = cut(rest.join(' '), 200);
        const pulls = pullsIn(s);
        commits.push({
            sha: sha.slice(0, 12),
            subject: s,
            author: cut(author ?? '', 100),
            ...(pulls.length ? { pulls } : {}),
            ...((parents ?? '').trim().split(/\s+/).length > 1 ? { merge: true } : {}),
        });
    }
    return commits;
}
function commits_parseShortstat(out) {
    const n = (re) => Number(re.exec(out)?.[1] ?? 0);
    return {
        files: n(/(\d+) files? changed/),
        insertions: n(/(\d+) insertions?\(\+\)/),
        deletions: n(/(\d+) deletions?\(-\)/),
    };
}
function areasOf(names, of) {
    const areas = of.map((a) => ({ name: a.name, files: 0, examples: [] }));
    for (const file of names) {
        if (!file)
            continue;
        of.forEach((a, i) => {
            if (!a.match(file))
                return;
            const area = areas[i];
            area.files++;
            if (area.examples.length < MAX_EXAMPLES)
                area.examples.push(cut(file, 200));
        });
    }
    return areas;
}
async function releaseNotes(git, range, o) {
    const max = o.maxCommits ?? MAX_COMMITS;
    const span = `${range.base}..${range.head}`;
    // One commit more than is listed says whether there are more; only then are they counted, by a
    // second git (most promotions hold far fewer commits than are listed).
    const listed = (0,change_git/* gitOrThrow */.QE)(['log', '--no-color', `--max-count=${max + 1}`, `--format=%H${FIELD}%P${FIELD}%an${FIELD}%s`, span], { ...git, maxBytes: 4 * 1024 * 1024 }).then(async (out) => {
        const all = parseLog(out);
        if (all.length <= max)
            return { commits: all, total: all.length };
        const count = await (0,change_git/* gitOrThrow */.QE)(['rev-list', '--count', span], git);
        return { commits: all.slice(0, max), total: Number(count.trim()) || all.length };
    });
    const names = o.diff?.paths() ??
        (0,change_git/* gitOrThrow */.QE)(['diff', '--name-only', '-z', '--no-color', '-M', range.base, range.head], {
            ...git,
            maxBytes: 256 * 1024 * 1024,
        }).then((out) => out.split('\0'));
    // Sorted into areas as soon as the names are known: the line counts of a scanned diff come only
    // when its scan ends, and the gate waits for nothing else then.
    const [{ commits, total }, stat, areas] = await Promise.all([
        listed,
        o.diff?.stat() ?? (0,change_git/* gitOrThrow */.QE)(['diff', '--shortstat', '--no-color', '-M', range.base, range.head], git),
        names.then((files) => areasOf(files, o.areas)),
    ]);
    const pulls = new Set(o.eventPull ? [o.eventPull] : []);
    for (const c of commits)
        for (const p of c.pulls ?? [])
            pulls.add(p);
    return {
        base: range.base,
        head: range.head,
        commits,
        total,
        omitted: Math.max(0, total - commits.length),
        pullRequests: [...pulls].sort((a, b) => a - b).slice(0, 100),
        stat: typeof stat === 'string' ? commits_parseShortstat(stat) : stat,
        areas: areas.filter((a) => a.files > 0),
    };
}

// EXTERNAL MODULE: ./src/checks/dependencies/files.ts
var files = __webpack_require__(57892);
// EXTERNAL MODULE: ./src/checks/integrity/codeowners.ts
var codeowners = __webpack_require__(29320);
// EXTERNAL MODULE: ./src/checks/migrations/spec.ts
var spec = __webpack_require__(26164);
;// CONCATENATED MODULE: ./src/app/changes.ts







/**
 * "Changes in this promotion": the release notes of the range the gate compared, by the path
 * patterns the diff checks read (migrations, dependency manifests and lock files, route files)
 * and the gate's own config and workflows.
 */
const ROUTE_FILES = [
    '**/urls.py',
    '{src/,}app/**/route.{js,ts,mjs}',
    '{src/,}pages/api/**',
    '**/routes/**',
    '**/*routes.*',
    '**/*router.*',
];
/**
 * `isDependencyFile` comes with the dependencies check's readers, which are loaded only when
 * release notes are made (or such a check runs), not by every gate.
 */
function areas(configFile, isDependencyFile) {
    const migrations = picomatch_default()(spec/* DEFAULT_MIGRATION_PATHS */.q, { dot: true, ignore: ['**/node_modules/**'] });
    const routes = picomatch_default()(ROUTE_FILES, { dot: true, ignore: ['**/node_modules/**'] });
    const gate = new Set([configFile, ...codeowners/* CODEOWNERS_PATHS */.x]);
    return [
        { name: 'migrations', match: migrations },
        { name: 'dependencies', match: isDependencyFile },
        { name: 'routes', match: routes },
        { name: 'config', match: (p) => gate.has(p) || p.startsWith('.github/workflows/') },
    ];
}
async function notesOf(o, range) {
    if ('error' in range)
        return { error: range.error };
    try {
        const { change } = o;
        return await releaseNotes({ cwd: o.cwd, env: o.env, signal: o.signal }, range, {
            ...(o.eventPull ? { eventPull: o.eventPull } : {}),
            // Through the change source: the diff a check streams anyway, the file list it lists anyway.
            ...(change.stat
                ? {
                    diff: {
                        stat: () => change.stat(o.signal),
                        paths: async () => (await change.files({ signal: o.signal })).map((f) => f.path),
                    },
                }
                : {}),
            areas: areas(external_node_path_default().relative(o.cwd, o.configPath).split((external_node_path_default()).sep).join('/'), files/* isDependencyFile */.W),
        });
    }
    catch (err) {
        return { error: `release notes: ${(0,errors/* errorMessage */.gJ)(err)}` };
    }
}
/**
 * The notes of the promoted range. When the range is wanted anyway they are made while the
 * checks run; otherwise they come from the range a diff check resolved, if one did. A range
 * still being fetched when the checks end is not waited for: it ends with the change source.
 */
function trackChanges(o) {
    const early = o.now
        ? o.change.range().then(() => notesOf(o, o.change.settled()), (err) => ({ error: (0,errors/* errorMessage */.gJ)(err) }))
        : undefined;
    // Whether the clone holds the range, from the lookup that starts resolving it.
    const local = o.now && o.base !== undefined ? o.change.local?.() : undefined;
    return {
        async beforeClose() {
            if (early && local && (await local))
                await early;
        },
        async result() {
            if (early)
                return early;
            const settled = o.change.settled();
            return settled ? notesOf(o, settled) : undefined;
        },
    };
}

// EXTERNAL MODULE: ./src/app/frontEnd.ts
var frontEnd = __webpack_require__(75787);
// EXTERNAL MODULE: ./src/config/plan.ts + 1 modules
var config_plan = __webpack_require__(72916);
// EXTERNAL MODULE: ./src/core/runner.ts
var core_runner = __webpack_require__(4473);
// EXTERNAL MODULE: ./src/checks/registry.ts
var registry = __webpack_require__(56538);
// EXTERNAL MODULE: ./src/config/shellValues.ts + 1 modules
var shellValues = __webpack_require__(14353);
// EXTERNAL MODULE: ./src/checks/fields.ts
var checks_fields = __webpack_require__(23128);
// EXTERNAL MODULE: ./src/config/resolve.ts
var resolve = __webpack_require__(68270);
;// CONCATENATED MODULE: ./src/app/configModel.ts





/**
 * A loaded config resolved profile by profile into the form the integrity check compares:
 * each check as the profile runs it (overrides merged, the type's defaults filled in, the
 * enforcement its mode implies), each profile's decision with its defaults. Expressions are not
 * interpolated \u2014 the two revisions are compared as written \u2014 except `${{ vars.X }}` whose
 * value is a plain literal, so moving a threshold into a variable is not a blind spot.
 */
const VAR = /\$\{\{\s*vars\.([A-Za-z0-9_-]+)\s*\}\}/g;
function withVars(value, vars) {
    if (typeof value === 'string') {
        const whole = /^\$\{\{\s*vars\.([A-Za-z0-9_-]+)\s*\}\}$/.exec(value);
        const name = whole?.[1];
        if (name && Object.hasOwn(vars, name) && !String(vars[name]).includes('${{'))
            return vars[name];
        return value.replace(VAR, (all, n) => Object.hasOwn(vars, n) && !String(vars[n]).includes('${{') ? String(vars[n]) : all);
    }
    if (Array.isArray(value))
        return value.map((v) => withVars(v, vars));
    if (value && typeof value === 'object' && !(value instanceof Date)) {
        const out = {};
        for (const k of Object.keys(value))
            out[k] = withVars(value[k], vars);
        return out;
    }
    return value;
}
const COMMON = new Set(['type', 'enforcement', 'onError']);
function checkModel(check, profile, lineage, vars) {
    const raw = withVars(check.raw, vars);
    const valid = (0,resolve/* validateCheck */.LB)(check, raw).value;
    // A field still holding an expression may not validate as written; it is compared raw then.
    const value = valid ?? raw;
    const type = (0,registry/* checkType */.Bt)(String(value.type));
    const implied = value.enforcement === undefined && valid
        ? type?.enforcementFor?.(valid, { name: profile, lineage })
        : undefined;
    const fields = {};
    for (const k of Object.keys(value))
        if (!COMMON.has(k))
            fields[k] = value[k];
    return {
        type: String(value.type),
        enforcement: value.enforcement ?? implied ?? type?.defaults.enforcement ?? 'scored',
        onError: value.onError ?? 'fail',
        fields,
        shellFields: (0,shellValues/* shellFieldsOf */.pk)(type),
        judgedFields: (0,checks_fields/* judgedFieldsOf */.WW)(type),
    };
}
function configModel(loaded) {
    const { config, source } = loaded;
    const vars = config.vars ?? {};
    const profiles = new Map();
    const checksOf = new Map();
    const lineages = new Map();
    for (const name of Object.keys(config.profiles)) {
        const r = (0,resolve/* resolveProfile */.mC)(config, name);
        lineages.set(name, r.lineage);
        const checks = new Map();
        const sources = new Map();
        for (const c of r.checks) {
            if (!Object.hasOwn(config.checks, c.id))
                continue;
            checks.set(c.id, checkModel(c, name, r.lineage, vars));
            sources.set(c.id, c);
        }
        checksOf.set(name, sources);
        profiles.set(name, {
            lineage: r.lineage,
            checks,
            decision: (0,config_plan.decisionPolicy)(r.decision),
            waivers: (config.waivers ?? [])
                .map((waiver, index) => ({ index, waiver }))
                .filter(({ waiver }) => !waiver.profiles || waiver.profiles.includes(name)),
        });
    }
    const { profiles: _p, checks: _c, waivers: _w, ...other } = config;
    return {
        profiles,
        other: other,
        line: (path) => source.locate(path)?.line,
        sourceOf(profile, part, id, inner) {
            if (part === 'check') {
                const c = checksOf.get(profile)?.get(id);
                return c ? (0,resolve/* sourcePathOf */.Kt)(c, inner) : ['checks', id, ...inner];
            }
            // The most specific profile of the chain that sets the key, else the top-level decision.
            const lineage = lineages.get(profile) ?? [];
            for (const n of [...lineage].reverse()) {
                let cur = config.profiles[n]?.decision;
                for (const k of inner) {
                    if (!cur || typeof cur !== 'object' || !Object.hasOwn(cur, k)) {
                        cur = undefined;
                        break;
                    }
                    cur = cur[k];
                }
                if (cur !== undefined)
                    return ['profiles', n, 'decision', ...inner];
            }
            return ['decision', ...inner];
        },
    };
}

;// CONCATENATED MODULE: ./src/app/configSource.ts







/**
 * Which revision's config judges a run. A pull request that edits the gate's config must be
 * judged by the rules it is changing from, so on pull request events the config is read from
 * the base of the change (`git cat-file` of the base commit), and the head's only validated and
 * compared. Elsewhere the checked-out config judges, as before.
 */
const CONFIG_SOURCES = (/* unused pure expression or super */ null && (['base', 'head']));
function chooseConfigSource(requested, env) {
    if (requested)
        return { source: requested, why: `config-source ${requested} was asked for` };
    const event = (0,core_runner/* readRunner */.f)(env).eventName;
    // A merge queue tests the same change a pull request does, merged: the base judges it as well.
    if (event?.startsWith('pull_request') || event === 'merge_group')
        return { source: 'base', why: `the default on ${event} events` };
    return {
        source: 'head',
        why: event ? `the default on ${event} events` : 'the default outside pull requests',
    };
}
const configSource_short = (sha) => sha.slice(0, 7);
function firstIssues(err) {
    const shown = err.issues.slice(0, 3).map((i) => (0,errors/* formatIssue */.Hd)(i));
    return `${shown.join('; ')}${err.issues.length > 3 ? ` (+${err.issues.length - 3} more)` : ''}`;
}
/** The config at the base of the change, planned for the profile, or why the head's must judge. */
async function fromBase(o, rel) {
    const hold = (message) => ({ fallback: { level: 'hold', message } });
    let range;
    let text;
    try {
        range = await o.change.range();
        text = await o.change.read(range.base, `./${rel}`);
    }
    catch (err) {
        const why = err instanceof types/* ChangeRangeError */.g ? err.message : (0,errors/* errorMessage */.gJ)(err);
        return hold(`the base's config cannot be read (${why}); the head's config judges this run instead`);
    }
    const at = `the base (${configSource_short(range.base)})`;
    if (text === undefined)
        return {
            fallback: {
                level: 'warn',
                message: `${o.displayName} does not exist at ${at}: the head's config judges this run`,
            },
        };
    let loaded;
    try {
        loaded = await (0,load.readConfig)(o.displayName, text);
    }
    catch (err) {
        if (!(err instanceof errors/* ConfigError */.xL))
            throw err;
        return hold(`the config at ${at} does not load (${firstIssues(err)}); the head's config judges this run instead`);
    }
    if (!Object.hasOwn(loaded.config.profiles, o.profile))
        return {
            fallback: {
                level: 'warn',
                message: `profile "${o.profile}" does not exist at ${at}: the head's config judges this run`,
            },
        };
    try {
        const plan = await (0,load.placed)(() => (0,config_plan.planGate)(loaded, o.profile, { env: o.env, inputs: o.inputs }));
        return { loaded, plan, range };
    }
    catch (err) {
        if (!(err instanceof errors/* ConfigError */.xL))
            throw err;
        return hold(`the config at ${at} cannot plan profile "${o.profile}" (${firstIssues(err)}); the head's config judges this run instead`);
    }
}
/** Chooses, loads and plans the config that judges the run; the integrity check gets both sides. */
async function loadGateConfig(o) {
    const choice = chooseConfigSource(o.requested, o.env);
    const rel = external_node_path_default().relative(o.cwd, o.configPath);
    const record = {
        path: o.displayName,
        source: choice.source,
        requested: choice.source,
        why: choice.why,
    };
    let judged;
    let baseLoaded;
    if (choice.source === 'base') {
        const base = fromBase(o, rel);
        const got = await base;
        if ('fallback' in got) {
            record.source = 'head';
            record.fallback = got.fallback;
        }
        else {
            judged = got;
            baseLoaded = { loaded: got.loaded, revision: got.range.base };
            record.revision = got.range.base;
            record.baseFrom = got.range.sourceDetail;
        }
    }
    if (!judged) {
        // The head judges: a head that does not load is a config error, as it always was.
        if (!o.head.loaded)
            throw o.head.error ?? new errors/* ConfigError */.xL(`${o.displayName}: cannot be loaded`);
        const head = o.head.loaded;
        judged = {
            loaded: head,
            plan: await (0,load.placed)(() => (0,config_plan.planGate)(head, o.profile, { env: o.env, inputs: o.inputs })),
        };
    }
    const cache = new Map();
    const readSide = async (rev, file, shown, own, validate) => {
        if (own && baseLoaded?.revision === rev && !validate)
            return { revision: rev, model: configModel(baseLoaded.loaded) };
        const text = await o.change.read(rev, `./${file}`);
        if (text === undefined)
            return { revision: rev, missing: true };
        let loaded;
        try {
            loaded = await (0,load.readConfig)(shown, text);
        }
        catch (err) {
            if (err instanceof errors/* ConfigError */.xL)
                return { revision: rev, issues: err.issues };
            throw err;
        }
        const side = { revision: rev, model: configModel(loaded) };
        // The head is validated as the gate would plan it, so a broken head shows before it merges.
        if (validate && own && Object.hasOwn(loaded.config.profiles, o.profile)) {
            try {
                await (0,load.placed)(() => (0,config_plan.planGate)(loaded, o.profile, { env: o.env, inputs: o.inputs }));
            }
            catch (err) {
                if (err instanceof errors/* ConfigError */.xL)
                    side.issues = err.issues;
                else
                    throw err;
            }
        }
        return side;
    };
    const sides = async (file) => {
        const own = file === undefined || external_node_path_default().resolve(o.cwd, file) === o.configPath;
        const relFile = own ? rel : external_node_path_default().relative(o.cwd, external_node_path_default().resolve(o.cwd, file));
        const shown = own ? o.displayName : file;
        if (relFile.startsWith('..') || external_node_path_default().isAbsolute(relFile))
            return { file: shown, problem: `${shown} is outside the working directory` };
        let range;
        try {
            range = await o.change.range();
        }
        catch (err) {
            return { file: shown, problem: (0,errors/* errorMessage */.gJ)(err) };
        }
        try {
            const [base, head] = await Promise.all([
                readSide(range.base, relFile, shown, own, false),
                readSide(range.head, relFile, shown, own, true),
            ]);
            // What the comparison finds is named with its line in the head's config (a weakening there, or
            // in a file it names, such as a secrets baseline), which the full reading knows.
            await (0,load.loadFullReading)();
            return { file: shown, base, head };
        }
        catch (err) {
            return { file: shown, problem: (0,errors/* errorMessage */.gJ)(err) };
        }
    };
    return {
        ...judged,
        access: {
            record,
            sides(file) {
                const key = file === undefined ? '' : external_node_path_default().resolve(o.cwd, file);
                let p = cache.get(key);
                if (!p)
                    cache.set(key, (p = sides(file)));
                return p;
            },
        },
    };
}
/** The working tree's config; when the base will judge, a broken one is kept as the error to report. */
async function loadHeadConfig(configPath, displayName, preloaded, source) {
    if (preloaded)
        return { loaded: preloaded };
    try {
        return { loaded: await (0,load.loadConfigFile)(configPath, displayName) };
    }
    catch (err) {
        if (source === 'base' && err instanceof errors/* ConfigError */.xL)
            return { error: err };
        throw err;
    }
}

// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(96584);
// EXTERNAL MODULE: ./src/github/context.ts
var context = __webpack_require__(19556);
// EXTERNAL MODULE: ./src/github/errors.ts
var github_errors = __webpack_require__(73116);
;// CONCATENATED MODULE: ./src/github/reviews.ts






const PERMISSION = {
    reviews: 'pull-requests: read',
    pull: 'pull-requests: read',
    team: 'members: read in the organization',
    approvals: 'actions: read',
};
/** A failed call as one line, with the permission it needs when the token was refused. */
function failure(err, what) {
    const f = (0,github_errors/* classifyApiError */.bl)(err);
    const hint = f.kind === 'forbidden' || f.kind === 'not-found' ? ` (the token needs ${PERMISSION[what]})` : '';
    return new Error(`${(0,github_errors/* describeApiFailure */.ge)(f)}${hint}`);
}
function tokenOf(o) {
    return o.token || (0,core_runner/* readRunner */.f)(o.env).token || o.env.GH_TOKEN || undefined;
}
function reviews_client(o, token) {
    let api;
    return () => (api ??= (0,client/* createGitHubClient */.L)({
        token,
        apiUrl: (0,core_runner/* readRunner */.f)(o.env).apiUrl,
        timeoutMs: o.timeoutMs ?? 30_000,
        retries: 2,
        userAgent: `promotion-gate/${version/* VERSION */.x}`,
        log: { debug: () => undefined, warn: () => undefined },
        signal: o.signal,
    }));
}
/** The pull request the event is about, with its author, from the event payload. */
async function eventPull(env) {
    const ctx = await (0,context/* loadGitHubContext */.r)(env);
    if (!ctx?.pullNumber)
        return undefined;
    let author;
    try {
        const payload = JSON.parse(await (0,promises_.readFile)((0,core_runner/* readRunner */.f)(env).eventPath, 'utf8'));
        author = payload.pull_request?.user?.login;
    }
    catch {
        author = undefined;
    }
    return { number: ctx.pullNumber, ...(typeof author === 'string' && author ? { author } : {}) };
}
async function createReviewSource(o) {
    const runner = (0,core_runner/* readRunner */.f)(o.env);
    const token = tokenOf(o);
    const { owner, repo } = runner;
    const pull = await eventPull(o.env);
    const unavailable = !owner || !repo
        ? 'reviews cannot be read: not on GitHub (GITHUB_REPOSITORY is not set)'
        : !token
            ? 'reviews cannot be read: no token (pass the token input, or set GITHUB_TOKEN; it needs pull-requests: read)'
            : undefined;
    const api = token ? reviews_client(o, token) : undefined;
    const need = () => {
        if (!api || !owner || !repo)
            throw new Error(unavailable);
        return { api: api(), owner, repo };
    };
    return {
        ...(unavailable ? { unavailable } : {}),
        ...(pull ? { eventPull: pull } : {}),
        async pull(number, signal) {
            const n = need();
            try {
                const { data } = await (await n.api).rest.pulls.get({ owner: n.owner, repo: n.repo, pull_number: number, request: { signal } });
                return {
                    number,
                    ...(data.user?.login ? { author: data.user.login } : {}),
                    headSha: data.head.sha,
                    url: data.html_url,
                };
            }
            catch (err) {
                throw failure(err, 'pull');
            }
        },
        async reviews(number, signal) {
            const n = need();
            try {
                const api = await n.api;
                const list = await api.paginate(api.rest.pulls.listReviews, {
                    owner: n.owner,
                    repo: n.repo,
                    pull_number: number,
                    per_page: 100,
                    request: { signal },
                });
                return list.map((r) => ({
                    id: r.id,
                    user: r.user?.login ?? '(unknown)',
                    state: r.state,
                    ...(r.submitted_at ? { submittedAt: r.submitted_at } : {}),
                    ...(r.commit_id ? { commitId: r.commit_id } : {}),
                    ...(r.html_url ? { url: r.html_url } : {}),
                }));
            }
            catch (err) {
                throw failure(err, 'reviews');
            }
        },
        async teamMembers(org, team, signal) {
            const n = need();
            try {
                const api = await n.api;
                const list = await api.paginate(api.rest.teams.listMembersInOrg, {
                    org,
                    team_slug: team,
                    per_page: 100,
                    request: { signal },
                });
                return list.map((m) => m.login);
            }
            catch (err) {
                throw failure(err, 'team');
            }
        },
    };
}
/**
 * Approvals given to the workflow run for environments with required reviewers. GitHub's answer
 * says who, how and with what comment, but not when: the report records when it was read.
 */
async function runApprovals(o) {
    const runner = (0,core_runner/* readRunner */.f)(o.env);
    const token = tokenOf(o);
    if (!runner.actions || !runner.runId || !runner.owner || !runner.repo)
        return {};
    // Without a token there is nothing to ask with; the action always has one (its token input).
    if (!token)
        return {};
    try {
        const api = await reviews_client(o, token)();
        const { data } = await api.rest.actions.getReviewsForRun({
            owner: runner.owner,
            repo: runner.repo,
            run_id: Number(runner.runId),
        });
        return {
            approvals: data.slice(0, 100).map((a) => ({
                user: a.user.login,
                state: a.state,
                environments: a.environments.map((e) => e.name ?? String(e.id)),
                ...(a.comment ? { comment: a.comment.slice(0, 500) } : {}),
            })),
        };
    }
    catch (err) {
        return { problem: `approvals of the run not read: ${failure(err, 'approvals').message}` };
    }
}

;// CONCATENATED MODULE: ./src/app/gate.ts
























/** Budget of report.md in the bundle: large, but bounded, so one noisy check cannot fill a disk. */
const REPORT_MD_BUDGET = 4 * 1024 * 1024;
/**
 * Kept out of a literal path.resolve(\u2026) call: the bundler relocates such paths as assets when
 * they exist on the build machine, which would bake the build machine's path into dist/.
 */
const OUTPUT_ROOT = ['.promotion-gate'];
function defaultOutDir(cwd, profile) {
    return external_node_path_default().resolve(cwd, ...OUTPUT_ROOT, profile);
}
/**
 * The commit and branch the report names: the runner's when it says, else asked of git \u2014 one
 * short process, run without the process-tree watch a user's command gets.
 */
async function gitInfo(cwd, env, runner) {
    const args = [
        ...(runner.sha === undefined ? ['HEAD'] : []),
        ...(runner.ref === undefined ? ['--abbrev-ref', 'HEAD'] : []),
    ];
    if (args.length === 0)
        return { sha: runner.sha, ref: runner.ref };
    const r = await (0,change_git/* runGit */.EO)(['rev-parse', ...args], { cwd, env, maxBytes: 4096 }).catch(() => undefined);
    const lines = r?.code === 0 ? r.stdout.split('\n').map((l) => l.trim()) : [];
    return {
        sha: runner.sha ?? lines[0],
        ref: runner.ref ?? (runner.sha === undefined ? lines[1] : lines[0]),
    };
}
/** Two turns of the event loop: checks started just before have connected and sent their requests. */
const twoTurns = () => new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
function runInfo(runner) {
    if (!runner.runId)
        return undefined;
    return {
        id: runner.runId,
        attempt: String(runner.runAttempt),
        repository: runner.repository,
        event: runner.eventName,
        url: runner.runUrl,
        ...(runner.actor ? { actor: runner.actor } : {}),
        ...(runner.triggeringActor ? { triggeringActor: runner.triggeringActor } : {}),
    };
}
/** The approvals of the run's environments, or why they could not be read (never fatal). */
function withApprovals(run, got, at) {
    if (!run)
        return run;
    return {
        ...run,
        ...(got.approvals ? { approvals: got.approvals, approvalsReadAt: at.toISOString() } : {}),
        ...(got.problem ? { approvalsProblem: got.problem } : {}),
    };
}
/**
 * Values env checks will read from the process environment and keep secret (the env check's
 * own default: secret unless `equals` or `values` name what is allowed), so they are masked
 * before any check starts rather than when the env check gets to them.
 */
function envCheckSecrets(plan, env) {
    const out = [];
    for (const c of plan.checks) {
        if (c.type !== 'env' || c.enforcement === 'off')
            continue;
        const spec = c.spec;
        if (spec.file)
            continue;
        for (const [name, rule] of Object.entries(spec.vars ?? {})) {
            const value = Object.hasOwn(env, name) ? env[name] : undefined;
            if (value && (rule.secret ?? !(rule.equals !== undefined || rule.values !== undefined)))
                out.push(value);
        }
    }
    return out;
}
/** config \u2192 plan \u2192 checks \u2192 decision \u2192 report \u2192 sealed bundle. Shared by the CLI and the action. */
async function runGate(opts, loaded) {
    const now = opts.now ?? (() => new Date());
    const startedAt = now();
    const configName = opts.configName ?? (external_node_path_default().relative(opts.cwd, opts.configPath) || opts.configPath);
    const head = await loadHeadConfig(opts.configPath, configName, loaded, chooseConfigSource(opts.configSource, opts.env).source);
    // Read once, on first use: by the range (the last promoted run) or when the plan stands.
    const history = opts.history ? (0,summary/* historyView */.Ic)(opts.history, opts.profile) : undefined;
    // The diff range is resolved on first use (the base's config, a diff check), once, and shared.
    const change = createChangeSource({
        cwd: opts.cwd,
        env: opts.env,
        signal: opts.signal,
        base: opts.base,
        head: opts.head,
        defaultBase: head.loaded?.config.defaults?.base,
        lastPromoted: lastPromotedFrom(history),
    });
    // On pull requests the base's config judges; the integrity check compares it with the head's.
    const { plan, access } = await loadGateConfig({
        configPath: opts.configPath,
        displayName: configName,
        cwd: opts.cwd,
        env: opts.env,
        inputs: opts.inputs,
        profile: opts.profile,
        requested: opts.configSource,
        change,
        head,
    }).catch((err) => {
        change.close(); // a config error ends the run: no git of it may outlive it
        throw err;
    });
    // Tokens of a known shape are masked in every output, registered or not.
    const redactor = new redact/* Redactor */.pO({ shapes: [shapes/* knownTokenSpans */.k] });
    for (const s of plan.secrets)
        redactor.add(s);
    for (const s of envCheckSecrets(plan, opts.env))
        redactor.add(s);
    for (const s of opts.secrets ?? [])
        redactor.add(s);
    if (opts.token)
        redactor.add(opts.token);
    // Secrets from the environment are masked in the runner's log before any check starts; every
    // line the gate prints goes through the redactor.
    for (const s of redactor.values())
        opts.logger.mask(s);
    const shown = (0,frontEnd/* forFrontEnd */.u)(opts.frontEnd);
    opts = { ...opts, logger: (0,logger/* redactingLogger */.S)(opts.logger, redactor, shown) };
    const outDir = external_node_path_default().resolve(opts.cwd, opts.outDir ?? defaultOutDir(opts.cwd, opts.profile));
    // The default must stay inside .promotion-gate/: no `..` or symbolic link may lead it elsewhere.
    const within = opts.outDir === undefined ? external_node_path_default().resolve(opts.cwd, ...OUTPUT_ROOT) : undefined;
    // Made ready while the live probes start (they write nothing before it is; no other check starts
    // before it is, and none if it cannot be).
    const prepared = (0,seal/* prepareOutputDir */.g$)(outDir, { within });
    prepared.catch(() => undefined); // awaited below, once the checks have started
    const live = plan.checks.some((c) => c.enforcement !== 'off' && (0,runChecks/* loadOf */.M9)(c) === 'network');
    // The release notes take the diff's size from that check's stream, not from a second diff.
    if (plan.checks.some((c) => c.enforcement !== 'off' && (0,runChecks/* readsWholeDiff */.Kf)(c)))
        change.expectWholeScan?.();
    const exec = opts.exec ?? (0,adapters_exec/* createExec */.k)();
    const reviews = await createReviewSource({ env: opts.env, token: opts.token, signal: opts.signal });
    // The checks start first: live probes send their requests now, and what follows is done while
    // they wait for the answers. No check prints before every check has ended.
    const running = (0,runChecks/* runChecks */.JT)(plan.checks, {
        cwd: opts.cwd,
        outputDir: outDir,
        profile: plan.profile,
        env: opts.env,
        exec,
        http: opts.http ?? (0,http/* createHttpClient */.u)(`promotion-gate/${version/* VERSION */.x}`),
        now,
        redactor,
        logger: opts.logger,
        history,
        change,
        config: access,
        reviews,
        outputReady: prepared,
    }, { concurrency: plan.concurrency, gateTimeoutMs: plan.gateTimeoutMs, signal: opts.signal });
    running.catch(() => undefined); // awaited below; a failure must not count as unhandled meanwhile
    try {
        await prepared;
    }
    catch (err) {
        // The engine stopped the checks it had started; they end before the gate says why.
        await running.catch(() => undefined);
        change.close();
        throw err;
    }
    // What follows waits until the live probes' requests are out, so none of them waits for it.
    await twoTurns();
    // Started now so a slow store (git fetch, artifact download) overlaps the checks.
    void history?.read();
    const runner = (0,core_runner/* readRunner */.f)(opts.env);
    // The commit and branch the report names, read while the checks run.
    const gitRead = gitInfo(opts.cwd, opts.env, runner);
    opts.logger.info(`promotion-gate ${version/* VERSION */.x}: profile ${plan.profile}${plan.lineage.length > 1 ? ` (${plan.lineage.join(' \u2192 ')})` : ''}, ${plan.checks.length} check(s), ${live ? 'live probes together, ' : ''}up to ${plan.concurrency} others at once`);
    const record = access.record;
    opts.logger.info(`config: ${record.path} of the ${record.source}${record.revision ? ` (${record.revision.slice(0, 12)}, ${record.baseFrom})` : ''}, ${record.why}`);
    if (record.fallback)
        opts.logger.warn(`config: ${record.fallback.message}`);
    // The release notes of the promoted range; made alongside the checks when the range is wanted anyway.
    const notes = trackChanges({
        change,
        cwd: opts.cwd,
        env: opts.env,
        configPath: opts.configPath,
        eventPull: reviews.eventPull?.number,
        signal: opts.signal,
        now: opts.base !== undefined || record.source === 'base',
        base: opts.base,
        head: opts.head,
    });
    const results = await running;
    change.scansDone?.();
    await notes.beforeClose();
    change.close();
    const [changes, approvals] = await Promise.all([
        notes.result(),
        // The run's approvals are governance evidence: read (one request) when the profile guards its integrity.
        plan.checks.some((c) => c.type === 'integrity' && c.enforcement !== 'off')
            ? runApprovals({ env: opts.env, token: opts.token, signal: opts.signal })
            : {},
    ]);
    const past = history ? await history.read() : undefined;
    for (const p of past?.problems ?? [])
        opts.logger.warn(`history: ${p}`);
    const base = ratchetBase(past);
    const previous = opts.previous ?? base;
    const hotfix = hotfixBase(past);
    const decision = evaluate({
        results,
        policy: plan.policy,
        waivers: plan.waivers,
        now: now(),
        previous,
        hotfix: hotfix.tracker,
        notes: history && past
            ? historyNotes(history.describe(), past, base !== undefined, hotfix.problems)
            : historyOffNotes(previous !== undefined),
    });
    // A source that should have named the range and did not is said where everyone sees it: the
    // diff checks then compared with a fallback (history, defaults.base).
    const settledRange = change.settled();
    if (settledRange && 'notes' in settledRange)
        for (const n of settledRange.notes ?? [])
            opts.logger.warn(`diff range: ${n}`);
    const git = await gitRead;
    const built = redactor.redactDeep(buildReport(plan, results, decision, {
        version: version/* VERSION */.x,
        startedAt,
        finishedAt: now(),
        git: {
            ...git,
            ...(opts.base ? { base: opts.base } : {}),
            ...(opts.head ? { head: opts.head } : {}),
            ...(change.settled() ? { range: change.settled() } : {}),
        },
        run: withApprovals(runInfo(runner), approvals, now()),
        config: record,
        ...(changes ? { changes } : {}),
        inputs: opts.inputs,
    }));
    const report = shown.deep(built);
    const markdown = (0,report_markdown/* renderMarkdown */.Gc)(report, { budget: REPORT_MD_BUDGET, fullReportHint: 'report.json' });
    const sealed = await (0,seal/* sealBundle */.u2)(outDir, report, markdown, redactor);
    // A stopped run measured nothing worth comparing with: it is reported but not remembered.
    const recorded = opts.history && !opts.signal?.aborted
        ? await recordRun(opts.history, sealed.report, (0,summary/* newRunId */.F$)(opts.env, startedAt), opts.logger, past?.problems ?? [], base?.runId, past?.runs)
        : undefined;
    return { report: sealed.report, outDir, markdown, plan, ...(recorded ? { history: recorded } : {}) };
}


/***/ }),

/***/ 57892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ DEP_FILE),
/* harmony export */   W: () => (/* binding */ isDependencyFile)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94370);

/**
 * Which paths are dependency files, by kind: the names alone, apart from the readers of their
 * formats (a dozen of them, most of the check's code), so that telling whether a path is one \u2014
 * the release notes do, for every changed file \u2014 loads none of them. Each reader in this folder
 * takes its kind from here.
 */
/** A lockfile or manifest inside node_modules is a package's own, not the project's. */
const notVendored = (p) => !p.split('/').includes('node_modules');
/** A kind claiming the files of these names, wherever they are. */
const named = (ecosystem, kind, ...names) => ({
    ecosystem,
    kind,
    match: (p) => names.includes((0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .basename */ .P8)(p)),
});
const DEP_FILE = {
    packageJson: {
        ecosystem: 'npm',
        kind: 'manifest',
        match: (p) => (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .basename */ .P8)(p) === 'package.json' && notVendored(p),
    },
    packageLock: {
        ecosystem: 'npm',
        kind: 'lockfile',
        match: (p) => ['package-lock.json', 'npm-shrinkwrap.json'].includes((0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .basename */ .P8)(p)) && notVendored(p),
    },
    pnpmLock: named('npm', 'lockfile', 'pnpm-lock.yaml'),
    yarnLock: named('npm', 'lockfile', 'yarn.lock'),
    bunLock: named('npm', 'lockfile', 'bun.lock'),
    requirementsTxt: {
        ecosystem: 'pypi',
        kind: 'manifest',
        match: (p) => /^requirements.*\.(?:txt|in)$/.test((0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .basename */ .P8)(p)) || /(?:^|\/)requirements\/[^/]+\.(?:txt|in)$/.test(p),
    },
    pyprojectToml: named('pypi', 'manifest', 'pyproject.toml'),
    pipfile: named('pypi', 'manifest', 'Pipfile'),
    pipfileLock: named('pypi', 'lockfile', 'Pipfile.lock'),
    poetryLock: named('pypi', 'lockfile', 'poetry.lock'),
    uvLock: named('pypi', 'lockfile', 'uv.lock'),
    pdmLock: named('pypi', 'lockfile', 'pdm.lock'),
    goMod: named('go', 'manifest', 'go.mod'),
    goSum: named('go', 'lockfile', 'go.sum'),
    cargoToml: named('cargo', 'manifest', 'Cargo.toml'),
    cargoLock: named('cargo', 'lockfile', 'Cargo.lock'),
    cargoConfig: {
        ecosystem: 'cargo',
        kind: 'manifest',
        match: (p) => /(?:^|\/)\.cargo\/config(?:\.toml)?$/.test(p),
    },
    gemfileLock: named('rubygems', 'lockfile', 'Gemfile.lock', 'gems.locked'),
};
const KINDS = Object.values(DEP_FILE);
/** Whether the dependencies check reads the file at `path`. */
function isDependencyFile(path) {
    return KINDS.some((k) => k.match(path));
}


/***/ }),

/***/ 94370:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ escapeRegex),
/* harmony export */   Dx: () => (/* binding */ linesOf),
/* harmony export */   MC: () => (/* binding */ isLineBreak),
/* harmony export */   Mc: () => (/* binding */ entriesOf),
/* harmony export */   P8: () => (/* binding */ basename),
/* harmony export */   SQ: () => (/* binding */ ECOSYSTEMS),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   ZV: () => (/* binding */ own),
/* harmony export */   bI: () => (/* binding */ isTable),
/* harmony export */   cA: () => (/* binding */ lineOf),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   lN: () => (/* binding */ digestTable),
/* harmony export */   mh: () => (/* binding */ lineAt),
/* harmony export */   xC: () => (/* binding */ isSpace),
/* harmony export */   z3: () => (/* binding */ isBlank)
/* harmony export */ });
const ECOSYSTEMS = ['npm', 'pypi', 'go', 'cargo', 'rubygems'];
/** 1-based number of the first line holding `needle`, for annotations on manifest entries. */
function lineOf(text, needle) {
    const at = typeof needle === 'string' ? text.indexOf(needle) : text.search(needle);
    return at < 0 ? undefined : lineAt(text, at);
}
/** 1-based line of an offset. */
function lineAt(text, offset) {
    let n = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}
function basename(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
function escapeRegex(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** A value as a finding shows it (a command, a URL): one line, shortened. */
function oneLine(text) {
    const one = text.replace(/\s+/g, ' ').trim();
    return one.length > 120 ? `${one.slice(0, 117)}...` : one;
}
/** Splits a text into lines (without CR), for the line-based lockfile readers. */
function linesOf(text) {
    // Split on LF, then each CR before one dropped: what /\r?\n/ does, without a pattern per line.
    const lines = text.split('\n');
    for (let i = 0; i < lines.length - 1; i++)
        if (lines[i].endsWith('\r'))
            lines[i] = lines[i].slice(0, -1);
    return lines;
}
/** What `\s` matches. */
function isSpace(c) {
    return (c === 0x20 ||
        (c >= 0x09 && c <= 0x0d) ||
        c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff);
}
/** What `.` does not match: a line terminator. */
const isLineBreak = (c) => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
/** `!line.trim()`, without making the trimmed line: lockfiles indent nearly every line. */
function isBlank(line) {
    let i = 0;
    while (line.charCodeAt(i) === 0x20)
        i++;
    if (i === line.length)
        return true;
    const c = line.charCodeAt(i);
    // Past the spaces, a printable ASCII character decides at once; anything else the long way.
    return c > 0x20 && c < 0x7f ? false : !line.trim();
}
function isTable(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** A table's own entries; anything else is empty. */
function entriesOf(v) {
    return isTable(v) ? Object.entries(v) : [];
}
/** An own string property, never one inherited (`constructor`, `__proto__`). */
function str(t, key) {
    if (!isTable(t) || !Object.hasOwn(t, key))
        return undefined;
    const v = t[key];
    return typeof v === 'string' ? v : undefined;
}
/** A table for digests keyed by names a file chose: no prototype, so `__proto__` is a key like any other. */
function digestTable() {
    return Object.create(null);
}
/** An own property. */
function own(t, key) {
    return isTable(t) && Object.hasOwn(t, key) ? t[key] : undefined;
}


/***/ }),

/***/ 29320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ ownersOf),
/* harmony export */   x: () => (/* binding */ CODEOWNERS_PATHS)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);

/** Where GitHub looks for CODEOWNERS, in its order: the first that exists is used. */
const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];
/** A CODEOWNERS pattern (gitignore-like) as globs: anchored when it has a slash, else anywhere. */
function globsOf(pattern) {
    let p = pattern;
    const anchored = p.startsWith('/') || p.slice(0, -1).includes('/');
    p = p.replace(/^\//, '');
    const dir = p.endsWith('/');
    p = p.replace(/\/$/, '');
    const base = anchored ? p : `**/${p}`;
    // A pattern naming a directory owns everything under it.
    return dir ? [`${base}/**`] : [base, `${base}/**`];
}
/**
 * The owners of a path: the last matching line wins, as on GitHub. Owners are `@user`,
 * `@org/team` (emails cannot be matched to reviewers and are left out). A line with a pattern
 * and no owner makes the path unowned.
 */
function ownersOf(text, file) {
    let owners = [];
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.replace(/(^|\s)#.*$/, '').trim();
        if (!line)
            continue;
        const [pattern, ...rest] = line.split(/\s+/);
        if (!pattern)
            continue;
        const match = picomatch__WEBPACK_IMPORTED_MODULE_0___default()(globsOf(pattern), { dot: true });
        if (match(file))
            owners = rest.filter((o) => o.startsWith('@'));
    }
    return owners;
}


/***/ }),

/***/ 47940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d3: () => (/* binding */ inlineIgnores),
/* harmony export */   kC: () => (/* binding */ inlineIgnored),
/* harmony export */   sG: () => (/* binding */ ruleFor),
/* harmony export */   y0: () => (/* binding */ RULES),
/* harmony export */   zr: () => (/* binding */ ruleIdProblem)
/* harmony export */ });
/* unused harmony export RULE_IDS */
const RULES = {
    // Data loss, or names the running code still uses: they need rollback evidence.
    'ban-drop-table': { level: 'destructive', why: 'DROP TABLE' },
    'ban-drop-column': { level: 'destructive', why: 'DROP COLUMN' },
    'ban-drop-database': { level: 'destructive', why: 'DROP DATABASE' },
    'ban-drop-schema': { level: 'destructive', why: 'DROP SCHEMA' },
    'ban-truncate': { level: 'destructive', why: 'TRUNCATE' },
    'ban-delete-without-where': { level: 'destructive', why: 'DELETE without WHERE' },
    'renaming-table': { level: 'destructive', why: 'RENAME' },
    'renaming-column': { level: 'destructive', why: 'RENAME' },
    // Statements that fail, or never apply.
    'ban-concurrent-index-creation-in-transaction': {
        level: 'failure',
        why: 'CONCURRENTLY cannot run inside a transaction block: PostgreSQL rejects the statement and the migration fails',
        instead: 'run it outside any transaction (COMMIT first, or a migration of its own that the tool runs without one)',
    },
    'ban-uncommitted-transaction': {
        level: 'failure',
        why: 'BEGIN without COMMIT: the migration ends with its transaction open and its changes are rolled back',
        instead: 'end the transaction with COMMIT',
    },
    // Locks a busy table, or breaks code that is still running.
    'require-concurrent-index-creation': {
        level: 'warning',
        why: 'CREATE INDEX without CONCURRENTLY blocks writes to the table while the index builds',
        instead: 'CREATE INDEX CONCURRENTLY (outside a transaction)',
    },
    'require-concurrent-index-deletion': {
        level: 'warning',
        why: 'DROP INDEX without CONCURRENTLY takes an exclusive lock on the table',
        instead: 'DROP INDEX CONCURRENTLY (outside a transaction)',
    },
    'require-concurrent-reindex': {
        level: 'warning',
        why: 'REINDEX without CONCURRENTLY locks out writes',
        instead: 'REINDEX \u2026 CONCURRENTLY (PostgreSQL 12+)',
    },
    'require-concurrent-partition-detach': {
        level: 'warning',
        why: 'DETACH PARTITION without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the partitioned table',
        instead: 'DETACH PARTITION \u2026 CONCURRENTLY (PostgreSQL 14+, outside a transaction)',
    },
    'adding-required-field': {
        level: 'warning',
        why: 'ADD COLUMN \u2026 NOT NULL without DEFAULT fails on a non-empty table (and blocks it while it checks)',
        instead: 'add the column nullable (or with a non-volatile DEFAULT), backfill in batches, then SET NOT NULL after a NOT VALID check constraint is validated',
    },
    'adding-not-nullable-field': {
        level: 'warning',
        why: 'SET NOT NULL scans the whole table under an exclusive lock',
        instead: 'add CHECK (col IS NOT NULL) NOT VALID, VALIDATE it, then SET NOT NULL (PostgreSQL 12+ skips the scan)',
    },
    'adding-field-with-default': {
        level: 'warning',
        why: 'ADD COLUMN with this DEFAULT rewrites the table under an ACCESS EXCLUSIVE lock',
        instead: 'add the column without the default, SET DEFAULT for new rows, backfill in batches (a trigger for generated values)',
    },
    'adding-serial-primary-key-field': {
        level: 'warning',
        why: 'adding a PRIMARY KEY builds its index under an ACCESS EXCLUSIVE lock, blocking reads and writes',
        instead: 'CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT \u2026 PRIMARY KEY USING INDEX',
    },
    'disallowed-unique-constraint': {
        level: 'warning',
        why: 'adding a UNIQUE constraint builds its index under an ACCESS EXCLUSIVE lock, blocking reads and writes',
        instead: 'CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT \u2026 UNIQUE USING INDEX',
    },
    'adding-foreign-key-constraint': {
        level: 'warning',
        why: 'adding a foreign key validates every row while blocking writes to both tables',
        instead: 'ADD CONSTRAINT \u2026 FOREIGN KEY \u2026 NOT VALID, then VALIDATE CONSTRAINT in a separate transaction',
    },
    'constraint-missing-not-valid': {
        level: 'warning',
        why: 'adding a CHECK constraint scans the table while blocking writes',
        instead: 'ADD CONSTRAINT \u2026 CHECK (\u2026) NOT VALID, then VALIDATE CONSTRAINT in a separate transaction',
    },
    'changing-column-type': {
        level: 'warning',
        why: 'ALTER COLUMN \u2026 TYPE rewrites the table under an exclusive lock',
        instead: 'add a new column, backfill it in batches, switch reads and writes, then drop the old one',
    },
    'ban-drop-not-null': {
        level: 'warning',
        why: 'DROP NOT NULL lets NULL into a column that running code expects to be set',
        instead: 'keep the constraint and write a marker value, or move to a new column the code handles as nullable',
    },
    'ban-truncate-cascade': {
        level: 'warning',
        why: 'TRUNCATE \u2026 CASCADE also empties every table with a foreign key to it, and theirs in turn',
        instead: 'name every table to empty, without CASCADE',
    },
    'ban-alter-domain-with-add-constraint': {
        level: 'warning',
        why: 'ALTER DOMAIN \u2026 ADD CONSTRAINT re-checks every column of that domain in every table, under lock',
        instead: 'put the constraint on the columns themselves (NOT VALID, then VALIDATE)',
    },
    'transaction-nesting': {
        level: 'warning',
        why: 'transaction control that does not match: PostgreSQL has no nested transactions',
        instead: 'one BEGIN \u2026 COMMIT per transaction, or none where the migration tool opens one',
    },
    'prefer-repack': {
        level: 'warning',
        why: 'VACUUM FULL and CLUSTER rewrite the table under an ACCESS EXCLUSIVE lock, blocking reads and writes',
        instead: 'pg_repack, or REPACK (CONCURRENTLY) on PostgreSQL 19+',
    },
    // Advice: types that age badly, statements that cannot be re-run.
    'ban-create-domain-with-constraint': {
        level: 'notice',
        why: 'a domain with a constraint makes every later change of that constraint re-check all its columns',
        instead: 'a plain type with table and column constraints',
    },
    'prefer-bigint-over-int': {
        level: 'notice',
        why: '32-bit integer columns run out at 2,147,483,647',
        instead: 'bigint (bigserial, or bigint GENERATED \u2026 AS IDENTITY)',
    },
    'prefer-bigint-over-smallint': {
        level: 'notice',
        why: '16-bit integer columns run out at 32,767',
        instead: 'bigint (bigserial, or bigint GENERATED \u2026 AS IDENTITY)',
    },
    'prefer-identity': {
        level: 'notice',
        why: 'serial types make permissions and schema management harder',
        instead: 'bigint GENERATED BY DEFAULT AS IDENTITY',
    },
    'prefer-text-field': {
        level: 'notice',
        why: 'changing the length of a varchar(n) later takes an ACCESS EXCLUSIVE lock',
        instead: 'text with a CHECK (length(col) <= n) constraint',
    },
    'prefer-timestamptz': {
        level: 'notice',
        why: 'timestamp without time zone drops the UTC offset of the values written to it',
        instead: 'timestamptz',
    },
    'ban-char-field': {
        level: 'notice',
        why: 'char(n) pads values with blanks and is no faster than text in PostgreSQL',
        instead: 'text or varchar',
    },
    'identifier-too-long': {
        level: 'notice',
        why: 'PostgreSQL truncates identifiers longer than 63 bytes, so the name used is not the name written',
        instead: 'a name of at most 63 bytes',
    },
    'prefer-robust-stmts': {
        level: 'notice',
        why: 'outside a transaction, a migration that fails part way cannot be run again',
        instead: 'IF [NOT] EXISTS, or a transaction around the statements',
    },
    'require-enum-value-ordering': {
        level: 'notice',
        why: 'ADD VALUE without BEFORE or AFTER appends the value, which changes what comparisons of the enum mean',
        instead: "ADD VALUE \u2026 BEFORE 'x' or AFTER 'x'",
    },
};
const RULE_IDS = Object.keys(RULES);
/** squawk's rules that this check does not have, and its spelling variants: accepted, and no-ops. */
const SQUAWK_ONLY = [
    'require-table-schema',
    'require-timeout-settings',
    'require-lock-timeout',
    'require-statement-timeout',
    'ban-duplicate-column-assignments',
    'unused-ignore',
    'syntax-error',
];
const ALIASES = {
    'prefer-timestamp-tz': 'prefer-timestamptz',
    'adding-not-null-field': 'adding-not-nullable-field',
};
const isRule = (id) => Object.hasOwn(RULES, id);
/** The rule an id names (an alias resolved), `null` for a known id this check has no rule for. */
function ruleFor(id) {
    const key = id.trim().toLowerCase();
    if (isRule(key))
        return key;
    if (Object.hasOwn(ALIASES, key))
        return ALIASES[key];
    if (SQUAWK_ONLY.includes(key))
        return null;
    return undefined;
}
/** What is wrong with a rule id written in the config, or undefined. */
function ruleIdProblem(id) {
    if (ruleFor(id) !== undefined)
        return undefined;
    const near = closest(id.toLowerCase(), [...RULE_IDS, ...Object.keys(ALIASES)]);
    return `unknown rule "${id}"${near ? ` (did you mean "${near}"?)` : ''}: the README lists the rules of the migrations check; squawk's rule names are accepted too`;
}
function closest(word, candidates) {
    let best;
    let bestDistance = Math.max(3, Math.floor(word.length / 4)) + 1;
    for (const c of candidates) {
        const d = distance(word, c);
        if (d < bestDistance)
            [best, bestDistance] = [c, d];
    }
    return best;
}
function distance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++)
            cur.push(Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
        prev = cur;
    }
    return prev[b.length];
}
const IGNORE_COMMENT = /(?:--|\/\*)[ \t]*squawk-ignore(-file)?(?=[\s,]|\*\/|$)([^\n]*)/g;
function inlineIgnores(text, firstLine = 1) {
    const out = { file: new Set(), lines: new Map() };
    if (!text.includes('squawk-ignore'))
        return out;
    let line = firstLine;
    let from = 0;
    for (const m of text.matchAll(IGNORE_COMMENT)) {
        for (let i = text.indexOf('\n', from); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1))
            line++;
        from = m.index;
        const names = m[2].split(/--|\*\//)[0];
        const rules = new Set();
        for (const n of names.split(',')) {
            const r = n.trim() ? ruleFor(n) : undefined;
            if (r)
                rules.add(r);
        }
        if (m[1]) {
            if (!names.trim())
                out.file = 'all';
            else if (out.file !== 'all')
                for (const r of rules)
                    out.file.add(r);
        }
        else
            out.lines.set(line, rules);
    }
    return out;
}
function inlineIgnored(ignores, rule, lines) {
    if (ignores.file === 'all' || ignores.file.has(rule))
        return true;
    return lines.some((l) => ignores.lines.get(l)?.has(rule) || ignores.lines.get(l - 1)?.has(rule));
}


/***/ }),

/***/ 26164:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ fields),
/* harmony export */   q: () => (/* binding */ DEFAULT_MIGRATION_PATHS)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12311);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23128);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47940);
// The settings of a migrations check, as the config schema reads them; its work is in run.ts.



/** Where the usual tools keep migrations: plain SQL anywhere, Django/Alembic, Rails, Knex. */
const DEFAULT_MIGRATION_PATHS = [
    '**/*.sql',
    '**/migrations/**/*.py',
    '**/alembic/versions/*.py',
    '**/db/migrate/*.rb',
    '**/migrations/**/*.js',
    '**/migrations/**/*.ts',
    '**/migrations/**/*.cjs',
    '**/migrations/**/*.mjs',
];
const DEFAULT_EXCLUDE = [
    '**/node_modules/**',
    '**/vendor/**',
    '**/db/structure.sql',
    '**/__init__.py',
    '**/env.py',
    '**/*.d.ts',
];
const ruleId = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().superRefine((id, ctx) => {
    const problem = (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .ruleIdProblem */ .zr)(id);
    if (problem)
        ctx.addIssue({ code: 'custom', message: problem });
});
const LEVELS = ['failure', 'warning', 'notice'];
const fields = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    paths: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1)).default(DEFAULT_MIGRATION_PATHS).describe('Globs of migration files'),
    exclude: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1)).default(DEFAULT_EXCLUDE).describe('Globs never read as migrations'),
    dialect: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['postgresql', 'mysql', 'sqlite', 'other'])
        .default('postgresql')
        .describe('The lock-risk and style rules are PostgreSQL\u2019s; other dialects get the destructive-statement rules only'),
    postgresVersion: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()
        .min(9)
        .max(99)
        .default(15)
        .describe('Major PostgreSQL version the migrations run on: before 11 any ADD COLUMN \u2026 DEFAULT rewrites the table; from 12 a validated CHECK (col IS NOT NULL) lets SET NOT NULL skip its scan'),
    assumeInTransaction: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY()
        .default(false)
        .describe('Plain SQL files run inside a transaction the migration tool opens (as squawk\u2019s assume-in-transaction); goose, dbmate, sql-migrate and the frameworks are recognised without it'),
    ignore: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(ruleId)
        .default([])
        .describe('Rules never reported, by id; squawk\u2019s rule names are accepted, so its ignore list carries over'),
    levels: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(LEVELS))
        .check(
    // Run even when a level is wrong too, so every bad key is named at once.
    zod__WEBPACK_IMPORTED_MODULE_2__/* .superRefine */ .zni((levels, ctx) => {
        for (const id of Object.keys(levels)) {
            const problem = (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .ruleIdProblem */ .zr)(id);
            if (problem)
                ctx.addIssue({ code: 'custom', path: [id], message: problem, input: id });
        }
    }, { when: (p) => typeof p.value === 'object' && p.value !== null && !Array.isArray(p.value) }))
        .default({})
        .describe('Level per rule id, replacing its default: failure, warning or notice'),
    backupMarker: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .regex */ .yG
        .default('(?:--|#|//|/\\*)\\s*(?:promotion-gate:\\s*)?backup\\b')
        .describe('A comment matching this in a migration counts as evidence a backup was taken'),
});


/***/ }),

/***/ 59192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wy: () => (/* binding */ transitionsIn),
/* harmony export */   Zn: () => (/* binding */ openHotfix),
/* harmony export */   f0: () => (/* binding */ transitionBase),
/* harmony export */   l9: () => (/* binding */ transitionOf)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12311);
/* harmony import */ var _core_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8670);


/**
 * Status transitions and the hotfix tracker, as history keeps them: both ride on the run
 * summaries (`transition`, `hotfix`), so every store keeps them as it keeps runs, concurrent
 * writers merge them like runs, and `history invalidate` takes them out with their run.
 */
/** Reasons a transition keeps: enough to say why, small enough for every run's record. */
const TRANSITION_REASONS = 10;
const isoDate = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().refine((s) => !Number.isNaN(Date.parse(s)));
const verdict = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['promote', 'hold']);
const action = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['auto-promote', 'promote-with-hotfix', 'hold']);
const transitionSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    from: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
        runId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        verdict,
        action,
        score: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
        finishedAt: isoDate,
    }),
    to: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ verdict, action, score: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig() }),
    reasons: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
});
const trackerSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    state: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['open', 'closed']),
    openedAt: isoDate,
    deadline: isoDate.optional(),
    checks: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    closedAt: isoDate.optional(),
});
/** The workflow run a run id belongs to (`4242` of `4242.2`); local ids are their own. */
function workflowRunOf(runId) {
    const m = /^(\d+)\.\d+$/.exec(runId);
    return m ? m[1] : runId;
}
/**
 * The run a new run is compared with for transitions: the newest valid run of the profile made by
 * another workflow run. A re-run attempt repeats its first attempt's observation, so it compares
 * with what that attempt compared with, finds the same transition, and the incident and
 * notification markers keep it from being told twice.
 */
function transitionBase(runs, runId) {
    const own = workflowRunOf(runId);
    for (let i = runs.length - 1; i >= 0; i--) {
        const r = runs[i];
        if (!r.invalid && workflowRunOf(r.runId) !== own)
            return r;
    }
    return undefined;
}
/** The transition from `previous` to this report, or undefined when the verdict and action held. */
function transitionOf(previous, report) {
    if (!previous)
        return undefined;
    if (previous.verdict === report.verdict && previous.action === report.action)
        return undefined;
    const blocking = report.reasons.filter((r) => r.blocking);
    const shown = blocking.length > 0 ? blocking : report.reasons.filter((r) => r.kind !== 'history');
    return {
        from: {
            runId: previous.runId,
            verdict: previous.verdict,
            action: previous.action,
            score: previous.score,
            finishedAt: previous.finishedAt,
        },
        to: { verdict: report.verdict, action: report.action, score: report.score },
        // Credentials in URL shapes are masked once more: a record outlives the run (as in summary.ts).
        reasons: new _core_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .Redactor */ .pO().redactDeep(shown.slice(0, TRANSITION_REASONS).map((r) => r.message)),
    };
}
/** The transitions among a profile's runs, oldest first; records that cannot be read are problems. */
function transitionsIn(read) {
    const transitions = [];
    const problems = [...read.problems];
    for (const r of read.runs) {
        if (r.transition === undefined)
            continue;
        const t = transitionSchema.safeParse(r.transition);
        if (!t.success) {
            problems.push(`run ${r.runId}: its transition record cannot be read; skipped`);
            continue;
        }
        transitions.push({
            runId: r.runId,
            at: r.finishedAt,
            ...(r.sha ? { sha: r.sha } : {}),
            ...(r.bundleId ? { bundleId: r.bundleId } : {}),
            ...(r.url ? { url: r.url } : {}),
            transition: t.data,
        });
    }
    return { transitions, problems };
}
/**
 * The hotfix tracker the newest valid run left open, for the decision. A run recorded before
 * runs carried trackers, promoted with a hotfix, counts as one opened when it finished. A tracker
 * that cannot be read is a problem to report: the deadline cannot act on it.
 */
function openHotfix(previous) {
    if (!previous)
        return {};
    if (previous.hotfix === undefined) {
        return previous.action === 'promote-with-hotfix'
            ? { tracker: { state: 'open', openedAt: previous.finishedAt, checks: [...previous.hotfixChecks] } }
            : {};
    }
    const t = trackerSchema.safeParse(previous.hotfix);
    if (!t.success)
        return {
            problem: `run ${previous.runId}: its hotfix tracker cannot be read, so the hotfix deadline cannot act`,
        };
    return t.data.state === 'open' ? { tracker: t.data } : {};
}


/***/ })

};
