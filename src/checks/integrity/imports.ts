import path from 'node:path';
import { dirOf, inRepository } from './repoPaths.js';

/**
 * The modules a program loads from the repository, read from its text without running it: a
 * check that runs `node scripts/smoke.mjs` judges by what smoke.mjs and the modules it imports
 * do, so a change to one of them is a change to the gate. Read generously: every file a
 * specifier may resolve to is named (a file a pull request adds beside the one that resolves
 * today may shadow it), an import in a comment or a string is taken as one, and what the text
 * cannot say (a specifier built at run time, a package from a registry) is not guessed.
 */

/** JavaScript and TypeScript modules, by their name. */
export const JS_MODULE = /\.(?:[cm]?[jt]s|[jt]sx)$/i;
/** Python modules, by their name. */
export const PY_MODULE = /\.py$/i;
/** Ruby files, by their name. */
export const RB_MODULE = /\.rb$/i;
/** A file without an extension whose first line runs it with a JavaScript runtime or Python. */
export const JS_SHEBANG = /^#!\s*\S*?(?:\/|\benv\s+(?:-S\s+)?)(?:node|nodejs|bun|tsx|ts-node|deno)\b/;
export const PY_SHEBANG = /^#!\s*\S*?(?:\/|\benv\s+(?:-S\s+)?)python[\d.]*\b/;
export const RB_SHEBANG = /^#!\s*\S*?(?:\/|\benv\s+(?:-S\s+)?)ruby\b/;

/**
 * A relative specifier after `from`, `import`, `import(`, `require(` or `export … from`, quoted.
 * A bare specifier (`yaml`, `node:fs`) names a package or a built-in, not a file of the change.
 */
const JS_SPECIFIER = /\b(?:from|import|require)\s*(?:\(\s*)?(['"])(\.\.?(?:\/[^'"\n\r]*)?)\1/g;
/** What Node, and the TypeScript runtimes' resolvers, try after the name itself. */
const JS_EXTENSIONS = ['.js', '.mjs', '.cjs', '.json', '.node', '.ts', '.mts', '.cts', '.tsx', '.jsx'];

/**
 * The files Node (or a TypeScript runtime) may load for a path named without its extension
 * (`node tools/check`, `import './rules'`): the path itself, with each extension, and the folder's
 * index.
 */
export const jsForms = (target: string): string[] => [
  target,
  ...JS_EXTENSIONS.flatMap((ext) => [`${target}${ext}`, `${target}/index${ext}`]),
];
/** A compiled name TypeScript maps back to its source (`./rules.js` → rules.ts). */
const TS_SOURCE: Readonly<Record<string, readonly string[]>> = {
  '.js': ['.ts', '.tsx'],
  '.mjs': ['.mts'],
  '.cjs': ['.cts'],
  '.jsx': ['.tsx'],
};

/** The files of the repository a JavaScript or TypeScript module at `file` may import. */
export function jsImports(text: string, file: string): string[] {
  const out = new Set<string>();
  const dir = dirOf(file);
  for (const m of text.matchAll(JS_SPECIFIER)) {
    const spec = m[2]!.split(/[?#]/, 1)[0]!;
    const target = inRepository(dir, spec);
    if (target === undefined) continue;
    for (const form of jsForms(target)) out.add(form);
    const ext = path.posix.extname(target);
    for (const source of Object.hasOwn(TS_SOURCE, ext) ? TS_SOURCE[ext]! : [])
      out.add(`${target.slice(0, -ext.length)}${source}`);
  }
  out.delete(file);
  return [...out];
}

const NAME = /^[A-Za-z_]\w*$/;
/** `import a.b, c as d` and `from .a import (b, c as d)`, at the start of a line. */
const PY_IMPORT = /^[ \t]*import[ \t]+([^\n#;]+)/gm;
const PY_FROM = /^[ \t]*from[ \t]+(\.*)([\w.]*)[ \t]+import[ \t]*(?:\(([^)]{0,4096})\)|([^\n#;]*))/gm;

/** The dotted names of a list (`a.b as c, d`), without their aliases; none when one is not a name. */
function dotted(list: string): string[][] {
  return list
    .split(',')
    .map((item) =>
      item
        .trim()
        .split(/\s+as\s+/)[0]!
        .trim(),
    )
    .filter((name) => name !== '' && name !== '*')
    .map((name) => name.split('.'))
    .filter((parts) => parts.every((p) => NAME.test(p)));
}

/**
 * The files of the repository a Python module at `file` may import. `roots` are where Python
 * looks for an absolute import: the directory of the script it was started with (the first entry
 * of sys.path) and the directory it runs in (`python -m`). A package's `__init__.py` runs on its
 * import, so it is named too.
 */
export function pythonImports(text: string, file: string, roots: readonly string[]): string[] {
  const out = new Set<string>();
  /** A module of dotted `parts` under `dir`: its file, its package, and every package above it. */
  const module = (dir: string, parts: readonly string[]) => {
    for (let i = 1; i <= parts.length; i++) {
      const at = inRepository(dir, parts.slice(0, i).join('/'));
      if (at === undefined) return;
      out.add(`${at}/__init__.py`);
      if (i === parts.length) out.add(`${at}.py`);
    }
  };
  for (const m of text.matchAll(PY_IMPORT))
    for (const parts of dotted(m[1]!)) for (const root of roots) module(root, parts);
  for (const m of text.matchAll(PY_FROM)) {
    const level = m[1]!.length;
    const from = m[2] ? m[2].split('.') : [];
    if (!from.every((p) => NAME.test(p))) continue;
    // `from . import x` reads the module's own package; each further dot one package up.
    let dirs: readonly string[] = roots;
    if (level > 0) {
      const own = dirOf(file).split('/').filter(Boolean);
      dirs = level - 1 > own.length ? [] : [own.slice(0, own.length - (level - 1)).join('/')];
    }
    const names = dotted(m[3] ?? m[4] ?? '').filter((n) => n.length === 1);
    for (const dir of dirs) {
      if (from.length > 0) module(dir, from);
      // A name imported from a package may be a module of it (`from probes import http`).
      for (const [name] of names) module(dir, [...from, name!]);
    }
  }
  out.delete(file);
  return [...out];
}

/** `require_relative 'lib/probe'`, with or without parentheses. */
const RB_RELATIVE = /\brequire_relative[ \t]*\(?[ \t]*(['"])([^'"\n\r]+)\1/g;

/** The files of the repository a Ruby file at `file` loads with `require_relative`. */
export function rubyImports(text: string, file: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(RB_RELATIVE)) {
    const target = inRepository(dirOf(file), m[2]!);
    if (target === undefined) continue;
    out.add(target.endsWith('.rb') ? target : `${target}.rb`);
  }
  out.delete(file);
  return [...out];
}
