import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

/** Whether the process runs. One that exited but was not reaped yet (a zombie) does not. Linux. */
export function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** The pids a test command wrote, one a line. */
export async function readPids(file: string): Promise<number[]> {
  return (await readFile(file, 'utf8')).split('\n').filter(Boolean).map(Number);
}

/** Kills what a test left running, so a failing test leaves nothing behind. */
export function killAll(pids: readonly number[]): void {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
}

/** Waits until `ok()` or the bound passes (generous: the machine may be busy); returns ok(). */
export async function eventually(ok: () => boolean, boundMs = 10_000): Promise<boolean> {
  const until = Date.now() + boundMs;
  while (!ok() && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
  return ok();
}

/** The pids a command writes, once there are `count` of them (within a generous bound). */
export async function waitForPids(file: string, count: number, boundMs = 20_000): Promise<number[]> {
  const until = Date.now() + boundMs;
  for (;;) {
    const pids = await readPids(file).catch(() => []);
    if (pids.length >= count || Date.now() > until) return pids;
    await new Promise((r) => setTimeout(r, 50));
  }
}
