import { execFileSync } from 'node:child_process';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tempDir } from '../helpers/fs.js';
import { PLAIN_ENV } from './repo.js';

/**
 * A `git` first on PATH that writes its arguments to a log and runs the real git: a real process
 * per call, so the test counts what the gate really starts. `before` is shell run first, with
 * the real git as `$real` (to stand in for a git that behaves otherwise).
 */
export async function countingGit(before = ''): Promise<{
  env: Record<string, string | undefined>;
  log: string;
  calls(): Promise<string[]>;
}> {
  const bin = await tempDir('pg-git-bin-');
  const log = path.join(bin, 'calls.log');
  const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  await writeFile(
    path.join(bin, 'git'),
    `#!/bin/sh\nreal='${real}'\nprintf '%s\\n' "$*" >> '${log}'\n${before}\nexec "$real" "$@"\n`,
  );
  await chmod(path.join(bin, 'git'), 0o755);
  await writeFile(log, '');
  return {
    env: { ...PLAIN_ENV, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}` },
    log,
    calls: async () => (await readFile(log, 'utf8')).split('\n').filter(Boolean),
  };
}

/** The git subcommand of a logged call, past the `-c key=value` options the gate always sets. */
export function subcommand(call: string): string {
  const words = call.split(' ');
  let i = 0;
  while (words[i] === '-c') i += 2;
  return words.slice(i).join(' ');
}

/** The logged `git diff` calls that carry `flag`. */
export const diffs = (calls: string[], flag: string): string[] =>
  calls.map(subcommand).filter((c) => c.startsWith('diff ') && c.includes(flag));
