import type { StepName } from '../config/environments.js';

/** What a deploy or a drill did: its report.json, sealed into an evidence bundle like the gate's. */

export type DeployKind = 'deploy' | 'drill';

export const DEPLOY_OUTCOMES = [
  'deployed',
  'rolled-back',
  'failed',
  'rollback-failed',
  'interrupted',
  'planned',
] as const;
export type DeployOutcome = (typeof DEPLOY_OUTCOMES)[number];

export const DRILL_OUTCOMES = ['passed', 'failed', 'rollback-failed', 'interrupted'] as const;
export type DrillOutcome = (typeof DRILL_OUTCOMES)[number];

export type Outcome = DeployOutcome | DrillOutcome;

/** How a command step ended. */
export type CommandStatus = 'passed' | 'failed' | 'timed-out' | 'error' | 'interrupted' | 'planned';

/** How a verify ended; `forced-failed` is the drill's verify, recorded as failed without running. */
export type VerifyStatus = 'passed' | 'failed' | 'error' | 'interrupted' | 'forced-failed' | 'planned';

export type VerifyPhase = 'verify' | 'verify-after-rollback';

export interface CommandEntry {
  kind: 'command';
  name: StepName;
  /** The command line as configured, redacted. */
  command: string;
  status: CommandStatus;
  /** Why it counts as not passed, in one line. */
  detail?: string;
  startedAt?: string;
  durationMs?: number;
  exitCode?: number | null;
  /** The signal that ended the shell, if any. */
  signal?: string | null;
  timedOut?: boolean;
  timeoutMs: number;
  /** The end of the output (redacted), for the report; the whole bounded output is in `evidence`. */
  output?: string;
  outputBytes?: number;
  /** Processes the step left running when its shell ended; they were stopped with it. */
  leftBehind?: boolean;
  /** Path of the output log inside the bundle. */
  evidence?: string;
}

export interface VerifyEntry {
  kind: 'verify';
  name: VerifyPhase;
  profile: string;
  status: VerifyStatus;
  detail?: string;
  startedAt?: string;
  durationMs?: number;
  verdict?: 'promote' | 'hold';
  score?: number;
  action?: string;
  blockers?: string[];
  /** The verify's own evidence bundle, nested in this one. */
  bundleId?: string;
  evidence?: string;
}

export type StepEntry = CommandEntry | VerifyEntry;

export interface DeployReport {
  schemaVersion: 1;
  kind: DeployKind;
  tool: { name: 'promotion-gate'; version: string };
  environment: string;
  url?: string;
  /** The commit deployed. */
  commit?: string;
  ref?: string;
  outcome: Outcome;
  /**
   * `passed` only for `deployed` and a passed drill: the field evidence readers look at first
   * (aggregate reads a drill's report.json as passed or failed by it).
   */
  status: 'passed' | 'failed' | 'planned';
  why: string;
  /** A drill's steps run with PROMOTION_GATE_DRY_RUN=1 unless live; a dry-run deploy runs nothing. */
  mode: { dryRun: boolean; drill: boolean; live: boolean };
  plan: {
    steps: StepName[];
    verify: string;
    /** Whether a failure is rolled back, and what decided it. */
    rollback: { enabled: boolean; reason: string };
    protect: boolean;
  };
  /** What ran, in order. */
  steps: StepEntry[];
  inputs: Record<string, string>;
  run?: { url?: string; id?: string; attempt?: string; repository?: string; event?: string };
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  bundle?: { id: string; manifest: string; files: number };
}
