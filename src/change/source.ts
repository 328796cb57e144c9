import picomatch from 'picomatch';
import { DiffParser } from './diffParser.js';
import { type GitOptions, runGit, streamGit } from './git.js';
import { streamGitThreaded } from './gitStream.js';
import { LineSplitter } from './lines.js';
import { type RangeRequest, resolveRange } from './range.js';
import {
  type ChangedFile,
  type ChangeRange,
  ChangeRangeError,
  type ChangeSource,
  type FileStatus,
  type GrepHit,
  type RangeRecord,
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

function anySignal(a?: AbortSignal, b?: AbortSignal): AbortSignal | undefined {
  if (!a || !b) return a ?? b;
  return AbortSignal.any([a, b]);
}

/** The git-backed ChangeSource: one per gate run, the range resolved on first use. */
export function createChangeSource(opts: ChangeSourceOptions): ChangeSource {
  // Closed when the gate is done: a fetch still running for a check that timed out must not
  // keep the process alive.
  const closed = new AbortController();
  const base: GitOptions = { cwd: opts.cwd, env: opts.env, signal: anySignal(opts.signal, closed.signal) };
  const git = (signal?: AbortSignal): GitOptions => ({ ...base, signal: anySignal(base.signal, signal) });
  let pending: Promise<ChangeRange> | undefined;
  let record: RangeRecord | undefined;

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

  const pathArgs = (paths?: string[]) => (paths && paths.length ? ['--', ...paths] : []);

  return {
    range,
    settled: () => record,
    close() {
      closed.abort(new ChangeRangeError('the gate finished before git did'));
    },

    async files(o = {}) {
      const r = await range();
      const res = await runGit(
        ['diff', '--name-status', '-z', ...DIFF_FLAGS, r.base, r.head, ...pathArgs(o.paths)],
        {
          ...git(o.signal),
          maxBytes: 256 * 1024 * 1024,
        },
      );
      if (res.code !== 0) throw new Error(`git diff --name-status failed: ${res.stderr}`);
      return parseNameStatus(res.stdout);
    },

    async scan(visitor, o = {}) {
      const r = await range();
      const parser = new DiffParser(visitor);
      const splitter = new LineSplitter((t, p) => parser.line(t, p), opts.maxLineBytes);
      let bytes = 0;
      // Deleted files hold no added line; leaving them out spares git and the parser.
      const args = ['diff', '-U0', '--diff-filter=d', ...DIFF_FLAGS, r.base, r.head, ...pathArgs(o.paths)];
      const res = await streamGitThreaded(args, git(o.signal), (chunk) => {
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
    },

    async read(rev, path, o = {}) {
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
