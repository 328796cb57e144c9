import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { commit, makeRepo, PLAIN_ENV } from '../change/repo.js';
import { tempDir } from '../helpers/fs.js';
import { git } from '../helpers/git.js';
import { check, CONFIG, gate, messages, pullRequest } from './helpers.js';

const HARD = `version: 1
profiles:
  pr: { checks: [must, config] }
checks:
  must: { type: files, enforcement: hard, paths: [SECURITY.md] }
  config: { type: files, paths: [.github/promotion-gate.yml] }
`;

describe('the base revision judges a pull request', () => {
  it('a head that turns a failing hard check off still holds; --config-source head would let it pass', async () => {
    const pr = await pullRequest({ [CONFIG]: HARD }, { [CONFIG]: HARD.replace('hard', 'off') });
    const run = await gate(pr.dir, { env: pr.env });
    expect(run.report.config).toEqual({
      path: CONFIG,
      source: 'base',
      requested: 'base',
      why: 'the default on pull_request events',
      revision: pr.base,
      baseFrom: 'pull request #12 into main',
    });
    expect(check(run.report.checks, 'must')).toMatchObject({ status: 'fail', enforcement: 'hard' });
    expect(run.report.verdict).toBe('hold');
    expect(run.markdown).toContain(
      `- **Config** \`${CONFIG}\` of the base at \`${pr.base.slice(0, 12)}\` (the default on pull\\_request events)`,
    );

    const head = await gate(pr.dir, {
      env: pr.env,
      configSource: 'head',
      outDir: path.join(pr.dir, '.out2'),
    });
    expect(head.report.config).toMatchObject({ source: 'head', why: 'config-source head was asked for' });
    expect(check(head.report.checks, 'must').status).toBe('skipped');
    expect(head.report.verdict).toBe('promote');
  });

  it('a merge queue is judged by the base too: the change it tests is the same, merged', async () => {
    const pr = await pullRequest({ [CONFIG]: HARD }, { [CONFIG]: HARD.replace('hard', 'off') });
    const event = path.join(path.dirname(pr.dir), `${path.basename(pr.dir)}-merge-group.json`);
    await writeFile(
      event,
      JSON.stringify({
        merge_group: {
          base_sha: pr.base,
          head_sha: pr.head,
          head_ref: 'refs/heads/gh-readonly-queue/main/pr-12-x',
        },
      }),
    );
    const env = { ...pr.env, GITHUB_EVENT_NAME: 'merge_group', GITHUB_EVENT_PATH: event };
    const run = await gate(pr.dir, { env });
    expect(run.report.config).toMatchObject({
      source: 'base',
      why: 'the default on merge_group events',
      revision: pr.base,
    });
    expect(check(run.report.checks, 'must')).toMatchObject({ status: 'fail', enforcement: 'hard' });
    expect(run.report.verdict).toBe('hold');
  });

  it('the CLI takes --config-source and says what judged in report.json', async () => {
    const pr = await pullRequest({ [CONFIG]: HARD }, { [CONFIG]: HARD.replace('hard', 'off') });
    let stdout = '';
    let stderr = '';
    const io = {
      stdout: (t: string) => (stdout += t),
      stderr: (t: string) => (stderr += t),
      env: pr.env,
      cwd: pr.dir,
    };
    expect(await runCli(['gate', '-p', 'pr', '--history', 'off', '--config-source', 'base'], io)).toBe(1);
    expect(stderr).toContain(
      `config: ${CONFIG} of the base (${pr.base.slice(0, 12)}, pull request #12 into main)`,
    );
    expect(stdout).toContain('HOLD pr');
    expect(await runCli(['gate', '-p', 'pr', '--history', 'off', '--config-source', 'tip'], io)).toBe(2);
    expect(stderr).toContain('--config-source: expected "base" or "head", got "tip"');
  });

  it("the head's config errors are findings; the base's config still runs the gate", async () => {
    const base = `version: 1
profiles:
  pr: { checks: [gate] }
checks:
  gate: { type: integrity }
`;
    const broken = `${base}  extra: { type: files, pathz: [a] }\n`;
    const pr = await pullRequest({ [CONFIG]: base }, { [CONFIG]: broken });
    const run = await gate(pr.dir, { env: pr.env });
    const integrity = check(run.report.checks, 'gate');
    expect(integrity.status).toBe('fail');
    expect(integrity.findings).toContainEqual({
      level: 'failure',
      file: CONFIG,
      line: 6,
      message: `the head's config is invalid: checks.extra.pathz: unknown key "pathz" (did you mean "paths"?)`,
    });
    expect(run.report.verdict).toBe('hold');
  });

  it("a base config that does not load: the head's judges, and the integrity check holds saying so", async () => {
    const head = `version: 1
profiles:
  pr: { checks: [gate] }
checks:
  gate: { type: integrity }
`;
    const pr = await pullRequest({ [CONFIG]: 'version: 1\nprofiles: [\n' }, { [CONFIG]: head });
    const run = await gate(pr.dir, { env: pr.env });
    expect(run.report.config).toMatchObject({
      source: 'head',
      requested: 'base',
      fallback: {
        level: 'hold',
        message: expect.stringMatching(/^the config at the base \(\w{7}\) does not load \(/),
      },
    });
    const integrity = check(run.report.checks, 'gate');
    expect(integrity.status).toBe('fail');
    expect(messages(integrity.findings, 'failure')).toEqual([
      expect.stringMatching(/does not load .*; the head's config judges this run instead$/),
      expect.stringMatching(
        /^the base's \.github\/promotion-gate\.yml does not load, so what the change weakens cannot be told: /,
      ),
    ]);
    expect(run.report.verdict).toBe('hold');
  });

  it('a base revision this clone lacks and cannot fetch: the head judges, and the reason asks for fetch-depth: 0', async () => {
    const config = `version: 1
profiles:
  pr: { checks: [gate] }
checks:
  gate: { type: integrity }
`;
    const dir = await tempDir();
    const head = await makeRepo(dir, { [CONFIG]: config });
    const event = path.join(path.dirname(dir), `${path.basename(dir)}-event.json`);
    await writeFile(
      event,
      JSON.stringify({
        pull_request: { number: 4, base: { sha: 'b'.repeat(40), ref: 'main' }, head: { sha: head } },
      }),
    );
    const run = await gate(dir, {
      env: { ...PLAIN_ENV, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event },
    });
    expect(run.report.config?.fallback).toEqual({
      level: 'hold',
      message: expect.stringContaining('Set `fetch-depth: 0` on actions/checkout'),
    });
    const integrity = check(run.report.checks, 'gate');
    expect(integrity.status).toBe('error');
    expect(messages(integrity.findings, 'failure')[0]).toContain("the base's config cannot be read");
    expect(run.report.verdict).toBe('hold');
    expect(run.report.changes).toEqual({ error: expect.stringContaining('fetch-depth: 0') });
    expect(run.markdown).toContain('_No release notes: base (pull request #4 into main)');
  });

  it('a shallow clone of the pull request is deepened to its merge base, whose config judges', async () => {
    const up = await tempDir('pg-upstream-');
    const rules = `version: 1
profiles:
  pr: { checks: [gate, must] }
checks:
  gate: { type: integrity }
  must: { type: files, enforcement: hard, paths: [SECURITY.md] }
`;
    const v1 = await makeRepo(up, { [CONFIG]: rules });
    for (let i = 2; i <= 4; i++) await commit(up, { 'app.txt': `v${i}\n` }, `v${i}`);
    const forkPoint = git(up, 'rev-parse', 'HEAD').trim();
    git(up, 'checkout', '-q', '-b', 'feature');
    await commit(up, { 'feature.txt': '1\n' });
    const head = await commit(up, { [CONFIG]: rules.replace('enforcement: hard', 'enforcement: off') });
    git(up, 'checkout', '-q', 'main');
    const mainTip = await commit(up, { 'later.txt': 'later\n' });
    expect(v1).not.toBe(forkPoint);

    const clone = await tempDir('pg-clone-');
    git(clone, 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${up}`, '.');
    const event = path.join(path.dirname(clone), `${path.basename(clone)}-event.json`);
    await writeFile(
      event,
      JSON.stringify({
        pull_request: { number: 5, base: { sha: mainTip, ref: 'main' }, head: { sha: head } },
      }),
    );
    const run = await gate(clone, {
      env: { ...PLAIN_ENV, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event },
    });
    expect(run.report.config).toMatchObject({ source: 'base', revision: forkPoint });
    expect(run.report.git.range).toMatchObject({
      base: forkPoint,
      fetched: expect.arrayContaining(['history deepened by 64 commits']),
    });
    expect(check(run.report.checks, 'must')).toMatchObject({ status: 'fail', enforcement: 'hard' });
    expect(messages(check(run.report.checks, 'gate').findings, 'failure')).toContain(
      'weakened checks.must.enforcement: hard → off (lowered) in profile pr',
    );
  });
});
