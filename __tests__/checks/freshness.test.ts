import { symlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshnessCheck } from '../../src/checks/web/freshness.js';
import { parseTimestamp } from '../../src/checks/timestamps.js';
import type { CheckOutcome } from '../../src/core/types.js';
import { cleanupContexts, makeContext, type TestContext } from '../helpers/context.js';
import {
  closeAllServers,
  closedPort,
  sendJson,
  sendText,
  startServer,
  type TestServer,
} from '../helpers/servers.js';

afterEach(closeAllServers);
afterAll(cleanupContexts);

const NOW = new Date('2026-03-10T12:00:00Z');
const HOUR = 3_600_000;
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();

async function run(spec: Record<string, unknown>, ctx?: TestContext): Promise<CheckOutcome> {
  return freshnessCheck.run(
    freshnessCheck.fields.parse(spec),
    ctx ?? (await makeContext({ now: () => NOW })),
  );
}
const messages = (o: CheckOutcome) => (o.findings ?? []).map((f) => f.message);

describe('parseTimestamp', () => {
  it.each([
    ['2026-03-07T04:05:06Z', '2026-03-07T04:05:06.000Z'],
    ['2026-03-07T04:05:06.789+01:00', '2026-03-07T03:05:06.789Z'],
    ['2026-03-07T04:05:06+0100', '2026-03-07T03:05:06.000Z'],
    ['2026-03-07T04:05:06-02', '2026-03-07T06:05:06.000Z'],
    ['2026-03-07 04:05:06', '2026-03-07T04:05:06.000Z'],
    ['2026-03-07T04:05', '2026-03-07T04:05:00.000Z'],
    ['2026-03-07', '2026-03-07T00:00:00.000Z'],
    [1772856306, '2026-03-07T04:05:06.000Z'],
    [1772856306789, '2026-03-07T04:05:06.789Z'],
    ['1772856306', '2026-03-07T04:05:06.000Z'],
  ])('%j → %s', (value, iso) => {
    expect(parseTimestamp(value)?.toISOString()).toBe(iso);
  });

  it.each([['yesterday'], ['March 7, 2026'], ['2026-13-45'], [''], [-5], [true], [null], [{}], [Number.NaN]])(
    '%j → undefined',
    (value) => {
      expect(parseTimestamp(value)).toBeUndefined();
    },
  );
});

let app: TestServer;
let doc: unknown;
beforeEach(async () => {
  doc = {};
  app = await startServer((req, res) => {
    if (req.url === '/status') return sendJson(res, 200, doc, { authorization: 'never-echoed' });
    if (req.url === '/html') return sendText(res, 200, '<html>status page</html>');
    if (req.url === '/down') return sendText(res, 503, 'maintenance');
    if (req.url === '/hang') return;
    sendText(res, 404, 'no');
  });
});

