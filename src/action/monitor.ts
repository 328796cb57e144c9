import path from 'node:path';
import * as step from './step.js';
import { type MonitorRun, runMonitor } from '../app/monitor.js';
import { loadConfigFile } from '../config/load.js';
import { errorMessage, UsageError } from '../core/errors.js';
import { readRunner } from '../core/runner.js';
import { CheckRun, type Conclusion } from '../github/checkRun.js';
import type { GitHubApi } from '../github/client.js';
import { type GitHubContext, loadGitHubContext } from '../github/context.js';
import { DESCRIPTION_LIMIT } from '../github/deployment.js';
import { classifyApiError, describeApiFailure } from '../github/errors.js';
import { LIMITS } from '../github/render.js';
import { createHistoryStore, parseHistorySpec } from '../history/select.js';
import type { IssueSink } from '../monitor/alert.js';
import { renderMonitor } from '../monitor/markdown.js';
import type { MonitorReport } from '../monitor/types.js';
import { deployArtifactName } from './deploy.js';
import { uploadEvidenceArtifact } from './evidenceArtifact.js';
import { input } from './inputs.js';
import { createActionLogger } from './logger.js';
import { githubApi } from './publishing.js';

/**
 * `command: monitor` in the action: the window, then what GitHub is told — the deployment's
 * status (failure when degraded, inactive once rolled back, error when the rollback failed), a
 * check run on the deployed commit, the outputs, the bundle as an artifact and the job summary.
 * Each is told on its own; what GitHub does with any of them never changes the outcome or the
 * exit code.
 */

const SUMMARY_BYTES = LIMITS.jobSummaryBytes - 16 * 1024;

const clip = (text: string, max: number) => {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
};

/** Why GitHub refused, with what to grant when it is a permission. */
function refusal(what: string, permission: string, err: unknown): string {
  const f = classifyApiError(err);
  return f.kind === 'forbidden' || f.kind === 'not-found' || f.kind === 'unauthorized'
    ? `Skipped ${what}: the token may not write it (${describeApiFailure(f)}); grant the job \`permissions: { ${permission} }\`. The outcome is not affected.`
    : `Could not write ${what}: ${describeApiFailure(f)}. The outcome is not affected.`;
}

/** The watched deployment: the id given (a GitHub deployment's), else the newest of the commit in the environment. */
async function findDeployment(
  api: GitHubApi,
  ctx: GitHubContext,
  r: MonitorReport,
  given: string | undefined,
): Promise<number | undefined> {
  if (given && /^\d+$/.test(given)) return Number(given);
  const sha = r.commit ?? ctx.headSha;
  if (!sha) return undefined;
  const found = await api.rest.repos.listDeployments({
    owner: ctx.owner,
    repo: ctx.repo,
    sha,
    environment: r.environment,
    per_page: 1,
  });
  return found.data[0]?.id;
}

/** The deployment's new status when the window says something about it; healthy leaves it as it was. */
export function deploymentStatusOf(
  r: MonitorReport,
): { state: 'failure' | 'inactive' | 'error'; description: string } | undefined {
  if (r.outcome !== 'degraded') return undefined;
  const first = r.classification.reasons[0];
  const rule = first ? `${first.rule} at tick ${first.tick}: ${first.observed}` : 'degraded';
  switch (r.actionTaken) {
    case 'rollback-ok':
      return {
        state: 'inactive',
        description: clip(`Rolled back after the monitoring window: ${rule}`, DESCRIPTION_LIMIT),
      };
    case 'rollback-failed':
      return {
        state: 'error',
        description: clip(`Degraded, and the rollback failed: state unknown (${rule})`, DESCRIPTION_LIMIT),
      };
    default:
      return { state: 'failure', description: clip(`Degraded after deploy: ${rule}`, DESCRIPTION_LIMIT) };
  }
}

async function tellDeployment(
  api: GitHubApi | undefined,
  ctx: GitHubContext | undefined,
  r: MonitorReport,
  given: string | undefined,
  notes: string[],
): Promise<void> {
  const status = deploymentStatusOf(r);
  if (!status || !api || !ctx) return;
  try {
    const id = await findDeployment(api, ctx, r, given);
    if (id === undefined) {
      notes.push(`No GitHub deployment of ${r.environment} at this commit: its status was not set.`);
      return;
    }
    await api.rest.repos.createDeploymentStatus({
      owner: ctx.owner,
      repo: ctx.repo,
      deployment_id: id,
      state: status.state,
      description: status.description,
      ...(ctx.runUrl ? { log_url: ctx.runUrl } : {}),
    });
    step.info(`GitHub deployment ${id}: ${status.state} — ${status.description}`);
  } catch (err) {
    const note = refusal('the deployment status', 'deployments: write', err);
    notes.push(note);
    step.info(`warning: ${note}`);
  }
}

