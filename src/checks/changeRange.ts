import { describeRange } from '../change/range.js';
import { type ChangeRange, ChangeRangeError, type ChangeSource } from '../change/types.js';
import type { CheckOutcome } from '../core/types.js';
import type { CheckContext } from './types.js';

/**
 * The change a diff check reads, or the outcome to return when there is none: a range that
 * cannot be resolved is an `error` saying what to do, never an empty diff that passes.
 */
export async function changeFor(
  ctx: CheckContext,
): Promise<{ change: ChangeSource; range: ChangeRange; outcome?: undefined } | { outcome: CheckOutcome }> {
  if (!ctx.change)
    return {
      outcome: { status: 'error', summary: 'no diff range: this check reads the change a gate run promotes' },
    };
  try {
    const range = await ctx.change.range();
    ctx.log(`range ${describeRange(range)}`);
    for (const f of range.fetched) ctx.log(`fetched ${f}`);
    return { change: ctx.change, range };
  } catch (err) {
    if (err instanceof ChangeRangeError) return { outcome: { status: 'error', summary: err.message } };
    throw err;
  }
}

/** Short form for summaries: `abc1234..def5678`. */
export function rangeLabel(r: ChangeRange): string {
  return `${r.base.slice(0, 7)}..${r.head.slice(0, 7)}`;
}

/** Metrics every diff check reports, so a report shows what was compared. */
export function rangeMetrics(r: ChangeRange): Record<string, string> {
  return { base: r.base, head: r.head, rangeSource: r.source };
}
