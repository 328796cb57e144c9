import pLimit from 'p-limit';
import { z } from 'zod';
import { HttpError, type HttpErrorKind, type HttpResponse } from '../../adapters/http.js';
import { duration } from '../fields.js';
import { parseDuration } from '../../core/duration.js';
import { errorMessage } from '../../core/errors.js';
import { formatDuration } from '../../core/format.js';
import type { CheckContext } from '../types.js';

/** Request plumbing shared by the live check types (http, auth, performance, freshness). */

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
export const DEFAULT_BACKOFF_MS = 250;
export const MAX_DEFAULT_REQUEST_TIMEOUT_MS = 10_000;
const EXCERPT_BYTES = 2048;
/**
 * A retry is only started when its wait and this much more end before the check's deadline:
 * the check must still have time to say what failed, or all it could report is "timed out".
 */
const RETRY_RESERVE_MS = 200;
/** Worth another try: the server may be starting or briefly overloaded. DNS and TLS errors are not. */
const RETRYABLE = new Set<HttpErrorKind>(['refused', 'reset', 'network', 'timeout']);
const SENSITIVE_HEADER =
  /^(authorization|proxy-authorization|cookie|x-api-key)$|token|secret|api[-_]?key|password/i;

export const headersField = z
  .record(z.string(), z.string())
  .optional()
  .describe(
    'Request headers; values of sensitive ones (authorization, cookie, x-api-key, *token*, *secret*) are redacted everywhere',
  );
export const requestTimeoutField = duration
  .optional()
  .describe('Time one request may take (default: the smaller of 10s and the check timeout)');
export const retriesField = z
  .int()
  .min(0)
  .max(5)
  .default(0)
  .describe(
    'Retries after a connection error (refused, reset, timeout) or a 5xx answer; not after DNS or TLS errors',
  );
export const backoffField = duration
  .optional()
  .describe('Wait before the first retry, doubled for each next one (default 250ms)');
export const followRedirectsField = z
  .boolean()
  .default(false)
  .describe('Follow redirects; by default a 3xx answer is seen as it is');
export const maxBodyBytesField = z
  .int()
  .min(1)
  .max(256 * 1024 * 1024)
  .default(DEFAULT_MAX_BODY_BYTES)
  .describe('Bytes of each response body read at most (default 1 MiB); the rest is discarded');

