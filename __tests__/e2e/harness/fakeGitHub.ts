import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadOpenApi, type MatchedOperation } from './openapi.js';
import { statefulHandler } from './fakeGitHubHandlers.js';
import { type Answer, type GitHubState, newState } from './fakeGitHubState.js';

/**
 * A fake api.github.com on 127.0.0.1. Every request is matched to an operation of GitHub's
 * OpenAPI description and its body validated against it; answers come from the description's
 * examples, overlaid with a little state (check runs, issue comments, pulls, artifacts) so a
 * second run can find what the first one wrote. Faults can be injected per route.
 */

export interface TokenInfo {
  /** The login the token acts as (`github-actions[bot]` for GITHUB_TOKEN). */
  login: string;
  /** An installation token (GITHUB_TOKEN, GitHub App): GET /user answers 403. */
  installation?: boolean;
  /** A read-only token (fork pull requests, Dependabot): every write answers 403. */
  readOnly?: boolean;
}

export const TOKENS = {
  /** GITHUB_TOKEN with write permissions. */
  writer: 'ghs_fakeWriterToken0123456789abcdefABCD',
  /** GITHUB_TOKEN of a fork pull request: read-only. */
  readOnly: 'ghs_fakeReadOnlyToken0123456789abcdefAB',
  /** A personal access token of user `octocat`. */
  pat: 'ghp_fakePersonalToken0123456789abcdefABC',
} as const;

export const DEFAULT_TOKENS: Record<string, TokenInfo> = {
  [TOKENS.writer]: { login: 'github-actions[bot]', installation: true },
  [TOKENS.readOnly]: { login: 'github-actions[bot]', installation: true, readOnly: true },
  [TOKENS.pat]: { login: 'octocat' },
};

export interface RecordedRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: URLSearchParams;
  operationId?: string;
  params: Record<string, string>;
  body: unknown;
  rawBody: string;
  login?: string;
  status: number;
  /** Why the request is not what GitHub accepts (schema errors, unknown route…); [] when valid. */
  problems: string[];
  /** The fault injected into this request, if any. */
  fault?: FaultKind;
}

export type FaultKind =
  | 'status'
  | 'secondary-rate-limit'
  /** Never answers (until the server closes): a timeout. */
  | 'hang'
  /** Does the work, then never answers: the client cannot know it succeeded. */
  | 'apply-then-hang'
  /** Does the work, then answers `status` (5xx): the same uncertainty, quicker. */
  | 'apply-then-status';

export interface Fault {
  kind: FaultKind;
  method?: string;
  /** Matched against the path (string: equality with the operation's template or a substring of the path). */
  path?: RegExp | string;
  /** How many matching requests get the fault (default 1; Infinity for an outage). */
  times?: number;
  /** Let this many matching requests through first. */
  after?: number;
  status?: number;
  /** Seconds, for secondary-rate-limit (default 1). */
  retryAfter?: number;
}

export interface FakeGitHub {
  /** Base URL, for GITHUB_API_URL (no trailing slash). */
  url: string;
  requests: RecordedRequest[];
  /** Requests GitHub would have rejected or could not route. Tests assert it is empty. */
  invalid(): RecordedRequest[];
  /** Requests to one operation (e.g. `checks/update`). */
  calls(operationId: string): RecordedRequest[];
  state: GitHubState;
  fault(f: Fault): void;
  close(): Promise<void>;
}

