import type { Span } from './spans.js';

/**
 * Finds the forms of registered secrets in a text, ignoring letter case, and what a cut left of
 * one: forms are indexed by their first three case-folded units (and, for partials at cuts, by
 * their last three), so the cost is a table lookup per position however many secrets there are,
 * and registering one more secret adds its forms without rebuilding the rest.
 */

/** Shortest partial masked at a cut; longer than the 4 leading characters findings show (`ghp_…Xz`). */
const MIN_PARTIAL = 6;
/** Only forms this long get their partials masked at cuts. */
const MIN_CUT_FORM = 8;
/** Where output was shortened: `...`, `…`, and exec's `… [N bytes omitted] …`. */
const CUT_MARKER = /\.\.\.|…/g;
/**
 * Between a cut and what it left: blanks, and the replacement character a cut in the middle of
 * a multi-byte character decodes to.
 */
const AT_CUT = /[\s\uFFFD]/;

/** Folded form of each UTF-16 unit, computed when first met (-1: not yet). */
const FOLDS = new Int32Array(65536).fill(-1);

/** A case-folded unit of the same length, so offsets in the folded text are offsets in the text. */
function foldUnit(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  let f = FOLDS[c]!;
  if (f < 0) {
    const ch = String.fromCharCode(c);
    const up = ch.toUpperCase();
    const low = (up.length === 1 ? up : ch).toLowerCase();
    f = low.length === 1 ? low.charCodeAt(0) : c;
    FOLDS[c] = f;
  }
  return f;
}

function fold(text: string): Uint16Array {
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = foldUnit(text.charCodeAt(i));
  return out;
}

/** Three folded units as one exact number (48 bits). */
const key3 = (f: Uint16Array, i: number) => f[i]! * 4294967296 + f[i + 1]! * 65536 + f[i + 2]!;

function same(a: Uint16Array, ai: number, b: Uint16Array, bi: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (a[ai + k] !== b[bi + k]) return false;
  return true;
}

function skipBack(text: string, i: number): number {
  while (i > 0 && AT_CUT.test(text[i - 1]!)) i--;
  return i;
}

function skipAhead(text: string, i: number): number {
  while (i < text.length && AT_CUT.test(text[i]!)) i++;
  return i;
}

/**
 * Forms by three units at one end, then by the three next to them. Two levels, because secrets
 * of one kind share their first characters (`ghp_`, `AKIA`): a diff with thousands of tokens
 * must not leave thousands of candidates behind one key.
 */
class Index {
  private readonly map = new Map<number, { short: Uint16Array[]; long: Map<number, Uint16Array[]> }>();
  /** Lists added to since they were last put in order. */
  private readonly unsorted = new Set<Uint16Array[]>();

  add(k1: number, k2: number | undefined, f: Uint16Array): void {
    let bucket = this.map.get(k1);
    if (!bucket) this.map.set(k1, (bucket = { short: [], long: new Map() }));
    let list = bucket.short;
    if (k2 !== undefined) {
      list = bucket.long.get(k2) ?? [];
      if (list.length === 0) bucket.long.set(k2, list);
    }
    list.push(f);
    this.unsorted.add(list);
  }

  /** Longest first: the first form that matches at a position is the longest there. */
  sort(): void {
    for (const list of this.unsorted) list.sort((a, b) => b.length - a.length);
    this.unsorted.clear();
  }

  /**
   * The candidates, longest first: those of six units or more (when k2 is known), then shorter
   * ones. Returns the first form `fits` accepts.
   */
  first(k1: number, k2: number | undefined, fits: (f: Uint16Array) => boolean): Uint16Array | undefined {
    const bucket = this.map.get(k1);
    if (!bucket) return undefined;
    const long = k2 === undefined ? undefined : bucket.long.get(k2);
    if (long) for (const f of long) if (fits(f)) return f;
    for (const f of bucket.short) if (fits(f)) return f;
    return undefined;
  }
}

export class FormMatcher {
  /** Folded units some form starts (ends) with: most positions are ruled out by one lookup. */
  private readonly starts = new Uint8Array(65536);
  private readonly ends = new Uint8Array(65536);
  private readonly byHead = new Index();
  private readonly byTail = new Index();
  private readonly known = new Set<string>();
  private maxLen = 0;

  add(forms: Iterable<string>): void {
    for (const form of forms) {
      if (form.length < 3 || this.known.has(form)) continue;
      this.known.add(form);
      const f = fold(form);
      this.maxLen = Math.max(this.maxLen, f.length);
      this.starts[f[0]!] = 1;
      this.byHead.add(key3(f, 0), f.length >= 6 ? key3(f, 3) : undefined, f);
      if (f.length >= MIN_CUT_FORM) {
        this.ends[f[f.length - 1]!] = 1;
        this.byTail.add(key3(f, f.length - 3), key3(f, f.length - 6), f);
      }
    }
    this.byHead.sort();
    this.byTail.sort();
  }

  /** Spans of every form in `text`, and of the partials cuts left. */
  find(text: string): Span[] {
    const spans: Span[] = [];
    if (this.maxLen === 0) return spans;
    const f = fold(text);
    for (let i = 0; i + 3 <= f.length; i++) {
      if (this.starts[f[i]!] === 0) continue;
      const k2 = i + 6 <= f.length ? key3(f, i + 3) : undefined;
      const form = this.byHead.first(
        key3(f, i),
        k2,
        (c) => c.length <= f.length - i && same(f, i, c, 0, c.length),
      );
      if (form) spans.push([i, i + form.length]);
    }
    this.partials(text, f, spans);
    return spans;
  }

  /**
   * A cut — the start or end of a text, or an ellipsis — leaves a piece of a secret that no
   * longer matches it whole: a prefix before it, a suffix after it.
   */
  private partials(text: string, f: Uint16Array, spans: Span[]): void {
    const before = [skipBack(text, f.length)];
    const after = [skipAhead(text, 0)];
    for (const m of text.matchAll(CUT_MARKER)) {
      before.push(skipBack(text, m.index));
      after.push(skipAhead(text, m.index + m[0].length));
    }
    for (const p of before) {
      const s = this.prefixEndingAt(f, p);
      if (s !== undefined) spans.push([s, p]);
    }
    for (const q of after) {
      const e = this.suffixStartingAt(f, q);
      if (e !== undefined) spans.push([q, e]);
    }
  }

  /** The earliest s such that f[s..p) is a proper prefix of a form of 8+ units. */
  private prefixEndingAt(f: Uint16Array, p: number): number | undefined {
    for (let s = Math.max(0, p - this.maxLen + 1); s + MIN_PARTIAL <= p; s++) {
      if (this.starts[f[s]!] === 0) continue;
      const k = p - s;
      const fits = (c: Uint16Array) => c.length >= MIN_CUT_FORM && c.length > k && same(f, s, c, 0, k);
      if (this.byHead.first(key3(f, s), key3(f, s + 3), fits)) return s;
    }
    return undefined;
  }

  /** The furthest e such that f[q..e) is a proper suffix of a form of 8+ units. */
  private suffixStartingAt(f: Uint16Array, q: number): number | undefined {
    for (let e = Math.min(f.length, q + this.maxLen - 1); e - MIN_PARTIAL >= q; e--) {
      if (this.ends[f[e - 1]!] === 0) continue;
      const k = e - q;
      const fits = (c: Uint16Array) => c.length > k && same(f, q, c, c.length - k, k);
      if (this.byTail.first(key3(f, e - 3), key3(f, e - 6), fits)) return e;
    }
    return undefined;
  }
}
