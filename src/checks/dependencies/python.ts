import { parse as parseToml } from 'smol-toml';
import { basename, type Dependency, type DepFileType, escapeRegex, lineOf } from './types.js';

/** PEP 503: names compare case-insensitively with runs of `-_.` equal. */
export function normalizePyName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** `requests[socks]>=2.31 ; python_version>"3.8"` → name and requirement. */
export function parseRequirement(req: string): { name: string; spec: string } | undefined {
  const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*([^;]*)/.exec(req);
  if (!m) return undefined;
  return { name: normalizePyName(m[1]!), spec: m[2]!.trim().replace(/\s+/g, '') || '' };
}

export function toml(text: string): Record<string, unknown> {
  try {
    return parseToml(text) as Record<string, unknown>;
  } catch (err) {
    throw new Error(`not valid TOML: ${(err as Error).message.split('\n')[0]}`);
  }
}

export const requirementsTxt: DepFileType = {
  ecosystem: 'pypi',
  kind: 'manifest',
  match: (p) =>
    /^requirements.*\.(?:txt|in)$/.test(basename(p)) || /(?:^|\/)requirements\/[^/]+\.(?:txt|in)$/.test(p),
  parse(text) {
    const out: Dependency[] = [];
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
      const start = i;
      let line = lines[i]!;
      while (line.endsWith('\\') && i + 1 < lines.length) line = line.slice(0, -1) + lines[++i]!;
      line = line.replace(/(^|\s)#.*$/, '').trim();
      // Options (-r, -c, -e, --index-url…) and bare URLs are not named requirements.
      if (!line || line.startsWith('-') || /^[a-z+]+:\/\//i.test(line)) continue;
      const req = parseRequirement(line.replace(/\s--hash=\S+/g, ''));
      if (req) out.push({ name: req.name, version: req.spec, direct: true, line: start + 1 });
    }
    return out;
  },
};

type Table = Record<string, unknown>;

function poetrySpec(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object') {
    const t = v as Table;
    if (typeof t.version === 'string') return t.version;
    if (typeof t.git === 'string') return `@ git+${t.git}${t.rev ? `@${String(t.rev)}` : ''}`;
    if (typeof t.path === 'string') return `@ file:${t.path}`;
  }
  return String(v);
}

export const pyprojectToml: DepFileType = {
  ecosystem: 'pypi',
  kind: 'manifest',
  match: (p) => basename(p) === 'pyproject.toml',
  parse(text) {
    const doc = toml(text);
    const out = new Map<string, Dependency>();
    const add = (name: string, spec: string) => {
      const n = normalizePyName(name);
      if (n === 'python' || out.has(n)) return;
      out.set(n, {
        name: n,
        version: spec,
        direct: true,
        line: lineOf(text, new RegExp(`(?:^|["'\\s])${escapeRegex(name)}(?=[\\s"'=<>~!\\[;@^]|$)`, 'm')),
      });
    };
    const strings = (list: unknown) => {
      if (!Array.isArray(list)) return;
      for (const r of list) {
        if (typeof r !== 'string') continue; // {include-group = …}
        const req = parseRequirement(r);
        if (req) add(r.trim().split(/[\s[<>=!~;@]/)[0]!, req.spec);
      }
    };
    const project = (doc.project ?? {}) as Table;
    strings(project.dependencies);
    for (const list of Object.values((project['optional-dependencies'] ?? {}) as Table)) strings(list);
    for (const list of Object.values((doc['dependency-groups'] ?? {}) as Table)) strings(list);
    const poetry = ((doc.tool as Table | undefined)?.poetry ?? {}) as Table;
    const tables = [poetry.dependencies, poetry['dev-dependencies']];
    for (const g of Object.values((poetry.group ?? {}) as Table)) tables.push((g as Table).dependencies);
    for (const t of tables)
      for (const [name, v] of Object.entries((t ?? {}) as Table)) add(name, poetrySpec(v));
    return [...out.values()];
  },
};

export const poetryLock: DepFileType = {
  ecosystem: 'pypi',
  kind: 'lockfile',
  match: (p) => ['poetry.lock', 'uv.lock', 'pdm.lock'].includes(basename(p)),
  parse(text) {
    const doc = toml(text);
    const pkgs = (doc.package ?? []) as Table[];
    return pkgs
      .filter((p) => typeof p.name === 'string' && typeof p.version === 'string')
      .map((p) => ({ name: normalizePyName(p.name as string), version: p.version as string, direct: false }));
  },
};
