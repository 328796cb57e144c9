import type { StepName } from '../config/environments.js';
import type { EnvironmentPlan, PlannedStep } from './plan.js';
import type { CommandEntry, DeployKind, Outcome, StepEntry, VerifyEntry, VerifyPhase } from './types.js';

/**
 * The order of a deploy and a drill, and what each ending means:
 *
 *   snapshot → deploy → verify                       all passed: deployed
 *   … a failure, rollback on: rollback → verify       it passed: rolled-back; else rollback-failed
 *   … a failure, rollback off or protected            failed (a protected environment raises an alert)
 *
 * A drill is the same flow with the first verify recorded as failed, so the rollback always runs.
 * Stopping the run ends the flow where it is: `interrupted`, nothing further runs.
 */

export interface FlowDeps {
  runStep(step: PlannedStep): Promise<CommandEntry>;
  runVerify(phase: VerifyPhase): Promise<VerifyEntry>;
  signal?: AbortSignal;
}

export interface FlowResult {
  steps: StepEntry[];
  outcome: Outcome;
  why: string;
  /** Set when a person must act: a protected environment was left as the failed deploy made it. */
  alert?: string;
}

function describeCommand(e: CommandEntry): string {
  return `${e.name} ${e.detail ?? e.status}`;
}

function describeVerify(e: VerifyEntry): string {
  if (e.status === 'forced-failed') return `verify (${e.profile}) recorded as failed by the drill`;
  const what = e.verdict ? `${e.verdict}${e.blockers?.length ? `: ${e.blockers.join(', ')}` : ''}` : e.status;
  return `${e.name} (${e.profile}) ${e.detail ?? what}`;
}

export async function runFlow(kind: DeployKind, plan: EnvironmentPlan, d: FlowDeps): Promise<FlowResult> {
  const steps: StepEntry[] = [];
  const drill = kind === 'drill';
  const env = plan.environment;
  const stopped = () => d.signal?.aborted === true;
  const interrupted = (during: string): FlowResult => ({
    steps,
    outcome: 'interrupted',
    why: `stopped during ${during}${d.signal?.reason instanceof Error ? ` (${d.signal.reason.message})` : ''}; nothing after it ran`,
  });
  const command = async (name: StepName) => {
    const e = await d.runStep(plan.steps[name]!);
    steps.push(e);
    return e;
  };
  const verify = async (phase: VerifyPhase) => {
    const e = await d.runVerify(phase);
    steps.push(e);
    return e;
  };

  if (plan.steps.snapshot) {
    const s = await command('snapshot');
    if (s.status === 'interrupted' || stopped()) return interrupted('snapshot');
    if (s.status !== 'passed') {
      const why = `${describeCommand(s)}: nothing was deployed`;
      return { steps, outcome: 'failed', why: drill ? `${why}, and the rollback was not reached` : why };
    }
  }

  let failure: string | undefined;
  const deployed = await command('deploy');
  if (deployed.status === 'interrupted' || stopped()) return interrupted('deploy');
  if (deployed.status !== 'passed') failure = describeCommand(deployed);
  else if (drill) {
    const forced: VerifyEntry = {
      kind: 'verify',
      name: 'verify',
      profile: plan.verify,
      status: 'forced-failed',
      detail: 'not run: the drill records it as failed, so that the rollback runs',
    };
    steps.push(forced);
    failure = describeVerify(forced);
  } else {
    const v = await verify('verify');
    if (v.status === 'interrupted' || stopped()) return interrupted('verify');
    if (v.status !== 'passed') failure = describeVerify(v);
  }
  if (failure === undefined)
    return { steps, outcome: 'deployed', why: `deploy ran and verify (${plan.verify}) passed` };

  if (!plan.rollback.enabled) {
    const why = `${failure}; ${plan.rollback.reason}`;
    return plan.protect
      ? {
          steps,
          outcome: 'failed',
          why,
          alert: `${env}: ${failure}; it is protected, so nothing was rolled back — a person must decide`,
        }
      : { steps, outcome: 'failed', why };
  }

  const r = await command('rollback');
  if (r.status === 'interrupted' || stopped()) return interrupted('rollback');
  if (r.status !== 'passed')
    return {
      steps,
      outcome: 'rollback-failed',
      why: `${failure}; ${describeCommand(r)}: ${env} is in an unknown state`,
      alert: `${env}: the rollback failed (${r.detail ?? r.status}); the environment is in an unknown state`,
    };
  const after = await verify('verify-after-rollback');
  if (after.status === 'interrupted' || stopped()) return interrupted('verify-after-rollback');
  if (after.status !== 'passed')
    return {
      steps,
      outcome: 'rollback-failed',
      why: `${failure}; rolled back, but ${describeVerify(after)}: ${env} is in an unknown state`,
      alert: `${env}: the verify after the rollback failed; the environment is in an unknown state`,
    };
  return {
    steps,
    outcome: drill ? 'passed' : 'rolled-back',
    why: drill
      ? `the rollback ran and the verify after it (${plan.verify}) passed`
      : `${failure}; rolled back, and the verify after it (${plan.verify}) passed`,
  };
}

/** The plan as words, for a dry run and for the report of what would run. */
export function describePlan(plan: EnvironmentPlan): string {
  const order = [...(plan.steps.snapshot ? ['snapshot'] : []), 'deploy', `verify (${plan.verify})`].join(
    ' → ',
  );
  const onFailure = plan.rollback.enabled
    ? `on failure: rollback → verify (${plan.verify})`
    : `on failure: no rollback — ${plan.rollback.reason}`;
  return `${order}; ${onFailure}`;
}
