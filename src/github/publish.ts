import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { MANIFEST } from '../bundle/manifest.js';
import { errorMessage } from '../core/errors.js';
import { optionRef } from '../core/optionRef.js';
import type { PromotionAction } from '../core/types.js';
import type { Manifest, ManifestEntry, Report } from '../report/types.js';
import { type Annotation, type PathMapping, planAnnotations } from './annotations.js';
import { CheckRun, type CheckRunRef, type Conclusion } from './checkRun.js';
import type { GitHubApi } from './client.js';
import { type ApiFailure, classifyApiError, describeApiFailure, stopsFurtherCalls } from './errors.js';
import { checkRunOutput, commentBody, type Links } from './render.js';
import { type CommentMode, type CommentWhen, marker, publishStickyComment } from './stickyComment.js';

/**
 * Publishing where reviewers look. Each sink (artifact, check run, PR comment) runs on its own:
 * one that cannot write is skipped and said once, one that fails is reported, and neither stops
 * the others — nor touches the report files or the exit code.
 */

export type SinkName = 'artifact' | 'check run' | 'PR comment';

export interface SinkOutcome {
  sink: SinkName;
  state: 'done' | 'skipped' | 'failed';
  /**
   * Why it was skipped or failed. `read-only`: the token may not write (the notice explains);
   * `off`/`not-applicable`: nothing to do; `unavailable`: GitHub did not answer earlier.
   */
  reason?: 'off' | 'not-applicable' | 'no-token' | 'read-only' | 'unavailable' | 'error';
  detail: string;
}

/**
 * One line per sink, as the log shows it: `PR comment: skipped — not a pull request (…)`. The
 * reason is a code for programs; it is shown only where the detail does not already say it.
 */
export function describeOutcome(o: SinkOutcome): string {
  const said = o.detail.toLowerCase();
  const reason =
    o.state !== 'done' &&
    o.reason &&
    o.reason !== 'not-applicable' &&
    o.reason !== 'error' &&
    !said.includes(o.reason.replace('-', ' '))
      ? ` (${o.reason})`
      : '';
  return `${o.sink}: ${o.state}${reason} — ${o.detail}`;
}

export interface PublishSettings {
  checkRun: boolean;
  checkRunName: string;
  conclusions: Record<PromotionAction, Conclusion>;
  comment: CommentMode;
  commentWhen: CommentWhen;
  commentAuthor?: string;
  paths: PathMapping;
}

export interface PublishTarget {
  owner: string;
  repo: string;
  /** The commit the check run goes on. */
  headSha?: string;
  pullNumber?: number;
  runUrl?: string;
  serverUrl: string;
}

export interface PublishLog {
  info(message: string): void;
  warn(message: string): void;
  debug(message: string): void;
}

export interface Publication {
  checkRun?: CheckRunRef;
  comment?: { id: number; url: string };
  artifact?: { id: number; name: string; url: string };
  outcomes: SinkOutcome[];
  links: Links;
}

export interface PublisherDeps {
  /** Undefined when there is no token: `noApi` says why. */
  api?: GitHubApi;
  noApi?: string;
  target: PublishTarget;
  settings: PublishSettings;
  log: PublishLog;
}

export interface FinishOptions {
  /** The gate was stopped: the check run is completed as cancelled and no comment is posted. */
  cancelled?: boolean;
  /** Uploads the bundle; returns its artifact, or a string saying why it was not uploaded. */
  uploadArtifact?: () => Promise<{ id: number; name: string; url: string } | string>;
  /**
   * Publishing a bundle again (the `publish` command run twice): a completed check run of the
   * same name on the commit that carries this bundle id is left as it is, so its annotations are
   * never added twice.
   */
  reuseCompleted?: boolean;
  /** An artifact uploaded by the run being published, linked from what is posted. */
  existingArtifact?: { id: number; name: string; url: string };
}

export class Publisher {
  readonly outcomes: SinkOutcome[] = [];
  private readonly checkRun?: CheckRun;
  private started?: Promise<{ ref?: CheckRunRef; failure?: ApiFailure }>;
  /** Set when GitHub stopped answering (or refused the token): later calls are not attempted. */
  private stopped?: ApiFailure;

