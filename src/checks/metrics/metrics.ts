import { getPath, parsePath } from '../../core/conditions.js';

/** A number a report may hold: a finite number, or a numeric string. Anything else → undefined. */
export function toNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' && v.trim() !== '') {
    const n = Number(v);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

export interface ExtractedMetrics {
  values: Record<string, number | undefined>;
  /** Why a named metric has no value: missing, or not a number (NaN, text…). */
  problems: Record<string, string>;
}

/**
 * Picks metrics out of a results document. `names` maps metric → JSON path; without it every
 * number under a top-level `metrics` object (or at the top level) is a metric.
 */
export function extractMetrics(doc: unknown, names?: string[] | Record<string, string>): ExtractedMetrics {
  const values: Record<string, number | undefined> = {};
  const problems: Record<string, string> = {};
  if (names !== undefined) {
    const map = Array.isArray(names) ? Object.fromEntries(names.map((n) => [n, n])) : names;
    for (const [name, p] of Object.entries(map)) {
      const got = getPath(doc, parsePath(p));
      const n = got.found ? toNumber(got.value) : undefined;
      values[name] = n;
      if (!got.found) problems[name] = `${name} is missing from the results (path ${p})`;
      else if (n === undefined)
        problems[name] = `${name} is not a number (${JSON.stringify(got.value) ?? String(got.value)})`;
    }
    return { values, problems };
  }
  const root = doc && typeof doc === 'object' && !Array.isArray(doc) ? (doc as Record<string, unknown>) : {};
  const nested = root.metrics;
  const source =
    nested && typeof nested === 'object' && !Array.isArray(nested)
      ? (nested as Record<string, unknown>)
      : root;
  for (const [k, v] of Object.entries(source))
    if (typeof v === 'number') values[k] = Number.isFinite(v) ? v : undefined;
  for (const [k, v] of Object.entries(values))
    if (v === undefined) problems[k] = `${k} is not a number (${String(source[k])})`;
  return { values, problems };
}
