import path from 'node:path';
import { z } from 'zod';
import { errorMessage } from '../../core/errors.js';
import type { CheckOutcome, Finding, Metrics } from '../../core/types.js';
import { metricSeries } from '../../history/series.js';
import type { RunSummary } from '../../history/types.js';
import { BENCHMARK_MODES, modeEnforcement, resolveMode } from './benchmarkMode.js';
import { criterionField, fmt, meets, parseCriterion } from './criteria.js';
import { BASELINES, type DriftPoint, driftSettings, evaluateDrift, pinnedDrift } from './drift.js';
import { judgedFile, shellScript, shellValues } from '../fields.js';
import { extractMetrics } from './metrics.js';
import { Workspace } from '../paths.js';
import { type CheckContext, defineCheck } from '../types.js';

const driftField = z.union([
  z.literal(false),
  z.strictObject({
    lookback: z.int().min(1).max(500).optional().describe('Earlier runs to compare with (default 8)'),
    minHistory: z.int().min(1).optional().describe('Runs needed before drift is judged (default 3)'),
    baseline: z
      .enum(BASELINES)
      .optional()
      .describe('Aggregate of the earlier runs: mean (default), median, p90, min, max, last'),
    maxDrop: z
      .record(z.string(), z.number().nonnegative())
      .optional()
      .describe('metric → largest allowed drop below the baseline (default precision 0.08, recall 0.05)'),
    rules: z
      .record(z.string(), criterionField)
      .optional()
      .describe('metric → criterion on the change from the baseline, e.g. ">= -0.05", "<= +10%"'),
  }),
]);

const fields = z.object({
  mode: z
    .enum(BENCHMARK_MODES)
    .default('auto')
    .describe(
      'off, optional (reported, never holds), required (holds), or auto: dev → off, staging → optional, prod → required',
    ),
  file: judgedFile(z.string().min(1))
    .optional()
    .describe('JSON or YAML results file (read after `run`, when both are given)'),
  run: shellScript
    .optional()
    .describe('Command that produces the results: its stdout is JSON unless `file` is given'),
  cwd: z.string().optional().describe('Directory the command runs in, relative to the repository'),
  env: z.record(z.string(), z.string()).optional().describe('Extra environment for the command'),
  metrics: z
    .union([z.array(z.string()), z.record(z.string(), z.string())])
    .optional()
    .describe(
      'Metrics to read: names, or name → JSON path; default every number under `metrics` or at the top level',
    ),
  thresholds: z
    .record(z.string(), criterionField)
    .optional()
    .describe(
      'metric → criterion, e.g. {precision: ">= 0.55", latency_ms: "<= 800"}; a bare number is a minimum',
    ),
  drift: driftField.optional().describe('Drift against earlier runs (history); false turns it off'),
});

type Spec = z.infer<typeof fields>;

async function readResults(spec: Spec, ctx: CheckContext): Promise<{ doc: unknown; source: string }> {
  // The evidence readers (YAML, XML, SARIF) load when results are read, not with the config's schema.
  const { EvidenceError, loadEvidence } = await import('../evidence/evidenceFile.js');
  if (spec.run !== undefined) {
    const r = await ctx.exec.shell(spec.run, {
      cwd: path.resolve(ctx.cwd, spec.cwd ?? '.'),
      env: { ...ctx.env, ...spec.env, ...shellValues(spec) },
      signal: ctx.signal,
      maxOutputBytes: 4 * 1024 * 1024,
    });
    await ctx.evidence.write('command.log', `$ ${spec.run}\n(exit ${r.exitCode ?? r.signal})\n${r.output}`);
    if (r.aborted) throw new Error('benchmark command was stopped');
    if (r.exitCode !== 0) {
      const last = r.stderr.trim().split('\n').pop() || r.stdout.trim().split('\n').pop() || '';
      throw new EvidenceError(
        `benchmark command exited ${r.exitCode ?? r.signal}${last ? `: ${last.slice(0, 200)}` : ''}`,
      );
    }
    if (spec.file === undefined) {
      const text = r.stdout.trim();
      try {
        return { doc: JSON.parse(text), source: 'command output' };
      } catch {
        // Tools often log before their JSON: take the last line that parses.
        const last = text
          .split('\n')
          .reverse()
          .find((l) => l.trim().startsWith('{'));
        try {
          if (last) return { doc: JSON.parse(last), source: 'command output' };
        } catch {
          /* reported below */
        }
        throw new EvidenceError(
          'benchmark command printed no JSON results (give `file` if it writes them to a file)',
        );
      }
    }
  }
  // Results belong to the repository: the file may not resolve outside it.
  const where = await new Workspace(ctx.cwd, false).resolve('benchmark results file', spec.file!);
  const ev = await loadEvidence(where.real, spec.file!, 'auto', ctx.signal);
  if (ev.format !== 'json' && ev.format !== 'yaml')
    throw new EvidenceError(`${spec.file} is ${ev.format}; benchmark results must be JSON or YAML`);
  await ctx.evidence.write(`results${path.extname(spec.file!) || '.json'}`, ev.bytes.toString('utf8'));
  return { doc: ev.doc, source: spec.file! };
}

