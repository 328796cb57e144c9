import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { GitBranchHistory } from '../../src/history/gitBranch.js';
import { tempDir } from '../helpers/fs.js';
import { git, initRepo } from '../helpers/git.js';
import { run } from './fixtures.js';

const BRANCH = 'promotion-gate-history';

/** A bare "server" repository with main, and clones of it, as CI jobs would have. */
async function setup(clones: number): Promise<{ bare: string; dirs: string[] }> {
  const root = await tempDir();
  const seed = path.join(root, 'seed');
  await mkdir(seed);
  await writeFile(path.join(seed, 'README.md'), 'app\n');
  initRepo(seed);
  const bare = path.join(root, 'server.git');
  git(root, 'clone', '-q', '--bare', seed, bare);
  const dirs: string[] = [];
  for (let i = 0; i < clones; i++) {
    const d = path.join(root, `clone${i}`);
    git(root, 'clone', '-q', bare, d);
    dirs.push(d);
  }
  return { bare, dirs };
}

const store = (cwd: string, attempts?: number) => new GitBranchHistory({ cwd, branch: BRANCH, attempts });

describe('git branch history', () => {
  it('starts the branch on first append, reads it from another clone, and never touches the work tree', async () => {
    const { bare, dirs } = await setup(2);
    const [a, b] = dirs as [string, string];
    expect(await store(b).list('prod')).toEqual({ runs: [], problems: [] });
    await store(a).append(run({ runId: 'r1', at: 1 }));
    await store(a).append(run({ runId: 'r2', at: 2 }));
    expect((await store(b).list('prod')).runs.map((r) => r.runId)).toEqual(['r1', 'r2']);

    // A real branch on the server: one commit per record, a README and one file per profile.
    expect(git(bare, 'ls-tree', '--name-only', BRANCH).trim().split('\n')).toEqual([
      'README.md',
      'prod.jsonl',
    ]);
    expect(git(bare, 'rev-list', '--count', BRANCH).trim()).toBe('2');
    expect(git(bare, 'log', '-1', '--format=%an %s', BRANCH)).toContain(
      'promotion-gate promotion-gate history: prod: run r2 (promote)',
    );
    // The clone stays on main, clean, with nothing staged.
    expect(git(a, 'rev-parse', '--abbrev-ref', 'HEAD').trim()).toBe('main');
    expect(git(a, 'status', '--porcelain')).toBe('');
  });

  it('two writers pushing at once: every record lands (fetch, re-apply, retry)', async () => {
    const { bare, dirs } = await setup(2);
    // The server takes a moment per push (as GitHub does), so the writers' pushes overlap.
    const hook = path.join(bare, 'hooks', 'pre-receive');
    await writeFile(hook, '#!/bin/sh\ncat >/dev/null\nsleep 0.2\n', { mode: 0o755 });
    const retries: string[] = [];
    const writer = async (cwd: string, tag: string) => {
      const s = new GitBranchHistory({
        cwd,
        branch: BRANCH,
        attempts: 30,
        onRetry: (_, why) => retries.push(why),
      });
      for (let i = 0; i < 3; i++) await s.append(run({ runId: `${tag}${i}` }));
    };
    await Promise.all([writer(dirs[0]!, 'a'), writer(dirs[1]!, 'b')]);
    expect(retries.length).toBeGreaterThan(0);
    const journal = git(bare, 'show', `${BRANCH}:prod.jsonl`).trim().split('\n');
    expect(journal).toHaveLength(6);
    const ids = journal.map((l) => (JSON.parse(l) as { runId: string }).runId).sort();
    expect(ids).toEqual(['a0', 'a1', 'a2', 'b0', 'b1', 'b2']);
    // Linear history: each push was a fast-forward of the one before.
    expect(git(bare, 'rev-list', '--count', '--merges', BRANCH).trim()).toBe('0');
    expect(git(bare, 'rev-list', '--count', BRANCH).trim()).toBe('6');
  });

  it('marks a run invalid through the branch, and refuses unknown runs', async () => {
    const { dirs } = await setup(2);
    await store(dirs[0]!).append(run({ runId: 'r1', at: 1 }));
    await store(dirs[0]!).append(run({ runId: 'r2', at: 2 }));
    await store(dirs[1]!).markInvalid('prod', 'r1', 'bad data', 'bob');
    expect((await store(dirs[0]!).list('prod')).runs.map((r) => r.runId)).toEqual(['r2']);
    await expect(store(dirs[1]!).markInvalid('prod', 'r9', 'x')).rejects.toBeInstanceOf(UsageError);
  });

  it('reports an unreachable remote and a corrupt journal without throwing', async () => {
    const { bare, dirs } = await setup(1);
    const gone = new GitBranchHistory({
      cwd: dirs[0]!,
      branch: BRANCH,
      remote: path.join(bare, 'missing.git'),
    });
    const read = await gone.list('prod');
    expect(read.runs).toEqual([]);
    expect(read.problems[0]).toMatch(
      /^git branch promotion-gate-history of .*missing\.git: cannot fetch promotion-gate-history/,
    );
    await expect(gone.append(run())).rejects.toThrow(/cannot fetch/);

    // Someone edits the branch by hand and breaks a line.
    const edit = path.join(path.dirname(bare), 'edit');
    await store(dirs[0]!).append(run({ runId: 'ok', at: 1 }));
    git(path.dirname(bare), 'clone', '-q', '-b', BRANCH, bare, edit);
    await writeFile(path.join(edit, 'prod.jsonl'), `${git(edit, 'show', 'HEAD:prod.jsonl').trim()}\n{oops\n`);
    git(edit, 'config', 'user.email', 't@example.com');
    git(edit, 'commit', '-qam', 'hand edit');
    git(edit, 'push', '-q', 'origin', BRANCH);
    const after = await store(dirs[0]!).list('prod');
    expect(after.runs.map((r) => r.runId)).toEqual(['ok']);
    expect(after.problems).toEqual([
      expect.stringMatching(/^promotion-gate-history:prod\.jsonl:2: not JSON/),
    ]);
  });

  it('works from shallow clones (actions/checkout fetches one commit) and leaves them shallow', async () => {
    const { bare } = await setup(0);
    const root = path.dirname(bare);
    const clones = ['s1', 's2'].map((n) => {
      git(root, 'clone', '-q', '--depth', '1', `file://${bare}`, n);
      return path.join(root, n);
    });
    await store(clones[0]!).append(run({ runId: 'x1', at: 1 }));
    await store(clones[1]!).append(run({ runId: 'x2', at: 2 }));
    await store(clones[0]!).append(run({ runId: 'x3', at: 3 }));
    expect(await store(clones[1]!).list('prod')).toMatchObject({
      problems: [],
      runs: [{ runId: 'x1' }, { runId: 'x2' }, { runId: 'x3' }],
    });
    for (const c of clones) expect(git(c, 'rev-parse', '--is-shallow-repository').trim()).toBe('true');
    expect(git(clones[0]!, 'rev-list', '--count', 'HEAD').trim()).toBe('1');
  });

  it('reports a directory that is not a repository', async () => {
    const read = await store(await tempDir()).list('prod');
    expect(read.problems[0]).toMatch(/cannot fetch .*not a git repository/i);
  });
});
