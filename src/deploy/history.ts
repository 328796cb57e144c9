import type { Logger } from '../adapters/logger.js';
import { errorMessage } from '../core/errors.js';
import type { CheckStatus } from '../core/types.js';
import type { HistoryStore, RunSummary } from '../history/types.js';
import type { DeployKind, DeployReport, StepEntry } from './types.js';

/**
 * Deploys and drills are kept in the same history stores as gate runs, as run summaries under a
 * key no profile can have (`deploy:<environment>`, `drill:<environment>`: profile names never
 * hold a colon), with their own `kind` and `outcome`. Every store keeps them as it keeps runs;
 * `history list --profile drill:staging` lists them.
 */
export function historyKey(kind: DeployKind, environment: string): string {
  return `${kind}:${environment}`;
}

function stepStatus(e: StepEntry): CheckStatus {
  switch (e.status) {
    case 'passed':
      return 'pass';
    case 'failed':
    case 'forced-failed':
      return 'fail';
    case 'planned':
      return 'skipped';
    default:
      return 'error';
  }
}

export function deploySummaryOf(r: DeployReport, runId: string): RunSummary {
  const passed = r.status === 'passed';
  return {
    schemaVersion: 1,
    profile: historyKey(r.kind, r.environment),
    runId,
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
    verdict: passed ? 'promote' : 'hold',
    score: passed ? 5 : 1,
    action: passed ? 'auto-promote' : 'hold',
    level: passed ? 'ga_ready' : 'blocked',
    ...(r.commit ? { sha: r.commit } : {}),
    ...(r.ref ? { ref: r.ref } : {}),
    ...(r.bundle ? { bundleId: r.bundle.id } : {}),
    ...(r.run?.url ? { url: r.run.url } : {}),
    blockers: passed ? [] : [`${r.kind}.${r.outcome}`],
    hotfixChecks: [],
    checks: r.steps.map((e) => ({
      id: e.name,
      type: e.kind === 'command' ? 'step' : 'verify',
      status: stepStatus(e),
      score: e.status === 'passed' ? 5 : 1,
      metrics: {
        durationMs: e.durationMs ?? null,
        ...(e.kind === 'command' ? { exitCode: e.exitCode ?? null } : { bundleId: e.bundleId ?? null }),
      },
    })),
    kind: r.kind,
    environment: r.environment,
    outcome: r.outcome,
  };
}

export interface DeployHistory {
  store: string;
  key: string;
  runId: string;
  appended: boolean;
  problems: string[];
}

/** Appends the sealed record; a store that fails is reported, never fatal. */
export async function recordDeploy(
  store: HistoryStore,
  report: DeployReport,
  runId: string,
  logger: Logger,
  keep?: number,
): Promise<DeployHistory> {
  const key = historyKey(report.kind, report.environment);
  const out: DeployHistory = { store: store.describe(), key, runId, appended: false, problems: [] };
  try {
    await store.append(deploySummaryOf(report, runId), keep !== undefined ? { keep } : {});
    out.appended = true;
  } catch (err) {
    const problem = `cannot record ${report.kind} ${runId} in ${store.describe()}: ${errorMessage(err)}`;
    out.problems.push(problem);
    logger.warn(problem);
  }
  return out;
}
