import type { Enforcement, OnError, Waiver } from '../core/types.js';

/**
 * What a resolved profile is: the plan the engine runs and the policy the decision applies.
 * Nothing here knows the check types, so the decision and the report never depend on them.
 */

export const DEFAULT_CONFIG_PATH = '.github/promotion-gate.yml';
export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_GATE_TIMEOUT_MS = 15 * 60_000;
export const DEFAULT_CONCURRENCY = 8;

/** A check ready to run: identity, policy and its type's own fields, interpolated and validated. */
export interface PlannedCheck {
  id: string;
  type: string;
  title?: string;
  category: string;
  enforcement: Enforcement;
  onError: OnError;
  timeoutMs: number;
  spec: Record<string, unknown>;
}

export interface DecisionPolicy {
  categories: Record<string, number>;
  holdLine: number;
  autoPromoteAt: number;
  releaseCandidatePercent: number;
  ratchet: boolean;
  /** How long a hotfix may stay due before runs that still need it hold; null: never (default 48h). */
  hotfixDeadlineMs?: number | null;
}

export interface GatePlan {
  profile: string;
  lineage: string[];
  checks: PlannedCheck[];
  policy: DecisionPolicy;
  waivers: Waiver[];
  concurrency: number;
  gateTimeoutMs: number;
  /** `defaults.base`, interpolated: the base revision when nothing else gives one. */
  defaultBase?: string;
  /** Values taken from the environment by interpolation; redacted everywhere. */
  secrets: string[];
}
