import path from 'node:path';
import type { Command } from 'commander';
import { DEFAULT_CONFIG_PATH } from '../config/types.js';
import { VERSION } from '../version.js';
import type { CliIo } from './io.js';
import { cliValue } from './options.js';

const collect = (value: string, prev: string[]) => [...prev, value];

/** `aggregate`: exit 0 when ga_ready, 1 otherwise. */
export function registerAggregate(program: Command, io: CliIo, setCode: (code: number) => void): void {
  program
    .command('aggregate')
    .description(
      'merge evidence from many jobs into one level, score and bundle: exit 0 when ga_ready, 1 otherwise',
    )
    .option(
      '-c, --config <file>',
      `config with an aggregate section (default ${DEFAULT_CONFIG_PATH} when it exists)`,
    )
    .option('-a, --artifact <domain=path>', 'evidence file of a domain (repeatable)', collect, [])
    .option(
      '-d, --dir <dir>',
      'directory of downloaded artifacts: each file or folder is a domain (repeatable)',
      collect,
      [],
    )
    .option(
      '-r, --required <domains>',
      'comma-separated domains that must pass (default: the config’s, else all given)',
    )
    .option('--release <name>', 'release the evidence is for (recorded in the report)')
    .option(
      '--allow-outside-workspace',
      'read evidence outside the working directory (after resolving symbolic links); each such domain says where it was read',
    )
    .option('-o, --out <dir>', 'output directory', path.join('.promotion-gate', 'aggregate'))
    .action(
      async (o: {
        config?: string;
        artifact: string[];
        dir: string[];
        required?: string;
        release?: string;
        allowOutsideWorkspace?: boolean;
        out: string;
      }) => {
        const { exists, runAggregate, loadConfigFile } = await import('./commands.js');
        const artifacts = cliValue('evidence', o.artifact);
        const configPath = path.resolve(io.cwd, o.config ?? DEFAULT_CONFIG_PATH);
        const loaded =
          o.config !== undefined || (await exists(configPath))
            ? await loadConfigFile(configPath, o.config ?? DEFAULT_CONFIG_PATH)
            : undefined;
        const required = cliValue('required', o.required);
        const outDir = path.resolve(io.cwd, o.out);
        const { report } = await runAggregate({
          cwd: io.cwd,
          artifacts,
          dirs: o.dir,
          required,
          settings: loaded?.config.aggregate,
          ...(loaded ? { source: loaded.source } : {}),
          allowOutsideWorkspace: o.allowOutsideWorkspace === true,
          release: o.release,
          outDir,
          now: new Date(),
          version: VERSION,
          env: io.env,
        });
        const rel = path.relative(io.cwd, outDir) || '.';
        io.stdout(
          `${report.level.toUpperCase()}  score ${report.score}  (${report.required.length} required domain(s))\n`,
        );
        for (const d of report.domains)
          io.stdout(
            `  ${d.status === 'passed' ? '✔' : '✖'} ${d.name.padEnd(16)} ${d.status.padEnd(10)} ${d.required ? '' : '(optional) '}${d.detail}\n`,
          );
        for (const b of report.blockers) io.stdout(`  blocker: ${b}\n`);
        io.stdout(
          `report: ${path.join(rel, 'report.md')}  (${path.join(rel, 'report.json')})\nbundle: ${report.bundle?.id}\n`,
        );
        setCode(report.level === 'ga_ready' ? 0 : 1);
      },
    );
}
