import { type ChildProcess, spawn } from 'node:child_process';
import { FIXED_CONFIG, type GitOptions, gitEnv } from './git.js';
import { abortReason } from './shared.js';

/**
 * Files at revisions, read through one `git cat-file --batch` for the whole gate. The checks read
 * hundreds of files — every migration and its down file, each lock file at both ends of the
 * range — and starting a git for each costs far more than the file: a reader of 100 migrations
 * spent its time starting processes. Requests are written as they come and answered in order.
 */

export interface Blob {
  /** `blob`, or what else the name points at (`tree`, `commit`). */
  type: string;
  /** The content, decoded as UTF-8. */
  text: string;
}

/** An object's bytes, when it is no larger than was asked for; its size either way. */
export interface BlobBytes {
  type: string;
  size: number;
  bytes?: Buffer;
}

interface Request {
  maxBytes: number;
  /** Answered with the bytes (a copy the caller keeps), or only the size past `maxBytes`. */
  raw?: boolean;
  resolve(blob: Blob | BlobBytes | undefined): void;
  reject(err: unknown): void;
  /** The caller gave up (its check stopped): the answer is still read, and dropped. */
  gone: boolean;
}

const HEADER = /^[0-9a-f]{40,64} (\w+) (\d+)$/;

export class BlobReader {
  private child: ChildProcess | undefined;
  private readonly queue: Request[] = [];
  private buffered: Buffer[] = [];
  /** The answer being read: its request, the bytes still to come (content and the final LF). */
  private body: { request: Request; type: string; size: number; left: number; parts: Buffer[] } | undefined;
  private closed: Error | undefined;
  /**
   * Where an answer that came in several pieces is put together before it is decoded, kept until
   * the reader is closed (as large as the largest such answer): the checks read file after file
   * (lock files of megabytes at both ends of the range), and fresh memory for each cost more
   * than the copy.
   */
  private joined = Buffer.alloc(0);

  constructor(private readonly git: GitOptions) {
    git.signal?.addEventListener('abort', () => this.close(abortReason(git.signal!)), { once: true });
  }

  /** The object `spec` (`rev:path`) names, or undefined when there is none. */
  read(spec: string, maxBytes: number, signal?: AbortSignal): Promise<Blob | undefined> {
    return this.ask(spec, maxBytes, false, signal) as Promise<Blob | undefined>;
  }

  /**
   * The bytes of the object `spec` names, or only its size when it is larger than `maxBytes`
   * (read past, never held); undefined when there is none.
   */
  bytes(spec: string, maxBytes: number, signal?: AbortSignal): Promise<BlobBytes | undefined> {
    return this.ask(spec, maxBytes, true, signal) as Promise<BlobBytes | undefined>;
  }

