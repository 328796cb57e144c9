import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareOutputDir } from '../../src/bundle/outputDir.js';
import { UsageError } from '../../src/core/errors.js';
import { tempDir } from '../helpers/fs.js';

describe('prepareOutputDir', () => {
  it('creates missing parents one level at a time', async () => {
    const dir = await tempDir();
    await prepareOutputDir(path.join(dir, 'a/b/c'));
    expect(await readdir(path.join(dir, 'a/b/c'))).toEqual([]);
  });

  it.each(['..', '../elsewhere', '.', 'dev/../../x'])(
    'a directory that must stay inside a root cannot leave it by %j',
    async (profile) => {
      const dir = await tempDir();
      const root = path.join(dir, '.promotion-gate');
      const out = path.resolve(root, profile);
      const err = await prepareOutputDir(out, { within: root }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UsageError);
      expect((err as Error).message).toBe(`output directory ${out}: must be inside ${root}`);
      expect(await readdir(dir)).toEqual([]);
    },
  );
});
