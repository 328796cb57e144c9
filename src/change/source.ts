import picomatch from 'picomatch';
import { type PlainAttributes, plainAttributes } from './attributes.js';
import { BlobReader } from './blobs.js';
import { type GitOptions, runGit, streamGit } from './git.js';
import { LineSplitter } from './lines.js';
import { type RangeRequest, resolveRange } from './range.js';
import { abortable, DiffFanOut, SharedRuns } from './shared.js';
import { DIFF_FLAGS, type HistoryRange, type LineCounts, scanArgs, streamDiff } from './stream.js';
import { threadsEnabled } from '../adapters/threads.js';
import { ThreadBatch } from './thread.js';
import {
  type ChangedFile,
  type ChangeRange,
  ChangeRangeError,
  type ChangeSource,
  type FileStatus,
  type DiffStat,
  type GrepHit,
  type TreeEntry,
  type RangeRecord,
  type ScanStats,
} from './types.js';

export interface ChangeSourceOptions extends RangeRequest {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Stops every git process of the gate (Ctrl-C, a cancelled workflow). */
  signal?: AbortSignal;
  /** Bytes of one line handed to scanners at once (longer lines come in overlapping pieces). */
  maxLineBytes?: number;
  /** Bytes of the commits' own diffs a scan of the history reads at most (see stream.ts). */
  maxHistoryBytes?: number;
}

const READ_MAX = 32 * 1024 * 1024;
/** Bytes of hits a search of the checked-out files holds before it falls back to the commit. */
const HELD_MAX = 16 * 1024 * 1024;
/** Bytes of held hits handed over in one turn of the event loop. */
const HANDED_AT_ONCE = 64 * 1024;
const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** The start of an entry of `git ls-files -v -z` that is marked skip-worktree, after another. */
const SKIPPED_ENTRY = Buffer.from('\0S');
/** Ends a listing of the index at its first skip-worktree entry. */
const SKIPPED = new Error('a file is marked skip-worktree');
/** About what a hit takes in memory: its strings and their line number. */
const hitBytes = (h: GrepHit) => h.path.length + h.text.length + 16;

/** `N files changed, I insertions(+), D deletions(-)` (each part left out when 0). */
export function parseShortstat(out: string): DiffStat {
  const n = (re: RegExp) => Number(re.exec(out)?.[1] ?? 0);
  return {
    files: n(/(\d+) files? changed/),
    insertions: n(/(\d+) insertions?\(\+\)/),
    deletions: n(/(\d+) deletions?\(-\)/),
  };
}

function anySignal(a?: AbortSignal, b?: AbortSignal): AbortSignal | undefined {
  if (!a || !b) return a ?? b;
  return AbortSignal.any([a, b]);
}

/** Pathspecs as one key: no pathspec and an empty list both mean every file. */
const pathKey = (paths?: readonly string[]) => (paths && paths.length ? JSON.stringify(paths) : '');

/**
 * The git-backed ChangeSource: one per gate run, the range resolved on first use. The checks that
 * read the diff run side by side and often ask for the same things: a file list asked for again
 * with the same pathspecs is the same answer (one git), and scans of the same pathspecs that
 * start together read one git stream, each check's visitor seeing every line.
 */
