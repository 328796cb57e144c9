import { describe, expect, it } from 'vitest';
import { ConfigError, type ConfigIssue } from '../../src/core/errors.js';
import { placed, readConfig } from '../../src/config/load.js';
import { planGate } from '../../src/config/plan.js';

// Nothing is loaded before this file (vitest.config.ts): neither the check types nor the full
// reading of a config's YAML. The tests run in order: the first two before anything loads it.

const CONFIG = `version: 1
vars:
  staging: \${{ inputs.target-url }}
profiles:
  staging: { checks: [health] }
checks:
  health:
    type: http
    url: \${{ vars.staging }}/health
`;

async function issuesOf(run: () => Promise<unknown>): Promise<ConfigIssue[]> {
  try {
    await run();
  } catch (err) {
    if (err instanceof ConfigError) return err.issues;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('the full reading of a config loads when it is needed', () => {
  it('a valid config is read without it: nothing knows yet where its keys are', async () => {
    const loaded = await readConfig('gate.yml', CONFIG);
    expect(loaded.config.checks.health?.type).toBe('http');
    expect(loaded.source.locate(['checks', 'health'])).toBeUndefined();
  });

  it('a problem found in planning says its line: the step runs again once the full reading is loaded', async () => {
    const loaded = await readConfig('gate.yml', CONFIG);
    // Planned as it is, the problem is found before anything knows where it is…
    const bare = await issuesOf(async () => planGate(loaded, 'staging', { env: {}, inputs: {} }));
    expect(bare[0]?.message).toContain('inputs.target-url');
    expect(bare[0]?.line).toBeUndefined();
    // …and through `placed`, as every front end plans, at its line.
    const issues = await issuesOf(() => placed(() => planGate(loaded, 'staging', { env: {}, inputs: {} })));
    expect(issues).toHaveLength(bare.length);
    expect(issues[0]).toMatchObject({ file: 'gate.yml', message: bare[0]!.message, line: 3 });
    expect(loaded.source.locate(['checks', 'health'])).toEqual({ line: 8, column: 5 });
    // A step that finds nothing runs once.
    let runs = 0;
    await placed(() => runs++);
    expect(runs).toBe(1);
  });

  it('a config with a problem is read again by the full reading: every message and place is its own', async () => {
    const issues = await issuesOf(() =>
      readConfig('gate.yml', CONFIG.replace('    type: http\n', '    type: http\n    retrys: 2\n')),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        file: 'gate.yml',
        line: 9,
        column: 5,
        path: 'checks.health.retrys',
        message: expect.stringContaining('unknown key "retrys"'),
      }),
    ]);
  });
});
