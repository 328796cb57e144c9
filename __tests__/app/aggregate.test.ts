import { createHash } from 'node:crypto';
import { readdir, readFile, realpath, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/adapters/logger.js';
import { verifyBundle } from '../../src/bundle/verify.js';
import type { LoadedEvidence } from '../../src/checks/evidence/evidenceFile.js';
import { type AggregateOptions, runAggregate } from '../../src/app/aggregate.js';
import { normalizeStatus } from '../../src/checks/evidence/normalize.js';
import { runCli } from '../../src/cli/main.js';
import { runGate } from '../../src/app/gate.js';
import { tempDir, writeFiles } from '../helpers/fs.js';

const OUT = path.join(import.meta.dirname, '..', '__outputs__');
const NOW = new Date('2026-03-10T12:00:00Z');
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

// The evidence domains, as their producing workflows would write them.
const SEED: Record<string, string> = {
  certification: '{"status": "passed", "connectors": 14}',
  cdc: '{"passed": true, "duplicates": 0}',
  performance: '{"result": "success", "regressions": 0}',
  security: '{"summary": {"status": "ok"}, "findings": 0}',
  supply_chain: '{"conclusion": "success"}',
  governance: 'status: pass\nviolations: 0\n',
  docs: '{"ok": true}',
};
const fileOf = (d: string) => `artifacts/${d}/${d === 'governance' ? 'policy.yaml' : 'evidence.json'}`;

async function workspace(domains: Record<string, string> = SEED): Promise<string> {
  const dir = await tempDir();
  await writeFiles(dir, Object.fromEntries(Object.entries(domains).map(([d, c]) => [fileOf(d), c])));
  return dir;
}

const aggregate = (dir: string, over: Partial<AggregateOptions> = {}) =>
  runAggregate({
    cwd: dir,
    artifacts: Object.keys(SEED).map((d) => ({ domain: d, path: fileOf(d) })),
    dirs: [],
    outDir: path.join(dir, 'out'),
    now: NOW,
    version: '0.0.0-test',
    env: {},
    ...over,
  });

describe('aggregate: evidence of many jobs → one level, score and blockers', () => {
  it('all required domains passed: ga_ready, score 100, a digest per artifact, a verifiable bundle', async () => {
    const dir = await workspace();
    const { report, markdown } = await aggregate(dir, { release: 'v0.7.1-rc1' });
    expect(report).toMatchObject({ level: 'ga_ready', score: 100, blockers: [], release: 'v0.7.1-rc1' });
    expect(report.domains.map((d) => [d.name, d.status])).toEqual(
      Object.keys(SEED).map((d) => [d, 'passed']),
    );
    expect(report.domains[0]).toMatchObject({
      path: fileOf('certification'),
      sha256: sha(SEED.certification!),
      required: true,
      detail: 'status = "passed"',
    });
    expect(report.domains[3]!.detail).toBe('summary.status = "ok"');

    const json = JSON.parse(await readFile(path.join(dir, 'out/report.json'), 'utf8')) as typeof report;
    expect(json.bundle?.id).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await verifyBundle(path.join(dir, 'out'), json.bundle!.id)).toMatchObject({ ok: true });
    const manifest = JSON.parse(await readFile(path.join(dir, 'out/manifest.json'), 'utf8')) as {
      files: { path: string; sha256: string }[];
    };
    expect(manifest.files).toContainEqual(
      expect.objectContaining({ path: 'evidence/cdc/evidence.json', sha256: sha(SEED.cdc!) }),
    );
    expect(markdown).toContain('## ✅ GA ready — v0.7.1-rc1 · score 100');
  });

  it('a token in a domain’s evidence is masked in the bundle’s copy; the domain keeps the digest of what it read', async () => {
    const token = 'ghp_R8kq2ZxW9mLp4TvN7sJd1HcY5bFg3QeA6uVo';
    const named = 'zzTopSecret-7Qm2-api';
    const junit = `<?xml version="1.0"?>\n<testsuite name="s" tests="1" failures="1"><testcase name="login"><failure message="login failed with ${token} and ${named}">trace</failure></testcase></testsuite>\n`;
    const dir = await workspace({
      ...SEED,
      security: `{"status": "fail", "detail": "used ${named} with ${token}"}`,
    });
    await writeFiles(dir, { 'artifacts/tests/tests.xml': junit });
    await writeFiles(dir, { 'artifacts/odd/status.json': `{"status": "${token}"}` });
    const { report, markdown } = await aggregate(dir, {
      artifacts: [
        ...Object.keys(SEED).map((d) => ({ domain: d, path: fileOf(d) })),
        { domain: 'tests', path: 'artifacts/tests/tests.xml' },
        // A status that is itself a token: the domain's detail quotes it.
        { domain: 'odd', path: 'artifacts/odd/status.json' },
      ],
      env: { MY_API_SECRET: named },
    });
    // What the action puts in the job summary, as the bundle holds it.
    expect(markdown).toContain('status = "***"');
    expect(markdown).not.toContain(token);
    expect(report.domains.find((d) => d.name === 'tests')).toMatchObject({
      status: 'not_passed',
      sha256: sha(junit),
    });
    const out = path.join(dir, 'out');
    const json = JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8')) as typeof report;
    expect(await verifyBundle(out, json.bundle!.id)).toMatchObject({ ok: true });
    for (const f of await readdir(out, { recursive: true })) {
      const text = await readFile(path.join(out, f)).catch(() => Buffer.alloc(0));
      expect(text.includes(token), f).toBe(false);
      expect(text.includes(named), f).toBe(false);
    }
    expect(await readFile(path.join(out, 'evidence/tests/tests.xml'), 'utf8')).toContain(
      'login failed with ***',
    );
  });

  it('one of seven missing: blocker <domain>.missing, score 85.7, release_candidate', async () => {
    const { docs: _docs, ...six } = SEED;
    const dir = await workspace(six);
    const { report, markdown } = await aggregate(dir, {
      artifacts: Object.keys(six).map((d) => ({ domain: d, path: fileOf(d) })),
      required: Object.keys(SEED),
    });
    expect(report).toMatchObject({ level: 'release_candidate', score: 85.7, blockers: ['docs.missing'] });
    expect(report.domains.at(-1)).toEqual({
      name: 'docs',
      required: true,
      path: null,
      sha256: null,
      size: null,
      format: null,
      status: 'missing',
      detail: 'no evidence given for this domain',
      evidence: null,
    });
    await matches('aggregate-release-candidate.md', markdown);
  });

  it('not passed and missing files: blocked below 80, blockers in required order', async () => {
    const dir = await workspace({ ...SEED, security: '{"status": "failed", "critical": 2}' });
    const { report } = await aggregate(dir, {
      artifacts: [
        ...Object.keys(SEED)
          .filter((d) => d !== 'cdc')
          .map((d) => ({ domain: d, path: fileOf(d) })),
        { domain: 'cdc', path: 'artifacts/cdc/missing.json' },
      ],
      required: ['certification', 'cdc', 'security', 'docs', 'performance'],
    });
    expect(report).toMatchObject({
      level: 'blocked',
      score: 60,
      blockers: ['cdc.missing', 'security.not_passed'],
    });
    expect(report.domains.find((d) => d.name === 'cdc')).toMatchObject({
      status: 'missing',
      path: 'artifacts/cdc/missing.json',
      detail: 'evidence missing: artifacts/cdc/missing.json does not exist',
    });
    // Domains given but not required are reported, never blockers.
    expect(report.domains.find((d) => d.name === 'governance')).toMatchObject({
      required: false,
      status: 'passed',
    });
  });

  it('config: required domains, conditions instead of the status, and the release-candidate line', async () => {
    const dir = await workspace({ ...SEED, performance: '{"result": "success", "regressions": 3}' });
    const { report } = await aggregate(dir, {
      settings: {
        required: ['performance', 'cdc'],
        releaseCandidateAt: 50,
        domains: { performance: { assert: ['regressions == 0'] } },
      },
    });
    expect(report).toMatchObject({
      level: 'release_candidate',
      score: 50,
      blockers: ['performance.not_passed'],
      releaseCandidateAt: 50,
    });
    expect(report.domains.find((d) => d.name === 'performance')!.detail).toBe(
      'regressions = 3, expected regressions == 0',
    );
  });

  it('a directory of downloaded artifacts: files, folders, gate bundles (verified), ambiguity', async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      'pg.yml':
        'version: 1\nprofiles: { prod: { checks: [f] } }\nchecks: { f: { type: files, paths: [pg.yml] } }\n',
      'dl/security.sarif': JSON.stringify({
        version: '2.1.0',
        runs: [{ tool: { driver: { name: 'x' } }, results: [{ level: 'warning' }] }],
      }),
      'dl/unit/junit.xml': '<testsuite name="s"><testcase name="a"/></testsuite>',
      'dl/messy/a.json': '{}',
      'dl/messy/b.json': '{}',
    });
    const gate = await runGate({
      configPath: path.join(dir, 'pg.yml'),
      profile: 'prod',
      inputs: {},
      env: {},
      cwd: dir,
      logger: silentLogger,
      outDir: path.join(dir, 'dl/gate-prod'),
    });
    expect(gate.report.verdict).toBe('promote');
    const first = await aggregate(dir, { artifacts: [], dirs: ['dl'] });
    expect(first.report.domains.map((d) => [d.name, d.status, d.detail])).toEqual([
      ['gate-prod', 'passed', 'verdict = "promote"'],
      [
        'messy',
        'not_passed',
        'dl/messy holds 2 evidence files (a.json, b.json); name one with --artifact messy=<path>',
      ],
      ['security', 'passed', 'SARIF: 0 error(s), 1 warning(s), 0 note(s)'],
      ['unit', 'passed', 'JUnit: 1 tests, 0 failed, 0 errors'],
    ]);
    // A bundle edited after it was sealed does not count.
    await writeFile(path.join(dir, 'dl/gate-prod/report.md'), 'all good, trust me');
    const second = await aggregate(dir, {
      artifacts: [{ domain: 'messy', path: 'dl/messy/a.json' }],
      dirs: ['dl'],
      outDir: path.join(dir, 'out2'),
    });
    expect(second.report.domains[0]).toMatchObject({ name: 'gate-prod', status: 'not_passed' });
    expect(second.report.domains[0]!.detail).toMatch(
      /^bundle dl\/gate-prod is not intact: changed report\.md/,
    );
    expect(second.report.domains[1]).toMatchObject({
      name: 'messy',
      status: 'not_passed',
      detail: expect.stringContaining('no status found'),
    });
  });

  it('refuses to run with nothing to aggregate', async () => {
    await expect(aggregate(await tempDir(), { artifacts: [] })).rejects.toThrow('no domains to aggregate');
  });
});

