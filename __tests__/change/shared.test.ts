import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/adapters/logger.js';
import { runGate } from '../../src/app/gate.js';
import { parseShortstat } from '../../src/change/source.js';
import type { DiffVisitor } from '../../src/change/types.js';
import type { PlannedCheck } from '../../src/config/types.js';
import { readsWholeDiff } from '../../src/engine/runChecks.js';
import { tempDir, writeFiles } from '../helpers/fs.js';
import { countingGit, diffs, subcommand } from './countingGit.js';
import { commit, makeRepo, source } from './repo.js';

/** A visitor that keeps every line it is handed. */
function keeper() {
  const lines: string[] = [];
  const files: string[] = [];
  const visitor: DiffVisitor = {
    file: (h) => void files.push(h.path ?? ''),
    added: (file, line, text) => void lines.push(`${file}:${line}:${text}`),
  };
  return { visitor, lines, files };
}

async function twoCommits(dir: string, files: Record<string, string>) {
  const base = await makeRepo(dir, { 'README.md': '# r\n' });
  const head = await commit(dir, files);
  return { base, head };
}

describe('the change is read once for the checks that share it', () => {
  it('the same file list asked for again is one git; other pathspecs are another', async () => {
    const dir = await tempDir();
    const g = await countingGit();
    const { base, head } = await twoCommits(dir, { 'a.sql': 'x\n', 'b.txt': 'y\n' });
    const change = source(dir, { base, head, env: g.env });
    const [one, two] = await Promise.all([change.files(), change.files({ paths: [] })]);
    const three = await change.files();
    const sql = await change.files({ paths: [':(glob)*.sql'] });
    expect(one).toEqual(two);
    expect(three).toEqual(one);
    // Each caller has its own list: one sorting it cannot reorder another's.
    expect(three).not.toBe(one);
    expect(sql.map((f) => f.path)).toEqual(['a.sql']);
    expect(diffs(await g.calls(), '--name-status')).toHaveLength(2);
    change.close();
  });

  it('scans of the same pathspecs started together read one git stream, each visitor seeing every line', async () => {
    const dir = await tempDir();
    const g = await countingGit();
    const { base, head } = await twoCommits(dir, { 'a.txt': 'one\ntwo\n', 'b.txt': 'three\n' });
    const change = source(dir, { base, head, env: g.env });
    const a = keeper();
    const b = keeper();
    const [sa, sb] = await Promise.all([change.scan(a.visitor), change.scan(b.visitor)]);
    expect(a.lines).toEqual(['a.txt:1:one', 'a.txt:2:two', 'b.txt:1:three']);
    expect(b.lines).toEqual(a.lines);
    expect(sb).toEqual(sa);
    expect(sa).toMatchObject({ files: 2, addedLines: 3 });
    expect(diffs(await g.calls(), '-U0')).toHaveLength(1);
    // Once a scan has run, a new one reads the diff again: nothing of it is kept.
    const c = keeper();
    await change.scan(c.visitor);
    expect(c.lines).toEqual(a.lines);
    expect(diffs(await g.calls(), '-U0')).toHaveLength(2);
    change.close();
  });

  it('each visitor skips files on its own; one that throws or whose check stops is dropped alone', async () => {
    const dir = await tempDir();
    const { base, head } = await twoCommits(dir, { 'a.txt': 'one\n', 'b.txt': 'two\n', 'c.txt': 'three\n' });
    const change = source(dir, { base, head });
    const all = keeper();
    const onlyB = keeper();
    const stop = new AbortController();
    const results = await Promise.allSettled([
      change.scan(all.visitor),
      change.scan({ file: (h) => h.path === 'b.txt', added: onlyB.visitor.added }),
      change.scan({
        added: () => {
          throw new Error('visitor failed');
        },
      }),
      change.scan(
        {
          added: () => stop.abort(new Error('check timed out')),
        },
        { signal: stop.signal },
      ),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'rejected']);
    expect((results[2] as PromiseRejectedResult).reason.message).toBe('visitor failed');
    expect((results[3] as PromiseRejectedResult).reason.message).toBe('check timed out');
    expect(all.lines).toEqual(['a.txt:1:one', 'b.txt:1:two', 'c.txt:1:three']);
    expect(onlyB.lines).toEqual(['b.txt:1:two']);
    change.close();
  });

  it('stops git when every visitor of a scan has gone', async () => {
    const dir = await tempDir();
    const { base, head } = await twoCommits(dir, { 'a.txt': 'one\n' });
    const change = source(dir, { base, head });
    const stop = new AbortController();
    const scan = change.scan({ added: () => undefined }, { signal: stop.signal });
    stop.abort(new Error('check timed out'));
    await expect(scan).rejects.toThrow('check timed out');
    // The source still works: the next scan starts afresh.
    const k = keeper();
    await change.scan(k.visitor);
    expect(k.lines).toEqual(['a.txt:1:one']);
    change.close();
  });

  it('hands a large diff out in turns of the event loop, so timers fire while it is read', async () => {
    const dir = await tempDir();
    const big = Array.from({ length: 60_000 }, (_, i) => `line ${i} ${'x'.repeat(60)}`).join('\n');
    const { base, head } = await twoCommits(dir, { 'big.txt': `${big}\n` });
    const change = source(dir, { base, head });
    let seen = 0;
    let seenWhenTimerFired: number | undefined;
    await change.scan({
      added: () => {
        // Some work per line, so git gets ahead and batches wait to be handed out.
        let x = 0;
        for (let i = 0; i < 200; i++) x += i;
        if (seen++ === 0 && x > 0)
          setTimeout(() => {
            seenWhenTimerFired = seen;
          }, 0);
      },
    });
    expect(seen).toBe(60_000);
    // The timer fired before the last line: the scan did not keep the thread from first to last.
    expect(seenWhenTimerFired).toBeDefined();
    expect(seenWhenTimerFired!).toBeLessThan(60_000);
    change.close();
  });
});

