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

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    maxWorkers: workers,
    // Finds the Node 24 that runs the bundled action, once, and warns when there is none.
    globalSetup: ['__tests__/setup/node24.ts'],
    // @actions/workflow-parser imports its JSON schema without an import attribute, which Node
    // refuses; inlined, vitest's own loader reads it.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
