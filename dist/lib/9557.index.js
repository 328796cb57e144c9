export const id = 9557;
export const ids = [9557];
export const modules = {

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

/***/ 59557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  integrityCheck: () => (/* binding */ integrityCheck)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(12311);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/checks/changeRange.ts
var changeRange = __webpack_require__(79792);
// EXTERNAL MODULE: ./src/checks/types.ts
var types = __webpack_require__(16468);
;// CONCATENATED MODULE: ./src/checks/integrity/approvals.ts

/** GitHub's rule: a reviewer's latest review that is not a comment is their standing. */
function latestPerReviewer(reviews) {
    const byUser = new Map();
    const ordered = [...reviews].sort((a, b) => Date.parse(a.submittedAt ?? '') - Date.parse(b.submittedAt ?? '') || a.id - b.id);
    for (const r of ordered) {
        if (r.state === 'COMMENTED' || r.state === 'PENDING')
            continue;
        byUser.set(r.user.toLowerCase(), r);
    }
    return [...byUser.values()];
}
const normal = (name) => name.replace(/^@/, '').toLowerCase();
/** Resolves the approver list: users as given, teams through the API (a team that cannot be read is said). */
async function approverSet(policy, source, signal) {
    if (policy.approvers.length === 0)
        return { problems: [] };
    const logins = new Set();
    const problems = [];
    for (const a of policy.approvers) {
        const name = normal(a);
        const slash = name.indexOf('/');
        if (slash < 0) {
            logins.add(name);
            continue;
        }
        try {
            for (const m of await source.teamMembers(name.slice(0, slash), name.slice(slash + 1), signal))
                logins.add(m.toLowerCase());
        }
        catch (err) {
            problems.push(`members of @${name} cannot be read (${(0,errors/* errorMessage */.gJ)(err)}); the token needs read access to the organization's teams`);
        }
    }
    return { logins, problems };
}
/**
 * The first approving review of the given pull requests that counts. `current(commit)` says
 * whether the config reviewed at that commit is the one being promoted (an approval of an
 * earlier, milder version does not approve what came after it).
 */
async function findApproval(pulls, policy, source, current, eventPull, signal) {
    const out = { why: [], reviews: [] };
    const allowed = await approverSet(policy, source, signal);
    out.why.push(...allowed.problems);
    for (const number of pulls) {
        let pull;
        let reviews;
        try {
            pull = eventPull?.number === number && eventPull.author ? eventPull : await source.pull(number, signal);
            reviews = await source.reviews(number, signal);
        }
        catch (err) {
            out.why.push(`reviews of pull request #${number} cannot be read: ${(0,errors/* errorMessage */.gJ)(err)}`);
            continue;
        }
        const reasons = [];
        for (const r of latestPerReviewer(reviews)) {
            const seen = { pull: number, reviewer: r.user, state: r.state, reviewId: r.id };
            if (r.submittedAt)
                seen.at = r.submittedAt;
            out.reviews.push(seen);
            if (r.state !== 'APPROVED')
                seen.notCounted = `latest review is ${r.state.toLowerCase()}`;
            else if (!policy.allowAuthorApproval && pull.author && normal(r.user) === normal(pull.author))
                seen.notCounted = 'the author of the pull request';
            else if (allowed.logins && !allowed.logins.has(normal(r.user)))
                seen.notCounted = 'not one of the approvers';
            else
                seen.notCounted = await current(r.commitId);
            if (seen.notCounted) {
                reasons.push(`${r.user}: ${seen.notCounted}`);
                continue;
            }
            out.approval = {
                pull: number,
                reviewer: r.user,
                reviewId: r.id,
                ...(r.submittedAt ? { at: r.submittedAt } : {}),
                ...(r.url ? { url: r.url } : {}),
                ...(r.commitId ? { commit: r.commitId } : {}),
            };
            return out;
        }
        out.why.push(reasons.length
            ? `pull request #${number} has no approval that counts (${reasons.join('; ')})`
            : `pull request #${number} has no approving review`);
    }
    return out;
}

// EXTERNAL MODULE: ./src/checks/integrity/codeowners.ts
var codeowners = __webpack_require__(29320);
;// CONCATENATED MODULE: ./src/checks/integrity/approvalFor.ts


const approvalFor_short = (sha) => (sha ? sha.slice(0, 7) : '?');
/** Pathspecs that name exactly these files, relative to the repository root. */
const literal = (files) => files.map((f) => `:(top,literal)${f}`);
/** Pull requests named by the commits that changed the files: `(#123)` or "Merge pull request #123". */
async function pullsTouching(ctx, range, files) {
    const r = await ctx.exec.file('git', ['log', '--format=%s', `${range.base}..${range.head}`, '--', ...literal(files)], {
        cwd: ctx.cwd,
        env: ctx.env,
        signal: ctx.signal,
        maxOutputBytes: 1024 * 1024,
    });
    if (r.exitCode !== 0)
        throw new Error(`git log failed: ${r.stderr.trim() || `exit ${r.exitCode}`}`);
    const found = new Set();
    for (const m of r.stdout.matchAll(/(?:\(#(\d+)\)|Merge pull request #(\d+))/g))
        found.add(Number(m[1] ?? m[2]));
    return [...found].slice(0, 10);
}
/**
 * Owners of the files in the base's CODEOWNERS: the base decides who may approve, not the change.
 * Of several files, those who own every one of them: an approval is one review of the whole change.
 */
async function codeOwners(ctx, range, files) {
    for (const p of codeowners/* CODEOWNERS_PATHS */.x) {
        const text = await ctx.change.read(range.base, p, { signal: ctx.signal });
        if (text === undefined)
            continue;
        let owners;
        for (const file of files) {
            const own = (0,codeowners/* ownersOf */.K)(text, file);
            if (own.length === 0)
                return `${p} names no owner of ${file}`;
            const mine = new Set(own.map((o) => o.toLowerCase()));
            owners = owners ? owners.filter((o) => mine.has(o.toLowerCase())) : own;
        }
        return owners?.length ? owners : `${p} names no owner of all of ${files.join(', ')}`;
    }
    return `no CODEOWNERS file at the base (${codeowners/* CODEOWNERS_PATHS */.x.join(', ')})`;
}
/**
 * The approval of a change to `files`: the config when it is weakened, and the files it guards
 * that changed.
 */
async function approvalFor(spec, ctx, range, files) {
    const source = ctx.reviews;
    if (!source || source.unavailable)
        return {
            why: [source?.unavailable ?? 'reviews cannot be read: the gate has no GitHub access'],
            reviews: [],
        };
    const approvers = [...(spec.approvers ?? [])];
    const why = [];
    if (spec.codeowners) {
        const owners = await codeOwners(ctx, range, files);
        if (typeof owners === 'string') {
            why.push(owners);
            // Code owners were asked for and there are none: only named approvers remain, if any.
            if (approvers.length === 0)
                return { why: [...why, 'so nobody may approve'], reviews: [] };
        }
        else
            approvers.push(...owners);
    }
    const pulls = source.eventPull ? [source.eventPull.number] : await pullsTouching(ctx, range, files);
    if (pulls.length === 0)
        return {
            why: [
                ...why,
                `no pull request to read approvals from: the run is not about one, and no commit that changed ${files.join(' or ')} names one`,
            ],
            reviews: [],
        };
    // An approval counts for the files as they are now: given on the head, or on a commit where
    // they are the same, compared by git's object ids so that any byte counts.
    const current = async (commit) => {
        if (!commit)
            return 'the review names no commit';
        if (commit === range.head)
            return undefined;
        // An object id and nothing else reaches git's command line (never an option).
        if (!/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i.test(commit))
            return `the review names "${commit.slice(0, 80)}", which is no commit`;
        const r = await ctx.exec.file('git', ['diff', '--name-only', '-z', '--no-renames', commit, range.head, '--', ...literal(files)], { cwd: ctx.cwd, env: ctx.env, signal: ctx.signal, maxOutputBytes: 1024 * 1024 });
        if (r.exitCode !== 0)
            return `given on ${approvalFor_short(commit)}, which is not in this clone`;
        const changed = r.stdout.split('\0').find(Boolean);
        return changed ? `given on ${approvalFor_short(commit)}, before ${changed} last changed` : undefined;
    };
    const result = await findApproval(pulls, { approvers, allowAuthorApproval: spec.allowAuthorApproval }, source, current, source.eventPull, ctx.signal);
    return { ...result, why: [...why, ...result.why] };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/checks/integrity/baselines.ts


/**
 * A secrets baseline lives in its own file, so widening it (accepting more findings) does not
 * show in the config: the file is read at both revisions and new fingerprints are a weakening.
 */
const fingerprints = (text) => {
    const set = new Set();
    for (const raw of (text ?? '').split(/\r?\n/)) {
        const fp = raw.replace(/#.*$/, '').trim().split(/\s+/)[0];
        if (fp && /^[0-9a-f]{12,64}$/i.test(fp))
            set.add(fp.toLowerCase());
    }
    return set;
};
async function baselineChanges(sides, change, signal) {
    const base = sides.base?.model;
    const head = sides.head?.model;
    const baseRev = sides.base?.revision;
    const headRev = sides.head?.revision;
    if (!base || !head || !baseRev || !headRev)
        return { changes: [], problems: [] };
    // Every baseline a profile of the head uses, with the file the base used for the same check.
    const pairs = new Map();
    for (const [profile, hp] of head.profiles)
        for (const [check, hc] of hp.checks) {
            if (hc.type !== 'secrets' || typeof hc.fields.baseline !== 'string')
                continue;
            const bc = base.profiles.get(profile)?.checks.get(check);
            const before = bc?.type === 'secrets' && typeof bc.fields.baseline === 'string' ? bc.fields.baseline : undefined;
            // A check the base did not have is not weakened by its baseline: it is new.
            if (!bc)
                continue;
            const key = `${before ?? ''}\0${hc.fields.baseline}`;
            pairs.set(key, [...(pairs.get(key) ?? []), { profile, check, before, after: hc.fields.baseline }]);
        }
    const changes = [];
    const problems = [];
    for (const uses of pairs.values()) {
        const { before, after, check, profile } = uses[0];
        let was;
        let now;
        try {
            was = fingerprints(before ? await change.read(baseRev, `./${before}`, { signal }) : undefined);
            now = fingerprints(await change.read(headRev, `./${after}`, { signal }));
        }
        catch (err) {
            problems.push(`secrets baseline ${after}: ${(0,errors/* errorMessage */.gJ)(err)}`);
            continue;
        }
        const added = [...now].filter((f) => !was.has(f));
        if (added.length === 0)
            continue;
        const path = head.sourceOf(profile, 'check', check, ['baseline']);
        const line = head.line(path);
        changes.push({
            kind: 'weakening',
            key: path.join('.'),
            ...(line ? { line } : {}),
            before: `${was.size} fingerprint(s)${before && before !== after ? ` in ${before}` : ''}`,
            after: `${now.size} fingerprint(s) in ${after}`,
            what: `${added.length} accepted secret(s) added: ${added
                .slice(0, 5)
                .map((f) => f.slice(0, 12))
                .join(', ')}${added.length > 5 ? ', \u2026' : ''}`,
            profiles: [...new Set(uses.map((u) => u.profile))],
            check: { id: check, type: 'secrets', field: ['baseline'] },
            content: external_node_path_.posix.normalize(after),
        });
    }
    return { changes, problems };
}

// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(98571);
// EXTERNAL MODULE: ./src/core/types.ts
var core_types = __webpack_require__(73054);
// EXTERNAL MODULE: ./src/checks/metrics/criteria.ts
var criteria = __webpack_require__(1402);
;// CONCATENATED MODULE: ./src/checks/integrity/directions.ts



const higher = { kind: 'higher-looser' };
const lower = { kind: 'lower-looser' };
const criterion = { kind: 'criterion' };
const more = { kind: 'more-looser' };
const fewer = { kind: 'fewer-looser' };
const keysFewer = { kind: 'keys-fewer-looser' };
const needsTrue = { kind: 'false-looser' };
const allowsWhenTrue = { kind: 'true-looser' };
const neutral = { kind: 'neutral' };
const runs = { kind: 'any-change' };
const order = (values) => ({ kind: 'order', values });
const expectRules = (prefix) => [
    [`${prefix}.status`, more],
    [`${prefix}.contains`, fewer],
    [`${prefix}.notContains`, fewer],
    [`${prefix}.json`, keysFewer],
    [`${prefix}.headers`, keysFewer],
    [`${prefix}.assert`, fewer],
    [`${prefix}.maxLatency`, higher],
    [`${prefix}.warnLatency`, higher],
];
const budgetRules = (prefix) => [
    [`${prefix}.p50`, higher],
    [`${prefix}.p95`, higher],
    [`${prefix}.max`, higher],
];
const DIRECTIONS = [
    // Every check.
    ['*:enforcement', order(core_types/* ENFORCEMENTS */.w_)],
    ['*:onError', order(core_types/* ON_ERROR */.DD)],
    ['*:title', neutral],
    ['*:allowOutsideWorkspace', allowsWhenTrue],
    // files, env, git
    ['files:paths', fewer],
    ['files:nonEmpty', needsTrue],
    ['files:forbidden', fewer],
    ['env:vars', keysFewer],
    ['env:vars.*.required', needsTrue],
    ['env:vars.*.values', more],
    ['env:vars.*.notIn', fewer],
    ['env:vars.*.minLength', lower],
    ['env:vars.*.secret', needsTrue],
    ['git:clean', needsTrue],
    ['git:allowDirty', more],
    ['git:untracked', needsTrue],
    ['git:branch', more],
    // command
    ['command:run', runs],
    ['command:exitCode', more],
    ['command:junit', fewer],
    ['command:allowNoTests', allowsWhenTrue],
    ['command:coverage.min', lower],
    ['command:repeat.times', lower],
    ['command:repeat.ignore', more],
    ['command:maxOutput', neutral],
    // web
    ...expectRules('http:expect'),
    ...expectRules('http:requests.[].expect'),
    ['http:requests', fewer],
    ['http:retries', higher],
    ['auth:routes', fewer],
    ['auth:allowStatus', more],
    ['auth:retries', higher],
    ['performance:pages', fewer],
    ...budgetRules('performance:budgets'),
    ...budgetRules('performance:pages.[].budgets'),
    ['freshness:maxAge', higher],
    ['freshness:counters', keysFewer],
    ['freshness:counters.*.min', lower],
    ['freshness:counters.*.level', order(['fail', 'warn'])],
    ['evidence:maxAge', higher],
    ['evidence:assert', fewer],
    ['evidence:allowNoTests', allowsWhenTrue],
    // metrics
    ['benchmark:run', runs],
    ['benchmark:mode', neutral], // the planned enforcement says what the mode means for the profile
    ['benchmark:thresholds', keysFewer],
    ['benchmark:drift', { kind: 'false-turns-off' }],
    ['benchmark:thresholds.*', criterion],
    ['benchmark:drift.minHistory', higher],
    ['benchmark:drift.maxDrop', keysFewer],
    ['benchmark:drift.maxDrop.*', higher],
    ['benchmark:drift.rules', keysFewer],
    ['benchmark:drift.rules.*', criterion],
    ['trend:run', runs],
    ['trend:warnAbove', higher],
    ['trend:failAbove', higher],
    ['trend:tolerance', higher],
    // diff checks
    ['secrets:exclude', more],
    ['secrets:allowPaths', more],
    ['secrets:allowPatterns', more],
    ['secrets:inlineMarkers', more],
    ['secrets:minEntropy', higher],
    ['secrets:disableRules', more],
    ['secrets:rules', fewer],
    ['dependencies:exclude', more],
    ['dependencies:deny', fewer],
    ['dependencies:maxNewDirect', higher],
    ['dependencies:requirePinned', needsTrue],
    ['dependencies:downgrades', order(['fail', 'warn', 'ignore'])],
    ['dependencies:installScripts', order(['fail', 'warn', 'ignore'])],
    ['dependencies:sources', order(['fail', 'warn', 'ignore'])],
    ['dependencies:majorUpgrades', order(['fail', 'warn', 'ignore'])],
    ['dependencies:allowSources', more],
    ['migrations:paths', fewer],
    ['migrations:exclude', more],
    ['migrations:ignore', more],
    ['routes:critical', fewer],
    ['routes:ignoreRemoved', more],
    // integrity itself (who may approve: a first named approver narrows "anyone", so no rank)
    ['integrity:allowAuthorApproval', allowsWhenTrue],
    ['integrity:files', fewer],
    ['integrity:unknown', order(['approve', 'notice'])],
    // the decision of a profile
    ['decision:categories.*', lower],
    ['decision:holdLine', lower],
    ['decision:autoPromoteAt', lower],
    ['decision:releaseCandidatePercent', lower],
    ['decision:ratchet', needsTrue],
    // top-level settings
    ['top:aggregate.required', fewer],
    ['top:aggregate.releaseCandidateAt', lower],
    ['top:aggregate.domains', keysFewer],
    ['top:aggregate.domains.*.assert', fewer],
    ['top:$schema', neutral],
];
/** `http:requests.[].expect.maxLatency` for a field at `requests.2.expect.maxLatency` of an http check. */
function patternKey(scope, path) {
    return `${scope}:${path.map((p) => (typeof p === 'number' ? '[]' : p)).join('.')}`;
}
function matches(pattern, key) {
    const [ps, pp] = splitScope(pattern);
    const [ks, kp] = splitScope(key);
    if (ps !== '*' && ps !== ks)
        return false;
    if (pp.length !== kp.length)
        return false;
    return pp.every((seg, i) => seg === kp[i] || (seg === '*' && kp[i] !== '[]'));
}
function splitScope(key) {
    const colon = key.indexOf(':');
    return [key.slice(0, colon), key.slice(colon + 1).split('.')];
}
/** The direction of a field, most specific pattern first (an exact key over a `*`). */
function directionOf(scope, path) {
    const key = patternKey(scope, path);
    let best;
    for (const [pattern, d] of DIRECTIONS) {
        if (!matches(pattern, key))
            continue;
        const wild = (pattern.match(/\*/g) ?? []).length;
        if (!best || wild < best.wild)
            best = { d, wild };
    }
    return best?.d;
}
/** A number from a number, a duration (`2s`) or a numeric string; undefined when it is none. */
function numberOf(v) {
    if (typeof v === 'number')
        return Number.isFinite(v) ? v : undefined;
    if (typeof v !== 'string')
        return undefined;
    const d = (0,duration/* parseDuration */.E9)(v);
    if (d !== undefined)
        return d;
    const n = Number(v.trim());
    return v.trim() !== '' && Number.isFinite(n) ? n : undefined;
}
/** How a changed scalar moved; `undefined` on either side means the field is not set (no limit). */
function judgeScalar(d, base, head) {
    switch (d.kind) {
        case 'neutral':
            return 'same';
        case 'any-change':
            return base === head ? 'same' : 'weaker';
        case 'higher-looser':
        case 'lower-looser': {
            // An unset maximum (or minimum) is no limit at all: the loosest value there is.
            const loose = d.kind === 'higher-looser' ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
            const b = base === undefined ? loose : numberOf(base);
            const h = head === undefined ? loose : numberOf(head);
            if (b === undefined || h === undefined)
                return 'unknown';
            if (b === h)
                return 'same';
            return (d.kind === 'higher-looser' ? h > b : h < b) ? 'weaker' : 'stricter';
        }
        case 'criterion':
            return judgeCriterion(base, head);
        case 'false-looser':
        case 'true-looser': {
            if (typeof base !== 'boolean' && base !== undefined)
                return 'unknown';
            if (typeof head !== 'boolean' && head !== undefined)
                return 'unknown';
            const loose = d.kind === 'true-looser';
            const b = base ?? false;
            const h = head ?? false;
            if (b === h)
                return 'same';
            return h === loose ? 'weaker' : 'stricter';
        }
        case 'order': {
            const b = base === undefined ? d.values.length : d.values.indexOf(String(base));
            const h = head === undefined ? d.values.length : d.values.indexOf(String(head));
            if (b < 0 || h < 0)
                return 'unknown';
            return b === h ? 'same' : h > b ? 'weaker' : 'stricter';
        }
        default:
            return 'unknown';
    }
}
/** `>= 0.55` \u2192 `>= 0.40` is looser; `<= 800` \u2192 `<= 900` is looser; a changed operator is unknown. */
function judgeCriterion(base, head) {
    if (head === undefined)
        return base === undefined ? 'same' : 'weaker';
    if (base === undefined)
        return 'stricter';
    let b, h;
    try {
        b = (0,criteria/* parseCriterion */.Jn)(base);
        h = (0,criteria/* parseCriterion */.Jn)(head);
    }
    catch {
        return 'unknown';
    }
    if (b.percent !== h.percent)
        return 'unknown';
    const lowerBound = (op) => op === '>=' || op === '>';
    const upperBound = (op) => op === '<=' || op === '<';
    if (lowerBound(b.op) && lowerBound(h.op)) {
        if (h.value !== b.value)
            return h.value < b.value ? 'weaker' : 'stricter';
        if (b.op === h.op)
            return 'same';
        return h.op === '>=' ? 'weaker' : 'stricter';
    }
    if (upperBound(b.op) && upperBound(h.op)) {
        if (h.value !== b.value)
            return h.value > b.value ? 'weaker' : 'stricter';
        if (b.op === h.op)
            return 'same';
        return h.op === '<=' ? 'weaker' : 'stricter';
    }
    return b.op === h.op && b.value === h.value ? 'same' : 'unknown';
}

;// CONCATENATED MODULE: ./src/checks/integrity/walk.ts

const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
/** JSON with sorted keys: equal for equal values whatever the order of their keys. */
function canonical(v) {
    if (v instanceof Date)
        return JSON.stringify(v.toISOString());
    if (Array.isArray(v))
        return `[${v.map(canonical).join(',')}]`;
    if (isObject(v))
        return `{${Object.keys(v)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
            .join(',')}}`;
    return JSON.stringify(v) ?? 'null';
}
const same = (a, b) => canonical(a) === canonical(b);
/** A value as a finding shows it: short, one line (a line break shown as \u23ce). */
function show(v) {
    if (v === undefined)
        return '(not set)';
    if (typeof v === 'string') {
        const line = v.replace(/\r?\n/g, ' \u23ce ').replace(/ $/, '');
        return line.length > 120 ? `${line.slice(0, 117)}...` : line;
    }
    if (Array.isArray(v)) {
        const items = v.map((x) => (typeof x === 'string' ? x : canonical(x)));
        const text = `[${items.join(', ')}]`;
        return text.length > 120 ? `${text.slice(0, 117)}...]` : text;
    }
    const text = isObject(v) ? canonical(v) : String(v);
    return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
const IDENTITY_KEYS = ['id', 'name', 'path', 'url', 'preset', 'pattern', 'page', 'check'];
/** What makes a list item the same item in both revisions: its name or path, else all of it. */
function identity(item) {
    if (isObject(item))
        for (const k of IDENTITY_KEYS) {
            const v = item[k];
            if (Object.hasOwn(item, k) && typeof v === 'string')
                return `${k}=${v}`;
        }
    return canonical(item);
}
const LIST_KINDS = new Set(['more-looser', 'fewer-looser']);
function listVerdict(d, removed) {
    if (d?.kind === 'fewer-looser')
        return removed ? 'weaker' : 'stricter';
    if (d?.kind === 'more-looser')
        return removed ? 'stricter' : 'weaker';
    return 'unknown';
}
function walkList(scope, path, base, head, out) {
    const d = directionOf(scope, path);
    const b = Array.isArray(base) ? base : base === undefined ? [] : [base];
    const h = Array.isArray(head) ? head : head === undefined ? [] : [head];
    const bIds = new Map(b.map((x) => [identity(x), x]));
    const hIds = new Map(h.map((x, i) => [identity(x), { x, i }]));
    const removed = [...bIds.keys()].filter((k) => !hIds.has(k));
    const added = [...hIds.keys()].filter((k) => !bIds.has(k));
    const label = (x) => typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean' ? String(x) : identity(x);
    if (removed.length > 0)
        out.push({
            verdict: listVerdict(d, true),
            path,
            before: base,
            after: head,
            what: `removed ${removed.map((k) => label(bIds.get(k))).join(', ')}`,
        });
    if (added.length > 0)
        out.push({
            verdict: listVerdict(d, false),
            path,
            before: base,
            after: head,
            what: `added ${added.map((k) => label(hIds.get(k).x)).join(', ')}`,
        });
    // Items in both: their own fields compare one by one (a request whose budget moved).
    for (const [k, bx] of bIds) {
        const hx = hIds.get(k);
        if (hx && isObject(bx) && isObject(hx.x))
            walk(scope, [...path, hx.i], bx, hx.x, out);
    }
}
function walkKeys(scope, path, base, head, out, requirements) {
    const b = base ?? {};
    const h = head ?? {};
    const keys = [...new Set([...Object.keys(b), ...Object.keys(h)])];
    for (const k of keys) {
        const inB = Object.hasOwn(b, k);
        const inH = Object.hasOwn(h, k);
        if (requirements && inB !== inH) {
            out.push({
                verdict: inB ? 'weaker' : 'stricter',
                path: [...path, k],
                before: inB ? b[k] : undefined,
                after: inH ? h[k] : undefined,
                what: inB ? 'removed' : 'added',
            });
            continue;
        }
        walk(scope, [...path, k], inB ? b[k] : undefined, inH ? h[k] : undefined, out);
    }
}
/** Compares one value of both revisions under `scope` (a check type, `decision` or `top`). */
function walk(scope, path, base, head, out) {
    if (same(base, head))
        return;
    const d = directionOf(scope, path);
    if (d?.kind === 'neutral')
        return;
    if (d?.kind === 'false-turns-off' && (base === false) !== (head === false)) {
        out.push({
            verdict: head === false ? 'weaker' : 'stricter',
            path,
            before: base,
            after: head,
            what: head === false ? 'turned off' : 'turned on',
        });
        return;
    }
    if (d && LIST_KINDS.has(d.kind))
        return walkList(scope, path, base, head, out);
    const objects = (isObject(base) || base === undefined) && (isObject(head) || head === undefined);
    if (d?.kind === 'keys-fewer-looser' && objects)
        return walkKeys(scope, path, base, head, out, true);
    if (objects && (isObject(base) || isObject(head)) && d?.kind !== 'order')
        return walkKeys(scope, path, base, head, out, false);
    if (!d && (Array.isArray(base) || Array.isArray(head))) {
        // A list nobody ranked: compare its items as a set, each named item field by field.
        return walkList(scope, path, base, head, out);
    }
    const verdict = d ? judgeScalar(d, base, head) : 'unknown';
    if (verdict === 'same')
        return;
    out.push({ verdict, path, before: base, after: head, what: describeMove(d, verdict) });
}
function describeMove(d, v) {
    if (!d || v === 'unknown')
        return 'changed, direction unknown';
    switch (d.kind) {
        case 'any-change':
            return 'what the check runs changed';
        case 'higher-looser':
            return v === 'weaker' ? 'raised' : 'lowered';
        case 'lower-looser':
            return v === 'weaker' ? 'lowered' : 'raised';
        case 'criterion':
            return v === 'weaker' ? 'loosened' : 'tightened';
        case 'false-looser':
        case 'true-looser':
            return v === 'weaker' ? 'relaxed' : 'enforced';
        case 'order':
            return v === 'weaker' ? 'lowered' : 'raised';
        default:
            return v === 'weaker' ? 'loosened' : 'tightened';
    }
}

;// CONCATENATED MODULE: ./src/checks/integrity/compare.ts

const SENSITIVE_KEY = /token|secret|passw|credential|authorization|cookie|api[-_]?key|private[-_]?key|^key$/i;
const KIND = {
    weaker: 'weakening',
    stricter: 'tightening',
    unknown: 'unknown',
};
class Collector {
    base;
    head;
    groups = new Map();
    constructor(base, head) {
        this.base = base;
        this.head = head;
    }
    add(c, profile) {
        const id = `${c.kind}|${c.key}|${c.before}|${c.after}|${c.what}`;
        const known = this.groups.get(id);
        if (known) {
            if (profile && !known.profiles.includes(profile))
                known.profiles.push(profile);
            return;
        }
        const { path, ...rest } = c;
        const line = this.head.line(path);
        this.groups.set(id, { ...rest, ...(line ? { line } : {}), profiles: profile ? [profile] : [] });
    }
    raw(raws, where, profile, check) {
        for (const r of raws) {
            // Named where it now is; a key that is gone is named where it was.
            const side = r.after === undefined ? this.base : this.head;
            const path = where(r.path, side);
            // A header, a token or a password written into the config is named, never shown.
            const hidden = r.path.some((k) => typeof k === 'string' && SENSITIVE_KEY.test(k));
            this.add({
                kind: KIND[r.verdict],
                key: path.join('.'),
                path: where(r.path, this.head),
                before: hidden ? (r.before === undefined ? '(not set)' : '***') : show(r.before),
                after: hidden ? (r.after === undefined ? '(not set)' : '***') : show(r.after),
                what: hidden ? r.what.replace(/^(added|removed) .*/, '$1') : r.what,
                ...(check ? { check: { ...check, field: r.path } } : {}),
            }, profile);
        }
    }
    list() {
        return [...this.groups.values()];
    }
}
const UNCOUNTED = new Set(['off', 'dry-run']);
function compareCheck(c, profile, id, b, h, head) {
    const where = (inner, side) => side.sourceOf(profile, 'check', id, inner);
    if (b.type !== h.type) {
        c.add({
            kind: 'weakening',
            key: `checks.${id}.type`,
            path: where(['type'], head),
            before: b.type,
            after: h.type,
            what: `replaced: the ${b.type} check is gone`,
        }, profile);
        return;
    }
    const raws = [];
    walk(b.type, ['enforcement'], b.enforcement, h.enforcement, raws);
    walk(b.type, ['onError'], b.onError, h.onError, raws);
    walk(b.type, [], b.fields, h.fields, raws);
    c.raw(raws, where, profile, { id, type: b.type });
}
function compareWaivers(c, profile, b, h, now) {
    const today = now.toISOString().slice(0, 10);
    const latest = (p) => {
        const m = new Map();
        for (const { index, waiver } of p.waivers) {
            const expires = waiver.expires.slice(0, 10);
            // An expired waiver waives nothing: adding or dropping one changes no rule.
            if (expires < today)
                continue;
            const known = m.get(waiver.check);
            if (!known || expires > known.expires)
                m.set(waiver.check, { expires, index, by: waiver.by, reason: waiver.reason });
        }
        return m;
    };
    const bw = latest(b);
    const hw = latest(h);
    for (const check of new Set([...bw.keys(), ...hw.keys()])) {
        const before = bw.get(check);
        const after = hw.get(check);
        if (before?.expires === after?.expires)
            continue;
        const weaker = after !== undefined && (before === undefined || after.expires > before.expires);
        const shown = (w) => (w ? `until ${w.expires} (by ${w.by})` : '(none)');
        const index = (weaker ? after : (before ?? after)).index;
        c.add({
            kind: weaker ? 'weakening' : 'tightening',
            key: `waivers.${index}`,
            path: weaker ? ['waivers', index] : ['waivers'],
            before: shown(before),
            after: shown(after),
            what: `waiver of check "${check}" ${before === undefined ? 'added' : after === undefined ? 'removed' : weaker ? 'extended' : 'shortened'}${weaker ? `: ${after.reason}` : ''}`,
        }, profile);
    }
}
function compareProfile(c, name, b, h, head, now) {
    for (const [id, bc] of b.checks) {
        const hc = h.checks.get(id);
        if (hc) {
            compareCheck(c, name, id, bc, hc, head);
            continue;
        }
        const counted = !UNCOUNTED.has(bc.enforcement);
        c.add({
            kind: counted ? 'weakening' : 'unknown',
            key: `checks.${id}`,
            path: ['profiles', name, 'checks'],
            before: `runs (${bc.type}, ${bc.enforcement})`,
            after: 'does not run',
            what: 'check removed from the profile',
        }, name);
    }
    for (const [id, hc] of h.checks)
        if (!b.checks.has(id))
            c.add({
                kind: 'tightening',
                key: `checks.${id}`,
                path: ['profiles', name, 'checks'],
                before: 'does not run',
                after: `runs (${hc.type}, ${hc.enforcement})`,
                what: 'check added to the profile',
            }, name);
    const raws = [];
    walk('decision', [], b.decision, h.decision, raws);
    c.raw(raws, (inner, side) => side.sourceOf(name, 'decision', '', inner), name);
    compareWaivers(c, name, b, h, now);
}
/** Every change between the base's and the head's rules, grouped over the profiles they affect. */
function compareConfigs(base, head, now) {
    const c = new Collector(base, head);
    for (const [name, bp] of base.profiles) {
        const hp = head.profiles.get(name);
        if (hp)
            compareProfile(c, name, bp, hp, head, now);
        else
            c.add({
                kind: 'weakening',
                key: `profiles.${name}`,
                path: ['profiles'],
                before: `${bp.checks.size} check(s)`,
                after: '(removed)',
                what: 'profile removed',
            });
    }
    for (const [name, hp] of head.profiles)
        if (!base.profiles.has(name))
            c.add({
                kind: 'unknown',
                key: `profiles.${name}`,
                path: ['profiles', name],
                before: '(none)',
                after: `${hp.checks.size} check(s)`,
                what: 'profile added',
            });
    const raws = [];
    walk('top', [], base.other, head.other, raws);
    c.raw(raws, (inner) => inner);
    return c.list();
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/checks/integrity/repoPaths.ts

/**
 * A path of the repository: `rel` read in `dir`, or undefined when it leaves the repository (an
 * absolute `rel` names a place on the machine, never one of the repository's files).
 */
function inRepository(dir, rel) {
    if (rel.startsWith('/'))
        return undefined;
    const file = external_node_path_default().posix.normalize(external_node_path_default().posix.join(dir, rel)).replace(/\/$/, '');
    if (file === '.' || file === '..' || file.startsWith('../') || file.startsWith('/'))
        return undefined;
    return file;
}
/** The directory of a path of the repository, '' at its root. */
const dirOf = (file) => external_node_path_default().posix.dirname(file) === '.' ? '' : external_node_path_default().posix.dirname(file);

;// CONCATENATED MODULE: ./src/checks/integrity/imports.ts


/**
 * The modules a program loads from the repository, read from its text without running it: a
 * check that runs `node scripts/smoke.mjs` judges by what smoke.mjs and the modules it imports
 * do, so a change to one of them is a change to the gate. Read generously: every file a
 * specifier may resolve to is named (a file a pull request adds beside the one that resolves
 * today may shadow it), an import in a comment or a string is taken as one, and what the text
 * cannot say (a specifier built at run time, a package from a registry) is not guessed.
 */
/** JavaScript and TypeScript modules, by their name. */
const JS_MODULE = /\.(?:[cm]?[jt]s|[jt]sx)$/i;
/** Python modules, by their name. */
const PY_MODULE = /\.py$/i;
/** Ruby files, by their name. */
const RB_MODULE = /\.rb$/i;
/** A file without an extension whose first line runs it with a JavaScript runtime or Python. */
const JS_SHEBANG = /^#!\s*\S*?(?:\/|\benv\s+(?:-S\s+)?)(?:node|nodejs|bun|tsx|ts-node|deno)\b/;
const PY_SHEBANG = /^#!\s*\S*?(?:\/|\benv\s+(?:-S\s+)?)python[\d.]*\b/;
const RB_SHEBANG = /^#!\s*\S*?(?:\/|\benv\s+(?:-S\s+)?)ruby\b/;
/**
 * A relative specifier after `from`, `import`, `import(`, `require(` or `export \u2026 from`, quoted.
 * A bare specifier (`yaml`, `node:fs`) names a package or a built-in, not a file of the change.
 */
const JS_SPECIFIER = /\b(?:from|import|require)\s*(?:\(\s*)?(['"])(\.\.?(?:\/[^'"\n\r]*)?)\1/g;
/** What Node, and the TypeScript runtimes' resolvers, try after the name itself. */
const JS_EXTENSIONS = ['.js', '.mjs', '.cjs', '.json', '.node', '.ts', '.mts', '.cts', '.tsx', '.jsx'];
/**
 * The files Node (or a TypeScript runtime) may load for a path named without its extension
 * (`node tools/check`, `import './rules'`): the path itself, with each extension, and the folder's
 * index.
 */
const jsForms = (target) => [
    target,
    ...JS_EXTENSIONS.flatMap((ext) => [`${target}${ext}`, `${target}/index${ext}`]),
];
/** A compiled name TypeScript maps back to its source (`./rules.js` \u2192 rules.ts). */
const TS_SOURCE = {
    '.js': ['.ts', '.tsx'],
    '.mjs': ['.mts'],
    '.cjs': ['.cts'],
    '.jsx': ['.tsx'],
};
/** The files of the repository a JavaScript or TypeScript module at `file` may import. */
function jsImports(text, file) {
    const out = new Set();
    const dir = dirOf(file);
    for (const m of text.matchAll(JS_SPECIFIER)) {
        const spec = m[2].split(/[?#]/, 1)[0];
        const target = inRepository(dir, spec);
        if (target === undefined)
            continue;
        for (const form of jsForms(target))
            out.add(form);
        const ext = external_node_path_default().posix.extname(target);
        for (const source of Object.hasOwn(TS_SOURCE, ext) ? TS_SOURCE[ext] : [])
            out.add(`${target.slice(0, -ext.length)}${source}`);
    }
    out.delete(file);
    return [...out];
}
const NAME = /^[A-Za-z_]\w*$/;
/** `import a.b, c as d` and `from .a import (b, c as d)`, at the start of a line. */
const PY_IMPORT = /^[ \t]*import[ \t]+([^\n#;]+)/gm;
const PY_FROM = /^[ \t]*from[ \t]+(\.*)([\w.]*)[ \t]+import[ \t]*(?:\(([^)]{0,4096})\)|([^\n#;]*))/gm;
/** The dotted names of a list (`a.b as c, d`), without their aliases; none when one is not a name. */
function dotted(list) {
    return list
        .split(',')
        .map((item) => item
        .trim()
        .split(/\s+as\s+/)[0]
        .trim())
        .filter((name) => name !== '' && name !== '*')
        .map((name) => name.split('.'))
        .filter((parts) => parts.every((p) => NAME.test(p)));
}
/**
 * The files of the repository a Python module at `file` may import. `roots` are where Python
 * looks for an absolute import: the directory of the script it was started with (the first entry
 * of sys.path) and the directory it runs in (`python -m`). A package's `__init__.py` runs on its
 * import, so it is named too.
 */
function pythonImports(text, file, roots) {
    const out = new Set();
    /** A module of dotted `parts` under `dir`: its file, its package, and every package above it. */
    const module = (dir, parts) => {
        for (let i = 1; i <= parts.length; i++) {
            const at = inRepository(dir, parts.slice(0, i).join('/'));
            if (at === undefined)
                return;
            out.add(`${at}/__init__.py`);
            if (i === parts.length)
                out.add(`${at}.py`);
        }
    };
    for (const m of text.matchAll(PY_IMPORT))
        for (const parts of dotted(m[1]))
            for (const root of roots)
                module(root, parts);
    for (const m of text.matchAll(PY_FROM)) {
        const level = m[1].length;
        const from = m[2] ? m[2].split('.') : [];
        if (!from.every((p) => NAME.test(p)))
            continue;
        // `from . import x` reads the module's own package; each further dot one package up.
        let dirs = roots;
        if (level > 0) {
            const own = dirOf(file).split('/').filter(Boolean);
            dirs = level - 1 > own.length ? [] : [own.slice(0, own.length - (level - 1)).join('/')];
        }
        const names = dotted(m[3] ?? m[4] ?? '').filter((n) => n.length === 1);
        for (const dir of dirs) {
            if (from.length > 0)
                module(dir, from);
            // A name imported from a package may be a module of it (`from probes import http`).
            for (const [name] of names)
                module(dir, [...from, name]);
        }
    }
    out.delete(file);
    return [...out];
}
/** `require_relative 'lib/probe'`, with or without parentheses. */
const RB_RELATIVE = /\brequire_relative[ \t]*\(?[ \t]*(['"])([^'"\n\r]+)\1/g;
/** The files of the repository a Ruby file at `file` loads with `require_relative`. */
function rubyImports(text, file) {
    const out = new Set();
    for (const m of text.matchAll(RB_RELATIVE)) {
        const target = inRepository(dirOf(file), m[2]);
        if (target === undefined)
            continue;
        out.add(target.endsWith('.rb') ? target : `${target}.rb`);
    }
    out.delete(file);
    return [...out];
}

;// CONCATENATED MODULE: ./src/checks/integrity/recipes.ts
/**
 * What a task runner's file runs, read from its text without running it: the command lines of its
 * recipes, which a shell runs (and which may run the repository's scripts), and the files it
 * includes. Read generously: every recipe of the file, not only those of the task a check names,
 * and a line that only looks like a command in a Taskfile is read as one too.
 */
/** The task runners' files, by their name. */
const MAKEFILE = /(?:^|\/)(?:GNUmakefile|makefile|Makefile|[^/]+\.mk)$/;
const JUSTFILE = /(?:^|\/)(?:\.?[jJ]ustfile|[^/]+\.just)$/;
const TASKFILE = /(?:^|\/)[tT]askfile(?:\.dist)?\.ya?ml$/;
/** Words of an include directive that name files: no variables, no globs. */
const recipes_literal = (words) => words
    .split(/\s+/)
    .map((w) => w.replace(/^["']|["']$/g, ''))
    .filter((w) => w !== '' && !/[$*?[\]{}]/.test(w));
/** A text's lines, each ending in a backslash joined with the next (the blanks around it made one). */
function joinContinued(text) {
    const out = [];
    // The pieces of the logical line so far: joined once it ends, so a long one is not copied at
    // every piece.
    let pieces = [];
    for (const raw of text.split(/\r?\n/)) {
        const line = pieces.length ? raw.trimStart() : raw;
        if (line.endsWith('\\'))
            pieces.push(line.slice(0, -1).trimEnd());
        else {
            pieces.push(line);
            out.push(pieces.join(' '));
            pieces = [];
        }
    }
    if (pieces.length)
        out.push(pieces.join(' '));
    return out;
}
/** A Makefile's recipe lines (a tab first, `@`, `-`, `+` dropped, `\` continuations joined) and its includes. */
function makeRecipes(text) {
    const lines = [];
    const includes = [];
    for (const line of joinContinued(text)) {
        const recipe = /^\t[@+-]*(.*)$/.exec(line);
        if (recipe) {
            // `$(MAKE)` is make itself: what it reads is read too.
            lines.push(recipe[1].replace(/\$[({]MAKE[)}]/g, 'make'));
            continue;
        }
        const include = /^[ \t]*-?s?include[ \t]+([^#]*)/.exec(line);
        if (include)
            includes.push(...recipes_literal(include[1]));
    }
    return { lines, includes };
}
/** A justfile's recipe body lines (indented; `@` and `-` dropped) and the files it imports. */
function justRecipes(text) {
    const lines = [];
    const includes = [];
    for (const line of text.split(/\r?\n/)) {
        const body = /^[ \t]+[@-]*(.*)$/.exec(line);
        if (body) {
            if (body[1].trim() !== '')
                lines.push(body[1]);
            continue;
        }
        const imported = /^import\??[ \t]+(['"])([^'"]+)\1/.exec(line);
        if (imported)
            includes.push(...recipes_literal(imported[2]));
    }
    return { lines, includes };
}
/**
 * A Taskfile's command lines (its list items, `- cmd: \u2026` or `- \u2026`, quotes dropped) and the
 * Taskfiles it includes (`taskfile: ./ci`; a folder holds its Taskfile.yml).
 */
function taskRecipes(text) {
    const lines = [];
    const includes = [];
    for (const line of text.split(/\r?\n/)) {
        const item = /^[ \t]*-[ \t]+(?:cmd:[ \t]*)?(.*)$/.exec(line);
        if (item) {
            const cmd = item[1].trim();
            const quoted = /^(["'])(.*)\1$/.exec(cmd);
            lines.push(quoted ? quoted[2] : cmd);
            continue;
        }
        const included = /^[ \t]*(?:taskfile:[ \t]*)(["']?)([^"'#\n]+?)\1[ \t]*(?:#.*)?$/.exec(line);
        if (included)
            for (const f of recipes_literal(included[2]))
                includes.push(...(/\.ya?ml$/.test(f) ? [f] : [`${f}/Taskfile.yml`, `${f}/Taskfile.yaml`]));
    }
    return { lines, includes };
}

;// CONCATENATED MODULE: ./src/checks/integrity/commandLines.ts



/**
 * How the gate reads a command line, a shell script or a recipe, without running it: its words as
 * the shell splits them, the directories each may be read in (`cd`), the lines run inside it
 * (`sh -c`, `$(\u2026)`), and from those the files it runs or reads as its own code \u2014 scripts, a task
 * runner's file, a compose file, a package manager's settings \u2014 and the package.json scripts it
 * runs. Read generously: a word is read in every directory it may be in.
 */
/** Extensions of files a command line runs by naming them to an interpreter (`node tools/check.mjs`). */
const SCRIPT = /\.(?:sh|bash|zsh|ksh|mjs|cjs|js|mts|cts|ts|py|rb|pl|php|ps1|lua|jl|r)$/i;
/** Characters that end a shell word outside quotes: blanks, command separators, redirections. */
const BREAK = new Set([' ', '\t', '\n', '\r', ';', '&', '|', '(', ')', '<', '>', '`']);
/** Those of them after which the next word starts a command. */
const COMMAND_BREAK = new Set(['\n', '\r', ';', '&', '|', '(', ')', '`']);
/**
 * The words of a command line as the shell reads them: quotes removed, a backslash keeping the
 * next character.
 */
function shellWords(line, substitutions = []) {
    const words = [];
    let text = '';
    let expands = false;
    let started = false;
    let first = true;
    const end = () => {
        if (started) {
            words.push({ text, expands, first });
            first = false;
        }
        text = '';
        expands = false;
        started = false;
    };
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (BREAK.has(c)) {
            end();
            if (COMMAND_BREAK.has(c))
                first = true;
            continue;
        }
        started = true;
        if (c === "'") {
            const close = line.indexOf("'", i + 1);
            text += line.slice(i + 1, close < 0 ? line.length : close);
            i = close < 0 ? line.length : close;
        }
        else if (c === '"') {
            for (i++; i < line.length && line[i] !== '"'; i++) {
                if (line[i] === '\\' && i + 1 < line.length)
                    text += line[++i];
                else {
                    if (line[i] === '$' || line[i] === '`')
                        expands = true;
                    text += line[i];
                }
            }
        }
        else if (c === '\\' && i + 1 < line.length)
            text += line[++i];
        else if (c === '$' && line[i + 1] === '(' && line[i + 2] !== '(') {
            // `$(dirname $0)/lib.sh`: the substitution is part of the word; what it runs is a line of
            // its own.
            const close = closingParen(line, i + 1);
            substitutions.push(line.slice(i + 2, close));
            text += line.slice(i, close + 1);
            expands = true;
            i = close;
        }
        else {
            if ('$*?[{~'.includes(c))
                expands = true;
            text += c;
        }
    }
    end();
    return words;
}
/** Where the parenthesis opened at `open` closes (quotes inside skipped), or the line's end. */
function closingParen(line, open) {
    let depth = 0;
    for (let i = open; i < line.length; i++) {
        const c = line[i];
        if (c === '\\')
            i++;
        else if (c === "'" || c === '"') {
            const end = line.indexOf(c, i + 1);
            if (end < 0)
                return line.length;
            i = end;
        }
        else if (c === '(')
            depth++;
        else if (c === ')' && --depth === 0)
            return i;
    }
    return line.length;
}
/** The program a command word names: `/usr/bin/python3` \u2192 `python3`. */
const programOf = (text) => text.slice(text.lastIndexOf('/') + 1);
/** Shells whose `-c` runs the next word as a command line of its own. */
const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'ash']);
/** How deep command lines inside command lines (`sh -c "bash -c '\u2026'"`) are read. */
const MAX_NESTING = 4;
/** Directories a line's words are read in at most: each `cd` adds some. */
const MAX_DIRS = 16;
/**
 * A command line read as the shell would run it, for the files it names: its words, each with
 * the directories it may be relative to, and the lines inside it that a shell runs
 * (`sh -c '\u2026'`), read the same way. A `cd DIR` (or `pushd DIR`) makes the words after it relative
 * to DIR too: `cd services/api && ./smoke.sh` runs services/api/smoke.sh. Where the shell would
 * go back (the end of a subshell, `cd -`) is not followed: a word is read in every directory it
 * may be in, so that a file it may name is guarded.
 */
function readLine(line, start, depth = 0) {
    const substitutions = [];
    const words = shellWords(line, substitutions);
    const out = [{ words, dirs: [] }];
    let dirs = [...start];
    for (let i = 0; i < words.length; i++) {
        const w = words[i];
        out[0].dirs.push(dirs);
        const name = programOf(w.text);
        if (w.first && (w.text === 'cd' || w.text === 'pushd')) {
            const target = words[i + 1];
            if (!target || target.first || target.expands || target.text.startsWith('-'))
                continue;
            const more = dirs.flatMap((d) => inRepository(d, target.text) ?? []);
            // The directory itself is read where the cd is; what follows, in it too.
            out[0].dirs.push(dirs);
            i++;
            dirs = [...new Set([...dirs, ...more])].slice(0, MAX_DIRS);
        }
        else if (!w.expands && SHELLS.has(name) && depth < MAX_NESTING) {
            // `sh -c LINE`, `bash -ec LINE`, `bash -e -c LINE`: LINE is read as a command line.
            for (let j = i + 1; j < words.length && !words[j].first && words[j].text.startsWith('-'); j++) {
                const option = words[j].text;
                // `-o pipefail`: an option with a value.
                if (optionEffect(name, option) === 'value')
                    j++;
                if (option.startsWith('--') || !option.includes('c'))
                    continue;
                const inner = words[j + 1];
                if (inner && !inner.first) {
                    inner.line = true;
                    out.push(...readLine(inner.text, dirs, depth + 1));
                }
                break;
            }
        }
    }
    // What a substitution runs (`$(sh scripts/version.sh)`) is read as a line, where the line runs.
    if (depth < MAX_NESTING)
        for (const inner of substitutions)
            out.push(...readLine(inner, start, depth + 1));
    return out;
}
/**
 * Paths of the repository a command line names as files, relative to the repository root: each
 * word with a `/` (`./scripts/smoke.sh`, `tools/gate`) or a script's extension (`check.py`), as
 * the value of `--opt=path` too, in each directory it may be read in (see readLine). Words with
 * expansions (`$X`), globs, URLs, absolute paths and paths leaving the repository are not files
 * of the change. `cwd` is the check's directory.
 */
function namedFiles(commandLine, cwd = '') {
    const out = new Set();
    for (const { words, dirs } of readLine(commandLine, [cwd])) {
        /** The command the word is in runs Node (or a runtime that resolves its entry as Node does). */
        let node = false;
        /**
         * The words interpreters run as their scripts: files, though their names may have no `/` nor
         * extension (`bash smoke`).
         */
        const operands = new Map();
        words.forEach((w, i) => {
            const at = isInterpreter(programOf(w.text)) && !operands.has(i) ? scriptOperand(words, i) : undefined;
            if (at !== undefined)
                operands.set(at, programOf(w.text));
        });
        words.forEach(({ text, expands, line, first }, i) => {
            if (first)
                node = false;
            const operand = operands.has(i);
            if (expands || line)
                return;
            if (isProgram(words, i))
                for (const file of [
                    ...taskFiles(words, i, dirs[i]),
                    ...composeFiles(words, i, dirs[i]),
                    ...buildFiles(words, i, dirs[i]),
                ])
                    out.add(file);
            for (const file of pythonModule(words, i))
                for (const dir of dirs[i]) {
                    const found = inRepository(dir, file);
                    if (found !== undefined)
                        out.add(found);
                }
            if (NODE_LIKE.has(programOf(text)))
                node = true;
            const word = text.slice(text.lastIndexOf('=') + 1);
            if (!word || word.startsWith('-') || word.startsWith('/') || word.includes('://'))
                return;
            if (!operand && !word.includes('/') && !SCRIPT.test(word))
                return;
            // `node tools/check` runs tools/check.js when there is no tools/check; `python3 tools` runs
            // tools/__main__.py.
            const bare = !/\.[^/]*$/.test(word);
            const python = bare && /^python[\d.]*$/.test(operands.get(i) ?? '');
            const forms = node && bare ? jsForms(word) : python ? [word, `${word}/__main__.py`] : [word];
            for (const dir of dirs[i])
                for (const form of forms) {
                    const file = inRepository(dir, form);
                    if (file !== undefined)
                        out.add(file);
                }
        });
    }
    return [...out];
}
/**
 * The files of `python -m tools.smoke` (the module's file, or its package's `__main__.py`), for
 * the `-m` at `words[at]` after a Python interpreter.
 */
function pythonModule(words, at) {
    const w = words[at];
    if (w.text !== '-m' || at === 0)
        return [];
    const python = (p) => /^python[\d.]*$/.test(programOf(p.text));
    const program = words.slice(0, at).findLast((p) => p.first || python(p));
    if (!program || !python(program))
        return [];
    const module = words[at + 1];
    if (!module || module.first || module.expands || !/^[A-Za-z_][\w.]*$/.test(module.text))
        return [];
    const file = module.text.split('.').join('/');
    return [`${file}.py`, `${file}/__main__.py`, `${file}/__init__.py`];
}
/** Runtimes that find the file of `node tools/check` as Node does, by adding an extension. */
const NODE_LIKE = new Set(['node', 'nodejs', 'bun', 'tsx', 'ts-node']);
/** Programs whose first operand is the script they run (`bash lib/check.sh`, `node tools/x.mjs`). */
const INTERPRETERS = new Set([...SHELLS, ...NODE_LIKE, 'deno', 'python', 'python3', 'ruby', 'perl', 'php']);
const isInterpreter = (program) => INTERPRETERS.has(program) || /^python[\d.]*$/.test(program);
/** Node's options whose value is the next word. */
const NODE_VALUE = new Set([
    '-r',
    '--require',
    '--import',
    '--loader',
    '--experimental-loader',
    '-C',
    '--conditions',
    '--input-type',
    '--title',
    '--env-file',
    '--stack-size',
]);
/**
 * How an interpreter's option bears on the script among its operands: after some it runs none of
 * them (code on the line, a script read from its input, a module: `none`), some take the next word
 * as their value (`value`: not the script). Other options take no value.
 */
function optionEffect(program, option) {
    if (SHELLS.has(program)) {
        if (/^[-+][oO]$/.test(option))
            return 'value';
        return /^-[a-zA-Z]*[cs]/.test(option) || option === '-' ? 'none' : undefined;
    }
    if (NODE_LIKE.has(program)) {
        if (['-e', '-p', '--eval', '--print', '-'].includes(option))
            return 'none';
        return NODE_VALUE.has(option) ? 'value' : undefined;
    }
    if (/^python[\d.]*$/.test(program)) {
        if (/^-[a-zA-Z]*[cm]/.test(option) || option === '-')
            return 'none';
        return option === '-W' || option === '-X' ? 'value' : undefined;
    }
    if (program === 'perl' || program === 'ruby') {
        if (/^-[a-zA-Z]*[eE]/.test(option))
            return 'none';
        return option === '-I' || (program === 'ruby' && (option === '-r' || option === '-C'))
            ? 'value'
            : undefined;
    }
    if (program === 'php')
        return option === '-r' ? 'none' : option === '-d' || option === '-c' ? 'value' : undefined;
    return undefined;
}
/**
 * Where the word is that an interpreter at `words[at]` runs as its script: its first operand, past
 * its options and their values; none when an option says it runs none (`bash -c`, `node -e`).
 */
function scriptOperand(words, at) {
    const program = programOf(words[at].text);
    for (let j = at + 1; j < words.length && !words[j].first; j++) {
        const text = words[j].text;
        if (!/^(?:-|\+[oO]$)/.test(text))
            return j;
        const effect = optionEffect(program, text);
        if (effect === 'none')
            return undefined;
        if (effect === 'value')
            j++;
    }
    return undefined;
}
const MAKE = {
    defaults: ['GNUmakefile', 'makefile', 'Makefile'],
    file: ['-f', '--file', '--makefile'],
    dir: ['-C', '--directory'],
};
const TASK_TOOLS = new Map([
    ['make', MAKE],
    ['gmake', MAKE],
    [
        'just',
        {
            defaults: ['justfile', 'Justfile', '.justfile'],
            file: ['-f', '--justfile'],
            dir: ['-d', '--working-directory'],
        },
    ],
    [
        'task',
        {
            defaults: [
                'Taskfile.yml',
                'taskfile.yml',
                'Taskfile.yaml',
                'taskfile.yaml',
                'Taskfile.dist.yml',
                'Taskfile.dist.yaml',
            ],
            file: ['-t', '--taskfile'],
            dir: ['-d', '--dir'],
        },
    ],
]);
/**
 * The files a task runner at `words[at]` reads its tasks from, in each directory it may run in:
 * those its options name (`make -C services -f ci.mk`), else the ones it looks for. A change to
 * one can change what the task does, as a change to a script can.
 */
function taskFiles(words, at, dirs) {
    const tool = TASK_TOOLS.get(programOf(words[at].text));
    if (!tool || words[at].expands)
        return [];
    const named = [];
    let sub = '';
    for (let j = at + 1; j < words.length && !words[j].first; j++) {
        const w = words[j];
        if (!w.text.startsWith('-'))
            continue;
        const eq = w.text.indexOf('=');
        const option = eq > 0 ? w.text.slice(0, eq) : w.text;
        const joined = tool.file
            .concat(tool.dir)
            .find((o) => o.length === 2 && option.startsWith(o) && option.length > 2);
        const name = joined ?? option;
        if (!tool.file.includes(name) && !tool.dir.includes(name))
            continue;
        // The value: after `=`, joined to a short option (`-Cdir`), or the next word.
        const holder = eq > 0 || joined ? w : words[++j];
        if (!holder || holder.expands)
            continue;
        const value = eq > 0 ? w.text.slice(eq + 1) : joined ? w.text.slice(2) : holder.text;
        if (tool.dir.includes(name))
            sub = value;
        else
            named.push(value);
    }
    const out = [];
    for (const dir of dirs) {
        if (sub.startsWith('/'))
            break;
        for (const f of named.length ? named : tool.defaults) {
            const file = inRepository(external_node_path_default().posix.join(dir, sub), f);
            if (file !== undefined)
                out.push(file);
        }
    }
    return out;
}
/** The files docker compose reads when none is named, in the folder it runs in, overrides included. */
const COMPOSE_DEFAULTS = [
    'compose.yaml',
    'compose.yml',
    'docker-compose.yaml',
    'docker-compose.yml',
    'compose.override.yaml',
    'compose.override.yml',
    'docker-compose.override.yaml',
    'docker-compose.override.yml',
];
/** docker compose's options that take a value. */
const COMPOSE_VALUES = new Set([
    '-f',
    '--file',
    '--project-directory',
    '--env-file',
    '-p',
    '--project-name',
    '--profile',
    '--ansi',
    '--progress',
    '--parallel',
]);
/**
 * The files `docker compose` (or `docker-compose`) at `words[at]` reads what it runs from, in each
 * directory it may run in: the compose files its `-f` options name, else the ones it looks for,
 * and the `.env` of the project's directory (or the `--env-file`s), whose values the compose files
 * take. A change to one can change the command a service runs, as a change to a script can.
 */
function composeFiles(words, at, dirs) {
    let j = at + 1;
    const program = programOf(words[at].text);
    if (words[at].expands)
        return [];
    if (program === 'docker') {
        while (j < words.length && !words[j].first && words[j].text !== 'compose')
            j++;
        if (j >= words.length || words[j].first)
            return [];
        j++;
    }
    else if (program !== 'docker-compose')
        return [];
    const files = [];
    const envFiles = [];
    let project;
    for (; j < words.length && !words[j].first && words[j].text.startsWith('-'); j++) {
        const w = words[j].text;
        const eq = w.indexOf('=');
        const option = eq > 0 ? w.slice(0, eq) : w;
        if (!COMPOSE_VALUES.has(option))
            continue;
        const holder = eq > 0 ? words[j] : words[++j];
        if (!holder || holder.expands)
            continue;
        const value = eq > 0 ? w.slice(eq + 1) : holder.text;
        if (value.startsWith('/'))
            continue;
        if (option === '-f' || option === '--file')
            files.push(value);
        else if (option === '--env-file')
            envFiles.push(value);
        else if (option === '--project-directory')
            project = value;
    }
    const out = [];
    for (const dir of dirs) {
        for (const f of files.length ? files : COMPOSE_DEFAULTS) {
            const file = inRepository(dir, f);
            if (file !== undefined)
                out.push(file);
        }
        // The project's directory: named, else the first compose file's.
        const projectDir = project ?? (files.length ? external_node_path_default().posix.dirname(files[0]) : '.');
        for (const f of envFiles.length ? envFiles : [external_node_path_default().posix.join(projectDir, '.env')]) {
            const file = inRepository(dir, f);
            if (file !== undefined)
                out.push(file);
        }
    }
    return out;
}
/** docker's own options that take a value (`docker --context ci build \u2026`). */
const DOCKER_VALUES = new Set(['-c', '--context', '-H', '--host', '--config', '-l', '--log-level']);
/** docker build's options that take a value. */
const BUILD_VALUES = new Set([
    '-t',
    '--tag',
    '-f',
    '--file',
    '--build-arg',
    '--build-context',
    '--target',
    '--platform',
    '--label',
    '--network',
    '--secret',
    '--ssh',
    '--cache-from',
    '--cache-to',
    '-o',
    '--output',
    '--progress',
    '--iidfile',
    '--metadata-file',
    '--add-host',
    '--shm-size',
    '--ulimit',
    '--builder',
    '--annotation',
    '--attest',
    '--allow',
    '--provenance',
    '--sbom',
    '-m',
    '--memory',
]);
/**
 * The files `docker build` (or `docker buildx build`) at `words[at]` builds from, in each
 * directory it may run in: the Dockerfile its `-f` names, else the context's, and the context's
 * `.dockerignore`. Its RUN steps run what it says; a change to it can change what the check runs.
 * A context from elsewhere (a URL, the input) holds none of the change's files.
 */
function buildFiles(words, at, dirs) {
    if (words[at].expands || programOf(words[at].text) !== 'docker')
        return [];
    let j = at + 1;
    for (; j < words.length && !words[j].first && words[j].text.startsWith('-'); j++)
        if (DOCKER_VALUES.has(words[j].text))
            j++;
    if (words[j]?.text === 'buildx' && !words[j].first)
        j++;
    if (j >= words.length || words[j].first || words[j].text !== 'build')
        return [];
    let file;
    let context;
    for (j++; j < words.length && !words[j].first; j++) {
        const w = words[j];
        if (w.text.startsWith('-') && w.text !== '-') {
            const eq = w.text.indexOf('=');
            const option = eq > 0 ? w.text.slice(0, eq) : w.text;
            if (!BUILD_VALUES.has(option))
                continue;
            const holder = eq > 0 ? w : words[++j];
            if ((option === '-f' || option === '--file') && holder && !holder.expands)
                file = eq > 0 ? w.text.slice(eq + 1) : holder.text;
            continue;
        }
        context ??= w;
    }
    if (!context || context.expands || context.text === '-' || /^\/|:\/\/|^git@/.test(context.text))
        return [];
    const out = [];
    for (const dir of dirs)
        for (const f of [
            file ?? external_node_path_default().posix.join(context.text, 'Dockerfile'),
            external_node_path_default().posix.join(context.text, '.dockerignore'),
        ]) {
            const found = inRepository(dir, f);
            if (found !== undefined)
                out.push(found);
        }
    return out;
}
/** Options of npm, pnpm, yarn and bun that take the package's directory as their value. */
const DIR_OPTIONS = new Set(['--prefix', '-C', '--cwd', '--dir']);
/** Their commands that run a script of package.json named by the next word. */
const RUN = new Set(['run', 'run-script', 'rum', 'urn']);
/** Their commands that run the script of their own name (`npm test` runs scripts.test). */
const LIFECYCLE = new Map([
    ['test', 'test'],
    ['t', 'test'],
    ['tst', 'test'],
    ['start', 'start'],
    ['stop', 'stop'],
    ['restart', 'restart'],
]);
const MANAGERS = new Set(['npm', 'pnpm', 'yarn', 'bun']);
/**
 * The scripts of a package.json a command line runs through a package manager \u2014 `npm test`,
 * `npm run smoke`, `pnpm run smoke`, `yarn smoke`, `bun run smoke` \u2014 each with the package.json
 * it is read from (relative to the repository root, in each directory the manager may run in:
 * see readLine) and the `pre`/`post` scripts npm runs with it. `yarn <name>` counts only for a
 * name that is no yarn command of its own.
 */
function packageScripts(commandLine, cwd = '') {
    const out = [];
    const seen = new Set();
    for (const { words, dirs } of readLine(commandLine, [cwd]))
        for (let i = 0; i < words.length; i++) {
            const manager = words[i].text;
            if (words[i].expands || !MANAGERS.has(manager))
                continue;
            let prefix;
            let j = i + 1;
            let command;
            for (; j < words.length; j++) {
                const w = words[j].text;
                const eq = w.indexOf('=');
                if (w.startsWith('-') && DIR_OPTIONS.has(eq > 0 ? w.slice(0, eq) : w)) {
                    const value = eq > 0 ? w.slice(eq + 1) : words[++j]?.text;
                    if (value !== undefined)
                        prefix = value;
                    continue;
                }
                if (w.startsWith('-'))
                    continue;
                command = w;
                break;
            }
            if (command === undefined)
                continue;
            let name;
            if (RUN.has(command)) {
                for (j++; j < words.length && words[j].text.startsWith('-'); j++)
                    ;
                name = words[j]?.expands ? undefined : words[j]?.text;
            }
            else if (LIFECYCLE.has(command) && manager !== 'bun')
                name = LIFECYCLE.get(command);
            else if (manager === 'yarn' && !YARN_COMMANDS.has(command))
                name = command;
            // A package outside the repository (`--prefix /opt/app`) holds no script of the change.
            if (!name || prefix?.startsWith('/'))
                continue;
            for (const dir of dirs[i]) {
                const packageJson = inRepository(external_node_path_default().posix.join(dir, prefix ?? ''), 'package.json');
                if (packageJson === undefined || seen.has(`${packageJson}\0${name}`))
                    continue;
                seen.add(`${packageJson}\0${name}`);
                out.push({ packageJson, scripts: [`pre${name}`, name, `post${name}`] });
            }
        }
    return out;
}
/**
 * Files a package manager reads its settings from, which decide how it runs a script: npm's and
 * pnpm's `.npmrc` (`script-shell=/bin/true` makes every script pass), yarn's `.yarnrc` and
 * `.yarnrc.yml` (`yarnPath` runs another program as yarn), bun's `bunfig.toml`.
 */
const MANAGER_SETTINGS = ['.npmrc', '.yarnrc', '.yarnrc.yml', 'bunfig.toml'];
/** Package managers and their runners of packages' programs (`npx playwright test`). */
const MANAGER_PROGRAMS = new Set([...MANAGERS, 'npx', 'pnpx', 'bunx', 'corepack']);
/** Programs that run the command after them: `env CI=1 npx \u2026`, `time npm test`. */
const WRAPPERS = new Set(['env', 'time', 'nice', 'exec', 'command', 'nohup', 'xvfb-run']);
/** Whether `words[at]` is the program of its command: first, or after assignments and wrappers. */
function isProgram(words, at) {
    for (let j = at; j >= 0; j--) {
        if (words[j].first)
            return true;
        const before = words[j - 1];
        if (!before)
            return true;
        if (!(WRAPPERS.has(programOf(before.text)) ||
            /^[A-Za-z_]\w*=/.test(before.text) ||
            before.text.startsWith('-')))
            return false;
    }
    return true;
}
/**
 * The settings files a package manager run in `dir` may read: there and in every directory above
 * it, to the repository's root (it looks for the project's root upwards).
 */
function managerSettings(dir) {
    const out = [];
    for (let d = dir;; d = dirOf(d)) {
        for (const f of MANAGER_SETTINGS)
            out.push(d ? `${d}/${f}` : f);
        if (d === '')
            return out;
    }
}
/**
 * The package managers' settings files a command line may read: where each package manager or
 * runner it starts (`npm test`, `npx playwright test`, `yarn smoke`) runs, and where the
 * package.json is whose scripts it runs.
 */
function settingsFiles(commandLine, cwd = '') {
    const out = new Set();
    for (const { words, dirs } of readLine(commandLine, [cwd]))
        words.forEach((w, i) => {
            if (w.expands || !MANAGER_PROGRAMS.has(programOf(w.text)) || !isProgram(words, i))
                return;
            for (const dir of dirs[i])
                for (const f of managerSettings(dir))
                    out.add(f);
        });
    for (const run of packageScripts(commandLine, cwd))
        for (const f of managerSettings(dirOf(run.packageJson)))
            out.add(f);
    return [...out];
}
/** yarn's own commands (classic and berry): `yarn <one of these>` runs no script. */
const YARN_COMMANDS = new Set([
    'add audit autoclean bin cache check config constraints create dedupe dlx exec explain',
    'generate-lock-entry global help import info init install licenses link list login logout',
    'node npm outdated owner pack patch patch-commit plugin policies publish rebuild remove',
    'search set stage tag team unlink unplug up upgrade upgrade-interactive version versions',
    'why workspace workspaces',
]
    .join(' ')
    .split(' '));
/**
 * The files a shell script runs or reads as its own code: what it sources (`. ./lib.sh`,
 * `source "$(dirname "$0")/common.sh"`), the scripts it runs (`./step.sh`, `bash lib/check.sh`,
 * `node tools/x.mjs`), read in the directories it may run in and in its own. A path after an
 * expansion (`$SCRIPT_DIR/common.sh`, `${BASH_SOURCE%/*}/common.sh`) is read there too: such a
 * prefix is nearly always where the script is, or the directory it was run in.
 */
function scriptRuns(text, scriptDir, cwd) {
    const out = new Set();
    for (const { words, dirs } of readLine(text, [cwd]))
        words.forEach((w, i) => {
            if (!w.first || w.text.startsWith('#'))
                return;
            // A task runner it runs reads its own file.
            const where = [...dirs[i], scriptDir];
            for (const file of [
                ...taskFiles(words, i, where),
                ...composeFiles(words, i, where),
                ...buildFiles(words, i, where),
            ])
                out.add(file);
            let target = w;
            if (w.text === '.' || w.text === 'source')
                target = words[i + 1];
            else if (isInterpreter(programOf(w.text))) {
                const at = scriptOperand(words, i);
                target = at === undefined ? undefined : words[at];
            }
            if (!target || (target !== w && target.first) || target.line)
                return;
            const rel = target.expands ? AFTER_EXPANSION.exec(target.text)?.[1] : target.text;
            if (!rel || rel.startsWith('/') || rel.includes('://'))
                return;
            // A word run as a command is looked for on PATH unless it has a `/`; what an interpreter
            // runs or a script sources is a file either way.
            if (target === w && !rel.includes('/') && !SCRIPT.test(rel))
                return;
            for (const dir of [...dirs[i], scriptDir]) {
                const file = inRepository(dir, rel);
                if (file !== undefined)
                    out.add(file);
            }
        });
    return [...out];
}
/** A path after one leading expansion: `$(dirname $0)/lib.sh`, `${HERE}/lib.sh` \u2192 `lib.sh`. */
const AFTER_EXPANSION = /^(?:\$\([^()]*\)|\$\{[^{}]*\}|\$[A-Za-z_][A-Za-z0-9_]*)\/([^$`*?[{~]+)$/;

;// CONCATENATED MODULE: ./src/checks/integrity/files.ts







/**
 * What the base's config guards: every file a check of any profile runs (the base decides, so a
 * pull request that points a check at a new script changes the config, which is compared on its
 * own), and the `files` the integrity check names.
 */
function guardedFiles(base, head, own) {
    const named = new Map();
    const scripts = new Map();
    for (const [profile, p] of base?.profiles ?? [])
        for (const [id, c] of p.checks)
            for (const field of c.shellFields) {
                const value = c.fields[field];
                if (typeof value !== 'string')
                    continue;
                const cwd = typeof c.fields.cwd === 'string' ? c.fields.cwd : '';
                const keyPath = base.sourceOf(profile, 'check', id, [field]);
                const key = keyPath.join('.');
                /** The guard of this field in `guards`, made on first use; the profile added. */
                const guardIn = (guards, by = `check ${id} runs it (${field})`) => {
                    let guard = guards.find((g) => g.key === key && g.by === by);
                    if (!guard) {
                        const line = head?.profiles.get(profile)?.checks.has(id)
                            ? head.line(head.sourceOf(profile, 'check', id, [field]))
                            : undefined;
                        guard = {
                            key,
                            ...(line ? { line } : {}),
                            by,
                            profiles: new Set(),
                            check: { id, type: c.type, field: [field] },
                            cwd,
                        };
                        guards.push(guard);
                    }
                    guard.profiles.add(profile);
                    return guards;
                };
                for (const file of namedFiles(value, cwd))
                    named.set(file, guardIn(named.get(file) ?? []));
                for (const run of packageScripts(value, cwd)) {
                    const byName = scripts.get(run.packageJson) ?? new Map();
                    for (const name of run.scripts)
                        byName.set(name, guardIn(byName.get(name) ?? []));
                    scripts.set(run.packageJson, byName);
                }
                for (const file of settingsFiles(value, cwd))
                    named.set(file, guardIn(named.get(file) ?? [], `check ${id} runs a package manager, which reads its settings from it (${field})`));
            }
    const globs = [];
    for (const [profile, p] of base?.profiles ?? [])
        for (const [id, c] of p.checks)
            for (const { field, key } of c.judgedFields) {
                const cwd = typeof c.fields.cwd === 'string' ? c.fields.cwd : '';
                const patterns = judgedPaths(key === undefined ? c.fields[field] : ownValue(c.fields[field], key), cwd);
                if (patterns.length === 0)
                    continue;
                const keyPath = base.sourceOf(profile, 'check', id, key === undefined ? [field] : [field, key]);
                const known = globs.find((g) => g.guard.key === keyPath.join('.'));
                if (known) {
                    known.guard.profiles.add(profile);
                    continue;
                }
                const line = head?.profiles.get(profile)?.checks.has(id)
                    ? head.line(head.sourceOf(profile, 'check', id, [field]))
                    : undefined;
                globs.push({
                    patterns,
                    guard: {
                        key: keyPath.join('.'),
                        ...(line ? { line } : {}),
                        by: `check ${id} judges what it holds (${key === undefined ? field : `${field}.${key}`})`,
                        profiles: new Set([profile]),
                        check: { id, type: c.type, field: [field] },
                    },
                });
            }
    const profiles = new Set();
    for (const [name, p] of base?.profiles ?? [])
        if (p.checks.has(own.id))
            profiles.add(name);
    if (own.files.length)
        globs.push({
            patterns: [...own.files],
            guard: { key: `checks.${own.id}.files`, by: `${own.id}'s files guard it`, profiles },
        });
    return { named, scripts, globs };
}
/** `key` of an object value, its own, or nothing. */
const ownValue = (value, key) => value !== null && typeof value === 'object' && Object.hasOwn(value, key)
    ? value[key]
    : undefined;
/**
 * The globs of a field naming judged files (a path, a glob, or a list of them), relative to the
 * repository and to the check's directory (which of the two a type reads them from, both are
 * guarded). Expressions, absolute paths and paths leaving the repository are left out.
 */
function judgedPaths(value, cwd) {
    const list = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
    const out = new Set();
    for (const v of list) {
        if (typeof v !== 'string' || v.includes('${{') || v.startsWith('/'))
            continue;
        for (const dir of new Set(['', cwd])) {
            const p = inRepository(dir, v);
            if (p !== undefined)
                out.add(p);
        }
    }
    return [...out];
}
const files_short = (sha) => sha.slice(0, 7);
function describe(f, range) {
    const was = f.oldPath ?? f.path;
    const before = `${was} at ${files_short(range.base)}`;
    if (f.status === 'D')
        return { before, after: 'deleted' };
    if (f.status === 'A')
        return { before: `${f.path}: none`, after: `added at ${files_short(range.head)}` };
    if ((f.status === 'R' || f.status === 'C') && f.oldPath)
        return {
            before,
            after: `${f.status === 'R' ? 'renamed' : 'copied'} to ${f.path} at ${files_short(range.head)}`,
        };
    return { before, after: `${f.status === 'T' ? 'type changed' : 'modified'} at ${files_short(range.head)}` };
}
/** The changes of the range to guarded files, as weakenings of the config (the file they are in set). */
async function guardedChanges(guarded, change, range, signal) {
    if (guarded.named.size === 0 && guarded.scripts.size === 0 && guarded.globs.length === 0)
        return [];
    // Each package.json's scripts at the base, read once: followed below, compared when it changed.
    const read = new Map();
    const atBase = (packageJson) => {
        let got = read.get(packageJson);
        if (!got) {
            got = change.read(range.base, `./${packageJson}`, { signal }).then(scriptsIn);
            read.set(packageJson, got);
        }
        return got;
    };
    const followed = new Set();
    await throughScripts(guarded, atBase, [...guarded.scripts].flatMap(([packageJson, byName]) => [...byName].map(([name, guards]) => ({ packageJson, name, guards, depth: 0 }))), followed);
    // What each guarded path is at the base, asked once for all the paths of a round.
    const known = new Map();
    const entries = async (paths) => {
        const asked = paths.filter((p) => !known.has(p));
        const got = asked.length ? await change.entries(range.base, asked, signal) : new Map();
        for (const p of asked)
            known.set(p, got.get(p));
        return new Map(paths.map((p) => [p, known.get(p)]));
    };
    await throughLinks(guarded, entries);
    const atBaseText = (file) => change.read(range.base, `./${file}`, { signal });
    // The package.json scripts a guarded script or recipe runs through a package manager.
    const scripts = (runs, guards, depth) => {
        const start = runs.flatMap((run) => run.scripts.map((name) => {
            guardScript(guarded, run.packageJson, name, guards);
            return { packageJson: run.packageJson, name, guards: [...guards], depth };
        }));
        return throughScripts(guarded, atBase, start, followed);
    };
    await throughSourced(guarded, entries, atBaseText, scripts);
    // Last: a .yarnrc.yml may be guarded by what any of them runs.
    await throughYarnPath(guarded, atBaseText);
    // Every changed file: the list other checks read too, filtered here, so no git runs for it alone.
    const files = await change.files({ signal });
    const matchers = guarded.globs.map((g) => ({
        match: picomatch_default()(g.patterns, { dot: true }),
        guard: g.guard,
    }));
    const changes = [];
    for (const f of files) {
        const paths = [...new Set([f.path, ...(f.oldPath ? [f.oldPath] : [])])];
        const guards = [];
        for (const p of paths) {
            // Files only: a directory a command names (`pytest tests/`) holds the change's own tests,
            // which a pull request is expected to change.
            for (const g of guarded.named.get(p) ?? [])
                if (!guards.includes(g))
                    guards.push(g);
            for (const m of matchers)
                if (m.match(p) && !guards.includes(m.guard))
                    guards.push(m.guard);
        }
        for (const p of paths) {
            const byName = guarded.scripts.get(p);
            if (byName)
                changes.push(...(await scriptChanges(f, p, byName, await atBase(p), change, range, signal)));
        }
        if (guards.length === 0)
            continue;
        const { before, after } = describe(f, range);
        for (const g of guards)
            changes.push({
                kind: 'weakening',
                key: g.key,
                ...(g.line ? { line: g.line } : {}),
                before,
                after,
                what: `a file the gate depends on changed: ${g.by}`,
                profiles: [...g.profiles],
                ...(g.check ? { check: g.check } : {}),
                file: f.status === 'D' ? (f.oldPath ?? f.path) : f.path,
                ...(f.status === 'D' ? {} : { where: { file: f.path, line: 1 } }),
            });
    }
    return changes;
}
/** How deep one package.json script running another (`npm run a` \u2192 `npm run b`) is followed. */
const MAX_SCRIPT_DEPTH = 8;
/** `file` guarded by `guards` too (each once). */
function guardFile(guarded, file, guards) {
    const list = guarded.named.get(file) ?? [];
    for (const g of guards)
        if (!list.some((k) => k.key === g.key && k.by === g.by))
            list.push(g);
    guarded.named.set(file, list);
}
/** The script `name` of `packageJson` guarded by `guards` too (each once). */
function guardScript(guarded, packageJson, name, guards) {
    const byName = guarded.scripts.get(packageJson) ?? new Map();
    const list = byName.get(name) ?? [];
    for (const g of guards)
        if (!list.some((k) => k.key === g.key && k.by === g.by))
            list.push(g);
    byName.set(name, list);
    guarded.scripts.set(packageJson, byName);
}
/** The guards of what a command line's package manager reads its settings from. */
const settingsGuards = (guards) => guards.map((g) => ({ ...g, by: `${g.by}, whose package manager reads its settings from it` }));
/**
 * What the guarded package.json scripts run, as the base has them: the files their command lines
 * name (`"smoke": "node scripts/smoke.mjs"`) are guarded too, the package managers' settings they
 * read, and the scripts they run in turn (`"test": "npm run lint && npm run unit"`), each guard
 * saying which script leads to it. `seen`: the scripts already followed, by this call or another.
 * Gives the files it guarded, for what they run to be followed in turn.
 */
async function throughScripts(guarded, atBase, start, seen) {
    // A base package.json that does not parse runs nothing the gate can follow.
    const scriptsOf = async (packageJson) => {
        const table = await atBase(packageJson);
        return typeof table === 'string' ? new Map() : table;
    };
    const id = (r) => `${r.packageJson}\0${r.name}`;
    const work = start.filter((r) => !seen.has(id(r)));
    for (const r of work)
        seen.add(id(r));
    const added = new Set();
    while (work.length > 0) {
        const { packageJson, name, guards, depth } = work.pop();
        const line = (await scriptsOf(packageJson)).get(name);
        if (line === undefined)
            continue;
        const dir = dirOf(packageJson);
        const through = guards.map((g) => ({
            ...g,
            by: `${g.by} through ${packageJson} scripts.${name}`,
            cwd: dir,
        }));
        for (const file of namedFiles(line, dir)) {
            guardFile(guarded, file, through);
            added.add(file);
        }
        for (const file of settingsFiles(line, dir))
            guardFile(guarded, file, settingsGuards(through));
        if (depth >= MAX_SCRIPT_DEPTH)
            continue;
        for (const run of packageScripts(line, dir))
            for (const next of run.scripts) {
                const r = { packageJson: run.packageJson, name: next, guards: through, depth: depth + 1 };
                if (seen.has(id(r)))
                    continue;
                seen.add(id(r));
                guardScript(guarded, run.packageJson, next, through);
                work.push(r);
            }
    }
    return [...added];
}
/**
 * The files the guarded symbolic links point to, as the base has them: a change to the file a
 * link leads to changes what runs through it. Followed through links to links, to a depth of
 * MAX_SCRIPT_DEPTH; a link out of the repository leads to nothing of the change.
 */
async function throughLinks(guarded, entries) {
    let next = [...guarded.named.keys()];
    const seen = new Set(next);
    for (let depth = 0; next.length > 0 && depth < MAX_SCRIPT_DEPTH; depth++) {
        const found = await entries(next);
        next = [];
        for (const [link, entry] of found) {
            const to = entry?.link;
            if (to === undefined)
                continue;
            const dir = dirOf(link);
            const target = inRepository(dir, to);
            if (target === undefined)
                continue;
            guardFile(guarded, target, (guarded.named.get(link) ?? []).map((g) => ({ ...g, by: `${g.by} through the link ${link}` })));
            if (!seen.has(target)) {
                seen.add(target);
                next.push(target);
            }
        }
    }
}
/** `yarnPath: .yarn/releases/yarn-4.5.0.cjs` in a .yarnrc.yml, quoted or not, a comment after it. */
const YARN_PATH = /^yarnPath:[ \t]*(["']?)([^"'#\n\r]+?)\1[ \t]*(?:#.*)?$/m;
/**
 * The program a guarded .yarnrc.yml runs as yarn (`yarnPath`, a release committed to the
 * repository), as the base has it: a pull request that replaced it would run its own program
 * wherever the gate runs yarn.
 */
async function throughYarnPath(guarded, read) {
    for (const [file, guards] of [...guarded.named]) {
        if (external_node_path_default().posix.basename(file) !== '.yarnrc.yml')
            continue;
        const to = YARN_PATH.exec((await read(file)) ?? '')?.[2]?.trim();
        const target = to === undefined ? undefined : inRepository(dirOf(file), to);
        if (target === undefined)
            continue;
        guardFile(guarded, target, guards.map((g) => ({ ...g, by: `${g.by} through ${file} (yarnPath)` })));
    }
}
/** Shell scripts by their name; one without an extension is one when its first line says so. */
const SHELL_SCRIPT = /\.(?:sh|bash|zsh|ksh)$/i;
const SHELL_SHEBANG = /^#!\s*\S*?(?:\/|\benv\s+)(?:ba|z|k|da)?sh\b/;
/** A shell script larger than this is no script of the gate's own to follow (a binary, data). */
const MAX_SCRIPT_BYTES = 1024 * 1024;
/** What a file's name says it is read as, if it says. */
function kindByName(file) {
    if (MAKEFILE.test(file))
        return 'make';
    if (JUSTFILE.test(file))
        return 'just';
    if (TASKFILE.test(file))
        return 'task';
    if (SHELL_SCRIPT.test(file))
        return 'shell';
    if (JS_MODULE.test(file))
        return 'js';
    if (RB_MODULE.test(file))
        return 'ruby';
    return PY_MODULE.test(file) ? 'python' : undefined;
}
/**
 * What a guarded file is read as: a task runner's file, a shell script, a JavaScript or TypeScript
 * module, a Python one; by its name, else (a file without an extension) by its first line.
 */
function codeKind(file, text) {
    const byName = kindByName(file);
    if (byName || /\.[^/]*$/.test(file))
        return byName;
    if (SHELL_SHEBANG.test(text))
        return 'shell';
    if (JS_SHEBANG.test(text))
        return 'js';
    if (PY_SHEBANG.test(text))
        return 'python';
    if (RB_SHEBANG.test(text))
        return 'ruby';
    return undefined;
}
/** The command lines and includes of a task runner's file. */
const recipesOf = (kind, text) => kind === 'make' ? makeRecipes(text) : kind === 'just' ? justRecipes(text) : taskRecipes(text);
/** The files a task runner's file includes, read where it runs and beside it. */
function includedBy(recipes, fileDir, cwd) {
    const out = new Set();
    for (const f of recipes?.includes ?? [])
        for (const dir of new Set([fileDir, cwd])) {
            const file = inRepository(dir, f);
            if (file !== undefined)
                out.add(file);
        }
    return [...out];
}
/** Whether a guarded path may be code the gate follows: by its name, or a file without an extension. */
const mayBeCode = (file) => kindByName(file) !== undefined || !/\.[^/]*$/.test(file);
/**
 * What the guarded code runs or loads, as the base has it: what a shell script sources or runs
 * (see scriptRuns), the modules a JavaScript, TypeScript or Python program imports from the
 * repository (see imports.ts), what a task runner's recipes run and the files it includes (see
 * recipes.ts). Guarded too, to a depth of MAX_SCRIPT_DEPTH, each guard saying
 * through which file. Only files are read (not a folder a command names, nor a compiled program of
 * megabytes), each once: `entries` says what the paths are at the base, `read` gives a file's
 * text there.
 */
async function throughSourced(guarded, entries, read, scripts) {
    let round = [...guarded.named]
        .filter(([file]) => mayBeCode(file))
        .map(([file, guards]) => ({ file, guards, depth: 0 }));
    const seen = new Set(round.map((w) => w.file));
    /** `next` guarded by `through` too, and followed in the next round if it may be code. */
    const follow = (next, through, work) => {
        guardFile(guarded, next, through);
        if (seen.has(next) || work.depth > MAX_SCRIPT_DEPTH || !(work.as || mayBeCode(next)))
            return;
        seen.add(next);
        round.push({ file: next, guards: [...(through.length ? through : guarded.named.get(next))], ...work });
    };
    while (round.length > 0) {
        const work = round;
        round = [];
        const found = await entries(work.map((w) => w.file));
        for (const { file, guards, depth, root, as } of work) {
            const entry = found.get(file);
            // A link sourced or imported leads to its target, read as what the link's name says.
            const to = entry?.link;
            if (to !== undefined) {
                const target = inRepository(dirOf(file), to);
                const kind = as ?? kindByName(file);
                if (target !== undefined)
                    follow(target, guards.map((g) => ({ ...g, by: `${g.by} through the link ${file}` })), { depth: depth + 1, ...(root !== undefined ? { root } : {}), ...(kind ? { as: kind } : {}) });
                continue;
            }
            if (!entry || !/^100[67]/.test(entry.mode) || entry.size > MAX_SCRIPT_BYTES)
                continue;
            const text = await read(file);
            const kind = text === undefined ? undefined : (as ?? codeKind(file, text));
            if (text === undefined || kind === undefined)
                continue;
            const scriptDir = dirOf(file);
            const pythonRoot = kind === 'python' ? (root ?? scriptDir) : undefined;
            // Per directory the file runs in, what it runs or loads from there.
            for (const cwd of new Set(guards.map((g) => g.cwd ?? ''))) {
                const through = guards
                    .filter((g) => (g.cwd ?? '') === cwd)
                    .map((g) => ({ ...g, by: `${g.by} through ${file}` }));
                // Command lines a shell runs: a shell script's, a task runner's recipes.
                const recipes = kind === 'make' || kind === 'just' || kind === 'task' ? recipesOf(kind, text) : undefined;
                const lines = kind === 'shell' ? text : recipes?.lines.join('\n');
                const loads = lines !== undefined
                    ? [...scriptRuns(lines, scriptDir, cwd), ...includedBy(recipes, scriptDir, cwd)]
                    : kind === 'js'
                        ? jsImports(text, file)
                        : kind === 'ruby'
                            ? rubyImports(text, file)
                            : pythonImports(text, file, [...new Set([pythonRoot, cwd])]);
                if (lines !== undefined) {
                    const where = [...new Set([cwd, scriptDir])];
                    for (const dir of where)
                        for (const f of settingsFiles(lines, dir))
                            guardFile(guarded, f, settingsGuards(through));
                    const runs = where.flatMap((dir) => packageScripts(lines, dir));
                    // What those scripts name is followed in turn, as the scripts say why it is guarded.
                    for (const next of await scripts(runs, through, depth + 1))
                        follow(next, [], { depth: depth + 1 });
                }
                // A module a script imports is looked for where that script's imports are; a script a
                // shell script runs starts afresh.
                for (const next of loads)
                    follow(next, through, {
                        depth: depth + 1,
                        ...(pythonRoot !== undefined ? { root: pythonRoot } : {}),
                    });
            }
        }
    }
}
/** The scripts of a package.json's text (none when there is no file). */
function scriptsIn(text) {
    const scripts = new Map();
    if (text === undefined)
        return scripts;
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (err) {
        return `it does not parse (${(0,errors/* errorMessage */.gJ)(err)})`;
    }
    const table = json && typeof json === 'object' ? json.scripts : undefined;
    if (table && typeof table === 'object' && Object.hasOwn(json, 'scripts'))
        for (const [name, value] of Object.entries(table))
            if (typeof value === 'string')
                scripts.set(name, value);
    return scripts;
}
const MAX_SHOWN = 60;
const shown = (script) => {
    if (script === undefined)
        return 'none';
    const quoted = JSON.stringify(script);
    return quoted.length > MAX_SHOWN ? `${quoted.slice(0, MAX_SHOWN - 2)}\u2026"` : quoted;
};
/**
 * The scripts of a changed package.json that checks run (with their `pre`/`post` scripts), where
 * the head's differ from the base's. A package.json that does not parse changes them all: what
 * they run cannot be told.
 */
async function scriptChanges(f, file, byName, was, change, range, signal) {
    // `file` is the guarded path: the change's old path (moved or deleted, the scripts are no longer
    // where the check runs them) or its new one (moved there, they are new).
    const headText = f.status === 'D' || f.path !== file ? undefined : await change.read(range.head, `./${file}`, { signal });
    const now = scriptsIn(headText);
    const changes = [];
    for (const [name, guards] of byName) {
        const before = typeof was === 'string' ? undefined : was.get(name);
        const after = typeof now === 'string' ? undefined : now.get(name);
        if (typeof was !== 'string' && typeof now !== 'string' && before === after)
            continue;
        const line = headText === undefined ? undefined : (scriptLine(headText, name) ?? 1);
        for (const g of guards)
            changes.push({
                kind: 'weakening',
                key: g.key,
                ...(g.line ? { line: g.line } : {}),
                before: `scripts.${name} ${typeof was === 'string' ? `unreadable: ${was}` : shown(before)}`,
                after: typeof now === 'string' ? `unreadable: ${now}` : shown(after),
                what: `a script the gate runs changed: ${g.by}`,
                profiles: [...g.profiles],
                ...(g.check ? { check: g.check } : {}),
                file,
                ...(line ? { where: { file, line } } : {}),
            });
    }
    return changes;
}
/** The line of a package.json's text that holds the script `name` (its key, after "scripts"). */
function scriptLine(text, name) {
    const lines = text.split('\n');
    const start = lines.findIndex((l) => /"scripts"\s*:/.test(l));
    if (start < 0)
        return undefined;
    const key = JSON.stringify(name);
    for (let i = start; i < lines.length; i++) {
        const line = lines[i];
        const at = line.indexOf(key);
        if (at >= 0 &&
            line
                .slice(at + key.length)
                .trimStart()
                .startsWith(':'))
            return i + 1;
        // The end of the scripts' mapping, when it has lines of its own.
        if (i > start && /^\s*}/.test(line))
            return undefined;
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/history/series.ts
var history_series = __webpack_require__(29655);
// EXTERNAL MODULE: ./src/report/mermaid.ts
var mermaid = __webpack_require__(39409);
// EXTERNAL MODULE: ./src/checks/metrics/drift.ts
var metrics_drift = __webpack_require__(54816);
// EXTERNAL MODULE: ./src/checks/paths.ts
var paths = __webpack_require__(47681);
;// CONCATENATED MODULE: ./src/checks/integrity/thresholds.ts







/**
 * What history says about a metric whose threshold a change moves: its last values (with a
 * chart), how the last run fared against the runs before it, and the last review \u2014 so the
 * reviewer sees whether the new threshold fits what the metric really does. Bounded: a few
 * metrics, the last runs only.
 */
const MAX_METRICS = 8;
const MAX_POINTS = 20;
const THRESHOLD_FIELDS = new Set(['thresholds', 'drift', 'warnAbove', 'failAbove', 'tolerance']);
/** The metrics whose thresholds or drift limits the changes move, in the gated profile. */
function thresholdMetrics(changes, profile) {
    const refs = new Map();
    for (const c of changes) {
        if (!c.check || c.kind === 'tightening' || !c.profiles.includes(profile))
            continue;
        const [field, ...rest] = c.check.field;
        if (typeof field !== 'string' || !THRESHOLD_FIELDS.has(field))
            continue;
        let metric;
        if (c.check.type === 'trend')
            metric = 'value';
        else if (c.check.type === 'benchmark')
            metric =
                field === 'thresholds'
                    ? rest[0]
                    : rest[0] === 'maxDrop' || rest[0] === 'rules'
                        ? rest[1]
                        : undefined;
        if (!metric)
            continue;
        const key = `${c.check.id}\0${metric}`;
        const ref = refs.get(key) ?? { check: c.check.id, type: c.check.type, metric, changes: [] };
        ref.changes.push(c);
        refs.set(key, ref);
    }
    return [...refs.values()].slice(0, MAX_METRICS);
}
function lastDrift(runs, ref, base, profile) {
    if (ref.type !== 'benchmark')
        return '';
    const fields = profile ? base?.profiles.get(profile)?.checks.get(ref.check)?.fields : undefined;
    const drift = fields?.drift;
    if (drift === false)
        return 'drift was off in the base config';
    const measured = runs.filter((r) => {
        const c = r.checks.find((x) => x.id === ref.check);
        return c !== undefined && c.status !== 'skipped' && c.status !== 'error';
    });
    const last = measured.at(-1);
    if (!last)
        return 'no run measured it yet';
    const settings = (0,metrics_drift/* driftSettings */.LX)((drift ?? {}));
    const before = measured.slice(0, -1).slice(-settings.lookback);
    const value = last.checks.find((x) => x.id === ref.check)?.metrics[ref.metric];
    const points = (0,metrics_drift/* evaluateDrift */.$v)({ [ref.metric]: typeof value === 'number' ? value : undefined }, (m) => (0,history_series/* metricSeries */.Q)(before, ref.check, m).map((x) => x.value), {
        ...settings,
        rules: Object.fromEntries(Object.entries(settings.rules).filter(([m]) => m === ref.metric)),
    });
    const p = points[0];
    return p ? `run ${last.runId}: ${p.message}` : `run ${last.runId}: no drift rule for ${ref.metric}`;
}
/** A review of 10,000 runs is about 5 MB. */
const MAX_REVIEW_BYTES = 64 * 1024 * 1024;
async function lastReview(ctx, ref) {
    const file = external_node_path_default().join('.promotion-gate', `${ctx.profile}-review`, 'review.json');
    let review;
    // The file is the checkout's, which a pull request controls: read as any file of the repository
    // is (inside the workspace, a regular file, bounded), never through a link to elsewhere.
    if (!(await (0,promises_.lstat)(external_node_path_default().join(ctx.cwd, file)).catch(() => undefined)))
        return `no review on file (\`promotion-gate review --profile ${ctx.profile}\` writes one)`;
    let text;
    try {
        text = (await (0,paths/* readWorkspaceFile */.sL)(ctx.cwd, 'review', file, MAX_REVIEW_BYTES)).toString('utf8');
    }
    catch {
        return `${file} not read: it is not a regular file inside the workspace, of at most ${MAX_REVIEW_BYTES / 1024 / 1024} MiB`;
    }
    try {
        review = JSON.parse(text);
    }
    catch {
        return `${file} is not JSON`;
    }
    const alerts = (review.driftAlerts ?? []).filter((a) => a.check === ref.check);
    const alert = alerts.at(-1)?.point?.message;
    return `${file} of ${review.generatedAt ?? '?'} (${review.window?.label ?? '?'}): pass rate ${review.runs?.passRate ?? '\u2013'}%, ${alerts.length} drift alert(s) of ${ref.check}${alert ? `, the last: ${alert}` : ''}`;
}
/** Markdown for the evidence, and a one-line summary per metric for the findings. */
async function thresholdEvidence(changes, ctx, base) {
    const refs = thresholdMetrics(changes, ctx.profile);
    const lines = new Map();
    if (refs.length === 0)
        return { lines };
    const read = ctx.history ? await ctx.history.read() : undefined;
    const runs = read?.runs ?? [];
    const out = ['# Thresholds changed: what history says', ''];
    if (!ctx.history)
        out.push('_No history store: set `--history` (or the `history` input) to see the trend._', '');
    for (const ref of refs) {
        const series = (0,history_series/* metricSeries */.Q)(runs, ref.check, ref.metric).slice(-MAX_POINTS);
        const drift = lastDrift(runs, ref, base, ctx.profile);
        const review = await lastReview(ctx, ref);
        out.push(`## \`${ref.check}\` \u00b7 ${ref.metric}`, '');
        for (const c of ref.changes)
            out.push(`- \`${c.key}\`: ${c.before} \u2192 ${c.after} (${c.what})`);
        out.push('');
        if (series.length > 0) {
            const values = series.map((s) => s.value);
            out.push((0,mermaid/* xyChart */.Gp)({
                title: `${ref.check} ${ref.metric}, last ${series.length} run(s)`,
                labels: series.map((s) => s.run.finishedAt.slice(5, 10)),
                values,
                yLabel: ref.metric,
            }), '', `Last ${series.length} value(s): ${series.map((s) => (0,criteria/* fmt */.Sc)(s.value)).join(', ')} (min ${(0,criteria/* fmt */.Sc)(Math.min(...values))}, max ${(0,criteria/* fmt */.Sc)(Math.max(...values))}).`);
        }
        else
            out.push('No recorded value of this metric.');
        if (drift)
            out.push('', `Last drift: ${drift}.`);
        out.push('', `Last review: ${review}.`, '');
        const summary = series.length > 0
            ? `history of ${ref.metric}: last ${series.length} value(s) ${(0,criteria/* fmt */.Sc)(Math.min(...series.map((s) => s.value)))}\u2013${(0,criteria/* fmt */.Sc)(Math.max(...series.map((s) => s.value)))}, newest ${(0,criteria/* fmt */.Sc)(series.at(-1).value)}`
            : `no recorded value of ${ref.metric}`;
        for (const c of ref.changes)
            lines.set(c, summary);
    }
    return { markdown: out.join('\n'), lines };
}

;// CONCATENATED MODULE: ./src/checks/integrity/integrity.ts









const fields = schemas/* object */.Ikc({
    path: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe("Config file to protect, relative to the repository (default: the gate's own config)"),
    approvers: schemas/* array */.YOg(schemas/* string */.YjP().min(1))
        .optional()
        .describe('Who may approve a weakening: logins and @org/team names (default: any reviewer but the author)'),
    codeowners: schemas/* boolean */.zMY()
        .default(false)
        .describe("The config file's owners in CODEOWNERS (as the base has it) may approve too"),
    allowAuthorApproval: schemas/* boolean */.zMY()
        .default(false)
        .describe("Count an approval by the pull request's own author (default false)"),
    files: schemas/* array */.YOg(schemas/* string */.YjP().min(1))
        .optional()
        .describe('Other files the gate depends on (globs, relative to the repository): a change to one needs the approval a weakening needs, as does a change to a file a check runs'),
    unknown: schemas/* enum */.k5n(['notice', 'approve'])
        .default('notice')
        .describe('A change whose direction is not known (a probed URL, a file path): a notice, or like a weakening, held until approved'),
});
const MAX_NOTICES = 100;
const integrity_short = (sha) => (sha ? sha.slice(0, 7) : '?');
function describeChange(c) {
    if (c.file)
        return `${c.file} changed (${c.before} \u2192 ${c.after}): ${c.what} (${c.key})${inProfiles(c)}`;
    const verb = c.kind === 'weakening' ? 'weakened' : c.kind === 'tightening' ? 'tightened' : 'changed';
    return `${verb} ${c.key}: ${c.before} \u2192 ${c.after} (${c.what})${inProfiles(c)}`;
}
function inProfiles(c) {
    return c.profiles.length ? ` in profile${c.profiles.length === 1 ? '' : 's'} ${c.profiles.join(', ')}` : '';
}
function sideFindings(sides, findings) {
    const file = sides.file;
    if (sides.base?.missing)
        findings.push({
            level: 'warning',
            file,
            message: `${file} does not exist at the base (${integrity_short(sides.base.revision)}): the change adds it, so it weakens nothing`,
        });
    for (const i of sides.base?.issues ?? [])
        findings.push({
            level: 'failure',
            file,
            message: `the base's ${file} does not load, so what the change weakens cannot be told: ${(0,errors/* formatIssue */.Hd)({ ...i, file: undefined })}`,
        });
    for (const i of sides.head?.issues ?? [])
        findings.push({
            level: 'failure',
            file,
            ...(i.line ? { line: i.line } : {}),
            message: `the head's config is invalid: ${(0,errors/* formatIssue */.Hd)({ ...i, file: undefined, line: undefined, column: undefined })}`,
        });
}
/** The check's status: a failure holds; an approved weakening or a warning warns; else it passes. */
function outcome(findings, changes, approved, of, metrics, held) {
    const count = (kind) => changes.filter((c) => c.kind === kind).length;
    const weakenings = count('weakening');
    const tally = `${weakenings} weakening(s), ${count('tightening')} tightening(s), ${count('unknown')} other change(s)`;
    const failure = findings.find((f) => f.level === 'failure');
    if (failure)
        return {
            status: 'fail',
            score: 2,
            summary: held && !approved ? `${of}: ${tally}, not approved` : failure.message,
            findings,
            metrics,
        };
    if (approved)
        return {
            status: 'warn',
            summary: `${of}: ${tally}, approved by ${approved.reviewer} (#${approved.pull})`,
            findings,
            metrics,
        };
    if (findings.some((f) => f.level === 'warning'))
        return { status: 'warn', summary: `${of}: ${tally}`, findings, metrics };
    return { status: 'pass', summary: `${of}: no weakening (${tally})`, findings, metrics };
}
/**
 * Gate integrity: a change cannot weaken its own gate. The config at the base of the change is
 * compared with the config at its head, field by field; every weakening (a check removed, an
 * enforcement lowered, a threshold loosened, a waiver added\u2026), and every change to a file the
 * gate runs or is told to guard, holds unless a reviewer other than the author approved the pull
 * request on the config and those files as they now are.
 */
const integrityCheck = (0,types/* defineCheck */.q)({
    type: 'integrity',
    description: "The change does not weaken the gate's own config (checks removed, enforcement lowered, thresholds loosened, waivers added) or change a script the gate runs, unless a reviewer approved it",
    defaults: { category: 'safety', enforcement: 'required' },
    fields,
    async run(spec, ctx) {
        if (!ctx.config)
            return {
                status: 'error',
                summary: "the integrity check compares the gate's config at base and head: it runs inside a gate",
            };
        const own = spec.path === undefined;
        const record = ctx.config.record;
        const findings = [];
        if (own && record.fallback)
            findings.push({
                level: record.fallback.level === 'hold' ? 'failure' : 'warning',
                file: record.path,
                message: record.fallback.message,
            });
        const sides = await ctx.config.sides(spec.path);
        if (sides.problem)
            return {
                status: 'error',
                summary: `cannot compare ${sides.file} at base and head: ${sides.problem}`,
                findings,
            };
        const got = await (0,changeRange/* changeFor */.WK)(ctx);
        if (got.outcome)
            return { ...got.outcome, findings };
        const { range } = got;
        sideFindings(sides, findings);
        const base = sides.base?.model;
        const head = sides.head?.model;
        const changes = base && head ? compareConfigs(base, head, ctx.now()) : [];
        if (base && sides.head?.missing)
            changes.push({
                kind: 'weakening',
                key: sides.file,
                before: `${base.profiles.size} profile(s)`,
                after: '(deleted)',
                what: 'the config file is deleted',
                profiles: [...base.profiles.keys()],
            });
        const baselines = await baselineChanges(sides, got.change, ctx.signal);
        changes.push(...baselines.changes);
        for (const p of baselines.problems)
            findings.push({ level: 'warning', file: sides.file, message: p });
        const guarded = guardedFiles(base, head, { id: ctx.id, files: spec.files ?? [] });
        try {
            changes.push(...(await guardedChanges(guarded, got.change, range, ctx.signal)));
        }
        catch (err) {
            // Not knowing whether a script the gate runs changed is not knowing whether the gate holds.
            findings.push({
                level: 'failure',
                message: `cannot tell whether the files the gate runs changed: ${(0,errors/* errorMessage */.gJ)(err)}`,
            });
        }
        // What holds until approved: every weakening, and with `unknown: approve` every change whose
        // direction is not known.
        const holds = (c) => c.kind === 'weakening' || (spec.unknown === 'approve' && c.kind === 'unknown');
        const held = changes.filter(holds);
        const evidence = await thresholdEvidence(held, ctx, base);
        if (evidence.markdown)
            await ctx.evidence.write('thresholds.md', evidence.markdown);
        let approval;
        if (held.length > 0) {
            // The config when it is weakened (with the files its weakenings are about), then every
            // guarded file that changed.
            const files = [
                ...new Set([
                    ...(held.some((c) => !c.file) ? [sides.file] : []),
                    ...held.flatMap((c) => (c.file ? [c.file] : c.content ? [c.content] : [])),
                ]),
            ];
            approval = await approvalFor(spec, ctx, range, files);
        }
        const approved = approval?.approval;
        for (const c of held) {
            const history = evidence.lines.get(c);
            findings.push({
                level: approved ? 'warning' : 'failure',
                // A guarded file's change is annotated on the file, a deleted one where the config names it.
                file: c.where?.file ?? sides.file,
                ...(c.where ? { line: c.where.line } : c.line ? { line: c.line } : {}),
                message: `${describeChange(c)}${history ? `; ${history} (evidence thresholds.md)` : ''}`,
            });
        }
        const others = changes.filter((c) => !holds(c));
        for (const c of others.slice(0, MAX_NOTICES))
            findings.push({
                level: 'notice',
                file: sides.file,
                ...(c.line ? { line: c.line } : {}),
                message: describeChange(c),
            });
        if (others.length > MAX_NOTICES)
            findings.push({
                level: 'notice',
                message: `${others.length - MAX_NOTICES} more change(s) in integrity.json`,
            });
        if (approved)
            findings.push({
                level: 'notice',
                message: `approved by ${approved.reviewer} in pull request #${approved.pull} (review ${approved.reviewId}${approved.at ? `, ${approved.at}` : ''}${approved.url ? `, ${approved.url}` : ''})`,
            });
        else if (approval)
            findings.push({
                level: 'failure',
                message: `not approved: ${approval.why.join('; ')}`,
            });
        await ctx.evidence.write('integrity.json', {
            config: { file: sides.file, ...(own ? { source: record } : {}) },
            base: { revision: sides.base?.revision ?? null, missing: sides.base?.missing ?? false },
            head: { revision: sides.head?.revision ?? null },
            range: { base: range.base, head: range.head, source: range.source },
            changes: changes.slice(0, 1000),
            approval: approval ?? null,
        });
        return outcome(findings, changes, approved, `${sides.file} ${integrity_short(range.base)}..${integrity_short(range.head)}`, {
            weakenings: changes.filter((c) => c.kind === 'weakening').length,
            changes: changes.length,
            configSource: own ? record.source : 'n/a',
        }, held.length);
    },
});


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

/***/ 16468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ defineCheck)
/* harmony export */ });
function defineCheck(def) {
    return def;
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


/***/ }),

/***/ 39409:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gp: () => (/* binding */ xyChart)
/* harmony export */ });
/* unused harmony exports uniqueLabels, yRange */
/**
 * Mermaid `xychart-beta` charts, which GitHub renders in Markdown (job summaries, comments,
 * files). Labels and titles are quoted; values must be plain numbers, so gaps are left out.
 */
const quote = (s) => `"${s.replace(/["\\]/g, '').replace(/\s+/g, ' ').slice(0, 80)}"`;
function num(n) {
    return String(Math.round(n * 10_000) / 10_000);
}
/** Labels made unique (Mermaid merges equal categories): `03-07`, `03-07\u00b72`. */
function uniqueLabels(labels) {
    const seen = new Map();
    return labels.map((l) => {
        const n = (seen.get(l) ?? 0) + 1;
        seen.set(l, n);
        return n === 1 ? l : `${l}\u00b7${n}`;
    });
}
/** A y range with some air around the values, so a flat line is not drawn on the frame. */
function yRange(values, floor, ceil) {
    if (floor !== undefined && ceil !== undefined)
        return [floor, ceil];
    let lo = Math.min(...values);
    let hi = Math.max(...values);
    const pad = hi === lo ? Math.abs(hi) * 0.1 || 1 : (hi - lo) * 0.1;
    lo = floor ?? lo - pad;
    hi = ceil ?? hi + pad;
    return [lo, hi];
}
function xyChart(c) {
    const [lo, hi] = yRange(c.values, c.yMin, c.yMax);
    return [
        '```mermaid',
        'xychart-beta',
        `  title ${quote(c.title)}`,
        `  x-axis [${uniqueLabels(c.labels).map(quote).join(', ')}]`,
        `  y-axis ${quote(c.yLabel)} ${num(lo)} --> ${num(hi)}`,
        `  ${c.bar ? 'bar' : 'line'} [${c.values.map(num).join(', ')}]`,
        '```',
    ].join('\n');
}


/***/ })

};
