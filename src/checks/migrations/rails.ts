/** Rails (ActiveRecord) migrations: what each schema call does. */
import { arg, notNullCondition, option, strings } from './calls.js';
import { addCheck, concurrently, defaultRisk, risk, type Rule } from './frameworkRules.js';
import {
  addedNotValid,
  addedTable,
  isNewTable,
  notNullProven,
  type Risk,
  validateConstraint,
} from './state.js';

const RAILS_CONCURRENTLY = 'algorithm: :concurrently, with disable_ddl_transaction!';

export const RAILS: Rule[] = [
  [
    /\bdrop_table\b/g,
    (c) => ({ kind: 'drop-table', target: arg(c, 0), destructive: 'ban-drop-table', risks: [] }),
  ],
  [
    /\bremove_columns?\b|\bt\.remove\b/g,
    (c) => ({
      kind: 'drop-column',
      target: `${arg(c, 0)}.${arg(c, 1)}`,
      destructive: 'ban-drop-column',
      risks: [],
    }),
  ],
  [
    /\brename_column\b|\bt\.rename\b/g,
    (c) => ({ kind: 'rename', target: arg(c, 0), destructive: 'renaming-column', risks: [] }),
  ],
  [
    /\brename_table\b/g,
    (c) => ({ kind: 'rename', target: arg(c, 0), destructive: 'renaming-table', risks: [] }),
  ],
  [
    /\badd_index\b/g,
    (c, st) => ({
      kind: 'create-index',
      target: arg(c, 0),
      risks: isNewTable(st, arg(c, 0) ?? '')
        ? []
        : concurrently(
            st,
            /algorithm:\s*:concurrently/.test(c),
            risk('require-concurrent-index-creation', `add_index … ${RAILS_CONCURRENTLY}`),
            'add_index … algorithm: :concurrently',
          ),
    }),
  ],
  [
    /\bremove_index\b/g,
    (c, st) => ({
      kind: 'drop-index',
      target: arg(c, 0),
      risks: concurrently(
        st,
        /algorithm:\s*:concurrently/.test(c),
        risk('require-concurrent-index-deletion', `remove_index … ${RAILS_CONCURRENTLY}`),
        'remove_index … algorithm: :concurrently',
      ),
    }),
  ],
  [
    /\bchange_column\b(?!_)/g,
    (c, st) => ({
      kind: 'alter-column-type',
      target: `${arg(c, 0)}.${arg(c, 1)}`,
      risks: isNewTable(st, arg(c, 0) ?? '') ? [] : [risk('changing-column-type')],
    }),
  ],
  [
    /\badd_foreign_key\b/g,
    (c, st) => {
      const notValid = /validate:\s*false/.test(c);
      const name = option(c, 'name');
      if (notValid && name) addedNotValid(st, name, arg(c, 0) ?? '');
      return {
        kind: 'add-foreign-key',
        target: arg(c, 0),
        risks:
          notValid || isNewTable(st, arg(c, 0) ?? '')
            ? []
            : [
                risk(
                  'adding-foreign-key-constraint',
                  'add_foreign_key … validate: false, then validate_foreign_key in a later migration',
                ),
              ],
      };
    },
  ],
  [
    /\badd_(?:reference|belongs_to)\b/g,
    (c, st) => {
      const table = arg(c, 0) ?? '';
      const risks: Risk[] = [];
      if (!isNewTable(st, table)) {
        if (/foreign_key:\s*(?:true|\{)/.test(c) && !/validate:\s*false/.test(c))
          risks.push(
            risk(
              'adding-foreign-key-constraint',
              'add_reference … foreign_key: { validate: false }, then validate_foreign_key in a later migration',
            ),
          );
        // add_reference indexes the column unless told not to.
        if (!/index:\s*false/.test(c))
          risks.push(
            ...concurrently(
              st,
              /algorithm:\s*:concurrently/.test(c),
              risk(
                'require-concurrent-index-creation',
                `add_reference … index: { algorithm: :concurrently }, with disable_ddl_transaction!`,
              ),
              'add_reference … index: { algorithm: :concurrently }',
            ),
          );
        if (/null:\s*false/.test(c)) risks.push(risk('adding-required-field'));
      }
      return { kind: 'add-column', target: `${table}.${arg(c, 1)}`, risks };
    },
  ],
  [
    /\badd_column\b/g,
    (c, st) => {
      const table = arg(c, 0) ?? '';
      const risks: Risk[] = [];
      if (!isNewTable(st, table)) {
        const lambda = /default:\s*->\s*\{\s*(["'])((?:\\.|(?!\1).)*)\1\s*\}/.exec(c);
        const plain = /default:\s*(?!nil\b)/.test(c);
        if (/null:\s*false/.test(c) && !plain) risks.push(risk('adding-required-field'));
        risks.push(...defaultRisk(st, lambda ? lambda[2] : plain ? '' : undefined, !lambda));
      }
      return { kind: 'add-column', target: `${table}.${arg(c, 1)}`, risks };
    },
  ],
  [
    /\bchange_column_null\b/g,
    (c, st) => {
      const [table = '', column = ''] = [arg(c, 0), arg(c, 1)];
      if (/,\s*true\b/.test(c))
        return {
          kind: 'drop-not-null',
          target: `${table}.${column}`,
          risks: isNewTable(st, table) ? [] : [risk('ban-drop-not-null')],
        };
      if (!/,\s*false\b/.test(c)) return undefined;
      return {
        kind: 'set-not-null',
        target: `${table}.${column}`,
        risks:
          isNewTable(st, table) || notNullProven(st, table, column)
            ? []
            : [
                risk(
                  'adding-not-nullable-field',
                  'add_check_constraint … "col IS NOT NULL", validate: false; validate_check_constraint in a later migration; then change_column_null (PostgreSQL 12+)',
                ),
              ],
      };
    },
  ],
  [
    /\badd_check_constraint\b/g,
    (c, st) => {
      const table = arg(c, 0) ?? '';
      return addCheck(
        st,
        {
          table,
          column: notNullCondition(strings(c)[0]),
          name: option(c, 'name'),
          notValid: /validate:\s*false/.test(c),
        },
        'add_check_constraint … validate: false, then validate_check_constraint in a later migration',
      );
    },
  ],
  [
    /\bvalidate_(?:check_constraint|foreign_key|constraint)\b/g,
    (c, st) => ({
      kind: 'validate-constraint',
      target: arg(c, 0),
      risks: validateConstraint(st, option(c, 'name') ?? arg(c, 1) ?? '', arg(c, 0) ?? ''),
    }),
  ],
  [
    /\bcreate_table\b/g,
    (c, st) => {
      addedTable(st, arg(c, 0) ?? '');
      return { kind: 'create-table', target: arg(c, 0), risks: [] };
    },
  ],
];
