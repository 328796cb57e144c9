import { parseDuration } from '../core/duration.js';
import { UsageError } from '../core/errors.js';
import type { PromotionAction } from '../core/types.js';
import {
  type DriftSettings,
  type DriftStatus,
  driftSettings,
  evaluateDrift,
  judgeDrift,
} from '../checks/metrics/drift.js';
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
/** The drift judgements a review keeps; the others are judged and let go unformatted. */
const ALERTING: ReadonlySet<DriftStatus> = new Set(['alert', 'missing']);
const round = (n: number) => Math.round(n * 10_000) / 10_000;

type RunCheck = RunSummary['checks'][number];

/** A run's check of this id (the first, should a run list one twice), as every reader of history takes it. */
const checkOf = (run: RunSummary, id: string): RunCheck | undefined => run.checks.find((c) => c.id === id);

/** A metric of a run's check as drift reads it: a finite number of its own, or nothing. */
const numberOf = (metrics: RunCheck['metrics'], metric: string): number | undefined => {
  const v = Object.hasOwn(metrics, metric) ? metrics[metric] : undefined;
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
};

const measured = (c: RunCheck | undefined): c is RunCheck =>
  c !== undefined && c.status !== 'skipped' && c.status !== 'error';

/**
 * Which runs the window holds, as a test of a run's finish time. The last `count` valid runs
 * reach back to the first of them; invalid runs inside the same span are shown as left out.
 */
function windowTest(runs: readonly RunSummary[], w: ReviewWindow): (finished: number) => boolean {
  if (w.kind === 'period') {
    const from = w.from.getTime();
    const to = w.to.getTime();
    return (t) => t >= from && t < to;
  }
  // The first of the last `count` valid runs, or the first valid run when there are fewer.
  let first: RunSummary | undefined;
  let left = w.count;
  for (let i = runs.length - 1; i >= 0 && left > 0; i--)
    if (!runs[i]!.invalid) {
      first = runs[i];
      left--;
    }
  if (first === undefined) return () => false;
  const from = Date.parse(first.finishedAt);
  return (t) => t >= from;
}

/** The series of every numeric metric of a trended check, in the window's run order. */
interface CheckTrend {
  type: string;
  series: Map<string, SeriesPoint[]>;
  /** The last run whose check of this id was taken: a run's first check of an id counts. */
  seen: number;
}

function trendOf(check: string, t: CheckTrend): MetricTrend[] {
  const out: MetricTrend[] = [];
  for (const metric of [...t.series.keys()].sort()) {
    const series = t.series.get(metric)!;
    // Summed in run order, as the mean always was; no spread into Math.min, which a long
    // series would overflow.
    let sum = 0;
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (const p of series) {
      sum += p.value;
      min = Math.min(min, p.value);
      max = Math.max(max, p.value);
    }
    const first = series[0]!.value;
    const last = series[series.length - 1]!.value;
    out.push({
      check,
      type: t.type,
      metric,
      series,
      first,
      last,
      change: round(last - first),
      mean: round(sum / series.length),
      min,
      max,
    });
  }
  return out;
}

/**
 * Each run of the window that measured `check`, judged as the gate judged it (or would have):
 * against the last `lookback` valid runs before it that measured the check, window or not. One
 * walk through history; only what alerts is put into words, and added to `alerts`.
 */
function driftOf(
  all: readonly RunSummary[],
  shown: readonly boolean[],
  check: string,
  rules: DriftSettings,
  alerts: DriftAlert[],
): void {
  // Metric names come from history: own keys only, whatever they are called.
  const ruled = Object.keys(rules.rules);
  const criteria = ruled.map((m) => rules.rules[m]!);
  /**
   * Per ruled metric, its value in every valid run so far that measured the check, oldest first
   * (NaN where it had none): each run is judged from numbers, not by looking its runs up again.
   */
  const columns = ruled.map(() => [] as number[]);
  let measuredSoFar = 0;
  /** Where the runs compared with start in the columns. */
  let from = 0;
  const history = (k: number, into: number[]) => {
    const column = columns[k]!;
    for (let j = from; j < measuredSoFar; j++) if (!Number.isNaN(column[j]!)) into.push(column[j]!);
    return into;
  };
  const values: number[] = [];
  // The ruled metrics of the run judged, refilled for each run.
  const current = Object.create(null) as Record<string, number | undefined>;
  for (let i = 0; i < all.length; i++) {
    const run = all[i]!;
    if (run.invalid) continue;
    const c = checkOf(run, check);
    if (!measured(c)) continue;
    const judged = shown[i];
    if (judged) from = rules.lookback > 0 ? Math.max(0, measuredSoFar - rules.lookback) : 0;
    let alerting = false;
    for (let k = 0; k < ruled.length; k++) {
      const value = numberOf(c.metrics, ruled[k]!);
      if (judged) {
        current[ruled[k]!] = value;
        values.length = 0;
        const status = judgeDrift(value, history(k, values), criteria[k]!, rules)?.status;
        if (status !== undefined && ALERTING.has(status)) alerting = true;
      }
      // Past `measuredSoFar`: the runs this one is compared with end before it.
      columns[k]!.push(value ?? Number.NaN);
    }
    // Put into words by the gate's own comparison of the same numbers, for the few that alert.
    if (alerting)
      for (const point of evaluateDrift(
        current,
        (m) => history(ruled.indexOf(m), []),
        rules,
        undefined,
        ALERTING,
      ))
        alerts.push({ check, runId: run.runId, at: run.finishedAt, point });
    measuredSoFar++;
  }
}

