import { readFile } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/action/main.js';
import { type FakeGitHub, parseOutputs, runnerEnv, startFakeGitHub, TOKENS } from '../e2e/harness/index.js';
import { tempDir } from '../helpers/fs.js';
import { closeAllServers } from '../helpers/servers.js';
import { configYaml, project, startStaging } from './fixture.js';

/**
 * `command: watch` in the action, run in-process under the runner's environment (this test
 * file's worker owns its process.env): the check run, outputs and summary as for `command: gate`,
 * then the incident issue.
 */

const saved = { ...process.env };
let temp: string | undefined;

async function action(o: {
  workspace: string;
  runId: number;
  gh: FakeGitHub;
  inputs: Record<string, string>;
  token?: string;
}) {
  // One RUNNER_TEMP for every run: @actions/core keeps the summary file it opened first.
  temp ??= await tempDir('pg-runner-');
  const { env, files } = await runnerEnv({
    workspace: o.workspace,
    temp,
    github: o.gh,
    runId: o.runId,
    token: o.token ?? TOKENS.writer,
    inputs: { command: 'watch', config: 'pg.yml', artifact: 'false', ...o.inputs },
  });
  for (const k of Object.keys(process.env)) delete process.env[k];
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
    for (const k of Object.keys(process.env)) delete process.env[k];
    Object.assign(process.env, saved);
    process.exitCode = undefined;
  }
}

describe('action: command watch', () => {
  let gh: FakeGitHub;
  beforeAll(async () => {
    gh = await startFakeGitHub();
  });
  afterAll(async () => gh?.close());
  afterEach(closeAllServers);

  it('publishes like the gate, opens the incident on a turn to hold, and exits as the gate', async () => {
    const staging = await startStaging();
    const p = await project(configYaml());
    const inputs = { profile: 'prod', history: 'dir:hist', inputs: `target-url=${staging.url}` };
    const first = await action({ workspace: p.dir, runId: 700, gh, inputs });
    expect(first.code).toBe(0);
    expect(first.outputs).toMatchObject({ verdict: 'promote', action: 'auto-promote' });

    staging.mode = 'faulty';
    const held = await action({ workspace: p.dir, runId: 701, gh, inputs });
    expect(held.code).toBe(1);
    expect(held.outputs.verdict).toBe('hold');
    expect(held.summary).toContain('### promotion-gate watch');
    expect(held.summary).toContain('Transition: **auto-promote → hold**');
    const issue = gh.state.issuesIn('acme/permits')[0]!;
    expect(issue.body).toContain('[Workflow run](https://github.com/acme/permits/actions/runs/701)');
    expect(issue.body).toMatch(/\[Check run\]\(https:\/\/github\.com\/acme\/permits\/runs\/\d+\)/);
    expect([...gh.state.checkRuns.values()].map((c) => c.conclusion)).toEqual(['success', 'failure']);

    // A read-only token: the issue is skipped with one notice; the exit code is still the gate's.
    staging.mode = 'healthy';
    const readOnly = await action({ workspace: p.dir, runId: 702, gh, inputs, token: TOKENS.readOnly });
    expect(readOnly.code).toBe(0);
    expect(readOnly.log).toContain('::notice title=promotion-gate%3A watch::Skipped the incident');
    expect(issue.state).toBe('open');
    expect(gh.invalid()).toEqual([]);

    const loop = await action({ workspace: p.dir, runId: 703, gh, inputs: { ...inputs, every: '15m' } });
    expect(loop.code).toBe(2);
    expect(loop.log).toContain('on: schedule');
  });
});
