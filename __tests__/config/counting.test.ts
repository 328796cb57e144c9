import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { parseConfig } from '../../src/config/load.js';
import { planGate } from '../../src/config/plan.js';
import { ConfigError, type ConfigIssue } from '../../src/core/errors.js';
import { tempDir, writeFiles } from '../helpers/fs.js';

/** A profile whose checks can neither hold nor lower the score would promote every release 5/5. */

const FILE = '.github/promotion-gate.yml';

const CONFIG = `version: 1
profiles:
  dev: { checks: [a] }
  empty: { checks: [] }
  bare: { description: no checks at all }
  quiet:
    checks: [a, b, c]
    overrides: { a: { enforcement: off } }
  staging: { extends: dev, overrides: { a: { enforcement: dry-run } } }
checks:
  a: { type: files, paths: [package.json] }
  b: { type: files, enforcement: dry-run, paths: [package.json] }
  c: { type: files, enforcement: advisory, paths: [package.json] }
`;

function planIssues(text: string, profile: string): ConfigIssue[] {
  try {
    planGate(parseConfig(FILE, text), profile, { env: {}, inputs: {} });
  } catch (err) {
    if (err instanceof ConfigError) return err.issues;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

async function cli(args: string[], config: string) {
  const dir = await tempDir();
  await writeFiles(dir, { 'package.json': '{}', [FILE]: config });
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: { PATH: process.env.PATH },
    cwd: dir,
  });
  return { code, stdout, stderr };
}

describe('a profile must run a check that counts', () => {
  it.each<[string, number, string]>([
    ['empty', 4, 'profile empty runs no check that counts (it has no checks)'],
    ['bare', 5, 'profile bare runs no check that counts (it has no checks)'],
    ['quiet', 6, 'profile quiet runs no check that counts (a: off, b: dry-run, c: advisory)'],
    ['staging', 9, 'profile staging runs no check that counts (a: dry-run)'],
  ])('%s is a config error at its line', (profile, line, message) => {
    expect(planIssues(CONFIG, profile)).toEqual([
      expect.objectContaining({
        file: FILE,
        line,
        path: `profiles.${profile}`,
        message: `${message}: give it at least one hard, required or scored check`,
      }),
    ]);
  });

  it('a profile with one counting check plans', () => {
    expect(planGate(parseConfig(FILE, CONFIG), 'dev', { env: {}, inputs: {} }).checks).toHaveLength(1);
  });

  it('a benchmark that its mode turns off in dev does not count', () => {
    const text = `version: 1
profiles: { dev: { checks: [kb] } }
checks: { kb: { type: benchmark, file: kb.json, mode: auto } }
`;
    expect(planIssues(text, 'dev')[0]!.message).toContain('profile dev runs no check that counts (kb: off)');
  });

  it('gate exits 2 with the reason, and promotes nothing', async () => {
    const r = await cli(['gate', '--profile', 'empty'], CONFIG);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${FILE}:4:3: profiles.empty: profile empty runs no check that counts`);
    expect(r.stdout).not.toContain('PROMOTE');
    expect((await cli(['gate', '--profile', 'dev'], CONFIG)).code).toBe(0);
  });

  it('validate without a profile reports every such profile', async () => {
    const r = await cli(['validate'], CONFIG);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('(4 problems)');
    for (const p of ['empty', 'bare', 'quiet', 'staging'])
      expect(r.stderr).toContain(`profiles.${p}: profile ${p} runs no check that counts`);
    const fine = await cli(['validate'], CONFIG.replace(/ {2}empty:[\s\S]*?checks:\n/, 'checks:\n'));
    expect(fine).toMatchObject({ code: 0 });
    expect(fine.stdout).toContain('valid (3 checks, profiles: dev)');
  });
});