/** Earlier runs where this check measured something, newest `lookback` of them. */
function measuredRuns(runs: readonly RunSummary[], id: string, lookback: number): RunSummary[] {
  return runs
    .filter((r) => {
      const c = r.checks.find((x) => x.id === id);
      return c !== undefined && c.status !== 'skipped' && c.status !== 'error';
    })
    .slice(-lookback);
}

export const benchmarkCheck = defineCheck({
  type: 'benchmark',
  description:
    'Benchmark metrics (precision, recall…) from a file or command meet per-profile thresholds and have not drifted from earlier runs',
  defaults: { category: 'data', enforcement: 'required' },
  workTree: (spec) => (spec.run !== undefined ? 'changes' : 'observes'),
  fields,
  enforcementFor: (spec, profile) => modeEnforcement(resolveMode(spec.mode, profile).mode),
  async run(spec, ctx): Promise<CheckOutcome> {
    if (spec.file === undefined && spec.run === undefined)
      return { status: 'error', summary: 'bad benchmark check: give file, run, or both' };
    // The enforcement was settled from the mode when the profile was planned; this is for the reader.
    const mode = { why: `mode ${spec.mode}` };
    let results;
    try {
      results = await readResults(spec, ctx);
    } catch (err) {
      return { status: 'error', summary: errorMessage(err) };
    }
    const extracted = extractMetrics(results.doc, spec.metrics);
    const current = extracted.values;
    const findings: Finding[] = [];
    let thresholdFailures = 0;
    let driftAlerts = 0;
    const thresholdRows: { metric: string; value: number | null; criterion: string; ok: boolean }[] = [];
    for (const [metric, raw] of Object.entries(spec.thresholds ?? {})) {
      const c = parseCriterion(raw);
      const v = current[metric];
      const ok = v !== undefined && meets(v, c);
      thresholdRows.push({ metric, value: v ?? null, criterion: c.source, ok });
      if (ok) continue;
      thresholdFailures++;
      findings.push({
        level: 'failure',
        message:
          v === undefined
            ? `${extracted.problems[metric] ?? `${metric} is missing from the results`}; threshold ${c.source}`
            : `${metric} = ${fmt(v, [c.value])}, threshold ${c.source}`,
      });
    }
    if (Object.keys(current).length === 0)
      findings.push({ level: 'failure', message: `no numeric metrics in ${results.source}` });

    let drift: DriftPoint[] = [];
    let driftNote = '';
    const history = ctx.history;
    if (spec.drift !== false) {
      const settings = driftSettings(spec.drift ?? {});
      if (!history) driftNote = 'drift not checked: no history store';
      else {
        const read = await history.read();
        for (const p of read.problems) findings.push({ level: 'notice', message: `history: ${p}` });
        const window = measuredRuns(read.runs, ctx.id, settings.lookback);
        drift = evaluateDrift(current, (m) => metricSeries(window, ctx.id, m).map((x) => x.value), settings);
        for (const d of drift) {
          if (d.status === 'alert' || d.status === 'missing') {
            driftAlerts++;
            findings.push({ level: 'failure', message: d.message });
          } else if (d.status === 'insufficient') findings.push({ level: 'notice', message: d.message });
        }
        // A pinned reference run is compared with as well as the last runs.
        const pinned = pinnedDrift(current, read.pins ?? [], ctx.id, settings);
        for (const note of pinned.notes) findings.push({ level: 'notice', message: note });
        for (const d of pinned.points)
          if (d.status === 'alert') {
            driftAlerts++;
            findings.push({ level: 'failure', message: d.message });
          }
        drift.push(...pinned.points);
        const judged = drift.filter((d) => d.status === 'ok' || d.status === 'alert');
        driftNote =
          drift.length === 0
            ? 'no drift rule matches these metrics'
            : judged.length === 0
              ? `drift: not enough history (${window.length} of ${settings.minHistory} runs)`
              : `no drift vs the ${settings.baseline} of ${Math.max(...judged.map((d) => d.points))} earlier run(s)${pinned.points.length ? ` and pinned run ${[...new Set(pinned.points.map((d) => d.pinnedRun))].join(', ')}` : ''}`;
      }
    }

    await ctx.evidence.write('benchmark.json', {
      mode: mode.why,
      source: results.source,
      metrics: current,
      problems: extracted.problems,
      thresholds: thresholdRows,
      drift: { note: driftNote, store: history?.describe() ?? null, points: drift },
    });
    const metrics: Metrics = {};
    for (const [k, v] of Object.entries(current)) metrics[k] = v ?? null;
    const failures = findings.filter((f) => f.level === 'failure');
    if (failures.length > 0) {
      const more = failures.length > 1 ? ` (+${failures.length - 1} more)` : '';
      return {
        status: 'fail',
        score: thresholdFailures > 0 || driftAlerts === 0 ? 2 : 3,
        summary: `${failures[0]!.message}${more} [${mode.why}]`,
        findings,
        metrics,
      };
    }
    const shown = Object.entries(current)
      .slice(0, 4)
      .map(([k, v]) => `${k} ${fmt(v!)}`)
      .join(', ');
    const checked = thresholdRows.length ? `, ${thresholdRows.length} threshold(s) met` : '';
    return {
      status: 'pass',
      summary: `${shown}${checked}; ${driftNote || 'no drift check (drift: false)'} [${mode.why}]`,
      findings,
      metrics,
    };
  },
});
