import picomatch from 'picomatch';
import { globPathspecs } from '../../change/pathspec.js';
import type { ChangeSource } from '../../change/types.js';
import { exportedMethods, type FilePreset, type LinePreset, nextRoute, type RawRoute } from './presets.js';

export interface Route {
  method: string;
  /** As written in the source, with the prefix applied. */
  path: string;
  file: string;
  line?: number;
}

/** One place routes come from: a preset or a custom regex, with its paths and URL prefix. */
export type RouteSource = (LinePreset | FilePreset) & { name: string; prefix: string };

/**
 * The comparable form of a path: parameters of every framework (`<int:id>`, `:id`, `{id}`,
 * `[id]`) become `{}`, so renaming a parameter is not a removed route; no trailing slash.
 */
export function normalizePath(path: string): string {
  let p = path.trim().replace(/[?#].*$/, '');
  if (!p.startsWith('/')) p = `/${p}`;
  p = p
    .replace(/<(?:[\w]+:)?\w+>/g, '{}')
    .replace(/\{[^}]*\}/g, '{}')
    .replace(/\[\[?\.\.\.\w+\]?\]/g, '{…}')
    .replace(/\[\w+\]/g, '{}')
    .replace(/:\w+\??/g, '{}')
    .replace(/\/{2,}/g, '/');
  return p.length > 1 ? p.replace(/\/$/, '') : p;
}

export const routeKey = (r: { method: string; path: string }) =>
  `${r.method.toUpperCase()} ${normalizePath(r.path)}`;

function joinPrefix(prefix: string, path: string): string {
  if (!prefix) return path;
  return `${prefix.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
}

function staticPrefix(glob: string): string {
  const i = glob.search(/[*?[{]/);
  const s = i === -1 ? glob : glob.slice(0, i);
  return s.slice(0, s.lastIndexOf('/') + 1);
}

/** Every route a revision declares, read with `git grep` / `git ls-tree`, no checkout. */
export async function routesAt(
  change: ChangeSource,
  rev: string,
  sources: RouteSource[],
  signal?: AbortSignal,
): Promise<Map<string, Route>> {
  const routes = new Map<string, Route>();
  const add = (raw: RawRoute, file: string, line: number | undefined, prefix: string) => {
    const r: Route = {
      method: raw.method.toUpperCase(),
      path: joinPrefix(prefix, raw.path),
      file,
      ...(line ? { line } : {}),
    };
    const key = routeKey(r);
    if (!routes.has(key)) routes.set(key, r);
  };
  for (const src of sources) {
    if (src.kind === 'lines') {
      const pathspecs = globPathspecs(src.paths, src.exclude);
      // Prefixes routers declare in their own file; prefixes added where they are mounted are not followed.
      const routers = new Map<string, string>();
      if (src.routers) {
        const { grep, read } = src.routers;
        await change.grep(
          rev,
          grep,
          pathspecs,
          (hit) => {
            const r = read(hit.text);
            if (r) routers.set(`${hit.path}\0${r.owner}`, r.prefix);
          },
          signal,
        );
      }
      await change.grep(
        rev,
        src.grep,
        pathspecs,
        (hit) => {
          for (const raw of src.extract(hit.text)) {
            const own = raw.owner ? routers.get(`${hit.path}\0${raw.owner}`) : undefined;
            add(own ? { ...raw, path: joinPrefix(own, raw.path) } : raw, hit.path, hit.line, src.prefix);
          }
        },
        signal,
      );
      continue;
    }
    const files = await change.listFiles(rev, src.paths, signal);
    const skipped = src.exclude.length ? picomatch(src.exclude, { dot: true }) : () => false;
    const roots = src.paths.map(staticPrefix);
    for (const file of files) {
      if (skipped(file)) continue;
      const root = roots.filter((r) => file.startsWith(r)).sort((a, b) => b.length - a.length)[0];
      const found = root !== undefined ? nextRoute(root, file) : undefined;
      if (!found) continue;
      if (found.api === 'route') {
        const methods = exportedMethods((await change.read(rev, file, { signal })) ?? '');
        for (const method of methods.length ? methods : ['ANY'])
          add({ method, path: found.path }, file, undefined, src.prefix);
      } else
        add(
          { method: found.api === 'pages-api' ? 'ANY' : 'GET', path: found.path },
          file,
          undefined,
          src.prefix,
        );
    }
  }
  return routes;
}

/** `GET /x`, `/x` (any method) or `POST /cron/*` (a prefix). */
export interface RouteQuery {
  text: string;
  method?: string;
  path: string;
  prefix: boolean;
}

export function parseQuery(text: string): RouteQuery {
  const m = /^\s*(?:([A-Za-z]+)\s+)?(\S+)\s*$/.exec(text);
  const raw = m?.[2] ?? text.trim();
  const prefix = raw.endsWith('*');
  return {
    text,
    method: m?.[1]?.toUpperCase(),
    path: normalizePath(prefix ? raw.replace(/\/?\*+$/, '') || '/' : raw),
    prefix,
  };
}

/** Routes matching a query; ANY on either side matches every method. */
export function matching(routes: Iterable<Route>, q: RouteQuery): Route[] {
  const out: Route[] = [];
  for (const r of routes) {
    const p = normalizePath(r.path);
    const pathOk = q.prefix
      ? p === q.path || p.startsWith(q.path === '/' ? '/' : `${q.path}/`)
      : p === q.path;
    const methodOk = !q.method || q.method === 'ANY' || r.method === 'ANY' || r.method === q.method;
    if (pathOk && methodOk) out.push(r);
  }
  return out;
}
