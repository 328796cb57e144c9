import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeJournal, readRun, runSchema } from '../../src/history/records.js';

/** What the schema alone makes of a value: the record (its keys in order) or the first issue. */
function bySchema(value: unknown): { json: string } | { issue: string } {
  const r = runSchema.safeParse(value);
  if (r.success) return { json: JSON.stringify(r.data) };
  const i = r.error.issues[0]!;
  return { issue: `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}` };
}

function byReader(value: unknown): { json: string } | { issue: string } {
  const r = readRun(value);
  return 'run' in r ? { json: JSON.stringify(r.run) } : { issue: r.issue };
}

/** A field that is usually right, sometimes missing, sometimes of the wrong kind. */
const field = <T>(good: fc.Arbitrary<T>) =>
  fc.oneof(
    { weight: 40, arbitrary: good },
    { weight: 1, arbitrary: fc.constant(undefined) },
    {
      weight: 1,
      arbitrary: fc.oneof(
        fc.constant(null),
        fc.integer(),
        fc.string(),
        fc.boolean(),
        fc.constant([]),
        fc.constant({}),
      ),
    },
  );

/** Usually one of `good`, now and then a value of the right kind that is still wrong. */
const mostly = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) =>
  fc.oneof({ weight: 40, arbitrary: good }, { weight: 1, arbitrary: bad });
const date = mostly(
  fc
    .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc.constant('not a date'),
);
const metricValue = mostly(
  fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string(), fc.boolean(), fc.constant(null)),
  fc.constant([1]),
);
/**
 * A URL as a run records it. Not fc.webUrl(): building it costs about a second and keeps 85 MB
 * of lookup tables alive in fast-check for the rest of the worker's life, which makes every
 * process the worker starts afterwards slower.
 */
const url = fc
  .tuple(
    fc.constantFrom('https', 'http'),
    fc.stringMatching(/^[a-z0-9][a-z0-9.-]{0,20}$/),
    fc.array(fc.stringMatching(/^[\w.~%-]{0,10}$/), { maxLength: 3 }),
  )
  .map(([scheme, host, segments]) => `${scheme}://${host}/${segments.join('/')}`);
const check = fc.record(
  {
    id: field(fc.string()),
    type: field(fc.constantFrom('benchmark', 'command', 'http')),
    status: field(mostly(fc.constantFrom('pass', 'warn', 'fail', 'error', 'skipped'), fc.constant('maybe'))),
    score: field(fc.integer({ min: 1, max: 5 })),
    metrics: field(fc.dictionary(fc.string(), metricValue, { maxKeys: 4 })),
    extra: fc.string(),
  },
  { requiredKeys: [] },
);
const record = fc.record(
  {
    extraFirst: fc.string(),
    schemaVersion: field(fc.constant(1)),
    profile: field(fc.string()),
    runId: field(fc.string()),
    startedAt: field(date),
    finishedAt: field(date),
    verdict: field(mostly(fc.constantFrom('promote', 'hold'), fc.constant('perhaps'))),
    score: field(fc.integer({ min: 1, max: 5 })),
    action: field(fc.constantFrom('auto-promote', 'promote-with-hotfix', 'hold')),
    level: field(fc.constantFrom('ga_ready', 'release_candidate', 'blocked')),
    sha: field(fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 40, maxLength: 40 })),
    ref: field(fc.string()),
    bundleId: field(fc.string()),
    url: field(url),
    blockers: field(fc.array(fc.string(), { maxLength: 3 })),
    ratchetTriggered: field(fc.boolean()),
    hotfixChecks: field(fc.array(fc.string(), { maxLength: 3 })),
    checks: field(fc.array(check, { maxLength: 4 })),
    transition: fc.record({ reasons: fc.array(fc.string(), { maxLength: 2 }) }),
  },
  {
    requiredKeys: [
      'schemaVersion',
      'profile',
      'runId',
      'startedAt',
      'finishedAt',
      'verdict',
      'score',
      'action',
      'level',
      'hotfixChecks',
      'checks',
    ],
  },
);

describe('history: run records read without the schema', () => {
  it('give exactly what the schema gives, key order included, or the same first issue', () => {
    let valid = 0;
    fc.assert(
      fc.property(record, (value) => {
        // Through JSON, as a journal line is: no undefined values, no non-finite numbers.
        const parsed: unknown = JSON.parse(JSON.stringify(value));
        const expected = bySchema(parsed);
        expect(byReader(parsed)).toEqual(expected);
        if ('json' in expected) valid++;
      }),
      { numRuns: 3000, seed: 20_260_301 },
    );
    // Both kinds were tried: records the schema accepts, and records it refuses.
    expect(valid).toBeGreaterThan(50);
    expect(valid).toBeLessThan(2950);
  });

  it('give a record already in the shape the schema gives back as it is, and copy one that is not', () => {
    const written = {
      schemaVersion: 1,
      profile: 'prod',
      runId: '9001.1',
      startedAt: '2026-03-01T00:00:00Z',
      finishedAt: '2026-03-01T00:01:00Z',
      verdict: 'promote',
      score: 5,
      action: 'auto-promote',
      level: 'ga_ready',
      blockers: [],
      hotfixChecks: [],
      checks: [{ id: 'kb', type: 'benchmark', status: 'pass', score: 5, metrics: { recall: 0.8 } }],
      transition: { reasons: [] },
    };
    const parsed: unknown = JSON.parse(JSON.stringify(written));
    const read = readRun(parsed);
    expect('run' in read && read.run).toBe(parsed);
    // A key the schema does not name before one it does, or a check without metrics: the
    // schema's order and its default, in a copy.
    for (const other of [
      { note: 'a key the schema does not name, first', ...written },
      { ...written, checks: [{ id: 'kb', type: 'benchmark', status: 'pass', score: 5 }] },
    ]) {
      const value: unknown = JSON.parse(JSON.stringify(other));
      const copied = readRun(value);
      expect('run' in copied && copied.run).not.toBe(value);
      expect(byReader(value)).toEqual(bySchema(value));
    }
  });

  it('leave a `__proto__` key to the schema, never setting a prototype', () => {
    const line = `{"schemaVersion":1,"profile":"prod","runId":"r","startedAt":"2026-03-01T00:00:00Z","finishedAt":"2026-03-01T00:01:00Z","verdict":"promote","score":5,"action":"auto-promote","level":"ga_ready","hotfixChecks":[],"checks":[],"__proto__":{"invalid":{"reason":"x"}}}`;
    const { records, problems } = decodeJournal(line, 'j');
    expect(problems).toEqual([]);
    const run = records[0]!.kind === 'run' ? records[0]!.run : undefined;
    expect(run?.invalid).toBeUndefined();
    expect(Object.getPrototypeOf(run)).toBe(Object.prototype);
  });
});
