import { describe, expect, it } from 'vitest';
import { runSummaryOf } from '../../src/history/summary.js';
import { check, report } from '../report/fixtures.js';

describe('what a history record keeps', () => {
  it('masks credentials in URL-shaped metric names and blockers, even of a report given unredacted', () => {
    const r = report({
      checks: [
        check('probe', {
          metrics: {
            'latency.https://deploy:Lit3ralPassw0rd@staging.example.com/health': 120,
            'latency.https://staging.example.com/health?token=tq8Zv3LmW9xPc2Kd': 80,
          },
        }),
      ],
      blockers: ['probe: GET https://staging.example.com/health?token=tq8Zv3LmW9xPc2Kd answered 500'],
    });
    const record = JSON.stringify(runSummaryOf(r, 'run-1'));
    expect(record).not.toContain('Lit3ralPassw0rd');
    expect(record).not.toContain('tq8Zv3LmW9xPc2Kd');
    expect(Object.keys(runSummaryOf(r, 'run-1').checks[0]!.metrics)).toEqual([
      'latency.https://***@staging.example.com/health',
      'latency.https://staging.example.com/health?token=***',
    ]);
  });
});
