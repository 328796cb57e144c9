import path from 'node:path';
import * as step from './step.js';
import { type DeployObserver, runDeploy } from '../app/deploy.js';
import { runDrill } from '../app/drill.js';
import { loadConfigFile } from '../config/load.js';
import { errorMessage, UsageError } from '../core/errors.js';
import { readRunner } from '../core/runner.js';
import { renderDeploy } from '../deploy/markdown.js';
import type { DeployReport } from '../deploy/types.js';
import { loadGitHubContext } from '../github/context.js';
import { GitHubDeployment } from '../github/deployment.js';
import { LIMITS } from '../github/render.js';
import { createHistoryStore, parseHistorySpec } from '../history/select.js';
import { uploadEvidenceArtifact } from './evidenceArtifact.js';
import { input } from './inputs.js';
import { createActionLogger } from './logger.js';
import { actionLog, githubApi } from './publishing.js';

/**
 * `command: deploy` and `command: drill` in the action: the use case, then a GitHub deployment
 * (deploy only), the outputs, the bundle as an artifact and the job summary. What GitHub does
 * with any of them never changes the outcome or the exit code.
 */

const SUMMARY_BYTES = LIMITS.jobSummaryBytes - 16 * 1024;

/** Unlike a gate's (`…-attempt-<n>`), so `command: publish` never takes it for a gate's bundle. */
export function deployArtifactName(kind: string, environment: string, attempt: number): string {
  return `promotion-gate-${kind}-${environment}.attempt-${attempt}`;
}

/** Creates the deployment before the first step and sets its final status after the report. */
async function deploymentObserver(
  settings: { token: string; apiTimeoutMs: number; apiRetries: number },
  notes: string[],
  ids: { deployment?: number },
): Promise<DeployObserver> {
  const ctx = await loadGitHubContext(process.env);
  // Not tied to the stop signal: a stopped deploy must still get its final status.
  const { api, noApi } = await githubApi(settings, ctx);
  let deployment: GitHubDeployment | undefined;
  return {
    async started(info) {
      if (!ctx) {
        notes.push(`Skipped the GitHub deployment: ${noApi}.`);
        return;
      }
      // A URL that holds a secret (it came from the environment) is not shown on GitHub.
      deployment = new GitHubDeployment(
        api,
        noApi,
        {
          owner: ctx.owner,
          repo: ctx.repo,
          environment: info.environment,
          ref: info.commit ?? ctx.headSha,
          ...(info.url && !info.urlIsSecret ? { url: info.url } : {}),
          ...(ctx.runUrl ? { logUrl: ctx.runUrl } : {}),
          production: info.production,
        },
        actionLog(),
      );
      await deployment.start();
      ids.deployment = deployment.id;
    },
    async finished(report, error) {
      if (!deployment) return;
      await deployment.finish(
        report ? { outcome: report.outcome, bundleId: report.bundle?.id } : undefined,
        error,
      );
      notes.push(...deployment.notes);
    },
  };
}

async function writeSummary(report: DeployReport, notes: string[]): Promise<void> {
  if (!readRunner(process.env).stepSummary) return;
  let text = renderDeploy(report);
  if (notes.length) text += `\n${notes.map((n) => `- ${n}`).join('\n')}\n`;
  if (Buffer.byteLength(text) > SUMMARY_BYTES)
    text = `${Buffer.from(text).subarray(0, SUMMARY_BYTES).toString('utf8')}\n\n… cut to fit the job summary; the whole report is in the evidence artifact.\n`;
  try {
    await step.appendSummary(text);
  } catch (err) {
    step.warning(`promotion-gate: the job summary could not be written: ${errorMessage(err)}`);
  }
}

export async function runDeployCommand(
  command: 'deploy' | 'drill',
  workspace: string,
  cwd: string,
  signal?: AbortSignal,
): Promise<number> {
  const environment = input('environment');
  if (!environment)
    throw new UsageError(`input environment is required for command ${command} (e.g. environment: staging)`);
  const configInput = input('config');
  const configPath = path.resolve(cwd, configInput);
  const loaded = await loadConfigFile(configPath, path.relative(workspace, configPath) || configInput);
  const outDir = input('outputDir');
  const api = { token: input('token'), apiTimeoutMs: input('apiTimeout'), apiRetries: input('apiRetries') };
  const notes: string[] = [];
  const ids: { deployment?: number } = {};
  const common = {
    configPath,
    environment,
    inputs: input('inputs'),
    env: process.env,
    cwd,
    workspace,
    ...(outDir ? { outDir: path.resolve(cwd, outDir) } : {}),
    logger: createActionLogger(),
    signal,
    history: await createHistoryStore(parseHistorySpec(input('history'), 'input history'), {
      cwd,
      env: process.env,
      token: api.token || undefined,
    }),
  };
  const run =
    command === 'deploy'
      ? await runDeploy(
          {
            ...common,
            rollback: input('rollbackOnFailure'),
            dryRun: input('dryRun'),
            observer: await deploymentObserver(api, notes, ids),
          },
          loaded,
        )
      : await runDrill({ ...common, retain: input('retain'), live: input('live') }, loaded);
  const r = run.report;
  step.setOutput('outcome', r.outcome);
  step.setOutput('deployment-id', ids.deployment !== undefined ? String(ids.deployment) : '');
  step.setOutput('bundle-id', r.bundle?.id ?? '');
  step.setOutput('report-path', path.join(run.outDir, 'report.json'));
  step.setOutput('report-dir', run.outDir);
  await uploadEvidenceArtifact(
    run.outDir,
    deployArtifactName(run.report.kind, run.report.environment, readRunner(process.env).runAttempt),
    notes,
  );
  await writeSummary(r, notes);
  if (run.alert) step.error(run.alert, { title: `promotion-gate: ${r.environment} needs a person` });
  const line = `${r.kind === 'drill' ? 'drill' : 'deploy'} ${r.environment}: ${r.outcome} — ${r.why}`;
  if (run.exitCode === 0) step.notice(line);
  else step.setFailed(line);
  return run.exitCode;
}
