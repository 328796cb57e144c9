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
