import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/fs.js';
import { git } from '../helpers/git.js';
import { collect, commit, makeRepo, PLAIN_ENV, source } from './repo.js';

/** An upstream with history on main and a feature branch, as a runner's remote would have. */
async function upstream() {
  const dir = await tempDir('pg-upstream-');
  const v1 = await makeRepo(dir, { 'app.txt': 'v1\n' });
  git(dir, 'tag', 'v1.0');
  const shas = [v1];
  for (let i = 2; i <= 6; i++) shas.push(await commit(dir, { 'app.txt': `v${i}\n` }, `v${i}`));
  git(dir, 'checkout', '-q', '-b', 'feature');
  const f1 = await commit(dir, { 'feature.txt': 'feature 1\n' });
  const f2 = await commit(dir, { 'feature.txt': 'feature 1\nfeature 2\n' });
  git(dir, 'checkout', '-q', 'main');
  const mainTip = await commit(dir, { 'main-later.txt': 'not part of the feature\n' });
  return { dir, shas, f1, f2, mainTip, url: `file://${dir}` };
}

/** What actions/checkout does by default: one commit of one branch. */
async function shallowClone(url: string, branch: string): Promise<string> {
  const dir = await tempDir('pg-clone-');
  git(dir, 'clone', '-q', '--depth', '1', '--branch', branch, url, '.');
  expect(git(dir, 'rev-parse', '--is-shallow-repository').trim()).toBe('true');
  expect(git(dir, 'rev-list', '--count', 'HEAD').trim()).toBe('1');
  return dir;
}

describe('shallow clones (actions/checkout fetch-depth 1)', () => {
  it('fetches a base commit the clone lacks, and the diff is the real one', async () => {
    const up = await upstream();
    const clone = await shallowClone(up.url, 'main');
    const change = source(clone, { base: up.shas[2]! });
    const r = await change.range();
    expect(r).toMatchObject({ base: up.shas[2], head: up.mainTip, source: 'input' });
    expect(r.fetched).toEqual([`${up.shas[2]} from origin`]);
    const got = await collect(change);
    expect(got.lines).toEqual([
      { file: 'app.txt', line: 1, text: 'v6' },
      { file: 'main-later.txt', line: 1, text: 'not part of the feature' },
    ]);
  });

  it('fetches named bases: a branch of the remote and a tag', async () => {
    const up = await upstream();
    const clone = await shallowClone(up.url, 'feature');
    const branch = await source(clone, { base: 'origin/main' }).range();
    expect(branch).toMatchObject({ base: up.mainTip, head: up.f2 });
    const tag = await source(clone, { base: 'v1.0' }).range();
    expect(tag).toMatchObject({ base: up.shas[0], fetched: ['v1.0 from origin'] });
  });

  it('deepens history for a relative base such as HEAD~3', async () => {
    const up = await upstream();
    const clone = await shallowClone(up.url, 'main');
    const r = await source(clone, { base: 'HEAD~3' }).range();
    expect(r.base).toBe(up.shas[3]);
    expect(r.fetched).toEqual(['history deepened by 64 commits']);
  });

  it('deepens until the merge base of a pull request is reached', async () => {
    const up = await upstream();
    const clone = await shallowClone(up.url, 'feature');
    const event = path.join(clone, '..', `${path.basename(clone)}.json`);
    await writeFile(
      event,
      JSON.stringify({
        pull_request: { number: 3, base: { sha: up.mainTip, ref: 'main' }, head: { sha: up.f2 } },
      }),
    );
    const change = source(clone, {
      env: { ...PLAIN_ENV, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event },
    });
    const r = await change.range();
    expect(r).toMatchObject({ base: up.shas[5], head: up.f2, mergeBase: true });
    expect(r.fetched).toEqual([`${up.mainTip} from origin`, 'history deepened by 64 commits']);
    const got = await collect(change);
    expect(got.lines).toEqual([
      { file: 'feature.txt', line: 1, text: 'feature 1' },
      { file: 'feature.txt', line: 2, text: 'feature 2' },
    ]);
  });

  it('fails with fetch-depth advice when the base cannot be fetched — never an empty diff', async () => {
    const up = await upstream();
    const noRemote = await shallowClone(up.url, 'main');
    git(noRemote, 'remote', 'remove', 'origin');
    const change = source(noRemote, { base: up.shas[1]! });
    await expect(change.range()).rejects.toThrow(
      `base (given base) "${up.shas[1]}" is not in this shallow clone, and the repository has no remote to fetch it from. Set \`fetch-depth: 0\` on actions/checkout`,
    );
    await expect(change.scan({ added: () => undefined })).rejects.toThrow('fetch-depth: 0');

    const gone = await shallowClone(up.url, 'main');
    git(gone, 'remote', 'set-url', 'origin', `file://${up.dir}-missing`);
    await expect(source(gone, { base: up.shas[1]! }).range()).rejects.toThrow(
      new RegExp(
        `"${up.shas[1]}" is not in this shallow clone and could not be fetched from origin: .*does not appear to be a git repository.*Set \`fetch-depth: 0\``,
      ),
    );
  });
});
