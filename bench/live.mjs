// `npm run bench`: how well the gate runs live checks side by side.
//
// Starts the demo service with a fixed delay on every answer (default 200 ms), writes a temporary
// config with a profile of 14 live checks against it, runs the built CLI (dist/cli/index.js) a few
// times and reads each report.json. It prints, per run and as medians: the gate's wall time, the
// sum of the check durations, the slowest check, the speed-up over running the checks one by one
// (sum / wall) and wall / slowest, with the target "wall ≤ 1.3 × slowest check".
//
//   npm run bench                         3 runs at 200 ms per request
//   npm run bench -- --delay 50 --runs 5
//
// It reports, it does not assert: exit 0 on a MISS. Exit 1 when the gate could not run
// (exit 2 or 3, no report) or a check could not run (status "error").
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startDemoServer } from '../examples/demo/server.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(repoRoot, 'dist', 'cli', 'index.js');
const TARGET = 1.3;
const PROFILE = 'bench';
// promotion-gate expressions, filled in by the gate (not JavaScript template placeholders):
const STAGING = '${{ vars.staging }}';
const TARGET_URL_INPUT = '${{ inputs.target-url }}';

const usage = `usage: npm run bench -- [--delay MS] [--runs N] [--keep]

  --delay MS  delay of the demo service on every answer (default 200)
  --runs N    gate runs; medians are printed over them (default 3)
  --keep      keep the temporary config and reports (their directory is printed)`;

/** The benchmark profile: 14 live checks, all expected to pass against the healthy demo service. */
function benchConfig() {
  const page = (p, contains) => ({
    type: 'http',
    category: 'data',
    base: STAGING,
    requests: [{ path: p, expect: { contains } }],
  });
  const checks = {
    health: {
      type: 'http',
      category: 'data',
      url: `${STAGING}/health`,
      expect: {
        status: 200,
        json: { status: 'ok' },
        assert: ['tables.permits > 0', 'tables.users exists'],
        maxLatency: '5s',
      },
    },
    home: page('/', 'Acme Permits'),
    methodology: page('/methodology', 'Methodology'),
    'about-data': page('/about-data', 'About the data'),
    search: page('/search?q=roof', 'Search'),
    login: page('/login', 'Sign in'),
    smoke: {
      type: 'http',
      category: 'data',
      base: STAGING,
      requests: [
        { path: '/', expect: { contains: 'Acme Permits' } },
        { path: '/methodology', expect: { contains: 'methodology' } },
        { path: '/about-data', expect: { contains: 'about the data' } },
        { path: '/search?q=roof', expect: { contains: 'search' } },
      ],
    },
    auth: {
      type: 'auth',
      enforcement: 'hard',
      base: STAGING,
      routes: ['/brief', '/portfolio', '/admin/feedback', '/api/account'],
    },
    cron: {
      type: 'http',
      category: 'ops',
      base: STAGING,
      requests: [
        { name: 'nightly', path: '/cron/nightly', method: 'GET' },
        { name: 'compute-caches', path: '/cron/compute-caches', method: 'GET' },
      ],
      expect: { status: [401, 403, 405] },
    },
    'cron-post-unauthorized': {
      type: 'http',
      category: 'ops',
      base: STAGING,
      requests: [
        { name: 'nightly', path: '/cron/nightly', method: 'POST' },
        { name: 'compute-caches', path: '/cron/compute-caches', method: 'POST' },
      ],
      expect: { status: [401, 403] },
    },
    'account-api': {
      type: 'http',
      category: 'safety',
      url: `${STAGING}/api/account`,
      expect: { status: 401 },
    },
    'not-found': {
      type: 'http',
      category: 'ops',
      url: `${STAGING}/no-such-page`,
      expect: { status: 404 },
    },
    performance: {
      type: 'performance',
      category: 'ops',
      base: STAGING,
      pages: ['/', '/methodology', '/health'],
      samples: 5,
      warmup: 1,
      concurrency: 4,
      // Budgets leave room for the service's fixed delay: the bench measures the gate, not the service.
      budgets: { p50: '5s', p95: '10s', max: '20s' },
    },
    freshness: {
      type: 'freshness',
      category: 'data',
      url: `${STAGING}/api/freshness`,
      timestamp: 'last_ingest',
      maxAge: '26h',
      counters: { 'counters.cron_log': { min: 1 }, 'counters.permits': { min: 1 } },
    },
  };
  return {
    version: 1,
    vars: { staging: TARGET_URL_INPUT },
    // Enough slots for every check at once: the bench measures how the checks overlap.
    defaults: { concurrency: 32, timeout: '2m', gateTimeout: '10m' },
    profiles: { [PROFILE]: { description: 'live benchmark', checks: Object.keys(checks) } },
    checks,
  };
}

