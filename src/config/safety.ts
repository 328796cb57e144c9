import { checkType } from '../checks/registry.js';
import { hasExpression } from '../checks/fields.js';
import { strings } from './interpolate.js';
import { own } from './own.js';
import type { KeyPath } from './resolve.js';
import { CHECK_ID, NAME_RULE, type RawConfig } from './schema.js';
import { shellExpressionIssues, shellFieldsOf } from './shellValues.js';

export interface Issue {
  path: KeyPath;
  message: string;
  keyOnly?: boolean;
}

/** Far past any real config; they keep the checks of every profile against every check quick. */
export const CONFIG_LIMITS = { profiles: 500, checks: 5000, lineage: 64 };

export function countIssues(config: RawConfig): Issue[] {
  const issues: Issue[] = [];
  const profiles = Object.keys(config.profiles).length;
  const checks = Object.keys(config.checks).length;
  if (profiles > CONFIG_LIMITS.profiles)
    issues.push({
      path: ['profiles'],
      message: `${profiles} profiles; the limit is ${CONFIG_LIMITS.profiles}`,
    });
  if (checks > CONFIG_LIMITS.checks)
    issues.push({ path: ['checks'], message: `${checks} checks; the limit is ${CONFIG_LIMITS.checks}` });
  return issues;
}

/** What `${{ vars.NAME }}` can name. */
const VAR_NAME = /^[A-Za-z_][\w-]*$/;

/**
 * Names that become paths or references: a profile names its output folder
 * (.promotion-gate/<profile>/), so `../x` or `a/b` would write outside it or nest folders.
 */
export function nameIssues(config: RawConfig): Issue[] {
  const issues: Issue[] = [];
  for (const name of Object.keys(config.profiles))
    if (!CHECK_ID.test(name))
      issues.push({
        path: ['profiles', name],
        message: `profile name "${clip(name)}" ${NAME_RULE}`,
        keyOnly: true,
      });
  for (const name of Object.keys(config.vars ?? {}))
    if (!VAR_NAME.test(name))
      issues.push({
        path: ['vars', name],
        message: `var name "${clip(name)}" cannot be used as \${{ vars.NAME }}: use letters, digits, "_" and "-", starting with a letter or "_"`,
        keyOnly: true,
      });
  return issues;
}

/**
 * `${{ … }}` where nothing interpolates it would be taken literally (a waiver for a check named
 * "${{ inputs.x }}", a profile list entry…): said plainly instead.
 */
export function misplacedExpressions(config: RawConfig): Issue[] {
  const issues: Issue[] = [];
  const literal = (value: unknown, path: KeyPath) => {
    for (const s of strings(value, path))
      if (hasExpression(s.text))
        issues.push({
          path: s.path,
          message:
            '${{ … }} is not expanded here: only vars, defaults, checks and profile overrides are interpolated',
        });
  };
  for (const [name, p] of Object.entries(config.profiles)) {
    const { overrides: _overrides, ...rest } = p;
    literal(rest, ['profiles', name]);
  }
  literal(config.decision, ['decision']);
  literal(config.waivers, ['waivers']);
  literal(config.aggregate, ['aggregate']);
  return issues;
}

/** Expressions in shell fields (of checks and of profile overrides) that sit where no value is safe. */
export function shellIssues(config: RawConfig, invalid: ReadonlySet<string>): Issue[] {
  const issues: Issue[] = [];
  const typeOf = (id: string) => {
    const check = own(config.checks, id);
    return checkType(check?.type);
  };
  const scan = (fields: Record<string, unknown>, id: string, at: KeyPath) => {
    for (const key of shellFieldsOf(typeOf(id))) {
      const script = own(fields, key);
      if (typeof script !== 'string') continue;
      for (const message of shellExpressionIssues(script)) issues.push({ path: [...at, key], message });
    }
  };
  for (const [id, check] of Object.entries(config.checks))
    if (!invalid.has(id)) scan(check as Record<string, unknown>, id, ['checks', id]);
  for (const [name, p] of Object.entries(config.profiles))
    for (const [id, fields] of Object.entries(p.overrides ?? {}))
      if (own(config.checks, id) && !invalid.has(id)) scan(fields, id, ['profiles', name, 'overrides', id]);
  return issues;
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
