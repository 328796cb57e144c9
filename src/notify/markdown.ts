import { markdownText } from '../core/markdown.js';
import type { HotfixTracker } from '../core/types.js';
import type { Notice } from './message.js';

/** A notice as GitHub Markdown: the body of an incident issue or of a comment on one. */

const SYMBOL = { good: '✅', warning: '⚠️', bad: '⛔' } as const;
/** Reasons listed in an issue; the report has every one. */
const MAX_REASONS = 20;

const cell = (s: string) => markdownText(s).replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;
const when = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

export function noticeMarkdown(n: Notice): string {
  // Title, summary and reasons come from the run: file names, a staging service's answers.
  const lines = [`### ${SYMBOL[n.tone]} ${markdownText(n.title)}`, '', markdownText(n.summary), ''];
  const reasons = n.reasons.slice(0, MAX_REASONS);
  if (reasons.length > 0) {
    lines.push('| | Reason | Observed | Threshold |', '|---|---|---|---|');
    for (const r of reasons)
      lines.push(
        `| ${r.blocking ? '✖' : '•'} | ${cell(r.message)} | ${cell(r.observed ?? '')} | ${cell(r.threshold ?? '')} |`,
      );
    if (n.reasons.length > reasons.length)
      lines.push('', `_… ${n.reasons.length - reasons.length} more in the report._`);
    lines.push('');
  }
  const facts = [
    n.sha ? `**Commit** ${code(n.sha.slice(0, 12))}` : '',
    n.bundleId ? `**Bundle** ${code(n.bundleId)}` : '',
    when(n.at),
  ].filter(Boolean);
  lines.push(facts.join(' · '));
  if (n.links.length > 0) lines.push('', n.links.map((l) => `[${l.label}](${l.url})`).join(' · '));
  return `${lines.join('\n')}\n`;
}

/** The hotfix tracker's issue: what is due, by when, and what happens then. */
export function hotfixMarkdown(profile: string, t: HotfixTracker, autoPromoteAt: number): string {
  return [
    `### ⚠️ Hotfix required: ${profile}`,
    '',
    `A run of **${profile}** was promoted with a hotfix due on ${when(t.openedAt)}.`,
    t.deadline
      ? `Deadline: **${when(t.deadline)}**. After it, every run of ${profile} that still needs the hotfix holds.`
      : 'No deadline (decision.hotfixDeadline is off).',
    '',
    'Checks that need the hotfix:',
    '',
    ...t.checks.map((c) => `- ${code(c)}`),
    '',
    `This issue is closed when a run of ${profile} scores ${autoPromoteAt}/5 or more.`,
    '',
  ].join('\n');
}
