import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastPromotedFrom } from '../../src/change/lastPromoted.js';
import { describeRange } from '../../src/change/range.js';
import { optionRef } from '../../src/core/optionRef.js';
import { ChangeRangeError } from '../../src/change/types.js';
import type { HistoryView, RunSummary } from '../../src/history/types.js';
import { tempDir } from '../helpers/fs.js';
import { git } from '../helpers/git.js';
import { collect, commit, makeRepo, PLAIN_ENV, source } from './repo.js';

function run(verdict: 'promote' | 'hold', sha: string | undefined, runId: string): RunSummary {
  return {
    schemaVersion: 1,
    profile: 'prod',
    runId,
    startedAt: '2026-05-01T10:00:00.000Z',
    finishedAt: '2026-05-01T10:01:00.000Z',
    verdict,
    score: verdict === 'promote' ? 5 : 1,
    action: verdict === 'promote' ? 'auto-promote' : 'hold',
    level: 'ga_ready',
    ...(sha ? { sha } : {}),
    hotfixChecks: [],
    checks: [],
  };
}

function view(runs: RunSummary[], problems: string[] = []): HistoryView {
  return { describe: () => 'test history', read: async () => ({ runs, problems }) };
}

async function prEvent(dir: string, base: string, head: string, name = 'pull_request') {
  const file = path.join(dir, '..', `${path.basename(dir)}-event.json`);
  await writeFile(
    file,
    JSON.stringify({ pull_request: { number: 7, base: { sha: base, ref: 'main' }, head: { sha: head } } }),
  );
  return { ...PLAIN_ENV, GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: file };
}

