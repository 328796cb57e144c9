import type { CheckOutcome, Finding } from '../../core/types.js';
import { changeFor, rangeLabel, rangeMetrics } from '../changeRange.js';
import { type Located, missingFrom, RouteIndex } from './compare.js';
import { MAX_FILE_BYTES, type Route, routesAt, routesOfRange } from './inventory.js';
import { answers, parseQuery } from './routePath.js';
import { routeSources } from './sources.js';
import { maskKnownTokens } from '../secrets/shapes.js';
import type { CheckContext } from '../types.js';
import type { RoutesSpec } from './spec.js';

const MAX_NOTICES = 50;

const where = (r: Route) => `${r.file}${r.line ? `:${r.line}` : ''}`;
/**
 * A route as findings show it (and the evidence, masked as a whole): a token written into a
 * path (a bot's webhook route) is masked by its shape, since routes are read from all of the
 * code, not only from the lines the secrets check scanned.
 */
const shown = (r: Route): Route => ({ ...r, path: maskKnownTokens(r.path) });

/** What a routes check does when it runs (src/checks/routes/routes.ts is its type). */
export async function runRoutes(spec: RoutesSpec, ctx: CheckContext): Promise<CheckOutcome> {
  const sources = routeSources(spec.presets, spec.custom);
  if (sources.length === 0)
    return {
      status: 'error',
      summary: 'nothing to read routes from: give presets (e.g. [flask]) or custom patterns',
    };
  const several = sources.length > 1;
  // With several frameworks, a finding names the one whose route it is.
  const label = (r: Located) => (several ? ` [${sources[r.source]!.name}]` : '');
  const critical = spec.critical.map(parseQuery);
  const got = await changeFor(ctx);
  if (got.outcome) {
    // Without a base, removals cannot be told; missing critical routes at HEAD still can.
    if (!ctx.change || !critical.length) return got.outcome;
    const now = await routesAt(ctx.change, 'HEAD', sources, ctx.signal)
      .then((inv) => RouteIndex.of(inv, ctx.signal))
      .catch(() => undefined);
    const missing = now ? critical.filter((q) => now.matching(q).length === 0) : [];
    const findings: Finding[] = missing.map((q) => ({
      level: 'failure',
      message: `critical route missing at HEAD: ${q.text}`,
    }));
    return { ...got.outcome, findings };
  }
  const { change, range } = got;
  const { base, head } = await routesOfRange(change, range, sources, ctx.signal);
  ctx.log(`read ${head.filesRead} file(s) at head and ${base.filesRead} changed file(s) at base`);
  const norms = new Map<string, string>();
  const [before, after] = await Promise.all([
    RouteIndex.of(base, ctx.signal, norms),
    RouteIndex.of(head, ctx.signal, norms),
  ]);
  // One route a line, serialized here: thousands of routes as an object would be redacted
  // value by value, blocking the event loop for most of a second; as text they are redacted
  // in one pass (and the seal redacts the file again). Tokens in paths are masked the same
  // way, over the whole text at once: each route on its own line, a token is found as in its
  // path alone, without a pass of every shape for each of thousands of routes.
  const listed = (index: RouteIndex) =>
    index.routes
      .map(({ source, norm: _norm, ...r }) =>
        JSON.stringify(several ? { ...r, framework: sources[source]!.name } : r),
      )
      .join(',\n    ');
  await ctx.evidence.write(
    'routes.json',
    maskKnownTokens(
      `{\n  "range": ${JSON.stringify(rangeLabel(range))},\n  "base": [\n    ${listed(before)}\n  ],\n  "head": [\n    ${listed(after)}\n  ]\n}\n`,
    ),
  );

  const findings: Finding[] = [];
  for (const q of critical) {
    if (after.matching(q).length) continue;
    const was = before.matching(q)[0];
    findings.push({
      level: 'failure',
      message: `critical route missing at head: ${q.text}${was ? ` (was ${was.method} ${shown(was).path} at ${where(was)} in base)` : ' (not in base either)'}`,
      ...(was ? { file: was.file } : {}),
    });
  }
  const criticalMissing = findings.length;
  const ignored = spec.ignoreRemoved.map(parseQuery);
  const removed = (await missingFrom(before, after, ctx.signal)).filter(
    (r) => !ignored.some((q) => answers(r, q)),
  );
  // A removed route is named at the file that declared it; its line is the base's, which the
  // head may no longer have, so it is in the message rather than on the finding.
  for (const r of removed)
    findings.push({
      level: 'warning',
      message: `route removed since base: ${r.method} ${shown(r).path}${label(r)} (was at ${where(r)})`,
      file: r.file,
    });
  for (const f of new Set([...head.tooLarge, ...base.tooLarge]))
    findings.push({
      level: 'warning',
      message: `routes not read: ${f} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`,
      file: f,
    });
  const added = await missingFrom(after, before, ctx.signal);
  for (const r of added.slice(0, MAX_NOTICES))
    findings.push({
      level: 'notice',
      message: `new route: ${r.method} ${shown(r).path}${label(r)}`,
      file: r.file,
      ...(r.line ? { line: r.line } : {}),
    });

  const metrics = {
    ...rangeMetrics(range),
    routesBase: before.routes.length,
    routesHead: after.routes.length,
    added: added.length,
    removed: removed.length,
    critical: critical.length,
    criticalMissing,
    filesReadHead: head.filesRead,
    filesReadBase: base.filesRead,
  };
  const counts = `${after.routes.length} route(s) at head, ${before.routes.length} at base: ${added.length} added, ${removed.length} removed`;
  if (after.routes.length === 0 && before.routes.length === 0)
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
  if (removed.length || head.tooLarge.length || base.tooLarge.length)
    return { status: 'warn', summary: `${counts}${crit}`, findings, metrics };
  return { status: 'pass', summary: `${counts}${crit}`, findings, metrics };
}
