export const id = 9670;
export const ids = [9670];
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

/***/ 69670:
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
;// CONCATENATED MODULE: ./src/checks/dependencies/sources.ts
/**
 * Hosts that serve one registry under several names: a lockfile moving between them moves
 * nowhere (yarn writes registry.yarnpkg.com for npm's registry; Cargo's git and sparse indexes
 * are both crates.io; PyPI's files live on files.pythonhosted.org).
 */
const SAME_REGISTRY = new Map([
    ['registry.yarnpkg.com', 'registry.npmjs.org'],
    ['registry.npmjs.com', 'registry.npmjs.org'],
    ['github.com/rust-lang/crates.io-index', 'crates.io'],
    ['index.crates.io', 'crates.io'],
    ['static.crates.io', 'crates.io'],
    ['pypi.python.org', 'pypi.org'],
    ['files.pythonhosted.org', 'pypi.org'],
    ['index.rubygems.org', 'rubygems.org'],
]);
const registry = (where = '') => ({ kind: 'registry', where });
/** The host of a URL (lower case, with its port), without userinfo; undefined when it is none. */
function hostOf(url) {
    const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#@]*@)?([^/?#:]+)(:\d+)?/i.exec(url.trim());
    if (!m)
        return undefined;
    const host = m[1].toLowerCase() + (m[2] ?? '');
    return SAME_REGISTRY.get(host) ?? host;
}
/** `host/path` of a URL without userinfo, query, fragment, trailing slash or `.git`. */
function hostPath(url) {
    const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#@]*@)?([^/?#:]+)(?::\d+)?([^?#]*)/i.exec(url.trim());
    if (!m)
        return undefined;
    const path = m[2].replace(/\/+$/, '').replace(/\.git$/, '');
    return m[1].toLowerCase() + path;
}
/** A registry index URL (`https://pypi.example.com/simple/`) as a registry source. */
function registryAt(url) {
    const full = hostPath(url);
    const host = hostOf(url);
    return registry((full && SAME_REGISTRY.get(full)) ?? host ?? url);
}
const GIT_HOSTS = new Map([
    ['github', 'github.com'],
    ['gitlab', 'gitlab.com'],
    ['bitbucket', 'bitbucket.org'],
]);
/**
 * A git repository as `host/owner/repo`: `git+https://user@github.com/a/b.git#sha`,
 * `git@github.com:a/b.git`, `github:a/b#main` and npm's `a/b` shorthand alike.
 */
