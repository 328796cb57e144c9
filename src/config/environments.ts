import { z } from 'zod';
import { fields as commandFields } from '../checks/command/spec.js';
import { hasExpression, httpUrl, timeout } from '../checks/fields.js';
import { parseDuration } from '../core/duration.js';

/**
 * `environments:` — how each environment is deployed, verified, rolled back and watched after a
 * deploy (`monitor:`). This file holds the schema only (config/schema.ts includes it); the cross-references are checked in
 * environmentIssues.ts, and a deploy is planned in src/deploy/plan.ts.
 */

/** The same safe pattern as check ids: a name becomes a file name, a history key and an env value. */
export const ENVIRONMENT_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

export const STEP_NAMES = ['snapshot', 'deploy', 'rollback'] as const;
export type StepName = (typeof STEP_NAMES)[number];

/** As the config would write it: it goes through the same planner as a check's timeout. */
export const DEFAULT_STEP_TIMEOUT = '10m';
/** A step may not outlive the longest GitHub-hosted job. */
export const MAX_STEP_TIMEOUT_MS = 6 * 3_600_000;

const command = commandFields.shape;

const stepTimeout = timeout.refine(
  (v) => {
    if (hasExpression(v)) return true;
    const ms = parseDuration(v);
    return ms === undefined || ms <= MAX_STEP_TIMEOUT_MS;
  },
  { message: 'a step may take at most 6h' },
);

/**
 * One step is a command run like the `command` check: the same fields, interpolated by the same
 * planner, so `${{ }}` in `run` gets whatever treatment shell fields of checks get.
 */
export const stepSchema = z
  .strictObject({
    run: command.run,
    cwd: command.cwd,
    env: command.env,
    timeout: stepTimeout.optional().describe('Time the step may take (default 10m, at most 6h)'),
    maxOutput: command.maxOutput,
  })
  .describe(
    'A command (bash) run in the workspace; it gets PROMOTION_GATE_ENVIRONMENT, _SHA, _URL, _STEP and PROMOTION_GATE_INPUT_<NAME> as environment variables',
  );

/** What the monitor does when the environment degrades; `protect: true` makes any of them `alert`. */
export const MONITOR_REACTIONS = ['rollback', 'alert', 'none'] as const;
export type MonitorReaction = (typeof MONITOR_REACTIONS)[number];

/** Check types that ask a live service over HTTP: what a probe may be. */
export const LIVE_PROBE_TYPES = ['http', 'auth', 'performance', 'freshness'] as const;

/** As the config would write them: they go through the same parsing as flags do. */
export const MONITOR_DEFAULTS = {
  window: '15m',
  interval: '30s',
  consecutiveFailures: 3,
  errorRatio: 0.05,
  minRequests: 20,
  reaction: 'alert' as MonitorReaction,
};

export const degradedWhenSchema = z
  .strictObject({
    consecutiveFailures: z
      .int()
      .min(1)
      .max(10_000)
      .optional()
      .describe('Degraded when one probe fails this many ticks in a row (default 3)'),
    errorRatio: z
      .number({ error: 'errorRatio is a share of answers, a number from 0 to 1 (0.05 is 5%)' })
      .superRefine((v, ctx) => {
        if (v < 0 || v > 1)
          ctx.addIssue({
            code: 'custom',
            message: `errorRatio is a share of answers: from 0 to 1 (0.05 is 5%), got ${v}`,
          });
      })
      // The bounds for editors; the check above words the message.
      .meta({ minimum: 0, maximum: 1 })
      .optional()
      .describe(
        'Degraded when the share of 5xx or unreachable answers over the window so far is above this (default 0.05)',
      ),
    minRequests: z
      .int()
      .min(0)
      .max(100_000_000)
      .optional()
      .describe('errorRatio and latencyP95 are judged once the window made this many requests (default 20)'),
    latencyP95: timeout
      .optional()
      .describe('Degraded when the 95th percentile latency of the window so far is above this (optional)'),
  })
  .describe('When the environment counts as degraded; the first rule met decides');

export const monitorSchema = z.strictObject({
  window: timeout.optional().describe('How long to watch after the deploy (default 15m, at most 24h)'),
  interval: timeout.optional().describe('Time between two rounds of probes (default 30s)'),
  probes: z
    .array(z.string().min(1))
    .min(1)
    .describe('Ids of live checks (http, auth, performance, freshness) run each tick'),
  degradedWhen: degradedWhenSchema.optional(),
  reaction: z
    .enum(MONITOR_REACTIONS)
    .optional()
    .describe(
      'On degraded: rollback (the rollback step, then verify), alert (an incident issue and the notify: webhooks) or none (recorded only); default alert. protect: true always alerts',
    ),
});

export type RawMonitor = z.infer<typeof monitorSchema>;

export const environmentSchema = z.strictObject({
  description: z.string().optional(),
  url: httpUrl
    .optional()
    .describe('URL of the environment: shown on the GitHub deployment, given to steps as PROMOTION_GATE_URL'),
  snapshot: stepSchema
    .optional()
    .describe('Runs first (database backup, image tags); when it fails nothing is deployed'),
  deploy: stepSchema
    .optional()
    .describe('Deploys the commit (required unless the environment is only monitored: see monitor)'),
  verify: z.string().min(1).describe('Profile run after the deploy, and again after a rollback'),
  rollback: stepSchema.optional().describe('Restores what ran before the deploy'),
  rollbackOnFailure: z
    .boolean()
    .optional()
    .describe(
      'Roll back when the deploy or its verify fails (default false; --rollback-on-failure and --no-rollback decide per run)',
    ),
  protect: z
    .boolean()
    .optional()
    .describe(
      'Never roll back automatically: a failure raises an alert and a person decides (default false)',
    ),
  production: z
    .boolean()
    .optional()
    .describe('Shown to GitHub as a production environment (default: true for names prod and production)'),
  monitor: monitorSchema
    .optional()
    .describe(
      'The post-deploy monitoring window (command monitor): probes, when it is degraded, the reaction',
    ),
});

export const environmentsSchema = z
  .record(z.string().regex(ENVIRONMENT_NAME), environmentSchema, {
    error: (iss) =>
      iss.code === 'invalid_key'
        ? `environment name "${String(iss.input)}" may use only letters, digits, ".", "_" and "-" (and start with a letter or digit)`
        : undefined,
  })
  .describe(
    'How each environment is deployed, verified, rolled back and watched (commands deploy, drill and monitor)',
  );

export type RawStep = z.infer<typeof stepSchema>;
export type RawEnvironment = z.infer<typeof environmentSchema>;
export type RawEnvironments = z.infer<typeof environmentsSchema>;

/** The environment of that name, looked up as data: `constructor` is no environment. */
export function environmentOf(envs: RawEnvironments | undefined, name: string): RawEnvironment | undefined {
  return envs && Object.hasOwn(envs, name) ? envs[name] : undefined;
}

/** Whether GitHub should show it as production when the config does not say. */
export function isProductionName(name: string): boolean {
  return /^prod(uction)?$/i.test(name);
}
