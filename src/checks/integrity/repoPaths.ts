import path from 'node:path';

/**
 * A path of the repository: `rel` read in `dir`, or undefined when it leaves the repository (an
 * absolute `rel` names a place on the machine, never one of the repository's files).
 */
export function inRepository(dir: string, rel: string): string | undefined {
  if (rel.startsWith('/')) return undefined;
  const file = path.posix.normalize(path.posix.join(dir, rel)).replace(/\/$/, '');
  if (file === '.' || file === '..' || file.startsWith('../') || file.startsWith('/')) return undefined;
  return file;
}

/** The directory of a path of the repository, '' at its root. */
export const dirOf = (file: string): string =>
  path.posix.dirname(file) === '.' ? '' : path.posix.dirname(file);