export function buildReview(input: ReviewInput): Review {
  const all = input.runs;
  const inWindow = windowTest(all, input.window);
  // One walk through the runs for everything counted per run, one through the window for the
  // metric series, one per benchmark for drift: a review grows with its history as reading it does.
  /** Which runs the review shows: valid, in the window. */
  const shown = new Array<boolean>(all.length).fill(false);
  const valid: RunSummary[] = [];
  const invalidRuns: Review['invalidRuns'] = [];
  const actions: Record<PromotionAction, number> = { 'auto-promote': 0, 'promote-with-hotfix': 0, hold: 0 };
  let promoted = 0;
  let ratchetHolds = 0;
  const scoreSeries: SeriesPoint[] = [];
  const runList: Review['runList'] = [];
  const failing = new Map<string, FailingCheck>();
  const trends = new Map<string, CheckTrend>();
  for (let i = 0; i < all.length; i++) {
    const r = all[i]!;
    if (!inWindow(Date.parse(r.finishedAt))) continue;
    if (r.invalid) {
      invalidRuns.push({ runId: r.runId, at: r.finishedAt, reason: r.invalid.reason });
      continue;
    }
    shown[i] = true;
    valid.push(r);
    actions[r.action]++;
    if (r.verdict === 'promote') promoted++;
    if (r.ratchetTriggered) ratchetHolds++;
    scoreSeries.push({ runId: r.runId, at: r.finishedAt, value: r.score });
    const listed: Review['runList'][number] = {
      runId: r.runId,
      at: r.finishedAt,
      verdict: r.verdict,
      score: r.score,
      action: r.action,
    };
    if (r.sha) listed.sha = r.sha;
    if (r.url) listed.url = r.url;
    runList.push(listed);
    for (const c of r.checks) {
      if (TRENDED_TYPES.has(c.type)) {
        const known = trends.get(c.id);
        // A check keeps its place from its first trended run and the type of its last.
        if (known) known.type = c.type;
        else trends.set(c.id, { type: c.type, series: new Map(), seen: -1 });
      }
      if (c.status === 'skipped') continue;
      const f = failing.get(c.id) ?? { check: c.id, failures: 0, errors: 0, runs: 0, lastStatus: c.status };
      f.runs++;
      if (c.status === 'fail') f.failures++;
      if (c.status === 'error') f.errors++;
      f.lastStatus = c.status;
      failing.set(c.id, f);
    }
  }
  // Filled once every trended check is known: a check trended only in a later run has the
  // numbers of its earlier runs too.
  for (let i = 0; i < valid.length; i++) {
    const r = valid[i]!;
    for (const c of r.checks) {
      const t = trends.get(c.id);
      if (t === undefined || t.seen === i) continue;
      t.seen = i;
      for (const metric of Object.keys(c.metrics)) {
        const value = c.metrics[metric];
        if (typeof value !== 'number' || !Number.isFinite(value)) continue;
        const point = { runId: r.runId, at: r.finishedAt, value };
        const series = t.series.get(metric);
        if (series) series.push(point);
        else t.series.set(metric, [point]);
      }
    }
  }
  const metrics = [...trends].flatMap(([check, t]) => trendOf(check, t));

  const driftAlerts: DriftAlert[] = [];
  for (const [check, { type }] of trends) {
    if (type !== 'benchmark') continue;
    const rules = input.drift.get(check) ?? driftSettings();
    if (rules !== false) driftOf(all, shown, check, rules, driftAlerts);
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
      invalid: invalidRuns.length,
      promoted,
      held: valid.length - promoted,
      passRate: valid.length ? Math.round((promoted / valid.length) * 1000) / 10 : null,
      actions,
      ratchetHolds,
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
    runList,
    invalidRuns,
    problems: input.problems,
  };
}
