/** Shared vocabulary of the gate: what a check yields and what the decision says. */

export const CHECK_STATUSES = ['pass', 'warn', 'fail', 'error', 'skipped'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

export const ENFORCEMENTS = ['hard', 'required', 'scored', 'advisory', 'dry-run', 'off'] as const;
export type Enforcement = (typeof ENFORCEMENTS)[number];

export const ON_ERROR = ['fail', 'warn', 'pass'] as const;
export type OnError = (typeof ON_ERROR)[number];

export type FindingLevel = 'failure' | 'warning' | 'notice';

export interface Finding {
  message: string;
  file?: string;
  line?: number;
  level: FindingLevel;
  /** Stable key for de-duplication and baselines (optional). */
  fingerprint?: string;
}

export type Metrics = Record<string, number | string | boolean | null>;

/** What a check's `run` returns. The engine fills in identity, timing and errors. */
export interface CheckOutcome {
  status: Exclude<CheckStatus, 'skipped' | 'error'> | 'error';
  /** 1–5; defaults from status (pass 5, warn 4, fail 1). */
  score?: number;
  summary: string;
  findings?: Finding[];
  metrics?: Metrics;
}

export interface CheckResult {
  id: string;
  type: string;
  title?: string;
  category: string;
  enforcement: Enforcement;
  onError: OnError;
  status: CheckStatus;
  score: number;
  summary: string;
  durationMs: number;
  findings: Finding[];
  metrics: Metrics;
  /** Evidence files this check wrote, relative to the output directory. */
  evidence: string[];
  /** Why the check could not run, when status is `error`. */
  error?: string;
}

export type Verdict = 'promote' | 'hold';
export type PromotionAction = 'auto-promote' | 'promote-with-hotfix' | 'hold';
export type Level = 'ga_ready' | 'release_candidate' | 'blocked';

export interface Reason {
  /** Machine-readable kind: check-failed, score-hold, ratchet, waived, advisory, expired-waiver… */
  kind: string;
  check?: string;
  observed?: string;
  threshold?: string;
  /** Whether this reason holds the release. */
  blocking: boolean;
  message: string;
}

export interface CategoryScore {
  name: string;
  weight: number;
  rawMin: number;
  effective: number;
  /** The check with the lowest score in the category; absent when every check in it scored 5. */
  limitingCheck?: string;
}

export interface Waiver {
  check: string;
  reason: string;
  expires: string;
  by: string;
  profiles?: string[];
}

export interface WaiverState extends Waiver {
  state: 'applied' | 'unused' | 'expired';
}

export interface Decision {
  verdict: Verdict;
  score: number;
  action: PromotionAction;
  level: Level;
  /** Percent of gating (hard/required) checks that passed, 0–100. */
  gatingPassedPercent: number;
  /**
   * The weighted category score when a failing hard or required check capped the score at the
   * hold line; absent when the score is not capped.
   */
  uncappedScore?: number;
  /** Why the level is below ga_ready, the lowest level's causes first; empty at ga_ready. */
  levelReasons?: string[];
  /** Hard, required and scored checks that could not run (whatever onError counts them as). */
  notRun?: string[];
  blockers: string[];
  reasons: Reason[];
  categories: CategoryScore[];
  waivers: WaiverState[];
  /** Checks that counted as failing toward the hotfix ratchet. */
  hotfixChecks: string[];
  ratchetTriggered: boolean;
  /** The hotfix tracker after this run: opened, still open or closed by it; absent when there is none. */
  hotfix?: HotfixTracker;
}

/**
 * A hotfix that is due: opened when a release is promoted with a hotfix, closed when a later run
 * scores at or above the auto-promote line. History carries it from run to run; once its deadline
 * has passed, a run that still needs the hotfix holds.
 */
export interface HotfixTracker {
  state: 'open' | 'closed';
  openedAt: string;
  /** When the hotfix is due (ISO); absent when the deadline is off. */
  deadline?: string;
  /** Checks that needed the hotfix, as last seen. */
  checks: string[];
  closedAt?: string;
}
