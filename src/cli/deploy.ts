import path from 'node:path';
import type { Command } from 'commander';
import { createStreamLogger } from '../adapters/logger.js';
import type { DeployRun } from '../app/deploy.js';
import { UsageError } from '../core/errors.js';
import { formatDuration } from '../core/duration.js';
import type { StepEntry } from '../deploy/types.js';
import { historyOption, openHistory } from './historyOption.js';
import type { CliIo } from './io.js';
import { cliOption, cliValue } from './options.js';

const HEADLINE: Record<string, string> = {
  deployed: 'DEPLOYED',
  'rolled-back': 'ROLLED BACK',
  failed: 'FAILED',
  'rollback-failed': 'ROLLBACK FAILED',
  interrupted: 'INTERRUPTED',
  planned: 'PLANNED',
  passed: 'PASSED',
};

function stepLine(e: StepEntry): string {
  const mark = e.status === 'passed' ? '✔' : e.status === 'planned' ? '○' : '✖';
  const took = e.durationMs !== undefined ? `  ${formatDuration(e.durationMs)}` : '';
  if (e.kind === 'command') {
    const what = e.status === 'planned' ? `$ ${e.command}` : (e.detail ?? e.status);
    return `  ${mark} ${e.name.padEnd(22)} ${what}${took}\n`;
  }
  const what = e.verdict
    ? `${e.profile}: ${e.verdict} ${e.score}/5${e.blockers?.length ? ` (${e.blockers.join(', ')})` : ''}`
    : `${e.profile}: ${e.detail ?? e.status}`;
  return `  ${mark} ${e.name.padEnd(22)} ${what}${took}${e.bundleId ? `  bundle ${e.bundleId.slice(0, 19)}…` : ''}\n`;
}

function print(run: DeployRun, io: CliIo): void {
  const r = run.report;
  const rel = path.relative(io.cwd, run.outDir) || '.';
  const what = r.kind === 'drill' ? `drill of ${r.environment}` : r.environment;
  io.stdout(`\n${HEADLINE[r.outcome] ?? r.outcome.toUpperCase()} ${what}: ${r.why}\n`);
  for (const e of r.steps) io.stdout(stepLine(e));
  if (run.alert) io.stdout(`  ALERT: ${run.alert}\n`);
  io.stdout(`report: ${path.join(rel, 'report.md')}  (${path.join(rel, 'report.json')})\n`);
  io.stdout(`bundle: ${r.bundle?.id}\n`);
  if (run.history)
    io.stdout(
      run.history.appended
        ? `history: recorded as ${run.history.key} (run ${run.history.runId}) in ${run.history.store}\n`
        : `history: NOT recorded in ${run.history.store} (see the warning above)\n`,
    );
}

type Common = {
  environment: string;
  config: string;
  out?: string;
  input: string[];
  history: string;
  verbose?: boolean;
};

function common(o: Common, io: CliIo) {
  return {
    configPath: path.resolve(io.cwd, o.config),
    environment: cliValue('environment', o.environment)!,
    inputs: cliValue('inputs', o.input),
    env: io.env,
    cwd: io.cwd,
    outDir: o.out ? path.resolve(io.cwd, o.out) : undefined,
    logger: createStreamLogger({ write: (l) => io.stderr(`${l}\n`), verbose: o.verbose }),
    signal: io.signal,
  };
}

/** `deploy` and `drill`: exit 0 deployed (or a passed drill), 1 failed or rolled back, 4 rollback failed. */
export function registerDeploy(program: Command, io: CliIo, setCode: (code: number) => void): void {
  program
    .command('deploy')
    .description(
      'snapshot → deploy → verify an environment, rolling back on failure: exit 0 deployed, 1 failed or rolled back, 4 rollback failed',
    )
    .addOption(cliOption('environment').makeOptionMandatory())
    .addOption(cliOption('config'))
    .addOption(
      cliOption('outputDir', { help: 'output directory (default .promotion-gate/.deploy/<environment>)' }),
    )
    .addOption(cliOption('inputs'))
    .addOption(cliOption('rollbackOnFailure'))
    .option('--no-rollback', 'never roll back, whatever the config says')
    .addOption(cliOption('dryRun'))
    .option('-v, --verbose', 'print each check’s log lines')
    .addOption(historyOption(io))
    .action(async (o: Common & { rollbackOnFailure?: boolean; rollback: boolean; dryRun?: boolean }) => {
      if (o.rollbackOnFailure && o.rollback === false)
        throw new UsageError('--rollback-on-failure and --no-rollback contradict each other: give one');
      const rollback =
        o.rollback === false ? false : cliValue('rollbackOnFailure', o.rollbackOnFailure ? 'true' : '');
      const { runDeploy } = await import('./commands.js');
      const run = await runDeploy({
        ...common(o, io),
        rollback,
        dryRun: cliValue('dryRun', o.dryRun),
        history: await openHistory(o.history, io),
      });
      print(run, io);
      setCode(run.exitCode);
    });
}

export function registerDrill(program: Command, io: CliIo, setCode: (code: number) => void): void {
  program
    .command('drill')
    .description(
      'prove the rollback path of an environment: deploy, a verify recorded as failed, rollback, verify; exit 0 passed, 1 failed, 4 rollback failed',
    )
    .addOption(
      cliOption('environment', {
        help: 'environment to drill (a key of environments in the config)',
      }).makeOptionMandatory(),
    )
    .addOption(cliOption('config'))
    .addOption(
      cliOption('outputDir', { help: 'output directory (default .promotion-gate/.drill/<environment>)' }),
    )
    .addOption(cliOption('inputs'))
    .addOption(cliOption('retain'))
    .addOption(cliOption('live'))
    .option('-v, --verbose', 'print each check’s log lines')
    .addOption(historyOption(io))
    .action(async (o: Common & { retain: string; live?: boolean }) => {
      const { runDrill } = await import('./commands.js');
      const run = await runDrill({
        ...common(o, io),
        retain: cliValue('retain', o.retain),
        live: cliValue('live', o.live),
        history: await openHistory(o.history, io),
      });
      print(run, io);
      setCode(run.exitCode);
    });
}
