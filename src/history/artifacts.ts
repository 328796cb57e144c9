import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import { getOctokit } from '@actions/github';
import { errorMessage, UsageError } from '../core/errors.js';
import {
  checkInvalidation,
  decodeJournal,
  encodeRecord,
  type HistoryRecord,
  mergeRecords,
  runsFrom,
} from './records.js';
import type { HistoryDeps } from './select.js';
import type { HistoryRead, HistoryStore, RunSummary } from './types.js';

const JOURNAL = 'history.jsonl';
/**
 * Each artifact carries the whole journal as its run saw it. Reading the newest few and taking
 * their union recovers records of runs that uploaded at the same time (each missed the other).
 */
const MERGE_NEWEST = 5;
/** Runs kept per profile: the journal is re-uploaded by every run, so it must stay small. */
const KEEP_RUNS = 1000;

export interface ArtifactHistoryOptions {
  prefix: string;
  owner: string;
  repo: string;
  token: string;
  /** REST API base (GITHUB_API_URL). */
  apiUrl: string;
  tempDir: string;
  retentionDays?: number;
  now?: () => Date;
}

/**
 * History in workflow-run artifacts named `<prefix>-<profile>`: each run downloads the newest
 * journals, appends its record and uploads the result as its own artifact. It lives as long as
 * artifact retention (90 days by default) after the last run; use a git branch for longer memory.
 */
export class ArtifactHistory implements HistoryStore {
  constructor(private readonly opts: ArtifactHistoryOptions) {}

  static fromEnvironment(prefix: string, deps: HistoryDeps): ArtifactHistory {
    const env = deps.env;
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo)
      throw new UsageError(
        'history artifacts: GITHUB_REPOSITORY is not set; the artifact store works inside GitHub Actions',
      );
    const token = deps.token || env.GITHUB_TOKEN;
    if (!token)
      throw new UsageError(
        'history artifacts: no token; pass the action input token (it needs actions: read)',
      );
    return new ArtifactHistory({
      prefix,
      owner,
      repo,
      token,
      apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
      tempDir: env.RUNNER_TEMP || os.tmpdir(),
      retentionDays: env.PROMOTION_GATE_HISTORY_RETENTION_DAYS
        ? Number(env.PROMOTION_GATE_HISTORY_RETENTION_DAYS)
        : undefined,
    });
  }

  describe(): string {
    return `artifacts ${this.opts.prefix}-<profile> of ${this.opts.owner}/${this.opts.repo}`;
  }

  artifactName(profile: string): string {
    // Artifact names may not hold " : < > | * ? \ / or line breaks.
    return `${this.opts.prefix}-${profile.replace(/[^\w.-]/g, '_')}`;
  }

  /** The records of the newest journals of a profile, merged; problems of single artifacts are reported. */
  private async records(profile: string): Promise<{ records: HistoryRecord[]; problems: string[] }> {
    const name = this.artifactName(profile);
    const octokit = getOctokit(this.opts.token, { baseUrl: this.opts.apiUrl });
    let listed;
    try {
      listed = await octokit.rest.actions.listArtifactsForRepo({
        owner: this.opts.owner,
        repo: this.opts.repo,
        name,
        per_page: 30,
      });
    } catch (err) {
      const status = (err as { status?: number }).status;
      const hint = status === 403 || status === 404 ? ' (the token needs permissions: actions: read)' : '';
      throw new Error(`cannot list artifacts named ${name}: ${errorMessage(err)}${hint}`);
    }
    const newest = listed.data.artifacts
      .filter((a) => !a.expired && a.name === name && a.workflow_run?.id)
      .sort((a, b) => Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? '') || b.id - a.id)
      .slice(0, MERGE_NEWEST);
    const client = new DefaultArtifactClient();
    const dir = await mkdtemp(path.join(this.opts.tempDir, 'pg-history-'));
    try {
      const journals = await Promise.all(
        newest.map(async (a) => {
          const into = path.join(dir, String(a.id));
          try {
            await client.downloadArtifact(a.id, {
              path: into,
              findBy: {
                token: this.opts.token,
                workflowRunId: a.workflow_run!.id!,
                repositoryOwner: this.opts.owner,
                repositoryName: this.opts.repo,
              },
            });
            const files = await readdir(into);
            if (!files.includes(JOURNAL))
              return { records: [], problems: [`artifact ${a.id} (${name}) holds no ${JOURNAL}; skipped`] };
            return decodeJournal(
              await readFile(path.join(into, JOURNAL), 'utf8'),
              `artifact ${a.id}:${JOURNAL}`,
            );
          } catch (err) {
            return {
              records: [],
              problems: [`cannot download artifact ${a.id} (${name}): ${errorMessage(err)}`],
            };
          }
        }),
      );
      return {
        records: mergeRecords(journals.map((j) => j.records)),
        problems: journals.flatMap((j) => j.problems),
      };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  async list(profile: string, opts: { limit?: number; includeInvalid?: boolean } = {}): Promise<HistoryRead> {
    try {
      const { records, problems } = await this.records(profile);
      return runsFrom(records, profile, opts, problems);
    } catch (err) {
      return { runs: [], problems: [`${this.describe()}: ${errorMessage(err)}`] };
    }
  }

  async append(run: RunSummary): Promise<void> {
    const { records } = await this.records(run.profile);
    await this.upload(run.profile, [...records, { kind: 'run', run }]);
  }

  async markInvalid(profile: string, runId: string, reason: string, by?: string): Promise<void> {
    const { records } = await this.records(profile);
    const all = runsFrom(records, profile, { includeInvalid: true });
    if (!checkInvalidation(all.runs, profile, runId, this.describe())) return;
    const at = (this.opts.now ?? (() => new Date()))().toISOString();
    await this.upload(profile, [
      ...records,
      { kind: 'invalidate', invalidation: { runId, reason, at, ...(by ? { by } : {}) } },
    ]);
  }

  private async upload(profile: string, records: HistoryRecord[]): Promise<void> {
    const runIds = records.filter((r) => r.kind === 'run').map((r) => (r as { run: RunSummary }).run.runId);
    const keep = new Set(runIds.slice(-KEEP_RUNS));
    const kept = records.filter((r) =>
      r.kind === 'run' ? keep.has(r.run.runId) : keep.has(r.invalidation.runId),
    );
    const dir = await mkdtemp(path.join(this.opts.tempDir, 'pg-history-up-'));
    try {
      const file = path.join(dir, JOURNAL);
      await writeFile(file, `${kept.map(encodeRecord).join('\n')}\n`);
      await new DefaultArtifactClient().uploadArtifact(this.artifactName(profile), [file], dir, {
        ...(this.opts.retentionDays ? { retentionDays: this.opts.retentionDays } : {}),
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}
