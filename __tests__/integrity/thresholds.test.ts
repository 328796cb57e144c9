import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DirectoryHistory } from '../../src/history/directory.js';
import type { RunSummary } from '../../src/history/types.js';
import { tempDir, writeFiles } from '../helpers/fs.js';
import { check, CONFIG, gate, pullRequest } from './helpers.js';

const rules = (precision: string) => `version: 1
profiles:
  pr: { checks: [gate, bench] }
checks:
  gate: { type: integrity }
  bench: { type: benchmark, mode: optional, file: bench.json, thresholds: { precision: '${precision}' } }
`;

function run(i: number, precision: number): RunSummary {
  const at = new Date(Date.UTC(2026, 2, i, 12)).toISOString();
  return {
    schemaVersion: 1,
    profile: 'pr',
    runId: `r${i}`,
    startedAt: at,
    finishedAt: at,
    verdict: 'promote',
    score: 5,
    action: 'auto-promote',
    level: 'ga_ready',
    hotfixChecks: [],
    checks: [{ id: 'bench', type: 'benchmark', status: 'pass', score: 5, metrics: { precision } }],
  };
}

describe('integrity: a loosened threshold carries what history says about its metric', () => {
  it('the finding and thresholds.md show the trend, the last drift and the last review', async () => {
    const pr = await pullRequest(
      { [CONFIG]: rules('>= 0.55'), 'bench.json': '{"precision": 0.6}' },
      { [CONFIG]: rules('>= 0.40') },
    );
    const history = new DirectoryHistory(path.join(await tempDir('pg-history-'), 'h'));
    const values = [0.61, 0.6, 0.62, 0.58, 0.6];
    for (const [i, v] of values.entries()) await history.append(run(i + 1, v));
    await writeFiles(pr.dir, {
      '.promotion-gate/pr-review/review.json': JSON.stringify({
        generatedAt: '2026-03-06T08:00:00.000Z',
        window: { label: 'last 7d' },
        runs: { passRate: 100 },
        driftAlerts: [{ check: 'bench', point: { message: 'precision drifted: 0.5 vs the mean (0.6)' } }],
      }),
    });
    const result = await gate(pr.dir, { env: pr.env, history });
    const integrity = check(result.report.checks, 'gate');
    expect(integrity.findings).toContainEqual({
      level: 'failure',
      file: CONFIG,
      line: 6,
      message:
        'weakened checks.bench.thresholds.precision: >= 0.55 → >= 0.40 (loosened) in profile pr; history of precision: last 5 value(s) 0.58–0.62, newest 0.6 (evidence thresholds.md)',
    });
    const md = await readFile(path.join(result.outDir, 'evidence/gate/thresholds.md'), 'utf8');
    expect(md).toContain('## `bench` · precision');
    expect(md).toContain('- `checks.bench.thresholds.precision`: >= 0.55 → >= 0.40 (loosened)');
    expect(md).toContain('```mermaid\nxychart-beta\n  title "bench precision, last 5 run(s)"');
    expect(md).toContain('  line [0.61, 0.6, 0.62, 0.58, 0.6]');
    expect(md).toContain('Last 5 value(s): 0.61, 0.6, 0.62, 0.58, 0.6 (min 0.58, max 0.62).');
    expect(md).toContain(
      'Last drift: run r5: precision 0.6 vs the mean of the last 4 runs (0.6025): -0.0025, within >= -0.08.',
    );
    expect(md).toContain(
      'Last review: .promotion-gate/pr-review/review.json of 2026-03-06T08:00:00.000Z (last 7d): pass rate 100%, 1 drift alert(s) of bench, the last: precision drifted: 0.5 vs the mean (0.6).',
    );
    // The base's threshold judged this run: 0.6 meets >= 0.55.
    expect(check(result.report.checks, 'bench')).toMatchObject({ status: 'pass' });
    expect(result.report.checks.find((c) => c.id === 'bench')!.summary).toContain('1 threshold(s) met');
  });

  it('a review file that leads out of the workspace is not read', async () => {
    const pr = await pullRequest(
      { [CONFIG]: rules('>= 0.55'), 'bench.json': '{"precision": 0.6}' },
      { [CONFIG]: rules('>= 0.40') },
    );
    // What a pull request can commit: a symbolic link where the review would be (to a file of
    // the machine, or to /dev/zero, which never ends).
    const outside = path.join(await tempDir('pg-outside-'), 'review.json');
    await writeFile(outside, JSON.stringify({ generatedAt: 'OUTSIDE-THE-WORKSPACE' }));
    await mkdir(path.join(pr.dir, '.promotion-gate/pr-review'), { recursive: true });
    await symlink(outside, path.join(pr.dir, '.promotion-gate/pr-review/review.json'));
    const result = await gate(pr.dir, { env: pr.env });
    const md = await readFile(path.join(result.outDir, 'evidence/gate/thresholds.md'), 'utf8');
    expect(md).not.toContain('OUTSIDE-THE-WORKSPACE');
    expect(md).toMatch(/Last review: .*review\.json not read: it is not a regular file inside the workspace/);
  });

  it('without a history store the evidence says how to get one', async () => {
    const pr = await pullRequest(
      { [CONFIG]: rules('>= 0.55'), 'bench.json': '{"precision": 0.6}' },
      { [CONFIG]: rules('>= 0.40') },
    );
    const result = await gate(pr.dir, { env: pr.env });
    const md = await readFile(path.join(result.outDir, 'evidence/gate/thresholds.md'), 'utf8');
    expect(md).toContain('_No history store: set `--history` (or the `history` input) to see the trend._');
    expect(md).toContain('No recorded value of this metric.');
    expect(md.length).toBeLessThan(2000);
  });
});
