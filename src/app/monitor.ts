import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createExec } from '../adapters/exec.js';
import { createHttpClient, type HttpClient } from '../adapters/http.js';
import { type Logger, redactingLogger } from '../adapters/logger.js';
import { prepareOutputDir, sealBundle } from '../bundle/seal.js';
import { headOf } from '../change/head.js';
import { knownTokenSpans } from '../checks/secrets/shapes.js';
import { type LoadedConfig, loadConfigFile, loadFullReading } from '../config/load.js';
import { errorMessage, UsageError } from '../core/errors.js';
import { Redactor } from '../core/redact.js';
import { readRunner } from '../core/runner.js';
import { newRunId } from '../history/summary.js';
import type { HistoryStore } from '../history/types.js';
import type { NoticeLink } from '../notify/message.js';
import { planNotify } from '../notify/plan.js';
import type { IssueSink } from '../monitor/alert.js';
import { classify, readTick } from '../monitor/classify.js';
import { sleep, watchWindow, type WindowResult } from '../monitor/loop.js';
import { renderMonitor } from '../monitor/markdown.js';
import { type MonitorPlan, planMonitor } from '../monitor/plan.js';
import { keepEvidence, runTick } from '../monitor/probes.js';
import type { ReactionResult } from '../monitor/reaction.js';
import { alertOf, buildMonitorReport, tickLine, whyOf } from '../monitor/report.js';
import { type Armed, DEPLOYMENT_ID, monitorKey, type SeriesState, SeriesStore } from '../monitor/series.js';
import type {
  ActionTaken,
  Classification,
  MonitorOutcome,
  MonitorReport,
  TickRow,
} from '../monitor/types.js';
import type { Report } from '../report/types.js';
import { VERSION } from '../version.js';
import { EXIT } from './exitCodes.js';
import { resolveAlert } from '../monitor/alert.js';
import { type ReactionContext, reactTo } from './monitorReaction.js';

/**
 * `monitor`: the window after a deploy. One round of probes per interval, appended to a series
 * in history (so a restarted monitor resumes the same window, and one started after the window
 * ended returns the recorded outcome without probing), classified after every tick; a degraded
 * environment gets its reaction. The report is sealed into an evidence bundle like the gate's.
 *
 * Never-raise: a probe that errors is a failed probe; a store that cannot be read or written, a
 * malformed series entry, a crash while classifying or reacting is reported and the monitor goes
 * on or ends with a report. Only a bad config or bad arguments stop it before it starts (exit 2).
 */

export interface MonitorOptions {
  configPath: string;
  /** How messages name the config file (default: relative to cwd). */
  configName?: string;
  environment: string;
  inputs: Record<string, string>;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** The rollback step may not leave it (default cwd). */
  workspace?: string;
  /** Default `.promotion-gate/.monitor/<environment>` under cwd. */
  outDir?: string;
  logger: Logger;
  now?: () => Date;
  /** Where the series is kept; without one it lives in memory and a restart starts a new window. */
  history?: HistoryStore;
  /** Aborting ends the window where it is; the report so far is still written. */
  signal?: AbortSignal;
  /** --window and --interval, over the config's. */
  windowMs?: number;
  intervalMs?: number;
  /** The series key (default the commit). */
  deployment?: string;
  /** Where the incident issue goes (default: none, with the reason). */
  issues?: IssueSink;
  /** False: no webhook is called. */
  notify?: boolean;
  /** Shown in the alert (workflow run, …). */
  links?: NoticeLink[];
}

export interface MonitorRun {
  report: MonitorReport;
  outDir: string;
  markdown: string;
  plan: MonitorPlan;
  exitCode: number;
  /** Something a person must act on now: a degraded environment alerted, a failed rollback. */
  alert?: string;
}

/** Kept out of a literal path.resolve(…) call, as in gate.ts: the bundler would relocate it. */
const OUTPUT_ROOT = ['.promotion-gate'];

export function defaultMonitorOutDir(cwd: string, environment: string): string {
  return path.resolve(cwd, ...OUTPUT_ROOT, '.monitor', environment);
}

/** 0 healthy; 1 degraded, the reaction done (or none/alert); 4 the rollback failed; 3 no judgement. */
export function monitorExitCode(outcome: MonitorOutcome, taken: ActionTaken): number {
  if (taken === 'rollback-failed') return EXIT.rollbackFailed;
  if (outcome === 'healthy') return EXIT.promote;
  if (outcome === 'error') return EXIT.internal;
  return EXIT.hold;
}

