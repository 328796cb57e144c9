import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { listFiles } from '../bundle/seal.js';
import { verifyBundle } from '../bundle/verify.js';
import type { GitHubApi } from './client.js';
import { readRunner } from '../core/runner.js';

/**
 * The evidence bundle as a workflow artifact. @actions/artifact and the Azure SDK it brings are
 * loaded only when an artifact is uploaded or downloaded: most of the bundle's start-up cost.
 */

/** Characters @actions/artifact refuses in a name. */
const BAD_NAME_CHARS = /["':<>|*?\\/\r\n]/g;
const NAME_PATTERN = /^promotion-gate-(.+)-attempt-(\d+)$/;

/** Unique per profile and run attempt (artifact names must be unique within a workflow run). */
export function artifactName(profile: string, attempt: number): string {
  return `promotion-gate-${profile.replace(BAD_NAME_CHARS, '_')}-attempt-${attempt}`;
}

export function parseArtifactName(name: string): { profile: string; attempt: number } | undefined {
  const m = NAME_PATTERN.exec(name);
  return m ? { profile: m[1]!, attempt: Number(m[2]) } : undefined;
}

export function artifactUrl(
  serverUrl: string,
  owner: string,
  repo: string,
  runId: string | number,
  id: string | number,
) {
  return `${serverUrl}/${owner}/${repo}/actions/runs/${runId}/artifacts/${id}`;
}

/** Why an artifact cannot be uploaded from here, or undefined when it can. */
export function artifactUnavailable(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const runner = readRunner(env);
  if (!runner.artifactRuntime)
    return 'not on a GitHub Actions runner (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set)';
  const host = new URL(runner.serverUrl).hostname.toLowerCase();
  if (host !== 'github.com' && !host.endsWith('.ghe.com'))
    return `artifacts of this kind are not supported on GitHub Enterprise Server (${host})`;
  return undefined;
}

export interface UploadedArtifact {
  id: number;
  name: string;
  size?: number;
  /** sha256 of the zip, as GitHub records it. */
  digest?: string;
}

/**
 * Uploads exactly the bundle: it is verified first, so what is uploaded is what the manifest
 * lists (and nothing else) — a bundle that does not verify is not uploaded.
 */
export async function uploadBundle(
  dir: string,
  name: string,
  retentionDays?: number,
): Promise<UploadedArtifact> {
  const check = await verifyBundle(dir);
  if (!check.ok) {
    const first = check.problems.slice(0, 3).map((p) => `${p.path} ${p.kind}`);
    throw new Error(`the evidence bundle in ${dir} does not verify (${first.join(', ')}); not uploaded`);
  }
  const files = (await listFiles(dir)).map((f) => path.join(dir, f));
  return uploadFiles(name, files, dir, retentionDays);
}

/** Uploads files under `rootDir` as one artifact of this workflow run. */
export async function uploadFiles(
  name: string,
  files: string[],
  rootDir: string,
  retentionDays?: number,
): Promise<UploadedArtifact> {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const r = await new DefaultArtifactClient().uploadArtifact(name, files, rootDir, {
    ...(retentionDays ? { retentionDays } : {}),
  });
  if (r.id === undefined) throw new Error(`artifact ${name}: the upload returned no id`);
  return { id: r.id, name, size: r.size, digest: r.digest };
}

export interface RunArtifact {
  id: number;
  name: string;
  digest?: string | null;
}

/** The evidence artifacts of a run: per profile, the one of the latest attempt not after `attempt`. */
export async function findEvidenceArtifacts(
  api: GitHubApi,
  o: { owner: string; repo: string; runId: number; attempt?: number; name?: string },
): Promise<RunArtifact[]> {
  const all = await api.paginate(api.rest.actions.listWorkflowRunArtifacts, {
    owner: o.owner,
    repo: o.repo,
    run_id: o.runId,
    per_page: 100,
    ...(o.name ? { name: o.name } : {}),
  });
  const live = all.filter((a) => !a.expired);
  if (o.name) return live.filter((a) => a.name === o.name);
  const best = new Map<string, { a: (typeof live)[number]; attempt: number }>();
  for (const a of live) {
    const parsed = parseArtifactName(a.name);
    if (!parsed || (o.attempt && parsed.attempt > o.attempt)) continue;
    const prev = best.get(parsed.profile);
    if (!prev || parsed.attempt > prev.attempt) best.set(parsed.profile, { a, attempt: parsed.attempt });
  }
  return [...best.values()].map(({ a }) => ({ id: a.id, name: a.name, digest: a.digest }));
}

/**
 * Downloads and unzips an artifact of another run (needs a token with `actions: read`). When
 * GitHub recorded the artifact's digest, the download must match it.
 */
export async function downloadArtifact(
  o: { owner: string; repo: string; runId: number; artifact: RunArtifact; token: string },
  dest: string,
): Promise<string> {
  await mkdir(dest, { recursive: true });
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const r = await new DefaultArtifactClient().downloadArtifact(o.artifact.id, {
    path: dest,
    findBy: { token: o.token, workflowRunId: o.runId, repositoryOwner: o.owner, repositoryName: o.repo },
    ...(o.artifact.digest ? { expectedHash: o.artifact.digest } : {}),
  });
  if (r.digestMismatch)
    throw new Error(`artifact ${o.artifact.name}: the download does not match its digest`);
  return r.downloadPath ?? dest;
}
