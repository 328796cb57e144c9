import { DEP_FILE } from './files.js';
import { LockEntry } from './lockEntry.js';
import { lockSource, sriDigests } from './npm.js';
import { git, hostOf, npmResolvedSource, npmSpecSource, registry } from './sources.js';
import {
  type Dependency,
  type DepFileType,
  digestTable,
  isBlank,
  isSpace,
  linesOf,
  type Source,
} from './types.js';

/** The fields of an entry this reader uses (the last one written wins). */
const FIELDS = ['version', 'resolution', 'resolved', 'integrity', 'checksum'] as const;
type Field = (typeof FIELDS)[number];

interface Entry {
  names: string[];
  /** The range each descriptor asked for (`^1.0.0`, `npm:^1.0.0`, `file:../x`). */
  ranges: string[];
  line: number;
  fields: Partial<Record<Field, string>>;
  /** Names listed under a workspace entry's `dependencies:` (berry). */
  children: string[];
  workspace: boolean;
}

/** A field line of an entry, as a pattern: read so only where the fast reading below may not be. */
export const FIELD = /^ {2}([A-Za-z]+):?(?:\s+(.*))?$/;

const isLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * A field line, `  key value` (classic) or `  key: value` (berry), as FIELD reads it: the key and
 * the value (undefined: none), or undefined when the line is no field. Read in place, since
 * field lines are most of a lockfile; for a line without a line terminator left in it (a CR not
 * before a LF), where FIELD's `.` and this reading agree.
 */
export function fieldOf(line: string): [string, string | undefined] | undefined {
  if (line.charCodeAt(0) !== 0x20 || line.charCodeAt(1) !== 0x20 || !isLetter(line.charCodeAt(2)))
    return undefined;
  let k = 3;
  while (isLetter(line.charCodeAt(k))) k++;
  let i = line.charCodeAt(k) === 0x3a /* : */ ? k + 1 : k;
  if (i === line.length) return [line.slice(2, k), undefined];
  if (!isSpace(line.charCodeAt(i))) return undefined;
  while (i < line.length && isSpace(line.charCodeAt(i))) i++;
  return [line.slice(2, k), line.slice(i)];
}

/** Trimmed, without one double quote at each end (`s.trim().replace(/^"|"$/g, '')`). */
function unquote(s: string): string {
  const t = s.trim();
  const from = t.charCodeAt(0) === 0x22 ? 1 : 0;
  const to = t.length > from && t.charCodeAt(t.length - 1) === 0x22 ? t.length - 1 : t.length;
  return from === 0 && to === t.length ? t : t.slice(from, to);
}

/** An entry's key line without the colon that ends it (`line.replace(/:\s*$/, '')`). */
function withoutColon(line: string): string {
  let end = line.length;
  while (end > 0 && isSpace(line.charCodeAt(end - 1))) end--;
  return end > 0 && line.charCodeAt(end - 1) === 0x3a /* : */ ? line.slice(0, end - 1) : line;
}

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

/** What every entry of one yarn.lock shares: which format it is, and berry's cache key. */
interface LockFormat {
  berry: boolean;
  cacheKey: string;
}

/** A yarn.lock entry, one per name it resolves: where it comes from and its digests, read when asked for. */
class YarnEntry extends LockEntry {
  constructor(
    name: string,
    version: string,
    direct: boolean,
    readonly line: number,
    private readonly entry: Entry,
    private readonly format: LockFormat,
  ) {
    super(name, version, direct);
  }

  sameAs(other: Dependency): boolean {
    if (!(other instanceof YarnEntry) || other.version !== this.version) return false;
    const a = this.entry;
    const b = other.entry;
    return (
      a.names[0] === b.names[0] &&
      a.ranges[0] === b.ranges[0] &&
      a.fields.resolution === b.fields.resolution &&
      a.fields.resolved === b.fields.resolved &&
      a.fields.integrity === b.fields.integrity &&
      a.fields.checksum === b.fields.checksum &&
      this.format.berry === other.format.berry &&
      this.format.cacheKey === other.format.cacheKey
    );
  }

