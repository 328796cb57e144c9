import path from 'node:path';
import { Command, CommanderError } from 'commander';
import { createStreamLogger } from '../adapters/logger.js';
import { maskUrlCredentials } from '../core/credentials.js';
import { ConfigError, errorMessage, isUserError, UsageError } from '../core/errors.js';
import { forFrontEnd } from '../app/frontEnd.js';
import { VERSION } from '../version.js';
import { EXIT, verdictExitCode } from '../app/exitCodes.js';
import { verdictLine } from '../report/headline.js';
import { registerAggregate } from './aggregate.js';
import { registerDeploy, registerDrill } from './deploy.js';
import { registerDrift } from './drift.js';
import { registerHistory } from './history.js';
import { historyOption, openHistory } from './historyOption.js';
import { registerInit } from './init.js';
import type { CliIo } from './io.js';
import { cliOption, cliValue } from './options.js';
import { registerPublish } from './publish.js';
import { registerReview } from './review.js';
import { registerWatch } from './watch.js';
import { registerMonitor } from './monitor.js';

export type { CliIo };

function reportUserError(err: ConfigError | UsageError, io: CliIo): number {
  if (err instanceof ConfigError) {
    io.stderr(
      `promotion-gate: invalid configuration (${err.issues.length} problem${err.issues.length === 1 ? '' : 's'})\n`,
    );
    io.stderr(`${err.message}\n`);
  } else io.stderr(`promotion-gate: ${err.message}\n`);
  return EXIT.usage;
}

