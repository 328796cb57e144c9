import { z } from 'zod';
import { httpUrl, regex, statusCodes } from '../fields.js';
import { errorMessage } from '../../core/errors.js';
import type { CheckOutcome, Finding } from '../../core/types.js';
import {
  describeTarget,
  headersField,
  isConnectionError,
  mergeHeaders,
  protectHeaders,
  type RequestTarget,
  requestSettings,
  requestTimeoutField,
  resolveUrl,
  retriesField,
  type SentRequest,
  sendAll,
  uniqueNames,
  writeRequestEvidence,
} from './requests.js';
import { defineCheck } from '../types.js';

const ROUTE = /^\s*(?:([A-Za-z]+)\s+)?(\S+)\s*$/;

const fields = z.object({
  base: httpUrl.describe('Base URL of the deployment, e.g. https://staging.example.com'),
  routes: z
    .array(z.string().regex(ROUTE, 'expected "/path" or "METHOD /path"'))
    .min(1)
    .describe('Protected routes, each "/path" or "METHOD /path" (default method GET)'),
  allowStatus: statusCodes
    .default([401, 403])
    .describe('Status codes that count as refusing anonymous access'),
  loginLocation: regex
    .default('login|signin|sign-in|sso|auth')
    .describe('Regex (case-insensitive) a redirect’s Location must match to count as a login redirect'),
  loginBody: regex
    .default(`<input[^>]*type=["']?password|magic[ -]link`)
    .describe(
      'Regex (case-insensitive): a 2xx page whose body matches it is a login form, not a bypass. The default looks for a password field or a magic-link form, not the words "sign in", which a leaked page’s header may show',
    ),
  headers: headersField.describe(
    'Headers sent with every request (never credentials: the point is to send none)',
  ),
  requestTimeout: requestTimeoutField,
  retries: retriesField,
  concurrency: z.int().min(1).max(32).default(8).describe('Requests in flight at once'),
});

type Spec = z.infer<typeof fields>;

function targets(spec: Spec): RequestTarget[] {
  const list = spec.routes.map((route, i) => {
    const m = ROUTE.exec(route);
    if (!m) throw new Error(`routes[${i}]: expected "/path" or "METHOD /path", got "${route}"`);
    const path = m[2]!;
    let url: string;
    try {
      url = resolveUrl(spec.base, path);
    } catch (err) {
      throw new Error(`routes[${i}]: ${errorMessage(err)}`);
    }
    return {
      name: path,
      label: path,
      method: (m[1] ?? 'GET').toUpperCase(),
      url,
      headers: mergeHeaders(spec.headers),
    };
  });
  const names = uniqueNames(list.map((t) => (t.method === 'GET' ? t.name : `${t.method} ${t.name}`)));
  return list.map((t, i) => ({ ...t, name: names[i]! }));
}

type Verdict = { ok: true } | { ok: false; bypass: boolean; message: string };

function judge(s: SentRequest, allow: number[], loginLocation: RegExp, loginBody: RegExp): Verdict {
  const label = describeTarget(s.target);
  const res = s.response;
  if (!res) return { ok: false, bypass: false, message: `${label}: ${s.error?.message ?? 'no response'}` };
  const expected = `expected ${allow.join('/')} or a login redirect`;
  if (allow.includes(res.status)) return { ok: true };
  if (res.status >= 300 && res.status < 400) {
    const location = res.headers.location;
    if (location === undefined)
      return {
        ok: false,
        bypass: false,
        message: `${label} answered ${res.status} without a Location header`,
      };
    if (loginLocation.test(location)) return { ok: true };
    return { ok: false, bypass: false, message: `${label} redirects to ${location}, not to a login page` };
  }
  if (res.status >= 200 && res.status < 300) {
    if (loginBody.test(res.body)) return { ok: true };
    return {
      ok: false,
      bypass: true,
      message: `auth bypass: ${label} answered ${res.status} without credentials`,
    };
  }
  if (res.status === 404)
    return { ok: false, bypass: false, message: `${label} answered 404 (${expected}; is the route gone?)` };
  return { ok: false, bypass: false, message: `${label} answered ${res.status} (${expected})` };
}

export const authCheck = defineCheck({
  type: 'auth',
  description:
    'Protected routes refuse anonymous requests: 401/403, a redirect to a login page, or a login form; anything else is a bypass',
  defaults: { category: 'safety', enforcement: 'hard' },
  fields,
  async run(spec, ctx): Promise<CheckOutcome> {
    let list: RequestTarget[];
    try {
      list = targets(spec);
    } catch (err) {
      return { status: 'error', summary: `bad auth check: ${errorMessage(err)}` };
    }
    for (const t of list) protectHeaders(t.headers, ctx);
    const allow = Array.isArray(spec.allowStatus) ? spec.allowStatus : [spec.allowStatus];
    const loginLocation = new RegExp(spec.loginLocation, 'i');
    const loginBody = new RegExp(spec.loginBody, 'i');
    // Redirects are what this check looks at: never follow them.
    const settings = requestSettings({ ...spec, followRedirects: false }, ctx);
    const sent = await sendAll(list, settings, ctx, spec.concurrency);
    await writeRequestEvidence(
      ctx,
      sent.map((s) => s.record),
    );

    const verdicts = sent.map((s) => judge(s, allow, loginLocation, loginBody));
    const findings: Finding[] = verdicts.flatMap((v) =>
      v.ok ? [] : [{ level: 'failure' as const, message: v.message }],
    );
    const bypassed = sent.filter((_, i) => {
      const v = verdicts[i]!;
      return !v.ok && v.bypass;
    });
    const total = sent.length;
    const metrics = {
      routes: total,
      refused: verdicts.filter((v) => v.ok).length,
      problems: findings.length,
      bypasses: bypassed.length,
    };
    if (sent.every(isConnectionError)) {
      const first = sent[0]!.error!.message;
      return {
        status: 'error',
        summary: total === 1 ? first : `${first} (all ${total} routes failed)`,
        findings,
        metrics,
      };
    }
    if (findings.length === 0) {
      return {
        status: 'pass',
        score: 5,
        summary: `${total}/${total} protected routes refuse anonymous access`,
        findings,
        metrics,
      };
    }
    const others = findings.length - bypassed.length;
    const summary = bypassed.length
      ? `auth bypass on ${bypassed.length} of ${total} routes: ${bypassed.map((s) => s.target.label).join(', ')}${others ? `; ${others} other problem(s)` : ''}`
      : `${findings.length} of ${total} routes do not refuse anonymous access as expected, first: ${findings[0]!.message}`;
    return { status: 'fail', score: 1, summary, findings, metrics };
  },
});
