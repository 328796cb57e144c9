import { STEP_NAMES, type StepName } from '../config/environments.js';
import type { Runner } from '../core/runner.js';
import type { FlowResult } from './flow.js';
import type { EnvironmentPlan } from './plan.js';
import type { DeployKind, DeployReport, StepEntry, VerifyPhase } from './types.js';
import { shownInputs } from '../core/sensitive.js';

/** The plan as entries, for a dry run: what would run; nothing ran. */
export function plannedSteps(plan: EnvironmentPlan, redact: (s: string) => string): StepEntry[] {
  const command = (name: StepName): StepEntry[] => {
    const s = plan.steps[name];
    return s
      ? [{ kind: 'command', name, command: redact(s.run), status: 'planned', timeoutMs: s.timeoutMs }]
      : [];
  };
  const verify = (name: VerifyPhase): StepEntry => ({
    kind: 'verify',
    name,
    profile: plan.verify,
    status: 'planned',
  });
  return [
    ...command('snapshot'),
    ...command('deploy'),
    verify('verify'),
    ...(plan.rollback.enabled ? [...command('rollback'), verify('verify-after-rollback')] : []),
  ];
}

export interface DeployMeta {
  kind: DeployKind;
  version: string;
  git: { commit?: string; ref?: string };
  mode: DeployReport['mode'];
  inputs: Readonly<Record<string, string>>;
  runner: Runner;
  startedAt: Date;
  finishedAt: Date;
}

/** The report of a deploy or a drill, before redaction and sealing. */
export function buildDeployReport(plan: EnvironmentPlan, flow: FlowResult, m: DeployMeta): DeployReport {
  const { runner } = m;
  return {
    schemaVersion: 1,
    kind: m.kind,
    tool: { name: 'promotion-gate', version: m.version },
    environment: plan.environment,
    ...(plan.url ? { url: plan.url } : {}),
    ...m.git,
    outcome: flow.outcome,
    status:
      flow.outcome === 'planned'
        ? 'planned'
        : flow.outcome === 'deployed' || flow.outcome === 'passed'
          ? 'passed'
          : 'failed',
    why: flow.why,
    mode: m.mode,
    plan: {
      steps: STEP_NAMES.filter((s) => plan.steps[s]),
      verify: plan.verify,
      rollback: plan.rollback,
      protect: plan.protect,
    },
    steps: flow.steps,
    inputs: shownInputs(m.inputs),
    ...(runner.runId
      ? {
          run: {
            id: runner.runId,
            attempt: String(runner.runAttempt),
            repository: runner.repository,
            event: runner.eventName,
            url: runner.runUrl,
          },
        }
      : {}),
    startedAt: m.startedAt.toISOString(),
    finishedAt: m.finishedAt.toISOString(),
    durationMs: m.finishedAt.getTime() - m.startedAt.getTime(),
  };
}
