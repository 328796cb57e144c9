import { describe, expect, it } from 'vitest';
import { cases } from '../../bench/corpus/secrets.mjs';
import { type CorpusCase, useCorpus } from './score.js';

const all = cases as CorpusCase[];
const planted = all.filter((c) => c.planted);
const decoys = all.filter((c) => !c.planted);

describe('secrets corpus', () => {
  const corpus = useCorpus('secrets', all);

  it('plants at least 91 secrets of 43 kinds, each at its file and line, beside at least 84 decoys', () => {
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
    for (const c of all) expect(c.planted, c.id).toBe((c.expect ?? []).length > 0);
    const expected = planted.flatMap((c) => c.expect ?? []);
    expect(expected.length).toBeGreaterThanOrEqual(91);
    for (const e of expected) expect(e.line, e.file).toBeGreaterThan(0);
    // A kind is the finding's title the case expects (`match`).
    expect(new Set(expected.map((e) => e.match)).size).toBeGreaterThanOrEqual(43);
    const decoyLines = decoys.flatMap((c) =>
      Object.values(c.head).flatMap((t) => (t ?? '').split('\n').filter((l) => l.trim())),
    );
    expect(decoyLines.length).toBeGreaterThanOrEqual(84);
  });

  it.concurrent.each(all.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const score = await corpus.run(c);
    expect(score.result.status).not.toBe('error');
    expect({
      missed: score.falseNegatives,
      falseAlarms: score.falsePositives.map((f) => `${f.file}:${f.line} ${f.message}`),
    }).toEqual({ missed: [], falseAlarms: [] });
  });
});
