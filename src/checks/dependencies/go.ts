import { DEP_FILE } from './files.js';
import { type Dependency, type DepFileType, type Directive, digestTable, linesOf } from './types.js';

/** A module path, with an optional version (`example.com/a v1.2.3`, `../fork`). */
function modulePart(s: string): { path: string; version?: string } {
  const [path, version] = s.trim().split(/\s+/);
  return { path: path!.replace(/^"|"$/g, ''), version };
}

/**
 * go.mod: `require` lines and blocks (`// indirect` marks what other modules need), and
 * `replace` directives, which swap a module's code for another module or a local folder:
 * what the build compiles is no longer what go.sum's checksum database vouches for.
 */
export const goMod: DepFileType = {
  ...DEP_FILE.goMod,
  async parse(text, pace) {
    const deps: Dependency[] = [];
    const directives: Directive[] = [];
    let block: string | undefined;
    const lines = linesOf(text);
    for (let i = 0; i < lines.length; i++) {
      await pace.step();
      const line = lines[i]!.replace(/\/\/(?!\s*indirect\b).*$/, '').trim();
      if (block && line.startsWith(')')) {
        block = undefined;
        continue;
      }
      const opens = /^(require|replace)\s*\($/.exec(line);
      if (opens) {
        block = opens[1];
        continue;
      }
      const single = /^(require|replace)\s+(.*)$/.exec(line);
      const verb = block ?? single?.[1];
      const body = block ? line : single?.[2];
      if (!verb || !body) continue;
      if (verb === 'require') {
        const m = /^(\S+)\s+(v\S+)(.*)$/.exec(body);
        if (m)
          deps.push({
            name: m[1]!.replace(/^"|"$/g, ''),
            version: m[2]!,
            direct: !/\/\/\s*indirect\b/.test(m[3]!),
            line: i + 1,
          });
        continue;
      }
      const arrow = body.indexOf('=>');
      if (arrow < 0) continue;
      const from = modulePart(body.slice(0, arrow));
      const to = modulePart(body.slice(arrow + 2));
      const old = `${from.path}${from.version ? ` ${from.version}` : ''}`;
      const target = `${to.path}${to.version ? ` ${to.version}` : ''}`;
      directives.push({
        rule: 'sources',
        key: `replace ${old}`,
        value: target,
        text: `replace ${old} => ${target}`,
        where: to.path,
        line: i + 1,
      });
    }
    return { deps, directives };
  },
};

/**
 * go.sum: one line per module version (`h1:` of its zip) and per go.mod (`/go.mod h1:`). The
 * checksum of a version never changes on the module proxy: another one is other code.
 */
export const goSum: DepFileType = {
  ...DEP_FILE.goSum,
  async parse(text, pace) {
    const byVersion = new Map<string, Dependency>();
    const lines = linesOf(text);
    for (let i = 0; i < lines.length; i++) {
      await pace.step();
      const m = /^(\S+)\s+(v[^\s/]+)(\/go\.mod)?\s+(\S+)\s*$/.exec(lines[i]!);
      if (!m) continue;
      const [, name, version, gomod, hash] = m as unknown as [
        string,
        string,
        string,
        string | undefined,
        string,
      ];
      const id = `${name} ${version}`;
      let d = byVersion.get(id);
      if (!d) {
        d = { name, version, direct: false, line: i + 1, digests: digestTable() };
        byVersion.set(id, d);
      }
      const algo = hash.slice(0, hash.indexOf(':') + 1) || 'hash';
      d.digests![`${gomod ? 'go.mod ' : ''}${algo}`] = hash;
      // A finding names the line of the code's checksum, not of its go.mod's.
      if (!gomod) d.line = i + 1;
    }
    return { deps: [...byVersion.values()] };
  },
};
