import { describe, expect, it } from 'vitest';
import { check, CONFIG, gate, pullRequest } from '../integrity/helpers.js';

// Nothing is loaded before this file (vitest.config.ts): neither the check types nor the full
// reading of a config's YAML, which a valid config is read without.

const RULES = `version: 1
profiles:
  pr: { checks: [gate, secrets] }
checks:
  gate: { type: integrity }
  secrets:
    type: secrets
    baseline: .github/secrets-baseline.txt
`;

describe('integrity names the line of a weakening', () => {
  it('in the head’s config, when the config is the same on both sides and a file it names is not', async () => {
    const baseline = '# reviewed\n4f1c2a9be07d3c55a1e0b6f2 aws config/a.yml:1\n';
    const pr = await pullRequest(
      { [CONFIG]: RULES, '.github/secrets-baseline.txt': baseline },
      {
        [CONFIG]: RULES,
        '.github/secrets-baseline.txt': `${baseline}9a8b7c6d5e4f3a2b1c0d9e8f github-pat src/x.ts:3\n`,
      },
    );
    // The head's config judges (as on a push): both sides are read from their revisions.
    const run = await gate(pr.dir, { env: pr.env, configSource: 'head' });
    const widened = check(run.report.checks, 'gate').findings.find((f) =>
      f.message.startsWith('weakened checks.secrets.baseline'),
    );
    expect(widened).toMatchObject({ level: 'failure', file: CONFIG, line: 8 });
  });
});
