import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { regex } from '../config/fields.js';
import { describeValue, getPath, parsePath } from '../core/conditions.js';
import { errorMessage } from '../core/errors.js';
import type { CheckOutcome, Finding } from '../core/types.js';
import { metricSeries } from '../history/summary.js';
import { fmt } from './support/criteria.js';
import { toNumber } from './support/metrics.js';
import { type CheckContext, defineCheck } from './types.js';

const fields = z.object({
  run: z
    .string()
    .min(1)
    .optional()
    .describe('Command whose output holds the number (a non-zero exit is fine when it prints one)'),
  file: z.string().min(1).optional().describe('File that holds the number (instead of run)'),
  path: z
    .string()
    .min(1)
    .optional()
    .describe('JSON path of the number in the output or file, e.g. summary.violations'),
  pattern: regex
    .optional()
    .describe('Regular expression whose first group is the number, e.g. "(\\d+) violations"'),
  name: z.string().min(1).optional().describe('What the number is, for messages (default: the check id)'),
  cwd: z.string().optional().describe('Directory the command runs in, relative to the repository'),
  better: z
    .enum(['lower', 'higher'])
    .default('lower')
    .describe('lower (violations, size, duration) or higher (coverage)'),
  lookback: z.int().min(1).max(500).default(3).describe('Earlier runs averaged (default 3, as seed 000)'),
  warnAbove: z
    .number()
    .min(0)
    .default(0)
    .describe('Growth over the average, in percent, that warns (default 0: any growth)'),
  failAbove: z
    .number()
    .min(0)
    .default(50)
    .describe('Growth over the average, in percent, that fails as a spike (default 50)'),
  tolerance: z.number().min(0).default(0).describe('Absolute change that never counts as growth'),
});

type Spec = z.infer<typeof fields>;

function numberIn(text: string, spec: Spec, where: string): number {
  if (spec.path !== undefined) {
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch (err) {
      throw new Error(`${where} is not JSON (${errorMessage(err)}), but path ${spec.path} was given`);
    }
    const got = getPath(doc, parsePath(spec.path));
    const n = got.found ? toNumber(got.value) : undefined;
    if (n === undefined)
      throw new Error(
        `${spec.path} in ${where} is ${got.found ? describeValue(got.value) : 'missing'}, not a number`,
      );
    return n;
  }
  const re = spec.pattern !== undefined ? new RegExp(spec.pattern, 'm') : /-?\d+(?:\.\d+)?/;
  const m = re.exec(text);
  const n = m ? toNumber(spec.pattern !== undefined ? m[1] : m[0]) : undefined;
  if (n === undefined)
    throw new Error(
      spec.pattern !== undefined
        ? `no match of /${spec.pattern}/ with a number in ${where}`
        : `no number in ${where}`,
    );
  return n;
}

async function measure(spec: Spec, ctx: CheckContext): Promise<number> {
  if (spec.run !== undefined) {
    const r = await ctx.exec.shell(spec.run, {
      cwd: path.resolve(ctx.cwd, spec.cwd ?? '.'),
      env: ctx.env,
      signal: ctx.signal,
      maxOutputBytes: 1024 * 1024,
    });
    await ctx.evidence.write('command.log', `$ ${spec.run}\n(exit ${r.exitCode ?? r.signal})\n${r.output}`);
    if (r.aborted) throw new Error('command was stopped');
    try {
      return numberIn(r.stdout, spec, 'the command output');
    } catch (err) {
      throw new Error(`${errorMessage(err)} (exit ${r.exitCode ?? r.signal})`);
    }
  }
  const text = await readFile(path.resolve(ctx.cwd, spec.file!), 'utf8');
  return numberIn(text, spec, spec.file!);
}

/**
 * Seed 000's lint trend: compare with the average of the last N runs; stable or better passes,
 * growth warns (score 3, so it counts toward the hotfix ratchet), a spike fails.
 */
export const trendCheck = defineCheck({
  type: 'trend',
  description:
    'A number (lint violations, bundle size, test time…) compared with the average of the last runs: stable passes, growth warns, a spike fails',
  defaults: { category: 'design', enforcement: 'scored' },
  fields,
  async run(spec, ctx): Promise<CheckOutcome> {
    if ((spec.run === undefined) === (spec.file === undefined))
      return {
        status: 'error',
        summary: `bad trend check: give exactly one of run or file${spec.run ? ', not both' : ''}`,
      };
    if (spec.failAbove < spec.warnAbove)
      return {
        status: 'error',
        summary: `bad trend check: failAbove ${spec.failAbove} is below warnAbove ${spec.warnAbove}`,
      };
    const name = spec.name ?? ctx.id;
    let value: number;
    try {
      value = await measure(spec, ctx);
    } catch (err) {
      return { status: 'error', summary: `cannot read ${name}: ${errorMessage(err)}` };
    }
    const metrics = { value };
    const findings: Finding[] = [];
    if (!ctx.history)
      return {
        status: 'warn',
        summary: `${name} ${fmt(value)}: no history store, so no trend (set --history or the history input)`,
        metrics,
      };
    const read = await ctx.history.read();
    for (const p of read.problems) findings.push({ level: 'notice', message: `history: ${p}` });
    const series = metricSeries(read.runs, ctx.id, 'value').slice(-spec.lookback);
    const evidence = {
      value,
      better: spec.better,
      history: series.map((s) => ({ runId: s.run.runId, value: s.value })),
    };
    if (series.length === 0) {
      await ctx.evidence.write('trend.json', { ...evidence, average: null, verdict: 'no history' });
      return { status: 'pass', summary: `${name} ${fmt(value)} (no history yet)`, findings, metrics };
    }
    const avg = series.reduce((a, s) => a + s.value, 0) / series.length;
    const worse = spec.better === 'lower' ? value - avg : avg - value;
    const percent = avg === 0 ? (worse > 0 ? Number.POSITIVE_INFINITY : 0) : (worse / Math.abs(avg)) * 100;
    const against = `the average of the last ${series.length} run${series.length === 1 ? '' : 's'} (${fmt(avg)})`;
    const grew = spec.better === 'lower' ? 'grew' : 'fell';
    const shown = Number.isFinite(percent) ? `${fmt(percent)}%` : 'from 0';
    let outcome: CheckOutcome;
    if (worse <= spec.tolerance || percent <= spec.warnAbove) {
      const word = worse < 0 ? 'improving' : 'stable';
      outcome = {
        status: 'pass',
        summary: `${name} ${fmt(value)}: ${word} vs ${against}`,
        findings,
        metrics,
      };
    } else if (percent > spec.failAbove) {
      const message = `${name} spiked: ${fmt(value)} vs ${against}, ${shown} worse (fails above ${spec.failAbove}%)`;
      findings.push({ level: 'failure', message });
      outcome = { status: 'fail', score: 1, summary: message, findings, metrics };
    } else {
      const message = `${name} ${grew}: ${fmt(value)} vs ${against}, ${shown} worse (warns above ${spec.warnAbove}%)`;
      findings.push({ level: 'warning', message });
      outcome = { status: 'warn', score: 3, summary: message, findings, metrics };
    }
    await ctx.evidence.write('trend.json', {
      ...evidence,
      average: avg,
      changePercent: Number.isFinite(percent) ? percent : null,
      status: outcome.status,
    });
    return outcome;
  },
});
