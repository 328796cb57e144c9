import type { Enforcement } from '../../core/types.js';

export const BENCHMARK_MODES = ['off', 'optional', 'required', 'auto'] as const;
export type BenchmarkMode = (typeof BENCHMARK_MODES)[number];

/**
 * `auto`: dev → off, staging → optional, prod → required. The profile's own name
 * decides, then its ancestors' (so `prod-eu extends prod` is required); unknown names → optional.
 */
export function resolveMode(
  mode: BenchmarkMode,
  profile: { name: string; lineage: readonly string[] },
): { mode: Exclude<BenchmarkMode, 'auto'>; why: string } {
  if (mode !== 'auto') return { mode, why: `mode ${mode}` };
  const names = [profile.name, ...[...profile.lineage].reverse().filter((n) => n !== profile.name)];
  for (const n of names) {
    const k = n.toLowerCase();
    const found = k.startsWith('prod')
      ? 'required'
      : k.startsWith('stag')
        ? 'optional'
        : k.startsWith('dev')
          ? 'off'
          : undefined;
    if (found) return { mode: found, why: `mode auto → ${found} (profile ${n})` };
  }
  return {
    mode: 'optional',
    why: `mode auto → optional (profile ${profile.name} is not dev, staging or prod)`,
  };
}

/** off → not run; optional → reported, never holds; required → a failure holds. */
export function modeEnforcement(mode: Exclude<BenchmarkMode, 'auto'>): Enforcement {
  return mode === 'off' ? 'off' : mode === 'optional' ? 'advisory' : 'required';
}
