import { posix } from 'node:path';
import { Code, type Span } from './code.js';
import { joinPrefix } from './routePath.js';
import type { FileRoutes, Mount, ParsedRoute } from './types.js';

/**
 * Rails routes files (`config/routes.rb`, and the files it `draw`s from `config/routes/`):
 * `get`/`post`/… and `match … via:`, `root`, `resources`/`resource` with `only:`/`except:`/`path:`,
 * `member`/`collection` blocks and `on:`, nested resources, `namespace` and `scope` prefixes,
 * `mount … at:`. A statement may span lines. Concerns, `shallow` and `devise_for` are not
 * expanded.
 */

export const RAILS_GREP = [
  '(get|post|put|patch|delete|options|match|root|resources?|namespace|scope|mount|draw)([[:space:]]|\\(|$)',
];

const VERBS = new Set(['get', 'post', 'put', 'patch', 'delete', 'options', 'head']);
const BLOCK_KEYWORDS = /^(?:if|unless|case|while|until|begin|def|class|module|for)\b/;
const PLURAL_ACTIONS: [string, string, string][] = [
  ['index', 'GET', ''],
  ['create', 'POST', ''],
  ['new', 'GET', '/new'],
  ['edit', 'GET', '/:id/edit'],
  ['show', 'GET', '/:id'],
  ['update', 'PATCH', '/:id'],
  ['update', 'PUT', '/:id'],
  ['destroy', 'DELETE', '/:id'],
];
const SINGULAR_ACTIONS: [string, string, string][] = [
  ['create', 'POST', ''],
  ['new', 'GET', '/new'],
  ['edit', 'GET', '/edit'],
  ['show', 'GET', ''],
  ['update', 'PATCH', ''],
  ['update', 'PUT', ''],
  ['destroy', 'DELETE', ''],
];

interface Frame {
  /** Prefix of what the block declares. */
  base: string;
  /** For `resources` blocks: where member and collection routes go. */
  member?: string;
  collection?: string;
  /** Inside a `concern` definition: nothing here is a route by itself. */
  skip?: boolean;
}

/** One argument: `key: value`, `:key => value`, `'path' => 'c#a'`, or a plain value. */
interface Arg {
  key?: string;
  /** `'path' => 'c#a'`: the key is a string (the path of a route). */
  stringKey?: string;
  value: Span;
}

interface Statement {
  start: number;
  end: number;
}

/** Statements of the masked file: lines joined while brackets are open or a line ends in `,` or `\`. */
function statements(code: Code): Statement[] {
  const src = code.code;
  const out: Statement[] = [];
  let start = 0;
  let depth = 0;
  for (let at = 0; at <= src.length;) {
    let eol = src.indexOf('\n', at);
    if (eol < 0) eol = src.length;
    for (let i = at; i < eol; i++) {
      const c = src[i];
      if (c === '(' || c === '[' || c === '{') depth++;
      else if ((c === ')' || c === ']' || c === '}') && depth > 0) depth--;
    }
    const tail = src.slice(at, eol).trimEnd();
    if (depth === 0 && !tail.endsWith(',') && !tail.endsWith('\\') && !tail.endsWith('=>')) {
      out.push({ start, end: eol });
      start = eol + 1;
    }
    at = eol + 1;
  }
  return out;
}

function splitArgs(code: Code, s: Span): Arg[] {
  const src = code.code;
  const out: Arg[] = [];
  let from = s.start;
  const push = (end: number) => {
    const part = code.trim({ start: from, end });
    if (part.end <= part.start) return;
    const text = code.text(part);
    const key = /^(\w+):(?!:)\s*/.exec(text) ?? /^:(\w+)\s*=>\s*/.exec(text);
    if (key) {
      out.push({ key: key[1]!, value: { start: part.start + key[0].length, end: part.end } });
      return;
    }
    const rocket = /^"_*"\s*=>\s*/.exec(text);
    if (rocket) {
      const k = code.stringAt(part.start);
      out.push({ stringKey: k, value: { start: part.start + rocket[0].length, end: part.end } });
      return;
    }
    out.push({ value: part });
  };
  for (let i = s.start; i < s.end; i++) {
    const c = src[i]!;
    if (c === '(' || c === '[' || c === '{') {
      const k = code.close(i);
      if (k > 0 && k < s.end) i = k;
    } else if (c === ',') {
      push(i);
      from = i + 1;
    }
  }
  push(s.end);
  return out;
}

/** A symbol, a string, or a list of them (`[:index, :show]`, `%i[index show]`). */
function names(code: Code, s: Span | undefined): string[] {
  if (!s) return [];
  const text = code.text(s);
  const str = code.str(s);
  if (str !== undefined) return [str];
  const sym = /^:(\w+)$/.exec(text);
  if (sym) return [sym[1]!];
  const words = /^%[wi][[(]([^\])]*)[\])]$/.exec(text);
  if (words) return words[1]!.split(/\s+/).filter(Boolean);
  if (text.startsWith('['))
    return [...text.matchAll(/:(\w+)|"_*"/g)].map((m) => m[1] ?? code.stringAt(s.start + m.index) ?? '');
  return [];
}

const option = (args: Arg[], key: string) => args.find((a) => a.key === key)?.value;

