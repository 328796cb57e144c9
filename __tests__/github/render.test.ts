import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planAnnotations } from '../../src/github/annotations.js';
import { checkRunOutput, commentBody, jobSummary } from '../../src/github/render.js';
import { marker } from '../../src/github/stickyComment.js';
import { holdReport } from '../report/fixtures.js';

const OUT = path.join(import.meta.dirname, '..', '__outputs__');

/** What reviewers see on GitHub is committed; a format change shows up as a reviewed diff. */
async function matchesCommitted(name: string, text: string): Promise<void> {
  const file = path.join(OUT, name);
  if (process.env.UPDATE_OUTPUTS) await writeFile(file, text);
  expect(text).toBe(await readFile(file, 'utf8'));
}

const report = {
  ...holdReport,
  bundle: { id: `sha256:${'9f86d081'.repeat(8)}`, manifest: 'manifest.json', files: 4 },
};
const links = {
  runUrl: 'https://github.com/acme/permits/actions/runs/4242',
  artifact: {
    name: 'promotion-gate-staging-attempt-1',
    id: '7001',
    url: 'https://github.com/acme/permits/actions/runs/4242/artifacts/7001',
  },
  checkRun: { name: 'promotion-gate (staging)', url: 'https://github.com/acme/permits/runs/1001' },
};
const manifest = [
  { path: 'evidence/smoke/responses.json', sha256: 'a1'.repeat(32), size: 2048 },
  { path: 'report.json', sha256: 'b2'.repeat(32), size: 9120 },
  { path: 'report.md', sha256: 'c3'.repeat(32), size: 3300 },
];

describe('what is published on GitHub', () => {
  it('check run: title, summary and evidence text', async () => {
    const out = checkRunOutput(report, { ...links, checkRun: undefined }, planAnnotations(report), manifest);
    expect(out.title).toBe(
      'Hold · auth (hard) failed and 2 more · score 1/5 · level blocked · 3 failed, 1 could not run, 1 warned',
    );
    await matchesCommitted('github-check-run.md', `# ${out.title}\n\n${out.summary}\n\n${out.text}\n`);
  });

  it('sticky comment', async () =>
    matchesCommitted(
      'github-comment.md',
      commentBody(report, marker({ profile: 'staging', verdict: 'hold', bundle: report.bundle.id }), {
        ...links,
        comment: undefined,
      }),
    ));

  it('job summary with a publishing note', async () =>
    matchesCommitted(
      'github-job-summary.md',
      jobSummary(
        report,
        { ...links, comment: { url: 'https://github.com/acme/permits/pull/12#issuecomment-5' } },
        [
          'Skipped the PR comment: the token cannot write to acme/permits (GitHub answered 403: Resource not accessible by integration).',
        ],
        1024 * 1024,
      ),
    ));
});
