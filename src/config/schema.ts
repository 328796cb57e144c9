import { z } from 'zod';
import { allCheckTypes, type AnyCheckType, loadCheckTypes } from '../checks/registry.js';
import type { CheckType } from '../checks/types.js';
import { ENFORCEMENTS, ON_ERROR } from '../core/types.js';
import { age, condition, timeout } from '../checks/fields.js';
import { environmentsSchema } from './environments.js';
import { hotfixDeadline, notifySchema } from './notify.js';

/**
 * Check ids and profile names: each may become a file or folder name (evidence/<check>/,
 * .promotion-gate/<profile>/), so no separators, no leading dot, and a sane length.
 */
export const CHECK_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;
export const NAME_RULE =
  'may use only letters, digits, ".", "_" and "-", start with a letter or digit, and have at most 100 characters';

/** Fields every check has, whatever its type. */
export const commonCheckFields = {
  title: z.string().optional().describe('Display name in reports'),
  category: z.string().optional().describe('Scoring category (a key of decision.categories)'),
  enforcement: z
    .enum(ENFORCEMENTS)
    .optional()
    .describe(
      'hard: a failure always holds; required: a failure holds unless waived; scored: lowers the score; advisory: warns; dry-run: reported, never counted; off: not run',
    ),
  timeout: timeout.optional().describe('Time the check may take (default: defaults.timeout)'),
  onError: z
    .enum(ON_ERROR)
    .optional()
    .describe('What a check that could not run counts as: fail (default), warn or pass'),
};

/** A check of one type: its own fields and the common ones, no others. */
function checkSchemaFor<T extends CheckType>(t: T) {
  return z
    .strictObject({
      type: z.literal(t.type),
      ...commonCheckFields,
      ...(t.fields.shape as T['fields']['shape']),
    })
    .describe(t.description);
}

type CheckSchemaOf<T> = T extends CheckType ? ReturnType<typeof checkSchemaFor<T>> : never;

const checkSchemas = new WeakMap<CheckType, z.ZodType>();

/** The schema of a check of that type, built the first time a config names the type. */
export function checkSchemaOf(type: CheckType): z.ZodType<RawCheck> {
  let schema = checkSchemas.get(type);
  if (!schema) {
    schema = checkSchemaFor(type);
    checkSchemas.set(type, schema);
  }
  return schema as z.ZodType<RawCheck>;
}

/** Every type's check, for the JSON Schema: after `loadCheckTypes()`. */
function everyCheckSchema() {
  return z.discriminatedUnion(
    'type',
    allCheckTypes().map(checkSchemaOf) as unknown as [z.ZodObject<{ type: z.ZodLiteral<string> }>],
  );
}

export const DEFAULT_CATEGORIES: Record<string, number> = { safety: 1.0, data: 1.0, ops: 0.8, design: 0.6 };

export const decisionSchema = z.strictObject({
  categories: z
    .record(z.string(), z.number().min(0).max(2))
    .optional()
    .describe('Category weights 0–2: effective = 5 − (5 − raw) × weight, floored at 2 unless raw is 1'),
  holdLine: z
    .int()
    .min(1)
    .max(5)
    .optional()
    .describe('Hold when the effective score is at or below this (default 2)'),
  autoPromoteAt: z
    .int()
    .min(1)
    .max(5)
    .optional()
    .describe('Scores at or above this auto-promote; below it promote with a hotfix (default 4)'),
  releaseCandidatePercent: z
    .number()
    .min(0)
    .max(100)
    .optional()
    .describe('Level release_candidate when blocked but this percent of gating checks passed (default 80)'),
  ratchet: z
    .boolean()
    .optional()
    .describe('Hold when checks that required a hotfix last run fail again (default true)'),
  hotfixDeadline: hotfixDeadline.optional(),
});

