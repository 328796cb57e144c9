/**
 * The shapes of schema operations and their risks, and what earlier statements of a migration
 * file established: tables it created, the transaction it is in, constraints it added NOT VALID
 * and validated. Shared by the SQL reader and the framework readers.
 */
import type { RuleId } from './rules.js';

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
  | 'reindex'
  | 'alter-column-type'
  | 'add-foreign-key'
  | 'add-check'
  | 'add-unique'
  | 'add-primary-key'
  | 'validate-constraint'
  | 'drop-constraint'
  | 'set-not-null'
  | 'drop-not-null'
  | 'detach-partition'
  | 'domain'
  | 'enum-value'
  | 'rewrite-table'
  | 'transaction'
  | 'other-ddl';

export interface Risk {
  rule: RuleId;
  /** Offset in the statement of the clause at fault; the statement's start when absent. */
  at?: number;
  /** Line of the clause, for operations that are not SQL text (framework calls). */
  line?: number;
  /** Wording for this case, instead of the rule's own. */
  why?: string;
  instead?: string;
  target?: string;
}

export interface Ddl {
  kind: DdlKind;
  /** What it acts on, e.g. `users.email`. */
  target?: string;
  /** The rule of a statement that loses data or breaks code still using the old name. */
  destructive?: RuleId;
  risks: Risk[];
  /** Offset in the statement of the clause this operation is (one action of an ALTER TABLE). */
  at?: number;
  /** The call carries its own rollback (Django `reverse_sql=`, a Rails `change` that reverses). */
  reversible?: boolean;
}

/** How the migration tool runs a file: in a transaction it opens, and how to turn that off. */
export interface ToolTransaction {
  /** Who opens it, for messages: `goose`, `Django`, `the migration tool`… */
  by: string;
  /** How to run one migration without it. */
  off: string;
  /** Assumed from the config rather than seen: a file of one statement may be run without one. */
  assumed?: boolean;
}

/** What earlier statements of the same migration file established. */
export interface FileState {
  postgresVersion: number;
  /** Tables created earlier in the file (last name segment): work on them blocks nobody. */
  newTables: Set<string>;
  /** Tables created by earlier migrations of the same change, the same way. */
  earlierTables: ReadonlySet<string>;
  /** Outside a transaction, in one BEGIN opened, or in the one the migration tool opens. */
  tx: 'none' | 'explicit' | 'tool';
  tool?: ToolTransaction;
  /** Line of the BEGIN still open. */
  openedAt?: number;
  /** Numbers transactions, so an ADD … NOT VALID and its VALIDATE can be told apart. */
  txSeq: number;
  statements: number;
  notValid: Map<string, { table: string; txSeq: number; inTx: boolean; notNullOf?: string }>;
  /** `table.column` with a validated CHECK (column IS NOT NULL). */
  validatedNotNull: Set<string>;
  /** Tables that validated a constraint added by an earlier migration (squawk's reading too). */
  validatedTables: Set<string>;
  droppedConstraints: Set<string>;
  /** Risks that do not hold if the file turns out to be that one statement (see `assumed`). */
  soleStatementOnly: { risks: Risk[]; risk: Risk }[];
}

/**
 * The state at the start of a file; `tables` were created by earlier migrations of the same
 * change. They are looked up, not copied (a change of many migrations would copy them once per
 * file), so the caller adds a file's tables only once that file is read.
 */
export function fileState(
  postgresVersion: number,
  tool?: ToolTransaction,
  tables: ReadonlySet<string> = new Set(),
): FileState {
  return {
    postgresVersion,
    newTables: new Set(),
    earlierTables: tables,
    tx: tool ? 'tool' : 'none',
    tool,
    txSeq: 0,
    statements: 0,
    notValid: new Map(),
    validatedNotNull: new Set(),
    validatedTables: new Set(),
    droppedConstraints: new Set(),
    soleStatementOnly: [],
  };
}

/**
 * What the end of a file (or of its up part) says: a BEGIN still open, as an operation at its
 * line. Drops the risks that only hold for files of more than one statement.
 */
export function endOfFile(state: FileState): { line: number; ddl: Ddl } | undefined {
  if (state.statements === 1)
    for (const { risks, risk } of state.soleStatementOnly) risks.splice(risks.indexOf(risk), 1);
  if (state.tx !== 'explicit' || state.openedAt === undefined) return undefined;
  return {
    line: state.openedAt,
    ddl: { kind: 'transaction', risks: [{ rule: 'ban-uncommitted-transaction' }] },
  };
}

const PART = `(?:"(?:[^"]|"")+"|\`[^\`]+\`|[\\p{L}_][\\p{L}\\p{N}_$]*)`;
const NAME = `${PART}(?:\\s*\\.\\s*${PART})*`;
/** The same for ASCII text, in which a letter of any script is one of A–Z or a–z. */
const ASCII_PART = `(?:"(?:[^"]|"")+"|\`[^\`]+\`|[A-Za-z_][A-Za-z0-9_$]*)`;
const ASCII_NAME = `${ASCII_PART}(?:\\s*\\.\\s*${ASCII_PART})*`;
const NOT_ASCII = /[^\0-\x7F]/;

/** A pattern of `re`, matched with `exec` as a RegExp is. */
export interface Pattern {
  exec(s: string): RegExpExecArray | null;
}

