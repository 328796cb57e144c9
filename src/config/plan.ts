import { checkType } from '../checks/registry.js';
import { parseDuration } from '../core/duration.js';
import { ConfigError } from '../core/errors.js';
import { didYouMean } from '../core/text.js';
import type { Enforcement, OnError } from '../core/types.js';
import { SHELL_VALUES } from '../checks/fields.js';
import { planDefaults } from './defaults.js';
import { type InterpolationIssue, Interpolator } from './interpolate.js';
import { hotfixDeadlineMs } from './notify.js';
import { IssueList, type LoadedConfig } from './load.js';
import { dataRecord, own } from './own.js';
import { enforcementOf, noCountingCheck } from './profiles.js';
import {
  type ProfileCheck,
  type ResolvedProfile,
  resolveProfile,
  sourcePathOf,
  validateCheck,
} from './resolve.js';
import { ShellBinder, shellFieldsOf } from './shellValues.js';
import type { DecisionSettings } from './schema.js';
import type { DecisionPolicy, GatePlan, PlannedCheck } from './types.js';
import { DEFAULT_CATEGORIES } from './schema.js';
import { sensitiveEnvValues, sensitiveInputValues } from '../core/sensitive.js';

/** For `validate` without a profile: every profile must run a check that counts. */
export { checkEveryProfile } from './load.js';

export function decisionPolicy(settings: DecisionSettings): DecisionPolicy {
  return {
    categories: dataRecord({ ...DEFAULT_CATEGORIES, ...settings.categories }),
    holdLine: settings.holdLine ?? 2,
    autoPromoteAt: settings.autoPromoteAt ?? 4,
    releaseCandidatePercent: settings.releaseCandidatePercent ?? 80,
    ratchet: settings.ratchet ?? true,
    hotfixDeadlineMs: hotfixDeadlineMs(settings.hotfixDeadline),
  };
}

export interface PlanOptions {
  env: Readonly<Record<string, string | undefined>>;
  inputs: Readonly<Record<string, string>>;
  /**
   * Plans only the checks of these types (the `drift` command judges benchmarks): the others are
   * neither interpolated nor validated, so their inputs are not asked for.
   */
  onlyTypes?: readonly string[];
}

