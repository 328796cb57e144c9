import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { OPTIONS } from '../../src/app/options.js';
import {
  ACTION_USES,
  actionManifest,
  actionSteps,
  allFiles,
  expressions,
  type Job,
  REUSABLE_PREFIX,
  reusable,
  ROOT,
  stepsOf,
  TEMPLATES_DIR,
  templates,
  type WorkflowFile,
  workflows,
} from './files.js';

/**
 * The glue between the workflows, the templates and the action: every name one of them uses is
 * declared where it points — action inputs and outputs, step and job outputs, reusable workflows
 * and their inputs — so a rename on one side fails here, not in a user's run.
 */

const action = actionManifest();
const called = reusable();

/** Every `<kind>.X.outputs.Y` reference in a job, with where it is written. */
function references(job: Job, kind: 'steps' | 'needs' | 'jobs'): { from: string; output: string }[] {
  const out: { from: string; output: string }[] = [];
  const re = new RegExp(`\\b${kind}\\.([\\w-]+)\\.outputs\\.([\\w-]+)`, 'g');
  for (const e of expressions(JSON.stringify(job)))
    for (const m of e.matchAll(re)) out.push({ from: m[1]!, output: m[2]! });
  return out;
}

const needsOf = (job: Job): string[] => (job.needs === undefined ? [] : [job.needs].flat());

/** The file a job calls, when it calls one of the reusable workflows. */
function calledFile(job: Job): string | undefined {
  if (!job.uses) return undefined;
  if (job.uses.startsWith(REUSABLE_PREFIX)) return job.uses.slice(REUSABLE_PREFIX.length).replace(/@.*$/, '');
  if (job.uses.startsWith('./.github/workflows/')) return path.basename(job.uses);
  return undefined;
}

