import type { RunSummary } from './types.js';

/** The numeric values one check recorded in earlier runs, oldest first; runs without it are skipped. */
export function metricSeries(
  runs: readonly RunSummary[],
  checkId: string,
  metric: string,
): { run: RunSummary; value: number }[] {
  const out: { run: RunSummary; value: number }[] = [];
  for (const run of runs) {
    if (run.invalid) continue;
    const v = run.checks.find((c) => c.id === checkId)?.metrics[metric];
    if (typeof v === 'number' && Number.isFinite(v)) out.push({ run, value: v });
  }
  return out;
}
