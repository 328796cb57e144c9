import { parseDuration } from '../core/duration.js';
import { UsageError } from '../core/errors.js';
import type { PromotionAction } from '../core/types.js';
import { type DriftSettings, driftSettings, evaluateDrift } from '../checks/metrics/drift.js';
import { metricSeries } from '../history/summary.js';
import type { RunSummary } from '../history/types.js';
import type { DriftAlert, FailingCheck, MetricTrend, Review, SeriesPoint } from '../report/reviewMarkdown.js';

export type { DriftAlert, FailingCheck, MetricTrend, Review, SeriesPoint };

/** The weekly review and monthly checkpoint, computed from history alone (pure). */

export type ReviewWindow =
  | { kind: 'runs'; count: number; label: string }
  | { kind: 'period'; from: Date; to: Date; label: string; month?: string };

export function reviewWindow(opts: { lookback?: string; month?: string }, now: Date): ReviewWindow {
  if (opts.lookback !== undefined && opts.month !== undefined)
    throw new UsageError('give --lookback or --month, not both');
  if (opts.month !== undefined) {
    const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(opts.month.trim());
    if (!m) throw new UsageError(`--month: expected YYYY-MM, got "${opts.month}"`);
    const from = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
    const to = new Date(Date.UTC(Number(m[1]), Number(m[2]), 1));
    return { kind: 'period', from, to, label: opts.month.trim(), month: opts.month.trim() };
  }
  const text = (opts.lookback ?? '7d').trim();
  if (/^\d+$/.test(text)) {
    const count = Number(text);
    if (count < 1) throw new UsageError('--lookback: give at least 1 run');
    return { kind: 'runs', count, label: `last ${count} run${count === 1 ? '' : 's'}` };
  }
  const ms = parseDuration(text);
  if (ms === undefined || ms === 0)
    throw new UsageError(`--lookback: expected a number of runs (4) or a period (7d, 28d), got "${text}"`);
  return { kind: 'period', from: new Date(now.getTime() - ms), to: now, label: `last ${text}` };
}

export interface ReviewInput {
  profile: string;
  store: string;
  window: ReviewWindow;
  /** Every run of the profile, invalid ones included, oldest first. */
  runs: RunSummary[];
  problems: string[];
  /** Drift rules per benchmark check id (from the config); others get the defaults. */
  drift: ReadonlyMap<string, DriftSettings | false>;
  now: Date;
}

const TRENDED_TYPES = new Set(['benchmark', 'trend']);
const round = (n: number) => Math.round(n * 10_000) / 10_000;

function inWindow(runs: RunSummary[], w: ReviewWindow): RunSummary[] {
  if (w.kind === 'runs') {
    const valid = runs.filter((r) => !r.invalid).slice(-w.count);
    const first = valid[0];
    // Invalid runs inside the same span are shown as left out.
    return first ? runs.filter((r) => Date.parse(r.finishedAt) >= Date.parse(first.finishedAt)) : [];
  }
  return runs.filter((r) => {
    const t = Date.parse(r.finishedAt);
    return t >= w.from.getTime() && t < w.to.getTime();
  });
}

function measured(run: RunSummary, check: string): boolean {
  const c = run.checks.find((x) => x.id === check);
  return c !== undefined && c.status !== 'skipped' && c.status !== 'error';
}

/**
 * The runs that measured a check, oldest first, and where each stands among them: what came
 * before a run is found once by its place, not searched for again for every run, so a review of
 * many runs stays linear in them.
 */
function measuredIndex(runs: readonly RunSummary[], check: string) {
  const list = runs.filter((r) => measured(r, check));
  const at = new Map(list.map((r, i) => [r, i]));
  return {
    /** The last `count` runs before `run` that measured the check (all of them when count is 0). */
    before(run: RunSummary, count: number): RunSummary[] {
      const end = at.get(run) ?? 0;
      return list.slice(count > 0 ? Math.max(0, end - count) : 0, end);
    },
  };
}

