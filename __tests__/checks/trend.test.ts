import { describe, expect, it } from 'vitest';
import type { HistoryView, RunSummary } from '../../src/history/types.js';
import { run } from '../history/fixtures.js';
import { tempDir, writeFiles } from '../helpers/fs.js';
import { runCheck } from './run.js';
import { optionRef } from '../../src/core/optionRef.js';

const lintRun = (value: number | null, over: Partial<RunSummary> = {}) =>
  run({ ...over, checks: [{ id: 'lint', type: 'trend', status: 'pass', score: 5, metrics: { value } }] });
const view = (values: (number | null)[], extra: RunSummary[] = []): HistoryView => ({
  describe: () => 'test',
  read: async () => ({ runs: [...values.map((v) => lintRun(v)), ...extra], problems: [] }),
});

async function trend(
  spec: Record<string, unknown>,
  history?: HistoryView,
  files: Record<string, string> = {},
) {
  const dir = await tempDir();
  await writeFiles(dir, files);
  return runCheck('trend', spec, { cwd: dir, extra: { id: 'lint' }, deps: history ? { history } : {} });
}

describe('trend check (average of the last 3 runs; growth warns, > 50 % fails)', () => {
  it.each([
    // [case, current, history, status, score, summary]
    ['no history yet', 12, [], 'pass', 5, 'lint 12 (no history yet)'],
    ['clean', 0, [10, 12, 14], 'pass', 5, 'lint 0: improving vs the average of the last 3 runs (12)'],
    [
      'stable (= average)',
      12,
      [10, 12, 14],
      'pass',
      5,
      'lint 12: stable vs the average of the last 3 runs (12)',
    ],
    ['declining', 11, [10, 12, 14], 'pass', 5, 'lint 11: improving vs the average of the last 3 runs (12)'],
    [
      'growing (+25 %)',
      15,
      [10, 12, 14],
      'warn',
      3,
      'lint grew: 15 vs the average of the last 3 runs (12), 25% worse (warns above 0%)',
    ],
    [
      'exactly +50 % still only grows',
      18,
      [10, 12, 14],
      'warn',
      3,
      'lint grew: 18 vs the average of the last 3 runs (12), 50% worse (warns above 0%)',
    ],
    [
      'spike (> +50 %)',
      19,
      [10, 12, 14],
      'fail',
      1,
      'lint spiked: 19 vs the average of the last 3 runs (12), 58.3% worse (fails above 50%)',
    ],
    [
      'only the last 3 runs count',
      12,
      [100, 100, 10, 12, 14],
      'pass',
      5,
      'lint 12: stable vs the average of the last 3 runs (12)',
    ],
    [
      'from zero, any rise is a spike',
      1,
      [0, 0, 0],
      'fail',
      1,
      'lint spiked: 1 vs the average of the last 3 runs (0), from 0 worse (fails above 50%)',
    ],
    [
      'runs without a value are skipped',
      12,
      [12, null, 12],
      'pass',
      5,
      'lint 12: stable vs the average of the last 2 runs (12)',
    ],
  ])('%s', async (_c, current, history, status, score, summary) => {
    const r = await trend({ run: `echo "${current} problems"` }, view(history));
    expect(r).toMatchObject({ status, score, summary, metrics: { value: current } });
  });

  it('leaves invalid runs out of the average', async () => {
    const bad = lintRun(1000, { invalid: { reason: 'linter misconfigured', at: '2026-03-01T00:00:00Z' } });
    const r = await trend({ run: 'echo 12' }, view([12, 12], [bad]));
    expect(r.summary).toBe('lint 12: stable vs the average of the last 2 runs (12)');
  });

  it('higher is better (coverage): a drop warns; tolerance absorbs noise', async () => {
    expect(
      await trend({ run: 'echo 80', better: 'higher', name: 'coverage' }, view([85, 85, 85])),
    ).toMatchObject({
      status: 'warn',
      summary: 'coverage fell: 80 vs the average of the last 3 runs (85), 5.9% worse (warns above 0%)',
    });
    expect(
      (await trend({ run: 'echo 84.5', better: 'higher', tolerance: 1 }, view([85, 85, 85]))).status,
    ).toBe('pass');
    expect(
      (await trend({ run: 'echo 90', lookback: 1, warnAbove: 10, failAbove: 20 }, view([80]))).status,
    ).toBe('warn');
  });

  it('reads the number from a failing command (linters exit 1 on findings), a pattern, a JSON path or a file', async () => {
    expect(
      await trend({ run: 'echo "Found 7 violations"; exit 1', pattern: '(\\d+) violations' }),
    ).toMatchObject({ status: 'warn', metrics: { value: 7 } });
    const json = await trend({ file: 'size.json', path: 'bundle.bytes' }, view([]), {
      'size.json': '{"bundle": {"bytes": 5300000}}',
    });
    expect(json).toMatchObject({ status: 'pass', metrics: { value: 5300000 } });
  });

  it('could not run: no number, a path that is not a number, bad settings', async () => {
    expect((await trend({ run: 'echo none' })).error).toBe(
      'cannot read lint: no number in the command output (exit 0)',
    );
    expect((await trend({ file: 'x.json', path: 'n' }, view([]), { 'x.json': '{"n": "many"}' })).error).toBe(
      'cannot read lint: n in x.json is "many", not a number',
    );
    expect((await trend({ run: 'echo 1', file: 'x' })).error).toBe(
      'bad trend check: give exactly one of run or file, not both',
    );
    expect((await trend({ run: 'echo 1', warnAbove: 60 })).error).toBe(
      'bad trend check: failAbove 50 is below warnAbove 60',
    );
  });

  it('without a history store it warns that no trend could be computed', async () => {
    expect(await trend({ run: 'echo 3' })).toMatchObject({
      status: 'warn',
      summary: `lint 3: no history store, so no trend (set ${optionRef('history')})`,
    });
  });
});
