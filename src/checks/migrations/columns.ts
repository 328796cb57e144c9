/** Column definitions of PostgreSQL DDL: types, defaults and identifiers, read from the text. */
import type { RuleId } from './rules.js';

export interface Token {
  kind: 'word' | 'quoted' | 'string' | 'number' | 'op' | 'punct';
  text: string;
  at: number;
}

const TOKEN =
  /\s+|([Ee]'(?:[^'\\]|\\.|'')*'|'(?:[^']|'')*'|\$([A-Za-z_][A-Za-z0-9_]*)?\$[\s\S]*?\$\2\$)|("(?:[^"]|"")*")|(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\.\d+)|([\p{L}_][\p{L}\p{N}_$]*)|(::|[-+*/<>=~!@#%^&|`?]+)|([()[\],.;])|([\s\S])/uy;

/** The tokens of a statement or a part of one; `at` is the offset in `s` plus `offset`. */
export function tokenize(s: string, offset = 0): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(s); m && m[0]; m = TOKEN.exec(s)) {
    const at = m.index + offset;
    if (m[1] !== undefined) out.push({ kind: 'string', text: m[1], at });
    else if (m[3] !== undefined) out.push({ kind: 'quoted', text: m[3], at });
    else if (m[4] !== undefined) out.push({ kind: 'number', text: m[4], at });
    else if (m[5] !== undefined) out.push({ kind: 'word', text: m[5], at });
    else if (m[6] !== undefined) out.push({ kind: 'op', text: m[6], at });
    else if (m[7] !== undefined || m[8] !== undefined) out.push({ kind: 'punct', text: m[0], at });
  }
  return out;
}

/** A name as PostgreSQL stores it: quotes removed, unquoted names folded to lower case. */
export function identifier(t: Token): string {
  return t.kind === 'quoted' ? t.text.slice(1, -1).replace(/""/g, '"') : t.text.toLowerCase();
}

const MAX_IDENTIFIER_BYTES = 63;

/** Names longer than PostgreSQL keeps (63 bytes), each once, with its offset. */
export function longIdentifiers(tokens: readonly Token[]): { name: string; at: number }[] {
  const seen = new Set<string>();
  const out: { name: string; at: number }[] = [];
  for (const t of tokens) {
    if (t.kind !== 'word' && t.kind !== 'quoted') continue;
    const name = identifier(t);
    if (Buffer.byteLength(name, 'utf8') <= MAX_IDENTIFIER_BYTES || seen.has(name)) continue;
    seen.add(name);
    out.push({ name, at: t.at });
  }
  return out;
}

export interface TypeRisk {
  rule: RuleId;
  at: number;
}

/**
 * What the style rules say about a column type written at `at` (the text after the column name,
 * or after TYPE). Arrays count as their element type, as in squawk.
 */
