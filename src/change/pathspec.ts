/**
 * Globs (as the config writes them, relative to the repository root) → git pathspecs. `top`
 * anchors them at the root whatever directory the gate runs in; `glob` makes `*` stop at `/`
 * and `**` cross directories, as everywhere else in the config.
 */
export function globPathspecs(include: readonly string[], exclude: readonly string[] = []): string[] {
  const inc = include.map((g) => `:(top,glob)${trimSlash(g)}`);
  const exc = exclude.map((g) => `:(top,glob,exclude)${trimSlash(g)}`);
  // An exclude alone would match nothing in old gits; pair it with "everything".
  return [...(inc.length ? inc : exc.length ? [':(top)'] : []), ...exc];
}

function trimSlash(g: string): string {
  return g.startsWith('./') ? g.slice(2) : g.startsWith('/') ? g.slice(1) : g;
}
