/**
 * The condition language shared by http, freshness and evidence checks:
 *   `status == "ok"`, `tables.permits > 0`, `tables.users exists`, `len(items) >= 3`,
 *   `version matches "^2\."`, `tags contains "prod"`, `errors not exists`.
 * A path walks JSON with dots and [index]; `$` is the whole document.
 */

export type Op = '==' | '!=' | '>' | '>=' | '<' | '<=' | 'contains' | 'matches' | 'exists' | 'not exists';
export type Literal = string | number | boolean | null;

export interface Condition {
  source: string;
  path: string[];
  length: boolean;
  op: Op;
  value?: Literal;
}

export interface ConditionResult {
  ok: boolean;
  /** The observed value, shown in reasons (`tables.permits = 0`). */
  observed: string;
  condition: string;
}

const PATH = String.raw`(?:\$|[A-Za-z_][\w-]*|\[\s*(?:\d+|"[^"]*"|'[^']*')\s*\])(?:\.[A-Za-z_][\w-]*|\.\d+|\[\s*(?:\d+|"[^"]*"|'[^']*')\s*\])*`;
const CONDITION = new RegExp(
  String.raw`^\s*(len\(\s*(${PATH})\s*\)|${PATH})\s*(==|!=|>=|<=|>|<|contains\b|matches\b|not\s+exists\b|exists\b)\s*(.*?)\s*$`,
);

export function parsePath(text: string): string[] {
  if (text === '$') return [];
  const parts: string[] = [];
  const re = /\[\s*(\d+|"[^"]*"|'[^']*')\s*\]|\.?([A-Za-z_][\w-]*|\d+)|\$/g;
  for (const m of text.matchAll(re)) {
    if (m[0] === '$') continue;
    const raw = m[1] ?? m[2]!;
    parts.push(raw.startsWith('"') || raw.startsWith("'") ? raw.slice(1, -1) : raw);
  }
  return parts;
}

function parseLiteral(text: string): Literal {
  if (/^"(?:[^"\\]|\\.)*"$/.test(text)) {
    // JSON escapes where they are valid; a regex such as "^2\." keeps its backslash as written.
    try {
      return JSON.parse(text) as string;
    } catch {
      return text.slice(1, -1);
    }
  }
  if (/^'.*'$/.test(text)) return text.slice(1, -1);
  if (/^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i.test(text)) return Number(text);
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (text === 'null') return null;
  return text;
}

/** Throws an Error with a readable message when the text is not a condition. */
export function parseCondition(source: string): Condition {
  const m = CONDITION.exec(source);
  if (!m) {
    throw new Error(
      `cannot read condition "${source}": expected "<path> <op> <value>" with op one of == != > >= < <= contains matches exists "not exists"`,
    );
  }
  const isLen = m[1]!.startsWith('len(');
  const pathText = isLen ? m[2]! : m[1]!;
  const op = m[3]!.replace(/\s+/, ' ') as Op;
  const rest = m[4] ?? '';
  if ((op === 'exists' || op === 'not exists') && rest !== '') {
    throw new Error(`cannot read condition "${source}": nothing may follow "${op}"`);
  }
  if (op !== 'exists' && op !== 'not exists' && rest === '') {
    throw new Error(`cannot read condition "${source}": a value must follow "${op}"`);
  }
  if (/^=/.test(rest)) {
    // `===` and `!==` are JavaScript, not this language: read as `==` and the text `= "ok"`,
    // the condition would never hold.
    throw new Error(
      `cannot read condition "${source}": "${op}=" is not an operator; use ${op === '!=' ? '!=' : '=='}`,
    );
  }
  if (op !== 'exists' && op !== 'not exists' && !/^(["']).*\1$/s.test(rest) && /["']/.test(rest)) {
    throw new Error(
      `cannot read condition "${source}": the value ${rest} has an unbalanced quote; quote a text value whole, e.g. "ok"`,
    );
  }
  const value = op === 'exists' || op === 'not exists' ? undefined : parseLiteral(rest);
  if (op === 'matches') {
    try {
      new RegExp(String(value));
    } catch (err) {
      throw new Error(`cannot read condition "${source}": ${(err as Error).message}`);
    }
  }
  if (['>', '>=', '<', '<='].includes(op) && typeof value !== 'number') {
    throw new Error(
      `cannot read condition "${source}": "${op}" compares numbers, got ${JSON.stringify(value)}`,
    );
  }
  return { source, path: parsePath(pathText), length: isLen, op, value };
}

export function getPath(doc: unknown, path: string[]): { found: boolean; value: unknown } {
  let cur: unknown = doc;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return { found: false, value: undefined };
    if (Array.isArray(cur)) {
      const i = Number(key);
      if (!Number.isInteger(i) || i < 0 || i >= cur.length) return { found: false, value: undefined };
      cur = cur[i];
    } else {
      if (!Object.hasOwn(cur, key)) return { found: false, value: undefined };
      cur = (cur as Record<string, unknown>)[key];
    }
  }
  return { found: true, value: cur };
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  return undefined;
}

function looseEquals(a: unknown, b: Literal | undefined): boolean {
  if (a === b) return true;
  if (typeof b === 'number') return toNumber(a) === b;
  if (typeof b === 'string' && (typeof a === 'number' || typeof a === 'boolean')) return String(a) === b;
  return false;
}

export function evaluateCondition(cond: Condition, doc: unknown): ConditionResult {
  const pathLabel = cond.path.length ? cond.path.join('.') : '$';
  const label = cond.length ? `len(${pathLabel})` : pathLabel;
  const got = getPath(doc, cond.path);
  let value: unknown = got.value;
  if (cond.length && got.found) {
    value =
      typeof value === 'string' || Array.isArray(value)
        ? value.length
        : value && typeof value === 'object'
          ? Object.keys(value).length
          : undefined;
  }
  const observed = `${label} = ${got.found ? describeValue(value) : 'missing'}`;
  const result = (ok: boolean): ConditionResult => ({ ok, observed, condition: cond.source.trim() });
  switch (cond.op) {
    case 'exists':
      return result(got.found && value !== null);
    case 'not exists':
      return result(!got.found || value === null);
    case '==':
      return result(got.found && looseEquals(value, cond.value));
    case '!=':
      return result(!got.found || !looseEquals(value, cond.value));
    case 'contains':
      if (typeof value === 'string') return result(value.includes(String(cond.value)));
      if (Array.isArray(value)) return result(value.some((v) => looseEquals(v, cond.value)));
      return result(false);
    case 'matches':
      return result(typeof value === 'string' && new RegExp(String(cond.value)).test(value));
    default: {
      const n = toNumber(value);
      const t = cond.value as number;
      if (n === undefined || Number.isNaN(n)) return result(false);
      const ok = cond.op === '>' ? n > t : cond.op === '>=' ? n >= t : cond.op === '<' ? n < t : n <= t;
      return result(ok);
    }
  }
}

/** `{ status: ok, "tables.permits": 3 }` → equality conditions, for the `json:` shorthand. */
export function equalityConditions(map: Record<string, Literal>): Condition[] {
  return Object.entries(map).map(([path, value]) => ({
    source: `${path} == ${JSON.stringify(value)}`,
    path: parsePath(path),
    length: false,
    op: '==' as const,
    value,
  }));
}
