import { createHash } from 'node:crypto';
import { constants, type Dirent, type Stats } from 'node:fs';
import { open, readdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * Reading a directory someone else may have prepared (a downloaded artifact, an output directory
 * left behind): symbolic links are never followed, only regular files are opened, and every read
 * is bounded, so a FIFO, a link to /dev/zero or a link loop cannot hang or crash the reader.
 */

export type EntryKind = 'file' | 'directory' | 'symbolic link' | 'FIFO' | 'socket' | 'device' | 'unknown';

export function kindOf(e: Dirent | Stats): EntryKind {
  if (e.isFile()) return 'file';
  if (e.isDirectory()) return 'directory';
  if (e.isSymbolicLink()) return 'symbolic link';
  if (e.isFIFO()) return 'FIFO';
  if (e.isSocket()) return 'socket';
  if (e.isBlockDevice() || e.isCharacterDevice()) return 'device';
  return 'unknown';
}

export interface Listing {
  /** Every entry below the directory (posix path relative to it) and what it is; links not followed. */
  entries: Map<string, EntryKind>;
  /** Subdirectories that could not be read, and why. */
  unreadable: { path: string; detail: string }[];
  /** Set when the listing stopped at a limit. */
  truncated?: string;
}

export const MAX_ENTRIES = 100_000;
const MAX_DEPTH = 32;

/** Lists a directory tree without following symbolic links, within fixed limits. */
export async function listTree(dir: string): Promise<Listing> {
  const out: Listing = { entries: new Map(), unreadable: [] };
  const pending: { rel: string; depth: number }[] = [{ rel: '', depth: 0 }];
  while (pending.length > 0 && !out.truncated) {
    const { rel, depth } = pending.pop()!;
    let found: Dirent[];
    try {
      found = await readdir(rel ? path.join(dir, ...rel.split('/')) : dir, { withFileTypes: true });
    } catch (err) {
      out.unreadable.push({ path: rel || '.', detail: (err as Error).message });
      continue;
    }
    for (const e of found) {
      const p = rel ? `${rel}/${e.name}` : e.name;
      const kind = kindOf(e);
      out.entries.set(p, kind);
      if (out.entries.size >= MAX_ENTRIES) {
        out.truncated = `more than ${MAX_ENTRIES} entries`;
        break;
      }
      if (kind !== 'directory') continue;
      if (depth + 1 >= MAX_DEPTH) out.truncated = `directories nested deeper than ${MAX_DEPTH}`;
      else pending.push({ rel: p, depth: depth + 1 });
    }
  }
  return out;
}

/** A path that is not a regular file, or (`tooLarge`) not one within its size limit. */
export class NotReadable extends Error {
  constructor(
    message: string,
    readonly tooLarge = false,
  ) {
    super(message);
  }
}

/**
 * Opens a regular file without following a symbolic link in its last component and without
 * blocking (a FIFO opens at once and is refused), then hands up to `limit` bytes to `take`.
 * Returns how many bytes were read; `limit + 1` read means the file is larger than `limit`.
 * A chunk is `take`'s only during the call: its buffer is read into again, here and for the
 * next file, so what is kept must be copied.
 */
async function readBounded(abs: string, limit: number, take: (chunk: Buffer) => void): Promise<number> {
  let fh;
  try {
    fh = await open(abs, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ELOOP') throw new NotReadable('is a symbolic link');
    throw err;
  }
  const bufs = [lend(), lend()];
  let pending: Promise<{ bytesRead: number }> | undefined;
  try {
    const info = await fh.stat();
    if (!info.isFile()) throw new NotReadable(`is a ${kindOf(info)}, not a regular file`);
    let total = 0;
    let which = 0;
    const next = () => fh.read(bufs[which]!, 0, Math.min(CHUNK, limit + 1 - total), null);
    pending = next();
    for (;;) {
      const { bytesRead } = await pending;
      pending = undefined;
      if (bytesRead === 0) break;
      const got = bufs[which]!.subarray(0, bytesRead);
      total += bytesRead;
      // The next read goes into the other buffer while this one is handed over: the file is read
      // while what was read is hashed.
      which ^= 1;
      if (total <= limit) pending = next();
      take(got);
      if (!pending) break;
    }
    return total;
  } finally {
    await pending?.catch(() => undefined);
    await fh.close();
    spare.push(...bufs.splice(0).slice(0, SPARE - spare.length));
  }
}

/** Bytes read at once. */
const CHUNK = 1 << 20;
/** Read buffers kept for the next file: every file of a bundle is read, one after another. */
const SPARE = 4;
const spare: Buffer[] = [];
/** A read buffer: its bytes are only ever handed out up to what a read put there. */
const lend = (): Buffer => spare.pop() ?? Buffer.allocUnsafe(CHUNK);

/** The bytes of a regular file; more than `limit` bytes is refused. */
export async function readRegular(abs: string, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const size = await readBounded(abs, limit, (c) => chunks.push(Buffer.from(c)));
  if (size > limit) throw new NotReadable(`is larger than ${limit} bytes`, true);
  return Buffer.concat(chunks);
}

/** SHA-256 and size of a regular file, reading at most `limit + 1` bytes (size then says "larger"). */
export async function digestRegular(abs: string, limit: number): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  const size = await readBounded(abs, limit, (c) => hash.update(c));
  return { sha256: hash.digest('hex'), size };
}
