import { execFile, spawn } from 'node:child_process';
import { appendFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { tempDir, writeFiles } from '../helpers/fs.js';
import { eventually, readPids, running, waitForPids } from '../helpers/processes.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

const CONFIG = `version: 1
profiles:
  dev: { checks: [files] }
  strict: { extends: dev, checks: [missing] }
checks:
  files: { type: files, paths: [package.json] }
  missing: { type: files, enforcement: hard, paths: [NOPE.md] }
`;

async function cli(args: string[], cwd: string, env: Record<string, string | undefined> = process.env) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env, cwd });
  return { code, stdout, stderr };
}

async function project(config = CONFIG): Promise<string> {
  const dir = await tempDir();
  await writeFiles(dir, { 'package.json': '{}', '.github/promotion-gate.yml': config });
  return dir;
}

describe('CLI exit codes and messages', () => {
  it('gate: 0 on promote, with the verdict and where the report is', async () => {
    const dir = await project();
    const r = await cli(['gate', '--profile', 'dev'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('PROMOTE dev: score 5/5, auto-promote, level ga_ready');
    expect(r.stdout).toContain(`report: ${path.join('.promotion-gate', 'dev', 'report.md')}`);
    expect(r.stderr).toMatch(/✔ files\s+pass\s+5\/5/);
  });

  it('gate: 1 on hold, 0 with --fail-on never', async () => {
    const dir = await project();
    const hold = await cli(['gate', '-p', 'strict'], dir);
    expect(hold.code).toBe(1);
    expect(hold.stdout).toContain('HOLD strict:');
    expect(hold.stdout).toContain('✖ missing (hard) failed: required path missing: NOPE.md');
    expect((await cli(['gate', '-p', 'strict', '--fail-on', 'never'], dir)).code).toBe(0);
  });

  it('2 on a bad config, naming file, line and key', async () => {
    const dir = await project(
      CONFIG.replace('paths: [package.json]', 'paths: [package.json], nonEmpty: yes please'),
    );
    const r = await cli(['gate', '-p', 'dev'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('invalid configuration (1 problem)');
    expect(r.stderr).toMatch(
      /\.github\/promotion-gate\.yml:6:\d+: checks\.files\.nonEmpty: expected boolean, got "yes please"/,
    );
  });

  it('2 on a missing config, an unknown profile, a bad input or a bad option', async () => {
    const dir = await project();
    expect((await cli(['gate', '-p', 'dev', '-c', 'nope.yml'], dir)).stderr).toContain(
      'config file not found',
    );
    const unknown = await cli(['gate', '-p', 'prod'], dir);
    expect(unknown).toMatchObject({ code: 2 });
    expect(unknown.stderr).toContain('unknown profile "prod"');
    expect((await cli(['gate', '-p', 'dev', '--input', 'novalue'], dir)).stderr).toContain(
      '--input: expected key=value, got "novalue"',
    );
    expect((await cli(['gate', '-p', 'dev', '--fail-on', 'sometimes'], dir)).code).toBe(2);
    expect((await cli(['gate'], dir)).code).toBe(2);
    expect((await cli(['frobnicate'], dir)).code).toBe(2);
  });

  it('3 on an internal error, with the cause', async () => {
    const dir = await project();
    let stderr = '';
    const code = await runCli(['gate', '-p', 'dev'], {
      stdout: () => {
        throw new Error('write EPIPE');
      },
      stderr: (t) => (stderr += t),
      env: process.env,
      cwd: dir,
    });
    expect(code).toBe(3);
    expect(stderr).toMatch(/internal error: write EPIPE/);
  });

  it('an internal error that quotes a URL with credentials prints it masked', async () => {
    const dir = await project();
    let stderr = '';
    const code = await runCli(['gate', '-p', 'dev'], {
      stdout: () => {
        throw new Error('cannot reach https://deploy:hunter2-secret@example.test/x?token=abcdef123456');
      },
      stderr: (t) => (stderr += t),
      env: process.env,
      cwd: dir,
    });
    expect(code).toBe(3);
    expect(stderr).toContain('internal error: cannot reach https://');
    expect(stderr).not.toContain('hunter2-secret');
    expect(stderr).not.toContain('abcdef123456');
  });

  it('validate: every problem at once', async () => {
    const dir = await project(`version: 1
profiles:
  dev: { checks: [a, b] }
checks:
  a: { type: files, pathz: [x] }
  b: { type: htp }
`);
    const r = await cli(['validate'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('(2 problems)');
    expect(r.stderr).toContain(':5:21: checks.a.pathz: unknown key "pathz" (did you mean "paths"?)');
    expect(r.stderr).toContain('.github/promotion-gate.yml:6:14: checks.b.type: unknown check type "htp"');
  });

  it('validate: a profile with its inputs', async () => {
    const dir = await project(`version: 1
profiles: { staging: { checks: [t] } }
checks:
  t: { type: command, run: "curl \${{ inputs.url }}" }
`);
    expect((await cli(['validate'], dir)).code).toBe(0);
    const missing = await cli(['validate', '-p', 'staging'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('${{ inputs.url }} has no value: pass --input url=VALUE');
    const ok = await cli(['validate', '-p', 'staging', '-i', 'url=http://x'], dir);
    expect(ok.stdout).toContain('profile staging runs 1 check(s): t');
  });

  it('schema: a JSON Schema for editors', async () => {
    const dir = await tempDir();
    const r = await cli(['schema'], dir);
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.required).toEqual(expect.arrayContaining(['version', 'profiles', 'checks']));
  });

  it('verify: 0 when intact, 1 naming what changed', async () => {
    const dir = await project();
    await cli(['gate', '-p', 'dev'], dir);
    const ok = await cli(['verify', '.promotion-gate/dev'], dir);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/intact — 3 file\(s\), bundle sha256:[0-9a-f]{64}/);
    await appendFile(path.join(dir, '.promotion-gate/dev/evidence/files/matches.json'), ' ');
    const bad = await cli(['verify', '.promotion-gate/dev'], dir);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('changed   evidence/files/matches.json');
  });
});

describe('the bundled CLI', () => {
  it('runs from dist/cli/index.js as a program', async () => {
    const dir = await project();
    const bin = path.join(ROOT, 'dist/cli/index.js');
    const { stdout } = await promisify(execFile)(process.execPath, [bin, 'gate', '-p', 'dev'], { cwd: dir });
    expect(stdout).toContain('PROMOTE dev:');
    const report = JSON.parse(await readFile(path.join(dir, '.promotion-gate/dev/report.json'), 'utf8'));
    expect(report.verdict).toBe('promote');
    const version = await promisify(execFile)(process.execPath, [bin, '--version']);
    const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8'));
    expect(version.stdout.trim()).toBe(pkg.version);
  });

  it("bounds a config's pattern that backtracks without end on text a change wrote", async () => {
    const dir = await project(`version: 1
profiles: { dev: { checks: [size] } }
checks:
  size: { type: trend, file: build/size.txt, pattern: '^(a+)+(\\d+) bytes$' }
`);
    // Backtracking alone would try 2^40 ways to split the a's before it gave up on this line.
    await writeFiles(dir, { 'build/size.txt': `${'a'.repeat(40)}! bytes\n` });
    const bin = path.join(ROOT, 'dist/cli/index.js');
    const r = await promisify(execFile)(process.execPath, [bin, 'gate', '-p', 'dev', '--fail-on', 'never'], {
      cwd: dir,
      // Should it hang again, the test fails without leaving the gate running.
      timeout: 30_000,
    });
    expect(r.stderr).toMatch(
      /size\s+error .*no match of \/\^\(a\+\)\+\(\\d\+\) bytes\$\/ with a number in build\/size\.txt/,
    );
  });

  it('stops on SIGINT: kills running commands, still writes the report, exits 130', async () => {
    const dir = await project(`version: 1
profiles: { dev: { checks: [quick, slow] } }
checks:
  quick: { type: files, paths: [package.json] }
  slow: { type: command, run: "(echo $BASHPID > bg.pid; sleep 3; touch survived) & sleep 30" }
`);
    const child = spawn(process.execPath, [path.join(ROOT, 'dist/cli/index.js'), 'gate', '-p', 'dev'], {
      cwd: dir,
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    // Once the command runs (its background subshell wrote its pid), not after a fixed wait.
    await waitForPids(path.join(dir, 'bg.pid'), 1);
    child.kill('SIGINT');
    const code = await new Promise<number | null>((r) => child.on('close', r));
    expect(code).toBe(130);
    expect(stderr).toContain('SIGINT: stopping the checks');
    const report = JSON.parse(await readFile(path.join(dir, '.promotion-gate/dev/report.json'), 'utf8'));
    expect(report.verdict).toBe('hold');
    expect(report.checks.find((c: { id: string }) => c.id === 'slow')).toMatchObject({
      status: 'error',
      error: 'stopped by SIGINT',
    });
    expect(report.checks.find((c: { id: string }) => c.id === 'quick').status).toBe('pass');
    // The subshell was stopped with the run: once it is gone, it can never touch the file.
    const [bg] = await readPids(path.join(dir, 'bg.pid'));
    expect(await eventually(() => !running(bg!))).toBe(true);
    await expect(readFile(path.join(dir, 'survived'))).rejects.toThrow();
  });
});

describe('committed artefacts', () => {
  it('schema/promotion-gate.schema.json is what `promotion-gate schema` prints (npm run schema)', async () => {
    const r = await cli(['schema'], ROOT);
    expect(await readFile(path.join(ROOT, 'schema/promotion-gate.schema.json'), 'utf8')).toBe(r.stdout);
  });

  it('src/version.ts matches package.json', async () => {
    const { VERSION } = await import('../../src/version.js');
    const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8'));
    expect(VERSION).toBe(pkg.version);
  });
});
