import { describe, expect, it } from 'vitest';
import {
  decodeJournal,
  encodeInvalidation,
  encodeRun,
  journalName,
  mergeRecords,
  runsFrom,
} from '../../src/history/records.js';
import { previousRun, runSummaryOf } from '../../src/history/summary.js';
import { holdReport } from '../report/fixtures.js';
import { benchRun, run } from './fixtures.js';

describe('history journal', () => {
  it('round-trips runs and applies invalidations, oldest first by finish time', () => {
    const a = run({ runId: 'a', at: 1 });
    const b = run({ runId: 'b', at: 3 });
    const c = run({ runId: 'c', at: 2 });
    const text = [
      encodeRun(a),
      encodeRun(b),
      encodeRun(c),
      encodeInvalidation({ runId: 'c', reason: 'flaky runner', at: '2026-03-02T00:00:00Z', by: 'ops' }),
    ].join('\n');
    const { records, problems } = decodeJournal(text, 'prod.jsonl');
    expect(problems).toEqual([]);
    expect(runsFrom(records, 'prod').runs.map((r) => r.runId)).toEqual(['a', 'b']);
    const all = runsFrom(records, 'prod', { includeInvalid: true }).runs;
    expect(all.map((r) => r.runId)).toEqual(['a', 'c', 'b']);
    expect(all[1]!.invalid).toEqual({ reason: 'flaky runner', at: '2026-03-02T00:00:00Z', by: 'ops' });
    expect(runsFrom(records, 'prod', { limit: 1 }).runs.map((r) => r.runId)).toEqual(['b']);
  });

  it('reports every unreadable line with file:line and keeps the rest', () => {
    const good = encodeRun(run({ runId: 'ok' }));
    const text = [
      good,
      '{"schemaVersion":1,"profile":"prod"', // torn write
      'not json at all',
      JSON.stringify({ ...run(), verdict: 'maybe' }),
      JSON.stringify({ ...run(), schemaVersion: 2 }),
      JSON.stringify({ invalidate: { reason: 'no id' } }),
      '',
    ].join('\n');
    const { records, problems } = decodeJournal(text, 'h/prod.jsonl');
    expect(records).toHaveLength(1);
    expect(problems).toHaveLength(5);
    expect(problems[0]).toMatch(/^h\/prod\.jsonl:2: not JSON/);
    expect(problems[1]).toMatch(/^h\/prod\.jsonl:3: not JSON/);
    expect(problems[2]).toBe(
      'h/prod.jsonl:4: not a run summary (verdict: Invalid option: expected one of "promote"|"hold"); line skipped',
    );
    expect(problems[3]).toContain(':5: written by a newer promotion-gate (schemaVersion 2)');
    expect(problems[4]).toContain(':6: not an invalidation record (runId:');
  });

  it('records NaN and infinite metrics as missing (null), never as invalid JSON', () => {
    const line = encodeRun(benchRun({ precision: Number.NaN, recall: Number.POSITIVE_INFINITY, f1: 0.5 }));
    const { records, problems } = decodeJournal(line, 'x');
    expect(problems).toEqual([]);
    const r = records[0]!;
    expect(r.kind === 'run' && r.run.checks[0]!.metrics).toEqual({ precision: null, recall: null, f1: 0.5 });
  });

  it('never writes the invalid marker into a run line (invalidations are their own records)', () => {
    const line = encodeRun(run({ invalid: { reason: 'x', at: '2026-01-01T00:00:00Z' } }));
    expect(line).not.toContain('invalid');
  });

  it('reports runs of another profile found in a profile’s journal', () => {
    const problems: string[] = [];
    const { records } = decodeJournal(encodeRun(run({ profile: 'dev', runId: 'd1' })), 'x');
    expect(runsFrom(records, 'prod', {}, problems).runs).toEqual([]);
    expect(problems).toEqual(['run d1 belongs to profile "dev", not "prod"; skipped']);
  });

  it('merges journals of concurrent writers by union, each record once', () => {
    const shared = run({ runId: 's', at: 1 });
    const mine = run({ runId: 'm', at: 2 });
    const theirs = run({ runId: 't', at: 3 });
    const j1 = decodeJournal([encodeRun(shared), encodeRun(mine)].join('\n'), 'a').records;
    const j2 = decodeJournal([encodeRun(shared), encodeRun(theirs)].join('\n'), 'b').records;
    expect(runsFrom(mergeRecords([j1, j2]), 'prod').runs.map((r) => r.runId)).toEqual(['s', 'm', 't']);
  });

  it('previousRun is the newest valid run', () => {
    const a = run({ runId: 'a', at: 1 });
    const b = run({ runId: 'b', at: 2, invalid: { reason: 'x', at: '2026-01-01T00:00:00Z' } });
    expect(previousRun([a, b])?.runId).toBe('a');
    expect(previousRun([])).toBeUndefined();
  });

  it('names journals safely for any profile name', () => {
    expect(journalName('prod')).toBe('prod.jsonl');
    expect(journalName('eu/prod')).toBe('eu%2fprod.jsonl');
    expect(journalName('..')).toBe('%2e%2e.jsonl');
  });
});

describe('run summary', () => {
  const base = { ...holdReport, bundle: undefined, git: { sha: 'c'.repeat(40), ref: 'refs/heads/main' } };

  it('records the checked-out commit when no diff range was resolved', () => {
    expect(runSummaryOf(base, '1.1').sha).toBe('c'.repeat(40));
  });

  it("records the diff's head when a range was resolved, so the next diff starts there", () => {
    const range = {
      base: 'a'.repeat(40),
      head: 'b'.repeat(40),
      baseRef: 'v1.0.0',
      headRef: 'release/2',
      source: 'input' as const,
      sourceDetail: '--base/--head',
      mergeBase: false,
    };
    expect(runSummaryOf({ ...base, git: { ...base.git, range } }, '1.1').sha).toBe('b'.repeat(40));
    expect(runSummaryOf({ ...base, git: { ...base.git, range: { error: 'no base' } } }, '1.1').sha).toBe(
      'c'.repeat(40),
    );
  });
});
