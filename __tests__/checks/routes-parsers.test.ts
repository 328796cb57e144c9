import { describe, expect, it } from 'vitest';
import { Code } from '../../src/checks/routes/code.js';
import { parseDjango } from '../../src/checks/routes/django.js';
import { parseJavaScript } from '../../src/checks/routes/javascript.js';
import { exportedMethods } from '../../src/checks/routes/nextjs.js';
import { parsePython } from '../../src/checks/routes/python.js';
import { parseRails } from '../../src/checks/routes/rails.js';
import { parseSpring } from '../../src/checks/routes/spring.js';
import type { FileRoutes } from '../../src/checks/routes/types.js';

const lines = (...l: string[]) => l.join('\n');
const shown = (fr: FileRoutes) =>
  fr.routes.map(
    (r) => `${r.method} ${r.path || "''"}${r.line ? ` :${r.line}` : ''}${r.owner ? ` ${r.owner}` : ''}`,
  );

describe('masked source', () => {
  it('blanks comments, masks strings and keeps offsets and lines', () => {
    const c = new Code(lines("app.get('/a') // app.get('/b')", '/* x\n */ `t${1}`'), 'js');
    expect(c.code).toBe(lines(`app.get("__")${' '.repeat(17)}`, '    \n    "_____"'));
    expect(c.stringAt(8)).toBe('/a');
    expect(c.line(c.code.indexOf('"____'))).toBe(3);
  });

  it('reads Python prefixes, triple quotes and a docstring as strings', () => {
    const c = new Code(lines('x = rb"a\\"b"', '"""@app.get("/doc")"""', "y = f'{z}'"), 'python');
    expect(c.code.split('\n')[1]).toBe(`"${'_'.repeat(20)}"`);
    expect(c.stringAt(4)).toBe('a\\"b');
  });

  it('tells a regular expression from a division in JavaScript', () => {
    const c = new Code("const re = /['\"]/; const half = a / b; app.get('/x')", 'js');
    expect(c.code).toContain('half = a / b');
    expect(c.strs({ start: 0, end: c.code.length })).toEqual(['/x']);
  });
});

describe('Flask and FastAPI', () => {
  it('reads decorators split over lines, add_url_rule and add_api_route', () => {
    const fr = parsePython(
      'app.py',
      lines(
        '@app.route(',
        '    "/orders/<int:id>",',
        "    methods=['GET', 'DELETE'],  # the ) in a comment",
        ')',
        'def order(id): ...',
        "# @app.route('/commented')",
        'def docs():',
        '    """@app.get("/in-a-docstring")"""',
        "app.add_url_rule('/legacy', view_func=legacy, methods=['POST'])",
        'app.add_url_rule(rule="/plain", view_func=plain)',
        'router.add_api_route("/items", list_items, methods=["GET"])',
        'router.add_api_websocket_route("/ws", ws)',
        '@router.api_route("/any")',
        '@bp.get(PATH)',
      ),
    );
    expect(shown(fr)).toEqual([
      'GET /orders/<int:id> :1 app',
      'DELETE /orders/<int:id> :1 app',
      'GET /any :13 router',
      'POST /legacy :9 app',
      'GET /plain :10 app',
      'GET /items :11 router',
      'WS /ws :12 router',
    ]);
  });

  it('reads routers, their prefixes, and what is mounted where through the imports', () => {
    const fr = parsePython(
      'app/main.py',
      lines(
        'from fastapi import FastAPI',
        'from .routers import users, items as item_routes',
        'from app.admin.views import (',
        '    router as admin_router,',
        ')',
        'import app.billing.api',
        'app = FastAPI()',
        'api: APIRouter = APIRouter(prefix="/api")',
        'app.include_router(users.router, prefix="/users")',
        'app.include_router(item_routes.router)',
        'api.include_router(admin_router, prefix="/admin")',
        'app.include_router(app.billing.api.router, prefix=BILLING)',
        'app.include_router(api)',
        'bp = Blueprint("x", __name__, url_prefix="/x")',
        'app.register_blueprint(bp, url_prefix="/y")',
      ),
    );
    expect(Object.fromEntries(fr.routers!)).toEqual({ app: '', api: '/api', bp: '/x' });
    expect(fr.mounts).toEqual([
      {
        parent: 'app',
        target: [
          { file: 'app/routers/users.py', exact: true, name: 'router' },
          { file: 'app/routers/users/__init__.py', exact: true, name: 'router' },
        ],
        prefix: '/users',
        replaces: false,
      },
      {
        parent: 'app',
        target: [
          { file: 'app/routers/items.py', exact: true, name: 'router' },
          { file: 'app/routers/items/__init__.py', exact: true, name: 'router' },
        ],
        prefix: '',
        replaces: false,
      },
      {
        parent: 'api',
        target: [
          { file: 'app/admin/views.py', exact: false, name: 'router' },
          { file: 'app/admin/views/__init__.py', exact: false, name: 'router' },
        ],
        prefix: '/admin',
        replaces: false,
      },
      {
        parent: 'app',
        target: [{ file: 'app/main.py', exact: true, name: 'api' }],
        prefix: '',
        replaces: false,
      },
      {
        parent: 'app',
        target: [{ file: 'app/main.py', exact: true, name: 'bp' }],
        prefix: '/y',
        replaces: true,
      },
    ]);
  });
});

