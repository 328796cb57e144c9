import { execFileSync } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { enableThreads } from '../../src/adapters/threads.js';
import { plainAttributes } from '../../src/change/attributes.js';
import type { CheckResult } from '../../src/core/types.js';
import { runCheck } from '../checks/run.js';
import { tempDir } from '../helpers/fs.js';
import { gitSteps } from '../helpers/git.js';
import { Planter } from './plant.js';
import { commit, makeRepo, PLAIN_ENV, source } from './repo.js';

/**
 * A change that declares its own files binary — `-diff` or the `binary` macro in a .gitattributes
 * it adds or edits — must not hide their text from the checks that read it. git honours those
 * attributes when it prints a diff ("Binary files … differ") or searches files (`-I` passes over
 * them); the checks read as if the repository declared nothing, and a file whose bytes are binary
 * is still binary (the secrets scan reads the text it holds from its content).
 */

/** Scan threads run the built bundle, as in a gate. */
const BUNDLE = pathToFileURL(path.resolve('dist/lib/index.js')).href;

afterEach(() => enableThreads(undefined));

async function run(type: string, dir: string, base: string, spec: Record<string, unknown> = {}) {
  return runCheck(type, spec, {
    cwd: dir,
    outputDir: path.join(dir, '.out'),
    deps: { change: source(dir, { base }) },
  });
}

const lines = (r: CheckResult) =>
  r.findings.filter((f) => f.level !== 'notice').map((f) => `${f.level} ${f.file}:${f.line}`);

describe("a change's own .gitattributes", () => {
  it.each([
    ['on the main thread', false],
    ['on a scan thread', true],
  ])(
    'cannot hide a secret from the secrets scan %s: -diff, binary, a macro of its own, in a subdirectory',
    async (_where, threads) => {
      if (threads) enableThreads(BUNDLE);
      const dir = await tempDir();
      const p = new Planter(23);
      const [a, b, c, d] = [p.chars(36), p.chars(36), p.chars(36), p.chars(36)];
      const base = await makeRepo(dir, { 'README.md': '# app\n', 'config/app.env': 'A=1\n' });
      await commit(dir, {
        '.gitattributes': [
          'creds.txt -diff',
          '*.env binary',
          '[attr]hidden -diff -merge -text',
          'notes.md hidden',
          '',
        ].join('\n'),
        'deploy/.gitattributes': '* -diff\n',
        'creds.txt': `GH_TOKEN=ghp_${a}\n`,
        'config/app.env': `A=1\nGH_TOKEN=ghp_${b}\n`,
        'notes.md': `token: ghp_${c}\n`,
        'deploy/run.sh': `export GH_TOKEN=ghp_${d}\n`,
        // Binary by its bytes, whatever the attributes say: its text is read from its content.
        'logo.png': Buffer.concat([
          Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]),
          Buffer.from(`ghp_${a}`),
        ]),
      });
      const r = await run('secrets', dir, base);
      expect(r.status).toBe('fail');
      expect(lines(r).sort()).toEqual([
        'failure config/app.env:2',
        'failure creds.txt:1',
        'failure deploy/run.sh:1',
        'failure logo.png:1',
        'failure notes.md:1',
      ]);
      expect(r.metrics).toMatchObject({ binaryFilesScanned: 1, binaryFilesSkipped: 0 });
    },
  );

  it('cannot hide a destructive migration from the migrations check', async () => {
    const dir = await tempDir();
    const base = await makeRepo(dir, {
      'db/migrations/0001_init.sql': 'CREATE TABLE orders (id bigserial PRIMARY KEY, note text);\n',
    });
    await commit(dir, {
      '.gitattributes': 'db/migrations/*.sql -diff\n',
      'db/migrations/0002_drop.sql': 'ALTER TABLE orders DROP COLUMN note;\n',
    });
    const r = await run('migrations', dir, base);
    expect(r.status).toBe('fail');
    expect(lines(r)).toContain('failure db/migrations/0002_drop.sql:1');
  });

  it('cannot hide routes from the routes check, in the files checked out or at the base', async () => {
    const dir = await tempDir();
    const server = (extra: string) =>
      `app.get('/health', (req, res) => res.send('ok'));\napp.get('/admin/users', requireAdmin, list);\n${extra}`;
    const base = await makeRepo(dir, { 'src/server.ts': server('') });
    await commit(dir, {
      '.gitattributes': 'src/*.ts -diff\n',
      'src/server.ts': server("app.post('/debug/exec', run);\n").replace(
        "app.get('/health'",
        "app.get('/healthz'",
      ),
    });
    const r = await run('routes', dir, base, { presets: ['express'], critical: ['GET /health'] });
    expect(r.metrics).toMatchObject({
      routesBase: 2,
      routesHead: 3,
      added: 2,
      removed: 1,
      criticalMissing: 1,
    });
    expect(r.status).toBe('fail');
  });
});

describe('the empty work tree the diff is read in', () => {
  it('is made for the repository a check runs in, from a subdirectory or a linked worktree, and removed', async () => {
    const dir = await tempDir();
    const p = new Planter(31);
    const token = `ghp_${p.chars(36)}`;
    const base = await makeRepo(dir, { 'app/README.md': '# app\n' });
    await commit(dir, { '.gitattributes': '*.txt -diff\n', 'app/creds.txt': `GH_TOKEN=${token}\n` });
    const linked = path.join(await tempDir(), 'linked');
    gitSteps(dir, [['worktree', 'add', '-q', '--detach', linked, 'HEAD']]);
    for (const cwd of [path.join(dir, 'app'), linked]) {
      const r = await runCheck(
        'secrets',
        {},
        { cwd, outputDir: path.join(cwd, '.out'), deps: { change: source(cwd, { base }) } },
      );
      expect(lines(r)).toEqual(['failure app/creds.txt:1']);
    }

    // The source makes it once, in its environment's temporary folder, and removes it on close.
    const tmp = await tempDir();
    const change = source(linked, { base, env: { ...PLAIN_ENV, TMPDIR: tmp } });
    await change.scan({ added: () => undefined });
    expect((await readdir(tmp)).filter((n) => n.startsWith('promotion-gate-git-'))).toHaveLength(1);
    change.close();
    for (let turn = 0; turn < 100 && (await readdir(tmp)).length > 0; turn++)
      await new Promise((resolve) => setImmediate(resolve));
    expect(await readdir(tmp)).toEqual([]);

    const plain = await plainAttributes({ cwd: linked, env: PLAIN_ENV });
    expect(await readdir(plain.cwd)).toEqual([]);
    // git run there reads the linked worktree's repository, without its attributes.
    const diff = execFileSync('git', ['diff', base, 'HEAD'], {
      cwd: plain.cwd,
      env: plain.env,
      encoding: 'utf8',
    });
    expect(diff).toContain(`+GH_TOKEN=${token}`);
    expect(await readdir(plain.cwd)).toEqual([]);
    await plain.remove();
    await expect(stat(plain.cwd)).rejects.toThrow(/ENOENT/);
  });
});
