import { defineConfig } from 'vitest/config';

/** For `npm run bench:fuzz` only: runs bench/*.test.ts, which `npm test` leaves out. */
export default defineConfig({
  test: {
    include: ['bench/**/*.test.ts'],
    testTimeout: 24 * 3_600_000,
    pool: 'forks',
  },
});
