import { isShellScript } from '../checks/fields.js';
import type { CheckType } from '../checks/types.js';
import {
  type ExpressionRef,
  type InterpolationIssue,
  type Interpolator,
  parseExpressions,
} from './interpolate.js';
import type { KeyPath } from './resolve.js';
import { shellPlaces, shellReference } from './shell.js';

/**
 * Values never become shell code. In a field bash runs, each `${{ … }}` is replaced by a reference
 * to an environment variable (`"${PROMOTION_GATE_VALUE_INPUTS_VERSION}"`), and the value is given
 * to the process in that variable, so `-i 'v=1; touch pwned'` is one word with a semicolon in it.
 */

const shellFields = new WeakMap<CheckType, readonly string[]>();

/** The top-level fields of a check type that bash runs. */
export function shellFieldsOf(type: CheckType | undefined): readonly string[] {
  if (!type) return [];
  // Asked for every check, at load and again at plan: a type's fields are looked through once.
  let fields = shellFields.get(type);
  if (!fields) {
    fields = Object.entries(type.fields.shape)
      .filter(([, schema]) => isShellScript(schema as Parameters<typeof isShellScript>[0]))
      .map(([key]) => key);
    shellFields.set(type, fields);
  }
  return fields;
}

function unsafeMessage(r: ExpressionRef, where: string): string {
  return `${r.text} sits ${where}; put it where a value is one word (bare, or inside double quotes)`;
}

/** Expressions of a script that sit where no value can be passed safely; found without values. */
export function shellExpressionIssues(script: string): string[] {
  if (!script.includes('${{')) return [];
  const { refs } = parseExpressions(script);
  if (refs.length === 0) return [];
  return shellPlaces(script, refs).flatMap((slot, i) =>
    'unsafe' in slot ? [unsafeMessage(refs[i]!, slot.unsafe)] : [],
  );
}

/** Binds the expressions of one check's shell fields to environment variables. */
export class ShellBinder {
  /** Environment variable name → value, for the process that runs the field. */
  readonly values: Record<string, string> = {};
  private readonly names = new Map<string, string>();

  constructor(private readonly interp: Interpolator) {}

  bind(script: string, path: KeyPath, issues: InterpolationIssue[]): string {
    if (!script.includes('${{')) return script;
    const { refs, errors } = parseExpressions(script);
    for (const message of errors) issues.push({ path, message });
    if (refs.length === 0) return script;
    const places = shellPlaces(script, refs);
    let out = '';
    let at = 0;
    refs.forEach((r, i) => {
      const slot = places[i]!;
      out += script.slice(at, r.start);
      at = r.end;
      if ('unsafe' in slot) {
        issues.push({ path, message: unsafeMessage(r, slot.unsafe) });
        out += r.text;
        return;
      }
      const value = this.interp.valueOf(r, path, issues);
      out += value === undefined ? r.text : shellReference(this.nameFor(r, value), slot.place);
    });
    return out + script.slice(at);
  }

  /** One variable per distinct expression, named after it so the command line stays readable. */
  private nameFor(r: ExpressionRef, value: string): string {
    const key = JSON.stringify([r.ns, r.name, r.fallback ?? null]);
    const known = this.names.get(key);
    if (known) return known;
    const base = `PROMOTION_GATE_VALUE_${r.ns}_${r.name}`.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
    let name = base;
    for (let n = 2; Object.hasOwn(this.values, name); n++) name = `${base}_${n}`;
    this.values[name] = value;
    this.names.set(key, name);
    return name;
  }
}
