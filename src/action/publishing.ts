import { randomBytes } from 'node:crypto';
import path from 'node:path';
import * as step from './step.js';
import { ConfigError, errorMessage } from '../core/errors.js';
import type { Annotation } from '../github/annotations.js';
import { artifactName, artifactUnavailable, artifactUrl, uploadBundle } from '../github/artifact.js';
import { createGitHubClient, type GitHubApi } from '../github/client.js';
import { type GitHubContext, loadGitHubContext } from '../github/context.js';
import { type Publication, Publisher, type PublishSettings, type PublishTarget } from '../github/publish.js';
import { jobSummary, LIMITS, type Links } from '../github/render.js';
import type { Report } from '../report/types.js';
import { VERSION } from '../version.js';
import { input } from './inputs.js';
import { publicationNotes, reportOutcomes } from './notices.js';
import { readRunner } from '../core/runner.js';

/** Room left in the 1 MiB job summary for what other steps of the job append. */
const SUMMARY_BYTES = LIMITS.jobSummaryBytes - 16 * 1024;

export interface ActionPublishSettings extends PublishSettings {
  token: string;
  artifact: boolean;
  artifactName?: string;
  retentionDays?: number;
  pullNumber?: number;
  apiTimeoutMs: number;
  apiRetries: number;
}

/** The publishing inputs of action.yml; a bad value stops the action before anything runs. */
export function readPublishSettings(profile: string, workspace: string, cwd: string): ActionPublishSettings {
  return {
    token: input('token'),
    checkRun: input('checkRun'),
    checkRunName: input('checkRunName') ?? `promotion-gate (${profile})`,
    conclusions: input('checkRunConclusions'),
    comment: input('comment'),
    commentWhen: input('commentWhen'),
    commentAuthor: input('commentAuthor'),
    artifact: input('artifact'),
    artifactName: input('artifactName'),
    retentionDays: input('retentionDays'),
    pullNumber: input('prNumber'),
    apiTimeoutMs: input('apiTimeout'),
    apiRetries: input('apiRetries'),
    paths: {
      workspace,
      workingDirectory: path.relative(workspace, cwd) || '.',
      max: input('maxAnnotations'),
    },
  };
}

/** Publishing's own log lines; its warnings are summed up in one annotation, not one per request. */
export function actionLog() {
  return {
    info: (m: string) => step.info(m),
    warn: (m: string) => step.info(`warning: ${m}`),
    debug: (m: string) => step.debug(m),
  };
}

export async function githubApi(
  s: { token: string; apiTimeoutMs: number; apiRetries: number },
  ctx: GitHubContext | undefined,
  signal?: AbortSignal,
): Promise<{ api?: GitHubApi; noApi?: string }> {
  if (!ctx) return { noApi: 'not in a GitHub repository (GITHUB_REPOSITORY is not set)' };
  if (!s.token) return { noApi: 'no token (input token is empty)' };
  step.setSecret(s.token);
  const api = await createGitHubClient({
    token: s.token,
    apiUrl: ctx.apiUrl,
    timeoutMs: s.apiTimeoutMs,
    retries: s.apiRetries,
    userAgent: `promotion-gate/${VERSION}`,
    log: actionLog(),
    signal,
  });
  return { api };
}

/** Publishing for one gate run in the action: started with the gate, finished after it. */
export class ActionPublishing {
  private constructor(
    private readonly s: ActionPublishSettings,
    private readonly ctx: GitHubContext | undefined,
    private readonly publisher: Publisher,
    private readonly profile: string,
  ) {}

