import { lstat, mkdir, readdir, realpath, rmdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import { type EntryKind, listTree, readRegular } from './files.js';
import { MANIFEST, parseManifest, REPORT_JSON, REPORT_MD } from './manifest.js';

/**
 * The output directory: created one level at a time, and emptied of exactly what an earlier run
 * sealed into it (the files its manifest.json lists). Anything else there belongs to someone
 * else, so the gate refuses the directory rather than delete it.
 */

const TOP_LEVEL = new Set([REPORT_JSON, REPORT_MD, MANIFEST, 'evidence']);
/** Kernel file systems: writing there is never meant, and Node's mkdir can loop forever in /proc. */
const SYSTEM_DIRS = ['/proc', '/sys', '/dev'];
/** Below them, an ordinary file system: files in memory, the place for scratch output on Linux. */
const ORDINARY_FILES = '/dev/shm';
/** More levels than any real directory has; the loop creating them stops here. */
const MAX_LEVELS = 128;
const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;

export interface OutputDirOptions {
  /**
   * The directory must stay inside this one: no `..` may lead out of it and no symbolic link at
   * or below it may point elsewhere (the default `.promotion-gate/<profile>`).
   */
  within?: string;
  /**
   * For a command that seals no bundle (drift, review): whether an entry (posix path inside the
   * directory) of that kind is one the command writes. The directory may hold nothing else, and
   * what it holds is kept: the command overwrites its own files, as a month's review joins the
   * earlier months'.
   */
  owns?: (entry: string, kind: EntryKind) => boolean;
}

const FS_ERRORS: Record<string, string> = {
  ENOTDIR: 'a part of the path is a file, not a directory',
  ELOOP: 'too many levels of symbolic links (a link loop?)',
  ENAMETOOLONG: 'a name in the path is too long for the file system',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EIO: 'input/output error',
  EBUSY: 'the path is busy',
};

function refuse(dir: string, why: string): UsageError {
  return new UsageError(`output directory ${dir}: ${why}`);
}

/** A file-system error while preparing `dir` as a usage error naming the path and the cause. */
function fsError(dir: string, at: string, err: unknown): UsageError {
  const code = (err as NodeJS.ErrnoException).code ?? '';
  const where = at === dir ? '' : ` (at ${at})`;
  return refuse(dir, `${FS_ERRORS[code] ?? (err as Error).message}${where}${code ? ` [${code}]` : ''}`);
}

function isUnder(p: string, root: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

function systemDir(p: string): string | undefined {
  if (process.platform === 'win32') return undefined;
  if (isUnder(p, ORDINARY_FILES)) return undefined;
  return SYSTEM_DIRS.find((s) => isUnder(p, s));
}

/** Creates `dir` and its missing parents one level at a time; true when `dir` itself was created. */
async function ensureDir(dir: string, within?: string): Promise<boolean> {
  const { root } = path.parse(dir);
  const parts = dir.slice(root.length).split(path.sep).filter(Boolean);
  if (parts.length > MAX_LEVELS) throw refuse(dir, `more than ${MAX_LEVELS} levels deep`);
  let at = root;
  let created = false;
  for (const part of parts) {
    at = path.join(at, part);
    created = false;
    let info;
    try {
      info = await lstat(at);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw fsError(dir, at, err);
    }
    if (!info) {
      try {
        await mkdir(at);
        created = true;
        continue;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw fsError(dir, at, err);
        info = await lstat(at).catch((e: unknown) => {
          throw fsError(dir, at, e);
        });
      }
    }
    if (info.isSymbolicLink()) {
      if (within && isUnder(at, within))
        throw refuse(dir, `${at} is a symbolic link; the default output directory must not lead elsewhere`);
      try {
        info = await stat(at);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        throw code === 'ENOENT' ? refuse(dir, `${at} is a broken symbolic link`) : fsError(dir, at, err);
      }
    }
    if (!info.isDirectory())
      throw refuse(dir, `${at} is ${info.isFile() ? 'a file' : 'not a directory'}; choose a directory`);
  }
  return created;
}

/**
 * What may be removed: the files the previous run's manifest lists, the evidence directories
 * holding them, then the manifest. Throws, removing nothing, when anything else is there.
 */
async function previousRun(dir: string, names: string[]): Promise<{ files: string[]; dirs: string[] }> {
  const foreign = names.filter((e) => !TOP_LEVEL.has(e));
  const list = (xs: string[]) => `${xs.slice(0, 3).join(', ')}${xs.length > 3 ? ', …' : ''}`;
  const elsewhere = 'remove them or use an empty or dedicated directory';
  if (foreign.length > 0)
    throw refuse(dir, `holds files the gate did not write (${list(foreign)}); ${elsewhere}`);
  if (!names.includes(MANIFEST))
    throw refuse(
      dir,
      `holds ${list(names)} but no ${MANIFEST} of an earlier run, so they cannot be told from files of your own; ${elsewhere}`,
    );
  let bytes: Buffer;
  try {
    bytes = await readRegular(path.join(dir, MANIFEST), MAX_MANIFEST_BYTES);
  } catch (err) {
    throw refuse(
      dir,
      `cannot read the ${MANIFEST} of an earlier run: ${(err as Error).message}; ${elsewhere}`,
    );
  }
  const { manifest, problems } = parseManifest(bytes);
  if (!manifest)
    throw refuse(dir, `its ${MANIFEST} is not one the gate wrote (${problems[0]}); ${elsewhere}`);
  const listed = new Set(manifest.files.map((f) => f.path));
  const tree = await listTree(dir);
  if (tree.truncated || tree.unreadable.length > 0)
    throw refuse(dir, `cannot list it whole (${tree.truncated ?? tree.unreadable[0]!.detail}); ${elsewhere}`);
  const holders = new Set<string>();
  for (const p of listed) {
    const segs = p.split('/');
    for (let i = 1; i < segs.length; i++) holders.add(segs.slice(0, i).join('/'));
  }
  const files: string[] = [];
  const dirs: string[] = [];
  const unknown: string[] = [];
  for (const [p, kind] of tree.entries) {
    if (p === MANIFEST) continue;
    if (kind === 'directory' ? holders.has(p) : listed.has(p)) (kind === 'directory' ? dirs : files).push(p);
    else unknown.push(kind === 'directory' ? `${p}/` : p);
  }
  if (unknown.length > 0)
    throw refuse(
      dir,
      `holds files the gate did not write (${list(unknown.sort())}: not in the earlier run's ${MANIFEST}); ${elsewhere}`,
    );
  // Deepest first, so each directory is empty when it is removed.
  dirs.sort((a, b) => b.split('/').length - a.split('/').length);
  return { files, dirs };
}

/** Refuses a directory of a command without a bundle that holds anything the command did not write. */
async function ownedOnly(dir: string, owns: NonNullable<OutputDirOptions['owns']>): Promise<void> {
  const elsewhere = 'remove them or use an empty or dedicated directory';
  const tree = await listTree(dir);
  if (tree.truncated || tree.unreadable.length > 0)
    throw refuse(dir, `cannot list it whole (${tree.truncated ?? tree.unreadable[0]!.detail}); ${elsewhere}`);
  const foreign = [...tree.entries]
    .filter(([p, kind]) => !owns(p, kind))
    .map(([p, kind]) => (kind === 'directory' ? `${p}/` : kind === 'file' ? p : `${p} (a ${kind})`))
    .sort();
  if (foreign.length > 0)
    throw refuse(
      dir,
      `holds files the gate did not write (${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ', …' : ''}); ${elsewhere}`,
    );
}

/**
 * Makes `dir` ready for a new bundle: creates it, or empties what the previous run sealed into
 * it. Refuses, with a usage error naming the path and why, a system directory, a file, a broken
 * or looping link, and a directory holding anything the gate did not write.
 */
export async function prepareOutputDir(dir: string, opts: OutputDirOptions = {}): Promise<void> {
  const abs = path.resolve(dir);
  const sys = systemDir(abs);
  if (sys) throw refuse(abs, `${sys} is a system directory; choose a directory of your own`);
  const within = opts.within ? path.resolve(opts.within) : undefined;
  if (within && (!isUnder(abs, within) || abs === within)) throw refuse(abs, `must be inside ${within}`);
  const created = await ensureDir(abs, within);
  let real: string;
  try {
    real = await realpath(abs);
  } catch (err) {
    throw fsError(abs, abs, err);
  }
  const sysReal = systemDir(real);
  if (sysReal) throw refuse(abs, `it leads to ${real}, under the system directory ${sysReal}`);
  if (created) return;
  let names: string[];
  try {
    names = await readdir(abs);
  } catch (err) {
    throw fsError(abs, abs, err);
  }
  if (names.length === 0) return;
  if (opts.owns) return ownedOnly(abs, opts.owns);
  const { files, dirs } = await previousRun(abs, names);
  try {
    for (const f of files) await unlink(path.join(abs, ...f.split('/')));
    for (const d of dirs) await rmdir(path.join(abs, ...d.split('/')));
    // Last, so a run stopped half-way still finds what it may remove.
    await unlink(path.join(abs, MANIFEST));
  } catch (err) {
    throw fsError(abs, abs, err);
  }
}
