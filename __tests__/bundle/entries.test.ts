import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../../src/history/types.js';
import { ACTION, CLI, runAction } from '../e2e/harness/runner.js';
import { tempDir } from '../helpers/fs.js';
import { initRepo } from '../helpers/git.js';
import { testNode24, withoutNode24 } from '../helpers/node24.js';
import { run } from '../history/fixtures.js';

/** Loaded into the child: on exit it writes the young generation's space size to PG_HEAP. */
const REPORT_NEW_SPACE = path.join(import.meta.dirname, 'fixtures', 'report-new-space.mjs');
/** Loaded into the child: on exit it writes how many functions were made from text to PG_FUNCTIONS. */
const COUNT_FUNCTIONS = path.join(import.meta.dirname, 'fixtures', 'count-functions.mjs');
/** Loaded into the child: on exit it writes the URL of every module it loaded to PG_MODULES. */
const LIST_MODULES = path.join(import.meta.dirname, 'fixtures', 'list-modules.mjs');
/** Loaded into the child: on exit it writes the names of Node's public modules it loaded to PG_BUILTINS. */
const LIST_BUILTINS = path.join(import.meta.dirname, 'fixtures', 'list-builtins.mjs');
/** Loaded into the child: records the V8 flags it sets to PG_FLAGS; with PG_FLAGS_OFF=1 sets none. */
const V8_FLAGS = path.join(import.meta.dirname, 'fixtures', 'v8-flags.mjs');

/** A journal of `n` recent runs, enough for `review` to build and drop many thousand objects. */
function journal(n: number): string {
  const end = Date.now() - 60_000;
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const at = new Date(end - (n - i) * 60_000).toISOString();
    const checks: RunSummary['checks'] = [
      { id: 'tests', type: 'command', status: 'pass', score: 5, metrics: { tests: 1200 + (i % 7) } },
      { id: 'bench', type: 'benchmark', status: 'pass', score: 5, metrics: { latency_ms: 400 + (i % 13) } },
    ];
    lines.push(
      JSON.stringify(run({ profile: 'dev', runId: `run-${i}`, startedAt: at, finishedAt: at, checks })),
    );
  }
  return `${lines.join('\n')}\n`;
}

