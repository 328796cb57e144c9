import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkType } from '../../src/checks/registry.js';
import { normalizePath } from '../../src/checks/routes/routePath.js';
import type { CheckResult } from '../../src/core/types.js';
import { commit, makeRepo, source } from '../change/repo.js';
import { tempDir } from '../helpers/fs.js';
import { runCheck } from './run.js';

async function check(
  dir: string,
  base: string | undefined,
  spec: Record<string, unknown>,
): Promise<CheckResult> {
  return runCheck('routes', spec, {
    cwd: dir,
    outputDir: path.join(dir, '.out'),
    deps: { change: source(dir, base ? { base } : {}) },
  });
}

async function headRoutes(dir: string): Promise<string[]> {
  const ev = JSON.parse(await readFile(path.join(dir, '.out/evidence/routes/routes.json'), 'utf8')) as {
    head: { method: string; path: string; file: string; line?: number }[];
  };
  return ev.head.map((r) => `${r.method} ${r.path} ${r.file}${r.line ? `:${r.line}` : ''}`).sort();
}

const FLASK_BASE = `from flask import Flask
app = Flask(__name__)

@app.route('/')
def index(): ...

@bp.route("/brief")
def brief(): ...

@app.route('/portfolio', methods=['GET', 'POST'])
def portfolio(): ...

@cron_bp.route('/cron/nightly', methods=["POST"])
def nightly(): ...

@app.get('/permits/<int:permit_id>')
def permit(permit_id): ...

@app.route('/health')
def health(): ...
`;