/** Resolves a profile and interpolates its checks; unset inputs and bad values are config errors. */
export function planGate(loaded: LoadedConfig, profile: string, opts: PlanOptions): GatePlan {
  const { config, source } = loaded;
  const issues = new IssueList(source);
  if (!own(config.profiles, profile)) {
    throw new ConfigError([
      {
        file: source.file,
        message: `unknown profile "${profile}"${didYouMean(profile, Object.keys(config.profiles))}; profiles: ${Object.keys(config.profiles).join(', ')}`,
      },
    ]);
  }
  const resolved: ResolvedProfile = resolveProfile(config, profile);
  const interp = new Interpolator(config.vars ?? {}, opts.env, opts.inputs);
  const defaults = planDefaults(config, interp, issues);
  const defaultTimeout = defaults.timeoutMs;
  const checks: PlannedCheck[] = [];
  // One missing input (or env variable) used in many places is one problem: it is said once, at
  // its first use, naming every other place.
  const unset = new Map<string, (string | number)[][]>();
  for (const check of resolved.checks) {
    if (opts.onlyTypes && !opts.onlyTypes.includes(check.raw.type as string)) continue;
    const enforcementRaw = check.raw.enforcement;
    if (enforcementRaw === 'off') {
      // Not run, so not interpolated: an unset input of an off check is no error.
      const t = checkType(check.raw.type)!;
      checks.push(plannedFrom(check.id, check.raw, t.defaults, defaultTimeout));
      continue;
    }
    const shell = new ShellBinder(interp);
    const { value, issues: iIssues } = interpolateCheck(check, interp, shell);
    for (const i of iIssues) {
      const path = i.path[0] === 'vars' ? i.path : sourcePathOf(check, i.path);
      const places = unset.get(i.message);
      if (places) {
        if (!places.some((p) => p.join('.') === path.join('.'))) places.push(path);
      } else unset.set(i.message, [path]);
    }
    if (iIssues.length > 0) continue;
    const v = validateCheck(check, value);
    for (const i of v.issues) issues.add(i.path, `${i.message} (after interpolation)`, i.keyOnly);
    if (!v.value) continue;
    const t = checkType(v.value.type)!;
    // A type may imply the enforcement from its own fields (benchmark `mode: auto` by profile).
    const enforcement = enforcementOf(v.value, t, resolved);
    const planned = plannedFrom(
      check.id,
      v.value as Record<string, unknown>,
      { ...t.defaults, enforcement },
      defaultTimeout,
    );
    if (Object.keys(shell.values).length > 0) {
      Object.defineProperty(planned.spec, SHELL_VALUES, { value: shell.values, enumerable: true });
    }
    checks.push(planned);
  }
  for (const [message, [first, ...others]] of unset) {
    const also = others.length
      ? `; also used at ${others
          .slice(0, 8)
          .map((p) => p.join('.'))
          .join(', ')}${others.length > 8 ? ` and ${others.length - 8} more` : ''}`
      : '';
    issues.add(first!, `${message}${also}`);
  }
  issues.throwIfAny();
  const nothingCounts = opts.onlyTypes ? undefined : noCountingCheck(profile, checks);
  if (nothingCounts) issues.add(['profiles', profile], nothingCounts, true);
  issues.throwIfAny();

  const waivers = (config.waivers ?? []).filter((w) => !w.profiles || w.profiles.includes(profile));
  for (const w of waivers) {
    const c = checks.find((x) => x.id === w.check);
    if (c?.enforcement === 'hard') {
      const i = config.waivers!.indexOf(w);
      issues.add(
        ['waivers', i, 'check'],
        `check "${w.check}" is hard in profile "${profile}": it cannot be waived`,
      );
    }
  }
  issues.throwIfAny();

  return {
    profile,
    lineage: resolved.lineage,
    checks,
    policy: decisionPolicy(resolved.decision),
    waivers,
    concurrency: defaults.concurrency,
    gateTimeoutMs: defaults.gateTimeoutMs,
    ...(defaults.base !== undefined ? { defaultBase: defaults.base } : {}),
    // Every command that runs these checks masks them: the environment's values the config takes,
    // and the inputs and environment variables whose names say they are secret, referenced or
    // not (a command inherits the environment and may print it).
    secrets: [
      ...new Set([
        ...interp.envValues,
        ...sensitiveInputValues(opts.inputs),
        ...sensitiveEnvValues(opts.env),
      ]),
    ],
  };
}

const COMMON = new Set(['type', 'title', 'category', 'enforcement', 'timeout', 'onError']);

function plannedFrom(
  id: string,
  raw: Record<string, unknown>,
  defaults: { category: string; enforcement: Enforcement },
  defaultTimeout: number,
): PlannedCheck {
  const spec: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) if (!COMMON.has(k)) spec[k] = v;
  const timeout = raw.timeout === undefined ? undefined : parseDuration(raw.timeout as string | number);
  return {
    id,
    type: raw.type as string,
    title: raw.title as string | undefined,
    category: (raw.category as string | undefined) ?? defaults.category,
    enforcement: (raw.enforcement as Enforcement | undefined) ?? defaults.enforcement,
    onError: (raw.onError as OnError | undefined) ?? 'fail',
    timeoutMs: timeout ?? defaultTimeout,
    spec,
  };
}

/**
 * A check's fields with every expression replaced: in the fields bash runs, by references to
 * environment variables whose values the binder keeps; elsewhere, by the values themselves.
 */
function interpolateCheck(
  check: ProfileCheck,
  interp: Interpolator,
  shell: ShellBinder,
): { value: Record<string, unknown>; issues: InterpolationIssue[] } {
  const type = checkType(check.raw.type);
  const issues: InterpolationIssue[] = [];
  let raw = check.raw;
  for (const key of shellFieldsOf(type)) {
    const script = own(raw, key);
    if (typeof script === 'string') raw = { ...raw, [key]: shell.bind(script, [key], issues) };
  }
  const rest = interp.interpolate(raw, []);
  return { value: rest.value, issues: [...issues, ...rest.issues] };
}
