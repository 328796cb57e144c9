import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { metricSeries } from '../../history/series.js';
import type { RunSummary } from '../../history/types.js';
import { xyChart } from '../../report/mermaid.js';
import { fmt } from '../metrics/criteria.js';
import { type DriftConfig, driftSettings, evaluateDrift } from '../metrics/drift.js';
import { readWorkspaceFile } from '../paths.js';
import type { CheckContext } from '../types.js';
import type { ConfigChange } from './compare.js';
import type { ConfigModel } from './types.js';

/**
 * What history says about a metric whose threshold a change moves: its last values (with a
 * chart), how the last run fared against the runs before it, and the last review — so the
 * reviewer sees whether the new threshold fits what the metric really does. Bounded: a few
 * metrics, the last runs only.
 */

const MAX_METRICS = 8;
const MAX_POINTS = 20;
const THRESHOLD_FIELDS = new Set(['thresholds', 'drift', 'warnAbove', 'failAbove', 'tolerance']);

interface MetricRef {
  check: string;
  type: string;
  metric: string;
  changes: ConfigChange[];
}

/** The metrics whose thresholds or drift limits the changes move, in the gated profile. */
export function thresholdMetrics(changes: readonly ConfigChange[], profile: string): MetricRef[] {
  const refs = new Map<string, MetricRef>();
  for (const c of changes) {
    if (!c.check || c.kind === 'tightening' || !c.profiles.includes(profile)) continue;
    const [field, ...rest] = c.check.field;
    if (typeof field !== 'string' || !THRESHOLD_FIELDS.has(field)) continue;
    let metric: string | undefined;
    if (c.check.type === 'trend') metric = 'value';
    else if (c.check.type === 'benchmark')
      metric =
        field === 'thresholds'
          ? (rest[0] as string | undefined)
          : rest[0] === 'maxDrop' || rest[0] === 'rules'
            ? (rest[1] as string | undefined)
            : undefined;
    if (!metric) continue;
    const key = `${c.check.id}\0${metric}`;
    const ref = refs.get(key) ?? { check: c.check.id, type: c.check.type, metric, changes: [] };
    ref.changes.push(c);
    refs.set(key, ref);
  }
  return [...refs.values()].slice(0, MAX_METRICS);
}

function lastDrift(
  runs: readonly RunSummary[],
  ref: MetricRef,
  base?: ConfigModel,
  profile?: string,
): string {
  if (ref.type !== 'benchmark') return '';
  const fields = profile ? base?.profiles.get(profile)?.checks.get(ref.check)?.fields : undefined;
  const drift = fields?.drift;
  if (drift === false) return 'drift was off in the base config';
  const measured = runs.filter((r) => {
    const c = r.checks.find((x) => x.id === ref.check);
    return c !== undefined && c.status !== 'skipped' && c.status !== 'error';
  });
  const last = measured.at(-1);
  if (!last) return 'no run measured it yet';
  const settings = driftSettings((drift ?? {}) as DriftConfig);
  const before = measured.slice(0, -1).slice(-settings.lookback);
  const value = last.checks.find((x) => x.id === ref.check)?.metrics[ref.metric];
  const points = evaluateDrift(
    { [ref.metric]: typeof value === 'number' ? value : undefined },
    (m) => metricSeries(before, ref.check, m).map((x) => x.value),
    {
      ...settings,
      rules: Object.fromEntries(Object.entries(settings.rules).filter(([m]) => m === ref.metric)),
    },
  );
  const p = points[0];
  return p ? `run ${last.runId}: ${p.message}` : `run ${last.runId}: no drift rule for ${ref.metric}`;
}

/** A review of 10,000 runs is about 5 MB. */
const MAX_REVIEW_BYTES = 64 * 1024 * 1024;

async function lastReview(ctx: CheckContext, ref: MetricRef): Promise<string> {
  const file = path.join('.promotion-gate', `${ctx.profile}-review`, 'review.json');
  let review: {
    generatedAt?: string;
    window?: { label?: string };
    runs?: { passRate?: number | null };
    driftAlerts?: { check?: string; point?: { message?: string } }[];
  };
  // The file is the checkout's, which a pull request controls: read as any file of the repository
  // is (inside the workspace, a regular file, bounded), never through a link to elsewhere.
  if (!(await lstat(path.join(ctx.cwd, file)).catch(() => undefined)))
    return `no review on file (\`promotion-gate review --profile ${ctx.profile}\` writes one)`;
  let text: string;
  try {
    text = (await readWorkspaceFile(ctx.cwd, 'review', file, MAX_REVIEW_BYTES)).toString('utf8');
  } catch {
    return `${file} not read: it is not a regular file inside the workspace, of at most ${MAX_REVIEW_BYTES / 1024 / 1024} MiB`;
  }
  try {
    review = JSON.parse(text) as typeof review;
  } catch {
    return `${file} is not JSON`;
  }
  const alerts = (review.driftAlerts ?? []).filter((a) => a.check === ref.check);
  const alert = alerts.at(-1)?.point?.message;
  return `${file} of ${review.generatedAt ?? '?'} (${review.window?.label ?? '?'}): pass rate ${review.runs?.passRate ?? '–'}%, ${alerts.length} drift alert(s) of ${ref.check}${alert ? `, the last: ${alert}` : ''}`;
}

/** Markdown for the evidence, and a one-line summary per metric for the findings. */
export async function thresholdEvidence(
  changes: readonly ConfigChange[],
  ctx: CheckContext,
  base?: ConfigModel,
): Promise<{ markdown?: string; lines: Map<ConfigChange, string> }> {
  const refs = thresholdMetrics(changes, ctx.profile);
  const lines = new Map<ConfigChange, string>();
  if (refs.length === 0) return { lines };
  const read = ctx.history ? await ctx.history.read() : undefined;
  const runs = read?.runs ?? [];
  const out = ['# Thresholds changed: what history says', ''];
  if (!ctx.history)
    out.push('_No history store: set `--history` (or the `history` input) to see the trend._', '');
  for (const ref of refs) {
    const series = metricSeries(runs, ref.check, ref.metric).slice(-MAX_POINTS);
    const drift = lastDrift(runs, ref, base, ctx.profile);
    const review = await lastReview(ctx, ref);
    out.push(`## \`${ref.check}\` · ${ref.metric}`, '');
    for (const c of ref.changes) out.push(`- \`${c.key}\`: ${c.before} → ${c.after} (${c.what})`);
    out.push('');
    if (series.length > 0) {
      const values = series.map((s) => s.value);
      out.push(
        xyChart({
          title: `${ref.check} ${ref.metric}, last ${series.length} run(s)`,
          labels: series.map((s) => s.run.finishedAt.slice(5, 10)),
          values,
          yLabel: ref.metric,
        }),
        '',
        `Last ${series.length} value(s): ${series.map((s) => fmt(s.value)).join(', ')} (min ${fmt(Math.min(...values))}, max ${fmt(Math.max(...values))}).`,
      );
    } else out.push('No recorded value of this metric.');
    if (drift) out.push('', `Last drift: ${drift}.`);
    out.push('', `Last review: ${review}.`, '');
    const summary =
      series.length > 0
        ? `history of ${ref.metric}: last ${series.length} value(s) ${fmt(Math.min(...series.map((s) => s.value)))}–${fmt(Math.max(...series.map((s) => s.value)))}, newest ${fmt(series.at(-1)!.value)}`
        : `no recorded value of ${ref.metric}`;
    for (const c of ref.changes) lines.set(c, summary);
  }
  return { markdown: out.join('\n'), lines };
}