describe("the diff's size for the release notes", () => {
  it('comes from a scan of the whole diff when one runs, the same as git diff --shortstat', async () => {
    const dir = await tempDir();
    const g = await countingGit();
    const base = await makeRepo(dir, {
      'keep.txt': 'a\nb\nc\nd\n',
      'gone.txt': 'one\ntwo\nthree\n',
      'old-name.txt': 'x\ny\nz\nw\nv\n',
      'logo.bin': Buffer.from([0, 1, 2, 3, 0, 255]),
      'tail.txt': 'no newline',
    });
    const head = await commit(dir, {
      'keep.txt': 'a\nB\nc\nd\ne\n',
      'gone.txt': null,
      'old-name.txt': null,
      'new-name.txt': 'x\ny\nz\nw\nv2\n',
      'logo.bin': Buffer.from([0, 9, 2, 3, 0, 255]),
      'tail.txt': 'no newline, still',
      'added.txt': '1\n2\n',
    });
    const expected = execFileSync('git', ['diff', '--shortstat', '-M', base, head], {
      cwd: dir,
      encoding: 'utf8',
    });
    const change = source(dir, { base, head, env: g.env });
    const [stat] = await Promise.all([change.stat!(), change.scan({ added: () => undefined })]);
    expect(stat).toEqual(parseShortstat(expected));
    expect(stat).toMatchObject({ files: 6, deletions: expect.any(Number) });
    // The whole diff was read once: no --shortstat of it, only of the deleted files.
    const shortstats = diffs(await g.calls(), '--shortstat');
    expect(shortstats).toHaveLength(1);
    expect(shortstats[0]).toContain('--diff-filter=D');
    expect(diffs(await g.calls(), '-U0')).toHaveLength(1);
    // Alone, it asks git for the shortstat as before, and agrees.
    expect(await change.stat!()).toEqual(parseShortstat(expected));
    change.close();
  });
});

