/**
 * Where bash reads the text at given places of a script: bare, inside double or single quotes, in
 * a here-document, or somewhere a value would be run as code. The planner puts a reference to an
 * environment variable at each `${{ … }}` of a shell field, written for that place, so a value is
 * always exactly one word that bash never reads as code:
 *
 *   bare            echo ${{ inputs.v }}       →  echo "${NAME}"
 *   double quotes   echo "v=${{ inputs.v }}"   →  echo "v=${NAME}"
 *   single quotes   echo 'v=${{ inputs.v }}'   →  echo 'v='"${NAME}"''
 *   here-document   <<EOF … ${{ inputs.v }}    →  … ${NAME}
 *
 * Places where no reference is safe or meaningful ($(( … )), ${ … }, $'…', a quoted here-document,
 * after a backslash) are reported, and the planner makes them config errors.
 *
 * Whatever this reader gets wrong about an odd script, a reference can only ever expand to the
 * value as text (bash does not read the result of an expansion as code), so a mistake here makes a
 * wrong word, never a command.
 */

export type ShellPlace = 'bare' | 'double' | 'single' | 'heredoc';
export type ShellSlot = { place: ShellPlace } | { unsafe: string };

/** Stands for a value in the masked script; the script's own U+FFFF (if any) is changed first. */
const SLOT = '\uFFFF';

type Frame =
  | { kind: 'bare'; close: '' | ')' | '`'; parens: number }
  | { kind: 'double' }
  | { kind: 'single' }
  | { kind: 'ansi' }
  | { kind: 'param'; braces: number }
  | { kind: 'arith'; close: ')' | ']'; depth: number }
  | { kind: 'comment' };

/** Characters after which a `#` starts a comment, and that end a here-document delimiter. */
const BREAK = new Set([' ', '\t', '\n', ';', '&', '|', '(', ')', '<', '>']);

const UNSAFE = {
  escaped: 'right after a backslash, where a value cannot be quoted',
  arith: 'inside arithmetic ($(( … )), (( … )) or $[ … ]), where bash evaluates it as code',
  param: 'inside ${ … }',
  ansi: "inside $'…' quotes",
  heredocQuoted: "inside a here-document with a quoted delimiter (<<'EOF'), which expands nothing",
  delimiter: 'in a here-document delimiter',
  backquotes: 'inside backquotes within double quotes; use $( … ) instead',
};

/** For each [start, end) span (in order, not overlapping), where bash reads text put there. */
export function shellPlaces(script: string, spans: readonly { start: number; end: number }[]): ShellSlot[] {
  let masked = '';
  let at = 0;
  for (const span of spans) {
    masked += script.slice(at, span.start).replaceAll(SLOT, '\uFFFE') + SLOT;
    at = span.end;
  }
  masked += script.slice(at).replaceAll(SLOT, '\uFFFE');
  const slots = new ShellReader(masked).read();
  // Every span must have its answer; should the reader ever miss one, none is trusted.
  if (slots.length !== spans.length)
    return spans.map(() => ({ unsafe: 'somewhere this script cannot be read safely' }));
  return slots;
}

/** The text that stands for environment variable `name` at that place. */
export function shellReference(name: string, place: ShellPlace): string {
  switch (place) {
    case 'bare':
      return `"\${${name}}"`;
    case 'single':
      return `'"\${${name}}"'`;
    default:
      return `\${${name}}`;
  }
}

class ShellReader {
  private readonly out: ShellSlot[] = [];
  private readonly stack: Frame[] = [{ kind: 'bare', close: '', parens: 0 }];
  private readonly heredocs: { delimiter: string; quoted: boolean; stripTabs: boolean }[] = [];
  private wordStart = true;
  private i = 0;

  constructor(private readonly s: string) {}

  read(): ShellSlot[] {
    const s = this.s;
    while (this.i < s.length) {
      const top = this.stack[this.stack.length - 1]!;
      const c = s[this.i]!;
      if (c === SLOT) {
        this.out.push(this.place());
        this.i++;
        this.wordStart = false;
        continue;
      }
      if (c === '\\' && top.kind !== 'single' && top.kind !== 'comment') {
        if (s[this.i + 1] === SLOT) this.out.push({ unsafe: UNSAFE.escaped });
        this.i += 2;
        this.wordStart = false;
        continue;
      }
      switch (top.kind) {
        case 'comment':
          // The newline ends the comment and is then read by the frame around it.
          if (c === '\n') this.stack.pop();
          else this.i++;
          break;
        case 'single':
        case 'ansi':
          if (c === "'") this.stack.pop();
          this.i++;
          break;
        case 'double':
          this.inDouble(c);
          break;
        case 'param':
          this.inParam(top, c);
          break;
        case 'arith':
          this.inArith(top, c);
          break;
        case 'bare':
          this.inBare(top, c);
          break;
      }
    }
    return this.out;
  }

  private place(): ShellSlot {
    const top = this.stack[this.stack.length - 1]!;
    const below = this.stack.slice(0, -1);
    switch (top.kind) {
      case 'bare':
        return top.close === '`' && below.some((f) => f.kind === 'double')
          ? { unsafe: UNSAFE.backquotes }
          : { place: 'bare' };
      case 'comment':
        return { place: 'bare' };
      case 'double':
        return { place: 'double' };
      case 'single':
        return below[below.length - 1]?.kind === 'param' ? { unsafe: UNSAFE.param } : { place: 'single' };
      case 'ansi':
        return { unsafe: UNSAFE.ansi };
      case 'param':
        return { unsafe: UNSAFE.param };
      case 'arith':
        return { unsafe: UNSAFE.arith };
    }
  }

