// The settings of a routes check, as the config schema reads them; its work is in run.ts.
import { z } from 'zod';
import { hasExpression, regex } from '../fields.js';
import { PRESET_IDS } from './types.js';

/** A directory of the repository, from its root: never absolute, never through `..`. */
const repoDir = z.string().superRefine((s, ctx) => {
  if (hasExpression(s)) return;
  if (s.startsWith('/') || /^[A-Za-z]:[\\/]/.test(s) || s.split(/[\\/]/).includes('..'))
    ctx.addIssue({
      code: 'custom',
      message: `expected a directory inside the repository, relative to its root (e.g. services/api), got "${s}"`,
    });
});

const presetEntry = z.union([
  z.enum(PRESET_IDS),
  z.strictObject({
    preset: z.enum(PRESET_IDS),
    dir: repoDir
      .optional()
      .describe(
        'Directory of the app in a monorepo (e.g. services/api); paths and exclude are read under it',
      ),
    paths: z
      .array(z.string().min(1))
      .optional()
      .describe('Globs of the files it reads (default: the preset’s own)'),
    exclude: z.array(z.string().min(1)).optional(),
    prefix: z
      .string()
      .optional()
      .describe('URL prefix the routes are mounted under (a prefix the code does not declare itself)'),
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

export const fields = z.object({
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
});

/** A routes check's settings, as the config schema gives them. */
export type RoutesSpec = z.output<typeof fields>;
