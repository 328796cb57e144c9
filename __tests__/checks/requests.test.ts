import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  isSensitiveHeader,
  protectHeaders,
  type RequestSettings,
  type RequestTarget,
  requestSettings,
  resolveUrl,
  sendAll,
  sendRequest,
  uniqueNames,
} from '../../src/checks/web/requests.js';
import { cleanupContexts, makeContext } from '../helpers/context.js';
import {
  closeAllServers,
  closedPort,
  delay,
  sendText,
  startServer,
  streamBytes,
} from '../helpers/servers.js';

afterEach(closeAllServers);
afterAll(cleanupContexts);

const settings = (over: Partial<RequestSettings> = {}): RequestSettings => ({
  timeoutMs: 5000,
  retries: 0,
  backoffMs: 10,
  followRedirects: false,
  maxBodyBytes: 1024 * 1024,
  ...over,
});
const target = (url: string, name = 'req'): RequestTarget => ({ name, label: name, method: 'GET', url });

describe('resolveUrl', () => {
  it.each([
    ['https://x.test', '/health', 'https://x.test/health'],
    ['https://x.test/', '/health', 'https://x.test/health'],
    ['https://x.test/api', '/health', 'https://x.test/api/health'],
    ['https://x.test/api/', 'health?x=1', 'https://x.test/api/health?x=1'],
    ['https://x.test', '', 'https://x.test'],
    ['https://x.test', 'http://other.test/a', 'http://other.test/a'],
    [undefined, 'https://other.test/a', 'https://other.test/a'],
  ])('%s + %s → %s', (base, path, want) => {
    expect(resolveUrl(base, path)).toBe(want);
  });

  it('refuses a path without base, and non-http schemes', () => {
    expect(() => resolveUrl(undefined, '/health')).toThrow(/is a path: set base/);
    expect(() => resolveUrl('https://x.test', 'ftp://x.test/a')).toThrow(/not an http\(s\) URL/);
  });
});

describe('requestSettings', () => {
  it('defaults the request timeout to the smaller of 10s and the check timeout', async () => {
    expect(requestSettings({}, await makeContext({ timeoutMs: 3000 })).timeoutMs).toBe(3000);
    expect(requestSettings({}, await makeContext({ timeoutMs: 60_000 })).timeoutMs).toBe(10_000);
    const s = requestSettings({ requestTimeout: '2s', backoff: '1s', retries: 2 }, await makeContext());
    expect(s).toMatchObject({
      timeoutMs: 2000,
      backoffMs: 1000,
      retries: 2,
      followRedirects: false,
      maxBodyBytes: 1048576,
    });
    expect(requestSettings({}, await makeContext()).backoffMs).toBe(250);
  });
});

describe('headers', () => {
  it.each([
    ['Authorization', true],
    ['cookie', true],
    ['X-API-Key', true],
    ['x-auth-token', true],
    ['X-Client-Secret', true],
    ['accept', false],
    ['x-request-id', false],
  ])('%s sensitive: %s', (name, sensitive) => {
    expect(isSensitiveHeader(name)).toBe(sensitive);
  });

  it('registers sensitive values, and the credential after the scheme, as secrets', async () => {
    const ctx = await makeContext();
    protectHeaders({ authorization: 'Bearer abc123xyz', accept: 'application/json' }, ctx);
    expect(ctx.redactor.values().sort()).toEqual(['Bearer abc123xyz', 'abc123xyz']);
  });

  it('uniqueNames keeps names unique', () => {
    expect(uniqueNames(['/a', '/a', '/a-2', '/b'])).toEqual(['/a', '/a-2', '/a-2-2', '/b']);
  });
});