/** Outputs a `run:` step writes to $GITHUB_OUTPUT (`echo "name=…" >> "$GITHUB_OUTPUT"`). */
function runOutputs(run: string): string[] {
  if (!run.includes('GITHUB_OUTPUT')) return [];
  return [...run.matchAll(/echo "([\w-]+)=/g)].map((m) => m[1]!);
}

/** What `X.outputs.*` may name, for the job (or workflow) `scope`. */
function declaredOutputs(
  file: WorkflowFile,
  jobName: string,
  kind: 'steps' | 'needs' | 'jobs',
  from: string,
) {
  if (kind === 'steps') {
    const step = (file.doc.jobs[jobName]!.steps ?? []).find((s) => s.id === from);
    if (!step) return { error: `no step with id ${from} in job ${jobName}` };
    if (step.uses === ACTION_USES || step.uses === './') return { names: Object.keys(action.outputs) };
    if (typeof step.run === 'string') return { names: runOutputs(step.run) };
    return { error: `step ${from} uses ${step.uses}, whose outputs this test does not know` };
  }
  if (kind === 'needs' && !needsOf(file.doc.jobs[jobName]!).includes(from))
    return { error: `job ${jobName} reads needs.${from} but does not need it` };
  const job = file.doc.jobs[from];
  if (!job) return { error: `no job ${from}` };
  const target = calledFile(job);
  if (target) {
    const wf = called.get(target);
    return wf
      ? { names: Object.keys(wf.doc.on.workflow_call?.outputs ?? {}) }
      : { error: `job ${from} calls ${target}, which is not a reusable workflow here` };
  }
  return { names: Object.keys(job.outputs ?? {}) };
}

/** What is wrong with a job's call of a reusable workflow: unknown file, inputs, types, secrets. */
function callProblems(where: string, job: Job): string[] {
  const problems: string[] = [];
  const target = calledFile(job);
  const wf = target ? called.get(target) : undefined;
  if (!wf) return [`${where}: uses ${job.uses}, which is not a reusable workflow of ${REUSABLE_PREFIX}`];
  const call = wf.doc.on.workflow_call!;
  const inputs = call.inputs ?? {};
  for (const [key, value] of Object.entries(job.with ?? {})) {
    const spec = Object.hasOwn(inputs, key) ? inputs[key] : undefined;
    if (!spec) {
      problems.push(`${where}: input "${key}" is not declared by ${target}`);
      continue;
    }
    const literal = !(typeof value === 'string' && value.includes('${{'));
    if (literal && typeof value !== spec.type)
      problems.push(`${where}: input "${key}" of ${target} is a ${spec.type}, got ${JSON.stringify(value)}`);
  }
  for (const [key, spec] of Object.entries(inputs))
    if (spec.required && !Object.hasOwn(job.with ?? {}, key))
      problems.push(`${where}: ${target} requires input "${key}"`);
  if (job.secrets === 'inherit') problems.push(`${where}: secrets: inherit hands over every secret`);
  for (const key of Object.keys(job.secrets ?? {}))
    if (!Object.hasOwn(call.secrets ?? {}, key))
      problems.push(`${where}: secret "${key}" is not declared by ${target}`);
  return problems;
}

describe('the glue between workflows, templates and the action', () => {
  it('every with: key of a step that runs the action is an input action.yml declares', () => {
    const declared = new Set(Object.keys(action.inputs));
    const undeclared = actionSteps()
      .flatMap((s) => Object.keys(s.step.with ?? {}).map((key) => ({ key, where: s.where })))
      .filter((x) => !declared.has(x.key));
    const byKey = new Map<string, string[]>();
    for (const u of undeclared) byKey.set(u.key, [...(byKey.get(u.key) ?? []), u.where]);
    expect(
      [...byKey].map(
        ([key, where]) => `input "${key}" is not declared in action.yml (used by ${where.join(', ')})`,
      ),
    ).toEqual([]);
  });

  it('every command: a step gives the action is one it runs', () => {
    const unknown: string[] = [];
    for (const s of actionSteps()) {
      const command = s.step.with?.command;
      if (command === undefined) continue;
      try {
        OPTIONS.command.parse(String(command), 'input command');
      } catch (err) {
        unknown.push(`${s.where}: ${(err as Error).message}`);
      }
    }
    expect(unknown).toEqual([]);
  });

  it('every steps.X.outputs.Y, needs.X.outputs.Y and jobs.X.outputs.Y names a declared output', () => {
    const problems: string[] = [];
    for (const file of allFiles()) {
      for (const [jobName, job] of Object.entries(file.doc.jobs))
        for (const kind of ['steps', 'needs'] as const)
          for (const r of references(job, kind)) {
            const d = declaredOutputs(file, jobName, kind, r.from);
            if (d.error)
              problems.push(`${file.rel} jobs.${jobName}: ${kind}.${r.from}.outputs.${r.output}: ${d.error}`);
            else if (!d.names!.includes(r.output))
              problems.push(
                `${file.rel} jobs.${jobName}: ${kind}.${r.from}.outputs.${r.output} is not declared (declared: ${d.names!.join(', ') || 'none'})`,
              );
          }
      const outputs = file.doc.on?.workflow_call?.outputs ?? {};
      for (const [name, o] of Object.entries(outputs))
        for (const r of references({ outputs: { [name]: o.value } }, 'jobs')) {
          const d = declaredOutputs(file, '', 'jobs', r.from);
          if (d.error || !d.names!.includes(r.output))
            problems.push(
              `${file.rel} on.workflow_call.outputs.${name}: jobs.${r.from}.outputs.${r.output} is not declared${d.error ? `: ${d.error}` : ''}`,
            );
        }
    }
    expect(problems).toEqual([]);
  });

  it('every called reusable workflow exists and gets only inputs and secrets it declares, and all it requires', () => {
    const problems: string[] = [];
    let calls = 0;
    for (const file of allFiles())
      for (const [jobName, job] of Object.entries(file.doc.jobs)) {
        if (!job.uses) continue;
        calls++;
        problems.push(...callProblems(`${file.rel} jobs.${jobName}`, job));
        if (file.template && !job.uses.endsWith('@v1'))
          problems.push(
            `${file.rel} jobs.${jobName}: templates call the published ref (@v1), not ${job.uses}`,
          );
      }
    expect(problems).toEqual([]);
    expect(calls).toBeGreaterThanOrEqual(9);
  });

  it('a template grants every permission the jobs of the workflow it calls ask for (GitHub refuses the run otherwise)', () => {
    const rank: Record<string, number> = { none: 0, read: 1, write: 2 };
    const problems: string[] = [];
    for (const file of templates())
      for (const [jobName, job] of Object.entries(file.doc.jobs)) {
        const wf = called.get(calledFile(job) ?? '');
        if (!wf) continue;
        const granted = (typeof job.permissions === 'object' ? job.permissions : {}) as Record<
          string,
          string
        >;
        for (const [calledJob, cj] of Object.entries(wf.doc.jobs))
          for (const [scope, level] of Object.entries((cj.permissions ?? {}) as Record<string, string>))
            if ((rank[granted[scope] ?? 'none'] ?? 0) < (rank[level] ?? 0))
              problems.push(
                `${file.rel} jobs.${jobName}: ${path.basename(wf.rel)} jobs.${calledJob} asks for ${scope}: ${level}, granted ${granted[scope] ?? 'none'}`,
              );
      }
    expect(problems).toEqual([]);
  });

  it("the README's uses: block of each reusable workflow is a valid call", () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('\n## Workflows\n'));
    const block = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
    expect(block, 'a yaml block in the Workflows section').toBeDefined();
    const jobs = (parse(block!) as { jobs: Record<string, Job> }).jobs;
    const problems = Object.entries(jobs).flatMap(([name, job]) => callProblems(`README jobs.${name}`, job));
    expect(problems).toEqual([]);
    expect(new Set(Object.values(jobs).map(calledFile))).toEqual(new Set(called.keys()));
  });

  it('the reusable workflows are the ones the README promises, each calling the action', () => {
    expect([...called.keys()].sort()).toEqual(
      [
        'aggregate.yml',
        'checkpoint.yml',
        'drift.yml',
        'drill.yml',
        'monitor.yml',
        'promote.yml',
        'publish.yml',
        'review.yml',
        'watch.yml',
      ].sort(),
    );
    for (const [name, wf] of called) expect(actionSteps([wf]).length, name).toBeGreaterThan(0);
  });

  it('workflow_call inputs are typed, with defaults of their type', () => {
    const problems: string[] = [];
    for (const [name, wf] of called)
      for (const [key, spec] of Object.entries(wf.doc.on.workflow_call?.inputs ?? {})) {
        if (!['string', 'number', 'boolean'].includes(spec.type))
          problems.push(`${name} ${key}: type ${spec.type}`);
        if (!spec.description) problems.push(`${name} ${key}: no description`);
        if (spec.default !== undefined && typeof spec.default !== spec.type)
          problems.push(`${name} ${key}: default ${JSON.stringify(spec.default)} is not a ${spec.type}`);
      }
    expect(problems).toEqual([]);
  });
});

