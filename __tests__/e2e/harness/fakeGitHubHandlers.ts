import type { RecordedRequest, TokenInfo } from './fakeGitHub.js';
import {
  artifactJson,
  checkRunJson,
  commentJson,
  exampleOf,
  issueJson,
  paginate,
  reviewJson,
  userJson,
} from './fakeGitHubJson.js';
import {
  type Answer,
  type CheckRunState,
  type CommentState,
  type DeploymentState,
  type GitHubState,
  type IssueState,
  nodeId,
} from './fakeGitHubState.js';
import type { MatchedOperation } from './openapi.js';

const COMMENT_LIMIT = 65536;

const tooLong = (body: string): Answer | undefined =>
  [...body].length > COMMENT_LIMIT
    ? {
        status: 422,
        body: {
          message: 'Validation Failed',
          errors: [
            {
              resource: 'IssueComment',
              code: 'custom',
              field: 'body',
              message: `body is too long (maximum is ${COMMENT_LIMIT} characters)`,
            },
          ],
        },
        problem: `comment body of ${[...body].length} characters exceeds ${COMMENT_LIMIT}`,
      }
    : undefined;

const notFound: Answer = { status: 404, body: { message: 'Not Found' } };

/** Answers the operations that have state; undefined means "answer with the spec's example". */
export function statefulHandler(
  s: GitHubState,
  op: MatchedOperation,
  rec: RecordedRequest,
  who: TokenInfo,
  url: URL,
): Answer | undefined {
  const p = op.params;
  const repo = p.owner && p.repo ? `${p.owner}/${p.repo}` : '';
  const body = (rec.body ?? {}) as Record<string, unknown>;
  const now = new Date().toISOString();
  switch (op.operationId) {
    case 'users/get-authenticated':
      if (who.installation)
        return { status: 403, body: { message: 'Resource not accessible by integration' } };
      return { status: 200, body: userJson(who.login) };

    case 'checks/create': {
      const output = (body.output ?? {}) as Record<string, unknown>;
      const c: CheckRunState = {
        id: s.nextId(),
        repo,
        name: String(body.name),
        head_sha: String(body.head_sha),
        status: body.conclusion ? 'completed' : String(body.status ?? 'queued'),
        conclusion: (body.conclusion as string) ?? null,
        external_id: body.external_id as string | undefined,
        details_url: body.details_url as string | undefined,
        started_at: (body.started_at as string) ?? now,
        completed_at: body.completed_at as string | undefined,
        output: {
          title: output.title as string,
          summary: output.summary as string,
          text: output.text as string,
        },
        annotations: [...((output.annotations as Record<string, unknown>[]) ?? [])],
        history: [body],
      };
      if (c.status === 'completed' && !c.conclusion)
        return {
          status: 422,
          body: { message: 'Invalid request. conclusion is required' },
          problem: 'completed without conclusion',
        };
      s.checkRuns.set(c.id, c);
      return { status: 201, body: checkRunJson(s, c) };
    }
    case 'checks/update': {
      const c = s.checkRuns.get(Number(p.check_run_id));
      if (!c || c.repo !== repo) return { ...notFound, problem: `no check run ${p.check_run_id}` };
      const output = body.output as Record<string, unknown> | undefined;
      if (output) {
        if (output.title !== undefined) c.output.title = output.title as string;
        if (output.summary !== undefined) c.output.summary = output.summary as string;
        if (output.text !== undefined) c.output.text = output.text as string;
        c.annotations.push(...((output.annotations as Record<string, unknown>[]) ?? []));
      }
      for (const k of ['name', 'external_id', 'details_url', 'started_at', 'completed_at'] as const)
        if (body[k] !== undefined) (c as unknown as Record<string, unknown>)[k] = body[k];
      if (body.status) c.status = String(body.status);
      if (body.conclusion) {
        c.conclusion = String(body.conclusion);
        c.status = 'completed';
        c.completed_at ??= now;
      }
      if (c.status === 'completed' && !c.conclusion)
        return {
          status: 422,
          body: { message: 'Invalid request. conclusion is required' },
          problem: 'completed without conclusion',
        };
      c.history.push(body);
      return { status: 200, body: checkRunJson(s, c) };
    }
    case 'checks/get': {
      const c = s.checkRuns.get(Number(p.check_run_id));
      if (!c || c.repo !== repo) return notFound;
      return { status: 200, body: checkRunJson(s, c) };
    }
    case 'checks/list-for-ref': {
      const name = url.searchParams.get('check_name');
      const list = [...s.checkRuns.values()].filter(
        (c) => c.repo === repo && c.head_sha === p.ref && (!name || c.name === name),
      );
      const { page, headers } = paginate(list, url);
      return {
        status: 200,
        body: { total_count: list.length, check_runs: page.map((c) => checkRunJson(s, c)) },
        headers,
      };
    }

    case 'issues/list-comments': {
      const { page, headers } = paginate(s.commentsOn(repo, Number(p.issue_number)), url);
      return { status: 200, body: page.map((c) => commentJson(s, c)), headers };
    }
    case 'issues/create-comment': {
      const text = String(body.body);
      const bad = tooLong(text);
      if (bad) return bad;
      const cid = s.nextId();
      const c: CommentState = {
        id: cid,
        node_id: nodeId(cid),
        repo,
        issue: Number(p.issue_number),
        login: who.login,
        body: text,
        created_at: now,
        updated_at: now,
      };
      s.comments.push(c);
      return { status: 201, body: commentJson(s, c) };
    }
    case 'issues/update-comment': {
      const c = s.comments.find((x) => x.id === Number(p.comment_id) && x.repo === repo);
      if (!c) return { ...notFound, problem: `no comment ${p.comment_id}` };
      const text = String(body.body);
      const bad = tooLong(text);
      if (bad) return bad;
      c.body = text;
      c.updated_at = now;
      return { status: 200, body: commentJson(s, c) };
    }
    case 'issues/delete-comment': {
      const i = s.comments.findIndex((x) => x.id === Number(p.comment_id) && x.repo === repo);
      if (i < 0) return { ...notFound, problem: `no comment ${p.comment_id}` };
      s.comments.splice(i, 1);
      return { status: 204, body: undefined };
    }

    case 'issues/list-for-repo': {
      const wanted = url.searchParams.get('state') ?? 'open';
      const labels = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean);
      const creator = url.searchParams.get('creator');
      const list = s
        .issuesIn(repo)
        .filter(
          (i) =>
            (wanted === 'all' || i.state === wanted) &&
            labels.every((l) => i.labels.includes(l)) &&
            (!creator || i.login === creator),
        )
        // GitHub's default order: newest first.
        .sort((a, b) => b.number - a.number);
      const { page, headers } = paginate(list, url);
      return { status: 200, body: page.map((i) => issueJson(s, i)), headers };
    }
    case 'issues/get': {
      const i = s.issuesIn(repo).find((x) => x.number === Number(p.issue_number));
      return i ? { status: 200, body: issueJson(s, i) } : notFound;
    }
    case 'issues/create': {
      const labels = ((body.labels as unknown[]) ?? []).map((l) =>
        typeof l === 'string' ? l : String((l as { name?: string }).name),
      );
      const text = String(body.body ?? '');
      const bad = tooLong(text);
      if (bad) return bad;
      const i = s.addIssue({ repo, title: String(body.title), body: text, login: who.login, labels });
      return { status: 201, body: issueJson(s, i) };
    }
    case 'issues/update': {
      const i = s.issuesIn(repo).find((x) => x.number === Number(p.issue_number));
      if (!i) return { ...notFound, problem: `no issue ${p.issue_number}` };
      if (body.title !== undefined) i.title = String(body.title);
      if (body.body !== undefined) {
        const bad = tooLong(String(body.body));
        if (bad) return bad;
        i.body = String(body.body);
      }
      if (Array.isArray(body.labels))
        i.labels = body.labels.map((l) =>
          typeof l === 'string' ? l : String((l as { name?: string }).name),
        );
      if (body.state === 'closed' && i.state !== 'closed') {
        i.state = 'closed';
        i.closed_at = now;
        i.state_reason = (body.state_reason as string | undefined) ?? 'completed';
      } else if (body.state === 'open' && i.state !== 'open') {
        i.state = 'open';
        i.closed_at = null;
        i.state_reason = 'reopened';
      } else if (body.state_reason !== undefined && body.state === i.state) {
        i.state_reason = body.state_reason as IssueState['state_reason'];
      }
      i.updated_at = now;
      return { status: 200, body: issueJson(s, i) };
    }

    case 'pulls/list': {
      const head = url.searchParams.get('head');
      const wanted = url.searchParams.get('state') ?? 'open';
      const list = s.pulls.filter(
        (x) =>
          x.repo === repo &&
          (wanted === 'all' || x.state === wanted) &&
          (!head || `${x.headRepo.split('/')[0]}:${x.headRef}` === head),
      );
      const base = exampleOf('GET', '/repos/o/r/pulls/1');
      const { page, headers } = paginate(list, url);
      return {
        status: 200,
        body: page.map((x) => ({
          ...base,
          number: x.number,
          state: x.state,
          head: {
            ...(base.head as object),
            sha: x.headSha,
            ref: x.headRef,
            label: `${x.headRepo.split('/')[0]}:${x.headRef}`,
            repo: { ...(base.head as { repo: object }).repo, full_name: x.headRepo },
          },
        })),
        headers,
      };
    }

    case 'pulls/get': {
      const pull = s.pulls.find((x) => x.repo === repo && x.number === Number(p.pull_number));
      if (!pull) return notFound;
      const base = exampleOf('GET', '/repos/o/r/pulls/1');
      return {
        status: 200,
        body: {
          ...base,
          number: pull.number,
          state: pull.state,
          user: userJson(pull.author ?? 'octocat'),
          head: { ...(base.head as object), sha: pull.headSha, ref: pull.headRef },
        },
      };
    }
    case 'pulls/list-reviews': {
      const list = s.reviews.filter((r) => r.repo === repo && r.pull === Number(p.pull_number));
      const { page, headers } = paginate(list, url);
      return { status: 200, body: page.map((r) => reviewJson(s, r)), headers };
    }
    case 'teams/list-members-in-org': {
      const members = s.teams.get(`${p.org}/${p.team_slug}`);
      if (!members) return notFound;
      const { page, headers } = paginate(members, url);
      return { status: 200, body: page.map((m) => userJson(m)), headers };
    }
    case 'actions/get-reviews-for-run': {
      const list = s.runApprovals.filter((a) => a.repo === repo && a.runId === Number(p.run_id));
      const base = exampleOf('GET', '/repos/o/r/actions/runs/1/approvals');
      const env = ((base.environments as Record<string, unknown>[] | undefined) ?? [])[0] ?? {};
      return {
        status: 200,
        body: list.map((a) => ({
          ...base,
          state: a.state,
          comment: a.comment,
          user: userJson(a.login),
          environments: a.environments.map((name, i) => ({ ...env, id: i + 1, name })),
        })),
      };
    }

    case 'actions/list-workflow-run-artifacts': {
      const name = url.searchParams.get('name');
      const list = s.artifacts.filter(
        (a) => a.repo === repo && a.runId === Number(p.run_id) && (!name || a.name === name),
      );
      const { page, headers } = paginate(list, url);
      return {
        status: 200,
        body: { total_count: list.length, artifacts: page.map((a) => artifactJson(s, a)) },
        headers,
      };
    }
    case 'actions/get-artifact': {
      const a = s.artifacts.find((x) => x.repo === repo && x.id === Number(p.artifact_id));
      return a ? { status: 200, body: artifactJson(s, a) } : notFound;
    }
    case 'actions/download-artifact': {
      const a = s.artifacts.find((x) => x.repo === repo && x.id === Number(p.artifact_id));
      if (!a) return notFound;
      return { status: 302, body: undefined, headers: { location: a.downloadUrl() } };
    }
    case 'repos/create-deployment': {
      const d: DeploymentState = {
        id: s.nextId(),
        repo,
        ref: String(body.ref),
        environment: String(body.environment ?? 'production'),
        request: body,
        statuses: [],
      };
      s.deployments.push(d);
      const base = exampleOf('GET', '/repos/o/r/deployments/1');
      return {
        status: 201,
        body: { ...base, id: d.id, ref: d.ref, sha: d.ref, environment: d.environment },
      };
    }
    case 'repos/create-deployment-status': {
      const d = s.deployments.find((x) => x.id === Number(p.deployment_id) && x.repo === repo);
      if (!d) return { ...notFound, problem: `no deployment ${p.deployment_id}` };
      const description = body.description as string | undefined;
      if (description !== undefined && [...description].length > 140)
        return {
          status: 422,
          body: { message: 'Validation Failed' },
          problem: `deployment status description of ${[...description].length} characters exceeds 140`,
        };
      d.statuses.push({
        state: String(body.state),
        description,
        environment_url: body.environment_url as string | undefined,
        log_url: body.log_url as string | undefined,
      });
      const base = exampleOf('GET', '/repos/o/r/deployments/1/statuses/1');
      return { status: 201, body: { ...base, id: s.nextId(), state: body.state, description } };
    }
    default:
      return undefined;
  }
}
