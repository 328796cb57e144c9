/** ALTER TABLE: what each action does, and what it risks on a table that has rows and users. */
import { columnDef, isNullDefault, isSerial, isStableDefault, typeRisks } from './columns.js';
import { excerpt } from './sql.js';
import {
  actions,
  addedNotValid,
  closing,
  concurrentInTx,
  type Ddl,
  type FileState,
  inTx,
  isNewTable,
  notNullProven,
  re,
  type Risk,
  robust,
  unquote,
  validateConstraint,
  base,
} from './state.js';

/** The column a `CHECK (column IS NOT NULL)` constraint is about, or undefined. */
function notNullCheckOf(action: string): string | undefined {
  const check = /\bCHECK\s*\(/i.exec(action);
  if (!check) return undefined;
  const open = check.index + check[0].length - 1;
  const close = closing(action, open);
  const expr = action
    .slice(open + 1, close === -1 ? undefined : close)
    .replace(/[()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const m = re('^(<part>) IS NOT NULL$').exec(expr);
  return m ? unquote(m[1]!) : undefined;
}

const ADD_CONSTRAINT = re(
  '^ADD\\s+(?:CONSTRAINT\\s+(<name>)\\s+)?(CHECK|UNIQUE|PRIMARY\\s+KEY|FOREIGN\\s+KEY|EXCLUDE)\\b',
);
const ADD_COLUMN = re(
  '^ADD\\s+(?:COLUMN\\s+)?(IF\\s+NOT\\s+EXISTS\\s+)?(?!(?:CONSTRAINT|PRIMARY|UNIQUE|INDEX|KEY|CHECK|FOREIGN|EXCLUDE)\\b)(<part>)\\s*',
);
const DROP_COLUMN =
  /^DROP\s+(?:COLUMN\s+)?(IF\s+EXISTS\s+)?(?!CONSTRAINT\b|INDEX\b|PRIMARY\b|FOREIGN\b|KEY\b|CHECK\b|PARTITION\b|DEFAULT\b|NOT\b|IDENTITY\b|EXPRESSION\b)(\S+)/i;

export function alterTable(s: string, table: string, restAt: number, state: FileState): Ddl[] {
  const fresh = isNewTable(state, table);
  const out: Ddl[] = [];
  for (const { text: a, at } of actions(s.slice(restAt), restAt)) {
    let m: RegExpExecArray | null;
    const risks: Risk[] = [];
    // Every pattern starts with the action's first word: only those of its word are tried (and
    // compiled, on first use).
    const w = /^[A-Za-z]*/.exec(a)![0].toUpperCase();
    if (w === 'RENAME' && (m = re('^RENAME\\s+TO\\s+(<name>)').exec(a)))
      out.push({
        kind: 'rename',
        target: `${table} → ${unquote(m[1]!)}`,
        destructive: 'renaming-table',
        risks,
      });
    else if (w === 'RENAME' && /^RENAME\s+CONSTRAINT\b/i.test(a))
      out.push({ kind: 'alter-table', target: table, risks });
    else if (w === 'RENAME' && (m = re('^RENAME\\s+(?:COLUMN\\s+)?(<name>)\\s+TO\\s+(<name>)').exec(a)))
      out.push({
        kind: 'rename',
        target: `${table}.${unquote(m[1]!)} → ${unquote(m[2]!)}`,
        destructive: 'renaming-column',
        risks,
      });
    else if (w === 'DROP' && (m = re('^DROP\\s+CONSTRAINT\\s+(IF\\s+EXISTS\\s+)?(<name>)').exec(a))) {
      state.droppedConstraints.add(unquote(m[2]!));
      if (!m[1] && !inTx(state))
        risks.push(robust('DROP CONSTRAINT without IF EXISTS', 'DROP CONSTRAINT IF EXISTS', at));
      out.push({ kind: 'drop-constraint', target: table, risks });
    } else if (w === 'DROP' && (m = DROP_COLUMN.exec(a))) {
      if (!m[1] && !inTx(state))
        risks.push(robust('DROP COLUMN without IF EXISTS', 'DROP COLUMN IF EXISTS', at));
      out.push({
        kind: 'drop-column',
        target: `${table}.${unquote(m[2]!)}`,
        destructive: 'ban-drop-column',
        risks,
      });
    } else if (w === 'ADD' && (m = ADD_CONSTRAINT.exec(a)))
      out.push(addConstraint(a, at, m, table, fresh, state));
    else if (w === 'ADD' && (m = ADD_COLUMN.exec(a))) out.push(addColumn(s, a, at, m, table, fresh, state));
    else if (
      w === 'ALTER' &&
      (m = re('^ALTER\\s+(?:COLUMN\\s+)?(<name>)\\s+(?:SET\\s+DATA\\s+)?TYPE\\s+').exec(a))
    ) {
      const type = a.slice(m[0].length).split(/\s+(?:USING|COLLATE)\b/i)[0]!;
      const target = `${table}.${unquote(m[1]!)}`;
      if (!fresh) risks.push({ rule: 'changing-column-type', at });
      risks.push(...typeRisks(type, at + m[0].length).map((r) => ({ ...r, target })));
      out.push({ kind: 'alter-column-type', target, risks });
    } else if (
      w === 'ALTER' &&
      (m = re('^ALTER\\s+(?:COLUMN\\s+)?(<name>)\\s+SET\\s+NOT\\s+NULL\\b').exec(a))
    ) {
      const column = unquote(m[1]!);
      if (!fresh && !notNullProven(state, table, column))
        risks.push({ rule: 'adding-not-nullable-field', at });
      out.push({ kind: 'set-not-null', target: `${table}.${column}`, risks });
    } else if (
      w === 'ALTER' &&
      (m = re('^ALTER\\s+(?:COLUMN\\s+)?(<name>)\\s+DROP\\s+NOT\\s+NULL\\b').exec(a))
    ) {
      if (!fresh) risks.push({ rule: 'ban-drop-not-null', at });
      out.push({ kind: 'drop-not-null', target: `${table}.${unquote(m[1]!)}`, risks });
    } else if (w === 'VALIDATE' && (m = re('^VALIDATE\\s+CONSTRAINT\\s+(<name>)').exec(a))) {
      risks.push(...validateConstraint(state, unquote(m[1]!), table).map((r) => ({ ...r, at })));
      out.push({ kind: 'validate-constraint', target: table, risks });
    } else if (
      w === 'DETACH' &&
      (m = re('^DETACH\\s+PARTITION\\s+(<name>)(?:\\s+(CONCURRENTLY|FINALIZE)\\b)?').exec(a))
    ) {
      if (!m[2]) risks.push({ rule: 'require-concurrent-partition-detach', at });
      else if (/^CONCURRENTLY$/i.test(m[2]))
        concurrentInTx(state, risks, at + m[0].length - m[2].length, 'DETACH PARTITION … CONCURRENTLY');
      out.push({ kind: 'detach-partition', target: `${table} − ${unquote(m[1]!)}`, risks });
    } else out.push({ kind: 'alter-table', target: table, risks });
    out[out.length - 1]!.at = at;
  }
  return out;
}

function addConstraint(
  a: string,
  at: number,
  m: RegExpExecArray,
  table: string,
  fresh: boolean,
  state: FileState,
): Ddl {
  const risks: Risk[] = [];
  const name = m[1] ? unquote(m[1]) : undefined;
  const kind = m[2]!.toUpperCase().replace(/\s+/g, ' ');
  const notValid = /\bNOT\s+VALID\b/i.test(a);
  const usingIndex = /\bUSING\s+INDEX\b/i.test(a);
  if (!inTx(state) && !(name && state.droppedConstraints.has(name)))
    risks.push(robust('ADD CONSTRAINT', 'DROP CONSTRAINT IF EXISTS first, or a transaction', at));
  if (kind === 'FOREIGN KEY') {
    if (notValid && name) addedNotValid(state, name, table);
    if (!fresh && !notValid) risks.unshift({ rule: 'adding-foreign-key-constraint', at });
    return { kind: 'add-foreign-key', target: table, risks };
  }
  if (kind === 'CHECK') {
    const column = notNullCheckOf(a);
    if (notValid && name) addedNotValid(state, name, table, column);
    if (!notValid && column) state.validatedNotNull.add(`${base(table)}.${column}`);
    if (!fresh && !notValid) risks.unshift({ rule: 'constraint-missing-not-valid', at });
    return { kind: 'add-check', target: table, risks };
  }
  if (kind === 'UNIQUE') {
    if (!fresh && !usingIndex) risks.unshift({ rule: 'disallowed-unique-constraint', at });
    return { kind: 'add-unique', target: table, risks };
  }
  if (kind === 'PRIMARY KEY') {
    if (!fresh && !usingIndex) risks.unshift({ rule: 'adding-serial-primary-key-field', at });
    return { kind: 'add-primary-key', target: table, risks };
  }
  return { kind: 'alter-table', target: table, risks };
}

function addColumn(
  s: string,
  a: string,
  at: number,
  m: RegExpExecArray,
  table: string,
  fresh: boolean,
  state: FileState,
): Ddl {
  const target = `${table}.${unquote(m[2]!)}`;
  const def = columnDef(a.slice(m[0].length), at + m[0].length);
  const risks: Risk[] = [];
  if (!fresh) {
    const serial = isSerial(def.type);
    const value =
      def.defaultTokens?.length && !isNullDefault(def.defaultTokens) ? def.defaultTokens : undefined;
    if (def.notNull && !value && !def.generated && !serial) risks.push({ rule: 'adding-required-field', at });
    if (def.generated === 'stored')
      risks.push({
        rule: 'adding-field-with-default',
        at: def.generatedAt,
        why: 'ADD COLUMN … GENERATED … STORED computes every existing row: the table is rewritten under an ACCESS EXCLUSIVE lock',
        instead: 'add a plain column, backfill it in batches, and keep it current with a trigger',
      });
    else if (def.generated === 'identity' || serial)
      risks.push({
        rule: 'adding-field-with-default',
        at: def.generatedAt ?? def.typeAt,
        why: 'ADD COLUMN of a serial or identity column numbers every existing row: the table is rewritten under an ACCESS EXCLUSIVE lock',
        instead:
          'add a plain bigint column, SET DEFAULT nextval(…) for new rows, and backfill the old ones in batches',
      });
    else if (value) {
      const first = value[0]!;
      const last = value[value.length - 1]!;
      const expr = excerpt(s.slice(first.at, last.at + last.text.length), 60);
      if (state.postgresVersion < 11)
        risks.push({
          rule: 'adding-field-with-default',
          at: def.defaultAt,
          why: `before PostgreSQL 11, ADD COLUMN … DEFAULT rewrites the table under an ACCESS EXCLUSIVE lock (postgresVersion: ${state.postgresVersion})`,
        });
      else if (!isStableDefault(value))
        risks.push({
          rule: 'adding-field-with-default',
          at: def.defaultAt,
          why: `DEFAULT ${expr} is volatile: ADD COLUMN computes it for every row, rewriting the table under an ACCESS EXCLUSIVE lock`,
        });
    }
    if (def.references !== undefined && !/\bNOT\s+VALID\b/i.test(a))
      risks.push({ rule: 'adding-foreign-key-constraint', at: def.references });
    if (def.unique !== undefined) risks.push({ rule: 'disallowed-unique-constraint', at: def.unique });
    if (def.primaryKey !== undefined)
      risks.push({ rule: 'adding-serial-primary-key-field', at: def.primaryKey });
  }
  if (!m[1] && !inTx(state))
    risks.push(robust('ADD COLUMN without IF NOT EXISTS', 'ADD COLUMN IF NOT EXISTS', at));
  risks.push(...typeRisks(def.type, def.typeAt).map((r) => ({ ...r, target })));
  return { kind: 'add-column', target, risks };
}
