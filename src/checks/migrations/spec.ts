// The settings of a migrations check, as the config schema reads them; its work is in run.ts.
import { z } from 'zod';
import { regex } from '../fields.js';
import { ruleIdProblem } from './rules.js';

/** Where the usual tools keep migrations: plain SQL anywhere, Django/Alembic, Rails, Knex. */
export const DEFAULT_MIGRATION_PATHS = [
  '**/*.sql',
  '**/migrations/**/*.py',
  '**/alembic/versions/*.py',
  '**/db/migrate/*.rb',
  '**/migrations/**/*.js',
  '**/migrations/**/*.ts',
  '**/migrations/**/*.cjs',
  '**/migrations/**/*.mjs',
];
const DEFAULT_EXCLUDE = [
  '**/node_modules/**',
  '**/vendor/**',
  '**/db/structure.sql',
  '**/__init__.py',
  '**/env.py',
  '**/*.d.ts',
];

const ruleId = z.string().superRefine((id, ctx) => {
  const problem = ruleIdProblem(id);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
const LEVELS = ['failure', 'warning', 'notice'] as const;

export const fields = z.object({
  paths: z.array(z.string().min(1)).default(DEFAULT_MIGRATION_PATHS).describe('Globs of migration files'),
  exclude: z.array(z.string().min(1)).default(DEFAULT_EXCLUDE).describe('Globs never read as migrations'),
  dialect: z
    .enum(['postgresql', 'mysql', 'sqlite', 'other'])
    .default('postgresql')
    .describe(
      'The lock-risk and style rules are PostgreSQL’s; other dialects get the destructive-statement rules only',
    ),
  postgresVersion: z
    .number()
    .min(9)
    .max(99)
    .default(15)
    .describe(
      'Major PostgreSQL version the migrations run on: before 11 any ADD COLUMN … DEFAULT rewrites the table; from 12 a validated CHECK (col IS NOT NULL) lets SET NOT NULL skip its scan',
    ),
  assumeInTransaction: z
    .boolean()
    .default(false)
    .describe(
      'Plain SQL files run inside a transaction the migration tool opens (as squawk’s assume-in-transaction); goose, dbmate, sql-migrate and the frameworks are recognised without it',
    ),
  ignore: z
    .array(ruleId)
    .default([])
    .describe(
      'Rules never reported, by id; squawk’s rule names are accepted, so its ignore list carries over',
    ),
  levels: z
    .record(z.string(), z.enum(LEVELS))
    .check(
      // Run even when a level is wrong too, so every bad key is named at once.
      z.superRefine(
        (levels, ctx) => {
          for (const id of Object.keys(levels)) {
            const problem = ruleIdProblem(id);
            if (problem) ctx.addIssue({ code: 'custom', path: [id], message: problem, input: id });
          }
        },
        { when: (p) => typeof p.value === 'object' && p.value !== null && !Array.isArray(p.value) },
      ),
    )
    .default({})
    .describe('Level per rule id, replacing its default: failure, warning or notice'),
  backupMarker: regex
    .default('(?:--|#|//|/\\*)\\s*(?:promotion-gate:\\s*)?backup\\b')
    .describe('A comment matching this in a migration counts as evidence a backup was taken'),
});

/** A migrations check's settings, as the config schema gives them. */
export type MigrationsSpec = z.output<typeof fields>;
