import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGitHubClient, pacedByDefault } from '../../src/github/client.js';
import { type FakeGitHub, startFakeGitHub, TOKENS } from '../e2e/harness/index.js';

/**
 * The GitHub client paces writes and waits out rate limits unless told otherwise. The bundled
 * action runs in a child process, so its tests tell it with PROMOTION_GATE_API_PACING=off,
 * which only a GitHub on a loopback address (the fake) honours.
 */

const saved = process.env.PROMOTION_GATE_API_PACING;
let gh: FakeGitHub;
beforeAll(async () => {
  gh = await startFakeGitHub();
});
afterAll(async () => gh?.close());
afterEach(() => {
  if (saved === undefined) delete process.env.PROMOTION_GATE_API_PACING;
  else process.env.PROMOTION_GATE_API_PACING = saved;
});

const log = { warn: () => undefined, debug: () => undefined };
const client = () =>
  createGitHubClient({
    token: TOKENS.pat,
    apiUrl: gh.url,
    timeoutMs: 10_000,
    retries: 3,
    userAgent: 'test',
    log,
  });

describe('pacing of GitHub requests', () => {
  it('stays on for every GitHub a runner reaches, whatever PROMOTION_GATE_API_PACING says', () => {
    process.env.PROMOTION_GATE_API_PACING = 'off';
    for (const url of [
      'https://api.github.com',
      'https://ghe.example.com/api/v3',
      'http://10.0.0.7:8080',
      'not a url',
    ])
      expect(pacedByDefault(url), url).toBe(true);
    for (const url of ['http://127.0.0.1:4000', 'http://localhost:4000/api/v3', 'http://[::1]:4000'])
      expect(pacedByDefault(url), url).toBe(false);
    delete process.env.PROMOTION_GATE_API_PACING;
    expect(pacedByDefault('http://127.0.0.1:4000')).toBe(true);
    process.env.PROMOTION_GATE_API_PACING = 'no';
    expect(pacedByDefault('http://127.0.0.1:4000')).toBe(true);
  });

  it('paced, a secondary rate limit is waited out; unpaced against the fake, it is an answer', async () => {
    // The suite runs unpaced (setup/pacing.ts): the default is what a runner gets.
    delete process.env.PROMOTION_GATE_API_PACING;
    gh.fault({ kind: 'secondary-rate-limit', method: 'GET', path: '/user', times: 1, retryAfter: 1 });
    const paced = await client();
    expect((await paced.rest.users.getAuthenticated()).data.login).toBe('octocat');

    process.env.PROMOTION_GATE_API_PACING = 'off';
    gh.fault({ kind: 'secondary-rate-limit', method: 'GET', path: '/user', times: 1, retryAfter: 1 });
    const unpaced = await client();
    await expect(unpaced.rest.users.getAuthenticated()).rejects.toMatchObject({ status: 403 });
  });
});
