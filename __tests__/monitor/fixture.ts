import { chmod, readFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import { runCli } from '../../src/cli/main.js';
import { journalName } from '../../src/history/records.js';
import type { MonitorReport } from '../../src/monitor/types.js';
import { tempDir, writeFiles } from '../helpers/fs.js';
import { git, initRepo } from '../helpers/git.js';
import { sendJson, startServer, type TestServer } from '../helpers/servers.js';

/**
 * A production service that degrades on cue, and a project that deploys it elsewhere and only
 * monitors it here. The service counts every request; `cue` says after how many requests of a
 * path it breaks (health answers 503, pages 500, or every answer is slowed). The rollback script
 * writes `state/current`: once it says `previous`, the service is healthy again.
 */

export interface Cue {
  /** /health answers 503 once it has been asked this many times. */
  healthFailsAfter?: number;
  /** /page answers 500 once it has been asked this many times. */
  pageFailsAfter?: number;
  /** Every answer waits this long once the service has been asked this many times. */
  slowAfter?: number;
  slowMs?: number;
}

export const SCRIPTS: Record<string, string> = {
  'ops/rollback.sh':
    'echo "$PROMOTION_GATE_STEP $PROMOTION_GATE_ENVIRONMENT" > state/rolled-back\nprintf previous > state/current\necho "restored the previous release"\n',
  'ops/rollback-fails.sh': 'echo "cannot reach the cluster" >&2\nexit 3\n',
};

export function config(extra = ''): string {
  return `version: 1
vars:
  base: '\${{ inputs.url }}'
profiles:
  smoke: { checks: [health] }
checks:
  health: { type: http, enforcement: required, url: '\${{ vars.base }}/health', retries: 0, expect: { status: 200 } }
  pages: { type: http, url: '\${{ vars.base }}/page', retries: 0 }
  unit: { type: command, run: 'true' }
environments:
  prod:
    url: '\${{ vars.base }}'
    verify: smoke
    rollback: { run: ./ops/rollback.sh }
    monitor:
      window: 3s
      interval: 250ms
      probes: [health, pages]
      degradedWhen: { consecutiveFailures: 2, errorRatio: 0.5, minRequests: 4 }
      reaction: rollback
  fragile:
    verify: smoke
    rollback: { run: ./ops/rollback-fails.sh }
    monitor:
      window: 4s
      interval: 250ms
      probes: [health]
      degradedWhen: { consecutiveFailures: 2 }
      reaction: rollback
  guarded:
    verify: smoke
    rollback: { run: ./ops/rollback.sh }
    protect: true
    monitor:
      window: 4s
      interval: 250ms
      probes: [health]
      degradedWhen: { consecutiveFailures: 2 }
      reaction: rollback
  quiet:
    verify: smoke
    monitor:
      window: 4s
      interval: 250ms
      probes: [pages]
      degradedWhen: { consecutiveFailures: 100, errorRatio: 0.2, minRequests: 3 }
      reaction: none
  sluggish:
    verify: smoke
    monitor:
      window: 3s
      interval: 250ms
      probes: [pages]
      degradedWhen: { consecutiveFailures: 100, minRequests: 2, latencyP95: 150ms }
      reaction: alert
${extra}`;
}

export interface Project {
  dir: string;
  service: TestServer;
  cue: Cue;
  /** Requests the service got, by path. */
  asked(p: string): number;
  head: string;
  read(rel: string): Promise<string>;
  report(environment?: string): Promise<MonitorReport>;
  /** The lines of the series journal of `environment` for this commit (directory history). */
  journal(environment?: string): string[];
  cli(
    args: string[],
    o?: { env?: Record<string, string | undefined>; signal?: AbortSignal },
  ): Promise<{ code: number; stdout: string; stderr: string }>;
}

export async function project(o: { config?: string; cue?: Cue } = {}): Promise<Project> {
  const dir = await tempDir('pg-monitor-');
  await writeFiles(dir, {
    '.github/promotion-gate.yml': o.config ?? config(),
    'state/current': 'new',
    '.gitignore': 'state/\n.promotion-gate/\n',
    ...SCRIPTS,
  });
  for (const f of Object.keys(SCRIPTS)) await chmod(path.join(dir, f), 0o755);
  initRepo(dir);
  const head = git(dir, 'rev-parse', 'HEAD').trim();
  const cue: Cue = { ...o.cue };
  const counts = new Map<string, number>();
  let total = 0;
  const rolledBack = () => readFileSync(path.join(dir, 'state/current'), 'utf8') === 'previous';
  const service = await startServer((req, res) => {
    const p = (req.url ?? '/').split('?')[0]!;
    const n = (counts.get(p) ?? 0) + 1;
    counts.set(p, n);
    total++;
    const answer = (r: ServerResponse) => {
      const healthy = rolledBack();
      if (p === '/health')
        return !healthy && cue.healthFailsAfter !== undefined && n > cue.healthFailsAfter
          ? sendJson(r, 503, { status: 'degraded' })
          : sendJson(r, 200, { status: 'ok' });
      if (p === '/page')
        return !healthy && cue.pageFailsAfter !== undefined && n > cue.pageFailsAfter
          ? sendJson(r, 500, { error: 'boom' })
          : sendJson(r, 200, { page: n });
      sendJson(r, 404, { error: 'not found' });
    };
    if (cue.slowAfter !== undefined && total > cue.slowAfter)
      setTimeout(() => answer(res), cue.slowMs ?? 300);
    else answer(res);
  });
  const read = (rel: string) => readFile(path.join(dir, rel), 'utf8');
  return {
    dir,
    service,
    cue,
    head,
    asked: (p) => counts.get(p) ?? 0,
    read,
    report: async (environment = 'prod') =>
      JSON.parse(await read(`.promotion-gate/.monitor/${environment}/report.json`)) as MonitorReport,
    journal: (environment = 'prod') => {
      const file = path.join(dir, '.promotion-gate/.history', journalName(`monitor:${environment}@${head}`));
      return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
    },
    async cli(args, c = {}) {
      let stdout = '';
      let stderr = '';
      const url = args[0] === 'monitor' || args[0] === 'deploy' ? ['--input', `url=${service.url}`] : [];
      const code = await runCli([...args, ...url], {
        stdout: (t) => (stdout += t),
        stderr: (t) => (stderr += t),
        env: c.env ?? { PATH: process.env.PATH, HOME: process.env.HOME },
        cwd: dir,
        signal: c.signal,
      });
      return { code, stdout, stderr };
    },
  };
}

/** Polls until `ready` holds; the bound is generous, the test does not measure time. */
export async function waitFor(ready: () => boolean | Promise<boolean>, boundMs = 30_000): Promise<void> {
  const until = Date.now() + boundMs;
  while (!(await ready())) {
    if (Date.now() > until) throw new Error('waited too long');
    await new Promise((r) => setTimeout(r, 20));
  }
}
