import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChangeSource } from '../../src/change/types.js';
import type { CheckResult } from '../../src/core/types.js';
import { commit, makeRepo, source } from '../change/repo.js';
import { tempDir } from '../helpers/fs.js';
import { runCheck } from './run.js';

interface GrepCall {
  rev: string;
  /** `read` for a file read whole (`paths` is that file), the patterns of a grep otherwise. */
  patterns: string[] | 'read';
  paths: string[];
}

/** A real change source that records every grep and every file read it is asked for. */
function recording(change: ChangeSource, calls: GrepCall[]): ChangeSource {
  return {
    range: () => change.range(),
    settled: () => change.settled(),
    close: () => change.close(),
    files: (o) => change.files(o),
    scan: (v, o) => change.scan(v, o),
    scanPortable: (job, o) => change.scanPortable(job, o),
    read: (rev, p, o) => {
      calls.push({ rev, patterns: 'read', paths: [p] });
      return change.read(rev, p, o);
    },
    listFiles: (rev, p, s) => change.listFiles(rev, p, s),
    entries: (rev, p, s) => change.entries(rev, p, s),
    grep: (rev, patterns, paths, onHit, signal, opts) => {
      calls.push({ rev, patterns, paths });
      return change.grep(rev, patterns, paths, onHit, signal, opts);
    },
  };
}

const kindOf = (c: GrepCall) =>
  c.patterns === 'read' ? 'read' : c.patterns.join('|') === '' ? 'grep all' : 'grep';

async function check(
  dir: string,
  base: string,
  spec: Record<string, unknown>,
  calls?: GrepCall[],
): Promise<CheckResult> {
  const change = source(dir, { base });
  return runCheck('routes', spec, {
    cwd: dir,
    outputDir: path.join(dir, '.out'),
    deps: { change: calls ? recording(change, calls) : change },
    // The product's default check timeout: a busy machine must not turn a result into an error.
    extra: { timeoutMs: 30_000 },
  });
}

const counted = (r: CheckResult) =>
  r.findings.filter((f) => f.level !== 'notice').map((f) => `${f.message}${f.file ? ` @${f.file}` : ''}`);
const notices = (r: CheckResult) => r.findings.filter((f) => f.level === 'notice').map((f) => f.message);

async function evidence(
  dir: string,
): Promise<{ base: { method: string; path: string }[]; head: { method: string; path: string }[] }> {
  return JSON.parse(await readFile(path.join(dir, '.out/evidence/routes/routes.json'), 'utf8'));
}

