import type { ChangeRange } from '../../change/types.js';
import type { CheckContext } from '../types.js';
import { type ApprovalResult, findApproval } from './approvals.js';
import { CODEOWNERS_PATHS, ownersOf } from './codeowners.js';

/**
 * Where the approval of a weakening is looked for: the event's pull request, or the pull
 * requests the commits that changed the config name; who may give it: the named approvers and,
 * when asked, the config file's code owners as the base has them.
 */

export interface ApprovalSettings {
  approvers?: string[];
  codeowners: boolean;
  allowAuthorApproval: boolean;
}

const short = (sha?: string) => (sha ? sha.slice(0, 7) : '?');

/** Pull requests named by the commits that changed the file: `(#123)` or "Merge pull request #123". */
async function pullsTouching(ctx: CheckContext, range: ChangeRange, file: string): Promise<number[]> {
  const r = await ctx.exec.file('git', ['log', '--format=%s', `${range.base}..${range.head}`, '--', file], {
    cwd: ctx.cwd,
    env: ctx.env,
    signal: ctx.signal,
    maxOutputBytes: 1024 * 1024,
  });
  if (r.exitCode !== 0) throw new Error(`git log failed: ${r.stderr.trim() || `exit ${r.exitCode}`}`);
  const found = new Set<number>();
  for (const m of r.stdout.matchAll(/(?:\(#(\d+)\)|Merge pull request #(\d+))/g))
    found.add(Number(m[1] ?? m[2]));
  return [...found].slice(0, 10);
}

/** Owners of the file in the base's CODEOWNERS: the base decides who may approve, not the change. */
async function codeOwners(ctx: CheckContext, range: ChangeRange, file: string): Promise<string[] | string> {
  for (const p of CODEOWNERS_PATHS) {
    const text = await ctx.change!.read(range.base, p, { signal: ctx.signal });
    if (text === undefined) continue;
    const owners = ownersOf(text, file);
    return owners.length ? owners : `${p} names no owner of ${file}`;
  }
  return `no CODEOWNERS file at the base (${CODEOWNERS_PATHS.join(', ')})`;
}

export async function approvalFor(
  spec: ApprovalSettings,
  ctx: CheckContext,
  range: ChangeRange,
  file: string,
  headText: string | undefined,
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
    const owners = await codeOwners(ctx, range, file);
    if (typeof owners === 'string') {
      why.push(owners);
      // Code owners were asked for and there are none: only named approvers remain, if any.
      if (approvers.length === 0) return { why: [...why, 'so nobody may approve'], reviews: [] };
    } else approvers.push(...owners);
  }
  const pulls = source.eventPull ? [source.eventPull.number] : await pullsTouching(ctx, range, file);
  if (pulls.length === 0)
    return {
      why: [
        ...why,
        `no pull request to read approvals from: the run is not about one, and no commit that changed ${file} names one`,
      ],
      reviews: [],
    };
  // An approval counts for the config as it is now: given on the head, or on a commit whose
  // config file is the same.
  const current = async (commit: string | undefined): Promise<string | undefined> => {
    if (!commit) return 'the review names no commit';
    if (commit === range.head) return undefined;
    try {
      const then = await ctx.change!.read(commit, `./${file}`, { signal: ctx.signal });
      if (then === undefined)
        return `given on ${short(commit)}, where ${file} cannot be read (not in this clone?)`;
      return then === headText ? undefined : `given on ${short(commit)}, before ${file} last changed`;
    } catch {
      return `given on ${short(commit)}, which is not in this clone`;
    }
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
