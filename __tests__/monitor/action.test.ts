import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/action/main.js';
import { type FakeGitHub, parseOutputs, startFakeGitHub, TOKENS } from '../e2e/harness/index.js';
import { closeAllServers } from '../helpers/servers.js';
import { type Project, project } from './fixture.js';

/**
 * `command: monitor` in the action, run in this process as the runner would start it, against
 * the offline GitHub: the deployment's status, the check run, the incident issue, the outputs
 * and the job summary.
 */

const SHA = 'c'.repeat(40);
let gh: FakeGitHub;
let runner: string;
const saved = { ...process.env };

beforeAll(async () => {
  gh = await startFakeGitHub();
  // One runner directory for the whole file: @actions/core keeps the summary file's path once read.
  runner = await mkdtemp(path.join(os.tmpdir(), 'pg-runner-'));
});
afterAll(async () => {
  await gh?.close();
  await rm(runner, { recursive: true, force: true });
});
afterEach(async () => {
  process.env = { ...saved };
  process.exitCode = undefined;
  gh.state.deployments.length = 0;
  gh.state.issues.length = 0;
  await closeAllServers();
});

/** A deployment of SHA to `environment`, as the deploy job before this one left it. */
function deployed(environment: string): number {
  const id = 9000 + gh.state.deployments.length;
  gh.state.deployments.push({
    id,
    repo: 'acme/permits',
    ref: SHA,
    environment,
    request: {},
    statuses: [{ state: 'success' }],
  });
  return id;
}

async function action(p: Project, inputs: Record<string, string>, env: Record<string, string> = {}) {
  const files = {
    output: path.join(runner, 'output'),
    summary: path.join(runner, 'summary'),
    event: path.join(runner, 'event.json'),
  };
  await writeFile(files.output, '');
  await writeFile(files.summary, '');
  await writeFile(files.event, '{}');
  process.env = {
    PATH: saved.PATH,
    HOME: saved.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: p.dir,
    GITHUB_REPOSITORY: 'acme/permits',
    GITHUB_SHA: SHA,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '4343',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_API_URL: gh.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: runner,
    INPUT_TOKEN: TOKENS.writer,
    'INPUT_API-RETRIES': '0',
    INPUT_ARTIFACT: 'false',
    INPUT_HISTORY: 'dir',
    INPUT_INPUTS: `url=${p.service.url}`,
    // The fake GitHub is on this machine: no spacing of writes, no waits before retries.
    PROMOTION_GATE_API_PACING: 'off',
  };
  for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k.toUpperCase()}`] = v;
  Object.assign(process.env, env);
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    const code = await run();
    return {
      code,
      outputs: parseOutputs(await readFile(files.output, 'utf8')),
      summary: await readFile(files.summary, 'utf8'),
      log: out.mock.calls.map((c) => String(c[0])).join(''),
    };
  } finally {
    out.mockRestore();
  }
}

describe('the action: command monitor', () => {
  it('degraded and rolled back: the deployment inactive, a failing check run, the outputs and summary', async () => {
    const p = await project({ cue: { healthFailsAfter: 1 } });
    const id = deployed('prod');
    const a = await action(p, { command: 'monitor', environment: 'prod', deployment: String(id) });
    expect(a.code).toBe(1);
    const report = JSON.parse(await readFile(a.outputs['report-path']!, 'utf8'));
    expect(a.outputs).toMatchObject({
      outcome: 'degraded',
      'action-taken': 'rollback-ok',
      'bundle-id': report.bundle.id,
      'report-path': path.join(p.dir, '.promotion-gate/.monitor/prod/report.json'),
    });
    expect(report).toMatchObject({ deployment: String(id), commit: SHA, run: { id: '4343' } });
    const dep = gh.state.deployments.find((d) => d.id === id)!;
    expect(dep.statuses.map((s) => s.state)).toEqual(['success', 'inactive']);
    expect(dep.statuses[1]!.description).toBe(
      'Rolled back after the monitoring window: consecutiveFailures at tick 3: 2 ticks in a row',
    );
    const check = [...gh.state.checkRuns.values()].find((c) => c.name === 'promotion-gate monitor (prod)');
    expect(check).toMatchObject({ head_sha: SHA, status: 'completed', conclusion: 'failure' });
    expect(a.summary).toContain('## ↩️ Degraded — rolled back — prod');
    expect(a.log).toContain('::error::');
  });

  it('protected: an alert — the incident issue opened, the deployment failed, nothing rolled back', async () => {
    const p = await project({ cue: { healthFailsAfter: 1 } });
    const id = deployed('guarded');
    const a = await action(p, { command: 'monitor', environment: 'guarded', deployment: String(id) });
    expect(a.code).toBe(1);
    expect(a.outputs).toMatchObject({ outcome: 'degraded', 'action-taken': 'alerted' });
    expect(gh.state.deployments.find((d) => d.id === id)!.statuses.at(-1)).toMatchObject({
      state: 'failure',
      description: 'Degraded after deploy: consecutiveFailures at tick 3: 2 ticks in a row',
    });
    const issues = gh.state.issuesIn('acme/permits');
    expect(issues).toHaveLength(1);
    expect(issues[0]!.title).toBe('promotion-gate: guarded: DEGRADED after deploy');
    expect(issues[0]!.body).toContain('<!-- promotion-gate:monitor:guarded -->');
    expect(issues[0]!.body).toContain('probe health failed 2 ticks in a row (ticks 2–3)');
    expect(await p.read('state/current')).toBe('new');
  });

  it('a later healthy window closes the open incident, with a comment naming the window', async () => {
    const p = await project({ cue: { healthFailsAfter: 1 } });
    const first = await action(p, {
      command: 'monitor',
      environment: 'guarded',
      deployment: String(deployed('guarded')),
    });
    expect(first.outputs['action-taken']).toBe('alerted');
    const [opened] = gh.state.issuesIn('acme/permits');
    expect(opened).toMatchObject({ state: 'open' });
    delete p.cue.healthFailsAfter;
    const id = deployed('guarded');
    const healthy = await action(
      p,
      { command: 'monitor', environment: 'guarded', deployment: String(id), window: '600ms' },
      { GITHUB_RUN_ID: '4344' },
    );
    expect(healthy.code).toBe(0);
    expect(gh.state.issuesIn('acme/permits')).toEqual([
      expect.objectContaining({ number: opened!.number, state: 'closed', state_reason: 'completed' }),
    ]);
    const comments = gh.state.commentsOn('acme/permits', opened!.number);
    expect(comments.at(-1)!.body).toContain(`guarded stayed healthy through the monitoring window of ${id}`);
  });

  it('healthy: exit 0, the deployment left as it was; input environment is required', async () => {
    const p = await project();
    const id = deployed('prod');
    const a = await action(p, {
      command: 'monitor',
      environment: 'prod',
      deployment: String(id),
      window: '600ms',
    });
    expect(a.code).toBe(0);
    expect(a.outputs).toMatchObject({ outcome: 'healthy', 'action-taken': 'none' });
    expect(gh.state.deployments.find((d) => d.id === id)!.statuses.map((s) => s.state)).toEqual(['success']);
    const none = await action(p, { command: 'monitor' });
    expect(none.code).toBe(2);
    expect(none.log).toContain('input environment is required for command monitor');
  });
});
