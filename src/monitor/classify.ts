import type { Classification, DegradedReason, MonitorRules, ProbeRow, TickRow } from './types.js';

/**
 * Folds a series into healthy, degraded or still watching. Pure and deterministic: the same rows
 * and rules give the same answer, whoever reads them back from whichever store.
 *
 * Rows are read as data that may be damaged (a store that was edited, a line cut short): a row
 * that is not a tick is skipped and named, and never counts as a failure — a degraded streak is
 * made of ticks that failed, not of garbage. A row that repeats or goes back to an earlier tick
 * number is skipped too, so a tick written twice (a retried append) counts once.
 *
 * The first tick at which a rule is met decides, and every rule met at that tick is a reason:
 * - consecutiveFailures: one probe failed this many ticks in a row (a skipped row neither breaks
 *   nor extends a run);
 * - errorRatio: the share of 5xx or unreachable answers over the window so far is strictly above
 *   it, once at least minRequests requests were made;
 * - latencyP95: the window's 95th percentile latency so far is above it, from minRequests on.
 */
export function classify(
  series: readonly unknown[],
  rules: MonitorRules,
  windowEnded: boolean,
): Classification {
  const skipped: Classification['skipped'] = [];
  const streaks = new Map<string, { count: number; from: number }>();
  const latencies: number[] = [];
  let requests = 0;
  let errors = 0;
  let ticks = 0;
  let lastTick = 0;
  let reasons: DegradedReason[] = [];

  const rows = Array.isArray(series) ? series : [];
  for (let index = 0; index < rows.length; index++) {
    const read = readTick(rows[index]);
    if (typeof read === 'string') {
      skipped.push({ index, why: read });
      continue;
    }
    if (read.tick <= lastTick) {
      skipped.push({
        index,
        why: `tick ${read.tick} comes after tick ${lastTick}: repeated or out of order`,
      });
      continue;
    }
    lastTick = read.tick;
    ticks++;
    requests += read.requests;
    errors += read.errors;
    latencies.push(...read.latenciesMs);
    for (const p of read.probes) {
      if (p.ok) streaks.delete(p.id);
      else {
        const s = streaks.get(p.id);
        streaks.set(p.id, s ? { count: s.count + 1, from: s.from } : { count: 1, from: read.tick });
      }
    }
    reasons = rulesMet(read.tick, rules, streaks, requests, errors, latencies);
    if (reasons.length > 0) break;
  }

  const p95 = percentile(latencies, 95);
  return {
    state: reasons.length > 0 ? 'degraded' : windowEnded ? 'healthy' : 'watching',
    reasons,
    ticks,
    requests,
    errors,
    errorRatio: requests > 0 ? errors / requests : null,
    latencyP95Ms: p95 ?? null,
    skipped,
  };
}

function rulesMet(
  tick: number,
  rules: MonitorRules,
  streaks: ReadonlyMap<string, { count: number; from: number }>,
  requests: number,
  errors: number,
  latencies: readonly number[],
): DegradedReason[] {
  const out: DegradedReason[] = [];
  for (const [probe, s] of streaks) {
    if (s.count < rules.consecutiveFailures) continue;
    out.push({
      rule: 'consecutiveFailures',
      tick,
      probe,
      observed: `${s.count} ticks in a row`,
      threshold: `${rules.consecutiveFailures} ticks in a row`,
      message: `probe ${probe} failed ${s.count} ticks in a row (ticks ${s.from}–${tick}), consecutiveFailures is ${rules.consecutiveFailures}`,
    });
  }
  const enough = requests >= rules.minRequests && requests > 0;
  if (enough && errors / requests > rules.errorRatio) {
    const share = percent(errors / requests);
    out.push({
      rule: 'errorRatio',
      tick,
      observed: `${share} (${errors} of ${requests} requests)`,
      threshold: `above ${percent(rules.errorRatio)} (from ${rules.minRequests} requests)`,
      message: `${share} of the window's answers were 5xx or unreachable by tick ${tick} (${errors} of ${requests} requests), above errorRatio ${percent(rules.errorRatio)}`,
    });
  }
  const p95 = percentile(latencies, 95);
  if (enough && rules.latencyP95Ms !== undefined && p95 !== undefined && p95 > rules.latencyP95Ms) {
    out.push({
      rule: 'latencyP95',
      tick,
      observed: `p95 ${ms(p95)} (${latencies.length} answers)`,
      threshold: `above ${ms(rules.latencyP95Ms)}`,
      message: `the window's p95 latency was ${ms(p95)} by tick ${tick} (${latencies.length} answers), above latencyP95 ${ms(rules.latencyP95Ms)}`,
    });
  }
  return out;
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The row as a tick, or why it is not one. */
export function readTick(row: unknown): TickRow | string {
  if (!isObject(row))
    return `not a tick: ${row === null ? 'null' : Array.isArray(row) ? 'a list' : typeof row}`;
  // Own members only: what a row inherits is no part of it.
  const own = (k: string): unknown => (Object.hasOwn(row, k) ? row[k] : undefined);
  const [tick, at, probes, requests, errors, latenciesMs] = [
    'tick',
    'at',
    'probes',
    'requests',
    'errors',
    'latenciesMs',
  ].map(own);
  if (!isCount(tick) || tick < 1) return 'not a tick: no tick number';
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at))) return `tick ${tick}: no time`;
  if (!isCount(requests) || !isCount(errors) || errors > requests)
    return `tick ${tick}: requests and errors are not counts (errors at most requests)`;
  if (
    !Array.isArray(latenciesMs) ||
    !latenciesMs.every((l) => typeof l === 'number' && Number.isFinite(l) && l >= 0)
  )
    return `tick ${tick}: latencies are not a list of times`;
  if (!Array.isArray(probes) || probes.length === 0) return `tick ${tick}: no probe results`;
  const read: ProbeRow[] = [];
  for (const p of probes) {
    const field = (k: string): unknown => (isObject(p) && Object.hasOwn(p, k) ? p[k] : undefined);
    const [id, ok, status, summary, sent, failed] = [
      'id',
      'ok',
      'status',
      'summary',
      'requests',
      'errors',
    ].map(field);
    if (typeof id !== 'string' || typeof ok !== 'boolean')
      return `tick ${tick}: a probe result without id or ok`;
    read.push({
      id,
      status: status as ProbeRow['status'],
      ok,
      summary: typeof summary === 'string' ? summary : '',
      requests: isCount(sent) ? sent : 0,
      errors: isCount(failed) ? failed : 0,
    });
  }
  return { tick, at, probes: read, requests, errors, latenciesMs: [...(latenciesMs as number[])] };
}

/** Nearest-rank percentile; undefined without values. */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

const percent = (share: number): string => `${Math.round(share * 10_000) / 100}%`;
const ms = (n: number): string => `${Math.round(n)}ms`;
