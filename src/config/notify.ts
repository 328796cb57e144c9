import { z } from 'zod';
import { durationProblem, hasExpression, MAX_URL_LENGTH, timeout } from '../checks/fields.js';
import { MAX_AGE_MS, parseDuration } from '../core/duration.js';

/**
 * `notify:` — webhooks told when a watched gate turns, and `decision.hotfixDeadline`. This file
 * holds the schemas only (config/schema.ts includes them); cross-references are checked in
 * notifyIssues.ts, and URLs are interpolated when a notification is planned (src/notify/plan.ts).
 */

/**
 * What a webhook can be told. `transition`: the verdict or action of a profile changed since its
 * last recorded run; `hold`: a run held; `degraded`: a run promoted with a hotfix due;
 * `rollback`: a deploy was rolled back (or its rollback failed); `drill-failed`: a rollback drill
 * did not pass.
 */
export const NOTIFY_EVENTS = ['transition', 'hold', 'degraded', 'rollback', 'drill-failed'] as const;
export type NotifyEvent = (typeof NOTIFY_EVENTS)[number];
export const DEFAULT_NOTIFY_EVENTS: readonly NotifyEvent[] = ['transition'];

export const WEBHOOK_TYPES = ['slack', 'teams', 'json'] as const;
export type WebhookType = (typeof WEBHOOK_TYPES)[number];

/** A name becomes part of log lines and messages: the same safe pattern as check ids. */
export const NOTIFY_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
export const DEFAULT_NOTIFY_TIMEOUT_MS = 10_000;
export const MAX_NOTIFY_TIMEOUT_MS = 60_000;
export const DEFAULT_NOTIFY_REASONS = 5;

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** An http(s) URL; the value is never echoed in a message, since webhook URLs are secrets. */
export const webhookUrl = z.string().superRefine((s, ctx) => {
  if (s.length > MAX_URL_LENGTH) {
    ctx.addIssue({ code: 'custom', message: `a URL of ${s.length} characters is too long` });
    return;
  }
  if (hasExpression(s)) return;
  const problem = webhookUrlProblem(s);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** What is wrong with a webhook URL (after interpolation), without showing it. */
export function webhookUrlProblem(s: string): string | undefined {
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    return 'expected an absolute http(s) URL (the value is not shown: webhook URLs are secrets)';
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:')
    return `expected an http or https URL, got protocol "${u.protocol}"`;
  return undefined;
}

const notifyTimeout = timeout.refine(
  (v) => hasExpression(v) || (parseDuration(v) ?? 0) <= MAX_NOTIFY_TIMEOUT_MS,
  { message: 'a webhook timeout may be at most 60s' },
);

export const webhookSchema = z
  .strictObject({
    type: z
      .enum(WEBHOOK_TYPES)
      .describe(
        'slack: {text, blocks} (Slack incoming webhooks and compatible receivers); teams: a message with an Adaptive Card (a Teams Workflows webhook); json: the event as promotion-gate JSON',
      ),
    url: webhookUrl.describe(
      'Webhook URL, usually ${{ env.NAME }}; it is treated as a secret and masked everywhere',
    ),
    on: z
      .array(z.enum(NOTIFY_EVENTS))
      .min(1)
      .optional()
      .describe('Events that send a message (default [transition]); nothing is sent on other runs'),
    profiles: z
      .array(z.string())
      .min(1)
      .optional()
      .describe('Only gate runs of these profiles (default: every profile watched)'),
    headers: z
      .record(
        z
          .string()
          .regex(HEADER_NAME, 'not a valid HTTP header name')
          .refine((k) => k !== '__proto__', 'not a valid HTTP header name'),
        z.string(),
      )
      .optional()
      .describe('Extra request headers (e.g. Authorization); their values are treated as secrets'),
    timeout: notifyTimeout.optional().describe('Time one delivery may take (default 10s, at most 60s)'),
    maxReasons: z
      .int()
      .min(1)
      .max(20)
      .optional()
      .describe('Reasons listed in a message, blocking first (default 5)'),
  })
  .describe('A webhook told about the events in `on`');

export const notifySchema = z
  .record(z.string().regex(NOTIFY_NAME), webhookSchema, {
    error: (iss) =>
      iss.code === 'invalid_key'
        ? `webhook name "${String(iss.input)}" may use only letters, digits, ".", "_" and "-"`
        : undefined,
  })
  .describe('Webhooks told when a watched profile turns (promotion-gate watch), holds or degrades');

export type RawWebhook = z.infer<typeof webhookSchema>;
export type RawNotify = z.infer<typeof notifySchema>;

/** `decision.hotfixDeadline`: a duration, or `off`. Decision settings take no expressions. */
export const hotfixDeadline = z
  .string({
    error: (iss) =>
      typeof iss.input === 'number' ? `${iss.input} has no unit; write ${iss.input}h` : undefined,
  })
  .superRefine((v, ctx) => {
    if (v.trim() === 'off') return;
    if (hasExpression(v)) {
      ctx.addIssue({ code: 'custom', message: 'decision settings take no ${{ }} expressions' });
      return;
    }
    const problem = durationProblem(v, { maxMs: MAX_AGE_MS, maxText: 'at most 3650d', positive: true });
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .describe(
    'How long a hotfix may stay due after a promote-with-hotfix: past it, runs that still need it hold (default 48h; off: never)',
  );

/** The policy value of `hotfixDeadline`: undefined (the default), null (off) or milliseconds. */
export function hotfixDeadlineMs(v: string | undefined): number | null | undefined {
  if (v === undefined) return undefined;
  if (v.trim() === 'off') return null;
  return parseDuration(v);
}