  protected readSource(): Source | undefined {
    const { names, ranges, fields } = this.entry;
    if (this.format.berry) return berrySource(fields.resolution ?? `${names[0]}@${ranges[0] ?? ''}`);
    const resolved = fields.resolved;
    if (!resolved) return npmSpecSource(ranges[0] ?? '');
    // An alias (`a@npm:b@^1`) resolves to another package's tarball by design.
    return (ranges[0] ?? '').startsWith('npm:')
      ? npmResolvedSource(resolved)
      : lockSource(resolved, names[0]!, this.version);
  }

  protected readDigests(): Record<string, string> | undefined {
    const { fields } = this.entry;
    if (this.format.berry) return berryDigests(fields.checksum, this.format.cacheKey);
    let digests = sriDigests(fields.integrity);
    // Before `integrity`, the tarball's sha1 was the fragment of `resolved`.
    const sha1 = /#([0-9a-f]{40})$/.exec(fields.resolved ?? '')?.[1];
    if (sha1 && this.source?.kind !== 'git') {
      digests ??= digestTable();
      digests['resolved sha1'] = sha1;
    }
    return digests;
  }
}

/**
 * yarn.lock, classic (v1: `version "1.0.0"`, `resolved`, `integrity`) and berry (YAML:
 * `version:`, `resolution:`, `checksum:`; workspaces as `app@workspace:.` entries whose
 * `dependencies:` are what the project declares).
 */
export const yarnLock: DepFileType = {
  ...DEP_FILE.yarnLock,
  async parse(text, pace) {
    const entries: Entry[] = [];
    let cur: Entry | undefined;
    let inChildren = false;
    let cacheKey = '';
    let inMetadata = false;
    let berry = false;
    // Without a line terminator left inside a line, field lines are read in place (see fieldOf).
    const inPlace = !text.includes('\r') && !text.includes('\u2028') && !text.includes('\u2029');
    const lines = linesOf(text);
    for (let i = 0; i < lines.length; i++) {
      if (pace.due()) await pace.turn();
      const line = lines[i]!;
      if (isBlank(line) || line.startsWith('#')) continue;
      if (!line.startsWith(' ')) {
        cur = undefined;
        inChildren = false;
        inMetadata = line.startsWith('__metadata:');
        if (inMetadata) {
          berry = true;
          continue;
        }
        // `"@s/a@^1.0.0", "@s/a@~1.1":` (v1) or `"@s/a@npm:^1.0.0, @s/a@npm:^1.1.0":` (berry)
        const key = withoutColon(line);
        const ds = (key.includes(',') ? key.split(/,\s*/) : [key])
          .map(unquote)
          .map(descriptor)
          .filter((d): d is { name: string; range: string } => d !== undefined);
        // A patch of a package is the package again, resolved through its own entry.
        const kept = ds.filter((d) => !d.range.startsWith('patch:'));
        if (!kept.length) continue;
        cur = {
          names: kept.length === 1 ? [kept[0]!.name] : [...new Set(kept.map((d) => d.name))],
          ranges: kept.map((d) => d.range),
          line: i + 1,
          fields: {},
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
      const field = inPlace ? fieldOf(line) : (FIELD.exec(line)?.slice(1, 3) as [string, string | undefined]);
      if (field) {
        const [key, value] = field;
        inChildren = key === 'dependencies' && value === undefined;
        if (value !== undefined && (FIELDS as readonly string[]).includes(key))
          cur.fields[key as Field] = unquote(value);
        continue;
      }
      if (inChildren && cur.workspace) {
        const child = /^ {4}("?)(.+?)\1:?\s/.exec(line);
        if (child) cur.children.push(child[2]!);
      }
    }

    const direct = new Set(entries.filter((e) => e.workspace).flatMap((e) => e.children));
    const format: LockFormat = { berry, cacheKey };
    const out: Dependency[] = [];
    for (const e of entries) {
      if (pace.due()) await pace.turn();
      if (e.workspace) continue;
      const version = e.fields.version;
      if (!version) continue;
      for (const name of e.names) out.push(new YarnEntry(name, version, direct.has(name), e.line, e, format));
    }
    return { deps: out };
  },
};
