import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { CHECK_TYPE_NAMES, checkType } from '../../src/checks/registry.js';
import { checkSchemaOf } from '../../src/config/schema.js';

/** A check as the config schema reads it: against the schema of the type it names. */
const checkSchema = {
  safeParse: (value: Record<string, unknown>) => checkSchemaOf(checkType(value.type)!).safeParse(value),
};

const LIVE = ['http', 'auth', 'performance', 'freshness'];

/** Object properties without a description, walking into optional/default/array/union/record. */
function undescribed(schema: z.ZodType, at: string, out: string[] = []): string[] {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  switch (def.type) {
    case 'object':
      for (const [k, v] of Object.entries((schema as z.ZodObject).shape)) {
        if (!(v as z.ZodType).description) out.push(`${at}.${k}`);
        if (k !== 'grading') undescribed(v as z.ZodType, `${at}.${k}`, out);
      }
      break;
    case 'optional':
    case 'default':
    case 'nullable':
      undescribed(def.innerType as z.ZodType, at, out);
      break;
    case 'array':
      undescribed(def.element as z.ZodType, `${at}[]`, out);
      break;
    case 'union':
      for (const o of def.options as z.ZodType[]) undescribed(o, at, out);
      break;
    case 'record':
      undescribed(def.valueType as z.ZodType, `${at}{}`, out);
      break;
  }
  return out;
}

describe('live check types in the registry and the config schema', () => {
  it('are registered with their defaults', () => {
    expect(CHECK_TYPE_NAMES).toEqual(expect.arrayContaining(LIVE));
    expect(checkType('http')?.defaults).toEqual({ category: 'data', enforcement: 'scored' });
    expect(checkType('auth')?.defaults).toEqual({ category: 'safety', enforcement: 'hard' });
    expect(checkType('performance')?.defaults).toEqual({ category: 'ops', enforcement: 'scored' });
    expect(checkType('freshness')?.defaults).toEqual({ category: 'data', enforcement: 'scored' });
  });

  it('describe every field, nested ones included', () => {
    const probe = z.object({
      a: z.string(),
      b: z
        .array(z.strictObject({ c: z.int() }))
        .optional()
        .describe('b'),
    });
    expect(undescribed(probe, 'probe')).toEqual(['probe.a', 'probe.b[].c']);
    for (const type of LIVE) expect(undescribed(checkType(type)!.fields, type)).toEqual([]);
  });

  it('take no field name the common fields use', () => {
    for (const type of LIVE) {
      const names = Object.keys(checkType(type)!.fields.shape);
      for (const common of ['type', 'title', 'category', 'enforcement', 'timeout', 'onError'])
        expect(names).not.toContain(common);
    }
  });

  it.each([
    [
      'cron',
      `
type: http
base: https://staging.example.com
requests:
  - path: /cron/nightly
    method: GET
    expect: { status: [401, 403, 405] }
`,
    ],
    [
      'http',
      `
type: http
base: https://staging.example.com
headers: { Authorization: "Bearer \${{ env.SMOKE_TOKEN }}" }
expect: { status: 200, warnLatency: 800ms }
requests:
  - path: /health
    expect:
      json: { status: ok }
      assert: ["tables.permits > 0", "len(regions) >= 3"]
      maxLatency: 2s
  - { name: home, path: /, expect: { contains: Welcome, notContains: [Traceback], headers: { content-type: html } } }
  - { path: /api/search, method: POST, body: '{"q":"x"}', expect: { matches: '"results":' } }
retries: 2
backoff: 500ms
requestTimeout: 5s
concurrency: 4
grading: [{ maxFailures: 0, score: 5 }, { maxFailures: 1, score: 3 }, { score: 1 }]
`,
    ],
    [
      'http shorthand',
      'type: http\nurl: https://staging.example.com/health\nexpect: { json: { status: ok } }\n',
    ],
    [
      'auth',
      `
type: auth
base: https://staging.example.com
routes: [/admin, /portfolio, "POST /api/orders"]
allowStatus: [401, 403]
loginLocation: "login|sso"
loginBody: "sign in"
requestTimeout: 5s
retries: 1
`,
    ],
    [
      'performance',
      `
type: performance
base: https://staging.example.com
pages: [/, { path: /search?q=x, name: search, budgets: { p95: 1500ms } }]
samples: 20
warmup: 2
concurrency: 4
budgets: { p50: 300ms, p95: 1s, max: 3s }
requestTimeout: 5s
`,
    ],
    [
      'freshness',
      `
type: freshness
url: https://staging.example.com/api/status
headers: { x-api-key: "\${{ env.STATUS_KEY }}" }
timestamp: meta.last_ingest
maxAge: 26h
counters:
  tables.permits: { min: 1 }
  tables.cron_log: { min: 1, level: warn }
requestTimeout: 5s
`,
    ],
    ['freshness file', 'type: freshness\nfile: data/last-sync.json\nmaxAge: 7d\n'],
  ])('the %s example parses through the config schema', (_name, text) => {
    const result = checkSchema.safeParse(parse(text) as Record<string, unknown>);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('rejects an unknown key at any level', () => {
    const bad = { type: 'http', url: 'https://x.test', requests: [{ path: '/a', expectt: {} }] };
    expect(checkSchema.safeParse(bad).success).toBe(false);
    expect(
      checkSchema.safeParse({ type: 'auth', base: 'https://x.test', routes: ['/a'], follow: true }).success,
    ).toBe(false);
  });
});
