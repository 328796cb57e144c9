export const id = 9337;
export const ids = [9337];
export const modules = {

/***/ 89337:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SourceFile: () => (/* reexport */ SourceFile),
  readDocument: () => (/* binding */ readDocument)
});

// EXTERNAL MODULE: ./src/config/issues.ts
var config_issues = __webpack_require__(11012);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/config/yamlLimits.ts
var yamlLimits = __webpack_require__(847);
;// CONCATENATED MODULE: ./src/config/yaml.ts


const count = (n) => n.toLocaleString('en-US');
function parseBoundedYaml(text) {
    const lines = new dist/* LineCounter */.HN();
    try {
        return readWithin(text, lines);
    }
    catch (err) {
        // The bounds leave the parser nothing to fail on; should it fail anyway, that is still the
        // config's problem (exit 2), never a crash.
        return {
            doc: new dist/* Document */.yo(),
            lines,
            problems: [{ message: `cannot read the YAML: ${err.message}` }],
        };
    }
}
function readWithin(text, lines) {
    if (text.length > yamlLimits/* YAML_LIMITS */.X.chars) {
        return {
            doc: new dist/* Document */.yo(),
            lines,
            problems: [
                {
                    message: `the config has ${count(text.length)} characters; the limit is ${count(yamlLimits/* YAML_LIMITS */.X.chars)} (1 MiB)`,
                },
            ],
        };
    }
    const lexical = text.length > LEX_FIRST_CHARS ? lexicalProblem(text) : undefined;
    if (lexical) {
        // Lines are counted here only for the message: the parser, which counts them, is not run.
        lines.addNewLine(0);
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
            lines.addNewLine(i + 1);
        return { doc: new dist/* Document */.yo(), lines, problems: [lexical] };
    }
    const tokens = Array.from(new dist/* Parser */.iX(lines.addNewLine).parse(text));
    const shape = tokenShapeProblem(tokens);
    if (shape)
        return { doc: new dist/* Document */.yo(), lines, problems: [shape] };
    // Duplicate keys are found below in linear time; the composer's own check is quadratic.
    const docs = Array.from(new dist/* Composer */.Dk({ uniqueKeys: false }).compose(tokens, true, text.length));
    const doc = docs[0] ?? new dist/* Document */.yo();
    const problems = doc.errors.map((e) => ({
        offset: e.pos[0],
        message: e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''),
    }));
    if (docs.length > 1)
        problems.push({
            offset: docs[1].range[0],
            message: 'the config must be one YAML document (remove the "---" line)',
        });
    if (problems.length === 0)
        problems.push(...new TreeCheck(doc).run());
    return { doc, lines, problems: problems.sort((a, b) => (a.offset ?? 0) - (b.offset ?? 0)) };
}
const NESTED = `mappings and lists are nested more than ${yamlLimits/* YAML_LIMITS */.X.depth} levels deep`;
/**
 * Past this size the lexer looks at nesting and size before the parser runs. Up to it, no text
 * can hold more values than the limit, and the parser reads even the deepest nesting in a few
 * hundred milliseconds (linear in the text), leaving the token tree walk to refuse it before the
 * recursive composer: a second lexing pass would cost an ordinary config more than that risk.
 */
const LEX_FIRST_CHARS = 64 * 1024;
/**
 * Nesting and size on the lexer's tokens. Flow collections nest by brackets; block collections
 * nest by indentation, except that one line may open several (`- - - x`, `? ? x`): more than two
 * indicators per level on one line is deeper than the limit.
 */
function lexicalProblem(text) {
    let offset = 0;
    let flow = 0;
    let onLine = 0;
    let values = 0;
    for (const token of new dist/* Lexer */.JG().lex(text)) {
        switch (dist/* CST */.DB.tokenType(token)) {
            case 'flow-map-start':
            case 'flow-seq-start':
                values++;
                if (++flow > yamlLimits/* YAML_LIMITS */.X.depth)
                    return { offset, message: NESTED };
                break;
            case 'flow-map-end':
            case 'flow-seq-end':
                flow = Math.max(0, flow - 1);
                break;
            case 'seq-item-ind':
            case 'explicit-key-ind':
            case 'map-value-ind':
                if (flow === 0 && ++onLine > 2 * yamlLimits/* YAML_LIMITS */.X.depth)
                    return { offset, message: NESTED };
                break;
            case 'newline':
                onLine = 0;
                break;
            default:
        }
        // The lexer marks where a scalar starts with a character that is not in the text.
        if (token === dist/* CST */.DB.SCALAR)
            values++;
        else if (token !== dist/* CST */.DB.DOCUMENT && token !== dist/* CST */.DB.FLOW_END)
            offset += token.length;
        if (values > yamlLimits/* YAML_LIMITS */.X.values)
            return { offset, message: tooManyValues(values) };
    }
    return undefined;
}
/** Nesting and size on the token tree, walked with an explicit stack: no recursion to overflow. */
function tokenShapeProblem(tokens) {
    let values = 0;
    const stack = tokens.map((token) => ({ token, depth: 0 }));
    while (stack.length > 0) {
        const { token, depth } = stack.pop();
        if (token.type === 'document') {
            if (token.value)
                stack.push({ token: token.value, depth });
            continue;
        }
        if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
            if (depth >= yamlLimits/* YAML_LIMITS */.X.depth)
                return { offset: token.offset, message: NESTED };
            for (const item of token.items) {
                if (item.key)
                    stack.push({ token: item.key, depth: depth + 1 });
                if (item.value)
                    stack.push({ token: item.value, depth: depth + 1 });
            }
        }
        if (++values > yamlLimits/* YAML_LIMITS */.X.values)
            return { offset: token.offset, message: tooManyValues(values) };
    }
    return undefined;
}
function tooManyValues(n) {
    return `the config holds more than ${count(n - 1)} keys and values; that is the limit`;
}
const ZERO = { chars: 0, values: 1, depth: 0 };
/**
 * Keys that must never reach an object: `__proto__` would set a prototype, and `<<` is a YAML
 * merge key, which this config does not support (profiles have `extends` and `overrides`).
 */