function gitWhere(spec) {
    let s = spec.trim().replace(/^git\+/, '');
    const short = /^(github|gitlab|bitbucket):([^#]+)/.exec(s);
    if (short)
        return `${GIT_HOSTS.get(short[1])}/${repoPath(short[2])}`;
    s = s.replace(/#.*$/, '');
    if (s.includes('://')) {
        const url = hostPath(s);
        if (url)
            return repoPath(url);
    }
    // scp-like `git@host:owner/repo.git`
    const scp = /^(?:[^@/:]+@)?([^/:@]+\.[^/:@]+):(.+)$/.exec(s);
    if (scp)
        return `${scp[1].toLowerCase()}/${repoPath(scp[2])}`;
    // npm's `owner/repo` shorthand
    return `github.com/${repoPath(s)}`;
}
/** A repository path without pip's `@ref`, `.git` or a trailing slash. */
function repoPath(p) {
    return p
        .replace(/@[^/]*$/, '')
        .replace(/\/+$/, '')
        .replace(/\.git$/, '');
}
const git = (spec) => ({ kind: 'git', where: gitWhere(spec) });
/** An archive of code rather than a directory: unreviewable in the diff when it is added. */
const ARCHIVE = /\.(?:tgz|tar\.gz|tar\.bz2|tar\.xz|tar|zip|whl|gem|crate|egg)$/i;
/** How a finding names a source. */
function describeSource(s) {
    switch (s.kind) {
        case 'registry':
            return s.where ? `registry ${s.where}` : 'the default registry';
        case 'git':
            return `git ${s.where}`;
        case 'url':
            return `URL host ${s.where}`;
        case 'file':
            return s.where ? `file ${s.where}` : 'a local path';
        case 'link':
            return `link ${s.where}`;
        case 'alias':
            return `alias of ${s.where}`;
    }
}
/** Whether two sources are the same place; a default registry matches any registry host. */
function sameSource(a, b) {
    if (a.kind !== b.kind)
        return false;
    if (a.kind === 'registry' && (!a.where || !b.where))
        return true;
    return a.where === b.where;
}
/**
 * Whether a package added from this source is worth a look on its own: code from a git
 * repository, an arbitrary URL, or an archive file is not what a registry vetted and published.
 * A local directory (a workspace package) is code in this very diff.
 */
function riskyWhenAdded(s) {
    return s.kind === 'git' || s.kind === 'url' || (s.kind === 'file' && ARCHIVE.test(s.where));
}
/**
 * An npm-style dependency spec (package.json, pnpm importers, yarn descriptors) as a source:
 * a semver range is the default registry.
 */
function npmSpecSource(spec) {
    const s = spec.trim();
    if (s.startsWith('npm:')) {
        const target = s.slice(4);
        const at = target.lastIndexOf('@');
        return { kind: 'alias', where: at > 0 ? target.slice(0, at) : target };
    }
    if (/^(?:file):/.test(s))
        return { kind: 'file', where: s.slice(5) };
    if (/^(?:link|portal):/.test(s))
        return { kind: 'link', where: s.slice(s.indexOf(':') + 1) };
    if (/^workspace:/.test(s))
        return { kind: 'link', where: 'workspace' };
    if (/^(?:git\+|git:|github:|gitlab:|bitbucket:)|^[^@:/\s]+@[^:/\s]+:|\.git(?:#|$)/.test(s))
        return git(s);
    if (/^https?:\/\//i.test(s)) {
        if (/^https?:\/\/(?:www\.)?(?:github|gitlab)\.com\/[^/]+\/[^/#]+(?:#|$)/i.test(s))
            return git(s);
        return { kind: 'url', where: hostOf(s) ?? s };
    }
    // `owner/repo` or `owner/repo#ref`: GitHub.
    if (/^[\w.-]+\/[\w.-]+(?:#.*)?$/.test(s))
        return git(s);
    if (/^(?:\.{0,2}\/|~\/)/.test(s))
        return { kind: 'file', where: s };
    return registry();
}
/**
 * An npm lockfile's `resolved` value: a tarball under `/-/` of a registry is that registry
 * (any host), other https URLs are URLs, `git+\u2026` is git, `file:` local.
 */
function npmResolvedSource(resolved) {
    const r = resolved.trim();
    if (/^(?:git\+|git:|ssh:)/.test(r))
        return git(r);
    if (/^file:/.test(r))
        return { kind: 'file', where: r.slice(5) };
    if (/^https?:\/\//i.test(r)) {
        if (/^https?:\/\/codeload\.github\.com\//i.test(r) || /\/archive\//.test(r))
            return { kind: 'url', where: hostOf(r) };
        if (/\/-\/[^/]+\.tgz(?:[?#].*)?$/.test(r))
            return registry(hostOf(r));
        return { kind: 'url', where: hostOf(r) ?? r };
    }
    return /^(?:\.{0,2}\/|~\/)|\//.test(r) ? { kind: 'file', where: r } : undefined;
}
/**
 * A registry tarball names its package and version (`\u2026/@s/a/-/a-1.2.3.tgz`). A lockfile entry
 * whose tarball names another package, or another version, gets other code than it says: the
 * package it points to (an alias), so the change shows as a move. Undefined when it agrees.
 */
function tarballMismatch(resolved, name, version) {
    const m = /^https?:\/\/[^/]+(\/[^?#]*)\/-\/([^?#]+)\.tgz(?:[?#].*)?$/i.exec(resolved.trim());
    if (!m)
        return undefined;
    let path;
    let file;
    try {
        path = decodeURIComponent(m[1]);
        file = decodeURIComponent(m[2]);
    }
    catch {
        return { kind: 'url', where: hostOf(resolved) ?? '' };
    }
    file = file.slice(file.lastIndexOf('/') + 1);
    const unscoped = name.slice(name.lastIndexOf('/') + 1);
    if (!path.endsWith(`/${name}`)) {
        const parts = path.split('/');
        const last = parts.pop() ?? '';
        const scope = parts.pop() ?? '';
        return { kind: 'alias', where: scope.startsWith('@') ? `${scope}/${last}` : last };
    }
    if (/^\d/.test(version) && file !== `${unscoped}-${version}`)
        return { kind: 'alias', where: `${name}@${file.slice(unscoped.length + 1)}` };
    return undefined;
}

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
const isLocal = (s) => (s.kind === 'file' || s.kind === 'link') && !riskyWhenAdded(s);
function movedTo(hs, bs, knownHost) {
    const known = bs.filter((b) => b.source);
    for (const d of hs) {
        const source = d.source;
        if (!source)
            continue;
        if (bs.length === 0) {
            const newHost = source.kind === 'registry' && source.where !== '' && !knownHost(source.where);
            if (!d.local && (riskyWhenAdded(source) || newHost))
                return { version: d.version, to: source, at: d };
            continue;
        }
        if (!known.length || known.some((b) => sameSource(b.source, source)))
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
            if (d.source && b.source && !sameSource(d.source, b.source))
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
                    message: `${c.ecosystem} package ${c.name} comes from ${clean(describeSource(m.to))} (allowed by allowSources)`,
                    ...at(c.file, m.line ?? c.line),
                });
                continue;
            }
            sourceChanges++;
            const what = m.from
                ? `now comes from ${describeSource(m.to)} (was ${describeSource(m.from)})`
                : `comes from ${describeSource(m.to)} (new package)`;
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
                    ...(c.moved.from ? { from: clean(describeSource(c.moved.from)) } : {}),
                    to: clean(describeSource(c.moved.to)),
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

;// CONCATENATED MODULE: ./src/checks/dependencies/json.ts
/** Largest dependency file read whole; a larger one is an error, never a file skipped. */
const MAX_DEP_FILE_BYTES = 32 * 1024 * 1024;
function json(text) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (err) {
        throw new Error(`not valid JSON: ${err.message}`);
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
        throw new Error('not a JSON object');
    return doc;
}
/** Separates the keys of a path in `jsonKeyLines`. */
const SEP = '\u0000';
/** Characters scanned between two pauses. */
const SLICE = 1 << 16;
/**
 * Lines of the object keys of a JSON text, by path (keys joined with SEP), down to `maxDepth`
 * levels: JSON.parse keeps no positions, and a finding names the line of its package. One pass
 * over a text JSON.parse accepted, strings skipped whole, whatever its layout (pretty-printed or
 * on one line). The first occurrence of a path wins. Yields after every slice of the text, for
 * the caller to pause at.
 */
function* scanKeyLines(text, maxDepth) {
    const out = new Map();
    const stack = [];
    // Strings, skipped whole, hold no line break (JSON has none unescaped): every one is seen here.
    let line = 1;
    /**
     * Nesting inside a value too deep for any of its keys to be kept (a package's entry in a
     * lockfile): only its brackets are counted, without frames, paths or keys.
     */
    let skipped = 0;
    let nextPause = SLICE;
    for (let i = 0; i < text.length; i++) {
        if (i >= nextPause) {
            nextPause = i + SLICE;
            yield;
        }
        const c = text.charCodeAt(i);
        if (c === 0x0a /* \n */)
            line++;
        else if (c === 0x22 /* " */) {
            let end = i + 1;
            for (;;) {
                end = text.indexOf('"', end);
                if (end < 0)
                    return out; // unterminated: JSON.parse has said so already
                let backslashes = 0;
                for (let k = end - 1; text.charCodeAt(k) === 0x5c; k--)
                    backslashes++;
                if (backslashes % 2 === 0)
                    break;
                end++;
            }
            const top = skipped ? undefined : stack[stack.length - 1];
            if (top?.object && top.expectKey) {
                const raw = text.slice(i + 1, end);
                const key = raw.includes('\\') ? JSON.parse(`"${raw}"`) : raw;
                top.key = key;
                top.expectKey = false;
                if (top.depth <= maxDepth) {
                    const path = top.path ? `${top.path}${SEP}${key}` : key;
                    if (!out.has(path))
                        out.set(path, line);
                }
            }
            i = end;
        }
        else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
            const top = stack[stack.length - 1];
            if (skipped || (top?.depth ?? 0) >= maxDepth) {
                skipped++;
                continue;
            }
            const name = top ? (top.object ? (top.key ?? '') : '[]') : '';
            stack.push({
                object: c === 0x7b,
                path: top ? (top.path ? `${top.path}${SEP}${name}` : name) : '',
                depth: (top?.depth ?? 0) + 1,
                key: undefined,
                expectKey: c === 0x7b,
            });
        }
        else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
            if (skipped)
                skipped--;
            else
                stack.pop();
        }
        else if (c === 0x2c /* , */ && !skipped) {
            const top = stack[stack.length - 1];
            if (top?.object)
                top.expectKey = true;
        }
    }
    return out;
}
/** `scanKeyLines`, pausing between slices. */
async function jsonKeyLines(text, maxDepth, pace) {
    const scan = scanKeyLines(text, maxDepth);
    for (;;) {
        const next = scan.next();
        if (next.done)
            return next.value;
        await pace.step(1_000);
    }
}
/** `scanKeyLines` at once, without pausing: for a few lines wanted now. */
function jsonKeyLinesNow(text, maxDepth) {
    const scan = scanKeyLines(text, maxDepth);
    let next = scan.next();
    while (!next.done)
        next = scan.next();
    return next.value;
}

// EXTERNAL MODULE: ./src/checks/dependencies/files.ts
var files = __webpack_require__(57892);
;// CONCATENATED MODULE: ./src/checks/dependencies/lockEntry.ts
/**
 * A lockfile entry whose source and digests are read when first asked for. Most entries of a
 * large lockfile are the same at base and head (`sameAs`), and the diff never asks for theirs:
 * reading every entry's URL and digests up front was most of what a parse cost.
 */
class LockEntry {
    name;
    version;
    direct;
    sourceRead = false;
    sourceValue;
    digestsRead = false;
    digestsValue;
    constructor(name, version, direct) {
        this.name = name;
        this.version = version;
        this.direct = direct;
    }
    get source() {
        if (!this.sourceRead) {
            this.sourceValue = this.readSource();
            this.sourceRead = true;
        }
        return this.sourceValue;
    }
    get digests() {
        if (!this.digestsRead) {
            this.digestsValue = this.readDigests();
            this.digestsRead = true;
        }
        return this.digestsValue;
    }
}

;// CONCATENATED MODULE: ./src/checks/dependencies/memberLines.ts

/** A key JSON.parse puts before the others, wherever it was written: an array index. */
function isIndex(key) {
    const c = key.charCodeAt(0);
    return c >= 0x30 && c <= 0x39 && /^(?:0|[1-9]\d*)$/.test(key) && Number(key) < 2 ** 32 - 1;
}
/**
 * One pass over a text JSON.parse accepted, strings skipped whole (they hold no line break):
 * the keys of the top object, and the lines of the keys of its `member` object. Deeper values
 * are only counted through. Yields after every slice of the text, for the caller to pause at.
 */
function* scanMemberKeys(text, member) {
    const lines = [];
    let objects = 0;
    let plain = true;
    let line = 1;
    let depth = 0;
    let topObject = false;
    let inMember = false;
    /** The next string is a key of the top object or of the member's. */
    let expectKey = false;
    let lastKey;
    let nextPause = SLICE;
    for (let i = 0; i < text.length; i++) {
        if (i >= nextPause) {
            nextPause = i + SLICE;
            yield;
        }
        const c = text.charCodeAt(i);
        if (c === 0x0a /* \n */)
            line++;
        else if (c === 0x22 /* " */) {
            let end = i + 1;
            for (;;) {
                end = text.indexOf('"', end);
                if (end < 0)
                    return { lines, objects, plain };
                let backslashes = 0;
                for (let k = end - 1; text.charCodeAt(k) === 0x5c; k--)
                    backslashes++;
                if (backslashes % 2 === 0)
                    break;
                end++;
            }
            if (expectKey) {
                expectKey = false;
                if (depth === 1) {
                    const raw = text.slice(i + 1, end);
                    lastKey = raw.includes('\\') ? JSON.parse(`"${raw}"`) : raw;
                    if (lastKey.includes(SEP))
                        plain = false;
                }
                else
                    lines.push(line);
            }
            i = end;
        }
        else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
            depth++;
            if (depth === 1) {
                topObject = c === 0x7b;
                expectKey = topObject;
            }
            else if (depth === 2) {
                inMember = topObject && c === 0x7b && lastKey === member;
                if (inMember)
                    objects++;
                expectKey = inMember;
            }
            else
                expectKey = false;
        }
        else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
            depth--;
            expectKey = false;
            if (depth < 2)
                inMember = false;
        }
        else if (c === 0x2c /* , */) {
            if (depth === 1)
                expectKey = topObject;
            else if (depth === 2)
                expectKey = inMember;
        }
    }
    return { lines, objects, plain };
}
/**
 * Lines of the keys of one member of a JSON text's top object (an npm lockfile's `packages`), by
 * their place among the member's keys. JSON.parse keeps the written order of a table's keys, so
 * the n-th key written is the n-th of `Object.keys`: the pass over the text needs no key's name,
 * no path and no table of them. Where that order cannot be trusted (the member written twice, a
 * key written twice, an array index JSON.parse moves to the front), the lines come from
 * `jsonKeyLines` by path, as before. Found when first asked for: only entries that end up in a
 * change need a line.
 */
class MemberKeyLines {
    text;
    member;
    keys;
    byPlace;
    byPath;
    finding;
    constructor(text, member, 
    /** The member's keys, as `Object.keys` gives them. */
    keys) {
        this.text = text;
        this.member = member;
        this.keys = keys;
    }
    /** Finds the lines, pausing as it goes (once, whoever asks); undefined once they are found. */
    find(pace) {
        if (this.byPlace || this.byPath)
            return undefined;
        this.finding ??= (async () => {
            const scan = scanMemberKeys(this.text, this.member);
            let next = scan.next();
            while (!next.done) {
                await pace.step(1_000);
                next = scan.next();
            }
            if (!this.accept(next.value))
                this.byPath = await jsonKeyLines(this.text, 2, pace);
        })();
        return this.finding;
    }
    /** The line of the member's key at `place`; found at once, without pausing, when `find` has not run. */
    line(place) {
        if (!this.byPlace && !this.byPath) {
            const scan = scanMemberKeys(this.text, this.member);
            let next = scan.next();
            while (!next.done)
                next = scan.next();
            if (!this.accept(next.value))
                this.byPath = jsonKeyLinesNow(this.text, 2);
        }
        if (this.byPlace)
            return this.byPlace[place];
        const key = this.keys[place];
        return key === undefined ? undefined : this.byPath.get(`${this.member}${SEP}${key}`);
    }
    accept(found) {
        const { lines, objects, plain } = found;
        if (objects !== 1 || !plain || lines.length !== this.keys.length || this.keys.some(isIndex))
            return false;
        this.byPlace = lines;
        return true;
    }
}

;// CONCATENATED MODULE: ./src/checks/dependencies/npm.ts






const SECTIONS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];
/**
 * Scripts npm runs by itself when a project or a package is installed (`npm install`, `npm ci`,
 * and for a git dependency `prepare` too): code that runs on every developer's machine and CI
 * runner before anything is reviewed or tested.
 */
const INSTALL_HOOKS = [
    'preinstall',
    'install',
    'postinstall',
    'preprepare',
    'prepare',
    'postprepare',
    'dependencies',
];
const packageJson = {
    ...files/* DEP_FILE */.L.packageJson,
    async parse(text, pace) {
        const doc = json(text);
        const lines = await jsonKeyLines(text, 2, pace);
        const deps = new Map();
        for (const section of SECTIONS) {
            for (const [name, value] of (0,types/* entriesOf */.Mc)((0,types/* own */.ZV)(doc, section))) {
                if (deps.has(name))
                    continue; // peer + dev of one package is one dependency
                const spec = typeof value === 'string' ? value : String(value);
                deps.set(name, {
                    name,
                    version: spec,
                    direct: true,
                    line: lines.get(`${section}${SEP}${name}`),
                    source: npmSpecSource(spec),
                });
            }
        }
        const directives = [];
        const scripts = (0,types/* own */.ZV)(doc, 'scripts');
        for (const hook of INSTALL_HOOKS) {
            const cmd = (0,types/* str */.gx)(scripts, hook);
            if (cmd === undefined)
                continue;
            directives.push({
                rule: 'installScripts',
                key: `scripts.${hook}`,
                value: cmd,
                text: `install script "${hook}": ${(0,types/* oneLine */.TN)(cmd)}`,
                line: lines.get(`scripts${SEP}${hook}`),
            });
        }
        // Package managers that run no dependency's install scripts but those named here.
        directives.push(...trustedDirectives((0,types/* own */.ZV)(doc, 'trustedDependencies'), 'trustedDependencies', lines.get('trustedDependencies')), ...trustedDirectives((0,types/* own */.ZV)((0,types/* own */.ZV)(doc, 'pnpm'), 'onlyBuiltDependencies'), 'pnpm.onlyBuiltDependencies', lines.get(`pnpm${SEP}onlyBuiltDependencies`)));
        return { deps: [...deps.values()], directives };
    },
};
/** Packages that may run their install scripts: Bun and pnpm run no dependency's but these. */
function trustedDirectives(list, where, line) {
    if (!Array.isArray(list))
        return [];
    return list
        .filter((n) => typeof n === 'string')
        .map((name) => ({
        rule: 'installScripts',
        key: `${where} ${name}`,
        value: '',
        text: `${where} "${name}" (its install scripts run)`,
        line,
    }));
}
/** `sha512-abc sha1-def` \u2192 { sha512: 'abc', sha1: 'def' }. */
function sriDigests(integrity) {
    if (!integrity)
        return undefined;
    const out = (0,types/* digestTable */.lN)();
    for (const part of integrity.trim().split(/\s+/)) {
        const dash = part.indexOf('-');
        if (dash > 0)
            out[part.slice(0, dash)] = part.slice(dash + 1);
    }
    return Object.keys(out).length ? out : undefined;
}
const NPM_REGISTRY = 'registry.npmjs.org';
const NPM_TARBALLS = `https://${NPM_REGISTRY}/`;
/** A name and a version a tarball URL holds as they are: nothing to decode, no `?`, `#` or `/-/`. */
const PLAIN_NAME = /^(?:@[\w.-]+\/)?[\w.-]+$/;
const PLAIN_VERSION = /^\d[\w.+-]*$/;
/**
 * Whether `resolved` is npm's own tarball of this name and version,
 * `https://registry.npmjs.org/<name>/-/<unscoped name>-<version>.tgz`, what nearly every entry of
 * a lockfile holds: the public registry, no alias, and nothing the general reading would find.
 * Compared in place, without taking the URL apart.
 */
function ownTarball(resolved, name, version) {
    if (!resolved.startsWith(NPM_TARBALLS) || !resolved.endsWith('.tgz'))
        return false;
    const unscoped = name.slice(name.lastIndexOf('/') + 1);
    let at = NPM_TARBALLS.length;
    if (!resolved.startsWith(name, at))
        return false;
    at += name.length;
    if (!resolved.startsWith('/-/', at))
        return false;
    at += 3;
    if (!resolved.startsWith(unscoped, at) || resolved.charCodeAt(at + unscoped.length) !== 0x2d /* - */)
        return false;
    at += unscoped.length + 1;
    return (resolved.startsWith(version, at) &&
        at + version.length + '.tgz'.length === resolved.length &&
        // `\u2026/archive/\u2026` is read as a URL of its own, whatever host serves it.
        unscoped !== 'archive' &&
        PLAIN_NAME.test(name) &&
        PLAIN_VERSION.test(version));
}
/** Where a lockfile's `resolved` points, checked against the name and version it is resolved for. */
function lockSource(resolved, name, version) {
    if (!resolved)
        return undefined;
    if (ownTarball(resolved, name, version))
        return registry(NPM_REGISTRY);
    const source = npmResolvedSource(resolved);
    return source?.kind === 'registry' ? (tarballMismatch(resolved, name, version) ?? source) : source;
}
/** An npm lockfile entry: where it comes from and its digests are read when asked for. */
class PackageLockEntry extends LockEntry {
    lines;
    place;
    resolved;
    integrity;
    link;
    v1;
    installScript;
    constructor(name, version, direct, 
    /** Lines of the keys of `packages` (or, in lockfileVersion 1, of the top `dependencies`). */
    lines, 
    /** The entry's place among those keys; undefined for a nested entry of lockfileVersion 1. */
    place, resolved, integrity, link, 
    /** lockfileVersion 1, where `version` holds a git or file spec itself. */
    v1, installScript) {
        super(name, version, direct);
        this.lines = lines;
        this.place = place;
        this.resolved = resolved;
        this.integrity = integrity;
        this.link = link;
        this.v1 = v1;
        this.installScript = installScript;
    }
    get line() {
        return this.place === undefined ? undefined : this.lines.line(this.place);
    }
    findLine(pace) {
        return this.place === undefined ? undefined : this.lines.find(pace);
    }
    sameAs(other) {
        return (other instanceof PackageLockEntry &&
            other.version === this.version &&
            other.resolved === this.resolved &&
            other.integrity === this.integrity &&
            other.link === this.link &&
            other.v1 === this.v1 &&
            other.installScript === this.installScript);
    }
    readSource() {
        const { resolved, name, version } = this;
        if (this.link)
            return { kind: 'link', where: resolved ?? '' };
        if (resolved)
            return lockSource(resolved, name, version);
        return this.v1 && /^(?:git\+|[a-z]+:)|^[\w.-]+\/[\w.-]+#/.test(version)
            ? npmSpecSource(version)
            : undefined;
    }
    readDigests() {
        return sriDigests(this.integrity);
    }
}
const NODE_MODULES = 'node_modules/';
const packageLock = {
    ...files/* DEP_FILE */.L.packageLock,
    async parse(text, pace) {
        const doc = json(text);
        const out = [];
        const packages = (0,types/* own */.ZV)(doc, 'packages');
        if ((0,types/* isTable */.bI)(packages)) {
            const keys = Object.keys(packages);
            // Lines are found only for the entries a change names.
            const lines = new MemberKeyLines(text, 'packages', keys);
            // What the root and each workspace declare: their top-level copies are direct.
            const declared = new Set();
            for (const key of keys)
                if (!key.includes(NODE_MODULES))
                    for (const section of SECTIONS)
                        for (const name of keysOf((0,types/* own */.ZV)(packages[key], section)))
                            declared.add(name);
            for (let place = 0; place < keys.length; place++) {
                if (pace.due())
                    await pace.turn();
                const key = keys[place];
                const at = key.lastIndexOf(NODE_MODULES);
                const p = packages[key];
                if (at < 0 || !(0,types/* isTable */.bI)(p))
                    continue;
                const link = (0,types/* own */.ZV)(p, 'link') === true;
                const resolved = (0,types/* str */.gx)(p, 'resolved');
                const version = (0,types/* str */.gx)(p, 'version') ?? (link ? `link:${resolved ?? ''}` : undefined);
                if (!version)
                    continue;
                // `node_modules/a/node_modules/@s/b` \u2192 `@s/b`
                const path = key.slice(at + NODE_MODULES.length);
                const topLevel = key.indexOf(NODE_MODULES) === at;
                out.push(new PackageLockEntry((0,types/* str */.gx)(p, 'name') ?? path, version, topLevel && declared.has(path), lines, place, resolved, (0,types/* str */.gx)(p, 'integrity'), link, false, (0,types/* own */.ZV)(p, 'hasInstallScript') === true || undefined));
            }
            return { deps: out };
        }
        // lockfileVersion 1: nested `dependencies`; `version` holds the git or file spec itself.
        const top = (0,types/* own */.ZV)(doc, 'dependencies');
        const lines = new MemberKeyLines(text, 'dependencies', keysOf(top));
        const walk = async (deps, nested) => {
            const entries = (0,types/* entriesOf */.Mc)(deps);
            for (let place = 0; place < entries.length; place++) {
                await pace.step();
                const [name, d] = entries[place];
                const version = (0,types/* str */.gx)(d, 'version');
                if (version)
                    out.push(new PackageLockEntry(name, version, false, lines, nested ? undefined : place, (0,types/* str */.gx)(d, 'resolved'), (0,types/* str */.gx)(d, 'integrity'), false, true, undefined));
                await walk((0,types/* own */.ZV)(d, 'dependencies'), true);
            }
        };
        await walk(top, false);
        return { deps: out };
    },
};
/** A table's own keys; anything else has none. */
function keysOf(v) {
    return (0,types/* isTable */.bI)(v) ? Object.keys(v) : [];
}

;// CONCATENATED MODULE: ./src/checks/dependencies/bun.ts







/**
 * Bun writes JSON with trailing commas. They go before JSON.parse reads it: one pass that
 * leaves strings alone.
 */
function withoutTrailingCommas(text) {
    let out = '';
    let from = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x22 /* " */) {
            for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++)
                if (text.charCodeAt(i) === 0x5c)
                    i++;
        }
        else if (c === 0x2c /* , */) {
            let j = i + 1;
            while (j < text.length && (0,types/* isSpace */.xC)(text.charCodeAt(j)))
                j++;
            if (text[j] === '}' || text[j] === ']') {
                out += text.slice(from, i);
                from = i + 1;
            }
        }
    }
    return out + text.slice(from);
}
/** `@s/a@1.0.0` \u2192 name `@s/a`, the rest `1.0.0` (or `github:\u2026`, `workspace:\u2026`). */
function ident(s) {
    const at = s.indexOf('@', 1);
    return at > 0 ? { name: s.slice(0, at), rest: s.slice(at + 1) } : undefined;
}
/** A `packages` tuple: where it comes from, its digests and its line, read when asked for. */
class BunEntry extends LockEntry {
    lines;
    place;
    registryUrl;
    integrity;
    constructor(name, version, direct, lines, 
    /** The tuple's place among the keys of `packages`. */
    place, 
    /** The registry it names ("" is the default one). */
    registryUrl, integrity) {
        super(name, version, direct);
        this.lines = lines;
        this.place = place;
        this.registryUrl = registryUrl;
        this.integrity = integrity;
    }
    /** A version, not a spec that says where (`github:\u2026`, `workspace:\u2026`). */
    get plain() {
        return /^\d/.test(this.version);
    }
    get line() {
        return this.lines.line(this.place);
    }
    findLine(pace) {
        return this.lines.find(pace);
    }
    sameAs(other) {
        return (other instanceof BunEntry &&
            other.version === this.version &&
            other.registryUrl === this.registryUrl &&
            other.integrity === this.integrity);
    }
    readSource() {
        if (!this.plain)
            return npmSpecSource(this.version);
        return this.registryUrl ? registryAt(this.registryUrl) : registry();
    }
    readDigests() {
        return this.plain && this.integrity !== undefined ? sriDigests(this.integrity) : undefined;
    }
}
/**
 * bun.lock (text lockfile): `workspaces` with what each declares (direct), and `packages`, one
 * tuple per installed package: `["name@1.0.0", registry, metadata, integrity]` for the
 * registry ("" is the default one), `["name@github:\u2026", \u2026]` and the like for the rest.
 */
const bunLock = {
    ...files/* DEP_FILE */.L.bunLock,
    async parse(text, pace) {
        const doc = json(withoutTrailingCommas(text));
        const direct = new Set();
        for (const [, ws] of (0,types/* entriesOf */.Mc)((0,types/* own */.ZV)(doc, 'workspaces')))
            for (const section of SECTIONS)
                for (const [name] of (0,types/* entriesOf */.Mc)((0,types/* own */.ZV)(ws, section)))
                    direct.add(name);
        const out = [];
        const packages = (0,types/* own */.ZV)(doc, 'packages');
        const keys = (0,types/* isTable */.bI)(packages) ? Object.keys(packages) : [];
        // Lines are found only for the packages a change names. Trailing commas make no key.
        const lines = new MemberKeyLines(text, 'packages', keys);
        for (let place = 0; place < keys.length; place++) {
            if (pace.due())
                await pace.turn();
            const key = keys[place];
            const tuple = packages[key];
            if (!Array.isArray(tuple) || typeof tuple[0] !== 'string')
                continue;
            const id = ident(tuple[0]);
            if (!id)
                continue;
            out.push(new BunEntry(id.name, id.rest, 
            // A top-level package's key is the name the project declared; a nested one's is a path.
            direct.has(key), lines, place, typeof tuple[1] === 'string' ? tuple[1] : '', typeof tuple[3] === 'string' ? tuple[3] : undefined));
        }
        const trusted = (0,types/* own */.ZV)(doc, 'trustedDependencies');
        // Its line only when it lists packages (a pass over the top level alone).
        const trustedLine = Array.isArray(trusted)
            ? (await jsonKeyLines(text, 1, pace)).get('trustedDependencies')
            : undefined;
        return { deps: out, directives: trustedDirectives(trusted, 'trustedDependencies', trustedLine) };
    },
};

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/checks/dependencies/tomlChunks.ts


function toml(text, firstLine = 1) {
    try {
        return (0,dist/* parse */.qg)(text);
    }
    catch (err) {
        const where = firstLine > 1 ? ` (in the part from line ${firstLine})` : '';
        throw new Error(`not valid TOML${where}: ${err.message.split('\n')[0]}`);
    }
}
const PACKAGE_HEADER = /^\s*\[\[\s*package\s*\]\]\s*(?:#.*)?$/;
const NAME_LINE = /^\s*name\s*=/;
/** Packages parsed at once: a slice of a few milliseconds. */
const tomlChunks_SLICE = 200;
/**
 * A lockfile made of `[[package]]` tables (Cargo.lock, poetry.lock, uv.lock, pdm.lock), parsed
 * a slice of packages at a time with a turn of the event loop between slices: parsed whole, a
 * lockfile of thousands of packages holds the loop for a third of a second. Each slice is a
 * TOML document of its own (a package's sub-tables follow its header), and the tables outside
 * `package` (`metadata`, `version`) are merged into `top`.
 */
async function tomlPackages(text, pace) {
    const lines = text.split('\n');
    const headers = [];
    const names = [];
    for (let i = 0; i < lines.length; i++) {
        await pace.step();
        const l = lines[i];
        if (PACKAGE_HEADER.test(l)) {
            headers.push(i);
            names.push(undefined);
        }
        else if (headers.length && names[names.length - 1] === undefined && NAME_LINE.test(l))
            names[names.length - 1] = i + 1;
    }
    const top = {};
    const packages = [];
    const merge = (doc) => {
        for (const [k, v] of Object.entries(doc))
            if (k !== 'package')
                Object.defineProperty(top, k, { value: v, enumerable: true, writable: true, configurable: true });
    };
    const preamble = headers.length ? headers[0] : lines.length;
    merge(toml(lines.slice(0, preamble).join('\n')));
    for (let at = 0; at < headers.length; at += tomlChunks_SLICE) {
        await pace.turn();
        const from = headers[at];
        const to = at + tomlChunks_SLICE < headers.length ? headers[at + tomlChunks_SLICE] : lines.length;
        const doc = toml(lines.slice(from, to).join('\n'), from + 1);
        const list = Array.isArray(doc.package) ? doc.package : [];
        // A header this scan did not see (`[[ "package" ]]`) shifts nothing: lines are left out instead.
        const counted = Math.min(tomlChunks_SLICE, headers.length - at);
        list.forEach((t, k) => {
            if (!(0,types/* isTable */.bI)(t))
                return;
            packages.push({
                table: t,
                line: list.length === counted ? (names[at + k] ?? headers[at + k] + 1) : undefined,
            });
        });
        merge(doc);
    }
    return { top, packages };
}

;// CONCATENATED MODULE: ./src/checks/dependencies/cargo.ts




function cargoSpec(v) {
    if (typeof v === 'string')
        return v;
    if ((0,types/* own */.ZV)(v, 'workspace') === true)
        return 'workspace';
    const g = (0,types/* str */.gx)(v, 'git');
    if (g)
        return `git ${g}#${(0,types/* str */.gx)(v, 'rev') ?? (0,types/* str */.gx)(v, 'tag') ?? (0,types/* str */.gx)(v, 'branch') ?? ''}`;
    const version = (0,types/* str */.gx)(v, 'version');
    const path = (0,types/* str */.gx)(v, 'path');
    if (path && version === undefined)
        return `path ${path}`;
    return version ?? '*';
}
function cargoSource(v) {
    const g = (0,types/* str */.gx)(v, 'git');
    if (g)
        return git(g);
    const path = (0,types/* str */.gx)(v, 'path');
    if (path)
        return { kind: 'file', where: path };
    const reg = (0,types/* str */.gx)(v, 'registry');
    return registry(reg ?? '');
}
/** The dependency tables of a manifest: `[dependencies]`, dev, build, workspace and per target. */
function dependencyTables(doc) {
    const tables = [
        (0,types/* own */.ZV)(doc, 'dependencies'),
        (0,types/* own */.ZV)(doc, 'dev-dependencies'),
        (0,types/* own */.ZV)(doc, 'build-dependencies'),
    ];
    tables.push((0,types/* own */.ZV)((0,types/* own */.ZV)(doc, 'workspace'), 'dependencies'));
    for (const [, t] of (0,types/* entriesOf */.Mc)((0,types/* own */.ZV)(doc, 'target')))
        tables.push((0,types/* own */.ZV)(t, 'dependencies'), (0,types/* own */.ZV)(t, 'dev-dependencies'), (0,types/* own */.ZV)(t, 'build-dependencies'));
    return tables;
}
/**
 * Cargo.toml: dependencies, and `[patch.<registry>]` / `[replace]` entries, which build other
 * code under a crate's name.
 */
const cargoToml = {
    ...files/* DEP_FILE */.L.cargoToml,
    async parse(text) {
        const doc = toml(text);
        const out = new Map();
        for (const t of dependencyTables(doc))
            for (const [key, v] of (0,types/* entriesOf */.Mc)(t)) {
                // `alias = { package = "real-name", \u2026 }`
                const name = (0,types/* str */.gx)(v, 'package') ?? key;
                if (!out.has(name))
                    out.set(name, {
                        name,
                        version: cargoSpec(v),
                        direct: true,
                        line: (0,types/* lineOf */.cA)(text, new RegExp(`^\\s*${(0,types/* escapeRegex */.$f)(key)}\\s*=`, 'm')),
                        source: cargoSource(v),
                    });
            }
        const directives = [];
        const patch = (scope, header, name, v) => {
            const to = cargoSpec(v);
            directives.push({
                rule: 'sources',
                key: `${scope} ${name}`,
                value: to,
                text: `${scope} ${name} = ${to}`,
                where: cargoSource(v).where,
                line: lineAfter(text, header, new RegExp(`^\\s*"?${(0,types/* escapeRegex */.$f)(name)}"?\\s*=`, 'm')),
            });
        };
        for (const [registryName, t] of (0,types/* entriesOf */.Mc)((0,types/* own */.ZV)(doc, 'patch')))
            for (const [name, v] of (0,types/* entriesOf */.Mc)(t))
                patch(`[patch.${registryName}]`, new RegExp(`^\\s*\\[patch\\.["']?${(0,types/* escapeRegex */.$f)(registryName)}`, 'm'), name, v);
        for (const [name, v] of (0,types/* entriesOf */.Mc)((0,types/* own */.ZV)(doc, 'replace')))
            patch('[replace]', /^\s*\[replace\]/m, name, v);
        return { deps: [...out.values()], directives };
    },
};
/** The line of the first match of `entry` after the first match of `header` (a table's key). */
function lineAfter(text, header, entry) {
    const start = text.search(header);
    if (start < 0)
        return (0,types/* lineOf */.cA)(text, entry);
    const rest = text.slice(start).search(entry);
    return rest < 0 ? undefined : (0,types/* lineAt */.mh)(text, start + rest);
}
/** `registry+https://\u2026`, `sparse+https://\u2026`, `git+https://\u2026?branch=x#sha`. */
function cargo_lockSource(s) {
    if (s.startsWith('git+'))
        return git(s.slice(4).replace(/[?#].*$/, ''));
    if (s.startsWith('registry+') || s.startsWith('sparse+'))
        return registryAt(s.slice(s.indexOf('+') + 1));
    return { kind: 'url', where: hostOf(s) ?? s };
}
/** Cargo.lock: packages with a `source` come from a registry or git; those without are the workspace's own. */
const cargoLock = {
    ...files/* DEP_FILE */.L.cargoLock,
    async parse(text, pace) {
        const { packages } = await tomlPackages(text, pace);
        const out = [];
        for (const { table: p, line } of packages) {
            await pace.step();
            const name = (0,types/* str */.gx)(p, 'name');
            const version = (0,types/* str */.gx)(p, 'version');
            if (!name || !version)
                continue;
            const source = (0,types/* str */.gx)(p, 'source');
            const checksum = (0,types/* str */.gx)(p, 'checksum');
            const digests = checksum ? (0,types/* digestTable */.lN)() : undefined;
            if (digests && checksum)
                digests.sha256 = checksum;
            out.push({
                name,
                version,
                direct: false,
                line,
                source: source ? cargo_lockSource(source) : { kind: 'file', where: '' },
                digests,
                local: source === undefined || undefined,
            });
        }
        return { deps: out };
    },
};
/**
 * `.cargo/config.toml`: source replacement (`[source.crates-io] replace-with = \u2026`) sends every
 * crate of a registry somewhere else, and `[registries]` names registries by their index.
 */
const cargoConfig = {
    ...files/* DEP_FILE */.L.cargoConfig,
    async parse(text) {
        const doc = toml(text);
        const directives = [];
        for (const [name, t] of (0,types/* entriesOf */.Mc)((0,types/* own */.ZV)(doc, 'source')))
            for (const key of ['replace-with', 'registry', 'git', 'directory', 'local-registry']) {
                const v = (0,types/* str */.gx)(t, key);
                if (v === undefined)
                    continue;
                directives.push({
                    rule: 'sources',
                    key: `[source.${name}] ${key}`,
                    value: v,
                    text: `[source.${name}] ${key} = ${v}`,
                    where: /^[a-z]+:\/\//i.test(v) ? (key === 'git' ? git(v).where : hostOf(v)) : v,
                    line: (0,types/* lineOf */.cA)(text, new RegExp(`^\\s*${(0,types/* escapeRegex */.$f)(key)}\\s*=\\s*["']${(0,types/* escapeRegex */.$f)(v)}`, 'm')),
                });
            }
        for (const [name, t] of (0,types/* entriesOf */.Mc)((0,types/* own */.ZV)(doc, 'registries'))) {
            const index = (0,types/* str */.gx)(t, 'index');
            if (!index)
                continue;
            directives.push({
                rule: 'sources',
                key: `[registries.${name}] index`,
                value: index,
                text: `[registries.${name}] index = ${index}`,
                where: hostOf(index.replace(/^(?:sparse|registry)\+/, '')),
                line: (0,types/* lineOf */.cA)(text, index),
            });
        }
        return { deps: [], directives };
    },
};

;// CONCATENATED MODULE: ./src/checks/dependencies/go.ts


/** A module path, with an optional version (`example.com/a v1.2.3`, `../fork`). */
function modulePart(s) {
    const [path, version] = s.trim().split(/\s+/);
    return { path: path.replace(/^"|"$/g, ''), version };
}
/**
 * go.mod: `require` lines and blocks (`// indirect` marks what other modules need), and
 * `replace` directives, which swap a module's code for another module or a local folder:
 * what the build compiles is no longer what go.sum's checksum database vouches for.
 */
const goMod = {
    ...files/* DEP_FILE */.L.goMod,
    async parse(text, pace) {
        const deps = [];
        const directives = [];
        let block;
        const lines = (0,types/* linesOf */.Dx)(text);
        for (let i = 0; i < lines.length; i++) {
            await pace.step();
            const line = lines[i].replace(/\/\/(?!\s*indirect\b).*$/, '').trim();
            if (block && line.startsWith(')')) {
                block = undefined;
                continue;
            }
            const opens = /^(require|replace)\s*\($/.exec(line);
            if (opens) {
                block = opens[1];
                continue;
            }
            const single = /^(require|replace)\s+(.*)$/.exec(line);
            const verb = block ?? single?.[1];
            const body = block ? line : single?.[2];
            if (!verb || !body)
                continue;
            if (verb === 'require') {
                const m = /^(\S+)\s+(v\S+)(.*)$/.exec(body);
                if (m)
                    deps.push({
                        name: m[1].replace(/^"|"$/g, ''),
                        version: m[2],
                        direct: !/\/\/\s*indirect\b/.test(m[3]),
                        line: i + 1,
                    });
                continue;
            }
            const arrow = body.indexOf('=>');
            if (arrow < 0)
                continue;
            const from = modulePart(body.slice(0, arrow));
            const to = modulePart(body.slice(arrow + 2));
            const old = `${from.path}${from.version ? ` ${from.version}` : ''}`;
            const target = `${to.path}${to.version ? ` ${to.version}` : ''}`;
            directives.push({
                rule: 'sources',
                key: `replace ${old}`,
                value: target,
                text: `replace ${old} => ${target}`,
                where: to.path,
                line: i + 1,
            });
        }
        return { deps, directives };
    },
};
/**
 * go.sum: one line per module version (`h1:` of its zip) and per go.mod (`/go.mod h1:`). The
 * checksum of a version never changes on the module proxy: another one is other code.
 */
const goSum = {
    ...files/* DEP_FILE */.L.goSum,
    async parse(text, pace) {
        const byVersion = new Map();
        const lines = (0,types/* linesOf */.Dx)(text);
        for (let i = 0; i < lines.length; i++) {
            await pace.step();
            const m = /^(\S+)\s+(v[^\s/]+)(\/go\.mod)?\s+(\S+)\s*$/.exec(lines[i]);
            if (!m)
                continue;
            const [, name, version, gomod, hash] = m;
            const id = `${name} ${version}`;
            let d = byVersion.get(id);
            if (!d) {
                d = { name, version, direct: false, line: i + 1, digests: (0,types/* digestTable */.lN)() };
                byVersion.set(id, d);
            }
            const algo = hash.slice(0, hash.indexOf(':') + 1) || 'hash';
            d.digests[`${gomod ? 'go.mod ' : ''}${algo}`] = hash;
            // A finding names the line of the code's checksum, not of its go.mod's.
            if (!gomod)
                d.line = i + 1;
        }
        return { deps: [...byVersion.values()] };
    },
};

;// CONCATENATED MODULE: ./src/checks/dependencies/yamlBlocks.ts

const fail = (line, why) => {
    throw new Error(`line ${line}: ${why}`);
};
function singleQuoted(s, line) {
    let j = 1;
    for (;;) {
        const k = s.indexOf("'", j);
        if (k < 0)
            return fail(line, 'a quoted string does not end on its line');
        if (s[k + 1] === "'") {
            j = k + 2;
            continue;
        }
        return [s.slice(1, k).replace(/''/g, "'"), s.slice(k + 1)];
    }
}
function doubleQuoted(s, line) {
    let k = 1;
    for (;;) {
        k = s.indexOf('"', k);
        if (k < 0)
            return fail(line, 'a quoted string does not end on its line');
        let backslashes = 0;
        for (let b = k - 1; s[b] === '\\'; b--)
            backslashes++;
        if (backslashes % 2 === 0)
            break;
        k++;
    }
    try {
        return [JSON.parse(s.slice(0, k + 1)), s.slice(k + 1)];
    }
    catch {
        return fail(line, 'a double-quoted string with an escape this reader does not take');
    }
}
/** Where a plain key ends, `/^(.*?):(?=\s|$)/` read in place: the place of its colon, or -1. */
function plainKeyEnd(body) {
    for (let j = 0; j < body.length; j++) {
        const c = body.charCodeAt(j);
        if (c === 0x3a /* : */ && (j + 1 === body.length || (0,types/* isSpace */.xC)(body.charCodeAt(j + 1))))
            return j;
        if ((0,types/* isLineBreak */.MC)(c))
            return -1;
    }
    return -1;
}
/**
 * Reads a block YAML document line by line, as lockfile writers (pnpm's) lay it out: mappings
 * by indentation, scalars, quoted strings and one-line flow maps and lists. A large lockfile
 * parsed whole by a general YAML parser takes seconds and holds the event loop all that time;
 * this takes one pass and pauses as it goes. It fails on what it does not understand (anchors,
 * aliases, tags, complex keys, a scalar continued on another line) rather than guess, since a
 * line it skipped could be the one that matters.
 */
async function readYamlBlocks(text, pace, onEntry) {
    const lines = text.split('\n');
    const stack = [];
    /** The keys of `stack`, from the top of the document down. */
    const keys = [];
    /** Lines indented deeper than this belong to a block scalar or a list item: data, not structure. */
    let skipDeeperThan = -1;
    for (let i = 0; i < lines.length; i++) {
        if (pace.due())
            await pace.turn();
        const n = i + 1;
        let raw = lines[i];
        if (raw.endsWith('\r'))
            raw = raw.slice(0, -1);
        let indent = 0;
        while (raw.charCodeAt(indent) === 0x20)
            indent++;
        const body = raw.slice(indent);
        if ((0,types/* isBlank */.z3)(body) || body.startsWith('#'))
            continue;
        if (skipDeeperThan >= 0) {
            if (indent > skipDeeperThan)
                continue;
            skipDeeperThan = -1;
        }
        if (body.startsWith('\t'))
            fail(n, 'a tab in the indentation');
        if (indent === 0 && (body === '---' || body.startsWith('--- '))) {
            stack.length = 0; // the next document
            keys.length = 0;
            continue;
        }
        if (indent === 0 && body === '...')
            continue;
        while (stack.length && stack[stack.length - 1].indent >= indent) {
            stack.pop();
            keys.pop();
        }
        if (body === '-' || body.startsWith('- ')) {
            skipDeeperThan = indent;
            continue;
        }
        let key;
        let rest;
        if (body[0] === "'")
            [key, rest] = singleQuoted(body, n);
        else if (body[0] === '"')
            [key, rest] = doubleQuoted(body, n);
        else if ('?&*![]{}|>%@`,'.includes(body[0]))
            return fail(n, `"${body[0]}" opens something this reader does not take`);
        else {
            const end = plainKeyEnd(body);
            if (end < 0)
                return fail(n, 'expected "key: value"');
            key = body.slice(0, end).trimEnd();
            rest = body.slice(end);
        }
        rest = rest.trimStart();
        if (!rest.startsWith(':'))
            fail(n, 'expected ":" after the key');
        let value = rest.slice(1).trim();
        const path = [...keys, key];
        if (!value || value.startsWith('#')) {
            stack.push({ indent, key });
            keys.push(key);
            onEntry({ path, value: undefined, line: n });
            continue;
        }
        const c = value[0];
        if (c === '|' || c === '>') {
            skipDeeperThan = indent;
            onEntry({ path, value: '', line: n });
            continue;
        }
        if (c === '&' || c === '*' || c === '!')
            fail(n, 'anchors, aliases and tags are not read');
        if (c === "'" || c === '"') {
            const [v, after] = c === "'" ? singleQuoted(value, n) : doubleQuoted(value, n);
            if (after.trim() && !after.trim().startsWith('#'))
                fail(n, 'text after a quoted value');
            value = v;
        }
        else if (c === '{' || c === '[') {
            if (!value.endsWith(c === '{' ? '}' : ']'))
                fail(n, 'a flow collection does not end on its line');
        }
        else if (value.includes('#'))
            value = value.replace(/\s+#.*$/, '');
        onEntry({ path, value, line: n });
    }
}
/** A flow map's key without single quotes around it (`/^'(.*)'$/` \u2192 `$1`). */
function unquoteKey(k) {
    if (k.length < 2 || k.charCodeAt(0) !== 0x27 || k.charCodeAt(k.length - 1) !== 0x27)
        return k;
    for (let i = 1; i < k.length - 1; i++)
        if ((0,types/* isLineBreak */.MC)(k.charCodeAt(i)))
            return k;
    return k.slice(1, -1);
}
/** `{integrity: sha512-x, tarball: 'https://\u2026'}` \u2192 its keys and unquoted values (one level). */
function flowMap(raw, line) {
    // `raw.trim().replace(/^\{/, '').replace(/\}$/, '')`, without a pattern per line.
    const t = raw.trim();
    const from = t.charCodeAt(0) === 0x7b /* { */ ? 1 : 0;
    const to = t.length > from && t.charCodeAt(t.length - 1) === 0x7d /* } */ ? t.length - 1 : t.length;
    const inner = t.slice(from, to);
    const out = new Map();
    let i = 0;
    while (i < inner.length) {
        while (inner[i] === ' ' || inner[i] === ',')
            i++;
        if (i >= inner.length)
            break;
        const colon = inner.indexOf(':', i);
        if (colon < 0)
            fail(line, 'expected "key: value" in a flow map');
        const key = unquoteKey(inner.slice(i, colon).trim());
        i = colon + 1;
        while (inner[i] === ' ')
            i++;
        let value;
        const c = inner[i];
        if (c === '{' || c === '[')
            return fail(line, 'a nested flow collection');
        if (c === "'" || c === '"') {
            const [v, after] = c === "'" ? singleQuoted(inner.slice(i), line) : doubleQuoted(inner.slice(i), line);
            value = v;
            i = inner.length - after.length;
        }
        else {
            const end = inner.indexOf(',', i);
            value = inner.slice(i, end < 0 ? inner.length : end).trim();
            i = end < 0 ? inner.length : end;
        }
        out.set(key, value);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/checks/dependencies/pnpm.ts






const DEP_SECTIONS = new Set(['dependencies', 'devDependencies', 'optionalDependencies']);
/**
 * A `packages:` key as name and version, by lockfile version: `@s/a@1.0.0` (v9),
 * `/@s/a@1.0.0(react@18.0.0)` (v6\u2013v8), `/@s/a/1.0.0_react@18.0.0` (v5).
 */
function splitKey(key, major) {
    let k = key.startsWith('/') ? key.slice(1) : key;
    const paren = k.indexOf('(');
    if (paren > 0)
        k = k.slice(0, paren);
    if (major >= 6) {
        const at = k.indexOf('@', 1);
        return at > 0 ? { name: k.slice(0, at), version: k.slice(at + 1) } : undefined;
    }
    const m = /^(.+)\/([^/]+)$/.exec(k);
    return m ? { name: m[1], version: m[2].replace(/_.*$/, '') } : undefined;
}
/** What a `resolution:` says about where the package comes from. */
function resolutionSource(r, version) {
    const tarball = r.get('tarball');
    if (r.get('type') === 'git' || r.has('commit'))
        return git(r.get('repo') ?? '');
    if (r.get('type') === 'directory' || r.has('directory'))
        return { kind: 'file', where: r.get('directory') ?? '' };
    // pnpm writes a tarball only where the registry would not give it: always a place of its own.
    if (tarball) {
        const s = npmResolvedSource(tarball);
        return s?.kind === 'registry' ? { kind: 'url', where: s.where } : s;
    }
    if (/^(?:https?|git\+|file|link):/.test(version))
        return npmSpecSource(version);
    return r.has('integrity') ? registry() : undefined;
}
/** A `packages:` entry: where it comes from and its digests, read from its `resolution` when asked for. */
class PnpmEntry extends LockEntry {
    line;
    resolution;
    installScript;
    constructor(name, version, direct, line, resolution, installScript) {
        super(name, version, direct);
        this.line = line;
        this.resolution = resolution;
        this.installScript = installScript;
    }
    sameAs(other) {
        if (!(other instanceof PnpmEntry) ||
            other.version !== this.version ||
            other.installScript !== this.installScript ||
            other.resolution.size !== this.resolution.size)
            return false;
        for (const [k, v] of this.resolution)
            if (other.resolution.get(k) !== v)
                return false;
        return true;
    }
    readSource() {
        return resolutionSource(this.resolution, this.version);
    }
    readDigests() {
        return sriDigests(this.resolution.get('integrity'));
    }
}
/**
 * pnpm-lock.yaml (v5 to v9, one or several documents): `packages:` for what is resolved (its
 * `resolution` tells where from, its `requiresBuild` whether it runs install scripts), and the
 * importers (or, in a single-project v5/v6 lockfile, the top-level sections) for what the
 * project declares, which is direct.
 */
const pnpmLock = {
    ...files/* DEP_FILE */.L.pnpmLock,
    async parse(text, pace) {
        let major = 9;
        const entries = new Map();
        const declared = new Map();
        let current;
        await readYamlBlocks(text, pace, ({ path, value, line }) => {
            const [top, second, third] = path;
            if (path.length === 1 && top === 'lockfileVersion' && value !== undefined) {
                const v = Number.parseFloat(value);
                if (Number.isFinite(v))
                    major = Math.floor(v);
                return;
            }
            if (top === 'packages') {
                if (path.length === 2) {
                    current = { key: second, line };
                    entries.set(second, current);
                    return;
                }
                if (!current || current.key !== second)
                    return;
                if (path.length === 3) {
                    if (third === 'resolution' && value !== undefined)
                        current.resolution = flowMap(value, line);
                    else if (third === 'requiresBuild')
                        current.requiresBuild = value === 'true';
                    else if (third === 'optional')
                        current.optional = value === 'true';
                    else if (third === 'name' && value)
                        current.name = value;
                    else if (third === 'version' && value)
                        current.version = value;
                }
                else if (path.length === 4 && third === 'resolution' && value !== undefined)
                    (current.resolution ??= new Map()).set(path[3], value);
                return;
            }
            // importers.<dir>.<section>.<name>[.version] (v6+), or <section>.<name>[.version] at the top
            const at = top === 'importers' ? 2 : 0;
            const section = path[at];
            if (!section || !DEP_SECTIONS.has(section) || path.length < at + 2)
                return;
            const name = path[at + 1];
            const id = `${at ? second : '.'}\u0000${section}\u0000${name}`;
            if (path.length === at + 2) {
                declared.set(id, { name, line, version: value });
            }
            else if (path.length === at + 3 && path[at + 2] === 'version' && value !== undefined) {
                const d = declared.get(id);
                if (d)
                    d.version = value;
            }
        });
        const direct = new Set();
        for (const d of declared.values())
            direct.add(d.name);
        const out = [];
        for (const e of entries.values()) {
            if (pace.due())
                await pace.turn();
            const fromKey = splitKey(e.key, major);
            const name = e.name ?? fromKey?.name;
            const version = e.version ?? fromKey?.version;
            if (!name || !version)
                continue;
            out.push(new PnpmEntry(name, version, direct.has(name), e.line, e.resolution ?? new Map(), 
            // pnpm cannot tell for an optional platform package it did not fetch, and says "true".
            (e.requiresBuild && !e.optional) || undefined));
        }
        // A workspace package or a local folder has no `packages:` entry: the importer says where.
        for (const d of declared.values())
            if (d.version && /^(?:link|file):/.test(d.version))
                out.push({
                    name: d.name,
                    version: d.version,
                    direct: true,
                    line: d.line,
                    source: npmSpecSource(d.version),
                });
        return { deps: out };
    },
};

;// CONCATENATED MODULE: ./src/checks/dependencies/python.ts




/** PEP 503: names compare case-insensitively with runs of `-_.` equal. */
function normalizePyName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
/** `requests[socks]>=2.31 ; python_version>"3.8"` \u2192 name and requirement. */
function parseRequirement(req) {
    const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*([^;]*)/.exec(req);
    if (!m)
        return undefined;
    return { name: normalizePyName(m[1]), spec: m[2].trim().replace(/\s+/g, '') || '' };
}
/** VCS schemes pip takes (`git+https://\u2026`, `hg+\u2026`): all count as a repository. */
const VCS = /^(?:git|hg|svn|bzr)\+/i;
/** Where a URL or path requirement (`git+https://\u2026@v1#egg=x`, `https://\u2026/x.whl`, `./x.whl`) comes from. */
function pyUrlSource(target) {
    const t = target.trim();
    if (VCS.test(t))
        return git(t.replace(VCS, ''));
    if (/^file:/i.test(t))
        return { kind: 'file', where: t.replace(/^file:(?:\/\/)?/i, '') };
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(t))
        return { kind: 'url', where: hostOf(t) ?? t };
    return { kind: 'file', where: t };
}
/** A name for a requirement given only as a URL or path: `#egg=`, the archive's file name, the repository. */
function nameOfTarget(target) {
    const egg = /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(target)?.[1];
    if (egg)
        return normalizePyName(egg);
    const path = target.replace(/[?#].*$/, '').replace(/\/+$/, '');
    const file = path.slice(path.lastIndexOf('/') + 1);
    if (ARCHIVE.test(file))
        return normalizePyName(file.split('-')[0]);
    return normalizePyName(file.replace(/@.*$/, '').replace(/\.git$/, '')) || target;
}
/** The version a URL requirement names: a VCS ref after `@`, or the archive's version. */
function versionOfTarget(target) {
    const path = target.replace(/[?#].*$/, '');
    const ref = /@([^/@]+)$/.exec(path)?.[1];
    if (VCS.test(target) && ref)
        return ref;
    const file = path.slice(path.lastIndexOf('/') + 1);
    return ARCHIVE.test(file) ? (file.split('-')[1] ?? '') : '';
}
/** pip options that decide where packages come from, by their long form. */
const SOURCE_OPTIONS = new Map([
    ['-i', '--index-url'],
    ['--index-url', '--index-url'],
    ['--extra-index-url', '--extra-index-url'],
    ['--trusted-host', '--trusted-host'],
    ['-f', '--find-links'],
    ['--find-links', '--find-links'],
    ['-e', '-e'],
    ['--editable', '-e'],
]);
const OPTION = /^(-[a-z]|--[a-z-]+)(?:\s*=\s*|\s+)(\S.*)$/i;
const requirementsTxt = {
    ...files/* DEP_FILE */.L.requirementsTxt,
    async parse(text, pace) {
        const deps = [];
        const directives = [];
        const lines = (0,types/* linesOf */.Dx)(text);
        for (let i = 0; i < lines.length; i++) {
            await pace.step();
            const start = i;
            let line = lines[i];
            while (line.endsWith('\\') && i + 1 < lines.length)
                line = line.slice(0, -1) + lines[++i];
            line = line.replace(/(^|\s)#.*$/, '').trim();
            if (!line)
                continue;
            if (line.startsWith('-')) {
                const m = OPTION.exec(line);
                const option = m ? SOURCE_OPTIONS.get(m[1].toLowerCase()) : undefined;
                if (!m || !option)
                    continue; // -r, -c, --pre\u2026
                const value = m[2].trim();
                // One index replaces another; extra indexes, hosts and links add up.
                const single = option === '--index-url';
                directives.push({
                    rule: 'sources',
                    key: single ? option : `${option} ${value}`,
                    value: single ? value : '',
                    text: `${option} ${value}`,
                    where: option === '--trusted-host' ? value : option === '-e' ? pyUrlSource(value).where : hostOf(value),
                    line: start + 1,
                });
                continue;
            }
            const hashes = [...line.matchAll(/\s--hash[=\s]\s*(\S+)/g)].map((h) => h[1]);
            const req = line.replace(/\s--[a-z-]+(?:[=\s]\s*\S+)?/g, '').trim();
            if (VCS.test(req) ||
                /^[a-z][a-z0-9+.-]*:\/\//i.test(req) ||
                /^(?:\.{0,2}\/|~\/)/.test(req) ||
                ARCHIVE.test(req)) {
                deps.push({
                    name: nameOfTarget(req),
                    version: versionOfTarget(req) || req,
                    direct: true,
                    line: start + 1,
                    source: pyUrlSource(req),
                });
                continue;
            }
            const parsed = parseRequirement(req);
            if (!parsed)
                continue;
            const url = /^[^;]*?@\s*(\S[^;]*)/.exec(req.replace(/^\s*[A-Za-z0-9][A-Za-z0-9._-]*\s*(?:\[[^\]]*\])?/, ''));
            deps.push({
                name: parsed.name,
                version: parsed.spec,
                direct: true,
                line: start + 1,
                source: url ? pyUrlSource(url[1].trim()) : registry(),
                hashes: hashes.length ? hashes : undefined,
            });
        }
        return { deps, directives };
    },
};
/** Where a Poetry or Pipfile dependency table points: git, url, path, or a named index. */
function tableSource(v, indexes) {
    const gitUrl = (0,types/* str */.gx)(v, 'git');
    if (gitUrl)
        return git(gitUrl);
    const url = (0,types/* str */.gx)(v, 'url') ?? (0,types/* str */.gx)(v, 'file');
    if (url)
        return pyUrlSource(url);
    const path = (0,types/* str */.gx)(v, 'path');
    if (path)
        return { kind: 'file', where: path };
    const index = (0,types/* str */.gx)(v, 'source') ?? (0,types/* str */.gx)(v, 'index');
    if (index) {
        const at = indexes.get(index);
        return at ? registryAt(at) : registry(index);
    }
    return registry();
}
function poetrySpec(v) {
    if (typeof v === 'string')
        return v;
    const version = (0,types/* str */.gx)(v, 'version');
    if (version)
        return version;
    const gitUrl = (0,types/* str */.gx)(v, 'git');
    if (gitUrl) {
        const rev = (0,types/* str */.gx)(v, 'rev') ?? (0,types/* str */.gx)(v, 'tag') ?? (0,types/* str */.gx)(v, 'branch');
        return `@ git+${gitUrl}${rev ? `@${rev}` : ''}`;
    }
    const url = (0,types/* str */.gx)(v, 'url');
    if (url)
        return `@ ${url}`;
    const path = (0,types/* str */.gx)(v, 'path');
    if (path)
        return `@ file:${path}`;
    return '*';
}
/** Index directives of a list of `{name, url}` tables (`[[tool.poetry.source]]`, `[[tool.uv.index]]`, `[[source]]`). */
function indexDirectives(list, what, text, indexes) {
    const out = [];
    if (!Array.isArray(list))
        return out;
    for (const t of list) {
        const url = (0,types/* str */.gx)(t, 'url');
        if (!url)
            continue;
        const name = (0,types/* str */.gx)(t, 'name');
        if (name)
            indexes.set(name, url);
        const insecure = (0,types/* own */.ZV)(t, 'verify_ssl') === false;
        out.push({
            rule: 'sources',
            key: `${what} ${url}${insecure ? ' insecure' : ''}`,
            value: '',
            text: `${what} ${name ? `"${name}" ` : ''}${url}${insecure ? ' with TLS verification off' : ''}`,
            where: hostOf(url),
            line: (0,types/* lineOf */.cA)(text, url),
        });
    }
    return out;
}
const pyprojectToml = {
    ...files/* DEP_FILE */.L.pyprojectToml,
    async parse(text) {
        const doc = toml(text);
        const tool = (0,types/* own */.ZV)(doc, 'tool');
        const poetry = (0,types/* own */.ZV)(tool, 'poetry');
        const uv = (0,types/* own */.ZV)(tool, 'uv');
        const indexes = new Map();
        const directives = [
            ...indexDirectives((0,types/* own */.ZV)(poetry, 'source'), 'Poetry source', text, indexes),
            ...indexDirectives((0,types/* own */.ZV)(uv, 'index'), 'uv index', text, indexes),
            ...indexDirectives((0,types/* own */.ZV)((0,types/* own */.ZV)(tool, 'pdm'), 'source'), 'PDM source', text, indexes),
        ];
        for (const key of ['index-url', 'extra-index-url']) {
            const v = (0,types/* own */.ZV)(uv, key);
            for (const url of Array.isArray(v) ? v : [v])
                if (typeof url === 'string')
                    directives.push({
                        rule: 'sources',
                        key: `uv ${key} ${url}`,
                        value: '',
                        text: `uv ${key} ${url}`,
                        where: hostOf(url),
                        line: (0,types/* lineOf */.cA)(text, url),
                    });
        }
        const uvSources = (0,types/* own */.ZV)(uv, 'sources');
        const out = new Map();
        const add = (name, spec, source) => {
            const n = normalizePyName(name);
            if (n === 'python' || out.has(n))
                return;
            const uvSource = (0,types/* own */.ZV)(uvSources, name) ?? (0,types/* own */.ZV)(uvSources, n);
            out.set(n, {
                name: n,
                version: spec,
                direct: true,
                line: (0,types/* lineOf */.cA)(text, new RegExp(`(?:^|["'\\s])${(0,types/* escapeRegex */.$f)(name)}(?=[\\s"'=<>~!\\[;@^]|$)`, 'm')),
                source: uvSource !== undefined ? tableSource(uvSource, indexes) : source,
            });
        };
        const strings = (list) => {
            if (!Array.isArray(list))
                return;
            for (const r of list) {
                if (typeof r !== 'string')
                    continue; // {include-group = \u2026}
                const req = parseRequirement(r);
                if (!req)
                    continue;
                const url = /^[^;]*?@\s*(\S[^;]*)/.exec(r.replace(/^\s*[A-Za-z0-9][A-Za-z0-9._-]*\s*(?:\[[^\]]*\])?/, ''));
                add(r.trim().split(/[\s[<>=!~;@]/)[0], req.spec, url ? pyUrlSource(url[1].trim()) : registry());
            }
        };
        const project = (0,types/* own */.ZV)(doc, 'project');
        strings((0,types/* own */.ZV)(project, 'dependencies'));
        for (const [, list] of (0,types/* entriesOf */.Mc)((0,types/* own */.ZV)(project, 'optional-dependencies')))
            strings(list);
        for (const [, list] of (0,types/* entriesOf */.Mc)((0,types/* own */.ZV)(doc, 'dependency-groups')))
            strings(list);
        const tables = [(0,types/* own */.ZV)(poetry, 'dependencies'), (0,types/* own */.ZV)(poetry, 'dev-dependencies')];
        for (const [, g] of (0,types/* entriesOf */.Mc)((0,types/* own */.ZV)(poetry, 'group')))
            tables.push((0,types/* own */.ZV)(g, 'dependencies'));
        for (const t of tables)
            for (const [name, v] of (0,types/* entriesOf */.Mc)(t))
                add(name, poetrySpec(v), tableSource(v, indexes));
        return { deps: [...out.values()], directives };
    },
};
/** Pipfile: `[packages]`, `[dev-packages]` (and other categories), and its `[[source]]` indexes. */
const pipfile = {
    ...files/* DEP_FILE */.L.pipfile,
    async parse(text) {
        const doc = toml(text);
        const indexes = new Map();
        const directives = indexDirectives((0,types/* own */.ZV)(doc, 'source'), 'Pipfile source', text, indexes);
        const out = new Map();
        for (const [section, t] of Object.entries(doc)) {
            if (section === 'source' || section === 'requires' || section === 'scripts' || section === 'pipenv')
                continue;
            for (const [name, v] of (0,types/* entriesOf */.Mc)(t)) {
                const n = normalizePyName(name);
                if (out.has(n))
                    continue;
                out.set(n, {
                    name: n,
                    version: typeof v === 'string' ? v : poetrySpec(v),
                    direct: true,
                    line: (0,types/* lineOf */.cA)(text, new RegExp(`^\\s*"?${(0,types/* escapeRegex */.$f)(name)}"?\\s*=`, 'm')),
                    source: tableSource(v, indexes),
                });
            }
        }
        return { deps: [...out.values()], directives };
    },
};

;// CONCATENATED MODULE: ./src/checks/dependencies/pythonLocks.ts






/** `[{file = "x.whl", hash = "sha256:\u2026"}]` (or uv's `{url, hash}`) \u2192 digests by file name. */
function fileDigests(files, into = (0,types/* digestTable */.lN)()) {
    if (!Array.isArray(files))
        return undefined;
    for (const f of files) {
        const name = (0,types/* str */.gx)(f, 'file') ??
            (0,types/* str */.gx)(f, 'filename') ??
            (0,types/* str */.gx)(f, 'url')
                ?.replace(/[?#].*$/, '')
                .split('/')
                .pop();
        const hash = (0,types/* str */.gx)(f, 'hash');
        if (name && hash)
            into[name] = hash;
    }
    return Object.keys(into).length ? into : undefined;
}
/** poetry.lock's `[package.source]`. */
function poetrySource(s) {
    const type = (0,types/* str */.gx)(s, 'type');
    const url = (0,types/* str */.gx)(s, 'url') ?? '';
    if (type === 'git')
        return git(url);
    if (type === 'url')
        return { kind: 'url', where: hostOf(url) ?? url };
    if (type === 'file' || type === 'directory')
        return { kind: 'file', where: url };
    if (url)
        return registryAt(url);
    return registry();
}
/** uv.lock's `source = { registry = \u2026 }`; `local` for the project itself and its workspace members. */
function uvSource(s) {
    const reg = (0,types/* str */.gx)(s, 'registry');
    if (reg)
        return /^[a-z][a-z0-9+.-]*:\/\//i.test(reg) ? registryAt(reg) : { kind: 'file', where: reg };
    const g = (0,types/* str */.gx)(s, 'git');
    if (g)
        return git(g.replace(/\?.*$/, ''));
    const url = (0,types/* str */.gx)(s, 'url');
    if (url)
        return { kind: 'url', where: hostOf(url) ?? url };
    const path = (0,types/* str */.gx)(s, 'path') ?? (0,types/* str */.gx)(s, 'directory');
    if (path)
        return { kind: 'file', where: path };
    if ((0,types/* str */.gx)(s, 'editable') !== undefined || (0,types/* str */.gx)(s, 'virtual') !== undefined)
        return 'local';
    return registry();
}
/** pdm.lock: `git`, `url` or `path` on the package itself. */
function pdmSource(p) {
    const g = (0,types/* str */.gx)(p, 'git');
    if (g)
        return git(g);
    const url = (0,types/* str */.gx)(p, 'url');
    if (url)
        return { kind: 'url', where: hostOf(url) ?? url };
    const path = (0,types/* str */.gx)(p, 'path');
    if (path)
        return { kind: 'file', where: path };
    return registry();
}
/** Names of dependency lists of a uv package (`dependencies`, optional and dev groups). */
function uvDependencyNames(p) {
    const lists = [(0,types/* own */.ZV)(p, 'dependencies')];
    for (const [, l] of (0,types/* entriesOf */.Mc)((0,types/* own */.ZV)(p, 'optional-dependencies')))
        lists.push(l);
    for (const [, l] of (0,types/* entriesOf */.Mc)((0,types/* own */.ZV)(p, 'dev-dependencies')))
        lists.push(l);
    return lists.flatMap((l) => Array.isArray(l) ? l.map((d) => (0,types/* str */.gx)(d, 'name')).filter((n) => n !== undefined) : []);
}
/**
 * poetry.lock, uv.lock and pdm.lock: `[[package]]` tables with a name, a version, where it came
 * from and the hashes of its files. uv lists the project itself (editable or virtual): what it
 * depends on is direct, and its workspace members are local packages.
 */
function pythonLock(file, sourceOf) {
    return {
        ...file,
        async parse(text, pace) {
            const { top, packages } = await tomlPackages(text, pace);
            const oldFiles = (0,types/* own */.ZV)((0,types/* own */.ZV)(top, 'metadata'), 'files'); // poetry's lock format 1.x
            const direct = new Set();
            const out = [];
            for (const { table: p, line } of packages) {
                await pace.step();
                const rawName = (0,types/* str */.gx)(p, 'name');
                if (!rawName)
                    continue;
                const name = normalizePyName(rawName);
                const source = sourceOf(p);
                if (source === 'local')
                    for (const n of uvDependencyNames(p))
                        direct.add(normalizePyName(n));
                const digests = (0,types/* digestTable */.lN)();
                fileDigests((0,types/* own */.ZV)(p, 'files'), digests);
                fileDigests((0,types/* own */.ZV)(p, 'wheels'), digests);
                fileDigests([(0,types/* own */.ZV)(p, 'sdist')], digests);
                fileDigests((0,types/* own */.ZV)(oldFiles, rawName), digests);
                out.push({
                    name,
                    version: (0,types/* str */.gx)(p, 'version') ?? '',
                    direct: false,
                    line,
                    source: source === 'local' ? { kind: 'file', where: '' } : source,
                    digests: Object.keys(digests).length ? digests : undefined,
                    local: source === 'local' || undefined,
                });
            }
            for (const d of out)
                if (direct.has(d.name) && !d.local)
                    d.direct = true;
            return { deps: out };
        },
    };
}
const poetryLock = pythonLock(files/* DEP_FILE */.L.poetryLock, (p) => Object.hasOwn(p, 'source') ? poetrySource((0,types/* own */.ZV)(p, 'source')) : registry());
const uvLock = pythonLock(files/* DEP_FILE */.L.uvLock, (p) => uvSource((0,types/* own */.ZV)(p, 'source')));
const pdmLock = pythonLock(files/* DEP_FILE */.L.pdmLock, pdmSource);
/**
 * Pipfile.lock: `default` and `develop` packages with their version, hashes and index (or git,
 * file, path), and `_meta.sources`, the indexes packages may come from.
 */
const pipfileLock = {
    ...files/* DEP_FILE */.L.pipfileLock,
    async parse(text, pace) {
        const doc = json(text);
        const lines = await jsonKeyLines(text, 2, pace);
        const indexes = new Map();
        const directives = indexDirectives((0,types/* own */.ZV)((0,types/* own */.ZV)(doc, '_meta'), 'sources'), 'Pipfile.lock source', text, indexes);
        const out = [];
        for (const section of ['default', 'develop']) {
            for (const [name, v] of (0,types/* entriesOf */.Mc)((0,types/* own */.ZV)(doc, section))) {
                await pace.step();
                const version = (0,types/* str */.gx)(v, 'version')?.replace(/^==/, '') ?? (0,types/* str */.gx)(v, 'ref') ?? '';
                const hashes = (0,types/* own */.ZV)(v, 'hashes');
                out.push({
                    name: normalizePyName(name),
                    version,
                    direct: false,
                    line: lines.get(`${section}${SEP}${name}`),
                    source: tableSource(v, indexes),
                    hashes: Array.isArray(hashes)
                        ? hashes.filter((h) => typeof h === 'string')
                        : undefined,
                });
            }
        }
        return { deps: out, directives };
    },
};

;// CONCATENATED MODULE: ./src/checks/dependencies/ruby.ts



const PLATFORM = /-(?:x86|arm|aarch|universal|java|x64|mingw|mswin)\S*$/;
/** The source of a `GEM`, `GIT` or `PATH` section, from its `remote:`. */
function sectionSource(section, remote) {
    if (remote === undefined)
        return undefined;
    if (section === 'GIT')
        return git(remote);
    if (section === 'PATH')
        return { kind: 'file', where: remote };
    if (section === 'GEM' || section === 'PLUGIN SOURCE')
        return registryAt(remote);
    return undefined;
}
/**
 * Gemfile.lock: `GEM`, `GIT` and `PATH` sections, each with its `remote:` and a `specs:` block
 * of resolved gems (4-space indent; 6-space lines are their own requirements); `DEPENDENCIES`
 * lists what the Gemfile asks for, with its constraint; `CHECKSUMS` (Bundler 2.5+) the
 * digest of each gem.
 */
const gemfileLock = {
    ...files/* DEP_FILE */.L.gemfileLock,
    async parse(text, pace) {
        const resolved = new Map();
        const direct = new Map();
        const checksums = new Map();
        let section = '';
        let remote;
        let inSpecs = false;
        const lines = (0,types/* linesOf */.Dx)(text);
        for (let i = 0; i < lines.length; i++) {
            await pace.step();
            const line = lines[i];
            if (!line.trim())
                continue;
            if (!line.startsWith(' ')) {
                section = line.trim();
                remote = undefined;
                inSpecs = false;
                continue;
            }
            const r = /^ {2}remote: (.+)$/.exec(line);
            if (r) {
                remote = r[1].trim();
                continue;
            }
            if (line === '  specs:') {
                inSpecs = true;
                continue;
            }
            if (inSpecs) {
                const m = /^ {4}([^\s(]+) \(([^)]+)\)$/.exec(line);
                if (m && !resolved.has(m[1]))
                    resolved.set(m[1], {
                        name: m[1],
                        version: m[2].replace(PLATFORM, ''),
                        direct: false,
                        line: i + 1,
                        source: sectionSource(section, remote),
                    });
                continue;
            }
            if (section === 'DEPENDENCIES') {
                const m = /^ {2}([^\s(!]+)!?(?: \(([^)]+)\))?$/.exec(line);
                if (m)
                    direct.set(m[1], { name: m[1], version: m[2] ?? '', direct: true, line: i + 1 });
            }
            else if (section === 'CHECKSUMS') {
                const m = /^ {2}([^\s(]+) \(([^)]+)\)(?: (\S+))?$/.exec(line);
                if (m?.[3]) {
                    const eq = m[3].indexOf('=');
                    const d = checksums.get(m[1]) ?? (0,types/* digestTable */.lN)();
                    // Keyed by platform, so a gem with several native builds keeps each digest apart.
                    d[`${m[2]} ${eq > 0 ? m[3].slice(0, eq) : 'sum'}`] = eq > 0 ? m[3].slice(eq + 1) : m[3];
                    checksums.set(m[1], d);
                }
            }
        }
        for (const [name, d] of direct) {
            const r = resolved.get(name);
            // Direct gems keep their resolved version (to see upgrades) and their Gemfile constraint.
            resolved.set(name, {
                name,
                version: r?.version ?? d.version,
                direct: true,
                spec: d.version,
                line: r?.line ?? d.line,
                source: r?.source,
            });
        }
        for (const [name, d] of checksums) {
            const r = resolved.get(name);
            if (r)
                r.digests = d;
        }
        return { deps: [...resolved.values()] };
    },
};

;// CONCATENATED MODULE: ./src/checks/dependencies/yarn.ts





/** The fields of an entry this reader uses (the last one written wins). */
const FIELDS = ['version', 'resolution', 'resolved', 'integrity', 'checksum'];
/** A field line of an entry, as a pattern: read so only where the fast reading below may not be. */
const FIELD = /^ {2}([A-Za-z]+):?(?:\s+(.*))?$/;
const isLetter = (c) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/**
 * A field line, `  key value` (classic) or `  key: value` (berry), as FIELD reads it: the key and
 * the value (undefined: none), or undefined when the line is no field. Read in place, since
 * field lines are most of a lockfile; for a line without a line terminator left in it (a CR not
 * before a LF), where FIELD's `.` and this reading agree.
 */
function fieldOf(line) {
    if (line.charCodeAt(0) !== 0x20 || line.charCodeAt(1) !== 0x20 || !isLetter(line.charCodeAt(2)))
        return undefined;
    let k = 3;
    while (isLetter(line.charCodeAt(k)))
        k++;
    let i = line.charCodeAt(k) === 0x3a /* : */ ? k + 1 : k;
    if (i === line.length)
        return [line.slice(2, k), undefined];
    if (!(0,types/* isSpace */.xC)(line.charCodeAt(i)))
        return undefined;
    while (i < line.length && (0,types/* isSpace */.xC)(line.charCodeAt(i)))
        i++;
    return [line.slice(2, k), line.slice(i)];
}
/** Trimmed, without one double quote at each end (`s.trim().replace(/^"|"$/g, '')`). */
function unquote(s) {
    const t = s.trim();
    const from = t.charCodeAt(0) === 0x22 ? 1 : 0;
    const to = t.length > from && t.charCodeAt(t.length - 1) === 0x22 ? t.length - 1 : t.length;
    return from === 0 && to === t.length ? t : t.slice(from, to);
}
/** An entry's key line without the colon that ends it (`line.replace(/:\s*$/, '')`). */
function withoutColon(line) {
    let end = line.length;
    while (end > 0 && (0,types/* isSpace */.xC)(line.charCodeAt(end - 1)))
        end--;
    return end > 0 && line.charCodeAt(end - 1) === 0x3a /* : */ ? line.slice(0, end - 1) : line;
}
/** `"@s/a@npm:^1.0.0"` \u2192 name `@s/a`, range `npm:^1.0.0`. */
function descriptor(d) {
    const at = d.indexOf('@', 1);
    if (at <= 0)
        return undefined;
    return { name: d.slice(0, at), range: d.slice(at + 1) };
}
/** A berry `resolution:` (`a@npm:1.0.0`, `a@https://\u2026`, `a@git+\u2026#commit=\u2026`) as a source. */
function berrySource(resolution) {
    const d = descriptor(resolution);
    if (!d)
        return undefined;
    const r = d.range;
    if (r.startsWith('npm:'))
        return registry();
    if (/^(?:workspace|link|portal):/.test(r))
        return { kind: 'link', where: r.slice(r.indexOf(':') + 1) };
    if (r.startsWith('file:'))
        return { kind: 'file', where: r.slice(5).replace(/#.*$/, '') };
    if (/^git[+:]|^ssh:|#commit=|\.git#/.test(r))
        return git(r);
    if (/^https?:/.test(r))
        return { kind: 'url', where: hostOf(r) ?? r };
    return undefined;
}
/** Digests of a berry `checksum:` (`10c0/<hex>`, or `<hex>` under `cacheKey`). */
function berryDigests(checksum, cacheKey) {
    if (!checksum)
        return undefined;
    const out = (0,types/* digestTable */.lN)();
    const slash = checksum.indexOf('/');
    // The cache key changes every checksum at once: it is part of the key, so a new one compares nothing.
    if (slash > 0)
        out[`checksum ${checksum.slice(0, slash)}`] = checksum.slice(slash + 1);
    else
        out[`checksum ${cacheKey}`] = checksum;
    return out;
}
/** A yarn.lock entry, one per name it resolves: where it comes from and its digests, read when asked for. */
class YarnEntry extends LockEntry {
    line;
    entry;
    format;
    constructor(name, version, direct, line, entry, format) {
        super(name, version, direct);
        this.line = line;
        this.entry = entry;
        this.format = format;
    }
    sameAs(other) {
        if (!(other instanceof YarnEntry) || other.version !== this.version)
            return false;
        const a = this.entry;
        const b = other.entry;
        return (a.names[0] === b.names[0] &&
            a.ranges[0] === b.ranges[0] &&
            a.fields.resolution === b.fields.resolution &&
            a.fields.resolved === b.fields.resolved &&
            a.fields.integrity === b.fields.integrity &&
            a.fields.checksum === b.fields.checksum &&
            this.format.berry === other.format.berry &&
            this.format.cacheKey === other.format.cacheKey);
    }
    readSource() {
        const { names, ranges, fields } = this.entry;
        if (this.format.berry)
            return berrySource(fields.resolution ?? `${names[0]}@${ranges[0] ?? ''}`);
        const resolved = fields.resolved;
        if (!resolved)
            return npmSpecSource(ranges[0] ?? '');
        // An alias (`a@npm:b@^1`) resolves to another package's tarball by design.
        return (ranges[0] ?? '').startsWith('npm:')
            ? npmResolvedSource(resolved)
            : lockSource(resolved, names[0], this.version);
    }
    readDigests() {
        const { fields } = this.entry;
        if (this.format.berry)
            return berryDigests(fields.checksum, this.format.cacheKey);
        let digests = sriDigests(fields.integrity);
        // Before `integrity`, the tarball's sha1 was the fragment of `resolved`.
        const sha1 = /#([0-9a-f]{40})$/.exec(fields.resolved ?? '')?.[1];
        if (sha1 && this.source?.kind !== 'git') {
            digests ??= (0,types/* digestTable */.lN)();
            digests['resolved sha1'] = sha1;
        }
        return digests;
    }
}
/**
 * yarn.lock, classic (v1: `version "1.0.0"`, `resolved`, `integrity`) and berry (YAML:
 * `version:`, `resolution:`, `checksum:`; workspaces as `app@workspace:.` entries whose
 * `dependencies:` are what the project declares).
 */
const yarnLock = {
    ...files/* DEP_FILE */.L.yarnLock,
    async parse(text, pace) {
        const entries = [];
        let cur;
        let inChildren = false;
        let cacheKey = '';
        let inMetadata = false;
        let berry = false;
        // Without a line terminator left inside a line, field lines are read in place (see fieldOf).
        const inPlace = !text.includes('\r') && !text.includes('\u2028') && !text.includes('\u2029');
        const lines = (0,types/* linesOf */.Dx)(text);
        for (let i = 0; i < lines.length; i++) {
            if (pace.due())
                await pace.turn();
            const line = lines[i];
            if ((0,types/* isBlank */.z3)(line) || line.startsWith('#'))
                continue;
            if (!line.startsWith(' ')) {
                cur = undefined;
                inChildren = false;
                inMetadata = line.startsWith('__metadata:');
                if (inMetadata) {
                    berry = true;
                    continue;
                }
                // `"@s/a@^1.0.0", "@s/a@~1.1":` (v1) or `"@s/a@npm:^1.0.0, @s/a@npm:^1.1.0":` (berry)
                const key = withoutColon(line);
                const ds = (key.includes(',') ? key.split(/,\s*/) : [key])
                    .map(unquote)
                    .map(descriptor)
                    .filter((d) => d !== undefined);
                // A patch of a package is the package again, resolved through its own entry.
                const kept = ds.filter((d) => !d.range.startsWith('patch:'));
                if (!kept.length)
                    continue;
                cur = {
                    names: kept.length === 1 ? [kept[0].name] : [...new Set(kept.map((d) => d.name))],
                    ranges: kept.map((d) => d.range),
                    line: i + 1,
                    fields: {},
                    children: [],
                    workspace: kept.some((d) => d.range.startsWith('workspace:')),
                };
                entries.push(cur);
                continue;
            }
            if (inMetadata) {
                const m = /^ {2}cacheKey:\s*"?([^"\s]+)"?/.exec(line);
                if (m)
                    cacheKey = m[1];
                continue;
            }
            if (!cur)
                continue;
            const field = inPlace ? fieldOf(line) : FIELD.exec(line)?.slice(1, 3);
            if (field) {
                const [key, value] = field;
                inChildren = key === 'dependencies' && value === undefined;
                if (value !== undefined && FIELDS.includes(key))
                    cur.fields[key] = unquote(value);
                continue;
            }
            if (inChildren && cur.workspace) {
                const child = /^ {4}("?)(.+?)\1:?\s/.exec(line);
                if (child)
                    cur.children.push(child[2]);
            }
        }
        const direct = new Set(entries.filter((e) => e.workspace).flatMap((e) => e.children));
        const format = { berry, cacheKey };
        const out = [];
        for (const e of entries) {
            if (pace.due())
                await pace.turn();
            if (e.workspace)
                continue;
            const version = e.fields.version;
            if (!version)
                continue;
            for (const name of e.names)
                out.push(new YarnEntry(name, version, direct.has(name), e.line, e, format));
        }
        return { deps: out };
    },
};

;// CONCATENATED MODULE: ./src/checks/dependencies/lockfiles.ts









/** Every dependency file the check reads, one parser each. */
const DEP_FILES = [
    packageJson,
    packageLock,
    pnpmLock,
    yarnLock,
    bunLock,
    requirementsTxt,
    pyprojectToml,
    pipfile,
    pipfileLock,
    poetryLock,
    uvLock,
    pdmLock,
    goMod,
    goSum,
    cargoToml,
    cargoLock,
    cargoConfig,
    gemfileLock,
];
function depFileType(path) {
    return DEP_FILES.find((t) => t.match(path));
}

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
        const type = depFileType(f.path);
        if (!type)
            continue;
        read++;
        // Each file is its own slice of work: other checks run between two files.
        await pace.turn();
        const parse = async (rev, path, side) => {
            const where = `${path} at ${side} (${rev.slice(0, 7)})`;
            let text;
            try {
                text = await change.read(rev, path, { signal: ctx.signal, maxBytes: MAX_DEP_FILE_BYTES });
            }
            catch (err) {
                if (ctx.signal.aborted)
                    throw err;
                const message = err.message;
                problems.push(/printed more than/.test(message)
                    ? `${where}: larger than the ${MAX_DEP_FILE_BYTES / 1024 / 1024} MiB this check reads of one file`
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


/***/ })

};
