import { describe, expect, it } from 'vitest';
import {
  buildReview,
  type DriftAlert,
  type ReviewInput,
  reviewWindow,
  type SeriesPoint,
} from '../../src/app/review.js';
import { type DriftSettings, driftSettings, evaluateDrift } from '../../src/checks/metrics/drift.js';
import { metricSeries } from '../../src/history/series.js';
import type { RunSummary } from '../../src/history/types.js';

const HOUR = 3_600_000;
const END = Date.UTC(2026, 2, 1);
const N = 10_000;

/** Deterministic numbers, so the history is the same on every run. */
function random(seed: number) {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4_294_967_296;
  };
}

/**
 * 10,000 hourly runs of two benchmark checks that wander and now and then drop, a trend; some runs
 * invalid, some where a benchmark could not run or was not in the profile.
 */
function history(): RunSummary[] {
  const rnd = random(42);
  return Array.from({ length: N }, (_, i): RunSummary => {
    const t = new Date(END - (N - i) * HOUR);
    const drop = rnd() < 0.03 ? 0.12 : 0;
    const checks: RunSummary['checks'] = [];
    if (i % 97 !== 0)
      checks.push({
        id: 'kb',
        type: 'benchmark',
        status: i % 53 === 0 ? 'error' : 'pass',
        score: 5,
        metrics: { precision: 0.8 + rnd() * 0.04 - drop, recall: i % 211 ? 0.7 + rnd() * 0.04 : null },
      });
    checks.push(
      {
        id: 'latency',
        type: 'benchmark',
        status: 'pass',
        score: 5,
        metrics: { p95: 300 + rnd() * 40 + drop * 1000 },
      },
      { id: 'lint', type: 'trend', status: 'pass', score: 5, metrics: { value: Math.round(rnd() * 20) } },
    );
    const hold = rnd() < 0.05;
    return {
      schemaVersion: 1,
      profile: 'prod',
      runId: `r${i}`,
      startedAt: new Date(t.getTime() - 60_000).toISOString(),
      finishedAt: t.toISOString(),
      verdict: hold ? 'hold' : 'promote',
      score: hold ? 2 : 5,
      action: hold ? 'hold' : 'auto-promote',
      level: hold ? 'blocked' : 'ga_ready',
      hotfixChecks: [],
      checks,
      ...(i % 401 === 7 ? { invalid: { reason: 'flaky runner', at: t.toISOString() } } : {}),
    };
  });
}

/** The metric trends as review found them before it read each run once: a search per metric. */
function metricSeriesBefore(valid: RunSummary[]) {
  const types = new Map<string, string>();
  for (const r of valid)
    for (const c of r.checks) if (c.type === 'benchmark' || c.type === 'trend') types.set(c.id, c.type);
  const out: { check: string; type: string; metric: string; series: SeriesPoint[] }[] = [];
  for (const [check, type] of types) {
    const names = new Set<string>();
    for (const r of valid)
      for (const [k, v] of Object.entries(r.checks.find((c) => c.id === check)?.metrics ?? {}))
        if (typeof v === 'number') names.add(k);
    for (const metric of [...names].sort()) {
      const series = metricSeries(valid, check, metric).map((p) => ({
        runId: p.run.runId,
        at: p.run.finishedAt,
        value: p.value,
      }));
      if (series.length > 0) out.push({ check, type, metric, series });
    }
  }
  return out;
}

/** The drift alerts as review computed them before it indexed history: every run searched for again. */
function driftAlertsBefore(input: ReviewInput, valid: RunSummary[]): DriftAlert[] {
  const measured = (run: RunSummary, check: string) => {
    const c = run.checks.find((x) => x.id === check);
    return c !== undefined && c.status !== 'skipped' && c.status !== 'error';
  };
  const alerts: DriftAlert[] = [];
  const allValid = input.runs.filter((r) => !r.invalid);
  for (const check of ['kb', 'latency']) {
    const rules = input.drift.get(check) ?? driftSettings();
    if (rules === false) continue;
    for (const run of valid) {
      if (!measured(run, check)) continue;
      const before = allValid
        .slice(0, allValid.indexOf(run))
        .filter((r) => measured(r, check))
        .slice(-rules.lookback);
      const current: Record<string, number | undefined> = {};
      for (const [k, v] of Object.entries(run.checks.find((c) => c.id === check)!.metrics))
        current[k] = typeof v === 'number' && Number.isFinite(v) ? v : undefined;
      for (const point of evaluateDrift(
        current,
        (m) => metricSeries(before, check, m).map((x) => x.value),
        rules,
      ))
        if (point.status === 'alert' || point.status === 'missing')
          alerts.push({ check, runId: run.runId, at: run.finishedAt, point });
    }
  }
  return alerts;
}

