import { spawn } from 'node:child_process';

export interface ExecOptions {
  cwd?: string;
  env?: Readonly<Record<string, string | undefined>>;
  signal?: AbortSignal;
  /** Bytes of combined output to keep; the middle is dropped beyond it. */
  maxOutputBytes?: number;
}

export interface ExecResult {
  exitCode: number | null;
  /** Signal that ended the process, if any. */
  signal: string | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr interleaved as they arrived, trimmed to maxOutputBytes. */
  output: string;
  outputBytes: number;
  truncated: boolean;
  durationMs: number;
  /** The process was stopped because the signal aborted (timeout or gate stop). */
  aborted: boolean;
}

export interface Exec {
  /** Runs a shell command line with bash (cmd.exe on Windows). */
  shell(command: string, opts?: ExecOptions): Promise<ExecResult>;
  /** Runs a program with arguments, no shell. */
  file(program: string, args: string[], opts?: ExecOptions): Promise<ExecResult>;
}

const DEFAULT_MAX = 1024 * 1024;
const KILL_GRACE_MS = 2000;

/** Keeps the head and the tail of a stream of chunks within a byte budget. */
export class BoundedBuffer {
  private head: Buffer[] = [];
  private headBytes = 0;
  private tail: Buffer[] = [];
  private tailBytes = 0;
  total = 0;
  constructor(private readonly max: number) {}

  push(chunk: Buffer): void {
    this.total += chunk.length;
    const half = Math.floor(this.max / 2);
    if (this.headBytes < half) {
      const take = chunk.subarray(0, half - this.headBytes);
      this.head.push(take);
      this.headBytes += take.length;
      chunk = chunk.subarray(take.length);
      if (chunk.length === 0) return;
    }
    this.tail.push(chunk);
    this.tailBytes += chunk.length;
    while (this.tailBytes - (this.tail[0]?.length ?? 0) >= this.max - half && this.tail.length > 1) {
      this.tailBytes -= this.tail.shift()!.length;
    }
  }

  get truncated(): boolean {
    return this.total > this.headBytes + this.tailBytes || this.total > this.max;
  }

  toString(): string {
    const head = Buffer.concat(this.head).toString('utf8');
    let tail = Buffer.concat(this.tail);
    const keep = this.max - this.headBytes;
    const omitted = this.total - this.headBytes - Math.min(tail.length, keep);
    if (tail.length > keep) tail = tail.subarray(tail.length - keep);
    if (omitted > 0) return `${head}\n… [${omitted} bytes omitted] …\n${tail.toString('utf8')}`;
    return head + tail.toString('utf8');
  }
}

function pickShell(): { program: string; flag: string } {
  return process.platform === 'win32' ? { program: 'cmd.exe', flag: '/c' } : { program: 'bash', flag: '-c' };
}

export function createExec(): Exec {
  const run = (program: string, args: string[], opts: ExecOptions = {}): Promise<ExecResult> =>
    new Promise((resolve, reject) => {
      const started = performance.now();
      const max = opts.maxOutputBytes ?? DEFAULT_MAX;
      const out = new BoundedBuffer(max);
      const stdout = new BoundedBuffer(max);
      const stderr = new BoundedBuffer(max);
      if (opts.signal?.aborted) {
        reject(new Error('aborted before start'));
        return;
      }
      const child = spawn(program, args, {
        cwd: opts.cwd,
        env: (opts.env ?? process.env) as NodeJS.ProcessEnv,
        stdio: ['ignore', 'pipe', 'pipe'],
        // Own process group, so a timeout stops the whole tree (npm test → node → workers).
        detached: process.platform !== 'win32',
      });
      let aborted = false;
      let killTimer: NodeJS.Timeout | undefined;
      const kill = (sig: NodeJS.Signals) => {
        try {
          if (child.pid && process.platform !== 'win32') process.kill(-child.pid, sig);
          else child.kill(sig);
        } catch {
          /* already gone */
        }
      };
      const onAbort = () => {
        aborted = true;
        kill('SIGTERM');
        killTimer = setTimeout(() => kill('SIGKILL'), KILL_GRACE_MS);
        killTimer.unref();
      };
      opts.signal?.addEventListener('abort', onAbort, { once: true });
      child.stdout.on('data', (c: Buffer) => {
        out.push(c);
        stdout.push(c);
      });
      child.stderr.on('data', (c: Buffer) => {
        out.push(c);
        stderr.push(c);
      });
      child.on('error', (err) => {
        opts.signal?.removeEventListener('abort', onAbort);
        reject(err);
      });
      child.on('close', (code, signal) => {
        opts.signal?.removeEventListener('abort', onAbort);
        if (killTimer) clearTimeout(killTimer);
        resolve({
          exitCode: code,
          signal,
          stdout: stdout.toString(),
          stderr: stderr.toString(),
          output: out.toString(),
          outputBytes: out.total,
          truncated: out.truncated,
          durationMs: Math.round(performance.now() - started),
          aborted,
        });
      });
    });

  return {
    shell(command, opts) {
      const { program, flag } = pickShell();
      return run(program, [flag, command], opts);
    },
    file: run,
  };
}
