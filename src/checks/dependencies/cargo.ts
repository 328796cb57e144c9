import { DEP_FILE } from './files.js';
import { git, hostOf, registry, registryAt } from './sources.js';
import { toml, tomlPackages } from './tomlChunks.js';
import {
  type Dependency,
  type DepFileType,
  type Directive,
  digestTable,
  entriesOf,
  escapeRegex,
  lineAt,
  lineOf,
  own,
  type Source,
  str,
  type Table,
} from './types.js';

function cargoSpec(v: unknown): string {
  if (typeof v === 'string') return v;
  if (own(v, 'workspace') === true) return 'workspace';
  const g = str(v, 'git');
  if (g) return `git ${g}#${str(v, 'rev') ?? str(v, 'tag') ?? str(v, 'branch') ?? ''}`;
  const version = str(v, 'version');
  const path = str(v, 'path');
  if (path && version === undefined) return `path ${path}`;
  return version ?? '*';
}

function cargoSource(v: unknown): Source {
  const g = str(v, 'git');
  if (g) return git(g);
  const path = str(v, 'path');
  if (path) return { kind: 'file', where: path };
  const reg = str(v, 'registry');
  return registry(reg ?? '');
}

/** The dependency tables of a manifest: `[dependencies]`, dev, build, workspace and per target. */
function dependencyTables(doc: Table): unknown[] {
  const tables: unknown[] = [
    own(doc, 'dependencies'),
    own(doc, 'dev-dependencies'),
    own(doc, 'build-dependencies'),
  ];
  tables.push(own(own(doc, 'workspace'), 'dependencies'));
  for (const [, t] of entriesOf(own(doc, 'target')))
    tables.push(own(t, 'dependencies'), own(t, 'dev-dependencies'), own(t, 'build-dependencies'));
  return tables;
}

/**
 * Cargo.toml: dependencies, and `[patch.<registry>]` / `[replace]` entries, which build other
 * code under a crate's name.
 */
export const cargoToml: DepFileType = {
  ...DEP_FILE.cargoToml,
  async parse(text) {
    const doc = toml(text);
    const out = new Map<string, Dependency>();
    for (const t of dependencyTables(doc))
      for (const [key, v] of entriesOf(t)) {
        // `alias = { package = "real-name", … }`
        const name = str(v, 'package') ?? key;
        if (!out.has(name))
          out.set(name, {
            name,
            version: cargoSpec(v),
            direct: true,
            line: lineOf(text, new RegExp(`^\\s*${escapeRegex(key)}\\s*=`, 'm')),
            source: cargoSource(v),
          });
      }
    const directives: Directive[] = [];
    const patch = (scope: string, header: RegExp, name: string, v: unknown) => {
      const to = cargoSpec(v);
      directives.push({
        rule: 'sources',
        key: `${scope} ${name}`,
        value: to,
        text: `${scope} ${name} = ${to}`,
        where: cargoSource(v).where,
        line: lineAfter(text, header, new RegExp(`^\\s*"?${escapeRegex(name)}"?\\s*=`, 'm')),
      });
    };
    for (const [registryName, t] of entriesOf(own(doc, 'patch')))
      for (const [name, v] of entriesOf(t))
        patch(
          `[patch.${registryName}]`,
          new RegExp(`^\\s*\\[patch\\.["']?${escapeRegex(registryName)}`, 'm'),
          name,
          v,
        );
    for (const [name, v] of entriesOf(own(doc, 'replace'))) patch('[replace]', /^\s*\[replace\]/m, name, v);
    return { deps: [...out.values()], directives };
  },
};

/** The line of the first match of `entry` after the first match of `header` (a table's key). */
function lineAfter(text: string, header: RegExp, entry: RegExp): number | undefined {
  const start = text.search(header);
  if (start < 0) return lineOf(text, entry);
  const rest = text.slice(start).search(entry);
  return rest < 0 ? undefined : lineAt(text, start + rest);
}

/** `registry+https://…`, `sparse+https://…`, `git+https://…?branch=x#sha`. */
function lockSource(s: string): Source {
  if (s.startsWith('git+')) return git(s.slice(4).replace(/[?#].*$/, ''));
  if (s.startsWith('registry+') || s.startsWith('sparse+')) return registryAt(s.slice(s.indexOf('+') + 1));
  return { kind: 'url', where: hostOf(s) ?? s };
}

/** Cargo.lock: packages with a `source` come from a registry or git; those without are the workspace's own. */
export const cargoLock: DepFileType = {
  ...DEP_FILE.cargoLock,
  async parse(text, pace) {
    const { packages } = await tomlPackages(text, pace);
    const out: Dependency[] = [];
    for (const { table: p, line } of packages) {
      await pace.step();
      const name = str(p, 'name');
      const version = str(p, 'version');
      if (!name || !version) continue;
      const source = str(p, 'source');
      const checksum = str(p, 'checksum');
      const digests = checksum ? digestTable() : undefined;
      if (digests && checksum) digests.sha256 = checksum;
      out.push({
        name,
        version,
        direct: false,
        line,
        source: source ? lockSource(source) : { kind: 'file', where: '' },
        digests,
        local: source === undefined || undefined,
      });
    }
    return { deps: out };
  },
};

/**
 * `.cargo/config.toml`: source replacement (`[source.crates-io] replace-with = …`) sends every
 * crate of a registry somewhere else, and `[registries]` names registries by their index.
 */
export const cargoConfig: DepFileType = {
  ...DEP_FILE.cargoConfig,
  async parse(text) {
    const doc = toml(text);
    const directives: Directive[] = [];
    for (const [name, t] of entriesOf(own(doc, 'source')))
      for (const key of ['replace-with', 'registry', 'git', 'directory', 'local-registry']) {
        const v = str(t, key);
        if (v === undefined) continue;
        directives.push({
          rule: 'sources',
          key: `[source.${name}] ${key}`,
          value: v,
          text: `[source.${name}] ${key} = ${v}`,
          where: /^[a-z]+:\/\//i.test(v) ? (key === 'git' ? git(v).where : hostOf(v)) : v,
          line: lineOf(text, new RegExp(`^\\s*${escapeRegex(key)}\\s*=\\s*["']${escapeRegex(v)}`, 'm')),
        });
      }
    for (const [name, t] of entriesOf(own(doc, 'registries'))) {
      const index = str(t, 'index');
      if (!index) continue;
      directives.push({
        rule: 'sources',
        key: `[registries.${name}] index`,
        value: index,
        text: `[registries.${name}] index = ${index}`,
        where: hostOf(index.replace(/^(?:sparse|registry)\+/, '')),
        line: lineOf(text, index),
      });
    }
    return { deps: [], directives };
  },
};
