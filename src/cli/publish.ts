import path from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../core/errors.js';
import { VERSION } from '../version.js';
import type { CliIo } from './io.js';
import { cliOption, cliValue } from './options.js';
import { readRunner } from '../core/runner.js';

interface PublishFlags {
  runId?: string;
  artifact?: string;
  repo?: string;
  sha?: string;
  pr?: string;
  checkRun: boolean;
  checkRunName?: string;
  conclusion: string[];
  comment: string;
  commentWhen: string;
  commentAuthor?: string;
  workingDirectory: string;
  maxAnnotations: string;
  apiTimeout: string;
  apiRetries: string;
}

/** `promotion-gate publish`: check run and sticky comment for a gate that ran elsewhere. */
export function registerPublish(program: Command, io: CliIo, setCode: (code: number) => void): void {
  program
    .command('publish')
    .description(
      'publish a report directory, or the evidence artifacts of another workflow run, as a check run and a sticky PR comment (token from GITHUB_TOKEN or GH_TOKEN)',
    )
    .argument('[dirs...]', 'report directories (each holds report.json and manifest.json)')
    .addOption(cliOption('runId'))
    .addOption(cliOption('artifactName'))
    .option('--repo <owner/name>', 'repository (default GITHUB_REPOSITORY)')
    .option('--sha <sha>', 'commit for the check run (default: the workflow_run head SHA, else the report’s)')
    .addOption(cliOption('prNumber'))
    .addOption(cliOption('checkRun'))
    .addOption(cliOption('checkRunName'))
    .addOption(cliOption('checkRunConclusions'))
    .addOption(cliOption('comment'))
    .addOption(cliOption('commentWhen'))
    .addOption(cliOption('commentAuthor'))
    .option(
      '--working-directory <dir>',
      'where the gate ran, relative to the repository root (annotation paths)',
      '.',
    )
    .addOption(cliOption('maxAnnotations'))
    .addOption(cliOption('apiTimeout'))
    .addOption(cliOption('apiRetries'))
    .action(async (dirs: string[], f: PublishFlags) => {
      const token = readRunner(io.env).token || io.env.GH_TOKEN;
      if (!token)
        throw new UsageError(
          'publish needs a token that can write checks and pull requests: set GITHUB_TOKEN',
        );
      const { createGitHubClient, describeOutcome, loadGitHubContext, publishExitCode, runPublish } =
        await import('./commands.js');
      const ctx = await loadGitHubContext(io.env);
      const [owner, repo] = (f.repo ?? (ctx ? `${ctx.owner}/${ctx.repo}` : '')).split('/');
      if (!owner || !repo)
        throw new UsageError('publish: --repo owner/name is required (GITHUB_REPOSITORY is not set)');
      const timeoutMs = cliValue('apiTimeout', f.apiTimeout);
      const retries = cliValue('apiRetries', f.apiRetries);
      const conclusions = cliValue('checkRunConclusions', f.conclusion);
      const maxAnnotations = cliValue('maxAnnotations', f.maxAnnotations);
      const log = {
        info: (m: string) => io.stderr(`${m}\n`),
        warn: (m: string) => io.stderr(`warning: ${m}\n`),
        debug: () => undefined,
      };
      const api = await createGitHubClient({
        token,
        apiUrl: ctx?.apiUrl ?? readRunner(io.env).apiUrl,
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
        runId: cliValue('runId', f.runId),
        artifactName: f.artifact,
        sha: f.sha,
        pullNumber: cliValue('prNumber', f.pr),
        tempRoot: readRunner(io.env).tempDir,
        log,
        settings: (report) => ({
          checkRun: f.checkRun,
          checkRunName: cliValue('checkRunName', f.checkRunName) ?? `promotion-gate (${report.profile})`,
          conclusions,
          comment: cliValue('comment', f.comment),
          commentWhen: cliValue('commentWhen', f.commentWhen),
          commentAuthor: cliValue('commentAuthor', f.commentAuthor),
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
        for (const o of p.outcomes) io.stdout(`  ${describeOutcome(o)}\n`);
      }
      setCode(publishExitCode(results));
    });
}
