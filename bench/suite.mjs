// `npm run bench:suite`: the test suite as a developer runs it (`vitest run`, the README's test
// command, with vitest.config.ts as it is: its workers, its temporary root), timed.
//
// Prints each run's wall time against the goal (≤ 60 s on a 2-core machine), and beside it the CPU
// time of the whole process tree (vitest, its workers and every process a test starts, read from
// this process's counts of its waited-for children). CPU ÷ cores is the floor of the wall time on
// this machine: a wall time near it means the suite is bound by CPU, and only less work makes it
// faster; far above it, the suite waits (on timers, on one long file) and more parallel work
// would help. Then the slowest files of the last run, where to look first.
//
//   npm run bench:suite                 one run
//   npm run bench:suite -- --runs 3     medians of three
//
// It reports, it does not assert: exit 0 on a MISS; exit 1 when the suite fails.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { median, repoRoot, runNode, secs, tail, verdict } from './lib.mjs';

const GOAL_MS = 60_000;
const SLOWEST = 10;

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '1' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log('usage: npm run bench:suite -- [--runs N]');
  process.exit(0);
}
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1 || runs > 10) {
  console.error(`--runs expects 1–10, got "${args.runs}"`);
  process.exit(2);
}

/** Clock ticks a second, for the CPU counts of /proc. */
const ticks = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU milliseconds of this process's children that have ended and been waited for (Linux only). */
function childrenCpuMs() {
  try {
    // The fields after the command name, which may hold spaces and parentheses, closed by the last ")".
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // cutime and cstime: fields 16 and 17 of the line, 14 and 15 after the name and state.
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / ticks;
  } catch {
    return undefined;
  }
}

const cores = os.availableParallelism();
const vitest = path.join(repoRoot, 'node_modules', 'vitest', 'vitest.mjs');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'promotion-gate-bench-suite-'));
const env = { ...process.env };
if (env.VITEST_MAX_WORKERS)
  console.log(`note: VITEST_MAX_WORKERS=${env.VITEST_MAX_WORKERS} is set: not the workers a user gets\n`);

console.log(`bench: vitest run, ${runs} run(s), ${cores} core(s), Node ${process.version}\n`);
const walls = [];
const cpus = [];
let last;
let failed = false;
try {
  for (let i = 1; i <= runs; i++) {
    const json = path.join(tmp, `results-${i}.json`);
    const before = childrenCpuMs();
    // The default reporter, as `npm test` prints, and the results as JSON beside it (as .ci/run).
    const run = await runNode(
      [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${json}`],
      {
        cwd: repoRoot,
        env,
      },
    );
    const after = childrenCpuMs();
    const cpu = before !== undefined && after !== undefined ? after - before : undefined;
    let results;
    try {
      results = JSON.parse(readFileSync(json, 'utf8'));
    } catch {
      results = undefined;
    }
    if (run.code !== 0 || !results) {
      console.error(`run ${i}: the suite failed (exit ${run.code}):\n${tail(run)}`);
      failed = true;
      break;
    }
    walls.push(run.ms);
    if (cpu !== undefined) cpus.push(cpu);
    last = results;
    console.log(
      `run ${i}: ${results.numPassedTests} tests in ${results.testResults.length} files · wall ${secs(run.ms)}${cpu === undefined ? '' : ` · CPU ${secs(cpu)}, ÷ ${cores} cores ${secs(cpu / cores)}`}`,
    );
  }
  if (!failed) {
    const wall = median(walls);
    console.log('');
    if (cpus.length) {
      const floor = median(cpus) / cores;
      console.log(
        `median: wall ${secs(wall)}, CPU ${secs(median(cpus))}; wall ÷ (CPU ÷ cores) ${(wall / floor).toFixed(2)} (1.00: bound by CPU)`,
      );
    } else console.log(`median: wall ${secs(wall)} (CPU not read: /proc is not there)`);
    const files = last.testResults
      .map((f) => ({ file: path.relative(repoRoot, f.name), ms: f.endTime - f.startTime }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, SLOWEST);
    console.log(`\nslowest files of the last run (wall, each beside others):`);
    for (const f of files) console.log(`  ${secs(f.ms).padStart(8)}  ${f.file}`);
    console.log('');
    verdict(`npm test on ${cores} cores: wall (s)`, Number((wall / 1000).toFixed(1)), GOAL_MS / 1000);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
