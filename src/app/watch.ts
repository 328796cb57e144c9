import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createHttpClient } from '../adapters/http.js';
import { type Logger, redactingLogger } from '../adapters/logger.js';
import { type LoadedConfig, loadConfigFile, loadFullReading } from '../config/load.js';
import { errorMessage, UsageError } from '../core/errors.js';
import { Redactor } from '../core/redact.js';
import { readRunner } from '../core/runner.js';
import type { IssueDeps } from '../github/issues.js';
import type { Transition } from '../history/types.js';
import { gateEvents, gateNotice, type NoticeLink } from '../notify/message.js';
import { type NotifyPlan, planNotify } from '../notify/plan.js';
import { type Delivery, describeDelivery, sendNotices } from '../notify/send.js';
import { VERSION } from '../version.js';
import { type GateOptions, type GateRun, runGate } from './gate.js';
import { type IssueStep, syncIssues } from './watchIssues.js';

export type { IssueStep };

/**
 * `watch`: the gate, run now (and again every `every`), compared with the profile's last
 * recorded run. A transition to hold opens an incident issue (or comments on the open one); the
 * way back comments and closes it; the hotfix tracker's issue follows the tracker in history;
 * the webhooks of `notify:` hear the events they asked for. None of this changes a verdict or an
 * exit code: what could not be done is logged, written to watch.json and returned as notes.
 */

export interface WatchOptions extends GateOptions {
  /** Time between runs; without it, one run. */
  everyMs?: number;
  /** Runs at most (default: 1 without `everyMs`, else until the signal). */
  times?: number;
  /** Where incidents and the hotfix issue go on GitHub, or why they cannot. */
  issues: IssueDeps | { skipped: string };
  /** False: no webhook is called. */
  notify?: boolean;
  /** After each gate run, before issues and webhooks: publishes it and gives the links to show. */
  published?: (run: GateRun) => Promise<NoticeLink[]>;
  /** After each run (the CLI prints it). */
  onRun?: (run: WatchRun) => void | Promise<void>;
  /** Where watch.json goes (default: the output directory's name + `-watch`). */
  watchDir?: string;
  /** Wait before a webhook is tried again (default 1 s). */
  retryDelayMs?: number;
}

export interface WatchRun {
  iteration: number;
  gate: GateRun;
  transition?: Transition;
  issues: IssueStep[];
  notifications: Delivery[];
  /** What a person should know: transitions not detectable, issues or webhooks that failed. */
  notes: string[];
  /** watch.json of this run. */
  file: string;
}

const OUTPUT_ROOT = ['.promotion-gate'];

function watchDirOf(opts: WatchOptions): string {
  if (opts.watchDir) return path.resolve(opts.cwd, opts.watchDir);
  if (opts.outDir) return `${path.resolve(opts.cwd, opts.outDir)}-watch`;
  return path.resolve(opts.cwd, ...OUTPUT_ROOT, `${opts.profile}-watch`);
}

/** Resolves after `ms`, or at once when the signal stops the watch. */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

export async function runWatch(opts: WatchOptions, loaded?: LoadedConfig): Promise<WatchRun[]> {
  const config =
    loaded ??
    (await loadConfigFile(opts.configPath, path.relative(opts.cwd, opts.configPath) || opts.configPath));
  // Every run of one workflow run is recorded under its id: runs of a loop there could not be told
  // apart, nor compared with each other.
  if (opts.everyMs && readRunner(opts.env).runId)
    throw new UsageError(
      '--every in a GitHub Actions job: schedule the workflow (on: schedule) and watch once per run instead',
    );
  // Planned below with each problem at its line: the full reading of the config says where.
  await loadFullReading();
  // Planned before anything runs: an unset ${{ env.WEBHOOK }} stops the watch as a config error.
  const plan = planNotify(config, { env: opts.env, inputs: opts.inputs });
  const redactor = new Redactor();
  for (const s of plan.secrets) {
    redactor.add(s);
    opts.logger.mask(s);
  }
  const logger = redactingLogger(opts.logger, redactor);
  const gateOpts: GateOptions = { ...opts, secrets: [...(opts.secrets ?? []), ...plan.secrets] };
  const limit = opts.times ?? (opts.everyMs ? Infinity : 1);
  const runs: WatchRun[] = [];
  for (let iteration = 1; iteration <= limit; iteration++) {
    const gate = await runGate(gateOpts, config);
    const run = await afterGate(opts, plan, gate, iteration, logger, redactor);
    runs.push(run);
    await opts.onRun?.(run);
    if (opts.signal?.aborted || !opts.everyMs || iteration >= limit) break;
    await sleep(opts.everyMs, opts.signal);
    if (opts.signal?.aborted) break;
  }
  return runs;
}

