import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { silentLogger } from '../../src/adapters/logger.js';
import { type GateOptions, runGate } from '../../src/app/gate.js';
import type { CheckResult, Finding } from '../../src/core/types.js';
import { commit, type Link, makeRepo, PLAIN_ENV } from '../change/repo.js';
import { tempDir } from '../helpers/fs.js';
import { git } from '../helpers/git.js';

export const CONFIG = '.github/promotion-gate.yml';

/**
 * A real repository whose `main` holds `base` (the config and other files) and whose branch
 * `feature` changes them to `head`, and a pull_request event naming both, as GitHub sends it.
 */
export async function pullRequest(
  base: Record<string, string | Buffer | Link>,
  head: Record<string, string | Link | null>,
  o: { number?: number; author?: string; repo?: string } = {},
): Promise<{
  dir: string;
  base: string;
  head: string;
  event: string;
  env: Record<string, string | undefined>;
}> {
  const dir = await tempDir();
  const baseSha = await makeRepo(dir, base);
  git(dir, 'checkout', '-q', '-b', 'feature');
  const headSha = await commit(dir, head, 'change the gate');
  const event = path.join(path.dirname(dir), `${path.basename(dir)}-event.json`);
  const number = o.number ?? 12;
  await writeFile(
    event,
    JSON.stringify({
      number,
      pull_request: {
        number,
        user: { login: o.author ?? 'alice' },
        base: { sha: baseSha, ref: 'main' },
        head: { sha: headSha, ref: 'feature' },
      },
    }),
  );
  return {
    dir,
    base: baseSha,
    head: headSha,
    event,
    env: {
      ...PLAIN_ENV,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: o.repo ?? '',
      GITHUB_TOKEN: '',
      GH_TOKEN: '',
    },
  };
}

export async function gate(dir: string, extra: Partial<GateOptions> = {}) {
  return runGate({
    configPath: path.join(dir, CONFIG),
    profile: 'pr',
    inputs: {},
    env: PLAIN_ENV,
    cwd: dir,
    logger: silentLogger,
    outDir: path.join(dir, '.out'),
    ...extra,
  });
}

export function check(results: readonly CheckResult[], id: string): CheckResult {
  const c = results.find((r) => r.id === id);
  if (!c) throw new Error(`no check ${id} in ${results.map((r) => r.id).join(', ')}`);
  return c;
}

export const messages = (findings: readonly Finding[], level?: Finding['level']) =>
  findings.filter((f) => !level || f.level === level).map((f) => f.message);
