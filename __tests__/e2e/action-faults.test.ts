import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { verifyBundle } from '../../src/bundle/verify.js';
import { expectAllValid, junit, workspace } from './fixtures.js';
import {
  type Azurite,
  type FakeGitHub,
  type FakeResults,
  pullRequestEvent,
  runAction,
  sharedAzurite,
  startFakeGitHub,
  startResults,
  TOKENS,
  workflowCommands,
} from './harness/index.js';

const HEAD = 'e'.repeat(40);
const CHECK_RUNS = '/repos/{owner}/{repo}/check-runs';
const CHECK_RUN = '/repos/{owner}/{repo}/check-runs/{check_run_id}';
const COMMENTS = '/repos/{owner}/{repo}/issues/{issue_number}/comments';

/** GitHub misbehaving: every scenario still ends with one check run, 120 annotations and one comment. */
describe('publishing through API faults', () => {
  let gh: FakeGitHub;
  let azurite: Azurite;
  let results: FakeResults;
  let pr = 100;
  beforeAll(async () => {
    [gh, azurite] = await Promise.all([startFakeGitHub(), sharedAzurite()]);
    results = await startResults({ azurite, github: gh });
  });
  afterAll(async () => {
    await Promise.all([gh?.close(), results?.close()]);
  });
  beforeEach(() => {
    pr++;
  });

  const gate = async (inputs: Record<string, string> = {}, env: Record<string, string> = {}) => {
    const { ws, temp } = await workspace();
    const since = gh.requests.length;
    const r = await runAction({
      workspace: ws,
      temp,
      github: gh,
      results,
      token: TOKENS.writer,
      sha: 'f'.repeat(40),
      runId: 6000 + pr,
      event: pullRequestEvent({ number: pr, headSha: `${HEAD.slice(0, 37)}${pr}` }),
      inputs: { profile: 'pr', 'fail-on': 'never', ...inputs },
      env,
    });
    return { r, ws, reqs: gh.requests.slice(since) };
  };

  /** Exactly one check run of the name on the commit, completed, with each annotation once; one comment. */
  const expectPublishedOnce = (r: Awaited<ReturnType<typeof gate>>['r']) => {
    const runs = [...gh.state.checkRuns.values()].filter((c) => c.head_sha === `${HEAD.slice(0, 37)}${pr}`);
    expect(runs.map((c) => [c.name, c.status, c.conclusion])).toEqual([
      ['promotion-gate (pr)', 'completed', 'failure'],
    ]);
    expect(runs[0]!.annotations).toHaveLength(120);
    expect(new Set(runs[0]!.annotations.map((a) => a.start_line)).size).toBe(120);
    expect(gh.state.commentsOn('acme/permits', pr)).toHaveLength(1);
    expect(r.outputs['check-run-id']).toBe(String(runs[0]!.id));
    expect(workflowCommands(r.stdout, 'warning').filter((w) => w.props.includes('publishing'))).toEqual([]);
  };

  it('500s: lost creates are looked up before they are repeated; a lost annotation batch is not sent twice', async () => {
    gh.fault({ kind: 'status', status: 500, method: 'POST', path: CHECK_RUNS });
    gh.fault({ kind: 'apply-then-status', status: 502, method: 'PATCH', path: CHECK_RUN, after: 1 });
    gh.fault({ kind: 'status', status: 503, method: 'GET', path: COMMENTS });
    gh.fault({ kind: 'apply-then-status', status: 500, method: 'POST', path: COMMENTS });
    const { r, reqs } = await gate();
    expect(r.code).toBe(0);
    expectPublishedOnce(r);
    const ops = reqs.map((x) => `${x.operationId}${x.fault ? `(${x.fault})` : ''}`);
    expect(ops.filter((o) => o.startsWith('checks/'))).toEqual([
      'checks/create(status)',
      'checks/list-for-ref',
      'checks/create',
      'checks/update',
      'checks/update(apply-then-status)',
      'checks/get', // it landed: the next batch follows, not the same one again
      'checks/update',
    ]);
    expect(ops.filter((o) => o.startsWith('issues/'))).toEqual([
      'issues/list-comments(status)',
      'issues/list-comments', // retried by @octokit/plugin-retry
      'issues/create-comment(apply-then-status)',
      'issues/list-comments', // it landed: not posted twice
    ]);
    expectAllValid(gh);
  });

  it('403 secondary rate limits: waited out as GitHub asks (retry-after), then done', async () => {
    gh.fault({ kind: 'secondary-rate-limit', method: 'PATCH', path: CHECK_RUN, retryAfter: 1 });
    gh.fault({ kind: 'secondary-rate-limit', method: 'POST', path: COMMENTS, retryAfter: 1 });
    // Paced, as against GitHub: the client that waits out rate limits is the one that paces.
    const { r, reqs } = await gate({}, { PROMOTION_GATE_API_PACING: 'on' });
    expect(r.code).toBe(0);
    expectPublishedOnce(r);
    expect(reqs.filter((x) => x.fault === 'secondary-rate-limit').map((x) => x.status)).toEqual([403, 403]);
    expect(r.stdout).toContain('GitHub secondary rate limit on PATCH');
    // Not mistaken for a read-only token.
    expect(workflowCommands(r.stdout, 'notice').filter((n) => n.props.includes('skipped'))).toEqual([]);
    expectAllValid(gh);
  });

  it('timeouts: a hung request is abandoned after api-timeout; one that hung after applying is not repeated', async () => {
    gh.fault({ kind: 'hang', method: 'POST', path: CHECK_RUNS });
    gh.fault({ kind: 'apply-then-hang', method: 'PATCH', path: CHECK_RUN });
    gh.fault({ kind: 'hang', method: 'POST', path: COMMENTS });
    const { r, reqs } = await gate({ 'api-timeout': '1s' });
    expect(r.code).toBe(0);
    expectPublishedOnce(r);
    expect(reqs.filter((x) => x.fault).map((x) => `${x.operationId}(${x.fault})`)).toEqual([
      'checks/create(hang)',
      'checks/update(apply-then-hang)',
      'issues/create-comment(hang)',
    ]);
    expect(reqs.filter((x) => x.operationId === 'checks/update')).toHaveLength(3);
    expectAllValid(gh);
  });

  it('an outage: one warning, the exit code still means the verdict, the report files intact', async () => {
    gh.fault({ kind: 'status', status: 500, times: Infinity });
    const { r, ws, reqs } = await gate({ 'fail-on': 'hold', 'api-retries': '0' });
    expect(r.code).toBe(1); // hold, not an internal error
    expect(r.outputs).toMatchObject({ verdict: 'hold', score: '2', level: 'blocked' });
    expect(r.outputs['artifact-id']).toMatch(/^\d+$/); // the Results service is not the REST API
    expect(r.outputs['check-run-id']).toBeUndefined();
    const warnings = workflowCommands(r.stdout, 'warning').filter((w) =>
      w.props.includes('publishing failed'),
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toMatch(
      /^Could not publish the check run and the PR comment: check run: GitHub answered 500: Server Error; PR comment: not attempted: GitHub answered 500: Server Error earlier\. The verdict, report files and exit code are not affected\.$/,
    );
    // Tried at the start and once more at the end (GitHub may be back by then); after that
    // failure nothing else is tried: no storm of requests against a down API.
    expect(reqs.map((x) => x.operationId)).toEqual([
      'checks/create',
      'checks/list-for-ref', // did the lost create land?
      'checks/create',
      'checks/list-for-ref',
    ]);
    expect(r.summary).toContain('## ⛔ Hold — pr');
    expect(r.summary).toContain('Could not publish the check run');
    const dir = path.join(ws, '.promotion-gate/pr');
    expect(await verifyBundle(dir, r.outputs['bundle-id'])).toMatchObject({ ok: true });
  });
});

describe('an over-size report', () => {
  let gh: FakeGitHub;
  beforeAll(async () => {
    gh = await startFakeGitHub();
  });
  afterAll(async () => {
    await gh?.close();
  });

  it('fits the check run, the comment and the job summary, degrading before it truncates', async () => {
    // 24 failing suites × 60 failures of 300 CJK characters: ≈1.3 MB of findings, 3 bytes a character.
    const files: Record<string, string> = {};
    const checks: string[] = [];
    for (let i = 0; i < 24; i++) {
      files[`reports/s${i}.xml`] = junit(60, {
        withLocation: false,
        suite: `s${i}`,
        message: (n) => `${'検証失敗'.repeat(75)}${n}`,
      });
      checks.push(`  suite${i}: { type: command, run: 'true', junit: reports/s${i}.xml }`);
    }
    const { ws, temp } = await workspace(files);
    const { writeFiles } = await import('../helpers/fs.js');
    await writeFiles(ws, {
      '.github/promotion-gate.yml': `version: 1\nprofiles:\n  big: { checks: [${checks.map((_, i) => `suite${i}`).join(', ')}] }\nchecks:\n${checks.join('\n')}\n`,
    });
    const r = await runAction({
      workspace: ws,
      temp,
      github: gh,
      token: TOKENS.writer,
      event: pullRequestEvent({ number: 9, headSha: HEAD }),
      inputs: { profile: 'big', 'fail-on': 'never' },
    });
    expect(r.code, r.stderr).toBe(0);
    const update = gh.calls('checks/update').at(-1)!;
    const output = (update.body as { output: { summary: string; text: string } }).output;
    expect(output.summary.length).toBeLessThanOrEqual(65_535);
    expect(output.summary.length).toBeGreaterThan(60_000);
    expect(
      /truncated to fit 6\d{4} characters; the full report is the \[job summary\]\(https:\/\/github\.com\/acme\/permits\/actions\/runs\/4242\)/.test(
        output.summary,
      ),
    ).toBe(true);
    expect(output.text.length).toBeLessThanOrEqual(65_535);
    const [comment] = gh.state.commentsOn('acme/permits', 9);
    expect([...comment!.body].length).toBeLessThanOrEqual(65_536);
    expect(comment!.body.includes('## ⛔ Hold — big')).toBe(true);
    expect(/_… truncated to fit \d+ characters; the full report is/.test(comment!.body)).toBe(true);
    const summaryBytes = Buffer.byteLength(r.summary);
    expect(summaryBytes).toBeLessThanOrEqual(1024 * 1024);
    expect(summaryBytes).toBeGreaterThan(900 * 1024);
    expect(r.summary.length).toBeLessThan(summaryBytes / 2); // characters are not bytes
    // (Boolean checks: a failing toContain would print a megabyte.)
    expect(r.summary.includes('truncated to fit') || r.summary.includes('Shortened to fit')).toBe(true);
    expectAllValid(gh);
  });
});
