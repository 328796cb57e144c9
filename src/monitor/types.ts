import type { MonitorReaction } from '../config/environments.js';
import type { CheckStatus } from '../core/types.js';
import type { StepEntry } from '../deploy/types.js';

/**
 * The post-deploy monitor's vocabulary: one tick is one round of probes, appended to a series
 * that history keeps; the series is classified after every tick; a degraded environment gets the
 * configured reaction. report.json (`kind: "monitor"`) holds all of it.
 */

export interface MonitorRules {
  /** Degraded when one probe fails this many ticks in a row. */
  consecutiveFailures: number;
  /** Degraded when errors / requests over the window so far is strictly above this… */
  errorRatio: number;
  /** …once at least this many requests were made (latencyP95 waits for as many). */
  minRequests: number;
  latencyP95Ms?: number;
}

/** One probe in one tick. */
export interface ProbeRow {
  id: string;
  status: CheckStatus;
  /** pass or warn; a probe that failed or could not run is a failed probe. */
  ok: boolean;
  summary: string;
  /** Requests it sent (every attempt), and how many of them got a 5xx or no answer. */
  requests: number;
  errors: number;
}

/** One tick as the series keeps it. */
export interface TickRow {
  /** 1, 2, 3… over the whole window, across restarts. */
  tick: number;
  /** When the round started. */
  at: string;
  probes: ProbeRow[];
  requests: number;
  errors: number;
  /** Latency (ms, to response headers) of every request that got an answer, for the window's p95. */
  latenciesMs: number[];
}

export type MonitorRule = 'consecutiveFailures' | 'errorRatio' | 'latencyP95';

export interface DegradedReason {
  rule: MonitorRule;
  /** The tick at which the rule was met. */
  tick: number;
  probe?: string;
  observed: string;
  threshold: string;
  message: string;
}

/** What the series says so far. */
export interface Classification {
  /** `watching`: no rule met and the window is still open. */
  state: 'healthy' | 'degraded' | 'watching';
  /** The rules met (degraded), naming tick, observed value and threshold. */
  reasons: DegradedReason[];
  /** Ticks read (valid rows). */
  ticks: number;
  requests: number;
  errors: number;
  /** errors / requests, or null before any request. */
  errorRatio: number | null;
  latencyP95Ms: number | null;
  /** Rows that were not a tick: skipped, never counted as a failure. */
  skipped: { index: number; why: string }[];
}

export type MonitorOutcome = 'healthy' | 'degraded' | 'interrupted' | 'error';
export const ACTIONS_TAKEN = ['none', 'rollback-ok', 'rollback-failed', 'alerted'] as const;
export type ActionTaken = (typeof ACTIONS_TAKEN)[number];

export interface AlertRecord {
  /** Incident issue on GitHub: what happened to it, or why there is none. */
  issue: { state: 'done' | 'skipped' | 'failed'; detail: string; url?: string };
  notifications: { webhook: string; state: 'sent' | 'failed'; detail: string }[];
}

export interface ReactionRecord {
  configured: MonitorReaction;
  /** What ran: `protect: true` turns any reaction into alert. */
  decided: MonitorReaction;
  reason: string;
  /** The rollback step and the verify after it (rollback only). */
  steps: StepEntry[];
  alert?: AlertRecord;
}

export interface MonitorReport {
  schemaVersion: 1;
  kind: 'monitor';
  tool: { name: 'promotion-gate'; version: string };
  environment: string;
  url?: string;
  /** What the series is keyed by: the commit unless --deployment names another id. */
  deployment: string;
  commit?: string;
  ref?: string;
  outcome: MonitorOutcome;
  /** `passed` only when healthy: the field evidence readers look at first. */
  status: 'passed' | 'failed';
  actionTaken: ActionTaken;
  why: string;
  window: {
    startedAt: string;
    endsAt: string;
    windowMs: number;
    intervalMs: number;
    /** This run continued a window a stopped monitor had started. */
    resumed: boolean;
    /** The window had ended before this run: its recorded outcome, nothing probed. */
    recorded: boolean;
  };
  probes: string[];
  rules: MonitorRules;
  classification: Classification;
  reaction?: ReactionRecord;
  /** Every tick of the window, this run's and those recorded before it. */
  series: TickRow[];
  store: { where: string; key: string; persisted: boolean };
  /** What went wrong on the way (store, classification, alerts): reported, never fatal. */
  problems: string[];
  /** The inputs given (values of sensitive names masked). */
  inputs: Record<string, string>;
  run?: { url?: string; id?: string; attempt?: string; repository?: string; event?: string };
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  bundle?: { id: string; manifest: string; files: number };
}
