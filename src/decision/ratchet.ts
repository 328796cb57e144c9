import { formatDuration } from '../core/format.js';
import type { HotfixTracker, PromotionAction, Reason } from '../core/types.js';

/**
 * The hotfix ratchet: a release promoted with a hotfix due may not be promoted again while the
 * same checks still need that hotfix. Both halves live here — the trigger that holds and the
 * reset that says the debt was paid — so the decision alone says what the ratchet did.
 */
export interface PreviousRun {
  /** The run compared with, named in the reasons when known. */
  runId?: string;
  action: PromotionAction;
  /** Checks that needed a hotfix in that run. */
  hotfixChecks: readonly string[];
}

export interface RatchetOutcome {
  triggered: boolean;
  reason?: Reason;
}

/** Applies when nothing else holds: a run that already holds needs no ratchet to hold it. */
export function applyRatchet(
  previous: PreviousRun | undefined,
  hotfixChecks: readonly string[],
  enabled: boolean,
  otherBlockers: number,
): RatchetOutcome {
  if (!enabled || otherBlockers > 0 || previous?.action !== 'promote-with-hotfix')
    return { triggered: false };
  const again = hotfixChecks.filter((id) => previous.hotfixChecks.includes(id));
  if (again.length > 0)
    return {
      triggered: true,
      reason: {
        kind: 'ratchet',
        check: again.join(', '),
        observed: `${again.join(', ')} still at ≤ 3/5`,
        threshold: 'fixed since the last promote-with-hotfix',
        blocking: true,
        message: `hotfix ratchet: ${again.join(', ')} needed a hotfix in the last run and still fail${again.length === 1 ? 's' : ''}; holding`,
      },
    };
  const fixed = previous.hotfixChecks.filter((c) => !hotfixChecks.includes(c));
  if (fixed.length === 0) return { triggered: false };
  return {
    triggered: false,
    reason: {
      kind: 'ratchet-reset',
      check: fixed.join(', '),
      observed: `${fixed.join(', ')} above 3/5 now`,
      threshold: 'fixed since the last promote-with-hotfix',
      blocking: false,
      message: `hotfix ratchet reset: ${previous.runId ? `run ${previous.runId}` : 'the last run'} was promoted with a hotfix due for ${fixed.join(', ')}, which no longer need one`,
    },
  };
}

/**
 * The ratchet by time: a hotfix promised when a release was promoted with one is tracked until a
 * run scores at or above the auto-promote line again; once its deadline has passed, a run that
 * still needs it holds. The tracker's state comes from history (the previous run's), so the
 * decision stays a function of its inputs and the clock it is handed.
 */
export const DEFAULT_HOTFIX_DEADLINE_MS = 48 * 3_600_000;

export interface HotfixInput {
  /** The tracker the previous run left open, if any. */
  open?: HotfixTracker;
  now: Date;
  /** Time a hotfix may stay due; null: no deadline (the tracker is still kept). */
  deadlineMs: number | null;
  score: number;
  autoPromoteAt: number;
  /** Checks of this run at 3/5 or below. */
  needing: readonly string[];
  /** Whether this run promotes, before the deadline is applied. */
  promotes: boolean;
}

export interface HotfixOutcome {
  tracker?: HotfixTracker;
  /** Past the deadline and still needed: the run holds. */
  overdue: boolean;
  reason?: Reason;
}

/** `2026-03-03 10:00 UTC`: a deadline as people read it. */
function shown(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}

export function applyHotfixDeadline(i: HotfixInput): HotfixOutcome {
  const { open, now } = i;
  const at = now.toISOString();
  if (i.score >= i.autoPromoteAt) {
    if (!open) return { overdue: false };
    const checks = open.checks.join(', ');
    return {
      overdue: false,
      tracker: { ...open, state: 'closed', closedAt: at },
      reason: {
        kind: 'hotfix-closed',
        check: checks,
        observed: `score ${i.score}/5`,
        threshold: `at least ${i.autoPromoteAt}/5`,
        blocking: false,
        message: `hotfix done: the hotfix due since ${shown(open.openedAt)} for ${checks} is no longer needed (score ${i.score}/5)`,
      },
    };
  }
  if (!open) {
    // Only a promotion makes a promise: a run that holds anyway opens no tracker.
    if (!i.promotes) return { overdue: false };
    const deadline = i.deadlineMs === null ? undefined : new Date(now.getTime() + i.deadlineMs).toISOString();
    const checks = i.needing.join(', ');
    return {
      overdue: false,
      tracker: { state: 'open', openedAt: at, ...(deadline ? { deadline } : {}), checks: [...i.needing] },
      reason: {
        kind: 'hotfix-due',
        check: checks,
        observed: `promoted with a hotfix due (score ${i.score}/5)`,
        threshold: deadline ? `fixed by ${shown(deadline)}` : 'no deadline',
        blocking: false,
        message: deadline
          ? `hotfix due by ${shown(deadline)} for ${checks}: until a run scores ${i.autoPromoteAt}/5 or more, runs after that hold`
          : `hotfix due for ${checks} (no deadline: decision.hotfixDeadline is off)`,
      },
    };
  }
  const checks = i.needing.length > 0 ? [...i.needing] : [...open.checks];
  // A tracker opened before it carried a deadline gets the configured one from its opening.
  const deadline =
    open.deadline ??
    (i.deadlineMs === null ? undefined : new Date(Date.parse(open.openedAt) + i.deadlineMs).toISOString());
  const tracker: HotfixTracker = { ...open, checks, ...(deadline ? { deadline } : {}) };
  const names = checks.join(', ');
  const overdueMs = deadline ? now.getTime() - Date.parse(deadline) : 0;
  if (i.deadlineMs === null || !deadline || overdueMs <= 0) {
    const timed = i.deadlineMs !== null && deadline !== undefined;
    return {
      overdue: false,
      tracker,
      reason: {
        kind: 'hotfix-due',
        check: names,
        observed: `hotfix due since ${shown(open.openedAt)}`,
        threshold: timed ? `fixed by ${shown(deadline)}` : 'no deadline',
        blocking: false,
        message: timed
          ? `hotfix still due for ${names}: ${formatDuration(-overdueMs)} left until ${shown(deadline)}`
          : `hotfix still due for ${names} (no deadline: decision.hotfixDeadline is off)`,
      },
    };
  }
  return {
    overdue: true,
    tracker,
    reason: {
      kind: 'hotfix-deadline',
      check: names,
      observed: `overdue by ${formatDuration(overdueMs)} (score ${i.score}/5)`,
      threshold: `fixed by ${shown(deadline)} (due since ${shown(open.openedAt)})`,
      blocking: true,
      message: `hotfix deadline passed: ${names} needed a hotfix by ${shown(deadline)} and still ${checks.length === 1 ? 'does' : 'do'} (overdue by ${formatDuration(overdueMs)}); holding until a run scores ${i.autoPromoteAt}/5 or more`,
    },
  };
}
