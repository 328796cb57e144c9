import { scalar } from './yamlText.js';

/**
 * The starter workflow `init` writes: workflows-templates/promotion-dispatch.yml, copied here
 * because the published package runs without the repository's files, and adapted in a few
 * documented places. `__tests__/init/workflow.test.ts` keeps the copy equal to the template.
 */
export const PROMOTION_DISPATCH_TEMPLATE = `# Promote a release by hand: Actions → promotion → Run workflow. Gates the environment's profile,
# deploys when it promotes (verify, rollback on failure), then watches the environment.
name: promotion
on:
  workflow_dispatch:
    inputs:
      environment:
        description: Environment to promote to
        type: environment
        required: true
      deploy:
        description: Deploy when the gate promotes
        type: boolean
        default: true
      rollback-on-failure:
        description: Roll back when the deploy or its verify fails
        type: boolean
        default: true
      dry-run:
        description: Plan the deploy only
        type: boolean
        default: false
      benchmark-mode:
        description: Benchmark enforcement
        type: choice
        options: [auto, 'off', optional, required]
        default: auto
      min-precision:
        description: "Minimum benchmark precision (empty: the config's)"
        type: string
        default: ''
      min-recall:
        description: "Minimum benchmark recall (empty: the config's)"
        type: string
        default: ''
      benchmark-policy:
        description: "Benchmark policy (empty: the config's)"
        type: string
        default: ''
      extra-inputs:
        description: More config inputs, key=value separated by new lines
        type: string
        default: ''

permissions: {}

jobs:
  promote:
    uses: promotion-gate/promotion-gate/.github/workflows/promote.yml@v1
    # The reusable workflow's jobs get at most these; each job asks only for what it uses.
    permissions:
      contents: read
      checks: write
      actions: read
      deployments: write
      issues: write
    with:
      environment: \${{ inputs.environment }}
      deploy: \${{ inputs.deploy }}
      rollback-on-failure: \${{ inputs.rollback-on-failure }}
      dry-run: \${{ inputs.dry-run }}
      benchmark-mode: \${{ inputs.benchmark-mode }}
      min-precision: \${{ inputs.min-precision }}
      min-recall: \${{ inputs.min-recall }}
      benchmark-policy: \${{ inputs.benchmark-policy }}
      extra-inputs: \${{ inputs.extra-inputs }}
    secrets:
      PROMOTION_GATE_ENV: \${{ secrets.PROMOTION_GATE_ENV }}
`;

export const WORKFLOW_TEMPLATE_PATH = 'workflows-templates/promotion-dispatch.yml';
export const WORKFLOW_PATH = '.github/workflows/promotion.yml';

/** Starter templates worth copying once the first workflow runs, by file name in workflows-templates/. */
export const LATER_TEMPLATES = [
  {
    file: 'promotion-on-push.yml',
    why: 'every push to the default branch gated and deployed to staging (once the config has environments)',
  },
  { file: 'gate-watch.yml', why: 'the prod gate every hour, with an incident issue when it turns' },
  { file: 'weekly-review.yml', why: 'a weekly review of the runs, with trends' },
] as const;

/** Where a user finds a starter template: the repository's v1 tag, which the workflows call too. */
export const templateUrl = (file: string) =>
  `https://github.com/promotion-gate/promotion-gate/blob/v1/workflows-templates/${file}`;

/** Replaces the one occurrence of `from`; a template that changed shape is a bug, not a silent skip. */
function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0)
    throw new Error(`the promotion workflow template changed: "${from.trim()}" is not there exactly once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/**
 * The dispatch workflow for a repository whose config has no `environments:` yet: deploying is
 * off by default (promote.yml's deploy job needs an environment to deploy), and the live checks
 * get the URL to probe as `target-url`, from the run's input or a repository variable.
 */
export function renderWorkflow(opts: { urlVariable: string }): string {
  const variable = /^[A-Z][A-Z0-9_]*$/.test(opts.urlVariable) ? opts.urlVariable : 'STAGING_URL';
  let text = PROMOTION_DISPATCH_TEMPLATE;
  text = edit(
    text,
    'then watches the environment.\n',
    [
      'then watches the environment.',
      '#',
      `# Written by \`promotion-gate init\` from ${WORKFLOW_TEMPLATE_PATH}, changed in two places:`,
      '# - `deploy` is off by default until .github/promotion-gate.yml says how each environment is',
      '#   deployed, verified and rolled back (its `environments:` section; see the README);',
      `# - the live checks probe \`target-url\`: the run's input, else the repository variable ${variable}`,
      '#   (Settings → Secrets and variables → Actions → Variables).',
      '',
    ].join('\n'),
  );
  text = edit(
    text,
    '      deploy:\n        description: Deploy when the gate promotes\n        type: boolean\n        default: true\n',
    [
      '      target-url:',
      `        description: ${scalar(`URL of the deployment the live checks probe (empty: vars.${variable})`)}`,
      '        type: string',
      "        default: ''",
      '      deploy:',
      "        description: Deploy when the gate promotes (needs the config's environments)",
      '        type: boolean',
      '        default: false',
      '',
    ].join('\n'),
  );
  text = edit(
    text,
    '      extra-inputs: ${{ inputs.extra-inputs }}\n',
    [
      '      extra-inputs: |',
      `        target-url=\${{ inputs.target-url || vars.${variable} }}`,
      '        ${{ inputs.extra-inputs }}',
      '',
    ].join('\n'),
  );
  return text;
}
