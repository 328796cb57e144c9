/**
 * What one SQL statement does to the schema, and what PostgreSQL does while it runs. Statements
 * are read in order with the state of the file so far (state.ts).
 */
import { alterTable } from './alterTable.js';
import { columnDef, longIdentifiers, tokenize, type Token, typeRisks } from './columns.js';
import {
  actions,
  addedTable,
  closing,
  concurrentInTx,
  type Ddl,
  type FileState,
  inTx,
  isNewTable,
  re,
  type Risk,
  robust,
  unquote,
} from './state.js';

/**
 * What one statement does. `line` is where it starts (a BEGIN left open is reported there).
 */
export function classify(stmt: string, state: FileState, line = 0): Ddl[] {
  const s = stmt.trim();
  if (!s) return [];
  state.statements++;
  const control = transaction(s, state, line);
  if (control) return [control];
  const out = statement(s, state);
  if (/^(?:CREATE|ALTER)\b/i.test(s) && mayNameLong(s)) {
    const long = longIdentifiers(tokenize(s));
    if (long.length) {
      if (!out.length) out.push({ kind: 'other-ddl', risks: [] });
      for (const { name, at } of long)
        out[0]!.risks.push({
          rule: 'identifier-too-long',
          at,
          why: `"${name.slice(0, 40)}…" is ${Buffer.byteLength(name, 'utf8')} bytes: PostgreSQL truncates identifiers to 63, so the name used is not the name written`,
        });
    }
  }
  return out;
}

/**
 * Whether a statement may hold a name longer than PostgreSQL keeps (63 bytes), before it is
 * tokenized to find out: in ASCII text without quoted names, only a run of 64 name characters can.
 */
const mayNameLong = (s: string) => /[^\0-\x7F]|"/.test(s) || /[\w$]{64}/.test(s);

function transaction(s: string, state: FileState, line: number): Ddl | undefined {
  const risks: Risk[] = [];
  if (/^(?:BEGIN|START\s+TRANSACTION)\b/i.test(s) && !/^BEGIN\s+ATOMIC\b/i.test(s)) {
    if (state.tx === 'explicit')
      risks.push({
        rule: 'transaction-nesting',
        why: 'BEGIN inside a transaction that is already open: PostgreSQL warns and carries on in the same one',
        instead: 'COMMIT the first transaction before the next BEGIN',
      });
    else if (state.tx === 'tool')
      risks.push({
        rule: 'transaction-nesting',
        why: `BEGIN inside the transaction ${state.tool!.by} opens around this migration`,
        instead: `leave transaction control to the tool, or turn its transaction off (${state.tool!.off})`,
      });
    // A nested BEGIN changes nothing: the transaction left open is the first one.
    if (state.tx !== 'explicit') {
      state.openedAt = line;
      state.txSeq++;
    }
    state.tx = 'explicit';
    return { kind: 'transaction', risks };
  }
  const end = /^(COMMIT|END|ROLLBACK|ABORT)\b(?:\s+(?:WORK|TRANSACTION))?(.*)$/i.exec(s);
  if (!end || /^\s*(?:PREPARED|TO)\b/i.test(end[2]!)) return undefined;
  const word = end[1]!.toUpperCase();
  if (state.tx === 'none')
    risks.push({
      rule: 'transaction-nesting',
      why: `${word} without an open transaction`,
      instead: 'BEGIN earlier in the migration, or remove it',
    });
  else if (state.tx === 'tool')
    risks.push({
      rule: 'transaction-nesting',
      why: `${word} ends the transaction ${state.tool!.by} opened around this migration: what follows runs without one`,
      instead: `turn the tool's transaction off for this migration (${state.tool!.off})`,
    });
  state.txSeq++;
  if (/\bAND\s+CHAIN\b/i.test(end[2]!) && !/\bAND\s+NO\s+CHAIN\b/i.test(end[2]!))
    return { kind: 'transaction', risks };
  state.tx = 'none';
  state.openedAt = undefined;
  return { kind: 'transaction', risks };
}

const CREATE_TABLE = re(
  '^CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:(?:GLOBAL|LOCAL)\\s+)?(TEMP(?:ORARY)?\\s+|UNLOGGED\\s+)?TABLE\\s+(IF\\s+NOT\\s+EXISTS\\s+)?(<name>)',
);
const CREATE_INDEX = re(
  '^CREATE\\s+(UNIQUE\\s+)?INDEX\\s+(CONCURRENTLY\\s+)?(IF\\s+NOT\\s+EXISTS\\s+)?(?:(<name>)\\s+)?ON\\s+(?:ONLY\\s+)?(<name>)',
);
const DROP_INDEX = re('^DROP\\s+INDEX\\s+(CONCURRENTLY\\s+)?(IF\\s+EXISTS\\s+)?(<name>)');
const DROP_TABLE = re('^DROP\\s+TABLE\\s+(IF\\s+EXISTS\\s+)?(<name>(?:\\s*,\\s*<name>)*)');
const ALTER_TABLE = re('^ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(?:ONLY\\s+)?(<name>)\\s*\\*?\\s+');