export function buildReview(input: ReviewInput): Review {
  const all = input.runs;
  const span = inWindow(all, input.window);
  const valid = span.filter((r) => !r.invalid);
  const actions: Record<PromotionAction, number> = { 'auto-promote': 0, 'promote-with-hotfix': 0, hold: 0 };
  for (const r of valid) actions[r.action]++;
  const promoted = valid.filter((r) => r.verdict === 'promote').length;

  const scoreSeries = valid.map((r) => ({ runId: r.runId, at: r.finishedAt, value: r.score }));
  const checkTypes = new Map<string, string>();
  for (const r of valid)
    for (const c of r.checks) if (TRENDED_TYPES.has(c.type)) checkTypes.set(c.id, c.type);

  const metrics: MetricTrend[] = [];
  for (const [check, type] of checkTypes) {
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
      if (series.length === 0) continue;
      const values = series.map((p) => p.value);
      metrics.push({
        check,
        type,
        metric,
        series,
        first: values[0]!,
        last: values[values.length - 1]!,
        change: round(values[values.length - 1]! - values[0]!),
        mean: round(values.reduce((a, b) => a + b, 0) / values.length),
        min: Math.min(...values),
        max: Math.max(...values),
      });
    }
  }

  // Each benchmark run in the window against the runs before it, as the gate judged (or would have).
  const driftAlerts: DriftAlert[] = [];
  const allValid = all.filter((r) => !r.invalid);
  for (const [check, type] of checkTypes) {
    if (type !== 'benchmark') continue;
    const rules = input.drift.get(check) ?? driftSettings();
    if (rules === false) continue;
    const index = measuredIndex(allValid, check);
    for (const run of valid) {
      if (!measured(run, check)) continue;
      const before = index.before(run, rules.lookback);
      // Metric names come from history: own keys only, whatever they are called.
      const current: Record<string, number | undefined> = Object.create(null) as Record<
        string,
        number | undefined
      >;
      for (const [k, v] of Object.entries(run.checks.find((c) => c.id === check)!.metrics))
        current[k] = typeof v === 'number' && Number.isFinite(v) ? v : undefined;
      for (const point of evaluateDrift(
        current,
        (m) => metricSeries(before, check, m).map((x) => x.value),
        rules,
      ))
        if (point.status === 'alert' || point.status === 'missing')
          driftAlerts.push({ check, runId: run.runId, at: run.finishedAt, point });
    }
  }

  const failing = new Map<string, FailingCheck>();
  for (const r of valid)
    for (const c of r.checks) {
      if (c.status === 'skipped') continue;
      const f = failing.get(c.id) ?? { check: c.id, failures: 0, errors: 0, runs: 0, lastStatus: c.status };
      f.runs++;
      if (c.status === 'fail') f.failures++;
      if (c.status === 'error') f.errors++;
      f.lastStatus = c.status;
      failing.set(c.id, f);
    }
  const topFailing = [...failing.values()]
    .filter((f) => f.failures + f.errors > 0)
    .sort((a, b) => b.failures + b.errors - (a.failures + a.errors) || a.check.localeCompare(b.check))
    .slice(0, 10);

  const w = input.window;
  return {
    schemaVersion: 1,
    kind: 'review',
    profile: input.profile,
    store: input.store,
    generatedAt: input.now.toISOString(),
    window:
      w.kind === 'runs'
        ? { kind: 'runs', label: w.label }
        : {
            kind: 'period',
            label: w.label,
            from: w.from.toISOString(),
            to: w.to.toISOString(),
            ...(w.month ? { month: w.month } : {}),
          },
    runs: {
      total: valid.length,
      invalid: span.length - valid.length,
      promoted,
      held: valid.length - promoted,
      passRate: valid.length ? Math.round((promoted / valid.length) * 1000) / 10 : null,
      actions,
      ratchetHolds: valid.filter((r) => r.ratchetTriggered).length,
    },
    score: {
      series: scoreSeries,
      mean: scoreSeries.length
        ? round(scoreSeries.reduce((a, p) => a + p.value, 0) / scoreSeries.length)
        : null,
    },
    metrics,
    driftAlerts,
    topFailing,
    runList: valid.map((r) => ({
      runId: r.runId,
      at: r.finishedAt,
      verdict: r.verdict,
      score: r.score,
      action: r.action,
      ...(r.sha ? { sha: r.sha } : {}),
      ...(r.url ? { url: r.url } : {}),
    })),
    invalidRuns: span
      .filter((r) => r.invalid)
      .map((r) => ({ runId: r.runId, at: r.finishedAt, reason: r.invalid!.reason })),
    problems: input.problems,
  };
}
