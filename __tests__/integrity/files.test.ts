import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  namedFiles,
  packageScripts,
  scriptRuns,
  settingsFiles,
} from '../../src/checks/integrity/commandLines.js';
import { commit, link, makeRepo, PLAIN_ENV, source } from '../change/repo.js';
import { type FakeGitHub, startFakeGitHub, TOKENS } from '../e2e/harness/index.js';
import { tempDir } from '../helpers/fs.js';
import { check, CONFIG, gate, messages, pullRequest } from './helpers.js';

/**
 * On a pull request the base's config judges, but the scripts its checks run are the pull
 * request's own: a change to one is a change to the gate, and needs the approval a weakening needs.
 */

const REPO = 'acme/scripts';

const rules = (integrity = '{ type: integrity }', smoke = 'sh scripts/smoke.sh --strict') => `version: 1
profiles:
  pr: { checks: [gate, smoke] }
  nightly: { checks: [soak, unit] }
checks:
  gate: ${integrity}
  smoke: { type: command, run: '${smoke}' }
  soak: { type: command, cwd: services/api, run: './soak.sh && node tools/report.mjs' }
  unit: { type: command, run: 'npm --silent test -- --reporter=junit' }
`;

const pkg = (test: string, deps = '{}') =>
  `${JSON.stringify({ name: 'app', scripts: { test, lint: 'eslint .' }, dependencies: JSON.parse(deps) }, null, 2)}\n`;

const FAILING = '#!/bin/sh\necho "staging answers 500"\nexit 1\n';
const PASSING = '#!/bin/sh\nexit 0\n';

let gh: FakeGitHub;
beforeAll(async () => {
  gh = await startFakeGitHub();
});
afterAll(async () => {
  expect(gh.invalid()).toEqual([]);
  await gh.close();
});

let nextPull = 500;

async function change(
  head: Record<string, string | null>,
  o: { integrity?: string; base?: Record<string, string | Buffer | ReturnType<typeof link>> } = {},
) {
  const number = nextPull++;
  const pr = await pullRequest(
    {
      [CONFIG]: rules(o.integrity),
      'scripts/smoke.sh': FAILING,
      'services/api/soak.sh': PASSING,
      'services/api/tools/report.mjs': '',
      'README.md': 'hello\n',
      'package.json': pkg('vitest run'),
      ...o.base,
    },
    head,
    { number, author: 'alice', repo: REPO },
  );
  const env = { ...pr.env, GITHUB_API_URL: gh.url, GITHUB_TOKEN: TOKENS.writer };
  const review = (login: string, commitId = pr.head) =>
    gh.state.addReview({ repo: REPO, pull: number, login, state: 'APPROVED', commitId });
  return { ...pr, number, env, review };
}

/** The run held, its integrity check failing with a finding like `finding`. */
function expectHeld(run: Awaited<ReturnType<typeof gate>>, finding: Record<string, unknown>) {
  const integrity = check(run.report.checks, 'gate');
  expect(integrity.status).toBe('fail');
  expect(integrity.findings).toContainEqual(expect.objectContaining({ level: 'failure', ...finding }));
  expect(run.report.verdict).toBe('hold');
}

