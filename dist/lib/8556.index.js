export const id = 8556;
export const ids = [8556,6175];
export const modules = {

/***/ 68556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compileCustom: () => (/* binding */ compileCustom),
/* harmony export */   secretsScan: () => (/* binding */ secretsScan)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12123);
/* harmony import */ var _scanner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42817);



function compileCustom(r) {
    return {
        id: r.id,
        title: r.title ?? r.id,
        keywords: r.keywords?.map((k) => k.toLowerCase()) ?? [''],
        pattern: new RegExp(r.pattern, 'g'),
        ...(r.entropy !== undefined ? { entropy: r.entropy } : {}),
        ...(r.level ? { level: r.level } : {}),
    };
}
/** Fingerprints remembered for telling a commit's values from the diff's, at most. */
const MAX_SEEN = 100_000;
const secretsScan = (raw, emit) => {
    const o = raw;
    const rules = [..._rules_js__WEBPACK_IMPORTED_MODULE_0__/* .RULES */ .y.filter((r) => !o.disableRules.includes(r.id)), ...o.rules.map(compileCustom)];
    const allowFile = o.allowPaths.length ? picomatch__WEBPACK_IMPORTED_MODULE_2___default()([...o.allowPaths], { dot: true }) : () => false;
    const hits = [];
    const skippedFiles = [];
    const unread = [];
    let total = 0;
    let scannedFiles = 0;
    let binaryScanned = 0;
    /** The commit whose lines are being read, once the diff has been (see DiffVisitor.history). */
    let commit;
    /** Values found so far, by fingerprint: a commit's value the diff or a newer commit held is not new. */
    const seen = new Set();
    const scanner = new _scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .SecretScanner */ .Jq({
        rules,
        minEntropy: o.minEntropy,
        allowPatterns: o.allowPatterns.map((p) => new RegExp(p)),
        inlineMarkers: o.inlineMarkers,
    }, (found) => {
        // Every line of the diff is reported; a commit's value once, and only when it is new.
        if (commit !== undefined && seen.has(found.fingerprint))
            return;
        // Bounded: past it the check fails on what it found, and a commit's value may repeat one.
        if (seen.size < MAX_SEEN)
            seen.add(found.fingerprint);
        const hit = commit === undefined ? found : { ...found, commit };
        emit({
            secret: hit.secret,
            ...(hit.lines ? { body: hit.lines.join('\n') } : {}),
        });
        total++;
        if (hits.length < o.maxHits)
            hits.push(hit);
    });
    return {
        visitor: {
            file(h) {
                scanner.flush();
                // A binary file is looked at once its text is read, after the diff.
                if (h.binary && !h.binaryText)
                    return false;
                if (h.path && allowFile(h.path)) {
                    if (commit === undefined)
                        skippedFiles.push(h.path);
                    return false;
                }
                if (commit !== undefined)
                    return true;
                if (h.path)
                    scannedFiles++;
                if (h.binaryText)
                    binaryScanned++;
                return true;
            },
            added: (file, line, text, piece) => scanner.line(file, line, text, piece),
            keywords: scanner.keywords,
            wantsNext: () => scanner.inKey,
            binaryText: true,
            history: true,
            commit(sha) {
                scanner.flush();
                commit = sha;
            },
            unread(file, why) {
                scannedFiles--;
                binaryScanned--;
                unread.push({ file, why });
            },
        },
        finish() {
            scanner.flush();
            return { hits, total, skippedFiles, scannedFiles, binaryScanned, unread, rules: rules.length };
        },
    };
};


/***/ }),

/***/ 42817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jq: () => (/* binding */ SecretScanner)
/* harmony export */ });
/* unused harmony exports redactSecret, secretFingerprint */
/* harmony import */ var _core_sha256_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87424);
/* harmony import */ var _core_keywords_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50099);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37409);



