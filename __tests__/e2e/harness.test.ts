import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Azurite,
  type FakeGitHub,
  sharedAzurite,
  startFakeGitHub,
  startResults,
  TOKENS,
} from './harness/index.js';

/** The offline GitHub must reject what GitHub rejects, or the end-to-end tests prove nothing. */
describe('offline GitHub harness', () => {
  let gh: FakeGitHub;
  let azurite: Azurite;
  beforeAll(async () => {
    [gh, azurite] = await Promise.all([startFakeGitHub(), sharedAzurite()]);
  });
  afterAll(async () => {
    await gh?.close();
  });

  const call = (method: string, path: string, body?: unknown, token: string = TOKENS.writer) =>
    fetch(`${gh.url}${path}`, {
      method,
      headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  it('validates request bodies against the OpenAPI description', async () => {
    const before = gh.requests.length;
    const bad = await call('POST', '/repos/acme/permits/check-runs', {
      name: 'x',
      head_sha: 'abc',
      output: {
        title: 't',
        summary: 's',
        annotations: [{ path: 'a.ts', start_line: 1, end_line: 1, annotation_level: 'fatal', message: 'm' }],
      },
    });
    expect(bad.status).toBe(422);
    const unknown = await call('POST', '/repos/acme/permits/check-suns', {});
    expect(unknown.status).toBe(404);
    const tooMany = await call('PATCH', '/repos/acme/permits/check-runs/1', {
      output: {
        title: 't',
        summary: 's',
        annotations: Array.from({ length: 51 }, () => ({
          path: 'a.ts',
          start_line: 1,
          end_line: 1,
          annotation_level: 'notice',
          message: 'm',
        })),
      },
    });
    expect(tooMany.status).toBe(422);
    const problems = gh.requests.slice(before).map((r) => r.problems.join('; '));
    expect(problems[0]).toContain('annotation_level must be equal to one of the allowed values');
    expect(problems[1]).toContain('no operation POST /repos/acme/permits/check-suns');
    expect(problems[2]).toContain('must NOT have more than 50 items');
    gh.requests.splice(before);
  });

  it('keeps check runs and comments, pages lists, answers from the examples', async () => {
    const created = await call('POST', '/repos/acme/permits/check-runs', {
      name: 'gate',
      head_sha: 'abc',
      status: 'in_progress',
    });
    expect(created.status).toBe(201);
    const run = (await created.json()) as { id: number; status: string; html_url: string; app: unknown };
    expect(run).toMatchObject({
      status: 'in_progress',
      html_url: `https://github.com/acme/permits/runs/${run.id}`,
    });
    expect(run.app).toBeTruthy(); // from the spec's example
    gh.state.seedComments('acme/permits', 7, 130);
    const page2 = await call('GET', '/repos/acme/permits/issues/7/comments?per_page=100&page=2');
    expect(((await page2.json()) as unknown[]).length).toBe(30);
    const first = await call('GET', '/repos/acme/permits/issues/7/comments?per_page=100');
    expect(first.headers.get('link')).toMatch(/page=2>; rel="next"/);
    const me = await call('GET', '/user');
    expect(me.status).toBe(403); // an installation token has no user
    const readOnly = await call(
      'POST',
      '/repos/acme/permits/issues/7/comments',
      { body: 'hi' },
      TOKENS.readOnly,
    );
    expect(readOnly.status).toBe(403);
    const long = await call('POST', '/repos/acme/permits/issues/7/comments', { body: 'x'.repeat(65_537) });
    expect(long.status).toBe(422);
    expect(gh.invalid().map((r) => r.problems[0])).toEqual([
      'comment body of 65537 characters exceeds 65536',
    ]);
  });

  it('injects faults: 500s, secondary rate limits, hangs', async () => {
    gh.fault({ kind: 'status', status: 500, method: 'GET', path: '/user', times: 1 });
    gh.fault({ kind: 'secondary-rate-limit', method: 'GET', path: '/user', times: 1, retryAfter: 2 });
    expect((await call('GET', '/user', undefined, TOKENS.pat)).status).toBe(500);
    const limited = await call('GET', '/user', undefined, TOKENS.pat);
    expect(limited.status).toBe(403);
    expect(limited.headers.get('retry-after')).toBe('2');
    const ok = await call('GET', '/user', undefined, TOKENS.pat);
    expect(((await ok.json()) as { login: string }).login).toBe('octocat');
    gh.fault({ kind: 'hang', method: 'GET', path: '/user' });
    await expect(
      fetch(`${gh.url}/user`, {
        headers: { authorization: `token ${TOKENS.pat}` },
        signal: AbortSignal.timeout(300),
      }),
    ).rejects.toThrow(/timeout|aborted/i);
  });

  it('hands out Azurite upload URLs from the Results service', async () => {
    const results = await startResults({ azurite, github: gh });
    const token = results.runtimeToken({ repo: 'acme/permits', runId: 99 });
    const [, payload] = token.split('.');
    const scp = (JSON.parse(Buffer.from(payload!, 'base64url').toString()) as { scp: string }).scp;
    const [, runBackend, jobBackend] = /Actions\.Results:([^:]+):(\S+)/.exec(scp)!;
    const twirp = (method: string, body: unknown) =>
      fetch(`${results.url}twirp/github.actions.results.api.v1.ArtifactService/${method}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).then((r) => r.json() as Promise<Record<string, string>>);
    const ids = {
      workflow_run_backend_id: runBackend,
      workflow_job_run_backend_id: jobBackend,
      name: 'evidence',
    };
    const created = await twirp('CreateArtifact', { ...ids, version: 7 });
    const put = await fetch(created.signed_upload_url!, {
      method: 'PUT',
      headers: { 'x-ms-blob-type': 'BlockBlob' },
      body: 'zip bytes',
    });
    expect(put.status).toBe(201);
    const done = await twirp('FinalizeArtifact', { ...ids, size: '9' });
    expect(done).toMatchObject({ ok: true });
    const listed = await call('GET', '/repos/acme/permits/actions/runs/99/artifacts');
    const body = (await listed.json()) as { artifacts: { id: number; name: string }[] };
    expect(body.artifacts).toMatchObject([{ id: Number(done.artifact_id), name: 'evidence' }]);
    const zip = await fetch(`${gh.url}/repos/acme/permits/actions/artifacts/${done.artifact_id}/zip`, {
      headers: { authorization: `token ${TOKENS.writer}` },
    });
    expect(await zip.text()).toBe('zip bytes');
    // Another job of the same run lists, downloads and deletes it through the Results service.
    const other = results.runtimeToken({ repo: 'acme/permits', runId: 99 });
    const otherScp = JSON.parse(Buffer.from(other.split('.')[1]!, 'base64url').toString()) as { scp: string };
    expect(otherScp.scp).toContain(`Actions.Results:${runBackend}:`);
    const listed2 = await twirp('ListArtifacts', {
      workflow_run_backend_id: runBackend,
      workflow_job_run_backend_id: jobBackend,
    });
    expect(listed2).toMatchObject({
      artifacts: [{ database_id: done.artifact_id, name: 'evidence', size: '9' }],
    });
    const signed = await twirp('GetSignedArtifactURL', ids);
    expect(await (await fetch(signed.signed_url!)).text()).toBe('zip bytes');
    expect(await twirp('DeleteArtifact', ids)).toMatchObject({ ok: true, artifact_id: done.artifact_id });
    expect(gh.state.artifacts).toEqual([]);
    await results.close();
  });
});
