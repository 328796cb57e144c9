import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { httpCheck } from '../../src/checks/web/http.js';
import type { CheckOutcome } from '../../src/core/types.js';
import { cleanupContexts, makeContext, type TestContext } from '../helpers/context.js';
import { tempDir } from '../helpers/fs.js';
import { closeAllServers, closedPort, sendJson, sendText, startServer } from '../helpers/servers.js';
import { runCheck } from './run.js';

afterEach(closeAllServers);
afterAll(cleanupContexts);

async function run(spec: Record<string, unknown>, ctx?: TestContext): Promise<CheckOutcome> {
  return httpCheck.run(httpCheck.fields.parse(spec), ctx ?? (await makeContext()));
}

describe('http check: could not run', () => {
  it('is an error when the only request is refused', async () => {
    const port = await closedPort();
    const o = await run({ url: `http://127.0.0.1:${port}/health`, retries: 1, backoff: '10ms' });
    expect(o.status).toBe('error');
    expect(o.summary).toBe(`connection refused by 127.0.0.1:${port} after 2 attempts`);
    expect(o.findings).toEqual([
      {
        level: 'failure',
        message: `GET http://127.0.0.1:${port}/health: connection refused by 127.0.0.1:${port} after 2 attempts`,
      },
    ]);
  });

  it('is an error when every request fails at connection level, a failure when only some do', async () => {
    const port = await closedPort();
    const all = await run({ base: `http://127.0.0.1:${port}`, requests: [{ path: '/a' }, { path: '/b' }] });
    expect(all.status).toBe('error');
    expect(all.summary).toBe(`connection refused by 127.0.0.1:${port} (all 2 requests failed)`);
    const s = await startServer((_req, res) => sendText(res, 200, 'ok'));
    const some = await run({ requests: [{ url: `${s.url}/ok` }, { url: `http://127.0.0.1:${port}/down` }] });
    expect(some.status).toBe('fail');
    expect(some.findings?.map((f) => f.message)).toEqual([
      `GET http://127.0.0.1:${port}/down: connection refused by 127.0.0.1:${port}`,
    ]);
  });

  it('is an error on a DNS failure', async () => {
    const o = await run({ url: 'http://nonexistent.invalid/' });
    expect(o.status).toBe('error');
    expect(o.summary).toMatch(/^DNS lookup failed for nonexistent\.invalid \((ENOTFOUND|EAI_AGAIN)\)$/);
  });

  it('names the host a redirect led to when that one cannot be resolved', async () => {
    const s = await startServer((_req, res) =>
      sendText(res, 302, '', { location: 'http://nowhere.invalid/x' }),
    );
    const o = await run({ url: `${s.url}/moved`, followRedirects: true });
    expect(o.status).toBe('error');
    expect(o.summary).toMatch(
      new RegExp(
        `^DNS lookup failed for nowhere\\.invalid \\((ENOTFOUND|EAI_AGAIN)\\), redirected from 127\\.0\\.0\\.1:${s.port}$`,
      ),
    );
  });

  it('names the host a redirect led to when it refuses the connection', async () => {
    const port = await closedPort();
    const s = await startServer((_req, res) =>
      sendText(res, 307, '', { location: `http://127.0.0.1:${port}/there` }),
    );
    const o = await run({ url: `${s.url}/moved`, followRedirects: true });
    expect(o.summary).toBe(`connection refused by 127.0.0.1:${port}, redirected from 127.0.0.1:${s.port}`);
  });

  it('says the connection was refused, with the attempts, when the retries outlast the check timeout', async () => {
    const port = await closedPort();
    const dir = await tempDir();
    // Backoff 500ms, then 1s, 2s, 4s: the retries would take longer than the check may.
    const r = await runCheck(
      'http',
      { url: `http://127.0.0.1:${port}/health`, retries: 5, backoff: '500ms' },
      { cwd: dir, extra: { timeoutMs: 3000 } },
    );
    expect(r.status).toBe('error');
    expect(r.summary).toMatch(
      new RegExp(`^could not run: connection refused by 127\\.0\\.0\\.1:${port} after [23] attempts$`),
    );
  });

  it('is an error on a TLS failure (https to a plain http server)', async () => {
    const s = await startServer((_req, res) => sendText(res, 200, 'plain'));
    const o = await run({ url: `https://127.0.0.1:${s.port}/` });
    expect(o.status).toBe('error');
    expect(o.summary).toMatch(/^TLS error talking to 127\.0\.0\.1:\d+: .*wrong version number/);
  });

  it('times out a server that accepts and never answers, within the request timeout', async () => {
    const s = await startServer(() => undefined);
    const started = performance.now();
    const o = await run({ url: `${s.url}/hang`, requestTimeout: '300ms' });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(o.status).toBe('error');
    expect(o.summary).toBe('no complete response within 300ms');
  });

  it('stops when the check’s signal aborts', async () => {
    const s = await startServer(() => undefined);
    const ctx = await makeContext();
    setTimeout(() => ctx.controller.abort(new Error('timed out')), 200);
    const started = performance.now();
    const o = await run({ url: `${s.url}/hang`, requestTimeout: '10s', retries: 3 }, ctx);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(o.status).toBe('error');
    expect(o.summary).toBe('request stopped (check timed out)');
  });
});

