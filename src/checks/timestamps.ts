/** Reads the timestamps data feeds report: ISO-8601 text, or epoch seconds / milliseconds. */

const ISO = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/** Numbers below this are epoch seconds (1e12 ms is 2001; 1e12 s is the year 33658). */
const SECONDS_BELOW = 1e12;

function fromNumber(n: number): Date | undefined {
  if (!Number.isFinite(n) || n < 0) return undefined;
  const d = new Date(n < SECONDS_BELOW ? n * 1000 : n);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/**
 * `2026-03-07T04:00:00Z`, `2026-03-07 04:00:00+01:00`, `2026-03-07` → that instant; a time without
 * a zone is read as UTC (never the runner's local time). Numbers (or numeric strings) are epoch
 * seconds below 1e12, else milliseconds. Anything else → undefined.
 */
export function parseTimestamp(value: unknown): Date | undefined {
  if (typeof value === 'number') return fromNumber(value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^\d+(?:\.\d+)?$/.test(text)) return fromNumber(Number(text));
  const m = ISO.exec(text);
  if (!m) return undefined;
  const [, date, time, zone] = m;
  let iso = date!;
  if (time) {
    let z = (zone ?? 'Z').toUpperCase();
    if (z !== 'Z') z = z.length === 3 ? `${z}:00` : z.length === 5 ? `${z.slice(0, 3)}:${z.slice(3)}` : z;
    iso = `${date}T${time.replace(',', '.')}${z}`;
  }
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : new Date(ms);
}
