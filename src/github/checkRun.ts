import type { PromotionAction } from '../core/types.js';
import { type Annotation, ANNOTATIONS_PER_REQUEST, chunk } from './annotations.js';
import type { GitHubApi } from './client.js';
import { mayHaveApplied } from './errors.js';
import type { CheckRunOutput } from './render.js';

export const CONCLUSIONS = ['success', 'neutral', 'failure', 'action_required', 'skipped'] as const;
export type Conclusion = (typeof CONCLUSIONS)[number] | 'cancelled';

export const DEFAULT_CONCLUSIONS: Record<PromotionAction, Conclusion> = {
  'auto-promote': 'success',
  'promote-with-hotfix': 'neutral',
  hold: 'failure',
};

export interface CheckRunTarget {
  owner: string;
  repo: string;
  headSha: string;
  name: string;
  detailsUrl?: string;
}

export interface CheckRunRef {
  id: number;
  url: string;
}

export interface CompleteOptions {
  conclusion: Conclusion;
  output: CheckRunOutput;
  annotations: Annotation[];
  /** Stored on the check run; the bundle id, so a later publish can tell it is already there. */
  externalId?: string;
}

/** A check run: created `in_progress` when the gate starts, completed with its annotations at the end. */
export class CheckRun {
  constructor(
    private readonly api: GitHubApi,
    private readonly target: CheckRunTarget,
  ) {}

  /**
   * Creates the check run. A create whose answer was lost is looked up by its external id before
   * trying again, so a flaky network never leaves a second run stuck "in progress".
   */
  async create(externalId: string, status: 'in_progress' | 'queued' = 'in_progress'): Promise<CheckRunRef> {
    const { owner, repo, headSha, name, detailsUrl } = this.target;
    const params = {
      owner,
      repo,
      name,
      head_sha: headSha,
      status,
      external_id: externalId,
      started_at: new Date().toISOString(),
      ...(detailsUrl ? { details_url: detailsUrl } : {}),
    };
    try {
      const r = await this.api.rest.checks.create({ ...params, request: { retries: 0 } });
      return { id: r.data.id, url: r.data.html_url ?? '' };
    } catch (err) {
      if (!mayHaveApplied(err)) throw err;
      const existing = await this.find((c) => c.external_id === externalId);
      if (existing) return existing;
      const r = await this.api.rest.checks.create(params);
      return { id: r.data.id, url: r.data.html_url ?? '' };
    }
  }

  /** The newest check run of this name on the commit that matches, if any. */
  async find(
    match: (run: { external_id: string | null; status: string }) => boolean,
  ): Promise<CheckRunRef | undefined> {
    const { owner, repo, headSha, name } = this.target;
    const runs = await this.api.paginate(this.api.rest.checks.listForRef, {
      owner,
      repo,
      ref: headSha,
      check_name: name,
      filter: 'latest',
      per_page: 100,
    });
    const hit = runs.filter(match).sort((a, b) => b.id - a.id)[0];
    return hit ? { id: hit.id, url: hit.html_url ?? '' } : undefined;
  }

  /**
   * Completes the run: annotations in batches of 50 (each update appends them), the conclusion
   * with the last batch. A batch whose answer was lost is checked against the run's annotation
   * count before it is sent again, so no annotation is ever duplicated.
   */
  async complete(ref: CheckRunRef, o: CompleteOptions): Promise<{ annotated: number; requests: number }> {
    const { owner, repo } = this.target;
    const batches = o.annotations.length ? chunk(o.annotations, ANNOTATIONS_PER_REQUEST) : [[]];
    let annotated = 0;
    let requests = 0;
    for (const [i, batch] of batches.entries()) {
      const last = i === batches.length - 1;
      const params = {
        owner,
        repo,
        check_run_id: ref.id,
        output: { ...o.output, ...(batch.length ? { annotations: batch } : {}) },
        ...(last
          ? { status: 'completed' as const, conclusion: o.conclusion, completed_at: new Date().toISOString() }
          : {}),
        ...(last && o.externalId ? { external_id: o.externalId } : {}),
      };
      requests++;
      try {
        await this.api.rest.checks.update({ ...params, request: { retries: 0 } });
      } catch (err) {
        if (!mayHaveApplied(err)) throw err;
        const now = await this.api.rest.checks.get({ owner, repo, check_run_id: ref.id });
        const applied = (now.data.output.annotations_count ?? 0) >= annotated + batch.length;
        const done = !last || now.data.status === 'completed';
        if (!(applied && done)) {
          requests++;
          // Sent again without the batch if it did land: only the conclusion was missing.
          await this.api.rest.checks.update(applied ? { ...params, output: o.output } : params);
        }
      }
      annotated += batch.length;
    }
    return { annotated, requests };
  }
}
