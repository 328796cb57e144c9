import path from 'node:path';
import type { Logger } from '../adapters/logger.js';
import { prepareOutputDir, sealBundle } from '../bundle/seal.js';
import { headOf } from '../change/head.js';
import { type LoadedConfig, loadConfigFile, loadFullReading } from '../config/load.js';
import { errorMessage } from '../core/errors.js';
import { Redactor } from '../core/redact.js';
import { readRunner } from '../core/runner.js';
import { type DeployHistory, recordDeploy } from '../deploy/history.js';
import { describePlan, type FlowResult, runFlow } from '../deploy/flow.js';
import { renderDeploy } from '../deploy/markdown.js';
import { deployNotifier } from '../notify/deploy.js';
import { buildDeployReport, plannedSteps } from '../deploy/report.js';
import { type EnvironmentPlan, planEnvironment } from '../deploy/plan.js';
import { inputVariables, runStep, type StepContext } from '../deploy/step.js';
import type { DeployKind, DeployReport, Outcome, VerifyEntry, VerifyPhase } from '../deploy/types.js';
import { newRunId } from '../history/summary.js';
import type { HistoryStore } from '../history/types.js';
import type { Report } from '../report/types.js';
import { VERSION } from '../version.js';
import { EXIT } from './exitCodes.js';
import { runGate } from './gate.js';

/**
 * `deploy`: snapshot → deploy → verify, and on a failure (when rollback is on) rollback → verify;
 * a report of every step sealed into an evidence bundle, and a record in history. `drill` (in
 * drill.ts) runs the same flow to prove the rollback path.
 */

export interface DeployStart {
  environment: string;
  commit?: string;
  url?: string;
  /** The URL holds a value from the environment, which is redacted everywhere. */
  urlIsSecret: boolean;
  production: boolean;
}

/** Told when the steps start and when the report is sealed (the action's GitHub deployment). */
export interface DeployObserver {
  started(info: DeployStart): Promise<void>;
  /** With the sealed report, or with the error that stopped the run before it had one. */
  finished(report: DeployReport | undefined, error?: unknown): Promise<void>;
}

export interface EnvironmentRunOptions {
  configPath: string;
  environment: string;
  inputs: Record<string, string>;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Steps may not leave it (default cwd). */
  workspace?: string;
  /** Default `.promotion-gate/.deploy/<environment>` (`.drill/` for drills) under cwd. */
  outDir?: string;
  logger: Logger;
  now?: () => Date;
  history?: HistoryStore;
  /** Aborting stops the running step (its whole process group); the report is still written. */
  signal?: AbortSignal;
  observer?: DeployObserver;
}

export interface DeployOptions extends EnvironmentRunOptions {
  /** --rollback-on-failure (true), --no-rollback (false); undefined: the config decides. */
  rollback?: boolean;
  /** Resolve, print and record the plan; run nothing. */
  dryRun?: boolean;
}

export interface DeployRun {
  report: DeployReport;
  outDir: string;
  markdown: string;
  plan: EnvironmentPlan;
  exitCode: number;
  /** Something a person must act on now (a protected environment left failed, an unknown state). */
  alert?: string;
  history?: DeployHistory;
}

/** Kept out of a literal path.resolve(…) call, as in gate.ts: the bundler would relocate it. */
const OUTPUT_ROOT = ['.promotion-gate'];

export function defaultEnvironmentOutDir(cwd: string, kind: DeployKind, environment: string): string {
  // Built as one list first: a literal path.resolve(cwd, …) is what the bundler rewrites.
  const parts = [cwd, ...OUTPUT_ROOT, `.${kind}`, environment];
  return path.resolve(...parts);
}

/** 0 deployed, planned or a passed drill; 4 when the rollback failed; 1 otherwise. */
export function outcomeExitCode(outcome: Outcome): number {
  switch (outcome) {
    case 'deployed':
    case 'planned':
    case 'passed':
      return EXIT.promote;
    case 'rollback-failed':
      return EXIT.rollbackFailed;
    default:
      return EXIT.hold;
  }
}

export interface RunMode {
  kind: DeployKind;
  rollback?: boolean;
  dryRun?: boolean;
  /** A drill's steps get PROMOTION_GATE_DRY_RUN=1 unless live. */
  live?: boolean;
  /** History keeps the newest N records of this kind and environment. */
  keep?: number;
}

