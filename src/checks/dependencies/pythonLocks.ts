import { DEP_FILE } from './files.js';
import { json, jsonKeyLines, SEP } from './json.js';
import { indexDirectives, normalizePyName, tableSource } from './python.js';
import { git, hostOf, registry, registryAt } from './sources.js';
import { tomlPackages } from './tomlChunks.js';
import {
  type Dependency,
  type DepFile,
  type DepFileType,
  digestTable,
  entriesOf,
  own,
  type Source,
  str,
  type Table,
} from './types.js';

/** `[{file = "x.whl", hash = "sha256:…"}]` (or uv's `{url, hash}`) → digests by file name. */
function fileDigests(files: unknown, into = digestTable()): Record<string, string> | undefined {
  if (!Array.isArray(files)) return undefined;
  for (const f of files) {
    const name =
      str(f, 'file') ??
      str(f, 'filename') ??
      str(f, 'url')
        ?.replace(/[?#].*$/, '')
        .split('/')
        .pop();
    const hash = str(f, 'hash');
    if (name && hash) into[name] = hash;
  }
  return Object.keys(into).length ? into : undefined;
}

/** poetry.lock's `[package.source]`. */
function poetrySource(s: unknown): Source {
  const type = str(s, 'type');
  const url = str(s, 'url') ?? '';
  if (type === 'git') return git(url);
  if (type === 'url') return { kind: 'url', where: hostOf(url) ?? url };
  if (type === 'file' || type === 'directory') return { kind: 'file', where: url };
  if (url) return registryAt(url);
  return registry();
}

/** uv.lock's `source = { registry = … }`; `local` for the project itself and its workspace members. */
function uvSource(s: unknown): Source | 'local' {
  const reg = str(s, 'registry');
  if (reg) return /^[a-z][a-z0-9+.-]*:\/\//i.test(reg) ? registryAt(reg) : { kind: 'file', where: reg };
  const g = str(s, 'git');
  if (g) return git(g.replace(/\?.*$/, ''));
  const url = str(s, 'url');
  if (url) return { kind: 'url', where: hostOf(url) ?? url };
  const path = str(s, 'path') ?? str(s, 'directory');
  if (path) return { kind: 'file', where: path };
  if (str(s, 'editable') !== undefined || str(s, 'virtual') !== undefined) return 'local';
  return registry();
}

/** pdm.lock: `git`, `url` or `path` on the package itself. */
function pdmSource(p: Table): Source {
  const g = str(p, 'git');
  if (g) return git(g);
  const url = str(p, 'url');
  if (url) return { kind: 'url', where: hostOf(url) ?? url };
  const path = str(p, 'path');
  if (path) return { kind: 'file', where: path };
  return registry();
}

/** Names of dependency lists of a uv package (`dependencies`, optional and dev groups). */
function uvDependencyNames(p: Table): string[] {
  const lists: unknown[] = [own(p, 'dependencies')];
  for (const [, l] of entriesOf(own(p, 'optional-dependencies'))) lists.push(l);
  for (const [, l] of entriesOf(own(p, 'dev-dependencies'))) lists.push(l);
  return lists.flatMap((l) =>
    Array.isArray(l) ? l.map((d) => str(d, 'name')).filter((n) => n !== undefined) : [],
  );
}

/**
 * poetry.lock, uv.lock and pdm.lock: `[[package]]` tables with a name, a version, where it came
 * from and the hashes of its files. uv lists the project itself (editable or virtual): what it
 * depends on is direct, and its workspace members are local packages.
 */
function pythonLock(file: DepFile, sourceOf: (p: Table) => Source | 'local'): DepFileType {
  return {
    ...file,
    async parse(text, pace) {
      const { top, packages } = await tomlPackages(text, pace);
      const oldFiles = own(own(top, 'metadata'), 'files'); // poetry's lock format 1.x
      const direct = new Set<string>();
      const out: Dependency[] = [];
      for (const { table: p, line } of packages) {
        await pace.step();
        const rawName = str(p, 'name');
        if (!rawName) continue;
        const name = normalizePyName(rawName);
        const source = sourceOf(p);
        if (source === 'local') for (const n of uvDependencyNames(p)) direct.add(normalizePyName(n));
        const digests = digestTable();
        fileDigests(own(p, 'files'), digests);
        fileDigests(own(p, 'wheels'), digests);
        fileDigests([own(p, 'sdist')], digests);
        fileDigests(own(oldFiles, rawName), digests);
        out.push({
          name,
          version: str(p, 'version') ?? '',
          direct: false,
          line,
          source: source === 'local' ? { kind: 'file', where: '' } : source,
          digests: Object.keys(digests).length ? digests : undefined,
          local: source === 'local' || undefined,
        });
      }
      for (const d of out) if (direct.has(d.name) && !d.local) d.direct = true;
      return { deps: out };
    },
  };
}

export const poetryLock = pythonLock(DEP_FILE.poetryLock, (p) =>
  Object.hasOwn(p, 'source') ? poetrySource(own(p, 'source')) : registry(),
);
export const uvLock = pythonLock(DEP_FILE.uvLock, (p) => uvSource(own(p, 'source')));
export const pdmLock = pythonLock(DEP_FILE.pdmLock, pdmSource);

/**
 * Pipfile.lock: `default` and `develop` packages with their version, hashes and index (or git,
 * file, path), and `_meta.sources`, the indexes packages may come from.
 */
export const pipfileLock: DepFileType = {
  ...DEP_FILE.pipfileLock,
  async parse(text, pace) {
    const doc = json(text);
    const lines = await jsonKeyLines(text, 2, pace);
    const indexes = new Map<string, string>();
    const directives = indexDirectives(
      own(own(doc, '_meta'), 'sources'),
      'Pipfile.lock source',
      text,
      indexes,
    );
    const out: Dependency[] = [];
    for (const section of ['default', 'develop']) {
      for (const [name, v] of entriesOf(own(doc, section))) {
        await pace.step();
        const version = str(v, 'version')?.replace(/^==/, '') ?? str(v, 'ref') ?? '';
        const hashes = own(v, 'hashes');
        out.push({
          name: normalizePyName(name),
          version,
          direct: false,
          line: lines.get(`${section}${SEP}${name}`),
          source: tableSource(v, indexes),
          hashes: Array.isArray(hashes)
            ? hashes.filter((h): h is string => typeof h === 'string')
            : undefined,
        });
      }
    }
    return { deps: out, directives };
  },
};
