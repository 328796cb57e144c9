import os from 'node:os';
import path from 'node:path';

/**
 * Once per test run, before any worker starts: every Node process of the run — the workers, and
 * the bundled action, the CLI and Azurite that the tests start — keeps the code V8 compiles for
 * a module in a cache of the run's own, and the next process that loads the same module reads it
 * instead of compiling it again. The tests start the bundled action and CLI about a hundred
 * times; compiling the bundle took ≈130 ms of CPU in each run of the action, which (unlike the
 * CLI) does not turn the cache on itself: a hosted runner starts every job with an empty one.
 * The cache is keyed by each module's text, so a rebuilt bundle is compiled afresh; it lives in
 * the run's temporary folder (set up just before), removed when the run ends.
 */
export default function setup(): (() => void) | undefined {
  return shareCompileCache(process.env);
}

/** What `setup` does, to the environment given; `tmpdir` is where the run's temporary files go. */
export function shareCompileCache(
  env: NodeJS.ProcessEnv,
  tmpdir: () => string = os.tmpdir,
): (() => void) | undefined {
  if (env.NODE_COMPILE_CACHE !== undefined || env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  env.NODE_COMPILE_CACHE = path.join(tmpdir(), 'node-compile-cache');
  return () => {
    delete env.NODE_COMPILE_CACHE;
  };
}
