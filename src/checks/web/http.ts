import { z } from 'zod';
import { httpUrl, urlOrPath } from '../fields.js';
import { errorMessage } from '../../core/errors.js';
import type { CheckOutcome, Finding, Metrics } from '../../core/types.js';
import { checkResponse, compileExpectation, type Expectation, expectSchema } from './expectations.js';
import { grade, gradingSchema, PAGES_GRADING } from '../grading.js';
import {
  backoffField,
  describeTarget,
  followRedirectsField,
  headersField,
  isConnectionError,
  maxBodyBytesField,
  mergeHeaders,
  ms,
  protectHeaders,
  type RequestTarget,
  requestSettings,
  requestTimeoutField,
  resolveUrl,
  retriesField,
  sendAll,
  uniqueNames,
  writeRequestEvidence,
} from './requests.js';
import { defineCheck } from '../types.js';

const method = z.string().regex(/^[A-Za-z]+$/, 'expected an HTTP method such as GET or POST');

const requestSchema = z.strictObject({
  name: z.string().min(1).optional().describe('Name in reports and metrics (default: the path)'),
  path: z.string().optional().describe('Path appended to base'),
  url: urlOrPath.optional().describe('Absolute URL, or a path when base is set (instead of path)'),
  method: method.optional().describe('HTTP method (default: the check’s method, else GET)'),
  headers: headersField.describe('Headers for this request, over the check’s headers'),
  body: z.string().optional().describe('Request body'),
  expect: expectSchema
    .optional()
    .describe('Expectations for this request, merged over the check’s expect key by key'),
});

const fields = z.object({
  base: httpUrl.optional().describe('Base URL that paths are appended to, e.g. https://staging.example.com'),
  url: urlOrPath.optional().describe('One request: an absolute URL, or a path when base is set'),
  method: method.optional().describe('HTTP method (default GET; default for every request)'),
  headers: headersField,
  body: z.string().optional().describe('Request body (default for every request)'),
  requests: z
    .array(requestSchema)
    .min(1)
    .optional()
    .describe('Several requests, sent concurrently (instead of url)'),
  expect: expectSchema.optional().describe('Expectations for every request (default: status 200)'),
  requestTimeout: requestTimeoutField,
  retries: retriesField,
  backoff: backoffField,
  followRedirects: followRedirectsField,
  maxBodyBytes: maxBodyBytesField,
  concurrency: z.int().min(1).max(32).default(8).describe('Requests in flight at once'),
  grading: gradingSchema
    .optional()
    .describe('Score tiers by failed request count (default: 0 → 5, 1 → 4, half pass → 3, else 1)'),
});

type Spec = z.infer<typeof fields>;
type RequestSpec = z.infer<typeof requestSchema>;

interface Planned {
  target: RequestTarget;
  expectation: Expectation;
}

/** Turns the spec into requests; throws an Error whose message says what is wrong with the config. */
function plan(spec: Spec): Planned[] {
  if (spec.url !== undefined && spec.requests !== undefined)
    throw new Error('give either url or requests, not both');
  if (spec.url === undefined && spec.requests === undefined)
    throw new Error('nothing to request: give url or requests');
  const list: RequestSpec[] = spec.requests ?? [{ url: spec.url }];
  const planned = list.map((r, i) => {
    const where = spec.requests ? `requests[${i}]` : 'url';
    if (r.path !== undefined && r.url !== undefined) throw new Error(`${where}: give path or url, not both`);
    const target = r.path ?? r.url;
    if (target === undefined) throw new Error(`${where}: give path or url`);
    if (r.path !== undefined && spec.base === undefined) throw new Error(`${where}: path needs base`);
    const url = (() => {
      try {
        return resolveUrl(spec.base, target);
      } catch (err) {
        throw new Error(`${where}: ${errorMessage(err)}`);
      }
    })();
    const m = (r.method ?? spec.method ?? 'GET').toUpperCase();
    const body = r.body ?? spec.body;
    if (body !== undefined && (m === 'GET' || m === 'HEAD'))
      throw new Error(`${where}: a ${m} request cannot have a body`);
    let expectation: Expectation;
    try {
      expectation = compileExpectation(spec.expect, r.expect);
    } catch (err) {
      throw new Error(`${where}: ${errorMessage(err)}`);
    }
    const label = target === '' ? '/' : target;
    const t: RequestTarget = {
      name: r.name ?? label,
      label,
      method: m,
      url,
      headers: mergeHeaders(spec.headers, r.headers),
    };
    if (body !== undefined) t.body = body;
    return { target: t, expectation };
  });
  const names = uniqueNames(planned.map((p) => p.target.name));
  planned.forEach((p, i) => {
    p.target.name = names[i]!;
  });
  return planned;
}

export const httpCheck = defineCheck({
  type: 'http',
  description:
    'Sends HTTP requests to a live deployment and checks status, headers, body, JSON values and latency of each answer',
  defaults: { category: 'data', enforcement: 'scored' },
  fields,
  async run(spec, ctx): Promise<CheckOutcome> {
    let planned: Planned[];
    try {
      planned = plan(spec);
    } catch (err) {
      return { status: 'error', summary: `bad http check: ${errorMessage(err)}` };
    }
    for (const p of planned) protectHeaders(p.target.headers, ctx);
    const settings = requestSettings(spec, ctx);
    const sent = await sendAll(
      planned.map((p) => p.target),
      settings,
      ctx,
      spec.concurrency,
    );
    await writeRequestEvidence(
      ctx,
      sent.map((s) => s.record),
    );

    const findings: Finding[] = [];
    const metrics: Metrics = { requests: sent.length };
    let failed = 0;
    let slowest = 0;
    sent.forEach((s, i) => {
      const label = describeTarget(s.target);
      metrics[`latency.${s.target.name}`] = s.response ? s.record.latencyMs : null;
      if (!s.response) {
        failed++;
        findings.push({ level: 'failure', message: `${label}: ${s.error?.message ?? 'no response'}` });
        return;
      }
      slowest = Math.max(slowest, s.response.latencyMs);
      const own = checkResponse(label, s.response, planned[i]!.expectation);
      if (s.record.attempts > 1)
        own.push({ level: 'notice', message: `${label}: answered after ${s.record.attempts} attempts` });
      if (own.some((f) => f.level === 'failure')) failed++;
      findings.push(...own);
    });
    metrics.failed = failed;
    metrics.slowestMs = Math.round(slowest * 10) / 10;

    const total = sent.length;
    if (sent.every(isConnectionError)) {
      const first = sent[0]!.error!.message;
      return {
        status: 'error',
        summary: total === 1 ? first : `${first} (all ${total} requests failed)`,
        findings,
        metrics,
      };
    }
    const warnings = findings.filter((f) => f.level === 'warning').length;
    if (failed === 0) {
      const ok = `${total}/${total} requests ok, slowest ${ms(slowest)}`;
      if (warnings === 0) return { status: 'pass', score: 5, summary: ok, findings, metrics };
      return { status: 'warn', score: 4, summary: `${ok}; ${warnings} over warnLatency`, findings, metrics };
    }
    const firstFailure = findings.find((f) => f.level === 'failure')!.message;
    return {
      status: 'fail',
      score: grade(spec.grading ?? PAGES_GRADING, failed, total),
      summary: total === 1 ? firstFailure : `${failed} of ${total} requests failed, first: ${firstFailure}`,
      findings,
      metrics,
    };
  },
});
