import type { Span } from './spans.js';

/**
 * Finds the forms of registered secrets in a text, ignoring letter case, and what a cut left of
 * one: forms are indexed by their first three case-folded units (and, for partials at cuts, by
 * their last three), so the cost is a table lookup per position however many secrets there are,
 * and registering one more secret adds its forms without rebuilding the rest.
 *
 * Texts almost never hold a secret, so a text is searched where it lies — by a regular
 * expression for the two units a form may start with, then, at the few places it finds, folded
 * unit by unit — with no folded copy, and nothing allocated unless something matches. A cut is
 * looked into only when the six units beside it appear, at that place, in some form.
 */

/** Shortest partial masked at a cut; longer than the 4 leading characters findings show (`ghp_…Xz`). */
const MIN_PARTIAL = 6;
/** Only forms this long get their partials masked at cuts. */
const MIN_CUT_FORM = 8;
/** Where output was shortened: `...`, `…`, and exec's `… [N bytes omitted] …`. */
const CUT_MARKERS = ['...', '…'];

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

/** The same for the text at `i`, folded as it is read. */
const textKey3 = (t: string, i: number) =>
  foldUnit(t.charCodeAt(i)) * 4294967296 +
  foldUnit(t.charCodeAt(i + 1)) * 65536 +
  foldUnit(t.charCodeAt(i + 2));

/** Whether the text at `ti` folds to `n` units of the folded form `f` from `fi`. */
function same(t: string, ti: number, f: Uint16Array, fi: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (foldUnit(t.charCodeAt(ti + k)) !== f[fi + k]) return false;
  return true;
}

/**
 * The two units a form starts with, folded, as an index into a table of 64 Ki entries: two pairs
 * that share it only let a position through to the exact look.
 */
const pairIndex = (a: number, b: number) => ((a & 0xff) << 8) | (b & 0xff);

/**
 * Size (as a power of two) of the bit tables of six-unit pieces of forms, which rule out cuts:
 * large enough that a piece that is in no form is almost never let through.
 */
const GRAM_BITS = 20;

/** Mixes one folded unit into the hash of a six-unit piece. */
const mix = (h: number, u: number) => Math.imul(h ^ u, 0x01000193);

/** The hash of a six-unit piece, as an index into a table of 2^GRAM_BITS bits. */
function gramEnd(h: number): number {
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 13;
  return h >>> (32 - GRAM_BITS);
}

/** The piece of `MIN_PARTIAL` units of the text at `i`, folded. */
function textGram(t: string, i: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < MIN_PARTIAL; k++) h = mix(h, foldUnit(t.charCodeAt(i + k)));
  return gramEnd(h);
}

/** The piece of `MIN_PARTIAL` units of a folded form at `j`. */
function formGram(f: Uint16Array, j: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < MIN_PARTIAL; k++) h = mix(h, f[j + k]!);
  return gramEnd(h);
}

const hasBit = (bits: Uint32Array, i: number) => (bits[i >>> 5]! & (1 << (i & 31))) !== 0;

/**
 * Between a cut and what it left: blanks (what `\s` matches in a regular expression), and the
 * replacement character a cut in the middle of a multi-byte character decodes to.
 */
export function atCut(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff ||
    c === 0xfffd
  );
}

function skipBack(text: string, i: number): number {
  while (i > 0 && atCut(text.charCodeAt(i - 1))) i--;
  return i;
}

function skipAhead(text: string, i: number): number {
  while (i < text.length && atCut(text.charCodeAt(i))) i++;
  return i;
}

/** Texts this long are searched with `scanOf`; shorter ones cost less unit by unit. */
const SCAN_FROM = 64;

/** An ASCII unit as a class member, in both cases: the units that fold to it in ASCII. */
function asciiClass(units: Set<number>): string {
  let out = '';
  for (const u of units) {
    out += `\\u${u.toString(16).padStart(4, '0')}`;
    if (u >= 97 && u <= 122) out += `\\u${(u - 32).toString(16).padStart(4, '0')}`;
  }
  return out;
}

/**
 * A search run by the regular expression engine, far faster than reading the text unit by unit
 * in a loop: two ASCII units such as a form may start with — any of the first ones followed by
 * any of the second, a little wider than the pairs themselves — or a run of non-ASCII units.
 * ASCII units fold only to ASCII, and the units outside it that fold into it (`ſ` to `s`, the
 * Kelvin sign to `k`) are in the runs, so every position where a form can start is found by one
 * of the two.
 */
