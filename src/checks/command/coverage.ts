import { hereOrOnThread } from '../../adapters/threads.js';
import { attributesOf, readXml, xmlReader } from '../xml.js';

export type CoverageFormat = 'lcov' | 'cobertura' | 'istanbul';
export type CoverageMetric = 'lines' | 'branches' | 'functions' | 'statements';
const METRICS = ['lines', 'branches', 'functions', 'statements'] as const;

export interface CoverageSummary {
  format: CoverageFormat;
  /** Percentages 0–100 per metric the report measured. */
  pct: Partial<Record<CoverageMetric, number>>;
  /**
   * Why a metric has no figure. Nothing measured is not 100%: a report of zero lines proves
   * nothing, so the check cannot pass on it.
   */
  noData: Partial<Record<CoverageMetric, string>>;
}

const round = (n: number) => Math.round(n * 100) / 100;

export function detectFormat(name: string, content: string): CoverageFormat {
  const head = content.trimStart().slice(0, 200);
  if (head.startsWith('{')) return 'istanbul';
  if (head.startsWith('<')) return 'cobertura';
  if (/^(TN:|SF:)/m.test(head) || name.endsWith('.info')) return 'lcov';
  throw new Error('unknown coverage format: expected lcov, Cobertura XML or Istanbul json-summary');
}

