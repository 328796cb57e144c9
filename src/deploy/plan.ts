import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  DEFAULT_STEP_TIMEOUT,
  environmentOf,
  isProductionName,
  MAX_STEP_TIMEOUT_MS,
  type RawStep,
  STEP_NAMES,
  type StepName,
} from '../config/environments.js';
import { shellValues } from '../checks/fields.js';
import { Interpolator } from '../config/interpolate.js';
import { IssueList, type LoadedConfig } from '../config/load.js';
import { planGate } from '../config/plan.js';
import type { KeyPath } from '../config/resolve.js';
import type { GatePlan } from '../config/types.js';
import { ConfigError, type ConfigIssue } from '../core/errors.js';
import { formatDuration } from '../core/duration.js';
import { didYouMean } from '../core/text.js';

export interface PlannedStep {
  name: StepName;
  /** The command line after interpolation (as the command check's planner leaves it). */
  run: string;
  /** Absolute; inside the workspace. */
  cwd: string;
  env: Record<string, string>;
  timeoutMs: number;
  maxOutputBytes: number;
}

export interface EnvironmentPlan {
  environment: string;
  url?: string;
  steps: Partial<Record<StepName, PlannedStep>>;
  verify: string;
  /** Planned now, so a verify that cannot be planned stops the deploy before anything runs. */
  verifyPlan: GatePlan;
  rollback: { enabled: boolean; reason: string };
  protect: boolean;
  production: boolean;
  /** Values from the environment that reached the plan: redacted everywhere. */
  secrets: string[];
}

export interface EnvironmentPlanOptions {
  env: Readonly<Record<string, string | undefined>>;
  inputs: Readonly<Record<string, string>>;
  cwd: string;
  /** Steps may not leave it (default cwd). */
  workspace?: string;
  /** --rollback-on-failure (true) or --no-rollback (false); undefined: the config decides. */
  rollback?: boolean;
  /** A drill always rolls back, and needs a rollback step. */
  drill?: boolean;
  /** The monitor's rollback reaction: it runs rollback and verify only, so no deploy step is needed. */
  monitor?: boolean;
}

/** A profile name no config can hold (profiles use letters, digits, ".", "_" and "-"). */
const STEP_PROFILE = 'environment steps';

/**
 * Resolves an environment into steps ready to run. Each step goes through the gate's planner
 * as a `command` check of a profile made for the purpose, so its fields are interpolated and
 * validated exactly as a command check's are (whatever that planner does with `${{ }}` in shell
 * fields), and problems are reported at the step's own line.
 */
export function planEnvironment(
  loaded: LoadedConfig,
  name: string,
  opts: EnvironmentPlanOptions,
): EnvironmentPlan {
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
  const at = (...rest: KeyPath): KeyPath => ['environments', name, ...rest];
  const issues = new IssueList(source);

  if (!opts.monitor && !env.deploy)
    issues.add(
      at(),
      `environment "${name}" has no deploy step: it is deployed elsewhere and only monitored here (promotion-gate monitor)`,
      true,
    );
  if (opts.drill && !env.rollback)
    issues.add(at(), `environment "${name}" has no rollback step: a drill proves the rollback path`, true);
  if (!opts.drill && opts.rollback === true && !env.rollback)
    issues.add(at(), `--rollback-on-failure: environment "${name}" has no rollback step`, true);
  if (!opts.drill && opts.rollback === true && env.protect === true)
    issues.add(
      at('protect'),
      `--rollback-on-failure: environment "${name}" is protected (protect: true): it is never rolled back automatically`,
    );
  issues.throwIfAny();

  const interp = new Interpolator(config.vars ?? {}, opts.env, opts.inputs);
  let url: string | undefined;
  if (env.url !== undefined) {
    const r = interp.interpolate(env.url, at('url'));
    for (const i of r.issues) issues.add(i.path, i.message);
    url = r.value;
    if (r.issues.length === 0 && !/^https?:\/\/[^/]/i.test(url))
      issues.add(at('url'), `expected an http(s) URL after interpolation, got "${url}"`);
  }
  issues.throwIfAny();

  const steps = planSteps(loaded, name, opts);
  const verifyPlan = planGate(loaded, env.verify, { env: opts.env, inputs: opts.inputs });

  const rollback = rollbackDecision(name, env, opts);
  return {
    environment: name,
    ...(url !== undefined ? { url } : {}),
    steps: steps.steps,
    verify: env.verify,
    verifyPlan,
    rollback,
    protect: env.protect === true,
    production: env.production ?? isProductionName(name),
    secrets: [...new Set([...interp.envValues, ...steps.secrets, ...verifyPlan.secrets])],
  };
}

