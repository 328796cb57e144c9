export const id = 315;
export const ids = [315];
export const modules = {

/***/ 82315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDependencies: () => (/* binding */ runDependencies)
});

// EXTERNAL MODULE: ./src/change/pathspec.ts
var pathspec = __webpack_require__(79750);
// EXTERNAL MODULE: ./src/checks/changeRange.ts
var changeRange = __webpack_require__(79792);
// EXTERNAL MODULE: ./src/checks/dependencies/sources.ts
var sources = __webpack_require__(16717);
;// CONCATENATED MODULE: ./src/checks/dependencies/versions.ts
const PRE = ['dev', 'alpha', 'a', 'beta', 'b', 'pre', 'preview', 'rc', 'c'];
function tokens(v) {
    const core = v
        .trim()
        .replace(/^[v=]+/i, '')
        .split('+')[0];
    return (core.match(/\d+|[A-Za-z]+/g) ?? []).map((t) => (/^\d+$/.test(t) ? Number(t) : t.toLowerCase()));
}
/**
 * A version of numbers only (`1.2.3`), what nearly every lockfile entry holds, each short enough
 * to read exactly digit by digit: ordered in place, without taking it apart into tokens.
 */
const PLAIN = /^\d{1,15}(?:\.\d{1,15})*$/;
/** The number of a plain version starting at `at`, and where it ends. */
function numberAt(v, at) {
    let n = 0;
    let i = at;
    for (; i < v.length; i++) {
        const c = v.charCodeAt(i);
        if (c === 0x2e /* . */)
            break;
        n = n * 10 + (c - 0x30);
    }
    return [n, i];
}
/** `compareVersions` of two plain versions: number by number, a missing one below any. */
function comparePlain(a, b) {
    let i = 0;
    let j = 0;
    for (;;) {
        if (i >= a.length)
            return j >= b.length ? 0 : -1;
        if (j >= b.length)
            return 1;
        const [x, ni] = numberAt(a, i);
        const [y, nj] = numberAt(b, j);
        if (x !== y)
            return x < y ? -1 : 1;
        i = ni + 1;
        j = nj + 1;
    }
}
/**
 * Orders versions of every ecosystem read here well enough to tell an upgrade from a downgrade:
 * numeric parts numerically, pre-releases (dev, alpha, beta, rc) before the release, post-releases
 * after it; build metadata ignored. Semver, PEP 440, Go and Ruby versions all fit.
 */
function compareVersions(a, b) {
    if (PLAIN.test(a) && PLAIN.test(b))
        return comparePlain(a, b);
    const x = tokens(a);
    const y = tokens(b);
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
        const p = x[i];
        const q = y[i];
        if (p === q)
            continue;
        if (p === undefined)
            return typeof q === 'string' && PRE.includes(q) ? 1 : -1;
        if (q === undefined)
            return typeof p === 'string' && PRE.includes(p) ? -1 : 1;
        if (typeof p === 'number' && typeof q === 'number')
            return p < q ? -1 : 1;
        if (typeof p === 'number')
            return 1;
        if (typeof q === 'number')
            return -1;
        const ip = PRE.indexOf(p);
        const iq = PRE.indexOf(q);
        if (ip !== -1 && iq !== -1)
            return ip < iq ? -1 : 1;
        return p < q ? -1 : 1;
    }
    return 0;
}
/**
 * The version a requirement starts from, to order two requirements: the highest lower bound
 * (`>=0.141,<1.0` \u2192 `0.141`, `^1.2.3` \u2192 `1.2.3`); upper bounds and exclusions only when there
 * is nothing else.
 */