const CONCLUSION: Record<MonitorReport['outcome'], Conclusion> = {
  healthy: 'success',
  degraded: 'failure',
  interrupted: 'cancelled',
  error: 'failure',
};

async function checkRun(
  api: GitHubApi | undefined,
  ctx: GitHubContext | undefined,
  run: MonitorRun,
  notes: string[],
): Promise<void> {
  const r = run.report;
  const sha = r.commit ?? ctx?.headSha;
  if (!input('checkRun') || !api || !ctx || !sha) return;
  const check = new CheckRun(api, {
    owner: ctx.owner,
    repo: ctx.repo,
    headSha: sha,
    name: input('checkRunName') ?? `promotion-gate monitor (${r.environment})`,
    ...(ctx.runUrl ? { detailsUrl: ctx.runUrl } : {}),
  });
  try {
    const ref = await check.create(`${r.bundle?.id ?? r.deployment}`);
    await check.complete(ref, {
      conclusion: CONCLUSION[r.outcome],
      output: {
        title: clip(`${r.outcome} · ${r.actionTaken} · ${r.classification.ticks} tick(s)`, 255),
        summary: clip(run.markdown, LIMITS.checkRunText),
        text: clip(r.why, LIMITS.checkRunText),
      },
      annotations: [],
      ...(r.bundle ? { externalId: r.bundle.id } : {}),
    });
  } catch (err) {
    const note = refusal('the check run', 'checks: write', err);
    notes.push(note);
    step.info(`warning: ${note}`);
  }
}

async function writeSummary(run: MonitorRun, notes: string[]): Promise<void> {
  if (!readRunner(process.env).stepSummary) return;
  let text = renderMonitor(run.report);
  if (notes.length) text += `\n${notes.map((n) => `- ${n}`).join('\n')}\n`;
  if (Buffer.byteLength(text) > SUMMARY_BYTES)
    text = `${Buffer.from(text).subarray(0, SUMMARY_BYTES).toString('utf8')}\n\n… cut to fit the job summary; the whole report is in the evidence artifact.\n`;
  try {
    await step.appendSummary(text);
  } catch (err) {
    step.warning(`promotion-gate: the job summary could not be written: ${errorMessage(err)}`);
  }
}

export async function runMonitorCommand(
  workspace: string,
  cwd: string,
  signal?: AbortSignal,
): Promise<number> {
  const environment = input('environment');
  if (!environment)
    throw new UsageError('input environment is required for command monitor (e.g. environment: prod)');
  const configInput = input('config');
  const configPath = path.resolve(cwd, configInput);
  const loaded = await loadConfigFile(configPath, path.relative(workspace, configPath) || configInput);
  const outDir = input('outputDir');
  const settings = {
    token: input('token'),
    apiTimeoutMs: input('apiTimeout'),
    apiRetries: input('apiRetries'),
  };
  const ctx = await loadGitHubContext(process.env);
  // Not tied to the stop signal: a stopped window still gets its check run and summary.
  const { api, noApi } = await githubApi(settings, ctx);
  const issues: IssueSink = !input('incidents')
    ? { skipped: 'off (input incidents: false)' }
    : api && ctx
      ? { api, target: { owner: ctx.owner, repo: ctx.repo } }
      : { skipped: noApi ?? 'no GitHub API' };
  const deployment = input('deployment');
  const run = await runMonitor(
    {
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
        token: settings.token || undefined,
      }),
      windowMs: input('window'),
      intervalMs: input('interval'),
      deployment,
      issues,
      notify: input('notify'),
    },
    loaded,
  );
  const r = run.report;
  step.setOutput('outcome', r.outcome);
  step.setOutput('action-taken', r.actionTaken);
  step.setOutput('bundle-id', r.bundle?.id ?? '');
  step.setOutput('report-path', path.join(run.outDir, 'report.json'));
  step.setOutput('report-dir', run.outDir);
  const notes: string[] = [];
  if (!api) notes.push(`Skipped the deployment status and the check run: ${noApi ?? 'no GitHub API'}.`);
  // A recorded outcome was told to GitHub when its window ended.
  if (!r.window.recorded) {
    await tellDeployment(api, ctx, r, deployment, notes);
    await checkRun(api, ctx, run, notes);
  }
  await uploadEvidenceArtifact(
    run.outDir,
    deployArtifactName('monitor', run.report.environment, readRunner(process.env).runAttempt),
    notes,
  );
  await writeSummary(run, notes);
  if (run.alert) step.error(run.alert, { title: `promotion-gate: ${r.environment} needs a person` });
  const line = `monitor ${r.environment}: ${r.outcome}, ${r.actionTaken} — ${r.why}`;
  if (run.exitCode === 0) step.notice(line);
  else step.setFailed(line);
  return run.exitCode;
}
