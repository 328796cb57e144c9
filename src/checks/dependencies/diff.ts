import type { Pacer } from './pace.js';
import { riskyWhenAdded, sameSource } from './sources.js';
import type { Dependency, Directive, Source } from './types.js';
import { compareVersions, crossesMajor, firstVersion } from './versions.js';

export type ChangeKind = 'added' | 'removed' | 'upgraded' | 'downgraded' | 'changed';

export interface DepDelta {
  name: string;
  /** `changed`: versions that cannot be ordered, or the same version resolved differently. */
  kind: ChangeKind;
  from?: string;
  to?: string;
  direct: boolean;
  /** Line of the entry in the head revision. */
  line?: number;
  /** The declared requirement in head (for the pinning policy). */
  spec?: string;
  /** An upgrade across a major version. */
  major?: boolean;
  /** It resolves from somewhere it did not (`from` absent: a new package from a risky place). */
  moved?: { version: string; from?: Source; to: Source; line?: number };
  /** A version kept its number but not its code: which digest (algorithm or file) disagrees. */
  tampered?: { version: string; what: string; line?: number };
  /** A version runs code when installed, where no version in base did. */
  installScript?: { version: string; line?: number };
}

/** A directive of head that base did not have, or had with another value (`was`). */
export interface DirectiveDelta extends Directive {
  was?: string;
}

/**
 * Public registries every lockfile may use: a package from one of them is never "from a new
 * registry", even in a lockfile the change adds.
 */
const PUBLIC_REGISTRIES = new Set(['registry.npmjs.org', 'pypi.org', 'crates.io', 'rubygems.org']);

function group(deps: Dependency[]): Map<string, Dependency[]> {
  const m = new Map<string, Dependency[]>();
  for (const d of deps) {
    const list = m.get(d.name);
    if (list) list.push(d);
    else m.set(d.name, [d]);
  }
  return m;
}

