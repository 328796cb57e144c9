import os from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Workers: most test files spend their time waiting (on child processes, git, servers on
 * 127.0.0.1), not computing, so one worker per core leaves the cores idle; vitest's own default
 * (cores − 1) runs a single worker on a 2-core machine. One more than the cores, and at least
 * three, keeps them busy without crowding a small machine. VITEST_MAX_WORKERS or --maxWorkers
 * still override it.
 */
const workers = Math.max(3, os.availableParallelism() + 1);

/**
 * Files that change what the whole process shares — process.env, process.exitCode,
 * process.stdout, the action's entry run in this process — or that load a fixture holding such
 * state: each runs in a fresh worker with fresh modules, as every file once did.
 * __tests__/setup/isolation.test.ts finds such files and fails when one is missing here.
 */
const PROCESS_STATE = [
  '__tests__/action/pacing.test.ts',
  '__tests__/action/step.test.ts',
  '__tests__/app/options.test.ts',
  '__tests__/deploy/github.test.ts',
  '__tests__/deploy/history.test.ts',
  '__tests__/e2e/workflows.test.ts',
  '__tests__/history/artifacts.test.ts',
  '__tests__/monitor/action.test.ts',
  '__tests__/monitor/artifacts.test.ts',
  '__tests__/trust/action-log.test.ts',
  '__tests__/watch/action.test.ts',
  '__tests__/workflows/action-commands.test.ts',
];

/**
 * Files whose tests race a real clock against child processes: a check's 1 s timeout against
 * git reaching a remote, a monitor window of a few seconds against its ticks. A worker that has
 * loaded many files starts a process more slowly (the fork copies a larger memory map), enough
 * to lose such a race on a busy machine; a fresh worker does not.
 */
const CLOCK_RACES = [
  '__tests__/change/gate.test.ts',
  '__tests__/monitor/monitor.test.ts',
  '__tests__/monitor/resume.test.ts',
];

export const ISOLATED = [...PROCESS_STATE, ...CLOCK_RACES];

/**
 * Files that load check types and the full YAML reading themselves, as a front end does: neither is
 * loaded before them.
 */
const OWN_CHECK_TYPES = ['__tests__/registry/**/*.test.ts'];

/**
 * Before each file: zod in the mode the bundle sets; GitHub writes unpaced (the fake GitHub is on
 * this machine); its temporary directories are removed after each of its tests; and, but for the
 * files that load them themselves, every check type and the full reading of a config's YAML loaded.
 */
const SETUP = ['__tests__/setup/schemas.ts', '__tests__/setup/pacing.ts', '__tests__/setup/tempDirs.ts'];

export default defineConfig({
  test: {
    // A bound for a test that hangs, far above what a test takes alone: on a machine busy with other
    // work a test of a few seconds can take several times that.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: workers,
    // A worker starts thousands of processes (git, the CLI, scripts), and Linux copies the page
    // tables of the process that starts one: its cost grows with the worker's memory. V8 lets a
    // busy process's young generation grow to 128 MB, a third of a worker's; held to 16 MB, it
    // costs a little more collecting and much less starting processes (the suite ≈ 12 % faster
    // on 2 cores, measured).
    execArgv: ['--max-semi-space-size=8'],
    // Puts the tests' temporary directories in memory when the machine has such a place; shares
    // what V8 compiled among the run's Node processes, and one Azurite among the test files;
    // finds the Node 24 that runs the bundled action, once, and warns when there is none.
    globalSetup: [
      '__tests__/setup/tempRoot.ts',
      '__tests__/setup/compileCache.ts',
      '__tests__/setup/azurite.ts',
      '__tests__/setup/node24.ts',
    ],
    // @actions/workflow-parser imports its JSON schema without an import attribute, which Node
    // refuses; inlined, vitest's own loader reads it.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
    projects: [
      {
        // The other files leave the process as they found it: a worker runs one after another
        // with the modules it already loaded. Loading the sources again for every file (the
        // check registry, zod, the GitHub client) took more of the suite's time than most tests.
        extends: true,
        test: {
          name: 'shared',
          include: ['__tests__/**/*.test.ts'],
          exclude: [...ISOLATED, ...OWN_CHECK_TYPES],
          isolate: false,
          setupFiles: [...SETUP, '__tests__/setup/checkTypes.ts'],
        },
      },
      {
        // Each of these starts a fresh worker, so loading every check type first costs each of
        // them again; they run the action, the CLI or the gate, which load the types a config
        // names themselves (the suite ≈ 3 s of CPU less, measured).
        extends: true,
        test: {
          name: 'isolated',
          include: ISOLATED,
          isolate: true,
          setupFiles: SETUP,
        },
      },
      {
        extends: true,
        test: { name: 'own check types', include: OWN_CHECK_TYPES, isolate: true, setupFiles: SETUP },
      },
    ],
  },
});
