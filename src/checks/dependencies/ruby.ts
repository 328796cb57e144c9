import { basename, type Dependency, type DepFileType } from './types.js';

/**
 * Gemfile.lock: `specs:` blocks list resolved gems (4-space indent; 6-space lines are their own
 * requirements); `DEPENDENCIES` lists what the Gemfile asks for, with its constraint.
 */
export const gemfileLock: DepFileType = {
  ecosystem: 'rubygems',
  kind: 'lockfile',
  match: (p) => basename(p) === 'Gemfile.lock' || basename(p) === 'gems.locked',
  parse(text) {
    const resolved = new Map<string, Dependency>();
    const direct = new Map<string, Dependency>();
    let section = '';
    let inSpecs = false;
    text.split(/\r?\n/).forEach((line, i) => {
      if (!line.trim()) return;
      if (!line.startsWith(' ')) {
        section = line.trim();
        inSpecs = false;
        return;
      }
      if (line === '  specs:') {
        inSpecs = true;
        return;
      }
      if (inSpecs) {
        const m = /^ {4}([^\s(]+) \(([^)]+)\)$/.exec(line);
        if (m)
          resolved.set(m[1]!, {
            name: m[1]!,
            version: m[2]!.replace(/-(?:x86|arm|aarch|universal|java|x64|mingw|mswin)\S*$/, ''),
            direct: false,
            line: i + 1,
          });
        return;
      }
      if (section === 'DEPENDENCIES') {
        const m = /^ {2}([^\s(!]+)!?(?: \(([^)]+)\))?$/.exec(line);
        if (m) direct.set(m[1]!, { name: m[1]!, version: m[2] ?? '', direct: true, line: i + 1 });
      }
    });
    for (const [name, d] of direct) {
      const r = resolved.get(name);
      // Direct gems keep their resolved version (to see upgrades) and their Gemfile constraint.
      resolved.set(name, {
        name,
        version: r?.version ?? d.version,
        direct: true,
        spec: d.version,
        line: r?.line ?? d.line,
      });
    }
    return [...resolved.values()];
  },
};
