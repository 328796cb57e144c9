import type { GatePlan } from '../config/types.js';
import type { CheckResult, Decision } from '../core/types.js';
import type { Report } from './types.js';
import { shownInputs } from '../core/sensitive.js';

export interface ReportMeta {
  version: string;
  startedAt: Date;
  finishedAt: Date;
  git: Report['git'];
  run?: Report['run'];
  config?: Report['config'];
  changes?: Report['changes'];
  inputs: Record<string, string>;
}

export function buildReport(
  plan: GatePlan,
  results: CheckResult[],
  decision: Decision,
  meta: ReportMeta,
): Report {
  const counts = { pass: 0, warn: 0, fail: 0, error: 0, skipped: 0, total: results.length };
  for (const r of results) counts[r.status]++;
  const inputs = shownInputs(meta.inputs);
  return {
    schemaVersion: 1,
    tool: { name: 'promotion-gate', version: meta.version },
    profile: plan.profile,
    lineage: plan.lineage,
    ...decision,
    checks: results,
    counts,
    git: meta.git,
    ...(meta.run ? { run: meta.run } : {}),
    ...(meta.config ? { config: meta.config } : {}),
    ...(meta.changes ? { changes: meta.changes } : {}),
    inputs,
    startedAt: meta.startedAt.toISOString(),
    finishedAt: meta.finishedAt.toISOString(),
    durationMs: meta.finishedAt.getTime() - meta.startedAt.getTime(),
  };
}
