import type { HttpClient } from '../adapters/http.js';
import type { Logger } from '../adapters/logger.js';
import type { NotifyEvent } from '../config/notify.js';
import { errorMessage } from '../core/errors.js';
import type { Redactor } from '../core/redact.js';
import { classifyApiError, describeApiFailure } from '../github/errors.js';
import { type IssueDeps, raiseIncident, resolveIncident } from '../github/issues.js';
import { noticeMarkdown } from '../notify/markdown.js';
import type { Notice } from '../notify/message.js';
import type { PlannedWebhook } from '../notify/plan.js';
import { describeDelivery, sendNotices } from '../notify/send.js';
import type { AlertRecord } from './types.js';

/** Where incidents go on GitHub, or why they cannot. */
export type IssueSink = IssueDeps | { skipped: string };

export interface AlertDeps {
  issues: IssueSink;
  webhooks: readonly PlannedWebhook[];
  http: HttpClient;
  redactor: Pick<Redactor, 'redact'>;
  logger: Logger;
  /** The run raising it: a re-run of the same run comments nothing twice. */
  runKey: string;
  signal?: AbortSignal;
}

/**
 * The alert of a degraded window: the incident issue `monitor:<environment>` (opened, or
 * commented on when open) and the webhooks that asked for the events. Each part stands alone and
 * none throws: what could not be told is in the record, and the job summary, the check run and
 * the exit code tell it anyway.
 */
export async function raiseAlert(
  environment: string,
  notice: Omit<Notice, 'events'>,
  events: NotifyEvent[],
  d: AlertDeps,
): Promise<AlertRecord> {
  const [issue, notifications] = await Promise.all([
    incident(environment, notice, events, d),
    webhooks(notice, events, d),
  ]);
  return { issue, notifications };
}

/**
 * A healthy window closes the environment's open incident, with a comment naming the window that
 * recovered; nothing is opened, and nothing is said when no incident is open. Never throws: a
 * close that failed is reported and changes nothing else.
 */
export async function resolveAlert(
  environment: string,
  body: string,
  d: Pick<AlertDeps, 'issues' | 'logger' | 'redactor' | 'runKey'>,
): Promise<AlertRecord['issue']> {
  if ('skipped' in d.issues) return { state: 'skipped', detail: d.issues.skipped };
  try {
    const r = await resolveIncident(d.issues, { key: `monitor:${environment}`, body, runKey: d.runKey });
    if (r.action !== 'none') d.logger.info(`incident issue: ${r.detail}`);
    return { state: 'done', detail: r.detail, ...(r.issue ? { url: r.issue.url } : {}) };
  } catch (err) {
    const detail = d.redactor.redact(describeApiFailure(classifyApiError(err)));
    d.logger.warn(`incident issue not closed: ${detail}`);
    return { state: 'failed', detail };
  }
}

async function incident(
  environment: string,
  notice: Omit<Notice, 'events'>,
  events: NotifyEvent[],
  d: AlertDeps,
): Promise<AlertRecord['issue']> {
  if ('skipped' in d.issues) return { state: 'skipped', detail: d.issues.skipped };
  try {
    const r = await raiseIncident(d.issues, {
      key: `monitor:${environment}`,
      title: `promotion-gate: ${notice.title}`,
      body: noticeMarkdown({ ...notice, events }),
      runKey: d.runKey,
    });
    d.logger.info(`incident issue: ${r.detail}`);
    return { state: 'done', detail: r.detail, ...(r.issue ? { url: r.issue.url } : {}) };
  } catch (err) {
    const f = classifyApiError(err);
    const detail =
      f.kind === 'forbidden'
        ? `the token may not write issues (${describeApiFailure(f)}); grant the job permissions: issues: write`
        : describeApiFailure(f);
    d.logger.warn(`incident issue not raised: ${d.redactor.redact(detail)}`);
    return { state: f.kind === 'forbidden' ? 'skipped' : 'failed', detail: d.redactor.redact(detail) };
  }
}

async function webhooks(
  notice: Omit<Notice, 'events'>,
  events: NotifyEvent[],
  d: AlertDeps,
): Promise<AlertRecord['notifications']> {
  if (d.webhooks.length === 0) return [];
  try {
    const sent = await sendNotices(d.webhooks, notice, events, {
      http: d.http,
      redactor: d.redactor,
      signal: d.signal,
    });
    for (const s of sent)
      if (s.state === 'sent') d.logger.info(describeDelivery(s));
      else d.logger.warn(d.redactor.redact(describeDelivery(s)));
    return sent.map((s) => ({ webhook: s.webhook, state: s.state, detail: d.redactor.redact(s.detail) }));
  } catch (err) {
    const detail = d.redactor.redact(errorMessage(err));
    d.logger.warn(`notifications not sent: ${detail}`);
    return [{ webhook: '(all)', state: 'failed', detail }];
  }
}
