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
  private readonly keys = new Set<string>();
  private readonly paths = new Set<string>();

  static async of(inv: Inventory, signal?: AbortSignal): Promise<RouteIndex> {
    const index = new RouteIndex();
    let n = 0;
    for (const [source, s] of inv.sources.entries())
      for (const r of s.routes) {
        index.add(source, r);
        if (++n % BATCH === 0) await yieldToLoop(signal);
      }
    return index;
  }

  private add(source: number, r: Route): void {
    const norm = normalizePath(r.path);
    const key = `${source} ${r.method} ${norm}`;
    if (this.keys.has(key)) return;
    this.keys.add(key);
    this.paths.add(`${source} ${norm}`);
    this.routes.push({ ...r, source, norm });
  }

  /** Whether the same source serves the route: ANY on either side stands for every method. */
  serves(r: Located): boolean {
    if (r.method === 'ANY') return this.paths.has(`${r.source} ${r.norm}`);
    return this.keys.has(`${r.source} ${r.method} ${r.norm}`) || this.keys.has(`${r.source} ANY ${r.norm}`);
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
