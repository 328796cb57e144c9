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
import { namedFiles, packageScripts, scriptRuns, settingsFiles } from './commandLines.js';
import { dirOf, inRepository } from './repoPaths.js';
import type { ConfigModel } from './types.js';

/**
 * The gate's rules are not all in its config: a command check that runs `./scripts/smoke.sh`
 * judges by what the script does, and on a pull request the script is the pull request's own even
 * while the base's config judges. So a change to a file the gate runs — one a check's command
 * line names — or to a file the integrity check is told to guard (`files`) is treated as a
 * weakening: it holds until approved, like a loosened threshold.
 */

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
      const target = inRepository(dir, to);
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
    const target = to === undefined ? undefined : inRepository(dirOf(file), to);
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
      const file = inRepository(dir, f);
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
        const target = inRepository(dirOf(file), to);
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
