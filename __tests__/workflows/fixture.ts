import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { DirectoryHistory } from '../../src/history/directory.js';
import { parseOutputs } from '../e2e/harness/runner.js';
import { benchRun } from '../history/fixtures.js';
import { tempDir, writeFiles } from '../helpers/fs.js';

/**
 * A project as the scheduled workflows find it: a config with a benchmark, a history of earlier
 * runs in a directory store, and evidence for the aggregate.
 */

export const HISTORY = 'dir:.promotion-gate/.history';

export const CONFIG = `version: 1
profiles:
  staging: { checks: [kb, files] }
  prod: { extends: staging }
checks:
  kb:
    type: benchmark
    file: kb.json
    thresholds:
      precision: ">= \${{ inputs.min-precision || '0.50' }}"
      recall: ">= \${{ inputs.min-recall || '0.75' }}"
    drift: { lookback: 4, minHistory: 3, maxDrop: { precision: 0.05, recall: 0.05 } }
  files: { type: files, paths: [kb.json] }
aggregate:
  required: [certification, security]
`;

/** Runs of `profile` that measured recall 0.83, the newest an hour ago. */
export async function seedHistory(
  dir: string,
  profiles = ['prod', 'staging'],
  now = Date.now(),
): Promise<void> {
  const history = new DirectoryHistory(
    path.join(dir, '.promotion-gate/.history'),
    '.promotion-gate/.history',
  );
  for (const profile of profiles)
    for (const [i, recall] of [0.84, 0.82, 0.83, 0.83].entries())
      await history.append(
        benchRun(
          { precision: 0.6, recall },
          { profile, finishedAt: new Date(now - (4 - i) * 3_600_000).toISOString() },
        ),
      );
}

/** The project with history; kb.json holds the benchmark's result now. */
export async function project(o: { recall?: number } = {}): Promise<string> {
  const dir = await tempDir('pg-workflows-');
  await writeFiles(dir, {
    '.github/promotion-gate.yml': CONFIG,
    'kb.json': JSON.stringify({ precision: 0.6, recall: o.recall ?? 0.83 }),
    'evidence/certification.json': '{"status": "passed"}',
    'evidence/security.json': '{"conclusion": "success"}',
  });
  await seedHistory(dir);
  return dir;
}

export interface InProcessRun {
  code: number;
  outputs: Record<string, string>;
  summary: string;
}

let runnerDir: string | undefined;
afterAll(async () => {
  if (runnerDir) await rm(runnerDir, { recursive: true, force: true });
});

/** Runs the action's entry (`run` of src/action/main.ts) in this process with the runner's environment. */
export async function runInProcess(
  run: () => Promise<number>,
  workspace: string,
  inputs: Record<string, string>,
): Promise<InProcessRun> {
  // One runner directory per test file: @actions/core keeps the summary file's path once it has
  // written to it, so that file must outlive each test.
  runnerDir ??= await mkdtemp(path.join(os.tmpdir(), 'pg-runner-'));
  const temp = runnerDir;
  const files = { output: path.join(temp, 'output'), summary: path.join(temp, 'summary') };
  await writeFile(files.output, '');
  await writeFile(files.summary, '');
  await writeFile(path.join(temp, 'event.json'), '{}');
  const saved = process.env;
  process.env = {
    PATH: saved.PATH,
    HOME: saved.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'acme/permits',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_EVENT_PATH: path.join(temp, 'event.json'),
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: temp,
  };
  for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k.toUpperCase()}`] = v;
  try {
    const code = await run();
    return {
      code,
      outputs: parseOutputs(await readFile(files.output, 'utf8')),
      summary: await readFile(files.summary, 'utf8'),
    };
  } finally {
    process.env = saved;
    process.exitCode = undefined;
  }
}
