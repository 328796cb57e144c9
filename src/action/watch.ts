import path from 'node:path';
import * as step from './step.js';
import { EXIT, verdictExitCode } from '../app/exitCodes.js';
import { runWatch, type WatchOptions } from '../app/watch.js';
import { loadConfigFile } from '../config/load.js';
import { UsageError } from '../core/errors.js';
import { readRunner } from '../core/runner.js';
import { loadGitHubContext } from '../github/context.js';
import { createHistoryStore, parseHistorySpec } from '../history/select.js';
import type { NoticeLink } from '../notify/message.js';
import { verdictLine } from '../report/headline.js';
import { setGateOutputs } from './gate.js';
import { input } from './inputs.js';
import { createActionLogger } from './logger.js';
import { ActionPublishing, githubApi, readPublishSettings } from './publishing.js';

/**
 * `command: watch` in the action: one gate run, published as `command: gate` publishes it (check
 * run, artifact, job summary), then the incident and hotfix issues and the webhooks. The workflow's
 * `on: schedule` repeats it. What GitHub or a webhook does never changes the exit code.
 */
export async function runWatchCommand(workspace: string, cwd: string, signal?: AbortSignal): Promise<number> {
  const profile = input('profile');
  if (!profile) throw new UsageError('input profile is required for command watch (e.g. profile: prod)');
  if (input('every') !== undefined || input('times') !== undefined)
    throw new UsageError(
      'inputs every and times are for a watcher on a terminal; in a workflow, run command watch on a schedule (on: schedule)',
    );
  const publishSettings = readPublishSettings(profile, workspace, cwd);
  // Started before the config is read, so even a bad config shows on the commit.
  const publishing = await ActionPublishing.start(publishSettings, profile);
  try {
    const configInput = input('config');
    const configPath = path.resolve(cwd, configInput);
    const loaded = await loadConfigFile(configPath, path.relative(workspace, configPath) || configInput);
    const outDir = input('outputDir');
    const token = input('token');
    const history = await createHistoryStore(parseHistorySpec(input('history'), 'input history'), {
      cwd,
      env: process.env,
      token: token || undefined,
    });
    const notes: string[] = [];
    if (!history)
      notes.push(
        'History is off (input history): transitions cannot be detected, so no incident is opened or closed.',
      );
    const runs = await runWatch(
      {
        configPath,
        profile,
        ...(outDir ? { outDir: path.resolve(cwd, outDir) } : {}),
        inputs: input('inputs'),
        env: process.env,
        cwd,
        base: input('base'),
        head: input('head'),
        logger: createActionLogger(),
        signal,
        history,
        notify: input('notify'),
        issues: await issueDeps(publishSettings, signal),
        published: async (gate) => {
          const r = gate.report;
          setGateOutputs(r, gate.outDir);
          const pub = await publishing.finish(r, gate.outDir, signal?.aborted ?? false);
          const links: NoticeLink[] = [];
          if (pub?.links.runUrl) links.push({ label: 'Workflow run', url: pub.links.runUrl });
          if (pub?.checkRun?.url) links.push({ label: 'Check run', url: pub.checkRun.url });
          if (pub?.artifact?.url) links.push({ label: 'Evidence artifact', url: pub.artifact.url });
          return links;
        },
      },
      loaded,
    );
    const run = runs.at(-1)!;
    notes.push(...run.notes);
    await writeWatchSummary(
      run.transition ? `${run.transition.from.action} → ${run.transition.to.action}` : undefined,
      notes,
    );
    const skipped = run.issues.filter((s) => s.state === 'skipped');
    if (skipped.length > 0)
      step.notice(`Skipped the ${skipped.map((s) => s.what).join(' and ')}: ${skipped[0]!.detail}`, {
        title: 'promotion-gate: watch',
      });
    const failed = [
      ...run.issues.filter((s) => s.state === 'failed').map((s) => `${s.what}: ${s.detail}`),
      ...run.notifications
        .filter((d) => d.state === 'failed')
        .map((d) => `notification ${d.webhook}: ${d.detail}`),
    ];
    if (failed.length > 0)
      step.warning(`${failed.join('; ')}. The verdict and exit code are not affected.`, {
        title: 'promotion-gate: watch',
      });
    const r = run.gate.report;
    const code = verdictExitCode(r.verdict, input('failOn'));
    if (r.verdict === 'promote') step.notice(verdictLine(r));
    else {
      const why = r.reasons.filter((x) => x.blocking).map((x) => x.message);
      if (code === EXIT.hold) step.setFailed(`${verdictLine(r)}\n${why.join('\n')}`);
      else step.warning(`${verdictLine(r)}\n${why.join('\n')}`);
    }
    return code;
  } catch (err) {
    await publishing.fail(err).catch(() => undefined);
    throw err;
  }
}

/** Incidents go to the workflow's repository with the action's token. */
async function issueDeps(
  s: { token: string; apiTimeoutMs: number; apiRetries: number },
  signal?: AbortSignal,
): Promise<WatchOptions['issues']> {
  if (!input('incidents')) return { skipped: 'off (input incidents: false)' };
  const ctx = await loadGitHubContext(process.env);
  const { api, noApi } = await githubApi(s, ctx, signal);
  if (!api || !ctx) return { skipped: noApi ?? 'no GitHub API' };
  return { api, target: { owner: ctx.owner, repo: ctx.repo } };
}

/** A short section after the gate's own summary: the transition and anything not done. */
async function writeWatchSummary(transition: string | undefined, notes: string[]): Promise<void> {
  if (!readRunner(process.env).stepSummary || (!transition && notes.length === 0)) return;
  const lines = ['### promotion-gate watch', ''];
  if (transition) lines.push(`Transition: **${transition}**`, '');
  for (const n of notes) lines.push(`- ${n}`);
  try {
    await step.appendSummary(`${lines.join('\n')}\n`);
  } catch {
    // The gate's own summary carries the verdict; this section is a courtesy.
  }
}
