import { ALEMBIC } from './alembic.js';
import { callText, LineIndex } from './calls.js';
import { DJANGO } from './django.js';
import type { Rule } from './frameworkRules.js';
import { knexOps } from './knex.js';
import { RAILS } from './rails.js';
import { type Op, type Pause, sqlOps } from './sqlOps.js';
import type { Ddl, FileState, ToolTransaction } from './state.js';

/** Migration tools the check understands; plain .sql covers Prisma, Flyway, golang-migrate, goose, dbmate. */
export type Framework = 'sql' | 'django' | 'alembic' | 'rails' | 'knex';

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

/**
 * The transaction the tool runs a migration in, unless the file turns it off: the frameworks
 * all open one by default on PostgreSQL, and goose, dbmate and sql-migrate do for their files.
 * `assumed` is the config's word for plain SQL files that name no tool.
 */
export function toolTransaction(fw: Framework, text: string, assumed: boolean): ToolTransaction | undefined {
  switch (fw) {
    case 'django':
      return /^\s*atomic\s*=\s*False\b/m.test(text)
        ? undefined
        : { by: 'Django', off: 'atomic = False on the Migration class' };
    case 'rails':
      return /\bdisable_ddl_transaction!/.test(text)
        ? undefined
        : { by: 'Rails', off: 'disable_ddl_transaction! in the migration class' };
    case 'alembic':
      return { by: 'Alembic', off: 'with op.get_context().autocommit_block():' };
    case 'knex':
      return /\bconfig\s*=\s*\{[^}]*\btransaction\s*:\s*false\b/.test(text)
        ? undefined
        : { by: 'Knex', off: 'exports.config = { transaction: false }' };
  }
  let m: RegExpExecArray | null;
  if (/^\s*--\s*\+goose\s+Up\b/im.test(text))
    return /^\s*--\s*\+goose\s+NO\s+TRANSACTION\b/im.test(text)
      ? undefined
      : { by: 'goose', off: '-- +goose NO TRANSACTION' };
  if ((m = /^\s*--\s*migrate:up\b(.*)$/im.exec(text)))
    return /\btransaction:\s*false\b/i.test(m[1]!)
      ? undefined
      : { by: 'dbmate', off: '-- migrate:up transaction:false' };
  if ((m = /^\s*--\s*\+migrate\s+Up\b(.*)$/im.exec(text)))
    return /\bnotransaction\b/i.test(m[1]!)
      ? undefined
      : { by: 'sql-migrate', off: '-- +migrate Up notransaction' };
  return assumed
    ? { by: 'the migration tool', off: 'a migration the tool runs without a transaction', assumed: true }
    : undefined;
}

const RULES: Record<'django' | 'alembic' | 'rails', Rule[]> = {
  rails: RAILS,
  alembic: ALEMBIC,
  django: DJANGO,
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

/** Lines inside Alembic's `with op.get_context().autocommit_block():`, which run outside the transaction. */
function autocommitLines(lines: string[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\s*)with\s+[\w.()]*autocommit_block\(\)\s*:/.exec(lines[i]!);
    if (!m) continue;
    for (let j = i + 1; j < lines.length; j++) {
      const l = lines[j]!;
      if (l.trim() && /^\s*/.exec(l)![0].length <= m[1]!.length) break;
      out.add(j + 1);
    }
  }
  return out;
}

/** Schema operations of a framework migration, each with its lines, read in file order. */
export async function frameworkOps(
  fw: Exclude<Framework, 'sql'>,
  text: string,
  state: FileState,
  pause?: Pause,
): Promise<Op[]> {
  const index = new LineIndex(text);
  const sites: { at: number; run: () => Promise<Op[]> }[] = [];
  const single = (at: number, call: string, ddl: Ddl | undefined): Op[] => {
    if (!ddl) return [];
    const line = index.lineAt(at);
    for (const r of ddl.risks) r.line ??= line;
    return [
      {
        ...ddl,
        line,
        endLine: line + (call.match(/\n/g)?.length ?? 0),
        text: call,
        reversible: /reverse_(?:sql|code)\s*=/.test(call),
      } as Op,
    ];
  };
  if (fw === 'knex')
    for (const site of knexOps(text, index))
      sites.push({ at: site.at, run: async () => single(site.at, site.call, site.make(state)) });
  else
    for (const [re, make] of RULES[fw])
      for (const m of text.matchAll(re)) {
        const call = callText(text, m.index);
        sites.push({ at: m.index, run: async () => single(m.index, call, make(call, state)) });
      }
  for (const m of text.matchAll(SQL_CALLS[fw])) {
    const call = callText(text, m.index);
    // From the call on, not the call text: a "(" inside the SQL would cut the call short.
    const str = firstString(text.slice(m.index, m.index + 64 * 1024), m[0].length, text, m.index);
    if (!str) continue;
    sites.push({
      at: m.index,
      run: async () => {
        const { ops } = await sqlOps(str.body, state, { firstLine: index.lineAt(str.index), pause });
        const reversible = /reverse_sql\s*=/.test(call);
        return ops.map((op) => ({ ...op, reversible }));
      },
    });
  }
  sites.sort((a, b) => a.at - b.at);
  const outside = fw === 'alembic' ? autocommitLines(text.split('\n')) : new Set<number>();
  const ops: Op[] = [];
  let inBlock = false;
  for (const site of sites) {
    // An autocommit block commits the transaction so far and opens a new one after it.
    const free = outside.has(index.lineAt(site.at));
    if (free && !inBlock && state.tx === 'tool') {
      state.tx = 'none';
      state.txSeq++;
    } else if (!free && inBlock && state.tool) {
      state.tx = 'tool';
      state.txSeq++;
    }
    inBlock = free;
    ops.push(...(await site.run()));
    const due = pause?.(256);
    if (due) await due;
  }
  return ops.sort((a, b) => a.line - b.line);
}
