import { z } from 'zod';
import { parseCondition } from '../core/conditions.js';
import { parseDuration } from '../core/duration.js';

/** Field schemas shared by check types. Values may hold `${{ … }}` until interpolated. */

export const EXPRESSION = /\$\{\{.*?\}\}/;
export const hasExpression = (s: string): boolean => EXPRESSION.test(s);

export const duration = z
  .union([
    z.number().nonnegative(),
    z.string().refine((s) => hasExpression(s) || parseDuration(s) !== undefined, {
      message: 'expected a duration such as 500ms, 30s, 2m, 26h or 7d',
    }),
  ])
  .describe('A duration: 500ms, 30s, 2m, 26h, 7d, or a number of milliseconds');

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

export const stringList = z.union([z.string(), z.array(z.string()).min(1)]);
export const toList = (v: string | string[] | undefined): string[] =>
  v === undefined ? [] : Array.isArray(v) ? v : [v];

export const statusCodes = z.union([z.int().min(100).max(599), z.array(z.int().min(100).max(599)).min(1)]);
