import { optionRef } from '../core/optionRef.js';
import { type GitOptions, runGit } from './git.js';
import { ChangeRangeError } from './types.js';

const FETCH_TIMEOUT_MS = 10 * 60_000;
/** Deepening steps before giving up and fetching the whole history. */
const DEEPEN_STEPS = [64, 512, 4096];
const ADVICE =
  'Set `fetch-depth: 0` on actions/checkout (or fetch the revisions before the gate runs) so the range is in the clone.';

/**
 * Makes revisions available in clones that lack them — above all the one-commit clones
 * actions/checkout makes by default — by fetching exactly what is needed from the remote.
 * Never falls back to a smaller range: what cannot be fetched is an error that says what to do.
 */
export class Revisions {
  readonly fetched: string[] = [];
  private shallow: boolean | undefined;
  private remoteName: string | null | undefined;
  /** Commits found by `verifyAll`, by the name asked: a commit in the clone stays there. */
  private readonly found = new Map<string, string>();
  /** Names `verifyAll` had git answer for, found or not: their first `commit` asks no more. */
  private readonly answered = new Set<string>();

  constructor(private readonly opts: GitOptions) {}

  async isShallow(): Promise<boolean> {
    if (this.shallow === undefined) {
      const r = await runGit(['rev-parse', '--is-shallow-repository'], this.opts);
      this.shallow = r.stdout.trim() === 'true';
    }
    return this.shallow;
  }

  /**
   * The sha of a commit-ish, fetching (or deepening) when the clone does not have it. `typed`:
   * what to say when a complete clone lacks it (a revision someone typed, which the advice about
   * shallow clones does not help).
   */
  async commit(ref: string, what: string, typed?: string): Promise<string> {
    const local = this.answered.has(ref) ? this.found.get(ref) : await this.verify(ref);
    if (local) return local;
    const remote = await this.remote();
    const shallow = await this.isShallow();
    const where = shallow ? 'this shallow clone' : 'this clone';
    const advice = typed && !shallow ? typed : ADVICE;
    if (!remote)
      throw new ChangeRangeError(
        `${what} "${ref}" is not in ${where}, and the repository has no remote to fetch it from. ${advice}`,
      );
    const relative = /^(.+?)([~^].*)$/.exec(ref);
    let problem: string | undefined;
    if (relative) {
      // `HEAD~5`, `main^2`: make the named commit available, then deepen until the walk fits.
      const tip = await this.commit(relative[1]!, what, typed);
      problem = await this.deepenUntil(remote, [tip], async () => (await this.verify(ref)) !== undefined);
    } else {
      for (const src of candidateRefs(ref)) {
        const r = await this.fetch(remote, [...(await this.depth1()), src]);
        if (r.ok) {
          const sha = await this.verify(/^[0-9a-f]{40}$/i.test(ref) ? ref : 'FETCH_HEAD');
          if (sha) {
            this.fetched.push(`${ref} from ${remote}`);
            return sha;
          }
        }
        problem ??= r.error;
      }
    }
    const sha = await this.verify(ref);
    if (sha) return sha;
    throw new ChangeRangeError(
      `${what} "${ref}" is not in ${where} and could not be fetched from ${remote}${problem ? `: ${problem}` : ''}. ${advice}`,
    );
  }

  /** The merge base of two commits, deepening a shallow history until it is reached. */
  async mergeBase(base: string, head: string): Promise<string> {
    const find = async () => {
      const r = await runGit(['merge-base', base, head], this.opts);
      return r.code === 0 ? r.stdout.trim() : undefined;
    };
    const found = await find();
    if (found) return found;
    if (!(await this.isShallow()))
      throw new ChangeRangeError(
        `${short(base)} and ${short(head)} have no common ancestor; set ${optionRef('base')} explicitly.`,
      );
    const remote = await this.remote();
    if (!remote)
      throw new ChangeRangeError(
        `the merge base of ${short(base)} and ${short(head)} is outside this shallow clone, which has no remote. ${ADVICE}`,
      );
    let mb: string | undefined;
    const problem = await this.deepenUntil(
      remote,
      [base, head],
      async () => (mb = await find()) !== undefined,
    );
    if (mb) return mb;
    throw new ChangeRangeError(
      problem
        ? `the merge base of ${short(base)} and ${short(head)} is outside this shallow clone and deepening it failed: ${problem}. ${ADVICE}`
        : `${short(base)} and ${short(head)} have no common ancestor, even with the whole history fetched; set ${optionRef('base')} explicitly.`,
    );
  }

