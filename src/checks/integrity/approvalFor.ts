import type { ChangeRange } from '../../change/types.js';
import type { CheckContext } from '../types.js';
import { type ApprovalResult, findApproval } from './approvals.js';
import { CODEOWNERS_PATHS, ownersOf } from './codeowners.js';

/**
 * Where the approval of a weakening is looked for: the event's pull request, or the pull
 * requests the commits that changed the config (or a file it guards) name; who may give it: the
 * named approvers and, when asked, the code owners of what changed as the base has them.
 */

export interface ApprovalSettings {
  approvers?: string[];
  codeowners: boolean;
  allowAuthorApproval: boolean;
}

const short = (sha?: string) => (sha ? sha.slice(0, 7) : '?');

/** Pathspecs that name exactly these files, relative to the repository root. */
const literal = (files: readonly string[]) => files.map((f) => `:(top,literal)${f}`);

/** Pull requests named by the commits that changed the files: `(#123)` or "Merge pull request #123". */
async function pullsTouching(
  ctx: CheckContext,
  range: ChangeRange,
  files: readonly string[],
): Promise<number[]> {
  const r = await ctx.exec.file(
    'git',
    ['log', '--format=%s', `${range.base}..${range.head}`, '--', ...literal(files)],
    {
      cwd: ctx.cwd,
      env: ctx.env,
      signal: ctx.signal,
      maxOutputBytes: 1024 * 1024,
    },
  );
  if (r.exitCode !== 0) throw new Error(`git log failed: ${r.stderr.trim() || `exit ${r.exitCode}`}`);
  const found = new Set<number>();
  for (const m of r.stdout.matchAll(/(?:\(#(\d+)\)|Merge pull request #(\d+))/g))
    found.add(Number(m[1] ?? m[2]));
  return [...found].slice(0, 10);
}

/**
 * Owners of the files in the base's CODEOWNERS: the base decides who may approve, not the change.
 * Of several files, those who own every one of them: an approval is one review of the whole change.
 */
async function codeOwners(
  ctx: CheckContext,
  range: ChangeRange,
  files: readonly string[],
): Promise<string[] | string> {
  for (const p of CODEOWNERS_PATHS) {
    const text = await ctx.change!.read(range.base, p, { signal: ctx.signal });
    if (text === undefined) continue;
    let owners: string[] | undefined;
    for (const file of files) {
      const own = ownersOf(text, file);
      if (own.length === 0) return `${p} names no owner of ${file}`;
      const mine = new Set(own.map((o) => o.toLowerCase()));
      owners = owners ? owners.filter((o) => mine.has(o.toLowerCase())) : own;
    }
    return owners?.length ? owners : `${p} names no owner of all of ${files.join(', ')}`;
  }
  return `no CODEOWNERS file at the base (${CODEOWNERS_PATHS.join(', ')})`;
}

/**
 * The approval of a change to `files`: the config when it is weakened, and the files it guards
 * that changed.
 */
export async function approvalFor(
  spec: ApprovalSettings,
  ctx: CheckContext,
  range: ChangeRange,
  files: readonly string[],
): Promise<ApprovalResult> {
  const source = ctx.reviews;
  if (!source || source.unavailable)
    return {
      why: [source?.unavailable ?? 'reviews cannot be read: the gate has no GitHub access'],
      reviews: [],
    };
  const approvers = [...(spec.approvers ?? [])];
  const why: string[] = [];
  if (spec.codeowners) {
    const owners = await codeOwners(ctx, range, files);
    if (typeof owners === 'string') {
      why.push(owners);
      // Code owners were asked for and there are none: only named approvers remain, if any.
      if (approvers.length === 0) return { why: [...why, 'so nobody may approve'], reviews: [] };
    } else approvers.push(...owners);
  }
  const pulls = source.eventPull ? [source.eventPull.number] : await pullsTouching(ctx, range, files);
  if (pulls.length === 0)
    return {
      why: [
        ...why,
        `no pull request to read approvals from: the run is not about one, and no commit that changed ${files.join(' or ')} names one`,
      ],
      reviews: [],
    };
  // An approval counts for the files as they are now: given on the head, or on a commit where
  // they are the same, compared by git's object ids so that any byte counts.
  const current = async (commit: string | undefined): Promise<string | undefined> => {
    if (!commit) return 'the review names no commit';
    if (commit === range.head) return undefined;
    // An object id and nothing else reaches git's command line (never an option).
    if (!/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i.test(commit))
      return `the review names "${commit.slice(0, 80)}", which is no commit`;
    const r = await ctx.exec.file(
      'git',
      ['diff', '--name-only', '-z', '--no-renames', commit, range.head, '--', ...literal(files)],
      { cwd: ctx.cwd, env: ctx.env, signal: ctx.signal, maxOutputBytes: 1024 * 1024 },
    );
    if (r.exitCode !== 0) return `given on ${short(commit)}, which is not in this clone`;
    const changed = r.stdout.split('\0').find(Boolean);
    return changed ? `given on ${short(commit)}, before ${changed} last changed` : undefined;
  };
  const result = await findApproval(
    pulls,
    { approvers, allowAuthorApproval: spec.allowAuthorApproval },
    source,
    current,
    source.eventPull,
    ctx.signal,
  );
  return { ...result, why: [...why, ...result.why] };
}
