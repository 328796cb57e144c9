/** SQL migrations: statements with their lines, and a shape safe to show as evidence. */

export interface Statement {
  /** The statement without comments, whitespace collapsed. */
  text: string;
  startLine: number;
  endLine: number;
  /** Offsets in `text` from which a new line begins, so a clause can be reported at its own line. */
  breaks: number[];
}

/** The line of the character at `at` in the statement's text. */
export function lineOf(st: Statement, at: number): number {
  let lo = 0;
  let hi = st.breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (st.breaks[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return st.startLine + lo;
}

const WORD = /[\p{L}_][\p{L}\p{N}_$]*/uy;
/** Characters that never start a word, a quote, a comment or the end of a statement. */
const PLAIN = /[^\s'"`$;\-/\p{L}_]+/uy;
const DOLLAR = /\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/y;
function isSpace(c: string): boolean {
  const n = c.charCodeAt(0);
  return n === 32 || (n >= 9 && n <= 13) || (n > 127 && /\s/.test(c));
}

function isWordChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  const n = c.charCodeAt(0);
  if (n < 128)
    return (n >= 97 && n <= 122) || (n >= 65 && n <= 90) || (n >= 48 && n <= 57) || n === 95 || n === 36;
  return /[\p{L}\p{N}]/u.test(c);
}

/**
 * Splits SQL into statements on `;`, aware of quotes (`E'…'` escapes too), dollar quotes
 * (`$$…$$`, `$fn$…$fn$`), line and nested block comments and SQL-standard function bodies
 * (`BEGIN ATOMIC … END`), so a semicolon inside a function body or string does not cut.
 * A generator, so a caller can give the event loop a turn between statements of a big file.
 */
export function* statements(sql: string, firstLine = 1): Generator<Statement> {
  // The text is built from slices of `sql`: a run of content is copied at once when whitespace,
  // a comment or the end of the statement cuts it, which keeps a big file cheap to read.
  let out = '';
  let seg = -1;
  let endsInSpace = false;
  let line = firstLine;
  let start = -1;
  let last = firstLine;
  let breaks: number[] = [];
  // Inside `BEGIN ATOMIC`: 1 + the CASE expressions open, since each ends with END too.
  let atomic = 0;
  let previousWord = '';
  const cut = (end: number) => {
    if (seg !== -1 && end > seg) {
      out += sql.slice(seg, end);
      endsInSpace = false;
    }
    seg = -1;
  };
  const gap = () => {
    if (start !== -1 && !endsInSpace) {
      out += ' ';
      endsInSpace = true;
    }
  };
  const content = (i: number) => {
    if (start === -1) start = line;
    if (seg === -1) seg = i;
  };
  /** Past a quoted literal or dollar-quoted body from `i` to `end`, counting its lines. */
  const literal = (i: number, end: number) => {
    for (let k = sql.indexOf('\n', i); k !== -1 && k < end; k = sql.indexOf('\n', k + 1)) {
      line++;
      breaks.push(out.length + (k + 1 - seg));
    }
    last = line;
    return end;
  };
  const flush = (): Statement | undefined => {
    const text = endsInSpace ? out.slice(0, -1) : out;
    const st = text
      ? {
          text,
          startLine: start,
          endLine: last,
          breaks: (breaks.at(-1) ?? -1) >= text.length ? breaks.filter((b) => b < text.length) : breaks,
        }
      : undefined;
    out = '';
    endsInSpace = false;
    start = -1;
    breaks = [];
    previousWord = '';
    atomic = 0;
    return st;
  };
  for (let i = 0; i < sql.length;) {
    const c = sql[i]!;
    if (isSpace(c)) {
      cut(i);
      for (; i < sql.length && isSpace(sql[i]!); i++) {
        gap();
        if (sql[i] === '\n') {
          line++;
          if (start !== -1) breaks.push(out.length);
        }
      }
      continue;
    }
    if (c === '-' && sql[i + 1] === '-') {
      cut(i);
      const end = sql.indexOf('\n', i);
      i = end === -1 ? sql.length : end;
      gap();
      continue;
    }
    if (c === '/' && sql[i + 1] === '*') {
      cut(i);
      gap();
      let depth = 1;
      for (i += 2; i < sql.length && depth > 0; i++) {
        if (sql[i] === '\n') {
          line++;
          if (start !== -1) breaks.push(out.length);
        } else if (sql[i] === '/' && sql[i + 1] === '*') {
          depth++;
          i++;
        } else if (sql[i] === '*' && sql[i + 1] === '/') {
          depth--;
          i++;
        }
      }
      continue;
    }
    if (c === ';' && atomic === 0) {
      cut(i);
      const st = flush();
      if (st) yield st;
      i++;
      continue;
    }
    content(i);
    if (c === "'" || c === '"' || c === '`') {
      // E'…' takes backslash escapes; elsewhere a doubled quote is the only escape.
      const escapes = c === "'" && /[Ee]/.test(sql[i - 1] ?? '') && !isWordChar(sql[i - 2]);
      let j = i + 1;
      for (; j < sql.length; j++) {
        if (escapes && sql[j] === '\\') j++;
        else if (sql[j] === c) {
          if (sql[j + 1] === c) j++;
          else break;
        }
      }
      i = literal(i, Math.min(j + 1, sql.length));
      continue;
    }
    if (c === '$' && !isWordChar(sql[i - 1])) {
      DOLLAR.lastIndex = i;
      const tag = DOLLAR.exec(sql);
      if (tag) {
        const end = sql.indexOf(tag[0], i + tag[0].length);
        i = literal(i, end === -1 ? sql.length : end + tag[0].length);
        continue;
      }
    }
    if (!isWordChar(sql[i - 1])) {
      WORD.lastIndex = i;
      const word = WORD.exec(sql);
      if (word) {
        // Only these few words matter to the split; most words are longer or shorter.
        const w = word[0].length >= 3 && word[0].length <= 6 ? word[0].toUpperCase() : '';
        if (atomic > 0) {
          if (w === 'CASE') atomic++;
          else if (w === 'END') atomic--;
        } else if (
          w === 'ATOMIC' &&
          previousWord === 'BEGIN' &&
          /^CREATE\b.*\b(?:FUNCTION|PROCEDURE)\b/is.test(out + sql.slice(seg, i))
        )
          atomic = 1;
        previousWord = w;
        i += word[0].length;
        last = line;
        continue;
      }
    }
    PLAIN.lastIndex = i;
    const run = PLAIN.exec(sql);
    i += run ? run[0].length : 1;
    last = line;
  }
  cut(sql.length);
  const st = flush();
  if (st) yield st;
}

export function splitSql(sql: string, firstLine = 1): Statement[] {
  return [...statements(sql, firstLine)];
}

/** Where a literal may start: text between two of these is copied as it is. */
const LITERAL_START = /['$]/g;

/**
 * The statement as evidence may show it: string literals and dollar-quoted bodies emptied (they
 * can hold passwords), cut at `max` characters. One pass, and the text between literals is
 * copied a run at a time, so a huge statement costs little.
 */
export function excerpt(stmt: string, max = 120): string {
  let out = '';
  let i = 0;
  while (i < stmt.length && out.length < max) {
    const c = stmt[i]!;
    if (c === "'") {
      const escapes = /[Ee]/.test(stmt[i - 1] ?? '') && !isWordChar(stmt[i - 2]);
      let j = i + 1;
      for (; j < stmt.length; j++) {
        if (escapes && stmt[j] === '\\') j++;
        else if (stmt[j] === "'") {
          if (stmt[j + 1] === "'") j++;
          else break;
        }
      }
      out += "'…'";
      i = j + 1;
      continue;
    }
    if (c === '$' && !isWordChar(stmt[i - 1])) {
      DOLLAR.lastIndex = i;
      const tag = DOLLAR.exec(stmt);
      if (tag) {
        const end = stmt.indexOf(tag[0], i + tag[0].length);
        out += '$$…$$';
        i = end === -1 ? stmt.length + 1 : end + tag[0].length;
        continue;
      }
    }
    // This character and those up to the next possible literal, as many as still fit.
    LITERAL_START.lastIndex = i + 1;
    const next = LITERAL_START.exec(stmt)?.index ?? stmt.length;
    const end = Math.min(next, i + max - out.length);
    out += stmt.slice(i, end);
    i = end;
  }
  return out.length > max || i < stmt.length ? `${out.slice(0, max - 1)}…` : out;
}
