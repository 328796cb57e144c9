import path from 'node:path';
import picomatch from 'picomatch';
import type { ChangedFile, ChangeRange, ChangeSource, TreeEntry } from '../../change/types.js';
import { errorMessage } from '../../core/errors.js';
import type { ConfigChange } from './compare.js';
import {
  JS_MODULE,
  JS_SHEBANG,
  jsImports,
  PY_MODULE,
  PY_SHEBANG,
  pythonImports,
  RB_MODULE,
  RB_SHEBANG,
  rubyImports,
} from './imports.js';
import {
  JUSTFILE,
  justRecipes,
  MAKEFILE,
  makeRecipes,
  type Recipes,
  TASKFILE,
  taskRecipes,
} from './recipes.js';
import { dirOf, inRepository } from './repoPaths.js';
import type { ConfigModel } from './types.js';

/**
 * The gate's rules are not all in its config: a command check that runs `./scripts/smoke.sh`
 * judges by what the script does, and on a pull request the script is the pull request's own even
 * while the base's config judges. So a change to a file the gate runs — one a check's command
 * line names — or to a file the integrity check is told to guard (`files`) is treated as a
 * weakening: it holds until approved, like a loosened threshold.
 */

/** Extensions of files a command line runs by naming them to an interpreter (`node tools/check.mjs`). */
const SCRIPT = /\.(?:sh|bash|zsh|ksh|mjs|cjs|js|mts|cts|ts|py|rb|pl|php|ps1|lua|jl|r)$/i;
/** Characters that end a shell word outside quotes: blanks, command separators, redirections. */
const BREAK = new Set([' ', '\t', '\n', '\r', ';', '&', '|', '(', ')', '<', '>', '`']);
/** Those of them after which the next word starts a command. */
const COMMAND_BREAK = new Set(['\n', '\r', ';', '&', '|', '(', ')', '`']);

interface Word {
  text: string;
  /** It holds an expansion, a glob or a home directory outside single quotes: it names no file. */
  expands: boolean;
  /** It starts a command (the line's first word, or the first after `;`, `&&`, `|`, `(`…). */
  first: boolean;
  /** A command line a shell runs (`sh -c WORD`): read as a line of its own, not as a file. */
  line?: boolean;
}

/**
 * The words of a command line as the shell reads them: quotes removed, a backslash keeping the
 * next character.
 */
function shellWords(line: string, substitutions: string[] = []): Word[] {
  const words: Word[] = [];
  let text = '';
  let expands = false;
  let started = false;
  let first = true;
  const end = () => {
    if (started) {
      words.push({ text, expands, first });
      first = false;
    }
    text = '';
    expands = false;
    started = false;
  };
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (BREAK.has(c)) {
      end();
      if (COMMAND_BREAK.has(c)) first = true;
      continue;
    }
    started = true;
    if (c === "'") {
      const close = line.indexOf("'", i + 1);
      text += line.slice(i + 1, close < 0 ? line.length : close);
      i = close < 0 ? line.length : close;
    } else if (c === '"') {
      for (i++; i < line.length && line[i] !== '"'; i++) {
        if (line[i] === '\\' && i + 1 < line.length) text += line[++i];
        else {
          if (line[i] === '$' || line[i] === '`') expands = true;
          text += line[i];
        }
      }
    } else if (c === '\\' && i + 1 < line.length) text += line[++i];
    else if (c === '$' && line[i + 1] === '(' && line[i + 2] !== '(') {
      // `$(dirname $0)/lib.sh`: the substitution is part of the word; what it runs is a line of
      // its own.
      const close = closingParen(line, i + 1);
      substitutions.push(line.slice(i + 2, close));
      text += line.slice(i, close + 1);
      expands = true;
      i = close;
    } else {
      if ('$*?[{~'.includes(c)) expands = true;
      text += c;
    }
  }
  end();
  return words;
}

/** Where the parenthesis opened at `open` closes (quotes inside skipped), or the line's end. */
function closingParen(line: string, open: number): number {
  let depth = 0;
  for (let i = open; i < line.length; i++) {
    const c = line[i]!;
    if (c === '\\') i++;
    else if (c === "'" || c === '"') {
      const end = line.indexOf(c, i + 1);
      if (end < 0) return line.length;
      i = end;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return line.length;
}

/** The program a command word names: `/usr/bin/python3` → `python3`. */
const programOf = (text: string) => text.slice(text.lastIndexOf('/') + 1);

/** Shells whose `-c` runs the next word as a command line of its own. */
const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'ash']);
/** How deep command lines inside command lines (`sh -c "bash -c '…'"`) are read. */
const MAX_NESTING = 4;
/** Directories a line's words are read in at most: each `cd` adds some. */
const MAX_DIRS = 16;

/** A command line's words, each with the directories it may be read in. */
type Reading = { words: Word[]; dirs: string[][] }[];

/**
 * A command line read as the shell would run it, for the files it names: its words, each with
 * the directories it may be relative to, and the lines inside it that a shell runs
 * (`sh -c '…'`), read the same way. A `cd DIR` (or `pushd DIR`) makes the words after it relative
 * to DIR too: `cd services/api && ./smoke.sh` runs services/api/smoke.sh. Where the shell would
 * go back (the end of a subshell, `cd -`) is not followed: a word is read in every directory it
 * may be in, so that a file it may name is guarded.
 */
function readLine(line: string, start: readonly string[], depth = 0): Reading {
  const substitutions: string[] = [];
  const words = shellWords(line, substitutions);
  const out: Reading = [{ words, dirs: [] }];
  let dirs = [...start];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    out[0]!.dirs.push(dirs);
    const name = programOf(w.text);
    if (w.first && (w.text === 'cd' || w.text === 'pushd')) {
      const target = words[i + 1];
      if (!target || target.first || target.expands || target.text.startsWith('-')) continue;
      const more = dirs.flatMap((d) => inRepository(d, target.text) ?? []);
      // The directory itself is read where the cd is; what follows, in it too.
      out[0]!.dirs.push(dirs);
      i++;
      dirs = [...new Set([...dirs, ...more])].slice(0, MAX_DIRS);
    } else if (!w.expands && SHELLS.has(name) && depth < MAX_NESTING) {
      // `sh -c LINE`, `bash -ec LINE`, `bash -e -c LINE`: LINE is read as a command line.
      for (let j = i + 1; j < words.length && !words[j]!.first && words[j]!.text.startsWith('-'); j++) {
        const option = words[j]!.text;
        // `-o pipefail`: an option with a value.
        if (option === '-o' || option === '-O') j++;
        if (option.startsWith('--') || !option.includes('c')) continue;
        const inner = words[j + 1];
        if (inner && !inner.first) {
          inner.line = true;
          out.push(...readLine(inner.text, dirs, depth + 1));
        }
        break;
      }
    }
  }
  // What a substitution runs (`$(sh scripts/version.sh)`) is read as a line, where the line runs.
  if (depth < MAX_NESTING) for (const inner of substitutions) out.push(...readLine(inner, start, depth + 1));
  return out;
}

