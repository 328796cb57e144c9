export const id = 3751;
export const ids = [3751,907];
export const modules = {

/***/ 61423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ kindOf),
/* harmony export */   N5: () => (/* binding */ digestRegular),
/* harmony export */   SX: () => (/* binding */ NotReadable),
/* harmony export */   VX: () => (/* binding */ readRegular),
/* harmony export */   nT: () => (/* binding */ listTree)
/* harmony export */ });
/* unused harmony export MAX_ENTRIES */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);




function kindOf(e) {
    if (e.isFile())
        return 'file';
    if (e.isDirectory())
        return 'directory';
    if (e.isSymbolicLink())
        return 'symbolic link';
    if (e.isFIFO())
        return 'FIFO';
    if (e.isSocket())
        return 'socket';
    if (e.isBlockDevice() || e.isCharacterDevice())
        return 'device';
    return 'unknown';
}
const MAX_ENTRIES = 100_000;
const MAX_DEPTH = 32;
/** Lists a directory tree without following symbolic links, within fixed limits. */
async function listTree(dir) {
    const out = { entries: new Map(), unreadable: [] };
    const pending = [{ rel: '', depth: 0 }];
    while (pending.length > 0 && !out.truncated) {
        const { rel, depth } = pending.pop();
        let found;
        try {
            found = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(rel ? node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, ...rel.split('/')) : dir, { withFileTypes: true });
        }
        catch (err) {
            out.unreadable.push({ path: rel || '.', detail: err.message });
            continue;
        }
        for (const e of found) {
            const p = rel ? `${rel}/${e.name}` : e.name;
            const kind = kindOf(e);
            out.entries.set(p, kind);
            if (out.entries.size >= MAX_ENTRIES) {
                out.truncated = `more than ${MAX_ENTRIES} entries`;
                break;
            }
            if (kind !== 'directory')
                continue;
            if (depth + 1 >= MAX_DEPTH)
                out.truncated = `directories nested deeper than ${MAX_DEPTH}`;
            else
                pending.push({ rel: p, depth: depth + 1 });
        }
    }
    return out;
}
/** A path that is not a regular file, or (`tooLarge`) not one within its size limit. */
class NotReadable extends Error {
    tooLarge;
    constructor(message, tooLarge = false) {
        super(message);
        this.tooLarge = tooLarge;
    }
}
/**
 * Opens a regular file without following a symbolic link in its last component and without
 * blocking (a FIFO opens at once and is refused), then hands up to `limit` bytes to `take`.
 * Returns how many bytes were read; `limit + 1` read means the file is larger than `limit`.
 * A chunk is `take`'s only during the call: its buffer is read into again, here and for the
 * next file, so what is kept must be copied.
 */
async function readBounded(abs, limit, take) {
    let fh;
    try {
        fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(abs, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK ?? 0));
    }
    catch (err) {
        if (err.code === 'ELOOP')
            throw new NotReadable('is a symbolic link');
        throw err;
    }
    const bufs = [lend(), lend()];
    let pending;
    try {
        const info = await fh.stat();
        if (!info.isFile())
            throw new NotReadable(`is a ${kindOf(info)}, not a regular file`);
        let total = 0;
        let which = 0;
        const next = () => fh.read(bufs[which], 0, Math.min(CHUNK, limit + 1 - total), null);
        pending = next();
        for (;;) {
            const { bytesRead } = await pending;
            pending = undefined;
            if (bytesRead === 0)
                break;
            const got = bufs[which].subarray(0, bytesRead);
            total += bytesRead;
            // The next read goes into the other buffer while this one is handed over: the file is read
            // while what was read is hashed.
            which ^= 1;
            if (total <= limit)
                pending = next();
            take(got);
            if (!pending)
                break;
        }
        return total;
    }
    finally {
        await pending?.catch(() => undefined);
        await fh.close();
        spare.push(...bufs.splice(0).slice(0, SPARE - spare.length));
    }
}
/** Bytes read at once. */
const CHUNK = 1 << 20;
/** Read buffers kept for the next file: every file of a bundle is read, one after another. */
const SPARE = 4;
const spare = [];
/** A read buffer: its bytes are only ever handed out up to what a read put there. */
const lend = () => spare.pop() ?? Buffer.allocUnsafe(CHUNK);
/** The bytes of a regular file; more than `limit` bytes is refused. */
async function readRegular(abs, limit) {
    const chunks = [];
    const size = await readBounded(abs, limit, (c) => chunks.push(Buffer.from(c)));
    if (size > limit)
        throw new NotReadable(`is larger than ${limit} bytes`, true);
    return Buffer.concat(chunks);
}
/** SHA-256 and size of a regular file, reading at most `limit + 1` bytes (size then says "larger"). */
async function digestRegular(abs, limit) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const size = await readBounded(abs, limit, (c) => hash.update(c));
    return { sha256: hash.digest('hex'), size };
}


/***/ }),

/***/ 9075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MZ: () => (/* binding */ serializeManifest),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   Rg: () => (/* binding */ REPORT_MD),
/* harmony export */   Uc: () => (/* binding */ reportDigestBytes),
/* harmony export */   WW: () => (/* binding */ bundleId),
/* harmony export */   e0: () => (/* binding */ MANIFEST),
/* harmony export */   lS: () => (/* binding */ BUNDLE_MEMBERS),
/* harmony export */   oA: () => (/* binding */ REPORT_JSON),
/* harmony export */   sc: () => (/* binding */ sha256),
/* harmony export */   xH: () => (/* binding */ serializeReport)
/* harmony export */ });
/* unused harmony export isBundlePath */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

