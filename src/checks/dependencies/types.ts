/** Package ecosystems the dependencies check reads. */
export type Ecosystem = 'npm' | 'pypi' | 'go' | 'cargo' | 'rubygems';

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
}

/** One kind of dependency file: which paths it claims and how to read it. */
export interface DepFileType {
  ecosystem: Ecosystem;
  /** `manifest`: what the project asks for; `lockfile`: what was resolved. */
  kind: 'manifest' | 'lockfile';
  match(path: string): boolean;
  /** Throws with a message naming what is wrong when the file cannot be read. */
  parse(text: string): Dependency[];
}

/** 1-based number of the first line holding `needle`, for annotations on manifest entries. */
export function lineOf(text: string, needle: string | RegExp): number | undefined {
  const at = typeof needle === 'string' ? text.indexOf(needle) : text.search(needle);
  if (at < 0) return undefined;
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
