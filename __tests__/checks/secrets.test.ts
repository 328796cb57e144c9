import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Redactor } from '../../src/core/redact.js';
import type { CheckResult } from '../../src/core/types.js';
import { Planter } from '../change/plant.js';
import { commit, makeRepo, source } from '../change/repo.js';
import { tempDir, writeFiles } from '../helpers/fs.js';
import { runCheck } from './run.js';

async function scan(dir: string, base: string, spec: Record<string, unknown> = {}): Promise<CheckResult> {
  return runCheck('secrets', spec, {
    cwd: dir,
    outputDir: path.join(dir, '.out'),
    deps: { change: source(dir, { base }) },
  });
}

const counted = (r: CheckResult) => r.findings.filter((f) => f.level !== 'notice');

/** Values people put where a secret would go, which are not secrets. */
const DECOYS = [
  'api_key = "your_api_key_here"',
  'password: "changeme"',
  'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE',
  'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'token = "${GITHUB_TOKEN}"',
  'GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}',
  'password = os.environ["DB_PASSWORD"]',
  'const token = getToken(request);',
  'DATABASE_URL=postgres://user:password@localhost:5432/dev',
  'REDIS_URL=redis://:${REDIS_PASSWORD}@cache:6379',
  'gh_token = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"',
  'STRIPE_KEY=sk_live_1234567890abcdefghijklmnop',
  'secret_key = "test-secret-key-for-fixtures"',
  'tokenizer = "bert-base-uncased"',
  'password_field = "password"',
  'pwd = "/home/runner/work/project"',
  'if (pem.startsWith("-----BEGIN RSA PRIVATE KEY-----")) return parse(pem);',
  'jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"',
  'secretName: my-app-credentials',
  'token_endpoint: https://login.example.com/oauth/token',
  'export const SESSION_SECRET_HEADER = "X-Session-Secret";',
  'Use `sk_live_...` keys only in production.',
];

