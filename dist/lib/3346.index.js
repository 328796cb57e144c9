export const id = 3346;
export const ids = [3346];
export const modules = {

/***/ 41356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ gained),
/* harmony export */   Y: () => (/* binding */ binaryTextLines)
/* harmony export */ });
/**
 * The text a binary file holds, for the scans that look for secrets in it.
 *
 * git calls a file binary when a NUL byte is among its first 8,000 bytes, and prints no lines for
 * it. One NUL is enough, so a text file \u2014 an `.env`, a config, a script \u2014 with one NUL byte in it
 * would hold its credentials out of every line-based scan; text stored as UTF-16 (its every other
 * byte is NUL) is binary to git too. So the content of such a file is read as `strings` reads an
 * executable: every run of at least `MIN_RUN` printable ASCII characters (tab included) is a
 * line, and so is every such run in UTF-16 (little- or big-endian) form. A file that starts with a
 * UTF-16 byte-order mark is decoded as the text it is, line by line.
 *
 * Each line carries the number of the line it is on (LF bytes before it, plus one), which is its
 * line in the file when the file is text, and harmless when it is not.
 */
/** Shortest run taken as text: an assignment of a secret is longer. */
const MIN_RUN = 8;
/** Runs of printable ASCII, and of UTF-16 code units that are printable ASCII (`c 00`, `00 c`). */
const ASCII_RUN = new RegExp(`[\\t\\x20-\\x7e]{${MIN_RUN},}`, 'g');
const WIDE_RUN = new RegExp(`(?:[\\t\\x20-\\x7e]\\x00){${MIN_RUN},}|(?:\\x00[\\t\\x20-\\x7e]){${MIN_RUN},}`, 'g');
/**
 * Every line of text in `bytes`, in the order found: the decoded lines of a UTF-16 file with a
 * byte-order mark; otherwise the ASCII runs, then the UTF-16 runs. The bytes are searched as
 * Latin-1 text, one character a byte, by the regular expression engine: a loop over the bytes
 * here ran at a third of its speed.
 */
function binaryTextLines(bytes) {
    const out = [];
    if (bytes.length >= 2 &&
        ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
        const text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
        text.split('\n').forEach((l, i) => {
            const t = l.endsWith('\r') ? l.slice(0, -1) : l;
            if (t.trim())
                out.push({ line: i + 1, text: t });
        });
        return out;
    }
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    const text = buffer.toString('latin1');
    runs(text, ASCII_RUN, out, (m) => m[0]);
    runs(text, WIDE_RUN, out, (m) => {
        // Decoded natively from the bytes. A big-endian run (`00 c` pairs) read from its second byte
        // is little-endian but for its last character; a little-endian run read from its second byte
        // would read the same text, which is why one expression serves both.
        const run = m[0];
        const big = run.charCodeAt(0) === 0 ? 1 : 0;
        const wide = buffer.toString('utf16le', m.index + big, m.index + run.length);
        return big ? wide + run[run.length - 1] : wide;
    });
    return out;
}
/** The matches of `re` in `text`, each on the line it starts on (LF bytes before it, plus one). */
function runs(text, re, out, decode) {
    let line = 1;
    let counted = 0;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        for (let nl = text.indexOf('\n', counted); nl !== -1 && nl < m.index; nl = text.indexOf('\n', nl + 1))
            line++;
        counted = m.index;
        out.push({ line, text: decode(m) });
    }
}
/**
 * The lines of `head` its base did not hold, by index: a line counts as kept as many times as
 * the base holds it, so a line written once more is gained. Every line when there is no base.
 * The diff prints no line of a binary file: this is what it gained.
 */
function gained(head, base) {
    const left = new Map();
    for (const l of base ?? [])
        left.set(l, (left.get(l) ?? 0) + 1);
    const out = new Set();
    head.forEach((l, i) => {
        const n = left.get(l) ?? 0;
        if (n > 0)
            left.set(l, n - 1);
        else
            out.add(i);
    });
    return out;
}


/***/ }),

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

/***/ 73346:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMigrations: () => (/* binding */ runMigrations)
});

// EXTERNAL MODULE: ./src/change/binaryText.ts
var binaryText = __webpack_require__(41356);
// EXTERNAL MODULE: ./src/change/pathspec.ts
var pathspec = __webpack_require__(79750);
// EXTERNAL MODULE: ./src/checks/changeRange.ts
var changeRange = __webpack_require__(79792);
;// CONCATENATED MODULE: ./src/checks/migrations/state.ts
/**
 * The state at the start of a file; `tables` were created by earlier migrations of the same
 * change. They are looked up, not copied (a change of many migrations would copy them once per
 * file), so the caller adds a file's tables only once that file is read.
 */
function fileState(postgresVersion, tool, tables = new Set()) {
    return {
        postgresVersion,
        newTables: new Set(),
        earlierTables: tables,
        tx: tool ? 'tool' : 'none',
        tool,
        txSeq: 0,
        statements: 0,
        notValid: new Map(),
        validatedNotNull: new Set(),
        validatedTables: new Set(),
        droppedConstraints: new Set(),
        soleStatementOnly: [],
    };
}
/**
 * What the end of a file (or of its up part) says: a BEGIN still open, as an operation at its
 * line. Drops the risks that only hold for files of more than one statement.
 */
function endOfFile(state) {
    if (state.statements === 1)
        for (const { risks, risk } of state.soleStatementOnly)
            risks.splice(risks.indexOf(risk), 1);
    if (state.tx !== 'explicit' || state.openedAt === undefined)
        return undefined;
    return {
        line: state.openedAt,
        ddl: { kind: 'transaction', risks: [{ rule: 'ban-uncommitted-transaction' }] },
    };
}
const PART = `(?:"(?:[^"]|"")+"|\`[^\`]+\`|[\\p{L}_][\\p{L}\\p{N}_$]*)`;
const NAME = `${PART}(?:\\s*\\.\\s*${PART})*`;
/** The same for ASCII text, in which a letter of any script is one of A\u2013Z or a\u2013z. */
const ASCII_PART = `(?:"(?:[^"]|"")+"|\`[^\`]+\`|[A-Za-z_][A-Za-z0-9_$]*)`;
const ASCII_NAME = `${ASCII_PART}(?:\\s*\\.\\s*${ASCII_PART})*`;
const NOT_ASCII = /[^\0-\x7F]/;
const compiled = new Map();
/**
 * A case-insensitive pattern with `<name>` standing for a (quoted, schema-qualified) name and
 * `<part>` for one part of it, in any script; compiled once. Text that is all ASCII, as most
 * migrations are, is matched by the pattern with ASCII letters, which compiles ten times faster
 * than the one with Unicode's (a millisecond each, for dozens of patterns) and matches that text
 * alike: Unicode case folding and letter classes differ from ASCII's only beyond ASCII.
 */
