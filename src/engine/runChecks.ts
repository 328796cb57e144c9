import pLimit from 'p-limit';
import type { Exec } from '../adapters/exec.js';
import type { HttpClient } from '../adapters/http.js';
import type { Logger } from '../adapters/logger.js';
import type { ChangeSource } from '../change/types.js';
import { checkType } from '../checks/registry.js';
import type { CheckContext, CheckLoad, CheckType, WorkTreeUse } from '../checks/types.js';
import type { PlannedCheck } from '../config/types.js';
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
  /**
   * Settles when the output directory is ready. Live probes start before it is (they write their
   * evidence only once it is); every other check starts after, and none if it fails.
   */
  outputReady?: Promise<unknown>;
  /** The gate's config at base and head, and pull request reviews (the integrity check). */
  config?: CheckContext['config'];
  reviews?: CheckContext['reviews'];
}

export interface EngineOptions {
  /** Checks that run processes or work in this process (`process`, `cpu` loads) at once. */
  concurrency: number;
  /** Checks that wait on the network at once (default NETWORK_CONCURRENCY). */
  networkConcurrency?: number;
  gateTimeoutMs: number;
  /** Stops every check (Ctrl-C, a cancelled workflow); the results still come back. */
  signal?: AbortSignal;
}

/**
 * Live probes spend their time waiting on another machine, so a profile's probes all start
 * together rather than in waves of `concurrency`; this only keeps a very large profile from
 * opening more sockets at once than a runner comfortably holds.
 */
export const NETWORK_CONCURRENCY = 64;

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

