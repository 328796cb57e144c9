import { joinPrefix } from './routePath.js';
import type { FileRoutes, Target } from './types.js';

/**
 * Prefixes that come from other files: a router mounted with `include_router(prefix=…)`, a
 * urlconf `include()`d under a route, a Rails file `draw`n inside a `namespace`. They are worked
 * out over every file of a revision at once, so a prefix declared in a file that did not change
 * still applies to the routes of one that did (and the other way round).
 */

/** Mounts a router may pass through before the chain is cut (a cycle, or a runaway graph). */
const MAX_PREFIXES = 64;

const SEP = '\0';
/** The prefixes of every router when no file mounts another: one, for each of thousands of routes. */
const NO_PREFIX: readonly string[] = Object.freeze(['']);

export interface Mounted {
  /** Every full prefix a file's router is served under. */
  prefixesOf(file: string, owner: string): readonly string[];
}

export function resolveMounts(files: ReadonlyMap<string, FileRoutes>): Mounted {
  let anyMount = false;
  for (const fr of files.values())
    if (fr.mounts?.length || fr.imports?.size || [...(fr.routers?.values() ?? [])].some(Boolean)) {
      anyMount = true;
      break;
    }
  if (!anyMount) return { prefixesOf: () => NO_PREFIX };

  // Files by their last path segment, to find `api/urls.py` from `include('api.urls')`.
  const byName = new Map<string, string[]>();
  for (const f of files.keys()) {
    const name = f.slice(f.lastIndexOf('/') + 1);
    const list = byName.get(name);
    if (list) list.push(f);
    else byName.set(name, [f]);
  }
  const find = (targets: readonly Target[]): string | undefined => {
    for (const t of targets) {
      if (t.exact) {
        if (files.has(t.file)) return `${t.file}${SEP}${t.name}`;
        continue;
      }
      const candidates = (byName.get(t.file.slice(t.file.lastIndexOf('/') + 1)) ?? []).filter(
        (f) => f === t.file || f.endsWith(`/${t.file}`),
      );
      // The shortest path is the top-level package (`api/urls.py` before `legacy/api/urls.py`).
      candidates.sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
      if (candidates[0] !== undefined) return `${candidates[0]}${SEP}${t.name}`;
    }
    return undefined;
  };
  const nodes = new Map<string, string>();
  const nodeOf = (file: string, owner: string): string => {
    const key = `${file}${SEP}${owner}`;
    let node = nodes.get(key);
    if (node === undefined) {
      const fr = files.get(file);
      const linked = owner && !fr?.routers?.has(owner) ? fr?.imports?.get(owner) : undefined;
      node = (linked && find(linked)) || key;
      nodes.set(key, node);
    }
    return node;
  };
  const ownPrefix = (node: string): string => {
    const i = node.indexOf(SEP);
    return files.get(node.slice(0, i))?.routers?.get(node.slice(i + 1)) ?? '';
  };

  const incoming = new Map<string, { parent: string; prefix: string; replaces: boolean }[]>();
  for (const [file, fr] of files) {
    for (const m of fr.mounts ?? []) {
      const child = find(m.target);
      if (!child) continue;
      const edge = { parent: nodeOf(file, m.parent), prefix: m.prefix, replaces: m.replaces };
      const list = incoming.get(child);
      if (list) list.push(edge);
      else incoming.set(child, [edge]);
    }
  }

  const memo = new Map<string, string[]>();
  const visiting = new Set<string>();
  const full = (node: string): string[] => {
    const known = memo.get(node);
    if (known) return known;
    const own = ownPrefix(node);
    const edges = incoming.get(node);
    if (!edges || visiting.has(node)) return [own];
    visiting.add(node);
    const out = new Set<string>();
    for (const e of edges) {
      const tail = e.replaces ? e.prefix : joinPrefix(e.prefix, own);
      for (const p of full(e.parent)) {
        if (out.size >= MAX_PREFIXES) break;
        out.add(joinPrefix(p, tail));
      }
    }
    visiting.delete(node);
    const list = out.size ? [...out] : [own];
    memo.set(node, list);
    return list;
  };
  return { prefixesOf: (file, owner) => full(nodeOf(file, owner)) };
}

/** One route of a revision with every prefix applied: the mounts of other files, then the source's. */
export interface ExpandedRoute {
  file: string;
  method: string;
  path: string;
  line?: number;
}

/**
 * The routes of a revision's files, files in name order, each under every prefix it is mounted
 * at. The routes check and `init` both read routes this way, so what `init` marks critical is a
 * route the check will find.
 */
export function* expandRoutes(
  sourcePrefix: string,
  files: ReadonlyMap<string, FileRoutes>,
): Generator<ExpandedRoute> {
  const mounted = resolveMounts(files);
  for (const file of [...files.keys()].sort())
    for (const r of files.get(file)!.routes)
      for (const p of mounted.prefixesOf(file, r.owner)) {
        const route: ExpandedRoute = {
          file,
          method: r.method.toUpperCase(),
          path: joinPrefix(sourcePrefix, joinPrefix(p, r.path)) || '/',
        };
        if (r.line) route.line = r.line;
        yield route;
      }
}
