import type { Source } from './types.js';

/**
 * Hosts that serve one registry under several names: a lockfile moving between them moves
 * nowhere (yarn writes registry.yarnpkg.com for npm's registry; Cargo's git and sparse indexes
 * are both crates.io; PyPI's files live on files.pythonhosted.org).
 */
const SAME_REGISTRY = new Map([
  ['registry.yarnpkg.com', 'registry.npmjs.org'],
  ['registry.npmjs.com', 'registry.npmjs.org'],
  ['github.com/rust-lang/crates.io-index', 'crates.io'],
  ['index.crates.io', 'crates.io'],
  ['static.crates.io', 'crates.io'],
  ['pypi.python.org', 'pypi.org'],
  ['files.pythonhosted.org', 'pypi.org'],
  ['index.rubygems.org', 'rubygems.org'],
]);

export const registry = (where = ''): Source => ({ kind: 'registry', where });

/** The host of a URL (lower case, with its port), without userinfo; undefined when it is none. */
export function hostOf(url: string): string | undefined {
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#@]*@)?([^/?#:]+)(:\d+)?/i.exec(url.trim());
  if (!m) return undefined;
  const host = m[1]!.toLowerCase() + (m[2] ?? '');
  return SAME_REGISTRY.get(host) ?? host;
}

/** `host/path` of a URL without userinfo, query, fragment, trailing slash or `.git`. */
function hostPath(url: string): string | undefined {
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#@]*@)?([^/?#:]+)(?::\d+)?([^?#]*)/i.exec(url.trim());
  if (!m) return undefined;
  const path = m[2]!.replace(/\/+$/, '').replace(/\.git$/, '');
  return m[1]!.toLowerCase() + path;
}

/** A registry index URL (`https://pypi.example.com/simple/`) as a registry source. */
export function registryAt(url: string): Source {
  const full = hostPath(url);
  const host = hostOf(url);
  return registry((full && SAME_REGISTRY.get(full)) ?? host ?? url);
}

const GIT_HOSTS = new Map([
  ['github', 'github.com'],
  ['gitlab', 'gitlab.com'],
  ['bitbucket', 'bitbucket.org'],
]);

/**
 * A git repository as `host/owner/repo`: `git+https://user@github.com/a/b.git#sha`,
 * `git@github.com:a/b.git`, `github:a/b#main` and npm's `a/b` shorthand alike.
 */
