import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // @actions/workflow-parser imports its JSON schema without an import attribute, which Node
    // refuses; inlined, vitest's own loader reads it.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
