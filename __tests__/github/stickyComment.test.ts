import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitHubClient, type GitHubApi } from '../../src/github/client.js';
import { marker, publishStickyComment, type StickyOptions } from '../../src/github/stickyComment.js';
import { type FakeGitHub, startFakeGitHub, TOKENS } from '../e2e/harness/index.js';

/** The sticky comment against the offline GitHub, in process, with the real Octokit. */
describe('sticky PR comment', () => {
  let gh: FakeGitHub;
  let api: GitHubApi;
  let pat: GitHubApi;
  let issue = 0;
  const client = (token: string) =>
    createGitHubClient({
      token,
      apiUrl: gh.url,
      timeoutMs: 5000,
      retries: 0,
      userAgent: 'test',
      log: { debug: () => undefined, warn: () => undefined },
      paced: false,
    });
  beforeAll(async () => {
    gh = await startFakeGitHub();
    [api, pat] = await Promise.all([client(TOKENS.writer), client(TOKENS.pat)]);
  });
  afterAll(async () => gh?.close());

  const post = (
    verdict: 'promote' | 'hold',
    o: Partial<StickyOptions> = {},
    via = api,
    profile = 'staging',
  ) =>
    publishStickyComment(
      via,
      { owner: 'acme', repo: 'permits', issue, profile },
      `${marker({ profile, verdict })}\n${verdict} at ${Date.now()}-${Math.random()}`,
      { verdict },
      { mode: 'update', when: 'always', ...o },
    );
  const on = () => gh.state.commentsOn('acme/permits', issue);
  const next = () => {
    issue++;
    gh.requests.length = 0;
  };

  it('creates once, then updates in place; other profiles have their own', async () => {
    next();
    const first = await post('hold');
    expect(first).toMatchObject({ action: 'created', retired: 0 });
    const second = await post('promote');
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    const other = await post('hold', {}, api, 'prod');
    expect(other.action).toBe('created');
    expect(on().map((c) => c.id)).toEqual([first.id, other.id]);
    expect(on()[0]!.body).toContain('promote at');
  });

  it('finds its own comment by author: a PAT writes as its user, GITHUB_TOKEN as github-actions[bot]', async () => {
    next();
    const bot = await post('hold');
    const user = await post('hold', {}, pat);
    expect(user.action).toBe('created'); // octocat did not write the bot's comment
    expect(on().map((c) => c.login)).toEqual(['github-actions[bot]', 'octocat']);
    expect(gh.calls('users/get-authenticated').map((r) => r.status)).toEqual([403, 200]);
    expect((await post('promote', { author: 'github-actions[bot]' }, pat)).id).toBe(bot.id);
  });

  it('minimize: the old one is hidden as outdated, a new one posted', async () => {
    next();
    const first = await post('hold', { mode: 'minimize' });
    const second = await post('hold', { mode: 'minimize' });
    expect(second).toMatchObject({ action: 'created', retired: 1 });
    expect(on().map((c) => [c.id, c.minimized])).toEqual([
      [first.id, 'OUTDATED'],
      [second.id, undefined],
    ]);
    expect(gh.calls('graphql')).toHaveLength(1);
    expect(gh.invalid()).toEqual([]);
  });

  it('delete: the old one is removed after the new one is posted', async () => {
    next();
    await post('hold', { mode: 'delete' });
    const second = await post('hold', { mode: 'delete' });
    expect(on().map((c) => c.id)).toEqual([second.id]);
    const ops = gh.requests
      .map((r) => r.operationId)
      .filter((o) => o !== 'users/get-authenticated' && o !== 'issues/list-comments');
    expect(ops).toEqual(['issues/create-comment', 'issues/create-comment', 'issues/delete-comment']);
  });

  it('hold-or-change: posts on hold and on a change, keeps an unchanged promote quiet', async () => {
    next();
    const quiet = await post('promote', { when: 'hold-or-change' });
    expect(quiet).toMatchObject({ action: 'skipped' });
    expect(on()).toEqual([]);
    const held = await post('hold', { when: 'hold-or-change', mode: 'minimize' });
    expect(held.action).toBe('created');
    const fixed = await post('promote', { when: 'hold-or-change', mode: 'minimize' });
    expect(fixed).toMatchObject({ action: 'created', retired: 1 }); // changed: news
    const again = await post('promote', { when: 'hold-or-change', mode: 'minimize' });
    expect(again).toMatchObject({ action: 'updated', id: fixed.id }); // unchanged: edited, not posted
    expect(on()).toHaveLength(2);
  });

  it('pages through every comment, and keeps one when runs raced to two', async () => {
    next();
    gh.state.seedComments('acme/permits', issue, 230, 'reviewer');
    gh.state.seedComments('acme/permits', issue, 2, 'github-actions[bot]', () =>
      marker({ profile: 'staging', verdict: 'hold' }),
    );
    const r = await post('hold');
    expect(r).toMatchObject({ action: 'updated', retired: 1 });
    expect(gh.calls('issues/list-comments').map((x) => x.query.get('page') ?? '1')).toEqual(['1', '2', '3']);
    expect(on().filter((c) => c.login === 'github-actions[bot]')).toHaveLength(1);
  });

  it('does not touch GitHub when the body is unchanged', async () => {
    next();
    const body = `${marker({ profile: 'staging', verdict: 'hold' })}\nsame`;
    const target = { owner: 'acme', repo: 'permits', issue, profile: 'staging' };
    const opts = { mode: 'update', when: 'always' } as const;
    await publishStickyComment(api, target, body, { verdict: 'hold' }, opts);
    const again = await publishStickyComment(api, target, body, { verdict: 'hold' }, opts);
    expect(again.action).toBe('unchanged');
    expect(gh.calls('issues/update-comment')).toEqual([]);
  });
});
