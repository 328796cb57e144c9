import { describe, expect, it } from 'vitest';
import { check, CONFIG, gate, messages, pullRequest } from './helpers.js';

/** The rules of a project: `pr` runs the integrity check; staging and prod hold the real checks. */
const BASE = `version: 1
decision: { holdLine: 2, ratchet: true, categories: { safety: 1.0, data: 1.0 } }
profiles:
  pr: { checks: [gate] }
  staging: { checks: [smoke, auth, unit, bench, lint, fresh, secrets, deps, files] }
  prod:
    extends: staging
    checks: [perf]
    decision: { holdLine: 3 }
checks:
  gate: { type: integrity }
  smoke: { type: http, url: 'http://127.0.0.1:9/health', enforcement: hard, expect: { maxLatency: 2s } }
  auth: { type: auth, base: 'http://127.0.0.1:9', routes: [/admin, /account], allowStatus: [401, 403] }
  unit: { type: command, run: 'true', coverage: { file: lcov.info, min: 80 } }
  bench:
    type: benchmark
    file: bench.json
    thresholds: { precision: '>= 0.55', recall: '>= 0.75' }
    drift: { maxDrop: { recall: 0.05 } }
  lint: { type: trend, file: lint.txt, failAbove: 50 }
  fresh: { type: freshness, file: data.json, maxAge: 26h }
  secrets: { type: secrets, baseline: .github/secrets-baseline.txt }
  deps: { type: dependencies, deny: [event-stream, left-pad] }
  files: { type: files, paths: [README.md] }
  perf: { type: performance, base: 'http://127.0.0.1:9', pages: [/], budgets: { p95: 800ms } }
`;

/** The same rules, weakened every way the integrity check knows (and tightened once). */
const WEAKENED = `version: 1
decision: { holdLine: 2, ratchet: false, categories: { safety: 0.5, data: 1.0 } }
profiles:
  pr: { checks: [gate] }
  staging: { checks: [smoke, auth, unit, bench, lint, fresh, secrets, deps] }
  prod:
    extends: staging
    checks: [perf]
    decision: { holdLine: 1 }
checks:
  gate: { type: integrity }
  smoke: { type: http, url: 'http://127.0.0.1:9/healthz', enforcement: advisory, expect: { maxLatency: 5s } }
  auth: { type: auth, base: 'http://127.0.0.1:9', routes: [/admin, /account], allowStatus: [401] }
  unit: { type: command, run: 'true', onError: pass, coverage: { file: lcov.info, min: 60 } }
  bench:
    type: benchmark
    file: bench.json
    thresholds: { precision: '>= 0.40', recall: '>= 0.75' }
    drift: { maxDrop: { recall: 0.2 } }
  lint: { type: trend, file: lint.txt, failAbove: 200 }
  fresh: { type: freshness, file: data.json, maxAge: 72h }
  secrets: { type: secrets, baseline: .github/secrets-baseline.txt, allowPaths: ['src/**'] }
  deps: { type: dependencies, deny: [event-stream] }
  files: { type: files, paths: [README.md] }
  perf: { type: performance, base: 'http://127.0.0.1:9', pages: [/], budgets: { p95: 3s } }
waivers:
  - { check: unit, reason: 'flaky, will fix', expires: 2099-12-31, by: mallory }
`;

