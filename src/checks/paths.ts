import { constants } from 'node:fs';
import { open, readlink, realpath } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Finding } from '../core/types.js';

/**
 * Every path a check reads is confined to the workspace (the repository the gate runs in), after
 * symbolic links are resolved: what a check reads can end up in the bundle, a downloadable
 * artifact, so `/etc/shadow`, `../../secrets` or a committed link to either must not be read.
 */

export const allowOutsideWorkspaceField = z
  .boolean()
  .default(false)
  .describe(
    'Read paths outside the repository (after resolving symbolic links); the report names each one. Default: such a path makes the check an error',
  );

/** A path a check may read: where it really is, and whether that is outside the workspace. */
export interface WorkspacePath {
  /** As the config named it, for messages. */
  name: string;
  /** Absolute, with every symbolic link resolved: the path to read. */
  real: string;
  outside: boolean;
}

/** A path that leaves the workspace, or could not be resolved; the check ends `error` with it. */
export class WorkspacePathError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkspacePathError';
  }
}

/** Links followed for one path before it counts as a loop (Linux gives up after 40 too). */
const MAX_LINKS = 40;

const missing = (err: unknown) => ['ENOENT', 'ENOTDIR'].includes((err as NodeJS.ErrnoException).code ?? '');

/**
 * The real location of `abs`: symbolic links of the target and of every existing parent are
 * followed (a dangling link too); a tail that does not exist yet is kept as written.
 */
async function resolveReal(abs: string, links = 0): Promise<string> {
  try {
    return await realpath(abs);
  } catch (err) {
    if (!missing(err)) throw err;
  }
  const parent = path.dirname(abs);
  if (parent === abs) return abs;
  const realParent = await resolveReal(parent, links);
  const candidate = path.join(realParent, path.basename(abs));
  let target: string;
  try {
    target = await readlink(candidate);
  } catch {
    return candidate; // not there, or not a link
  }
  if (links >= MAX_LINKS)
    throw Object.assign(new Error(`too many levels of symbolic links at ${abs}`), { code: 'ELOOP' });
  return resolveReal(path.resolve(realParent, target), links + 1);
}

export function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/** A `..` that a glob could expand to a path segment, e.g. `../x/*` or `{..,x}/*`. */
const PARENT_SEGMENT = /(^|[/\\{,])\.\.([/\\},]|$)/;

/**
 * Resolves the paths one check reads against the workspace. Paths outside it are an error unless
 * the check allows them; those it allows are remembered so the report can name them.
 */
export class Workspace {
  private rootReal?: Promise<string>;
  private readonly seen = new Map<string, { what: string; path: WorkspacePath }>();

  constructor(
    readonly root: string,
    private readonly allowOutside: boolean,
  ) {}

  private realRoot(): Promise<string> {
    this.rootReal ??= realpath(this.root);
    return this.rootReal;
  }

  /**
   * Where `name` (relative to `base`, by default the workspace) really is. `what` names it in
   * messages: "evidence file", "coverage report"….
   */
  async resolve(what: string, name: string, base = this.root): Promise<WorkspacePath> {
    const root = await this.realRoot();
    let real: string;
    try {
      real = await resolveReal(path.resolve(base, name));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new WorkspacePathError(
        code === 'ELOOP'
          ? `${what} ${name}: too many levels of symbolic links (a link loop?)`
          : `${what} ${name}: cannot resolve it: ${(err as Error).message}`,
      );
    }
    const found: WorkspacePath = { name, real, outside: !isInside(root, real) };
    if (found.outside) {
      if (!this.allowOutside)
        throw new WorkspacePathError(
          `${what} ${name} is outside the workspace (it resolves to ${real}); set allowOutsideWorkspace: true on the check to read it`,
        );
      if (!this.seen.has(real)) this.seen.set(real, { what, path: found });
    }
    return found;
  }

  /**
   * Files (or directories) matching glob patterns under `base`, each resolved like `resolve`.
   * A pattern whose fixed part leaves the workspace is refused before anything is listed.
   */
  async glob(
    what: string,
    patterns: readonly string[],
    opts: { base?: string; onlyFiles?: boolean; ignore?: string[] } = {},
  ): Promise<WorkspacePath[]> {
    const base = opts.base ?? this.root;
    const [{ default: picomatch }, { glob }] = await globbing();
    for (const pattern of patterns) {
      const scan = picomatch.scan(pattern);
      await this.resolve(what, scan.base || '.', base);
      if (!this.allowOutside && PARENT_SEGMENT.test(scan.glob))
        throw new WorkspacePathError(
          `${what} ${pattern} may reach outside the workspace (..); set allowOutsideWorkspace: true on the check to allow it`,
        );
    }
    const found = await glob([...patterns], {
      cwd: base,
      dot: true,
      onlyFiles: opts.onlyFiles ?? true,
      ignore: opts.ignore ?? [],
    });
    const out: WorkspacePath[] = [];
    for (const match of found.sort()) out.push(await this.resolve(what, match, base));
    return out;
  }

  /** Every path read outside the workspace, for the report. */
  findings(): Finding[] {
    return [...this.seen.values()].map(({ what, path: p }) => ({
      level: 'warning',
      message: `${what} ${p.name} is outside the workspace (${p.real}); read because allowOutsideWorkspace is set`,
    }));
  }
}

/**
 * The glob readers, loaded when a check first lists files: a validate, or a gate of live probes,
 * lists none.
 */
function globbing() {
  return Promise.all([import('picomatch'), import('tinyglobby')]);
}

/**
 * Reads a regular file, at most `maxBytes` of it: a FIFO or a device is refused, never opened
 * for a blocking read that could wait forever.
 */
export async function readRegularFile(file: string, maxBytes: number): Promise<Buffer> {
  const fh = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = await fh.stat();
    if (!info.isFile()) throw new Error(`${path.basename(file)} is not a regular file`);
    if (info.size > maxBytes)
      throw new Error(`${path.basename(file)} is ${info.size} bytes, more than the ${maxBytes} read`);
    // Read into one buffer of the size the file has: a report of hundreds of megabytes is held
    // once, not once in pieces and again joined (and it can move to a thread whole). A file that
    // turns out longer than it said (one still being written, a file of /proc) is read on in pieces.
    const whole = Buffer.alloc(info.size);
    let total = 0;
    while (total < whole.length) {
      const { bytesRead } = await fh.read(whole, total, whole.length - total, null);
      if (bytesRead === 0) return whole.subarray(0, total);
      total += bytesRead;
    }
    const chunks: Buffer[] = [whole];
    for (;;) {
      const buf = Buffer.alloc(Math.min(1 << 20, maxBytes + 1 - total));
      const { bytesRead } = await fh.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      chunks.push(buf.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw new Error(`${path.basename(file)} grew past the ${maxBytes} bytes read`);
    }
    return chunks.length === 1 ? whole : Buffer.concat(chunks);
  } finally {
    await fh.close();
  }
}

/**
 * Reads a file the config names that belongs to the repository (results, baselines): it must
 * resolve inside the workspace, with no opt-out, and be a regular file of bounded size.
 */
export async function readWorkspaceFile(
  root: string,
  what: string,
  name: string,
  maxBytes: number,
): Promise<Buffer> {
  const where = await new Workspace(root, false).resolve(what, name);
  try {
    return await readRegularFile(where.real, maxBytes);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new Error(`${what} ${name}: ${code === 'ENOENT' ? 'file not found' : (err as Error).message}`);
  }
}
