import { posix } from 'node:path';
import { Code, type Span } from './code.js';
import type { FileRoutes, Mount, ParsedRoute, Target } from './types.js';

/**
 * Flask, Quart and FastAPI (Starlette) routes: decorators (`@app.route`, `@router.get`…, split
 * over lines or not), `add_url_rule` and `add_api_route`, routers with their own prefix
 * (`APIRouter(prefix=…)`, `Blueprint(url_prefix=…)`), and the routers mounted under a prefix
 * (`include_router(…, prefix=…)`, `register_blueprint(…, url_prefix=…)`), found through the
 * file's imports.
 */

const DECORATOR_VERBS = [
  'route',
  'api_route',
  'websocket',
  'get',
  'post',
  'put',
  'patch',
  'delete',
  'head',
  'options',
  'trace',
];
const CALLS = [
  'add_url_rule',
  'add_api_route',
  'add_api_websocket_route',
  'add_websocket_route',
  'include_router',
  'register_blueprint',
];
const ROUTER_TYPES = ['APIRouter', 'Blueprint', 'FastAPI', 'Flask', 'Quart', 'Starlette'];

/** Lines that make a Python file worth reading (POSIX ERE). */
export const PYTHON_GREP = [
  `@[[:space:]]*[A-Za-z_][A-Za-z0-9_.[:space:]]*\\.[[:space:]]*(${DECORATOR_VERBS.join('|')})[[:space:]]*\\(`,
  `\\.(${CALLS.join('|')})[[:space:]]*\\(`,
  `(APIRouter|Blueprint)[[:space:]]*\\(`,
];

const DECORATOR = new RegExp(
  String.raw`^[ \t]*@[ \t]*(?:[A-Za-z_]\w*[ \t]*\.[ \t]*)*?([A-Za-z_]\w*)[ \t]*\.[ \t]*(${DECORATOR_VERBS.join('|')})[ \t]*\(`,
  'gm',
);
const CALL = new RegExp(
  String.raw`(?<![\w.])(?:[A-Za-z_]\w*\s*\.\s*)*?([A-Za-z_]\w*)\s*\.\s*(${CALLS.join('|')})\s*\(`,
  'g',
);
const ROUTER = new RegExp(
  String.raw`^[ \t]*([A-Za-z_]\w*)[ \t]*(?::[^=\n]*)?=[ \t]*(?:[A-Za-z_]\w*\.)*(${ROUTER_TYPES.join('|')})[ \t]*\(`,
  'gm',
);
const FROM_IMPORT = /^[ \t]*from[ \t]+(\.*)([\w.]*)[ \t]+import[ \t]+/gm;
const IMPORT = /^[ \t]*import[ \t]+([^\n;]+)/gm;

/** What an imported name refers to: a module, or a name inside one. */
interface Binding {
  /** Leading dots of a relative import (0: absolute). */
  level: number;
  module: string[];
  attr?: string;
}

/** The names a Python file imports. */
export function pythonImports(code: Code): Map<string, Binding> {
  const out = new Map<string, Binding>();
  const src = code.code;
  for (const m of src.matchAll(FROM_IMPORT)) {
    const level = m[1]!.length;
    const module = m[2] ? m[2].split('.') : [];
    const at = m.index + m[0].length;
    let names: string;
    if (src[at] === '(') {
      const close = code.close(at);
      if (close < 0) continue;
      names = src.slice(at + 1, close);
    } else {
      const eol = src.indexOf('\n', at);
      names = src.slice(at, eol < 0 ? src.length : eol);
    }
    for (const part of names.split(',')) {
      const n = /^\s*(\w+)(?:\s+as\s+(\w+))?\s*$/.exec(part);
      if (n) out.set(n[2] ?? n[1]!, { level, module, attr: n[1]! });
    }
  }
  for (const m of src.matchAll(IMPORT)) {
    for (const part of m[1]!.split(',')) {
      const n = /^\s*([\w.]+)(?:\s+as\s+(\w+))?\s*$/.exec(part);
      if (!n) continue;
      const dotted = n[1]!.split('.');
      if (n[2]) out.set(n[2], { level: 0, module: dotted });
      else out.set(dotted[0]!, { level: 0, module: [dotted[0]!] });
    }
  }
  return out;
}

/** The files a module may be: `a/b.py` or `a/b/__init__.py`, relative to the importing file for relative imports. */
export function moduleFiles(file: string, level: number, module: readonly string[], name: string): Target[] {
  if (!module.length && !level) return [];
  let dir = posix.dirname(file);
  for (let i = 1; i < level; i++) dir = posix.dirname(dir);
  const rel = module.join('/');
  const base = level ? posix.join(dir === '.' ? '' : dir, rel) : rel;
  if (!base || base === '.') return [];
  const exact = level > 0;
  return [
    { file: `${base}.py`, exact, name },
    { file: `${base}/__init__.py`, exact, name },
  ];
}

