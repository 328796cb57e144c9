import path from 'node:path';
import * as step from './step.js';
import { loadGitHubContext } from '../github/context.js';
import { publishExitCode, runPublish } from '../app/publish.js';
import { input } from './inputs.js';
import { reportOutcomes } from './notices.js';
import { actionLog, githubApi, writeSummary } from './publishing.js';
import { UsageError } from '../core/errors.js';
import { readRunner } from '../core/runner.js';

/**
 * `command: publish` — in a `workflow_run` workflow, publishes the evidence artifacts of the run
 * that triggered it (a fork's pull request, whose token was read-only) with this run's token.
 * Exit 0 when everything was published, 1 when something could not be.
 */
export async function runPublishCommand(workspace: string, signal?: AbortSignal): Promise<number> {
  const s = { token: input('token'), apiTimeoutMs: input('apiTimeout'), apiRetries: input('apiRetries') };
  const checkRun = input('checkRun');
  const checkRunName = input('checkRunName');
  const conclusionMap = input('checkRunConclusions');
  const mode = input('comment');
  const when = input('commentWhen');
  const author = input('commentAuthor');
  const reportDir = input('reportDir');
  const runId = input('runId');
  const workingDirectory = input('workingDirectory') ?? '.';
  const maxAnnotations = input('maxAnnotations');
  const ctx = await loadGitHubContext(process.env);
  const { api, noApi } = await githubApi(s, ctx, signal);
  if (!api || !ctx) throw new UsageError(`command publish: ${noApi}`);
  const results = await runPublish({
    api,
    token: s.token,
    ctx,
    owner: ctx.owner,
    repo: ctx.repo,
    dirs: reportDir ? [path.resolve(workspace, reportDir)] : [],
    runId,
    artifactName: input('artifactName'),
    pullNumber: input('prNumber'),
    tempRoot: readRunner(process.env).tempDir,
    log: actionLog(),
    settings: (report) => ({
      checkRun,
      checkRunName: checkRunName || `promotion-gate (${report.profile})`,
      conclusions: conclusionMap,
      comment: mode,
      commentWhen: when,
      commentAuthor: author,
      paths: { workingDirectory, max: maxAnnotations },
    }),
  });
  for (const r of results) {
    if (r.error) {
      step.error(r.error, { title: 'promotion-gate: not published' });
      continue;
    }
    const pub = r.publication!;
    step.info(`${r.source}: ${r.report!.verdict} ${r.report!.profile}, bundle ${r.report!.bundle?.id}`);
    reportOutcomes(pub, ctx, {});
    await writeSummary(r.report!, pub.links, []);
  }
  const first = results.find((r) => r.publication);
  if (first?.publication?.checkRun) {
    step.setOutput('check-run-id', String(first.publication.checkRun.id));
    step.setOutput('check-run-url', first.publication.checkRun.url);
  }
  if (first?.publication?.comment) step.setOutput('comment-url', first.publication.comment.url);
  if (first?.report) {
    step.setOutput('verdict', first.report.verdict);
    step.setOutput('bundle-id', first.report.bundle?.id ?? '');
  }
  return publishExitCode(results);
}
