/** Knex migrations: schema builder calls, and the column chains inside `alterTable` callbacks. */
import { arg, callText, type LineIndex } from './calls.js';
import { addedTable, type Ddl, type FileState, isNewTable, notNullProven, type Risk } from './state.js';
import { isStableDefault, tokenize } from './columns.js';
import { excerpt } from './sql.js';

export interface KnexSite {
  at: number;
  call: string;
  make: (state: FileState) => Ddl | undefined;
}

const SCHEMA =
  /\.(createTable(?:IfNotExists)?|alterTable|table|dropTable(?:IfExists)?|renameTable)\(\s*(['"`])([\w.]+)\2/g;
const PARAM =
  /^\s*,\s*(?:async\s+)?(?:function\s*[\w$]*\s*\(\s*([A-Za-z_$][\w$]*)|\(\s*([A-Za-z_$][\w$]*)[^)]*\)\s*=>|([A-Za-z_$][\w$]*)\s*=>)/;
const COLUMN_TYPES =
  /^(?:increments|bigIncrements|integer|bigInteger|bigint|tinyint|smallint|mediumint|text|string|float|double|decimal|boolean|date|datetime|time|timestamp|binary|enu|enum|json|jsonb|uuid|specificType|geometry|geography|point)$/;
const RAW = 'knex.raw(…) in a migration with exports.config = { transaction: false }';

/** Where a chain `t.string('a').notNullable()` ends: at `;`, at the callback's end, or at a line not continuing it. */
function chainEnd(text: string, start: number, limit: number): number {
  let depth = 0;
  for (let i = start; i < limit; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      for (; j < limit && text[j] !== c; j++) if (text[j] === '\\') j++;
      i = j;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (--depth < 0) return i;
    } else if (depth === 0 && (c === ';' || c === ',')) return i;
    else if (depth === 0 && c === '\n' && !/^\s*\./.test(text.slice(i + 1, i + 200))) return i;
  }
  return limit;
}

/** The value given to `.defaultTo(…)`, as SQL where it is SQL, and whether it is a plain literal. */
function defaultOf(chain: string): { expr: string; literal: boolean } | undefined {
  const m = /\.defaultTo\(\s*/.exec(chain);
  if (!m) return undefined;
  const rest = chain.slice(m.index + m[0].length);
  const raw = /^knex\.raw\(\s*(['"`])((?:\\.|(?!\1).)*)\1/.exec(rest);
  if (raw) return { expr: raw[2]!, literal: false };
  if (/^knex\.fn\.now\(/.test(rest)) return { expr: 'now()', literal: false };
  if (/^knex\.fn\.uuid\(/.test(rest)) return { expr: 'gen_random_uuid()', literal: false };
  return { expr: '', literal: true };
}

function columnChain(chain: string, at: number, table: string, index: LineIndex, state: FileState): Ddl {
  const method = /^[\w$]+\s*\.\s*([\w$]+)/.exec(chain)![1]!;
  const column = arg(chain, 0) ?? '';
  const target = `${table}.${column}`;
  const lineOf = (re: RegExp) => {
    const m = re.exec(chain);
    return index.lineAt(at + (m ? m.index : 0));
  };
  const risks: Risk[] = [];
  const fresh = isNewTable(state, table);
  const notNullable = /\.notNullable\(/.test(chain);
  if (/\.alter\(/.test(chain)) {
    if (!fresh) {
      risks.push({ rule: 'changing-column-type', line: lineOf(/\.alter\(/) });
      if (notNullable && !notNullProven(state, table, column))
        risks.push({ rule: 'adding-not-nullable-field', line: lineOf(/\.notNullable\(/) });
    }
    return { kind: 'alter-column-type', target, risks };
  }
  if (!fresh) {
    const def = defaultOf(chain);
    if (notNullable && !def) risks.push({ rule: 'adding-required-field', line: lineOf(/\.notNullable\(/) });
    if (/^(?:increments|bigIncrements)$/.test(method))
      risks.push({
        rule: 'adding-field-with-default',
        why: 'adding an auto-increment column numbers every existing row: the table is rewritten under an ACCESS EXCLUSIVE lock',
        instead:
          'add a plain bigint column, SET DEFAULT nextval(…) for new rows, and backfill the old ones in batches',
      });
    else if (def && state.postgresVersion < 11)
      risks.push({
        rule: 'adding-field-with-default',
        line: lineOf(/\.defaultTo\(/),
        why: `before PostgreSQL 11, adding a column with a default rewrites the table under an ACCESS EXCLUSIVE lock (postgresVersion: ${state.postgresVersion})`,
      });
    else if (def && !def.literal && !isStableDefault(tokenize(def.expr)))
      risks.push({
        rule: 'adding-field-with-default',
        line: lineOf(/\.defaultTo\(/),
        why: `default ${excerpt(def.expr, 40)} is volatile: adding the column computes it for every row, rewriting the table under an ACCESS EXCLUSIVE lock`,
      });
    if (/\.(?:references|inTable)\(/.test(chain))
      risks.push({
        rule: 'adding-foreign-key-constraint',
        line: lineOf(/\.references\(|\.inTable\(/),
        instead: `${RAW}: ADD CONSTRAINT … FOREIGN KEY … NOT VALID, then VALIDATE CONSTRAINT in a later migration`,
      });
    if (/\.unique\(/.test(chain))
      risks.push({
        rule: 'disallowed-unique-constraint',
        line: lineOf(/\.unique\(/),
        instead: `${RAW}: CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT … UNIQUE USING INDEX`,
      });
    if (/\.primary\(/.test(chain))
      risks.push({ rule: 'adding-serial-primary-key-field', line: lineOf(/\.primary\(/) });
    if (/\.index\(/.test(chain))
      risks.push({
        rule: 'require-concurrent-index-creation',
        line: lineOf(/\.index\(/),
        instead: `${RAW}: CREATE INDEX CONCURRENTLY`,
      });
  }
  return { kind: 'add-column', target, risks };
}

/** What a call on the table builder of `alterTable` does (`t.index(…)`, `t.foreign(…)`, a column chain). */
function tableCall(
  chain: string,
  at: number,
  table: string,
  index: LineIndex,
  state: FileState,
): Ddl | undefined {
  const method = /^[\w$]+\s*\.\s*([\w$]+)/.exec(chain)?.[1] ?? '';
  if (COLUMN_TYPES.test(method)) return columnChain(chain, at, table, index, state);
  const fresh = isNewTable(state, table);
  const column = arg(chain, 0) ?? '';
  const when = (r: Risk): Risk[] => (fresh ? [] : [r]);
  switch (method) {
    case 'index':
      return {
        kind: 'create-index',
        target: table,
        risks: when({
          rule: 'require-concurrent-index-creation',
          instead: `${RAW}: CREATE INDEX CONCURRENTLY`,
        }),
      };
    case 'unique':
      return {
        kind: 'add-unique',
        target: table,
        risks: when({
          rule: 'disallowed-unique-constraint',
          instead: `${RAW}: CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT … UNIQUE USING INDEX`,
        }),
      };
    case 'foreign':
      return {
        kind: 'add-foreign-key',
        target: table,
        risks: when({
          rule: 'adding-foreign-key-constraint',
          instead: `${RAW}: ADD CONSTRAINT … FOREIGN KEY … NOT VALID, then VALIDATE CONSTRAINT in a later migration`,
        }),
      };
    case 'primary':
      return {
        kind: 'add-primary-key',
        target: table,
        risks: when({ rule: 'adding-serial-primary-key-field' }),
      };
    case 'dropIndex':
      return {
        kind: 'drop-index',
        target: table,
        risks: [{ rule: 'require-concurrent-index-deletion', instead: `${RAW}: DROP INDEX CONCURRENTLY` }],
      };
    case 'dropNullable':
      return {
        kind: 'set-not-null',
        target: `${table}.${column}`,
        risks: fresh || notNullProven(state, table, column) ? [] : [{ rule: 'adding-not-nullable-field' }],
      };
    case 'setNullable':
      return {
        kind: 'drop-not-null',
        target: `${table}.${column}`,
        risks: when({ rule: 'ban-drop-not-null' }),
      };
    case 'dropColumn':
    case 'dropColumns':
      return { kind: 'drop-column', target: `${table}.${column}`, destructive: 'ban-drop-column', risks: [] };
    case 'renameColumn':
      return { kind: 'rename', target: `${table}.${column}`, destructive: 'renaming-column', risks: [] };
    default:
      return undefined;
  }
}

/** The operations of a Knex migration as sites in the text, to be read in order with the file's state. */
export function knexOps(text: string, index: LineIndex): KnexSite[] {
  const sites: KnexSite[] = [];
  for (const m of text.matchAll(SCHEMA)) {
    const call = callText(text, m.index);
    const table = m[3]!.toLowerCase();
    const kind = m[1]!;
    if (/^createTable/.test(kind)) {
      sites.push({
        at: m.index,
        call,
        make: (state) => {
          addedTable(state, table);
          return { kind: 'create-table', target: table, risks: [] };
        },
      });
      continue;
    }
    if (/^dropTable/.test(kind)) {
      sites.push({
        at: m.index,
        call,
        make: () => ({ kind: 'drop-table', target: table, destructive: 'ban-drop-table', risks: [] }),
      });
      continue;
    }
    if (kind === 'renameTable') {
      sites.push({
        at: m.index,
        call,
        make: () => ({ kind: 'rename', target: table, destructive: 'renaming-table', risks: [] }),
      });
      continue;
    }
    const param = PARAM.exec(call.slice(m[0].length));
    const name = param?.[1] ?? param?.[2] ?? param?.[3];
    if (!name) continue;
    const end = m.index + call.length;
    const start = new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}\\s*\\.\\s*[\\w$]+\\s*\\(`, 'g');
    start.lastIndex = m.index + m[0].length;
    for (let c = start.exec(text); c && c.index < end; c = start.exec(text)) {
      const at = c.index;
      const chain = text.slice(at, chainEnd(text, at, end));
      sites.push({ at, call: chain, make: (state) => tableCall(chain, at, table, index, state) });
    }
  }
  return sites;
}
