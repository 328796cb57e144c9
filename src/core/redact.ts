import { isUtf8 } from 'node:buffer';
import { CleanTexts } from './cleanTexts.js';
import { credentialSpans } from './credentials.js';
import { FormMatcher } from './formMatcher.js';
import { MIN_SECRET, secretForms } from './secretForms.js';
import { maskSpans, type Span } from './spans.js';

export { maskUrlCredentials } from './credentials.js';
export { secretForms } from './secretForms.js';
export { MASK, maskSpans, type Span } from './spans.js';

/**
 * Redaction: every output (report, evidence, history, logs) goes through one Redactor, so a
 * secret is masked wherever it would be written, in whatever form it comes back.
 *
 * What is masked:
 * - every registered value, in every form a service, a shell or a serializer may give it back:
 *   raw, JSON-escaped (also `\/` and `\uXXXX`, and escaped twice), percent-encoded (URI
 *   component, form `+`, URL query, path and userinfo), HTML-escaped, quoted as bash, Python and
 *   Node print it, in any letter case, and each line of a multi-line value on its own; put into a
 *   URL as it is, also as a service reads it back (decoded, and the pieces a URL delimiter cuts
 *   off); written raw into an XML report, as its parser reads it back (in an attribute each tab
 *   and line break a space, in text each line break a line feed);
 * - at a cut (the start or end of a text, or an ellipsis where output was shortened), the
 *   partial piece of a value that the cut left behind, which no longer matches it whole;
 * - credentials by their shape, registered or not: userinfo and secret-named query parameters
 *   of URLs, `Bearer`/`Basic` credentials, and whatever `shapes` the caller adds (the secret
 *   rule set, for the gate).
 *
 * What it costs: outputs are large (evidence of tens of megabytes) and almost never hold a
 * secret, and the same text is redacted more than once (a check's result, then the report built
 * from it; evidence when it is written, then when the bundle is sealed). So the forms are found
 * by one search of the text where it lies, without a folded copy; each credential shape runs only
 * when the text holds what it needs; and a text found clean is remembered (`cleanTexts.ts`): it
 * is not looked through again, and once more values are registered only their forms are looked
 * for in it.
 */

/**
 * Finds spans of text to mask by their shape (e.g. a token format) and appends them to `out`;
 * they may overlap. A function of the text alone: what it found nothing in is not asked about
 * again.
 */
export type ShapeFinder = (text: string, out: Span[]) => void;

export interface RedactorOptions {
  /** Extra shapes masked whether or not their value was registered. */
  shapes?: readonly ShapeFinder[];
}

/** A matcher and how many of the registered values it has taken in. */
interface Taker {
  matcher: FormMatcher;
  taken: number;
}

/** Texts found clean with fewer values than now get a matcher of the values since; a few at most. */
const MAX_LATER = 4;

const wellFormed = (s: string) => (s as string & { isWellFormed(): boolean }).isWellFormed();

const clean = (spans: readonly Span[]) => spans.every(([start, end]) => end <= start);

/** Forms as the text matcher holds them, and as the byte matcher does (their UTF-8 bytes). */
const asText = (form: string) => form;
const asLatin1 = (form: string) => Buffer.from(form, 'utf8').toString('latin1');