/** The deadline a check's answer came after, if any: its own timeout, or the gate's. */
function overdue(
  started: number,
  timeoutMs: number,
  gateDeadline: number,
  gateTimeoutMs: number,
): Error | undefined {
  const now = performance.now();
  if (now >= started + timeoutMs) return new CheckTimeout(`timed out after ${formatDuration(timeoutMs)}`);
  if (now >= gateDeadline) return new Error(`gate timeout of ${formatDuration(gateTimeoutMs)} reached`);
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

function typeOf(check: PlannedCheck, deps: Pick<EngineDeps, 'types'>): CheckType | undefined {
  return deps.types ? deps.types.find((t) => t.type === check.type) : checkType(check.type);
}

/** How the check uses the working tree, as its type says for its fields. */
function workTreeUse(check: PlannedCheck, deps: EngineDeps): WorkTreeUse | undefined {
  if (check.enforcement === 'off') return undefined;
  return typeOf(check, deps)?.workTree?.(check.spec as never);
}

/** What the check mostly uses, as its type says for its fields; `cpu` (the bounded kind) when unsaid. */
export function loadOf(check: PlannedCheck, deps: Pick<EngineDeps, 'types'> = {}): CheckLoad {
  const load = typeOf(check, deps)?.load;
  try {
    return (typeof load === 'function' ? load(check.spec as never) : load) ?? 'cpu';
  } catch {
    return 'cpu';
  }
}

/** Whether the check streams the whole diff (see CheckType.readsWholeDiff). */
export function readsWholeDiff(check: PlannedCheck, deps: Pick<EngineDeps, 'types'> = {}): boolean {
  try {
    return typeOf(check, deps)?.readsWholeDiff?.(check.spec as never) ?? false;
  } catch {
    return false;
  }
}

/**
 * Runs the checks concurrently, each with its own timeout, under one gate timeout: live probes
 * all at once, checks that run processes or burn CPU at most `concurrency` at once. Whatever a
 * check does — throw, hang, return nonsense — it ends as a result; the others go on.
 */
export async function runChecks(
  checks: readonly PlannedCheck[],
  deps: EngineDeps,
  opts: EngineOptions,
): Promise<CheckResult[]> {
  const local = pLimit(Math.max(1, opts.concurrency));
  const network = pLimit(Math.max(1, opts.networkConcurrency ?? NETWORK_CONCURRENCY));
  const limitOf = (check: PlannedCheck) => (loadOf(check, deps) === 'network' ? network : local);
  const gate = new AbortController();
  const gateDeadline = performance.now() + opts.gateTimeoutMs;
  const gateTimer = setTimeout(
    () => gate.abort(new Error(`gate timeout of ${formatDuration(opts.gateTimeoutMs)} reached`)),
    opts.gateTimeoutMs,
  );
  gateTimer.unref?.();
  const onStop = () => gate.abort(opts.signal!.reason ?? new Error('stopped'));
  if (opts.signal?.aborted) onStop();
  else opts.signal?.addEventListener('abort', onStop, { once: true });

  // What a check says is held until every check has ended: a secret registered late (the
  // secrets scan, the env check) must mask what an earlier check printed too, and a printed line
  // cannot be taken back. Only the check's id and status show as it ends.
  const ended: { result: CheckResult; log: readonly string[] }[] = [];
  const finish = (result: CheckResult, log: readonly string[] = []): CheckResult => {
    ended.push({ result, log });
    deps.logger.debug(`${result.id}: ${result.status} (${ended.length} of ${checks.length} check(s) ended)`);
    return result;
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
    const type = typeOf(check, deps);
    if (!type) return finish(errored(check, `no check type "${check.type}"`, 0));

    const log: string[] = [];
    const evidence: string[] = [];
    const controller = new AbortController();
    const onGateAbort = () => controller.abort(gate.signal.reason);
    gate.signal.addEventListener('abort', onGateAbort, { once: true });
    let timer: NodeJS.Timeout | undefined;
    const writer = createEvidenceWriter(deps.outputDir, check.id, deps.redactor, evidence, deps.outputReady);
    const ctx: CheckContext = {
      id: check.id,
      profile: deps.profile,
      cwd: deps.cwd,
      outputDir: deps.outputDir,
      signal: controller.signal,
      timeoutMs: check.timeoutMs,
      deadline: Math.min(started + check.timeoutMs, gateDeadline),
      env: deps.env,
      now: deps.now,
      log: (line) => log.push(line),
      evidence: writer,
      exec: deps.exec,
      http: deps.http,
      secret: (value) => {
        deps.redactor.add(value);
        deps.logger.mask(value);
      },
      ...(deps.change ? { change: deps.change } : {}),
      ...(deps.history ? { history: deps.history } : {}),
      ...(deps.config ? { config: deps.config } : {}),
      ...(deps.reviews ? { reviews: deps.reviews } : {}),
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
      // An answer that came after the deadline does not count: the timer could not fire while
      // the thread was busy (a check that kept it), so the order of events decides, not the timer.
      // An error keeps its own words, which say more than "timed out".
      const late =
        invalid || outcome.status === 'error'
          ? undefined
          : overdue(started, check.timeoutMs, gateDeadline, opts.gateTimeoutMs);
      if (late) {
        controller.abort(late);
        result = errored(check, late.message, elapsed(), evidence);
      } else if (invalid) {
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
      // A check ends when everything it started has: its slot is not given away before.
      await deps.exec.ended?.(controller.signal);
    }
    return finish(result, log);
  };

  // Live probes start at once, while the output directory is made ready; every other check once
  // it is. When it cannot be, the run stops: what started ends as an error, the rest never starts.
  let unready = false;
  const ready = (deps.outputReady ?? Promise.resolve()).then(
    () => undefined,
    (err: unknown) => {
      unready = true;
      gate.abort(err);
    },
  );
  const start = (c: PlannedCheck): Promise<CheckResult> => {
    const limit = limitOf(c);
    return limit === network ? limit(() => runOne(c)) : ready.then(() => limit(() => runOne(c)));
  };
  // Checks that observe the working tree are queued first and the ones that may change it start
  // only once those are done, so the tree they see is the one the run started with.
  const use = checks.map((c) => workTreeUse(c, deps));
  const first = checks.map((c, i) => (use[i] === 'observes' ? start(c) : undefined));
  const observed = Promise.all(first);
  const results = checks.map(
    (c, i) => first[i] ?? (use[i] === 'changes' ? observed.then(() => start(c)) : start(c)),
  );
  try {
    const done = await Promise.all(results);
    // The secret set is complete now: redact with all of it, then print in the order checks ended.
    const clean = new Map<CheckResult, CheckResult>();
    for (const { result, log } of ended) {
      const r = deps.redactor.redactDeep(result);
      clean.set(result, r);
      // A run whose output folder could not be made ready says only that, not what it cut short.
      if (!unready)
        deps.logger.checkFinished(
          r,
          log.map((l) => deps.redactor.redact(l)),
        );
    }
    return done.map((r) => clean.get(r) ?? deps.redactor.redactDeep(r));
  } finally {
    clearTimeout(gateTimer);
    opts.signal?.removeEventListener('abort', onStop);
  }
}
