import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { checkType } from '../../src/checks/registry.js';
import { parseConfig } from '../../src/config/load.js';
import { planGate } from '../../src/config/plan.js';
import { ConfigError, type ConfigIssue } from '../../src/core/errors.js';

const FILE = '.github/promotion-gate.yml';
const DIFF_TYPES = ['secrets', 'dependencies', 'migrations', 'routes'];

/** Object properties without a description (what editors show from the JSON Schema). */
function undescribed(schema: z.ZodType, at: string, out: string[] = []): string[] {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  if (def.type === 'object')
    for (const [k, v] of Object.entries((schema as z.ZodObject).shape)) {
      if (!(v as z.ZodType).description && !['title', 'level', 'id', 'preset'].includes(k))
        out.push(`${at}.${k}`);
    }
  return out;
}

function issuesOf(text: string): ConfigIssue[] {
  try {
    parseConfig(FILE, text);
  } catch (err) {
    if (err instanceof ConfigError) return err.issues;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

const VALID = `version: 1
defaults: { base: origin/main }
profiles:
  prod: { checks: [secrets, deps, migrations, routes] }
checks:
  secrets:
    type: secrets
    allowPaths: ['**/fixtures/**']
    allowPatterns: ['^AKIA.*TEST$']
    baseline: .github/secrets-baseline.txt
    disableRules: [jwt]
    rules: [{ id: acme-token, pattern: 'acme_[A-Za-z0-9]{30}', keywords: [acme_] }]
  deps: { type: dependencies, deny: [event-stream, 'npm:@evil/*'], maxNewDirect: 3, requirePinned: true, downgrades: fail }
  migrations: { type: migrations, dialect: postgresql }
  routes:
    type: routes
    presets: [flask, { preset: fastapi, prefix: /api }]
    custom: [{ pattern: '^ROUTE (?<path>\\S+)', paths: ['routes.txt'] }]
    critical: ['GET /', /health, 'POST /cron/*']
`;

describe('config of the diff checks', () => {
  it('accepts every documented field, with the defaults the issue asks for', () => {
    const plan = planGate(parseConfig(FILE, VALID), 'prod', { env: {}, inputs: {} });
    expect(parseConfig(FILE, VALID).config.defaults?.base).toBe('origin/main');
    const byId = Object.fromEntries(plan.checks.map((c) => [c.id, c]));
    expect(byId.secrets).toMatchObject({ enforcement: 'hard', category: 'safety' });
    expect(byId.deps).toMatchObject({ enforcement: 'scored', category: 'safety' });
    expect(byId.migrations).toMatchObject({ enforcement: 'scored', category: 'safety' });
    expect(byId.routes).toMatchObject({ enforcement: 'scored', category: 'ops' });
  });

  it('describes every field for editors', () => {
    for (const type of DIFF_TYPES) expect(undescribed(checkType(type)!.fields, type)).toEqual([]);
  });

  it('names the line and key of bad values', () => {
    const bad = VALID.replace("'npm:@evil/*'", "'rubbish:@evil/*'")
      .replace('disableRules: [jwt]', 'disableRules: [jwtt]')
      .replace("'POST /cron/*'", "'cron'")
      .replace('dialect: postgresql', 'dialect: oracle')
      .replace("allowPatterns: ['^AKIA.*TEST$']", "allowPatterns: ['(unclosed']")
      .replace('defaults: { base: origin/main }', 'defaults: { base: "" }');
    const issues = issuesOf(bad).map((i) => `${i.line}: ${i.path}: ${i.message}`);
    expect(issues).toEqual([
      '2: defaults.base: must be at least 1 character(s)',
      expect.stringMatching(/^9: checks\.secrets\.allowPatterns\.0: not a valid regular expression: /),
      // Some 200 rule ids: counted and the nearest named, not listed.
      expect.stringMatching(
        /^11: checks\.secrets\.disableRules\.0: expected one of \d{3} values, got "jwtt" \(did you mean "jwt"\?\) \(every one is in `promotion-gate schema`\)$/,
      ),
      '13: checks.deps.deny.1: unknown ecosystem "rubbish" (use npm, pypi, go, cargo, rubygems)',
      expect.stringMatching(
        /^14: checks\.migrations\.dialect: expected one of "postgresql", "mysql", "sqlite", "other"/,
      ),
      '19: checks.routes.critical.2: expected "/path" or "METHOD /path" (optionally ending in *), got "cron"',
    ]);
  });
});
