import { spawn } from 'node:child_process';
import { cp, lstat, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/fs.js';

/**
 * `npm run demo` as a user runs it, in a copy of the repository's demo (so runs here never touch
 * the working tree): the built CLI is the committed bundle, linked into the copy.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');

async function demoCopy(): Promise<string> {
  const root = await tempDir('pg-demo-');
  await cp(path.join(ROOT, 'examples/demo'), path.join(root, 'examples/demo'), {
    recursive: true,
    filter: (src) => !src.includes(`${path.sep}.promotion-gate`) && !src.endsWith(`${path.sep}reports`),
  });
  await symlink(path.join(ROOT, 'dist'), path.join(root, 'dist'));
  return root;
}

/** Runs the demo as npm does: from the package's root, with INIT_CWD where the user typed it. */
function demo(root: string, userDir: string, args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'examples/demo/run.mjs'), ...args], {
      cwd: root,
      env: { ...process.env, INIT_CWD: userDir, GITHUB_ACTIONS: '', GITHUB_EVENT_NAME: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, out }));
  });
}

describe('the demo', () => {
  it('names the report from where the user ran it, in the gate’s lines and its own', async () => {
    const root = await demoCopy();
    const r = await demo(root, path.join(root, 'examples'), ['--profile', 'dev']);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      'report: demo/.promotion-gate/dev/report.md  (demo/.promotion-gate/dev/report.json)',
    );
    expect(r.out).toContain(
      'demo: PROMOTE — profile dev, score 5/5, auto-promote. Report: demo/.promotion-gate/dev/report.md',
    );
  }, 60_000);

  it('--forget deletes the history --remember kept, and only a folder of its own', async () => {
    const root = await demoCopy();
    const history = path.join(root, 'examples/demo/.promotion-gate/.history');
    await mkdir(history, { recursive: true });
    await writeFile(path.join(history, 'staging.jsonl'), '{}\n');
    // An unknown profile ends the run at once: what is tested is what happened before it.
    const r = await demo(root, root, ['--forget', '--profile', 'none']);
    expect(r.out).toContain(
      'demo: forgot the history of earlier runs (examples/demo/.promotion-gate/.history)',
    );
    await expect(lstat(history)).rejects.toThrow();

    const elsewhere = await tempDir('pg-demo-elsewhere-');
    await writeFile(path.join(elsewhere, 'keep.txt'), 'kept\n');
    await symlink(elsewhere, history);
    // Seen from outside the repository, the demo names the folder by its absolute path.
    const linked = await demo(root, elsewhere, ['--forget']);
    expect(linked.code).toBe(2);
    expect(linked.out).toContain(`demo: ${history} is not a folder; remove it by hand`);
    expect(await readFile(path.join(elsewhere, 'keep.txt'), 'utf8')).toBe('kept\n');
  });
});
