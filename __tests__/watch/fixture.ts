import path from 'node:path';
import { silentLogger } from '../../src/adapters/logger.js';
import { runWatch, type WatchOptions, type WatchRun } from '../../src/app/watch.js';
import { createGitHubClient, type GitHubApi } from '../../src/github/client.js';
import type { IssueDeps } from '../../src/github/issues.js';
import { DirectoryHistory } from '../../src/history/directory.js';
import type { HistoryStore } from '../../src/history/types.js';
import { type FakeGitHub, TOKENS } from '../e2e/harness/index.js';
import { tempDir, writeFiles } from '../helpers/fs.js';
import { sendJson, startServer, type TestServer } from '../helpers/servers.js';

/**
 * A staging service switched between healthy and faulty between runs, a project whose profile
 * probes it, and one watch run at a time with the clock, run id and GitHub a test gives it.
 */

export type Mode = 'healthy' | 'faulty' | 'degraded';

export interface Staging extends TestServer {
  mode: Mode;
}

/** /health fails when faulty (score 1: hold); /reports fails when degraded (design 0.6: score 3). */
export async function startStaging(): Promise<Staging> {
  const state = { mode: 'healthy' as Mode };
  const server = await startServer((req, res) => {
    if (req.url === '/health')
      return state.mode === 'faulty'
        ? sendJson(res, 500, { status: 'degraded', db: 'unreachable' })
        : sendJson(res, 200, { status: 'ok' });
    if (req.url === '/reports')
      return state.mode === 'degraded' ? sendJson(res, 503, { error: 'slow' }) : sendJson(res, 200, []);
    sendJson(res, 404, {});
  });
  return Object.defineProperty(server, 'mode', {
    get: () => state.mode,
    set: (m: Mode) => {
      state.mode = m;
    },
  }) as Staging;
}

export function configYaml(opts: { decision?: string; notify?: string; checks?: string } = {}): string {
  return `version: 1
${opts.decision ? `decision: ${opts.decision}\n` : ''}profiles:
  prod: { checks: [health, reports${opts.checks ? ', extra' : ''}] }
checks:
  health: { type: http, url: '\${{ inputs.target-url }}/health', expect: { status: 200 } }
  reports: { type: http, category: design, url: '\${{ inputs.target-url }}/reports', expect: { status: 200 } }
${opts.checks ? `  extra: ${opts.checks}\n` : ''}${opts.notify ? `notify:\n${opts.notify}` : ''}`;
}

export interface Project {
  dir: string;
  configPath: string;
  history: HistoryStore;
}

export async function project(config: string): Promise<Project> {
  const dir = await tempDir('pg-watch-');
  await writeFiles(dir, { 'pg.yml': config });
  return { dir, configPath: path.join(dir, 'pg.yml'), history: new DirectoryHistory(path.join(dir, 'hist')) };
}

export async function githubApi(gh: FakeGitHub, token: string = TOKENS.writer): Promise<GitHubApi> {
  return createGitHubClient({
    token,
    apiUrl: gh.url,
    timeoutMs: 10_000,
    retries: 0,
    userAgent: 'promotion-gate-test',
    log: { debug: () => undefined, warn: () => undefined },
    paced: false,
  });
}

export const T0 = Date.parse('2026-03-01T10:00:00Z');
export const hours = (h: number) => new Date(T0 + h * 3_600_000);

export interface OneRun {
  /** The workflow run (GITHUB_RUN_ID); undefined: a local run. */
  runId?: number;
  attempt?: number;
  at: Date;
  issues?: IssueDeps | { skipped: string };
  history?: HistoryStore | null;
  env?: Record<string, string>;
  extra?: Partial<WatchOptions>;
}

/** One watch run of profile prod against the staging service. */
export async function watchOnce(p: Project, staging: Staging, o: OneRun): Promise<WatchRun> {
  const env: Record<string, string | undefined> = { PATH: process.env.PATH, ...o.env };
  if (o.runId !== undefined) {
    env.GITHUB_REPOSITORY = 'acme/permits';
    env.GITHUB_RUN_ID = String(o.runId);
    env.GITHUB_RUN_ATTEMPT = String(o.attempt ?? 1);
  }
  const runs = await runWatch({
    configPath: p.configPath,
    profile: 'prod',
    inputs: { 'target-url': staging.url },
    env,
    cwd: p.dir,
    logger: silentLogger,
    now: () => o.at,
    history: o.history === null ? undefined : (o.history ?? p.history),
    issues: o.issues ?? { skipped: 'not in this test' },
    retryDelayMs: 10,
    ...o.extra,
  });
  return runs.at(-1)!;
}
