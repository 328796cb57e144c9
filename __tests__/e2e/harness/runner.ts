import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { testNode24 } from '../../helpers/node24.js';
import { DEFAULT_REPO, DEFAULT_SHA, type EventSpec, pushEvent } from './events.js';
import type { FakeGitHub } from './fakeGitHub.js';
import type { FakeResults } from './results.js';

/**
 * The Actions runner, as far as a JavaScript action can tell: the bundled dist/index.js runs as
 * a child process under Node 24 with the runner's environment — the event payload file,
 * GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, RUNNER_TEMP, INPUT_* (with action.yml's defaults filled
 * in, as the runner does), the API URLs of the fakes and an ACTIONS_RUNTIME_TOKEN.
 */

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const ACTION = path.join(ROOT, 'dist/index.js');
export const CLI = path.join(ROOT, 'dist/cli/index.js');

/**
 * Node 24 (what runs `node24` actions), found once per test run (__tests__/setup/node24.ts,
 * which warns when there is none and this falls back to the Node running the tests).
 */
export function node24(): string {
  return testNode24().path;
}

export interface RunnerOptions {
  workspace: string;
  /** RUNNER_TEMP; the event, output and summary files are written here. */
  temp: string;
  github?: FakeGitHub;
  results?: FakeResults;
  /** owner/name (default acme/permits). */
  repo?: string;
  runId?: number;
  attempt?: number;
  /** GITHUB_SHA (default aaaa…). */
  sha?: string;
  ref?: string;
  event?: EventSpec;
  /** Action inputs by name (`fail-on`, `profile`…); the rest get action.yml's defaults. */
  inputs?: Record<string, string>;
  /** What `${{ github.token }}` expands to (the default of input `token`). */
  token?: string;
  env?: Record<string, string>;
}

export interface RunnerFiles {
  output: string;
  summary: string;
  event: string;
}

function actionDefaults(): Record<string, string> {
  const doc = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
    inputs?: Record<string, { default?: unknown }>;
  };
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(doc.inputs ?? {}))
    if (spec?.default !== undefined) out[name] = String(spec.default);
  return out;
}

export const inputEnvName = (name: string) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;

/** The environment a runner gives a step, and the files it reads back. */
export async function runnerEnv(
  o: RunnerOptions,
): Promise<{ env: Record<string, string>; files: RunnerFiles }> {
  const repo = o.repo ?? DEFAULT_REPO;
  const runId = o.runId ?? 4242;
  const files: RunnerFiles = {
    output: path.join(o.temp, 'github_output'),
    summary: path.join(o.temp, 'step_summary'),
    event: path.join(o.temp, 'event.json'),
  };
  await writeFile(files.output, '');
  await writeFile(files.summary, '');
  const event = o.event ?? pushEvent({ repo, sha: o.sha ?? DEFAULT_SHA });
  await writeFile(files.event, JSON.stringify(event.payload));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? o.temp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_REPOSITORY: repo,
    GITHUB_REPOSITORY_OWNER: repo.split('/')[0]!,
    GITHUB_SHA: o.sha ?? DEFAULT_SHA,
    GITHUB_REF: o.ref ?? 'refs/heads/main',
    GITHUB_RUN_ID: String(runId),
    GITHUB_RUN_ATTEMPT: String(o.attempt ?? 1),
    GITHUB_RUN_NUMBER: '17',
    GITHUB_JOB: 'gate',
    GITHUB_WORKFLOW: 'promote',
    GITHUB_ACTOR: 'alice',
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: o.temp,
    RUNNER_OS: 'Linux',
  };
  if (o.github) {
    env.GITHUB_API_URL = o.github.url;
    env.GITHUB_GRAPHQL_URL = `${o.github.url}/graphql`;
    // No second between writes to the fake (a test of pacing or rate limits sets it back to on).
    env.PROMOTION_GATE_API_PACING = 'off';
  }
  if (o.results) {
    env.ACTIONS_RESULTS_URL = o.results.url;
    env.ACTIONS_RUNTIME_TOKEN = o.results.runtimeToken({ repo, runId });
  }
  const inputs = { ...actionDefaults(), ...o.inputs };
  for (const [k, v] of Object.entries(inputs)) {
    env[inputEnvName(k)] = v.replace(/\$\{\{\s*github\.token\s*\}\}/g, o.token ?? '');
  }
  return { env: { ...env, ...o.env }, files };
}

/** Parses $GITHUB_OUTPUT (`name<<delimiter` blocks, as @actions/core writes them). */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

export interface ProcessRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface ActionRun extends ProcessRun {
  outputs: Record<string, string>;
  summary: string;
  env: Record<string, string>;
}

/** Starts a script with Node 24; killed (and reported) if it outlives `timeoutMs`. */
export function spawnNode(
  script: string,
  args: string[],
  opts: { cwd: string; env: Record<string, string>; timeoutMs?: number },
): { child: ChildProcess; done: Promise<ProcessRun> } {
  const child = spawn(node24(), [script, ...args], {
    cwd: opts.cwd,
    // The run's cache of compiled code (__tests__/setup/compileCache.ts) is the test harness's,
    // not the runner's: it changes how fast the process starts, not what it does.
    env: process.env.NODE_COMPILE_CACHE
      ? { NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE, ...opts.env }
      : opts.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const done = new Promise<ProcessRun>((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(
          `${path.basename(script)} did not finish within ${opts.timeoutMs ?? 60_000} ms\n${stdout}\n${stderr}`,
        ),
      );
    }, opts.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
  return { child, done };
}

export function runNode(
  script: string,
  args: string[],
  opts: { cwd: string; env: Record<string, string>; timeoutMs?: number },
): Promise<ProcessRun> {
  return spawnNode(script, args, opts).done;
}

/** Starts dist/index.js the way the runner does; `done` resolves with what it wrote. */
export async function startAction(
  o: RunnerOptions & { timeoutMs?: number },
): Promise<{ child: ChildProcess; done: Promise<ActionRun> }> {
  const { env, files } = await runnerEnv(o);
  const { child, done } = spawnNode(ACTION, [], { cwd: o.workspace, env, timeoutMs: o.timeoutMs });
  return {
    child,
    done: done.then(async (r) => ({
      ...r,
      env,
      outputs: parseOutputs(await readFile(files.output, 'utf8')),
      summary: await readFile(files.summary, 'utf8'),
    })),
  };
}

/** Runs dist/index.js the way the runner does. */
export async function runAction(o: RunnerOptions & { timeoutMs?: number }): Promise<ActionRun> {
  return (await startAction(o)).done;
}

/** Runs the bundled CLI (dist/cli/index.js) with the given environment. */
export function runCli(
  args: string[],
  opts: { cwd: string; env: Record<string, string>; timeoutMs?: number },
) {
  return runNode(CLI, args, opts);
}

/** Workflow commands (`::notice title=…::message`) printed by a run, decoded. */
export function workflowCommands(
  stdout: string,
  command?: string,
): { command: string; props: string; message: string }[] {
  const out: { command: string; props: string; message: string }[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::([a-z-]+)( [^:]*)?::(.*)$/.exec(line);
    if (!m || (command && m[1] !== command)) continue;
    out.push({
      command: m[1]!,
      props: (m[2] ?? '').trim(),
      message: m[3]!.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%'),
    });
  }
  return out;
}