describe('routes check', () => {
  it('fails when a critical route disappears, warns for removed routes, notes new ones (Flask)', async () => {
    const dir = await tempDir();
    const base = await makeRepo(dir, {
      'web/app.py': FLASK_BASE,
      'tests/test_app.py': "@app.route('/only-in-tests')\n",
    });
    await commit(dir, {
      'web/app.py': FLASK_BASE.replace('@bp.route("/brief")\n', '')
        .replace("methods=['GET', 'POST']", "methods=['GET']")
        .replace('<int:permit_id>', '<int:pid>')
        .concat("\n@app.route('/search')\ndef search(): ...\n"),
    });
    const r = await check(dir, base, {
      presets: ['flask'],
      critical: ['GET /', 'GET /brief', 'POST /cron/*', '/health'],
    });
    expect(
      r.findings.map(
        (f) => `${f.level} ${f.message}${f.file ? ` @${f.file}${f.line ? `:${f.line}` : ''}` : ''}`,
      ),
    ).toEqual([
      'failure critical route missing at head: GET /brief (was GET /brief at web/app.py:7 in base) @web/app.py',
      'warning route removed since base: GET /brief (was at web/app.py:7) @web/app.py',
      'warning route removed since base: POST /portfolio (was at web/app.py:10) @web/app.py',
      'notice new route: GET /search @web/app.py:21',
    ]);
    expect(r).toMatchObject({
      status: 'fail',
      score: 2,
      metrics: { routesBase: 7, routesHead: 6, added: 1, removed: 2, criticalMissing: 1 },
    });
    expect(r.summary).toBe(
      '1 critical route(s) missing: GET /brief (was GET /brief at web/app.py:7 in base); 6 route(s) at head, 7 at base: 1 added, 2 removed',
    );
  });

  it('reads FastAPI and Django routes, with the router’s own prefix and include() left out', async () => {
    const dir = await tempDir();
    const base = await makeRepo(dir, {});
    await commit(dir, {
      'api/users.py': [
        'router = APIRouter()',
        '@router.get("/users/{user_id}")',
        'async def get_user(user_id: int): ...',
        '@router.api_route(path="/users", methods=["GET", "HEAD"])',
        'async def list_users(): ...',
        '@router.websocket("/ws")',
        'async def ws(): ...',
      ].join('\n'),
      'api/items.py': [
        'router = APIRouter(prefix="/items", tags=["items"])',
        '@router.get("/")',
        'def list_items(): ...',
        '@router.delete("/{id}")',
        'def delete_item(id: int): ...',
      ].join('\n'),
      'site/urls.py': [
        'urlpatterns = [',
        "    path('', views.home),",
        "    path('articles/<slug:slug>/', views.article),",
        "    re_path(r'^archive/(?P<year>[0-9]{4})/$', views.archive),",
        "    path('api/', include('api.urls')),",
        ']',
      ].join('\n'),
    });
    const r = await check(dir, base, {
      presets: [{ preset: 'fastapi', prefix: '/v1' }, 'django'],
      critical: ['GET /v1/users/{id}'],
    });
    expect(await headRoutes(dir)).toEqual([
      'ANY / site/urls.py:2',
      'ANY /archive/<year>/ site/urls.py:4',
      'ANY /articles/<slug:slug>/ site/urls.py:3',
      'DELETE /v1/items/{id} api/items.py:4',
      'GET /v1/items/ api/items.py:2',
      'GET /v1/users api/users.py:4',
      'GET /v1/users/{user_id} api/users.py:2',
      'HEAD /v1/users api/users.py:4',
      'WS /v1/ws api/users.py:6',
    ]);
    expect(r.status).toBe('pass');
    expect(r.summary).toBe(
      '9 route(s) at head, 0 at base: 9 added, 0 removed; all 1 critical route(s) present',
    );
  });

  it('reads Express, Fastify and Koa routes and ignores HTTP clients and tests', async () => {
    const dir = await tempDir();
    const base = await makeRepo(dir, {});
    await commit(dir, {
      'src/server.ts': [
        "app.get('/health', (req, res) => res.send('ok'));",
        'apiRouter.post("/orders/:orderId/refund", refund);',
        "fastify.route({ method: ['GET', 'POST'], url: '/items', handler });",
        "router.get('user', '/users/:id', show);",
        "app.all('/legacy/*', proxy);",
        "const data = await axios.get('/api/not-a-route');",
      ].join('\n'),
      'src/server.test.ts': "app.get('/test-only', h);\n",
    });
    const r = await check(dir, base, { presets: ['express', 'fastify', 'koa'] });
    expect(await headRoutes(dir)).toEqual([
      'ANY /legacy/* src/server.ts:5',
      'GET /health src/server.ts:1',
      'GET /items src/server.ts:3',
      'GET /users/:id src/server.ts:4',
      'POST /items src/server.ts:3',
      'POST /orders/:orderId/refund src/server.ts:2',
    ]);
    expect(r.status).toBe('pass');
  });

  it('derives Next.js routes from the app and pages directories', async () => {
    const dir = await tempDir();
    const base = await makeRepo(dir, {
      'app/page.tsx': 'export default function Home() {}\n',
      'app/(marketing)/pricing/page.tsx': 'x\n',
      'app/blog/[slug]/page.tsx': 'x\n',
      'app/api/orders/route.ts': 'export async function GET() {}\nexport const POST = handler;\n',
      'app/@modal/login/page.tsx': 'x\n',
      'app/layout.tsx': 'x\n',
      'pages/index.tsx': 'x\n',
      'pages/docs/[...path].tsx': 'x\n',
      'pages/api/hook.ts': 'x\n',
      'pages/_app.tsx': 'x\n',
    });
    await commit(dir, {
      'app/blog/[slug]/page.tsx': null,
      'app/blog/[id]/page.tsx': 'x\n',
      'app/api/orders/route.ts': 'export async function GET() {}\n',
    });
    const r = await check(dir, base, { presets: ['nextjs'], critical: ['GET /blog/{x}', 'GET /pricing'] });
    expect(await headRoutes(dir)).toEqual([
      'ANY /api/hook pages/api/hook.ts',
      'GET / app/page.tsx',
      'GET /api/orders app/api/orders/route.ts',
      'GET /blog/[id] app/blog/[id]/page.tsx',
      'GET /docs/[...path] pages/docs/[...path].tsx',
      'GET /login app/@modal/login/page.tsx',
      'GET /pricing app/(marketing)/pricing/page.tsx',
    ]);
    expect(r.findings.map((f) => f.message)).toEqual([
      'route removed since base: POST /api/orders (was at app/api/orders/route.ts)',
    ]);
    expect(r.status).toBe('warn');
  });

  it('takes custom patterns, ignores expected removals, and errors when it has nothing to read', async () => {
    const dir = await tempDir();
    const base = await makeRepo(dir, { 'routes.txt': 'ROUTE GET /a\nROUTE POST /b\nROUTE GET /old\n' });
    await commit(dir, { 'routes.txt': 'ROUTE GET /a\nROUTE POST /b\n' });
    const r = await check(dir, base, {
      custom: [{ pattern: '^ROUTE (?<method>\\w+) (?<path>\\S+)$', paths: ['routes.txt'], grep: '^ROUTE ' }],
      critical: ['/a', 'POST /b'],
      ignoreRemoved: ['/old'],
    });
    expect(r).toMatchObject({ status: 'pass', findings: [], metrics: { routesBase: 3, routesHead: 2 } });

    const none = await check(dir, base, {});
    expect(none).toMatchObject({
      status: 'error',
      summary: 'could not run: nothing to read routes from: give presets (e.g. [flask]) or custom patterns',
    });
    const empty = await check(dir, base, { presets: ['django'] });
    expect(empty.summary).toBe(
      'could not run: no routes found at base or head with django — check the presets and paths',
    );
  });

  it('still names missing critical routes at HEAD when there is no base to compare with', async () => {
    const dir = await tempDir();
    await makeRepo(dir, { 'web/app.py': "@app.route('/health')\n" });
    const r = await check(dir, undefined, { presets: ['flask'], critical: ['/health', 'GET /brief'] });
    expect(r.status).toBe('error');
    expect(r.summary).toContain('no base revision to compare with');
    expect(r.findings).toEqual([{ level: 'failure', message: 'critical route missing at HEAD: GET /brief' }]);
  });

  it('refuses an app directory outside the repository, naming it', () => {
    const fields = checkType('routes')!.fields;
    for (const dir of ['../other', '/srv/app', 'apps/../../x']) {
      const r = fields.safeParse({ presets: [{ preset: 'rails', dir }] });
      expect(r.success).toBe(false);
      expect(r.error!.issues[0]).toMatchObject({
        path: ['presets', 0, 'dir'],
        message: `expected a directory inside the repository, relative to its root (e.g. services/api), got "${dir}"`,
      });
    }
    expect(fields.safeParse({ presets: [{ preset: 'rails', dir: './apps/shop/' }] }).success).toBe(true);
  });

  it('compares paths across frameworks’ parameter syntaxes', () => {
    expect(['/u/<int:id>/', '/u/:id', '/u/{user_id}', '/u/[id]'].map(normalizePath)).toEqual([
      '/u/{}',
      '/u/{}',
      '/u/{}',
      '/u/{}',
    ]);
    expect(normalizePath('')).toBe('/');
    expect(normalizePath('docs/[...path]')).toBe('/docs/{…}');
  });
});
