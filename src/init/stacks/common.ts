import type { RepoSnapshot } from '../types.js';

/** What a stack detector reads: the listing and the texts `filesToRead` asked for. */
export interface View {
  has(path: string): boolean;
  text(path: string): string | undefined;
  /** Paths matching the regular expression, in listing order. */
  matching(re: RegExp): string[];
}

export function viewOf(snapshot: RepoSnapshot): View {
  const set = new Set(snapshot.paths);
  return {
    has: (p) => set.has(p),
    text: (p) => snapshot.texts.get(p),
    matching: (re) => snapshot.paths.filter((p) => re.test(p)),
  };
}

/**
 * Words taken from the repository end up in a shell line (`npm run <script>`) or a config
 * value; only plain ones are used, so nothing a repository holds becomes shell code.
 */
export const SAFE_WORD = /^[A-Za-z0-9][A-Za-z0-9_.:@/+=-]*$/;

/** A relative path inside the repository, made of plain characters (a report path, a folder). */
export function safeRelativePath(p: string | undefined): string | undefined {
  if (!p) return undefined;
  const clean = p.replace(/^\.\//, '');
  if (!/^[A-Za-z0-9_][A-Za-z0-9_./*-]*$/.test(clean)) return undefined;
  if (clean.split('/').some((s) => s === '..' || s === '')) return undefined;
  return clean;
}

/**
 * Text from the repository (file names, routes) as it may be printed or written into a comment:
 * a control character — a newline in a file name — could end the comment and write config, or
 * move a terminal's cursor; each becomes `?`.
 */
export function printable(s: string): string {
  return s.replace(/[\p{Cc}\u2028\u2029]/gu, '?');
}

/** A coverage minimum read from a config (`lines: 80`), within 0–100. */
export function percent(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const n = Number(s);
  return Number.isFinite(n) && n >= 0 && n <= 100 ? n : undefined;
}

/** The first JSON value of a text, or undefined: a broken manifest is a fact to report, not a crash. */
export function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A plain object's own string-keyed members, or an empty record. */
export function record(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}
