import { DEP_FILE } from './files.js';
import { LockEntry } from './lockEntry.js';
import { sriDigests } from './npm.js';
import { git, npmResolvedSource, npmSpecSource, registry } from './sources.js';
import { type Dependency, type DepFileType, type Source } from './types.js';
import { flowMap, readYamlBlocks } from './yamlBlocks.js';

const DEP_SECTIONS = new Set(['dependencies', 'devDependencies', 'optionalDependencies']);

interface Entry {
  key: string;
  line: number;
  name?: string;
  version?: string;
  /** Made when the entry has one: most have it as one flow map. */
  resolution?: Map<string, string>;
  requiresBuild?: boolean;
  optional?: boolean;
}

interface Declared {
  name: string;
  version?: string;
  line: number;
}

/**
 * A `packages:` key as name and version, by lockfile version: `@s/a@1.0.0` (v9),
 * `/@s/a@1.0.0(react@18.0.0)` (v6–v8), `/@s/a/1.0.0_react@18.0.0` (v5).
 */
function splitKey(key: string, major: number): { name: string; version: string } | undefined {
  let k = key.startsWith('/') ? key.slice(1) : key;
  const paren = k.indexOf('(');
  if (paren > 0) k = k.slice(0, paren);
  if (major >= 6) {
    const at = k.indexOf('@', 1);
    return at > 0 ? { name: k.slice(0, at), version: k.slice(at + 1) } : undefined;
  }
  const m = /^(.+)\/([^/]+)$/.exec(k);
  return m ? { name: m[1]!, version: m[2]!.replace(/_.*$/, '') } : undefined;
}

/** What a `resolution:` says about where the package comes from. */
function resolutionSource(r: Map<string, string>, version: string): Source | undefined {
  const tarball = r.get('tarball');
  if (r.get('type') === 'git' || r.has('commit')) return git(r.get('repo') ?? '');
  if (r.get('type') === 'directory' || r.has('directory'))
    return { kind: 'file', where: r.get('directory') ?? '' };
  // pnpm writes a tarball only where the registry would not give it: always a place of its own.
  if (tarball) {
    const s = npmResolvedSource(tarball);
    return s?.kind === 'registry' ? { kind: 'url', where: s.where } : s;
  }
  if (/^(?:https?|git\+|file|link):/.test(version)) return npmSpecSource(version);
  return r.has('integrity') ? registry() : undefined;
}

/** A `packages:` entry: where it comes from and its digests, read from its `resolution` when asked for. */
class PnpmEntry extends LockEntry {
  constructor(
    name: string,
    version: string,
    direct: boolean,
    readonly line: number,
    private readonly resolution: Map<string, string>,
    readonly installScript: true | undefined,
  ) {
    super(name, version, direct);
  }

  sameAs(other: Dependency): boolean {
    if (
      !(other instanceof PnpmEntry) ||
      other.version !== this.version ||
      other.installScript !== this.installScript ||
      other.resolution.size !== this.resolution.size
    )
      return false;
    for (const [k, v] of this.resolution) if (other.resolution.get(k) !== v) return false;
    return true;
  }

  protected readSource(): Source | undefined {
    return resolutionSource(this.resolution, this.version);
  }

  protected readDigests(): Record<string, string> | undefined {
    return sriDigests(this.resolution.get('integrity'));
  }
}

/**
 * pnpm-lock.yaml (v5 to v9, one or several documents): `packages:` for what is resolved (its
 * `resolution` tells where from, its `requiresBuild` whether it runs install scripts), and the
 * importers (or, in a single-project v5/v6 lockfile, the top-level sections) for what the
 * project declares, which is direct.
 */
export const pnpmLock: DepFileType = {
  ...DEP_FILE.pnpmLock,
  async parse(text, pace) {
    let major = 9;
    const entries = new Map<string, Entry>();
    const declared = new Map<string, Declared>();
    let current: Entry | undefined;
    await readYamlBlocks(text, pace, ({ path, value, line }) => {
      const [top, second, third] = path;
      if (path.length === 1 && top === 'lockfileVersion' && value !== undefined) {
        const v = Number.parseFloat(value);
        if (Number.isFinite(v)) major = Math.floor(v);
        return;
      }
      if (top === 'packages') {
        if (path.length === 2) {
          current = { key: second!, line };
          entries.set(second!, current);
          return;
        }
        if (!current || current.key !== second) return;
        if (path.length === 3) {
          if (third === 'resolution' && value !== undefined) current.resolution = flowMap(value, line);
          else if (third === 'requiresBuild') current.requiresBuild = value === 'true';
          else if (third === 'optional') current.optional = value === 'true';
          else if (third === 'name' && value) current.name = value;
          else if (third === 'version' && value) current.version = value;
        } else if (path.length === 4 && third === 'resolution' && value !== undefined)
          (current.resolution ??= new Map()).set(path[3]!, value);
        return;
      }
      // importers.<dir>.<section>.<name>[.version] (v6+), or <section>.<name>[.version] at the top
      const at = top === 'importers' ? 2 : 0;
      const section = path[at];
      if (!section || !DEP_SECTIONS.has(section) || path.length < at + 2) return;
      const name = path[at + 1]!;
      const id = `${at ? second : '.'}\u0000${section}\u0000${name}`;
      if (path.length === at + 2) {
        declared.set(id, { name, line, version: value });
      } else if (path.length === at + 3 && path[at + 2] === 'version' && value !== undefined) {
        const d = declared.get(id);
        if (d) d.version = value;
      }
    });

    const direct = new Set<string>();
    for (const d of declared.values()) direct.add(d.name);
    const out: Dependency[] = [];
    for (const e of entries.values()) {
      if (pace.due()) await pace.turn();
      const fromKey = splitKey(e.key, major);
      const name = e.name ?? fromKey?.name;
      const version = e.version ?? fromKey?.version;
      if (!name || !version) continue;
      out.push(
        new PnpmEntry(
          name,
          version,
          direct.has(name),
          e.line,
          e.resolution ?? new Map(),
          // pnpm cannot tell for an optional platform package it did not fetch, and says "true".
          (e.requiresBuild && !e.optional) || undefined,
        ),
      );
    }
    // A workspace package or a local folder has no `packages:` entry: the importer says where.
    for (const d of declared.values())
      if (d.version && /^(?:link|file):/.test(d.version))
        out.push({
          name: d.name,
          version: d.version,
          direct: true,
          line: d.line,
          source: npmSpecSource(d.version),
        });
    return { deps: out };
  },
};
