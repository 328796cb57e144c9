import type { Env, Runner } from '../core/runner.js';
import { runGit } from './git.js';

/**
 * The commit and branch a run is about: the runner's when it says, else asked of git (both at
 * once). A workspace that is no git repository gives neither, never an error.
 */
export async function headOf(
  runner: Runner,
  cwd: string,
  env: Env,
): Promise<{ commit?: string; ref?: string }> {
  const read = async (args: string[]) => {
    try {
      const r = await runGit(args, { cwd, env, timeoutMs: 10_000, maxBytes: 4096 });
      return r.code === 0 ? r.stdout.trim() || undefined : undefined;
    } catch {
      return undefined;
    }
  };
  const [commit, ref] = await Promise.all([
    runner.sha ?? read(['rev-parse', 'HEAD']),
    runner.ref ?? read(['rev-parse', '--abbrev-ref', 'HEAD']),
  ]);
  return { ...(commit ? { commit } : {}), ...(ref ? { ref } : {}) };
}