describe('diff range resolution', () => {
  it('takes an explicit base and head first, and compares the two trees', async () => {
    const dir = await tempDir();
    const v1 = await makeRepo(dir, { 'a.txt': '1\n' });
    const v2 = await commit(dir, { 'a.txt': '2\n' });
    const r = await source(dir, { base: v1, head: 'HEAD', defaultBase: 'HEAD~1' }).range();
    expect(r).toMatchObject({
      base: v1,
      head: v2,
      baseRef: v1,
      headRef: 'HEAD',
      source: 'input',
      mergeBase: false,
      fetched: [],
    });
    expect(describeRange(r)).toBe(`${v1.slice(0, 7)}..${v2.slice(0, 7)} (given base)`);
  });

  it('takes a pull request from the event payload and compares from the merge base', async () => {
    const dir = await tempDir();
    const root = await makeRepo(dir, { 'a.txt': 'root\n' });
    git(dir, 'checkout', '-q', '-b', 'feature');
    const feature = await commit(dir, { 'feature.txt': 'added on the branch\n' });
    git(dir, 'checkout', '-q', 'main');
    // The base branch moved on after the branch was cut: its change is not part of the PR.
    const mainTip = await commit(dir, { 'main-only.txt': 'added on main\n' });
    const env = await prEvent(dir, mainTip, feature);
    const change = source(dir, { env, lastPromoted: async () => ({ sha: root, detail: 'never used' }) });
    const r = await change.range();
    expect(r).toMatchObject({
      base: root,
      head: feature,
      baseRef: mainTip,
      source: 'pull_request',
      mergeBase: true,
    });
    expect(r.sourceDetail).toBe('pull request #7 into main');
    const got = await collect(change);
    expect(got.lines).toEqual([{ file: 'feature.txt', line: 1, text: 'added on the branch' }]);
    expect(change.settled()).toMatchObject({ base: root, head: feature, source: 'pull_request' });
  });

  it('reads pull_request_target and merge_group payloads too', async () => {
    const dir = await tempDir();
    const a = await makeRepo(dir, { 'a.txt': '1\n' });
    const b = await commit(dir, { 'a.txt': '2\n' });
    const target = await source(dir, { env: await prEvent(dir, a, b, 'pull_request_target') }).range();
    expect(target).toMatchObject({ base: a, head: b, source: 'pull_request' });
    const file = path.join(dir, '..', 'mg.json');
    await writeFile(
      file,
      JSON.stringify({ merge_group: { base_sha: a, head_sha: b, head_ref: 'gh-readonly-queue/main/pr-1' } }),
    );
    const mg = await source(dir, {
      env: { ...PLAIN_ENV, GITHUB_EVENT_NAME: 'merge_group', GITHUB_EVENT_PATH: file },
    }).range();
    expect(mg).toMatchObject({ base: a, head: b, source: 'merge_group', mergeBase: true });
  });

  it('falls back to the last promoted run of the profile, then to defaults.base', async () => {
    const dir = await tempDir();
    const v1 = await makeRepo(dir, { 'a.txt': '1\n' });
    const v2 = await commit(dir, { 'a.txt': '2\n' });
    const v3 = await commit(dir, { 'a.txt': '3\n' });
    const history = view([
      run('promote', v1, 'r1'),
      run('promote', v2, 'r2'),
      run('hold', v3, 'r3'),
      run('promote', undefined, 'r4'),
    ]);
    const fromHistory = await source(dir, {
      lastPromoted: lastPromotedFrom(history),
      defaultBase: 'HEAD~2',
    }).range();
    expect(fromHistory).toMatchObject({ base: v2, head: v3, source: 'history', mergeBase: false });
    expect(fromHistory.sourceDetail).toBe('last promoted run r2 of 2026-05-01');

    const nothingPromoted = await source(dir, {
      lastPromoted: lastPromotedFrom(view([run('hold', v3, 'r1')])),
      defaultBase: 'HEAD~2',
    }).range();
    expect(nothingPromoted).toMatchObject({ base: v1, source: 'config', sourceDetail: 'defaults.base' });

    const broken = await source(dir, {
      lastPromoted: lastPromotedFrom(view([], ['history.jsonl:3: not JSON'])),
      defaultBase: 'HEAD~1',
    }).range();
    expect(broken).toMatchObject({ base: v2, source: 'config' });
    expect(broken.sourceDetail).toBe('defaults.base (history could not be read: history.jsonl:3: not JSON)');
  });

  it('says how to give a base when there is none, and never diffs an empty range silently', async () => {
    const dir = await tempDir();
    await makeRepo(dir, { 'a.txt': '1\n' });
    const change = source(dir);
    await expect(change.range()).rejects.toThrow(ChangeRangeError);
    await expect(change.range()).rejects.toThrow(
      `no base revision to compare with: set ${optionRef('base')}, run on a pull_request event, keep a history of promotions, or set \`defaults.base\` in the config (e.g. origin/main)`,
    );
    await expect(change.scan({ added: () => undefined })).rejects.toThrow('no base revision');
    expect(change.settled()).toEqual({ error: expect.stringContaining('no base revision') });
  });

  it('names a revision that does not exist, and a directory that is not a repository', async () => {
    const dir = await tempDir();
    await makeRepo(dir, { 'a.txt': '1\n' });
    await expect(source(dir, { base: 'v9.9.9' }).range()).rejects.toThrow(
      // A complete clone: the name is wrong, not the clone's depth.
      `base (given base) "v9.9.9" is not in this clone, and the repository has no remote to fetch it from. Check the revision given to ${optionRef('base')}: a branch, tag or commit of this repository.`,
    );
    const plain = await tempDir();
    await expect(
      source(plain, {
        base: 'HEAD',
        env: { ...PLAIN_ENV, GIT_CEILING_DIRECTORIES: path.dirname(plain) },
      }).range(),
    ).rejects.toThrow(`${plain} is not inside a git repository`);
  });

  it('says whether the clone holds the range, from the one lookup that starts resolving it', async () => {
    const dir = await tempDir();
    const v1 = await makeRepo(dir, { 'a.txt': '1\n' });
    await commit(dir, { 'a.txt': '2\n' });
    const held = source(dir, { base: v1 });
    expect(await held.local!()).toBe(true);
    expect((await held.range()).base).toBe(v1);
    // A name git could not read as one line of its input is no commit; nothing else is asked.
    for (const base of ['v9.9.9', `${v1}\nHEAD`, `HEAD\r`]) {
      const missing = source(dir, { base });
      expect(await missing.local!()).toBe(false);
      await expect(missing.range()).rejects.toThrow('is not in this clone');
    }
    // A range that cannot be resolved at all is not held either.
    expect(await source(dir).local!()).toBe(false);
  });

  it('resolves once per gate, however many checks ask at once', async () => {
    const dir = await tempDir();
    const v1 = await makeRepo(dir, { 'a.txt': '1\n' });
    await commit(dir, { 'a.txt': '2\n' });
    let asked = 0;
    const change = source(dir, {
      lastPromoted: async () => {
        asked++;
        return { sha: v1, detail: 'r1' };
      },
    });
    const all = await Promise.all([change.range(), change.range(), change.range()]);
    expect(asked).toBe(1);
    expect(new Set(all).size).toBe(1);
  });
});
