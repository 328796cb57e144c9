import { readdirSync, readFileSync } from 'node:fs';

/**
 * Every process the gate starts, and every process those start, ends with the run that started
 * it. A process group alone does not hold them: `setsid`, `nohup … &` in a subshell or a double
 * fork leave the group. So each run also marks its child with an environment variable that
 * descendants inherit through all of those, and at the end everything that carries the mark is
 * stopped — found through /proc on Linux; elsewhere the process group is all there is.
 */

/** The variable that marks a run's processes: comma-separated ids, so a gate run by a gate keeps both. */
export const RUN_MARKER = 'PROMOTION_GATE_RUN';

/** Time a process gets to exit after SIGTERM before it is killed. */
export const TERM_GRACE_MS = 2000;
const POLL_MS = 50;
/** A process may fork between the scan and the kill: scan and kill again, this many times at most. */
const KILL_ROUNDS = 5;

/** The processes of one run: the main process's group (its pid) and the mark they carry. */
export interface ProcessTree {
  readonly marker: string;
  pid?: number;
}

const running = new Set<ProcessTree>();
let exitHook = false;

/** A tree for a run about to start, tracked until `release`. */
export function newTree(): ProcessTree {
  // The Web Crypto random source, not node:crypto's: this module is loaded by every scan thread,
  // which would otherwise load all of node:crypto for nothing.
  const marker = Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(8))).toString('hex');
  const tree: ProcessTree = { marker };
  running.add(tree);
  if (!exitHook) {
    // Whatever ends this process (a second Ctrl-C, an uncaught error), no run outlives it.
    process.on('exit', killAllNow);
    exitHook = true;
  }
  return tree;
}

export function release(tree: ProcessTree): void {
  running.delete(tree);
}

/** The environment for a run's main process: the given one plus the tree's mark. */
export function markedEnv(
  env: Readonly<Record<string, string | undefined>>,
  tree: ProcessTree,
): NodeJS.ProcessEnv {
  const outer = env[RUN_MARKER];
  return { ...env, [RUN_MARKER]: outer ? `${outer},${tree.marker}` : tree.marker };
}

function carries(environ: Buffer, marker: string): boolean {
  const prefix = `${RUN_MARKER}=`;
  for (const entry of environ.toString('latin1').split('\0')) {
    if (entry.startsWith(prefix) && entry.slice(prefix.length).split(',').includes(marker)) return true;
  }
  return false;
}

/**
 * Pids of the live processes that carry the tree's mark (Linux). A process that has exited but
 * not been reaped shows an empty environment, so it does not count.
 */
export function markedPids(tree: ProcessTree): number[] {
  if (process.platform !== 'linux') return [];
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return [];
  }
  const pids: number[] = [];
  for (const name of names) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    try {
      if (carries(readFileSync(`/proc/${name}/environ`), tree.marker)) pids.push(Number(name));
    } catch {
      /* gone, or not ours to read */
    }
  }
  return pids;
}

function send(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    /* already gone */
  }
}

/** Signals the tree's process group and every marked process; returns how many were marked. */
function signalTree(tree: ProcessTree, sig: NodeJS.Signals): number {
  const marked = markedPids(tree);
  if (tree.pid) send(process.platform === 'win32' ? tree.pid : -tree.pid, sig);
  for (const pid of marked) send(pid, sig);
  return marked.length;
}

function groupAlive(tree: ProcessTree): boolean {
  if (!tree.pid || process.platform === 'win32') return false;
  try {
    process.kill(-tree.pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Whether anything of the tree still runs: on Linux the marked processes, elsewhere the group. */
function alive(tree: ProcessTree): boolean {
  return process.platform === 'linux' ? markedPids(tree).length > 0 : groupAlive(tree);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Stops what is left of the tree: SIGTERM, up to `graceMs` to exit, then SIGKILL until nothing
 * carries the mark. Resolves when the tree is gone; returns how many processes were found running.
 */
export async function stopTree(tree: ProcessTree, graceMs = TERM_GRACE_MS): Promise<number> {
  const found = signalTree(tree, 'SIGTERM');
  const until = performance.now() + graceMs;
  while (alive(tree) && performance.now() < until) await sleep(POLL_MS);
  for (let i = 0; i < KILL_ROUNDS && alive(tree); i++) {
    signalTree(tree, 'SIGKILL');
    await sleep(POLL_MS);
  }
  return found;
}

/**
 * Kills every process of every run still tracked, at once and synchronously: for a process that
 * is about to exit and cannot wait for a grace period.
 */
export function killAllNow(): void {
  for (const tree of running) {
    for (let i = 0; i < KILL_ROUNDS; i++) if (signalTree(tree, 'SIGKILL') === 0) break;
  }
}
