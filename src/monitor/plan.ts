import {
  environmentOf,
  isProductionName,
  MONITOR_DEFAULTS,
  type MonitorReaction,
  type RawMonitor,
} from '../config/environments.js';
import { durationProblem } from '../checks/fields.js';
import { Interpolator } from '../config/interpolate.js';
import { IssueList, type LoadedConfig } from '../config/load.js';
import { dataRecord, own } from '../config/own.js';
import { planGate } from '../config/plan.js';
import type { KeyPath } from '../config/resolve.js';
import type { PlannedCheck } from '../config/types.js';
import { formatDuration, MAX_TIMER_MS, parseDuration } from '../core/duration.js';
import { ConfigError, UsageError } from '../core/errors.js';
import { didYouMean } from '../core/text.js';
import { type EnvironmentPlan, planEnvironment } from '../deploy/plan.js';
import { decideReaction } from './decide.js';
import type { MonitorRules } from './types.js';

export interface MonitorPlan {
  environment: string;
  url?: string;
  windowMs: number;
  intervalMs: number;
  /** The probes, planned as the gate plans checks: same interpolation, timeouts and redaction. */
  probes: PlannedCheck[];
  rules: MonitorRules;
  reaction: { configured: MonitorReaction; decided: MonitorReaction; reason: string };
  protect: boolean;
  production: boolean;
  /** Planned up front when the reaction is rollback: a rollback that cannot run is known now. */
  rollback?: EnvironmentPlan;
  /** Values from the environment that reached the plan: redacted everywhere. */
  secrets: string[];
}

export interface MonitorPlanOptions {
  env: Readonly<Record<string, string | undefined>>;
  inputs: Readonly<Record<string, string>>;
  cwd: string;
  workspace?: string;
  /** --window and --interval: over the config's. */
  windowMs?: number;
  intervalMs?: number;
}

/** A profile name no config can hold (profile names have no spaces). */
const PROBE_PROFILE = 'monitor probes';

/**
 * Resolves an environment's `monitor:` into what the tick loop runs. Durations may use
 * `${{ }}`; they are interpolated and checked again here, at their own line.
 */
