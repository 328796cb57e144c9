import { writeFile } from 'node:fs/promises';
import { type AddressInfo, createServer } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/adapters/logger.js';
import { runGate } from '../../src/app/gate.js';
import { DirectoryHistory } from '../../src/history/directory.js';
import { tempDir } from '../helpers/fs.js';
import { git } from '../helpers/git.js';
import { Planter } from './plant.js';
import { commit, makeRepo, PLAIN_ENV } from './repo.js';

const config = (defaults = '', check = '{ type: secrets }') => `version: 1
${defaults}profiles:
  prod: { checks: [secrets] }
checks:
  secrets: ${check}
`;

async function gate(dir: string, extra: Partial<Parameters<typeof runGate>[0]> = {}) {
  return runGate({
    configPath: path.join(dir, '.github/promotion-gate.yml'),
    profile: 'prod',
    inputs: {},
    env: PLAIN_ENV,
    cwd: dir,
    logger: silentLogger,
    outDir: path.join(dir, '.out'),
    ...extra,
  });
}

describe('the gate resolves the diff range once and records it', () => {
  it('compares with the last promoted run of the profile, from a real history store', async () => {
    const dir = await tempDir();
    const history = new DirectoryHistory(path.join(await tempDir('pg-history-'), 'h'));
    const p = new Planter(21);
    const v1 = await makeRepo(dir, { '.github/promotion-gate.yml': config(), 'a.txt': '1\n' });
    // Already in the promoted release: must not be found again.
    const old = `ghp_${p.chars(36)}`;
    const v2 = await commit(dir, { 'old.sh': `GH=${old}\n` });
    const first = await gate(dir, { base: v1, history });
    expect(first.report.verdict).toBe('hold');

    // A promoted run at v2 (a reviewer fixed things and the gate promoted).
    await history.append({
      schemaVersion: 1,
      profile: 'prod',
      runId: 'r2',
      startedAt: first.report.startedAt,
      finishedAt: first.report.finishedAt,
      verdict: 'promote',
      score: 5,
      action: 'auto-promote',
      level: 'ga_ready',
      sha: v2,
      hotfixChecks: [],
      checks: [],
    });
    const fresh = `ghp_${p.chars(36)}`;
    const v3 = await commit(dir, { 'new.sh': `GH=${fresh}\n` });
    const second = await gate(dir, { history });
    expect(second.report.git.range).toMatchObject({
      base: v2,
      head: v3,
      source: 'history',
      sourceDetail: expect.stringMatching(/^last promoted run r2 of /),
    });
    const found = second.report.checks[0]!.findings.filter((f) => f.level === 'failure');
    expect(found.map((f) => f.file)).toEqual(['new.sh']);
  });

  it('takes a pull request from GITHUB_EVENT_PATH, and defaults.base when nothing else applies', async () => {
    const dir = await tempDir();
    const base = await makeRepo(dir, {
      '.github/promotion-gate.yml': config('defaults: { base: HEAD~1 }\n'),
      'a.txt': '1\n',
    });
    git(dir, 'checkout', '-q', '-b', 'feature');
    const head = await commit(dir, { 'a.txt': '2\n' });
    const event = path.join(dir, '..', `${path.basename(dir)}-event.json`);
    await writeFile(
      event,
      JSON.stringify({ pull_request: { number: 12, base: { sha: base, ref: 'main' }, head: { sha: head } } }),
    );
    const pr = await gate(dir, {
      env: { ...PLAIN_ENV, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event },
    });
    expect(pr.report.git.range).toMatchObject({
      base,
      head,
      source: 'pull_request',
      mergeBase: true,
      sourceDetail: 'pull request #12 into main',
    });
    expect(pr.report.verdict).toBe('promote');

    const fallback = await gate(dir);
    expect(fallback.report.git.range).toMatchObject({ base, head, baseRef: 'HEAD~1', source: 'config' });
  });

  it('records why there is no range, and the diff check holds instead of passing', async () => {
    const dir = await tempDir();
    await makeRepo(dir, { '.github/promotion-gate.yml': config() });
    const run = await gate(dir);
    expect(run.report.git.range).toEqual({
      error: expect.stringContaining('no base revision to compare with'),
    });
    expect(run.report.checks[0]).toMatchObject({ status: 'error' });
    expect(run.report.verdict).toBe('hold');
  });

  it('stops a fetch still running when the gate is done (a check timed out waiting for it)', async () => {
    const dir = await tempDir();
    await makeRepo(dir, { '.github/promotion-gate.yml': config('', '{ type: secrets, timeout: 1s }') });
    // A remote that accepts the connection and never answers: git fetch hangs on it.
    let connections = 0;
    let closed!: () => void;
    const gone = new Promise<void>((resolve) => (closed = resolve));
    const server = createServer((socket) => {
      connections++;
      socket.resume(); // read, so that the end of the connection is seen
      socket.on('close', () => closed());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      git(
        dir,
        'remote',
        'add',
        'origin',
        `git://127.0.0.1:${(server.address() as AddressInfo).port}/repo.git`,
      );
      const run = await gate(dir, { base: 'f'.repeat(40) });
      expect(run.report.checks[0]).toMatchObject({
        status: 'error',
        summary: 'could not run: timed out after 1.00s',
      });
      expect(run.report.git.range).toEqual({ error: 'the gate finished before git did' });
      // git was killed: its connection closes without waiting for the fetch timeout.
      await gone;
      expect(connections).toBe(1);
    } finally {
      server.close();
    }
  });
});
