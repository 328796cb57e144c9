import type { GitHub } from '@actions/github/lib/utils';
import { connectionFailure, GitHubUnreachable } from './errors.js';

/** The Octokit the publishers use: REST methods, pagination, retries and throttling. */
export type GitHubApi = InstanceType<typeof GitHub>;

export interface GitHubClientOptions {
  token: string;
  apiUrl: string;
  /** Per request; a request with no answer by then fails (and may be retried). */
  timeoutMs: number;
  /** Retries of a request that failed with 5xx, a timeout or a rate limit. */
  retries: number;
  userAgent: string;
  log: { debug(message: string): void; warn(message: string): void };
  /** Aborting stops every request at once, without retries. */
  signal?: AbortSignal;
  /**
   * True: writes are serialised and spaced (one a second, comments three), rate-limit answers
   * waited out and failed requests retried after 1, 4, 9 s, as GitHub asks of integrations.
   * False only where speed matters more (tests): no spacing, retries after 10, 40, 90 ms.
   * Default: see pacedByDefault.
   */
  paced?: boolean;
}

/**
 * Whether writes are paced when the caller does not say: always, except against a GitHub on this
 * machine (the tests' fake GitHub, which the bundled action reaches from a child process) with
 * PROMOTION_GATE_API_PACING=off. The GitHub a runner talks to is not on a loopback address, so
 * no setting unpaces the requests a real run makes.
 */
export function pacedByDefault(apiUrl: string): boolean {
  if (process.env.PROMOTION_GATE_API_PACING !== 'off') return true;
  try {
    return !['127.0.0.1', 'localhost', '[::1]'].includes(new URL(apiUrl).hostname);
  } catch {
    return true;
  }
}

/** Longest wait for a rate limit to reset that is still worth it; beyond, the request fails. */
const MAX_RATE_LIMIT_WAIT_S = 60;

function hostOf(input: Parameters<typeof fetch>[0]): string {
  try {
    return new URL(input instanceof Request ? input.url : String(input)).host;
  } catch {
    return 'the API URL';
  }
}

interface RequestHooks {
  hook: {
    error(
      name: 'request',
      fn: (error: unknown, options: { request?: Record<string, unknown> }) => never,
    ): void;
  };
}

/**
 * Registered before plugin-retry, so it sees a failure first: a request that could not connect
 * is not retried (its `request.retries` becomes 0), whatever `api-retries` says.
 */
function noRetryWhenUnreachable(octokit: RequestHooks): void {
  octokit.hook.error('request', (error, options) => {
    if (error instanceof Error && hasUnreachableCause(error))
      options.request = { ...options.request, retries: 0 };
    throw error;
  });
}

function hasUnreachableCause(error: Error): boolean {
  for (let e: unknown = error, i = 0; e instanceof Error && i < 8; e = e.cause, i++) {
    if (e instanceof GitHubUnreachable) return true;
  }
  return false;
}

/**
 * Builds the client. @actions/github and the plugins are loaded here, not at start-up, so
 * commands that never talk to GitHub do not pay for them. @actions/github brings the runner's
 * proxy settings (HTTPS_PROXY, NO_PROXY) through its fetch.
 */
export async function createGitHubClient(o: GitHubClientOptions): Promise<GitHubApi> {
  const [{ GitHub: Base, defaults, getOctokitOptions }, { retry }, { throttling }] = await Promise.all([
    import('@actions/github/lib/utils'),
    import('@octokit/plugin-retry'),
    import('@octokit/plugin-throttling'),
  ]);
  const baseFetch = (defaults.request?.fetch as typeof fetch | undefined) ?? globalThis.fetch;
  const seconds = Math.round(o.timeoutMs / 100) / 10;
  // Once a connection failed before any answer, no request of this client goes out again.
  let unreachable: GitHubUnreachable | undefined;
  const fetchWithTimeout: typeof fetch = async (input, init) => {
    if (unreachable) throw unreachable;
    const timeout = AbortSignal.timeout(o.timeoutMs);
    const signals = [timeout, init?.signal, o.signal].filter((s): s is AbortSignal => !!s);
    try {
      return await baseFetch(input, { ...init, signal: AbortSignal.any(signals) });
    } catch (err) {
      // A plain Error becomes a retryable RequestError (status 500, no response) in @octokit/request.
      if (timeout.aborted && !o.signal?.aborted) throw new Error(`no answer within ${seconds} s`);
      const failure = connectionFailure(err);
      if (failure && !unreachable) {
        unreachable = new GitHubUnreachable(`${failure} at ${hostOf(input)}`, { cause: err });
        o.log.warn(`GitHub is unreachable (${unreachable.message}): no further requests in this run`);
      }
      throw unreachable ?? err;
    }
  };
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      options: { method?: string; url?: string },
      _octokit: unknown,
      retryCount: number,
    ) => {
      const what = `${options.method ?? ''} ${options.url ?? ''}`.trim();
      if (retryCount < o.retries && retryAfter <= MAX_RATE_LIMIT_WAIT_S) {
        o.log.warn(`GitHub ${kind} on ${what}: retrying in ${retryAfter} s`);
        return true;
      }
      o.log.warn(`GitHub ${kind} on ${what}: giving up (retry after ${retryAfter} s)`);
      return false;
    };
  const paced = o.paced ?? pacedByDefault(o.apiUrl);
  const Client = Base.plugin(noRetryWhenUnreachable, retry, throttling);
  return new Client(
    getOctokitOptions(o.token, {
      baseUrl: o.apiUrl,
      userAgent: o.userAgent,
      request: { fetch: fetchWithTimeout },
      retry: { retries: o.retries, retryAfterBaseValue: paced ? 1000 : 10 },
      throttle: {
        enabled: paced,
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
      },
      log: {
        debug: (m: string) => o.log.debug(m),
        info: (m: string) => o.log.debug(m),
        warn: (m: string) => o.log.warn(m),
        error: (m: string) => o.log.warn(m),
      },
    }),
  ) as unknown as GitHubApi;
}
