/** Event payloads as GitHub sends them, trimmed to what actions read. */

export interface EventSpec {
  name: string;
  payload: Record<string, unknown>;
}

export const DEFAULT_REPO = 'acme/permits';
export const DEFAULT_SHA = 'a'.repeat(40);

export function pushEvent(o: { repo?: string; sha?: string; ref?: string } = {}): EventSpec {
  const repo = o.repo ?? DEFAULT_REPO;
  return {
    name: 'push',
    payload: {
      ref: o.ref ?? 'refs/heads/main',
      after: o.sha ?? DEFAULT_SHA,
      repository: { full_name: repo, name: repo.split('/')[1], owner: { login: repo.split('/')[0] } },
      sender: { login: 'alice' },
    },
  };
}

export function pullRequestEvent(o: {
  number: number;
  headSha: string;
  repo?: string;
  /** owner/name of the head repository; a fork when it differs from repo. */
  headRepo?: string;
  headRef?: string;
  baseSha?: string;
  name?: 'pull_request' | 'pull_request_target';
  actor?: string;
}): EventSpec {
  const repo = o.repo ?? DEFAULT_REPO;
  const headRepo = o.headRepo ?? repo;
  const repoJson = (full: string) => ({
    full_name: full,
    name: full.split('/')[1],
    owner: { login: full.split('/')[0] },
    fork: full !== repo,
  });
  return {
    name: o.name ?? 'pull_request',
    payload: {
      action: 'synchronize',
      number: o.number,
      pull_request: {
        number: o.number,
        head: {
          sha: o.headSha,
          ref: o.headRef ?? 'feature',
          label: `${headRepo.split('/')[0]}:${o.headRef ?? 'feature'}`,
          repo: repoJson(headRepo),
        },
        base: { sha: o.baseSha ?? 'b'.repeat(40), ref: 'main', repo: repoJson(repo) },
        user: { login: o.actor ?? 'alice' },
      },
      repository: repoJson(repo),
      sender: { login: o.actor ?? 'alice' },
    },
  };
}

/** A `workflow_run` event: the pattern that publishes results of fork pull requests with a write token. */
export function workflowRunEvent(o: {
  runId: number;
  headSha: string;
  repo?: string;
  headRepo?: string;
  headBranch?: string;
  /** Pull requests GitHub lists on the run (empty for forks, a known GitHub limitation). */
  pullRequests?: number[];
  attempt?: number;
}): EventSpec {
  const repo = o.repo ?? DEFAULT_REPO;
  const headRepo = o.headRepo ?? repo;
  const repoJson = (full: string) => ({
    full_name: full,
    name: full.split('/')[1],
    owner: { login: full.split('/')[0] },
    fork: full !== repo,
  });
  return {
    name: 'workflow_run',
    payload: {
      action: 'completed',
      workflow_run: {
        id: o.runId,
        run_attempt: o.attempt ?? 1,
        event: 'pull_request',
        conclusion: 'success',
        head_sha: o.headSha,
        head_branch: o.headBranch ?? 'feature',
        html_url: `https://github.com/${repo}/actions/runs/${o.runId}`,
        head_repository: repoJson(headRepo),
        repository: repoJson(repo),
        pull_requests: (o.pullRequests ?? []).map((n) => ({
          number: n,
          head: { sha: o.headSha, ref: o.headBranch ?? 'feature' },
          base: { ref: 'main' },
        })),
      },
      repository: repoJson(repo),
      sender: { login: 'alice' },
    },
  };
}
