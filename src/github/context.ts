import { readFile } from 'node:fs/promises';
import { type Env, readRunner } from '../core/runner.js';

/**
 * What the gate needs to know about the workflow run it is in, read from the runner's
 * environment and the event payload — without @actions/github's module-level context, so the
 * CLI and tests can build it from any environment.
 */
export interface GitHubContext {
  owner: string;
  repo: string;
  eventName: string;
  /**
   * The commit results belong to: the pull request's head for pull_request events (GITHUB_SHA
   * is the merge commit there, which the pull request page does not show), else GITHUB_SHA.
   */
  headSha?: string;
  /** The pull request the event is about, if any. */
  pullNumber?: number;
  runId?: string;
  runAttempt: number;
  job?: string;
  actor?: string;
  serverUrl: string;
  apiUrl: string;
  graphqlUrl: string;
  runUrl?: string;
  /** A pull request from another repository: its GITHUB_TOKEN is read-only. */
  fork?: string;
  /** Dependabot's pull requests also get a read-only token. */
  dependabot: boolean;
  /** Set on workflow_run events: the run whose results are being published. */
  workflowRun?: WorkflowRunInfo;
}

export interface WorkflowRunInfo {
  id: number;
  attempt: number;
  headSha: string;
  headBranch?: string;
  /** owner/name of the head repository (a fork for fork pull requests). */
  headRepository?: string;
  /** Pull requests GitHub lists on the run; empty for fork pull requests. */
  pullNumbers: number[];
  htmlUrl?: string;
  event?: string;
}

type Json = Record<string, unknown> | undefined;

const obj = (v: unknown): Json => (v && typeof v === 'object' ? (v as Record<string, unknown>) : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);
const int = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

/** Builds the context from the environment and an already parsed event payload. */
export function githubContext(env: Env, payload: Record<string, unknown> = {}): GitHubContext | undefined {
  const runner = readRunner(env);
  const full = runner.repository ?? str(obj(payload.repository)?.full_name);
  const [owner, repo] = full?.split('/') ?? [];
  if (!owner || !repo) return undefined;
  const eventName = runner.eventName ?? '';
  const { serverUrl, apiUrl } = runner;
  const pr = obj(payload.pull_request);
  const head = obj(pr?.head);
  const headRepo = str(obj(head?.repo)?.full_name);
  const baseRepo = str(obj(obj(pr?.base)?.repo)?.full_name) ?? `${owner}/${repo}`;
  const runId = runner.runId;
  const actor = runner.actor ?? str(obj(payload.sender)?.login);
  const wr = obj(payload.workflow_run);
  return {
    owner,
    repo,
    eventName,
    headSha: str(head?.sha) ?? runner.sha,
    pullNumber: int(pr?.number) ?? (eventName.startsWith('pull_request') ? int(payload.number) : undefined),
    runId,
    runAttempt: runner.runAttempt,
    job: runner.job,
    actor,
    serverUrl,
    apiUrl,
    graphqlUrl: runner.graphqlUrl,
    runUrl: runId ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : undefined,
    fork: pr && headRepo && headRepo !== baseRepo ? headRepo : undefined,
    dependabot: actor === 'dependabot[bot]',
    workflowRun: wr ? workflowRunInfo(wr) : undefined,
  };
}

function workflowRunInfo(wr: Record<string, unknown>): WorkflowRunInfo | undefined {
  const id = int(wr.id);
  const headSha = str(wr.head_sha);
  if (!id || !headSha) return undefined;
  const prs = Array.isArray(wr.pull_requests) ? wr.pull_requests : [];
  return {
    id,
    attempt: int(wr.run_attempt) ?? 1,
    headSha,
    headBranch: str(wr.head_branch),
    headRepository: str(obj(wr.head_repository)?.full_name),
    pullNumbers: prs
      .filter((p) => str(obj(obj(p)?.head)?.sha) === undefined || str(obj(obj(p)?.head)?.sha) === headSha)
      .map((p) => int(obj(p)?.number))
      .filter((n): n is number => n !== undefined),
    htmlUrl: str(wr.html_url),
    event: str(wr.event),
  };
}

/** Reads GITHUB_EVENT_PATH (a missing or unreadable payload is an empty one: the event is optional). */
export async function loadGitHubContext(env: Env): Promise<GitHubContext | undefined> {
  let payload: Record<string, unknown> = {};
  const eventPath = readRunner(env).eventPath;
  if (eventPath) {
    try {
      payload = obj(JSON.parse(await readFile(eventPath, 'utf8'))) ?? {};
    } catch {
      payload = {};
    }
  }
  return githubContext(env, payload);
}