const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}...` : s);

type Tally = { found: number; hit: number };
const LCOV_TOTALS = { lines: ['LF', 'LH'], branches: ['BRF', 'BRH'], functions: ['FNF', 'FNH'] } as const;

/**
 * lcov: per record (SF … end_of_record) the LF/LH, BRF/BRH and FNF/FNH totals, or, where a tool
 * wrote no totals, the DA and BRDA lines they summarise. A line that cannot be read is an error:
 * a report that is partly garbage cannot be trusted for the rest.
 */
function parseLcov(content: string): CoverageSummary {
  const total: Record<keyof typeof LCOV_TOTALS, Tally> = {
    lines: { found: 0, hit: 0 },
    branches: { found: 0, hit: 0 },
    functions: { found: 0, hit: 0 },
  };
  let records = 0;
  let rec: Map<string, number> | undefined;
  const detail = { DA: { found: 0, hit: 0 }, BRDA: { found: 0, hit: 0 } };
  const close = (at: number) => {
    if (!rec) return;
    const counted = { lines: detail.DA, branches: detail.BRDA, functions: { found: 0, hit: 0 } };
    for (const m of ['lines', 'branches', 'functions'] as const) {
      const [f, h] = LCOV_TOTALS[m];
      const found = rec.get(f) ?? counted[m].found;
      const hit = rec.get(h) ?? counted[m].hit;
      if (hit > found)
        throw new Error(`lcov record ending at line ${at}: ${h}:${hit} is more than ${f}:${found}`);
      total[m].found += found;
      total[m].hit += hit;
    }
    rec = undefined;
  };
  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.trim();
    if (!text) continue;
    const colon = text.indexOf(':');
    const key = colon < 0 ? text : text.slice(0, colon);
    const value = colon < 0 ? '' : text.slice(colon + 1);
    const bad = () => new Error(`lcov line ${i + 1}: unreadable ${key} record "${clip(text)}"`);
    if (key === 'SF') {
      close(i);
      records++;
      rec = new Map();
      detail.DA = { found: 0, hit: 0 };
      detail.BRDA = { found: 0, hit: 0 };
    } else if (key === 'end_of_record') close(i + 1);
    else if (key === 'DA') {
      const m = /^\d+,(-?\d+)(?:,\S*)?$/.exec(value);
      if (!m || !rec) throw bad();
      detail.DA.found++;
      if (Number(m[1]) > 0) detail.DA.hit++;
    } else if (key === 'BRDA') {
      const m = /^\d+,.*,(-|\d+)$/.exec(value);
      if (!m || !rec) throw bad();
      detail.BRDA.found++;
      if (m[1] !== '-' && Number(m[1]) > 0) detail.BRDA.hit++;
    } else if (['LF', 'LH', 'BRF', 'BRH', 'FNF', 'FNH'].includes(key)) {
      if (!/^\d+$/.test(value) || !rec) throw bad();
      rec.set(key, Number(value));
    }
    // TN, VER, FN, FNDA, FNL, FNA… carry nothing the totals need.
  }
  close(lines.length);
  if (records === 0) throw new Error('lcov report has no SF: records');
  const pct: CoverageSummary['pct'] = {};
  const noData: CoverageSummary['noData'] = {
    statements: 'lcov reports lines, branches and functions, not statements',
  };
  for (const m of ['lines', 'branches', 'functions'] as const) {
    const t = total[m];
    if (t.found > 0) pct[m] = round((t.hit / t.found) * 100);
    else
      noData[m] =
        `no ${m === 'lines' ? 'line' : m === 'branches' ? 'branch' : 'function'} data in ${records} record(s) (${LCOV_TOTALS[m][0]} is 0 or absent)`;
  }
  return { format: 'lcov', pct, noData };
}

const NO_ROOT = 'Cobertura report has no <coverage line-rate=…> element';

/**
 * Cobertura: the rates and counts on <coverage>; where it gives no lines-valid, the <line>
 * elements inside it are counted.
 */
async function parseCobertura(content: string): Promise<CoverageSummary> {
  const parser = await xmlReader();
  let root: Readonly<Record<string, string>> | undefined;
  let depth = 0;
  let lineElements = 0;
  parser.on('opentag', (tag) => {
    if (depth++ > 0) {
      if (tag.name === 'line') lineElements++;
    } else if (tag.name === 'coverage') root = attributesOf(tag.attributes);
    else throw new Error(NO_ROOT);
  });
  parser.on('closetag', () => void depth--);
  try {
    readXml(parser, content);
  } catch (err) {
    // A document with no element at all is no report either.
    if (root === undefined) throw new Error(NO_ROOT);
    throw err;
  }
  if (root?.['line-rate'] === undefined) throw new Error(NO_ROOT);
  const attrs = root;
  const rate = (attr: string): number => {
    const text = attrs[attr];
    const n = text !== undefined && text !== '' ? Number(text) : Number.NaN;
    if (!Number.isFinite(n) || n < 0 || n > 1)
      throw new Error(`Cobertura ${attr}="${clip(String(text))}" is not a rate between 0 and 1`);
    return round(n * 100);
  };
  const count = (attr: string): number | undefined => {
    const text = attrs[attr];
    if (text === undefined) return undefined;
    const n = text !== '' ? Number(text) : Number.NaN;
    if (!Number.isInteger(n) || n < 0) throw new Error(`Cobertura ${attr}="${clip(text)}" is not a count`);
    return n;
  };
  const pct: CoverageSummary['pct'] = {};
  const noData: CoverageSummary['noData'] = {
    functions: 'Cobertura reports lines and branches only',
    statements: 'Cobertura reports lines and branches only',
  };
  const lines = count('lines-valid') ?? lineElements;
  if (lines > 0) pct.lines = rate('line-rate');
  else
    noData.lines =
      attrs['lines-valid'] !== undefined
        ? 'lines-valid="0": no line was measured'
        : 'the report has no lines-valid and no <line> element';
  const branches = count('branches-valid');
  if (branches === 0) noData.branches = 'branches-valid="0": no branch was measured';
  else if (attrs['branch-rate'] !== undefined) pct.branches = rate('branch-rate');
  else noData.branches = 'the report has no branch-rate';
  return { format: 'cobertura', pct, noData };
}

function parseIstanbul(content: string): CoverageSummary {
  const doc = JSON.parse(content) as { total?: Record<string, { total?: unknown; pct?: unknown }> };
  if (!doc || typeof doc.total !== 'object' || doc.total === null)
    throw new Error('Istanbul json-summary has no "total" entry');
  const pct: CoverageSummary['pct'] = {};
  const noData: CoverageSummary['noData'] = {};
  for (const m of METRICS) {
    const entry = Object.hasOwn(doc.total, m) ? doc.total[m] : undefined;
    const v = entry?.pct;
    if (entry === undefined || v === undefined) noData[m] = `total.${m} is absent`;
    // Istanbul writes "Unknown" when there is nothing to cover.
    else if (entry.total === 0 || v === 'Unknown') noData[m] = `total.${m} counts nothing (total 0)`;
    else if (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 100) pct[m] = v;
    else throw new Error(`Istanbul total.${m}.pct is ${clip(JSON.stringify(v))}, not a percentage`);
  }
  return { format: 'istanbul', pct, noData };
}

export async function parseCoverage(content: string, format: CoverageFormat): Promise<CoverageSummary> {
  if (format === 'lcov') return parseLcov(content);
  if (format === 'cobertura') return await parseCobertura(content);
  return parseIstanbul(content);
}

/** From this size a report is parsed on a thread of its own (≈50 ms of parsing here). */
const THREAD_FROM = 4 * 1024 * 1024;

/** A job thread's side of `readCoverage`. */
export function parseCoverageJob(input: unknown): Promise<CoverageSummary> {
  const { content, format } = input as { content: string; format: CoverageFormat };
  return parseCoverage(content, format);
}

/** `parseCoverage`, on a thread when the report is large: the main thread stays free meanwhile. */
export function readCoverage(
  content: string,
  format: CoverageFormat,
  signal?: AbortSignal,
): Promise<CoverageSummary> {
  return hereOrOnThread(
    content.length,
    THREAD_FROM,
    { kind: 'coverage', input: { content, format } },
    () => parseCoverage(content, format),
    signal,
  );
}
