import { own } from './own.js';
import type { KeyPath } from './resolve.js';

/**
 * `${{ vars.X }}`, `${{ env.X }}`, `${{ inputs.X }}`, each with an optional fallback:
 * `${{ env.STAGING_URL || 'http://127.0.0.1:5001' }}`. The result is always a string.
 */
const BODY = /^([A-Za-z]+)\.([A-Za-z_][\w-]*)(?:\s*\|\|\s*(?:'([^']*)'|"([^"]*)"))?$/;
const NAMESPACES = ['vars', 'env', 'inputs'] as const;
type Namespace = (typeof NAMESPACES)[number];

/** Longest string interpolation may make: vars that use each other could otherwise double it each time. */
export const MAX_INTERPOLATED_LENGTH = 64 * 1024;

export interface ExpressionRef {
  text: string;
  ns: Namespace;
  name: string;
  fallback?: string;
  /** Where the expression is in the string: [start, end). */
  start: number;
  end: number;
}

export interface InterpolationIssue {
  path: KeyPath;
  message: string;
}

/**
 * Each `${{ … }}` of a string, found with index searches: once a `${{` has no `}}` after it, no
 * later one has either, so this is linear however the string is made.
 */
function* spans(text: string): Generator<{ start: number; end: number; body: string }> {
  let from = 0;
  for (;;) {
    const open = text.indexOf('${{', from);
    if (open < 0) return;
    const close = text.indexOf('}}', open + 3);
    if (close < 0) return;
    yield { start: open, end: close + 2, body: text.slice(open + 3, close).trim() };
    from = close + 2;
  }
}

export function parseExpressions(text: string): { refs: ExpressionRef[]; errors: string[] } {
  const refs: ExpressionRef[] = [];
  const errors: string[] = [];
  for (const { start, end, body: inner } of spans(text)) {
    const whole = text.slice(start, end);
    const body = BODY.exec(inner);
    if (!body) {
      errors.push(
        `cannot read expression "${clip(whole)}": expected \${{ vars.NAME }}, \${{ env.NAME }} or \${{ inputs.NAME }}, optionally followed by || 'default'`,
      );
      continue;
    }
    const ns = body[1] as Namespace;
    if (!NAMESPACES.includes(ns)) {
      errors.push(`unknown namespace "${body[1]}" in "${clip(whole)}": use vars, env or inputs`);
      continue;
    }
    refs.push({ text: whole, ns, name: body[2]!, fallback: body[3] ?? body[4], start, end });
  }
  return { refs, errors };
}

function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

/** Walks every string of a value, yielding its key path. */
export function* strings(value: unknown, path: KeyPath = []): Generator<{ path: KeyPath; text: string }> {
  if (typeof value === 'string') yield { path, text: value };
  else if (Array.isArray(value))
    for (let i = 0; i < value.length; i++) yield* strings(value[i], [...path, i]);
  else if (value && typeof value === 'object' && !(value instanceof Date))
    for (const [k, v] of Object.entries(value)) yield* strings(v, [...path, k]);
}

/** Syntax and `vars.X` references, checked without any inputs (for `validate`). */
export function expressionIssues(
  root: unknown,
  varNames: readonly string[],
  base: KeyPath = [],
): InterpolationIssue[] {
  const known = new Set(varNames);
  const issues: InterpolationIssue[] = [];
  for (const { path, text } of strings(root, base)) {
    if (!text.includes('${{')) continue;
    const { refs, errors } = parseExpressions(text);
    for (const e of errors) issues.push({ path, message: e });
    for (const r of refs) {
      if (r.ns === 'vars' && !known.has(r.name)) {
        issues.push({
          path,
          message: `${r.text} refers to an undefined var "${r.name}" (vars: ${varNames.slice(0, 20).join(', ') || 'none'}${varNames.length > 20 ? ', …' : ''})`,
        });
      }
    }
  }
  return issues;
}

export class Interpolator {
  /** Values that came from the environment: secrets unless proven otherwise, redacted everywhere. */
  readonly envValues = new Set<string>();
  /** Each var once: its value, or the problems that left it without one. */
  private readonly resolvedVars = new Map<string, string | InterpolationIssue[]>();

