import type { GitHubApi } from './client.js';
import { mayHaveApplied } from './errors.js';
import { LIMITS } from './render.js';
import { ownLogin } from './stickyComment.js';

/**
 * Issues that stand for a state: an incident while a watched profile holds, a hotfix while one
 * is due — and later the post-deploy monitor's alerts. Each is found again among the open issues
 * labelled `promotion-gate` by a hidden marker for its key and by its author (the token's own
 * login), so a person's issue that quotes the marker is never taken for ours. Every comment
 * carries a marker with the run that wrote it, so a re-run finds it and writes nothing twice.
 */

export const ISSUE_LABEL = 'promotion-gate';

export interface IssueTarget {
  owner: string;
  repo: string;
}

export interface IssueDeps {
  api: GitHubApi;
  target: IssueTarget;
  /** Login the issues are written as; found with GET /user when not given. */
  author?: string;
}

export interface IssueOutcome {
  action: 'opened' | 'commented' | 'updated' | 'closed' | 'unchanged' | 'none';
  issue?: { number: number; url: string };
  detail: string;
  /** Issues of ours for the same key closed as duplicates (watchers that raced). */
  duplicatesClosed: number;
}

interface Found {
  number: number;
  html_url: string;
  title: string;
  body: string;
}

/** Markers may not end the HTML comment they sit in. */
const safe = (s: string) => s.replace(/[^\w.:@/-]/g, '_');

/** `<!-- promotion-gate:incident:prod -->`: the hidden line that names what an issue stands for. */
export function issueMarker(key: string): string {
  return `<!-- promotion-gate:${safe(key)} -->`;
}

/** `<!-- promotion-gate:run incident:prod 4242 -->`: which run wrote a body or a comment. */
export function runMarker(key: string, runKey: string): string {
  return `<!-- promotion-gate:run ${safe(key)} ${safe(runKey)} -->`;
}

const fit = (text: string) =>
  text.length <= LIMITS.commentBody ? text : `${text.slice(0, LIMITS.commentBody - 2)}\n…`;

/** Our open issues for `key`, oldest first. */
async function openIssues(d: IssueDeps, author: string, key: string): Promise<Found[]> {
  const mark = issueMarker(key);
  const found: Found[] = [];
  for await (const page of d.api.paginate.iterator(d.api.rest.issues.listForRepo, {
    ...d.target,
    state: 'open',
    labels: ISSUE_LABEL,
    per_page: 100,
  })) {
    for (const i of page.data) {
      if (i.pull_request || i.user?.login !== author) continue;
      if (!(i.body ?? '').includes(mark)) continue;
      found.push({ number: i.number, html_url: i.html_url, title: i.title, body: i.body ?? '' });
    }
  }
  return found.sort((a, b) => a.number - b.number);
}

/** Whether the issue already carries this run's marker, in its body or one of our comments. */
async function toldBy(d: IssueDeps, author: string, issue: Found, marker: string): Promise<boolean> {
  if (issue.body.includes(marker)) return true;
  for await (const page of d.api.paginate.iterator(d.api.rest.issues.listComments, {
    ...d.target,
    issue_number: issue.number,
    per_page: 100,
  })) {
    if (page.data.some((c) => c.user?.login === author && (c.body ?? '').includes(marker))) return true;
  }
  return false;
}

/** Comments once per run: a comment whose answer was lost is looked for before it is posted again. */
async function commentOnce(d: IssueDeps, author: string, issue: Found, body: string, marker: string) {
  const params = { ...d.target, issue_number: issue.number, body: fit(`${marker}\n${body}`) };
  try {
    await d.api.rest.issues.createComment({ ...params, request: { retries: 0 } });
  } catch (err) {
    if (!mayHaveApplied(err)) throw err;
    if (await toldBy(d, author, issue, marker)) return;
    await d.api.rest.issues.createComment(params);
  }
}

/**
 * Watchers that raced may each have opened an issue. The oldest stays; every newer one of ours is
 * closed as its duplicate. Closing is one idempotent request (state, reason and body together), so
 * two watchers closing the same duplicate leave it as one would.
 */
async function closeDuplicates(d: IssueDeps, list: Found[]): Promise<number> {
  const [keep, ...extra] = list;
  for (const dup of extra)
    await d.api.rest.issues.update({
      ...d.target,
      issue_number: dup.number,
      state: 'closed',
      state_reason: 'duplicate',
      body: fit(`Duplicate of #${keep!.number}.\n\n${dup.body}`),
    });
  return extra.length;
}

