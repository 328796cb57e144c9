import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { parseConfig } from '../../src/config/load.js';
import { tempDir } from '../helpers/fs.js';
import { fuzzCase, runCase, SEEDS } from './fuzz/cases.js';

/**
 * Hundreds of mutated configs: whatever a config holds, reading and planning it ends in a config
 * error or a plan, never in a crash (which the CLI reports as exit 3). `npm run bench:fuzz` runs
 * many more. A fixed seed keeps the suite repeatable; FUZZ_SEED picks another.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_206);
/**
 * A case that takes this long is hung, not slow: every bound on a config is checked before the
 * step it protects, so a case takes milliseconds. Generous, for a loaded machine.
 */
const HANG_MS = 10_000;
/** Far above what the cases need (each is at most 1 MiB of text), far below a runaway. */
const HEAP_LIMIT = 1024 * 1024 * 1024;

describe('config fuzz', () => {
  it('starts from valid configs', () => {
    for (const seed of SEEDS) expect(() => parseConfig('seed.yml', seed)).not.toThrow();
  });

  it('600 mutated configs end in a plan or a config error', () => {
    const outcomes = { 'parse-error': 0, 'plan-error': 0, planned: 0 };
    fc.assert(
      fc.property(fuzzCase, (c) => {
        const r = runCase(c.text);
        outcomes[r.outcome]++;
        if (r.ms > HANG_MS) throw new Error(`a case took ${Math.round(r.ms)} ms`);
        if (process.memoryUsage().heapUsed > HEAP_LIMIT) throw new Error('the heap grew past 1 GiB');
      }),
      { numRuns: 600, seed: SEED },
    );
    // The mutations reach every stage, not only the YAML parser.
    expect(outcomes['parse-error']).toBeGreaterThan(30);
    expect(outcomes['plan-error'] + outcomes.planned).toBeGreaterThan(30);
    // A few seconds on an idle machine; the bound is for a machine busy with other work.
  }, 180_000);

  it('validate in the CLI exits 0 or 2 on mutated configs, never 3', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'pg.yml');
    const cases = fc.sample(fuzzCase, { numRuns: 60, seed: SEED + 1 });
    for (const c of cases) {
      await writeFile(file, c.text);
      let stderr = '';
      const code = await runCli(['validate', '-c', 'pg.yml'], {
        stdout: () => {},
        stderr: (t) => (stderr += t),
        env: {},
        cwd: dir,
      });
      expect([0, 2], `${stderr}\n--- config ---\n${c.text.slice(0, 2000)}`).toContain(code);
      if (code === 2) expect(stderr).not.toMatch(/\n\s+at /);
    }
  }, 120_000);
});