  constructor(private readonly deps: PublisherDeps) {
    const { api, target, settings } = deps;
    if (api && settings.checkRun && target.headSha) {
      this.checkRun = new CheckRun(api, {
        owner: target.owner,
        repo: target.repo,
        headSha: target.headSha,
        name: settings.checkRunName,
        detailsUrl: target.runUrl,
      });
    }
  }

  /** Creates the check run `in_progress` in the background, while the gate runs. */
  begin(externalId: string): void {
    if (!this.checkRun) return;
    const run = this.checkRun;
    this.started = run.create(externalId).then(
      (ref) => {
        this.deps.log.info(`check run ${this.deps.settings.checkRunName} started: ${ref.url}`);
        return { ref };
      },
      (err: unknown) => {
        const failure = classifyApiError(err);
        this.deps.log.debug(`check run not created at start: ${describeApiFailure(failure)}`);
        // No connection at all ends publishing for the run; a 5xx may pass by the end of the gate.
        if (failure.kind === 'unreachable') this.stopped ??= failure;
        return { failure };
      },
    );
  }

  /** Uploads the artifact, completes the check run, posts the comment: each on its own. */
  async finish(report: Report, outDir: string, o: FinishOptions = {}): Promise<Publication> {
    const pub: Publication = { outcomes: this.outcomes, links: { runUrl: this.deps.target.runUrl } };
    if (o.existingArtifact) {
      pub.artifact = o.existingArtifact;
      pub.links.artifact = { ...o.existingArtifact, id: String(o.existingArtifact.id) };
    }
    if (o.uploadArtifact && !o.cancelled) await this.uploadArtifact(pub, o.uploadArtifact);
    await this.completeCheckRun(pub, report, outDir, o);
    if (o.cancelled) this.skip('PR comment', 'not-applicable', 'the gate was stopped');
    else await this.postComment(pub, report);
    return pub;
  }

  /** The gate could not decide (bad config, internal error): the started check run says so. */
  async fail(title: string, summary: string, annotations: Annotation[] = []): Promise<Publication> {
    const pub: Publication = { outcomes: this.outcomes, links: { runUrl: this.deps.target.runUrl } };
    const ref = await this.startedRef();
    if (!ref || !this.checkRun) return pub;
    await this.guard('check run', async () => {
      await this.checkRun!.complete(ref, {
        conclusion: 'failure',
        output: { title, summary: summary.slice(0, 65_535), text: '' },
        annotations: annotations.slice(0, 50),
      });
      pub.checkRun = ref;
      return `completed as failure: ${title}`;
    });
    return pub;
  }

  private skip(sink: SinkName, reason: SinkOutcome['reason'], detail: string): void {
    this.outcomes.push({ sink, state: 'skipped', reason, detail });
  }

  /**
   * Runs one API sink: a refusal or an outage becomes its outcome, never an exception. The sink
   * returns what it did, or `{ skipped }` when it decided there was nothing to do.
   */
  private async guard(sink: SinkName, fn: () => Promise<string | { skipped: string }>): Promise<void> {
    if (this.stopped) {
      this.skip(sink, 'unavailable', `not attempted: ${describeApiFailure(this.stopped)} earlier`);
      return;
    }
    try {
      const r = await fn();
      if (typeof r === 'string') this.outcomes.push({ sink, state: 'done', detail: r });
      else this.skip(sink, 'not-applicable', r.skipped);
    } catch (err) {
      const f = classifyApiError(err);
      if (f.kind === 'forbidden') this.skip(sink, 'read-only', describeApiFailure(f));
      else {
        if (stopsFurtherCalls(f)) this.stopped = f;
        this.outcomes.push({ sink, state: 'failed', reason: 'error', detail: describeApiFailure(f) });
      }
    }
  }

  private async startedRef(): Promise<CheckRunRef | undefined> {
    if (!this.started) return undefined;
    const s = await this.started;
    return s.ref;
  }

