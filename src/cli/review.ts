import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { exists } from '../bundle/seal.js';
import { type DriftConfig, type DriftSettings, driftSettings } from '../checks/support/drift.js';
import { buildReview, reviewWindow } from '../commands/review.js';
import { renderReview } from '../commands/reviewMarkdown.js';
import { DEFAULT_CONFIG_PATH, loadConfigFile } from '../config/load.js';
import { resolveProfile } from '../config/resolve.js';
import { historyOption, requireHistory } from './historyOption.js';
import type { CliIo } from './main.js';

/** Drift rules of the profile's benchmark checks, as configured (not interpolated: rules are literal). */
async function driftRules(
  configArg: string | undefined,
  profile: string,
  io: CliIo,
): Promise<Map<string, DriftSettings | false>> {
  const rules = new Map<string, DriftSettings | false>();
  const file = path.resolve(io.cwd, configArg ?? DEFAULT_CONFIG_PATH);
  if (configArg === undefined && !(await exists(file))) return rules;
  const { config } = await loadConfigFile(file, configArg ?? DEFAULT_CONFIG_PATH);
  if (!config.profiles[profile]) {
    io.stderr(
      `note: profile ${profile} is not in ${configArg ?? DEFAULT_CONFIG_PATH}; drift uses the default rules\n`,
    );
    return rules;
  }
  for (const c of resolveProfile(config, profile).checks) {
    if (c.raw.type !== 'benchmark') continue;
    const d = c.raw.drift as DriftConfig | false | undefined;
    rules.set(c.id, d === false ? false : driftSettings(d ?? {}));
  }
  return rules;
}

/** `review`: the weekly review (--lookback) or monthly checkpoint (--month) of seed 001. */
export function registerReview(program: Command, io: CliIo, setCode: (code: number) => void): void {
  program
    .command('review')
    .description(
      'pass rate, score and metric trends, drift alerts and top failing checks from history, as Markdown with charts and JSON',
    )
    .requiredOption('-p, --profile <name>', 'profile to review')
    .option('--lookback <n|period>', 'the last n runs (4) or a period (7d, 28d); default 7d')
    .option('--month <YYYY-MM>', 'a calendar month (UTC): the monthly checkpoint')
    .option(
      '-c, --config <file>',
      `config whose drift rules apply (default ${DEFAULT_CONFIG_PATH} when it exists)`,
    )
    .addOption(historyOption(io))
    .option('-o, --out <dir>', 'output directory (default .promotion-gate/<profile>-review)')
    .action(
      async (o: {
        profile: string;
        lookback?: string;
        month?: string;
        config?: string;
        history: string;
        out?: string;
      }) => {
        const now = new Date();
        const window = reviewWindow({ lookback: o.lookback, month: o.month }, now);
        const drift = await driftRules(o.config, o.profile, io);
        const store = await requireHistory(o.history, io, 'review');
        const read = await store.list(o.profile, { includeInvalid: true });
        for (const p of read.problems) io.stderr(`warning: history: ${p}\n`);
        const review = buildReview({
          profile: o.profile,
          store: store.describe(),
          window,
          runs: read.runs,
          problems: read.problems,
          drift,
          now,
        });
        const outDir = path.resolve(io.cwd, o.out ?? path.join('.promotion-gate', `${o.profile}-review`));
        const base = window.kind === 'period' && window.month ? `monthly-${window.month}` : 'review';
        await mkdir(outDir, { recursive: true });
        await writeFile(path.join(outDir, `${base}.json`), `${JSON.stringify(review, null, 2)}\n`);
        await writeFile(path.join(outDir, `${base}.md`), renderReview(review));
        const r = review.runs;
        io.stdout(
          `${o.profile} · ${review.window.label}: ${r.total} run(s), pass rate ${r.passRate === null ? '–' : `${r.passRate}%`}, mean score ${review.score.mean ?? '–'}, ${review.driftAlerts.length} drift alert(s)${r.invalid ? `, ${r.invalid} invalid left out` : ''}\n`,
        );
        const rel = path.relative(io.cwd, outDir) || '.';
        io.stdout(`report: ${path.join(rel, `${base}.md`)}  (${path.join(rel, `${base}.json`)})\n`);
        setCode(0);
      },
    );
}
