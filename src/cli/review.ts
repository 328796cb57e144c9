import path from 'node:path';
import type { Command } from 'commander';
import { DEFAULT_CONFIG_PATH } from '../config/types.js';
import { UsageError } from '../core/errors.js';
import { historyOption, requireHistory } from './historyOption.js';
import type { CliIo } from './io.js';

const OUTPUT_ROOT = '.promotion-gate';

/** `review`: the weekly review (--lookback) or monthly checkpoint (--month), from history. */
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
        const { buildReview, reviewWindow, loadDriftRules, writeReview } = await import('./commands.js');
        const window = reviewWindow({ lookback: o.lookback, month: o.month }, now);
        const {
          rules: drift,
          note,
          unknownProfile,
        } = await loadDriftRules({
          file: path.resolve(io.cwd, o.config ?? DEFAULT_CONFIG_PATH),
          label: o.config ?? DEFAULT_CONFIG_PATH,
          profile: o.profile,
          optional: o.config === undefined,
        });
        const store = await requireHistory(o.history, io, 'review');
        const read = await store.list(o.profile, { includeInvalid: true });
        // A profile neither the config nor history knows is a typo: nothing is written for it.
        if (unknownProfile !== undefined && read.runs.length === 0)
          throw new UsageError(`review: ${unknownProfile}, and history holds no run of it`);
        if (note) io.stderr(`note: ${note}\n`);
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
        const outDir = path.resolve(io.cwd, o.out ?? path.join(OUTPUT_ROOT, `${o.profile}-review`));
        // The default must stay inside .promotion-gate/: no `..` or symbolic link may lead it elsewhere.
        const within = o.out === undefined ? path.resolve(io.cwd, OUTPUT_ROOT) : undefined;
        const files = await writeReview(review, window, outDir, within);
        const r = review.runs;
        io.stdout(
          `${o.profile} · ${review.window.label}: ${r.total} run(s), pass rate ${r.passRate === null ? '–' : `${r.passRate}%`}, mean score ${review.score.mean ?? '–'}, ${review.driftAlerts.length} drift alert(s)${r.invalid ? `, ${r.invalid} invalid left out` : ''}\n`,
        );
        const rel = path.relative(io.cwd, outDir) || '.';
        io.stdout(
          `report: ${path.join(rel, path.basename(files.markdown))}  (${path.join(rel, path.basename(files.json))})\n`,
        );
        setCode(0);
      },
    );
}