describe('integrity: a file the gate runs is part of the gate', () => {
  it('a pull request that makes the smoke script pass holds, though its config is unchanged', async () => {
    const pr = await change({ 'scripts/smoke.sh': PASSING });
    const run = await gate(pr.dir, { env: pr.env });
    // The script the pull request brings did run, and passed: only the integrity check stops it.
    expect(check(run.report.checks, 'smoke').status).toBe('pass');
    const integrity = check(run.report.checks, 'gate');
    expect(integrity.status).toBe('fail');
    // Annotated on the script itself, where the pull request shows it.
    expect(integrity.findings).toContainEqual({
      level: 'failure',
      file: 'scripts/smoke.sh',
      line: 1,
      message: `scripts/smoke.sh changed (scripts/smoke.sh at ${pr.base.slice(0, 7)} → modified at ${pr.head.slice(0, 7)}): a file the gate depends on changed: check smoke runs it (run) (checks.smoke.run) in profile pr`,
    });
    expect(messages(integrity.findings, 'failure').at(-1)).toBe(
      `not approved: pull request #${pr.number} has no approving review`,
    );
    expect(run.report.verdict).toBe('hold');
    const evidence = JSON.parse(
      await readFile(path.join(run.outDir, 'evidence/gate/integrity.json'), 'utf8'),
    );
    expect(evidence.changes).toContainEqual(
      expect.objectContaining({ kind: 'weakening', file: 'scripts/smoke.sh', key: 'checks.smoke.run' }),
    );
  });

  it.each([
    ['cd scripts && sh ./smoke.sh', 'after a cd'],
    ["sh -c 'cd scripts && sh smoke.sh --strict'", 'in a line a shell runs'],
    [
      'bash -o pipefail -ec "sh scripts/smoke.sh | tee smoke.log"',
      'in a line a shell runs, after its options',
    ],
  ])('the script of `%s` (%s) is guarded too', async (run) => {
    // Single quotes doubled: the line is a single-quoted YAML string in the config.
    const config = rules(undefined, run.replace(/'/g, "''"));
    const pr = await change({ 'scripts/smoke.sh': PASSING }, { base: { [CONFIG]: config } });
    const held = await gate(pr.dir, { env: pr.env });
    expect(check(held.report.checks, 'smoke').status).toBe('pass');
    expectHeld(held, { file: 'scripts/smoke.sh', line: 1 });
  });

  it('the script an interpreter runs is guarded, though its name has no extension: `bash smoke`', async () => {
    const pr = await change(
      { smoke: PASSING },
      { base: { [CONFIG]: rules(undefined, 'bash -o pipefail smoke --strict'), smoke: FAILING } },
    );
    const held = await gate(pr.dir, { env: pr.env });
    expect(check(held.report.checks, 'smoke').status).toBe('pass');
    expectHeld(held, { file: 'smoke', line: 1 });
  });

  it('the Makefile behind `make smoke` is guarded: a pull request that empties the target holds', async () => {
    const makefile = (recipe: string) => `smoke:\n\t${recipe}\n`;
    const pr = await change(
      { Makefile: makefile('@true') },
      { base: { [CONFIG]: rules(undefined, 'make smoke'), Makefile: makefile('sh scripts/smoke.sh') } },
    );
    const held = await gate(pr.dir, { env: pr.env });
    expectHeld(held, {
      file: 'Makefile',
      line: 1,
      message: expect.stringContaining('a file the gate depends on changed: check smoke runs it (run)'),
    });
  });

  it.each([
    [
      'make smoke',
      'Makefile',
      'include mk/vars.mk\n\nsmoke: build\n\t@echo smoke\n\t$(CURDIR)/scripts/smoke.sh --strict\n',
    ],
    [
      'just smoke',
      'justfile',
      'set shell := ["sh", "-c"]\n\nsmoke:\n    @echo smoke\n    sh scripts/smoke.sh --strict\n',
    ],
    [
      'task smoke',
      'Taskfile.yml',
      "version: '3'\ntasks:\n  smoke:\n    cmds:\n      - echo smoke\n      - cmd: sh scripts/smoke.sh --strict\n",
    ],
  ])(
    'what a task of `%s` runs, as the base has it, is guarded: a pull request that defangs the script holds',
    async (run, file, text) => {
      const pr = await change(
        { 'scripts/smoke.sh': PASSING },
        { base: { [CONFIG]: rules(undefined, run), [file]: text } },
      );
      const held = await gate(pr.dir, { env: pr.env });
      expectHeld(held, {
        file: 'scripts/smoke.sh',
        message: expect.stringContaining(`check smoke runs it (run) through ${file}`),
      });
    },
  );

  it('what a guarded script sources, as the base has it, is guarded: a pull request that defangs the library holds', async () => {
    const pr = await change(
      { 'scripts/lib.sh': 'check_staging() { return 0; }\n' },
      {
        base: {
          'scripts/smoke.sh': '#!/bin/sh\n. "$(dirname "$0")/lib.sh"\ncheck_staging\n',
          'scripts/lib.sh': 'check_staging() { echo "staging answers 500"; exit 1; }\n',
        },
      },
    );
    const held = await gate(pr.dir, { env: pr.env });
    // The library the pull request brings ran, and passed: only the integrity check stops it.
    expect(check(held.report.checks, 'smoke').status).toBe('pass');
    expectHeld(held, {
      file: 'scripts/lib.sh',
      line: 1,
      message: expect.stringContaining('check smoke runs it (run) through scripts/smoke.sh'),
    });
  });

  it.each([
    [
      'node scripts/smoke.mjs',
      {
        'scripts/smoke.mjs': 'import { probe } from "./lib/probe.mjs";\nprocess.exit(probe());\n',
        'scripts/lib/probe.mjs': 'export const probe = () => 1;\n',
      },
      { 'scripts/lib/probe.mjs': 'export const probe = () => 0;\n' },
      'scripts/lib/probe.mjs',
      'scripts/smoke.mjs',
    ],
    [
      'node scripts/smoke.cjs',
      {
        'scripts/smoke.cjs': "const { probe } = require('./lib');\nprocess.exit(probe());\n",
        'scripts/lib/index.js': 'exports.probe = () => 1;\n',
      },
      { 'scripts/lib/index.js': 'exports.probe = () => 0;\n' },
      'scripts/lib/index.js',
      'scripts/smoke.cjs',
    ],
    [
      'python3 scripts/smoke.py',
      {
        'scripts/smoke.py': 'import sys\nfrom probes.http import probe\nsys.exit(probe())\n',
        'scripts/probes/__init__.py': '',
        'scripts/probes/http.py': 'def probe():\n    return 1\n',
      },
      { 'scripts/probes/http.py': 'def probe():\n    return 0\n' },
      'scripts/probes/http.py',
      'scripts/smoke.py',
    ],
  ])(
    'a module `%s` imports, as the base has it, is guarded: a pull request that defangs it holds',
    async (run, base, head, file, through) => {
      const pr = await change(head, { base: { [CONFIG]: rules(undefined, run), ...base } });
      const held = await gate(pr.dir, { env: pr.env });
      // The module the pull request brings ran, and passed: only the integrity check stops it.
      expect(check(held.report.checks, 'smoke').status).toBe('pass');
      expectHeld(held, {
        file,
        line: 1,
        message: expect.stringContaining(`check smoke runs it (run) through ${through}`),
      });
    },
  );

  it('a file a guarded Ruby script loads with require_relative is guarded', async () => {
    const pr = await change(
      { 'scripts/lib/probe.rb': 'def probe = 0\n' },
      {
        base: {
          [CONFIG]: rules(undefined, 'ruby scripts/smoke.rb'),
          'scripts/smoke.rb': "require_relative 'lib/probe'\nexit probe\n",
          'scripts/lib/probe.rb': 'def probe = 1\n',
        },
      },
    );
    // Whether Ruby is on this machine or not: what the script loads is part of the gate.
    expectHeld(await gate(pr.dir, { env: pr.env }), {
      file: 'scripts/lib/probe.rb',
      message: expect.stringContaining('check smoke runs it (run) through scripts/smoke.rb'),
    });
  });

  it('the Dockerfile `docker build` builds from is guarded: a pull request that drops its test step holds', async () => {
    const pr = await change(
      { Dockerfile: 'FROM node:24\nCOPY . /app\n' },
      {
        base: {
          [CONFIG]: rules(undefined, 'docker build -t app:ci .'),
          Dockerfile: 'FROM node:24\nCOPY . /app\nRUN /app/scripts/smoke.sh\n',
        },
      },
    );
    // Whether docker is on this machine or not: what it builds from is part of the gate.
    expectHeld(await gate(pr.dir, { env: pr.env }), {
      file: 'Dockerfile',
      message: expect.stringContaining('check smoke runs it (run)'),
    });
  });

  it('what a guarded module imports from outside the repository, or names in a comment only, guards nothing of the change', async () => {
    const pr = await change(
      { 'scripts/notes.mjs': 'export const notes = 2;\n', 'README.md': 'changed\n' },
      {
        base: {
          [CONFIG]: rules(undefined, 'node scripts/smoke.mjs'),
          'scripts/smoke.mjs':
            "import fs from 'node:fs';\nimport yaml from 'yaml';\nimport '../../../outside.mjs';\nprocess.exit(fs ? 0 : 1);\n",
          'scripts/notes.mjs': 'export const notes = 1;\n',
        },
      },
    );
    const run = await gate(pr.dir, { env: pr.env });
    const integrity = check(run.report.checks, 'gate');
    expect(messages(integrity.findings, 'failure')).toEqual([]);
    expect(integrity.status).toBe('pass');
  });

  it('a link a guarded script sources leads to its target: a pull request that defangs the target holds', async () => {
    const pr = await change(
      { 'shared/lib.sh': 'check_staging() { return 0; }\n' },
      {
        base: {
          'scripts/smoke.sh': '#!/bin/sh\n. "$(dirname "$0")/lib.sh"\ncheck_staging\n',
          'scripts/lib.sh': link('../shared/lib.sh'),
          'shared/lib.sh': 'check_staging() { echo "staging answers 500"; exit 1; }\n',
        },
      },
    );
    const held = await gate(pr.dir, { env: pr.env });
    expect(check(held.report.checks, 'smoke').status).toBe('pass');
    expectHeld(held, {
      file: 'shared/lib.sh',
      message: expect.stringContaining('through scripts/smoke.sh through the link scripts/lib.sh'),
    });
  });

  it("the package manager's settings are guarded: a pull request whose .npmrc runs scripts with /bin/true holds", async () => {
    const pr = await change(
      { '.npmrc': 'script-shell=/bin/true\n' },
      {
        base: { [CONFIG]: rules(undefined, 'npm --silent test'), 'package.json': pkg('sh scripts/smoke.sh') },
      },
    );
    const held = await gate(pr.dir, { env: pr.env });
    // npm ran the test script with /bin/true: it passed without running the smoke script.
    expect(check(held.report.checks, 'smoke').status).toBe('pass');
    expectHeld(held, {
      file: '.npmrc',
      message: expect.stringContaining(
        'check smoke runs a package manager, which reads its settings from it (run)',
      ),
    });
  });

  it('a pull request whose .npmrc makes npx run nothing holds: `npx` reads the settings of the directory it runs in', async () => {
    const pr = await change(
      { 'web/.npmrc': 'script-shell=/bin/true\n' },
      {
        base: {
          [CONFIG]: rules(undefined, 'cd web && npx --no-install node smoke.js'),
          'web/package.json': '{ "name": "web" }\n',
          'web/smoke.js': 'process.exit(1);\n',
        },
      },
    );
    const held = await gate(pr.dir, { env: pr.env });
    expect(check(held.report.checks, 'smoke').status).toBe('pass');
    expectHeld(held, {
      file: 'web/.npmrc',
      message: expect.stringContaining(
        'check smoke runs a package manager, which reads its settings from it (run)',
      ),
    });
  });

  it('the program .yarnrc.yml runs as yarn (yarnPath) is guarded: a pull request that replaces it holds', async () => {
    const release = '.yarn/releases/yarn-4.5.0.cjs';
    const pr = await change(
      { [release]: 'process.exit(0);\n' },
      {
        base: {
          [CONFIG]: rules(undefined, 'yarn smoke'),
          '.yarnrc.yml': `nodeLinker: node-modules\nyarnPath: "${release}" # pinned\n`,
          [release]: '// the yarn release\n',
        },
      },
    );
    const held = await gate(pr.dir, { env: pr.env });
    const integrity = check(held.report.checks, 'gate');
    expect(integrity.status).toBe('fail');
    expect(integrity.findings).toContainEqual(
      expect.objectContaining({
        level: 'failure',
        file: release,
        message: expect.stringContaining('through .yarnrc.yml (yarnPath)'),
      }),
    );
  });

  it.each([
    ['./ci.sh', { 'ci.sh': '#!/bin/sh\nset -e\nnpm --silent test\n' }, 'ci.sh'],
    ['make check', { Makefile: 'check:\n\tnpm --silent test\n' }, 'Makefile'],
  ])(
    'the package.json script `%s` runs through a package manager is guarded: a pull request that empties it holds',
    async (run, files, through) => {
      const pr = await change(
        { 'package.json': pkg('true') },
        { base: { [CONFIG]: rules(undefined, run), ...files, 'package.json': pkg('sh scripts/smoke.sh') } },
      );
      const held = await gate(pr.dir, { env: pr.env });
      expectHeld(held, {
        file: 'package.json',
        message: expect.stringContaining(`check smoke runs it (run) through ${through}`),
      });
    },
  );

  it('a file a check judges is guarded: a pull request that commits its own evidence holds', async () => {
    const judged = `version: 1
profiles:
  pr: { checks: [gate, perf, unit] }
checks:
  gate: { type: integrity }
  perf: { type: evidence, file: reports/load.json, format: json, assert: ['p95_ms <= 300'] }
  unit: { type: command, cwd: web, run: 'true', junit: 'reports/*.xml', allowNoTests: true }
`;
    const pr = await change(
      { 'reports/load.json': '{ "p95_ms": 120 }\n', 'web/reports/junit.xml': '<testsuite tests="0"/>\n' },
      { base: { [CONFIG]: judged } },
    );
    const held = await gate(pr.dir, { env: pr.env });
    // The evidence the pull request brings was read, and passed: only the integrity check stops it.
    expect(check(held.report.checks, 'perf').status).toBe('pass');
    const integrity = check(held.report.checks, 'gate');
    expect(integrity.status).toBe('fail');
    expect(integrity.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          level: 'failure',
          file: 'reports/load.json',
          message: expect.stringContaining(
            'a file the gate depends on changed: check perf judges what it holds (file)',
          ),
        }),
        expect.objectContaining({
          level: 'failure',
          file: 'web/reports/junit.xml',
          message: expect.stringContaining('check unit judges what it holds (junit)'),
        }),
      ]),
    );
    expect(held.report.verdict).toBe('hold');
  });

  it('the file a guarded link points to is guarded: a pull request that changes it holds', async () => {
    const pr = await change(
      { 'tools/smoke.sh': PASSING },
      {
        base: {
          'scripts/smoke.sh': link('../tools/real.sh'),
          'tools/real.sh': link('smoke.sh'),
          'tools/smoke.sh': FAILING,
        },
      },
    );
    const held = await gate(pr.dir, { env: pr.env });
    expect(check(held.report.checks, 'smoke').status).toBe('pass');
    expectHeld(held, {
      file: 'tools/smoke.sh',
      message: expect.stringContaining(
        'check smoke runs it (run) through the link scripts/smoke.sh through the link tools/real.sh',
      ),
    });
  });

  it('neither a program of megabytes the gate runs nor a folder a cd names is read as a script: the check stands', async () => {
    const program = Buffer.alloc(33 * 1024 * 1024, 0);
    const pr = await change(
      { 'README.md': 'changed\n' },
      {
        base: {
          // Both are guarded paths: tools/bin (the cd's folder, a word with a slash) and the program.
          [CONFIG]: rules(undefined, 'cd tools/bin && ./check-tool --strict || sh ../../scripts/smoke.sh'),
          'tools/bin/check-tool': program,
        },
      },
    );
    const run = await gate(pr.dir, { env: pr.env });
    const integrity = check(run.report.checks, 'gate');
    expect(integrity.findings.filter((f) => f.level === 'failure')).toEqual([]);
    expect(integrity.status).toBe('pass');
  });

  it("another reviewer's approval of the head lets it through; the author's does not", async () => {
    const pr = await change({ 'scripts/smoke.sh': PASSING });
    pr.review('alice');
    const held = await gate(pr.dir, { env: pr.env });
    expect(check(held.report.checks, 'gate').status).toBe('fail');
    pr.review('bob');
    const run = await gate(pr.dir, { env: pr.env, outDir: path.join(pr.dir, '.out2') });
    const integrity = check(run.report.checks, 'gate');
    expect(integrity.status).toBe('warn');
    expect(integrity.findings).toContainEqual(
      expect.objectContaining({ level: 'warning', file: 'scripts/smoke.sh' }),
    );
    expect(run.report.verdict).toBe('promote');
  });

  it('an approval given before the script last changed does not approve what came after it', async () => {
    const pr = await change({ 'scripts/smoke.sh': '#!/bin/sh\necho checking\nexit 1\n' });
    pr.review('bob');
    const later = await commit(pr.dir, { 'scripts/smoke.sh': PASSING }, 'quietly pass');
    const event = JSON.parse(await readFile(pr.event, 'utf8'));
    event.pull_request.head.sha = later;
    await writeFile(pr.event, JSON.stringify(event));
    const run = await gate(pr.dir, { env: pr.env });
    const integrity = check(run.report.checks, 'gate');
    expect(integrity.status).toBe('fail');
    expect(messages(integrity.findings, 'failure').at(-1)).toBe(
      `not approved: pull request #${pr.number} has no approval that counts (bob: given on ${pr.head.slice(0, 7)}, before scripts/smoke.sh last changed)`,
    );
  });

  it("a review's commit reaches git only as an object id, never as an option", async () => {
    const pr = await change({ 'scripts/smoke.sh': PASSING });
    const planted = path.join(pr.dir, '..', `${path.basename(pr.dir)}-planted.txt`);
    pr.review('bob', `--output=${planted}`);
    const run = await gate(pr.dir, { env: pr.env });
    expect(check(run.report.checks, 'gate').status).toBe('fail');
    expect(messages(check(run.report.checks, 'gate').findings, 'failure').at(-1)).toBe(
      `not approved: pull request #${pr.number} has no approval that counts (bob: the review names "--output=${planted}", which is no commit)`,
    );
    await expect(readFile(planted, 'utf8')).rejects.toThrow(/ENOENT/);
  });

  it('scripts of every profile, in the directory their check runs in; deleted and renamed ones too', async () => {
    const pr = await change({
      'services/api/soak.sh': null,
      'services/api/tools/report.mjs': 'console.log("fine")\n',
    });
    const run = await gate(pr.dir, { env: { ...pr.env, GITHUB_TOKEN: '' } });
    const findings = check(run.report.checks, 'gate').findings;
    // A deleted script is shown where the config names it.
    expect(findings).toContainEqual(
      expect.objectContaining({
        file: CONFIG,
        line: 8,
        message: expect.stringMatching(/^services\/api\/soak\.sh changed/),
      }),
    );
    const failures = messages(findings, 'failure');
    expect(failures).toContainEqual(
      expect.stringMatching(
        /^services\/api\/soak\.sh changed \(services\/api\/soak\.sh at \w{7} → deleted\): .*check soak runs it \(run\) \(checks\.soak\.run\) in profile nightly$/,
      ),
    );
    expect(failures).toContainEqual(expect.stringMatching(/^services\/api\/tools\/report\.mjs changed \(/));
    expect(run.report.verdict).toBe('hold');
  });

  it('a changed command line in the config is a weakening too: it can make the check pass whatever happens', async () => {
    const pr = await change({ [CONFIG]: rules(undefined, 'sh scripts/smoke.sh --strict || true') });
    const run = await gate(pr.dir, { env: { ...pr.env, GITHUB_TOKEN: '' } });
    expect(messages(check(run.report.checks, 'gate').findings, 'failure')).toContain(
      'weakened checks.smoke.run: sh scripts/smoke.sh --strict → sh scripts/smoke.sh --strict || true (what the check runs changed) in profile pr',
    );
  });

  it('the files and scripts a guarded package.json script runs are guarded too, as the base has them', async () => {
    const scripts = JSON.stringify({
      scripts: { test: 'npm run lint && node scripts/unit.mjs', lint: 'sh ./scripts/lint.sh' },
    });
    const pr = await change(
      { 'scripts/lint.sh': 'exit 0\n', 'scripts/unit.mjs': '' },
      { base: { 'package.json': scripts, 'scripts/lint.sh': 'eslint .\n', 'scripts/unit.mjs': 'run()\n' } },
    );
    const run = await gate(pr.dir, { env: { ...pr.env, GITHUB_TOKEN: '' } });
    const failures = messages(check(run.report.checks, 'gate').findings, 'failure');
    expect(failures).toContainEqual(
      expect.stringMatching(
        /^scripts\/lint\.sh changed \(.*\): a file the gate depends on changed: check unit runs it \(run\) through package\.json scripts\.test through package\.json scripts\.lint \(checks\.unit\.run\) in profile nightly$/,
      ),
    );
    expect(failures).toContainEqual(
      expect.stringMatching(
        /^scripts\/unit\.mjs changed \(.*\): .* through package\.json scripts\.test \(checks\.unit\.run\)/,
      ),
    );
  });

  it('`files` guards what no command line names; a change elsewhere is no finding', async () => {
    const guarded = "{ type: integrity, files: ['scripts/lib/**', 'Makefile'] }";
    const base = { 'scripts/lib/common.sh': 'strict=1\n', Makefile: 'all:\n' };
    const pr = await change({ 'scripts/lib/common.sh': 'strict=0\n' }, { integrity: guarded, base });
    const run = await gate(pr.dir, { env: { ...pr.env, GITHUB_TOKEN: '' } });
    const integrity = check(run.report.checks, 'gate');
    expect(integrity.findings).toContainEqual(
      expect.objectContaining({
        level: 'failure',
        file: 'scripts/lib/common.sh',
        message: expect.stringContaining(
          "a file the gate depends on changed: gate's files guard it (checks.gate.files)",
        ),
      }),
    );

    const calm = await change({ 'README.md': 'hello again\n' }, { integrity: guarded, base });
    const passed = await gate(calm.dir, { env: calm.env });
    expect(check(passed.report.checks, 'gate')).toMatchObject({ status: 'pass' });
  });

  it('shortening `files` in the config is itself a weakening', async () => {
    const pr = await change(
      { [CONFIG]: rules("{ type: integrity, files: ['Makefile'] }") },
      { integrity: "{ type: integrity, files: ['Makefile', 'scripts/lib/**'] }" },
    );
    const run = await gate(pr.dir, { env: { ...pr.env, GITHUB_TOKEN: '' } });
    expect(messages(check(run.report.checks, 'gate').findings, 'failure')).toContain(
      'weakened checks.gate.files: [Makefile, scripts/lib/**] → [Makefile] (removed scripts/lib/**) in profile pr',
    );
  });

  it('a package.json script a check runs (`npm test`) is guarded; the rest of package.json is not', async () => {
    const pr = await change({ 'package.json': pkg('vitest run || true', '{"left-pad":"1.3.0"}') });
    const run = await gate(pr.dir, { env: { ...pr.env, GITHUB_TOKEN: '' } });
    // Annotated on the script's line of package.json.
    expect(check(run.report.checks, 'gate').findings).toContainEqual({
      level: 'failure',
      file: 'package.json',
      line: 4,
      message:
        'package.json changed (scripts.test "vitest run" → "vitest run || true"): a script the gate runs changed: check unit runs it (run) (checks.unit.run) in profile nightly',
    });

    // A package.json moved to where the check runs `npm test` brings its scripts with it.
    const moved = await pullRequest(
      { [CONFIG]: rules(), 'scripts/smoke.sh': FAILING, 'tools/package.json': pkg('exit 0') },
      { 'tools/package.json': null, 'package.json': pkg('exit 0') },
    );
    const movedRun = await gate(moved.dir, { env: moved.env });
    expect(messages(check(movedRun.report.checks, 'gate').findings, 'failure')).toContain(
      'package.json changed (scripts.test none → "exit 0"): a script the gate runs changed: check unit runs it (run) (checks.unit.run) in profile nightly',
    );

    const deps = await change({ 'package.json': pkg('vitest run', '{"left-pad":"1.3.0"}') });
    const calm = await gate(deps.dir, { env: deps.env });
    expect(check(calm.report.checks, 'gate')).toMatchObject({ status: 'pass' });

    const broken = await change({ 'package.json': '{ "scripts": ' });
    const held = await gate(broken.dir, { env: { ...broken.env, GITHUB_TOKEN: '' } });
    expect(messages(check(held.report.checks, 'gate').findings, 'failure')).toContainEqual(
      expect.stringMatching(
        /^package\.json changed \(scripts\.test "vitest run" → unreadable: it does not parse \(.+\)\): a script the gate runs changed/,
      ),
    );
  });

  it('an approval of a widened secrets baseline does not approve fingerprints added after it', async () => {
    const number = nextPull++;
    const config = `version: 1
profiles:
  pr: { checks: [gate, secrets] }
checks:
  gate: { type: integrity }
  secrets: { type: secrets, baseline: .github/secrets-baseline.txt }
`;
    const pr = await pullRequest(
      { [CONFIG]: config, '.github/secrets-baseline.txt': '4f1c2a9be07d3c55a1e0b6f2 aws a.yml:1\n' },
      {
        '.github/secrets-baseline.txt':
          '4f1c2a9be07d3c55a1e0b6f2 aws a.yml:1\n9a8b7c6d5e4f3a2b1c0d9e8f github-pat x.ts:3\n',
      },
      { number, author: 'alice', repo: REPO },
    );
    gh.state.addReview({ repo: REPO, pull: number, login: 'bob', state: 'APPROVED', commitId: pr.head });
    const later = await commit(pr.dir, {
      '.github/secrets-baseline.txt':
        '4f1c2a9be07d3c55a1e0b6f2 aws a.yml:1\n9a8b7c6d5e4f3a2b1c0d9e8f github-pat x.ts:3\n0123456789abcdef01234567 aws y.ts:9\n',
    });
    const event = JSON.parse(await readFile(pr.event, 'utf8'));
    event.pull_request.head.sha = later;
    await writeFile(pr.event, JSON.stringify(event));
    const env = { ...pr.env, GITHUB_API_URL: gh.url, GITHUB_TOKEN: TOKENS.writer };
    const run = await gate(pr.dir, { env });
    const integrity = check(run.report.checks, 'gate');
    expect(integrity.status).toBe('fail');
    expect(messages(integrity.findings, 'failure').at(-1)).toBe(
      `not approved: pull request #${number} has no approval that counts (bob: given on ${pr.head.slice(0, 7)}, before .github/secrets-baseline.txt last changed)`,
    );
  });

  it('codeowners: an owner of the script may approve its change', async () => {
    const pr = await change(
      { 'scripts/smoke.sh': PASSING },
      {
        integrity: '{ type: integrity, codeowners: true }',
        base: { '.github/CODEOWNERS': '*  @acme/everyone\n/scripts/ @dave\n' },
      },
    );
    pr.review('bob');
    const held = await gate(pr.dir, { env: pr.env });
    expect(check(held.report.checks, 'gate').status).toBe('fail');
    pr.review('dave');
    const run = await gate(pr.dir, { env: pr.env, outDir: path.join(pr.dir, '.out2') });
    expect(messages(check(run.report.checks, 'gate').findings, 'notice')).toContainEqual(
      expect.stringMatching(/^approved by dave in/),
    );
  });

  it('outside a pull request, the pull request named by the commit that changed the script is asked', async () => {
    const dir = await tempDir();
    const base = await makeRepo(dir, { [CONFIG]: rules(), 'scripts/smoke.sh': FAILING });
    const head = await commit(dir, { 'scripts/smoke.sh': PASSING }, 'Quieter smoke test (#777)');
    gh.state.addPull({
      repo: REPO,
      number: 777,
      headSha: head,
      headRef: 'q',
      headRepo: REPO,
      author: 'alice',
    });
    const env = {
      ...PLAIN_ENV,
      GITHUB_REPOSITORY: REPO,
      GITHUB_API_URL: gh.url,
      GITHUB_TOKEN: TOKENS.writer,
    };
    const held = await gate(dir, { env, base });
    expect(messages(check(held.report.checks, 'gate').findings, 'failure').at(-1)).toBe(
      'not approved: pull request #777 has no approving review',
    );
    gh.state.addReview({ repo: REPO, pull: 777, login: 'bob', state: 'APPROVED', commitId: head });
    const approved = await gate(dir, { env, base, outDir: path.join(dir, '.out2') });
    expect(check(approved.report.checks, 'gate').status).toBe('warn');
  });
});

