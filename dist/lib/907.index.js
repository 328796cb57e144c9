export const id = 907;
export const ids = [907];
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


/***/ })

};
