import { Code, type Span } from './code.js';
import { joinPrefix } from './routePath.js';
import type { FileRoutes, ParsedRoute } from './types.js';

/**
 * Spring MVC and WebFlux controllers in Java or Kotlin: `@GetMapping`, `@PostMapping`, …, and
 * `@RequestMapping(method = …)` on methods, under the class's `@RequestMapping` prefix;
 * annotations split over lines or not. A path given by a constant cannot be read: such a method
 * (or class) is left out rather than guessed.
 */

export const SPRING_GREP = ['@(Get|Post|Put|Patch|Delete|Request)Mapping'];

const TOKENS = /@([A-Za-z_][\w.]*)(?::[A-Za-z_][\w.]*)?|\b(class|interface|object|enum|record|fun)\b|[{};]/g;
const MAPPING = /^(?:[\w.]*\.)?(Get|Post|Put|Patch|Delete|Request)Mapping$/;
const HTTP = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE'];

interface Mapping {
  kind: string;
  /** undefined when a path is not a literal. */
  paths: string[] | undefined;
  methods: string[];
  at: number;
}

function pathsOf(code: Code, s: Span | undefined): string[] | undefined {
  if (!s) return undefined;
  const str = code.str(s);
  if (str !== undefined) return [str];
  const text = code.text(s);
  if (/^(?:\{|\[|arrayOf\s*\()/.test(text)) {
    const inner = code.args(s.start + text.search(/[{[(]/));
    const all = inner.map((a) => code.str(a));
    return all.every((p) => p !== undefined) ? (all as string[]) : undefined;
  }
  return undefined;
}

function mappingOf(code: Code, kind: string, open: number | undefined, at: number): Mapping {
  const verb = kind === 'Request' ? [] : [kind.toUpperCase()];
  if (open === undefined) return { kind, paths: [''], methods: verb, at };
  const args = code.args(open);
  const named = code.named(args, ['value', 'path'], '=');
  const first = code.positional(args, '=')[0];
  const given = named ?? first;
  const paths = given ? pathsOf(code, given) : [''];
  let methods = verb;
  const m = kind === 'Request' ? code.named(args, ['method'], '=') : undefined;
  if (m)
    methods = [...code.text(m).matchAll(/\b([A-Z]+)\b/g)].map((x) => x[1]!).filter((x) => HTTP.includes(x));
  return { kind, paths: paths?.length === 0 ? [''] : paths, methods, at };
}

export function parseSpring(_file: string, text: string): FileRoutes {
  const code = new Code(text, 'c');
  const src = code.code;
  const routes: ParsedRoute[] = [];
  // Open classes: the brace depth of their body and their prefixes.
  const classes: { depth: number; prefixes: string[] | undefined }[] = [];
  let depth = 0;
  let pending: Mapping[] = [];
  let declared: string[] | undefined | null = null;

  const flush = () => {
    const prefixes = classes.length ? classes[classes.length - 1]!.prefixes : [''];
    for (const m of pending) {
      if (!m.paths || !prefixes) continue;
      const line = code.line(m.at);
      for (const prefix of prefixes)
        for (const path of m.paths)
          for (const method of m.methods.length ? m.methods : ['ANY'])
            routes.push({ method, path: joinPrefix(prefix, path) || '/', line, owner: '' });
    }
    pending = [];
  };

  TOKENS.lastIndex = 0;
  for (let m = TOKENS.exec(src); m; m = TOKENS.exec(src)) {
    if (m[1] !== undefined) {
      const after = /^\s*\(/.exec(src.slice(m.index + m[0].length, m.index + m[0].length + 200));
      const open = after ? m.index + m[0].length + after[0].length - 1 : undefined;
      const kind = MAPPING.exec(m[1])?.[1];
      if (kind) pending.push(mappingOf(code, kind, open, m.index));
      // Arguments of every annotation are skipped: their braces are arrays, not bodies.
      if (open !== undefined) {
        const close = code.close(open);
        if (close > 0) TOKENS.lastIndex = close + 1;
      }
      continue;
    }
    const word = m[2];
    // `UserController.class`, `User::class`: an expression, not a declaration.
    if (word && /[.:]\s*$/.test(src.slice(Math.max(0, m.index - 8), m.index))) continue;
    if (word === 'fun') flush();
    else if (word) {
      // The mappings before a class are its prefix; Spring does not combine nested classes'.
      const own = pending.filter((p) => p.kind === 'Request').pop();
      declared = own ? own.paths : [''];
      pending = [];
    } else if (m[0] === '{') {
      depth++;
      if (declared !== null) {
        classes.push({ depth, prefixes: declared });
        declared = null;
      } else if (pending.length) flush();
    } else if (m[0] === '}') {
      if (classes.length && classes[classes.length - 1]!.depth === depth) classes.pop();
      depth = Math.max(0, depth - 1);
      pending = [];
    } else if (m[0] === ';') {
      if (declared !== null) declared = null;
      else if (pending.length) flush();
    }
  }
  return { routes };
}
