import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Exec } from '../adapters/exec.js';
import type { HttpClient } from '../adapters/http.js';
import type { Logger } from '../adapters/logger.js';
import type { EntryKind } from '../bundle/files.js';
import { prepareOutputDir } from '../bundle/outputDir.js';
import { type DriftPoint, driftSettings, evaluateDrift, pinnedDrift } from '../checks/metrics/drift.js';
import { fmt } from '../checks/metrics/criteria.js';
import { formatNumber } from '../core/format.js';
import type { GatePlan, PlannedCheck } from '../config/types.js';
import { Redactor } from '../core/redact.js';
import type { Enforcement } from '../core/types.js';
import { runChecks } from '../engine/runChecks.js';
import { metricSeries } from '../history/series.js';
import { historyView } from '../history/summary.js';
import type { HistoryStore, RunSummary } from '../history/types.js';

/**
 * `drift`: the profile's benchmark checks judged against history only — no thresholds, no
 * other checks. By default the benchmarks are measured now; `fromHistory` takes the newest
 * recorded run as the current point instead. Alerts of required benchmarks block.
 */

export interface DriftCheckResult {
  check: string;
  enforcement: Enforcement;
  blocking: boolean;
  /** Where the current values came from: "measured now" or the run id. */
  current: string;
  error?: string;
  points: DriftPoint[];
  /** What the pinned reference runs could not give (an invalidated pin, a metric it lacks). */
  notes?: string[];
  /** Earlier runs the baseline was taken from, and how it was taken. */
  baselineRuns: string[];
  baseline: string;
  minHistory: number;
}

export interface DriftReport {
  schemaVersion: 1;
  kind: 'drift';
  profile: string;
  store: string;
  generatedAt: string;
  alerts: number;
  blockingAlerts: number;
  checks: DriftCheckResult[];
  problems: string[];
}

export interface DriftOptions {
  plan: GatePlan;
  store: HistoryStore;
  fromHistory: boolean;
  outDir: string;
  /** The output directory must stay inside this one (set for the default `.promotion-gate/…`). */
  within?: string;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  exec: Exec;
  http: HttpClient;
  logger: Logger;
  now: () => Date;
  signal?: AbortSignal;
}

function measured(run: RunSummary, id: string): boolean {
  const c = run.checks.find((x) => x.id === id);
  return c !== undefined && c.status !== 'skipped' && c.status !== 'error';
}

export const DRIFT_JSON = 'drift.json';
export const DRIFT_MD = 'drift.md';

const numbers = (m: Record<string, unknown>): Record<string, number | undefined> =>
  Object.fromEntries(
    Object.entries(m).map(([k, v]) => [k, typeof v === 'number' && Number.isFinite(v) ? v : undefined]),
  );

/** What drift writes: its two files and the measuring benchmarks' evidence. */
export function driftWrites(entry: string, kind: EntryKind): boolean {
  if (kind === 'file' && (entry === DRIFT_JSON || entry === DRIFT_MD)) return true;
  const evidence = entry === 'evidence' || entry.startsWith('evidence/');
  return evidence && (kind === 'file' || kind === 'directory');
}

/**
 * The log line of a benchmark measured for this command says what it measured: the check's own
 * summary would say that drift is not checked (it is turned off while measuring), when drift is
 * exactly what this command judges next.
 */
function measuringLogger(logger: Logger): Logger {
  return {
    ...logger,
    checkFinished(result, log) {
      if (result.status !== 'pass') return logger.checkFinished(result, log);
      const values = Object.entries(result.metrics).filter(
        (e): e is [string, number] => typeof e[1] === 'number',
      );
      const shown = values
        .slice(0, 4)
        .map(([k, v]) => `${k} ${fmt(v)}`)
        .join(', ');
      const more = values.length > 4 ? ` and ${values.length - 4} more` : '';
      logger.checkFinished(
        { ...result, summary: `measured ${shown || 'no numbers'}${more}; judged against history below` },
        log,
      );
    },
  };
}

export function benchmarkChecks(plan: GatePlan): PlannedCheck[] {
  return plan.checks.filter((c) => c.type === 'benchmark' && c.enforcement !== 'off');
}

