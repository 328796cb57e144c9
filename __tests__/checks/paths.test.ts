import { execFileSync } from 'node:child_process';
import { mkdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRegularFile, Workspace } from '../../src/checks/paths.js';
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

describe('readRegularFile', () => {
  it('reads a file whole into memory of its own, and refuses what is not a regular file or too large', async () => {
    const dir = await tempDir();
    const text = 'report line\n'.repeat(500_000);
    await writeFiles(dir, { 'big.xml': text });
    const bytes = await readRegularFile(path.join(dir, 'big.xml'), 64 * 1024 * 1024);
    expect(bytes.toString()).toBe(text);
    // Nothing else shares its memory: it can move to a thread whole.
    expect(bytes.byteOffset).toBe(0);
    expect(bytes.buffer.byteLength).toBe(bytes.byteLength);
    await expect(readRegularFile(path.join(dir, 'big.xml'), 1024)).rejects.toThrow(
      `big.xml is ${Buffer.byteLength(text)} bytes, more than the 1024 read`,
    );
    execFileSync('mkfifo', [path.join(dir, 'pipe')]);
    await expect(readRegularFile(path.join(dir, 'pipe'), 1024)).rejects.toThrow('pipe is not a regular file');
  });

  it('reads on past the size a file gave (one still being written, a file of /proc)', async () => {
    // /proc/self/status says it holds 0 bytes, and holds a few hundred.
    const status = await readRegularFile('/proc/self/status', 1024 * 1024);
    expect(status.toString()).toMatch(/^Name:/);
    await expect(readRegularFile('/proc/self/status', 16)).rejects.toThrow(
      'status grew past the 16 bytes read',
    );
  });
});