describe('freshness check: url', () => {
  it('passes when the timestamp is recent and counters are filled', async () => {
    doc = { last_ingest: ago(2 * HOUR), tables: { permits: 12, cron_log: 3 } };
    const ctx = await makeContext({ now: () => NOW });
    const o = await run(
      {
        url: `${app.url}/status`,
        timestamp: 'last_ingest',
        maxAge: '26h',
        counters: { 'tables.permits': {}, 'tables.cron_log': { min: 2 } },
      },
      ctx,
    );
    expect(o).toMatchObject({
      status: 'pass',
      score: 5,
      summary: 'last_ingest 2.0h old (maxAge 26h), 2 counter(s) ok',
    });
    expect(o.metrics).toEqual({
      maxAgeMs: 26 * HOUR,
      ageMs: 2 * HOUR,
      'tables.permits': 12,
      'tables.cron_log': 3,
    });
    expect(ctx.evidenceFiles.sort()).toEqual([
      'evidence/check/freshness.json',
      'evidence/check/requests.json',
    ]);
    const ev = await ctx.readEvidenceJson<{ timestamp: { iso: string } }>('freshness.json');
    expect(ev.timestamp.iso).toBe(ago(2 * HOUR));
  });

  it('fails with score 2 when older than maxAge', async () => {
    doc = { meta: { updated_at: '2026-03-07T12:00:00Z' } };
    const o = await run({ url: `${app.url}/status`, timestamp: 'meta.updated_at', maxAge: '26h' });
    expect([o.status, o.score]).toEqual(['fail', 2]);
    expect(o.summary).toBe('meta.updated_at is 3.0d old, older than maxAge 26h (2026-03-07T12:00:00.000Z)');
  });

  it('reads epoch seconds and milliseconds', async () => {
    doc = { s: Math.floor((NOW.getTime() - HOUR) / 1000), ms: NOW.getTime() - 30 * HOUR };
    expect((await run({ url: `${app.url}/status`, timestamp: 's', maxAge: '2h' })).status).toBe('pass');
    expect((await run({ url: `${app.url}/status`, timestamp: 'ms', maxAge: '1d' })).summary).toMatch(
      /^ms is 1\.3d old/,
    );
  });

  it('warns about a timestamp more than 5 minutes in the future', async () => {
    doc = { soon: ago(-2 * 60_000), later: ago(-2 * HOUR) };
    expect((await run({ url: `${app.url}/status`, timestamp: 'soon', maxAge: '1h' })).status).toBe('pass');
    const o = await run({ url: `${app.url}/status`, timestamp: 'later', maxAge: '1h' });
    expect([o.status, o.score]).toEqual(['warn', 4]);
    expect(o.summary).toBe(`later is 2.0h in the future (${ago(-2 * HOUR)}): clock skew?`);
  });

  it('fails clearly on a missing or unreadable timestamp', async () => {
    doc = { last_ingest: 'yesterday' };
    const missing = await run({ url: `${app.url}/status`, timestamp: 'meta.updated_at', maxAge: '1h' });
    expect(missing).toMatchObject({
      status: 'fail',
      summary: `meta.updated_at is missing from ${app.url}/status`,
    });
    const bad = await run({ url: `${app.url}/status`, timestamp: 'last_ingest', maxAge: '1h' });
    expect(bad.summary).toBe(
      'last_ingest = "yesterday" is not a timestamp (expected ISO-8601, or epoch seconds or milliseconds)',
    );
  });

  it('fails on an empty counter, or warns for a warn-level one', async () => {
    doc = { last_ingest: ago(HOUR), tables: { permits: 5, cron_log: 0 } };
    const spec = { url: `${app.url}/status`, timestamp: 'last_ingest', maxAge: '26h' };
    const fail = await run({
      ...spec,
      counters: { 'tables.cron_log': {}, 'tables.gone': { level: 'warn' } },
    });
    expect([fail.status, fail.score]).toEqual(['fail', 2]);
    expect(messages(fail)).toEqual([
      'tables.cron_log = 0, expected at least 1',
      `tables.gone is missing from ${app.url}/status, expected at least 1`,
    ]);
    expect(fail.summary).toBe('tables.cron_log = 0, expected at least 1 (+1 more)');
    expect(fail.metrics).toMatchObject({ 'tables.cron_log': 0, 'tables.gone': null });
    const warn = await run({
      ...spec,
      counters: { 'tables.cron_log': { level: 'warn' }, 'tables.permits': { min: 5 } },
    });
    expect([warn.status, warn.score, warn.summary]).toEqual([
      'warn',
      4,
      'tables.cron_log = 0, expected at least 1',
    ]);
  });

  it('fails on a non-2xx answer or a body that is not JSON', async () => {
    const down = await run({ url: `${app.url}/down`, timestamp: 't', maxAge: '1h' });
    expect(down).toMatchObject({ status: 'fail', summary: `GET ${app.url}/down answered 503, expected 2xx` });
    const html = await run({ url: `${app.url}/html`, timestamp: 't', maxAge: '1h' });
    expect(html.status).toBe('fail');
    expect(html.summary).toMatch(new RegExp(`^GET ${app.url}/html: body is not JSON: `));
  });

  it('is an error when the endpoint cannot be reached', async () => {
    const port = await closedPort();
    const refused = await run({ url: `http://127.0.0.1:${port}/status`, timestamp: 't', maxAge: '1h' });
    expect(refused).toEqual({
      status: 'error',
      summary: `GET http://127.0.0.1:${port}/status: connection refused by 127.0.0.1:${port}`,
    });
    const started = performance.now();
    const hang = await run({ url: `${app.url}/hang`, timestamp: 't', maxAge: '1h', requestTimeout: '300ms' });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(hang).toMatchObject({
      status: 'error',
      summary: `GET ${app.url}/hang: no complete response within 300ms`,
    });
    const dns = await run({ url: 'http://nonexistent.invalid/status', timestamp: 't', maxAge: '1h' });
    expect(dns.status).toBe('error');
    const tls = await run({ url: `https://127.0.0.1:${app.port}/status`, timestamp: 't', maxAge: '1h' });
    expect(tls.status).toBe('error');
    expect(tls.summary).toMatch(/TLS error/);
  });
});

