import type { DecisionPolicy } from '../config/types.js';
import { formatNumber, formatPercent } from '../core/format.js';
import type {
  CategoryScore,
  CheckResult,
  CheckStatus,
  Decision,
  Enforcement,
  HotfixTracker,
  Level,
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

/** Enforcements that count toward the score, the level and the hotfix; advisory and dry-run never do. */
const COUNTED: ReadonlySet<Enforcement> = new Set(['hard', 'required', 'scored']);

/** Which of two equally low checks limits a category: the one in the worse state. */
const STATE_RANK: Record<CheckStatus, number> = { fail: 3, error: 2, warn: 1, pass: 0, skipped: -1 };

const label = (r: CheckResult) => `${r.id} (${r.enforcement})`;

/** Why a check could not run, without the engine's own "could not run:" said a second time. */
function whyNotRun(r: CheckResult): string {
  return r.error ?? r.summary.replace(/^could not run:\s*/, '');
}

/** What a check said: its summary, or why it could not run and what that counts as. */
function describe(r: CheckResult): string {
  return r.status === 'error' ? `could not run (counted as ${r.onError}): ${whyNotRun(r)}` : r.summary;
}

/** `auth (hard) failed`, `health (required) could not run`: a check that holds, in a few words. */
function holdPhrase(r: CheckResult): string {
  return `${label(r)} ${r.status === 'error' ? 'could not run' : 'failed'}`;
}

const percentOf = (part: number, whole: number) =>
  whole === 0 ? 100 : Math.round((part / whole) * 1000) / 10;

/**
 * The decision, defined so that its three models never contradict each other:
 * - verdict: hold when a hard or required check fails (an error counts as its onError says;
 *   a waiver excuses a required one), when a category's score is at or below the hold line,
 *   or by the hotfix ratchet or deadline;
 * - score: the weighted minimum over the categories of the hard, required and scored checks,
 *   capped at the hold line while a hard or required check fails;
 * - level: the lowest any cause allows — a failing hard check: blocked; a failing required
 *   check: release_candidate while enough hard and required checks passed, else blocked; any
 *   other hold: release_candidate; checks that could not run: release_candidate, or blocked when
 *   too few of the rest ran; otherwise ga_ready.
 */
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

  // Gate rules: hard and required checks hold on failure. A check that could not run and is not
  // otherwise named is said too, whatever onError counts it as.
  const failedGating: CheckResult[] = [];
  for (const r of results) {
    const counted = countedStatus(r);
    if (r.status === 'skipped') continue;
    if (r.enforcement === 'hard' || r.enforcement === 'required') {
      if (!failing(counted)) {
        if (r.status === 'error') reasons.push(notRunReason(r));
        continue;
      }
      if (waived.has(r.id)) {
        const w = input.waivers.find((x) => x.check === r.id)!;
        reasons.push({
          kind: 'waived',
          check: r.id,
          observed: describe(r),
          threshold: 'must pass',
          blocking: false,
          message: `${holdPhrase(r)} but is waived by ${w.by} until ${w.expires}: ${w.reason}`,
        });
        continue;
      }
      failedGating.push(r);
      blockers.push(`${r.id}.${r.status === 'error' ? 'error' : 'failed'}`);
      reasons.push({
        kind: r.status === 'error' ? 'check-error' : 'check-failed',
        check: r.id,
        observed: describe(r),
        threshold: 'must pass',
        blocking: true,
        message:
          r.status === 'error'
            ? `${label(r)} could not run (counted as fail): ${whyNotRun(r)}`
            : `${label(r)} failed: ${r.summary}`,
      });
    } else if (r.enforcement === 'scored') {
      if (r.status === 'error' && !waived.has(r.id)) reasons.push(notRunReason(r));
    } else if (r.enforcement === 'advisory' && (counted === 'fail' || counted === 'warn')) {
      reasons.push({
        kind: 'advisory',
        check: r.id,
        observed: describe(r),
        threshold: 'advisory, never holds',
        blocking: false,
        message: `${label(r)}: ${describe(r)}`,
      });
    } else if (r.enforcement === 'dry-run' && (counted === 'fail' || counted === 'warn')) {
      reasons.push({
        kind: 'dry-run',
        check: r.id,
        observed: describe(r),
        threshold: 'dry-run, not counted',
        blocking: false,
        message:
          r.status === 'error'
            ? `${label(r)} could not run (not counted): ${whyNotRun(r)}`
            : `${label(r)} would have ${counted === 'fail' ? 'failed' : 'warned'}: ${r.summary}`,
      });
    }
  }

  // Score: weighted category minimum over the hard, required and scored checks not waived.
  const mins = new Map<string, CheckResult>();
  for (const r of results) {
    if (r.status === 'skipped' || waived.has(r.id) || !COUNTED.has(r.enforcement)) continue;
    const cur = mins.get(r.category);
    if (
      !cur ||
      r.score < cur.score ||
      (r.score === cur.score && STATE_RANK[r.status] > STATE_RANK[cur.status])
    )
      mins.set(r.category, r);
  }
  const categories: CategoryScore[] = [...mins.entries()]
    .map(([name, r]) => {
      // A category is a name the user chose: only the policy's own weights count, never an
      // object member such as `constructor`.
      const weight = Object.hasOwn(policy.categories, name) ? policy.categories[name]! : 1;
      return {
        name,
        weight,
        rawMin: r.score,
        effective: weightedScore(r.score, weight),
        // A category where every check scored 5 is limited by nothing.
        ...(r.score < 5 ? { limitingCheck: r.id } : {}),
      };
    })
    .sort((a, b) => a.effective - b.effective || a.name.localeCompare(b.name));
  const categoryScore = (c: CategoryScore) => Math.min(5, Math.max(1, roundHalfEven(c.effective)));
  const lowest = categories[0];
  const weighted = lowest ? categoryScore(lowest) : 5;
  // A failing hard or required check holds, so the score says so too: it never reads better than
  // the hold line while one fails.
  const score = failedGating.length > 0 ? Math.max(1, Math.min(weighted, policy.holdLine)) : weighted;

  const blockingIds = new Set(failedGating.map((r) => r.id));
  // The hold line holds by itself only where a failing gate check does not already explain it.
  const atHoldLine = categories.find(
    (c) => categoryScore(c) <= policy.holdLine && !blockingIds.has(c.limitingCheck ?? ''),
  );
  for (const c of categories) {
    if (c.limitingCheck === undefined) continue;
    const r = results.find((x) => x.id === c.limitingCheck)!;
    // A failing gate check and a check that could not run have their own reason.
    if (blockingIds.has(r.id) || r.status === 'error') continue;
    reasons.push({
      kind: 'scored',
      check: r.id,
      observed: `${r.score}/5`,
      threshold: '5/5',
      blocking: false,
      message: `${r.id} scored ${r.score}/5 (${c.name} × ${formatNumber(c.weight)} → ${formatNumber(c.effective)}): ${r.summary}`,
    });
  }
  if (atHoldLine) {
    const s = categoryScore(atHoldLine);
    const limited = `${atHoldLine.limitingCheck ?? 'no check'} (raw ${atHoldLine.rawMin} × weight ${formatNumber(atHoldLine.weight)} → ${formatNumber(atHoldLine.effective)})`;
    blockers.push('score.at_or_below_hold_line');
    // When a failing gate check set a lower score, this category's is not the score: it is named
    // as the category's, so the report never states two scores for the gate.
    const own = s === score;
    reasons.push({
      kind: 'score-hold',
      check: atHoldLine.limitingCheck ?? atHoldLine.name,
      observed: own ? `score ${s}/5` : `category ${atHoldLine.name} ${s}/5`,
      threshold: `hold at ≤ ${policy.holdLine}`,
      blocking: true,
      message: own
        ? `score ${s}/5 is at or below the hold line ${policy.holdLine}: category ${atHoldLine.name} is limited by ${limited}`
        : `category ${atHoldLine.name} scores ${s}/5, at or below the hold line ${policy.holdLine}: limited by ${limited}`,
    });
  }
  if (score < weighted) {
    const names = failedGating.map((r) => r.id).join(', ');
    reasons.push({
      kind: 'score-capped',
      check: names,
      observed: `the checks score ${weighted}/5`,
      threshold: `at most ${score}/5 (the hold line) while a hard or required check fails`,
      blocking: false,
      message: `score ${score}/5: capped at the hold line because ${failedGating.map(holdPhrase).join(', ')} (${weighted}/5 without the cap)`,
    });
  }

  // Checks that would need a hotfix: counted checks at 3 or below.
  const hotfixChecks = results
    .filter((r) => r.status !== 'skipped' && !waived.has(r.id) && COUNTED.has(r.enforcement) && r.score <= 3)
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
  const gatingPassedPercent = percentOf(gatingPassed, gating.length);

  // Level: the lowest any cause allows. A failing hard check is never a release candidate; a
  // failing required check allows one while enough gate checks passed, any other hold does.
  // Checks that could not run leave evidence missing: never ga_ready, whatever onError says, and
  // blocked when too few of the rest ran (those counted as failures).
  const rc = policy.releaseCandidatePercent;
  const blockedWhy: string[] = [];
  const candidateWhy: string[] = [];
  const hard = failedGating.filter((r) => r.enforcement === 'hard');
  if (hard.length > 0) blockedWhy.push(hard.map(holdPhrase).join(', '));
  const required = failedGating.filter((r) => r.enforcement === 'required');
  if (required.length > 0)
    (gatingPassedPercent >= rc ? candidateWhy : blockedWhy).push(
      `${required.map(holdPhrase).join(', ')}; ${gatingPassed} of ${gating.length} hard and required checks passed (${formatPercent(gatingPassedPercent)}, release candidate at ≥ ${formatPercent(rc)})`,
    );
  // What holds the run besides failing checks, in the words the level's reasons use.
  const otherHolds = [
    ...(atHoldLine
      ? [`score ${categoryScore(atHoldLine)}/5 at or below the hold line ${policy.holdLine}`]
      : []),
    ...(ratchetTriggered ? ['the hotfix ratchet holds'] : []),
    ...(hotfix.overdue ? ['the hotfix deadline has passed'] : []),
  ];
  // Every gate check that failed is named above: what else holds allows a release candidate.
  candidateWhy.push(...otherHolds);
  const counted = results.filter((r) => r.status !== 'skipped' && COUNTED.has(r.enforcement));
  const notRun = counted.filter((r) => r.status === 'error');
  if (notRun.length > 0) {
    // Only errors counted as failures can block: onError warn or pass says the run may do without.
    const failedToRun = notRun.filter((r) => r.onError === 'fail').length;
    const enough = percentOf(counted.length - failedToRun, counted.length) >= rc;
    (enough ? candidateWhy : blockedWhy).push(
      `${notRun.length} of ${counted.length} checks that count could not run (${notRun.map((r) => r.id).join(', ')})`,
    );
  }
  const level: Level =
    blockedWhy.length > 0 ? 'blocked' : candidateWhy.length > 0 ? 'release_candidate' : 'ga_ready';

  const verdict = blockers.length > 0 ? 'hold' : 'promote';
  const action: PromotionAction =
    verdict === 'hold' ? 'hold' : score >= policy.autoPromoteAt ? 'auto-promote' : 'promote-with-hotfix';

  // Blocking reasons first, the gravest first (a hard check, then a required one, then the rest);
  // otherwise as produced.
  const enforcementOf = new Map(results.map((r) => [r.id, r.enforcement]));
  const gravity = (x: Reason) => {
    if (!x.blocking) return 3;
    if (!x.kind.startsWith('check-')) return 2;
    return enforcementOf.get(x.check ?? '') === 'hard' ? 0 : 1;
  };
  reasons.sort((a, b) => gravity(a) - gravity(b));
  return {
    verdict,
    score,
    action,
    level,
    gatingPassedPercent,
    ...(score < weighted ? { uncappedScore: weighted } : {}),
    // The causes of the level it has: those that would allow a higher one do not explain it.
    levelReasons: level === 'blocked' ? blockedWhy : candidateWhy,
    notRun: notRun.map((r) => r.id),
    blockers,
    reasons,
    categories,
    waivers: waiverStates,
    hotfixChecks: action === 'promote-with-hotfix' || ratchetTriggered || hotfix.overdue ? hotfixChecks : [],
    ratchetTriggered,
    ...(hotfix.tracker ? { hotfix: hotfix.tracker } : {}),
  };
}

/** A check that could not run but does not hold: said, with what it was counted as. */
function notRunReason(r: CheckResult): Reason {
  return {
    kind: 'check-error',
    check: r.id,
    observed: `could not run: ${whyNotRun(r)}`,
    threshold: `counted as ${r.onError}`,
    blocking: false,
    message: `${label(r)} could not run (counted as ${r.onError}${r.score < 5 ? `, ${r.score}/5` : ''}): ${whyNotRun(r)}`,
  };
}
