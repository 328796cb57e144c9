import { decodeJournal, type HistoryRecord, pinnedRuns, recordRunId } from './records.js';

/**
 * Retention by count (drills keep their newest 36 by default): which runs of a journal stay.
 * Newest means latest finish time, journal order on ties, as history lists them.
 */
export function newestRunIds(records: readonly HistoryRecord[], keep: number): Set<string> {
  const runs = records
    .map((r, order) => ({ r, order }))
    .filter((x): x is { r: Extract<HistoryRecord, { kind: 'run' }>; order: number } => x.r.kind === 'run')
    .sort((a, b) => Date.parse(a.r.run.finishedAt) - Date.parse(b.r.run.finishedAt) || a.order - b.order);
  const ids = new Set(runs.slice(Math.max(0, runs.length - keep)).map((x) => x.r.run.runId));
  // A pinned run is a reference someone chose: it stays while it is pinned.
  for (const p of pinnedRuns(records, [])) ids.add(p.pin.runId);
  return ids;
}

/** Records of the newest `keep` runs and their invalidations, in journal order. */
export function keepNewest(records: readonly HistoryRecord[], keep: number): HistoryRecord[] {
  const ids = newestRunIds(records, keep);
  return records.filter((r) => ids.has(recordRunId(r)));
}

/**
 * A journal's text with only the newest `keep` runs (and their invalidations). A line that
 * cannot be read is kept as it is: retention removes old runs, never what it does not understand.
 */
export function pruneJournal(text: string, keep: number): string {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const decoded = lines.map((l) => decodeJournal(l, '').records[0]);
  const ids = newestRunIds(
    decoded.filter((r): r is HistoryRecord => r !== undefined),
    keep,
  );
  const kept = lines.filter((_, i) => {
    const r = decoded[i];
    if (!r) return true;
    return ids.has(recordRunId(r));
  });
  return kept.length ? `${kept.join('\n')}\n` : '';
}

/** When retention removed runs: the finish time of the oldest run kept (undefined when none was removed). */
export function keptSince(
  before: readonly HistoryRecord[],
  after: readonly HistoryRecord[],
): string | undefined {
  const runs = (list: readonly HistoryRecord[]) => list.flatMap((r) => (r.kind === 'run' ? [r.run] : []));
  const kept = runs(after);
  if (kept.length === runs(before).length || kept.length === 0) return undefined;
  return kept.reduce((a, b) => (Date.parse(b.finishedAt) < Date.parse(a.finishedAt) ? b : a)).finishedAt;
}

/**
 * For stores that merge several copies of a journal (one artifact per run, newest first): when
 * the newest copy says retention removed runs finished before `since`, those runs must not come
 * back from an older copy. Everything else is merged as before, so runs that two uploads at the
 * same time each missed are still recovered.
 */
export function withoutPruned(
  journals: readonly { records: HistoryRecord[]; since?: string }[],
): HistoryRecord[][] {
  const newest = journals.find((j) => j.records.some((r) => r.kind === 'run'));
  const floor = newest?.since === undefined ? NaN : Date.parse(newest.since);
  if (Number.isNaN(floor)) return journals.map((j) => j.records);
  return journals.map((j) =>
    j === newest
      ? j.records
      : j.records.filter((r) => r.kind !== 'run' || Date.parse(r.run.finishedAt) >= floor),
  );
}
