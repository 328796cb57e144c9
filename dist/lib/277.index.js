export const id = 277;
export const ids = [277];
export const modules = {

/***/ 16352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EO: () => (/* binding */ runGit),
/* harmony export */   QE: () => (/* binding */ gitOrThrow),
/* harmony export */   aM: () => (/* binding */ FIXED_CONFIG),
/* harmony export */   gE: () => (/* binding */ gitEnv),
/* harmony export */   t1: () => (/* binding */ streamGit)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);

// node:child_process is loaded by the first git this starts: the checks that read a diff are
// loaded with the config's schema, by runs (a `validate`) that start no process.
const load = (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url);
const childProcess = () => load('node:child_process');
/** Config that would change what git prints; forced off so parsing never depends on a user's setup. */
const FIXED_CONFIG = [
    '-c',
    'core.quotePath=false',
    '-c',
    'color.ui=never',
    '-c',
    'diff.noprefix=false',
    '-c',
    'diff.mnemonicPrefix=false',
    '-c',
    'diff.relative=false',
    '-c',
    'grep.lineNumber=false',
    '-c',
    'grep.fullName=false',
];
function gitEnv(env) {
    // No credential prompt may block a fetch; LC_ALL=C keeps messages we match on in English.
    return { ...env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_PAGER: 'cat' };
}
const STDERR_MAX = 16 * 1024;
/** Bytes handed to a queued consumer in one turn of the event loop. */
const TURN_BYTES = 64 * 1024;
/**
 * Runs git and hands stdout to `onData` as it arrives. Resolves with the exit code and stderr
 * (bounded), once `onData` has had everything. Aborting or the timeout kills git.
 *
 * `queueBytes`: read ahead of a slow consumer, up to that many bytes. git writes a file's diff in
 * one burst after computing it, and a pipe holds 64 KiB: handed over as it is read, a consumer
 * that takes longer than git to go through a burst keeps git waiting, and git's computing the
 * next file then keeps the consumer waiting, so the two take turns instead of working at once.
 * Queued, git's burst is read while the consumer works (a turn of the event loop between every
 * 64 KiB it is handed), and the consumer catches up while git computes.
 */
