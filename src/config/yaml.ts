import {
  Composer,
  CST,
  Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  Lexer,
  LineCounter,
  type Node,
  Parser,
} from 'yaml';
import { YAML_LIMITS } from './yamlLimits.js';

/**
 * Reads a config's YAML within fixed bounds (YAML_LIMITS), each checked before the step it
 * protects: the size before anything; nesting and value counts on the token stream (linear)
 * before the parser, which slows down on deep nesting; the same on the token tree before the
 * (recursive) composer; and the size aliases expand to before anything converts or copies the
 * document.
 */

export interface YamlProblem {
  /** Where in the text; absent for the file as a whole. */
  offset?: number;
  message: string;
  /** Key path of the value, when known. */
  path?: (string | number)[];
}

export interface BoundedYaml {
  /** The document; empty when the bounds stopped reading before it was built. */
  doc: Document;
  lines: LineCounter;
  /** Syntax errors and broken bounds, in file order. */
  problems: YamlProblem[];
}

const count = (n: number) => n.toLocaleString('en-US');

export function parseBoundedYaml(text: string): BoundedYaml {
  const lines = new LineCounter();
  try {
    return readWithin(text, lines);
  } catch (err) {
    // The bounds leave the parser nothing to fail on; should it fail anyway, that is still the
    // config's problem (exit 2), never a crash.
    return {
      doc: new Document(),
      lines,
      problems: [{ message: `cannot read the YAML: ${(err as Error).message}` }],
    };
  }
}

function readWithin(text: string, lines: LineCounter): BoundedYaml {
  if (text.length > YAML_LIMITS.chars) {
    return {
      doc: new Document(),
      lines,
      problems: [
        {
          message: `the config has ${count(text.length)} characters; the limit is ${count(YAML_LIMITS.chars)} (1 MiB)`,
        },
      ],
    };
  }
  const lexical = text.length > LEX_FIRST_CHARS ? lexicalProblem(text) : undefined;
  if (lexical) {
    // Lines are counted here only for the message: the parser, which counts them, is not run.
    lines.addNewLine(0);
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines.addNewLine(i + 1);
    return { doc: new Document(), lines, problems: [lexical] };
  }
  const tokens = Array.from(new Parser(lines.addNewLine).parse(text));
  const shape = tokenShapeProblem(tokens);
  if (shape) return { doc: new Document(), lines, problems: [shape] };

  // Duplicate keys are found below in linear time; the composer's own check is quadratic.
  const docs = Array.from(new Composer({ uniqueKeys: false }).compose(tokens, true, text.length));
  const doc = docs[0] ?? new Document();
  const problems: YamlProblem[] = doc.errors.map((e) => ({
    offset: e.pos[0],
    message: e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
  }));
  if (docs.length > 1)
    problems.push({
      offset: docs[1]!.range[0],
      message: 'the config must be one YAML document (remove the "---" line)',
    });
  if (problems.length === 0) problems.push(...new TreeCheck(doc).run());
  return { doc, lines, problems: problems.sort((a, b) => (a.offset ?? 0) - (b.offset ?? 0)) };
}

const NESTED = `mappings and lists are nested more than ${YAML_LIMITS.depth} levels deep`;

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
function lexicalProblem(text: string): YamlProblem | undefined {
  let offset = 0;
  let flow = 0;
  let onLine = 0;
  let values = 0;
  for (const token of new Lexer().lex(text)) {
    switch (CST.tokenType(token)) {
      case 'flow-map-start':
      case 'flow-seq-start':
        values++;
        if (++flow > YAML_LIMITS.depth) return { offset, message: NESTED };
        break;
      case 'flow-map-end':
      case 'flow-seq-end':
        flow = Math.max(0, flow - 1);
        break;
      case 'seq-item-ind':
      case 'explicit-key-ind':
      case 'map-value-ind':
        if (flow === 0 && ++onLine > 2 * YAML_LIMITS.depth) return { offset, message: NESTED };
        break;
      case 'newline':
        onLine = 0;
        break;
      default:
    }
    // The lexer marks where a scalar starts with a character that is not in the text.
    if (token === CST.SCALAR) values++;
    else if (token !== CST.DOCUMENT && token !== CST.FLOW_END) offset += token.length;
    if (values > YAML_LIMITS.values) return { offset, message: tooManyValues(values) };
  }
  return undefined;
}

