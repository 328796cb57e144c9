// Tests of the demo service, run by the `unit-tests` check of promotion-gate.yml (node:test, no dependencies).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startDemoServer } from '../server.mjs';

const get = (base, path, init = {}) => fetch(`${base}${path}`, { redirect: 'manual', ...init });

describe('demo service, healthy', () => {
  let demo;
  before(async () => {
    demo = await startDemoServer({ cronSecret: 'test-secret' });
  });
  after(() => demo.close());

  test('listens on a free loopback port', () => {
    assert.match(demo.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.ok(demo.port > 0);
  });

  test('GET /health answers ok with table counts', async () => {
    const res = await get(demo.url, '/health');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /application\/json/);
    const body = await res.json();
    assert.equal(body.status, 'ok');
    assert.equal(body.version, '1.4.2');
    assert.ok(body.tables.permits > 0);
    assert.equal(body.tables.users, 1200);
  });

  test('public pages carry their headings', async () => {
    for (const [path, text] of [
      ['/', 'Acme Permits'],
      ['/methodology', 'Methodology'],
      ['/about-data', 'About the data'],
      ['/search?q=roof', 'Search'],
      ['/login', 'Sign in'],
    ]) {
      const res = await get(demo.url, path);
      assert.equal(res.status, 200, path);
      assert.ok((await res.text()).includes(text), `${path} contains ${text}`);
    }
  });

  test('protected pages redirect to the login page', async () => {
    for (const path of ['/brief', '/portfolio']) {
      const res = await get(demo.url, path);
      await res.arrayBuffer();
      assert.equal(res.status, 302, path);
      assert.equal(res.headers.get('location'), `/login?next=${path}`);
    }
  });

  test('admin and account routes refuse anonymous requests', async () => {
    const admin = await get(demo.url, '/admin/feedback');
    await admin.arrayBuffer();
    assert.equal(admin.status, 403);
    const account = await get(demo.url, '/api/account');
    assert.equal(account.status, 401);
    assert.deepEqual(await account.json(), { error: 'authentication required' });
  });

  test('GET on a POST-only cron endpoint answers 405 with Allow: POST', async () => {
    for (const path of ['/cron/nightly', '/cron/compute-caches']) {
      const res = await get(demo.url, path);
      await res.arrayBuffer();
      assert.equal(res.status, 405, path);
      assert.equal(res.headers.get('allow'), 'POST');
    }
  });

  test('POST to a cron endpoint needs the bearer secret', async () => {
    const anonymous = await get(demo.url, '/cron/nightly', { method: 'POST' });
    await anonymous.arrayBuffer();
    assert.equal(anonymous.status, 401);
    const wrong = await get(demo.url, '/cron/nightly', {
      method: 'POST',
      headers: { authorization: 'Bearer nope' },
    });
    await wrong.arrayBuffer();
    assert.equal(wrong.status, 401);
    const ok = await get(demo.url, '/cron/compute-caches', {
      method: 'POST',
      headers: { authorization: 'Bearer test-secret' },
    });
    assert.equal(ok.status, 202);
    assert.equal((await ok.json()).queued, true);
  });

  test('freshness reports a recent ingest', async () => {
    const body = await (await get(demo.url, '/api/freshness')).json();
    const ageMs = Date.now() - Date.parse(body.last_ingest);
    assert.ok(ageMs > 19 * 60_000 && ageMs < 21 * 60_000, `age ${ageMs}ms`);
    assert.ok(body.counters.cron_log > 0);
  });

  test('unknown routes answer 404', async () => {
    const res = await get(demo.url, '/no-such-page');
    await res.arrayBuffer();
    assert.equal(res.status, 404);
  });
});

describe('demo service, faults', () => {
  test('auth-leak, unhealthy and stale break what they say', async () => {
    const demo = await startDemoServer({ faults: ['auth-leak', 'unhealthy', 'stale'] });
    try {
      const portfolio = await get(demo.url, '/portfolio');
      assert.equal(portfolio.status, 200);
      assert.match(await portfolio.text(), /portfolio/i);
      const health = await get(demo.url, '/health');
      assert.equal(health.status, 503);
      assert.equal((await health.json()).status, 'degraded');
      const methodology = await get(demo.url, '/methodology');
      await methodology.arrayBuffer();
      assert.equal(methodology.status, 500);
      const fresh = await (await get(demo.url, '/api/freshness')).json();
      assert.ok(Date.now() - Date.parse(fresh.last_ingest) > 2 * 86_400_000);
      assert.equal(fresh.counters.cron_log, 0);
    } finally {
      await demo.close();
    }
  });

  test('delayMs holds every answer back', async () => {
    const demo = await startDemoServer({ delayMs: 120 });
    try {
      const started = performance.now();
      const res = await get(demo.url, '/health');
      await res.arrayBuffer();
      assert.ok(performance.now() - started >= 110);
    } finally {
      await demo.close();
    }
  });

  test('an unknown fault is refused with the list of known ones', async () => {
    await assert.rejects(
      startDemoServer({ faults: ['flaky'] }),
      /unknown fault "flaky".*slow, auth-leak, unhealthy, stale/,
    );
  });
});
