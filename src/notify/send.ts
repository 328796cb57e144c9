import { HttpError, type HttpClient } from '../adapters/http.js';
import type { NotifyEvent } from '../config/notify.js';
import { errorMessage } from '../core/errors.js';
import { formatDuration } from '../core/duration.js';
import type { Redactor } from '../core/redact.js';
import { VERSION } from '../version.js';
import type { Notice } from './message.js';
import { payloadFor } from './payloads.js';
import { eventsFor, type PlannedWebhook } from './plan.js';

/**
 * Delivering notices. Each webhook gets one POST per run (naming every event of the run it asked
 * for), within its timeout, retried once after a 5xx answer or a dropped connection. Redirects
 * are not followed: the body would go to a host nobody configured. A delivery that fails is
 * reported and never changes a verdict or an exit code.
 */

export interface Delivery {
  webhook: string;
  events: NotifyEvent[];
  state: 'sent' | 'failed';
  /** The receiver's last answer, when it gave one. */
  status?: number;
  attempts: number;
  /** One line, safe to show: never the URL (it is a secret). */
  detail: string;
}

export interface DeliveryDeps {
  http: HttpClient;
  /** Masks the URLs and header values in what a receiver answers. */
  redactor: Pick<Redactor, 'redact'>;
  signal?: AbortSignal;
  /** Wait before the retry (default 1 s). */
  retryDelayMs?: number;
}

/** Bytes of a receiver's answer read, for its error text. */
const ANSWER_BYTES = 2048;

const pause = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    const t = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(t);
        resolve();
      },
      { once: true },
    );
  });

function firstLine(text: string): string {
  const line = text.trim().split('\n')[0] ?? '';
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

function hostOf(location: string | undefined, from: string): string {
  try {
    return new URL(location ?? '', from).host;
  } catch {
    return 'an unreadable location';
  }
}

/** Sends one body to one webhook. */
export async function deliver(
  hook: PlannedWebhook,
  events: NotifyEvent[],
  body: unknown,
  deps: DeliveryDeps,
): Promise<Delivery> {
  const base = { webhook: hook.name, events };
  const text = JSON.stringify(body);
  let attempts = 0;
  for (;;) {
    attempts++;
    const again = attempts < 2 && !deps.signal?.aborted;
    try {
      const res = await deps.http.request({
        url: hook.url,
        method: 'POST',
        headers: {
          'user-agent': `promotion-gate/${VERSION}`,
          ...hook.headers,
          'content-type': 'application/json; charset=utf-8',
        },
        body: text,
        timeoutMs: hook.timeoutMs,
        maxBodyBytes: ANSWER_BYTES,
        followRedirects: false,
        signal: deps.signal,
      });
      if (res.status >= 200 && res.status < 300)
        return { ...base, state: 'sent', status: res.status, attempts, detail: `answered ${res.status}` };
      if (res.status >= 500 && again) {
        await pause(deps.retryDelayMs ?? 1000, deps.signal);
        continue;
      }
      const detail =
        res.status >= 300 && res.status < 400
          ? `answered ${res.status}, a redirect to ${hostOf(res.headers.location, hook.url)}; not followed (set the URL it redirects to)`
          : `answered ${res.status}${res.body.trim() ? `: ${deps.redactor.redact(firstLine(res.body))}` : ''}`;
      return { ...base, state: 'failed', status: res.status, attempts, detail };
    } catch (err) {
      const kind = err instanceof HttpError ? err.kind : 'network';
      if ((kind === 'refused' || kind === 'reset') && again) {
        await pause(deps.retryDelayMs ?? 1000, deps.signal);
        continue;
      }
      const detail =
        kind === 'timeout'
          ? `no answer within ${formatDuration(hook.timeoutMs)}`
          : deps.redactor.redact(errorMessage(err));
      return { ...base, state: 'failed', attempts, detail };
    }
  }
}

/**
 * Sends `notice` to every webhook that asked for one of `events` (and watches `profile`), all at
 * once. Webhooks that asked for none of them are not called and not listed.
 */
export async function sendNotices(
  webhooks: readonly PlannedWebhook[],
  notice: Omit<Notice, 'events'>,
  events: readonly NotifyEvent[],
  deps: DeliveryDeps & { profile?: string },
): Promise<Delivery[]> {
  const calls = webhooks
    .map((hook) => ({ hook, wanted: eventsFor(hook, events, deps.profile) }))
    .filter((c) => c.wanted.length > 0)
    .map(({ hook, wanted }) =>
      deliver(hook, wanted, payloadFor(hook.type, { ...notice, events: wanted }, hook.maxReasons), deps),
    );
  return Promise.all(calls);
}

/** `slack-ops: sent (transition, hold)` / `teams: FAILED (hold): answered 500 …` */
export function describeDelivery(d: Delivery): string {
  return d.state === 'sent'
    ? `notification ${d.webhook}: sent (${d.events.join(', ')})`
    : `notification ${d.webhook}: FAILED (${d.events.join(', ')}) after ${d.attempts} attempt(s): ${d.detail}`;
}
