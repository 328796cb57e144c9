import { parentPort, type Worker, workerData } from 'node:worker_threads';
import { startThread, threadsEnabled } from '../adapters/threads.js';
import type { GitOptions } from './git.js';
import { abortable, abortReason, DiffFanOut } from './shared.js';
import { type HistoryRange, type LineCounts, streamDiff } from './stream.js';
import type { PortableFactory, ScanStats } from './types.js';

/**
 * Scan threads: a diff scan that burns CPU for seconds (the secrets scan of a large change) runs
 * on a worker thread that starts its own git and sends back nothing but events and results, so
 * the main thread stays free for the other checks and every check's timeout fires on time.
 *
 * A thread builds each visitor by name from plain options. Without threads (running from the
 * TypeScript sources, see src/adapters/threads.ts) scans stay on the main thread.
 */
/** One visitor of a thread's scan, described by data. */
export interface ThreadVisitor {
  kind: string;
  options: unknown;
}

/** What a scan thread is started with. */
export interface ThreadJob {
  visitors: ThreadVisitor[];
  /**
   * The git that prints the diff. The thread may start before it is known (the range still
   * being resolved): it loads its scans meanwhile, and starts git when it comes.
   */
  git: DiffGit | Promise<DiffGit>;
  maxLineBytes?: number;
}

/** git's arguments, and where and with what environment it runs. */
export interface DiffGit {
  args: string[];
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** The range whose commits are read one by one after the diff, for visitors that ask. */
  history?: HistoryRange;
}

/** What the thread itself gets at start: everything but its git, which comes by message. */
type ThreadStart = Omit<ThreadJob, 'git'>;

export interface ThreadScan {
  stats: ScanStats;
  lines: LineCounts;
  result: unknown;
}

type ToThread = { t: 'stop'; i: number } | { t: 'go'; git: DiffGit };
type FromThread =
  | { t: 'event'; i: number; e: unknown }
  | { t: 'done'; i: number; stats: ScanStats; result: unknown }
  | { t: 'fail'; i: number; message: string }
  | { t: 'end'; lines?: LineCounts };

/** After the last visitor stops, how long a thread has to end git and itself before it is ended. */
const STOP_GRACE_MS = 2000;

interface Member {
  visitor: ThreadVisitor;
  onEvent: (event: unknown) => void;
  signal?: AbortSignal;
  onAbort?: () => void;
  resolve(scan: ThreadScan): void;
  reject(err: unknown): void;
  /** Its own answer is in; it waits for the line counts that come when the stream ends. */
  done?: { stats: ScanStats; result: unknown };
  settled: boolean;
}

/**
 * The visitors of one scan thread: those asked for in the same turn of the event loop (checks
 * that start together) share one thread and one git stream, as scans on the main thread share one.
 */
export class ThreadBatch {
  private readonly members: Member[] = [];
  private worker: Worker | undefined;
  private live = 0;

  constructor(private readonly job: Omit<ThreadJob, 'visitors'>) {
    // Its failure reaches the visitors when the thread starts; a thread never started drops it.
    Promise.resolve(job.git).catch(() => undefined);
  }

  /** Open while nothing has started: a visitor added later belongs in a new batch. */
  get open(): boolean {
    return this.worker === undefined;
  }

  add(visitor: ThreadVisitor, onEvent: (event: unknown) => void, signal?: AbortSignal): Promise<ThreadScan> {
    return new Promise<ThreadScan>((resolve, reject) => {
      if (!this.open) throw new Error('this scan thread has started');
      if (signal?.aborted) {
        reject(abortReason(signal));
        return;
      }
      const m: Member = { visitor, onEvent, resolve, reject, settled: false, ...(signal ? { signal } : {}) };
      const i = this.members.length;
      if (signal) {
        m.onAbort = () => {
          this.worker?.postMessage({ t: 'stop', i } satisfies ToThread);
          this.settle(m, () => m.reject(abortReason(signal)));
        };
        signal.addEventListener('abort', m.onAbort, { once: true });
      }
      this.members.push(m);
      this.live++;
    });
  }