const validRows = (rows: readonly unknown[]): TickRow[] =>
  rows.map(readTick).filter((r): r is TickRow => typeof r !== 'string');

function safeClassify(rows: readonly unknown[], plan: MonitorPlan, ended: boolean, problems: string[]) {
  try {
    return classify(rows, plan.rules, ended);
  } catch (err) {
    problems.push(`classification failed: ${errorMessage(err)}`);
    return undefined;
  }
}

const EMPTY: Classification = {
  state: 'watching',
  reasons: [],
  ticks: 0,
  requests: 0,
  errors: 0,
  errorRatio: null,
  latencyP95Ms: null,
  skipped: [],
};

export async function runMonitor(opts: MonitorOptions, loaded?: LoadedConfig): Promise<MonitorRun> {
  const now = opts.now ?? (() => new Date());
  const startedAt = now();
  const config =
    loaded ??
    (await loadConfigFile(
      opts.configPath,
      opts.configName ?? (path.relative(opts.cwd, opts.configPath) || opts.configPath),
    ));
  if (opts.deployment !== undefined && !DEPLOYMENT_ID.test(opts.deployment))
    throw new UsageError(
      `--deployment: "${opts.deployment}" may use only letters, digits, ".", "_" and "-" (at most 128, starting with a letter or digit)`,
    );
  // Planned below with each problem at its line: the full reading of the config says where.
  await loadFullReading();
  const plan = planMonitor(config, opts.environment, {
    env: opts.env,
    inputs: opts.inputs,
    cwd: opts.cwd,
    workspace: opts.workspace,
    windowMs: opts.windowMs,
    intervalMs: opts.intervalMs,
  });
  const notify = opts.notify === false ? { webhooks: [], secrets: [] } : planNotify(config, opts);

  // Tokens of a known shape are masked in every output, registered or not.
  const redactor = new Redactor({ shapes: [knownTokenSpans] });
  // The plan's secrets hold the inputs and environment variables named as secrets (planGate).
  for (const s of [...plan.secrets, ...notify.secrets]) redactor.add(s);
  for (const s of redactor.values()) opts.logger.mask(s);
  const logger = redactingLogger(opts.logger, redactor);

  const runner = readRunner(opts.env);
  const git = await headOf(runner, opts.cwd, opts.env);
  const deployment = opts.deployment ?? git.commit;
  if (!deployment)
    throw new UsageError(
      'monitor: the commit deployed is not known here (not a git repository?); name the deployment with --deployment ID',
    );
  const outDir = path.resolve(opts.cwd, opts.outDir ?? defaultMonitorOutDir(opts.cwd, plan.environment));
  const within = opts.outDir === undefined ? path.resolve(opts.cwd, ...OUTPUT_ROOT) : undefined;
  await prepareOutputDir(outDir, { within });
  const key = monitorKey(plan.environment, deployment);
  const runId = newRunId(opts.env, startedAt);
  const problems: string[] = [];
  const store = opts.history
    ? new SeriesStore(opts.history, key, { runId, environment: plan.environment, ...git }, redactor)
    : undefined;
  const state: SeriesState = store ? await store.load() : { rows: [], problems: [] };
  for (const p of state.problems) logger.warn(`series: ${p}`);
  problems.push(...state.problems);
  if (!store)
    problems.push(
      'history is off: the series is kept in memory only, so a restarted monitor starts a new window',
    );

  const base = {
    plan,
    webhooks: notify.webhooks,
    opts,
    config,
    redactor,
    logger,
    outDir,
    runner,
    git,
    deployment,
    key,
    runId,
    store,
    problems,
    startedAt,
    now,
  };
  if (state.done) return recorded(base, state);
  return watch(base, state);
}

/** One monitor run, as its parts share it. */
interface Run extends ReactionContext {
  opts: MonitorOptions;
  key: string;
  store?: SeriesStore;
  startedAt: Date;
}