/**
 * Paths of the repository a command line names as files, relative to the repository root: each
 * word with a `/` (`./scripts/smoke.sh`, `tools/gate`) or a script's extension (`check.py`), as
 * the value of `--opt=path` too, in each directory it may be read in (see readLine). Words with
 * expansions (`$X`), globs, URLs, absolute paths and paths leaving the repository are not files
 * of the change. `cwd` is the check's directory.
 */
export function namedFiles(commandLine: string, cwd = ''): string[] {
  const out = new Set<string>();
  for (const { words, dirs } of readLine(commandLine, [cwd])) {
    /** The command the word is in runs Node (or a runtime that resolves its entry as Node does). */
    let node = false;
    /**
     * The words interpreters run as their scripts: files, though their names may have no `/` nor
     * extension (`bash smoke`).
     */
    const operands = new Map<number, string>();
    words.forEach((w, i) => {
      const at = isInterpreter(programOf(w.text)) && !operands.has(i) ? scriptOperand(words, i) : undefined;
      if (at !== undefined) operands.set(at, programOf(w.text));
    });
    words.forEach(({ text, expands, line, first }, i) => {
      if (first) node = false;
      const operand = operands.has(i);
      if (expands || line) return;
      if (isProgram(words, i))
        for (const file of [...taskFiles(words, i, dirs[i]!), ...composeFiles(words, i, dirs[i]!)])
          out.add(file);
      for (const file of pythonModule(words, i))
        for (const dir of dirs[i]!) {
          const found = inRepository(dir, file);
          if (found !== undefined) out.add(found);
        }
      if (NODE_LIKE.has(programOf(text))) node = true;
      const word = text.slice(text.lastIndexOf('=') + 1);
      if (!word || word.startsWith('-') || word.startsWith('/') || word.includes('://')) return;
      if (!operand && !word.includes('/') && !SCRIPT.test(word)) return;
      // `node tools/check` runs tools/check.js when there is no tools/check; `python3 tools` runs
      // tools/__main__.py.
      const bare = !/\.[^/]*$/.test(word);
      const python = bare && /^python[\d.]*$/.test(operands.get(i) ?? '');
      const forms =
        node && bare
          ? [word, ...ENTRY_FORMS.map((f) => word + f)]
          : python
            ? [word, `${word}/__main__.py`]
            : [word];
      for (const dir of dirs[i]!)
        for (const form of forms) {
          const file = inRepository(dir, form);
          if (file !== undefined) out.add(file);
        }
    });
  }
  return [...out];
}

/**
 * The files of `python -m tools.smoke` (the module's file, or its package's `__main__.py`), for
 * the `-m` at `words[at]` after a Python interpreter.
 */
function pythonModule(words: readonly Word[], at: number): string[] {
  const w = words[at]!;
  if (w.text !== '-m' || at === 0) return [];
  const python = (p: Word) => /^python[\d.]*$/.test(programOf(p.text));
  const program = words.slice(0, at).findLast((p) => p.first || python(p));
  if (!program || !python(program)) return [];
  const module = words[at + 1];
  if (!module || module.first || module.expands || !/^[A-Za-z_][\w.]*$/.test(module.text)) return [];
  const file = module.text.split('.').join('/');
  return [`${file}.py`, `${file}/__main__.py`, `${file}/__init__.py`];
}

/** Runtimes that find the file of `node tools/check` as Node does, by adding an extension. */
const NODE_LIKE = new Set(['node', 'nodejs', 'bun', 'tsx', 'ts-node']);
/** What Node tries after the name itself, in its order, then the folder's index. */
const ENTRY_FORMS = [
  '.js',
  '.json',
  '.node',
  '.mjs',
  '.cjs',
  '.ts',
  '/index.js',
  '/index.mjs',
  '/index.cjs',
  '/index.ts',
];

/** Programs whose first operand is the script they run (`bash lib/check.sh`, `node tools/x.mjs`). */
const INTERPRETERS = new Set([...SHELLS, ...NODE_LIKE, 'deno', 'python', 'python3', 'ruby', 'perl', 'php']);
const isInterpreter = (program: string) => INTERPRETERS.has(program) || /^python[\d.]*$/.test(program);
/** Node's options whose value is the next word. */
const NODE_VALUE = new Set([
  '-r',
  '--require',
  '--import',
  '--loader',
  '--experimental-loader',
  '-C',
  '--conditions',
  '--input-type',
  '--title',
  '--env-file',
  '--stack-size',
]);

/**
 * How an interpreter's option bears on the script among its operands: after some it runs none of
 * them (code on the line, a script read from its input, a module: `none`), some take the next word
 * as their value (`value`: not the script). Other options take no value.
 */
function optionEffect(program: string, option: string): 'none' | 'value' | undefined {
  if (SHELLS.has(program)) {
    if (/^[-+][oO]$/.test(option)) return 'value';
    return /^-[a-zA-Z]*[cs]/.test(option) || option === '-' ? 'none' : undefined;
  }
  if (NODE_LIKE.has(program)) {
    if (['-e', '-p', '--eval', '--print', '-'].includes(option)) return 'none';
    return NODE_VALUE.has(option) ? 'value' : undefined;
  }
  if (/^python[\d.]*$/.test(program)) {
    if (/^-[a-zA-Z]*[cm]/.test(option) || option === '-') return 'none';
    return option === '-W' || option === '-X' ? 'value' : undefined;
  }
  if (program === 'perl' || program === 'ruby') {
    if (/^-[a-zA-Z]*[eE]/.test(option)) return 'none';
    return option === '-I' || (program === 'ruby' && (option === '-r' || option === '-C'))
      ? 'value'
      : undefined;
  }
  if (program === 'php')
    return option === '-r' ? 'none' : option === '-d' || option === '-c' ? 'value' : undefined;
  return undefined;
}

/**
 * Where the word is that an interpreter at `words[at]` runs as its script: its first operand, past
 * its options and their values; none when an option says it runs none (`bash -c`, `node -e`).
 */
function scriptOperand(words: readonly Word[], at: number): number | undefined {
  const program = programOf(words[at]!.text);
  for (let j = at + 1; j < words.length && !words[j]!.first; j++) {
    const text = words[j]!.text;
    if (!/^(?:-|\+[oO]$)/.test(text)) return j;
    const effect = optionEffect(program, text);
    if (effect === 'none') return undefined;
    if (effect === 'value') j++;
  }
  return undefined;
}

