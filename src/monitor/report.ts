import { formatDuration } from '../core/duration.js';
import type { Runner } from '../core/runner.js';
import type { MonitorPlan } from './plan.js';
import type {
  ActionTaken,
  Classification,
  MonitorOutcome,
  MonitorReport,
  ReactionRecord,
  TickRow,
} from './types.js';
import { shownInputs } from '../core/sensitive.js';

/** Why the window ended as it did, in one line, naming the rule, the tick and the values. */
export function whyOf(
  outcome: MonitorOutcome,
  taken: ActionTaken,
  c: Classification | undefined,
  o: { windowMs: number; stopReason?: string; lastTick?: number; problem?: string },
): string {
  switch (outcome) {
    case 'healthy':
      return `no rule met in the ${formatDuration(o.windowMs)} window: ${c?.ticks ?? 0} tick(s), ${c?.requests ?? 0} request(s), ${c?.errors ?? 0} 5xx or unreachable`;
    case 'degraded': {
      const reasons = c?.reasons ?? [];
      const first = reasons[0]?.message ?? 'a rule was met';
      const more = reasons.length > 1 ? ` (and ${reasons.length - 1} more rule(s))` : '';
      const after: Record<ActionTaken, string> = {
        none: 'reaction none: recorded only',
        alerted: 'an alert was raised',
        'rollback-ok': 'rolled back, and the verify after the rollback passed',
        'rollback-failed': 'the rollback failed: the environment is in an unknown state',
      };
      return `${first}${more}; ${after[taken]}`;
    }
    case 'interrupted':
      return `stopped${o.lastTick ? ` after tick ${o.lastTick}` : ' before the first tick'}${o.stopReason ? ` (${o.stopReason})` : ''}; started again, the monitor resumes the same window`;
    default:
      return `the window could not be judged: ${o.problem ?? 'the series could not be classified'}`;
  }
}

export interface MonitorMeta {
  version: string;
  deployment: string;
  git: { commit?: string; ref?: string };
  outcome: MonitorOutcome;
  taken: ActionTaken;
  why: string;
  window: MonitorReport['window'];
  classification: Classification;
  reaction?: ReactionRecord;
  series: TickRow[];
  store: MonitorReport['store'];
  problems: string[];
  inputs: Readonly<Record<string, string>>;
  runner: Runner;
  startedAt: Date;
  finishedAt: Date;
}

/** The report of a monitor, before redaction and sealing. */
export function buildMonitorReport(plan: MonitorPlan, m: MonitorMeta): MonitorReport {
  const { runner } = m;
  return {
    schemaVersion: 1,
    kind: 'monitor',
    tool: { name: 'promotion-gate', version: m.version },
    environment: plan.environment,
    ...(plan.url ? { url: plan.url } : {}),
    deployment: m.deployment,
    ...m.git,
    outcome: m.outcome,
    status: m.outcome === 'healthy' ? 'passed' : 'failed',
    actionTaken: m.taken,
    why: m.why,
    window: m.window,
    probes: plan.probes.map((p) => p.id),
    rules: plan.rules,
    classification: m.classification,
    ...(m.reaction ? { reaction: m.reaction } : {}),
    series: m.series,
    store: m.store,
    problems: m.problems,
    inputs: shownInputs(m.inputs),
    ...(runner.runId
      ? {
          run: {
            id: runner.runId,
            attempt: String(runner.runAttempt),
            repository: runner.repository,
            event: runner.eventName,
            url: runner.runUrl,
          },
        }
      : {}),
    startedAt: m.startedAt.toISOString(),
    finishedAt: m.finishedAt.toISOString(),
    durationMs: m.finishedAt.getTime() - m.startedAt.getTime(),
  };
}

/** One line per tick for the log: each probe, the counts, and what the window says so far. */
export function tickLine(row: TickRow, c: Classification | undefined): string {
  const probes = row.probes.map((p) => `${p.ok ? '✔' : '✖'} ${p.id}`).join('  ');
  const so = c
    ? c.state === 'degraded'
      ? `DEGRADED: ${c.reasons.map((x) => x.message).join('; ')}`
      : `${c.requests} requests, ${c.errors} 5xx or unreachable so far`
    : 'not classified (see the problems in the report)';
  return `tick ${row.tick} ${row.at.slice(11, 19)}  ${probes}  — ${row.requests} request(s), ${row.errors} 5xx or unreachable; ${so}`;
}

/** What a person must act on now, if anything: a degraded environment left as it is, a failed rollback. */
export function alertOf(
  environment: string,
  deployment: string,
  outcome: MonitorOutcome,
  taken: ActionTaken,
  why: string,
): string | undefined {
  if (outcome !== 'degraded' || taken === 'rollback-ok') return undefined;
  if (taken === 'rollback-failed')
    return `${environment}: the rollback after the degraded window failed; the environment is in an unknown state`;
  return `${environment} is degraded after the deploy of ${deployment.slice(0, 12)}: ${why}`;
}
