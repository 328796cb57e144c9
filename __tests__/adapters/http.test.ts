import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient, HttpError, type HttpRequest } from '../../src/adapters/http.js';
import { testNode24, withoutNode24 } from '../helpers/node24.js';
import { ROOT } from '../helpers/runner.js';
import { closeAllServers, sendText, startServer } from '../helpers/servers.js';

afterEach(closeAllServers);

const client = createHttpClient('promotion-gate/test');
const get = (url: string, more: Partial<HttpRequest> = {}) =>
  client.request({ url, timeoutMs: 5000, ...more });

/** The error a request fails with (it must fail). */
async function failure(p: Promise<unknown>): Promise<HttpError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(HttpError);
  return err as HttpError;
}

describe('http client: what the server sees', () => {
  it('sends the headers fetch sent: its defaults where none is given, names without case, no host of the caller', async () => {
    const s = await startServer((_req, res) => sendText(res, 200, 'ok'));
    await get(`${s.url}/a`, {
      headers: { 'X-Custom': '  v  ', host: 'elsewhere.example', accept: 'text/html' },
    });
    await get(`${s.url}/b`, { method: 'POST', body: 'hé' });
    await get(`${s.url}/c`, { method: 'POST' });
    await get(`${s.url}/d`, { headers: { range: 'bytes=0-1', 'x-twice': 'a', 'X-Twice': 'b' } });
    const [a, b, c, d] = s.seen;
    expect(a!.headers).toEqual({
      host: `127.0.0.1:${s.port}`,
      connection: 'keep-alive',
      'user-agent': 'promotion-gate/test',
      'x-custom': 'v',
      accept: 'text/html',
      'accept-language': '*',
      'sec-fetch-mode': 'cors',
      'accept-encoding': 'gzip, deflate',
    });
    expect(b!.body).toBe('hé');
    expect(b!.headers['content-type']).toBe('text/plain;charset=UTF-8');
    expect(b!.headers['content-length']).toBe('3');
    expect(c!.headers['content-length']).toBe('0');
    expect(d!.headers['accept-encoding']).toBe('identity');
    expect(d!.headers['x-twice']).toBe('a, b');
  });
});