/** A tool that runs what a file of its own says (`make smoke` runs the Makefile's smoke target). */
interface TaskTool {
  /** The files it looks for in its directory when none is named. */
  defaults: string[];
  /** Its options that name the file, and those that name its directory. */
  file: string[];
  dir: string[];
}

const MAKE: TaskTool = {
  defaults: ['GNUmakefile', 'makefile', 'Makefile'],
  file: ['-f', '--file', '--makefile'],
  dir: ['-C', '--directory'],
};
const TASK_TOOLS = new Map<string, TaskTool>([
  ['make', MAKE],
  ['gmake', MAKE],
  [
    'just',
    {
      defaults: ['justfile', 'Justfile', '.justfile'],
      file: ['-f', '--justfile'],
      dir: ['-d', '--working-directory'],
    },
  ],
  [
    'task',
    {
      defaults: [
        'Taskfile.yml',
        'taskfile.yml',
        'Taskfile.yaml',
        'taskfile.yaml',
        'Taskfile.dist.yml',
        'Taskfile.dist.yaml',
      ],
      file: ['-t', '--taskfile'],
      dir: ['-d', '--dir'],
    },
  ],
]);

/**
 * The files a task runner at `words[at]` reads its tasks from, in each directory it may run in:
 * those its options name (`make -C services -f ci.mk`), else the ones it looks for. A change to
 * one can change what the task does, as a change to a script can.
 */
function taskFiles(words: readonly Word[], at: number, dirs: readonly string[]): string[] {
  const tool = TASK_TOOLS.get(programOf(words[at]!.text));
  if (!tool || words[at]!.expands) return [];
  const named: string[] = [];
  let sub = '';
  for (let j = at + 1; j < words.length && !words[j]!.first; j++) {
    const w = words[j]!;
    if (!w.text.startsWith('-')) continue;
    const eq = w.text.indexOf('=');
    const option = eq > 0 ? w.text.slice(0, eq) : w.text;
    const joined = tool.file
      .concat(tool.dir)
      .find((o) => o.length === 2 && option.startsWith(o) && option.length > 2);
    const name = joined ?? option;
    if (!tool.file.includes(name) && !tool.dir.includes(name)) continue;
    // The value: after `=`, joined to a short option (`-Cdir`), or the next word.
    const holder = eq > 0 || joined ? w : words[++j];
    if (!holder || holder.expands) continue;
    const value = eq > 0 ? w.text.slice(eq + 1) : joined ? w.text.slice(2) : holder.text;
    if (tool.dir.includes(name)) sub = value;
    else named.push(value);
  }
  const out: string[] = [];
  for (const dir of dirs) {
    if (sub.startsWith('/')) break;
    for (const f of named.length ? named : tool.defaults) {
      const file = f.startsWith('/') ? undefined : inRepository(path.posix.join(dir, sub), f);
      if (file !== undefined) out.push(file);
    }
  }
  return out;
}

/** The files docker compose reads when none is named, in the folder it runs in, overrides included. */
const COMPOSE_DEFAULTS = [
  'compose.yaml',
  'compose.yml',
  'docker-compose.yaml',
  'docker-compose.yml',
  'compose.override.yaml',
  'compose.override.yml',
  'docker-compose.override.yaml',
  'docker-compose.override.yml',
];
/** docker compose's options that take a value. */
const COMPOSE_VALUES = new Set([
  '-f',
  '--file',
  '--project-directory',
  '--env-file',
  '-p',
  '--project-name',
  '--profile',
  '--ansi',
  '--progress',
  '--parallel',
]);

/**
 * The files `docker compose` (or `docker-compose`) at `words[at]` reads what it runs from, in each
 * directory it may run in: the compose files its `-f` options name, else the ones it looks for,
 * and the `.env` of the project's directory (or the `--env-file`s), whose values the compose files
 * take. A change to one can change the command a service runs, as a change to a script can.
 */
function composeFiles(words: readonly Word[], at: number, dirs: readonly string[]): string[] {
  let j = at + 1;
  const program = programOf(words[at]!.text);
  if (words[at]!.expands) return [];
  if (program === 'docker') {
    while (j < words.length && !words[j]!.first && words[j]!.text !== 'compose') j++;
    if (j >= words.length || words[j]!.first) return [];
    j++;
  } else if (program !== 'docker-compose') return [];
  const files: string[] = [];
  const envFiles: string[] = [];
  let project: string | undefined;
  for (; j < words.length && !words[j]!.first && words[j]!.text.startsWith('-'); j++) {
    const w = words[j]!.text;
    const eq = w.indexOf('=');
    const option = eq > 0 ? w.slice(0, eq) : w;
    if (!COMPOSE_VALUES.has(option)) continue;
    const holder = eq > 0 ? words[j]! : words[++j];
    if (!holder || holder.expands) continue;
    const value = eq > 0 ? w.slice(eq + 1) : holder.text;
    if (value.startsWith('/')) continue;
    if (option === '-f' || option === '--file') files.push(value);
    else if (option === '--env-file') envFiles.push(value);
    else if (option === '--project-directory') project = value;
  }
  const out: string[] = [];
  for (const dir of dirs) {
    for (const f of files.length ? files : COMPOSE_DEFAULTS) {
      const file = inRepository(dir, f);
      if (file !== undefined) out.push(file);
    }
    // The project's directory: named, else the first compose file's.
    const projectDir = project ?? (files.length ? path.posix.dirname(files[0]!) : '.');
    for (const f of envFiles.length ? envFiles : [path.posix.join(projectDir, '.env')]) {
      const file = inRepository(dir, f);
      if (file !== undefined) out.push(file);
    }
  }
  return out;
}

/** Options of npm, pnpm, yarn and bun that take the package's directory as their value. */
const DIR_OPTIONS = new Set(['--prefix', '-C', '--cwd', '--dir']);
/** Their commands that run a script of package.json named by the next word. */
const RUN = new Set(['run', 'run-script', 'rum', 'urn']);
/** Their commands that run the script of their own name (`npm test` runs scripts.test). */
const LIFECYCLE = new Map([
  ['test', 'test'],
  ['t', 'test'],
  ['tst', 'test'],
  ['start', 'start'],
  ['stop', 'stop'],
  ['restart', 'restart'],
]);
const MANAGERS = new Set(['npm', 'pnpm', 'yarn', 'bun']);

/**
 * The scripts of a package.json a command line runs through a package manager — `npm test`,
 * `npm run smoke`, `pnpm run smoke`, `yarn smoke`, `bun run smoke` — each with the package.json
 * it is read from (relative to the repository root, in each directory the manager may run in:
 * see readLine) and the `pre`/`post` scripts npm runs with it. `yarn <name>` counts only for a
 * name that is no yarn command of its own.
 */
