import type { PinnedRun } from '../../history/types.js';
import { formatNumber, formatPercent } from '../../core/format.js';
import { type Criterion, fmt, meets, parseCriterion } from './criteria.js';

export const BASELINES = ['mean', 'median', 'p90', 'min', 'max', 'last'] as const;
export type Baseline = (typeof BASELINES)[number];

/** Drift defaults: 8 runs back, at least 3 points, precision may drop 0.08 and recall 0.05. */
export const DRIFT_DEFAULTS = {
  lookback: 8,
  minHistory: 3,
  baseline: 'mean' as Baseline,
  maxDrop: { precision: 0.08, recall: 0.05 } as Record<string, number>,
};

export interface DriftSettings {
  lookback: number;
  minHistory: number;
  baseline: Baseline;
  /** metric → criterion on the change from the baseline. */
  rules: Record<string, Criterion>;
  /** Rules the user wrote (a missing metric is then a failure), not defaults. */
  explicit: boolean;
}

export interface DriftConfig {
  lookback?: number;
  minHistory?: number;
  baseline?: Baseline;
  maxDrop?: Record<string, number>;
  rules?: Record<string, string | number>;
}

/** maxDrop X is the rule "change ≥ −X"; without maxDrop and rules DRIFT_DEFAULTS apply. */
export function driftSettings(cfg: DriftConfig = {}): DriftSettings {
  const explicit = cfg.maxDrop !== undefined || cfg.rules !== undefined;
  // Metric names are the user's: own keys of a record without a prototype.
  const rules = Object.create(null) as Record<string, Criterion>;
  for (const [m, drop] of Object.entries(explicit ? (cfg.maxDrop ?? {}) : DRIFT_DEFAULTS.maxDrop))
    rules[m] = parseCriterion(`>= ${-Math.abs(drop)}`);
  for (const [m, c] of Object.entries(cfg.rules ?? {})) rules[m] = parseCriterion(c);
  return {
    lookback: cfg.lookback ?? DRIFT_DEFAULTS.lookback,
    minHistory: cfg.minHistory ?? DRIFT_DEFAULTS.minHistory,
    baseline: cfg.baseline ?? DRIFT_DEFAULTS.baseline,
    rules,
    explicit,
  };
}

export function aggregateOf(values: readonly number[], kind: Baseline): number {
  if (values.length === 0) return Number.NaN;
  if (kind === 'mean') return values.reduce((a, b) => a + b, 0) / values.length;
  if (kind === 'last') return values[values.length - 1]!;
  // Sorted only for the baselines that need order: a review takes one baseline per run.
  // A typed array sorts numerically without calling back into JavaScript for each comparison.
  const sorted = Float64Array.from(values).sort();
  switch (kind) {
    case 'median':
      return quantile(sorted, 0.5);
    case 'p90':
      return quantile(sorted, 0.9);
    case 'min':
      return sorted[0]!;
    case 'max':
      return sorted[sorted.length - 1]!;
  }
}

