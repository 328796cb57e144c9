import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseOutputs } from '../e2e/harness/runner.js';
import { testNode24 } from './node24.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const ACTION = path.join(ROOT, 'dist/index.js');

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Runs dist/index.js the way the runner does: a child process with INPUT_* and the GITHUB_* files. */
export async function runAction(
  workspace: string,
  temp: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<ActionRun> {
  const outputFile = path.join(temp, 'github_output');
  const summaryFile = path.join(temp, 'step_summary');
  const eventFile = path.join(temp, 'event.json');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  await writeFile(eventFile, JSON.stringify({ ref: 'refs/heads/main', after: '0'.repeat(40) }));
  const inputEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries(inputs)) inputEnv[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  const base: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? temp,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: 'acme/permits',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    RUNNER_TEMP: temp,
  };
  return new Promise((resolve) => {
    execFile(
      // Node 24, as on runners (or, with a warning for the whole run, the Node running the tests).
      testNode24().path,
      [ACTION],
      { cwd: workspace, env: { ...base, ...inputEnv, ...env } },
      async (err, stdout, stderr) => {
        const code = err ? ((err as { code?: number }).code ?? 1) : 0;
        resolve({
          code: typeof code === 'number' ? code : 1,
          stdout,
          stderr,
          outputs: parseOutputs(await readFile(outputFile, 'utf8')),
          summary: await readFile(summaryFile, 'utf8'),
        });
      },
    );
  });
}
