import { z } from 'zod';
import { Redactor } from '../core/redact.js';
import type { HotfixTracker } from '../core/types.js';
import type { Report } from '../report/types.js';
import type { HistoryRead, RunSummary, Transition } from './types.js';

/**
 * Status transitions and the hotfix tracker, as history keeps them: both ride on the run
 * summaries (`transition`, `hotfix`), so every store keeps them as it keeps runs, concurrent
 * writers merge them like runs, and `history invalidate` takes them out with their run.
 */

/** Reasons a transition keeps: enough to say why, small enough for every run's record. */
const TRANSITION_REASONS = 10;

const isoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)));
const verdict = z.enum(['promote', 'hold']);
const action = z.enum(['auto-promote', 'promote-with-hotfix', 'hold']);

const transitionSchema = z.looseObject({
  from: z.looseObject({
    runId: z.string(),
    verdict,
    action,
    score: z.number(),
    finishedAt: isoDate,
  }),
  to: z.looseObject({ verdict, action, score: z.number() }),
  reasons: z.array(z.string()),
});

const trackerSchema = z.looseObject({
  state: z.enum(['open', 'closed']),
  openedAt: isoDate,
  deadline: isoDate.optional(),
  checks: z.array(z.string()),
  closedAt: isoDate.optional(),
});

/** The workflow run a run id belongs to (`4242` of `4242.2`); local ids are their own. */
function workflowRunOf(runId: string): string {
  const m = /^(\d+)\.\d+$/.exec(runId);
  return m ? m[1]! : runId;
}

/**
 * The run a new run is compared with for transitions: the newest valid run of the profile made by
 * another workflow run. A re-run attempt repeats its first attempt's observation, so it compares
 * with what that attempt compared with, finds the same transition, and the incident and
 * notification markers keep it from being told twice.
 */
export function transitionBase(runs: readonly RunSummary[], runId: string): RunSummary | undefined {
  const own = workflowRunOf(runId);
  for (let i = runs.length - 1; i >= 0; i--) {
    const r = runs[i]!;
    if (!r.invalid && workflowRunOf(r.runId) !== own) return r;
  }
  return undefined;
}

/** The transition from `previous` to this report, or undefined when the verdict and action held. */
export function transitionOf(previous: RunSummary | undefined, report: Report): Transition | undefined {
  if (!previous) return undefined;
  if (previous.verdict === report.verdict && previous.action === report.action) return undefined;
  const blocking = report.reasons.filter((r) => r.blocking);
  const shown = blocking.length > 0 ? blocking : report.reasons.filter((r) => r.kind !== 'history');
  return {
    from: {
      runId: previous.runId,
      verdict: previous.verdict,
      action: previous.action,
      score: previous.score,
      finishedAt: previous.finishedAt,
    },
    to: { verdict: report.verdict, action: report.action, score: report.score },
    // Credentials in URL shapes are masked once more: a record outlives the run (as in summary.ts).
    reasons: new Redactor().redactDeep(shown.slice(0, TRANSITION_REASONS).map((r) => r.message)),
  };
}

/** A recorded transition, as `history transitions` lists it. */
export interface TransitionEntry {
  runId: string;
  at: string;
  sha?: string;
  bundleId?: string;
  url?: string;
  transition: Transition;
}

/** The transitions among a profile's runs, oldest first; records that cannot be read are problems. */
export function transitionsIn(read: HistoryRead): { transitions: TransitionEntry[]; problems: string[] } {
  const transitions: TransitionEntry[] = [];
  const problems = [...read.problems];
  for (const r of read.runs) {
    if (r.transition === undefined) continue;
    const t = transitionSchema.safeParse(r.transition);
    if (!t.success) {
      problems.push(`run ${r.runId}: its transition record cannot be read; skipped`);
      continue;
    }
    transitions.push({
      runId: r.runId,
      at: r.finishedAt,
      ...(r.sha ? { sha: r.sha } : {}),
      ...(r.bundleId ? { bundleId: r.bundleId } : {}),
      ...(r.url ? { url: r.url } : {}),
      transition: t.data as Transition,
    });
  }
  return { transitions, problems };
}

/**
 * The hotfix tracker the newest valid run left open, for the decision. A run recorded before
 * runs carried trackers, promoted with a hotfix, counts as one opened when it finished. A tracker
 * that cannot be read is a problem to report: the deadline cannot act on it.
 */
export function openHotfix(previous: RunSummary | undefined): { tracker?: HotfixTracker; problem?: string } {
  if (!previous) return {};
  if (previous.hotfix === undefined) {
    return previous.action === 'promote-with-hotfix'
      ? { tracker: { state: 'open', openedAt: previous.finishedAt, checks: [...previous.hotfixChecks] } }
      : {};
  }
  const t = trackerSchema.safeParse(previous.hotfix);
  if (!t.success)
    return {
      problem: `run ${previous.runId}: its hotfix tracker cannot be read, so the hotfix deadline cannot act`,
    };
  return t.data.state === 'open' ? { tracker: t.data as HotfixTracker } : {};
}
