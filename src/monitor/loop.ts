import { errorMessage } from '../core/errors.js';
import { classify } from './classify.js';
import type { Classification, MonitorRules, TickRow } from './types.js';

/**
 * The window: one round of probes per interval, on a grid from the window's start, until a rule
 * is met or no tick is left before the window's end. A monitor that resumes a window probes at
 * once (it was away) and then keeps to the same grid; it never moves the end.
 */

export interface WindowDeps {
  rules: MonitorRules;
  /** Epoch ms. */
  startMs: number;
  endMs: number;
  intervalMs: number;
  /** The series so far (rows from the store, as stored); ticks are appended to it. */
  rows: unknown[];
  /** The number the next tick gets. */
  nextTick: number;
  /** One round of probes; it never throws (a probe that cannot run is a failed probe). */
  tick(n: number): Promise<TickRow>;
  /** Appends the tick to the persisted series; a failure is the caller's to report. */
  persist(row: TickRow): Promise<void>;
  nowMs(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  signal?: AbortSignal;
  /** Told after every tick, with the classification (undefined when it failed). */
  onTick?(row: TickRow, c: Classification | undefined): void;
}

export interface WindowResult {
  /** The last classification that could be made; undefined if none could. */
  classification?: Classification;
  /** Stopped (SIGTERM, a cancelled job) before the window decided. */
  stopped: boolean;
  /** Ticks this run made. */
  ticks: TickRow[];
  problems: string[];
}

/** Never throws: classifying is guarded, so a crash there is a problem and the window goes on. */
function judge(
  rows: readonly unknown[],
  rules: MonitorRules,
  ended: boolean,
  problems: string[],
  when: string,
) {
  try {
    return classify(rows, rules, ended);
  } catch (err) {
    problems.push(`classification failed ${when}: ${errorMessage(err)}`);
    return undefined;
  }
}

export async function watchWindow(d: WindowDeps): Promise<WindowResult> {
  const problems: string[] = [];
  const ticks: TickRow[] = [];
  const stopped = () => d.signal?.aborted === true;
  let n = d.nextTick;
  let c = judge(d.rows, d.rules, d.nowMs() >= d.endMs, problems, 'of the recorded series');
  // A window that ends before the next tick: no tick is left, so nothing more can be learnt.
  const nextSlot = (now: number) =>
    d.startMs + (Math.floor((now - d.startMs) / d.intervalMs) + 1) * d.intervalMs;
  while (c?.state !== 'degraded' && !stopped() && d.nowMs() < d.endMs) {
    const row = await d.tick(n);
    // A round cut short by the stop measured the stop, not the service.
    if (stopped()) break;
    ticks.push(row);
    d.rows.push(row);
    await d.persist(row);
    const ended = nextSlot(d.nowMs()) >= d.endMs;
    c = judge(d.rows, d.rules, ended, problems, `after tick ${n}`);
    d.onTick?.(row, c);
    n++;
    if (c?.state === 'degraded' || ended) break;
    await d.sleep(nextSlot(d.nowMs()) - d.nowMs(), d.signal);
  }
  if (!stopped() && c === undefined) c = judge(d.rows, d.rules, d.nowMs() >= d.endMs, problems, 'at the end');
  // The window's end was reached with no tick left: what no rule met by then is healthy.
  if (!stopped() && c?.state === 'watching' && nextSlot(d.nowMs()) >= d.endMs)
    c = judge(d.rows, d.rules, true, problems, 'at the end');
  return { ...(c ? { classification: c } : {}), stopped: stopped(), ticks, problems };
}

/** Waits `ms`, or less when the signal aborts; never rejects. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted || ms <= 0) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