export async function runDrift(opts: DriftOptions): Promise<DriftReport> {
  // Before anything runs: a directory that cannot be written to is said at once.
  await prepareOutputDir(opts.outDir, { within: opts.within, owns: driftWrites });
  const checks = benchmarkChecks(opts.plan);
  const view = historyView(opts.store, opts.plan.profile);
  const read = await view.read();
  const runs = read.runs;
  const results: DriftCheckResult[] = [];

  let current = new Map<
    string,
    { values: Record<string, number | undefined>; from: string; error?: string; before: RunSummary[] }
  >();
  if (opts.fromHistory) {
    for (const c of checks) {
      const idx = runs.findLastIndex((r) => measured(r, c.id));
      const run = runs[idx];
      current.set(
        c.id,
        run
          ? {
              values: numbers(run.checks.find((x) => x.id === c.id)!.metrics),
              from: `run ${run.runId}`,
              before: runs.slice(0, idx),
            }
          : { values: {}, from: 'history', error: 'no recorded run measured this benchmark', before: [] },
      );
    }
  } else {
    // Measure only: thresholds and the check's own drift are left to this command's report.
    const measuring = checks.map((c) => ({ ...c, spec: { ...c.spec, thresholds: undefined, drift: false } }));
    const redactor = new Redactor();
    for (const s of opts.plan.secrets) redactor.add(s);
    const res = await runChecks(
      measuring,
      {
        cwd: opts.cwd,
        outputDir: opts.outDir,
        profile: opts.plan.profile,
        env: opts.env,
        exec: opts.exec,
        http: opts.http,
        now: opts.now,
        redactor,
        logger: measuringLogger(opts.logger),
      },
      { concurrency: opts.plan.concurrency, gateTimeoutMs: opts.plan.gateTimeoutMs, signal: opts.signal },
    );
    current = new Map(
      res.map((r) => [
        r.id,
        {
          values: numbers(r.metrics),
          from: 'measured now',
          // Measuring alone can only fail for want of numbers: that is no measurement either.
          ...(r.status === 'error' || r.status === 'fail' ? { error: r.error ?? r.summary } : {}),
          before: runs,
        },
      ]),
    );
  }

  for (const c of checks) {
    const cur = current.get(c.id)!;
    const blocking = c.enforcement === 'required' || c.enforcement === 'hard';
    const settings = driftSettings(
      c.spec.drift === false ? {} : ((c.spec.drift as object | undefined) ?? {}),
    );
    const window = cur.before.filter((r) => measured(r, c.id)).slice(-settings.lookback);
    // A pinned reference run is compared with as well as the last runs, as the check does.
    const pinned = cur.error
      ? { points: [], notes: [] }
      : pinnedDrift(cur.values, read.pins ?? [], c.id, settings);
    const points = cur.error
      ? []
      : [
          ...evaluateDrift(cur.values, (m) => metricSeries(window, c.id, m).map((x) => x.value), settings),
          ...pinned.points,
        ];
    results.push({
      check: c.id,
      enforcement: c.enforcement,
      blocking,
      current: cur.from,
      ...(cur.error ? { error: cur.error } : {}),
      points,
      ...(pinned.notes.length ? { notes: pinned.notes } : {}),
      baselineRuns: window.map((r) => r.runId),
      baseline: settings.baseline,
      minHistory: settings.minHistory,
    });
  }
  const isAlert = (r: DriftCheckResult) =>
    r.error ? 1 : r.points.filter((p) => p.status === 'alert' || p.status === 'missing').length;
  const alerts = results.reduce((a, r) => a + isAlert(r), 0);
  const report: DriftReport = {
    schemaVersion: 1,
    kind: 'drift',
    profile: opts.plan.profile,
    store: opts.store.describe(),
    generatedAt: opts.now().toISOString(),
    alerts,
    blockingAlerts: results.filter((r) => r.blocking).reduce((a, r) => a + isAlert(r), 0),
    checks: results,
    problems: read.problems,
  };
  await writeFile(path.join(opts.outDir, DRIFT_JSON), `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(path.join(opts.outDir, DRIFT_MD), renderDrift(report));
  return report;
}

export function renderDrift(r: DriftReport): string {
  const head =
    r.blockingAlerts > 0
      ? `## ⛔ Drift — ${r.profile}: ${r.blockingAlerts} blocking alert(s)`
      : r.alerts > 0
        ? `## ⚠️ Drift — ${r.profile}: ${r.alerts} alert(s), none blocking`
        : `## ✅ Drift — ${r.profile}: no drift`;
  const out = [head, '', `_history: ${r.store} · ${r.generatedAt}_`];
  if (r.checks.length === 0)
    out.push('', 'The profile runs no benchmark checks (or their mode is off here).');
  for (const c of r.checks) {
    out.push(
      '',
      `### \`${c.check}\` (${c.enforcement}${c.blocking ? ', alerts block' : ', alerts do not block'})`,
      '',
    );
    out.push(
      `Current values: ${c.current}; baseline: the ${c.baseline} of ${c.baselineRuns.length} earlier run(s) (at least ${c.minHistory} needed).`,
      '',
    );
    if (c.error) {
      out.push(`- ❗ could not be judged: ${c.error}`);
      continue;
    }
    if (c.points.length === 0) {
      out.push('- no drift rule matches these metrics');
      continue;
    }
    out.push('| Metric | Current | Baseline | Change | Allowed | Result |', '|---|---|---|---|---|---|');
    for (const p of c.points)
      out.push(
        `| ${p.metric} | ${p.current === undefined ? '–' : fmt(p.current)} | ${p.baseline === undefined ? '–' : `${fmt(p.baseline)}${p.pinnedRun ? ` (pinned run ${p.pinnedRun})` : ''}`} | ${p.change === undefined ? '–' : formatNumber(p.change, { sign: true })} | ${p.criterion} | ${p.status === 'ok' ? '✅ ok' : p.status === 'insufficient' ? `⏳ ${p.points} of ${c.minHistory} runs` : `❌ ${p.status}`} |`,
      );
    for (const n of c.notes ?? []) out.push('', `- ${n}`);
  }
  if (r.problems.length) {
    out.push('', '### History problems', '');
    for (const p of r.problems) out.push(`- ${p}`);
  }
  out.push('');
  return out.join('\n');
}
