import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { authCheck } from '../../src/checks/web/auth.js';
import type { RequestRecord } from '../../src/checks/web/requests.js';
import type { CheckOutcome } from '../../src/core/types.js';
import { cleanupContexts, makeContext, type TestContext } from '../helpers/context.js';
import { closeAllServers, closedPort, sendText, startServer, type TestServer } from '../helpers/servers.js';

afterEach(closeAllServers);
afterAll(cleanupContexts);

async function run(spec: Record<string, unknown>, ctx?: TestContext): Promise<CheckOutcome> {
  return authCheck.run(authCheck.fields.parse(spec), ctx ?? (await makeContext()));
}
const messages = (o: CheckOutcome) => (o.findings ?? []).map((f) => f.message);

let app: TestServer;
beforeEach(async () => {
  app = await startServer((req, res) => {
    switch (`${req.method} ${(req.url ?? '').split('?')[0]}`) {
      case 'GET /admin':
        return sendText(res, 401, 'unauthorized');
      case 'GET /settings':
        return sendText(res, 403, 'forbidden');
      case 'GET /account':
        return sendText(res, 302, '', { location: '/auth/login?next=/account' });
      case 'GET /magic':
        return sendText(
          res,
          200,
          '<form><h1>Sign in</h1><input type="email" name="email"><input type="password" name="password"><button>Sign in</button></form>',
        );
      case 'GET /portfolio':
        return sendText(res, 200, '<h1>Your portfolio</h1><p>Holdings: 12</p>');
      case 'GET /leaky':
        // A leaked page whose header offers "Sign in" to a logged-out visitor is still a leak.
        return sendText(res, 200, '<nav><a href="/login">Sign in</a></nav><h1>Admin: all users</h1>');
      case 'GET /magic-link':
        return sendText(
          res,
          200,
          '<form><h1>Log in</h1><input type=email><button>Email me a magic link</button></form>',
        );
      case 'GET /dashboard':
        return sendText(res, 302, '', { location: '/home' });
      case 'GET /nolocation':
        return sendText(res, 302, '');
      case 'POST /api/orders':
        return sendText(res, 401, 'no');
      case 'GET /teapot':
        return sendText(res, 418, 'teapot');
      case 'GET /broken':
        return sendText(res, 500, 'boom');
      default:
        return sendText(res, 404, 'not found');
    }
  });
});

