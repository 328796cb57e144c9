import { describe, expect, it } from 'vitest';
import { cases } from '../../bench/corpus/dependencies.mjs';
import { type CorpusCase, useCorpus } from './score.js';

const all: CorpusCase[] = cases;

describe('dependencies corpus', () => {
  const corpus = useCorpus('dependencies', all);

  it('has unique ids, planted cases and decoys, and every planted case expects a finding', () => {
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
    expect(all.filter((c) => c.planted).length).toBeGreaterThanOrEqual(40);
    expect(all.filter((c) => !c.planted).length).toBeGreaterThanOrEqual(25);
    for (const c of all) expect(c.planted).toBe((c.expect ?? []).length > 0);
  });

  it.concurrent.each(all.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const score = await corpus.run(c);
    expect(score.result.status, score.result.summary).not.toBe('error');
    expect({
      missed: score.falseNegatives,
      falseAlarms: score.falsePositives.map((f) => `${f.file}:${f.line} ${f.message}`),
    }).toEqual({ missed: [], falseAlarms: [] });
  });
});
