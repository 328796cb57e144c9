import type { authCheck } from './web/auth.js';
import type { benchmarkCheck } from './metrics/benchmark.js';
import type { commandCheck } from './command/command.js';
import type { dependenciesCheck } from './dependencies/dependencies.js';
import type { envCheck } from './local/env.js';
import type { evidenceCheck } from './evidence/evidence.js';
import type { filesCheck } from './local/files.js';
import type { freshnessCheck } from './web/freshness.js';
import type { gitCheck } from './local/git.js';
import type { httpCheck } from './web/http.js';
import type { integrityCheck } from './integrity/integrity.js';
import type { migrationsCheck } from './migrations/migrations.js';
import type { performanceCheck } from './web/performance.js';
import type { routesCheck } from './routes/routes.js';
import type { secretsCheck } from './secrets/secrets.js';
import type { trendCheck } from './metrics/trend.js';
import type { z } from 'zod';
import type { CheckLoad, CheckType } from './types.js';

/** A type with what it mostly uses, unless it says so itself. */
function uses<S extends z.ZodObject>(
  type: CheckType<S>,
  load: CheckLoad | ((spec: z.infer<S>) => CheckLoad),
): CheckType<S> {
  return type.load ? type : { ...type, load };
}

/** A benchmark or trend runs its command when it has one, else it reads a file. */
const runOrRead = (spec: { run?: string }): CheckLoad => (spec.run !== undefined ? 'process' : 'cpu');

/**
 * Every check type, one line each, with what it mostly uses (which sets how many run at once).
 * A type's module — its schema and its code — is loaded when a config names the type
 * (`loadCheckTypes`): a gate of live probes never builds the secret rules or the schema of a
 * migration check, and that is most of what a start-up would evaluate. The config schema is built
 * from this table, one type at a time.
 */
const LOADERS = {
  files: async () => uses((await import('./local/files.js')).filesCheck, 'cpu'),
  env: async () => uses((await import('./local/env.js')).envCheck, 'cpu'),
  git: async () => uses((await import('./local/git.js')).gitCheck, 'process'),
  command: async () => uses((await import('./command/command.js')).commandCheck, 'process'),
  http: async () => uses((await import('./web/http.js')).httpCheck, 'network'),
  auth: async () => uses((await import('./web/auth.js')).authCheck, 'network'),
  performance: async () => uses((await import('./web/performance.js')).performanceCheck, 'network'),
  freshness: async () =>
    uses((await import('./web/freshness.js')).freshnessCheck, (spec) =>
      spec.url !== undefined ? 'network' : 'cpu',
    ),
  evidence: async () => uses((await import('./evidence/evidence.js')).evidenceCheck, 'cpu'),
  benchmark: async () => uses((await import('./metrics/benchmark.js')).benchmarkCheck, runOrRead),
  trend: async () => uses((await import('./metrics/trend.js')).trendCheck, runOrRead),
  secrets: async () => uses((await import('./secrets/secrets.js')).secretsCheck, 'process'),
  dependencies: async () =>
    uses((await import('./dependencies/dependencies.js')).dependenciesCheck, 'process'),
  migrations: async () => uses((await import('./migrations/migrations.js')).migrationsCheck, 'process'),
  routes: async () => uses((await import('./routes/routes.js')).routesCheck, 'process'),
  // Pull request reviews and run approvals on GitHub; its git reads are a few small ones.
  integrity: async () => uses((await import('./integrity/integrity.js')).integrityCheck, 'network'),
} as const;

/** Every check type's name, in the table's order. */
export const CHECK_TYPE_NAMES = Object.keys(LOADERS) as readonly CheckTypeName[];
export type CheckTypeName = keyof typeof LOADERS;

/** Every check type as its module defines it (for the types the config schema infers). */
export type AnyCheckType =
  | typeof filesCheck
  | typeof envCheck
  | typeof gitCheck
  | typeof commandCheck
  | typeof httpCheck
  | typeof authCheck
  | typeof performanceCheck
  | typeof freshnessCheck
  | typeof evidenceCheck
  | typeof benchmarkCheck
  | typeof trendCheck
  | typeof secretsCheck
  | typeof dependenciesCheck
  | typeof migrationsCheck
  | typeof routesCheck
  | typeof integrityCheck;

const loaded = new Map<string, CheckType>();
const loading = new Map<string, Promise<void>>();

export function isCheckTypeName(name: unknown): name is CheckTypeName {
  return typeof name === 'string' && Object.hasOwn(LOADERS, name);
}

/**
 * Loads the check types named (every type when none are given); names that are no type are left
 * for validation to report. Whatever reads a config calls this first with the types it names.
 */
export async function loadCheckTypes(names: Iterable<unknown> = CHECK_TYPE_NAMES): Promise<void> {
  const waits: Promise<void>[] = [];
  for (const name of new Set(names)) {
    if (!isCheckTypeName(name) || loaded.has(name)) continue;
    let wait = loading.get(name);
    if (!wait) {
      wait = LOADERS[name]().then((type) => {
        loaded.set(name, type as CheckType);
      });
      // A failed load may be tried again.
      wait.catch(() => loading.delete(name));
      loading.set(name, wait);
    }
    waits.push(wait);
  }
  await Promise.all(waits);
}

/**
 * The check type of that name; undefined when there is no such type. A type that exists but was
 * not loaded is a mistake of ours, never a check that silently does not validate or run.
 */
export function checkType(name: unknown): CheckType | undefined {
  if (!isCheckTypeName(name)) return undefined;
  const type = loaded.get(name);
  if (!type) throw new Error(`check type "${name}" was used before it was loaded (loadCheckTypes)`);
  return type;
}

/** Every check type, in the table's order: after `loadCheckTypes()`. */
export function allCheckTypes(): CheckType[] {
  return CHECK_TYPE_NAMES.map((name) => checkType(name)!);
}

/** The check types loaded so far (what a start-up evaluated). */
export function loadedCheckTypeNames(): string[] {
  return CHECK_TYPE_NAMES.filter((name) => loaded.has(name));
}
