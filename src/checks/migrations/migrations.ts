import type { CheckOutcome } from '../../core/types.js';
import { defineCheck } from '../types.js';
import { fields } from './spec.js';

export const migrationsCheck = defineCheck({
  type: 'migrations',
  description:
    'Migrations added between base and head: destructive DDL needs rollback evidence; PostgreSQL statements that lock tables, fail in a transaction or age badly are reported with the safer form (squawk-compatible rule ids)',
  defaults: { category: 'safety', enforcement: 'scored' },
  fields,
  // The SQL and framework readers are loaded when such a check runs, not by every command.
  async run(spec, ctx): Promise<CheckOutcome> {
    return (await import('./run.js')).runMigrations(spec, ctx);
  },
});