/**
 * Where a dotted expression (`users.router`, `api_router`, `app.routers.users.router`) may be
 * declared, through the file's imports; [] when it is not imported.
 */
export function importedTarget(
  file: string,
  imports: Map<string, Binding>,
  expr: string,
  module: boolean,
): Target[] {
  const parts = expr.split('.').map((p) => p.trim());
  const b = imports.get(parts[0]!);
  if (!b || parts.some((p) => !/^\w+$/.test(p))) return [];
  const rest = parts.slice(1);
  // `module`: the expression names a module (Django's include(api_urls)); else a name in one.
  if (module) {
    const mod = b.attr ? [...b.module, b.attr, ...rest] : [...b.module, ...rest];
    return moduleFiles(file, b.level, mod, '');
  }
  const out: Target[] = [];
  if (b.attr) {
    if (rest.length)
      out.push(...moduleFiles(file, b.level, [...b.module, b.attr, ...rest.slice(0, -1)], rest.at(-1)!));
    else out.push(...moduleFiles(file, b.level, b.module, b.attr));
  } else if (rest.length)
    out.push(...moduleFiles(file, b.level, [...b.module, ...rest.slice(0, -1)], rest.at(-1)!));
  return out;
}

function pathArg(code: Code, args: Span[], names: string[]): string | undefined {
  return code.str(code.positional(args, '=')[0]) ?? code.str(code.named(args, names, '='));
}

function methodsArg(code: Code, args: Span[]): string[] {
  return code.strs(code.named(args, ['methods'], '=')).map((m) => m.toUpperCase());
}

export function parsePython(file: string, text: string): FileRoutes {
  const code = new Code(text, 'python');
  const src = code.code;
  const routes: ParsedRoute[] = [];
  const routers = new Map<string, string>();
  const mounts: Mount[] = [];
  const owners = new Set<string>();
  const add = (methods: string[], path: string, offset: number, owner: string) => {
    owners.add(owner);
    for (const method of methods) routes.push({ method, path, line: code.line(offset), owner });
  };

  for (const m of src.matchAll(DECORATOR)) {
    const owner = m[1]!;
    const verb = m[2]!;
    const open = m.index + m[0].length - 1;
    const args = code.args(open);
    const path = pathArg(code, args, ['path', 'rule']);
    if (path === undefined) continue;
    const at = m.index + m[0].indexOf('@');
    if (verb === 'route' || verb === 'api_route') {
      const methods = methodsArg(code, args);
      add(methods.length ? methods : ['GET'], path, at, owner);
    } else add([verb === 'websocket' ? 'WS' : verb.toUpperCase()], path, at, owner);
  }

  const imports = pythonImports(code);
  for (const m of src.matchAll(CALL)) {
    const owner = m[1]!;
    const call = m[2]!;
    const open = m.index + m[0].length - 1;
    const args = code.args(open);
    const at = m.index + m[0].lastIndexOf(call);
    if (call === 'include_router' || call === 'register_blueprint') {
      const what = code.positional(args, '=')[0] ?? code.named(args, ['router', 'blueprint'], '=');
      if (!what) continue;
      const expr = code.text(what);
      const target = importedTarget(file, imports, expr, false);
      const local = /^\w+$/.test(expr) ? [{ file, exact: true, name: expr }] : [];
      const prefixArg = code.named(args, [call === 'include_router' ? 'prefix' : 'url_prefix'], '=');
      const prefix = code.str(prefixArg);
      if (prefixArg && prefix === undefined) continue;
      owners.add(owner);
      mounts.push({
        parent: owner,
        target: target.length ? target : local,
        prefix: prefix ?? '',
        replaces: call === 'register_blueprint' && prefix !== undefined,
      });
      continue;
    }
    const path = pathArg(code, args, call === 'add_url_rule' ? ['rule'] : ['path']);
    if (path === undefined) continue;
    if (call.includes('websocket')) add(['WS'], path, at, owner);
    else {
      const methods = methodsArg(code, args);
      add(methods.length ? methods : ['GET'], path, at, owner);
    }
  }

  for (const m of src.matchAll(ROUTER)) {
    const open = m.index + m[0].length - 1;
    const args = code.args(open);
    const kind = m[2]!;
    const prefix =
      kind === 'APIRouter'
        ? code.str(code.named(args, ['prefix'], '='))
        : kind === 'Blueprint'
          ? code.str(code.named(args, ['url_prefix'], '='))
          : undefined;
    routers.set(m[1]!, prefix ?? '');
  }

  const links = new Map<string, Target[]>();
  for (const owner of owners) {
    if (routers.has(owner)) continue;
    const t = importedTarget(file, imports, owner, false);
    if (t.length) links.set(owner, t);
  }
  return { routes, routers, mounts, imports: links };
}
