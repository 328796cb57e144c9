import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { errorMessage } from '../core/errors.js';
import { type GitResult, runGit } from '../change/git.js';
import {
  checkInvalidation,
  checkPin,
  decodeJournal,
  encodeInvalidation,
  encodePin,
  encodeRun,
  journalName,
  runsFrom,
} from './records.js';
import { pruneJournal } from './retention.js';
import type { HistoryRead, HistoryStore, Pin, RunSummary } from './types.js';

export interface GitBranchOptions {
  /** A directory inside the repository that holds the branch's objects. */
  cwd: string;
  branch: string;
  /** Remote name or URL/path (default origin). */
  remote?: string;
  env?: Readonly<Record<string, string | undefined>>;
  /** Push attempts before giving up when other writers keep winning (default 8). */
  attempts?: number;
  now?: () => Date;
  /** Told each time another writer pushed first and the record is re-applied (for logs). */
  onRetry?: (attempt: number, reason: string) => void;
}

const BRANCH_README = `# promotion-gate history

Written by promotion-gate: one JSON line per gate run, one file per profile (\`<profile>.jsonl\`).
Lines are only ever appended. Mark a run invalid with
\`promotion-gate history invalidate --profile <profile> --run <id> --reason "…" --history git:<branch>\`
instead of editing it: invalid runs are left out of every comparison.
`;

/** Push failures that mean "someone else pushed first": fetch again and re-apply. */
const LOST_RACE =
  /\[rejected\]|non-fast-forward|fetch first|failed to update ref|cannot lock ref|stale info|incorrect old value|reference already exists/i;
const NO_REMOTE_REF = /couldn't find remote ref|no such ref was fetched/i;

class GitError extends Error {}

function fail(what: string, r: GitResult): never {
  const detail = r.stderr.trim().split('\n').filter(Boolean).slice(-3).join(' / ') || `exit ${r.code}`;
  throw new GitError(`${what}: ${detail}`);
}

/**
 * History on a branch of the repository (e.g. promotion-gate-history), never checked out: records
 * are written with plumbing (hash-object, a private index, commit-tree) and pushed as a
 * fast-forward. When another run pushed first, the journal is fetched again and the line
 * re-applied on the new tip — the append-only format makes that rebase conflict-free.
 */
export class GitBranchHistory implements HistoryStore {
  private readonly remote: string;
  private readonly localRef: string;
  private readonly attempts: number;

  constructor(private readonly opts: GitBranchOptions) {
    this.remote = opts.remote ?? 'origin';
    this.localRef = `refs/promotion-gate/history/${opts.branch}`;
    this.attempts = opts.attempts ?? 8;
  }

  describe(): string {
    return `git branch ${this.opts.branch} of ${this.remote}`;
  }

  private git(args: string[], extra: { input?: string; env?: Record<string, string> } = {}) {
    return runGit(args, {
      cwd: this.opts.cwd,
      env: { ...(this.opts.env ?? process.env), ...extra.env },
      input: extra.input,
      timeoutMs: 120_000,
    });
  }

  /** Fetches the branch into a private ref; returns its tip, or undefined when it does not exist yet. */
  private async fetch(): Promise<string | undefined> {
    const r = await this.git([
      'fetch',
      '--quiet',
      '--no-tags',
      '--no-write-fetch-head',
      this.remote,
      `+refs/heads/${this.opts.branch}:${this.localRef}`,
    ]);
    if (r.code !== 0) {
      if (NO_REMOTE_REF.test(r.stderr)) {
        await this.git(['update-ref', '-d', this.localRef]);
        return undefined;
      }
      fail(`cannot fetch ${this.opts.branch} from ${this.remote}`, r);
    }
    const tip = await this.git(['rev-parse', '--verify', '--quiet', `${this.localRef}^{commit}`]);
    return tip.code === 0 ? tip.stdout.trim() : undefined;
  }

  private async read(tip: string | undefined, file: string): Promise<string> {
    if (!tip) return '';
    const r = await this.git(['cat-file', '-p', `${tip}:${file}`]);
    if (r.code === 0) return r.stdout;
    if (/does not exist|not a valid object name|path .* does not exist/i.test(r.stderr)) return '';
    fail(`cannot read ${file} on ${this.opts.branch}`, r);
  }

  async list(profile: string, opts: { limit?: number; includeInvalid?: boolean } = {}): Promise<HistoryRead> {
    const file = journalName(profile);
    try {
      const text = await this.read(await this.fetch(), file);
      const decoded = decodeJournal(text, `${this.opts.branch}:${file}`);
      return runsFrom(decoded.records, profile, opts, decoded.problems);
    } catch (err) {
      return { runs: [], problems: [`${this.describe()}: ${errorMessage(err)}`] };
    }
  }

  async append(run: RunSummary, opts: { keep?: number } = {}): Promise<void> {
    const line = encodeRun(run);
    await this.commitLine(
      run.profile,
      () => line,
      `${run.profile}: run ${run.runId} (${run.verdict})`,
      opts.keep,
    );
  }

