import { formatDuration } from '../core/duration.js';
import { xyChart } from '../report/mermaid.js';
import { percentile } from './classify.js';
import type { MonitorReport, TickRow } from './types.js';

/** report.md of a monitor, and the job summary in the action: the verdict, why, and the window tick by tick. */

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
/** Ticks shown in the table and the charts; a longer window shows its first and last ones. */
const MAX_TICKS_SHOWN = 120;

function headline(r: MonitorReport): string {
  switch (r.outcome) {
    case 'healthy':
      return '✅ Healthy';
    case 'degraded':
      return r.actionTaken === 'rollback-failed'
        ? '🚨 Degraded — rollback failed, environment state unknown'
        : r.actionTaken === 'rollback-ok'
          ? '↩️ Degraded — rolled back'
          : r.actionTaken === 'alerted'
            ? '⚠️ Degraded — alert raised'
            : '⚠️ Degraded';
    case 'interrupted':
      return '⏹️ Interrupted';
    default:
      return '‼️ Monitor error';
  }
}

function shown(series: readonly TickRow[]): TickRow[] {
  if (series.length <= MAX_TICKS_SHOWN) return [...series];
  const half = MAX_TICKS_SHOWN / 2;
  return [...series.slice(0, half), ...series.slice(-half)];
}

function timeline(series: readonly TickRow[]): string[] {
  if (series.length === 0) return [];
  const rows = shown(series);
  const labels = rows.map((t) => `#${t.tick}`);
  const out = [
    '',
    '### Timeline',
    '',
    xyChart({
      title: '5xx or unreachable answers per tick',
      labels,
      values: rows.map((t) => t.errors),
      yLabel: 'errors',
      yMin: 0,
      yMax: Math.max(1, ...rows.map((t) => t.requests)),
      bar: true,
    }),
  ];
  const p95 = rows.map((t) => percentile(t.latenciesMs, 95));
  if (p95.some((v) => v !== undefined))
    out.push(
      '',
      xyChart({
        title: 'p95 latency per tick (ms)',
        labels,
        values: p95.map((v) => v ?? 0),
        yLabel: 'ms',
        yMin: 0,
      }),
    );
  return out;
}

function tickTable(series: readonly TickRow[]): string[] {
  if (series.length === 0) return ['', '_No tick was made._'];
  const rows = shown(series);
  const out = [
    '',
    '| Tick | At (UTC) | Probes | Requests | 5xx / unreachable | p95 |',
    '|---|---|---|---|---|---|',
  ];
  for (const t of rows) {
    const probes = t.probes.map((p) => `${p.ok ? '✔' : '✖'} ${cell(p.id)}`).join(' ');
    const p95 = percentile(t.latenciesMs, 95);
    out.push(
      `| ${t.tick} | ${t.at.slice(11, 19)} | ${probes} | ${t.requests} | ${t.errors} | ${p95 === undefined ? '–' : `${Math.round(p95)}ms`} |`,
    );
  }
  if (rows.length < series.length)
    out.push('', `_${series.length - rows.length} ticks in the middle are in report.json._`);
  const failed = rows.flatMap((t) => t.probes.filter((p) => !p.ok).map((p) => ({ t, p })));
  if (failed.length > 0) {
    out.push('', '<details><summary>Failed probes</summary>', '');
    for (const { t, p } of failed.slice(0, 50))
      out.push(`- tick ${t.tick}, ${cell(p.id)}: ${cell(p.summary)}`);
    if (failed.length > 50) out.push(`- … ${failed.length - 50} more in report.json`);
    out.push('', '</details>');
  }
  return out;
}

