import dc from 'node:diagnostics_channel';
import { mkdir, writeFile } from 'node:fs/promises';
import net, { type AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONCLUSIONS } from '../../src/github/checkRun.js';
import { createGitHubClient } from '../../src/github/client.js';
import { classifyApiError } from '../../src/github/errors.js';
import { Publisher } from '../../src/github/publish.js';
import { startFakeGitHub, TOKENS } from '../e2e/harness/index.js';
import { tempDir } from '../helpers/fs.js';
import { closedPort, startServer } from '../helpers/servers.js';
import { holdReport } from '../report/fixtures.js';

const warnings: string[] = [];
const log = { info: () => undefined, warn: (m: string) => warnings.push(m), debug: () => undefined };
afterEach(() => {
  warnings.length = 0;
});

/** The client as the action builds it: the default `api-retries: 3`, paced writes. */
const client = (apiUrl: string) =>
  createGitHubClient({
    token: TOKENS.writer,
    apiUrl,
    timeoutMs: 5000,
    retries: 3,
    userAgent: 'test',
    log,
    paced: true,
  });

/** Counts the connections the HTTP client tries to open, refused ones included. */
function countConnections(): { readonly count: number; stop(): void } {
  let count = 0;
  const seen = () => count++;
  dc.subscribe('undici:client:beforeConnect', seen);
  return {
    get count() {
      return count;
    },
    stop: () => dc.unsubscribe('undici:client:beforeConnect', seen),
  };
}

/** A TCP server that accepts every connection and closes it before any answer. */
async function hangUpServer(): Promise<{ url: string; accepted: () => number; close(): Promise<void> }> {
  let accepted = 0;
  const server = net.createServer((socket) => {
    accepted++;
    socket.destroy();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    accepted: () => accepted,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

async function outDir(): Promise<string> {
  const dir = await tempDir();
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify({ files: [] }));
  return dir;
}

function publisher(api: Awaited<ReturnType<typeof client>>) {
  return new Publisher({
    api,
    target: {
      owner: 'acme',
      repo: 'permits',
      headSha: 'c'.repeat(40),
      pullNumber: 3,
      serverUrl: 'https://github.com',
    },
    settings: {
      checkRun: true,
      checkRunName: 'promotion-gate (staging)',
      conclusions: DEFAULT_CONCLUSIONS,
      comment: 'update',
      commentWhen: 'always',
      paths: {},
    },
    log,
  });
}

describe('GitHub unreachable: the first connection failure ends publishing for the run', () => {
  it('refused: one connection attempt in all, no retry, every later sink not attempted', async () => {
    const port = await closedPort();
    const connections = countConnections();
    try {
      const p = publisher(await client(`http://127.0.0.1:${port}`));
      p.begin('run-1');
      const pub = await p.finish(holdReport, await outDir());
      expect(connections.count).toBe(1);
      expect(pub.outcomes).toEqual([
        {
          sink: 'check run',
          state: 'skipped',
          reason: 'unavailable',
          detail: `not attempted: could not reach GitHub: connection refused (ECONNREFUSED) at 127.0.0.1:${port} earlier`,
        },
        {
          sink: 'PR comment',
          state: 'skipped',
          reason: 'unavailable',
          detail: `not attempted: could not reach GitHub: connection refused (ECONNREFUSED) at 127.0.0.1:${port} earlier`,
        },
      ]);
      expect(warnings).toEqual([
        `GitHub is unreachable (connection refused (ECONNREFUSED) at 127.0.0.1:${port}): no further requests in this run`,
      ]);
    } finally {
      connections.stop();
    }
  });

  it('a connection closed before any answer: one connection, whatever the sink', async () => {
    const server = await hangUpServer();
    try {
      const pub = await publisher(await client(server.url)).finish(holdReport, await outDir());
      expect(server.accepted()).toBe(1);
      expect(pub.outcomes.map((o) => [o.sink, o.state, o.reason])).toEqual([
        ['check run', 'failed', 'error'],
        ['PR comment', 'skipped', 'unavailable'],
      ]);
      expect(pub.outcomes[0]!.detail).toMatch(
        /^could not reach GitHub: connection (closed|reset) before an answer \((UND_ERR_SOCKET|ECONNRESET)\)/,
      );
    } finally {
      await server.close();
    }
  });

  it('a TLS failure (https to a server that speaks plain http) is one too', async () => {
    const plain = await startServer(() => undefined);
    const connections = countConnections();
    try {
      const api = await client(`https://127.0.0.1:${plain.port}`);
      const first = await api.rest.users.getAuthenticated().catch((e: unknown) => e);
      expect(classifyApiError(first)).toMatchObject({
        kind: 'unreachable',
        message: expect.stringMatching(/^TLS failed: /),
      });
      await api.rest.users.getAuthenticated().catch(() => undefined);
      expect(connections.count).toBe(1);
    } finally {
      connections.stop();
      await plain.close();
    }
  });

  it('the client sends nothing more once a connection failed', async () => {
    const server = await hangUpServer();
    try {
      const api = await client(server.url);
      for (let i = 0; i < 3; i++) {
        const err = await api.rest.users.getAuthenticated().catch((e: unknown) => e);
        expect(classifyApiError(err)).toMatchObject({ kind: 'unreachable' });
      }
      expect(server.accepted()).toBe(1);
    } finally {
      await server.close();
    }
  });

  it('a 5xx answer is still retried', async () => {
    const gh = await startFakeGitHub();
    try {
      gh.fault({ kind: 'status', status: 502, path: '/comments', times: 1 });
      const api = await client(gh.url);
      const r = await api.rest.issues.listComments({ owner: 'acme', repo: 'permits', issue_number: 3 });
      expect(r.status).toBe(200);
      expect(gh.calls('issues/list-comments').map((c) => c.status)).toEqual([502, 200]);
    } finally {
      await gh.close();
    }
  });
});
