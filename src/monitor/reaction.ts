import type { MonitorReaction } from '../config/environments.js';
import type { NotifyEvent } from '../config/notify.js';
import type { StepEntry } from '../deploy/types.js';
import type { Notice } from '../notify/message.js';
import { rollbackTaken } from './decide.js';
import type { ActionTaken, AlertRecord, Classification } from './types.js';

/**
 * What a degraded window does, once decided: `none` records only; `alert` raises the alert (an
 * incident issue and the `notify:` webhooks; the job summary, a failing check run and the exit
 * code say it in any case); `rollback` runs the rollback step and then the verify profile, and
 * alerts when either fails — the environment's state is then unknown, which a person must hear.
 */

export interface ReactionRunners {
  /** The rollback step; its entry says how it ended. */
  rollback(): Promise<StepEntry>;
  /** The verify profile after the rollback. */
  verify(): Promise<StepEntry>;
  /** Raises the alert for `events` (a hook: issue and webhooks as far as they are set up). */
  alert(events: NotifyEvent[], taken: ActionTaken): Promise<AlertRecord>;
}

export interface ReactionResult {
  taken: ActionTaken;
  steps: StepEntry[];
  alert?: AlertRecord;
}

export async function react(decided: MonitorReaction, run: ReactionRunners): Promise<ReactionResult> {
  if (decided === 'none') return { taken: 'none', steps: [] };
  if (decided === 'alert')
    return { taken: 'alerted', steps: [], alert: await run.alert(['degraded'], 'alerted') };
  const steps: StepEntry[] = [];
  const r = await run.rollback();
  steps.push(r);
  let taken = rollbackTaken(r.kind === 'command' && r.status !== 'interrupted' ? r.exitCode : null);
  if (taken === 'rollback-ok') {
    const v = await run.verify();
    steps.push(v);
    if (v.status !== 'passed') taken = 'rollback-failed';
  }
  return { taken, steps, alert: await run.alert(['degraded', 'rollback'], taken) };
}

/** The notice webhooks and the incident issue carry (the report is redacted before it is made). */
export function monitorNotice(o: {
  environment: string;
  deployment: string;
  commit?: string;
  why: string;
  taken: ActionTaken;
  classification: Classification;
  links: { label: string; url: string }[];
  at: string;
}): Omit<Notice, 'events'> {
  const what: Record<ActionTaken, string> = {
    none: 'DEGRADED after deploy',
    alerted: 'DEGRADED after deploy',
    'rollback-ok': 'DEGRADED after deploy, rolled back',
    'rollback-failed': 'DEGRADED after deploy, ROLLBACK FAILED',
  };
  return {
    title: `${o.environment}: ${what[o.taken]}`,
    tone: o.taken === 'rollback-ok' ? 'warning' : 'bad',
    summary: o.why,
    subject: { kind: 'deploy', environment: o.environment },
    outcome: 'degraded',
    reasons: o.classification.reasons.map((r) => ({
      message: r.message,
      blocking: true,
      check: r.probe ?? r.rule,
      observed: r.observed,
      threshold: r.threshold,
    })),
    links: o.links,
    ...(o.commit ? { sha: o.commit } : {}),
    at: o.at,
  };
}