/** What Node or a TypeScript runtime may load for `name`: itself, with an extension, a folder's index. */
const nodeForms = (name: string) => [
  name,
  ...['.js', '.mjs', '.cjs', '.json', '.node', '.ts', '.mts', '.cts', '.tsx', '.jsx'].flatMap((e) => [
    `${name}${e}`,
    `${name}/index${e}`,
  ]),
];

describe('the files a command line names', () => {
  it.each([
    ['sh scripts/smoke.sh --strict', '', ['scripts/smoke.sh']],
    ['./scripts/a.sh && node tools/b.mjs | tee out.log', '', ['scripts/a.sh', 'tools/b.mjs']],
    ['FOO=1 ./run.sh --config=ci/gate.json', '', ['run.sh', 'ci/gate.json']],
    ['python3 check.py; bash "scripts/with space.sh"', '', ['check.py', 'scripts/with space.sh']],
    ["bash './quoted.sh' scripts/odd\\ name.sh", '', ['quoted.sh', 'scripts/odd name.sh']],
    ['./soak.sh', 'services/api', ['services/api/soak.sh']],
    ['../outside.sh', 'services', ['outside.sh']],
    // Not files of the change: commands on PATH, expansions, globs, absolute paths, URLs, options.
    ['npm test', '', []],
    ['"$HOME/x.sh" ${{ env.SCRIPT }} /usr/bin/env curl https://staging.example/x -o -', '', []],
    ['ls *.sh ~/x.sh ../../escape.sh', '', []],
    // Single quotes keep a dollar sign literal.
    ["sh 'scripts/$weird.sh'", '', ['scripts/$weird.sh']],
    // After a cd, a word may be relative to its directory: read in each directory it may be in.
    ['cd services/api && ./smoke.sh', '', ['services/api', 'smoke.sh', 'services/api/smoke.sh']],
    ['(cd web; pushd e2e) && node run.mjs', '', ['run.mjs', 'web/run.mjs', 'e2e/run.mjs', 'web/e2e/run.mjs']],
    ['cd .. && ./up.sh', 'svc', ['svc/up.sh']],
    ['cd "$DIR" && ./x.sh; cd /tmp; ./y.sh', '', ['x.sh', 'y.sh']],
    // A line a shell runs is read as a line, not as a file.
    ["sh -c 'cd scripts && ./smoke.sh'", '', ['smoke.sh', 'scripts/smoke.sh']],
    ['bash -o pipefail -ec "scripts/gate.sh --strict | tee gate.log"', '', ['scripts/gate.sh']],
    ['/bin/sh -e -c "bash -c \'tools/inner.sh\'"', 'ci', ['ci/tools/inner.sh']],
    // A task runner reads its own file: the one its options name, else those it looks for.
    ['make smoke', '', ['GNUmakefile', 'makefile', 'Makefile']],
    [
      'make -C services/api -f ci.mk smoke && just -d tools e2e',
      '',
      ['services/api/ci.mk', 'services/api', 'tools/justfile', 'tools/Justfile', 'tools/.justfile'],
    ],
    [
      'gmake -Cweb --file=gate.mk; task -t ci/Taskfile.yml gate',
      'svc',
      ['svc/web/gate.mk', 'svc/ci/Taskfile.yml'],
    ],
    // docker compose reads its files (and their overrides, and .env) where it runs.
    [
      'docker compose run --rm smoke',
      'e2e',
      [
        ...['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'],
        ...['compose.override.yaml', 'compose.override.yml'],
        ...['docker-compose.override.yaml', 'docker-compose.override.yml', '.env'],
      ].map((f) => `e2e/${f}`),
    ],
    [
      'docker --context ci compose -f ci/compose.yml --project-directory ci run smoke; docker-compose --file=x.yml up',
      '',
      // Files named relative to where it runs; .env in the project's directory.
      ['ci/compose.yml', 'ci/.env', 'x.yml', '.env'],
    ],
    // docker build reads the Dockerfile its -f names, else the context's (and its .dockerignore).
    [
      'docker build -t app:ci --build-arg X=1 services/api && docker buildx build --file ci/test.Dockerfile --target test .',
      '',
      [
        'services/api/Dockerfile',
        'services/api/.dockerignore',
        'services/api',
        'ci/test.Dockerfile',
        '.dockerignore',
      ],
    ],
    ['docker build https://example.com/repo.git; docker build -t "$TAG" "$DIR"', 'web', []],
    ['echo make; make -C /opt/x -f "$F"', '', []],
    ['make -C$D', '', ['GNUmakefile', 'makefile', 'Makefile']],
    // `python -m tools.smoke` runs tools/smoke.py, or the package's __main__.py.
    [
      'python3 -u -m tools.smoke --strict; pip -m nothing',
      'svc',
      ['svc/tools/smoke.py', 'svc/tools/smoke/__main__.py', 'svc/tools/smoke/__init__.py'],
    ],
    // Node finds `tools/check` as tools/check.js (or another of its forms) when there is no such file.
    ['node --no-warnings tools/check && ./bin/run', '', [...nodeForms('tools/check'), 'bin/run']],
    // What an interpreter runs is a file, with or without a `/` or an extension; not its code
    // given on the line, nor a script it reads from its input.
    ['bash smoke staging; ruby check', 'svc', ['svc/smoke', 'svc/check']],
    ['python3 -u smoke; python3 tools', '', ['smoke', 'smoke/__main__.py', 'tools', 'tools/__main__.py']],
    ['npx tsx check', '', [...nodeForms('check')]],
    // The value of an option that takes one is not the script.
    ['perl -I lib smoke; bash -o pipefail gate', '', ['smoke', 'gate']],
    ["node -e 'x()' arg; python3 -c 'y()' arg; bash -s arg < in.sh; php -r 'z();' arg", '', ['in.sh']],
  ])('%s (in "%s")', (line, cwd, files) => {
    expect(namedFiles(line, cwd)).toEqual(files);
  });
});