const profileSchema = z.strictObject({
  description: z.string().optional(),
  extends: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .describe('Profiles whose checks this one inherits'),
  checks: z.array(z.string()).optional().describe('Check ids this profile adds'),
  exclude: z.array(z.string()).optional().describe('Inherited check ids this profile drops'),
  overrides: z
    .record(z.string(), z.record(z.string(), z.unknown()))
    .optional()
    .describe('Per-check field overrides for this profile'),
  decision: decisionSchema.optional().describe('Decision settings for this profile, over the global ones'),
});

const waiverSchema = z.strictObject({
  check: z.string(),
  reason: z.string().min(1),
  expires: z
    .union([z.string(), z.date()])
    .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
    .refine((s) => !Number.isNaN(Date.parse(s)), { message: 'expected a date such as 2026-12-31' }),
  by: z.string().min(1),
  profiles: z.array(z.string()).optional(),
});

const DOMAIN = /^[A-Za-z0-9][\w.-]*$/;

const aggregateSchema = z.strictObject({
  required: z
    .array(z.string().regex(DOMAIN, 'a domain name uses letters, digits, ".", "_" and "-"'))
    .optional()
    .describe('Domains that must be present and passed (default: every domain given)'),
  releaseCandidateAt: z
    .number()
    .min(0)
    .max(100)
    .optional()
    .describe(
      'Level release_candidate when blocked but this percent of required domains passed (default 80)',
    ),
  domains: z
    .record(
      z.string().regex(DOMAIN, 'a domain name uses letters, digits, ".", "_" and "-"'),
      z.strictObject({
        path: z.string().min(1).optional().describe('Evidence file of the domain (--artifact overrides it)'),
        format: z.enum(['auto', 'json', 'yaml', 'junit', 'sarif']).optional(),
        assert: z
          .array(condition)
          .optional()
          .describe('Conditions that decide "passed" instead of the status field, e.g. regressions == 0'),
        maxAge: age
          .optional()
          .describe(
            'Evidence older than this (by its finishedAt, else the file time) is a blocker <domain>.stale, e.g. 35d for a monthly rollback drill',
          ),
      }),
    )
    .optional(),
});

export const defaultsSchema = z.strictObject({
  timeout: timeout.optional().describe('Per-check timeout (default 30s)'),
  concurrency: z
    .int()
    .min(1)
    .max(64)
    .optional()
    .describe(
      'Checks that run commands, git or work in this process, run at once (default 8); live probes start together, up to 64',
    ),
  gateTimeout: timeout.optional().describe('Time the whole gate may take (default 15m)'),
  base: z
    .string()
    .min(1)
    .optional()
    .describe(
      'Base revision diff checks compare with when no --base, pull request or promoted run in history gives one (e.g. origin/main, v1.4.0)',
    ),
});

export const configSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1),
  vars: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  defaults: defaultsSchema.optional(),
  decision: decisionSchema.optional(),
  profiles: z.record(z.string(), profileSchema),
  // Each check is validated against its own type's schema (config/resolve.ts validateCheck).
  checks: z.record(z.string(), z.unknown()),
  waivers: z.array(waiverSchema).optional(),
  aggregate: aggregateSchema.optional().describe('Evidence domains the aggregate command merges'),
  environments: environmentsSchema.optional(),
  notify: notifySchema.optional(),
});

export type AggregateSettings = z.infer<typeof aggregateSchema>;
export type RawCheck = z.infer<CheckSchemaOf<AnyCheckType>>;
export type RawConfig = Omit<z.infer<typeof configSchema>, 'checks'> & { checks: Record<string, RawCheck> };
export type DecisionSettings = z.infer<typeof decisionSchema>;

/** JSON Schema for editors (yaml-language-server): every check type's fields. */
export async function configJsonSchema(): Promise<Record<string, unknown>> {
  await loadCheckTypes();
  const schema = z.toJSONSchema(configSchema.extend({ checks: z.record(z.string(), everyCheckSchema()) }), {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-7',
  });
  return {
    ...schema,
    $id: 'https://raw.githubusercontent.com/promotion-gate/promotion-gate/v1/schema/promotion-gate.schema.json',
    title: 'promotion-gate configuration',
  };
}