function streamGit(args, opts, onData, queueBytes = 0) {
    return new Promise((resolve, reject) => {
        if (opts.signal?.aborted) {
            reject(opts.signal.reason instanceof Error ? opts.signal.reason : new Error('aborted'));
            return;
        }
        const child = childProcess().spawn('git', [...FIXED_CONFIG, ...args], {
            cwd: opts.cwd,
            env: gitEnv(opts.env),
            stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        });
        if (opts.input !== undefined) {
            child.stdin.on('error', () => undefined);
            child.stdin.end(opts.input);
        }
        let stderr = '';
        let stopped;
        let failure;
        // What was read and not yet handed over, and how git's exit is settled once it has been.
        const queue = [];
        let queued = 0;
        let draining = false;
        let paused = false;
        let settle;
        const stop = (why) => {
            stopped ??= why;
            // Nothing more is handed over; a paused stdout would never see git's end.
            queue.length = 0;
            queued = 0;
            if (paused) {
                paused = false;
                child.stdout.resume();
            }
            child.kill('SIGKILL');
        };
        const hand = (c) => {
            if (failure || stopped)
                return;
            try {
                onData(c);
            }
            catch (err) {
                failure = err;
                stop('consumer failed');
            }
        };
        const drain = () => {
            draining = false;
            for (let budget = TURN_BYTES; queue.length > 0 && budget > 0;) {
                let c = queue[0];
                if (c.length > budget) {
                    queue[0] = c.subarray(budget);
                    c = c.subarray(0, budget);
                }
                else
                    queue.shift();
                queued -= c.length;
                budget -= c.length;
                hand(c);
            }
            if (paused && queued <= queueBytes / 2) {
                paused = false;
                child.stdout.resume();
            }
            if (queue.length > 0) {
                draining = true;
                setImmediate(drain);
            }
            else
                settle?.();
        };
        const onAbort = () => stop('aborted');
        opts.signal?.addEventListener('abort', onAbort, { once: true });
        const timer = opts.timeoutMs
            ? setTimeout(() => stop(`timed out after ${opts.timeoutMs} ms`), opts.timeoutMs)
            : undefined;
        timer?.unref();
        child.stdout.on('data', (c) => {
            if (queueBytes <= 0) {
                hand(c);
                return;
            }
            if (failure || stopped)
                return;
            queue.push(c);
            queued += c.length;
            if (queued >= queueBytes && !paused) {
                paused = true;
                child.stdout.pause();
            }
            if (!draining) {
                draining = true;
                setImmediate(drain);
            }
        });
        child.stderr.on('data', (c) => {
            if (stderr.length < STDERR_MAX)
                stderr += c.toString('utf8');
        });
        child.on('error', (err) => {
            opts.signal?.removeEventListener('abort', onAbort);
            if (timer)
                clearTimeout(timer);
            reject(err.code === 'ENOENT'
                ? new Error('git is not installed (not on PATH)')
                : err);
        });
        child.on('close', (code) => {
            settle = () => {
                settle = undefined;
                opts.signal?.removeEventListener('abort', onAbort);
                if (timer)
                    clearTimeout(timer);
                if (failure)
                    reject(failure);
                else if (stopped === 'aborted')
                    reject(opts.signal?.reason instanceof Error ? opts.signal.reason : new Error('aborted'));
                else
                    resolve({ code, stderr: stderr.trim(), ...(stopped ? { stopped } : {}) });
            };
            // Settled when everything read has been handed over (at once when nothing waits).
            if (!draining)
                settle();
        });
    });
}
/** Runs git and collects stdout (up to maxBytes, default 16 MiB). */
async function runGit(args, opts) {
    const max = opts.maxBytes ?? 16 * 1024 * 1024;
    const chunks = [];
    let size = 0;
    const r = await streamGit(args, opts, (c) => {
        size += c.length;
        if (size > max)
            throw new Error(`git ${args[0]} printed more than ${max} bytes`);
        chunks.push(c);
    });
    if (r.stopped)
        return { code: null, stdout: '', stderr: `git ${args[0]} ${r.stopped}` };
    return { code: r.code, stdout: Buffer.concat(chunks).toString('utf8'), stderr: r.stderr };
}
/** Runs git; a non-zero exit is an error carrying git's own message. */
async function gitOrThrow(args, opts) {
    const r = await runGit(args, opts);
    if (r.code !== 0)
        throw new Error(`git ${args.join(' ')}: ${r.stderr || `exit ${r.code}`}`);
    return r.stdout;
}


/***/ }),

/***/ 10277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ describeRange),
  S: () => (/* binding */ resolveRange)
});

// EXTERNAL MODULE: ./src/core/optionRef.ts
var optionRef = __webpack_require__(44157);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/core/runner.ts
var runner = __webpack_require__(4473);
;// CONCATENATED MODULE: ./src/change/event.ts


const PR_EVENTS = new Set([
    'pull_request',
    'pull_request_target',
    'pull_request_review',
    'pull_request_review_comment',
]);
/**
 * Reads GITHUB_EVENT_PATH. An unreadable or unexpected payload gives no range (the next source
 * is tried) but says why, so a broken runner setup is visible in the report.
 */
