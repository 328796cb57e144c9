import { KeywordMatcher } from '../core/keywords.js';
import { binaryTextLines, gained } from './binaryText.js';
import { BlobReader } from './blobs.js';
import { type BinaryFile, DiffParser } from './diffParser.js';
import { type GitOptions, runGit, streamGit } from './git.js';
import { LineSplitter, linePieces } from './lines.js';
import type { ChangeRange, DiffVisitor, ScanStats } from './types.js';

export const DIFF_FLAGS = [
  '--no-color',
  '--no-ext-diff',
  '--no-textconv',
  '-M',
  '--src-prefix=a/',
  '--dst-prefix=b/',
];
/**
 * Diff read ahead of its scan at most. A file's diff comes in one burst once git has computed it;
 * a few of them are enough for git and the scan to work at once (measured on a 222 MB diff:
 * beyond 2 MiB it makes no difference).
 */
const READ_AHEAD = 4 * 1024 * 1024;
/** `@@ -a,b +c,d @@`: with no context, b lines removed and d added, exactly (a missing count is 1). */
const HUNK_COUNTS = /^@@ -\d+(?:,(\d+))? \+\d+(?:,(\d+))? @@/;

/** Lines added and removed, counted from the hunk headers as the diff passes. */
export interface LineCounts {
  insertions: number;
  deletions: number;
}

export interface StreamedDiff {
  stats: ScanStats;
  lines: LineCounts;
}

/** A binary file's content read for its text at most; a larger one is named as not read. */
export const MAX_BINARY_BYTES = 16 * 1024 * 1024;
/** Binary content one scan reads for text at most, base and head together. */
const MAX_BINARY_TOTAL = 128 * 1024 * 1024;

/**
 * The git arguments of a scan: added lines only, deleted files left out (they hold none); the
 * objects of each file named in full, so a binary file's content can be read by them.
 */
export function scanArgs(range: ChangeRange, paths?: readonly string[]): string[] {
  return [
    'diff',
    '-U0',
    '--full-index',
    '--diff-filter=d',
    ...DIFF_FLAGS,
    range.base,
    range.head,
    ...(paths && paths.length ? ['--', ...paths] : []),
  ];
}

/**
 * Streams `git diff -U0` into a visitor: split into lines, parsed, each added line handed over
 * with its number in the head revision. The same code runs on the main thread and on a scan
 * thread. `onFirstChunk` is called when bytes start to flow.
 */
export async function streamDiff(
  args: string[],
  git: GitOptions,
  visitor: DiffVisitor,
  opts: { maxLineBytes?: number; onFirstChunk?: () => void; history?: HistoryRange } = {},
): Promise<StreamedDiff> {
  const parser = new DiffParser(visitor);
  const { lines, bytes, longLines } = await readDiff(args, git, visitor, parser, opts);
  if (visitor.binaryText && parser.binaryObjects.length)
    await binaryTexts(parser.binaryObjects, git, visitor, opts.maxLineBytes);
  const history =
    opts.history && visitor.history ? await streamHistory(opts.history, git, visitor, opts) : undefined;
  return {
    stats: {
      files: parser.files,
      addedLines: parser.addedLines,
      binaryFiles: parser.binaryFiles,
      bytes,
      longLines,
      ...(history ? { history } : {}),
    },
    lines,
  };
}

/** The range whose commits a scan reads one by one, and the pathspecs it reads. */
export interface HistoryRange {
  base: string;
  head: string;
  paths?: readonly string[] | undefined;
  /** Bytes of the commits' diffs read at most (default `MAX_HISTORY_BYTES`). */
  maxBytes?: number;
}

/**
 * Bytes of the commits' own diffs a scan reads at most, about the size of the diff that takes
 * `git diff` two seconds here: past it the newest commits have been read, and the check says so
 * rather than running into its timeout on a range of large generated files.
 */
const MAX_HISTORY_BYTES = 256 * 1024 * 1024;

/** The history's read was stopped at its limit of bytes. */
class HistoryLimit extends Error {}

/**
 * Each commit of the range that is not a merge, read as its own diff (its added lines), newest
 * first, up to `MAX_HISTORY_COMMITS`. Skipped when the range is one commit on top of its base:
 * that commit's diff is the range's, already read.
 */
async function streamHistory(
  h: HistoryRange,
  git: GitOptions,
  visitor: DiffVisitor,
  opts: { maxLineBytes?: number },
): Promise<{ commits: number; read: number; limited?: number } | undefined> {
  const list = await runGit(['rev-list', '--parents', `${h.base}..${h.head}`], {
    ...git,
    maxBytes: 64 * 1024 * 1024,
  });
  if (list.code !== 0) throw new Error(`git rev-list failed: ${list.stderr.trim() || `exit ${list.code}`}`);
  const rows = list.stdout.split('\n').filter(Boolean);
  if (rows.length === 0 || (rows.length === 1 && rows[0] === `${h.head} ${h.base}`)) return undefined;
  const commits = rows.filter((r) => r.split(' ').length === 2).length;
  const parser = new DiffParser(visitor, true);
  const maxBytes = h.maxBytes ?? MAX_HISTORY_BYTES;
  try {
    await readDiff(historyArgs(h), git, visitor, parser, { ...opts, maxBytes });
  } catch (err) {
    if (!(err instanceof HistoryLimit)) throw err;
    return { commits, read: parser.commits, limited: maxBytes };
  }
  return { commits, read: parser.commits };
}