export function typeRisks(type: string, at: number): TypeRisk[] {
  const lead = /^\s*/.exec(type)![0].length;
  const t = type
    .slice(lead)
    .replace(/^pg_catalog\s*\.\s*/i, '')
    .toLowerCase();
  const where = at + lead;
  const name = /^"?([a-z_][a-z0-9_]*)"?/.exec(t)?.[1] ?? '';
  const rules: RuleId[] = [];
  if (/^(?:int|integer|int4|serial|serial4)$/.test(name)) rules.push('prefer-bigint-over-int');
  if (/^(?:smallint|int2|smallserial|serial2)$/.test(name)) rules.push('prefer-bigint-over-smallint');
  if (/^(?:serial[248]?|smallserial|bigserial)$/.test(name)) rules.push('prefer-identity');
  if (/^(?:varchar\s*\(|character\s+varying\s*\()/.test(t)) rules.push('prefer-text-field');
  if (name === 'timestamp' && !/^timestamp\s*(?:\(\s*\d+\s*\))?\s*with\s+time\s+zone\b/.test(t))
    rules.push('prefer-timestamptz');
  if (/^(?:char|character|bpchar|nchar)$/.test(name) && !/^(?:char|character)\s+varying\b/.test(t))
    rules.push('ban-char-field');
  if (/^national\s+char(?:acter)?\b(?!\s+varying)/.test(t)) rules.push('ban-char-field');
  return rules.map((rule) => ({ rule, at: where }));
}

/** Whether the type fills existing rows from a sequence when a column of it is added. */
export const isSerial = (type: string) => /^\s*"?(?:small|big)?serial[248]?"?(?![\w$])/i.test(type);

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
export function isStableDefault(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (t.kind === 'string' || t.kind === 'number' || t.kind === 'punct') continue;
    if (t.kind === 'quoted') return false;
    if (t.kind === 'op') {
      if (t.text === '::') i = skipType(tokens, i + 1) - 1;
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
      if (
        CONSTANT_WORDS.has(w) &&
        w !== 'array' &&
        tokens[i + 2]?.kind === 'number' &&
        tokens[i + 3]?.text === ')'
      ) {
        i += 3;
        continue;
      }
      if (w === 'array' || !CONSTANT_WORDS.has(w)) return false;
    }
    if (CONSTANT_WORDS.has(w)) {
      if (w === 'collate' && next) i++;
      continue;
    }
    // A typed literal: interval '1 day', date '2024-01-01'.
    if (next?.kind === 'string') {
      i++;
      continue;
    }
    if (/^(?:with|without|time|zone|precision|varying)$/.test(w)) continue;
    return false;
  }
  return true;
}

/** The index after a type name that follows `::` (`numeric(12, 2)[]`, `timestamp with time zone`). */
function skipType(tokens: readonly Token[], i: number): number {
  while (tokens[i] && (tokens[i]!.kind === 'word' || tokens[i]!.kind === 'quoted' || tokens[i]!.text === '.'))
    i++;
  if (tokens[i]?.text === '(') {
    let depth = 0;
    for (; i < tokens.length; i++) {
      if (tokens[i]!.text === '(') depth++;
      else if (tokens[i]!.text === ')' && --depth === 0) {
        i++;
        break;
      }
    }
  }
  while (tokens[i]?.text === '[' && tokens[i + 1]?.text === ']') i += 2;
  return i;
}

/** The parts of a column definition after its name. */
export interface ColumnDef {
  /** The type as written, and its offset. */
  type: string;
  typeAt: number;
  notNull: boolean;
  /** The DEFAULT expression's tokens (none when there is no DEFAULT), and its offset. */
  defaultTokens?: Token[];
  defaultAt?: number;
  generated?: 'stored' | 'identity';
  generatedAt?: number;
  references?: number;
  unique?: number;
  primaryKey?: number;
  check?: number;
}

const CONSTRAINT_START =
  /^(?:NOT|NULL|DEFAULT|CONSTRAINT|CHECK|UNIQUE|PRIMARY|REFERENCES|GENERATED|COLLATE|DEFERRABLE|INITIALLY)$/i;

/** Reads `type [constraints…]` (the text after a column name, at `at` in the statement). */
export function columnDef(rest: string, at: number): ColumnDef {
  const tokens = tokenize(rest, at);
  let depth = 0;
  let typeEnd = tokens.length;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text === '(') depth++;
    else if (t.text === ')') depth--;
    else if (depth === 0 && i > 0 && t.kind === 'word' && CONSTRAINT_START.test(t.text)) {
      typeEnd = i;
      break;
    }
  }
  const end = tokens[typeEnd]?.at ?? at + rest.length;
  const def: ColumnDef = {
    type: rest.slice(0, end - at).trim(),
    typeAt: tokens[0]?.at ?? at,
    notNull: false,
  };
  depth = 0;
  for (let i = typeEnd; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text === '(') depth++;
    else if (t.text === ')') depth--;
    if (depth !== 0 || t.kind !== 'word') continue;
    const w = t.text.toUpperCase();
    if (w === 'NOT' && tokens[i + 1]?.text.toUpperCase() === 'NULL') {
      def.notNull = true;
      i++;
    } else if (w === 'DEFAULT') {
      let j = i + 1;
      for (let d = 0; j < tokens.length; j++) {
        const u = tokens[j]!;
        if (u.text === '(') d++;
        else if (u.text === ')') d--;
        else if (d === 0 && j > i + 1 && endsDefault(tokens, j)) break;
      }
      def.defaultTokens = tokens.slice(i + 1, j);
      def.defaultAt = tokens[i + 1]?.at ?? t.at;
      i = j - 1;
    } else if (w === 'GENERATED') {
      def.generated = tokens.slice(i, i + 6).some((u) => /^IDENTITY$/i.test(u.text)) ? 'identity' : 'stored';
      def.generatedAt = t.at;
    } else if (w === 'REFERENCES') def.references = t.at;
    else if (w === 'UNIQUE') def.unique = t.at;
    else if (w === 'PRIMARY') def.primaryKey = t.at;
    else if (w === 'CHECK') def.check = t.at;
  }
  return def;
}

/** Whether the word at `j` starts the next constraint of a column, ending its DEFAULT expression. */
function endsDefault(tokens: readonly Token[], j: number): boolean {
  const u = tokens[j]!;
  if (u.kind !== 'word') return false;
  const w = u.text.toUpperCase();
  const prev = tokens[j - 1]?.text.toUpperCase();
  if (w === 'NOT') return tokens[j + 1]?.text.toUpperCase() === 'NULL' && prev !== 'IS';
  if (w === 'NULL') return prev !== 'IS' && prev !== 'NOT';
  return /^(?:CONSTRAINT|CHECK|UNIQUE|PRIMARY|REFERENCES|GENERATED|DEFERRABLE|INITIALLY|DEFAULT)$/.test(w);
}

/** Whether a default is only `NULL`, which adds nothing to existing rows. */
export const isNullDefault = (tokens: readonly Token[]) =>
  tokens.length > 0 && tokens.every((t) => /^null$/i.test(t.text) || t.text === '(' || t.text === ')');
