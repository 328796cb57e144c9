import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { parseConfig } from '../../src/config/load.js';
import { planGate } from '../../src/config/plan.js';
import { ConfigError, type ConfigIssue } from '../../src/core/errors.js';
import { tempDir, writeFiles } from '../helpers/fs.js';

/**
 * Names a user chooses (profiles, checks, vars, inputs, env, categories, waivers) are data: one
 * that is also a member every object has must find the config's own entry or nothing.
 */

const FILE = '.github/promotion-gate.yml';
const MEMBERS = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'];

const BASE = `version: 1
profiles:
  dev: { checks: [files] }
checks:
  files: { type: files, paths: [package.json] }
`;

function issuesOf(text: string, plan?: { profile: string; inputs?: Record<string, string> }): ConfigIssue[] {
  try {
    const loaded = parseConfig(FILE, text);
    if (plan) planGate(loaded, plan.profile, { env: {}, inputs: plan.inputs ?? {} });
  } catch (err) {
    if (err instanceof ConfigError) return err.issues;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

async function cli(args: string[], config: string) {
  const dir = await tempDir();
  await writeFiles(dir, { 'package.json': '{}', [FILE]: config });
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: { PATH: process.env.PATH },
    cwd: dir,
  });
  return { code, stdout, stderr };
}

describe('names that are object members', () => {
  it.each(MEMBERS)('gate --profile %s is an unknown profile (exit 2), not an empty promote', async (name) => {
    const r = await cli(['gate', '--profile', name], BASE);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`unknown profile "${name}"`);
    expect(r.stdout).not.toContain('PROMOTE');
  });

  it.each(MEMBERS)('validate --profile %s is an unknown profile (exit 2)', async (name) => {
    const r = await cli(['validate', '--profile', name], BASE);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`unknown profile "${name}"`);
  });

  it.each(MEMBERS.filter((n) => n !== '__proto__'))(
    '%s in checks, exclude, overrides and extends names nothing',
    (name) => {
      const text = BASE.replace(
        'dev: { checks: [files] }',
        `dev: { checks: [files, ${name}], exclude: [${name}] }\n  prod: { extends: [dev, ${name}], overrides: { ${name}: { title: x } } }`,
      );
      const issues = issuesOf(text);
      expect(issues).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            line: 3,
            path: 'profiles.dev.checks.1',
            message: `unknown check "${name}"`,
          }),
          expect.objectContaining({
            line: 3,
            path: 'profiles.dev.exclude.0',
            message: `unknown check "${name}"`,
          }),
          expect.objectContaining({
            line: 4,
            path: 'profiles.prod.extends.1',
            message: expect.stringContaining(`extends unknown profile "${name}"`),
          }),
        ]),
      );
    },
  );

  it.each(MEMBERS.filter((n) => n !== '__proto__'))('an override of %s is reported', (name) => {
    const text = BASE.replace(
      'dev: { checks: [files] }',
      `dev: { checks: [files] }\n  prod: { extends: dev, overrides: { ${name}: { title: x } } }`,
    );
    expect(issuesOf(text)).toContainEqual(
      expect.objectContaining({
        line: 4,
        path: `profiles.prod.overrides.${name}`,
        message: expect.stringContaining(`overrides check "${name}", which profile "prod" does not run`),
      }),
    );
  });

  it.each(MEMBERS.filter((n) => n !== '__proto__'))(
    'a waiver of check %s, or for a profile of that name, is reported',
    (name) => {
      const text = `${BASE}waivers:\n  - { check: ${name}, reason: x, expires: 2030-01-01, by: me }\n  - { check: files, reason: x, expires: 2030-01-01, by: me, profiles: [${name}] }\n`;
      expect(issuesOf(text)).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            line: 7,
            path: 'waivers.0.check',
            message: `waives unknown check "${name}"`,
          }),
          expect.objectContaining({
            line: 8,
            path: 'waivers.1.profiles.0',
            message: `unknown profile "${name}"`,
          }),
        ]),
      );
    },
  );

  it.each(MEMBERS.filter((n) => n !== '__proto__'))(
    '${{ inputs.%s }}, env and vars of that name have no value',
    (name) => {
      const text = BASE.replace(
        'paths: [package.json]',
        `paths: ["\${{ inputs.${name} }}", "\${{ env.${name} }}", "\${{ vars.${name} }}"]`,
      ).replace('version: 1', 'version: 1\nvars: { x: "1" }');
      // The config's vars are checked without any inputs; inputs and env when the profile is planned.
      expect(issuesOf(text)).toContainEqual(
        expect.objectContaining({ message: expect.stringContaining(`undefined var "${name}"`) }),
      );
      const withoutVar = text.replace(`, "\${{ vars.${name} }}"`, '');
      const messages = issuesOf(withoutVar, { profile: 'dev' }).map((i) => i.message);
      expect(messages).toEqual(
        expect.arrayContaining([
          expect.stringContaining(`\${{ inputs.${name} }} has no value`),
          expect.stringContaining(`the environment variable ${name} is not set`),
        ]),
      );
    },
  );

  it('a profile and a check really named constructor are ordinary names', async () => {
    const text = `version: 1
profiles:
  constructor: { checks: [constructor, toString] }
  valueOf: { extends: constructor, exclude: [toString], overrides: { constructor: { title: ctor } } }
decision: { categories: { hasOwnProperty: 0.5 } }
checks:
  constructor: { type: files, paths: [package.json] }
  toString: { type: files, category: hasOwnProperty, paths: [package.json] }
`;
    const loaded = parseConfig(FILE, text);
    const plan = planGate(loaded, 'valueOf', { env: {}, inputs: {} });
    expect(plan.lineage).toEqual(['constructor', 'valueOf']);
    expect(plan.checks.map((c) => [c.id, c.title])).toEqual([['constructor', 'ctor']]);
    expect(planGate(loaded, 'constructor', { env: {}, inputs: {} }).policy.categories.hasOwnProperty).toBe(
      0.5,
    );

    const r = await cli(['gate', '--profile', 'constructor'], text);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('PROMOTE constructor: score 5/5');
    expect(r.stderr).toMatch(/✔ constructor\s+pass/);
    expect(r.stderr).toMatch(/✔ toString\s+pass/);
  });

  it('an input named constructor is an ordinary input', () => {
    const text = BASE.replace('paths: [package.json]', 'paths: ["${{ inputs.constructor }}"]');
    const plan = planGate(parseConfig(FILE, text), 'dev', { env: {}, inputs: { constructor: 'x.json' } });
    expect(plan.checks[0]!.spec.paths).toEqual(['x.json']);
  });
});

