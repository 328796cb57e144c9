import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { driftSettings } from '../../src/checks/metrics/drift.js';
import { runCli } from '../../src/cli/main.js';
import { xyChart } from '../../src/report/mermaid.js';
import { buildReview, type ReviewInput, reviewWindow } from '../../src/app/review.js';
import { renderReview } from '../../src/report/reviewMarkdown.js';
import { DirectoryHistory } from '../../src/history/directory.js';
import type { RunSummary } from '../../src/history/types.js';
import { tempDir, writeFiles } from '../helpers/fs.js';

const OUT = path.join(import.meta.dirname, '..', '__outputs__');
const DAY = 86_400_000;
const START = Date.UTC(2026, 1, 1, 9); // 1 Feb 2026

/** February of a prod profile: a benchmark, a lint trend and a smoke test, one run every ~2 days. */
function february(): RunSummary[] {
  const recall = [0.84, 0.83, 0.85, 0.84, 0.83, 0.82, 0.76, 0.84, 0.85, 0.84, 0.86, 0.85, 0.85, 0.86];
  const lint = [12, 12, 11, 13, 15, 14, 14, 22, 12, 10, 10, 9, 9, 8];
  return recall.map((r, i): RunSummary => {
    const t = new Date(START + i * 2 * DAY);
    const smokeFails = i === 6 || i === 7;
    const hotfix = i === 4 || i === 5;
    return {
      schemaVersion: 1,
      profile: 'prod',
      runId: `${9000 + i}.1`,
      startedAt: new Date(t.getTime() - 120_000).toISOString(),
      finishedAt: t.toISOString(),
      verdict: smokeFails || i === 5 ? 'hold' : 'promote',
      score: smokeFails ? 2 : hotfix ? 3 : 5,
      action: smokeFails || i === 5 ? 'hold' : hotfix ? 'promote-with-hotfix' : 'auto-promote',
      level: smokeFails ? 'blocked' : 'ga_ready',
      sha: `${String(i).padStart(2, '0')}${'ab'.repeat(19)}`,
      url: `https://github.com/acme/permits/actions/runs/${9000 + i}`,
      ratchetTriggered: i === 5,
      hotfixChecks: hotfix ? ['lint-trend'] : [],
      checks: [
        {
          id: 'kb',
          type: 'benchmark',
          status: i === 6 ? 'fail' : 'pass',
          score: i === 6 ? 3 : 5,
          metrics: { precision: 0.6, recall: r },
        },
        {
          id: 'lint-trend',
          type: 'trend',
          status: hotfix ? 'warn' : 'pass',
          score: hotfix ? 3 : 5,
          metrics: { value: lint[i]! },
        },
        {
          id: 'smoke',
          type: 'http',
          status: smokeFails ? 'fail' : 'pass',
          score: smokeFails ? 1 : 5,
          metrics: { p95: 120 },
        },
        { id: 'health', type: 'http', status: i === 12 ? 'error' : 'pass', score: 5, metrics: {} },
      ],
      ...(i === 9
        ? {
            invalid: {
              reason: 'staging DB restored from an old snapshot',
              at: '2026-02-20T10:00:00Z',
              by: 'ops',
            },
          }
        : {}),
    };
  });
}

const input = (over: Partial<ReviewInput> = {}): ReviewInput => ({
  profile: 'prod',
  store: 'git branch promotion-gate-history of origin',
  window: reviewWindow({ month: '2026-02' }, new Date('2026-03-01T04:00:00Z')),
  runs: february(),
  problems: [],
  drift: new Map([['kb', driftSettings()]]),
  now: new Date('2026-03-01T04:00:00Z'),
  ...over,
});

describe('review windows', () => {
  const now = new Date('2026-03-10T12:00:00Z');
  it.each([
    [{}, 'last 7d'],
    [{ lookback: '4' }, 'last 4 runs'],
    [{ lookback: '28d' }, 'last 28d'],
    [{ month: '2026-02' }, '2026-02'],
  ])('%j → %s', (opts, label) => {
    expect(reviewWindow(opts, now).label).toBe(label);
  });
  it.each([
    [{ month: '2026-13' }, '--month: expected YYYY-MM, got "2026-13"'],
    [{ lookback: 'soon' }, '--lookback: expected a number of runs (4) or a period (7d, 28d), got "soon"'],
    [{ lookback: '0' }, '--lookback: give at least 1 run'],
    [{ lookback: '4', month: '2026-02' }, 'give --lookback or --month, not both'],
  ])('%j is refused', (opts, message) => {
    expect(() => reviewWindow(opts, now)).toThrow(message);
  });
});

