import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { httpCheck } from '../../src/checks/web/http.js';
import type { RequestRecord } from '../../src/checks/web/requests.js';
import type { CheckOutcome } from '../../src/core/types.js';
import { cleanupContexts, makeContext, type TestContext } from '../helpers/context.js';
import {
  closeAllServers,
  delay,
  sendJson,
  sendText,
  startServer,
  streamBytes,
  type TestServer,
} from '../helpers/servers.js';

afterEach(closeAllServers);
afterAll(cleanupContexts);

/** Parses the spec like the engine (defaults apply), then runs the check. */
async function run(spec: Record<string, unknown>, ctx?: TestContext): Promise<CheckOutcome> {
  return httpCheck.run(httpCheck.fields.parse(spec), ctx ?? (await makeContext()));
}
const messages = (o: CheckOutcome) => (o.findings ?? []).map((f) => f.message);

let app: TestServer;
let hits: Record<string, number>;
beforeEach(async () => {
  hits = {};
  app = await startServer(async (req, res, body) => {
    const path = (req.url ?? '').split('?')[0]!;
    hits[path] = (hits[path] ?? 0) + 1;
    switch (path) {
      case '/health':
        return sendJson(
          res,
          200,
          { status: 'ok', tables: { permits: 3, cron_log: 0 } },
          { 'x-frame-options': 'DENY' },
        );
      case '/html':
        return sendText(res, 200, '<html><body>Hello OK</body></html>');
      case '/created':
        return sendText(res, 201, 'created ok');
      case '/plain201':
        return sendText(res, 201, 'nothing here');
      case '/cron/nightly':
        return sendText(res, req.method === 'GET' ? 405 : 200, 'no');
      case '/open-cron':
        return sendText(res, 200, 'ran the job');
      case '/echo':
        return sendJson(res, 200, { method: req.method, body, headers: req.headers });
      case '/slow':
        await delay(150);
        return sendJson(res, 200, { status: 'ok' });
      case '/flaky':
        return hits[path]! < 2 ? sendText(res, 502, 'bad gateway') : sendJson(res, 200, { status: 'ok' });
      case '/old':
        return sendText(res, 302, '', { location: '/login' });
      case '/login':
        return sendText(res, 200, 'login page');
      case '/big':
        return streamBytes(res, 50 * 1024 * 1024);
      case '/hang':
        return;
      default:
        return sendText(res, 404, 'not found');
    }
  });
});

describe('http check: passing', () => {
  it('checks status, headers, body and JSON of several requests', async () => {
    const o = await run({
      base: app.url,
      requests: [
        {
          path: '/health',
          expect: {
            headers: { 'X-Frame-Options': 'deny' },
            json: { status: 'ok', 'tables.permits': 3 },
            assert: ['tables.permits > 0', 'tables.cron_log exists'],
          },
        },
        {
          name: 'page',
          path: '/html',
          expect: { contains: ['hello ok'], notContains: 'error', matches: '<body>' },
        },
      ],
    });
    expect(o.status).toBe('pass');
    expect(o.score).toBe(5);
    expect(o.summary).toMatch(/^2\/2 requests ok, slowest \d+ms$/);
    expect(o.metrics).toMatchObject({ requests: 2, failed: 0 });
    expect(o.metrics!['latency./health']).toEqual(expect.any(Number));
    expect(o.metrics!['latency.page']).toEqual(expect.any(Number));
  });

  it('takes a single absolute url as shorthand and writes requests.json', async () => {
    const ctx = await makeContext();
    const o = await run({ url: `${app.url}/health`, expect: { json: { status: 'ok' } } }, ctx);
    expect(o.status).toBe('pass');
    const [rec] = await ctx.readEvidenceJson<RequestRecord[]>('requests.json');
    expect(rec).toMatchObject({
      method: 'GET',
      url: `${app.url}/health`,
      status: 200,
      attempts: 1,
      truncated: false,
    });
    expect(rec!.contentType).toBe('application/json');
    expect(rec!.bodyExcerpt).toContain('"permits":3');
  });

  it('expresses the cron pattern: an unauthenticated cron route must refuse', async () => {
    const spec = (path: string) => ({
      base: app.url,
      requests: [{ path, method: 'GET', expect: { status: [401, 403, 405] } }],
    });
    expect((await run(spec('/cron/nightly'))).status).toBe('pass');
    const open = await run(spec('/open-cron'));
    expect(open.status).toBe('fail');
    expect(open.summary).toBe('GET /open-cron: status 200, expected 401 or 403 or 405: "ran the job"');
  });

  it('sends method, body and headers; a request’s headers go over the check’s', async () => {
    const o = await run({
      base: app.url,
      headers: { 'X-Env': 'staging', Accept: 'text/plain' },
      requests: [
        {
          path: '/echo',
          method: 'post',
          body: '{"a":1}',
          headers: { accept: 'application/json' },
          expect: {
            json: {
              method: 'POST',
              body: '{"a":1}',
              'headers.x-env': 'staging',
              'headers.accept': 'application/json',
            },
          },
        },
      ],
    });
    expect(messages(o)).toEqual([]);
    expect(o.status).toBe('pass');
  });

  it('merges a request’s expect over the check’s expect key by key', async () => {
    const o = await run({
      base: app.url,
      expect: { contains: 'ok' },
      requests: [
        { path: '/created', expect: { status: 201 } },
        { path: '/plain201', expect: { status: 201 } },
      ],
    });
    expect(o.status).toBe('fail');
    expect(messages(o)).toEqual(['GET /plain201: body does not contain "ok"']);
  });
});

