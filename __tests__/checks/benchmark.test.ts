import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/adapters/logger.js';
import { parseConfig } from '../../src/config/load.js';
import { planGate } from '../../src/config/plan.js';
import { runGate } from '../../src/app/gate.js';
import { DirectoryHistory } from '../../src/history/directory.js';
import type { HistoryView, RunSummary } from '../../src/history/types.js';
import { benchRun } from '../history/fixtures.js';
import { tempDir, writeFiles } from '../helpers/fs.js';
import { runCheck } from './run.js';

const view = (runs: RunSummary[], problems: string[] = []): HistoryView => ({
  describe: () => 'test history',
  read: async () => ({ runs, problems }),
});

async function bench(results: string | undefined, spec: Record<string, unknown>, history?: HistoryView) {
  const dir = await tempDir();
  if (results !== undefined) await writeFiles(dir, { 'kb.json': results });
  return runCheck(
    'benchmark',
    { file: 'kb.json', ...spec },
    { cwd: dir, extra: { id: 'kb' }, deps: history ? { history } : {} },
  );
}

const steady = [0.84, 0.82, 0.83, 0.85].map((recall, i) => benchRun({ precision: 0.6, recall }, { at: i }));

describe('benchmark check', () => {
  it('passes thresholds, records each metric, and reports no drift against history', async () => {
    const r = await bench(
      '{"precision": 0.61, "recall": 0.83, "cases": 40}',
      { thresholds: { precision: '>= 0.55', recall: 0.8 } },
      view(steady),
    );
    expect(r.status).toBe('pass');
    expect(r.metrics).toEqual({ precision: 0.61, recall: 0.83, cases: 40 });
    expect(r.summary).toBe(
      'precision 0.61, recall 0.83, cases 40, 2 threshold(s) met; no drift vs the mean of 4 earlier run(s) [mode auto]',
    );
  });

  it('fails below a threshold, naming value and threshold', async () => {
    const r = await bench('{"metrics": {"precision": 0.5, "recall": 0.9}}', {
      thresholds: { precision: '>= 0.55', recall: '>= 0.8' },
      drift: false,
    });
    expect(r).toMatchObject({ status: 'fail', score: 2 });
    expect(r.findings.map((f) => f.message)).toEqual(['precision = 0.5, threshold >= 0.55']);
  });

  it('fails on drift with the compared value and the baseline, even above the threshold', async () => {
    const r = await bench(
      '{"precision": 0.6, "recall": 0.8}',
      { thresholds: { recall: 0.8 } },
      view([
        ...steady,
        benchRun({ precision: 0.6, recall: 0.9 }),
        benchRun({ precision: 0.6, recall: 0.91 }),
      ]),
    );
    expect(r).toMatchObject({ status: 'fail', score: 3 });
    expect(r.summary).toBe(
      'recall drifted: 0.8 vs the mean of the last 6 runs (0.8583) is -0.0583, allowed >= -0.05 [mode auto]',
    );
  });

  it('invalid runs and runs where the benchmark did not measure are not part of the baseline', async () => {
    const bad = benchRun(
      { precision: 0.1, recall: 0.1 },
      { invalid: { reason: 'broken corpus', at: '2026-03-01T00:00:00Z' } },
    );
    const skipped = {
      ...benchRun({}),
      checks: [{ id: 'kb', type: 'benchmark', status: 'skipped' as const, score: 5, metrics: {} }],
    };
    const r = await bench('{"precision": 0.6, "recall": 0.84}', {}, view([...steady, bad, skipped]));
    expect(r.status).toBe('pass');
    expect(r.summary).toContain('no drift vs the mean of 4 earlier run(s)');
  });

  it.each([
    ['too little history', [benchRun({ recall: 0.9 })], 'drift: not enough history (1 of 3 runs)'],
    ['no history store', undefined, 'drift not checked: no history store'],
  ])('passes with a note on %s', async (_c, runs, note) => {
    const r = await bench('{"recall": 0.5}', {}, runs ? view(runs) : undefined);
    expect(r.status).toBe('pass');
    expect(r.summary).toContain(note);
  });

  it('reports history problems as notices', async () => {
    const r = await bench('{"recall": 0.84}', {}, view(steady, ['h.jsonl:3: not JSON']));
    expect(r.status).toBe('pass');
    expect(r.findings).toContainEqual({ level: 'notice', message: 'history: h.jsonl:3: not JSON' });
  });

  it.each([
    [
      'a missing threshold metric',
      '{"precision": 0.6}',
      { thresholds: { recall: 0.8 } },
      'recall is missing from the results; threshold >= 0.8',
    ],
    [
      'a NaN metric named in metrics',
      '{"precision": "NaN", "recall": 0.9}',
      { metrics: ['precision', 'recall'], thresholds: { precision: 0.5 } },
      'precision is not a number ("NaN"); threshold >= 0.5',
    ],
    ['results without numbers', '{"note": "nothing"}', {}, 'no numeric metrics in kb.json'],
  ])('fails on %s', async (_c, results, spec, message) => {
    const r = await bench(results, { drift: false, ...spec });
    expect(r.status).toBe('fail');
    expect(r.findings.map((f) => f.message)).toContain(message);
  });

  it('could not run: a missing results file, a failing command, output without JSON', async () => {
    expect(await bench(undefined, {})).toMatchObject({
      status: 'error',
      summary: 'could not run: evidence missing: kb.json does not exist',
    });
    const dir = await tempDir();
    const failing = await runCheck('benchmark', { run: 'echo "corpus not found" >&2; exit 4' }, { cwd: dir });
    expect(failing).toMatchObject({ status: 'error', error: 'benchmark command exited 4: corpus not found' });
    const noJson = await runCheck('benchmark', { run: 'echo done' }, { cwd: dir });
    expect(noJson.error).toBe(
      'benchmark command printed no JSON results (give `file` if it writes them to a file)',
    );
  });

  it('reads the results a command prints after its log lines', async () => {
    const r = await runCheck(
      'benchmark',
      {
        run: 'echo "seeding corpus…"; echo \'{"precision": 0.7, "recall": 0.9}\'',
        thresholds: { recall: 0.8 },
        drift: false,
      },
      { cwd: await tempDir() },
    );
    expect(r).toMatchObject({ status: 'pass', metrics: { precision: 0.7, recall: 0.9 } });
    expect(r.evidence).toContain('evidence/benchmark/command.log');
  });
});