async function eventRange(env) {
    const { eventName: name, eventPath: file } = (0,runner/* readRunner */.f)(env);
    if (!name || !file || (!PR_EVENTS.has(name) && name !== 'merge_group'))
        return {};
    let payload;
    try {
        payload = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch (err) {
        return { problem: `cannot read the ${name} event payload ${file}: ${err.message}` };
    }
    if (name === 'merge_group') {
        const mg = payload.merge_group;
        if (!mg?.base_sha || !mg.head_sha)
            return { problem: 'merge_group event without base_sha/head_sha' };
        return {
            range: {
                source: 'merge_group',
                base: mg.base_sha,
                head: mg.head_sha,
                detail: `merge queue ${mg.head_ref ?? ''}`.trim(),
            },
        };
    }
    const pr = payload.pull_request;
    if (!pr?.base?.sha || !pr.head?.sha)
        return { problem: `${name} event without pull_request.base.sha/head.sha` };
    return {
        range: {
            source: 'pull_request',
            base: pr.base.sha,
            head: pr.head.sha,
            detail: `pull request #${pr.number ?? '?'} into ${pr.base.ref ?? 'its base'}`,
        },
    };
}

// EXTERNAL MODULE: ./src/change/git.ts
var git = __webpack_require__(16352);
// EXTERNAL MODULE: ./src/change/types.ts
var types = __webpack_require__(18641);
;// CONCATENATED MODULE: ./src/change/shallow.ts



const FETCH_TIMEOUT_MS = 10 * 60_000;
/** Deepening steps before giving up and fetching the whole history. */
const DEEPEN_STEPS = [64, 512, 4096];
const ADVICE = 'Set `fetch-depth: 0` on actions/checkout (or fetch the revisions before the gate runs) so the range is in the clone.';
/**
 * Makes revisions available in clones that lack them \u2014 above all the one-commit clones
 * actions/checkout makes by default \u2014 by fetching exactly what is needed from the remote.
 * Never falls back to a smaller range: what cannot be fetched is an error that says what to do.
 */
class Revisions {
    opts;
    fetched = [];
    shallow;
    remoteName;
    /** Commits found by `verifyAll`, by the name asked: a commit in the clone stays there. */
    found = new Map();
    /** Names `verifyAll` had git answer for, found or not: their first `commit` asks no more. */
    answered = new Set();
    constructor(opts) {
        this.opts = opts;
    }
    async isShallow() {
        if (this.shallow === undefined) {
            const r = await (0,git/* runGit */.EO)(['rev-parse', '--is-shallow-repository'], this.opts);
            this.shallow = r.stdout.trim() === 'true';
        }
        return this.shallow;
    }
    /**
     * The sha of a commit-ish, fetching (or deepening) when the clone does not have it. `typed`:
     * what to say when a complete clone lacks it (a revision someone typed, which the advice about
     * shallow clones does not help).
     */
    async commit(ref, what, typed) {
        const local = this.answered.has(ref) ? this.found.get(ref) : await this.verify(ref);
        if (local)
            return local;
        const remote = await this.remote();
        const shallow = await this.isShallow();
        const where = shallow ? 'this shallow clone' : 'this clone';
        const advice = typed && !shallow ? typed : ADVICE;
        if (!remote)
            throw new types/* ChangeRangeError */.g(`${what} "${ref}" is not in ${where}, and the repository has no remote to fetch it from. ${advice}`);
        const relative = /^(.+?)([~^].*)$/.exec(ref);
        let problem;
        if (relative) {
            // `HEAD~5`, `main^2`: make the named commit available, then deepen until the walk fits.
            const tip = await this.commit(relative[1], what, typed);
            problem = await this.deepenUntil(remote, [tip], async () => (await this.verify(ref)) !== undefined);
        }
        else {
            for (const src of candidateRefs(ref)) {
                const r = await this.fetch(remote, [...(await this.depth1()), src]);
                if (r.ok) {
                    const sha = await this.verify(/^[0-9a-f]{40}$/i.test(ref) ? ref : 'FETCH_HEAD');
                    if (sha) {
                        this.fetched.push(`${ref} from ${remote}`);
                        return sha;
                    }
                }
                problem ??= r.error;
            }
        }
        const sha = await this.verify(ref);
        if (sha)
            return sha;
        throw new types/* ChangeRangeError */.g(`${what} "${ref}" is not in ${where} and could not be fetched from ${remote}${problem ? `: ${problem}` : ''}. ${advice}`);
    }
    /** The merge base of two commits, deepening a shallow history until it is reached. */
    async mergeBase(base, head) {
        const find = async () => {
            const r = await (0,git/* runGit */.EO)(['merge-base', base, head], this.opts);
            return r.code === 0 ? r.stdout.trim() : undefined;
        };
        const found = await find();
        if (found)
            return found;
        if (!(await this.isShallow()))
            throw new types/* ChangeRangeError */.g(`${shallow_short(base)} and ${shallow_short(head)} have no common ancestor; set ${(0,optionRef/* optionRef */.$j)('base')} explicitly.`);
        const remote = await this.remote();
        if (!remote)
            throw new types/* ChangeRangeError */.g(`the merge base of ${shallow_short(base)} and ${shallow_short(head)} is outside this shallow clone, which has no remote. ${ADVICE}`);
        let mb;
        const problem = await this.deepenUntil(remote, [base, head], async () => (mb = await find()) !== undefined);
        if (mb)
            return mb;
        throw new types/* ChangeRangeError */.g(problem
            ? `the merge base of ${shallow_short(base)} and ${shallow_short(head)} is outside this shallow clone and deepening it failed: ${problem}. ${ADVICE}`
            : `${shallow_short(base)} and ${shallow_short(head)} have no common ancestor, even with the whole history fetched; set ${(0,optionRef/* optionRef */.$j)('base')} explicitly.`);
    }
    /** Deepens step by step, then unshallows; returns the last fetch error, if any. */
    async deepenUntil(remote, tips, done) {
        if (!(await this.isShallow()))
            return undefined;
        for (const n of DEEPEN_STEPS) {
            const r = await this.fetch(remote, [`--deepen=${n}`, ...tips]);
            if (!r.ok)
                return r.error;
            this.fetched.push(`history deepened by ${n} commits`);
            if (await done())
                return undefined;
        }
        const r = await this.fetch(remote, ['--unshallow', ...tips]);
        if (!r.ok)
            return r.error;
        this.shallow = false;
        this.fetched.push('whole history (unshallowed)');
        await done();
        return undefined;
    }
    async depth1() {
        // In a complete clone a depth would make the fetched commit shallow; only limit shallow ones.
        return (await this.isShallow()) ? ['--depth=1'] : [];
    }
    async fetch(remote, args) {
        const r = await (0,git/* runGit */.EO)(['fetch', '--no-tags', '--quiet', remote, ...args], {
            ...this.opts,
            timeoutMs: FETCH_TIMEOUT_MS,
            maxBytes: 1024 * 1024,
        });
        if (r.code === 0)
            return { ok: true };
        return { ok: false, error: firstLines(r.stderr) || `git fetch exited ${r.code}` };
    }
    /**
     * Which of the names are commits of the clone, asked of one git: each name's sha, or undefined.
     * `commit` then finds them without asking again. A name git could not read as one line of its
     * input is no commit.
     */
    async verifyAll(refs) {
        const asked = [...new Set(refs.filter((r) => r !== '' && !/[\n\r\0]/.test(r)))];
        if (asked.length > 0) {
            const r = await (0,git/* runGit */.EO)(['cat-file', '--batch-check=%(objectname)'], {
                ...this.opts,
                input: asked.map((ref) => `${ref}^{commit}\n`).join(''),
            });
            const lines = r.stdout.split('\n');
            // Anything else (not a repository, a git that failed) leaves the names to be verified one by one.
            if (r.code === 0 && lines.length > asked.length)
                asked.forEach((ref, i) => {
                    const sha = lines[i].trim();
                    this.answered.add(ref);
                    if (/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(sha))
                        this.found.set(ref, sha);
                });
        }
        return refs.map((ref) => this.found.get(ref));
    }
    async verify(ref) {
        const known = this.found.get(ref);
        if (known)
            return known;
        const r = await (0,git/* runGit */.EO)(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], this.opts);
        return r.code === 0 ? r.stdout.trim() : undefined;
    }
    async remote() {
        if (this.remoteName === undefined) {
            const r = await (0,git/* runGit */.EO)(['remote'], this.opts);
            const names = r.stdout
                .split('\n')
                .map((s) => s.trim())
                .filter(Boolean);
            this.remoteName = names.includes('origin') ? 'origin' : (names[0] ?? null);
        }
        return this.remoteName ?? undefined;
    }
}
/** What to ask the remote for, for a name the clone does not know. */
function candidateRefs(ref) {
    if (/^[0-9a-f]{40}$/i.test(ref))
        return [ref];
    if (ref.startsWith('refs/'))
        return [ref];
    const remoteBranch = /^origin\/(.+)$/.exec(ref);
    if (remoteBranch)
        return [`refs/heads/${remoteBranch[1]}`];
    return [`refs/tags/${ref}`, `refs/heads/${ref}`];
}
function shallow_short(sha) {
    return /^[0-9a-f]{40}$/i.test(sha) ? sha.slice(0, 12) : sha;
}
function firstLines(s) {
    return s.split('\n').filter(Boolean).slice(0, 3).join(' ').slice(0, 500);
}

