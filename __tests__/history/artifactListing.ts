import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FakeGitHub } from '../e2e/harness/index.js';

/**
 * The offline GitHub keeps artifacts per workflow run, but does not yet answer the repository-wide
 * listing (`GET /repos/{owner}/{repo}/actions/artifacts?name=…`) from its state. This proxy sits
 * in front of it: every request goes to the fake (which routes, authenticates and records it),
 * and a successful listing's example body is replaced by the fake's own artifacts, newest first,
 * shaped as GitHub answers. Everything else (downloads, redirects) passes through unchanged.
 */
export async function withRepoArtifactListing(github: FakeGitHub): Promise<{
  url: string;
  listings: URLSearchParams[];
  /** Artifact ids left out of listings: what a run that listed a moment earlier would not see. */
  hidden: Set<number>;
  close(): Promise<void>;
}> {
  const listings: URLSearchParams[] = [];
  const hidden = new Set<number>();
  const read = (req: IncomingMessage) =>
    new Promise<Buffer>((resolve) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => resolve(Buffer.concat(chunks)));
    });
  const server = createServer(async (req, res) => {
    const body = await read(req);
    const url = new URL(req.url ?? '/', github.url);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers))
      if (typeof v === 'string' && k !== 'host') headers[k] = v;
    const upstream = await fetch(`${github.url}${url.pathname}${url.search}`, {
      method: req.method,
      headers,
      body: body.length ? body : undefined,
      redirect: 'manual',
    });
    const out: Record<string, string> = {};
    for (const k of ['content-type', 'location', 'link', 'retry-after']) {
      const v = upstream.headers.get(k);
      if (v) out[k] = v;
    }
    let text = await upstream.text();
    const m = /^\/repos\/([^/]+)\/([^/]+)\/actions\/artifacts$/.exec(url.pathname);
    if (m && req.method === 'GET' && upstream.status === 200) {
      listings.push(url.searchParams);
      const repo = `${m[1]}/${m[2]}`;
      const name = url.searchParams.get('name');
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const list = github.state.artifacts
        .filter((a) => a.repo === repo && (!name || a.name === name) && !hidden.has(a.id))
        .sort((a, b) => b.id - a.id);
      text = JSON.stringify({
        total_count: list.length,
        artifacts: list.slice(0, perPage).map((a) => ({
          id: a.id,
          node_id: Buffer.from(`AR_fake${a.id}`).toString('base64'),
          name: a.name,
          size_in_bytes: a.size,
          url: `${github.url}/repos/${repo}/actions/artifacts/${a.id}`,
          archive_download_url: `${github.url}/repos/${repo}/actions/artifacts/${a.id}/zip`,
          expired: false,
          created_at: a.createdAt,
          expires_at: a.expiresAt ?? null,
          updated_at: a.createdAt,
          digest: a.digest ? `sha256:${a.digest}` : null,
          workflow_run: {
            id: a.runId,
            repository_id: 1,
            head_repository_id: 1,
            head_branch: 'main',
            head_sha: 'a'.repeat(40),
          },
        })),
      });
    }
    res.writeHead(upstream.status, out);
    res.end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    listings,
    hidden,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
