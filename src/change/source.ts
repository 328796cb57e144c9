import picomatch from 'picomatch';
import { BlobReader } from './blobs.js';
import { DiffParser } from './diffParser.js';
import { type GitOptions, runGit, streamGit } from './git.js';
import { LineSplitter } from './lines.js';
import { type RangeRequest, resolveRange } from './range.js';
import { DiffFanOut, SharedRuns } from './shared.js';
import {
  type ChangedFile,
  type ChangeRange,
  ChangeRangeError,
  type ChangeSource,
  type FileStatus,
  type GrepHit,
  type DiffStat,
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
}

const DIFF_FLAGS = [
  '--no-color',
  '--no-ext-diff',
  '--no-textconv',
  '-M',
  '--src-prefix=a/',
  '--dst-prefix=b/',
];
const READ_MAX = 32 * 1024 * 1024;
/** `@@ -a,b +c,d @@`: with no context, b lines removed and d added, exactly (a missing count is 1). */
const HUNK_COUNTS = /^@@ -\d+(?:,(\d+))? \+\d+(?:,(\d+))? @@/;

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

  const range = (): Promise<ChangeRange> => {
    pending ??= resolveRange(base, opts).then(
      (r) => {
        const { fetched, ...rest } = r;
        record = fetched.length ? r : rest;
        return r;
      },
      (err: unknown) => {
        record = { error: (err as Error).message };
        throw err;
      },
    );
    return pending;
  };

  const pathArgs = (paths?: readonly string[]) => (paths && paths.length ? ['--', ...paths] : []);
  const pathsOf = (key: string): string[] => (key ? (JSON.parse(key) as string[]) : []);

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
  let wholeLines: Promise<{ insertions: number; deletions: number }> | undefined;

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
    const lines = { insertions: 0, deletions: 0 };
    let counting: { resolve(): void; reject(err: unknown): void } | undefined;
    if (key === '' && !wholeLines) {
      const counted = new Promise<typeof lines>((resolve, reject) => {
        counting = { resolve: () => resolve(lines), reject };
      });
      counted.catch(() => undefined);
      wholeLines = counted;
    }
    const streamed = async (): Promise<ScanStats> => {
      const r = await range();
      const parser = new DiffParser(fan);
      const splitter = new LineSplitter((t, p) => {
        // A bare "@@" starts only a hunk header: every content line starts with + - space or \.
        if (p === 0 && t.charCodeAt(0) === 64 && t.charCodeAt(1) === 64) {
          const m = HUNK_COUNTS.exec(t);
          if (m) {
            lines.deletions += m[1] === undefined ? 1 : Number(m[1]);
            lines.insertions += m[2] === undefined ? 1 : Number(m[2]);
          }
        }
        parser.line(t, p);
      }, opts.maxLineBytes);
      let bytes = 0;
      // Deleted files hold no added line; leaving them out spares git and the parser.
      const args = [
        'diff',
        '-U0',
        '--diff-filter=d',
        ...DIFF_FLAGS,
        r.base,
        r.head,
        ...pathArgs(pathsOf(key)),
      ];
      // Read on this thread, a pipe's worth at a time: git keeps writing while a chunk is scanned,
      // and the event loop turns between reads. A worker thread reading ahead (measured on a 222 MB
      // diff) doubled the gate's memory — a second heap, megabytes of chunks in flight — and was
      // no faster: the scanning here, not git, sets the pace.
      const res = await streamGit(args, git(stop.signal), (chunk) => {
        if (!fan.begun) {
          fan.begun = true;
          forget();
        }
        bytes += chunk.length;
        splitter.push(chunk);
      });
      if (res.code !== 0 || res.stopped)
        throw new Error(`git diff failed: ${res.stopped ?? (res.stderr || `exit ${res.code}`)}`);
      splitter.end();
      parser.end();
      return {
        files: parser.files,
        addedLines: parser.addedLines,
        binaryFiles: parser.binaryFiles,
        bytes,
        longLines: splitter.longLines,
      };
    };
    streamed().then(
      (stats) => {
        forget();
        counting?.resolve();
        fan.finish(stats);
      },
      (err: unknown) => {
        forget();
        // Cut short (every check stopped reading, git failed): its counts are not the diff's.
        if (counting) wholeLines = undefined;
        counting?.reject(err);
        fan.fail(err);
      },
    );
    return fan;
  };

  return {
    range,
    settled: () => record,
    close() {
      closed.abort(new ChangeRangeError('the gate finished before git did'));
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

    async stat(signal) {
      const r = await range();
      // A turn for the checks that scan the whole diff to start doing so: their counts are used.
      await new Promise<void>((resolve) => setImmediate(resolve));
      const shortstat = async (filter: string[]) => {
        const res = await runGit(
          ['diff', '--shortstat', '--no-color', '-M', ...filter, r.base, r.head],
          git(signal),
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
        return blob.content.toString('utf8');
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

    async grep(rev, patterns, paths, onHit, signal) {
      const args = ['grep', '-z', '-n', '-I', '-E', '--full-name', '--no-color'];
      for (const p of patterns) args.push('-e', p);
      args.push(rev, ...pathArgs(paths));
      const prefix = `${rev}:`;
      const splitter = new LineSplitter((text) => {
        // rev:path\0line\0text
        const a = text.indexOf('\0');
        const b = text.indexOf('\0', a + 1);
        if (a < 0 || b < 0) return;
        const path = text.slice(text.startsWith(prefix) ? prefix.length : 0, a);
        const hit: GrepHit = {
          path,
          line: Number(text.slice(a + 1, b)),
          text: text.slice(b + 1).replace(/\r$/, ''),
        };
        onHit(hit);
      });
      const res = await streamGit(args, git(signal), (c) => splitter.push(c));
      splitter.end();
      // Exit 1 is "no match", not a failure.
      if (res.code !== 0 && res.code !== 1)
        throw new Error(`git grep at ${rev.slice(0, 12)} failed: ${res.stderr || res.stopped}`);
    },
  };
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