describe('Django', () => {
  it('reads entries over several lines, include() targets and inline include lists', () => {
    const fr = parseDjango(
      'site/urls.py',
      lines(
        'from blog import urls as blog_urls',
        'urlpatterns = [',
        "    path('', views.home),",
        '    path(',
        "        'articles/<slug:slug>/',",
        '        views.article,',
        '    ),',
        "    re_path(r'^archive/(?P<year>[0-9]{4})/$', views.archive),",
        "    # path('old/', views.old),",
        "    path('api/', include('api.urls')),",
        "    path('blog/', include(blog_urls)),",
        "    path('shop/', include([",
        "        path('cart/', views.cart),",
        "        path('pay/', include([path('card/', views.card)])),",
        '    ])),',
        "    path('after/', views.after),",
        "    path('drf/', include(router.urls)),",
        ']',
      ),
    );
    expect(shown(fr)).toEqual([
      'ANY / :3',
      'ANY /articles/<slug:slug>/ :4',
      'ANY /archive/<year>/ :8',
      'ANY /shop/cart/ :13',
      'ANY /shop/pay/card/ :14',
      'ANY /after/ :16',
    ]);
    expect(fr.mounts!.map((m) => [m.prefix, m.target.map((t) => `${t.file}${t.exact ? '' : '*'}`)])).toEqual([
      ['/api/', ['api/urls.py*', 'api/urls/__init__.py*']],
      ['/blog/', ['blog/urls.py*', 'blog/urls/__init__.py*']],
    ]);
  });
});

describe('Express, Fastify and Koa', () => {
  it('reads calls and chains over lines, arrays of paths, route objects; not comments or clients', () => {
    const fr = parseJavaScript(
      'server.js',
      lines(
        "app.route('/book')",
        '  .get(list)',
        '  .post(create);',
        'router',
        "  .get('/a', a)",
        "  .put('/b', b);",
        "app.get(['/x', '/y'], h);",
        '// app.delete("/commented", h)',
        'fastify.route({',
        "  method: ['GET', 'POST'],",
        "  url: '/items',",
        '  handler,',
        '});',
        'f.route({ method: "PATCH", url: "/f" })',
        "const r = await axios.get('/client');",
        'apiRouter.delete(`/orders/:id`, h);',
        "router.get('named', '/koa/:id', show);",
        "app.get('env');",
      ),
    );
    expect(shown(fr)).toEqual([
      'GET /book :2',
      'POST /book :3',
      'GET /a :5',
      'PUT /b :6',
      'GET /x :7',
      'GET /y :7',
      'GET /items :9',
      'POST /items :9',
      'PATCH /f :14',
      'DELETE /orders/:id :16',
      'GET /koa/:id :17',
    ]);
  });
});

describe('Next.js route handlers', () => {
  it('reads the methods a route file exports, directly or in an export list', () => {
    expect(
      exportedMethods(
        lines(
          'export async function GET() {}',
          'export const { auth, handlers: { POST } } = NextAuth(config)',
          'export { handler as PUT, other as helper }',
          '// export function DELETE() {}',
        ),
      ),
    ).toEqual(['GET', 'POST', 'PUT']);
  });
});

