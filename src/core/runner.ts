/**
 * The runner's environment, read in one place into one typed value. Everything that wants to know
 * which repository, run, commit or temp folder it is in asks this, so the names of the runner's
 * variables (and their fallbacks) are written once. Pure: the environment is handed in.
 */
export type Env = Readonly<Record<string, string | undefined>>;

export interface Runner {
  /** True inside a GitHub Actions job. */
  actions: boolean;
  owner?: string;
  repo?: string;
  /** owner/name */
  repository?: string;
  serverUrl: string;
  apiUrl: string;
  graphqlUrl: string;
  eventName?: string;
  eventPath?: string;
  runId?: string;
  runAttempt: number;
  job?: string;
  actor?: string;
  triggeringActor?: string;
  /** The commit the workflow runs on (the merge commit for pull requests). */
  sha?: string;
  ref?: string;
  /** The pull request's head branch, on pull_request events. */
  headRef?: string;
  workspace?: string;
  tempDir?: string;
  stepSummary?: string;
  /** The job's GITHUB_TOKEN when the workflow put it in the environment. */
  token?: string;
  /** Set on a runner that can upload artifacts of this run. */
  artifactRuntime?: { token: string; resultsUrl: string };
  /** Link to the workflow run, when known. */
  runUrl?: string;
}

const trimSlash = (s: string) => s.replace(/\/+$/, '');
const positiveInt = (v: string | undefined): number | undefined => {
  const n = Number(v);
  return v && Number.isInteger(n) && n > 0 ? n : undefined;
};

export function readRunner(env: Env): Runner {
  const repository = env.GITHUB_REPOSITORY || undefined;
  const [owner, repo] = repository?.split('/') ?? [];
  const serverUrl = trimSlash(env.GITHUB_SERVER_URL || 'https://github.com');
  const apiUrl = trimSlash(env.GITHUB_API_URL || 'https://api.github.com');
  const runId = env.GITHUB_RUN_ID || undefined;
  return {
    actions: env.GITHUB_ACTIONS === 'true',
    owner: owner || undefined,
    repo: repo || undefined,
    repository: owner && repo ? repository : undefined,
    serverUrl,
    apiUrl,
    graphqlUrl: trimSlash(env.GITHUB_GRAPHQL_URL || `${apiUrl.replace(/\/api\/v3$/, '/api')}/graphql`),
    eventName: env.GITHUB_EVENT_NAME || undefined,
    eventPath: env.GITHUB_EVENT_PATH || undefined,
    runId,
    runAttempt: positiveInt(env.GITHUB_RUN_ATTEMPT) ?? 1,
    job: env.GITHUB_JOB || undefined,
    actor: env.GITHUB_ACTOR || undefined,
    triggeringActor: env.GITHUB_TRIGGERING_ACTOR || undefined,
    sha: env.GITHUB_SHA || undefined,
    ref: env.GITHUB_REF || undefined,
    headRef: env.GITHUB_HEAD_REF || undefined,
    workspace: env.GITHUB_WORKSPACE || undefined,
    tempDir: env.RUNNER_TEMP || undefined,
    stepSummary: env.GITHUB_STEP_SUMMARY || undefined,
    token: env.GITHUB_TOKEN || undefined,
    artifactRuntime:
      env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL
        ? { token: env.ACTIONS_RUNTIME_TOKEN, resultsUrl: env.ACTIONS_RESULTS_URL }
        : undefined,
    runUrl: runId && owner && repo ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : undefined,
  };
}
