import type { z } from 'zod';
import { CHECK_TYPE_NAMES, checkType } from '../checks/registry.js';
import { didYouMean } from '../core/text.js';
import { own } from './own.js';
import {
  checkSchemaOf,
  commonCheckFields,
  type DecisionSettings,
  type RawCheck,
  type RawConfig,
} from './schema.js';

export type KeyPath = (string | number)[];

/** A check as the selected profile sees it: fields merged, not yet interpolated. */
export interface ProfileCheck {
  id: string;
  raw: Record<string, unknown>;
  /** Where each top-level override came from (most specific first), to point errors at the right line. */
  overrideSources: { path: KeyPath; fields: Record<string, unknown> }[];
}

export interface ResolvedProfile {
  name: string;
  /** Profile chain from the root ancestor to this profile. */
  lineage: string[];
  checks: ProfileCheck[];
  decision: DecisionSettings;
}

function extendsOf(config: RawConfig, name: string): string[] {
  const e = own(config.profiles, name)?.extends;
  return e === undefined ? [] : Array.isArray(e) ? e : [e];
}

/** Detects unknown parents and cycles for every profile; returns issues with key paths. */
export function profileGraphIssues(config: RawConfig): { path: KeyPath; message: string }[] {
  const issues: { path: KeyPath; message: string }[] = [];
  const names = Object.keys(config.profiles);
  for (const name of names) {
    const parents = extendsOf(config, name);
    parents.forEach((p, i) => {
      if (!own(config.profiles, p)) {
        const path: KeyPath = Array.isArray(config.profiles[name]!.extends)
          ? ['profiles', name, 'extends', i]
          : ['profiles', name, 'extends'];
        const hint = didYouMean(p, names);
        issues.push({
          path,
          message: `extends unknown profile "${p}"${hint || ` (profiles: ${names.join(', ')})`}`,
        });
      }
    });
  }
  const state = new Map<string, 'visiting' | 'done'>();
  const reported = new Set<string>();
  const visit = (name: string, stack: string[]) => {
    if (state.get(name) === 'done' || !own(config.profiles, name)) return;
    if (state.get(name) === 'visiting') {
      const cycle = [...stack.slice(stack.indexOf(name)), name];
      const key = [...cycle].sort().join(',');
      if (!reported.has(key)) {
        reported.add(key);
        issues.push({
          path: ['profiles', name, 'extends'],
          message: `profiles extend each other in a cycle: ${cycle.join(' → ')}`,
        });
      }
      return;
    }
    state.set(name, 'visiting');
    for (const p of extendsOf(config, name)) visit(p, [...stack, name]);
    state.set(name, 'done');
  };
  for (const name of names) visit(name, []);
  return issues;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

/** Objects merge key by key; arrays and scalars are replaced. */
export function deepMerge(
  base: Record<string, unknown>,
  over: Record<string, unknown>,
): Record<string, unknown> {
  // Entries, not assignment: a key is always an own property, whatever its name.
  const out = new Map(Object.entries(base));
  for (const [k, v] of Object.entries(over)) {
    const b = out.get(k);
    out.set(k, isPlainObject(b) && isPlainObject(v) ? deepMerge(b, v) : v);
  }
  return Object.fromEntries(out);
}

/** Assumes the profile graph is valid (no cycles, known parents). */
export function resolveProfile(config: RawConfig, name: string): ResolvedProfile {
  const lineage: string[] = [];
  const seen = new Set<string>();
  const walk = (n: string) => {
    if (seen.has(n)) return;
    seen.add(n);
    for (const p of extendsOf(config, n)) walk(p);
    lineage.push(n);
  };
  walk(name);

  // In order of first mention; a Set keeps that order and finds ids in constant time.
  const ids = new Set<string>();
  const overrides = new Map<string, { path: KeyPath; fields: Record<string, unknown> }[]>();
  let decision: DecisionSettings = { ...config.decision };
  for (const n of lineage) {
    const p = own(config.profiles, n)!;
    for (const id of p.checks ?? []) ids.add(id);
    for (const id of p.exclude ?? []) ids.delete(id);
    for (const [id, fields] of Object.entries(p.overrides ?? {})) {
      const list = overrides.get(id) ?? [];
      list.unshift({ path: ['profiles', n, 'overrides', id], fields });
      overrides.set(id, list);
    }
    if (p.decision) {
      decision = {
        ...decision,
        ...p.decision,
        categories: { ...decision.categories, ...p.decision.categories },
      };
    }
  }
  const checks = [...ids].map((id) => {
    const sources = overrides.get(id) ?? [];
    // Shared, not copied, when nothing overrides it: nothing changes a check's fields in place,
    // and a copy per profile and check adds up in a large config.
    let raw = (own(config.checks, id) ?? {}) as Record<string, unknown>;
    if (typeof raw !== 'object' || raw === null) raw = {};
    for (const src of [...sources].reverse()) raw = deepMerge(raw, src.fields);
    return { id, raw, overrideSources: sources };
  });
  return { name, lineage, checks, decision };
}

function hasPath(obj: unknown, path: readonly (string | number)[]): boolean {
  let cur: unknown = obj;
  for (const k of path) {
    if (!isPlainObject(cur) && !Array.isArray(cur)) return false;
    if (!Object.hasOwn(cur as object, k)) return false;
    cur = (cur as Record<string, unknown>)[k as string];
  }
  return true;
}

/** Maps a key path inside a merged check to the YAML path it came from. */
export function sourcePathOf(check: ProfileCheck, inner: readonly (string | number)[]): KeyPath {
  for (let len = inner.length; len >= 1; len--) {
    const prefix = inner.slice(0, len);
    const src = check.overrideSources.find((s) => hasPath(s.fields, prefix));
    if (src) return [...src.path, ...inner];
  }
  return ['checks', check.id, ...inner];
}

/** Validates a merged (and possibly interpolated) check against its type's schema. */
export function validateCheck(
  check: ProfileCheck,
  raw: Record<string, unknown> = check.raw,
): {
  value?: RawCheck;
  issues: { path: KeyPath; message: string; keyOnly?: boolean }[];
} {
  const type = checkType(raw.type);
  if (!type) {
    const t = raw.type;
    const message =
      t === undefined
        ? 'a check needs a "type"'
        : `unknown check type ${describe(t)}${typeof t === 'string' ? didYouMean(t, CHECK_TYPE_NAMES) : ''}; known types: ${CHECK_TYPE_NAMES.join(', ')}`;
    return { issues: [{ path: sourcePathOf(check, ['type']), message }] };
  }
  const parsed = checkSchemaOf(type).safeParse(raw, { reportInput: true });
  if (parsed.success) return { value: parsed.data, issues: [] };
  return {
    issues: parsed.error.issues.flatMap((iss) => zodIssueToMessages(iss, check, raw)),
  };
}

/** Allowed values an error lists; a longer list is counted instead. */
const LISTED_VALUES = 12;

export function describeZodIssue(iss: z.core.$ZodIssue): string {
  switch (iss.code) {
    case 'invalid_type':
      // A schema's own message (a duration given as a bare number says which unit to add).
      if (!iss.message.startsWith('Invalid input')) return iss.message;
      return `expected ${iss.expected}${'input' in iss && iss.input !== undefined ? `, got ${describe(iss.input)}` : ', but it is missing'}`;
    case 'invalid_value': {
      const got =
        'input' in iss && iss.input !== undefined ? `, got ${describe(iss.input)}` : ', but it is missing';
      // A long list (the secret rules' ids) is named, not printed: the nearest value, and where
      // every value is listed.
      if (iss.values.length > LISTED_VALUES) {
        const near =
          'input' in iss && typeof iss.input === 'string'
            ? didYouMean(
                iss.input,
                iss.values.filter((v): v is string => typeof v === 'string'),
              )
            : '';
        return `expected one of ${iss.values.length} values${got}${near} (every one is in \`promotion-gate schema\`)`;
      }
      return `expected one of ${iss.values.map((v) => JSON.stringify(v)).join(', ')}${got}`;
    }
    case 'too_small':
      return `${iss.origin === 'array' ? 'needs at least' : 'must be at least'} ${iss.minimum}${iss.origin === 'array' ? ' item(s)' : iss.origin === 'string' ? ' character(s)' : ''}`;
    case 'too_big':
      if (iss.origin === 'string') return `may have at most ${iss.maximum} characters`;
      return `${iss.origin === 'array' ? 'may have at most' : 'must be at most'} ${iss.maximum}${iss.origin === 'array' ? ' item(s)' : ''}`;
    case 'invalid_format':
      return `expected ${iss.format}`;
    default:
      return iss.message;
  }
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `"${v.length > 60 ? `${v.slice(0, 57)}...` : v}"`;
  return `${typeof v} ${String(v)}`;
}

function zodIssueToMessages(
  iss: z.core.$ZodIssue,
  check: ProfileCheck,
  raw: Record<string, unknown>,
): { path: KeyPath; message: string; keyOnly?: boolean }[] {
  const inner = iss.path as (string | number)[];
  if (iss.code === 'unrecognized_keys') {
    return iss.keys.map((k) => ({
      path: sourcePathOf(check, [...inner, k]),
      message: `unknown key "${k}"${suggest(k, raw, inner)}`,
      keyOnly: true,
    }));
  }
  if (iss.code === 'invalid_union') {
    // Report the branch whose issues go deepest: the closest match.
    const branches = iss.errors;
    if (branches.length === 0) return [{ path: sourcePathOf(check, inner), message: describeZodIssue(iss) }];
    const best = branches.reduce((a, b) =>
      Math.max(...a.map((i) => i.path.length)) >= Math.max(...b.map((i) => i.path.length)) ? a : b,
    );
    const nested = best.filter((i) => i.path.length > 0 || best.length === 1);
    if (nested.length > 0 && branches.every((b) => b.length > 0)) {
      return nested.flatMap((i) =>
        zodIssueToMessages({ ...i, path: [...inner, ...i.path] } as z.core.$ZodIssue, check, raw),
      );
    }
  }
  return [{ path: sourcePathOf(check, inner), message: describeZodIssue(iss) }];
}

/** Suggests the allowed key closest to a misspelt one, at the check's top level. */
function suggest(key: string, raw: Record<string, unknown>, inner: readonly (string | number)[]): string {
  if (inner.length > 0) return '';
  const type = checkType(raw.type);
  if (!type) return '';
  return didYouMean(key, ['type', ...Object.keys(commonCheckFields), ...Object.keys(type.fields.shape)]);
}
