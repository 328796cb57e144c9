import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { GitHubApi } from '../../src/github/client.js';
import { type FakeGitHub, startFakeGitHub } from '../e2e/harness/index.js';
import { closeAllServers } from '../helpers/servers.js';
import { configYaml, githubApi, hours, project, startStaging, watchOnce } from './fixture.js';

const REPO = 'acme/permits';
const target = { owner: 'acme', repo: 'permits' };

describe('watch: the hotfix tracker and its deadline', () => {
  let gh: FakeGitHub;
  let api: GitHubApi;
  beforeAll(async () => {
    gh = await startFakeGitHub();
    api = await githubApi(gh);
  });
  afterAll(async () => gh?.close());
  afterEach(closeAllServers);

  it('opens a "hotfix required" issue, holds once the deadline has passed, and closes when fixed', async () => {
    const staging = await startStaging();
    // The ratchet by repeated failure is off, so only the ratchet by time can hold.
    const p = await project(configYaml({ decision: '{ ratchet: false }' }));
    const issues = { api, target };
    const hotfixIssue = () =>
      gh.state.issuesIn(REPO).find((i) => i.body.includes('<!-- promotion-gate:hotfix:prod -->'));

    staging.mode = 'degraded';
    const opened = await watchOnce(p, staging, { runId: 1, at: hours(0), issues });
    expect(opened.gate.report).toMatchObject({
      verdict: 'promote',
      action: 'promote-with-hotfix',
      hotfix: { state: 'open', deadline: hours(48).toISOString(), checks: ['reports'] },
    });
    expect(opened.issues).toMatchObject([{ what: 'hotfix issue', state: 'done', detail: 'opened #1' }]);
    expect(hotfixIssue()).toMatchObject({
      state: 'open',
      title: 'promotion-gate: hotfix required for prod by 2026-03-03 10:00 UTC',
    });
    expect(hotfixIssue()!.body).toContain('Deadline: **2026-03-03 10:00 UTC**');
    expect(hotfixIssue()!.body).toContain('- `reports`');

    const before = await watchOnce(p, staging, { runId: 2, at: hours(47), issues });
    expect(before.gate.report).toMatchObject({
      verdict: 'promote',
      hotfix: { openedAt: hours(0).toISOString() },
    });
    expect(before.issues).toMatchObject([{ what: 'hotfix issue', detail: '#1 is current' }]);

    // Past the deadline, still degraded: hold, with a reason naming the deadline.
    const late = await watchOnce(p, staging, { runId: 3, at: hours(50), issues });
    expect(late.gate.report).toMatchObject({ verdict: 'hold', blockers: ['hotfix_deadline'] });
    expect(late.gate.report.reasons[0]).toMatchObject({
      kind: 'hotfix-deadline',
      check: 'reports',
      observed: 'overdue by 2.0h (score 3/5)',
      threshold: 'fixed by 2026-03-03 10:00 UTC (due since 2026-03-01 10:00 UTC)',
      blocking: true,
    });
    expect(late.transition).toMatchObject({
      from: { action: 'promote-with-hotfix' },
      to: { action: 'hold' },
    });
    const incident = gh.state
      .issuesIn(REPO)
      .find((i) => i.body.includes('<!-- promotion-gate:incident:prod -->'));
    expect(incident?.body).toContain(
      'hotfix deadline passed: reports needed a hotfix by 2026-03-03 10:00 UTC',
    );

    staging.mode = 'healthy';
    const fixed = await watchOnce(p, staging, { runId: 4, at: hours(51), issues });
    expect(fixed.gate.report).toMatchObject({
      verdict: 'promote',
      action: 'auto-promote',
      hotfix: { state: 'closed' },
    });
    expect(hotfixIssue()).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(incident).toMatchObject({ state: 'closed' });
    expect(gh.state.commentsOn(REPO, hotfixIssue()!.number)[0]!.body).toContain(
      'Hotfix done: prod scored 5/5',
    );

    // The tracker lives in history: a run after it closed opens nothing.
    const after = await watchOnce(p, staging, { runId: 5, at: hours(52), issues });
    expect(after.gate.report.hotfix).toBeUndefined();
    expect(after.issues).toEqual([]);
    const runs = (await p.history.list('prod')).runs;
    expect(runs.map((r) => r.hotfix?.state ?? '-')).toEqual(['open', 'open', 'open', 'closed', '-']);
    expect(gh.invalid()).toEqual([]);
  });
});
