/** SQL migrations: statements with their lines, and what each one does to the schema. */

export interface Statement {
  /** The statement without comments, whitespace collapsed. */
  text: string;
  startLine: number;
  endLine: number;
}

/**
 * Splits SQL into statements on `;`, aware of quotes, dollar quotes (`$$…$$`, `$fn$…$fn$`), line
 * and nested block comments, so a semicolon inside a function body or string does not cut.
 */
export function splitSql(sql: string, firstLine = 1): Statement[] {
  const out: Statement[] = [];
  let buf = '';
  let line = firstLine;
  let start = -1;
  const flush = () => {
    const text = buf.replace(/\s+/g, ' ').trim();
    if (text) out.push({ text, startLine: start, endLine: line });
    buf = '';
    start = -1;
  };
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i]!;
    if (c === '\n') {
      line++;
      buf += ' ';
      continue;
    }
    if (c === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      i = (end === -1 ? sql.length : end) - 1;
      continue;
    }
    if (c === '/' && sql[i + 1] === '*') {
      let depth = 1;
      for (i += 2; i < sql.length && depth > 0; i++) {
        if (sql[i] === '\n') line++;
        else if (sql[i] === '/' && sql[i + 1] === '*') {
          depth++;
          i++;
        } else if (sql[i] === '*' && sql[i + 1] === '/') {
          depth--;
          i++;
        }
      }
      i--;
      buf += ' ';
      continue;
    }
    if (/\s/.test(c) && start === -1) continue;
    if (start === -1) start = line;
    if (c === ';') {
      flush();
      continue;
    }
    if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      for (; j < sql.length; j++) {
        if (sql[j] === '\n') line++;
        if (sql[j] === c) {
          if (sql[j + 1] === c) j++;
          else break;
        }
      }
      buf += sql.slice(i, j + 1);
      i = j;
      continue;
    }
    const dollar = c === '$' ? /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(i, i + 64)) : null;
    if (dollar) {
      const end = sql.indexOf(dollar[0], i + dollar[0].length);
      const stop = end === -1 ? sql.length : end + dollar[0].length;
      for (let j = i; j < stop; j++) if (sql[j] === '\n') line++;
      buf += sql.slice(i, stop);
      i = stop - 1;
      continue;
    }
    buf += c;
  }
  flush();
  return out;
}

export type DdlKind =
  | 'create-table'
  | 'alter-table'
  | 'add-column'
  | 'drop-table'
  | 'drop-column'
  | 'truncate'
  | 'rename'
  | 'delete-all'
  | 'drop-schema'
  | 'create-index'
  | 'drop-index'
  | 'alter-column-type'
  | 'add-foreign-key'
  | 'add-check'
  | 'set-not-null'
  | 'other-ddl';

export interface Ddl {
  kind: DdlKind;
  /** What it acts on, e.g. `users.email`. */
  target?: string;
  /** Loses data or breaks code still using the old name. */
  destructive?: boolean;
  /** A PostgreSQL statement that blocks the table while it runs, and the safer way. */
  risk?: { why: string; instead: string };
}

