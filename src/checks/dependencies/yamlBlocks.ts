import type { Pacer } from './pace.js';
import { isBlank, isLineBreak, isSpace } from './types.js';

/** One `key: value` line of a block YAML document. */
export interface YamlEntry {
  /** Keys from the top of the document down to this one. */
  path: string[];
  /** The scalar after the colon, unquoted (a flow map or list as written); undefined when the key opens a block. */
  value: string | undefined;
  line: number;
}

const fail = (line: number, why: string): never => {
  throw new Error(`line ${line}: ${why}`);
};

function singleQuoted(s: string, line: number): [string, string] {
  let j = 1;
  for (;;) {
    const k = s.indexOf("'", j);
    if (k < 0) return fail(line, 'a quoted string does not end on its line');
    if (s[k + 1] === "'") {
      j = k + 2;
      continue;
    }
    return [s.slice(1, k).replace(/''/g, "'"), s.slice(k + 1)];
  }
}

function doubleQuoted(s: string, line: number): [string, string] {
  let k = 1;
  for (;;) {
    k = s.indexOf('"', k);
    if (k < 0) return fail(line, 'a quoted string does not end on its line');
    let backslashes = 0;
    for (let b = k - 1; s[b] === '\\'; b--) backslashes++;
    if (backslashes % 2 === 0) break;
    k++;
  }
  try {
    return [JSON.parse(s.slice(0, k + 1)) as string, s.slice(k + 1)];
  } catch {
    return fail(line, 'a double-quoted string with an escape this reader does not take');
  }
}

/** Where a plain key ends, `/^(.*?):(?=\s|$)/` read in place: the place of its colon, or -1. */
export function plainKeyEnd(body: string): number {
  for (let j = 0; j < body.length; j++) {
    const c = body.charCodeAt(j);
    if (c === 0x3a /* : */ && (j + 1 === body.length || isSpace(body.charCodeAt(j + 1)))) return j;
    if (isLineBreak(c)) return -1;
  }
  return -1;
}

/**
 * Reads a block YAML document line by line, as lockfile writers (pnpm's) lay it out: mappings
 * by indentation, scalars, quoted strings and one-line flow maps and lists. A large lockfile
 * parsed whole by a general YAML parser takes seconds and holds the event loop all that time;
 * this takes one pass and pauses as it goes. It fails on what it does not understand (anchors,
 * aliases, tags, complex keys, a scalar continued on another line) rather than guess, since a
 * line it skipped could be the one that matters.
 */
export async function readYamlBlocks(
  text: string,
  pace: Pacer,
  onEntry: (e: YamlEntry) => void,
): Promise<void> {
  const lines = text.split('\n');
  const stack: { indent: number; key: string }[] = [];
  /** The keys of `stack`, from the top of the document down. */
  const keys: string[] = [];
  /** Lines indented deeper than this belong to a block scalar or a list item: data, not structure. */
  let skipDeeperThan = -1;
  for (let i = 0; i < lines.length; i++) {
    if (pace.due()) await pace.turn();
    const n = i + 1;
    let raw = lines[i]!;
    if (raw.endsWith('\r')) raw = raw.slice(0, -1);
    let indent = 0;
    while (raw.charCodeAt(indent) === 0x20) indent++;
    const body = raw.slice(indent);
    if (isBlank(body) || body.startsWith('#')) continue;
    if (skipDeeperThan >= 0) {
      if (indent > skipDeeperThan) continue;
      skipDeeperThan = -1;
    }
    if (body.startsWith('\t')) fail(n, 'a tab in the indentation');
    if (indent === 0 && (body === '---' || body.startsWith('--- '))) {
      stack.length = 0; // the next document
      keys.length = 0;
      continue;
    }
    if (indent === 0 && body === '...') continue;
    while (stack.length && stack[stack.length - 1]!.indent >= indent) {
      stack.pop();
      keys.pop();
    }
    if (body === '-' || body.startsWith('- ')) {
      skipDeeperThan = indent;
      continue;
    }
    let key: string;
    let rest: string;
    if (body[0] === "'") [key, rest] = singleQuoted(body, n);
    else if (body[0] === '"') [key, rest] = doubleQuoted(body, n);
    else if ('?&*![]{}|>%@`,'.includes(body[0]!))
      return fail(n, `"${body[0]}" opens something this reader does not take`);
    else {
      const end = plainKeyEnd(body);
      if (end < 0) return fail(n, 'expected "key: value"');
      key = body.slice(0, end).trimEnd();
      rest = body.slice(end);
    }
    rest = rest.trimStart();
    if (!rest.startsWith(':')) fail(n, 'expected ":" after the key');
    let value = rest.slice(1).trim();
    const path = [...keys, key];
    if (!value || value.startsWith('#')) {
      stack.push({ indent, key });
      keys.push(key);
      onEntry({ path, value: undefined, line: n });
      continue;
    }
    const c = value[0]!;
    if (c === '|' || c === '>') {
      skipDeeperThan = indent;
      onEntry({ path, value: '', line: n });
      continue;
    }
    if (c === '&' || c === '*' || c === '!') fail(n, 'anchors, aliases and tags are not read');
    if (c === "'" || c === '"') {
      const [v, after] = c === "'" ? singleQuoted(value, n) : doubleQuoted(value, n);
      if (after.trim() && !after.trim().startsWith('#')) fail(n, 'text after a quoted value');
      value = v;
    } else if (c === '{' || c === '[') {
      if (!value.endsWith(c === '{' ? '}' : ']')) fail(n, 'a flow collection does not end on its line');
    } else if (value.includes('#')) value = value.replace(/\s+#.*$/, '');
    onEntry({ path, value, line: n });
  }
}

/** A flow map's key without single quotes around it (`/^'(.*)'$/` → `$1`). */
function unquoteKey(k: string): string {
  if (k.length < 2 || k.charCodeAt(0) !== 0x27 || k.charCodeAt(k.length - 1) !== 0x27) return k;
  for (let i = 1; i < k.length - 1; i++) if (isLineBreak(k.charCodeAt(i))) return k;
  return k.slice(1, -1);
}

/** `{integrity: sha512-x, tarball: 'https://…'}` → its keys and unquoted values (one level). */
export function flowMap(raw: string, line: number): Map<string, string> {
  // `raw.trim().replace(/^\{/, '').replace(/\}$/, '')`, without a pattern per line.
  const t = raw.trim();
  const from = t.charCodeAt(0) === 0x7b /* { */ ? 1 : 0;
  const to = t.length > from && t.charCodeAt(t.length - 1) === 0x7d /* } */ ? t.length - 1 : t.length;
  const inner = t.slice(from, to);
  const out = new Map<string, string>();
  let i = 0;
  while (i < inner.length) {
    while (inner[i] === ' ' || inner[i] === ',') i++;
    if (i >= inner.length) break;
    const colon = inner.indexOf(':', i);
    if (colon < 0) fail(line, 'expected "key: value" in a flow map');
    const key = unquoteKey(inner.slice(i, colon).trim());
    i = colon + 1;
    while (inner[i] === ' ') i++;
    let value: string;
    const c = inner[i];
    if (c === '{' || c === '[') return fail(line, 'a nested flow collection');
    if (c === "'" || c === '"') {
      const [v, after] = c === "'" ? singleQuoted(inner.slice(i), line) : doubleQuoted(inner.slice(i), line);
      value = v;
      i = inner.length - after.length;
    } else {
      const end = inner.indexOf(',', i);
      value = inner.slice(i, end < 0 ? inner.length : end).trim();
      i = end < 0 ? inner.length : end;
    }
    out.set(key, value);
  }
  return out;
}