  /**
   * The client is not tied to the stop signal: a cancelled gate must still complete its check
   * run as cancelled (a second signal ends the process at once).
   */
  static async start(s: ActionPublishSettings, profile: string): Promise<ActionPublishing> {
    const ctx = await loadGitHubContext(process.env);
    const { api, noApi } = await githubApi(s, ctx);
    const target: PublishTarget = {
      owner: ctx?.owner ?? '',
      repo: ctx?.repo ?? '',
      headSha: ctx?.headSha,
      pullNumber: s.pullNumber ?? ctx?.pullNumber,
      runUrl: ctx?.runUrl,
      serverUrl: ctx?.serverUrl ?? 'https://github.com',
    };
    const publisher = new Publisher({ api, noApi, target, settings: s, log: actionLog() });
    const key = [
      ctx?.runId ?? 'local',
      ctx?.runAttempt ?? 1,
      ctx?.job ?? 'job',
      profile,
      randomBytes(4).toString('hex'),
    ];
    publisher.begin(key.join('.'));
    return new ActionPublishing(s, ctx, publisher, profile);
  }

  /** After the gate: artifact, check run, comment, then job summary and outputs — whatever GitHub does. */
  async finish(report: Report, outDir: string, cancelled: boolean): Promise<Publication | undefined> {
    try {
      return await this.publishAll(report, outDir, cancelled);
    } catch (err) {
      // Publishing must never turn a decided gate into an internal error.
      step.warning(`promotion-gate: publishing failed: ${errorMessage(err)}`);
      return undefined;
    }
  }

  private async publishAll(report: Report, outDir: string, cancelled: boolean): Promise<Publication> {
    const pub = await this.publisher.finish(report, outDir, {
      cancelled,
      uploadArtifact: () => this.uploadArtifact(outDir),
    });
    if (pub.artifact) {
      step.setOutput('artifact-id', String(pub.artifact.id));
      step.setOutput('artifact-url', pub.artifact.url);
    }
    if (pub.checkRun) {
      step.setOutput('check-run-id', String(pub.checkRun.id));
      step.setOutput('check-run-url', pub.checkRun.url);
    }
    if (pub.comment) step.setOutput('comment-url', pub.comment.url);
    await writeSummary(report, pub.links, publicationNotes(pub.outcomes, this.ctx));
    reportOutcomes(pub, this.ctx, { artifactName: pub.artifact?.name });
    return pub;
  }

  /** The gate failed before deciding: the started check run must not stay "in progress". */
  async fail(err: unknown): Promise<void> {
    const config = err instanceof ConfigError;
    const title = config ? 'Invalid configuration' : 'promotion-gate could not run';
    const annotations: Annotation[] = config
      ? err.issues
          .filter((i) => i.file && i.line)
          .map((i) => ({
            // Config files are named relative to the workspace, as annotations need.
            path: i.file!,
            start_line: i.line!,
            end_line: i.line!,
            annotation_level: 'failure' as const,
            title: 'promotion-gate: invalid configuration',
            message: `${i.path ? `${i.path}: ` : ''}${i.message}`,
          }))
      : [];
    const summary = `### ⛔ ${title} — ${this.profile}\n\n\`\`\`\n${errorMessage(err).slice(0, 60_000)}\n\`\`\`\n`;
    const pub = await this.publisher.fail(title, summary, annotations);
    for (const o of pub.outcomes) if (o.state === 'failed') step.debug(`${o.sink}: ${o.detail}`);
  }

  private async uploadArtifact(outDir: string) {
    if (!this.s.artifact) return 'off (artifact: false)';
    const why = artifactUnavailable(process.env);
    if (why) return why;
    const name = this.s.artifactName ?? artifactName(this.profile, this.ctx?.runAttempt ?? 1);
    const r = await uploadBundle(outDir, name, this.s.retentionDays);
    const ctx = this.ctx;
    const url = ctx?.runId ? artifactUrl(ctx.serverUrl, ctx.owner, ctx.repo, ctx.runId, r.id) : '';
    return { id: r.id, name, url };
  }
}

export async function writeSummary(report: Report, links: Links, notes: string[]): Promise<void> {
  if (!readRunner(process.env).stepSummary) return;
  try {
    await step.appendSummary(jobSummary(report, links, notes, SUMMARY_BYTES));
  } catch (err) {
    step.warning(`promotion-gate: the job summary could not be written: ${errorMessage(err)}`);
  }
}
