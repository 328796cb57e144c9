import type { HistoryView } from '../history/types.js';
import type { PromotedBase } from './range.js';

/**
 * The base a promotion is compared with when nothing more specific is given: the commit of the
 * newest valid run of this profile that was promoted.
 */
export function lastPromotedFrom(
  history: HistoryView | undefined,
): (() => Promise<PromotedBase | undefined>) | undefined {
  if (!history) return undefined;
  return async () => {
    const read = await history.read();
    for (let i = read.runs.length - 1; i >= 0; i--) {
      const run = read.runs[i]!;
      if (run.verdict === 'promote' && run.sha)
        return { sha: run.sha, detail: `last promoted run ${run.runId} of ${run.finishedAt.slice(0, 10)}` };
    }
    // Nothing promoted yet is normal; a store that could not be read must be visible.
    if (read.problems.length) throw new Error(read.problems.join('; '));
    return undefined;
  };
}
