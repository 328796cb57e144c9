/** What framework calls share: the shape of a rule, and the risks several frameworks have. */
import { isStableDefault, tokenize } from './columns.js';
import { excerpt } from './sql.js';
import {
  addedNotValid,
  addedValidNotNull,
  concurrentInTx,
  type Ddl,
  type FileState,
  isNewTable,
  type Risk,
} from './state.js';

/** What one framework call does, given the file so far. */
export type Rule = [RegExp, (call: string, state: FileState) => Ddl | undefined];

export const lower = (s: string | undefined) => s?.toLowerCase();
export const risk = (rule: Risk['rule'], instead?: string, why?: string): Risk => ({ rule, instead, why });

/** A CONCURRENTLY operation inside the tool's transaction, or a plain one that locks the table. */
export function concurrently(state: FileState, concurrent: boolean, plain: Risk, what: string): Risk[] {
  if (!concurrent) return [plain];
  const risks: Risk[] = [];
  concurrentInTx(state, risks, undefined, what);
  return risks;
}

/** What a column default says when the column is added to a table with rows. */
export function defaultRisk(state: FileState, expr: string | undefined, literal: boolean): Risk[] {
  if (expr === undefined) return [];
  if (state.postgresVersion < 11)
    return [
      risk(
        'adding-field-with-default',
        undefined,
        `before PostgreSQL 11, adding a column with a default rewrites the table under an ACCESS EXCLUSIVE lock (postgresVersion: ${state.postgresVersion})`,
      ),
    ];
  if (literal || isStableDefault(tokenize(expr))) return [];
  return [
    risk(
      'adding-field-with-default',
      undefined,
      `default ${excerpt(expr, 40)} is volatile: adding the column computes it for every row, rewriting the table under an ACCESS EXCLUSIVE lock`,
    ),
  ];
}

/**
 * A check constraint added by a framework call: recorded for the file (a validated NOT NULL check
 * makes a later SET NOT NULL safe), and a full scan under lock unless it is added not valid or the
 * table is new. `instead` is the framework's own safer form.
 */
export function addCheck(
  state: FileState,
  c: { table: string; column: string | undefined; name: string | undefined; notValid: boolean },
  instead: string,
): Ddl {
  if (c.notValid && c.name) addedNotValid(state, c.name, c.table, c.column);
  if (!c.notValid && c.column) addedValidNotNull(state, c.table, c.column);
  return {
    kind: 'add-check',
    target: c.table,
    risks: c.notValid || isNewTable(state, c.table) ? [] : [risk('constraint-missing-not-valid', instead)],
  };
}
