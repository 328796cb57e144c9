import type { DiffFileHeader, DiffVisitor } from './types.js';

const HUNK = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/** Undoes git's C-style quoting of unusual paths (`"tab\there"`, octal bytes for non-UTF-8). */
export function unquotePath(s: string): string {
  if (!s.startsWith('"') || !s.endsWith('"') || s.length < 2) return s;
  const bytes: number[] = [];
  const body = s.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const n = body[++i] ?? '';
    if (/[0-7]/.test(n)) {
      bytes.push(parseInt(body.slice(i, i + 3), 8));
      i += 2;
    } else bytes.push(ESCAPES[n] ?? n.charCodeAt(0));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** `+++ b/path\t` → `path`; undefined for /dev/null. */
function sidePath(raw: string, prefix: 'a/' | 'b/'): string | undefined {
  // Git ends the name with a TAB when it contains a space (for patch(1)); never part of the name.
  const s = raw.endsWith('\t') ? raw.slice(0, -1) : raw;
  if (s === '/dev/null') return undefined;
  const p = unquotePath(s);
  return p.startsWith(prefix) ? p.slice(prefix.length) : p;
}

/** The path of `diff --git a/P b/P` when both sides name the same file (binary files, mode changes). */
function samePathOf(rest: string): string | undefined {
  if (rest.startsWith('"')) {
    const m = /^("(?:[^"\\]|\\.)*") ("(?:[^"\\]|\\.)*")$/.exec(rest);
    return m ? sidePath(m[2]!, 'b/') : undefined;
  }
  const len = (rest.length - 5) / 2;
  if (!Number.isInteger(len) || len < 1) return undefined;
  const a = rest.slice(2, 2 + len);
  return rest === `a/${a} b/${a}` ? a : undefined;
}

interface FileState extends DiffFileHeader {
  announced: boolean;
  skip: boolean;
  /** The file's objects at base and head, from its `index` line. */
  objects?: { old?: string; new: string };
}

/** `index <old>..<new>[ <mode>]`: the objects of the two sides (all zeros: none). */
const INDEX = /^index ([0-9a-f]+)\.\.([0-9a-f]+)(?: |$)/;
const NONE = /^0+$/;
const COMMIT = /^commit [0-9a-f]{40,64}$/;

/** A file git printed as binary, with its objects: its content is read apart from the diff. */
export interface BinaryFile extends DiffFileHeader {
  path: string;
  /** Its object at head. */
  object: string;
  /** Its object at base, when it had one (modified, renamed or copied with changes). */
  oldObject?: string;
}

/**
 * Parses `git diff -U0` output line by line and hands added lines, with their number in the
 * head revision, to a visitor. Hunk headers carry exact line counts, so a content line that
 * happens to start with `+++` or `diff --git` is never mistaken for a header.
 */
export class DiffParser {
  files = 0;
  addedLines = 0;
  binaryFiles: string[] = [];
  /** The binary files of the head, with their objects (when git named them). */
  binaryObjects: BinaryFile[] = [];
  /** In history mode: the commits begun. */
  commits = 0;
  private file: FileState | undefined;
  private oldLeft = 0;
  private newLeft = 0;
  private next = 0;
  private lastAdded = 0;

  /** History mode: `commit <sha>` lines of `git log --format='commit %H' -p` start each commit. */
  constructor(
    private readonly visitor: DiffVisitor,
    private readonly history = false,
  ) {}

  line(text: string, piece: number): void {
    if (piece > 0) {
      // The rest of an over-long line; only added lines are worth the pieces.
      if (this.lastAdded > 0 && this.file && !this.file.skip)
        this.visitor.added(this.file.path!, this.lastAdded, stripCr(text), piece);
      return;
    }
    if (this.oldLeft > 0 || this.newLeft > 0) {
      const c = text.charCodeAt(0);
      if (c === 43 /* + */) {
        this.newLeft--;
        this.addedLines++;
        this.lastAdded = this.next++;
        if (!this.file!.skip) this.visitor.added(this.file!.path!, this.lastAdded, stripCr(text.slice(1)), 0);
        return;
      }
      this.lastAdded = 0;
      if (c === 45 /* - */) this.oldLeft--;
      else if (c === 32 /* space */) {
        this.oldLeft--;
        this.newLeft--;
        this.next++;
      }
      // "\ No newline at end of file" belongs to the line before it.
      return;
    }
    this.lastAdded = 0;
    this.header(text);
  }

  end(): void {
    this.finishFile();
  }

  /** Inside a hunk, where every line is content: `+`, `-`, ` ` or `\`. */
  get inHunk(): boolean {
    return this.oldLeft > 0 || this.newLeft > 0;
  }

  /** The visitor declined the current file: its added lines need not be read. */
  get skipping(): boolean {
    return this.file?.skip ?? true;
  }

  /**
   * A content line inside a hunk, told by its first byte alone, that nobody needs to read: counted
   * and numbered as `line` would. Added (`+`), removed (`-`) and context (` `) lines only.
   */
  skip(first: number): void {
    if (first === 43 /* + */) {
      this.newLeft--;
      this.addedLines++;
      this.lastAdded = this.next++;
      return;
    }
    this.lastAdded = 0;
    if (first === 45 /* - */) this.oldLeft--;
    else {
      this.oldLeft--;
      this.newLeft--;
      this.next++;
    }
  }

  private header(text: string): void {
    if (this.history && COMMIT.test(text)) {
      this.finishFile();
      this.commits++;
      this.visitor.commit?.(text.slice('commit '.length));
      return;
    }
    if (text.startsWith('diff --git ')) {
      this.finishFile();
      const path = samePathOf(text.slice('diff --git '.length));
      this.file = { path, oldPath: path, status: 'M', binary: false, announced: false, skip: false };
      return;
    }
    const f = this.file;
    if (!f) return;
    if (text.startsWith('@@')) {
      const m = HUNK.exec(text);
      if (!m) return;
      this.announce();
      this.oldLeft = m[1] === undefined ? 1 : Number(m[1]);
      this.newLeft = m[3] === undefined ? 1 : Number(m[3]);
      this.next = Number(m[2]);
      return;
    }
    if (text.startsWith('+++ ')) {
      f.path = sidePath(text.slice(4), 'b/');
      if (f.path === undefined) f.status = 'D';
      this.announce();
    } else if (text.startsWith('--- ')) {
      f.oldPath = sidePath(text.slice(4), 'a/');
      if (f.oldPath === undefined) f.status = 'A';
    } else if (text.startsWith('new file mode')) f.status = 'A';
    else if (text.startsWith('deleted file mode')) f.status = 'D';
    else if (text.startsWith('rename from ')) {
      f.status = 'R';
      f.oldPath = unquotePath(text.slice('rename from '.length));
    } else if (text.startsWith('rename to ')) f.path = unquotePath(text.slice('rename to '.length));
    else if (text.startsWith('copy from ')) {
      f.status = 'C';
      f.oldPath = unquotePath(text.slice('copy from '.length));
    } else if (text.startsWith('copy to ')) f.path = unquotePath(text.slice('copy to '.length));
    else if (text.startsWith('index ')) {
      const m = INDEX.exec(text);
      if (m) f.objects = { ...(NONE.test(m[1]!) ? {} : { old: m[1]! }), new: m[2]! };
    } else if (text.startsWith('Binary files ')) {
      f.binary = true;
      if (text.endsWith(' and /dev/null differ')) f.status = 'D';
    }
  }

  private announce(): void {
    const f = this.file!;
    if (f.announced) return;
    f.announced = true;
    this.files++;
    if (f.status === 'D') f.path = undefined;
    if (f.binary && f.path) this.binaryFiles.push(f.path);
    const header: DiffFileHeader = { path: f.path, oldPath: f.oldPath, status: f.status, binary: f.binary };
    if (f.binary && f.path && f.objects && !NONE.test(f.objects.new) && !this.history)
      this.binaryObjects.push({
        ...header,
        path: f.path,
        object: f.objects.new,
        ...(f.objects.old ? { oldObject: f.objects.old } : {}),
      });
    const wanted = this.visitor.file?.(header) !== false;
    f.skip = !wanted || f.path === undefined || f.binary;
  }

  private finishFile(): void {
    if (this.file && !this.file.announced) this.announce();
    this.file = undefined;
    this.oldLeft = 0;
    this.newLeft = 0;
  }
}

function stripCr(s: string): string {
  return s.charCodeAt(s.length - 1) === 13 ? s.slice(0, -1) : s;
}
