import type { MonitorReaction } from '../config/environments.js';
import type { ActionTaken } from './types.js';

/**
 * The reaction to a degraded window, decided before anything runs. An environment marked
 * `protect: true` hosts what would do the rolling back (its own pipeline): it is never rolled
 * back automatically, whatever the config asks — an alert, and a person decides.
 */
export function decideReaction(
  environment: string,
  configured: MonitorReaction,
  protect: boolean,
): { decided: MonitorReaction; reason: string } {
  if (protect && configured !== 'alert')
    return {
      decided: 'alert',
      reason: `environment "${environment}" is protected (protect: true): never rolled back automatically, so reaction ${configured} became alert`,
    };
  if (protect)
    return { decided: 'alert', reason: `reaction alert (environment "${environment}" is protected)` };
  return { decided: configured, reason: `reaction ${configured}, as configured` };
}

/**
 * The rollback's exit code as the action taken: 0 is rollback-ok, anything else (another code, a
 * signal, a step that could not start) is rollback-failed — the environment's state is unknown.
 */
export function rollbackTaken(exitCode: number | null | undefined): ActionTaken {
  return exitCode === 0 ? 'rollback-ok' : 'rollback-failed';
}
