import { randomBytes } from 'node:crypto';
import { errorMessage } from '../core/errors.js';
import { Redactor } from '../core/redact.js';
import type { Metrics } from '../core/types.js';
import type { Report } from '../report/types.js';
import type { HistoryRead, HistoryStore, HistoryView, RunSummary } from './types.js';
import { readRunner } from '../core/runner.js';

/**
 * A run's id: on GitHub the workflow run and attempt (so `history invalidate` can name a run
 * from its URL); elsewhere the start time and a random suffix.
 */
export function newRunId(env: Readonly<Record<string, string | undefined>>, startedAt: Date): string {
  const runner = readRunner(env);
  if (runner.runId) return `${runner.runId}.${runner.runAttempt}`;
  const stamp = startedAt
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `${stamp}-${randomBytes(3).toString('hex')}`;
}

function cleanMetrics(m: Metrics): Metrics {
  const out: Metrics = {};
  for (const [k, v] of Object.entries(m)) out[k] = typeof v === 'number' && !Number.isFinite(v) ? null : v;
  return out;
}

function gatedSha(report: Report): string | undefined {
  const range = report.git.range;
  return range && 'head' in range && range.head ? range.head : report.git.sha;
}

/**
 * What history keeps of a sealed report: the verdict and each check's numbers. The report comes
 * redacted from the seal; credentials in URL shapes (metric names are often URLs) are masked
 * here once more, since a record outlives the run — in a pushed branch or an artifact.
 */
export function runSummaryOf(report: Report, runId: string): RunSummary {
  return new Redactor().redactDeep<RunSummary>({
    schemaVersion: 1,
    profile: report.profile,
    runId,
    startedAt: report.startedAt,
    finishedAt: report.finishedAt,
    verdict: report.verdict,
    score: report.score,
    action: report.action,
    level: report.level,
    // The commit the release was gated at: the diff's head when a range was resolved (a --head
    // other than the checkout), so the next run's diff starts where this promotion ended.
    ...(gatedSha(report) ? { sha: gatedSha(report) } : {}),
    ...(report.git.ref ? { ref: report.git.ref } : {}),
    ...(report.bundle ? { bundleId: report.bundle.id } : {}),
    ...(report.run?.url ? { url: report.run.url } : {}),
    blockers: report.blockers,
    ratchetTriggered: report.ratchetTriggered,
    hotfixChecks: report.hotfixChecks,
    ...(report.hotfix ? { hotfix: report.hotfix } : {}),
    checks: report.checks.map((c) => ({
      id: c.id,
      type: c.type,
      status: c.status,
      score: c.score,
      metrics: cleanMetrics(c.metrics),
    })),
  });
}

/** The newest valid run: what the hotfix ratchet compares with. */
export function previousRun(runs: readonly RunSummary[]): RunSummary | undefined {
  for (let i = runs.length - 1; i >= 0; i--) if (!runs[i]!.invalid) return runs[i];
  return undefined;
}

/** A profile's history read once and shared by the checks and the decision; never rejects. */
export function historyView(store: HistoryStore, profile: string): HistoryView {
  let pending: Promise<HistoryRead> | undefined;
  return {
    describe: () => store.describe(),
    read() {
      pending ??= store.list(profile).catch((err: unknown) => ({
        runs: [],
        problems: [`${store.describe()}: ${errorMessage(err)}`],
      }));
      return pending;
    },
  };
}
