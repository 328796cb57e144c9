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
import type { CheckType } from './types.js';

/** Every check type, one line each. The config schema is built from this table. */
export const CHECK_TYPES = [
  filesCheck,
  envCheck,
  gitCheck,
  commandCheck,
  httpCheck,
  authCheck,
  performanceCheck,
  freshnessCheck,
  evidenceCheck,
  benchmarkCheck,
  trendCheck,
  secretsCheck,
  dependenciesCheck,
  migrationsCheck,
  routesCheck,
  integrityCheck,
] as const;

export function checkType(type: string): CheckType | undefined {
  return (CHECK_TYPES as readonly CheckType[]).find((t) => t.type === type);
}
