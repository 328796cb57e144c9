import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitFacts } from '../../src/init/repoSnapshot.js';
import { countingGit } from '../change/countingGit.js';
import { tempDir } from '../helpers/fs.js';
import { git, initRepo } from '../helpers/git.js';

describe('what init asks git about the repository', () => {
  it("names the remote's default branch and the usual local branches, with one git for every branch", async () => {
    const dir = await tempDir();
    initRepo(dir);
    git(dir, 'branch', 'develop');
    git(dir, 'update-ref', 'refs/remotes/origin/master', 'HEAD');
    git(dir, 'update-ref', 'refs/remotes/origin/trunk', 'HEAD');
    git(dir, 'symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/master');
    const g = await countingGit();
    expect(await gitFacts(dir, g.env)).toEqual({
      repository: true,
      commits: true,
      branch: 'main',
      remoteDefault: 'origin/master',
      localBranches: ['main', 'develop'],
    });
    // The toplevel, the commit, the current branch, and every branch name at once.
    expect(await g.calls()).toHaveLength(4);
  });

  it("without the remote's HEAD, takes the first usual name the remote has", async () => {
    const dir = await tempDir();
    initRepo(dir);
    git(dir, 'branch', '-m', 'main', 'feature/x');
    git(dir, 'update-ref', 'refs/remotes/origin/develop', 'HEAD');
    git(dir, 'update-ref', 'refs/remotes/origin/trunk', 'HEAD');
    // A branch under a usual name is not that name.
    git(dir, 'update-ref', 'refs/heads/main/old', 'HEAD');
    const g = await countingGit();
    expect(await gitFacts(dir, g.env)).toEqual({
      repository: true,
      commits: true,
      branch: 'feature/x',
      remoteDefault: 'origin/trunk',
      localBranches: [],
    });
  });

  it('a repository without commits, and a directory that is none', async () => {
    const dir = await tempDir();
    git(dir, 'init', '-q', '-b', 'main');
    const g = await countingGit();
    expect(await gitFacts(dir, g.env)).toEqual({
      repository: true,
      commits: false,
      branch: 'main',
      localBranches: [],
    });
    const plain = await tempDir();
    expect(await gitFacts(plain, { ...g.env, GIT_CEILING_DIRECTORIES: path.dirname(plain) })).toEqual({
      repository: false,
      commits: false,
      localBranches: [],
    });
  });
});