/** The window ended before this run: its recorded outcome, at once, nothing probed. */
async function recorded(r: Run, state: SeriesState): Promise<MonitorRun> {
  const done = state.done!;
  const armed = state.armed;
  r.logger.info(
    `promotion-gate ${VERSION}: the monitoring window of ${r.plan.environment} for ${r.deployment} ended at ${done.finishedAt}: ${done.outcome}, ${done.actionTaken} (recorded; nothing is probed again)`,
  );
  const c = safeClassify(state.rows, r.plan, true, r.problems) ?? EMPTY;
  const windowMs = armed?.windowMs ?? r.plan.windowMs;
  const start = armed?.startedAt ?? done.finishedAt;
  return finish(r, {
    outcome: done.outcome,
    taken: done.actionTaken,
    why: `recorded when the window ended at ${done.finishedAt}: ${done.why}`,
    classification: c,
    series: validRows(state.rows),
    window: {
      startedAt: start,
      endsAt: new Date(Date.parse(start) + windowMs).toISOString(),
      windowMs,
      intervalMs: armed?.intervalMs ?? r.plan.intervalMs,
      resumed: false,
      recorded: true,
    },
    record: false,
  });
}

async function watch(r: Run, state: SeriesState): Promise<MonitorRun> {
  const { plan, logger, opts } = r;
  const resumed = state.armed !== undefined;
  const armed: Armed = state.armed ?? {
    startedAt: r.startedAt.toISOString(),
    windowMs: plan.windowMs,
    intervalMs: plan.intervalMs,
    deployment: r.deployment,
    ...(r.git.commit ? { commit: r.git.commit } : {}),
    probes: plan.probes.map((p) => p.id),
  };
  if (resumed && (armed.windowMs !== plan.windowMs || armed.intervalMs !== plan.intervalMs))
    r.problems.push(
      `the window was armed at ${armed.startedAt} for ${armed.windowMs}ms, a tick every ${armed.intervalMs}ms: it is resumed as armed, not as this run asked`,
    );
  if (!resumed && r.store) {
    const p = await r.store.arm(armed);
    if (p) {
      r.problems.push(p);
      logger.warn(p);
    }
  }
  const startMs = Date.parse(armed.startedAt);
  const endMs = startMs + armed.windowMs;
  const rows = [...state.rows];
  const lastTick = validRows(rows).reduce((n, t) => Math.max(n, t.tick), 0);
  logger.info(
    `promotion-gate ${VERSION}: ${resumed ? 'resuming' : 'monitoring'} ${plan.environment} (${r.deployment.slice(0, 12)}) until ${new Date(endMs).toISOString()}, a tick every ${armed.intervalMs}ms: probes ${plan.probes.map((p) => p.id).join(', ')}; on degraded: ${plan.reaction.reason}`,
  );

  const tmp = await mkdtemp(path.join(os.tmpdir(), 'pg-monitor-'));
  const exec = createExec();
  const http: HttpClient = createHttpClient(`promotion-gate/${VERSION}`);
  let result: WindowResult;
  let crash: string | undefined;
  try {
    result = await watchWindow({
      rules: plan.rules,
      startMs,
      endMs,
      intervalMs: armed.intervalMs,
      rows,
      nextTick: lastTick + 1,
      tick: async (n) => {
        const t = await runTick(plan.probes, n, {
          cwd: opts.cwd,
          outputDir: path.join(tmp, String(n)),
          env: opts.env,
          exec,
          http,
          now: r.now,
          redactor: r.redactor,
          logger,
          concurrency: Math.max(1, plan.probes.length),
          gateTimeoutMs: Math.max(armed.intervalMs, ...plan.probes.map((p) => p.timeoutMs)),
          signal: opts.signal,
        });
        return r.redactor.redactDeep(t.row);
      },
      persist: async (row) => {
        const p = await r.store?.tick(row);
        if (p) {
          r.problems.push(p);
          logger.warn(p);
        }
      },
      nowMs: () => r.now().getTime(),
      sleep,
      signal: opts.signal,
      onTick: (row, c) => logger.info(tickLine(row, c)),
    });
  } catch (err) {
    crash = `internal error during the window: ${errorMessage(err)}`;
    result = { stopped: opts.signal?.aborted === true, ticks: [], problems: [] };
  }
  try {
    await keepEvidence(tmp, r.outDir, result.ticks);
  } catch (err) {
    r.problems.push(`the probes' evidence could not be kept in the bundle: ${errorMessage(err)}`);
  } finally {
    await rm(tmp, { recursive: true, force: true }).catch(() => undefined);
  }
  r.problems.push(...result.problems, ...(crash ? [crash] : []));

  const c = result.classification;
  const outcome: MonitorOutcome = result.stopped
    ? 'interrupted'
    : crash || !c || c.state === 'watching'
      ? 'error'
      : c.state;
  let reaction: ReactionResult | undefined;
  if (outcome === 'degraded') reaction = await reactTo(r, c!);
  else if (outcome === 'healthy' && r.opts.issues) {
    const closed = await resolveAlert(
      plan.environment,
      `✅ ${plan.environment} stayed healthy through the monitoring window of ${r.deployment} (${result.ticks.length} tick(s) in this run, ending ${new Date(endMs).toISOString()}).${r.runner.runUrl ? `\n\n[Workflow run](${r.runner.runUrl})` : ''}`,
      { issues: r.opts.issues, logger: r.logger, redactor: r.redactor, runKey: r.runId },
    );
    if (closed?.state === 'failed')
      r.problems.push(`the open incident could not be closed: ${closed.detail}`);
  }
  const taken: ActionTaken = reaction?.taken ?? 'none';
  const stopReason = opts.signal?.reason instanceof Error ? opts.signal.reason.message : undefined;
  const why = whyOf(outcome, taken, c, {
    windowMs: armed.windowMs,
    ...(stopReason ? { stopReason } : {}),
    lastTick: result.ticks.at(-1)?.tick ?? (lastTick || undefined),
    problem: crash ?? result.problems.at(-1),
  });
  return finish(r, {
    outcome,
    taken,
    why,
    classification: c ?? safeClassify(rows, plan, false, []) ?? EMPTY,
    series: validRows(rows),
    window: {
      startedAt: armed.startedAt,
      endsAt: new Date(endMs).toISOString(),
      windowMs: armed.windowMs,
      intervalMs: armed.intervalMs,
      resumed,
      recorded: false,
    },
    ...(reaction ? { reaction } : {}),
    // A stopped window goes on when the monitor is started again; one that could not be judged
    // is tried again too. Only a decided window is done.
    record: outcome === 'healthy' || outcome === 'degraded',
  });
}