/** Runs the CLI and returns the exit code: 0 promote, 1 hold, 2 usage/config error, 3 internal error. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let code: number = EXIT.internal;
  // Whatever it prints names options as the command line spells them (`--pr`, not `pr-number`).
  const raw = io;
  const spell = forFrontEnd('cli').text;
  io = { ...raw, stdout: (t) => raw.stdout(spell(t)), stderr: (t) => raw.stderr(spell(t)) };
  const program = new Command('promotion-gate')
    .description(
      'Decide whether a release may be promoted, with reasons and a tamper-evident evidence bundle.',
    )
    .version(VERSION)
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  program
    .command('gate')
    .description('run the checks of a profile and decide: exit 0 promote, 1 hold')
    .addOption(cliOption('profile').makeOptionMandatory())
    .addOption(cliOption('config'))
    .addOption(cliOption('outputDir'))
    .addOption(cliOption('base'))
    .addOption(cliOption('head'))
    .addOption(cliOption('configSource'))
    .addOption(cliOption('inputs'))
    .addOption(cliOption('failOn'))
    .option('-v, --verbose', 'print each check’s log lines')
    .addOption(historyOption(io))
    .action(
      async (o: {
        profile: string;
        config: string;
        out?: string;
        base?: string;
        head?: string;
        configSource?: string;
        input: string[];
        failOn: string;
        verbose?: boolean;
        history: string;
      }) => {
        const { runGate } = await import('./commands.js');
        const run = await runGate({
          configPath: path.resolve(io.cwd, o.config),
          profile: o.profile,
          outDir: o.out ? path.resolve(io.cwd, o.out) : undefined,
          inputs: cliValue('inputs', o.input),
          env: io.env,
          cwd: io.cwd,
          base: o.base,
          head: o.head,
          configSource: cliValue('configSource', o.configSource),
          logger: createStreamLogger({ write: (l) => io.stderr(`${l}\n`), verbose: o.verbose }),
          signal: io.signal,
          history: await openHistory(o.history, io),
          frontEnd: 'cli',
        });
        const r = run.report;
        const rel = path.relative(io.cwd, run.outDir) || '.';
        io.stdout(`\n${verdictLine(r)}\n`);
        for (const reason of r.reasons.filter((x) => x.blocking)) io.stdout(`  ✖ ${reason.message}\n`);
        for (const reason of r.reasons.filter((x) => !x.blocking)) io.stdout(`  • ${reason.message}\n`);
        io.stdout(`report: ${path.join(rel, 'report.md')}  (${path.join(rel, 'report.json')})\n`);
        io.stdout(`bundle: ${r.bundle?.id}\n`);
        if (run.history)
          io.stdout(
            run.history.appended
              ? `history: run ${run.history.runId} recorded in ${run.history.store}\n`
              : `history: run NOT recorded in ${run.history.store} (see the warning above)\n`,
          );
        code = verdictExitCode(r.verdict, cliValue('failOn', o.failOn));
      },
    );

  program
    .command('validate')
    .description('check a config file and report every problem with file:line and key')
    .addOption(cliOption('config'))
    .addOption(
      cliOption('profile', { help: 'also resolve this profile with the given inputs and environment' }),
    )
    .addOption(cliOption('inputs'))
    .action(async (o: { config: string; profile?: string; input: string[] }) => {
      // The config's modules alone, as the action's validate loads them: a validate run by an
      // editor or a commit hook evaluates no command's use case.
      const { loadConfigFile, placed } = await import('../config/load.js');
      const loaded = await loadConfigFile(path.resolve(io.cwd, o.config), o.config, {
        everyProfile: !o.profile,
      });
      const profiles = Object.keys(loaded.config.profiles);
      if (o.profile) {
        const { planGate } = await import('../config/plan.js');
        const profile = o.profile;
        const plan = await placed(() =>
          planGate(loaded, profile, { env: io.env, inputs: cliValue('inputs', o.input) }),
        );
        io.stdout(
          `${o.config}: valid; profile ${o.profile} runs ${plan.checks.length} check(s): ${plan.checks.map((c) => c.id).join(', ')}\n`,
        );
      } else {
        io.stdout(
          `${o.config}: valid (${Object.keys(loaded.config.checks).length} checks, profiles: ${profiles.join(', ')})\n`,
        );
      }
      code = 0;
    });

  program
    .command('schema')
    .description('print the JSON Schema of the config file (for yaml-language-server and editors)')
    .action(async () => {
      const { configJsonSchema } = await import('./commands.js');
      io.stdout(`${JSON.stringify(await configJsonSchema(), null, 2)}\n`);
      code = 0;
    });

  program
    .command('verify')
    .description('recompute every digest of an evidence bundle; exit 1 naming what changed')
    .argument('<dir>', 'bundle directory (holds manifest.json)')
    .option('--bundle-id <id>', 'the bundle id it must have (sha256:…)')
    .action(async (dir: string, o: { bundleId?: string }) => {
      if (o.bundleId !== undefined && !/^sha256:[0-9a-f]{64}$/.test(o.bundleId))
        throw new UsageError(`--bundle-id: expected sha256: and 64 hex digits, got "${o.bundleId}"`);
      // On its own: checking a bundle needs none of what the other commands run.
      const { verifyBundle } = await import('../bundle/verify.js');
      const res = await verifyBundle(path.resolve(io.cwd, dir), o.bundleId);
      // A directory that is not there is a wrong argument (2), not a bundle that fails (1).
      if (res.unusable) throw new UsageError(`verify: ${res.unusable}`);
      if (res.ok) {
        io.stdout(`${dir}: intact — ${res.files} file(s), bundle ${res.bundleId}\n`);
        code = 0;
        return;
      }
      io.stdout(`${dir}: NOT intact — ${res.problems.length} problem(s)\n`);
      // A name from the bundle may hold control characters: shown quoted, it cannot rewrite the terminal.
      const shown = (p: string) => (/\p{Cc}/u.test(p) ? JSON.stringify(p) : p);
      for (const p of res.problems) io.stdout(`  ${p.kind.padEnd(9)} ${shown(p.path)}: ${p.detail}\n`);
      code = 1;
    });

  const setCode = (c: number) => {
    code = c;
  };
  registerAggregate(program, io, setCode);
  registerDrift(program, io, setCode);
  registerReview(program, io, setCode);
  registerHistory(program, io, setCode);
  registerPublish(program, io, setCode);
  registerDeploy(program, io, setCode);
  registerDrill(program, io, setCode);
  registerWatch(program, io, setCode);
  registerMonitor(program, io, setCode);
  registerInit(program, io, setCode);

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.exitCode === 0)
        return 0;
      return EXIT.usage;
    }
    if (isUserError(err)) return reportUserError(err, io);
    // No redactor reaches this far: credentials in URLs are at least masked by their shape.
    io.stderr(
      maskUrlCredentials(
        `promotion-gate: internal error: ${errorMessage(err)}\n${(err as Error)?.stack ?? ''}\n`,
      ),
    );
    return EXIT.internal;
  }
}