  constructor(
    private readonly vars: Readonly<Record<string, string | number | boolean>>,
    private readonly env: Readonly<Record<string, string | undefined>>,
    private readonly inputs: Readonly<Record<string, string>>,
  ) {}

  /** Returns the value with every expression replaced, and the problems found (unset inputs…). */
  interpolate<T>(value: T, path: KeyPath): { value: T; issues: InterpolationIssue[] } {
    const issues: InterpolationIssue[] = [];
    const out = this.walk(value, path, issues);
    return { value: out as T, issues };
  }

  /** The value one expression stands for; undefined (with the reason in `issues`) when it has none. */
  valueOf(r: ExpressionRef, path: KeyPath, issues: InterpolationIssue[]): string | undefined {
    return this.lookup(r, path, issues, []);
  }

  private walk(value: unknown, path: KeyPath, issues: InterpolationIssue[]): unknown {
    if (typeof value === 'string') return this.replace(value, path, issues, []);
    if (Array.isArray(value)) return value.map((v, i) => this.walk(v, [...path, i], issues));
    if (value && typeof value === 'object' && !(value instanceof Date))
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, this.walk(v, [...path, k], issues)]),
      );
    return value;
  }

  private replace(text: string, path: KeyPath, issues: InterpolationIssue[], stack: string[]): string {
    if (!text.includes('${{')) return text;
    const { refs, errors } = parseExpressions(text);
    for (const e of errors) issues.push({ path, message: e });
    // Built left to right from the original: a value is never searched for expressions again.
    let out = '';
    let at = 0;
    for (const r of refs) {
      const v = this.lookup(r, path, issues, stack);
      out += text.slice(at, r.start) + (v ?? r.text);
      at = r.end;
      if (out.length > MAX_INTERPOLATED_LENGTH) break;
    }
    out += text.slice(at);
    if (out.length > MAX_INTERPOLATED_LENGTH) {
      issues.push({
        path,
        message: `the value grows past ${MAX_INTERPOLATED_LENGTH.toLocaleString('en-US')} characters when interpolated`,
      });
      return text;
    }
    return out;
  }

  private lookup(
    r: ExpressionRef,
    path: KeyPath,
    issues: InterpolationIssue[],
    stack: string[],
  ): string | undefined {
    const orFallback = (v: string | undefined, missing: string): string | undefined => {
      if (v !== undefined && v !== '') return v;
      if (r.fallback !== undefined) return r.fallback;
      issues.push({ path, message: missing });
      return undefined;
    };
    if (r.ns === 'inputs') {
      return orFallback(
        own(this.inputs, r.name),
        `${r.text} has no value: pass --input ${r.name}=VALUE (in the action: inputs: "${r.name}=VALUE")`,
      );
    }
    if (r.ns === 'env') {
      const v = own(this.env, r.name);
      if (typeof v === 'string' && v !== '') this.envValues.add(v);
      return orFallback(
        typeof v === 'string' ? v : undefined,
        `${r.text} has no value: the environment variable ${r.name} is not set`,
      );
    }
    if (stack.includes(r.name)) {
      issues.push({
        path,
        message: `vars refer to each other in a cycle: ${[...stack, r.name].join(' → ')}`,
      });
      return undefined;
    }
    if (!Object.hasOwn(this.vars, r.name)) {
      issues.push({ path, message: `${r.text} refers to an undefined var "${r.name}"` });
      return undefined;
    }
    const cached = this.resolvedVars.get(r.name);
    if (typeof cached === 'string') return cached;
    if (cached !== undefined) {
      // Reported where the var is defined; said again so that this use is known to have no value.
      issues.push(...cached);
      return undefined;
    }
    // Each var is worked out once, failures included: vars that use each other many times
    // would otherwise be worked out again for every use.
    const found: InterpolationIssue[] = [];
    const v = this.replace(String(this.vars[r.name]), ['vars', r.name], found, [...stack, r.name]);
    issues.push(...found);
    this.resolvedVars.set(r.name, found.length > 0 ? found : v);
    return found.length > 0 ? undefined : v;
  }
}