export function gitWhere(spec: string): string {
  let s = spec.trim().replace(/^git\+/, '');
  const short = /^(github|gitlab|bitbucket):([^#]+)/.exec(s);
  if (short) return `${GIT_HOSTS.get(short[1]!)}/${repoPath(short[2]!)}`;
  s = s.replace(/#.*$/, '');
  if (s.includes('://')) {
    const url = hostPath(s);
    if (url) return repoPath(url);
  }
  // scp-like `git@host:owner/repo.git`
  const scp = /^(?:[^@/:]+@)?([^/:@]+\.[^/:@]+):(.+)$/.exec(s);
  if (scp) return `${scp[1]!.toLowerCase()}/${repoPath(scp[2]!)}`;
  // npm's `owner/repo` shorthand
  return `github.com/${repoPath(s)}`;
}

/** A repository path without pip's `@ref`, `.git` or a trailing slash. */
function repoPath(p: string): string {
  return p
    .replace(/@[^/]*$/, '')
    .replace(/\/+$/, '')
    .replace(/\.git$/, '');
}

export const git = (spec: string): Source => ({ kind: 'git', where: gitWhere(spec) });

/** An archive of code rather than a directory: unreviewable in the diff when it is added. */
export const ARCHIVE = /\.(?:tgz|tar\.gz|tar\.bz2|tar\.xz|tar|zip|whl|gem|crate|egg)$/i;

/** How a finding names a source. */
export function describeSource(s: Source): string {
  switch (s.kind) {
    case 'registry':
      return s.where ? `registry ${s.where}` : 'the default registry';
    case 'git':
      return `git ${s.where}`;
    case 'url':
      return `URL host ${s.where}`;
    case 'file':
      return s.where ? `file ${s.where}` : 'a local path';
    case 'link':
      return `link ${s.where}`;
    case 'alias':
      return `alias of ${s.where}`;
  }
}

/** Whether two sources are the same place; a default registry matches any registry host. */
export function sameSource(a: Source, b: Source): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'registry' && (!a.where || !b.where)) return true;
  return a.where === b.where;
}

/**
 * Whether a package added from this source is worth a look on its own: code from a git
 * repository, an arbitrary URL, or an archive file is not what a registry vetted and published.
 * A local directory (a workspace package) is code in this very diff.
 */
export function riskyWhenAdded(s: Source): boolean {
  return s.kind === 'git' || s.kind === 'url' || (s.kind === 'file' && ARCHIVE.test(s.where));
}

/**
 * An npm-style dependency spec (package.json, pnpm importers, yarn descriptors) as a source:
 * a semver range is the default registry.
 */
export function npmSpecSource(spec: string): Source {
  const s = spec.trim();
  if (s.startsWith('npm:')) {
    const target = s.slice(4);
    const at = target.lastIndexOf('@');
    return { kind: 'alias', where: at > 0 ? target.slice(0, at) : target };
  }
  if (/^(?:file):/.test(s)) return { kind: 'file', where: s.slice(5) };
  if (/^(?:link|portal):/.test(s)) return { kind: 'link', where: s.slice(s.indexOf(':') + 1) };
  if (/^workspace:/.test(s)) return { kind: 'link', where: 'workspace' };
  if (/^(?:git\+|git:|github:|gitlab:|bitbucket:)|^[^@:/\s]+@[^:/\s]+:|\.git(?:#|$)/.test(s)) return git(s);
  if (/^https?:\/\//i.test(s)) {
    if (/^https?:\/\/(?:www\.)?(?:github|gitlab)\.com\/[^/]+\/[^/#]+(?:#|$)/i.test(s)) return git(s);
    return { kind: 'url', where: hostOf(s) ?? s };
  }
  // `owner/repo` or `owner/repo#ref`: GitHub.
  if (/^[\w.-]+\/[\w.-]+(?:#.*)?$/.test(s)) return git(s);
  if (/^(?:\.{0,2}\/|~\/)/.test(s)) return { kind: 'file', where: s };
  return registry();
}

/**
 * An npm lockfile's `resolved` value: a tarball under `/-/` of a registry is that registry
 * (any host), other https URLs are URLs, `git+…` is git, `file:` local.
 */
export function npmResolvedSource(resolved: string): Source | undefined {
  const r = resolved.trim();
  if (/^(?:git\+|git:|ssh:)/.test(r)) return git(r);
  if (/^file:/.test(r)) return { kind: 'file', where: r.slice(5) };
  if (/^https?:\/\//i.test(r)) {
    if (/^https?:\/\/codeload\.github\.com\//i.test(r) || /\/archive\//.test(r))
      return { kind: 'url', where: hostOf(r)! };
    if (/\/-\/[^/]+\.tgz(?:[?#].*)?$/.test(r)) return registry(hostOf(r));
    return { kind: 'url', where: hostOf(r) ?? r };
  }
  return /^(?:\.{0,2}\/|~\/)|\//.test(r) ? { kind: 'file', where: r } : undefined;
}

/**
 * A registry tarball names its package and version (`…/@s/a/-/a-1.2.3.tgz`). A lockfile entry
 * whose tarball names another package, or another version, gets other code than it says: the
 * package it points to (an alias), so the change shows as a move. Undefined when it agrees.
 */
export function tarballMismatch(resolved: string, name: string, version: string): Source | undefined {
  const m = /^https?:\/\/[^/]+(\/[^?#]*)\/-\/([^?#]+)\.tgz(?:[?#].*)?$/i.exec(resolved.trim());
  if (!m) return undefined;
  let path: string;
  let file: string;
  try {
    path = decodeURIComponent(m[1]!);
    file = decodeURIComponent(m[2]!);
  } catch {
    return { kind: 'url', where: hostOf(resolved) ?? '' };
  }
  file = file.slice(file.lastIndexOf('/') + 1);
  const unscoped = name.slice(name.lastIndexOf('/') + 1);
  if (!path.endsWith(`/${name}`)) {
    const parts = path.split('/');
    const last = parts.pop() ?? '';
    const scope = parts.pop() ?? '';
    return { kind: 'alias', where: scope.startsWith('@') ? `${scope}/${last}` : last };
  }
  if (/^\d/.test(version) && file !== `${unscoped}-${version}`)
    return { kind: 'alias', where: `${name}@${file.slice(unscoped.length + 1)}` };
  return undefined;
}
