import { parseDuration } from '../core/duration.js';
import type { Interpolator } from './interpolate.js';
import type { IssueList } from './load.js';
import { describeZodIssue, type KeyPath } from './resolve.js';
import { defaultsSchema, type RawConfig } from './schema.js';
import { DEFAULT_CONCURRENCY, DEFAULT_GATE_TIMEOUT_MS, DEFAULT_TIMEOUT_MS } from './types.js';

export interface PlanDefaults {
  timeoutMs: number;
  gateTimeoutMs: number;
  concurrency: number;
  base?: string;
}

/**
 * `defaults:`, interpolated and validated again like a check's fields: `${{ inputs.X }}` works
 * there too, and an unset one is reported at its line.
 */
export function planDefaults(config: RawConfig, interp: Interpolator, issues: IssueList): PlanDefaults {
  let d = config.defaults ?? {};
  const { value, issues: found } = interp.interpolate(d, ['defaults']);
  for (const i of found) issues.add(i.path, i.message);
  if (found.length === 0) {
    const parsed = defaultsSchema.safeParse(value, { reportInput: true });
    if (parsed.success) d = parsed.data;
    else
      for (const iss of parsed.error.issues)
        issues.add(['defaults', ...(iss.path as KeyPath)], `${describeZodIssue(iss)} (after interpolation)`);
  }
  const ms = (v: string | undefined, fallback: number) =>
    v === undefined ? fallback : (parseDuration(v) ?? fallback);
  return {
    timeoutMs: ms(d.timeout, DEFAULT_TIMEOUT_MS),
    gateTimeoutMs: ms(d.gateTimeout, DEFAULT_GATE_TIMEOUT_MS),
    concurrency: d.concurrency ?? DEFAULT_CONCURRENCY,
    ...(d.base !== undefined ? { base: d.base } : {}),
  };
}
