import { describe, expect, it } from 'vitest';
import { tempDir, writeFiles } from '../helpers/fs.js';
import { git, initRepo } from '../helpers/git.js';
import { runCheck } from './run.js';

const NO_GITHUB = { ...process.env, GITHUB_HEAD_REF: '', GITHUB_REF: '' };

describe('git check', () => {
  it('passes a clean tree on an allowed branch', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'a.txt': 'a' });
    initRepo(dir);
    const r = await runCheck('git', { branch: ['main', 'release/*'] }, { cwd: dir, env: NO_GITHUB });
    expect(r).toMatchObject({ status: 'pass', summary: 'working tree clean, on main' });
  });

  it('lists modified and untracked files, except allowed ones and its own output', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'a.txt': 'a', 'b.txt': 'b' });
    initRepo(dir);
    await writeFiles(dir, {
      'a.txt': 'changed',
      'new.txt': 'n',
      'logs/run.log': 'x',
      '.promotion-gate/dev/report.json': '{}',
    });
    git(dir, 'rm', '-q', 'b.txt');
    const r = await runCheck(
      'git',
      { allowDirty: ['logs/**'] },
      { cwd: dir, outputDir: `${dir}/.promotion-gate/dev`, env: NO_GITHUB },
    );
    expect(r.status).toBe('fail');
    expect(r.findings.map((f) => f.message).sort()).toEqual([
      'uncommitted change: ?? new.txt',
      'uncommitted change: D b.txt',
      'uncommitted change: M a.txt',
    ]);
    expect(r.metrics.dirtyFiles).toBe(3);
  });

  it('fails on the wrong branch and on a detached HEAD', async () => {
    const dir = await tempDir();
    initRepo(dir);
    git(dir, 'checkout', '-q', '-b', 'feature/x');
    const wrong = await runCheck('git', { branch: 'main' }, { cwd: dir, env: NO_GITHUB });
    expect(wrong.findings[0]!.message).toBe('on branch "feature/x", expected main');
    git(dir, 'checkout', '-q', '--detach');
    const detached = await runCheck('git', { branch: 'main', clean: false }, { cwd: dir, env: NO_GITHUB });
    expect(detached.findings[0]!.message).toBe('HEAD is detached; expected branch main');
  });

  it('takes the branch from the runner on GitHub (detached checkout)', async () => {
    const dir = await tempDir();
    initRepo(dir);
    git(dir, 'checkout', '-q', '--detach');
    const r = await runCheck(
      'git',
      { branch: 'main' },
      { cwd: dir, env: { ...NO_GITHUB, GITHUB_REF: 'refs/heads/main' } },
    );
    expect(r.status).toBe('pass');
  });

  it('is an error outside a repository', async () => {
    const dir = await tempDir();
    const r = await runCheck(
      'git',
      {},
      { cwd: dir, env: { ...NO_GITHUB, GIT_CEILING_DIRECTORIES: dir.split('/').slice(0, -1).join('/') } },
    );
    expect(r.status).toBe('error');
    expect(r.summary).toContain('is not a git repository');
  });
});
