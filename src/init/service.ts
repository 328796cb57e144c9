import picomatch from 'picomatch';
import { expandRoutes } from '../checks/routes/mounts.js';
import { PRESET_IDS, type PresetId } from '../checks/routes/types.js';
import { normalizePath } from '../checks/routes/routePath.js';
import { type RouteSource, routeSources } from '../checks/routes/sources.js';
import type { FileRoutes } from '../checks/routes/types.js';
import { maskKnownTokens } from '../checks/secrets/shapes.js';
import type { View } from './stacks/common.js';
import type { Detection, FoundRoute, Framework, RoutesSetup, StackFacts } from './types.js';

/**
 * The running service as its code declares it: the routes the routes check will read (found with
 * the check's own parsers and prefix rules, so a route found here is a route the check finds),
 * the health endpoint, whether `/` serves a page, and the routes that need a login.
 */

/** Source files worth reading for routes, by extension. */
export const SOURCE_FILE = /\.(?:[cm]?[jt]sx?|py|rb|go|java|kt)$/;
/** Tests and fixtures declare routes that the service does not serve. */
export const TEST_FILE =
  /(?:^|\/)(?:tests?|spec|__tests__|__mocks__|fixtures|testdata|e2e)\/|\.(?:test|spec)\.[\w]+$|_test\.go$|(?:^|\/)test_[\w]+\.py$|_spec\.rb$/;

/** Go has no preset: router calls and net/http mux patterns are read as custom patterns. */
const GO_CUSTOM = [
  {
    pattern: `\\.(?<method>GET|POST|PUT|PATCH|DELETE|Get|Post|Put|Patch|Delete)\\(\\s*"(?<path>/[^"]*)"`,
    paths: ['**/*.go'],
    exclude: ['**/*_test.go', '**/vendor/**'],
    grep: '\\.(GET|POST|PUT|PATCH|DELETE|Get|Post|Put|Patch|Delete)\\(',
    note: 'Go: router calls such as r.GET("/x") (gin, echo) and r.Get("/x") (chi)',
  },
  {
    pattern: `\\bHandle(?:Func)?\\(\\s*"(?:(?<method>GET|POST|PUT|PATCH|DELETE) )?(?<path>/[^"]*)"`,
    paths: ['**/*.go'],
    exclude: ['**/*_test.go', '**/vendor/**'],
    grep: 'Handle(Func)?\\(',
    note: 'Go: net/http mux patterns, "/x" and "GET /x"',
  },
];

function routeSetup(frameworks: readonly Framework[], stacks: readonly StackFacts[]) {
  const presets = [
    ...new Set(
      frameworks.filter((f): f is Framework & PresetId => (PRESET_IDS as readonly string[]).includes(f)),
    ),
  ];
  const custom = stacks.some((s) => s.stack === 'go') ? GO_CUSTOM : [];
  const sources = routeSources(
    presets,
    custom.map((c) => ({
      pattern: c.pattern,
      paths: c.paths,
      exclude: c.exclude,
      grep: c.grep,
      method: 'ANY',
      prefix: '',
    })),
  );
  return { presets, custom, sources };
}

interface Found extends FoundRoute {
  method: string;
  normalized: string;
}

/** The routes one source reads from the snapshot, with the prefixes mounts in other files give them. */
function routesOf(v: View, src: RouteSource, paths: readonly string[]): Found[] {
  const included = picomatch(src.paths, { dot: true });
  const excluded = src.exclude.length ? picomatch(src.exclude, { dot: true }) : () => false;
  const files = new Map<string, FileRoutes>();
  const fw = src.framework;
  for (const file of paths) {
    if (!included(file) || excluded(file)) continue;
    if (fw.kind === 'files') {
      if (fw.route(src.roots, file))
        files.set(file, fw.parse(src.roots, file, fw.needsText(file) ? v.text(file) : undefined));
      continue;
    }
    const text = v.text(file);
    if (text === undefined) continue;
    if (fw.kind === 'parse') files.set(file, fw.parse(file, text));
    else
      files.set(file, {
        routes: text
          .split(/\r?\n/)
          .flatMap((line, i) => fw.extract(line).map((r) => ({ ...r, line: i + 1, owner: '' }))),
      });
  }
  const out: Found[] = [];
  for (const r of expandRoutes(src.prefix, files))
    out.push({
      method: r.method,
      path: r.path,
      normalized: normalizePath(r.path),
      where: r.line ? `${r.file}:${r.line}` : r.file,
    });
  return out;
}

/** A route's path as a URL path: as written (a trailing slash kept), with its leading slash. */
const urlPath = (p: string) => (p.startsWith('/') ? p : `/${p}`);

/** Health endpoints by preference: the first kind found wins. */
const HEALTH = [
  /^\/(?:api\/)?(?:v\d+\/)?health$/,
  /^\/(?:api\/)?(?:v\d+\/)?healthz$/,
  /^\/(?:api\/)?(?:v\d+\/)?health-?check$/,
  /^\/(?:api\/)?(?:v\d+\/)?(?:livez|readyz|ready|alive)$/,
  /^\/(?:api\/)?(?:v\d+\/)?(?:ping|up)$/,
  /^\/actuator\/health$/,
];

