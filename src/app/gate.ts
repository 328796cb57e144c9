import path from 'node:path';
import { createExec, type Exec } from '../adapters/exec.js';
import { createHttpClient, type HttpClient } from '../adapters/http.js';
import { type Logger, redactingLogger } from '../adapters/logger.js';
import { prepareOutputDir, sealBundle } from '../bundle/seal.js';
import { runGit } from '../change/git.js';
import { lastPromotedFrom } from '../change/lastPromoted.js';
import { createChangeSource } from '../change/source.js';
import { type LoadedConfig } from '../config/load.js';
import { type GatePlan } from '../config/types.js';
import { knownTokenSpans } from '../checks/secrets/shapes.js';
import { Redactor } from '../core/redact.js';
import { evaluate, type PreviousRun } from '../decision/evaluate.js';
import { loadOf, readsWholeDiff, runChecks } from '../engine/runChecks.js';
import {
  type GateHistory,
  historyNotes,
  historyOffNotes,
  hotfixBase,
  ratchetBase,
  recordRun,
} from '../history/gateHistory.js';
import { historyView, newRunId } from '../history/summary.js';
import type { HistoryStore } from '../history/types.js';
import { buildReport } from '../report/build.js';
import { renderMarkdown } from '../report/markdown.js';
import type { Report } from '../report/types.js';
import { VERSION } from '../version.js';
import { trackChanges } from './changes.js';
import { type FrontEnd, forFrontEnd } from './frontEnd.js';
import { chooseConfigSource, type ConfigSource, loadGateConfig, loadHeadConfig } from './configSource.js';
import { createReviewSource, runApprovals } from '../github/reviews.js';
import { readRunner, type Runner } from '../core/runner.js';

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
  /** More values to mask in every output (e.g. the webhook URLs a watch will call). */
  secrets?: readonly string[];
  /** Which revision's config judges: default the base on pull request events, else the head. */
  configSource?: ConfigSource;
  /** How messages name the config file (default: relative to cwd). */
  configName?: string;
  /** Token for reading pull request reviews and run approvals (default GITHUB_TOKEN, GH_TOKEN). */
  token?: string;
  /** The front end showing the run: options named in messages and the report are spelled its way. */
  frontEnd?: FrontEnd;
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

/**
 * Kept out of a literal path.resolve(…) call: the bundler relocates such paths as assets when
 * they exist on the build machine, which would bake the build machine's path into dist/.
 */
const OUTPUT_ROOT = ['.promotion-gate'];

export function defaultOutDir(cwd: string, profile: string): string {
  return path.resolve(cwd, ...OUTPUT_ROOT, profile);
}

/**
 * The commit and branch the report names: the runner's when it says, else asked of git — one
 * short process, run without the process-tree watch a user's command gets.
 */
async function gitInfo(
  cwd: string,
  env: GateOptions['env'],
  runner: Runner,
): Promise<{ sha?: string; ref?: string }> {
  const args = [
    ...(runner.sha === undefined ? ['HEAD'] : []),
    ...(runner.ref === undefined ? ['--abbrev-ref', 'HEAD'] : []),
  ];
  if (args.length === 0) return { sha: runner.sha, ref: runner.ref };
  const r = await runGit(['rev-parse', ...args], { cwd, env, maxBytes: 4096 }).catch(() => undefined);
  const lines = r?.code === 0 ? r.stdout.split('\n').map((l) => l.trim()) : [];
  return {
    sha: runner.sha ?? lines[0],
    ref: runner.ref ?? (runner.sha === undefined ? lines[1] : lines[0]),
  };
}

/** Two turns of the event loop: checks started just before have connected and sent their requests. */
const twoTurns = () => new Promise<void>((resolve) => setImmediate(() => setImmediate(resolve)));

function runInfo(runner: Runner): Report['run'] | undefined {
  if (!runner.runId) return undefined;
  return {
    id: runner.runId,
    attempt: String(runner.runAttempt),
    repository: runner.repository,
    event: runner.eventName,
    url: runner.runUrl,
    ...(runner.actor ? { actor: runner.actor } : {}),
    ...(runner.triggeringActor ? { triggeringActor: runner.triggeringActor } : {}),
  };
}

