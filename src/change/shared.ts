import type { DiffFileHeader, DiffVisitor, ScanStats } from './types.js';

/**
 * Work on the change that several checks ask for at once — the same file list, the same diff —
 * done once and handed to each of them. A caller that gives up (its check timed out) only stops
 * waiting; the work itself stops when nobody waits for it any more.
 */

export function abortReason(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new Error('aborted');
}

/** `p`, or the abort's reason when `signal` aborts first. */
export function abortable<T>(p: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return p;
  if (signal.aborted) return Promise.reject(abortReason(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(err);
      },
    );
  });
}

interface Run<T> {
  promise: Promise<T>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

/** Runs remembered by key: the same key gives the same run, and so the same answer. */
export class SharedRuns<T> {
  private readonly runs = new Map<string, Run<T>>();

  constructor(private readonly start: (key: string, signal: AbortSignal) => Promise<T>) {}

  get(key: string, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    const run = this.runs.get(key) ?? this.begin(key);
    run.waiting++;
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => {
        run.waiting--;
        // Stopped because everyone left, it is not remembered: the next caller starts afresh.
        if (run.waiting === 0 && !run.settled) {
          run.controller.abort(abortReason(signal!));
          if (this.runs.get(key) === run) this.runs.delete(key);
        }
        reject(abortReason(signal!));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      run.promise.then(
        (value) => {
          if (signal?.aborted) return;
          signal?.removeEventListener('abort', onAbort);
          run.waiting--;
          resolve(value);
        },
        (err: unknown) => {
          if (signal?.aborted) return;
          signal?.removeEventListener('abort', onAbort);
          run.waiting--;
          reject(err);
        },
      );
    });
  }

  private begin(key: string): Run<T> {
    const controller = new AbortController();
    const run: Run<T> = {
      controller,
      waiting: 0,
      settled: false,
      promise: this.start(key, controller.signal),
    };
    run.promise.then(
      () => {
        run.settled = true;
      },
      () => {
        run.settled = true;
      },
    );
    this.runs.set(key, run);
    return run;
  }
}

interface Member {
  visitor: DiffVisitor;
  /** The member's visitor declined the current file. */
  skip: boolean;
  resolve(stats: ScanStats): void;
  reject(err: unknown): void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

/**
 * One streamed diff handed to every visitor that joined before its first line: each file header
 * and added line goes to each visitor, each visitor skips files on its own, and a visitor that
 * throws or whose check stops is dropped without disturbing the others. `onEmpty` is called when
 * the last one is gone, to stop git.
 */
export class DiffFanOut implements DiffVisitor {
  private readonly members: Member[] = [];
  /** Lines have started to flow: a visitor that comes now would miss some, so it cannot join. */
  begun = false;
  private ended = false;
  /** The commits of the range are being read: files go only to members that read them. */
  private inHistory = false;

  constructor(private readonly onEmpty: (reason: unknown) => void) {}

  join(visitor: DiffVisitor, signal?: AbortSignal): Promise<ScanStats> {
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    return new Promise<ScanStats>((resolve, reject) => {
      const m: Member = { visitor, skip: false, resolve, reject, ...(signal ? { signal } : {}) };
      if (signal) {
        m.onAbort = () => this.drop(m, abortReason(signal));
        signal.addEventListener('abort', m.onAbort, { once: true });
      }
      this.members.push(m);
    });
  }

  file(header: DiffFileHeader): boolean {
    let wanted = false;
    for (const m of [...this.members]) {
      // A binary file's text goes only to those that read such text, a commit's lines only to
      // those that read the history.
      if ((header.binaryText && !m.visitor.binaryText) || (this.inHistory && !m.visitor.history)) {
        m.skip = true;
        continue;
      }
      try {
        // A copy each: one visitor cannot change what the next one is told.
        m.skip = m.visitor.file?.({ ...header }) === false;
      } catch (err) {
        this.drop(m, err);
        continue;
      }
      wanted ||= !m.skip;
    }
    return wanted;
  }

  added(file: string, line: number, text: string, piece: number): void {
    const ms = this.members;
    for (let i = 0; i < ms.length; i++) {
      const m = ms[i]!;
      if (m.skip) continue;
      try {
        m.visitor.added(file, line, text, piece);
      } catch (err) {
        this.drop(m, err);
        i--;
      }
    }
  }

  /** Every member's keywords, or undefined when one of them wants every line. */
  get keywords(): readonly string[] | undefined {
    const all: string[] = [];
    for (const m of this.members) {
      const own = m.visitor.keywords;
      if (!own) return undefined;
      all.push(...own);
    }
    return all;
  }

  /** Whether any member reads the commits of the range. */
  get history(): boolean {
    return this.members.some((m) => m.visitor.history);
  }

  commit(sha: string): void {
    this.inHistory = true;
    for (const m of [...this.members]) {
      if (!m.visitor.history) continue;
      try {
        m.visitor.commit?.(sha);
      } catch (err) {
        this.drop(m, err);
      }
    }
  }

  /** Whether any member reads the text of binary files. */
  get binaryText(): boolean {
    return this.members.some((m) => m.visitor.binaryText);
  }

  unread(file: string, why: string): void {
    for (const m of [...this.members]) {
      if (m.skip) continue;
      try {
        m.visitor.unread?.(file, why);
      } catch (err) {
        this.drop(m, err);
      }
    }
  }

  wantsNext(): boolean {
    for (const m of this.members) if (!m.skip && m.visitor.wantsNext?.()) return true;
    return false;
  }

  finish(stats: ScanStats): void {
    this.settle((m) => m.resolve({ ...stats, binaryFiles: [...stats.binaryFiles] }));
  }

  fail(err: unknown): void {
    this.settle((m) => m.reject(err));
  }

  private settle(each: (m: Member) => void): void {
    this.ended = true;
    for (const m of this.members.splice(0)) {
      this.release(m);
      each(m);
    }
  }

  private drop(m: Member, reason: unknown): void {
    const at = this.members.indexOf(m);
    if (at === -1) return;
    this.members.splice(at, 1);
    this.release(m);
    m.reject(reason);
    if (this.members.length === 0 && !this.ended) this.onEmpty(reason);
  }

  private release(m: Member): void {
    if (m.onAbort) m.signal?.removeEventListener('abort', m.onAbort);
  }
}