function firstVersion(spec) {
    // A plain version (what lockfiles hold) is its own start.
    if (/^v?\d+(?:\.\d+)*$/.test(spec))
        return spec;
    const version = (s) => /\d+(?:\.\d+)*(?:[-.]?[A-Za-z]+\d*)?/.exec(s)?.[0];
    // `a || b`: the lowest start of the alternatives.
    const alternatives = spec.split('||').map((alt) => {
        const lower = alt
            .split(/,|\s+(?=[<>=!~^])/)
            .map((p) => p.trim())
            .filter((p) => p && !/^(?:<|!=)/.test(p))
            .map(version)
            .filter((v) => v !== undefined);
        return lower.length ? lower.reduce((a, b) => (compareVersions(a, b) >= 0 ? a : b)) : version(alt);
    });
    const found = alternatives.filter((v) => v !== undefined);
    return found.length ? found.reduce((a, b) => (compareVersions(a, b) <= 0 ? a : b)) : undefined;
}
const SHA = /[0-9a-f]{40}/i;
/** Whether a declared requirement names exactly one version (or an immutable source). */
function isPinned(ecosystem, spec) {
    const s = spec.trim();
    switch (ecosystem) {
        case 'npm': {
            if (/^(?:file|link|workspace|portal):/.test(s))
                return true;
            if (/^(?:git|github|https?):|\.git|^[\w-]+\/[\w.-]+(?:#|$)/.test(s))
                return SHA.test(s.split('#')[1] ?? '');
            const v = s.startsWith('npm:') ? s.slice(s.lastIndexOf('@') + 1) : s;
            return /^=?v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(v);
        }
        case 'pypi':
            if (s.startsWith('@'))
                return SHA.test(s);
            // `==1.2.3` or `===1.2.3` alone; Poetry's bare `1.2.3` is exact too.
            return /^(?:===?\s*)?v?\d+(?:\.\d+)*(?:[A-Za-z0-9.+-]*)$/.test(s) && !s.includes('*');
        case 'go':
            return true;
        case 'cargo':
            if (/^(?:path|workspace)\b/.test(s))
                return true;
            if (/^git\b/.test(s))
                return SHA.test(s);
            // A bare "1.2.3" in Cargo means ^1.2.3; only "=1.2.3" is exact.
            return /^=\s*\d+\.\d+\.\d+/.test(s);
        case 'rubygems':
            return /^=\s*\d/.test(s) || /^\d+(?:\.\d+)*$/.test(s);
    }
}
/**
 * Whether an upgrade crosses a major version: the first number grows, or, below 1.0, the
 * second (a 0.x minor may break, as Cargo's and npm's caret ranges assume).
 */
function crossesMajor(from, to) {
    if (PLAIN.test(from) && PLAIN.test(to)) {
        const [x0, i] = numberAt(from, 0);
        const [y0, j] = numberAt(to, 0);
        if (y0 !== x0)
            return y0 > x0;
        return (x0 === 0 &&
            (j < to.length ? numberAt(to, j + 1)[0] : 0) > (i < from.length ? numberAt(from, i + 1)[0] : 0));
    }
    if (/[:/#]/.test(from) || /[:/#]/.test(to))
        return false;
    const a = firstVersion(from);
    const b = firstVersion(to);
    if (!a || !b)
        return false;
    const x = (a.match(/\d+/g) ?? []).map(Number);
    const y = (b.match(/\d+/g) ?? []).map(Number);
    const [x0 = 0, x1 = 0] = x;
    const [y0 = 0, y1 = 0] = y;
    if (y0 !== x0)
        return y0 > x0;
    return x0 === 0 && y1 > x1;
}

;// CONCATENATED MODULE: ./src/checks/dependencies/diff.ts


/**
 * Public registries every lockfile may use: a package from one of them is never "from a new
 * registry", even in a lockfile the change adds.
 */
const PUBLIC_REGISTRIES = new Set(['registry.npmjs.org', 'pypi.org', 'crates.io', 'rubygems.org']);
const add = (e, d) => e === undefined ? d : Array.isArray(e) ? (e.push(d), e) : [e, d];
/**
 * Both sides' entries by name, in one table: a large lockfile has thousands of names, and each
 * is looked up once per entry rather than grouped per side and looked up again across.
 */
function pairs(base, head) {
    const byName = new Map();
    const out = [];
    for (const d of base) {
        const p = byName.get(d.name);
        if (p)
            p.base = add(p.base, d);
        else {
            const fresh = { name: d.name, base: d, head: undefined };
            byName.set(d.name, fresh);
            out.push(fresh);
        }
    }
    for (const d of head) {
        const p = byName.get(d.name);
        if (p)
            p.head = add(p.head, d);
        else {
            const fresh = { name: d.name, base: undefined, head: d };
            byName.set(d.name, fresh);
            out.push(fresh);
        }
    }
    return out;
}
const listOf = (e) => (e === undefined ? [] : Array.isArray(e) ? e : [e]);
/** Orders two versions or requirements; undefined when they cannot be ordered. */
function order(a, b) {
    // A git ref, a URL or a path holds digits that are no version.
    if (/[:/#]/.test(a) || /[:/#]/.test(b))
        return undefined;
    const x = firstVersion(a);
    const y = firstVersion(b);
    return x && y ? compareVersions(x, y) : undefined;
}
const sorted = (s) => (s.size === 1 ? [...s] : [...s].sort(compareVersions));
const list = (s) => sorted(s).join(', ');
const highest = (s) => sorted(s).pop() ?? '';
/** A folder of the repository (a workspace package, a local path): not an archive. */
const isLocal = (s) => (s.kind === 'file' || s.kind === 'link') && !(0,sources/* riskyWhenAdded */.ZA)(s);
function movedTo(hs, bs, knownHost) {
    const known = bs.filter((b) => b.source);
    for (const d of hs) {
        const source = d.source;
        if (!source)
            continue;
        if (bs.length === 0) {
            const newHost = source.kind === 'registry' && source.where !== '' && !knownHost(source.where);
            if (!d.local && ((0,sources/* riskyWhenAdded */.ZA)(source) || newHost))
                return { version: d.version, to: source, at: d };
            continue;
        }
        if (!known.length || known.some((b) => (0,sources/* sameSource */.eP)(b.source, source)))
            continue;
        // From one folder of the repository to another: code in this diff either way.
        if (isLocal(source) && known.every((b) => isLocal(b.source)))
            continue;
        return { version: d.version, from: known[0].source, to: source, at: d };
    }
    return undefined;
}
/** Which digest of the same version differs between two entries, if any. */
function digestConflict(a, b) {
    if (a.digests && b.digests)
        for (const [k, v] of Object.entries(b.digests))
            if (Object.hasOwn(a.digests, k) && a.digests[k] !== v)
                return k;
    if (a.hashes?.length && b.hashes?.length && !b.hashes.some((h) => a.hashes.includes(h)))
        return 'hashes';
    return undefined;
}
function tamperedIn(hs, bs) {
    for (const d of hs)
        for (const b of bs) {
            if (b.version !== d.version)
                continue;
            // Another source is reported as a move; digests of two places do not compare.
            if (d.source && b.source && !(0,sources/* sameSource */.eP)(d.source, b.source))
                continue;
            const what = digestConflict(b, d);
            if (what)
                return { version: d.version, what, at: d };
        }
    return undefined;
}
function scriptsGained(hs, bs) {
    if (bs.some((b) => b.installScript))
        return undefined;
    return hs.find((h) => h.installScript);
}
/** Two entries of one name read from the same values (see `Dependency.sameAs`). */
const alike = (a, b) => a.version === b.version && a.sameAs?.(b) === true;
/**
 * Whether a name's entries are the same in base and head, entry for entry: then no version
 * changed, and every entry of head meets its twin of base with the same source, digests and
 * install scripts, so there is nothing to find and neither side's sources or digests are read.
 * Two entries of one version that differ within a side would still be compared with each other
 * (as a rewritten digest), so such a name takes the full comparison.
 */
function unchanged(h, b) {
    if (b === undefined)
        return false;
    if (!Array.isArray(h) || !Array.isArray(b))
        return !Array.isArray(h) && !Array.isArray(b) && alike(h, b);
    const hs = h;
    const bs = b;
    if (hs.length !== bs.length)
        return false;
    for (let i = 0; i < hs.length; i++)
        if (!alike(hs[i], bs[i]))
            return false;
    for (let i = 1; i < hs.length; i++)
        for (let j = 0; j < i; j++)
            if (hs[i].version === hs[j].version && !alike(hs[i], hs[j]))
                return false;
    return true;
}
const byName = (x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0);
/**
 * What changed between two parses of one dependency file: versions, and where a version's code
 * comes from. One pass over each side, grouped by name (linear in the packages); a name whose
 * entries are alike on both sides is passed over without reading them further.
 */
async function diffDeps(base, head, pace) {
    const table = pairs(base, head);
    // The registries base uses: read only for a package added from a registry not public.
    let hosts;
    const knownHost = (where) => {
        if (PUBLIC_REGISTRIES.has(where))
            return true;
        if (!hosts) {
            hosts = new Set();
            for (const d of base)
                if (d.source?.kind === 'registry' && d.source.where)
                    hosts.add(d.source.where);
        }
        return hosts.has(where);
    };
    const out = [];
    for (const { name, base: had, head: entries } of table) {
        if (entries === undefined) {
            if (pace.due())
                await pace.turn();
            const bs = listOf(had);
            if (bs.every((d) => d.local))
                continue;
            out.push({
                name,
                kind: 'removed',
                from: list(new Set(bs.map((d) => d.version))),
                direct: bs.some((d) => d.direct),
            });
            continue;
        }
        // A package costs what a few dozen lines of a lockfile do.
        if (pace.due(20))
            await pace.turn();
        if (unchanged(entries, had))
            continue;
        const hs = listOf(entries);
        const bs = listOf(had);
        if (hs.every((d) => d.local) && bs.every((d) => d.local))
            continue;
        const first = hs[0];
        const to = new Set(hs.map((d) => d.version));
        const from = new Set(bs.map((d) => d.version));
        let kind;
        if (bs.length === 0)
            kind = 'added';
        else {
            const gone = [...from].filter((v) => !to.has(v));
            const fresh = [...to].filter((v) => !from.has(v));
            if (gone.length || fresh.length) {
                kind = 'changed';
                if (gone.length && fresh.length) {
                    const cmp = gone.flatMap((g) => fresh.map((f) => order(g, f)));
                    if (cmp.every((c) => c !== undefined && c < 0))
                        kind = 'upgraded';
                    else if (cmp.every((c) => c !== undefined && c > 0))
                        kind = 'downgraded';
                }
            }
        }
        const moved = movedTo(hs, bs, knownHost);
        const tampered = tamperedIn(hs, bs);
        const installScript = scriptsGained(hs, bs);
        if (!kind && !moved && !tampered && !installScript)
            continue;
        // Lines only now, for what is reported: a JSON lockfile finds them in a pass over its text.
        for (const d of [first, moved?.at, tampered?.at, installScript]) {
            const finding = d?.findLine?.(pace);
            if (finding)
                await finding;
        }
        out.push({
            name,
            kind: kind ?? 'changed',
            ...(bs.length ? { from: list(from) } : {}),
            to: list(to),
            direct: hs.some((d) => d.direct) || bs.some((d) => d.direct),
            line: first.line,
            spec: first.spec ?? first.version,
            ...(kind === 'upgraded' && crossesMajor(highest(from), highest(to)) ? { major: true } : {}),
            ...(moved
                ? {
                    moved: {
                        version: moved.version,
                        ...(moved.from ? { from: moved.from } : {}),
                        to: moved.to,
                        line: moved.at.line,
                    },
                }
                : {}),
            ...(tampered
                ? { tampered: { version: tampered.version, what: tampered.what, line: tampered.at.line } }
                : {}),
            ...(installScript
                ? { installScript: { version: installScript.version, line: installScript.line } }
                : {}),
        });
    }
    return out.sort(byName);
}
/** Directives of head that base did not have with the same value. */
function diffDirectives(base, head) {
    const before = new Map();
    for (const d of base) {
        const values = before.get(d.key);
        if (values)
            values.add(d.value);
        else
            before.set(d.key, new Set([d.value]));
    }
    const out = [];
    for (const d of head) {
        const values = before.get(d.key);
        if (values?.has(d.value))
            continue;
        out.push(values ? { ...d, was: [...values][0] } : d);
    }
    return out;
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/checks/secrets/shapes.ts
var shapes = __webpack_require__(46445);
// EXTERNAL MODULE: ./src/checks/dependencies/types.ts
var types = __webpack_require__(94370);
;// CONCATENATED MODULE: ./src/checks/dependencies/rules.ts





/** Notices of direct changes listed at most; the rest are in changes.json. */
const MAX_NOTICES = 100;
/** Findings of one rule listed at most; one more finding says how many were left out. */
const MAX_PER_RULE = 50;
/**
 * Credentials in git/registry URLs of a requirement (`user:pass@`, `?private_token=\u2026`) and
 * tokens of a known shape never reach a report.
 */
const clean = (s) => (s === undefined ? s : (0,shapes/* maskKnownTokens */.C)(s));
function describe(c) {
    const what = c.kind === 'added'
        ? `added ${c.to}`
        : c.kind === 'removed'
            ? `removed (was ${c.from})`
            : c.from === c.to
                ? `${c.to} resolved differently`
                : `${c.kind} ${c.from} \u2192 ${c.to}`;
    return `${c.direct ? 'direct' : 'transitive'} ${c.ecosystem} dependency ${c.name} ${clean(what)}`;
}
function denyMatcher(patterns) {
    const compiled = patterns.map((p) => {
        const m = /^([a-z]+):(.+)$/.exec(p);
        return { pattern: p, ecosystem: m?.[1], match: picomatch_default()(m ? m[2] : p, { nocase: true }) };
    });
    return (c) => compiled.find((d) => (!d.ecosystem || d.ecosystem === c.ecosystem) && d.match(c.name))?.pattern;
}
/**
 * Per package, the changes a finding goes on: the manifest's (the line a person edits) when a
 * manifest changed it, else each lockfile's. One package edited in package.json and in its
 * lockfile is one finding, on package.json.
 */
function placed(list) {
    const groups = new Map();
    for (const c of list) {
        const key = `${c.ecosystem}:${c.name}`;
        const g = groups.get(key);
        if (g)
            g.push(c);
        else
            groups.set(key, [c]);
    }
    const out = [];
    for (const g of groups.values()) {
        const manifests = g.filter((c) => c.manifest);
        out.push(...(manifests.length ? manifests : g));
    }
    return out;
}
/** A version worth naming before its source: not a spec that already says where (`link:../x`). */
const versionText = (v) => (v && !/[:/]/.test(v) ? `${v} ` : '');
const at = (file, line) => ({ file, ...(line ? { line } : {}) });
/** Turns the changes of every dependency file into findings, by the policy. */
async function judge(changes, directives, spec, pace) {
    const findings = [];
    let violations = 0;
    let severe = false;
    const left = new Map();
    /** Adds a finding of a rule, up to MAX_PER_RULE of them. */
    const report = (rule, f, counted) => {
        if (counted)
            violations++;
        const n = left.get(rule) ?? 0;
        if (n < MAX_PER_RULE)
            findings.push(f);
        left.set(rule, n + 1);
    };
    const more = (rule, level, what) => {
        const n = (left.get(rule) ?? 0) - MAX_PER_RULE;
        if (n > 0)
            findings.push({ level, message: `${n} more ${what} not listed (see changes.json)` });
    };
    const levelOf = (l) => (l === 'fail' ? 'failure' : 'warning');
    // Denied packages: always a failure, on the manifest line when a manifest named the package.
    const deniedOf = denyMatcher(spec.deny);
    for (const c of placed(changes.filter((c) => c.kind !== 'removed'))) {
        await pace.step();
        const pattern = deniedOf(c);
        if (!pattern)
            continue;
        severe = true;
        report('deny', {
            level: 'failure',
            message: `denied package: ${describe(c)} (matches deny "${pattern}")`,
            ...at(c.file, c.line),
        }, true);
    }
    more('deny', 'failure', 'denied package(s)');
    const newDirect = new Map();
    for (const c of changes) {
        if (c.kind !== 'added' || !c.direct)
            continue;
        const key = `${c.ecosystem}:${c.name}`;
        if (!newDirect.get(key)?.manifest)
            newDirect.set(key, c);
    }
    if (spec.maxNewDirect !== undefined && newDirect.size > spec.maxNewDirect) {
        const first = [...newDirect.values()][spec.maxNewDirect];
        report('maxNewDirect', {
            level: 'failure',
            message: `${newDirect.size} new direct dependencies, at most ${spec.maxNewDirect} allowed: ${[...newDirect.values()].map((c) => c.name).join(', ')}`,
            ...at(first.file, first.line),
        }, true);
    }
    if (spec.requirePinned) {
        for (const c of changes) {
            if (!c.direct ||
                c.kind === 'removed' ||
                !c.spec ||
                (!c.manifest && c.spec === c.to) ||
                isPinned(c.ecosystem, c.spec))
                continue;
            report('requirePinned', {
                level: 'failure',
                message: `${c.name} "${clean(c.spec)}" is not pinned to one version (${c.file})`,
                ...at(c.file, c.line),
            }, true);
        }
        more('requirePinned', 'failure', 'unpinned requirement(s)');
    }
    const allowed = spec.allowSources.length
        ? picomatch_default()(spec.allowSources, { nocase: true, dot: true })
        : undefined;
    const isAllowed = (where) => !!(allowed && where && allowed(where));
    let installScripts = 0;
    let sourceChanges = 0;
    let integrityChanges = 0;
    if (spec.installScripts !== 'ignore') {
        const level = levelOf(spec.installScripts);
        const counted = spec.installScripts === 'fail';
        for (const d of directives) {
            if (d.rule !== 'installScripts')
                continue;
            installScripts++;
            report('installScripts', {
                level,
                message: `${d.was === undefined ? 'new' : 'changed'} ${clean(d.text)}${d.was === undefined ? '' : ` (was ${clean((0,types/* oneLine */.TN)(d.was))})`} \u2014 it runs on every install`,
                ...at(d.file, d.line),
            }, counted);
        }
        for (const c of changes) {
            await pace.step();
            if (!c.installScript)
                continue;
            installScripts++;
            report('installScripts', {
                level,
                message: `${c.ecosystem} package ${c.name} ${clean(c.installScript.version)} runs an install script (${c.kind === 'added' ? 'new package' : 'base had none'})`,
                ...at(c.file, c.installScript.line ?? c.line),
            }, counted);
        }
        more('installScripts', level, 'install script finding(s)');
    }
    if (spec.sources !== 'ignore') {
        const level = levelOf(spec.sources);
        const counted = spec.sources === 'fail';
        for (const d of directives) {
            if (d.rule !== 'sources')
                continue;
            if (isAllowed(d.where)) {
                findings.push({
                    level: 'notice',
                    message: `${clean(d.text)} (allowed by allowSources)`,
                    ...at(d.file, d.line),
                });
                continue;
            }
            sourceChanges++;
            report('sources', {
                level,
                message: `${d.was === undefined ? 'new' : 'changed'} ${clean(d.text)}${d.was === undefined ? '' : ` (was ${clean((0,types/* oneLine */.TN)(d.was))})`} \u2014 packages may come from elsewhere than before`,
                ...at(d.file, d.line),
            }, counted);
        }
        for (const c of placed(changes.filter((c) => c.moved))) {
            await pace.step();
            const m = c.moved;
            if (isAllowed(m.to.where)) {
                findings.push({
                    level: 'notice',
                    message: `${c.ecosystem} package ${c.name} comes from ${clean((0,sources/* describeSource */.B6)(m.to))} (allowed by allowSources)`,
                    ...at(c.file, m.line ?? c.line),
                });
                continue;
            }
            sourceChanges++;
            const what = m.from
                ? `now comes from ${(0,sources/* describeSource */.B6)(m.to)} (was ${(0,sources/* describeSource */.B6)(m.from)})`
                : `comes from ${(0,sources/* describeSource */.B6)(m.to)} (new package)`;
            report('sources', {
                level,
                message: `source changed: ${c.ecosystem} package ${c.name} ${clean(`${versionText(m.version)}${what}`)}`,
                ...at(c.file, m.line ?? c.line),
            }, counted);
        }
        for (const c of changes) {
            await pace.step();
            if (!c.tampered)
                continue;
            integrityChanges++;
            if (counted)
                severe = true;
            report('sources', {
                level,
                message: `integrity changed: ${c.ecosystem} package ${c.name} ${clean(c.tampered.version)} has another ${clean(c.tampered.what)} digest than in base with the same version: the lockfile points to other code`,
                ...at(c.file, c.tampered.line ?? c.line),
            }, counted);
        }
        more('sources', level, 'source finding(s)');
    }
    let majorUpgrades = 0;
    if (spec.majorUpgrades !== 'ignore') {
        const level = levelOf(spec.majorUpgrades);
        for (const c of placed(changes.filter((c) => c.major && c.direct))) {
            majorUpgrades++;
            report('majorUpgrades', { level, message: `major upgrade: ${describe(c)}`, ...at(c.file, c.line) }, spec.majorUpgrades === 'fail');
        }
        more('majorUpgrades', level, 'major upgrade(s)');
    }
    if (spec.downgrades !== 'ignore') {
        const level = levelOf(spec.downgrades);
        for (const c of changes)
            if (c.kind === 'downgraded')
                report('downgrades', { level, message: describe(c), ...at(c.file, c.line) }, spec.downgrades === 'fail');
        more('downgrades', level, 'downgrade(s)');
    }
    const notices = placed(changes.filter((c) => c.direct && c.kind !== 'downgraded'));
    for (const c of notices.slice(0, MAX_NOTICES))
        findings.push({ level: 'notice', message: describe(c), ...at(c.file, c.line) });
    const byFile = new Map();
    for (const c of changes) {
        if (c.direct)
            continue;
        const list = byFile.get(c.file);
        if (list)
            list.push(c);
        else
            byFile.set(c.file, [c]);
    }
    for (const [file, list] of byFile)
        findings.push({
            level: 'notice',
            message: `${file}: ${tally(list)} transitive package(s) (see changes.json)`,
            file,
        });
    return {
        findings,
        violations,
        severe,
        metrics: { newDirect: newDirect.size, installScripts, sourceChanges, integrityChanges, majorUpgrades },
    };
}
const KINDS = ['added', 'removed', 'upgraded', 'downgraded', 'changed'];
/** `2 added, 1 upgraded`: one pass over the list. */
function tally(list) {
    const n = new Map();
    for (const c of list)
        n.set(c.kind, (n.get(c.kind) ?? 0) + 1);
    return KINDS.filter((k) => n.get(k))
        .map((k) => `${n.get(k)} ${k}`)
        .join(', ');
}

;// CONCATENATED MODULE: ./src/checks/dependencies/evidence.ts


/**
 * Changes written to changes.json at most. A lockfile regenerated from scratch changes tens of
 * thousands of entries; written whole (pretty-printed, then redacted) that file alone took
 * seconds and megabytes of a bundle nobody reads to the end. What a finding names is always
 * kept; the rest fills up to the limit, and `omitted` says how many were left out.
 */
const MAX_EVIDENCE_CHANGES = 2_000;
const flagged = (c) => !!(c.moved || c.tampered || c.installScript || c.major || c.kind === 'downgraded');
function entry(c) {
    return {
        file: c.file,
        ecosystem: c.ecosystem,
        name: c.name,
        kind: c.kind,
        ...(c.from !== undefined ? { from: clean(c.from) } : {}),
        ...(c.to !== undefined ? { to: clean(c.to) } : {}),
        direct: c.direct,
        ...(c.line ? { line: c.line } : {}),
        ...(c.spec !== undefined && c.spec !== c.to ? { spec: clean(c.spec) } : {}),
        ...(c.major ? { major: true } : {}),
        ...(c.moved
            ? {
                moved: {
                    version: clean(c.moved.version),
                    ...(c.moved.from ? { from: clean((0,sources/* describeSource */.B6)(c.moved.from)) } : {}),
                    to: clean((0,sources/* describeSource */.B6)(c.moved.to)),
                },
            }
            : {}),
        ...(c.tampered
            ? { tampered: { version: clean(c.tampered.version), digest: clean(c.tampered.what) } }
            : {}),
        ...(c.installScript ? { installScript: { version: clean(c.installScript.version) } } : {}),
    };
}
/** What changes.json holds: the changes (bounded), the directives, what could not be read. */
async function changesEvidence(range, changes, directives, problems, pace) {
    let kept = changes;
    if (changes.length > MAX_EVIDENCE_CHANGES) {
        const keep = new Set();
        for (const c of changes)
            if (keep.size < MAX_EVIDENCE_CHANGES && flagged(c))
                keep.add(c);
        for (const c of changes)
            if (keep.size < MAX_EVIDENCE_CHANGES && c.direct)
                keep.add(c);
        for (const c of changes)
            if (keep.size < MAX_EVIDENCE_CHANGES)
                keep.add(c);
        kept = changes.filter((c) => keep.has(c));
    }
    const out = [];
    for (const c of kept) {
        await pace.step();
        out.push(entry(c));
    }
    return {
        range,
        changes: out,
        omitted: changes.length - kept.length,
        directives: directives.map((d) => ({
            file: d.file,
            ecosystem: d.ecosystem,
            rule: d.rule,
            text: clean(d.text),
            ...(d.was !== undefined ? { was: clean(d.was) } : {}),
            ...(d.line ? { line: d.line } : {}),
        })),
        problems,
    };
}

// EXTERNAL MODULE: ./src/checks/dependencies/json.ts
var json = __webpack_require__(94309);
// EXTERNAL MODULE: ./src/checks/dependencies/lockfiles.ts + 13 modules
var lockfiles = __webpack_require__(73449);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./src/checks/dependencies/pace.ts

/**
 * Gives the event loop a turn every so many units of work (lines, packages, changes), so a
 * lockfile of thousands of packages never holds it for long: other checks' timeouts and the
 * gate's own timers fire on time while this check reads. Counting units rather than time keeps
 * the slices the same on every machine. Once the check is aborted the next turn throws, so a
 * timed-out check stops reading instead of finishing unseen.
 */
class Pacer {
    signal;
    every;
    done = 0;
    /** Turns given so far (what the tests look at). */
    turns = 0;
    constructor(signal, 
    /** Units of work between two turns. */
    every = 2_000) {
        this.signal = signal;
        this.every = every;
    }
    /** Counts `units` of work; resolves after a turn of the event loop when a slice is full. */
    async step(units = 1) {
        if (this.due(units))
            await this.turn();
    }
    /**
     * Counts `units` of work; true when a slice is full and a turn is owed (`await pace.turn()`).
     * For loops over every entry of a large lockfile, where an `await` per entry costs more than
     * the entry's own work.
     */
    due(units = 1) {
        this.done += units;
        if (this.done < this.every)
            return false;
        this.done = 0;
        return true;
    }
    /** A turn of the event loop now (between files). */
    async turn() {
        this.turns++;
        await (0,promises_.setImmediate)();
        this.signal?.throwIfAborted();
    }
}

;// CONCATENATED MODULE: ./src/checks/dependencies/run.ts








/** What a dependencies check does when it runs (src/checks/dependencies/dependencies.ts is its type). */
async function runDependencies(spec, ctx) {
    const got = await (0,changeRange/* changeFor */.WK)(ctx);
    if (got.outcome)
        return got.outcome;
    const { change, range } = got;
    const files = await change.files({
        paths: spec.paths.length || spec.exclude.length ? (0,pathspec/* globPathspecs */.c)(spec.paths, spec.exclude) : undefined,
        signal: ctx.signal,
    });
    const pace = new Pacer(ctx.signal);
    const changes = [];
    const directives = [];
    const problems = [];
    let read = 0;
    for (const f of files) {
        const type = (0,lockfiles.depFileType)(f.path);
        if (!type)
            continue;
        read++;
        // Each file is its own slice of work: other checks run between two files.
        await pace.turn();
        const parse = async (rev, path, side) => {
            const where = `${path} at ${side} (${rev.slice(0, 7)})`;
            let text;
            try {
                text = await change.read(rev, path, { signal: ctx.signal, maxBytes: json/* MAX_DEP_FILE_BYTES */.WV });
            }
            catch (err) {
                if (ctx.signal.aborted)
                    throw err;
                const message = err.message;
                problems.push(/printed more than/.test(message)
                    ? `${where}: larger than the ${json/* MAX_DEP_FILE_BYTES */.WV / 1024 / 1024} MiB this check reads of one file`
                    : `${where}: ${clean(message)}`);
                return { deps: [] };
            }
            if (text === undefined)
                return { deps: [] };
            return parseFile(type, text, pace, ctx.signal, (message) => 
            // A parser's message may quote the file (Node's JSON errors do): masked like the rest.
            problems.push(`${where}: ${clean(message)}`));
        };
        const before = f.status === 'A' ? { deps: [] } : await parse(range.base, f.oldPath ?? f.path, 'base');
        const after = f.status === 'D' ? { deps: [] } : await parse(range.head, f.path, 'head');
        const common = { file: f.path, ecosystem: type.ecosystem };
        for (const d of await diffDeps(before.deps, after.deps, pace))
            changes.push({ ...d, ...common, manifest: type.kind === 'manifest' });
        for (const d of diffDirectives(before.directives ?? [], after.directives ?? []))
            directives.push({ ...d, ...common });
    }
    const evidence = await changesEvidence((0,changeRange/* rangeLabel */.QT)(range), changes, directives, problems, pace);
    await ctx.evidence.write('changes.json', evidence);
    const judged = await judge(changes, directives, spec, pace);
    const { findings, violations } = judged;
    const counts = new Map();
    for (const c of changes)
        counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
    const count = (k) => counts.get(k) ?? 0;
    const metrics = {
        ...(0,changeRange/* rangeMetrics */.lB)(range),
        dependencyFiles: read,
        changes: changes.length,
        added: count('added'),
        removed: count('removed'),
        upgraded: count('upgraded'),
        downgraded: count('downgraded'),
        changed: count('changed'),
        ...judged.metrics,
        directives: directives.length,
        evidenceOmitted: evidence.omitted,
        violations,
    };
    for (const p of problems)
        findings.unshift({ level: 'failure', message: `cannot parse ${p}` });
    if (problems.length)
        return {
            status: 'error',
            summary: `cannot read ${problems.length} dependency file(s): ${problems[0]}`,
            findings,
            metrics,
        };
    if (changes.length === 0 && directives.length === 0)
        return {
            status: 'pass',
            summary: `no dependency changes in ${(0,changeRange/* rangeLabel */.QT)(range)} (${read} dependency file(s) touched)`,
            metrics,
        };
    const fileCount = new Set([...changes.map((c) => c.file), ...directives.map((d) => d.file)]).size;
    const what = [
        changes.length ? `${changes.length} dependency change(s)` : '',
        directives.length ? `${directives.length} setting(s) of dependency files` : '',
    ]
        .filter(Boolean)
        .join(' and ');
    const detail = `${what} in ${fileCount} file(s)${changes.length ? `: ${tally(changes)}` : ''}`;
    if (violations > 0) {
        const first = findings.find((f) => f.level === 'failure');
        return {
            status: 'fail',
            score: judged.severe ? 1 : 2,
            summary: `${violations} policy violation(s), first: ${first.message}; ${detail}`,
            findings,
            metrics,
        };
    }
    // Any change is worth a look (4), never a pass.
    return {
        status: 'warn',
        score: 4,
        summary: `${detail} \u2014 review for supply-chain risk`,
        findings,
        metrics,
    };
}
/** Parses one revision of a file; a file that cannot be read is a problem, never an empty one. */
async function parseFile(type, text, pace, signal, problem) {
    try {
        return await type.parse(text, pace);
    }
    catch (err) {
        if (signal.aborted)
            throw err;
        problem(err.message);
        return { deps: [] };
    }
}


/***/ }),

/***/ 46445:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ maskKnownTokens),
/* harmony export */   k: () => (/* binding */ knownTokenSpans)
/* harmony export */ });
/* harmony import */ var _core_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8670);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12123);
/* harmony import */ var _scanner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42817);



