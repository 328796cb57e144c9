import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { releaseNotes } from '../../src/change/commits.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { commit, makeRepo, PLAIN_ENV } from '../change/repo.js';
import { tempDir } from '../helpers/fs.js';
import { git } from '../helpers/git.js';
import { CONFIG, gate } from './helpers.js';

const RULES = `version: 1
profiles:
  pr: { checks: [config] }
checks:
  config: { type: files, paths: [.github/promotion-gate.yml] }
`;

/** `count` commits on top of HEAD in one `git fast-import` (seconds, not minutes, for thousands). */
function fastCommits(dir: string, count: number): void {
  const head = git(dir, 'rev-parse', 'HEAD').trim();
  const parts: string[] = [];
  for (let i = 1; i <= count; i++) {
    const body = `line ${i}\n`;
    const msg = `chore: step ${i}`;
    parts.push(
      'commit refs/heads/main',
      `committer Bot <bot@example.com> ${1_700_000_000 + i} +0000`,
      `data ${Buffer.byteLength(msg)}`,
      msg,
      ...(i === 1 ? [`from ${head}`] : []),
      'M 100644 inline history.txt',
      `data ${Buffer.byteLength(body)}`,
      body,
    );
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: `${parts.join('\n')}\n` });
  git(dir, 'reset', '-q', '--hard', 'main');
}

describe('release notes: "Changes in this promotion"', () => {
  it('lists a long history with merges and renames, bounded, with pull requests, diff size and areas', async () => {
    const dir = await tempDir();
    const base = await makeRepo(dir, {
      [CONFIG]: RULES,
      'src/old-name.ts': 'export const a = 1;\n',
      'package.json': '{ "dependencies": {} }\n',
    });
    fastCommits(dir, 1000);
    git(dir, 'checkout', '-q', '-b', 'feature');
    git(dir, 'mv', 'src/old-name.ts', 'src/new-name.ts');
    await commit(dir, {}, 'Rename the module');
    await commit(
      dir,
      { 'db/migrations/001_init.sql': 'CREATE TABLE t (id int);\n' },
      'Add the first migration',
    );
    await commit(dir, { 'app/api/users/route.ts': 'export async function GET() {}\n' }, 'Users route (#78)');
    git(dir, 'checkout', '-q', 'main');
    await commit(dir, { 'package.json': '{ "dependencies": { "left-pad": "1.3.0" } }\n' }, 'Add left-pad');
    git(dir, 'merge', '-q', '--no-ff', '-m', 'Merge pull request #77 from acme/feature', 'feature');
    // A subject holding a token: the report masks it like every other output.
    const token = `ghp_${'Ab1Cd2Ef3Gh4'.repeat(3)}`;
    await commit(dir, { [CONFIG]: `${RULES}# tuned\n` }, `Tune the gate, token ${token}`);

    const run = await gate(dir, { env: PLAIN_ENV, base });
    const changes = run.report.changes;
    if (!changes || 'error' in changes) throw new Error(`no release notes: ${JSON.stringify(changes)}`);
    expect(changes.total).toBe(1000 + 3 + 1 + 1 + 1);
    expect(changes.commits).toHaveLength(200);
    expect(changes.omitted).toBe(changes.total - 200);
    expect(changes.commits[0]!.subject).toBe('Tune the gate, token ***');
    expect(changes.commits).toContainEqual(
      expect.objectContaining({
        subject: 'Merge pull request #77 from acme/feature',
        pulls: [77],
        merge: true,
      }),
    );
    expect(changes.commits).toContainEqual(
      expect.objectContaining({ subject: 'Users route (#78)', pulls: [78] }),
    );
    expect(changes.pullRequests).toEqual([77, 78]);
    expect(changes.stat).toEqual({ files: 6, insertions: 5, deletions: 1 });
    expect(changes.areas).toEqual([
      { name: 'migrations', files: 1, examples: ['db/migrations/001_init.sql'] },
      { name: 'dependencies', files: 1, examples: ['package.json'] },
      { name: 'routes', files: 1, examples: ['app/api/users/route.ts'] },
      { name: 'config', files: 1, examples: [CONFIG] },
    ]);
    expect(JSON.stringify(changes).length).toBeLessThan(40_000);
    expect(JSON.stringify(run.report)).not.toContain(token);

    const md = run.markdown;
    expect(md).toContain('### Changes in this promotion');
    expect(md).toContain(
      `\`${base.slice(0, 7)}..${changes.head.slice(0, 7)}\` · 1006 commits · 6 files changed, +5 −1 · migrations (1), dependencies (1), routes (1), config (1) · pull requests #77, #78`,
    );
    expect(md).toContain('<details><summary>Commits and changed areas</summary>');
    expect(md.match(/^- `[0-9a-f]{7}` /gm)).toHaveLength(50);
    expect(md).toContain('- … 956 more commit(s) (report.json lists 200)');
    // A report cut to fit keeps the one line and drops the list.
    const small = renderMarkdown(run.report, { budget: md.length - 2000 });
    expect(small).toContain('· 1006 commits ·');
  });

  it('a base given with no diff check to resolve it: the notes are made all the same', async () => {
    const dir = await tempDir();
    const base = await makeRepo(dir, { [CONFIG]: RULES });
    await commit(dir, { 'a.txt': 'a\n' }, 'One more (#5)');
    const run = await gate(dir, { env: PLAIN_ENV, base });
    expect(run.report.changes).toMatchObject({ total: 1, pullRequests: [5], stat: { files: 1 } });
  });
});

