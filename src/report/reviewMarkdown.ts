import { fmt } from '../checks/metrics/criteria.js';
import { formatNumber, formatPercent } from '../core/format.js';
import { xyChart } from './mermaid.js';
import type { DriftPoint } from '../checks/metrics/drift.js';
import type { PromotionAction } from '../core/types.js';

/** What `review` computes from history: its review.json, and what this renders. */
export interface SeriesPoint {
  runId: string;
  at: string;
  value: number;
}

export interface MetricTrend {
  check: string;
  type: string;
  metric: string;
  series: SeriesPoint[];
  first: number;
  last: number;
  change: number;
  mean: number;
  min: number;
  max: number;
}

export interface DriftAlert {
  check: string;
  runId: string;
  at: string;
  point: DriftPoint;
}

export interface FailingCheck {
  check: string;
  failures: number;
  errors: number;
  /** Runs in the window in which the check ran. */
  runs: number;
  lastStatus: string;
}

export interface Review {
  schemaVersion: 1;
  kind: 'review';
  profile: string;
  store: string;
  generatedAt: string;
  window: { kind: 'runs' | 'period'; label: string; from?: string; to?: string; month?: string };
  runs: {
    total: number;
    invalid: number;
    promoted: number;
    held: number;
    /** Percent of valid runs that promoted; null without runs. */
    passRate: number | null;
    actions: Record<PromotionAction, number>;
    ratchetHolds: number;
  };
  score: { series: SeriesPoint[]; mean: number | null };
  metrics: MetricTrend[];
  driftAlerts: DriftAlert[];
  topFailing: FailingCheck[];
  runList: {
    runId: string;
    at: string;
    verdict: string;
    score: number;
    action: string;
    sha?: string;
    url?: string;
  }[];
  invalidRuns: { runId: string; at: string; reason: string }[];
  problems: string[];
}

const MAX_CHARTS = 8;
const MAX_ROWS = 60;
/** Points a chart shows at most; a longer series is charted by each stretch's lowest and highest. */
const MAX_POINTS = 120;

/** A long series thinned for its chart, keeping every dip and peak a stretch holds; in time order. */
function charted(points: readonly SeriesPoint[]): readonly SeriesPoint[] {
  if (points.length <= MAX_POINTS) return points;
  const stretches = MAX_POINTS / 2;
  const out: SeriesPoint[] = [];
  for (let b = 0; b < stretches; b++) {
    const from = Math.floor((b * points.length) / stretches);
    const to = Math.floor(((b + 1) * points.length) / stretches);
    let lo = from;
    let hi = from;
    for (let i = from + 1; i < to; i++) {
      if (points[i]!.value < points[lo]!.value) lo = i;
      if (points[i]!.value > points[hi]!.value) hi = i;
    }
    out.push(points[Math.min(lo, hi)]!);
    if (lo !== hi) out.push(points[Math.max(lo, hi)]!);
  }
  return out;
}

const thinned = (all: readonly SeriesPoint[], shown: readonly SeriesPoint[]) =>
  shown.length < all.length
    ? [
        '',
        `_${all.length} points, charted as ${shown.length}: the lowest and highest of each stretch; every point is in review.json._`,
      ]
    : [];

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const day = (iso: string) => iso.slice(5, 10);

function title(r: Review): string {
  return r.window.month
    ? `Monthly checkpoint — ${r.profile} · ${r.window.month}`
    : `Review — ${r.profile} · ${r.window.label}`;
}

function summary(r: Review): string[] {
  const x = r.runs;
  return [
    '| Runs | Promoted | Held | Pass rate | Mean score | Drift alerts | Ratchet holds | Left out (invalid) |',
    '|---|---|---|---|---|---|---|---|',
    `| ${x.total} | ${x.promoted} | ${x.held} | ${x.passRate === null ? '–' : formatPercent(x.passRate)} | ${r.score.mean === null ? '–' : formatNumber(r.score.mean)} | ${r.driftAlerts.length} | ${x.ratchetHolds} | ${x.invalid} |`,
    '',
    `Actions: auto-promote ${x.actions['auto-promote']} · promote-with-hotfix ${x.actions['promote-with-hotfix']} · hold ${x.actions.hold}`,
  ];
}

function scoreSection(r: Review): string[] {
  const all = r.score.series;
  if (all.length < 2)
    return [
      '',
      '## Score',
      '',
      all.length ? `One run, score ${all[0]!.value}/5.` : 'No runs in this window.',
    ];
  const s = charted(all);
  return [
    '',
    '## Score',
    '',
    xyChart({
      title: 'Score per run',
      labels: s.map((p) => day(p.at)),
      values: s.map((p) => p.value),
      yLabel: 'score',
      yMin: 1,
      yMax: 5,
    }),
    ...thinned(all, s),
  ];
}

