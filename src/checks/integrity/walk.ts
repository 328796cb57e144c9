import { directionOf, type Direction, judgeScalar, type Verdict } from './directions.js';
import type { KeyPath } from './types.js';

/**
 * Two values of the config compared by the direction table: mappings key by key, lists as sets
 * (items named by their path or name are compared field by field), scalars by their direction.
 * What nobody ranked is "unknown". The result is raw: the caller names keys and profiles.
 */

export interface RawChange {
  verdict: Exclude<Verdict, 'same'>;
  path: KeyPath;
  before: unknown;
  after: unknown;
  what: string;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** JSON with sorted keys: equal for equal values whatever the order of their keys. */
export function canonical(v: unknown): string {
  if (v instanceof Date) return JSON.stringify(v.toISOString());
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (isObject(v))
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
      .join(',')}}`;
  return JSON.stringify(v) ?? 'null';
}

const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/** A value as a finding shows it: short, one line (a line break shown as ⏎). */
export function show(v: unknown): string {
  if (v === undefined) return '(not set)';
  if (typeof v === 'string') {
    const line = v.replace(/\r?\n/g, ' ⏎ ').replace(/ $/, '');
    return line.length > 120 ? `${line.slice(0, 117)}...` : line;
  }
  if (Array.isArray(v)) {
    const items = v.map((x) => (typeof x === 'string' ? x : canonical(x)));
    const text = `[${items.join(', ')}]`;
    return text.length > 120 ? `${text.slice(0, 117)}...]` : text;
  }
  const text = isObject(v) ? canonical(v) : String(v);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

const IDENTITY_KEYS = ['id', 'name', 'path', 'url', 'preset', 'pattern', 'page', 'check'];

/** What makes a list item the same item in both revisions: its name or path, else all of it. */
function identity(item: unknown): string {
  if (isObject(item))
    for (const k of IDENTITY_KEYS) {
      const v = item[k];
      if (Object.hasOwn(item, k) && typeof v === 'string') return `${k}=${v}`;
    }
  return canonical(item);
}

const LIST_KINDS = new Set(['more-looser', 'fewer-looser']);

function listVerdict(d: Direction | undefined, removed: boolean): Exclude<Verdict, 'same'> {
  if (d?.kind === 'fewer-looser') return removed ? 'weaker' : 'stricter';
  if (d?.kind === 'more-looser') return removed ? 'stricter' : 'weaker';
  return 'unknown';
}

function walkList(scope: string, path: KeyPath, base: unknown, head: unknown, out: RawChange[]): void {
  const d = directionOf(scope, path);
  const b = Array.isArray(base) ? base : base === undefined ? [] : [base];
  const h = Array.isArray(head) ? head : head === undefined ? [] : [head];
  const bIds = new Map(b.map((x) => [identity(x), x] as const));
  const hIds = new Map(h.map((x, i) => [identity(x), { x, i }] as const));
  const removed = [...bIds.keys()].filter((k) => !hIds.has(k));
  const added = [...hIds.keys()].filter((k) => !bIds.has(k));
  const label = (x: unknown) =>
    typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean' ? String(x) : identity(x);
  if (removed.length > 0)
    out.push({
      verdict: listVerdict(d, true),
      path,
      before: base,
      after: head,
      what: `removed ${removed.map((k) => label(bIds.get(k))).join(', ')}`,
    });
  if (added.length > 0)
    out.push({
      verdict: listVerdict(d, false),
      path,
      before: base,
      after: head,
      what: `added ${added.map((k) => label(hIds.get(k)!.x)).join(', ')}`,
    });
  // Items in both: their own fields compare one by one (a request whose budget moved).
  for (const [k, bx] of bIds) {
    const hx = hIds.get(k);
    if (hx && isObject(bx) && isObject(hx.x)) walk(scope, [...path, hx.i], bx, hx.x, out);
  }
}

function walkKeys(
  scope: string,
  path: KeyPath,
  base: Record<string, unknown> | undefined,
  head: Record<string, unknown> | undefined,
  out: RawChange[],
  requirements: boolean,
): void {
  const b = base ?? {};
  const h = head ?? {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(h)])];
  for (const k of keys) {
    const inB = Object.hasOwn(b, k);
    const inH = Object.hasOwn(h, k);
    if (requirements && inB !== inH) {
      out.push({
        verdict: inB ? 'weaker' : 'stricter',
        path: [...path, k],
        before: inB ? b[k] : undefined,
        after: inH ? h[k] : undefined,
        what: inB ? 'removed' : 'added',
      });
      continue;
    }
    walk(scope, [...path, k], inB ? b[k] : undefined, inH ? h[k] : undefined, out);
  }
}

/** Compares one value of both revisions under `scope` (a check type, `decision` or `top`). */
export function walk(scope: string, path: KeyPath, base: unknown, head: unknown, out: RawChange[]): void {
  if (same(base, head)) return;
  const d = directionOf(scope, path);
  if (d?.kind === 'neutral') return;
  if (d?.kind === 'false-turns-off' && (base === false) !== (head === false)) {
    out.push({
      verdict: head === false ? 'weaker' : 'stricter',
      path,
      before: base,
      after: head,
      what: head === false ? 'turned off' : 'turned on',
    });
    return;
  }
  if (d && LIST_KINDS.has(d.kind)) return walkList(scope, path, base, head, out);
  const objects = (isObject(base) || base === undefined) && (isObject(head) || head === undefined);
  if (d?.kind === 'keys-fewer-looser' && objects)
    return walkKeys(scope, path, base as Record<string, unknown>, head as Record<string, unknown>, out, true);
  if (objects && (isObject(base) || isObject(head)) && d?.kind !== 'order')
    return walkKeys(
      scope,
      path,
      base as Record<string, unknown>,
      head as Record<string, unknown>,
      out,
      false,
    );
  if (!d && (Array.isArray(base) || Array.isArray(head))) {
    // A list nobody ranked: compare its items as a set, each named item field by field.
    return walkList(scope, path, base, head, out);
  }
  const verdict = d ? judgeScalar(d, base, head) : 'unknown';
  if (verdict === 'same') return;
  out.push({ verdict, path, before: base, after: head, what: describeMove(d, verdict) });
}

function describeMove(d: Direction | undefined, v: Verdict): string {
  if (!d || v === 'unknown') return 'changed, direction unknown';
  switch (d.kind) {
    case 'any-change':
      return 'what the check runs changed';
    case 'higher-looser':
      return v === 'weaker' ? 'raised' : 'lowered';
    case 'lower-looser':
      return v === 'weaker' ? 'lowered' : 'raised';
    case 'criterion':
      return v === 'weaker' ? 'loosened' : 'tightened';
    case 'false-looser':
    case 'true-looser':
      return v === 'weaker' ? 'relaxed' : 'enforced';
    case 'order':
      return v === 'weaker' ? 'lowered' : 'raised';
    default:
      return v === 'weaker' ? 'loosened' : 'tightened';
  }
}
