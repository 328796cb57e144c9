import type { Dirent } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { readRegular } from '../bundle/files.js';
import { runGit } from '../change/git.js';
import { filesToRead, LOCAL_SCHEMA } from './detect.js';
import type { GitFacts, RepoSnapshot } from './types.js';

/**
 * The one part of `init` that reads the repository: a bounded walk of the tree (no symbolic link
 * followed, dependency and build folders left out), the texts detection asks for (regular files
 * only, each bounded), and a few answers from git. Everything else is pure.
 */

/** Folders that hold installed dependencies, build output or caches: nothing a config is based on. */
const SKIPPED = new Set([
  '.git',
  'node_modules',
  'vendor',
  'bower_components',
  '.venv',
  'venv',
  'env',
  '__pycache__',
  '.tox',
  '.mypy_cache',
  '.pytest_cache',
  'dist',
  'build',
  'target',
  'out',
  '.next',
  '.nuxt',
  '.svelte-kit',
  'coverage',
  '.gradle',
  '.idea',
  '.vscode',
  'tmp',
  'log',
  '.promotion-gate',
]);

export const WALK_LIMITS = { files: 20_000, depth: 12, bytesPerFile: 512 * 1024 } as const;

export interface Listing {
  paths: string[];
  truncated?: string;
}

/** Every file below `root` (posix paths relative to it), breadth first, within the limits. */
export async function listRepository(root: string): Promise<Listing> {
  const paths: string[] = [];
  let queue: string[] = [''];
  for (let depth = 0; queue.length > 0; depth++) {
    if (depth >= WALK_LIMITS.depth)
      return { paths, truncated: `folders deeper than ${WALK_LIMITS.depth} levels` };
    const next: string[] = [];
    for (const rel of queue) {
      let entries: Dirent[];
      try {
        entries = await readdir(rel ? path.join(root, rel) : root, { withFileTypes: true });
      } catch {
        continue; // an unreadable folder is one detection does not see
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const e of entries) {
        const p = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory()) {
          if (!SKIPPED.has(e.name)) next.push(p);
        } else if (e.isFile()) {
          paths.push(p);
          if (paths.length >= WALK_LIMITS.files)
            return { paths, truncated: `more than ${WALK_LIMITS.files} files` };
        }
      }
    }
    queue = next;
  }
  return { paths };
}

/** Text of a regular file of the repository; absent when it is a link, too large or unreadable. */
async function readText(root: string, rel: string): Promise<string | undefined> {
  try {
    return (await readRegular(path.join(root, ...rel.split('/')), WALK_LIMITS.bytesPerFile)).toString('utf8');
  } catch {
    // A link, a FIFO, a file over the limit or one that vanished: detection goes on without it.
    return undefined;
  }
}

const BRANCHES = ['main', 'master', 'trunk', 'develop'];

/** What git says about the repository at `root`; a missing git makes it "not a repository". */
export async function gitFacts(
  root: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<GitFacts> {
  const git = async (...args: string[]) => {
    try {
      const r = await runGit(args, { cwd: root, env, timeoutMs: 10_000, maxBytes: 64 * 1024 });
      return r.code === 0 ? r.stdout.trim() : undefined;
    } catch {
      return undefined;
    }
  };
  const top = await git('rev-parse', '--show-toplevel');
  if (top === undefined) return { repository: false, commits: false, localBranches: [] };
  const commits = (await git('rev-parse', '--verify', '-q', 'HEAD^{commit}')) !== undefined;
  const branch = await git('symbolic-ref', '-q', '--short', 'HEAD');
  // The remote's default branch and the usual branch names, local and remote: one git for all.
  const listed = await git(
    'for-each-ref',
    '--format=%(refname)%00%(symref:short)',
    'refs/remotes/origin/HEAD',
    ...BRANCHES.flatMap((b) => [`refs/remotes/origin/${b}`, `refs/heads/${b}`]),
  );
  const refs = new Map(
    (listed ?? '')
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split('\0') as [string, string | undefined]),
  );
  const originHead = refs.get('refs/remotes/origin/HEAD');
  let remoteDefault = originHead && /^origin\/[\w./-]+$/.test(originHead) ? originHead : undefined;
  remoteDefault ??= BRANCHES.filter((b) => refs.has(`refs/remotes/origin/${b}`)).map((b) => `origin/${b}`)[0];
  const localBranches = BRANCHES.filter((b) => refs.has(`refs/heads/${b}`));
  return {
    repository: true,
    commits,
    ...(branch ? { branch } : {}),
    ...(remoteDefault ? { remoteDefault } : {}),
    localBranches,
  };
}

/** Lists, reads and asks git: what detection needs of the repository at `root`. */
export async function snapshotRepository(
  root: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<RepoSnapshot> {
  const listing = await listRepository(root);
  // The installed package is inside node_modules, which the walk leaves out: looked up by name.
  const schema = await lstat(path.join(root, ...LOCAL_SCHEMA.split('/'))).catch(() => undefined);
  const paths = schema?.isFile() ? [...listing.paths, LOCAL_SCHEMA] : listing.paths;
  const texts = new Map<string, string>();
  for (const rel of filesToRead(listing.paths)) {
    const text = await readText(root, rel);
    if (text !== undefined) texts.set(rel, text);
  }
  return {
    paths,
    texts,
    git: await gitFacts(root, env),
    ...(listing.truncated ? { truncated: listing.truncated } : {}),
  };
}