const PROPERTIES = z.strictObject({
  name: z.string().min(1).max(100),
  description: z.string().min(1).max(300),
  iconName: z.string().regex(/^(octicon [a-z0-9-]+|[\w-]+)$/),
  categories: z.array(z.string().min(1)).min(1),
  filePatterns: z
    .array(
      z.string().refine((p) => {
        try {
          new RegExp(p);
          return true;
        } catch {
          return false;
        }
      }, 'not a regular expression'),
    )
    .optional(),
  creator: z.string().optional(),
  labels: z.array(z.string()).optional(),
});

describe('the starter templates', () => {
  const dir = path.join(ROOT, TEMPLATES_DIR);
  const names = templates().map((t) => path.basename(t.rel, '.yml'));

  it('are the ones the README promises', () => {
    expect(names).toEqual(
      [
        'drift-monitor',
        'gate-watch',
        'maturity-aggregate',
        'monthly-checkpoint',
        'post-deploy-monitor',
        'promotion-dispatch',
        'promotion-on-push',
        'rollback-drill',
        'weekly-review',
      ].sort(),
    );
  });

  it.each(names)('%s has a valid .properties.json, and no properties file lacks its template', (name) => {
    const file = path.join(dir, `${name}.properties.json`);
    expect(existsSync(file), `${TEMPLATES_DIR}/${name}.properties.json`).toBe(true);
    const props = PROPERTIES.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    expect(props.error?.issues ?? []).toEqual([]);
    const icon = props.data!.iconName;
    // An icon that is not an octicon is an SVG beside the template.
    if (!icon.startsWith('octicon ')) expect(existsSync(path.join(dir, `${icon}.svg`)), icon).toBe(true);
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.properties.json')))
      expect(existsSync(path.join(dir, f.replace('.properties.json', '.yml'))), f).toBe(true);
  });

  it('keep the cadences: drift Monday 02:00, checkpoint the 1st 04:00, drill the 1st 03:00 (UTC)', () => {
    const cron = (name: string) =>
      (templates().find((t) => t.rel.endsWith(`/${name}.yml`))!.doc.on.schedule as { cron: string }[])[0]!
        .cron;
    expect(cron('drift-monitor')).toBe('0 2 * * 1');
    expect(cron('monthly-checkpoint')).toBe('0 4 1 * *');
    expect(cron('rollback-drill')).toBe('0 3 1 * *');
  });

  it('promotion-dispatch asks for an environment and offers the benchmark modes as a choice', () => {
    const t = templates().find((x) => x.rel.endsWith('/promotion-dispatch.yml'))!;
    const inputs = (
      t.doc.on.workflow_dispatch as { inputs: Record<string, { type: string; options?: string[] }> }
    ).inputs;
    expect(inputs.environment!.type).toBe('environment');
    expect(inputs['benchmark-mode']).toMatchObject({
      type: 'choice',
      options: ['auto', 'off', 'optional', 'required'],
    });
    expect(Object.keys(inputs).length).toBeLessThanOrEqual(25);
  });
});

