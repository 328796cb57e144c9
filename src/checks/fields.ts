import { z } from 'zod';
import { parseCondition } from '../core/conditions.js';
import { MAX_AGE_MS, MAX_TIMER_MS, parseDuration } from '../core/duration.js';

/** Field schemas shared by check types. Values may hold `${{ … }}` until interpolated. */

/**
 * Whether a string holds a `${{ … }}` expression. Two index searches rather than a lazy regex,
 * which would scan to the end of the string again for every `${{` in it.
 */
export function hasExpression(s: string): boolean {
  const open = s.indexOf('${{');
  return open >= 0 && s.indexOf('}}', open + 3) >= 0;
}

/** Longest URL a field takes; longer ones are mistakes or attacks on whatever logs them. */
export const MAX_URL_LENGTH = 8 * 1024;
/** Longest shell script a field takes (a command line, or a short script). */
export const MAX_SCRIPT_LENGTH = 16 * 1024;

const BARE_NUMBER = /^\s*\d+(?:\.\d+)?\s*$/;

/** What is wrong with a duration written in the config, or undefined. */
export function durationProblem(
  v: string,
  limit: { maxMs: number; maxText: string; positive?: boolean },
): string | undefined {
  if (hasExpression(v)) return undefined;
  if (BARE_NUMBER.test(v)) return noUnit(v.trim());
  const ms = parseDuration(v);
  if (ms === undefined) return 'expected a duration such as 500ms, 30s, 2m, 26h or 7d';
  if (ms > limit.maxMs) return `${v.trim()} is too long: ${limit.maxText}`;
  if (limit.positive && ms <= 0) return 'must be more than 0';
  return undefined;
}

function noUnit(n: string): string {
  return `${n} has no unit; write ${n}s (or ${n}ms)`;
}