function metricsSection(r: Review): string[] {
  if (r.metrics.length === 0) return [];
  const out = [
    '',
    '## Metric trends',
    '',
    '| Check | Metric | First | Last | Change | Mean | Min | Max | Runs |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const m of r.metrics)
    out.push(
      `| \`${cell(m.check)}\` | ${cell(m.metric)} | ${fmt(m.first)} | ${fmt(m.last)} | ${formatNumber(m.change, { sign: true })} | ${fmt(m.mean)} | ${fmt(m.min)} | ${fmt(m.max)} | ${m.series.length} |`,
    );
  const shownCharts = r.metrics.filter((m) => m.series.length >= 2).slice(0, MAX_CHARTS);
  for (const m of shownCharts) {
    const points = charted(m.series);
    out.push(
      '',
      xyChart({
        title: `${m.check} · ${m.metric}`,
        labels: points.map((p) => day(p.at)),
        values: points.map((p) => p.value),
        yLabel: m.metric,
      }),
      ...thinned(m.series, points),
    );
  }
  const left = r.metrics.filter((m) => m.series.length >= 2).length - shownCharts.length;
  if (left > 0) out.push('', `_${left} more metric chart(s) left out; every series is in review.json._`);
  return out;
}

function driftSection(r: Review): string[] {
  const out = ['', '## Drift alerts', ''];
  if (r.driftAlerts.length === 0) return [...out, 'None in this window.'];
  for (const a of r.driftAlerts.slice(-MAX_ROWS))
    out.push(`- ${day(a.at)} run \`${cell(a.runId)}\`, \`${cell(a.check)}\`: ${cell(a.point.message)}`);
  return out;
}

function failingSection(r: Review): string[] {
  const out = ['', '## Top failing checks', ''];
  if (r.topFailing.length === 0) return [...out, 'No check failed in this window.'];
  out.push('| Check | Failed | Could not run | Of runs | Last status |', '|---|---|---|---|---|');
  for (const f of r.topFailing)
    out.push(`| \`${cell(f.check)}\` | ${f.failures} | ${f.errors} | ${f.runs} | ${f.lastStatus} |`);
  return out;
}

function runsSection(r: Review): string[] {
  if (r.runList.length === 0) return [];
  const out = [
    '',
    '<details><summary>Runs</summary>',
    '',
    '| Finished | Run | Verdict | Score | Action | Commit |',
    '|---|---|---|---|---|---|',
  ];
  const shown = r.runList.slice(-MAX_ROWS);
  for (const x of shown) {
    const id = x.url ? `[${cell(x.runId)}](${x.url})` : `\`${cell(x.runId)}\``;
    out.push(
      `| ${x.at.slice(0, 16).replace('T', ' ')} | ${id} | ${x.verdict} | ${x.score}/5 | ${x.action} | ${x.sha ? `\`${x.sha.slice(0, 10)}\`` : ''} |`,
    );
  }
  if (r.runList.length > shown.length)
    out.push('', `_${r.runList.length - shown.length} earlier run(s) in review.json._`);
  out.push('', '</details>');
  return out;
}

function leftOut(r: Review): string[] {
  const out: string[] = [];
  if (r.invalidRuns.length > 0) {
    out.push('', '## Left out (marked invalid)', '');
    for (const x of r.invalidRuns)
      out.push(`- \`${cell(x.runId)}\` (${x.at.slice(0, 10)}): ${cell(x.reason)}`);
  }
  if (r.problems.length > 0) {
    out.push('', '## History problems', '');
    for (const p of r.problems.slice(0, 20)) out.push(`- ${cell(p)}`);
    if (r.problems.length > 20) out.push(`- … ${r.problems.length - 20} more in review.json`);
  }
  return out;
}

/** The review as Markdown with Mermaid charts (GitHub renders them in files, summaries and comments). */
export function renderReview(r: Review): string {
  return [
    `# ${title(r)}`,
    '',
    `_${r.window.label}${r.window.from ? ` (${r.window.from.slice(0, 10)} – ${new Date(Date.parse(r.window.to!) - 1).toISOString().slice(0, 10)})` : ''} · history: ${cell(r.store)} · generated ${r.generatedAt}_`,
    '',
    ...summary(r),
    ...scoreSection(r),
    ...metricsSection(r),
    ...driftSection(r),
    ...failingSection(r),
    ...runsSection(r),
    ...leftOut(r),
    '',
  ].join('\n');
}
