import { XMLParser } from 'fast-xml-parser';

export type CoverageFormat = 'lcov' | 'cobertura' | 'istanbul';
export type CoverageMetric = 'lines' | 'branches' | 'functions' | 'statements';

export interface CoverageSummary {
  format: CoverageFormat;
  /** Percentages 0–100 per metric the report has. */
  pct: Partial<Record<CoverageMetric, number>>;
}

const round = (n: number) => Math.round(n * 100) / 100;
const pct = (hit: number, found: number) => (found === 0 ? 100 : round((hit / found) * 100));

export function detectFormat(name: string, content: string): CoverageFormat {
  const head = content.trimStart().slice(0, 200);
  if (head.startsWith('{')) return 'istanbul';
  if (head.startsWith('<')) return 'cobertura';
  if (/^(TN:|SF:)/m.test(head) || name.endsWith('.info')) return 'lcov';
  throw new Error('unknown coverage format: expected lcov, Cobertura XML or Istanbul json-summary');
}

export function parseCoverage(content: string, format: CoverageFormat): CoverageSummary {
  if (format === 'lcov') {
    const sum = { LF: 0, LH: 0, BRF: 0, BRH: 0, FNF: 0, FNH: 0 };
    for (const m of content.matchAll(/^(LF|LH|BRF|BRH|FNF|FNH):(\d+)\s*$/gm))
      sum[m[1] as keyof typeof sum] += Number(m[2]);
    if (!/^SF:/m.test(content)) throw new Error('lcov report has no SF: records');
    return {
      format,
      pct: {
        lines: pct(sum.LH, sum.LF),
        ...(sum.BRF ? { branches: pct(sum.BRH, sum.BRF) } : {}),
        ...(sum.FNF ? { functions: pct(sum.FNH, sum.FNF) } : {}),
      },
    };
  }
  if (format === 'cobertura') {
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(content) as Record<
      string,
      Record<string, string>
    >;
    const root = doc.coverage;
    if (!root || root['line-rate'] === undefined)
      throw new Error('Cobertura report has no <coverage line-rate=…> element');
    return {
      format,
      pct: {
        lines: round(Number(root['line-rate']) * 100),
        ...(root['branch-rate'] !== undefined ? { branches: round(Number(root['branch-rate']) * 100) } : {}),
      },
    };
  }
  const doc = JSON.parse(content) as { total?: Record<string, { pct?: number | string }> };
  if (!doc.total) throw new Error('Istanbul json-summary has no "total" entry');
  const out: CoverageSummary['pct'] = {};
  for (const m of ['lines', 'branches', 'functions', 'statements'] as const) {
    const v = doc.total[m]?.pct;
    // Istanbul writes "Unknown" when there is nothing to cover.
    if (v !== undefined) out[m] = typeof v === 'number' ? v : 100;
  }
  return { format, pct: out };
}
