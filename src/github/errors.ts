/**
 * What went wrong talking to GitHub, in the terms that decide what to do next: a token that may
 * not write is skipped with a notice, an outage stops further calls, anything else is reported.
 */
export type ApiFailureKind =
  /** 403 without a rate limit: the token may not do this (fork PR, Dependabot, missing permission). */
  | 'forbidden'
  /** 401: the token is wrong or expired. */
  | 'unauthorized'
  /** A rate limit that outlasted the retries. */
  | 'rate-limited'
  | 'not-found'
  /** 422 and other 4xx: GitHub refused the request itself. */
  | 'rejected'
  /** 5xx, timeouts: GitHub may be down. */
  | 'unavailable'
  /** No connection at all (refused, unknown host, reset before an answer, a bad certificate). */
  | 'unreachable';

export interface ApiFailure {
  kind: ApiFailureKind;
  status?: number;
  /** One line, safe to show: GitHub's message, never a header or a token. */
  message: string;
}

interface RequestErrorLike {
  status?: number;
  message?: string;
  response?: { data?: unknown; headers?: Record<string, string | undefined> };
  request?: unknown;
  name?: string;
  cause?: unknown;
  /** GraphQL errors arrive in a 200 answer. */
  errors?: { type?: string; message?: string }[];
}

/**
 * A connection to GitHub that failed before any answer. Nothing was applied, and trying again
 * within the run only makes the job wait (minutes, with the retries): publishing ends at once.
 */
export class GitHubUnreachable extends Error {
  override readonly name = 'GitHubUnreachable';
}

const CONNECTION_CODES = new Map([
  ['ECONNREFUSED', 'connection refused'],
  ['ENOTFOUND', 'host not found'],
  ['EAI_AGAIN', 'host name lookup failed'],
  ['ECONNRESET', 'connection reset before an answer'],
  ['UND_ERR_SOCKET', 'connection closed before an answer'],
  ['EHOSTUNREACH', 'host unreachable'],
  ['ENETUNREACH', 'network unreachable'],
]);
const TLS_CODE = /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|ERR_TLS|ERR_SSL/;

/** Each error of a chain of causes (AggregateError members too), the outermost first. */
function* causes(err: unknown): Generator<{ code?: unknown; message?: unknown }> {
  const queue = [err];
  for (let seen = 0; queue.length && seen < 16; seen++) {
    const e = queue.shift();
    if (!e || typeof e !== 'object') continue;
    yield e as { code?: unknown; message?: unknown };
    queue.push((e as { cause?: unknown }).cause);
    const members = (e as { errors?: unknown }).errors;
    if (Array.isArray(members)) queue.push(...members);
  }
}

/**
 * What failed, when a request's error is a connection failure: `connection refused (ECONNREFUSED)`.
 * Only for errors raised before any answer arrived (fetch itself rejected).
 */
export function connectionFailure(err: unknown): string | undefined {
  for (const e of causes(err)) {
    const code = typeof e.code === 'string' ? e.code : '';
    const what = CONNECTION_CODES.get(code);
    if (what) return `${what} (${code})`;
    if (TLS_CODE.test(code)) return `TLS failed: ${firstLine(String(e.message ?? code), 200)}`;
  }
  return undefined;
}

function unreachableIn(err: unknown): GitHubUnreachable | undefined {
  for (const e of causes(err)) if (e instanceof GitHubUnreachable) return e;
  return undefined;
}

function firstLine(text: string, max = 300): string {
  const line = text.split('\n')[0]!.trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

export function classifyApiError(err: unknown): ApiFailure {
  const unreachable = unreachableIn(err);
  if (unreachable) return { kind: 'unreachable', message: firstLine(unreachable.message) };
  const e = (err ?? {}) as RequestErrorLike;
  const status = typeof e.status === 'number' ? e.status : undefined;
  const data = e.response?.data as { message?: string } | undefined;
  const message = firstLine(String(data?.message ?? e.message ?? err));
  if (Array.isArray(e.errors)) {
    const first = e.errors[0] ?? {};
    const text = firstLine(first.message ?? message);
    if (first.type === 'FORBIDDEN') return { kind: 'forbidden', message: text };
    if (first.type === 'NOT_FOUND') return { kind: 'not-found', message: text };
    if (first.type === 'RATE_LIMITED') return { kind: 'rate-limited', message: text };
    return { kind: 'rejected', message: text };
  }
  const hasResponse = e.response !== undefined;
  if (!hasResponse || status === undefined || status >= 500) {
    const detail = /timeout|timed out|no answer/i.test(message) ? message : message || 'no answer';
    return { kind: 'unavailable', status: hasResponse ? status : undefined, message: detail };
  }
  if (status === 401) return { kind: 'unauthorized', status, message };
  if (status === 429 || (status === 403 && /rate limit/i.test(message))) {
    return { kind: 'rate-limited', status, message };
  }
  // A locked conversation or a blocked user is also a 403, but no token would do better.
  if (status === 403 && !/locked|blocked/i.test(message)) return { kind: 'forbidden', status, message };
  if (status === 404) return { kind: 'not-found', status, message };
  return { kind: 'rejected', status, message };
}

/** `GitHub answered 500: Server Error` / `no answer: …` — for logs and warnings. */
export function describeApiFailure(f: ApiFailure): string {
  if (f.kind === 'unreachable') return `could not reach GitHub: ${f.message}`;
  return f.status ? `GitHub answered ${f.status}: ${f.message}` : `GitHub did not answer: ${f.message}`;
}

/**
 * Whether a failed write may still have been applied (the answer was lost, not refused): a retry
 * must first look whether it was, or it would duplicate annotations or comments.
 */
// Not after a connection failure: whatever it was, no call follows one in this run.
export function mayHaveApplied(err: unknown): boolean {
  return classifyApiError(err).kind === 'unavailable';
}

/** A failure that stops every later call to the API in this run (an outage, a bad token). */
export function stopsFurtherCalls(f: ApiFailure): boolean {
  return f.kind === 'unavailable' || f.kind === 'unreachable' || f.kind === 'unauthorized';
}