/** Orders two versions or requirements; undefined when they cannot be ordered. */
function order(a: string, b: string): number | undefined {
  // A git ref, a URL or a path holds digits that are no version.
  if (/[:/#]/.test(a) || /[:/#]/.test(b)) return undefined;
  const x = firstVersion(a);
  const y = firstVersion(b);
  return x && y ? compareVersions(x, y) : undefined;
}

const sorted = (s: Set<string>) => (s.size === 1 ? [...s] : [...s].sort(compareVersions));
const list = (s: Set<string>) => sorted(s).join(', ');
const highest = (s: Set<string>) => sorted(s).pop() ?? '';

/** A folder of the repository (a workspace package, a local path): not an archive. */
const isLocal = (s: Source) => (s.kind === 'file' || s.kind === 'link') && !riskyWhenAdded(s);

function movedTo(hs: Dependency[], bs: Dependency[], hosts: Set<string>): DepDelta['moved'] {
  const known = bs.filter((b) => b.source);
  for (const d of hs) {
    if (!d.source) continue;
    if (bs.length === 0) {
      const newHost = d.source.kind === 'registry' && d.source.where !== '' && !hosts.has(d.source.where);
      if (!d.local && (riskyWhenAdded(d.source) || newHost))
        return { version: d.version, to: d.source, line: d.line };
      continue;
    }
    if (!known.length || known.some((b) => sameSource(b.source!, d.source!))) continue;
    // From one folder of the repository to another: code in this diff either way.
    if (isLocal(d.source) && known.every((b) => isLocal(b.source!))) continue;
    return { version: d.version, from: known[0]!.source, to: d.source, line: d.line };
  }
  return undefined;
}

/** Which digest of the same version differs between two entries, if any. */
function digestConflict(a: Dependency, b: Dependency): string | undefined {
  if (a.digests && b.digests)
    for (const [k, v] of Object.entries(b.digests))
      if (Object.hasOwn(a.digests, k) && a.digests[k] !== v) return k;
  if (a.hashes?.length && b.hashes?.length && !b.hashes.some((h) => a.hashes!.includes(h))) return 'hashes';
  return undefined;
}

function tamperedIn(hs: Dependency[], bs: Dependency[]): DepDelta['tampered'] {
  for (const d of hs)
    for (const b of bs) {
      if (b.version !== d.version) continue;
      // Another source is reported as a move; digests of two places do not compare.
      if (d.source && b.source && !sameSource(d.source, b.source)) continue;
      const what = digestConflict(b, d);
      if (what) return { version: d.version, what, line: d.line };
    }
  return undefined;
}

function scriptsGained(hs: Dependency[], bs: Dependency[]): DepDelta['installScript'] {
  if (bs.some((b) => b.installScript)) return undefined;
  const d = hs.find((h) => h.installScript);
  return d ? { version: d.version, line: d.line } : undefined;
}

const byName = (x: DepDelta, y: DepDelta) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0);

/**
 * What changed between two parses of one dependency file: versions, and where a version's code
 * comes from. One pass over each side, grouped by name (linear in the packages).
 */
export async function diffDeps(base: Dependency[], head: Dependency[], pace: Pacer): Promise<DepDelta[]> {
  const b = group(base);
  const h = group(head);
  const hosts = new Set(PUBLIC_REGISTRIES);
  for (const d of base) if (d.source?.kind === 'registry' && d.source.where) hosts.add(d.source.where);
  const out: DepDelta[] = [];
  for (const [name, hs] of h) {
    // A package costs what a few dozen lines of a lockfile do.
    await pace.step(20);
    const bs = b.get(name) ?? [];
    if (hs.every((d) => d.local) && bs.every((d) => d.local)) continue;
    const first = hs[0]!;
    const to = new Set(hs.map((d) => d.version));
    const from = new Set(bs.map((d) => d.version));
    let kind: ChangeKind | undefined;
    if (bs.length === 0) kind = 'added';
    else {
      const gone = [...from].filter((v) => !to.has(v));
      const fresh = [...to].filter((v) => !from.has(v));
      if (gone.length || fresh.length) {
        kind = 'changed';
        if (gone.length && fresh.length) {
          const cmp = gone.flatMap((g) => fresh.map((f) => order(g, f)));
          if (cmp.every((c) => c !== undefined && c < 0)) kind = 'upgraded';
          else if (cmp.every((c) => c !== undefined && c > 0)) kind = 'downgraded';
        }
      }
    }
    const moved = movedTo(hs, bs, hosts);
    const tampered = tamperedIn(hs, bs);
    const installScript = scriptsGained(hs, bs);
    if (!kind && !moved && !tampered && !installScript) continue;
    out.push({
      name,
      kind: kind ?? 'changed',
      ...(bs.length ? { from: list(from) } : {}),
      to: list(to),
      direct: hs.some((d) => d.direct) || bs.some((d) => d.direct),
      line: first.line,
      spec: first.spec ?? first.version,
      ...(kind === 'upgraded' && crossesMajor(highest(from), highest(to)) ? { major: true } : {}),
      ...(moved ? { moved } : {}),
      ...(tampered ? { tampered } : {}),
      ...(installScript ? { installScript } : {}),
    });
  }
  for (const [name, bs] of b) {
    await pace.step();
    if (h.has(name) || bs.every((d) => d.local)) continue;
    out.push({
      name,
      kind: 'removed',
      from: list(new Set(bs.map((d) => d.version))),
      direct: bs.some((d) => d.direct),
    });
  }
  return out.sort(byName);
}

/** Directives of head that base did not have with the same value. */
export function diffDirectives(base: Directive[], head: Directive[]): DirectiveDelta[] {
  const before = new Map<string, Set<string>>();
  for (const d of base) {
    const values = before.get(d.key);
    if (values) values.add(d.value);
    else before.set(d.key, new Set([d.value]));
  }
  const out: DirectiveDelta[] = [];
  for (const d of head) {
    const values = before.get(d.key);
    if (values?.has(d.value)) continue;
    out.push(values ? { ...d, was: [...values][0] } : d);
  }
  return out;
}
