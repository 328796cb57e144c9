/**
 * What a task runner's file runs, read from its text without running it: the command lines of its
 * recipes, which a shell runs (and which may run the repository's scripts), and the files it
 * includes. Read generously: every recipe of the file, not only those of the task a check names,
 * and a line that only looks like a command in a Taskfile is read as one too.
 */

/** The task runners' files, by their name. */
export const MAKEFILE = /(?:^|\/)(?:GNUmakefile|makefile|Makefile|[^/]+\.mk)$/;
export const JUSTFILE = /(?:^|\/)(?:\.?[jJ]ustfile|[^/]+\.just)$/;
export const TASKFILE = /(?:^|\/)[tT]askfile(?:\.dist)?\.ya?ml$/;

export interface Recipes {
  /** Command lines a shell runs, one a line. */
  lines: string[];
  /** Files the runner reads as its own too, relative to the directory it runs in. */
  includes: string[];
}

/** Words of an include directive that name files: no variables, no globs. */
const literal = (words: string): string[] =>
  words
    .split(/\s+/)
    .map((w) => w.replace(/^["']|["']$/g, ''))
    .filter((w) => w !== '' && !/[$*?[\]{}]/.test(w));

/** A text's lines, each ending in a backslash joined with the next (the blanks around it made one). */
function joinContinued(text: string): string[] {
  const out: string[] = [];
  // The pieces of the logical line so far: joined once it ends, so a long one is not copied at
  // every piece.
  let pieces: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = pieces.length ? raw.trimStart() : raw;
    if (line.endsWith('\\')) pieces.push(line.slice(0, -1).trimEnd());
    else {
      pieces.push(line);
      out.push(pieces.join(' '));
      pieces = [];
    }
  }
  if (pieces.length) out.push(pieces.join(' '));
  return out;
}

/** A Makefile's recipe lines (a tab first, `@`, `-`, `+` dropped, `\` continuations joined) and its includes. */
export function makeRecipes(text: string): Recipes {
  const lines: string[] = [];
  const includes: string[] = [];
  for (const line of joinContinued(text)) {
    const recipe = /^\t[@+-]*(.*)$/.exec(line);
    if (recipe) {
      // `$(MAKE)` is make itself: what it reads is read too.
      lines.push(recipe[1]!.replace(/\$[({]MAKE[)}]/g, 'make'));
      continue;
    }
    const include = /^[ \t]*-?s?include[ \t]+([^#]*)/.exec(line);
    if (include) includes.push(...literal(include[1]!));
  }
  return { lines, includes };
}

/** A justfile's recipe body lines (indented; `@` and `-` dropped) and the files it imports. */
export function justRecipes(text: string): Recipes {
  const lines: string[] = [];
  const includes: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const body = /^[ \t]+[@-]*(.*)$/.exec(line);
    if (body) {
      if (body[1]!.trim() !== '') lines.push(body[1]!);
      continue;
    }
    const imported = /^import\??[ \t]+(['"])([^'"]+)\1/.exec(line);
    if (imported) includes.push(...literal(imported[2]!));
  }
  return { lines, includes };
}

/**
 * A Taskfile's command lines (its list items, `- cmd: …` or `- …`, quotes dropped) and the
 * Taskfiles it includes (`taskfile: ./ci`; a folder holds its Taskfile.yml).
 */
export function taskRecipes(text: string): Recipes {
  const lines: string[] = [];
  const includes: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const item = /^[ \t]*-[ \t]+(?:cmd:[ \t]*)?(.*)$/.exec(line);
    if (item) {
      const cmd = item[1]!.trim();
      const quoted = /^(["'])(.*)\1$/.exec(cmd);
      lines.push(quoted ? quoted[2]! : cmd);
      continue;
    }
    const included = /^[ \t]*(?:taskfile:[ \t]*)(["']?)([^"'#\n]+?)\1[ \t]*(?:#.*)?$/.exec(line);
    if (included)
      for (const f of literal(included[2]!))
        includes.push(...(/\.ya?ml$/.test(f) ? [f] : [`${f}/Taskfile.yml`, `${f}/Taskfile.yaml`]));
  }
  return { lines, includes };
}
