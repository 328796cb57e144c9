import { formatDuration } from '../core/duration.js';
import type { DeployReport, Outcome, StepEntry } from './types.js';

/** report.md of a deploy or a drill, and the job summary in the action. */

const HEADLINE: Record<Outcome, string> = {
  deployed: '✅ Deployed',
  'rolled-back': '↩️ Rolled back',
  failed: '❌ Failed',
  'rollback-failed': '🚨 Rollback failed — environment state unknown',
  interrupted: '⏹️ Interrupted',
  planned: '📝 Planned (dry run)',
  passed: '✅ Drill passed',
};

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** A code fence longer than any run of backticks in the text, so output cannot close it. */
function fenced(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}\n${text}\n${fence}`;
}

function icon(e: StepEntry): string {
  if (e.status === 'passed') return '✔';
  if (e.status === 'planned') return '○';
  if (e.status === 'interrupted') return '⏹';
  return '✖';
}

function stepRow(e: StepEntry): string {
  const took = e.durationMs !== undefined ? formatDuration(e.durationMs) : '–';
  if (e.kind === 'command') {
    const exit =
      e.exitCode !== undefined && e.exitCode !== null ? String(e.exitCode) : e.signal ? e.signal : '–';
    return `| ${icon(e)} | ${e.name} | ${e.status}${e.detail ? ` — ${cell(e.detail)}` : ''} | ${exit} | ${took} | ${e.evidence ? `\`${e.evidence}\`` : '–'} |`;
  }
  const verdict = e.verdict ? `${e.verdict} ${e.score}/5` : e.status;
  const detail = e.blockers?.length
    ? ` — ${cell(e.blockers.join(', '))}`
    : e.detail
      ? ` — ${cell(e.detail)}`
      : '';
  const where = e.bundleId ? `bundle \`${e.bundleId.slice(0, 19)}…\` in \`${e.evidence}\`` : '–';
  return `| ${icon(e)} | ${e.name} (\`${cell(e.profile)}\`) | ${verdict}${detail} | | ${took} | ${where} |`;
}

export function renderDeploy(r: DeployReport): string {
  const title = r.kind === 'drill' && r.outcome === 'failed' ? '❌ Drill failed' : HEADLINE[r.outcome];
  const what = r.kind === 'drill' ? `rollback drill${r.mode.live ? ' (live)' : ' (dry run)'}` : 'deploy';
  const out = [
    `## ${title} — ${cell(r.environment)}`,
    '',
    `**Outcome** \`${r.outcome}\` · **${what}**${r.commit ? ` · commit \`${r.commit.slice(0, 12)}\`` : ''}${r.url ? ` · ${r.url}` : ''}`,
    '',
    cell(r.why),
    '',
    `**Plan** ${cell(r.plan.steps.join(' → '))} → verify \`${cell(r.plan.verify)}\` · ${cell(r.plan.rollback.reason)}`,
  ];
  if (r.steps.length > 0) {
    out.push(
      '',
      '| | Step | Status | Exit | Duration | Evidence |',
      '|---|---|---|---|---|---|',
      ...r.steps.map(stepRow),
    );
  }
  for (const e of r.steps) {
    if (e.kind !== 'command' || e.status === 'passed' || !e.output) continue;
    out.push(
      '',
      `<details><summary>Output of ${e.name} (${cell(e.detail ?? e.status)})</summary>`,
      '',
      fenced(e.output),
      '',
      '</details>',
    );
  }
  if (r.bundle)
    out.push(
      '',
      `Evidence bundle \`${r.bundle.id}\` (${r.bundle.files} files) — \`promotion-gate verify <dir> --bundle-id ${r.bundle.id}\``,
    );
  out.push(
    '',
    `<sub>promotion-gate ${r.tool.version} · ${r.kind} · ${r.startedAt} → ${r.finishedAt}</sub>`,
    '',
  );
  return out.join('\n');
}
