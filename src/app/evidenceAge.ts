import type { LoadedEvidence } from '../checks/evidence/evidenceFile.js';
import { formatDuration, parseDuration } from '../core/duration.js';
import type { DomainResult } from '../report/aggregateMarkdown.js';

/**
 * Evidence that is too old proves nothing about now: "no passing rollback drill in the last 35
 * days" is a domain with `maxAge: 35d`. Its age is taken from the report's `finishedAt` (what a
 * promotion-gate report, deploy or drill says), else from the file's modification time.
 */
export function withFreshness<
  T extends Pick<DomainResult, 'status' | 'detail'> & { loaded?: LoadedEvidence },
>(judged: T, maxAge: string | undefined, now: Date): T {
  const limit = maxAge === undefined ? undefined : parseDuration(maxAge);
  if (limit === undefined || !judged.loaded) return judged;
  const doc = judged.loaded.doc as { finishedAt?: unknown } | null;
  const stamped =
    doc &&
    typeof doc === 'object' &&
    typeof doc.finishedAt === 'string' &&
    !Number.isNaN(Date.parse(doc.finishedAt))
      ? { at: new Date(doc.finishedAt), from: 'finishedAt' }
      : { at: judged.loaded.mtime, from: 'file time' };
  const age = now.getTime() - stamped.at.getTime();
  if (age <= limit) return judged;
  return {
    ...judged,
    status: 'stale',
    detail: `${formatDuration(age)} old (${stamped.from} ${stamped.at.toISOString()}), older than maxAge ${maxAge}; it said: ${judged.detail}`,
  };
}
