import { checkType } from '../../src/checks/registry.js';
import type { PlannedCheck } from '../../src/config/types.js';
import type { CheckResult } from '../../src/core/types.js';
import type { EngineDeps } from '../../src/engine/runChecks.js';
import { runChecks } from '../../src/engine/runChecks.js';
import { engineDeps, planned } from '../helpers/engine.js';

/** Runs one check of the registry through the real engine, its spec parsed as the config would. */
export async function runCheck(
  type: string,
  spec: Record<string, unknown>,
  opts: {
    cwd: string;
    outputDir?: string;
    env?: Record<string, string | undefined>;
    extra?: Partial<PlannedCheck>;
    deps?: Partial<EngineDeps>;
  },
): Promise<CheckResult> {
  const parsed = checkType(type)!.fields.parse(spec) as Record<string, unknown>;
  const deps = engineDeps(opts.outputDir ?? opts.cwd, {
    cwd: opts.cwd,
    env: opts.env ?? process.env,
    ...opts.deps,
  });
  const [r] = await runChecks([planned(type, type, parsed, opts.extra)], deps, {
    concurrency: 1,
    gateTimeoutMs: 60_000,
  });
  return r!;
}
