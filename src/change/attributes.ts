import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gitOrThrow, type GitOptions } from './git.js';

/**
 * Where git reads the content of a range as if the repository declared no attributes of its own.
 *
 * A change can declare its own files binary — `creds.txt -diff`, `*.sql binary`, a macro of its
 * own — in a .gitattributes it adds or edits; git then prints "Binary files … differ" for them
 * and its search passes over them, so the text a diff check exists to read would be hidden by
 * the change being read. git takes those attributes from the work tree, so these settings give it
 * an empty one: an empty directory as its working directory and its work tree, the repository
 * named by GIT_DIR, and no index. git still tells binary files by their bytes, and this machine's
 * own attributes (the repository's info/attributes, core.attributesFile) still apply: a change
 * writes neither. Only for git commands that read commits, never the files checked out; the
 * checks' pathspecs are anchored at the top (`:(top)`), so they mean what they meant.
 */
export interface PlainAttributes {
  cwd: string;
  env: Record<string, string | undefined>;
  /** Removes the empty directory, once nothing runs in it. */
  remove(): Promise<void>;
}

export async function plainAttributes(git: GitOptions): Promise<PlainAttributes> {
  const gitDir = (await gitOrThrow(['rev-parse', '--absolute-git-dir'], git)).trim();
  if (!gitDir) throw new Error('git rev-parse --absolute-git-dir named no directory');
  // In the temporary folder of the environment git runs with (the process's unless given one).
  const room = await mkdtemp(path.join(git.env.TMPDIR || os.tmpdir(), 'promotion-gate-git-'));
  return {
    cwd: room,
    env: {
      ...git.env,
      GIT_DIR: gitDir,
      GIT_WORK_TREE: room,
      // Never written: a diff of two commits reads no index.
      GIT_INDEX_FILE: path.join(room, 'index'),
    },
    remove: () => rm(room, { recursive: true, force: true }),
  };
}
