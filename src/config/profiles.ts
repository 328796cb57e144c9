import { checkType } from '../checks/registry.js';
import type { CheckType } from '../checks/types.js';
import type { Enforcement } from '../core/types.js';
import { type ProfileCheck, resolveProfile, validateCheck } from './resolve.js';
import type { RawCheck, RawConfig } from './schema.js';

/** Enforcements that can hold a release or lower its score. */
const COUNTING: ReadonlySet<Enforcement> = new Set<Enforcement>(['hard', 'required', 'scored']);

/** A check's enforcement in a profile: its own, else what its fields imply there, else its type's. */
export function enforcementOf(
  check: RawCheck,
  type: CheckType,
  profile: { name: string; lineage: readonly string[] },
): Enforcement {
  return check.enforcement ?? type.enforcementFor?.(check, profile) ?? type.defaults.enforcement;
}

/**
 * Why a profile decides nothing, or undefined. A profile whose checks are all off, dry-run or
 * advisory (or that has none) would promote every release with a perfect score.
 */
export function noCountingCheck(
  profile: string,
  checks: readonly { id: string; enforcement: Enforcement }[],
): string | undefined {
  if (checks.some((c) => COUNTING.has(c.enforcement))) return undefined;
  const shown = checks.slice(0, 8).map((c) => `${c.id}: ${c.enforcement}`);
  if (checks.length > shown.length) shown.push(`${checks.length - shown.length} more`);
  const why = checks.length === 0 ? 'it has no checks' : shown.join(', ');
  return `profile ${profile} runs no check that counts (${why}): give it at least one hard, required or scored check`;
}

/**
 * Every profile's checks, as `validate` without a profile sees them: no inputs, so nothing is
 * interpolated; enforcement never depends on interpolation (it and benchmark modes are enums).
 * Returns why each profile that decides nothing does so.
 */
export function everyProfileIssues(config: RawConfig): { path: string[]; message: string }[] {
  const found: { path: string[]; message: string }[] = [];
  // A check's own fields are validated once; only overridden ones differ from profile to profile.
  const plain = new Map<string, RawCheck | undefined>();
  const valueOf = (check: ProfileCheck): RawCheck | undefined => {
    if (check.overrideSources.length > 0) return validateCheck(check).value;
    if (!plain.has(check.id)) plain.set(check.id, validateCheck(check).value);
    return plain.get(check.id);
  };
  profiles: for (const name of Object.keys(config.profiles)) {
    const resolved = resolveProfile(config, name);
    const checks: { id: string; enforcement: Enforcement }[] = [];
    for (const check of resolved.checks) {
      const value = valueOf(check);
      const type = checkType(value?.type);
      if (!value || !type) continue profiles; // reported by the parse already
      const enforcement = enforcementOf(value, type, resolved);
      if (COUNTING.has(enforcement)) continue profiles;
      checks.push({ id: check.id, enforcement });
    }
    const why = noCountingCheck(name, checks);
    if (why) found.push({ path: ['profiles', name], message: why });
  }
  return found;
}
