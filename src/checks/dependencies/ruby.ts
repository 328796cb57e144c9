import { DEP_FILE } from './files.js';
import { git, registryAt } from './sources.js';
import { type Dependency, type DepFileType, digestTable, linesOf, type Source } from './types.js';

const PLATFORM = /-(?:x86|arm|aarch|universal|java|x64|mingw|mswin)\S*$/;

/** The source of a `GEM`, `GIT` or `PATH` section, from its `remote:`. */
function sectionSource(section: string, remote: string | undefined): Source | undefined {
  if (remote === undefined) return undefined;
  if (section === 'GIT') return git(remote);
  if (section === 'PATH') return { kind: 'file', where: remote };
  if (section === 'GEM' || section === 'PLUGIN SOURCE') return registryAt(remote);
  return undefined;
}

/**
 * Gemfile.lock: `GEM`, `GIT` and `PATH` sections, each with its `remote:` and a `specs:` block
 * of resolved gems (4-space indent; 6-space lines are their own requirements); `DEPENDENCIES`
 * lists what the Gemfile asks for, with its constraint; `CHECKSUMS` (Bundler 2.5+) the
 * digest of each gem.
 */
export const gemfileLock: DepFileType = {
  ...DEP_FILE.gemfileLock,
  async parse(text, pace) {
    const resolved = new Map<string, Dependency>();
    const direct = new Map<string, Dependency>();
    const checksums = new Map<string, Record<string, string>>();
    let section = '';
    let remote: string | undefined;
    let inSpecs = false;
    const lines = linesOf(text);
    for (let i = 0; i < lines.length; i++) {
      await pace.step();
      const line = lines[i]!;
      if (!line.trim()) continue;
      if (!line.startsWith(' ')) {
        section = line.trim();
        remote = undefined;
        inSpecs = false;
        continue;
      }
      const r = /^ {2}remote: (.+)$/.exec(line);
      if (r) {
        remote = r[1]!.trim();
        continue;
      }
      if (line === '  specs:') {
        inSpecs = true;
        continue;
      }
      if (inSpecs) {
        const m = /^ {4}([^\s(]+) \(([^)]+)\)$/.exec(line);
        if (m && !resolved.has(m[1]!))
          resolved.set(m[1]!, {
            name: m[1]!,
            version: m[2]!.replace(PLATFORM, ''),
            direct: false,
            line: i + 1,
            source: sectionSource(section, remote),
          });
        continue;
      }
      if (section === 'DEPENDENCIES') {
        const m = /^ {2}([^\s(!]+)!?(?: \(([^)]+)\))?$/.exec(line);
        if (m) direct.set(m[1]!, { name: m[1]!, version: m[2] ?? '', direct: true, line: i + 1 });
      } else if (section === 'CHECKSUMS') {
        const m = /^ {2}([^\s(]+) \(([^)]+)\)(?: (\S+))?$/.exec(line);
        if (m?.[3]) {
          const eq = m[3].indexOf('=');
          const d = checksums.get(m[1]!) ?? digestTable();
          // Keyed by platform, so a gem with several native builds keeps each digest apart.
          d[`${m[2]} ${eq > 0 ? m[3].slice(0, eq) : 'sum'}`] = eq > 0 ? m[3].slice(eq + 1) : m[3];
          checksums.set(m[1]!, d);
        }
      }
    }
    for (const [name, d] of direct) {
      const r = resolved.get(name);
      // Direct gems keep their resolved version (to see upgrades) and their Gemfile constraint.
      resolved.set(name, {
        name,
        version: r?.version ?? d.version,
        direct: true,
        spec: d.version,
        line: r?.line ?? d.line,
        source: r?.source,
      });
    }
    for (const [name, d] of checksums) {
      const r = resolved.get(name);
      if (r) r.digests = d;
    }
    return { deps: [...resolved.values()] };
  },
};
