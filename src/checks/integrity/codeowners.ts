import picomatch from 'picomatch';

/** Where GitHub looks for CODEOWNERS, in its order: the first that exists is used. */
export const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];

/** A CODEOWNERS pattern (gitignore-like) as globs: anchored when it has a slash, else anywhere. */
function globsOf(pattern: string): string[] {
  let p = pattern;
  const anchored = p.startsWith('/') || p.slice(0, -1).includes('/');
  p = p.replace(/^\//, '');
  const dir = p.endsWith('/');
  p = p.replace(/\/$/, '');
  const base = anchored ? p : `**/${p}`;
  // A pattern naming a directory owns everything under it.
  return dir ? [`${base}/**`] : [base, `${base}/**`];
}

/**
 * The owners of a path: the last matching line wins, as on GitHub. Owners are `@user`,
 * `@org/team` (emails cannot be matched to reviewers and are left out). A line with a pattern
 * and no owner makes the path unowned.
 */
export function ownersOf(text: string, file: string): string[] {
  let owners: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) continue;
    const [pattern, ...rest] = line.split(/\s+/);
    if (!pattern) continue;
    const match = picomatch(globsOf(pattern), { dot: true });
    if (match(file)) owners = rest.filter((o) => o.startsWith('@'));
  }
  return owners;
}
