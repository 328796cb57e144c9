import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { percentile, performanceCheck } from '../../src/checks/web/performance.js';
import type { CheckOutcome } from '../../src/core/types.js';
import { cleanupContexts, makeContext, type TestContext } from '../helpers/context.js';
import {
  closeAllServers,
  closedPort,
  delay,
  sendText,
  startServer,
  type TestServer,
} from '../helpers/servers.js';

afterEach(closeAllServers);
afterAll(cleanupContexts);

async function run(spec: Record<string, unknown>, ctx?: TestContext): Promise<CheckOutcome> {
  return performanceCheck.run(performanceCheck.fields.parse(spec), ctx ?? (await makeContext()));
}
const messages = (o: CheckOutcome) => (o.findings ?? []).map((f) => f.message);

describe('percentile (nearest rank)', () => {
  const ten = [10, 1, 9, 2, 8, 3, 7, 4, 6, 5];
  it.each([
    [[], 50, undefined],
    [[42], 0, 42],
    [[42], 50, 42],
    [[42], 100, 42],
    [ten, 0, 1],
    [ten, 10, 1],
    [ten, 11, 2],
    [ten, 50, 5],
    [ten, 90, 9],
    [ten, 95, 10],
    [ten, 100, 10],
    [[1, 2, 3, 4], 50, 2],
    [[1, 2, 3, 4], 75, 3],
    [[1, 2, 3, 4], 76, 4],
    [[3.5, 1.25, 2], 50, 2],
    [Array.from({ length: 20 }, (_, i) => i + 1), 95, 19],
  ])('percentile(%j, %d) = %s', (values, p, want) => {
    expect(percentile(values, p)).toBe(want);
  });

  it('does not reorder its input', () => {
    const v = [3, 1, 2];
    percentile(v, 50);
    expect(v).toEqual([3, 1, 2]);
  });
});

let app: TestServer;
let count: Record<string, number>;
beforeEach(async () => {
  count = {};
  app = await startServer(async (req, res) => {
    const path = req.url ?? '';
    const n = (count[path] ?? 0) + 1;
    count[path] = n;
    if (path === '/slow') await delay(120);
    if (path === '/spiky' && n % 10 === 0) await delay(150);
    if (path === '/cold' && n === 1) await delay(300);
    if (path === '/wait') await delay(30);
    if (path === '/flaky' && n % 3 === 0) return sendText(res, 500, 'oops');
    if (path === '/moved') return sendText(res, 301, '', { location: '/' });
    if (path === '/hang') return;
    sendText(res, 200, `page ${path}`);
  });
});

