import { createHash } from 'node:crypto';
import { mkdir, readFile, symlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/adapters/logger.js';
import { detectFormat, headText } from '../../src/checks/evidence/evidenceFile.js';
import { summarizeSarif } from '../../src/checks/evidence/sarif.js';
import { Redactor } from '../../src/core/redact.js';
import { runGate } from '../../src/app/gate.js';
import { tempDir, writeFiles } from '../helpers/fs.js';
import { runCheck } from './run.js';

const NOW = new Date('2026-03-10T12:00:00Z');
const HOUR = 3_600_000;
const iso = (msAgo: number) => new Date(NOW.getTime() - msAgo).toISOString();
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

async function check(files: Record<string, string>, spec: Record<string, unknown>, redactor?: Redactor) {
  const dir = await tempDir();
  await writeFiles(dir, files);
  const r = await runCheck('evidence', spec, {
    cwd: dir,
    deps: { now: () => NOW, ...(redactor ? { redactor } : {}) },
  });
  return { r, dir };
}

// Evidence rules: reconciliation fresh with zero critical findings; integrity with no missing correlations.
const RECON = JSON.stringify({
  generated_at: iso(2 * HOUR),
  status: 'pass',
  critical_findings: 0,
  missing_correlation_count: 0,
});
const SEED_ASSERT = ['status == "pass"', 'critical_findings == 0', 'missing_correlation_count == 0'];

describe('evidence check', () => {
  it('passes fresh evidence whose content holds, and links the check to its path and digest', async () => {
    const { r, dir } = await check(
      { 'reports/recon.json': RECON },
      { file: 'reports/recon.json', maxAge: '26h', assert: SEED_ASSERT },
    );
    expect(r.status).toBe('pass');
    expect(r.summary).toBe(
      `reports/recon.json (json, sha256 ${sha(RECON).slice(0, 12)}, 2.0h old by generated_at), 3 conditions hold`,
    );
    expect(r.metrics).toMatchObject({
      path: 'reports/recon.json',
      sha256: sha(RECON),
      size: RECON.length,
      ageMs: 2 * HOUR,
      critical_findings: 0,
      missing_correlation_count: 0,
    });
    expect(r.evidence).toEqual(['evidence/evidence/recon.json', 'evidence/evidence/evidence.json']);
    expect(await readFile(path.join(dir, 'evidence/evidence/recon.json'), 'utf8')).toBe(RECON);
  });

  it.each([
    [
      'a failing condition names the observed value',
      {
        'e.json': JSON.stringify({
          generated_at: iso(HOUR),
          status: 'pass',
          critical_findings: 2,
          missing_correlation_count: 0,
        }),
      },
      { file: 'e.json', assert: SEED_ASSERT },
      1,
      'critical_findings = 2, expected critical_findings == 0',
    ],
    [
      'status other than pass',
      { 'e.json': JSON.stringify({ status: 'fail', critical_findings: 0, missing_correlation_count: 0 }) },
      { file: 'e.json', assert: SEED_ASSERT },
      1,
      'status = "fail", expected status == "pass"',
    ],
    [
      'a missing field',
      { 'e.json': JSON.stringify({ status: 'pass', critical_findings: 0 }) },
      { file: 'e.json', assert: SEED_ASSERT },
      1,
      'missing_correlation_count = missing, expected missing_correlation_count == 0',
    ],
    [
      'stale by its timestamp',
      { 'e.json': JSON.stringify({ generated_at: iso(20 * HOUR), status: 'pass' }) },
      { file: 'e.json', maxAge: '12h' },
      2,
      `e.json is 20.0h old (generated_at ${iso(20 * HOUR)}), older than maxAge 12h`,
    ],
    [
      'a timestamp field that is missing',
      { 'e.json': '{"status":"pass"}' },
      { file: 'e.json', maxAge: '1h', timestamp: 'meta.at' },
      1,
      'meta.at is missing from e.json',
    ],
    [
      'a timestamp that is not one',
      { 'e.json': '{"at":"yesterday"}' },
      { file: 'e.json', maxAge: '1h', timestamp: 'at' },
      1,
      'at = "yesterday" in e.json is not a timestamp',
    ],
    [
      'a missing file',
      {},
      { file: 'reports/none.json' },
      1,
      'evidence missing: reports/none.json does not exist',
    ],
    [
      'a glob with no match',
      {},
      { file: 'reports/*.json' },
      1,
      'evidence missing: no file matches reports/*.json',
    ],
    ['broken JSON', { 'e.json': '{"status": pass}' }, { file: 'e.json' }, 1, /^e\.json is not valid JSON: /],
  ])('fails on %s', async (_name, files, spec, score, message) => {
    const { r } = await check(files as Record<string, string>, spec);
    expect(r.status).toBe('fail');
    expect(r.score).toBe(score);
    if (typeof message === 'string') expect(r.findings.map((f) => f.message)).toContain(message);
    else expect(r.findings[0]!.message).toMatch(message);
  });

  it('takes the age from the file time when the evidence has no time field, and says so', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'e.json': '{"status":"pass"}' });
    const t = new Date(NOW.getTime() - 3 * HOUR);
    await utimes(path.join(dir, 'e.json'), t, t);
    const r = await runCheck(
      'evidence',
      { file: 'e.json', maxAge: '2h' },
      { cwd: dir, deps: { now: () => NOW } },
    );
    expect(r.status).toBe('fail');
    expect(r.findings.map((f) => f.level)).toEqual(['failure', 'notice']);
    expect(r.findings[1]!.message).toContain('taken from its file time, which a downloaded artifact resets');
  });

  it('picks the newest file a glob matches', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'r/a.json': '{"status":"fail"}', 'r/b.json': '{"status":"pass"}' });
    await utimes(
      path.join(dir, 'r/a.json'),
      new Date(NOW.getTime() - 5 * HOUR),
      new Date(NOW.getTime() - 5 * HOUR),
    );
    const r = await runCheck(
      'evidence',
      { file: 'r/*.json', assert: ['status == "pass"'] },
      { cwd: dir, deps: { now: () => NOW } },
    );
    expect(r.status).toBe('pass');
    expect(r.metrics.path).toBe('r/b.json');
  });

  it('reads YAML', async () => {
    const { r } = await check(
      { 'e.yaml': 'status: pass\nsummary:\n  critical: 0\n' },
      { file: 'e.yaml', assert: ['summary.critical == 0'] },
    );
    expect(r).toMatchObject({ status: 'pass', metrics: { 'summary.critical': 0 } });
  });

  it('JUnit: no failures and no errors by default, counts as metrics', async () => {
    const xml = `<testsuites timestamp="${iso(HOUR)}"><testsuite name="s"><testcase name="a"/><testcase name="b"><failure message="boom"/></testcase><testcase name="c"><skipped/></testcase></testsuite></testsuites>`;
    const { r } = await check({ 'junit.xml': xml }, { file: 'junit.xml', maxAge: '2h' });
    expect(r.status).toBe('fail');
    expect(r.findings.map((f) => f.message)).toEqual(['failures = 1, expected failures == 0']);
    expect(r.metrics).toMatchObject({ tests: 3, failures: 1, errors: 0, skipped: 1, ageMs: HOUR });
  });

  it('tells a format from the start of a file past its white space, without reading all of it as text', async () => {
    const pad = ' \n\t'.repeat(30_000); // 90,000 characters: past the first window read
    expect(headText(Buffer.from(`\uFEFF${pad}{"a": 1}`))).toBe('{"a": 1}');
    expect(headText(Buffer.from(`${pad}\u3000<testsuite/>`))).toBe('<testsuite/>');
    expect(headText(Buffer.from(pad))).toBe('');
    expect(headText(Buffer.from('x'.repeat(10_000)))).toHaveLength(4096);
    expect(detectFormat('report.out', headText(Buffer.from(`${pad}<testsuites/>`)))).toBe('junit');
    const { r } = await check(
      { 'out/report.txt': `${pad}<testsuite name="s"><testcase name="a"/></testsuite>` },
      { file: 'out/report.txt' },
    );
    expect(r).toMatchObject({ status: 'pass', metrics: { tests: 1 } });
  });

  it('JUnit: its age is the first suite’s timestamp as XML reads it, never one written in a comment or a value', async () => {
    const cases = '<testcase name="a"/>';
    // A stale report made to look fresh: a comment, and a value, that read like a suite tag.
    const stale =
      `<?xml version="1.0"?>\n<!-- rerun of <testsuite timestamp="${iso(60_000)}"> -->\n` +
      `<testsuites name="&lt;testsuite timestamp=&quot;${iso(60_000)}&quot;&gt;" timestamp='${iso(3 * HOUR)}'>` +
      `<testsuite name="s" timestamp="${iso(60_000)}">${cases}</testsuite></testsuites>`;
    const old = await check({ 'junit.xml': stale }, { file: 'junit.xml', maxAge: '2h' });
    expect(old.r.status).toBe('fail');
    expect(old.r.metrics.ageMs).toBe(3 * HOUR);
    // The root has none: the first suite that says when it ran does, at any depth.
    const nested = `<testsuites><testsuite name="s" timestamp="${iso(HOUR)}">${cases}</testsuite></testsuites>`;
    const fresh = await check({ 'junit.xml': nested }, { file: 'junit.xml', maxAge: '2h' });
    expect(fresh.r).toMatchObject({ status: 'pass', metrics: { ageMs: HOUR, tests: 1 } });
  });

  it('JUnit cut short (its writer died) is not valid, naming where: the cases it held are not counted', async () => {
    const xml = '<testsuites><testsuite name="s"><testcase name="a"/><testcase name="b"><fail';
    const { r } = await check({ 'junit.xml': xml }, { file: 'junit.xml' });
    expect(r).toMatchObject({
      status: 'fail',
      summary:
        'junit.xml is not valid JUNIT: not well-formed XML at line 1, column 76: unclosed tag: testcase',
    });
    expect(r.metrics.tests).toBeUndefined();
  });

  it('SARIF: counts by level (rule defaults, suppressions, non-failures) and holds error == 0 by default', async () => {
    const sarif = {
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'CodeQL',
              rules: [{ id: 'js/xss', defaultConfiguration: { level: 'error' } }, { id: 'js/unused' }],
            },
          },
          invocations: [{ endTimeUtc: iso(HOUR) }],
          results: [
            { ruleId: 'js/xss' },
            { ruleId: 'js/unused' },
            { ruleId: 'js/unused', level: 'note' },
            { ruleId: 'js/xss', suppressions: [{ kind: 'inSource' }] },
            { ruleId: 'js/xss', kind: 'pass' },
          ],
        },
      ],
    };
    expect(summarizeSarif(sarif)).toEqual({
      results: 4,
      error: 1,
      warning: 1,
      note: 1,
      none: 1,
      suppressed: 1,
      rules: { 'js/xss': 2, 'js/unused': 2 },
      tools: ['CodeQL'],
      endTimeUtc: iso(HOUR),
    });
    const { r } = await check(
      { 'codeql.sarif': JSON.stringify(sarif) },
      { file: 'codeql.sarif', maxAge: '2h' },
    );
    expect(r).toMatchObject({
      status: 'fail',
      summary: 'error = 1, expected error == 0',
      metrics: { error: 1, warning: 1, note: 1, ageMs: HOUR },
    });
    const lenient = await check(
      { 'codeql.sarif': JSON.stringify(sarif) },
      { file: 'codeql.sarif', assert: ['error <= 1', 'warning <= 1'] },
    );
    expect(lenient.r.status).toBe('pass');
  });

  it('counts SARIF rule ids as data, whatever they are called', () => {
    const results = ['constructor', '__proto__', 'toString', 'constructor'].map((ruleId) => ({ ruleId }));
    const summary = summarizeSarif({ runs: [{ tool: { driver: { name: 'lint' } }, results }] });
    expect(Object.entries(summary.rules)).toEqual([
      ['constructor', 2],
      ['__proto__', 1],
      ['toString', 1],
    ]);
    expect(summary.results).toBe(4);
  });

  it('redacts known secrets in the copy kept in the bundle, but digests the original', async () => {
    const text = '{"status":"pass","token":"s3cr3t-value-123"}';
    const redactor = new Redactor();
    redactor.add('s3cr3t-value-123');
    const { r, dir } = await check({ 'e.json': text }, { file: 'e.json' }, redactor);
    expect(r.metrics.sha256).toBe(sha(text));
    expect(await readFile(path.join(dir, 'evidence/evidence/e.json'), 'utf8')).toBe(
      '{"status":"pass","token":"***"}',
    );
  });

  it('in a gate: the evidence copy is in the sealed manifest and the report names path and digest', async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      'pg.yml':
        'version: 1\nprofiles: { prod: { checks: [recon] } }\nchecks:\n  recon: { type: evidence, file: reports/recon.json, maxAge: 26h, assert: [\'status == "pass"\'] }\n',
      'reports/recon.json': RECON,
    });
    const run = await runGate({
      configPath: path.join(dir, 'pg.yml'),
      profile: 'prod',
      inputs: {},
      env: {},
      cwd: dir,
      logger: silentLogger,
      now: () => NOW,
    });
    expect(run.report.verdict).toBe('promote');
    const c = run.report.checks[0]!;
    expect(c).toMatchObject({
      enforcement: 'required',
      category: 'safety',
      metrics: { path: 'reports/recon.json', sha256: sha(RECON) },
    });
    const manifest = JSON.parse(await readFile(path.join(run.outDir, 'manifest.json'), 'utf8')) as {
      files: { path: string; sha256: string }[];
    };
    expect(manifest.files).toContainEqual(
      expect.objectContaining({ path: 'evidence/recon/recon.json', sha256: sha(RECON) }),
    );
  });

  it('JUnit without a single test case is an error, unless allowNoTests', async () => {
    const files = { 'junit.xml': '<testsuites><testsuite name="empty" tests="0"/></testsuites>' };
    const empty = await check(files, { file: 'junit.xml' });
    expect(empty.r).toMatchObject({
      status: 'error',
      summary:
        'could not run: junit.xml holds no test case: nothing was tested (set allowNoTests: true if that is expected)',
    });
    expect((await check(files, { file: 'junit.xml', allowNoTests: true })).r.status).toBe('pass');
  });
});