/**
 * Each pattern below starts with its statement's first word, so only those of that word are
 * tried: a pattern is compiled on its first use, and a migration's statements need few of them.
 */
function statement(s: string, state: FileState): Ddl[] {
  const head = /^[A-Za-z]*/.exec(s)![0].toUpperCase();
  let m: RegExpExecArray | null;
  switch (head) {
    case 'CREATE':
      if ((m = CREATE_TABLE.exec(s))) return [createTable(s, m, state)];
      if ((m = CREATE_INDEX.exec(s))) return [createIndex(m, state)];
      if ((m = re('^CREATE\\s+DOMAIN\\s+<name>\\s+').exec(s))) {
        const constraint = firstWord(
          tokenize(s.slice(m[0].length), m[0].length),
          /^(?:CHECK|NOT|CONSTRAINT)$/i,
        );
        return [
          {
            kind: 'domain',
            risks:
              constraint === undefined ? [] : [{ rule: 'ban-create-domain-with-constraint', at: constraint }],
          },
        ];
      }
      break;
    case 'DROP':
      if ((m = DROP_TABLE.exec(s)))
        return [
          {
            kind: 'drop-table',
            target: unquote(m[2]!),
            destructive: 'ban-drop-table',
            risks:
              !m[1] && !inTx(state) ? [robust('DROP TABLE without IF EXISTS', 'DROP TABLE IF EXISTS')] : [],
          },
        ];
      if ((m = /^DROP\s+(SCHEMA|DATABASE)\s+(?:IF\s+EXISTS\s+)?(\S+)/i.exec(s)))
        return [
          {
            kind: 'drop-schema',
            target: unquote(m[2]!),
            destructive: /^DATABASE$/i.test(m[1]!) ? 'ban-drop-database' : 'ban-drop-schema',
            risks: [],
          },
        ];
      if ((m = DROP_INDEX.exec(s))) {
        const risks: Risk[] = [];
        if (m[1]) concurrentInTx(state, risks, m[0].indexOf(m[1]), 'DROP INDEX CONCURRENTLY');
        else risks.push({ rule: 'require-concurrent-index-deletion' });
        if (!m[2] && !inTx(state))
          risks.push(robust('DROP INDEX without IF EXISTS', 'DROP INDEX … IF EXISTS'));
        return [{ kind: 'drop-index', target: unquote(m[3]!), risks }];
      }
      if ((m = /^DROP\s+TYPE\s+(IF\s+EXISTS\s+)?/i.exec(s)))
        return [
          {
            kind: 'other-ddl',
            risks:
              !m[1] && !inTx(state) ? [robust('DROP TYPE without IF EXISTS', 'DROP TYPE IF EXISTS')] : [],
          },
        ];
      break;
    case 'TRUNCATE':
      if ((m = re('^TRUNCATE\\s+(?:TABLE\\s+)?(?:ONLY\\s+)?(<name>)').exec(s))) {
        const cascade = /\bCASCADE\s*$/i.exec(s);
        return [
          {
            kind: 'truncate',
            target: unquote(m[1]!),
            destructive: 'ban-truncate',
            risks: cascade ? [{ rule: 'ban-truncate-cascade', at: cascade.index }] : [],
          },
        ];
      }
      break;
    case 'DELETE':
      if ((m = re('^DELETE\\s+FROM\\s+(?:ONLY\\s+)?(<name>)\\s*$').exec(s)))
        return [
          { kind: 'delete-all', target: unquote(m[1]!), destructive: 'ban-delete-without-where', risks: [] },
        ];
      break;
    case 'RENAME':
      if ((m = re('^RENAME\\s+TABLE\\s+(<name>)').exec(s)))
        return [{ kind: 'rename', target: unquote(m[1]!), destructive: 'renaming-table', risks: [] }];
      break;
    case 'REINDEX':
      if (/^REINDEX\b/i.test(s)) {
        const risks: Risk[] = [];
        const conc = /\bCONCURRENTLY\b/i.exec(s);
        if (conc) concurrentInTx(state, risks, conc.index, 'REINDEX … CONCURRENTLY');
        else risks.push({ rule: 'require-concurrent-reindex' });
        return [{ kind: 'reindex', risks }];
      }
      break;
    case 'VACUUM':
    case 'CLUSTER':
      if (
        /^VACUUM\b(?:\s+FULL\b|\s*\([^)]*\bFULL\b(?!\s+(?:FALSE|OFF|0)\b))/i.test(s) ||
        /^CLUSTER\b/i.test(s)
      )
        return [{ kind: 'rewrite-table', risks: [{ rule: 'prefer-repack' }] }];
      break;
    case 'ALTER':
      if ((m = re('^ALTER\\s+DOMAIN\\s+<name>\\s+(ADD)\\b').exec(s)))
        return [
          { kind: 'domain', risks: [{ rule: 'ban-alter-domain-with-add-constraint', at: m[0].length - 3 }] },
        ];
      if ((m = re('^ALTER\\s+TYPE\\s+(<name>)\\s+(ADD\\s+VALUE)\\b').exec(s)))
        return [
          {
            kind: 'enum-value',
            target: unquote(m[1]!),
            risks: /\b(?:BEFORE|AFTER)\s+(?:E?'|\$)/i.test(s)
              ? []
              : [{ rule: 'require-enum-value-ordering', at: m[0].length - m[2]!.length }],
          },
        ];
      if ((m = ALTER_TABLE.exec(s))) return alterTable(s, unquote(m[1]!), m[0].length, state);
      break;
    case 'COMMENT':
      break;
    default:
      // Anything else (INSERT, UPDATE, SET…) is data.
      return [];
  }
  if (/^(?:CREATE|ALTER|DROP|COMMENT)\b/i.test(s)) return [{ kind: 'other-ddl', risks: [] }];
  return [];
}

/** Offset of the first top-level word matching `word`. */
function firstWord(tokens: readonly Token[], word: RegExp): number | undefined {
  let depth = 0;
  for (const t of tokens) {
    if (t.text === '(') depth++;
    else if (t.text === ')') depth--;
    else if (depth === 0 && t.kind === 'word' && word.test(t.text)) return t.at;
  }
  return undefined;
}

function createTable(s: string, m: RegExpExecArray, state: FileState): Ddl {
  const table = unquote(m[3]!);
  addedTable(state, table);
  const risks: Risk[] = [];
  const temporary = /^TEMP/i.test(m[1] ?? '') && /\bON\s+COMMIT\s+DROP\b/i.test(s);
  if (!m[2] && !inTx(state) && !temporary)
    risks.push(robust('CREATE TABLE without IF NOT EXISTS', 'CREATE TABLE IF NOT EXISTS'));
  const open = m[0].length + (/^\s*/.exec(s.slice(m[0].length))?.[0].length ?? 0);
  if (s[open] === '(') {
    const close = closing(s, open);
    for (const el of actions(s.slice(open + 1, close === -1 ? undefined : close), open + 1)) {
      if (/^(?:CONSTRAINT|PRIMARY|UNIQUE|CHECK|FOREIGN|EXCLUDE|LIKE)\b/i.test(el.text)) continue;
      const name = re('^<part>\\s*').exec(el.text);
      if (!name) continue;
      const def = columnDef(el.text.slice(name[0].length), el.at + name[0].length);
      risks.push(
        ...typeRisks(def.type, def.typeAt).map((r) => ({
          ...r,
          target: `${table}.${unquote(name[0].trim())}`,
        })),
      );
    }
  }
  return { kind: 'create-table', target: table, risks };
}

function createIndex(m: RegExpExecArray, state: FileState): Ddl {
  const table = unquote(m[5]!);
  const risks: Risk[] = [];
  if (m[2]) concurrentInTx(state, risks, m[0].indexOf(m[2]), 'CREATE INDEX CONCURRENTLY');
  else if (!isNewTable(state, table)) risks.push({ rule: 'require-concurrent-index-creation' });
  if (m[4] && !m[3] && (m[2] || !inTx(state)))
    risks.push({
      rule: 'prefer-robust-stmts',
      why: m[2]
        ? 'CREATE INDEX CONCURRENTLY without IF NOT EXISTS: a failed build leaves an invalid index under that name, and the migration cannot be run again'
        : 'CREATE INDEX without IF NOT EXISTS outside a transaction: a migration that fails after it cannot be run again',
      instead: 'CREATE INDEX … IF NOT EXISTS name (and check pg_index for an invalid one after a failure)',
    });
  return { kind: 'create-index', target: table, risks };
}
