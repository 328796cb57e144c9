import { z } from 'zod';
import { regex } from '../fields.js';
import type { CheckOutcome, Finding } from '../../core/types.js';
import { changeFor, rangeLabel, rangeMetrics } from '../changeRange.js';
import { matching, parseQuery, type Route, type RouteSource, routesAt } from './inventory.js';
import { PRESET_IDS, PRESETS } from './presets.js';
import { maskKnownTokens } from '../secrets/shapes.js';
import { defineCheck } from '../types.js';

const MAX_NOTICES = 50;

const presetEntry = z.union([
  z.enum(PRESET_IDS),
  z.strictObject({
    preset: z.enum(PRESET_IDS),
    paths: z
      .array(z.string().min(1))
      .optional()
      .describe('Globs of the files it reads (default: the preset’s own)'),
    exclude: z.array(z.string().min(1)).optional(),
    prefix: z
      .string()
      .optional()
      .describe('URL prefix the routes are mounted under (blueprint, router prefix)'),
  }),
]);

const customEntry = z.strictObject({
  pattern: regex.describe(
    'Regex with a named group `path` (and optionally `method`), matched against each line',
  ),
  paths: z.array(z.string().min(1)).min(1).describe('Globs of the files to read'),
  exclude: z.array(z.string().min(1)).default([]),
  grep: z.string().optional().describe('POSIX ERE prefilter for git grep (speed); default: every line'),
  method: z.string().default('ANY').describe('Method when the pattern has no `method` group'),
  prefix: z.string().default(''),
});

const routeQuery = z.string().superRefine((s, ctx) => {
  if (!/^\s*(?:[A-Za-z]+\s+)?\/\S*\s*$/.test(s))
    ctx.addIssue({
      code: 'custom',
      message: `expected "/path" or "METHOD /path" (optionally ending in *), got "${s}"`,
    });
});

function sourcesOf(spec: {
  presets: z.infer<typeof presetEntry>[];
  custom: z.infer<typeof customEntry>[];
}): RouteSource[] {
  const out: RouteSource[] = [];
  for (const p of spec.presets) {
    const o = typeof p === 'string' ? { preset: p } : p;
    const base = PRESETS[o.preset];
    out.push({
      ...base,
      name: o.preset,
      paths: o.paths ?? base.paths,
      exclude: o.exclude ?? base.exclude,
      prefix: o.prefix ?? '',
    });
  }
  for (const c of spec.custom) {
    const re = new RegExp(c.pattern);
    out.push({
      kind: 'lines',
      name: 'custom',
      paths: c.paths,
      exclude: c.exclude,
      grep: [c.grep ?? ''],
      prefix: c.prefix,
      extract: (line) => {
        const m = re.exec(line);
        return m?.groups?.path ? [{ method: m.groups.method ?? c.method, path: m.groups.path }] : [];
      },
    });
  }
  return out;
}

const where = (r: Route) => `${r.file}${r.line ? `:${r.line}` : ''}`;
/**
 * A route as findings and evidence show it: a token written into a path (a bot's webhook
 * route) is masked by its shape, since routes are read from all of the code, not only from the
 * lines the secrets check scanned.
 */
const shown = (r: Route): Route => ({ ...r, path: maskKnownTokens(r.path) });

export const routesCheck = defineCheck({
  type: 'routes',
  description:
    'Routes extracted from the code at base and head: a missing critical route fails; a removed route warns',
  defaults: { category: 'ops', enforcement: 'scored' },
  fields: z.object({
    presets: z
      .array(presetEntry)
      .default([])
      .describe(`Frameworks to read routes from: ${PRESET_IDS.join(', ')}`),
    custom: z.array(customEntry).default([]).describe('Extra route patterns'),
    critical: z
      .array(routeQuery)
      .default([])
      .describe('Routes that must exist at head: "GET /", "/health", "POST /cron/*"'),
    ignoreRemoved: z.array(routeQuery).default([]).describe('Routes whose removal is expected (no warning)'),
  }),
  async run(spec, ctx): Promise<CheckOutcome> {
    const sources = sourcesOf(spec);
    if (sources.length === 0)
      return {
        status: 'error',
        summary: 'nothing to read routes from: give presets (e.g. [flask]) or custom patterns',
      };
    const critical = spec.critical.map(parseQuery);
    const got = await changeFor(ctx);
    if (got.outcome) {
      // Without a base, removals cannot be told; missing critical routes at HEAD still can.
      if (!ctx.change || !critical.length) return got.outcome;
      const now = await routesAt(ctx.change, 'HEAD', sources, ctx.signal).catch(() => undefined);
      const missing = now ? critical.filter((q) => matching(now.values(), q).length === 0) : [];
      const findings: Finding[] = missing.map((q) => ({
        level: 'failure',
        message: `critical route missing at HEAD: ${q.text}`,
      }));
      return { ...got.outcome, findings };
    }
    const { change, range } = got;
    const [before, after] = await Promise.all([
      routesAt(change, range.base, sources, ctx.signal),
      routesAt(change, range.head, sources, ctx.signal),
    ]);
    await ctx.evidence.write('routes.json', {
      range: rangeLabel(range),
      base: [...before.values()].map(shown),
      head: [...after.values()].map(shown),
    });
    const findings: Finding[] = [];
    for (const q of critical) {
      if (matching(after.values(), q).length) continue;
      const was = matching(before.values(), q)[0];
      findings.push({
        level: 'failure',
        message: `critical route missing at head: ${q.text}${was ? ` (was ${was.method} ${shown(was).path} at ${where(was)} in base)` : ' (not in base either)'}`,
      });
    }
    const criticalMissing = findings.length;
    const ignored = spec.ignoreRemoved.map(parseQuery);
    const removed = [...before.values()].filter((r) => {
      const q = parseQuery(`${r.method === 'ANY' ? '' : r.method} ${r.path}`);
      return matching(after.values(), q).length === 0 && !ignored.some((i) => matching([r], i).length);
    });
    for (const r of removed)
      findings.push({
        level: 'warning',
        message: `route removed since base: ${r.method} ${shown(r).path} (was at ${where(r)})`,
      });
    const added = [...after.values()].filter(
      (r) => !matching(before.values(), parseQuery(`${r.method === 'ANY' ? '' : r.method} ${r.path}`)).length,
    );
    for (const r of added.slice(0, MAX_NOTICES))
      findings.push({
        level: 'notice',
        message: `new route: ${r.method} ${shown(r).path}`,
        file: r.file,
        ...(r.line ? { line: r.line } : {}),
      });

    const metrics = {
      ...rangeMetrics(range),
      routesBase: before.size,
      routesHead: after.size,
      added: added.length,
      removed: removed.length,
      critical: critical.length,
      criticalMissing,
    };
    const counts = `${after.size} route(s) at head, ${before.size} at base: ${added.length} added, ${removed.length} removed`;
    if (after.size === 0 && before.size === 0)
      return {
        status: 'error',
        summary: `no routes found at base or head with ${sources.map((s) => s.name).join(', ')} — check the presets and paths`,
        findings,
        metrics,
      };
    if (criticalMissing)
      return {
        status: 'fail',
        score: 2,
        summary: `${criticalMissing} critical route(s) missing: ${findings[0]!.message.replace('critical route missing at head: ', '')}; ${counts}`,
        findings,
        metrics,
      };
    const crit = critical.length ? `; all ${critical.length} critical route(s) present` : '';
    if (removed.length) return { status: 'warn', summary: `${counts}${crit}`, findings, metrics };
    return { status: 'pass', summary: `${counts}${crit}`, findings, metrics };
  },
});