const MANIFEST = 'manifest.json';
const REPORT_JSON = 'report.json';
const REPORT_MD = 'report.md';
function sha256(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
function serializeReport(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}
/**
 * report.json names the bundle it belongs to, so its manifest entry digests the report without
 * its `bundle` member: the same bytes `serializeReport` wrote before sealing.
 */
function reportDigestBytes(report) {
    const { bundle: _bundle, ...rest } = report;
    return serializeReport(rest);
}
function serializeManifest(manifest) {
    const files = [...manifest.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return `${JSON.stringify({ files }, null, 2)}\n`;
}
function bundleId(manifestBytes) {
    return `sha256:${sha256(manifestBytes)}`;
}
/** The members sealBundle writes into report.json's `bundle`, and nothing else. */
const BUNDLE_MEMBERS = ['id', 'manifest', 'files'];
const ENTRY_MEMBERS = new Set(['path', 'sha256', 'size', 'digestOf']);
const SHA256 = /^[0-9a-f]{64}$/;
/** A path a manifest may list: relative, `/`-separated, with no `.`, `..` or empty segment. */
function isBundlePath(p) {
    return (p !== '' &&
        !p.includes('\\') &&
        !p.includes('\0') &&
        p.split('/').every((s) => s !== '' && s !== '.' && s !== '..'));
}
/** What is wrong with one manifest entry, or undefined when it is one sealBundle could write. */
function entryProblem(e) {
    if (typeof e !== 'object' || e === null || Array.isArray(e))
        return `is ${JSON.stringify(e)}, not an entry`;
    const extra = Object.keys(e).filter((k) => !ENTRY_MEMBERS.has(k));
    if (extra.length > 0)
        return `has unknown member(s) ${extra.map((k) => JSON.stringify(k)).join(', ')}`;
    const { path: p, sha256: digest, size, digestOf } = e;
    if (typeof p !== 'string' || !isBundlePath(p))
        return `path ${JSON.stringify(p)} is not a path inside the bundle`;
    if (p === MANIFEST)
        return 'lists the manifest itself';
    if (typeof digest !== 'string' || !SHA256.test(digest))
        return `${p}: sha256 is not 64 hex digits`;
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0)
        return `${p}: size is not a byte count`;
    const sealed = (digestOf === 'report-without-bundle' && p === REPORT_JSON) ||
        (digestOf === 'markdown-without-bundle' && p === REPORT_MD);
    if (digestOf !== undefined && !sealed)
        return `${p}: digestOf ${JSON.stringify(digestOf)} is not one the seal writes`;
    return undefined;
}
/**
 * Parses manifest.json strictly: its bytes must be exactly what `serializeManifest` writes for
 * its content, every entry well-formed, no path twice. Returns the problems found (none: valid).
 */
function parseManifest(bytes) {
    let doc;
    try {
        doc = JSON.parse(bytes.toString('utf8'));
    }
    catch (err) {
        return { problems: [`not JSON: ${err.message}`] };
    }
    const files = doc?.files;
    if (typeof doc !== 'object' || doc === null || !Array.isArray(files))
        return { problems: ['not a manifest: no "files" list'] };
    const problems = [];
    const seen = new Set();
    files.forEach((e, i) => {
        const problem = entryProblem(e);
        if (problem)
            problems.push(`entry ${i + 1} ${problem}`);
        else if (seen.has(e.path))
            problems.push(`lists ${e.path} twice`);
        else
            seen.add(e.path);
    });
    if (problems.length > 0)
        return { problems };
    const manifest = doc;
    if (!Buffer.from(serializeManifest(manifest)).equals(bytes))
        problems.push('its bytes are not what the seal writes for its content (edited by hand?)');
    return { manifest, problems };
}


/***/ }),

/***/ 37504:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ prepareOutputDir)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61423);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9075);





/**
 * The output directory: created one level at a time, and emptied of exactly what an earlier run
 * sealed into it (the files its manifest.json lists). Anything else there belongs to someone
 * else, so the gate refuses the directory rather than delete it.
 */
