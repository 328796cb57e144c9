import type { DecisionPolicy } from '../config/types.js';
import type {
  CategoryScore,
  CheckResult,
  CheckStatus,
  Decision,
  HotfixTracker,
  PromotionAction,
  Reason,
  Waiver,
  WaiverState,
} from '../core/types.js';
import {
  applyHotfixDeadline,
  applyRatchet,
  DEFAULT_HOTFIX_DEADLINE_MS,
  type PreviousRun,
} from './ratchet.js';

export type { PreviousRun };

export interface DecisionInput {
  results: readonly CheckResult[];
  policy: DecisionPolicy;
  waivers: readonly Waiver[];
  now: Date;
  previous?: PreviousRun;
  /** The hotfix tracker the previous run left open (from history): past its deadline, holds. */
  hotfix?: HotfixTracker;
  /** Non-blocking reasons from outside the checks (what history could not read…), sorted in with the rest. */
  notes?: readonly Reason[];
}

/** What a result counts as: an `error` counts as its onError says. */
export function countedStatus(r: CheckResult): CheckStatus {
  return r.status === 'error' ? r.onError : r.status;
}

/** Python's round(): halves go to the even neighbour. */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** effective = 5 − (5 − raw) × weight, floored at 2 unless raw is 1. */
export function weightedScore(raw: number, weight: number): number {
  if (raw >= 5) return 5;
  let w = 5 - (5 - raw) * weight;
  if (raw >= 2) w = Math.max(w, 2);
  return Math.round(Math.max(1, w) * 10) / 10;
}

function waiverActive(w: Waiver, now: Date): boolean {
  // A waiver is good through the end of its expiry day (UTC).
  const end = new Date(`${w.expires.slice(0, 10)}T23:59:59.999Z`);
  return !Number.isNaN(end.getTime()) && now.getTime() <= end.getTime();
}

const failing = (s: CheckStatus) => s === 'fail';

function describe(r: CheckResult): string {
  return r.status === 'error'
    ? `could not run (${r.error ?? r.summary}); counted as ${r.onError}`
    : r.summary;
}

