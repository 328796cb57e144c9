import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/fs.js';
import { stepsOf, workflows } from './files.js';

/** The workflows' own `run:` scripts, run by bash as the runner runs them. */

function script(file: string, match: (s: { name?: string; id?: string }) => boolean): string {
  const wf = workflows().find((w) => w.rel.endsWith(`/${file}`))!;
  const step = stepsOf(wf).find((s) => match(s.step));
  if (!step?.step.run) throw new Error(`no such run: step in ${file}`);
  return step.step.run;
}

async function runStep(run: string, env: Record<string, string>) {
  const dir = await tempDir('pg-step-');
  const files = { env: path.join(dir, 'env'), output: path.join(dir, 'output') };
  await writeFile(files.env, '');
  await writeFile(files.output, '');
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', run], {
    env: { PATH: process.env.PATH, GITHUB_ENV: files.env, GITHUB_OUTPUT: files.output, ...env },
    encoding: 'utf8',
  });
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    env: await readFile(files.env, 'utf8'),
    output: await readFile(files.output, 'utf8'),
  };
}

/** Reads $GITHUB_ENV as the runner does (`NAME<<DELIMITER` blocks). */
function envFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

describe('the secret environment step', () => {
  const run = script('promote.yml', (s) => s.name === 'Secret environment');

  it('sets each NAME=value line as an environment variable, each value masked first', async () => {
    const r = await runStep(run, {
      PROMOTION_GATE_ENV: 'SMOKE_TOKEN=s3cr%3t=x\r\n# a comment\n\nAPI_KEY=k-123\nEMPTY=',
    });
    expect(r.code, r.stderr).toBe(0);
    expect(envFile(r.env)).toEqual({ SMOKE_TOKEN: 's3cr%3t=x', API_KEY: 'k-123', EMPTY: '' });
    // `%` is escaped so the runner masks the value itself, not what an unescaped %0A would become.
    expect(r.stdout.split('\n').filter(Boolean)).toEqual(['::add-mask::s3cr%253t=x', '::add-mask::k-123']);
  });

  it('no secret: nothing set', async () => {
    const r = await runStep(run, { PROMOTION_GATE_ENV: '' });
    expect(r).toMatchObject({ code: 0, env: '', stdout: '' });
  });

  it('a line without a name fails naming the line only: the value is never printed', async () => {
    const r = await runStep(run, { PROMOTION_GATE_ENV: 'A=1\nhunter2-the-password' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('line 2 is not NAME=value');
    expect(r.stdout + r.stderr).not.toContain('hunter2');
  });

  it('refuses names the runner and the action rely on', async () => {
    for (const name of ['PATH', 'NODE_OPTIONS', 'GITHUB_TOKEN', 'INPUT_PROFILE', 'LD_PRELOAD', 'BASH_ENV']) {
      const r = await runStep(run, { PROMOTION_GATE_ENV: `${name}=x` });
      expect(r.code, name).toBe(1);
      expect(r.stdout).toContain(`line 1 sets ${name}`);
      expect(r.env).toBe('');
    }
    const bad = await runStep(run, { PROMOTION_GATE_ENV: 'MY-VAR=x' });
    expect(bad.code).toBe(1);
  });
});

describe('the checkpoint month step', () => {
  const run = script('checkpoint.yml', (s) => s.id === 'month');

  it('defaults to the month before the run (UTC)', async () => {
    const r = await runStep(run, { MONTH: '' });
    expect(r.code, r.stderr).toBe(0);
    const now = new Date();
    const before = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0));
    expect(r.output).toBe(`month=${before.toISOString().slice(0, 7)}\n`);
  });

  it('takes a given month, and refuses anything but YYYY-MM', async () => {
    expect((await runStep(run, { MONTH: '2026-02' })).output).toBe('month=2026-02\n');
    for (const month of ['2026-13', '2026-2', '$(touch pwned)', '2026-02; echo'])
      expect((await runStep(run, { MONTH: month })).code, month).toBe(1);
  });
});