function reaction(r: MonitorReport): string[] {
  const re = r.reaction;
  if (!re) return [];
  const out = [
    '',
    '### Reaction',
    '',
    `**${re.decided}** — ${cell(re.reason)} · action taken \`${r.actionTaken}\``,
  ];
  if (re.steps.length > 0) {
    out.push('', '| | Step | Status | Evidence |', '|---|---|---|---|');
    for (const s of re.steps) {
      const mark = s.status === 'passed' ? '✔' : '✖';
      const what = s.kind === 'verify' ? `${s.name} (\`${cell(s.profile)}\`)` : s.name;
      const status = `${s.status}${s.detail ? ` — ${cell(s.detail)}` : ''}`;
      out.push(`| ${mark} | ${what} | ${status} | ${s.evidence ? `\`${s.evidence}\`` : '–'} |`);
    }
  }
  if (re.alert) {
    const i = re.alert.issue;
    out.push(
      '',
      `- Incident issue: ${i.state === 'done' ? '' : `${i.state} — `}${cell(i.detail)}${i.url ? ` ${i.url}` : ''}`,
    );
    for (const n of re.alert.notifications)
      out.push(
        `- Notification ${cell(n.webhook)}: ${n.state}${n.state === 'sent' ? '' : ` — ${cell(n.detail)}`}`,
      );
  }
  return out;
}

export function renderMonitor(r: MonitorReport): string {
  const w = r.window;
  const c = r.classification;
  const out = [
    `## ${headline(r)} — ${cell(r.environment)}`,
    '',
    `**Outcome** \`${r.outcome}\` · **action taken** \`${r.actionTaken}\` · deployment \`${cell(r.deployment)}\`${r.commit && r.commit !== r.deployment ? ` · commit \`${r.commit.slice(0, 12)}\`` : ''}${r.url ? ` · ${r.url}` : ''}`,
    '',
    cell(r.why),
    '',
    `**Window** ${formatDuration(w.windowMs)} from ${w.startedAt} to ${w.endsAt}, a tick every ${formatDuration(w.intervalMs)}${w.resumed ? ' · resumed after a restart' : ''}${w.recorded ? ' · ended before this run: the recorded outcome, nothing probed' : ''}`,
    '',
    `**Probes** ${r.probes.map((p) => `\`${cell(p)}\``).join(', ')} · **degraded when** a probe fails ${r.rules.consecutiveFailures} ticks in a row, or 5xx/unreachable answers are above ${Math.round(r.rules.errorRatio * 10_000) / 100}%${r.rules.latencyP95Ms !== undefined ? `, or p95 latency is above ${formatDuration(r.rules.latencyP95Ms)}` : ''} (from ${r.rules.minRequests} requests)`,
    '',
    `**So far** ${c.ticks} tick(s), ${c.requests} request(s), ${c.errors} 5xx or unreachable${c.errorRatio !== null ? ` (${Math.round(c.errorRatio * 10_000) / 100}%)` : ''}${c.latencyP95Ms !== null ? `, p95 ${Math.round(c.latencyP95Ms)}ms` : ''}`,
  ];
  if (c.reasons.length > 0) {
    out.push('', '| Rule | Tick | Observed | Threshold | |', '|---|---|---|---|---|');
    for (const x of c.reasons)
      out.push(`| ${x.rule} | ${x.tick} | ${cell(x.observed)} | ${cell(x.threshold)} | ${cell(x.message)} |`);
  }
  out.push(...reaction(r), ...timeline(r.series), ...tickTable(r.series));
  const notes = [...c.skipped.map((s) => `series row ${s.index + 1} skipped: ${s.why}`), ...r.problems];
  if (notes.length > 0) out.push('', '### Problems', '', ...notes.slice(0, 50).map((p) => `- ${cell(p)}`));
  out.push(
    '',
    `Series: \`${cell(r.store.key)}\` in ${cell(r.store.where)}${r.store.persisted ? '' : ' (not persisted)'}`,
  );
  if (r.bundle)
    out.push(
      '',
      `Evidence bundle \`${r.bundle.id}\` (${r.bundle.files} files) — \`promotion-gate verify <dir> --bundle-id ${r.bundle.id}\``,
    );
  out.push(
    '',
    `<sub>promotion-gate ${r.tool.version} · monitor · ${r.startedAt} → ${r.finishedAt}</sub>`,
    '',
  );
  return out.join('\n');
}
