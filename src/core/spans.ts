/** [start, end) of a piece of text to mask. */
export type Span = readonly [number, number];

/** What every masked piece of text becomes. */
export const MASK = '***';

/** Replaces the union of the spans (they may overlap, in any order) with one MASK per run. */
export function maskSpans(text: string, spans: Span[]): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let out = '';
  let at = 0;
  let i = 0;
  while (i < sorted.length) {
    const start = sorted[i]![0];
    let end = sorted[i]![1];
    for (i++; i < sorted.length && sorted[i]![0] <= end; i++) end = Math.max(end, sorted[i]![1]);
    if (end <= start) continue;
    out += text.slice(at, start) + MASK;
    at = end;
  }
  return out + text.slice(at);
}
