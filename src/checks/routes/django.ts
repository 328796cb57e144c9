import { Code, type Span } from './code.js';
import { importedTarget, moduleFiles, pythonImports } from './python.js';
import { joinPrefix } from './routePath.js';
import type { FileRoutes, Mount, ParsedRoute, Target } from './types.js';

/**
 * Django urlconfs: `path()`, `re_path()` and `url()` entries, split over lines or not. An
 * `include()` mounts another urlconf (by module name, or an imported module) or an inline list
 * of entries under the entry's route.
 */

export const DJANGO_GREP = ['(path|re_path|url)[[:space:]]*\\('];

const ENTRY = /(?<![\w.])(path|re_path|url)\s*\(/g;
const INCLUDE = /^include\s*\(/;

/** A `re_path` regex as a route: anchors dropped, named groups as `<name>`. */
function fromRegex(re: string): string {
  return re
    .replace(/^\^/, '')
    .replace(/\$$/, '')
    .replace(/\(\?P<(\w+)>[^)]*\)/g, '<$1>');
}

function slash(route: string): string {
  return route.startsWith('/') ? route : `/${route}`;
}

/** Where an `include()` argument leads: a urlconf module, or an inline list. */
function includeOf(
  code: Code,
  file: string,
  imports: ReturnType<typeof pythonImports>,
  arg: Span,
): { targets: Target[] } | { list: Span } | undefined {
  const inner = code.args(arg.start + code.text(arg).indexOf('('));
  const first = inner[0];
  if (!first) return undefined;
  const text = code.text(first);
  if (text.startsWith('[')) return { list: first };
  const name = code.str(first) ?? (text.startsWith('(') ? code.strs(first)[0] : undefined);
  if (name !== undefined) {
    const parts = name.split('.');
    return parts.every((p) => /^\w+$/.test(p)) ? { targets: moduleFiles(file, 0, parts, '') } : undefined;
  }
  const targets = importedTarget(file, imports, text, true);
  return targets.length ? { targets } : undefined;
}

export function parseDjango(file: string, text: string): FileRoutes {
  const code = new Code(text, 'python');
  const imports = pythonImports(code);
  const routes: ParsedRoute[] = [];
  const mounts: Mount[] = [];
  // Inline include([...]) lists still open, each with the route it is mounted under.
  const open: { end: number; prefix: string }[] = [];
  for (const m of code.code.matchAll(ENTRY)) {
    while (open.length && open[open.length - 1]!.end < m.index) open.pop();
    const args = code.args(m.index + m[0].length - 1);
    const raw = code.str(args[0]);
    if (raw === undefined || args.length < 2) continue;
    const route = slash(m[1] === 'path' ? raw : fromRegex(raw));
    const outer = open.reduce((p, o) => joinPrefix(p, o.prefix), '');
    const full = joinPrefix(outer, route);
    const view = args[1]!;
    if (INCLUDE.test(code.text(view))) {
      const inc = includeOf(code, file, imports, view);
      if (inc && 'list' in inc) open.push({ end: inc.list.end, prefix: route });
      else if (inc) mounts.push({ parent: '', target: inc.targets, prefix: full, replaces: false });
      // An include that cannot be followed mounts routes this check does not see: no page here.
      continue;
    }
    routes.push({ method: 'ANY', path: full, line: code.line(m.index), owner: '' });
  }
  return { routes, mounts };
}
