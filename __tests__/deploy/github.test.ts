import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/action/main.js';
import { createGitHubClient, type GitHubApi } from '../../src/github/client.js';
import { DESCRIPTION_LIMIT, finalStatus, GitHubDeployment } from '../../src/github/deployment.js';
import { type FakeGitHub, parseOutputs, startFakeGitHub, TOKENS } from '../e2e/harness/index.js';
import { type Project, project } from './fixture.js';

const SHA = 'a'.repeat(40);
const BUNDLE = `sha256:${'b'.repeat(64)}`;
const quiet = { info: () => undefined, warn: () => undefined };
const target = {
  owner: 'acme',
  repo: 'permits',
  environment: 'staging',
  ref: SHA,
  url: 'https://staging.example.com',
  logUrl: 'https://github.com/acme/permits/actions/runs/4242',
  production: false,
};

let gh: FakeGitHub;
const client = (token: string): Promise<GitHubApi> =>
  createGitHubClient({
    token,
    apiUrl: gh.url,
    timeoutMs: 5000,
    retries: 0,
    userAgent: 'test',
    log: { debug: () => undefined, warn: () => undefined },
    paced: false,
  });

beforeAll(async () => {
  gh = await startFakeGitHub();
});
afterAll(async () => gh?.close());
afterEach(() => {
  gh.requests.length = 0;
  gh.state.deployments.length = 0;
});

describe('GitHub deployment of a deploy run', () => {
  it('created for the commit in progress, then given its outcome and bundle id; every request is one GitHub accepts', async () => {
    const d = new GitHubDeployment(await client(TOKENS.writer), undefined, target, quiet);
    await d.start();
    await d.finish({ outcome: 'rolled-back', bundleId: BUNDLE });
    expect(gh.invalid()).toEqual([]);
    expect(gh.state.deployments).toHaveLength(1);
    const dep = gh.state.deployments[0]!;
    expect(d.id).toBe(dep.id);
    expect(dep.request).toMatchObject({
      ref: SHA,
      environment: 'staging',
      auto_merge: false,
      required_contexts: [],
      transient_environment: false,
      production_environment: false,
      payload: { tool: 'promotion-gate', run: target.logUrl },
    });
    expect(dep.statuses).toEqual([
      {
        state: 'in_progress',
        description: `Deploying ${SHA.slice(0, 12)} to staging`,
        environment_url: target.url,
        log_url: target.logUrl,
      },
      {
        state: 'failure',
        description: `Failed and rolled back; the verify after the rollback passed · bundle ${BUNDLE.slice(0, 19)}…`,
        environment_url: target.url,
        log_url: target.logUrl,
      },
    ]);
    expect(d.notes).toEqual([]);
  });

  it('each outcome has its state, and every description fits in 140 characters', () => {
    expect(finalStatus({ outcome: 'deployed', bundleId: BUNDLE }).state).toBe('success');
    expect(finalStatus({ outcome: 'failed' }).state).toBe('failure');
    expect(finalStatus({ outcome: 'rollback-failed' }).state).toBe('error');
    expect(finalStatus({ outcome: 'interrupted' }).state).toBe('error');
    const crashed = finalStatus(undefined, new Error('x'.repeat(500)));
    expect(crashed.state).toBe('error');
    for (const o of ['deployed', 'rolled-back', 'failed', 'rollback-failed', 'interrupted'])
      expect([...finalStatus({ outcome: o, bundleId: BUNDLE }).description].length).toBeLessThanOrEqual(
        DESCRIPTION_LIMIT,
      );
    expect([...crashed.description]).toHaveLength(DESCRIPTION_LIMIT);
  });

  it('a read-only token (no deployments: write): skipped with one note, nothing thrown', async () => {
    const d = new GitHubDeployment(await client(TOKENS.readOnly), undefined, target, quiet);
    await d.start();
    await d.finish({ outcome: 'deployed', bundleId: BUNDLE });
    expect(d.id).toBeUndefined();
    expect(d.notes).toEqual([
      'Skipped the GitHub deployment: the token may not write deployments (GitHub answered 403: Resource not accessible by integration). Grant the job `permissions: { deployments: write }`. The deploy itself is not affected.',
    ]);
    expect(gh.calls('repos/create-deployment-status')).toEqual([]);
  });

  it('GitHub down: said once, nothing thrown', async () => {
    const down = await startFakeGitHub();
    down.fault({ kind: 'status', status: 503, path: '/deployments', times: Infinity });
    const api = await createGitHubClient({
      token: TOKENS.writer,
      apiUrl: down.url,
      timeoutMs: 5000,
      retries: 0,
      userAgent: 'test',
      log: { debug: () => undefined, warn: () => undefined },
      paced: false,
    });
    const d = new GitHubDeployment(api, undefined, target, quiet);
    await d.start();
    await d.finish({ outcome: 'deployed' });
    await down.close();
    expect(d.notes).toHaveLength(1);
    expect(d.notes[0]).toMatch(/^Could not create the GitHub deployment: GitHub answered 503/);
  });
});

