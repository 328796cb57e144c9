import type { Pacer } from './pace.js';

/** Package ecosystems the dependencies check reads. */
export type Ecosystem = 'npm' | 'pypi' | 'go' | 'cargo' | 'rubygems';

export const ECOSYSTEMS: Ecosystem[] = ['npm', 'pypi', 'go', 'cargo', 'rubygems'];

/**
 * Where a package's code comes from. `where` is a host for registries and URLs (a tarball path
 * names the version, so it would make every upgrade look like a move), `host/owner/repo` for
 * git, a path for local packages, the real name for an alias; never credentials, a query or a ref.
 * A registry with an empty `where` is the ecosystem's default one, whatever its host.
 */
export interface Source {
  kind: 'registry' | 'git' | 'url' | 'file' | 'link' | 'alias';
  where: string;
}

export interface Dependency {
  name: string;
  /** The resolved version (lockfiles) or the declared requirement (manifests). */
  version: string;
  /** Declared by the project itself rather than pulled in by another package. */
  direct: boolean;
  /** The declared requirement, when it differs from `version` (a lockfile's direct entries). */
  spec?: string;
  /** 1-based line in the file, when the parser knows it. */
  line?: number;
  /**
   * For an entry whose line is found only when asked (a JSON lockfile's take a pass over the
   * whole text, worth it for the entries in a change only): finds the lines of its file, pausing
   * as it goes. Undefined once they are found; `line` is then read at once.
   */
  findLine?(pace: Pacer): Promise<void> | undefined;
  /**
   * Whether another entry of this name, from the same kind of file, was read from the same
   * values: version, source, digests, hashes, install scripts and `local`. Parsers of large
   * lockfiles tell it cheaply from what the file wrote; the diff then reads neither entry any
   * further.
   */
  sameAs?(other: Dependency): boolean;
  /** Where it resolves from, when the file says. */
  source?: Source;
  /**
   * Digests of what was resolved, keyed by what they cover (an algorithm such as `sha512`, or a
   * file name): the same key with another digest for the same version means other code.
   */
  digests?: Record<string, string>;
  /**
   * Accepted hashes with no key (Pipfile.lock, `--hash=`): other code when none of the base's
   * hashes is accepted any more, since one more wheel only adds a hash.
   */
  hashes?: string[];
  /** The lockfile says the package runs code when installed (npm `hasInstallScript`, pnpm `requiresBuild`). */
  installScript?: boolean;
  /**
   * The project's own package (a workspace member of Cargo.lock or uv.lock): listed only so
   * that a registry package turning into one is seen, never reported for itself.
   */
  local?: boolean;
}

/** What a directive of a dependency file puts at risk when it appears or changes. */
export type DirectiveRule = 'installScripts' | 'sources';

/**
 * A setting of a dependency file, not a package, that decides what runs or where packages come
 * from: an install hook in package.json, an extra index in requirements.txt, a Go `replace`.
 */
export interface Directive {
  rule: DirectiveRule;
  /** Identity within the file, compared across revisions (`scripts.postinstall`, `replace a/b`). */
  key: string;
  /** Its value; another value is reported like a new directive. */
  value: string;
  /** How a finding names it, e.g. `--extra-index-url https://pypi.example.com/simple`. */
  text: string;
  /** The place it points packages to, matched by `allowSources`; none for install hooks. */
  where?: string;
  line?: number;
}

export interface ParsedFile {
  deps: Dependency[];
  directives?: Directive[];
}

/** One kind of dependency file: which paths it claims (see files.ts). */
export interface DepFile {
  ecosystem: Ecosystem;
  /** `manifest`: what the project asks for; `lockfile`: what was resolved. */
  kind: 'manifest' | 'lockfile';
  match(path: string): boolean;
}

/** A kind of dependency file and how to read it. */
export interface DepFileType extends DepFile {
  /**
   * Throws with a message naming what is wrong when the file cannot be read. Parsers of files
   * that grow with the dependency tree call `pace.step()` as they go, so a large lockfile
   * never holds the event loop for long.
   */
  parse(text: string, pace: Pacer): Promise<ParsedFile>;
}

/** 1-based number of the first line holding `needle`, for annotations on manifest entries. */
export function lineOf(text: string, needle: string | RegExp): number | undefined {
  const at = typeof needle === 'string' ? text.indexOf(needle) : text.search(needle);
  return at < 0 ? undefined : lineAt(text, at);
}

/** 1-based line of an offset. */
export function lineAt(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A value as a finding shows it (a command, a URL): one line, shortened. */
export function oneLine(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 120 ? `${one.slice(0, 117)}...` : one;
}

/** Splits a text into lines (without CR), for the line-based lockfile readers. */
export function linesOf(text: string): string[] {
  // Split on LF, then each CR before one dropped: what /\r?\n/ does, without a pattern per line.
  const lines = text.split('\n');
  for (let i = 0; i < lines.length - 1; i++) if (lines[i]!.endsWith('\r')) lines[i] = lines[i]!.slice(0, -1);
  return lines;
}

/** What `\s` matches. */
export function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** What `.` does not match: a line terminator. */
export const isLineBreak = (c: number) => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;

/** `!line.trim()`, without making the trimmed line: lockfiles indent nearly every line. */
export function isBlank(line: string): boolean {
  let i = 0;
  while (line.charCodeAt(i) === 0x20) i++;
  if (i === line.length) return true;
  const c = line.charCodeAt(i);
  // Past the spaces, a printable ASCII character decides at once; anything else the long way.
  return c > 0x20 && c < 0x7f ? false : !line.trim();
}

/** Plain objects of a parsed document, without prototype lookups for names the file chose. */
export type Table = Record<string, unknown>;

export function isTable(v: unknown): v is Table {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A table's own entries; anything else is empty. */
export function entriesOf(v: unknown): [string, unknown][] {
  return isTable(v) ? Object.entries(v) : [];
}

/** An own string property, never one inherited (`constructor`, `__proto__`). */
export function str(t: unknown, key: string): string | undefined {
  if (!isTable(t) || !Object.hasOwn(t, key)) return undefined;
  const v = t[key];
  return typeof v === 'string' ? v : undefined;
}

/** A table for digests keyed by names a file chose: no prototype, so `__proto__` is a key like any other. */
export function digestTable(): Record<string, string> {
  return Object.create(null) as Record<string, string>;
}

/** An own property. */
export function own(t: unknown, key: string): unknown {
  return isTable(t) && Object.hasOwn(t, key) ? t[key] : undefined;
}
