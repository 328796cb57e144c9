import { errorMessage } from '../core/errors.js';
import type { Redactor } from '../core/redact.js';
import type { HistoryStore, RunSummary } from '../history/types.js';
import type { ActionTaken, MonitorOutcome, TickRow } from './types.js';

/**
 * The monitor's state in the history store, so a monitor that is restarted (a retried job, a lost
 * runner) picks up the same window, and one started after the window ended returns what it
 * found. A window is one journal, `monitor:<environment>@<deployment>`, of three kinds of record:
 *
 *   armed  the window started: when, how long, how often (written once, first)
 *   tick   one round of probes (appended after each tick)
 *   done   the window ended: outcome and action taken (written last)
 *
 * Each is a run summary like a deploy's record, so every store (directory, git branch,
 * artifacts) keeps it as it keeps runs. Nothing here throws: a store that cannot be read or
 * written is a problem to report, and the monitor goes on with what it holds in memory.
 */

export interface Armed {
  startedAt: string;
  windowMs: number;
  intervalMs: number;
  deployment: string;
  commit?: string;
  probes: string[];
}

export interface Done {
  outcome: MonitorOutcome;
  actionTaken: ActionTaken;
  why: string;
  finishedAt: string;
  bundleId?: string;
}

export interface SeriesState {
  armed?: Armed;
  /** Tick rows as stored: read as data that may be damaged (the classifier checks each). */
  rows: unknown[];
  done?: Done;
  problems: string[];
}

/** A deployment id names a history journal and an artifact: letters, digits, ".", "_" and "-". */
export const DEPLOYMENT_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;

/** Profile names hold no colon, so this key is no profile's; the deployment names the window. */
export function monitorKey(environment: string, deployment: string): string {
  return `monitor:${environment}@${deployment}`;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const positive = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v > 0;
const isDate = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));

function readArmed(v: Record<string, unknown>): Armed | undefined {
  if (!isDate(v.startedAt) || !positive(v.windowMs) || !positive(v.intervalMs)) return undefined;
  if (typeof v.deployment !== 'string') return undefined;
  return {
    startedAt: v.startedAt,
    windowMs: v.windowMs,
    intervalMs: v.intervalMs,
    deployment: v.deployment,
    ...(typeof v.commit === 'string' ? { commit: v.commit } : {}),
    probes: Array.isArray(v.probes) ? v.probes.filter((p): p is string => typeof p === 'string') : [],
  };
}

const OUTCOMES: readonly string[] = ['healthy', 'degraded', 'interrupted', 'error'];
const TAKEN: readonly string[] = ['none', 'rollback-ok', 'rollback-failed', 'alerted'];

function readDone(v: Record<string, unknown>): Done | undefined {
  if (typeof v.outcome !== 'string' || !OUTCOMES.includes(v.outcome)) return undefined;
  if (typeof v.actionTaken !== 'string' || !TAKEN.includes(v.actionTaken)) return undefined;
  if (!isDate(v.finishedAt)) return undefined;
  return {
    outcome: v.outcome as MonitorOutcome,
    actionTaken: v.actionTaken as ActionTaken,
    why: typeof v.why === 'string' ? v.why : '',
    finishedAt: v.finishedAt,
    ...(typeof v.bundleId === 'string' ? { bundleId: v.bundleId } : {}),
  };
}

/** Sorts the journal's records into the window's state; what is not a monitor record is named and skipped. */
export function readSeries(runs: readonly RunSummary[], problems: readonly string[] = []): SeriesState {
  const state: SeriesState = { rows: [], problems: [...problems] };
  for (const run of runs) {
    const raw: unknown = run.monitor;
    const m: Record<string, unknown> = isObject(raw) ? raw : {};
    const event = m.event;
    if (event === 'tick') state.rows.push(m.row);
    else if (event === 'armed') {
      const armed = readArmed(m);
      if (!armed) state.problems.push(`record ${run.runId}: an armed record without its window; skipped`);
      // Two monitors that raced both armed: the earlier window is the one both continue.
      else if (!state.armed || Date.parse(armed.startedAt) < Date.parse(state.armed.startedAt))
        state.armed = armed;
    } else if (event === 'done') {
      const done = readDone(m);
      if (done) state.done = done;
      else state.problems.push(`record ${run.runId}: a done record without an outcome; skipped`);
    } else state.problems.push(`record ${run.runId} is not a monitor record; skipped`);
  }
  return state;
}

export class SeriesStore {
  constructor(
    private readonly store: HistoryStore,
    readonly key: string,
    private readonly facts: { runId: string; environment: string; commit?: string },
    private readonly redactor: Pick<Redactor, 'redactDeep'>,
  ) {}

  describe(): string {
    return this.store.describe();
  }

  async load(): Promise<SeriesState> {
    try {
      const read = await this.store.list(this.key, { includeInvalid: true });
      return readSeries(read.runs, read.problems);
    } catch (err) {
      return {
        rows: [],
        problems: [`cannot read ${this.key} from ${this.describe()}: ${errorMessage(err)}`],
      };
    }
  }

  /** Each returns the problem when the record could not be written. */
  arm(a: Armed): Promise<string | undefined> {
    return this.append('armed', a.startedAt, true, { ...a });
  }

  tick(row: TickRow): Promise<string | undefined> {
    return this.append(
      `tick-${row.tick}`,
      row.at,
      row.probes.every((p) => p.ok),
      { row },
    );
  }

  finish(d: Done): Promise<string | undefined> {
    return this.append('done', d.finishedAt, d.outcome === 'healthy', { ...d });
  }

  private async append(
    what: string,
    at: string,
    ok: boolean,
    payload: Record<string, unknown>,
  ): Promise<string | undefined> {
    const event = what.startsWith('tick-') ? 'tick' : what;
    const record: RunSummary = this.redactor.redactDeep({
      schemaVersion: 1,
      profile: this.key,
      runId: `${this.facts.runId}:${what}`,
      startedAt: at,
      finishedAt: at,
      verdict: ok ? 'promote' : 'hold',
      score: ok ? 5 : 1,
      action: ok ? 'auto-promote' : 'hold',
      level: ok ? 'ga_ready' : 'blocked',
      ...(this.facts.commit ? { sha: this.facts.commit } : {}),
      hotfixChecks: [],
      checks: [],
      kind: 'monitor',
      environment: this.facts.environment,
      outcome: event === 'done' ? String(payload.outcome) : event,
      monitor: { event, ...payload },
    });
    try {
      await this.store.append(record);
      return undefined;
    } catch (err) {
      return `cannot record the ${event === 'tick' ? `tick ${what.slice(5)}` : `${event} record`} in ${this.describe()}: ${errorMessage(err)}`;
    }
  }
}
