import path from 'node:path';
import type { Command } from 'commander';
import { EXIT } from '../app/exitCodes.js';
import type { CliIo } from './io.js';

/** `init`: exit 0 when written, 2 when a file is there already (and --force was not given). */
export function registerInit(program: Command, io: CliIo, setCode: (code: number) => void): void {
  program
    .command('init')
    .description(
      'look at the repository and write .github/promotion-gate.yml (dev, staging, prod) and a starter workflow',
    )
    .option('-d, --dir <dir>', 'the repository to look at and write into', '.')
    .option('-f, --force', 'replace .github/promotion-gate.yml and the workflow when they exist')
    .option('--no-workflows', 'write only the config, no workflow')
    .action(async (o: { dir: string; force?: boolean; workflows: boolean }) => {
      // Apart from the other commands: what init reads a repository with (every framework's route
      // reader among it) is loaded by init alone.
      const { runInit } = await import('../app/init.js');
      const result = await runInit({
        dir: o.dir,
        cwd: io.cwd,
        force: o.force === true,
        workflows: o.workflows,
        env: io.env,
      });
      io.stdout('found:\n');
      for (const line of result.found) io.stdout(`  ${line}\n`);
      if (result.written.length === 0) {
        io.stderr(
          `promotion-gate: init wrote nothing: ${result.existing.join(' and ')} ${result.existing.length === 1 ? 'exists' : 'exist'} (--force replaces ${result.existing.length === 1 ? 'it' : 'them'})\n`,
        );
        setCode(EXIT.usage);
        return;
      }
      io.stdout('wrote:\n');
      const width = Math.max(...result.written.map((f) => f.path.length));
      for (const f of result.written)
        io.stdout(`  ${f.path.padEnd(width)}  ${f.what}${f.replaced ? ' (replaced)' : ''}\n`);
      io.stdout('next:\n');
      const at = path.relative(io.cwd, path.resolve(io.cwd, o.dir));
      if (at) io.stdout(`  cd ${/^[\w./-]+$/.test(at) ? at : JSON.stringify(at)}\n`);
      for (const line of result.next) io.stdout(`  ${line}\n`);
      if (result.detection.base.guessed)
        io.stdout(
          `  (the diff checks compare with ${result.detection.base.ref}, a guess: set defaults.base in the config once the repository has the branch releases are cut from)\n`,
        );
      io.stdout('later, starter workflows to copy into .github/workflows/:\n');
      for (const l of result.later) io.stdout(`  ${l.why}:\n    ${l.file}\n`);
      setCode(EXIT.promote);
    });
}
