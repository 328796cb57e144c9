import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/**
 * The repository's workflows (the reusable ones and CI) and the starter templates, read as the
 * tests need them: the text, the parsed document, and every step with where it sits.
 */

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const WORKFLOWS_DIR = '.github/workflows';
export const TEMPLATES_DIR = 'workflows-templates';
/** How the workflows and templates call the action. */
export const ACTION_USES = 'promotion-gate/promotion-gate@v1';
/** How the templates call the reusable workflows: `<prefix><file>@v1`. */
export const REUSABLE_PREFIX = 'promotion-gate/promotion-gate/.github/workflows/';

export interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  shell?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  if?: string;
}

export interface Job {
  'runs-on'?: unknown;
  needs?: string | string[];
  uses?: string;
  with?: Record<string, unknown>;
  secrets?: Record<string, unknown> | 'inherit';
  outputs?: Record<string, string>;
  permissions?: Record<string, string> | string;
  environment?: unknown;
  concurrency?: { group: string; 'cancel-in-progress'?: boolean | string } | string;
  steps?: Step[];
}

export interface CallInput {
  type: 'string' | 'number' | 'boolean';
  required?: boolean;
  default?: unknown;
  description?: string;
}

export interface Workflow {
  name?: string;
  on: Record<string, unknown> & {
    workflow_call?: {
      inputs?: Record<string, CallInput>;
      secrets?: Record<string, { required?: boolean }>;
      outputs?: Record<string, { value: string }>;
    };
  };
  permissions?: unknown;
  jobs: Record<string, Job>;
}

export interface WorkflowFile {
  /** Relative to the repository root, e.g. `.github/workflows/promote.yml`. */
  rel: string;
  text: string;
  doc: Workflow;
  template: boolean;
}

function read(dir: string, template: boolean): WorkflowFile[] {
  return readdirSync(path.join(ROOT, dir))
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => {
      const rel = `${dir}/${f}`;
      const text = readFileSync(path.join(ROOT, rel), 'utf8');
      return { rel, text, doc: parse(text) as Workflow, template };
    });
}

export const workflows = (): WorkflowFile[] => read(WORKFLOWS_DIR, false);
export const templates = (): WorkflowFile[] => read(TEMPLATES_DIR, true);
export const allFiles = (): WorkflowFile[] => [...workflows(), ...templates()];

/** The reusable workflows (those with `on: workflow_call`), by file name. */
export function reusable(): Map<string, WorkflowFile> {
  return new Map(
    workflows()
      .filter((w) => w.doc.on && Object.hasOwn(w.doc.on, 'workflow_call'))
      .map((w) => [path.basename(w.rel), w]),
  );
}

export interface StepAt {
  file: WorkflowFile;
  job: string;
  index: number;
  step: Step;
  /** e.g. `.github/workflows/promote.yml jobs.gate.steps[2] (gate)` */
  where: string;
}

export function stepsOf(file: WorkflowFile): StepAt[] {
  const out: StepAt[] = [];
  for (const [job, j] of Object.entries(file.doc.jobs ?? {}))
    (j.steps ?? []).forEach((step, index) =>
      out.push({
        file,
        job,
        index,
        step,
        where: `${file.rel} jobs.${job}.steps[${index}]${step.id ? ` (${step.id})` : ''}`,
      }),
    );
  return out;
}

/** The steps that run the action, in every workflow and template. */
export function actionSteps(files = allFiles()): StepAt[] {
  return files.flatMap(stepsOf).filter((s) => s.step.uses === ACTION_USES || s.step.uses === './');
}

/** Every `${{ … }}` expression in a text, without the braces. */
export function expressions(text: string): string[] {
  return [...text.matchAll(/\$\{\{([\s\S]*?)\}\}/g)].map((m) => m[1]!.trim());
}

/** action.yml's declared inputs and outputs. */
export function actionManifest(): {
  inputs: Record<string, { default?: string; required?: boolean }>;
  outputs: Record<string, unknown>;
} {
  return parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8'));
}
