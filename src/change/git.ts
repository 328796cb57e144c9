import { createRequire } from 'node:module';

// node:child_process is loaded by the first git this starts: the checks that read a diff are
// loaded with the config's schema, by runs (a `validate`) that start no process.
const load = createRequire(import.meta.url);
const childProcess = () => load('node:child_process') as typeof import('node:child_process');

export interface GitOptions {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  signal?: AbortSignal;
  /** Kills git after this long (fetches against a slow remote must not hang the gate). */
  timeoutMs?: number;
  /** Bytes of stdout to keep; a longer answer is an error, never silently cut. */
  maxBytes?: number;
  /** Written to git's stdin (e.g. hash-object --stdin). */
  input?: string;
}

export interface GitResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Config that would change what git prints; forced off so parsing never depends on a user's setup. */
export const FIXED_CONFIG = [
  '-c',
  'core.quotePath=false',
  '-c',
  'color.ui=never',
  '-c',
  'diff.noprefix=false',
  '-c',
  'diff.mnemonicPrefix=false',
  '-c',
  'diff.relative=false',
  '-c',
  'grep.lineNumber=false',
  '-c',
  'grep.fullName=false',
];

export function gitEnv(env: GitOptions['env']): NodeJS.ProcessEnv {
  // No credential prompt may block a fetch; LC_ALL=C keeps messages we match on in English.
  return { ...(env as NodeJS.ProcessEnv), GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_PAGER: 'cat' };
}

const STDERR_MAX = 16 * 1024;

/** Bytes handed to a queued consumer in one turn of the event loop. */
const TURN_BYTES = 64 * 1024;

/**
 * Runs git and hands stdout to `onData` as it arrives. Resolves with the exit code and stderr
 * (bounded), once `onData` has had everything. Aborting or the timeout kills git.
 *
 * `queueBytes`: read ahead of a slow consumer, up to that many bytes. git writes a file's diff in
 * one burst after computing it, and a pipe holds 64 KiB: handed over as it is read, a consumer
 * that takes longer than git to go through a burst keeps git waiting, and git's computing the
 * next file then keeps the consumer waiting, so the two take turns instead of working at once.
 * Queued, git's burst is read while the consumer works (a turn of the event loop between every
 * 64 KiB it is handed), and the consumer catches up while git computes.
 */
export function streamGit(
  args: string[],
  opts: GitOptions,
  onData: (chunk: Buffer) => void,
  queueBytes = 0,
): Promise<{ code: number | null; stderr: string; stopped?: string }> {
  return new Promise((resolve, reject) => {
    if (opts.signal?.aborted) {
      reject(opts.signal.reason instanceof Error ? opts.signal.reason : new Error('aborted'));
      return;
    }
    const child = childProcess().spawn('git', [...FIXED_CONFIG, ...args], {
      cwd: opts.cwd,
      env: gitEnv(opts.env),
      stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    if (opts.input !== undefined) {
      child.stdin!.on('error', () => undefined);
      child.stdin!.end(opts.input);
    }
    let stderr = '';
    let stopped: string | undefined;
    let failure: unknown;
    // What was read and not yet handed over, and how git's exit is settled once it has been.
    const queue: Buffer[] = [];
    let queued = 0;
    let draining = false;
    let paused = false;
    let settle: (() => void) | undefined;
    const stop = (why: string) => {
      stopped ??= why;
      // Nothing more is handed over; a paused stdout would never see git's end.
      queue.length = 0;
      queued = 0;
      if (paused) {
        paused = false;
        child.stdout!.resume();
      }
      child.kill('SIGKILL');
    };
    const hand = (c: Buffer) => {
      if (failure || stopped) return;
      try {
        onData(c);
      } catch (err) {
        failure = err;
        stop('consumer failed');
      }
    };
    const drain = () => {
      draining = false;
      for (let budget = TURN_BYTES; queue.length > 0 && budget > 0;) {
        let c = queue[0]!;
        if (c.length > budget) {
          queue[0] = c.subarray(budget);
          c = c.subarray(0, budget);
        } else queue.shift();
        queued -= c.length;
        budget -= c.length;
        hand(c);
      }
      if (paused && queued <= queueBytes / 2) {
        paused = false;
        child.stdout!.resume();
      }
      if (queue.length > 0) {
        draining = true;
        setImmediate(drain);
      } else settle?.();
    };
    const onAbort = () => stop('aborted');
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    const timer = opts.timeoutMs
      ? setTimeout(() => stop(`timed out after ${opts.timeoutMs} ms`), opts.timeoutMs)
      : undefined;
    timer?.unref();
    child.stdout!.on('data', (c: Buffer) => {
      if (queueBytes <= 0) {
        hand(c);
        return;
      }
      if (failure || stopped) return;
      queue.push(c);
      queued += c.length;
      if (queued >= queueBytes && !paused) {
        paused = true;
        child.stdout!.pause();
      }
      if (!draining) {
        draining = true;
        setImmediate(drain);
      }
    });
    child.stderr!.on('data', (c: Buffer) => {
      if (stderr.length < STDERR_MAX) stderr += c.toString('utf8');
    });
    child.on('error', (err) => {
      opts.signal?.removeEventListener('abort', onAbort);
      if (timer) clearTimeout(timer);
      reject(
        (err as NodeJS.ErrnoException).code === 'ENOENT'
          ? new Error('git is not installed (not on PATH)')
          : err,
      );
    });
    child.on('close', (code) => {
      settle = () => {
        settle = undefined;
        opts.signal?.removeEventListener('abort', onAbort);
        if (timer) clearTimeout(timer);
        if (failure) reject(failure);
        else if (stopped === 'aborted')
          reject(opts.signal?.reason instanceof Error ? opts.signal.reason : new Error('aborted'));
        else resolve({ code, stderr: stderr.trim(), ...(stopped ? { stopped } : {}) });
      };
      // Settled when everything read has been handed over (at once when nothing waits).
      if (!draining) settle();
    });
  });
}

/** Runs git and collects stdout (up to maxBytes, default 16 MiB). */
export async function runGit(args: string[], opts: GitOptions): Promise<GitResult> {
  const max = opts.maxBytes ?? 16 * 1024 * 1024;
  const chunks: Buffer[] = [];
  let size = 0;
  const r = await streamGit(args, opts, (c) => {
    size += c.length;
    if (size > max) throw new Error(`git ${args[0]} printed more than ${max} bytes`);
    chunks.push(c);
  });
  if (r.stopped) return { code: null, stdout: '', stderr: `git ${args[0]} ${r.stopped}` };
  return { code: r.code, stdout: Buffer.concat(chunks).toString('utf8'), stderr: r.stderr };
}

/** Runs git; a non-zero exit is an error carrying git's own message. */
export async function gitOrThrow(args: string[], opts: GitOptions): Promise<string> {
  const r = await runGit(args, opts);
  if (r.code !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr || `exit ${r.code}`}`);
  return r.stdout;
}
