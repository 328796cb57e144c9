import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { enableThreads } from '../../src/adapters/threads.js';
import { binaryTextLines, gained } from '../../src/change/binaryText.js';
import { MAX_BINARY_BYTES, MAX_HISTORY_COMMITS } from '../../src/change/stream.js';
import type { CheckResult } from '../../src/core/types.js';
import { runCheck } from './run.js';
import { tempDir } from '../helpers/fs.js';
import { Planter } from '../change/plant.js';
import { commit, makeRepo, source } from '../change/repo.js';

/**
 * Secrets that are in no added line of the range's diff, and still in what the change pushes.
 *
 * git calls a file binary when a NUL byte is among its first 8,000 bytes and prints no lines for
 * it: one NUL put in an .env file, or a config saved as UTF-16, would hide its credentials from a
 * scan of the diff's lines. The secrets scan reads the text such a file gained from its content.
 *
 * A value one commit adds and a later one removes is in no line of the diff either, and stays in
 * the history: the scan reads each commit of the range too.
 */

/** Scan threads run the built bundle, as in a gate. */
const BUNDLE = pathToFileURL(path.resolve('dist/lib/index.js')).href;

afterEach(() => enableThreads(undefined));

const run = (dir: string, base: string, spec: Record<string, unknown> = {}) =>
  runCheck('secrets', spec, {
    cwd: dir,
    outputDir: path.join(dir, '.out'),
    deps: { change: source(dir, { base }) },
  });

const lines = (r: CheckResult) =>
  r.findings.filter((f) => f.level !== 'notice').map((f) => `${f.level} ${f.file}:${f.line}`);

const utf16 = (text: string, bom: 'le' | 'be' | 'none') => {
  const le = Buffer.from(text, 'utf16le');
  if (bom === 'none') return le;
  if (bom === 'le') return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
  const be = Buffer.from(le);
  be.swap16();
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
};

