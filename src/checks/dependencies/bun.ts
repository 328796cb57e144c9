import { json, jsonKeyLines, SEP } from './json.js';
import { SECTIONS, sriDigests, trustedDirectives } from './npm.js';
import { npmSpecSource, registry, registryAt } from './sources.js';
import { basename, type Dependency, type DepFileType, entriesOf, own } from './types.js';

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
      while (j < text.length && /\s/.test(text[j]!)) j++;
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

/**
 * bun.lock (text lockfile): `workspaces` with what each declares (direct), and `packages`, one
 * tuple per installed package: `["name@1.0.0", registry, metadata, integrity]` for the
 * registry ("" is the default one), `["name@github:…", …]` and the like for the rest.
 */
export const bunLock: DepFileType = {
  ecosystem: 'npm',
  kind: 'lockfile',
  match: (p) => basename(p) === 'bun.lock',
  async parse(text, pace) {
    const doc = json(withoutTrailingCommas(text));
    const lines = await jsonKeyLines(text, 2, pace);
    const direct = new Set<string>();
    for (const [, ws] of entriesOf(own(doc, 'workspaces')))
      for (const section of SECTIONS) for (const [name] of entriesOf(own(ws, section))) direct.add(name);
    const out: Dependency[] = [];
    for (const [key, tuple] of entriesOf(own(doc, 'packages'))) {
      await pace.step();
      if (!Array.isArray(tuple) || typeof tuple[0] !== 'string') continue;
      const id = ident(tuple[0]);
      if (!id) continue;
      const plain = /^\d/.test(id.rest);
      const reg = typeof tuple[1] === 'string' ? tuple[1] : '';
      out.push({
        name: id.name,
        version: id.rest,
        // A top-level package's key is the name the project declared; a nested one's is a path.
        direct: direct.has(key),
        line: lines.get(`packages${SEP}${key}`),
        source: plain ? (reg ? registryAt(reg) : registry()) : npmSpecSource(id.rest),
        digests: plain && typeof tuple[3] === 'string' ? sriDigests(tuple[3]) : undefined,
      });
    }
    const trusted = own(doc, 'trustedDependencies');
    return {
      deps: out,
      directives: trustedDirectives(trusted, 'trustedDependencies', lines.get('trustedDependencies')),
    };
  },
};
