import { globPathspecs } from '../../change/pathspec.js';
import type { CheckOutcome } from '../../core/types.js';
import { changeFor, rangeLabel, rangeMetrics } from '../changeRange.js';
import type { CheckContext } from '../types.js';
import type { DependenciesSpec } from './spec.js';
import { diffDeps, diffDirectives } from './diff.js';
import { changesEvidence } from './evidence.js';
import { MAX_DEP_FILE_BYTES } from './json.js';
import { depFileType } from './lockfiles.js';
import { Pacer } from './pace.js';
import { type Change, clean, type DirectiveChange, judge, tally } from './rules.js';
import type { DepFileType, ParsedFile } from './types.js';

/** What a dependencies check does when it runs (src/checks/dependencies/dependencies.ts is its type). */
export async function runDependencies(spec: DependenciesSpec, ctx: CheckContext): Promise<CheckOutcome> {
  const got = await changeFor(ctx);
  if (got.outcome) return got.outcome;
  const { change, range } = got;
  const files = await change.files({
    paths: spec.paths.length || spec.exclude.length ? globPathspecs(spec.paths, spec.exclude) : undefined,
    signal: ctx.signal,
  });
  const pace = new Pacer(ctx.signal);
  const changes: Change[] = [];
  const directives: DirectiveChange[] = [];
  const problems: string[] = [];
  let read = 0;
  for (const f of files) {
    const type = depFileType(f.path);
    if (!type) continue;
    read++;
    // Each file is its own slice of work: other checks run between two files.
    await pace.turn();
    const parse = async (rev: string, path: string, side: string): Promise<ParsedFile> => {
      const where = `${path} at ${side} (${rev.slice(0, 7)})`;
      let text: string | undefined;
      try {
        text = await change.read(rev, path, { signal: ctx.signal, maxBytes: MAX_DEP_FILE_BYTES });
      } catch (err) {
        if (ctx.signal.aborted) throw err;
        const message = (err as Error).message;
        problems.push(
          /printed more than/.test(message)
            ? `${where}: larger than the ${MAX_DEP_FILE_BYTES / 1024 / 1024} MiB this check reads of one file`
            : `${where}: ${clean(message)}`,
        );
        return { deps: [] };
      }
      if (text === undefined) return { deps: [] };
      return parseFile(type, text, pace, ctx.signal, (message) =>
        // A parser's message may quote the file (Node's JSON errors do): masked like the rest.
        problems.push(`${where}: ${clean(message)}`),
      );
    };
    const before = f.status === 'A' ? { deps: [] } : await parse(range.base, f.oldPath ?? f.path, 'base');
    const after = f.status === 'D' ? { deps: [] } : await parse(range.head, f.path, 'head');
    const common = { file: f.path, ecosystem: type.ecosystem };
    for (const d of await diffDeps(before.deps, after.deps, pace))
      changes.push({ ...d, ...common, manifest: type.kind === 'manifest' });
    for (const d of diffDirectives(before.directives ?? [], after.directives ?? []))
      directives.push({ ...d, ...common });
  }
  const evidence = await changesEvidence(rangeLabel(range), changes, directives, problems, pace);
  await ctx.evidence.write('changes.json', evidence);

  const judged = await judge(changes, directives, spec, pace);
  const { findings, violations } = judged;
  const counts = new Map<string, number>();
  for (const c of changes) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
  const count = (k: string) => counts.get(k) ?? 0;
  const metrics = {
    ...rangeMetrics(range),
    dependencyFiles: read,
    changes: changes.length,
    added: count('added'),
    removed: count('removed'),
    upgraded: count('upgraded'),
    downgraded: count('downgraded'),
    changed: count('changed'),
    ...judged.metrics,
    directives: directives.length,
    evidenceOmitted: evidence.omitted,
    violations,
  };
  for (const p of problems) findings.unshift({ level: 'failure', message: `cannot parse ${p}` });
  if (problems.length)
    return {
      status: 'error',
      summary: `cannot read ${problems.length} dependency file(s): ${problems[0]}`,
      findings,
      metrics,
    };
  if (changes.length === 0 && directives.length === 0)
    return {
      status: 'pass',
      summary: `no dependency changes in ${rangeLabel(range)} (${read} dependency file(s) touched)`,
      metrics,
    };
  const fileCount = new Set([...changes.map((c) => c.file), ...directives.map((d) => d.file)]).size;
  const what = [
    changes.length ? `${changes.length} dependency change(s)` : '',
    directives.length ? `${directives.length} setting(s) of dependency files` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  const detail = `${what} in ${fileCount} file(s)${changes.length ? `: ${tally(changes)}` : ''}`;
  if (violations > 0) {
    const first = findings.find((f) => f.level === 'failure')!;
    return {
      status: 'fail',
      score: judged.severe ? 1 : 2,
      summary: `${violations} policy violation(s), first: ${first.message}; ${detail}`,
      findings,
      metrics,
    };
  }
  // Any change is worth a look (4), never a pass.
  return {
    status: 'warn',
    score: 4,
    summary: `${detail} — review for supply-chain risk`,
    findings,
    metrics,
  };
}

/** Parses one revision of a file; a file that cannot be read is a problem, never an empty one. */
async function parseFile(
  type: DepFileType,
  text: string,
  pace: Pacer,
  signal: AbortSignal,
  problem: (message: string) => void,
): Promise<ParsedFile> {
  try {
    return await type.parse(text, pace);
  } catch (err) {
    if (signal.aborted) throw err;
    problem((err as Error).message);
    return { deps: [] };
  }
}