describe('freshness check: file', () => {
  it('uses the file’s mtime when no timestamp is given', async () => {
    const ctx = await makeContext({ now: () => NOW });
    const file = path.join(ctx.cwd, 'ingest.log');
    await writeFile(file, 'done\n');
    await utimes(file, NOW, new Date(NOW.getTime() - 3 * HOUR));
    expect(await run({ file: 'ingest.log', maxAge: '4h' }, ctx)).toMatchObject({
      status: 'pass',
      summary: 'ingest.log (mtime) 3.0h old (maxAge 4h)',
    });
    const old = await run({ file: 'ingest.log', maxAge: '2h' }, ctx);
    expect([old.status, old.score]).toEqual(['fail', 2]);
    expect(old.summary).toBe(`ingest.log (mtime) is 3.0h old, older than maxAge 2h (${ago(3 * HOUR)})`);
  });

  it('reads a timestamp and counters from a JSON file', async () => {
    const ctx = await makeContext({ now: () => NOW });
    await writeFile(path.join(ctx.cwd, 'state.json'), JSON.stringify({ at: ago(HOUR), rows: 0 }));
    const o = await run({ file: 'state.json', timestamp: 'at', maxAge: '2h', counters: { rows: {} } }, ctx);
    expect([o.status, o.summary]).toEqual(['fail', 'rows = 0, expected at least 1']);
  });

  it('fails on a missing file or one that is not JSON', async () => {
    const ctx = await makeContext({ now: () => NOW });
    const missing = await run({ file: 'nope.json', maxAge: '1h' }, ctx);
    expect(missing.status).toBe('fail');
    expect(missing.summary).toMatch(/^cannot read nope\.json: ENOENT/);
    await writeFile(path.join(ctx.cwd, 'bad.json'), '{oops');
    const bad = await run({ file: 'bad.json', timestamp: 'at', maxAge: '1h' }, ctx);
    expect(bad.summary).toMatch(/^bad\.json is not JSON: /);
  });
});

describe('freshness check: the file stays in the workspace', () => {
  it('a path or link leading outside is an error; allowOutsideWorkspace reads it and says so', async () => {
    const ctx = await makeContext({ now: () => NOW });
    const outside = await makeContext();
    await writeFile(path.join(outside.cwd, 'state.json'), JSON.stringify({ at: ago(HOUR) }));
    await symlink(path.join(outside.cwd, 'state.json'), path.join(ctx.cwd, 'state.json'));
    const rel = path.relative(ctx.cwd, path.join(outside.cwd, 'state.json'));
    for (const file of [rel, 'state.json']) {
      const o = await run({ file, timestamp: 'at', maxAge: '2h' }, ctx);
      expect(o.status).toBe('error');
      expect(o.summary).toBe(
        `freshness file ${file} is outside the workspace (it resolves to ${path.join(outside.cwd, 'state.json')}); set allowOutsideWorkspace: true on the check to read it`,
      );
    }
    const allowed = await run(
      { file: 'state.json', timestamp: 'at', maxAge: '2h', allowOutsideWorkspace: true },
      ctx,
    );
    expect(allowed.status).toBe('pass');
    expect(messages(allowed)).toEqual([
      `freshness file state.json is outside the workspace (${path.join(outside.cwd, 'state.json')}); read because allowOutsideWorkspace is set`,
    ]);
  });
});

describe('freshness check: bad config', () => {
  it.each([
    [{ maxAge: '1h' }, 'bad freshness check: give exactly one of url or file'],
    [
      { url: 'http://x.test/', file: 'a.json', maxAge: '1h' },
      'bad freshness check: give exactly one of url or file, not both',
    ],
    [
      { url: 'http://x.test/', maxAge: '1h' },
      'bad freshness check: with url, give timestamp (the JSON path of the last update)',
    ],
  ])('%j → error', async (spec, summary) => {
    expect(await run(spec)).toEqual({ status: 'error', summary });
  });

  it('validates its fields', () => {
    expect(freshnessCheck.fields.safeParse({ file: 'a' }).success).toBe(false);
    expect(freshnessCheck.fields.safeParse({ file: 'a', maxAge: 'old' }).success).toBe(false);
    expect(
      freshnessCheck.fields.safeParse({ url: 'file:///etc', timestamp: 't', maxAge: '1h' }).success,
    ).toBe(false);
    expect(
      freshnessCheck.fields.safeParse({ file: 'a', maxAge: '1h', counters: { x: { level: 'error' } } })
        .success,
    ).toBe(false);
    expect(freshnessCheck.fields.parse({ file: 'a', maxAge: '1h', counters: { x: {} } }).counters).toEqual({
      x: { min: 1, level: 'fail' },
    });
  });
});
