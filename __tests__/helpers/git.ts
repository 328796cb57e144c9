import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
};

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: ENV, encoding: 'utf8' });
}

/**
 * What a test repository sets for itself: no signing (whatever the user's own config says), and
 * no `git maintenance` started after each commit. Written to .git/config directly: the suite makes
 * hundreds of repositories, and every process started costs tens of milliseconds on a small machine.
 */
const REPO_CONFIG = '[commit]\n\tgpgsign = false\n[maintenance]\n\tauto = false\n';

/**
 * Runs git commands one after another in a shell, each with the arguments given (through the
 * shell's positional parameters, never as shell text); stops at the first that fails. One process
 * started by the test instead of one per command: a test runner's worker is a large process, and
 * every process it starts costs it far more than the shell's own. `before`: a fixed line of shell
 * run first.
 */
export function gitSteps(cwd: string, steps: string[][], before?: string): void {
  const args: string[] = [];
  const lines = steps.map((step) => {
    const refs = step.map((a) => `"\${${args.push(a)}}"`);
    return `git ${refs.join(' ')}`;
  });
  const script = [...(before ? [before] : []), ...lines].join(' && ');
  execFileSync('sh', ['-c', script, 'sh', ...args], { cwd, env: ENV, encoding: 'utf8' });
}

/** A real repository with one commit on `main`. */
export function initRepo(cwd: string): void {
  gitSteps(
    cwd,
    [
      ['add', '-A'],
      ['commit', '-q', '--allow-empty', '-m', 'initial'],
    ],
    `git init -q -b main && printf '${REPO_CONFIG.replace(/\t/g, '\\t').replace(/\n/g, '\\n')}' >> .git/config`,
  );
}

/**
 * The sha HEAD names in the repository at `dir`: read from .git when HEAD is a loose ref there,
 * as it is right after a commit, else asked of git (packed refs, a worktree, a subdirectory).
 */
export function headSha(dir: string): string {
  try {
    const gitDir = path.join(dir, '.git');
    const head = readFileSync(path.join(gitDir, 'HEAD'), 'utf8').trim();
    const ref = /^ref: (refs\/\S+)$/.exec(head)?.[1];
    const sha = ref ? readFileSync(path.join(gitDir, ref), 'utf8').trim() : head;
    if (/^[0-9a-f]{40}$/.test(sha)) return sha;
  } catch {
    // Not a loose ref in a .git directory: git knows where it is.
  }
  return git(dir, 'rev-parse', 'HEAD').trim();
}
