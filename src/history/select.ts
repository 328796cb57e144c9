import path from 'node:path';
import { UsageError } from '../core/errors.js';
import { DirectoryHistory } from './directory.js';
import { GitBranchHistory } from './gitBranch.js';
import type { HistoryDeps, HistoryStore } from './types.js';

export type { HistoryDeps };

export const DEFAULT_HISTORY_DIR = '.promotion-gate/.history';
export const DEFAULT_HISTORY_BRANCH = 'promotion-gate-history';
export const DEFAULT_ARTIFACT_PREFIX = 'promotion-gate-history';

export type HistorySpec =
  | { kind: 'off' }
  | { kind: 'dir'; path: string }
  | { kind: 'git'; branch: string; remote: string }
  | { kind: 'artifacts'; prefix: string };

const BRANCH = /^(?!-)(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9._/-]+(?<![./])$/;

/**
 * `off` · `dir` / `dir:PATH` · `git` / `git:BRANCH` / `git:BRANCH@REMOTE` · `artifacts` /
 * `artifacts:NAME`. `where` names the flag or input in messages.
 */
export function parseHistorySpec(text: string, where: string): HistorySpec {
  const value = text.trim();
  const colon = value.indexOf(':');
  const kind = (colon < 0 ? value : value.slice(0, colon)).toLowerCase();
  const arg = colon < 0 ? '' : value.slice(colon + 1).trim();
  switch (kind) {
    case 'off':
    case 'none':
      return { kind: 'off' };
    case 'dir':
      return { kind: 'dir', path: arg || DEFAULT_HISTORY_DIR };
    case 'git': {
      // The first @ splits: a remote may be an SSH address (git@github.com:org/repo.git).
      const at = arg.indexOf('@');
      const branch = (at < 0 ? arg : arg.slice(0, at)) || DEFAULT_HISTORY_BRANCH;
      const remote = (at < 0 ? '' : arg.slice(at + 1)) || 'origin';
      if (!BRANCH.test(branch))
        throw new UsageError(
          `${where}: "${branch}" is not a valid branch name (e.g. git:${DEFAULT_HISTORY_BRANCH})`,
        );
      return { kind: 'git', branch, remote };
    }
    case 'artifacts':
    case 'artifact':
      if (arg && !/^[\w.-]+$/.test(arg))
        throw new UsageError(
          `${where}: artifact name "${arg}" may use only letters, digits, ".", "_" and "-"`,
        );
      return { kind: 'artifacts', prefix: arg || DEFAULT_ARTIFACT_PREFIX };
    default:
      throw new UsageError(
        `${where}: unknown history store "${value}"; use off, dir[:PATH], git[:BRANCH[@REMOTE]] or artifacts[:NAME]`,
      );
  }
}

export async function createHistoryStore(
  spec: HistorySpec,
  deps: HistoryDeps,
): Promise<HistoryStore | undefined> {
  switch (spec.kind) {
    case 'off':
      return undefined;
    case 'dir':
      // The default place is a local cache: kept out of git so a `git: {clean: true}` check stays clean.
      return new DirectoryHistory(
        path.resolve(deps.cwd, spec.path),
        spec.path,
        spec.path === DEFAULT_HISTORY_DIR,
      );
    case 'git':
      return new GitBranchHistory({ cwd: deps.cwd, branch: spec.branch, remote: spec.remote, env: deps.env });
    case 'artifacts': {
      // Loaded only when chosen: the artifact client and its Azure SDK are most of the bundle.
      const { ArtifactHistory } = await import('./artifacts.js');
      return ArtifactHistory.fromEnvironment(spec.prefix, deps);
    }
  }
}
