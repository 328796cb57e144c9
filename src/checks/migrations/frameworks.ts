import { classify, type Ddl, RISKS, splitSql } from './sql.js';

/** Migration tools the check understands; plain .sql covers Prisma, Flyway, golang-migrate, goose, dbmate. */
export type Framework = 'sql' | 'django' | 'alembic' | 'rails' | 'knex';

export interface Op extends Ddl {
  line: number;
  /** Last line of the statement or call, so a change anywhere in it counts. */
  endLine: number;
  /** The statement or call, for evidence (shortened by the check). */
  text: string;
  /** The call itself carries its rollback (Django `reverse_sql=`). */
  reversible?: boolean;
}

export function detectFramework(path: string, text: string): Framework | undefined {
  if (/\.sql$/i.test(path)) return 'sql';
  if (/\.rb$/.test(path))
    return /ActiveRecord::Migration|def (?:up|down|change)\b/.test(text) ? 'rails' : undefined;
  if (/\.py$/.test(path)) {
    if (/from django\.db import[^\n]*\bmigrations\b|migrations\.Migration\b/.test(text)) return 'django';
    if (/from alembic import[^\n]*\bop\b|^def upgrade\(/m.test(text)) return 'alembic';
    return undefined;
  }
  if (/\.[cm]?[jt]s$/.test(path))
    return /knex|exports\.up\b|export (?:async )?function up\b/.test(text) ? 'knex' : undefined;
  return undefined;
}

/** A whole file that is the rollback of another (golang-migrate, Flyway undo, Prisma down.sql). */
export function isDownFile(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return /\.down\.sql$/i.test(base) || /^U\d[\w.]*__.*\.sql$/.test(base) || base.toLowerCase() === 'down.sql';
}

/** Files whose presence at head is rollback evidence for `path`. */
export function downSiblings(path: string): string[] {
  const slash = path.lastIndexOf('/');
  const dir = path.slice(0, slash + 1);
  const base = path.slice(slash + 1);
  const out = [`${dir}down.sql`];
  if (/\.up\.sql$/i.test(base)) out.push(`${dir}${base.replace(/\.up\.sql$/i, '.down.sql')}`);
  if (/^V\d/.test(base)) out.push(`${dir}U${base.slice(1)}`);
  return out;
}

const DOWN_START: Record<Framework, RegExp> = {
  sql: /^\s*--\s*(?:\+goose\s+Down|migrate:down|\+migrate\s+Down)\b/i,
  alembic: /^def downgrade\(/,
  django: /(?!)/,
  rails: /^\s*def down\b/,
  knex: /^\s*(?:exports\.down\b|export (?:async )?function down\b|(?:async\s+)?down\s*[(:])/,
};
const UP_START: Record<Framework, RegExp> = {
  sql: /^\s*--\s*(?:\+goose\s+Up|migrate:up|\+migrate\s+Up)\b/i,
  alembic: /^def upgrade\(/,
  django: /(?!)/,
  rails: /^\s*def (?:up|change)\b/,
  knex: /^\s*(?:exports\.up\b|export (?:async )?function up\b|(?:async\s+)?up\s*[(:])/,
};
const IRREVERSIBLE = /IrreversibleMigration|NotImplementedError|raise\s+\w*Irreversible|throw new Error/;
const DOES_SOMETHING =
  /\b(?:CREATE|ALTER|DROP|INSERT|UPDATE|RENAME)\b|op\.\w+\(|\b(?:add|remove|rename|change|create|drop)_\w+|\.(?:createTable|alterTable|table|dropTable|addColumn|renameColumn|raw)\(|\bexecute\b/;

/** For each line (1-based), whether it is in a down/rollback part of the file. */
export function downLines(fw: Framework, lines: string[]): boolean[] {
  const down: boolean[] = [false];
  let inDown = false;
  for (const l of lines) {
    if (DOWN_START[fw].test(l)) inDown = true;
    else if (UP_START[fw].test(l)) inDown = false;
    down.push(inDown);
  }
  return down;
}

/** A down part that actually undoes something (not `pass` or `raise IrreversibleMigration`). */
export function hasWorkingDown(lines: string[], down: boolean[]): boolean {
  const body = lines.filter((_, i) => down[i + 1]);
  return body.some((l) => DOES_SOMETHING.test(l)) && !body.some((l) => IRREVERSIBLE.test(l));
}

function lineAt(text: string, index: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** `name(…)` from `at`, parentheses balanced (bounded), so options on later lines are seen. */
function callText(text: string, at: number): string {
  const open = text.indexOf('(', at);
  const lineEnd = text.indexOf('\n', at);
  if (open === -1 || (lineEnd !== -1 && open > lineEnd && !/^\s*$/.test(text.slice(lineEnd, open)))) {
    return text.slice(at, lineEnd === -1 ? undefined : lineEnd);
  }
  let depth = 0;
  for (let i = open; i < Math.min(text.length, open + 4000); i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return text.slice(at, i + 1);
  }
  return text.slice(at, lineEnd === -1 ? undefined : lineEnd);
}

type Rule = [RegExp, (call: string) => Ddl | undefined];
const arg = (call: string, n: number) => [...call.matchAll(/[:'"]([\w.]+)['"]?/g)].map((m) => m[1])[n];

const RULES: Record<Exclude<Framework, 'sql'>, Rule[]> = {
  rails: [
    [/\bdrop_table\b/g, (c) => ({ kind: 'drop-table', target: arg(c, 0), destructive: true })],
    [
      /\bremove_columns?\b|\bt\.remove\b/g,
      (c) => ({ kind: 'drop-column', target: `${arg(c, 0)}.${arg(c, 1)}`, destructive: true }),
    ],
    [
      /\brename_(?:column|table)\b|\bt\.rename\b/g,
      (c) => ({ kind: 'rename', target: arg(c, 0), destructive: true }),
    ],
    [
      /\badd_index\b/g,
      (c) => ({
        kind: 'create-index',
        target: arg(c, 0),
        ...(/algorithm:\s*:concurrently/.test(c) ? {} : { risk: RISKS.index }),
      }),
    ],
    [
      /\bchange_column\b(?!_)/g,
      (c) => ({ kind: 'alter-column-type', target: `${arg(c, 0)}.${arg(c, 1)}`, risk: RISKS.type }),
    ],
    [
      /\badd_foreign_key\b/g,
      (c) => ({
        kind: 'add-foreign-key',
        target: arg(c, 0),
        ...(/validate:\s*false/.test(c) ? {} : { risk: RISKS.fk }),
      }),
    ],
    [
      /\badd_reference\b/g,
      (c) =>
        /foreign_key:\s*(?:true|\{)/.test(c) && !/validate:\s*false/.test(c)
          ? { kind: 'add-foreign-key', target: arg(c, 0), risk: RISKS.fk }
          : { kind: 'add-column', target: arg(c, 0) },
    ],
    [
      /\badd_column\b/g,
      (c) => ({
        kind: 'add-column',
        target: `${arg(c, 0)}.${arg(c, 1)}`,
        ...(/null:\s*false/.test(c) && !/default:/.test(c) ? { risk: RISKS.notNull } : {}),
      }),
    ],
    [
      /\bchange_column_null\b/g,
      (c) =>
        /,\s*false\b/.test(c)
          ? { kind: 'set-not-null', target: `${arg(c, 0)}.${arg(c, 1)}`, risk: RISKS.setNotNull }
          : undefined,
    ],
    [/\bcreate_table\b/g, (c) => ({ kind: 'create-table', target: arg(c, 0) })],
  ],
  alembic: [
    [/\bop\.drop_table\(/g, (c) => ({ kind: 'drop-table', target: arg(c, 0), destructive: true })],
    [
      /\bop\.drop_column\(/g,
      (c) => ({ kind: 'drop-column', target: `${arg(c, 0)}.${arg(c, 1)}`, destructive: true }),
    ],
    [/\bop\.rename_table\(/g, (c) => ({ kind: 'rename', target: arg(c, 0), destructive: true })],
    [
      /\bop\.alter_column\(/g,
      (c) =>
        /new_column_name\s*=/.test(c)
          ? { kind: 'rename', target: `${arg(c, 0)}.${arg(c, 1)}`, destructive: true }
          : /\btype_\s*=/.test(c)
            ? { kind: 'alter-column-type', target: `${arg(c, 0)}.${arg(c, 1)}`, risk: RISKS.type }
            : /nullable\s*=\s*False/.test(c)
              ? { kind: 'set-not-null', target: `${arg(c, 0)}.${arg(c, 1)}`, risk: RISKS.setNotNull }
              : { kind: 'alter-table', target: arg(c, 0) },
    ],
    [
      /\bop\.create_index\(/g,
      (c) => ({
        kind: 'create-index',
        target: arg(c, 1),
        ...(/postgresql_concurrently\s*=\s*True/.test(c) ? {} : { risk: RISKS.index }),
      }),
    ],
    [/\bop\.create_foreign_key\(/g, (c) => ({ kind: 'add-foreign-key', target: arg(c, 1), risk: RISKS.fk })],
    [
      /\bop\.add_column\(/g,
      (c) => ({
        kind: 'add-column',
        target: arg(c, 0),
        ...(/nullable\s*=\s*False/.test(c) && !/server_default\s*=/.test(c) ? { risk: RISKS.notNull } : {}),
      }),
    ],
    [/\bop\.create_table\(/g, (c) => ({ kind: 'create-table', target: arg(c, 0) })],
  ],
  django: [
    [/\bmigrations\.DeleteModel\(/g, (c) => ({ kind: 'drop-table', target: arg(c, 0), destructive: true })],
    [
      /\bmigrations\.RemoveField\(/g,
      (c) => ({ kind: 'drop-column', target: `${arg(c, 0)}.${arg(c, 1)}`, destructive: true }),
    ],
    [
      /\bmigrations\.Rename(?:Field|Model)\(/g,
      (c) => ({ kind: 'rename', target: arg(c, 0), destructive: true }),
    ],
    [/\bmigrations\.AddIndex\(/g, (c) => ({ kind: 'create-index', target: arg(c, 0), risk: RISKS.index })],
    [
      /\bmigrations\.AlterField\(/g,
      (c) => ({
        kind: 'alter-column-type',
        target: `${arg(c, 0)}.${arg(c, 1)}`,
        risk: {
          why: 'AlterField that changes the column type rewrites the table under an exclusive lock',
          instead: RISKS.type.instead,
        },
      }),
    ],
    [/\bmigrations\.CreateModel\(/g, (c) => ({ kind: 'create-table', target: arg(c, 0) })],
  ],
  knex: [
    [/\.dropTable(?:IfExists)?\(/g, (c) => ({ kind: 'drop-table', target: arg(c, 0), destructive: true })],
    [/\.dropColumns?\(/g, (c) => ({ kind: 'drop-column', target: arg(c, 0), destructive: true })],
    [/\.rename(?:Column|Table)\(/g, (c) => ({ kind: 'rename', target: arg(c, 0), destructive: true })],
    [/\.alter\(\)/g, () => ({ kind: 'alter-column-type', risk: RISKS.type })],
    [/\.createTable\(/g, (c) => ({ kind: 'create-table', target: arg(c, 0) })],
  ],
};

/** Calls whose string argument is SQL. */
const SQL_CALLS: Record<Exclude<Framework, 'sql'>, RegExp> = {
  rails: /\bexecute\b\s*\(?/g,
  alembic: /\bop\.execute\(/g,
  django: /\bmigrations\.RunSQL\(/g,
  knex: /\.raw\(/g,
};

/** The first string literal after `skip` characters of a call (triple-quoted, heredoc, template too). */
function firstString(
  call: string,
  skip: number,
  full: string,
  at: number,
): { body: string; index: number } | undefined {
  const rest = call.slice(skip);
  const heredoc = /^\s*<<[~-]?(['"]?)(\w+)\1/.exec(rest);
  if (heredoc) {
    const start = full.indexOf('\n', at) + 1;
    const end = full.slice(start).search(new RegExp(`^\\s*${heredoc[2]}\\s*$`, 'm'));
    return start === 0 || end < 0 ? undefined : { body: full.slice(start, start + end), index: start };
  }
  const s = /("""|'''|"|'|`)([\s\S]*?)\1/.exec(rest);
  return s ? { body: s[2]!, index: at + skip + s.index + s[1]!.length } : undefined;
}

/** Schema operations of a framework migration, each with its lines. */
export function frameworkOps(fw: Exclude<Framework, 'sql'>, text: string): Op[] {
  const ops: Op[] = [];
  for (const [re, make] of RULES[fw]) {
    for (const m of text.matchAll(re)) {
      const call = callText(text, m.index);
      const ddl = make(call);
      if (!ddl) continue;
      const line = lineAt(text, m.index);
      ops.push({
        ...ddl,
        line,
        endLine: line + (call.match(/\n/g)?.length ?? 0),
        text: call,
        reversible: /reverse_(?:sql|code)\s*=/.test(call),
      });
    }
  }
  for (const m of text.matchAll(SQL_CALLS[fw])) {
    const call = callText(text, m.index);
    // From the call on, not the call text: a "(" inside the SQL would cut the call short.
    const str = firstString(text.slice(m.index, m.index + 64 * 1024), m[0].length, text, m.index);
    if (!str) continue;
    for (const st of splitSql(str.body, lineAt(text, str.index)))
      for (const ddl of classifyInCode(st.text))
        ops.push({
          ...ddl,
          line: st.startLine,
          endLine: st.endLine,
          text: st.text,
          reversible: /reverse_sql\s*=/.test(call),
        });
  }
  return ops.sort((a, b) => a.line - b.line);
}

const classifyInCode = (s: string) => classify(s, new Set());