/** Creates the issue; if the answer was lost, looks for it (by this run's marker) before creating again. */
async function createOnce(
  d: IssueDeps,
  author: string,
  key: string,
  title: string,
  body: string,
  marker: string,
): Promise<void> {
  const params = { ...d.target, title: title.slice(0, 256), body, labels: [ISSUE_LABEL] };
  try {
    await d.api.rest.issues.create({ ...params, request: { retries: 0 } });
  } catch (err) {
    if (!mayHaveApplied(err)) throw err;
    if ((await openIssues(d, author, key)).some((i) => i.body.includes(marker))) return;
    await d.api.rest.issues.create(params);
  }
}

export interface RaiseOptions {
  /** What the issue stands for, e.g. `incident:prod`, `hotfix:prod`. */
  key: string;
  title: string;
  /** Markdown: the issue's body when it is opened, a comment when it is already open. */
  body: string;
  /** The run raising it (the workflow run id on GitHub): a re-run writes nothing twice. */
  runKey: string;
  /**
   * `comment` (default): an issue already open gets this body as a comment. `edit`: its body is
   * replaced when it differs (a tracker kept current without notifying anyone).
   */
  whenOpen?: 'comment' | 'edit';
}

/** Opens the issue for `key`, or comments on (or edits) the one already open. */
export async function raiseIssue(d: IssueDeps, o: RaiseOptions): Promise<IssueOutcome> {
  const author = d.author ?? (await ownLogin(d.api));
  const marker = runMarker(o.key, o.runKey);
  const body = fit(`${issueMarker(o.key)}\n${marker}\n${o.body}`);
  let open = await openIssues(d, author, o.key);
  let duplicatesClosed = 0;
  if (open.length === 0) {
    await createOnce(d, author, o.key, o.title, body, marker);
    open = await openIssues(d, author, o.key);
    if (open.length > 1) duplicatesClosed = await closeDuplicates(d, open);
    const kept = open[0];
    if (!kept)
      return {
        action: 'none',
        detail: 'created, but not found again (is the label missing?)',
        duplicatesClosed,
      };
    const ours = kept.body.includes(marker);
    return {
      action: ours ? 'opened' : 'unchanged',
      issue: { number: kept.number, url: kept.html_url },
      detail: ours
        ? `opened #${kept.number}`
        : `another watcher opened #${kept.number} at the same time; ours was closed as its duplicate`,
      duplicatesClosed,
    };
  }
  if (open.length > 1) duplicatesClosed = await closeDuplicates(d, open);
  const issue = open[0]!;
  const ref = { number: issue.number, url: issue.html_url };
  if (o.whenOpen === 'edit') {
    // The markers of the run that opened it stay; only what follows them is compared.
    const head = issue.body
      .split('\n')
      .filter((l) => l.startsWith('<!-- promotion-gate:'))
      .join('\n');
    const next = fit(`${head}\n${o.body}`);
    if (issue.body === next && issue.title === o.title.slice(0, 256))
      return { action: 'unchanged', issue: ref, detail: `#${issue.number} is current`, duplicatesClosed };
    await d.api.rest.issues.update({
      ...d.target,
      issue_number: issue.number,
      title: o.title.slice(0, 256),
      body: next,
    });
    return { action: 'updated', issue: ref, detail: `updated #${issue.number}`, duplicatesClosed };
  }
  if (await toldBy(d, author, issue, marker))
    return {
      action: 'unchanged',
      issue: ref,
      detail: `#${issue.number} already has run ${o.runKey}`,
      duplicatesClosed,
    };
  await commentOnce(d, author, issue, o.body, marker);
  return { action: 'commented', issue: ref, detail: `commented on #${issue.number}`, duplicatesClosed };
}

export interface ResolveOptions {
  key: string;
  /** Markdown of the closing comment. */
  body: string;
  runKey: string;
}

/** Comments on the open issue for `key` (once per run) and closes it as completed. */
export async function resolveIssue(d: IssueDeps, o: ResolveOptions): Promise<IssueOutcome> {
  const author = d.author ?? (await ownLogin(d.api));
  const open = await openIssues(d, author, o.key);
  if (open.length === 0) return { action: 'none', detail: 'no open issue', duplicatesClosed: 0 };
  const marker = runMarker(o.key, o.runKey);
  for (const issue of open) {
    if (!(await toldBy(d, author, issue, marker))) await commentOnce(d, author, issue, o.body, marker);
    await d.api.rest.issues.update({
      ...d.target,
      issue_number: issue.number,
      state: 'closed',
      state_reason: 'completed',
    });
  }
  const first = open[0]!;
  return {
    action: 'closed',
    issue: { number: first.number, url: first.html_url },
    detail: `closed ${open.map((i) => `#${i.number}`).join(', ')}`,
    duplicatesClosed: 0,
  };
}

/** The incident mechanism under the names other commands use: a raised alert, a resolved one. */
export const raiseIncident = (d: IssueDeps, o: Omit<RaiseOptions, 'whenOpen'>) =>
  raiseIssue(d, { ...o, whenOpen: 'comment' });
export const resolveIncident = resolveIssue;
