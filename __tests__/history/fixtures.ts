import type { RunSummary } from '../../src/history/types.js';

let seq = 0;

/** A run summary; `at` (minutes after a fixed start) orders runs. */
export function run(over: Partial<RunSummary> & { at?: number } = {}): RunSummary {
  const { at, ...rest } = over;
  const t = new Date(Date.UTC(2026, 2, 1, 12) + (at ?? seq++) * 60_000);
  return {
    schemaVersion: 1,
    profile: 'prod',
    runId: `run-${seq}-${Math.random().toString(36).slice(2, 6)}`,
    startedAt: new Date(t.getTime() - 30_000).toISOString(),
    finishedAt: t.toISOString(),
    verdict: 'promote',
    score: 5,
    action: 'auto-promote',
    level: 'ga_ready',
    hotfixChecks: [],
    checks: [],
    ...rest,
  };
}

/** A run whose benchmark check `kb` measured these metrics. */
export function benchRun(
  metrics: Record<string, number | null>,
  over: Partial<RunSummary> & { at?: number } = {},
): RunSummary {
  return run({
    ...over,
    checks: [{ id: 'kb', type: 'benchmark', status: 'pass', score: 5, metrics }],
  });
}
