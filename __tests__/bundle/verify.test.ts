import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/adapters/logger.js';
import { runGate } from '../../src/app/gate.js';
import { type VerifyResult, verifyBundle } from '../../src/bundle/verify.js';
import { runCli } from '../../src/cli/main.js';
import { tempDir, writeFiles } from '../helpers/fs.js';

const CONFIG = `version: 1
profiles:
  dev: { checks: [files, build] }
checks:
  files: { type: files, paths: [package.json] }
  build: { type: command, run: 'echo built' }
`;

async function sealed(): Promise<{ dir: string; out: string; id: string }> {
  const dir = await tempDir();
  await writeFiles(dir, { 'package.json': '{}', 'pg.yml': CONFIG });
  const run = await runGate({
    configPath: path.join(dir, 'pg.yml'),
    profile: 'dev',
    inputs: {},
    env: { PATH: process.env.PATH },
    cwd: dir,
    logger: silentLogger,
  });
  return { dir, out: run.outDir, id: run.report.bundle!.id };
}

/** verify, or a failed test if it has not answered after a long while (a hang). */
async function verifyWithin(dir: string, id?: string): Promise<VerifyResult> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('verify did not answer: it hangs')), 20_000);
  });
  try {
    return await Promise.race([verifyBundle(dir, id), hang]);
  } finally {
    clearTimeout(timer);
  }
}

const kinds = (r: VerifyResult) => r.problems.map((p) => `${p.kind} ${p.path}`).sort();

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

describe('verify on a hostile directory', () => {
  it('does not hang on a listed file replaced by a FIFO or by a link to /dev/zero', async () => {
    const { out } = await sealed();
    const log = path.join(out, 'evidence/build/output.log');
    await rm(log);
    await promisify(execFile)('mkfifo', [log]);
    const fifo = await verifyWithin(out);
    expect(fifo.problems).toEqual([
      { path: 'evidence/build/output.log', kind: 'not-file', detail: 'is a FIFO, not a regular file' },
    ]);
    await rm(log);
    await symlink('/dev/zero', log);
    const zero = await verifyWithin(out);
    expect(zero.problems).toEqual([
      {
        path: 'evidence/build/output.log',
        kind: 'not-file',
        detail: 'is a symbolic link, not a regular file',
      },
    ]);
  }, 60_000);

  it('reads no more than the manifest declares: a file grown huge is "larger", not read whole', async () => {
    const { out } = await sealed();
    await writeFile(path.join(out, 'evidence/build/output.log'), Buffer.alloc(32 * 1024 * 1024, 'x'));
    const r = await verifyWithin(out);
    expect(r.problems).toEqual([
      {
        path: 'evidence/build/output.log',
        kind: 'changed',
        detail: expect.stringMatching(/^larger than the \d+ bytes the manifest lists$/),
      },
    ]);
  });

  it('reports a null manifest entry and a path leaving the bundle instead of crashing', async () => {
    const { out } = await sealed();
    const manifestPath = path.join(out, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
    manifest.files.push(null, { path: '../../etc/passwd', sha256: 'a'.repeat(64), size: 1 });
    await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    const r = await verifyWithin(out);
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => `${p.kind} ${p.path}: ${p.detail}`)).toEqual([
      'malformed manifest.json: entry 5 is null, not an entry',
      'malformed manifest.json: entry 6 path "../../etc/passwd" is not a path inside the bundle',
    ]);
  });

  it('never follows a symbolic link to a directory', async () => {
    const { out } = await sealed();
    const elsewhere = await tempDir();
    await writeFiles(elsewhere, { 'matches.json': 'not the evidence' });
    await rm(path.join(out, 'evidence/files'), { recursive: true });
    await symlink(elsewhere, path.join(out, 'evidence/files'));
    await symlink(elsewhere, path.join(out, 'evidence/more'));
    expect(kinds(await verifyWithin(out))).toEqual([
      'added evidence/files',
      'added evidence/more',
      'removed evidence/files/matches.json',
    ]);
    await rm(path.join(out, 'report.md'));
    await symlink(elsewhere, path.join(out, 'report.md'));
    const r = await verifyWithin(out);
    expect(r.problems).toContainEqual({
      path: 'report.md',
      kind: 'not-file',
      detail: 'is a symbolic link, not a regular file',
    });
  });
});

describe('verify covers every byte of report.json', () => {
  const edited = async (edit: (text: string) => string) => {
    const { out, id } = await sealed();
    const file = path.join(out, 'report.json');
    await writeFile(file, edit(await readFile(file, 'utf8')));
    return verifyWithin(out, id);
  };

  it.each([
    ['a space at the end', (t: string) => `${t} `],
    ['indentation', (t: string) => t.replace('\n  "profile"', '\n    "profile"')],
    ['a line break inside the bundle member', (t: string) => t.replace('"files": ', '"files":\n ')],
    [
      'a duplicate key (first one wins for some readers)',
      (t: string) => t.replace('\n  "verdict"', '\n  "verdict": "hold",\n  "verdict"'),
    ],
  ])('an edit of %s is a problem', async (_what, edit) => {
    const r = await edited(edit);
    expect(r.problems).toEqual([
      {
        path: 'report.json',
        kind: 'changed',
        detail:
          'its bytes are not what the seal writes for its content (whitespace, order or a duplicate key was edited)',
      },
    ]);
  });

  it('an extra member inside bundle, written as the seal would, is a problem', async () => {
    const r = await edited((t) => {
      const report = JSON.parse(t);
      report.bundle.signedBy = 'release-manager';
      return `${JSON.stringify(report, null, 2)}\n`;
    });
    expect(r.problems).toEqual([
      { path: 'report.json', kind: 'changed', detail: 'its bundle member has "signedBy"' },
    ]);
  });
});

describe('verify from the command line', () => {
  it('2 for a missing directory or one that is a file, 1 for a bundle that does not verify', async () => {
    const dir = await tempDir();
    const missing = await cli(['verify', 'nonexistent'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`promotion-gate: verify: ${path.join(dir, 'nonexistent')} does not exist\n`);
    await writeFile(path.join(dir, 'afile'), 'x');
    const file = await cli(['verify', 'afile'], dir);
    expect(file.code).toBe(2);
    expect(file.stderr).toContain('afile is a file, not a directory');
    await mkdir(path.join(dir, 'empty'));
    const empty = await cli(['verify', 'empty'], dir);
    expect(empty.code).toBe(1);
    expect(empty.stdout).toContain('removed   manifest.json: missing: not an evidence bundle');
    expect((await cli(['verify', 'empty', '--bundle-id', 'abc'], dir)).code).toBe(2);
  });

  it('1 naming the problem for a FIFO in the bundle, and a name with control characters quoted', async () => {
    const { out } = await sealed();
    await promisify(execFile)('mkfifo', [path.join(out, 'evidence/pipe\nline')]);
    const r = await cli(['verify', out], path.dirname(out));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('added     "evidence/pipe\\nline": not in the manifest (a FIFO)');
  });
});
