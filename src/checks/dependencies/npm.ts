import { json, jsonKeyLines, SEP } from './json.js';
import { npmResolvedSource, npmSpecSource, tarballMismatch } from './sources.js';
import {
  basename,
  type Dependency,
  type DepFileType,
  type Directive,
  digestTable,
  entriesOf,
  isTable,
  oneLine,
  own,
  type Source,
  str,
} from './types.js';

export const SECTIONS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];

/**
 * Scripts npm runs by itself when a project or a package is installed (`npm install`, `npm ci`,
 * and for a git dependency `prepare` too): code that runs on every developer's machine and CI
 * runner before anything is reviewed or tested.
 */
export const INSTALL_HOOKS = [
  'preinstall',
  'install',
  'postinstall',
  'preprepare',
  'prepare',
  'postprepare',
  'dependencies',
];

const notVendored = (p: string) => !p.split('/').includes('node_modules');

export const packageJson: DepFileType = {
  ecosystem: 'npm',
  kind: 'manifest',
  match: (p) => basename(p) === 'package.json' && notVendored(p),
  async parse(text, pace) {
    const doc = json(text);
    const lines = await jsonKeyLines(text, 2, pace);
    const deps = new Map<string, Dependency>();
    for (const section of SECTIONS) {
      for (const [name, value] of entriesOf(own(doc, section))) {
        if (deps.has(name)) continue; // peer + dev of one package is one dependency
        const spec = typeof value === 'string' ? value : String(value);
        deps.set(name, {
          name,
          version: spec,
          direct: true,
          line: lines.get(`${section}${SEP}${name}`),
          source: npmSpecSource(spec),
        });
      }
    }
    const directives: Directive[] = [];
    const scripts = own(doc, 'scripts');
    for (const hook of INSTALL_HOOKS) {
      const cmd = str(scripts, hook);
      if (cmd === undefined) continue;
      directives.push({
        rule: 'installScripts',
        key: `scripts.${hook}`,
        value: cmd,
        text: `install script "${hook}": ${oneLine(cmd)}`,
        line: lines.get(`scripts${SEP}${hook}`),
      });
    }
    // Package managers that run no dependency's install scripts but those named here.
    directives.push(
      ...trustedDirectives(
        own(doc, 'trustedDependencies'),
        'trustedDependencies',
        lines.get('trustedDependencies'),
      ),
      ...trustedDirectives(
        own(own(doc, 'pnpm'), 'onlyBuiltDependencies'),
        'pnpm.onlyBuiltDependencies',
        lines.get(`pnpm${SEP}onlyBuiltDependencies`),
      ),
    );
    return { deps: [...deps.values()], directives };
  },
};

/** Packages that may run their install scripts: Bun and pnpm run no dependency's but these. */
export function trustedDirectives(list: unknown, where: string, line: number | undefined): Directive[] {
  if (!Array.isArray(list)) return [];
  return list
    .filter((n): n is string => typeof n === 'string')
    .map((name) => ({
      rule: 'installScripts' as const,
      key: `${where} ${name}`,
      value: '',
      text: `${where} "${name}" (its install scripts run)`,
      line,
    }));
}

/** `node_modules/a/node_modules/@s/b` → `@s/b`. */
function nameFromPath(key: string): string {
  const at = key.lastIndexOf('node_modules/');
  return key.slice(at + 'node_modules/'.length);
}

/** `sha512-abc sha1-def` → { sha512: 'abc', sha1: 'def' }. */
export function sriDigests(integrity: string | undefined): Record<string, string> | undefined {
  if (!integrity) return undefined;
  const out = digestTable();
  for (const part of integrity.trim().split(/\s+/)) {
    const dash = part.indexOf('-');
    if (dash > 0) out[part.slice(0, dash)] = part.slice(dash + 1);
  }
  return Object.keys(out).length ? out : undefined;
}

/** Where a lockfile's `resolved` points, checked against the name and version it is resolved for. */
export function lockSource(resolved: string | undefined, name: string, version: string): Source | undefined {
  if (!resolved) return undefined;
  const source = npmResolvedSource(resolved);
  return source?.kind === 'registry' ? (tarballMismatch(resolved, name, version) ?? source) : source;
}

export const packageLock: DepFileType = {
  ecosystem: 'npm',
  kind: 'lockfile',
  match: (p) => ['package-lock.json', 'npm-shrinkwrap.json'].includes(basename(p)) && notVendored(p),
  async parse(text, pace) {
    const doc = json(text);
    const lines = await jsonKeyLines(text, 2, pace);
    const out: Dependency[] = [];
    const packages = own(doc, 'packages');
    if (isTable(packages)) {
      // What the root and each workspace declare: their top-level copies are direct.
      const declared = new Set<string>();
      for (const [key, p] of Object.entries(packages))
        if (!key.includes('node_modules/'))
          for (const section of SECTIONS) for (const [name] of entriesOf(own(p, section))) declared.add(name);
      for (const [key, p] of Object.entries(packages)) {
        await pace.step();
        if (!key.includes('node_modules/') || !isTable(p)) continue;
        const link = own(p, 'link') === true;
        const resolved = str(p, 'resolved');
        const version = str(p, 'version') ?? (link ? `link:${resolved ?? ''}` : undefined);
        if (!version) continue;
        const path = nameFromPath(key);
        const topLevel = key.indexOf('node_modules/') === key.lastIndexOf('node_modules/');
        const name = str(p, 'name') ?? path;
        out.push({
          name,
          version,
          direct: topLevel && declared.has(path),
          line: lines.get(`packages${SEP}${key}`),
          source: link ? { kind: 'link', where: resolved ?? '' } : lockSource(resolved, name, version),
          digests: sriDigests(str(p, 'integrity')),
          installScript: own(p, 'hasInstallScript') === true || undefined,
        });
      }
      return { deps: out };
    }
    // lockfileVersion 1: nested `dependencies`; `version` holds the git or file spec itself.
    const walk = async (deps: unknown, top: boolean) => {
      for (const [name, d] of entriesOf(deps)) {
        await pace.step();
        const version = str(d, 'version');
        if (version) {
          const resolved = str(d, 'resolved');
          out.push({
            name,
            version,
            direct: false,
            line: top ? lines.get(`dependencies${SEP}${name}`) : undefined,
            source: resolved
              ? lockSource(resolved, name, version)
              : /^(?:git\+|[a-z]+:)|^[\w.-]+\/[\w.-]+#/.test(version)
                ? npmSpecSource(version)
                : undefined,
            digests: sriDigests(str(d, 'integrity')),
          });
        }
        await walk(own(d, 'dependencies'), false);
      }
    };
    await walk(own(doc, 'dependencies'), true);
    return { deps: out };
  },
};
