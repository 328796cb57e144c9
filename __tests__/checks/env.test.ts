import { execFile } from 'node:child_process';
import { readFile, symlink } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { envCheck } from '../../src/checks/local/env.js';
import { parseConfig } from '../../src/config/load.js';
import { cleanupContexts, makeContext } from '../helpers/context.js';
import { tempDir, writeFiles } from '../helpers/fs.js';
import { runCheck } from './run.js';

const SECRET = 's3cr3t-value-that-is-long-enough-0123456789';

describe('env check (production environment policy)', () => {
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

  it('explains every broken rule without showing secret values, or any character of one', async () => {
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
      { cwd: dir, env: { APP_ENV: 'staging', SECRET_KEY: 'changeme', API_TOKEN: 'Zq9Xdefghi7W' } },
    );
    expect(r.status).toBe('fail');
    expect(r.findings.map((f) => f.message)).toEqual([
      'APP_ENV: is "staging", expected one of "production", "prod"',
      'SECRET_KEY: is set to a refused default value',
      'API_TOKEN: is *** (12 chars), does not match /^tok_/',
      'MISSING: is not set',
    ]);
    // Not even the first or last characters: the value is a live credential, not a token shape.
    for (const piece of ['Zq9X', '7W', 'changeme']) expect(JSON.stringify(r)).not.toContain(piece);
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

  it('reads a dotenv file only inside the workspace', async () => {
    const parent = await tempDir();
    await writeFiles(parent, {
      'outside/.env': `API_KEY=${SECRET}\n`,
      'repo/.env.staging': 'APP_ENV=staging\n',
    });
    const repo = path.join(parent, 'repo');
    await symlink(path.join(parent, 'outside/.env'), path.join(repo, '.env'));
    for (const file of ['../outside/.env', path.join(parent, 'outside/.env'), '.env']) {
      const r = await runCheck('env', { file, vars: { API_KEY: {} } }, { cwd: repo, env: {} });
      expect(r.status).toBe('error');
      expect(r.summary).toContain(`could not run: env file ${file} is outside the workspace`);
      expect(JSON.stringify(r)).not.toContain(SECRET);
    }
    const allowed = await runCheck(
      'env',
      { file: '.env', vars: { API_KEY: { minLength: 10 } }, allowOutsideWorkspace: true },
      { cwd: repo, env: {} },
    );
    expect(allowed.status).toBe('pass');
    expect(allowed.findings.map((f) => f.message)).toEqual([
      `env file .env is outside the workspace (${path.join(parent, 'outside/.env')}); read because allowOutsideWorkspace is set`,
    ]);
  });

  it('refuses a FIFO as its dotenv file instead of waiting on it', async () => {
    const dir = await tempDir();
    await promisify(execFile)('mkfifo', [path.join(dir, 'fifo.env')]);
    const r = await runCheck('env', { file: 'fifo.env', vars: { A: {} } }, { cwd: dir, env: {} });
    expect(r).toMatchObject({
      status: 'error',
      summary: 'could not run: cannot read env file fifo.env: fifo.env is not a regular file',
    });
  });

  describe('variables named like built-in object members', () => {
    afterAll(cleanupContexts);

    it('constructor and toString are names: unset is "not set", set is read as set', async () => {
      const dir = await tempDir();
      const vars = { constructor: { values: ['prod'] }, toString: { minLength: 3 } };
      const unset = await runCheck('env', { vars }, { cwd: dir, env: {} });
      expect(unset.findings.map((f) => f.message)).toEqual([
        'constructor: is not set',
        'toString: is not set',
      ]);
      const evidence = JSON.parse(await readFile(path.join(dir, unset.evidence[0]!), 'utf8')) as unknown;
      expect(evidence).toEqual({
        source: 'process environment',
        vars: { constructor: 'unset', toString: 'unset' },
      });

      const set = await runCheck(
        'env',
        { vars },
        { cwd: dir, env: { constructor: 'prod', toString: SECRET } },
      );
      expect(set).toMatchObject({ status: 'pass', summary: '2 variable(s) meet their rules' });

      await writeFiles(dir, { '.env': 'toString=abc\n' });
      const fromFile = await runCheck('env', { file: '.env', vars }, { cwd: dir, env: {} });
      expect(fromFile.findings.map((f) => f.message)).toEqual(['constructor: is not set']);
    });

    it('__proto__: a rule is recorded as a variable, not lost on a prototype; the config refuses the name at its line', async () => {
      // The config loader refuses the key, so only a spec made in code can hold it.
      const spec = envCheck.fields.parse({ vars: { APP_ENV: { values: ['prod'] } } });
      Object.defineProperty(spec.vars, '__proto__', {
        value: { required: true, values: ['prod'] },
        enumerable: true,
      });
      const unset = await makeContext();
      expect(await envCheck.run(spec, unset)).toMatchObject({
        status: 'fail',
        findings: [{ message: 'APP_ENV: is not set' }, { message: '__proto__: is not set' }],
      });
      expect(JSON.parse(await unset.readEvidence('env.json'))).toEqual({
        source: 'process environment',
        vars: JSON.parse('{"APP_ENV": "unset", "__proto__": "unset"}'),
      });

      const set = await makeContext({ env: JSON.parse('{"APP_ENV": "prod", "__proto__": "prod"}') });
      expect(await envCheck.run(spec, set)).toMatchObject({ status: 'pass' });
      expect(await set.readEvidence('env.json')).toContain('"__proto__": "\\"prod\\""');

      expect(() =>
        parseConfig(
          'pg.yml',
          'version: 1\nprofiles: { p: { checks: [e] } }\nchecks:\n  e:\n    type: env\n    vars:\n      __proto__: {}\n',
        ),
      ).toThrow('pg.yml:7:7: checks.e.vars.__proto__: the key "__proto__" is not allowed');
    });
  });
});