describe('performance check', () => {
  it('passes within budget, with figures per page and samples evidence', async () => {
    const ctx = await makeContext();
    const o = await run(
      {
        base: app.url,
        pages: ['/', { path: '/search', name: 'search' }, '/moved'],
        samples: 5,
        budgets: { p95: '2s' },
      },
      ctx,
    );
    expect(o.status).toBe('pass');
    expect(o.score).toBe(5);
    expect(o.summary).toMatch(/^3 page\(s\) × 5 samples ok, within budget; slowest p95 \d+ms \(\/.*\)$/);
    expect(count).toEqual({ '/': 6, '/search': 6, '/moved': 6 });
    for (const key of ['/.p50', '/.p95', '/.max', '/.mean', 'search.p50', 'search.p95', '/moved.max']) {
      expect(o.metrics![key], key).toEqual(expect.any(Number));
    }
    expect(o.metrics!['search.errors']).toBe(0);
    const samples = await ctx.readEvidenceJson<{
      warmup: number;
      pages: { name: string; latenciesMs: number[] }[];
    }>('samples.json');
    expect(samples.warmup).toBe(1);
    expect(samples.pages.map((p) => [p.name, p.latenciesMs.length])).toEqual([
      ['/', 5],
      ['search', 5],
      ['/moved', 5],
    ]);
    expect(await ctx.readEvidenceJson<unknown[]>('requests.json')).toHaveLength(18);
  });

  it('fails with score 3 when p95/max are over budget but p50 is within', async () => {
    const o = await run({
      base: app.url,
      pages: ['/spiky'],
      samples: 20,
      warmup: 0,
      concurrency: 1,
      budgets: { p50: '100ms', p95: '100ms', max: '100ms' },
    });
    expect(o.status).toBe('fail');
    expect(o.score).toBe(3);
    expect(messages(o)).toHaveLength(2);
    expect(messages(o)[0]).toMatch(/^GET \/spiky: p95 1\d\dms over budget 100ms \(20 samples\)$/);
    expect(messages(o)[1]).toMatch(/^GET \/spiky: max 1\d\dms over budget 100ms \(20 samples\)$/);
  });

  it('fails with score 2 when even p50 is over budget; a page’s budgets override', async () => {
    const slow = await run({ base: app.url, pages: ['/slow', '/'], samples: 3, budgets: { p50: '50ms' } });
    expect([slow.status, slow.score]).toEqual(['fail', 2]);
    expect(slow.summary).toMatch(/^GET \/slow: p50 1\d\dms over budget 50ms \(3 samples\)$/);
    const overridden = await run({
      base: app.url,
      pages: [{ path: '/slow', budgets: { p50: '5s' } }, '/'],
      samples: 3,
      budgets: { p50: '50ms', p95: '5s' },
    });
    expect(overridden.status).toBe('pass');
  });

  it('leaves warmup out of the figures', async () => {
    const o = await run({
      base: app.url,
      pages: ['/cold'],
      samples: 4,
      warmup: 1,
      budgets: { max: '200ms' },
    });
    expect(o.status).toBe('pass');
    const cold = await run({
      base: app.url,
      pages: ['/cold'],
      samples: 4,
      warmup: 0,
      budgets: { max: '200ms' },
    });
    expect(count['/cold']).toBe(9);
    expect(cold.status).toBe('pass'); // the server is warm now: only its first request ever was slow
  });

  it('reports failed samples per page with a count (score 3)', async () => {
    const o = await run({ base: app.url, pages: ['/flaky', '/'], samples: 9, warmup: 0, concurrency: 1 });
    expect([o.status, o.score]).toEqual(['fail', 3]);
    expect(messages(o)).toEqual(['GET /flaky: 3 of 9 samples failed (status 500 ×3)']);
    expect(o.metrics!['/flaky.errors']).toBe(3);
    expect(o.metrics!['/.errors']).toBe(0);
  });

  it('bounds the requests in flight across pages', async () => {
    const o = await run({ base: app.url, pages: ['/wait', '/'], samples: 6, warmup: 0, concurrency: 2 });
    expect(o.status).toBe('pass');
    expect(app.maxInFlight).toBeLessThanOrEqual(2);
  });

  it('is an error when every sample fails at connection level', async () => {
    const port = await closedPort();
    const o = await run({ base: `http://127.0.0.1:${port}`, pages: ['/', '/b'], samples: 3 });
    expect(o.status).toBe('error');
    expect(o.summary).toBe(`connection refused by 127.0.0.1:${port} (every sample failed)`);
    expect(o.metrics!['/.p50']).toBeNull();
    expect(o.metrics!['/.errors']).toBe(3);
  });

  it('counts timeouts of one page as failed samples, within the request timeout; a page that never answers scores 1', async () => {
    const started = performance.now();
    const o = await run({
      base: app.url,
      pages: ['/hang', '/'],
      samples: 2,
      warmup: 0,
      requestTimeout: '300ms',
    });
    expect(performance.now() - started).toBeLessThan(3000);
    expect([o.status, o.score]).toEqual(['fail', 1]);
    expect(messages(o)).toEqual(['GET /hang: 2 of 2 samples failed (timeout ×2)']);
  });

  it('is an error on DNS failure, and on a bad page', async () => {
    const dns = await run({ base: 'http://nonexistent.invalid', pages: ['/'], samples: 2, warmup: 0 });
    expect(dns.status).toBe('error');
    expect(dns.summary).toMatch(/^DNS lookup failed for nonexistent\.invalid/);
    const bad = await run({ base: app.url, pages: ['ftp://x/'] });
    expect(bad).toEqual({
      status: 'error',
      summary: 'bad performance check: pages[0]: "ftp://x/" is not an http(s) URL',
    });
  });

  it('validates its fields', () => {
    const ok = performanceCheck.fields.parse({ base: 'http://x.test', pages: ['/'] });
    expect(ok).toMatchObject({ samples: 10, warmup: 1, concurrency: 4 });
    for (const bad of [
      { base: 'http://x.test', pages: [] },
      { base: 'http://x.test', pages: ['/'], samples: 0 },
      { base: 'http://x.test', pages: ['/'], concurrency: 65 },
      { base: 'http://x.test', pages: ['/'], budgets: { p99: '1s' } },
      { base: 'http://x.test', pages: [{ path: '/', budgets: { p95: 'fast' } }] },
    ]) {
      expect(performanceCheck.fields.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
