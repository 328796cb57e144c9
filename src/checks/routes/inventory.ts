import picomatch from 'picomatch';
import { globPathspecs } from '../../change/pathspec.js';
import type { ChangeRange, ChangeSource, GrepHit } from '../../change/types.js';
import { expandRoutes } from './mounts.js';
import type { RouteSource } from './sources.js';
import type { FileRoutes } from './types.js';

/**
 * Reads routes from a revision with `git grep`, no checkout. A file is read whole only when one
 * of its lines looks like a route (a call or decorator may span lines, a class or block may
 * give the prefix), and only at the head of a range: the files the range did not change are the
 * same at its base, so the base is read only where it differs.
 */

export interface Route {
  method: string;
  /** As written in the source, with every prefix applied. */
  path: string;
  file: string;
  line?: number;
}

export interface SourceRoutes {
  source: RouteSource;
  routes: Route[];
}

export interface Inventory {
  sources: SourceRoutes[];
  /** Files not read because they are larger than MAX_FILE_BYTES. */
  tooLarge: string[];
  /** Files read whole (or listed, for file routes) at this revision. */
  filesRead: number;
}

/** A route file larger than this is a generated bundle or data, not read (and named). */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;
/** Bytes of pathspecs handed to one git process (well under the kernel's argument limits). */
const PATHSPEC_BYTES = 64 * 1024;
/** Beyond this many changed files, the whole tree is grepped and the changed files kept. */
const MAX_LITERAL_FILES = 4000;
/** Routes handled between two turns of the event loop. */
const BATCH = 2000;

/** Lets other checks run; stops here when the check's time is up, rather than working on. */
export async function yieldToLoop(signal?: AbortSignal): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  signal?.throwIfAborted();
}

interface SourceFiles {
  files: Map<string, FileRoutes>;
  tooLarge: Set<string>;
  /** Files read whole, listed or grepped for their routes. */
  read: number;
}

const literal = (file: string) => `:(top,literal)${file}`;

/** Files in groups whose pathspecs are small enough for one command line each. */
function fileGroups(files: readonly string[]): string[][] {
  const groups: string[][] = [];
  let group: string[] = [];
  let bytes = 0;
  for (const f of files) {
    const spec = literal(f);
    if (group.length && bytes + spec.length > PATHSPEC_BYTES) {
      groups.push(group);
      group = [];
      bytes = 0;
    }
    group.push(f);
    bytes += spec.length + 1;
  }
  if (group.length) groups.push(group);
  return groups;
}

/** Pathspecs naming exactly these files, in groups small enough for one command line each. */
function literalGroups(files: readonly string[], exclude: readonly string[]): string[][] {
  // The source's excludes still apply: a file is read the same way at both ends.
  const ex = globPathspecs([], exclude).slice(1);
  return fileGroups(files).map((g) => [...g.map(literal), ...ex]);
}

/** `git grep` over a source's files, or only over `only` (files of the source). */
async function grepFiles(
  change: ChangeSource,
  rev: string,
  src: RouteSource,
  patterns: string[],
  only: ReadonlySet<string> | undefined,
  onHit: (hit: GrepHit) => void,
  signal?: AbortSignal,
): Promise<void> {
  // The presets' patterns mean the same in PCRE; a user's custom prefilter is ERE as documented.
  const opts = { perl: src.framework.kind === 'parse' };
  const scope = globPathspecs(src.paths, src.exclude);
  if (!only) return change.grep(rev, patterns, scope, onHit, signal, opts);
  if (only.size === 0) return;
  if (only.size > MAX_LITERAL_FILES)
    return change.grep(rev, patterns, scope, (h) => void (only.has(h.path) && onHit(h)), signal, opts);
  for (const group of literalGroups([...only].sort(), src.exclude)) {
    await change.grep(rev, patterns, group, onHit, signal, opts);
    await yieldToLoop(signal);
  }
}

/** The whole text of each file, by `git grep` of every line (one process for many files). */
async function readWhole(
  change: ChangeSource,
  rev: string,
  files: readonly string[],
  exclude: readonly string[],
  onFile: (file: string, text: string | undefined) => void,
  signal?: AbortSignal,
): Promise<void> {
  for (const group of literalGroups(files, exclude)) {
    let current: string | undefined;
    let lines: string[] = [];
    let bytes = 0;
    const done = () => {
      if (current !== undefined) onFile(current, bytes > MAX_FILE_BYTES ? undefined : lines.join('\n'));
      lines = [];
      bytes = 0;
    };
    await change.grep(
      rev,
      [''],
      group,
      (hit) => {
        if (hit.path !== current) {
          done();
          current = hit.path;
        }
        if (bytes > MAX_FILE_BYTES) return;
        bytes += hit.text.length + 1;
        if (bytes > MAX_FILE_BYTES) {
          lines = [];
          return;
        }
        // A line git could not hand over whole must not shift the lines after it.
        while (lines.length < hit.line - 1) lines.push('');
        lines.push(hit.text);
      },
      signal,
    );
    done();
    await yieldToLoop(signal);
  }
}

