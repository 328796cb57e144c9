import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createExec } from '../../src/adapters/exec.js';
import { createHttpClient } from '../../src/adapters/http.js';
import { silentLogger } from '../../src/adapters/logger.js';
import { checkType } from '../../src/checks/registry.js';
import type { PlannedCheck } from '../../src/config/types.js';
import { Redactor } from '../../src/core/redact.js';
import type { CheckResult } from '../../src/core/types.js';
import { runChecks } from '../../src/engine/runChecks.js';
import { closeAllServers, sendJson, startServer } from '../helpers/servers.js';

const dirs: string[] = [];
afterEach(closeAllServers);
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

/** Runs one check through the real engine, its spec parsed by its type's fields as the config loader does. */
async function viaEngine(
  type: string,
  spec: Record<string, unknown>,
  timeoutMs: number,
): Promise<{ result: CheckResult; dir: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pg-live-'));
  dirs.push(dir);
  const check: PlannedCheck = {
    id: `${type}-check`,
    type,
    category: 'data',
    enforcement: 'scored',
    onError: 'fail',
    timeoutMs,
    spec: checkType(type)!.fields.parse(spec) as Record<string, unknown>,
  };
  const [result] = await runChecks(
    [check],
    {
      cwd: dir,
      outputDir: dir,
      profile: 'test',
      env: {},
      exec: createExec(),
      http: createHttpClient('promotion-gate-test'),
      now: () => new Date(),
      redactor: new Redactor(),
      logger: silentLogger,
    },
    { concurrency: 1, gateTimeoutMs: 60_000 },
  );
  return { result: result!, dir };
}

describe('live checks through the engine', () => {
  it('end as error within the check timeout when the server never answers', async () => {
    const s = await startServer(() => undefined);
    for (const [type, spec] of [
      ['http', { url: `${s.url}/hang` }],
      ['auth', { base: s.url, routes: ['/a'] }],
      ['performance', { base: s.url, pages: ['/'], samples: 3 }],
      ['freshness', { url: `${s.url}/status`, timestamp: 't', maxAge: '1h' }],
    ] as const) {
      const started = performance.now();
      const { result } = await viaEngine(type, spec, 400);
      expect(performance.now() - started, type).toBeLessThan(3000);
      expect(result.status, type).toBe('error');
      expect(result.summary, type).toMatch(
        /^could not run: .*(timed out after|no complete response within 400ms|stopped)/,
      );
    }
  });

  it('redact a sensitive header value from the result and the evidence', async () => {
    const token = 'sk_live_0123456789abcdef';
    const s = await startServer((req, res) =>
      sendJson(res, 500, { error: `bad token ${req.headers['x-auth-token']}` }),
    );
    const { result, dir } = await viaEngine(
      'http',
      { url: `${s.url}/x`, headers: { 'X-Auth-Token': token } },
      5000,
    );
    expect(result.status).toBe('fail');
    expect(result.summary).toContain('bad token ***');
    expect(JSON.stringify(result)).not.toContain(token);
    expect(result.evidence).toEqual(['evidence/http-check/requests.json']);
    const evidence = await readFile(path.join(dir, 'evidence', 'http-check', 'requests.json'), 'utf8');
    expect(evidence).toContain('bad token ***');
    expect(evidence).not.toContain(token);
  });
});
