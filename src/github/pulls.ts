import type { GitHubApi } from './client.js';
import type { WorkflowRunInfo } from './context.js';

/**
 * The open pull request a workflow run belongs to. GitHub lists it on the run — except for
 * pull requests from forks, where `pull_requests` is empty: those are found by the head
 * repository's owner and branch, and must have the run's head SHA.
 */
export async function pullForRun(
  api: GitHubApi,
  owner: string,
  repo: string,
  run: WorkflowRunInfo,
): Promise<number | undefined> {
  if (run.pullNumbers.length > 0) return run.pullNumbers[0];
  const headOwner = run.headRepository?.split('/')[0];
  if (!headOwner || !run.headBranch) return undefined;
  const pulls = await api.paginate(api.rest.pulls.list, {
    owner,
    repo,
    state: 'open',
    head: `${headOwner}:${run.headBranch}`,
    per_page: 100,
  });
  return pulls.find((p) => p.head.sha === run.headSha)?.number;
}
