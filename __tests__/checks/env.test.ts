import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, writeFiles } from '../helpers/fs.js';
import { runCheck } from './run.js';

const SECRET = 's3cr3t-value-that-is-long-enough-0123456789';

describe('env check (seed 001 env policy)', () => {
  it('passes a production-like environment', async () => {
    const dir = await tempDir();
    const r = await runCheck(
      'env',
      {
        vars: {
          APP_ENV: { values: ['production', 'prod'] },
          SECRET_KEY: { notIn: ['changeme', 'dev-secret'], minLength: 32 },
          ALLOW_SIM_BACKTEST: { equals: 'false' },
        },
      },
      { cwd: dir, env: { APP_ENV: 'prod', SECRET_KEY: SECRET, ALLOW_SIM_BACKTEST: 'false' } },
    );
    expect(r).toMatchObject({ status: 'pass', summary: '3 variable(s) meet their rules' });
    const evidence = await readFile(path.join(dir, r.evidence[0]!), 'utf8');
    expect(evidence).toContain('"APP_ENV": "\\"prod\\""');
    expect(evidence).not.toContain(SECRET);
  });

  it('explains every broken rule without showing secret values', async () => {
    const dir = await tempDir();
    const r = await runCheck(
      'env',
      {
        vars: {
          APP_ENV: { values: ['production', 'prod'] },
          SECRET_KEY: { notIn: ['changeme'] },
          API_TOKEN: { pattern: '^tok_' },
          MISSING: {},
          OPTIONAL: { required: false },
        },
      },
      { cwd: dir, env: { APP_ENV: 'staging', SECRET_KEY: 'changeme', API_TOKEN: 'abcdefghijkl' } },
    );
    expect(r.status).toBe('fail');
    expect(r.findings.map((f) => f.message)).toEqual([
      'APP_ENV: is "staging", expected one of "production", "prod"',
      'SECRET_KEY: is set to a refused default value',
      'API_TOKEN: is abcd…kl (12 chars), does not match /^tok_/',
      'MISSING: is not set',
    ]);
    expect(JSON.stringify(r)).not.toContain('abcdefghijkl');
    expect(JSON.stringify(r)).not.toContain('changeme');
  });

  it('reads a dotenv file', async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      '.env.production': 'APP_ENV=production\n# comment\nSECRET_KEY="quoted value here"\n',
    });
    const r = await runCheck(
      'env',
      {
        file: '.env.production',
        vars: { APP_ENV: { values: ['production'] }, SECRET_KEY: { minLength: 5 } },
      },
      { cwd: dir, env: {} },
    );
    expect(r.status).toBe('pass');
    const missing = await runCheck('env', { file: 'nope.env', vars: { A: {} } }, { cwd: dir, env: {} });
    expect(missing).toMatchObject({ status: 'error' });
    expect(missing.summary).toContain('cannot read env file nope.env');
  });
});