/** The approvals of the run's environments, or why they could not be read (never fatal). */
function withApprovals(
  run: Report['run'] | undefined,
  got: Awaited<ReturnType<typeof runApprovals>>,
  at: Date,
): Report['run'] | undefined {
  if (!run) return run;
  return {
    ...run,
    ...(got.approvals ? { approvals: got.approvals, approvalsReadAt: at.toISOString() } : {}),
    ...(got.problem ? { approvalsProblem: got.problem } : {}),
  };
}

/**
 * Values env checks will read from the process environment and keep secret (the env check's
 * own default: secret unless `equals` or `values` name what is allowed), so they are masked
 * before any check starts rather than when the env check gets to them.
 */
function envCheckSecrets(plan: GatePlan, env: GateOptions['env']): string[] {
  const out: string[] = [];
  for (const c of plan.checks) {
    if (c.type !== 'env' || c.enforcement === 'off') continue;
    const spec = c.spec as {
      file?: string;
      vars?: Record<string, { secret?: boolean; equals?: string; values?: string[] }>;
    };
    if (spec.file) continue;
    for (const [name, rule] of Object.entries(spec.vars ?? {})) {
      const value = Object.hasOwn(env, name) ? env[name] : undefined;
      if (value && (rule.secret ?? !(rule.equals !== undefined || rule.values !== undefined)))
        out.push(value);
    }
  }
  return out;
}