const KEY_BEGIN = /^\s*["'`]?-----BEGIN[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----["'`,]?\s*$/;
const KEY_BODY = /^\s*["'`]?([A-Za-z0-9+/=]{40,})/;
/** The lines after the first, up to the END marker (the last one is often short). */
const KEY_MORE = /^\s*["'`]?([A-Za-z0-9+/=]+)["'`,]?\s*$/;
/** Headers before a key's body: PEM encryption headers, PGP armor headers, a blank line. */
const KEY_HEADER = /^\s*(?:Proc-Type|DEK-Info|Comment|Version|Hash|Charset):|^\s*$/;
/** A key body is a few dozen lines; past this it is not one. */
const MAX_KEY_LINES = 200;
const KEY_PIECE = /^[A-Za-z0-9+/=]+$/;
/**
 * How a finding is shown: by its length alone. The rule's title says what kind of secret it is
 * and the file and line where; no character of the value is shown, not a token's first or last
 * few (which are of the secret, bar a format's prefix), nor a key's, nor a password's.
 */
function redactSecret(value) {
    return `*** (${value.length} chars)`;
}
/** Stable across line moves, so a reviewed baseline survives unrelated edits. */
function secretFingerprint(rule, file, secret) {
    return (0,_core_sha256_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256 */ .s)(`${rule}\0${file}\0${secret}`, 'hex').slice(0, 24);
}
/**
 * Where the search goes on after an empty match at `re.lastIndex`, as matchAll goes on: one
 * code unit further, or one code point with the u or v flag (a user's rule may match nothing).
 */
function pastEmptyMatch(text, re) {
    const at = re.lastIndex;
    if (!/[uv]/.test(re.flags) || at + 1 >= text.length)
        return at + 1;
    const c = text.charCodeAt(at);
    const d = text.charCodeAt(at + 1);
    return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? at + 2 : at + 1;
}
/**
 * The body of a key written on one line (`\\n` escapes, as in JSON): the first piece, then the
 * pieces up to the END marker; without one, only pieces long enough to be key material.
 */
function escapedKeyLines(first, rest) {
    const end = rest.indexOf('-----END');
    const lines = [first];
    for (const piece of (end >= 0 ? rest.slice(0, end) : rest).split(/\\r|\\n|\s+/)) {
        if (!piece)
            continue;
        if (!KEY_PIECE.test(piece) || (end < 0 && piece.length < 16) || lines.length >= MAX_KEY_LINES)
            break;
        lines.push(piece);
    }
    return lines;
}
/**
 * Scans added lines, one at a time, as the diff streams by. A line is matched against rule
 * regexes only when it holds one of their keywords \u2014 found for all rules at once by one pass of
 * a keyword automaton \u2014 which is what keeps the scan close to the speed of `git diff` itself.
 */
class SecretScanner {
    opts;
    onHit;
    matcher;
    /** Rules to try for each keyword of the matcher. */
    byKeyword;
    /** Rules without keywords: tried on every line. */
    always;
    beginKeyword;
    /** Rules to run on the current line: flags by rule index, and the indices set. */
    candidate;
    candidates = [];
    /** Per rule, its groups holding the value (`secret`, `secret2`\u2026): alternatives name theirs apart. */
    secretGroups;
    /**
     * Per rule, its pattern, this scanner's own: a pattern is searched with `exec` from its
     * `lastIndex`, which another scanner of the same rules must not move meanwhile.
     */
    patterns;
    /** The literal starts of the rules' token formats. */
    knownPrefix;
    pendingKey;
    lineKey = '';
    lineSeen = new Set();
    constructor(opts, onHit) {
        this.opts = opts;
        this.onHit = onHit;
        const words = [...new Set(opts.rules.flatMap((r) => r.keywords).filter(Boolean)), '-----begin'];
        this.matcher = new _core_keywords_js__WEBPACK_IMPORTED_MODULE_2__/* .KeywordMatcher */ .m(words);
        this.byKeyword = words.map(() => []);
        this.always = [];
        const index = new Map(words.map((w, i) => [w, i]));
        opts.rules.forEach((r, ri) => {
            const ks = r.keywords.filter(Boolean);
            if (ks.length === 0)
                this.always.push(ri);
            for (const k of new Set(ks))
                this.byKeyword[index.get(k)].push(ri);
        });
        this.beginKeyword = words.length - 1;
        this.candidate = new Uint8Array(opts.rules.length);
        this.patterns = opts.rules.map((r) => new RegExp(r.pattern.source, r.pattern.flags));
        this.secretGroups = opts.rules.map((r) => [...r.pattern.source.matchAll(/\(\?<(secret\d*)>/g)].map((m) => m[1]));
        const prefixes = [...new Set(opts.rules.map((r) => r.prefix ?? ''))].filter((p) => /^.{2,}[_.-]$/.test(p));
        this.knownPrefix = prefixes.length
            ? new RegExp(`^(?:${prefixes.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`)
            : undefined;
    }
    /**
     * Every keyword of the rules: a line holding none of them is no hit, unless a key's body is
     * under way (`inKey`). Undefined when some rule has no keyword and so reads every line.
     */
    get keywords() {
        return this.always.length ? undefined : this.matcher.words;
    }
    /**
     * Whether any line of `text` could be a hit: some rule reads every line, a key's body is under
     * way, or the text holds a keyword (a keyword in one of its lines is in the text). One pass over
     * a text of many lines, most of which hold none.
     */
    mayHit(text) {
        return this.always.length > 0 || this.pendingKey !== undefined || this.matcher.any(text);
    }
    /** A private key's BEGIN line was seen: the lines after it are read whatever they hold. */
    get inKey() {
        return this.pendingKey !== undefined;
    }
    line(file, line, text, piece) {
        if (this.pendingKey)
            this.keyBody(file, line, text);
        const pairs = this.matcher.find(text);
        if (pairs === 0 && this.always.length === 0)
            return;
        const { found } = this.matcher;
        const rules = this.opts.rules;
        const { candidate, candidates } = this;
        for (const ri of candidates)
            candidate[ri] = 0;
        candidates.length = 0;
        for (const ri of this.always) {
            candidate[ri] = 1;
            candidates.push(ri);
        }
        let begin = false;
        // Rules of a family share one `after` regex: test it once per keyword position.
        let lastAfter;
        let lastAt = -1;
        let lastOk = false;
        // `found` holds the last line's pairs when this one has none (custom rules without keywords).
        for (let i = 0; i < pairs * 2; i += 2) {
            const w = found[i];
            const at = found[i + 1];
            if (w === this.beginKeyword)
                begin = true;
            for (const ri of this.byKeyword[w]) {
                if (candidate[ri])
                    continue;
                const after = rules[ri].after;
                if (after) {
                    if (after !== lastAfter || at !== lastAt) {
                        after.lastIndex = at;
                        lastOk = after.test(text);
                        lastAfter = after;
                        lastAt = at;
                    }
                    if (!lastOk)
                        continue;
                }
                candidate[ri] = 1;
                candidates.push(ri);
            }
        }
        if (candidates.length === 0 && !begin)
            return;
        const marker = this.opts.inlineMarkers?.some((m) => text.includes(m)) ?? false;
        if (begin && piece === 0 && KEY_BEGIN.test(text)) {
            this.pendingKey = { file, line, next: line + 1, allowed: marker };
            return;
        }
        // In table order: a span an earlier rule reported is not reported again.
        if (candidates.length > 1)
            candidates.sort((a, b) => a - b);
        const spans = [];
        for (const ri of candidates) {
            const rule = rules[ri];
            const groups = this.secretGroups[ri];
            const re = this.patterns[ri];
            re.lastIndex = 0;
            // An exec loop, not matchAll: matchAll copies the pattern on every call, which cost more
            // than the matching itself on code that names passwords and tokens on every line.
            for (let m = re.exec(text); m !== null; m = re.exec(text)) {
                if (m[0] === '')
                    re.lastIndex = pastEmptyMatch(text, re);
                let secret = m[0];
                for (const g of groups) {
                    const v = m.groups?.[g];
                    if (v !== undefined) {
                        secret = v;
                        break;
                    }
                }
                // A user's rule that may match nothing finds no secret where it does.
                if (secret === '')
                    continue;
                const start = (m.index ?? 0) + m[0].lastIndexOf(secret);
                const end = start + secret.length;
                if (spans.some(([s, e]) => start < e && end > s))
                    continue;
                if (rule.name && !rule.name.test(m.groups?.name ?? ''))
                    continue;
                if (!this.plausible(rule, secret, text, m.groups ?? {}))
                    continue;
                spans.push([start, end]);
                const lines = rule.id === 'private-key' ? escapedKeyLines(secret, text.slice(end)) : undefined;
                this.emit(rule.id, rule.title, rule.level ?? 'failure', file, line, secret, marker, lines);
            }
        }
    }
    /** Call at the end of each file and of the scan (a key block may end the diff). */
    flush() {
        this.endKey();
    }
    /** Reported once its body has ended, so that every line of it is known. */
    endKey() {
        const p = this.pendingKey;
        this.pendingKey = undefined;
        if (p?.body)
            this.emit('private-key', 'Private key', 'failure', p.file, p.line, p.body[0], p.allowed, p.body);
    }
    keyBody(file, line, text) {
        const p = this.pendingKey;
        if (p.file !== file || line !== p.next)
            return this.endKey();
        if (p.body) {
            const more = KEY_MORE.exec(text);
            if (!more || p.body.length >= MAX_KEY_LINES)
                return this.endKey();
            p.body.push(more[1]);
            p.next = line + 1;
            return;
        }
        if (line - p.line > 4) {
            this.pendingKey = undefined;
            return;
        }
        const body = KEY_BODY.exec(text);
        if (body) {
            if (_values_js__WEBPACK_IMPORTED_MODULE_1__/* .PLACEHOLDER */ .Kx.test(body[1]) || (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .hasTypedRun */ .M)(body[1], 10))
                this.pendingKey = undefined;
            else {
                p.body = [body[1]];
                p.next = line + 1;
            }
        }
        else if (KEY_HEADER.test(text))
            p.next = line + 1;
        else
            this.pendingKey = undefined;
    }
    plausible(rule, secret, line, groups) {
        const kind = rule.value ?? 'token';
        const entropy = kind !== 'token' && rule.entropy !== undefined ? (this.opts.minEntropy ?? rule.entropy) : rule.entropy;
        const ok = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .plausibleValue */ .TJ)(secret, {
            kind,
            ...(entropy !== undefined ? { entropy } : {}),
            ...(groups.name !== undefined ? { name: groups.name } : {}),
            ...(groups.user !== undefined ? { user: groups.user } : {}),
            ...(rule.runs ? { runs: true } : {}),
            ...(this.knownPrefix ? { knownPrefix: this.knownPrefix } : {}),
        });
        return ok && (!rule.accept || rule.accept(secret, line, groups));
    }
    emit(rule, title, level, file, line, secret, marker, lines) {
        const fingerprint = secretFingerprint(rule, file, secret);
        // Pieces of one long line overlap: report each value once per line.
        const key = `${file}\0${line}`;
        if (key !== this.lineKey) {
            this.lineKey = key;
            this.lineSeen.clear();
        }
        if (this.lineSeen.has(fingerprint))
            return;
        this.lineSeen.add(fingerprint);
        const allowedBy = marker
            ? 'inline marker'
            : this.opts.allowPatterns?.some((r) => r.test(secret))
                ? 'allow pattern'
                : undefined;
        this.onHit({
            rule,
            title,
            level,
            file,
            line,
            secret,
            ...(lines && lines.length > 1 ? { lines } : {}),
            redacted: redactSecret(secret),
            fingerprint,
            ...(allowedBy ? { allowedBy } : {}),
        });
    }
}


/***/ }),

/***/ 50099:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ KeywordMatcher)
/* harmony export */ });
/**
 * Finds many ASCII keywords in a line at once, ignoring case: an Aho\u2013Corasick automaton compiled
 * to a dense transition table. One table lookup per character; measured about 5\u00d7 faster than a
 * case-insensitive regex alternation of the same keywords, which is what lets the secret scan
 * keep pace with `git diff` on large diffs.
 */
