import picomatch from 'picomatch';
import { z } from 'zod';
import { globPathspecs } from '../../change/pathspec.js';
import type { CheckOutcome, Finding } from '../../core/types.js';
import { changeFor, rangeLabel, rangeMetrics } from '../changeRange.js';
import { maskKnownTokens } from '../secrets/shapes.js';
import { type DepDelta, diffDeps } from './diff.js';
import { depFileType } from './lockfiles.js';
import type { Dependency, Ecosystem } from './types.js';
import { isPinned } from './versions.js';
import { defineCheck } from '../types.js';

const ECOSYSTEMS: Ecosystem[] = ['npm', 'pypi', 'go', 'cargo', 'rubygems'];
const MAX_NOTICES = 100;

interface Change extends DepDelta {
  file: string;
  ecosystem: Ecosystem;
  manifest: boolean;
}

/**
 * Credentials in git/registry URLs of a requirement (`user:pass@`, `?private_token=…`) and
 * tokens of a known shape never reach a report.
 */
const clean = (s: string | undefined) => (s === undefined ? s : maskKnownTokens(s));

function describe(c: Change): string {
  const what =
    c.kind === 'added'
      ? `added ${c.to}`
      : c.kind === 'removed'
        ? `removed (was ${c.from})`
        : `${c.kind} ${c.from} → ${c.to}`;
  return `${c.direct ? 'direct' : 'transitive'} ${c.ecosystem} dependency ${c.name} ${clean(what)}`;
}

const denyEntry = z.string().superRefine((s, ctx) => {
  const m = /^([a-z]+):(.+)$/.exec(s);
  if (m && !ECOSYSTEMS.includes(m[1] as Ecosystem))
    ctx.addIssue({ code: 'custom', message: `unknown ecosystem "${m[1]}" (use ${ECOSYSTEMS.join(', ')})` });
});

function denyMatcher(patterns: string[]): (c: Change) => string | undefined {
  const compiled = patterns.map((p) => {
    const m = /^([a-z]+):(.+)$/.exec(p);
    return { pattern: p, ecosystem: m?.[1], match: picomatch(m ? m[2]! : p, { nocase: true }) };
  });
  return (c) =>
    compiled.find((d) => (!d.ecosystem || d.ecosystem === c.ecosystem) && d.match(c.name))?.pattern;
}