describe('http check: failures', () => {
  it('names the request, the observed value and the expectation', async () => {
    const o = await run({
      base: app.url,
      url: '/health',
      expect: { assert: 'tables.cron_log > 0', json: { status: 'down' } },
    });
    expect(o.status).toBe('fail');
    expect(messages(o)).toEqual([
      'GET /health: status = "ok", expected status == "down"',
      'GET /health: tables.cron_log = 0, expected tables.cron_log > 0',
    ]);
  });

  it('reports a missing or wrong header', async () => {
    const o = await run({
      base: app.url,
      url: '/health',
      expect: {
        headers: { 'content-security-policy': "default-src 'self'", 'x-frame-options': 'SAMEORIGIN' },
      },
    });
    expect(messages(o)).toEqual([
      `GET /health: header content-security-policy missing, expected it to contain "default-src 'self'"`,
      'GET /health: header x-frame-options = "DENY", expected it to contain "SAMEORIGIN"',
    ]);
  });

  it('looks an expected header up by its name only, whatever the name', async () => {
    const o = await run({ base: app.url, url: '/health', expect: { headers: { constructor: 'x' } } });
    expect(o.status).toBe('fail');
    expect(messages(o)).toEqual(['GET /health: header constructor missing, expected it to contain "x"']);
  });

  it('fails a body that is not JSON when JSON is expected', async () => {
    const o = await run({ base: app.url, url: '/html', expect: { json: { status: 'ok' } } });
    expect(o.status).toBe('fail');
    expect(o.summary).toMatch(/^GET \/html: body is not JSON: .*starts with "<html><body>Hello OK/);
  });

  it('grades by failed requests (default pages grading) or by the given grading', async () => {
    const paths = (...list: string[]) => ({ base: app.url, requests: list.map((path) => ({ path })) });
    const one = await run(paths('/health', '/html', '/echo', '/gone'));
    expect([one.status, one.score, one.metrics!.failed]).toEqual(['fail', 4, 1]);
    expect(one.summary).toBe(
      '1 of 4 requests failed, first: GET /gone: status 404, expected 200: "not found"',
    );
    const two = await run(paths('/health', '/html', '/x', '/y'));
    expect([two.status, two.score, two.metrics!.failed]).toEqual(['fail', 3, 2]);
    const three = await run(paths('/health', '/x', '/y', '/z'));
    expect(three.score).toBe(1);
    const custom = await run({
      ...paths('/health', '/x'),
      grading: [{ maxFailures: 0, score: 5 }, { score: 2 }],
    });
    expect(custom.score).toBe(2);
  });

  it('warns over warnLatency and fails over maxLatency', async () => {
    const warn = await run({ base: app.url, url: '/slow', expect: { warnLatency: '50ms' } });
    expect([warn.status, warn.score]).toEqual(['warn', 4]);
    expect(warn.summary).toMatch(/^1\/1 requests ok, slowest \d+ms; 1 over warnLatency$/);
    expect(messages(warn)[0]).toMatch(/^GET \/slow: answered in \d+ms, over warnLatency 50ms$/);
    const fail = await run({
      base: app.url,
      url: '/slow',
      expect: { maxLatency: '50ms', warnLatency: '10ms' },
    });
    expect(fail.status).toBe('fail');
    expect(messages(fail)).toHaveLength(1);
    expect(messages(fail)[0]).toMatch(/over maxLatency 50ms$/);
  });

  it('sees a 302 as a 302 and follows only when asked', async () => {
    const seen = await run({ base: app.url, url: '/old' });
    expect(seen.summary).toBe('GET /old: status 302 (Location: /login), expected 200');
    expect((await run({ base: app.url, url: '/old', expect: { status: 302 } })).status).toBe('pass');
    expect(
      (await run({ base: app.url, url: '/old', followRedirects: true, expect: { contains: 'login' } }))
        .status,
    ).toBe('pass');
  });

  it('retries a 5xx and passes when the retry succeeds', async () => {
    const ctx = await makeContext();
    const o = await run({ base: app.url, url: '/flaky', retries: 2, backoff: '20ms' }, ctx);
    expect(o.status).toBe('pass');
    expect(hits['/flaky']).toBe(2);
    expect(messages(o)).toEqual(['GET /flaky: answered after 2 attempts']);
    const [rec] = await ctx.readEvidenceJson<RequestRecord[]>('requests.json');
    expect(rec).toMatchObject({ status: 200, attempts: 2 });
  });

  it('stops reading a huge body at maxBodyBytes and finishes fast', async () => {
    const ctx = await makeContext();
    const started = performance.now();
    const o = await run(
      { base: app.url, url: '/big', maxBodyBytes: 200_000, expect: { contains: 'zzz' } },
      ctx,
    );
    expect(performance.now() - started).toBeLessThan(5000);
    expect(o.summary).toBe('GET /big: body does not contain "zzz" (only the first 200000 bytes were read)');
    const [rec] = await ctx.readEvidenceJson<RequestRecord[]>('requests.json');
    expect(rec!.truncated).toBe(true);
    expect(rec!.bytes).toBeLessThanOrEqual(200_000);
  });
});
