import { describe, expect, it } from 'vitest';
import { buildReview, type DriftAlert, type ReviewInput, reviewWindow } from '../../src/app/review.js';
import { type DriftSettings, driftSettings, evaluateDrift } from '../../src/checks/metrics/drift.js';
import { metricSeries } from '../../src/history/summary.js';
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
  });
});
