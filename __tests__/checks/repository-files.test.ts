import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBaseline } from '../../src/checks/secrets/baseline.js';
import { tempDir, writeFiles } from '../helpers/fs.js';
import { runCheck } from './run.js';

/**
 * Files that belong to the repository — benchmark results, a trend's number, a secrets
 * baseline — are read only from inside it: a path or a link that leads out makes the check an
 * error instead of copying what it found into the evidence.
 */
async function outsideAndRepo() {
  const outside = await tempDir('pg-outside-');
  await writeFiles(outside, {
    'results.json': JSON.stringify({ precision: 0.9, recall: 0.9 }),
    'count.json': JSON.stringify({ violations: 3 }),
    'baseline.txt': `${'a'.repeat(24)} rule file:1\n`,
  });
  const repo = await tempDir('pg-repo-');
  await writeFiles(repo, { 'README.md': 'x\n' });
  await symlink(path.join(outside, 'results.json'), path.join(repo, 'linked.json'));
  return { outside, repo };
}

describe('files of the repository stay in it', () => {
  it('benchmark: results outside the workspace, named or through a link, are an error', async () => {
    const { outside, repo } = await outsideAndRepo();
    for (const file of [
      path.join(outside, 'results.json'),
      '../' + path.relative(path.dirname(repo), path.join(outside, 'results.json')),
      'linked.json',
    ]) {
      const r = await runCheck('benchmark', { file, thresholds: { precision: '>= 0.5' } }, { cwd: repo });
      expect(r.status, file).toBe('error');
      expect(`${r.summary} ${r.error ?? ''}`, file).toContain('outside the workspace');
    }
  });

  it('trend: a file outside the workspace is an error', async () => {
    const { outside, repo } = await outsideAndRepo();
    const r = await runCheck(
      'trend',
      { file: path.join(outside, 'count.json'), path: 'violations' },
      { cwd: repo, extra: { id: 'lint' } },
    );
    expect(r.status).toBe('error');
    expect(r.summary).toContain('outside the workspace');
  });

  it('secrets: a baseline outside the workspace is refused; one inside is read', async () => {
    const { outside, repo } = await outsideAndRepo();
    await expect(readBaseline(repo, path.join(outside, 'baseline.txt'))).rejects.toThrow(
      'outside the workspace',
    );
    await writeFiles(repo, { 'baseline.txt': `${'b'.repeat(24)} rule file:1\n` });
    expect([...(await readBaseline(repo, 'baseline.txt'))]).toEqual(['b'.repeat(24)]);
    await expect(readBaseline(repo, 'missing.txt')).rejects.toThrow('baseline missing.txt: file not found');
  });
});
