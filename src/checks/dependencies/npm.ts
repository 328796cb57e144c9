import { DEP_FILE } from './files.js';
import { json, jsonKeyLines, SEP } from './json.js';
import { LockEntry } from './lockEntry.js';
import { MemberKeyLines } from './memberLines.js';
import type { Pacer } from './pace.js';
import { npmResolvedSource, npmSpecSource, registry, tarballMismatch } from './sources.js';
import {
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

export const packageJson: DepFileType = {
  ...DEP_FILE.packageJson,
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

const NPM_REGISTRY = 'registry.npmjs.org';
const NPM_TARBALLS = `https://${NPM_REGISTRY}/`;
/** A name and a version a tarball URL holds as they are: nothing to decode, no `?`, `#` or `/-/`. */
const PLAIN_NAME = /^(?:@[\w.-]+\/)?[\w.-]+$/;
const PLAIN_VERSION = /^\d[\w.+-]*$/;

/**
 * Whether `resolved` is npm's own tarball of this name and version,
 * `https://registry.npmjs.org/<name>/-/<unscoped name>-<version>.tgz`, what nearly every entry of
 * a lockfile holds: the public registry, no alias, and nothing the general reading would find.
 * Compared in place, without taking the URL apart.
 */
function ownTarball(resolved: string, name: string, version: string): boolean {
  if (!resolved.startsWith(NPM_TARBALLS) || !resolved.endsWith('.tgz')) return false;
  const unscoped = name.slice(name.lastIndexOf('/') + 1);
  let at = NPM_TARBALLS.length;
  if (!resolved.startsWith(name, at)) return false;
  at += name.length;
  if (!resolved.startsWith('/-/', at)) return false;
  at += 3;
  if (!resolved.startsWith(unscoped, at) || resolved.charCodeAt(at + unscoped.length) !== 0x2d /* - */)
    return false;
  at += unscoped.length + 1;
  return (
    resolved.startsWith(version, at) &&
    at + version.length + '.tgz'.length === resolved.length &&
    // `…/archive/…` is read as a URL of its own, whatever host serves it.
    unscoped !== 'archive' &&
    PLAIN_NAME.test(name) &&
    PLAIN_VERSION.test(version)
  );
}

/** Where a lockfile's `resolved` points, checked against the name and version it is resolved for. */
export function lockSource(resolved: string | undefined, name: string, version: string): Source | undefined {
  if (!resolved) return undefined;
  if (ownTarball(resolved, name, version)) return registry(NPM_REGISTRY);
  const source = npmResolvedSource(resolved);
  return source?.kind === 'registry' ? (tarballMismatch(resolved, name, version) ?? source) : source;
}

/** An npm lockfile entry: where it comes from and its digests are read when asked for. */
class PackageLockEntry extends LockEntry {
  constructor(
    name: string,
    version: string,
    direct: boolean,
    /** Lines of the keys of `packages` (or, in lockfileVersion 1, of the top `dependencies`). */
    private readonly lines: MemberKeyLines,
    /** The entry's place among those keys; undefined for a nested entry of lockfileVersion 1. */
    private readonly place: number | undefined,
    private readonly resolved: string | undefined,
    private readonly integrity: string | undefined,
    private readonly link: boolean,
    /** lockfileVersion 1, where `version` holds a git or file spec itself. */
    private readonly v1: boolean,
    readonly installScript: true | undefined,
  ) {
    super(name, version, direct);
  }

  get line(): number | undefined {
    return this.place === undefined ? undefined : this.lines.line(this.place);
  }

  findLine(pace: Pacer): Promise<void> | undefined {
    return this.place === undefined ? undefined : this.lines.find(pace);
  }

  sameAs(other: Dependency): boolean {
    return (
      other instanceof PackageLockEntry &&
      other.version === this.version &&
      other.resolved === this.resolved &&
      other.integrity === this.integrity &&
      other.link === this.link &&
      other.v1 === this.v1 &&
      other.installScript === this.installScript
    );
  }

  protected readSource(): Source | undefined {
    const { resolved, name, version } = this;
    if (this.link) return { kind: 'link', where: resolved ?? '' };
    if (resolved) return lockSource(resolved, name, version);
    return this.v1 && /^(?:git\+|[a-z]+:)|^[\w.-]+\/[\w.-]+#/.test(version)
      ? npmSpecSource(version)
      : undefined;
  }

  protected readDigests(): Record<string, string> | undefined {
    return sriDigests(this.integrity);
  }
}

const NODE_MODULES = 'node_modules/';

export const packageLock: DepFileType = {
  ...DEP_FILE.packageLock,
  async parse(text, pace) {
    const doc = json(text);
    const out: Dependency[] = [];
    const packages = own(doc, 'packages');
    if (isTable(packages)) {
      const keys = Object.keys(packages);
      // Lines are found only for the entries a change names.
      const lines = new MemberKeyLines(text, 'packages', keys);
      // What the root and each workspace declare: their top-level copies are direct.
      const declared = new Set<string>();
      for (const key of keys)
        if (!key.includes(NODE_MODULES))
          for (const section of SECTIONS)
            for (const name of keysOf(own(packages[key], section))) declared.add(name);
      for (let place = 0; place < keys.length; place++) {
        if (pace.due()) await pace.turn();
        const key = keys[place]!;
        const at = key.lastIndexOf(NODE_MODULES);
        const p = packages[key];
        if (at < 0 || !isTable(p)) continue;
        const link = own(p, 'link') === true;
        const resolved = str(p, 'resolved');
        const version = str(p, 'version') ?? (link ? `link:${resolved ?? ''}` : undefined);
        if (!version) continue;
        // `node_modules/a/node_modules/@s/b` → `@s/b`
        const path = key.slice(at + NODE_MODULES.length);
        const topLevel = key.indexOf(NODE_MODULES) === at;
        out.push(
          new PackageLockEntry(
            str(p, 'name') ?? path,
            version,
            topLevel && declared.has(path),
            lines,
            place,
            resolved,
            str(p, 'integrity'),
            link,
            false,
            own(p, 'hasInstallScript') === true || undefined,
          ),
        );
      }
      return { deps: out };
    }
    // lockfileVersion 1: nested `dependencies`; `version` holds the git or file spec itself.
    const top = own(doc, 'dependencies');
    const lines = new MemberKeyLines(text, 'dependencies', keysOf(top));
    const walk = async (deps: unknown, nested: boolean) => {
      const entries = entriesOf(deps);
      for (let place = 0; place < entries.length; place++) {
        await pace.step();
        const [name, d] = entries[place]!;
        const version = str(d, 'version');
        if (version)
          out.push(
            new PackageLockEntry(
              name,
              version,
              false,
              lines,
              nested ? undefined : place,
              str(d, 'resolved'),
              str(d, 'integrity'),
              false,
              true,
              undefined,
            ),
          );
        await walk(own(d, 'dependencies'), true);
      }
    };
    await walk(top, false);
    return { deps: out };
  },
};

/** A table's own keys; anything else has none. */
function keysOf(v: unknown): string[] {
  return isTable(v) ? Object.keys(v) : [];
}
