import type { Logger } from '../adapters/logger.js';
import { errorMessage } from '../core/errors.js';
import type { Decision, Reason } from '../core/types.js';
import type { PreviousRun } from '../decision/evaluate.js';
import type { Report } from '../report/types.js';
import { previousRun, runSummaryOf } from './summary.js';
import type { HistoryRead, HistoryStore, RunSummary } from './types.js';

/** What the gate did with history, for the entries to print. */
export interface GateHistory {
  store: string;
  runId: string;
  /** The run the hotfix ratchet compared with. */
  previousRunId?: string;
  appended: boolean;
  problems: string[];
}

/** The ratchet compares with the newest valid run of the profile. */
export function ratchetBase(read: HistoryRead | undefined): { previous?: PreviousRun; run?: RunSummary } {
  const run = read ? previousRun(read.runs) : undefined;
  return run ? { previous: { action: run.action, hotfixChecks: run.hotfixChecks }, run } : {};
}

/**
 * Non-blocking reasons that say what history contributed: problems reading it, a first run, and
 * a ratchet that reset because the checks that needed a hotfix pass now.
 */
export function historyReasons(
  store: string,
  read: HistoryRead,
  base: RunSummary | undefined,
  decision: Decision,
  ratchet: boolean,
): Reason[] {
  const reasons: Reason[] = [];
  const shown = read.problems.slice(0, 5);
  for (const p of shown)
    reasons.push({ kind: 'history', blocking: false, observed: p, message: `history (${store}): ${p}` });
  if (read.problems.length > shown.length)
    reasons.push({
      kind: 'history',
      blocking: false,
      message: `history (${store}): ${read.problems.length - shown.length} more problem(s) not shown`,
    });
  if (!base && read.problems.length === 0)
    reasons.push({
      kind: 'history',
      blocking: false,
      message: `history (${store}): no earlier valid run of this profile; trends, drift and the hotfix ratchet start from this run`,
    });
  if (
    ratchet &&
    base?.action === 'promote-with-hotfix' &&
    !decision.ratchetTriggered &&
    decision.blockers.length === 0
  ) {
    const fixed = base.hotfixChecks.filter((c) => !decision.hotfixChecks.includes(c));
    if (fixed.length > 0)
      reasons.push({
        kind: 'ratchet-reset',
        check: fixed.join(', '),
        observed: `${fixed.join(', ')} above 3/5 now`,
        threshold: 'fixed since the last promote-with-hotfix',
        blocking: false,
        message: `hotfix ratchet reset: run ${base.runId} was promoted with a hotfix due for ${fixed.join(', ')}, which no longer need one`,
      });
  }
  return reasons;
}

/** Appends the sealed run; a store that fails is logged and reported, never fatal. */
export async function recordRun(
  store: HistoryStore,
  report: Report,
  runId: string,
  logger: Logger,
  readProblems: string[],
  previousRunId?: string,
): Promise<GateHistory> {
  const out: GateHistory = {
    store: store.describe(),
    runId,
    ...(previousRunId ? { previousRunId } : {}),
    appended: false,
    problems: [...readProblems],
  };
  try {
    await store.append(runSummaryOf(report, runId));
    out.appended = true;
  } catch (err) {
    const problem = `cannot record run ${runId} in ${store.describe()}: ${errorMessage(err)}`;
    out.problems.push(problem);
    logger.warn(problem);
  }
  return out;
}
