import { Code } from './code.js';
import type { FileRoutes } from './types.js';

/** Next.js routes are files: `app/blog/[slug]/page.tsx` is GET /blog/{slug}. */

const PAGE_FILE = /\.(?:js|jsx|ts|tsx|md|mdx)$/;
const HTTP = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];
const EXPORTED = new RegExp(
  String.raw`\bexport\s+(?:async\s+)?(?:function\s*\*?|const|let|var)\s+(${HTTP.join('|')})\b`,
  'g',
);
const EXPORT_LIST = /\bexport\s*(?:(?:const|let|var)\s*)?\{/g;
/** A method name bound by an export list or a destructuring (not a key renamed to another name). */
const BOUND = new RegExp(String.raw`\b(${HTTP.join('|')})\b(?!\s*(?::|as\b))`, 'g');

/**
 * The route of a Next.js file, relative to the `app/` or `pages/` directory it is under (`root`):
 * route groups `(x)` and parallel slots `@x` are not in the URL; `[id]` and `[...slug]` are params.
 */
export function nextRoute(
  root: string,
  file: string,
): { path: string; api: 'route' | 'page' | 'pages-api' | 'page-file' } | undefined {
  const rel = file.slice(root.length);
  if (!PAGE_FILE.test(rel)) return undefined;
  const segments = rel.split('/');
  const name = segments.pop()!.replace(PAGE_FILE, '');
  const url = (parts: string[]) =>
    `/${parts.filter((p) => !/^\(.*\)$/.test(p) && !p.startsWith('@')).join('/')}`;
  if (/(?:^|\/)app\/$/.test(root)) {
    if (name === 'page') return { path: url(segments), api: 'page' };
    if (name === 'route') return { path: url(segments), api: 'route' };
    return undefined;
  }
  if (name.startsWith('_') || segments.some((s) => s.startsWith('_'))) return undefined;
  const parts = name === 'index' ? segments : [...segments, name];
  return { path: url(parts), api: segments[0] === 'api' ? 'pages-api' : 'page-file' };
}

/**
 * HTTP methods a `route.ts` exports: `export async function GET`, `export const POST = …`,
 * `export { handler as GET, POST }`, `export const { GET, POST } = handlers`.
 */
export function exportedMethods(source: string): string[] {
  const code = new Code(source, 'js');
  const found = new Set<string>();
  for (const m of code.code.matchAll(EXPORTED)) found.add(m[1]!);
  for (const m of code.code.matchAll(EXPORT_LIST)) {
    const open = m.index + m[0].length - 1;
    const close = code.close(open);
    if (close < 0) continue;
    for (const b of code.code.slice(open + 1, close).matchAll(BOUND)) found.add(b[1]!);
  }
  return HTTP.filter((h) => found.has(h));
}

/** The directory of `paths` a file is under, longest first. */
function rootOf(roots: readonly string[], file: string): string | undefined {
  let best: string | undefined;
  for (const r of roots) if (file.startsWith(r) && (best === undefined || r.length > best.length)) best = r;
  return best;
}

export function isNextRoute(roots: readonly string[], file: string): boolean {
  const root = rootOf(roots, file);
  return root !== undefined && nextRoute(root, file) !== undefined;
}

export function nextNeedsText(file: string): boolean {
  return /(?:^|\/)route\.(?:js|jsx|ts|tsx)$/.test(file);
}

export function parseNext(roots: readonly string[], file: string, text: string | undefined): FileRoutes {
  const root = rootOf(roots, file);
  const found = root !== undefined ? nextRoute(root, file) : undefined;
  if (!found) return { routes: [] };
  if (found.api === 'route') {
    const methods = exportedMethods(text ?? '');
    return {
      routes: (methods.length ? methods : ['ANY']).map((method) => ({ method, path: found.path, owner: '' })),
    };
  }
  return {
    routes: [{ method: found.api === 'pages-api' ? 'ANY' : 'GET', path: found.path, owner: '' }],
  };
}
