import { formatDuration, formatNumber } from '../core/format.js';
import { codeSpan, markdownText } from '../core/markdown.js';
import type { CheckResult, CheckStatus, Finding } from '../core/types.js';
import { changesSection, governanceLines } from './changesMarkdown.js';
import { holdCause } from './headline.js';
import type { Report } from './types.js';

export interface RenderOptions {
  /** Maximum characters; the report degrades (passing details first) to fit. */
  budget?: number;
  /** Where the full report lives, named when details are dropped. */
  fullReportHint?: string;
}

const ICON: Record<CheckStatus, string> = { pass: '✅', warn: '⚠️', fail: '❌', error: '❗', skipped: '⏭️' };
const MAX_FINDINGS_PER_CHECK = 50;

const esc = markdownText;

function cell(text: string): string {
  return esc(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function oneLine(text: string, max = 300): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** `` `blocked` — auth (hard) failed ``: the level, and what keeps it below ga_ready. */
function levelText(r: Report): string {
  const why = r.levelReasons ?? [];
  return `\`${r.level}\`${why.length ? ` — ${esc(why.join('; '))}` : ''}`;
}

function header(r: Report): string[] {
  const verdict = r.verdict === 'promote' ? `✅ Promote` : `⛔ Hold`;
  // A hold names what holds it before anything else; a promotion says how it promotes.
  const cause = r.verdict === 'hold' ? holdCause(r) : undefined;
  const lead = cause ? ` · ${esc(cause)}` : '';
  const action = r.verdict === 'promote' ? ` · ${r.action}` : '';
  const capped =
    r.uncappedScore !== undefined
      ? ` · **Score** ${r.score}/5, capped at the hold line while a hard or required check fails (${r.uncappedScore}/5 without the cap)`
      : '';
  const c = r.counts;
  const parts = [
    `${c.pass} passed`,
    c.warn ? `${c.warn} warning${c.warn === 1 ? '' : 's'}` : '',
    c.fail ? `${c.fail} failed` : '',
    c.error ? `${c.error} could not run` : '',
    c.skipped ? `${c.skipped} skipped` : '',
  ].filter(Boolean);
  const checks = `**Checks** ${c.total}: ${parts.join(', ')} · **Time** ${formatDuration(r.durationMs)}${
    r.bundle ? ` · **Bundle** \`${r.bundle.id.slice(0, 19)}…\`` : ''
  }`;
  const level = `**Level** ${levelText(r)}${capped}`;
  // What lowers the level or caps the score gets a line of its own; a clean run, one line.
  const explained = (r.levelReasons?.length ?? 0) > 0 || capped !== '';
  const lines = [
    `## ${verdict} — ${esc(r.profile)}${lead} · score ${r.score}/5${action} · level ${r.level}`,
    '',
    ...(explained ? [level, '', checks] : [`${level} · ${checks}`]),
  ];
  if (r.ratchetTriggered) {
    lines.push(
      '',
      '> [!CAUTION]',
      '> **Hotfix ratchet:** checks that needed a hotfix in the last run still fail. Fix them before promoting.',
    );
  } else if (r.action === 'promote-with-hotfix') {
    lines.push(
      '',
      '> [!WARNING]',
      `> **Promote with hotfix:** a hotfix is due before the next promotion for ${r.hotfixChecks.map((c) => `\`${c}\``).join(', ')}; if the same checks fail again, the next run holds.`,
    );
  }
  return lines;
}

function reasons(r: Report): string[] {
  if (r.reasons.length === 0) return [];
  const out = ['', '### Reasons', ''];
  for (const x of r.reasons)
    out.push(`- ${x.blocking ? '**Blocking** — ' : ''}${esc(oneLine(x.message, 500))}`);
  return out;
}

function checksTable(checks: CheckResult[], omittedPassing: number): string[] {
  const out = [
    '',
    '### Checks',
    '',
    '| | Check | Type | Enforcement | Category | Score | Time | Summary |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const c of checks) {
    const score = c.status === 'skipped' ? '–' : `${c.score}/5`;
    const name = c.title ? `${cell(c.title)} (\`${c.id}\`)` : `\`${c.id}\``;
    out.push(
      `| ${ICON[c.status]} | ${name} | ${c.type} | ${c.enforcement} | ${cell(c.category)} | ${score} | ${formatDuration(c.durationMs)} | ${cell(oneLine(c.summary, 200))} |`,
    );
  }
  if (omittedPassing > 0) out.push('', `_${omittedPassing} passing check(s) not shown._`);
  return out;
}

function categoriesTable(r: Report): string[] {
  // Every category at 5/5 says nothing the score does not.
  if (r.categories.every((c) => c.rawMin >= 5)) return [];
  const out = [
    '',
    '### Score by category',
    '',
    '| Category | Weight | Lowest raw | Effective | Limited by |',
    '|---|---|---|---|---|',
  ];
  for (const c of r.categories)
    out.push(
      `| ${cell(c.name)} | ${formatNumber(c.weight)} | ${c.rawMin}/5 | ${formatNumber(c.effective)} | ${c.limitingCheck ? `\`${c.limitingCheck}\`` : '–'} |`,
    );
  return out;
}

function waiversTable(r: Report): string[] {
  if (r.waivers.length === 0) return [];
  const out = ['', '### Waivers', '', '| Check | State | Expires | By | Reason |', '|---|---|---|---|---|'];
  for (const w of r.waivers)
    out.push(
      `| \`${w.check}\` | ${w.state} | ${w.expires} | ${cell(w.by)} | ${cell(oneLine(w.reason, 200))} |`,
    );
  return out;
}

