import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';

// Loaded on first use: a front end enables threads at its start, and most runs start none.
const load = createRequire(import.meta.url);
let loaded: typeof import('node:worker_threads') | undefined;
const workerThreads = () => (loaded ??= load('node:worker_threads') as typeof import('node:worker_threads'));

/**
 * Worker threads for work that would hold the main thread for long: the secrets scan of a large
 * diff (src/change/thread.ts) and the parsing of a large report (a JUnit file of 200,000 test
 * cases, YAML of megabytes). The main thread stays free for the other checks, so a live probe's
 * answer is read when it comes and every check's timeout fires on time.
 *
 * A thread loads the bundle the process runs from (its URL given by the entry at start-up). Running
 * from the TypeScript sources there is no such bundle, and the work stays on the main thread.
 */
let bundleUrl: string | undefined;

/** Called by the entry with the URL of the bundle that serves threads (undefined: none). */
export function enableThreads(url: string | undefined): void {
  bundleUrl = url;
}

export function threadsEnabled(): boolean {
  return bundleUrl !== undefined;
}

/**
 * A worker thread that runs `entry`, a function the bundle exports, with `data` as its workerData.
 * The memory of `transfer` moves to the thread instead of being copied (and is gone from here).
 */
export function startThread(entry: string, data: unknown, transfer: readonly ArrayBuffer[] = []): Worker {
  if (!bundleUrl) throw new Error('threads are not enabled');
  return new (workerThreads().Worker)(
    `import(${JSON.stringify(bundleUrl)}).then((m) => m[${JSON.stringify(entry)}]());`,
    {
      eval: true,
      workerData: data,
      transferList: [...transfer],
      // Nothing a thread prints may interleave with the main thread's output.
      stdout: true,
      stderr: true,
    },
  );
}

/**
 * A thread that could not do its job: it could not load the bundle, crashed or ran out of memory.
 * Not the job's own error (a report that does not parse): the work could not run, whatever it held.
 */
export class ThreadError extends Error {}

/** One job of a job thread: its kind names the function that does it, its input is plain data. */
interface JobStart {
  kind: string;
  input: unknown;
}

type JobAnswer = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * Runs one job on a thread of its own and resolves with what it returns; rejects with its error's
 * message. The thread ends with the job, or when `signal` aborts.
 */
export function runJob<T>(
  kind: string,
  input: unknown,
  opts: { signal?: AbortSignal; transfer?: readonly ArrayBuffer[] } = {},
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const { signal } = opts;
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const worker = startThread('jobThread', { kind, input } satisfies JobStart, opts.transfer);
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      fn();
    };
    const onAbort = () => settle(() => reject(signal!.reason));
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.once('message', (answer: JobAnswer) =>
      settle(() => (answer.ok ? resolve(answer.value as T) : reject(new Error(answer.message)))),
    );
    worker.once('error', (err) => settle(() => reject(new ThreadError(`its thread failed: ${err.message}`))));
    worker.once('exit', (code) =>
      settle(() => reject(new ThreadError(`its thread ended (exit ${code}) before its job was done`))),
    );
  });
}

/**
 * `here()` for work of `size` under `from` (where doing it costs less than starting a thread) or
 * when there are no threads; otherwise `job` on a thread of its own.
 */
export function hereOrOnThread<T>(
  size: number,
  from: number,
  job: { kind: string; input: unknown; transfer?: readonly ArrayBuffer[] },
  here: () => Promise<T>,
  signal?: AbortSignal,
): Promise<T> {
  if (size < from || !threadsEnabled()) return here();
  return runJob<T>(job.kind, job.input, {
    ...(signal ? { signal } : {}),
    ...(job.transfer ? { transfer: job.transfer } : {}),
  });
}

/** The thread's side: does the job named by its workerData and posts the answer. */
export async function serveJob(
  jobs: Readonly<Record<string, () => Promise<(input: unknown) => unknown>>>,
): Promise<void> {
  const { parentPort: port, workerData } = workerThreads();
  if (!port) throw new Error('not a job thread');
  const { kind, input } = workerData as JobStart;
  let answer: JobAnswer;
  try {
    if (!Object.hasOwn(jobs, kind)) throw new Error(`no job named "${kind}"`);
    answer = { ok: true, value: await (await jobs[kind]!())(input) };
  } catch (err) {
    answer = { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  port.postMessage(answer);
  port.close();
}