const TOP_LEVEL = new Set([_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .REPORT_JSON */ .oA, _manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .REPORT_MD */ .Rg, _manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST */ .e0, 'evidence']);
/** Kernel file systems: writing there is never meant, and Node's mkdir can loop forever in /proc. */
const SYSTEM_DIRS = ['/proc', '/sys', '/dev'];
/** Below them, an ordinary file system: files in memory, the place for scratch output on Linux. */
const ORDINARY_FILES = '/dev/shm';
/** More levels than any real directory has; the loop creating them stops here. */
const MAX_LEVELS = 128;
const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;
const FS_ERRORS = {
    ENOTDIR: 'a part of the path is a file, not a directory',
    ELOOP: 'too many levels of symbolic links (a link loop?)',
    ENAMETOOLONG: 'a name in the path is too long for the file system',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'the file system is read-only',
    ENOSPC: 'no space left on the device',
    EDQUOT: 'disk quota exceeded',
    EIO: 'input/output error',
    EBUSY: 'the path is busy',
};
function refuse(dir, why) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`output directory ${dir}: ${why}`);
}
/** A file-system error while preparing `dir` as a usage error naming the path and the cause. */
function fsError(dir, at, err) {
    const code = err.code ?? '';
    const where = at === dir ? '' : ` (at ${at})`;
    return refuse(dir, `${FS_ERRORS[code] ?? err.message}${where}${code ? ` [${code}]` : ''}`);
}
function isUnder(p, root) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, p);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel));
}
function systemDir(p) {
    if (process.platform === 'win32')
        return undefined;
    if (isUnder(p, ORDINARY_FILES))
        return undefined;
    return SYSTEM_DIRS.find((s) => isUnder(p, s));
}
/** Creates `dir` and its missing parents one level at a time; true when `dir` itself was created. */
async function ensureDir(dir, within) {
    const { root } = node_path__WEBPACK_IMPORTED_MODULE_1___default().parse(dir);
    const parts = dir.slice(root.length).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).filter(Boolean);
    if (parts.length > MAX_LEVELS)
        throw refuse(dir, `more than ${MAX_LEVELS} levels deep`);
    let at = root;
    let created = false;
    for (const part of parts) {
        at = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(at, part);
        created = false;
        let info;
        try {
            info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(at);
        }
        catch (err) {
            if (err.code !== 'ENOENT')
                throw fsError(dir, at, err);
        }
        if (!info) {
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(at);
                created = true;
                continue;
            }
            catch (err) {
                if (err.code !== 'EEXIST')
                    throw fsError(dir, at, err);
                info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(at).catch((e) => {
                    throw fsError(dir, at, e);
                });
            }
        }
        if (info.isSymbolicLink()) {
            if (within && isUnder(at, within))
                throw refuse(dir, `${at} is a symbolic link; the default output directory must not lead elsewhere`);
            try {
                info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(at);
            }
            catch (err) {
                const code = err.code;
                throw code === 'ENOENT' ? refuse(dir, `${at} is a broken symbolic link`) : fsError(dir, at, err);
            }
        }
        if (!info.isDirectory())
            throw refuse(dir, `${at} is ${info.isFile() ? 'a file' : 'not a directory'}; choose a directory`);
    }
    return created;
}
/**
 * What may be removed: the files the previous run's manifest lists, the evidence directories
 * holding them, then the manifest. Throws, removing nothing, when anything else is there.
 */
async function previousRun(dir, names) {
    const foreign = names.filter((e) => !TOP_LEVEL.has(e));
    const list = (xs) => `${xs.slice(0, 3).join(', ')}${xs.length > 3 ? ', \u2026' : ''}`;
    const elsewhere = 'remove them or use an empty or dedicated directory';
    if (foreign.length > 0)
        throw refuse(dir, `holds files the gate did not write (${list(foreign)}); ${elsewhere}`);
    if (!names.includes(_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST */ .e0))
        throw refuse(dir, `holds ${list(names)} but no ${_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST */ .e0} of an earlier run, so they cannot be told from files of your own; ${elsewhere}`);
    let bytes;
    try {
        bytes = await (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readRegular */ .VX)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, _manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST */ .e0), MAX_MANIFEST_BYTES);
    }
    catch (err) {
        throw refuse(dir, `cannot read the ${_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST */ .e0} of an earlier run: ${err.message}; ${elsewhere}`);
    }
    const { manifest, problems } = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .parseManifest */ .Ng)(bytes);
    if (!manifest)
        throw refuse(dir, `its ${_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST */ .e0} is not one the gate wrote (${problems[0]}); ${elsewhere}`);
    const listed = new Set(manifest.files.map((f) => f.path));
    const tree = await (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .listTree */ .nT)(dir);
    if (tree.truncated || tree.unreadable.length > 0)
        throw refuse(dir, `cannot list it whole (${tree.truncated ?? tree.unreadable[0].detail}); ${elsewhere}`);
    const holders = new Set();
    for (const p of listed) {
        const segs = p.split('/');
        for (let i = 1; i < segs.length; i++)
            holders.add(segs.slice(0, i).join('/'));
    }
    const files = [];
    const dirs = [];
    const unknown = [];
    for (const [p, kind] of tree.entries) {
        if (p === _manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST */ .e0)
            continue;
        if (kind === 'directory' ? holders.has(p) : listed.has(p))
            (kind === 'directory' ? dirs : files).push(p);
        else
            unknown.push(kind === 'directory' ? `${p}/` : p);
    }
    if (unknown.length > 0)
        throw refuse(dir, `holds files the gate did not write (${list(unknown.sort())}: not in the earlier run's ${_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST */ .e0}); ${elsewhere}`);
    // Deepest first, so each directory is empty when it is removed.
    dirs.sort((a, b) => b.split('/').length - a.split('/').length);
    return { files, dirs };
}
/** Refuses a directory of a command without a bundle that holds anything the command did not write. */
async function ownedOnly(dir, owns) {
    const elsewhere = 'remove them or use an empty or dedicated directory';
    const tree = await (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .listTree */ .nT)(dir);
    if (tree.truncated || tree.unreadable.length > 0)
        throw refuse(dir, `cannot list it whole (${tree.truncated ?? tree.unreadable[0].detail}); ${elsewhere}`);
    const foreign = [...tree.entries]
        .filter(([p, kind]) => !owns(p, kind))
        .map(([p, kind]) => (kind === 'directory' ? `${p}/` : kind === 'file' ? p : `${p} (a ${kind})`))
        .sort();
    if (foreign.length > 0)
        throw refuse(dir, `holds files the gate did not write (${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ', \u2026' : ''}); ${elsewhere}`);
}
/**
 * Makes `dir` ready for a new bundle: creates it, or empties what the previous run sealed into
 * it. Refuses, with a usage error naming the path and why, a system directory, a file, a broken
 * or looping link, and a directory holding anything the gate did not write.
 */
