// Planted route changes and decoys for the `routes` check (see README.md).
//
// What counts: a route removed since base is a warning named at the file that declared it (at
// base); its base line is in the message — "(was at app.py:7)" — and every `match` below pins it,
// since the head may no longer have that line. A critical route missing at head is a failure at
// the same file. New routes are notices, never counted. A decoy changes how routes are written
// (reformatted, moved, renamed, commented, in a test) without changing which routes the app
// serves, so nothing may be counted.

const text = (...rows) => `${rows.join('\n')}\n`;
/** The message of a removed route: method, path and where it was at base (regex, escaped). */
const removed = (route, at) =>
  `route removed since base: ${route.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*\\(was at ${at.replace(/[.]/g, '\\.')}\\)`;

const FLASK_APP = (...routes) =>
  text(
    'from flask import Flask',
    'app = Flask(__name__)',
    '',
    ...routes.flatMap((r) => [r, 'def view(): ...', '']),
  );

export const cases = [
  // Flask
  {
    id: 'flask-route-removed',
    planted: true,
    note: 'a Flask route deleted',
    spec: { presets: ['flask'] },
    base: { 'web/app.py': FLASK_APP("@app.route('/')", "@app.route('/reports')") },
    head: { 'web/app.py': FLASK_APP("@app.route('/')") },
    expect: [{ file: 'web/app.py', match: removed('GET /reports', 'web/app.py:7') }],
  },
  {
    id: 'flask-method-changed',
    planted: true,
    note: 'POST replaced by PUT on the same path',
    spec: { presets: ['flask'] },
    base: { 'web/app.py': FLASK_APP("@app.route('/orders', methods=['GET', 'POST'])") },
    head: { 'web/app.py': FLASK_APP("@app.route('/orders', methods=['GET', 'PUT'])") },
    expect: [{ file: 'web/app.py', match: removed('POST /orders', 'web/app.py:4') }],
  },
  {
    id: 'flask-multiline-decorator-removed',
    planted: true,
    note: 'a decorator split over four lines, deleted',
    spec: { presets: ['flask'] },
    base: {
      'web/app.py': text(
        "@app.route('/')",
        'def index(): ...',
        '@app.route(',
        "    '/exports/<int:id>',",
        "    methods=['DELETE'],",
        ')',
        'def export(id): ...',
      ),
    },
    head: { 'web/app.py': text("@app.route('/')", 'def index(): ...') },
    expect: [{ file: 'web/app.py', match: removed('DELETE /exports/<int:id>', 'web/app.py:3') }],
  },
  {
    id: 'flask-blueprint-prefix',
    planted: true,
    note: 'a route behind the url_prefix it is registered with in another, unchanged file',
    spec: { presets: ['flask'] },
    base: {
      'web/app.py': text(
        'from flask import Flask',
        'from web.admin import bp',
        'app = Flask(__name__)',
        "app.register_blueprint(bp, url_prefix='/admin')",
      ),
      'web/admin.py': text(
        "bp = Blueprint('admin', __name__, url_prefix='/ignored')",
        "@bp.get('/users')",
        'def users(): ...',
        "@bp.delete('/users/<int:id>')",
        'def delete_user(id): ...',
      ),
    },
    head: {
      'web/admin.py': text(
        "bp = Blueprint('admin', __name__, url_prefix='/ignored')",
        "@bp.get('/users')",
        'def users(): ...',
      ),
    },
    expect: [{ file: 'web/admin.py', match: removed('DELETE /admin/users/<int:id>', 'web/admin.py:4') }],
  },
  {
    id: 'flask-add-url-rule-removed',
    planted: true,
    note: 'a route added with add_url_rule, deleted',
    spec: { presets: ['flask'] },
    base: {
      'web/app.py': text(
        'app = Flask(__name__)',
        "app.add_url_rule('/health', view_func=health)",
        'app.add_url_rule(',
        "    '/hooks/stripe',",
        "    view_func=stripe_hook, methods=['POST'],",
        ')',
      ),
    },
    head: { 'web/app.py': text('app = Flask(__name__)', "app.add_url_rule('/health', view_func=health)") },
    expect: [{ file: 'web/app.py', match: removed('POST /hooks/stripe', 'web/app.py:3') }],
  },

  // FastAPI
  {
    id: 'fastapi-included-router-route-removed',
    planted: true,
    note: 'a route of a router included under a prefix by an unchanged main.py',
    spec: { presets: ['fastapi'] },
    base: {
      'app/main.py': text(
        'from fastapi import FastAPI',
        'from app.routers import users',
        'app = FastAPI()',
        'app.include_router(users.router, prefix="/users")',
      ),
      'app/routers/users.py': text(
        'router = APIRouter(tags=["users"])',
        '@router.get("/{user_id}")',
        'async def get_user(user_id: int): ...',
        '@router.delete(',
        '    "/{user_id}",',
        '    status_code=204,',
        ')',
        'async def delete_user(user_id: int): ...',
      ),
    },
    head: {
      'app/routers/users.py': text(
        'router = APIRouter(tags=["users"])',
        '@router.get("/{user_id}")',
        'async def get_user(user_id: int): ...',
      ),
    },
    expect: [
      { file: 'app/routers/users.py', match: removed('DELETE /users/{user_id}', 'app/routers/users.py:4') },
    ],
  },
  {
    id: 'fastapi-include-prefix-changed',
    planted: true,
    note: 'the include_router prefix changes; the router file does not',
    spec: { presets: ['fastapi'] },
    base: {
      'app/main.py': text(
        'from .routers.items import router as items',
        'app = FastAPI()',
        'app.include_router(items, prefix="/v1")',
      ),
      'app/routers/items.py': text(
        'router = APIRouter(prefix="/items")',
        '@router.get("/")',
        'def items(): ...',
      ),
    },
    head: {
      'app/main.py': text(
        'from .routers.items import router as items',
        'app = FastAPI()',
        'app.include_router(items, prefix="/v2")',
      ),
    },
    expect: [{ file: 'app/routers/items.py', match: removed('GET /v1/items/', 'app/routers/items.py:2') }],
  },
  {
    id: 'fastapi-add-api-route-removed',
    planted: true,
    note: 'a route added with add_api_route, deleted',
    spec: { presets: ['fastapi'] },
    base: {
      'api/server.py': text(
        'app = FastAPI()',
        'app.add_api_route("/status", status)',
        'app.add_api_route("/jobs", create_job, methods=["POST"])',
      ),
    },
    head: { 'api/server.py': text('app = FastAPI()', 'app.add_api_route("/status", status)') },
    expect: [{ file: 'api/server.py', match: removed('POST /jobs', 'api/server.py:3') }],
  },

  // Django
  {
    id: 'django-included-route-removed',
    planted: true,
    note: 'an entry of a urlconf included under api/ by an unchanged root urlconf',
    spec: { presets: ['django'] },
    base: {
      'project/urls.py': text(
        'from django.urls import include, path',
        'urlpatterns = [',
        "    path('api/', include('billing.urls')),",
        "    path('', views.home),",
        ']',
      ),
      'billing/urls.py': text(
        'urlpatterns = [',
        "    path('invoices/', views.invoices),",
        "    path('invoices/<int:pk>/refund/', views.refund),",
        ']',
      ),
    },
    head: { 'billing/urls.py': text('urlpatterns = [', "    path('invoices/', views.invoices),", ']') },
    expect: [
      { file: 'billing/urls.py', match: removed('ANY /api/invoices/<int:pk>/refund/', 'billing/urls.py:3') },
    ],
  },
  {
    id: 'django-multiline-entry-removed',
    planted: true,
    note: 'a re_path entry over three lines, deleted',
    spec: { presets: ['django'] },
    base: {
      'site/urls.py': text(
        'urlpatterns = [',
        "    path('', views.home),",
        '    re_path(',
        "        r'^archive/(?P<year>[0-9]{4})/$',",
        '        views.archive,',
        '    ),',
        ']',
      ),
    },
    head: { 'site/urls.py': text('urlpatterns = [', "    path('', views.home),", ']') },
    expect: [{ file: 'site/urls.py', match: removed('ANY /archive/<year>/', 'site/urls.py:3') }],
  },

  // Express, Fastify, Koa
  {
    id: 'express-chained-method-removed',
    planted: true,
    note: 'POST dropped from app.route() chain over several lines',
    spec: { presets: ['express'] },
    base: { 'src/server.js': text("app.route('/books')", '  .get(listBooks)', '  .post(createBook);') },
    head: { 'src/server.js': text("app.route('/books')", '  .get(listBooks);') },
    expect: [{ file: 'src/server.js', match: removed('POST /books', 'src/server.js:3') }],
  },
  {
    id: 'express-multiline-call-removed',
    planted: true,
    note: 'a router call split over lines, deleted',
    spec: { presets: ['express'] },
    base: {
      'src/routes/orders.ts': text(
        "ordersRouter.get('/orders', list);",
        'ordersRouter.delete(',
        "  '/orders/:id',",
        '  requireAdmin,',
        '  remove,',
        ');',
      ),
    },
    head: { 'src/routes/orders.ts': text("ordersRouter.get('/orders', list);") },
    expect: [
      { file: 'src/routes/orders.ts', match: removed('DELETE /orders/:id', 'src/routes/orders.ts:2') },
    ],
  },
  {
    id: 'fastify-route-object-method-removed',
    planted: true,
    note: 'a method dropped from a Fastify route object',
    spec: { presets: ['fastify'] },
    base: {
      'src/app.ts': text(
        'fastify.route({',
        "  method: ['GET', 'PUT'],",
        "  url: '/settings',",
        '  handler,',
        '});',
      ),
    },
    head: {
      'src/app.ts': text('fastify.route({', "  method: ['GET'],", "  url: '/settings',", '  handler,', '});'),
    },
    expect: [{ file: 'src/app.ts', match: removed('PUT /settings', 'src/app.ts:1') }],
  },

  // Next.js
  {
    id: 'nextjs-page-removed',
    planted: true,
    note: 'an app-router page deleted',
    spec: { presets: ['nextjs'] },
    base: {
      'app/page.tsx': 'export default function Home() {}\n',
      'app/pricing/page.tsx': 'export default function Pricing() {}\n',
    },
    head: { 'app/pricing/page.tsx': null },
    expect: [{ file: 'app/pricing/page.tsx', match: removed('GET /pricing', 'app/pricing/page.tsx') }],
  },
  {
    id: 'nextjs-handler-method-removed',
    planted: true,
    note: 'a method no longer exported by a route handler',
    spec: { presets: ['nextjs'] },
    base: {
      'app/api/orders/route.ts': text('export async function GET() {}', 'export { handler as POST };'),
    },
    head: { 'app/api/orders/route.ts': text('export async function GET() {}') },
    expect: [
      { file: 'app/api/orders/route.ts', match: removed('POST /api/orders', 'app/api/orders/route.ts') },
    ],
  },

  // Rails
  {
    id: 'rails-resources-narrowed',
    planted: true,
    note: 'resources limited with except:, dropping destroy',
    spec: { presets: ['rails'] },
    base: { 'config/routes.rb': text('Rails.application.routes.draw do', '  resources :photos', 'end') },
    head: {
      'config/routes.rb': text(
        'Rails.application.routes.draw do',
        '  resources :photos, except: [:destroy]',
        'end',
      ),
    },
    expect: [{ file: 'config/routes.rb', match: removed('DELETE /photos/:id', 'config/routes.rb:2') }],
  },
  {
    id: 'rails-namespace-route-removed',
    planted: true,
    note: 'a route inside namespace and scope blocks, deleted',
    spec: { presets: ['rails'] },
    base: {
      'config/routes.rb': text(
        'Rails.application.routes.draw do',
        '  namespace :admin do',
        "    scope '/reports' do",
        "      get 'daily', to: 'reports#daily'",
        "      get 'weekly', to: 'reports#weekly'",
        '    end',
        '  end',
        'end',
      ),
    },
    head: {
      'config/routes.rb': text(
        'Rails.application.routes.draw do',
        '  namespace :admin do',
        "    scope '/reports' do",
        "      get 'daily', to: 'reports#daily'",
        '    end',
        '  end',
        'end',
      ),
    },
    expect: [{ file: 'config/routes.rb', match: removed('GET /admin/reports/weekly', 'config/routes.rb:5') }],
  },
  {
    id: 'rails-member-route-removed',
    planted: true,
    note: 'a member route of a nested resource, deleted',
    spec: { presets: ['rails'] },
    base: {
      'config/routes.rb': text(
        'Rails.application.routes.draw do',
        '  resources :orders, only: [:show] do',
        '    member do',
        "      post 'cancel'",
        "      post 'refund'",
        '    end',
        '  end',
        'end',
      ),
    },
    head: {
      'config/routes.rb': text(
        'Rails.application.routes.draw do',
        '  resources :orders, only: [:show] do',
        '    member do',
        "      post 'cancel'",
        '    end',
        '  end',
        'end',
      ),
    },
    expect: [{ file: 'config/routes.rb', match: removed('POST /orders/:id/refund', 'config/routes.rb:5') }],
  },

  // Spring
  {
    id: 'spring-mapping-removed',
    planted: true,
    note: 'a @DeleteMapping method under the class prefix, deleted',
    spec: { presets: ['spring'] },
    base: {
      'src/main/java/com/acme/UserController.java': text(
        '@RestController',
        '@RequestMapping("/api/users")',
        'public class UserController {',
        '  @GetMapping("/{id}")',
        '  public User get(@PathVariable long id) { return users.get(id); }',
        '  @DeleteMapping("/{id}")',
        '  public void delete(@PathVariable long id) { users.delete(id); }',
        '}',
      ),
    },
    head: {
      'src/main/java/com/acme/UserController.java': text(
        '@RestController',
        '@RequestMapping("/api/users")',
        'public class UserController {',
        '  @GetMapping("/{id}")',
        '  public User get(@PathVariable long id) { return users.get(id); }',
        '}',
      ),
    },
    expect: [
      {
        file: 'src/main/java/com/acme/UserController.java',
        match: removed('DELETE /api/users/{id}', 'src/main/java/com/acme/UserController.java:6'),
      },
    ],
  },
  {
    id: 'spring-request-mapping-method-changed',
    planted: true,
    note: '@RequestMapping over several lines, POST changed to PUT',
    spec: { presets: ['spring'] },
    base: {
      'src/main/kotlin/Orders.kt': text(
        '@RestController',
        '@RequestMapping("/orders")',
        'class Orders(private val s: OrderService) {',
        '    @RequestMapping(',
        '        value = ["/{id}/ship"],',
        '        method = [RequestMethod.POST],',
        '    )',
        '    fun ship(@PathVariable id: Long) = s.ship(id)',
        '}',
      ),
    },
    head: {
      'src/main/kotlin/Orders.kt': text(
        '@RestController',
        '@RequestMapping("/orders")',
        'class Orders(private val s: OrderService) {',
        '    @RequestMapping(',
        '        value = ["/{id}/ship"],',
        '        method = [RequestMethod.PUT],',
        '    )',
        '    fun ship(@PathVariable id: Long) = s.ship(id)',
        '}',
      ),
    },
    expect: [
      {
        file: 'src/main/kotlin/Orders.kt',
        match: removed('POST /orders/{id}/ship', 'src/main/kotlin/Orders.kt:4'),
      },
    ],
  },

  // Monorepos and several frameworks
  {
    id: 'monorepo-app-route-removed',
    planted: true,
    note: 'one app of a monorepo drops a path another app still serves',
    spec: {
      presets: [
        { preset: 'fastapi', dir: 'services/api', prefix: '/api' },
        { preset: 'express', dir: 'services/web' },
      ],
    },
    base: {
      'services/api/main.py': text(
        '@app.get("/health")',
        'def health(): ...',
        '@app.get("/me")',
        'def me(): ...',
      ),
      'services/web/server.js': text("app.get('/health', ok);", "app.get('/api/me', me);"),
    },
    head: { 'services/api/main.py': text('@app.get("/health")', 'def health(): ...') },
    expect: [{ file: 'services/api/main.py', match: removed('GET /api/me', 'services/api/main.py:3') }],
  },
  {
    id: 'same-path-two-frameworks-removed-from-one',
    planted: true,
    note: 'Flask drops /status; the Express app still has its own /status',
    spec: { presets: ['flask', 'express'] },
    base: {
      'py/app.py': FLASK_APP("@app.route('/status')", "@app.route('/')"),
      'js/server.js': text("app.get('/status', status);"),
    },
    head: { 'py/app.py': FLASK_APP("@app.route('/')") },
    expect: [{ file: 'py/app.py', match: removed('GET /status [flask]', 'py/app.py:4') }],
  },
  {
    id: 'critical-route-removed',
    planted: true,
    note: 'a critical route deleted: a failure, and the removal',
    spec: { presets: ['express'], critical: ['GET /health'] },
    base: { 'src/server.js': text("app.get('/', home);", "app.get('/health', health);") },
    head: { 'src/server.js': text("app.get('/', home);") },
    expect: [
      {
        file: 'src/server.js',
        match: 'critical route missing at head: GET /health \\(was GET /health at src/server\\.js:2',
      },
      { file: 'src/server.js', match: removed('GET /health', 'src/server.js:2') },
    ],
  },

  // Decoys: the same routes, written differently.
  {
    id: 'decoy-route-moved-between-files',
    planted: false,
    note: 'a Flask route moved to another module',
    spec: { presets: ['flask'] },
    base: { 'web/app.py': FLASK_APP("@app.route('/')", "@app.route('/reports')") },
    head: {
      'web/app.py': FLASK_APP("@app.route('/')"),
      'web/reports.py': FLASK_APP("@app.route('/reports')"),
    },
  },
  {
    id: 'decoy-decorator-reformatted',
    planted: false,
    note: 'a one-line decorator split over lines',
    spec: { presets: ['fastapi'] },
    base: { 'api/main.py': text('@router.post("/jobs", status_code=201)', 'def create(): ...') },
    head: {
      'api/main.py': text('@router.post(', '    "/jobs",', '    status_code=201,', ')', 'def create(): ...'),
    },
  },
  {
    id: 'decoy-express-call-reformatted',
    planted: false,
    note: 'a call and a chain split over lines by a formatter',
    spec: { presets: ['express'] },
    base: { 'src/server.ts': text("app.get('/a', h); app.route('/b').get(h).post(h);") },
    head: {
      'src/server.ts': text(
        'app.get(',
        "  '/a',",
        '  h,',
        ');',
        "app.route('/b')",
        '  .get(h)',
        '  .post(h);',
      ),
    },
  },
  {
    id: 'decoy-commented-route-deleted',
    planted: false,
    note: 'a commented-out route removed from a comment',
    spec: { presets: ['express'] },
    base: {
      'src/server.js': text(
        "app.get('/', home);",
        "// app.get('/old', old);",
        "/* app.post('/older', x); */",
      ),
    },
    head: { 'src/server.js': text("app.get('/', home);") },
  },
  {
    id: 'decoy-django-commented-entry-deleted',
    planted: false,
    note: 'a commented-out urlconf entry deleted',
    spec: { presets: ['django'] },
    base: {
      'site/urls.py': text(
        'urlpatterns = [',
        "    path('', views.home),",
        "    # path('old/', views.old),",
        ']',
      ),
    },
    head: { 'site/urls.py': text('urlpatterns = [', "    path('', views.home),", ']') },
  },
  {
    id: 'decoy-docstring-route-deleted',
    planted: false,
    note: 'an example route in a docstring removed',
    spec: { presets: ['flask'] },
    base: {
      'web/app.py': text(
        '"""Usage:',
        "    @app.route('/example')",
        '"""',
        "@app.route('/')",
        'def index(): ...',
      ),
    },
    head: { 'web/app.py': text("@app.route('/')", 'def index(): ...') },
  },
  {
    id: 'decoy-route-in-test-fixture',
    planted: false,
    note: 'routes deleted from test fixtures and specs',
    spec: { presets: ['flask', 'express', 'spring'] },
    base: {
      'web/app.py': FLASK_APP("@app.route('/')"),
      'tests/fixtures/app.py': FLASK_APP("@app.route('/fixture')"),
      'src/server.js': text("app.get('/', home);"),
      '__tests__/fixtures/server.js': text("app.get('/fixture', h);"),
      'src/server.spec.ts': text("app.get('/spec', h);"),
      'src/main/java/A.java': text(
        '@RestController class A {',
        '  @GetMapping("/a") String a() { return ""; }',
        '}',
      ),
      'src/test/java/FakeController.java': text(
        '@RestController class Fake {',
        '  @GetMapping("/fake") String f() { return ""; }',
        '}',
      ),
    },
    head: {
      'tests/fixtures/app.py': null,
      '__tests__/fixtures/server.js': null,
      'src/server.spec.ts': null,
      'src/test/java/FakeController.java': null,
    },
  },
  {
    id: 'decoy-same-path-two-frameworks',
    planted: false,
    note: 'Flask and Express both serve /health; one file is edited around it',
    spec: { presets: ['flask', 'express'] },
    base: {
      'py/app.py': FLASK_APP("@app.route('/health')"),
      'js/server.js': text("app.get('/health', health);"),
    },
    head: { 'py/app.py': FLASK_APP("@app.route('/health')", "@app.route('/new')") },
  },
  {
    id: 'decoy-parameter-renamed',
    planted: false,
    note: 'path parameters renamed in several syntaxes',
    spec: { presets: ['flask', 'express'] },
    base: {
      'web/app.py': FLASK_APP("@app.route('/users/<int:id>')"),
      'src/server.js': text("app.get('/orders/:orderId', h);"),
    },
    head: {
      'web/app.py': FLASK_APP("@app.route('/users/<int:user_id>')"),
      'src/server.js': text("app.get('/orders/:id', h);"),
    },
  },
  {
    id: 'decoy-file-renamed',
    planted: false,
    note: 'a routes file renamed without change',
    spec: { presets: ['express'] },
    base: {
      'src/routes/users.js': text("usersRouter.get('/users', list);", "usersRouter.post('/users', create);"),
    },
    head: {
      'src/routes/users.js': null,
      'src/routes/accounts.js': text(
        "usersRouter.get('/users', list);",
        "usersRouter.post('/users', create);",
      ),
    },
  },
  {
    id: 'decoy-http-client-call-removed',
    planted: false,
    note: 'an HTTP client call removed, not a route',
    spec: { presets: ['express'] },
    base: { 'src/server.js': text("app.get('/', home);", "const r = await axios.get('/api/users');") },
    head: { 'src/server.js': text("app.get('/', home);") },
  },
  {
    id: 'decoy-fastapi-prefix-moved',
    planted: false,
    note: 'a prefix moved from include_router() into APIRouter()',
    spec: { presets: ['fastapi'] },
    base: {
      'app/main.py': text(
        'from app.routers import users',
        'app = FastAPI()',
        'app.include_router(users.router, prefix="/users")',
      ),
      'app/routers/users.py': text('router = APIRouter()', '@router.get("/{id}")', 'def get(id): ...'),
    },
    head: {
      'app/main.py': text(
        'from app.routers import users',
        'app = FastAPI()',
        'app.include_router(users.router)',
      ),
      'app/routers/users.py': text(
        'router = APIRouter(prefix="/users")',
        '@router.get("/{id}")',
        'def get(id): ...',
      ),
    },
  },
  {
    id: 'decoy-django-include-moved',
    planted: false,
    note: 'an app urlconf included from a different root entry with the same prefix',
    spec: { presets: ['django'] },
    base: {
      'project/urls.py': text('urlpatterns = [', "    path('shop/', include('shop.urls')),", ']'),
      'shop/urls.py': text('urlpatterns = [', "    path('cart/', views.cart),", ']'),
    },
    head: {
      'project/urls.py': text(
        'urlpatterns = [',
        "    path('', include([",
        "        path('shop/', include('shop.urls')),",
        '    ])),',
        ']',
      ),
    },
  },
  {
    id: 'decoy-rails-resources-reformatted',
    planted: false,
    note: 'only: written as %i[] and split over lines; a route moved into a scope with no path',
    spec: { presets: ['rails'] },
    base: {
      'config/routes.rb': text(
        'Rails.application.routes.draw do',
        '  resources :photos, only: [:index, :show]',
        "  get 'about', to: 'pages#about'",
        'end',
      ),
    },
    head: {
      'config/routes.rb': text(
        'Rails.application.routes.draw do',
        '  resources :photos,',
        '            only: %i[index show]',
        "  scope module: 'marketing' do",
        "    get 'about', to: 'pages#about'",
        '  end',
        'end',
      ),
    },
  },
  {
    id: 'decoy-rails-draw-split',
    planted: false,
    note: 'an admin namespace moved into a drawn file',
    spec: { presets: ['rails'] },
    base: {
      'config/routes.rb': text(
        'Rails.application.routes.draw do',
        '  namespace :admin do',
        '    resources :users, only: [:index]',
        '  end',
        'end',
      ),
    },
    head: {
      'config/routes.rb': text(
        'Rails.application.routes.draw do',
        '  namespace :admin do',
        '    draw :admin',
        '  end',
        'end',
      ),
      'config/routes/admin.rb': text('resources :users, only: [:index]'),
    },
  },
  {
    id: 'decoy-spring-annotation-reformatted',
    planted: false,
    note: 'a mapping written with value= over lines, the class prefix as an array',
    spec: { presets: ['spring'] },
    base: {
      'src/main/java/A.java': text(
        '@RestController',
        '@RequestMapping("/a")',
        'public class A {',
        '  @PostMapping("/x") public void x() {}',
        '}',
      ),
    },
    head: {
      'src/main/java/A.java': text(
        '@RestController',
        '@RequestMapping({"/a"})',
        'public class A {',
        '  @PostMapping(',
        '      value = "/x",',
        '      consumes = "application/json"',
        '  )',
        '  public void x() {}',
        '}',
      ),
    },
  },
  {
    id: 'decoy-nextjs-route-group-moved',
    planted: false,
    note: 'a page moved between route groups: the URL stays',
    spec: { presets: ['nextjs'] },
    base: { 'app/page.tsx': 'x\n', 'app/(marketing)/pricing/page.tsx': 'x\n' },
    head: { 'app/(marketing)/pricing/page.tsx': null, 'app/(site)/pricing/page.tsx': 'x\n' },
  },
  {
    id: 'decoy-monorepo-app-moved-prefix',
    planted: false,
    note: 'the same path in two apps; one app only reformats',
    spec: {
      presets: [
        { preset: 'express', dir: 'apps/public' },
        { preset: 'express', dir: 'apps/admin', prefix: '/admin' },
      ],
    },
    base: {
      'apps/public/server.js': text("app.get('/health', ok);"),
      'apps/admin/server.js': text("app.get('/health', ok);"),
    },
    head: { 'apps/admin/server.js': text('app.get(', "  '/health',", '  ok,', ');') },
  },
  {
    id: 'flask-route-removed-hidden-by-attributes',
    planted: true,
    note: 'a route deleted by a change that marks the file -diff in its own .gitattributes',
    spec: { presets: ['flask'] },
    base: { 'web/app.py': FLASK_APP("@app.route('/')", "@app.route('/reports')") },
    head: { '.gitattributes': text('*.py -diff'), 'web/app.py': FLASK_APP("@app.route('/')") },
    expect: [{ file: 'web/app.py', match: removed('GET /reports', 'web/app.py:7') }],
  },
];
