import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, writeFiles } from '../helpers/fs.js';
import { runCheck } from './run.js';

describe('files check', () => {
  it('passes when every path and glob matches', async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      'package.json': '{}',
      'docs/a.md': '# a',
      '.github/workflows/ci.yml': 'on: push',
    });
    const r = await runCheck(
      'files',
      { paths: ['package.json', 'docs/*.md', '.github/workflows/*.yml', 'docs'] },
      { cwd: dir },
    );
    expect(r).toMatchObject({ status: 'pass', score: 5 });
    expect(r.evidence).toEqual(['evidence/files/matches.json']);
  });

  it('names each missing path, empty file and forbidden match', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'package.json': '', '.env': 'SECRET=1', 'keys/server.pem': 'x' });
    const r = await runCheck(
      'files',
      {
        paths: ['package.json', 'README.md', 'src/**/*.ts'],
        nonEmpty: true,
        forbidden: ['.env', '**/*.pem'],
      },
      { cwd: dir },
    );
    expect(r.status).toBe('fail');
    expect(r.findings.map((f) => f.message)).toEqual([
      'required file is empty: package.json',
      'required path missing: README.md',
      'required path missing: src/**/*.ts',
      'forbidden path present: .env (matches .env)',
      'forbidden path present: keys/server.pem (matches **/*.pem)',
    ]);
    expect(r.findings[0]!.file).toBe('package.json');
  });

  it('is an error when given nothing to check', async () => {
    const dir = await tempDir();
    const r = await runCheck('files', {}, { cwd: dir });
    expect(r.status).toBe('error');
  });
});

describe('files check: paths stay in the workspace', () => {
  it.each([
    [
      'a path above the repository',
      { paths: ['../outside/secret.txt'] },
      'required path ../outside/secret.txt',
    ],
    ['an absolute path', { paths: ['/etc/passwd'] }, 'required path /etc/passwd'],
    ['a link inside the repository to a file outside', { paths: ['link.txt'] }, 'required path link.txt'],
    [
      'a glob whose fixed part is a linked directory',
      { forbidden: ['linked/*.txt'] },
      'forbidden path linked',
    ],
    [
      'a glob matching through a linked directory',
      { forbidden: ['**/secret.txt'] },
      'forbidden path linked/secret.txt',
    ],
    ['a glob above the repository', { forbidden: ['../outside/*'] }, 'forbidden path ../outside'],
  ])('%s is an error naming it', async (_what, spec, named) => {
    const parent = await tempDir();
    await writeFiles(parent, { 'outside/secret.txt': 'top secret', 'repo/package.json': '{}' });
    const repo = path.join(parent, 'repo');
    await symlink(path.join(parent, 'outside/secret.txt'), path.join(repo, 'link.txt'));
    await symlink(path.join(parent, 'outside'), path.join(repo, 'linked'));
    const r = await runCheck('files', spec, { cwd: repo });
    expect(r.status).toBe('error');
    expect(r.summary).toContain(`could not run: ${named}`);
    expect(r.summary).toMatch(/outside the workspace|may reach outside the workspace/);
    expect(r.summary).toContain('allowOutsideWorkspace: true');
  });

  it('reads outside with allowOutsideWorkspace, and the report names each such path', async () => {
    const parent = await tempDir();
    await writeFiles(parent, { 'outside/secret.txt': 'x', 'repo/package.json': '{}' });
    const repo = path.join(parent, 'repo');
    await symlink(path.join(parent, 'outside/secret.txt'), path.join(repo, 'link.txt'));
    const r = await runCheck(
      'files',
      { paths: ['package.json', 'link.txt'], nonEmpty: true, allowOutsideWorkspace: true },
      { cwd: repo },
    );
    expect(r.status).toBe('pass');
    expect(r.findings).toEqual([
      {
        level: 'warning',
        message: `required path link.txt is outside the workspace (${path.join(parent, 'outside/secret.txt')}); read because allowOutsideWorkspace is set`,
      },
    ]);
  });
});