describe('the action: command deploy', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
    process.exitCode = undefined;
  });

  // One runner directory for the whole file: @actions/core keeps the summary file's path once read.
  let runner: string;
  beforeAll(async () => {
    runner = await mkdtemp(path.join(os.tmpdir(), 'pg-runner-'));
  });
  afterAll(() => rm(runner, { recursive: true, force: true }));

  /** Runs the action in this process, as the runner would start it, against the fake GitHub. */
  async function action(p: Project, inputs: Record<string, string>, token: string = TOKENS.writer) {
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
      GITHUB_RUN_ID: '4242',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      GITHUB_EVENT_PATH: files.event,
      GITHUB_API_URL: gh.url,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      RUNNER_TEMP: runner,
      INPUT_TOKEN: token,
      'INPUT_API-RETRIES': '0',
      // The fake GitHub is on this machine: no spacing of writes, no waits before retries.
      PROMOTION_GATE_API_PACING: 'off',
    };
    for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k.toUpperCase()}`] = v;
    const code = await run();
    return {
      code,
      outputs: parseOutputs(await readFile(files.output, 'utf8')),
      summary: await readFile(files.summary, 'utf8'),
    };
  }

  it('deployed: a GitHub deployment in progress then success, the outputs, the job summary', async () => {
    const p = await project();
    const a = await action(p, {
      command: 'deploy',
      environment: 'staging',
      inputs: `url=${p.service.url}\nversion=good-2`,
    });
    expect(a.code).toBe(0);
    expect(p.serving()).toBe('good-2');
    const dep = gh.state.deployments[0]!;
    expect(a.outputs).toMatchObject({
      outcome: 'deployed',
      'deployment-id': String(dep.id),
      'report-path': path.join(p.dir, '.promotion-gate/.deploy/staging/report.json'),
    });
    const report = JSON.parse(await readFile(a.outputs['report-path']!, 'utf8'));
    expect(a.outputs['bundle-id']).toBe(report.bundle.id);
    expect(report).toMatchObject({ commit: SHA, run: { id: '4242' } });
    expect(dep).toMatchObject({ ref: SHA, environment: 'staging' });
    expect(dep.statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
    expect(dep.statuses[1]).toMatchObject({
      description: `Deployed; verify passed · bundle ${report.bundle.id.slice(0, 19)}…`,
      environment_url: p.service.url,
      log_url: 'https://github.com/acme/permits/actions/runs/4242',
    });
    expect(a.summary).toContain('## ✅ Deployed — staging');
    expect(a.summary).toContain(report.bundle.id);
    expect(gh.invalid()).toEqual([]);
  });

  it('rolled back: the status says so; a read-only token changes nothing but the note', async () => {
    const p = await project();
    const a = await action(
      p,
      { command: 'deploy', environment: 'staging', inputs: `url=${p.service.url}\nversion=bad` },
      TOKENS.readOnly,
    );
    expect(a.code).toBe(1);
    expect(a.outputs).toMatchObject({ outcome: 'rolled-back', 'deployment-id': '' });
    expect(p.serving()).toBe('good-1');
    expect(gh.state.deployments).toEqual([]);
    expect(a.summary).toContain('## ↩️ Rolled back — staging');
    expect(a.summary).toContain('Skipped the GitHub deployment: the token may not write deployments');

    const b = await action(p, {
      command: 'deploy',
      environment: 'staging',
      inputs: `url=${p.service.url}\nversion=bad`,
    });
    expect(b.code).toBe(1);
    expect(gh.state.deployments[0]!.statuses.map((s) => [s.state, s.description?.slice(0, 16)])).toEqual([
      ['in_progress', `Deploying ${SHA.slice(0, 6)}`],
      ['failure', 'Failed and rolle'],
    ]);
    expect(gh.invalid()).toEqual([]);
  });

  it('drill: no GitHub deployment, the outcome as output; a bad environment is exit 2', async () => {
    const p = await project();
    const a = await action(p, { command: 'drill', environment: 'staging', inputs: `url=${p.service.url}` });
    expect(a.code).toBe(0);
    expect(a.outputs).toMatchObject({ outcome: 'passed', 'deployment-id': '' });
    expect(gh.requests).toEqual([]);
    const bad = await action(p, { command: 'deploy', environment: 'constructor' });
    expect(bad.code).toBe(2);
    expect(gh.requests).toEqual([]);
  });
});
