import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/action/main.js';
import { verifyBundle } from '../../src/bundle/verify.js';
import { HISTORY, project, runInProcess } from './fixture.js';

/**
 * The action runs drift, review and aggregate — what the scheduled workflows call — with the
 * same use cases as the CLI, its figures as outputs and its report in the job summary.
 */

const action = (dir: string, inputs: Record<string, string>) => runInProcess(run, dir, inputs);

describe('the action: command drift', () => {
  it('no drift: exit 0, the counts and the report as outputs, the report in the job summary', async () => {
    const dir = await project();
    const r = await action(dir, { command: 'drift', profile: 'prod', history: HISTORY });
    expect(r.code).toBe(0);
    const outDir = path.join(dir, '.promotion-gate/prod-drift');
    expect(r.outputs).toMatchObject({
      alerts: '0',
      'blocking-alerts': '0',
      'report-dir': outDir,
      'report-path': path.join(outDir, 'drift.json'),
    });
    expect(JSON.parse(await readFile(r.outputs['report-path']!, 'utf8'))).toMatchObject({ kind: 'drift' });
    expect(r.summary).toContain('prod');
  });

  it('a drop of a required benchmark: exit 1, or 0 with fail-on never; the alert is counted either way', async () => {
    const dir = await project({ recall: 0.7 });
    const held = await action(dir, { command: 'drift', profile: 'prod', history: HISTORY });
    expect(held.code).toBe(1);
    expect(held.outputs).toMatchObject({ alerts: '1', 'blocking-alerts': '1' });
    expect(held.summary).toContain('| recall | 0.7 | 0.83 | -0.13 |');
    const never = await action(dir, {
      command: 'drift',
      profile: 'prod',
      history: HISTORY,
      'fail-on': 'never',
    });
    expect(never.code).toBe(0);
    expect(never.outputs['blocking-alerts']).toBe('1');
    // Optional in staging: reported, not blocking.
    const staging = await action(dir, { command: 'drift', profile: 'staging', history: HISTORY });
    expect(staging).toMatchObject({ code: 0, outputs: { alerts: '1', 'blocking-alerts': '0' } });
  });

  it('without history or a profile: exit 2 naming the input', async () => {
    const dir = await project();
    const off = await action(dir, { command: 'drift', profile: 'prod' });
    expect(off.code).toBe(2);
    const none = await action(dir, { command: 'drift', history: HISTORY });
    expect(none.code).toBe(2);
  });
});

describe('the action: command review', () => {
  it('the weekly review: exit 0, pass rate and alerts as outputs, review.md in the job summary', async () => {
    const dir = await project();
    const r = await action(dir, { command: 'review', profile: 'prod', lookback: '7d', history: HISTORY });
    expect(r.code).toBe(0);
    const outDir = path.join(dir, '.promotion-gate/prod-review');
    expect(r.outputs).toMatchObject({
      'pass-rate': '100',
      alerts: '0',
      'report-dir': outDir,
      'report-path': path.join(outDir, 'review.json'),
    });
    const review = JSON.parse(await readFile(r.outputs['report-path']!, 'utf8'));
    expect(review.runs.total).toBe(4);
    expect(r.summary).toBe(await readFile(path.join(outDir, 'review.md'), 'utf8'));
  });

  it('the monthly checkpoint: monthly-<month>.json; an empty month has an empty pass rate', async () => {
    const dir = await project();
    const r = await action(dir, { command: 'review', profile: 'prod', month: '2020-01', history: HISTORY });
    expect(r.code).toBe(0);
    expect(r.outputs['report-path']).toBe(path.join(dir, '.promotion-gate/prod-review/monthly-2020-01.json'));
    expect(r.outputs['pass-rate']).toBe('');
  });

  it('bad inputs are exit 2: a bad month, a bad lookback, both at once', async () => {
    const dir = await project();
    const bad: Record<string, string>[] = [
      { month: '2026-13' },
      { lookback: '0' },
      { lookback: '7d', month: '2026-01' },
    ];
    for (const inputs of bad)
      expect(
        (await action(dir, { command: 'review', profile: 'prod', history: HISTORY, ...inputs })).code,
        JSON.stringify(inputs),
      ).toBe(2);
  });
});

describe('the action: command aggregate', () => {
  it('ga_ready over a directory of evidence: exit 0, level, score and a bundle that verifies', async () => {
    const dir = await project();
    const r = await action(dir, { command: 'aggregate', 'evidence-dir': 'evidence', release: 'v1.2.0' });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ level: 'ga_ready', score: '100' });
    expect(await verifyBundle(r.outputs['report-dir']!, r.outputs['bundle-id'])).toMatchObject({ ok: true });
    expect(JSON.parse(await readFile(r.outputs['report-path']!, 'utf8'))).toMatchObject({
      release: 'v1.2.0',
    });
  });

  it('a required domain missing: exit 1 with the blocker; evidence lines and required override the config', async () => {
    const dir = await project();
    const r = await action(dir, {
      command: 'aggregate',
      evidence: 'certification=evidence/certification.json',
      required: 'certification, sbom',
    });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ level: 'blocked', score: '50' });
    expect(JSON.parse(await readFile(r.outputs['report-path']!, 'utf8')).blockers).toEqual(['sbom.missing']);
    const bad = await action(dir, { command: 'aggregate', evidence: 'no domain here' });
    expect(bad.code).toBe(2);
  });
});
