import { parse as parseYaml } from 'yaml';
import { basename, type Dependency, type DepFileType, escapeRegex, lineOf } from './types.js';

const SECTIONS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];

function json(text: string): Record<string, unknown> {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch (err) {
    throw new Error(`not valid JSON: ${(err as Error).message}`);
  }
}

const notVendored = (p: string) => !p.split('/').includes('node_modules');

export const packageJson: DepFileType = {
  ecosystem: 'npm',
  kind: 'manifest',
  match: (p) => basename(p) === 'package.json' && notVendored(p),
  parse(text) {
    const doc = json(text);
    const out: Dependency[] = [];
    for (const section of SECTIONS) {
      const deps = doc[section];
      if (!deps || typeof deps !== 'object') continue;
      for (const [name, spec] of Object.entries(deps as Record<string, unknown>)) {
        if (out.some((d) => d.name === name)) continue; // peer + dev of one package is one dependency
        out.push({
          name,
          version: String(spec),
          direct: true,
          line: lineOf(text, new RegExp(`"${escapeRegex(name)}"\\s*:`)),
        });
      }
    }
    return out;
  },
};

/** `node_modules/a/node_modules/@s/b` → `@s/b`. */
function nameFromPath(key: string): string {
  const at = key.lastIndexOf('node_modules/');
  return key.slice(at + 'node_modules/'.length);
}

export const packageLock: DepFileType = {
  ecosystem: 'npm',
  kind: 'lockfile',
  match: (p) => ['package-lock.json', 'npm-shrinkwrap.json'].includes(basename(p)) && notVendored(p),
  parse(text) {
    const doc = json(text);
    const out: Dependency[] = [];
    const packages = doc.packages as
      Record<string, { version?: string; name?: string; link?: boolean }> | undefined;
    if (packages) {
      for (const [key, p] of Object.entries(packages)) {
        if (!key.includes('node_modules/') || !p.version || p.link) continue;
        out.push({ name: p.name ?? nameFromPath(key), version: p.version, direct: false });
      }
      return out;
    }
    // lockfileVersion 1: nested `dependencies`.
    const walk = (deps: unknown) => {
      if (!deps || typeof deps !== 'object') return;
      for (const [name, d] of Object.entries(
        deps as Record<string, { version?: string; dependencies?: unknown }>,
      )) {
        if (d.version) out.push({ name, version: d.version, direct: false });
        walk(d.dependencies);
      }
    };
    walk(doc.dependencies);
    return out;
  },
};

/** `/@s/a@1.0.0(react@18.0.0)` (v6), `@s/a@1.0.0` (v9), `/@s/a/1.0.0_react@18` (v5) → name, version. */
function pnpmKey(key: string): { name: string; version: string } | undefined {
  const k = key.replace(/^\//, '').replace(/\(.*$/, '');
  const at = k.lastIndexOf('@');
  if (at > 0) return { name: k.slice(0, at), version: k.slice(at + 1).replace(/_.*$/, '') };
  const slash = k.lastIndexOf('/');
  if (slash > 0) return { name: k.slice(0, slash), version: k.slice(slash + 1).replace(/_.*$/, '') };
  return undefined;
}

export const pnpmLock: DepFileType = {
  ecosystem: 'npm',
  kind: 'lockfile',
  match: (p) => basename(p) === 'pnpm-lock.yaml',
  parse(text) {
    let doc: Record<string, unknown>;
    try {
      doc = (parseYaml(text, { maxAliasCount: -1 }) ?? {}) as Record<string, unknown>;
    } catch (err) {
      throw new Error(`not valid YAML: ${(err as Error).message.split('\n')[0]}`);
    }
    const out = new Map<string, Dependency>();
    for (const key of Object.keys((doc.packages ?? {}) as object)) {
      const nv = pnpmKey(key);
      if (nv) out.set(`${nv.name}@${nv.version}`, { ...nv, direct: false });
    }
    return [...out.values()];
  },
};

export const yarnLock: DepFileType = {
  ecosystem: 'npm',
  kind: 'lockfile',
  match: (p) => basename(p) === 'yarn.lock',
  parse(text) {
    const out = new Map<string, Dependency>();
    let names: string[] = [];
    for (const line of text.split(/\r?\n/)) {
      if (!line || line.startsWith('#')) continue;
      if (!line.startsWith(' ')) {
        // `"@s/a@^1.0.0", "@s/a@~1.1":` (v1) or `"@s/a@npm:^1.0.0":` (berry)
        names = line
          .replace(/:$/, '')
          .split(/,\s*/)
          .map((d) => d.trim().replace(/^"|"$/g, ''))
          .filter((d) => d !== '__metadata' && !/@(?:workspace|link|portal|patch):/.test(d))
          .map((d) => (d.indexOf('@', 1) > 0 ? d.slice(0, d.indexOf('@', 1)) : d))
          .filter(Boolean);
        continue;
      }
      const v = /^\s{2}version:?\s+"?([^"\s]+)"?/.exec(line);
      if (v && names.length) {
        for (const name of new Set(names))
          out.set(`${name}@${v[1]}`, { name, version: v[1]!, direct: false });
        names = [];
      }
    }
    return [...out.values()];
  },
};