describe('routes over a range', () => {
  it('applies an include() prefix from a urlconf the range did not change, and moves routes when it changes', async () => {
    const dir = await tempDir();
    const base = await makeRepo(dir, {
      'site/urls.py':
        "urlpatterns = [\n    path('api/', include('shop.urls')),\n    path('', views.home),\n]\n",
      'shop/urls.py': "urlpatterns = [\n    path('cart/', views.cart),\n    path('pay/', views.pay),\n]\n",
    });
    const mid = await commit(dir, { 'shop/urls.py': "urlpatterns = [\n    path('cart/', views.cart),\n]\n" });
    const r = await check(dir, base, { presets: ['django'], critical: ['/api/cart'] });
    expect(counted(r)).toEqual([
      'route removed since base: ANY /api/pay/ (was at shop/urls.py:3) @shop/urls.py',
    ]);
    expect(r.status).toBe('warn');

    // The prefix changes in the file that includes; the included file does not change.
    await commit(dir, {
      'site/urls.py':
        "urlpatterns = [\n    path('v2/', include('shop.urls')),\n    path('', views.home),\n]\n",
    });
    const again = await check(dir, mid, { presets: ['django'] });
    expect(counted(again)).toEqual([
      'route removed since base: ANY /api/cart/ (was at shop/urls.py:2) @shop/urls.py',
    ]);
    expect(notices(again)).toEqual(['new route: ANY /v2/cart/']);
  });

  it('applies a Rails namespace around draw() from a routes.rb the range did not change', async () => {
    const dir = await tempDir();
    const base = await makeRepo(dir, {
      'config/routes.rb':
        "Rails.application.routes.draw do\n  namespace :admin do\n    draw(:admin)\n  end\n  get 'up', to: 'health#show'\nend\n",
      'config/routes/admin.rb':
        'resources :users, only: [:index, :destroy]\nresources :reports, only: :index\n',
    });
    await commit(dir, {
      'config/routes/admin.rb': 'resources :users, only: [:index]\nresources :reports, only: :index\n',
    });
    const r = await check(dir, base, { presets: ['rails'], critical: ['GET /up', 'GET /admin/reports'] });
    expect(counted(r)).toEqual([
      'route removed since base: DELETE /admin/users/:id (was at config/routes/admin.rb:1) @config/routes/admin.rb',
    ]);
    expect(r.summary).toBe(
      '3 route(s) at head, 4 at base: 0 added, 1 removed; all 2 critical route(s) present',
    );
  });

  it('follows FastAPI routers into the files that include them, in both directions', async () => {
    const dir = await tempDir();
    const base = await makeRepo(dir, {
      'app/main.py': [
        'from fastapi import FastAPI',
        'from .routers import users',
        'from app.routers.items import router as items_router',
        'app = FastAPI()',
        'app.include_router(users.router, prefix="/users")',
        'app.include_router(items_router, prefix="/v1")',
      ].join('\n'),
      'app/routers/users.py':
        'router = APIRouter()\n@router.get("/{id}")\ndef get(id): ...\n@router.delete("/{id}")\ndef delete(id): ...\n',
      'app/routers/items.py': 'router = APIRouter(prefix="/items")\n@router.get("/")\ndef items(): ...\n',
    });
    await commit(dir, {
      'app/main.py': [
        'from fastapi import FastAPI',
        'from .routers import users',
        'from app.routers.items import router as items_router',
        'app = FastAPI()',
        'app.include_router(users.router, prefix="/accounts")',
        'app.include_router(items_router, prefix="/v1")',
      ].join('\n'),
    });
    const r = await check(dir, base, { presets: ['fastapi'], critical: ['GET /v1/items'] });
    expect(counted(r)).toEqual([
      'route removed since base: GET /users/{id} (was at app/routers/users.py:2) @app/routers/users.py',
      'route removed since base: DELETE /users/{id} (was at app/routers/users.py:4) @app/routers/users.py',
    ]);
    expect(notices(r)).toEqual(['new route: GET /accounts/{id}', 'new route: DELETE /accounts/{id}']);
    expect(r.metrics).toMatchObject({ filesReadBase: 1, filesReadHead: 3 });
  });

  it('keeps each framework and each app of a monorepo in its own inventory', async () => {
    const dir = await tempDir();
    const files = {
      'services/api/app/main.py':
        '@app.get("/health")\ndef health(): ...\n@app.get("/users")\ndef users(): ...\n',
      'services/web/server.js': "app.get('/health', h);\napp.get('/users', h);\n",
      'services/admin/server.js': "app.get('/health', h);\n",
    };
    const base = await makeRepo(dir, files);
    await commit(dir, { 'services/api/app/main.py': '@app.get("/health")\ndef health(): ...\n' });
    const spec = {
      presets: [
        { preset: 'fastapi', dir: 'services/api' },
        { preset: 'express', dir: 'services/web' },
        { preset: 'express', dir: './services/admin/', prefix: '/admin' },
      ],
      critical: ['GET /admin/health'],
    };
    const r = await check(dir, base, spec);
    // The web app still serves /users: that does not stand in for the API's.
    expect(counted(r)).toEqual([
      'route removed since base: GET /users [fastapi (services/api)] (was at services/api/app/main.py:3) @services/api/app/main.py',
    ]);
    const ev = await evidence(dir);
    expect(ev.head).toContainEqual(
      expect.objectContaining({ path: '/admin/health', framework: 'express (services/admin)' }),
    );
    expect(r.metrics).toMatchObject({ routesHead: 4, routesBase: 5 });
  });

  it('reads the base only in the files the range changed', async () => {
    const dir = await tempDir();
    const many: Record<string, string> = {};
    for (let i = 0; i < 30; i++) many[`src/routes/r${i}.js`] = `router.get('/r${i}', h);\n`;
    const base = await makeRepo(dir, { ...many, 'src/util.js': 'export const x = 1;\n' });
    const head = await commit(dir, {
      'src/routes/r3.js': "router.get('/r3', h);\nrouter.post('/r3', h);\n",
      'src/routes/r7.js': null,
      'src/util.js': 'export const x = 2;\n',
    });
    const calls: GrepCall[] = [];
    const r = await check(dir, base, { presets: ['express'] }, calls);
    expect(counted(r)).toEqual([
      'route removed since base: GET /r7 (was at src/routes/r7.js:1) @src/routes/r7.js',
    ]);
    expect(notices(r)).toEqual(['new route: POST /r3']);
    // At the base: the changed files are grepped for route lines, those that have some are read
    // whole, through git's object store rather than as grep output.
    const atBase = calls
      .filter((c) => c.rev === base)
      .map((c) => [kindOf(c), ...c.paths.filter((p) => !p.includes('exclude'))]);
    expect(atBase).toEqual([
      [
        'grep',
        ':(top,literal)src/routes/r3.js',
        ':(top,literal)src/routes/r7.js',
        ':(top,literal)src/util.js',
      ],
      ['read', 'src/routes/r3.js'],
      ['read', 'src/routes/r7.js'],
    ]);
    // At the head: one grep for route lines over every file, then each file that has some read.
    const atHead = calls.filter((c) => c.rev === head).map(kindOf);
    expect(atHead).toEqual(['grep', ...Array<string>(29).fill('read')]);
    expect(r.metrics).toMatchObject({ routesBase: 30, routesHead: 30, filesReadBase: 2 });
  });

  it('reads a file with route lines whole, line breaks of any kind, and a big file as well', async () => {
    const dir = await tempDir();
    const base = await makeRepo(dir, { 'README.md': 'x\n' });
    const filler = '// generated filler, long enough to be read the other way\n'.repeat(10_000);
    await commit(dir, {
      'src/crlf.js': "app.get('/a', h);\r\n\r\napp.post('/b', h);\r\n",
      'src/last.js': "\n\napp.get(\n  '/c',\n  h,\n);",
      'src/mac.js': "app.get('/d', h);\rapp.get('/e', h);\n",
      'src/big.js': `app.get('/f', h);\n${filler}app.get('/g', h);\n`,
    });
    const r = await check(dir, base, { presets: ['express'] });
    expect(r.status).toBe('pass');
    const head = (await evidence(dir)).head.map(
      (x) => `${x.method} ${x.path} ${(x as { line?: number }).line}`,
    );
    expect(head).toEqual([
      'GET /f 1',
      'GET /g 10002',
      'GET /a 1',
      'POST /b 3',
      'GET /c 3',
      'GET /d 1',
      'GET /e 1',
    ]);
  });

  it('names a file too large to read instead of passing over its routes', async () => {
    const dir = await tempDir();
    const big = `app.get('/bundle', h);\n${'// filler line of a generated bundle\n'.repeat(130_000)}`;
    const base = await makeRepo(dir, { 'src/server.js': "app.get('/', h);\n" });
    await commit(dir, { 'src/generated.js': big });
    const r = await check(dir, base, { presets: ['express'] });
    expect(counted(r)).toEqual(['routes not read: src/generated.js is larger than 4 MB @src/generated.js']);
    expect(r.status).toBe('warn');
  });

  it('compares thousands of routes exactly', async () => {
    const dir = await tempDir();
    const FILES = 60;
    const PER_FILE = 100;
    const verbs = ['get', 'post', 'put', 'delete'];
    const fileOf = (routes: string[]) => routes.map((r) => `${r}\n`).join('');
    const routes = new Map<string, string[]>();
    for (let f = 0; f < FILES; f++) {
      const list: string[] = [];
      for (let i = 0; i < PER_FILE; i++)
        list.push(`router.${verbs[(f + i) % 4]}('/f${f}/r${i}/:id', handler);`);
      routes.set(`src/routes/f${f}.ts`, list);
    }
    const baseFiles = Object.fromEntries([...routes].map(([p, l]) => [p, fileOf(l)]));
    const base = await makeRepo(dir, baseFiles);

    const expectRemoved = new Set<string>();
    const expectAdded = new Set<string>();
    const key = (line: string) => {
      const m = /router\.(\w+)\('([^']+)'/.exec(line)!;
      return `${m[1]!.toUpperCase()} ${m[2]}`;
    };
    const head: Record<string, string | null> = {};
    // Removed routes in ten files.
    for (let f = 0; f < 10; f++) {
      const list = routes.get(`src/routes/f${f}.ts`)!;
      for (const gone of list.splice(10 + f, 5)) expectRemoved.add(key(gone));
      head[`src/routes/f${f}.ts`] = fileOf(list);
    }
    // Changed methods in five more.
    for (let f = 10; f < 15; f++) {
      const list = routes.get(`src/routes/f${f}.ts`)!;
      const before = list[f]!;
      const after = before.replace(/router\.(\w+)/, 'router.patch');
      expectRemoved.add(key(before));
      expectAdded.add(key(after));
      list[f] = after;
      head[`src/routes/f${f}.ts`] = fileOf(list);
    }
    // Routes moved from one file to another, reformatted over three lines, and a renamed file.
    const from = routes.get('src/routes/f20.ts')!;
    const to = routes.get('src/routes/f21.ts')!;
    const moved = from.splice(0, 20);
    head['src/routes/f20.ts'] = fileOf(from);
    head['src/routes/f21.ts'] = fileOf([
      ...to,
      ...moved.map((l) => l.replace(/\('([^']+)', handler\)/, "(\n  '$1',\n  handler,\n)")),
    ]);
    head['src/routes/f30.ts'] = null;
    head['src/routes/renamed/f30.ts'] = baseFiles['src/routes/f30.ts']!;
    // New routes.
    const fresh: string[] = [];
    for (let i = 0; i < 25; i++) fresh.push(`router.get('/new/r${i}', handler);`);
    fresh.forEach((l) => expectAdded.add(key(l)));
    head['src/routes/new.ts'] = fileOf(fresh);
    await commit(dir, head);

    const r = await check(dir, base, { presets: ['express'] });
    const removed = r.findings
      .filter((f) => f.level === 'warning')
      .map((f) => /route removed since base: (\S+ \S+)/.exec(f.message)![1]);
    expect(new Set(removed)).toEqual(expectRemoved);
    expect(removed).toHaveLength(expectRemoved.size);
    const ev = await evidence(dir);
    const baseKeys = new Set(ev.base.map((x) => `${x.method} ${x.path}`));
    const added = ev.head.map((x) => `${x.method} ${x.path}`).filter((k) => !baseKeys.has(k));
    expect(new Set(added)).toEqual(expectAdded);
    expect(r.metrics).toMatchObject({
      routesBase: FILES * PER_FILE,
      routesHead: FILES * PER_FILE - 50 + 25,
      removed: expectRemoved.size,
      added: expectAdded.size,
    });
  });
});