/**
 * Blobs up to this size are read from git's object store: none of their lines can reach the
 * length at which `git grep` output is handed over in pieces (a mebibyte, with the path before it).
 */
const READ_BYTES = 512 * 1024;
const READ_BATCH = 16;

/**
 * A file's text as readWhole makes it from `git grep` output: its lines, each without the "\r"
 * before its end, joined by "\n" (so without a final line break); null for an empty file, which
 * has no line to show.
 */
function asGrepped(content: string): string | null {
  if (content === '') return null;
  const lines = content.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  for (let i = 0; i < lines.length; i++) if (lines[i]!.endsWith('\r')) lines[i] = lines[i]!.slice(0, -1);
  return lines.join('\n');
}

/**
 * The whole text of files a `git grep` of this revision found lines in, as readWhole gives it
 * but read through the gate's one `git cat-file` (no process, no output line by line): grep
 * skipped them if they were binary, so their text is all there is. A file that cannot be read
 * that way (larger than READ_BYTES, or a read that fails) is read by readWhole, in the same
 * groups and order, so a file too large is named as before.
 */
async function readFound(
  change: ChangeSource,
  rev: string,
  files: readonly string[],
  exclude: readonly string[],
  onFile: (file: string, text: string | undefined) => void,
  signal?: AbortSignal,
): Promise<void> {
  for (const group of fileGroups(files)) {
    const rest: string[] = [];
    // A few at a time: asked together, git answers them in one go; held together, they stay few.
    for (let at = 0; at < group.length; at += READ_BATCH) {
      const batch = group.slice(at, at + READ_BATCH);
      const texts = await Promise.all(
        batch.map((f) =>
          change.read(rev, f, { maxBytes: READ_BYTES, signal }).then(
            (content) => (content === undefined ? undefined : asGrepped(content)),
            () => undefined,
          ),
        ),
      );
      for (const [i, f] of batch.entries()) {
        const text = texts[i];
        if (text === undefined) rest.push(f);
        else if (text !== null) onFile(f, text);
      }
    }
    if (rest.length) await readWhole(change, rev, rest, exclude, onFile, signal);
    else await yieldToLoop(signal);
  }
}

/** The routes of a source's files at a revision: all of them, or only `only`. */
async function readSource(
  change: ChangeSource,
  rev: string,
  src: RouteSource,
  only: ReadonlySet<string> | undefined,
  signal?: AbortSignal,
): Promise<SourceFiles> {
  const files = new Map<string, FileRoutes>();
  const tooLarge = new Set<string>();
  const fw = src.framework;
  const hit = new Set<string>();
  const take = (file: string, fr: FileRoutes) => {
    if (fr.routes.length || fr.mounts?.length || fr.routers?.size) files.set(file, fr);
  };
  if (fw.kind === 'lines') {
    await grepFiles(
      change,
      rev,
      src,
      fw.grep,
      only,
      (h) => {
        hit.add(h.path);
        for (const r of fw.extract(h.text)) {
          const fr = files.get(h.path) ?? { routes: [] };
          fr.routes.push({ method: r.method, path: r.path, line: h.line, owner: '' });
          files.set(h.path, fr);
        }
      },
      signal,
    );
    return { files, tooLarge, read: hit.size };
  }
  if (fw.kind === 'files') {
    let list: string[];
    if (only) list = [...only];
    else {
      const excluded = src.exclude.length ? picomatch(src.exclude, { dot: true }) : () => false;
      list = (await change.listFiles(rev, src.paths, signal)).filter((f) => !excluded(f));
    }
    list = list.filter((f) => fw.route(src.roots, f)).sort();
    const texts = new Map<string, string | undefined>();
    const needText = list.filter((f) => fw.needsText(f));
    await readWhole(change, rev, needText, src.exclude, (f, text) => texts.set(f, text), signal);
    for (const f of list) {
      const text = texts.get(f);
      if (fw.needsText(f) && texts.has(f) && text === undefined) tooLarge.add(f);
      take(f, fw.parse(src.roots, f, text));
    }
    return { files, tooLarge, read: list.length };
  }
  const candidates = new Set<string>();
  const line = fw.line;
  await grepFiles(
    change,
    rev,
    src,
    fw.grep,
    only,
    (h) => void ((!line || (!candidates.has(h.path) && line.test(h.text))) && candidates.add(h.path)),
    signal,
  );
  await readFound(
    change,
    rev,
    [...candidates].sort(),
    src.exclude,
    (f, text) => {
      if (text === undefined) tooLarge.add(f);
      else take(f, fw.parse(f, text));
    },
    signal,
  );
  return { files, tooLarge, read: candidates.size };
}

