import path from 'node:path';
import { z } from 'zod';
import { judgedFile, regex, shellScript, shellValues } from '../fields.js';
import { describeValue, getPath, parsePath } from '../../core/conditions.js';
import { errorMessage } from '../../core/errors.js';
import type { CheckOutcome, Finding } from '../../core/types.js';
import { metricSeries } from '../../history/series.js';
import { formatPercent } from '../../core/format.js';
import { optionRef } from '../../core/optionRef.js';
import { fmt } from './criteria.js';
import { pinnedValue } from './drift.js';
import { toNumber } from './metrics.js';
import { readWorkspaceFile } from '../paths.js';
import { type CheckContext, defineCheck } from '../types.js';

/** A number in a file: a report, never a dump. */
const MAX_TREND_FILE_BYTES = 16 * 1024 * 1024;

const fields = z.object({
  run: shellScript
    .optional()
    .describe('Command whose output holds the number (a non-zero exit is fine when it prints one)'),
  file: judgedFile(z.string().min(1)).optional().describe('File that holds the number (instead of run)'),
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
  lookback: z.int().min(1).max(500).default(3).describe('Earlier runs averaged (default 3)'),
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
      // The values of the run line's ${{ }} expressions, which it names as variables.
      env: { ...ctx.env, ...shellValues(spec) },
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
  const text = (await readWorkspaceFile(ctx.cwd, 'trend file', spec.file!, MAX_TREND_FILE_BYTES)).toString(
    'utf8',
  );
  return numberIn(text, spec, spec.file!);
}

/**
 * Lint-style trend: compare with the average of the last N runs; stable or better passes,
 * growth warns (score 3, so it counts toward the hotfix ratchet), a spike fails.
 */
export const trendCheck = defineCheck({
  type: 'trend',
  description:
    'A number (lint violations, bundle size, test time…) compared with the average of the last runs: stable passes, growth warns, a spike fails',
  defaults: { category: 'design', enforcement: 'scored' },
  workTree: (spec) => (spec.run !== undefined ? 'changes' : 'observes'),
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
        summary: `${name} ${fmt(value)}: no history store, so no trend (set ${optionRef('history')})`,
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
    const grew = spec.better === 'lower' ? 'grew' : 'fell';
    // The same rule against each reference: the average of the last runs, and any pinned run.
    const judge = (reference: number, against: string) => {
      const worse = spec.better === 'lower' ? value - reference : reference - value;
      const percent =
        reference === 0 ? (worse > 0 ? Number.POSITIVE_INFINITY : 0) : (worse / Math.abs(reference)) * 100;
      const limits = [spec.warnAbove, spec.failAbove];
      const shown = Number.isFinite(percent) ? formatPercent(percent, { near: limits }) : 'from 0';
      const changePercent = Number.isFinite(percent) ? percent : null;
      if (worse <= spec.tolerance || percent <= spec.warnAbove)
        return {
          status: 'pass' as const,
          changePercent,
          message: `${name} ${fmt(value)}: ${worse < 0 ? 'improving' : 'stable'} vs ${against}`,
        };
      if (percent > spec.failAbove)
        return {
          status: 'fail' as const,
          score: 1,
          changePercent,
          message: `${name} spiked: ${fmt(value)} vs ${against}, ${shown} worse (fails above ${formatPercent(spec.failAbove)})`,
        };
      return {
        status: 'warn' as const,
        score: 3,
        changePercent,
        message: `${name} ${grew}: ${fmt(value)} vs ${against}, ${shown} worse (warns above ${formatPercent(spec.warnAbove)})`,
      };
    };
    const byAverage = judge(
      avg,
      `the average of the last ${series.length} run${series.length === 1 ? '' : 's'} (${fmt(avg)})`,
    );
    const verdicts: (ReturnType<typeof judge> & { pinned?: string })[] = [byAverage];
    for (const p of read.pins ?? []) {
      const got = pinnedValue(p, ctx.id, 'value');
      if ('note' in got) findings.push({ level: 'notice', message: got.note });
      else
        verdicts.push({
          ...judge(got.value, `pinned run ${p.pin.runId} (${fmt(got.value)})`),
          pinned: p.pin.runId,
        });
    }
    const LEVEL = { pass: 'notice', warn: 'warning', fail: 'failure' } as const;
    // With a pinned reference each comparison is shown, so a reader sees which one decided.
    for (const v of verdicts)
      if (v.status !== 'pass' || verdicts.length > 1)
        findings.push({ level: LEVEL[v.status], message: v.message });
    const RANK = { pass: 0, warn: 1, fail: 2 };
    const worst = verdicts.reduce((a, b) => (RANK[b.status] > RANK[a.status] ? b : a));
    const outcome: CheckOutcome =
      worst.status === 'pass'
        ? { status: 'pass', summary: byAverage.message, findings, metrics }
        : { status: worst.status, score: worst.score, summary: worst.message, findings, metrics };
    await ctx.evidence.write('trend.json', {
      ...evidence,
      average: avg,
      changePercent: byAverage.changePercent,
      pinned: verdicts
        .filter((v) => v.pinned)
        .map((v) => ({ runId: v.pinned, status: v.status, changePercent: v.changePercent })),
      status: outcome.status,
    });
    return outcome;
  },
});
