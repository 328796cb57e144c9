import { createExec } from '../../src/adapters/exec.js';
import { createHttpClient } from '../../src/adapters/http.js';
import { silentLogger } from '../../src/adapters/logger.js';
import type { CheckType } from '../../src/checks/types.js';
import type { PlannedCheck } from '../../src/config/types.js';
import { Redactor } from '../../src/core/redact.js';
import type { EngineDeps } from '../../src/engine/runChecks.js';

/**
 * A check's own time bound in tests that are not about time bounds (those set `timeoutMs`): a
 * check that takes a second alone can take several on a machine busy with other work, and must
 * not end as "timed out" there. A check that hangs is still stopped, well before the gate's minute.
 */
const CHECK_TIMEOUT_MS = 45_000;

export function planned(
  id: string,
  type: string,
  spec: Record<string, unknown> = {},
  extra: Partial<PlannedCheck> = {},
): PlannedCheck {
  return {
    id,
    type,
    category: 'safety',
    enforcement: 'scored',
    onError: 'fail',
    timeoutMs: CHECK_TIMEOUT_MS,
    spec,
    ...extra,
  };
}

export function engineDeps(
  outputDir: string,
  extra: Partial<EngineDeps> & { types?: readonly CheckType[] } = {},
): EngineDeps {
  return {
    cwd: outputDir,
    outputDir,
    profile: 'test',
    env: process.env,
    exec: createExec(),
    http: createHttpClient('promotion-gate-test'),
    now: () => new Date(),
    redactor: new Redactor(),
    logger: silentLogger,
    ...extra,
  };
}
