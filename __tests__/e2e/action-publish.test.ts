import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyBundle } from '../../src/bundle/verify.js';
import { parseMarker } from '../../src/github/stickyComment.js';
import { writeFiles } from '../helpers/fs.js';
import { expectAllValid, expectArtifactIsBundle, junit, workspace } from './fixtures.js';
import {
  type Azurite,
  type FakeGitHub,
  type FakeResults,
  pullRequestEvent,
  runAction,
  startAction,
  sharedAzurite,
  startFakeGitHub,
  startResults,
  TOKENS,
  workflowCommands,
} from './harness/index.js';

const HEAD = 'c'.repeat(40);
const MERGE = 'd'.repeat(40);
const body = (r: { body: unknown }) => r.body as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('the bundled action publishes to an offline GitHub', () => {
  let gh: FakeGitHub;
  let azurite: Azurite;
  let results: FakeResults;
  beforeAll(async () => {
    [gh, azurite] = await Promise.all([startFakeGitHub(), sharedAzurite()]);
    results = await startResults({ azurite, github: gh });
  });
  afterAll(async () => {
    await Promise.all([gh?.close(), results?.close()]);
  });

  it('push: a check run from in progress to success, the bundle as an artifact, outputs and summary', async () => {
    const { ws, temp } = await workspace();
    const since = gh.requests.length;
    const r = await runAction({
      workspace: ws,
      temp,
      github: gh,
      results,
      token: TOKENS.writer,
      inputs: { profile: 'dev', 'retention-days': '7' },
    });
    expect(r.code, r.stderr).toBe(0);
    const reqs = gh.requests.slice(since);
    expect(reqs.map((x) => x.operationId)).toEqual(['checks/create', 'checks/update']);
    const [create, update] = reqs;
    expect(body(create!)).toMatchObject({
      name: 'promotion-gate (dev)',
      head_sha: 'a'.repeat(40),
      status: 'in_progress',
      details_url: 'https://github.com/acme/permits/actions/runs/4242',
    });
    const bundleId = r.outputs['bundle-id']!;
    expect(body(update!)).toMatchObject({
      conclusion: 'success',
      status: 'completed',
      external_id: bundleId,
    });
    expect(body(update!).output.title).toBe(
      'Promote · score 5/5 · auto-promote · level ga_ready · 1 of 1 passed',
    );
    expect(body(update!).output.summary).toContain('## ✅ Promote — dev · score 5/5');
    expect(body(update!).output.text).toContain(`npx promotion-gate verify <dir> --bundle-id ${bundleId}`);

    const run = gh.state.checkRuns.get(Number(r.outputs['check-run-id']))!;
    expect(run).toMatchObject({ status: 'completed', conclusion: 'success', annotations: [] });
    expect(r.outputs['check-run-url']).toBe(`https://github.com/acme/permits/runs/${run.id}`);

    const outDir = path.join(ws, '.promotion-gate/dev');
    expect(r.outputs).toMatchObject({
      verdict: 'promote',
      score: '5',
      level: 'ga_ready',
      action: 'auto-promote',
    });
    expect(r.outputs['report-path']).toBe(path.join(outDir, 'report.json'));
    const artifactId = r.outputs['artifact-id']!;
    expect(r.outputs['artifact-url']).toBe(
      `https://github.com/acme/permits/actions/runs/4242/artifacts/${artifactId}`,
    );
    const created = results.calls.find((c) => c.method === 'CreateArtifact')!;
    expect(created.body.name).toBe('promotion-gate-dev-attempt-1');
    const days = (Date.parse(String(created.body.expires_at)) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThan(7.1);
    await expectArtifactIsBundle(azurite, results, artifactId, outDir);
    // Publishing wrote nothing into the sealed bundle.
    expect(await verifyBundle(outDir, bundleId)).toMatchObject({ ok: true });

    expect(r.summary).toContain('## ✅ Promote — dev · score 5/5 · auto-promote');
    expect(r.summary).toContain(`[promotion-gate-dev-attempt-1](${r.outputs['artifact-url']})`);
    expect(r.summary).toContain(`[check run promotion-gate (dev)](${r.outputs['check-run-url']})`);
    expect(workflowCommands(r.stdout, 'notice').map((n) => n.message)).toEqual([
      'PROMOTE dev: score 5/5, auto-promote, level ga_ready',
    ]);
    expect(workflowCommands(r.stdout, 'warning')).toEqual([]);
    // The token is registered as a secret and never written anywhere else.
    expect(r.stdout).toContain(`::add-mask::${TOKENS.writer}`);
    const shown = (r.stdout + r.stderr + r.summary).replace(/::add-mask::[^\n]*\n/g, '');
    expect(shown).not.toContain(TOKENS.writer);
    expect(shown).not.toContain(r.env.ACTIONS_RUNTIME_TOKEN);
    expectAllValid(gh);
  });

  it('pull_request with 120 findings: 3 annotation batches on the head commit, and a sticky comment', async () => {
    const { ws, temp } = await workspace();
    const since = gh.requests.length;
    const r = await runAction({
      workspace: ws,
      temp,
      github: gh,
      results,
      token: TOKENS.writer,
      sha: MERGE,
      event: pullRequestEvent({ number: 12, headSha: HEAD }),
      inputs: { profile: 'pr' },
    });
    expect(r.code).toBe(1); // hold, fail-on: hold
    expect(r.outputs.verdict).toBe('hold');
    const reqs = gh.requests.slice(since);
    const create = reqs.find((x) => x.operationId === 'checks/create')!;
    expect(body(create).head_sha).toBe(HEAD); // not the merge commit
    const updates = reqs.filter((x) => x.operationId === 'checks/update');
    expect(updates.map((u) => body(u).output.annotations?.length ?? 0)).toEqual([50, 50, 20]);
    expect(updates.map((u) => body(u).conclusion)).toEqual([undefined, undefined, 'failure']);
    const run = gh.state.checkRuns.get(Number(r.outputs['check-run-id']))!;
    expect(run.annotations).toHaveLength(120);
    const keys = new Set(run.annotations.map((a) => `${a.path}:${a.start_line}`));
    expect(keys.size).toBe(120);
    expect(run.annotations[0]).toMatchObject({
      path: 'src/module0.ts',
      start_line: 1,
      end_line: 1,
      annotation_level: 'failure',
      title: 'promotion-gate: tests',
      message: 'failed: suite0 › case 0 — expected 0 to equal 1',
    });
    expect(run.output.title).toBe('Hold · tests (required) failed · score 2/5 · level blocked · 1 failed');

    const comments = gh.state.commentsOn('acme/permits', 12);
    expect(comments).toHaveLength(1);
    const [comment] = comments;
    expect(comment!.login).toBe('github-actions[bot]');
    expect(parseMarker(comment!.body)).toEqual({
      profile: 'pr',
      verdict: 'hold',
      bundle: r.outputs['bundle-id'],
    });
    expect(comment!.body).toContain('## ⛔ Hold — pr · tests (required) failed · score 2/5');
    expect(comment!.body).toContain(`[check run promotion-gate (pr)](${r.outputs['check-run-url']})`);
    expect(r.outputs['comment-url']).toBe(
      `https://github.com/acme/permits/pull/12#issuecomment-${comment!.id}`,
    );
    expect(r.summary).toContain(`[PR comment](${r.outputs['comment-url']})`);
    expect(workflowCommands(r.stdout, 'error').map((e) => e.message)[0]).toMatch(/^HOLD pr: score 2\/5/);
    expectAllValid(gh);
  });

  it('a second run on the pull request updates the same comment, paging past 150 others', async () => {
    gh.state.seedComments('acme/permits', 12, 150, 'reviewer');
    // Someone else quoting our marker must not be mistaken for our comment.
    gh.state.seedComments(
      'acme/permits',
      12,
      1,
      'mallory',
      () => '<!-- promotion-gate:sticky profile="pr" verdict="hold" -->',
    );
    const [ours] = gh.state.commentsOn('acme/permits', 12).filter((c) => c.login === 'github-actions[bot]');
    const { ws, temp } = await workspace({ 'reports/junit.xml': junit(0) });
    const since = gh.requests.length;
    const r = await runAction({
      workspace: ws,
      temp,
      github: gh,
      results,
      token: TOKENS.writer,
      sha: MERGE,
      attempt: 2,
      event: pullRequestEvent({ number: 12, headSha: HEAD }),
      inputs: { profile: 'pr' },
    });
    expect(r.code, r.stdout).toBe(0);
    const reqs = gh.requests.slice(since);
    const pages = reqs
      .filter((x) => x.operationId === 'issues/list-comments')
      .map((x) => x.query.get('page') ?? '1');
    expect(pages).toEqual(['1', '2']);
    expect(reqs.filter((x) => x.operationId === 'issues/create-comment')).toEqual([]);
    const edits = reqs.filter((x) => x.operationId === 'issues/update-comment');
    expect(edits.map((e) => e.params.comment_id)).toEqual([String(ours!.id)]);
    const after = gh.state.commentsOn('acme/permits', 12);
    expect(after).toHaveLength(152);
    expect(after.find((c) => c.id === ours!.id)!.body).toContain('## ✅ Promote — pr · score 5/5');
    expect(after.find((c) => c.login === 'mallory')!.body).not.toContain('Promote');
    expect(r.outputs['comment-url']).toContain(`#issuecomment-${ours!.id}`);
    // Artifact names are unique per attempt.
    expect(results.calls.filter((c) => c.method === 'CreateArtifact').map((c) => c.body.name)).toContain(
      'promotion-gate-pr-attempt-2',
    );
    expectAllValid(gh);
  });

  it('a fork pull request with a read-only token: one notice; summary, outputs and artifact still written', async () => {
    const { ws, temp } = await workspace();
    const since = gh.requests.length;
    const r = await runAction({
      workspace: ws,
      temp,
      github: gh,
      results,
      token: TOKENS.readOnly,
      runId: 5151,
      sha: MERGE,
      event: pullRequestEvent({ number: 31, headSha: HEAD, headRepo: 'mallory/permits' }),
      inputs: { profile: 'pr', 'fail-on': 'never' },
    });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ verdict: 'hold', action: 'hold' });
    expect(r.outputs['artifact-id']).toMatch(/^\d+$/);
    expect(r.outputs['check-run-id']).toBeUndefined();
    const writes = gh.requests.slice(since).filter((x) => x.method !== 'GET');
    expect(writes.map((w) => `${w.operationId} ${w.status}`)).toEqual([
      'checks/create 403',
      'issues/create-comment 403',
    ]);
    const notices = workflowCommands(r.stdout, 'notice').filter((n) =>
      n.props.includes('publishing skipped'),
    );
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toBe(
      'Skipped the check run and the PR comment: the token cannot write to acme/permits (GitHub answered 403: Resource not accessible by integration). This pull request comes from the fork mallory/permits, and GitHub gives such runs a read-only GITHUB_TOKEN. Still written: the job summary, the outputs and the evidence artifact promotion-gate-pr-attempt-1. To publish on the pull request, run `command: publish` in a `workflow_run` workflow (see the README).',
    );
    expect(workflowCommands(r.stdout, 'warning').filter((w) => w.props.includes('publishing'))).toEqual([]);
    expect(r.summary).toContain('## ⛔ Hold — pr');
    expect(r.summary).toContain('> Skipped the check run and the PR comment');
    await expectArtifactIsBundle(
      azurite,
      results,
      r.outputs['artifact-id']!,
      path.join(ws, '.promotion-gate/pr'),
    );
    expectAllValid(gh);
  });

  it('a cancelled run completes its check run as cancelled, with the report of what ran', async () => {
    const { ws, temp } = await workspace();
    await writeFiles(ws, {
      '.github/promotion-gate.yml':
        'version: 1\nprofiles:\n  slow: { checks: [files, deploy] }\nchecks:\n  files: { type: files, paths: [package.json] }\n  deploy: { type: command, run: sleep 60 }\n',
    });
    const before = new Set(gh.state.checkRuns.keys());
    const { child, done } = await startAction({
      workspace: ws,
      temp,
      github: gh,
      results,
      token: TOKENS.writer,
      inputs: { profile: 'slow' },
    });
    // Cancelled once the check run shows on GitHub (a wait for a state, not a timing).
    while (![...gh.state.checkRuns.keys()].some((id) => !before.has(id)))
      await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGTERM');
    const r = await done;
    expect(r.code).toBe(143);
    const run = [...gh.state.checkRuns.values()].find((c) => !before.has(c.id))!;
    expect(run).toMatchObject({
      status: 'completed',
      conclusion: 'cancelled',
      name: 'promotion-gate (slow)',
    });
    expect(r.summary).toContain('`deploy`');
    expect(r.outputs['artifact-id']).toBeUndefined(); // a cancelled job has no time for uploads
    expectAllValid(gh);
  });

  it('a bad config completes the started check run as failure, annotated at the line', async () => {
    const { ws, temp } = await workspace();
    await writeFiles(ws, {
      '.github/promotion-gate.yml':
        'version: 1\nprofiles:\n  dev: { checks: [files] }\nchecks:\n  files: { type: files, path: [x] }\n',
    });
    const since = gh.requests.length;
    const r = await runAction({
      workspace: ws,
      temp,
      github: gh,
      results,
      token: TOKENS.writer,
      inputs: { profile: 'dev' },
    });
    expect(r.code).toBe(2);
    const updates = gh.requests.slice(since).filter((x) => x.operationId === 'checks/update');
    expect(updates).toHaveLength(1);
    expect(body(updates[0]!)).toMatchObject({
      conclusion: 'failure',
      output: {
        title: 'Invalid configuration',
        annotations: [{ path: '.github/promotion-gate.yml', start_line: 5, annotation_level: 'failure' }],
      },
    });
    expectAllValid(gh);
  });
});