async function prepareOutputDir(dir, opts = {}) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(dir);
    const sys = systemDir(abs);
    if (sys)
        throw refuse(abs, `${sys} is a system directory; choose a directory of your own`);
    const within = opts.within ? node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(opts.within) : undefined;
    if (within && (!isUnder(abs, within) || abs === within))
        throw refuse(abs, `must be inside ${within}`);
    const created = await ensureDir(abs, within);
    let real;
    try {
        real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(abs);
    }
    catch (err) {
        throw fsError(abs, abs, err);
    }
    const sysReal = systemDir(real);
    if (sysReal)
        throw refuse(abs, `it leads to ${real}, under the system directory ${sysReal}`);
    if (created)
        return;
    let names;
    try {
        names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(abs);
    }
    catch (err) {
        throw fsError(abs, abs, err);
    }
    if (names.length === 0)
        return;
    if (opts.owns)
        return ownedOnly(abs, opts.owns);
    const { files, dirs } = await previousRun(abs, names);
    try {
        for (const f of files)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.unlink)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(abs, ...f.split('/')));
        for (const d of dirs)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rmdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(abs, ...d.split('/')));
        // Last, so a run stopped half-way still finds what it may remove.
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.unlink)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(abs, _manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST */ .e0));
    }
    catch (err) {
        throw fsError(abs, abs, err);
    }
}


/***/ }),

/***/ 3167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t2: () => (/* binding */ exists),
  CS: () => (/* binding */ listFiles),
  g$: () => (/* reexport */ outputDir/* prepareOutputDir */.g),
  u2: () => (/* binding */ sealBundle)
});

// UNUSED EXPORTS: digestFile, sealFiles

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/report/markdown.ts + 1 modules
var report_markdown = __webpack_require__(5374);
// EXTERNAL MODULE: ./src/bundle/manifest.ts
var bundle_manifest = __webpack_require__(9075);
;// CONCATENATED MODULE: ./src/bundle/redactFiles.ts
/**
 * The last redaction pass, run when every check has ended and the secret set can no longer
 * grow: every file under the output directory is redacted again with all of it, so evidence
 * written before a later check registered a secret (the secrets scan, the env check) is masked
 * too. JSON is redacted value by value \u2014 a value cut short ends its own string, where the piece
 * of a secret the cut left is recognised. Returns `data` itself when nothing was masked, so a
 * clean file is not written again.
 */
function redactFileBytes(rel, data, redactor) {
    // The bytes are redacted as well: JSON.parse keeps one of two equal keys, and the other must
    // not survive unseen.
    const json = rel.endsWith('.json') ? redactor.redactJsonBytes(data) : undefined;
    return redactor.redactBytes(json ?? data);
}

// EXTERNAL MODULE: ./src/bundle/outputDir.ts
var outputDir = __webpack_require__(37504);
;// CONCATENATED MODULE: ./src/bundle/seal.ts









async function listFiles(dir, base = dir) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    // Each folder's files are listed at once (a check's evidence is a folder of its own).
    const lists = await Promise.all(entries.map(async (e) => {
        const abs = external_node_path_default().join(dir, e.name);
        if (e.isDirectory())
            return listFiles(abs, base);
        return [external_node_path_default().relative(base, abs).split((external_node_path_default()).sep).join('/')];
    }));
    return lists.flat().sort();
}
async function digestFile(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    for await (const chunk of (0,external_node_fs_.createReadStream)(file)) {
        hash.update(chunk);
        size += chunk.length;
    }
    return { sha256: hash.digest('hex'), size };
}
/** Files up to this size are read whole several at once; a larger one is read alone. */
const SMALL_FILE = 1024 * 1024;
/** Small files read at once: each read waits on the disk more than on this thread. */
const FILES_AT_ONCE = 16;
/**
 * Each file of the directory redacted with `redactor` (when given; see redactFileBytes) and then
 * digested, from the bytes it was redacted in: every file is read once. Small files are done
 * several at once; a large one alone, so at most one large file is held at a time.
 */
