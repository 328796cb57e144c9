import type { KeyPath } from './resolve.js';

/**
 * `${{ vars.X }}`, `${{ env.X }}`, `${{ inputs.X }}`, each with an optional fallback:
 * `${{ env.STAGING_URL || 'http://127.0.0.1:5001' }}`. The result is always a string.
 */
const EXPR = /\$\{\{\s*(.*?)\s*\}\}/g;
const BODY = /^([A-Za-z]+)\.([A-Za-z_][\w-]*)(?:\s*\|\|\s*(?:'([^']*)'|"([^"]*)"))?$/;
const NAMESPACES = ['vars', 'env', 'inputs'] as const;
type Namespace = (typeof NAMESPACES)[number];

export interface ExpressionRef {
  text: string;
  ns: Namespace;
  name: string;
  fallback?: string;
}

export interface InterpolationIssue {
  path: KeyPath;
  message: string;
}

export function parseExpressions(text: string): { refs: ExpressionRef[]; errors: string[] } {
  const refs: ExpressionRef[] = [];
  const errors: string[] = [];
  for (const m of text.matchAll(EXPR)) {
    const body = BODY.exec(m[1]!);
    if (!body) {
      errors.push(
        `cannot read expression "${m[0]}": expected \${{ vars.NAME }}, \${{ env.NAME }} or \${{ inputs.NAME }}, optionally followed by || 'default'`,
      );
      continue;
    }
    const ns = body[1] as Namespace;
    if (!NAMESPACES.includes(ns)) {
      errors.push(`unknown namespace "${body[1]}" in "${m[0]}": use vars, env or inputs`);
      continue;
    }
    refs.push({ text: m[0], ns, name: body[2]!, fallback: body[3] ?? body[4] });
  }
  return { refs, errors };
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
  const issues: InterpolationIssue[] = [];
  for (const { path, text } of strings(root, base)) {
    const { refs, errors } = parseExpressions(text);
    for (const e of errors) issues.push({ path, message: e });
    for (const r of refs) {
      if (r.ns === 'vars' && !varNames.includes(r.name)) {
        issues.push({
          path,
          message: `${r.text} refers to an undefined var "${r.name}" (vars: ${varNames.join(', ') || 'none'})`,
        });
      }
    }
  }
  return issues;
}

export class Interpolator {
  /** Values that came from the environment: secrets unless proven otherwise, redacted everywhere. */
  readonly envValues = new Set<string>();
  private readonly resolvedVars = new Map<string, string>();

  constructor(
    private readonly vars: Readonly<Record<string, string | number | boolean>>,
    private readonly env: Readonly<Record<string, string | undefined>>,
    private readonly inputs: Readonly<Record<string, string>>,
  ) {}

  /** Returns the value with every expression replaced, and the problems found (unset inputs…). */
  interpolate<T>(value: T, path: KeyPath): { value: T; issues: InterpolationIssue[] } {
    const issues: InterpolationIssue[] = [];
    const out = this.walk(value, path, issues, []);
    return { value: out as T, issues };
  }

  private walk(value: unknown, path: KeyPath, issues: InterpolationIssue[], stack: string[]): unknown {
    if (typeof value === 'string') return this.replace(value, path, issues, stack);
    if (Array.isArray(value)) return value.map((v, i) => this.walk(v, [...path, i], issues, stack));
    if (value && typeof value === 'object' && !(value instanceof Date)) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = this.walk(v, [...path, k], issues, stack);
      return out;
    }
    return value;
  }

  private replace(text: string, path: KeyPath, issues: InterpolationIssue[], stack: string[]): string {
    if (!text.includes('${{')) return text;
    const { refs, errors } = parseExpressions(text);
    for (const e of errors) issues.push({ path, message: e });
    let out = text;
    for (const r of refs) {
      const v = this.lookup(r, path, issues, stack);
      if (v !== undefined) out = out.replace(r.text, () => v);
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
        this.inputs[r.name],
        `${r.text} has no value: pass --input ${r.name}=VALUE (in the action: inputs: "${r.name}=VALUE")`,
      );
    }
    if (r.ns === 'env') {
      const v = this.env[r.name];
      if (v !== undefined && v !== '') this.envValues.add(v);
      return orFallback(v, `${r.text} has no value: the environment variable ${r.name} is not set`);
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
    if (cached !== undefined) return cached;
    const before = issues.length;
    const v = this.replace(String(this.vars[r.name]), ['vars', r.name], issues, [...stack, r.name]);
    if (issues.length > before) return undefined;
    this.resolvedVars.set(r.name, v);
    return v;
  }
}
