import { describe, expect, it } from 'vitest';
import { DiffParser, unquotePath } from '../../src/change/diffParser.js';
import { LineSplitter, linePieces } from '../../src/change/lines.js';
import { globPathspecs } from '../../src/change/pathspec.js';
import { tempDir } from '../helpers/fs.js';
import { collect, commit, makeRepo, source } from './repo.js';

describe('streamed diff of a real repository', () => {
  it('hands out added and changed lines with their line numbers in the head revision', async () => {
    const dir = await tempDir();
    const base = await makeRepo(dir, {
      'app.py': 'a\nb\nc\nd\ne\n',
      'gone.txt': 'deleted content\n',
      'same.txt': 'unchanged\n',
    });
    const headSha = await commit(dir, {
      'app.py': 'a\nB\nc\nd\ne\nf\ng\n',
      'gone.txt': null,
      'new.txt': 'first\nsecond\n',
    });
    const got = await collect(source(dir, { base, head: headSha }));
    expect(got.lines).toEqual([
      { file: 'app.py', line: 2, text: 'B' },
      { file: 'app.py', line: 6, text: 'f' },
      { file: 'app.py', line: 7, text: 'g' },
      { file: 'new.txt', line: 1, text: 'first' },
      { file: 'new.txt', line: 2, text: 'second' },
    ]);
    // Deleted files are not even read: they hold no added line.
    expect(got.files.map((f) => [f.path, f.status])).toEqual([
      ['app.py', 'M'],
      ['new.txt', 'A'],
    ]);
    expect(got.stats).toMatchObject({ files: 2, addedLines: 5, binaryFiles: [] });
  });

  it('follows renames: only the changed lines count, numbered in the new file', async () => {
    const dir = await tempDir();
    const body = Array.from({ length: 20 }, (_, i) => `line ${i + 1} of a file long enough to be a rename`);
    const base = await makeRepo(dir, { 'old/name.js': `${body.join('\n')}\n` });
    body[9] = 'line 10 changed';
    const headSha = await commit(dir, {
      'old/name.js': null,
      'new dir/renamed file.js': `${body.join('\n')}\n`,
    });
    const got = await collect(source(dir, { base, head: headSha }));
    expect(got.files).toEqual([
      { path: 'new dir/renamed file.js', oldPath: 'old/name.js', status: 'R', binary: false },
    ]);
    expect(got.lines).toEqual([{ file: 'new dir/renamed file.js', line: 10, text: 'line 10 changed' }]);
  });

  it('skips binary files and names them; strips CR of CRLF files; keeps a line that looks like a header', async () => {
    const dir = await tempDir();
    const base = await makeRepo(dir, { 'keep.txt': 'x\n' });
    const headSha = await commit(dir, {
      'img.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0, 0x41, 0x4b, 0x49, 0x41]),
      'win.txt': 'one\r\ntwo\r\n',
      'tricky.txt': '++ not a header\ndiff --git a/x b/x\n@@ -1 +1 @@\n',
      'no-eol.txt': 'last line',
      'ünïcode name\twith tab.txt': 'hi\n',
    });
    const got = await collect(source(dir, { base, head: headSha }));
    expect(got.stats.binaryFiles).toEqual(['img.png']);
    expect(got.lines).toEqual([
      { file: 'no-eol.txt', line: 1, text: 'last line' },
      { file: 'tricky.txt', line: 1, text: '++ not a header' },
      { file: 'tricky.txt', line: 2, text: 'diff --git a/x b/x' },
      { file: 'tricky.txt', line: 3, text: '@@ -1 +1 @@' },
      { file: 'win.txt', line: 1, text: 'one' },
      { file: 'win.txt', line: 2, text: 'two' },
      { file: 'ünïcode name\twith tab.txt', line: 1, text: 'hi' },
    ]);
  });

  it('limits the diff with glob pathspecs anchored at the repository root', async () => {
    const dir = await tempDir();
    const base = await makeRepo(dir, {});
    const headSha = await commit(dir, {
      'db/migrations/001.sql': 'CREATE TABLE a();\n',
      'src/db/migrations/002.sql': 'CREATE TABLE b();\n',
      'src/app.ts': 'x\n',
      'src/fixtures/data.sql': 'y\n',
    });
    const change = source(dir, { base, head: headSha });
    const sql = await collect(change, globPathspecs(['**/*.sql'], ['**/fixtures/**']));
    expect(sql.files.map((f) => f.path)).toEqual(['db/migrations/001.sql', 'src/db/migrations/002.sql']);
    const files = await change.files({ paths: globPathspecs(['src/**']) });
    expect(files).toEqual([
      { status: 'A', path: 'src/app.ts' },
      { status: 'A', path: 'src/db/migrations/002.sql' },
      { status: 'A', path: 'src/fixtures/data.sql' },
    ]);
  });

  it('reads files of every size through one reader, whole and decoded, a character cut by a chunk or not', async () => {
    const dir = await tempDir();
    // Sizes around the 64 KiB pieces a pipe hands over, with characters of two, three and four
    // bytes throughout, so that pieces end inside them; read in an order that makes a smaller
    // file follow a larger one.
    const unit = 'ab€😀é\n';
    const files: Record<string, string> = {};
    const bytes = Buffer.byteLength(unit);
    for (const [i, n] of [200_000, 10, 70_000, 65_536, 0, 1_000_000, 3].entries())
      files[`f${i}.txt`] = `${'x'.repeat(n % bytes)}${unit.repeat(Math.floor(n / bytes))}`;
    const base = await makeRepo(dir, files);
    const change = source(dir, { base, head: base });
    const names = Object.keys(files);
    const order = [...names, ...[...names].reverse()];
    const read = await Promise.all(order.map((f) => change.read(base, f)));
    expect(read).toEqual(order.map((f) => files[f]));
    for (const f of names) expect(await change.read(base, f)).toBe(files[f]);
    change.close();
  });

  it('reads files and greps at any revision without a checkout', async () => {
    const dir = await tempDir();
    const base = await makeRepo(dir, { 'web/app.py': '@app.route("/a")\n' });
    const headSha = await commit(dir, {
      'web/app.py': 'x = 1\n@app.route("/b")\n',
      'web/more.py': '@app.route("/c")\n',
    });
    const change = source(dir, { base, head: headSha });
    expect(await change.read(base, 'web/app.py')).toBe('@app.route("/a")\n');
    expect(await change.read(base, 'web/more.py')).toBeUndefined();
    const hits: unknown[] = [];
    await change.grep(headSha, ['route\\('], [':(top,glob)**/*.py'], (h) => hits.push(h));
    expect(hits).toEqual([
      { path: 'web/app.py', line: 2, text: '@app.route("/b")' },
      { path: 'web/more.py', line: 1, text: '@app.route("/c")' },
    ]);
    expect(await change.listFiles(base, ['web/**'])).toEqual(['web/app.py']);
  });
});

