const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const DURATION = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)\s*$/;

/**
 * The longest wait a timer may be given (check and gate timeouts, request timeouts, backoffs,
 * latency budgets). Node's timers hold at most 2^31−1 ms (about 24.8 days); a longer one fires at
 * once, so a "never time out" would end the check immediately.
 */
export const MAX_TIMER_MS = 24 * 3_600_000;
/** The longest age or window a field may name (evidence and data ages): ten years. */
export const MAX_AGE_MS = 3650 * 86_400_000;

/**
 * `30s`, `500ms`, `1.5m`, `26h`, `7d`; a number is taken as milliseconds (for callers that hold
 * one already: the config requires a unit). Undefined when it is none, or too large to be a time.
 */
export function parseDuration(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  const m = DURATION.exec(value);
  if (!m) return undefined;
  const ms = Math.round(Number(m[1]) * UNITS[m[2]!]!);
  return Number.isFinite(ms) ? ms : undefined;
}

/** Durations are shown by the one number formatter. */
export { formatDuration } from './format.js';