describe('the bundle’s entries', () => {
  it('keep V8’s young generation at the size it starts with, under Node 24', async (ctx) => {
    const without = withoutNode24();
    ctx.skip(without !== undefined, without);
    const dir = await tempDir('pg-young-');
    await mkdir(path.join(dir, 'history'));
    await writeFile(path.join(dir, 'history', 'dev.jsonl'), journal(4000));
    const sizes: Record<string, number> = {};
    const measure = async (name: string, args: string[], env: Record<string, string> = {}) => {
      const heap = path.join(dir, `${name}.heap`);
      await promisify(execFile)(
        testNode24().path,
        ['--import', V8_FLAGS, '--import', REPORT_NEW_SPACE, ...args],
        {
          cwd: dir,
          env: { ...process.env, PG_HEAP: heap, ...env },
          maxBuffer: 64 * 1024 * 1024,
        },
      );
      sizes[name] = Number(await readFile(heap, 'utf8'));
    };
    const review = ['review', '--profile', 'dev', '--history', `dir:${path.join(dir, 'history')}`];
    await measure('cli', [CLI, ...review, '--out', path.join(dir, 'out-cli')]);
    // The same work with V8's flags left as Node starts: the space grows, so the size the front
    // end keeps is its doing, not the work's.
    await measure('bare', [CLI, ...review, '--out', path.join(dir, 'out-bare')], { PG_FLAGS_OFF: '1' });
    const MB = 1024 * 1024;
    expect(sizes.bare, 'the work makes the space grow').toBeGreaterThanOrEqual(16 * MB);
    expect(sizes.cli).toBeLessThanOrEqual(8 * MB);
  });

  it('set V8’s flags for a command that runs checks, and not for validate, schema or --version', async (ctx) => {
    const without = withoutNode24();
    ctx.skip(without !== undefined, without);
    const dir = await tempDir('pg-flags-');
    await writeFile(path.join(dir, 'README.md'), '# flags\n');
    await writeFile(
      path.join(dir, 'gate.yml'),
      'version: 1\nprofiles:\n  dev: { checks: [readme] }\nchecks:\n  readme: { type: files, paths: [README.md] }\n',
    );
    const RUN_FLAGS = [
      '--semi-space-growth-factor=1',
      '--enable-experimental-regexp-engine-on-excessive-backtracks',
    ];
    const flagsOf = async (name: string, args: string[]) => {
      const out = path.join(dir, `${name}.flags`);
      await promisify(execFile)(testNode24().path, ['--import', V8_FLAGS, CLI, ...args], {
        cwd: dir,
        env: { ...process.env, PG_FLAGS: out, GITHUB_ACTIONS: '' },
      }).catch((err: { code: number }) => {
        if (err.code !== 1) throw err; // a gate that holds still ran its checks
      });
      return (await readFile(out, 'utf8')).split('\n').filter(Boolean);
    };
    expect(await flagsOf('validate', ['validate', '--config', 'gate.yml'])).toEqual([]);
    expect(await flagsOf('schema', ['schema'])).toEqual([]);
    expect(await flagsOf('version', ['--version'])).toEqual([]);
    const gate = ['gate', '--config', 'gate.yml', '--profile', 'dev', '--history', 'off', '--out', 'out'];
    expect(await flagsOf('gate', gate)).toEqual(RUN_FLAGS);
    expect(await flagsOf('verify', ['verify', 'out'])).toEqual(RUN_FLAGS);
    // The action: its validate runs without them, any other command sets them.
    for (const [command, expected] of [
      ['validate', []],
      ['gate', RUN_FLAGS],
    ] as const) {
      const temp = await tempDir('pg-flags-temp-');
      const list = path.join(temp, 'flags');
      const r = await runAction({
        workspace: dir,
        temp,
        inputs: { command, config: 'gate.yml', profile: 'dev', history: 'off' },
        env: { NODE_OPTIONS: `--import=${V8_FLAGS}`, PG_FLAGS: list },
      });
      expect([0, 1], r.stderr).toContain(r.code);
      expect((await readFile(list, 'utf8')).split('\n').filter(Boolean), command).toEqual(expected);
    }
  });

  it('make no code at run time: schemas are checked without generated parsers', async (ctx) => {
    const without = withoutNode24();
    ctx.skip(without !== undefined, without);
    const dir = await tempDir('pg-jitless-');
    await writeFile(path.join(dir, 'package.json'), '{}');
    await writeFile(
      path.join(dir, 'gate.yml'),
      'version: 1\nprofiles:\n  dev: { checks: [files, health] }\nchecks:\n' +
        '  files: { type: files, paths: [package.json] }\n' +
        '  health: { type: http, url: "https://staging.example.com/health", expect: { status: 200 } }\n',
    );
    // What the count sees: a function made from text is counted.
    await writeFile(path.join(dir, 'made.mjs'), "new Function('return 1');\nFunction('return 2');\n");
    const count = async (name: string, args: string[]) => {
      const out = path.join(dir, `${name}.count`);
      const r = await promisify(execFile)(testNode24().path, ['--import', COUNT_FUNCTIONS, ...args], {
        cwd: dir,
        env: { ...process.env, PG_FUNCTIONS: out },
      });
      return { stdout: r.stdout, made: Number(await readFile(out, 'utf8')) };
    };
    expect((await count('made', ['made.mjs'])).made).toBe(2);
    const validate = await count('validate', [CLI, 'validate', '--config', 'gate.yml']);
    expect(validate.stdout).toContain('gate.yml: valid');
    expect(validate.made).toBe(0);
  });

  it('start a validate without Node’s process, thread and crypto modules: nothing it does needs them', async (ctx) => {
    const without = withoutNode24();
    ctx.skip(without !== undefined, without);
    const ws = await tempDir('pg-builtins-');
    const temp = await tempDir('pg-builtins-temp-');
    await mkdir(path.join(ws, '.github'));
    await writeFile(path.join(ws, 'package.json'), '{}\n');
    await writeFile(
      path.join(ws, '.github', 'promotion-gate.yml'),
      'version: 1\nprofiles:\n  dev: { checks: [files, secrets] }\nchecks:\n' +
        '  files: { type: files, paths: [package.json] }\n  secrets: { type: secrets }\n',
    );
    const list = path.join(temp, 'builtins');
    const names = async () => (await readFile(list, 'utf8')).split('\n');
    const r = await runAction({
      workspace: ws,
      temp,
      inputs: { command: 'validate', config: '.github/promotion-gate.yml', profile: 'dev' },
      env: { NODE_OPTIONS: `--import=${LIST_BUILTINS}`, PG_BUILTINS: list },
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('is valid');
    const action = await names();
    expect(action).toContain('fs/promises'); // the list is what the process loaded
    // (net it may load: a step's stdout is a pipe, which Node writes through a socket.)
    for (const m of ['crypto', 'child_process', 'worker_threads']) expect(action).not.toContain(m);
    // The CLI's validate loads the config's modules alone too (its argument parser brings
    // child_process with it).
    await promisify(execFile)(
      testNode24().path,
      ['--import', LIST_BUILTINS, CLI, 'validate', '--config', '.github/promotion-gate.yml'],
      { cwd: ws, env: { ...process.env, PG_BUILTINS: list } },
    );
    const cli = await names();
    for (const m of ['crypto', 'worker_threads']) expect(cli).not.toContain(m);
  });

  it('load for a command only what it runs: --version and verify evaluate no check and no schema, a gate no check type its config does not name and no reader of a check it does not run', async (ctx) => {
    const without = withoutNode24();
    ctx.skip(without !== undefined, without);
    const dir = await tempDir('pg-modules-');
    await writeFile(
      path.join(dir, 'gate.yml'),
      'version: 1\nprofiles:\n  dev: { checks: [readme] }\nchecks:\n  readme: { type: files, paths: [README.md] }\n',
    );
    await writeFile(path.join(dir, 'README.md'), '# modules\n');
    // A repository, and a base to compare with: the gate makes the release notes, which tell
    // dependency files apart from the rest without reading any.
    initRepo(dir);
    /** The bundle's code the command loaded, as one text. */
    const loaded = async (name: string, args: string[]) => {
      const out = path.join(dir, `${name}.modules`);
      await promisify(execFile)(testNode24().path, ['--import', LIST_MODULES, CLI, ...args], {
        cwd: dir,
        env: { ...process.env, PG_MODULES: out, GITHUB_ACTIONS: '', GITHUB_EVENT_PATH: '' },
      });
      const urls = (await readFile(out, 'utf8')).split('\n').filter((u) => u.includes('/lib/'));
      expect(urls.length).toBeGreaterThan(0);
      const texts = await Promise.all(urls.map((u) => readFile(new URL(u), 'utf8')));
      return texts.join('\n');
    };
    // A migration rule of the checks, and zod's error class: the gate loads both.
    const gate = await loaded('gate', [
      'gate',
      '--config',
      'gate.yml',
      '--profile',
      'dev',
      '--history',
      'off',
      '--base',
      'HEAD',
      '--out',
      'out',
    ]);
    const report = JSON.parse(await readFile(path.join(dir, 'out', 'report.json'), 'utf8')) as {
      changes?: { range?: string; error?: string };
    };
    expect(report.changes).toBeDefined();
    expect(report.changes?.error).toBeUndefined();
    expect(gate).toContain('ban-drop-column');
    expect(gate).toContain('ZodError');
    // The readers of the diff checks (lockfiles, SQL, route files) load when such a check runs:
    // a profile of other checks compiles none of them, release notes or not. They are in the
    // bundle all the same.
    const readers = [
      './src/checks/dependencies/npm.ts',
      './src/checks/migrations/sqlOps.ts',
      './src/checks/routes/javascript.ts',
    ];
    const lib = path.join(path.dirname(ACTION), 'lib');
    const bundle = (
      await Promise.all((await readdir(lib)).map((f) => readFile(path.join(lib, f), 'utf8')))
    ).join('\n');
    for (const reader of readers) {
      expect(bundle, reader).toContain(`CONCATENATED MODULE: ${reader}`);
      expect(gate, reader).not.toContain(`CONCATENATED MODULE: ${reader}`);
    }
    // A check type loads when the config names it: the gate of a files check evaluates the files
    // type and none of the others (the secret rules it loads all the same: the gate masks any
    // token its outputs would hold); a validate does not evaluate the secret rules either.
    const others = {
      'the http type': 'Sends HTTP requests to a live deployment',
      'the integrity type': 'does not weaken the gate',
      'the secrets type': 'No secret (cloud keys, tokens',
    };
    const validate = await loaded('validate', ['validate', '--config', 'gate.yml']);
    for (const [what, text] of Object.entries({
      ...others,
      'the secret rules': 'GitHub personal access token',
    })) {
      expect(bundle, what).toContain(text);
      expect(validate, what).not.toContain(text);
      if (what !== 'the secret rules') expect(gate, what).not.toContain(text);
    }
    expect(gate).toContain('Required paths or globs exist');
    expect(validate).toContain('Required paths or globs exist');
    // Nor the full reading of a config's YAML (the `yaml` library, which knows where each key is):
    // a valid config is read quickly, and the full reading loads for a config with a problem.
    const YAML_LIBRARY = 'Implicit keys need to be on a single line';
    expect(bundle).toContain(YAML_LIBRARY);
    expect(gate).not.toContain(YAML_LIBRARY);
    expect(validate).not.toContain(YAML_LIBRARY);
    // Nor the glob readers: they load when a check lists files, and a validate lists none.
    expect(bundle).toContain('POSIX_REGEX_SOURCE');
    expect(validate).not.toContain('POSIX_REGEX_SOURCE');
    expect(gate).toContain('POSIX_REGEX_SOURCE');
    for (const [name, args] of [
      ['version', ['--version']],
      ['verify', ['verify', 'out']],
    ] as const) {
      const text = await loaded(name, [...args]);
      expect(text, name).not.toContain('ban-drop-column');
      expect(text, name).not.toContain('ZodError');
    }
  });
  it('say where a config’s problem is: the full reading of its YAML loads for a problem found in reading or in planning', async (ctx) => {
    const without = withoutNode24();
    ctx.skip(without !== undefined, without);
    const dir = await tempDir('pg-places-');
    const config = [
      'version: 1',
      'vars:',
      '  staging: ${{ inputs.target-url }}',
      'profiles:',
      '  staging: { checks: [health] }',
      'checks:',
      '  health:',
      '    type: http',
      '    url: ${{ vars.staging }}/health',
      '',
    ].join('\n');
    await writeFile(path.join(dir, 'good.yml'), config);
    await writeFile(
      path.join(dir, 'bad.yml'),
      config.replace('    type: http\n', '    type: http\n    retrys: 2\n'),
    );
    const cli = async (name: string, args: string[]) => {
      const out = path.join(dir, `${name}.modules`);
      const r = await promisify(execFile)(testNode24().path, ['--import', LIST_MODULES, CLI, ...args], {
        cwd: dir,
        env: { ...process.env, PG_MODULES: out, GITHUB_ACTIONS: '' },
      }).then(
        (ok) => ({ code: 0, stderr: ok.stderr }),
        (err: { code: number; stderr: string }) => ({ code: err.code, stderr: err.stderr }),
      );
      const urls = (await readFile(out, 'utf8')).split('\n').filter((u) => u.includes('/lib/'));
      const texts = await Promise.all(urls.map((u) => readFile(new URL(u), 'utf8')));
      return { ...r, yaml: texts.join('\n').includes('Implicit keys need to be on a single line') };
    };
    // Reading: the quick reading finds the unknown key, the full one reads the config again.
    const bad = await cli('bad', ['validate', '--config', 'bad.yml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('bad.yml:9:5: checks.health.retrys: unknown key "retrys"');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    expect(bad.yaml).toBe(true);
    // Planning: the input the profile needs is not given.
    const unset = await cli('unset', ['validate', '--config', 'good.yml', '--profile', 'staging']);
    expect(unset.code).toBe(2);
    expect(unset.stderr).toMatch(/good\.yml:\d+:\d+: .*inputs\.target-url/);
    expect(unset.yaml).toBe(true);
    // Given it, nothing needs the full reading.
    const good = await cli('good', [
      'validate',
      '--config',
      'good.yml',
      '--profile',
      'staging',
      '--input',
      'target-url=http://127.0.0.1:9',
    ]);
    expect(good.code, good.stderr).toBe(0);
    expect(good.yaml).toBe(false);
  });
});
