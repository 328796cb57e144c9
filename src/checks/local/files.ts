import { stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { z } from 'zod';
import type { CheckOutcome, Finding } from '../core/types.js';
import { defineCheck } from './types.js';

async function matches(
  pattern: string,
  cwd: string,
): Promise<{ path: string; size: number; dir: boolean }[]> {
  if (!isDynamicPattern(pattern)) {
    try {
      const s = await stat(path.resolve(cwd, pattern));
      return [{ path: pattern, size: s.size, dir: s.isDirectory() }];
    } catch {
      return [];
    }
  }
  const found = await glob(pattern, {
    cwd,
    dot: true,
    onlyFiles: false,
    ignore: ['**/node_modules/**', '**/.git/**'],
  });
  return Promise.all(
    found.sort().map(async (p) => {
      const s = await stat(path.resolve(cwd, p));
      return { path: p, size: s.size, dir: s.isDirectory() };
    }),
  );
}

export const filesCheck = defineCheck({
  type: 'files',
  description: 'Required paths or globs exist (optionally non-empty); forbidden globs match nothing',
  defaults: { category: 'safety', enforcement: 'required' },
  fields: z.object({
    paths: z.array(z.string().min(1)).default([]).describe('Paths or globs that must each match something'),
    nonEmpty: z.boolean().default(false).describe('Matched files must not be empty'),
    forbidden: z
      .array(z.string().min(1))
      .default([])
      .describe('Globs that must match nothing (e.g. .env, **/*.pem)'),
  }),
  async run(spec, ctx): Promise<CheckOutcome> {
    const findings: Finding[] = [];
    const seen: Record<string, { path: string; size: number }[]> = {};
    for (const pattern of spec.paths) {
      const found = await matches(pattern, ctx.cwd);
      seen[pattern] = found.map(({ path, size }) => ({ path, size }));
      if (found.length === 0) {
        findings.push({
          level: 'failure',
          message: `required path missing: ${pattern}`,
          file: isDynamicPattern(pattern) ? undefined : pattern,
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
      const found = await matches(pattern, ctx.cwd);
      seen[`!${pattern}`] = found.map(({ path, size }) => ({ path, size }));
      for (const f of found)
        findings.push({
          level: 'failure',
          message: `forbidden path present: ${f.path} (matches ${pattern})`,
          file: f.path,
        });
    }
    await ctx.evidence.write('matches.json', seen);
    const total = spec.paths.length + spec.forbidden.length;
    if (total === 0) return { status: 'error', summary: 'nothing to check: give paths or forbidden' };
    if (findings.length === 0) {
      return {
        status: 'pass',
        summary: `${spec.paths.length} required path(s) present${spec.forbidden.length ? `, ${spec.forbidden.length} forbidden pattern(s) absent` : ''}`,
        metrics: { required: spec.paths.length, forbidden: spec.forbidden.length },
      };
    }
    return {
      status: 'fail',
      summary:
        findings.length === 1
          ? findings[0]!.message
          : `${findings.length} problems, first: ${findings[0]!.message}`,
      findings,
      metrics: { problems: findings.length },
    };
  },
});