describe('normalizing pass/fail', () => {
  const ev = (doc: unknown, format: LoadedEvidence['format'] = 'json') => ({ doc, format }) as LoadedEvidence;
  it.each([
    [{ status: 'PASS' }, true],
    [{ status: 'success' }, true],
    [{ status: 'failed' }, false],
    [{ status: 'flaky' }, false],
    [{ passed: false }, false],
    [{ ok: true }, true],
    [{ verdict: 'hold', status: 'pass' }, false],
    [{ level: 'release_candidate' }, false],
    [{ level: 'ga_ready' }, true],
    [{ gate: { conclusion: 'success' } }, true],
    [{ count: 3 }, false],
    [[1, 2], false],
  ])('%j → %s', (doc, passed) => {
    expect(normalizeStatus(ev(doc)).passed).toBe(passed);
  });
  it('JUnit with no tests is not a pass', () => {
    expect(normalizeStatus(ev({ tests: 0, failures: 0, errors: 0 }, 'junit'))).toEqual({
      passed: false,
      detail: 'JUnit report with no tests',
    });
  });
});

describe('aggregate CLI', () => {
  const cli = async (args: string[], cwd: string) => {
    let stdout = '';
    let stderr = '';
    const code = await runCli(args, {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      env: {},
      cwd,
    });
    return { code, stdout, stderr };
  };

  it('exit 0 when ga_ready, 1 otherwise, 2 on bad arguments', async () => {
    const dir = await workspace();
    const args = Object.keys(SEED).flatMap((d) => ['--artifact', `${d}=${fileOf(d)}`]);
    const ok = await cli(['aggregate', ...args], dir);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('GA_READY  score 100  (7 required domain(s))');
    expect(ok.stdout).toContain(`report: ${path.join('.promotion-gate', 'aggregate', 'report.md')}`);

    const held = await cli(
      ['aggregate', ...args, '--required', 'certification,docs,sbom', '--out', 'agg'],
      dir,
    );
    expect(held.code).toBe(1);
    expect(held.stdout).toContain('BLOCKED  score 66.7');
    expect(held.stdout).toContain('blocker: sbom.missing');

    expect((await cli(['aggregate', '--artifact', 'nodomain'], dir)).stderr).toContain(
      '--artifact: expected DOMAIN=PATH, got "nodomain"',
    );
    expect((await cli(['aggregate', '--artifact', 'a b=x.json'], dir)).code).toBe(2);
    expect((await cli(['aggregate', '--config', 'nope.yml', ...args], dir)).code).toBe(2);
  });

  it('reads required domains from the config', async () => {
    const dir = await workspace();
    await writeFiles(dir, {
      '.github/promotion-gate.yml':
        'version: 1\nprofiles: { prod: { checks: [] } }\nchecks: {}\naggregate:\n  required: [certification, fuzzing]\n',
    });
    const r = await cli(['aggregate', '--artifact', `certification=${fileOf('certification')}`], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('blocker: fuzzing.missing');
  });

  describe('evidence paths stay in the workspace', () => {
    const SECRET = 'outside-secret-4711';
    /** A workspace, and evidence elsewhere that must not end up in its bundle. */
    async function withOutside() {
      const dir = await workspace({ docs: SEED.docs! });
      const elsewhere = await tempDir();
      const outside = path.join(elsewhere, 'evidence.json');
      await writeFile(outside, `{"status": "passed", "token": "${SECRET}"}`);
      return { dir, outside };
    }
    const untouched = async (dir: string) => expect(await readdir(dir)).not.toContain('.promotion-gate');

    it('--artifact: a path or a link leading out is exit 2 naming it; --allow-outside-workspace reads it and says so', async () => {
      const { dir, outside } = await withOutside();
      await symlink(outside, path.join(dir, 'link.json'));
      const rel = path.relative(dir, outside);
      for (const [arg, shown] of [
        [`secret=${outside}`, outside],
        [`secret=${rel}`, rel],
        ['secret=link.json', 'link.json'],
      ] as const) {
        const r = await cli(['aggregate', '--artifact', arg], dir);
        expect(r.code).toBe(2);
        expect(r.stderr).toBe(
          `promotion-gate: --artifact secret=${shown} is outside the workspace (it resolves to ${await realpath(outside)}); pass --allow-outside-workspace to read it\n`,
        );
        await untouched(dir);
      }

      const allowed = await cli(
        ['aggregate', '--artifact', 'secret=link.json', '--allow-outside-workspace'],
        dir,
      );
      expect(allowed.code).toBe(0);
      expect(allowed.stdout).toContain(`(read from ${await realpath(outside)}, outside the workspace)`);
    });

    it('--dir: a directory outside is exit 2; a link in it that leads out makes its domain not pass, unread', async () => {
      const { dir, outside } = await withOutside();
      const r = await cli(['aggregate', '--dir', path.dirname(outside)], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`--dir ${path.dirname(outside)} is outside the workspace`);
      await untouched(dir);

      await symlink(outside, path.join(dir, 'artifacts/docs/report.json'));
      const held = await cli(['aggregate', '--dir', 'artifacts'], dir);
      expect(held.code).toBe(1);
      expect(held.stdout).toContain(
        `docs             not_passed evidence file ${path.join('artifacts', 'docs', 'report.json')} is outside the workspace (it resolves to ${await realpath(outside)}); pass --allow-outside-workspace to read it`,
      );
      const out = path.join(dir, '.promotion-gate/aggregate');
      for (const f of ['report.json', 'report.md'])
        expect(await readFile(path.join(out, f), 'utf8')).not.toContain(SECRET);
      expect(await readdir(out)).not.toContain('evidence');
    });

    it('aggregate.domains.<d>.path in the config: a path outside is a config error at its line', async () => {
      const { dir, outside } = await withOutside();
      await writeFiles(dir, {
        '.github/promotion-gate.yml': `version: 1\nprofiles: { prod: { checks: [] } }\nchecks: {}\naggregate:\n  domains:\n    secret:\n      path: ${outside}\n`,
      });
      const r = await cli(['aggregate'], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(
        `.github/promotion-gate.yml:7:13: aggregate.domains.secret.path: evidence file ${outside} is outside the workspace (it resolves to ${await realpath(outside)}); pass --allow-outside-workspace to read it`,
      );
      await untouched(dir);
      expect((await cli(['aggregate', '--allow-outside-workspace'], dir)).code).toBe(0);
    });
  });
});

async function matches(name: string, text: string): Promise<void> {
  const file = path.join(OUT, name);
  if (process.env.UPDATE_OUTPUTS) await writeFile(file, text);
  expect(text).toBe(await readFile(file, 'utf8'));
}