describe('http check: bad config', () => {
  it.each([
    [{}, 'bad http check: nothing to request: give url or requests'],
    [
      { url: 'http://x.test/', requests: [{ url: 'http://x.test/' }] },
      'bad http check: give either url or requests, not both',
    ],
    [
      { url: '/health' },
      'bad http check: url: "/health" is a path: set base, or give an absolute http(s) URL',
    ],
    [{ requests: [{ path: '/a' }] }, 'bad http check: requests[0]: path needs base'],
    [
      { base: 'http://x.test', requests: [{ method: 'GET' }] },
      'bad http check: requests[0]: give path or url',
    ],
    [
      { base: 'http://x.test', requests: [{ path: '/a', url: '/b' }] },
      'bad http check: requests[0]: give path or url, not both',
    ],
    [{ url: 'http://x.test/', body: 'x' }, 'bad http check: url: a GET request cannot have a body'],
  ])('%j → error', async (spec, summary) => {
    expect(await run(spec)).toEqual({ status: 'error', summary });
  });

  it('rejects bad field values at parse time', () => {
    for (const spec of [
      { base: 'ftp://x.test', url: '/a' },
      { url: 'http://x.test', retries: 9 },
      { url: 'http://x.test', concurrency: 0 },
      { url: 'http://x.test', expect: { assert: 'tables.permits >' } },
      { url: 'http://x.test', expect: { matches: '(' } },
      { url: 'http://x.test', expect: { maxLatency: 'soon' } },
      { url: 'http://x.test', expect: { status: 99 } },
      { url: 'http://x.test', expect: { unknown: 1 } },
    ]) {
      expect(httpCheck.fields.safeParse(spec).success, JSON.stringify(spec)).toBe(false);
    }
  });
});

describe('http check: secrets', () => {
  it('a redirect to another origin does not carry credentials or sensitive headers; one to the same origin does', async () => {
    const other = await startServer((_req, res) => sendText(res, 200, 'other'));
    const s = await startServer((req, res) => {
      if (req.url === '/away') sendText(res, 302, '', { location: `${other.url}/landed` });
      else if (req.url === '/home') sendText(res, 302, '', { location: '/landed' });
      else sendText(res, 200, 'home');
    });
    const headers = {
      Authorization: 'Bearer tok_abcdef123456',
      Cookie: 'sid=1',
      'X-API-Key': 'key-123456',
      'X-Trace': 't',
    };
    expect((await run({ url: `${s.url}/away`, headers, followRedirects: true })).status).toBe('pass');
    expect(other.seen[0]!.headers).toMatchObject({ 'x-trace': 't' });
    expect(other.seen[0]!.headers.authorization).toBeUndefined();
    expect(other.seen[0]!.headers.cookie).toBeUndefined();
    expect(other.seen[0]!.headers['x-api-key']).toBeUndefined();
    expect((await run({ url: `${s.url}/home`, headers, followRedirects: true })).status).toBe('pass');
    expect(s.seen.find((r) => r.url === '/landed')!.headers.authorization).toBe('Bearer tok_abcdef123456');
  });

  it('a 303 answer to a POST is followed with a GET without the body', async () => {
    const s = await startServer((req, res) =>
      req.url === '/form'
        ? sendText(res, 303, '', { location: '/done' })
        : sendText(res, 200, req.method ?? ''),
    );
    const o = await run({
      requests: [{ url: `${s.url}/form`, method: 'POST', body: 'a=1' }],
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      followRedirects: true,
    });
    expect(o.status).toBe('pass');
    expect(s.seen.map((r) => [r.method, r.url, r.body, r.headers['content-type']])).toEqual([
      ['POST', '/form', 'a=1', 'application/x-www-form-urlencoded'],
      ['GET', '/done', '', undefined],
    ]);
  });

  it('never writes a sensitive header value into evidence', async () => {
    const token = 'tok_9f8e7d6c5b4a3210';
    const apiKey = 'key-abcdef-123456';
    const s = await startServer((req, res) => sendJson(res, 200, { seen: req.headers }));
    const ctx = await makeContext();
    const o = await run(
      {
        url: `${s.url}/echo`,
        headers: { Authorization: `Bearer ${token}`, 'X-API-Key': apiKey, 'X-Trace': 'visible-trace' },
        expect: { json: { 'seen.x-trace': 'visible-trace' } },
      },
      ctx,
    );
    expect(o.status).toBe('pass');
    // The server got the real values; the evidence file does not hold them.
    expect(s.seen[0]!.headers.authorization).toBe(`Bearer ${token}`);
    const file = await readFile(path.join(ctx.outputDir, ctx.evidenceFiles[0]!), 'utf8');
    expect(ctx.evidenceFiles).toEqual(['evidence/check/requests.json']);
    expect(file).toContain('visible-trace');
    expect(file).toContain('***');
    expect(file).not.toContain(token);
    expect(file).not.toContain(apiKey);
  });
});
