import { z } from 'zod';
import { globPathspecs } from '../../change/pathspec.js';
import type { CheckOutcome } from '../../core/types.js';
import { changeFor, rangeLabel, rangeMetrics } from '../changeRange.js';
import { defineCheck } from '../types.js';
import { diffDeps, diffDirectives } from './diff.js';
import { changesEvidence } from './evidence.js';
import { MAX_DEP_FILE_BYTES } from './json.js';
import { depFileType } from './lockfiles.js';
import { Pacer } from './pace.js';
import { type Change, clean, type DirectiveChange, ECOSYSTEMS, judge, tally } from './rules.js';
import type { DepFileType, Ecosystem, ParsedFile } from './types.js';

const denyEntry = z.string().superRefine((s, ctx) => {
  const m = /^([a-z]+):(.+)$/.exec(s);
  if (m && !ECOSYSTEMS.includes(m[1] as Ecosystem))
    ctx.addIssue({ code: 'custom', message: `unknown ecosystem "${m[1]}" (use ${ECOSYSTEMS.join(', ')})` });
});

const level = (what: string, fallback: 'fail' | 'warn') =>
  z.enum(['fail', 'warn', 'ignore']).default(fallback).describe(what);

export const dependenciesCheck = defineCheck({
  type: 'dependencies',
  description:
    'Dependency changes between base and head (npm, pnpm, yarn, PyPI, Go, Cargo, RubyGems manifests and lockfiles): deny list, pinning, new direct dependencies, downgrades, major upgrades, install scripts and where packages come from (git, URLs, other registries, rewritten lockfile entries)',
  defaults: { category: 'safety', enforcement: 'scored' },
  fields: z.object({
    paths: z.array(z.string().min(1)).default([]).describe('Globs limiting which dependency files are read'),
    exclude: z
      .array(z.string().min(1))
      .default([])
      .describe('Globs of dependency files to ignore (e.g. **/testdata/**)'),
    deny: z
      .array(denyEntry)
      .default([])
      .describe(
        'Package name globs that may not be added or changed, optionally per ecosystem: event-stream, npm:@evil/*, pypi:request*',
      ),
    maxNewDirect: z.int().min(0).optional().describe('Most new direct dependencies one promotion may add'),
    requirePinned: z
      .boolean()
      .default(false)
      .describe(
        'New or changed direct dependencies must name one exact version (npm 1.2.3, pip ==1.2.3, Cargo =1.2.3, Gemfile = 1.2.3)',
      ),
    downgrades: z
      .enum(['warn', 'fail', 'ignore'])
      .default('warn')
      .describe('What a downgraded package counts as'),
    installScripts: level(
      'What code that runs at install time counts as: an install hook (preinstall, install, postinstall, prepare…) added to or changed in a package.json, or a package that runs install scripts where base had none (package-lock hasInstallScript, pnpm requiresBuild)',
      'fail',
    ),
    sources: level(
      'What a change of where packages come from counts as: a package moved to git, a URL, a local path, an alias or another registry host; a new package from git, a URL or an archive; another digest for the same version (a rewritten lockfile); an index option (--index-url, --extra-index-url, --trusted-host, -e) in requirements, a Go replace, a Cargo patch or source replacement',
      'fail',
    ),
    allowSources: z
      .array(z.string().min(1))
      .default([])
      .describe(
        'Globs of places packages may come from without a finding: registry and URL hosts (npm.pkg.github.com), git repositories (github.com/acme/*), local paths; a rewritten digest is never allowed',
      ),
    majorUpgrades: level(
      'What an upgrade of a direct dependency across a major version (or a 0.x minor) counts as',
      'warn',
    ),
  }),
  async run(spec, ctx): Promise<CheckOutcome> {
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
  },
});

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
