import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { GitHubApi } from '../../src/github/client.js';
import { ISSUE_LABEL, issueMarker, raiseIncident } from '../../src/github/issues.js';
import { runCli } from '../../src/cli/main.js';
import { type FakeGitHub, startFakeGitHub, TOKENS } from '../e2e/harness/index.js';
import { closeAllServers } from '../helpers/servers.js';
import {
  configYaml,
  githubApi,
  hours,
  project,
  type Project,
  type Staging,
  startStaging,
  watchOnce,
} from './fixture.js';

const REPO = 'acme/permits';
const target = { owner: 'acme', repo: 'permits' };
const MARKER = '<!-- promotion-gate:incident:prod -->';

async function cli(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: { PATH: process.env.PATH },
    cwd,
  });
  return { code, stdout, stderr };
}

describe('watch: incidents on GitHub follow the transitions', () => {
  let gh: FakeGitHub;
  let api: GitHubApi;
  let staging: Staging;
  let p: Project;
  beforeAll(async () => {
    gh = await startFakeGitHub();
    api = await githubApi(gh);
  });
  afterAll(async () => gh?.close());
  afterEach(async () => {
    gh.requests.length = 0;
    gh.state.issues.length = 0;
    gh.state.comments.length = 0;
    await closeAllServers();
  });

  const issues = () => ({ api, target });
  const ours = () => gh.state.issuesIn(REPO).filter((i) => i.body.includes(MARKER));

  it('promote → hold opens one issue; a re-run adds nothing; hold → promote comments and closes it', async () => {
    staging = await startStaging();
    p = await project(configYaml());

    const first = await watchOnce(p, staging, { runId: 100, at: hours(0), issues: issues() });
    expect(first.gate.report.verdict).toBe('promote');
    expect(first.transition).toBeUndefined();
    expect(first.issues).toEqual([]);

    staging.mode = 'faulty';
    const turned = await watchOnce(p, staging, { runId: 101, at: hours(1), issues: issues() });
    expect(turned.gate.report.verdict).toBe('hold');
    expect(turned.transition).toMatchObject({
      from: { runId: '100.1', verdict: 'promote', action: 'auto-promote' },
      to: { verdict: 'hold', action: 'hold', score: 1 },
    });
    expect(turned.issues).toMatchObject([{ what: 'incident', state: 'done', detail: 'opened #1' }]);
    expect(ours()).toHaveLength(1);
    const issue = ours()[0]!;
    expect(issue).toMatchObject({ state: 'open', labels: [ISSUE_LABEL], login: 'github-actions[bot]' });
    expect(issue.title).toBe('promotion-gate: prod holds (score 1/5)');
    // Reasons with what was observed and the threshold, and links to the run.
    expect(issue.body).toContain('| ✖ | score 1/5 is at or below the hold line 2');
    expect(issue.body).toContain('| score 1/5 | hold at ≤ 2 |');
    expect(issue.body).toContain('/health: status 500, expected 200');
    expect(issue.body).toContain('[Workflow run](https://github.com/acme/permits/actions/runs/101)');
    expect(issue.body).toContain(`**Bundle** \`${turned.gate.report.bundle!.id}\``);

    // A re-run of the same workflow run finds the same transition, and the issue it opened.
    const rerun = await watchOnce(p, staging, { runId: 101, attempt: 2, at: hours(1.1), issues: issues() });
    expect(rerun.transition?.from.runId).toBe('100.1');
    expect(rerun.issues).toMatchObject([{ state: 'done', detail: '#1 already has run 101' }]);

    // Still holding: no transition, nothing written.
    const still = await watchOnce(p, staging, { runId: 102, at: hours(2), issues: issues() });
    expect(still.transition).toBeUndefined();
    expect(still.issues).toEqual([]);
    expect(gh.state.comments).toHaveLength(0);

    staging.mode = 'healthy';
    const back = await watchOnce(p, staging, { runId: 103, at: hours(3), issues: issues() });
    expect(back.transition).toMatchObject({ from: { verdict: 'hold' }, to: { verdict: 'promote' } });
    expect(back.issues).toMatchObject([{ state: 'done', detail: 'closed #1' }]);
    expect(ours()[0]).toMatchObject({ state: 'closed', state_reason: 'completed' });
    const comments = gh.state.commentsOn(REPO, 1);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('<!-- promotion-gate:run incident:prod 103 -->');
    expect(comments[0]!.body).toContain('prod: HOLD → PROMOTE');

    const backAgain = await watchOnce(p, staging, {
      runId: 103,
      attempt: 2,
      at: hours(3.1),
      issues: issues(),
    });
    expect(backAgain.issues).toMatchObject([{ detail: 'no open issue' }]);
    expect(gh.state.commentsOn(REPO, 1)).toHaveLength(1);
    expect(gh.state.issuesIn(REPO)).toHaveLength(1);
    expect(gh.invalid()).toEqual([]);

    // history transitions lists them: when, from what to what, commit and bundle.
    const listed = await cli(
      ['history', 'transitions', '--profile', 'prod', '--history', `dir:${p.dir}/hist`],
      p.dir,
    );
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain('4 transition(s) of prod');
    expect(listed.stdout).toMatch(/101\.1\s+auto-promote → hold \(5\/5 → 1\/5\)/);
    expect(listed.stdout).toMatch(/103\.1\s+hold → auto-promote \(1\/5 → 5\/5\)/);
    const json = await cli(
      ['history', 'transitions', '--profile', 'prod', '--history', `dir:${p.dir}/hist`, '--json'],
      p.dir,
    );
    const entries = JSON.parse(json.stdout) as {
      runId: string;
      bundleId: string;
      transition: { reasons: string[] };
    }[];
    expect(entries.map((e) => e.runId)).toEqual(['101.1', '101.2', '103.1', '103.2']);
    expect(entries[0]!.bundleId).toBe(turned.gate.report.bundle!.id);
    expect(entries[0]!.transition.reasons[0]).toContain('score 1/5 is at or below the hold line 2');
  });

  it('two watchers started together open one issue', async () => {
    staging = await startStaging();
    p = await project(configYaml());
    await watchOnce(p, staging, { runId: 200, at: hours(0), issues: issues() });
    staging.mode = 'faulty';
    // Two machines: each its own output directory, one history and one repository between them.
    const [a, b] = await Promise.all(
      [201, 202].map((runId) =>
        watchOnce(p, staging, { runId, at: hours(1), issues: issues(), extra: { outDir: `out-${runId}` } }),
      ),
    );
    expect(a!.transition?.to.verdict).toBe('hold');
    expect(b!.transition?.to.verdict).toBe('hold');
    expect(ours().filter((i) => i.state === 'open')).toHaveLength(1);
    // When both created one before seeing the other's, the newer was closed as a duplicate.
    for (const i of ours().filter((x) => x.state === 'closed')) expect(i.state_reason).toBe('duplicate');
    expect(gh.invalid()).toEqual([]);
  });

  it('issues that raced are closed as duplicates of the oldest; a person quoting the marker is left alone', async () => {
    const person = gh.state.addIssue({
      repo: REPO,
      title: 'why?',
      body: `see ${MARKER}`,
      login: 'octocat',
      labels: [ISSUE_LABEL],
    });
    const older = gh.state.addIssue({
      repo: REPO,
      title: 't',
      body: `${MARKER}\nfirst`,
      login: 'github-actions[bot]',
      labels: [ISSUE_LABEL],
    });
    const newer = gh.state.addIssue({
      repo: REPO,
      title: 't',
      body: `${MARKER}\nsecond`,
      login: 'github-actions[bot]',
      labels: [ISSUE_LABEL],
    });
    const r = await raiseIncident(
      { api, target },
      { key: 'incident:prod', title: 't', body: 'again', runKey: '300' },
    );
    expect(r).toMatchObject({ action: 'commented', issue: { number: older.number }, duplicatesClosed: 1 });
    expect(newer).toMatchObject({ state: 'closed', state_reason: 'duplicate' });
    expect(newer.body.startsWith(`Duplicate of #${older.number}.`)).toBe(true);
    expect(person.state).toBe('open');
    expect(gh.state.commentsOn(REPO, person.number)).toEqual([]);
    expect(gh.state.commentsOn(REPO, older.number)[0]!.body).toContain('again');
    expect(issueMarker('incident:prod')).toBe(MARKER);
    expect(gh.invalid()).toEqual([]);
  });

  it('a lost answer to the create request is looked for before the issue is created again', async () => {
    gh.fault({ kind: 'apply-then-status', method: 'POST', path: '/repos/acme/permits/issues', status: 502 });
    const r = await raiseIncident(
      { api, target },
      { key: 'incident:prod', title: 't', body: 'b', runKey: '400' },
    );
    expect(r.action).toBe('opened');
    expect(ours()).toHaveLength(1);
  });

  it('a read-only token: the incident is skipped with what to grant; the verdict is the gate’s', async () => {
    staging = await startStaging();
    p = await project(configYaml());
    const readOnly = { api: await githubApi(gh, TOKENS.readOnly), target };
    await watchOnce(p, staging, { runId: 500, at: hours(0), issues: readOnly });
    staging.mode = 'faulty';
    const run = await watchOnce(p, staging, { runId: 501, at: hours(1), issues: readOnly });
    expect(run.gate.report.verdict).toBe('hold');
    expect(run.issues).toMatchObject([{ what: 'incident', state: 'skipped' }]);
    expect(run.issues[0]!.detail).toContain('permissions: issues: write');
    expect(run.notes.join('\n')).toContain('incident skipped');
    expect(gh.state.issues).toEqual([]);
  });

  it('without history: the report and the watch say transitions cannot be detected', async () => {
    staging = await startStaging();
    p = await project(configYaml());
    staging.mode = 'faulty';
    const run = await watchOnce(p, staging, { runId: 600, at: hours(0), issues: issues(), history: null });
    expect(run.transition).toBeUndefined();
    expect(run.notes[0]).toContain('history is off: transitions cannot be detected');
    const note = run.gate.report.reasons.find((r) => r.kind === 'history');
    expect(note).toMatchObject({ blocking: false });
    expect(note!.message).toContain('neither the hotfix ratchet');
    expect(note!.message).toContain('status transitions cannot be detected');
    expect(gh.state.issues).toEqual([]);
  });
});
