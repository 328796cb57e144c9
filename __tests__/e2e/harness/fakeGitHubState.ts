/**
 * The little state the fake keeps so that runs see each other's writes: check runs with their
 * annotations, issue comments, pull requests and artifacts. Responses are the spec's examples
 * with these fields laid over them, so their shape stays GitHub's.
 */

export interface CheckRunState {
  id: number;
  repo: string;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  external_id?: string;
  details_url?: string;
  started_at?: string;
  completed_at?: string;
  output: { title?: string; summary?: string; text?: string };
  annotations: Record<string, unknown>[];
  /** Every request body that changed it, in order. */
  history: unknown[];
}

export interface CommentState {
  id: number;
  node_id: string;
  repo: string;
  issue: number;
  login: string;
  body: string;
  created_at: string;
  updated_at: string;
  minimized?: string;
}

export interface PullState {
  repo: string;
  number: number;
  headSha: string;
  headRef: string;
  /** owner/name of the head repository (a fork when it differs from repo). */
  headRepo: string;
  state?: 'open' | 'closed';
}

export interface ArtifactState {
  repo: string;
  runId: number;
  id: number;
  name: string;
  size: number;
  digest?: string;
  createdAt: string;
  expiresAt?: string;
  /** A URL the zip can be downloaded from (Azurite with a read SAS). */
  downloadUrl(): string;
}

export interface GitHubState {
  checkRuns: Map<number, CheckRunState>;
  comments: CommentState[];
  pulls: PullState[];
  artifacts: ArtifactState[];
  /** Adds `count` comments to an issue, e.g. to make the sticky comment's search page. */
  seedComments(
    repo: string,
    issue: number,
    count: number,
    login?: string,
    body?: (i: number) => string,
  ): void;
  addPull(pull: PullState): void;
  addArtifact(a: ArtifactState): void;
  findCommentByNodeId(nodeId: string): CommentState | undefined;
  commentsOn(repo: string, issue: number): CommentState[];
  nextId(): number;
}

export interface Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** A request GitHub would reject for a reason the schema cannot express. */
  problem?: string;
}

export function newState(urls: () => { apiUrl: string; serverUrl: string }): GitHubState {
  let id = 1000;
  const s: GitHubState = {
    checkRuns: new Map(),
    comments: [],
    pulls: [],
    artifacts: [],
    nextId: () => ++id,
    seedComments(repo, issue, count, login = 'someone', body = (i) => `comment ${i}`) {
      const now = new Date().toISOString();
      for (let i = 0; i < count; i++) {
        const cid = s.nextId();
        s.comments.push({
          id: cid,
          node_id: nodeId(cid),
          repo,
          issue,
          login,
          body: body(i),
          created_at: now,
          updated_at: now,
        });
      }
    },
    addPull: (p) => s.pulls.push({ state: 'open', ...p }),
    addArtifact: (a) => s.artifacts.push(a),
    findCommentByNodeId: (n) => s.comments.find((c) => c.node_id === n),
    commentsOn: (repo, issue) => s.comments.filter((c) => c.repo === repo && c.issue === issue),
  };
  Object.defineProperty(s, 'urls', { value: urls });
  return s;
}

export const nodeId = (n: number) => Buffer.from(`IC_fake${n}`).toString('base64');
export const urlsOf = (s: GitHubState) =>
  (s as unknown as { urls: () => { apiUrl: string; serverUrl: string } }).urls();