class KeywordMatcher {
    words;
    /** Character class per byte value; every non-ASCII byte is class 0, like no keyword character. */
    classes = new Uint8Array(256);
    /** log2 of the row width of `delta` (rows are a power of two wide). */
    shift;
    /**
     * The transitions: row of a state `s` at `s << shift`, one column per character class. Each
     * entry is the next state's row offset, so a step is one OR and one load; the offset of a state
     * where some keyword ends is stored complemented (negative), so telling those apart costs a
     * sign test rather than a second table. About a fifth faster than a state number and a table of
     * final states, on source text.
     */
    delta;
    /** For each state, the keywords that end there (via suffix links too); empty for most. */
    outputs;
    /** (keyword, end index) pairs of the last `find`, flattened; reused to spare allocations. */
    found = [];
    constructor(words) {
        this.words = words;
        const lower = words.map((w) => w.toLowerCase());
        let next = 1;
        for (const w of lower)
            for (const ch of w) {
                const c = ch.charCodeAt(0);
                if (c >= 128)
                    throw new Error(`keyword "${w}" is not ASCII`);
                if (this.classes[c] === 0)
                    this.classes[c] = next++;
            }
        for (let c = 65; c <= 90; c++)
            if (this.classes[c + 32])
                this.classes[c] = this.classes[c + 32];
        this.shift = Math.ceil(Math.log2(next));
        const width = 1 << this.shift;
        // Trie.
        const children = [new Map()];
        const out = [[]];
        lower.forEach((w, wi) => {
            let s = 0;
            for (const ch of w) {
                const k = this.classes[ch.charCodeAt(0)];
                let t = children[s].get(k);
                if (t === undefined) {
                    t = children.length;
                    children.push(new Map());
                    out.push([]);
                    children[s].set(k, t);
                }
                s = t;
            }
            out[s].push(wi);
        });
        // Breadth-first: failure links folded into a full transition table.
        this.delta = new Int32Array(children.length * width);
        const fail = new Int32Array(children.length);
        const queue = [];
        for (let k = 0; k < width; k++) {
            const t = children[0].get(k);
            if (t !== undefined) {
                this.delta[k] = t;
                queue.push(t);
            }
        }
        for (let qi = 0; qi < queue.length; qi++) {
            const s = queue[qi];
            out[s].push(...out[fail[s]]);
            for (let k = 0; k < width; k++) {
                const t = children[s].get(k);
                if (t === undefined)
                    this.delta[s * width + k] = this.delta[fail[s] * width + k];
                else {
                    fail[t] = this.delta[fail[s] * width + k];
                    this.delta[s * width + k] = t;
                    queue.push(t);
                }
            }
        }
        this.outputs = out;
        for (let i = 0; i < this.delta.length; i++) {
            const t = this.delta[i];
            this.delta[i] = out[t].length ? ~(t << this.shift) : t << this.shift;
        }
    }
    /** Fills `found` with [keyword index, index after its last character]\u2026; returns the pair count. */
    find(text) {
        const { classes, delta, shift } = this;
        let s = 0;
        let hit = false;
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            s = delta[s | (c < 128 ? classes[c] : 0)];
            if (s < 0) {
                s = ~s;
                if (!hit) {
                    hit = true;
                    this.found.length = 0;
                }
                for (const w of this.outputs[s >> shift])
                    this.found.push(w, i + 1);
            }
        }
        if (!hit)
            return 0;
        return this.found.length / 2;
    }
    /** Whether `text` holds any keyword: `find`'s answer, without collecting where. */
    any(text) {
        const { classes, delta } = this;
        let s = 0;
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            s = delta[s | (c < 128 ? classes[c] : 0)];
            if (s < 0)
                return true;
        }
        return false;
    }
    /**
     * Where the line of UTF-8 text that starts at `start` ends \u2014 the index of its "\n" \u2014 when it holds
     * no keyword; -1 when it holds one (or does not end). The same answer as `find` on its decoded
     * text (keywords are ASCII, and no byte of a multi-byte character is one), without decoding it,
     * and its end found in the same walk: most lines of a diff hold none, and a second walk over each
     * to find where it ends cost a quarter of a scan (measured on a 244 MB diff).
     */
    lineEnd(bytes, start) {
        const { classes, delta } = this;
        let s = 0;
        for (let i = start; i < bytes.length; i++) {
            const b = bytes[i];
            if (b === 10)
                return i;
            s = delta[s | classes[b]];
            if (s < 0)
                return -1;
        }
        return -1;
    }
}


/***/ }),

/***/ 87424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ sha256)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);

// Loaded on first use, through require: a scan thread loads the secret rules and the redactor's
// helpers but hashes only once it has found something, and node:crypto with its key, cipher and
// certificate modules would otherwise add to every thread's start.
const load = (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url);
let crypto;
/** The SHA-256 digest of `data` (text as UTF-8), in `encoding`. */
function sha256(data, encoding) {
    crypto ??= load('node:crypto');
    return crypto.createHash('sha256').update(data).digest(encoding);
}


/***/ })

};
