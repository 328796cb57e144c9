export interface Expected {
  file: string;
  line?: number;
  match?: string;
}
/** One planted risk or decoy (see README.md). */
export interface CorpusCase {
  id: string;
  planted: boolean;
  note?: string;
  spec?: Record<string, unknown>;
  base?: Record<string, string>;
  head: Record<string, string | null>;
  expect?: Expected[];
}
export interface ScoredFinding {
  file?: string;
  line?: number;
  level: string;
  message: string;
}
export function scoreFindings<F extends ScoredFinding>(
  c: { planted: boolean; expect?: Expected[] },
  findings: readonly F[],
): { truePositives: number; falseNegatives: Expected[]; falsePositives: F[] };
