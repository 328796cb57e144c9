import { errorMessage } from '../../core/errors.js';
import type { PullInfo, PullReview, ReviewSource } from './types.js';

/**
 * Who may approve a weakening of the gate, and whether someone did: an approving review by
 * someone other than the pull request's author, given on the config as it is now, and — when
 * approvers are named — by one of them.
 */

export interface ApprovalPolicy {
  /** Logins and `org/team` names (with or without `@`); empty: any reviewer but the author. */
  approvers: string[];
  allowAuthorApproval: boolean;
}

export interface Approval {
  pull: number;
  reviewer: string;
  at?: string;
  reviewId: number;
  url?: string;
  commit?: string;
}

export interface ReviewSeen {
  pull: number;
  reviewer: string;
  state: string;
  at?: string;
  reviewId: number;
  /** Why it does not count; absent when it approves. */
  notCounted?: string;
}

export interface ApprovalResult {
  approval?: Approval;
  /** Why no approval counts, one reason per pull request or problem. */
  why: string[];
  reviews: ReviewSeen[];
}

/** GitHub's rule: a reviewer's latest review that is not a comment is their standing. */
export function latestPerReviewer(reviews: readonly PullReview[]): PullReview[] {
  const byUser = new Map<string, PullReview>();
  const ordered = [...reviews].sort(
    (a, b) => Date.parse(a.submittedAt ?? '') - Date.parse(b.submittedAt ?? '') || a.id - b.id,
  );
  for (const r of ordered) {
    if (r.state === 'COMMENTED' || r.state === 'PENDING') continue;
    byUser.set(r.user.toLowerCase(), r);
  }
  return [...byUser.values()];
}

const normal = (name: string) => name.replace(/^@/, '').toLowerCase();

/** Resolves the approver list: users as given, teams through the API (a team that cannot be read is said). */
async function approverSet(
  policy: ApprovalPolicy,
  source: ReviewSource,
  signal?: AbortSignal,
): Promise<{ logins?: Set<string>; problems: string[] }> {
  if (policy.approvers.length === 0) return { problems: [] };
  const logins = new Set<string>();
  const problems: string[] = [];
  for (const a of policy.approvers) {
    const name = normal(a);
    const slash = name.indexOf('/');
    if (slash < 0) {
      logins.add(name);
      continue;
    }
    try {
      for (const m of await source.teamMembers(name.slice(0, slash), name.slice(slash + 1), signal))
        logins.add(m.toLowerCase());
    } catch (err) {
      problems.push(
        `members of @${name} cannot be read (${errorMessage(err)}); the token needs read access to the organization's teams`,
      );
    }
  }
  return { logins, problems };
}

/**
 * The first approving review of the given pull requests that counts. `current(commit)` says
 * whether the config reviewed at that commit is the one being promoted (an approval of an
 * earlier, milder version does not approve what came after it).
 */
export async function findApproval(
  pulls: readonly number[],
  policy: ApprovalPolicy,
  source: ReviewSource,
  current: (commit: string | undefined) => Promise<string | undefined>,
  eventPull?: PullInfo,
  signal?: AbortSignal,
): Promise<ApprovalResult> {
  const out: ApprovalResult = { why: [], reviews: [] };
  const allowed = await approverSet(policy, source, signal);
  out.why.push(...allowed.problems);
  for (const number of pulls) {
    let pull: PullInfo;
    let reviews: PullReview[];
    try {
      pull = eventPull?.number === number && eventPull.author ? eventPull : await source.pull(number, signal);
      reviews = await source.reviews(number, signal);
    } catch (err) {
      out.why.push(`reviews of pull request #${number} cannot be read: ${errorMessage(err)}`);
      continue;
    }
    const reasons: string[] = [];
    for (const r of latestPerReviewer(reviews)) {
      const seen: ReviewSeen = { pull: number, reviewer: r.user, state: r.state, reviewId: r.id };
      if (r.submittedAt) seen.at = r.submittedAt;
      out.reviews.push(seen);
      if (r.state !== 'APPROVED') seen.notCounted = `latest review is ${r.state.toLowerCase()}`;
      else if (!policy.allowAuthorApproval && pull.author && normal(r.user) === normal(pull.author))
        seen.notCounted = 'the author of the pull request';
      else if (allowed.logins && !allowed.logins.has(normal(r.user)))
        seen.notCounted = 'not one of the approvers';
      else seen.notCounted = await current(r.commitId);
      if (seen.notCounted) {
        reasons.push(`${r.user}: ${seen.notCounted}`);
        continue;
      }
      out.approval = {
        pull: number,
        reviewer: r.user,
        reviewId: r.id,
        ...(r.submittedAt ? { at: r.submittedAt } : {}),
        ...(r.url ? { url: r.url } : {}),
        ...(r.commitId ? { commit: r.commitId } : {}),
      };
      return out;
    }
    out.why.push(
      reasons.length
        ? `pull request #${number} has no approval that counts (${reasons.join('; ')})`
        : `pull request #${number} has no approving review`,
    );
  }
  return out;
}
