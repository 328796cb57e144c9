import type { z } from 'zod';
import type { Exec } from '../adapters/exec.js';
import type { HttpClient } from '../adapters/http.js';
import type { ChangeSource } from '../change/types.js';
import type { CheckOutcome, Enforcement } from '../core/types.js';
import type { HistoryView } from '../history/types.js';
import type { GateConfigAccess, ReviewSource } from './integrity/types.js';

/** Where a check writes what it saw; paths are relative to the output directory. */
export interface EvidenceWriter {
  /** Writes `evidence/<check id>/<name>`, redacted; returns the path relative to the output dir. */
  write(name: string, content: string | Uint8Array | object): Promise<string>;
}

/** Everything a check may touch. Built by the engine per check; no check reaches further. */
export interface CheckContext {
  id: string;
  profile: string;
  /** Directory the check works in (the repository root). */
  cwd: string;
  /** The gate's output directory (absolute); checks never count it as their input. */
  outputDir: string;
  /** Aborted when the check's timeout or the gate's timeout passes. */
  signal: AbortSignal;
  timeoutMs: number;
  /**
   * `performance.now()` at which `signal` aborts at the latest (the check's timeout, or the
   * gate's): work that cannot finish by then is not started, so the check can still say why.
   */
  deadline?: number;
  env: Readonly<Record<string, string | undefined>>;
  now(): Date;
  log(line: string): void;
  evidence: EvidenceWriter;
  exec: Exec;
  http: HttpClient;
  /** Marks a value as secret: it is replaced by *** in every output from now on. */
  secret(value: string): void;
  /** The change being promoted (base..head), resolved once per gate run; absent outside a gate. */
  change?: ChangeSource;
  /** Earlier runs of this profile (benchmark drift, trends); absent when no history store is set. */
  history?: HistoryView;
  /** The gate's config at the base and head of the change, and how it was chosen; absent outside a gate. */
  config?: GateConfigAccess;
  /** Pull request reviews on GitHub, read with the gate's token; absent outside a gate. */
  reviews?: ReviewSource;
}

/**
 * How a check type uses the working tree, which orders the checks of a run: `observes` (it reads
 * the repository as checked out: git status, files, a file another job left) runs before any
 * `changes` check (it runs the user's commands, which may write files) starts, so the same tree
 * always gives the same verdict. Checks that declare neither (live probes, the diff of two
 * commits) run at any time.
 */
export type WorkTreeUse = 'observes' | 'changes';

/**
 * What a check of a type mostly spends its time on, which sets how many run at once: `network`
 * checks (live probes) wait on another machine, so they all start together; `process` checks
 * (commands, git) and `cpu` checks (parsing and scanning in this process) compete for the
 * runner's cores, so at most `defaults.concurrency` of them run at once.
 */
export type CheckLoad = 'network' | 'process' | 'cpu';

export interface CheckTypeDefaults {
  category: string;
  enforcement: Enforcement;
}

/** One check type: its config fields (validated by zod) and how it runs. */
export interface CheckType<S extends z.ZodObject = z.ZodObject> {
  type: string;
  description: string;
  /** The type's own fields; common fields (category, enforcement, timeout…) are added by the registry. */
  fields: S;
  defaults: CheckTypeDefaults;
  /**
   * The enforcement the type's own fields imply for a profile (benchmark `mode: auto`), used
   * when the check sets no `enforcement` itself.
   */
  enforcementFor?(
    spec: z.infer<S>,
    profile: { name: string; lineage: readonly string[] },
  ): Enforcement | undefined;
  /** How a check of this type, with these fields, uses the working tree (see WorkTreeUse). */
  workTree?(spec: z.infer<S>): WorkTreeUse | undefined;
  /** What a check of this type, with these fields, mostly uses (see CheckLoad); `cpu` when unsaid. */
  load?: CheckLoad | ((spec: z.infer<S>) => CheckLoad);
  /**
   * Whether a check of this type, with these fields, streams the whole diff (every file): the
   * diff's size for the release notes is then read from its stream rather than diffed again.
   */
  readsWholeDiff?(spec: z.infer<S>): boolean;
  run(spec: z.infer<S>, ctx: CheckContext): Promise<CheckOutcome>;
}

export function defineCheck<S extends z.ZodObject>(def: CheckType<S>): CheckType<S> {
  return def;
}
