import { z } from 'zod';
import { duration, httpUrl } from '../fields.js';
import { parseDuration } from '../../core/duration.js';
import { errorMessage } from '../../core/errors.js';
import type { CheckOutcome, Finding, Metrics } from '../../core/types.js';
import {
  headersField,
  isConnectionError,
  mergeHeaders,
  ms,
  protectHeaders,
  type RequestTarget,
  requestSettings,
  requestTimeoutField,
  resolveUrl,
  type SentRequest,
  sendAll,
  uniqueNames,
  writeRequestEvidence,
} from './requests.js';
import { defineCheck } from '../types.js';

const budgetSchema = z
  .strictObject({
    p50: duration.optional().describe('Median latency budget'),
    p95: duration.optional().describe('95th percentile latency budget'),
    max: duration.optional().describe('Slowest sample budget'),
  })
  .describe('Latency budgets (time to response headers)');

const fields = z.object({
  base: httpUrl.describe('Base URL of the deployment'),
  pages: z
    .array(
      z.union([
        z.string().min(1),
        z.strictObject({
          path: z.string().describe('Path appended to base'),
          name: z.string().min(1).optional().describe('Name in metrics (default: the path)'),
          budgets: budgetSchema.optional().describe('Budgets for this page, over the check’s budgets'),
        }),
      ]),
    )
    .min(1)
    .describe('Pages to sample: paths, or {path, name, budgets}'),
  samples: z.int().min(1).max(1000).default(10).describe('Measured requests per page'),
  warmup: z
    .int()
    .min(0)
    .max(100)
    .default(1)
    .describe('Requests per page sent first and left out of the figures'),
  concurrency: z.int().min(1).max(64).default(4).describe('Requests in flight at once, across all pages'),
  budgets: budgetSchema.optional().describe('Latency budgets for every page (time to response headers)'),
  requestTimeout: requestTimeoutField,
  headers: headersField,
});

type Spec = z.infer<typeof fields>;
type BudgetKey = 'p50' | 'p95' | 'max';
type Budgets = Partial<Record<BudgetKey, number>>;

interface Page {
  target: RequestTarget;
  budgets: Budgets;
}

/** Nearest-rank percentile (p in 0–100) of the values; undefined for none. */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

function budgetsOf(spec: Spec['budgets'], where: string): Budgets {
  const out: Budgets = {};
  for (const key of ['p50', 'p95', 'max'] as const) {
    const v = spec?.[key];
    if (v === undefined) continue;
    const n = parseDuration(v);
    if (n === undefined) throw new Error(`${where}.${key}: "${v}" is not a duration`);
    out[key] = n;
  }
  return out;
}

function plan(spec: Spec): Page[] {
  const shared = budgetsOf(spec.budgets, 'budgets');
  const pages = spec.pages.map((p, i) => {
    const page = typeof p === 'string' ? { path: p } : p;
    let url: string;
    try {
      url = resolveUrl(spec.base, page.path);
    } catch (err) {
      throw new Error(`pages[${i}]: ${errorMessage(err)}`);
    }
    const label = page.path === '' ? '/' : page.path;
    const own = 'budgets' in page ? budgetsOf(page.budgets, `pages[${i}].budgets`) : {};
    const target: RequestTarget = {
      name: page.name ?? label,
      label,
      method: 'GET',
      url,
      headers: mergeHeaders(spec.headers),
    };
    return { target, budgets: { ...shared, ...own } };
  });
  const names = uniqueNames(pages.map((p) => p.target.name));
  pages.forEach((p, i) => {
    p.target.name = names[i]!;
  });
  return pages;
}

const succeeded = (s: SentRequest): boolean =>
  s.response !== undefined && s.response.status >= 200 && s.response.status < 400;

function failureReasons(failed: SentRequest[]): string {
  const counts = new Map<string, number>();
  for (const s of failed) {
    const why = s.response ? `status ${s.response.status}` : (s.error?.kind ?? 'error');
    counts.set(why, (counts.get(why) ?? 0) + 1);
  }
  return [...counts].map(([why, n]) => `${why} ×${n}`).join(', ');
}

