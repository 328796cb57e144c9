import * as step from './step.js';
import type { GitHubContext } from '../github/context.js';
import { describeOutcome, type Publication, type SinkOutcome } from '../github/publish.js';
import { forFrontEnd } from '../app/frontEnd.js';

/** Options the outcomes name, spelled as a workflow sets them. */
const shown = forFrontEnd('action').text;

/**
 * What publishing did, said once: a log line per sink, at most one notice for what the token
 * could not do and one warning for what failed. (The runner shows only 10 annotations of a
 * kind per step, so they must not be spent one per request.)
 */

const list = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

function why(ctx: GitHubContext | undefined): string {
  if (ctx?.fork)
    return ` This pull request comes from the fork ${ctx.fork}, and GitHub gives such runs a read-only GITHUB_TOKEN.`;
  if (ctx?.dependabot) return ' Dependabot pull requests get a read-only GITHUB_TOKEN.';
  return ' Grant the job `permissions: { checks: write, pull-requests: write }`, or pass a token that may write.';
}

/** One notice for what could not be written with this token (or without one), or undefined. */
export function skippedNotice(
  outcomes: SinkOutcome[],
  ctx: GitHubContext | undefined,
  artifactName?: string,
): string | undefined {
  const denied = outcomes.filter(
    (o) => o.state === 'skipped' && (o.reason === 'read-only' || o.reason === 'no-token'),
  );
  if (denied.length === 0) return undefined;
  const what = list(denied.map((o) => `the ${o.sink}`));
  const cause =
    denied[0]!.reason === 'no-token'
      ? denied[0]!.detail
      : `the token cannot write to ${ctx?.owner}/${ctx?.repo} (${denied[0]!.detail}).${why(ctx)}`;
  const kept = [
    'the job summary',
    'the outputs',
    artifactName ? `the evidence artifact ${artifactName}` : '',
  ].filter(Boolean);
  const fix =
    ctx?.fork || ctx?.dependabot
      ? ' To publish on the pull request, run `command: publish` in a `workflow_run` workflow (see the README).'
      : '';
  return `Skipped ${what}: ${cause} Still written: ${list(kept)}.${fix}`;
}

/** One warning naming every sink that failed, or undefined. */
export function failedWarning(outcomes: SinkOutcome[]): string | undefined {
  const failed = outcomes.filter(
    (o) => o.state === 'failed' || (o.state === 'skipped' && o.reason === 'unavailable'),
  );
  if (failed.length === 0) return undefined;
  return `Could not publish ${list(failed.map((o) => `the ${o.sink}`))}: ${failed.map((o) => `${o.sink}: ${o.detail}`).join('; ')}. The verdict, report files and exit code are not affected.`;
}

/** Lines for the job summary: what was not published and why. */
export function publicationNotes(outcomes: SinkOutcome[], ctx: GitHubContext | undefined): string[] {
  const notes: string[] = [];
  const notice = skippedNotice(outcomes, ctx);
  if (notice) notes.push(notice);
  const warning = failedWarning(outcomes);
  if (warning) notes.push(warning);
  return notes.map(shown);
}

export function reportOutcomes(
  pub: Publication,
  ctx: GitHubContext | undefined,
  o: { artifactName?: string },
): void {
  for (const x of pub.outcomes) step.info(shown(describeOutcome(x)));
  const notice = skippedNotice(pub.outcomes, ctx, o.artifactName);
  if (notice) step.notice(shown(notice), { title: 'promotion-gate: publishing skipped' });
  const warning = failedWarning(pub.outcomes);
  if (warning) step.warning(shown(warning), { title: 'promotion-gate: publishing failed' });
}