export function planMonitor(loaded: LoadedConfig, name: string, opts: MonitorPlanOptions): MonitorPlan {
  const { config, source } = loaded;
  const env = environmentOf(config.environments, name);
  if (!env) {
    const names = Object.keys(config.environments ?? {});
    throw new ConfigError([
      {
        file: source.file,
        message:
          names.length === 0
            ? `unknown environment "${name}": the config defines no environments (add an environments: section)`
            : `unknown environment "${name}"${didYouMean(name, names)}; environments: ${names.join(', ')}`,
      },
    ]);
  }
  const issues = new IssueList(source);
  const at = (...rest: KeyPath): KeyPath => ['environments', name, ...rest];
  if (!env.monitor) {
    issues.add(
      at(),
      `environment "${name}" has no monitor: add environments.${name}.monitor with the probes to run`,
      true,
    );
    issues.throwIfAny();
  }
  const interp = new Interpolator(config.vars ?? {}, opts.env, opts.inputs);
  const raw = interp.interpolate(env.monitor!, at('monitor'));
  for (const i of raw.issues) issues.add(i.path, i.message);
  let url: string | undefined;
  if (env.url !== undefined) {
    const r = interp.interpolate(env.url, at('url'));
    for (const i of r.issues) issues.add(i.path, i.message);
    url = r.value;
  }
  issues.throwIfAny();
  const m: RawMonitor = raw.value;

  const durationAt = (key: KeyPath, text: string | undefined, fallback?: string): number | undefined => {
    const value = text ?? fallback;
    if (value === undefined) return undefined;
    const problem = durationProblem(value, { maxMs: MAX_TIMER_MS, maxText: 'at most 24h', positive: true });
    if (problem) {
      issues.add(at('monitor', ...key), `${problem} (after interpolation)`);
      return undefined;
    }
    return parseDuration(value);
  };
  const cfgWindow = durationAt(['window'], m.window, MONITOR_DEFAULTS.window);
  const cfgInterval = durationAt(['interval'], m.interval, MONITOR_DEFAULTS.interval);
  const latencyP95Ms = durationAt(['degradedWhen', 'latencyP95'], m.degradedWhen?.latencyP95);
  issues.throwIfAny();

  const windowMs = opts.windowMs ?? cfgWindow!;
  const intervalMs = opts.intervalMs ?? cfgInterval!;
  if (intervalMs > windowMs) {
    if (opts.windowMs === undefined && opts.intervalMs === undefined) {
      issues.add(
        at('monitor', m.interval !== undefined ? 'interval' : 'window'),
        `interval ${formatDuration(intervalMs)} is longer than the window ${formatDuration(windowMs)} (after interpolation)`,
      );
      issues.throwIfAny();
    }
    const said = (flag: string, ms: number, given: boolean) =>
      `${given ? flag : `the config's ${flag.slice(2)}`} ${formatDuration(ms)}`;
    throw new UsageError(
      `${said('--interval', intervalMs, opts.intervalMs !== undefined)} is longer than ${said('--window', windowMs, opts.windowMs !== undefined)}: the window would end before a second round of probes`,
    );
  }

  const probes = planProbes(loaded, m.probes, opts);
  const reaction = {
    configured: m.reaction ?? MONITOR_DEFAULTS.reaction,
    ...decideReaction(name, m.reaction ?? MONITOR_DEFAULTS.reaction, env.protect === true),
  };
  const rollback =
    reaction.decided === 'rollback'
      ? planEnvironment(loaded, name, {
          env: opts.env,
          inputs: opts.inputs,
          cwd: opts.cwd,
          workspace: opts.workspace,
          monitor: true,
        })
      : undefined;
  if (rollback && !rollback.steps.rollback) {
    issues.add(
      at('monitor', 'reaction'),
      `reaction: rollback needs a rollback step: add environments.${name}.rollback`,
    );
    issues.throwIfAny();
  }
  return {
    environment: name,
    ...(url !== undefined ? { url } : {}),
    windowMs,
    intervalMs,
    probes: probes.checks,
    rules: {
      consecutiveFailures: m.degradedWhen?.consecutiveFailures ?? MONITOR_DEFAULTS.consecutiveFailures,
      errorRatio: m.degradedWhen?.errorRatio ?? MONITOR_DEFAULTS.errorRatio,
      minRequests: m.degradedWhen?.minRequests ?? MONITOR_DEFAULTS.minRequests,
      ...(latencyP95Ms !== undefined ? { latencyP95Ms } : {}),
    },
    reaction,
    protect: env.protect === true,
    production: env.production ?? isProductionName(name),
    ...(rollback ? { rollback } : {}),
    secrets: [...new Set([...interp.envValues, ...probes.secrets, ...(rollback?.secrets ?? [])])],
  };
}

/**
 * The probes through the gate's planner, as a profile made for the purpose: each is interpolated
 * and validated exactly as the check users know, and problems point at the check's own lines.
 * A probe's enforcement decides nothing here (a failed probe is a failed probe), so one that would
 * not count in a gate counts in this profile rather than make it a profile that decides nothing.
 */
function planProbes(
  loaded: LoadedConfig,
  ids: readonly string[],
  opts: MonitorPlanOptions,
): { checks: PlannedCheck[]; secrets: string[] } {
  const checks: Record<string, unknown> = {};
  for (const id of ids) {
    const c = own(loaded.config.checks, id) as Record<string, unknown> | undefined;
    if (!c) continue;
    const counts = c.enforcement === 'hard' || c.enforcement === 'required' || c.enforcement === 'scored';
    checks[id] = counts ? c : { ...c, enforcement: 'required' };
  }
  const synthetic: LoadedConfig = {
    source: loaded.source,
    config: {
      ...loaded.config,
      profiles: dataRecord({ [PROBE_PROFILE]: { checks: [...ids] } }) as LoadedConfig['config']['profiles'],
      checks: dataRecord(checks) as LoadedConfig['config']['checks'],
      waivers: [],
    },
  };
  const plan = planGate(synthetic, PROBE_PROFILE, { env: opts.env, inputs: opts.inputs });
  return { checks: plan.checks, secrets: plan.secrets };
}