async function sealFiles(dir, files, redactor) {
    const small = (0,p_limit/* default */.A)(FILES_AT_ONCE);
    const large = (0,p_limit/* default */.A)(1);
    const seal = async (rel) => {
        const abs = external_node_path_default().join(dir, ...rel.split('/'));
        if (!redactor)
            return { path: rel, ...(await digestFile(abs)), changed: false };
        const data = await (0,promises_.readFile)(abs);
        const out = redactFileBytes(rel, data, redactor);
        const changed = out !== data;
        if (changed)
            await (0,promises_.writeFile)(abs, out);
        return { path: rel, sha256: (0,bundle_manifest/* sha256 */.sc)(out), size: out.length, changed };
    };
    return Promise.all(files.map(async (rel) => {
        const { size } = await (0,promises_.stat)(external_node_path_default().join(dir, ...rel.split('/')));
        return (size > SMALL_FILE ? large : small)(() => seal(rel));
    }));
}
/**
 * Writes report.md, digests every file, writes manifest.json, then report.json and the last
 * line of report.md carrying the bundle id (the manifest's digest). Returns the sealed report.
 *
 * With a redactor, sealing is where redaction is complete: every check has ended, so every
 * secret is known. The report (keys included), report.md and every file under the directory are
 * redacted with all of them, each before it is digested; what history keeps is taken from the
 * sealed report, so it is redacted alike.
 */
async function sealBundle(dir, unredacted, markdown, redactor) {
    const report = redactor ? redactor.redactDeep(unredacted) : unredacted;
    await (0,promises_.writeFile)(external_node_path_default().join(dir, bundle_manifest/* REPORT_MD */.Rg), markdown);
    const files = (await listFiles(dir)).filter((f) => f !== bundle_manifest/* MANIFEST */.e0 && f !== bundle_manifest/* REPORT_JSON */.oA);
    const entries = (await sealFiles(dir, files, redactor)).map((f) => ({
        path: f.path,
        sha256: f.sha256,
        size: f.size,
        // report.md names its bundle in a last line added below: digested without it.
        ...(f.path === bundle_manifest/* REPORT_MD */.Rg ? { digestOf: 'markdown-without-bundle' } : {}),
    }));
    const unsealed = (0,bundle_manifest/* reportDigestBytes */.Uc)(report);
    entries.push({
        path: bundle_manifest/* REPORT_JSON */.oA,
        sha256: (0,bundle_manifest/* sha256 */.sc)(unsealed),
        size: Buffer.byteLength(unsealed),
        digestOf: 'report-without-bundle',
    });
    const manifest = { files: entries };
    const manifestBytes = (0,bundle_manifest/* serializeManifest */.MZ)(manifest);
    await (0,promises_.writeFile)(external_node_path_default().join(dir, bundle_manifest/* MANIFEST */.e0), manifestBytes);
    const id = (0,bundle_manifest/* bundleId */.WW)(manifestBytes);
    await (0,promises_.appendFile)(external_node_path_default().join(dir, bundle_manifest/* REPORT_MD */.Rg), (0,report_markdown/* bundleTrailer */.qG)(id));
    const sealed = {
        ...report,
        bundle: { id, manifest: bundle_manifest/* MANIFEST */.e0, files: entries.length },
    };
    await (0,promises_.writeFile)(external_node_path_default().join(dir, bundle_manifest/* REPORT_JSON */.oA), (0,bundle_manifest/* serializeReport */.xH)(sealed));
    return { report: sealed, manifest: JSON.parse(manifestBytes) };
}
async function exists(p) {
    try {
        await (0,promises_.stat)(p);
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 10907:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyBundle: () => (/* binding */ verifyBundle)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5374);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61423);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9075);





/** A manifest is a list of digests; one this large is not one the gate wrote. */
const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;
/** report.json is the digested report plus its `bundle` member, which takes far less than this. */
const BUNDLE_MEMBER_BYTES = 4096;
const short = (digest) => `${digest.slice(0, 12)}\u2026`;
/** Digest and size of one listed file against its entry. */
async function checkFile(dir, entry) {
    const at = { path: entry.path };
    let got;
    try {
        got = await (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .digestRegular */ .N5)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, ...entry.path.split('/')), entry.size);
    }
    catch (err) {
        return [
            { ...at, kind: err instanceof _files_js__WEBPACK_IMPORTED_MODULE_3__/* .NotReadable */ .SX ? 'not-file' : 'unreadable', detail: err.message },
        ];
    }
    if (got.size > entry.size)
        return [{ ...at, kind: 'changed', detail: `larger than the ${entry.size} bytes the manifest lists` }];
    if (got.size !== entry.size)
        return [{ ...at, kind: 'changed', detail: `${got.size} bytes, the manifest lists ${entry.size}` }];
    if (got.sha256 !== entry.sha256)
        return [
            { ...at, kind: 'changed', detail: `sha256 ${short(got.sha256)} \u2260 manifest ${short(entry.sha256)}` },
        ];
    return [];
}
/** What differs between the members of report.json's `bundle` and those the seal writes. */
function membersProblem(members) {
    const odd = members.filter((k) => !_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .BUNDLE_MEMBERS */ .lS.includes(k));
    const lacking = _manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .BUNDLE_MEMBERS */ .lS.filter((k) => !members.includes(k));
    const parts = [
        ...(odd.length ? [`has ${odd.map((k) => JSON.stringify(k)).join(', ')}`] : []),
        ...(lacking.length ? [`lacks ${lacking.join(', ')}`] : []),
    ];
    return parts.length ? parts.join(' and ') : undefined;
}
/**
 * report.json names the bundle it belongs to, so its entry digests the report without its
 * `bundle` member. Every byte is still covered: the file must be exactly what the seal writes
 * for its own content (no whitespace, order or duplicate-key edit passes), `bundle` must hold
 * exactly the seal's members, and the rest must match the digest.
 */
