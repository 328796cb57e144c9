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

/** The entries of one name on one side: most names have one, kept without a list of its own. */
type Entries = Dependency | Dependency[];

const add = (e: Entries | undefined, d: Dependency): Entries =>
  e === undefined ? d : Array.isArray(e) ? (e.push(d), e) : [e, d];

/** One name's entries in base and in head. */
interface Pair {
  name: string;
  base: Entries | undefined;
  head: Entries | undefined;
}

/**
 * Both sides' entries by name, in one table: a large lockfile has thousands of names, and each
 * is looked up once per entry rather than grouped per side and looked up again across.
 */
function pairs(base: Dependency[], head: Dependency[]): Pair[] {
  const byName = new Map<string, Pair>();
  const out: Pair[] = [];
  for (const d of base) {
    const p = byName.get(d.name);
    if (p) p.base = add(p.base, d);
    else {
      const fresh: Pair = { name: d.name, base: d, head: undefined };
      byName.set(d.name, fresh);
      out.push(fresh);
    }
  }
  for (const d of head) {
    const p = byName.get(d.name);
    if (p) p.head = add(p.head, d);
    else {
      const fresh: Pair = { name: d.name, base: undefined, head: d };
      byName.set(d.name, fresh);
      out.push(fresh);
    }
  }
  return out;
}

const listOf = (e: Entries | undefined): Dependency[] => (e === undefined ? [] : Array.isArray(e) ? e : [e]);

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

/** A finding's detail with the entry whose line it names, found once the finding is certain. */
type At<T> = Omit<T, 'line'> & { at: Dependency };

function movedTo(
  hs: Dependency[],
  bs: Dependency[],
  knownHost: (where: string) => boolean,
): At<NonNullable<DepDelta['moved']>> | undefined {
  const known = bs.filter((b) => b.source);
  for (const d of hs) {
    const source = d.source;
    if (!source) continue;
    if (bs.length === 0) {
      const newHost = source.kind === 'registry' && source.where !== '' && !knownHost(source.where);
      if (!d.local && (riskyWhenAdded(source) || newHost)) return { version: d.version, to: source, at: d };
      continue;
    }
    if (!known.length || known.some((b) => sameSource(b.source!, source))) continue;
    // From one folder of the repository to another: code in this diff either way.
    if (isLocal(source) && known.every((b) => isLocal(b.source!))) continue;
    return { version: d.version, from: known[0]!.source, to: source, at: d };
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

function tamperedIn(hs: Dependency[], bs: Dependency[]): At<NonNullable<DepDelta['tampered']>> | undefined {
  for (const d of hs)
    for (const b of bs) {
      if (b.version !== d.version) continue;
      // Another source is reported as a move; digests of two places do not compare.
      if (d.source && b.source && !sameSource(d.source, b.source)) continue;
      const what = digestConflict(b, d);
      if (what) return { version: d.version, what, at: d };
    }
  return undefined;
}

function scriptsGained(hs: Dependency[], bs: Dependency[]): Dependency | undefined {
  if (bs.some((b) => b.installScript)) return undefined;
  return hs.find((h) => h.installScript);
}

/** Two entries of one name read from the same values (see `Dependency.sameAs`). */
const alike = (a: Dependency, b: Dependency) => a.version === b.version && a.sameAs?.(b) === true;

/**
 * Whether a name's entries are the same in base and head, entry for entry: then no version
 * changed, and every entry of head meets its twin of base with the same source, digests and
 * install scripts, so there is nothing to find and neither side's sources or digests are read.
 * Two entries of one version that differ within a side would still be compared with each other
 * (as a rewritten digest), so such a name takes the full comparison.
 */
function unchanged(h: Entries, b: Entries | undefined): boolean {
  if (b === undefined) return false;
  if (!Array.isArray(h) || !Array.isArray(b)) return !Array.isArray(h) && !Array.isArray(b) && alike(h, b);
  const hs = h;
  const bs = b;
  if (hs.length !== bs.length) return false;
  for (let i = 0; i < hs.length; i++) if (!alike(hs[i]!, bs[i]!)) return false;
  for (let i = 1; i < hs.length; i++)
    for (let j = 0; j < i; j++) if (hs[i]!.version === hs[j]!.version && !alike(hs[i]!, hs[j]!)) return false;
  return true;
}

const byName = (x: DepDelta, y: DepDelta) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0);

/**
 * What changed between two parses of one dependency file: versions, and where a version's code
 * comes from. One pass over each side, grouped by name (linear in the packages); a name whose
 * entries are alike on both sides is passed over without reading them further.
 */
export async function diffDeps(base: Dependency[], head: Dependency[], pace: Pacer): Promise<DepDelta[]> {
  const table = pairs(base, head);
  // The registries base uses: read only for a package added from a registry not public.
  let hosts: Set<string> | undefined;
  const knownHost = (where: string) => {
    if (PUBLIC_REGISTRIES.has(where)) return true;
    if (!hosts) {
      hosts = new Set();
      for (const d of base) if (d.source?.kind === 'registry' && d.source.where) hosts.add(d.source.where);
    }
    return hosts.has(where);
  };
  const out: DepDelta[] = [];
  for (const { name, base: had, head: entries } of table) {
    if (entries === undefined) {
      if (pace.due()) await pace.turn();
      const bs = listOf(had);
      if (bs.every((d) => d.local)) continue;
      out.push({
        name,
        kind: 'removed',
        from: list(new Set(bs.map((d) => d.version))),
        direct: bs.some((d) => d.direct),
      });
      continue;
    }
    // A package costs what a few dozen lines of a lockfile do.
    if (pace.due(20)) await pace.turn();
    if (unchanged(entries, had)) continue;
    const hs = listOf(entries);
    const bs = listOf(had);
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
    const moved = movedTo(hs, bs, knownHost);
    const tampered = tamperedIn(hs, bs);
    const installScript = scriptsGained(hs, bs);
    if (!kind && !moved && !tampered && !installScript) continue;
    // Lines only now, for what is reported: a JSON lockfile finds them in a pass over its text.
    for (const d of [first, moved?.at, tampered?.at, installScript]) {
      const finding = d?.findLine?.(pace);
      if (finding) await finding;
    }
    out.push({
      name,
      kind: kind ?? 'changed',
      ...(bs.length ? { from: list(from) } : {}),
      to: list(to),
      direct: hs.some((d) => d.direct) || bs.some((d) => d.direct),
      line: first.line,
      spec: first.spec ?? first.version,
      ...(kind === 'upgraded' && crossesMajor(highest(from), highest(to)) ? { major: true } : {}),
      ...(moved
        ? {
            moved: {
              version: moved.version,
              ...(moved.from ? { from: moved.from } : {}),
              to: moved.to,
              line: moved.at.line,
            },
          }
        : {}),
      ...(tampered
        ? { tampered: { version: tampered.version, what: tampered.what, line: tampered.at.line } }
        : {}),
      ...(installScript
        ? { installScript: { version: installScript.version, line: installScript.line } }
        : {}),
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
