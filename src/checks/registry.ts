import { authCheck } from './web/auth.js';
import { benchmarkCheck } from './metrics/benchmark.js';
import { commandCheck } from './command/command.js';
import { dependenciesCheck } from './dependencies/dependencies.js';
import { envCheck } from './local/env.js';
import { evidenceCheck } from './evidence/evidence.js';
import { filesCheck } from './local/files.js';
import { freshnessCheck } from './web/freshness.js';
import { gitCheck } from './local/git.js';
import { httpCheck } from './web/http.js';
import { integrityCheck } from './integrity/integrity.js';
import { migrationsCheck } from './migrations/migrations.js';
import { performanceCheck } from './web/performance.js';
import { routesCheck } from './routes/routes.js';
import { secretsCheck } from './secrets/secrets.js';
import { trendCheck } from './metrics/trend.js';
import type { z } from 'zod';
import type { CheckLoad, CheckType } from './types.js';

/** A type with what it mostly uses, unless it says so itself. */
function uses<S extends z.ZodObject>(
  type: CheckType<S>,
  load: CheckLoad | ((spec: z.infer<S>) => CheckLoad),
): CheckType<S> {
  return type.load ? type : { ...type, load };
}

/** A benchmark or trend runs its command when it has one, else it reads a file. */
const runOrRead = (spec: { run?: string }): CheckLoad => (spec.run !== undefined ? 'process' : 'cpu');

/**
 * Every check type, one line each, with what it mostly uses (which sets how many run at once).
 * The config schema is built from this table.
 */
export const CHECK_TYPES = [
  uses(filesCheck, 'cpu'),
  uses(envCheck, 'cpu'),
  uses(gitCheck, 'process'),
  uses(commandCheck, 'process'),
  uses(httpCheck, 'network'),
  uses(authCheck, 'network'),
  uses(performanceCheck, 'network'),
  uses(freshnessCheck, (spec) => (spec.url !== undefined ? 'network' : 'cpu')),
  uses(evidenceCheck, 'cpu'),
  uses(benchmarkCheck, runOrRead),
  uses(trendCheck, runOrRead),
  uses(secretsCheck, 'process'),
  uses(dependenciesCheck, 'process'),
  uses(migrationsCheck, 'process'),
  uses(routesCheck, 'process'),
  // Pull request reviews and run approvals on GitHub; its git reads are a few small ones.
  uses(integrityCheck, 'network'),
] as const;

export function checkType(type: string): CheckType | undefined {
  return (CHECK_TYPES as readonly CheckType[]).find((t) => t.type === type);
}