describe('text in binary files', () => {
  it('is found as `strings` finds it, each line on the line it is on', () => {
    const bytes = Buffer.concat([
      Buffer.from('\x00\x01PK\x03\x04'),
      Buffer.from('first line of text\nshort\n\x00AWS_KEY=AKIAABCDEFGHIJKLMNOP\n'),
      utf16('\nwide text in utf-16', 'none'),
    ]);
    expect(binaryTextLines(bytes)).toEqual([
      { line: 1, text: 'first line of text' },
      { line: 3, text: 'AWS_KEY=AKIAABCDEFGHIJKLMNOP' },
      { line: 5, text: 'wide text in utf-16' },
    ]);
    expect(binaryTextLines(utf16('a=1\r\n\r\ntoken: abc', 'le'))).toEqual([
      { line: 1, text: 'a=1' },
      { line: 3, text: 'token: abc' },
    ]);
    // What a file gained over its base: a line held once more counts, by its index.
    expect(gained(['a', 'b', 'a', 'c'], ['a', 'b'])).toEqual(new Set([2, 3]));
    expect(gained(['a'], undefined)).toEqual(new Set([0]));
    // Big-endian without a mark: its runs are found as they are.
    expect(binaryTextLines(utf16('\x01big-endian run\n', 'be').subarray(2))).toEqual([
      { line: 1, text: 'big-endian run' },
    ]);
    expect(binaryTextLines(utf16('x\ny = big-endian', 'be'))).toEqual([
      { line: 1, text: 'x' },
      { line: 2, text: 'y = big-endian' },
    ]);
  });

  it.each([
    ['on the main thread', false],
    ['on a scan thread', true],
  ])(
    'cannot hide a secret %s: a NUL byte in a text file, UTF-16 with and without a mark, text in an image',
    async (_where, threads) => {
      if (threads) enableThreads(BUNDLE);
      const dir = await tempDir();
      const p = new Planter(41);
      const [a, b, c, d] = [p.chars(36), p.chars(36), p.chars(36), p.chars(36)];
      const base = await makeRepo(dir, { 'README.md': '# app\n' });
      await commit(dir, {
        'config/app.env': `\x00\nNAME=app\nGH_TOKEN=ghp_${a}\n`,
        'deploy/settings.ini': utf16(`[deploy]\r\nGH_TOKEN=ghp_${b}\r\n`, 'le'),
        'deploy/wide.txt': utf16(`x\ntoken = ghp_${c}\n`, 'none'),
        'assets/logo.png': Buffer.concat([
          Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
          Buffer.from(`tEXtComment\x00ghp_${d}\x00`),
        ]),
      });
      const r = await run(dir, base);
      expect(r.status).toBe('fail');
      expect(lines(r).sort()).toEqual([
        'failure assets/logo.png:3',
        'failure config/app.env:3',
        'failure deploy/settings.ini:2',
        'failure deploy/wide.txt:2',
      ]);
      expect(r.metrics).toMatchObject({ filesScanned: 4, binaryFilesScanned: 4, binaryFilesSkipped: 0 });
      // Never a fragment of the value.
      for (const v of [a, b, c, d]) expect(JSON.stringify(r)).not.toContain(v.slice(0, 12));
    },
  );

  it('reports only what a changed binary file gained, not what its base held', async () => {
    const dir = await tempDir();
    const p = new Planter(43);
    const [old, added] = [p.chars(36), p.chars(36)];
    const held = `\x00\x01OLD_TOKEN=ghp_${old}\n${'padding line of the file\n'.repeat(40)}`;
    const base = await makeRepo(dir, { 'data/creds.bin': held });
    const first = await commit(dir, { 'data/creds.bin': `${held}\x00\x02NEW_TOKEN=ghp_${added}\n` });
    expect(lines(await run(dir, base))).toEqual(['failure data/creds.bin:42']);
    // Moved with a change, the same: what the file held before it moved is not new.
    await commit(dir, {
      'data/creds.bin': null,
      'secrets/creds.bin': `${held}\x00\x02NEW_TOKEN=ghp_${added}\nmore text here\n`,
    });
    const r = await run(dir, first);
    expect(r.status).toBe('pass');
    expect(r.metrics).toMatchObject({ binaryFilesScanned: 1 });
  });

  it('leaves binary files under allowPaths, and an image with no secret passes', async () => {
    const dir = await tempDir();
    const p = new Planter(47);
    const noise = Buffer.from(Array.from({ length: 64 * 1024 }, (_, i) => (i * 7919 + (i >> 3)) & 0xff));
    const base = await makeRepo(dir, { 'README.md': '# app\n' });
    await commit(dir, {
      'fixtures/dump.bin': `\x00TOKEN=ghp_${p.chars(36)}\n`,
      'assets/photo.jpg': Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0]), noise]),
    });
    const r = await run(dir, base, { allowPaths: ['fixtures/**'] });
    expect(r.status).toBe('pass');
    expect(r.metrics).toMatchObject({ allowedFiles: 1, binaryFilesScanned: 1, binaryFilesSkipped: 0 });
  });

  it('names a binary file too large to read as not scanned, and warns', async () => {
    const dir = await tempDir();
    const base = await makeRepo(dir, { 'README.md': '# app\n' });
    const big = Buffer.alloc(MAX_BINARY_BYTES + 1, 0x41);
    big[0] = 0;
    await commit(dir, { 'models/weights.bin': big });
    const r = await run(dir, base);
    expect(r.status).toBe('warn');
    expect(r.summary).toMatch(
      /1 binary file\(s\) not scanned, first models\/weights\.bin: 17 MiB, over the 16 MiB/,
    );
    expect(r.findings).toContainEqual(
      expect.objectContaining({ level: 'warning', file: 'models/weights.bin' }),
    );
    expect(r.metrics).toMatchObject({ binaryFilesScanned: 0, binaryFilesSkipped: 1 });
  });
});

