export const id = 7497;
export const ids = [7497];
export const modules = {

/***/ 34404:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ expandRoutes)
/* harmony export */ });
/* unused harmony export resolveMounts */
/* harmony import */ var _routePath_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28382);

/**
 * Prefixes that come from other files: a router mounted with `include_router(prefix=\u2026)`, a
 * urlconf `include()`d under a route, a Rails file `draw`n inside a `namespace`. They are worked
 * out over every file of a revision at once, so a prefix declared in a file that did not change
 * still applies to the routes of one that did (and the other way round).
 */
/** Mounts a router may pass through before the chain is cut (a cycle, or a runaway graph). */
const MAX_PREFIXES = 64;
const SEP = '\0';
/** The prefixes of every router when no file mounts another: one, for each of thousands of routes. */
const NO_PREFIX = Object.freeze(['']);
function resolveMounts(files) {
    let anyMount = false;
    for (const fr of files.values())
        if (fr.mounts?.length || fr.imports?.size || [...(fr.routers?.values() ?? [])].some(Boolean)) {
            anyMount = true;
            break;
        }
    if (!anyMount)
        return { prefixesOf: () => NO_PREFIX };
    // Files by their last path segment, to find `api/urls.py` from `include('api.urls')`.
    const byName = new Map();
    for (const f of files.keys()) {
        const name = f.slice(f.lastIndexOf('/') + 1);
        const list = byName.get(name);
        if (list)
            list.push(f);
        else
            byName.set(name, [f]);
    }
    const find = (targets) => {
        for (const t of targets) {
            if (t.exact) {
                if (files.has(t.file))
                    return `${t.file}${SEP}${t.name}`;
                continue;
            }
            const candidates = (byName.get(t.file.slice(t.file.lastIndexOf('/') + 1)) ?? []).filter((f) => f === t.file || f.endsWith(`/${t.file}`));
            // The shortest path is the top-level package (`api/urls.py` before `legacy/api/urls.py`).
            candidates.sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
            if (candidates[0] !== undefined)
                return `${candidates[0]}${SEP}${t.name}`;
        }
        return undefined;
    };
    const nodes = new Map();
    const nodeOf = (file, owner) => {
        const key = `${file}${SEP}${owner}`;
        let node = nodes.get(key);
        if (node === undefined) {
            const fr = files.get(file);
            const linked = owner && !fr?.routers?.has(owner) ? fr?.imports?.get(owner) : undefined;
            node = (linked && find(linked)) || key;
            nodes.set(key, node);
        }
        return node;
    };
    const ownPrefix = (node) => {
        const i = node.indexOf(SEP);
        return files.get(node.slice(0, i))?.routers?.get(node.slice(i + 1)) ?? '';
    };
    const incoming = new Map();
    for (const [file, fr] of files) {
        for (const m of fr.mounts ?? []) {
            const child = find(m.target);
            if (!child)
                continue;
            const edge = { parent: nodeOf(file, m.parent), prefix: m.prefix, replaces: m.replaces };
            const list = incoming.get(child);
            if (list)
                list.push(edge);
            else
                incoming.set(child, [edge]);
        }
    }
    const memo = new Map();
    const visiting = new Set();
    const full = (node) => {
        const known = memo.get(node);
        if (known)
            return known;
        const own = ownPrefix(node);
        const edges = incoming.get(node);
        if (!edges || visiting.has(node))
            return [own];
        visiting.add(node);
        const out = new Set();
        for (const e of edges) {
            const tail = e.replaces ? e.prefix : (0,_routePath_js__WEBPACK_IMPORTED_MODULE_0__/* .joinPrefix */ .$B)(e.prefix, own);
            for (const p of full(e.parent)) {
                if (out.size >= MAX_PREFIXES)
                    break;
                out.add((0,_routePath_js__WEBPACK_IMPORTED_MODULE_0__/* .joinPrefix */ .$B)(p, tail));
            }
        }
        visiting.delete(node);
        const list = out.size ? [...out] : [own];
        memo.set(node, list);
        return list;
    };
    return { prefixesOf: (file, owner) => full(nodeOf(file, owner)) };
}
/**
 * The routes of a revision's files, files in name order, each under every prefix it is mounted
 * at. The routes check and `init` both read routes this way, so what `init` marks critical is a
 * route the check will find.
 */
function* expandRoutes(sourcePrefix, files) {
    const mounted = resolveMounts(files);
    for (const file of [...files.keys()].sort())
        for (const r of files.get(file).routes)
            for (const p of mounted.prefixesOf(file, r.owner)) {
                const route = {
                    file,
                    method: r.method.toUpperCase(),
                    path: (0,_routePath_js__WEBPACK_IMPORTED_MODULE_0__/* .joinPrefix */ .$B)(sourcePrefix, (0,_routePath_js__WEBPACK_IMPORTED_MODULE_0__/* .joinPrefix */ .$B)(p, r.path)) || '/',
                };
                if (r.line)
                    route.line = r.line;
                yield route;
            }
}


/***/ }),

/***/ 28382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $B: () => (/* binding */ joinPrefix),
/* harmony export */   Fd: () => (/* binding */ normalizePath),
/* harmony export */   GA: () => (/* binding */ answers),
/* harmony export */   mA: () => (/* binding */ parseQuery)
/* harmony export */ });
/** Route paths: joining prefixes, the comparable form, and the queries the config writes. */
/**
 * The comparable form of a path: parameters of every framework (`<int:id>`, `:id`, `{id}`,
 * `[id]`) become `{}`, so renaming a parameter is not a removed route; no trailing slash.
 */
function normalizePath(path) {
    let p = path.trim();
    // Most paths hold no query, fragment or bracketed parameter, which each of these needs to match.
    const bracketed = /[?#<{[]/.test(p);
    if (bracketed)
        p = p.replace(/[?#].*$/, '');
    if (!p.startsWith('/'))
        p = `/${p}`;
    if (bracketed)
        p = p
            .replace(/<(?:[\w]+:)?\w+>/g, '{}')
            .replace(/\{[^}]*\}/g, '{}')
            .replace(/\[\[?\.\.\.\w+\]?\]/g, '{\u2026}')
            .replace(/\[\w+\]/g, '{}');
    p = p.replace(/:\w+\??/g, '{}').replace(/\/{2,}/g, '/');
    return p.length > 1 ? p.replace(/\/$/, '') : p;
}
/** `prefix` + `path` with one slash between them. */
function joinPrefix(prefix, path) {
    if (!prefix)
        return path;
    if (!path)
        return prefix;
    return `${prefix.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
}
function parseQuery(text) {
    const m = /^\s*(?:([A-Za-z]+)\s+)?(\S+)\s*$/.exec(text);
    const raw = m?.[2] ?? text.trim();
    const prefix = raw.endsWith('*');
    return {
        text,
        method: m?.[1]?.toUpperCase(),
        path: normalizePath(prefix ? raw.replace(/\/?\*+$/, '') || '/' : raw),
        prefix,
    };
}
/** Whether a route (its method and normalized path) answers a query; ANY on either side matches every method. */
function answers(route, q) {
    const p = route.norm;
    const pathOk = q.prefix ? p === q.path || p.startsWith(q.path === '/' ? '/' : `${q.path}/`) : p === q.path;
    return pathOk && (!q.method || q.method === 'ANY' || route.method === 'ANY' || route.method === q.method);
}


/***/ }),

/***/ 29314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  s: () => (/* binding */ routeSources)
});

// UNUSED EXPORTS: cleanDir

;// CONCATENATED MODULE: ./src/checks/routes/code.ts
/**
 * Source text as the route parsers read it: comments blanked, every string literal replaced by
 * `"___"` of the same length (its value kept aside), line breaks kept. Patterns run over this
 * masked text, so a route in a comment or a docstring is never read, a quote or a bracket inside
 * a string never unbalances a call, and a call may span as many lines as it likes. Offsets and
 * line numbers are those of the original text.
 */
const IDENT = /[\w$]/;
/** After one of these a `/` starts a regular expression literal, not a division. */
const BEFORE_REGEX = new Set([
    '',
    '(',
    ',',
    '=',
    ':',
    '[',
    '!',
    '&',
    '|',
    '?',
    '{',
    '}',
    ';',
    '+',
    '-',
    '*',
    '%',
    '<',
    '>',
    '~',
    '^',
]);
const isOpen = (c) => c === '(' || c === '[' || c === '{';
/** What `\s` matches, told by the character code (ASCII without a regular expression). */
const isSpace = (n) => n === 32 || (n >= 9 && n <= 13) || (n > 127 && /\s/.test(String.fromCharCode(n)));
/** Brackets of the masked text, found a native scan at a time rather than a character at a time. */
const BRACKETS = /[()[\]{}]/g;
/** What splits or nests the arguments of a call. */
const ARG_STOPS = /[,([{]/g;
/** The opening bracket a closing one pairs with, or '' for any other character. */
const openerOf = (c) => (c === ')' ? '(' : c === ']' ? '[' : c === '}' ? '{' : '');
/** `text` with every character but a line break replaced by `ch`. */
function fill(text, ch) {
    return text.includes('\n') ? text.replace(/[^\n]/g, ch) : ch.repeat(text.length);
}
function code_unescape(s) {
    return s.includes('\\') ? s.replace(/\\([\\'"`/])/g, '$1') : s;
}
/**
 * What ends or escapes a plain quoted literal (one that holds no code and is not triple-quoted):
 * its quote, a backslash and, but in Ruby, a line break. The characters between are passed over
 * at once.
 */