describe('auth check', () => {
  it('passes when every route refuses: 401/403, a login redirect or a login form', async () => {
    const ctx = await makeContext();
    const o = await run(
      { base: app.url, routes: ['/admin', '/settings', '/account', '/magic', 'POST /api/orders'] },
      ctx,
    );
    expect(o).toMatchObject({
      status: 'pass',
      score: 5,
      summary: '5/5 protected routes refuse anonymous access',
    });
    expect(o.metrics).toEqual({ routes: 5, refused: 5, problems: 0, bypasses: 0 });
    expect(app.seen.find((r) => r.url === '/api/orders')?.method).toBe('POST');
    const records = await ctx.readEvidenceJson<RequestRecord[]>('requests.json');
    expect(records.find((r) => r.url.endsWith('/account'))).toMatchObject({
      status: 302,
      location: '/auth/login?next=/account',
    });
    // No credentials of any kind went out.
    for (const r of app.seen)
      expect(Object.keys(r.headers)).not.toEqual(expect.arrayContaining(['authorization']));
  });

  it('fails hard on a bypass: a 2xx page that is not a login form', async () => {
    const o = await run({ base: app.url, routes: ['/admin', '/portfolio', '/settings'] });
    expect(o.status).toBe('fail');
    expect(o.score).toBe(1);
    expect(o.summary).toBe('auth bypass on 1 of 3 routes: /portfolio');
    expect(messages(o)).toEqual(['auth bypass: GET /portfolio answered 200 without credentials']);
    expect(o.metrics).toMatchObject({ bypasses: 1, refused: 2 });
  });

  it('names redirects elsewhere, missing Location, 404s, other 4xx and 5xx', async () => {
    const o = await run({
      base: app.url,
      routes: ['/dashboard', '/nolocation', '/gone', '/teapot', '/broken'],
    });
    expect(o.status).toBe('fail');
    expect(messages(o)).toEqual([
      'GET /dashboard redirects to /home, not to a login page',
      'GET /nolocation answered 302 without a Location header',
      'GET /gone answered 404 (expected 401/403 or a login redirect; is the route gone?)',
      'GET /teapot answered 418 (expected 401/403 or a login redirect)',
      'GET /broken answered 500 (expected 401/403 or a login redirect)',
    ]);
    expect(o.summary).toBe(
      '5 of 5 routes do not refuse anonymous access as expected, first: GET /dashboard redirects to /home, not to a login page',
    );
  });

  it('is not fooled by a leaked page that shows a "Sign in" link, and accepts a magic-link form', async () => {
    const o = await run({ base: app.url, routes: ['/leaky', '/magic-link'] });
    expect(messages(o)).toEqual(['auth bypass: GET /leaky answered 200 without credentials']);
  });

  it('mentions other problems after the bypasses', async () => {
    const o = await run({ base: app.url, routes: ['/portfolio', '/gone'] });
    expect(o.summary).toBe('auth bypass on 1 of 2 routes: /portfolio; 1 other problem(s)');
  });

  it('honours allowStatus, loginLocation and loginBody', async () => {
    const o = await run({
      base: app.url,
      routes: ['/gone', '/dashboard', '/portfolio'],
      allowStatus: [401, 403, 404],
      loginLocation: '^/home$',
      loginBody: 'holdings',
    });
    expect(messages(o)).toEqual([]);
    expect(o.status).toBe('pass');
  });

  it('is an error when every route fails at connection level, a failure when one does', async () => {
    const port = await closedPort();
    const all = await run({ base: `http://127.0.0.1:${port}`, routes: ['/a', '/b'] });
    expect(all).toMatchObject({
      status: 'error',
      summary: `connection refused by 127.0.0.1:${port} (all 2 routes failed)`,
    });
    const dns = await run({ base: 'http://nonexistent.invalid', routes: ['/a'] });
    expect(dns.status).toBe('error');
    expect(dns.summary).toMatch(/^DNS lookup failed for nonexistent\.invalid/);
    const hang = await startServer(() => undefined);
    const started = performance.now();
    const timeout = await run({ base: hang.url, routes: ['/a', '/b'], requestTimeout: '300ms' });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(timeout).toMatchObject({
      status: 'error',
      summary: 'no complete response within 300ms (all 2 routes failed)',
    });
    const tls = await run({ base: `https://127.0.0.1:${app.port}`, routes: ['/admin'] });
    expect(tls.status).toBe('error');
    expect(tls.summary).toMatch(/^TLS error/);
  });

  it('counts one unreachable route among good ones as a failure', async () => {
    const port = await closedPort();
    const o = await run({ base: app.url, routes: ['/admin', `http://127.0.0.1:${port}/x`] });
    expect(o.status).toBe('fail');
    expect(messages(o)).toEqual([`GET http://127.0.0.1:${port}/x: connection refused by 127.0.0.1:${port}`]);
  });

  it('redacts sensitive headers it is told to send', async () => {
    const ctx = await makeContext();
    const o = await run(
      { base: app.url, routes: ['/admin'], headers: { 'x-gateway-token': 'gw-0123456789' } },
      ctx,
    );
    expect(o.status).toBe('pass');
    expect(ctx.redactor.values()).toEqual(['gw-0123456789']);
  });

  it('validates its fields', () => {
    expect(authCheck.fields.safeParse({ base: app.url, routes: [] }).success).toBe(false);
    expect(authCheck.fields.safeParse({ base: app.url, routes: ['GET /a b'] }).success).toBe(false);
    expect(authCheck.fields.safeParse({ routes: ['/a'] }).success).toBe(false);
    expect(authCheck.fields.safeParse({ base: app.url, routes: ['/a'], loginLocation: '(' }).success).toBe(
      false,
    );
    expect(authCheck.fields.parse({ base: app.url, routes: ['/a'] })).toMatchObject({
      allowStatus: [401, 403],
      loginLocation: 'login|signin|sign-in|sso|auth',
      loginBody: `<input[^>]*type=["']?password|magic[ -]link`,
      retries: 0,
      concurrency: 8,
    });
  });
});
