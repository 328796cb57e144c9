import path from 'node:path';
import { createExec, type Exec } from './adapters/exec.js';
import { createHttpClient, type HttpClient } from './adapters/http.js';
import type { Logger } from './adapters/logger.js';
import { prepareOutputDir, sealBundle } from './bundle/seal.js';
import { lastPromotedFrom } from './change/lastPromoted.js';
import { createChangeSource } from './change/source.js';
import { type GatePlan, type LoadedConfig, loadConfigFile, planGate } from './config/load.js';
import { Redactor } from './core/redact.js';
import { evaluate, type PreviousRun } from './decision/evaluate.js';
import { runChecks } from './engine/runChecks.js';
import { type GateHistory, historyReasons, ratchetBase, recordRun } from './history/gateHistory.js';
import { historyView, newRunId } from './history/summary.js';
import type { HistoryStore } from './history/types.js';
import { buildReport } from './report/build.js';
import { renderMarkdown } from './report/markdown.js';
import type { Report } from './report/types.js';
import { VERSION } from './version.js';

export interface GateOptions {
  configPath: string;
  profile: string;
  /** Default: `.promotion-gate/<profile>` under cwd. */
  outDir?: string;
  inputs: Record<string, string>;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  base?: string;
  head?: string;
  logger: Logger;
  now?: () => Date;
  exec?: Exec;
  http?: HttpClient;
  /** The previous run of this profile, for the hotfix ratchet (default: the newest valid run in `history`). */
  previous?: PreviousRun;
  /** Where runs are remembered: read for drift, trends and the ratchet; the sealed run is appended. */
  history?: HistoryStore;
  /** Aborting stops the checks; the report of what ran is still written. */
  signal?: AbortSignal;
}

export interface GateRun {
  report: Report;
  outDir: string;
  markdown: string;
  plan: GatePlan;
  /** Set when a history store was given: what was read and whether this run was recorded. */
  history?: GateHistory;
}

/** Budget of report.md in the bundle: large, but bounded, so one noisy check cannot fill a disk. */
const REPORT_MD_BUDGET = 4 * 1024 * 1024;
const SENSITIVE_INPUT = /token|secret|password|passwd|key|credential|auth/i;

/**
 * Kept out of a literal path.resolve(…) call: the bundler relocates such paths as assets when
 * they exist on the build machine, which would bake the build machine's path into dist/.
 */
const OUTPUT_ROOT = ['.promotion-gate'];

export function defaultOutDir(cwd: string, profile: string): string {
  return path.resolve(cwd, ...OUTPUT_ROOT, profile);
}

async function gitInfo(
  exec: Exec,
  cwd: string,
  env: GateOptions['env'],
): Promise<{ sha?: string; ref?: string }> {
  const read = async (args: string[]) => {
    try {
      const r = await exec.file('git', args, { cwd, env, maxOutputBytes: 4096 });
      return r.exitCode === 0 ? r.stdout.trim() : undefined;
    } catch {
      return undefined;
    }
  };
  return {
    sha: env.GITHUB_SHA || (await read(['rev-parse', 'HEAD'])),
    ref: env.GITHUB_REF || (await read(['rev-parse', '--abbrev-ref', 'HEAD'])),
  };
}

function runInfo(env: GateOptions['env']): Report['run'] | undefined {
  if (!env.GITHUB_RUN_ID) return undefined;
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  return {
    id: env.GITHUB_RUN_ID,
    attempt: env.GITHUB_RUN_ATTEMPT,
    repository: env.GITHUB_REPOSITORY,
    event: env.GITHUB_EVENT_NAME,
    url: env.GITHUB_REPOSITORY
      ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined,
  };
}

/** config → plan → checks → decision → report → sealed bundle. Shared by the CLI and the action. */
export async function runGate(opts: GateOptions, loaded?: LoadedConfig): Promise<GateRun> {
  const now = opts.now ?? (() => new Date());
  const startedAt = now();
  const config =
    loaded ??
    (await loadConfigFile(opts.configPath, path.relative(opts.cwd, opts.configPath) || opts.configPath));
  const plan = planGate(config, opts.profile, { env: opts.env, inputs: opts.inputs });

  const redactor = new Redactor();
  for (const s of plan.secrets) redactor.add(s);
  for (const [k, v] of Object.entries(opts.inputs)) if (SENSITIVE_INPUT.test(k)) redactor.add(v);
  for (const s of redactor.values()) opts.logger.mask(s);

  const outDir = path.resolve(opts.cwd, opts.outDir ?? defaultOutDir(opts.cwd, opts.profile));
  await prepareOutputDir(outDir);
  const exec = opts.exec ?? createExec();
  opts.logger.info(
    `promotion-gate ${VERSION}: profile ${plan.profile}${plan.lineage.length > 1 ? ` (${plan.lineage.join(' → ')})` : ''}, ${plan.checks.length} check(s), up to ${plan.concurrency} at once`,
  );
  // Read once, started now so a slow store (git fetch, artifact download) overlaps the checks.
  const history = opts.history ? historyView(opts.history, plan.profile) : undefined;
  void history?.read();
  // The diff range is resolved on first use by a diff check, once, and shared.
  const change = createChangeSource({
    cwd: opts.cwd,
    env: opts.env,
    signal: opts.signal,
    base: opts.base,
    head: opts.head,
    defaultBase: config.config.defaults?.base,
    lastPromoted: lastPromotedFrom(history),
  });
  const results = await runChecks(
    plan.checks,
    {
      cwd: opts.cwd,
      outputDir: outDir,
      profile: plan.profile,
      env: opts.env,
      exec,
      http: opts.http ?? createHttpClient(`promotion-gate/${VERSION}`),
      now,
      redactor,
      logger: opts.logger,
      history,
      change,
    },
    { concurrency: plan.concurrency, gateTimeoutMs: plan.gateTimeoutMs, signal: opts.signal },
  );
  change.close();
  const past = history ? await history.read() : undefined;
  for (const p of past?.problems ?? []) opts.logger.warn(`history: ${p}`);
  const base = ratchetBase(past);
  const decision = evaluate({
    results,
    policy: plan.policy,
    waivers: plan.waivers,
    now: now(),
    previous: opts.previous ?? base.previous,
  });
  if (history && past)
    decision.reasons.push(
      ...historyReasons(
        history.describe(),
        past,
        opts.previous ? undefined : base.run,
        decision,
        plan.policy.ratchet,
      ),
    );
  const git = await gitInfo(exec, opts.cwd, opts.env);
  const report = redactor.redactDeep(
    buildReport(plan, results, decision, {
      version: VERSION,
      startedAt,
      finishedAt: now(),
      git: {
        ...git,
        ...(opts.base ? { base: opts.base } : {}),
        ...(opts.head ? { head: opts.head } : {}),
        ...(change.settled() ? { range: change.settled() } : {}),
      },
      run: runInfo(opts.env),
      inputs: opts.inputs,
    }),
  );
  const markdown = renderMarkdown(report, { budget: REPORT_MD_BUDGET, fullReportHint: 'report.json' });
  const sealed = await sealBundle(outDir, report, markdown);
  // A stopped run measured nothing worth comparing with: it is reported but not remembered.
  const recorded =
    opts.history && !opts.signal?.aborted
      ? await recordRun(
          opts.history,
          sealed.report,
          newRunId(opts.env, startedAt),
          opts.logger,
          past?.problems ?? [],
          base.run?.runId,
        )
      : undefined;
  return { report: sealed.report, outDir, markdown, plan, ...(recorded ? { history: recorded } : {}) };
}
