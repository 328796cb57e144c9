import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExec } from '../../src/adapters/exec.js';
import { createHttpClient } from '../../src/adapters/http.js';
import { silentLogger } from '../../src/adapters/logger.js';
import { runCli } from '../../src/cli/main.js';
import { renderDrift, runDrift } from '../../src/app/drift.js';
import { parseConfig } from '../../src/config/load.js';
import { planGate } from '../../src/config/plan.js';
import { DirectoryHistory } from '../../src/history/directory.js';
import { benchRun } from '../history/fixtures.js';
import { tempDir, writeFiles } from '../helpers/fs.js';

const OUT = path.join(import.meta.dirname, '..', '__outputs__');
const CONFIG = `version: 1
profiles:
  staging: { checks: [kb, lint] }
  prod: { extends: staging }
checks:
  kb: { type: benchmark, file: kb.json, thresholds: { precision: ">= 0.55", recall: ">= 0.80" } }
  lint: { type: files, paths: [kb.json] }
`;

/** Four earlier runs of each profile, recall ≈ 0.83, then the newest at `latest`. */
async function setup(latest: number): Promise<{ dir: string; history: DirectoryHistory }> {
  const dir = await tempDir();
  await writeFiles(dir, {
    '.github/promotion-gate.yml': CONFIG,
    'kb.json': '{"precision": 0.6, "recall": 0.83}',
  });
  const history = new DirectoryHistory(
    path.join(dir, '.promotion-gate/.history'),
    '.promotion-gate/.history',
  );
  for (const profile of ['prod', 'staging']) {
    let at = 0;
    for (const recall of [0.84, 0.82, 0.83, 0.83, latest])
      await history.append(benchRun({ precision: 0.6, recall }, { profile, at: at++ }));
  }
  return { dir, history };
}

async function drift(dir: string, history: DirectoryHistory, profile: string, fromHistory: boolean) {
  const plan = planGate(parseConfig('pg.yml', CONFIG), profile, { env: {}, inputs: {} });
  return runDrift({
    plan,
    store: history,
    fromHistory,
    outDir: path.join(dir, 'out'),
    cwd: dir,
    env: {},
    exec: createExec(),
    http: createHttpClient('test'),
    logger: silentLogger,
    now: () => new Date('2026-03-10T12:00:00Z'),
  });
}