describe('values the range added and removed again', () => {
  it.each([
    ['on the main thread', false],
    ['on a scan thread', true],
  ])(
    'are found in the commit that added them %s, once, and a value still at head only at head',
    async (_where, threads) => {
      if (threads) enableThreads(BUNDLE);
      const dir = await tempDir();
      const p = new Planter(53);
      const [gone, kept, binary] = [p.chars(36), p.chars(36), p.chars(36)];
      const base = await makeRepo(dir, { 'README.md': '# app\n' });
      const added = await commit(dir, {
        'deploy/run.sh': `#!/bin/sh\nexport GH_TOKEN=ghp_${gone}\n`,
        'config/app.env': `GH_TOKEN=ghp_${kept}\n`,
        'data/dump.bin': `\x00\x01TOKEN=ghp_${binary}\n`,
      });
      await commit(dir, { 'deploy/run.sh': '#!/bin/sh\nexport GH_TOKEN="$(cat /run/secrets/gh)"\n' });
      await commit(dir, { 'config/app.env': `GH_TOKEN=ghp_${kept}\nMORE=1\n`, 'data/dump.bin': null });
      const r = await run(dir, base);
      expect(r.status).toBe('fail');
      expect(lines(r).sort()).toEqual(['failure config/app.env:1', 'failure deploy/run.sh:undefined']);
      const old = r.findings.find((f) => f.file === 'deploy/run.sh')!;
      expect(old.message).toBe(
        `GitHub personal access token: *** (40 chars) — added in commit ${added.slice(0, 12)} (line 2), not in the file at head: it stays in the history; rotate it`,
      );
      expect(r.metrics).toMatchObject({ commitsScanned: 3, findings: 2 });
      expect(r.summary).toMatch(/\(and each of its 3 commits\)/);
      // Its value is registered like any other found: nothing the gate writes holds it.
      for (const v of [gone, kept, binary]) expect(JSON.stringify(r)).not.toContain(v.slice(0, 12));
    },
  );

  it('are not read again when the range is one commit on its base', async () => {
    const dir = await tempDir();
    const p = new Planter(59);
    const base = await makeRepo(dir, { 'README.md': '# app\n' });
    await commit(dir, { 'config/app.env': `GH_TOKEN=ghp_${p.chars(36)}\n` });
    const r = await run(dir, base);
    expect(lines(r)).toEqual(['failure config/app.env:1']);
    expect(r.metrics).toMatchObject({ commitsScanned: 0, findings: 1 });
  });

  it('reads the newest commits of a long range and says how many it left', async () => {
    const dir = await tempDir();
    const p = new Planter(61);
    const base = await makeRepo(dir, { 'README.md': '# app\n' });
    // The oldest commit adds a value, the next removes it, and a thousand more follow: one
    // fast-import, not a process per commit.
    const n = MAX_HISTORY_COMMITS + 2;
    const stream: string[] = [];
    for (let i = 1; i <= n; i++) {
      const text = i === 1 ? `GH_TOKEN=ghp_${p.chars(36)}\n` : `step ${i}\n`;
      stream.push(
        'commit refs/heads/main',
        `committer Test <test@example.com> ${1_700_000_000 + i} +0000`,
        'data 5',
        `c${String(i).padStart(4, '0')}`,
        ...(i === 1 ? [`from ${base}`] : []),
        `M 100644 inline ${i === 1 || i === 2 ? 'config/app.env' : 'log.txt'}`,
        `data ${Buffer.byteLength(text)}`,
        text,
      );
    }
    execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: `${stream.join('\n')}\n` });
    const r = await run(dir, base);
    expect(r.status).toBe('pass');
    expect(r.metrics).toMatchObject({ commitsScanned: MAX_HISTORY_COMMITS, findings: 0 });
    expect(r.findings).toContainEqual({
      level: 'notice',
      message: `the newest ${MAX_HISTORY_COMMITS} of the range's ${n} commits were read one by one for values a later commit removed`,
    });
  });

  it('reads the commits up to a limit of bytes of their diffs, newest first, and says so', async () => {
    const dir = await tempDir();
    const p = new Planter(67);
    const base = await makeRepo(dir, { 'README.md': '# app\n' });
    await commit(dir, { 'deploy/run.sh': `export GH_TOKEN=ghp_${p.chars(36)}\n` });
    await commit(dir, { 'deploy/run.sh': 'export GH_TOKEN="$(cat /run/secrets/gh)"\n' });
    for (let i = 0; i < 3; i++) await commit(dir, { [`data/${i}.txt`]: `row ${i}\n`.repeat(400) });
    const r = await runCheck(
      'secrets',
      {},
      {
        cwd: dir,
        outputDir: path.join(dir, '.out'),
        deps: { change: source(dir, { base, maxHistoryBytes: 4096 }) },
      },
    );
    expect(r.status).toBe('pass');
    expect(r.findings).toContainEqual({
      level: 'notice',
      message: `the newest ${r.metrics!.commitsScanned} of the range's 5 commits were read one by one for values a later commit removed, up to 4 KiB of their diffs`,
    });
    expect(r.metrics!.commitsScanned).toBeLessThan(5);
    // Without the limit, the same range holds the value.
    expect((await run(dir, base)).status).toBe('fail');
  });
});