/**
 * The secret rule set turned on outputs: spans of text that hold a token of a known kind
 * (GitHub, Slack, cloud keys, private keys\u2026), so a token is masked wherever it shows up \u2014 in a
 * route path, a dependency URL, a response body \u2014 even when the secrets check never saw it
 * (it reads only the lines a change added). The same keyword automaton as the diff scan keeps
 * this to one table lookup per character for text without any keyword.
 */
/** A private key block: everything between its markers (or to the end, when it was cut). */
const PEM_BEGIN = /-----BEGIN[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----/g;
const PEM_END = /-----END[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----/g;
/** Key material (and its headers, escaped newlines, quotes) when no END marker follows. */
const PEM_BODY = /(?:[A-Za-z0-9+/=:,"'`-]|\\[rn]|\s)+/y;
let scanner;
const found = [];
/** Line numbers only keep the scanner's per-line bookkeeping apart; they never show. */
let lineNo = 0;
function keySpans(text, out) {
    for (const m of text.matchAll(PEM_BEGIN)) {
        const start = m.index + m[0].length;
        PEM_END.lastIndex = start;
        const end = PEM_END.exec(text);
        if (end) {
            out.push([start, end.index]);
            continue;
        }
        PEM_BODY.lastIndex = start;
        if (!PEM_BODY.test(text))
            continue;
        let stop = PEM_BODY.lastIndex;
        while (stop > start && /\s/.test(text[stop - 1]))
            stop--;
        out.push([start, stop]);
    }
}
/**
 * Spans of `text` that hold a token of a shape the secret rules know, appended to `out` (a new
 * list unless given).
 */
function knownTokenSpans(text, out = []) {
    if (text.length < 8)
        return out;
    if (text.includes('PRIVATE KEY'))
        keySpans(text, out);
    scanner ??= new _scanner_js__WEBPACK_IMPORTED_MODULE_2__/* .SecretScanner */ .Jq({ rules: _rules_js__WEBPACK_IMPORTED_MODULE_1__/* .RULES */ .y }, (hit) => void found.push(hit.secret));
    // Outputs are mostly long texts of many lines (evidence, reports) with no keyword at all.
    if (!scanner.mayHit(text))
        return out;
    for (let start = 0; start < text.length;) {
        let end = text.indexOf('\n', start);
        if (end < 0)
            end = text.length;
        const line = text.slice(start, end);
        found.length = 0;
        scanner.line('output', ++lineNo, line, 0);
        for (const secret of found)
            for (let i = line.indexOf(secret); i >= 0; i = line.indexOf(secret, i + secret.length))
                out.push([start + i, start + i + secret.length]);
        start = end + 1;
    }
    scanner.flush();
    found.length = 0;
    return out;
}
/**
 * Masks tokens of a known shape and URL credentials in a text a check writes from code it read
 * (a route path, a requirement's URL), so its own findings and evidence hold none even before
 * the gate's redaction.
 */
function maskKnownTokens(text) {
    return (0,_core_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .maskUrlCredentials */ .gn)((0,_core_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .maskSpans */ .ep)(text, knownTokenSpans(text)));
}


/***/ })

};
