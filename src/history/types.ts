import type { CheckStatus, Level, Metrics, PromotionAction, Verdict } from '../core/types.js';

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
}

export interface HistoryRead {
  /** Runs oldest first. */
  runs: RunSummary[];
  /** What could not be read (corrupt lines, unreadable files…): reported, never fatal. */
  problems: string[];
}

/** Where runs are remembered across gate invocations. Backends: local directory, git branch, artifacts. */
export interface HistoryStore {
  /** Human description for logs and reports, e.g. "directory .promotion-gate/history". */
  describe(): string;
  /** Runs of a profile, oldest first; invalid runs only when asked. */
  list(profile: string, opts?: { limit?: number; includeInvalid?: boolean }): Promise<HistoryRead>;
  append(run: RunSummary): Promise<void>;
  markInvalid(profile: string, runId: string, reason: string, by?: string): Promise<void>;
}

/**
 * What a check sees of its profile's history: the valid runs, read once per gate and shared.
 * `read()` never rejects; a store that fails yields no runs and the problem.
 */
export interface HistoryView {
  describe(): string;
  read(): Promise<HistoryRead>;
}
