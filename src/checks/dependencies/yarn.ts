import { lockSource, sriDigests } from './npm.js';
import { git, hostOf, npmResolvedSource, npmSpecSource, registry } from './sources.js';
import { basename, type Dependency, type DepFileType, digestTable, linesOf, type Source } from './types.js';

interface Entry {
  names: string[];
  /** The range each descriptor asked for (`^1.0.0`, `npm:^1.0.0`, `file:../x`). */
  ranges: string[];
  line: number;
  fields: Map<string, string>;
  /** Names listed under a workspace entry's `dependencies:` (berry). */
  children: string[];
  workspace: boolean;
}

const unquote = (s: string) => s.trim().replace(/^"|"$/g, '');

/** `"@s/a@npm:^1.0.0"` → name `@s/a`, range `npm:^1.0.0`. */
function descriptor(d: string): { name: string; range: string } | undefined {
  const at = d.indexOf('@', 1);
  if (at <= 0) return undefined;
  return { name: d.slice(0, at), range: d.slice(at + 1) };
}

/** A berry `resolution:` (`a@npm:1.0.0`, `a@https://…`, `a@git+…#commit=…`) as a source. */
function berrySource(resolution: string): Source | undefined {
  const d = descriptor(resolution);
  if (!d) return undefined;
  const r = d.range;
  if (r.startsWith('npm:')) return registry();
  if (/^(?:workspace|link|portal):/.test(r)) return { kind: 'link', where: r.slice(r.indexOf(':') + 1) };
  if (r.startsWith('file:')) return { kind: 'file', where: r.slice(5).replace(/#.*$/, '') };
  if (/^git[+:]|^ssh:|#commit=|\.git#/.test(r)) return git(r);
  if (/^https?:/.test(r)) return { kind: 'url', where: hostOf(r) ?? r };
  return undefined;
}

/** Digests of a berry `checksum:` (`10c0/<hex>`, or `<hex>` under `cacheKey`). */
function berryDigests(checksum: string | undefined, cacheKey: string): Record<string, string> | undefined {
  if (!checksum) return undefined;
  const out = digestTable();
  const slash = checksum.indexOf('/');
  // The cache key changes every checksum at once: it is part of the key, so a new one compares nothing.
  if (slash > 0) out[`checksum ${checksum.slice(0, slash)}`] = checksum.slice(slash + 1);
  else out[`checksum ${cacheKey}`] = checksum;
  return out;
}

/**
 * yarn.lock, classic (v1: `version "1.0.0"`, `resolved`, `integrity`) and berry (YAML:
 * `version:`, `resolution:`, `checksum:`; workspaces as `app@workspace:.` entries whose
 * `dependencies:` are what the project declares).
 */
export const yarnLock: DepFileType = {
  ecosystem: 'npm',
  kind: 'lockfile',
  match: (p) => basename(p) === 'yarn.lock',
  async parse(text, pace) {
    const entries: Entry[] = [];
    let cur: Entry | undefined;
    let inChildren = false;
    let cacheKey = '';
    let inMetadata = false;
    let berry = false;
    const lines = linesOf(text);
    for (let i = 0; i < lines.length; i++) {
      await pace.step();
      const line = lines[i]!;
      if (!line.trim() || line.startsWith('#')) continue;
      if (!line.startsWith(' ')) {
        cur = undefined;
        inChildren = false;
        inMetadata = line.startsWith('__metadata:');
        if (inMetadata) {
          berry = true;
          continue;
        }
        // `"@s/a@^1.0.0", "@s/a@~1.1":` (v1) or `"@s/a@npm:^1.0.0, @s/a@npm:^1.1.0":` (berry)
        const ds = line
          .replace(/:\s*$/, '')
          .split(/,\s*/)
          .map(unquote)
          .map(descriptor)
          .filter((d): d is { name: string; range: string } => d !== undefined);
        // A patch of a package is the package again, resolved through its own entry.
        const kept = ds.filter((d) => !d.range.startsWith('patch:'));
        if (!kept.length) continue;
        cur = {
          names: [...new Set(kept.map((d) => d.name))],
          ranges: kept.map((d) => d.range),
          line: i + 1,
          fields: new Map(),
          children: [],
          workspace: kept.some((d) => d.range.startsWith('workspace:')),
        };
        entries.push(cur);
        continue;
      }
      if (inMetadata) {
        const m = /^ {2}cacheKey:\s*"?([^"\s]+)"?/.exec(line);
        if (m) cacheKey = m[1]!;
        continue;
      }
      if (!cur) continue;
      const field = /^ {2}([A-Za-z]+):?(?:\s+(.*))?$/.exec(line);
      if (field) {
        inChildren = field[1] === 'dependencies' && field[2] === undefined;
        if (field[2] !== undefined) cur.fields.set(field[1]!, unquote(field[2]));
        continue;
      }
      if (inChildren && cur.workspace) {
        const child = /^ {4}("?)(.+?)\1:?\s/.exec(line);
        if (child) cur.children.push(child[2]!);
      }
    }

    const direct = new Set(entries.filter((e) => e.workspace).flatMap((e) => e.children));
    const out: Dependency[] = [];
    for (const e of entries) {
      await pace.step();
      if (e.workspace) continue;
      const version = e.fields.get('version');
      if (!version) continue;
      const resolution = e.fields.get('resolution');
      const resolved = e.fields.get('resolved');
      let source: Source | undefined;
      let digests: Record<string, string> | undefined;
      if (berry) {
        source = berrySource(resolution ?? `${e.names[0]}@${e.ranges[0] ?? ''}`);
        digests = berryDigests(e.fields.get('checksum'), cacheKey);
      } else {
        // An alias (`a@npm:b@^1`) resolves to another package's tarball by design.
        const alias = (e.ranges[0] ?? '').startsWith('npm:');
        source = resolved
          ? alias
            ? npmResolvedSource(resolved)
            : lockSource(resolved, e.names[0]!, version)
          : npmSpecSource(e.ranges[0] ?? '');

        digests = sriDigests(e.fields.get('integrity'));
        // Before `integrity`, the tarball's sha1 was the fragment of `resolved`.
        const sha1 = /#([0-9a-f]{40})$/.exec(resolved ?? '')?.[1];
        if (sha1 && source?.kind !== 'git') {
          digests ??= digestTable();
          digests['resolved sha1'] = sha1;
        }
      }
      for (const name of e.names)
        out.push({ name, version, direct: direct.has(name), line: e.line, source, digests });
    }
    return { deps: out };
  },
};
