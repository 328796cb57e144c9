import { KeywordMatcher } from '../core/keywords.js';
import { DiffParser } from './diffParser.js';
import { type GitOptions, streamGit } from './git.js';
import { LineSplitter } from './lines.js';
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

/** The git arguments of a scan: added lines only, deleted files left out (they hold none). */
export function scanArgs(range: ChangeRange, paths?: readonly string[]): string[] {
  return [
    'diff',
    '-U0',
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
  opts: { maxLineBytes?: number; onFirstChunk?: () => void } = {},
): Promise<StreamedDiff> {
  const lines: LineCounts = { insertions: 0, deletions: 0 };
  const parser = new DiffParser(visitor);
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
      splitter.push(chunk);
    },
    READ_AHEAD,
  );
  if (res.code !== 0 || res.stopped)
    throw new Error(`git diff failed: ${res.stopped ?? (res.stderr || `exit ${res.code}`)}`);
  splitter.end();
  parser.end();
  return {
    stats: {
      files: parser.files,
      addedLines: parser.addedLines,
      binaryFiles: parser.binaryFiles,
      bytes,
      longLines: splitter.longLines,
    },
    lines,
  };
}
