/**
 * Source text as the route parsers read it: comments blanked, every string literal replaced by
 * `"___"` of the same length (its value kept aside), line breaks kept. Patterns run over this
 * masked text, so a route in a comment or a docstring is never read, a quote or a bracket inside
 * a string never unbalances a call, and a call may span as many lines as it likes. Offsets and
 * line numbers are those of the original text.
 */

export type Lang = 'c' | 'js' | 'python' | 'ruby';

/** A part of the masked text: [start, end). */
export interface Span {
  start: number;
  end: number;
}

const IDENT = /[\w$]/;
/** After one of these a `/` starts a regular expression literal, not a division. */
const BEFORE_REGEX = new Set([
  '',
  '(',
  ',',
  '=',
  ':',
  '[',
  '!',
  '&',
  '|',
  '?',
  '{',
  '}',
  ';',
  '+',
  '-',
  '*',
  '%',
  '<',
  '>',
  '~',
  '^',
]);
const isOpen = (c: string) => c === '(' || c === '[' || c === '{';
/** What `\s` matches, told by the character code (ASCII without a regular expression). */
export const isSpace = (n: number) =>
  n === 32 || (n >= 9 && n <= 13) || (n > 127 && /\s/.test(String.fromCharCode(n)));
/** Brackets of the masked text, found a native scan at a time rather than a character at a time. */
const BRACKETS = /[()[\]{}]/g;
/** What splits or nests the arguments of a call. */
const ARG_STOPS = /[,([{]/g;
/** The opening bracket a closing one pairs with, or '' for any other character. */
const openerOf = (c: string) => (c === ')' ? '(' : c === ']' ? '[' : c === '}' ? '{' : '');

interface Masked {
  code: string;
  strings: Map<number, string>;
}

/** `text` with every character but a line break replaced by `ch`. */
function fill(text: string, ch: string): string {
  return text.includes('\n') ? text.replace(/[^\n]/g, ch) : ch.repeat(text.length);
}

function unescape(s: string): string {
  return s.includes('\\') ? s.replace(/\\([\\'"`/])/g, '$1') : s;
}

/**
 * What ends or escapes a plain quoted literal (one that holds no code and is not triple-quoted):
 * its quote, a backslash and, but in Ruby, a line break. The characters between are passed over
 * at once.
 */
const DOUBLE_STOPS = /["\\\n]/g;
const SINGLE_STOPS = /['\\\n]/g;
const RUBY_SINGLE_STOPS = /['\\]/g;

/** Where a quoted literal that opens at `i` ends, and its value. */
function scanString(text: string, i: number, lang: Lang, raw: boolean): { end: number; value: string } {
  const q = text[i]!;
  const triple = (lang === 'python' || lang === 'c') && q !== '`' && text.startsWith(q.repeat(3), i);
  const open = triple ? 3 : 1;
  const n = text.length;
  let j = i + open;
  // Template literals and Ruby's "#{…}" hold code, with strings of their own.
  const nests = q === '`' || (lang === 'ruby' && q === '"');
  if (!triple && !nests) {
    const stops = lang === 'ruby' ? RUBY_SINGLE_STOPS : q === '"' ? DOUBLE_STOPS : SINGLE_STOPS;
    while (j < n) {
      stops.lastIndex = j;
      const at = stops.exec(text)?.index;
      if (at === undefined) {
        j = n;
        break;
      }
      j = at;
      if (text[j] === '\\') j += 2;
      else if (text[j] === q) {
        const body = text.slice(i + open, j);
        return { end: j + open, value: raw ? body : unescape(body) };
      } else break;
    }
    const body = text.slice(i + open, Math.min(j, n));
    return { end: Math.min(j, n), value: raw ? body : unescape(body) };
  }
  let depth = 0;
  while (j < n) {
    const c = text[j]!;
    if (c === '\\') {
      j += 2;
      continue;
    }
    if (nests && depth === 0 && (c === '$' || c === '#') && text[j + 1] === '{') {
      depth = 1;
      j += 2;
      continue;
    }
    if (depth > 0) {
      if (c === '{') depth++;
      else if (c === '}') depth--;
      j++;
      continue;
    }
    if (triple ? text.startsWith(q.repeat(3), j) : c === q) {
      const body = text.slice(i + open, j);
      return { end: j + open, value: raw ? body : unescape(body) };
    }
    // A quote left open ends at the line's end (except in the literals that may span lines).
    if (c === '\n' && !triple && q !== '`' && lang !== 'ruby') break;
    j++;
  }
  const body = text.slice(i + open, Math.min(j, n));
  return { end: Math.min(j, n), value: raw ? body : unescape(body) };
}

/** The end of a regular expression literal opening at `i`, or -1 when it is not one. */
function scanRegex(text: string, i: number): number {
  let j = i + 1;
  let inClass = false;
  for (; j < text.length; j++) {
    const c = text[j];
    if (c === '\n') return -1;
    if (c === '\\') j++;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) break;
  }
  if (j >= text.length) return -1;
  j++;
  while (j < text.length && /[a-z]/i.test(text[j]!)) j++;
  return j;
}

/**
 * The characters that may start a comment, a string or a regular expression literal in each
 * language; the text between them is passed over in one step.
 */
const STARTS: Record<Lang, RegExp> = {
  c: /[/"']/g,
  js: /[/"'`]/g,
  python: /[#"']/g,
  ruby: /[#"'/=]/g,
};
const isBlank = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

function mask(text: string, lang: Lang): Masked {
  const parts: string[] = [];
  const strings = new Map<number, string>();
  let last = 0;
  let prev = '';
  let i = 0;
  const n = text.length;
  const hash = lang === 'python' || lang === 'ruby';
  const starts = STARTS[lang];
  const put = (start: number, end: number, replacement: string) => {
    parts.push(text.slice(last, start), replacement);
    last = end;
  };
  while (i < n) {
    starts.lastIndex = i;
    const next = starts.exec(text)?.index ?? n;
    if (next > i) {
      // `prev` is the last character passed over that is not blank, as if read one by one.
      let k = next - 1;
      while (k >= i && isBlank(text[k]!)) k--;
      if (k >= i) prev = text[k]!;
      i = next;
      if (i >= n) break;
    }
    const c = text[i]!;
    if ((hash && c === '#') || (!hash && c === '/' && text[i + 1] === '/')) {
      let end = text.indexOf('\n', i);
      if (end < 0) end = n;
      put(i, end, ' '.repeat(end - i));
      i = end;
      continue;
    }
    if (!hash && c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      const end = close < 0 ? n : close + 2;
      put(i, end, fill(text.slice(i, end), ' '));
      i = end;
      continue;
    }
    if (lang === 'ruby' && c === '=' && (i === 0 || text[i - 1] === '\n') && text.startsWith('=begin', i)) {
      const close = text.indexOf('\n=end', i);
      const end = close < 0 ? n : close + 5;
      put(i, end, fill(text.slice(i, end), ' '));
      i = end;
      continue;
    }
    if (c === '"' || c === "'" || (lang === 'js' && c === '`')) {
      let start = i;
      let raw = false;
      if (lang === 'python') {
        // String prefixes (r, b, u, f and pairs of them) belong to the literal.
        let k = i;
        while (k > last && k > i - 2 && /[rbufRBUF]/.test(text[k - 1]!)) k--;
        if (k < i && (k === 0 || !IDENT.test(text[k - 1]!))) {
          raw = /[rR]/.test(text.slice(k, i));
          start = k;
        }
      }
      const { end, value } = scanString(text, i, lang, raw);
      strings.set(start, value);
      const len = end - start;
      put(start, end, len < 2 ? '"' : `"${fill(text.slice(start + 1, end - 1), '_')}"`);
      i = end;
      prev = '"';
      continue;
    }
    if ((lang === 'js' || lang === 'ruby') && c === '/' && BEFORE_REGEX.has(prev)) {
      const end = scanRegex(text, i);
      if (end > 0) {
        put(i, end, '_'.repeat(end - i));
        i = end;
        prev = '_';
        continue;
      }
    }
    if (!isBlank(c)) prev = c;
    i++;
  }
  parts.push(text.slice(last));
  return { code: parts.join(''), strings };
}

/** One file's text, masked for a language. */
export class Code {
  /** The masked text: same length and line breaks as the original. */
  readonly code: string;
  private readonly strings: Map<number, string>;
  private lineStarts?: number[];
  private pairs?: Int32Array;

  constructor(text: string, lang: Lang) {
    const m = mask(text, lang);
    this.code = m.code;
    this.strings = m.strings;
  }

  /** The 1-based line of an offset. */
  line(offset: number): number {
    if (!this.lineStarts) {
      const starts = [0];
      for (let i = this.code.indexOf('\n'); i >= 0; i = this.code.indexOf('\n', i + 1)) starts.push(i + 1);
      this.lineStarts = starts;
    }
    const s = this.lineStarts;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** The offset of the bracket closing the one at `open`, or -1 (unbalanced code is not read). */
  close(open: number): number {
    if (!this.pairs) {
      const pairs = new Int32Array(this.code.length).fill(-1);
      const stack: number[] = [];
      BRACKETS.lastIndex = 0;
      for (let m = BRACKETS.exec(this.code); m; m = BRACKETS.exec(this.code)) {
        const i = m.index;
        const c = m[0];
        if (isOpen(c)) stack.push(i);
        else if (stack.length && this.code[stack[stack.length - 1]!] === openerOf(c)) pairs[stack.pop()!] = i;
      }
      this.pairs = pairs;
    }
    return this.pairs[open] ?? -1;
  }

  /** The top-level comma-separated parts between the bracket at `open` and its close, trimmed. */
  args(open: number): Span[] {
    const end = this.close(open);
    if (end < 0) return [];
    const out: Span[] = [];
    let from = open + 1;
    for (let i = open + 1; i < end; i++) {
      ARG_STOPS.lastIndex = i;
      const stop = ARG_STOPS.exec(this.code);
      if (!stop || stop.index >= end) break;
      i = stop.index;
      if (stop[0] !== ',') {
        const k = this.close(i);
        if (k > 0) i = k;
      } else {
        out.push(this.trim({ start: from, end: i }));
        from = i + 1;
      }
    }
    const lastPart = this.trim({ start: from, end });
    if (lastPart.end > lastPart.start || out.length) out.push(lastPart);
    return out.filter((s) => s.end > s.start);
  }

  trim(s: Span): Span {
    let { start, end } = s;
    while (start < end && isSpace(this.code.charCodeAt(start))) start++;
    while (end > start && isSpace(this.code.charCodeAt(end - 1))) end--;
    return { start, end };
  }

  text(s: Span): string {
    return this.code.slice(s.start, s.end);
  }

  /** The value of the string literal starting at `offset`. */
  stringAt(offset: number): string | undefined {
    return this.strings.get(offset);
  }

  /** The value when the span is exactly one string literal. */
  str(s: Span | undefined): string | undefined {
    if (!s) return undefined;
    const t = this.trim(s);
    if (this.code[t.start] !== '"' || t.end - t.start < 2 || this.code[t.end - 1] !== '"') return undefined;
    if (this.code.indexOf('"', t.start + 1) !== t.end - 1) return undefined;
    return this.strings.get(t.start);
  }

  /** Every string literal inside the span, in order. */
  strs(s: Span | undefined): string[] {
    if (!s) return [];
    const out: string[] = [];
    for (let i = this.code.indexOf('"', s.start); i >= 0 && i < s.end;) {
      const close = this.code.indexOf('"', i + 1);
      if (close < 0 || close >= s.end) break;
      const v = this.strings.get(i);
      if (v !== undefined) out.push(v);
      i = this.code.indexOf('"', close + 1);
    }
    return out;
  }

  /**
   * A named argument (`name=value` in Python, Java and Kotlin; `name: value` in JavaScript and
   * Ruby): the span of its value.
   */
  named(args: readonly Span[], names: readonly string[], sep: '=' | ':'): Span | undefined {
    for (const a of args) {
      const m = (sep === '=' ? /^(\w+)\s*=(?!=)\s*/ : /^(\w+)\s*:(?!:)\s*/).exec(this.text(a));
      if (m && names.includes(m[1]!)) return { start: a.start + m[0].length, end: a.end };
      if (sep === ':') {
        const k = /^"_*"\s*:\s*/.exec(this.text(a));
        if (k && names.includes(this.strings.get(a.start) ?? ''))
          return { start: a.start + k[0].length, end: a.end };
      }
    }
    return undefined;
  }

  /** The arguments that are not named. */
  positional(args: readonly Span[], sep: '=' | ':'): Span[] {
    const re = sep === '=' ? /^\w+\s*=(?!=)/ : /^(?:\w+|"_*")\s*:(?!:)/;
    return args.filter((a) => !re.test(this.text(a)));
  }
}
