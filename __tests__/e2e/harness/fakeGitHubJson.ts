import { loadOpenApi, type MatchedOperation } from './openapi.js';
import {
  type ArtifactState,
  type CheckRunState,
  type CommentState,
  type GitHubState,
  type IssueState,
  type ReviewState,
  urlsOf,
} from './fakeGitHubState.js';

/** Responses shaped as GitHub's: the spec's examples with the fake's state laid over them. */

function example(op: MatchedOperation, status?: number): Record<string, unknown> {
  const ex = loadOpenApi().example(op, status)?.body;
  return (Array.isArray(ex) ? ex[0] : ex) as Record<string, unknown>;
}

export function exampleOf(method: string, path: string): Record<string, unknown> {
  const api = loadOpenApi();
  return example(api.match(method, path)!);
}

export function userJson(login: string): Record<string, unknown> {
  const base = exampleOf('GET', '/users/octocat');
  return { ...base, login, type: login.endsWith('[bot]') ? 'Bot' : 'User' };
}

export function checkRunJson(s: GitHubState, c: CheckRunState): Record<string, unknown> {
  const { apiUrl, serverUrl } = urlsOf(s);
  const base = exampleOf('GET', '/repos/o/r/check-runs/1');
  return {
    ...base,
    id: c.id,
    node_id: Buffer.from(`CR_fake${c.id}`).toString('base64'),
    name: c.name,
    head_sha: c.head_sha,
    status: c.status,
    conclusion: c.conclusion,
    external_id: c.external_id ?? '',
    details_url: c.details_url ?? null,
    started_at: c.started_at ?? null,
    completed_at: c.completed_at ?? null,
    url: `${apiUrl}/repos/${c.repo}/check-runs/${c.id}`,
    html_url: `${serverUrl}/${c.repo}/runs/${c.id}`,
    output: {
      title: c.output.title ?? null,
      summary: c.output.summary ?? null,
      text: c.output.text ?? null,
      annotations_count: c.annotations.length,
      annotations_url: `${apiUrl}/repos/${c.repo}/check-runs/${c.id}/annotations`,
    },
  };
}

export function commentJson(s: GitHubState, c: CommentState): Record<string, unknown> {
  const { apiUrl, serverUrl } = urlsOf(s);
  const base = exampleOf('GET', '/repos/o/r/issues/comments/1');
  return {
    ...base,
    id: c.id,
    node_id: c.node_id,
    url: `${apiUrl}/repos/${c.repo}/issues/comments/${c.id}`,
    html_url: `${serverUrl}/${c.repo}/pull/${c.issue}#issuecomment-${c.id}`,
    issue_url: `${apiUrl}/repos/${c.repo}/issues/${c.issue}`,
    body: c.body,
    user: userJson(c.login),
    created_at: c.created_at,
    updated_at: c.updated_at,
  };
}

export function issueJson(s: GitHubState, i: IssueState): Record<string, unknown> {
  const { apiUrl, serverUrl } = urlsOf(s);
  const { pull_request: _pr, ...base } = exampleOf('POST', '/repos/o/r/issues');
  const api = `${apiUrl}/repos/${i.repo}/issues/${i.number}`;
  return {
    ...base,
    id: i.id,
    node_id: i.node_id,
    url: api,
    repository_url: `${apiUrl}/repos/${i.repo}`,
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    html_url: `${serverUrl}/${i.repo}/issues/${i.number}`,
    number: i.number,
    state: i.state,
    state_reason: i.state_reason,
    title: i.title,
    body: i.body,
    user: userJson(i.login),
    labels: i.labels.map((name, k) => ({
      id: 9000 + k,
      node_id: Buffer.from(`LA_fake${name}`).toString('base64'),
      url: `${apiUrl}/repos/${i.repo}/labels/${encodeURIComponent(name)}`,
      name,
      description: null,
      color: 'ededed',
      default: false,
    })),
    comments: s.commentsOn(i.repo, i.number).length,
    created_at: i.created_at,
    updated_at: i.updated_at,
    closed_at: i.closed_at,
    closed_by: null,
  };
}

export function paginate<T>(items: T[], url: URL): { page: T[]; headers: Record<string, string> } {
  const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30) || 30, 100);
  const page = Math.max(Number(url.searchParams.get('page') ?? 1) || 1, 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (p: number, rel: string) => {
    const u = new URL(url);
    u.searchParams.set('per_page', String(perPage));
    u.searchParams.set('page', String(p));
    return `<${u.toString()}>; rel="${rel}"`;
  };
  const links = [];
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
  return {
    page: items.slice((page - 1) * perPage, page * perPage),
    headers: links.length ? { link: links.join(', ') } : {},
  };
}

export function artifactJson(s: GitHubState, a: ArtifactState): Record<string, unknown> {
  const { apiUrl } = urlsOf(s);
  const base = exampleOf('GET', '/repos/o/r/actions/artifacts/1');
  return {
    ...base,
    id: a.id,
    node_id: Buffer.from(`AR_fake${a.id}`).toString('base64'),
    name: a.name,
    size_in_bytes: a.size,
    url: `${apiUrl}/repos/${a.repo}/actions/artifacts/${a.id}`,
    archive_download_url: `${apiUrl}/repos/${a.repo}/actions/artifacts/${a.id}/zip`,
    expired: false,
    created_at: a.createdAt,
    expires_at: a.expiresAt ?? null,
    updated_at: a.createdAt,
    digest: a.digest ? `sha256:${a.digest}` : null,
    workflow_run: { ...((base.workflow_run as object) ?? {}), id: a.runId },
  };
}

export function reviewJson(s: GitHubState, r: ReviewState): Record<string, unknown> {
  const { serverUrl } = urlsOf(s);
  const base = exampleOf('GET', '/repos/o/r/pulls/1/reviews/1');
  return {
    ...base,
    id: r.id,
    node_id: Buffer.from(`PRR_fake${r.id}`).toString('base64'),
    user: userJson(r.login),
    state: r.state,
    commit_id: r.commitId,
    submitted_at: r.submittedAt,
    html_url: `${serverUrl}/${r.repo}/pull/${r.pull}#pullrequestreview-${r.id}`,
    pull_request_url: `${serverUrl}/${r.repo}/pull/${r.pull}`,
  };
}
