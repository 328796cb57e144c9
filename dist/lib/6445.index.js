export const id = 6445;
export const ids = [6445,1488];
export const modules = {

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

/***/ 8670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pO: () => (/* binding */ Redactor),
  ep: () => (/* reexport */ core_spans/* maskSpans */.e),
  gn: () => (/* reexport */ credentials/* maskUrlCredentials */.g),
  eo: () => (/* reexport */ secretForms)
});

// UNUSED EXPORTS: MASK

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./src/core/sha256.ts
var sha256 = __webpack_require__(87424);
;// CONCATENATED MODULE: ./src/core/cleanTexts.ts

/**
 * What the redactor found nothing to mask in, with how many registered values it looked for
 * then. The same text comes by again and again \u2014 a check's result, the report built from it,
 * the sealed report; evidence when it is written, then when the bundle is sealed \u2014 and what was
 * clean with every value registered now is clean again. What was clean with fewer of them needs
 * only the values registered since: the shapes and credentials looked for never change.
 *
 * Texts are kept as themselves, up to a length; file bytes by their digest, and for JSON also
 * whether every string in it was clean on its own. The memory is bounded: when one generation of
 * entries is full it becomes the old one and the one before it is dropped, so what keeps coming
 * by stays.
 */
/** Texts shorter than this cost less to look through than to look up. */
const MIN_TEXT = 8;
/** Longer texts are not kept: they are seldom redacted twice, except as file bytes. */
const MAX_TEXT = 1 << 16;
/** Characters of texts held in one generation. */
const TEXT_BUDGET = 1 << 23;
/** Entries held in one generation. */
const TEXT_ENTRIES = 1 << 17;
const BYTES_ENTRIES = 1 << 12;
class Generations {
    maxEntries;
    maxWeight;
    young = new Map();
    old = new Map();
    weight = 0;
    constructor(maxEntries, maxWeight) {
        this.maxEntries = maxEntries;
        this.maxWeight = maxWeight;
    }
    get(key, weight) {
        const young = this.young.get(key);
        if (young !== undefined)
            return young;
        const old = this.old.get(key);
        if (old !== undefined)
            this.set(key, old, weight);
        return old;
    }
    set(key, value, weight) {
        if (!this.young.has(key)) {
            if (this.young.size >= this.maxEntries || this.weight + weight > this.maxWeight) {
                this.old = this.young;
                this.young = new Map();
                this.weight = 0;
            }
            this.weight += weight;
        }
        this.young.set(key, value);
    }
}
class CleanTexts {
    texts = new Generations(TEXT_ENTRIES, TEXT_BUDGET);
    files = new Generations(BYTES_ENTRIES, Infinity);
    /** Whether `text` is kept when found clean. */
    static keeps(text) {
        return text.length >= MIN_TEXT && text.length <= MAX_TEXT;
    }
    /** How many values `text` was found clean with, if it was (and is kept). */
    text(text) {
        return this.texts.get(text, text.length);
    }
    cleanText(text, values) {
        this.texts.set(text, values, text.length);
    }
    /** The key of some bytes: their SHA-256 digest. */
    static keyOf(bytes) {
        return (0,sha256/* sha256 */.s)(bytes, 'base64');
    }
    /** How many values the bytes of `key` were found clean with, if they were. */
    bytes(key) {
        return this.files.get(key, 1);
    }
    cleanBytes(key, clean) {
        this.files.set(key, clean, 1);
    }
}

// EXTERNAL MODULE: ./src/core/credentials.ts
var credentials = __webpack_require__(72633);
;// CONCATENATED MODULE: ./src/core/formMatcher.ts
/**
 * Finds the forms of registered secrets in a text, ignoring letter case, and what a cut left of
 * one: forms are indexed by their first three case-folded units (and, for partials at cuts, by
 * their last three), so the cost is a table lookup per position however many secrets there are,
 * and registering one more secret adds its forms without rebuilding the rest.
 *
 * Texts almost never hold a secret, so a text is searched where it lies \u2014 by a regular
 * expression for the two units a form may start with, then, at the few places it finds, folded
 * unit by unit \u2014 with no folded copy, and nothing allocated unless something matches. A cut is
 * looked into only when the six units beside it appear, at that place, in some form.
 */
/** Shortest partial masked at a cut; longer than the 4 leading characters findings show (`ghp_\u2026Xz`). */
const MIN_PARTIAL = 6;
/** Only forms this long get their partials masked at cuts. */
const MIN_CUT_FORM = 8;
/** Where output was shortened: `...`, `\u2026`, and exec's `\u2026 [N bytes omitted] \u2026`. */
const CUT_MARKERS = ['...', '\u2026'];
/** Folded form of each UTF-16 unit, computed when first met (-1: not yet). */
const FOLDS = new Int32Array(65536).fill(-1);
/** A case-folded unit of the same length, so offsets in the folded text are offsets in the text. */
function foldUnit(c) {
    if (c < 128)
        return c >= 65 && c <= 90 ? c + 32 : c;
    let f = FOLDS[c];
    if (f < 0) {
        const ch = String.fromCharCode(c);
        const up = ch.toUpperCase();
        const low = (up.length === 1 ? up : ch).toLowerCase();
        f = low.length === 1 ? low.charCodeAt(0) : c;
        FOLDS[c] = f;
    }
    return f;
}
function fold(text) {
    const out = new Uint16Array(text.length);
    for (let i = 0; i < text.length; i++)
        out[i] = foldUnit(text.charCodeAt(i));
    return out;
}
/** Three folded units as one exact number (48 bits). */
const key3 = (f, i) => f[i] * 4294967296 + f[i + 1] * 65536 + f[i + 2];
/** The same for the text at `i`, folded as it is read. */
const textKey3 = (t, i) => foldUnit(t.charCodeAt(i)) * 4294967296 +
    foldUnit(t.charCodeAt(i + 1)) * 65536 +
    foldUnit(t.charCodeAt(i + 2));