function re(source) {
    let p = compiled.get(source);
    if (!p) {
        const compile = (name, part, flags) => new RegExp(source.replaceAll('<name>', name).replaceAll('<part>', part), flags);
        let ascii;
        let unicode;
        p = {
            exec: (s) => NOT_ASCII.test(s)
                ? (unicode ??= compile(NAME, PART, 'iu')).exec(s)
                : (ascii ??= compile(ASCII_NAME, ASCII_PART, 'i')).exec(s),
        };
        compiled.set(source, p);
    }
    return p;
}
const unquote = (s) => s
    .replace(/["`]/g, '')
    .replace(/\s*\.\s*/g, '.')
    .toLowerCase();
/** The table's own name, without its schema, as the file's state keys it. */
const base = (name) => name.slice(name.lastIndexOf('.') + 1);
const inTx = (state) => state.tx !== 'none';
const addedTable = (state, table) => void state.newTables.add(tableKey(table));
/** How the file's state names a table: its own name, without its schema, in lower case. */
const tableKey = (table) => base(table.toLowerCase());
/** Whether the table was created earlier in the file, so nobody else is using it yet. */
const isNewTable = (state, table) => {
    const key = base(table.toLowerCase());
    return state.newTables.has(key) || state.earlierTables.has(key);
};
/** A constraint added NOT VALID; `notNullOf` names the column of a CHECK (column IS NOT NULL). */
function addedNotValid(state, name, table, notNullOf) {
    state.notValid.set(name.toLowerCase(), {
        table: base(table.toLowerCase()),
        txSeq: state.txSeq,
        inTx: inTx(state),
        notNullOf: notNullOf?.toLowerCase(),
    });
}
/** A validated CHECK (column IS NOT NULL) added in one step. */
function addedValidNotNull(state, table, column) {
    state.validatedNotNull.add(`${base(table.toLowerCase())}.${column.toLowerCase()}`);
}
/** VALIDATE CONSTRAINT: what it proves, and the risk of validating in the transaction that added it. */
function validateConstraint(state, name, table) {
    const key = base(table.toLowerCase());
    const added = state.notValid.get(name.toLowerCase());
    if (!added || added.table !== key) {
        // Added by an earlier migration: what it checks is not known here; squawk reads it the same way.
        state.validatedTables.add(key);
        return [];
    }
    if (added.notNullOf)
        state.validatedNotNull.add(`${key}.${added.notNullOf}`);
    if (!(added.inTx && inTx(state) && added.txSeq === state.txSeq))
        return [];
    return [
        {
            rule: 'constraint-missing-not-valid',
            why: 'VALIDATE CONSTRAINT in the same transaction as its ADD \u2026 NOT VALID: the ADD\u2019s lock is held while every row is checked',
            instead: 'VALIDATE CONSTRAINT in a separate transaction (a later migration)',
        },
    ];
}
/** Whether SET NOT NULL skips its table scan: PostgreSQL 12+, after a validated CHECK (column IS NOT NULL). */
function notNullProven(state, table, column) {
    const key = base(table.toLowerCase());
    return (state.postgresVersion >= 12 &&
        (state.validatedNotNull.has(`${key}.${column.toLowerCase()}`) || state.validatedTables.has(key)));
}
/** Splits `a, b (c, d), e` on top-level commas, each part with its offset. */
function actions(s, offset = 0) {
    const out = [];
    let depth = 0;
    let quote = '';
    let from = 0;
    const push = (end) => {
        const raw = s.slice(from, end);
        const lead = raw.length - raw.trimStart().length;
        if (raw.trim())
            out.push({ text: raw.trim(), at: offset + from + lead });
    };
    for (let i = 0; i < s.length; i++) {
        const c = s[i];
        if (quote) {
            if (c === quote)
                quote = '';
        }
        else if (c === "'" || c === '"')
            quote = c;
        else if (c === '(')
            depth++;
        else if (c === ')')
            depth--;
        else if (c === ',' && depth === 0) {
            push(i);
            from = i + 1;
        }
    }
    push(s.length);
    return out;
}
/** The index of the `)` that closes the `(` at `open`, or -1. */
function closing(s, open) {
    let depth = 0;
    let quote = '';
    for (let i = open; i < s.length; i++) {
        const c = s[i];
        if (quote) {
            if (c === quote)
                quote = '';
        }
        else if (c === "'" || c === '"')
            quote = c;
        else if (c === '(')
            depth++;
        else if (c === ')' && --depth === 0)
            return i;
    }
    return -1;
}
const robust = (why, instead, at) => ({
    rule: 'prefer-robust-stmts',
    at,
    why: `${why} outside a transaction: a migration that fails after it cannot be run again`,
    instead,
});
/** A CONCURRENTLY statement inside a transaction, which PostgreSQL refuses. */
function concurrentInTx(state, risks, at, what) {
    if (!inTx(state))
        return;
    const tool = state.tx === 'tool' ? state.tool : undefined;
    const risk = {
        rule: 'ban-concurrent-index-creation-in-transaction',
        at,
        why: `${what} cannot run inside a transaction block${tool ? ` (${tool.by} runs this migration in one)` : ''}: PostgreSQL rejects it and the migration fails`,
        instead: tool
            ? `run it in a migration of its own without the transaction (${tool.off})`
            : 'COMMIT before it, or move it to a migration of its own',
    };
    risks.push(risk);
    if (tool?.assumed)
        state.soleStatementOnly.push({ risks, risk });
}

;// CONCATENATED MODULE: ./src/checks/migrations/calls.ts
/** Reading framework migrations (Python, Ruby, JavaScript) as text: lines, calls and their arguments. */
/** Line numbers of offsets in a text, found by binary search over the line starts. */
class LineIndex {
    starts = [0];
    constructor(text) {
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    /** 1-based line of the character at `index`. */
    lineAt(index) {
        let lo = 0;
        let hi = this.starts.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (this.starts[mid] <= index)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
}
/** Longest call read for its arguments; a longer one is read up to here. */
const CALL_MAX = 64 * 1024;
/**
 * The call at `at`: `name(\u2026)` with its parentheses balanced outside strings, so options on later
 * lines are seen; a call without parentheses (Ruby) runs to the end of its line, and on while a
 * line ends with a comma.
 */
function callText(text, at) {
    let i = at;
    while (i < text.length && /[\w.!?$]/.test(text[i]))
        i++;
    while (text[i] === ' ' || text[i] === '\t')
        i++;
    if (text[i] === '(') {
        const end = closeOf(text, i, Math.min(text.length, i + CALL_MAX));
        if (end !== -1)
            return text.slice(at, end + 1);
    }
    let end = text.indexOf('\n', i);
    while (end !== -1 && end - at < CALL_MAX && /,\s*$/.test(text.slice(Math.max(at, end - 200), end)))
        end = text.indexOf('\n', end + 1);
    return text.slice(at, end === -1 ? undefined : end);
}
/** The index of the bracket closing the one at `open` (strings skipped), or -1 before `limit`. */
function closeOf(text, open, limit = text.length) {
    const pairs = { '(': ')', '[': ']', '{': '}' };
    const stack = [];
    for (let i = open; i < limit; i++) {
        const c = text[i];
        if (c === '"' || c === "'" || c === '`') {
            const triple = text.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
            let j = i + triple.length;
            for (; j < limit && !text.startsWith(triple, j); j++)
                if (text[j] === '\\')
                    j++;
            i = j + triple.length - 1;
        }
        else if ((c === '#' && (i === 0 || /\s/.test(text[i - 1]))) || (c === '/' && text[i + 1] === '/')) {
            // A comment (Python and Ruby `#`, JavaScript `//`): its quotes and brackets do not count.
            const nl = text.indexOf('\n', i);
            i = nl === -1 ? limit : nl;
        }
        else if (pairs[c])
            stack.push(pairs[c]);
        else if (c === ')' || c === ']' || c === '}') {
            if (stack.pop() !== c)
                return -1;
            if (!stack.length)
                return i;
        }
    }
    return -1;
}
/** The n-th symbol or string argument of a call (`:users`, `'users'`, `"users"`). */
function arg(call, n) {
    return [...call.matchAll(/[:'"]([\w.]+)['"]?/g)].map((m) => m[1])[n];
}
/** The string literals of a call, in order. */
function strings(call) {
    return [...call.matchAll(/(["'])((?:\\.|(?!\1).)*)\1/g)].map((m) => m[2]);
}
/** A keyword argument (`name='x'` in Python, `name: "x"` in Ruby) given as a string or symbol. */
function calls_option(call, key) {
    const m = new RegExp(`\\b${key}\\s*(?:=|:)\\s*(?:(["'])((?:\\\\.|(?!\\1).)*)\\1|:(\\w+))`).exec(call);
    return m ? (m[2] ?? m[3]) : undefined;
}
/** The column of a `column IS NOT NULL` condition, or undefined. */
function notNullCondition(condition) {
    const m = /^\s*\(?\s*"?([\w$]+)"?\s*\)?\s+IS\s+NOT\s+NULL\s*\)?\s*$/i.exec(condition ?? '');
    return m?.[1]?.toLowerCase();
}

;// CONCATENATED MODULE: ./src/checks/migrations/columns.ts
const TOKEN = /\s+|([Ee]'(?:[^'\\]|\\.|'')*'|'(?:[^']|'')*'|\$([A-Za-z_][A-Za-z0-9_]*)?\$[\s\S]*?\$\2\$)|("(?:[^"]|"")*")|(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\.\d+)|([\p{L}_][\p{L}\p{N}_$]*)|(::|[-+*/<>=~!@#%^&|`?]+)|([()[\],.;])|([\s\S])/uy;
/** The tokens of a statement or a part of one; `at` is the offset in `s` plus `offset`. */
function tokenize(s, offset = 0) {
    const out = [];
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(s); m && m[0]; m = TOKEN.exec(s)) {
        const at = m.index + offset;
        if (m[1] !== undefined)
            out.push({ kind: 'string', text: m[1], at });
        else if (m[3] !== undefined)
            out.push({ kind: 'quoted', text: m[3], at });
        else if (m[4] !== undefined)
            out.push({ kind: 'number', text: m[4], at });
        else if (m[5] !== undefined)
            out.push({ kind: 'word', text: m[5], at });
        else if (m[6] !== undefined)
            out.push({ kind: 'op', text: m[6], at });
        else if (m[7] !== undefined || m[8] !== undefined)
            out.push({ kind: 'punct', text: m[0], at });
    }
    return out;
}
/** A name as PostgreSQL stores it: quotes removed, unquoted names folded to lower case. */
function identifier(t) {
    return t.kind === 'quoted' ? t.text.slice(1, -1).replace(/""/g, '"') : t.text.toLowerCase();
}
const MAX_IDENTIFIER_BYTES = 63;
/** Names longer than PostgreSQL keeps (63 bytes), each once, with its offset. */
function longIdentifiers(tokens) {
    const seen = new Set();
    const out = [];
    for (const t of tokens) {
        if (t.kind !== 'word' && t.kind !== 'quoted')
            continue;
        const name = identifier(t);
        if (Buffer.byteLength(name, 'utf8') <= MAX_IDENTIFIER_BYTES || seen.has(name))
            continue;
        seen.add(name);
        out.push({ name, at: t.at });
    }
    return out;
}
/**
 * What the style rules say about a column type written at `at` (the text after the column name,
 * or after TYPE). Arrays count as their element type, as in squawk.
 */
function typeRisks(type, at) {
    const lead = /^\s*/.exec(type)[0].length;
    const t = type
        .slice(lead)
        .replace(/^pg_catalog\s*\.\s*/i, '')
        .toLowerCase();
    const where = at + lead;
    const name = /^"?([a-z_][a-z0-9_]*)"?/.exec(t)?.[1] ?? '';
    const rules = [];
    if (/^(?:int|integer|int4|serial|serial4)$/.test(name))
        rules.push('prefer-bigint-over-int');
    if (/^(?:smallint|int2|smallserial|serial2)$/.test(name))
        rules.push('prefer-bigint-over-smallint');
    if (/^(?:serial[248]?|smallserial|bigserial)$/.test(name))
        rules.push('prefer-identity');
    if (/^(?:varchar\s*\(|character\s+varying\s*\()/.test(t))
        rules.push('prefer-text-field');
    if (name === 'timestamp' && !/^timestamp\s*(?:\(\s*\d+\s*\))?\s*with\s+time\s+zone\b/.test(t))
        rules.push('prefer-timestamptz');
    if (/^(?:char|character|bpchar|nchar)$/.test(name) && !/^(?:char|character)\s+varying\b/.test(t))
        rules.push('ban-char-field');
    if (/^national\s+char(?:acter)?\b(?!\s+varying)/.test(t))
        rules.push('ban-char-field');
    return rules.map((rule) => ({ rule, at: where }));
}
/** Whether the type fills existing rows from a sequence when a column of it is added. */
const isSerial = (type) => /^\s*"?(?:small|big)?serial[248]?"?(?![\w$])/i.test(type);
/**
 * Functions with no argument that PostgreSQL does not mark volatile: a default made of them (or
 * of constants) is evaluated once when a column is added, so PostgreSQL 11+ keeps it in the
 * catalog instead of rewriting the table. Anything else counts as volatile, as in squawk.
 */
const STABLE_FUNCTIONS = new Set([
    'now',
    'transaction_timestamp',
    'statement_timestamp',
    'current_database',
    'current_schema',
    'current_user',
    'session_user',
    'pi',
    'version',
    'pg_backend_pid',
    'inet_client_addr',
    'inet_server_addr',
    'pg_postmaster_start_time',
]);
const CONSTANT_WORDS = new Set([
    'true',
    'false',
    'null',
    'current_timestamp',
    'current_date',
    'current_time',
    'localtime',
    'localtimestamp',
    'current_user',
    'session_user',
    'user',
    'current_role',
    'current_schema',
    'current_catalog',
    'array',
    'and',
    'or',
    'not',
    'is',
    'collate',
]);
/** Whether a DEFAULT expression is a constant or a non-volatile call, evaluated once for all rows. */
function isStableDefault(tokens) {
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        const next = tokens[i + 1];
        if (t.kind === 'string' || t.kind === 'number' || t.kind === 'punct')
            continue;
        if (t.kind === 'quoted')
            return false;
        if (t.kind === 'op') {
            if (t.text === '::')
                i = skipType(tokens, i + 1) - 1;
            continue;
        }
        const w = t.text.toLowerCase();
        if (next?.text === '(') {
            const close = tokens[i + 2];
            if (close?.text === ')' && STABLE_FUNCTIONS.has(w)) {
                i += 2;
                continue;
            }
            // current_timestamp(3) and the like: a precision, not an argument.
            if (CONSTANT_WORDS.has(w) &&
                w !== 'array' &&
                tokens[i + 2]?.kind === 'number' &&
                tokens[i + 3]?.text === ')') {
                i += 3;
                continue;
            }
            if (w === 'array' || !CONSTANT_WORDS.has(w))
                return false;
        }
        if (CONSTANT_WORDS.has(w)) {
            if (w === 'collate' && next)
                i++;
            continue;
        }
        // A typed literal: interval '1 day', date '2024-01-01'.
        if (next?.kind === 'string') {
            i++;
            continue;
        }
        if (/^(?:with|without|time|zone|precision|varying)$/.test(w))
            continue;
        return false;
    }
    return true;
}
/** The index after a type name that follows `::` (`numeric(12, 2)[]`, `timestamp with time zone`). */
function skipType(tokens, i) {
    while (tokens[i] && (tokens[i].kind === 'word' || tokens[i].kind === 'quoted' || tokens[i].text === '.'))
        i++;
    if (tokens[i]?.text === '(') {
        let depth = 0;
        for (; i < tokens.length; i++) {
            if (tokens[i].text === '(')
                depth++;
            else if (tokens[i].text === ')' && --depth === 0) {
                i++;
                break;
            }
        }
    }
    while (tokens[i]?.text === '[' && tokens[i + 1]?.text === ']')
        i += 2;
    return i;
}
const CONSTRAINT_START = /^(?:NOT|NULL|DEFAULT|CONSTRAINT|CHECK|UNIQUE|PRIMARY|REFERENCES|GENERATED|COLLATE|DEFERRABLE|INITIALLY)$/i;
/** Reads `type [constraints\u2026]` (the text after a column name, at `at` in the statement). */
function columnDef(rest, at) {
    const tokens = tokenize(rest, at);
    let depth = 0;
    let typeEnd = tokens.length;
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (t.text === '(')
            depth++;
        else if (t.text === ')')
            depth--;
        else if (depth === 0 && i > 0 && t.kind === 'word' && CONSTRAINT_START.test(t.text)) {
            typeEnd = i;
            break;
        }
    }
    const end = tokens[typeEnd]?.at ?? at + rest.length;
    const def = {
        type: rest.slice(0, end - at).trim(),
        typeAt: tokens[0]?.at ?? at,
        notNull: false,
    };
    depth = 0;
    for (let i = typeEnd; i < tokens.length; i++) {
        const t = tokens[i];
        if (t.text === '(')
            depth++;
        else if (t.text === ')')
            depth--;
        if (depth !== 0 || t.kind !== 'word')
            continue;
        const w = t.text.toUpperCase();
        if (w === 'NOT' && tokens[i + 1]?.text.toUpperCase() === 'NULL') {
            def.notNull = true;
            i++;
        }
        else if (w === 'DEFAULT') {
            let j = i + 1;
            for (let d = 0; j < tokens.length; j++) {
                const u = tokens[j];
                if (u.text === '(')
                    d++;
                else if (u.text === ')')
                    d--;
                else if (d === 0 && j > i + 1 && endsDefault(tokens, j))
                    break;
            }
            def.defaultTokens = tokens.slice(i + 1, j);
            def.defaultAt = tokens[i + 1]?.at ?? t.at;
            i = j - 1;
        }
        else if (w === 'GENERATED') {
            def.generated = tokens.slice(i, i + 6).some((u) => /^IDENTITY$/i.test(u.text)) ? 'identity' : 'stored';
            def.generatedAt = t.at;
        }
        else if (w === 'REFERENCES')
            def.references = t.at;
        else if (w === 'UNIQUE')
            def.unique = t.at;
        else if (w === 'PRIMARY')
            def.primaryKey = t.at;
        else if (w === 'CHECK')
            def.check = t.at;
    }
    return def;
}
/** Whether the word at `j` starts the next constraint of a column, ending its DEFAULT expression. */
function endsDefault(tokens, j) {
    const u = tokens[j];
    if (u.kind !== 'word')
        return false;
    const w = u.text.toUpperCase();
    const prev = tokens[j - 1]?.text.toUpperCase();
    if (w === 'NOT')
        return tokens[j + 1]?.text.toUpperCase() === 'NULL' && prev !== 'IS';
    if (w === 'NULL')
        return prev !== 'IS' && prev !== 'NOT';
    return /^(?:CONSTRAINT|CHECK|UNIQUE|PRIMARY|REFERENCES|GENERATED|DEFERRABLE|INITIALLY|DEFAULT)$/.test(w);
}
/** Whether a default is only `NULL`, which adds nothing to existing rows. */
const isNullDefault = (tokens) => tokens.length > 0 && tokens.every((t) => /^null$/i.test(t.text) || t.text === '(' || t.text === ')');

;// CONCATENATED MODULE: ./src/checks/migrations/sql.ts
/** SQL migrations: statements with their lines, and a shape safe to show as evidence. */
/** The line of the character at `at` in the statement's text. */
function lineOf(st, at) {
    let lo = 0;
    let hi = st.breaks.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (st.breaks[mid] <= at)
            lo = mid + 1;
        else
            hi = mid;
    }
    return st.startLine + lo;
}
const WORD = /[\p{L}_][\p{L}\p{N}_$]*/uy;
/** Characters that never start a word, a quote, a comment or the end of a statement. */
const PLAIN = /[^\s'"`$;\-/\p{L}_]+/uy;
const DOLLAR = /\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/y;
function isSpace(c) {
    const n = c.charCodeAt(0);
    return n === 32 || (n >= 9 && n <= 13) || (n > 127 && /\s/.test(c));
}
function isWordChar(c) {
    if (c === undefined)
        return false;
    const n = c.charCodeAt(0);
    if (n < 128)
        return (n >= 97 && n <= 122) || (n >= 65 && n <= 90) || (n >= 48 && n <= 57) || n === 95 || n === 36;
    return /[\p{L}\p{N}]/u.test(c);
}
/**
 * Splits SQL into statements on `;`, aware of quotes (`E'\u2026'` escapes too), dollar quotes
 * (`$$\u2026$$`, `$fn$\u2026$fn$`), line and nested block comments and SQL-standard function bodies
 * (`BEGIN ATOMIC \u2026 END`), so a semicolon inside a function body or string does not cut.
 * A generator, so a caller can give the event loop a turn between statements of a big file.
 */
function* statements(sql, firstLine = 1) {
    // The text is built from slices of `sql`: a run of content is copied at once when whitespace,
    // a comment or the end of the statement cuts it, which keeps a big file cheap to read.
    let out = '';
    let seg = -1;
    let endsInSpace = false;
    let line = firstLine;
    let start = -1;
    let last = firstLine;
    let breaks = [];
    // Inside `BEGIN ATOMIC`: 1 + the CASE expressions open, since each ends with END too.
    let atomic = 0;
    let previousWord = '';
    const cut = (end) => {
        if (seg !== -1 && end > seg) {
            out += sql.slice(seg, end);
            endsInSpace = false;
        }
        seg = -1;
    };
    const gap = () => {
        if (start !== -1 && !endsInSpace) {
            out += ' ';
            endsInSpace = true;
        }
    };
    const content = (i) => {
        if (start === -1)
            start = line;
        if (seg === -1)
            seg = i;
    };
    /** Past a quoted literal or dollar-quoted body from `i` to `end`, counting its lines. */
    const literal = (i, end) => {
        for (let k = sql.indexOf('\n', i); k !== -1 && k < end; k = sql.indexOf('\n', k + 1)) {
            line++;
            breaks.push(out.length + (k + 1 - seg));
        }
        last = line;
        return end;
    };
    const flush = () => {
        const text = endsInSpace ? out.slice(0, -1) : out;
        const st = text
            ? {
                text,
                startLine: start,
                endLine: last,
                breaks: (breaks.at(-1) ?? -1) >= text.length ? breaks.filter((b) => b < text.length) : breaks,
            }
            : undefined;
        out = '';
        endsInSpace = false;
        start = -1;
        breaks = [];
        previousWord = '';
        atomic = 0;
        return st;
    };
    for (let i = 0; i < sql.length;) {
        const c = sql[i];
        if (isSpace(c)) {
            cut(i);
            for (; i < sql.length && isSpace(sql[i]); i++) {
                gap();
                if (sql[i] === '\n') {
                    line++;
                    if (start !== -1)
                        breaks.push(out.length);
                }
            }
            continue;
        }
        if (c === '-' && sql[i + 1] === '-') {
            cut(i);
            const end = sql.indexOf('\n', i);
            i = end === -1 ? sql.length : end;
            gap();
            continue;
        }
        if (c === '/' && sql[i + 1] === '*') {
            cut(i);
            gap();
            let depth = 1;
            for (i += 2; i < sql.length && depth > 0; i++) {
                if (sql[i] === '\n') {
                    line++;
                    if (start !== -1)
                        breaks.push(out.length);
                }
                else if (sql[i] === '/' && sql[i + 1] === '*') {
                    depth++;
                    i++;
                }
                else if (sql[i] === '*' && sql[i + 1] === '/') {
                    depth--;
                    i++;
                }
            }
            continue;
        }
        if (c === ';' && atomic === 0) {
            cut(i);
            const st = flush();
            if (st)
                yield st;
            i++;
            continue;
        }
        content(i);
        if (c === "'" || c === '"' || c === '`') {
            // E'\u2026' takes backslash escapes; elsewhere a doubled quote is the only escape.
            const escapes = c === "'" && /[Ee]/.test(sql[i - 1] ?? '') && !isWordChar(sql[i - 2]);
            let j = i + 1;
            for (; j < sql.length; j++) {
                if (escapes && sql[j] === '\\')
                    j++;
                else if (sql[j] === c) {
                    if (sql[j + 1] === c)
                        j++;
                    else
                        break;
                }
            }
            i = literal(i, Math.min(j + 1, sql.length));
            continue;
        }
        if (c === '$' && !isWordChar(sql[i - 1])) {
            DOLLAR.lastIndex = i;
            const tag = DOLLAR.exec(sql);
            if (tag) {
                const end = sql.indexOf(tag[0], i + tag[0].length);
                i = literal(i, end === -1 ? sql.length : end + tag[0].length);
                continue;
            }
        }
        if (!isWordChar(sql[i - 1])) {
            WORD.lastIndex = i;
            const word = WORD.exec(sql);
            if (word) {
                // Only these few words matter to the split; most words are longer or shorter.
                const w = word[0].length >= 3 && word[0].length <= 6 ? word[0].toUpperCase() : '';
                if (atomic > 0) {
                    if (w === 'CASE')
                        atomic++;
                    else if (w === 'END')
                        atomic--;
                }
                else if (w === 'ATOMIC' &&
                    previousWord === 'BEGIN' &&
                    /^CREATE\b.*\b(?:FUNCTION|PROCEDURE)\b/is.test(out + sql.slice(seg, i)))
                    atomic = 1;
                previousWord = w;
                i += word[0].length;
                last = line;
                continue;
            }
        }
        PLAIN.lastIndex = i;
        const run = PLAIN.exec(sql);
        i += run ? run[0].length : 1;
        last = line;
    }
    cut(sql.length);
    const st = flush();
    if (st)
        yield st;
}
function splitSql(sql, firstLine = 1) {
    return [...statements(sql, firstLine)];
}
/** Where a literal may start: text between two of these is copied as it is. */
const LITERAL_START = /['$]/g;
/**
 * The statement as evidence may show it: string literals and dollar-quoted bodies emptied (they
 * can hold passwords), cut at `max` characters. One pass, and the text between literals is
 * copied a run at a time, so a huge statement costs little.
 */
function excerpt(stmt, max = 120) {
    let out = '';
    let i = 0;
    while (i < stmt.length && out.length < max) {
        const c = stmt[i];
        if (c === "'") {
            const escapes = /[Ee]/.test(stmt[i - 1] ?? '') && !isWordChar(stmt[i - 2]);
            let j = i + 1;
            for (; j < stmt.length; j++) {
                if (escapes && stmt[j] === '\\')
                    j++;
                else if (stmt[j] === "'") {
                    if (stmt[j + 1] === "'")
                        j++;
                    else
                        break;
                }
            }
            out += "'\u2026'";
            i = j + 1;
            continue;
        }
        if (c === '$' && !isWordChar(stmt[i - 1])) {
            DOLLAR.lastIndex = i;
            const tag = DOLLAR.exec(stmt);
            if (tag) {
                const end = stmt.indexOf(tag[0], i + tag[0].length);
                out += '$$\u2026$$';
                i = end === -1 ? stmt.length + 1 : end + tag[0].length;
                continue;
            }
        }
        // This character and those up to the next possible literal, as many as still fit.
        LITERAL_START.lastIndex = i + 1;
        const next = LITERAL_START.exec(stmt)?.index ?? stmt.length;
        const end = Math.min(next, i + max - out.length);
        out += stmt.slice(i, end);
        i = end;
    }
    return out.length > max || i < stmt.length ? `${out.slice(0, max - 1)}\u2026` : out;
}

;// CONCATENATED MODULE: ./src/checks/migrations/frameworkRules.ts
/** What framework calls share: the shape of a rule, and the risks several frameworks have. */



const lower = (s) => s?.toLowerCase();
const risk = (rule, instead, why) => ({ rule, instead, why });
/** A CONCURRENTLY operation inside the tool's transaction, or a plain one that locks the table. */
function concurrently(state, concurrent, plain, what) {
    if (!concurrent)
        return [plain];
    const risks = [];
    concurrentInTx(state, risks, undefined, what);
    return risks;
}
/** What a column default says when the column is added to a table with rows. */
function defaultRisk(state, expr, literal) {
    if (expr === undefined)
        return [];
    if (state.postgresVersion < 11)
        return [
            risk('adding-field-with-default', undefined, `before PostgreSQL 11, adding a column with a default rewrites the table under an ACCESS EXCLUSIVE lock (postgresVersion: ${state.postgresVersion})`),
        ];
    if (literal || isStableDefault(tokenize(expr)))
        return [];
    return [
        risk('adding-field-with-default', undefined, `default ${excerpt(expr, 40)} is volatile: adding the column computes it for every row, rewriting the table under an ACCESS EXCLUSIVE lock`),
    ];
}
/**
 * A check constraint added by a framework call: recorded for the file (a validated NOT NULL check
 * makes a later SET NOT NULL safe), and a full scan under lock unless it is added not valid or the
 * table is new. `instead` is the framework's own safer form.
 */
function addCheck(state, c, instead) {
    if (c.notValid && c.name)
        addedNotValid(state, c.name, c.table, c.column);
    if (!c.notValid && c.column)
        addedValidNotNull(state, c.table, c.column);
    return {
        kind: 'add-check',
        target: c.table,
        risks: c.notValid || isNewTable(state, c.table) ? [] : [risk('constraint-missing-not-valid', instead)],
    };
}

;// CONCATENATED MODULE: ./src/checks/migrations/alembic.ts
/** Alembic migrations: what each `op.*` call does. */



const ALEMBIC = [
    [
        /\bop\.drop_table\(/g,
        (c) => ({ kind: 'drop-table', target: arg(c, 0), destructive: 'ban-drop-table', risks: [] }),
    ],
    [
        /\bop\.drop_column\(/g,
        (c) => ({
            kind: 'drop-column',
            target: `${arg(c, 0)}.${arg(c, 1)}`,
            destructive: 'ban-drop-column',
            risks: [],
        }),
    ],
    [
        /\bop\.rename_table\(/g,
        (c) => ({ kind: 'rename', target: arg(c, 0), destructive: 'renaming-table', risks: [] }),
    ],
    [
        /\bop\.alter_column\(/g,
        (c, st) => {
            const [table = '', column = ''] = [arg(c, 0), arg(c, 1)];
            const target = `${table}.${column}`;
            if (/new_column_name\s*=/.test(c))
                return { kind: 'rename', target, destructive: 'renaming-column', risks: [] };
            if (isNewTable(st, table))
                return { kind: 'alter-table', target, risks: [] };
            if (/\btype_\s*=/.test(c))
                return { kind: 'alter-column-type', target, risks: [risk('changing-column-type')] };
            if (/nullable\s*=\s*False/.test(c))
                return {
                    kind: 'set-not-null',
                    target,
                    risks: notNullProven(st, table, column)
                        ? []
                        : [
                            risk('adding-not-nullable-field', 'op.create_check_constraint(\u2026, "col IS NOT NULL", postgresql_not_valid=True); VALIDATE CONSTRAINT in a later migration; then alter_column(nullable=False) (PostgreSQL 12+)'),
                        ],
                };
            if (/nullable\s*=\s*True/.test(c))
                return { kind: 'drop-not-null', target, risks: [risk('ban-drop-not-null')] };
            return { kind: 'alter-table', target: table, risks: [] };
        },
    ],
    [
        /\bop\.create_index\(/g,
        (c, st) => {
            const table = calls_option(c, 'table_name') ?? arg(c, 1) ?? '';
            return {
                kind: 'create-index',
                target: table,
                risks: isNewTable(st, table)
                    ? []
                    : concurrently(st, /postgresql_concurrently\s*=\s*True/.test(c), risk('require-concurrent-index-creation', 'op.create_index(\u2026, postgresql_concurrently=True) inside op.get_context().autocommit_block()'), 'create_index(\u2026, postgresql_concurrently=True)'),
            };
        },
    ],
    [
        /\bop\.drop_index\(/g,
        (c, st) => ({
            kind: 'drop-index',
            target: calls_option(c, 'table_name') ?? arg(c, 0),
            risks: concurrently(st, /postgresql_concurrently\s*=\s*True/.test(c), risk('require-concurrent-index-deletion', 'op.drop_index(\u2026, postgresql_concurrently=True) inside op.get_context().autocommit_block()'), 'drop_index(\u2026, postgresql_concurrently=True)'),
        }),
    ],
    [
        /\bop\.create_unique_constraint\(/g,
        (c, st) => {
            const table = calls_option(c, 'table_name') ?? arg(c, 1) ?? '';
            return {
                kind: 'add-unique',
                target: table,
                risks: isNewTable(st, table)
                    ? []
                    : [
                        risk('disallowed-unique-constraint', 'op.create_index(\u2026, unique=True, postgresql_concurrently=True) in an autocommit block, then op.execute("ALTER TABLE \u2026 ADD CONSTRAINT \u2026 UNIQUE USING INDEX \u2026")'),
                    ],
            };
        },
    ],
    [
        /\bop\.create_check_constraint\(/g,
        (c, st) => {
            const [name, table, condition] = [
                calls_option(c, 'constraint_name') ?? strings(c)[0],
                calls_option(c, 'table_name') ?? strings(c)[1] ?? '',
                calls_option(c, 'condition') ?? strings(c)[2],
            ];
            return addCheck(st, {
                table,
                column: notNullCondition(condition),
                name,
                notValid: /postgresql_not_valid\s*=\s*True/.test(c),
            }, 'op.create_check_constraint(\u2026, postgresql_not_valid=True), then VALIDATE CONSTRAINT in a later migration');
        },
    ],
    [
        /\bop\.create_foreign_key\(/g,
        (c, st) => {
            const table = calls_option(c, 'source_table') ?? arg(c, 1) ?? '';
            const notValid = /postgresql_not_valid\s*=\s*True/.test(c);
            const name = calls_option(c, 'constraint_name') ?? strings(c)[0];
            if (notValid && name)
                addedNotValid(st, name, table);
            return {
                kind: 'add-foreign-key',
                target: table,
                risks: notValid || isNewTable(st, table)
                    ? []
                    : [
                        risk('adding-foreign-key-constraint', 'op.create_foreign_key(\u2026, postgresql_not_valid=True), then VALIDATE CONSTRAINT in a later migration'),
                    ],
            };
        },
    ],
    [
        /\bop\.add_column\(/g,
        (c, st) => {
            const table = arg(c, 0) ?? '';
            const risks = [];
            if (!isNewTable(st, table)) {
                const text = /server_default\s*=\s*(?:sa\.)?text\(\s*(["'])((?:\\.|(?!\1).)*)\1/.exec(c);
                const func = /server_default\s*=\s*(?:sa\.)?func\.(\w+)\(\s*\)/.exec(c);
                const any = /server_default\s*=\s*(?!None\b)/.test(c);
                if (/nullable\s*=\s*False/.test(c) && !any)
                    risks.push(risk('adding-required-field'));
                risks.push(...defaultRisk(st, text ? text[2] : func ? `${func[1]}()` : any ? '' : undefined, !text && !func));
            }
            return { kind: 'add-column', target: table, risks };
        },
    ],
    [
        /\bop\.create_table\(/g,
        (c, st) => {
            addedTable(st, arg(c, 0) ?? '');
            return { kind: 'create-table', target: arg(c, 0), risks: [] };
        },
    ],
];

;// CONCATENATED MODULE: ./src/checks/migrations/django.ts
/** Django migrations: what each operation does. */



const DJANGO = [
    [
        /\bmigrations\.DeleteModel\(/g,
        (c) => ({ kind: 'drop-table', target: arg(c, 0), destructive: 'ban-drop-table', risks: [] }),
    ],
    [
        /\bmigrations\.RemoveField\(/g,
        (c) => ({
            kind: 'drop-column',
            target: `${arg(c, 0)}.${arg(c, 1)}`,
            destructive: 'ban-drop-column',
            risks: [],
        }),
    ],
    [
        /\bmigrations\.RenameField\(/g,
        (c) => ({ kind: 'rename', target: arg(c, 0), destructive: 'renaming-column', risks: [] }),
    ],
    [
        /\bmigrations\.RenameModel\(/g,
        (c) => ({ kind: 'rename', target: arg(c, 0), destructive: 'renaming-table', risks: [] }),
    ],
    [
        /\bmigrations\.AddIndex\(/g,
        (c, st) => ({
            kind: 'create-index',
            target: arg(c, 0),
            risks: isNewTable(st, arg(c, 0) ?? '')
                ? []
                : [
                    risk('require-concurrent-index-creation', 'AddIndexConcurrently (django.contrib.postgres.operations) in a migration with atomic = False'),
                ],
        }),
    ],
    [
        /\b(?:migrations\.)?AddIndexConcurrently\(/g,
        (c, st) => ({
            kind: 'create-index',
            target: arg(c, 0),
            risks: concurrently(st, true, risk('require-concurrent-index-creation'), 'AddIndexConcurrently'),
        }),
    ],
    [
        /\bmigrations\.RemoveIndex\(/g,
        () => ({
            kind: 'drop-index',
            risks: [
                risk('require-concurrent-index-deletion', 'RemoveIndexConcurrently (django.contrib.postgres.operations) in a migration with atomic = False'),
            ],
        }),
    ],
    [
        /\b(?:migrations\.)?RemoveIndexConcurrently\(/g,
        (_c, st) => ({
            kind: 'drop-index',
            risks: concurrently(st, true, risk('require-concurrent-index-deletion'), 'RemoveIndexConcurrently'),
        }),
    ],
    [
        /\bmigrations\.AddConstraint\(/g,
        (c, st) => {
            const table = arg(c, 0) ?? '';
            const fresh = isNewTable(st, table);
            if (/\bUniqueConstraint\(/.test(c))
                return {
                    kind: 'add-unique',
                    target: table,
                    risks: fresh
                        ? []
                        : [
                            risk('disallowed-unique-constraint', 'AddIndexConcurrently with a unique index (atomic = False), then RunSQL "ALTER TABLE \u2026 ADD CONSTRAINT \u2026 UNIQUE USING INDEX \u2026" in SeparateDatabaseAndState'),
                        ],
                };
            if (/\bCheckConstraint\(/.test(c)) {
                const column = notNullCondition(/Q\(\s*(\w+)__isnull\s*=\s*False\s*\)/.exec(c)?.[1]?.concat(' IS NOT NULL'));
                if (column)
                    addedValidNotNull(st, table, column);
                return {
                    kind: 'add-check',
                    target: table,
                    risks: fresh
                        ? []
                        : [
                            risk('constraint-missing-not-valid', 'AddConstraintNotValid, then ValidateConstraint in a later migration (django.contrib.postgres.operations)'),
                        ],
                };
            }
            return { kind: 'alter-table', target: table, risks: [] };
        },
    ],
    [
        /\b(?:migrations\.)?AddConstraintNotValid\(/g,
        (c, st) => {
            const name = calls_option(c, 'name');
            const column = notNullCondition(/Q\(\s*(\w+)__isnull\s*=\s*False\s*\)/.exec(c)?.[1]?.concat(' IS NOT NULL'));
            if (name)
                addedNotValid(st, name, arg(c, 0) ?? '', column);
            return { kind: 'add-check', target: arg(c, 0), risks: [] };
        },
    ],
    [
        /\b(?:migrations\.)?ValidateConstraint\(/g,
        (c, st) => ({
            kind: 'validate-constraint',
            target: arg(c, 0),
            risks: validateConstraint(st, calls_option(c, 'name') ?? arg(c, 1) ?? '', arg(c, 0) ?? ''),
        }),
    ],
    [
        /\bmigrations\.AlterUniqueTogether\(/g,
        (c, st) => {
            const table = arg(c, 0) ?? '';
            const empty = /unique_together\s*=\s*(?:set\(\s*\)|\{\s*\}|\[\s*\]|\(\s*\)|None)/.test(c);
            return {
                kind: 'add-unique',
                target: table,
                risks: empty || isNewTable(st, table)
                    ? []
                    : [
                        risk('disallowed-unique-constraint', 'AddIndexConcurrently with a unique index (atomic = False), then RunSQL "ALTER TABLE \u2026 ADD CONSTRAINT \u2026 UNIQUE USING INDEX \u2026" in SeparateDatabaseAndState'),
                    ],
            };
        },
    ],
    [
        /\bmigrations\.AlterField\(/g,
        (c, st) => ({
            kind: 'alter-column-type',
            target: `${arg(c, 0)}.${arg(c, 1)}`,
            risks: isNewTable(st, arg(c, 0) ?? '')
                ? []
                : [
                    {
                        rule: 'changing-column-type',
                        why: 'AlterField that changes the column type rewrites the table under an exclusive lock',
                    },
                ],
        }),
    ],
    [
        /\bmigrations\.CreateModel\(/g,
        (c, st) => {
            addedTable(st, lower(calls_option(c, 'name') ?? arg(c, 0)) ?? '');
            return { kind: 'create-table', target: arg(c, 0), risks: [] };
        },
    ],
];

;// CONCATENATED MODULE: ./src/checks/migrations/knex.ts
/** Knex migrations: schema builder calls, and the column chains inside `alterTable` callbacks. */




const SCHEMA = /\.(createTable(?:IfNotExists)?|alterTable|table|dropTable(?:IfExists)?|renameTable)\(\s*(['"`])([\w.]+)\2/g;
const PARAM = /^\s*,\s*(?:async\s+)?(?:function\s*[\w$]*\s*\(\s*([A-Za-z_$][\w$]*)|\(\s*([A-Za-z_$][\w$]*)[^)]*\)\s*=>|([A-Za-z_$][\w$]*)\s*=>)/;
const COLUMN_TYPES = /^(?:increments|bigIncrements|integer|bigInteger|bigint|tinyint|smallint|mediumint|text|string|float|double|decimal|boolean|date|datetime|time|timestamp|binary|enu|enum|json|jsonb|uuid|specificType|geometry|geography|point)$/;
const RAW = 'knex.raw(\u2026) in a migration with exports.config = { transaction: false }';
/** Where a chain `t.string('a').notNullable()` ends: at `;`, at the callback's end, or at a line not continuing it. */
function chainEnd(text, start, limit) {
    let depth = 0;
    for (let i = start; i < limit; i++) {
        const c = text[i];
        if (c === '"' || c === "'" || c === '`') {
            let j = i + 1;
            for (; j < limit && text[j] !== c; j++)
                if (text[j] === '\\')
                    j++;
            i = j;
        }
        else if (c === '(' || c === '[' || c === '{')
            depth++;
        else if (c === ')' || c === ']' || c === '}') {
            if (--depth < 0)
                return i;
        }
        else if (depth === 0 && (c === ';' || c === ','))
            return i;
        else if (depth === 0 && c === '\n' && !/^\s*\./.test(text.slice(i + 1, i + 200)))
            return i;
    }
    return limit;
}
/** The value given to `.defaultTo(\u2026)`, as SQL where it is SQL, and whether it is a plain literal. */
function defaultOf(chain) {
    const m = /\.defaultTo\(\s*/.exec(chain);
    if (!m)
        return undefined;
    const rest = chain.slice(m.index + m[0].length);
    const raw = /^knex\.raw\(\s*(['"`])((?:\\.|(?!\1).)*)\1/.exec(rest);
    if (raw)
        return { expr: raw[2], literal: false };
    if (/^knex\.fn\.now\(/.test(rest))
        return { expr: 'now()', literal: false };
    if (/^knex\.fn\.uuid\(/.test(rest))
        return { expr: 'gen_random_uuid()', literal: false };
    return { expr: '', literal: true };
}
function columnChain(chain, at, table, index, state) {
    const method = /^[\w$]+\s*\.\s*([\w$]+)/.exec(chain)[1];
    const column = arg(chain, 0) ?? '';
    const target = `${table}.${column}`;
    const lineOf = (re) => {
        const m = re.exec(chain);
        return index.lineAt(at + (m ? m.index : 0));
    };
    const risks = [];
    const fresh = isNewTable(state, table);
    const notNullable = /\.notNullable\(/.test(chain);
    if (/\.alter\(/.test(chain)) {
        if (!fresh) {
            risks.push({ rule: 'changing-column-type', line: lineOf(/\.alter\(/) });
            if (notNullable && !notNullProven(state, table, column))
                risks.push({ rule: 'adding-not-nullable-field', line: lineOf(/\.notNullable\(/) });
        }
        return { kind: 'alter-column-type', target, risks };
    }
    if (!fresh) {
        const def = defaultOf(chain);
        if (notNullable && !def)
            risks.push({ rule: 'adding-required-field', line: lineOf(/\.notNullable\(/) });
        if (/^(?:increments|bigIncrements)$/.test(method))
            risks.push({
                rule: 'adding-field-with-default',
                why: 'adding an auto-increment column numbers every existing row: the table is rewritten under an ACCESS EXCLUSIVE lock',
                instead: 'add a plain bigint column, SET DEFAULT nextval(\u2026) for new rows, and backfill the old ones in batches',
            });
        else if (def && state.postgresVersion < 11)
            risks.push({
                rule: 'adding-field-with-default',
                line: lineOf(/\.defaultTo\(/),
                why: `before PostgreSQL 11, adding a column with a default rewrites the table under an ACCESS EXCLUSIVE lock (postgresVersion: ${state.postgresVersion})`,
            });
        else if (def && !def.literal && !isStableDefault(tokenize(def.expr)))
            risks.push({
                rule: 'adding-field-with-default',
                line: lineOf(/\.defaultTo\(/),
                why: `default ${excerpt(def.expr, 40)} is volatile: adding the column computes it for every row, rewriting the table under an ACCESS EXCLUSIVE lock`,
            });
        if (/\.(?:references|inTable)\(/.test(chain))
            risks.push({
                rule: 'adding-foreign-key-constraint',
                line: lineOf(/\.references\(|\.inTable\(/),
                instead: `${RAW}: ADD CONSTRAINT \u2026 FOREIGN KEY \u2026 NOT VALID, then VALIDATE CONSTRAINT in a later migration`,
            });
        if (/\.unique\(/.test(chain))
            risks.push({
                rule: 'disallowed-unique-constraint',
                line: lineOf(/\.unique\(/),
                instead: `${RAW}: CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT \u2026 UNIQUE USING INDEX`,
            });
        if (/\.primary\(/.test(chain))
            risks.push({ rule: 'adding-serial-primary-key-field', line: lineOf(/\.primary\(/) });
        if (/\.index\(/.test(chain))
            risks.push({
                rule: 'require-concurrent-index-creation',
                line: lineOf(/\.index\(/),
                instead: `${RAW}: CREATE INDEX CONCURRENTLY`,
            });
    }
    return { kind: 'add-column', target, risks };
}
/** What a call on the table builder of `alterTable` does (`t.index(\u2026)`, `t.foreign(\u2026)`, a column chain). */
function tableCall(chain, at, table, index, state) {
    const method = /^[\w$]+\s*\.\s*([\w$]+)/.exec(chain)?.[1] ?? '';
    if (COLUMN_TYPES.test(method))
        return columnChain(chain, at, table, index, state);
    const fresh = isNewTable(state, table);
    const column = arg(chain, 0) ?? '';
    const when = (r) => (fresh ? [] : [r]);
    switch (method) {
        case 'index':
            return {
                kind: 'create-index',
                target: table,
                risks: when({
                    rule: 'require-concurrent-index-creation',
                    instead: `${RAW}: CREATE INDEX CONCURRENTLY`,
                }),
            };
        case 'unique':
            return {
                kind: 'add-unique',
                target: table,
                risks: when({
                    rule: 'disallowed-unique-constraint',
                    instead: `${RAW}: CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT \u2026 UNIQUE USING INDEX`,
                }),
            };
        case 'foreign':
            return {
                kind: 'add-foreign-key',
                target: table,
                risks: when({
                    rule: 'adding-foreign-key-constraint',
                    instead: `${RAW}: ADD CONSTRAINT \u2026 FOREIGN KEY \u2026 NOT VALID, then VALIDATE CONSTRAINT in a later migration`,
                }),
            };
        case 'primary':
            return {
                kind: 'add-primary-key',
                target: table,
                risks: when({ rule: 'adding-serial-primary-key-field' }),
            };
        case 'dropIndex':
            return {
                kind: 'drop-index',
                target: table,
                risks: [{ rule: 'require-concurrent-index-deletion', instead: `${RAW}: DROP INDEX CONCURRENTLY` }],
            };
        case 'dropNullable':
            return {
                kind: 'set-not-null',
                target: `${table}.${column}`,
                risks: fresh || notNullProven(state, table, column) ? [] : [{ rule: 'adding-not-nullable-field' }],
            };
        case 'setNullable':
            return {
                kind: 'drop-not-null',
                target: `${table}.${column}`,
                risks: when({ rule: 'ban-drop-not-null' }),
            };
        case 'dropColumn':
        case 'dropColumns':
            return { kind: 'drop-column', target: `${table}.${column}`, destructive: 'ban-drop-column', risks: [] };
        case 'renameColumn':
            return { kind: 'rename', target: `${table}.${column}`, destructive: 'renaming-column', risks: [] };
        default:
            return undefined;
    }
}
/** The operations of a Knex migration as sites in the text, to be read in order with the file's state. */
function knexOps(text, index) {
    const sites = [];
    for (const m of text.matchAll(SCHEMA)) {
        const call = callText(text, m.index);
        const table = m[3].toLowerCase();
        const kind = m[1];
        if (/^createTable/.test(kind)) {
            sites.push({
                at: m.index,
                call,
                make: (state) => {
                    addedTable(state, table);
                    return { kind: 'create-table', target: table, risks: [] };
                },
            });
            continue;
        }
        if (/^dropTable/.test(kind)) {
            sites.push({
                at: m.index,
                call,
                make: () => ({ kind: 'drop-table', target: table, destructive: 'ban-drop-table', risks: [] }),
            });
            continue;
        }
        if (kind === 'renameTable') {
            sites.push({
                at: m.index,
                call,
                make: () => ({ kind: 'rename', target: table, destructive: 'renaming-table', risks: [] }),
            });
            continue;
        }
        const param = PARAM.exec(call.slice(m[0].length));
        const name = param?.[1] ?? param?.[2] ?? param?.[3];
        if (!name)
            continue;
        const end = m.index + call.length;
        const start = new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}\\s*\\.\\s*[\\w$]+\\s*\\(`, 'g');
        start.lastIndex = m.index + m[0].length;
        for (let c = start.exec(text); c && c.index < end; c = start.exec(text)) {
            const at = c.index;
            const chain = text.slice(at, chainEnd(text, at, end));
            sites.push({ at, call: chain, make: (state) => tableCall(chain, at, table, index, state) });
        }
    }
    return sites;
}

;// CONCATENATED MODULE: ./src/checks/migrations/rails.ts
/** Rails (ActiveRecord) migrations: what each schema call does. */



const RAILS_CONCURRENTLY = 'algorithm: :concurrently, with disable_ddl_transaction!';
const RAILS = [
    [
        /\bdrop_table\b/g,
        (c) => ({ kind: 'drop-table', target: arg(c, 0), destructive: 'ban-drop-table', risks: [] }),
    ],
    [
        /\bremove_columns?\b|\bt\.remove\b/g,
        (c) => ({
            kind: 'drop-column',
            target: `${arg(c, 0)}.${arg(c, 1)}`,
            destructive: 'ban-drop-column',
            risks: [],
        }),
    ],
    [
        /\brename_column\b|\bt\.rename\b/g,
        (c) => ({ kind: 'rename', target: arg(c, 0), destructive: 'renaming-column', risks: [] }),
    ],
    [
        /\brename_table\b/g,
        (c) => ({ kind: 'rename', target: arg(c, 0), destructive: 'renaming-table', risks: [] }),
    ],
    [
        /\badd_index\b/g,
        (c, st) => ({
            kind: 'create-index',
            target: arg(c, 0),
            risks: isNewTable(st, arg(c, 0) ?? '')
                ? []
                : concurrently(st, /algorithm:\s*:concurrently/.test(c), risk('require-concurrent-index-creation', `add_index \u2026 ${RAILS_CONCURRENTLY}`), 'add_index \u2026 algorithm: :concurrently'),
        }),
    ],
    [
        /\bremove_index\b/g,
        (c, st) => ({
            kind: 'drop-index',
            target: arg(c, 0),
            risks: concurrently(st, /algorithm:\s*:concurrently/.test(c), risk('require-concurrent-index-deletion', `remove_index \u2026 ${RAILS_CONCURRENTLY}`), 'remove_index \u2026 algorithm: :concurrently'),
        }),
    ],
    [
        /\bchange_column\b(?!_)/g,
        (c, st) => ({
            kind: 'alter-column-type',
            target: `${arg(c, 0)}.${arg(c, 1)}`,
            risks: isNewTable(st, arg(c, 0) ?? '') ? [] : [risk('changing-column-type')],
        }),
    ],
    [
        /\badd_foreign_key\b/g,
        (c, st) => {
            const notValid = /validate:\s*false/.test(c);
            const name = calls_option(c, 'name');
            if (notValid && name)
                addedNotValid(st, name, arg(c, 0) ?? '');
            return {
                kind: 'add-foreign-key',
                target: arg(c, 0),
                risks: notValid || isNewTable(st, arg(c, 0) ?? '')
                    ? []
                    : [
                        risk('adding-foreign-key-constraint', 'add_foreign_key \u2026 validate: false, then validate_foreign_key in a later migration'),
                    ],
            };
        },
    ],
    [
        /\badd_(?:reference|belongs_to)\b/g,
        (c, st) => {
            const table = arg(c, 0) ?? '';
            const risks = [];
            if (!isNewTable(st, table)) {
                if (/foreign_key:\s*(?:true|\{)/.test(c) && !/validate:\s*false/.test(c))
                    risks.push(risk('adding-foreign-key-constraint', 'add_reference \u2026 foreign_key: { validate: false }, then validate_foreign_key in a later migration'));
                // add_reference indexes the column unless told not to.
                if (!/index:\s*false/.test(c))
                    risks.push(...concurrently(st, /algorithm:\s*:concurrently/.test(c), risk('require-concurrent-index-creation', `add_reference \u2026 index: { algorithm: :concurrently }, with disable_ddl_transaction!`), 'add_reference \u2026 index: { algorithm: :concurrently }'));
                if (/null:\s*false/.test(c))
                    risks.push(risk('adding-required-field'));
            }
            return { kind: 'add-column', target: `${table}.${arg(c, 1)}`, risks };
        },
    ],
    [
        /\badd_column\b/g,
        (c, st) => {
            const table = arg(c, 0) ?? '';
            const risks = [];
            if (!isNewTable(st, table)) {
                const lambda = /default:\s*->\s*\{\s*(["'])((?:\\.|(?!\1).)*)\1\s*\}/.exec(c);
                const plain = /default:\s*(?!nil\b)/.test(c);
                if (/null:\s*false/.test(c) && !plain)
                    risks.push(risk('adding-required-field'));
                risks.push(...defaultRisk(st, lambda ? lambda[2] : plain ? '' : undefined, !lambda));
            }
            return { kind: 'add-column', target: `${table}.${arg(c, 1)}`, risks };
        },
    ],
    [
        /\bchange_column_null\b/g,
        (c, st) => {
            const [table = '', column = ''] = [arg(c, 0), arg(c, 1)];
            if (/,\s*true\b/.test(c))
                return {
                    kind: 'drop-not-null',
                    target: `${table}.${column}`,
                    risks: isNewTable(st, table) ? [] : [risk('ban-drop-not-null')],
                };
            if (!/,\s*false\b/.test(c))
                return undefined;
            return {
                kind: 'set-not-null',
                target: `${table}.${column}`,
                risks: isNewTable(st, table) || notNullProven(st, table, column)
                    ? []
                    : [
                        risk('adding-not-nullable-field', 'add_check_constraint \u2026 "col IS NOT NULL", validate: false; validate_check_constraint in a later migration; then change_column_null (PostgreSQL 12+)'),
                    ],
            };
        },
    ],
    [
        /\badd_check_constraint\b/g,
        (c, st) => {
            const table = arg(c, 0) ?? '';
            return addCheck(st, {
                table,
                column: notNullCondition(strings(c)[0]),
                name: calls_option(c, 'name'),
                notValid: /validate:\s*false/.test(c),
            }, 'add_check_constraint \u2026 validate: false, then validate_check_constraint in a later migration');
        },
    ],
    [
        /\bvalidate_(?:check_constraint|foreign_key|constraint)\b/g,
        (c, st) => ({
            kind: 'validate-constraint',
            target: arg(c, 0),
            risks: validateConstraint(st, calls_option(c, 'name') ?? arg(c, 1) ?? '', arg(c, 0) ?? ''),
        }),
    ],
    [
        /\bcreate_table\b/g,
        (c, st) => {
            addedTable(st, arg(c, 0) ?? '');
            return { kind: 'create-table', target: arg(c, 0), risks: [] };
        },
    ],
];

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./src/checks/migrations/alterTable.ts
/** ALTER TABLE: what each action does, and what it risks on a table that has rows and users. */



/** The column a `CHECK (column IS NOT NULL)` constraint is about, or undefined. */
function notNullCheckOf(action) {
    const check = /\bCHECK\s*\(/i.exec(action);
    if (!check)
        return undefined;
    const open = check.index + check[0].length - 1;
    const close = closing(action, open);
    const expr = action
        .slice(open + 1, close === -1 ? undefined : close)
        .replace(/[()]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    const m = re('^(<part>) IS NOT NULL$').exec(expr);
    return m ? unquote(m[1]) : undefined;
}
const ADD_CONSTRAINT = re('^ADD\\s+(?:CONSTRAINT\\s+(<name>)\\s+)?(CHECK|UNIQUE|PRIMARY\\s+KEY|FOREIGN\\s+KEY|EXCLUDE)\\b');
const ADD_COLUMN = re('^ADD\\s+(?:COLUMN\\s+)?(IF\\s+NOT\\s+EXISTS\\s+)?(?!(?:CONSTRAINT|PRIMARY|UNIQUE|INDEX|KEY|CHECK|FOREIGN|EXCLUDE)\\b)(<part>)\\s*');
const DROP_COLUMN = /^DROP\s+(?:COLUMN\s+)?(IF\s+EXISTS\s+)?(?!CONSTRAINT\b|INDEX\b|PRIMARY\b|FOREIGN\b|KEY\b|CHECK\b|PARTITION\b|DEFAULT\b|NOT\b|IDENTITY\b|EXPRESSION\b)(\S+)/i;
function alterTable(s, table, restAt, state) {
    const fresh = isNewTable(state, table);
    const out = [];
    for (const { text: a, at } of actions(s.slice(restAt), restAt)) {
        let m;
        const risks = [];
        // Every pattern starts with the action's first word: only those of its word are tried (and
        // compiled, on first use).
        const w = /^[A-Za-z]*/.exec(a)[0].toUpperCase();
        if (w === 'RENAME' && (m = re('^RENAME\\s+TO\\s+(<name>)').exec(a)))
            out.push({
                kind: 'rename',
                target: `${table} \u2192 ${unquote(m[1])}`,
                destructive: 'renaming-table',
                risks,
            });
        else if (w === 'RENAME' && /^RENAME\s+CONSTRAINT\b/i.test(a))
            out.push({ kind: 'alter-table', target: table, risks });
        else if (w === 'RENAME' && (m = re('^RENAME\\s+(?:COLUMN\\s+)?(<name>)\\s+TO\\s+(<name>)').exec(a)))
            out.push({
                kind: 'rename',
                target: `${table}.${unquote(m[1])} \u2192 ${unquote(m[2])}`,
                destructive: 'renaming-column',
                risks,
            });
        else if (w === 'DROP' && (m = re('^DROP\\s+CONSTRAINT\\s+(IF\\s+EXISTS\\s+)?(<name>)').exec(a))) {
            state.droppedConstraints.add(unquote(m[2]));
            if (!m[1] && !inTx(state))
                risks.push(robust('DROP CONSTRAINT without IF EXISTS', 'DROP CONSTRAINT IF EXISTS', at));
            out.push({ kind: 'drop-constraint', target: table, risks });
        }
        else if (w === 'DROP' && (m = DROP_COLUMN.exec(a))) {
            if (!m[1] && !inTx(state))
                risks.push(robust('DROP COLUMN without IF EXISTS', 'DROP COLUMN IF EXISTS', at));
            out.push({
                kind: 'drop-column',
                target: `${table}.${unquote(m[2])}`,
                destructive: 'ban-drop-column',
                risks,
            });
        }
        else if (w === 'ADD' && (m = ADD_CONSTRAINT.exec(a)))
            out.push(addConstraint(a, at, m, table, fresh, state));
        else if (w === 'ADD' && (m = ADD_COLUMN.exec(a)))
            out.push(addColumn(s, a, at, m, table, fresh, state));
        else if (w === 'ALTER' &&
            (m = re('^ALTER\\s+(?:COLUMN\\s+)?(<name>)\\s+(?:SET\\s+DATA\\s+)?TYPE\\s+').exec(a))) {
            const type = a.slice(m[0].length).split(/\s+(?:USING|COLLATE)\b/i)[0];
            const target = `${table}.${unquote(m[1])}`;
            if (!fresh)
                risks.push({ rule: 'changing-column-type', at });
            risks.push(...typeRisks(type, at + m[0].length).map((r) => ({ ...r, target })));
            out.push({ kind: 'alter-column-type', target, risks });
        }
        else if (w === 'ALTER' &&
            (m = re('^ALTER\\s+(?:COLUMN\\s+)?(<name>)\\s+SET\\s+NOT\\s+NULL\\b').exec(a))) {
            const column = unquote(m[1]);
            if (!fresh && !notNullProven(state, table, column))
                risks.push({ rule: 'adding-not-nullable-field', at });
            out.push({ kind: 'set-not-null', target: `${table}.${column}`, risks });
        }
        else if (w === 'ALTER' &&
            (m = re('^ALTER\\s+(?:COLUMN\\s+)?(<name>)\\s+DROP\\s+NOT\\s+NULL\\b').exec(a))) {
            if (!fresh)
                risks.push({ rule: 'ban-drop-not-null', at });
            out.push({ kind: 'drop-not-null', target: `${table}.${unquote(m[1])}`, risks });
        }
        else if (w === 'VALIDATE' && (m = re('^VALIDATE\\s+CONSTRAINT\\s+(<name>)').exec(a))) {
            risks.push(...validateConstraint(state, unquote(m[1]), table).map((r) => ({ ...r, at })));
            out.push({ kind: 'validate-constraint', target: table, risks });
        }
        else if (w === 'DETACH' &&
            (m = re('^DETACH\\s+PARTITION\\s+(<name>)(?:\\s+(CONCURRENTLY|FINALIZE)\\b)?').exec(a))) {
            if (!m[2])
                risks.push({ rule: 'require-concurrent-partition-detach', at });
            else if (/^CONCURRENTLY$/i.test(m[2]))
                concurrentInTx(state, risks, at + m[0].length - m[2].length, 'DETACH PARTITION \u2026 CONCURRENTLY');
            out.push({ kind: 'detach-partition', target: `${table} \u2212 ${unquote(m[1])}`, risks });
        }
        else
            out.push({ kind: 'alter-table', target: table, risks });
        out[out.length - 1].at = at;
    }
    return out;
}
function addConstraint(a, at, m, table, fresh, state) {
    const risks = [];
    const name = m[1] ? unquote(m[1]) : undefined;
    const kind = m[2].toUpperCase().replace(/\s+/g, ' ');
    const notValid = /\bNOT\s+VALID\b/i.test(a);
    const usingIndex = /\bUSING\s+INDEX\b/i.test(a);
    if (!inTx(state) && !(name && state.droppedConstraints.has(name)))
        risks.push(robust('ADD CONSTRAINT', 'DROP CONSTRAINT IF EXISTS first, or a transaction', at));
    if (kind === 'FOREIGN KEY') {
        if (notValid && name)
            addedNotValid(state, name, table);
        if (!fresh && !notValid)
            risks.unshift({ rule: 'adding-foreign-key-constraint', at });
        return { kind: 'add-foreign-key', target: table, risks };
    }
    if (kind === 'CHECK') {
        const column = notNullCheckOf(a);
        if (notValid && name)
            addedNotValid(state, name, table, column);
        if (!notValid && column)
            state.validatedNotNull.add(`${base(table)}.${column}`);
        if (!fresh && !notValid)
            risks.unshift({ rule: 'constraint-missing-not-valid', at });
        return { kind: 'add-check', target: table, risks };
    }
    if (kind === 'UNIQUE') {
        if (!fresh && !usingIndex)
            risks.unshift({ rule: 'disallowed-unique-constraint', at });
        return { kind: 'add-unique', target: table, risks };
    }
    if (kind === 'PRIMARY KEY') {
        if (!fresh && !usingIndex)
            risks.unshift({ rule: 'adding-serial-primary-key-field', at });
        return { kind: 'add-primary-key', target: table, risks };
    }
    return { kind: 'alter-table', target: table, risks };
}
function addColumn(s, a, at, m, table, fresh, state) {
    const target = `${table}.${unquote(m[2])}`;
    const def = columnDef(a.slice(m[0].length), at + m[0].length);
    const risks = [];
    if (!fresh) {
        const serial = isSerial(def.type);
        const value = def.defaultTokens?.length && !isNullDefault(def.defaultTokens) ? def.defaultTokens : undefined;
        if (def.notNull && !value && !def.generated && !serial)
            risks.push({ rule: 'adding-required-field', at });
        if (def.generated === 'stored')
            risks.push({
                rule: 'adding-field-with-default',
                at: def.generatedAt,
                why: 'ADD COLUMN \u2026 GENERATED \u2026 STORED computes every existing row: the table is rewritten under an ACCESS EXCLUSIVE lock',
                instead: 'add a plain column, backfill it in batches, and keep it current with a trigger',
            });
        else if (def.generated === 'identity' || serial)
            risks.push({
                rule: 'adding-field-with-default',
                at: def.generatedAt ?? def.typeAt,
                why: 'ADD COLUMN of a serial or identity column numbers every existing row: the table is rewritten under an ACCESS EXCLUSIVE lock',
                instead: 'add a plain bigint column, SET DEFAULT nextval(\u2026) for new rows, and backfill the old ones in batches',
            });
        else if (value) {
            const first = value[0];
            const last = value[value.length - 1];
            const expr = excerpt(s.slice(first.at, last.at + last.text.length), 60);
            if (state.postgresVersion < 11)
                risks.push({
                    rule: 'adding-field-with-default',
                    at: def.defaultAt,
                    why: `before PostgreSQL 11, ADD COLUMN \u2026 DEFAULT rewrites the table under an ACCESS EXCLUSIVE lock (postgresVersion: ${state.postgresVersion})`,
                });
            else if (!isStableDefault(value))
                risks.push({
                    rule: 'adding-field-with-default',
                    at: def.defaultAt,
                    why: `DEFAULT ${expr} is volatile: ADD COLUMN computes it for every row, rewriting the table under an ACCESS EXCLUSIVE lock`,
                });
        }
        if (def.references !== undefined && !/\bNOT\s+VALID\b/i.test(a))
            risks.push({ rule: 'adding-foreign-key-constraint', at: def.references });
        if (def.unique !== undefined)
            risks.push({ rule: 'disallowed-unique-constraint', at: def.unique });
        if (def.primaryKey !== undefined)
            risks.push({ rule: 'adding-serial-primary-key-field', at: def.primaryKey });
    }
    if (!m[1] && !inTx(state))
        risks.push(robust('ADD COLUMN without IF NOT EXISTS', 'ADD COLUMN IF NOT EXISTS', at));
    risks.push(...typeRisks(def.type, def.typeAt).map((r) => ({ ...r, target })));
    return { kind: 'add-column', target, risks };
}

;// CONCATENATED MODULE: ./src/checks/migrations/classify.ts
/**
 * What one SQL statement does to the schema, and what PostgreSQL does while it runs. Statements
 * are read in order with the state of the file so far (state.ts).
 */



/**
 * What one statement does. `line` is where it starts (a BEGIN left open is reported there).
 */
function classify(stmt, state, line = 0) {
    const s = stmt.trim();
    if (!s)
        return [];
    state.statements++;
    const control = transaction(s, state, line);
    if (control)
        return [control];
    const out = statement(s, state);
    if (/^(?:CREATE|ALTER)\b/i.test(s) && mayNameLong(s)) {
        const long = longIdentifiers(tokenize(s));
        if (long.length) {
            if (!out.length)
                out.push({ kind: 'other-ddl', risks: [] });
            for (const { name, at } of long)
                out[0].risks.push({
                    rule: 'identifier-too-long',
                    at,
                    why: `"${name.slice(0, 40)}\u2026" is ${Buffer.byteLength(name, 'utf8')} bytes: PostgreSQL truncates identifiers to 63, so the name used is not the name written`,
                });
        }
    }
    return out;
}
/**
 * Whether a statement may hold a name longer than PostgreSQL keeps (63 bytes), before it is
 * tokenized to find out: in ASCII text without quoted names, only a run of 64 name characters can.
 */
const mayNameLong = (s) => /[^\0-\x7F]|"/.test(s) || /[\w$]{64}/.test(s);
function transaction(s, state, line) {
    const risks = [];
    if (/^(?:BEGIN|START\s+TRANSACTION)\b/i.test(s) && !/^BEGIN\s+ATOMIC\b/i.test(s)) {
        if (state.tx === 'explicit')
            risks.push({
                rule: 'transaction-nesting',
                why: 'BEGIN inside a transaction that is already open: PostgreSQL warns and carries on in the same one',
                instead: 'COMMIT the first transaction before the next BEGIN',
            });
        else if (state.tx === 'tool')
            risks.push({
                rule: 'transaction-nesting',
                why: `BEGIN inside the transaction ${state.tool.by} opens around this migration`,
                instead: `leave transaction control to the tool, or turn its transaction off (${state.tool.off})`,
            });
        // A nested BEGIN changes nothing: the transaction left open is the first one.
        if (state.tx !== 'explicit') {
            state.openedAt = line;
            state.txSeq++;
        }
        state.tx = 'explicit';
        return { kind: 'transaction', risks };
    }
    const end = /^(COMMIT|END|ROLLBACK|ABORT)\b(?:\s+(?:WORK|TRANSACTION))?(.*)$/i.exec(s);
    if (!end || /^\s*(?:PREPARED|TO)\b/i.test(end[2]))
        return undefined;
    const word = end[1].toUpperCase();
    if (state.tx === 'none')
        risks.push({
            rule: 'transaction-nesting',
            why: `${word} without an open transaction`,
            instead: 'BEGIN earlier in the migration, or remove it',
        });
    else if (state.tx === 'tool')
        risks.push({
            rule: 'transaction-nesting',
            why: `${word} ends the transaction ${state.tool.by} opened around this migration: what follows runs without one`,
            instead: `turn the tool's transaction off for this migration (${state.tool.off})`,
        });
    state.txSeq++;
    if (/\bAND\s+CHAIN\b/i.test(end[2]) && !/\bAND\s+NO\s+CHAIN\b/i.test(end[2]))
        return { kind: 'transaction', risks };
    state.tx = 'none';
    state.openedAt = undefined;
    return { kind: 'transaction', risks };
}
const CREATE_TABLE = re('^CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:(?:GLOBAL|LOCAL)\\s+)?(TEMP(?:ORARY)?\\s+|UNLOGGED\\s+)?TABLE\\s+(IF\\s+NOT\\s+EXISTS\\s+)?(<name>)');
const CREATE_INDEX = re('^CREATE\\s+(UNIQUE\\s+)?INDEX\\s+(CONCURRENTLY\\s+)?(IF\\s+NOT\\s+EXISTS\\s+)?(?:(<name>)\\s+)?ON\\s+(?:ONLY\\s+)?(<name>)');
const DROP_INDEX = re('^DROP\\s+INDEX\\s+(CONCURRENTLY\\s+)?(IF\\s+EXISTS\\s+)?(<name>)');
const DROP_TABLE = re('^DROP\\s+TABLE\\s+(IF\\s+EXISTS\\s+)?(<name>(?:\\s*,\\s*<name>)*)');
const ALTER_TABLE = re('^ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(?:ONLY\\s+)?(<name>)\\s*\\*?\\s+');
/**
 * Each pattern below starts with its statement's first word, so only those of that word are
 * tried: a pattern is compiled on its first use, and a migration's statements need few of them.
 */
function statement(s, state) {
    const head = /^[A-Za-z]*/.exec(s)[0].toUpperCase();
    let m;
    switch (head) {
        case 'CREATE':
            if ((m = CREATE_TABLE.exec(s)))
                return [createTable(s, m, state)];
            if ((m = CREATE_INDEX.exec(s)))
                return [createIndex(m, state)];
            if ((m = re('^CREATE\\s+DOMAIN\\s+<name>\\s+').exec(s))) {
                const constraint = firstWord(tokenize(s.slice(m[0].length), m[0].length), /^(?:CHECK|NOT|CONSTRAINT)$/i);
                return [
                    {
                        kind: 'domain',
                        risks: constraint === undefined ? [] : [{ rule: 'ban-create-domain-with-constraint', at: constraint }],
                    },
                ];
            }
            break;
        case 'DROP':
            if ((m = DROP_TABLE.exec(s)))
                return [
                    {
                        kind: 'drop-table',
                        target: unquote(m[2]),
                        destructive: 'ban-drop-table',
                        risks: !m[1] && !inTx(state) ? [robust('DROP TABLE without IF EXISTS', 'DROP TABLE IF EXISTS')] : [],
                    },
                ];
            if ((m = /^DROP\s+(SCHEMA|DATABASE)\s+(?:IF\s+EXISTS\s+)?(\S+)/i.exec(s)))
                return [
                    {
                        kind: 'drop-schema',
                        target: unquote(m[2]),
                        destructive: /^DATABASE$/i.test(m[1]) ? 'ban-drop-database' : 'ban-drop-schema',
                        risks: [],
                    },
                ];
            if ((m = DROP_INDEX.exec(s))) {
                const risks = [];
                if (m[1])
                    concurrentInTx(state, risks, m[0].indexOf(m[1]), 'DROP INDEX CONCURRENTLY');
                else
                    risks.push({ rule: 'require-concurrent-index-deletion' });
                if (!m[2] && !inTx(state))
                    risks.push(robust('DROP INDEX without IF EXISTS', 'DROP INDEX \u2026 IF EXISTS'));
                return [{ kind: 'drop-index', target: unquote(m[3]), risks }];
            }
            if ((m = /^DROP\s+TYPE\s+(IF\s+EXISTS\s+)?/i.exec(s)))
                return [
                    {
                        kind: 'other-ddl',
                        risks: !m[1] && !inTx(state) ? [robust('DROP TYPE without IF EXISTS', 'DROP TYPE IF EXISTS')] : [],
                    },
                ];
            break;
        case 'TRUNCATE':
            if ((m = re('^TRUNCATE\\s+(?:TABLE\\s+)?(?:ONLY\\s+)?(<name>)').exec(s))) {
                const cascade = /\bCASCADE\s*$/i.exec(s);
                return [
                    {
                        kind: 'truncate',
                        target: unquote(m[1]),
                        destructive: 'ban-truncate',
                        risks: cascade ? [{ rule: 'ban-truncate-cascade', at: cascade.index }] : [],
                    },
                ];
            }
            break;
        case 'DELETE':
            if ((m = re('^DELETE\\s+FROM\\s+(?:ONLY\\s+)?(<name>)\\s*$').exec(s)))
                return [
                    { kind: 'delete-all', target: unquote(m[1]), destructive: 'ban-delete-without-where', risks: [] },
                ];
            break;
        case 'RENAME':
            if ((m = re('^RENAME\\s+TABLE\\s+(<name>)').exec(s)))
                return [{ kind: 'rename', target: unquote(m[1]), destructive: 'renaming-table', risks: [] }];
            break;
        case 'REINDEX':
            if (/^REINDEX\b/i.test(s)) {
                const risks = [];
                const conc = /\bCONCURRENTLY\b/i.exec(s);
                if (conc)
                    concurrentInTx(state, risks, conc.index, 'REINDEX \u2026 CONCURRENTLY');
                else
                    risks.push({ rule: 'require-concurrent-reindex' });
                return [{ kind: 'reindex', risks }];
            }
            break;
        case 'VACUUM':
        case 'CLUSTER':
            if (/^VACUUM\b(?:\s+FULL\b|\s*\([^)]*\bFULL\b(?!\s+(?:FALSE|OFF|0)\b))/i.test(s) ||
                /^CLUSTER\b/i.test(s))
                return [{ kind: 'rewrite-table', risks: [{ rule: 'prefer-repack' }] }];
            break;
        case 'ALTER':
            if ((m = re('^ALTER\\s+DOMAIN\\s+<name>\\s+(ADD)\\b').exec(s)))
                return [
                    { kind: 'domain', risks: [{ rule: 'ban-alter-domain-with-add-constraint', at: m[0].length - 3 }] },
                ];
            if ((m = re('^ALTER\\s+TYPE\\s+(<name>)\\s+(ADD\\s+VALUE)\\b').exec(s)))
                return [
                    {
                        kind: 'enum-value',
                        target: unquote(m[1]),
                        risks: /\b(?:BEFORE|AFTER)\s+(?:E?'|\$)/i.test(s)
                            ? []
                            : [{ rule: 'require-enum-value-ordering', at: m[0].length - m[2].length }],
                    },
                ];
            if ((m = ALTER_TABLE.exec(s)))
                return alterTable(s, unquote(m[1]), m[0].length, state);
            break;
        case 'COMMENT':
            break;
        default:
            // Anything else (INSERT, UPDATE, SET\u2026) is data.
            return [];
    }
    if (/^(?:CREATE|ALTER|DROP|COMMENT)\b/i.test(s))
        return [{ kind: 'other-ddl', risks: [] }];
    return [];
}
/** Offset of the first top-level word matching `word`. */
function firstWord(tokens, word) {
    let depth = 0;
    for (const t of tokens) {
        if (t.text === '(')
            depth++;
        else if (t.text === ')')
            depth--;
        else if (depth === 0 && t.kind === 'word' && word.test(t.text))
            return t.at;
    }
    return undefined;
}
function createTable(s, m, state) {
    const table = unquote(m[3]);
    addedTable(state, table);
    const risks = [];
    const temporary = /^TEMP/i.test(m[1] ?? '') && /\bON\s+COMMIT\s+DROP\b/i.test(s);
    if (!m[2] && !inTx(state) && !temporary)
        risks.push(robust('CREATE TABLE without IF NOT EXISTS', 'CREATE TABLE IF NOT EXISTS'));
    const open = m[0].length + (/^\s*/.exec(s.slice(m[0].length))?.[0].length ?? 0);
    if (s[open] === '(') {
        const close = closing(s, open);
        for (const el of actions(s.slice(open + 1, close === -1 ? undefined : close), open + 1)) {
            if (/^(?:CONSTRAINT|PRIMARY|UNIQUE|CHECK|FOREIGN|EXCLUDE|LIKE)\b/i.test(el.text))
                continue;
            const name = re('^<part>\\s*').exec(el.text);
            if (!name)
                continue;
            const def = columnDef(el.text.slice(name[0].length), el.at + name[0].length);
            risks.push(...typeRisks(def.type, def.typeAt).map((r) => ({
                ...r,
                target: `${table}.${unquote(name[0].trim())}`,
            })));
        }
    }
    return { kind: 'create-table', target: table, risks };
}
function createIndex(m, state) {
    const table = unquote(m[5]);
    const risks = [];
    if (m[2])
        concurrentInTx(state, risks, m[0].indexOf(m[2]), 'CREATE INDEX CONCURRENTLY');
    else if (!isNewTable(state, table))
        risks.push({ rule: 'require-concurrent-index-creation' });
    if (m[4] && !m[3] && (m[2] || !inTx(state)))
        risks.push({
            rule: 'prefer-robust-stmts',
            why: m[2]
                ? 'CREATE INDEX CONCURRENTLY without IF NOT EXISTS: a failed build leaves an invalid index under that name, and the migration cannot be run again'
                : 'CREATE INDEX without IF NOT EXISTS outside a transaction: a migration that fails after it cannot be run again',
            instead: 'CREATE INDEX \u2026 IF NOT EXISTS name (and check pg_index for an invalid one after a failure)',
        });
    return { kind: 'create-index', target: table, risks };
}

;// CONCATENATED MODULE: ./src/checks/migrations/sqlOps.ts




/** A Pause that gives the event loop a turn after every `slice` characters, and stops when `signal` aborts. */
function pacer(signal, slice) {
    let budget = 0;
    return (cost) => {
        budget += cost;
        if (budget < slice)
            return undefined;
        budget = 0;
        return (0,promises_.setImmediate)().then(() => signal.throwIfAborted());
    };
}
/**
 * The operations of SQL text, read in order with `state`. `nextPart` is asked for a new state
 * when a statement starts in another part of the file (the down part of a goose file, say):
 * each part runs on its own, so what one leaves open is reported where it ends.
 */
async function sqlOps(text, state, opts = {}) {
    const ops = [];
    let part = undefined;
    let first = true;
    const close = () => {
        const open = endOfFile(state);
        if (open) {
            for (const r of open.ddl.risks)
                r.line ??= open.line;
            ops.push({ ...open.ddl, line: open.line, endLine: open.line, text: 'BEGIN' });
        }
    };
    for (const st of statements(text, opts.firstLine ?? 1)) {
        const p = opts.partOf?.(st.startLine);
        if (!first && p !== part && opts.nextPart) {
            close();
            state = opts.nextPart();
        }
        first = false;
        part = p;
        for (const d of classify(st.text, state, st.startLine)) {
            // In place: the state keeps these risks to drop them if the file is one statement.
            for (const r of d.risks)
                r.line ??= r.at === undefined ? st.startLine : lineOf(st, r.at);
            const clauseLine = d.at === undefined ? undefined : lineOf(st, d.at);
            ops.push({ ...d, line: st.startLine, endLine: st.endLine, text: st.text, clauseLine });
        }
        const due = opts.pause?.(st.text.length);
        if (due)
            await due;
    }
    if (opts.nextPart)
        close();
    return { ops, state };
}

;// CONCATENATED MODULE: ./src/checks/migrations/frameworks.ts






function detectFramework(path, text) {
    if (/\.sql$/i.test(path))
        return 'sql';
    if (/\.rb$/.test(path))
        return /ActiveRecord::Migration|def (?:up|down|change)\b/.test(text) ? 'rails' : undefined;
    if (/\.py$/.test(path)) {
        if (/from django\.db import[^\n]*\bmigrations\b|migrations\.Migration\b/.test(text))
            return 'django';
        if (/from alembic import[^\n]*\bop\b|^def upgrade\(/m.test(text))
            return 'alembic';
        return undefined;
    }
    if (/\.[cm]?[jt]s$/.test(path))
        return /knex|exports\.up\b|export (?:async )?function up\b/.test(text) ? 'knex' : undefined;
    return undefined;
}
/** A whole file that is the rollback of another (golang-migrate, Flyway undo, Prisma down.sql). */
function isDownFile(path) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    return /\.down\.sql$/i.test(base) || /^U\d[\w.]*__.*\.sql$/.test(base) || base.toLowerCase() === 'down.sql';
}
/** Files whose presence at head is rollback evidence for `path`. */
function downSiblings(path) {
    const slash = path.lastIndexOf('/');
    const dir = path.slice(0, slash + 1);
    const base = path.slice(slash + 1);
    const out = [`${dir}down.sql`];
    if (/\.up\.sql$/i.test(base))
        out.push(`${dir}${base.replace(/\.up\.sql$/i, '.down.sql')}`);
    if (/^V\d/.test(base))
        out.push(`${dir}U${base.slice(1)}`);
    return out;
}
const DOWN_START = {
    sql: /^\s*--\s*(?:\+goose\s+Down|migrate:down|\+migrate\s+Down)\b/i,
    alembic: /^def downgrade\(/,
    django: /(?!)/,
    rails: /^\s*def down\b/,
    knex: /^\s*(?:exports\.down\b|export (?:async )?function down\b|(?:async\s+)?down\s*[(:])/,
};
const UP_START = {
    sql: /^\s*--\s*(?:\+goose\s+Up|migrate:up|\+migrate\s+Up)\b/i,
    alembic: /^def upgrade\(/,
    django: /(?!)/,
    rails: /^\s*def (?:up|change)\b/,
    knex: /^\s*(?:exports\.up\b|export (?:async )?function up\b|(?:async\s+)?up\s*[(:])/,
};
const IRREVERSIBLE = /IrreversibleMigration|NotImplementedError|raise\s+\w*Irreversible|throw new Error/;
const DOES_SOMETHING = /\b(?:CREATE|ALTER|DROP|INSERT|UPDATE|RENAME)\b|op\.\w+\(|\b(?:add|remove|rename|change|create|drop)_\w+|\.(?:createTable|alterTable|table|dropTable|addColumn|renameColumn|raw)\(|\bexecute\b/;
/** For each line (1-based), whether it is in a down/rollback part of the file. */
function downLines(fw, lines) {
    const down = [false];
    let inDown = false;
    for (const l of lines) {
        if (DOWN_START[fw].test(l))
            inDown = true;
        else if (UP_START[fw].test(l))
            inDown = false;
        down.push(inDown);
    }
    return down;
}
/** A down part that actually undoes something (not `pass` or `raise IrreversibleMigration`). */
function hasWorkingDown(lines, down) {
    const body = lines.filter((_, i) => down[i + 1]);
    return body.some((l) => DOES_SOMETHING.test(l)) && !body.some((l) => IRREVERSIBLE.test(l));
}
/**
 * The transaction the tool runs a migration in, unless the file turns it off: the frameworks
 * all open one by default on PostgreSQL, and goose, dbmate and sql-migrate do for their files.
 * `assumed` is the config's word for plain SQL files that name no tool.
 */
function toolTransaction(fw, text, assumed) {
    switch (fw) {
        case 'django':
            return /^\s*atomic\s*=\s*False\b/m.test(text)
                ? undefined
                : { by: 'Django', off: 'atomic = False on the Migration class' };
        case 'rails':
            return /\bdisable_ddl_transaction!/.test(text)
                ? undefined
                : { by: 'Rails', off: 'disable_ddl_transaction! in the migration class' };
        case 'alembic':
            return { by: 'Alembic', off: 'with op.get_context().autocommit_block():' };
        case 'knex':
            return /\bconfig\s*=\s*\{[^}]*\btransaction\s*:\s*false\b/.test(text)
                ? undefined
                : { by: 'Knex', off: 'exports.config = { transaction: false }' };
    }
    let m;
    if (/^\s*--\s*\+goose\s+Up\b/im.test(text))
        return /^\s*--\s*\+goose\s+NO\s+TRANSACTION\b/im.test(text)
            ? undefined
            : { by: 'goose', off: '-- +goose NO TRANSACTION' };
    if ((m = /^\s*--\s*migrate:up\b(.*)$/im.exec(text)))
        return /\btransaction:\s*false\b/i.test(m[1])
            ? undefined
            : { by: 'dbmate', off: '-- migrate:up transaction:false' };
    if ((m = /^\s*--\s*\+migrate\s+Up\b(.*)$/im.exec(text)))
        return /\bnotransaction\b/i.test(m[1])
            ? undefined
            : { by: 'sql-migrate', off: '-- +migrate Up notransaction' };
    return assumed
        ? { by: 'the migration tool', off: 'a migration the tool runs without a transaction', assumed: true }
        : undefined;
}
const RULES = {
    rails: RAILS,
    alembic: ALEMBIC,
    django: DJANGO,
};
/** Calls whose string argument is SQL. */
const SQL_CALLS = {
    rails: /\bexecute\b\s*\(?/g,
    alembic: /\bop\.execute\(/g,
    django: /\bmigrations\.RunSQL\(/g,
    knex: /\.raw\(/g,
};
/** The first string literal after `skip` characters of a call (triple-quoted, heredoc, template too). */
function firstString(call, skip, full, at) {
    const rest = call.slice(skip);
    const heredoc = /^\s*<<[~-]?(['"]?)(\w+)\1/.exec(rest);
    if (heredoc) {
        const start = full.indexOf('\n', at) + 1;
        const end = full.slice(start).search(new RegExp(`^\\s*${heredoc[2]}\\s*$`, 'm'));
        return start === 0 || end < 0 ? undefined : { body: full.slice(start, start + end), index: start };
    }
    const s = /("""|'''|"|'|`)([\s\S]*?)\1/.exec(rest);
    return s ? { body: s[2], index: at + skip + s.index + s[1].length } : undefined;
}
/** Lines inside Alembic's `with op.get_context().autocommit_block():`, which run outside the transaction. */
function autocommitLines(lines) {
    const out = new Set();
    for (let i = 0; i < lines.length; i++) {
        const m = /^(\s*)with\s+[\w.()]*autocommit_block\(\)\s*:/.exec(lines[i]);
        if (!m)
            continue;
        for (let j = i + 1; j < lines.length; j++) {
            const l = lines[j];
            if (l.trim() && /^\s*/.exec(l)[0].length <= m[1].length)
                break;
            out.add(j + 1);
        }
    }
    return out;
}
/** Schema operations of a framework migration, each with its lines, read in file order. */
async function frameworkOps(fw, text, state, pause) {
    const index = new LineIndex(text);
    const sites = [];
    const single = (at, call, ddl) => {
        if (!ddl)
            return [];
        const line = index.lineAt(at);
        for (const r of ddl.risks)
            r.line ??= line;
        return [
            {
                ...ddl,
                line,
                endLine: line + (call.match(/\n/g)?.length ?? 0),
                text: call,
                reversible: /reverse_(?:sql|code)\s*=/.test(call),
            },
        ];
    };
    if (fw === 'knex')
        for (const site of knexOps(text, index))
            sites.push({ at: site.at, run: async () => single(site.at, site.call, site.make(state)) });
    else
        for (const [re, make] of RULES[fw])
            for (const m of text.matchAll(re)) {
                const call = callText(text, m.index);
                sites.push({ at: m.index, run: async () => single(m.index, call, make(call, state)) });
            }
    for (const m of text.matchAll(SQL_CALLS[fw])) {
        const call = callText(text, m.index);
        // From the call on, not the call text: a "(" inside the SQL would cut the call short.
        const str = firstString(text.slice(m.index, m.index + 64 * 1024), m[0].length, text, m.index);
        if (!str)
            continue;
        sites.push({
            at: m.index,
            run: async () => {
                const { ops } = await sqlOps(str.body, state, { firstLine: index.lineAt(str.index), pause });
                const reversible = /reverse_sql\s*=/.test(call);
                return ops.map((op) => ({ ...op, reversible }));
            },
        });
    }
    sites.sort((a, b) => a.at - b.at);
    const outside = fw === 'alembic' ? autocommitLines(text.split('\n')) : new Set();
    const ops = [];
    let inBlock = false;
    for (const site of sites) {
        // An autocommit block commits the transaction so far and opens a new one after it.
        const free = outside.has(index.lineAt(site.at));
        if (free && !inBlock && state.tx === 'tool') {
            state.tx = 'none';
            state.txSeq++;
        }
        else if (!free && inBlock && state.tool) {
            state.tx = 'tool';
            state.txSeq++;
        }
        inBlock = free;
        ops.push(...(await site.run()));
        const due = pause?.(256);
        if (due)
            await due;
    }
    return ops.sort((a, b) => a.line - b.line);
}

// EXTERNAL MODULE: ./src/checks/migrations/rules.ts
var rules = __webpack_require__(47940);
;// CONCATENATED MODULE: ./src/checks/migrations/run.ts








const READ_MAX = 8 * 1024 * 1024;
/** Characters read between two turns of the event loop, so a big diff does not hold it for long. */
const SLICE = 128 * 1024;
/**
 * Files asked for ahead of the one being read: one git answers the reads in order, so a file
 * asked for early is there when its turn comes, rather than costing a round trip of its own.
 */
const READ_AHEAD = 8;
const ROLLBACK_SECTION = /^\s*--\s*rollback\b/im;
/**
 * Rollback evidence of a migration file. `exists` says whether a file is at head: a folder's
 * down.sql is rollback evidence for every migration in it, and is read once for them all.
 */
async function rollbackEvidence(exists, path, text, hasDown, backup) {
    const found = [];
    if (hasDown)
        found.push('down migration in the file');
    if (ROLLBACK_SECTION.test(text))
        found.push('rollback section');
    if (backup.test(text))
        found.push('backup marker');
    for (const sibling of downSiblings(path))
        if (sibling !== path && (await exists(sibling)))
            found.push(`down migration ${sibling}`);
    return found;
}
/**
 * A migration as the text it is. git calls a file binary when a NUL byte is among its first 8,000
 * bytes, which is also every other byte of a script saved as UTF-16 (as SQL Server's tools save
 * them): read as UTF-8, such a script is its characters with NULs between them, behind the two
 * replacement characters of its byte-order mark. Without its NULs it reads as written (its ASCII
 * does; statements are ASCII), line for line, and so does a text file with a stray NUL in it.
 */
function asText(text) {
    if (!text.includes('\0'))
        return text;
    return text.replace(/^(?:\uFEFF|\uFFFD\uFFFD)/, '').replace(/\0/g, '');
}
/** What a migrations check does when it runs (src/checks/migrations/migrations.ts is its type). */
async function runMigrations(spec, ctx) {
    const got = await (0,changeRange/* changeFor */.WK)(ctx);
    if (got.outcome)
        return got.outcome;
    const { change, range } = got;
    const paths = (0,pathspec/* globPathspecs */.c)(spec.paths, spec.exclude);
    const files = await change.files({ paths, signal: ctx.signal });
    const added = new Map();
    /** Files the diff called binary: their changed lines are found by comparing their texts. */
    const binary = new Set();
    await change.scan({
        file: (h) => void (h.binary && h.path && binary.add(h.path)),
        added: (file, line) => void (added.get(file) ?? added.set(file, new Set()).get(file)).add(line),
    }, { paths, signal: ctx.signal });
    const backup = new RegExp(spec.backupMarker, 'i');
    const ignored = new Set(spec.ignore.map(rules/* ruleFor */.sG).filter((r) => !!r));
    const levels = new Map();
    for (const [id, level] of Object.entries(spec.levels)) {
        const rule = (0,rules/* ruleFor */.sG)(id);
        if (rule)
            levels.set(rule, level);
    }
    const pause = pacer(ctx.signal, SLICE);
    const findings = [];
    const reports = [];
    const kinds = new Map();
    const count = { destructive: 0, breaking: 0, lockRisks: 0, advice: 0 };
    // Tables this change creates (files in path order, as migration tools run them): nobody uses
    // them yet, so a later migration of the same change may index or constrain them freely.
    const created = new Set();
    const present = new Map();
    const exists = (path) => {
        let known = present.get(path);
        if (!known) {
            known = change.read(range.head, path, { maxBytes: READ_MAX }).then((t) => t !== undefined);
            present.set(path, known);
        }
        return known;
    };
    const reads = [];
    let asked = 0;
    /** The text of `files[i]` (at base for a deletion), asking for the next few files too. */
    const textOf = (i) => {
        for (; asked < files.length && asked <= i + READ_AHEAD; asked++) {
            const f = files[asked];
            const read = f.status !== 'D'
                ? change.read(range.head, f.path, { maxBytes: READ_MAX, signal: ctx.signal })
                : isDownFile(f.path)
                    ? undefined
                    : change.read(range.base, f.path);
            // Awaited in its turn; a check that stops before then must not leave it unhandled.
            read?.catch(() => undefined);
            reads[asked] = read;
            // A down file the change adds is also another file's rollback evidence: one read for both.
            if (read && f.status !== 'D' && !present.has(f.path)) {
                const known = read.then((t) => t !== undefined);
                known.catch(() => undefined);
                present.set(f.path, known);
            }
        }
        const read = reads[i];
        reads[i] = undefined;
        return read;
    };
    for (const [i, f] of files.entries()) {
        const read = textOf(i);
        if (f.status === 'D') {
            if (read && detectFramework(f.path, (await read) ?? ''))
                findings.push({
                    level: 'warning',
                    message: `migration file deleted: ${f.path} \u2014 if it ran anywhere, history and schema now disagree`,
                    file: f.path,
                });
            continue;
        }
        const raw = await read;
        const text = raw === undefined ? undefined : asText(raw);
        const fw = text === undefined ? undefined : detectFramework(f.path, text);
        if (!fw || text === undefined || isDownFile(f.path))
            continue;
        const lines = text.split(/\r?\n/);
        const down = downLines(fw, lines);
        const evidence = await rollbackEvidence(exists, f.path, text, hasWorkingDown(lines, down), backup);
        let touched = added.get(f.path) ?? new Set();
        if (binary.has(f.path)) {
            const before = f.status === 'A'
                ? undefined
                : await change.read(range.base, f.oldPath ?? f.path, { maxBytes: READ_MAX, signal: ctx.signal });
            const fresh = (0,binaryText/* gained */.B)(lines, before === undefined ? undefined : asText(before).split(/\r?\n/));
            touched = new Set([...fresh].map((i) => i + 1));
        }
        const report = { path: f.path, framework: fw, rollback: evidence, ops: [] };
        reports.push(report);
        const tool = toolTransaction(fw, text, spec.assumeInTransaction);
        const state = () => fileState(spec.postgresVersion, tool, created);
        const ops = fw === 'sql'
            ? (await sqlOps(text, state(), { pause, partOf: (l) => down[l] === true, nextPart: state })).ops
            : await frameworkOps(fw, text, state(), pause);
        const inline = fw === 'sql' ? (0,rules/* inlineIgnores */.d3)(text) : undefined;
        for (const op of ops) {
            const rollbackPart = down[op.line] === true;
            let counted = false;
            for (let l = op.line; l <= op.endLine && !counted; l++)
                counted = touched.has(l);
            report.ops.push({
                line: op.line,
                kind: op.kind,
                target: op.target,
                statement: excerpt(op.text),
                counted,
                rollbackPart,
                rules: [...(op.destructive ? [op.destructive] : []), ...op.risks.map((r) => r.rule)],
            });
            if (!counted || rollbackPart)
                continue;
            if (op.kind !== 'transaction')
                kinds.set(op.kind, (kinds.get(op.kind) ?? 0) + 1);
            if (op.kind === 'create-table' && op.target)
                created.add(tableKey(op.target));
            const rule = op.destructive;
            if (rule && !ignored.has(rule)) {
                const what = `${rules/* RULES */.y0[rule].why}${op.target ? ` ${op.target}` : ''}`;
                const why = op.reversible ? ['reverse operation in the call'] : evidence;
                if (why.length)
                    findings.push({
                        level: 'notice',
                        message: `${what} \u2014 rollback evidence: ${why.join(', ')} [${rule}]`,
                        file: f.path,
                        line: op.clauseLine ?? op.line,
                    });
                else {
                    const level = levels.get(rule) ?? 'failure';
                    if (level === 'failure')
                        count.destructive++;
                    findings.push({
                        level,
                        message: `${what} without rollback evidence \u2014 add a down migration, a rollback section, or a "-- backup: <where>" comment [${rule}]`,
                        file: f.path,
                        line: op.clauseLine ?? op.line,
                    });
                }
            }
            if (spec.dialect !== 'postgresql')
                continue;
            for (const r of op.risks) {
                if (ignored.has(r.rule))
                    continue;
                const info = rules/* RULES */.y0[r.rule];
                const accepted = inline !== undefined && (0,rules/* inlineIgnored */.kC)(inline, r.rule, [op.line, r.line]);
                const level = accepted
                    ? 'notice'
                    : (levels.get(r.rule) ?? (info.level === 'destructive' ? 'failure' : info.level));
                if (level === 'failure')
                    count.breaking++;
                else if (level === 'warning')
                    count.lockRisks++;
                else
                    count.advice++;
                const target = r.target ?? op.target;
                findings.push({
                    level,
                    message: `${r.why ?? info.why}${target ? ` (${target})` : ''} \u2014 safer: ${r.instead ?? ('instead' in info ? info.instead : 'review it')} [${r.rule}]${accepted ? ' (accepted by a squawk-ignore comment)' : ''}`,
                    file: f.path,
                    line: r.line,
                });
            }
        }
        const due = pause(text.length);
        if (due)
            await due;
    }
    // Serialized here, as text: an object would be redacted value by value (thousands of
    // statements, targets and keys), as text it is redacted in one pass, and the seal redacts
    // the file again. Statements are excerpts with their literals emptied (excerpt).
    await ctx.evidence.write('migrations.json', `${JSON.stringify({ range: (0,changeRange/* rangeLabel */.QT)(range), files: reports }, null, 2)}\n`);
    findings.sort((a, b) => rank(a.level) - rank(b.level));
    const statements = [...kinds.values()].reduce((a, b) => a + b, 0);
    const metrics = {
        ...(0,changeRange/* rangeMetrics */.lB)(range),
        migrationFiles: reports.length,
        statements,
        destructive: count.destructive,
        breaking: count.breaking,
        lockRisks: count.lockRisks,
        advice: count.advice,
    };
    if (reports.length === 0 && findings.length === 0)
        return { status: 'pass', summary: `no migrations in ${(0,changeRange/* rangeLabel */.QT)(range)}`, metrics };
    const tally = [...kinds].map(([k, n]) => `${n} ${k}`).join(', ');
    const what = `${reports.length} migration file(s), ${statements} changed DDL statement(s)${tally ? ` (${tally})` : ''}`;
    const first = findings[0];
    const failures = findings.filter((x) => x.level === 'failure').length;
    if (failures) {
        const head = failures === count.destructive
            ? `${failures} destructive statement(s) without rollback evidence`
            : `${failures} failure(s)${count.destructive ? ` (${count.destructive} destructive without rollback evidence)` : ''}`;
        return {
            status: 'fail',
            score: 1,
            summary: `${head}, first: ${first.file}:${first.line}; ${what}`,
            findings,
            metrics,
        };
    }
    const warnings = findings.filter((x) => x.level === 'warning').length;
    if (warnings)
        return {
            status: 'warn',
            score: count.lockRisks ? 3 : 4,
            summary: `${warnings} warning(s), first: ${first.message}; ${what}`,
            findings,
            metrics,
        };
    return { status: 'pass', summary: what, findings, metrics };
}
function rank(level) {
    return level === 'failure' ? 0 : level === 'warning' ? 1 : 2;
}


/***/ })

};