/** How JSON is written to files: indented by two spaces, with a final newline. */
const jsonText = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export class Redactor {
  /** Registered values, in order; each matcher takes in those it has not seen yet. */
  private readonly list: string[] = [];
  private readonly seen = new Set<string>();
  private readonly text: Taker = { matcher: new FormMatcher(), taken: 0 };
  private readonly bytes: Taker = { matcher: new FormMatcher(), taken: 0 };
  /** Matchers of the values registered after the first n, by n. */
  private readonly later = new Map<number, Taker>();
  private readonly shapes: readonly ShapeFinder[];
  private readonly cleanTexts = new CleanTexts();

  constructor(opts: RedactorOptions = {}) {
    this.shapes = opts.shapes ?? [];
  }

  add(value: string | undefined): void {
    // Very short values would redact ordinary words; GitHub's runner applies the same idea.
    if (!value || value.length < MIN_SECRET || this.seen.has(value)) return;
    this.seen.add(value);
    this.list.push(value);
  }

  get size(): number {
    return this.list.length;
  }

  values(): string[] {
    return [...this.list];
  }

  redact(text: string): string {
    return this.redactText(text).out;
  }

  /**
   * The redacted text, and whether nothing at all was found to mask (then it is remembered).
   * `known`: the text is known to have been clean with that many values.
   */
  private redactText(text: string, known?: number): { out: string; clean: boolean } {
    if (text.length === 0) return { out: text, clean: true };
    const kept = CleanTexts.keeps(text);
    const spans = this.spansOf(text, known ?? (kept ? this.cleanTexts.text(text) : undefined));
    if (!spans) return { out: text, clean: true };
    if (clean(spans)) {
      if (kept) this.cleanTexts.cleanText(text, this.list.length);
      return { out: text, clean: true };
    }
    return { out: maskSpans(text, spans), clean: false };
  }

  /**
   * The spans to mask in `text`, or none when it was found clean with every value registered
   * now. Found clean with the first `was` of them, only the forms of those registered since are
   * looked for: shapes and credentials are the same as then.
   */
  private spansOf(text: string, was: number | undefined): Span[] | undefined {
    if (was === this.list.length) return undefined;
    if (was !== undefined) {
      const later = this.laterThan(was);
      if (later) return later.find(text);
    }
    // One list for every finder: most texts hold nothing, and a string of a large JSON value
    // is looked through on its own, so what each look allocates adds up.
    const spans = this.current(this.text, asText).find(text);
    credentialSpans(text, spans);
    for (const shape of this.shapes) shape(text, spans);
    return spans;
  }

  private laterThan(n: number): FormMatcher | undefined {
    let m = this.later.get(n);
    if (!m) {
      if (this.later.size >= MAX_LATER) return undefined;
      this.later.set(n, (m = { matcher: new FormMatcher(), taken: n }));
    }
    return this.current(m, asText);
  }

  private current(m: Taker, as: (form: string) => string): FormMatcher {
    if (m.taken < this.list.length) {
      m.matcher.add(this.list.slice(m.taken).flatMap(secretForms).map(as));
      m.taken = this.list.length;
    }
    return m.matcher;
  }

  /** Redacts every string inside a JSON-like value, object keys included. */
  redactDeep<T>(value: T): T {
    return walk(
      value,
      once((s) => this.redact(s)),
    ) as T;
  }

  /** Whether `redactDeep` would mask anything in `value`: the same look, without the copy. */
  masksDeep(value: unknown): boolean {
    return masks(
      value,
      once((s) => this.redact(s) !== s),
    );
  }

  /**
   * Redacts a text about to be written to a file, and gives its UTF-8 bytes. Bytes found clean
   * are remembered, so that redacting them again (when the bundle is sealed) costs a digest.
   */
  redactToBytes(text: string): Buffer {
    const { out, clean } = this.redactText(text);
    const bytes = Buffer.from(out, 'utf8');
    // A text with a lone surrogate does not come back from its bytes as it was.
    if (clean && wellFormed(text))
      this.cleanTexts.cleanBytes(CleanTexts.keyOf(bytes), { text: this.list.length });
    return bytes;
  }

  /**
   * Redacts a JSON-like value and gives the UTF-8 bytes of its JSON, as files hold it: each
   * string on its own (keys included), then the whole text. When nothing was masked and the
   * value is plain data — so that its JSON holds no string but those looked at — the bytes are
   * remembered with every string of theirs clean: `redactJsonBytes` of them later costs a digest.
   */
  redactJsonToBytes(value: unknown): Buffer {
    const seen = { plain: true, clean: true };
    const copy = walk(
      value,
      once((s) => {
        const r = this.redactText(s);
        if (!r.clean) seen.clean = false;
        return r.out;
      }),
      seen,
    );
    const text = jsonText(copy);
    const { out, clean } = this.redactText(text);
    const bytes = Buffer.from(out, 'utf8');
    if (clean && wellFormed(text)) {
      const n = this.list.length;
      this.cleanTexts.cleanBytes(CleanTexts.keyOf(bytes), {
        text: n,
        ...(seen.plain && seen.clean ? { json: n } : {}),
      });
    }
    return bytes;
  }

  /**
   * Redacts the bytes of a JSON file value by value — a value cut short ends its own string,
   * where the piece of a secret the cut left is recognised — and writes it again only when
   * something was masked. Returns the input itself when nothing was, undefined when it is not
   * JSON. The bytes as a whole are `redactBytes`' to redact.
   */
  redactJsonBytes(data: Uint8Array): Uint8Array | undefined {
    const key = CleanTexts.keyOf(data);
    const known = this.cleanTexts.bytes(key);
    const n = this.list.length;
    if (known?.json === n) return data;
    let value: unknown;
    try {
      value = JSON.parse(Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8'));
    } catch {
      return undefined;
    }
    // Every string was clean with `json` values: only those registered since are looked for.
    const was = known?.json;
    let clean = true;
    const redacted = once((s) => {
      const r = this.redactText(s, was);
      clean &&= r.clean;
      return r.out;
    });
    if (masks(value, (s) => redacted(s) !== s)) return Buffer.from(jsonText(walk(value, redacted)));
    if (clean) this.cleanTexts.cleanBytes(key, { ...known, json: n });
    return data;
  }

  /**
   * Redacts a file's bytes: UTF-8 text as text; anything else by the UTF-8 bytes of every form
   * and by shape, byte for byte. Returns the input itself when nothing was masked.
   */
  redactBytes(data: Uint8Array): Uint8Array {
    const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    if (isUtf8(buf)) {
      const key = CleanTexts.keyOf(buf);
      const known = this.cleanTexts.bytes(key);
      if (known?.text === this.list.length) return data;
      const text = buf.toString('utf8');
      const spans = text.length === 0 ? [] : this.spansOf(text, known?.text);
      if (!spans || clean(spans)) {
        this.cleanTexts.cleanBytes(key, { ...known, text: this.list.length });
        return data;
      }
      const out = maskSpans(text, spans);
      return out === text ? data : Buffer.from(out, 'utf8');
    }
    // Latin-1 maps each byte to one character, so offsets found in the string are byte offsets.
    const text = buf.toString('latin1');
    const spans = this.current(this.bytes, asLatin1).find(text);
    credentialSpans(text, spans);
    for (const shape of this.shapes) shape(text, spans);
    const out = maskSpans(text, spans);
    return out === text ? data : Buffer.from(out, 'latin1');
  }
}

/**
 * `fn` asked once for each distinct string of one walk: the strings of a JSON value repeat (the
 * keys of thousands of entries, their kinds and files), and the answer for a string does not
 * change while the walk lasts.
 */
function once<R extends string | boolean>(fn: (s: string) => R): (s: string) => R {
  const known = new Map<string, R>();
  return (s) => {
    const was = known.get(s);
    if (was !== undefined) return was;
    const r = fn(s);
    known.set(s, r);
    return r;
  };
}

const isPlain = (v: object) => {
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
};

/**
 * Redacts the strings of a JSON-like value into a copy. `seen.plain` turns false on meeting
 * anything but strings, numbers, booleans, null, plain objects and arrays: what JSON makes of it
 * may hold strings the walk never saw (a Date's, a toJSON's).
 */
function walk(value: unknown, fn: (s: string) => string, seen?: { plain: boolean }): unknown {
  if (typeof value === 'string') return fn(value);
  if (typeof value !== 'object' || value === null) {
    if (seen && (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint'))
      seen.plain = false;
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => walk(v, fn, seen));
  if (!isPlain(value)) {
    if (seen) seen.plain = false;
    return value;
  }
  // Keys are redacted too (metric names hold URLs). Two keys that redact alike stay apart, and
  // a key such as `__proto__` is defined as an own property, never set through the prototype.
  const from = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const keys = Object.keys(from);
  // Keys of one object are distinct, so two can only meet once one of them was masked.
  let used: Set<string> | undefined;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const clean = fn(k);
    let key = clean;
    if (!used && clean !== k) used = new Set(keys.slice(0, i));
    if (used) {
      for (let n = 2; used.has(key); n++) key = `${clean} (${n})`;
      used.add(key);
    }
    const v = walk(from[k], fn, seen);
    if (key === '__proto__')
      Object.defineProperty(out, key, { value: v, writable: true, enumerable: true, configurable: true });
    else out[key] = v;
  }
  return out;
}

/** Whether `walk` would change any string in `value`, keys included. */
function masks(value: unknown, changes: (s: string) => boolean): boolean {
  if (typeof value === 'string') return changes(value);
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some((v) => masks(v, changes));
  if (!isPlain(value)) return false;
  const from = value as Record<string, unknown>;
  for (const k of Object.keys(from)) if (changes(k) || masks(from[k], changes)) return true;
  return false;
}
