import { basename, type Dependency, type DepFileType } from './types.js';

/** go.mod: `require` lines and blocks; `// indirect` marks what other modules need. */
export const goMod: DepFileType = {
  ecosystem: 'go',
  kind: 'manifest',
  match: (p) => basename(p) === 'go.mod',
  parse(text) {
    const out: Dependency[] = [];
    let inBlock = false;
    text.split(/\r?\n/).forEach((raw, i) => {
      const line = raw.trim();
      if (inBlock && line.startsWith(')')) {
        inBlock = false;
        return;
      }
      if (/^require\s*\($/.test(line)) {
        inBlock = true;
        return;
      }
      const body = inBlock ? line : /^require\s+(.*)$/.exec(line)?.[1];
      if (!body) return;
      const m = /^(\S+)\s+(v\S+)(.*)$/.exec(body);
      if (m) out.push({ name: m[1]!, version: m[2]!, direct: !/\/\/\s*indirect\b/.test(m[3]!), line: i + 1 });
    });
    return out;
  },
};