;// CONCATENATED MODULE: ./src/change/range.ts





const NO_BASE = `no base revision to compare with: set ${(0,optionRef/* optionRef */.$j)('base')}, run on a pull_request event, ` +
    'keep a history of promotions, or set `defaults.base` in the config (e.g. origin/main)';
/**
 * Picks the range in order of precedence \u2014 explicit input, the pull request (or merge queue)
 * of the event, the last promoted run of this profile, the configured default \u2014 and makes both
 * ends available locally. Pull requests compare from the merge base, as GitHub shows them; the
 * other sources compare the two trees, which is exactly what the promotion replaces.
 */
async function resolveRange(opts, req) {
    // Asked only when something is amiss: on the way to a range, the lookup of its two ends is the
    // first git, and one process fewer before the diff checks' own gits can start.
    const inRepository = async () => {
        if ((await (0,git/* runGit */.EO)(['rev-parse', '--git-dir'], opts)).code !== 0)
            throw new types/* ChangeRangeError */.g(`${opts.cwd} is not inside a git repository`);
    };
    const notes = [];
    const event = await eventRange(opts.env);
    if (event.problem)
        notes.push(event.problem);
    let base;
    if (req.base)
        base = { ref: req.base, source: 'input', detail: 'given base' };
    else if (event.range)
        base = { ref: event.range.base, source: event.range.source, detail: event.range.detail };
    else {
        try {
            const last = await req.lastPromoted?.();
            if (last)
                base = { ref: last.sha, source: 'history', detail: last.detail };
        }
        catch (err) {
            notes.push(`history could not be read: ${err.message}`);
        }
        if (!base && req.defaultBase)
            base = { ref: req.defaultBase, source: 'config', detail: 'defaults.base' };
    }
    if (!base) {
        await inRepository();
        throw new types/* ChangeRangeError */.g([NO_BASE, ...notes].join('; '));
    }
    const headRef = req.head ?? event.range?.head ?? 'HEAD';
    const revs = new Revisions(opts);
    // Both looked up by one git; the answer also says whether resolving the range needs a fetch.
    const local = await revs.verifyAll([headRef, base.ref]);
    if (local.some((sha) => sha === undefined))
        await inRepository();
    req.onLocal?.(local.every((sha) => sha !== undefined));
    // A revision someone typed that a complete clone lacks is most likely misspelt.
    const typed = (option) => `Check the revision given to ${(0,optionRef/* optionRef */.$j)(option)}: a branch, tag or commit of this repository.`;
    const head = await revs.commit(headRef, 'head', req.head ? typed('head') : undefined);
    const tip = await revs.commit(base.ref, `base (${base.detail})`, base.source === 'input' ? typed('base') : undefined);
    const mergeBase = base.source === 'pull_request' || base.source === 'merge_group';
    const from = mergeBase ? await revs.mergeBase(tip, head) : tip;
    return {
        base: from,
        head,
        baseRef: base.ref,
        headRef,
        source: base.source,
        sourceDetail: notes.length ? `${base.detail} (${notes.join('; ')})` : base.detail,
        mergeBase,
        fetched: revs.fetched,
        ...(notes.length ? { notes } : {}),
    };
}
/** `abc1234..def5678 (pull request #12 into main, from the merge base)` for summaries and logs. */
function describeRange(r) {
    return `${r.base.slice(0, 7)}..${r.head.slice(0, 7)} (${r.sourceDetail}${r.mergeBase ? ', from the merge base' : ''})`;
}


/***/ }),

/***/ 18641:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ ChangeRangeError)
/* harmony export */ });
/** The change being promoted: which two revisions, and streaming access to what differs. */
/** The range cannot be resolved or made available: a user-fixable problem with advice. */
class ChangeRangeError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ChangeRangeError';
    }
}


/***/ })

};
