import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { parseConfig } from '../../src/config/load.js';
import { planGate } from '../../src/config/plan.js';
import { ConfigError } from '../../src/core/errors.js';
import { commit, makeRepo } from '../change/repo.js';
import { tempDir, writeFiles } from '../helpers/fs.js';

async function cli(args: string[], cwd: string, env: Record<string, string | undefined> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: { PATH: process.env.PATH, ...env },
    cwd,
  });
  return { code, stdout, stderr };
}

function problems(text: string, opts: { everyProfile?: boolean } = {}): string[] {
  try {
    parseConfig('c.yml', text, opts);
  } catch (err) {
    if (err instanceof ConfigError)
      return err.issues.map((i) => `${i.line ?? '-'}: ${i.path ?? ''}: ${i.message}`);
    throw err;
  }
  return [];
}

describe('validate reports every problem in one run', () => {
  it('a broken top-level section does not hide unknown checks, unknown profiles or bad fields', () => {
    const found = problems(`version: 1
defualts:
  timeout: 30s
decision:
  holdLine: 9
checks:
  health:
    type: htp
    url: https://example.com/health
  files:
    type: files
    paths: [README.md]
profiles:
  dev:
    checks: [files, helth]
  staging:
    extends: devv
    checks: [health]
`);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^2: defualts: unknown key "defualts" \(did you mean "defaults"\?\)/),
        expect.stringMatching(/^5: decision.holdLine: must be at most 5/),
        expect.stringMatching(/^8: checks.health.type: unknown check type "htp" \(did you mean "http"\?\)/),
        expect.stringMatching(
          /^15: profiles.dev.checks.1: unknown check "helth" \(did you mean "health"\?\)/,
        ),
        expect.stringMatching(
          /^17: profiles.staging.extends: extends unknown profile "devv" \(did you mean "dev"\?\)/,
        ),
      ]),
    );
    expect(found).toHaveLength(5);
  });

  it('a broken profile does not hide the problems of the other profiles', () => {
    const found = problems(`version: 1
checks:
  a: { type: files, paths: [A] }
profiles:
  dev:
    checks: [a]
    exlude: [a]
  prod:
    extends: dev
    checks: [b]
`);
    expect(found).toEqual([
      expect.stringMatching(/^7: profiles.dev.exlude: unknown key "exlude"/),
      expect.stringMatching(/^10: profiles.prod.checks.0: unknown check "b"/),
    ]);
  });

  it('a profile that decides nothing is reported with the parse problems, not in a second round', () => {
    const found = problems(
      `version: 1
checks:
  a: { type: files, paths: [A], enforcement: advisory }
  b: { type: files, pathz: [B] }
profiles:
  dev: { checks: [a] }
`,
      { everyProfile: true },
    );
    expect(found).toEqual([
      expect.stringMatching(/checks.b.pathz: unknown key "pathz"/),
      expect.stringMatching(/profiles.dev: profile dev runs no check that counts/),
    ]);
  });

  it('one missing input used in four places is one problem naming every place', () => {
    const loaded = parseConfig(
      'c.yml',
      `version: 1
vars:
  url: \${{ inputs.target-url }}
checks:
  health: { type: http, url: '\${{ vars.url }}/health' }
  smoke: { type: http, url: '\${{ vars.url }}/smoke' }
  perf: { type: performance, base: '\${{ inputs.target-url }}', pages: [/] }
  perf2: { type: performance, base: '\${{ inputs.target-url }}', pages: [/] }
profiles:
  staging: { checks: [health, smoke, perf, perf2] }
`,
    );
    let issues: ConfigError['issues'] = [];
    try {
      planGate(loaded, 'staging', { env: {}, inputs: {} });
    } catch (err) {
      issues = (err as ConfigError).issues;
    }
    expect(issues).toHaveLength(1);
    expect(issues[0]!.line).toBe(3);
    expect(issues[0]!.message).toMatch(/inputs.target-url .*has no value/);
    expect(issues[0]!.message).toContain('also used at checks.perf.base, checks.perf2.base');
  });

  it('conditions written as JavaScript and literal URLs of another scheme are caught by validate', () => {
    const found = problems(`version: 1
checks:
  ev: { type: evidence, file: e.json, assert: ['status === "ok"', 'state != "done'] }
  h: { type: http, url: 'ftp://example.com/health' }
  h2: { type: http, url: 'htps://example.com/health' }
  ok: { type: http, base: 'https://example.com', url: /health }
profiles:
  dev: { checks: [ev, h, h2, ok] }
`);
    expect(found).toEqual([
      expect.stringMatching(/checks.ev.assert.0: .*"===" is not an operator; use ==/),
      expect.stringMatching(/checks.ev.assert.1: .*unbalanced quote/),
      expect.stringMatching(/checks.h.url: expected an http\(s\) URL or a path, got "ftp:/),
      expect.stringMatching(/checks.h2.url: expected an http\(s\) URL or a path, got "htps:/),
    ]);
  });

  it('the CLI validate prints all of them in one run, exit 2', async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      'c.yml': `version: 1
defualts: { timeout: 30s }
checks:
  a: { type: files, paths: [A], enforcement: advisory }
profiles:
  dev: { checks: [a, b] }
  prod: { checks: [a] }
`,
    });
    const r = await cli(['validate', '-c', 'c.yml'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('invalid configuration (3 problems)');
    expect(r.stderr).toContain('unknown key "defualts"');
    expect(r.stderr).toContain('unknown check "b"');
    expect(r.stderr).toContain('profile prod runs no check that counts');
  });
});

