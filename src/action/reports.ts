import path from 'node:path';
import * as core from '@actions/core';
import { createExec } from '../adapters/exec.js';
import { createHttpClient } from '../adapters/http.js';
import { runAggregate } from '../app/aggregate.js';
import { benchmarkChecks, renderDrift, runDrift } from '../app/drift.js';
import { EXIT } from '../app/exitCodes.js';
import { buildReview, reviewWindow } from '../app/review.js';
import { loadDriftRules, writeReview } from '../app/reviewFiles.js';
import { exists } from '../bundle/seal.js';
import { DEFAULT_CONFIG_PATH, loadConfigFile } from '../config/load.js';
import { planGate } from '../config/plan.js';
import { errorMessage, UsageError } from '../core/errors.js';
import { readRunner } from '../core/runner.js';
import { LIMITS } from '../github/render.js';
import { createHistoryStore, parseHistorySpec } from '../history/select.js';
import type { HistoryStore } from '../history/types.js';
import { VERSION } from '../version.js';
import { input } from './inputs.js';
import { createActionLogger } from './logger.js';

/**
 * `command: drift`, `review` and `aggregate` in the action: the same use cases as the CLI's
 * commands, with the report in the job summary and its paths and figures as outputs, so the
 * scheduled workflows need no CLI of their own.
 */

export type ReportCommand = 'drift' | 'review' | 'aggregate';

const SUMMARY_BYTES = LIMITS.jobSummaryBytes - 16 * 1024;

async function writeSummary(markdown: string): Promise<void> {
  if (!readRunner(process.env).stepSummary) return;
  let text = markdown;
  if (Buffer.byteLength(text) > SUMMARY_BYTES)
    text = `${Buffer.from(text).subarray(0, SUMMARY_BYTES).toString('utf8')}\n\n… cut to fit the job summary; the whole report is in the output directory (output report-dir).\n`;
  try {
    await core.summary.addRaw(text).write();
  } catch (err) {
    core.warning(`promotion-gate: the job summary could not be written: ${errorMessage(err)}`);
  }
}

interface Context {
  command: ReportCommand;
  workspace: string;
  cwd: string;
  configInput: string;
  configPath: string;
  /** The config as annotations and messages name it: relative to the workspace. */
  configLabel: string;
  signal?: AbortSignal;
}

function requiredProfile(c: Context): string {
  const profile = input('profile');
  if (!profile)
    throw new UsageError(`input profile is required for command ${c.command} (e.g. profile: prod)`);
  return profile;
}

async function requiredHistory(c: Context): Promise<HistoryStore> {
  const store = await createHistoryStore(parseHistorySpec(input('history'), 'input history'), {
    cwd: c.cwd,
    env: process.env,
    token: input('token') || undefined,
  });
  if (!store)
    throw new UsageError(
      `command ${c.command} reads history, and input history is off: name the store the gate records in (e.g. history: artifacts)`,
    );
  return store;
}

const outDirOf = (c: Context, fallback: string): string =>
  path.resolve(c.cwd, input('outputDir') ?? fallback);

/** The step fails (exit 1) on a bad result unless fail-on is never. */
function finish(bad: boolean, line: string): number {
  if (!bad) {
    core.notice(line);
    return EXIT.promote;
  }
  if (input('failOn') === 'never') {
    core.warning(line);
    return EXIT.promote;
  }
  core.setFailed(line);
  return EXIT.hold;
}

