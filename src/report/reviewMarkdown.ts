import { fmt } from '../checks/metrics/criteria.js';
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
    `| ${x.total} | ${x.promoted} | ${x.held} | ${x.passRate === null ? '–' : `${x.passRate}%`} | ${r.score.mean ?? '–'} | ${r.driftAlerts.length} | ${x.ratchetHolds} | ${x.invalid} |`,
    '',
    `Actions: auto-promote ${x.actions['auto-promote']} · promote-with-hotfix ${x.actions['promote-with-hotfix']} · hold ${x.actions.hold}`,
  ];
}

function scoreSection(r: Review): string[] {
  const s = r.score.series;
  if (s.length < 2)
    return ['', '## Score', '', s.length ? `One run, score ${s[0]!.value}/5.` : 'No runs in this window.'];
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
      `| \`${cell(m.check)}\` | ${cell(m.metric)} | ${fmt(m.first)} | ${fmt(m.last)} | ${m.change >= 0 ? '+' : ''}${fmt(m.change)} | ${fmt(m.mean)} | ${fmt(m.min)} | ${fmt(m.max)} | ${m.series.length} |`,
    );
  const charted = r.metrics.filter((m) => m.series.length >= 2).slice(0, MAX_CHARTS);
  for (const m of charted)
    out.push(
      '',
      xyChart({
        title: `${m.check} · ${m.metric}`,
        labels: m.series.map((p) => day(p.at)),
        values: m.series.map((p) => p.value),
        yLabel: m.metric,
      }),
    );
  const left = r.metrics.filter((m) => m.series.length >= 2).length - charted.length;
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