function durationSchema(limit: { maxMs: number; maxText: string; positive?: boolean }) {
  // A number gets its own message: YAML reads `timeout: 30` as a number, which used to mean 30 ms.
  return z
    .string({
      error: (iss) =>
        typeof iss.input === 'number'
          ? Number.isFinite(iss.input) && iss.input >= 0
            ? noUnit(String(iss.input))
            : 'expected a duration with its unit, such as 500ms, 30s, 2m or 26h'
          : undefined,
    })
    .superRefine((v, ctx) => {
      const problem = durationProblem(v, limit);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
}

const TIMER = { maxMs: MAX_TIMER_MS, maxText: 'at most 24h' };

/** A time a timer waits (timeouts, backoffs, latency budgets): a unit, and at most 24h. */
export const duration = durationSchema(TIMER).describe(
  'A duration with its unit: 500ms, 30s, 2m or 26h (at most 24h)',
);

/** A timeout: like `duration`, and more than 0. */
export const timeout = durationSchema({ ...TIMER, positive: true }).describe(
  'A duration with its unit: 500ms, 30s, 2m or 26h (more than 0, at most 24h)',
);

/** An age or a window (how old evidence or data may be): a unit, and at most ten years. */
export const age = durationSchema({ maxMs: MAX_AGE_MS, maxText: 'at most 3650d (ten years)' }).describe(
  'A duration with its unit: 30m, 26h or 7d (at most 3650d)',
);

export const condition = z
  .string()
  .superRefine((s, ctx) => {
    if (hasExpression(s)) return;
    try {
      parseCondition(s);
    } catch (err) {
      ctx.addIssue({ code: 'custom', message: (err as Error).message });
    }
  })
  .describe(
    'A condition: `<path> <op> <value>`, e.g. `status == "ok"`, `tables.permits > 0`, `error not exists`',
  );

export const regex = z.string().superRefine((s, ctx) => {
  if (hasExpression(s)) return;
  try {
    new RegExp(s);
  } catch (err) {
    ctx.addIssue({ code: 'custom', message: `not a valid regular expression: ${(err as Error).message}` });
  }
});

export const httpUrl = z.string().superRefine((s, ctx) => {
  if (s.length > MAX_URL_LENGTH) {
    ctx.addIssue({
      code: 'custom',
      message: `a URL of ${s.length} characters is too long: at most ${MAX_URL_LENGTH}`,
    });
    return;
  }
  if (hasExpression(s)) return;
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    ctx.addIssue({ code: 'custom', message: `expected an absolute http(s) URL, got "${s}"` });
    return;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    ctx.addIssue({ code: 'custom', message: `expected an http or https URL, got protocol "${u.protocol}"` });
  }
});

/**
 * An absolute http(s) URL, or a path resolved against a base. Text that names another scheme
 * (`ftp:`, a misspelt `htps:`) is neither, and would only fail when the check runs.
 */
export const urlOrPath = z
  .string()
  .min(1)
  .superRefine((s, ctx) => {
    if (hasExpression(s)) return;
    const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(s)?.[1];
    if (scheme === undefined || /^https?$/i.test(scheme)) return;
    // `localhost:8080/x` reads as a scheme too: say what is expected either way.
    ctx.addIssue({
      code: 'custom',
      message: `expected an http(s) URL or a path, got "${s.length > 80 ? `${s.slice(0, 77)}...` : s}" (scheme "${scheme}:")`,
    });
  });

/**
 * Fields that bash runs. The planner never pastes a value into them: each `${{ … }}` becomes a
 * reference to an environment variable, and the values travel beside the spec (SHELL_VALUES).
 */
const shellScripts = z.registry<{ shell: true }>();

export const shellScript = z.string().min(1).max(MAX_SCRIPT_LENGTH).register(shellScripts, { shell: true });

/** Whether a field schema (optional, defaulted or described) is a `shellScript`. */
export function isShellScript(schema: z.core.$ZodType): boolean {
  let s: z.core.$ZodType | undefined = schema;
  for (let depth = 0; s && depth < 8; depth++) {
    if (shellScripts.get(s as z.ZodType)?.shell) return true;
    s = (s._zod.def as { innerType?: z.core.$ZodType }).innerType;
  }
  return false;
}

/**
 * Where a planned spec keeps the values of its shell fields' expressions: environment variable
 * name → value. A symbol, so it is no config key, and never written out with the spec.
 */
export const SHELL_VALUES = Symbol('promotion-gate shell values');

/** The environment a check adds to the process that runs its shell field. */
export function shellValues(spec: object): Record<string, string> {
  return (spec as { [SHELL_VALUES]?: Record<string, string> })[SHELL_VALUES] ?? {};
}

export const stringList = z.union([z.string(), z.array(z.string()).min(1)]);

/**
 * Fields that name files a check reads as what it judges (a report, results, a number), not files
 * it runs: the integrity check guards them, for a pull request that commits its own copy of one
 * would be judged by it. `key`: the field holds an object, whose `key` names the file.
 */
const readFiles = z.registry<{ judged: true; key?: string }>();

/**
 * A field schema naming a file (or globs) a check judges: see readFiles. A copy is marked, so a
 * shared schema (`stringList`) marks no other field.
 */
export function judgedFile<T extends z.ZodType>(schema: T, key?: string): T {
  const own = schema.clone() as T;
  readFiles.add(own, key === undefined ? { judged: true } : { judged: true, key });
  return own;
}

const judgedOfType = new WeakMap<object, readonly { field: string; key?: string }[]>();

/**
 * The top-level fields of a check type that name files it judges (see judgedFile), with the key
 * inside an object field; looked through once per type.
 */
export function judgedFieldsOf(
  type: { fields: { shape: Record<string, z.core.$ZodType> } } | undefined,
): readonly { field: string; key?: string }[] {
  if (!type) return [];
  let known = judgedOfType.get(type);
  if (!known) {
    known = judgedFileFields(type.fields.shape);
    judgedOfType.set(type, known);
  }
  return known;
}

function judgedFileFields(shape: Record<string, z.core.$ZodType>): { field: string; key?: string }[] {
  const out: { field: string; key?: string }[] = [];
  for (const [field, schema] of Object.entries(shape)) {
    let s: z.core.$ZodType | undefined = schema;
    for (let depth = 0; s && depth < 8; depth++) {
      const meta = readFiles.get(s as z.ZodType);
      if (meta) {
        out.push(meta.key === undefined ? { field } : { field, key: meta.key });
        break;
      }
      s = (s._zod.def as { innerType?: z.core.$ZodType }).innerType;
    }
  }
  return out;
}
export const toList = (v: string | string[] | undefined): string[] =>
  v === undefined ? [] : Array.isArray(v) ? v : [v];

export const statusCodes = z.union([z.int().min(100).max(599), z.array(z.int().min(100).max(599)).min(1)]);
