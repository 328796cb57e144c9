import { describe, expect, it } from 'vitest';
import { classify, percentile } from '../../src/monitor/classify.js';
import { decideReaction, rollbackTaken } from '../../src/monitor/decide.js';
import type { MonitorRules, TickRow } from '../../src/monitor/types.js';

const RULES: MonitorRules = { consecutiveFailures: 3, errorRatio: 0.05, minRequests: 20 };

/** A tick of probe `health` (ok or not) with `requests` answers, `errors` of them 5xx/unreachable. */
function tick(
  n: number,
  ok: boolean | Record<string, boolean>,
  requests = 2,
  errors = 0,
  latency = 10,
): TickRow {
  const probes = typeof ok === 'boolean' ? { health: ok } : ok;
  return {
    tick: n,
    at: new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString(),
    probes: Object.entries(probes).map(([id, good]) => ({
      id,
      status: good ? 'pass' : 'fail',
      ok: good,
      summary: good ? 'ok' : 'status 503',
      requests: 1,
      errors: good ? 0 : 1,
    })),
    requests,
    errors,
    latenciesMs: Array.from({ length: requests - errors }, () => latency),
  };
}

/** The ticks as `F`ailed and `.`ok health probes: `..FF.` */
const run = (pattern: string): TickRow[] => [...pattern].map((c, i) => tick(i + 1, c !== 'F'));

