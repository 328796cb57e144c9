import type { LoadedConfig } from '../config/load.js';
import { type DeployRun, type EnvironmentRunOptions, runEnvironment } from './deploy.js';

/**
 * `drill`: proves that an environment can still be rolled back. The deploy flow runs with its
 * first verify recorded as failed (the service is not judged), so the rollback and the verify
 * after it always run. Every step gets PROMOTION_GATE_DRILL=1, and PROMOTION_GATE_DRY_RUN=1
 * unless the drill is live, so a script can simulate what it would change. Passes when the
 * rollback ran and the verify after it passed; history keeps the newest `retain` drills.
 */

export const DEFAULT_DRILL_RETAIN = 36;

export interface DrillOptions extends EnvironmentRunOptions {
  /** Steps run without PROMOTION_GATE_DRY_RUN: they really deploy and roll back. */
  live?: boolean;
  /** Drill records kept per environment in history (default 36). */
  retain?: number;
}

export function runDrill(opts: DrillOptions, loaded?: LoadedConfig): Promise<DeployRun> {
  return runEnvironment(
    opts,
    { kind: 'drill', live: opts.live === true, keep: opts.retain ?? DEFAULT_DRILL_RETAIN },
    loaded,
  );
}
