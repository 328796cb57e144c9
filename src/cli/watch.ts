import path from 'node:path';
import type { Command } from 'commander';
import { createStreamLogger } from '../adapters/logger.js';
import { verdictExitCode } from '../app/exitCodes.js';
import type { WatchOptions, WatchRun } from '../app/watch.js';
import { formatDuration } from '../core/duration.js';
import { UsageError } from '../core/errors.js';
import { readRunner } from '../core/runner.js';
import { verdictLine } from '../report/headline.js';
import { VERSION } from '../version.js';
import { historyOption, openHistory, requireHistory } from './historyOption.js';
import type { CliIo } from './io.js';
import { cliOption, cliValue } from './options.js';

interface WatchFlags {
  profile: string;
  config: string;
  out?: string;
  base?: string;
  head?: string;
  input: string[];
  failOn: string;
  verbose?: boolean;
  history: string;
  every?: string;
  times?: string;
  incidents: boolean;
  notify: boolean;
  repo?: string;
  apiTimeout: string;
  apiRetries: string;
}

/** Where incidents go: the repository and token of the environment, or why there are none. */
async function issuesFor(f: WatchFlags, io: CliIo): Promise<WatchOptions['issues']> {
  if (!f.incidents) return { skipped: 'off (--no-incidents)' };
  const runner = readRunner(io.env);
  const token = runner.token || io.env.GH_TOKEN;
  const [owner, repo] = (f.repo ?? runner.repository ?? '').split('/');
  if (!owner || !repo)
    return {
      skipped: 'no repository: pass --repo owner/name (or set GITHUB_REPOSITORY) to open incident issues',
    };
  if (!token) return { skipped: 'no token: set GITHUB_TOKEN (or GH_TOKEN) to open incident issues' };
  const { createGitHubClient } = await import('./commands.js');
  const api = await createGitHubClient({
    token,
    apiUrl: runner.apiUrl,
    timeoutMs: cliValue('apiTimeout', f.apiTimeout),
    retries: cliValue('apiRetries', f.apiRetries),
    userAgent: `promotion-gate/${VERSION}`,
    log: { debug: () => undefined, warn: (m) => io.stderr(`warning: ${m}\n`) },
    signal: io.signal,
  });
  return { api, target: { owner, repo } };
}

function print(run: WatchRun, io: CliIo, every?: number): void {
  const r = run.gate.report;
  const rel = (p: string) => path.relative(io.cwd, p) || '.';
  io.stdout(`\n${verdictLine(r)}${run.iteration > 1 ? ` (run ${run.iteration})` : ''}\n`);
  for (const reason of r.reasons.filter((x) => x.blocking)) io.stdout(`  ✖ ${reason.message}\n`);
  const t = run.transition;
  io.stdout(
    t
      ? `  transition: ${t.from.action} → ${t.to.action} (since run ${t.from.runId})\n`
      : run.gate.history
        ? '  no transition\n'
        : '',
  );
  for (const s of run.issues)
    io.stdout(
      `  ${s.what}: ${s.state === 'done' ? '' : `${s.state} — `}${s.detail}${s.issue ? ` ${s.issue.url}` : ''}\n`,
    );
  for (const d of run.notifications)
    io.stdout(
      `  notification ${d.webhook}: ${d.state} (${d.events.join(', ')})${d.state === 'sent' ? '' : `: ${d.detail}`}\n`,
    );
  for (const n of run.notes) io.stdout(`  note: ${n}\n`);
  io.stdout(`report: ${path.join(rel(run.gate.outDir), 'report.md')}  watch: ${rel(run.file)}\n`);
  if (every) io.stdout(`next run in ${formatDuration(every)} (stop with Ctrl-C)\n`);
}