function healthOf(routes: readonly Found[]): Found | undefined {
  for (const re of HEALTH) {
    const hit = routes.find((r) => (r.method === 'GET' || r.method === 'ANY') && re.test(r.normalized));
    if (hit) return hit;
  }
  return undefined;
}

/** `HEALTHCHECK CMD curl -f http://localhost:3000/health` */
function dockerHealth(text: string | undefined): string | undefined {
  const m = /^\s*HEALTHCHECK\b.*?https?:\/\/[^/\s"']+(\/[\w./-]*)/im.exec(text ?? '');
  return m && /^\/[\w./-]*$/.test(m[1]!) ? normalizePath(m[1]!) : undefined;
}

const PROTECTED =
  /^\/(?:api\/(?:v\d+\/)?)?(?:admin|account|accounts|dashboard|settings|profile|billing|me)(?:\/|$)/;
const PUBLIC = /login|signin|sign-in|signup|sign-up|register|logout|password|reset|callback|oauth|public/i;

const AUTH_LIBRARIES: Record<string, string[]> = {
  node: [
    'passport',
    'express-session',
    'next-auth',
    '@auth/core',
    '@clerk/nextjs',
    'express-openid-connect',
    'jsonwebtoken',
    'express-jwt',
    '@fastify/jwt',
    '@fastify/auth',
    'koa-passport',
    'lucia',
    'better-auth',
    'iron-session',
  ],
  python: ['django', 'flask-login', 'flask-jwt-extended', 'fastapi-users', 'authlib', 'pyjwt', 'python-jose'],
  ruby: ['devise', 'omniauth', 'sorcery', 'clearance', 'rodauth-rails'],
  java: ['spring-boot-starter-security', 'spring-security-core', 'spring-security-web'],
  go: [],
  rust: [],
};

function authOf(v: View, stacks: readonly StackFacts[], routes: readonly Found[]): Detection['auth'] {
  const library = stacks
    .flatMap((s) => AUTH_LIBRARIES[s.stack]!.filter((l) => s.dependencies.has(l)))
    .find(Boolean);
  if (!library) return undefined;
  const seen = new Set<string>();
  const found: FoundRoute[] = [];
  for (const r of routes) {
    if (r.method !== 'GET' && r.method !== 'ANY') continue;
    if (!PROTECTED.test(r.normalized) || PUBLIC.test(r.path) || r.normalized.includes('{')) continue;
    const path = urlPath(r.path);
    // A token written into a route (a bot's webhook) is no page to probe, and never printed.
    if (seen.has(r.normalized) || !/^\/[\w./-]*$/.test(path) || maskKnownTokens(path) !== path) continue;
    seen.add(r.normalized);
    found.push({ path, where: r.where });
  }
  if (/^\s*devise_for\s+:users\b/m.test(v.text('config/routes.rb') ?? ''))
    found.push({ path: '/users/edit', where: 'config/routes.rb (devise_for :users)' });
  return { library, routes: found.slice(0, 4) };
}

export interface ServiceFacts {
  routes?: RoutesSetup;
  health?: FoundRoute & { critical: boolean };
  servesPages: boolean;
  auth?: Detection['auth'];
}

export function detectService(
  v: View,
  paths: readonly string[],
  frameworks: readonly Framework[],
  stacks: readonly StackFacts[],
  dockerfile: string | undefined,
): ServiceFacts {
  const { presets, custom, sources } = routeSetup(frameworks, stacks);
  const sourcePaths = paths.filter((p) => !TEST_FILE.test(p));
  const routes = sources.flatMap((src) => routesOf(v, src, sourcePaths));
  const sample = routes.find((r) => !r.normalized.includes('{')) ?? routes[0];
  const fromRoutes = healthOf(routes);
  const dockerPath = dockerfile ? dockerHealth(v.text(dockerfile)) : undefined;
  const actuator = stacks.some((s) => s.dependencies.has('spring-boot-starter-actuator'));
  // As written: Django answers `/health` with a redirect to the `/health/` its urlconf names.
  const written = fromRoutes && urlPath(fromRoutes.path);
  const health: ServiceFacts['health'] = fromRoutes
    ? {
        path: written && /^\/[\w./-]*$/.test(written) ? written : fromRoutes.normalized,
        where: fromRoutes.where,
        critical: true,
      }
    : dockerPath
      ? { path: dockerPath, where: `${dockerfile} (HEALTHCHECK)`, critical: false }
      : actuator
        ? { path: '/actuator/health', where: 'spring-boot-starter-actuator', critical: false }
        : undefined;
  const servesPages =
    routes.some((r) => r.normalized === '/' && (r.method === 'GET' || r.method === 'ANY')) ||
    /^\s*root\b/m.test(v.text('config/routes.rb') ?? '');
  const auth = authOf(v, stacks, routes);
  return {
    ...(sample
      ? {
          routes: {
            presets,
            custom: custom.map(({ pattern, paths: p, exclude, grep, note }) => ({
              pattern,
              paths: p,
              exclude,
              grep,
              note,
            })),
            // Printed and written into the config's comments: a token in a route is masked by its shape.
            sample: { path: maskKnownTokens(`${sample.method} ${sample.normalized}`), where: sample.where },
          },
        }
      : {}),
    ...(health ? { health } : {}),
    servesPages,
    ...(auth ? { auth } : {}),
  };
}