function keyProblem(key) {
    if (key === '__proto__')
        return 'the key "__proto__" is not allowed';
    if (key === '<<')
        return "YAML merge keys (<<) are not supported: share settings with a profile's extends and overrides, or with vars";
    return undefined;
}
/**
 * The composed tree: keys that are names, unique and allowed; strings within their bound; and
 * the size the document has once every alias is replaced by what it stands for. Each node is
 * measured once (aliases reuse the measure), so this is linear in the file.
 */
class TreeCheck {
    doc;
    sizes = new Map();
    problems = [];
    path = [];
    constructor(doc) {
        this.doc = doc;
    }
    run() {
        const total = this.measure(this.doc.contents);
        if (this.problems.length > 0)
            return this.problems;
        const through = 'once its aliases are expanded';
        if (total.values > yamlLimits/* YAML_LIMITS */.X.values)
            this.problems.push({
                offset: 0,
                message: `the config holds ${count(total.values)} keys and values ${through}; the limit is ${count(yamlLimits/* YAML_LIMITS */.X.values)}`,
            });
        else if (total.chars > yamlLimits/* YAML_LIMITS */.X.expandedChars)
            this.problems.push({
                offset: 0,
                message: `the config has ${count(total.chars)} characters ${through}; the limit is ${count(yamlLimits/* YAML_LIMITS */.X.expandedChars)}`,
            });
        else if (total.depth > yamlLimits/* YAML_LIMITS */.X.depth)
            this.problems.push({ offset: 0, message: `${NESTED} ${through}` });
        return this.problems;
    }
    add(node, message, key) {
        const path = key === undefined ? [...this.path] : [...this.path, key];
        this.problems.push({ offset: node?.range?.[0] ?? 0, message, path });
    }
    measure(node) {
        if (node === null || node === undefined)
            return ZERO;
        if ((0,dist/* isAlias */.Vj)(node)) {
            const target = node.resolve(this.doc);
            if (!target) {
                this.add(node, `the alias *${node.source} names no anchor (&${node.source}) before it`);
                return ZERO;
            }
            const known = this.sizes.get(target);
            if (known === 'measuring') {
                this.add(node, `the alias *${node.source} refers to a value that contains it`);
                return ZERO;
            }
            return known ?? this.measure(target);
        }
        const n = node;
        const known = this.sizes.get(n);
        if (known && known !== 'measuring')
            return known;
        this.sizes.set(n, 'measuring');
        let size;
        if ((0,dist/* isScalar */.jn)(n))
            size = this.scalar(n.value, n);
        else if ((0,dist/* isMap */.jh)(n))
            size = this.map(n.items);
        else if ((0,dist/* isSeq */.oP)(n))
            size = this.seq(n.items);
        else
            size = ZERO;
        this.sizes.set(n, size);
        return size;
    }
    scalar(value, node) {
        const chars = value === null || value === undefined ? 0 : String(value).length;
        if (chars > yamlLimits/* YAML_LIMITS */.X.stringChars)
            this.add(node, `a value of ${count(chars)} characters is too long: the limit is ${count(yamlLimits/* YAML_LIMITS */.X.stringChars)}`);
        return { chars, values: 1, depth: 0 };
    }
    map(items) {
        const seen = new Set();
        const size = { chars: 0, values: 1, depth: 1 };
        for (const pair of items) {
            const keyNode = pair.key;
            let key;
            if (keyNode === null || keyNode === undefined)
                key = '';
            else if ((0,dist/* isScalar */.jn)(keyNode)) {
                const source = keyNode.source;
                key = keyNode.value === null || keyNode.value === undefined ? '' : String(keyNode.value);
                const problem = keyProblem(typeof source === 'string' && source === '<<' ? '<<' : key);
                if (problem) {
                    this.add(keyNode, problem, key);
                    continue;
                }
            }
            else {
                this.add(keyNode, 'a key must be a plain name, not a list, a mapping or an alias');
                continue;
            }
            if (seen.has(key)) {
                this.add(keyNode, `duplicate key "${key.length > 60 ? `${key.slice(0, 57)}...` : key}": map keys must be unique`, key);
                continue;
            }
            seen.add(key);
            this.path.push(key);
            const k = this.measure(keyNode);
            const v = this.measure(pair.value);
            this.path.pop();
            size.chars += k.chars + v.chars;
            size.values += k.values + v.values;
            size.depth = Math.max(size.depth, 1 + v.depth);
        }
        return size;
    }
    seq(items) {
        const size = { chars: 0, values: 1, depth: 1 };
        items.forEach((item, i) => {
            this.path.push(i);
            const v = this.measure(item);
            this.path.pop();
            size.chars += v.chars;
            size.values += v.values;
            size.depth = Math.max(size.depth, 1 + v.depth);
        });
        return size;
    }
}
/**
 * The document as plain data. The bounds above already hold the result small; aliases are
 * counted there, so yaml's own alias counter (which rejects ordinary reuse) is not needed.
 */
