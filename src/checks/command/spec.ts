// The settings of a command check, as the config schema reads them; a deploy step's fields are
// the same (config/environments.ts), so they are read without the command's run code.
import { z } from 'zod';
import { judgedFile, regex, shellScript, stringList } from '../fields.js';
import { gradingSchema } from '../grading.js';
import { allowOutsideWorkspaceField } from '../paths.js';

export const fields = z.object({
  run: shellScript.describe('Shell command line (bash)'),
  cwd: z.string().optional().describe('Working directory, relative to the repository'),
  env: z.record(z.string(), z.string()).optional().describe('Extra environment variables'),
  exitCode: z
    .union([z.int(), z.array(z.int()).min(1)])
    .default(0)
    .describe('Exit code(s) that count as success'),
  junit: judgedFile(stringList).optional().describe('JUnit XML report path(s) or glob(s) the command writes'),
  allowNoTests: z
    .boolean()
    .default(false)
    .describe('JUnit reports without any test case pass (default: an error, nothing was tested)'),
  coverage: judgedFile(
    z.strictObject({
      file: z.string(),
      format: z.enum(['auto', 'lcov', 'cobertura', 'istanbul']).default('auto'),
      metric: z.enum(['lines', 'branches', 'functions', 'statements']).default('lines'),
      min: z.number().min(0).max(100).describe('Minimum coverage percent'),
    }),
    'file',
  ).optional(),
  repeat: z
    .union([
      z.int().min(2).max(20),
      z.strictObject({
        times: z.int().min(2).max(20),
        compare: z.string().default('output').describe('"output", or a file path the command writes'),
        ignore: z
          .array(regex)
          .default([])
          .describe('Regexes removed before comparing (timestamps, durations)'),
      }),
    ])
    .optional()
    .describe('Run N times and fail when the results differ (determinism / replay regression)'),
  grading: gradingSchema
    .optional()
    .describe('Score tiers by failed test count (default: 0 → 5, ≤3 → 3, else 2)'),
  maxOutput: z
    .int()
    .min(1024)
    .default(256 * 1024)
    .describe('Bytes of output kept as evidence'),
  allowOutsideWorkspace: allowOutsideWorkspaceField,
});