export function evaluate(input: DecisionInput): Decision {
  const { results, policy, now } = input;
  const reasons: Reason[] = [];
  const blockers: string[] = [];
  const waiverStates: WaiverState[] = [];
  const waived = new Set<string>();

  for (const w of input.waivers) {
    const r = results.find((x) => x.id === w.check);
    if (!waiverActive(w, now)) {
      waiverStates.push({ ...w, state: 'expired' });
      reasons.push({
        kind: 'waiver-expired',
        check: w.check,
        observed: `expired ${w.expires}`,
        threshold: `valid through ${w.expires}`,
        blocking: false,
        message: `waiver for ${w.check} by ${w.by} expired on ${w.expires} and was ignored`,
      });
      continue;
    }
    const applies = r !== undefined && r.enforcement !== 'hard' && failing(countedStatus(r));
    if (applies) waived.add(w.check);
    waiverStates.push({ ...w, state: applies ? 'applied' : 'unused' });
  }

  // Gate rules: hard and required checks hold on failure.
  for (const r of results) {
    const counted = countedStatus(r);
    const label = `${r.id} (${r.enforcement})`;
    if (r.status === 'skipped') continue;
    if (r.enforcement === 'hard' || r.enforcement === 'required') {
      if (!failing(counted)) continue;
      if (waived.has(r.id)) {
        const w = input.waivers.find((x) => x.check === r.id)!;
        reasons.push({
          kind: 'waived',
          check: r.id,
          observed: describe(r),
          threshold: 'must pass',
          blocking: false,
          message: `${label} failed but is waived by ${w.by} until ${w.expires}: ${w.reason}`,
        });
        continue;
      }
      blockers.push(`${r.id}.${r.status === 'error' ? 'error' : 'failed'}`);
      reasons.push({
        kind: r.status === 'error' ? 'check-error' : 'check-failed',
        check: r.id,
        observed: describe(r),
        threshold: 'must pass',
        blocking: true,
        message: `${label} ${r.status === 'error' ? 'could not run' : 'failed'}: ${describe(r)}`,
      });
    } else if (r.enforcement === 'advisory' && (counted === 'fail' || counted === 'warn')) {
      reasons.push({
        kind: 'advisory',
        check: r.id,
        observed: describe(r),
        threshold: 'advisory, never holds',
        blocking: false,
        message: `${label}: ${describe(r)}`,
      });
    } else if (r.enforcement === 'dry-run' && (counted === 'fail' || counted === 'warn')) {
      reasons.push({
        kind: 'dry-run',
        check: r.id,
        observed: describe(r),
        threshold: 'dry-run, not counted',
        blocking: false,
        message: `${label} would have ${counted === 'fail' ? 'failed' : 'warned'}: ${describe(r)}`,
      });
    }
  }

  // Score: weighted category minimum over required and scored checks that are not waived.
  const mins = new Map<string, { raw: number; check: string }>();
  for (const r of results) {
    if (r.status === 'skipped' || waived.has(r.id)) continue;
    if (r.enforcement !== 'required' && r.enforcement !== 'scored') continue;
    const cur = mins.get(r.category);
    if (!cur || r.score < cur.raw) mins.set(r.category, { raw: r.score, check: r.id });
  }
  const categories: CategoryScore[] = [...mins.entries()]
    .map(([name, { raw, check }]) => {
      // A category is a name the user chose: only the policy's own weights count, never an
      // object member such as `constructor`.
      const weight = Object.hasOwn(policy.categories, name) ? policy.categories[name]! : 1;
      return { name, weight, rawMin: raw, effective: weightedScore(raw, weight), limitingCheck: check };
    })
    .sort((a, b) => a.effective - b.effective || a.name.localeCompare(b.name));
  const lowest = categories[0];
  const score = lowest ? Math.min(5, Math.max(1, roundHalfEven(lowest.effective))) : 5;

  for (const c of categories) {
    if (c.rawMin >= 5) continue;
    const r = results.find((x) => x.id === c.limitingCheck)!;
    if (r.enforcement === 'scored') {
      reasons.push({
        kind: 'scored',
        check: r.id,
        observed: `${r.score}/5`,
        threshold: '5/5',
        blocking: false,
        message: `${r.id} scored ${r.score}/5 (${c.name} × ${c.weight} → ${c.effective}): ${describe(r)}`,
      });
    }
  }
  if (lowest && score <= policy.holdLine) {
    blockers.push('score.at_or_below_hold_line');
    reasons.push({
      kind: 'score-hold',
      check: lowest.limitingCheck,
      observed: `score ${score}/5`,
      threshold: `hold at ≤ ${policy.holdLine}`,
      blocking: true,
      message: `score ${score}/5 is at or below the hold line ${policy.holdLine}: category ${lowest.name} is limited by ${lowest.limitingCheck} (raw ${lowest.rawMin} × weight ${lowest.weight} → ${lowest.effective})`,
    });
  }

  // Checks that would need a hotfix: counted checks at 3 or below.
  const hotfixChecks = results
    .filter(
      (r) =>
        r.status !== 'skipped' &&
        !waived.has(r.id) &&
        (r.enforcement === 'required' || r.enforcement === 'scored') &&
        r.score <= 3,
    )
    .map((r) => r.id);

  const ratchet = applyRatchet(input.previous, hotfixChecks, policy.ratchet, blockers.length);
  const ratchetTriggered = ratchet.triggered;
  if (ratchetTriggered) blockers.push('hotfix_ratchet');
  if (ratchet.reason) reasons.push(ratchet.reason);
  const hotfix = applyHotfixDeadline({
    open: input.hotfix?.state === 'open' ? input.hotfix : undefined,
    now,
    deadlineMs: policy.hotfixDeadlineMs === undefined ? DEFAULT_HOTFIX_DEADLINE_MS : policy.hotfixDeadlineMs,
    score,
    autoPromoteAt: policy.autoPromoteAt,
    needing: hotfixChecks,
    promotes: blockers.length === 0,
  });
  if (hotfix.overdue) blockers.push('hotfix_deadline');
  if (hotfix.reason) reasons.push(hotfix.reason);
  reasons.push(...(input.notes ?? []));

  const gating = results.filter(
    (r) => r.status !== 'skipped' && (r.enforcement === 'hard' || r.enforcement === 'required'),
  );
  const gatingPassed = gating.filter((r) => !failing(countedStatus(r)) || waived.has(r.id)).length;
  const gatingPassedPercent =
    gating.length === 0 ? 100 : Math.round((gatingPassed / gating.length) * 1000) / 10;

  const verdict = blockers.length > 0 ? 'hold' : 'promote';
  const action: PromotionAction =
    verdict === 'hold' ? 'hold' : score >= policy.autoPromoteAt ? 'auto-promote' : 'promote-with-hotfix';
  const level =
    blockers.length === 0
      ? 'ga_ready'
      : gatingPassedPercent >= policy.releaseCandidatePercent
        ? 'release_candidate'
        : 'blocked';

  // Blocking reasons first, then by kind as produced.
  reasons.sort((a, b) => Number(b.blocking) - Number(a.blocking));
  return {
    verdict,
    score,
    action,
    level,
    gatingPassedPercent,
    blockers,
    reasons,
    categories,
    waivers: waiverStates,
    hotfixChecks: action === 'promote-with-hotfix' || ratchetTriggered || hotfix.overdue ? hotfixChecks : [],
    ratchetTriggered,
    ...(hotfix.tracker ? { hotfix: hotfix.tracker } : {}),
  };
}