function yamlToData(doc) {
    return doc.toJS({ maxAliasCount: -1 });
}

;// CONCATENATED MODULE: ./src/config/locate.ts


/** A parsed YAML file that can say where any key path is. */
class SourceFile {
    file;
    text;
    doc;
    /** Syntax errors and broken size bounds; the document is not to be used when there are any. */
    problems;
    lines;
    constructor(file, text) {
        this.file = file;
        this.text = text;
        const parsed = parseBoundedYaml(text);
        this.doc = parsed.doc;
        this.lines = parsed.lines;
        this.problems = parsed.problems;
    }
    position(offset) {
        const { line, col } = this.lines.linePos(offset);
        return { line, column: col };
    }
    /**
     * Where a key path is: the value's node, or the key itself when `keyOnly`; for a path that does
     * not exist, the nearest existing parent.
     */
    locate(path, keyOnly = false) {
        let node = this.doc.contents;
        let best = node ?? undefined;
        for (let i = 0; i < path.length; i++) {
            const key = path[i];
            if ((0,dist/* isMap */.jh)(node)) {
                const pair = node.items.find((p) => (0,dist/* isPair */.tO)(p) && (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === String(key));
                if (!pair)
                    break;
                const last = i === path.length - 1;
                if (last && keyOnly && (0,dist/* isScalar */.jn)(pair.key)) {
                    best = pair.key;
                    break;
                }
                node = pair.value;
                best = ((0,dist/* isScalar */.jn)(pair.value) || (0,dist/* isMap */.jh)(pair.value) || (0,dist/* isSeq */.oP)(pair.value) ? pair.value : pair.key);
                if (!pair.value && (0,dist/* isScalar */.jn)(pair.key))
                    best = pair.key;
            }
            else if ((0,dist/* isSeq */.oP)(node)) {
                const item = node.items[Number(key)];
                if (!item)
                    break;
                node = item;
                best = item;
            }
            else
                break;
        }
        const range = best?.range;
        return range ? this.position(range[0]) : undefined;
    }
}

;// CONCATENATED MODULE: ./src/config/fullReading.ts



/**
 * The full reading of a config's YAML: the `yaml` library's document, which knows where every
 * key and value is, read within bounds (config/yaml.ts). Loaded when it is needed (config/load.ts):
 * for a config the quick reading declines or finds a problem in, and for a problem's place.
 */

/** The YAML of a config read into data; its syntax errors and broken bounds are a ConfigError. */
function readDocument(file, text) {
    const source = new SourceFile(file, text);
    const issues = new config_issues/* IssueList */.o(source);
    if (source.problems.length > 0) {
        for (const p of source.problems.slice(0, config_issues/* MAX_ISSUES */.u)) {
            const pos = p.offset === undefined ? undefined : source.position(p.offset);
            issues.items.push({
                file,
                ...(pos ? { line: pos.line, column: pos.column } : {}),
                ...(p.path && p.path.length > 0 ? { path: p.path.join('.') } : {}),
                message: p.message,
            });
        }
        issues.throwIfAny();
    }
    let data;
    try {
        data = yamlToData(source.doc);
    }
    catch (err) {
        // The checks above leave nothing here to fail; should one be missed, it is still a config error.
        issues.add([], `cannot read the YAML: ${err.message}`);
        issues.throwIfAny();
    }
    return { source, issues, data };
}


/***/ })

};
