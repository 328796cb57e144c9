import path from 'node:path';
import type { Command } from 'commander';
import { createStreamLogger } from '../adapters/logger.js';
import type { MonitorRun } from '../app/monitor.js';
import { formatDuration } from '../core/duration.js';
import { readRunner } from '../core/runner.js';
import type { IssueSink } from '../monitor/alert.js';
import { VERSION } from '../version.js';
import { historyOption, openHistory } from './historyOption.js';
import type { CliIo } from './io.js';
import { cliOption, cliValue } from './options.js';

interface MonitorFlags {
  environment: string;
  config: string;
  out?: string;
  input: string[];
  history: string;
  window?: string;
  interval?: string;
  deployment?: string;
  incidents: boolean;
  notify: boolean;
  repo?: string;
  apiTimeout: string;
  apiRetries: string;
  verbose?: boolean;
}

const HEADLINE: Record<string, string> = {
  healthy: 'HEALTHY',
  degraded: 'DEGRADED',
  interrupted: 'INTERRUPTED',
  error: 'NOT JUDGED',
};

/** Where an incident issue goes: the repository and token of the environment, or why there is none. */
async function issuesFor(f: MonitorFlags, io: CliIo): Promise<IssueSink> {
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

function print(run: MonitorRun, io: CliIo): void {
  const r = run.report;
  const rel = path.relative(io.cwd, run.outDir) || '.';
  io.stdout(`\n${HEADLINE[r.outcome] ?? r.outcome.toUpperCase()} ${r.environment}: ${r.why}\n`);
  const c = r.classification;
  io.stdout(
    `  window ${formatDuration(r.window.windowMs)} from ${r.window.startedAt}, ${c.ticks} tick(s), ${c.requests} request(s), ${c.errors} 5xx or unreachable${r.window.resumed ? ' (resumed)' : ''}${r.window.recorded ? ' (recorded outcome; nothing probed)' : ''}\n`,
  );
  for (const x of c.reasons)
    io.stdout(`  ✖ ${x.rule} at tick ${x.tick}: ${x.observed} (threshold ${x.threshold})\n`);
  if (r.reaction) {
    io.stdout(`  reaction: ${r.reaction.reason}; action taken: ${r.actionTaken}\n`);
    for (const s of r.reaction.steps)
      io.stdout(`    ${s.status === 'passed' ? '✔' : '✖'} ${s.name}: ${s.detail ?? s.status}\n`);
    const a = r.reaction.alert;
    if (a) {
      io.stdout(
        `    incident issue: ${a.issue.state === 'done' ? '' : `${a.issue.state} — `}${a.issue.detail}\n`,
      );
      for (const n of a.notifications)
        io.stdout(`    notification ${n.webhook}: ${n.state}${n.state === 'sent' ? '' : ` — ${n.detail}`}\n`);
    }
  }
  for (const p of r.problems) io.stdout(`  note: ${p}\n`);
  if (run.alert) io.stdout(`  ALERT: ${run.alert}\n`);
  io.stdout(`report: ${path.join(rel, 'report.md')}  (${path.join(rel, 'report.json')})\n`);
  io.stdout(`bundle: ${r.bundle?.id}\n`);
  io.stdout(`series: ${r.store.key} in ${r.store.where}\n`);
}

/** `monitor`: exit 0 healthy, 1 degraded (reaction done, or none/alert), 4 rollback failed, 3 not judged. */
export function registerMonitor(program: Command, io: CliIo, setCode: (code: number) => void): void {
  program
    .command('monitor')
    .description(
      'watch an environment for a window after a deploy, one round of probes per interval, and react when it degrades: exit 0 healthy, 1 degraded, 4 rollback failed',
    )
    .addOption(
      cliOption('environment', {
        help: 'environment to watch (a key of environments in the config)',
      }).makeOptionMandatory(),
    )
    .addOption(cliOption('window'))
    .addOption(cliOption('interval'))
    .addOption(cliOption('deployment'))
    .addOption(cliOption('config'))
    .addOption(
      cliOption('outputDir', { help: 'output directory (default .promotion-gate/.monitor/<environment>)' }),
    )
    .addOption(cliOption('inputs'))
    .addOption(cliOption('incidents'))
    .addOption(cliOption('notify'))
    .option('--repo <owner/name>', 'repository for incident issues (default GITHUB_REPOSITORY)')
    .addOption(cliOption('apiTimeout'))
    .addOption(cliOption('apiRetries'))
    .option('-v, --verbose', 'print each probe’s log lines')
    .addOption(historyOption(io))
    .action(async (f: MonitorFlags) => {
      const { runMonitor } = await import('./commands.js');
      const run = await runMonitor({
        configPath: path.resolve(io.cwd, f.config),
        environment: cliValue('environment', f.environment)!,
        inputs: cliValue('inputs', f.input),
        env: io.env,
        cwd: io.cwd,
        outDir: f.out ? path.resolve(io.cwd, f.out) : undefined,
        logger: createStreamLogger({ write: (l) => io.stderr(`${l}\n`), verbose: f.verbose }),
        signal: io.signal,
        history: await openHistory(f.history, io),
        windowMs: cliValue('window', f.window),
        intervalMs: cliValue('interval', f.interval),
        deployment: cliValue('deployment', f.deployment),
        issues: await issuesFor(f, io),
        notify: f.notify,
      });
      print(run, io);
      setCode(run.exitCode);
    });
}
