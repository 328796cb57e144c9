import { toml } from './python.js';
import { basename, type Dependency, type DepFileType, escapeRegex, lineOf } from './types.js';

type Table = Record<string, unknown>;

function cargoSpec(v: unknown): string {
  if (typeof v === 'string') return v;
  const t = (v ?? {}) as Table;
  if (t.workspace === true) return 'workspace';
  if (typeof t.git === 'string') return `git ${t.git}#${String(t.rev ?? t.tag ?? t.branch ?? '')}`;
  if (typeof t.path === 'string' && typeof t.version !== 'string') return `path ${t.path}`;
  return typeof t.version === 'string' ? t.version : '*';
}

export const cargoToml: DepFileType = {
  ecosystem: 'cargo',
  kind: 'manifest',
  match: (p) => basename(p) === 'Cargo.toml',
  parse(text) {
    const doc = toml(text);
    const tables: unknown[] = [doc.dependencies, doc['dev-dependencies'], doc['build-dependencies']];
    tables.push(((doc.workspace ?? {}) as Table).dependencies);
    for (const t of Object.values((doc.target ?? {}) as Table)) {
      const tt = t as Table;
      tables.push(tt.dependencies, tt['dev-dependencies'], tt['build-dependencies']);
    }
    const out = new Map<string, Dependency>();
    for (const t of tables)
      for (const [key, v] of Object.entries((t ?? {}) as Table)) {
        // `alias = { package = "real-name", … }`
        const name = typeof (v as Table)?.package === 'string' ? ((v as Table).package as string) : key;
        if (!out.has(name))
          out.set(name, {
            name,
            version: cargoSpec(v),
            direct: true,
            line: lineOf(text, new RegExp(`^\\s*${escapeRegex(key)}\\s*=`, 'm')),
          });
      }
    return [...out.values()];
  },
};

export const cargoLock: DepFileType = {
  ecosystem: 'cargo',
  kind: 'lockfile',
  match: (p) => basename(p) === 'Cargo.lock',
  parse(text) {
    const pkgs = (toml(text).package ?? []) as Table[];
    return pkgs
      .filter((p) => typeof p.name === 'string' && typeof p.version === 'string' && p.source !== undefined)
      .map((p) => ({ name: p.name as string, version: p.version as string, direct: false }));
  },
};