export const performanceCheck = defineCheck({
  type: 'performance',
  description:
    'Samples pages of a live deployment and checks latency percentiles (p50, p95, max) against budgets',
  defaults: { category: 'ops', enforcement: 'scored' },
  fields,
  async run(spec, ctx): Promise<CheckOutcome> {
    let pages: Page[];
    try {
      pages = plan(spec);
    } catch (err) {
      return { status: 'error', summary: `bad performance check: ${errorMessage(err)}` };
    }
    for (const p of pages) protectHeaders(p.target.headers, ctx);
    const settings = requestSettings({ requestTimeout: spec.requestTimeout }, ctx);
    const warm = await sendAll(
      pages.flatMap((p) => Array.from({ length: spec.warmup }, () => p.target)),
      settings,
      ctx,
      spec.concurrency,
    );
    // Round-robin over pages, so a slow moment of the server is shared rather than hitting one page.
    const order = Array.from({ length: spec.samples }, () => pages.map((_, i) => i)).flat();
    const measured = await sendAll(
      order.map((i) => pages[i]!.target),
      settings,
      ctx,
      spec.concurrency,
    );
    const byPage = pages.map((_, i) => measured.filter((_, k) => order[k] === i));

    const findings: Finding[] = [];
    const metrics: Metrics = {};
    const scores: number[] = [];
    const evidence = pages.map((page, i) => {
      const all = byPage[i]!;
      const ok = all.filter(succeeded);
      const failed = all.filter((s) => !succeeded(s));
      const latencies = ok.map((s) => s.response!.latencyMs);
      const label = `${page.target.method} ${page.target.label}`;
      const figures: Record<BudgetKey | 'mean', number | undefined> = {
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        max: percentile(latencies, 100),
        mean: latencies.length ? latencies.reduce((a, b) => a + b, 0) / latencies.length : undefined,
      };
      for (const key of ['p50', 'p95', 'max', 'mean'] as const) {
        const v = figures[key];
        metrics[`${page.target.name}.${key}`] = v === undefined ? null : round1(v);
      }
      metrics[`${page.target.name}.errors`] = failed.length;
      if (failed.length > 0) {
        findings.push({
          level: 'failure',
          message: `${label}: ${failed.length} of ${all.length} samples failed (${failureReasons(failed)})`,
        });
        // A page that never answered well is down, not slow.
        scores.push(ok.length === 0 ? 1 : 3);
      }
      for (const key of ['p95', 'max', 'p50'] as const) {
        const budget = page.budgets[key];
        const got = figures[key];
        if (budget === undefined || got === undefined || got <= budget) continue;
        findings.push({
          level: 'failure',
          message: `${label}: ${key} ${ms(got)} over budget ${ms(budget)} (${latencies.length} samples)`,
        });
        scores.push(key === 'p50' ? 2 : 3);
      }
      return {
        name: page.target.name,
        url: page.target.url,
        budgetsMs: page.budgets,
        latenciesMs: latencies,
        failures: failed.map((s) => ({ status: s.record.status, error: s.record.error })),
        ...Object.fromEntries(
          Object.entries(figures).map(([k, v]) => [k, v === undefined ? null : round1(v)]),
        ),
      };
    });

    // Evidence: every record, but body excerpts only where they tell something (first per page, failures).
    const seen = new Set<string>();
    const records = [...warm, ...measured].map((s) => {
      const keep = !succeeded(s) || !seen.has(s.target.name);
      seen.add(s.target.name);
      return keep ? s.record : { ...s.record, bodyExcerpt: '' };
    });
    await writeRequestEvidence(ctx, records);
    await ctx.evidence.write('samples.json', { samples: spec.samples, warmup: spec.warmup, pages: evidence });

    if (measured.every(isConnectionError)) {
      const first = measured[0]!.error!.message;
      return { status: 'error', summary: `${first} (every sample failed)`, findings, metrics };
    }
    if (findings.length === 0) {
      let slowest = 0;
      let slowestPage = pages[0]!;
      pages.forEach((p, i) => {
        const p95 = percentile(
          byPage[i]!.map((s) => s.response!.latencyMs),
          95,
        )!;
        if (p95 >= slowest) [slowest, slowestPage] = [p95, p];
      });
      const within = pages.some((p) => Object.keys(p.budgets).length > 0) ? ', within budget' : '';
      return {
        status: 'pass',
        score: 5,
        summary: `${pages.length} page(s) × ${spec.samples} samples ok${within}; slowest p95 ${ms(slowest)} (${slowestPage.target.label})`,
        findings,
        metrics,
      };
    }
    return {
      status: 'fail',
      score: Math.min(...scores),
      summary:
        findings.length === 1
          ? findings[0]!.message
          : `${findings.length} problems, first: ${findings[0]!.message}`,
      findings,
      metrics,
    };
  },
});