describe('sendRequest', () => {
  it('retries 5xx answers with backoff until one succeeds', async () => {
    let n = 0;
    const s = await startServer((_req, res) =>
      ++n < 3 ? sendText(res, 503, 'busy') : sendText(res, 200, 'ok'),
    );
    const sent = await sendRequest(target(`${s.url}/x`), settings({ retries: 3 }), await makeContext());
    expect(sent.response?.status).toBe(200);
    expect(sent.record).toMatchObject({ status: 200, attempts: 3, bodyExcerpt: 'ok' });
    expect(s.seen).toHaveLength(3);
  });

  it('gives up after the retries and keeps the last 5xx; never retries 4xx', async () => {
    const s = await startServer((req, res) => sendText(res, req.url === '/nf' ? 404 : 500, 'no'));
    const ctx = await makeContext();
    expect((await sendRequest(target(`${s.url}/e`), settings({ retries: 2 }), ctx)).record).toMatchObject({
      status: 500,
      attempts: 3,
    });
    expect((await sendRequest(target(`${s.url}/nf`), settings({ retries: 2 }), ctx)).record.attempts).toBe(1);
  });

  it('retries a refused connection with doubling backoff', async () => {
    const port = await closedPort();
    const sent = await sendRequest(
      target(`http://127.0.0.1:${port}/`),
      settings({ retries: 2, backoffMs: 40 }),
      await makeContext(),
    );
    expect(sent.error).toEqual({
      kind: 'refused',
      message: `connection refused by 127.0.0.1:${port} after 3 attempts`,
    });
    expect(sent.record).toMatchObject({ attempts: 3, errorKind: 'refused' });
    expect(sent.record.totalMs).toBeGreaterThanOrEqual(40 + 80 - 5);
  });

  it('does not retry DNS or TLS errors', async () => {
    const ctx = await makeContext();
    const dns = await sendRequest(target('http://nonexistent.invalid/'), settings({ retries: 3 }), ctx);
    expect(dns.record).toMatchObject({ errorKind: 'dns', attempts: 1 });
    expect(dns.error?.message).toMatch(/DNS lookup failed for nonexistent\.invalid/);
    const s = await startServer((_req, res) => sendText(res, 200, 'plain'));
    const tls = await sendRequest(target(`https://127.0.0.1:${s.port}/`), settings({ retries: 3 }), ctx);
    expect(tls.record).toMatchObject({ errorKind: 'tls', attempts: 1 });
    expect(tls.error?.message).toMatch(/TLS error talking to 127\.0\.0\.1.*wrong version number/);
  });

  it('times out on a server that never answers, and retries timeouts', async () => {
    const s = await startServer(() => undefined);
    const started = performance.now();
    const sent = await sendRequest(
      target(`${s.url}/hang`),
      settings({ timeoutMs: 300, retries: 1 }),
      await makeContext(),
    );
    expect(sent.error).toEqual({
      kind: 'timeout',
      message: 'no complete response within 300ms after 2 attempts',
    });
    expect(sent.record.attempts).toBe(2);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('does not start a retry that cannot end before the check’s deadline, and says what failed', async () => {
    const port = await closedPort();
    const ctx = await makeContext({ timeoutMs: 1000, deadline: performance.now() + 1000 });
    const sent = await sendRequest(
      target(`http://127.0.0.1:${port}/`),
      settings({ retries: 5, backoffMs: 2000 }),
      ctx,
    );
    expect(sent.record).toMatchObject({ attempts: 1, errorKind: 'refused' });
    expect(sent.error?.message).toBe(`connection refused by 127.0.0.1:${port}`);
    expect(ctx.logs).toEqual([
      `GET req: connection refused by 127.0.0.1:${port}; no time left for retry 1 of 5 before the check's timeout`,
    ]);
  });

  it('stops retrying when the check is aborted, and sends nothing once aborted', async () => {
    const port = await closedPort();
    const ctx = await makeContext();
    setTimeout(() => ctx.controller.abort(new Error('check timed out')), 150);
    const started = performance.now();
    const sent = await sendRequest(
      target(`http://127.0.0.1:${port}/`),
      settings({ retries: 5, backoffMs: 5000 }),
      ctx,
    );
    expect(performance.now() - started).toBeLessThan(2000);
    expect(sent.record).toMatchObject({ attempts: 1, errorKind: 'refused' });
    const late = await sendRequest(target(`http://127.0.0.1:${port}/`), settings(), ctx);
    expect(late.record).toMatchObject({ attempts: 0, errorKind: 'aborted' });
  });

  it('sees a 302 as a 302 unless told to follow redirects', async () => {
    const s = await startServer((req, res) =>
      req.url === '/old' ? sendText(res, 302, '', { location: '/new' }) : sendText(res, 200, 'new page'),
    );
    const ctx = await makeContext();
    const seen = await sendRequest(target(`${s.url}/old`), settings(), ctx);
    expect(seen.record).toMatchObject({ status: 302, location: '/new' });
    const followed = await sendRequest(target(`${s.url}/old`), settings({ followRedirects: true }), ctx);
    expect(followed.record).toMatchObject({ status: 200, bodyExcerpt: 'new page' });
  });

  it('reads at most maxBodyBytes of a huge body, quickly', async () => {
    const s = await startServer((_req, res) => streamBytes(res, 50 * 1024 * 1024));
    const started = performance.now();
    const sent = await sendRequest(
      target(`${s.url}/big`),
      settings({ maxBodyBytes: 100_000 }),
      await makeContext(),
    );
    expect(performance.now() - started).toBeLessThan(5000);
    expect(sent.record).toMatchObject({ status: 200, truncated: true, bytes: 100_000 });
    expect(sent.record.bodyExcerpt).toHaveLength(2048);
  });
});

describe('sendAll', () => {
  it('bounds concurrency and keeps the input order', async () => {
    const s = await startServer(async (req, res) => {
      await delay(40);
      sendText(res, 200, req.url ?? '');
    });
    const targets = Array.from({ length: 10 }, (_, i) => target(`${s.url}/r${i}`, `r${i}`));
    const sent = await sendAll(targets, settings(), await makeContext(), 3);
    expect(sent.map((x) => x.record.bodyExcerpt)).toEqual(targets.map((_, i) => `/r${i}`));
    expect(s.maxInFlight).toBe(3);
  });
});
