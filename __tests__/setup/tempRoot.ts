import { accessSync, constants, mkdtempSync, readdirSync, rmSync, statfsSync, statSync } from 'node:fs';
import path from 'node:path';

/** Memory-backed on Linux: files made there never touch a disk. */
const IN_MEMORY = '/dev/shm';
/** Free space it must have, or the system's temporary directory serves. */
export const ROOM = 1024 ** 3;
/** A run's folder: `promotion-gate-tests-<pid of the run>-<random>`. */
export const PREFIX = 'promotion-gate-tests-';

/** Whether a process of this id still runs (one of another user's counts as running). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * The folders of earlier runs killed before they could remove theirs, which memory would keep until
 * the machine restarts: each is removed once the run that made it is gone.
 */
function removeAbandoned(inMemory: string): void {
  for (const name of readdirSync(inMemory)) {
    if (!name.startsWith(PREFIX)) continue;
    const pid = Number(/^(\d+)-/.exec(name.slice(PREFIX.length))?.[1]);
    if (Number.isInteger(pid) && pid > 0 && !running(pid))
      rmSync(path.join(inMemory, name), { recursive: true, force: true });
  }
}

/**
 * Once per test run, before any worker starts: the tests' temporary directories — their git
 * repositories, output folders, the runner's files of the bundled action — go to a folder of the
 * run's own in memory, when the machine has one and TMPDIR names no other place. The tests make and
 * remove tens of thousands of files and directories; on an ext4 disk that keeps no journal, as
 * this project's machines have, finding a free inode among so many just deleted cost about a tenth
 * of the suite's CPU (measured on 2 cores: some 20 s of kernel time in `__ext4_new_inode`).
 * Workers and every process a test starts inherit TMPDIR; the folder is removed when the run ends.
 */
export default function setup(): (() => void) | undefined {
  return placeTempRoot(process.env);
}

/** What `setup` does, to the environment given and with the memory-backed folder given. */
export function placeTempRoot(env: NodeJS.ProcessEnv, inMemory = IN_MEMORY): (() => void) | undefined {
  if (env.TMPDIR) return undefined;
  try {
    if (!statSync(inMemory).isDirectory()) return undefined;
    accessSync(inMemory, constants.W_OK);
    removeAbandoned(inMemory);
    // A container's is often 64 MB; the suite holds some tens of MB at once (12 MB measured).
    const { bavail, bsize } = statfsSync(inMemory);
    if (bavail * bsize < ROOM) return undefined;
  } catch {
    return undefined;
  }
  const root = mkdtempSync(path.join(inMemory, `${PREFIX}${process.pid}-`));
  env.TMPDIR = root;
  return () => {
    delete env.TMPDIR;
    rmSync(root, { recursive: true, force: true });
  };
}
