import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { tempDir, writeFiles } from '../helpers/fs.js';

const CONFIG = `version: 1
profiles:
  dev: { checks: [files] }
checks:
  files: { type: files, paths: [package.json] }
`;

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: process.env,
    cwd,
  });
  return { code, stdout, stderr };
}

async function project(): Promise<string> {
  const dir = await tempDir();
  await writeFiles(dir, { 'package.json': '{}', '.github/promotion-gate.yml': CONFIG });
  return dir;
}

/** A gate run that must be refused: exit 2, one line naming the directory and why, no stack. */
async function refused(dir: string, out: string | undefined, why: RegExp | string) {
  const r = await cli(['gate', '-p', 'dev', ...(out === undefined ? [] : ['--out', out])], dir);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/^promotion-gate: output directory .+\n$/);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  if (typeof why === 'string') expect(r.stderr).toContain(why);
  else expect(r.stderr).toMatch(why);
  return r;
}

describe('gate --out: the gate creates only what it owns', () => {
  it('refuses a file, and a path under a file', async () => {
    const dir = await project();
    await writeFile(path.join(dir, 'afile'), 'mine');
    await refused(dir, 'afile', `${path.join(dir, 'afile')} is a file; choose a directory`);
    await refused(dir, 'afile/out', `${path.join(dir, 'afile')} is a file; choose a directory`);
    expect(await readFile(path.join(dir, 'afile'), 'utf8')).toBe('mine');
  });

  it.each(['/sys', '/sys/pg-out', '/proc/pg-out', '/dev/pg-out'])(
    'refuses the system directory %s at once (no hang)',
    async (out) => {
      const dir = await project();
      await refused(dir, out, /is a system directory; choose a directory of your own\n$/);
    },
  );

  // Files in memory, where scratch output goes on Linux: an ordinary file system, not a device.
  it.runIf(existsSync('/dev/shm'))('writes into /dev/shm like any directory of the user', async () => {
    const dir = await project();
    const out = await mkdtemp('/dev/shm/pg-out-');
    try {
      const r = await cli(['gate', '-p', 'dev', '--out', path.join(out, 'bundle')], dir);
      expect(r.stderr).not.toContain('output directory');
      expect(r.code).toBe(0);
      expect(await readdir(path.join(out, 'bundle'))).toContain('manifest.json');
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it('refuses a link into a system directory', async () => {
    const dir = await project();
    await symlink('/proc/self', path.join(dir, 'proc-link'));
    await refused(dir, 'proc-link', /leads to \/proc\/\d+, under the system directory \/proc/);
  });

  it('refuses a symbolic link loop and a name too long for the file system', async () => {
    const dir = await project();
    await symlink('loop', path.join(dir, 'loop'));
    await refused(dir, 'loop', 'too many levels of symbolic links (a link loop?)');
    await refused(dir, 'loop/out', 'too many levels of symbolic links (a link loop?)');
    await refused(dir, 'x'.repeat(300), 'a name in the path is too long for the file system [ENAMETOOLONG]');
  });

  it('keeps a folder holding only evidence/ and report.md of the user: no manifest, no deletion', async () => {
    const dir = await project();
    await writeFiles(dir, { 'out/evidence/important.txt': 'keep me', 'out/report.md': '# my notes' });
    await refused(dir, 'out', 'holds evidence, report.md but no manifest.json of an earlier run');
    expect(await readFile(path.join(dir, 'out/evidence/important.txt'), 'utf8')).toBe('keep me');
    expect(await readFile(path.join(dir, 'out/report.md'), 'utf8')).toBe('# my notes');
  });

  it('replaces an earlier run, but refuses it when evidence/ holds a file that run did not seal', async () => {
    const dir = await project();
    expect((await cli(['gate', '-p', 'dev', '--out', 'out'], dir)).code).toBe(0);
    expect((await cli(['gate', '-p', 'dev', '--out', 'out'], dir)).code).toBe(0);
    expect((await cli(['verify', 'out'], dir)).code).toBe(0);
    await writeFiles(dir, { 'out/evidence/important.txt': 'keep me' });
    await mkdir(path.join(dir, 'out/evidence/mine'));
    await refused(
      dir,
      'out',
      "(evidence/important.txt, evidence/mine/: not in the earlier run's manifest.json)",
    );
    expect(await readFile(path.join(dir, 'out/evidence/important.txt'), 'utf8')).toBe('keep me');
    expect((await readdir(path.join(dir, 'out'))).sort()).toEqual([
      'evidence',
      'manifest.json',
      'report.json',
      'report.md',
    ]);
  });

  it('keeps the default .promotion-gate/<profile> inside .promotion-gate/: a link there is refused', async () => {
    const elsewhere = await tempDir();
    const dir = await project();
    await symlink(elsewhere, path.join(dir, '.promotion-gate'));
    await refused(dir, undefined, `${path.join(dir, '.promotion-gate')} is a symbolic link`);
    const other = await project();
    await mkdir(path.join(other, '.promotion-gate'));
    await symlink(elsewhere, path.join(other, '.promotion-gate/dev'));
    await refused(other, undefined, `${path.join(other, '.promotion-gate/dev')} is a symbolic link`);
    expect(await readdir(elsewhere)).toEqual([]);
  });
});

/** The other commands that write a folder: what each writes, and how to run it into `out`. */
const WRITERS = [
  { command: 'drift', own: 'drift.json', run: (out?: string) => ['drift', '-p', 'dev', ...opt(out)] },
  { command: 'review', own: 'review.json', run: (out?: string) => ['review', '-p', 'dev', ...opt(out)] },
];
function opt(out: string | undefined): string[] {
  return out === undefined ? [] : ['--out', out];
}

async function refusedRun(dir: string, args: string[], why: string) {
  const r = await cli(args, dir);
  expect(r.code).toBe(2);
  // drift may note first that the profile has no benchmark to measure.
  expect(r.stderr).toMatch(/(?:^|\n)promotion-gate: output directory [^\n]+\n$/);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr).toContain(why);
}

describe.each(WRITERS)('$command --out: the same rules as the gate’s', ({ own, run }) => {
  it('refuses a file, a system directory, and a link into one', async () => {
    const dir = await project();
    await writeFile(path.join(dir, 'afile'), 'mine');
    await refusedRun(dir, run('afile/out'), `${path.join(dir, 'afile')} is a file; choose a directory`);
    await refusedRun(dir, run('/proc/pg-out'), 'is a system directory; choose a directory of your own');
    await symlink('/proc/self', path.join(dir, 'proc-link'));
    await refusedRun(dir, run('proc-link'), 'under the system directory /proc');
    expect(await readFile(path.join(dir, 'afile'), 'utf8')).toBe('mine');
  });

  it('writes again over its own files, but refuses a folder holding anything else, and writes through no link', async () => {
    const dir = await project();
    expect((await cli(run('out'), dir)).code).toBe(0);
    expect((await cli(run('out'), dir)).code).toBe(0);
    await writeFiles(dir, { 'out/notes.txt': 'keep me' });
    await refusedRun(dir, run('out'), 'holds files the gate did not write (notes.txt)');
    expect(await readFile(path.join(dir, 'out/notes.txt'), 'utf8')).toBe('keep me');

    const elsewhere = await tempDir();
    await writeFiles(elsewhere, { 'target.json': 'not yours' });
    await mkdir(path.join(dir, 'linked'));
    await symlink(path.join(elsewhere, 'target.json'), path.join(dir, 'linked', own));
    await refusedRun(dir, run('linked'), `holds files the gate did not write (${own} (a symbolic link))`);
    expect(await readFile(path.join(elsewhere, 'target.json'), 'utf8')).toBe('not yours');
  });

  it('keeps the default .promotion-gate/<profile>-… inside .promotion-gate/: a link there is refused', async () => {
    const elsewhere = await tempDir();
    const dir = await project();
    await symlink(elsewhere, path.join(dir, '.promotion-gate'));
    await refusedRun(dir, run(), `${path.join(dir, '.promotion-gate')} is a symbolic link`);
    expect(await readdir(elsewhere)).toEqual([]);
  });
});

describe('review --out', () => {
  it('keeps the earlier months’ checkpoints next to a new one', async () => {
    const dir = await project();
    expect((await cli(['review', '-p', 'dev', '--month', '2026-01', '--out', 'out'], dir)).code).toBe(0);
    expect((await cli(['review', '-p', 'dev', '--month', '2026-02', '--out', 'out'], dir)).code).toBe(0);
    expect((await readdir(path.join(dir, 'out'))).sort()).toEqual([
      'monthly-2026-01.json',
      'monthly-2026-01.md',
      'monthly-2026-02.json',
      'monthly-2026-02.md',
    ]);
  });
});
