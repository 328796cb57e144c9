import { appendFile, mkdir, open, readFile, rename, writeFile } from 'node:fs/promises';
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
      text = await readFile(file, 'utf8');
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
    await writeFile(tmp, pruneJournal(await readFile(file, 'utf8'), opts.keep));
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

  private async appendLine(profile: string, line: string): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    if (this.gitIgnored)
      await writeFile(path.join(this.dir, '.gitignore'), '*\n', { flag: 'wx' }).catch(() => undefined);
    const file = this.file(profile);
    // A run that died mid-write leaves a line without its newline; start on a fresh line so
    // only that torn line is lost, not this one too.
    const prefix = (await endsWithoutNewline(file)) ? '\n' : '';
    await appendFile(file, `${prefix}${line}\n`, { flag: 'a' });
  }
}

async function endsWithoutNewline(file: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch {
    return false;
  }
  try {
    const { size } = await handle.stat();
    if (size === 0) return false;
    const buf = Buffer.alloc(1);
    await handle.read(buf, 0, 1, size - 1);
    return buf[0] !== 0x0a;
  } finally {
    await handle.close();
  }
}
