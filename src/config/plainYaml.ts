import { FAILSAFE_SCHEMA, load, type LoadOptions, type State, Type } from 'js-yaml';
import { YAML_LIMITS } from './yamlLimits.js';

/**
 * The quick reading of a config: the YAML nearly every config is — mappings, lists, scalars and
 * comments — read by a small parser (js-yaml), without the full reading's document of positions
 * (config/yaml.ts, the `yaml` library), which costs a gate most of its start before any check
 * runs. It gives the data the full reading would give, or declines (undefined) and the full
 * reading runs, with its messages and positions. It declines whatever it does not read the same
 * way for certain:
 * - anchors and aliases, tags, directives, keys that are lists, mappings or empty (`? `, `[a]: `,
 *   `~: `), more than one document, anything the parser warns about or refuses, and a text that
 *   is not a mapping;
 * - keys the full reading refuses (`__proto__`, `<<`) and duplicate keys;
 * - what the parser reads and the full reading refuses or reads otherwise (see each below): list
 *   items out of line, comments not after white space, tabs that indent, line breaks other than
 *   LF and CRLF, document markers with more on their line, block scalars whose last or first
 *   blank lines the two read apart;
 * - a text past the size up to which the bounds of YAML_LIMITS follow from its length, and data
 *   past those bounds (nesting, values, characters).
 * A config it reads is then validated; any problem there, and the full reading reads it again,
 * so that every message about a config comes from one reading. The two are compared on every
 * example, each YAML feature, mutated configs and random texts of YAML's pieces
 * (__tests__/config/plain-yaml.test.ts; `npm run bench:fuzz` at length).
 */

/** Up to this size a text cannot hold more values or characters than YAML_LIMITS allows. */
export const PLAIN_MAX_CHARS = 64 * 1024;

/**
 * Plain scalars resolved as YAML 1.2's core schema resolves them in the full reading (the `yaml`
 * library's core tags, tried in the same order, each with the same value). Their tag names hold a
 * space, which no tag written in YAML can: a text cannot name them.
 */
const TAG = 'promotion-gate core ';
const CORE: readonly [name: string, test: RegExp, value: (s: string) => unknown][] = [
  ['null', /^(?:~|[Nn]ull|NULL)?$/, () => null],
  ['bool', /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T'],
  ['int oct', /^0o[0-7]+$/, (s) => parseInt(s.substring(2), 8)],
  ['int', /^[-+]?[0-9]+$/, (s) => parseInt(s, 10)],
  ['int hex', /^0x[0-9a-fA-F]+$/, (s) => parseInt(s.substring(2), 16)],
  [
    'float nan',
    /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    (s) =>
      s.slice(-3).toLowerCase() === 'nan'
        ? Number.NaN
        : s[0] === '-'
          ? Number.NEGATIVE_INFINITY
          : Number.POSITIVE_INFINITY,
  ],
  ['float exp', /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, (s) => parseFloat(s)],
  ['float', /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, (s) => parseFloat(s)],
];
const SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: CORE.map(
    ([name, test, value]) =>
      new Type(TAG + name, {
        kind: 'scalar',
        resolve: (s: unknown) => typeof s === 'string' && test.test(s),
        construct: (s: string) => value(s),
      }),
  ),
});
/** The tags a node may have at its end: none, a plain scalar's, or one of the above. */
const RESOLVED: ReadonlySet<string | null> = new Set([null, '?', ...CORE.map(([name]) => TAG + name)]);

/** Thrown out of the parser to stop reading: the text is the full reading's. */
class Declined extends Error {}

/** Keys the full reading refuses, or that the parser gives for a key that was no name. */
const REFUSED_KEYS: ReadonlySet<string> = new Set(['__proto__', '<<', '', 'null', '[object Object]']);

/**
 * An explicit key indicator (`? `), which may introduce a key that is a list or a mapping: the
 * parser has read past it by the time it says so, and the full reading says what it is. Found in
 * comments and text too, where it costs only the quick reading.
 */
