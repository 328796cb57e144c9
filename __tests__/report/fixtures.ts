import { decisionPolicy } from '../../src/config/plan.js';
import type { CheckResult, Waiver } from '../../src/core/types.js';
import { evaluate } from '../../src/decision/evaluate.js';
import type { Report } from '../../src/report/types.js';

export function check(id: string, partial: Partial<CheckResult> = {}): CheckResult {
  return {
    id,
    type: 'http',
    category: 'data',
    enforcement: 'scored',
    onError: 'fail',
    status: 'pass',
    score: 5,
    summary: 'ok',
    durationMs: 120,
    findings: [],
    metrics: {},
    evidence: [],
    ...partial,
  };
}

export function report(partial: Partial<Report>): Report {
  const checks = partial.checks ?? [];
  const counts = { pass: 0, warn: 0, fail: 0, error: 0, skipped: 0, total: checks.length };
  for (const c of checks) counts[c.status]++;
  return {
    schemaVersion: 1,
    tool: { name: 'promotion-gate', version: '0.1.0' },
    profile: 'staging',
    lineage: ['dev', 'staging'],
    verdict: 'promote',
    score: 5,
    action: 'auto-promote',
    level: 'ga_ready',
    gatingPassedPercent: 100,
    blockers: [],
    reasons: [],
    categories: [],
    waivers: [],
    hotfixChecks: [],
    ratchetTriggered: false,
    counts,
    git: { sha: '3f2a9c1e5b7d4a6f8e0c2b4d6f8a0c2e4b6d8f0a', ref: 'refs/heads/main' },
    inputs: { 'target-url': 'https://staging.example.com' },
    startedAt: '2026-11-22T10:00:00.000Z',
    finishedAt: '2026-11-22T10:00:01.240Z',
    durationMs: 1240,
    ...partial,
    checks,
  };
}

/** A report whose decision is the real one for its checks, so a rendering shows what users see. */
export function decided(
  checks: CheckResult[],
  waivers: Waiver[] = [],
  partial: Partial<Report> = {},
): Report {
  const decision = evaluate({
    results: checks,
    policy: decisionPolicy({}),
    waivers,
    now: new Date('2026-11-22T10:00:01.240Z'),
  });
  return report({ ...decision, ...partial, checks });
}

export const promoteReport = decided(
  [
    check('health', { summary: '1/1 requests ok, slowest 84ms', durationMs: 90 }),
    check('smoke', { summary: '4/4 requests ok, slowest 140ms', durationMs: 150 }),
    check('auth', {
      type: 'auth',
      category: 'safety',
      enforcement: 'hard',
      summary: '4/4 protected routes refuse anonymous access',
    }),
    check('unit-tests', {
      type: 'command',
      category: 'safety',
      enforcement: 'required',
      summary: '212/212 tests passed',
      durationMs: 8420,
    }),
  ],
  [],
  {
    bundle: {
      id: 'sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
      manifest: 'manifest.json',
      files: 9,
    },
  },
);

export const holdReport = decided(
  [
    check('health', { summary: '1/1 requests ok' }),
    check('smoke', {
      status: 'fail',
      score: 1,
      summary: 'only 1/4 requests ok',
      findings: [
        { level: 'failure', message: 'GET /methodology: status 500, expected 200' },
        { level: 'failure', message: 'GET /about-data: body does not contain "about the data"' },
        { level: 'failure', message: 'GET /search?q=roof: no complete response within 10000ms' },
      ],
    }),
    check('auth', {
      type: 'auth',
      category: 'safety',
      enforcement: 'hard',
      status: 'fail',
      score: 1,
      summary: 'auth bypass on 1 of 4 routes: /portfolio',
      findings: [
        { level: 'failure', message: 'auth bypass: GET /portfolio answered 200 without credentials' },
      ],
    }),
    check('performance', {
      type: 'performance',
      category: 'ops',
      status: 'fail',
      score: 3,
      summary: 'GET /search: p95 1430ms over budget 1000ms (10 samples)',
      findings: [{ level: 'failure', message: 'GET /search: p95 1430ms over budget 1000ms (10 samples)' }],
    }),
    check('unit-tests', {
      type: 'command',
      category: 'safety',
      enforcement: 'required',
      status: 'error',
      score: 1,
      summary: 'could not run: timed out after 5.0m',
      error: 'timed out after 5.0m',
    }),
    check('lint', {
      type: 'command',
      category: 'design',
      enforcement: 'advisory',
      status: 'warn',
      score: 4,
      summary: '14 violations | up from 9 <script>',
      findings: [{ level: 'warning', message: 'no-unused-vars', file: 'src/app.ts', line: 42 }],
    }),
    check('drift', {
      type: 'benchmark',
      enforcement: 'off',
      status: 'skipped',
      summary: 'not run (enforcement: off)',
      durationMs: 0,
    }),
  ],
  [{ check: 'migrations', reason: 'reviewed by DBA | ticket OPS-12', expires: '2026-11-30', by: 'dana' }],
);

export const hotfixReport = decided([
  check('health'),
  check('performance', {
    type: 'performance',
    category: 'ops',
    status: 'fail',
    score: 3,
    summary: 'p95 over budget on 1 of 3 pages',
    findings: [{ level: 'failure', message: 'GET /search: p95 1430ms over budget 1000ms (10 samples)' }],
  }),
]);

/** 60 checks, 40 passing with 30 findings each: too big for a comment. */
export const hugeReport = report({
  verdict: 'hold',
  score: 1,
  action: 'hold',
  level: 'blocked',
  reasons: [
    {
      kind: 'check-failed',
      check: 'secrets',
      observed: '120 findings',
      threshold: 'must pass',
      blocking: true,
      message: 'secrets (hard) failed: 120 findings',
    },
  ],
  checks: [
    ...Array.from({ length: 40 }, (_, i) =>
      check(`page-${i}`, {
        findings: Array.from({ length: 30 }, (_, j) => ({
          level: 'notice' as const,
          message: `note ${j} about page ${i} `.repeat(5),
        })),
      }),
    ),
    ...Array.from({ length: 20 }, (_, i) =>
      check(`scan-${i}`, {
        type: 'secrets',
        enforcement: 'hard',
        status: 'fail',
        score: 1,
        summary: `${6} findings`,
        findings: Array.from({ length: 6 }, (_, j) => ({
          level: 'failure' as const,
          message: `AWS access key AKIA…XD (20 chars)`,
          file: `src/f${i}.ts`,
          line: j + 1,
        })),
      }),
    ),
  ],
});
