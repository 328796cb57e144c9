import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statfsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnNode } from '../e2e/harness/index.js';
import { tempDir } from '../helpers/fs.js';
import { azuriteBroker } from './azurite.js';
import { shareCompileCache } from './compileCache.js';
import { placeTempRoot, PREFIX, ROOM } from './tempRoot.js';

/**
 * What the run's own setup does before any worker starts: where temporary files go, the compile
 * cache, the Azurite the files share.
 */

const { bavail, bsize } = statfsSync(os.tmpdir());
/** The temporary root asks for that much free where it goes. */
const roomy = bavail * bsize >= ROOM;

/** The id of a process that has ended. */
const endedPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;

describe('the run’s temporary root', () => {
  it.skipIf(!roomy)(
    'is a folder of the run’s own in the memory-backed place, removed when the run ends',
    async () => {
      const shm = await tempDir();
      const env: NodeJS.ProcessEnv = {};
      const teardown = placeTempRoot(env, shm);
      expect(teardown).toBeTypeOf('function');
      expect(path.dirname(env.TMPDIR!)).toBe(shm);
      expect(path.basename(env.TMPDIR!)).toMatch(new RegExp(`^${PREFIX}${process.pid}-\\w+$`));
      expect(existsSync(env.TMPDIR!)).toBe(true);
      const root = env.TMPDIR!;
      teardown!();
      expect(env).toEqual({});
      expect(existsSync(root)).toBe(false);
    },
  );

  it('leaves a TMPDIR the caller set, and a place that is not a writable folder, alone', async () => {
    const shm = await tempDir();
    const env: NodeJS.ProcessEnv = { TMPDIR: '/elsewhere' };
    expect(placeTempRoot(env, shm)).toBeUndefined();
    expect(env).toEqual({ TMPDIR: '/elsewhere' });
    expect(readdirSync(shm)).toEqual([]);

    const file = path.join(shm, 'a-file');
    writeFileSync(file, '');
    const none: NodeJS.ProcessEnv = {};
    expect(placeTempRoot(none, file)).toBeUndefined();
    expect(placeTempRoot(none, path.join(shm, 'missing'))).toBeUndefined();
    expect(none).toEqual({});
  });

  it.skipIf(!roomy)('removes the folders of runs that have ended, and only those', async () => {
    const shm = await tempDir();
    const ended = `${PREFIX}${endedPid()}-Ab12Cd`;
    const live = `${PREFIX}${process.pid}-Ef34Gh`;
    const others = [`${PREFIX}x-Ij56Kl`, `${PREFIX}0-Mn78Op`, 'another-tool-123-Qr90St'];
    for (const name of [ended, live, ...others])
      mkdirSync(path.join(shm, name, 'inside'), { recursive: true });
    const env: NodeJS.ProcessEnv = {};
    const teardown = placeTempRoot(env, shm);
    const mine = path.basename(env.TMPDIR!);
    expect(readdirSync(shm).sort()).toEqual([live, mine, ...others].sort());
    teardown!();
    expect(readdirSync(shm).sort()).toEqual([live, ...others].sort());
  });
});

describe('the run’s compile cache', () => {
  it('goes in the run’s temporary folder, unless the caller set one or turned it off', () => {
    const env: NodeJS.ProcessEnv = {};
    const teardown = shareCompileCache(env, () => '/run/tmp');
    expect(env).toEqual({ NODE_COMPILE_CACHE: '/run/tmp/node-compile-cache' });
    teardown!();
    expect(env).toEqual({});

    for (const given of [
      { NODE_COMPILE_CACHE: '/mine' },
      { NODE_COMPILE_CACHE: '' },
      { NODE_DISABLE_COMPILE_CACHE: '1' },
    ]) {
      const env: NodeJS.ProcessEnv = { ...given };
      expect(shareCompileCache(env, () => '/run/tmp')).toBeUndefined();
      expect(env).toEqual(given);
    }
  });

  it.skipIf(process.env.NODE_COMPILE_CACHE === undefined)(
    'is used by the Node processes the harness starts with an environment of their own (the bundled action)',
    async () => {
      const dir = await tempDir();
      const script = path.join(dir, 'where.mjs');
      writeFileSync(
        script,
        "import module from 'node:module';\nprocess.stdout.write(String(module.getCompileCacheDir?.()));\n",
      );
      const run = await spawnNode(script, [], { cwd: dir, env: { PATH: process.env.PATH ?? '' } }).done;
      expect(run).toMatchObject({ code: 0, stderr: '' });
      expect(run.stdout).toContain(process.env.NODE_COMPILE_CACHE!);
    },
  );
});

describe('the run’s Azurite', () => {
  /** A start that counts, resolves as told, and records its close. */
  function starter(outcomes: ('ok' | 'fail')[]) {
    const calls = { starts: 0, closes: 0 };
    const start = async () => {
      const n = calls.starts++;
      await new Promise((r) => setTimeout(r, 20));
      if (outcomes[n] === 'fail') throw new Error(`start ${n} failed`);
      return { blobUrl: `http://127.0.0.1:1/start-${n}`, close: async () => void calls.closes++ };
    };
    return { calls, start };
  }

  it('is started once, by the first file that asks, for every file that asks meanwhile or later', async () => {
    const { calls, start } = starter(['ok']);
    const broker = await azuriteBroker(start);
    expect(calls.starts).toBe(0);
    const answers = await Promise.all(
      Array.from({ length: 5 }, async () => (await fetch(broker.url)).json() as Promise<{ blobUrl: string }>),
    );
    expect(answers).toEqual(Array(5).fill({ blobUrl: 'http://127.0.0.1:1/start-0' }));
    expect(await (await fetch(broker.url)).json()).toEqual({ blobUrl: 'http://127.0.0.1:1/start-0' });
    expect(calls.starts).toBe(1);
    await broker.close();
    expect(calls.closes).toBe(1);
    await expect(fetch(broker.url)).rejects.toThrow();
  });

  it('says why it could not start, and tries again for the next file', async () => {
    const { calls, start } = starter(['fail', 'ok']);
    const broker = await azuriteBroker(start);
    const failed = await fetch(broker.url);
    expect(failed.status).toBe(500);
    expect(await failed.text()).toBe('start 0 failed');
    expect(await (await fetch(broker.url)).json()).toEqual({ blobUrl: 'http://127.0.0.1:1/start-1' });
    await broker.close();
    expect(calls).toEqual({ starts: 2, closes: 1 });
  });

  it('starts nothing in a run whose files never ask', async () => {
    const { calls, start } = starter(['ok']);
    const broker = await azuriteBroker(start);
    await broker.close();
    expect(calls).toEqual({ starts: 0, closes: 0 });
  });
});