describe("the package managers' settings a command line reads", () => {
  const settings = (dir: string) =>
    ['.npmrc', '.yarnrc', '.yarnrc.yml', 'bunfig.toml'].map((f) => (dir ? `${dir}/${f}` : f));
  it.each([
    ['npx playwright test', 'web/e2e', [...settings('web/e2e'), ...settings('web'), ...settings('')]],
    ['CI=1 env FORCE_COLOR=0 time pnpm dlx x', '', settings('')],
    ['cd app && yarn smoke', '', [...settings(''), ...settings('app')]],
    ['npm --prefix web test', '', [...settings(''), ...settings('web')]],
    ['bunx vitest; corepack yarn', 'svc', [...settings('svc'), ...settings('')]],
    // Not a package manager run: an argument, a file, another program.
    ['echo npm; ./npm.sh; node scripts/npx.mjs', '', []],
  ])('%s (in "%s")', (line, cwd, files) => {
    expect(settingsFiles(line, cwd).sort()).toEqual([...new Set(files)].sort());
  });
});

describe('the entries of a revision', () => {
  it('what each path is, a link with what it points to; a path is a path, not a pattern', async () => {
    const dir = await tempDir();
    const sha = await makeRepo(dir, {
      'a*b.sh': link('x.sh'),
      'ab.sh': link('y.sh'),
      'plain.sh': 'echo\n',
      'lib/up': link('../plain.sh'),
    });
    const found = await source(dir).entries!(sha, ['a*b.sh', 'plain.sh', 'lib/up', 'missing']);
    expect([...found]).toEqual([
      ['a*b.sh', { mode: '120000', size: 4, link: 'x.sh' }],
      ['lib/up', { mode: '120000', size: 11, link: '../plain.sh' }],
      ['plain.sh', { mode: '100644', size: 5 }],
    ]);
    // A folder is named as one, and read as none.
    expect([...(await source(dir).entries!(sha, ['lib']))]).toEqual([['lib', { mode: '040000', size: 0 }]]);
  });
});