describe('classify: pure and deterministic', () => {
  it.each([
    ['no tick yet, window open', [], false, 'watching', undefined],
    ['no tick at all, window ended', [], true, 'healthy', undefined],
    ['all good, window open', run('.....'), false, 'watching', undefined],
    ['all good, window ended', run('.....'), true, 'healthy', undefined],
    ['a glitch that recovers is no streak', run('.FF.FF.'), true, 'healthy', undefined],
    ['three in a row', run('..FFF'), false, 'degraded', 5],
    ['three in a row decides at the third, even with good ticks after', run('FFF...'), true, 'degraded', 3],
  ] as const)('%s', (_, rows, ended, state, at) => {
    const c = classify(rows, RULES, ended);
    expect(c.state).toBe(state);
    expect(c.reasons[0]?.tick).toBe(at);
    expect(classify(rows, RULES, ended)).toEqual(c);
  });

  it('a streak is counted per probe: two probes failing by turns are no streak', () => {
    const rows = [1, 2, 3, 4].map((n) => tick(n, { health: n % 2 === 0, pages: n % 2 === 1 }));
    expect(classify(rows, RULES, true).state).toBe('healthy');
    const both = [1, 2, 3].map((n) => tick(n, { health: false, pages: n > 1 }));
    expect(classify(both, RULES, false).reasons).toMatchObject([
      { rule: 'consecutiveFailures', probe: 'health', tick: 3, observed: '3 ticks in a row' },
    ]);
  });

  it('the error ratio: strictly above, and only once minRequests were made', () => {
    const rules: MonitorRules = { consecutiveFailures: 99, errorRatio: 0.1, minRequests: 20 };
    // 1 of 10 is exactly 10%: not above.
    const exactly = [1, 2, 3, 4, 5].map((n) => tick(n, true, 4, n === 1 ? 2 : 0));
    expect(classify(exactly, rules, true)).toMatchObject({
      state: 'healthy',
      requests: 20,
      errors: 2,
      errorRatio: 0.1,
    });
    // 2 of 4 in the first tick is 50%, but the window has made too few requests to judge.
    const early = [tick(1, true, 4, 2)];
    expect(classify(early, rules, false).state).toBe('watching');
    const later = [...early, ...[2, 3, 4, 5].map((n) => tick(n, true, 4, n === 5 ? 1 : 0))];
    expect(classify(later, rules, false).reasons).toEqual([
      {
        rule: 'errorRatio',
        tick: 5,
        observed: '15% (3 of 20 requests)',
        threshold: 'above 10% (from 20 requests)',
        message:
          "15% of the window's answers were 5xx or unreachable by tick 5 (3 of 20 requests), above errorRatio 10%",
      },
    ]);
  });

  it('the window’s p95 latency, with every rule met at the deciding tick named', () => {
    const rules: MonitorRules = {
      consecutiveFailures: 2,
      errorRatio: 0.5,
      minRequests: 4,
      latencyP95Ms: 200,
    };
    const rows = [tick(1, true, 2, 0, 50), tick(2, false, 2, 1, 900), tick(3, false, 2, 2, 900)];
    const c = classify(rows, rules, false);
    expect(c.state).toBe('degraded');
    // Tick 2: 4 requests, p95 900ms over 3 answers; tick 3 is never reached by the rules.
    expect(c.reasons.map((r) => [r.rule, r.tick, r.observed, r.threshold])).toEqual([
      ['latencyP95', 2, 'p95 900ms (3 answers)', 'above 200ms'],
    ]);
    const all = classify(rows, { ...rules, latencyP95Ms: 1000, errorRatio: 0.4 }, false);
    expect(all.reasons.map((r) => [r.rule, r.tick])).toEqual([
      ['consecutiveFailures', 3],
      ['errorRatio', 3],
    ]);
  });

  it('malformed rows are skipped and named, never counted: garbage makes no degraded streak', () => {
    const garbage: unknown[] = [
      null,
      'health failed',
      42,
      [],
      {},
      { tick: 0, at: '2026-01-01T00:00:00Z' },
      { tick: 1, at: 'yesterday', probes: [], requests: 1, errors: 1, latenciesMs: [] },
      {
        tick: 2,
        at: '2026-01-01T00:00:02Z',
        probes: [{ id: 'health', ok: false }],
        requests: 1,
        errors: 2,
        latenciesMs: [],
      },
      {
        tick: 3,
        at: '2026-01-01T00:00:03Z',
        probes: [{ id: 'health', ok: 'no' }],
        requests: 1,
        errors: 1,
        latenciesMs: [],
      },
      { tick: 4, at: '2026-01-01T00:00:04Z', probes: [], requests: 1, errors: 1, latenciesMs: [] },
      {
        tick: 5,
        at: '2026-01-01T00:00:05Z',
        probes: [{ id: 'health', ok: false }],
        requests: 1,
        errors: 1,
        latenciesMs: [-1],
      },
      {
        tick: 6,
        at: '2026-01-01T00:00:06Z',
        probes: [{ id: 'health', ok: false }],
        requests: -1,
        errors: 0,
        latenciesMs: [],
      },
      { constructor: 'x', __proto__: { tick: 7 } },
    ];
    const c = classify(garbage, { consecutiveFailures: 1, errorRatio: 0, minRequests: 0 }, true);
    expect(c).toMatchObject({ state: 'healthy', ticks: 0, requests: 0, errors: 0, reasons: [] });
    expect(c.skipped.map((s) => s.why)).toEqual([
      'not a tick: null',
      'not a tick: string',
      'not a tick: number',
      'not a tick: a list',
      'not a tick: no tick number',
      'not a tick: no tick number',
      'tick 1: no time',
      'tick 2: requests and errors are not counts (errors at most requests)',
      'tick 3: a probe result without id or ok',
      'tick 4: no probe results',
      'tick 5: latencies are not a list of times',
      'tick 6: requests and errors are not counts (errors at most requests)',
      'not a tick: no tick number',
    ]);
    expect(c.skipped.map((s) => s.index)).toEqual(garbage.map((_, i) => i));
  });

  it('a malformed row between failures neither breaks nor extends the run; a repeated tick counts once', () => {
    const rows: unknown[] = [tick(1, false), 'torn line', tick(2, false), tick(2, false), tick(3, true)];
    const c = classify(rows, RULES, true);
    expect(c).toMatchObject({ state: 'healthy', ticks: 3 });
    expect(c.skipped).toEqual([
      { index: 1, why: 'not a tick: string' },
      { index: 3, why: 'tick 2 comes after tick 2: repeated or out of order' },
    ]);
    const streak = classify(
      [tick(1, false), 'torn line', tick(2, false), { junk: true }, tick(3, false)],
      RULES,
      false,
    );
    expect(streak.reasons).toMatchObject([
      { rule: 'consecutiveFailures', tick: 3, observed: '3 ticks in a row' },
    ]);
  });

  it('input that is no list at all is no series', () => {
    expect(classify('nonsense' as unknown as unknown[], RULES, true)).toMatchObject({
      state: 'healthy',
      ticks: 0,
    });
  });

  it('percentile is nearest-rank', () => {
    expect(percentile([], 95)).toBeUndefined();
    expect(percentile([5], 95)).toBe(5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 100], 95)).toBe(19);
  });
});

describe('the reaction, decided before anything runs', () => {
  it.each([
    ['rollback', false, 'rollback'],
    ['alert', false, 'alert'],
    ['none', false, 'none'],
    ['rollback', true, 'alert'],
    ['none', true, 'alert'],
    ['alert', true, 'alert'],
  ] as const)('%s, protect %s → %s', (configured, protect, decided) => {
    expect(decideReaction('prod', configured, protect).decided).toBe(decided);
  });

  it('only exit code 0 is a rollback that worked', () => {
    expect(rollbackTaken(0)).toBe('rollback-ok');
    for (const code of [1, 2, 3, 127, null, undefined]) expect(rollbackTaken(code)).toBe('rollback-failed');
  });
});
