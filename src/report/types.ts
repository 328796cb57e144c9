import type { RangeRecord } from '../change/types.js';
import type { CheckResult, Decision } from '../core/types.js';

export interface ManifestEntry {
  path: string;
  sha256: string;
  size: number;
  /** How the digest was taken when it is not of the file's bytes as they are. */
  digestOf?: 'report-without-bundle';
}

export interface Manifest {
  files: ManifestEntry[];
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
  run?: { url?: string; id?: string; attempt?: string; repository?: string; event?: string };
  inputs: Record<string, string>;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  /** Filled once the bundle is sealed: id = sha256 of manifest.json's bytes. */
  bundle?: { id: string; manifest: string; files: number };
}
