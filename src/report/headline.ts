import type { Report } from './types.js';

/** The one line that says the outcome, as the terminal, the step log and the annotations print it. */
export function verdictLine(r: Pick<Report, 'verdict' | 'profile' | 'score' | 'action' | 'level'>): string {
  return `${r.verdict === 'promote' ? 'PROMOTE' : 'HOLD'} ${r.profile}: score ${r.score}/5, ${r.action}, level ${r.level}`;
}
