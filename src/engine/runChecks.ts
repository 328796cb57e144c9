import pLimit from 'p-limit';
import type { Exec } from '../adapters/exec.js';
import type { HttpClient } from '../adapters/http.js';
import type { Logger } from '../adapters/logger.js';
import type { ChangeSource } from '../change/types.js';
import { checkType } from '../checks/registry.js';
import type { CheckContext, CheckType } from '../checks/types.js';
import type { PlannedCheck } from '../config/load.js';
import { formatDuration } from '../core/duration.js';
import { errorMessage } from '../core/errors.js';
import type { Redactor } from '../core/redact.js';
import type { HistoryView } from '../history/types.js';
import { CHECK_STATUSES, type CheckOutcome, type CheckResult, type Finding } from '../core/types.js';
import { createEvidenceWriter } from './evidence.js';

export interface EngineDeps {
  cwd: string;
  outputDir: string;
  profile: string;
  env: Readonly<Record<string, string | undefined>>;
  exec: Exec;
  http: HttpClient;
  now: () => Date;
  redactor: Redactor;
  logger: Logger;
  /** Where check types are looked up; the registry unless a caller brings its own. */
  types?: readonly CheckType[];
  /** The change being promoted, shared by every check that reads the diff. */
  change?: ChangeSource;
  /** Earlier runs of the profile, shared by every check. */
  history?: HistoryView;
}

export interface EngineOptions {
  concurrency: number;
  gateTimeoutMs: number;
  /** Stops every check (Ctrl-C, a cancelled workflow); the results still come back. */
  signal?: AbortSignal;
}

const DEFAULT_SCORE = { pass: 5, warn: 4, fail: 1, error: 1 } as const;
const ERROR_SCORE = { fail: 1, warn: 4, pass: 5 } as const;

class CheckTimeout extends Error {}

/** Checks a check's own answer, so a buggy check becomes an `error`, not a wrong verdict. */
function validateOutcome(o: unknown): string | undefined {
  if (!o || typeof o !== 'object') return 'returned no result';
  const r = o as CheckOutcome;
  if (!CHECK_STATUSES.includes(r.status as never) || (r.status as string) === 'skipped')
    return `returned unknown status ${JSON.stringify(r.status)}`;
  if (r.score !== undefined && (!Number.isInteger(r.score) || r.score < 1 || r.score > 5))
    return `returned score ${r.score}, expected 1–5`;
  if (typeof r.summary !== 'string') return 'returned no summary';
  return undefined;
}

function baseResult(check: PlannedCheck): Omit<CheckResult, 'status' | 'score' | 'summary' | 'durationMs'> {
  return {
    id: check.id,
    type: check.type,
    ...(check.title ? { title: check.title } : {}),
    category: check.category,
    enforcement: check.enforcement,
    onError: check.onError,
    findings: [],
    metrics: {},
    evidence: [],
  };
}

function errored(
  check: PlannedCheck,
  error: string,
  durationMs: number,
  evidence: string[] = [],
  findings: Finding[] = [],
): CheckResult {
  return {
    ...baseResult(check),
    status: 'error',
    score: ERROR_SCORE[check.onError],
    summary: `could not run: ${error}`,
    error,
    durationMs,
    evidence,
    findings,
  };
}

/**
 * Runs the checks concurrently (bounded), each with its own timeout, under one gate timeout.
 * Whatever a check does — throw, hang, return nonsense — it ends as a result; the others go on.
 */
export async function runChecks(
  checks: readonly PlannedCheck[],
  deps: EngineDeps,
  opts: EngineOptions,
): Promise<CheckResult[]> {
  const limit = pLimit(Math.max(1, opts.concurrency));
  const gate = new AbortController();
  const gateTimer = setTimeout(
    () => gate.abort(new Error(`gate timeout of ${formatDuration(opts.gateTimeoutMs)} reached`)),
    opts.gateTimeoutMs,
  );
  gateTimer.unref?.();
  const onStop = () => gate.abort(opts.signal!.reason ?? new Error('stopped'));
  if (opts.signal?.aborted) onStop();
  else opts.signal?.addEventListener('abort', onStop, { once: true });

  const finish = (result: CheckResult, log: readonly string[] = []): CheckResult => {
    const clean = deps.redactor.redactDeep(result);
    deps.logger.checkFinished(clean, log);
    return clean;
  };

  const runOne = async (check: PlannedCheck): Promise<CheckResult> => {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    if (check.enforcement === 'off') {
      return finish({
        ...baseResult(check),
        status: 'skipped',
        score: 5,
        summary: 'not run (enforcement: off)',
        durationMs: 0,
      });
    }
    if (gate.signal.aborted)
      return finish(errored(check, `not started: ${errorMessage(gate.signal.reason)}`, 0));
    const type = deps.types ? deps.types.find((t) => t.type === check.type) : checkType(check.type);
    if (!type) return finish(errored(check, `no check type "${check.type}"`, 0));

    const log: string[] = [];
    const evidence: string[] = [];
    const controller = new AbortController();
    const onGateAbort = () => controller.abort(gate.signal.reason);
    gate.signal.addEventListener('abort', onGateAbort, { once: true });
    let timer: NodeJS.Timeout | undefined;
    const writer = createEvidenceWriter(deps.outputDir, check.id, deps.redactor, evidence);
    const ctx: CheckContext = {
      id: check.id,
      profile: deps.profile,
      cwd: deps.cwd,
      outputDir: deps.outputDir,
      signal: controller.signal,
      timeoutMs: check.timeoutMs,
      env: deps.env,
      now: deps.now,
      log: (line) => log.push(deps.redactor.redact(line)),
      evidence: writer,
      exec: deps.exec,
      http: deps.http,
      secret: (value) => {
        deps.redactor.add(value);
        deps.logger.mask(value);
      },
      ...(deps.change ? { change: deps.change } : {}),
      ...(deps.history ? { history: deps.history } : {}),
    };
    let result: CheckResult;
    try {
      const stopped = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          const err = new CheckTimeout(`timed out after ${formatDuration(check.timeoutMs)}`);
          controller.abort(err);
          reject(err);
        }, check.timeoutMs);
        controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
      });
      stopped.catch(() => undefined);
      const outcome = await Promise.race([type.run(check.spec as never, ctx), stopped]);
      const invalid = validateOutcome(outcome);
      if (invalid) {
        result = errored(
          check,
          `internal error in check type "${check.type}": ${invalid}`,
          elapsed(),
          evidence,
        );
      } else if (outcome.status === 'error') {
        result = errored(check, outcome.summary, elapsed(), evidence, outcome.findings ?? []);
        result.metrics = outcome.metrics ?? {};
      } else {
        result = {
          ...baseResult(check),
          status: outcome.status,
          score: outcome.status === 'pass' ? 5 : (outcome.score ?? DEFAULT_SCORE[outcome.status]),
          summary: outcome.summary,
          findings: outcome.findings ?? [],
          metrics: outcome.metrics ?? {},
          durationMs: elapsed(),
          evidence,
        };
      }
    } catch (err) {
      const reason = controller.signal.aborted ? errorMessage(controller.signal.reason) : errorMessage(err);
      result = errored(check, reason, elapsed(), evidence);
    } finally {
      writer.close();
      clearTimeout(timer);
      gate.signal.removeEventListener('abort', onGateAbort);
      if (!controller.signal.aborted) controller.abort(new Error('check finished'));
    }
    return finish(result, log);
  };

  try {
    return await Promise.all(checks.map((c) => limit(() => runOne(c))));
  } finally {
    clearTimeout(gateTimer);
    opts.signal?.removeEventListener('abort', onStop);
  }
}
