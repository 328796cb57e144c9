import { z } from 'zod';
import { UsageError } from '../core/errors.js';
import type { HistoryRead, Pin, PinnedRun, RunSummary } from './types.js';

export type { Pin };

/**
 * History is an append-only journal of JSON lines: one line per run, and one line per
 * invalidation (`{"invalidate": {...}}`). Appending never rewrites earlier lines, so concurrent
 * writers only ever race on the end of the file, and a backend can merge two journals by union.
 */

export interface Invalidation {
  runId: string;
  reason: string;
  at: string;
  by?: string;
}

export type HistoryRecord =
  | { kind: 'run'; run: RunSummary }
  | { kind: 'invalidate'; invalidation: Invalidation }
  | { kind: 'pin'; pin: Pin };

/** The run a record is about. */
export function recordRunId(r: HistoryRecord): string {
  return r.kind === 'run' ? r.run.runId : r.kind === 'pin' ? r.pin.runId : r.invalidation.runId;
}

const isoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)), { message: 'expected an ISO date' });
const metricValue = z.union([z.number(), z.string(), z.boolean(), z.null()]);

/** What a run record must be; `readRun` reads the common case faster, to the same result. */
export const runSchema = z.looseObject({
  schemaVersion: z.literal(1),
  profile: z.string(),
  runId: z.string().min(1),
  startedAt: isoDate,
  finishedAt: isoDate,
  verdict: z.enum(['promote', 'hold']),
  score: z.number(),
  action: z.enum(['auto-promote', 'promote-with-hotfix', 'hold']),
  level: z.enum(['ga_ready', 'release_candidate', 'blocked']),
  sha: z.string().optional(),
  ref: z.string().optional(),
  bundleId: z.string().optional(),
  url: z.string().optional(),
  blockers: z.array(z.string()).optional(),
  ratchetTriggered: z.boolean().optional(),
  hotfixChecks: z.array(z.string()),
  checks: z.array(
    z.looseObject({
      id: z.string(),
      type: z.string(),
      status: z.enum(['pass', 'warn', 'fail', 'error', 'skipped']),
      score: z.number(),
      metrics: z.record(z.string(), metricValue).default({}),
    }),
  ),
});

const VERDICTS: ReadonlySet<unknown> = new Set(['promote', 'hold']);
const ACTIONS: ReadonlySet<unknown> = new Set(['auto-promote', 'promote-with-hotfix', 'hold']);
const LEVELS: ReadonlySet<unknown> = new Set(['ga_ready', 'release_candidate', 'blocked']);
const STATUSES: ReadonlySet<unknown> = new Set(['pass', 'warn', 'fail', 'error', 'skipped']);
const RUN_KEYS: ReadonlySet<string> = new Set(Object.keys(runSchema.shape));
const CHECK_KEYS: ReadonlySet<string> = new Set(['id', 'type', 'status', 'score', 'metrics']);
const RUN_ORDER = new Map([...RUN_KEYS].map((k, i) => [k, i]));
const CHECK_ORDER = new Map([...CHECK_KEYS].map((k, i) => [k, i]));
const OPTIONAL_TEXT = ['sha', 'ref', 'bundleId', 'url'] as const;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isDate = (v: unknown) => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const isTexts = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * The keys a schema does not name, in the order the record has them (as zod passes them on);
 * undefined for a `__proto__` key, which an assignment would not copy as data (the schema decides).
 */
function rest(into: Json, from: Json, known: ReadonlySet<string>): Json | undefined {
  for (const k of Object.keys(from)) {
    if (known.has(k)) continue;
    if (k === '__proto__') return undefined;
    into[k] = from[k];
  }
  return into;
}

/**
 * Whether a record's keys already come as the schema gives them back (its own keys in the
 * schema's order, then the others in the record's), with no `__proto__` key among them.
 */
function inSchemaOrder(v: Json, order: ReadonlyMap<string, number>): boolean {
  let last = -1;
  let others = false;
  for (const k of Object.keys(v)) {
    const at = order.get(k);
    if (at === undefined) {
      if (k === '__proto__') return false;
      others = true;
    } else if (others || at < last) return false;
    else last = at;
  }
  return true;
}

function quickCheck(v: unknown): Json | undefined {
  if (!isObject(v)) return undefined;
  if (typeof v.id !== 'string' || typeof v.type !== 'string' || !STATUSES.has(v.status) || !isNumber(v.score))
    return undefined;
  const metrics = v.metrics === undefined ? {} : v.metrics;
  if (!isObject(metrics)) return undefined;
  for (const m of Object.values(metrics))
    if (m !== null && typeof m !== 'string' && typeof m !== 'boolean' && !isNumber(m)) return undefined;
  if (v.metrics !== undefined && inSchemaOrder(v, CHECK_ORDER)) return v;
  return rest({ id: v.id, type: v.type, status: v.status, score: v.score, metrics }, v, CHECK_KEYS);
}