async function drift(c: Context): Promise<number> {
  const profile = requiredProfile(c);
  const loaded = await loadConfigFile(c.configPath, c.configLabel);
  const plan = planGate(loaded, profile, { env: process.env, inputs: input('inputs') });
  const store = await requiredHistory(c);
  const outDir = outDirOf(c, path.join('.promotion-gate', `${profile}-drift`));
  if (benchmarkChecks(plan).length === 0)
    core.warning(
      `profile ${profile} runs no benchmark checks (or their mode is off in it): nothing to judge`,
    );
  const report = await runDrift({
    plan,
    store,
    fromHistory: input('fromHistory'),
    outDir,
    cwd: c.cwd,
    env: process.env,
    exec: createExec(),
    http: createHttpClient(`promotion-gate/${VERSION}`),
    logger: createActionLogger(),
    now: () => new Date(),
    signal: c.signal,
  });
  for (const p of report.problems) core.warning(`history: ${p}`);
  core.setOutput('alerts', String(report.alerts));
  core.setOutput('blocking-alerts', String(report.blockingAlerts));
  core.setOutput('report-dir', outDir);
  core.setOutput('report-path', path.join(outDir, 'drift.json'));
  await writeSummary(renderDrift(report));
  return finish(
    report.blockingAlerts > 0,
    `drift ${profile}: ${report.alerts} alert(s), ${report.blockingAlerts} blocking`,
  );
}

async function review(c: Context): Promise<number> {
  const profile = requiredProfile(c);
  const lookback = input('lookback');
  const month = input('month');
  if (lookback !== undefined && month !== undefined)
    throw new UsageError('inputs lookback and month: give one of them, not both');
  const now = new Date();
  const window = reviewWindow({ lookback, month }, now);
  const { rules, note } = await loadDriftRules({
    file: c.configPath,
    label: c.configLabel,
    profile,
    optional: c.configInput === DEFAULT_CONFIG_PATH,
  });
  if (note) core.info(`note: ${note}`);
  const store = await requiredHistory(c);
  const read = await store.list(profile, { includeInvalid: true });
  for (const p of read.problems) core.warning(`history: ${p}`);
  const result = buildReview({
    profile,
    store: store.describe(),
    window,
    runs: read.runs,
    problems: read.problems,
    drift: rules,
    now,
  });
  const outDir = outDirOf(c, path.join('.promotion-gate', `${profile}-review`));
  const files = await writeReview(result, window, outDir);
  const r = result.runs;
  core.setOutput('pass-rate', r.passRate === null ? '' : String(r.passRate));
  core.setOutput('alerts', String(result.driftAlerts.length));
  core.setOutput('report-dir', outDir);
  core.setOutput('report-path', files.json);
  await writeSummary(files.text);
  core.notice(
    `review ${profile} · ${result.window.label}: ${r.total} run(s), pass rate ${r.passRate === null ? '–' : `${r.passRate}%`}, ${result.driftAlerts.length} drift alert(s)`,
  );
  return EXIT.promote;
}

async function aggregate(c: Context): Promise<number> {
  // The default config is read when it exists; one named on purpose must exist.
  const useConfig = c.configInput !== DEFAULT_CONFIG_PATH || (await exists(c.configPath));
  const settings = useConfig
    ? (await loadConfigFile(c.configPath, c.configLabel)).config.aggregate
    : undefined;
  const outDir = outDirOf(c, path.join('.promotion-gate', 'aggregate'));
  const { report, markdown } = await runAggregate({
    cwd: c.cwd,
    artifacts: input('evidence'),
    dirs: input('evidenceDir'),
    required: input('required'),
    settings,
    release: input('release'),
    outDir,
    now: new Date(),
    version: VERSION,
  });
  core.setOutput('level', report.level);
  core.setOutput('score', String(report.score));
  core.setOutput('bundle-id', report.bundle?.id ?? '');
  core.setOutput('report-dir', outDir);
  core.setOutput('report-path', path.join(outDir, 'report.json'));
  await writeSummary(markdown);
  return finish(
    report.level !== 'ga_ready',
    `aggregate: ${report.level}, score ${report.score}${report.blockers.length ? ` (${report.blockers.join(', ')})` : ''}`,
  );
}

export async function runReportCommand(
  command: ReportCommand,
  workspace: string,
  cwd: string,
  signal?: AbortSignal,
): Promise<number> {
  const configInput = input('config');
  const configPath = path.resolve(cwd, configInput);
  const c: Context = {
    command,
    workspace,
    cwd,
    configInput,
    configPath,
    configLabel: path.relative(workspace, configPath) || configInput,
    signal,
  };
  if (command === 'drift') return drift(c);
  if (command === 'review') return review(c);
  return aggregate(c);
}
