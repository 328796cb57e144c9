import { cp } from 'node:fs/promises';
import path from 'node:path';
import type { Exec } from '../adapters/exec.js';
import { HttpError, type HttpClient, type HttpResponse } from '../adapters/http.js';
import type { Logger } from '../adapters/logger.js';
import type { PlannedCheck } from '../config/types.js';
import { errorMessage } from '../core/errors.js';
import type { Redactor } from '../core/redact.js';
import type { CheckResult } from '../core/types.js';
import { runChecks } from '../engine/runChecks.js';
import type { ProbeRow, TickRow } from './types.js';

/** What one request got: an answer, or none at all (refused, reset, timed out…). */
interface Seen {
  status?: number;
  latencyMs?: number;
}

/**
 * The HTTP client a probe uses, counting what every request it sends gets — retries included,
 * since each is an answer the service gave. A request stopped because the monitor itself was
 * stopped tells nothing about the service and is not counted.
 */
function countingClient(inner: HttpClient, seen: Seen[], stopped: () => boolean): HttpClient {
  return {
    async request(req): Promise<HttpResponse> {
      try {
        const res = await inner.request(req);
        seen.push({ status: res.status, latencyMs: res.latencyMs });
        return res;
      } catch (err) {
        if (!(err instanceof HttpError && err.kind === 'aborted' && stopped())) seen.push({});
        throw err;
      }
    },
  };
}

/** At most this many latencies of one tick are kept (a performance probe samples many). */
const MAX_LATENCIES_PER_TICK = 2000;

export interface TickDeps {
  cwd: string;
  /** Where this tick's evidence goes (evidence/<probe>/ under it). */
  outputDir: string;
  env: Readonly<Record<string, string | undefined>>;
  exec: Exec;
  http: HttpClient;
  now: () => Date;
  redactor: Redactor;
  logger: Logger;
  concurrency: number;
  gateTimeoutMs: number;
  signal?: AbortSignal;
}

/**
 * One round of probes, each run by the engine exactly as a gate runs it (timeouts, redaction,
 * evidence), each with its own counting client so its requests are its own. A probe that
 * errors is a failed probe.
 */
export async function runTick(
  probes: readonly PlannedCheck[],
  tick: number,
  deps: TickDeps,
): Promise<{ row: TickRow; results: CheckResult[] }> {
  const at = deps.now().toISOString();
  const stopped = () => deps.signal?.aborted === true;
  // Only what did not pass is printed per probe: a passing round is one line of the tick.
  const logger: Logger = {
    ...deps.logger,
    checkFinished: (r, log) => {
      if (r.status !== 'pass') deps.logger.checkFinished(r, log);
    },
  };
  const runs = await Promise.all(
    probes.map(async (probe) => {
      const seen: Seen[] = [];
      let result: CheckResult;
      try {
        [result] = (await runChecks(
          [probe],
          {
            cwd: deps.cwd,
            outputDir: deps.outputDir,
            profile: `monitor tick ${tick}`,
            env: deps.env,
            exec: deps.exec,
            http: countingClient(deps.http, seen, stopped),
            now: deps.now,
            redactor: deps.redactor,
            logger,
          },
          { concurrency: deps.concurrency, gateTimeoutMs: deps.gateTimeoutMs, signal: deps.signal },
        )) as [CheckResult];
      } catch (err) {
        // The engine turns every failure of a check into a result; this is for the engine itself.
        result = {
          id: probe.id,
          type: probe.type,
          category: probe.category,
          enforcement: probe.enforcement,
          onError: probe.onError,
          status: 'error',
          score: 1,
          summary: `could not run: ${deps.redactor.redact(errorMessage(err))}`,
          durationMs: 0,
          findings: [],
          metrics: {},
          evidence: [],
        };
      }
      return { result, seen };
    }),
  );
  const rows: ProbeRow[] = runs.map(({ result, seen }) => ({
    id: result.id,
    status: result.status,
    ok: result.status === 'pass' || result.status === 'warn',
    summary: result.summary,
    requests: seen.length,
    errors: seen.filter(isServerError).length,
  }));
  const latencies = runs
    .flatMap((r) => r.seen)
    .flatMap((s) => (s.latencyMs !== undefined ? [Math.round(s.latencyMs * 10) / 10] : []))
    .slice(0, MAX_LATENCIES_PER_TICK);
  return {
    row: {
      tick,
      at,
      probes: rows,
      requests: rows.reduce((n, p) => n + p.requests, 0),
      errors: rows.reduce((n, p) => n + p.errors, 0),
      latenciesMs: latencies,
    },
    results: runs.map((r) => r.result),
  };
}

/** A 5xx answer, or no answer at all: what the error ratio counts. */
const isServerError = (s: Seen): boolean => s.status === undefined || s.status >= 500;

/** Each tick's probe evidence, from the scratch directory into the bundle: evidence/tick-<n>/<probe>/. */
export async function keepEvidence(
  scratch: string,
  outDir: string,
  ticks: readonly TickRow[],
): Promise<void> {
  for (const t of ticks) {
    const from = path.join(scratch, String(t.tick), 'evidence');
    await cp(from, path.join(outDir, 'evidence', `tick-${t.tick}`), { recursive: true }).catch(
      (err: NodeJS.ErrnoException) => {
        // A tick whose probes wrote nothing has nothing to keep.
        if (err.code !== 'ENOENT') throw err;
      },
    );
  }
}