export function packageScripts(commandLine: string, cwd = ''): { packageJson: string; scripts: string[] }[] {
  const out: { packageJson: string; scripts: string[] }[] = [];
  const seen = new Set<string>();
  for (const { words, dirs } of readLine(commandLine, [cwd]))
    for (let i = 0; i < words.length; i++) {
      const manager = words[i]!.text;
      if (words[i]!.expands || !MANAGERS.has(manager)) continue;
      let prefix: string | undefined;
      let j = i + 1;
      let command: string | undefined;
      for (; j < words.length; j++) {
        const w = words[j]!.text;
        const eq = w.indexOf('=');
        if (w.startsWith('-') && DIR_OPTIONS.has(eq > 0 ? w.slice(0, eq) : w)) {
          const value = eq > 0 ? w.slice(eq + 1) : words[++j]?.text;
          if (value !== undefined) prefix = value;
          continue;
        }
        if (w.startsWith('-')) continue;
        command = w;
        break;
      }
      if (command === undefined) continue;
      let name: string | undefined;
      if (RUN.has(command)) {
        for (j++; j < words.length && words[j]!.text.startsWith('-'); j++);
        name = words[j]?.expands ? undefined : words[j]?.text;
      } else if (LIFECYCLE.has(command) && manager !== 'bun') name = LIFECYCLE.get(command);
      else if (manager === 'yarn' && !YARN_COMMANDS.has(command)) name = command;
      // A package outside the repository (`--prefix /opt/app`) holds no script of the change.
      if (!name || prefix?.startsWith('/')) continue;
      for (const dir of dirs[i]!) {
        const packageJson = inRepository(path.posix.join(dir, prefix ?? ''), 'package.json');
        if (packageJson === undefined || seen.has(`${packageJson}\0${name}`)) continue;
        seen.add(`${packageJson}\0${name}`);
        out.push({ packageJson, scripts: [`pre${name}`, name, `post${name}`] });
      }
    }
  return out;
}

/**
 * Files a package manager reads its settings from, which decide how it runs a script: npm's and
 * pnpm's `.npmrc` (`script-shell=/bin/true` makes every script pass), yarn's `.yarnrc` and
 * `.yarnrc.yml` (`yarnPath` runs another program as yarn), bun's `bunfig.toml`.
 */
const MANAGER_SETTINGS = ['.npmrc', '.yarnrc', '.yarnrc.yml', 'bunfig.toml'];

/** Package managers and their runners of packages' programs (`npx playwright test`). */
const MANAGER_PROGRAMS = new Set([...MANAGERS, 'npx', 'pnpx', 'bunx', 'corepack']);
/** Programs that run the command after them: `env CI=1 npx …`, `time npm test`. */
const WRAPPERS = new Set(['env', 'time', 'nice', 'exec', 'command', 'nohup', 'xvfb-run']);

/** Whether `words[at]` is the program of its command: first, or after assignments and wrappers. */
function isProgram(words: readonly Word[], at: number): boolean {
  for (let j = at; j >= 0; j--) {
    if (words[j]!.first) return true;
    const before = words[j - 1];
    if (!before) return true;
    if (!(
      WRAPPERS.has(programOf(before.text)) ||
      /^[A-Za-z_]\w*=/.test(before.text) ||
      before.text.startsWith('-')
    ))
      return false;
  }
  return true;
}

/**
 * The settings files a package manager run in `dir` may read: there and in every directory above
 * it, to the repository's root (it looks for the project's root upwards).
 */
function managerSettings(dir: string): string[] {
  const out: string[] = [];
  for (let d = dir; ; d = dirOf(d)) {
    for (const f of MANAGER_SETTINGS) out.push(d ? `${d}/${f}` : f);
    if (d === '') return out;
  }
}

/**
 * The package managers' settings files a command line may read: where each package manager or
 * runner it starts (`npm test`, `npx playwright test`, `yarn smoke`) runs, and where the
 * package.json is whose scripts it runs.
 */
export function settingsFiles(commandLine: string, cwd = ''): string[] {
  const out = new Set<string>();
  for (const { words, dirs } of readLine(commandLine, [cwd]))
    words.forEach((w, i) => {
      if (w.expands || !MANAGER_PROGRAMS.has(programOf(w.text)) || !isProgram(words, i)) return;
      for (const dir of dirs[i]!) for (const f of managerSettings(dir)) out.add(f);
    });
  for (const run of packageScripts(commandLine, cwd))
    for (const f of managerSettings(dirOf(run.packageJson))) out.add(f);
  return [...out];
}

/** yarn's own commands (classic and berry): `yarn <one of these>` runs no script. */
const YARN_COMMANDS = new Set(
  [
    'add audit autoclean bin cache check config constraints create dedupe dlx exec explain',
    'generate-lock-entry global help import info init install licenses link list login logout',
    'node npm outdated owner pack patch patch-commit plugin policies publish rebuild remove',
    'search set stage tag team unlink unplug up upgrade upgrade-interactive version versions',
    'why workspace workspaces',
  ]
    .join(' ')
    .split(' '),
);

/** Why a file is guarded: a check runs it, or the integrity check's `files` names it. */
interface Guard {
  /** The config's key path that names the file, dotted (`checks.smoke.run`). */
  key: string;
  line?: number;
  /** How the key names it, for the message: `check smoke runs it`. */
  by: string;
  profiles: Set<string>;
  check?: { id: string; type: string; field: string[] };
  /** The directory the file is run in (the check's, a package's): what a script sources is read from there. */
  cwd?: string;
}

export interface GuardedFiles {
  /** Files (relative to the repository root) whose change needs approval, each with why. */
  named: Map<string, Guard[]>;
  /** package.json files → the scripts in them that checks run, each with why. */
  scripts: Map<string, Map<string, Guard[]>>;
  /** Globs, each list with why: the integrity check's `files`, the files checks judge. */
  globs: { patterns: string[]; guard: Guard }[];
}

/**
 * What the base's config guards: every file a check of any profile runs (the base decides, so a
 * pull request that points a check at a new script changes the config, which is compared on its
 * own), and the `files` the integrity check names.
 */