describe('drift command', () => {
  it('from history: the newest run against the runs before it; blocking in required mode', async () => {
    const { dir, history } = await setup(0.76);
    const prod = await drift(dir, history, 'prod', true);
    expect(prod).toMatchObject({ alerts: 1, blockingAlerts: 1 });
    expect(prod.checks).toHaveLength(1); // only benchmark checks
    const kb = prod.checks[0]!;
    expect(kb).toMatchObject({
      check: 'kb',
      enforcement: 'required',
      blocking: true,
      baselineRuns: expect.any(Array),
    });
    expect(kb.current).toMatch(/^run /);
    expect(kb.points.find((p) => p.metric === 'recall')!.message).toBe(
      'recall drifted: 0.76 vs the mean of the last 4 runs (0.83) is -0.07, allowed >= -0.05',
    );
    const md = renderDrift(prod);
    await matches('drift-prod.md', md.replace(/run [\w-]+;/, 'run <id>;'));
    expect(JSON.parse(await readFile(path.join(dir, 'out/drift.json'), 'utf8'))).toMatchObject({
      kind: 'drift',
      alerts: 1,
    });

    // The same drift in staging (optional) is reported, not blocking.
    expect(await drift(dir, history, 'staging', true)).toMatchObject({ alerts: 1, blockingAlerts: 0 });
  });

  it('measured now: only drift counts, thresholds are the gate’s business', async () => {
    const { dir, history } = await setup(0.83);
    await writeFile(path.join(dir, 'kb.json'), '{"precision": 0.5, "recall": 0.83}'); // below the 0.55 threshold, but no drift
    const r = await drift(dir, history, 'prod', false);
    expect(r.checks[0]!.current).toBe('measured now');
    expect(r).toMatchObject({ alerts: 1, blockingAlerts: 1 }); // precision 0.5 vs 0.6 is a 0.1 drop
    await writeFile(path.join(dir, 'kb.json'), '{"precision": 0.59, "recall": 0.83}');
    expect(await drift(dir, history, 'prod', false)).toMatchObject({ alerts: 0, blockingAlerts: 0 });
  });

  it('a benchmark that cannot be measured is an alert (fail closed), blocking in required mode', async () => {
    const { dir, history } = await setup(0.83);
    await writeFile(path.join(dir, 'kb.json'), 'not json');
    const r = await drift(dir, history, 'prod', false);
    expect(r).toMatchObject({ alerts: 1, blockingAlerts: 1 });
    expect(r.checks[0]!.error).toMatch(/^kb\.json is not valid JSON/);
    await writeFile(path.join(dir, 'kb.json'), '{"note": "no numbers today"}');
    const empty = await drift(dir, history, 'prod', false);
    expect(empty).toMatchObject({ alerts: 1, blockingAlerts: 1 });
    expect(empty.checks[0]!.error).toBe('no numeric metrics in kb.json [mode auto]');
  });

  it('CLI: exit 1 on a blocking alert, 0 when not blocking, 2 without history', async () => {
    const { dir } = await setup(0.76);
    const cli = async (args: string[]) => {
      let stdout = '';
      let stderr = '';
      const code = await runCli(args, {
        stdout: (t) => (stdout += t),
        stderr: (t) => (stderr += t),
        env: {},
        cwd: dir,
      });
      return { code, stdout, stderr };
    };
    const prod = await cli(['drift', '-p', 'prod', '--from-history']);
    expect(prod.code).toBe(1);
    expect(prod.stdout).toContain('DRIFT  prod  1 alert(s), 1 blocking');
    expect(prod.stdout).toContain('✖ kb: recall drifted: 0.76');
    expect(prod.stdout).toContain(`report: ${path.join('.promotion-gate', 'prod-drift', 'drift.md')}`);
    expect((await cli(['drift', '-p', 'staging', '--from-history'])).code).toBe(0);
    const off = await cli(['drift', '-p', 'prod', '--history', 'off']);
    expect(off).toMatchObject({ code: 2 });
    expect(off.stderr).toContain('drift reads history: --history off leaves it nothing to read');
  });

  it('measured now: the value of an input whose name says it is secret is in no file and no line', async () => {
    const dir = await tempDir();
    const SECRET = 'SuPeRsEcReT-4c1d2e';
    await writeFiles(dir, {
      '.github/promotion-gate.yml': `version: 1
profiles:
  bench: { checks: [kb] }
checks:
  kb:
    type: benchmark
    mode: required
    run: >-
      echo "calling with \${{ inputs.api-token }}" >&2 &&
      printf '{"precision": 0.9, "note": "auth %s"}' "\${{ inputs.api-token }}" > kb.json
    file: kb.json
    thresholds: { precision: ">= 0.5" }
`,
    });
    let said = '';
    const code = await runCli(
      ['drift', '-p', 'bench', '--history', 'dir:h', '--input', `api-token=${SECRET}`],
      {
        stdout: (t) => (said += t),
        stderr: (t) => (said += t),
        env: { PATH: process.env.PATH },
        cwd: dir,
      },
    );
    expect(code).toBe(0);
    const out = path.join(dir, '.promotion-gate', 'bench-drift');
    const files = [
      await readFile(path.join(out, 'drift.json'), 'utf8'),
      await readFile(path.join(out, 'drift.md'), 'utf8'),
      await readFile(path.join(out, 'evidence', 'kb', 'results.json'), 'utf8'),
    ];
    // The run did measure, with the value in hand (masked where it is written).
    expect(files[2]).toContain('auth ***');
    for (const text of [said, ...files]) expect(text).not.toContain(SECRET);
  });
});

async function matches(name: string, text: string): Promise<void> {
  const file = path.join(OUT, name);
  if (process.env.UPDATE_OUTPUTS) await writeFile(file, text);
  expect(text).toBe(await readFile(file, 'utf8'));
}