export function parseRails(file: string, text: string): FileRoutes {
  const code = new Code(text, 'ruby');
  const routes: ParsedRoute[] = [];
  const mounts: Mount[] = [];
  const stack: Frame[] = [{ base: '' }];
  // `draw(:admin)` reads config/routes/admin.rb, from the files of this app's config/routes.
  const drawDir = file.endsWith('config/routes.rb')
    ? `${file.slice(0, -'.rb'.length)}/`
    : file.includes('config/routes/')
      ? file.slice(0, file.indexOf('config/routes/') + 'config/routes/'.length)
      : `${posix.dirname(file)}/`;

  for (const st of statements(code)) {
    const t = code.trim(st);
    const body = code.text(t);
    if (!body) continue;
    const top = stack[stack.length - 1]!;
    if (/^end\b/.test(body) || body === '}') {
      if (stack.length > 1) stack.pop();
      continue;
    }
    const block = /\s+do(?:\s*\|[^|]*\|)?$/.exec(body);
    const end = block ? t.start + block.index : t.end;
    if (BLOCK_KEYWORDS.test(body)) {
      if (!/\bend$/.test(body)) stack.push({ base: top.base, skip: top.skip });
      continue;
    }
    const call = /^(\w+)(\s*\(|\s+|$)/.exec(body);
    const name = call?.[1];
    let args: Arg[] = [];
    if (call) {
      const from = t.start + call[0].length;
      const inParens = call[2]!.includes('(');
      const close = inParens ? code.close(from - 1) : -1;
      args = splitArgs(code, { start: from, end: inParens && close > 0 && close <= end ? close : end });
    }
    const line = code.line(t.start);
    const plain = () => stack.push({ base: top.base, skip: top.skip });
    const route = (method: string, path: string) => {
      if (!top.skip) routes.push({ method, path, line, owner: '' });
    };

    if (name && (VERBS.has(name) || name === 'match' || name === 'root')) {
      const first = args[0];
      let path: string | undefined;
      if (name === 'root') path = '';
      else if (first?.stringKey !== undefined) path = first.stringKey;
      else if (first && !first.key) path = names(code, first.value)[0];
      if (path === undefined) {
        if (block) plain();
        continue;
      }
      const on = names(code, option(args, 'on'))[0];
      const prefix =
        on === 'member' && top.member !== undefined
          ? top.member
          : on === 'collection' && top.collection !== undefined
            ? top.collection
            : top.base;
      let methods = [name === 'root' ? 'GET' : name.toUpperCase()];
      if (name === 'match') {
        const via = names(code, option(args, 'via'));
        methods = via.includes('all') ? ['ANY'] : via.map((v) => v.toUpperCase());
      }
      for (const m of methods) route(m, joinPrefix(prefix, path ? `/${path.replace(/^\//, '')}` : ''));
      if (block) plain();
      continue;
    }

    if (name === 'resources' || name === 'resource') {
      const plural = name === 'resources';
      const only = option(args, 'only');
      const except = names(code, option(args, 'except'));
      const allowed = only ? names(code, only) : undefined;
      const segment = names(code, option(args, 'path'))[0];
      const resourceNames = args
        .filter((a) => !a.key && a.stringKey === undefined)
        .flatMap((a) => names(code, a.value));
      let frame: Frame | undefined;
      for (const res of resourceNames) {
        const collection = joinPrefix(top.base, `/${(segment ?? res).replace(/^\//, '')}`);
        const member = plural ? `${collection}/:id` : collection;
        for (const [action, method, tail] of plural ? PLURAL_ACTIONS : SINGULAR_ACTIONS) {
          if (allowed ? !allowed.includes(action) : except.includes(action)) continue;
          route(method, `${collection}${tail}`);
        }
        frame = { base: member, member, collection, skip: top.skip };
      }
      if (block) stack.push(frame ?? { base: top.base, skip: top.skip });
      continue;
    }

    if (name === 'member' || name === 'collection') {
      if (block)
        stack.push({ base: (name === 'member' ? top.member : top.collection) ?? top.base, skip: top.skip });
      continue;
    }

    if (name === 'namespace' || name === 'scope') {
      const first = args.find((a) => !a.key && a.stringKey === undefined);
      const pathOpt = option(args, 'path');
      const given = pathOpt ? names(code, pathOpt)[0] : first ? names(code, first.value)[0] : undefined;
      // `scope module: 'admin'` changes controllers, not URLs.
      const seg = given === undefined || given === '/' ? '' : `/${given.replace(/^\//, '')}`;
      if (block) stack.push({ base: joinPrefix(top.base, seg), skip: top.skip });
      continue;
    }

    if (name === 'concern') {
      if (block) stack.push({ base: top.base, skip: true });
      continue;
    }

    if (name === 'mount') {
      const at = args.find((a) => a.key === 'at')?.value;
      const rocket = args.find((a) => !a.key && /=>/.test(code.text(a.value)));
      let path = at ? names(code, at)[0] : undefined;
      if (path === undefined && rocket) {
        const m = /=>\s*("_*")\s*$/.exec(code.text(rocket.value));
        if (m) path = code.stringAt(rocket.value.start + m.index + m[0].indexOf('"'));
      }
      if (path !== undefined) route('ANY', joinPrefix(top.base, `/${path.replace(/^\//, '')}`));
      if (block) plain();
      continue;
    }

    if (name === 'draw') {
      const target = names(code, args[0]?.value)[0];
      if (target !== undefined && !top.skip && /^[\w/]+$/.test(target))
        mounts.push({
          parent: '',
          target: [{ file: `${drawDir}${target}.rb`, exact: true, name: '' }],
          prefix: top.base,
          replaces: false,
        });
      if (block) plain();
      continue;
    }

    // Any other block (`Rails.application.routes.draw`, `constraints`, `defaults`, …) keeps the prefix.
    if (block) plain();
  }
  return { routes, mounts };
}