interface Ending {
  outcome: MonitorOutcome;
  taken: ActionTaken;
  why: string;
  classification: Classification;
  series: TickRow[];
  window: MonitorReport['window'];
  reaction?: ReactionResult;
  /** Write the done record: the window is decided. */
  record: boolean;
}

async function finish(r: Run, e: Ending): Promise<MonitorRun> {
  const { plan, redactor } = r;
  const report = redactor.redactDeep(
    buildMonitorReport(plan, {
      version: VERSION,
      deployment: r.deployment,
      git: r.git,
      outcome: e.outcome,
      taken: e.taken,
      why: e.why,
      window: e.window,
      classification: e.classification,
      ...(e.reaction
        ? {
            reaction: {
              ...plan.reaction,
              steps: e.reaction.steps,
              ...(e.reaction.alert ? { alert: e.reaction.alert } : {}),
            },
          }
        : {}),
      series: e.series,
      store: {
        where: r.store?.describe() ?? 'memory (history off)',
        key: r.key,
        persisted: r.store !== undefined,
      },
      problems: r.problems,
      inputs: r.opts.inputs,
      runner: r.runner,
      startedAt: r.startedAt,
      finishedAt: r.now(),
    }),
  );
  const markdown = renderMonitor(report);
  // sealBundle serialises the report and digests the directory; it reads no gate-only fields.
  const sealed = (await sealBundle(r.outDir, report as unknown as Report, markdown, redactor))
    .report as unknown as MonitorReport;
  if (e.record && r.store) {
    const p = await r.store.finish({
      outcome: e.outcome,
      actionTaken: e.taken,
      why: e.why,
      finishedAt: sealed.finishedAt,
      ...(sealed.bundle ? { bundleId: sealed.bundle.id } : {}),
    });
    if (p) r.logger.warn(`${p}; a monitor started again for this deployment will watch a new window`);
  }
  const alert = alertOf(plan.environment, r.deployment, e.outcome, e.taken, e.why);
  return {
    report: sealed,
    outDir: r.outDir,
    markdown,
    plan,
    exitCode: monitorExitCode(e.outcome, e.taken),
    ...(alert ? { alert: redactor.redact(alert) } : {}),
  };
}