/** The deploy flow, shared by deploy and drill. */
export async function runEnvironment(
  opts: EnvironmentRunOptions,
  mode: RunMode,
  loaded?: LoadedConfig,
): Promise<DeployRun> {
  const now = opts.now ?? (() => new Date());
  const startedAt = now();
  const config =
    loaded ??
    (await loadConfigFile(opts.configPath, path.relative(opts.cwd, opts.configPath) || opts.configPath));
  // Planned below with each problem at its line: the full reading of the config says where.
  await loadFullReading();
  const drill = mode.kind === 'drill';
  const plan = planEnvironment(config, opts.environment, {
    env: opts.env,
    inputs: opts.inputs,
    cwd: opts.cwd,
    workspace: opts.workspace,
    rollback: mode.rollback,
    drill,
  });
  inputVariables(opts.inputs);
  const notifier = deployNotifier(config, opts);

  const redactor = new Redactor();
  // The plan's secrets hold the inputs and environment variables named as secrets (planGate).
  for (const s of [...plan.secrets, ...notifier.secrets]) redactor.add(s);
  for (const s of redactor.values()) opts.logger.mask(s);

  const outDir = path.resolve(
    opts.cwd,
    opts.outDir ?? defaultEnvironmentOutDir(opts.cwd, mode.kind, plan.environment),
  );
  await prepareOutputDir(outDir);
  const runner = readRunner(opts.env);
  const git = await headOf(runner, opts.cwd, opts.env);
  const dryRun = !drill && mode.dryRun === true;
  opts.logger.info(
    `promotion-gate ${VERSION}: ${drill ? `rollback drill${mode.live ? ' (live)' : ' (dry run)'}` : dryRun ? 'deploy (dry run)' : 'deploy'} of ${plan.environment}${git.commit ? ` at ${git.commit.slice(0, 12)}` : ''}: ${describePlan(plan)}`,
  );

  let flow: FlowResult;
  let observed = false;
  try {
    if (dryRun) {
      flow = {
        steps: plannedSteps(plan, (t) => redactor.redact(t)),
        outcome: 'planned',
        why: `dry run, nothing ran: ${describePlan(plan)}`,
      };
    } else {
      if (opts.observer && !drill) {
        observed = true;
        await opts.observer
          .started({
            environment: plan.environment,
            ...git,
            ...(plan.url ? { url: plan.url } : {}),
            urlIsSecret: plan.url !== undefined && redactor.redact(plan.url) !== plan.url,
            production: plan.production,
          })
          .catch((err: unknown) =>
            opts.logger.warn(`could not report the deploy start: ${errorMessage(err)}`),
          );
      }
      const context: StepContext = {
        environment: plan.environment,
        ...(git.commit ? { commit: git.commit } : {}),
        ...(plan.url ? { url: plan.url } : {}),
        inputs: opts.inputs,
        drill,
        dryRun: drill && !mode.live,
      };
      flow = await runFlow(mode.kind, plan, {
        signal: opts.signal,
        runStep: (step) =>
          runStep(step, {
            outDir,
            env: opts.env,
            context,
            redactor,
            logger: opts.logger,
            signal: opts.signal,
            now,
          }),
        runVerify: (phase) => verifyPhase(phase, plan, opts, config, outDir, redactor, now),
      });
    }
    if (flow.alert) opts.logger.error(redactor.redact(flow.alert));

    const report = redactor.redactDeep(
      buildDeployReport(plan, flow, {
        kind: mode.kind,
        version: VERSION,
        git,
        mode: { dryRun, drill, live: drill && mode.live === true },
        inputs: opts.inputs,
        runner,
        startedAt,
        finishedAt: now(),
      }),
    );
    const markdown = renderDeploy(report);
    // sealBundle serialises the report and digests the directory; it reads no gate-only fields.
    const sealed = (await sealBundle(outDir, report as unknown as Report, markdown))
      .report as unknown as DeployReport;
    const history = opts.history
      ? await recordDeploy(opts.history, sealed, newRunId(opts.env, startedAt), opts.logger, mode.keep)
      : undefined;
    await notifier.send(sealed, flow.alert && redactor.redact(flow.alert));
    if (observed)
      await opts
        .observer!.finished(sealed)
        .catch((err: unknown) =>
          opts.logger.warn(`could not report the deploy outcome: ${errorMessage(err)}`),
        );
    return {
      report: sealed,
      outDir,
      markdown,
      plan,
      exitCode: outcomeExitCode(sealed.outcome),
      ...(flow.alert ? { alert: redactor.redact(flow.alert) } : {}),
      ...(history ? { history } : {}),
    };
  } catch (err) {
    if (observed) await opts.observer!.finished(undefined, err).catch(() => undefined);
    throw err;
  }
}

/** The verify profile through the gate, its bundle nested in this one under evidence/<phase>/. */
export async function verifyPhase(
  phase: VerifyPhase,
  plan: EnvironmentPlan,
  opts: EnvironmentRunOptions,
  loaded: LoadedConfig,
  outDir: string,
  redactor: Redactor,
  now: () => Date,
): Promise<VerifyEntry> {
  const startedAt = now().toISOString();
  const t0 = performance.now();
  const base = {
    kind: 'verify' as const,
    name: phase,
    profile: plan.verify,
    startedAt,
    evidence: `evidence/${phase}`,
  };
  opts.logger.info(`▶ ${phase}: profile ${plan.verify}`);
  try {
    const gate = await runGate(
      {
        configPath: opts.configPath,
        profile: plan.verify,
        outDir: path.join(outDir, 'evidence', phase),
        inputs: opts.inputs,
        env: opts.env,
        cwd: opts.cwd,
        logger: opts.logger,
        now,
        signal: opts.signal,
      },
      loaded,
    );
    const r = gate.report;
    const entry: VerifyEntry = {
      ...base,
      status: opts.signal?.aborted ? 'interrupted' : r.verdict === 'promote' ? 'passed' : 'failed',
      durationMs: Math.round(performance.now() - t0),
      verdict: r.verdict,
      score: r.score,
      action: r.action,
      blockers: r.blockers,
      ...(r.bundle ? { bundleId: r.bundle.id } : {}),
      evidence: `evidence/${phase}/report.json`,
    };
    opts.logger.info(
      `${entry.status === 'passed' ? '✔' : '✖'} ${phase}: ${r.verdict} ${r.score}/5${r.blockers.length ? ` (${r.blockers.join(', ')})` : ''}`,
    );
    return entry;
  } catch (err) {
    // A verify that cannot run proves nothing: the deploy counts as not verified.
    const detail = `could not run: ${redactor.redact(errorMessage(err))}`;
    opts.logger.warn(`${phase}: ${detail}`);
    return { ...base, status: 'error', detail, durationMs: Math.round(performance.now() - t0) };
  }
}

/** `deploy`: see runEnvironment. */
export function runDeploy(opts: DeployOptions, loaded?: LoadedConfig): Promise<DeployRun> {
  return runEnvironment(opts, { kind: 'deploy', rollback: opts.rollback, dryRun: opts.dryRun }, loaded);
}
