import { describe, expect, it } from 'vitest';
import { parseCriterion } from '../../src/checks/metrics/criteria.js';
import { aggregateOf, driftSettings, evaluateDrift } from '../../src/checks/metrics/drift.js';

const judge = (current: Record<string, number | undefined>, history: Record<string, number[]>, cfg = {}) =>
  evaluateDrift(current, (m) => history[m] ?? [], driftSettings(cfg));

describe('drift rules (defaults: lookback 8, min history 3, precision drop 0.08, recall drop 0.05)', () => {
  it.each([
    // [case, current, history, expected status per metric]
    [
      'stable',
      { precision: 0.6, recall: 0.82 },
      { precision: [0.6, 0.61, 0.59], recall: [0.8, 0.83, 0.83] },
      { precision: 'ok', recall: 'ok' },
    ],
    [
      'recall dropped 0.06 (> 0.05)',
      { precision: 0.6, recall: 0.76 },
      { precision: [0.6, 0.6, 0.6], recall: [0.82, 0.82, 0.82] },
      { precision: 'ok', recall: 'alert' },
    ],
    [
      'precision dropped exactly 0.08: allowed',
      { precision: 0.8, recall: 0.8 },
      { precision: [0.88, 0.88, 0.88], recall: [0.8, 0.8, 0.8] },
      { precision: 'ok', recall: 'ok' },
    ],
    [
      'precision dropped 0.081',
      { precision: 0.799, recall: 0.8 },
      { precision: [0.88, 0.88, 0.88], recall: [0.8, 0.8, 0.8] },
      { precision: 'alert', recall: 'ok' },
    ],
    [
      'a rise is never drift',
      { precision: 0.99, recall: 0.99 },
      { precision: [0.5, 0.5, 0.5], recall: [0.5, 0.5, 0.5] },
      { precision: 'ok', recall: 'ok' },
    ],
    [
      'too little history (2 of 3)',
      { precision: 0.1, recall: 0.1 },
      { precision: [0.9, 0.9], recall: [0.9, 0.9] },
      { precision: 'insufficient', recall: 'insufficient' },
    ],
    ['no history at all', { precision: 0.1 }, {}, { precision: 'insufficient' }],
    [
      'history missing one metric in some runs',
      { precision: 0.6, recall: 0.7 },
      { precision: [0.6, 0.6, 0.6], recall: [0.8, 0.8] },
      { precision: 'ok', recall: 'insufficient' },
    ],
    ['default rules skip metrics the run does not have', { f1: 0.1 }, { f1: [0.9, 0.9, 0.9] }, {}],
    [
      'NaN in this run (default rules): left out',
      { precision: undefined, recall: 0.8 },
      { precision: [0.6, 0.6, 0.6], recall: [0.8, 0.8, 0.8] },
      { recall: 'ok' },
    ],
  ])('%s', (_case, current, history, expected) => {
    const points = judge(current, history);
    expect(Object.fromEntries(points.map((p) => [p.metric, p.status]))).toEqual(expected);
  });

  it('a drift message names the value, the baseline and how it was taken, and the allowance', () => {
    const [p] = judge({ recall: 0.76 }, { recall: [0.8, 0.84, 0.82] });
    expect(p).toMatchObject({
      metric: 'recall',
      status: 'alert',
      current: 0.76,
      baseline: 0.82,
      change: -0.06,
      points: 3,
    });
    expect(p!.message).toBe(
      'recall drifted: 0.76 vs the mean of the last 3 runs (0.82) is -0.06, allowed >= -0.05',
    );
  });

  it('explicit rules replace the defaults; a metric they name that is missing or NaN is an alert', () => {
    const cfg = { maxDrop: { f1: 0.02 }, rules: { latency_ms: '<= +10%' } };
    const points = judge(
      { f1: undefined, latency_ms: 120, precision: 0.1 },
      { f1: [0.9, 0.9, 0.9], latency_ms: [100, 100, 100], precision: [0.9, 0.9, 0.9] },
      cfg,
    );
    expect(points.map((p) => [p.metric, p.status])).toEqual([
      ['f1', 'missing'],
      ['latency_ms', 'alert'],
    ]);
    expect(points[1]!.message).toBe(
      'latency_ms drifted: 120 vs the mean of the last 3 runs (100) is +20%, allowed <= +10%',
    );
  });

  it('relative criteria against median, p90 and last', () => {
    const history = { recall: [0.7, 0.9, 0.8, 0.95, 0.85] };
    const at = (baseline: 'median' | 'p90' | 'last') =>
      judge({ recall: 0.8 }, history, { rules: { recall: '>= -5%' }, baseline })[0]!;
    expect(at('median')).toMatchObject({ baseline: 0.85, status: 'alert' }); // −5.88 %
    expect(at('p90').baseline).toBeCloseTo(0.93);
    expect(at('last')).toMatchObject({ baseline: 0.85 });
    expect(
      judge({ recall: 0.81 }, history, { rules: { recall: '>= -5%' }, baseline: 'median' })[0]!.status,
    ).toBe('ok');
  });

  it('a percent rule against a zero baseline: any rise is unbounded, no change is 0 %', () => {
    expect(judge({ errors: 0 }, { errors: [0, 0, 0] }, { rules: { errors: '<= +10%' } })[0]!.status).toBe(
      'ok',
    );
    const rise = judge({ errors: 2 }, { errors: [0, 0, 0] }, { rules: { errors: '<= +10%' } })[0]!;
    expect(rise.status).toBe('alert');
    expect(rise).not.toHaveProperty('changePercent');
    expect(rise.message).toBe(
      'errors drifted: 2 vs the mean of the last 3 runs (0) is up from 0, allowed <= +10%',
    );
  });

  it('aggregates', () => {
    expect(aggregateOf([1, 2, 3, 4], 'mean')).toBe(2.5);
    expect(aggregateOf([4, 1, 3, 2], 'median')).toBe(2.5);
    expect(aggregateOf([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 'p90')).toBeCloseTo(9.1);
    expect(aggregateOf([3, 1, 2], 'last')).toBe(2);
    expect(Number.isNaN(aggregateOf([], 'mean'))).toBe(true);
  });

  it('criteria', () => {
    expect(parseCriterion(0.55)).toMatchObject({ op: '>=', value: 0.55, percent: false });
    expect(parseCriterion('<= +10%')).toMatchObject({
      op: '<=',
      value: 10,
      percent: true,
      source: '<= +10%',
    });
    expect(parseCriterion('-0.05')).toMatchObject({ op: '>=', value: -0.05 });
    expect(() => parseCriterion('at least 3')).toThrow('cannot read criterion "at least 3"');
  });
});

describe('metric names in drift rules', () => {
  it('are own keys, whatever they are called', () => {
    // As a config parser gives them: own keys.
    const s = driftSettings({
      maxDrop: JSON.parse('{"__proto__": 0.1, "constructor": 0.2}') as Record<string, number>,
    });
    expect(Object.keys(s.rules).sort()).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(s.rules)).toBeNull();
    const out = evaluateDrift(
      JSON.parse('{"__proto__": 0.5}') as Record<string, number>,
      () => [0.9, 0.9, 0.9],
      s,
    );
    expect(out.find((p) => p.metric === '__proto__')?.status).toBe('alert');
  });
});
