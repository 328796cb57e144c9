/**
 * Mermaid `xychart-beta` charts, which GitHub renders in Markdown (job summaries, comments,
 * files). Labels and titles are quoted; values must be plain numbers, so gaps are left out.
 */

const quote = (s: string) => `"${s.replace(/["\\]/g, '').replace(/\s+/g, ' ').slice(0, 80)}"`;

function num(n: number): string {
  return String(Math.round(n * 10_000) / 10_000);
}

/** Labels made unique (Mermaid merges equal categories): `03-07`, `03-07·2`. */
export function uniqueLabels(labels: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return labels.map((l) => {
    const n = (seen.get(l) ?? 0) + 1;
    seen.set(l, n);
    return n === 1 ? l : `${l}·${n}`;
  });
}

/** A y range with some air around the values, so a flat line is not drawn on the frame. */
export function yRange(values: readonly number[], floor?: number, ceil?: number): [number, number] {
  if (floor !== undefined && ceil !== undefined) return [floor, ceil];
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  const pad = hi === lo ? Math.abs(hi) * 0.1 || 1 : (hi - lo) * 0.1;
  lo = floor ?? lo - pad;
  hi = ceil ?? hi + pad;
  return [lo, hi];
}

export interface LineChart {
  title: string;
  labels: string[];
  values: number[];
  yLabel: string;
  yMin?: number;
  yMax?: number;
  /** bar instead of line. */
  bar?: boolean;
}

export function xyChart(c: LineChart): string {
  const [lo, hi] = yRange(c.values, c.yMin, c.yMax);
  return [
    '```mermaid',
    'xychart-beta',
    `  title ${quote(c.title)}`,
    `  x-axis [${uniqueLabels(c.labels).map(quote).join(', ')}]`,
    `  y-axis ${quote(c.yLabel)} ${num(lo)} --> ${num(hi)}`,
    `  ${c.bar ? 'bar' : 'line'} [${c.values.map(num).join(', ')}]`,
    '```',
  ].join('\n');
}
