import { errorMessage } from '../core/errors.js';
import type { GitHubApi } from './client.js';
import { classifyApiError, describeApiFailure } from './errors.js';

/**
 * A GitHub deployment for one deploy run: created in progress before the first step, and moved
 * to its final status with the outcome and the bundle id. GitHub is told, never asked: a token
 * that may not write deployments, or GitHub being down, is said once and changes nothing else.
 *
 * Statuses: deployed → success; rolled-back → failure ("rolled back" in the description; the
 * environment runs what it ran before); failed → failure; rollback-failed and interrupted →
 * error (the environment's state is unknown).
 */

export interface DeploymentTarget {
  owner: string;
  repo: string;
  environment: string;
  /** The commit deployed. */
  ref?: string;
  /** The environment's URL; left out when it holds a secret. */
  url?: string;
  /** Link to the workflow run. */
  logUrl?: string;
  production: boolean;
}

export interface DeploymentLog {
  info(message: string): void;
  warn(message: string): void;
}

/** What the final status is made from. */
export interface DeploymentResult {
  outcome: string;
  bundleId?: string;
}

type State = 'success' | 'failure' | 'error' | 'in_progress' | 'inactive';

export const DESCRIPTION_LIMIT = 140;

const LABEL: Record<string, { state: State; text: string }> = {
  deployed: { state: 'success', text: 'Deployed; verify passed' },
  'rolled-back': { state: 'failure', text: 'Failed and rolled back; the verify after the rollback passed' },
  failed: { state: 'failure', text: 'Failed; not rolled back' },
  'rollback-failed': { state: 'error', text: 'Rollback failed: environment state unknown' },
  interrupted: { state: 'error', text: 'Interrupted: environment state unknown' },
};

function clip(text: string): string {
  const chars = [...text];
  return chars.length <= DESCRIPTION_LIMIT ? text : `${chars.slice(0, DESCRIPTION_LIMIT - 1).join('')}…`;
}

/** The final status of a deploy, or of a run that stopped before it had a report. */
export function finalStatus(
  result: DeploymentResult | undefined,
  error?: unknown,
): {
  state: State;
  description: string;
} {
  if (!result)
    return { state: 'error', description: clip(`promotion-gate could not finish: ${errorMessage(error)}`) };
  const label = LABEL[result.outcome] ?? { state: 'error' as const, text: result.outcome };
  const bundle = result.bundleId ? ` · bundle ${result.bundleId.slice(0, 19)}…` : '';
  return { state: label.state, description: clip(`${label.text}${bundle}`) };
}

export class GitHubDeployment {
  /** The deployment's id once GitHub created it. */
  id?: number;
  /** What could not be done, said once each: for the log and the job summary. */
  readonly notes: string[] = [];

  constructor(
    private readonly api: GitHubApi | undefined,
    /** Why there is no API (no token, not in a repository), when api is undefined. */
    private readonly noApi: string | undefined,
    private readonly t: DeploymentTarget,
    private readonly log: DeploymentLog,
  ) {}

  private skip(what: string, err: unknown): void {
    const f = classifyApiError(err);
    const note =
      f.kind === 'forbidden' || f.kind === 'not-found' || f.kind === 'unauthorized'
        ? `Skipped ${what}: the token may not write deployments (${describeApiFailure(f)}). Grant the job \`permissions: { deployments: write }\`. The deploy itself is not affected.`
        : `Could not ${what === 'the GitHub deployment' ? 'create the GitHub deployment' : `set ${what}`}: ${describeApiFailure(f)}. The deploy itself is not affected.`;
    this.notes.push(note);
    this.log.warn(note);
  }

  /** Creates the deployment and marks it in progress. */
  async start(): Promise<void> {
    if (!this.api) {
      this.notes.push(`Skipped the GitHub deployment: ${this.noApi ?? 'no GitHub API'}.`);
      return;
    }
    if (!this.t.ref) {
      this.notes.push('Skipped the GitHub deployment: the commit being deployed is not known.');
      return;
    }
    try {
      const r = await this.api.rest.repos.createDeployment({
        owner: this.t.owner,
        repo: this.t.repo,
        ref: this.t.ref,
        environment: this.t.environment,
        // The commit was chosen by the workflow: GitHub must neither merge into it nor wait for checks.
        auto_merge: false,
        required_contexts: [],
        description: clip(`promotion-gate deploy of ${this.t.ref.slice(0, 12)} to ${this.t.environment}`),
        payload: {
          tool: 'promotion-gate',
          ...(this.t.logUrl ? { run: this.t.logUrl } : {}),
        },
        transient_environment: false,
        production_environment: this.t.production,
      });
      if (!('id' in r.data) || typeof r.data.id !== 'number') {
        const note = `GitHub did not create the deployment: ${(r.data as { message?: string }).message ?? `answer ${r.status}`}.`;
        this.notes.push(note);
        this.log.warn(note);
        return;
      }
      this.id = r.data.id;
      this.log.info(`GitHub deployment ${this.id} of ${this.t.environment} created`);
    } catch (err) {
      this.skip('the GitHub deployment', err);
      return;
    }
    await this.status('in_progress', clip(`Deploying ${this.t.ref.slice(0, 12)} to ${this.t.environment}`));
  }

  /** Sets the final status; nothing when the deployment was never created. */
  async finish(result: DeploymentResult | undefined, error?: unknown): Promise<void> {
    if (this.id === undefined) return;
    const s = finalStatus(result, error);
    await this.status(s.state, s.description);
  }

  private async status(state: State, description: string): Promise<void> {
    try {
      await this.api!.rest.repos.createDeploymentStatus({
        owner: this.t.owner,
        repo: this.t.repo,
        deployment_id: this.id!,
        state,
        description,
        ...(this.t.url ? { environment_url: this.t.url } : {}),
        ...(this.t.logUrl ? { log_url: this.t.logUrl } : {}),
      });
      this.log.info(`GitHub deployment ${this.id}: ${state} — ${description}`);
    } catch (err) {
      this.skip(`the deployment status ${state}`, err);
    }
  }
}