/**
 * A run record read without the schema, for the common case: a journal holds thousands of valid
 * runs, and checking each with zod is most of the time every command spends on history. It
 * accepts only what `runSchema` accepts and gives what it gives (its key order included); anything
 * else (undefined) goes to the schema, which also says what is wrong. A record already in that
 * shape, as history writes it, is given back itself: copying every run of a journal was about a
 * quarter of reading it.
 */
function quickRun(v: unknown): RunSummary | undefined {
  if (!isObject(v)) return undefined;
  if (
    v.schemaVersion !== 1 ||
    typeof v.profile !== 'string' ||
    typeof v.runId !== 'string' ||
    v.runId === '' ||
    !isDate(v.startedAt) ||
    !isDate(v.finishedAt) ||
    !VERDICTS.has(v.verdict) ||
    !isNumber(v.score) ||
    !ACTIONS.has(v.action) ||
    !LEVELS.has(v.level) ||
    OPTIONAL_TEXT.some((k) => v[k] !== undefined && typeof v[k] !== 'string') ||
    (v.blockers !== undefined && !isTexts(v.blockers)) ||
    (v.ratchetTriggered !== undefined && typeof v.ratchetTriggered !== 'boolean') ||
    !isTexts(v.hotfixChecks) ||
    !Array.isArray(v.checks)
  )
    return undefined;
  const checks: Json[] = [];
  let asIs = inSchemaOrder(v, RUN_ORDER);
  for (const c of v.checks as unknown[]) {
    const check = quickCheck(c);
    if (!check) return undefined;
    if (check !== c) asIs = false;
    checks.push(check);
  }
  if (asIs) return v as unknown as RunSummary;
  const out: Json = {
    schemaVersion: 1,
    profile: v.profile,
    runId: v.runId,
    startedAt: v.startedAt,
    finishedAt: v.finishedAt,
    verdict: v.verdict,
    score: v.score,
    action: v.action,
    level: v.level,
  };
  for (const k of OPTIONAL_TEXT) if (v[k] !== undefined) out[k] = v[k];
  if (v.blockers !== undefined) out.blockers = [...(v.blockers as string[])];
  if (v.ratchetTriggered !== undefined) out.ratchetTriggered = v.ratchetTriggered;
  out.hotfixChecks = [...(v.hotfixChecks as string[])];
  out.checks = checks;
  return rest(out, v, RUN_KEYS) as RunSummary | undefined;
}

/** A run record as the schema reads it, or why it cannot be read. */
export function readRun(value: unknown): { run: RunSummary } | { issue: string } {
  const quick = quickRun(value);
  if (quick) return { run: quick };
  const run = runSchema.safeParse(value);
  return run.success ? { run: run.data as RunSummary } : { issue: firstIssue(run.error) };
}

const pinSchema = z.looseObject({
  runId: z.string().min(1),
  pinned: z.boolean(),
  reason: z.string().optional(),
  at: isoDate,
  by: z.string().optional(),
});

const invalidationSchema = z.looseObject({
  runId: z.string().min(1),
  reason: z.string(),
  at: isoDate,
  by: z.string().optional(),
});

/** NaN and ±Infinity do not survive JSON; they are recorded as null (a missing value). */
function finiteMetrics(run: RunSummary): RunSummary {
  return {
    ...run,
    checks: run.checks.map((c) => ({
      ...c,
      metrics: Object.fromEntries(
        Object.entries(c.metrics).map(([k, v]) => [
          k,
          typeof v === 'number' && !Number.isFinite(v) ? null : v,
        ]),
      ),
    })),
  };
}

export function encodeRun(run: RunSummary): string {
  const { invalid: _invalid, ...rest } = finiteMetrics(run);
  return JSON.stringify(rest);
}

export function encodeInvalidation(inv: Invalidation): string {
  return JSON.stringify({ invalidate: inv });
}

export function encodePin(pin: Pin): string {
  return JSON.stringify({ pin });
}

export function encodeRecord(r: HistoryRecord): string {
  if (r.kind === 'pin') return encodePin(r.pin);
  return r.kind === 'run' ? encodeRun(r.run) : encodeInvalidation(r.invalidation);
}

function firstIssue(err: z.ZodError): string {
  const i = err.issues[0]!;
  return `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`;
}

