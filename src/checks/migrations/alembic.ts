/** Alembic migrations: what each `op.*` call does. */
import { arg, notNullCondition, option, strings } from './calls.js';
import { addCheck, concurrently, defaultRisk, risk, type Rule } from './frameworkRules.js';
import { addedNotValid, addedTable, isNewTable, notNullProven, type Risk } from './state.js';

export const ALEMBIC: Rule[] = [
  [
    /\bop\.drop_table\(/g,
    (c) => ({ kind: 'drop-table', target: arg(c, 0), destructive: 'ban-drop-table', risks: [] }),
  ],
  [
    /\bop\.drop_column\(/g,
    (c) => ({
      kind: 'drop-column',
      target: `${arg(c, 0)}.${arg(c, 1)}`,
      destructive: 'ban-drop-column',
      risks: [],
    }),
  ],
  [
    /\bop\.rename_table\(/g,
    (c) => ({ kind: 'rename', target: arg(c, 0), destructive: 'renaming-table', risks: [] }),
  ],
  [
    /\bop\.alter_column\(/g,
    (c, st) => {
      const [table = '', column = ''] = [arg(c, 0), arg(c, 1)];
      const target = `${table}.${column}`;
      if (/new_column_name\s*=/.test(c))
        return { kind: 'rename', target, destructive: 'renaming-column', risks: [] };
      if (isNewTable(st, table)) return { kind: 'alter-table', target, risks: [] };
      if (/\btype_\s*=/.test(c))
        return { kind: 'alter-column-type', target, risks: [risk('changing-column-type')] };
      if (/nullable\s*=\s*False/.test(c))
        return {
          kind: 'set-not-null',
          target,
          risks: notNullProven(st, table, column)
            ? []
            : [
                risk(
                  'adding-not-nullable-field',
                  'op.create_check_constraint(…, "col IS NOT NULL", postgresql_not_valid=True); VALIDATE CONSTRAINT in a later migration; then alter_column(nullable=False) (PostgreSQL 12+)',
                ),
              ],
        };
      if (/nullable\s*=\s*True/.test(c))
        return { kind: 'drop-not-null', target, risks: [risk('ban-drop-not-null')] };
      return { kind: 'alter-table', target: table, risks: [] };
    },
  ],
  [
    /\bop\.create_index\(/g,
    (c, st) => {
      const table = option(c, 'table_name') ?? arg(c, 1) ?? '';
      return {
        kind: 'create-index',
        target: table,
        risks: isNewTable(st, table)
          ? []
          : concurrently(
              st,
              /postgresql_concurrently\s*=\s*True/.test(c),
              risk(
                'require-concurrent-index-creation',
                'op.create_index(…, postgresql_concurrently=True) inside op.get_context().autocommit_block()',
              ),
              'create_index(…, postgresql_concurrently=True)',
            ),
      };
    },
  ],
  [
    /\bop\.drop_index\(/g,
    (c, st) => ({
      kind: 'drop-index',
      target: option(c, 'table_name') ?? arg(c, 0),
      risks: concurrently(
        st,
        /postgresql_concurrently\s*=\s*True/.test(c),
        risk(
          'require-concurrent-index-deletion',
          'op.drop_index(…, postgresql_concurrently=True) inside op.get_context().autocommit_block()',
        ),
        'drop_index(…, postgresql_concurrently=True)',
      ),
    }),
  ],
  [
    /\bop\.create_unique_constraint\(/g,
    (c, st) => {
      const table = option(c, 'table_name') ?? arg(c, 1) ?? '';
      return {
        kind: 'add-unique',
        target: table,
        risks: isNewTable(st, table)
          ? []
          : [
              risk(
                'disallowed-unique-constraint',
                'op.create_index(…, unique=True, postgresql_concurrently=True) in an autocommit block, then op.execute("ALTER TABLE … ADD CONSTRAINT … UNIQUE USING INDEX …")',
              ),
            ],
      };
    },
  ],
  [
    /\bop\.create_check_constraint\(/g,
    (c, st) => {
      const [name, table, condition] = [
        option(c, 'constraint_name') ?? strings(c)[0],
        option(c, 'table_name') ?? strings(c)[1] ?? '',
        option(c, 'condition') ?? strings(c)[2],
      ];
      return addCheck(
        st,
        {
          table,
          column: notNullCondition(condition),
          name,
          notValid: /postgresql_not_valid\s*=\s*True/.test(c),
        },
        'op.create_check_constraint(…, postgresql_not_valid=True), then VALIDATE CONSTRAINT in a later migration',
      );
    },
  ],
  [
    /\bop\.create_foreign_key\(/g,
    (c, st) => {
      const table = option(c, 'source_table') ?? arg(c, 1) ?? '';
      const notValid = /postgresql_not_valid\s*=\s*True/.test(c);
      const name = option(c, 'constraint_name') ?? strings(c)[0];
      if (notValid && name) addedNotValid(st, name, table);
      return {
        kind: 'add-foreign-key',
        target: table,
        risks:
          notValid || isNewTable(st, table)
            ? []
            : [
                risk(
                  'adding-foreign-key-constraint',
                  'op.create_foreign_key(…, postgresql_not_valid=True), then VALIDATE CONSTRAINT in a later migration',
                ),
              ],
      };
    },
  ],
  [
    /\bop\.add_column\(/g,
    (c, st) => {
      const table = arg(c, 0) ?? '';
      const risks: Risk[] = [];
      if (!isNewTable(st, table)) {
        const text = /server_default\s*=\s*(?:sa\.)?text\(\s*(["'])((?:\\.|(?!\1).)*)\1/.exec(c);
        const func = /server_default\s*=\s*(?:sa\.)?func\.(\w+)\(\s*\)/.exec(c);
        const any = /server_default\s*=\s*(?!None\b)/.test(c);
        if (/nullable\s*=\s*False/.test(c) && !any) risks.push(risk('adding-required-field'));
        risks.push(
          ...defaultRisk(st, text ? text[2] : func ? `${func[1]}()` : any ? '' : undefined, !text && !func),
        );
      }
      return { kind: 'add-column', target: table, risks };
    },
  ],
  [
    /\bop\.create_table\(/g,
    (c, st) => {
      addedTable(st, arg(c, 0) ?? '');
      return { kind: 'create-table', target: arg(c, 0), risks: [] };
    },
  ],
];
