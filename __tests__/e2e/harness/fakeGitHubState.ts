/**
 * The little state the fake keeps so that runs see each other's writes: check runs with their
 * annotations, issues with their comments and labels, pull requests and artifacts. Responses are
 * the spec's examples with these fields laid over them, so their shape stays GitHub's.
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

export interface IssueState {
  id: number;
  node_id: string;
  repo: string;
  number: number;
  title: string;
  body: string;
  labels: string[];
  state: 'open' | 'closed';
  state_reason: string | null;
  login: string;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

export interface PullState {
  repo: string;
  number: number;
  headSha: string;
  headRef: string;
  /** owner/name of the head repository (a fork when it differs from repo). */
  headRepo: string;
  state?: 'open' | 'closed';
  /** Login of the pull request's author (default octocat). */
  author?: string;
}

/** A pull request review, as GET /repos/{owner}/{repo}/pulls/{n}/reviews lists it. */
export interface ReviewState {
  repo: string;
  pull: number;
  id: number;
  login: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
  commitId: string;
  submittedAt: string;
}

/** An approval of a workflow run's deployment environment (GET …/actions/runs/{id}/approvals). */
export interface RunApprovalState {
  repo: string;
  runId: number;
  login: string;
  state: 'approved' | 'rejected';
  environments: string[];
  comment: string;
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

export interface DeploymentStatusState {
  state: string;
  description?: string;
  environment_url?: string;
  log_url?: string;
}

export interface DeploymentState {
  id: number;
  repo: string;
  ref: string;
  environment: string;
  /** The creation request's body, as sent. */
  request: Record<string, unknown>;
  statuses: DeploymentStatusState[];
}

export interface GitHubState {
  checkRuns: Map<number, CheckRunState>;
  comments: CommentState[];
  pulls: PullState[];
  artifacts: ArtifactState[];
  /** Deployments with their statuses, in the order they were created. */
  deployments: DeploymentState[];
  /** Issues (not pull requests): created, edited and closed through the API, or seeded. */
  issues: IssueState[];
  /** Pull request reviews, added with addReview. */
  reviews: ReviewState[];
  /** Approvals of workflow runs' deployment environments. */
  runApprovals: RunApprovalState[];
  /** Members of `org/team`; a team not listed answers 404, as to a token that may not see it. */
  teams: Map<string, string[]>;
  addReview(r: Omit<ReviewState, 'id' | 'submittedAt'> & { submittedAt?: string }): ReviewState;
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
  /** Adds an issue as if someone had opened it, e.g. a person's issue that quotes a marker. */
  addIssue(i: Pick<IssueState, 'repo' | 'title' | 'body' | 'login'> & Partial<IssueState>): IssueState;
  /** The next issue number of a repository: issues and pull requests share one sequence. */
  nextIssueNumber(repo: string): number;
  issuesIn(repo: string): IssueState[];
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
    deployments: [],
    issues: [],
    reviews: [],
    runApprovals: [],
    teams: new Map(),
    addReview(r) {
      const review = { submittedAt: new Date().toISOString(), ...r, id: s.nextId() };
      s.reviews.push(review);
      return review;
    },
    nextId: () => ++id,
    nextIssueNumber: (repo) =>
      Math.max(
        0,
        ...s.issues.filter((i) => i.repo === repo).map((i) => i.number),
        ...s.pulls.filter((p) => p.repo === repo).map((p) => p.number),
      ) + 1,
    addIssue(i) {
      const now = new Date().toISOString();
      const iid = s.nextId();
      const issue: IssueState = {
        id: iid,
        node_id: Buffer.from(`I_fake${iid}`).toString('base64'),
        number: s.nextIssueNumber(i.repo),
        labels: [],
        state: 'open',
        state_reason: null,
        created_at: now,
        updated_at: now,
        closed_at: null,
        ...i,
      };
      s.issues.push(issue);
      return issue;
    },
    issuesIn: (repo) => s.issues.filter((i) => i.repo === repo),
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