describe('Rails', () => {
  it('reads verbs, resources, nesting, namespaces, scopes, member and collection routes', () => {
    const fr = parseRails(
      'config/routes.rb',
      lines(
        'Rails.application.routes.draw do',
        "  root 'pages#home'",
        "  get 'about', to: 'pages#about'",
        "  get 'search' => 'search#index'",
        "  match 'hook', to: 'hooks#receive', via: [:get, :post]",
        '  resources :photos, only: [:index, :show] do',
        '    member do',
        '      get :preview',
        '    end',
        '    collection { }',
        "    get 'nested'",
        "    post 'tag', on: :collection",
        '    resources :comments,',
        '              except: %i[edit new update destroy index show]',
        '  end',
        '  resource :profile, only: :show',
        '  namespace :admin do',
        '    # get "commented"',
        '    resources :users, only: :destroy',
        '    if Rails.env.development?',
        "      get 'debug'",
        '    end',
        '    draw(:admin_extra)',
        '  end',
        "  scope '/api', as: 'api' do",
        "    scope module: 'v1' do",
        "      delete 'sessions', to: 'sessions#destroy'",
        '    end',
        '  end',
        "  mount Sidekiq::Web => '/sidekiq'",
        "  mount Blog::Engine, at: '/blog'",
        '  concern :commentable do',
        '    resources :notes',
        '  end',
        'end',
      ),
    );
    expect(shown(fr)).toEqual([
      "GET '' :2",
      'GET /about :3',
      'GET /search :4',
      'GET /hook :5',
      'POST /hook :5',
      'GET /photos :6',
      'GET /photos/:id :6',
      'GET /photos/:id/preview :8',
      'GET /photos/:id/nested :11',
      'POST /photos/tag :12',
      'POST /photos/:id/comments :13',
      'GET /profile :16',
      'DELETE /admin/users/:id :19',
      'GET /admin/debug :21',
      'DELETE /api/sessions :27',
      'ANY /sidekiq :30',
      'ANY /blog :31',
    ]);
    expect(fr.mounts).toEqual([
      {
        parent: '',
        target: [{ file: 'config/routes/admin_extra.rb', exact: true, name: '' }],
        prefix: '/admin',
        replaces: false,
      },
    ]);
  });
});

describe('Spring', () => {
  it('reads method mappings under the class prefix, over several lines, Java and Kotlin', () => {
    const java = parseSpring(
      'UserController.java',
      lines(
        '@RestController',
        '@RequestMapping("/api/users")',
        '@Tag(name = "users", tags = {"a"})',
        'public class UserController {',
        '  private static final Logger log = LoggerFactory.getLogger(UserController.class);',
        '  @GetMapping',
        '  public List<User> list() { return List.of(); }',
        '  @GetMapping("/{id}")',
        '  public User get(@PathVariable("id") long id) { return null; }',
        '  @PostMapping(',
        '      value = "/import",',
        '      consumes = "text/csv")',
        '  public void importCsv() {}',
        '  @RequestMapping(path = {"/a", "/b"}, method = {RequestMethod.PUT, RequestMethod.PATCH})',
        '  public void ab() {}',
        '  @RequestMapping("/any")',
        '  public void any() {}',
        '  // @DeleteMapping("/commented")',
        '  @DeleteMapping(Paths.CONSTANT)',
        '  public void constant() {}',
        '}',
        '@Controller',
        'class Plain {',
        '  @GetMapping(produces = "text/html")',
        '  String home() { return "home"; }',
        '}',
      ),
    );
    expect(shown(java)).toEqual([
      'GET /api/users :6',
      'GET /api/users/{id} :8',
      'POST /api/users/import :10',
      'PUT /api/users/a :14',
      'PATCH /api/users/a :14',
      'PUT /api/users/b :14',
      'PATCH /api/users/b :14',
      'ANY /api/users/any :16',
      'GET / :24',
    ]);
    const kotlin = parseSpring(
      'Orders.kt',
      lines(
        '@RestController',
        '@RequestMapping(["/orders"])',
        'class OrderController(private val service: OrderService) {',
        '    @GetMapping("/{id}")',
        '    fun get(@PathVariable id: Long) = service.get(id)',
        '    @DeleteMapping("/{id}")',
        '    fun delete(@PathVariable id: Long) { service.delete(id) }',
        '}',
      ),
    );
    expect(shown(kotlin)).toEqual(['GET /orders/{id} :4', 'DELETE /orders/{id} :6']);
  });
});
