import path from 'node:path';
import picomatch from 'picomatch';
import type { ChangedFile, ChangeRange, ChangeSource } from '../../change/types.js';
import type { ConfigChange } from './compare.js';
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

/**
 * The words of a command line as the shell reads them: quotes removed, a backslash keeping the
 * next character. A word with an expansion, a glob or a home directory outside single quotes is
 * marked, for it names no file of its own.
 */
function shellWords(line: string): { text: string; expands: boolean }[] {
  const words: { text: string; expands: boolean }[] = [];
  let text = '';
  let expands = false;
  let started = false;
  const end = () => {
    if (started) words.push({ text, expands });
    text = '';
    expands = false;
    started = false;
  };
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (BREAK.has(c)) {
      end();
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
    else {
      if ('$*?[{~'.includes(c)) expands = true;
      text += c;
    }
  }
  end();
  return words;
}

/**
 * Paths of the repository a command line names as files, relative to the repository root: each
 * word with a `/` (`./scripts/smoke.sh`, `tools/gate`) or a script's extension (`check.py`), as
 * the value of `--opt=path` too. Words with expansions (`$X`), globs, URLs, absolute paths and
 * paths leaving the repository are not files of the change. `cwd` is the check's directory.
 */
export function namedFiles(commandLine: string, cwd = ''): string[] {
  const out = new Set<string>();
  for (const { text, expands } of shellWords(commandLine)) {
    if (expands) continue;
    const word = text.slice(text.lastIndexOf('=') + 1);
    if (!word || word.startsWith('-') || word.startsWith('/') || word.includes('://')) continue;
    if (!word.includes('/') && !SCRIPT.test(word)) continue;
    const file = path.posix.normalize(path.posix.join(cwd, word));
    if (file === '.' || file === '..' || file.startsWith('../') || file.startsWith('/')) continue;
    out.add(file.replace(/\/$/, ''));
  }
  return [...out];
}

/** Why a file is guarded: a check runs it, or the integrity check's `files` names it. */
interface Guard {
  /** The config's key path that names the file, dotted (`checks.smoke.run`). */
  key: string;
  line?: number;
  /** How the key names it, for the message: `check smoke runs it`. */
  by: string;
  profiles: Set<string>;
  check?: { id: string; type: string; field: string[] };
}

export interface GuardedFiles {
  /** Files (relative to the repository root) whose change needs approval, each with why. */
  named: Map<string, Guard[]>;
  globs: { patterns: string[]; guard: Guard } | undefined;
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
  for (const [profile, p] of base?.profiles ?? [])
    for (const [id, c] of p.checks)
      for (const field of c.shellFields) {
        const value = c.fields[field];
        if (typeof value !== 'string') continue;
        const cwd = typeof c.fields.cwd === 'string' ? c.fields.cwd : '';
        for (const file of namedFiles(value, cwd)) {
          const keyPath = base!.sourceOf(profile, 'check', id, [field]);
          const key = keyPath.join('.');
          const guards = named.get(file) ?? [];
          let guard = guards.find((g) => g.key === key);
          if (!guard) {
            const line = head?.profiles.get(profile)?.checks.has(id)
              ? head.line(head.sourceOf(profile, 'check', id, [field]))
              : undefined;
            guard = {
              key,
              ...(line ? { line } : {}),
              by: `check ${id} runs it (${field})`,
              profiles: new Set(),
              check: { id, type: c.type, field: [field] },
            };
            guards.push(guard);
          }
          guard.profiles.add(profile);
          named.set(file, guards);
        }
      }
  const profiles = new Set<string>();
  for (const [name, p] of base?.profiles ?? []) if (p.checks.has(own.id)) profiles.add(name);
  const globs = own.files.length
    ? {
        patterns: [...own.files],
        guard: { key: `checks.${own.id}.files`, by: `${own.id}'s files guard it`, profiles },
      }
    : undefined;
  return { named, globs };
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
  if (guarded.named.size === 0 && !guarded.globs) return [];
  // Every changed file: the list other checks read too, filtered here, so no git runs for it alone.
  const files = await change.files({ signal });
  const matchGlob = guarded.globs ? picomatch(guarded.globs.patterns, { dot: true }) : undefined;
  const changes: ConfigChange[] = [];
  for (const f of files) {
    const paths = [...new Set([f.path, ...(f.oldPath ? [f.oldPath] : [])])];
    const guards: Guard[] = [];
    for (const p of paths) {
      // Files only: a directory a command names (`pytest tests/`) holds the change's own tests,
      // which a pull request is expected to change.
      for (const g of guarded.named.get(p) ?? []) if (!guards.includes(g)) guards.push(g);
      if (matchGlob?.(p) && !guards.includes(guarded.globs!.guard)) guards.push(guarded.globs!.guard);
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
      });
  }
  return changes;
}
