// `npm run bench`: live checks side by side, with the default config.
//
// Starts the demo service with a fixed delay on every answer (default 400 ms) and runs the built
// CLI (a private copy of dist/) on profiles of 14 and of 50 live checks, each one request, in a
// config with no `defaults:` at all — as a user runs it. Rounds alternate the profiles. The figure
// is the gate's wall time (report.durationMs) ÷ its slowest check, goal ≤ 1.1: every live probe
// runs at once, so the gate takes little more than its slowest probe. Paired reference, measured
// in the same round: one request to the service from this process. Printed beside it: the gate's
// own time (wall − slowest check), which a faster check does not hide — the ratio rises when the
// checks themselves get faster and the gate's own time stays — and the process's CPU time, which
// a busy machine stretches far less than any wall time.
//
// `--baseline DIR` runs a second build in the same rounds, the two in alternating order, so a
// change is judged against the code before it under the same load (a shared machine's load moves
// both alike): `BENCH_DIST=/tmp/mine npm run bench -- --baseline dist`.
//
//   npm run bench                                  14 and 50 checks, 400 ms, 5 rounds
//   npm run bench -- --delay 200 --runs 7 --checks 14,50,100
//   BENCH_DIST=/tmp/mine npm run bench -- --baseline dist
//
// It reports, it does not assert: exit 0 on a MISS. Exit 1 when the gate could not run or a check
// could not run (status "error").
import { cpSync, existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startDemoServer } from '../examples/demo/server.mjs';
import { median, privateDist, repoRoot, runNode, secs, tail, verdict } from './lib.mjs';

const GOAL = 1.1;
const PROFILE = 'bench';
// promotion-gate expressions, filled in by the gate (not JavaScript template placeholders):
const STAGING = '${{ vars.staging }}';
const TARGET_URL_INPUT = '${{ inputs.target-url }}';

const usage = `usage: npm run bench -- [--delay MS] [--runs N] [--checks N,N…] [--baseline DIR] [--keep]

  --delay MS      delay of the demo service on every answer (default 400)
  --runs N        rounds; each runs every profile once, medians are printed (default 5)
  --checks N,…    sizes of the live profiles (default 14,50)
  --baseline DIR  also run the build in DIR (e.g. dist) in every round, paired with BENCH_DIST's
  --keep          keep the temporary configs and reports (their directory is printed)`;

/** One request each, all expected to pass against the healthy demo service. */
const PROBES = [
  { path: '/health', expect: { status: 200, json: { status: 'ok' } } },
  { path: '/', expect: { contains: 'Acme Permits' } },
  { path: '/methodology', expect: { contains: 'Methodology' } },
  { path: '/about-data', expect: { contains: 'About the data' } },
  { path: '/search?q=roof', expect: { contains: 'Search' } },
  { path: '/login', expect: { contains: 'Sign in' } },
  { path: '/api/account', expect: { status: 401 } },
  { path: '/admin/feedback', expect: { status: 403 } },
  { path: '/no-such-page', expect: { status: 404 } },
];

/** A profile of `n` live checks: http probes, and a freshness check among them. */
function benchConfig(n) {
  const checks = {};
  for (let i = 0; i < n; i++) {
    if (i === 1) {
      checks.freshness = {
        type: 'freshness',
        category: 'data',
        url: `${STAGING}/api/freshness`,
        timestamp: 'last_ingest',
        maxAge: '26h',
      };
      continue;
    }
    const p = PROBES[i % PROBES.length];
    checks[`probe-${i}`] = { type: 'http', category: 'data', url: `${STAGING}${p.path}`, expect: p.expect };
  }
  return {
    version: 1,
    vars: { staging: TARGET_URL_INPUT },
    profiles: { [PROFILE]: { description: `${n} live checks`, checks: Object.keys(checks) } },
    checks,
  };
}

