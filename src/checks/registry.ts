import { authCheck } from './auth.js';
import { benchmarkCheck } from './benchmark.js';
import { commandCheck } from './command.js';
import { dependenciesCheck } from './dependencies.js';
import { envCheck } from './env.js';
import { evidenceCheck } from './evidence.js';
import { filesCheck } from './files.js';
import { freshnessCheck } from './freshness.js';
import { gitCheck } from './git.js';
import { httpCheck } from './http.js';
import { migrationsCheck } from './migrations.js';
import { performanceCheck } from './performance.js';
import { routesCheck } from './routes.js';
import { secretsCheck } from './secrets.js';
import { trendCheck } from './trend.js';
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
] as const;

export function checkType(type: string): CheckType | undefined {
  return (CHECK_TYPES as readonly CheckType[]).find((t) => t.type === type);
}