  /** `$` at this.i: command substitution, arithmetic, parameter expansion or $'…' quotes. */
  private dollar(inBare: boolean): void {
    const next = this.s[this.i + 1];
    if (next === '(' && this.s[this.i + 2] === '(') {
      this.stack.push({ kind: 'arith', close: ')', depth: 0 });
      this.i += 3;
    } else if (next === '(') {
      this.stack.push({ kind: 'bare', close: ')', parens: 0 });
      this.i += 2;
      this.wordStart = true;
    } else if (next === '[') {
      this.stack.push({ kind: 'arith', close: ']', depth: 0 });
      this.i += 2;
    } else if (next === '{') {
      this.stack.push({ kind: 'param', braces: 1 });
      this.i += 2;
    } else if (next === "'" && inBare) {
      this.stack.push({ kind: 'ansi' });
      this.i += 2;
    } else if (next === '"' && inBare) {
      this.stack.push({ kind: 'double' });
      this.i += 2;
    } else this.i++;
  }

  private inDouble(c: string): void {
    if (c === '"') {
      this.stack.pop();
      this.i++;
    } else if (c === '`') {
      this.stack.push({ kind: 'bare', close: '`', parens: 0 });
      this.i++;
      this.wordStart = true;
    } else if (c === '$') this.dollar(false);
    else this.i++;
  }

  private inParam(top: { braces: number }, c: string): void {
    if (c === '}') {
      if (--top.braces === 0) this.stack.pop();
      this.i++;
    } else if (c === '{') {
      top.braces++;
      this.i++;
    } else if (c === "'") {
      this.stack.push({ kind: 'single' });
      this.i++;
    } else if (c === '"') {
      this.stack.push({ kind: 'double' });
      this.i++;
    } else if (c === '$') this.dollar(false);
    else this.i++;
  }

  private inArith(top: { close: ')' | ']'; depth: number }, c: string): void {
    const open = top.close === ')' ? '(' : '[';
    if (c === open) top.depth++;
    else if (c === top.close) {
      if (top.depth > 0) top.depth--;
      else {
        this.stack.pop();
        // $(( … )) and (( … )) end with two parentheses.
        if (top.close === ')' && this.s[this.i + 1] === ')') this.i++;
      }
    } else if (c === '$') return this.dollar(false);
    else if (c === '"') this.stack.push({ kind: 'double' });
    this.i++;
  }

  private inBare(top: { close: '' | ')' | '`'; parens: number }, c: string): void {
    const s = this.s;
    const wordStart = this.wordStart;
    this.wordStart = BREAK.has(c);
    if (c === "'") this.stack.push({ kind: 'single' });
    else if (c === '"') this.stack.push({ kind: 'double' });
    else if (c === '`') {
      if (top.close === '`') this.stack.pop();
      else {
        this.stack.push({ kind: 'bare', close: '`', parens: 0 });
        this.wordStart = true;
      }
    } else if (c === '$') {
      this.dollar(true);
      return;
    } else if (c === '#' && wordStart) {
      this.stack.push({ kind: 'comment' });
    } else if (c === '(') {
      if (wordStart && s[this.i + 1] === '(') {
        this.stack.push({ kind: 'arith', close: ')', depth: 0 });
        this.i += 2;
        return;
      }
      top.parens++;
    } else if (c === ')') {
      if (top.parens > 0) top.parens--;
      else if (top.close === ')') this.stack.pop();
    } else if (c === '<' && s[this.i + 1] === '<') {
      if (s[this.i + 2] === '<') {
        this.i += 3; // a here-string: its word is read as usual
        return;
      }
      this.i = this.heredocOperator(this.i + 2);
      return;
    } else if (c === '\n' && this.heredocs.length > 0) {
      this.i = this.heredocBodies(this.i + 1);
      return;
    }
    this.i++;
  }

  /** Reads the delimiter after `<<` (or `<<-`); the body starts at the next newline. */
  private heredocOperator(j: number): number {
    const s = this.s;
    let stripTabs = false;
    if (s[j] === '-') {
      stripTabs = true;
      j++;
    }
    while (s[j] === ' ' || s[j] === '\t') j++;
    let delimiter = '';
    let quoted = false;
    while (j < s.length && !BREAK.has(s[j]!)) {
      const c = s[j]!;
      if (c === "'" || c === '"') {
        quoted = true;
        const end = s.indexOf(c, j + 1);
        const text = s.slice(j + 1, end < 0 ? s.length : end);
        for (const ch of text) if (ch === SLOT) this.out.push({ unsafe: UNSAFE.delimiter });
        delimiter += text;
        j = end < 0 ? s.length : end + 1;
      } else if (c === '\\') {
        quoted = true;
        if (s[j + 1] === SLOT) this.out.push({ unsafe: UNSAFE.delimiter });
        delimiter += s[j + 1] ?? '';
        j += 2;
      } else {
        if (c === SLOT) this.out.push({ unsafe: UNSAFE.delimiter });
        delimiter += c;
        j++;
      }
    }
    if (delimiter !== '') this.heredocs.push({ delimiter, quoted, stripTabs });
    this.wordStart = false;
    return j;
  }

  /** Reads the bodies of the pending here-documents, which start at j. */
  private heredocBodies(j: number): number {
    const s = this.s;
    for (const doc of this.heredocs.splice(0)) {
      while (j < s.length) {
        const nl = s.indexOf('\n', j);
        const end = nl < 0 ? s.length : nl;
        const line = s.slice(j, end);
        j = end + 1;
        if ((doc.stripTabs ? line.replace(/^\t+/, '') : line) === doc.delimiter) break;
        for (const ch of line)
          if (ch === SLOT)
            this.out.push(doc.quoted ? { unsafe: UNSAFE.heredocQuoted } : { place: 'heredoc' });
      }
    }
    this.wordStart = true;
    return Math.min(j, s.length);
  }
}
