import { z } from 'zod';
import type { HttpResponse } from '../../adapters/http.js';
import { condition, duration, regex, statusCodes, stringList, toList } from '../fields.js';
import {
  type Condition,
  equalityConditions,
  evaluateCondition,
  type Literal,
  parseCondition,
} from '../../core/conditions.js';
import { parseDuration } from '../../core/duration.js';
import type { Finding } from '../../core/types.js';
import { ms } from './requests.js';

/** What an `http` check expects of a response; every key optional so a request's own keys merge over the defaults. */
export const expectSchema = z
  .strictObject({
    status: statusCodes.optional().describe('Status code(s) that count as success (default 200)'),
    headers: z
      .record(z.string(), z.string())
      .optional()
      .describe('Response headers that must contain a text: name → substring (case-insensitive)'),
    contains: stringList.optional().describe('Text(s) the body must contain (case-insensitive)'),
    notContains: stringList.optional().describe('Text(s) the body must not contain (case-insensitive)'),
    matches: regex.optional().describe('Regular expression the body must match'),
    json: z
      .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))
      .optional()
      .describe('JSON path → value the parsed body must hold, e.g. {status: ok, "db.connected": true}'),
    assert: z
      .union([condition, z.array(condition).min(1)])
      .optional()
      .describe('Condition(s) on the parsed JSON body, e.g. "tables.permits > 0"'),
    maxLatency: duration.optional().describe('Time to response headers above which the request fails'),
    warnLatency: duration.optional().describe('Time to response headers above which the check only warns'),
  })
  .describe('Expectations; a request’s own expect is merged over the check’s expect key by key');

export type ExpectSpec = z.infer<typeof expectSchema>;

export interface Expectation {
  status: number[];
  headers: Record<string, string>;
  contains: string[];
  notContains: string[];
  matches?: RegExp;
  conditions: Condition[];
  maxLatencyMs?: number;
  warnLatencyMs?: number;
}

/** Merges key by key (a request's keys win) and compiles; throws on an unusable value. */
export function compileExpectation(
  defaults: ExpectSpec | undefined,
  own: ExpectSpec | undefined,
): Expectation {
  const merged: ExpectSpec = { ...defaults };
  for (const [k, v] of Object.entries(own ?? {}))
    if (v !== undefined) (merged as Record<string, unknown>)[k] = v;
  const status =
    merged.status === undefined ? [200] : Array.isArray(merged.status) ? merged.status : [merged.status];
  const latency = (v: string | number | undefined, key: string): number | undefined => {
    if (v === undefined) return undefined;
    const n = parseDuration(v);
    if (n === undefined) throw new Error(`expect.${key}: "${v}" is not a duration`);
    return n;
  };
  return {
    status,
    headers: merged.headers ?? {},
    contains: toList(merged.contains),
    notContains: toList(merged.notContains),
    matches: merged.matches === undefined ? undefined : new RegExp(merged.matches),
    conditions: [
      ...equalityConditions((merged.json ?? {}) as Record<string, Literal>),
      ...toList(merged.assert).map(parseCondition),
    ],
    maxLatencyMs: latency(merged.maxLatency, 'maxLatency'),
    warnLatencyMs: latency(merged.warnLatency, 'warnLatency'),
  };
}

function oneLine(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 3)}...` : flat;
}

/** Findings for one response; `label` is `GET /health`. An empty list means the request passed. */
export function checkResponse(label: string, res: HttpResponse, exp: Expectation): Finding[] {
  const findings: Finding[] = [];
  const fail = (message: string) => findings.push({ level: 'failure', message: `${label}: ${message}` });
  const truncNote = res.truncated ? ` (only the first ${res.bodyBytes} bytes were read)` : '';

  if (!exp.status.includes(res.status)) {
    const where = res.headers.location !== undefined ? ` (Location: ${res.headers.location})` : '';
    const body = res.body.trim() ? `: ${JSON.stringify(oneLine(res.body))}` : '';
    fail(`status ${res.status}${where}, expected ${exp.status.join(' or ')}${body}`);
    // The body of a wrong answer says nothing about the expectations on a right one.
    return findings;
  }
  for (const [name, want] of Object.entries(exp.headers)) {
    const got = res.headers[name.toLowerCase()];
    if (got === undefined) fail(`header ${name} missing, expected it to contain ${JSON.stringify(want)}`);
    else if (!got.toLowerCase().includes(want.toLowerCase()))
      fail(
        `header ${name} = ${JSON.stringify(oneLine(got, 80))}, expected it to contain ${JSON.stringify(want)}`,
      );
  }
  const lower = res.body.toLowerCase();
  for (const text of exp.contains) {
    if (!lower.includes(text.toLowerCase()))
      fail(`body does not contain ${JSON.stringify(text)}${truncNote}`);
  }
  for (const text of exp.notContains) {
    if (lower.includes(text.toLowerCase())) fail(`body contains ${JSON.stringify(text)}, expected it not to`);
  }
  if (exp.matches && !exp.matches.test(res.body))
    fail(`body does not match /${exp.matches.source}/${truncNote}`);
  if (exp.conditions.length > 0) {
    let doc: unknown;
    let parsed = false;
    try {
      doc = JSON.parse(res.body);
      parsed = true;
    } catch (err) {
      const why =
        res.body.trim() === ''
          ? 'empty body'
          : `${(err as Error).message}; starts with ${JSON.stringify(oneLine(res.body, 60))}`;
      fail(`body is not JSON: ${why}${truncNote}`);
    }
    if (parsed) {
      for (const c of exp.conditions) {
        const r = evaluateCondition(c, doc);
        if (!r.ok) fail(`${r.observed}, expected ${r.condition}`);
      }
    }
  }
  if (exp.maxLatencyMs !== undefined && res.latencyMs > exp.maxLatencyMs) {
    fail(`answered in ${ms(res.latencyMs)}, over maxLatency ${ms(exp.maxLatencyMs)}`);
  } else if (exp.warnLatencyMs !== undefined && res.latencyMs > exp.warnLatencyMs) {
    findings.push({
      level: 'warning',
      message: `${label}: answered in ${ms(res.latencyMs)}, over warnLatency ${ms(exp.warnLatencyMs)}`,
    });
  }
  return findings;
}
