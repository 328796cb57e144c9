import { type Inventory, type Route, yieldToLoop } from './inventory.js';
import { answers, normalizePath, type RouteQuery } from './routePath.js';

/**
 * Base and head inventories compared in one pass each: every route is normalized once and
 * looked up by key, so the work grows with the number of routes, not with its square.
 */

/** A route with its source (the index of the framework that declares it) and comparable path. */
export interface Located extends Route {
  source: number;
  norm: string;
}

const BATCH = 2000;

/** The distinct routes of a revision (per source, first declaration wins), keyed for look-ups. */
export class RouteIndex {
  readonly routes: Located[] = [];
  /** The methods of each source's paths: looked up by parts, no key string built per route. */
  private readonly methods = new Map<number, Map<string, Set<string>>>();

  /**
   * `norms` holds the comparable form of each path seen so far: the two ends of a range share
   * most of their paths, which are then normalized once.
   */
  static async of(
    inv: Inventory,
    signal?: AbortSignal,
    norms: Map<string, string> = new Map(),
  ): Promise<RouteIndex> {
    const index = new RouteIndex();
    let n = 0;
    for (const [source, s] of inv.sources.entries())
      for (const r of s.routes) {
        let norm = norms.get(r.path);
        if (norm === undefined) norms.set(r.path, (norm = normalizePath(r.path)));
        index.add(source, r, norm);
        if (++n % BATCH === 0) await yieldToLoop(signal);
      }
    return index;
  }

  private add(source: number, r: Route, norm: string): void {
    let paths = this.methods.get(source);
    if (!paths) this.methods.set(source, (paths = new Map()));
    let methods = paths.get(norm);
    if (!methods) paths.set(norm, (methods = new Set()));
    else if (methods.has(r.method)) return;
    methods.add(r.method);
    this.routes.push({ ...r, source, norm });
  }

  /** Whether the same source serves the route: ANY on either side stands for every method. */
  serves(r: Located): boolean {
    const methods = this.methods.get(r.source)?.get(r.norm);
    if (!methods) return false;
    return r.method === 'ANY' || methods.has(r.method) || methods.has('ANY');
  }

  /** Routes of any source that answer a query. */
  matching(q: RouteQuery): Located[] {
    return this.routes.filter((r) => answers(r, q));
  }
}

/** Routes of `from` that `to` does not serve. */
export async function missingFrom(
  from: RouteIndex,
  to: RouteIndex,
  signal?: AbortSignal,
): Promise<Located[]> {
  const out: Located[] = [];
  let n = 0;
  for (const r of from.routes) {
    if (!to.serves(r)) out.push(r);
    if (++n % BATCH === 0) await yieldToLoop(signal);
  }
  return out;
}