export interface FakeGitHubOptions {
  tokens?: Record<string, TokenInfo>;
  /** Public server URL used in html_url fields (default https://github.com). */
  serverUrl?: string;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  if (body === undefined) {
    res.writeHead(status, headers);
    res.end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

function tokenOf(req: IncomingMessage): string | undefined {
  const h = req.headers.authorization;
  if (!h) return undefined;
  const m = /^(?:token|bearer)\s+(.+)$/i.exec(h);
  return m?.[1];
}

export async function startFakeGitHub(opts: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const api = loadOpenApi();
  const tokens = { ...DEFAULT_TOKENS, ...opts.tokens };
  const requests: RecordedRequest[] = [];
  const faults: (Fault & { seen: number; used: number })[] = [];
  const hanging = new Set<ServerResponse>();
  let base = '';
  const state = newState(() => ({ apiUrl: base, serverUrl: opts.serverUrl ?? 'https://github.com' }));

  const takeFault = (method: string, path: string, op?: MatchedOperation) => {
    for (const f of faults) {
      if (f.method && f.method !== method) continue;
      if (f.path !== undefined) {
        const hit =
          typeof f.path === 'string' ? op?.template === f.path || path.includes(f.path) : f.path.test(path);
        if (!hit) continue;
      }
      f.seen++;
      if (f.seen <= (f.after ?? 0)) continue;
      if (f.used >= (f.times ?? 1)) continue;
      f.used++;
      return f;
    }
    return undefined;
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      const url = new URL(req.url ?? '/', base);
      const method = req.method ?? 'GET';
      const rec: RecordedRequest = {
        method,
        path: url.pathname,
        query: url.searchParams,
        params: {},
        body: undefined,
        rawBody,
        status: 0,
        problems: [],
      };
      requests.push(rec);
      const reply = (status: number, body: unknown, headers?: Record<string, string>) => {
        rec.status = status;
        send(res, status, body, headers);
      };
      if (rawBody) {
        try {
          rec.body = JSON.parse(rawBody);
        } catch {
          rec.problems.push('body is not JSON');
          return reply(400, { message: 'Problems parsing JSON' });
        }
      }
      if (url.pathname === '/graphql' && method === 'POST') return graphql(rec, req, reply);
      const op = api.match(method, url.pathname);
      if (!op) {
        rec.problems.push(`no operation ${method} ${url.pathname} in GitHub's REST description`);
        return reply(404, { message: 'Not Found' });
      }
      rec.operationId = op.operationId;
      rec.params = op.params;
      const token = tokenOf(req);
      const who = token ? tokens[token] : undefined;
      if (!who)
        return reply(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
      rec.login = who.login;
      const problems = api.validateBody(op, rec.body);
      if (problems.length > 0) {
        rec.problems.push(...problems);
        return reply(422, { message: 'Invalid request.', errors: problems });
      }
      const fault = takeFault(method, url.pathname, op);
      rec.fault = fault?.kind;
      if (fault?.kind === 'hang') {
        hanging.add(res);
        return;
      }
      if (fault?.kind === 'status') return reply(fault.status ?? 500, { message: 'Server Error' });
      if (fault?.kind === 'secondary-rate-limit') {
        return reply(
          403,
          {
            message:
              'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
            documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
          },
          { 'retry-after': String(fault.retryAfter ?? 1) },
        );
      }
      const isWrite = method !== 'GET' && method !== 'HEAD';
      if (isWrite && who.readOnly) {
        return reply(403, {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest',
          status: '403',
        });
      }
      const answer = statefulHandler(state, op, rec, who, url) ?? exampleAnswer(op);
      if (answer.problem) rec.problems.push(answer.problem);
      if (fault?.kind === 'apply-then-hang') {
        hanging.add(res);
        return;
      }
      if (fault?.kind === 'apply-then-status') return reply(fault.status ?? 502, { message: 'Bad Gateway' });
      reply(answer.status, answer.body, answer.headers);
    });
  });

  const exampleAnswer = (op: MatchedOperation): Answer => {
    const ex = api.example(op);
    return ex ? { status: ex.status, body: ex.body } : { status: 204, body: undefined };
  };

  const graphql = (
    rec: RecordedRequest,
    req: IncomingMessage,
    reply: (s: number, b: unknown, h?: Record<string, string>) => void,
  ) => {
    rec.operationId = 'graphql';
    const token = tokenOf(req);
    const who = token ? tokens[token] : undefined;
    if (!who) return reply(401, { message: 'Bad credentials' });
    rec.login = who.login;
    const body = rec.body as { query?: string; variables?: Record<string, unknown> } | undefined;
    const query = body?.query ?? '';
    // The only mutation the gate uses; GraphQL has no published schema in @octokit/openapi.
    if (/mutation[\s\S]*minimizeComment\s*\(/.test(query)) {
      const id = String(body?.variables?.subjectId ?? '');
      const classifier = String(body?.variables?.classifier ?? '');
      if (!['OUTDATED', 'RESOLVED', 'DUPLICATE', 'OFF_TOPIC', 'SPAM', 'ABUSE'].includes(classifier)) {
        rec.problems.push(`minimizeComment: bad classifier ${classifier}`);
        return reply(200, { errors: [{ message: `Argument 'classifier' has an invalid value` }] });
      }
      if (who.readOnly)
        return reply(200, {
          errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }],
        });
      const comment = state.findCommentByNodeId(id);
      if (!comment) {
        rec.problems.push(`minimizeComment: no comment with node id ${id}`);
        return reply(200, {
          errors: [
            { type: 'NOT_FOUND', message: `Could not resolve to a node with the global id of '${id}'` },
          ],
        });
      }
      comment.minimized = classifier;
      return reply(200, {
        data: {
          minimizeComment: {
            minimizedComment: { isMinimized: true, minimizedReason: classifier.toLowerCase() },
          },
        },
      });
    }
    rec.problems.push('graphql: only the minimizeComment mutation is supported by the fake');
    return reply(200, { errors: [{ message: 'unsupported query' }] });
  };

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Never keep a test process alive: the server stops with it.
  server.unref();
  return {
    url: base,
    requests,
    invalid: () => requests.filter((r) => r.problems.length > 0),
    calls: (id) => requests.filter((r) => r.operationId === id),
    state,
    fault: (f) => faults.push({ ...f, seen: 0, used: 0 }),
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