describe('the files a shell script runs', () => {
  it('what it sources and the scripts it runs, in the directory it runs in and in its own', () => {
    const script = [
      '#!/bin/sh',
      '. ./scripts/lib.sh',
      'source "$(dirname "$0")/common.sh"',
      './step.sh && bash -e lib/check.sh --strict',
      'node tools/x.mjs | tee out.log',
      'bash helper; . common; make',
      '. $(dirname $0)/unquoted.sh; VERSION=$(sh tools/version.sh)',
      'make -C services smoke; docker compose -f e2e.yml run e2e',
      'echo scripts/not-run.sh; curl https://example.com/x.sh',
      '# ./commented.sh',
      '. "$CONFIG_FILE"; source /etc/profile',
    ].join('\n');
    expect(scriptRuns(script, 'scripts', '').sort()).toEqual(
      [
        'scripts/lib.sh',
        'scripts/scripts/lib.sh',
        'common.sh',
        'scripts/common.sh',
        'step.sh',
        'scripts/step.sh',
        'lib/check.sh',
        'scripts/lib/check.sh',
        'tools/x.mjs',
        'scripts/tools/x.mjs',
        'helper',
        'scripts/helper',
        'common',
        'scripts/common',
        // An unquoted substitution is part of its word; what it runs is read as a line.
        'unquoted.sh',
        'scripts/unquoted.sh',
        'tools/version.sh',
        'scripts/tools/version.sh',
        // A task runner it runs reads its own file.
        ...['GNUmakefile', 'makefile', 'Makefile'].flatMap((f) => [f, `scripts/${f}`]),
        ...['GNUmakefile', 'makefile', 'Makefile'].flatMap((f) => [`services/${f}`, `scripts/services/${f}`]),
        'e2e.yml',
        '.env',
        'scripts/e2e.yml',
        'scripts/.env',
      ].sort(),
    );
  });
});