describe('evidence check: the file stays in the workspace', () => {
  const MARK = 'root:x:0:0:not-for-the-bundle';

  async function layout() {
    const parent = await tempDir();
    await writeFiles(parent, {
      'outside/shadow.json': JSON.stringify({ status: 'pass', line: MARK }),
      'repo/pg.yml': 'version: 1\nprofiles: { prod: { checks: [ev] } }\nchecks: {}\n',
    });
    const repo = path.join(parent, 'repo');
    await mkdir(path.join(repo, 'reports'));
    await symlink(path.join(parent, 'outside/shadow.json'), path.join(repo, 'reports/linked.json'));
    return { parent, repo };
  }

  it.each([
    ['/etc/passwd', 'evidence file /etc/passwd is outside the workspace (it resolves to /etc/passwd)'],
    [
      '../../../../../../../../etc/passwd',
      'evidence file ../../../../../../../../etc/passwd is outside the workspace',
    ],
    ['../outside/shadow.json', 'evidence file ../outside/shadow.json is outside the workspace'],
    ['reports/linked.json', 'evidence file reports/linked.json is outside the workspace'],
    ['reports/*.json', 'evidence file reports/linked.json is outside the workspace'],
  ])('%s: the check errors and nothing of the file reaches the bundle', async (file, summary) => {
    const { repo } = await layout();
    await writeFile(
      path.join(repo, 'pg.yml'),
      `version: 1\nprofiles: { prod: { checks: [ev] } }\nchecks:\n  ev: { type: evidence, file: '${file}' }\n`,
    );
    const run = await runGate({
      configPath: path.join(repo, 'pg.yml'),
      profile: 'prod',
      inputs: {},
      env: {},
      cwd: repo,
      logger: silentLogger,
      now: () => NOW,
    });
    const c = run.report.checks[0]!;
    expect(c.status).toBe('error');
    expect(c.summary).toContain(summary);
    expect(c.summary).toContain('set allowOutsideWorkspace: true on the check to read it');
    expect(run.report.verdict).toBe('hold');
    const manifest = JSON.parse(await readFile(path.join(run.outDir, 'manifest.json'), 'utf8')) as {
      files: { path: string }[];
    };
    expect(manifest.files.map((f) => f.path).filter((p) => p.startsWith('evidence/'))).toEqual([]);
    for (const f of manifest.files)
      expect(await readFile(path.join(run.outDir, f.path), 'utf8')).not.toMatch(/root:x:0:0/);
  });

  it('allowOutsideWorkspace reads it, and a finding names the path', async () => {
    const { parent, repo } = await layout();
    const r = await runCheck(
      'evidence',
      { file: 'reports/linked.json', assert: ['status == "pass"'], allowOutsideWorkspace: true },
      { cwd: repo, deps: { now: () => NOW } },
    );
    expect(r.status).toBe('pass');
    expect(r.findings).toEqual([
      {
        level: 'warning',
        message: `evidence file reports/linked.json is outside the workspace (${path.join(parent, 'outside/shadow.json')}); read because allowOutsideWorkspace is set`,
      },
    ]);
  });
});
