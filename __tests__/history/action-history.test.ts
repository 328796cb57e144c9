import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Azurite,
  type FakeGitHub,
  type FakeResults,
  runAction,
  sharedAzurite,
  startFakeGitHub,
  startResults,
  TOKENS,
} from '../e2e/harness/index.js';
import { tempDir, writeFiles } from '../helpers/fs.js';
import { withRepoArtifactListing } from './artifactListing.js';

// A failing scored check in `design` gives score 3: promote with a hotfix, once.
const CONFIG = `version: 1
profiles:
  prod: { checks: [docs] }
checks:
  docs: { type: files, enforcement: scored, category: design, paths: [CHANGELOG.md] }
`;

let github: FakeGitHub;
let azurite: Azurite;
let results: FakeResults;
let api: Awaited<ReturnType<typeof withRepoArtifactListing>>;

beforeAll(async () => {
  [github, azurite] = await Promise.all([startFakeGitHub(), sharedAzurite()]);
  results = await startResults({ azurite, github });
  api = await withRepoArtifactListing(github);
}, 60_000);
afterAll(async () => {
  await Promise.all([api?.close(), results?.close(), github?.close()]);
});

describe('the bundled action with history: artifacts (node24, offline GitHub)', () => {
  it('remembers the run in an artifact; the next workflow run holds by the hotfix ratchet', async () => {
    const workspace = await tempDir();
    await writeFiles(workspace, { '.github/promotion-gate.yml': CONFIG });
    const gate = async (runId: number) =>
      runAction({
        workspace,
        temp: await tempDir(),
        github,
        results,
        runId,
        token: TOKENS.writer,
        inputs: {
          profile: 'prod',
          history: 'artifacts',
          'check-run': 'false',
          comment: 'off',
          artifact: 'false',
        },
        env: { GITHUB_API_URL: api.url },
      });
    const first = await gate(501);
    expect(first.code).toBe(0);
    expect(first.outputs.action).toBe('promote-with-hotfix');
    expect(results.artifacts.map((a) => [a.name, a.runId])).toContainEqual([
      'promotion-gate-history-prod',
      501,
    ]);

    const second = await gate(502);
    expect(second.code).toBe(1);
    expect(second.outputs).toMatchObject({ verdict: 'hold', action: 'hold' });
    expect(second.stdout).toContain(
      'hotfix ratchet: docs needed a hotfix in the last run and still fails; holding',
    );

    // Fixed in the next run: promote, and the history holds all three runs.
    await writeFile(path.join(workspace, 'CHANGELOG.md'), '# 1.0\n');
    const third = await gate(503);
    expect(third.outputs.action).toBe('auto-promote');
    const report = JSON.parse(await readFile(third.outputs['report-path']!, 'utf8')) as {
      reasons: { kind: string }[];
    };
    expect(report.reasons.map((r) => r.kind)).not.toContain('history');
    expect(github.invalid()).toEqual([]);
  });

  it('a bad history input is a usage error (exit 2) naming the input', async () => {
    const workspace = await tempDir();
    await writeFiles(workspace, { '.github/promotion-gate.yml': CONFIG });
    const r = await runAction({
      workspace,
      temp: await tempDir(),
      inputs: { profile: 'prod', history: 'ftp', 'check-run': 'false', comment: 'off', artifact: 'false' },
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('input history: unknown history store "ftp"');
  });
});
