import { PRESETS } from './presets.js';
import type { Framework, PresetId } from './types.js';

/** One inventory of routes: a framework (or a custom pattern) over its files, with its URL prefix. */
export interface RouteSource {
  /** How findings and evidence name it: `flask`, `express, koa`, `django (services/api)`. */
  name: string;
  framework: Framework;
  /** Globs from the repository root. */
  paths: string[];
  exclude: string[];
  prefix: string;
  /** The directories the globs start from (`app/` of `app/**`), where file-routed paths begin. */
  roots: string[];
}

export interface PresetEntry {
  preset: PresetId;
  paths?: string[];
  exclude?: string[];
  prefix?: string;
  dir?: string;
}

export interface CustomEntry {
  pattern: string;
  paths: string[];
  exclude: string[];
  grep?: string;
  method: string;
  prefix: string;
}

/** `services/api` as written (`./services/api/`, `/services/api`), '' for the root. */
export function cleanDir(dir: string | undefined): string {
  if (!dir) return '';
  const d = dir.replace(/^\.\//, '').replace(/^\/+/, '').replace(/\/+$/, '');
  return d === '.' ? '' : d;
}

function under(dir: string, glob: string): string {
  const g = glob.replace(/^\.\//, '').replace(/^\//, '');
  return dir ? `${dir}/${g}` : g;
}

function staticRoot(glob: string): string {
  const i = glob.search(/[*?[{]/);
  const s = i === -1 ? glob : glob.slice(0, i);
  return s.slice(0, s.lastIndexOf('/') + 1);
}

/**
 * The sources a check reads. Presets that read the same files the same way (express, fastify
 * and koa; flask and fastapi) are one source, so their routes are read once and a removed route
 * is reported once; every other entry keeps its own inventory, so two frameworks' (or two apps')
 * routes never stand in for each other.
 */
export function routeSources(
  presets: readonly (PresetId | PresetEntry)[],
  custom: readonly CustomEntry[],
): RouteSource[] {
  const byKey = new Map<string, RouteSource>();
  const out: RouteSource[] = [];
  for (const p of presets) {
    const o: PresetEntry = typeof p === 'string' ? { preset: p } : p;
    const preset = PRESETS[o.preset];
    const dir = cleanDir(o.dir);
    const paths = (o.paths ?? preset.paths).map((g) => under(dir, g));
    const exclude = (o.exclude ?? preset.exclude).map((g) => under(dir, g));
    const prefix = o.prefix ?? '';
    const key = JSON.stringify([preset.reader, paths, exclude, prefix]);
    const same = byKey.get(key);
    if (same) {
      const names = new Set(same.name.replace(/ \(.*\)$/, '').split(', '));
      if (!names.has(o.preset)) {
        names.add(o.preset);
        same.name = `${[...names].join(', ')}${dir ? ` (${dir})` : ''}`;
      }
      continue;
    }
    const source: RouteSource = {
      name: `${o.preset}${dir ? ` (${dir})` : ''}`,
      framework: preset.framework,
      paths,
      exclude,
      prefix,
      roots: paths.map(staticRoot),
    };
    byKey.set(key, source);
    out.push(source);
  }
  for (const c of custom) {
    const re = new RegExp(c.pattern);
    out.push({
      name: 'custom',
      framework: {
        kind: 'lines',
        grep: [c.grep ?? ''],
        extract: (line) => {
          const m = re.exec(line);
          return m?.groups?.path ? [{ method: m.groups.method ?? c.method, path: m.groups.path }] : [];
        },
      },
      paths: c.paths,
      exclude: c.exclude,
      prefix: c.prefix,
      roots: c.paths.map(staticRoot),
    });
  }
  return out;
}
