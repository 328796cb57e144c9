import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redactor } from '../../src/core/redact.js';
import type { ArtifactHistory } from '../../src/history/artifacts.js';
import { type SeriesStore as Series } from '../../src/monitor/series.js';
import type { TickRow } from '../../src/monitor/types.js';
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
import { withRepoArtifactListing } from '../history/artifactListing.js';

const REPO = 'acme/permits';
let github: FakeGitHub;
let azurite: Azurite;
let results: FakeResults;
let api: Awaited<ReturnType<typeof withRepoArtifactListing>>;
let Store: typeof ArtifactHistory;
let SeriesStore: typeof Series;
const saved = { ...process.env };

beforeAll(async () => {
  [github, azurite] = await Promise.all([startFakeGitHub(), sharedAzurite()]);
  results = await startResults({ azurite, github });
  api = await withRepoArtifactListing(github);
  // @actions/github reads GITHUB_API_URL once, when first loaded: set it as a runner would.
  process.env.GITHUB_API_URL = api.url;
  Store = (await import('../../src/history/artifacts.js')).ArtifactHistory;
  SeriesStore = (await import('../../src/monitor/series.js')).SeriesStore;
}, 60_000);

afterAll(async () => {
  process.env = saved;
  await Promise.all([api?.close(), results?.close(), github?.close()]);
});

/** The series store of one job (one attempt) of workflow run `runId`, as the runner sets it up. */
async function inRun(runId: number, attempt: number): Promise<Series> {
  const temp = await tempDir();
  process.env = {
    ...saved,
    GITHUB_REPOSITORY: REPO,
    GITHUB_API_URL: api.url,
    ACTIONS_RESULTS_URL: results.url,
    ACTIONS_RUNTIME_TOKEN: results.runtimeToken({ repo: REPO, runId }),
    RUNNER_TEMP: temp,
    GITHUB_RUN_ID: String(runId),
    GITHUB_RUN_ATTEMPT: String(attempt),
  };
  delete process.env.GITHUB_SERVER_URL;
  const store = Store.fromEnvironment('promotion-gate-history', {
    cwd: temp,
    env: process.env,
    token: TOKENS.writer,
  });
  return new SeriesStore(
    store,
    'monitor:prod@abc123',
    { runId: `${runId}.${attempt}`, environment: 'prod', commit: 'abc123' },
    new Redactor(),
  );
}

const tick = (n: number): TickRow => ({
  tick: n,
  at: new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString(),
  probes: [{ id: 'health', status: 'pass', ok: true, summary: 'ok', requests: 1, errors: 0 }],
  requests: 1,
  errors: 0,
  latenciesMs: [12],
});

describe('the series in workflow-run artifacts (offline GitHub: fake REST + Twirp results service + Azurite)', () => {
  it('each tick replaces the artifact this run uploaded; a retried attempt resumes the series', async () => {
    const name = 'promotion-gate-history-monitor@prod@abc123';
    const first = await inRun(501, 1);
    expect(
      await first.arm({
        startedAt: new Date(Date.UTC(2026, 0, 1)).toISOString(),
        windowMs: 60_000,
        intervalMs: 1000,
        deployment: 'abc123',
        probes: ['health'],
      }),
    ).toBeUndefined();
    // The listing lags behind the upload: the next append must not lose the armed record.
    for (const a of github.state.artifacts.filter((x) => x.name === name)) api.hidden.add(a.id);
    expect(await first.tick(tick(1))).toBeUndefined();
    api.hidden.clear();
    expect(await first.tick(tick(2))).toBeUndefined();

    // The job is retried: attempt 2 is a new process, in the same workflow run.
    const second = await inRun(501, 2);
    const state = await second.load();
    expect(state.problems).toEqual([]);
    expect(state.armed).toMatchObject({ windowMs: 60_000, deployment: 'abc123' });
    expect(state.rows).toEqual([tick(1), tick(2)]);
    expect(await second.tick(tick(3))).toBeUndefined();
    expect(
      await second.finish({ outcome: 'healthy', actionTaken: 'none', why: 'fine', finishedAt: tick(4).at }),
    ).toBeUndefined();

    const after = await (await inRun(502, 1)).load();
    expect(after.rows).toEqual([tick(1), tick(2), tick(3)]);
    expect(after.done).toMatchObject({ outcome: 'healthy', actionTaken: 'none' });
    // One artifact of that name in the run: each upload replaced the one before.
    expect(results.artifacts.filter((a) => a.name === name && a.runId === 501)).toHaveLength(1);
  });
});