function runGate(args, cwd, onChild) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [cli, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    onChild(child);
    let output = '';
    child.stdout.on('data', (c) => {
      output += c;
    });
    child.stderr.on('data', (c) => {
      output += c;
    });
    child.once('error', (err) =>
      resolve({ code: 3, signal: null, output: `cannot start the gate: ${err.message}`, ms: 0 }),
    );
    child.once('close', (code, signal) => {
      onChild(undefined);
      resolve({ code, signal, output, ms: performance.now() - started });
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const secs = (ms) => `${(ms / 1000).toFixed(2)}s`;
const verdictOf = (ratio) => (ratio <= TARGET ? 'PASS' : 'MISS');

/** The figures of one report. */
function figures(report) {
  const checks = report.checks;
  const sum = checks.reduce((a, c) => a + c.durationMs, 0);
  const slowest = checks.reduce((a, c) => (c.durationMs > a.durationMs ? c : a), checks[0]);
  return {
    checks: checks.length,
    wall: report.durationMs,
    sum,
    slowest: slowest.id,
    slowestMs: slowest.durationMs,
    speedUp: sum / report.durationMs,
    ratio: report.durationMs / slowest.durationMs,
  };
}

function parse(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      delay: { type: 'string', default: '200' },
      runs: { type: 'string', default: '3' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const delay = Number(values.delay);
  const runs = Number(values.runs);
  if (!Number.isFinite(delay) || delay < 0)
    throw new Error(`--delay expects milliseconds ≥ 0, got "${values.delay}"`);
  if (!Number.isInteger(runs) || runs < 1 || runs > 50)
    throw new Error(`--runs expects 1–50, got "${values.runs}"`);
  return { delay, runs, keep: values.keep, help: values.help };
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
  if (!existsSync(cli)) {
    console.error(
      `bench: ${path.relative(process.cwd(), cli) || cli} is missing; build it first: npm run build`,
    );
    return 1;
  }

  let demo;
  let child;
  let tmp;
  let interrupted = false;
  const onSignal = (signal) => {
    if (interrupted) process.exit(130);
    interrupted = signal;
    child?.kill(signal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    demo = await startDemoServer({ delayMs: opts.delay });
    tmp = await mkdtemp(path.join(os.tmpdir(), 'promotion-gate-bench-'));
    const config = path.join(tmp, 'promotion-gate.yml');
    // JSON is YAML: no YAML library needed to write the config.
    await writeFile(
      config,
      `# promotion-gate live benchmark (written by bench/live.mjs)\n${JSON.stringify(benchConfig(), null, 2)}\n`,
    );
    const nChecks = Object.keys(benchConfig().checks).length;
    console.log(
      `bench: demo service on ${demo.url}, ${opts.delay} ms per request; ${nChecks} live checks; ${opts.runs} run(s)`,
    );
    console.log(`bench: target: gate wall time ≤ ${TARGET} × the slowest check\n`);

    const results = [];
    let broken = false;
    for (let i = 1; i <= opts.runs && !interrupted; i++) {
      const out = path.join(tmp, `run-${i}`);
      const args = [
        'gate',
        '--config',
        config,
        '--profile',
        PROFILE,
        '--input',
        `target-url=${demo.url}`,
        '--out',
        out,
      ];
      const run = await runGate(args, tmp, (c) => {
        child = c;
      });
      if (interrupted) break;
      let report;
      if (run.code === 0 || run.code === 1) {
        try {
          report = JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8'));
        } catch (err) {
          console.error(
            `run ${i}: the gate exited ${run.code} but its report.json cannot be read: ${err.message}`,
          );
        }
      }
      if (report && !(Array.isArray(report.checks) && report.checks.length > 0)) {
        console.error(`run ${i}: the report has no checks`);
        report = undefined;
      }
      if (!report) {
        const why = run.signal ? `was killed by ${run.signal}` : `failed to run (exit ${run.code})`;
        console.error(
          `run ${i}: the gate ${why}; its output:\n${run.output.trim().split('\n').slice(-30).join('\n') || '(none)'}`,
        );
        broken = true;
        break;
      }
      const f = figures(report);
      results.push(f);
      console.log(
        `run ${i}: ${f.checks} checks · wall ${secs(f.wall)} · sum ${secs(f.sum)} · slowest ${f.slowest} ${secs(f.slowestMs)} · ` +
          `speed-up ×${f.speedUp.toFixed(2)} · wall/slowest ${f.ratio.toFixed(2)} ${verdictOf(f.ratio)}` +
          ` · verdict ${report.verdict} (process ${secs(run.ms)})`,
      );
      const errored = report.checks.filter((c) => c.status === 'error');
      const other = report.checks.filter((c) => c.status !== 'pass' && c.status !== 'error');
      for (const c of errored) console.error(`  ✖ ${c.id} (${c.type}) could not run: ${c.summary}`);
      for (const c of other) console.log(`  • ${c.id} (${c.type}) ${c.status}: ${c.summary}`);
      if (errored.length > 0) broken = true;
      if (i === opts.runs) {
        console.log(`\n  check durations, run ${i}:`);
        for (const c of [...report.checks].sort((a, b) => b.durationMs - a.durationMs)) {
          console.log(
            `    ${c.id.padEnd(24)} ${c.type.padEnd(12)} ${c.status.padEnd(6)} ${secs(c.durationMs).padStart(7)}`,
          );
        }
      }
    }
    if (interrupted) {
      console.error(`\nbench: stopped by ${interrupted}`);
      return 130;
    }

    if (results.length > 0) {
      const m = (k) => median(results.map((r) => r[k]));
      const counts = new Map();
      for (const r of results) counts.set(r.slowest, (counts.get(r.slowest) ?? 0) + 1);
      const slowestId = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
      const ratio = m('ratio');
      console.log(`\nmedian of ${results.length} run(s), ${opts.delay} ms per request:`);
      console.log(`  checks                    ${m('checks')}`);
      console.log(`  gate wall time            ${secs(m('wall'))}   (report.durationMs)`);
      console.log(`  sum of check durations    ${secs(m('sum'))}`);
      console.log(`  slowest check             ${secs(m('slowestMs'))}   (${slowestId})`);
      console.log(`  speed-up (sum / wall)     ×${m('speedUp').toFixed(2)}`);
      console.log(
        `  wall / slowest            ${ratio.toFixed(2)}    target ≤ ${TARGET}  ${verdictOf(ratio)}`,
      );
    }
    if (opts.keep) console.log(`\nbench: config and reports kept in ${tmp}`);
    if (broken) console.error('\nbench: exit 1: the gate failed to run or a check could not run (see above)');
    return broken ? 1 : 0;
  } catch (err) {
    console.error(`bench: ${err.stack ?? err}`);
    return 1;
  } finally {
    await demo?.close();
    if (tmp && !opts.keep) await rm(tmp, { recursive: true, force: true });
  }
}

process.exit(await main());