function parse(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      delay: { type: 'string', default: '400' },
      runs: { type: 'string', default: '5' },
      checks: { type: 'string', default: '14,50' },
      baseline: { type: 'string' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const delay = Number(values.delay);
  const runs = Number(values.runs);
  const sizes = values.checks.split(',').map((s) => Number(s.trim()));
  if (!Number.isFinite(delay) || delay < 1)
    throw new Error(`--delay expects milliseconds ≥ 1, got "${values.delay}"`);
  if (!Number.isInteger(runs) || runs < 1 || runs > 50)
    throw new Error(`--runs expects 1–50, got "${values.runs}"`);
  if (sizes.some((n) => !Number.isInteger(n) || n < 2 || n > 500))
    throw new Error(`--checks expects sizes of 2–500, got "${values.checks}"`);
  const baseline = values.baseline === undefined ? undefined : path.resolve(repoRoot, values.baseline);
  if (
    baseline !== undefined &&
    !(
      existsSync(path.join(baseline, 'cli', 'index.js')) && existsSync(path.join(baseline, 'lib', 'index.js'))
    )
  )
    throw new Error(`--baseline expects a build (cli/index.js and lib/index.js), got "${values.baseline}"`);
  return { delay, runs, sizes, baseline, keep: values.keep, help: values.help };
}

/** A private copy of the baseline build, as privateDist makes of the measured one. */
function privateCopy(from, dir) {
  cpSync(from, path.join(dir, 'baseline'), { recursive: true });
  return path.join(dir, 'baseline', 'cli', 'index.js');
}

const ms = (n) => `${Math.round(n)} ms`;
const signed = (n) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(Math.round(n))} ms`;
const signedRatio = (n) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(n).toFixed(2)}`;

/** One request from this process: the physical floor of any check. */
async function oneRequest(url) {
  const started = performance.now();
  const res = await fetch(`${url}/health`);
  await res.arrayBuffer();
  return performance.now() - started;
}

