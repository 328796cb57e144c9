import path from 'node:path';
import * as step from './step.js';
import { createExec } from '../adapters/exec.js';
import { createHttpClient } from '../adapters/http.js';
import { runAggregate } from '../app/aggregate.js';
import { benchmarkChecks, renderDrift, runDrift } from '../app/drift.js';
import { EXIT } from '../app/exitCodes.js';
import { buildReview, reviewWindow } from '../app/review.js';
import { loadDriftRules, writeReview } from '../app/reviewFiles.js';
import { exists } from '../bundle/seal.js';
import { DEFAULT_CONFIG_PATH, loadConfigFile, placed } from '../config/load.js';
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
    await step.appendSummary(text);
  } catch (err) {
    step.warning(`promotion-gate: the job summary could not be written: ${errorMessage(err)}`);
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
    step.notice(line);
    return EXIT.promote;
  }
  if (input('failOn') === 'never') {
    step.warning(line);
    return EXIT.promote;
  }
  step.setFailed(line);
  return EXIT.hold;
}

async function drift(c: Context): Promise<number> {
  const profile = requiredProfile(c);
  const loaded = await loadConfigFile(c.configPath, c.configLabel);
  // Only the benchmarks are judged: the inputs of the profile's other checks are not needed.
  const plan = await placed(() =>
    planGate(loaded, profile, { env: process.env, inputs: input('inputs'), onlyTypes: ['benchmark'] }),
  );
  const store = await requiredHistory(c);
  const outDir = outDirOf(c, path.join('.promotion-gate', `${profile}-drift`));
  if (benchmarkChecks(plan).length === 0)
    step.warning(
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
  for (const p of report.problems) step.warning(`history: ${p}`);
  step.setOutput('alerts', String(report.alerts));
  step.setOutput('blocking-alerts', String(report.blockingAlerts));
  step.setOutput('report-dir', outDir);
  step.setOutput('report-path', path.join(outDir, 'drift.json'));
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
  if (note) step.info(`note: ${note}`);
  const store = await requiredHistory(c);
  const read = await store.list(profile, { includeInvalid: true });
  for (const p of read.problems) step.warning(`history: ${p}`);
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
  step.setOutput('pass-rate', r.passRate === null ? '' : String(r.passRate));
  step.setOutput('alerts', String(result.driftAlerts.length));
  step.setOutput('report-dir', outDir);
  step.setOutput('report-path', files.json);
  await writeSummary(files.text);
  step.notice(
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
    env: process.env,
  });
  step.setOutput('level', report.level);
  step.setOutput('score', String(report.score));
  step.setOutput('bundle-id', report.bundle?.id ?? '');
  step.setOutput('report-dir', outDir);
  step.setOutput('report-path', path.join(outDir, 'report.json'));
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
