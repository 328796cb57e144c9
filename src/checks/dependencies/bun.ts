import { DEP_FILE } from './files.js';
import { json, jsonKeyLines } from './json.js';
import { LockEntry } from './lockEntry.js';
import { MemberKeyLines } from './memberLines.js';
import { SECTIONS, sriDigests, trustedDirectives } from './npm.js';
import type { Pacer } from './pace.js';
import { npmSpecSource, registry, registryAt } from './sources.js';
import { type Dependency, type DepFileType, entriesOf, isSpace, isTable, own, type Source } from './types.js';

/**
 * Bun writes JSON with trailing commas. They go before JSON.parse reads it: one pass that
 * leaves strings alone.
 */
export function withoutTrailingCommas(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x2c /* , */) {
      let j = i + 1;
      while (j < text.length && isSpace(text.charCodeAt(j))) j++;
      if (text[j] === '}' || text[j] === ']') {
        out += text.slice(from, i);
        from = i + 1;
      }
    }
  }
  return out + text.slice(from);
}

/** `@s/a@1.0.0` → name `@s/a`, the rest `1.0.0` (or `github:…`, `workspace:…`). */
function ident(s: string): { name: string; rest: string } | undefined {
  const at = s.indexOf('@', 1);
  return at > 0 ? { name: s.slice(0, at), rest: s.slice(at + 1) } : undefined;
}

/** A `packages` tuple: where it comes from, its digests and its line, read when asked for. */
class BunEntry extends LockEntry {
  constructor(
    name: string,
    version: string,
    direct: boolean,
    private readonly lines: MemberKeyLines,
    /** The tuple's place among the keys of `packages`. */
    private readonly place: number,
    /** The registry it names ("" is the default one). */
    private readonly registryUrl: string,
    private readonly integrity: string | undefined,
  ) {
    super(name, version, direct);
  }

  /** A version, not a spec that says where (`github:…`, `workspace:…`). */
  private get plain(): boolean {
    return /^\d/.test(this.version);
  }

  get line(): number | undefined {
    return this.lines.line(this.place);
  }

  findLine(pace: Pacer): Promise<void> | undefined {
    return this.lines.find(pace);
  }

  sameAs(other: Dependency): boolean {
    return (
      other instanceof BunEntry &&
      other.version === this.version &&
      other.registryUrl === this.registryUrl &&
      other.integrity === this.integrity
    );
  }

  protected readSource(): Source | undefined {
    if (!this.plain) return npmSpecSource(this.version);
    return this.registryUrl ? registryAt(this.registryUrl) : registry();
  }

  protected readDigests(): Record<string, string> | undefined {
    return this.plain && this.integrity !== undefined ? sriDigests(this.integrity) : undefined;
  }
}

/**
 * bun.lock (text lockfile): `workspaces` with what each declares (direct), and `packages`, one
 * tuple per installed package: `["name@1.0.0", registry, metadata, integrity]` for the
 * registry ("" is the default one), `["name@github:…", …]` and the like for the rest.
 */
export const bunLock: DepFileType = {
  ...DEP_FILE.bunLock,
  async parse(text, pace) {
    const doc = json(withoutTrailingCommas(text));
    const direct = new Set<string>();
    for (const [, ws] of entriesOf(own(doc, 'workspaces')))
      for (const section of SECTIONS) for (const [name] of entriesOf(own(ws, section))) direct.add(name);
    const out: Dependency[] = [];
    const packages = own(doc, 'packages');
    const keys = isTable(packages) ? Object.keys(packages) : [];
    // Lines are found only for the packages a change names. Trailing commas make no key.
    const lines = new MemberKeyLines(text, 'packages', keys);
    for (let place = 0; place < keys.length; place++) {
      if (pace.due()) await pace.turn();
      const key = keys[place]!;
      const tuple = (packages as Record<string, unknown>)[key];
      if (!Array.isArray(tuple) || typeof tuple[0] !== 'string') continue;
      const id = ident(tuple[0]);
      if (!id) continue;
      out.push(
        new BunEntry(
          id.name,
          id.rest,
          // A top-level package's key is the name the project declared; a nested one's is a path.
          direct.has(key),
          lines,
          place,
          typeof tuple[1] === 'string' ? tuple[1] : '',
          typeof tuple[3] === 'string' ? tuple[3] : undefined,
        ),
      );
    }
    const trusted = own(doc, 'trustedDependencies');
    // Its line only when it lists packages (a pass over the top level alone).
    const trustedLine = Array.isArray(trusted)
      ? (await jsonKeyLines(text, 1, pace)).get('trustedDependencies')
      : undefined;
    return { deps: out, directives: trustedDirectives(trusted, 'trustedDependencies', trustedLine) };
  },
};
