import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
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
    expect(read.problems[0]).toMatch(/^cannot read hist\/prod\.jsonl: EISDIR/);
  });

  it('reads a journal written by hand with blank lines and CRLF', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'prod.jsonl'), `\r\n${JSON.stringify(run({ runId: 'w' }))}\r\n\r\n`);
    const read = await new DirectoryHistory(dir).list('prod');
    expect(read).toMatchObject({ runs: [{ runId: 'w' }], problems: [] });
  });
});
