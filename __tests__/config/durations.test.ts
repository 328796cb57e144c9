import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { planGate } from '../../src/config/plan.js';
import { ConfigError, type ConfigIssue } from '../../src/core/errors.js';

/**
 * Durations carry a unit (a bare 30 used to be 30 ms), timers stay within what Node's timers
 * hold (a longer one fires at once), ages stay sane, and `defaults` is interpolated like checks.
 */

const FILE = 'pg.yml';

const config = (check: string, defaults = '') => `version: 1
${defaults}profiles: { dev: { checks: [c] } }
checks:
  c: ${check}
`;
const FILES = '{ type: files, paths: [a] }';
const withField = (base: string, field: string) => base.replace('{ type:', `{ ${field}, type:`);

function issuesOf(text: string, inputs?: Record<string, string>): ConfigIssue[] {
  try {
    const loaded = parseConfig(FILE, text);
    if (inputs) planGate(loaded, 'dev', { env: {}, inputs });
  } catch (err) {
    if (err instanceof ConfigError) return err.issues;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('durations need a unit', () => {
  it.each<[string, string, string, string]>([
    [
      'a check timeout',
      config(withField(FILES, 'timeout: 30')),
      'checks.c.timeout',
      '30 has no unit; write 30s (or 30ms)',
    ],
    [
      'a quoted number',
      config(withField(FILES, 'timeout: "45"')),
      'checks.c.timeout',
      '45 has no unit; write 45s (or 45ms)',
    ],
    [
      'defaults.timeout',
      config(FILES, 'defaults: { timeout: 10 }\n'),
      'defaults.timeout',
      '10 has no unit; write 10s (or 10ms)',
    ],
    [
      'defaults.gateTimeout',
      config(FILES, 'defaults: { gateTimeout: 900 }\n'),
      'defaults.gateTimeout',
      '900 has no unit; write 900s (or 900ms)',
    ],
    [
      'a request backoff',
      config('{ type: http, url: "http://127.0.0.1:9/", backoff: 250 }'),
      'checks.c.backoff',
      '250 has no unit; write 250s (or 250ms)',
    ],
    [
      'a latency budget',
      config('{ type: http, url: "http://127.0.0.1:9/", expect: { maxLatency: 1.5 } }'),
      'checks.c.expect.maxLatency',
      '1.5 has no unit; write 1.5s (or 1.5ms)',
    ],
    [
      'a freshness age',
      config('{ type: freshness, file: a.json, maxAge: 26 }'),
      'checks.c.maxAge',
      '26 has no unit; write 26s (or 26ms)',
    ],
  ])('%s', (_name, text, path, message) => {
    expect(issuesOf(text)).toContainEqual(expect.objectContaining({ file: FILE, path, message }));
  });

  it('names the line and column of the value', () => {
    expect(issuesOf(config(withField(FILES, 'timeout: 30')))).toContainEqual(
      expect.objectContaining({ line: 4, column: 17 }),
    );
  });
});

describe('durations have bounds', () => {
  it.each<[string, string, string, string]>([
    // 25 days overflows Node's timer (2^31−1 ms) and would fire at once.
    [
      'a check timeout past 24h',
      config(withField(FILES, 'timeout: 25d')),
      'checks.c.timeout',
      '25d is too long: at most 24h',
    ],
    [
      'a check timeout of 0',
      config(withField(FILES, 'timeout: 0s')),
      'checks.c.timeout',
      'must be more than 0',
    ],
    [
      'the gate timeout',
      config(FILES, 'defaults: { gateTimeout: 30d }\n'),
      'defaults.gateTimeout',
      '30d is too long: at most 24h',
    ],
    [
      'a request timeout',
      config('{ type: http, url: "http://127.0.0.1:9/", requestTimeout: 48h }'),
      'checks.c.requestTimeout',
      '48h is too long: at most 24h',
    ],
    [
      'an age',
      config('{ type: freshness, file: a.json, maxAge: 3651d }'),
      'checks.c.maxAge',
      '3651d is too long: at most 3650d (ten years)',
    ],
    [
      'a huge age',
      config(`{ type: evidence, file: a.json, maxAge: ${'9'.repeat(400)}d }`),
      'checks.c.maxAge',
      'expected a duration such as 500ms, 30s, 2m, 26h or 7d',
    ],
  ])('%s', (_name, text, path, message) => {
    expect(issuesOf(text)).toContainEqual(expect.objectContaining({ file: FILE, path, message }));
  });

  it('accepts the longest timer and a long age', () => {
    const text = config(
      '{ type: freshness, file: a.json, maxAge: 400d, timeout: 24h }',
      'defaults: { gateTimeout: 24h }\n',
    );
    const plan = planGate(parseConfig(FILE, text), 'dev', { env: {}, inputs: {} });
    expect(plan.checks[0]!.timeoutMs).toBe(86_400_000);
    expect(plan.gateTimeoutMs).toBe(86_400_000);
  });

  it('bounds a duration that arrives through interpolation', () => {
    const text = config(withField(FILES, 'timeout: "${{ inputs.t }}"'));
    expect(issuesOf(text, { t: '30d' })).toContainEqual(
      expect.objectContaining({
        line: 4,
        path: 'checks.c.timeout',
        message: '30d is too long: at most 24h (after interpolation)',
      }),
    );
  });
});

describe('defaults are interpolated', () => {
  const DEFAULTS = `defaults:
  timeout: \${{ inputs.timeout }}
  gateTimeout: "\${{ inputs.gate || '20m' }}"
  base: \${{ inputs.base }}
`;

  it('takes timeouts and the base from inputs', () => {
    const plan = planGate(parseConfig(FILE, config(FILES, DEFAULTS)), 'dev', {
      env: {},
      inputs: { timeout: '2s', base: 'origin/release' },
    });
    expect(plan.checks[0]!.timeoutMs).toBe(2000);
    expect(plan.gateTimeoutMs).toBe(20 * 60_000);
    expect(plan.defaultBase).toBe('origin/release');
  });

  it('reports an unset input at its line', () => {
    const issues = issuesOf(config(FILES, DEFAULTS), { base: 'main' });
    expect(issues).toEqual([
      expect.objectContaining({
        file: FILE,
        line: 3,
        path: 'defaults.timeout',
        message: expect.stringContaining('${{ inputs.timeout }} has no value: pass --input timeout=VALUE'),
      }),
    ]);
  });

  it('validates the interpolated value', () => {
    expect(issuesOf(config(FILES, DEFAULTS), { timeout: '90', base: 'main' })).toEqual([
      expect.objectContaining({
        line: 3,
        path: 'defaults.timeout',
        message: '90 has no unit; write 90s (or 90ms) (after interpolation)',
      }),
    ]);
  });

  it('checks expressions in defaults without inputs (validate)', () => {
    expect(issuesOf(config(FILES, 'defaults: { base: "${{ vars.nope }}" }\n'))).toContainEqual(
      expect.objectContaining({
        line: 2,
        path: 'defaults.base',
        message: expect.stringContaining('undefined var "nope"'),
      }),
    );
  });
});