describe('http client: what a check reads', () => {
  it('shows response headers as fetch did: lower-cased, ordered, repeated ones joined, set-cookie the last', async () => {
    const s = await startServer((_req, res) => {
      res.setHeader('X-B', '1');
      res.setHeader('x-a', ['p', 'q']);
      res.setHeader('set-cookie', ['a=1', 'b=2']);
      res.end('ok');
    });
    const r = await get(s.url);
    expect(Object.keys(r.headers)).toEqual([
      'connection',
      'content-length',
      'date',
      'keep-alive',
      'set-cookie',
      'x-a',
      'x-b',
    ]);
    expect(r.headers['x-a']).toBe('p, q');
    expect(r.headers['set-cookie']).toBe('b=2');
    // A header name is data: one the server did not send is absent, whatever its name.
    expect(r.headers.constructor).toBeUndefined();
    expect(r.headers.__proto__).toBeUndefined();
  });

  it('undoes content codings (gzip, deflate wrapped or raw, br, several) and counts the decoded bytes', async () => {
    const text = 'Acme Permits '.repeat(200);
    const bodies: Record<string, [string, Buffer]> = {
      '/gzip': ['gzip', gzipSync(text)],
      '/x-gzip': ['x-gzip', gzipSync(text)],
      '/deflate': ['deflate', deflateSync(text)],
      '/raw-deflate': ['deflate', deflateRawSync(text)],
      '/br': ['br', brotliCompressSync(text)],
      '/both': ['gzip, br', brotliCompressSync(gzipSync(text))],
    };
    const s = await startServer((req, res) => {
      const [coding, body] = bodies[req.url!]!;
      res.writeHead(200, { 'content-encoding': coding, 'content-type': 'text/plain' });
      res.end(body);
    });
    for (const p of Object.keys(bodies)) {
      const r = await get(`${s.url}${p}`);
      expect(r.body, p).toBe(text);
      expect(r.bodyBytes, p).toBe(text.length);
      expect(r.truncated, p).toBe(false);
    }
    const capped = await get(`${s.url}/gzip`, { maxBodyBytes: 100 });
    expect(capped.body).toBe(text.slice(0, 100));
    expect(capped.truncated).toBe(true);
  });

  it('leaves a body with an unknown coding as it came, and decodes nothing for HEAD', async () => {
    const s = await startServer((req, res) => {
      res.writeHead(200, { 'content-encoding': req.url === '/odd' ? 'compress' : 'gzip' });
      res.end(req.url === '/odd' ? 'as sent' : undefined);
    });
    expect((await get(`${s.url}/odd`)).body).toBe('as sent');
    const head = await get(`${s.url}/head`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('a compressed body that does not decode fails the request, naming the host', async () => {
    const s = await startServer((_req, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip' });
      res.end('not gzip at all');
    });
    const err = await failure(get(s.url));
    expect(err.kind).toBe('network');
    expect(err.message).toMatch(new RegExp(`^request to 127\\.0\\.0\\.1:${s.port} failed: `));
  });

  it('stops reading at maxBodyBytes without waiting for the rest', async () => {
    const s = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('x'.repeat(4096)); // and never ends
    });
    const r = await get(s.url, { maxBodyBytes: 1000 });
    expect(r.bodyBytes).toBe(1000);
    expect(r.truncated).toBe(true);
  });
});

describe('http client: what went wrong', () => {
  it('times out a body that never ends, within the request timeout', async () => {
    const s = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('partial');
    });
    const err = await failure(get(s.url, { timeoutMs: 200 }));
    expect(err.kind).toBe('timeout');
    expect(err.message).toBe('no complete response within 200ms');
  });

  it('says so when the connection closes before the body is complete', async () => {
    const s = await startServer((_req, res) => {
      res.writeHead(200, { 'content-length': '1000' });
      res.write('only this', () => res.destroy());
    });
    const err = await failure(get(s.url));
    expect(err.kind).toBe('reset');
    expect(err.message).toBe(`connection to 127.0.0.1:${s.port} was closed before a complete response`);
  });

  it('stops when the caller’s signal aborts, also before the request is sent', async () => {
    const s = await startServer(() => undefined);
    const controller = new AbortController();
    const pending = get(s.url, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect((await failure(pending)).kind).toBe('aborted');
    expect((await failure(get(s.url, { signal: AbortSignal.abort() }))).kind).toBe('aborted');
    expect(s.seen.length).toBeLessThanOrEqual(1);
  });
});

// The child runs src/adapters/http.ts itself (Node strips the types; it imports nothing of ours).
// It imports nothing else either: node:http imported as an ES module loads undici by itself (its
// WebSocket export), which would hide what the client loads.
const PROGRAM = `
const { createHttpClient } = await import(${JSON.stringify(pathToFileURL(path.join(ROOT, 'src/adapters/http.ts')).href)});
const before = process.moduleLoadList.some((m) => m.includes('undici'));
const res = await createHttpClient('t').request({ url: process.env.URL, timeoutMs: 5000 });
console.log(JSON.stringify({ status: res.status, before, after: process.moduleLoadList.some((m) => m.includes('undici')) }));
`;

describe('http client: start-up', () => {
  it('does not load undici, which fetch loads on its first call', async (ctx) => {
    const without = withoutNode24();
    ctx.skip(without !== undefined, without);
    const s = await startServer((_req, res) => sendText(res, 200, 'ok'));
    const out = await new Promise<string>((resolve, reject) => {
      const child = spawn(testNode24().path, ['--input-type=module', '-e', PROGRAM], {
        env: { ...process.env, URL: `${s.url}/` },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d));
      child.stderr.on('data', (d: Buffer) => (stderr += d));
      child.on('error', reject);
      child.on('close', (code) =>
        code === 0 ? resolve(stdout) : reject(new Error(`exit ${code}: ${stderr}`)),
      );
    });
    expect(JSON.parse(out)).toEqual({ status: 200, before: false, after: false });
  });
});