/** Reads a journal; every line that cannot be read becomes a problem naming `source:line`. */
export function decodeJournal(
  text: string,
  source: string,
): { records: HistoryRecord[]; problems: string[] } {
  const records: HistoryRecord[] = [];
  const problems: string[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const where = `${source}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      problems.push(`${where}: not JSON (${(err as Error).message}); line skipped`);
      return;
    }
    if (value && typeof value === 'object' && 'invalidate' in value) {
      const inv = invalidationSchema.safeParse((value as { invalidate: unknown }).invalidate);
      if (inv.success) records.push({ kind: 'invalidate', invalidation: inv.data as Invalidation });
      else problems.push(`${where}: not an invalidation record (${firstIssue(inv.error)}); line skipped`);
      return;
    }
    if (value && typeof value === 'object' && 'pin' in value) {
      const pin = pinSchema.safeParse((value as { pin: unknown }).pin);
      if (pin.success) records.push({ kind: 'pin', pin: pin.data as Pin });
      else problems.push(`${where}: not a pin record (${firstIssue(pin.error)}); line skipped`);
      return;
    }
    const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
    if (typeof version === 'number' && version > 1) {
      problems.push(`${where}: written by a newer promotion-gate (schemaVersion ${version}); line skipped`);
      return;
    }
    const run = readRun(value);
    if ('run' in run) records.push({ kind: 'run', run: run.run });
    else problems.push(`${where}: not a run summary (${run.issue}); line skipped`);
  });
  return { records, problems };
}

/** Union of journals read from several places (artifacts of concurrent runs): each record once. */
export function mergeRecords(lists: HistoryRecord[][]): HistoryRecord[] {
  const seen = new Set<string>();
  const out: HistoryRecord[] = [];
  for (const list of lists)
    for (const r of list) {
      const key = encodeRecord(r);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(r);
    }
  return out;
}

/**
 * Applies invalidations, keeps the profile's runs, orders them by finish time (journal order on
 * ties) and applies the options. Runs of another profile in this profile's journal are reported.
 */
export function runsFrom(
  records: readonly HistoryRecord[],
  profile: string,
  opts: { limit?: number; includeInvalid?: boolean } = {},
  problems: string[] = [],
): HistoryRead {
  const invalid = new Map<string, Invalidation>();
  for (const r of records)
    if (r.kind === 'invalidate' && !invalid.has(r.invalidation.runId))
      invalid.set(r.invalidation.runId, r.invalidation);
  const runs: { run: RunSummary; order: number; at: number }[] = [];
  records.forEach((r, order) => {
    if (r.kind !== 'run') return;
    if (r.run.profile !== profile) {
      problems.push(`run ${r.run.runId} belongs to profile "${r.run.profile}", not "${profile}"; skipped`);
      return;
    }
    const inv = invalid.get(r.run.runId);
    const run: RunSummary = inv
      ? { ...r.run, invalid: { reason: inv.reason, at: inv.at, ...(inv.by ? { by: inv.by } : {}) } }
      : r.run;
    runs.push({ run, order, at: Date.parse(r.run.finishedAt) });
  });
  // Each finish time parsed once, not at every comparison of the sort.
  runs.sort((a, b) => a.at - b.at || a.order - b.order);
  let list = runs.map((x) => x.run);
  const pins = pinnedRuns(
    records,
    runs.map((x) => x.run),
  );
  if (!opts.includeInvalid) list = list.filter((r) => !r.invalid);
  if (opts.limit !== undefined) list = opts.limit <= 0 ? [] : list.slice(-opts.limit);
  return { runs: list, problems, ...(pins.length ? { pins } : {}) };
}

/** The pins in force (the newest record of each run wins), each with its run as history has it. */
export function pinnedRuns(records: readonly HistoryRecord[], runs: readonly RunSummary[]): PinnedRun[] {
  const latest = new Map<string, Pin>();
  for (const r of records) {
    if (r.kind !== 'pin') continue;
    const known = latest.get(r.pin.runId);
    if (!known || Date.parse(r.pin.at) >= Date.parse(known.at)) latest.set(r.pin.runId, r.pin);
  }
  return [...latest.values()]
    .filter((p) => p.pinned)
    .map((pin) => {
      const run = runs.find((x) => x.runId === pin.runId);
      return { pin, ...(run ? { run } : {}) };
    });
}

/**
 * Checks that a run may be invalidated: it must exist. Returns false when it already is invalid
 * (marking twice is a no-op, so re-running a cleanup job is safe).
 */
export function checkInvalidation(
  all: readonly RunSummary[],
  profile: string,
  runId: string,
  where: string,
): boolean {
  const run = all.find((r) => r.runId === runId);
  if (!run) {
    const recent = all
      .slice(-5)
      .map((r) => r.runId)
      .join(', ');
    throw new UsageError(
      `no run "${runId}" of profile "${profile}" in ${where}${recent ? ` (latest runs: ${recent})` : ' (it holds no runs of this profile)'}`,
    );
  }
  return !run.invalid;
}

/**
 * Checks that a pin may be recorded: the run exists and is valid (an invalid run is no
 * reference). Returns false when there is nothing to do: pinned already, or not pinned.
 */
export function checkPin(read: HistoryRead, profile: string, pin: Pin, where: string): boolean {
  const current = (read.pins ?? []).some((p) => p.pin.runId === pin.runId);
  if (!pin.pinned) return current;
  checkInvalidation(read.runs, profile, pin.runId, where);
  const run = read.runs.find((r) => r.runId === pin.runId);
  if (run?.invalid)
    throw new UsageError(
      `run "${pin.runId}" of profile "${profile}" is marked invalid (${run.invalid.reason}): an invalid run cannot be a reference`,
    );
  return !current;
}

/** A file name for a profile's journal that any file system and git accept. */
export function journalName(profile: string): string {
  const safe = profile.replace(/[^A-Za-z0-9_-]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return `${safe}.jsonl`;
}
