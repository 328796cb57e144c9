/** Django migrations: what each operation does. */
import { arg, notNullCondition, option } from './calls.js';
import { concurrently, lower, risk, type Rule } from './frameworkRules.js';
import { addedNotValid, addedTable, addedValidNotNull, isNewTable, validateConstraint } from './state.js';

export const DJANGO: Rule[] = [
  [
    /\bmigrations\.DeleteModel\(/g,
    (c) => ({ kind: 'drop-table', target: arg(c, 0), destructive: 'ban-drop-table', risks: [] }),
  ],
  [
    /\bmigrations\.RemoveField\(/g,
    (c) => ({
      kind: 'drop-column',
      target: `${arg(c, 0)}.${arg(c, 1)}`,
      destructive: 'ban-drop-column',
      risks: [],
    }),
  ],
  [
    /\bmigrations\.RenameField\(/g,
    (c) => ({ kind: 'rename', target: arg(c, 0), destructive: 'renaming-column', risks: [] }),
  ],
  [
    /\bmigrations\.RenameModel\(/g,
    (c) => ({ kind: 'rename', target: arg(c, 0), destructive: 'renaming-table', risks: [] }),
  ],
  [
    /\bmigrations\.AddIndex\(/g,
    (c, st) => ({
      kind: 'create-index',
      target: arg(c, 0),
      risks: isNewTable(st, arg(c, 0) ?? '')
        ? []
        : [
            risk(
              'require-concurrent-index-creation',
              'AddIndexConcurrently (django.contrib.postgres.operations) in a migration with atomic = False',
            ),
          ],
    }),
  ],
  [
    /\b(?:migrations\.)?AddIndexConcurrently\(/g,
    (c, st) => ({
      kind: 'create-index',
      target: arg(c, 0),
      risks: concurrently(st, true, risk('require-concurrent-index-creation'), 'AddIndexConcurrently'),
    }),
  ],
  [
    /\bmigrations\.RemoveIndex\(/g,
    () => ({
      kind: 'drop-index',
      risks: [
        risk(
          'require-concurrent-index-deletion',
          'RemoveIndexConcurrently (django.contrib.postgres.operations) in a migration with atomic = False',
        ),
      ],
    }),
  ],
  [
    /\b(?:migrations\.)?RemoveIndexConcurrently\(/g,
    (_c, st) => ({
      kind: 'drop-index',
      risks: concurrently(st, true, risk('require-concurrent-index-deletion'), 'RemoveIndexConcurrently'),
    }),
  ],
  [
    /\bmigrations\.AddConstraint\(/g,
    (c, st) => {
      const table = arg(c, 0) ?? '';
      const fresh = isNewTable(st, table);
      if (/\bUniqueConstraint\(/.test(c))
        return {
          kind: 'add-unique',
          target: table,
          risks: fresh
            ? []
            : [
                risk(
                  'disallowed-unique-constraint',
                  'AddIndexConcurrently with a unique index (atomic = False), then RunSQL "ALTER TABLE … ADD CONSTRAINT … UNIQUE USING INDEX …" in SeparateDatabaseAndState',
                ),
              ],
        };
      if (/\bCheckConstraint\(/.test(c)) {
        const column = notNullCondition(
          /Q\(\s*(\w+)__isnull\s*=\s*False\s*\)/.exec(c)?.[1]?.concat(' IS NOT NULL'),
        );
        if (column) addedValidNotNull(st, table, column);
        return {
          kind: 'add-check',
          target: table,
          risks: fresh
            ? []
            : [
                risk(
                  'constraint-missing-not-valid',
                  'AddConstraintNotValid, then ValidateConstraint in a later migration (django.contrib.postgres.operations)',
                ),
              ],
        };
      }
      return { kind: 'alter-table', target: table, risks: [] };
    },
  ],
  [
    /\b(?:migrations\.)?AddConstraintNotValid\(/g,
    (c, st) => {
      const name = option(c, 'name');
      const column = notNullCondition(
        /Q\(\s*(\w+)__isnull\s*=\s*False\s*\)/.exec(c)?.[1]?.concat(' IS NOT NULL'),
      );
      if (name) addedNotValid(st, name, arg(c, 0) ?? '', column);
      return { kind: 'add-check', target: arg(c, 0), risks: [] };
    },
  ],
  [
    /\b(?:migrations\.)?ValidateConstraint\(/g,
    (c, st) => ({
      kind: 'validate-constraint',
      target: arg(c, 0),
      risks: validateConstraint(st, option(c, 'name') ?? arg(c, 1) ?? '', arg(c, 0) ?? ''),
    }),
  ],
  [
    /\bmigrations\.AlterUniqueTogether\(/g,
    (c, st) => {
      const table = arg(c, 0) ?? '';
      const empty = /unique_together\s*=\s*(?:set\(\s*\)|\{\s*\}|\[\s*\]|\(\s*\)|None)/.test(c);
      return {
        kind: 'add-unique',
        target: table,
        risks:
          empty || isNewTable(st, table)
            ? []
            : [
                risk(
                  'disallowed-unique-constraint',
                  'AddIndexConcurrently with a unique index (atomic = False), then RunSQL "ALTER TABLE … ADD CONSTRAINT … UNIQUE USING INDEX …" in SeparateDatabaseAndState',
                ),
              ],
      };
    },
  ],
  [
    /\bmigrations\.AlterField\(/g,
    (c, st) => ({
      kind: 'alter-column-type',
      target: `${arg(c, 0)}.${arg(c, 1)}`,
      risks: isNewTable(st, arg(c, 0) ?? '')
        ? []
        : [
            {
              rule: 'changing-column-type',
              why: 'AlterField that changes the column type rewrites the table under an exclusive lock',
            },
          ],
    }),
  ],
  [
    /\bmigrations\.CreateModel\(/g,
    (c, st) => {
      addedTable(st, lower(option(c, 'name') ?? arg(c, 0)) ?? '');
      return { kind: 'create-table', target: arg(c, 0), risks: [] };
    },
  ],
];