// \`config\` counts in every profile: a profile whose only check is off or advisory is a config error.
const MODES = `version: 1
profiles:
  dev: { checks: [kb, config] }
  staging: { extends: dev }
  prod: { extends: staging }
  prod-eu: { extends: prod }
  qa: { extends: dev }
  strict-dev: { extends: dev, overrides: { kb: { mode: required } } }
  pinned: { extends: prod, overrides: { kb: { enforcement: advisory } } }
checks:
  kb: { type: benchmark, file: kb.json, mode: auto }
  config: { type: files, paths: [pg.yml] }
`;

describe('benchmark mode (auto maps dev → off, staging → optional, prod → required)', () => {
  it.each([
    ['dev', 'off'],
    ['staging', 'advisory'],
    ['prod', 'required'],
    ['prod-eu', 'required'],
    ['qa', 'off'], // inherits dev's name: the nearest known profile in its lineage
    ['strict-dev', 'required'],
    ['pinned', 'advisory'], // an explicit enforcement wins over the mode
  ])('%s → %s', (profile, enforcement) => {
    const plan = planGate(parseConfig('pg.yml', MODES), profile, { env: {}, inputs: {} });
    expect(plan.checks[0]!.enforcement).toBe(enforcement);
  });

  it('an unknown profile name with no known ancestor is optional', () => {
    const plan = planGate(
      parseConfig(
        'pg.yml',
        'version: 1\nprofiles: { preview: { checks: [kb, config] } }\nchecks: { kb: { type: benchmark, file: kb.json }, config: { type: files, paths: [pg.yml] } }\n',
      ),
      'preview',
      { env: {}, inputs: {} },
    );
    expect(plan.checks[0]!.enforcement).toBe('advisory');
  });

  it('a drift alert holds prod (required) and only warns in staging (optional)', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'pg.yml': MODES });
    const history = new DirectoryHistory(path.join(dir, 'hist'));
    let minute = 0;
    const gate = async (profile: string, recall: number) => {
      await writeFiles(dir, { 'kb.json': JSON.stringify({ precision: 0.6, recall }) });
      const at = new Date(Date.UTC(2026, 2, 1) + ++minute * 60_000);
      return runGate({
        configPath: path.join(dir, 'pg.yml'),
        profile,
        inputs: {},
        env: {},
        cwd: dir,
        logger: silentLogger,
        history,
        now: () => at,
      });
    };
    for (const p of ['prod', 'staging'])
      for (const recall of [0.84, 0.82, 0.83]) expect((await gate(p, recall)).report.verdict).toBe('promote');
    const prod = await gate('prod', 0.75);
    expect(prod.report.verdict).toBe('hold');
    expect(prod.report.reasons[0]!.message).toBe(
      'kb (required) failed: recall drifted: 0.75 vs the mean of the last 3 runs (0.83) is -0.08, allowed >= -0.05 [mode auto]',
    );
    const staging = await gate('staging', 0.75);
    expect(staging.report.verdict).toBe('promote');
    expect(staging.report.reasons.find((r) => r.kind === 'advisory')?.message).toContain(
      'recall drifted: 0.75',
    );
    // dev does not run the benchmark at all.
    const dev = await gate('dev', 0.1);
    expect(dev.report.checks[0]).toMatchObject({ status: 'skipped', enforcement: 'off' });
  });
});
