import { execFileSync } from 'node:child_process';
import { appendFile, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { DirectoryHistory } from '../../src/history/directory.js';
import { tempDir } from '../helpers/fs.js';
import { run } from './fixtures.js';

describe('directory history', () => {
  it('appends, lists oldest first, and leaves invalid runs out of comparisons', async () => {
    const dir = await tempDir();
    const store = new DirectoryHistory(path.join(dir, 'h'), 'h');
    expect(await store.list('prod')).toEqual({ runs: [], problems: [] });
    await store.append(run({ runId: 'r1', at: 1 }));
    await store.append(run({ runId: 'r2', at: 2 }));
    await store.append(run({ runId: 'd1', at: 3, profile: 'dev' }));
    expect((await store.list('prod')).runs.map((r) => r.runId)).toEqual(['r1', 'r2']);
    expect((await store.list('dev')).runs.map((r) => r.runId)).toEqual(['d1']);

    await store.markInvalid('prod', 'r1', 'staging was down', 'alice');
    expect((await store.list('prod')).runs.map((r) => r.runId)).toEqual(['r2']);
    const all = (await store.list('prod', { includeInvalid: true })).runs;
    expect(all[0]!.invalid).toMatchObject({ reason: 'staging was down', by: 'alice' });
    // Marking again changes nothing; the journal keeps one invalidation.
    await store.markInvalid('prod', 'r1', 'again');
    const lines = (await readFile(path.join(dir, 'h', 'prod.jsonl'), 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(store.describe()).toBe('directory h');
  });

  it('refuses to invalidate a run it does not have, naming the latest ones', async () => {
    const store = new DirectoryHistory(await tempDir());
    await store.append(run({ runId: 'r1' }));
    const err = await store.markInvalid('prod', 'nope', 'x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toMatch(
      /no run "nope" of profile "prod" in directory .* \(latest runs: r1\)/,
    );
  });

  it('keeps every record when many runs append at once', async () => {
    const store = new DirectoryHistory(await tempDir());
    const runs = Array.from({ length: 120 }, (_, i) =>
      run({
        runId: `c${i}`,
        at: i,
        checks: [
          { id: 'x', type: 'trend', status: 'pass', score: 5, metrics: { value: i, note: 'x'.repeat(2000) } },
        ],
      }),
    );
    await Promise.all(runs.map((r) => store.append(r)));
    const read = await store.list('prod');
    expect(read.problems).toEqual([]);
    expect(read.runs.map((r) => r.runId).sort()).toEqual(runs.map((r) => r.runId).sort());
  });

  it('reports a corrupt journal and a torn last line, and the next append still lands whole', async () => {
    const dir = await tempDir();
    const store = new DirectoryHistory(dir, 'hist');
    await store.append(run({ runId: 'r1', at: 1 }));
    await appendFile(path.join(dir, 'prod.jsonl'), '{"schemaVersion":1,"profi'); // a run that died mid-write
    await store.append(run({ runId: 'r2', at: 2 }));
    const read = await store.list('prod');
    expect(read.runs.map((r) => r.runId)).toEqual(['r1', 'r2']);
    expect(read.problems).toEqual([expect.stringMatching(/^hist\/prod\.jsonl:2: not JSON .*line skipped$/)]);
  });

  it('reports an unreadable journal instead of throwing', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'prod.jsonl'));
    const read = await new DirectoryHistory(dir, 'hist').list('prod');
    expect(read.runs).toEqual([]);
    expect(read.problems).toEqual(['cannot read hist/prod.jsonl: it is not a regular file']);
  });

  it('reads a journal written by hand with blank lines and CRLF', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'prod.jsonl'), `\r\n${JSON.stringify(run({ runId: 'w' }))}\r\n\r\n`);
    const read = await new DirectoryHistory(dir).list('prod');
    expect(read).toMatchObject({ runs: [{ runId: 'w' }], problems: [] });
  });
});

describe('directory history in the checkout, where a pull request writes too', () => {
  const DEFAULT = '.promotion-gate/.history';

  it('never reads or appends through a symbolic link: a file of the machine is not echoed or written', async () => {
    const ws = await tempDir('pg-history-ws-');
    const outside = path.join(await tempDir('pg-history-outside-'), 'credentials');
    await writeFile(outside, 'TOKEN=supersecretvalue1234567890\n');
    await mkdir(path.join(ws, DEFAULT), { recursive: true });
    await symlink(outside, path.join(ws, DEFAULT, 'dev.jsonl'));
    const store = new DirectoryHistory(path.join(ws, DEFAULT), DEFAULT, true);
    const read = await store.list('dev');
    expect(read.runs).toEqual([]);
    expect(read.problems).toEqual([
      `cannot read ${DEFAULT}/dev.jsonl: it is a symbolic link; a journal is read and written only as a file of its own`,
    ]);
    expect(JSON.stringify(read)).not.toContain('TOKEN');
    await expect(store.append(run({ profile: 'dev' }))).rejects.toThrow('symbolic link');
    expect(await readFile(outside, 'utf8')).toBe('TOKEN=supersecretvalue1234567890\n');
  });

  it('refuses a FIFO as its journal instead of waiting on it', async () => {
    const ws = await tempDir('pg-history-fifo-');
    await mkdir(path.join(ws, DEFAULT), { recursive: true });
    execFileSync('mkfifo', [path.join(ws, DEFAULT, 'dev.jsonl')]);
    const read = await new DirectoryHistory(path.join(ws, DEFAULT), DEFAULT, true).list('dev');
    expect(read.problems).toEqual([`cannot read ${DEFAULT}/dev.jsonl: it is not a regular file`]);
  });

  it('keeps the default directory in the checkout: a linked .promotion-gate or .history is refused', async () => {
    for (const linked of ['.promotion-gate', DEFAULT]) {
      const ws = await tempDir('pg-history-link-');
      const elsewhere = await tempDir('pg-history-elsewhere-');
      await mkdir(path.dirname(path.join(ws, linked)), { recursive: true });
      await symlink(elsewhere, path.join(ws, linked));
      const store = new DirectoryHistory(path.join(ws, DEFAULT), DEFAULT, true);
      await expect(store.append(run({ profile: 'dev' })), linked).rejects.toThrow(
        `${linked} is a symbolic link: the default history stays in the checkout`,
      );
      expect((await store.list('dev')).problems[0], linked).toContain('is a symbolic link');
      // Refused before anything is made there.
      expect(await readdir(elsewhere), linked).toEqual([]);
    }
    // A directory the user names may be a link: it is theirs to place.
    const ws = await tempDir('pg-history-named-');
    const elsewhere = await tempDir('pg-history-named-target-');
    await symlink(elsewhere, path.join(ws, 'hist'));
    const named = new DirectoryHistory(path.join(ws, 'hist'), 'hist');
    await named.append(run({ profile: 'dev' }));
    expect((await named.list('dev')).runs).toHaveLength(1);
  });
});
