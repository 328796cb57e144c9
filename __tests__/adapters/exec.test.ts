import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExec } from '../../src/adapters/exec.js';
import { tempDir, writeFiles } from '../helpers/fs.js';

describe('exec: errors that say what happened', () => {
  it('names a working directory that does not exist, or is not a directory', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'file.txt': 'x' });
    const exec = createExec();
    await expect(exec.shell('true', { cwd: path.join(dir, 'nope') })).rejects.toThrow(
      `working directory ${path.join(dir, 'nope')} does not exist`,
    );
    await expect(exec.shell('true', { cwd: path.join(dir, 'file.txt') })).rejects.toThrow(
      `working directory ${path.join(dir, 'file.txt')} is not a directory`,
    );
  });

  it('names a program that cannot be found', async () => {
    const dir = await tempDir();
    await expect(createExec().file('no-such-program-here', [], { cwd: dir })).rejects.toThrow(
      'cannot start no-such-program-here: not found',
    );
  });
});

describe('exec: the mark every process of a run carries', () => {
  it('is inherited, and a run inside a run keeps both marks', async () => {
    const exec = createExec();
    const plain = await exec.shell('echo "$PROMOTION_GATE_RUN"', { env: { PATH: process.env.PATH } });
    expect(plain.stdout).toMatch(/^[0-9a-f]{16}\n$/);
    const nested = await exec.shell('bash -c \'echo "$PROMOTION_GATE_RUN"\'', {
      env: { PATH: process.env.PATH, PROMOTION_GATE_RUN: 'outer' },
    });
    expect(nested.stdout).toMatch(/^outer,[0-9a-f]{16}\n$/);
  });
});
