import type { WebhookType } from '../config/notify.js';
import { VERSION } from '../version.js';
import type { Notice, NoticeReason } from './message.js';

/**
 * A notice as each kind of receiver takes it. Slack: `{text, blocks}` (text is the fallback for
 * notifications and clients without blocks). Teams: a message with one Adaptive Card 1.4, the
 * format of a Teams Workflows webhook ("when a Teams webhook request is received"); the older
 * Office 365 connector MessageCard is not used, as Microsoft is retiring those connectors. JSON:
 * the notice itself, for any other receiver.
 */

/** Longest reason text sent; the report has the rest. */
const MAX_REASON = 500;
/** Slack's limits: header text 150 characters, a section's text 3000. */
const SLACK_HEADER = 150;
const SLACK_SECTION = 3000;

const cut = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** The reasons a message lists, and how many were left out. */
function topReasons(n: Notice, max: number): { shown: NoticeReason[]; more: number } {
  return { shown: n.reasons.slice(0, max), more: Math.max(0, n.reasons.length - max) };
}

function reasonLine(r: NoticeReason): string {
  const measured =
    r.observed !== undefined || r.threshold !== undefined
      ? ` (observed ${r.observed ?? '—'}; threshold ${r.threshold ?? '—'})`
      : '';
  return cut(`${r.blocking ? 'blocking: ' : ''}${r.message}${measured}`, MAX_REASON);
}

const SYMBOL = { good: '✅', warning: '⚠️', bad: '⛔' } as const;

/** Slack's mrkdwn treats &, < and > as markup. */
const slackText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function facts(n: Notice): [string, string][] {
  const out: [string, string][] = [];
  if (n.subject.kind === 'gate') out.push(['Profile', n.subject.profile]);
  else out.push([n.subject.kind === 'drill' ? 'Drill of' : 'Environment', n.subject.environment]);
  if (n.verdict) out.push(['Verdict', n.verdict]);
  if (n.score !== undefined) out.push(['Score', `${n.score}/5`]);
  if (n.action) out.push(['Action', n.action]);
  if (n.outcome) out.push(['Outcome', n.outcome]);
  if (n.transition) out.push(['Was', `${n.transition.from} (run ${n.transition.previousRun})`]);
  out.push(['Events', n.events.join(', ')]);
  if (n.sha) out.push(['Commit', n.sha.slice(0, 12)]);
  if (n.bundleId) out.push(['Bundle', n.bundleId]);
  return out;
}

export function slackPayload(n: Notice, maxReasons: number): Record<string, unknown> {
  const { shown, more } = topReasons(n, maxReasons);
  const title = `${SYMBOL[n.tone]} promotion-gate · ${n.title}`;
  const blocks: Record<string, unknown>[] = [
    { type: 'header', text: { type: 'plain_text', text: cut(title, SLACK_HEADER), emoji: true } },
    {
      type: 'section',
      text: { type: 'mrkdwn', text: cut(slackText(n.summary), SLACK_SECTION) },
      fields: facts(n)
        .slice(0, 10)
        .map(([k, v]) => ({ type: 'mrkdwn', text: cut(`*${k}*\n${slackText(v)}`, 2000) })),
    },
  ];
  if (shown.length > 0) {
    const lines = shown.map((r) => `• ${slackText(reasonLine(r))}`);
    if (more > 0) lines.push(`_… ${more} more in the report_`);
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: cut(lines.join('\n'), SLACK_SECTION) } });
  }
  if (n.links.length > 0)
    blocks.push({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: cut(n.links.map((l) => `<${l.url}|${slackText(l.label)}>`).join(' · '), SLACK_SECTION),
        },
      ],
    });
  return { text: `${title}: ${n.summary}`, blocks };
}

export function teamsPayload(n: Notice, maxReasons: number): Record<string, unknown> {
  const { shown, more } = topReasons(n, maxReasons);
  const color = { good: 'Good', warning: 'Warning', bad: 'Attention' }[n.tone];
  const body: Record<string, unknown>[] = [
    {
      type: 'TextBlock',
      size: 'Large',
      weight: 'Bolder',
      color,
      wrap: true,
      text: `promotion-gate · ${n.title}`,
    },
    { type: 'TextBlock', wrap: true, text: n.summary },
    { type: 'FactSet', facts: facts(n).map(([title, value]) => ({ title, value })) },
  ];
  if (shown.length > 0) {
    body.push({ type: 'TextBlock', weight: 'Bolder', text: 'Reasons', wrap: true });
    for (const r of shown)
      body.push({ type: 'TextBlock', wrap: true, spacing: 'Small', text: `- ${reasonLine(r)}` });
    if (more > 0)
      body.push({ type: 'TextBlock', wrap: true, isSubtle: true, text: `… ${more} more in the report` });
  }
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body,
          actions: n.links.map((l) => ({ type: 'Action.OpenUrl', title: l.label, url: l.url })),
        },
      },
    ],
  };
}

export function jsonPayload(n: Notice, maxReasons: number): Record<string, unknown> {
  const { shown, more } = topReasons(n, maxReasons);
  return {
    source: 'promotion-gate',
    version: VERSION,
    ...n,
    reasons: shown.map((r) => ({ ...r, message: cut(r.message, MAX_REASON) })),
    moreReasons: more,
  };
}

export function payloadFor(type: WebhookType, n: Notice, maxReasons: number): Record<string, unknown> {
  switch (type) {
    case 'slack':
      return slackPayload(n, maxReasons);
    case 'teams':
      return teamsPayload(n, maxReasons);
    case 'json':
      return jsonPayload(n, maxReasons);
  }
}
