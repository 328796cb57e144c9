// `npm run bench:review`: how `review` scales with history, against how the gate does.
//
// Writes journals of 10 and of 10,000 generated runs (one every 50 s, so that all of them fall in
// review's default window of 7 days; each with a benchmark check and its metrics, a few held and a
// few marked invalid) and times, as paired rounds in rotating order:
//   - `review` with its defaults over each journal (every run in the window, drift judged for
//     each), and
//   - `gate` of a one-check profile with the same journal as its history (read, compared, appended)
//     — the physical reference: what reading that much history costs a command anyway.
// The figure is review's growth from 10 to 10,000 runs ÷ the gate's growth: ≈1 when review is
// linear in its history like the gate (goal ≤ 1.25); a quadratic review grows far faster. Both are
// process wall times, as a user waits for them. The same figure in CPU time is printed beside it:
// on a machine others load, it moves less than wall time.
//
//   npm run bench:review                      7 rounds
//   npm run bench:review -- --runs 11 --records 20000
//
// It reports, it does not assert: exit 0 on a MISS; exit 1 when a command fails.
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { median, privateDist, runNode, secs, tail, verdict } from './lib.mjs';

const GOAL = 1.25;
const PROFILE = 'bench';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    records: { type: 'string', default: '10000' },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log('usage: npm run bench:review -- [--runs N] [--records N] [--keep]');
  process.exit(0);
}
const runs = Number(args.runs);
const large = Number(args.records);
if (!Number.isInteger(runs) || runs < 1 || runs > 50 || !Number.isInteger(large) || large < 200) {
  console.error(
    '--runs expects 1–50 and --records at least 200 (its tenth is the middle size, above the 10 of the smallest)',
  );
  process.exit(2);
}
const SMALL = 10;
const MIDDLE = Math.round(large / 10);
const SIZES = [SMALL, MIDDLE, large];

/** `n` runs of the profile, oldest first, one every 50 s up to now; every 500th marked invalid. */
function journal(n) {
  const lines = [];
  const end = Date.now() - 60_000;
  for (let i = 0; i < n; i++) {
    const finished = new Date(end - (n - 1 - i) * 50_000);
    const started = new Date(finished.getTime() - 40_000);
    const hold = i % 37 === 0;
    const wobble = Math.sin(i / 50) * 0.02;
    lines.push(
      JSON.stringify({
        schemaVersion: 1,
        profile: PROFILE,
        runId: `run-${String(i).padStart(6, '0')}`,
        startedAt: started.toISOString(),
        finishedAt: finished.toISOString(),
        verdict: hold ? 'hold' : 'promote',
        score: hold ? 2 : 5,
        action: hold ? 'hold' : 'auto-promote',
        level: hold ? 'blocked' : 'ga_ready',
        sha: (i * 2654435761).toString(16).padStart(40, '0').slice(-40),
        blockers: hold ? ['unit-tests.failed'] : [],
        hotfixChecks: [],
        checks: [
          {
            id: 'unit-tests',
            type: 'command',
            status: hold ? 'fail' : 'pass',
            score: hold ? 1 : 5,
            metrics: { tests: 1200 + (i % 7) },
          },
          { id: 'secrets', type: 'secrets', status: 'pass', score: 5, metrics: { files: 10 + (i % 5) } },
          {
            id: 'kb-benchmark',
            type: 'benchmark',
            status: 'pass',
            score: 5,
            metrics: { precision: 0.8 + wobble, recall: 0.7 - wobble, latency_ms: 400 + (i % 13) * 3 },
          },
        ],
      }),
    );
    if (i % 500 === 250)
      lines.push(
        JSON.stringify({
          invalidate: {
            runId: `run-${String(i).padStart(6, '0')}`,
            reason: 'flaky runner',
            at: finished.toISOString(),
          },
        }),
      );
  }
  return `${lines.join('\n')}\n`;
}

const GATE_CONFIG = `# written by bench/review.mjs
version: 1
profiles:
  ${PROFILE}: { checks: [readme] }
checks:
  readme: { type: files, paths: [README.md] }
`;