/** Whether the text at `ti` folds to `n` units of the folded form `f` from `fi`. */
function same(t, ti, f, fi, n) {
    for (let k = 0; k < n; k++)
        if (foldUnit(t.charCodeAt(ti + k)) !== f[fi + k])
            return false;
    return true;
}
/**
 * The two units a form starts with, folded, as an index into a table of 64 Ki entries: two pairs
 * that share it only let a position through to the exact look.
 */
const pairIndex = (a, b) => ((a & 0xff) << 8) | (b & 0xff);
/**
 * Size (as a power of two) of the bit tables of six-unit pieces of forms, which rule out cuts:
 * large enough that a piece that is in no form is almost never let through.
 */
const GRAM_BITS = 20;
/** Mixes one folded unit into the hash of a six-unit piece. */
const mix = (h, u) => Math.imul(h ^ u, 0x01000193);
/** The hash of a six-unit piece, as an index into a table of 2^GRAM_BITS bits. */
function gramEnd(h) {
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 13;
    return h >>> (32 - GRAM_BITS);
}
/** The piece of `MIN_PARTIAL` units of the text at `i`, folded. */
function textGram(t, i) {
    let h = 0x811c9dc5;
    for (let k = 0; k < MIN_PARTIAL; k++)
        h = mix(h, foldUnit(t.charCodeAt(i + k)));
    return gramEnd(h);
}
/** The piece of `MIN_PARTIAL` units of a folded form at `j`. */
function formGram(f, j) {
    let h = 0x811c9dc5;
    for (let k = 0; k < MIN_PARTIAL; k++)
        h = mix(h, f[j + k]);
    return gramEnd(h);
}
const hasBit = (bits, i) => (bits[i >>> 5] & (1 << (i & 31))) !== 0;
/**
 * Between a cut and what it left: blanks (what `\s` matches in a regular expression), and the
 * replacement character a cut in the middle of a multi-byte character decodes to.
 */
function atCut(c) {
    if (c <= 0x20)
        return c === 0x20 || (c >= 0x09 && c <= 0x0d);
    if (c < 0xa0)
        return false;
    return (c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff ||
        c === 0xfffd);
}
function skipBack(text, i) {
    while (i > 0 && atCut(text.charCodeAt(i - 1)))
        i--;
    return i;
}
function skipAhead(text, i) {
    while (i < text.length && atCut(text.charCodeAt(i)))
        i++;
    return i;
}
/** Texts this long are searched with `scanOf`; shorter ones cost less unit by unit. */
const SCAN_FROM = 64;
/** An ASCII unit as a class member, in both cases: the units that fold to it in ASCII. */
function asciiClass(units) {
    let out = '';
    for (const u of units) {
        out += `\\u${u.toString(16).padStart(4, '0')}`;
        if (u >= 97 && u <= 122)
            out += `\\u${(u - 32).toString(16).padStart(4, '0')}`;
    }
    return out;
}
/**
 * A search run by the regular expression engine, far faster than reading the text unit by unit
 * in a loop: two ASCII units such as a form may start with \u2014 any of the first ones followed by
 * any of the second, a little wider than the pairs themselves \u2014 or a run of non-ASCII units.
 * ASCII units fold only to ASCII, and the units outside it that fold into it (`\u017f` to `s`, the
 * Kelvin sign to `k`) are in the runs, so every position where a form can start is found by one
 * of the two.
 */
function scanOf(ascii) {
    const run = '[\\u0080-\\uffff]+';
    if (ascii.first.size === 0)
        return new RegExp(run, 'g');
    return new RegExp(`[${asciiClass(ascii.first)}][${asciiClass(ascii.second)}]|${run}`, 'g');
}
/**
 * Forms by three units at one end, then by the three next to them. Two levels, because secrets
 * of one kind share their first characters (`ghp_`, `AKIA`): a diff with thousands of tokens
 * must not leave thousands of candidates behind one key.
 */
