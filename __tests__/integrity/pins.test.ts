import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { tempDir, writeFiles } from '../helpers/fs.js';

const CONFIG = `version: 1
profiles:
  prod: { checks: [lint, bench] }
checks:
  lint: { type: trend, file: lint.txt, lookback: 3 }
  bench:
    type: benchmark
    mode: required
    file: bench.json
    drift: { minHistory: 1, maxDrop: { precision: 0.05 } }
`;

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: { PATH: process.env.PATH, USER: 'tester' },
    cwd,
  });
  return { code, stdout, stderr };
}

/** A gate run with these measurements; returns its run id and report. */
async function measure(dir: string, lint: number, precision: number) {
  await writeFiles(dir, { 'lint.txt': `${lint}\n`, 'bench.json': JSON.stringify({ precision }) });
  const r = await cli(['gate', '-p', 'prod'], dir);
  const runId = /history: run (\S+) recorded/.exec(r.stdout)?.[1];
  if (!runId) throw new Error(`no run recorded:\n${r.stdout}\n${r.stderr}`);
  const report = JSON.parse(await readFile(path.join(dir, '.promotion-gate/prod/report.json'), 'utf8')) as {
    checks: { id: string; status: string; summary: string; findings: { level: string; message: string }[] }[];
  };
  const check = (id: string) => report.checks.find((c) => c.id === id)!;
  return { ...r, runId, check };
}

describe('history pin / unpin: a reference run drift and trends compare with too', () => {
  it('compares with the pinned run as well as the last runs; an invalidated pin is said and no longer used', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { '.github/promotion-gate.yml': CONFIG });
    const reference = await measure(dir, 5, 0.9);
    for (let i = 0; i < 3; i++) await measure(dir, 10, 0.8);

    const pin = await cli(
      ['history', 'pin', '-p', 'prod', '--run', reference.runId, '--reason', 'release 1.0, reviewed'],
      dir,
    );
    expect(pin).toMatchObject({ code: 0 });
    expect(pin.stdout).toBe(
      `run ${reference.runId} of prod is pinned in directory .promotion-gate/.history: release 1.0, reviewed\n`,
    );
    const list = await cli(['history', 'list', '-p', 'prod'], dir);
    expect(list.stdout).toContain(`${reference.runId}`);
    expect(list.stdout).toContain('PINNED: release 1.0, reviewed');

    // Stable against the last three runs, but twice the pinned reference: a spike, and a drift.
    const pinned = await measure(dir, 10, 0.8);
    expect(pinned.code).toBe(1);
    expect(pinned.check('lint')).toMatchObject({
      status: 'fail',
      summary: `lint spiked: 10 vs pinned run ${reference.runId} (5), 100% worse (fails above 50%)`,
    });
    expect(pinned.check('lint').findings).toContainEqual({
      level: 'notice',
      message: 'lint 10: stable vs the average of the last 3 runs (10)',
    });
    expect(pinned.check('bench').status).toBe('fail');
    expect(pinned.check('bench').findings).toContainEqual({
      level: 'failure',
      message: `precision drifted: 0.8 vs pinned run ${reference.runId} (0.9) is -0.1, allowed >= -0.05`,
    });

    // The drift command judges against the pinned run too.
    const drift = await cli(['drift', '-p', 'prod', '--from-history'], dir);
    expect(drift.code).toBe(1);
    expect(drift.stdout).toContain(
      `✖ bench: precision drifted: 0.8 vs pinned run ${reference.runId} (0.9) is -0.1, allowed >= -0.05`,
    );
    expect(await readFile(path.join(dir, '.promotion-gate/prod-drift/drift.md'), 'utf8')).toContain(
      `(pinned run ${reference.runId})`,
    );

    // The reference turns out to be bad: invalidated, it is no longer compared with, and that is said.
    const inv = await cli(
      ['history', 'invalidate', '-p', 'prod', '--run', reference.runId, '--reason', 'fixture data'],
      dir,
    );
    expect(inv.code).toBe(0);
    const invalidated = await measure(dir, 10, 0.8);
    expect(invalidated.check('lint').status).toBe('pass');
    expect(invalidated.check('lint').findings).toContainEqual({
      level: 'notice',
      message: `pinned run ${reference.runId} is marked invalid (fixture data); no longer compared with`,
    });
    expect(invalidated.check('bench').findings).toContainEqual({
      level: 'notice',
      message: `pinned run ${reference.runId} is marked invalid (fixture data); no longer compared with`,
    });

    const unpin = await cli(['history', 'unpin', '-p', 'prod', '--run', reference.runId], dir);
    expect(unpin.stdout).toBe(
      `run ${reference.runId} of prod is not pinned in directory .promotion-gate/.history\n`,
    );
    const after = await measure(dir, 10, 0.8);
    expect(after.check('lint').findings.filter((f) => f.message.includes('pinned'))).toEqual([]);
  });

  it('refuses to pin a run history does not have, or one marked invalid', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { '.github/promotion-gate.yml': CONFIG });
    const run = await measure(dir, 5, 0.9);
    const missing = await cli(['history', 'pin', '-p', 'prod', '--run', 'nope'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`no run "nope" of profile "prod" in directory .promotion-gate/.history`);
    await cli(['history', 'invalidate', '-p', 'prod', '--run', run.runId, '--reason', 'broken runner'], dir);
    const invalid = await cli(['history', 'pin', '-p', 'prod', '--run', run.runId], dir);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain(
      `run "${run.runId}" of profile "prod" is marked invalid (broken runner): an invalid run cannot be a reference`,
    );
  });
});