export function guardedFiles(
  base: ConfigModel | undefined,
  head: ConfigModel | undefined,
  own: { id: string; files: readonly string[] },
): GuardedFiles {
  const named = new Map<string, Guard[]>();
  const scripts = new Map<string, Map<string, Guard[]>>();
  for (const [profile, p] of base?.profiles ?? [])
    for (const [id, c] of p.checks)
      for (const field of c.shellFields) {
        const value = c.fields[field];
        if (typeof value !== 'string') continue;
        const cwd = typeof c.fields.cwd === 'string' ? c.fields.cwd : '';
        const keyPath = base!.sourceOf(profile, 'check', id, [field]);
        const key = keyPath.join('.');
        /** The guard of this field in `guards`, made on first use; the profile added. */
        const guardIn = (guards: Guard[], by = `check ${id} runs it (${field})`): Guard[] => {
          let guard = guards.find((g) => g.key === key && g.by === by);
          if (!guard) {
            const line = head?.profiles.get(profile)?.checks.has(id)
              ? head.line(head.sourceOf(profile, 'check', id, [field]))
              : undefined;
            guard = {
              key,
              ...(line ? { line } : {}),
              by,
              profiles: new Set(),
              check: { id, type: c.type, field: [field] },
              cwd,
            };
            guards.push(guard);
          }
          guard.profiles.add(profile);
          return guards;
        };
        for (const file of namedFiles(value, cwd)) named.set(file, guardIn(named.get(file) ?? []));
        for (const run of packageScripts(value, cwd)) {
          const byName = scripts.get(run.packageJson) ?? new Map<string, Guard[]>();
          for (const name of run.scripts) byName.set(name, guardIn(byName.get(name) ?? []));
          scripts.set(run.packageJson, byName);
        }
        for (const file of settingsFiles(value, cwd))
          named.set(
            file,
            guardIn(
              named.get(file) ?? [],
              `check ${id} runs a package manager, which reads its settings from it (${field})`,
            ),
          );
      }
  const globs: GuardedFiles['globs'] = [];
  for (const [profile, p] of base?.profiles ?? [])
    for (const [id, c] of p.checks)
      for (const { field, key } of c.judgedFields) {
        const cwd = typeof c.fields.cwd === 'string' ? c.fields.cwd : '';
        const patterns = judgedPaths(
          key === undefined ? c.fields[field] : ownValue(c.fields[field], key),
          cwd,
        );
        if (patterns.length === 0) continue;
        const keyPath = base!.sourceOf(profile, 'check', id, key === undefined ? [field] : [field, key]);
        const known = globs.find((g) => g.guard.key === keyPath.join('.'));
        if (known) {
          known.guard.profiles.add(profile);
          continue;
        }
        const line = head?.profiles.get(profile)?.checks.has(id)
          ? head.line(head.sourceOf(profile, 'check', id, [field]))
          : undefined;
        globs.push({
          patterns,
          guard: {
            key: keyPath.join('.'),
            ...(line ? { line } : {}),
            by: `check ${id} judges what it holds (${key === undefined ? field : `${field}.${key}`})`,
            profiles: new Set([profile]),
            check: { id, type: c.type, field: [field] },
          },
        });
      }
  const profiles = new Set<string>();
  for (const [name, p] of base?.profiles ?? []) if (p.checks.has(own.id)) profiles.add(name);
  if (own.files.length)
    globs.push({
      patterns: [...own.files],
      guard: { key: `checks.${own.id}.files`, by: `${own.id}'s files guard it`, profiles },
    });
  return { named, scripts, globs };
}

/** `key` of an object value, its own, or nothing. */
const ownValue = (value: unknown, key: string): unknown =>
  value !== null && typeof value === 'object' && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;

/**
 * The globs of a field naming judged files (a path, a glob, or a list of them), relative to the
 * repository and to the check's directory (which of the two a type reads them from, both are
 * guarded). Expressions, absolute paths and paths leaving the repository are left out.
 */
function judgedPaths(value: unknown, cwd: string): string[] {
  const list = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
  const out = new Set<string>();
  for (const v of list) {
    if (typeof v !== 'string' || v.includes('${{') || v.startsWith('/')) continue;
    for (const dir of new Set(['', cwd])) {
      const p = inRepository(dir, v);
      if (p !== undefined) out.add(p);
    }
  }
  return [...out];
}

const short = (sha: string) => sha.slice(0, 7);

function describe(f: ChangedFile, range: ChangeRange): { before: string; after: string } {
  const was = f.oldPath ?? f.path;
  const before = `${was} at ${short(range.base)}`;
  if (f.status === 'D') return { before, after: 'deleted' };
  if (f.status === 'A') return { before: `${f.path}: none`, after: `added at ${short(range.head)}` };
  if ((f.status === 'R' || f.status === 'C') && f.oldPath)
    return {
      before,
      after: `${f.status === 'R' ? 'renamed' : 'copied'} to ${f.path} at ${short(range.head)}`,
    };
  return { before, after: `${f.status === 'T' ? 'type changed' : 'modified'} at ${short(range.head)}` };
}

/** The changes of the range to guarded files, as weakenings of the config (the file they are in set). */
export async function guardedChanges(
  guarded: GuardedFiles,
  change: ChangeSource,
  range: ChangeRange,
  signal?: AbortSignal,
): Promise<ConfigChange[]> {
  if (guarded.named.size === 0 && guarded.scripts.size === 0 && guarded.globs.length === 0) return [];
  // Each package.json's scripts at the base, read once: followed below, compared when it changed.
  const read = new Map<string, Promise<Scripts>>();
  const atBase = (packageJson: string): Promise<Scripts> => {
    let got = read.get(packageJson);
    if (!got) {
      got = change.read(range.base, `./${packageJson}`, { signal }).then(scriptsIn);
      read.set(packageJson, got);
    }
    return got;
  };
  const followed = new Set<string>();
  await throughScripts(
    guarded,
    atBase,
    [...guarded.scripts].flatMap(([packageJson, byName]) =>
      [...byName].map(([name, guards]) => ({ packageJson, name, guards, depth: 0 })),
    ),
    followed,
  );
  // What each guarded path is at the base, asked once for all the paths of a round.
  const known = new Map<string, TreeEntry | undefined>();
  const entries = async (paths: readonly string[]) => {
    const asked = paths.filter((p) => !known.has(p));
    const got = asked.length ? await change.entries(range.base, asked, signal) : new Map<string, TreeEntry>();
    for (const p of asked) known.set(p, got.get(p));
    return new Map(paths.map((p) => [p, known.get(p)]));
  };
  await throughLinks(guarded, entries);
  const atBaseText = (file: string) => change.read(range.base, `./${file}`, { signal });
  // The package.json scripts a guarded script or recipe runs through a package manager.
  const scripts = (runs: ReturnType<typeof packageScripts>, guards: readonly Guard[], depth: number) => {
    const start = runs.flatMap((run) =>
      run.scripts.map((name) => {
        guardScript(guarded, run.packageJson, name, guards);
        return { packageJson: run.packageJson, name, guards: [...guards], depth };
      }),
    );
    return throughScripts(guarded, atBase, start, followed);
  };
  await throughSourced(guarded, entries, atBaseText, scripts);
  // Last: a .yarnrc.yml may be guarded by what any of them runs.
  await throughYarnPath(guarded, atBaseText);
  // Every changed file: the list other checks read too, filtered here, so no git runs for it alone.
  const files = await change.files({ signal });
  const matchers = guarded.globs.map((g) => ({
    match: picomatch(g.patterns, { dot: true }),
    guard: g.guard,
  }));
  const changes: ConfigChange[] = [];
  for (const f of files) {
    const paths = [...new Set([f.path, ...(f.oldPath ? [f.oldPath] : [])])];
    const guards: Guard[] = [];
    for (const p of paths) {
      // Files only: a directory a command names (`pytest tests/`) holds the change's own tests,
      // which a pull request is expected to change.
      for (const g of guarded.named.get(p) ?? []) if (!guards.includes(g)) guards.push(g);
      for (const m of matchers) if (m.match(p) && !guards.includes(m.guard)) guards.push(m.guard);
    }
    for (const p of paths) {
      const byName = guarded.scripts.get(p);
      if (byName)
        changes.push(...(await scriptChanges(f, p, byName, await atBase(p), change, range, signal)));
    }
    if (guards.length === 0) continue;
    const { before, after } = describe(f, range);
    for (const g of guards)
      changes.push({
        kind: 'weakening',
        key: g.key,
        ...(g.line ? { line: g.line } : {}),
        before,
        after,
        what: `a file the gate depends on changed: ${g.by}`,
        profiles: [...g.profiles],
        ...(g.check ? { check: g.check } : {}),
        file: f.status === 'D' ? (f.oldPath ?? f.path) : f.path,
        ...(f.status === 'D' ? {} : { where: { file: f.path, line: 1 } }),
      });
  }
  return changes;
}

