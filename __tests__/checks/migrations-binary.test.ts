import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/core/types.js';
import { runCheck } from './run.js';
import { tempDir } from '../helpers/fs.js';
import { commit, makeRepo, source } from '../change/repo.js';

/**
 * A migration git calls binary has no lines in the diff: one NUL byte after a statement (a
 * database client sends the text up to it, the statement included), or a script saved as UTF-16,
 * as SQL Server's tools save them. The migrations check reads such a file as the text it is and
 * counts the lines it gained.
 */

const run = (dir: string, base: string) =>
  runCheck(
    'migrations',
    {},
    { cwd: dir, outputDir: path.join(dir, '.out'), deps: { change: source(dir, { base }) } },
  );

const lines = (r: CheckResult) =>
  r.findings.filter((f) => f.level !== 'notice').map((f) => `${f.level} ${f.file}:${f.line}`);

const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

describe('a binary migration', () => {
  it('is read as its text: a NUL byte after the statement, a script saved as UTF-16', async () => {
    const dir = await tempDir();
    const base = await makeRepo(dir, {
      'db/migrations/0001_init.sql': 'CREATE TABLE orders (id bigserial PRIMARY KEY, note text);\n',
    });
    await commit(dir, {
      'db/migrations/0002_drop.sql': 'SELECT 1;\nALTER TABLE orders DROP COLUMN note; -- \0\n',
      'db/migrations/0003_more.sql': utf16('-- tidy up\r\nDROP TABLE orders;\r\n'),
    });
    const r = await run(dir, base);
    expect(r.status).toBe('fail');
    expect(lines(r).sort()).toEqual([
      'failure db/migrations/0002_drop.sql:2',
      'failure db/migrations/0003_more.sql:2',
    ]);
  });

  it('counts only the lines a changed binary migration gained', async () => {
    const dir = await tempDir();
    const base = await makeRepo(dir, {
      'db/migrations/0001_init.sql': utf16(
        'CREATE TABLE orders (id int);\r\n-- backup: none\r\nDROP TABLE legacy;\r\n',
      ),
    });
    await commit(dir, {
      'db/migrations/0001_init.sql': utf16(
        'CREATE TABLE orders (id int);\r\n-- backup: none\r\nDROP TABLE legacy;\r\nALTER TABLE orders DROP COLUMN id;\r\n',
      ),
    });
    const r = await run(dir, base);
    // The DROP TABLE was there before: only the new statement counts (the file's backup marker is its evidence).
    expect(r.findings.length).toBeGreaterThan(0);
    expect(r.findings.every((f) => f.line === 4)).toBe(true);
    expect(r.findings[0]).toMatchObject({
      level: 'notice',
      message: expect.stringMatching(/^DROP COLUMN orders\.id — rollback evidence: backup marker/),
    });
  });
});
