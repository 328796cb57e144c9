import { classifyApiError, describeApiFailure } from '../github/errors.js';
import {
  type IssueDeps,
  type IssueOutcome,
  raiseIncident,
  raiseIssue,
  resolveIncident,
  resolveIssue,
} from '../github/issues.js';
import { hotfixMarkdown, noticeMarkdown } from '../notify/markdown.js';
import { gateNotice, type NoticeLink } from '../notify/message.js';
import type { GateRun } from './gate.js';

/**
 * The watch's GitHub face: the incident issue follows the transitions, the "hotfix required"
 * issue follows the tracker in history. Each step stands alone: a token that may not write
 * issues skips it with what to grant, a failure is reported, and neither throws.
 */

export interface IssueStep {
  what: 'incident' | 'hotfix issue';
  state: 'done' | 'skipped' | 'failed';
  detail: string;
  issue?: { number: number; url: string };
}

export type IssueSink = IssueDeps | { skipped: string };

/** One GitHub step on its own: a refusal or an outage becomes its outcome, never an exception. */
async function step(
  what: IssueStep['what'],
  issues: IssueSink,
  fn: (d: IssueDeps) => Promise<IssueOutcome>,
): Promise<IssueStep> {
  if ('skipped' in issues) return { what, state: 'skipped', detail: issues.skipped };
  try {
    const r = await fn(issues);
    return { what, state: 'done', detail: r.detail, ...(r.issue ? { issue: r.issue } : {}) };
  } catch (err) {
    const f = classifyApiError(err);
    if (f.kind === 'forbidden')
      return {
        what,
        state: 'skipped',
        detail: `the token may not write issues (${describeApiFailure(f)}); grant the job permissions: issues: write`,
      };
    return { what, state: 'failed', detail: describeApiFailure(f) };
  }
}

export async function syncIssues(
  sink: IssueSink,
  /** Without history every run would open a new tracker with a new deadline: none is kept then. */
  withHistory: boolean,
  gate: GateRun,
  links: NoticeLink[],
  runKey: string,
): Promise<IssueStep[]> {
  const report = gate.report;
  const transition = gate.history?.transition;
  const profile = report.profile;
  const out: IssueStep[] = [];
  if (transition && transition.to.verdict !== transition.from.verdict) {
    const body = noticeMarkdown(gateNotice(report, transition, links));
    out.push(
      await step('incident', sink, (d) =>
        transition.to.verdict === 'hold'
          ? raiseIncident(d, {
              key: `incident:${profile}`,
              title: `promotion-gate: ${profile} holds (score ${report.score}/5)`,
              body,
              runKey,
            })
          : resolveIncident(d, { key: `incident:${profile}`, body, runKey }),
      ),
    );
  }
  const hotfix = report.hotfix;
  if (hotfix && withHistory) {
    const key = `hotfix:${profile}`;
    out.push(
      await step('hotfix issue', sink, (d) =>
        hotfix.state === 'open'
          ? raiseIssue(d, {
              key,
              title: `promotion-gate: hotfix required for ${profile}${hotfix.deadline ? ` by ${hotfix.deadline.slice(0, 16).replace('T', ' ')} UTC` : ''}`,
              body: hotfixMarkdown(profile, hotfix, gate.plan.policy.autoPromoteAt),
              runKey,
              whenOpen: 'edit',
            })
          : resolveIssue(d, {
              key,
              body: `✅ Hotfix done: ${profile} scored ${report.score}/5 (${report.action}).\n\n${links.map((l) => `[${l.label}](${l.url})`).join(' · ')}\n`,
              runKey,
            }),
      ),
    );
  }
  return out;
}