/** How deep one package.json script running another (`npm run a` → `npm run b`) is followed. */
const MAX_SCRIPT_DEPTH = 8;

/** `file` guarded by `guards` too (each once). */
function guardFile(guarded: GuardedFiles, file: string, guards: readonly Guard[]): void {
  const list = guarded.named.get(file) ?? [];
  for (const g of guards) if (!list.some((k) => k.key === g.key && k.by === g.by)) list.push(g);
  guarded.named.set(file, list);
}

/** The script `name` of `packageJson` guarded by `guards` too (each once). */
function guardScript(
  guarded: GuardedFiles,
  packageJson: string,
  name: string,
  guards: readonly Guard[],
): void {
  const byName = guarded.scripts.get(packageJson) ?? new Map<string, Guard[]>();
  const list = byName.get(name) ?? [];
  for (const g of guards) if (!list.some((k) => k.key === g.key && k.by === g.by)) list.push(g);
  byName.set(name, list);
  guarded.scripts.set(packageJson, byName);
}

/** A package.json script to follow, and why it is guarded. */
interface ScriptRun {
  packageJson: string;
  name: string;
  guards: Guard[];
  depth: number;
}

/** The guards of what a command line's package manager reads its settings from. */
const settingsGuards = (guards: readonly Guard[]): Guard[] =>
  guards.map((g) => ({ ...g, by: `${g.by}, whose package manager reads its settings from it` }));

/**
 * What the guarded package.json scripts run, as the base has them: the files their command lines
 * name (`"smoke": "node scripts/smoke.mjs"`) are guarded too, the package managers' settings they
 * read, and the scripts they run in turn (`"test": "npm run lint && npm run unit"`), each guard
 * saying which script leads to it. `seen`: the scripts already followed, by this call or another.
 * Gives the files it guarded, for what they run to be followed in turn.
 */
async function throughScripts(
  guarded: GuardedFiles,
  atBase: (packageJson: string) => Promise<Scripts>,
  start: readonly ScriptRun[],
  seen: Set<string>,
): Promise<string[]> {
  // A base package.json that does not parse runs nothing the gate can follow.
  const scriptsOf = async (packageJson: string) => {
    const table = await atBase(packageJson);
    return typeof table === 'string' ? new Map<string, string>() : table;
  };
  const id = (r: { packageJson: string; name: string }) => `${r.packageJson}\0${r.name}`;
  const work = start.filter((r) => !seen.has(id(r)));
  for (const r of work) seen.add(id(r));
  const added = new Set<string>();
  while (work.length > 0) {
    const { packageJson, name, guards, depth } = work.pop()!;
    const line = (await scriptsOf(packageJson)).get(name);
    if (line === undefined) continue;
    const dir = dirOf(packageJson);
    const through = guards.map((g) => ({
      ...g,
      by: `${g.by} through ${packageJson} scripts.${name}`,
      cwd: dir,
    }));
    for (const file of namedFiles(line, dir)) {
      guardFile(guarded, file, through);
      added.add(file);
    }
    for (const file of settingsFiles(line, dir)) guardFile(guarded, file, settingsGuards(through));
    if (depth >= MAX_SCRIPT_DEPTH) continue;
    for (const run of packageScripts(line, dir))
      for (const next of run.scripts) {
        const r = { packageJson: run.packageJson, name: next, guards: through, depth: depth + 1 };
        if (seen.has(id(r))) continue;
        seen.add(id(r));
        guardScript(guarded, run.packageJson, next, through);
        work.push(r);
      }
  }
  return [...added];
}

/**
 * The files the guarded symbolic links point to, as the base has them: a change to the file a
 * link leads to changes what runs through it. Followed through links to links, to a depth of
 * MAX_SCRIPT_DEPTH; a link out of the repository leads to nothing of the change.
 */
async function throughLinks(
  guarded: GuardedFiles,
  entries: (paths: readonly string[]) => Promise<Map<string, TreeEntry | undefined>>,
): Promise<void> {
  let next = [...guarded.named.keys()];
  const seen = new Set(next);
  for (let depth = 0; next.length > 0 && depth < MAX_SCRIPT_DEPTH; depth++) {
    const found = await entries(next);
    next = [];
    for (const [link, entry] of found) {
      const to = entry?.link;
      if (to === undefined) continue;
      const dir = dirOf(link);
      const target = to.startsWith('/') ? undefined : inRepository(dir, to);
      if (target === undefined) continue;
      guardFile(
        guarded,
        target,
        (guarded.named.get(link) ?? []).map((g) => ({ ...g, by: `${g.by} through the link ${link}` })),
      );
      if (!seen.has(target)) {
        seen.add(target);
        next.push(target);
      }
    }
  }
}

