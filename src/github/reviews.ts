import { readFile } from 'node:fs/promises';
import type { PullInfo, PullReview, ReviewSource } from '../checks/integrity/types.js';
import { type Env, readRunner } from '../core/runner.js';
import { VERSION } from '../version.js';
import { createGitHubClient, type GitHubApi } from './client.js';
import { loadGitHubContext } from './context.js';
import { classifyApiError, describeApiFailure } from './errors.js';

/**
 * What the gate reads about who approved what: the reviews of a pull request (the integrity
 * check) and the approvals of the workflow run's deployment environments (the report). Reads
 * only; a token that may not read is said in plain words, and never fails the gate by itself.
 */

export interface ReviewsOptions {
  env: Env;
  /** The gate's token (the action's `token` input, else GITHUB_TOKEN or GH_TOKEN). */
  token?: string;
  signal?: AbortSignal;
  timeoutMs?: number;
}

const PERMISSION: Record<string, string> = {
  reviews: 'pull-requests: read',
  pull: 'pull-requests: read',
  team: 'members: read in the organization',
  approvals: 'actions: read',
};

/** A failed call as one line, with the permission it needs when the token was refused. */
function failure(err: unknown, what: keyof typeof PERMISSION): Error {
  const f = classifyApiError(err);
  const hint =
    f.kind === 'forbidden' || f.kind === 'not-found' ? ` (the token needs ${PERMISSION[what]})` : '';
  return new Error(`${describeApiFailure(f)}${hint}`);
}

function tokenOf(o: ReviewsOptions): string | undefined {
  return o.token || readRunner(o.env).token || o.env.GH_TOKEN || undefined;
}

function client(o: ReviewsOptions, token: string): () => Promise<GitHubApi> {
  let api: Promise<GitHubApi> | undefined;
  return () =>
    (api ??= createGitHubClient({
      token,
      apiUrl: readRunner(o.env).apiUrl,
      timeoutMs: o.timeoutMs ?? 30_000,
      retries: 2,
      userAgent: `promotion-gate/${VERSION}`,
      log: { debug: () => undefined, warn: () => undefined },
      signal: o.signal,
    }));
}

/** The pull request the event is about, with its author, from the event payload. */
async function eventPull(env: Env): Promise<PullInfo | undefined> {
  const ctx = await loadGitHubContext(env);
  if (!ctx?.pullNumber) return undefined;
  let author: unknown;
  try {
    const payload = JSON.parse(await readFile(readRunner(env).eventPath!, 'utf8')) as {
      pull_request?: { user?: { login?: unknown }; head?: { sha?: unknown } };
    };
    author = payload.pull_request?.user?.login;
  } catch {
    author = undefined;
  }
  return { number: ctx.pullNumber, ...(typeof author === 'string' && author ? { author } : {}) };
}

export async function createReviewSource(o: ReviewsOptions): Promise<ReviewSource> {
  const runner = readRunner(o.env);
  const token = tokenOf(o);
  const { owner, repo } = runner;
  const pull = await eventPull(o.env);
  const unavailable =
    !owner || !repo
      ? 'reviews cannot be read: not on GitHub (GITHUB_REPOSITORY is not set)'
      : !token
        ? 'reviews cannot be read: no token (pass the token input, or set GITHUB_TOKEN; it needs pull-requests: read)'
        : undefined;
  const api = token ? client(o, token) : undefined;
  const need = () => {
    if (!api || !owner || !repo) throw new Error(unavailable);
    return { api: api(), owner, repo };
  };
  return {
    ...(unavailable ? { unavailable } : {}),
    ...(pull ? { eventPull: pull } : {}),
    async pull(number, signal) {
      const n = need();
      try {
        const { data } = await (
          await n.api
        ).rest.pulls.get({ owner: n.owner, repo: n.repo, pull_number: number, request: { signal } });
        return {
          number,
          ...(data.user?.login ? { author: data.user.login } : {}),
          headSha: data.head.sha,
          url: data.html_url,
        };
      } catch (err) {
        throw failure(err, 'pull');
      }
    },
    async reviews(number, signal): Promise<PullReview[]> {
      const n = need();
      try {
        const api = await n.api;
        const list = await api.paginate(api.rest.pulls.listReviews, {
          owner: n.owner,
          repo: n.repo,
          pull_number: number,
          per_page: 100,
          request: { signal },
        });
        return list.map((r) => ({
          id: r.id,
          user: r.user?.login ?? '(unknown)',
          state: r.state,
          ...(r.submitted_at ? { submittedAt: r.submitted_at } : {}),
          ...(r.commit_id ? { commitId: r.commit_id } : {}),
          ...(r.html_url ? { url: r.html_url } : {}),
        }));
      } catch (err) {
        throw failure(err, 'reviews');
      }
    },
    async teamMembers(org, team, signal) {
      const n = need();
      try {
        const api = await n.api;
        const list = await api.paginate(api.rest.teams.listMembersInOrg, {
          org,
          team_slug: team,
          per_page: 100,
          request: { signal },
        });
        return list.map((m) => m.login);
      } catch (err) {
        throw failure(err, 'team');
      }
    },
  };
}

/** One reviewer's decision on a deployment environment of the run. */
export interface RunApproval {
  user: string;
  state: string;
  environments: string[];
  comment?: string;
}

/**
 * Approvals given to the workflow run for environments with required reviewers. GitHub's answer
 * says who, how and with what comment, but not when: the report records when it was read.
 */
export async function runApprovals(
  o: ReviewsOptions,
): Promise<{ approvals?: RunApproval[]; problem?: string }> {
  const runner = readRunner(o.env);
  const token = tokenOf(o);
  if (!runner.actions || !runner.runId || !runner.owner || !runner.repo) return {};
  // Without a token there is nothing to ask with; the action always has one (its token input).
  if (!token) return {};
  try {
    const api = await client(o, token)();
    const { data } = await api.rest.actions.getReviewsForRun({
      owner: runner.owner,
      repo: runner.repo,
      run_id: Number(runner.runId),
    });
    return {
      approvals: data.slice(0, 100).map((a) => ({
        user: a.user.login,
        state: a.state,
        environments: a.environments.map((e) => e.name ?? String(e.id)),
        ...(a.comment ? { comment: a.comment.slice(0, 500) } : {}),
      })),
    };
  } catch (err) {
    return { problem: `approvals of the run not read: ${failure(err, 'approvals').message}` };
  }
}
