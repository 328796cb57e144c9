import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { createStreamLogger } from '../adapters/logger.js';
import { verifyBundle } from '../bundle/verify.js';
import { DEFAULT_CONFIG_PATH, loadConfigFile, planGate } from '../config/load.js';
import { configJsonSchema } from '../config/schema.js';
import { ConfigError, errorMessage, isUserError, type UsageError } from '../core/errors.js';
import { runGate } from '../gate.js';
import { VERSION } from '../version.js';
import { registerAggregate } from './aggregateCommand.js';
import { registerDrift } from './driftCommand.js';
import { registerHistory } from './historyCommands.js';
import { historyOption, openHistory } from './historyOption.js';
import { parseInputs } from './inputs.js';
import { registerPublish } from './publish.js';
import { registerReview } from './reviewCommand.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Aborted on SIGINT/SIGTERM: checks stop, the report of what ran is still written. */
  signal?: AbortSignal;
}

export const EXIT = { promote: 0, hold: 1, usage: 2, internal: 3 } as const;

const collect = (value: string, prev: string[]) => [...prev, value];

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
    .requiredOption('-p, --profile <name>', 'profile to run')
    .option('-c, --config <file>', 'config file', DEFAULT_CONFIG_PATH)
    .option('-o, --out <dir>', 'output directory (default .promotion-gate/<profile>)')
    .option(
      '--base <ref>',
      'base revision diff checks compare with (default: the pull request base, the last promoted run, defaults.base)',
    )
    .option(
      '--head <ref>',
      'head revision of the change being promoted (default: the pull request head, HEAD)',
    )
    .option('-i, --input <key=value>', 'value for ${{ inputs.key }} (repeatable)', collect, [])
    .addOption(
      new Option('--fail-on <when>', 'exit non-zero on hold, or never')
        .choices(['hold', 'never'])
        .default('hold'),
    )
    .option('-v, --verbose', 'print each check’s log lines')
    .addOption(historyOption(io))
    .action(
      async (o: {
        profile: string;
        config: string;
        out?: string;
        base?: string;
        head?: string;
        input: string[];
        failOn: string;
        verbose?: boolean;
        history: string;
      }) => {
        const run = await runGate({
          configPath: path.resolve(io.cwd, o.config),
          profile: o.profile,
          outDir: o.out ? path.resolve(io.cwd, o.out) : undefined,
          inputs: parseInputs(o.input, '--input'),
          env: io.env,
          cwd: io.cwd,
          base: o.base,
          head: o.head,
          logger: createStreamLogger({ write: (l) => io.stderr(`${l}\n`), verbose: o.verbose }),
          signal: io.signal,
          history: await openHistory(o.history, io),
        });
        const r = run.report;
        const rel = path.relative(io.cwd, run.outDir) || '.';
        io.stdout(
          `\n${r.verdict === 'promote' ? 'PROMOTE' : 'HOLD'}  ${r.profile}  score ${r.score}/5  ${r.action}  level ${r.level}\n`,
        );
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
        code = r.verdict === 'promote' || o.failOn === 'never' ? EXIT.promote : EXIT.hold;
      },
    );

  program
    .command('validate')
    .description('check a config file and report every problem with file:line and key')
    .option('-c, --config <file>', 'config file', DEFAULT_CONFIG_PATH)
    .option('-p, --profile <name>', 'also resolve this profile with the given inputs and environment')
    .option('-i, --input <key=value>', 'value for ${{ inputs.key }} (repeatable)', collect, [])
    .action(async (o: { config: string; profile?: string; input: string[] }) => {
      const loaded = await loadConfigFile(path.resolve(io.cwd, o.config), o.config);
      const profiles = Object.keys(loaded.config.profiles);
      if (o.profile) {
        const plan = planGate(loaded, o.profile, { env: io.env, inputs: parseInputs(o.input, '--input') });
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
    .action(() => {
      io.stdout(`${JSON.stringify(configJsonSchema(), null, 2)}\n`);
      code = 0;
    });

  program
    .command('verify')
    .description('recompute every digest of an evidence bundle; exit 1 naming what changed')
    .argument('<dir>', 'bundle directory (holds manifest.json)')
    .option('--bundle-id <id>', 'the bundle id it must have (sha256:…)')
    .action(async (dir: string, o: { bundleId?: string }) => {
      const res = await verifyBundle(path.resolve(io.cwd, dir), o.bundleId);
      if (res.ok) {
        io.stdout(`${dir}: intact — ${res.files} file(s), bundle ${res.bundleId}\n`);
        code = 0;
        return;
      }
      io.stdout(`${dir}: NOT intact — ${res.problems.length} problem(s)\n`);
      for (const p of res.problems) io.stdout(`  ${p.kind.padEnd(9)} ${p.path}: ${p.detail}\n`);
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
    io.stderr(`promotion-gate: internal error: ${errorMessage(err)}\n${(err as Error)?.stack ?? ''}\n`);
    return EXIT.internal;
  }
}