describe('reading command lines: any text', () => {
  it('gives paths inside the repository, never throws', () => {
    const piece = fc.constantFrom(
      ' ',
      '/',
      '..',
      '.',
      'a',
      'x.sh',
      '"',
      "'",
      '\\',
      '$',
      '=',
      '-',
      ';',
      '&&',
      'npm',
      'run',
      'test',
      '--prefix',
      '~',
      '*',
      'cd',
      'pushd',
      'sh',
      'bash',
      '-c',
      '-o',
      '(',
      ')',
      '|',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.constantFrom('', 'svc', 'a/b'), (parts, cwd) => {
        const line = parts.join('');
        for (const f of namedFiles(line, cwd)) {
          expect(f).not.toMatch(/^(?:\.\.(?:\/|$)|\/)/);
          expect(f).not.toBe('.');
        }
        for (const f of scriptRuns(line, cwd, cwd)) {
          expect(f).not.toMatch(/^(?:\.\.(?:\/|$)|\/)/);
          expect(f).not.toBe('.');
        }
        for (const r of packageScripts(line, cwd))
          expect(r.packageJson).toMatch(/^(?:[^/].*\/)?package\.json$/);
      }),
      { numRuns: 2000, seed: 20_261_207 },
    );
  });
});

describe('the package.json scripts a command line runs', () => {
  it.each([
    ['npm test', '', [['package.json', 'test']]],
    ['npm --silent t', 'web', [['web/package.json', 'test']]],
    [
      'npm run -s smoke -- --strict && pnpm run e2e',
      '',
      [
        ['package.json', 'smoke'],
        ['package.json', 'e2e'],
      ],
    ],
    ['npm --prefix services/api run smoke', '', [['services/api/package.json', 'smoke']]],
    [
      'yarn --cwd=ui smoke; yarn install; yarn run lint',
      '',
      [
        ['ui/package.json', 'smoke'],
        ['package.json', 'lint'],
      ],
    ],
    ['pnpm start', '', [['package.json', 'start']]],
    ['bun run check; bun test', '', [['package.json', 'check']]],
    [
      'cd app && npm test',
      '',
      [
        ['package.json', 'test'],
        ['app/package.json', 'test'],
      ],
    ],
    ["sh -c 'npm --prefix web run e2e'", '', [['web/package.json', 'e2e']]],
    // No script of package.json: an installer, a tool, an expansion, a directory outside.
    ['npm ci && npx vitest run', '', []],
    ['npm run "$TARGET"', '', []],
    ['npm --prefix ../other test', '', []],
    ['npm --prefix /opt/app test', 'svc', []],
  ])('%s (in "%s")', (line, cwd, runs) => {
    expect(packageScripts(line, cwd)).toEqual(
      runs.map(([packageJson, name]) => ({ packageJson, scripts: [`pre${name}`, name, `post${name}`] })),
    );
  });
});

