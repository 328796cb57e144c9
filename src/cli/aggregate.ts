import path from 'node:path';
import type { Command } from 'commander';
import { exists } from '../bundle/seal.js';
import { runAggregate } from '../commands/aggregate.js';
import { DEFAULT_CONFIG_PATH, loadConfigFile } from '../config/load.js';
import { UsageError } from '../core/errors.js';
import { VERSION } from '../version.js';
import type { CliIo } from './main.js';

const DOMAIN = /^[A-Za-z0-9][\w.-]*$/;
const collect = (value: string, prev: string[]) => [...prev, value];

function parseArtifact(text: string): { domain: string; path: string } {
  const eq = text.indexOf('=');
  const domain = eq > 0 ? text.slice(0, eq).trim() : '';
  const file = eq > 0 ? text.slice(eq + 1).trim() : '';
  if (!domain || !file) throw new UsageError(`--artifact: expected DOMAIN=PATH, got "${text}"`);
  if (!DOMAIN.test(domain))
    throw new UsageError(`--artifact: domain "${domain}" may use only letters, digits, ".", "_" and "-"`);
  return { domain, path: file };
}

/** `aggregate` (DESIGN §4): exit 0 when ga_ready, 1 otherwise. */
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
    .option('-o, --out <dir>', 'output directory', path.join('.promotion-gate', 'aggregate'))
    .action(
      async (o: {
        config?: string;
        artifact: string[];
        dir: string[];
        required?: string;
        release?: string;
        out: string;
      }) => {
        const artifacts = o.artifact.map(parseArtifact);
        const configPath = path.resolve(io.cwd, o.config ?? DEFAULT_CONFIG_PATH);
        const settings =
          o.config !== undefined || (await exists(configPath))
            ? (await loadConfigFile(configPath, o.config ?? DEFAULT_CONFIG_PATH)).config.aggregate
            : undefined;
        const required = o.required
          ?.split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        for (const d of required ?? [])
          if (!DOMAIN.test(d)) throw new UsageError(`--required: "${d}" is not a domain name`);
        const outDir = path.resolve(io.cwd, o.out);
        const { report } = await runAggregate({
          cwd: io.cwd,
          artifacts,
          dirs: o.dir,
          required,
          settings,
          release: o.release,
          outDir,
          now: new Date(),
          version: VERSION,
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