/** Nesting and size on the token tree, walked with an explicit stack: no recursion to overflow. */
function tokenShapeProblem(tokens: readonly CST.Token[]): YamlProblem | undefined {
  let values = 0;
  const stack: { token: CST.Token; depth: number }[] = tokens.map((token) => ({ token, depth: 0 }));
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    if (token.type === 'document') {
      if (token.value) stack.push({ token: token.value, depth });
      continue;
    }
    if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (depth >= YAML_LIMITS.depth) return { offset: token.offset, message: NESTED };
      for (const item of token.items) {
        if (item.key) stack.push({ token: item.key, depth: depth + 1 });
        if (item.value) stack.push({ token: item.value, depth: depth + 1 });
      }
    }
    if (++values > YAML_LIMITS.values) return { offset: token.offset, message: tooManyValues(values) };
  }
  return undefined;
}

function tooManyValues(n: number): string {
  return `the config holds more than ${count(n - 1)} keys and values; that is the limit`;
}

interface Size {
  chars: number;
  values: number;
  depth: number;
}

const ZERO: Size = { chars: 0, values: 1, depth: 0 };

/**
 * Keys that must never reach an object: `__proto__` would set a prototype, and `<<` is a YAML
 * merge key, which this config does not support (profiles have `extends` and `overrides`).
 */
function keyProblem(key: string): string | undefined {
  if (key === '__proto__') return 'the key "__proto__" is not allowed';
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
  private readonly sizes = new Map<Node, Size | 'measuring'>();
  private readonly problems: YamlProblem[] = [];
  private readonly path: (string | number)[] = [];

  constructor(private readonly doc: Document) {}

  run(): YamlProblem[] {
    const total = this.measure(this.doc.contents);
    if (this.problems.length > 0) return this.problems;
    const through = 'once its aliases are expanded';
    if (total.values > YAML_LIMITS.values)
      this.problems.push({
        offset: 0,
        message: `the config holds ${count(total.values)} keys and values ${through}; the limit is ${count(YAML_LIMITS.values)}`,
      });
    else if (total.chars > YAML_LIMITS.expandedChars)
      this.problems.push({
        offset: 0,
        message: `the config has ${count(total.chars)} characters ${through}; the limit is ${count(YAML_LIMITS.expandedChars)}`,
      });
    else if (total.depth > YAML_LIMITS.depth)
      this.problems.push({ offset: 0, message: `${NESTED} ${through}` });
    return this.problems;
  }

  private add(node: Node | null | undefined, message: string, key?: string): void {
    const path = key === undefined ? [...this.path] : [...this.path, key];
    this.problems.push({ offset: node?.range?.[0] ?? 0, message, path });
  }

  private measure(node: unknown): Size {
    if (node === null || node === undefined) return ZERO;
    if (isAlias(node)) {
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
    const n = node as Node;
    const known = this.sizes.get(n);
    if (known && known !== 'measuring') return known;
    this.sizes.set(n, 'measuring');
    let size: Size;
    if (isScalar(n)) size = this.scalar(n.value, n);
    else if (isMap(n)) size = this.map(n.items);
    else if (isSeq(n)) size = this.seq(n.items);
    else size = ZERO;
    this.sizes.set(n, size);
    return size;
  }

  private scalar(value: unknown, node: Node): Size {
    const chars = value === null || value === undefined ? 0 : String(value).length;
    if (chars > YAML_LIMITS.stringChars)
      this.add(
        node,
        `a value of ${count(chars)} characters is too long: the limit is ${count(YAML_LIMITS.stringChars)}`,
      );
    return { chars, values: 1, depth: 0 };
  }

  private map(items: readonly { key: unknown; value: unknown }[]): Size {
    const seen = new Set<string>();
    const size: Size = { chars: 0, values: 1, depth: 1 };
    for (const pair of items) {
      const keyNode = pair.key as Node | null;
      let key: string;
      if (keyNode === null || keyNode === undefined) key = '';
      else if (isScalar(keyNode)) {
        const source = (keyNode as { source?: unknown }).source;
        key = keyNode.value === null || keyNode.value === undefined ? '' : String(keyNode.value);
        const problem = keyProblem(typeof source === 'string' && source === '<<' ? '<<' : key);
        if (problem) {
          this.add(keyNode, problem, key);
          continue;
        }
      } else {
        this.add(keyNode, 'a key must be a plain name, not a list, a mapping or an alias');
        continue;
      }
      if (seen.has(key)) {
        this.add(
          keyNode,
          `duplicate key "${key.length > 60 ? `${key.slice(0, 57)}...` : key}": map keys must be unique`,
          key,
        );
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

  private seq(items: readonly unknown[]): Size {
    const size: Size = { chars: 0, values: 1, depth: 1 };
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
export function yamlToData(doc: Document): unknown {
  return doc.toJS({ maxAliasCount: -1 });
}