describe('integrity: `unknown: approve` holds a change whose direction is not known', () => {
  const probe = (integrity: string, url: string) => `version: 1
profiles:
  pr: { checks: [gate, health] }
checks:
  gate: ${integrity}
  health: { type: http, url: '${url}', enforcement: advisory }
`;

  it('a probed URL pointed elsewhere is a notice by default, and held until approved with unknown: approve', async () => {
    const calm = await pullRequest(
      { [CONFIG]: probe('{ type: integrity }', 'http://127.0.0.1:9/health') },
      { [CONFIG]: probe('{ type: integrity }', 'http://127.0.0.1:9/always-ok') },
    );
    const passed = check((await gate(calm.dir, { env: calm.env })).report.checks, 'gate');
    expect(passed.status).toBe('pass');
    expect(messages(passed.findings, 'notice')).toEqual([
      'changed checks.health.url: http://127.0.0.1:9/health → http://127.0.0.1:9/always-ok (changed, direction unknown) in profile pr',
    ]);

    const strict = '{ type: integrity, unknown: approve }';
    const pr = await pullRequest(
      { [CONFIG]: probe(strict, 'http://127.0.0.1:9/health') },
      { [CONFIG]: probe(strict, 'http://127.0.0.1:9/always-ok') },
    );
    const held = check((await gate(pr.dir, { env: pr.env })).report.checks, 'gate');
    expect(held.status).toBe('fail');
    expect(held.summary).toMatch(/0 weakening\(s\), 0 tightening\(s\), 1 other change\(s\), not approved$/);
    expect(messages(held.findings, 'failure')).toEqual([
      'changed checks.health.url: http://127.0.0.1:9/health → http://127.0.0.1:9/always-ok (changed, direction unknown) in profile pr',
      'not approved: reviews cannot be read: not on GitHub (GITHUB_REPOSITORY is not set)',
    ]);
  });

  it('going back to notices is itself a weakening', async () => {
    const url = 'http://127.0.0.1:9/health';
    const pr = await pullRequest(
      { [CONFIG]: probe('{ type: integrity, unknown: approve }', url) },
      { [CONFIG]: probe('{ type: integrity, unknown: notice }', url) },
    );
    const held = check((await gate(pr.dir, { env: pr.env })).report.checks, 'gate');
    expect(messages(held.findings, 'failure')[0]).toMatch(
      /^weakened checks\.gate\.unknown: approve → notice /,
    );
  });
});