/** One request to send, with its display label (`/health` or the URL as written). */
export interface RequestTarget {
  name: string;
  label: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface RequestSettings {
  timeoutMs: number;
  retries: number;
  backoffMs: number;
  followRedirects: boolean;
  maxBodyBytes: number;
}

/** What evidence keeps of one request (after retries). */
export interface RequestRecord {
  name: string;
  method: string;
  url: string;
  status?: number;
  /** Time to response headers of the last attempt (or until it failed). */
  latencyMs: number;
  /** Wall time over every attempt, backoff included. */
  totalMs: number;
  bytes: number;
  truncated: boolean;
  attempts: number;
  error?: string;
  errorKind?: HttpErrorKind;
  location?: string;
  contentType?: string;
  bodyExcerpt: string;
}

export interface RequestFailure {
  /** Set for HttpErrors: the request failed at connection level. */
  kind?: HttpErrorKind;
  message: string;
}

export interface SentRequest {
  target: RequestTarget;
  record: RequestRecord;
  response?: HttpResponse;
  error?: RequestFailure;
}

export interface RequestSettingsSpec {
  requestTimeout?: string | number;
  retries?: number;
  backoff?: string | number;
  followRedirects?: boolean;
  maxBodyBytes?: number;
}

export function requestSettings(spec: RequestSettingsSpec, ctx: CheckContext): RequestSettings {
  const fallback = Math.max(1, Math.min(MAX_DEFAULT_REQUEST_TIMEOUT_MS, ctx.timeoutMs));
  const timeout = spec.requestTimeout === undefined ? undefined : parseDuration(spec.requestTimeout);
  const backoff = spec.backoff === undefined ? undefined : parseDuration(spec.backoff);
  return {
    timeoutMs: timeout && timeout > 0 ? timeout : fallback,
    retries: spec.retries ?? 0,
    backoffMs: backoff ?? DEFAULT_BACKOFF_MS,
    followRedirects: spec.followRedirects ?? false,
    maxBodyBytes: spec.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
  };
}

const ABSOLUTE = /^https?:\/\//i;

/** `base` + path, keeping base's own path (`https://x/api` + `/health` → `https://x/api/health`). Throws when unusable. */
export function resolveUrl(base: string | undefined, target: string): string {
  let text: string;
  if (ABSOLUTE.test(target)) text = target;
  else if (/^[a-z][a-z0-9+.-]*:/i.test(target)) throw new Error(`"${target}" is not an http(s) URL`);
  else if (base === undefined)
    throw new Error(`"${target}" is a path: set base, or give an absolute http(s) URL`);
  else text = target === '' ? base : `${base.replace(/\/+$/, '')}/${target.replace(/^\/+/, '')}`;
  try {
    new URL(text);
  } catch {
    throw new Error(`"${text}" is not a valid URL`);
  }
  return text;
}

/** Lower-cases header names and merges later maps over earlier ones. */
export function mergeHeaders(...maps: (Record<string, string> | undefined)[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of maps) for (const [k, v] of Object.entries(m ?? {})) out[k.toLowerCase()] = v;
  return out;
}

export function isSensitiveHeader(name: string): boolean {
  return SENSITIVE_HEADER.test(name);
}

/** Registers the values of sensitive headers as secrets (before anything is sent or written). */
export function protectHeaders(headers: Record<string, string> | undefined, ctx: CheckContext): void {
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (!isSensitiveHeader(name)) continue;
    ctx.secret(value);
    // `Bearer abc…`: the credential alone is secret too, wherever it shows up.
    const credential = /^[A-Za-z][\w-]*\s+(\S.*)$/.exec(value)?.[1];
    if (credential) ctx.secret(credential);
  }
}

export function excerpt(body: string, max = EXCERPT_BYTES): string {
  if (body.length <= max / 4 || Buffer.byteLength(body) <= max) return body;
  return Buffer.from(body, 'utf8').subarray(0, max).toString('utf8');
}

export const describeTarget = (t: RequestTarget): string => `${t.method} ${t.label}`;

export const isConnectionError = (s: SentRequest): boolean => s.error?.kind !== undefined;

const round1 = (n: number): number => Math.round(n * 10) / 10;

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

function toRecord(
  target: RequestTarget,
  attempts: number,
  totalMs: number,
  response?: HttpResponse,
  error?: RequestFailure & { elapsedMs?: number },
): RequestRecord {
  const record: RequestRecord = {
    name: target.name,
    method: target.method,
    url: target.url,
    latencyMs: round1(response?.latencyMs ?? error?.elapsedMs ?? 0),
    totalMs: round1(totalMs),
    bytes: response?.bodyBytes ?? 0,
    truncated: response?.truncated ?? false,
    attempts,
    bodyExcerpt: excerpt(response?.body ?? ''),
  };
  if (response) record.status = response.status;
  if (error) record.error = error.message;
  if (error?.kind) record.errorKind = error.kind;
  if (response?.headers.location !== undefined) record.location = response.headers.location;
  if (response?.headers['content-type'] !== undefined) record.contentType = response.headers['content-type'];
  return record;
}

/**
 * Sends one request, retrying connection errors (not DNS/TLS) and 5xx answers with exponential
 * backoff. Stops retrying once the check's signal aborts. Never throws.
 */
