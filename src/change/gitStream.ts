import { Worker } from 'node:worker_threads';
import { FIXED_CONFIG, type GitOptions, gitEnv } from './git.js';

/**
 * Reads git's output in a worker thread and hands it to the main thread in batches.
 *
 * Why: when the main thread reads the pipe itself, git blocks whenever the main thread is busy
 * parsing and scanning a chunk (a socket buffer holds only a few hundred KB), and the main
 * thread idles whenever it has caught up — the two take turns instead of running side by side,
 * so a scan took git's time plus its own. Reading in a worker keeps git writing while the main
 * thread works. At most `MAX_AHEAD` bytes wait unprocessed, so memory stays bounded.
 *
 * The worker is plain CommonJS code passed as a string (`eval`), so the bundle needs no extra file.
 */
const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const { spawn } = require('node:child_process');
const { args, cwd, env, batchBytes, maxAhead } = workerData;
const child = spawn('git', args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
let parts = [];
let size = 0;
let ahead = 0;
let paused = false;
let stderr = '';
const flush = () => {
  if (size === 0) return;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  parts = [];
  ahead += size;
  size = 0;
  parentPort.postMessage({ type: 'data', bytes: out }, [out.buffer]);
  if (ahead >= maxAhead && !paused) {
    paused = true;
    child.stdout.pause();
  }
};
child.stdout.on('data', (c) => {
  parts.push(c);
  size += c.length;
  if (size >= batchBytes) flush();
});
child.stderr.on('data', (c) => {
  if (stderr.length < 16384) stderr += c.toString('utf8');
});
child.on('error', (err) => parentPort.postMessage({ type: 'error', message: err.code === 'ENOENT' ? 'git is not installed (not on PATH)' : err.message }));
child.on('close', (code, signal) => {
  flush();
  parentPort.postMessage({ type: 'close', code, signal, stderr: stderr.trim() });
});
parentPort.on('message', (m) => {
  if (m.type === 'ack') {
    ahead -= m.bytes;
    if (paused && ahead < maxAhead / 2) {
      paused = false;
      child.stdout.resume();
    }
  } else if (m.type === 'kill') child.kill('SIGKILL');
});
`;

const BATCH_BYTES = 256 * 1024;
const MAX_AHEAD = 16 * 1024 * 1024;

/** Like streamGit, with git read in a worker thread so that git and the consumer overlap. */
export function streamGitThreaded(
  args: string[],
  opts: GitOptions,
  onData: (chunk: Buffer) => void,
): Promise<{ code: number | null; stderr: string; stopped?: string }> {
  return new Promise((resolve, reject) => {
    if (opts.signal?.aborted) {
      reject(opts.signal.reason instanceof Error ? opts.signal.reason : new Error('aborted'));
      return;
    }
    const worker = new Worker(WORKER_CODE, {
      eval: true,
      workerData: {
        args: [...FIXED_CONFIG, ...args],
        cwd: opts.cwd,
        env: gitEnv(opts.env),
        batchBytes: BATCH_BYTES,
        maxAhead: MAX_AHEAD,
      },
    });
    let settled = false;
    let failure: unknown;
    const done = (fn: () => void) => {
      if (settled) return;
      settled = true;
      opts.signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      fn();
    };
    const onAbort = () => {
      worker.postMessage({ type: 'kill' });
      done(() => reject(opts.signal!.reason instanceof Error ? opts.signal!.reason : new Error('aborted')));
    };
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    worker.on(
      'message',
      (m: { type: string; bytes?: Uint8Array; code?: number | null; stderr?: string; message?: string }) => {
        if (settled) return;
        if (m.type === 'data') {
          const bytes = m.bytes!;
          try {
            onData(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
          } catch (err) {
            failure = err;
            worker.postMessage({ type: 'kill' });
            done(() => reject(failure));
            return;
          }
          worker.postMessage({ type: 'ack', bytes: bytes.byteLength });
        } else if (m.type === 'close') done(() => resolve({ code: m.code ?? null, stderr: m.stderr ?? '' }));
        else if (m.type === 'error') done(() => reject(new Error(m.message)));
      },
    );
    worker.on('error', (err) => done(() => reject(err)));
    worker.on('exit', () => done(() => reject(new Error('git reader stopped unexpectedly'))));
  });
}
