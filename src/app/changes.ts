import path from 'node:path';
import picomatch from 'picomatch';
import { type ReleaseArea, releaseNotes } from '../change/commits.js';
import type { ChangeSource, RangeRecord, ReleaseNotes } from '../change/types.js';
import { isDependencyFile } from '../checks/dependencies/files.js';
import { CODEOWNERS_PATHS } from '../checks/integrity/codeowners.js';
import { DEFAULT_MIGRATION_PATHS } from '../checks/migrations/spec.js';
import { errorMessage } from '../core/errors.js';

/**
 * "Changes in this promotion": the release notes of the range the gate compared, by the path
 * patterns the diff checks read (migrations, dependency manifests and lock files, route files)
 * and the gate's own config and workflows.
 */

const ROUTE_FILES = [
  '**/urls.py',
  '{src/,}app/**/route.{js,ts,mjs}',
  '{src/,}pages/api/**',
  '**/routes/**',
  '**/*routes.*',
  '**/*router.*',
];

/**
 * `isDependencyFile` comes with the dependencies check's readers, which are loaded only when
 * release notes are made (or such a check runs), not by every gate.
 */
function areas(configFile: string, isDependencyFile: (path: string) => boolean): ReleaseArea[] {
  const migrations = picomatch(DEFAULT_MIGRATION_PATHS, { dot: true, ignore: ['**/node_modules/**'] });
  const routes = picomatch(ROUTE_FILES, { dot: true, ignore: ['**/node_modules/**'] });
  const gate = new Set([configFile, ...CODEOWNERS_PATHS]);
  return [
    { name: 'migrations', match: migrations },
    { name: 'dependencies', match: isDependencyFile },
    { name: 'routes', match: routes },
    { name: 'config', match: (p) => gate.has(p) || p.startsWith('.github/workflows/') },
  ];
}

export interface ChangesOptions {
  change: ChangeSource;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  configPath: string;
  eventPull?: number;
  signal?: AbortSignal;
  /** The range is known to be wanted (an explicit base, the base's config): made alongside the checks. */
  now: boolean;
  /** The explicit base and head, when given. */
  base?: string;
  head?: string;
}

async function notesOf(o: ChangesOptions, range: RangeRecord): Promise<ReleaseNotes | { error: string }> {
  if ('error' in range) return { error: range.error };
  try {
    const { change } = o;
    return await releaseNotes({ cwd: o.cwd, env: o.env, signal: o.signal }, range, {
      ...(o.eventPull ? { eventPull: o.eventPull } : {}),
      // Through the change source: the diff a check streams anyway, the file list it lists anyway.
      ...(change.stat
        ? {
            diff: {
              stat: () => change.stat!(o.signal),
              paths: async () => (await change.files({ signal: o.signal })).map((f) => f.path),
            },
          }
        : {}),
      areas: areas(path.relative(o.cwd, o.configPath).split(path.sep).join('/'), isDependencyFile),
    });
  } catch (err) {
    return { error: `release notes: ${errorMessage(err)}` };
  }
}

/**
 * The notes of the promoted range. When the range is wanted anyway they are made while the
 * checks run; otherwise they come from the range a diff check resolved, if one did. A range
 * still being fetched when the checks end is not waited for: it ends with the change source.
 */
export function trackChanges(o: ChangesOptions): {
  /** Waits for a range the clone holds (no fetch), before the change source is closed. */
  beforeClose(): Promise<void>;
  result(): Promise<ReleaseNotes | { error: string } | undefined>;
} {
  const early = o.now
    ? o.change.range().then(
        () => notesOf(o, o.change.settled()!),
        (err: unknown) => ({ error: errorMessage(err) }),
      )
    : undefined;
  // Whether the clone holds the range, from the lookup that starts resolving it.
  const local = o.now && o.base !== undefined ? o.change.local?.() : undefined;
  return {
    async beforeClose() {
      if (early && local && (await local)) await early;
    },
    async result() {
      if (early) return early;
      const settled = o.change.settled();
      return settled ? notesOf(o, settled) : undefined;
    },
  };
}
