/** The change being promoted: which two revisions, and streaming access to what differs. */

/** Where the base (and head) of the range came from, most specific first. */
export type RangeSource = 'input' | 'pull_request' | 'merge_group' | 'history' | 'config';

export interface ChangeRange {
  /** Commit the diff starts from: the merge base for pull requests, the given base otherwise. */
  base: string;
  /** Commit the diff ends at; finding lines are in this revision. */
  head: string;
  /** The base as it was given (a ref, a sha, `HEAD~5`…). */
  baseRef: string;
  headRef: string;
  source: RangeSource;
  /** Human description of the source, e.g. "pull request #12" or "last promoted run 4242". */
  sourceDetail: string;
  /** True when `base` is the merge base of the given base and head (pull requests). */
  mergeBase: boolean;
  /** What had to be fetched because the clone was shallow or lacked a revision. */
  fetched: string[];
  /** Why a source that should have given the range did not (an unreadable event payload…). */
  notes?: string[];
}

/** What report.json records about the range (`git.range`). */
export type RangeRecord =
  (Omit<ChangeRange, 'fetched'> & { fetched?: string[] }) | { error: string; source?: RangeSource };

export type FileStatus = 'A' | 'M' | 'D' | 'R' | 'C' | 'T';

export interface ChangedFile {
  status: FileStatus;
  /** Path in the head revision (for deletions: the path that was deleted). */
  path: string;
  /** Path in the base revision, for renames and copies. */
  oldPath?: string;
}

/** One file of the streamed diff, announced before its lines. */
export interface DiffFileHeader {
  /** Path in the head revision; undefined for a deletion. */
  path: string | undefined;
  oldPath: string | undefined;
  status: FileStatus;
  binary: boolean;
  /**
   * A binary file announced again after the diff, for visitors that read the text it holds
   * (`binaryText`): its lines follow, each run of printable text on the line it is on.
   */
  binaryText?: boolean;
}

export interface DiffVisitor {
  /** Called once per file; return false to skip its lines. */
  file?(header: DiffFileHeader): boolean | void;
  /**
   * An added or changed line: its file and 1-based number in the head revision. A line longer
   * than the scan limit arrives in overlapping pieces with the same number (`piece` > 0).
   */
  added(file: string, line: number, text: string, piece: number): void;
  /**
   * Keywords (ASCII, any case) one of which an added line must hold for this visitor to look at
   * it: lines without any may be left out, unread. Undefined: every line is wanted.
   */
  readonly keywords?: readonly string[] | undefined;
  /** True while the next added line is wanted whatever it holds (a block that has begun goes on). */
  wantsNext?(): boolean;
  /**
   * The text binary files gained is wanted: after the diff, each binary file of the head is
   * announced again (`binaryText` in its header) and the runs of text its content holds that its
   * base did not are handed over as its added lines (see binaryText.ts).
   */
  readonly binaryText?: boolean;
  /** A binary file announced for its text whose content was not read, and why (too large). */
  unread?(file: string, why: string): void;
  /**
   * The lines each commit of the range added are wanted too, not only the range's net diff: a
   * value added by one commit and removed by a later one is in no line of the diff, and stays in
   * the history. After the diff, each commit's own diff follows, newest first, announced by
   * `commit` (see stream.ts); its files and lines come as the diff's do, numbered in that commit.
   */
  readonly history?: boolean;
  /** The files and lines that follow are of this commit of the range (`history`). */
  commit?(sha: string): void;
}

/** Files changed, lines added and lines removed. */
export interface DiffStat {
  files: number;
  insertions: number;
  deletions: number;
}

export interface ScanStats {
  files: number;
  addedLines: number;
  /** Files git reported as binary: their content is not scanned. */
  binaryFiles: string[];
  bytes: number;
  /** Lines longer than the limit, scanned in overlapping pieces. */
  longLines: number;
  /**
   * The commits of the range read one by one (`history`): commits that are not merges, and how
   * many of them were read (the newest, up to a limit). Absent when no visitor asked, or when the
   * range is one commit whose diff is the range's. `limited`: the bytes of the commits' diffs at
   * which the read stopped, the last commit read perhaps in part.
   */
  history?: { commits: number; read: number; limited?: number };
}

export interface GrepHit {
  path: string;
  line: number;
  text: string;
}

export interface ScanOptions {
  /** Git pathspecs (use `globPathspecs` for globs); all files when absent. */
  paths?: string[];
  signal?: AbortSignal;
}

/** A visitor built from plain data, and what it has to say when the diff has been read. */
export interface PortableRun {
  visitor: DiffVisitor;
  finish(): unknown;
}

/**
 * Builds a visitor from structured-cloneable options; `emit` passes events (structured-cloneable
 * too) to the caller as they happen. It must depend on nothing but its arguments: the same
 * factory may build it on a scan thread.
 */
