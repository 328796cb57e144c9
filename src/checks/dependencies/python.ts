import { DEP_FILE } from './files.js';
import { ARCHIVE, git, hostOf, registry, registryAt } from './sources.js';
import { toml } from './tomlChunks.js';
import {
  type Dependency,
  type DepFileType,
  type Directive,
  entriesOf,
  escapeRegex,
  linesOf,
  lineOf,
  own,
  type Source,
  str,
  type Table,
} from './types.js';

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

/** VCS schemes pip takes (`git+https://…`, `hg+…`): all count as a repository. */
const VCS = /^(?:git|hg|svn|bzr)\+/i;

/** Where a URL or path requirement (`git+https://…@v1#egg=x`, `https://…/x.whl`, `./x.whl`) comes from. */
export function pyUrlSource(target: string): Source {
  const t = target.trim();
  if (VCS.test(t)) return git(t.replace(VCS, ''));
  if (/^file:/i.test(t)) return { kind: 'file', where: t.replace(/^file:(?:\/\/)?/i, '') };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(t)) return { kind: 'url', where: hostOf(t) ?? t };
  return { kind: 'file', where: t };
}

/** A name for a requirement given only as a URL or path: `#egg=`, the archive's file name, the repository. */
function nameOfTarget(target: string): string {
  const egg = /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(target)?.[1];
  if (egg) return normalizePyName(egg);
  const path = target.replace(/[?#].*$/, '').replace(/\/+$/, '');
  const file = path.slice(path.lastIndexOf('/') + 1);
  if (ARCHIVE.test(file)) return normalizePyName(file.split('-')[0]!);
  return normalizePyName(file.replace(/@.*$/, '').replace(/\.git$/, '')) || target;
}

/** The version a URL requirement names: a VCS ref after `@`, or the archive's version. */
function versionOfTarget(target: string): string {
  const path = target.replace(/[?#].*$/, '');
  const ref = /@([^/@]+)$/.exec(path)?.[1];
  if (VCS.test(target) && ref) return ref;
  const file = path.slice(path.lastIndexOf('/') + 1);
  return ARCHIVE.test(file) ? (file.split('-')[1] ?? '') : '';
}

/** pip options that decide where packages come from, by their long form. */
const SOURCE_OPTIONS = new Map([
  ['-i', '--index-url'],
  ['--index-url', '--index-url'],
  ['--extra-index-url', '--extra-index-url'],
  ['--trusted-host', '--trusted-host'],
  ['-f', '--find-links'],
  ['--find-links', '--find-links'],
  ['-e', '-e'],
  ['--editable', '-e'],
]);

const OPTION = /^(-[a-z]|--[a-z-]+)(?:\s*=\s*|\s+)(\S.*)$/i;

export const requirementsTxt: DepFileType = {
  ...DEP_FILE.requirementsTxt,
  async parse(text, pace) {
    const deps: Dependency[] = [];
    const directives: Directive[] = [];
    const lines = linesOf(text);
    for (let i = 0; i < lines.length; i++) {
      await pace.step();
      const start = i;
      let line = lines[i]!;
      while (line.endsWith('\\') && i + 1 < lines.length) line = line.slice(0, -1) + lines[++i]!;
      line = line.replace(/(^|\s)#.*$/, '').trim();
      if (!line) continue;
      if (line.startsWith('-')) {
        const m = OPTION.exec(line);
        const option = m ? SOURCE_OPTIONS.get(m[1]!.toLowerCase()) : undefined;
        if (!m || !option) continue; // -r, -c, --pre…
        const value = m[2]!.trim();
        // One index replaces another; extra indexes, hosts and links add up.
        const single = option === '--index-url';
        directives.push({
          rule: 'sources',
          key: single ? option : `${option} ${value}`,
          value: single ? value : '',
          text: `${option} ${value}`,
          where:
            option === '--trusted-host' ? value : option === '-e' ? pyUrlSource(value).where : hostOf(value),
          line: start + 1,
        });
        continue;
      }
      const hashes = [...line.matchAll(/\s--hash[=\s]\s*(\S+)/g)].map((h) => h[1]!);
      const req = line.replace(/\s--[a-z-]+(?:[=\s]\s*\S+)?/g, '').trim();
      if (
        VCS.test(req) ||
        /^[a-z][a-z0-9+.-]*:\/\//i.test(req) ||
        /^(?:\.{0,2}\/|~\/)/.test(req) ||
        ARCHIVE.test(req)
      ) {
        deps.push({
          name: nameOfTarget(req),
          version: versionOfTarget(req) || req,
          direct: true,
          line: start + 1,
          source: pyUrlSource(req),
        });
        continue;
      }
      const parsed = parseRequirement(req);
      if (!parsed) continue;
      const url = /^[^;]*?@\s*(\S[^;]*)/.exec(
        req.replace(/^\s*[A-Za-z0-9][A-Za-z0-9._-]*\s*(?:\[[^\]]*\])?/, ''),
      );
      deps.push({
        name: parsed.name,
        version: parsed.spec,
        direct: true,
        line: start + 1,
        source: url ? pyUrlSource(url[1]!.trim()) : registry(),
        hashes: hashes.length ? hashes : undefined,
      });
    }
    return { deps, directives };
  },
};

/** Where a Poetry or Pipfile dependency table points: git, url, path, or a named index. */
export function tableSource(v: unknown, indexes: Map<string, string>): Source {
  const gitUrl = str(v, 'git');
  if (gitUrl) return git(gitUrl);
  const url = str(v, 'url') ?? str(v, 'file');
  if (url) return pyUrlSource(url);
  const path = str(v, 'path');
  if (path) return { kind: 'file', where: path };
  const index = str(v, 'source') ?? str(v, 'index');
  if (index) {
    const at = indexes.get(index);
    return at ? registryAt(at) : registry(index);
  }
  return registry();
}

function poetrySpec(v: unknown): string {
  if (typeof v === 'string') return v;
  const version = str(v, 'version');
  if (version) return version;
  const gitUrl = str(v, 'git');
  if (gitUrl) {
    const rev = str(v, 'rev') ?? str(v, 'tag') ?? str(v, 'branch');
    return `@ git+${gitUrl}${rev ? `@${rev}` : ''}`;
  }
  const url = str(v, 'url');
  if (url) return `@ ${url}`;
  const path = str(v, 'path');
  if (path) return `@ file:${path}`;
  return '*';
}

/** Index directives of a list of `{name, url}` tables (`[[tool.poetry.source]]`, `[[tool.uv.index]]`, `[[source]]`). */
export function indexDirectives(
  list: unknown,
  what: string,
  text: string,
  indexes: Map<string, string>,
): Directive[] {
  const out: Directive[] = [];
  if (!Array.isArray(list)) return out;
  for (const t of list) {
    const url = str(t, 'url');
    if (!url) continue;
    const name = str(t, 'name');
    if (name) indexes.set(name, url);
    const insecure = own(t, 'verify_ssl') === false;
    out.push({
      rule: 'sources',
      key: `${what} ${url}${insecure ? ' insecure' : ''}`,
      value: '',
      text: `${what} ${name ? `"${name}" ` : ''}${url}${insecure ? ' with TLS verification off' : ''}`,
      where: hostOf(url),
      line: lineOf(text, url),
    });
  }
  return out;
}

export const pyprojectToml: DepFileType = {
  ...DEP_FILE.pyprojectToml,
  async parse(text) {
    const doc = toml(text);
    const tool = own(doc, 'tool');
    const poetry = own(tool, 'poetry');
    const uv = own(tool, 'uv');
    const indexes = new Map<string, string>();
    const directives = [
      ...indexDirectives(own(poetry, 'source'), 'Poetry source', text, indexes),
      ...indexDirectives(own(uv, 'index'), 'uv index', text, indexes),
      ...indexDirectives(own(own(tool, 'pdm'), 'source'), 'PDM source', text, indexes),
    ];
    for (const key of ['index-url', 'extra-index-url']) {
      const v = own(uv, key);
      for (const url of Array.isArray(v) ? v : [v])
        if (typeof url === 'string')
          directives.push({
            rule: 'sources',
            key: `uv ${key} ${url}`,
            value: '',
            text: `uv ${key} ${url}`,
            where: hostOf(url),
            line: lineOf(text, url),
          });
    }
    const uvSources = own(uv, 'sources');
    const out = new Map<string, Dependency>();
    const add = (name: string, spec: string, source: Source) => {
      const n = normalizePyName(name);
      if (n === 'python' || out.has(n)) return;
      const uvSource = own(uvSources, name) ?? own(uvSources, n);
      out.set(n, {
        name: n,
        version: spec,
        direct: true,
        line: lineOf(text, new RegExp(`(?:^|["'\\s])${escapeRegex(name)}(?=[\\s"'=<>~!\\[;@^]|$)`, 'm')),
        source: uvSource !== undefined ? tableSource(uvSource, indexes) : source,
      });
    };
    const strings = (list: unknown) => {
      if (!Array.isArray(list)) return;
      for (const r of list) {
        if (typeof r !== 'string') continue; // {include-group = …}
        const req = parseRequirement(r);
        if (!req) continue;
        const url = /^[^;]*?@\s*(\S[^;]*)/.exec(
          r.replace(/^\s*[A-Za-z0-9][A-Za-z0-9._-]*\s*(?:\[[^\]]*\])?/, ''),
        );
        add(r.trim().split(/[\s[<>=!~;@]/)[0]!, req.spec, url ? pyUrlSource(url[1]!.trim()) : registry());
      }
    };
    const project = own(doc, 'project');
    strings(own(project, 'dependencies'));
    for (const [, list] of entriesOf(own(project, 'optional-dependencies'))) strings(list);
    for (const [, list] of entriesOf(own(doc, 'dependency-groups'))) strings(list);
    const tables = [own(poetry, 'dependencies'), own(poetry, 'dev-dependencies')];
    for (const [, g] of entriesOf(own(poetry, 'group'))) tables.push(own(g, 'dependencies'));
    for (const t of tables)
      for (const [name, v] of entriesOf(t)) add(name, poetrySpec(v), tableSource(v, indexes));
    return { deps: [...out.values()], directives };
  },
};

/** Pipfile: `[packages]`, `[dev-packages]` (and other categories), and its `[[source]]` indexes. */
export const pipfile: DepFileType = {
  ...DEP_FILE.pipfile,
  async parse(text) {
    const doc = toml(text);
    const indexes = new Map<string, string>();
    const directives = indexDirectives(own(doc, 'source'), 'Pipfile source', text, indexes);
    const out = new Map<string, Dependency>();
    for (const [section, t] of Object.entries(doc) as [string, Table][]) {
      if (section === 'source' || section === 'requires' || section === 'scripts' || section === 'pipenv')
        continue;
      for (const [name, v] of entriesOf(t)) {
        const n = normalizePyName(name);
        if (out.has(n)) continue;
        out.set(n, {
          name: n,
          version: typeof v === 'string' ? v : poetrySpec(v),
          direct: true,
          line: lineOf(text, new RegExp(`^\\s*"?${escapeRegex(name)}"?\\s*=`, 'm')),
          source: tableSource(v, indexes),
        });
      }
    }
    return { deps: [...out.values()], directives };
  },
};