  /** Starts the thread with every visitor added so far. */
  start(): void {
    if (!threadsEnabled()) {
      this.failAll(new Error('scan threads are not enabled'));
      return;
    }
    const alive = this.members.filter((m) => !m.settled);
    if (alive.length === 0) return;
    const { git, ...rest } = this.job;
    const start: ThreadStart = { ...rest, visitors: this.members.map((m) => m.visitor) };
    const worker = startThread('scanThread', start);
    this.worker = worker;
    // Visitors stopped before the thread existed.
    this.members.forEach((m, i) => {
      if (m.settled) worker.postMessage({ t: 'stop', i } satisfies ToThread);
    });
    worker.on('message', (msg: FromThread) => this.receive(msg));
    worker.on('error', (err) => this.failAll(err));
    worker.on('exit', (code) =>
      this.failAll(new Error(`the scan thread ended (exit ${code}) before the diff was read`)),
    );
    Promise.resolve(git).then(
      (g) => worker.postMessage({ t: 'go', git: g } satisfies ToThread),
      (err: unknown) => {
        this.failAll(err);
        void worker.terminate();
      },
    );
  }

  private receive(msg: FromThread): void {
    if (msg.t === 'end') {
      for (const m of this.members)
        if (m.done && !m.settled) {
          const { stats, result } = m.done;
          this.settle(m, () =>
            m.resolve({ stats, result, lines: msg.lines ?? { insertions: 0, deletions: 0 } }),
          );
        }
      return;
    }
    const m = this.members[msg.i];
    if (!m || m.settled) return;
    if (msg.t === 'event') {
      try {
        m.onEvent(msg.e);
      } catch (err) {
        this.worker?.postMessage({ t: 'stop', i: msg.i } satisfies ToThread);
        this.settle(m, () => m.reject(err));
      }
    } else if (msg.t === 'done') m.done = { stats: msg.stats, result: msg.result };
    else this.settle(m, () => m.reject(new Error(msg.message)));
  }

  private failAll(err: unknown): void {
    for (const m of this.members) if (!m.settled) this.settle(m, () => m.reject(err));
  }

  private settle(m: Member, fn: () => void): void {
    m.settled = true;
    if (m.onAbort) m.signal?.removeEventListener('abort', m.onAbort);
    fn();
    if (--this.live === 0 && this.worker) {
      const worker = this.worker;
      // Its git is being killed or has ended; the process need not wait for the thread.
      worker.unref();
      setTimeout(() => void worker.terminate(), STOP_GRACE_MS).unref();
    }
  }
}

/** The thread's side: builds the visitors named by the job, streams the diff into them, reports. */
export async function serveScanThread(
  factories: Readonly<Record<string, () => Promise<PortableFactory>>>,
): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('not a scan thread');
  const job = workerData as ThreadStart;
  const post = (m: FromThread) => port.postMessage(m);
  const stops = job.visitors.map(() => new AbortController());
  let go!: (git: DiffGit) => void;
  const diffGit = new Promise<DiffGit>((resolve) => (go = resolve));
  port.on('message', (m: ToThread) => {
    if (m?.t === 'stop') stops[m.i]?.abort(new Error('stopped'));
    else if (m?.t === 'go') go(m.git);
  });
  const stop = new AbortController();
  const fan = new DiffFanOut((reason) => stop.abort(reason));
  const joined: Promise<void>[] = [];
  try {
    for (const [i, v] of job.visitors.entries()) {
      if (stops[i]!.signal.aborted) continue;
      try {
        if (!Object.hasOwn(factories, v.kind)) throw new Error(`no scan named "${v.kind}"`);
        const run = (await factories[v.kind]!())(v.options, (e) => post({ t: 'event', i, e }));
        joined.push(
          fan.join(run.visitor, stops[i]!.signal).then(
            (stats) => post({ t: 'done', i, stats, result: run.finish() }),
            (err: unknown) => post({ t: 'fail', i, message: (err as Error).message }),
          ),
        );
      } catch (err) {
        post({ t: 'fail', i, message: (err as Error).message });
      }
    }
    let lines: LineCounts | undefined;
    if (joined.length) {
      try {
        const { args, cwd, env, history } = await abortable(diffGit, stop.signal);
        const git: GitOptions = { cwd, env, signal: stop.signal };
        const out = await streamDiff(args, git, fan, {
          ...(job.maxLineBytes !== undefined ? { maxLineBytes: job.maxLineBytes } : {}),
          ...(history ? { history } : {}),
        });
        lines = out.lines;
        fan.finish(out.stats);
      } catch (err) {
        fan.fail(err);
      }
      await Promise.all(joined);
    }
    post({ t: 'end', ...(lines ? { lines } : {}) });
  } finally {
    port.close();
  }
}