async function checkReport(dir, entry, id, files) {
    const problem = (kind, detail) => ({
        path: _manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .REPORT_JSON */ .oA,
        kind,
        detail,
    });
    if (entry.digestOf !== 'report-without-bundle')
        return [problem('malformed', 'its manifest entry must digest the report without its bundle member')];
    let bytes;
    try {
        bytes = await (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readRegular */ .VX)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, _manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .REPORT_JSON */ .oA), entry.size + BUNDLE_MEMBER_BYTES);
    }
    catch (err) {
        const detail = err.message;
        if (!(err instanceof _files_js__WEBPACK_IMPORTED_MODULE_3__/* .NotReadable */ .SX))
            return [problem('unreadable', detail)];
        return [problem(err.tooLarge ? 'changed' : 'not-file', detail)];
    }
    let report;
    try {
        report = JSON.parse(bytes.toString('utf8'));
    }
    catch (err) {
        return [problem('changed', `not JSON: ${err.message}`)];
    }
    if (typeof report !== 'object' || report === null || Array.isArray(report))
        return [problem('changed', 'not a report object')];
    const out = [];
    if (!Buffer.from((0,_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .serializeReport */ .xH)(report)).equals(bytes))
        out.push(problem('changed', 'its bytes are not what the seal writes for its content (whitespace, order or a duplicate key was edited)'));
    const bundle = report.bundle;
    if (typeof bundle !== 'object' || bundle === null || Array.isArray(bundle)) {
        out.push(problem('bundle-id', `report names no bundle, the manifest digests to ${id}`));
    }
    else {
        const members = membersProblem(Object.keys(bundle));
        if (members)
            out.push(problem('changed', `its bundle member ${members}`));
        const b = bundle;
        if (b.id !== id)
            out.push(problem('bundle-id', `report names bundle ${JSON.stringify(b.id)}, the manifest digests to ${id}`));
        if (b.manifest !== undefined && b.manifest !== _manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST */ .e0)
            out.push(problem('changed', `bundle.manifest is ${JSON.stringify(b.manifest)}`));
        if (b.files !== undefined && b.files !== files)
            out.push(problem('changed', `bundle.files is ${JSON.stringify(b.files)}, the manifest lists ${files}`));
    }
    const unsealed = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .reportDigestBytes */ .Uc)(report);
    const digest = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256 */ .sc)(unsealed);
    if (digest !== entry.sha256 || Buffer.byteLength(unsealed) !== entry.size)
        out.push(problem('changed', `sha256 ${short(digest)} \u2260 manifest ${short(entry.sha256)}`));
    return out;
}
/** How report.md's last line names a bundle (see `bundleTrailer`). */
const BUNDLE_LINE = /\n<sub>evidence bundle `(sha256:[0-9a-f]{64})`/g;
/**
 * report.md ends with the line naming its bundle, added after the manifest was made: the rest of
 * the file must match the digest, and the line must be exactly the one for this bundle.
 */
async function checkMarkdown(dir, entry, id) {
    const problem = (kind, detail) => ({
        path: _manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .REPORT_MD */ .Rg,
        kind,
        detail,
    });
    const trailer = Buffer.from((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .bundleTrailer */ .qG)(id));
    let bytes;
    try {
        bytes = await (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readRegular */ .VX)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, _manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .REPORT_MD */ .Rg), entry.size + trailer.length);
    }
    catch (err) {
        const detail = err.message;
        if (!(err instanceof _files_js__WEBPACK_IMPORTED_MODULE_3__/* .NotReadable */ .SX))
            return [problem('unreadable', detail)];
        return [problem(err.tooLarge ? 'changed' : 'not-file', detail)];
    }
    const body = bytes.subarray(0, Math.max(0, bytes.length - trailer.length));
    if (bytes.length < trailer.length || !bytes.subarray(body.length).equals(trailer)) {
        // Naming another bundle is a copy from elsewhere; naming none, an edit.
        const named = [...bytes.toString('utf8').matchAll(BUNDLE_LINE)].at(-1)?.[1];
        return named && named !== id
            ? [problem('bundle-id', `report names bundle ${JSON.stringify(named)}, the manifest digests to ${id}`)]
            : [problem('changed', `its last line is not the one naming bundle ${id}`)];
    }
    if (body.length !== entry.size)
        return [
            problem('changed', `${body.length} bytes before its bundle line, the manifest lists ${entry.size}`),
        ];
    const digest = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256 */ .sc)(body);
    if (digest !== entry.sha256)
        return [problem('changed', `sha256 ${short(digest)} \u2260 manifest ${short(entry.sha256)}`)];
    return [];
}
function unusable(detail) {
    return { ok: false, files: 0, problems: [{ path: '.', kind: 'unreadable', detail }], unusable: detail };
}
/**
 * Recomputes every digest of a bundle directory against its manifest and report. Reads regular
 * files only, never follows a symbolic link, and reads no more than the manifest declares.
 */
