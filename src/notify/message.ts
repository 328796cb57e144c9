import type { NotifyEvent } from '../config/notify.js';
import type { Reason } from '../core/types.js';
import type { DeployReport } from '../deploy/types.js';
import type { Transition } from '../history/types.js';
import type { Report } from '../report/types.js';

/**
 * What one notification says, before it is shaped for Slack, Teams or plain JSON: the events,
 * a title, the verdict with its reasons (observed value and threshold), and where to look.
 */
export interface Notice {
  /** Filled per webhook: the events of this run it asked for. */
  events: NotifyEvent[];
  title: string;
  /** For colours: good (promote), warning (degraded), bad (hold, rollback, failed drill). */
  tone: 'good' | 'warning' | 'bad';
  /** One line under the title. */
  summary: string;
  subject: { kind: 'gate'; profile: string } | { kind: 'deploy' | 'drill'; environment: string };
  verdict?: string;
  action?: string;
  score?: number;
  level?: string;
  outcome?: string;
  transition?: { from: string; to: string; previousRun: string };
  reasons: NoticeReason[];
  /** Label → URL: workflow run, check run, evidence artifact, incident issue. */
  links: NoticeLink[];
  sha?: string;
  bundleId?: string;
  at: string;
}

export interface NoticeReason {
  message: string;
  blocking: boolean;
  check?: string;
  observed?: string;
  threshold?: string;
}

export interface NoticeLink {
  label: string;
  url: string;
}

/** The events a gate run raises: it turned, it holds, or it promoted with a hotfix due. */
export function gateEvents(
  report: Pick<Report, 'verdict' | 'action'>,
  transition?: Transition,
): NotifyEvent[] {
  const events: NotifyEvent[] = [];
  if (transition) events.push('transition');
  if (report.verdict === 'hold') events.push('hold');
  if (report.action === 'promote-with-hotfix') events.push('degraded');
  return events;
}

const said = (verdict: string, action: string) =>
  verdict === 'hold' ? 'HOLD' : action === 'promote-with-hotfix' ? 'PROMOTE with hotfix' : 'PROMOTE';

function toneOf(report: Pick<Report, 'verdict' | 'action'>): Notice['tone'] {
  if (report.verdict === 'hold') return 'bad';
  return report.action === 'promote-with-hotfix' ? 'warning' : 'good';
}

/** Blocking reasons first, then the rest but history notes (they are about the tool, not the release). */
function reasonsOf(reasons: readonly Reason[]): NoticeReason[] {
  const ordered = [...reasons.filter((r) => r.blocking), ...reasons.filter((r) => !r.blocking)];
  return ordered
    .filter((r) => r.blocking || r.kind !== 'history')
    .map((r) => ({
      message: r.message,
      blocking: r.blocking,
      ...(r.check ? { check: r.check } : {}),
      ...(r.observed ? { observed: r.observed } : {}),
      ...(r.threshold ? { threshold: r.threshold } : {}),
    }));
}

/** The notice for a gate run (the report is redacted already: it comes sealed). */
export function gateNotice(report: Report, transition: Transition | undefined, links: NoticeLink[]): Notice {
  const now = said(report.verdict, report.action);
  const title = transition
    ? `${report.profile}: ${said(transition.from.verdict, transition.from.action)} → ${now}`
    : `${report.profile}: ${now}`;
  return {
    events: [],
    title,
    tone: toneOf(report),
    summary: `score ${report.score}/5, ${report.action}, level ${report.level}${transition ? ` (was ${transition.from.action} ${transition.from.score}/5 in run ${transition.from.runId})` : ''}`,
    subject: { kind: 'gate', profile: report.profile },
    verdict: report.verdict,
    action: report.action,
    score: report.score,
    level: report.level,
    ...(transition
      ? {
          transition: {
            from: transition.from.action,
            to: transition.to.action,
            previousRun: transition.from.runId,
          },
        }
      : {}),
    reasons: reasonsOf(report.reasons),
    links,
    ...(report.git.range && 'head' in report.git.range && report.git.range.head
      ? { sha: report.git.range.head }
      : report.git.sha
        ? { sha: report.git.sha }
        : {}),
    ...(report.bundle ? { bundleId: report.bundle.id } : {}),
    at: report.finishedAt,
  };
}

/** The events a deploy or a drill raises: a rollback, or a drill that did not pass. */
export function deployEvents(report: Pick<DeployReport, 'kind' | 'outcome'>): NotifyEvent[] {
  if (report.kind === 'deploy')
    return report.outcome === 'rolled-back' || report.outcome === 'rollback-failed' ? ['rollback'] : [];
  return report.outcome === 'failed' || report.outcome === 'rollback-failed' ? ['drill-failed'] : [];
}

/** The notice for a deploy or drill record (redacted already: it comes sealed). */
export function deployNotice(report: DeployReport, links: NoticeLink[], alert?: string): Notice {
  const what = report.kind === 'drill' ? `rollback drill of ${report.environment}` : report.environment;
  const failedSteps = report.steps.filter((s) => s.status !== 'passed' && s.status !== 'planned');
  return {
    events: [],
    title: `${what}: ${report.outcome.toUpperCase().replace('-', ' ')}`,
    tone: report.outcome === 'rolled-back' ? 'warning' : 'bad',
    summary: report.why,
    subject: { kind: report.kind, environment: report.environment },
    outcome: report.outcome,
    reasons: [
      ...(alert ? [{ message: alert, blocking: true }] : []),
      ...failedSteps.map((s) => ({
        message: `${s.name}: ${s.detail ?? s.status}`,
        blocking: true,
        check: s.name,
        observed: s.status,
        threshold: 'passed',
      })),
    ],
    links: report.run?.url ? [{ label: 'Workflow run', url: report.run.url }, ...links] : links,
    ...(report.commit ? { sha: report.commit } : {}),
    ...(report.bundle ? { bundleId: report.bundle.id } : {}),
    at: report.finishedAt,
  };
}