describe('integrity: a change that weakens the gate is found, key by key', () => {
  it('finds every weakening with its key and both values, and holds without an approval', async () => {
    const pr = await pullRequest(
      {
        [CONFIG]: BASE,
        '.github/secrets-baseline.txt': '# reviewed\n4f1c2a9be07d3c55a1e0b6f2 aws config/a.yml:1\n',
      },
      {
        [CONFIG]: WEAKENED,
        '.github/secrets-baseline.txt':
          '# reviewed\n4f1c2a9be07d3c55a1e0b6f2 aws config/a.yml:1\n9a8b7c6d5e4f3a2b1c0d9e8f github-pat src/x.ts:3\n',
      },
    );
    const run = await gate(pr.dir, { env: pr.env });
    expect(run.report.config).toMatchObject({ source: 'base', revision: pr.base, path: CONFIG });
    const integrity = check(run.report.checks, 'gate');
    expect(integrity.status).toBe('fail');
    expect(run.report.verdict).toBe('hold');
    const failures = messages(integrity.findings, 'failure');
    const expected = [
      'weakened checks.files: runs (files, required) → does not run (check removed from the profile) in profiles staging, prod',
      'weakened checks.smoke.enforcement: hard → advisory (lowered) in profiles staging, prod',
      'weakened checks.smoke.expect.maxLatency: 2s → 5s (raised) in profiles staging, prod',
      'weakened checks.unit.onError: fail → pass (lowered) in profiles staging, prod',
      'weakened checks.unit.coverage.min: 80 → 60 (lowered) in profiles staging, prod',
      'weakened checks.bench.thresholds.precision: >= 0.55 → >= 0.40 (loosened) in profiles staging, prod',
      'weakened checks.bench.drift.maxDrop.recall: 0.05 → 0.2 (raised) in profiles staging, prod',
      'weakened checks.lint.failAbove: 50 → 200 (raised) in profiles staging, prod',
      'weakened checks.fresh.maxAge: 26h → 72h (raised) in profiles staging, prod',
      'weakened checks.secrets.allowPaths: [] → [src/**] (added src/**) in profiles staging, prod',
      'weakened checks.deps.deny: [event-stream, left-pad] → [event-stream] (removed left-pad) in profiles staging, prod',
      'weakened checks.perf.budgets.p95: 800ms → 3s (raised) in profile prod',
      'weakened profiles.prod.decision.holdLine: 3 → 1 (lowered) in profile prod',
      'weakened decision.ratchet: true → false (relaxed) in profiles pr, staging, prod',
      'weakened decision.categories.safety: 1 → 0.5 (lowered) in profiles pr, staging, prod',
      'weakened waivers.0: (none) → until 2099-12-31 (by mallory) (waiver of check "unit" added: flaky, will fix) in profiles pr, staging, prod',
    ];
    for (const m of expected) expect(failures, failures.join('\n')).toContain(m);
    // A widened secrets baseline is a weakening though the config names the same file.
    expect(failures).toContainEqual(
      expect.stringMatching(
        /^weakened checks\.secrets\.baseline: 1 fingerprint\(s\) → 2 fingerprint\(s\) in \.github\/secrets-baseline\.txt \(1 accepted secret\(s\) added: 9a8b7c6d5e4f\)/,
      ),
    );
    expect(failures).toContainEqual(
      expect.stringMatching(/^not approved: reviews cannot be read: not on GitHub/),
    );
    // Findings point at the line of the head's file that weakens.
    const latency = integrity.findings.find((f) => f.message.includes('maxLatency'))!;
    expect(latency).toMatchObject({ file: CONFIG, line: 12 });

    const notices = messages(integrity.findings, 'notice');
    expect(notices).toContain(
      'tightened checks.auth.allowStatus: [401, 403] → [401] (removed 403) in profiles staging, prod',
    );
    expect(notices).toContain(
      'changed checks.smoke.url: http://127.0.0.1:9/health → http://127.0.0.1:9/healthz (changed, direction unknown) in profiles staging, prod',
    );
    expect(integrity.metrics).toMatchObject({ weakenings: expected.length + 1 });
  });

  it('a check dropped through `exclude` or an enforcement lowered in an override is found in that profile only', async () => {
    const base = `version: 1
profiles:
  pr: { checks: [gate] }
  staging: { checks: [auth, smoke] }
  prod: { extends: staging }
checks:
  gate: { type: integrity }
  auth: { type: auth, base: 'http://127.0.0.1:9', routes: [/admin] }
  smoke: { type: http, url: 'http://127.0.0.1:9/' }
`;
    const head = base.replace(
      '  prod: { extends: staging }',
      '  prod: { extends: staging, exclude: [auth], overrides: { smoke: { enforcement: dry-run } } }',
    );
    const pr = await pullRequest({ [CONFIG]: base }, { [CONFIG]: head });
    const run = await gate(pr.dir, { env: pr.env });
    const failures = messages(check(run.report.checks, 'gate').findings, 'failure');
    expect(failures).toContain(
      'weakened checks.auth: runs (auth, hard) → does not run (check removed from the profile) in profile prod',
    );
    expect(failures).toContain(
      'weakened profiles.prod.overrides.smoke.enforcement: scored → dry-run (lowered) in profile prod',
    );
    expect(failures.filter((m) => m.startsWith('weakened'))).toHaveLength(2);
  });

  it('deleting the config is a weakening; the base still runs the gate', async () => {
    const pr = await pullRequest({ [CONFIG]: BASE }, { [CONFIG]: null });
    const run = await gate(pr.dir, { env: pr.env });
    expect(run.report.config).toMatchObject({ source: 'base', revision: pr.base });
    expect(messages(check(run.report.checks, 'gate').findings, 'failure')).toEqual([
      `weakened ${CONFIG}: 3 profile(s) → (deleted) (the config file is deleted) in profiles pr, staging, prod`,
      'not approved: reviews cannot be read: not on GitHub (GITHUB_REPOSITORY is not set)',
    ]);
  });

  it('a pure reformatting or reordering finds nothing', async () => {
    const reformatted = `# The same rules, written differently.
version: 1
checks:
  perf:
    budgets:
      p95: 800ms
    pages: [/]
    base: http://127.0.0.1:9
    type: performance
  files: { paths: [README.md], type: files }
  deps: { deny: [left-pad, event-stream], type: dependencies }
  secrets: { baseline: .github/secrets-baseline.txt, type: secrets }
  fresh: { maxAge: 26h, file: data.json, type: freshness }
  lint: { failAbove: 50, file: lint.txt, type: trend }
  bench:
    drift:
      maxDrop:
        recall: 0.05
    thresholds:
      recall: '>= 0.75'
      precision: '>= 0.55'
    file: bench.json
    type: benchmark
  unit:
    coverage: { min: 80, file: lcov.info }
    run: 'true'
    type: command
  auth: { allowStatus: [403, 401], routes: [/account, /admin], base: 'http://127.0.0.1:9', type: auth }
  smoke:
    expect: { maxLatency: 2s }
    enforcement: hard
    url: 'http://127.0.0.1:9/health'
    type: http
  gate: { type: integrity }
profiles:
  prod:
    decision: { holdLine: 3 }
    checks: [perf]
    extends: staging
  staging:
    checks: [files, deps, secrets, fresh, lint, bench, unit, auth, smoke]
  pr:
    checks: [gate]
decision:
  categories: { data: 1.0, safety: 1.0 }
  ratchet: true
  holdLine: 2
`;
    const pr = await pullRequest({ [CONFIG]: BASE }, { [CONFIG]: reformatted });
    const run = await gate(pr.dir, { env: pr.env });
    const integrity = check(run.report.checks, 'gate');
    expect(integrity.findings).toEqual([]);
    expect(integrity).toMatchObject({ status: 'pass', metrics: { weakenings: 0, changes: 0 } });
    expect(integrity.summary).toMatch(
      /: no weakening \(0 weakening\(s\), 0 tightening\(s\), 0 other change\(s\)\)$/,
    );
    expect(run.report.verdict).toBe('promote');
  });

  it('a threshold moved into a variable is compared by its value', async () => {
    const base = `version: 1
profiles: { pr: { checks: [gate] }, prod: { checks: [fresh] } }
checks:
  gate: { type: integrity }
  fresh: { type: freshness, file: data.json, maxAge: 26h }
`;
    const head = `version: 1
vars: { age: 30h }
profiles: { pr: { checks: [gate] }, prod: { checks: [fresh] } }
checks:
  gate: { type: integrity }
  fresh: { type: freshness, file: data.json, maxAge: '\${{ vars.age }}' }
`;
    const pr = await pullRequest({ [CONFIG]: base }, { [CONFIG]: head });
    const run = await gate(pr.dir, { env: pr.env });
    const integrity = check(run.report.checks, 'gate');
    expect(messages(integrity.findings, 'failure')).toContain(
      'weakened checks.fresh.maxAge: 26h → 30h (raised) in profile prod',
    );
  });
});
