import type { CheckStatus, HotfixTracker, Level, Metrics, PromotionAction, Verdict } from '../core/types.js';

/** One gate run as history keeps it: enough to compare, ratchet and review, without the evidence. */
export interface RunSummary {
  schemaVersion: 1;
  profile: string;
  /** Unique per run: the workflow run id and attempt on GitHub, a timestamp and random suffix locally. */
  runId: string;
  startedAt: string;
  finishedAt: string;
  verdict: Verdict;
  score: number;
  action: PromotionAction;
  level: Level;
  /** Commit the run gated, when known. */
  sha?: string;
  ref?: string;
  bundleId?: string;
  /** Link to the workflow run, when the gate ran on GitHub. */
  url?: string;
  /** Blockers of the decision (`<check>.failed`, `hotfix_ratchet`…), for reviews. */
  blockers?: string[];
  ratchetTriggered?: boolean;
  /** Checks that needed a hotfix (for the ratchet). */
  hotfixChecks: string[];
  checks: { id: string; type: string; status: CheckStatus; score: number; metrics: Metrics }[];
  /** Set when a run is marked invalid: it is left out of every comparison. */
  invalid?: { reason: string; at: string; by?: string };
  /** Set when this run's verdict or action differs from the profile's run before it. */
  transition?: Transition;
  /** The hotfix tracker as this run left it (open, or closed by this run). */
  hotfix?: HotfixTracker;
  /**
   * Records of deploys and drills (kept under `deploy:<env>` / `drill:<env>`) and of post-deploy
   * monitors (`monitor:<env>@<deployment>`), not gate runs.
   */
  kind?: 'deploy' | 'drill' | 'monitor';
  environment?: string;
  /** deployed, rolled-back, failed, rollback-failed, interrupted, planned; a drill's passed… */
  outcome?: string;
  /** A monitor's record: its window armed, one tick of its series, or its end (src/monitor/series.ts). */
  monitor?: Record<string, unknown>;
}

/** A change of verdict or action between two recorded runs of a profile. */
export interface Transition {
  from: { runId: string; verdict: Verdict; action: PromotionAction; score: number; finishedAt: string };
  to: { verdict: Verdict; action: PromotionAction; score: number };
  /** Why the run turned: its blocking reasons, or the reasons it promoted with, as messages. */
  reasons: string[];
}

/** A reference run pinned (or unpinned) by hand: drift and trends compare with it too. */
export interface Pin {
  runId: string;
  /** False when the pin is lifted; the newest record of a run wins. */
  pinned: boolean;
  reason?: string;
  at: string;
  by?: string;
}

/** A pin in force, with its run as history has it (absent when the run is no longer kept). */
export interface PinnedRun {
  pin: Pin;
  run?: RunSummary;
}

export interface HistoryRead {
  /** Runs oldest first. */
  runs: RunSummary[];
  /** Pinned reference runs of the profile, invalid ones included (they are no longer used). */
  pins?: PinnedRun[];
  /** What could not be read (corrupt lines, unreadable files…): reported, never fatal. */
  problems: string[];
}

/** Where runs are remembered across gate invocations. Backends: local directory, git branch, artifacts. */
export interface HistoryStore {
  /** Human description for logs and reports, e.g. "directory .promotion-gate/history". */
  describe(): string;
  /** Runs of a profile, oldest first; invalid runs only when asked. */
  list(profile: string, opts?: { limit?: number; includeInvalid?: boolean }): Promise<HistoryRead>;
  /** `keep`: afterwards only the newest `keep` runs of the profile are kept (retention by count). */
  append(run: RunSummary, opts?: { keep?: number }): Promise<void>;
  markInvalid(profile: string, runId: string, reason: string, by?: string): Promise<void>;
  /** Pins (or unpins) a run of the profile as a reference for drift and trends. */
  pin?(profile: string, pin: Pin): Promise<void>;
}

/**
 * What a check sees of its profile's history: the valid runs, read once per gate and shared.
 * `read()` never rejects; a store that fails yields no runs and the problem.
 */
export interface HistoryView {
  describe(): string;
  read(): Promise<HistoryRead>;
}

/** What a store is built from: where the command runs, its environment, and a token for GitHub stores. */
export interface HistoryDeps {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Token with actions:read, for the artifact store. */
  token?: string;
}