describe('review: weekly review and monthly checkpoint', () => {
  it('monthly checkpoint: pass rate, score and metric trends, drift alerts, top failing checks, invalid runs left out', async () => {
    const r = buildReview(input());
    expect(r.runs).toEqual({
      total: 13,
      invalid: 1,
      promoted: 10,
      held: 3,
      passRate: 76.9,
      actions: { 'auto-promote': 9, 'promote-with-hotfix': 1, hold: 3 },
      ratchetHolds: 1,
    });
    expect(r.score.series).toHaveLength(13);
    expect(r.metrics.map((m) => `${m.check}.${m.metric}`)).toEqual([
      'kb.precision',
      'kb.recall',
      'lint-trend.value',
    ]);
    const recall = r.metrics[1]!;
    expect(recall).toMatchObject({ first: 0.84, last: 0.86, change: 0.02, min: 0.76, max: 0.86 });
    // The dip of run 9006 drifted from the runs before it; nothing else did.
    expect(r.driftAlerts.map((a) => [a.runId, a.point.metric])).toEqual([['9006.1', 'recall']]);
    expect(r.driftAlerts[0]!.point.message).toBe(
      'recall drifted: 0.76 vs the mean of the last 6 runs (0.835) is -0.075, allowed >= -0.05',
    );
    expect(r.topFailing).toEqual([
      { check: 'smoke', failures: 2, errors: 0, runs: 13, lastStatus: 'pass' },
      { check: 'health', failures: 0, errors: 1, runs: 13, lastStatus: 'pass' },
      { check: 'kb', failures: 1, errors: 0, runs: 13, lastStatus: 'pass' },
    ]);
    expect(r.invalidRuns).toEqual([
      { runId: '9009.1', at: '2026-02-19T09:00:00.000Z', reason: 'staging DB restored from an old snapshot' },
    ]);
    await matches('review-monthly.md', renderReview(r));
  });

  it('weekly review over the last N runs; a month outside the history is empty', () => {
    const weekly = buildReview(input({ window: reviewWindow({ lookback: '4' }, new Date()) }));
    expect(weekly.runs).toMatchObject({ total: 4, invalid: 0, promoted: 4, passRate: 100 });
    expect(weekly.runList.map((x) => x.runId)).toEqual(['9010.1', '9011.1', '9012.1', '9013.1']);
    const march = buildReview(input({ window: reviewWindow({ month: '2026-03' }, new Date()) }));
    expect(march.runs).toMatchObject({ total: 0, passRate: null });
    expect(renderReview(march)).toContain('No runs in this window.');
  });

  it('drift rules from the config apply, and a benchmark with drift off raises none', () => {
    const strict = buildReview(
      input({ drift: new Map([['kb', driftSettings({ maxDrop: { recall: 0.005 } })]]) }),
    );
    expect(strict.driftAlerts.length).toBeGreaterThan(1);
    expect(buildReview(input({ drift: new Map([['kb', false]]) })).driftAlerts).toEqual([]);
  });

  it('Mermaid charts GitHub renders: quoted labels, unique categories, numeric series', () => {
    expect(
      xyChart({
        title: 'a "quoted" title',
        labels: ['02-01', '02-01', '02-03'],
        values: [1, 2.123456, 3],
        yLabel: 'n',
        yMin: 0,
        yMax: 5,
      }),
    ).toBe(
      [
        '```mermaid',
        'xychart-beta',
        '  title "a quoted title"',
        '  x-axis ["02-01", "02-01·2", "02-03"]',
        '  y-axis "n" 0 --> 5',
        '  line [1, 2.1235, 3]',
        '```',
      ].join('\n'),
    );
  });

  it('CLI: writes monthly-YYYY-MM.md and .json from the history store', async () => {
    const dir = await tempDir();
    const store = new DirectoryHistory(path.join(dir, '.promotion-gate/.history'));
    for (const run of february()) {
      const { invalid, ...rest } = run;
      await store.append(rest);
      if (invalid) await store.markInvalid('prod', run.runId, invalid.reason, invalid.by);
    }
    await writeFiles(dir, {
      '.github/promotion-gate.yml':
        'version: 1\nprofiles: { prod: { checks: [kb] } }\nchecks: { kb: { type: benchmark, file: kb.json, drift: false } }\n',
    });
    let stdout = '';
    const code = await runCli(['review', '-p', 'prod', '--month', '2026-02'], {
      stdout: (t) => (stdout += t),
      stderr: () => undefined,
      env: {},
      cwd: dir,
    });
    expect(code).toBe(0);
    expect(stdout).toContain(
      'prod · 2026-02: 13 run(s), pass rate 76.9%, mean score 4.2308, 0 drift alert(s), 1 invalid left out',
    );
    const md = await readFile(path.join(dir, '.promotion-gate/prod-review/monthly-2026-02.md'), 'utf8');
    expect(md).toContain('# Monthly checkpoint — prod · 2026-02');
    const text = await readFile(path.join(dir, '.promotion-gate/prod-review/monthly-2026-02.json'), 'utf8');
    const json = JSON.parse(text) as { kind: string };
    expect(json.kind).toBe('review');
    // Every point of every series is in it, for programs: one compact line, not indented.
    expect(text).toBe(`${JSON.stringify(json)}\n`);
    const both = await runCli(['review', '-p', 'prod', '--month', '2026-02', '--lookback', '4'], {
      stdout: () => undefined,
      stderr: () => undefined,
      env: {},
      cwd: dir,
    });
    expect(both).toBe(2);
  });
});

async function matches(name: string, text: string): Promise<void> {
  const file = path.join(OUT, name);
  if (process.env.UPDATE_OUTPUTS) await writeFile(file, text);
  expect(text).toBe(await readFile(file, 'utf8'));
}