/** Issues, webhooks and watch.json for one gate run. */
async function afterGate(
  opts: WatchOptions,
  plan: NotifyPlan,
  gate: GateRun,
  iteration: number,
  logger: Logger,
  redactor: Redactor,
): Promise<WatchRun> {
  const report = gate.report;
  const notes: string[] = [];
  const transition = gate.history?.transition;
  if (!opts.history)
    notes.push('history is off: transitions cannot be detected, so no incident is opened or closed');
  else if (gate.history && gate.history.problems.length > 0)
    notes.push(
      `history could not be read or written in full (${gate.history.problems[0]}): a transition may be missed`,
    );
  if (transition)
    logger.info(
      `transition: ${transition.from.verdict}/${transition.from.action} → ${transition.to.verdict}/${transition.to.action} (since run ${transition.from.runId})`,
    );

  const stopped = opts.signal?.aborted === true;
  if (stopped) notes.push('the run was stopped: no issue or webhook was told about it');
  // Published even when stopped: the action completes its check run as cancelled.
  const links = await linksOf(opts, gate, logger);
  const runKey = readRunner(opts.env).runId ?? gate.history?.runId ?? report.finishedAt;
  const issues = stopped
    ? []
    : await syncIssues(opts.issues, opts.history !== undefined, gate, links, runKey);
  for (const step of issues) {
    if (step.state === 'done') logger.info(`${step.what}: ${step.detail}`);
    else {
      notes.push(`${step.what} ${step.state}: ${step.detail}`);
      logger.warn(`${step.what} ${step.state}: ${step.detail}`);
    }
  }
  const incident = issues.find((s) => s.what === 'incident' && s.issue);
  const shown = incident?.issue
    ? [...links, { label: `Incident #${incident.issue.number}`, url: incident.issue.url }]
    : links;

  let notifications: Delivery[] = [];
  const events = gateEvents(report, transition);
  if (!stopped && events.length > 0 && plan.webhooks.length > 0) {
    if (opts.notify === false) notes.push(`webhooks not called (notify off): ${events.join(', ')}`);
    else {
      notifications = await sendNotices(plan.webhooks, gateNotice(report, transition, shown), events, {
        http: createHttpClient(`promotion-gate/${VERSION}`),
        redactor,
        signal: opts.signal,
        profile: report.profile,
        retryDelayMs: opts.retryDelayMs,
      });
      for (const d of notifications) {
        if (d.state === 'sent') logger.info(describeDelivery(d));
        else {
          notes.push(describeDelivery(d));
          logger.warn(`${describeDelivery(d)} (the verdict and exit code are not affected)`);
        }
      }
    }
  }
  for (const n of notes.filter((x) => x.startsWith('history'))) logger.warn(n);

  const dir = watchDirOf(opts);
  const file = path.join(dir, 'watch.json');
  const record = redactor.redactDeep({
    schemaVersion: 1,
    profile: report.profile,
    iteration,
    runId: gate.history?.runId,
    verdict: report.verdict,
    action: report.action,
    score: report.score,
    bundleId: report.bundle?.id,
    reportDir: gate.outDir,
    finishedAt: report.finishedAt,
    transition: transition ?? null,
    issues,
    notifications,
    notes,
  });
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(file, `${JSON.stringify(record, null, 2)}\n`);
  } catch (err) {
    const why = `cannot write ${file}: ${errorMessage(err)}`;
    notes.push(why);
    logger.warn(why);
  }
  return { iteration, gate, ...(transition ? { transition } : {}), issues, notifications, notes, file };
}

async function linksOf(opts: WatchOptions, gate: GateRun, logger: Logger): Promise<NoticeLink[]> {
  if (opts.published) {
    try {
      return await opts.published(gate);
    } catch (err) {
      logger.warn(`publishing failed: ${errorMessage(err)}`);
    }
  }
  const url = gate.report.run?.url;
  return url ? [{ label: 'Workflow run', url }] : [];
}