describe('review over 10,000 runs', () => {
  const runs = history();
  const now = new Date(END);
  const drift = new Map<string, DriftSettings | false>([
    ['kb', driftSettings({ lookback: 5, maxDrop: { precision: 0.05 }, rules: { recall: '>= -0.1' } })],
  ]);

  it.each([
    ['every run', reviewWindow({ lookback: String(N) }, now)],
    ['the last 30 days', reviewWindow({ lookback: '30d' }, now)],
  ])('judges drift for %s as it always did, run by run against the runs before it', (_label, window) => {
    const input: ReviewInput = { profile: 'prod', store: 'test', window, runs, problems: [], drift, now };
    const review = buildReview(input);
    const valid = runs.filter(
      (r) => !r.invalid && (window.kind === 'runs' || Date.parse(r.finishedAt) >= window.from.getTime()),
    );
    expect(review.runs.total).toBe(valid.length);
    // The old way searched the whole history again for every run: checked on every run with an
    // alert now and every 25th run besides (each against all the runs before it), which keeps
    // this test quick; the same runs in the same order must give the same alerts.
    const alerted = new Set(review.driftAlerts.map((a) => a.runId));
    const sample = valid.filter((r, i) => i % 25 === 0 || alerted.has(r.runId));
    const ids = new Set(sample.map((r) => r.runId));
    const before = driftAlertsBefore(input, sample);
    expect(before.length).toBeGreaterThan(20);
    expect(review.driftAlerts.filter((a) => ids.has(a.runId))).toEqual(before);
    // Every series, read in one walk through the runs, holds what a search per metric found.
    expect(
      review.metrics.map(({ check, type, metric, series }) => ({ check, type, metric, series })),
    ).toEqual(metricSeriesBefore(valid));
  });

  it('sums up a metric of more runs than one call takes as arguments (130,000)', () => {
    const at = (i: number) => new Date(END - (130_000 - i) * 60_000).toISOString();
    const many = Array.from({ length: 130_000 }, (_, i): RunSummary => ({
      schemaVersion: 1,
      profile: 'prod',
      runId: `r${i}`,
      startedAt: at(i),
      finishedAt: at(i),
      verdict: 'promote',
      score: 5,
      action: 'auto-promote',
      level: 'ga_ready',
      hotfixChecks: [],
      checks: [{ id: 'lint', type: 'trend', status: 'pass', score: 5, metrics: { value: (i % 50) - 10 } }],
    }));
    const window = reviewWindow({ lookback: '200000' }, now);
    const review = buildReview({
      profile: 'prod',
      store: 'test',
      window,
      runs: many,
      problems: [],
      drift,
      now,
    });
    expect(review.metrics).toHaveLength(1);
    expect(review.metrics[0]).toMatchObject({ first: -10, last: 39, min: -10, max: 39, mean: 14.5 });
    expect(review.metrics[0]!.series).toHaveLength(130_000);
  });
});

describe('drift judged for every run of a review', () => {
  // a drops from its history, b holds, c has no value, d has too little history for a baseline.
  const rules = driftSettings({
    minHistory: 2,
    rules: { a: '>= -0.1', b: '>= -0.1', c: '>= -0.1', d: '>= -0.1' },
  });
  const current = { a: 0.5, b: 0.9, c: undefined, d: 0.7 };
  const history = (metric: string) => (metric === 'd' ? [0.9] : [0.9, 0.9]);

  it('builds only the points of the statuses kept, and words no message for the others', () => {
    const worded: string[] = [];
    const name = (points: number, baseline: number) => {
      worded.push(`${points} at ${baseline}`);
      return 'the reference';
    };
    const all = evaluateDrift(current, history, rules, name);
    expect(all.map((p) => [p.metric, p.status])).toEqual([
      ['a', 'alert'],
      ['b', 'ok'],
      ['c', 'missing'],
      ['d', 'insufficient'],
    ]);
    expect(worded).toHaveLength(2);
    worded.length = 0;
    const kept = evaluateDrift(current, history, rules, name, new Set(['alert', 'missing'] as const));
    expect(kept).toEqual(all.filter((p) => p.status === 'alert' || p.status === 'missing'));
    // Only the alert named its baseline: the point that held was judged and let go unworded.
    expect(worded).toHaveLength(1);
  });
});
