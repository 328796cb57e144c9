import { authCheck } from './auth.js';
import { commandCheck } from './command.js';
import { envCheck } from './env.js';
import { filesCheck } from './files.js';
import { freshnessCheck } from './freshness.js';
import { gitCheck } from './git.js';
import { httpCheck } from './http.js';
import { performanceCheck } from './performance.js';
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
] as const;

export function checkType(type: string): CheckType | undefined {
  return (CHECK_TYPES as readonly CheckType[]).find((t) => t.type === type);
}
