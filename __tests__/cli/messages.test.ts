import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { forFrontEnd } from '../../src/app/frontEnd.js';
import { runCli } from '../../src/cli/main.js';
import { loadConfigFile } from '../../src/config/load.js';
import { ConfigError } from '../../src/core/errors.js';
import { describeOutcome } from '../../src/github/publish.js';
import { DirectoryHistory } from '../../src/history/directory.js';
import { makeRepo, PLAIN_ENV } from '../change/repo.js';
import { benchRun } from '../history/fixtures.js';
import { tempDir, writeFiles } from '../helpers/fs.js';

async function cli(args: string[], cwd: string, env: Record<string, string | undefined> = PLAIN_ENV) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env, cwd });
  return { code, stdout, stderr, all: stdout + stderr };
}

const NO_MARKERS = /[⟦⟧]/;

describe('messages name options the way the front end in use spells them', () => {
  it('a missing config: the CLI says --config, the action its config input', async () => {
    const dir = await tempDir();
    const r = await cli(['gate', '-p', 'dev', '-c', 'nope.yml'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('config file not found (set --config, or create .github/promotion-gate.yml)');
    const err = await loadConfigFile(path.join(dir, 'nope.yml'), 'nope.yml').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    forFrontEnd('action').error(err);
    expect((err as ConfigError).message).toContain('(set the `config` input, or create');
    expect((err as ConfigError).issues[0]!.message).not.toMatch(NO_MARKERS);
  });

  it('a mistyped --base in a local clone: check the name, not fetch-depth — on the terminal and in the report', async () => {
    const dir = await tempDir();
    await makeRepo(dir, {
      'package.json': '{}',
      '.github/promotion-gate.yml': `version: 1
profiles:
  dev: { checks: [secrets] }
checks:
  secrets: { type: secrets, enforcement: hard }
`,
    });
    const r = await cli(['gate', '-p', 'dev', '--base', 'mian'], dir);
    expect(r.code).toBe(1);
    expect(r.all).toContain(
      'Check the revision given to --base: a branch, tag or commit of this repository.',
    );
    const md = await readFile(path.join(dir, '.promotion-gate/dev/report.md'), 'utf8');
    const json = await readFile(path.join(dir, '.promotion-gate/dev/report.json'), 'utf8');
    for (const text of [r.all, md, json]) {
      expect(text).not.toContain('fetch-depth');
      expect(text).not.toMatch(NO_MARKERS);
    }
    expect(md).toContain('--base');
    // Said once: "could not run" is not stuttered by the engine and the decision.
    expect(r.stdout).toMatch(
      /✖ secrets \(hard\) could not run \(counted as fail\): base \(given base\) "mian"/,
    );
    expect(r.all).not.toMatch(/could not run[^\n]*could not run/);
  });

  it('publish from the CLI names --pr and --no-check-run, and says each outcome once', async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      'package.json': '{}',
      '.github/promotion-gate.yml':
        'version: 1\nprofiles:\n  dev: { checks: [files] }\nchecks:\n  files: { type: files, paths: [package.json] }\n',
    });
    expect((await cli(['gate', '-p', 'dev'], dir)).code).toBe(0);
    const env = { ...PLAIN_ENV, GITHUB_REPOSITORY: '', GITHUB_TOKEN: 'placeholder-for-a-token' };
    const r = await cli(['publish', '.promotion-gate/dev', '--repo', 'acme/app', '--no-check-run'], dir, env);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  check run: skipped — off (--no-check-run)\n');
    expect(r.stdout).toContain('  PR comment: skipped — not a pull request (set --pr to comment anyway)\n');
    expect(r.all).not.toContain('pr-number');
    expect(r.all).not.toMatch(NO_MARKERS);
  });

  it('the action spells the same outcomes as inputs, and an outcome’s reason is not said twice', () => {
    const action = forFrontEnd('action').text;
    expect(
      action(
        describeOutcome({
          sink: 'PR comment',
          state: 'skipped',
          reason: 'not-applicable',
          detail: 'not a pull request (set ⟦pr-number⟧ to comment anyway)',
        }),
      ),
    ).toBe('PR comment: skipped — not a pull request (set the `pr-number` input to comment anyway)');
    expect(
      describeOutcome({ sink: 'artifact', state: 'skipped', reason: 'off', detail: 'off (artifact: false)' }),
    ).toBe('artifact: skipped — off (artifact: false)');
    expect(
      describeOutcome({ sink: 'check run', state: 'skipped', reason: 'read-only', detail: 'HTTP 403' }),
    ).toBe('check run: skipped (read-only) — HTTP 403');
    expect(action('off (⟦check-run=false⟧)')).toBe('off (`check-run: false`)');
    expect(forFrontEnd('cli').text('⟦comment=off⟧, ⟦base⟧')).toBe('--comment off, --base');
  });

  it('the drift command’s check line says what it measured, not "drift off", when it reports an alert', async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      '.github/promotion-gate.yml': `version: 1
profiles:
  prod: { checks: [kb] }
checks:
  kb: { type: benchmark, file: kb.json }
`,
      'kb.json': '{"precision": 0.6, "recall": 0.7612345}',
    });
    const history = new DirectoryHistory(path.join(dir, 'hist'), 'hist');
    let at = 0;
    for (const recall of [0.84, 0.82, 0.83, 0.83])
      await history.append(benchRun({ precision: 0.6, recall }, { profile: 'prod', at: at++ }));
    const r = await cli(['drift', '-p', 'prod', '--history', 'dir:hist'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('DRIFT  prod  1 alert(s), 1 blocking');
    expect(r.stderr).toMatch(/✔ kb .* measured precision 0\.6, recall 0\.761; judged against history below/);
    expect(r.all).not.toMatch(/drift off|no drift check/);
    // Numbers come rounded, with their sign: no float noise.
    expect(r.stdout).toContain('recall drifted: 0.761 vs the mean of the last 4 runs (0.83) is -0.0688');
  });
});