const EXPLICIT_KEY = /(?:^|[\s[{,])\?(?:\s|$)/m;

/**
 * Whether a block list's items keep its first item's column: the parser would take an item less
 * indented (`a:\n  - x\n- y`) as one more item of the list, where the full reading refuses it.
 * Looks at the lines of the list's text, from its first item to where the parser ended it;
 * comment lines may be anywhere.
 */
function itemsAligned(text: string, start: number, end: number): boolean {
  let at = start;
  while (at < end) {
    const c = text[at];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') at++;
    else if (c === '#') while (at < end && text[at] !== '\n') at++;
    else break;
  }
  if (text[at] !== '-') return true; // a flow list: its brackets say where it ends
  const column = at - (text.lastIndexOf('\n', at - 1) + 1);
  for (let line = text.indexOf('\n', at) + 1; line > 0 && line < end; line = text.indexOf('\n', line) + 1) {
    let c = line;
    while (c < end && text[c] === ' ') c++;
    if (c >= end || text[c] === '\n' || text[c] === '\r' || text[c] === '#') continue;
    if (c - line < column) return false;
  }
  return true;
}

/**
 * The parser's events: a node with an anchor or a tag of its own declines, as does a block list
 * whose items are not aligned. Every list and mapping made is noted: one the data does not hold
 * was made into a key (`[a]: 1`, `{ [a], b: 1 }`), which the parser turns into text.
 */
function listener(text: string, made: object[]) {
  const opened: number[] = [];
  return (event: 'open' | 'close', state: State): void => {
    if (event === 'open') {
      opened.push(state.position);
      return;
    }
    const start = opened.pop()!;
    const s = state as State & { tag: string | null; anchor: string | null; kind: string | null };
    if (s.anchor !== null || !RESOLVED.has(s.tag)) throw new Declined();
    if (s.kind === 'sequence' && !itemsAligned(text, start, s.position)) throw new Declined();
    if ((s.kind === 'sequence' || s.kind === 'mapping') && typeof s.result === 'object' && s.result !== null)
      made.push(s.result as object);
  };
}

/**
 * A comment right after a bracket, a comma or a closing quote (`[a]#c`, `"a"#c`), which the full
 * reading refuses: a comment must follow white space. A quote that follows white space, a colon,
 * a comma or an opening bracket opens its text (`"#fff"`), and `#` is then part of it. Found in
 * text too, where it costs only the quick reading.
 */
const UNSPACED_COMMENT = /[[\]{},]#|[^\s[{,:]["']#/;

/**
 * A block scalar that keeps its final line breaks (`|+`) or says its indentation (`|2`): the two
 * readings differ on the blank lines that end one.
 */
const BLOCK_SCALAR_HEADER = /[|>](?:[1-9]|[-+][1-9]|\+)/;

/**
 * A block scalar whose first lines hold only spaces, which the full reading refuses when they are
 * indented more than its text; a carriage return alone, which it reads as text where the parser
 * reads a line break; the characters that were line breaks in YAML 1.1 (NEL, LS, PS); and a
 * byte order mark past the start, which the full reading takes for the start of a document.
 */
const BLOCK_SCALAR_SPACES = /[|>][-+]?[ \t]*(?:#[^\n]*)?\r?\n(?:[ \t]*\r?\n)*[ \t]+\r?\n/;
const OTHER_LINE_BREAKS = /\r(?!\n)|[\u0085\u2028\u2029]|(?!^)\ufeff/;

/** A document marker with more on its line (`--- a: 1`, `---a`), which the two readings read apart. */
const MARKER_LINE = /^(?:---|\.\.\.)(?![ \t]*(?:#.*)?$)/m;

/** A line that starts with a tab (after spaces, if any): tabs are no indentation to the full reading. */
const TAB_INDENT = /^ *\t/m;

interface Size {
  values: number;
  chars: number;
  /** The lists and mappings the data holds. */
  held: Set<object>;
}

/**
 * Checks the data against the bounds as the full reading measures them (config/yaml.ts), and
 * its keys: false when anything there is for the full reading to say.
 */
function withinBounds(value: unknown, depth: number, size: Size): boolean {
  size.values++;
  if (value === null || typeof value !== 'object') {
    const chars = value === null ? 0 : String(value).length;
    if (chars > YAML_LIMITS.stringChars) return false;
    size.chars += chars;
    return true;
  }
  if (depth >= YAML_LIMITS.depth) return false;
  size.held.add(value);
  if (Array.isArray(value)) {
    for (const item of value) if (!withinBounds(item, depth + 1, size)) return false;
    return true;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const key of Object.keys(value)) {
    if (REFUSED_KEYS.has(key)) return false;
    if (!withinBounds(key, depth + 1, size)) return false;
    if (!withinBounds((value as Record<string, unknown>)[key], depth + 1, size)) return false;
  }
  return true;
}

/** A config's YAML as data (a mapping), or undefined when the full reading is to read it (see above). */
export function readPlainYaml(text: string): unknown {
  if (text.length > PLAIN_MAX_CHARS) return undefined;
  const unread = [
    /^%/m,
    EXPLICIT_KEY,
    UNSPACED_COMMENT,
    TAB_INDENT,
    BLOCK_SCALAR_HEADER,
    BLOCK_SCALAR_SPACES,
    OTHER_LINE_BREAKS,
    MARKER_LINE,
  ];
  if (unread.some((re) => re.test(text))) return undefined;
  const made: object[] = [];
  // Nesting is bounded before the recursive parser goes deeper than the data may (its own option).
  const options: LoadOptions & { maxDepth: number } = {
    schema: SCHEMA,
    listener: listener(text, made),
    onWarning: () => {
      throw new Declined();
    },
    maxDepth: YAML_LIMITS.depth + 2,
  };
  let data: unknown;
  try {
    data = load(text, options);
  } catch {
    return undefined;
  }
  // A config is a mapping; anything else is the full reading's to say.
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const size: Size = { values: 0, chars: 0, held: new Set() };
  if (!withinBounds(data, 0, size)) return undefined;
  if (size.values > YAML_LIMITS.values || size.chars > YAML_LIMITS.expandedChars) return undefined;
  if (made.some((collection) => !size.held.has(collection))) return undefined;
  return data;
}
