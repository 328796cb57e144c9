import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI } from '../e2e/harness/runner.js';
import { tempDir } from '../helpers/fs.js';
import { testNode24, withoutNode24 } from '../helpers/node24.js';

/**
 * Runs the bundled CLI with one of its outputs a pipe whose reader has gone, as after
 * `promotion-gate schema | head` or a pager quit early: every write there fails (EPIPE). Returns
 * how it ended and what it said on the other stream.
 */
function withReaderGone(
  args: string[],
  cwd: string,
  closing: 'stdout' | 'stderr',
): Promise<{ code: number | null; signal: NodeJS.Signals | null; other: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(testNode24().path, [CLI, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const closed = closing === 'stdout' ? child.stdout : child.stderr;
    const open = closing === 'stdout' ? child.stderr : child.stdout;
    let other = '';
    open.setEncoding('utf8').on('data', (t: string) => (other += t));
    closed.destroy();
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, other }));
  });
}

describe('the CLI’s output read by a reader that leaves early', () => {
  it('ends as the command does, with no error and no stack trace, when stdout closes (| head)', async (ctx) => {
    const without = withoutNode24();
    ctx.skip(without !== undefined, without);
    const dir = await tempDir('pg-pipe-');
    const r = await withReaderGone(['schema'], dir, 'stdout');
    expect(r.other).toBe('');
    expect(r).toMatchObject({ code: 0, signal: null });
  });

  it.for(['stdout', 'stderr'] as const)(
    'runs a gate to its end and exits with the verdict’s code when its %s has no reader',
    async (closing, ctx) => {
      const without = withoutNode24();
      ctx.skip(without !== undefined, without);
      const dir = await tempDir('pg-pipe-');
      await writeFile(path.join(dir, 'README.md'), '# pipe\n');
      const ids = Array.from({ length: 40 }, (_, i) => `c${i}`);
      await writeFile(
        path.join(dir, 'gate.yml'),
        `version: 1\nprofiles:\n  dev: { checks: [${ids.join(', ')}] }\nchecks:\n${ids
          .map((id) => `  ${id}: { type: files, paths: [README.md] }`)
          .join('\n')}\n`,
      );
      const r = await withReaderGone(
        ['gate', '--config', 'gate.yml', '--profile', 'dev', '--history', 'off', '--out', 'out'],
        dir,
        closing,
      );
      expect(r.other).not.toMatch(/EPIPE|Unhandled|node:events|\bat .*:\d+:\d+/);
      // Every check passes: the gate promotes (an unhandled write error would exit 1), and its
      // report is written whoever reads its output.
      expect(r).toMatchObject({ code: 0, signal: null });
      expect(JSON.parse(await readFile(path.join(dir, 'out', 'report.json'), 'utf8'))).toMatchObject({
        verdict: 'promote',
      });
    },
  );
});
