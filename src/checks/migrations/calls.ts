/** Reading framework migrations (Python, Ruby, JavaScript) as text: lines, calls and their arguments. */

/** Line numbers of offsets in a text, found by binary search over the line starts. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  /** 1-based line of the character at `index`. */
  lineAt(index: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= index) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Longest call read for its arguments; a longer one is read up to here. */
const CALL_MAX = 64 * 1024;

/**
 * The call at `at`: `name(…)` with its parentheses balanced outside strings, so options on later
 * lines are seen; a call without parentheses (Ruby) runs to the end of its line, and on while a
 * line ends with a comma.
 */
export function callText(text: string, at: number): string {
  let i = at;
  while (i < text.length && /[\w.!?$]/.test(text[i]!)) i++;
  while (text[i] === ' ' || text[i] === '\t') i++;
  if (text[i] === '(') {
    const end = closeOf(text, i, Math.min(text.length, i + CALL_MAX));
    if (end !== -1) return text.slice(at, end + 1);
  }
  let end = text.indexOf('\n', i);
  while (end !== -1 && end - at < CALL_MAX && /,\s*$/.test(text.slice(Math.max(at, end - 200), end)))
    end = text.indexOf('\n', end + 1);
  return text.slice(at, end === -1 ? undefined : end);
}

/** The index of the bracket closing the one at `open` (strings skipped), or -1 before `limit`. */
export function closeOf(text: string, open: number, limit = text.length): number {
  const pairs: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
  const stack: string[] = [];
  for (let i = open; i < limit; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'" || c === '`') {
      const triple = text.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
      let j = i + triple.length;
      for (; j < limit && !text.startsWith(triple, j); j++) if (text[j] === '\\') j++;
      i = j + triple.length - 1;
    } else if ((c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) || (c === '/' && text[i + 1] === '/')) {
      // A comment (Python and Ruby `#`, JavaScript `//`): its quotes and brackets do not count.
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? limit : nl;
    } else if (pairs[c]) stack.push(pairs[c]!);
    else if (c === ')' || c === ']' || c === '}') {
      if (stack.pop() !== c) return -1;
      if (!stack.length) return i;
    }
  }
  return -1;
}

/** The n-th symbol or string argument of a call (`:users`, `'users'`, `"users"`). */
export function arg(call: string, n: number): string | undefined {
  return [...call.matchAll(/[:'"]([\w.]+)['"]?/g)].map((m) => m[1])[n];
}

/** The string literals of a call, in order. */
export function strings(call: string): string[] {
  return [...call.matchAll(/(["'])((?:\\.|(?!\1).)*)\1/g)].map((m) => m[2]!);
}

/** A keyword argument (`name='x'` in Python, `name: "x"` in Ruby) given as a string or symbol. */
export function option(call: string, key: string): string | undefined {
  const m = new RegExp(`\\b${key}\\s*(?:=|:)\\s*(?:(["'])((?:\\\\.|(?!\\1).)*)\\1|:(\\w+))`).exec(call);
  return m ? (m[2] ?? m[3]) : undefined;
}

/** The column of a `column IS NOT NULL` condition, or undefined. */
export function notNullCondition(condition: string | undefined): string | undefined {
  const m = /^\s*\(?\s*"?([\w$]+)"?\s*\)?\s+IS\s+NOT\s+NULL\s*\)?\s*$/i.exec(condition ?? '');
  return m?.[1]?.toLowerCase();
}