export async function sendRequest(
  target: RequestTarget,
  settings: RequestSettings,
  ctx: CheckContext,
): Promise<SentRequest> {
  const started = performance.now();
  if (ctx.signal.aborted) {
    const error: RequestFailure = { kind: 'aborted', message: 'request not sent: the check was stopped' };
    return { target, error, record: toRecord(target, 0, 0, undefined, error) };
  }
  let attempts = 0;
  let response: HttpResponse | undefined;
  let error: (RequestFailure & { elapsedMs?: number }) | undefined;
  const deadline = ctx.deadline ?? Infinity;
  // The reserve grows with long check timeouts: writing evidence takes longer on a busy runner.
  const reserve = Math.max(RETRY_RESERVE_MS, ctx.timeoutMs / 10);
  for (;;) {
    attempts++;
    const attemptStarted = performance.now();
    response = undefined;
    error = undefined;
    // A retry gets the time left before the reserve, so it ends with its own error, not the check's.
    const timeoutMs =
      attempts === 1
        ? settings.timeoutMs
        : Math.max(1, Math.min(settings.timeoutMs, Math.floor(deadline - reserve - attemptStarted)));
    try {
      response = await ctx.http.request({
        url: target.url,
        method: target.method,
        headers: target.headers,
        body: target.body,
        timeoutMs,
        maxBodyBytes: settings.maxBodyBytes,
        followRedirects: settings.followRedirects,
        sensitiveHeader: isSensitiveHeader,
        signal: ctx.signal,
      });
    } catch (err) {
      error =
        err instanceof HttpError
          ? { kind: err.kind, message: err.message, elapsedMs: err.elapsedMs }
          : { message: errorMessage(err), elapsedMs: performance.now() - attemptStarted };
    }
    const retryable = response
      ? response.status >= 500
      : error?.kind !== undefined && RETRYABLE.has(error.kind);
    if (!retryable || attempts > settings.retries || ctx.signal.aborted) break;
    const wait = settings.backoffMs * 2 ** (attempts - 1);
    // Time for the wait, then at least `reserve` for the attempt, then the reserve itself.
    if (performance.now() + wait + 2 * reserve > deadline) {
      ctx.log(
        `${describeTarget(target)}: ${response ? `status ${response.status}` : error!.message}; no time left for retry ${attempts} of ${settings.retries} before the check's timeout`,
      );
      break;
    }
    ctx.log(
      `${describeTarget(target)}: ${response ? `status ${response.status}` : error!.message}; retry ${attempts} of ${settings.retries} in ${ms(wait)}`,
    );
    await sleep(wait, ctx.signal);
    if (ctx.signal.aborted) break;
  }
  // A retried failure says so: refused after 3 attempts is not the same as refused once.
  if (error && attempts > 1) error.message = `${error.message} after ${attempts} attempts`;
  const record = toRecord(target, attempts, performance.now() - started, response, error);
  const sent: SentRequest = { target, record };
  if (response) sent.response = response;
  if (error)
    sent.error = error.kind ? { kind: error.kind, message: error.message } : { message: error.message };
  return sent;
}

/** Sends independent requests concurrently, at most `concurrency` at a time; results keep the input order. */
export function sendAll(
  targets: readonly RequestTarget[],
  settings: RequestSettings,
  ctx: CheckContext,
  concurrency: number,
): Promise<SentRequest[]> {
  const limit = pLimit(Math.max(1, concurrency));
  return Promise.all(targets.map((t) => limit(() => sendRequest(t, settings, ctx))));
}

export function writeRequestEvidence(ctx: CheckContext, records: readonly RequestRecord[]): Promise<string> {
  return ctx.evidence.write('requests.json', records);
}

/** `a`, `a-2`, `a-3`…: names that stay unique among the requests of one check. */
export function uniqueNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((n) => {
    let name = n;
    for (let i = 2; used.has(name); i++) name = `${n}-${i}`;
    used.add(name);
    return name;
  });
}

/** A latency or wait as the report shows durations: `84ms`, `1.43s`. */
export const ms = (n: number): string => formatDuration(n);
