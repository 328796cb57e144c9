import { readFile } from 'node:fs/promises';
import { readRunner } from '../core/runner.js';

/** The base and head a GitHub event names, when it is about a change (pull request, merge queue). */
export interface EventRange {
  source: 'pull_request' | 'merge_group';
  base: string;
  head: string;
  detail: string;
}

const PR_EVENTS = new Set([
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
]);

/**
 * Reads GITHUB_EVENT_PATH. An unreadable or unexpected payload gives no range (the next source
 * is tried) but says why, so a broken runner setup is visible in the report.
 */
export async function eventRange(
  env: Readonly<Record<string, string | undefined>>,
): Promise<{ range?: EventRange; problem?: string }> {
  const { eventName: name, eventPath: file } = readRunner(env);
  if (!name || !file || (!PR_EVENTS.has(name) && name !== 'merge_group')) return {};
  let payload: Record<string, unknown>;
  try {
    payload = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  } catch (err) {
    return { problem: `cannot read the ${name} event payload ${file}: ${(err as Error).message}` };
  }
  if (name === 'merge_group') {
    const mg = payload.merge_group as { base_sha?: string; head_sha?: string; head_ref?: string } | undefined;
    if (!mg?.base_sha || !mg.head_sha) return { problem: 'merge_group event without base_sha/head_sha' };
    return {
      range: {
        source: 'merge_group',
        base: mg.base_sha,
        head: mg.head_sha,
        detail: `merge queue ${mg.head_ref ?? ''}`.trim(),
      },
    };
  }
  const pr = payload.pull_request as
    { number?: number; base?: { sha?: string; ref?: string }; head?: { sha?: string } } | undefined;
  if (!pr?.base?.sha || !pr.head?.sha)
    return { problem: `${name} event without pull_request.base.sha/head.sha` };
  return {
    range: {
      source: 'pull_request',
      base: pr.base.sha,
      head: pr.head.sha,
      detail: `pull request #${pr.number ?? '?'} into ${pr.base.ref ?? 'its base'}`,
    },
  };
}
