import path from 'node:path';
import type { Command } from 'commander';
import { createStreamLogger } from '../adapters/logger.js';
import { VERSION } from '../version.js';
import { historyOption, requireHistory } from './historyOption.js';
import { cliOption, cliValue } from './options.js';
import type { CliIo } from './io.js';

const OUTPUT_ROOT = '.promotion-gate';

/** `drift`: exit 1 when a required benchmark drifted (or could not be judged), else 0. */
export function registerDrift(program: Command, io: CliIo, setCode: (code: number) => void): void {
  program
    .command('drift')
    .description(
      'judge the profile’s benchmark checks against history only: exit 1 on a blocking drift alert',
    )
    .addOption(
      cliOption('profile', { help: 'profile whose benchmark checks are judged' }).makeOptionMandatory(),
    )
    .addOption(cliOption('config'))
    .addOption(historyOption(io))
    .option('--from-history', 'judge the newest recorded run instead of measuring now')
    .addOption(cliOption('outputDir', { help: 'output directory (default .promotion-gate/<profile>-drift)' }))
    .addOption(cliOption('inputs'))
    .option('-v, --verbose', 'print each check’s log lines')
    .action(
      async (o: {
        profile: string;
        config: string;
        history: string;
        fromHistory?: boolean;
        out?: string;
        input: string[];
        verbose?: boolean;
      }) => {
        const { createExec, createHttpClient, benchmarkChecks, runDrift, loadConfigFile, placed, planGate } =
          await import('./commands.js');
        const loaded = await loadConfigFile(path.resolve(io.cwd, o.config), o.config);
        // Only the benchmarks are judged: the inputs of the profile's other checks (live URLs) are
        // not needed, with or without --from-history.
        const plan = await placed(() =>
          planGate(loaded, o.profile, {
            env: io.env,
            inputs: cliValue('inputs', o.input),
            onlyTypes: ['benchmark'],
          }),
        );
        const store = await requireHistory(o.history, io, 'drift');
        const outDir = path.resolve(io.cwd, o.out ?? path.join(OUTPUT_ROOT, `${o.profile}-drift`));
        if (benchmarkChecks(plan).length === 0)
          io.stderr(`note: profile ${o.profile} runs no benchmark checks (or their mode is off in it)\n`);
        const report = await runDrift({
          plan,
          store,
          fromHistory: o.fromHistory ?? false,
          outDir,
          // The default must stay inside .promotion-gate/: no `..` or symbolic link may lead it elsewhere.
          ...(o.out === undefined ? { within: path.resolve(io.cwd, OUTPUT_ROOT) } : {}),
          cwd: io.cwd,
          env: io.env,
          exec: createExec(),
          http: createHttpClient(`promotion-gate/${VERSION}`),
          logger: createStreamLogger({ write: (l) => io.stderr(`${l}\n`), verbose: o.verbose }),
          now: () => new Date(),
          signal: io.signal,
        });
        for (const p of report.problems) io.stderr(`warning: history: ${p}\n`);
        io.stdout(
          `\n${report.blockingAlerts > 0 ? 'DRIFT' : report.alerts > 0 ? 'DRIFT (not blocking)' : 'NO DRIFT'}  ${o.profile}  ${report.alerts} alert(s), ${report.blockingAlerts} blocking\n`,
        );
        for (const c of report.checks) {
          if (c.error) io.stdout(`  ✖ ${c.check}: could not be judged: ${c.error}\n`);
          for (const p of c.points)
            io.stdout(
              `  ${p.status === 'alert' || p.status === 'missing' ? '✖' : '•'} ${c.check}: ${p.message}\n`,
            );
        }
        const rel = path.relative(io.cwd, outDir) || '.';
        io.stdout(`report: ${path.join(rel, 'drift.md')}  (${path.join(rel, 'drift.json')})\n`);
        setCode(report.blockingAlerts > 0 ? 1 : 0);
      },
    );
}