const DOUBLE_STOPS = /["\\\n]/g;
const SINGLE_STOPS = /['\\\n]/g;
const RUBY_SINGLE_STOPS = /['\\]/g;
/** Where a quoted literal that opens at `i` ends, and its value. */
function scanString(text, i, lang, raw) {
    const q = text[i];
    const triple = (lang === 'python' || lang === 'c') && q !== '`' && text.startsWith(q.repeat(3), i);
    const open = triple ? 3 : 1;
    const n = text.length;
    let j = i + open;
    // Template literals and Ruby's "#{\u2026}" hold code, with strings of their own.
    const nests = q === '`' || (lang === 'ruby' && q === '"');
    if (!triple && !nests) {
        const stops = lang === 'ruby' ? RUBY_SINGLE_STOPS : q === '"' ? DOUBLE_STOPS : SINGLE_STOPS;
        while (j < n) {
            stops.lastIndex = j;
            const at = stops.exec(text)?.index;
            if (at === undefined) {
                j = n;
                break;
            }
            j = at;
            if (text[j] === '\\')
                j += 2;
            else if (text[j] === q) {
                const body = text.slice(i + open, j);
                return { end: j + open, value: raw ? body : code_unescape(body) };
            }
            else
                break;
        }
        const body = text.slice(i + open, Math.min(j, n));
        return { end: Math.min(j, n), value: raw ? body : code_unescape(body) };
    }
    let depth = 0;
    while (j < n) {
        const c = text[j];
        if (c === '\\') {
            j += 2;
            continue;
        }
        if (nests && depth === 0 && (c === '$' || c === '#') && text[j + 1] === '{') {
            depth = 1;
            j += 2;
            continue;
        }
        if (depth > 0) {
            if (c === '{')
                depth++;
            else if (c === '}')
                depth--;
            j++;
            continue;
        }
        if (triple ? text.startsWith(q.repeat(3), j) : c === q) {
            const body = text.slice(i + open, j);
            return { end: j + open, value: raw ? body : code_unescape(body) };
        }
        // A quote left open ends at the line's end (except in the literals that may span lines).
        if (c === '\n' && !triple && q !== '`' && lang !== 'ruby')
            break;
        j++;
    }
    const body = text.slice(i + open, Math.min(j, n));
    return { end: Math.min(j, n), value: raw ? body : code_unescape(body) };
}
/** The end of a regular expression literal opening at `i`, or -1 when it is not one. */
function scanRegex(text, i) {
    let j = i + 1;
    let inClass = false;
    for (; j < text.length; j++) {
        const c = text[j];
        if (c === '\n')
            return -1;
        if (c === '\\')
            j++;
        else if (c === '[')
            inClass = true;
        else if (c === ']')
            inClass = false;
        else if (c === '/' && !inClass)
            break;
    }
    if (j >= text.length)
        return -1;
    j++;
    while (j < text.length && /[a-z]/i.test(text[j]))
        j++;
    return j;
}
/**
 * The characters that may start a comment, a string or a regular expression literal in each
 * language; the text between them is passed over in one step.
 */
const STARTS = {
    c: /[/"']/g,
    js: /[/"'`]/g,
    python: /[#"']/g,
    ruby: /[#"'/=]/g,
};
const isBlank = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
function mask(text, lang) {
    const parts = [];
    const strings = new Map();
    let last = 0;
    let prev = '';
    let i = 0;
    const n = text.length;
    const hash = lang === 'python' || lang === 'ruby';
    const starts = STARTS[lang];
    const put = (start, end, replacement) => {
        parts.push(text.slice(last, start), replacement);
        last = end;
    };
    while (i < n) {
        starts.lastIndex = i;
        const next = starts.exec(text)?.index ?? n;
        if (next > i) {
            // `prev` is the last character passed over that is not blank, as if read one by one.
            let k = next - 1;
            while (k >= i && isBlank(text[k]))
                k--;
            if (k >= i)
                prev = text[k];
            i = next;
            if (i >= n)
                break;
        }
        const c = text[i];
        if ((hash && c === '#') || (!hash && c === '/' && text[i + 1] === '/')) {
            let end = text.indexOf('\n', i);
            if (end < 0)
                end = n;
            put(i, end, ' '.repeat(end - i));
            i = end;
            continue;
        }
        if (!hash && c === '/' && text[i + 1] === '*') {
            const close = text.indexOf('*/', i + 2);
            const end = close < 0 ? n : close + 2;
            put(i, end, fill(text.slice(i, end), ' '));
            i = end;
            continue;
        }
        if (lang === 'ruby' && c === '=' && (i === 0 || text[i - 1] === '\n') && text.startsWith('=begin', i)) {
            const close = text.indexOf('\n=end', i);
            const end = close < 0 ? n : close + 5;
            put(i, end, fill(text.slice(i, end), ' '));
            i = end;
            continue;
        }
        if (c === '"' || c === "'" || (lang === 'js' && c === '`')) {
            let start = i;
            let raw = false;
            if (lang === 'python') {
                // String prefixes (r, b, u, f and pairs of them) belong to the literal.
                let k = i;
                while (k > last && k > i - 2 && /[rbufRBUF]/.test(text[k - 1]))
                    k--;
                if (k < i && (k === 0 || !IDENT.test(text[k - 1]))) {
                    raw = /[rR]/.test(text.slice(k, i));
                    start = k;
                }
            }
            const { end, value } = scanString(text, i, lang, raw);
            strings.set(start, value);
            const len = end - start;
            put(start, end, len < 2 ? '"' : `"${fill(text.slice(start + 1, end - 1), '_')}"`);
            i = end;
            prev = '"';
            continue;
        }
        if ((lang === 'js' || lang === 'ruby') && c === '/' && BEFORE_REGEX.has(prev)) {
            const end = scanRegex(text, i);
            if (end > 0) {
                put(i, end, '_'.repeat(end - i));
                i = end;
                prev = '_';
                continue;
            }
        }
        if (!isBlank(c))
            prev = c;
        i++;
    }
    parts.push(text.slice(last));
    return { code: parts.join(''), strings };
}
/** One file's text, masked for a language. */
class Code {
    /** The masked text: same length and line breaks as the original. */
    code;
    strings;
    lineStarts;
    pairs;
    constructor(text, lang) {
        const m = mask(text, lang);
        this.code = m.code;
        this.strings = m.strings;
    }
    /** The 1-based line of an offset. */
    line(offset) {
        if (!this.lineStarts) {
            const starts = [0];
            for (let i = this.code.indexOf('\n'); i >= 0; i = this.code.indexOf('\n', i + 1))
                starts.push(i + 1);
            this.lineStarts = starts;
        }
        const s = this.lineStarts;
        let lo = 0;
        let hi = s.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (s[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
    /** The offset of the bracket closing the one at `open`, or -1 (unbalanced code is not read). */
    close(open) {
        if (!this.pairs) {
            const pairs = new Int32Array(this.code.length).fill(-1);
            const stack = [];
            BRACKETS.lastIndex = 0;
            for (let m = BRACKETS.exec(this.code); m; m = BRACKETS.exec(this.code)) {
                const i = m.index;
                const c = m[0];
                if (isOpen(c))
                    stack.push(i);
                else if (stack.length && this.code[stack[stack.length - 1]] === openerOf(c))
                    pairs[stack.pop()] = i;
            }
            this.pairs = pairs;
        }
        return this.pairs[open] ?? -1;
    }
    /** The top-level comma-separated parts between the bracket at `open` and its close, trimmed. */
    args(open) {
        const end = this.close(open);
        if (end < 0)
            return [];
        const out = [];
        let from = open + 1;
        for (let i = open + 1; i < end; i++) {
            ARG_STOPS.lastIndex = i;
            const stop = ARG_STOPS.exec(this.code);
            if (!stop || stop.index >= end)
                break;
            i = stop.index;
            if (stop[0] !== ',') {
                const k = this.close(i);
                if (k > 0)
                    i = k;
            }
            else {
                out.push(this.trim({ start: from, end: i }));
                from = i + 1;
            }
        }
        const lastPart = this.trim({ start: from, end });
        if (lastPart.end > lastPart.start || out.length)
            out.push(lastPart);
        return out.filter((s) => s.end > s.start);
    }
    trim(s) {
        let { start, end } = s;
        while (start < end && isSpace(this.code.charCodeAt(start)))
            start++;
        while (end > start && isSpace(this.code.charCodeAt(end - 1)))
            end--;
        return { start, end };
    }
    text(s) {
        return this.code.slice(s.start, s.end);
    }
    /** The value of the string literal starting at `offset`. */
    stringAt(offset) {
        return this.strings.get(offset);
    }
    /** The value when the span is exactly one string literal. */
    str(s) {
        if (!s)
            return undefined;
        const t = this.trim(s);
        if (this.code[t.start] !== '"' || t.end - t.start < 2 || this.code[t.end - 1] !== '"')
            return undefined;
        if (this.code.indexOf('"', t.start + 1) !== t.end - 1)
            return undefined;
        return this.strings.get(t.start);
    }
    /** Every string literal inside the span, in order. */
    strs(s) {
        if (!s)
            return [];
        const out = [];
        for (let i = this.code.indexOf('"', s.start); i >= 0 && i < s.end;) {
            const close = this.code.indexOf('"', i + 1);
            if (close < 0 || close >= s.end)
                break;
            const v = this.strings.get(i);
            if (v !== undefined)
                out.push(v);
            i = this.code.indexOf('"', close + 1);
        }
        return out;
    }
    /**
     * A named argument (`name=value` in Python, Java and Kotlin; `name: value` in JavaScript and
     * Ruby): the span of its value.
     */
    named(args, names, sep) {
        for (const a of args) {
            const m = (sep === '=' ? /^(\w+)\s*=(?!=)\s*/ : /^(\w+)\s*:(?!:)\s*/).exec(this.text(a));
            if (m && names.includes(m[1]))
                return { start: a.start + m[0].length, end: a.end };
            if (sep === ':') {
                const k = /^"_*"\s*:\s*/.exec(this.text(a));
                if (k && names.includes(this.strings.get(a.start) ?? ''))
                    return { start: a.start + k[0].length, end: a.end };
            }
        }
        return undefined;
    }
    /** The arguments that are not named. */
    positional(args, sep) {
        const re = sep === '=' ? /^\w+\s*=(?!=)/ : /^(?:\w+|"_*")\s*:(?!:)/;
        return args.filter((a) => !re.test(this.text(a)));
    }
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/checks/routes/python.ts


/**
 * Flask, Quart and FastAPI (Starlette) routes: decorators (`@app.route`, `@router.get`\u2026, split
 * over lines or not), `add_url_rule` and `add_api_route`, routers with their own prefix
 * (`APIRouter(prefix=\u2026)`, `Blueprint(url_prefix=\u2026)`), and the routers mounted under a prefix
 * (`include_router(\u2026, prefix=\u2026)`, `register_blueprint(\u2026, url_prefix=\u2026)`), found through the
 * file's imports.
 */
const DECORATOR_VERBS = [
    'route',
    'api_route',
    'websocket',
    'get',
    'post',
    'put',
    'patch',
    'delete',
    'head',
    'options',
    'trace',
];
const CALLS = [
    'add_url_rule',
    'add_api_route',
    'add_api_websocket_route',
    'add_websocket_route',
    'include_router',
    'register_blueprint',
];
const ROUTER_TYPES = ['APIRouter', 'Blueprint', 'FastAPI', 'Flask', 'Quart', 'Starlette'];
/** Lines that make a Python file worth reading (POSIX ERE). */
const PYTHON_GREP = [
    `@[[:space:]]*[A-Za-z_][A-Za-z0-9_.[:space:]]*\\.[[:space:]]*(${DECORATOR_VERBS.join('|')})[[:space:]]*\\(`,
    `\\.(${CALLS.join('|')})[[:space:]]*\\(`,
    `(APIRouter|Blueprint)[[:space:]]*\\(`,
];
const DECORATOR = new RegExp(String.raw `^[ \t]*@[ \t]*(?:[A-Za-z_]\w*[ \t]*\.[ \t]*)*?([A-Za-z_]\w*)[ \t]*\.[ \t]*(${DECORATOR_VERBS.join('|')})[ \t]*\(`, 'gm');
const CALL = new RegExp(String.raw `(?<![\w.])(?:[A-Za-z_]\w*\s*\.\s*)*?([A-Za-z_]\w*)\s*\.\s*(${CALLS.join('|')})\s*\(`, 'g');
const ROUTER = new RegExp(String.raw `^[ \t]*([A-Za-z_]\w*)[ \t]*(?::[^=\n]*)?=[ \t]*(?:[A-Za-z_]\w*\.)*(${ROUTER_TYPES.join('|')})[ \t]*\(`, 'gm');
const FROM_IMPORT = /^[ \t]*from[ \t]+(\.*)([\w.]*)[ \t]+import[ \t]+/gm;
const IMPORT = /^[ \t]*import[ \t]+([^\n;]+)/gm;
/** The names a Python file imports. */
function pythonImports(code) {
    const out = new Map();
    const src = code.code;
    for (const m of src.matchAll(FROM_IMPORT)) {
        const level = m[1].length;
        const module = m[2] ? m[2].split('.') : [];
        const at = m.index + m[0].length;
        let names;
        if (src[at] === '(') {
            const close = code.close(at);
            if (close < 0)
                continue;
            names = src.slice(at + 1, close);
        }
        else {
            const eol = src.indexOf('\n', at);
            names = src.slice(at, eol < 0 ? src.length : eol);
        }
        for (const part of names.split(',')) {
            const n = /^\s*(\w+)(?:\s+as\s+(\w+))?\s*$/.exec(part);
            if (n)
                out.set(n[2] ?? n[1], { level, module, attr: n[1] });
        }
    }
    for (const m of src.matchAll(IMPORT)) {
        for (const part of m[1].split(',')) {
            const n = /^\s*([\w.]+)(?:\s+as\s+(\w+))?\s*$/.exec(part);
            if (!n)
                continue;
            const dotted = n[1].split('.');
            if (n[2])
                out.set(n[2], { level: 0, module: dotted });
            else
                out.set(dotted[0], { level: 0, module: [dotted[0]] });
        }
    }
    return out;
}
/** The files a module may be: `a/b.py` or `a/b/__init__.py`, relative to the importing file for relative imports. */
function moduleFiles(file, level, module, name) {
    if (!module.length && !level)
        return [];
    let dir = external_node_path_.posix.dirname(file);
    for (let i = 1; i < level; i++)
        dir = external_node_path_.posix.dirname(dir);
    const rel = module.join('/');
    const base = level ? external_node_path_.posix.join(dir === '.' ? '' : dir, rel) : rel;
    if (!base || base === '.')
        return [];
    const exact = level > 0;
    return [
        { file: `${base}.py`, exact, name },
        { file: `${base}/__init__.py`, exact, name },
    ];
}
/**
 * Where a dotted expression (`users.router`, `api_router`, `app.routers.users.router`) may be
 * declared, through the file's imports; [] when it is not imported.
 */
function importedTarget(file, imports, expr, module) {
    const parts = expr.split('.').map((p) => p.trim());
    const b = imports.get(parts[0]);
    if (!b || parts.some((p) => !/^\w+$/.test(p)))
        return [];
    const rest = parts.slice(1);
    // `module`: the expression names a module (Django's include(api_urls)); else a name in one.
    if (module) {
        const mod = b.attr ? [...b.module, b.attr, ...rest] : [...b.module, ...rest];
        return moduleFiles(file, b.level, mod, '');
    }
    const out = [];
    if (b.attr) {
        if (rest.length)
            out.push(...moduleFiles(file, b.level, [...b.module, b.attr, ...rest.slice(0, -1)], rest.at(-1)));
        else
            out.push(...moduleFiles(file, b.level, b.module, b.attr));
    }
    else if (rest.length)
        out.push(...moduleFiles(file, b.level, [...b.module, ...rest.slice(0, -1)], rest.at(-1)));
    return out;
}
function pathArg(code, args, names) {
    return code.str(code.positional(args, '=')[0]) ?? code.str(code.named(args, names, '='));
}
function methodsArg(code, args) {
    return code.strs(code.named(args, ['methods'], '=')).map((m) => m.toUpperCase());
}
function parsePython(file, text) {
    const code = new Code(text, 'python');
    const src = code.code;
    const routes = [];
    const routers = new Map();
    const mounts = [];
    const owners = new Set();
    const add = (methods, path, offset, owner) => {
        owners.add(owner);
        for (const method of methods)
            routes.push({ method, path, line: code.line(offset), owner });
    };
    for (const m of src.matchAll(DECORATOR)) {
        const owner = m[1];
        const verb = m[2];
        const open = m.index + m[0].length - 1;
        const args = code.args(open);
        const path = pathArg(code, args, ['path', 'rule']);
        if (path === undefined)
            continue;
        const at = m.index + m[0].indexOf('@');
        if (verb === 'route' || verb === 'api_route') {
            const methods = methodsArg(code, args);
            add(methods.length ? methods : ['GET'], path, at, owner);
        }
        else
            add([verb === 'websocket' ? 'WS' : verb.toUpperCase()], path, at, owner);
    }
    const imports = pythonImports(code);
    for (const m of src.matchAll(CALL)) {
        const owner = m[1];
        const call = m[2];
        const open = m.index + m[0].length - 1;
        const args = code.args(open);
        const at = m.index + m[0].lastIndexOf(call);
        if (call === 'include_router' || call === 'register_blueprint') {
            const what = code.positional(args, '=')[0] ?? code.named(args, ['router', 'blueprint'], '=');
            if (!what)
                continue;
            const expr = code.text(what);
            const target = importedTarget(file, imports, expr, false);
            const local = /^\w+$/.test(expr) ? [{ file, exact: true, name: expr }] : [];
            const prefixArg = code.named(args, [call === 'include_router' ? 'prefix' : 'url_prefix'], '=');
            const prefix = code.str(prefixArg);
            if (prefixArg && prefix === undefined)
                continue;
            owners.add(owner);
            mounts.push({
                parent: owner,
                target: target.length ? target : local,
                prefix: prefix ?? '',
                replaces: call === 'register_blueprint' && prefix !== undefined,
            });
            continue;
        }
        const path = pathArg(code, args, call === 'add_url_rule' ? ['rule'] : ['path']);
        if (path === undefined)
            continue;
        if (call.includes('websocket'))
            add(['WS'], path, at, owner);
        else {
            const methods = methodsArg(code, args);
            add(methods.length ? methods : ['GET'], path, at, owner);
        }
    }
    for (const m of src.matchAll(ROUTER)) {
        const open = m.index + m[0].length - 1;
        const args = code.args(open);
        const kind = m[2];
        const prefix = kind === 'APIRouter'
            ? code.str(code.named(args, ['prefix'], '='))
            : kind === 'Blueprint'
                ? code.str(code.named(args, ['url_prefix'], '='))
                : undefined;
        routers.set(m[1], prefix ?? '');
    }
    const links = new Map();
    for (const owner of owners) {
        if (routers.has(owner))
            continue;
        const t = importedTarget(file, imports, owner, false);
        if (t.length)
            links.set(owner, t);
    }
    return { routes, routers, mounts, imports: links };
}

// EXTERNAL MODULE: ./src/checks/routes/routePath.ts
var routePath = __webpack_require__(28382);
;// CONCATENATED MODULE: ./src/checks/routes/django.ts



/**
 * Django urlconfs: `path()`, `re_path()` and `url()` entries, split over lines or not. An
 * `include()` mounts another urlconf (by module name, or an imported module) or an inline list
 * of entries under the entry's route.
 */
const DJANGO_GREP = ['(path|re_path|url)[[:space:]]*\\('];
const ENTRY = /(?<![\w.])(path|re_path|url)\s*\(/g;
const INCLUDE = /^include\s*\(/;
/** A `re_path` regex as a route: anchors dropped, named groups as `<name>`. */
function fromRegex(re) {
    return re
        .replace(/^\^/, '')
        .replace(/\$$/, '')
        .replace(/\(\?P<(\w+)>[^)]*\)/g, '<$1>');
}
function slash(route) {
    return route.startsWith('/') ? route : `/${route}`;
}
/** Where an `include()` argument leads: a urlconf module, or an inline list. */
function includeOf(code, file, imports, arg) {
    const inner = code.args(arg.start + code.text(arg).indexOf('('));
    const first = inner[0];
    if (!first)
        return undefined;
    const text = code.text(first);
    if (text.startsWith('['))
        return { list: first };
    const name = code.str(first) ?? (text.startsWith('(') ? code.strs(first)[0] : undefined);
    if (name !== undefined) {
        const parts = name.split('.');
        return parts.every((p) => /^\w+$/.test(p)) ? { targets: moduleFiles(file, 0, parts, '') } : undefined;
    }
    const targets = importedTarget(file, imports, text, true);
    return targets.length ? { targets } : undefined;
}
function parseDjango(file, text) {
    const code = new Code(text, 'python');
    const imports = pythonImports(code);
    const routes = [];
    const mounts = [];
    // Inline include([...]) lists still open, each with the route it is mounted under.
    const open = [];
    for (const m of code.code.matchAll(ENTRY)) {
        while (open.length && open[open.length - 1].end < m.index)
            open.pop();
        const args = code.args(m.index + m[0].length - 1);
        const raw = code.str(args[0]);
        if (raw === undefined || args.length < 2)
            continue;
        const route = slash(m[1] === 'path' ? raw : fromRegex(raw));
        const outer = open.reduce((p, o) => (0,routePath/* joinPrefix */.$B)(p, o.prefix), '');
        const full = (0,routePath/* joinPrefix */.$B)(outer, route);
        const view = args[1];
        if (INCLUDE.test(code.text(view))) {
            const inc = includeOf(code, file, imports, view);
            if (inc && 'list' in inc)
                open.push({ end: inc.list.end, prefix: route });
            else if (inc)
                mounts.push({ parent: '', target: inc.targets, prefix: full, replaces: false });
            // An include that cannot be followed mounts routes this check does not see: no page here.
            continue;
        }
        routes.push({ method: 'ANY', path: full, line: code.line(m.index), owner: '' });
    }
    return { routes, mounts };
}

;// CONCATENATED MODULE: ./src/checks/routes/javascript.ts

/**
 * Express, Fastify and Koa routes: `app.get('/x', \u2026)`, `router.post("/x")`, Koa's named
 * `router.get('name', '/x', \u2026)`, arrays of paths, Express's chained `app.route('/x').get().post()`,
 * Fastify's `route({ method, url })`, calls and chains split over lines. Receivers are the usual
 * names (`app`, `router`, `server`, `fastify`, `koa`, `instance`, `*Router`, `*App`, `*Server`,
 * `*Routes`), so an HTTP client's `axios.get('/x')` is not a route.
 */
const VERBS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'all'];
const RECEIVER = String.raw `(?:app|router|server|fastify|koa|instance|[a-z][\w$]*(?:Router|App|Server|Routes))`;
/**
 * Lines that may make a JavaScript or TypeScript file worth reading, for `git grep`: a call of a
 * verb after a dot. Starting with a literal, it costs git little more than reading the files.
 */
const JS_GREP = [`\\.[[:space:]]*(${VERBS.join('|')}|route)[[:space:]]*\\(`];
/** POSIX `[[:space:]]` in the C locale, as git matches it. */
const SP = '[ \\t\\n\\v\\f\\r]';
/**
 * Of those lines, the ones that make the file worth reading: a verb called on a receiver, matched
 * by its name or the end of it (`usersRouter` by `Router`), which keeps every line the receivers
 * find (and a few more); a call that continues a chain on its own line; any `.route(`.
 */
const JS_LINE = new RegExp([
    `(?:app|router|server|fastify|koa|instance|Router|App|Server|Routes)${SP}*\\.${SP}*(?:${VERBS.join('|')}|route)${SP}*\\(`,
    `^${SP}*\\.${SP}*(?:${VERBS.join('|')}|route)${SP}*\\(`,
    `\\.route${SP}*\\(`,
].join('|'));
/**
 * `.get(`, `.route(`\u2026: where a route call may be, found by its dot (a search for one character
 * rather than a receiver tried at every position); the whole word before the dot must be one of
 * the receivers.
 */
const javascript_CALL = new RegExp(String.raw `\.\s*(${VERBS.join('|')}|route)\s*\(`, 'g');
const RECEIVER_WORD = new RegExp(String.raw `^${RECEIVER}$`);
const ANY_ROUTE_OBJECT = /\.\s*route\s*\(\s*\{/g;
/** A chained call that follows within 200 characters (sticky: matched where the last call ended). */
const CHAINED = new RegExp(String.raw `\s*\.\s*(${VERBS.join('|')})\s*\(`, 'y');
const CHAIN_REACH = 200;
const methodOf = (verb) => (verb === 'all' ? 'ANY' : verb.toUpperCase());
/** What `[\w$]` matches: ASCII letters and digits, `_` and `$`. */
const isWordChar = (n) => (n >= 97 && n <= 122) || (n >= 65 && n <= 90) || (n >= 48 && n <= 57) || n === 95 || n === 36;
/** The word before the dot at `dot`, blanks between them passed over ('' when there is none). */
function wordBefore(src, dot) {
    let end = dot;
    while (end > 0 && isSpace(src.charCodeAt(end - 1)))
        end--;
    let start = end;
    while (start > 0 && isWordChar(src.charCodeAt(start - 1)))
        start--;
    return src.slice(start, end);
}
/** The paths a route call's arguments name: `'/x'`, `['/a', '/b']`, or Koa's `'name', '/x'`. */
function pathsOf(code, args) {
    const [a, b] = args;
    if (!a)
        return [];
    const first = code.str(a);
    if (first !== undefined) {
        if (first.startsWith('/'))
            return [first];
        const second = code.str(b);
        return second?.startsWith('/') ? [second] : [];
    }
    if (code.text(a).startsWith('[')) {
        const all = code.strs(a);
        return all.length && all.every((p) => p.startsWith('/')) ? all : [];
    }
    return [];
}
/** Fastify's `route({ method: ['GET', 'POST'], url: '/x' })`. */
function routeObject(code, open) {
    const obj = code.args(open)[0];
    if (!obj || code.code[obj.start] !== '{')
        return undefined;
    const fields = code.args(obj.start);
    const path = code.str(code.named(fields, ['url', 'path'], ':'));
    if (path === undefined || !path.startsWith('/'))
        return undefined;
    const method = code.named(fields, ['method'], ':');
    const methods = method ? code.strs(method).map((m) => m.toUpperCase()) : [];
    return { methods: methods.length ? methods : ['ANY'], path };
}
function parseJavaScript(_file, text) {
    const code = new Code(text, 'js');
    const src = code.code;
    const routes = [];
    const seen = new Set();
    const add = (method, path, at) => routes.push({ method, path, line: code.line(at), owner: '' });
    /** Follows `.get(\u2026).post(\u2026)` after a call that closes at `end`; `path` for `.route('/x')` chains. */
    const chain = (end, path) => {
        for (let at = end + 1;;) {
            CHAINED.lastIndex = at;
            const m = CHAINED.exec(src);
            // Each part of the pattern can match in one way only, so a match that fits in the reach
            // is the one a search of just those characters finds.
            if (!m || m[0].length > CHAIN_REACH)
                return;
            const verbAt = at + m[0].indexOf(m[1]);
            const open = at + m[0].length - 1;
            const close = code.close(open);
            if (close < 0)
                return;
            const paths = path !== undefined ? [path] : pathsOf(code, code.args(open));
            if (!paths.length)
                return;
            for (const p of paths)
                add(methodOf(m[1]), p, verbAt);
            at = close + 1;
        }
    };
    javascript_CALL.lastIndex = 0;
    for (let m = javascript_CALL.exec(src); m; m = javascript_CALL.exec(src)) {
        if (!RECEIVER_WORD.test(wordBefore(src, m.index)))
            continue;
        const verb = m[1];
        const open = m.index + m[0].length - 1;
        const close = code.close(open);
        if (close < 0)
            continue;
        const verbAt = m.index + m[0].indexOf(verb);
        const args = code.args(open);
        if (verb === 'route') {
            const path = code.str(args[0]);
            if (path !== undefined && path.startsWith('/')) {
                chain(close, path);
                continue;
            }
            const obj = routeObject(code, open);
            if (obj) {
                seen.add(open);
                for (const method of obj.methods)
                    add(method, obj.path, verbAt);
            }
            continue;
        }
        const paths = pathsOf(code, args);
        if (!paths.length)
            continue;
        for (const p of paths)
            add(methodOf(verb), p, verbAt);
        chain(close, undefined);
    }
    // Fastify instances go by many names (`fastify`, `app`, `f`, `api`): its route object is
    // distinctive enough to read whatever the receiver.
    for (const m of src.matchAll(ANY_ROUTE_OBJECT)) {
        const open = src.indexOf('(', m.index);
        if (seen.has(open))
            continue;
        const obj = routeObject(code, open);
        if (obj)
            for (const method of obj.methods)
                add(method, obj.path, m.index + m[0].indexOf('route'));
    }
    routes.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return { routes };
}

;// CONCATENATED MODULE: ./src/checks/routes/nextjs.ts

/** Next.js routes are files: `app/blog/[slug]/page.tsx` is GET /blog/{slug}. */
const PAGE_FILE = /\.(?:js|jsx|ts|tsx|md|mdx)$/;
const HTTP = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];
const EXPORTED = new RegExp(String.raw `\bexport\s+(?:async\s+)?(?:function\s*\*?|const|let|var)\s+(${HTTP.join('|')})\b`, 'g');
const EXPORT_LIST = /\bexport\s*(?:(?:const|let|var)\s*)?\{/g;
/** A method name bound by an export list or a destructuring (not a key renamed to another name). */
const BOUND = new RegExp(String.raw `\b(${HTTP.join('|')})\b(?!\s*(?::|as\b))`, 'g');
/**
 * The route of a Next.js file, relative to the `app/` or `pages/` directory it is under (`root`):
 * route groups `(x)` and parallel slots `@x` are not in the URL; `[id]` and `[...slug]` are params.
 */
function nextRoute(root, file) {
    const rel = file.slice(root.length);
    if (!PAGE_FILE.test(rel))
        return undefined;
    const segments = rel.split('/');
    const name = segments.pop().replace(PAGE_FILE, '');
    const url = (parts) => `/${parts.filter((p) => !/^\(.*\)$/.test(p) && !p.startsWith('@')).join('/')}`;
    if (/(?:^|\/)app\/$/.test(root)) {
        if (name === 'page')
            return { path: url(segments), api: 'page' };
        if (name === 'route')
            return { path: url(segments), api: 'route' };
        return undefined;
    }
    if (name.startsWith('_') || segments.some((s) => s.startsWith('_')))
        return undefined;
    const parts = name === 'index' ? segments : [...segments, name];
    return { path: url(parts), api: segments[0] === 'api' ? 'pages-api' : 'page-file' };
}
/**
 * HTTP methods a `route.ts` exports: `export async function GET`, `export const POST = \u2026`,
 * `export { handler as GET, POST }`, `export const { GET, POST } = handlers`.
 */
function exportedMethods(source) {
    const code = new Code(source, 'js');
    const found = new Set();
    for (const m of code.code.matchAll(EXPORTED))
        found.add(m[1]);
    for (const m of code.code.matchAll(EXPORT_LIST)) {
        const open = m.index + m[0].length - 1;
        const close = code.close(open);
        if (close < 0)
            continue;
        for (const b of code.code.slice(open + 1, close).matchAll(BOUND))
            found.add(b[1]);
    }
    return HTTP.filter((h) => found.has(h));
}
/** The directory of `paths` a file is under, longest first. */
function rootOf(roots, file) {
    let best;
    for (const r of roots)
        if (file.startsWith(r) && (best === undefined || r.length > best.length))
            best = r;
    return best;
}
function isNextRoute(roots, file) {
    const root = rootOf(roots, file);
    return root !== undefined && nextRoute(root, file) !== undefined;
}
function nextNeedsText(file) {
    return /(?:^|\/)route\.(?:js|jsx|ts|tsx)$/.test(file);
}
function parseNext(roots, file, text) {
    const root = rootOf(roots, file);
    const found = root !== undefined ? nextRoute(root, file) : undefined;
    if (!found)
        return { routes: [] };
    if (found.api === 'route') {
        const methods = exportedMethods(text ?? '');
        return {
            routes: (methods.length ? methods : ['ANY']).map((method) => ({ method, path: found.path, owner: '' })),
        };
    }
    return {
        routes: [{ method: found.api === 'pages-api' ? 'ANY' : 'GET', path: found.path, owner: '' }],
    };
}

;// CONCATENATED MODULE: ./src/checks/routes/rails.ts



/**
 * Rails routes files (`config/routes.rb`, and the files it `draw`s from `config/routes/`):
 * `get`/`post`/\u2026 and `match \u2026 via:`, `root`, `resources`/`resource` with `only:`/`except:`/`path:`,
 * `member`/`collection` blocks and `on:`, nested resources, `namespace` and `scope` prefixes,
 * `mount \u2026 at:`. A statement may span lines. Concerns, `shallow` and `devise_for` are not
 * expanded.
 */
const RAILS_GREP = [
    '(get|post|put|patch|delete|options|match|root|resources?|namespace|scope|mount|draw)([[:space:]]|\\(|$)',
];
const rails_VERBS = new Set(['get', 'post', 'put', 'patch', 'delete', 'options', 'head']);
const BLOCK_KEYWORDS = /^(?:if|unless|case|while|until|begin|def|class|module|for)\b/;
const PLURAL_ACTIONS = [
    ['index', 'GET', ''],
    ['create', 'POST', ''],
    ['new', 'GET', '/new'],
    ['edit', 'GET', '/:id/edit'],
    ['show', 'GET', '/:id'],
    ['update', 'PATCH', '/:id'],
    ['update', 'PUT', '/:id'],
    ['destroy', 'DELETE', '/:id'],
];
const SINGULAR_ACTIONS = [
    ['create', 'POST', ''],
    ['new', 'GET', '/new'],
    ['edit', 'GET', '/edit'],
    ['show', 'GET', ''],
    ['update', 'PATCH', ''],
    ['update', 'PUT', ''],
    ['destroy', 'DELETE', ''],
];
/** Statements of the masked file: lines joined while brackets are open or a line ends in `,` or `\`. */
function statements(code) {
    const src = code.code;
    const out = [];
    let start = 0;
    let depth = 0;
    for (let at = 0; at <= src.length;) {
        let eol = src.indexOf('\n', at);
        if (eol < 0)
            eol = src.length;
        for (let i = at; i < eol; i++) {
            const c = src[i];
            if (c === '(' || c === '[' || c === '{')
                depth++;
            else if ((c === ')' || c === ']' || c === '}') && depth > 0)
                depth--;
        }
        const tail = src.slice(at, eol).trimEnd();
        if (depth === 0 && !tail.endsWith(',') && !tail.endsWith('\\') && !tail.endsWith('=>')) {
            out.push({ start, end: eol });
            start = eol + 1;
        }
        at = eol + 1;
    }
    return out;
}
function splitArgs(code, s) {
    const src = code.code;
    const out = [];
    let from = s.start;
    const push = (end) => {
        const part = code.trim({ start: from, end });
        if (part.end <= part.start)
            return;
        const text = code.text(part);
        const key = /^(\w+):(?!:)\s*/.exec(text) ?? /^:(\w+)\s*=>\s*/.exec(text);
        if (key) {
            out.push({ key: key[1], value: { start: part.start + key[0].length, end: part.end } });
            return;
        }
        const rocket = /^"_*"\s*=>\s*/.exec(text);
        if (rocket) {
            const k = code.stringAt(part.start);
            out.push({ stringKey: k, value: { start: part.start + rocket[0].length, end: part.end } });
            return;
        }
        out.push({ value: part });
    };
    for (let i = s.start; i < s.end; i++) {
        const c = src[i];
        if (c === '(' || c === '[' || c === '{') {
            const k = code.close(i);
            if (k > 0 && k < s.end)
                i = k;
        }
        else if (c === ',') {
            push(i);
            from = i + 1;
        }
    }
    push(s.end);
    return out;
}
/** A symbol, a string, or a list of them (`[:index, :show]`, `%i[index show]`). */
function names(code, s) {
    if (!s)
        return [];
    const text = code.text(s);
    const str = code.str(s);
    if (str !== undefined)
        return [str];
    const sym = /^:(\w+)$/.exec(text);
    if (sym)
        return [sym[1]];
    const words = /^%[wi][[(]([^\])]*)[\])]$/.exec(text);
    if (words)
        return words[1].split(/\s+/).filter(Boolean);
    if (text.startsWith('['))
        return [...text.matchAll(/:(\w+)|"_*"/g)].map((m) => m[1] ?? code.stringAt(s.start + m.index) ?? '');
    return [];
}
const rails_option = (args, key) => args.find((a) => a.key === key)?.value;
function parseRails(file, text) {
    const code = new Code(text, 'ruby');
    const routes = [];
    const mounts = [];
    const stack = [{ base: '' }];
    // `draw(:admin)` reads config/routes/admin.rb, from the files of this app's config/routes.
    const drawDir = file.endsWith('config/routes.rb')
        ? `${file.slice(0, -'.rb'.length)}/`
        : file.includes('config/routes/')
            ? file.slice(0, file.indexOf('config/routes/') + 'config/routes/'.length)
            : `${external_node_path_.posix.dirname(file)}/`;
    for (const st of statements(code)) {
        const t = code.trim(st);
        const body = code.text(t);
        if (!body)
            continue;
        const top = stack[stack.length - 1];
        if (/^end\b/.test(body) || body === '}') {
            if (stack.length > 1)
                stack.pop();
            continue;
        }
        const block = /\s+do(?:\s*\|[^|]*\|)?$/.exec(body);
        const end = block ? t.start + block.index : t.end;
        if (BLOCK_KEYWORDS.test(body)) {
            if (!/\bend$/.test(body))
                stack.push({ base: top.base, skip: top.skip });
            continue;
        }
        const call = /^(\w+)(\s*\(|\s+|$)/.exec(body);
        const name = call?.[1];
        let args = [];
        if (call) {
            const from = t.start + call[0].length;
            const inParens = call[2].includes('(');
            const close = inParens ? code.close(from - 1) : -1;
            args = splitArgs(code, { start: from, end: inParens && close > 0 && close <= end ? close : end });
        }
        const line = code.line(t.start);
        const plain = () => stack.push({ base: top.base, skip: top.skip });
        const route = (method, path) => {
            if (!top.skip)
                routes.push({ method, path, line, owner: '' });
        };
        if (name && (rails_VERBS.has(name) || name === 'match' || name === 'root')) {
            const first = args[0];
            let path;
            if (name === 'root')
                path = '';
            else if (first?.stringKey !== undefined)
                path = first.stringKey;
            else if (first && !first.key)
                path = names(code, first.value)[0];
            if (path === undefined) {
                if (block)
                    plain();
                continue;
            }
            const on = names(code, rails_option(args, 'on'))[0];
            const prefix = on === 'member' && top.member !== undefined
                ? top.member
                : on === 'collection' && top.collection !== undefined
                    ? top.collection
                    : top.base;
            let methods = [name === 'root' ? 'GET' : name.toUpperCase()];
            if (name === 'match') {
                const via = names(code, rails_option(args, 'via'));
                methods = via.includes('all') ? ['ANY'] : via.map((v) => v.toUpperCase());
            }
            for (const m of methods)
                route(m, (0,routePath/* joinPrefix */.$B)(prefix, path ? `/${path.replace(/^\//, '')}` : ''));
            if (block)
                plain();
            continue;
        }
        if (name === 'resources' || name === 'resource') {
            const plural = name === 'resources';
            const only = rails_option(args, 'only');
            const except = names(code, rails_option(args, 'except'));
            const allowed = only ? names(code, only) : undefined;
            const segment = names(code, rails_option(args, 'path'))[0];
            const resourceNames = args
                .filter((a) => !a.key && a.stringKey === undefined)
                .flatMap((a) => names(code, a.value));
            let frame;
            for (const res of resourceNames) {
                const collection = (0,routePath/* joinPrefix */.$B)(top.base, `/${(segment ?? res).replace(/^\//, '')}`);
                const member = plural ? `${collection}/:id` : collection;
                for (const [action, method, tail] of plural ? PLURAL_ACTIONS : SINGULAR_ACTIONS) {
                    if (allowed ? !allowed.includes(action) : except.includes(action))
                        continue;
                    route(method, `${collection}${tail}`);
                }
                frame = { base: member, member, collection, skip: top.skip };
            }
            if (block)
                stack.push(frame ?? { base: top.base, skip: top.skip });
            continue;
        }
        if (name === 'member' || name === 'collection') {
            if (block)
                stack.push({ base: (name === 'member' ? top.member : top.collection) ?? top.base, skip: top.skip });
            continue;
        }
        if (name === 'namespace' || name === 'scope') {
            const first = args.find((a) => !a.key && a.stringKey === undefined);
            const pathOpt = rails_option(args, 'path');
            const given = pathOpt ? names(code, pathOpt)[0] : first ? names(code, first.value)[0] : undefined;
            // `scope module: 'admin'` changes controllers, not URLs.
            const seg = given === undefined || given === '/' ? '' : `/${given.replace(/^\//, '')}`;
            if (block)
                stack.push({ base: (0,routePath/* joinPrefix */.$B)(top.base, seg), skip: top.skip });
            continue;
        }
        if (name === 'concern') {
            if (block)
                stack.push({ base: top.base, skip: true });
            continue;
        }
        if (name === 'mount') {
            const at = args.find((a) => a.key === 'at')?.value;
            const rocket = args.find((a) => !a.key && /=>/.test(code.text(a.value)));
            let path = at ? names(code, at)[0] : undefined;
            if (path === undefined && rocket) {
                const m = /=>\s*("_*")\s*$/.exec(code.text(rocket.value));
                if (m)
                    path = code.stringAt(rocket.value.start + m.index + m[0].indexOf('"'));
            }
            if (path !== undefined)
                route('ANY', (0,routePath/* joinPrefix */.$B)(top.base, `/${path.replace(/^\//, '')}`));
            if (block)
                plain();
            continue;
        }
        if (name === 'draw') {
            const target = names(code, args[0]?.value)[0];
            if (target !== undefined && !top.skip && /^[\w/]+$/.test(target))
                mounts.push({
                    parent: '',
                    target: [{ file: `${drawDir}${target}.rb`, exact: true, name: '' }],
                    prefix: top.base,
                    replaces: false,
                });
            if (block)
                plain();
            continue;
        }
        // Any other block (`Rails.application.routes.draw`, `constraints`, `defaults`, \u2026) keeps the prefix.
        if (block)
            plain();
    }
    return { routes, mounts };
}

;// CONCATENATED MODULE: ./src/checks/routes/spring.ts


/**
 * Spring MVC and WebFlux controllers in Java or Kotlin: `@GetMapping`, `@PostMapping`, \u2026, and
 * `@RequestMapping(method = \u2026)` on methods, under the class's `@RequestMapping` prefix;
 * annotations split over lines or not. A path given by a constant cannot be read: such a method
 * (or class) is left out rather than guessed.
 */
const SPRING_GREP = ['@(Get|Post|Put|Patch|Delete|Request)Mapping'];
const TOKENS = /@([A-Za-z_][\w.]*)(?::[A-Za-z_][\w.]*)?|\b(class|interface|object|enum|record|fun)\b|[{};]/g;
const MAPPING = /^(?:[\w.]*\.)?(Get|Post|Put|Patch|Delete|Request)Mapping$/;
const spring_HTTP = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE'];
function spring_pathsOf(code, s) {
    if (!s)
        return undefined;
    const str = code.str(s);
    if (str !== undefined)
        return [str];
    const text = code.text(s);
    if (/^(?:\{|\[|arrayOf\s*\()/.test(text)) {
        const inner = code.args(s.start + text.search(/[{[(]/));
        const all = inner.map((a) => code.str(a));
        return all.every((p) => p !== undefined) ? all : undefined;
    }
    return undefined;
}
function mappingOf(code, kind, open, at) {
    const verb = kind === 'Request' ? [] : [kind.toUpperCase()];
    if (open === undefined)
        return { kind, paths: [''], methods: verb, at };
    const args = code.args(open);
    const named = code.named(args, ['value', 'path'], '=');
    const first = code.positional(args, '=')[0];
    const given = named ?? first;
    const paths = given ? spring_pathsOf(code, given) : [''];
    let methods = verb;
    const m = kind === 'Request' ? code.named(args, ['method'], '=') : undefined;
    if (m)
        methods = [...code.text(m).matchAll(/\b([A-Z]+)\b/g)].map((x) => x[1]).filter((x) => spring_HTTP.includes(x));
    return { kind, paths: paths?.length === 0 ? [''] : paths, methods, at };
}
function parseSpring(_file, text) {
    const code = new Code(text, 'c');
    const src = code.code;
    const routes = [];
    // Open classes: the brace depth of their body and their prefixes.
    const classes = [];
    let depth = 0;
    let pending = [];
    let declared = null;
    const flush = () => {
        const prefixes = classes.length ? classes[classes.length - 1].prefixes : [''];
        for (const m of pending) {
            if (!m.paths || !prefixes)
                continue;
            const line = code.line(m.at);
            for (const prefix of prefixes)
                for (const path of m.paths)
                    for (const method of m.methods.length ? m.methods : ['ANY'])
                        routes.push({ method, path: (0,routePath/* joinPrefix */.$B)(prefix, path) || '/', line, owner: '' });
        }
        pending = [];
    };
    TOKENS.lastIndex = 0;
    for (let m = TOKENS.exec(src); m; m = TOKENS.exec(src)) {
        if (m[1] !== undefined) {
            const after = /^\s*\(/.exec(src.slice(m.index + m[0].length, m.index + m[0].length + 200));
            const open = after ? m.index + m[0].length + after[0].length - 1 : undefined;
            const kind = MAPPING.exec(m[1])?.[1];
            if (kind)
                pending.push(mappingOf(code, kind, open, m.index));
            // Arguments of every annotation are skipped: their braces are arrays, not bodies.
            if (open !== undefined) {
                const close = code.close(open);
                if (close > 0)
                    TOKENS.lastIndex = close + 1;
            }
            continue;
        }
        const word = m[2];
        // `UserController.class`, `User::class`: an expression, not a declaration.
        if (word && /[.:]\s*$/.test(src.slice(Math.max(0, m.index - 8), m.index)))
            continue;
        if (word === 'fun')
            flush();
        else if (word) {
            // The mappings before a class are its prefix; Spring does not combine nested classes'.
            const own = pending.filter((p) => p.kind === 'Request').pop();
            declared = own ? own.paths : [''];
            pending = [];
        }
        else if (m[0] === '{') {
            depth++;
            if (declared !== null) {
                classes.push({ depth, prefixes: declared });
                declared = null;
            }
            else if (pending.length)
                flush();
        }
        else if (m[0] === '}') {
            if (classes.length && classes[classes.length - 1].depth === depth)
                classes.pop();
            depth = Math.max(0, depth - 1);
            pending = [];
        }
        else if (m[0] === ';') {
            if (declared !== null)
                declared = null;
            else if (pending.length)
                flush();
        }
    }
    return { routes };
}

;// CONCATENATED MODULE: ./src/checks/routes/presets.ts
/** Where each web framework declares routes, and how they are read. */






const TESTS = [
    '**/node_modules/**',
    '**/*.test.*',
    '**/*.spec.*',
    '**/__tests__/**',
    '**/tests/**',
    '**/test/**',
];
const PY_TESTS = [
    '**/tests/**',
    '**/test_*.py',
    '**/*_test.py',
    '**/venv/**',
    '**/.venv/**',
    '**/site-packages/**',
];
const JVM_TESTS = [
    '**/src/test/**',
    '**/test/**',
    '**/tests/**',
    '**/build/**',
    '**/target/**',
    '**/node_modules/**',
];
const python = {
    reader: 'python',
    framework: { kind: 'parse', grep: PYTHON_GREP, parse: parsePython },
    paths: ['**/*.py'],
    exclude: PY_TESTS,
};
const javascript = {
    reader: 'javascript',
    framework: { kind: 'parse', grep: JS_GREP, line: JS_LINE, parse: parseJavaScript },
    paths: ['**/*.js', '**/*.mjs', '**/*.cjs', '**/*.ts', '**/*.mts', '**/*.cts'],
    exclude: [...TESTS, '**/dist/**', '**/build/**', '**/*.d.ts', '**/*.min.js'],
};
const PRESETS = {
    flask: python,
    fastapi: python,
    django: {
        reader: 'django',
        framework: { kind: 'parse', grep: DJANGO_GREP, parse: parseDjango },
        paths: ['**/urls.py', '**/urls/**/*.py'],
        exclude: PY_TESTS,
    },
    express: javascript,
    fastify: javascript,
    koa: javascript,
    nextjs: {
        reader: 'nextjs',
        framework: { kind: 'files', route: isNextRoute, needsText: nextNeedsText, parse: parseNext },
        paths: ['app/**', 'src/app/**', 'pages/**', 'src/pages/**'],
        exclude: ['**/node_modules/**', '**/_*.*', '**/*.test.*', '**/*.spec.*'],
    },
    rails: {
        reader: 'rails',
        framework: { kind: 'parse', grep: RAILS_GREP, parse: parseRails },
        paths: ['config/routes.rb', 'config/routes/**/*.rb'],
        exclude: [],
    },
    spring: {
        reader: 'spring',
        framework: { kind: 'parse', grep: SPRING_GREP, parse: parseSpring },
        paths: ['**/*.java', '**/*.kt'],
        exclude: JVM_TESTS,
    },
};

;// CONCATENATED MODULE: ./src/checks/routes/sources.ts

/** `services/api` as written (`./services/api/`, `/services/api`), '' for the root. */
function cleanDir(dir) {
    if (!dir)
        return '';
    const d = dir.replace(/^\.\//, '').replace(/^\/+/, '').replace(/\/+$/, '');
    return d === '.' ? '' : d;
}
function under(dir, glob) {
    const g = glob.replace(/^\.\//, '').replace(/^\//, '');
    return dir ? `${dir}/${g}` : g;
}
function staticRoot(glob) {
    const i = glob.search(/[*?[{]/);
    const s = i === -1 ? glob : glob.slice(0, i);
    return s.slice(0, s.lastIndexOf('/') + 1);
}
/**
 * The sources a check reads. Presets that read the same files the same way (express, fastify
 * and koa; flask and fastapi) are one source, so their routes are read once and a removed route
 * is reported once; every other entry keeps its own inventory, so two frameworks' (or two apps')
 * routes never stand in for each other.
 */
function routeSources(presets, custom) {
    const byKey = new Map();
    const out = [];
    for (const p of presets) {
        const o = typeof p === 'string' ? { preset: p } : p;
        const preset = PRESETS[o.preset];
        const dir = cleanDir(o.dir);
        const paths = (o.paths ?? preset.paths).map((g) => under(dir, g));
        const exclude = (o.exclude ?? preset.exclude).map((g) => under(dir, g));
        const prefix = o.prefix ?? '';
        const key = JSON.stringify([preset.reader, paths, exclude, prefix]);
        const same = byKey.get(key);
        if (same) {
            const names = new Set(same.name.replace(/ \(.*\)$/, '').split(', '));
            if (!names.has(o.preset)) {
                names.add(o.preset);
                same.name = `${[...names].join(', ')}${dir ? ` (${dir})` : ''}`;
            }
            continue;
        }
        const source = {
            name: `${o.preset}${dir ? ` (${dir})` : ''}`,
            framework: preset.framework,
            paths,
            exclude,
            prefix,
            roots: paths.map(staticRoot),
        };
        byKey.set(key, source);
        out.push(source);
    }
    for (const c of custom) {
        const re = new RegExp(c.pattern);
        out.push({
            name: 'custom',
            framework: {
                kind: 'lines',
                grep: [c.grep ?? ''],
                extract: (line) => {
                    const m = re.exec(line);
                    return m?.groups?.path ? [{ method: m.groups.method ?? c.method, path: m.groups.path }] : [];
                },
            },
            paths: c.paths,
            exclude: c.exclude,
            prefix: c.prefix,
            roots: c.paths.map(staticRoot),
        });
    }
    return out;
}


/***/ })

};
