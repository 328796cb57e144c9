import { chmod, readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { tempDir, writeFiles } from '../helpers/fs.js';
import { initRepo } from '../helpers/git.js';
import { closedPort, sendJson, startServer, type TestServer } from '../helpers/servers.js';

/**
 * A small staging service and the scripts that deploy to it, as a project would have them:
 * the service serves whatever version `state/current` names (the deploy script writes it), and
 * the version `bad` fails its /health. Snapshot keeps the running version, rollback restores it.
 */

export const SCRIPTS: Record<string, string> = {
  'ops/record-env.sh': 'env | grep "^PROMOTION_GATE_" | sort > "state/env-$PROMOTION_GATE_STEP"\n',
  'ops/snapshot.sh':
    './ops/record-env.sh\ncp state/current state/previous\necho "snapshot of $(cat state/current)"\n',
  'ops/deploy.sh':
    './ops/record-env.sh\nif [ -n "$PROMOTION_GATE_DRY_RUN" ]; then echo "would deploy $PROMOTION_GATE_INPUT_VERSION"; exit 0; fi\nprintf "%s" "$PROMOTION_GATE_INPUT_VERSION" > state/current\necho "deployed $PROMOTION_GATE_INPUT_VERSION to $PROMOTION_GATE_ENVIRONMENT at $PROMOTION_GATE_URL"\n',
  'ops/rollback.sh':
    './ops/record-env.sh\nif [ -n "$PROMOTION_GATE_DRY_RUN" ]; then echo "would restore $(cat state/previous)"; exit 0; fi\ncp state/previous state/current\necho "restored $(cat state/current)"\n',
  'ops/rollback-fails.sh': './ops/record-env.sh\necho "cannot reach the cluster" >&2\nexit 3\n',
  // Writes its own pid and its child's, then waits for ever.
  'ops/hang.sh':
    'echo $$ > state/deploy.pid\nsleep 600 &\necho $! > state/child.pid\necho "deploying…"\nwait\n',
};

export const environments = (verifyUrl: string) => `environments:
  staging:
    url: '\${{ vars.base }}'
    snapshot: { run: ./ops/snapshot.sh }
    deploy: { run: ./ops/deploy.sh }
    verify: smoke
    rollback: { run: ./ops/rollback.sh }
    rollbackOnFailure: true
  fragile:
    deploy: { run: ./ops/deploy.sh }
    verify: smoke
    rollback: { run: ./ops/rollback-fails.sh }
    rollbackOnFailure: true
  hanging:
    snapshot: { run: ./ops/snapshot.sh }
    deploy: { run: ./ops/hang.sh, timeout: 1s }
    verify: smoke
    rollback: { run: ./ops/rollback.sh }
    rollbackOnFailure: true
  unverifiable:
    snapshot: { run: ./ops/snapshot.sh }
    deploy: { run: ./ops/deploy.sh }
    verify: broken
    rollback: { run: ./ops/rollback.sh }
    rollbackOnFailure: true
  stuck:
    deploy: { run: ./ops/hang.sh }
    verify: smoke
    rollback: { run: ./ops/rollback.sh }
    rollbackOnFailure: true
  guarded:
    snapshot: { run: ./ops/snapshot.sh }
    deploy: { run: ./ops/deploy.sh }
    verify: smoke
    rollback: { run: ./ops/rollback.sh }
    protect: true
  plain:
    deploy: { run: ./ops/deploy.sh }
    verify: smoke
# unreachable: ${verifyUrl}
`;

export function config(unreachable: string): string {
  return `version: 1
vars:
  base: '\${{ inputs.url }}'
profiles:
  smoke: { checks: [health] }
  broken: { checks: [dead] }
checks:
  health: { type: http, enforcement: required, url: '\${{ vars.base }}/health', retries: 0, expect: { status: 200 } }
  dead: { type: http, enforcement: required, url: '${unreachable}/health', retries: 0 }
${environments(unreachable)}`;
}

export interface Project {
  dir: string;
  service: TestServer;
  /** The version the service serves now. */
  serving(): string;
  read(rel: string): Promise<string>;
  cli(
    args: string[],
    o?: { env?: Record<string, string | undefined>; signal?: AbortSignal },
  ): Promise<{ code: number; stdout: string; stderr: string }>;
}

/** A git repository with the config and scripts, and the service running version `good-1`. */
export async function project(o: { config?: (unreachable: string) => string } = {}): Promise<Project> {
  const dir = await tempDir('pg-deploy-');
  const unreachable = `http://127.0.0.1:${await closedPort()}`;
  await writeFiles(dir, {
    '.github/promotion-gate.yml': (o.config ?? config)(unreachable),
    'state/current': 'good-1',
    '.gitignore': 'state/\n.promotion-gate/\n',
    ...SCRIPTS,
  });
  for (const f of Object.keys(SCRIPTS)) await chmod(path.join(dir, f), 0o755);
  initRepo(dir);
  const serving = () => readFileSync(path.join(dir, 'state/current'), 'utf8');
  const service = await startServer((req, res) => {
    const version = serving();
    if (req.url === '/health')
      return version === 'bad'
        ? sendJson(res, 500, { status: 'degraded', version })
        : sendJson(res, 200, { status: 'ok', version });
    sendJson(res, 404, { error: 'not found' });
  });
  return {
    dir,
    service,
    serving,
    read: (rel) => readFile(path.join(dir, rel), 'utf8'),
    async cli(args, c = {}) {
      let stdout = '';
      let stderr = '';
      const url = args[0] === 'deploy' || args[0] === 'drill' ? ['--input', `url=${service.url}`] : [];
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

/** Whether a process still runs (a zombie waiting to be reaped counts as gone). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

/** Polls until `ready` holds; the bound is generous, the test does not measure time. */
export async function waitFor(ready: () => boolean | Promise<boolean>, boundMs = 20_000): Promise<void> {
  const until = Date.now() + boundMs;
  while (!(await ready())) {
    if (Date.now() > until) throw new Error('waited too long');
    await new Promise((r) => setTimeout(r, 20));
  }
}