/** `watch` and `history transitions`: the gate over time. */
export function registerWatch(program: Command, io: CliIo, setCode: (code: number) => void): void {
  program
    .command('watch')
    .description(
      'run the gate and compare it with the last recorded run: a transition opens or closes an incident issue and tells the notify: webhooks; exit as the gate (0 promote, 1 hold) for the last run',
    )
    .addOption(cliOption('profile').makeOptionMandatory())
    .addOption(cliOption('config'))
    .addOption(cliOption('outputDir'))
    .addOption(cliOption('base'))
    .addOption(cliOption('head'))
    .addOption(cliOption('inputs'))
    .addOption(cliOption('failOn'))
    .addOption(cliOption('every'))
    .addOption(cliOption('times'))
    .addOption(cliOption('incidents'))
    .addOption(cliOption('notify'))
    .option('--repo <owner/name>', 'repository for incident issues (default GITHUB_REPOSITORY)')
    .addOption(cliOption('apiTimeout'))
    .addOption(cliOption('apiRetries'))
    .option('-v, --verbose', 'print each check’s log lines')
    .addOption(historyOption(io))
    .action(async (f: WatchFlags) => {
      const everyMs = cliValue('every', f.every);
      const times = cliValue('times', f.times);
      if (times !== undefined && everyMs === undefined && times > 1)
        throw new UsageError('--times: give --every too (how long to wait between runs)');
      const history = await openHistory(f.history, io);
      if (!history)
        io.stderr(
          'warning: --history off: transitions cannot be detected; no incident is opened or closed\n',
        );
      const failOn = cliValue('failOn', f.failOn);
      const { runWatch } = await import('./commands.js');
      const runs = await runWatch({
        configPath: path.resolve(io.cwd, f.config),
        profile: f.profile,
        outDir: f.out ? path.resolve(io.cwd, f.out) : undefined,
        inputs: cliValue('inputs', f.input),
        env: io.env,
        cwd: io.cwd,
        base: f.base,
        head: f.head,
        logger: createStreamLogger({ write: (l) => io.stderr(`${l}\n`), verbose: f.verbose }),
        signal: io.signal,
        history,
        everyMs,
        times,
        notify: f.notify,
        issues: await issuesFor(f, io),
        onRun: (run) => {
          const last = times !== undefined && run.iteration >= times;
          print(run, io, everyMs && !last && !io.signal?.aborted ? everyMs : undefined);
          setCode(verdictExitCode(run.gate.report.verdict, failOn));
        },
      });
      const last = runs.at(-1);
      if (last) setCode(verdictExitCode(last.gate.report.verdict, failOn));
    });
}

/** `history transitions`: when a profile turned, from what to what, and why. */
export function registerTransitions(history: Command, io: CliIo, setCode: (code: number) => void): void {
  history
    .command('transitions')
    .description('status transitions of a profile (verdict or action changes), oldest first')
    .requiredOption('-p, --profile <name>', 'profile')
    .addOption(historyOption(io))
    .option('--json', 'print the transitions as JSON')
    .action(async (o: { profile: string; history: string; json?: boolean }) => {
      const store = await requireHistory(o.history, io, 'history transitions');
      const { transitionsIn } = await import('./commands.js');
      const { transitions, problems } = transitionsIn(await store.list(o.profile));
      for (const p of problems) io.stderr(`warning: ${p}\n`);
      if (o.json) io.stdout(`${JSON.stringify(transitions, null, 2)}\n`);
      else if (transitions.length === 0) io.stdout(`no transitions of ${o.profile} in ${store.describe()}\n`);
      else {
        io.stdout(`${transitions.length} transition(s) of ${o.profile} in ${store.describe()}:\n`);
        for (const e of transitions) {
          const t = e.transition;
          const sha = e.sha ? `  ${e.sha.slice(0, 10)}` : '';
          const bundle = e.bundleId ? `  ${e.bundleId.slice(0, 19)}…` : '';
          io.stdout(
            `  ${e.at.slice(0, 19).replace('T', ' ')}  ${e.runId.padEnd(24)} ${t.from.action} → ${t.to.action} (${t.from.score}/5 → ${t.to.score}/5)${sha}${bundle}\n`,
          );
          for (const reason of t.reasons.slice(0, 3)) io.stdout(`      ${reason}\n`);
        }
      }
      setCode(problems.length > 0 && transitions.length === 0 ? 1 : 0);
    });
}