const tmp = await mkdtemp(path.join(os.tmpdir(), 'pg-bench-review-'));
let failed = false;
try {
  const { cli } = privateDist(tmp);
  const ws = path.join(tmp, 'ws');
  await mkdir(ws);
  await writeFile(path.join(ws, 'README.md'), '# bench\n');
  await writeFile(path.join(ws, 'gate.yml'), GATE_CONFIG);
  for (const n of SIZES) {
    await mkdir(path.join(tmp, `history-${n}`));
    await writeFile(path.join(tmp, `history-${n}`, `${PROFILE}.jsonl`), journal(n));
  }
  const env = {
    ...process.env,
    GITHUB_ACTIONS: '',
    GITHUB_EVENT_NAME: '',
    GITHUB_EVENT_PATH: '',
    GITHUB_RUN_ID: '',
  };
  const figures = [
    ...SIZES.map((n) => ({
      key: `review-${n}`,
      args: () => [
        cli,
        'review',
        '--profile',
        PROFILE,
        '--history',
        `dir:${path.join(tmp, `history-${n}`)}`,
        '--out',
        path.join(tmp, `review-${n}`),
      ],
    })),
    ...SIZES.map((n) => ({
      key: `gate-${n}`,
      // The gate appends its run: each gate run gets a fresh copy of the journal.
      prepare: () =>
        cp(path.join(tmp, `history-${n}`), path.join(tmp, `gate-history-${n}`), {
          recursive: true,
          force: true,
        }),
      args: () => [
        cli,
        'gate',
        '--config',
        'gate.yml',
        '--profile',
        PROFILE,
        '--history',
        `dir:${path.join(tmp, `gate-history-${n}`)}`,
        '--out',
        path.join(tmp, `gate-out-${n}`),
      ],
    })),
  ];
  const times = new Map(figures.map((f) => [f.key, []]));
  const cpu = new Map(figures.map((f) => [f.key, []]));
  const usage = path.join(tmp, 'usage.json');
  console.log(`bench: review and gate over journals of ${SIZES.join(', ')} runs; ${runs} round(s)\n`);
  for (let round = 0; round < runs && !failed; round++) {
    for (let k = 0; k < figures.length; k++) {
      const f = figures[(k + round) % figures.length];
      await f.prepare?.();
      const run = await runNode(f.args(), { cwd: ws, env, rssFile: usage });
      if (run.code !== 0 && !(f.key.startsWith('gate') && run.code === 1)) {
        console.error(`${f.key}: exit ${run.code}\n${tail(run)}`);
        failed = true;
        break;
      }
      times.get(f.key).push(run.ms);
      cpu.get(f.key).push(run.cpuMs ?? NaN);
    }
    if (!failed)
      console.log(
        `round ${round + 1}: ${figures.map((f) => `${f.key} ${secs(times.get(f.key).at(-1))}`).join(' · ')}`,
      );
  }
  if (!failed) {
    const m = (key) => median(times.get(key));
    const review = m(`review-${large}`) / m(`review-${SMALL}`);
    const gate = m(`gate-${large}`) / m(`gate-${SMALL}`);
    console.log('');
    for (const what of ['review', 'gate']) {
      // Time per run added, below and above the middle size: about equal when the cost is linear.
      const low = (m(`${what}-${MIDDLE}`) - m(`${what}-${SMALL}`)) / (MIDDLE - SMALL);
      const high = (m(`${what}-${large}`) - m(`${what}-${MIDDLE}`)) / (large - MIDDLE);
      console.log(
        `${what.padEnd(6)}: ${SIZES.map((n) => `${secs(m(`${what}-${n}`))} at ${n}`).join(', ')} runs: ×${(m(`${what}-${large}`) / m(`${what}-${SMALL}`)).toFixed(2)} from ${SMALL} to ${large}; ${(low * 1000).toFixed(0)} µs a run up to ${MIDDLE}, ${(high * 1000).toFixed(0)} µs a run beyond`,
      );
    }
    const c = (key) => median(cpu.get(key));
    const growth = (what) => c(`${what}-${large}`) / c(`${what}-${SMALL}`);
    console.log(
      `CPU   : review ${SIZES.map((n) => secs(c(`review-${n}`))).join(', ')}: ×${growth('review').toFixed(2)}; gate ${SIZES.map((n) => secs(c(`gate-${n}`))).join(', ')}: ×${growth('gate').toFixed(2)}; review's growth ÷ the gate's ${(growth('review') / growth('gate')).toFixed(2)}`,
    );
    verdict(`review's growth ÷ the gate's (${SMALL} → ${large} runs)`, review / gate, GOAL);
  }
} finally {
  if (args.keep) console.log(`kept ${tmp}`);
  else await rm(tmp, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
