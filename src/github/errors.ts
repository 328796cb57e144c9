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
  /** 5xx, timeouts, connection errors: GitHub may be down. */
  | 'unavailable';

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

function firstLine(text: string, max = 300): string {
  const line = text.split('\n')[0]!.trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

export function classifyApiError(err: unknown): ApiFailure {
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
  return f.status ? `GitHub answered ${f.status}: ${f.message}` : `GitHub did not answer: ${f.message}`;
}

/**
 * Whether a failed write may still have been applied (the answer was lost, not refused): a retry
 * must first look whether it was, or it would duplicate annotations or comments.
 */
export function mayHaveApplied(err: unknown): boolean {
  return classifyApiError(err).kind === 'unavailable';
}

/** A failure that stops every later call to the API in this run (an outage, a bad token). */
export function stopsFurtherCalls(f: ApiFailure): boolean {
  return f.kind === 'unavailable' || f.kind === 'unauthorized';
}