  private ask(
    spec: string,
    maxBytes: number,
    raw: boolean,
    signal?: AbortSignal,
  ): Promise<Blob | BlobBytes | undefined> {
    if (this.closed) return Promise.reject(this.closed);
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    if (/[\n\r]/.test(spec))
      return Promise.reject(new Error('a name with a line break cannot be read in a batch'));
    return new Promise<Blob | BlobBytes | undefined>((resolve, reject) => {
      const request: Request = { maxBytes, resolve, reject, gone: false, ...(raw ? { raw } : {}) };
      if (signal) {
        const onAbort = () => {
          request.gone = true;
          reject(abortReason(signal));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        const done = () => signal.removeEventListener('abort', onAbort);
        request.resolve = (b) => {
          done();
          resolve(b);
        };
        request.reject = (e) => {
          done();
          reject(e);
        };
      }
      const child = this.process();
      this.queue.push(request);
      this.hold(true);
      child.stdin!.write(`${spec}\n`);
    });
  }

  /** Ends git; what is still asked for fails with `reason`. */
  close(reason: Error = new Error('the reader was closed')): void {
    if (this.closed) return;
    this.closed = reason;
    this.fail(reason);
    this.child?.stdin?.end();
    this.child?.kill();
    this.child = undefined;
    this.joined = Buffer.alloc(0);
  }

  private process(): ChildProcess {
    if (this.child) return this.child;
    const child = spawn('git', [...FIXED_CONFIG, 'cat-file', '--batch'], {
      cwd: this.git.cwd,
      env: gitEnv(this.git.env),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child = child;
    let stderr = '';
    child.stdin!.on('error', () => undefined);
    child.stdout!.on('data', (c: Buffer) => this.data(c));
    child.stderr!.on('data', (c: Buffer) => {
      if (stderr.length < 4096) stderr += c.toString('utf8');
    });
    const ended = (why: string) => {
      if (this.child !== child) return;
      this.child = undefined;
      this.body = undefined;
      this.buffered = [];
      // The next read starts a new git; what was asked of this one cannot be answered.
      this.fail(new Error(`git cat-file ${why}${stderr.trim() ? `: ${stderr.trim()}` : ''}`));
    };
    child.on('error', (err: NodeJS.ErrnoException) =>
      ended(err.code === 'ENOENT' ? 'could not start: git is not installed (not on PATH)' : err.message),
    );
    child.on('close', (code, signal) => ended(`ended (${signal ?? `exit ${code}`})`));
    this.hold(false);
    return child;
  }

  /** Keeps the process alive for git only while an answer is awaited. */
  private hold(waiting: boolean): void {
    const c = this.child;
    if (!c) return;
    for (const s of [c.stdin, c.stdout, c.stderr] as ({ ref?(): void; unref?(): void } | null)[])
      if (waiting) s?.ref?.();
      else s?.unref?.();
    if (waiting) c.ref();
    else c.unref();
  }

  private fail(err: Error): void {
    for (const r of this.queue.splice(0)) if (!r.gone) r.reject(err);
    this.hold(false);
  }

  private data(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length) {
      if (this.body) {
        const b = this.body;
        const take = Math.min(b.left, chunk.length - at);
        // The final LF is not content; content beyond the request's limit is read past, not kept.
        const keep = Math.min(take, b.left - 1);
        if (keep > 0 && b.size <= b.request.maxBytes) b.parts.push(chunk.subarray(at, at + keep));
        b.left -= take;
        at += take;
        if (b.left === 0) {
          this.body = undefined;
          this.answer(b.request, b.size, b.type, b.parts);
        }
        continue;
      }
      const nl = chunk.indexOf(10, at);
      if (nl === -1) {
        this.buffered.push(chunk.subarray(at));
        return;
      }
      const line = Buffer.concat([...this.buffered, chunk.subarray(at, nl)]).toString('utf8');
      this.buffered = [];
      at = nl + 1;
      this.header(line);
    }
  }

  private header(line: string): void {
    const request = this.queue[0];
    if (!request) return;
    const m = HEADER.exec(line);
    if (m) {
      const size = Number(m[2]);
      this.body = { request, type: m[1]!, size, left: size + 1, parts: [] };
      return;
    }
    this.queue.shift();
    if (this.queue.length === 0) this.hold(false);
    if (request.gone) return;
    if (line.endsWith(' missing')) request.resolve(undefined);
    else request.reject(new Error(`git cat-file: ${line}`));
  }

  private answer(request: Request, size: number, type: string, parts: Buffer[]): void {
    this.queue.shift();
    if (this.queue.length === 0) this.hold(false);
    if (request.gone) return;
    if (request.raw)
      request.resolve({
        type,
        size,
        ...(size <= request.maxBytes ? { bytes: Buffer.concat(parts, size) } : {}),
      });
    else if (size > request.maxBytes)
      request.reject(new Error(`git cat-file printed more than ${request.maxBytes} bytes`));
    else request.resolve({ type, text: this.decode(parts) });
  }

  private decode(parts: Buffer[]): string {
    if (parts.length === 0) return '';
    if (parts.length === 1) return parts[0]!.toString('utf8');
    let size = 0;
    for (const p of parts) size += p.length;
    if (this.joined.length < size) this.joined = Buffer.allocUnsafe(size);
    let at = 0;
    for (const p of parts) at += p.copy(this.joined, at);
    return this.joined.toString('utf8', 0, size);
  }
}