  async markInvalid(profile: string, runId: string, reason: string, by?: string): Promise<void> {
    const at = (this.opts.now ?? (() => new Date()))().toISOString();
    const line = encodeInvalidation({ runId, reason, at, ...(by ? { by } : {}) });
    await this.commitLine(
      profile,
      (text) => {
        const decoded = decodeJournal(text, `${this.opts.branch}:${journalName(profile)}`);
        const all = runsFrom(decoded.records, profile, { includeInvalid: true });
        return checkInvalidation(all.runs, profile, runId, this.describe()) ? line : undefined;
      },
      `${profile}: invalidate run ${runId}`,
    );
  }

  async pin(profile: string, pin: Pin): Promise<void> {
    await this.commitLine(
      profile,
      (text) => {
        const decoded = decodeJournal(text, `${this.opts.branch}:${journalName(profile)}`);
        const all = runsFrom(decoded.records, profile, { includeInvalid: true });
        return checkPin(all, profile, pin, this.describe()) ? encodePin(pin) : undefined;
      },
      `${profile}: ${pin.pinned ? 'pin' : 'unpin'} run ${pin.runId}`,
    );
  }

  /**
   * fetch → append the line to the tip's journal → commit → push; on a lost race, again from
   * the new tip. `lineFor` sees the current journal and may decline (returns undefined).
   */
  private async commitLine(
    profile: string,
    lineFor: (journal: string) => string | undefined,
    message: string,
    keep?: number,
  ): Promise<void> {
    const file = journalName(profile);
    const tmp = await mkdtemp(path.join(os.tmpdir(), 'pg-history-'));
    const index = { GIT_INDEX_FILE: path.join(tmp, 'index') };
    try {
      let last = '';
      for (let attempt = 1; attempt <= this.attempts; attempt++) {
        const tip = await this.fetch();
        const journal = await this.read(tip, file);
        const line = lineFor(journal);
        if (line === undefined) return;
        const appended = `${journal}${journal === '' || journal.endsWith('\n') ? '' : '\n'}${line}\n`;
        const text = keep === undefined ? appended : pruneJournal(appended, keep);
        const commit = await this.commit(tip, file, text, message, index);
        const push = await this.git([
          'push',
          '--quiet',
          this.remote,
          `${commit}:refs/heads/${this.opts.branch}`,
        ]);
        if (push.code === 0) {
          await this.git(['update-ref', this.localRef, commit]);
          return;
        }
        if (!LOST_RACE.test(push.stderr)) fail(`cannot push to ${this.opts.branch} on ${this.remote}`, push);
        last = push.stderr.trim().split('\n').pop() ?? '';
        this.opts.onRetry?.(attempt, last);
        // Back off with jitter so writers that collided do not collide again in lockstep.
        await new Promise((r) => setTimeout(r, Math.random() * 100 * attempt + 20));
      }
      throw new GitError(
        `cannot push to ${this.opts.branch} on ${this.remote}: other runs pushed first ${this.attempts} times in a row (${last})`,
      );
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  }

  private async commit(
    tip: string | undefined,
    file: string,
    text: string,
    message: string,
    index: Record<string, string>,
  ): Promise<string> {
    const blob = await this.git(['hash-object', '-w', '--stdin'], { input: text });
    if (blob.code !== 0) fail('cannot write history blob', blob);
    const read = await this.git(tip ? ['read-tree', tip] : ['read-tree', '--empty'], { env: index });
    if (read.code !== 0) fail('cannot read history tree', read);
    const entries = [`100644,${blob.stdout.trim()},${file}`];
    if (!tip) {
      const readme = await this.git(['hash-object', '-w', '--stdin'], { input: BRANCH_README });
      if (readme.code !== 0) fail('cannot write history README', readme);
      entries.push(`100644,${readme.stdout.trim()},README.md`);
    }
    for (const e of entries) {
      const u = await this.git(['update-index', '--add', '--cacheinfo', e], { env: index });
      if (u.code !== 0) fail('cannot stage history file', u);
    }
    const tree = await this.git(['write-tree'], { env: index });
    if (tree.code !== 0) fail('cannot write history tree', tree);
    const env = this.opts.env ?? process.env;
    // Runners have no git identity configured; commits by the tool are signed off as the tool.
    const who = {
      GIT_AUTHOR_NAME: env.GIT_AUTHOR_NAME || 'promotion-gate',
      GIT_AUTHOR_EMAIL: env.GIT_AUTHOR_EMAIL || 'promotion-gate@users.noreply.github.com',
      GIT_COMMITTER_NAME: env.GIT_COMMITTER_NAME || 'promotion-gate',
      GIT_COMMITTER_EMAIL: env.GIT_COMMITTER_EMAIL || 'promotion-gate@users.noreply.github.com',
    };
    const commit = await this.git(
      [
        'commit-tree',
        '--no-gpg-sign',
        tree.stdout.trim(),
        ...(tip ? ['-p', tip] : []),
        '-m',
        `promotion-gate history: ${message}`,
      ],
      { env: who },
    );
    if (commit.code !== 0) fail('cannot commit history', commit);
    return commit.stdout.trim();
  }
}