describe('__proto__ never sets a prototype', () => {
  it.each([
    ['a top-level key', `${BASE}__proto__: { polluted: yes }\n`, 6],
    ['a var', BASE.replace('version: 1', 'version: 1\nvars:\n  __proto__: { polluted: yes }'), 3],
    ['a profile', BASE.replace('profiles:', 'profiles:\n  __proto__: { checks: [files] }'), 3],
    ['a check', `${BASE}  __proto__: { type: files, paths: [x] }\n`, 6],
    ['a field of a check', BASE.replace('paths: [package.json]', 'paths: [x], __proto__: { paths: [y] }'), 5],
    [
      'an override',
      BASE.replace(
        'dev: { checks: [files] }',
        'dev: { checks: [files], overrides: { __proto__: { title: x } } }',
      ),
      3,
    ],
  ])('%s named __proto__ is a config error at its line', (_what, text, line) => {
    expect(issuesOf(text)).toContainEqual(
      expect.objectContaining({ file: FILE, line, message: 'the key "__proto__" is not allowed' }),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('gate with a __proto__ profile key exits 2 naming the line', async () => {
    const r = await cli(
      ['gate', '--profile', 'dev'],
      BASE.replace('profiles:', 'profiles:\n  __proto__: { checks: [files] }'),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${FILE}:3:3: profiles.__proto__: the key "__proto__" is not allowed`);
  });
});

describe('profile names become folder names', () => {
  it.each(['../escape', 'a/b', '.hidden', 'a\\b', 'with space', '-dash', 'x'.repeat(101)])(
    'profile "%s" is a config error at its key',
    (name) => {
      const text = BASE.replace(
        'dev: { checks: [files] }',
        `dev: { checks: [files] }\n  ${JSON.stringify(name)}: { extends: dev }`,
      );
      expect(issuesOf(text)).toContainEqual(
        expect.objectContaining({
          line: 4,
          column: 3,
          path: `profiles.${name}`,
          message: expect.stringContaining(
            'may use only letters, digits, ".", "_" and "-", start with a letter or digit',
          ),
        }),
      );
    },
  );

  it('accepts the names check ids may have', () => {
    const text = BASE.replace(
      'dev: { checks: [files] }',
      'dev: { checks: [files] }\n  prod-eu_2.x: { extends: dev }',
    );
    expect(Object.keys(parseConfig(FILE, text).config.profiles)).toEqual(['dev', 'prod-eu_2.x']);
  });
});
