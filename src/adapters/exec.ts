import { type ChildProcess, spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { markedEnv, newTree, release, stopTree } from './processTree.js';

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
  /**
   * Processes the command left running when its main process ended (background children); they
   * were stopped. Always 0 where they cannot be found (outside Linux).
   */
  leftover: number;
}

export interface Exec {
  /** Runs a shell command line with bash (cmd.exe on Windows). */
  shell(command: string, opts?: ExecOptions): Promise<ExecResult>;
  /** Runs a program with arguments, no shell. */
  file(program: string, args: string[], opts?: ExecOptions): Promise<ExecResult>;
  /**
   * Resolves once every process started with this signal is gone (what was left of them killed):
   * a check ends only when everything it started has ended.
   */
  ended?(signal: AbortSignal): Promise<void>;
}

const DEFAULT_MAX = 1024 * 1024;
/**
 * Output is still read this long after the main process exited. A background child that holds
 * stdout would otherwise keep the pipe open, and the run, for as long as it lives.
 */
const OUTPUT_GRACE_MS = 500;

/** Keeps the head and the tail of a stream of chunks within a byte budget. */
export class BoundedBuffer {
  private head: Buffer[] = [];
  private headBytes = 0;
  private tail: Buffer[] = [];
  private tailBytes = 0;
  private readonly max: number;
  total = 0;
  // No parameter property: this file must also run with its types merely stripped (a test runs
  // the stop signal and exec in a child Node that way).
  constructor(max: number) {
    this.max = max;
  }

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

/** Why a run cannot start in `cwd`, said so; spawn itself would only say "spawn bash ENOENT". */
function cwdProblem(cwd: string | undefined): string | undefined {
  if (cwd === undefined) return undefined;
  try {
    if (!statSync(cwd).isDirectory()) return `working directory ${cwd} is not a directory`;
  } catch {
    return `working directory ${cwd} does not exist`;
  }
  return undefined;
}

function startError(err: NodeJS.ErrnoException, program: string, cwd: string | undefined): Error {
  // ENOENT also means a working directory that went away since it was looked at.
  if (err.code === 'ENOENT') return new Error(cwdProblem(cwd) ?? `cannot start ${program}: not found`);
  if (err.code === 'EACCES') return new Error(`cannot start ${program}: permission denied`);
  return err;
}

function start(program: string, args: string[], opts: ExecOptions): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const max = opts.maxOutputBytes ?? DEFAULT_MAX;
    const out = new BoundedBuffer(max);
    const stdout = new BoundedBuffer(max);
    const stderr = new BoundedBuffer(max);
    const tree = newTree();
    let child: ChildProcess;
    try {
      child = spawn(program, args, {
        cwd: opts.cwd,
        env: markedEnv(opts.env ?? process.env, tree),
        stdio: ['ignore', 'pipe', 'pipe'],
        // Own process group, so a stop reaches the whole tree (npm test → node → workers) even
        // where the mark cannot be searched for.
        detached: process.platform !== 'win32',
      });
    } catch (err) {
      release(tree);
      reject(startError(err as NodeJS.ErrnoException, program, opts.cwd));
      return;
    }
    tree.pid = child.pid;
    let aborted = false;
    let exited: { code: number | null; signal: NodeJS.Signals | null; at: number } | undefined;
    let stopping: Promise<number> | undefined;
    const stop = () => (stopping ??= stopTree(tree));
    let done = false;
    let grace: NodeJS.Timeout | undefined;
    const onAbort = () => {
      aborted = true;
      void stop();
    };
    opts.signal?.addEventListener('abort', onAbort, { once: true });

    // The run is over when the main process has exited and its output is read, or the grace for
    // reading it has passed; whatever it left running is stopped before the result is given.
    const finish = async () => {
      if (done) return;
      done = true;
      clearTimeout(grace);
      opts.signal?.removeEventListener('abort', onAbort);
      child.stdout?.destroy();
      child.stderr?.destroy();
      const leftover = await stop();
      release(tree);
      resolve({
        exitCode: exited ? exited.code : child.exitCode,
        signal: exited ? exited.signal : child.signalCode,
        stdout: stdout.toString(),
        stderr: stderr.toString(),
        output: out.toString(),
        outputBytes: out.total,
        truncated: out.truncated,
        durationMs: Math.round((exited?.at ?? performance.now()) - started),
        aborted,
        leftover: aborted ? 0 : leftover,
      });
    };
    child.stdout?.on('data', (c: Buffer) => {
      out.push(c);
      stdout.push(c);
    });
    child.stderr?.on('data', (c: Buffer) => {
      out.push(c);
      stderr.push(c);
    });
    child.on('exit', (code, signal) => {
      exited = { code, signal, at: performance.now() };
      grace = setTimeout(() => void finish(), OUTPUT_GRACE_MS);
    });
    child.on('close', () => void finish());
    child.on('error', (err) => {
      // Only a process that never started is an error of the run; a failed kill changes nothing.
      if (child.pid !== undefined || done) return;
      done = true;
      opts.signal?.removeEventListener('abort', onAbort);
      release(tree);
      reject(startError(err, program, opts.cwd));
    });
  });
}

export function createExec(): Exec {
  /** Runs not yet ended, by the signal they were started with. */
  const running = new WeakMap<AbortSignal, Set<Promise<unknown>>>();
  const run = (program: string, args: string[], opts: ExecOptions = {}): Promise<ExecResult> => {
    if (opts.signal?.aborted) return Promise.reject(new Error('aborted before start'));
    const problem = cwdProblem(opts.cwd);
    if (problem) return Promise.reject(new Error(problem));
    const result = start(program, args, opts);
    const { signal } = opts;
    if (signal) {
      const runs = running.get(signal) ?? new Set();
      running.set(signal, runs);
      const settled = result.then(
        () => undefined,
        () => undefined,
      );
      runs.add(settled);
      void settled.then(() => runs.delete(settled));
    }
    return result;
  };

  return {
    shell(command, opts) {
      const { program, flag } = pickShell();
      return run(program, [flag, command], opts);
    },
    file: run,
    async ended(signal) {
      await Promise.all([...(running.get(signal) ?? [])]);
    },
  };
}
