import { createExec, type ExecResult } from '../adapters/exec.js';
import type { Logger } from '../adapters/logger.js';
import { formatDuration } from '../core/duration.js';
import { UsageError } from '../core/errors.js';
import type { Redactor } from '../core/redact.js';
import { createEvidenceWriter } from '../engine/evidence.js';
import type { PlannedStep } from './plan.js';
import type { CommandEntry } from './types.js';

/** What every step is told, as environment variables: never pasted into its command line. */
export interface StepContext {
  environment: string;
  commit?: string;
  url?: string;
  inputs: Readonly<Record<string, string>>;
  drill: boolean;
  /** PROMOTION_GATE_DRY_RUN=1: a drill that is not live. */
  dryRun: boolean;
}

/** Variables this tool sets for steps; inherited ones of the same names are dropped first. */
const OWN = /^PROMOTION_GATE_(ENVIRONMENT|SHA|URL|STEP|DRILL|DRY_RUN|INPUT_.*)$/;

/** `--input target-url=…` → PROMOTION_GATE_INPUT_TARGET_URL; two inputs may not land on one name. */
export function inputVariables(inputs: Readonly<Record<string, string>>): Record<string, string> {
  const out = Object.create(null) as Record<string, string>;
  const from = new Map<string, string>();
  for (const [k, v] of Object.entries(inputs)) {
    const name = `PROMOTION_GATE_INPUT_${k.toUpperCase().replace(/-/g, '_')}`;
    const other = from.get(name);
    if (other !== undefined)
      throw new UsageError(`inputs "${other}" and "${k}" would both reach the steps as ${name}; rename one`);
    from.set(name, k);
    out[name] = v;
  }
  return out;
}

export function stepEnvironment(
  base: Readonly<Record<string, string | undefined>>,
  step: PlannedStep,
  c: StepContext,
): Record<string, string | undefined> {
  // Null prototype: a variable named like a built-in member (`__proto__`) stays a variable.
  const env = Object.create(null) as Record<string, string | undefined>;
  for (const [k, v] of Object.entries(base)) if (!OWN.test(k)) env[k] = v;
  return {
    ...env,
    ...step.env,
    ...inputVariables(c.inputs),
    PROMOTION_GATE_ENVIRONMENT: c.environment,
    PROMOTION_GATE_STEP: step.name,
    ...(c.commit ? { PROMOTION_GATE_SHA: c.commit } : {}),
    ...(c.url ? { PROMOTION_GATE_URL: c.url } : {}),
    ...(c.drill ? { PROMOTION_GATE_DRILL: '1' } : {}),
    ...(c.dryRun ? { PROMOTION_GATE_DRY_RUN: '1' } : {}),
  };
}

const EXCERPT_LINES = 40;
const EXCERPT_CHARS = 4000;

/** The end of the output: what a reader of the report wants first. */
export function excerpt(output: string): string {
  const lines = output.replace(/\s+$/, '').split('\n');
  let text = lines.slice(-EXCERPT_LINES).join('\n');
  if (text.length > EXCERPT_CHARS) text = `…${text.slice(-EXCERPT_CHARS)}`;
  else if (lines.length > EXCERPT_LINES) text = `…\n${text}`;
  return text;
}

export interface StepDeps {
  outDir: string;
  env: Readonly<Record<string, string | undefined>>;
  context: StepContext;
  redactor: Redactor;
  logger: Logger;
  signal?: AbortSignal;
  now: () => Date;
}

interface StepRun {
  result?: ExecResult;
  /** The shell could not be started. */
  error?: string;
  timedOut: boolean;
  interrupted: boolean;
}

const exec = createExec();

/**
 * Runs the step's shell with the project's process runner, which ends every process the step
 * started — at its exit, at its timeout, or when the run is stopped — even one that left the
 * process group (`setsid`, a double fork): a tunnel or `kubectl port-forward &` left behind
 * would otherwise outlive the step and meet the next one.
 */
async function runShell(step: PlannedStep, d: StepDeps): Promise<StepRun> {
  if (d.signal?.aborted) return { error: 'not started: stopped', timedOut: false, interrupted: true };
  // One signal for both ways a step is stopped; which one fired is kept to tell them apart.
  const stop = new AbortController();
  let why: 'timeout' | 'interrupt' | undefined;
  const halt = (reason: 'timeout' | 'interrupt') => {
    why ??= reason;
    stop.abort();
  };
  const timer = setTimeout(() => halt('timeout'), step.timeoutMs);
  const onAbort = () => halt('interrupt');
  d.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const result = await exec.shell(step.run, {
      cwd: step.cwd,
      env: stepEnvironment(d.env, step, d.context),
      signal: stop.signal,
      maxOutputBytes: step.maxOutputBytes,
    });
    // A stop that came after the shell had ended stopped nothing: the step ran to its end.
    const stopped = result.aborted ? why : undefined;
    return { result, timedOut: stopped === 'timeout', interrupted: stopped === 'interrupt' };
  } catch (err) {
    return { error: (err as Error).message, timedOut: false, interrupted: false };
  } finally {
    clearTimeout(timer);
    d.signal?.removeEventListener('abort', onAbort);
  }
}

/** Runs one step; its whole (bounded, redacted) output becomes `evidence/<step>/output.log`. */
export async function runStep(step: PlannedStep, d: StepDeps): Promise<CommandEntry> {
  const command = d.redactor.redact(step.run);
  const startedAt = d.now().toISOString();
  const began = performance.now();
  d.logger.info(`▶ ${step.name}: $ ${command}`);
  const run = await runShell(step, d);
  const r = run.result;
  const durationMs = r?.durationMs ?? Math.round(performance.now() - began);
  const leftBehind = (r?.leftover ?? 0) > 0;
  const written: string[] = [];
  const writer = createEvidenceWriter(d.outDir, step.name, d.redactor, written);
  const evidence = await writer.write('output.log', r?.output ?? '');
  writer.close();
  const output = excerpt(d.redactor.redact(r?.output ?? ''));
  const base = {
    kind: 'command' as const,
    name: step.name,
    command,
    startedAt,
    durationMs,
    exitCode: r?.exitCode ?? null,
    signal: r?.signal ?? null,
    timedOut: run.timedOut,
    timeoutMs: step.timeoutMs,
    output,
    outputBytes: r?.outputBytes ?? 0,
    ...(leftBehind ? { leftBehind: true } : {}),
    evidence,
  };
  let entry: CommandEntry;
  if (run.interrupted) entry = { ...base, status: 'interrupted', detail: 'stopped while running' };
  else if (run.timedOut)
    entry = { ...base, status: 'timed-out', detail: `timed out after ${formatDuration(step.timeoutMs)}` };
  else if (run.error !== undefined || !r)
    entry = { ...base, status: 'error', detail: `could not run: ${d.redactor.redact(run.error ?? '')}` };
  else if (r.exitCode === 0) entry = { ...base, status: 'passed' };
  else
    entry = {
      ...base,
      status: 'failed',
      detail: r.exitCode === null ? `ended by signal ${r.signal}` : `exited with ${r.exitCode}`,
    };
  const mark = entry.status === 'passed' ? '✔' : '✖';
  d.logger.info(
    `${mark} ${step.name}: ${entry.status}${entry.detail ? ` (${entry.detail})` : ''} in ${formatDuration(durationMs)}`,
  );
  if (leftBehind)
    d.logger.warn(`${step.name} left processes running when its shell ended; they were stopped`);
  return entry;
}