/** The routes of a revision's files, with every prefix (other files', the source's) applied. */
async function routesOf(
  src: RouteSource,
  files: ReadonlyMap<string, FileRoutes>,
  signal?: AbortSignal,
): Promise<Route[]> {
  const out: Route[] = [];
  for (const route of expandRoutes(src.prefix, files)) {
    out.push(route);
    if (out.length % BATCH === 0) await yieldToLoop(signal);
  }
  return out;
}

/** Every route a revision declares. */
export async function routesAt(
  change: ChangeSource,
  rev: string,
  sources: readonly RouteSource[],
  signal?: AbortSignal,
): Promise<Inventory> {
  const inv: Inventory = { sources: [], tooLarge: [], filesRead: 0 };
  for (const src of sources) {
    const read = await readSource(change, rev, src, undefined, signal);
    inv.sources.push({ source: src, routes: await routesOf(src, read.files, signal) });
    inv.tooLarge.push(...read.tooLarge);
    inv.filesRead += read.read;
  }
  return inv;
}

/** The files of a source the range changed: their paths at its base and at its head. */
async function changedFiles(
  change: ChangeSource,
  src: RouteSource,
  signal?: AbortSignal,
): Promise<{ base: Set<string>; head: Set<string> }> {
  let inScope: (p: string) => boolean = () => true;
  let list;
  if (src.framework.kind === 'files') {
    // File routes are listed with the same globs at both ends (git ls-tree, then these globs).
    const inc = picomatch(src.paths, { dot: true });
    const exc = src.exclude.length ? picomatch(src.exclude, { dot: true }) : () => false;
    inScope = (p) => inc(p) && !exc(p);
    list = await change.files({ signal });
  } else list = await change.files({ paths: globPathspecs(src.paths, src.exclude), signal });
  const base = new Set<string>();
  const head = new Set<string>();
  for (const f of list) {
    // A copy leaves its source as it was; an added file has no base.
    const before = f.status === 'A' || f.status === 'C' ? undefined : (f.oldPath ?? f.path);
    const after = f.status === 'D' ? undefined : f.path;
    if (before !== undefined && inScope(before)) base.add(before);
    if (after !== undefined && inScope(after)) head.add(after);
  }
  return { base, head };
}

/**
 * The routes at both ends of a range. The head is read in full (critical routes may be anywhere);
 * the base only in the files the range changed, the rest taken from the head, where they are the
 * same. Prefixes are then worked out over each end's files as a whole, so a prefix that changed
 * in one file moves the routes of files that did not.
 */
export async function routesOfRange(
  change: ChangeSource,
  range: Pick<ChangeRange, 'base' | 'head'>,
  sources: readonly RouteSource[],
  signal?: AbortSignal,
): Promise<{ base: Inventory; head: Inventory }> {
  const base: Inventory = { sources: [], tooLarge: [], filesRead: 0 };
  const head: Inventory = { sources: [], tooLarge: [], filesRead: 0 };
  for (const src of sources) {
    const changed = await changedFiles(change, src, signal);
    const [atHead, atBase] = await Promise.all([
      readSource(change, range.head, src, undefined, signal),
      readSource(change, range.base, src, changed.base, signal),
    ]);
    const baseFiles = new Map<string, FileRoutes>();
    for (const [f, fr] of atHead.files) if (!changed.head.has(f)) baseFiles.set(f, fr);
    for (const [f, fr] of atBase.files) baseFiles.set(f, fr);
    head.sources.push({ source: src, routes: await routesOf(src, atHead.files, signal) });
    base.sources.push({ source: src, routes: await routesOf(src, baseFiles, signal) });
    head.tooLarge.push(...atHead.tooLarge);
    base.tooLarge.push(...atBase.tooLarge, ...[...atHead.tooLarge].filter((f) => !changed.head.has(f)));
    head.filesRead += atHead.read;
    base.filesRead += atBase.read;
  }
  return { base, head };
}