describe('the safety of the workflows and templates', () => {
  /** Expressions inside `run:` scripts: the runner pastes them into the script before bash reads it. */
  const expressionsInRun = (files: WorkflowFile[]) =>
    files
      .flatMap(stepsOf)
      .filter((s) => typeof s.step.run === 'string' && s.step.run.includes('${{'))
      .map((s) => `${s.where}: ${expressions(s.step.run!).join(', ')}`);

  it('no run: script holds an expression: values reach scripts through env:', () => {
    expect(expressionsInRun(allFiles())).toEqual([]);
    const text = 'on: push\njobs:\n  a:\n    steps:\n      - run: echo "${{ github.event.issue.title }}"\n';
    const planted = { rel: 'planted.yml', text, doc: parse(text), template: false } as WorkflowFile;
    expect(expressionsInRun([planted])).toEqual(['planted.yml jobs.a.steps[0]: github.event.issue.title']);
  });

  it('every action other than our own is pinned to a full commit SHA with its version beside it', () => {
    const unpinned = allFiles().flatMap((f) =>
      f.text
        .split('\n')
        .map((line, i) => ({ line: line.trim(), at: `${f.rel}:${i + 1}` }))
        .filter(({ line }) => /^(- )?uses:/.test(line))
        .filter(({ line }) => {
          const ref = line.replace(/^(- )?uses:\s*/, '');
          if (ref === './' || ref.startsWith(ACTION_USES) || ref.startsWith(REUSABLE_PREFIX)) return false;
          return !/^[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+(\.\d+)*$/.test(ref);
        })
        .map(({ line, at }) => `${at}: ${line}`),
    );
    expect(unpinned).toEqual([]);
  });

  it('permissions are empty at the top and granted per job', () => {
    const problems: string[] = [];
    for (const f of [...called.values(), ...templates()]) {
      if (JSON.stringify(f.doc.permissions) !== '{}')
        problems.push(`${f.rel}: top-level permissions must be {}`);
      for (const [name, job] of Object.entries(f.doc.jobs))
        if (job.permissions === undefined || typeof job.permissions === 'string')
          problems.push(`${f.rel} jobs.${name}: no permissions of its own`);
    }
    expect(problems).toEqual([]);
  });

  it('jobs that deploy or drill run in their GitHub environment, one at a time per environment', () => {
    const problems: string[] = [];
    for (const s of actionSteps()) {
      const command = s.step.with?.command;
      if (command !== 'deploy' && command !== 'drill') continue;
      const job = s.file.doc.jobs[s.job]!;
      if (!job.environment) problems.push(`${s.where}: job ${s.job} has no environment:`);
      const c = job.concurrency;
      if (
        typeof c !== 'object' ||
        !c.group.includes('inputs.environment') ||
        c['cancel-in-progress'] !== false
      )
        problems.push(
          `${s.where}: job ${s.job} needs concurrency per environment with cancel-in-progress: false`,
        );
    }
    expect(problems).toEqual([]);
  });

  it('the secret environment step is the same in every workflow that has it', () => {
    const blocks = workflows()
      .flatMap(stepsOf)
      .filter((s) => s.step.name === 'Secret environment')
      .map((s) => ({ where: s.where, text: JSON.stringify(s.step) }));
    expect(blocks.length).toBeGreaterThanOrEqual(6);
    for (const b of blocks) expect(b.text, b.where).toBe(blocks[0]!.text);
  });
});
