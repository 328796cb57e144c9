import { type GitOptions, gitOrThrow } from './git.js';
import type { ReleaseCommit, ReleaseNotes } from './types.js';

/**
 * The release notes of a promoted range: its commits with their pull requests, the diff's size
 * and the areas it touches. Bounded whatever the history: at most `maxCommits` commits are
 * listed (the rest counted), subjects and names are cut, each area shows a few examples.
 */

export interface ReleaseArea {
  name: string;
  match(path: string): boolean;
}

export interface ReleaseNotesOptions {
  maxCommits?: number;
  /** The diff's size and changed paths from the gate's change source, which reads the diff once. */
  diff?: { stat(): Promise<ReleaseNotes['stat']>; paths(): Promise<string[]> };
  /** The pull request the event is about (its number belongs to the whole range). */
  eventPull?: number;
  areas: readonly ReleaseArea[];
}

const MAX_COMMITS = 200;
const MAX_EXAMPLES = 5;
const FIELD = '\x1f';
const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

const cut = (s: string, max: number) => {
  // Control characters of a commit subject would rewrite a terminal or break a table.
  const clean = s.replace(/\p{Cc}/gu, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
};

export function pullsIn(subject: string): number[] {
  const found = new Set<number>();
  for (const m of subject.matchAll(/\(#(\d{1,9})\)|Merge pull request #(\d{1,9})\b/g))
    found.add(Number(m[1] ?? m[2]));
  return [...found];
}

/**
 * One commit a line, its subject last: git folds a subject onto one line, but keeps any other
 * control character in it, so a field or record separator in a subject cannot forge a commit.
 */
function parseLog(out: string): ReleaseCommit[] {
  const commits: ReleaseCommit[] = [];
  for (const rec of out.split('\n')) {
    const [sha = '', parents, author, ...rest] = rec.split(FIELD);
    if (!SHA.test(sha) || rest.length === 0) continue;
    const s = cut(rest.join(' '), 200);
    const pulls = pullsIn(s);
    commits.push({
      sha: sha.slice(0, 12),
      subject: s,
      author: cut(author ?? '', 100),
      ...(pulls.length ? { pulls } : {}),
      ...((parents ?? '').trim().split(/\s+/).length > 1 ? { merge: true } : {}),
    });
  }
  return commits;
}

function parseShortstat(out: string): ReleaseNotes['stat'] {
  const n = (re: RegExp) => Number(re.exec(out)?.[1] ?? 0);
  return {
    files: n(/(\d+) files? changed/),
    insertions: n(/(\d+) insertions?\(\+\)/),
    deletions: n(/(\d+) deletions?\(-\)/),
  };
}

function areasOf(names: readonly string[], of: readonly ReleaseArea[]) {
  const areas = of.map((a) => ({ name: a.name, files: 0, examples: [] as string[] }));
  for (const file of names) {
    if (!file) continue;
    of.forEach((a, i) => {
      if (!a.match(file)) return;
      const area = areas[i]!;
      area.files++;
      if (area.examples.length < MAX_EXAMPLES) area.examples.push(cut(file, 200));
    });
  }
  return areas;
}

export async function releaseNotes(
  git: GitOptions,
  range: { base: string; head: string },
  o: ReleaseNotesOptions,
): Promise<ReleaseNotes> {
  const max = o.maxCommits ?? MAX_COMMITS;
  const span = `${range.base}..${range.head}`;
  // One commit more than is listed says whether there are more; only then are they counted, by a
  // second git (most promotions hold far fewer commits than are listed).
  const listed = gitOrThrow(
    ['log', '--no-color', `--max-count=${max + 1}`, `--format=%H${FIELD}%P${FIELD}%an${FIELD}%s`, span],
    { ...git, maxBytes: 4 * 1024 * 1024 },
  ).then(async (out) => {
    const all = parseLog(out);
    if (all.length <= max) return { commits: all, total: all.length };
    const count = await gitOrThrow(['rev-list', '--count', span], git);
    return { commits: all.slice(0, max), total: Number(count.trim()) || all.length };
  });
  const names =
    o.diff?.paths() ??
    gitOrThrow(['diff', '--name-only', '-z', '--no-color', '-M', range.base, range.head], {
      ...git,
      maxBytes: 256 * 1024 * 1024,
    }).then((out) => out.split('\0'));
  // Sorted into areas as soon as the names are known: the line counts of a scanned diff come only
  // when its scan ends, and the gate waits for nothing else then.
  const [{ commits, total }, stat, areas] = await Promise.all([
    listed,
    o.diff?.stat() ?? gitOrThrow(['diff', '--shortstat', '--no-color', '-M', range.base, range.head], git),
    names.then((files) => areasOf(files, o.areas)),
  ]);
  const pulls = new Set<number>(o.eventPull ? [o.eventPull] : []);
  for (const c of commits) for (const p of c.pulls ?? []) pulls.add(p);
  return {
    base: range.base,
    head: range.head,
    commits,
    total,
    omitted: Math.max(0, total - commits.length),
    pullRequests: [...pulls].sort((a, b) => a - b).slice(0, 100),
    stat: typeof stat === 'string' ? parseShortstat(stat) : stat,
    areas: areas.filter((a) => a.files > 0),
  };
}
