import type { Verdict } from '../core/types.js';
import type { GitHubApi } from './client.js';
import { classifyApiError, mayHaveApplied } from './errors.js';

/**
 * One pull request comment per profile, found again by a hidden marker and by its author (the
 * token's own login), updated in place — or, if asked, the old one minimized or deleted and a
 * new one posted.
 */

export const COMMENT_MODES = ['update', 'minimize', 'delete', 'off'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];
export const COMMENT_WHEN = ['always', 'hold-or-change'] as const;
export type CommentWhen = (typeof COMMENT_WHEN)[number];

/** The login of comments written with a GITHUB_TOKEN (an installation token has no user). */
export const ACTIONS_BOT = 'github-actions[bot]';

export interface MarkerInfo {
  profile: string;
  verdict?: string;
  bundle?: string;
}

const MARKER = /<!-- promotion-gate:sticky ([^>]*?) -->/;
const attr = (text: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(text)?.[1];
const quote = (v: string) => v.replace(/["<>\n\r]/g, '_');

export function marker(info: MarkerInfo): string {
  const extra = [
    info.verdict ? ` verdict="${quote(info.verdict)}"` : '',
    info.bundle ? ` bundle="${quote(info.bundle)}"` : '',
  ];
  return `<!-- promotion-gate:sticky profile="${quote(info.profile)}"${extra.join('')} -->`;
}

export function parseMarker(body: string | undefined | null): MarkerInfo | undefined {
  const m = MARKER.exec(body ?? '');
  if (!m) return undefined;
  const profile = attr(m[1]!, 'profile');
  return profile === undefined
    ? undefined
    : { profile, verdict: attr(m[1]!, 'verdict'), bundle: attr(m[1]!, 'bundle') };
}

export interface StickyTarget {
  owner: string;
  repo: string;
  issue: number;
  profile: string;
}

export interface StickyOptions {
  mode: Exclude<CommentMode, 'off'>;
  when: CommentWhen;
  /** Login the comments are written as; found with GET /user when not given. */
  author?: string;
}

export interface StickyResult {
  action: 'created' | 'updated' | 'unchanged' | 'skipped';
  id?: number;
  url?: string;
  detail: string;
  /** Comments of ours removed or minimized on the way. */
  retired: number;
}

interface Found {
  id: number;
  node_id: string;
  html_url: string;
  body: string;
  info: MarkerInfo;
}

/** The token's own login: a user token names its user; an installation token writes as the Actions bot. */
export async function ownLogin(api: GitHubApi): Promise<string> {
  try {
    return (await api.rest.users.getAuthenticated()).data.login;
  } catch (err) {
    const kind = classifyApiError(err).kind;
    if (kind === 'forbidden' || kind === 'unauthorized' || kind === 'not-found') return ACTIONS_BOT;
    throw err;
  }
}

async function ours(api: GitHubApi, t: StickyTarget, author: string): Promise<Found[]> {
  const found: Found[] = [];
  // Every page: a busy pull request has hundreds of comments, ours may be on any of them.
  for await (const page of api.paginate.iterator(api.rest.issues.listComments, {
    owner: t.owner,
    repo: t.repo,
    issue_number: t.issue,
    per_page: 100,
  })) {
    for (const c of page.data) {
      if (c.user?.login !== author) continue;
      const info = parseMarker(c.body);
      if (info?.profile !== t.profile) continue;
      found.push({ id: c.id, node_id: c.node_id, html_url: c.html_url, body: c.body ?? '', info });
    }
  }
  return found.sort((a, b) => a.id - b.id);
}

/** Posts or updates the comment for `verdict`; `body` must already start with `marker(…)`. */
export async function publishStickyComment(
  api: GitHubApi,
  t: StickyTarget,
  body: string,
  now: { verdict: Verdict; bundle?: string },
  o: StickyOptions,
): Promise<StickyResult> {
  const author = o.author ?? (await ownLogin(api));
  const existing = await ours(api, t, author);
  const previous = existing[existing.length - 1];
  const news = now.verdict === 'hold' || (previous !== undefined && previous.info.verdict !== now.verdict);
  const base = { owner: t.owner, repo: t.repo };

  const update = async (c: Found, why: string): Promise<StickyResult> => {
    if (c.body === body) return { action: 'unchanged', id: c.id, url: c.html_url, detail: why, retired: 0 };
    const r = await api.rest.issues.updateComment({ ...base, comment_id: c.id, body });
    return { action: 'updated', id: r.data.id, url: r.data.html_url, detail: why, retired: 0 };
  };

  if (o.when === 'hold-or-change' && !news) {
    // Not news: nothing new is posted, but a comment already there is kept current (edits do not notify).
    if (previous) return update(previous, `verdict ${now.verdict} unchanged`);
    return {
      action: 'skipped',
      detail: `verdict ${now.verdict}, nothing to report (comment-when: hold-or-change)`,
      retired: 0,
    };
  }

  let retired = 0;
  if (o.mode === 'update' && previous) {
    // Two of ours for one profile (runs that raced): keep the newest, remove the rest.
    for (const extra of existing.slice(0, -1)) {
      await api.rest.issues.deleteComment({ ...base, comment_id: extra.id });
      retired++;
    }
    return { ...(await update(previous, 'updated in place')), retired };
  }
  // The new comment first: if posting fails, the old one is still there.
  const created = await createOnce(api, t, body, author, now.bundle);
  if (o.mode === 'delete') {
    for (const c of existing) {
      await api.rest.issues.deleteComment({ ...base, comment_id: c.id });
      retired++;
    }
  } else if (o.mode === 'minimize' && previous) {
    // Earlier ones were minimized by earlier runs; only the newest is still open.
    await api.graphql(
      'mutation($subjectId: ID!, $classifier: ReportedContentClassifiers!) { minimizeComment(input: {subjectId: $subjectId, classifier: $classifier}) { minimizedComment { isMinimized } } }',
      { subjectId: previous.node_id, classifier: 'OUTDATED' },
    );
    retired++;
  }
  const how =
    o.mode === 'update'
      ? 'posted'
      : `posted; ${retired} earlier ${o.mode === 'delete' ? 'deleted' : 'minimized'}`;
  return { action: 'created', id: created.id, url: created.url, detail: how, retired };
}

/** Creates the comment; if the answer was lost, looks for it before posting again. */
async function createOnce(
  api: GitHubApi,
  t: StickyTarget,
  body: string,
  author: string,
  bundle: string | undefined,
): Promise<{ id: number; url: string }> {
  const params = { owner: t.owner, repo: t.repo, issue_number: t.issue, body };
  try {
    const r = await api.rest.issues.createComment({ ...params, request: { retries: 0 } });
    return { id: r.data.id, url: r.data.html_url };
  } catch (err) {
    if (!mayHaveApplied(err)) throw err;
    const landed = (await ours(api, t, author)).find(
      (c) => c.body === body && (!bundle || c.info.bundle === bundle),
    );
    if (landed) return { id: landed.id, url: landed.html_url };
    const r = await api.rest.issues.createComment(params);
    return { id: r.data.id, url: r.data.html_url };
  }
}