  private async uploadArtifact(pub: Publication, upload: NonNullable<FinishOptions['uploadArtifact']>) {
    try {
      const r = await upload();
      if (typeof r === 'string') {
        this.skip('artifact', r.startsWith('off') ? 'off' : 'not-applicable', r);
        return;
      }
      pub.artifact = r;
      pub.links.artifact = { name: r.name, id: String(r.id), url: r.url };
      this.outcomes.push({ sink: 'artifact', state: 'done', detail: `${r.name} (id ${r.id})` });
    } catch (err) {
      this.outcomes.push({ sink: 'artifact', state: 'failed', reason: 'error', detail: errorMessage(err) });
    }
  }

  private async completeCheckRun(pub: Publication, report: Report, outDir: string, o: FinishOptions) {
    const { settings, target, api } = this.deps;
    if (!settings.checkRun) return this.skip('check run', 'off', `off (${optionRef('check-run', 'false')})`);
    if (!api) return this.skip('check run', 'no-token', this.deps.noApi ?? 'no token');
    if (!target.headSha || !this.checkRun)
      return this.skip('check run', 'not-applicable', 'no commit SHA to put it on');
    const started = this.started ? await this.started : undefined;
    if (started?.failure?.kind === 'forbidden')
      return this.skip('check run', 'read-only', describeApiFailure(started.failure));
    pub.links.checkRun = { name: settings.checkRunName };
    await this.guard('check run', async () => {
      if (o.reuseCompleted && report.bundle) {
        const done = await this.checkRun!.find(
          (c) => c.external_id === report.bundle!.id && c.status === 'completed',
        );
        if (done) {
          pub.checkRun = done;
          pub.links.checkRun = { name: settings.checkRunName, url: done.url };
          return `already published for bundle ${report.bundle.id}: ${done.url}`;
        }
      }
      // Created now if it could not be at the start (GitHub was down then, or the CLI publishes).
      const ref = started?.ref ?? (await this.checkRun!.create(report.bundle?.id ?? `${Date.now()}`));
      pub.links.checkRun = { name: settings.checkRunName, url: ref.url };
      const plan = planAnnotations(report, settings.paths);
      const conclusion: Conclusion = o.cancelled ? 'cancelled' : settings.conclusions[report.action];
      // Its own output does not link to itself.
      const output = checkRunOutput(
        report,
        { ...pub.links, checkRun: undefined },
        plan,
        await readManifest(outDir),
      );
      const r = await this.checkRun!.complete(ref, {
        conclusion,
        output,
        annotations: plan.annotations,
        externalId: report.bundle?.id,
      });
      pub.checkRun = ref;
      return `${conclusion}, ${r.annotated} annotation(s) in ${r.requests} update(s): ${ref.url}`;
    });
    if (!pub.checkRun) delete pub.links.checkRun?.url;
  }

  private async postComment(pub: Publication, report: Report) {
    const { settings, target, api } = this.deps;
    if (settings.comment === 'off')
      return this.skip('PR comment', 'off', `off (${optionRef('comment', 'off')})`);
    if (!target.pullNumber)
      return this.skip(
        'PR comment',
        'not-applicable',
        `not a pull request (set ${optionRef('pr-number')} to comment anyway)`,
      );
    if (!api) return this.skip('PR comment', 'no-token', this.deps.noApi ?? 'no token');
    const mark = marker({ profile: report.profile, verdict: report.verdict, bundle: report.bundle?.id });
    await this.guard('PR comment', async () => {
      const r = await publishStickyComment(
        api,
        { owner: target.owner, repo: target.repo, issue: target.pullNumber!, profile: report.profile },
        commentBody(report, mark, pub.links),
        { verdict: report.verdict, bundle: report.bundle?.id },
        {
          mode: settings.comment as Exclude<CommentMode, 'off'>,
          when: settings.commentWhen,
          author: settings.commentAuthor,
        },
      );
      if (r.id && r.url) pub.comment = { id: r.id, url: r.url };
      if (r.action === 'skipped') return { skipped: r.detail };
      return `${r.action} on #${target.pullNumber}: ${r.detail}${r.url ? ` — ${r.url}` : ''}`;
    });
    if (pub.comment) pub.links.comment = { url: pub.comment.url };
  }
}

async function readManifest(outDir: string): Promise<ManifestEntry[] | undefined> {
  try {
    return (JSON.parse(await readFile(path.join(outDir, MANIFEST), 'utf8')) as Manifest).files;
  } catch {
    return undefined;
  }
}
