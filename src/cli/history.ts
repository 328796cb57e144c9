import type { Command } from 'commander';
import { UsageError } from '../core/errors.js';
import { historyOption, requireHistory } from './historyOption.js';
import type { CliIo } from './io.js';
import { registerTransitions } from './watch.js';
import { readRunner } from '../core/runner.js';

/** `history list`, `invalidate`, `pin` and `unpin`: look at and correct what the gate remembers. */
export function registerHistory(program: Command, io: CliIo, setCode: (code: number) => void): void {
  const history = program
    .command('history')
    .description('list the runs history remembers, or mark one invalid');
  registerTransitions(history, io, setCode);

  history
    .command('list')
    .description('runs of a profile, oldest first')
    .requiredOption('-p, --profile <name>', 'profile')
    .addOption(historyOption(io))
    .option('--all', 'include runs marked invalid')
    .option('-n, --limit <n>', 'only the newest n runs')
    .option('--json', 'print the run summaries as JSON')
    .action(
      async (o: { profile: string; history: string; all?: boolean; limit?: string; json?: boolean }) => {
        const limit = o.limit === undefined ? undefined : Number(o.limit);
        if (limit !== undefined && (!Number.isInteger(limit) || limit < 1))
          throw new UsageError(`--limit: expected a positive whole number, got "${o.limit}"`);
        const store = await requireHistory(o.history, io, 'history list');
        const read = await store.list(o.profile, { includeInvalid: o.all, limit });
        for (const p of read.problems) io.stderr(`warning: ${p}\n`);
        if (o.json) io.stdout(`${JSON.stringify(read.runs, null, 2)}\n`);
        else if (read.runs.length === 0) io.stdout(`no runs of ${o.profile} in ${store.describe()}\n`);
        else {
          io.stdout(`${read.runs.length} run(s) of ${o.profile} in ${store.describe()}:\n`);
          for (const r of read.runs) {
            const sha = r.sha ? `  ${r.sha.slice(0, 10)}` : '';
            const invalid = r.invalid ? `  INVALID: ${r.invalid.reason}` : '';
            const pin = read.pins?.find((p) => p.pin.runId === r.runId)?.pin;
            const pinned = pin ? `  PINNED${pin.reason ? `: ${pin.reason}` : ''}` : '';
            // Deploys and drills (deploy:<env>, drill:<env>) say their outcome, not a verdict.
            const what = r.kind ? (r.outcome ?? '') : `${r.verdict.padEnd(8)} ${r.score}/5  ${r.action}`;
            io.stdout(
              `  ${r.finishedAt.slice(0, 19).replace('T', ' ')}  ${r.runId.padEnd(24)} ${what}${sha}${invalid}${pinned}\n`,
            );
          }
        }
        setCode(read.problems.length > 0 && read.runs.length === 0 ? 1 : 0);
      },
    );

  history
    .command('invalidate')
    .description('mark a run invalid: it stays in history but is left out of every comparison')
    .requiredOption('-p, --profile <name>', 'profile')
    .requiredOption('--run <id>', 'run id (see history list)')
    .requiredOption('--reason <text>', 'why the run must not count (kept with it)')
    .option('--by <name>', 'who marks it (default $GITHUB_ACTOR or $USER)')
    .addOption(historyOption(io))
    .action(async (o: { profile: string; run: string; reason: string; by?: string; history: string }) => {
      if (o.reason.trim() === '') throw new UsageError('--reason: say why the run must not count');
      const store = await requireHistory(o.history, io, 'history invalidate');
      // History only appends: the first reason is the record of why, and a second mark would be
      // dropped without a word.
      const marked = (await store.list(o.profile, { includeInvalid: true })).runs.find(
        (r) => r.runId === o.run,
      )?.invalid;
      if (marked)
        throw new UsageError(
          `run ${o.run} of ${o.profile} is already marked invalid${marked.by ? ` by ${marked.by}` : ''} at ${marked.at}: ${marked.reason} (the first reason stays)`,
        );
      const by = o.by ?? readRunner(io.env).actor ?? io.env.USER;
      await store.markInvalid(o.profile, o.run, o.reason.trim(), by);
      io.stdout(
        `run ${o.run} of ${o.profile} is marked invalid in ${store.describe()}: ${o.reason.trim()}\n`,
      );
      setCode(0);
    });

  registerPins(history, io, setCode);
}

/**
 * `history pin` / `unpin`: a reference run drift and trends compare with as well as the last
 * runs (a release everyone agreed was good). A pin is a record of its own, like an invalidation.
 */
function registerPins(history: Command, io: CliIo, setCode: (code: number) => void): void {
  for (const pinned of [true, false]) {
    const name = pinned ? 'pin' : 'unpin';
    const cmd = history
      .command(name)
      .description(
        pinned
          ? 'pin a run as a reference: drift and trends compare with it as well as with the last runs'
          : 'lift the pin of a run',
      )
      .requiredOption('-p, --profile <name>', 'profile')
      .requiredOption('--run <id>', 'run id (see history list)')
      .option('--by <name>', 'who does it (default $GITHUB_ACTOR or $USER)')
      .addOption(historyOption(io));
    if (pinned) cmd.option('--reason <text>', 'why this run is the reference (kept with the pin)');
    cmd.action(async (o: { profile: string; run: string; reason?: string; by?: string; history: string }) => {
      const store = await requireHistory(o.history, io, `history ${name}`);
      if (!store.pin) throw new UsageError(`history ${name}: ${store.describe()} cannot keep pins`);
      const by = o.by ?? readRunner(io.env).actor ?? io.env.USER;
      const reason = o.reason?.trim();
      await store.pin(o.profile, {
        runId: o.run,
        pinned,
        at: new Date().toISOString(),
        ...(reason ? { reason } : {}),
        ...(by ? { by } : {}),
      });
      io.stdout(
        pinned
          ? `run ${o.run} of ${o.profile} is pinned in ${store.describe()}${reason ? `: ${reason}` : ''}\n`
          : `run ${o.run} of ${o.profile} is not pinned in ${store.describe()}\n`,
      );
      setCode(0);
    });
  }
}
