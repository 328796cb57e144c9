import type { RangeRecord, ReleaseNotes } from '../change/types.js';
import type { CheckResult, Decision } from '../core/types.js';

export interface ManifestEntry {
  path: string;
  sha256: string;
  size: number;
  /**
   * How the digest was taken when it is not of the file's bytes as they are: report.json without
   * its `bundle` member, report.md without its last line (which names the bundle).
   */
  digestOf?: 'report-without-bundle' | 'markdown-without-bundle';
}

export interface Manifest {
  files: ManifestEntry[];
}

export interface RunApprovalRecord {
  user: string;
  state: string;
  environments: string[];
  comment?: string;
}

/** How the gate chose its config: the base of the change on pull requests, else the checkout. */
export interface ConfigSourceRecord {
  path: string;
  source: 'base' | 'head';
  requested: 'base' | 'head';
  why: string;
  /** The commit the config was read from, when the base judged. */
  revision?: string;
  baseFrom?: string;
  /** Why the base was asked for but the head judged. */
  fallback?: { level: 'hold' | 'warn'; message: string };
}

/** The decision, plus everything needed to read and audit it. */
export interface Report extends Decision {
  schemaVersion: 1;
  tool: { name: 'promotion-gate'; version: string };
  profile: string;
  /** Profiles this one inherits from, root first, itself last. */
  lineage: string[];
  checks: CheckResult[];
  counts: Record<'pass' | 'warn' | 'fail' | 'error' | 'skipped' | 'total', number>;
  /** `range`: the base..head the diff checks compared, where it came from, what was fetched. */
  git: { sha?: string; ref?: string; base?: string; head?: string; range?: RangeRecord };
  run?: {
    url?: string;
    id?: string;
    attempt?: string;
    repository?: string;
    event?: string;
    /** Who started the workflow run, and who re-ran it when that was someone else. */
    actor?: string;
    triggeringActor?: string;
    /** Approvals of the run's deployment environments (required reviewers), as GitHub lists them. */
    approvals?: RunApprovalRecord[];
    /** When they were read (GitHub does not say when each was given). */
    approvalsReadAt?: string;
    /** Why they could not be read (a missing permission); never fails the gate. */
    approvalsProblem?: string;
  };
  /** Which revision's config judged this run, and why. */
  config?: ConfigSourceRecord;
  /** "Changes in this promotion": the release notes of the range, or why there are none. */
  changes?: ReleaseNotes | { error: string };
  inputs: Record<string, string>;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  /** Filled once the bundle is sealed: id = sha256 of manifest.json's bytes. */
  bundle?: { id: string; manifest: string; files: number };
}
