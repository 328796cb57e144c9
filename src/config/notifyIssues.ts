import { didYouMean } from '../core/text.js';
import { expressionIssues } from './interpolate.js';
import type { RawNotify } from './notify.js';
import type { KeyPath } from './resolve.js';

/**
 * What the schema cannot see in `notify:`: profiles that do not exist and expressions that name
 * undefined vars. Kept apart from the schema, which config/schema.ts imports.
 */
export function notifyIssues(config: {
  notify?: RawNotify;
  profiles: Record<string, unknown>;
  vars?: Record<string, unknown>;
}): { path: KeyPath; message: string }[] {
  const issues: { path: KeyPath; message: string }[] = [];
  const hooks = config.notify;
  if (!hooks) return issues;
  const profiles = Object.keys(config.profiles);
  for (const [name, hook] of Object.entries(hooks)) {
    (hook.profiles ?? []).forEach((p, i) => {
      if (!Object.hasOwn(config.profiles, p))
        issues.push({
          path: ['notify', name, 'profiles', i],
          message: `unknown profile "${p}"${didYouMean(p, profiles)} (profiles: ${profiles.join(', ')})`,
        });
    });
  }
  issues.push(...expressionIssues(hooks, Object.keys(config.vars ?? {}), ['notify']));
  return issues;
}