export const dependenciesCheck = defineCheck({
  type: 'dependencies',
  description:
    'Dependency changes between base and head (npm, PyPI, Go, Cargo, RubyGems manifests and lockfiles), with deny list, pinning, new-direct and downgrade policies',
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
  }),
  async run(spec, ctx): Promise<CheckOutcome> {
    const got = await changeFor(ctx);
    if (got.outcome) return got.outcome;
    const { change, range } = got;
    const files = await change.files({
      paths: spec.paths.length || spec.exclude.length ? globPathspecs(spec.paths, spec.exclude) : undefined,
      signal: ctx.signal,
    });
    const changes: Change[] = [];
    const problems: string[] = [];
    let read = 0;
    for (const f of files) {
      const type = depFileType(f.path);
      if (!type) continue;
      read++;
      const parse = async (rev: string, path: string, side: string): Promise<Dependency[]> => {
        const text = await change.read(rev, path, { signal: ctx.signal });
        if (text === undefined) return [];
        try {
          return type.parse(text);
        } catch (err) {
          // A parser's message may quote the file (Node's JSON errors do): masked like the rest.
          problems.push(`${path} at ${side} (${rev.slice(0, 7)}): ${clean((err as Error).message)}`);
          return [];
        }
      };
      const before = f.status === 'A' ? [] : await parse(range.base, f.oldPath ?? f.path, 'base');
      const after = f.status === 'D' ? [] : await parse(range.head, f.path, 'head');
      for (const d of diffDeps(before, after))
        changes.push({ ...d, file: f.path, ecosystem: type.ecosystem, manifest: type.kind === 'manifest' });
    }
    await ctx.evidence.write('changes.json', {
      range: rangeLabel(range),
      changes: changes.map((c) => ({ ...c, from: clean(c.from), to: clean(c.to), spec: clean(c.spec) })),
      problems,
    });

    const findings: Finding[] = [];
    const at = (c: Change) => ({ file: c.file, ...(c.line ? { line: c.line } : {}) });
    let denied = 0;
    const deniedOf = denyMatcher(spec.deny);
    const seenDenied = new Set<string>();
    for (const c of changes) {
      if (c.kind === 'removed') continue;
      const pattern = deniedOf(c);
      if (!pattern || seenDenied.has(`${c.ecosystem}:${c.name}`)) continue;
      seenDenied.add(`${c.ecosystem}:${c.name}`);
      denied++;
      findings.push({
        level: 'failure',
        message: `denied package: ${describe(c)} (matches deny "${pattern}")`,
        ...at(c),
      });
    }
    const newDirect = new Map<string, Change>();
    for (const c of changes) if (c.kind === 'added' && c.direct) newDirect.set(`${c.ecosystem}:${c.name}`, c);
    let violations = denied;
    if (spec.maxNewDirect !== undefined && newDirect.size > spec.maxNewDirect) {
      violations++;
      const first = [...newDirect.values()][spec.maxNewDirect]!;
      findings.push({
        level: 'failure',
        message: `${newDirect.size} new direct dependencies, at most ${spec.maxNewDirect} allowed: ${[...newDirect.values()].map((c) => c.name).join(', ')}`,
        ...at(first),
      });
    }
    if (spec.requirePinned) {
      for (const c of changes) {
        if (!c.direct || c.kind === 'removed' || !c.spec || isPinned(c.ecosystem, c.spec)) continue;
        violations++;
        findings.push({
          level: 'failure',
          message: `${c.name} "${clean(c.spec)}" is not pinned to one version (${c.file})`,
          ...at(c),
        });
      }
    }
    const downgrades = changes.filter((c) => c.kind === 'downgraded');
    if (spec.downgrades !== 'ignore')
      for (const c of downgrades) {
        if (spec.downgrades === 'fail') violations++;
        findings.push({
          level: spec.downgrades === 'fail' ? 'failure' : 'warning',
          message: describe(c),
          ...at(c),
        });
      }
    const notices = changes.filter((c) => c.direct && c.kind !== 'downgraded');
    for (const c of notices.slice(0, MAX_NOTICES))
      findings.push({ level: 'notice', message: describe(c), ...at(c) });
    const byFile = new Map<string, Change[]>();
    for (const c of changes) if (!c.direct) byFile.set(c.file, [...(byFile.get(c.file) ?? []), c]);
    for (const [file, list] of byFile)
      findings.push({
        level: 'notice',
        message: `${file}: ${tally(list)} transitive package(s) (see changes.json)`,
        file,
      });

    const count = (k: string) => changes.filter((c) => c.kind === k).length;
    const metrics = {
      ...rangeMetrics(range),
      dependencyFiles: read,
      changes: changes.length,
      added: count('added'),
      removed: count('removed'),
      upgraded: count('upgraded'),
      downgraded: count('downgraded'),
      changed: count('changed'),
      newDirect: newDirect.size,
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
    if (changes.length === 0)
      return {
        status: 'pass',
        summary: `no dependency changes in ${rangeLabel(range)} (${read} dependency file(s) touched)`,
        metrics,
      };
    const what = `${changes.length} dependency change(s) in ${byFileCount(changes)} file(s): ${tally(changes)}`;
    if (violations > 0) {
      const first = findings.find((f) => f.level === 'failure')!;
      return {
        status: 'fail',
        score: denied ? 1 : 2,
        summary: `${violations} policy violation(s), first: ${first.message}; ${what}`,
        findings,
        metrics,
      };
    }
    // Any change is worth a look (4), never a pass.
    return { status: 'warn', score: 4, summary: `${what} — review for supply-chain risk`, findings, metrics };
  },
});

function tally(list: Change[]): string {
  const parts = ['added', 'removed', 'upgraded', 'downgraded', 'changed']
    .map((k) => [k, list.filter((c) => c.kind === k).length] as const)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${k}`);
  return parts.join(', ');
}

function byFileCount(list: Change[]): number {
  return new Set(list.map((c) => c.file)).size;
}