export type PortableFactory = (options: unknown, emit: (event: unknown) => void) => PortableRun;

/** A visitor that may be built and run away from the main thread. */
export interface PortableScan {
  /** The factory's name on a scan thread (see the entry that serves scan threads). */
  kind: string;
  options: unknown;
  /** The same factory, used when the scan runs on this thread. */
  factory: PortableFactory;
}

export interface PortableScanOptions extends ScanOptions {
  /** Each event the visitor emits, in order, while the scan runs. */
  onEvent?: (event: unknown) => void;
}

/**
 * Resolved once per gate run and shared by every check that reads the change. Nothing here
 * holds the whole diff: lines are handed to a visitor as git produces them.
 */
export interface ChangeSource {
  /** Resolves the range (memoized); rejects with a ChangeRangeError that says what to do. */
  range(): Promise<ChangeRange>;
  /** The range if some check resolved it, or why it could not be; undefined when nobody asked. */
  settled(): RangeRecord | undefined;
  /**
   * Whether the clone holds the range's revisions, so resolving it needs no fetch: known early in
   * resolving it (which this starts), false when it cannot be resolved.
   */
  local?(): Promise<boolean>;
  /** Stops any git process still running (the gate is done); later calls fail. */
  close(): void;
  /** Files that differ between base and head (renames detected), optionally limited by pathspecs. */
  files(opts?: ScanOptions): Promise<ChangedFile[]>;
  /** Streams the added and changed lines of the diff (deleted files are not read). */
  scan(visitor: DiffVisitor, opts?: ScanOptions): Promise<ScanStats>;
  /**
   * The same as `scan` for a visitor described by data: on a scan thread of its own when the
   * process can start one (the main thread stays free for the other checks), else on this one.
   * Resolves with the scan's counts and what the visitor's `finish` returned.
   */
  scanPortable(
    scan: PortableScan,
    opts?: PortableScanOptions,
  ): Promise<{ stats: ScanStats; result: unknown }>;
  /**
   * The size of the whole diff, as `git diff --shortstat` gives it: read from a scan of the whole
   * diff when a check is making one, so the change is not diffed twice.
   */
  stat?(signal?: AbortSignal): Promise<DiffStat>;
  /**
   * A check will stream the whole diff: `stat` waits for its counts rather than diffing the change
   * a second time, until the scan starts or `scansDone` is called.
   */
  expectWholeScan?(): void;
  /** No check will start a scan from now on. */
  scansDone?(): void;
  /** A file's content at a revision, or undefined when it does not exist there. */
  read(
    rev: string,
    path: string,
    opts?: { maxBytes?: number; signal?: AbortSignal },
  ): Promise<string | undefined>;
  /** Paths of the files of a revision, limited by pathspecs. */
  listFiles(rev: string, paths: string[], signal?: AbortSignal): Promise<string[]>;
  /**
   * What these paths are at a revision, those that exist there: a file (`mode` 100644 or 100755)
   * and its size, a symbolic link (120000) and the path it points to, a folder (040000).
   */
  entries(rev: string, paths: readonly string[], signal?: AbortSignal): Promise<Map<string, TreeEntry>>;
  /**
   * `git grep -n -a -E` at a revision (every file as text); each hit goes to `onHit` as it streams. With `perl`, the
   * patterns mean the same as PCRE and are searched with `-P` where git has it (several times
   * faster than glibc's ERE on long alternations), as ERE where it does not.
   */
  grep(
    rev: string,
    patterns: string[],
    paths: string[],
    onHit: (hit: GrepHit) => void,
    signal?: AbortSignal,
    opts?: { perl?: boolean },
  ): Promise<void>;
}

/** A path of a revision's tree, as `ChangeSource.entries` gives it. */
export interface TreeEntry {
  mode: string;
  /** Bytes of a file or a link's text; 0 for a folder. */
  size: number;
  /** What a symbolic link points to. */
  link?: string;
}

/** The range cannot be resolved or made available: a user-fixable problem with advice. */
export class ChangeRangeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChangeRangeError';
  }
}

/** One commit of the promoted range, as the release notes list it. */
export interface ReleaseCommit {
  sha: string;
  subject: string;
  author: string;
  /** Pull requests the subject names: `(#123)`, "Merge pull request #123". */
  pulls?: number[];
  merge?: boolean;
}

/** What the promotion brings: its commits (bounded), the size of the diff and the areas it touches. */
export interface ReleaseNotes {
  base: string;
  head: string;
  /** Newest first, at most the limit. */
  commits: ReleaseCommit[];
  total: number;
  /** Commits in the range not listed. */
  omitted: number;
  /** Pull requests of the range: the event's, and those the subjects name. */
  pullRequests: number[];
  stat: { files: number; insertions: number; deletions: number };
  /** Changed files by area (migrations, dependencies, routes, config), with a few examples each. */
  areas: { name: string; files: number; examples: string[] }[];
}