/** config → plan → checks → decision → report → sealed bundle. Shared by the CLI and the action. */
export async function runGate(opts: GateOptions, loaded?: LoadedConfig): Promise<GateRun> {
  const now = opts.now ?? (() => new Date());
  const startedAt = now();
  const configName = opts.configName ?? (path.relative(opts.cwd, opts.configPath) || opts.configPath);
  const head = await loadHeadConfig(
    opts.configPath,
    configName,
    loaded,
    chooseConfigSource(opts.configSource, opts.env).source,
  );
  // Read once, on first use: by the range (the last promoted run) or when the plan stands.
  const history = opts.history ? historyView(opts.history, opts.profile) : undefined;
  // The diff range is resolved on first use (the base's config, a diff check), once, and shared.
  const change = createChangeSource({
    cwd: opts.cwd,
    env: opts.env,
    signal: opts.signal,
    base: opts.base,
    head: opts.head,
    defaultBase: head.loaded?.config.defaults?.base,
    lastPromoted: lastPromotedFrom(history),
  });
  // On pull requests the base's config judges; the integrity check compares it with the head's.
  const { plan, access } = await loadGateConfig({
    configPath: opts.configPath,
    displayName: configName,
    cwd: opts.cwd,
    env: opts.env,
    inputs: opts.inputs,
    profile: opts.profile,
    requested: opts.configSource,
    change,
    head,
  }).catch((err: unknown) => {
    change.close(); // a config error ends the run: no git of it may outlive it
    throw err;
  });

  // Tokens of a known shape are masked in every output, registered or not.
  const redactor = new Redactor({ shapes: [knownTokenSpans] });
  for (const s of plan.secrets) redactor.add(s);
  for (const s of envCheckSecrets(plan, opts.env)) redactor.add(s);
  for (const s of opts.secrets ?? []) redactor.add(s);
  if (opts.token) redactor.add(opts.token);
  // Secrets from the environment are masked in the runner's log before any check starts; every
  // line the gate prints goes through the redactor.
  for (const s of redactor.values()) opts.logger.mask(s);
  const shown = forFrontEnd(opts.frontEnd);
  opts = { ...opts, logger: redactingLogger(opts.logger, redactor, shown) };

  const outDir = path.resolve(opts.cwd, opts.outDir ?? defaultOutDir(opts.cwd, opts.profile));
  // The default must stay inside .promotion-gate/: no `..` or symbolic link may lead it elsewhere.
  const within = opts.outDir === undefined ? path.resolve(opts.cwd, ...OUTPUT_ROOT) : undefined;
  // Made ready while the live probes start (they write nothing before it is; no other check starts
  // before it is, and none if it cannot be).
  const prepared = prepareOutputDir(outDir, { within });
  prepared.catch(() => undefined); // awaited below, once the checks have started
  const live = plan.checks.some((c) => c.enforcement !== 'off' && loadOf(c) === 'network');
  // The release notes take the diff's size from that check's stream, not from a second diff.
  if (plan.checks.some((c) => c.enforcement !== 'off' && readsWholeDiff(c))) change.expectWholeScan?.();
  const exec = opts.exec ?? createExec();
  const reviews = await createReviewSource({ env: opts.env, token: opts.token, signal: opts.signal });
  // The checks start first: live probes send their requests now, and what follows is done while
  // they wait for the answers. No check prints before every check has ended.
  const running = runChecks(
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
      config: access,
      reviews,
      outputReady: prepared,
    },
    { concurrency: plan.concurrency, gateTimeoutMs: plan.gateTimeoutMs, signal: opts.signal },
  );
  running.catch(() => undefined); // awaited below; a failure must not count as unhandled meanwhile
  try {
    await prepared;
  } catch (err) {
    // The engine stopped the checks it had started; they end before the gate says why.
    await running.catch(() => undefined);
    change.close();
    throw err;
  }
  // What follows waits until the live probes' requests are out, so none of them waits for it.
  await twoTurns();
  // Started now so a slow store (git fetch, artifact download) overlaps the checks.
  void history?.read();
  const runner = readRunner(opts.env);
  // The commit and branch the report names, read while the checks run.
  const gitRead = gitInfo(opts.cwd, opts.env, runner);
  opts.logger.info(
    `promotion-gate ${VERSION}: profile ${plan.profile}${plan.lineage.length > 1 ? ` (${plan.lineage.join(' → ')})` : ''}, ${plan.checks.length} check(s), ${live ? 'live probes together, ' : ''}up to ${plan.concurrency} others at once`,
  );
  const record = access.record;
  opts.logger.info(
    `config: ${record.path} of the ${record.source}${record.revision ? ` (${record.revision.slice(0, 12)}, ${record.baseFrom})` : ''}, ${record.why}`,
  );
  if (record.fallback) opts.logger.warn(`config: ${record.fallback.message}`);
  // The release notes of the promoted range; made alongside the checks when the range is wanted anyway.
  const notes = trackChanges({
    change,
    cwd: opts.cwd,
    env: opts.env,
    configPath: opts.configPath,
    eventPull: reviews.eventPull?.number,
    signal: opts.signal,
    now: opts.base !== undefined || record.source === 'base',
    base: opts.base,
    head: opts.head,
  });
  const results = await running;
  change.scansDone?.();
  await notes.beforeClose();
  change.close();
  const [changes, approvals] = await Promise.all([
    notes.result(),
    // The run's approvals are governance evidence: read (one request) when the profile guards its integrity.
    plan.checks.some((c) => c.type === 'integrity' && c.enforcement !== 'off')
      ? runApprovals({ env: opts.env, token: opts.token, signal: opts.signal })
      : {},
  ]);
  const past = history ? await history.read() : undefined;
  for (const p of past?.problems ?? []) opts.logger.warn(`history: ${p}`);
  const base = ratchetBase(past);
  const previous = opts.previous ?? base;
  const hotfix = hotfixBase(past);
  const decision = evaluate({
    results,
    policy: plan.policy,
    waivers: plan.waivers,
    now: now(),
    previous,
    hotfix: hotfix.tracker,
    notes:
      history && past
        ? historyNotes(history.describe(), past, base !== undefined, hotfix.problems)
        : historyOffNotes(previous !== undefined),
  });
  // A source that should have named the range and did not is said where everyone sees it: the
  // diff checks then compared with a fallback (history, defaults.base).
  const settledRange = change.settled();
  if (settledRange && 'notes' in settledRange)
    for (const n of settledRange.notes ?? []) opts.logger.warn(`diff range: ${n}`);
  const git = await gitRead;
  const built = redactor.redactDeep(
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
      run: withApprovals(runInfo(runner), approvals, now()),
      config: record,
      ...(changes ? { changes } : {}),
      inputs: opts.inputs,
    }),
  );
  const report = shown.deep(built);
  const markdown = renderMarkdown(report, { budget: REPORT_MD_BUDGET, fullReportHint: 'report.json' });
  const sealed = await sealBundle(outDir, report, markdown, redactor);
  // A stopped run measured nothing worth comparing with: it is reported but not remembered.
  const recorded =
    opts.history && !opts.signal?.aborted
      ? await recordRun(
          opts.history,
          sealed.report,
          newRunId(opts.env, startedAt),
          opts.logger,
          past?.problems ?? [],
          base?.runId,
          past?.runs,
        )
      : undefined;
  return { report: sealed.report, outDir, markdown, plan, ...(recorded ? { history: recorded } : {}) };
}
