import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMarker } from '../../src/github/stickyComment.js';
import { expectAllValid, workspace } from './fixtures.js';
import {
  type Azurite,
  type FakeGitHub,
  type FakeResults,
  pullRequestEvent,
  runAction,
  runCli,
  runnerEnv,
  sharedAzurite,
  startFakeGitHub,
  startResults,
  TOKENS,
  workflowCommands,
  workflowRunEvent,
} from './harness/index.js';

const HEAD = '4'.repeat(40);
const MERGE = '5'.repeat(40);
const FORK_RUN = 7777;

/**
 * The workflow_run pattern: a fork's pull request runs the gate with a read-only token (only the
 * artifact gets out), then a workflow_run workflow publishes that artifact with a token that can write.
 */
describe('publish: results of another run', () => {
  let gh: FakeGitHub;
  let azurite: Azurite;
  let results: FakeResults;
  let forkDir: string;
  let forkBundle: string;
  // The fork's run, made before the tests and read by each of them.
  let lasting: string | undefined;
  beforeAll(async () => {
    lasting = await mkdtemp(path.join(os.tmpdir(), 'pg-e2e-fork-'));
    [gh, azurite] = await Promise.all([startFakeGitHub(), sharedAzurite()]);
    results = await startResults({ azurite, github: gh });
    gh.state.addPull({
      repo: 'acme/permits',
      number: 44,
      headSha: HEAD,
      headRef: 'fix-typo',
      headRepo: 'mallory/permits',
    });
    gh.state.addPull({
      repo: 'acme/permits',
      number: 45,
      headSha: 'old'.padEnd(40, '0'),
      headRef: 'fix-typo',
      headRepo: 'other/permits',
    });
    // The fork's run: gate decided, nothing published but the artifact.
    const { ws, temp } = await workspace({}, 120, { under: lasting });
    const fork = await runAction({
      workspace: ws,
      temp,
      github: gh,
      results,
      token: TOKENS.readOnly,
      runId: FORK_RUN,
      sha: MERGE,
      event: pullRequestEvent({
        number: 44,
        headSha: HEAD,
        headRepo: 'mallory/permits',
        headRef: 'fix-typo',
      }),
      inputs: { profile: 'pr', 'fail-on': 'never' },
    });
    expect(fork.outputs['artifact-id']).toMatch(/^\d+$/);
    expect(gh.state.checkRuns.size).toBe(0);
    forkDir = path.join(ws, '.promotion-gate/pr');
    forkBundle = fork.outputs['bundle-id']!;
  });
  afterAll(async () => {
    await Promise.all([gh?.close(), results?.close()]);
    if (lasting) await rm(lasting, { recursive: true, force: true });
  });

  const publishRun = async () => {
    const { ws, temp } = await workspace();
    const since = gh.requests.length;
    const r = await runAction({
      workspace: ws,
      temp,
      github: gh,
      results,
      token: TOKENS.writer,
      runId: 7800,
      sha: 'main'.padEnd(40, '0'),
      event: workflowRunEvent({
        runId: FORK_RUN,
        headSha: HEAD,
        headRepo: 'mallory/permits',
        headBranch: 'fix-typo',
      }),
      inputs: { command: 'publish' },
    });
    return { r, reqs: gh.requests.slice(since) };
  };

  it('command publish on workflow_run: downloads the artifact, verifies it, publishes for the fork’s head and PR', async () => {
    const { r, reqs } = await publishRun();
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const ops = reqs.map((x) => x.operationId);
    expect(ops[0]).toBe('actions/list-workflow-run-artifacts');
    // The download and the pull request lookup run side by side: either may come first.
    expect(ops.slice(1, 3).sort()).toEqual([
      'actions/download-artifact',
      'pulls/list', // GitHub lists no pull requests on a fork's run: found by the fork's branch
    ]);
    expect(ops.slice(3, 5)).toEqual([
      'checks/list-for-ref', // already published? (no)
      'checks/create',
    ]);
    expect(reqs.find((x) => x.operationId === 'pulls/list')!.query.get('head')).toBe('mallory:fix-typo');
    const [run] = [...gh.state.checkRuns.values()];
    expect(run).toMatchObject({
      name: 'promotion-gate (pr)',
      head_sha: HEAD,
      conclusion: 'failure',
      external_id: forkBundle,
    });
    expect(run!.details_url).toBe(`https://github.com/acme/permits/actions/runs/${FORK_RUN}`);
    expect(run!.annotations).toHaveLength(120);
    const [comment] = gh.state.commentsOn('acme/permits', 44);
    expect(parseMarker(comment!.body)).toMatchObject({ profile: 'pr', verdict: 'hold', bundle: forkBundle });
    expect(comment!.body).toMatch(
      /evidence artifact \[promotion-gate-pr-attempt-1\]\(https:\/\/github\.com\/acme\/permits\/actions\/runs\/7777\/artifacts\/\d+\)/,
    );
    expect(gh.state.commentsOn('acme/permits', 45)).toEqual([]);
    expect(r.outputs).toMatchObject({
      verdict: 'hold',
      'bundle-id': forkBundle,
      'check-run-id': String(run!.id),
    });
    expect(r.summary).toContain('## ⛔ Hold — pr');
    expectAllValid(gh);
  });

  it('publishing again adds nothing: the check run is already there, the comment unchanged', async () => {
    const { r, reqs } = await publishRun();
    expect(r.code).toBe(0);
    const writes = reqs.filter((x) => x.method !== 'GET').map((x) => x.operationId);
    expect(writes).toEqual([]);
    expect(gh.state.checkRuns.size).toBe(1);
    expect(r.stdout).toMatch(/check run: done — already published for bundle sha256:/);
    expect(gh.state.commentsOn('acme/permits', 44)).toHaveLength(1);
  });

  it('the CLI publishes a report directory; a tampered bundle is refused before any write', async () => {
    const { ws: temp } = await workspace();
    const { env } = await runnerEnv({ workspace: temp, temp, github: gh });
    const cliEnv = { ...env, GITHUB_TOKEN: TOKENS.writer, GITHUB_EVENT_NAME: 'workflow_dispatch' };
    const since = gh.requests.length;
    const ok = await runCli(
      ['publish', forkDir, '--sha', 'b'.repeat(40), '--pr', '45', '--check-run-name', 'gate (cli)'],
      { cwd: temp, env: cliEnv },
    );
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain(`HOLD pr (bundle ${forkBundle})`);
    expect(ok.stdout).toMatch(/check run: done — failure, 120 annotation\(s\) in 3 update\(s\)/);
    expect([...gh.state.checkRuns.values()].find((c) => c.name === 'gate (cli)')!.head_sha).toBe(
      'b'.repeat(40),
    );
    expect(gh.state.commentsOn('acme/permits', 45)).toHaveLength(1);
    expect(workflowCommands(ok.stdout)).toEqual([]);

    await appendFile(path.join(forkDir, 'report.md'), '\nall good, promote!\n');
    const before = gh.requests.length;
    const bad = await runCli(['publish', forkDir, '--sha', 'b'.repeat(40), '--pr', '45'], {
      cwd: temp,
      env: cliEnv,
    });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('the evidence bundle does not verify (1 problem(s)); not published');
    expect(bad.stderr).toContain('changed report.md');
    expect(gh.requests.length).toBe(before);

    const noToken = await runCli(['publish', forkDir], { cwd: temp, env: { ...cliEnv, GITHUB_TOKEN: '' } });
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toContain('publish needs a token');
    expect(gh.requests.length).toBeGreaterThan(since);
    expectAllValid(gh);
  });
});
