import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Azurite } from './azurite.js';
import type { FakeGitHub } from './fakeGitHub.js';

/**
 * A fake Actions Results service (the Twirp API `@actions/artifact` talks to). CreateArtifact
 * hands out a SAS upload URL into a real Azurite blob store; FinalizeArtifact registers the
 * artifact with the fake GitHub, so the REST API can list it and redirect its download to the
 * same blob, as GitHub does. ListArtifacts, GetSignedArtifactURL and DeleteArtifact serve the
 * artifacts of the token's own run.
 */

export const RESULTS_CONTAINER = 'actions-results';
const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/';

export interface TwirpCall {
  method: string;
  body: Record<string, unknown>;
  status: number;
  authorized: boolean;
}

export interface ResultsArtifact {
  id: number;
  name: string;
  repo: string;
  runId: number;
  /** Blob path in the `actions-results` container. */
  blob: string;
  size?: number;
  hash?: string;
  expiresAt?: string;
  finalized: boolean;
}

export interface FakeResults {
  /** For ACTIONS_RESULTS_URL. */
  url: string;
  calls: TwirpCall[];
  artifacts: ResultsArtifact[];
  /** An ACTIONS_RUNTIME_TOKEN for one job of `repo`'s run `runId` (an unsigned JWT, as the library only decodes it). */
  runtimeToken(job: { repo: string; runId: number }): string;
  /** Fails the next `times` calls of a method with a Twirp error (4xx are not retried by the library). */
  fault(method: 'CreateArtifact' | 'FinalizeArtifact', status: number, code: string, times?: number): void;
  close(): Promise<void>;
}

const b64url = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

export async function startResults(opts: { azurite: Azurite; github?: FakeGitHub }): Promise<FakeResults> {
  const { azurite, github } = opts;
  await azurite.service.getContainerClient(RESULTS_CONTAINER).createIfNotExists();
  const calls: TwirpCall[] = [];
  const artifacts: ResultsArtifact[] = [];
  const jobs = new Map<string, { repo: string; runId: number; runBackendId: string; jobBackendId: string }>();
  const faults: { method: string; status: number; code: string; left: number }[] = [];
  let nextId = 7000;

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const method = (req.url ?? '').startsWith(SERVICE) ? req.url!.slice(SERVICE.length) : '';
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
      } catch {
        /* answered below as malformed */
      }
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
      const job = jobs.get(token);
      const call: TwirpCall = { method, body, status: 0, authorized: !!job };
      calls.push(call);
      const reply = (status: number, value: unknown) => {
        call.status = status;
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      if (!job) return reply(401, { code: 'unauthenticated', msg: 'invalid runtime token' });
      const f = faults.find((x) => x.method === method && x.left > 0);
      if (f) {
        f.left--;
        return reply(f.status, { code: f.code, msg: `injected ${f.code}` });
      }
      if (
        body.workflow_run_backend_id !== job.runBackendId ||
        body.workflow_job_run_backend_id !== job.jobBackendId
      )
        return reply(400, { code: 'invalid_argument', msg: 'backend ids do not match the token' });
      const name = String(body.name ?? '');
      if (method === 'CreateArtifact') {
        if (body.version !== 7)
          return reply(400, { code: 'invalid_argument', msg: `unsupported version ${String(body.version)}` });
        if (artifacts.some((a) => a.repo === job.repo && a.runId === job.runId && a.name === name))
          return reply(409, {
            code: 'already_exists',
            msg: `an artifact with this name already exists on the workflow run`,
          });
        const blob = `${job.runBackendId}/${job.jobBackendId}/${name}.zip`;
        artifacts.push({
          id: 0,
          name,
          repo: job.repo,
          runId: job.runId,
          blob,
          expiresAt: body.expires_at as string | undefined,
          finalized: false,
        });
        return reply(200, { ok: true, signed_upload_url: azurite.sasUrl(RESULTS_CONTAINER, blob, 'cw') });
      }
      if (method === 'FinalizeArtifact') {
        const a = artifacts.find(
          (x) => x.repo === job.repo && x.runId === job.runId && x.name === name && !x.finalized,
        );
        if (!a) return reply(404, { code: 'not_found', msg: `no artifact ${name} being uploaded` });
        a.finalized = true;
        a.id = ++nextId;
        a.size = Number(body.size ?? 0);
        a.hash = (body.hash as string | undefined)?.replace(/^sha256:/, '');
        github?.state.addArtifact({
          repo: a.repo,
          runId: a.runId,
          id: a.id,
          name: a.name,
          size: a.size,
          digest: a.hash,
          createdAt: new Date().toISOString(),
          expiresAt: a.expiresAt,
          downloadUrl: () => azurite.sasUrl(RESULTS_CONTAINER, a.blob, 'r'),
        });
        return reply(200, { ok: true, artifact_id: String(a.id) });
      }
      // The same run's artifacts, as @actions/artifact lists and downloads them without a token.
      const ofRun = artifacts.filter((x) => x.repo === job.repo && x.runId === job.runId && x.finalized);
      if (method === 'ListArtifacts') {
        const nameFilter = body.name_filter as string | undefined;
        const idFilter = body.id_filter as string | undefined;
        const list = ofRun.filter(
          (x) => (!nameFilter || x.name === nameFilter) && (!idFilter || String(x.id) === String(idFilter)),
        );
        return reply(200, {
          artifacts: list.map((x) => ({
            workflow_run_backend_id: job.runBackendId,
            workflow_job_run_backend_id: job.jobBackendId,
            database_id: String(x.id),
            name: x.name,
            size: String(x.size ?? 0),
            ...(x.hash ? { digest: `sha256:${x.hash}` } : {}),
          })),
        });
      }
      if (method === 'GetSignedArtifactURL') {
        const a = ofRun.find((x) => x.name === name);
        if (!a) return reply(404, { code: 'not_found', msg: `no artifact ${name}` });
        return reply(200, { signed_url: azurite.sasUrl(RESULTS_CONTAINER, a.blob, 'r') });
      }
      if (method === 'DeleteArtifact') {
        const i = artifacts.findIndex((x) => x.repo === job.repo && x.runId === job.runId && x.name === name);
        if (i < 0) return reply(404, { code: 'not_found', msg: `no artifact ${name}` });
        const [gone] = artifacts.splice(i, 1);
        github?.state.artifacts.splice(
          github.state.artifacts.findIndex((x) => x.id === gone!.id),
          1,
        );
        return reply(200, { ok: true, artifact_id: String(gone!.id) });
      }
      return reply(404, { code: 'bad_route', msg: `no method ${method}` });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url,
    calls,
    artifacts,
    runtimeToken({ repo, runId }) {
      // One backend id per workflow run (its jobs share it), one per job token.
      const runBackendId =
        [...jobs.values()].find((j) => j.repo === repo && j.runId === runId)?.runBackendId ?? randomUUID();
      const jobBackendId = randomUUID();
      const token = [
        b64url({ alg: 'none', typ: 'JWT' }),
        b64url({
          scp: `Actions.GenericRead:${runBackendId} Actions.Results:${runBackendId}:${jobBackendId}`,
        }),
        'fake-signature',
      ].join('.');
      jobs.set(token, { repo, runId, runBackendId, jobBackendId });
      return token;
    },
    fault: (method, status, code, times = 1) => faults.push({ method, status, code, left: times }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