function rollbackDecision(
  name: string,
  env: { rollback?: RawStep; rollbackOnFailure?: boolean; protect?: boolean },
  opts: EnvironmentPlanOptions,
): EnvironmentPlan['rollback'] {
  if (opts.drill) return { enabled: true, reason: 'a drill always rolls back' };
  if (env.protect === true)
    return {
      enabled: false,
      reason: `environment "${name}" is protected: never rolled back automatically, a person decides`,
    };
  if (opts.rollback === false) return { enabled: false, reason: 'rollback is off (--no-rollback)' };
  if (opts.rollback === true) return { enabled: true, reason: 'rollback is on (--rollback-on-failure)' };
  if (!env.rollback) return { enabled: false, reason: `environment "${name}" has no rollback step` };
  return env.rollbackOnFailure === true
    ? { enabled: true, reason: 'rollback is on (rollbackOnFailure: true)' }
    : {
        enabled: false,
        reason: 'rollback is off (rollbackOnFailure is not true; --rollback-on-failure turns it on)',
      };
}

function planSteps(
  loaded: LoadedConfig,
  name: string,
  opts: EnvironmentPlanOptions,
): { steps: Partial<Record<StepName, PlannedStep>>; secrets: string[] } {
  const env = environmentOf(loaded.config.environments, name)!;
  const checks: Record<string, unknown> = {};
  for (const step of STEP_NAMES) {
    const s = env[step];
    if (!s) continue;
    checks[step] = {
      type: 'command',
      run: s.run,
      ...(s.cwd !== undefined ? { cwd: s.cwd } : {}),
      ...(s.env !== undefined ? { env: s.env } : {}),
      maxOutput: s.maxOutput,
      timeout: s.timeout ?? DEFAULT_STEP_TIMEOUT,
    };
  }
  const synthetic: LoadedConfig = {
    source: loaded.source,
    config: {
      ...loaded.config,
      profiles: { [STEP_PROFILE]: { checks: Object.keys(checks) } },
      checks: checks as LoadedConfig['config']['checks'],
      waivers: [],
    },
  };
  let plan: GatePlan;
  try {
    plan = planGate(synthetic, STEP_PROFILE, { env: opts.env, inputs: opts.inputs });
  } catch (err) {
    if (err instanceof ConfigError) throw new ConfigError(err.issues.map((i) => relocate(loaded, name, i)));
    throw err;
  }

  const issues = new IssueList(loaded.source);
  const workspace = path.resolve(opts.workspace ?? opts.cwd);
  const steps: Partial<Record<StepName, PlannedStep>> = {};
  for (const c of plan.checks) {
    const step = c.id as StepName;
    const spec = c.spec as { run: string; cwd?: string; env?: Record<string, string>; maxOutput: number };
    if (c.timeoutMs <= 0 || c.timeoutMs > MAX_STEP_TIMEOUT_MS)
      issues.add(
        ['environments', name, step, 'timeout'],
        `a step may take more than 0 and at most 6h, got ${formatDuration(c.timeoutMs)}`,
      );
    const cwd = path.resolve(opts.cwd, spec.cwd ?? '.');
    const problem = outsideWorkspace(cwd, workspace);
    if (problem) issues.add(['environments', name, step, 'cwd'], problem);
    steps[step] = {
      name: step,
      run: spec.run,
      cwd,
      // The values of the run line's ${{ }} expressions, which it names as variables.
      env: { ...spec.env, ...shellValues(spec) },
      timeoutMs: c.timeoutMs,
      maxOutputBytes: spec.maxOutput,
    };
  }
  issues.throwIfAny();
  return { steps, secrets: plan.secrets };
}

/** Why a step's directory is not usable, or undefined; symbolic links are followed. */
function outsideWorkspace(dir: string, workspace: string): string | undefined {
  let real: string;
  try {
    if (!statSync(dir).isDirectory()) return `${dir} is not a directory`;
    real = realpathSync(dir);
  } catch {
    return `directory ${dir} does not exist`;
  }
  let root = workspace;
  try {
    root = realpathSync(workspace);
  } catch {
    /* the workspace itself is checked by whoever runs there */
  }
  const rel = path.relative(root, real);
  if (rel.startsWith('..') || path.isAbsolute(rel))
    return `${dir} is outside the workspace ${workspace}: steps run inside it`;
  return undefined;
}

/** Points a problem the planner found in a step at the step's own place in the file. */
function relocate(loaded: LoadedConfig, name: string, issue: ConfigIssue): ConfigIssue {
  const m = issue.path ? /^checks\.([a-z]+)(?:\.(.*))?$/.exec(issue.path) : null;
  if (!m || !(STEP_NAMES as readonly string[]).includes(m[1]!)) return issue;
  const keyPath: KeyPath = ['environments', name, m[1]!, ...(m[2] ? m[2].split('.') : [])];
  const pos = loaded.source.locate(keyPath);
  return { ...issue, path: keyPath.join('.'), line: pos?.line, column: pos?.column };
}