const NAME = `(?:"[^"]+"|\`[^\`]+\`|[\\w$.]+)`;
const unquote = (s: string) => s.replace(/["`]/g, '').toLowerCase();

/** Splits `a, b (c, d), e` on top-level commas. */
function actions(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let cur = '';
  for (const c of s) {
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
      continue;
    }
    cur += c;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

export const RISKS = {
  index: {
    why: 'CREATE INDEX without CONCURRENTLY blocks writes to the table while the index builds',
    instead: 'CREATE INDEX CONCURRENTLY (outside a transaction)',
  },
  dropIndex: {
    why: 'DROP INDEX without CONCURRENTLY takes an exclusive lock on the table',
    instead: 'DROP INDEX CONCURRENTLY',
  },
  notNull: {
    why: 'ADD COLUMN … NOT NULL without DEFAULT fails on a non-empty table (and blocks it while it checks)',
    instead:
      'add the column nullable (or with a DEFAULT), backfill in batches, then SET NOT NULL after a NOT VALID check constraint is validated',
  },
  type: {
    why: 'ALTER COLUMN … TYPE rewrites the table under an exclusive lock',
    instead: 'add a new column, backfill it in batches, switch reads and writes, then drop the old one',
  },
  fk: {
    why: 'adding a foreign key validates every row while blocking writes to both tables',
    instead: 'ADD CONSTRAINT … FOREIGN KEY … NOT VALID, then VALIDATE CONSTRAINT in a separate transaction',
  },
  check: {
    why: 'adding a CHECK constraint scans the table while blocking writes',
    instead: 'ADD CONSTRAINT … CHECK (…) NOT VALID, then VALIDATE CONSTRAINT separately',
  },
  setNotNull: {
    why: 'SET NOT NULL scans the whole table under an exclusive lock',
    instead:
      'add CHECK (col IS NOT NULL) NOT VALID, VALIDATE it, then SET NOT NULL (PostgreSQL 12+ skips the scan)',
  },
} as const;

/**
 * What one statement does. `newTables` are tables created earlier in the same migration: work on
 * them blocks nobody, so it carries no lock risk.
 */
export function classify(stmt: string, newTables: Set<string>): Ddl[] {
  const s = stmt.trim();
  const u = s.toUpperCase();
  let m: RegExpExecArray | null;
  if (
    (m = new RegExp(
      `^CREATE\\s+(?:(?:GLOBAL|LOCAL)\\s+)?(?:TEMP(?:ORARY)?\\s+|UNLOGGED\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(${NAME})`,
      'i',
    ).exec(s))
  ) {
    newTables.add(unquote(m[1]!));
    return [{ kind: 'create-table', target: unquote(m[1]!) }];
  }
  if ((m = new RegExp(`^DROP\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(${NAME}(?:\\s*,\\s*${NAME})*)`, 'i').exec(s)))
    return [{ kind: 'drop-table', target: unquote(m[1]!), destructive: true }];
  if ((m = /^DROP\s+(SCHEMA|DATABASE)\s+(?:IF\s+EXISTS\s+)?(\S+)/i.exec(s)))
    return [{ kind: 'drop-schema', target: unquote(m[2]!), destructive: true }];
  if ((m = new RegExp(`^TRUNCATE\\s+(?:TABLE\\s+)?(?:ONLY\\s+)?(${NAME})`, 'i').exec(s)))
    return [{ kind: 'truncate', target: unquote(m[1]!), destructive: true }];
  if ((m = new RegExp(`^DELETE\\s+FROM\\s+(${NAME})\\s*$`, 'i').exec(s)))
    return [{ kind: 'delete-all', target: unquote(m[1]!), destructive: true }];
  if ((m = new RegExp(`^RENAME\\s+TABLE\\s+(${NAME})`, 'i').exec(s)))
    return [{ kind: 'rename', target: unquote(m[1]!), destructive: true }];
  if (
    (m = new RegExp(
      `^CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+(CONCURRENTLY\\s+)?.*?\\bON\\s+(?:ONLY\\s+)?(${NAME})`,
      'i',
    ).exec(s))
  ) {
    const table = unquote(m[2]!);
    return [
      { kind: 'create-index', target: table, ...(m[1] || newTables.has(table) ? {} : { risk: RISKS.index }) },
    ];
  }
  if (/^DROP\s+INDEX\b/i.test(s))
    return [{ kind: 'drop-index', ...(/\bCONCURRENTLY\b/i.test(s) ? {} : { risk: RISKS.dropIndex }) }];
  if (/^REINDEX\b/i.test(s) && !/\bCONCURRENTLY\b/i.test(s))
    return [
      {
        kind: 'other-ddl',
        risk: {
          why: 'REINDEX without CONCURRENTLY locks out writes',
          instead: 'REINDEX … CONCURRENTLY (PostgreSQL 12+)',
        },
      },
    ];
  if (
    (m = new RegExp(`^ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(?:ONLY\\s+)?(${NAME})\\s+(.*)$`, 'i').exec(s))
  )
    return alterTable(unquote(m[1]!), m[2]!, newTables);
  if (/^(?:CREATE|ALTER|DROP|COMMENT)\b/.test(u)) return [{ kind: 'other-ddl' }];
  return [];
}

function alterTable(table: string, rest: string, newTables: Set<string>): Ddl[] {
  const fresh = newTables.has(table);
  const out: Ddl[] = [];
  for (const a of actions(rest)) {
    let m: RegExpExecArray | null;
    if ((m = /^RENAME\s+TO\s+(\S+)/i.exec(a)))
      out.push({ kind: 'rename', target: `${table} → ${unquote(m[1]!)}`, destructive: true });
    else if ((m = /^RENAME\s+(?:COLUMN\s+)?(?!CONSTRAINT\b)(\S+)\s+TO\s+(\S+)/i.exec(a)))
      out.push({
        kind: 'rename',
        target: `${table}.${unquote(m[1]!)} → ${unquote(m[2]!)}`,
        destructive: true,
      });
    else if (
      (m =
        /^DROP\s+(?:COLUMN\s+)?(?:IF\s+EXISTS\s+)?(?!CONSTRAINT\b|INDEX\b|PRIMARY\b|FOREIGN\b|KEY\b|CHECK\b|PARTITION\b|DEFAULT\b)(\S+)/i.exec(
          a,
        ))
    )
      out.push({ kind: 'drop-column', target: `${table}.${unquote(m[1]!)}`, destructive: true });
    else if (/^ADD\s+(?:CONSTRAINT\s+\S+\s+)?FOREIGN\s+KEY\b/i.test(a))
      out.push({
        kind: 'add-foreign-key',
        target: table,
        ...(fresh || /\bNOT\s+VALID\b/i.test(a) ? {} : { risk: RISKS.fk }),
      });
    else if (/^ADD\s+(?:CONSTRAINT\s+\S+\s+)?CHECK\b/i.test(a))
      out.push({
        kind: 'add-check',
        target: table,
        ...(fresh || /\bNOT\s+VALID\b/i.test(a) ? {} : { risk: RISKS.check }),
      });
    else if (
      (m =
        /^ADD\s+(?:COLUMN\s+)?(?:IF\s+NOT\s+EXISTS\s+)?(?!CONSTRAINT\b|PRIMARY\b|UNIQUE\b|INDEX\b|KEY\b)(\S+)\s+(.*)$/i.exec(
          a,
        ))
    ) {
      const col = `${table}.${unquote(m[1]!)}`;
      const def = m[2]!;
      const notNull = /\bNOT\s+NULL\b/i.test(def) && !/\bDEFAULT\b|\bGENERATED\b/i.test(def);
      out.push({ kind: 'add-column', target: col, ...(notNull && !fresh ? { risk: RISKS.notNull } : {}) });
      if (/\bREFERENCES\b/i.test(def) && !fresh && !/\bNOT\s+VALID\b/i.test(def))
        out.push({ kind: 'add-foreign-key', target: col, risk: RISKS.fk });
    } else if ((m = /^ALTER\s+(?:COLUMN\s+)?(\S+)\s+(?:SET\s+DATA\s+)?TYPE\b/i.exec(a)))
      out.push({
        kind: 'alter-column-type',
        target: `${table}.${unquote(m[1]!)}`,
        ...(fresh ? {} : { risk: RISKS.type }),
      });
    else if ((m = /^ALTER\s+(?:COLUMN\s+)?(\S+)\s+SET\s+NOT\s+NULL\b/i.exec(a)))
      out.push({
        kind: 'set-not-null',
        target: `${table}.${unquote(m[1]!)}`,
        ...(fresh ? {} : { risk: RISKS.setNotNull }),
      });
    else out.push({ kind: 'alter-table', target: table });
  }
  return out;
}

/** The statement as evidence may show it: string literals emptied (they can hold passwords). */
export function excerpt(stmt: string, max = 120): string {
  const clean = stmt.replace(/'(?:[^']|'')*'/g, "'…'").replace(/\$([A-Za-z_]*)\$[\s\S]*?\$\1\$/g, '$$…$$');
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}
