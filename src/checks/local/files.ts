import { stat } from 'node:fs/promises';
import { z } from 'zod';
import type { CheckOutcome, Finding } from '../../core/types.js';
import { allowOutsideWorkspaceField, Workspace, WorkspacePathError } from '../paths.js';
import { defineCheck } from '../types.js';

interface Match {
  path: string;
  size: number;
  dir: boolean;
}

/** Whether a path is a glob, told by the glob reader, which loads when a files check runs. */
type IsGlob = (pattern: string) => boolean;

async function matches(pattern: string, ws: Workspace, what: string, isGlob: IsGlob): Promise<Match[]> {
  const found = isGlob(pattern)
    ? await ws.glob(what, [pattern], { onlyFiles: false, ignore: ['**/node_modules/**', '**/.git/**'] })
    : [await ws.resolve(what, pattern)];
  const out: Match[] = [];
  for (const f of found) {
    try {
      const s = await stat(f.real);
      out.push({ path: f.name, size: s.size, dir: s.isDirectory() });
    } catch {
      // Gone, or a link to nothing: not there.
    }
  }
  return out;
}

export const filesCheck = defineCheck({
  type: 'files',
  description: 'Required paths or globs exist (optionally non-empty); forbidden globs match nothing',
  defaults: { category: 'safety', enforcement: 'required' },
  workTree: () => 'observes',
  fields: z.object({
    paths: z.array(z.string().min(1)).default([]).describe('Paths or globs that must each match something'),
    nonEmpty: z.boolean().default(false).describe('Matched files must not be empty'),
    forbidden: z
      .array(z.string().min(1))
      .default([])
      .describe('Globs that must match nothing (e.g. .env, **/*.pem)'),
    allowOutsideWorkspace: allowOutsideWorkspaceField,
  }),
  async run(spec, ctx): Promise<CheckOutcome> {
    const total = spec.paths.length + spec.forbidden.length;
    if (total === 0) return { status: 'error', summary: 'nothing to check: give paths or forbidden' };
    const ws = new Workspace(ctx.cwd, spec.allowOutsideWorkspace);
    const { isDynamicPattern: isGlob } = await import('tinyglobby');
    const findings: Finding[] = [];
    const seen: Record<string, { path: string; size: number }[]> = {};
    try {
      for (const pattern of spec.paths) {
        const found = await matches(pattern, ws, 'required path', isGlob);
        seen[pattern] = found.map(({ path, size }) => ({ path, size }));
        if (found.length === 0) {
          findings.push({
            level: 'failure',
            message: `required path missing: ${pattern}`,
            file: isGlob(pattern) ? undefined : pattern,
          });
          continue;
        }
        if (spec.nonEmpty) {
          for (const f of found) {
            if (!f.dir && f.size === 0)
              findings.push({ level: 'failure', message: `required file is empty: ${f.path}`, file: f.path });
          }
        }
      }
      for (const pattern of spec.forbidden) {
        const found = await matches(pattern, ws, 'forbidden path', isGlob);
        seen[`!${pattern}`] = found.map(({ path, size }) => ({ path, size }));
        for (const f of found)
          findings.push({
            level: 'failure',
            message: `forbidden path present: ${f.path} (matches ${pattern})`,
            file: f.path,
          });
      }
    } catch (err) {
      if (err instanceof WorkspacePathError) return { status: 'error', summary: err.message };
      throw err;
    }
    findings.push(...ws.findings());
    await ctx.evidence.write('matches.json', seen);
    const problems = findings.filter((f) => f.level === 'failure');
    if (problems.length === 0) {
      return {
        status: 'pass',
        summary: `${spec.paths.length} required path(s) present${spec.forbidden.length ? `, ${spec.forbidden.length} forbidden pattern(s) absent` : ''}`,
        findings,
        metrics: { required: spec.paths.length, forbidden: spec.forbidden.length },
      };
    }
    return {
      status: 'fail',
      summary:
        problems.length === 1
          ? problems[0]!.message
          : `${problems.length} problems, first: ${problems[0]!.message}`,
      findings,
      metrics: { problems: problems.length },
    };
  },
});