/** Linear interpolation between closest ranks (the common "type 7" definition). */
function quantile(sorted: ArrayLike<number>, q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

const tidy = (n: number) => Math.round(n * 1e9) / 1e9;

export type DriftStatus = 'ok' | 'alert' | 'insufficient' | 'missing';

export interface DriftPoint {
  metric: string;
  status: DriftStatus;
  current?: number;
  baseline?: number;
  /** current − baseline. */
  change?: number;
  /** Change in percent of the baseline (undefined when the baseline is 0 and the value moved). */
  changePercent?: number;
  /** History values the baseline was taken from (oldest first). */
  points: number;
  criterion: string;
  message: string;
  /** Set when the baseline is a pinned reference run rather than the last runs. */
  pinnedRun?: string;
}

/** How one ruled metric stands: what a drift point says, before it is put into words. */
export type DriftJudgement =
  | { status: 'missing' }
  | { status: 'insufficient' }
  | {
      status: 'ok' | 'alert';
      baseline: number;
      /** current − baseline. */
      change: number;
      /** Change in percent of the baseline (undefined when the baseline is 0 and the value moved). */
      changePercent: number | undefined;
    };

const MISSING: DriftJudgement = { status: 'missing' };
const INSUFFICIENT: DriftJudgement = { status: 'insufficient' };

/**
 * Judges one ruled metric of a run against its earlier values (the last `lookback` valid runs
 * that recorded it, oldest first); undefined when there is nothing to say: a default rule's
 * metric the run does not have. Every drift point is this judgement put into words, so a caller
 * that judges many runs and words few (a review) judges them all the same way.
 */
export function judgeDrift(
  value: number | undefined,
  values: readonly number[],
  rule: Criterion,
  s: DriftSettings,
): DriftJudgement | undefined {
  if (value === undefined || !Number.isFinite(value)) {
    if (!s.explicit && value === undefined) return undefined;
    return MISSING;
  }
  if (values.length < s.minHistory) return INSUFFICIENT;
  const baseline = aggregateOf(values, s.baseline);
  // Rounded so that 0.80 − 0.88 is −0.08, not −0.0800000000000001 beyond a 0.08 allowance.
  const change = tidy(value - baseline);
  const changePercent =
    baseline === 0 ? (change === 0 ? 0 : undefined) : tidy((change / Math.abs(baseline)) * 100);
  const observed = rule.percent ? changePercent : change;
  const ok =
    observed === undefined
      ? meets(change > 0 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY, rule)
      : meets(observed, rule);
  return { status: ok ? 'ok' : 'alert', baseline, change, changePercent };
}

/**
 * Compares each ruled metric of the current run with an aggregate of its earlier values.
 * `history(metric)` gives the values of the last `lookback` valid runs that recorded it.
 */
export function evaluateDrift(
  current: Readonly<Record<string, number | undefined>>,
  history: (metric: string) => readonly number[],
  s: DriftSettings,
  /** How the baseline is named in messages (default: the aggregate of the last runs). */
  baselineName?: (points: number, baseline: number) => string,
  /**
   * The statuses the caller keeps (default: all). Points of the others are judged but not
   * built: a review judges every run of its history and shows only the alerts.
   */
  keep?: ReadonlySet<DriftStatus>,
): DriftPoint[] {
  const out: DriftPoint[] = [];
  for (const [metric, rule] of Object.entries(s.rules)) {
    const value = current[metric];
    const values = history(metric);
    const j = judgeDrift(value, values, rule, s);
    if (j === undefined || (keep !== undefined && !keep.has(j.status))) continue;
    const base = { metric, points: values.length, criterion: `change ${rule.source}` };
    if (j.status === 'missing') {
      out.push({
        ...base,
        status: 'missing',
        message: `${metric} has no numeric value in this run; drift cannot be checked`,
      });
      continue;
    }
    // Judged, so a finite number.
    const v = value!;
    if (j.status === 'insufficient') {
      out.push({
        ...base,
        status: 'insufficient',
        current: v,
        message: `${metric} ${fmt(v)}: not enough history for drift (${values.length} of ${s.minHistory} runs needed)`,
      });
      continue;
    }
    const { baseline, change, changePercent } = j;
    const ok = j.status === 'ok';
    // Precise enough that a change just past its allowance never reads as the allowance.
    const shown = rule.percent
      ? changePercent === undefined
        ? `${change > 0 ? 'up' : 'down'} from 0`
        : formatPercent(changePercent, { sign: true, near: [rule.value] })
      : formatNumber(change, { sign: true, near: [rule.value] });
    // The baseline as precise as the change, so value, baseline and change add up as shown.
    const changeDecimals = rule.percent ? 0 : (shown.split('.')[1]?.length ?? 0);
    const baselineText = formatNumber(baseline, { minDecimals: changeDecimals });
    const against =
      baselineName?.(values.length, baseline) ??
      `the ${s.baseline} of the last ${values.length} run${values.length === 1 ? '' : 's'} (${baselineText})`;
    out.push({
      ...base,
      status: j.status,
      current: v,
      baseline,
      change,
      ...(changePercent !== undefined ? { changePercent } : {}),
      message: ok
        ? `${metric} ${fmt(v)} vs ${against}: ${shown}, within ${rule.source}`
        : `${metric} drifted: ${fmt(v)} vs ${against} is ${shown}, allowed ${rule.source}`,
    });
  }
  return out;
}

/** A pinned run's number for a check and metric, or why it cannot be a reference. */
export function pinnedValue(
  p: PinnedRun,
  checkId: string,
  metric: string,
): { value: number } | { note: string } {
  const id = p.pin.runId;
  if (!p.run) return { note: `pinned run ${id} is no longer in history; not compared with` };
  if (p.run.invalid)
    return { note: `pinned run ${id} is marked invalid (${p.run.invalid.reason}); no longer compared with` };
  const c = p.run.checks.find((x) => x.id === checkId);
  const v = c && c.status !== 'skipped' && c.status !== 'error' ? c.metrics[metric] : undefined;
  if (typeof v !== 'number' || !Number.isFinite(v))
    return { note: `pinned run ${id} has no ${metric} of ${checkId}; not compared with` };
  return { value: v };
}

/**
 * Drift against pinned reference runs, besides the last runs: each valid pinned run that
 * measured a ruled metric is a baseline of its own. Pins that cannot serve are said, not used.
 */
export function pinnedDrift(
  current: Readonly<Record<string, number | undefined>>,
  pins: readonly PinnedRun[],
  checkId: string,
  s: DriftSettings,
): { points: DriftPoint[]; notes: string[] } {
  const points: DriftPoint[] = [];
  const notes = new Set<string>();
  for (const p of pins) {
    const id = p.pin.runId;
    for (const metric of Object.keys(s.rules)) {
      if (current[metric] === undefined) continue;
      const got = pinnedValue(p, checkId, metric);
      if ('note' in got) {
        notes.add(got.note);
        continue;
      }
      const [point] = evaluateDrift(
        { [metric]: current[metric] },
        () => [got.value],
        { ...s, rules: { [metric]: s.rules[metric]! }, minHistory: 1, baseline: 'last', explicit: false },
        (_n, b) => `pinned run ${id} (${fmt(b)})`,
      );
      if (point) points.push({ ...point, pinnedRun: id });
    }
  }
  return { points, notes: [...notes] };
}
