import { markdownText } from '../core/markdown.js';
import type { Report } from './types.js';

/**
 * "Changes in this promotion" (the release notes of the range, collapsed) and who approved the
 * run, for report.md, the job summary, the check run and the PR comment alike.
 */

const MAX_LISTED = 50;

/** Text from outside (a commit's subject and author) as text: no markup of its own, no mention. */
function esc(text: string): string {
  return markdownText(text).replace(/[`*_[\]|]/g, '\\$&');
}

/** `full`: with the list of commits; otherwise the one summary line (a report cut to fit). */
export function changesSection(r: Report, full: boolean): string[] {
  const c = r.changes;
  if (!c) return [];
  if ('error' in c) return ['', '### Changes in this promotion', '', `_No release notes: ${esc(c.error)}_`];
  const areas = c.areas.map((a) => `${a.name} (${a.files})`).join(', ');
  const summary = `${c.total} commit${c.total === 1 ? '' : 's'} · ${c.stat.files} file${c.stat.files === 1 ? '' : 's'} changed, +${c.stat.insertions} −${c.stat.deletions}${areas ? ` · ${areas}` : ''}`;
  const range = `\`${c.base.slice(0, 7)}..${c.head.slice(0, 7)}\``;
  const pulls = c.pullRequests.length
    ? ` · pull requests ${c.pullRequests.map((n) => `#${n}`).join(', ')}`
    : '';
  const out = ['', '### Changes in this promotion', '', `${range} · ${summary}${pulls}`];
  if (!full || c.commits.length === 0) return out;
  out.push('', `<details><summary>Commits and changed areas</summary>`, '');
  for (const commit of c.commits.slice(0, MAX_LISTED)) {
    const prs = commit.pulls?.length ? ` (${commit.pulls.map((n) => `#${n}`).join(', ')})` : '';
    out.push(
      `- \`${commit.sha.slice(0, 7)}\` ${esc(commit.subject)} — ${esc(commit.author)}${commit.merge && !prs ? ' (merge)' : prs}`,
    );
  }
  const notListed = c.total - Math.min(c.commits.length, MAX_LISTED);
  if (notListed > 0)
    out.push(`- … ${notListed} more commit(s)${c.omitted ? ` (report.json lists ${c.commits.length})` : ''}`);
  for (const a of c.areas)
    out.push(
      '',
      `**${esc(a.name)}** — ${a.files} file(s): ${a.examples.map((e) => `\`${e.replace(/`/g, "'")}\``).join(', ')}${a.files > a.examples.length ? ', …' : ''}`,
    );
  out.push('', '</details>');
  return out;
}

/** Who ran it, who approved its environments, and which revision's config judged it. */
export function governanceLines(r: Report): string[] {
  const lines: string[] = [];
  const cfg = r.config;
  // The checkout's config judging is the usual case; it is named only when the base was asked for.
  if (cfg && (cfg.source === 'base' || cfg.fallback)) {
    const at = cfg.revision ? ` at \`${cfg.revision.slice(0, 12)}\`` : '';
    lines.push(
      `- **Config** \`${esc(cfg.path)}\` of the ${cfg.source}${at} (${esc(cfg.why)})${cfg.fallback ? `: ${esc(cfg.fallback.message)}` : ''}`,
    );
  }
  const run = r.run;
  if (run?.actor) {
    const again =
      run.triggeringActor && run.triggeringActor !== run.actor
        ? `, re-run by ${esc(run.triggeringActor)}`
        : '';
    lines.push(`- **Run by** ${esc(run.actor)}${again}`);
  }
  for (const a of run?.approvals ?? [])
    lines.push(
      `- **${esc(a.state)}** by ${esc(a.user)} for ${a.environments.map(esc).join(', ')}${a.comment ? `: ${esc(a.comment)}` : ''}`,
    );
  if (run?.approvalsProblem) lines.push(`- _${esc(run.approvalsProblem)}_`);
  return lines.length ? ['', '### Governance', '', ...lines] : [];
}