function scanOf(ascii: Tables['ascii']): RegExp {
  const run = '[\\u0080-\\uffff]+';
  if (ascii.first.size === 0) return new RegExp(run, 'g');
  return new RegExp(`[${asciiClass(ascii.first)}][${asciiClass(ascii.second)}]|${run}`, 'g');
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

/** The lookup tables of a matcher holding forms: made with its first form. */
interface Tables {
  /** Folded units some form starts (ends) with: most positions are ruled out by one lookup. */
  starts: Uint8Array;
  ends: Uint8Array;
  /** The first two folded units of forms (`pairIndex`): rules out most of the rest. */
  pairs: Uint8Array;
  /** Six-unit pieces a prefix (suffix) left at a cut ends (starts) with, for forms of 8+ units. */
  cutHeads: Uint32Array;
  cutTails: Uint32Array;
  /** ASCII units forms start with, and those that follow them, folded. */
  ascii: { first: Set<number>; second: Set<number> };
}

export class FormMatcher {
  private tables: Tables | undefined;
  private readonly byHead = new Index();
  private readonly byTail = new Index();
  private readonly known = new Set<string>();
  private minLen = Infinity;
  private maxLen = 0;
  /** Finds where a form may start (`scanOf`); made again when forms are added. */
  private scan: RegExp | undefined;

  /** Forms held (forms shorter than 3 units are not). */
  get size(): number {
    return this.known.size;
  }

  add(forms: Iterable<string>): void {
    for (const form of forms) {
      if (form.length < 3 || this.known.has(form)) continue;
      this.known.add(form);
      const f = fold(form);
      const t = (this.tables ??= {
        starts: new Uint8Array(65536),
        ends: new Uint8Array(65536),
        pairs: new Uint8Array(65536),
        cutHeads: new Uint32Array(1 << (GRAM_BITS - 5)),
        cutTails: new Uint32Array(1 << (GRAM_BITS - 5)),
        ascii: { first: new Set(), second: new Set() },
      });
      this.minLen = Math.min(this.minLen, f.length);
      this.maxLen = Math.max(this.maxLen, f.length);
      t.starts[f[0]!] = 1;
      t.pairs[pairIndex(f[0]!, f[1]!)] = 1;
      if (f[0]! < 128 && f[1]! < 128) {
        t.ascii.first.add(f[0]!);
        t.ascii.second.add(f[1]!);
      }
      this.byHead.add(key3(f, 0), f.length >= 6 ? key3(f, 3) : undefined, f);
      if (f.length >= MIN_CUT_FORM) {
        t.ends[f[f.length - 1]!] = 1;
        this.byTail.add(key3(f, f.length - 3), key3(f, f.length - 6), f);
        // A proper prefix of 6+ units ends with the piece at j ≤ L-7; a proper suffix starts
        // with the piece at j ≥ 1.
        for (let j = 0; j + MIN_PARTIAL <= f.length; j++) {
          const g = formGram(f, j);
          if (j + MIN_PARTIAL < f.length) t.cutHeads[g >>> 5]! |= 1 << (g & 31);
          if (j >= 1) t.cutTails[g >>> 5]! |= 1 << (g & 31);
        }
      }
    }
    this.byHead.sort();
    this.byTail.sort();
    this.scan = undefined;
  }

  /**
   * Spans of every form in `text`, and of the partials cuts left, appended to `spans` (a new
   * list unless given): a caller that gathers spans from several finders makes one list.
   */
  find(text: string, spans: Span[] = []): Span[] {
    const t = this.tables;
    if (!t) return spans;
    const n = text.length;
    let from = 0;
    if (n >= SCAN_FROM) {
      const scan = (this.scan ??= scanOf(t.ascii));
      // Where candidates are dense (binary data read as Latin-1, text mixing scripts at every
      // character), a match per unit costs more than the loop below: it takes over from there.
      let budget = (n >>> 4) + 16;
      scan.lastIndex = 0;
      for (let m = scan.exec(text); m; m = scan.exec(text)) {
        const at = m.index;
        if (text.charCodeAt(at) < 128) {
          // Two ASCII units a form may start with; the next position may start one as well.
          this.formAt(text, at, t, spans);
          scan.lastIndex = at + 1;
        } else {
          // Other units are folded one by one, the unit before them included.
          for (let i = Math.max(0, at - 1); i < scan.lastIndex; i++) this.formAt(text, i, t, spans);
        }
        if (--budget === 0) break;
      }
      from = budget === 0 ? scan.lastIndex : n;
    }
    const { starts } = t;
    for (let i = from, last = n - this.minLen; i <= last; i++)
      if (starts[foldUnit(text.charCodeAt(i))] === 1) this.formAt(text, i, t, spans);
    if (n >= MIN_PARTIAL) this.partials(text, t, spans);
    return spans;
  }

  /** The longest form at `i`, if any. */
  private formAt(text: string, i: number, t: Tables, spans: Span[]): void {
    const n = text.length;
    if (i > n - this.minLen) return;
    const f0 = foldUnit(text.charCodeAt(i));
    if (t.starts[f0] === 0) return;
    const f1 = foldUnit(text.charCodeAt(i + 1));
    if (t.pairs[pairIndex(f0, f1)] === 0) return;
    const k1 = (f0 * 65536 + f1) * 65536 + foldUnit(text.charCodeAt(i + 2));
    const k2 = i + 6 <= n ? textKey3(text, i + 3) : undefined;
    const form = this.byHead.first(k1, k2, (c) => c.length <= n - i && same(text, i, c, 0, c.length));
    if (form) spans.push([i, i + form.length]);
  }

  /**
   * A cut — the start or end of a text, or an ellipsis — leaves a piece of a secret that no
   * longer matches it whole: a prefix before it, a suffix after it.
   */
  private partials(text: string, t: Tables, spans: Span[]): void {
    this.prefixBefore(text, t, skipBack(text, text.length), spans);
    this.suffixAfter(text, t, skipAhead(text, 0), spans);
    for (const marker of CUT_MARKERS)
      for (let m = text.indexOf(marker); m >= 0; m = text.indexOf(marker, m + marker.length)) {
        this.prefixBefore(text, t, skipBack(text, m), spans);
        this.suffixAfter(text, t, skipAhead(text, m + marker.length), spans);
      }
  }

  private prefixBefore(text: string, t: Tables, p: number, spans: Span[]): void {
    if (p < MIN_PARTIAL) return;
    if (!hasBit(t.cutHeads, textGram(text, p - MIN_PARTIAL))) return;
    const s = this.prefixEndingAt(text, t, p);
    if (s !== undefined) spans.push([s, p]);
  }

  private suffixAfter(text: string, t: Tables, q: number, spans: Span[]): void {
    if (text.length - q < MIN_PARTIAL) return;
    if (!hasBit(t.cutTails, textGram(text, q))) return;
    const e = this.suffixStartingAt(text, t, q);
    if (e !== undefined) spans.push([q, e]);
  }

  /** The earliest s such that text[s..p) is a proper prefix of a form of 8+ units. */
  private prefixEndingAt(text: string, t: Tables, p: number): number | undefined {
    for (let s = Math.max(0, p - this.maxLen + 1); s + MIN_PARTIAL <= p; s++) {
      if (t.starts[foldUnit(text.charCodeAt(s))] === 0) continue;
      const k = p - s;
      const fits = (c: Uint16Array) => c.length >= MIN_CUT_FORM && c.length > k && same(text, s, c, 0, k);
      if (this.byHead.first(textKey3(text, s), textKey3(text, s + 3), fits)) return s;
    }
    return undefined;
  }

  /** The furthest e such that text[q..e) is a proper suffix of a form of 8+ units. */
  private suffixStartingAt(text: string, t: Tables, q: number): number | undefined {
    for (let e = Math.min(text.length, q + this.maxLen - 1); e - MIN_PARTIAL >= q; e--) {
      if (t.ends[foldUnit(text.charCodeAt(e - 1))] === 0) continue;
      const k = e - q;
      const fits = (c: Uint16Array) => c.length > k && same(text, q, c, c.length - k, k);
      if (this.byTail.first(textKey3(text, e - 3), textKey3(text, e - 6), fits)) return e;
    }
    return undefined;
  }
}
