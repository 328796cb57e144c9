import type { Verdict } from '../core/types.js';

/** The exit codes both front ends return; a script can rely on them across commands. */
export const EXIT = {
  promote: 0,
  hold: 1,
  usage: 2,
  internal: 3,
  /** deploy and drill: the rollback, or the verify after it, failed; the environment's state is unknown. */
  rollbackFailed: 4,
} as const;

export type FailOn = 'hold' | 'never';

/** 0 on promote, 1 on hold unless the caller asked never to fail. */
export function verdictExitCode(verdict: Verdict, failOn: FailOn): number {
  return verdict === 'promote' || failOn === 'never' ? EXIT.promote : EXIT.hold;
}