async function verifyBundle(dir, expectedId) {
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(dir);
        if (!info.isDirectory())
            return unusable(`${dir} is a ${(0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .kindOf */ .I)(info)}, not a directory`);
    }
    catch (err) {
        const code = err.code;
        return unusable(code === 'ENOENT' ? `${dir} does not exist` : `cannot read ${dir}: ${err.message}`);
    }
    const listing = await (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .listTree */ .nT)(dir);
    const top = listing.unreadable.find((u) => u.path === '.');
    if (top)
        return unusable(`cannot read ${dir}: ${top.detail}`);
    const problems = listing.unreadable.map((u) => ({
        path: u.path,
        kind: 'unreadable',
        detail: u.detail,
    }));
    if (listing.truncated)
        problems.push({ path: '.', kind: 'unreadable', detail: `not listed whole: ${listing.truncated}` });
    const fail = (p, id) => ({
        ok: false,
        ...(id ? { bundleId: id } : {}),
        files: 0,
        problems: [...problems, p],
    });
    const kind = listing.entries.get(_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST */ .e0);
    if (kind === undefined)
        return fail({ path: _manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST */ .e0, kind: 'removed', detail: 'missing: not an evidence bundle' });
    let manifestBytes;
    try {
        manifestBytes = await (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readRegular */ .VX)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, _manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST */ .e0), MAX_MANIFEST_BYTES);
    }
    catch (err) {
        return fail({
            path: _manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST */ .e0,
            kind: err instanceof _files_js__WEBPACK_IMPORTED_MODULE_3__/* .NotReadable */ .SX ? 'not-file' : 'unreadable',
            detail: err.message,
        });
    }
    const id = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .bundleId */ .WW)(manifestBytes);
    const parsed = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .parseManifest */ .Ng)(manifestBytes);
    for (const detail of parsed.problems)
        problems.push({ path: _manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST */ .e0, kind: 'malformed', detail });
    if (!parsed.manifest)
        return { ok: false, bundleId: id, files: 0, problems };
    const entries = parsed.manifest.files;
    const listed = new Set(entries.map((e) => e.path));
    if (!listed.has(_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .REPORT_JSON */ .oA))
        problems.push({ path: _manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST */ .e0, kind: 'malformed', detail: `lists no ${_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .REPORT_JSON */ .oA}` });
    for (const entry of entries) {
        const found = listing.entries.get(entry.path);
        if (found === undefined)
            problems.push({ path: entry.path, kind: 'removed', detail: 'listed in the manifest but missing' });
        else if (found !== 'file')
            problems.push({ path: entry.path, kind: 'not-file', detail: `is a ${found}, not a regular file` });
        else if (entry.path === _manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .REPORT_JSON */ .oA)
            problems.push(...(await checkReport(dir, entry, id, entries.length)));
        else if (entry.digestOf === 'markdown-without-bundle')
            problems.push(...(await checkMarkdown(dir, entry, id)));
        else
            problems.push(...(await checkFile(dir, entry)));
    }
    for (const [p, k] of listing.entries) {
        if (k === 'directory' || p === _manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST */ .e0 || listed.has(p))
            continue;
        problems.push({
            path: p,
            kind: 'added',
            detail: `not in the manifest${k === 'file' ? '' : ` (a ${k})`}`,
        });
    }
    if (expectedId && expectedId !== id)
        problems.push({ path: _manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST */ .e0, kind: 'bundle-id', detail: `bundle is ${id}, expected ${expectedId}` });
    return { ok: problems.length === 0, bundleId: id, files: entries.length, problems };
}


/***/ }),

/***/ 19983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I2: () => (/* binding */ commentBody),
/* harmony export */   TN: () => (/* binding */ checkRunOutput),
/* harmony export */   b1: () => (/* binding */ LIMITS),
/* harmony export */   sp: () => (/* binding */ jobSummary)
/* harmony export */ });
/* unused harmony exports fullReportHint, evidenceLine, checkRunTitle, fitBytes */
/* harmony import */ var _report_headline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14512);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5374);


