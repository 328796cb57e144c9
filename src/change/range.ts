import { optionRef } from '../core/optionRef.js';
import { eventRange } from './event.js';
import { type GitOptions, runGit } from './git.js';
import { Revisions } from './shallow.js';
import { type ChangeRange, ChangeRangeError, type RangeSource } from './types.js';

/** A promoted commit remembered by history, as a base candidate. */
export interface PromotedBase {
  sha: string;
  detail: string;
}

export interface RangeRequest {
  /** Explicit `--base` / action input `base`. */
  base?: string;
  head?: string;
  /** The last promoted run of this profile, looked up only when nothing more specific is given. */
  lastPromoted?: () => Promise<PromotedBase | undefined>;
  /** `defaults.base` from the config. */
  defaultBase?: string;
  /** Told, before any fetch, whether the clone holds both revisions already. */
  onLocal?: (local: boolean) => void;
}

interface Candidate {
  ref: string;
  source: RangeSource;
  detail: string;
}

const NO_BASE =
  `no base revision to compare with: set ${optionRef('base')}, run on a pull_request event, ` +
  'keep a history of promotions, or set `defaults.base` in the config (e.g. origin/main)';

/**
 * Picks the range in order of precedence — explicit input, the pull request (or merge queue)
 * of the event, the last promoted run of this profile, the configured default — and makes both
 * ends available locally. Pull requests compare from the merge base, as GitHub shows them; the
 * other sources compare the two trees, which is exactly what the promotion replaces.
 */
export async function resolveRange(opts: GitOptions, req: RangeRequest): Promise<ChangeRange> {
  // Asked only when something is amiss: on the way to a range, the lookup of its two ends is the
  // first git, and one process fewer before the diff checks' own gits can start.
  const inRepository = async () => {
    if ((await runGit(['rev-parse', '--git-dir'], opts)).code !== 0)
      throw new ChangeRangeError(`${opts.cwd} is not inside a git repository`);
  };
  const notes: string[] = [];
  const event = await eventRange(opts.env);
  if (event.problem) notes.push(event.problem);

  let base: Candidate | undefined;
  if (req.base) base = { ref: req.base, source: 'input', detail: 'given base' };
  else if (event.range)
    base = { ref: event.range.base, source: event.range.source, detail: event.range.detail };
  else {
    try {
      const last = await req.lastPromoted?.();
      if (last) base = { ref: last.sha, source: 'history', detail: last.detail };
    } catch (err) {
      notes.push(`history could not be read: ${(err as Error).message}`);
    }
    if (!base && req.defaultBase) base = { ref: req.defaultBase, source: 'config', detail: 'defaults.base' };
  }
  if (!base) {
    await inRepository();
    throw new ChangeRangeError([NO_BASE, ...notes].join('; '));
  }
  const headRef = req.head ?? event.range?.head ?? 'HEAD';

  const revs = new Revisions(opts);
  // Both looked up by one git; the answer also says whether resolving the range needs a fetch.
  const local = await revs.verifyAll([headRef, base.ref]);
  if (local.some((sha) => sha === undefined)) await inRepository();
  req.onLocal?.(local.every((sha) => sha !== undefined));
  // A revision someone typed that a complete clone lacks is most likely misspelt.
  const typed = (option: string) =>
    `Check the revision given to ${optionRef(option)}: a branch, tag or commit of this repository.`;
  const head = await revs.commit(headRef, 'head', req.head ? typed('head') : undefined);
  const tip = await revs.commit(
    base.ref,
    `base (${base.detail})`,
    base.source === 'input' ? typed('base') : undefined,
  );
  const mergeBase = base.source === 'pull_request' || base.source === 'merge_group';
  const from = mergeBase ? await revs.mergeBase(tip, head) : tip;
  return {
    base: from,
    head,
    baseRef: base.ref,
    headRef,
    source: base.source,
    sourceDetail: notes.length ? `${base.detail} (${notes.join('; ')})` : base.detail,
    mergeBase,
    fetched: revs.fetched,
    ...(notes.length ? { notes } : {}),
  };
}

/** `abc1234..def5678 (pull request #12 into main, from the merge base)` for summaries and logs. */
export function describeRange(r: ChangeRange): string {
  return `${r.base.slice(0, 7)}..${r.head.slice(0, 7)} (${r.sourceDetail}${r.mergeBase ? ', from the merge base' : ''})`;
}
