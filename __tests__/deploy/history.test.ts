import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArtifactHistory } from '../../src/history/artifacts.js';
import { DirectoryHistory } from '../../src/history/directory.js';
import { GitBranchHistory } from '../../src/history/gitBranch.js';
import { encodeInvalidation, encodeRun } from '../../src/history/records.js';
import { pruneJournal } from '../../src/history/retention.js';
import type { HistoryStore } from '../../src/history/types.js';
import {
  type Azurite,
  type FakeGitHub,
  type FakeResults,
  sharedAzurite,
  startFakeGitHub,
  startResults,
  TOKENS,
} from '../e2e/harness/index.js';
import { tempDir } from '../helpers/fs.js';
import { git, initRepo } from '../helpers/git.js';
import { withRepoArtifactListing } from '../history/artifactListing.js';
import { run } from '../history/fixtures.js';

const KEY = 'drill:staging';
const drill = (runId: string, at: number) =>
  run({ runId, at, profile: KEY, kind: 'drill', environment: 'staging', outcome: 'passed' });

/** Appends four drills keeping the newest two, and a gate run of a profile of a similar name. */
async function exercise(store: () => Promise<HistoryStore>): Promise<void> {
  for (const [i, id] of ['d1', 'd2', 'd3', 'd4'].entries())
    await (await store()).append(drill(id, i + 1), { keep: 2 });
  await (await store()).append(run({ runId: 'g1', at: 9, profile: 'drill_staging' }));
  const read = await (await store()).list(KEY);
  expect(read.problems).toEqual([]);
  expect(read.runs.map((r) => [r.runId, r.kind, r.outcome])).toEqual([
    ['d3', 'drill', 'passed'],
    ['d4', 'drill', 'passed'],
  ]);
  expect((await (await store()).list('drill_staging')).runs.map((r) => r.runId)).toEqual(['g1']);
}

describe('deploy and drill records in every history store, with retention by count', () => {
  it('directory', async () => {
    const dir = await tempDir();
    await exercise(async () => new DirectoryHistory(dir));
  });

  it('git branch', async () => {
    const root = await tempDir();
    const seed = path.join(root, 'seed');
    await mkdir(seed);
    await writeFile(path.join(seed, 'README.md'), 'app\n');
    initRepo(seed);
    const bare = path.join(root, 'server.git');
    git(root, 'clone', '-q', '--bare', seed, bare);
    const clone = path.join(root, 'clone');
    git(root, 'clone', '-q', bare, clone);
    await exercise(async () => new GitBranchHistory({ cwd: clone, branch: 'promotion-gate-history' }));
    expect(git(bare, 'ls-tree', '--name-only', 'promotion-gate-history').trim().split('\n')).toEqual([
      'README.md',
      'drill%3astaging.jsonl',
      'drill_staging.jsonl',
    ]);
  });

  describe('workflow artifacts', () => {
    const saved = { ...process.env };
    let github: FakeGitHub;
    let azurite: Azurite;
    let results: FakeResults;
    let api: Awaited<ReturnType<typeof withRepoArtifactListing>>;
    let Store: typeof ArtifactHistory;
    beforeAll(async () => {
      [github, azurite] = await Promise.all([startFakeGitHub(), sharedAzurite()]);
      results = await startResults({ azurite, github });
      api = await withRepoArtifactListing(github);
      process.env.GITHUB_API_URL = api.url;
      Store = (await import('../../src/history/artifacts.js')).ArtifactHistory;
    }, 60_000);
    afterAll(async () => {
      process.env = saved;
      await Promise.all([api?.close(), results?.close(), github?.close()]);
    });

    it('one artifact per key, named so that no profile can share it', async () => {
      let runId = 300;
      await exercise(async () => {
        const temp = await tempDir();
        runId++;
        process.env = {
          ...saved,
          GITHUB_REPOSITORY: 'acme/permits',
          GITHUB_API_URL: api.url,
          ACTIONS_RESULTS_URL: results.url,
          ACTIONS_RUNTIME_TOKEN: results.runtimeToken({ repo: 'acme/permits', runId }),
          RUNNER_TEMP: temp,
          GITHUB_RUN_ID: String(runId),
        };
        delete process.env.GITHUB_SERVER_URL;
        return Store.fromEnvironment('promotion-gate-history', {
          cwd: temp,
          env: process.env,
          token: TOKENS.writer,
        });
      });
      expect(new Set(results.artifacts.map((a) => a.name))).toEqual(
        new Set(['promotion-gate-history-drill@staging', 'promotion-gate-history-drill_staging']),
      );
      expect(github.invalid()).toEqual([]);
    });
  });
});

describe('pruneJournal', () => {
  it('keeps the newest runs by finish time, their invalidations, and every line it cannot read', () => {
    const lines = [
      encodeRun(drill('late', 5)),
      'not json at all',
      encodeRun(drill('early', 1)),
      encodeInvalidation({ runId: 'early', reason: 'x', at: new Date().toISOString() }),
      encodeRun(drill('middle', 3)),
      encodeInvalidation({ runId: 'late', reason: 'y', at: new Date().toISOString() }),
    ];
    const kept = pruneJournal(`${lines.join('\n')}\n`, 2)
      .trim()
      .split('\n');
    expect(kept).toEqual([lines[0], lines[1], lines[4], lines[5]]);
    expect(pruneJournal('', 3)).toBe('');
  });

  it('the directory store rewrites its journal whole', async () => {
    const dir = await tempDir();
    const store = new DirectoryHistory(dir);
    for (let i = 0; i < 5; i++) await store.append(drill(`r${i}`, i), { keep: 3 });
    const text = await readFile(path.join(dir, 'drill%3astaging.jsonl'), 'utf8');
    expect(
      text
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).runId),
    ).toEqual(['r2', 'r3', 'r4']);
  });
});
