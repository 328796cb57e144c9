import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { failedWarning, skippedNotice } from '../../src/action/notices.js';
import { DEFAULT_CONCLUSIONS } from '../../src/github/checkRun.js';
import { createGitHubClient, type GitHubApi } from '../../src/github/client.js';
import { Publisher, type PublishSettings } from '../../src/github/publish.js';
import { checkRunOutput, commentBody, fitBytes, jobSummary } from '../../src/github/render.js';
import { type FakeGitHub, startFakeGitHub, TOKENS } from '../e2e/harness/index.js';
import { tempDir } from '../helpers/fs.js';
import { check, holdReport, report } from '../report/fixtures.js';

const settings = (o: Partial<PublishSettings> = {}): PublishSettings => ({
  checkRun: true,
  checkRunName: 'promotion-gate (staging)',
  conclusions: DEFAULT_CONCLUSIONS,
  comment: 'update',
  commentWhen: 'always',
  paths: {},
  ...o,
});
const log = { info: () => undefined, warn: () => undefined, debug: () => undefined };
const target = {
  owner: 'acme',
  repo: 'permits',
  headSha: 'c'.repeat(40),
  pullNumber: 3,
  serverUrl: 'https://github.com',
};
const sealed = {
  ...holdReport,
  bundle: { id: `sha256:${'1'.repeat(64)}`, manifest: 'manifest.json', files: 3 },
};

describe('Publisher: each sink on its own', () => {
  let gh: FakeGitHub;
  let api: GitHubApi;
  let outDir: string;
  beforeAll(async () => {
    gh = await startFakeGitHub();
    api = await createGitHubClient({
      token: TOKENS.writer,
      apiUrl: gh.url,
      timeoutMs: 5000,
      retries: 0,
      userAgent: 'test',
      log: { debug: () => undefined, warn: () => undefined },
      paced: false,
    });
  });
  afterAll(async () => gh?.close());
  afterEach(() => {
    gh.requests.length = 0;
  });

  const dir = async () => {
    outDir = await tempDir();
    await mkdir(outDir, { recursive: true });
    await writeFile(
      path.join(outDir, 'manifest.json'),
      JSON.stringify({ files: [{ path: 'report.md', sha256: 'ab'.repeat(32), size: 10 }] }),
    );
    return outDir;
  };

  it('off and not applicable: nothing is asked of GitHub', async () => {
    const p = new Publisher({
      api,
      target: { ...target, pullNumber: undefined },
      settings: settings({ checkRun: false }),
      log,
    });
    const pub = await p.finish(sealed, await dir(), { uploadArtifact: async () => 'off (artifact: false)' });
    expect(pub.outcomes.map((o) => [o.sink, o.state, o.reason])).toEqual([
      ['artifact', 'skipped', 'off'],
      ['check run', 'skipped', 'off'],
      ['PR comment', 'skipped', 'not-applicable'],
    ]);
    expect(gh.requests).toEqual([]);
  });

  it('without a token: skipped, and said so once', async () => {
    const p = new Publisher({ noApi: 'no token (input token is empty)', target, settings: settings(), log });
    const pub = await p.finish(sealed, await dir());
    expect(skippedNotice(pub.outcomes, undefined)).toBe(
      'Skipped the check run and the PR comment: no token (input token is empty) Still written: the job summary and the outputs.',
    );
    expect(failedWarning(pub.outcomes)).toBeUndefined();
  });

  it('begin → finish: one check run, completed with the manifest in its text; an artifact failure stops nothing', async () => {
    const p = new Publisher({ api, target, settings: settings(), log });
    p.begin('run-key-1');
    const pub = await p.finish(sealed, await dir(), {
      uploadArtifact: async () => {
        throw new Error(
          'Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict',
        );
      },
    });
    expect(pub.outcomes.map((o) => [o.sink, o.state])).toEqual([
      ['artifact', 'failed'],
      ['check run', 'done'],
      ['PR comment', 'done'],
    ]);
    expect(failedWarning(pub.outcomes)).toMatch(
      /^Could not publish the artifact: artifact: Failed to CreateArtifact/,
    );
    const run = gh.state.checkRuns.get(pub.checkRun!.id)!;
    expect(run).toMatchObject({ external_id: sealed.bundle.id, conclusion: 'failure' });
    expect(run.output.text).toContain('| `report.md` | 10 | `abababababababab…` |');
    expect(gh.calls('checks/create')).toHaveLength(1);
  });
});

describe('renderers stay within GitHub’s limits', () => {
  const huge = report({
    verdict: 'hold',
    action: 'hold',
    score: 1,
    checks: Array.from({ length: 40 }, (_, i) =>
      check(`c${i}`, {
        status: 'fail',
        score: 1,
        findings: Array.from({ length: 60 }, (_, j) => ({
          level: 'failure' as const,
          message: `ü${'x'.repeat(390)}${j}`,
        })),
      }),
    ),
  });
  const links = {
    runUrl: 'https://github.com/acme/permits/actions/runs/1',
    artifact: { name: 'ev', url: 'https://a' },
  };

  it('check run summary and text, comment body', () => {
    const out = checkRunOutput(
      huge,
      links,
      undefined,
      Array.from({ length: 5000 }, (_, i) => ({
        path: `evidence/f${i}.json`,
        sha256: 'f'.repeat(64),
        size: i,
      })),
    );
    expect(out.summary.length).toBeLessThanOrEqual(65_535);
    expect(out.text.length).toBeLessThanOrEqual(65_535);
    expect(out.text).toContain('more | | |');
    expect(out.summary).toContain('[ev](https://a)');
    const body = commentBody(huge, '<!-- m -->', links);
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body.startsWith('<!-- m -->\n## ⛔ Hold')).toBe(true);
  });

  it('the job summary counts bytes, not characters', () => {
    const text = jobSummary(huge, links, ['Skipped the PR comment.'], 200_000);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(200_000);
    expect(Buffer.byteLength(text)).toBeGreaterThan(150_000);
    expect(text).toContain('> Skipped the PR comment.');
    const fitted = fitBytes((n) => '検'.repeat(Math.min(n, 10_000)), 3_000);
    expect(Buffer.byteLength(fitted)).toBeLessThanOrEqual(3_000);
    expect(fitted.length).toBeGreaterThan(900);
  });
});
