/** Where web frameworks declare routes, and how to read a route off a line of source. */

export const PRESET_IDS = ['flask', 'fastapi', 'django', 'express', 'fastify', 'koa', 'nextjs'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export interface RawRoute {
  method: string;
  path: string;
  /** The router object it is declared on (`router` of `@router.get`), to apply its prefix. */
  owner?: string;
}

export interface LinePreset {
  kind: 'lines';
  paths: string[];
  exclude: string[];
  /** POSIX ERE for `git grep`: only lines matching it are read. */
  grep: string[];
  extract(line: string): RawRoute[];
  /** Routers that carry their own prefix in the same file: `router = APIRouter(prefix="/items")`. */
  routers?: { grep: string[]; read(line: string): { owner: string; prefix: string } | undefined };
}

/** Routes that are files (Next.js): `app/blog/[slug]/page.tsx` is GET /blog/{slug}. */
export interface FilePreset {
  kind: 'files';
  paths: string[];
  exclude: string[];
}

const HTTP = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'];
const TESTS = [
  '**/node_modules/**',
  '**/*.test.*',
  '**/*.spec.*',
  '**/__tests__/**',
  '**/tests/**',
  '**/test/**',
];
const PY_TESTS = [
  '**/tests/**',
  '**/test_*.py',
  '**/*_test.py',
  '**/venv/**',
  '**/.venv/**',
  '**/site-packages/**',
];

function quotedList(s: string | undefined): string[] {
  return s ? [...s.matchAll(/['"](\w+)['"]/g)].map((m) => m[1]!.toUpperCase()) : [];
}

/** `@app.route("/x", methods=["POST"])`, `@bp.get("/x")`, `@router.api_route("/x", methods=[…])`. */
function pythonDecorator(line: string): RawRoute[] {
  const m =
    /^\s*@(?:[\w.]+\.)?(\w+)\.(route|api_route|websocket|get|post|put|patch|delete|head|options|trace)\(\s*(?:path\s*=\s*)?[rbuf]*(['"])(.*?)\3(.*)$/.exec(
      line,
    );
  if (!m) return [];
  const [, owner, verb, , path, rest] = m;
  if (verb === 'route' || verb === 'api_route') {
    const methods = quotedList(/methods\s*=\s*[[(]([^\])]*)/.exec(rest!)?.[1]);
    return (methods.length ? methods : [verb === 'route' ? 'GET' : 'ANY']).map((method) => ({
      method,
      path: path!,
      owner,
    }));
  }
  return [{ method: verb === 'websocket' ? 'WS' : verb!.toUpperCase(), path: path!, owner }];
}

/** `router = APIRouter(prefix="/items")`, `bp = Blueprint("x", __name__, url_prefix="/x")`. */
function pythonRouter(line: string): { owner: string; prefix: string } | undefined {
  const m = /^\s*(\w+)\s*(?::\s*\w+\s*)?=\s*(?:[\w.]+\.)?(?:APIRouter|Blueprint)\((.*)$/.exec(line);
  const prefix = m && /\b(?:url_)?prefix\s*=\s*[rbuf]*['"]([^'"]*)['"]/.exec(m[2]!)?.[1];
  return m && prefix ? { owner: m[1]!, prefix } : undefined;
}

/** `path('users/<int:pk>/', …)`, `re_path(r'^users/(?P<pk>\d+)/$', …)`, `url(r'^…$', …)`. */
function djangoUrl(line: string): RawRoute[] {
  const m = /\b(path|re_path|url)\(\s*[rbu]*(['"])(.*?)\2\s*,/.exec(line);
  if (!m) return [];
  let path = m[3]!;
  if (m[1] !== 'path')
    path = path
      .replace(/^\^/, '')
      .replace(/\$$/, '')
      .replace(/\(\?P<(\w+)>[^)]*\)/g, '<$1>');
  // include('app.urls') mounts other routes here: the prefix itself is not a page.
  if (/\binclude\(/.test(line)) return [];
  return [{ method: 'ANY', path: `/${path}` }];
}

/** `app.get('/x', …)`, `router.post("/x")`, Koa's `router.get('name', '/x', …)`, Fastify's `route({method, url})`. */
function jsCall(line: string): RawRoute[] {
  const out: RawRoute[] = [];
  const call =
    /\b(?:app|router|server|fastify|koa|instance|[a-z]\w*(?:Router|App|Server|Routes))\.(get|post|put|patch|delete|head|options|all)\(\s*(?:['"][\w.:-]+['"]\s*,\s*)?(['"`])(\/[^'"`]*)\2/g;
  for (const m of line.matchAll(call))
    out.push({ method: m[1] === 'all' ? 'ANY' : m[1]!.toUpperCase(), path: m[3]! });
  const route = /\.route\(\s*\{(.*)\}/.exec(line);
  if (route) {
    const url = /\b(?:url|path)\s*:\s*['"`](\/[^'"`]*)['"`]/.exec(route[1]!)?.[1];
    const method = /\bmethod\s*:\s*(\[[^\]]*\]|['"]\w+['"])/.exec(route[1]!)?.[1];
    if (url) for (const mm of method ? quotedList(method) : ['ANY']) out.push({ method: mm, path: url });
  }
  return out;
}

const JS_FILES = ['**/*.js', '**/*.mjs', '**/*.cjs', '**/*.ts', '**/*.mts', '**/*.cts'];
const jsPreset: LinePreset = {
  kind: 'lines',
  paths: JS_FILES,
  exclude: [...TESTS, '**/dist/**', '**/build/**', '**/*.d.ts', '**/*.min.js'],
  grep: [`\\.(${[...HTTP, 'all'].join('|')}|route)\\(`],
  extract: jsCall,
};
const pyPreset: LinePreset = {
  kind: 'lines',
  paths: ['**/*.py'],
  exclude: PY_TESTS,
  grep: [
    `^[[:space:]]*@[A-Za-z_][A-Za-z0-9_.]*\\.(route|api_route|websocket|${[...HTTP, 'trace'].join('|')})\\(`,
  ],
  extract: pythonDecorator,
  routers: { grep: ['(APIRouter|Blueprint)\\(.*prefix'], read: pythonRouter },
};

export const PRESETS: Record<PresetId, LinePreset | FilePreset> = {
  flask: pyPreset,
  fastapi: pyPreset,
  django: {
    kind: 'lines',
    paths: ['**/urls.py'],
    exclude: PY_TESTS,
    grep: ['(path|re_path|url)\\('],
    extract: djangoUrl,
  },
  express: jsPreset,
  fastify: jsPreset,
  koa: jsPreset,
  nextjs: {
    kind: 'files',
    paths: ['app/**', 'src/app/**', 'pages/**', 'src/pages/**'],
    exclude: ['**/node_modules/**', '**/_*.*', '**/*.test.*', '**/*.spec.*'],
  },
};

const PAGE_FILE = /\.(?:js|jsx|ts|tsx|md|mdx)$/;
const METHODS_EXPORT =
  /export\s+(?:async\s+)?(?:function|const|let)\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/g;

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

/** HTTP methods an app-router `route.ts` exports. */
export function exportedMethods(source: string): string[] {
  return [...source.matchAll(METHODS_EXPORT)].map((m) => m[1]!);
}