describe('secrets check', () => {
  it('finds every kind of secret in added lines, with file, line and a redacted value', async () => {
    const dir = await tempDir();
    const p = new Planter(7);
    const kinds = p.kinds();
    const pem = p.pem();
    const base = await makeRepo(dir, { 'README.md': '# app\n' });
    const files: Record<string, string> = { 'deploy/key.pem': `# deploy key\n${pem.text}` };
    for (const k of kinds) files[k.file] = `${files[k.file] ?? '# config\n'}${k.line}\n`;
    await commit(dir, files);
    const r = await scan(dir, base);

    expect(r.status).toBe('fail');
    const byRule = new Map<string, string[]>();
    for (const f of counted(r))
      byRule.set(f.message.split(':')[0]!, [
        ...(byRule.get(f.message.split(':')[0]!) ?? []),
        `${f.file}:${f.line}`,
      ]);
    for (const k of kinds) {
      const f = r.findings.find((x) => x.file === k.file);
      expect(f, `${k.rule} in ${k.file}`).toBeDefined();
      expect(f!.line).toBe(2);
      expect(f!.level).toBe('failure');
      expect(f!.fingerprint).toMatch(/^[0-9a-f]{24}$/);
      // The kind (the rule's title) and the length: not one character of the value.
      expect(f!.message.endsWith(`: *** (${k.secret.length} chars)`), f!.message).toBe(true);
    }
    const key = r.findings.find((f) => f.file === 'deploy/key.pem');
    expect(key).toMatchObject({
      line: 2,
      level: 'failure',
      message: 'Private key: *** (64 chars)',
    });
    expect(counted(r)).toHaveLength(kinds.length + 1);
    expect(r.metrics).toMatchObject({ findings: kinds.length + 1, binaryFilesSkipped: 0, base });
    // No value reaches the result: only the redacted form.
    const json = JSON.stringify(r);
    for (const k of [...kinds.map((x) => x.secret), pem.body]) expect(json).not.toContain(k);
  });

  it('does not flag placeholders, references, documentation or fixtures', async () => {
    const dir = await tempDir();
    const base = await makeRepo(dir, {});
    await commit(dir, {
      'config/decoys.txt': `${DECOYS.join('\n')}\n`,
      'docs/keys.md': '-----BEGIN PRIVATE KEY-----\n...your key here...\n-----END PRIVATE KEY-----\n',
    });
    const r = await scan(dir, base);
    expect(r.findings).toEqual([]);
    expect(r).toMatchObject({
      status: 'pass',
      summary: expect.stringMatching(/^no secrets in 2 changed file\(s\), \d+ added line\(s\) of /),
    });
  });

  it('counts only added lines: deleted, unchanged and renamed content is not a finding; the text a binary file gained is read after the diff', async () => {
    const dir = await tempDir();
    const p = new Planter(11);
    const [old1, old2, old3, fresh] = [p.chars(36), p.chars(36), p.chars(36), p.chars(36)];
    const body = (t: string) =>
      `${Array.from({ length: 12 }, (_, i) => `line ${i}`).join('\n')}\nGH=ghp_${t}\n`;
    const base = await makeRepo(dir, {
      'deleted.sh': `GH=ghp_${old1}\n`,
      'kept.sh': `GH=ghp_${old2}\nother=1\n`,
      'moved/from.sh': body(old3),
    });
    await commit(dir, {
      'deleted.sh': null,
      'kept.sh': `GH=ghp_${old2}\nother=2\n`,
      'moved/from.sh': null,
      'moved/to.sh': `${body(old3)}extra line\n`,
      'blob.bin': Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(`ghp_${fresh}`)]),
      'win.env': `A=1\r\nGH_TOKEN=ghp_${fresh}\r\n`,
    });
    const r = await scan(dir, base);
    expect(counted(r).map((f) => [f.file, f.line])).toEqual([
      ['win.env', 2],
      ['blob.bin', 1],
    ]);
    expect(r.findings[0]!.message).toBe('GitHub personal access token: *** (40 chars)');
    expect(r.metrics).toMatchObject({ binaryFilesScanned: 1, binaryFilesSkipped: 0, filesScanned: 4 });
  });

  it('accepts findings by path glob, regex, inline marker and baseline — and reports them as notices', async () => {
    const dir = await tempDir();
    const p = new Planter(5);
    const [a, b, c, d, e] = [p.chars(36), p.chars(36), p.chars(36), p.chars(36), p.chars(36)];
    const base = await makeRepo(dir, {});
    await commit(dir, {
      '__tests__/fixtures/tokens.txt': `ghp_${a}\n`,
      'src/a.ts': `const t = "ghp_${b}"; // promotion-gate:allow-secret (revoked, OPS-9)\n`,
      'src/b.ts': `const u = "ghp_${c}";\n`,
      'src/c.ts': `const v = "ghs_${d}";\n`,
      'src/d.ts': `const w = "ghp_${e}";\n`,
    });
    const first = await scan(dir, base);
    const candidates = await readFile(
      path.join(dir, '.out/evidence/secrets/baseline-candidates.txt'),
      'utf8',
    );
    const cLine = candidates.split('\n').find((l) => l.includes('src/c.ts:1'))!;
    expect(cLine).toMatch(
      /^[0-9a-f]{24} {2}src\/c\.ts:1 {2}GitHub app installation token: \*\*\* \(\d+ chars\)$/,
    );
    await writeFiles(dir, { '.github/secrets-baseline.txt': `# rotated 2026-04-01 (alice)\n${cLine}\n` });
    expect(counted(first)).toHaveLength(4);

    const r = await scan(dir, base, {
      allowPaths: ['**/fixtures/**'],
      allowPatterns: [`^ghp_${c.slice(0, 6)}`],
      baseline: '.github/secrets-baseline.txt',
    });
    expect(counted(r).map((f) => f.file)).toEqual(['src/d.ts']);
    expect(
      r.findings.filter((f) => f.level === 'notice').map((f) => [f.file, f.message.split(' — ')[1]]),
    ).toEqual([
      ['src/a.ts', 'accepted (inline marker)'],
      ['src/b.ts', 'accepted (allow pattern)'],
      ['src/c.ts', 'accepted (baseline)'],
    ]);
    expect(r.metrics).toMatchObject({ findings: 1, accepted: 3, allowedFiles: 1 });
    expect(r.status).toBe('fail');
  });

  it('warns (does not fail) for test-mode keys; custom rules and disabled rules work', async () => {
    const dir = await tempDir();
    const p = new Planter(9);
    const test = `sk_test_${p.chars(30)}`;
    const internal = `acme_${p.chars(30)}`;
    const base = await makeRepo(dir, {});
    await commit(dir, { 'pay.env': `STRIPE=${test}\nINTERNAL=${internal}\nJWT_LIKE=AIza${p.chars(35)}\n` });
    const r = await scan(dir, base, {
      rules: [
        {
          id: 'acme-token',
          title: 'ACME service token',
          pattern: 'acme_[A-Za-z0-9]{30}',
          keywords: ['acme_'],
        },
      ],
      disableRules: ['gcp-api-key'],
    });
    expect(r.findings.map((f) => [f.line, f.level, f.message.split(':')[0]])).toEqual([
      [1, 'warning', 'Stripe test-mode secret key'],
      [2, 'failure', 'ACME service token'],
    ]);
  });

  it('is an error — never a pass — when the range or the baseline is missing', async () => {
    const dir = await tempDir();
    await makeRepo(dir, { 'a.txt': '1\n' });
    const noRange = await runCheck(
      'secrets',
      {},
      { cwd: dir, outputDir: path.join(dir, '.out'), deps: { change: source(dir) } },
    );
    expect(noRange).toMatchObject({
      status: 'error',
      summary: expect.stringContaining('could not run: no base revision to compare with'),
    });
    const noSource = await runCheck('secrets', {}, { cwd: dir, outputDir: path.join(dir, '.out') });
    expect(noSource.status).toBe('error');
    const noBaseline = await scan(dir, 'HEAD', { baseline: 'missing.txt' });
    expect(noBaseline).toMatchObject({
      status: 'error',
      summary: 'could not run: baseline missing.txt: file not found',
    });
  });

  it('asks for its scan before the range is known, so that the scan starts while the range is resolved', async () => {
    const dir = await tempDir();
    const base = await makeRepo(dir, { 'a.txt': '1\n' });
    await commit(dir, { 'a.txt': `1\ntoken = "ghp_${new Planter(13).chars(36)}"\n` });
    const real = source(dir, { base });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const asked: string[] = [];
    const change: typeof real = {
      ...real,
      range: async (...a) => {
        asked.push('range');
        await held;
        return real.range(...a);
      },
      scanPortable: (...a) => {
        asked.push('scan');
        // The scan is asked for; the range the check waits on comes now.
        release();
        return real.scanPortable(...a);
      },
    };
    const r = await runCheck(
      'secrets',
      {},
      { cwd: dir, outputDir: path.join(dir, '.out'), deps: { change } },
    );
    expect(asked).toEqual(['scan', 'range']);
    expect(r.status).toBe('fail');
    expect(r.summary).toContain('GitHub personal access token');
  });

  it('scans over-long lines in pieces without missing a secret at a cut', async () => {
    const dir = await tempDir();
    const p = new Planter(3);
    const token = `ghp_${p.chars(36)}`;
    const filler = 'x'.repeat(3 * 1024 * 1024);
    const base = await makeRepo(dir, {});
    // The token straddles the first 1 MiB cut.
    await commit(dir, { 'bundle.min.js': `${filler.slice(0, 1024 * 1024 - 20)}"${token}"${filler}\n` });
    const r = await scan(dir, base);
    expect(counted(r).map((f) => [f.file, f.line])).toEqual([['bundle.min.js', 1]]);
  });

  it('registers every line of a private key, also of one written on one line with \\n escapes', async () => {
    const dir = await tempDir();
    const p = new Planter(13);
    const pem = p.pem();
    const lines = pem.text.split('\n').slice(1, 7);
    const escaped = [p.chars(64), p.chars(64), p.chars(20)];
    const json = JSON.stringify({
      private_key: `-----BEGIN PRIVATE KEY-----\n${escaped.join('\n')}\n-----END PRIVATE KEY-----\n`,
    });
    const base = await makeRepo(dir, {});
    await commit(dir, { 'keys/deploy.pem': pem.text, 'keys/service.json': `${json}\n` });
    const redactor = new Redactor();
    const r = await runCheck(
      'secrets',
      {},
      {
        cwd: dir,
        outputDir: path.join(dir, '.out'),
        deps: { change: source(dir, { base }), redactor },
      },
    );
    expect(counted(r).map((f) => [f.file, f.line, f.message.split(':')[0]])).toEqual([
      ['keys/deploy.pem', 1, 'Private key'],
      ['keys/service.json', 1, 'Private key'],
    ]);
    // Any one line, printed alone by anything, is masked; so is each piece of the one-line key.
    for (const line of [...lines, ...escaped]) expect(redactor.redact(`> ${line} <`)).toBe('> *** <');
    const evidence = await readFile(path.join(dir, '.out/evidence/secrets/findings.json'), 'utf8');
    for (const line of lines) expect(evidence).not.toContain(line);
  });
});
