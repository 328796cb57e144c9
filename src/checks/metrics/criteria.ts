import { z } from 'zod';
import { formatNumber } from '../../core/format.js';

/**
 * A numeric criterion: `>= 0.55`, `< 800`, `>= -0.05`, `>= -5%`, `<= +10%`; a bare number means
 * "at least". Thresholds compare a metric; drift rules compare the change from a baseline
 * (a `%` makes the change relative to the baseline).
 */
export interface Criterion {
  op: '>=' | '>' | '<=' | '<' | '==';
  value: number;
  percent: boolean;
  source: string;
}

const CRITERION = /^\s*(>=|>|<=|<|==)?\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)\s*(%)?\s*$/i;

export function parseCriterion(input: string | number): Criterion {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new Error(`criterion ${input} is not a finite number`);
    return { op: '>=', value: input, percent: false, source: `>= ${input}` };
  }
  const m = CRITERION.exec(input);
  if (!m) {
    throw new Error(
      `cannot read criterion "${input}": expected an operator (>=, >, <=, <, ==) and a number, e.g. ">= 0.8", "<= +10%"`,
    );
  }
  const op = (m[1] ?? '>=') as Criterion['op'];
  return { op, value: Number(m[2]), percent: m[3] !== undefined, source: `${op} ${m[2]}${m[3] ?? ''}` };
}

export function meets(observed: number, c: Criterion): boolean {
  if (Number.isNaN(observed)) return false;
  switch (c.op) {
    case '>=':
      return observed >= c.value;
    case '>':
      return observed > c.value;
    case '<=':
      return observed <= c.value;
    case '<':
      return observed < c.value;
    case '==':
      return observed === c.value;
  }
}

/** A config field holding a criterion, validated when the config is loaded. */
export const criterionField = z.union([z.number(), z.string()]).superRefine((v, ctx) => {
  if (typeof v === 'string' && v.includes('${{')) return;
  try {
    parseCriterion(v);
  } catch (err) {
    ctx.addIssue({ code: 'custom', message: (err as Error).message });
  }
});

/** A metric as people read it: the one number formatter (0.831, 812.6, 12,345; no float noise). */
export function fmt(n: number, near?: readonly number[]): string {
  return formatNumber(n, near ? { near } : {});
}