const BENCH_CONFIG = `version: 1
checks:
  health: { type: http, url: '\${{ inputs.target-url }}/health' }
  speed:
    type: benchmark
    file: bench.json
    metrics: [p95]
profiles:
  staging: { checks: [health, speed] }
`;

describe('commands of the first hour', () => {
  it('drift --from-history does not ask for the inputs of live checks it never runs', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { '.github/promotion-gate.yml': BENCH_CONFIG });
    const r = await cli(['drift', '-p', 'staging', '--from-history'], dir);
    expect(r.stderr).not.toContain('target-url');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('speed: could not be judged: no recorded run measured this benchmark');
  });

  it('review of a profile neither the config nor history knows is exit 2 and writes nothing', async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      '.github/promotion-gate.yml': `version: 1
checks:
  a: { type: files, paths: [A] }
profiles:
  staging: { checks: [a] }
`,
    });
    const r = await cli(['review', '-p', 'stagign'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown profile "stagign" (did you mean "staging"?)');
    const { readdir } = await import('node:fs/promises');
    expect(await readdir(dir)).not.toContain('.promotion-gate');
    // A profile the config knows is reviewed even before its first run.
    const known = await cli(['review', '-p', 'staging'], dir);
    expect(known.code).toBe(0);
    expect(known.stdout).toContain('0 run(s)');
  });

  it('history invalidate twice is refused, naming the first reason, which stays', async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      A: 'a',
      '.github/promotion-gate.yml': `version: 1
checks:
  a: { type: files, paths: [A] }
profiles:
  prod: { checks: [a] }
`,
    });
    const first = await cli(['gate', '-p', 'prod'], dir);
    const runId = /history: run (\S+) recorded/.exec(first.stdout)![1]!;
    const mark = (reason: string, ...extra: string[]) =>
      cli(
        ['history', 'invalidate', '-p', 'prod', '--run', runId, '--reason', reason, '--by', 'ana', ...extra],
        dir,
      );
    expect((await mark('flaky runner')).code).toBe(0);
    const again = await mark('other reason');
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(
      /already marked invalid by ana at \S+: flaky runner \(the first reason stays\)/,
    );
    const list = await cli(['history', 'list', '-p', 'prod', '--all'], dir);
    expect(list.stdout).toContain('INVALID: flaky runner');
  });

  it('an unreadable event payload is said in the log when the range falls back', async () => {
    const dir = await tempDir();
    const base = await makeRepo(dir, { A: 'a' });
    await commit(dir, { 'B.txt': 'b' });
    await writeFile(path.join(dir, 'event.json'), '{ not json');
    await writeFiles(dir, {
      '.github/promotion-gate.yml': `version: 1
defaults: { base: ${base} }
checks:
  secrets: { type: secrets }
profiles:
  dev: { checks: [secrets] }
`,
    });
    const r = await cli(['gate', '-p', 'dev', '--history', 'off'], dir, {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: path.join(dir, 'event.json'),
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/diff range: cannot read the pull_request event payload .*event\.json/);
  });
});