class Index {
    map = new Map();
    /** Lists added to since they were last put in order. */
    unsorted = new Set();
    add(k1, k2, f) {
        let bucket = this.map.get(k1);
        if (!bucket)
            this.map.set(k1, (bucket = { short: [], long: new Map() }));
        let list = bucket.short;
        if (k2 !== undefined) {
            list = bucket.long.get(k2) ?? [];
            if (list.length === 0)
                bucket.long.set(k2, list);
        }
        list.push(f);
        this.unsorted.add(list);
    }
    /** Longest first: the first form that matches at a position is the longest there. */
    sort() {
        for (const list of this.unsorted)
            list.sort((a, b) => b.length - a.length);
        this.unsorted.clear();
    }
    /**
     * The candidates, longest first: those of six units or more (when k2 is known), then shorter
     * ones. Returns the first form `fits` accepts.
     */
    first(k1, k2, fits) {
        const bucket = this.map.get(k1);
        if (!bucket)
            return undefined;
        const long = k2 === undefined ? undefined : bucket.long.get(k2);
        if (long)
            for (const f of long)
                if (fits(f))
                    return f;
        for (const f of bucket.short)
            if (fits(f))
                return f;
        return undefined;
    }
}
class FormMatcher {
    tables;
    byHead = new Index();
    byTail = new Index();
    known = new Set();
    minLen = Infinity;
    maxLen = 0;
    /** Finds where a form may start (`scanOf`); made again when forms are added. */
    scan;
    /** Forms held (forms shorter than 3 units are not). */
    get size() {
        return this.known.size;
    }
    add(forms) {
        for (const form of forms) {
            if (form.length < 3 || this.known.has(form))
                continue;
            this.known.add(form);
            const f = fold(form);
            const t = (this.tables ??= {
                starts: new Uint8Array(65536),
                ends: new Uint8Array(65536),
                pairs: new Uint8Array(65536),
                cutHeads: new Uint32Array(1 << (GRAM_BITS - 5)),
                cutTails: new Uint32Array(1 << (GRAM_BITS - 5)),
                ascii: { first: new Set(), second: new Set() },
            });
            this.minLen = Math.min(this.minLen, f.length);
            this.maxLen = Math.max(this.maxLen, f.length);
            t.starts[f[0]] = 1;
            t.pairs[pairIndex(f[0], f[1])] = 1;
            if (f[0] < 128 && f[1] < 128) {
                t.ascii.first.add(f[0]);
                t.ascii.second.add(f[1]);
            }
            this.byHead.add(key3(f, 0), f.length >= 6 ? key3(f, 3) : undefined, f);
            if (f.length >= MIN_CUT_FORM) {
                t.ends[f[f.length - 1]] = 1;
                this.byTail.add(key3(f, f.length - 3), key3(f, f.length - 6), f);
                // A proper prefix of 6+ units ends with the piece at j \u2264 L-7; a proper suffix starts
                // with the piece at j \u2265 1.
                for (let j = 0; j + MIN_PARTIAL <= f.length; j++) {
                    const g = formGram(f, j);
                    if (j + MIN_PARTIAL < f.length)
                        t.cutHeads[g >>> 5] |= 1 << (g & 31);
                    if (j >= 1)
                        t.cutTails[g >>> 5] |= 1 << (g & 31);
                }
            }
        }
        this.byHead.sort();
        this.byTail.sort();
        this.scan = undefined;
    }
    /**
     * Spans of every form in `text`, and of the partials cuts left, appended to `spans` (a new
     * list unless given): a caller that gathers spans from several finders makes one list.
     */
    find(text, spans = []) {
        const t = this.tables;
        if (!t)
            return spans;
        const n = text.length;
        let from = 0;
        if (n >= SCAN_FROM) {
            const scan = (this.scan ??= scanOf(t.ascii));
            // Where candidates are dense (binary data read as Latin-1, text mixing scripts at every
            // character), a match per unit costs more than the loop below: it takes over from there.
            let budget = (n >>> 4) + 16;
            scan.lastIndex = 0;
            for (let m = scan.exec(text); m; m = scan.exec(text)) {
                const at = m.index;
                if (text.charCodeAt(at) < 128) {
                    // Two ASCII units a form may start with; the next position may start one as well.
                    this.formAt(text, at, t, spans);
                    scan.lastIndex = at + 1;
                }
                else {
                    // Other units are folded one by one, the unit before them included.
                    for (let i = Math.max(0, at - 1); i < scan.lastIndex; i++)
                        this.formAt(text, i, t, spans);
                }
                if (--budget === 0)
                    break;
            }
            from = budget === 0 ? scan.lastIndex : n;
        }
        const { starts } = t;
        for (let i = from, last = n - this.minLen; i <= last; i++)
            if (starts[foldUnit(text.charCodeAt(i))] === 1)
                this.formAt(text, i, t, spans);
        if (n >= MIN_PARTIAL)
            this.partials(text, t, spans);
        return spans;
    }
    /** The longest form at `i`, if any. */
    formAt(text, i, t, spans) {
        const n = text.length;
        if (i > n - this.minLen)
            return;
        const f0 = foldUnit(text.charCodeAt(i));
        if (t.starts[f0] === 0)
            return;
        const f1 = foldUnit(text.charCodeAt(i + 1));
        if (t.pairs[pairIndex(f0, f1)] === 0)
            return;
        const k1 = (f0 * 65536 + f1) * 65536 + foldUnit(text.charCodeAt(i + 2));
        const k2 = i + 6 <= n ? textKey3(text, i + 3) : undefined;
        const form = this.byHead.first(k1, k2, (c) => c.length <= n - i && same(text, i, c, 0, c.length));
        if (form)
            spans.push([i, i + form.length]);
    }
    /**
     * A cut \u2014 the start or end of a text, or an ellipsis \u2014 leaves a piece of a secret that no
     * longer matches it whole: a prefix before it, a suffix after it.
     */
    partials(text, t, spans) {
        this.prefixBefore(text, t, skipBack(text, text.length), spans);
        this.suffixAfter(text, t, skipAhead(text, 0), spans);
        for (const marker of CUT_MARKERS)
            for (let m = text.indexOf(marker); m >= 0; m = text.indexOf(marker, m + marker.length)) {
                this.prefixBefore(text, t, skipBack(text, m), spans);
                this.suffixAfter(text, t, skipAhead(text, m + marker.length), spans);
            }
    }
    prefixBefore(text, t, p, spans) {
        if (p < MIN_PARTIAL)
            return;
        if (!hasBit(t.cutHeads, textGram(text, p - MIN_PARTIAL)))
            return;
        const s = this.prefixEndingAt(text, t, p);
        if (s !== undefined)
            spans.push([s, p]);
    }
    suffixAfter(text, t, q, spans) {
        if (text.length - q < MIN_PARTIAL)
            return;
        if (!hasBit(t.cutTails, textGram(text, q)))
            return;
        const e = this.suffixStartingAt(text, t, q);
        if (e !== undefined)
            spans.push([q, e]);
    }
    /** The earliest s such that text[s..p) is a proper prefix of a form of 8+ units. */
    prefixEndingAt(text, t, p) {
        for (let s = Math.max(0, p - this.maxLen + 1); s + MIN_PARTIAL <= p; s++) {
            if (t.starts[foldUnit(text.charCodeAt(s))] === 0)
                continue;
            const k = p - s;
            const fits = (c) => c.length >= MIN_CUT_FORM && c.length > k && same(text, s, c, 0, k);
            if (this.byHead.first(textKey3(text, s), textKey3(text, s + 3), fits))
                return s;
        }
        return undefined;
    }
    /** The furthest e such that text[q..e) is a proper suffix of a form of 8+ units. */
    suffixStartingAt(text, t, q) {
        for (let e = Math.min(text.length, q + this.maxLen - 1); e - MIN_PARTIAL >= q; e--) {
            if (t.ends[foldUnit(text.charCodeAt(e - 1))] === 0)
                continue;
            const k = e - q;
            const fits = (c) => c.length > k && same(text, q, c, c.length - k, k);
            if (this.byTail.first(textKey3(text, e - 3), textKey3(text, e - 6), fits))
                return e;
        }
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/core/xmlChars.ts
var xmlChars = __webpack_require__(22329);
;// CONCATENATED MODULE: ./src/core/secretForms.ts

/**
 * The forms a secret may come back in \u2014 from a serializer, a URL, a web page, a shell, a case
 * change \u2014 each of which is masked as the secret itself.
 */
/** Shorter values are not registered: they would mask ordinary words. */
const MIN_SECRET = 4;
/** A line of a multi-line value is masked on its own from this length. */
const MIN_LINE = 8;
/** Characters that no encoding below changes, and whose case changes keep the length. */
const PLAIN = /^[A-Za-z0-9_.~-]+$/;
const hex2 = (n) => `%${n.toString(16).toUpperCase().padStart(2, '0')}`;
/** Percent-encodes every character outside printable ASCII and those in `set`, as UTF-8 bytes. */
function percentEncode(s, set) {
    let out = '';
    for (const ch of s) {
        const c = ch.codePointAt(0);
        if (c > 0x20 && c < 0x7f && !set.includes(ch))
            out += ch;
        else
            for (const b of Buffer.from(ch, 'utf8'))
                out += hex2(b);
    }
    return out;
}
// The URL standard's percent-encode sets for the query (special schemes), the path and userinfo.
const QUERY_SET = ` "#<>'`;
const PATH_SET = `${QUERY_SET}?\`{}^`;
const USERINFO_SET = `${PATH_SET}/:;=@[\\]|`;
/**
 * Decodes the `%XX` runs of a text as a URL parser does, and leaves the rest. A run that is not
 * UTF-8 is left as it is by a strict decoder; a lenient one (URLSearchParams, most web
 * frameworks) puts U+FFFD for each broken sequence and reads the rest of the value on: both
 * readings are returned.
 */
function percentDecodings(s) {
    const strict = s.replace(/(?:%[0-9A-Fa-f]{2})+/g, (m) => {
        try {
            return decodeURIComponent(m);
        }
        catch {
            return m;
        }
    });
    const lenient = s.replace(/(?:%[0-9A-Fa-f]{2})+/g, (m) => Buffer.from(m.replace(/%/g, ''), 'hex').toString('utf8'));
    return strict === lenient ? [strict] : [strict, lenient];
}
/** Characters that end a part of a URL or of its query: fragment, query, parameter, value. */
const URL_DELIMITER = /[#?&=;]/g;
/**
 * A piece of lower-case words is parameters' names and values (`sslmode=require`,
 * `application_name`) more likely than the value's own characters: masked wherever it appears,
 * it would hide ordinary words of every output.
 */
const WORDS = /^[a-z_.=&?#;-]+$/;
/** Beyond this many delimiters, only the pieces between two neighbouring ones are listed. */
const MAX_CUTS = 8;
/**
 * The pieces of a value a service may read when the value was put into a URL as it is: `#`
 * ends what is sent (a fragment never is), `?` ends a path and starts the query, `&` and `;`
 * end a parameter, `=` its name. Each run from the start or a delimiter to the end or a later
 * delimiter, of at least MIN_LINE characters and not only lower-case words, with tabs and line
 * breaks dropped as a parser does.
 */
function urlPieces(value) {
    const v = value.replace(/[\t\n\r]/g, '');
    const cuts = [...v.matchAll(URL_DELIMITER)].map((m) => m.index);
    if (cuts.length === 0)
        return [];
    const starts = [0, ...cuts.map((c) => c + 1)];
    const ends = [...cuts, v.length];
    const out = [];
    starts.forEach((from, i) => {
        const last = cuts.length > MAX_CUTS ? i + 1 : ends.length;
        for (let j = i; j < last; j++) {
            const to = ends[j];
            const piece = v.slice(from, to);
            if (piece.length >= MIN_LINE && piece.length < v.length && !WORDS.test(piece))
                out.push(piece);
        }
    });
    return out;
}
/** A path of lower-case words (`/services/`, `/api/webhooks`): it names a route, not a credential. */
const PATH_WORDS = /^[a-z_./-]+$/;
/**
 * The parts of a value that is itself a URL (a webhook, a DSN) that a service it is sent to may
 * give back on their own \u2014 an error page or a log naming the path it was asked for, a lookup
 * naming the host, a login naming the user: its path (with the query, and each segment), its
 * user name and password, and each label of its host. Each of at least MIN_LINE characters (the
 * password: MIN_SECRET) and not only lower-case words, as for urlPieces: the host
 * `hooks.slack.com` and the path `/services/` stay readable; a token in the path does not.
 */
function urlParts(value) {
    const v = value.trim();
    if (!/^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/]/.test(v))
        return [];
    let url;
    try {
        url = new URL(v);
    }
    catch {
        return [];
    }
    const parts = [
        [url.pathname + url.search, MIN_LINE],
        [url.pathname, MIN_LINE],
        ...url.pathname.split('/').map((segment) => [segment, MIN_LINE]),
        ...url.hostname.split('.').map((label) => [label, MIN_LINE]),
        [url.username, MIN_LINE],
        [url.password, MIN_SECRET],
    ];
    return parts.filter(([part, min]) => part.length >= min && part.length < v.length && !WORDS.test(part) && !PATH_WORDS.test(part));
}
const jsonEscape = (s) => JSON.stringify(s).slice(1, -1);
const htmlEscape = (s, quot, apos) => s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, quot)
    .replace(/'/g, apos);
/** How a value may be put into a URL (or not at all). */
const URL_ENCODINGS = [
    (s) => s,
    encodeURIComponent,
    (s) => encodeURIComponent(s).replace(/%20/g, '+'),
    (s) => new URLSearchParams([['', s]]).toString().slice(1),
    encodeURI,
    (s) => percentEncode(s, QUERY_SET),
    (s) => percentEncode(s, PATH_SET),
    (s) => percentEncode(s, USERINFO_SET),
];
/**
 * Characters `printf %q` puts a backslash before; besides these, `#` at the start and `~` at the
 * start or after `:` or `=`, where the shell would expand it.
 */
const BACKSLASHED = /[ \t\n'"\\|&;()<>!{}*[?\]^$`,]/g;
const ANSI_C_NAMED = {
    '\x07': '\\a',
    '\b': '\\b',
    '\x1b': '\\E',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
    '\v': '\\v',
    '\\': '\\\\',
    "'": "\\'",
};
const octal = (b) => `\\${b.toString(8).padStart(3, '0')}`;
/**
 * bash's `$'\u2026'` quoting, which `set -x` and `printf %q` use for a value holding what the locale
 * cannot print: escapes for controls, `\` and `'`; in a locale that is not UTF-8, every byte
 * beyond ASCII as an octal escape.
 */
function ansiC(s, utf8) {
    let out = '';
    for (const ch of s) {
        const c = ch.codePointAt(0);
        const named = Object.hasOwn(ANSI_C_NAMED, ch) ? ANSI_C_NAMED[ch] : undefined;
        if (named !== undefined)
            out += named;
        else if (c < 0x20 || c === 0x7f)
            out += octal(c);
        else if (c > 0x7f && !utf8)
            for (const b of Buffer.from(ch, 'utf8'))
                out += octal(b);
        else
            out += ch;
    }
    return out;
}
const REPR_NAMED = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };
/**
 * A string as Python's `repr` and Node's `util.inspect` print it, inside its quotes: `\` doubled,
 * controls escaped (`\t`, `\x01`), and `'` escaped when it is the quote.
 */
function reprEscape(s, quote) {
    let out = '';
    for (const ch of s) {
        const c = ch.charCodeAt(0);
        if (ch === '\\' || (quote && ch === "'"))
            out += `\\${ch}`;
        else if (c < 0x20 || c === 0x7f)
            out += REPR_NAMED[ch] ?? `\\x${c.toString(16).padStart(2, '0')}`;
        else
            out += ch;
    }
    return out;
}
/** How text, a URL included, may come back from a serializer or a web page (or as it is). */
const TEXT_ENCODINGS = [
    (s) => s,
    jsonEscape,
    (s) => jsonEscape(s).replace(/\//g, '\\/'),
    (s) => jsonEscape(s).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
    (s) => jsonEscape(jsonEscape(s)),
    // HTML as template engines escape it, each with its own quotes: Rails and lodash; Python's
    // html.escape and Django; Jinja2 (MarkupSafe) and Java's encoders; PHP's htmlspecialchars; Go's
    // html/template, which escapes `+` too; and the hexadecimal pair.
    (s) => htmlEscape(s, '&quot;', '&#39;'),
    (s) => htmlEscape(s, '&quot;', '&#x27;'),
    (s) => htmlEscape(s, '&#34;', '&#39;'),
    (s) => htmlEscape(s, '&quot;', '&#039;'),
    (s) => htmlEscape(s, '&#34;', '&#39;').replace(/\+/g, '&#43;'),
    (s) => htmlEscape(s, '&#34;', '&#x27;'),
    // As a test runner or a log prints a string: Python's repr, Node's util.inspect.
    (s) => reprEscape(s, true),
    (s) => reprEscape(s, false),
    // Single-quoted in YAML (PyYAML, go-yaml) or SQL: a quote doubled.
    (s) => s.replace(/'/g, "''"),
    // As a shell script prints it: traced by `set -x` (single-quoted), by `printf %q`.
    (s) => s.replace(/'/g, `'\\''`),
    (s) => s
        .replace(BACKSLASHED, (c) => `\\${c}`)
        .replace(/^#/, '\\#')
        .replace(/(^|[:=])~/g, '$1\\~'),
    (s) => ansiC(s, true),
    (s) => ansiC(s, false),
];
/**
 * Every form of a value that is masked: the value (also trimmed, with its blanks folded into
 * single spaces, and as a service reads it, or pieces of it, from a URL it was put into
 * unencoded) and, for a multi-line one, each line (and the other line ending); each put into a
 * URL in every usual way or not, and the result written as it is, JSON-escaped, HTML-escaped, or
 * quoted as a shell, a language or YAML prints a string. Letter case is matched loosely by the
 * matcher; case changes that change the length (`\u00df` \u2192 `SS`) are listed here.
 */
function secretForms(value) {
    // Most tokens hold nothing any encoding changes: they have one form.
    if (PLAIN.test(value))
        return [value];
    const bases = new Set([value]);
    // What a service reads of a value put into a URL as it is: the value decoded (`%41`, and `+`
    // as a space); as a URL parser leaves it (tabs and line breaks dropped, `\` read as `/` in a
    // path); and the pieces of it that land in other parts of the URL (see urlPieces), each of
    // them decoded too.
    const decoded = (s) => new Set([s, ...percentDecodings(s), ...percentDecodings(s.replace(/\+/g, ' '))]);
    const reads = [];
    for (const parsed of new Set([value, value.replace(/[\t\n\r]/g, ''), value.replace(/\\/g, '/')]))
        for (const read of decoded(parsed))
            reads.push([read, MIN_SECRET]);
    for (const piece of urlPieces(value))
        for (const read of decoded(piece))
            reads.push([read, MIN_LINE]);
    for (const [part, min] of urlParts(value))
        for (const read of decoded(part))
            reads.push([read, min]);
    // Each also trimmed and with its blanks folded into single spaces, as one-line excerpts and
    // rendered text show it; and as an XML parser reads it from an attribute written raw (a
    // report's `message="\u2026"`), each tab and line break a space (a CR LF one), trimmed or not.
    for (const [read, min] of reads) {
        const trimmed = read.trim();
        const attribute = read.replace(/\r\n?/g, '\n').replace(/[\t\n]/g, ' ');
        for (const b of [read, trimmed, trimmed.replace(/\s+/g, ' '), attribute, attribute.trim()])
            if (b.length >= min) {
                bases.add(b);
                // A character XML does not allow, as a report's reader gives it (U+FFFD).
                bases.add(b.replace(xmlChars/* NOT_XML_CHARS */.G, '\uFFFD'));
            }
    }
    if (/[\r\n]/.test(value)) {
        bases.add(value.replace(/\r\n/g, '\n'));
        // XML text: every line break, a lone CR too, is read as a line feed.
        bases.add(value.replace(/\r\n?/g, '\n'));
        bases.add(value.replace(/\r?\n/g, '\r\n'));
        for (const line of value.split(/\r\n|\r|\n/)) {
            const l = line.trim();
            if (l.length >= MIN_LINE)
                bases.add(l);
        }
    }
    for (const b of [...bases]) {
        for (const c of [b.toLowerCase(), b.toUpperCase()])
            if (c.length !== b.length)
                bases.add(c);
    }
    const inUrls = new Set();
    for (const b of bases)
        for (const encode of URL_ENCODINGS) {
            try {
                inUrls.add(encode(b));
            }
            catch {
                // A lone surrogate cannot be percent-encoded; the other forms still apply.
            }
        }
    const out = new Set();
    for (const u of inUrls)
        for (const encode of TEXT_ENCODINGS) {
            const f = encode(u);
            if (f.length >= MIN_SECRET)
                out.add(f);
        }
    return [...out];
}

// EXTERNAL MODULE: ./src/core/spans.ts
var core_spans = __webpack_require__(79270);
;// CONCATENATED MODULE: ./src/core/redact.ts









/** Texts found clean with fewer values than now get a matcher of the values since; a few at most. */
const MAX_LATER = 4;
const wellFormed = (s) => s.isWellFormed();
const clean = (spans) => spans.every(([start, end]) => end <= start);
/** Forms as the text matcher holds them, and as the byte matcher does (their UTF-8 bytes). */
const asText = (form) => form;
const asLatin1 = (form) => Buffer.from(form, 'utf8').toString('latin1');
/** How JSON is written to files: indented by two spaces, with a final newline. */
const jsonText = (value) => `${JSON.stringify(value, null, 2)}\n`;
class Redactor {
    /** Registered values, in order; each matcher takes in those it has not seen yet. */
    list = [];
    seen = new Set();
    text = { matcher: new FormMatcher(), taken: 0 };
    bytes = { matcher: new FormMatcher(), taken: 0 };
    /** Matchers of the values registered after the first n, by n. */
    later = new Map();
    shapes;
    cleanTexts = new CleanTexts();
    constructor(opts = {}) {
        this.shapes = opts.shapes ?? [];
    }
    add(value) {
        // Very short values would redact ordinary words; GitHub's runner applies the same idea.
        if (!value || value.length < MIN_SECRET || this.seen.has(value))
            return;
        this.seen.add(value);
        this.list.push(value);
    }
    get size() {
        return this.list.length;
    }
    values() {
        return [...this.list];
    }
    redact(text) {
        return this.redactText(text).out;
    }
    /**
     * The redacted text, and whether nothing at all was found to mask (then it is remembered).
     * `known`: the text is known to have been clean with that many values.
     */
    redactText(text, known) {
        if (text.length === 0)
            return { out: text, clean: true };
        const kept = CleanTexts.keeps(text);
        const spans = this.spansOf(text, known ?? (kept ? this.cleanTexts.text(text) : undefined));
        if (!spans)
            return { out: text, clean: true };
        if (clean(spans)) {
            if (kept)
                this.cleanTexts.cleanText(text, this.list.length);
            return { out: text, clean: true };
        }
        return { out: (0,core_spans/* maskSpans */.e)(text, spans), clean: false };
    }
    /**
     * The spans to mask in `text`, or none when it was found clean with every value registered
     * now. Found clean with the first `was` of them, only the forms of those registered since are
     * looked for: shapes and credentials are the same as then.
     */
    spansOf(text, was) {
        if (was === this.list.length)
            return undefined;
        if (was !== undefined) {
            const later = this.laterThan(was);
            if (later)
                return later.find(text);
        }
        // One list for every finder: most texts hold nothing, and a string of a large JSON value
        // is looked through on its own, so what each look allocates adds up.
        const spans = this.current(this.text, asText).find(text);
        (0,credentials/* credentialSpans */.H)(text, spans);
        for (const shape of this.shapes)
            shape(text, spans);
        return spans;
    }
    laterThan(n) {
        let m = this.later.get(n);
        if (!m) {
            if (this.later.size >= MAX_LATER)
                return undefined;
            this.later.set(n, (m = { matcher: new FormMatcher(), taken: n }));
        }
        return this.current(m, asText);
    }
    current(m, as) {
        if (m.taken < this.list.length) {
            m.matcher.add(this.list.slice(m.taken).flatMap(secretForms).map(as));
            m.taken = this.list.length;
        }
        return m.matcher;
    }
    /** Redacts every string inside a JSON-like value, object keys included. */
    redactDeep(value) {
        return walk(value, once((s) => this.redact(s)));
    }
    /** Whether `redactDeep` would mask anything in `value`: the same look, without the copy. */
    masksDeep(value) {
        return masks(value, once((s) => this.redact(s) !== s));
    }
    /**
     * Redacts a text about to be written to a file, and gives its UTF-8 bytes. Bytes found clean
     * are remembered, so that redacting them again (when the bundle is sealed) costs a digest.
     */
    redactToBytes(text) {
        const { out, clean } = this.redactText(text);
        const bytes = Buffer.from(out, 'utf8');
        // A text with a lone surrogate does not come back from its bytes as it was.
        if (clean && wellFormed(text))
            this.cleanTexts.cleanBytes(CleanTexts.keyOf(bytes), { text: this.list.length });
        return bytes;
    }
    /**
     * Redacts a JSON-like value and gives the UTF-8 bytes of its JSON, as files hold it: each
     * string on its own (keys included), then the whole text. When nothing was masked and the
     * value is plain data \u2014 so that its JSON holds no string but those looked at \u2014 the bytes are
     * remembered with every string of theirs clean: `redactJsonBytes` of them later costs a digest.
     */
    redactJsonToBytes(value) {
        const seen = { plain: true, clean: true };
        const copy = walk(value, once((s) => {
            const r = this.redactText(s);
            if (!r.clean)
                seen.clean = false;
            return r.out;
        }), seen);
        const text = jsonText(copy);
        const { out, clean } = this.redactText(text);
        const bytes = Buffer.from(out, 'utf8');
        if (clean && wellFormed(text)) {
            const n = this.list.length;
            this.cleanTexts.cleanBytes(CleanTexts.keyOf(bytes), {
                text: n,
                ...(seen.plain && seen.clean ? { json: n } : {}),
            });
        }
        return bytes;
    }
    /**
     * Redacts the bytes of a JSON file value by value \u2014 a value cut short ends its own string,
     * where the piece of a secret the cut left is recognised \u2014 and writes it again only when
     * something was masked. Returns the input itself when nothing was, undefined when it is not
     * JSON. The bytes as a whole are `redactBytes`' to redact.
     */
    redactJsonBytes(data) {
        const key = CleanTexts.keyOf(data);
        const known = this.cleanTexts.bytes(key);
        const n = this.list.length;
        if (known?.json === n)
            return data;
        let value;
        try {
            value = JSON.parse(Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8'));
        }
        catch {
            return undefined;
        }
        // Every string was clean with `json` values: only those registered since are looked for.
        const was = known?.json;
        let clean = true;
        const redacted = once((s) => {
            const r = this.redactText(s, was);
            clean &&= r.clean;
            return r.out;
        });
        if (masks(value, (s) => redacted(s) !== s))
            return Buffer.from(jsonText(walk(value, redacted)));
        if (clean)
            this.cleanTexts.cleanBytes(key, { ...known, json: n });
        return data;
    }
    /**
     * Redacts a file's bytes: UTF-8 text as text; anything else by the UTF-8 bytes of every form
     * and by shape, byte for byte. Returns the input itself when nothing was masked.
     */
    redactBytes(data) {
        const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
        if ((0,external_node_buffer_.isUtf8)(buf)) {
            const key = CleanTexts.keyOf(buf);
            const known = this.cleanTexts.bytes(key);
            if (known?.text === this.list.length)
                return data;
            const text = buf.toString('utf8');
            const spans = text.length === 0 ? [] : this.spansOf(text, known?.text);
            if (!spans || clean(spans)) {
                this.cleanTexts.cleanBytes(key, { ...known, text: this.list.length });
                return data;
            }
            const out = (0,core_spans/* maskSpans */.e)(text, spans);
            return out === text ? data : Buffer.from(out, 'utf8');
        }
        // Latin-1 maps each byte to one character, so offsets found in the string are byte offsets.
        const text = buf.toString('latin1');
        const spans = this.current(this.bytes, asLatin1).find(text);
        (0,credentials/* credentialSpans */.H)(text, spans);
        for (const shape of this.shapes)
            shape(text, spans);
        const out = (0,core_spans/* maskSpans */.e)(text, spans);
        return out === text ? data : Buffer.from(out, 'latin1');
    }
}
/**
 * `fn` asked once for each distinct string of one walk: the strings of a JSON value repeat (the
 * keys of thousands of entries, their kinds and files), and the answer for a string does not
 * change while the walk lasts.
 */
function once(fn) {
    const known = new Map();
    return (s) => {
        const was = known.get(s);
        if (was !== undefined)
            return was;
        const r = fn(s);
        known.set(s, r);
        return r;
    };
}
const isPlain = (v) => {
    const proto = Object.getPrototypeOf(v);
    return proto === Object.prototype || proto === null;
};
/**
 * Redacts the strings of a JSON-like value into a copy. `seen.plain` turns false on meeting
 * anything but strings, numbers, booleans, null, plain objects and arrays: what JSON makes of it
 * may hold strings the walk never saw (a Date's, a toJSON's).
 */
function walk(value, fn, seen) {
    if (typeof value === 'string')
        return fn(value);
    if (typeof value !== 'object' || value === null) {
        if (seen && (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint'))
            seen.plain = false;
        return value;
    }
    if (Array.isArray(value))
        return value.map((v) => walk(v, fn, seen));
    if (!isPlain(value)) {
        if (seen)
            seen.plain = false;
        return value;
    }
    // Keys are redacted too (metric names hold URLs). Two keys that redact alike stay apart, and
    // a key such as `__proto__` is defined as an own property, never set through the prototype.
    const from = value;
    const out = {};
    const keys = Object.keys(from);
    // Keys of one object are distinct, so two can only meet once one of them was masked.
    let used;
    for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        const clean = fn(k);
        let key = clean;
        if (!used && clean !== k)
            used = new Set(keys.slice(0, i));
        if (used) {
            for (let n = 2; used.has(key); n++)
                key = `${clean} (${n})`;
            used.add(key);
        }
        const v = walk(from[k], fn, seen);
        if (key === '__proto__')
            Object.defineProperty(out, key, { value: v, writable: true, enumerable: true, configurable: true });
        else
            out[key] = v;
    }
    return out;
}
/** Whether `walk` would change any string in `value`, keys included. */
function masks(value, changes) {
    if (typeof value === 'string')
        return changes(value);
    if (typeof value !== 'object' || value === null)
        return false;
    if (Array.isArray(value))
        return value.some((v) => masks(v, changes));
    if (!isPlain(value))
        return false;
    const from = value;
    for (const k of Object.keys(from))
        if (changes(k) || masks(from[k], changes))
            return true;
    return false;
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


/***/ }),

/***/ 22329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ NOT_XML_CHARS),
/* harmony export */   s: () => (/* binding */ isXmlChar)
/* harmony export */ });
/**
 * Characters XML 1.0 does not allow: controls but tab and line breaks, U+FFFE and U+FFFF. A
 * report's reader reads each as U+FFFD (src/checks/xml.ts), so the redactor looks for a secret
 * holding one in that form too (secretForms.ts).
 */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const NOT_XML_CHARS = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g;
/** Whether XML 1.0 allows the code point in a document, raw or as a reference. */
const isXmlChar = (cp) => cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff);


/***/ })

};
