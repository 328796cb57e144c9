import type { RecordedRequest, TokenInfo } from './fakeGitHub.js';
import { artifactJson, checkRunJson, commentJson, exampleOf, paginate, userJson } from './fakeGitHubJson.js';
import {
  type Answer,
  type CheckRunState,
  type CommentState,
  type GitHubState,
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
    default:
      return undefined;
  }
}
