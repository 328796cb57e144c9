import { checkType } from '../checks/registry.js';
import type { CheckModel, ConfigModel, KeyPath, ProfileModel } from '../checks/integrity/types.js';
import type { LoadedConfig } from '../config/load.js';
import { decisionPolicy } from '../config/plan.js';
import { shellFieldsOf } from '../config/shellValues.js';
import { judgedFieldsOf } from '../checks/fields.js';
import { type ProfileCheck, resolveProfile, sourcePathOf, validateCheck } from '../config/resolve.js';
import type { Enforcement, OnError } from '../core/types.js';

/**
 * A loaded config resolved profile by profile into the form the integrity check compares:
 * each check as the profile runs it (overrides merged, the type's defaults filled in, the
 * enforcement its mode implies), each profile's decision with its defaults. Expressions are not
 * interpolated — the two revisions are compared as written — except `${{ vars.X }}` whose
 * value is a plain literal, so moving a threshold into a variable is not a blind spot.
 */

const VAR = /\$\{\{\s*vars\.([A-Za-z0-9_-]+)\s*\}\}/g;

function withVars(value: unknown, vars: Record<string, string | number | boolean>): unknown {
  if (typeof value === 'string') {
    const whole = /^\$\{\{\s*vars\.([A-Za-z0-9_-]+)\s*\}\}$/.exec(value);
    const name = whole?.[1];
    if (name && Object.hasOwn(vars, name) && !String(vars[name]).includes('${{')) return vars[name];
    return value.replace(VAR, (all: string, n: string) =>
      Object.hasOwn(vars, n) && !String(vars[n]).includes('${{') ? String(vars[n]) : all,
    );
  }
  if (Array.isArray(value)) return value.map((v) => withVars(v, vars));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value)) out[k] = withVars((value as Record<string, unknown>)[k], vars);
    return out;
  }
  return value;
}

const COMMON = new Set(['type', 'enforcement', 'onError']);

function checkModel(
  check: ProfileCheck,
  profile: string,
  lineage: string[],
  vars: Record<string, string | number | boolean>,
): CheckModel {
  const raw = withVars(check.raw, vars) as Record<string, unknown>;
  const valid = validateCheck(check, raw).value as Record<string, unknown> | undefined;
  // A field still holding an expression may not validate as written; it is compared raw then.
  const value = valid ?? raw;
  const type = checkType(String(value.type));
  const implied =
    value.enforcement === undefined && valid
      ? type?.enforcementFor?.(valid as never, { name: profile, lineage })
      : undefined;
  const fields: Record<string, unknown> = {};
  for (const k of Object.keys(value)) if (!COMMON.has(k)) fields[k] = value[k];
  return {
    type: String(value.type),
    enforcement:
      (value.enforcement as Enforcement | undefined) ?? implied ?? type?.defaults.enforcement ?? 'scored',
    onError: (value.onError as OnError | undefined) ?? 'fail',
    fields,
    shellFields: shellFieldsOf(type),
    judgedFields: judgedFieldsOf(type),
  };
}

export function configModel(loaded: LoadedConfig): ConfigModel {
  const { config, source } = loaded;
  const vars = config.vars ?? {};
  const profiles = new Map<string, ProfileModel>();
  const checksOf = new Map<string, Map<string, ProfileCheck>>();
  const lineages = new Map<string, string[]>();
  for (const name of Object.keys(config.profiles)) {
    const r = resolveProfile(config, name);
    lineages.set(name, r.lineage);
    const checks = new Map<string, CheckModel>();
    const sources = new Map<string, ProfileCheck>();
    for (const c of r.checks) {
      if (!Object.hasOwn(config.checks, c.id)) continue;
      checks.set(c.id, checkModel(c, name, r.lineage, vars));
      sources.set(c.id, c);
    }
    checksOf.set(name, sources);
    profiles.set(name, {
      lineage: r.lineage,
      checks,
      decision: decisionPolicy(r.decision),
      waivers: (config.waivers ?? [])
        .map((waiver, index) => ({ index, waiver }))
        .filter(({ waiver }) => !waiver.profiles || waiver.profiles.includes(name)),
    });
  }
  const { profiles: _p, checks: _c, waivers: _w, ...other } = config;
  return {
    profiles,
    other: other as Record<string, unknown>,
    line: (path) => source.locate(path)?.line,
    sourceOf(profile, part, id, inner): KeyPath {
      if (part === 'check') {
        const c = checksOf.get(profile)?.get(id);
        return c ? sourcePathOf(c, inner) : ['checks', id, ...inner];
      }
      // The most specific profile of the chain that sets the key, else the top-level decision.
      const lineage = lineages.get(profile) ?? [];
      for (const n of [...lineage].reverse()) {
        let cur: unknown = config.profiles[n]?.decision;
        for (const k of inner) {
          if (!cur || typeof cur !== 'object' || !Object.hasOwn(cur, k)) {
            cur = undefined;
            break;
          }
          cur = (cur as Record<string, unknown>)[k as string];
        }
        if (cur !== undefined) return ['profiles', n, 'decision', ...inner];
      }
      return ['decision', ...inner];
    },
  };
}
