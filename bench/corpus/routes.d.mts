import type { CorpusCase } from './score.mjs';

export const cases: CorpusCase[];
