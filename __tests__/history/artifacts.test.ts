import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import type { ArtifactHistory } from '../../src/history/artifacts.js';
import { createHistoryStore } from '../../src/history/select.js';
import {
  type Azurite,
  type FakeGitHub,
  type FakeResults,
  sharedAzurite,
  startFakeGitHub,
  readZip,
  startResults,
  TOKENS,
} from '../e2e/harness/index.js';
import { tempDir } from '../helpers/fs.js';
import { withRepoArtifactListing } from './artifactListing.js';
import { run } from './fixtures.js';

const REPO = 'acme/permits';
let github: FakeGitHub;
let azurite: Azurite;
let results: FakeResults;
let api: Awaited<ReturnType<typeof withRepoArtifactListing>>;
let Store: typeof ArtifactHistory;
const saved = { ...process.env };

beforeAll(async () => {
  [github, azurite] = await Promise.all([startFakeGitHub(), sharedAzurite()]);
  results = await startResults({ azurite, github });
  api = await withRepoArtifactListing(github);
  // @actions/github reads GITHUB_API_URL once, when first loaded (the artifact client's
  // downloads use it): load it the way a runner process would, with the variable already set.
  process.env.GITHUB_API_URL = api.url;
  Store = (await import('../../src/history/artifacts.js')).ArtifactHistory;
}, 60_000);

afterAll(async () => {
  process.env = saved;
  await Promise.all([api?.close(), results?.close(), github?.close()]);
});

/** The environment of one job of workflow run `runId`, as the runner sets it. */
async function inRun(runId: number, token: string = TOKENS.writer): Promise<ArtifactHistory> {
  const temp = await tempDir();
  process.env = {
    ...saved,
    GITHUB_REPOSITORY: REPO,
    GITHUB_API_URL: api.url,
    ACTIONS_RESULTS_URL: results.url,
    ACTIONS_RUNTIME_TOKEN: results.runtimeToken({ repo: REPO, runId }),
    RUNNER_TEMP: temp,
    GITHUB_RUN_ID: String(runId),
  };
  delete process.env.GITHUB_SERVER_URL;
  return Store.fromEnvironment('promotion-gate-history', { cwd: temp, env: process.env, token });
}

describe('artifact history (offline GitHub: fake REST + Twirp results service + Azurite)', () => {
  it('each run reads the newest journal, appends, and uploads its own artifact', async () => {
    await (await inRun(101)).append(run({ runId: '101.1', at: 1 }));
    await (await inRun(102)).append(run({ runId: '102.1', at: 2, verdict: 'hold', action: 'hold' }));
    const third = await inRun(103);
    const read = await third.list('prod');
    expect(read).toMatchObject({
      problems: [],
      runs: [{ runId: '101.1' }, { runId: '102.1', verdict: 'hold' }],
    });
    expect(api.listings.at(-1)?.get('name')).toBe('promotion-gate-history-prod');
    // One artifact per run, in the blob store, each with the journal as that run left it.
    const mine = results.artifacts.filter((a) => a.name === 'promotion-gate-history-prod');
    expect(mine.map((a) => [a.runId, a.finalized])).toEqual([
      [101, true],
      [102, true],
    ]);
    expect(await azurite.listBlobs('actions-results')).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: mine[1]!.blob })]),
    );

    await third.markInvalid('prod', '101.1', 'runner image broken', 'alice');
    const after = await (await inRun(104)).list('prod', { includeInvalid: true });
    expect(after.runs.map((r) => [r.runId, r.invalid?.reason])).toEqual([
      ['101.1', 'runner image broken'],
      ['102.1', undefined],
    ]);
    await expect((await inRun(105)).markInvalid('prod', 'nope', 'x')).rejects.toBeInstanceOf(UsageError);
    expect(github.invalid()).toEqual([]);
  });

  it('two runs uploading at once: the next run sees both (union of the newest journals)', async () => {
    await (await inRun(201)).append(run({ runId: 'a', profile: 'staging', at: 10 }));
    // Run 202 listed before 201 finished uploading, so its journal lacks a.
    const uploaded = results.artifacts
      .filter((x) => x.name === 'promotion-gate-history-staging')
      .map((x) => x.id);
    for (const id of uploaded) api.hidden.add(id);
    await (await inRun(202)).append(run({ runId: 'b', profile: 'staging', at: 11 }));
    api.hidden.clear();
    const journals = results.artifacts.filter((x) => x.name === 'promotion-gate-history-staging');
    expect(journals).toHaveLength(2);
    const journalOf = async (blob: string) =>
      readZip(await azurite.readBlob('actions-results', blob))
        .get('history.jsonl')!
        .toString('utf8');
    expect(await journalOf(journals[1]!.blob)).not.toContain('"runId":"a"');
    const read = await (await inRun(203)).list('staging');
    expect(read).toMatchObject({ problems: [] });
    expect(read.runs.map((r) => r.runId)).toEqual(['a', 'b']);
  });

  it('a journal whose download does not match the digest GitHub recorded is not read', async () => {
    await (await inRun(401)).append(run({ runId: 'kept', profile: 'qa', at: 20 }));
    await (await inRun(402)).append(run({ runId: 'forged', profile: 'qa', at: 21 }));
    const second = github.state.artifacts.filter((a) => a.name === 'promotion-gate-history-qa').at(-1)!;
    const recorded = second.digest;
    second.digest = 'f'.repeat(64);
    try {
      const read = await (await inRun(403)).list('qa');
      expect(read.problems.join('\n')).toMatch(
        new RegExp(`cannot download artifact ${second.id} \\(promotion-gate-history-qa\\): .*digest`),
      );
      // The older journal (without the forged run's record) is still read.
      expect(read.runs.map((r) => r.runId)).toEqual(['kept']);
    } finally {
      second.digest = recorded;
    }
  });

  it('a token without actions: read is reported, never thrown', async () => {
    github.fault({
      kind: 'status',
      status: 403,
      method: 'GET',
      path: '/repos/acme/permits/actions/artifacts',
    });
    const read = await (await inRun(301)).list('prod');
    expect(read.runs).toEqual([]);
    expect(read.problems[0]).toMatch(
      /cannot list artifacts named promotion-gate-history-prod: .*\(the token needs permissions: actions: read\)$/,
    );
  });

  it('outside GitHub Actions it says what is missing', async () => {
    await expect(
      createHistoryStore({ kind: 'artifacts', prefix: 'h' }, { cwd: '.', env: {} }),
    ).rejects.toThrow(
      'history artifacts: GITHUB_REPOSITORY is not set; the artifact store works inside GitHub Actions',
    );
    await expect(
      createHistoryStore({ kind: 'artifacts', prefix: 'h' }, { cwd: '.', env: { GITHUB_REPOSITORY: 'a/b' } }),
    ).rejects.toThrow('history artifacts: no token');
  });
});