const compiled = new Map<string, Pattern>();
/**
 * A case-insensitive pattern with `<name>` standing for a (quoted, schema-qualified) name and
 * `<part>` for one part of it, in any script; compiled once. Text that is all ASCII, as most
 * migrations are, is matched by the pattern with ASCII letters, which compiles ten times faster
 * than the one with Unicode's (a millisecond each, for dozens of patterns) and matches that text
 * alike: Unicode case folding and letter classes differ from ASCII's only beyond ASCII.
 */
export function re(source: string): Pattern {
  let p = compiled.get(source);
  if (!p) {
    const compile = (name: string, part: string, flags: string) =>
      new RegExp(source.replaceAll('<name>', name).replaceAll('<part>', part), flags);
    let ascii: RegExp | undefined;
    let unicode: RegExp | undefined;
    p = {
      exec: (s) =>
        NOT_ASCII.test(s)
          ? (unicode ??= compile(NAME, PART, 'iu')).exec(s)
          : (ascii ??= compile(ASCII_NAME, ASCII_PART, 'i')).exec(s),
    };
    compiled.set(source, p);
  }
  return p;
}

export const unquote = (s: string) =>
  s
    .replace(/["`]/g, '')
    .replace(/\s*\.\s*/g, '.')
    .toLowerCase();
/** The table's own name, without its schema, as the file's state keys it. */
export const base = (name: string) => name.slice(name.lastIndexOf('.') + 1);

export const inTx = (state: FileState) => state.tx !== 'none';

export const addedTable = (state: FileState, table: string) => void state.newTables.add(tableKey(table));

/** How the file's state names a table: its own name, without its schema, in lower case. */
export const tableKey = (table: string) => base(table.toLowerCase());

/** Whether the table was created earlier in the file, so nobody else is using it yet. */
export const isNewTable = (state: FileState, table: string) => {
  const key = base(table.toLowerCase());
  return state.newTables.has(key) || state.earlierTables.has(key);
};

/** A constraint added NOT VALID; `notNullOf` names the column of a CHECK (column IS NOT NULL). */
export function addedNotValid(state: FileState, name: string, table: string, notNullOf?: string): void {
  state.notValid.set(name.toLowerCase(), {
    table: base(table.toLowerCase()),
    txSeq: state.txSeq,
    inTx: inTx(state),
    notNullOf: notNullOf?.toLowerCase(),
  });
}

/** A validated CHECK (column IS NOT NULL) added in one step. */
export function addedValidNotNull(state: FileState, table: string, column: string): void {
  state.validatedNotNull.add(`${base(table.toLowerCase())}.${column.toLowerCase()}`);
}

/** VALIDATE CONSTRAINT: what it proves, and the risk of validating in the transaction that added it. */
export function validateConstraint(state: FileState, name: string, table: string): Risk[] {
  const key = base(table.toLowerCase());
  const added = state.notValid.get(name.toLowerCase());
  if (!added || added.table !== key) {
    // Added by an earlier migration: what it checks is not known here; squawk reads it the same way.
    state.validatedTables.add(key);
    return [];
  }
  if (added.notNullOf) state.validatedNotNull.add(`${key}.${added.notNullOf}`);
  if (!(added.inTx && inTx(state) && added.txSeq === state.txSeq)) return [];
  return [
    {
      rule: 'constraint-missing-not-valid',
      why: 'VALIDATE CONSTRAINT in the same transaction as its ADD … NOT VALID: the ADD’s lock is held while every row is checked',
      instead: 'VALIDATE CONSTRAINT in a separate transaction (a later migration)',
    },
  ];
}

/** Whether SET NOT NULL skips its table scan: PostgreSQL 12+, after a validated CHECK (column IS NOT NULL). */
export function notNullProven(state: FileState, table: string, column: string): boolean {
  const key = base(table.toLowerCase());
  return (
    state.postgresVersion >= 12 &&
    (state.validatedNotNull.has(`${key}.${column.toLowerCase()}`) || state.validatedTables.has(key))
  );
}

/** Splits `a, b (c, d), e` on top-level commas, each part with its offset. */
export function actions(s: string, offset = 0): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let depth = 0;
  let quote = '';
  let from = 0;
  const push = (end: number) => {
    const raw = s.slice(from, end);
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim()) out.push({ text: raw.trim(), at: offset + from + lead });
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      push(i);
      from = i + 1;
    }
  }
  push(s.length);
  return out;
}

/** The index of the `)` that closes the `(` at `open`, or -1. */
export function closing(s: string, open: number): number {
  let depth = 0;
  let quote = '';
  for (let i = open; i < s.length; i++) {
    const c = s[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

export const robust = (why: string, instead: string, at?: number): Risk => ({
  rule: 'prefer-robust-stmts',
  at,
  why: `${why} outside a transaction: a migration that fails after it cannot be run again`,
  instead,
});

/** A CONCURRENTLY statement inside a transaction, which PostgreSQL refuses. */
export function concurrentInTx(state: FileState, risks: Risk[], at: number | undefined, what: string): void {
  if (!inTx(state)) return;
  const tool = state.tx === 'tool' ? state.tool : undefined;
  const risk: Risk = {
    rule: 'ban-concurrent-index-creation-in-transaction',
    at,
    why: `${what} cannot run inside a transaction block${tool ? ` (${tool.by} runs this migration in one)` : ''}: PostgreSQL rejects it and the migration fails`,
    instead: tool
      ? `run it in a migration of its own without the transaction (${tool.off})`
      : 'COMMIT before it, or move it to a migration of its own',
  };
  risks.push(risk);
  if (tool?.assumed) state.soleStatementOnly.push({ risks, risk });
}