export function createChangeSource(opts: ChangeSourceOptions): ChangeSource {
  // Closed when the gate is done: a fetch still running for a check that timed out must not
  // keep the process alive.
  const closed = new AbortController();
  const base: GitOptions = { cwd: opts.cwd, env: opts.env, signal: anySignal(opts.signal, closed.signal) };
  const git = (signal?: AbortSignal): GitOptions => ({ ...base, signal: anySignal(base.signal, signal) });
  let pending: Promise<ChangeRange> | undefined;
  let record: RangeRecord | undefined;
  const blobs = new BlobReader(base);
  /** Made when a scan first needs it, removed when the gate closes the source. */
  let plain: Promise<PlainAttributes> | undefined;
  const plainGit = (): Promise<PlainAttributes> => {
    plain ??= plainAttributes(base);
    return plain;
  };
  /** Options for a git that reads the range's content: none of the repository's attributes apply. */
  const contentGit = async (signal?: AbortSignal): Promise<GitOptions> => {
    const p = await plainGit();
    return { cwd: p.cwd, env: p.env, signal: git(signal).signal };
  };
  // Whether this git can search with PCRE: unknown until a search says it cannot.
  let perlGrep: boolean | undefined;

  /**
   * The commit whose files are checked out exactly: HEAD, when no tracked file differs from it,
   * staged or not; undefined otherwise. Asked afresh each time.
   */
  const cleanHead = async (signal?: AbortSignal): Promise<string | undefined> => {
    const res = await runGit(
      [
        '--no-optional-locks',
        '-c',
        'core.fsmonitor=false',
        'status',
        '--porcelain=v2',
        '--branch',
        '-z',
        '--untracked-files=no',
        '--ignore-submodules=all',
      ],
      { ...git(signal), maxBytes: 64 * 1024 },
    ).catch(() => undefined);
    if (res?.code !== 0) return undefined;
    const entries = res.stdout.split('\0').filter(Boolean);
    if (!entries.every((e) => e.startsWith('# '))) return undefined;
    const oid = entries.find((e) => e.startsWith('# branch.oid '))?.slice('# branch.oid '.length);
    return oid && FULL_SHA.test(oid) ? oid : undefined;
  };
  /** Whether the files checked out are exactly commit `sha`'s. Asked afresh each time. */
  const checkoutIs = async (sha: string, signal?: AbortSignal): Promise<boolean> =>
    (await cleanHead(signal)) === sha;
  /**
   * Whether every tracked file is in the checkout: a search of the files on disk passes over a
   * file marked skip-worktree (a sparse checkout), where a search of the commit reads it.
   */
  const nothingSkipped = async (): Promise<boolean> => {
    // Each entry is `<tag> <path>\0`, `S` the tag of skip-worktree. Read as it comes and never held:
    // the index of a large repository lists hundreds of thousands of files, and the first file
    // left out answers the question.
    let entryStarts = true;
    const res = await streamGit(['ls-files', '-v', '-z'], git(), (c) => {
      if ((entryStarts && c[0] === 0x53) || c.includes(SKIPPED_ENTRY)) throw SKIPPED;
      entryStarts = c[c.length - 1] === 0;
    }).catch(() => undefined);
    return res?.code === 0;
  };
  /**
   * Whether a search at `rev` may read the files on disk; a name that is not a full commit id
   * never may. The checkout is looked at once (both questions at once) and the answer shared by
   * every search, at every commit: the base's search and the head's start together, and a
   * second look would tell them nothing the first did not.
   */
  let checkout: Promise<{ head: string | undefined; whole: boolean }> | undefined;
  const searchableOnDisk = (rev: string, signal?: AbortSignal): Promise<boolean> => {
    if (!FULL_SHA.test(rev)) return Promise.resolve(false);
    checkout ??= Promise.all([cleanHead(), nothingSkipped()]).then(([head, whole]) => ({ head, whole }));
    return abortable(
      checkout.then((c) => c.head === rev && c.whole),
      signal,
    );
  };

  let heldLocally!: (local: boolean) => void;
  const local = new Promise<boolean>((resolve) => (heldLocally = resolve));
  const range = (): Promise<ChangeRange> => {
    pending ??= resolveRange(base, { ...opts, onLocal: heldLocally }).then(
      (r) => {
        const { fetched, ...rest } = r;
        record = fetched.length ? r : rest;
        return r;
      },
      (err: unknown) => {
        heldLocally(false);
        record = { error: (err as Error).message };
        throw err;
      },
    );
    return pending;
  };

  const pathArgs = (paths?: readonly string[]) => (paths && paths.length ? ['--', ...paths] : []);
  const pathsOf = (key: string): string[] => (key ? (JSON.parse(key) as string[]) : []);
  const historyOf = (r: ChangeRange, key: string): HistoryRange => ({
    base: r.base,
    head: r.head,
    paths: pathsOf(key),
    ...(opts.maxHistoryBytes !== undefined ? { maxBytes: opts.maxHistoryBytes } : {}),
  });

  const fileLists = new SharedRuns<ChangedFile[]>(async (key, signal) => {
    const r = await range();
    const res = await runGit(
      ['diff', '--name-status', '-z', ...DIFF_FLAGS, r.base, r.head, ...pathArgs(pathsOf(key))],
      { ...git(signal), maxBytes: 256 * 1024 * 1024 },
    );
    if (res.code !== 0) throw new Error(`git diff --name-status failed: ${res.stderr}`);
    return parseNameStatus(res.stdout);
  });

  /** Scans that may still be joined, by pathspecs: until their first line, a scan takes more visitors. */
  const scans = new Map<string, DiffFanOut>();
  /**
   * Lines added and removed in the whole diff (deleted files aside), counted from the hunk headers
   * of the first scan of every file as it passes; settled when that scan is read to its end.
   */
  let wholeLines: Promise<LineCounts> | undefined;
  /** A check announced a scan of the whole diff that has not started yet. */
  let expecting = false;
  /** Settled when a whole scan starts, or when no scan will. */
  let wholeBegun!: () => void;
  const whole = new Promise<void>((resolve) => (wholeBegun = resolve));

  /** For the first scan of the whole diff: settles `wholeLines` with the counts it read, or unsets it. */
  const countWhole = (key: string) => {
    if (key !== '' || wholeLines) return undefined;
    let counting!: { resolve(lines: LineCounts): void; reject(err: unknown): void };
    const counted = new Promise<LineCounts>((resolve, reject) => {
      counting = { resolve, reject };
    });
    counted.catch(() => undefined);
    wholeLines = counted;
    wholeBegun();
    return {
      done: (lines: LineCounts) => counting.resolve(lines),
      // Cut short (every check stopped reading, git failed): its counts are not the diff's.
      failed: (err: unknown) => {
        if (wholeLines === counted) wholeLines = undefined;
        counting.reject(err);
      },
    };
  };

  /** Scan threads not started yet, by pathspecs: visitors asked for in the same turn share one. */
  const threads = new Map<string, ThreadBatch>();

  const startScan = (key: string): DiffFanOut => {
    const stop = new AbortController();
    // No scan is joined once it is over, or once it starts to be: then a new one begins.
    const forget = () => {
      if (scans.get(key) === fan) scans.delete(key);
    };
    const fan = new DiffFanOut((reason) => {
      forget();
      stop.abort(reason);
    });
    const lines: LineCounts = { insertions: 0, deletions: 0 };
    const counting = countWhole(key);
    const streamed = async (): Promise<ScanStats> => {
      const [r, at] = await Promise.all([range(), contentGit(stop.signal)]);
      // Read on this thread: git keeps writing while a chunk is scanned. A worker thread reading
      // ahead for this thread (measured on a 222 MB diff) doubled the gate's memory — a second
      // heap, megabytes of chunks in flight — and was no faster; a visitor that can run elsewhere
      // whole goes through `scanPortable` instead, which moves no lines between threads.
      const out = await streamDiff(scanArgs(r, pathsOf(key)), at, fan, {
        maxLineBytes: opts.maxLineBytes,
        history: historyOf(r, key),
        onFirstChunk: () => {
          fan.begun = true;
          forget();
        },
      });
      lines.insertions = out.lines.insertions;
      lines.deletions = out.lines.deletions;
      return out.stats;
    };
    streamed().then(
      (stats) => {
        forget();
        counting?.done(lines);
        fan.finish(stats);
      },
      (err: unknown) => {
        forget();
        counting?.failed(err);
        fan.fail(err);
      },
    );
    return fan;
  };

  const source: ChangeSource = {
    range,
    settled: () => record,
    local: () => {
      range().catch(() => undefined);
      return local;
    },
    close() {
      wholeBegun();
      closed.abort(new ChangeRangeError('the gate finished before git did'));
      // Its git processes were just stopped; the directory holds nothing of theirs.
      void plain?.then(
        (p) => p.remove(),
        () => undefined,
      );
    },

    expectWholeScan() {
      expecting = true;
    },

    scansDone() {
      wholeBegun();
    },

    async files(o = {}) {
      // A copy each: one check sorting its list cannot reorder another's.
      return (await fileLists.get(pathKey(o.paths), o.signal)).slice();
    },

    scan(visitor, o = {}) {
      const key = pathKey(o.paths);
      let fan = scans.get(key);
      if (!fan) {
        fan = startScan(key);
        scans.set(key, fan);
      }
      return fan.join(visitor, o.signal);
    },

    async scanPortable(job, o = {}) {
      const onEvent = o.onEvent ?? (() => undefined);
      if (!threadsEnabled()) {
        const run = job.factory(job.options, onEvent);
        const stats = await source.scan(run.visitor, o);
        return { stats, result: run.finish() };
      }
      const key = pathKey(o.paths);
      // Counted from the start, as a scan on this thread would be: `stat` looks for it at once.
      const counting = countWhole(key);
      try {
        let batch = threads.get(key);
        if (!batch?.open) {
          // Started before the range is resolved: the thread loads its scans meanwhile, and its git
          // starts as soon as the range is known.
          const b = new ThreadBatch({
            git: Promise.all([range(), plainGit()]).then(([r, p]) => ({
              args: scanArgs(r, pathsOf(key)),
              cwd: p.cwd,
              env: p.env,
              history: historyOf(r, key),
            })),
            ...(opts.maxLineBytes !== undefined ? { maxLineBytes: opts.maxLineBytes } : {}),
          });
          threads.set(key, b);
          // Checks that start together ask in the same turn: they share the thread and its git.
          setImmediate(() => {
            if (threads.get(key) === b) threads.delete(key);
            b.start();
          });
          batch = b;
        }
        const scan = await batch.add(
          { kind: job.kind, options: job.options },
          onEvent,
          anySignal(base.signal, o.signal),
        );
        counting?.done(scan.lines);
        return { stats: scan.stats, result: scan.result };
      } catch (err) {
        counting?.failed(err);
        throw err;
      }
    },

    async stat(signal) {
      const r = await range();
      // A turn for the checks that scan the whole diff to start doing so: their counts are used.
      await new Promise<void>((resolve) => setImmediate(resolve));
      // One announced may start later (after its own reads): diffing the change twice costs more.
      if (expecting && !wholeLines) await abortable(whole, signal);
      const shortstat = async (filter: string[]) => {
        // Counted as the scans read the diff: a file the change declares binary has its lines.
        const res = await runGit(
          ['diff', '--shortstat', '--no-color', '-M', ...filter, r.base, r.head],
          await contentGit(signal),
        );
        if (res.code !== 0) throw new Error(`git diff --shortstat failed: ${res.stderr}`);
        return parseShortstat(res.stdout);
      };
      const counting = wholeLines;
      if (!counting) return shortstat([]);
      // The scan leaves deleted files out: their lines are counted apart, which reads only them.
      const [files, deleted, lines] = await Promise.all([
        fileLists.get('', signal),
        shortstat(['--diff-filter=D']),
        counting.catch(() => undefined),
      ]);
      // The scan was cut short: the diff is measured on its own after all.
      if (!lines) return shortstat([]);
      return {
        files: files.length,
        insertions: lines.insertions,
        deletions: lines.deletions + deleted.deletions,
      };
    },

    async read(rev, path, o = {}) {
      const spec = `${rev}:${path}`;
      if (!/[\n\r]/.test(spec)) {
        const blob = await blobs.read(spec, o.maxBytes ?? READ_MAX, o.signal);
        if (blob === undefined) return undefined;
        if (blob.type !== 'blob')
          throw new Error(`cannot read ${path} at ${rev.slice(0, 12)}: it is a ${blob.type}, not a file`);
        return blob.text;
      }
      // A name with a line break cannot go through the batch: one git of its own.
      const res = await runGit(['cat-file', 'blob', `${rev}:${path}`], {
        ...git(o.signal),
        maxBytes: o.maxBytes ?? READ_MAX,
      });
      if (res.code === 0) return res.stdout;
      if (
        /does not exist|exists on disk, but not in|not a valid object name|Not a valid object/i.test(
          res.stderr,
        )
      )
        return undefined;
      throw new Error(`cannot read ${path} at ${rev.slice(0, 12)}: ${res.stderr}`);
    },

    async listFiles(rev, globs, signal) {
      const res = await runGit(['ls-tree', '-r', '-z', '--name-only', '--full-tree', rev], {
        ...git(signal),
        maxBytes: 256 * 1024 * 1024,
      });
      if (res.code !== 0) throw new Error(`git ls-tree ${rev.slice(0, 12)} failed: ${res.stderr}`);
      const match = picomatch(globs, { dot: true });
      return res.stdout.split('\0').filter((p) => p && match(p));
    },

    async entries(rev, paths, signal) {
      const out = new Map<string, TreeEntry>();
      // A few hundred paths a call: a command line stays far below the system's limit.
      for (let at = 0; at < paths.length; at += 500) {
        const specs = paths.slice(at, at + 500).map((p) => `:(top,literal)${p}`);
        const res = await runGit(['ls-tree', '-z', '-l', '--full-tree', rev, '--', ...specs], {
          ...git(signal),
          maxBytes: 64 * 1024 * 1024,
        });
        if (res.code !== 0) throw new Error(`git ls-tree ${rev.slice(0, 12)} failed: ${res.stderr}`);
        // <mode> SP <type> SP <object> SP+ <size or -> TAB <path> NUL; a link's blob holds the
        // path it points to.
        for (const line of res.stdout.split('\0')) {
          const m = /^(\d{6}) (\w+) ([0-9a-f]+) +(\d+|-)\t(.*)$/s.exec(line);
          if (!m) continue;
          const entry: TreeEntry = { mode: m[1]!, size: m[4] === '-' ? 0 : Number(m[4]) };
          if (entry.mode === '120000') {
            const target = await blobs.read(m[3]!, 4096, signal);
            if (target?.type !== 'blob') continue;
            entry.link = target.text;
          }
          out.set(m[5]!, entry);
        }
      }
      return out;
    },

    async grep(rev, patterns, paths, onHit, signal, opts) {
      /** One search at `rev`, or in the files checked out when `rev` is undefined. */
      const search = async (at: string | undefined, hit: (h: GrepHit) => void, stop?: AbortSignal) => {
        const prefix = at === undefined ? undefined : `${at}:`;
        const run = async (dialect: '-P' | '-E', skip: number) => {
          // Every file searched as text: `-I` would pass over files the change itself declares
          // binary in its .gitattributes (`-diff`), and with them the routes they hold.
          const args = ['grep', '-z', '-n', '-a', dialect, '--full-name', '--no-color'];
          for (const p of patterns) args.push('-e', p);
          if (at !== undefined) args.push(at);
          args.push(...pathArgs(paths));
          let seen = 0;
          const splitter = new LineSplitter((text) => {
            // [rev:]path\0line\0text
            const a = text.indexOf('\0');
            const b = text.indexOf('\0', a + 1);
            if (a < 0 || b < 0) return;
            if (seen++ < skip) return;
            hit({
              path: text.slice(prefix && text.startsWith(prefix) ? prefix.length : 0, a),
              line: Number(text.slice(a + 1, b)),
              text: text.slice(b + 1).replace(/\r$/, ''),
            });
          });
          const res = await streamGit(args, git(stop), (c) => splitter.push(c));
          // A git that failed may have stopped part way through a line: only whole lines count.
          if (res.code === 0 || res.code === 1) splitter.end();
          return { ...res, seen };
        };
        const where = at === undefined ? 'in the checked-out files' : `at ${at.slice(0, 12)}`;
        if (opts?.perl && perlGrep !== false) {
          const res = await run('-P', 0);
          // Exit 1 is "no match", not a failure.
          if (res.code === 0 || res.code === 1) return;
          if (res.stopped) throw new Error(`git grep ${where} failed: ${res.stopped}`);
          // A git built without PCRE (or older than -P), or a match PCRE gave up on: the same
          // patterns as POSIX ERE find the same lines in the same order, so the hits already
          // handed over are skipped.
          if (/USE_LIBPCRE|Perl-compatible|unknown switch/i.test(res.stderr)) perlGrep = false;
          const again = await run('-E', res.seen);
          if (again.code !== 0 && again.code !== 1)
            throw new Error(`git grep ${where} failed: ${again.stderr || again.stopped}`);
          return;
        }
        const res = await run('-E', 0);
        if (res.code !== 0 && res.code !== 1)
          throw new Error(`git grep ${where} failed: ${res.stderr || res.stopped}`);
      };

      // The files checked out are the commit's: read them rather than inflate every blob of the
      // commit (several times less CPU on a large tree). The hits are held until the checkout is
      // found unchanged once more, so a file written while it was searched (a build running
      // beside the gate) never counts; then, or when they would take too much memory, or when
      // the files cannot be searched, the commit itself is searched.
      if (await searchableOnDisk(rev, signal)) {
        const held: GrepHit[] = [];
        let bytes = 0;
        const full = new AbortController();
        const stop = anySignal(signal, full.signal);
        let searched = true;
        try {
          await search(
            undefined,
            (h) => {
              bytes += hitBytes(h);
              if (bytes > HELD_MAX) full.abort(new Error('too many hits to hold'));
              else if (!full.signal.aborted) held.push(h);
            },
            stop,
          );
        } catch (err) {
          if (signal?.aborted) throw err;
          searched = false;
        }
        if (searched && !full.signal.aborted && (await checkoutIs(rev, signal))) {
          // Handed over as a stream hands them: a turn of the event loop between slices.
          let slice = 0;
          for (const h of held) {
            onHit(h);
            slice += hitBytes(h);
            if (slice < HANDED_AT_ONCE) continue;
            slice = 0;
            await new Promise((resolve) => setImmediate(resolve));
            signal?.throwIfAborted();
          }
          return;
        }
      }
      await search(rev, onHit, signal);
    },
  };
  return source;
}

function parseNameStatus(out: string): ChangedFile[] {
  const parts = out.split('\0');
  const files: ChangedFile[] = [];
  for (let i = 0; i < parts.length; i++) {
    const code = parts[i];
    if (!code) continue;
    const status = code[0] as FileStatus;
    if (status === 'R' || status === 'C') {
      files.push({ status, oldPath: parts[i + 1]!, path: parts[i + 2]! });
      i += 2;
    } else {
      files.push({ status: status === 'T' ? 'M' : status, path: parts[i + 1]! });
      i += 1;
    }
  }
  return files;
}