describe('a gate with all four diff checks', () => {
  it('asks git for each file list, diff stream and file once, and reads HEAD while the checks run', async () => {
    const dir = await tempDir();
    const g = await countingGit();
    const base = await makeRepo(dir, {
      '.github/promotion-gate.yml': `version: 1
profiles:
  prod: { checks: [secrets, secrets-strict, dependencies, migrations, routes, wait] }
checks:
  secrets: { type: secrets }
  secrets-strict: { type: secrets, minEntropy: 2 }
  dependencies: { type: dependencies }
  migrations: { type: migrations }
  routes: { type: routes, presets: [express, nextjs] }
  wait:
    type: command
    # Passes once git has been asked for HEAD while this check still runs.
    run: for i in $(seq 1 200); do grep -q "rev-parse HEAD" "$GIT_LOG" && exit 0; sleep 0.05; done; exit 1
    env: { GIT_LOG: ${JSON.stringify(g.log)} }
`,
      'package.json': JSON.stringify({ name: 'app', dependencies: { left: '1.0.0' } }),
      'src/routes.ts': "router.get('/health', ok);\n",
      'db/migrations/0001_init.sql': 'CREATE TABLE orders (id bigint);\n',
    });
    const head = await commit(dir, {
      'package.json': JSON.stringify({ name: 'app', dependencies: { left: '1.0.1', right: '2.0.0' } }),
      'src/routes.ts': "router.get('/health', ok);\nrouter.post('/orders', create);\n",
      'db/migrations/0002_add.sql': 'ALTER TABLE orders ADD COLUMN note text;\n',
      'db/migrations/0003_drop.sql': 'ALTER TABLE orders DROP COLUMN note;\n',
      'app/api/orders/route.ts': 'export async function GET() {}\n',
      'notes.txt': 'nothing secret here\n',
    });
    await writeFiles(dir, { '.gitignore': '.out/\n' });
    const run = await runGate({
      configPath: path.join(dir, '.github/promotion-gate.yml'),
      profile: 'prod',
      inputs: {},
      env: g.env,
      cwd: dir,
      base,
      head,
      logger: silentLogger,
      outDir: path.join(dir, '.out'),
    });
    const by = Object.fromEntries(run.report.checks.map((c) => [c.id, c]));
    for (const c of run.report.checks) expect(c.status, `${c.id}: ${c.summary}`).not.toBe('error');
    expect(by.wait!.status).toBe('pass');
    const calls = (await g.calls()).map(subcommand);
    const nameStatus = diffs(calls, '--name-status');
    const streams = diffs(calls, '-U0');
    // Dependencies and the Next.js routes both list every file: one git between them.
    expect(nameStatus).toHaveLength(new Set(nameStatus).size);
    // The two secrets checks stream every file through one git.
    expect(streams).toHaveLength(new Set(streams).size);
    expect(streams.filter((c) => !c.includes(' -- '))).toHaveLength(1);
    // The release notes take the diff's size from that stream and its paths from that list.
    expect(calls.filter((c) => c.startsWith('diff --shortstat') && !c.includes('--diff-filter=D'))).toEqual(
      [],
    );
    expect(calls.filter((c) => c.startsWith('diff --name-only'))).toEqual([]);
    // Every file read at a revision (lock files, migrations and their down files) goes through one git.
    expect(calls.filter((c) => c === 'cat-file --batch')).toHaveLength(1);
    // Base and head are looked up by one git, for the range and for the release notes alike; that
    // lookup is the range's first git (whether this is a repository is asked only when it fails).
    expect(calls.filter((c) => c.startsWith('cat-file --batch-check'))).toHaveLength(1);
    expect(calls.filter((c) => c.startsWith('rev-parse --git-dir'))).toEqual([]);
    expect(calls.filter((c) => c.startsWith('rev-parse --verify'))).toEqual([]);
    expect(calls.filter((c) => c.startsWith('cat-file blob'))).toEqual([]);
    expect(run.report.git.sha).toBe(head);
  });
});

describe("the diff's size when the whole-diff scan starts late", () => {
  const turns = async (n: number) => {
    for (let i = 0; i < n; i++) await new Promise<void>((resolve) => setImmediate(resolve));
  };

  it('waits for an announced scan rather than diffing the change a second time', async () => {
    const dir = await tempDir();
    const g = await countingGit();
    const { base, head } = await twoCommits(dir, { 'keep.txt': 'a\nB\n', 'new.txt': '1\n2\n3\n' });
    const expected = parseShortstat(
      execFileSync('git', ['diff', '--shortstat', '-M', base, head], { cwd: dir, encoding: 'utf8' }),
    );
    const change = source(dir, { base, head, env: g.env });
    change.expectWholeScan!();
    const stat = change.stat!();
    // The scan starts well after the size was asked for (its check read other things first).
    await change.range();
    await turns(5);
    await change.scan({ added: () => undefined });
    expect(await stat).toEqual(expected);
    const shortstats = diffs(await g.calls(), '--shortstat');
    expect(shortstats.filter((c) => !c.includes('--diff-filter=D'))).toEqual([]);
    change.close();
  });

  it('is announced by the gate for a secrets check of every file, not for one of some paths', () => {
    const check = (spec: object) => ({ id: 's', type: 'secrets', spec }) as unknown as PlannedCheck;
    expect(readsWholeDiff(check({ paths: [], exclude: [] }))).toBe(true);
    expect(readsWholeDiff(check({ paths: ['src/**'], exclude: [] }))).toBe(false);
    expect(readsWholeDiff(check({ paths: [], exclude: ['vendor/**'] }))).toBe(false);
    expect(readsWholeDiff({ ...check({}), type: 'migrations' } as PlannedCheck)).toBe(false);
  });

  it('diffs the change after all when the announced scan never starts', async () => {
    const dir = await tempDir();
    const { base, head } = await twoCommits(dir, { 'keep.txt': 'a\nB\n' });
    const change = source(dir, { base, head });
    change.expectWholeScan!();
    const stat = change.stat!();
    await turns(5);
    change.scansDone!();
    expect(await stat).toEqual({ files: 1, insertions: 2, deletions: 0 });
    change.close();
  });
});
