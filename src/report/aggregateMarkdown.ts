import type { EvidenceFormat } from '../checks/evidence/evidenceFile.js';
import { formatPercent } from '../core/format.js';
import type { Level } from '../core/types.js';

/** What `aggregate` decides: its report.json, and what this renders. */
/** `stale`: the evidence is older than the domain's maxAge. */
export type DomainStatus = 'passed' | 'not_passed' | 'missing' | 'stale';

export interface DomainResult {
  name: string;
  required: boolean;
  /** As given (relative to the working directory); null when no evidence was named. */
  path: string | null;
  sha256: string | null;
  size: number | null;
  format: EvidenceFormat | null;
  status: DomainStatus;
  detail: string;
  /** Where the copy lives in this bundle. */
  evidence: string | null;
}

export interface AggregateReport {
  schemaVersion: 1;
  kind: 'aggregate';
  tool: { name: 'promotion-gate'; version: string };
  release?: string;
  level: Level;
  /** Percent of required domains passed, 0–100. */
  score: number;
  blockers: string[];
  required: string[];
  releaseCandidateAt: number;
  domains: DomainResult[];
  generatedAt: string;
  bundle?: { id: string; manifest: string; files: number };
}

const ICON = { passed: '✅', not_passed: '❌', missing: '⛔', stale: '⌛' } as const;
const LEVEL = {
  ga_ready: '✅ GA ready',
  release_candidate: '🟡 Release candidate',
  blocked: '⛔ Blocked',
} as const;
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** The release review summary: the aggregate's report.md. */
export function renderAggregate(r: AggregateReport): string {
  const req = r.domains.filter((d) => d.required);
  const passed = req.filter((d) => d.status === 'passed').length;
  const out = [
    `## ${LEVEL[r.level]}${r.release ? ` — ${cell(r.release)}` : ''} · score ${formatPercent(r.score)}`,
    '',
    `**Level** \`${r.level}\` · **Required domains passed** ${passed}/${req.length} (release candidate at ≥ ${formatPercent(r.releaseCandidateAt)})`,
  ];
  if (r.blockers.length > 0) {
    out.push('', '### Blockers', '');
    for (const b of r.blockers) {
      const [domain, kind] = [b.slice(0, b.lastIndexOf('.')), b.slice(b.lastIndexOf('.') + 1)];
      const d = r.domains.find((x) => x.name === domain);
      const fix =
        kind === 'missing'
          ? 'run or upload the missing evidence artifact'
          : kind === 'stale'
            ? 'run the source workflow again: its evidence is older than the domain’s maxAge'
            : 'open the source workflow’s artifact and fix that domain, not the aggregator';
      out.push(`- \`${cell(b)}\` — ${cell(d?.detail ?? '')}; ${fix}`);
    }
  }
  out.push(
    '',
    '### Domains',
    '',
    '| | Domain | Required | Status | Evidence | SHA-256 | Detail |',
    '|---|---|---|---|---|---|---|',
  );
  for (const d of r.domains)
    out.push(
      `| ${ICON[d.status]} | \`${cell(d.name)}\` | ${d.required ? 'yes' : 'no'} | ${d.status} | ${d.path ? `\`${cell(d.path)}\`` : '–'} | ${d.sha256 ? `\`${d.sha256.slice(0, 16)}…\`` : '–'} | ${cell(d.detail)} |`,
    );
  out.push('', `<sub>promotion-gate ${r.tool.version} · aggregate · ${r.generatedAt}</sub>`, '');
  return out.join('\n');
}