describe('streaming ends cleanly', () => {
  it('stops git when the consumer fails or the check is aborted, and says why', async () => {
    const dir = await tempDir();
    const base = await makeRepo(dir, {});
    await commit(dir, { 'big.txt': `${'line\n'.repeat(200_000)}` });
    const change = source(dir, { base });
    await expect(
      change.scan({
        added: () => {
          throw new Error('scanner broke');
        },
      }),
    ).rejects.toThrow('scanner broke');
    const stop = new AbortController();
    await expect(
      change.scan({ added: () => stop.abort(new Error('check timed out')) }, { signal: stop.signal }),
    ).rejects.toThrow('check timed out');
    // The source still works after both.
    expect((await collect(change)).stats.addedLines).toBe(200_000);
  });
});

describe('line splitting and parsing', () => {
  it('splits on LF only and hands out over-long lines in overlapping pieces', () => {
    const seen: [string, number][] = [];
    const s = new LineSplitter((t, p) => seen.push([t, p]), 10, 3);
    s.push(Buffer.from('ab\rc\nshort\n0123456789ABCDEF'));
    s.push(Buffer.from('GHIJ\nend'));
    s.end();
    expect(seen).toEqual([
      ['ab\rc', 0],
      ['short', 0],
      ['0123456789', 0],
      ['789ABCDEFG', 1],
      ['EFGHIJ', 2],
      ['end', 0],
    ]);
    expect(s.longLines).toBe(1);
  });

  it('cuts a text that is not streamed (a binary file’s run) into the same pieces', () => {
    expect(linePieces('0123456789ABCDEFGHIJ', 10, 3)).toEqual(['0123456789', '789ABCDEFG', 'EFGHIJ']);
    expect(linePieces('short', 10, 3)).toEqual(['short']);
    // Every stretch up to the overlap lies whole in one piece.
    const text = Array.from({ length: 50 }, (_, i) => String.fromCharCode(65 + (i % 26)) + (i % 7)).join('');
    const pieces = linePieces(text, 16, 4);
    for (let at = 0; at + 4 <= text.length; at++)
      expect(pieces.some((p) => p.includes(text.slice(at, at + 4)))).toBe(true);
  });

  it('gives the pieces of a long added line the same line number', () => {
    const added: [number, string, number][] = [];
    const p = new DiffParser({ added: (_f, line, text, piece) => added.push([line, text, piece]) });
    for (const l of ['diff --git a/f b/f', '--- a/f', '+++ b/f', '@@ -3,0 +4,2 @@']) p.line(l, 0);
    p.line('+first', 0);
    p.line('rest', 1);
    p.line('+second', 0);
    p.end();
    expect(added).toEqual([
      [4, 'first', 0],
      [4, 'rest', 1],
      [5, 'second', 0],
    ]);
  });

  it('unquotes C-quoted paths', () => {
    expect(unquotePath('"a\\tb\\"c\\\\"')).toBe('a\tb"c\\');
    expect(unquotePath('"\\303\\274.txt"')).toBe('ü.txt');
    expect(unquotePath('plain')).toBe('plain');
  });
});
