import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commit, makeRepo, PLAIN_ENV } from '../change/repo.js';
import { tempDir } from '../helpers/fs.js';
import { type FakeGitHub, startFakeGitHub, TOKENS } from '../e2e/harness/index.js';
import { check, CONFIG, gate, messages, pullRequest } from './helpers.js';

const REPO = 'acme/permits';

const rules = (integrity = '{ type: integrity }', maxAge = '26h') => `version: 1
profiles:
  pr: { checks: [gate] }
  prod: { checks: [fresh] }
checks:
  gate: ${integrity}
  fresh: { type: freshness, file: data.json, maxAge: ${maxAge} }
`;

let gh: FakeGitHub;
beforeAll(async () => {
  gh = await startFakeGitHub();
});
afterAll(async () => {
  expect(gh.invalid()).toEqual([]);
  await gh.close();
});

let nextPull = 100;

/** A pull request by alice that raises prod's maxAge; reviews are read from the offline GitHub. */
async function weakening(integrity?: string, extraBase: Record<string, string> = {}) {
  const number = nextPull++;
  const pr = await pullRequest(
    { [CONFIG]: rules(integrity), ...extraBase },
    { [CONFIG]: rules(integrity, '72h') },
    { number, author: 'alice', repo: REPO },
  );
  const env = { ...pr.env, GITHUB_API_URL: gh.url, GITHUB_TOKEN: TOKENS.writer };
  const review = (login: string, state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED', commitId = pr.head) =>
    gh.state.addReview({ repo: REPO, pull: number, login, state, commitId });
  return { ...pr, number, env, review };
}

const WEAKENED = 'weakened checks.fresh.maxAge: 26h → 72h (raised) in profile prod';

describe('integrity: a weakening holds unless someone other than the author approved it', () => {
  it("the author's own approval does not count: the weakening holds", async () => {
    const pr = await weakening();
    pr.review('alice', 'APPROVED');
    const run = await gate(pr.dir, { env: pr.env });
    const integrity = check(run.report.checks, 'gate');
    expect(integrity.status).toBe('fail');
    expect(messages(integrity.findings, 'failure')).toEqual([
      WEAKENED,
      `not approved: pull request #${pr.number} has no approval that counts (alice: the author of the pull request)`,
    ]);
    expect(run.report.verdict).toBe('hold');
  });

  it("another reviewer's approval of the head lets it through, and the evidence says who, when and which review", async () => {
    const pr = await weakening();
    const r = pr.review('bob', 'APPROVED');
    const run = await gate(pr.dir, { env: pr.env });
    const integrity = check(run.report.checks, 'gate');
    expect(integrity.status).toBe('warn');
    expect(integrity.summary).toMatch(/1 weakening\(s\).*, approved by bob \(#\d+\)$/);
    expect(integrity.findings).toContainEqual(
      expect.objectContaining({ level: 'warning', message: WEAKENED }),
    );
    const url = `https://github.com/${REPO}/pull/${pr.number}#pullrequestreview-${r.id}`;
    expect(messages(integrity.findings, 'notice')).toContain(
      `approved by bob in pull request #${pr.number} (review ${r.id}, ${r.submittedAt}, ${url})`,
    );
    const evidence = JSON.parse(
      await readFile(path.join(run.outDir, 'evidence/gate/integrity.json'), 'utf8'),
    );
    expect(evidence.approval.approval).toEqual({
      pull: pr.number,
      reviewer: 'bob',
      reviewId: r.id,
      at: r.submittedAt,
      url,
      commit: pr.head,
    });
    expect(run.report.verdict).toBe('promote');
  });

  it("a reviewer's latest review counts: approval then changes requested does not approve; a later comment does not undo it", async () => {
    const pr = await weakening();
    pr.review('bob', 'APPROVED');
    pr.review('bob', 'CHANGES_REQUESTED');
    pr.review('carol', 'APPROVED');
    pr.review('carol', 'COMMENTED');
    const run = await gate(pr.dir, { env: pr.env });
    const integrity = check(run.report.checks, 'gate');
    expect(integrity.status).toBe('warn');
    expect(messages(integrity.findings, 'notice')).toContainEqual(
      expect.stringMatching(/^approved by carol in/),
    );
  });

  it('an approval given before the config last changed does not approve what came after it', async () => {
    const pr = await weakening();
    pr.review('bob', 'APPROVED', pr.base);
    const later = await commit(pr.dir, { 'notes.txt': 'unrelated\n' });
    pr.review('carol', 'APPROVED', pr.head);
    const event = JSON.parse(await readFile(pr.event, 'utf8'));
    event.pull_request.head.sha = later;
    await writeFile(pr.event, JSON.stringify(event));
    const run = await gate(pr.dir, { env: pr.env });
    const integrity = check(run.report.checks, 'gate');
    // carol approved the head's parent: the config is the same there, so it counts; bob's did not.
    expect(integrity.status).toBe('warn');
    const evidence = JSON.parse(
      await readFile(path.join(run.outDir, 'evidence/gate/integrity.json'), 'utf8'),
    );
    expect(evidence.approval.reviews).toEqual([
      expect.objectContaining({
        reviewer: 'bob',
        notCounted: `given on ${pr.base.slice(0, 7)}, before ${CONFIG} last changed`,
      }),
      expect.objectContaining({ reviewer: 'carol' }),
    ]);
  });

  it('named approvers: a team member counts, another reviewer does not; a team the token cannot read is said', async () => {
    gh.state.teams.set('acme/gate-owners', ['carol']);
    const pr = await weakening("{ type: integrity, approvers: ['@acme/gate-owners', '@acme/secret-team'] }");
    pr.review('bob', 'APPROVED');
    const held = await gate(pr.dir, { env: pr.env });
    const integrity = check(held.report.checks, 'gate');
    expect(integrity.status).toBe('fail');
    const why = messages(integrity.findings, 'failure').at(-1)!;
    expect(why).toContain('members of @acme/secret-team cannot be read (GitHub answered 404: Not Found');
    expect(why).toContain(
      `pull request #${pr.number} has no approval that counts (bob: not one of the approvers)`,
    );

    pr.review('carol', 'APPROVED');
    const approved = await gate(pr.dir, { env: pr.env, outDir: path.join(pr.dir, '.out2') });
    expect(check(approved.report.checks, 'gate').status).toBe('warn');
  });

  it("codeowners: the config file's owners in the base's CODEOWNERS may approve", async () => {
    const pr = await weakening('{ type: integrity, codeowners: true }', {
      '.github/CODEOWNERS': '*       @acme/everyone\n/.github/promotion-gate.yml @dave\n',
    });
    pr.review('bob', 'APPROVED');
    const held = await gate(pr.dir, { env: pr.env });
    expect(check(held.report.checks, 'gate').status).toBe('fail');
    pr.review('dave', 'APPROVED');
    const approved = await gate(pr.dir, { env: pr.env, outDir: path.join(pr.dir, '.out2') });
    expect(messages(check(approved.report.checks, 'gate').findings, 'notice')).toContainEqual(
      expect.stringMatching(/^approved by dave in/),
    );
  });

  it('outside a pull request, the pull request a commit names is where the approval is read', async () => {
    const dir = await tempDir();
    const base = await makeRepo(dir, { [CONFIG]: rules() });
    const head = await commit(dir, { [CONFIG]: rules(undefined, '72h') }, 'Relax freshness (#321)');
    gh.state.addPull({
      repo: REPO,
      number: 321,
      headSha: head,
      headRef: 'relax',
      headRepo: REPO,
      author: 'alice',
    });
    const env = {
      ...PLAIN_ENV,
      GITHUB_REPOSITORY: REPO,
      GITHUB_API_URL: gh.url,
      GITHUB_TOKEN: TOKENS.writer,
    };
    const held = await gate(dir, { env, base });
    expect(held.report.config).toMatchObject({ source: 'head' });
    expect(messages(check(held.report.checks, 'gate').findings, 'failure')).toEqual([
      WEAKENED,
      'not approved: pull request #321 has no approving review',
    ]);
    gh.state.addReview({ repo: REPO, pull: 321, login: 'bob', state: 'APPROVED', commitId: head });
    const approved = await gate(dir, { env, base, outDir: path.join(dir, '.out2') });
    expect(messages(check(approved.report.checks, 'gate').findings, 'notice')).toContainEqual(
      expect.stringMatching(/^approved by bob in pull request #321 /),
    );
  });

  it('without a token the weakening holds and the finding says why', async () => {
    const pr = await weakening();
    pr.review('bob', 'APPROVED');
    const run = await gate(pr.dir, { env: { ...pr.env, GITHUB_TOKEN: '' } });
    expect(messages(check(run.report.checks, 'gate').findings, 'failure')).toEqual([
      WEAKENED,
      'not approved: reviews cannot be read: no token (pass the token input, or set GITHUB_TOKEN; it needs pull-requests: read)',
    ]);
    expect(run.report.verdict).toBe('hold');
  });
});

describe('who approved the run', () => {
  it("records the actor, who re-ran it and the environments' approvals; a refused read is said, never fatal", async () => {
    const pr = await weakening();
    pr.review('bob', 'APPROVED');
    gh.state.runApprovals.push({
      repo: REPO,
      runId: 777,
      login: 'carol',
      state: 'approved',
      environments: ['production'],
      comment: 'ship it',
    });
    const env = {
      ...pr.env,
      GITHUB_ACTIONS: 'true',
      GITHUB_RUN_ID: '777',
      GITHUB_ACTOR: 'alice',
      GITHUB_TRIGGERING_ACTOR: 'bob',
    };
    const run = await gate(pr.dir, { env });
    expect(run.report.run).toMatchObject({
      id: '777',
      actor: 'alice',
      triggeringActor: 'bob',
      approvals: [{ user: 'carol', state: 'approved', environments: ['production'], comment: 'ship it' }],
      approvalsReadAt: expect.any(String),
    });
    expect(run.markdown).toContain('- **Run by** alice, re-run by bob');
    expect(run.markdown).toContain('- **approved** by carol for production: ship it');

    gh.fault({ kind: 'status', status: 403, path: '/approvals' });
    const refused = await gate(pr.dir, { env, outDir: path.join(pr.dir, '.out2') });
    expect(refused.report.run?.approvalsProblem).toBe(
      'approvals of the run not read: GitHub answered 403: Server Error (the token needs actions: read)',
    );
    expect(refused.report.verdict).toBe(run.report.verdict);
  });
});
