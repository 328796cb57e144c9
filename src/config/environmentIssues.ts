import { parseDuration } from '../core/duration.js';
import { didYouMean } from '../core/text.js';
import {
  LIVE_PROBE_TYPES,
  MONITOR_DEFAULTS,
  type RawEnvironment,
  type RawEnvironments,
} from './environments.js';
import { expressionIssues } from './interpolate.js';
import type { KeyPath } from './resolve.js';

type Issue = { path: KeyPath; message: string };

/**
 * What the schema cannot see in `environments:`: profiles named by `verify`, checks named by a
 * monitor's probes, and settings that contradict each other. Kept apart from the schema, which
 * config/schema.ts imports.
 */
export function environmentIssues(config: {
  environments?: RawEnvironments;
  profiles: Record<string, unknown>;
  checks?: Record<string, unknown>;
  vars?: Record<string, unknown>;
}): Issue[] {
  const issues: Issue[] = [];
  const envs = config.environments;
  if (!envs) return issues;
  const profiles = Object.keys(config.profiles);
  for (const [name, e] of Object.entries(envs)) {
    const at = (...rest: KeyPath): KeyPath => ['environments', name, ...rest];
    if (!Object.hasOwn(config.profiles, e.verify))
      issues.push({
        path: at('verify'),
        message: `verify names unknown profile "${e.verify}"${didYouMean(e.verify, profiles)} (profiles: ${profiles.join(', ')})`,
      });
    if (!e.deploy && !e.monitor)
      issues.push({
        path: at(),
        message: `environment "${name}" has no deploy step: add environments.${name}.deploy (only an environment that is deployed elsewhere and monitored here may leave it out)`,
      });
    if (e.rollbackOnFailure === true && !e.rollback)
      issues.push({
        path: at('rollbackOnFailure'),
        message: `rollbackOnFailure: true needs a rollback step: add environments.${name}.rollback`,
      });
    if (e.protect === true && e.rollbackOnFailure === true)
      issues.push({
        path: at('protect'),
        message:
          'protect: true never rolls back automatically, which contradicts rollbackOnFailure: true; keep one of them',
      });
    if (e.monitor) issues.push(...monitorIssues(name, e, config.checks ?? {}));
  }
  const varNames = Object.keys(config.vars ?? {});
  issues.push(...expressionIssues(envs, varNames, ['environments']));
  return issues;
}

/** A check's type and fields as the file has them (it may be invalid: that is reported elsewhere). */
function rawCheck(checks: Record<string, unknown>, id: string): Record<string, unknown> | undefined {
  if (!Object.hasOwn(checks, id)) return undefined;
  const c = checks[id];
  return c !== null && typeof c === 'object' && !Array.isArray(c) ? (c as Record<string, unknown>) : {};
}

/** Why a check cannot be a probe, or undefined. */
function probeProblem(id: string, check: Record<string, unknown>): string | undefined {
  const type = check.type;
  if (typeof type !== 'string') return undefined;
  if (!(LIVE_PROBE_TYPES as readonly string[]).includes(type))
    return `probe "${id}" is a ${type} check: a probe must be a live check (${LIVE_PROBE_TYPES.join(', ')})`;
  if (type === 'freshness' && check.url === undefined)
    return `probe "${id}" is a freshness check of a file: a probe must ask the live service (give it url)`;
  if (check.enforcement === 'off') return `probe "${id}" has enforcement: off, so it would never run`;
  return undefined;
}

/** A duration the file writes as it is (no `${{ }}`), in ms; undefined otherwise. */
function literalMs(v: string | undefined, fallback: string): number | undefined {
  const text = v ?? fallback;
  return text.includes('${{') ? undefined : parseDuration(text);
}

function monitorIssues(name: string, e: RawEnvironment, checks: Record<string, unknown>): Issue[] {
  const m = e.monitor!;
  const issues: Issue[] = [];
  const at = (...rest: KeyPath): KeyPath => ['environments', name, 'monitor', ...rest];
  const seen = new Set<string>();
  m.probes.forEach((id, i) => {
    if (seen.has(id)) issues.push({ path: at('probes', i), message: `probe "${id}" is listed twice` });
    seen.add(id);
    const check = rawCheck(checks, id);
    if (!check) {
      issues.push({
        path: at('probes', i),
        message: `unknown probe "${id}"${didYouMean(id, Object.keys(checks))}: probes are ids of live checks in checks:`,
      });
      return;
    }
    const problem = probeProblem(id, check);
    if (problem) issues.push({ path: at('probes', i), message: problem });
  });

  const windowMs = literalMs(m.window, MONITOR_DEFAULTS.window);
  const intervalMs = literalMs(m.interval, MONITOR_DEFAULTS.interval);
  if (windowMs !== undefined && intervalMs !== undefined && intervalMs > windowMs) {
    const interval = m.interval ?? `${MONITOR_DEFAULTS.interval} (the default)`;
    const window = m.window ?? `${MONITOR_DEFAULTS.window} (the default)`;
    issues.push({
      path: at(m.interval !== undefined ? 'interval' : 'window'),
      message: `interval ${interval} is longer than the window ${window}: the window would end before a second round of probes`,
    });
  }
  if (m.reaction === 'rollback' && !e.rollback)
    issues.push({
      path: at('reaction'),
      message: `reaction: rollback needs a rollback step: add environments.${name}.rollback`,
    });
  return issues;
}
