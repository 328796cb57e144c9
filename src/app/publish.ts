import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { errorMessage, UsageError } from '../core/errors.js';
import { optionRef } from '../core/optionRef.js';
import type { Report } from '../report/types.js';
import { artifactUrl, downloadArtifact, findEvidenceArtifacts } from '../github/artifact.js';
import type { GitHubApi } from '../github/client.js';
import type { GitHubContext } from '../github/context.js';
import {
  type Publication,
  Publisher,
  type PublishLog,
  type PublishSettings,
  type PublishTarget,
} from '../github/publish.js';
import { BundleError, readVerifiedReport } from '../github/publishBundle.js';
import { pullForRun } from '../github/pulls.js';

/**
 * The `publish` command: check run and sticky comment for a gate that ran elsewhere — a report
 * directory, or the evidence artifacts of another workflow run (the `workflow_run` pattern for
 * pull requests from forks, whose own token was read-only).
 */

export interface PublishRunOptions {
  api: GitHubApi;
  token: string;
  ctx?: GitHubContext;
  owner: string;
  repo: string;
  /** Report directories to publish; when empty, the evidence artifacts of `runId` are. */
  dirs: string[];
  /** The run whose artifacts to publish (default: the run of a workflow_run event). */
  runId?: number;
  artifactName?: string;
  /** Commit and pull request, when not taken from the event. */
  sha?: string;
  pullNumber?: number;
  settings: (report: Report) => PublishSettings;
  log: PublishLog;
  tempRoot?: string;
}

export interface PublishedBundle {
  source: string;
  report?: Report;
  publication?: Publication;
  /** Why this bundle was not published (it does not verify, could not be downloaded…). */
  error?: string;
}

export async function runPublish(o: PublishRunOptions): Promise<PublishedBundle[]> {
  const wr = o.ctx?.workflowRun;
  const runId = o.runId ?? (o.dirs.length === 0 ? wr?.id : undefined);
  const sources: {
    source: string;
    dir?: Promise<string>;
    artifact?: { id: number; name: string; url: string };
  }[] = [];
  if (o.dirs.length > 0) {
    for (const d of o.dirs) sources.push({ source: d, dir: Promise.resolve(d) });
  } else {
    if (!runId)
      throw new UsageError(
        `publish: give report directories, or ${optionRef('run-id')} (or run it on a workflow_run event)`,
      );
    const found = await findEvidenceArtifacts(o.api, {
      owner: o.owner,
      repo: o.repo,
      runId,
      attempt: wr?.id === runId ? wr.attempt : undefined,
      name: o.artifactName,
    });
    if (found.length === 0) {
      const what = o.artifactName ? `artifact ${o.artifactName}` : 'promotion-gate evidence artifacts';
      return [{ source: `run ${runId}`, error: `no ${what} in run ${runId} of ${o.owner}/${o.repo}` }];
    }
    const root = await mkdtemp(path.join(o.tempRoot ?? os.tmpdir(), 'promotion-gate-publish-'));
    for (const a of found) {
      const url = artifactUrl(o.ctx?.serverUrl ?? 'https://github.com', o.owner, o.repo, runId, a.id);
      sources.push({
        source: `artifact ${a.name} of run ${runId}`,
        artifact: { id: a.id, name: a.name, url },
        dir: downloadArtifact(
          { owner: o.owner, repo: o.repo, runId, artifact: a, token: o.token },
          path.join(root, String(a.id)),
        ),
      });
    }
  }

  // The pull request of a workflow_run is GitHub's (or found by the fork's branch), never the report's.
  const fromRun = wr && (runId === undefined || runId === wr.id);
  const pullNumber =
    o.pullNumber ?? (fromRun ? await pullForRun(o.api, o.owner, o.repo, wr) : o.ctx?.pullNumber);
  const out: PublishedBundle[] = [];
  for (const s of sources) {
    try {
      const dir = await s.dir!;
      const report = await readVerifiedReport(dir);
      const target: PublishTarget = {
        owner: o.owner,
        repo: o.repo,
        headSha: o.sha ?? (fromRun ? wr.headSha : (o.ctx?.headSha ?? report.git.sha)),
        pullNumber,
        runUrl: fromRun ? wr.htmlUrl : report.run?.url,
        serverUrl: o.ctx?.serverUrl ?? 'https://github.com',
      };
      const publisher = new Publisher({ api: o.api, target, settings: o.settings(report), log: o.log });
      const publication = await publisher.finish(report, dir, {
        reuseCompleted: true,
        existingArtifact: s.artifact,
      });
      out.push({ source: s.source, report, publication });
    } catch (err) {
      if (err instanceof UsageError) throw err;
      out.push({
        source: s.source,
        error: err instanceof BundleError ? err.message : `${s.source}: ${errorMessage(err)}`,
      });
    }
  }
  return out;
}

/** 0 when everything asked was published (or had nothing to do), 1 otherwise. */
export function publishExitCode(results: PublishedBundle[]): number {
  const bad = results.some(
    (r) =>
      r.error ||
      r.publication?.outcomes.some(
        (x) =>
          x.state === 'failed' ||
          (x.state === 'skipped' && ['read-only', 'no-token', 'unavailable'].includes(x.reason ?? '')),
      ),
  );
  return bad ? 1 : 0;
}
