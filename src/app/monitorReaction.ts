import { createHttpClient } from '../adapters/http.js';
import type { Logger } from '../adapters/logger.js';
import type { LoadedConfig } from '../config/load.js';
import { errorMessage } from '../core/errors.js';
import type { Redactor } from '../core/redact.js';
import type { Runner } from '../core/runner.js';
import { runStep } from '../deploy/step.js';
import { type IssueSink, raiseAlert } from '../monitor/alert.js';
import type { MonitorPlan } from '../monitor/plan.js';
import { monitorNotice, react, type ReactionResult } from '../monitor/reaction.js';
import { whyOf } from '../monitor/report.js';
import type { ActionTaken, Classification } from '../monitor/types.js';
import type { NoticeLink } from '../notify/message.js';
import type { PlannedWebhook } from '../notify/plan.js';
import { VERSION } from '../version.js';
import { verifyPhase } from './deploy.js';

/**
 * The monitor's reaction wired to the parts that carry it out: the environment's rollback step
 * and verify profile (as a deploy runs them), the incident issue and the webhooks. Nothing here
 * throws: a reaction that breaks leaves the environment degraded, and says so.
 */

export interface ReactionContext {
  plan: MonitorPlan;
  webhooks: readonly PlannedWebhook[];
  opts: {
    configPath: string;
    env: Readonly<Record<string, string | undefined>>;
    inputs: Record<string, string>;
    cwd: string;
    signal?: AbortSignal;
    issues?: IssueSink;
    links?: NoticeLink[];
  };
  config: LoadedConfig;
  redactor: Redactor;
  logger: Logger;
  outDir: string;
  runner: Runner;
  git: { commit?: string; ref?: string };
  deployment: string;
  runId: string;
  problems: string[];
  now: () => Date;
}

export async function reactTo(r: ReactionContext, c: Classification): Promise<ReactionResult> {
  const { plan, opts, logger, redactor } = r;
  const decided = plan.reaction.decided;
  logger.error(`${plan.environment} is DEGRADED: ${c.reasons.map((x) => x.message).join('; ')}`);
  logger.info(`reaction: ${plan.reaction.reason}`);
  const notice = (taken: ActionTaken) =>
    redactor.redactDeep(
      monitorNotice({
        environment: plan.environment,
        deployment: r.deployment,
        ...(r.git.commit ? { commit: r.git.commit } : {}),
        why: whyOf('degraded', taken, c, { windowMs: plan.windowMs }),
        taken,
        classification: c,
        links: [
          ...(r.runner.runUrl ? [{ label: 'Workflow run', url: r.runner.runUrl }] : []),
          ...(opts.links ?? []),
        ],
        at: r.now().toISOString(),
      }),
    );
  try {
    return await react(decided, {
      rollback: () =>
        runStep(plan.rollback!.steps.rollback!, {
          outDir: r.outDir,
          env: opts.env,
          context: {
            environment: plan.environment,
            ...(r.git.commit ? { commit: r.git.commit } : {}),
            ...(plan.url ? { url: plan.url } : {}),
            inputs: opts.inputs,
            drill: false,
            dryRun: false,
          },
          redactor,
          logger,
          signal: opts.signal,
          now: r.now,
        }),
      verify: () =>
        verifyPhase(
          'verify-after-rollback',
          plan.rollback!,
          {
            configPath: opts.configPath,
            environment: plan.environment,
            inputs: opts.inputs,
            env: opts.env,
            cwd: opts.cwd,
            logger,
            now: r.now,
            signal: opts.signal,
          },
          r.config,
          r.outDir,
          redactor,
          r.now,
        ),
      alert: (events, taken) =>
        raiseAlert(plan.environment, notice(taken), events, {
          issues: opts.issues ?? { skipped: 'no GitHub repository and token given' },
          webhooks: r.webhooks,
          http: createHttpClient(`promotion-gate/${VERSION}`),
          redactor,
          logger,
          runKey: r.runId,
          signal: opts.signal,
        }),
    });
  } catch (err) {
    // Whatever broke, the environment is still degraded: a rollback that did not finish leaves it
    // in an unknown state, and the alert is the report, the summary and the exit code.
    const problem = `the reaction ${decided} failed: ${errorMessage(err)}`;
    r.problems.push(problem);
    logger.error(problem);
    return {
      taken: decided === 'rollback' ? 'rollback-failed' : decided === 'alert' ? 'alerted' : 'none',
      steps: [],
    };
  }
}
