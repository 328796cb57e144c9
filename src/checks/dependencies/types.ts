import type { Pacer } from './pace.js';

/** Package ecosystems the dependencies check reads. */
export type Ecosystem = 'npm' | 'pypi' | 'go' | 'cargo' | 'rubygems';

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

/** One kind of dependency file: which paths it claims and how to read it. */
export interface DepFileType {
  ecosystem: Ecosystem;
  /** `manifest`: what the project asks for; `lockfile`: what was resolved. */
  kind: 'manifest' | 'lockfile';
  match(path: string): boolean;
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
  return text.split(/\r?\n/);
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
