/**
 * How numbers read wherever a person sees them — summaries, reasons, reports, the log: with their
 * unit and a precision that fits their size, never float noise (18.1818…%) and never a rounding
 * that hides why a comparison failed (0.5499 shown as 0.55 against a threshold of 0.55).
 * Machine outputs (report.json metrics, evidence files) keep the exact numbers.
 */

export interface NumberFormat {
  /** Prefix `+` to positive values (changes, deltas). */
  sign?: boolean;
  /**
   * Values the number is shown next to (a threshold, a baseline): more decimals are given until
   * the two read differently, so a number that misses its limit never reads as the limit.
   */
  near?: readonly number[];
  /**
   * Decimals to give at least (trailing zeros are still dropped): a baseline shown next to a
   * change of 0.0025 needs as many, or the two do not add up on the page.
   */
  minDecimals?: number;
}

const MINUS = '-';
/** Decimals added at most to tell a number from the one it is compared with. */
const MAX_EXTRA_DECIMALS = 6;

/** Decimals that fit a plain number of this size: 1,235, 812.6, 18.2, 3.14, 0.831, 0.0123. */
function plainDecimals(abs: number): number {
  if (abs >= 1000) return 0;
  if (abs >= 10) return 1;
  if (abs >= 1) return 2;
  if (abs === 0) return 0;
  // Three significant digits below 1.
  return Math.min(12, 2 - Math.floor(Math.log10(abs)));
}

/** Decimals that fit a percentage of this size: 250%, 18.2%, 5.3%, 0.42%. */
function percentDecimals(abs: number): number {
  if (abs >= 100) return 0;
  if (abs >= 1) return 1;
  if (abs === 0) return 0;
  // Two significant digits below 1%.
  return Math.min(12, 1 - Math.floor(Math.log10(abs)));
}

/** `n` at `decimals`, trailing zeros dropped, thousands grouped from 10,000 on. */
function fixed(abs: number, decimals: number): string {
  const rounded = abs.toFixed(decimals);
  const [int = '0', frac = ''] = rounded.split('.');
  const grouped = int.length > 4 ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : int;
  const kept = frac.replace(/0+$/, '');
  return kept ? `${grouped}.${kept}` : grouped;
}

function signed(n: number, text: string, sign: boolean | undefined): string {
  // A value that rounds to zero is shown as 0, without a sign that would suggest a direction.
  if (/^[0.,]+$/.test(text)) return text;
  if (n < 0) return `${MINUS}${text}`;
  return sign ? `+${text}` : text;
}

function render(n: number, decimalsFor: (abs: number) => number, opts: NumberFormat, unit = ''): string {
  if (Number.isNaN(n)) return 'not a number';
  if (!Number.isFinite(n)) return `${n < 0 ? MINUS : opts.sign ? '+' : ''}∞${unit}`;
  const abs = Math.abs(n);
  const base = Math.max(decimalsFor(abs), Math.min(opts.minDecimals ?? 0, 12));
  const at = (d: number) => signed(n, fixed(abs, d), opts.sign);
  let decimals = base;
  // More decimals while the number reads the same as a different number it stands next to.
  for (const other of opts.near ?? []) {
    if (!Number.isFinite(other) || other === n) continue;
    const otherAt = (d: number) => signed(other, fixed(Math.abs(other), d), opts.sign);
    while (decimals < base + MAX_EXTRA_DECIMALS && at(decimals) === otherAt(decimals)) decimals++;
  }
  return `${at(decimals)}${unit}`;
}

/** A plain number: `812.6`, `18.2`, `0.831`, `12,345`. */
export function formatNumber(n: number, opts: NumberFormat = {}): string {
  return render(n, plainDecimals, opts);
}

/** A percentage given in percent: `18.2%`, `100%`, `0.42%`, `+5.3%` with `sign`. */
export function formatPercent(percent: number, opts: NumberFormat = {}): string {
  return render(percent, percentDecimals, opts, '%');
}

/** A share given as a fraction of 1, shown as a percentage: 0.1818 → `18.2%`. */
export function formatRatio(share: number, opts: NumberFormat = {}): string {
  return formatPercent(share * 100, { ...opts, near: opts.near?.map((x) => x * 100) });
}

/** `n unit`, with the plural when n is not 1: `1 check`, `3 checks`, `12,000 requests`. */
export function formatCount(n: number, word: string, many = `${word}s`): string {
  return `${formatNumber(n)} ${n === 1 ? word : many}`;
}

const BYTE_UNITS = ['KiB', 'MiB', 'GiB', 'TiB'] as const;

/** A size in bytes: `512 B`, `1.5 KiB`, `12 MiB`. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return formatNumber(bytes);
  let value = Math.abs(bytes);
  if (value < 1024) return `${signed(bytes, fixed(value, 0), false)} B`;
  let unit: string = 'B';
  for (const u of BYTE_UNITS) {
    if (value < 1024) break;
    value /= 1024;
    unit = u;
  }
  const decimals = value >= 100 ? 0 : 1;
  return `${signed(bytes, fixed(value, decimals), false)} ${unit}`;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A duration in milliseconds: `120ms`, `1.24s`, `12.3s`, `1.5m`, `2.0h`, `3.0d`. Three significant
 * figures in the unit that fits, so a timing reads the same width whatever its size; a value
 * that rounds up into the next unit is shown in that unit (59,999ms is `1.0m`, not `60.0s`).
 */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return ms > 0 ? '∞' : formatNumber(ms);
  const neg = ms < 0 ? MINUS : '';
  const abs = Math.abs(ms);
  if (Math.round(abs) < SECOND) return `${neg}${Math.round(abs)}ms`;
  const scaled = (unit: number, decimals: number) => (abs / unit).toFixed(decimals);
  if (abs < 10 * SECOND && scaled(SECOND, 2) !== '10.00') return `${neg}${scaled(SECOND, 2)}s`;
  if (abs < MINUTE && scaled(SECOND, 1) !== '60.0') return `${neg}${scaled(SECOND, 1)}s`;
  if (abs < HOUR && scaled(MINUTE, 1) !== '60.0') return `${neg}${scaled(MINUTE, 1)}m`;
  if (abs < DAY && scaled(HOUR, 1) !== '24.0') return `${neg}${scaled(HOUR, 1)}h`;
  return `${neg}${scaled(DAY, 1)}d`;
}
