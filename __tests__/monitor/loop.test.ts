import { describe, expect, it } from 'vitest';
import { monitorExitCode } from '../../src/app/monitor.js';
import { watchWindow, type WindowDeps } from '../../src/monitor/loop.js';
import type { MonitorRules, TickRow } from '../../src/monitor/types.js';

const RULES: MonitorRules = { consecutiveFailures: 2, errorRatio: 0.5, minRequests: 100 };

/**
 * The window on a clock of its own: a tick takes 10 ms, a sleep moves the clock by what it
 * waits. Nothing here waits for real time, so the grid is exact.
 */
function window(o: {
  start: number;
  now: number;
  end: number;
  interval: number;
  rows?: unknown[];
  nextTick?: number;
  rules?: MonitorRules;
  failFrom?: number;
  stopAfter?: number;
}) {
  let clock = o.now;
  const at: number[] = [];
  const stop = new AbortController();
  const deps: WindowDeps = {
    rules: o.rules ?? RULES,
    startMs: o.start,
    endMs: o.end,
    intervalMs: o.interval,
    rows: o.rows ?? [],
    nextTick: o.nextTick ?? 1,
    async tick(n): Promise<TickRow> {
      at.push(clock);
      const ok = o.failFrom === undefined || n < o.failFrom;
      const row: TickRow = {
        tick: n,
        at: new Date(clock).toISOString(),
        probes: [
          { id: 'health', status: ok ? 'pass' : 'fail', ok, summary: '', requests: 1, errors: ok ? 0 : 1 },
        ],
        requests: 1,
        errors: ok ? 0 : 1,
        latenciesMs: ok ? [5] : [],
      };
      clock += 10;
      if (o.stopAfter !== undefined && n >= o.stopAfter) stop.abort(new Error('stopped by SIGTERM'));
      return row;
    },
    persist: async () => undefined,
    nowMs: () => clock,
    sleep: async (ms) => {
      clock += Math.max(0, ms);
    },
    signal: stop.signal,
  };
  return { deps, at: () => at.map((t) => t - o.start) };
}

describe('the window: ticks on a grid from its start, never past its end', () => {
  it('a healthy window: one tick per interval, none at or after the end', async () => {
    const w = window({ start: 0, now: 0, end: 1000, interval: 250 });
    const r = await watchWindow(w.deps);
    expect(w.at()).toEqual([0, 250, 500, 750]);
    expect(r).toMatchObject({ stopped: false, classification: { state: 'healthy', ticks: 4 }, problems: [] });
  });

  it('degraded: it stops at the tick that decides', async () => {
    const w = window({ start: 0, now: 0, end: 10_000, interval: 250, failFrom: 3 });
    const r = await watchWindow(w.deps);
    expect(r.ticks.map((t) => t.tick)).toEqual([1, 2, 3, 4]);
    expect(r.classification).toMatchObject({ state: 'degraded', reasons: [{ tick: 4 }] });
  });

  it('resumed: it probes at once, numbers on, and keeps to the grid and the end', async () => {
    const earlier = [1, 2].map((n) => ({
      tick: n,
      at: new Date((n - 1) * 250).toISOString(),
      probes: [{ id: 'health', ok: true }],
      requests: 1,
      errors: 0,
      latenciesMs: [5],
    }));
    const w = window({ start: 0, now: 620, end: 1000, interval: 250, rows: earlier, nextTick: 3 });
    const r = await watchWindow(w.deps);
    expect(w.at()).toEqual([620, 750]);
    expect(r.ticks.map((t) => t.tick)).toEqual([3, 4]);
    expect(r.classification).toMatchObject({ state: 'healthy', ticks: 4 });
  });

  it('a window that ended while the monitor was away: no tick, the recorded series decides', async () => {
    const w = window({ start: 0, now: 5000, end: 1000, interval: 250 });
    const r = await watchWindow(w.deps);
    expect(w.at()).toEqual([]);
    expect(r.classification).toMatchObject({ state: 'healthy', ticks: 0 });
  });

  it('stopped: the round cut short is not counted, and the window is not decided', async () => {
    const w = window({ start: 0, now: 0, end: 10_000, interval: 250, stopAfter: 3 });
    const r = await watchWindow(w.deps);
    expect(r.stopped).toBe(true);
    expect(r.ticks.map((t) => t.tick)).toEqual([1, 2]);
    expect(r.classification?.state).toBe('watching');
  });

  it('a classification that crashes is reported, and the window goes on to its end', async () => {
    const rules = {
      ...RULES,
      get minRequests(): number {
        throw new Error('boom');
      },
    };
    const w = window({ start: 0, now: 0, end: 1000, interval: 250, rules });
    const r = await watchWindow(w.deps);
    expect(w.at()).toEqual([0, 250, 500, 750]);
    expect(r.classification).toBeUndefined();
    expect(r.problems).toEqual([
      'classification failed after tick 1: boom',
      'classification failed after tick 2: boom',
      'classification failed after tick 3: boom',
      'classification failed after tick 4: boom',
      'classification failed at the end: boom',
    ]);
    // The report then says the window could not be judged: exit 3.
    expect(monitorExitCode('error', 'none')).toBe(3);
  });

  it('exit codes: 0 healthy, 1 degraded, 4 rollback failed', () => {
    expect(monitorExitCode('healthy', 'none')).toBe(0);
    expect(monitorExitCode('degraded', 'rollback-ok')).toBe(1);
    expect(monitorExitCode('degraded', 'alerted')).toBe(1);
    expect(monitorExitCode('degraded', 'none')).toBe(1);
    expect(monitorExitCode('degraded', 'rollback-failed')).toBe(4);
    expect(monitorExitCode('interrupted', 'none')).toBe(1);
  });
});
