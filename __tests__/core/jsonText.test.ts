import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonPieces } from '../../src/core/jsonText.js';

const joined = (v: unknown) => [...jsonPieces(v)].join('');

/**
 * Any UTF-16 text made from code points, often ASCII (control characters, quotes, backslashes) or
 * a lone surrogate. Not fast-check's own `binary` unit: it keeps a table of every character it has
 * made for the life of the process (1.1 million strings, about 100 MB), which the files run after
 * this one in the same worker would carry.
 */
const anyText = fc.string({
  unit: fc
    .oneof(
      fc.integer({ min: 0, max: 0x7f }),
      fc.integer({ min: 0xd800, max: 0xdfff }),
      fc.integer({ min: 0, max: 0x10ffff }),
    )
    .map((cp) => String.fromCodePoint(cp)),
});

/** Values of every kind JSON.stringify treats apart: skipped members, toJSON, boxed primitives, odd keys. */
const member: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(undefined),
  fc.constant(() => 1),
  fc.constant(Symbol('s')),
  fc.constant(Number.NaN),
  fc.constant(-0),
  fc.constant(Number.POSITIVE_INFINITY),
  fc.date({ noInvalidDate: true }),
  fc.constant(new Date(Number.NaN)),
  // JSON.stringify unboxes these; so must the pieces.
  fc.constant(new Number(4)),
  fc.constant(new String('boxed "text"')),
  fc.constant({ toJSON: (key: string) => ({ key }) }),
  anyText,
);
const value = fc.letrec((tie) => ({
  any: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue(),
    member,
    fc.array(tie('any'), { maxLength: 6 }),
    fc.dictionary(anyText, tie('any'), { maxKeys: 6 }),
  ),
})).any;

describe('jsonPieces', () => {
  it('joined, is exactly what JSON.stringify writes, for any value', () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(joined(v)).toBe(JSON.stringify(v) ?? '');
      }),
      { numRuns: 2000 },
    );
  });

  it('joined, is what JSON.stringify writes for long arrays of every kind of element', () => {
    // Every kind but a toJSON that reads its key: within a slice it is given its index there.
    const element = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.date(),
      fc.constant(undefined),
      fc.constant(() => 1),
    );
    fc.assert(
      fc.property(fc.array(element, { minLength: 500, maxLength: 1_600 }), (list) => {
        expect(joined({ list, nested: [list] })).toBe(JSON.stringify({ list, nested: [list] }));
      }),
      { numRuns: 40 },
    );
  });

  it('cuts a long array into slices at any depth, and the slices join to the same text', () => {
    const points = Array.from({ length: 2_000 }, (_, i) => ({
      runId: `run-${i}`,
      at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
      value: i % 3 === 0 ? undefined : i / 7,
      note: i % 5 === 0 ? () => 'dropped' : `"quoted" \u2028 ${i}`,
    }));
    const review = {
      metrics: [
        { check: 'bench', series: points },
        { check: 'empty', series: [] },
      ],
      runList: points.map((p) => [p.runId, p.value]),
      nested: [[[points]]],
    };
    const pieces = [...jsonPieces(review)];
    expect(pieces.join('')).toBe(JSON.stringify(review));
    // No piece holds a whole series: the file is written as it is made.
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(JSON.stringify(points).length / 2);
  });

  it('throws on a cycle, as JSON.stringify does, instead of writing forever', () => {
    const a: Record<string, unknown> = { x: 1 };
    a.self = { back: [a] };
    expect(() => joined(a)).toThrow(TypeError);
    // The same object twice, not inside itself, is no cycle.
    const shared = { y: 2 };
    expect(joined({ a: shared, b: [shared, shared] })).toBe(
      JSON.stringify({ a: shared, b: [shared, shared] }),
    );
  });

  it('nests far deeper than the call stack allows', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = i % 2 ? [deep] : { d: deep };
    const text = joined(deep);
    expect(text.length).toBe(1 + 100_000 * 2 + 50_000 * 4);
    expect(text.startsWith('[{"d":[{"d":')).toBe(true);
  });

  it('throws on a BigInt, as JSON.stringify does', () => {
    expect(() => joined({ n: 1n })).toThrow(TypeError);
  });
});