/** GitHub's size limits, as its API counts them. */
const LIMITS = {
    /** Check run output.summary and output.text, characters each. */
    checkRunText: 65_535,
    /** Issue and pull request comment body, characters. */
    commentBody: 65_536,
    /** One step's job summary, bytes; above it the upload fails with an error annotation. */
    jobSummaryBytes: 1024 * 1024,
};
const md = (text) => text.replace(/[[\]`*_<>|]/g, (c) => `\\${c}`);
const link = (text, url) => (url ? `[${md(text)}](${url})` : md(text));
/** Names where the full report is, for the line a shortened report ends with. */
function fullReportHint(links) {
    const places = [
        links.runUrl ? `the ${link('job summary', links.runUrl)}` : '',
        links.artifact
            ? `the evidence artifact ${link(links.artifact.name, links.artifact.url)} (report.md)`
            : '',
    ].filter(Boolean);
    return places.length ? places.join(' and ') : 'report.md in the evidence bundle';
}
/** The closing line every published copy carries: where the evidence is and how to check it. */
function evidenceLine(report, links) {
    const parts = [];
    if (links.artifact)
        parts.push(`evidence artifact ${link(links.artifact.name, links.artifact.url)}`);
    if (report.bundle)
        parts.push(`bundle \`${report.bundle.id}\``);
    if (links.checkRun?.url)
        parts.push(link(`check run ${links.checkRun.name}`, links.checkRun.url));
    if (links.comment?.url)
        parts.push(link('PR comment', links.comment.url));
    if (links.runUrl)
        parts.push(link('workflow run', links.runUrl));
    return parts.length ? `\n---\n<sub>${parts.join(' \u00b7 ')}</sub>\n` : '';
}
/** Renders the report plus a fixed tail within `budget` characters, degrading before truncating. */
function withTail(report, budget, tail, links) {
    const body = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .renderMarkdown */ .Gc)(report, {
        budget: Math.max(0, budget - tail.length),
        fullReportHint: fullReportHint(links),
    });
    return `${body}${tail}`.slice(0, budget);
}
function checkRunTitle(report) {
    const c = report.counts;
    const bad = [
        c.fail ? `${c.fail} failed` : '',
        c.error ? `${c.error} could not run` : '',
        c.warn ? `${c.warn} warned` : '',
    ]
        .filter(Boolean)
        .join(', ');
    const verdict = report.verdict === 'promote' ? 'Promote' : 'Hold';
    // A hold says what holds it first, as the report's headline does.
    const cause = report.verdict === 'hold' ? (0,_report_headline_js__WEBPACK_IMPORTED_MODULE_1__/* .holdCause */ .T)(report) : undefined;
    const action = report.verdict === 'promote' ? ` \u00b7 ${report.action}` : '';
    return `${verdict}${cause ? ` \u00b7 ${cause}` : ''} \u00b7 score ${report.score}/5${action} \u00b7 level ${report.level} \u00b7 ${bad || `${c.pass} of ${c.total} passed`}`;
}
/**
 * summary: the report, as on the pull request. text: the evidence \u2014 how to get and verify the
 * bundle, what was annotated, and the manifest (cut first when space runs out).
 */
function checkRunOutput(report, links, plan, manifest) {
    const summary = withTail(report, LIMITS.checkRunText, evidenceLine(report, links), links);
    const head = ['### Evidence', ''];
    if (report.bundle) {
        head.push(`Bundle \`${report.bundle.id}\` \u2014 ${report.bundle.files} file(s), each listed with its SHA-256 in \`manifest.json\`.`);
        if (links.artifact)
            head.push(`Download the artifact ${link(links.artifact.name, links.artifact.url)}, unzip it, and check it:`);
        head.push('', '```sh', `npx promotion-gate verify <dir> --bundle-id ${report.bundle.id}`, '```');
    }
    if (plan) {
        const notes = [
            `${plan.annotations.length} finding(s) annotated on their lines`,
            plan.overLimit
                ? `${plan.overLimit} more left out (at most ${plan.annotations.length} annotations)`
                : '',
            plan.outside ? `${plan.outside} outside the repository` : '',
            plan.duplicates ? `${plan.duplicates} duplicate(s) merged` : '',
        ].filter(Boolean);
        head.push('', `${notes.join('; ')}.`);
    }
    const tailNote = `\n\n_The full list is \`manifest.json\` in ${fullReportHint(links)}._\n`;
    const lines = [...head];
    if (manifest?.length) {
        lines.push('', '| File | Size | SHA-256 |', '|---|---|---|');
        let used = lines.join('\n').length + tailNote.length;
        let shown = 0;
        for (const f of manifest) {
            const row = `| \`${f.path.replace(/[`|]/g, '_')}\` | ${f.size} | \`${f.sha256.slice(0, 16)}\u2026\` |`;
            if (used + row.length + 1 > LIMITS.checkRunText)
                break;
            lines.push(row);
            used += row.length + 1;
            shown++;
        }
        if (shown < manifest.length)
            lines.push(`| \u2026 ${manifest.length - shown} more | | |`, tailNote.trim());
    }
    const text = lines.join('\n').slice(0, LIMITS.checkRunText);
    return { title: checkRunTitle(report).slice(0, 255), summary, text };
}
/** The sticky comment: its hidden marker, then the report within GitHub's comment limit. */
function commentBody(report, marker, links) {
    const head = `${marker}\n`;
    return head + withTail(report, LIMITS.commentBody - head.length, evidenceLine(report, links), links);
}
/**
 * The job summary: the report, publishing notes and links, within 1 MiB of UTF-8 (GitHub counts
 * bytes; a report of non-Latin text can be twice its character count).
 */
function jobSummary(report, links, notes, maxBytes) {
    const tail = (notes.length ? `\n> [!NOTE]\n${notes.map((n) => `> ${n}`).join('\n>\n')}\n` : '') +
        evidenceLine(report, links);
    return fitBytes((chars) => withTail(report, chars, tail, links), maxBytes);
}
/** Renders under a character budget shrunk until the UTF-8 size fits `maxBytes`. */
function fitBytes(render, maxBytes) {
    let budget = maxBytes;
    for (let i = 0; i < 8; i++) {
        const text = render(budget);
        const bytes = Buffer.byteLength(text);
        if (bytes <= maxBytes)
            return text;
        // Scale by this text's own bytes per character: the budget may have been far above its length.
        budget = Math.floor((Math.min(budget, text.length) * maxBytes) / bytes) - 64;
    }
    const text = render(budget);
    return Buffer.from(text)
        .subarray(0, maxBytes)
        .toString('utf8')
        .replace(/\uFFFD$/, '');
}


/***/ })

};
