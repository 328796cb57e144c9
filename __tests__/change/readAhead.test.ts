import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { streamGit } from '../../src/change/git.js';
import { tempDir } from '../helpers/fs.js';
import { countingGit } from './countingGit.js';

const BURST = 1024 * 1024;

/**
 * A git that writes a burst of 1 MiB (a file `cat` copies at once), as git diff writes a file's
 * diff once it has computed it, then leaves a mark and writes one last line: when the mark appears
 * shows whether git had to wait for the consumer.
 */
async function burstingGit(dir: string, mark: string) {
  const burst = path.join(dir, 'burst.txt');
  await writeFile(burst, 'a'.repeat(BURST));
  return countingGit(`cat '${burst}'; : > '${mark}'; echo; echo end; exit 0`);
}

/**
 * A consumer far slower than git: it keeps the thread 25 ms for every 64 KiB it is handed, so git
 * needs only a few MB/s, on however busy a machine, to stay ahead of it. Handed each chunk as it
 * is read, it lets git write no more than the pipe holds meanwhile (measured: the burst was
 * written once it had been handed 830–1,000 KiB of it).
 */
function slowConsumer(mark: string) {
  const seen = { bytes: 0, atMark: -1, text: '' };
  const consume = (c: Buffer) => {
    if (seen.atMark < 0 && existsSync(mark)) seen.atMark = seen.bytes;
    seen.bytes += c.length;
    seen.text += c.toString('latin1').replace(/a+/g, (run) => `[${run.length}]`);
    const until = performance.now() + (25 * c.length) / 65536;
    while (performance.now() < until);
  };
  return { seen, consume };
}

describe('reading git ahead of a slow consumer', () => {
  it('lets git finish its burst while the consumer is still near its start, and hands over all of it in order', async () => {
    const dir = await tempDir();
    const mark = path.join(dir, 'burst-written');
    const g = await burstingGit(dir, mark);
    const { seen, consume } = slowConsumer(mark);
    const r = await streamGit(['version'], { cwd: dir, env: g.env }, consume, 4 * 1024 * 1024);
    expect(r.code).toBe(0);
    expect(seen.bytes).toBe(BURST + '\nend\n'.length);
    expect(seen.text.replace(/\]\[/g, '+')).toMatch(/^\[[\d+]+\]\nend\n$/);
    // git wrote the whole burst while the consumer had been handed less than half of it.
    expect(seen.atMark).toBeGreaterThanOrEqual(0);
    expect(seen.atMark).toBeLessThan(BURST / 2);
  });

  it('stops git when the consumer fails, and settles though git was paused', async () => {
    const dir = await tempDir();
    const g = await countingGit(`head -c ${8 * BURST} /dev/zero; exit 0`);
    let handed = 0;
    const run = streamGit(
      ['version'],
      { cwd: dir, env: g.env },
      (c) => {
        handed += c.length;
        if (handed > 2 * BURST) throw new Error('consumer gave up');
      },
      BURST,
    );
    await expect(run).rejects.toThrow('consumer gave up');
    expect(handed).toBeLessThan(8 * BURST);
  });

  it('settles when aborted while paused, with nothing handed over after the abort', async () => {
    const dir = await tempDir();
    const g = await countingGit(`head -c ${8 * BURST} /dev/zero; sleep 5; exit 0`);
    const stop = new AbortController();
    let after = 0;
    const run = streamGit(
      ['version'],
      { cwd: dir, env: g.env, signal: stop.signal },
      (c) => {
        if (stop.signal.aborted) after += c.length;
        else if (c.length > 0) stop.abort(new Error('enough'));
        const until = performance.now() + 2;
        while (performance.now() < until);
      },
      BURST,
    );
    await expect(run).rejects.toThrow('enough');
    expect(after).toBe(0);
  });
});