/**
 * A finding that only repeats its check's summary (a check with one problem often says it in
 * both), which the checks table already shows.
 */
export function repeatsSummary(f: Finding, summary: string): boolean {
  const message = f.message.split('\n')[0]!.trim();
  return message !== '' && summary.includes(message) && (!f.file || summary.includes(f.file));
}

function findingsBlock(checks: CheckResult[]): string[] {
  const withFindings = checks
    .map((c) => ({ c, findings: c.findings.filter((f) => !repeatsSummary(f, c.summary)) }))
    .filter((x) => x.findings.length > 0);
  if (withFindings.length === 0) return [];
  const out = ['', '### Findings'];
  for (const { c, findings } of withFindings) {
    out.push(
      '',
      `<details${c.status === 'fail' || c.status === 'error' ? ' open' : ''}><summary>${ICON[c.status]} <code>${esc(c.id)}</code> — ${findings.length} finding${findings.length === 1 ? '' : 's'}</summary>`,
      '',
    );
    for (const f of findings.slice(0, MAX_FINDINGS_PER_CHECK)) {
      const at = f.file ? `${codeSpan(`${f.file}${f.line ? `:${f.line}` : ''}`)} ` : '';
      const mark = f.level === 'failure' ? '' : `_${f.level}_ `;
      out.push(`- ${mark}${at}${esc(oneLine(f.message, 400))}`);
    }
    if (findings.length > MAX_FINDINGS_PER_CHECK)
      out.push(`- … ${findings.length - MAX_FINDINGS_PER_CHECK} more in report.json`);
    out.push('', '</details>');
  }
  return out;
}

function footer(r: Report): string[] {
  const chain = r.lineage.length > 1 ? ` (${r.lineage.map(esc).join(' → ')})` : '';
  const sha = r.git.sha ? ` · commit \`${r.git.sha.slice(0, 12)}\`` : '';
  return [
    '',
    `<sub>promotion-gate ${r.tool.version} · profile ${esc(r.profile)}${chain}${sha} · ${r.startedAt}</sub>`,
    '',
  ];
}

/**
 * The line the seal adds at the end of report.md once the bundle id is known. The id is the
 * digest of a manifest that lists report.md, so the manifest digests the file without this line,
 * and verify requires the line to be exactly this one for the bundle the manifest makes.
 */
export function bundleTrailer(id: string): string {
  return `\n<sub>evidence bundle \`${id}\` · check it: \`npx promotion-gate verify <folder> --bundle-id ${id}\`</sub>\n`;
}

const notPassing = (c: CheckResult) => c.status !== 'pass' && c.status !== 'skipped';

/** Renders the report; under a budget it drops passing details first, then truncates. */
export function renderMarkdown(report: Report, opts: RenderOptions = {}): string {
  const budget = opts.budget ?? Number.POSITIVE_INFINITY;
  const hint = opts.fullReportHint ?? 'report.md in the evidence bundle';
  const attempts: (() => string[])[] = [
    () => [
      ...header(report),
      ...reasons(report),
      ...checksTable(report.checks, 0),
      ...categoriesTable(report),
      ...waiversTable(report),
      ...findingsBlock(report.checks),
      ...changesSection(report, true),
      ...governanceLines(report),
      ...footer(report),
    ],
    () => [
      ...header(report),
      ...reasons(report),
      ...checksTable(report.checks, 0),
      ...categoriesTable(report),
      ...waiversTable(report),
      ...findingsBlock(report.checks.filter(notPassing)),
      '',
      `_Findings of passing checks are left out here; see ${hint}._`,
      ...changesSection(report, true),
      ...governanceLines(report),
      ...footer(report),
    ],
    () => {
      const shown = report.checks.filter(notPassing);
      return [
        ...header(report),
        ...reasons(report),
        ...checksTable(shown, report.checks.length - shown.length),
        ...categoriesTable(report),
        ...findingsBlock(shown),
        '',
        `_Shortened to fit; the full report is ${hint}._`,
        ...changesSection(report, false),
        ...governanceLines(report),
        ...footer(report),
      ];
    },
  ];
  for (const attempt of attempts) {
    const text = attempt().join('\n');
    if (text.length <= budget) return text;
  }
  const note = `\n\n_… truncated to fit ${budget} characters; the full report is ${hint}._\n`;
  const text = attempts[attempts.length - 1]!().join('\n');
  let cut = text.slice(0, Math.max(0, budget - note.length));
  // Do not leave a half-open <details> or a broken line.
  cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')));
  if ((cut.match(/<details/g) ?? []).length > (cut.match(/<\/details>/g) ?? []).length)
    cut += '\n\n</details>';
  return (cut + note).slice(0, budget);
}
