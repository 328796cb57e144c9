import { basename, type DepFile } from './types.js';

/**
 * Which paths are dependency files, by kind: the names alone, apart from the readers of their
 * formats (a dozen of them, most of the check's code), so that telling whether a path is one —
 * the release notes do, for every changed file — loads none of them. Each reader in this folder
 * takes its kind from here.
 */

/** A lockfile or manifest inside node_modules is a package's own, not the project's. */
const notVendored = (p: string) => !p.split('/').includes('node_modules');

/** A kind claiming the files of these names, wherever they are. */
const named = (ecosystem: DepFile['ecosystem'], kind: DepFile['kind'], ...names: string[]): DepFile => ({
  ecosystem,
  kind,
  match: (p) => names.includes(basename(p)),
});

export const DEP_FILE = {
  packageJson: {
    ecosystem: 'npm',
    kind: 'manifest',
    match: (p) => basename(p) === 'package.json' && notVendored(p),
  },
  packageLock: {
    ecosystem: 'npm',
    kind: 'lockfile',
    match: (p) => ['package-lock.json', 'npm-shrinkwrap.json'].includes(basename(p)) && notVendored(p),
  },
  pnpmLock: named('npm', 'lockfile', 'pnpm-lock.yaml'),
  yarnLock: named('npm', 'lockfile', 'yarn.lock'),
  bunLock: named('npm', 'lockfile', 'bun.lock'),
  requirementsTxt: {
    ecosystem: 'pypi',
    kind: 'manifest',
    match: (p) =>
      /^requirements.*\.(?:txt|in)$/.test(basename(p)) || /(?:^|\/)requirements\/[^/]+\.(?:txt|in)$/.test(p),
  },
  pyprojectToml: named('pypi', 'manifest', 'pyproject.toml'),
  pipfile: named('pypi', 'manifest', 'Pipfile'),
  pipfileLock: named('pypi', 'lockfile', 'Pipfile.lock'),
  poetryLock: named('pypi', 'lockfile', 'poetry.lock'),
  uvLock: named('pypi', 'lockfile', 'uv.lock'),
  pdmLock: named('pypi', 'lockfile', 'pdm.lock'),
  goMod: named('go', 'manifest', 'go.mod'),
  goSum: named('go', 'lockfile', 'go.sum'),
  cargoToml: named('cargo', 'manifest', 'Cargo.toml'),
  cargoLock: named('cargo', 'lockfile', 'Cargo.lock'),
  cargoConfig: {
    ecosystem: 'cargo',
    kind: 'manifest',
    match: (p) => /(?:^|\/)\.cargo\/config(?:\.toml)?$/.test(p),
  },
  gemfileLock: named('rubygems', 'lockfile', 'Gemfile.lock', 'gems.locked'),
} as const satisfies Readonly<Record<string, DepFile>>;

const KINDS: readonly DepFile[] = Object.values(DEP_FILE);

/** Whether the dependencies check reads the file at `path`. */
export function isDependencyFile(path: string): boolean {
  return KINDS.some((k) => k.match(path));
}