describe('release notes: the gits they take', () => {
  /** The commands of every git started with `env`, read from git's own trace. */
  const gitsOf = (trace: string) =>
    readFileSync(trace, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { event: string; argv?: string[] })
      .filter((e) => e.event === 'start')
      .map((e) => e.argv!.find((a, i) => i > 0 && !a.startsWith('-') && e.argv![i - 1] !== '-c'));

  it('lists a short range with one git, and counts a long one with a second', async () => {
    const dir = await tempDir();
    const base = await makeRepo(dir, { 'a.txt': 'a\n' });
    for (let i = 0; i < 3; i++) await commit(dir, { 'a.txt': `a${i}\n` }, `Step ${i} (#${i + 1})`);
    const head = git(dir, 'rev-parse', 'HEAD').trim();
    const notes = (trace: string, maxCommits: number) =>
      releaseNotes(
        { cwd: dir, env: { ...PLAIN_ENV, GIT_TRACE2_EVENT: trace } },
        { base, head },
        { maxCommits, areas: [] },
      );

    const short = path.join(dir, 'short.trace');
    const all = await notes(short, 3);
    expect(all).toMatchObject({ total: 3, omitted: 0, pullRequests: [1, 2, 3] });
    expect(all.commits.map((c) => c.subject)).toEqual(['Step 2 (#3)', 'Step 1 (#2)', 'Step 0 (#1)']);
    expect(gitsOf(short).filter((g) => g === 'log' || g === 'rev-list')).toEqual(['log']);

    const long = path.join(dir, 'long.trace');
    const cut = await notes(long, 2);
    expect(cut).toMatchObject({ total: 3, omitted: 1, pullRequests: [2, 3] });
    expect(cut.commits.map((c) => c.subject)).toEqual(['Step 2 (#3)', 'Step 1 (#2)']);
    expect(gitsOf(long).filter((g) => g === 'log' || g === 'rev-list')).toEqual(['log', 'rev-list']);
  });
});

describe('release notes: what a commit subject holds', () => {
  it('a subject holding the separators of the log cannot add a commit to the notes', async () => {
    const dir = await tempDir();
    const base = await makeRepo(dir, { 'a.txt': 'a\n' });
    const forged = `Tidy up\x1e\n${'a'.repeat(40)}\x1fEve\x1f\x1fForged release (#99)\x1f`;
    await commit(dir, { 'a.txt': 'b\n' }, forged);
    await commit(dir, { 'a.txt': 'c\n' }, 'Real change (#5)');
    const head = git(dir, 'rev-parse', 'HEAD').trim();
    const notes = await releaseNotes({ cwd: dir, env: PLAIN_ENV }, { base, head }, { areas: [] });
    expect(notes.total).toBe(2);
    expect(notes.commits).toHaveLength(2);
    expect(notes.commits.map((c) => c.sha)).not.toContain('a'.repeat(12));
    expect(notes.commits.map((c) => c.author)).not.toContain('Eve');
    expect(notes.commits[1]!.subject).toMatch(/^Tidy up {2}a{40} Eve {2}Forged release \(#99\)/);
  });
});

describe('release notes: what waits for what', () => {
  it('sorts the changed files into areas once their names are known, not after the line counts', async () => {
    const dir = await tempDir();
    const base = await makeRepo(dir, { 'a.txt': 'a\n' });
    await commit(dir, { 'db/1.sql': 'create table t (id int);\n' }, 'Add a table');
    const head = git(dir, 'rev-parse', 'HEAD').trim();
    // The line counts of a scanned diff come when its scan ends, here a turn of the event loop
    // after the names; sorting the files should not wait for them.
    let counted = false;
    const sortedAfterCounts: boolean[] = [];
    const notes = await releaseNotes(
      { cwd: dir, env: PLAIN_ENV },
      { base, head },
      {
        diff: {
          stat: () =>
            new Promise((resolve) =>
              setImmediate(() => {
                counted = true;
                resolve({ files: 1, insertions: 1, deletions: 0 });
              }),
            ),
          paths: async () => ['db/1.sql'],
        },
        areas: [
          {
            name: 'migrations',
            match: (p) => {
              sortedAfterCounts.push(counted);
              return p.endsWith('.sql');
            },
          },
        ],
      },
    );
    expect(notes.areas).toEqual([{ name: 'migrations', files: 1, examples: ['db/1.sql'] }]);
    expect(notes.stat).toEqual({ files: 1, insertions: 1, deletions: 0 });
    expect(sortedAfterCounts).toEqual([false]);
  });
});
