import {
  DEFAULT_NOTIFY_EVENTS,
  DEFAULT_NOTIFY_REASONS,
  DEFAULT_NOTIFY_TIMEOUT_MS,
  type NotifyEvent,
  webhookUrlProblem,
  type WebhookType,
} from '../config/notify.js';
import { Interpolator } from '../config/interpolate.js';
import { IssueList, type LoadedConfig } from '../config/load.js';
import { parseDuration } from '../core/duration.js';

/** A webhook ready to call: its URL and headers interpolated, its defaults applied. */
export interface PlannedWebhook {
  name: string;
  type: WebhookType;
  url: string;
  headers: Record<string, string>;
  on: readonly NotifyEvent[];
  /** Only gate runs of these profiles; undefined: every profile. */
  profiles?: readonly string[];
  timeoutMs: number;
  maxReasons: number;
}

export interface NotifyPlan {
  webhooks: PlannedWebhook[];
  /**
   * Values to mask everywhere: each URL and header value whole (a webhook URL is a credential
   * even when written in the file), and whatever came from the environment.
   */
  secrets: string[];
}

/**
 * Interpolates `notify:`. An unset `${{ env.X }}` or a value that is no http(s) URL once
 * interpolated is a config error at its line — never a notification silently not sent.
 */
export function planNotify(
  loaded: LoadedConfig,
  opts: { env: Readonly<Record<string, string | undefined>>; inputs: Readonly<Record<string, string>> },
): NotifyPlan {
  const { config, source } = loaded;
  const issues = new IssueList(source);
  const interp = new Interpolator(config.vars ?? {}, opts.env, opts.inputs);
  const webhooks: PlannedWebhook[] = [];
  const secrets: string[] = [];
  for (const [name, raw] of Object.entries(config.notify ?? {})) {
    const at = (...rest: (string | number)[]) => ['notify', name, ...rest];
    const url = interp.interpolate(raw.url, at('url'));
    const headers = interp.interpolate(raw.headers ?? {}, at('headers'));
    const problems = [...url.issues, ...headers.issues];
    for (const i of problems) issues.add(i.path, i.message);
    if (problems.length > 0) continue;
    const bad = webhookUrlProblem(url.value);
    if (bad) {
      issues.add(at('url'), `${bad} (after interpolation)`);
      continue;
    }
    secrets.push(url.value, ...Object.values(headers.value));
    webhooks.push({
      name,
      type: raw.type,
      url: url.value,
      headers: { ...headers.value },
      on: raw.on ?? DEFAULT_NOTIFY_EVENTS,
      ...(raw.profiles ? { profiles: raw.profiles } : {}),
      timeoutMs: (raw.timeout && parseDuration(raw.timeout)) || DEFAULT_NOTIFY_TIMEOUT_MS,
      maxReasons: raw.maxReasons ?? DEFAULT_NOTIFY_REASONS,
    });
  }
  issues.throwIfAny();
  return { webhooks, secrets: [...secrets, ...interp.envValues] };
}

/** The events of a run a webhook asked for (none when the run's profile is not among its profiles). */
export function eventsFor(
  hook: PlannedWebhook,
  events: readonly NotifyEvent[],
  profile?: string,
): NotifyEvent[] {
  if (profile !== undefined && hook.profiles && !hook.profiles.includes(profile)) return [];
  return events.filter((e) => hook.on.includes(e));
}
