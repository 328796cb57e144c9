import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { errorMessage, UsageError } from '../core/errors.js';
import { downloadArtifact, uploadFiles } from '../github/artifact.js';
import { createGitHubClient, type GitHubApi } from '../github/client.js';
import { VERSION } from '../version.js';
import {
  checkInvalidation,
  checkPin,
  decodeJournal,
  encodeRecord,
  type HistoryRecord,
  mergeRecords,
  runsFrom,
} from './records.js';
import { keepNewest, keptSince, withoutPruned } from './retention.js';
import type { HistoryDeps, HistoryRead, HistoryStore, Pin, RunSummary } from './types.js';
import { readRunner } from '../core/runner.js';

const JOURNAL = 'history.jsonl';
/** Beside the journal when retention removed runs: `{"since": <finish time of the oldest run kept>}`. */
const RETENTION = 'retention.json';

async function readRetention(dir: string, files: string[]): Promise<{ since?: string }> {
  if (!files.includes(RETENTION)) return {};
  try {
    const since = (JSON.parse(await readFile(path.join(dir, RETENTION), 'utf8')) as { since?: unknown })
      .since;
    return typeof since === 'string' ? { since } : {};
  } catch {
    return {};
  }
}
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
  private api?: Promise<GitHubApi>;
  /**
   * The journal this store last uploaded under each name. A name is unique within a workflow
   * run, so a second record in the same run (the monitor appends one per tick) replaces the
   * artifact this run uploaded; the journal it replaces is merged from here, not from a listing
   * that may not show it yet.
   */
  private readonly uploaded = new Map<string, { records: HistoryRecord[]; since?: string }>();

  constructor(private readonly opts: ArtifactHistoryOptions) {}

  /** The one GitHub client of the product: timeouts, retries and rate limits as for publishing. */
  private client(): Promise<GitHubApi> {
    this.api ??= createGitHubClient({
      token: this.opts.token,
      apiUrl: this.opts.apiUrl,
      timeoutMs: 30_000,
      retries: 3,
      userAgent: `promotion-gate/${VERSION}`,
      log: { debug: () => undefined, warn: () => undefined },
    });
    return this.api;
  }

  static fromEnvironment(prefix: string, deps: HistoryDeps): ArtifactHistory {
    const env = deps.env;
    const runner = readRunner(env);
    const { owner, repo } = runner;
    if (!owner || !repo)
      throw new UsageError(
        'history artifacts: GITHUB_REPOSITORY is not set; the artifact store works inside GitHub Actions',
      );
    const token = deps.token || runner.token;
    if (!token)
      throw new UsageError(
        'history artifacts: no token; pass the action input token (it needs actions: read)',
      );
    return new ArtifactHistory({
      prefix,
      owner,
      repo,
      token,
      apiUrl: runner.apiUrl,
      tempDir: runner.tempDir ?? os.tmpdir(),
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
    // A colon (deploy:<env>, drill:<env>) becomes "@", which no profile name holds, so those
    // records never share an artifact with a profile's.
    return `${this.opts.prefix}-${profile.replace(/:/g, '@').replace(/[^\w.@-]/g, '_')}`;
  }

  /** The records of the newest journals of a profile, merged; problems of single artifacts are reported. */
  private async records(profile: string): Promise<{ records: HistoryRecord[]; problems: string[] }> {
    const name = this.artifactName(profile);
    const octokit = await this.client();
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
    const dir = await mkdtemp(path.join(this.opts.tempDir, 'pg-history-'));
    try {
      const journals = await Promise.all(
        newest.map(async (a) => {
          const into = path.join(dir, String(a.id));
          try {
            await downloadArtifact(
              {
                owner: this.opts.owner,
                repo: this.opts.repo,
                runId: a.workflow_run!.id!,
                artifact: { id: a.id, name, digest: a.digest },
                token: this.opts.token,
              },
              into,
            );
            const files = await readdir(into);
            if (!files.includes(JOURNAL))
              return { records: [], problems: [`artifact ${a.id} (${name}) holds no ${JOURNAL}; skipped`] };
            const journal = decodeJournal(
              await readFile(path.join(into, JOURNAL), 'utf8'),
              `artifact ${a.id}:${JOURNAL}`,
            );
            return { ...journal, ...(await readRetention(into, files)) };
          } catch (err) {
            return {
              records: [],
              problems: [`cannot download artifact ${a.id} (${name}): ${errorMessage(err)}`],
            };
          }
        }),
      );
      const mine = this.uploaded.get(name);
      return {
        records: mergeRecords(withoutPruned(mine ? [mine, ...journals] : journals)),
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

  async append(run: RunSummary, opts: { keep?: number } = {}): Promise<void> {
    const { records } = await this.records(run.profile);
    await this.upload(run.profile, [...records, { kind: 'run', run }], opts.keep);
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

  async pin(profile: string, pin: Pin): Promise<void> {
    const { records } = await this.records(profile);
    const all = runsFrom(records, profile, { includeInvalid: true });
    if (!checkPin(all, profile, pin, this.describe())) return;
    await this.upload(profile, [...records, { kind: 'pin', pin }]);
  }

  private async upload(profile: string, records: HistoryRecord[], keep = KEEP_RUNS): Promise<void> {
    const kept = keepNewest(records, Math.min(keep, KEEP_RUNS));
    const dir = await mkdtemp(path.join(this.opts.tempDir, 'pg-history-up-'));
    try {
      const file = path.join(dir, JOURNAL);
      await writeFile(file, `${kept.map(encodeRecord).join('\n')}\n`);
      const files = [file];
      const since = keptSince(records, kept);
      if (since !== undefined) {
        // Older artifacts still hold the removed runs: this tells readers not to merge them back.
        files.push(path.join(dir, RETENTION));
        await writeFile(files[1]!, `${JSON.stringify({ since })}\n`);
      }
      const name = this.artifactName(profile);
      await this.uploadReplacing(name, files, dir);
      this.uploaded.set(name, { records: kept, ...(since !== undefined ? { since } : {}) });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /**
   * Uploads the journal; when this workflow run already has an artifact of that name (an earlier
   * record of this run, or of an earlier attempt of it), that one is deleted and the upload made
   * again: the journal uploaded holds every record of the one it replaces.
   */
  private async uploadReplacing(name: string, files: string[], dir: string): Promise<void> {
    try {
      await uploadFiles(name, files, dir, this.opts.retentionDays);
    } catch (err) {
      if (!/\(409\)|already exists/i.test(errorMessage(err))) throw err;
      const { DefaultArtifactClient } = await import('@actions/artifact');
      await new DefaultArtifactClient().deleteArtifact(name);
      await uploadFiles(name, files, dir, this.opts.retentionDays);
    }
  }
}
