import type { Reason } from '../core/types.js';
import type { Report } from './types.js';

type Outcome = Pick<Report, 'verdict' | 'profile' | 'score' | 'action' | 'level' | 'reasons'> & {
  checks?: Report['checks'];
};

/** What holds, in a few words, for a reason that holds. */
function holdWords(reason: Reason, checks: Outcome['checks']): string {
  const check = checks?.find((c) => c.id === reason.check);
  const who = check ? `${check.id} (${check.enforcement})` : (reason.check ?? '');
  switch (reason.kind) {
    case 'check-failed':
      return `${who} failed`;
    case 'check-error':
      return `${who} could not run`;
    case 'score-hold':
      return 'score at or below the hold line';
    case 'ratchet':
      return 'hotfix ratchet';
    case 'hotfix-deadline':
      return 'hotfix overdue';
    default:
      return reason.check ? `${reason.kind} (${reason.check})` : reason.kind;
  }
}

/** Why a run holds, in a few words: the first blocking reason, and how many more there are. */
export function holdCause(r: Outcome): string | undefined {
  const blocking = r.reasons.filter((x) => x.blocking);
  if (blocking.length === 0) return undefined;
  const more = blocking.length - 1;
  return `${holdWords(blocking[0]!, r.checks)}${more > 0 ? ` and ${more} more` : ''}`;
}

/** The one line that says the outcome, as the terminal, the step log and the annotations print it. */
export function verdictLine(r: Outcome): string {
  const cause = r.verdict === 'hold' ? holdCause(r) : undefined;
  return `${r.verdict === 'promote' ? 'PROMOTE' : 'HOLD'} ${r.profile}: score ${r.score}/5, ${r.action}, level ${r.level}${cause ? ` — ${cause}` : ''}`;
}
