import type { Logger } from '../adapters/logger.js';
import { errorMessage } from '../core/errors.js';
import type { HotfixTracker, Reason } from '../core/types.js';
import type { PreviousRun } from '../decision/ratchet.js';
import type { Report } from '../report/types.js';
import { previousRun, runSummaryOf } from './summary.js';
import { openHotfix, transitionBase, transitionOf } from './transitions.js';
import type { HistoryRead, HistoryStore, RunSummary, Transition } from './types.js';

/** What the gate did with history, for the entries to print. */
export interface GateHistory {
  store: string;
  runId: string;
  /** The run the hotfix ratchet compared with. */
  previousRunId?: string;
  appended: boolean;
  problems: string[];
  /** This run's verdict or action differs from the profile's run before it. */
  transition?: Transition;
}

/** The ratchet compares with the newest valid run of the profile. */
export function ratchetBase(read: HistoryRead | undefined): PreviousRun | undefined {
  const run = read ? previousRun(read.runs) : undefined;
  return run ? { runId: run.runId, action: run.action, hotfixChecks: run.hotfixChecks } : undefined;
}

/** The hotfix tracker the newest valid run left open, and why it could not be read. */
export function hotfixBase(read: HistoryRead | undefined): { tracker?: HotfixTracker; problems: string[] } {
  const { tracker, problem } = openHotfix(read ? previousRun(read.runs) : undefined);
  return { ...(tracker ? { tracker } : {}), problems: problem ? [problem] : [] };
}

/**
 * Without history nothing compares runs: said in every report, so none promises a ratchet that
 * cannot fire. `hasPrevious`: the caller handed in the run to compare with, so the repeat ratchet can.
 */
export function historyOffNotes(hasPrevious: boolean): Reason[] {
  const what = hasPrevious
    ? 'the hotfix deadline cannot hold and status transitions cannot be detected'
    : 'neither the hotfix ratchet (a check needing a hotfix twice) nor the hotfix deadline can hold, and status transitions cannot be detected';
  return [
    {
      kind: 'history',
      blocking: false,
      observed: 'history off',
      threshold: 'runs compared through history',
      message: `history is off: ${what} (keep runs with --history, or the action input history)`,
    },
  ];
}

/** Non-blocking notes on what history could give: problems reading it, or a first run. */
export function historyNotes(
  store: string,
  read: HistoryRead,
  hasBase: boolean,
  more: readonly string[] = [],
): Reason[] {
  const notes: Reason[] = [];
  read = { ...read, problems: [...read.problems, ...more] };
  const shown = read.problems.slice(0, 5);
  for (const p of shown)
    notes.push({ kind: 'history', blocking: false, observed: p, message: `history (${store}): ${p}` });
  if (read.problems.length > shown.length)
    notes.push({
      kind: 'history',
      blocking: false,
      message: `history (${store}): ${read.problems.length - shown.length} more problem(s) not shown`,
    });
  if (!hasBase && read.problems.length === 0)
    notes.push({
      kind: 'history',
      blocking: false,
      message: `history (${store}): no earlier valid run of this profile; trends, drift and the hotfix ratchet start from this run`,
    });
  return notes;
}

/** Appends the sealed run; a store that fails is logged and reported, never fatal. */
export async function recordRun(
  store: HistoryStore,
  report: Report,
  runId: string,
  logger: Logger,
  readProblems: string[],
  previousRunId?: string,
  /** The profile's runs as read before this one: the transition is taken against them. */
  runs: readonly RunSummary[] = [],
): Promise<GateHistory> {
  const transition = transitionOf(transitionBase(runs, runId), report);
  const out: GateHistory = {
    store: store.describe(),
    runId,
    ...(previousRunId ? { previousRunId } : {}),
    appended: false,
    problems: [...readProblems],
    ...(transition ? { transition } : {}),
  };
  try {
    await store.append({ ...runSummaryOf(report, runId), ...(transition ? { transition } : {}) });
    out.appended = true;
  } catch (err) {
    const problem = `cannot record run ${runId} in ${store.describe()}: ${errorMessage(err)}`;
    out.problems.push(problem);
    logger.warn(problem);
  }
  return out;
}
