import { constants, type FileHandle, lstat, mkdir, open, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { errorMessage } from '../core/errors.js';
import {
  checkInvalidation,
  checkPin,
  encodePin,
  decodeJournal,
  encodeInvalidation,
  encodeRun,
  journalName,
  runsFrom,
} from './records.js';
import { pruneJournal } from './retention.js';
import type { HistoryRead, HistoryStore, Pin, RunSummary } from './types.js';

/**
 * A journal is opened as the file it is, never through a symbolic link (O_NOFOLLOW), and never
 * waited on (O_NONBLOCK, then it must be a regular file): the default directory is in the
 * checkout, where a pull request could put a link to a file of the machine, which would then be
 * read into warnings and appended to, or to /dev/zero, which never ends.
 */
const NO_FOLLOW = (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
/** A journal of 10,000 runs is about 5 MB. */
const MAX_JOURNAL_BYTES = 256 * 1024 * 1024;

async function openJournal(file: string, flags: number) {
  let handle;
  try {
    handle = await open(file, flags | NO_FOLLOW, 0o644);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ELOOP')
      throw new Error('it is a symbolic link; a journal is read and written only as a file of its own');
    throw err;
  }
  const info = await handle.stat();
  if (!info.isFile()) {
    await handle.close();
    throw new Error('it is not a regular file');
  }
  return { handle, size: info.size };
}

/** The journal's text; ENOENT when there is none. */
async function readJournal(file: string): Promise<string> {
  const { handle, size } = await openJournal(file, constants.O_RDONLY);
  try {
    if (size > MAX_JOURNAL_BYTES)
      throw new Error(`it has ${size} bytes, more than the ${MAX_JOURNAL_BYTES} read`);
    return (await handle.readFile()).toString('utf8');
  } finally {
    await handle.close();
  }
}

/**
 * History in a local directory: `<dir>/<profile>.jsonl`. Each record is one O_APPEND write of one
 * line, which the kernel keeps whole even when several gates append at once.
 */
export class DirectoryHistory implements HistoryStore {
  constructor(
    private readonly dir: string,
    private readonly label: string = dir,
    /** Writes a `.gitignore` of `*` into the directory, so a local cache never makes a tree dirty. */
    private readonly gitIgnored = false,
  ) {}

  describe(): string {
    return `directory ${this.label}`;
  }

  private file(profile: string): string {
    return path.join(this.dir, journalName(profile));
  }

  async list(profile: string, opts: { limit?: number; includeInvalid?: boolean } = {}): Promise<HistoryRead> {
    const file = this.file(profile);
    let text: string;
    try {
      await this.ownPlace();
      text = await readJournal(file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { runs: [], problems: [] };
      return {
        runs: [],
        problems: [`cannot read ${path.join(this.label, journalName(profile))}: ${errorMessage(err)}`],
      };
    }
    const decoded = decodeJournal(text, path.join(this.label, journalName(profile)));
    return runsFrom(decoded.records, profile, opts, decoded.problems);
  }

  async append(run: RunSummary, opts: { keep?: number } = {}): Promise<void> {
    await this.appendLine(run.profile, encodeRun(run));
    if (opts.keep === undefined) return;
    // Rewritten whole and renamed into place, so a reader never sees half a journal.
    const file = this.file(run.profile);
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, pruneJournal(await readJournal(file), opts.keep));
    await rename(tmp, file);
  }

  async markInvalid(profile: string, runId: string, reason: string, by?: string): Promise<void> {
    const all = await this.list(profile, { includeInvalid: true });
    if (!checkInvalidation(all.runs, profile, runId, this.describe())) return;
    await this.appendLine(
      profile,
      encodeInvalidation({ runId, reason, at: new Date().toISOString(), ...(by ? { by } : {}) }),
    );
  }

  async pin(profile: string, pin: Pin): Promise<void> {
    const all = await this.list(profile, { includeInvalid: true });
    if (!checkPin(all, profile, pin, this.describe())) return;
    await this.appendLine(profile, encodePin(pin));
  }

  /**
   * The default directory is the checkout's (`.promotion-gate/.history`): neither it nor
   * `.promotion-gate` may be a symbolic link, which would take history somewhere else on the
   * machine. A directory the user names is theirs to place.
   */
  private async ownPlace(): Promise<void> {
    if (!this.gitIgnored) return;
    for (const dir of [path.dirname(this.dir), this.dir]) {
      const info = await lstat(dir).catch(() => undefined);
      if (info?.isSymbolicLink())
        throw new Error(
          `${path.relative(path.dirname(path.dirname(this.dir)), dir)} is a symbolic link: the default history stays in the checkout (name a directory with dir:PATH to keep it elsewhere)`,
        );
    }
  }

  private async appendLine(profile: string, line: string): Promise<void> {
    await this.ownPlace();
    await mkdir(this.dir, { recursive: true });
    if (this.gitIgnored)
      await writeFile(path.join(this.dir, '.gitignore'), '*\n', { flag: 'wx' }).catch(() => undefined);
    const file = this.file(profile);
    // A run that died mid-write leaves a line without its newline; start on a fresh line so
    // only that torn line is lost, not this one too.
    const { handle, size } = await openJournal(
      file,
      constants.O_RDWR | constants.O_APPEND | constants.O_CREAT,
    );
    try {
      const prefix = size > 0 && !(await endsWithNewline(handle, size)) ? '\n' : '';
      // Written whole (a short write is continued), as one O_APPEND write of a line normally is.
      await handle.appendFile(`${prefix}${line}\n`);
    } finally {
      await handle.close();
    }
  }
}

async function endsWithNewline(handle: FileHandle, size: number): Promise<boolean> {
  const buf = Buffer.alloc(1);
  await handle.read(buf, 0, 1, size - 1);
  return buf[0] === 0x0a;
}