  /** Deepens step by step, then unshallows; returns the last fetch error, if any. */
  private async deepenUntil(
    remote: string,
    tips: string[],
    done: () => Promise<boolean>,
  ): Promise<string | undefined> {
    if (!(await this.isShallow())) return undefined;
    for (const n of DEEPEN_STEPS) {
      const r = await this.fetch(remote, [`--deepen=${n}`, ...tips]);
      if (!r.ok) return r.error;
      this.fetched.push(`history deepened by ${n} commits`);
      if (await done()) return undefined;
    }
    const r = await this.fetch(remote, ['--unshallow', ...tips]);
    if (!r.ok) return r.error;
    this.shallow = false;
    this.fetched.push('whole history (unshallowed)');
    await done();
    return undefined;
  }

  private async depth1(): Promise<string[]> {
    // In a complete clone a depth would make the fetched commit shallow; only limit shallow ones.
    return (await this.isShallow()) ? ['--depth=1'] : [];
  }

  private async fetch(remote: string, args: string[]): Promise<{ ok: boolean; error?: string }> {
    const r = await runGit(['fetch', '--no-tags', '--quiet', remote, ...args], {
      ...this.opts,
      timeoutMs: FETCH_TIMEOUT_MS,
      maxBytes: 1024 * 1024,
    });
    if (r.code === 0) return { ok: true };
    return { ok: false, error: firstLines(r.stderr) || `git fetch exited ${r.code}` };
  }

  /**
   * Which of the names are commits of the clone, asked of one git: each name's sha, or undefined.
   * `commit` then finds them without asking again. A name git could not read as one line of its
   * input is no commit.
   */
  async verifyAll(refs: readonly string[]): Promise<(string | undefined)[]> {
    const asked = [...new Set(refs.filter((r) => r !== '' && !/[\n\r\0]/.test(r)))];
    if (asked.length > 0) {
      const r = await runGit(['cat-file', '--batch-check=%(objectname)'], {
        ...this.opts,
        input: asked.map((ref) => `${ref}^{commit}\n`).join(''),
      });
      const lines = r.stdout.split('\n');
      // Anything else (not a repository, a git that failed) leaves the names to be verified one by one.
      if (r.code === 0 && lines.length > asked.length)
        asked.forEach((ref, i) => {
          const sha = lines[i]!.trim();
          this.answered.add(ref);
          if (/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(sha)) this.found.set(ref, sha);
        });
    }
    return refs.map((ref) => this.found.get(ref));
  }

  private async verify(ref: string): Promise<string | undefined> {
    const known = this.found.get(ref);
    if (known) return known;
    const r = await runGit(
      ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`],
      this.opts,
    );
    return r.code === 0 ? r.stdout.trim() : undefined;
  }

  private async remote(): Promise<string | undefined> {
    if (this.remoteName === undefined) {
      const r = await runGit(['remote'], this.opts);
      const names = r.stdout
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean);
      this.remoteName = names.includes('origin') ? 'origin' : (names[0] ?? null);
    }
    return this.remoteName ?? undefined;
  }
}

/** What to ask the remote for, for a name the clone does not know. */
function candidateRefs(ref: string): string[] {
  if (/^[0-9a-f]{40}$/i.test(ref)) return [ref];
  if (ref.startsWith('refs/')) return [ref];
  const remoteBranch = /^origin\/(.+)$/.exec(ref);
  if (remoteBranch) return [`refs/heads/${remoteBranch[1]}`];
  return [`refs/tags/${ref}`, `refs/heads/${ref}`];
}

function short(sha: string): string {
  return /^[0-9a-f]{40}$/i.test(sha) ? sha.slice(0, 12) : sha;
}

function firstLines(s: string): string {
  return s.split('\n').filter(Boolean).slice(0, 3).join(' ').slice(0, 500);
}