/** `yarnPath: .yarn/releases/yarn-4.5.0.cjs` in a .yarnrc.yml, quoted or not, a comment after it. */
const YARN_PATH = /^yarnPath:[ \t]*(["']?)([^"'#\n\r]+?)\1[ \t]*(?:#.*)?$/m;

/**
 * The program a guarded .yarnrc.yml runs as yarn (`yarnPath`, a release committed to the
 * repository), as the base has it: a pull request that replaced it would run its own program
 * wherever the gate runs yarn.
 */
async function throughYarnPath(
  guarded: GuardedFiles,
  read: (file: string) => Promise<string | undefined>,
): Promise<void> {
  for (const [file, guards] of [...guarded.named]) {
    if (path.posix.basename(file) !== '.yarnrc.yml') continue;
    const to = YARN_PATH.exec((await read(file)) ?? '')?.[2]?.trim();
    const target = to === undefined || to.startsWith('/') ? undefined : inRepository(dirOf(file), to);
    if (target === undefined) continue;
    guardFile(
      guarded,
      target,
      guards.map((g) => ({ ...g, by: `${g.by} through ${file} (yarnPath)` })),
    );
  }
}

/** Shell scripts by their name; one without an extension is one when its first line says so. */
const SHELL_SCRIPT = /\.(?:sh|bash|zsh|ksh)$/i;
const SHELL_SHEBANG = /^#!\s*\S*?(?:\/|\benv\s+)(?:ba|z|k|da)?sh\b/;

/**
 * The files a shell script runs or reads as its own code: what it sources (`. ./lib.sh`,
 * `source "$(dirname "$0")/common.sh"`), the scripts it runs (`./step.sh`, `bash lib/check.sh`,
 * `node tools/x.mjs`), read in the directories it may run in and in its own. A path after an
 * expansion (`$SCRIPT_DIR/common.sh`, `${BASH_SOURCE%/*}/common.sh`) is read there too: such a
 * prefix is nearly always where the script is, or the directory it was run in.
 */
export function scriptRuns(text: string, scriptDir: string, cwd: string): string[] {
  const out = new Set<string>();
  for (const { words, dirs } of readLine(text, [cwd]))
    words.forEach((w, i) => {
      if (!w.first || w.text.startsWith('#')) return;
      // A task runner it runs reads its own file.
      const where = [...dirs[i]!, scriptDir];
      for (const file of [...taskFiles(words, i, where), ...composeFiles(words, i, where)]) out.add(file);
      let target: Word | undefined = w;
      if (w.text === '.' || w.text === 'source') target = words[i + 1];
      else if (isInterpreter(programOf(w.text))) {
        const at = scriptOperand(words, i);
        target = at === undefined ? undefined : words[at];
      }
      if (!target || (target !== w && target.first) || target.line) return;
      const rel = target.expands ? AFTER_EXPANSION.exec(target.text)?.[1] : target.text;
      if (!rel || rel.startsWith('/') || rel.includes('://')) return;
      // A word run as a command is looked for on PATH unless it has a `/`; what an interpreter
      // runs or a script sources is a file either way.
      if (target === w && !rel.includes('/') && !SCRIPT.test(rel)) return;
      for (const dir of [...dirs[i]!, scriptDir]) {
        const file = inRepository(dir, rel);
        if (file !== undefined) out.add(file);
      }
    });
  return [...out];
}

/** A path after one leading expansion: `$(dirname $0)/lib.sh`, `${HERE}/lib.sh` → `lib.sh`. */
const AFTER_EXPANSION = /^(?:\$\([^()]*\)|\$\{[^{}]*\}|\$[A-Za-z_][A-Za-z0-9_]*)\/([^$`*?[{~]+)$/;

/** A shell script larger than this is no script of the gate's own to follow (a binary, data). */
const MAX_SCRIPT_BYTES = 1024 * 1024;

type CodeKind = 'shell' | 'js' | 'python' | 'ruby' | 'make' | 'just' | 'task';

/** What a file's name says it is read as, if it says. */
function kindByName(file: string): CodeKind | undefined {
  if (MAKEFILE.test(file)) return 'make';
  if (JUSTFILE.test(file)) return 'just';
  if (TASKFILE.test(file)) return 'task';
  if (SHELL_SCRIPT.test(file)) return 'shell';
  if (JS_MODULE.test(file)) return 'js';
  if (RB_MODULE.test(file)) return 'ruby';
  return PY_MODULE.test(file) ? 'python' : undefined;
}

/**
 * What a guarded file is read as: a task runner's file, a shell script, a JavaScript or TypeScript
 * module, a Python one; by its name, else (a file without an extension) by its first line.
 */
function codeKind(file: string, text: string): CodeKind | undefined {
  const byName = kindByName(file);
  if (byName || /\.[^/]*$/.test(file)) return byName;
  if (SHELL_SHEBANG.test(text)) return 'shell';
  if (JS_SHEBANG.test(text)) return 'js';
  if (PY_SHEBANG.test(text)) return 'python';
  if (RB_SHEBANG.test(text)) return 'ruby';
  return undefined;
}

/** The command lines and includes of a task runner's file. */
const recipesOf = (kind: 'make' | 'just' | 'task', text: string) =>
  kind === 'make' ? makeRecipes(text) : kind === 'just' ? justRecipes(text) : taskRecipes(text);

/** The files a task runner's file includes, read where it runs and beside it. */
function includedBy(recipes: Recipes | undefined, fileDir: string, cwd: string): string[] {
  const out = new Set<string>();
  for (const f of recipes?.includes ?? [])
    for (const dir of new Set([fileDir, cwd])) {
      const file = f.startsWith('/') ? undefined : inRepository(dir, f);
      if (file !== undefined) out.add(file);
    }
  return [...out];
}

/** Whether a guarded path may be code the gate follows: by its name, or a file without an extension. */
const mayBeCode = (file: string) => kindByName(file) !== undefined || !/\.[^/]*$/.test(file);

/**
 * What the guarded code runs or loads, as the base has it: what a shell script sources or runs
 * (see scriptRuns), the modules a JavaScript, TypeScript or Python program imports from the
 * repository (see imports.ts), what a task runner's recipes run and the files it includes (see
 * recipes.ts). Guarded too, to a depth of MAX_SCRIPT_DEPTH, each guard saying
 * through which file. Only files are read (not a folder a command names, nor a compiled program of
 * megabytes), each once: `entries` says what the paths are at the base, `read` gives a file's
 * text there.
 */
async function throughSourced(
  guarded: GuardedFiles,
  entries: (paths: readonly string[]) => Promise<Map<string, TreeEntry | undefined>>,
  read: (file: string) => Promise<string | undefined>,
  scripts: (
    runs: ReturnType<typeof packageScripts>,
    guards: readonly Guard[],
    depth: number,
  ) => Promise<string[]>,
): Promise<void> {
  /**
   * `root`: the directory of the Python script a module was reached from, where Python looks for
   * its absolute imports; none for a file a command or a script runs (it is such a script). `as`:
   * what a link's target is read as, the name of the link says so.
   */
  type Work = { file: string; guards: Guard[]; depth: number; root?: string; as?: CodeKind };
  let round: Work[] = [...guarded.named]
    .filter(([file]) => mayBeCode(file))
    .map(([file, guards]) => ({ file, guards, depth: 0 }));
  const seen = new Set(round.map((w) => w.file));
  /** `next` guarded by `through` too, and followed in the next round if it may be code. */
  const follow = (next: string, through: readonly Guard[], work: Omit<Work, 'file' | 'guards'>) => {
    guardFile(guarded, next, through);
    if (seen.has(next) || work.depth > MAX_SCRIPT_DEPTH || !(work.as || mayBeCode(next))) return;
    seen.add(next);
    round.push({ file: next, guards: [...(through.length ? through : guarded.named.get(next)!)], ...work });
  };
  while (round.length > 0) {
    const work = round;
    round = [];
    const found = await entries(work.map((w) => w.file));
    for (const { file, guards, depth, root, as } of work) {
      const entry = found.get(file);
      // A link sourced or imported leads to its target, read as what the link's name says.
      const to = entry?.link;
      if (to !== undefined) {
        const target = to.startsWith('/') ? undefined : inRepository(dirOf(file), to);
        const kind = as ?? kindByName(file);
        if (target !== undefined)
          follow(
            target,
            guards.map((g) => ({ ...g, by: `${g.by} through the link ${file}` })),
            { depth: depth + 1, ...(root !== undefined ? { root } : {}), ...(kind ? { as: kind } : {}) },
          );
        continue;
      }
      if (!entry || !/^100[67]/.test(entry.mode) || entry.size > MAX_SCRIPT_BYTES) continue;
      const text = await read(file);
      const kind = text === undefined ? undefined : (as ?? codeKind(file, text));
      if (text === undefined || kind === undefined) continue;
      const scriptDir = dirOf(file);
      const pythonRoot = kind === 'python' ? (root ?? scriptDir) : undefined;
      // Per directory the file runs in, what it runs or loads from there.
      for (const cwd of new Set(guards.map((g) => g.cwd ?? ''))) {
        const through = guards
          .filter((g) => (g.cwd ?? '') === cwd)
          .map((g) => ({ ...g, by: `${g.by} through ${file}` }));
        // Command lines a shell runs: a shell script's, a task runner's recipes.
        const recipes =
          kind === 'make' || kind === 'just' || kind === 'task' ? recipesOf(kind, text) : undefined;
        const lines = kind === 'shell' ? text : recipes?.lines.join('\n');
        const loads =
          lines !== undefined
            ? [...scriptRuns(lines, scriptDir, cwd), ...includedBy(recipes, scriptDir, cwd)]
            : kind === 'js'
              ? jsImports(text, file)
              : kind === 'ruby'
                ? rubyImports(text, file)
                : pythonImports(text, file, [...new Set([pythonRoot!, cwd])]);
        if (lines !== undefined) {
          const where = [...new Set([cwd, scriptDir])];
          for (const dir of where)
            for (const f of settingsFiles(lines, dir)) guardFile(guarded, f, settingsGuards(through));
          const runs = where.flatMap((dir) => packageScripts(lines, dir));
          // What those scripts name is followed in turn, as the scripts say why it is guarded.
          for (const next of await scripts(runs, through, depth + 1)) follow(next, [], { depth: depth + 1 });
        }
        // A module a script imports is looked for where that script's imports are; a script a
        // shell script runs starts afresh.
        for (const next of loads)
          follow(next, through, {
            depth: depth + 1,
            ...(pythonRoot !== undefined ? { root: pythonRoot } : {}),
          });
      }
    }
  }
}

/** A package.json's scripts by name, or why they cannot be read. */
type Scripts = Map<string, string> | string;

/** The scripts of a package.json's text (none when there is no file). */
function scriptsIn(text: string | undefined): Scripts {
  const scripts = new Map<string, string>();
  if (text === undefined) return scripts;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return `it does not parse (${errorMessage(err)})`;
  }
  const table = json && typeof json === 'object' ? (json as { scripts?: unknown }).scripts : undefined;
  if (table && typeof table === 'object' && Object.hasOwn(json as object, 'scripts'))
    for (const [name, value] of Object.entries(table))
      if (typeof value === 'string') scripts.set(name, value);
  return scripts;
}

const MAX_SHOWN = 60;
const shown = (script: string | undefined) => {
  if (script === undefined) return 'none';
  const quoted = JSON.stringify(script);
  return quoted.length > MAX_SHOWN ? `${quoted.slice(0, MAX_SHOWN - 2)}…"` : quoted;
};

/**
 * The scripts of a changed package.json that checks run (with their `pre`/`post` scripts), where
 * the head's differ from the base's. A package.json that does not parse changes them all: what
 * they run cannot be told.
 */
async function scriptChanges(
  f: ChangedFile,
  file: string,
  byName: ReadonlyMap<string, Guard[]>,
  was: Scripts,
  change: ChangeSource,
  range: ChangeRange,
  signal?: AbortSignal,
): Promise<ConfigChange[]> {
  // `file` is the guarded path: the change's old path (moved or deleted, the scripts are no longer
  // where the check runs them) or its new one (moved there, they are new).
  const headText =
    f.status === 'D' || f.path !== file ? undefined : await change.read(range.head, `./${file}`, { signal });
  const now = scriptsIn(headText);
  const changes: ConfigChange[] = [];
  for (const [name, guards] of byName) {
    const before = typeof was === 'string' ? undefined : was.get(name);
    const after = typeof now === 'string' ? undefined : now.get(name);
    if (typeof was !== 'string' && typeof now !== 'string' && before === after) continue;
    const line = headText === undefined ? undefined : (scriptLine(headText, name) ?? 1);
    for (const g of guards)
      changes.push({
        kind: 'weakening',
        key: g.key,
        ...(g.line ? { line: g.line } : {}),
        before: `scripts.${name} ${typeof was === 'string' ? `unreadable: ${was}` : shown(before)}`,
        after: typeof now === 'string' ? `unreadable: ${now}` : shown(after),
        what: `a script the gate runs changed: ${g.by}`,
        profiles: [...g.profiles],
        ...(g.check ? { check: g.check } : {}),
        file,
        ...(line ? { where: { file, line } } : {}),
      });
  }
  return changes;
}

/** The line of a package.json's text that holds the script `name` (its key, after "scripts"). */
function scriptLine(text: string, name: string): number | undefined {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => /"scripts"\s*:/.test(l));
  if (start < 0) return undefined;
  const key = JSON.stringify(name);
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    const at = line.indexOf(key);
    if (
      at >= 0 &&
      line
        .slice(at + key.length)
        .trimStart()
        .startsWith(':')
    )
      return i + 1;
    // The end of the scripts' mapping, when it has lines of its own.
    if (i > start && /^\s*}/.test(line)) return undefined;
  }
  return undefined;
}