async function main() {
  let opts;
  try {
    opts = parse(process.argv.slice(2));
  } catch (err) {
    console.error(`bench: ${err.message}\n\n${usage}`);
    return 2;
  }
  if (opts.help) {
    console.log(usage);
    return 0;
  }

  let demo;
  let child;
  let interrupted = false;
  const onSignal = (signal) => {
    if (interrupted) process.exit(130);
    interrupted = signal;
    child?.kill(signal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'promotion-gate-bench-live-'));
  let broken = false;
  try {
    const builds = [{ label: 'measured', cli: privateDist(tmp).cli }];
    if (opts.baseline) builds.push({ label: 'baseline', cli: privateCopy(opts.baseline, tmp) });
    const paired = builds.length > 1;
    demo = await startDemoServer({ delayMs: opts.delay });
    for (const n of opts.sizes)
      await writeFile(
        path.join(tmp, `live-${n}.yml`),
        `# written by bench/live.mjs: the default config, ${n} live checks\n${JSON.stringify(benchConfig(n), null, 2)}\n`,
      );
    console.log(
      `bench: demo service on ${demo.url}, ${opts.delay} ms per answer; profiles of ${opts.sizes.join(', ')} live checks, default config; ${opts.runs} round(s)${paired ? `; paired with the baseline ${path.relative(repoRoot, opts.baseline) || '.'}` : ''}\n`,
    );
    await oneRequest(demo.url); // the first request of this process pays for loading fetch

    /** Rows by build label, then by size; a round's rows of the two builds share its index. */
    const rows = new Map(builds.map((b) => [b.label, new Map(opts.sizes.map((n) => [n, []]))]));
    for (let round = 1; round <= opts.runs && !interrupted && !broken; round++) {
      // Rotated, so drift in the machine's load hits every size (and build) alike.
      const order = opts.sizes.map((_, i) => opts.sizes[(i + round) % opts.sizes.length]);
      for (const n of order) {
        for (let b = 0; b < builds.length && !interrupted && !broken; b++) {
          const build = builds[(b + round) % builds.length];
          const reference = await oneRequest(demo.url);
          const out = path.join(tmp, `run-${build.label}-${n}-${round}`);
          const run = await runNode(
            [
              build.cli,
              'gate',
              '--config',
              `live-${n}.yml`,
              '--profile',
              PROFILE,
              '--input',
              `target-url=${demo.url}`,
              '--out',
              out,
            ],
            {
              cwd: tmp,
              env: process.env,
              // The process's CPU time, which a busy machine stretches far less than its wall time.
              rssFile: path.join(tmp, `usage-${build.label}-${n}-${round}.json`),
              onChild: (c) => (child = c),
            },
          );
          if (interrupted) break;
          const report = JSON.parse(
            await readFile(path.join(out, 'report.json'), 'utf8').catch(() => 'null'),
          );
          const who = paired ? `${build.label}, ` : '';
          if (!report?.checks?.length || (run.code !== 0 && run.code !== 1)) {
            console.error(
              `${who}${n} checks, round ${round}: the gate failed to run (exit ${run.code}):\n${tail(run)}`,
            );
            broken = true;
            break;
          }
          const errored = report.checks.filter((c) => c.status === 'error');
          for (const c of errored) console.error(`  ✖ ${c.id} (${c.type}) could not run: ${c.summary}`);
          if (errored.length) broken = true;
          const slowest = report.checks.reduce((a, c) => (c.durationMs > a.durationMs ? c : a));
          const row = {
            wall: report.durationMs,
            slowest: slowest.durationMs,
            own: report.durationMs - slowest.durationMs,
            ratio: report.durationMs / slowest.durationMs,
            process: run.ms,
            cpu: run.cpuMs ?? NaN,
            reference,
          };
          rows.get(build.label).get(n).push(row);
          console.log(
            `round ${round}, ${who}${String(n).padStart(3)} checks: wall ${secs(row.wall)} · slowest ${slowest.id} ${secs(row.slowest)} · wall/slowest ${row.ratio.toFixed(2)} · gate's own ${ms(row.own)} · one request ${secs(reference)} · process ${secs(run.ms)}, CPU ${secs(row.cpu)} · verdict ${report.verdict}`,
          );
        }
      }
    }
    if (interrupted) {
      console.error(`\nbench: stopped by ${interrupted}`);
      return 130;
    }
    console.log('');
    for (const n of opts.sizes) {
      for (const { label } of builds) {
        const list = rows.get(label).get(n);
        if (list.length === 0) continue;
        const m = (k) => median(list.map((r) => r[k]));
        const who = paired ? ` (${label})` : '';
        console.log(
          `${n} live checks${who}, median of ${list.length}: wall ${secs(m('wall'))}, slowest check ${secs(m('slowest'))}, gate's own time ${ms(m('own'))}, one request ${secs(m('reference'))}, process ${secs(m('process'))}, its CPU ${secs(m('cpu'))}`,
        );
        verdict(`  gate wall ÷ slowest check (${n} checks)${who}`, m('ratio'), GOAL);
      }
      if (paired) {
        const [mine, base] = builds.map((b) => rows.get(b.label).get(n));
        const rounds = Math.min(mine.length, base.length);
        // Differences within each round first, then their median: the pairing is the point.
        const diff = (k) => median(mine.slice(0, rounds).map((r, i) => r[k] - base[i][k]));
        if (rounds > 0)
          console.log(
            `  measured − baseline, median of ${rounds} paired round(s): wall ${signed(diff('wall'))}, slowest check ${signed(diff('slowest'))}, gate's own time ${signed(diff('own'))}, process ${signed(diff('process'))}, its CPU ${signed(diff('cpu'))}, wall/slowest ${signedRatio(diff('ratio'))}`,
          );
      }
    }
    if (opts.keep) console.log(`\nbench: configs and reports kept in ${tmp}`);
    if (broken) console.error('\nbench: exit 1: the gate failed to run or a check could not run (see above)');
    return broken ? 1 : 0;
  } catch (err) {
    console.error(`bench: ${err.stack ?? err}`);
    return 1;
  } finally {
    await demo?.close();
    if (!opts.keep) await rm(tmp, { recursive: true, force: true });
  }
}

process.exit(await main());
