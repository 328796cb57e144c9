import { defineConfig } from 'vitest/config';

/** For `npm run bench:fuzz` only: runs bench/*.test.ts, which `npm test` leaves out. */
export default defineConfig({
  test: {
    include: ['bench/**/*.test.ts'],
    testTimeout: 24 * 3_600_000,
    pool: 'forks',
    // As the test suite's files start: zod in the bundle's mode, every check type and the full
    // reading of a config's YAML loaded (the cases call parseConfig and planGate directly).
    setupFiles: ['__tests__/setup/schemas.ts', '__tests__/setup/checkTypes.ts'],
  },
});
