import { mkdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../src/checks/paths.js';
import { tempDir, writeFiles } from '../helpers/fs.js';

async function layout() {
  const parent = await tempDir();
  await writeFiles(parent, { 'outside/secret': 'x', 'repo/src/a.ts': 'a' });
  const repo = path.join(parent, 'repo');
  return { parent, repo };
}

describe('Workspace: where a path really is', () => {
  it('keeps paths inside, a missing tail included', async () => {
    const { repo } = await layout();
    const ws = new Workspace(repo, false);
    expect(await ws.resolve('file', 'src/a.ts')).toEqual({
      name: 'src/a.ts',
      real: path.join(repo, 'src/a.ts'),
      outside: false,
    });
    expect((await ws.resolve('file', 'src/not/yet/there.json')).outside).toBe(false);
    expect((await ws.resolve('file', 'src/../src/a.ts')).outside).toBe(false);
  });

  it('follows links of the target and of every parent, dangling ones too', async () => {
    const { parent, repo } = await layout();
    await symlink(path.join(parent, 'outside'), path.join(repo, 'up'));
    await symlink(path.join(parent, 'outside/not-yet'), path.join(repo, 'dangling'));
    await mkdir(path.join(repo, 'deep'));
    await symlink('../up/secret', path.join(repo, 'deep/chain'));
    const ws = new Workspace(repo, false);
    for (const name of ['up/secret', 'up/missing/file', 'dangling', 'deep/chain'])
      await expect(ws.resolve('file', name)).rejects.toThrow(`file ${name} is outside the workspace`);
  });

  it('names a link loop instead of following it forever', async () => {
    const { repo } = await layout();
    await symlink('b', path.join(repo, 'a'));
    await symlink('a', path.join(repo, 'b'));
    await expect(new Workspace(repo, false).resolve('file', 'a/x')).rejects.toThrow(
      'file a/x: too many levels of symbolic links (a link loop?)',
    );
  });

  it('refuses a glob that may climb out before listing anything', async () => {
    const { repo } = await layout();
    const ws = new Workspace(repo, false);
    await expect(ws.glob('report', ['{..,src}/**'])).rejects.toThrow(
      'report {..,src}/** may reach outside the workspace (..)',
    );
    expect((await ws.glob('report', ['src/*.ts'])).map((p) => p.name)).toEqual(['src/a.ts']);
  });
});
