import { describe, expect, it } from 'vitest';
import { shellValues } from '../../src/checks/fields.js';
import { parseConfig } from '../../src/config/load.js';
import { planGate } from '../../src/config/plan.js';
import { configJsonSchema } from '../../src/config/schema.js';
import { ConfigError, type ConfigIssue } from '../../src/core/errors.js';

const FILE = '.github/promotion-gate.yml';

function issuesOf(text: string): ConfigIssue[] {
  try {
    parseConfig(FILE, text);
  } catch (err) {
    if (err instanceof ConfigError) return err.issues;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

function planIssues(
  text: string,
  profile: string,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {},
) {
  try {
    planGate(parseConfig(FILE, text), profile, { env, inputs });
  } catch (err) {
    if (err instanceof ConfigError) return err.issues;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

const BASE = `version: 1
profiles:
  dev: { checks: [files] }
checks:
  files: { type: files, paths: [package.json] }
`;

describe('config validation: every problem with file, line and key path', () => {
  it('accepts a valid config', () => {
    const { config } = parseConfig(FILE, BASE);
    expect(Object.keys(config.checks)).toEqual(['files']);
  });

  it.each<[string, string, Partial<ConfigIssue>]>([
    [
      'YAML syntax',
      'version: 1\nprofiles: [\n',
      { line: 3, message: expect.stringMatching(/flow sequence|Missing|expected/i) },
    ],
    [
      'duplicate key',
      `${BASE}checks:\n  x: {type: files}\n`,
      { line: 6, message: expect.stringMatching(/unique/i) },
    ],
    [
      'missing version',
      BASE.replace('version: 1\n', ''),
      { line: 1, path: 'version', message: 'expected one of 1, but it is missing' },
    ],
    [
      'wrong version',
      BASE.replace('version: 1', 'version: 2'),
      { line: 1, path: 'version', message: 'expected one of 1, got number 2' },
    ],
    [
      'unknown top-level key',
      `${BASE}profils: {}\n`,
      { line: 6, path: 'profils', message: 'unknown key "profils" (did you mean "profiles"?)' },
    ],
    [
      'unknown check type',
      BASE.replace('type: files', 'type: filez'),
      {
        line: 5,
        path: 'checks.files.type',
        message: expect.stringContaining(
          'unknown check type "filez" (did you mean "files"?); known types: files, env, git, command',
        ),
      },
    ],
    [
      'missing check type',
      BASE.replace('type: files, ', ''),
      { line: 5, path: 'checks.files.type', message: 'a check needs a "type"' },
    ],
    [
      'misspelt check key',
      BASE.replace('paths:', 'pathz:'),
      {
        line: 5,
        column: 25,
        path: 'checks.files.pathz',
        message: 'unknown key "pathz" (did you mean "paths"?)',
      },
    ],
    [
      'bad enforcement',
      BASE.replace('type: files,', 'type: files, enforcement: strict,'),
      {
        line: 5,
        path: 'checks.files.enforcement',
        message: expect.stringContaining('expected one of "hard", "required"'),
      },
    ],
    [
      'bad duration',
      BASE.replace('type: files,', 'type: files, timeout: 30 seconds,'),
      { line: 5, path: 'checks.files.timeout', message: expect.stringContaining('expected a duration') },
    ],
    [
      'wrong field type',
      BASE.replace('paths: [package.json]', 'paths: package.json'),
      { line: 5, path: 'checks.files.paths', message: 'expected array, got "package.json"' },
    ],
    [
      'unknown profile in extends',
      BASE.replace('dev: { checks: [files] }', 'dev: { checks: [files] }\n  prod: { extends: staging }'),
      {
        line: 4,
        path: 'profiles.prod.extends',
        message: expect.stringContaining('extends unknown profile "staging"'),
      },
    ],
    [
      'cycle in extends',
      BASE.replace(
        'dev: { checks: [files] }',
        'dev: { extends: prod, checks: [files] }\n  prod: { extends: dev }',
      ),
      { path: 'profiles.dev.extends', message: 'profiles extend each other in a cycle: dev → prod → dev' },
    ],
    [
      'unknown check in a profile',
      BASE.replace('checks: [files]', 'checks: [files, fies]'),
      { line: 3, path: 'profiles.dev.checks.1', message: 'unknown check "fies" (did you mean "files"?)' },
    ],
    [
      'override of a check the profile does not run',
      BASE.replace(
        'dev: { checks: [files] }',
        'dev: { checks: [files] }\n  prod: { extends: dev, overrides: { tests: { enforcement: hard } } }',
      ),
      {
        line: 4,
        path: 'profiles.prod.overrides.tests',
        message: expect.stringContaining('which profile "prod" does not run'),
      },
    ],
    [
      'bad value in an override points at the override',
      BASE.replace(
        'dev: { checks: [files] }',
        'dev: { checks: [files] }\n  prod:\n    extends: dev\n    overrides:\n      files: { nonEmpty: maybe }',
      ),
      { line: 7, path: 'profiles.prod.overrides.files.nonEmpty', message: 'expected boolean, got "maybe"' },
    ],
    [
      'unknown category',
      BASE.replace('type: files,', 'type: files, category: saftey,'),
      {
        line: 5,
        path: 'checks.files.category',
        message: expect.stringContaining('unknown category "saftey" (did you mean "safety"?)'),
      },
    ],
    [
      'waiver of a hard check',
      `${BASE.replace('type: files,', 'type: files, enforcement: hard,')}waivers:\n  - { check: files, reason: x, expires: 2030-01-01, by: me }\n`,
      { line: 7, path: 'waivers.0.check', message: 'check "files" is hard: a hard check cannot be waived' },
    ],
    [
      'waiver of an unknown check',
      `${BASE}waivers:\n  - { check: filez, reason: x, expires: 2030-01-01, by: me }\n`,
      { line: 7, path: 'waivers.0.check', message: expect.stringContaining('waives unknown check "filez"') },
    ],
    [
      'waiver with a bad date',
      `${BASE}waivers:\n  - { check: files, reason: x, expires: next week, by: me }\n`,
      { line: 7, path: 'waivers.0.expires', message: 'expected a date such as 2026-12-31' },
    ],
    [
      'bad expression namespace',
      BASE.replace('paths: [package.json]', 'paths: ["${{ secrets.X }}"]'),
      {
        line: 5,
        path: 'checks.files.paths.0',
        message: expect.stringContaining('unknown namespace "secrets"'),
      },
    ],
    [
      'undefined var',
      BASE.replace('paths: [package.json]', 'paths: ["${{ vars.root }}/x"]'),
      { line: 5, path: 'checks.files.paths.0', message: expect.stringContaining('undefined var "root"') },
    ],
    [
      'bad check id',
      BASE.replace('  files: { type', '  "bad id": { type').replace('checks: [files]', 'checks: ["bad id"]'),
      { line: 5, path: 'checks.bad id', message: expect.stringContaining('may use only letters') },
    ],
  ])('%s', (_name, text, expected) => {
    const issues = issuesOf(text);
    expect(issues).toContainEqual(expect.objectContaining({ file: FILE, ...expected }));
  });

  it('reports every problem at once', () => {
    const text = `version: 1
profiles:
  dev: { checks: [a, b, nope] }
checks:
  a: { type: files, pathz: [x] }
  b: { type: command }
`;
    const issues = issuesOf(text);
    expect(issues.map((i) => `${i.line}:${i.path}`).sort()).toEqual(
      ['3:profiles.dev.checks.2', '5:checks.a.pathz', '6:checks.b.run'].sort(),
    );
    expect(new ConfigError(issues).message).toContain(
      `${FILE}:6:6: checks.b.run: expected string, but it is missing`,
    );
  });
});

describe('profiles and interpolation', () => {
  const CONFIG = `version: 1
vars:
  staging: \${{ inputs.target-url }}
  api: \${{ vars.staging }}/api
defaults: { timeout: 10s, concurrency: 3 }
decision:
  holdLine: 2
profiles:
  dev: { checks: [files, tests] }
  staging:
    extends: dev
    checks: [probe]
    overrides:
      tests: { enforcement: required }
  prod:
    extends: staging
    exclude: [files]
    overrides:
      probe: { timeout: 2s, env: { MODE: strict } }
    decision: { holdLine: 3, categories: { ops: 1.0 } }
checks:
  files: { type: files, paths: [a] }
  tests: { type: command, run: npm test, timeout: 1m }
  probe:
    type: command
    category: ops
    run: 'curl \${{ vars.api }}/health -H "Authorization: Bearer \${{ env.TOKEN }}"'
    env: { MODE: loose, LEVEL: "\${{ inputs.level || 'info' }}" }
`;
  const loaded = parseConfig(FILE, CONFIG);

  it('inherits checks through any depth, applies overrides and excludes', () => {
    const plan = planGate(loaded, 'prod', {
      env: { TOKEN: 'tok-123456' },
      inputs: { 'target-url': 'http://127.0.0.1:9' },
    });
    expect(plan.lineage).toEqual(['dev', 'staging', 'prod']);
    expect(plan.checks.map((c) => c.id)).toEqual(['tests', 'probe']);
    const tests = plan.checks.find((c) => c.id === 'tests')!;
    expect(tests).toMatchObject({ enforcement: 'required', timeoutMs: 60_000, category: 'safety' });
    const probe = plan.checks.find((c) => c.id === 'probe')!;
    expect(probe.timeoutMs).toBe(2000);
    // A shell field names its values as environment variables; the check passes them to bash.
    expect(probe.spec.run).toBe(
      'curl "${PROMOTION_GATE_VALUE_VARS_API}"/health -H "Authorization: Bearer ${PROMOTION_GATE_VALUE_ENV_TOKEN}"',
    );
    expect(shellValues(probe.spec)).toEqual({
      PROMOTION_GATE_VALUE_VARS_API: 'http://127.0.0.1:9/api',
      PROMOTION_GATE_VALUE_ENV_TOKEN: 'tok-123456',
    });
    // Objects merge key by key.
    expect(probe.spec.env).toEqual({ MODE: 'strict', LEVEL: 'info' });
    expect(plan.policy.holdLine).toBe(3);
    expect(plan.policy.categories.ops).toBe(1.0);
    expect(plan.concurrency).toBe(3);
    expect(plan.secrets).toEqual(['tok-123456']);
  });

  it('names the line where an unset input is used', () => {
    const issues = planIssues(CONFIG, 'staging', {}, { TOKEN: 'x' });
    expect(issues).toContainEqual(
      expect.objectContaining({
        line: 3,
        path: 'vars.staging',
        message: expect.stringContaining('pass --input target-url=VALUE'),
      }),
    );
  });

  it('names the line where an unset environment variable is used', () => {
    const issues = planIssues(CONFIG, 'staging', { 'target-url': 'http://x' });
    expect(issues).toContainEqual(
      expect.objectContaining({
        line: 27,
        path: 'checks.probe.run',
        message: expect.stringContaining('TOKEN is not set'),
      }),
    );
  });

  it('does not need inputs for profiles that do not use them', () => {
    expect(planGate(loaded, 'dev', { env: {}, inputs: {} }).checks).toHaveLength(2);
  });

  it('rejects an unknown profile with a suggestion', () => {
    expect(() => planGate(loaded, 'stagign', { env: {}, inputs: {} })).toThrow(
      /unknown profile "stagign" \(did you mean "staging"\?\)/,
    );
  });

  it('detects cycles between vars', () => {
    const text = BASE.replace(
      'version: 1',
      'version: 1\nvars: { a: "${{ vars.b }}", b: "${{ vars.a }}" }',
    ).replace('paths: [package.json]', 'paths: ["${{ vars.a }}"]');
    const issues = planIssues(text, 'dev');
    expect(issues.some((i) => i.message.includes('cycle'))).toBe(true);
  });

  it('re-validates a value after interpolation', () => {
    const text = `version: 1
profiles: { dev: { checks: [t] } }
checks:
  t: { type: command, run: x, timeout: "\${{ inputs.t }}" }
`;
    const issues = planIssues(text, 'dev', { t: 'forever' });
    expect(issues).toContainEqual(
      expect.objectContaining({
        line: 4,
        path: 'checks.t.timeout',
        message: expect.stringContaining('(after interpolation)'),
      }),
    );
  });
});

describe('JSON Schema', () => {
  it('describes every check type for editors', async () => {
    const schema = (await configJsonSchema()) as {
      properties: Record<string, { additionalProperties?: { oneOf?: unknown[]; anyOf?: unknown[] } }>;
    };
    const checks = schema.properties.checks!.additionalProperties!;
    const variants = (checks.oneOf ?? checks.anyOf)!;
    expect(variants.length).toBeGreaterThanOrEqual(4);
    expect(JSON.stringify(schema)).toContain('"const":"command"');
  });
});
