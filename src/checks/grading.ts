import { z } from 'zod';

/** Score tiers for checks made of many parts (pages, tests): the first tier that fits gives the score. */
export const gradingSchema = z
  .array(
    z.strictObject({
      maxFailures: z.int().min(0).optional().describe('At most this many parts failed'),
      minPassRatio: z.number().min(0).max(1).optional().describe('At least this share of parts passed'),
      score: z.int().min(1).max(5),
    }),
  )
  .min(1)
  .describe(
    'Score tiers, first match wins, e.g. [{maxFailures: 0, score: 5}, {maxFailures: 1, score: 4}, {score: 1}]',
  );

export type Grading = z.infer<typeof gradingSchema>;

/** Page rule: all → 5, all but one → 4, at least half → 3, else 1. */
export const PAGES_GRADING: Grading = [
  { maxFailures: 0, score: 5 },
  { maxFailures: 1, score: 4 },
  { minPassRatio: 0.5, score: 3 },
  { score: 1 },
];

/** Test rule: green → 5, up to 3 failures → 3, more → 2. */
export const TESTS_GRADING: Grading = [
  { maxFailures: 0, score: 5 },
  { maxFailures: 3, score: 3 },
  { score: 2 },
];

/** When every part failed, the last (lowest) tier applies: one page of one down is not "all but one". */
export function grade(grading: Grading, failed: number, total: number): number {
  if (total > 0 && failed >= total) return grading[grading.length - 1]!.score;
  const passRatio = total === 0 ? 1 : (total - failed) / total;
  for (const tier of grading) {
    if (tier.maxFailures !== undefined && failed > tier.maxFailures) continue;
    if (tier.minPassRatio !== undefined && passRatio < tier.minPassRatio) continue;
    return tier.score;
  }
  return 1;
}
