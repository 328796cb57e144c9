import path from 'node:path';
import { jsForms } from './imports.js';
import { dirOf, inRepository } from './repoPaths.js';

/**
 * How the gate reads a command line, a shell script or a recipe, without running it: its words as
 * the shell splits them, the directories each may be read in (`cd`), the lines run inside it
 * (`sh -c`, `$(…)`), and from those the files it runs or reads as its own code — scripts, a task
 * runner's file, a compose file, a package manager's settings — and the package.json scripts it
 * runs. Read generously: a word is read in every directory it may be in.
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
        if (optionEffect(name, option) === 'value') j++;
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
        for (const file of [
          ...taskFiles(words, i, dirs[i]!),
          ...composeFiles(words, i, dirs[i]!),
          ...buildFiles(words, i, dirs[i]!),
        ])
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
      const forms = node && bare ? jsForms(word) : python ? [word, `${word}/__main__.py`] : [word];
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
      const file = inRepository(path.posix.join(dir, sub), f);
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

/** docker's own options that take a value (`docker --context ci build …`). */
const DOCKER_VALUES = new Set(['-c', '--context', '-H', '--host', '--config', '-l', '--log-level']);
/** docker build's options that take a value. */
const BUILD_VALUES = new Set([
  '-t',
  '--tag',
  '-f',
  '--file',
  '--build-arg',
  '--build-context',
  '--target',
  '--platform',
  '--label',
  '--network',
  '--secret',
  '--ssh',
  '--cache-from',
  '--cache-to',
  '-o',
  '--output',
  '--progress',
  '--iidfile',
  '--metadata-file',
  '--add-host',
  '--shm-size',
  '--ulimit',
  '--builder',
  '--annotation',
  '--attest',
  '--allow',
  '--provenance',
  '--sbom',
  '-m',
  '--memory',
]);

/**
 * The files `docker build` (or `docker buildx build`) at `words[at]` builds from, in each
 * directory it may run in: the Dockerfile its `-f` names, else the context's, and the context's
 * `.dockerignore`. Its RUN steps run what it says; a change to it can change what the check runs.
 * A context from elsewhere (a URL, the input) holds none of the change's files.
 */
function buildFiles(words: readonly Word[], at: number, dirs: readonly string[]): string[] {
  if (words[at]!.expands || programOf(words[at]!.text) !== 'docker') return [];
  let j = at + 1;
  for (; j < words.length && !words[j]!.first && words[j]!.text.startsWith('-'); j++)
    if (DOCKER_VALUES.has(words[j]!.text)) j++;
  if (words[j]?.text === 'buildx' && !words[j]!.first) j++;
  if (j >= words.length || words[j]!.first || words[j]!.text !== 'build') return [];
  let file: string | undefined;
  let context: Word | undefined;
  for (j++; j < words.length && !words[j]!.first; j++) {
    const w = words[j]!;
    if (w.text.startsWith('-') && w.text !== '-') {
      const eq = w.text.indexOf('=');
      const option = eq > 0 ? w.text.slice(0, eq) : w.text;
      if (!BUILD_VALUES.has(option)) continue;
      const holder = eq > 0 ? w : words[++j];
      if ((option === '-f' || option === '--file') && holder && !holder.expands)
        file = eq > 0 ? w.text.slice(eq + 1) : holder.text;
      continue;
    }
    context ??= w;
  }
  if (!context || context.expands || context.text === '-' || /^\/|:\/\/|^git@/.test(context.text)) return [];
  const out: string[] = [];
  for (const dir of dirs)
    for (const f of [
      file ?? path.posix.join(context.text, 'Dockerfile'),
      path.posix.join(context.text, '.dockerignore'),
    ]) {
      const found = inRepository(dir, f);
      if (found !== undefined) out.push(found);
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
      for (const file of [
        ...taskFiles(words, i, where),
        ...composeFiles(words, i, where),
        ...buildFiles(words, i, where),
      ])
        out.add(file);
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
