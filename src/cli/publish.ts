import path from 'node:path';
import { type Command, Option } from 'commander';
import { parseDuration } from '../core/duration.js';
import { UsageError } from '../core/errors.js';
import type { PromotionAction } from '../core/types.js';
import { MAX_ANNOTATIONS } from '../github/annotations.js';
import { CONCLUSIONS, type Conclusion, DEFAULT_CONCLUSIONS } from '../github/checkRun.js';
import { createGitHubClient } from '../github/client.js';
import { loadGitHubContext } from '../github/context.js';
import { publishExitCode, runPublish } from '../github/publishRun.js';
import { COMMENT_MODES, COMMENT_WHEN, type CommentMode, type CommentWhen } from '../github/stickyComment.js';
import { VERSION } from '../version.js';
import type { CliIo } from './main.js';

interface PublishFlags {
  runId?: string;
  artifact?: string;
  repo?: string;
  sha?: string;
  pr?: string;
  checkRun: boolean;
  checkRunName?: string;
  conclusion: string[];
  comment: CommentMode;
  commentWhen: CommentWhen;
  commentAuthor?: string;
  workingDirectory: string;
  maxAnnotations: string;
  apiTimeout: string;
  apiRetries: string;
}

const collect = (value: string, prev: string[]) => [...prev, value];

function positive(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`${flag}: expected a positive whole number, got "${value}"`);
  return n;
}

function conclusionMap(pairs: string[]): Record<PromotionAction, Conclusion> {
  const out = { ...DEFAULT_CONCLUSIONS };
  for (const p of pairs) {
    const [k, v] = p.split('=');
    const action = k === 'promote' ? 'auto-promote' : k;
    if (!action || !(action in out) || !v || !(CONCLUSIONS as readonly string[]).includes(v))
      throw new UsageError(
        `--conclusion: expected <auto-promote|promote-with-hotfix|hold>=<${CONCLUSIONS.join('|')}>, got "${p}"`,
      );
    out[action as PromotionAction] = v as Conclusion;
  }
  return out;
}

/** `promotion-gate publish`: check run and sticky comment for a gate that ran elsewhere. */
export function registerPublish(program: Command, io: CliIo, setCode: (code: number) => void): void {
  program
    .command('publish')
    .description(
      'publish a report directory, or the evidence artifacts of another workflow run, as a check run and a sticky PR comment (token from GITHUB_TOKEN or GH_TOKEN)',
    )
    .argument('[dirs...]', 'report directories (each holds report.json and manifest.json)')
    .option(
      '--run-id <id>',
      'publish the evidence artifacts of this workflow run (default: the workflow_run event’s run)',
    )
    .option('--artifact <name>', 'only this artifact of the run')
    .option('--repo <owner/name>', 'repository (default GITHUB_REPOSITORY)')
    .option('--sha <sha>', 'commit for the check run (default: the workflow_run head SHA, else the report’s)')
    .option(
      '--pr <number>',
      'pull request to comment on (default: the workflow_run’s, found by its head branch for forks)',
    )
    .option('--no-check-run', 'do not write a check run')
    .option('--check-run-name <name>', 'check run name (default "promotion-gate (<profile>)")')
    .option('--conclusion <outcome=conclusion>', 'e.g. promote-with-hotfix=success (repeatable)', collect, [])
    .addOption(new Option('--comment <mode>', 'sticky comment').choices([...COMMENT_MODES]).default('update'))
    .addOption(
      new Option('--comment-when <when>', 'when to post').choices([...COMMENT_WHEN]).default('always'),
    )
    .option(
      '--comment-author <login>',
      'login the token writes as (default: its user, or github-actions[bot])',
    )
    .option(
      '--working-directory <dir>',
      'where the gate ran, relative to the repository root (annotation paths)',
      '.',
    )
    .option(
      '--max-annotations <n>',
      'annotations at most (50 per request, one request a second)',
      String(MAX_ANNOTATIONS),
    )
    .option('--api-timeout <duration>', 'per GitHub API request', '30s')
    .option('--api-retries <n>', 'retries of a failed GitHub API request', '3')
    .action(async (dirs: string[], f: PublishFlags) => {
      const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN;
      if (!token)
        throw new UsageError(
          'publish needs a token that can write checks and pull requests: set GITHUB_TOKEN',
        );
      const ctx = await loadGitHubContext(io.env);
      const [owner, repo] = (f.repo ?? (ctx ? `${ctx.owner}/${ctx.repo}` : '')).split('/');
      if (!owner || !repo)
        throw new UsageError('publish: --repo owner/name is required (GITHUB_REPOSITORY is not set)');
      const timeoutMs = parseDuration(f.apiTimeout);
      if (!timeoutMs)
        throw new UsageError(`--api-timeout: expected a duration like 30s, got "${f.apiTimeout}"`);
      const retries = Number(f.apiRetries);
      if (!Number.isInteger(retries) || retries < 0 || retries > 10)
        throw new UsageError(`--api-retries: expected 0 to 10, got "${f.apiRetries}"`);
      const conclusions = conclusionMap(f.conclusion);
      const maxAnnotations = Number(f.maxAnnotations);
      if (!Number.isInteger(maxAnnotations) || maxAnnotations < 0)
        throw new UsageError(`--max-annotations: expected a whole number, got "${f.maxAnnotations}"`);
      const log = {
        info: (m: string) => io.stderr(`${m}\n`),
        warn: (m: string) => io.stderr(`warning: ${m}\n`),
        debug: () => undefined,
      };
      const api = await createGitHubClient({
        token,
        apiUrl: ctx?.apiUrl ?? (io.env.GITHUB_API_URL || 'https://api.github.com'),
        timeoutMs,
        retries,
        userAgent: `promotion-gate/${VERSION}`,
        log,
        signal: io.signal,
      });
      const results = await runPublish({
        api,
        token,
        ctx,
        owner,
        repo,
        dirs: dirs.map((d) => path.resolve(io.cwd, d)),
        runId: positive(f.runId, '--run-id'),
        artifactName: f.artifact,
        sha: f.sha,
        pullNumber: positive(f.pr, '--pr'),
        tempRoot: io.env.RUNNER_TEMP || undefined,
        log,
        settings: (report) => ({
          checkRun: f.checkRun,
          checkRunName: f.checkRunName ?? `promotion-gate (${report.profile})`,
          conclusions,
          comment: f.comment,
          commentWhen: f.commentWhen,
          commentAuthor: f.commentAuthor,
          paths: { workingDirectory: f.workingDirectory, max: maxAnnotations },
        }),
      });
      for (const r of results) {
        if (r.error) {
          io.stderr(`promotion-gate: ${r.error}\n`);
          continue;
        }
        const p = r.publication!;
        io.stdout(
          `${r.source}: ${r.report!.verdict.toUpperCase()} ${r.report!.profile} (bundle ${r.report!.bundle?.id})\n`,
        );
        for (const o of p.outcomes)
          io.stdout(
            `  ${o.sink}: ${o.state}${o.reason && o.state !== 'done' ? ` (${o.reason})` : ''} — ${o.detail}\n`,
          );
      }
      setCode(publishExitCode(results));
    });
}
