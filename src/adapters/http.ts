/** The HTTP client live checks use: fetch with a byte cap, timing, and errors that say what went wrong. */

export interface HttpRequest {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  timeoutMs: number;
  /** Bytes of body to read at most; the rest is discarded. */
  maxBodyBytes?: number;
  followRedirects?: boolean;
  /** Headers that, like credentials, are not sent on when a redirect leads to another origin. */
  sensitiveHeader?: (name: string) => boolean;
  signal?: AbortSignal;
}

export interface HttpResponse {
  url: string;
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Bytes read (≤ maxBodyBytes). */
  bodyBytes: number;
  truncated: boolean;
  /** Time to response headers. */
  latencyMs: number;
  /** Time until the body was read. */
  totalMs: number;
}

export type HttpErrorKind = 'timeout' | 'refused' | 'dns' | 'tls' | 'reset' | 'aborted' | 'network';

export class HttpError extends Error {
  constructor(
    readonly kind: HttpErrorKind,
    message: string,
    readonly elapsedMs: number,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export interface HttpClient {
  request(req: HttpRequest): Promise<HttpResponse>;
}

const DEFAULT_MAX_BODY = 1024 * 1024;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** As many as fetch itself follows. */
const MAX_REDIRECTS = 20;
/** Credentials that never follow a redirect to another origin. */
const ORIGIN_BOUND_HEADERS = ['authorization', 'proxy-authorization', 'cookie'];
/** Headers about a body, dropped when a redirect turns the request into a GET without one. */
const BODY_HEADERS = [
  'content-type',
  'content-length',
  'content-encoding',
  'content-language',
  'content-location',
];

/** One request as sent, the first or one that follows a redirect. */
interface Outgoing {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** The request to send for a redirect answer, as fetch would follow it; undefined when it is not one. */
function redirected(
  res: Response,
  from: Outgoing,
  sensitive: (name: string) => boolean = () => false,
): Outgoing | undefined {
  const location = res.headers.get('location');
  if (!REDIRECT_STATUSES.has(res.status) || location === null) return undefined;
  let url: URL;
  try {
    url = new URL(location, from.url);
  } catch {
    return undefined;
  }
  let { method, body } = from;
  const drop = new Set<string>();
  if (
    (res.status === 303 && method !== 'HEAD') ||
    ((res.status === 301 || res.status === 302) && method === 'POST')
  ) {
    method = 'GET';
    body = undefined;
    for (const h of BODY_HEADERS) drop.add(h);
  }
  const crossOrigin = url.origin !== new URL(from.url).origin;
  if (crossOrigin) for (const h of ORIGIN_BOUND_HEADERS) drop.add(h);
  const headers = Object.fromEntries(
    Object.entries(from.headers).filter(
      ([k]) => !drop.has(k.toLowerCase()) && !(crossOrigin && sensitive(k)),
    ),
  );
  return { url: url.href, method, headers, ...(body === undefined ? {} : { body }) };
}

function describeCause(err: unknown, url: string): { kind: HttpErrorKind; message: string } {
  const host = hostOf(url);
  const cause = (err as { cause?: { code?: string; message?: string } })?.cause;
  const code = cause?.code ?? (err as { code?: string })?.code ?? '';
  const text = `${cause?.message ?? ''} ${(err as Error)?.message ?? ''}`;
  if (code === 'ECONNREFUSED') return { kind: 'refused', message: `connection refused by ${host}` };
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME')
    return { kind: 'dns', message: `DNS lookup failed for ${host.replace(/:\d+$/, '')} (${code})` };
  if (
    /CERT|SSL|TLS|self[- ]signed|certificate|wrong version number|EPROTO/i.test(code) ||
    /certificate|ssl|tls|wrong version number/i.test(text)
  )
    return { kind: 'tls', message: `TLS error talking to ${host}: ${cause?.message ?? code}` };
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || /other side closed|socket hang up/i.test(text))
    return { kind: 'reset', message: `connection to ${host} was closed before a complete response` };
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH')
    return { kind: 'network', message: `${host} is unreachable (${code})` };
  return {
    kind: 'network',
    message: `request to ${host} failed: ${cause?.message ?? (err as Error)?.message ?? code}`,
  };
}

export function createHttpClient(userAgent: string): HttpClient {
  return {
    async request(req) {
      const started = performance.now();
      const timeout = AbortSignal.timeout(req.timeoutMs);
      const signal = req.signal ? AbortSignal.any([req.signal, timeout]) : timeout;
      const elapsed = () => Math.round(performance.now() - started);
      // Redirects are followed here rather than by fetch, so an error names the host that failed.
      let sent: Outgoing = {
        url: req.url,
        method: req.method ?? 'GET',
        headers: { 'user-agent': userAgent, ...req.headers },
        ...(req.body === undefined ? {} : { body: req.body }),
      };
      const fail = (err: unknown): never => {
        if (timeout.aborted)
          throw new HttpError('timeout', `no complete response within ${req.timeoutMs}ms`, elapsed());
        if (req.signal?.aborted)
          throw new HttpError('aborted', 'request stopped (check timed out)', elapsed());
        const { kind, message } = describeCause(err, sent.url);
        const via = sent.url === req.url ? '' : `, redirected from ${hostOf(req.url)}`;
        throw new HttpError(kind, `${message}${via}`, elapsed());
      };
      let res: Response;
      for (let hops = 0; ; hops++) {
        try {
          res = await fetch(sent.url, {
            method: sent.method,
            headers: sent.headers,
            body: sent.body,
            redirect: 'manual',
            signal,
          });
        } catch (err) {
          return fail(err);
        }
        const next = req.followRedirects ? redirected(res, sent, req.sensitiveHeader) : undefined;
        if (!next) break;
        await res.body?.cancel().catch(() => undefined);
        if (hops === MAX_REDIRECTS)
          throw new HttpError(
            'network',
            `more than ${MAX_REDIRECTS} redirects, the last to ${hostOf(next.url)}`,
            elapsed(),
          );
        sent = next;
      }
      const latencyMs = performance.now() - started;
      const max = req.maxBodyBytes ?? DEFAULT_MAX_BODY;
      const chunks: Uint8Array[] = [];
      let bytes = 0;
      let truncated = false;
      try {
        if (res.body) {
          const reader = res.body.getReader();
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            const room = max - bytes;
            if (value.length > room) {
              chunks.push(value.subarray(0, room));
              bytes += room;
              truncated = true;
              await reader.cancel().catch(() => undefined);
              break;
            }
            chunks.push(value);
            bytes += value.length;
          }
        }
      } catch (err) {
        return fail(err);
      }
      const headers: Record<string, string> = {};
      res.headers.forEach((v, k) => {
        headers[k] = v;
      });
      return {
        url: res.url || sent.url,
        status: res.status,
        headers,
        body: Buffer.concat(chunks).toString('utf8'),
        bodyBytes: bytes,
        truncated,
        latencyMs: Math.round(latencyMs * 10) / 10,
        totalMs: Math.round((performance.now() - started) * 10) / 10,
      };
    },
  };
}
