/** Route paths: joining prefixes, the comparable form, and the queries the config writes. */

/**
 * The comparable form of a path: parameters of every framework (`<int:id>`, `:id`, `{id}`,
 * `[id]`) become `{}`, so renaming a parameter is not a removed route; no trailing slash.
 */
export function normalizePath(path: string): string {
  let p = path.trim();
  // Most paths hold no query, fragment or bracketed parameter, which each of these needs to match.
  const bracketed = /[?#<{[]/.test(p);
  if (bracketed) p = p.replace(/[?#].*$/, '');
  if (!p.startsWith('/')) p = `/${p}`;
  if (bracketed)
    p = p
      .replace(/<(?:[\w]+:)?\w+>/g, '{}')
      .replace(/\{[^}]*\}/g, '{}')
      .replace(/\[\[?\.\.\.\w+\]?\]/g, '{…}')
      .replace(/\[\w+\]/g, '{}');
  p = p.replace(/:\w+\??/g, '{}').replace(/\/{2,}/g, '/');
  return p.length > 1 ? p.replace(/\/$/, '') : p;
}

/** `prefix` + `path` with one slash between them. */
export function joinPrefix(prefix: string, path: string): string {
  if (!prefix) return path;
  if (!path) return prefix;
  return `${prefix.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
}

/** `GET /x`, `/x` (any method) or `POST /cron/*` (a prefix). */
export interface RouteQuery {
  text: string;
  method?: string;
  /** Normalized. */
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

/** Whether a route (its method and normalized path) answers a query; ANY on either side matches every method. */
export function answers(route: { method: string; norm: string }, q: RouteQuery): boolean {
  const p = route.norm;
  const pathOk = q.prefix ? p === q.path || p.startsWith(q.path === '/' ? '/' : `${q.path}/`) : p === q.path;
  return pathOk && (!q.method || q.method === 'ANY' || route.method === 'ANY' || route.method === q.method);
}
