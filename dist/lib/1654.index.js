export const id = 1654;
export const ids = [1654];
export const modules = {

/***/ 9273:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dependenciesCheck: () => (/* binding */ dependenciesCheck)
});

// EXTERNAL MODULE: ./src/checks/types.ts
var types = __webpack_require__(16468);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(12311);
// EXTERNAL MODULE: ./src/checks/dependencies/types.ts
var dependencies_types = __webpack_require__(94370);
;// CONCATENATED MODULE: ./src/checks/dependencies/spec.ts
// The settings of a dependencies check, as the config schema reads them; its work is in run.ts.


const denyEntry = schemas/* string */.YjP().superRefine((s, ctx) => {
    const m = /^([a-z]+):(.+)$/.exec(s);
    if (m && !dependencies_types/* ECOSYSTEMS */.SQ.includes(m[1]))
        ctx.addIssue({ code: 'custom', message: `unknown ecosystem "${m[1]}" (use ${dependencies_types/* ECOSYSTEMS */.SQ.join(', ')})` });
});
const level = (what, fallback) => schemas/* enum */.k5n(['fail', 'warn', 'ignore']).default(fallback).describe(what);
const fields = schemas/* object */.Ikc({
    paths: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]).describe('Globs limiting which dependency files are read'),
    exclude: schemas/* array */.YOg(schemas/* string */.YjP().min(1))
        .default([])
        .describe('Globs of dependency files to ignore (e.g. **/testdata/**)'),
    deny: schemas/* array */.YOg(denyEntry)
        .default([])
        .describe('Package name globs that may not be added or changed, optionally per ecosystem: event-stream, npm:@evil/*, pypi:request*'),
    maxNewDirect: schemas/* int */.Whr().min(0).optional().describe('Most new direct dependencies one promotion may add'),
    requirePinned: schemas/* boolean */.zMY()
        .default(false)
        .describe('New or changed direct dependencies must name one exact version (npm 1.2.3, pip ==1.2.3, Cargo =1.2.3, Gemfile = 1.2.3)'),
    downgrades: schemas/* enum */.k5n(['warn', 'fail', 'ignore'])
        .default('warn')
        .describe('What a downgraded package counts as'),
    installScripts: level('What code that runs at install time counts as: an install hook (preinstall, install, postinstall, prepare\u2026) added to or changed in a package.json, or a package that runs install scripts where base had none (package-lock hasInstallScript, pnpm requiresBuild)', 'fail'),
    sources: level('What a change of where packages come from counts as: a package moved to git, a URL, a local path, an alias or another registry host; a new package from git, a URL or an archive; another digest for the same version (a rewritten lockfile); an index option (--index-url, --extra-index-url, --trusted-host, -e) in requirements, a Go replace, a Cargo patch or source replacement', 'fail'),
    allowSources: schemas/* array */.YOg(schemas/* string */.YjP().min(1))
        .default([])
        .describe('Globs of places packages may come from without a finding: registry and URL hosts (npm.pkg.github.com), git repositories (github.com/acme/*), local paths; a rewritten digest is never allowed'),
    majorUpgrades: level('What an upgrade of a direct dependency across a major version (or a 0.x minor) counts as', 'warn'),
});

;// CONCATENATED MODULE: ./src/checks/dependencies/dependencies.ts


const dependenciesCheck = (0,types/* defineCheck */.q)({
    type: 'dependencies',
    description: 'Dependency changes between base and head (npm, pnpm, yarn, PyPI, Go, Cargo, RubyGems manifests and lockfiles): deny list, pinning, new direct dependencies, downgrades, major upgrades, install scripts and where packages come from (git, URLs, other registries, rewritten lockfile entries)',
    defaults: { category: 'safety', enforcement: 'scored' },
    fields: fields,
    // The parsers of a dozen file formats are loaded when such a check runs, not by every command.
    async run(spec, ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(3292), __webpack_require__.e(2123), __webpack_require__.e(277), __webpack_require__.e(6445), __webpack_require__.e(9670)]).then(__webpack_require__.bind(__webpack_require__, 69670))).runDependencies(spec, ctx);
    },
});


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
