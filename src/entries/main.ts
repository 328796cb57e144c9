// The one bundle behind both front ends (dist/lib/index.js). dist/index.js (the action) and
// dist/cli/index.js (the CLI) are tiny stubs, written by scripts/build.mjs, that import it and
// call one of these. Each front end is imported lazily, so the action never evaluates the CLI's
// modules (commander, …) and the CLI never evaluates the action's (@actions/*, octokit).
import { enableThreads } from '../adapters/threads.js';
import { actionSetsRunFlags, cliSetsRunFlags, setRunFlags } from './flags.js';
import { outliveClosedPipes } from './pipes.js';
import { stopSignal } from './stop.js';

/**
 * What a thread runs (see src/adapters/threads.ts), loaded when a thread asks for it: the diff's
 * readers and the git processes behind them are no part of a front end's start.
 */
export async function scanThread(): Promise<void> {
  return (await import('./threads.js')).scanThread();
}
export async function jobThread(): Promise<void> {
  return (await import('./threads.js')).jobThread();
}

// Threads load this same bundle (see src/adapters/threads.ts). From the TypeScript sources
// (the test suite) the URL is a .ts file no thread can load: scans stay on the main thread.
const bundled = !import.meta.url.endsWith('.ts');

/**
 * How zod builds schemas (schemas.ts), set before a front end loads and builds its schemas.
 * Loaded here rather than with this module, so scan threads, which use no schema, skip zod.
 */
const schemaMode = () => import('./schemas.js');

/** The action: run the gate under the runner, then set the process exit code. */
export async function action(): Promise<void> {
  if (actionSetsRunFlags(process.env)) await setRunFlags();
  if (bundled) enableThreads(import.meta.url);
  await schemaMode();
  const { run } = await import('../action/main.js');
  const stop = stopSignal();
  const code = await run(stop.signal);
  process.exitCode = stop.exitCode() ?? code;
}

/** The CLI on `argv` (without node and the script), then set the process exit code. */
export async function cli(argv: readonly string[]): Promise<void> {
  outliveClosedPipes();
  if (cliSetsRunFlags(argv)) await setRunFlags();
  if (bundled) enableThreads(import.meta.url);
  await schemaMode();
  const { runCli } = await import('../cli/main.js');
  const stop = stopSignal();
  const code = await runCli(argv, {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    cwd: process.cwd(),
    signal: stop.signal,
  });
  process.exitCode = stop.exitCode() ?? code;
}
