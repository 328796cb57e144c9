import { Code, isSpace, type Span } from './code.js';
import type { FileRoutes, ParsedRoute } from './types.js';

/**
 * Express, Fastify and Koa routes: `app.get('/x', …)`, `router.post("/x")`, Koa's named
 * `router.get('name', '/x', …)`, arrays of paths, Express's chained `app.route('/x').get().post()`,
 * Fastify's `route({ method, url })`, calls and chains split over lines. Receivers are the usual
 * names (`app`, `router`, `server`, `fastify`, `koa`, `instance`, `*Router`, `*App`, `*Server`,
 * `*Routes`), so an HTTP client's `axios.get('/x')` is not a route.
 */

const VERBS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'all'];
const RECEIVER = String.raw`(?:app|router|server|fastify|koa|instance|[a-z][\w$]*(?:Router|App|Server|Routes))`;

/**
 * Lines that may make a JavaScript or TypeScript file worth reading, for `git grep`: a call of a
 * verb after a dot. Starting with a literal, it costs git little more than reading the files.
 */
export const JS_GREP = [`\\.[[:space:]]*(${VERBS.join('|')}|route)[[:space:]]*\\(`];

/** POSIX `[[:space:]]` in the C locale, as git matches it. */
const SP = '[ \\t\\n\\v\\f\\r]';
/**
 * Of those lines, the ones that make the file worth reading: a verb called on a receiver, matched
 * by its name or the end of it (`usersRouter` by `Router`), which keeps every line the receivers
 * find (and a few more); a call that continues a chain on its own line; any `.route(`.
 */
export const JS_LINE = new RegExp(
  [
    `(?:app|router|server|fastify|koa|instance|Router|App|Server|Routes)${SP}*\\.${SP}*(?:${VERBS.join('|')}|route)${SP}*\\(`,
    `^${SP}*\\.${SP}*(?:${VERBS.join('|')}|route)${SP}*\\(`,
    `\\.route${SP}*\\(`,
  ].join('|'),
);

/**
 * `.get(`, `.route(`…: where a route call may be, found by its dot (a search for one character
 * rather than a receiver tried at every position); the whole word before the dot must be one of
 * the receivers.
 */
const CALL = new RegExp(String.raw`\.\s*(${VERBS.join('|')}|route)\s*\(`, 'g');
const RECEIVER_WORD = new RegExp(String.raw`^${RECEIVER}$`);
const ANY_ROUTE_OBJECT = /\.\s*route\s*\(\s*\{/g;
/** A chained call that follows within 200 characters (sticky: matched where the last call ended). */
const CHAINED = new RegExp(String.raw`\s*\.\s*(${VERBS.join('|')})\s*\(`, 'y');
const CHAIN_REACH = 200;

const methodOf = (verb: string) => (verb === 'all' ? 'ANY' : verb.toUpperCase());

/** What `[\w$]` matches: ASCII letters and digits, `_` and `$`. */
const isWordChar = (n: number) =>
  (n >= 97 && n <= 122) || (n >= 65 && n <= 90) || (n >= 48 && n <= 57) || n === 95 || n === 36;

/** The word before the dot at `dot`, blanks between them passed over ('' when there is none). */
function wordBefore(src: string, dot: number): string {
  let end = dot;
  while (end > 0 && isSpace(src.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && isWordChar(src.charCodeAt(start - 1))) start--;
  return src.slice(start, end);
}

/** The paths a route call's arguments name: `'/x'`, `['/a', '/b']`, or Koa's `'name', '/x'`. */
function pathsOf(code: Code, args: Span[]): string[] {
  const [a, b] = args;
  if (!a) return [];
  const first = code.str(a);
  if (first !== undefined) {
    if (first.startsWith('/')) return [first];
    const second = code.str(b);
    return second?.startsWith('/') ? [second] : [];
  }
  if (code.text(a).startsWith('[')) {
    const all = code.strs(a);
    return all.length && all.every((p) => p.startsWith('/')) ? all : [];
  }
  return [];
}

/** Fastify's `route({ method: ['GET', 'POST'], url: '/x' })`. */
function routeObject(code: Code, open: number): { methods: string[]; path: string } | undefined {
  const obj = code.args(open)[0];
  if (!obj || code.code[obj.start] !== '{') return undefined;
  const fields = code.args(obj.start);
  const path = code.str(code.named(fields, ['url', 'path'], ':'));
  if (path === undefined || !path.startsWith('/')) return undefined;
  const method = code.named(fields, ['method'], ':');
  const methods = method ? code.strs(method).map((m) => m.toUpperCase()) : [];
  return { methods: methods.length ? methods : ['ANY'], path };
}

export function parseJavaScript(_file: string, text: string): FileRoutes {
  const code = new Code(text, 'js');
  const src = code.code;
  const routes: ParsedRoute[] = [];
  const seen = new Set<number>();
  const add = (method: string, path: string, at: number) =>
    routes.push({ method, path, line: code.line(at), owner: '' });

  /** Follows `.get(…).post(…)` after a call that closes at `end`; `path` for `.route('/x')` chains. */
  const chain = (end: number, path: string | undefined) => {
    for (let at = end + 1; ;) {
      CHAINED.lastIndex = at;
      const m = CHAINED.exec(src);
      // Each part of the pattern can match in one way only, so a match that fits in the reach
      // is the one a search of just those characters finds.
      if (!m || m[0].length > CHAIN_REACH) return;
      const verbAt = at + m[0].indexOf(m[1]!);
      const open = at + m[0].length - 1;
      const close = code.close(open);
      if (close < 0) return;
      const paths = path !== undefined ? [path] : pathsOf(code, code.args(open));
      if (!paths.length) return;
      for (const p of paths) add(methodOf(m[1]!), p, verbAt);
      at = close + 1;
    }
  };

  CALL.lastIndex = 0;
  for (let m = CALL.exec(src); m; m = CALL.exec(src)) {
    if (!RECEIVER_WORD.test(wordBefore(src, m.index))) continue;
    const verb = m[1]!;
    const open = m.index + m[0].length - 1;
    const close = code.close(open);
    if (close < 0) continue;
    const verbAt = m.index + m[0].indexOf(verb);
    const args = code.args(open);
    if (verb === 'route') {
      const path = code.str(args[0]);
      if (path !== undefined && path.startsWith('/')) {
        chain(close, path);
        continue;
      }
      const obj = routeObject(code, open);
      if (obj) {
        seen.add(open);
        for (const method of obj.methods) add(method, obj.path, verbAt);
      }
      continue;
    }
    const paths = pathsOf(code, args);
    if (!paths.length) continue;
    for (const p of paths) add(methodOf(verb), p, verbAt);
    chain(close, undefined);
  }
  // Fastify instances go by many names (`fastify`, `app`, `f`, `api`): its route object is
  // distinctive enough to read whatever the receiver.
  for (const m of src.matchAll(ANY_ROUTE_OBJECT)) {
    const open = src.indexOf('(', m.index);
    if (seen.has(open)) continue;
    const obj = routeObject(code, open);
    if (obj) for (const method of obj.methods) add(method, obj.path, m.index + m[0].indexOf('route'));
  }
  routes.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { routes };
}
