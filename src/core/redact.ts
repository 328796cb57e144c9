import { isUtf8 } from 'node:buffer';
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
 *   component, form `+`, URL query, path and userinfo), HTML-escaped, in any letter case, and
 *   each line of a multi-line value on its own;
 * - at a cut (the start or end of a text, or an ellipsis where output was shortened), the
 *   partial piece of a value that the cut left behind, which no longer matches it whole;
 * - credentials by their shape, registered or not: userinfo and secret-named query parameters
 *   of URLs, `Bearer`/`Basic` credentials, and whatever `shapes` the caller adds (the secret
 *   rule set, for the gate).
 */

/** Finds spans of text to mask by their shape (e.g. a token format); they may overlap. */
export type ShapeFinder = (text: string) => Iterable<Span>;

export interface RedactorOptions {
  /** Extra shapes masked whether or not their value was registered. */
  shapes?: readonly ShapeFinder[];
}

export class Redactor {
  /** Registered values, in order; each matcher takes in those it has not seen yet. */
  private readonly list: string[] = [];
  private readonly seen = new Set<string>();
  private readonly text = { matcher: new FormMatcher(), taken: 0 };
  private readonly bytes = { matcher: new FormMatcher(), taken: 0 };
  private readonly shapes: readonly ShapeFinder[];

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
    if (text.length === 0) return text;
    const spans = this.current(this.text, (f) => f).find(text);
    for (const s of credentialSpans(text)) spans.push(s);
    for (const shape of this.shapes) for (const s of shape(text)) spans.push(s);
    return maskSpans(text, spans);
  }

  private current(m: { matcher: FormMatcher; taken: number }, as: (form: string) => string): FormMatcher {
    if (m.taken < this.list.length) {
      m.matcher.add(this.list.slice(m.taken).flatMap(secretForms).map(as));
      m.taken = this.list.length;
    }
    return m.matcher;
  }

  /** Redacts every string inside a JSON-like value, object keys included. */
  redactDeep<T>(value: T): T {
    return walk(value, (s) => this.redact(s)) as T;
  }

  /**
   * Redacts a file's bytes: UTF-8 text as text; anything else by the UTF-8 bytes of every form
   * and by shape, byte for byte. Returns the input itself when nothing was masked.
   */
  redactBytes(data: Uint8Array): Uint8Array {
    const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    if (isUtf8(buf)) {
      const text = buf.toString('utf8');
      const out = this.redact(text);
      return out === text ? data : Buffer.from(out, 'utf8');
    }
    // Latin-1 maps each byte to one character, so offsets found in the string are byte offsets.
    const text = buf.toString('latin1');
    const spans = this.current(this.bytes, (f) => Buffer.from(f, 'utf8').toString('latin1')).find(text);
    for (const s of credentialSpans(text)) spans.push(s);
    for (const shape of this.shapes) for (const s of shape(text)) spans.push(s);
    const out = maskSpans(text, spans);
    return out === text ? data : Buffer.from(out, 'latin1');
  }
}

const isPlain = (v: object) => {
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
};

function walk(value: unknown, fn: (s: string) => string): unknown {
  if (typeof value === 'string') return fn(value);
  if (Array.isArray(value)) return value.map((v) => walk(v, fn));
  if (value && typeof value === 'object' && isPlain(value)) {
    // Keys are redacted too (metric names hold URLs). Two keys that redact alike stay apart, and
    // fromEntries defines own properties, so a key such as `__proto__` stays a plain key.
    const entries: [string, unknown][] = [];
    const used = new Set<string>();
    for (const [k, v] of Object.entries(value)) {
      const clean = fn(k);
      let key = clean;
      for (let i = 2; used.has(key); i++) key = `${clean} (${i})`;
      used.add(key);
      entries.push([key, walk(v, fn)]);
    }
    return Object.fromEntries(entries);
  }
  return value;
}

/** A short, non-reversible preview of a sensitive value: `AKIA…XD (20 chars)`. */
export function maskValue(value: string): string {
  if (value.length <= 8) return `*** (${value.length} chars)`;
  return `${value.slice(0, 4)}…${value.slice(-2)} (${value.length} chars)`;
}