/** Commits of a range read one by one at most: the newest of a longer range. */
export const MAX_HISTORY_COMMITS = 1000;

/** `git log -p` of the range's commits that are not merges, as the scan's diff is read. */
function historyArgs(h: HistoryRange): string[] {
  return [
    'log',
    '-p',
    '-U0',
    '--full-index',
    '--no-merges',
    '--diff-filter=d',
    '--format=commit %H',
    `--max-count=${MAX_HISTORY_COMMITS}`,
    ...DIFF_FLAGS,
    `${h.base}..${h.head}`,
    '--',
    ...(h.paths ?? []),
  ];
}

/** git's diff output read into a parser: split into lines, the lines nobody reads left undecoded. */
async function readDiff(
  args: string[],
  git: GitOptions,
  visitor: DiffVisitor,
  parser: DiffParser,
  opts: { maxLineBytes?: number; onFirstChunk?: () => void; maxBytes?: number },
): Promise<{ lines: LineCounts; bytes: number; longLines: number }> {
  const lines: LineCounts = { insertions: 0, deletions: 0 };
  let filter = new KeywordMatcher([]);
  /**
   * A content line of a hunk is dealt with by its first byte when nobody reads it: removed and
   * context lines, added lines of a skipped file, and added lines that hold none of the
   * visitors' keywords while no visitor wants the next line whatever it holds. Gives the index of
   * the line's end when it was, -1 when the line is to be decoded.
   */
  const undecoded = (chunk: Buffer, start: number): number => {
    if (!parser.inHunk) return -1;
    const c = chunk[start]!;
    let end: number;
    if (c === 43 /* + */ && !parser.skipping) {
      if (visitor.wantsNext?.()) return -1;
      // The walk that looks for keywords finds the line's end too.
      end = filter.lineEnd(chunk, start + 1);
      if (end < 0) return -1;
    } else if (c === 43 || c === 45 /* - */ || c === 32 /* space */) end = chunk.indexOf(10, start);
    else return -1;
    parser.skip(c);
    return end;
  };
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
  let first: (() => void) | undefined = () => {
    opts.onFirstChunk?.();
    // Decided when the first bytes come, once every visitor that shares the stream has joined.
    const words = visitor.keywords;
    if (words) {
      filter = new KeywordMatcher(words);
      splitter.undecoded = undecoded;
    }
  };
  // Read ahead of the scan (up to READ_AHEAD): git computes the next file's diff while the last
  // one's lines are scanned, and the event loop turns between every 64 KiB handed over.
  const res = await streamGit(
    args,
    git,
    (chunk) => {
      if (first) {
        first();
        first = undefined;
      }
      bytes += chunk.length;
      // Stops git; what was read so far has been handed over.
      if (opts.maxBytes !== undefined && bytes > opts.maxBytes) throw new HistoryLimit();
      splitter.push(chunk);
    },
    READ_AHEAD,
  );
  if (res.code !== 0 || res.stopped)
    throw new Error(`git ${args[0]} failed: ${res.stopped ?? (res.stderr || `exit ${res.code}`)}`);
  splitter.end();
  parser.end();
  return { lines, bytes, longLines: splitter.longLines };
}

/** Rounded up: a file one byte over the limit reads as over it, not as the limit (formatBytes). */
const mib = (bytes: number) => `${Math.ceil(bytes / (1024 * 1024))} MiB`;

/**
 * The text each binary file gained, handed to the visitor as that file's added lines: the runs of
 * text of its content at head that its content at base did not hold. Read through one
 * `git cat-file --batch`, by the objects the diff named; a file over `MAX_BINARY_BYTES`, or past
 * what a scan reads in all, is reported to the visitor as not read. A run longer than a line may
 * be comes in overlapping pieces, as a long line of the diff does.
 */
async function binaryTexts(
  files: readonly BinaryFile[],
  git: GitOptions,
  visitor: DiffVisitor,
  maxLine: number | undefined,
): Promise<void> {
  const reader = new BlobReader(git);
  let total = 0;
  try {
    for (const f of files) {
      const header = { path: f.path, oldPath: f.oldPath, status: f.status, binary: true, binaryText: true };
      if (visitor.file?.(header) === false) continue;
      if (total >= MAX_BINARY_TOTAL) {
        visitor.unread?.(f.path, `past the ${mib(MAX_BINARY_TOTAL)} of binary content a scan reads`);
        continue;
      }
      const head = await reader.bytes(f.object, MAX_BINARY_BYTES, git.signal);
      if (!head?.bytes) {
        visitor.unread?.(
          f.path,
          head
            ? `${mib(head.size)}, over the ${mib(MAX_BINARY_BYTES)} read of a binary file`
            : 'its content is not in the repository',
        );
        continue;
      }
      total += head.bytes.length;
      const lines = binaryTextLines(head.bytes);
      if (lines.length === 0) continue;
      let before: string[] | undefined;
      if (f.oldObject) {
        // Unread, the base holds nothing: every run of the head counts as added.
        const base = await reader.bytes(f.oldObject, MAX_BINARY_BYTES, git.signal);
        if (base?.bytes) {
          total += base.bytes.length;
          before = binaryTextLines(base.bytes).map((l) => l.text);
        }
      }
      const fresh = gained(
        lines.map((l) => l.text),
        before,
      );
      for (const [i, { line, text }] of lines.entries())
        if (fresh.has(i))
          linePieces(text, maxLine).forEach((piece, n) => visitor.added(f.path, line, piece, n));
    }
  } finally {
    reader.close();
  }
}
