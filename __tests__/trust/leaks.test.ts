import { execFileSync } from 'node:child_process';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runGate } from '../../src/app/gate.js';
import { DirectoryHistory } from '../../src/history/directory.js';
import { Planter } from '../change/plant.js';
import { commit, makeRepo, PLAIN_ENV, source } from '../change/repo.js';
import { runCheck } from '../checks/run.js';
import { tempDir, writeFiles } from '../helpers/fs.js';
import { closeAllServers, sendText, startServer } from '../helpers/servers.js';
import { capturingLogger, filesOf, leaks, shownStepLog } from './outputs.js';

afterEach(closeAllServers);

interface GateCase {
  dir: string;
  config: string;
  env?: Record<string, string | undefined>;
  inputs?: Record<string, string>;
  base?: string;
  head?: string;
}

/** Runs the gate in-process with both loggers captured and a history directory; returns every output. */
async function gate(c: GateCase) {
  const configPath = path.join(c.dir, '.github/promotion-gate.yml');
  await writeFiles(c.dir, { '.github/promotion-gate.yml': c.config });
  const historyDir = path.join(await tempDir(), 'history');
  const cap = capturingLogger();
  const run = await runGate({
    configPath,
    profile: 'prod',
    inputs: c.inputs ?? {},
    env: { ...PLAIN_ENV, ...c.env },
    cwd: c.dir,
    outDir: path.join(await tempDir(), 'out'),
    logger: cap.logger,
    history: new DirectoryHistory(historyDir),
    ...(c.base ? { base: c.base } : {}),
    ...(c.head ? { head: c.head } : {}),
  });
  const outputs: [string, string][] = [
    ...(await filesOf(run.outDir, 'bundle')),
    ...(await filesOf(historyDir, 'history')),
    ['console', cap.console.join('\n')],
    ['step log', shownStepLog(cap.stepLog)],
  ];
  return { run, outputs, ...cap };
}

const check = (run: Awaited<ReturnType<typeof gate>>['run'], id: string) =>
  run.report.checks.find((c) => c.id === id)!;

describe('credentials in URLs', () => {
  it('are masked in metric keys, report.json and the history record, registered or not', async () => {
    const server = await startServer((_req, res) => sendText(res, 200, 'ok'));
    const dir = await tempDir();
    const token = 'tq8Zv3LmW9xPc2Kd';
    const run = await gate({
      dir,
      inputs: { base: server.url },
      env: { PROBE_TOKEN: token },
      config: `version: 1
defaults: { concurrency: 1 }
profiles:
  prod: { checks: [probe, literal] }
checks:
  probe: { type: http, url: '\${{ inputs.base }}/health?token=\${{ env.PROBE_TOKEN }}' }
  literal:
    type: http
    requests:
      - { url: '\${{ inputs.base }}/health?a=1&api_key=Lit3ralApiKeyValue9' }
      - { url: 'http://deploy:Lit3ralPassw0rd@127.0.0.1:${server.port}/health' }
`,
    });
    expect(check(run.run, 'probe').metrics).toHaveProperty([`latency.${server.url}/health?token=***`]);
    expect(Object.keys(check(run.run, 'literal').metrics)).toEqual(
      expect.arrayContaining([
        `latency.${server.url}/health?a=1&api_key=***`,
        `latency.http://***@127.0.0.1:${server.port}/health`,
      ]),
    );
    const history = run.outputs.filter(([name]) => name.startsWith('history/'));
    expect(history.length).toBeGreaterThan(0);
    expect(history.map(([, text]) => text).join('')).toContain('token=***');
    expect(leaks(run.outputs, [token, 'Lit3ralApiKeyValue9', 'Lit3ralPassw0rd'])).toEqual([]);
  });
});

describe('private keys', () => {
  it('every line of a key the secrets scan found is masked wherever a check prints it', async () => {
    const dir = await tempDir();
    const pem = new Planter(21).pem();
    const lines = pem.text.split('\n').slice(1, 7);
    const base = await makeRepo(dir, { 'README.md': '# app\n' });
    const head = await commit(dir, { 'keys/deploy.pem': pem.text });
    const run = await gate({
      dir,
      base,
      head,
      config: `version: 1
profiles:
  prod: { checks: [secrets, body, whole] }
checks:
  secrets: { type: secrets }
  body: { type: command, run: "sed -n '2,7p' keys/deploy.pem; exit 1" }
  whole: { type: command, run: 'cat keys/deploy.pem' }
`,
    });
    expect(check(run.run, 'secrets').findings[0]!.message).toBe('Private key: *** (64 chars)');
    expect(check(run.run, 'body').status).toBe('fail');
    expect(leaks(run.outputs, lines)).toEqual([]);
  });
});

describe('secrets registered after other checks wrote', () => {
  it('mask routes and dependencies evidence written before the secrets scan found the value', async () => {
    const dir = await tempDir();
    const value = 'Qm7vXz29LpKd4Tw8';
    const base = await makeRepo(dir, {
      'app.py':
        "from flask import Flask\napp = Flask(__name__)\n\n@app.route('/health')\ndef health():\n    return 'ok'\n",
      'requirements.txt': 'flask==3.0.0\n',
    });
    const head = await commit(dir, {
      'app.py': `from flask import Flask\napp = Flask(__name__)\n\n@app.route('/health')\ndef health():\n    return 'ok'\n\n@app.route('/hooks/${value}')\ndef hook():\n    return 'ok'\n`,
      'config/settings.py': `WEBHOOK_SECRET = "${value}"\n`,
      'requirements.txt': `flask==3.0.0\nmypkg @ https://files.example.com/${value}/mypkg-1.0.whl\n`,
    });
    // One at a time, in this order: routes and dependencies write their evidence first.
    const run = await gate({
      dir,
      base,
      head,
      config: `version: 1
defaults: { concurrency: 1 }
profiles:
  prod: { checks: [routes, deps, secrets] }
checks:
  routes: { type: routes, presets: [flask] }
  deps: { type: dependencies }
  secrets: { type: secrets }
`,
    });
    expect(check(run.run, 'secrets').status).toBe('fail');
    expect(check(run.run, 'routes').findings.map((f) => f.message)).toContain('new route: GET /hooks/***');
    expect(run.outputs.map(([n]) => n)).toEqual(
      expect.arrayContaining(['bundle/evidence/routes/routes.json', 'bundle/evidence/deps/changes.json']),
    );
    expect(leaks(run.outputs, [value])).toEqual([]);
  });

  it('mask command output, junit.json and evidence copies written before the secrets scan found the value', async () => {
    const dir = await tempDir();
    const value = 'Hv8qZt3LmW9xPc2K';
    const marker = path.join(dir, 'command-done');
    // git waits until the command has written its output: the secrets scan (which reads the diff
    // with git) registers the value only after the command check and the evidence check wrote it.
    const shim = await tempDir();
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    await writeFile(
      path.join(shim, 'git'),
      `#!/bin/sh\ni=0\nwhile [ ! -e "${marker}" ] && [ $i -lt 1200 ]; do sleep 0.05; i=$((i+1)); done\nexec "${realGit}" "$@"\n`,
    );
    await chmod(path.join(shim, 'git'), 0o755);
    const base = await makeRepo(dir, { 'README.md': '# app\n' });
    const head = await commit(dir, { 'config/app.env': `DB_PASSWORD=${value}\n` });
    await writeFiles(dir, {
      'reports/status.json': JSON.stringify({ status: 'fail', detail: `login refused for ${value}` }),
    });
    const junit =
      '<testsuite name="db" tests="1" failures="1"><testcase classname="db" name="connects">' +
      '<failure message="login refused for %s">trace %s</failure></testcase></testsuite>\\n';
    const run = await gate({
      dir,
      base,
      head,
      env: { PATH: `${shim}:${process.env.PATH}` },
      config: `version: 1
defaults: { concurrency: 8 }
profiles:
  prod: { checks: [secrets, tests, status] }
checks:
  secrets: { type: secrets }
  tests:
    type: command
    run: |
      pw=$(cut -d= -f2 config/app.env)
      echo "connecting with $pw"
      printf '${junit}' "$pw" "$pw" > reports/junit.xml
      touch '${marker}'
    junit: reports/junit.xml
  status: { type: evidence, file: reports/status.json, assert: ['status == "ok"'] }
`,
    });
    expect(check(run.run, 'secrets').status).toBe('fail');
    expect(check(run.run, 'tests').findings.map((f) => f.message)).toContain(
      'failed: db › connects — login refused for ***',
    );
    expect(run.outputs.map(([n]) => n)).toEqual(
      expect.arrayContaining([
        'bundle/evidence/tests/output.log',
        'bundle/evidence/tests/junit.json',
        'bundle/evidence/status/status.json',
      ]),
    );
    expect(leaks(run.outputs, [value])).toEqual([]);
  });

  it('an env check secret is masked in the step log before any check prints, and nowhere shown', async () => {
    const key = 'Dk4Wq9ZtLm2Xv7Rp';
    const server = await startServer((_req, res) => sendText(res, 200, `deploy key in use: ${key}`));
    const dir = await tempDir();
    const run = await gate({
      dir,
      inputs: { base: server.url },
      env: { DEPLOY_KEY: key },
      config: `version: 1
defaults: { concurrency: 1 }
profiles:
  prod: { checks: [probe, env] }
checks:
  probe: { type: http, url: '\${{ inputs.base }}/status', expect: { status: 204 } }
  env: { type: env, vars: { DEPLOY_KEY: { minLength: 8 } } }
`,
    });
    expect(check(run.run, 'probe').status).toBe('fail');
    expect(run.masked).toContain(key);
    const log = run.stepLog.join('').split('\n');
    const firstMask = log.indexOf(`::add-mask::${key}`);
    const firstGroup = log.findIndex((l) => l.startsWith('::group::'));
    expect(firstMask).toBeGreaterThanOrEqual(0);
    expect(firstMask).toBeLessThan(firstGroup);
    expect(leaks(run.outputs, [key])).toEqual([]);
  });
});

describe('secrets in the environment the config never names', () => {
  it('a command that prints its environment shows no value of a variable named as a secret', async () => {
    const secret = 'zzTopSecret-7Qm2-api';
    const pat = 'gp_Xv93kLm2Qw8Rt5Zy1Nb';
    const dir = await tempDir();
    const run = await gate({
      dir,
      env: { MY_API_SECRET: secret, DEPLOY_PWD: pat, FEATURE_AUTH: 'true', BUILD_LABEL: 'nightly-2026-12' },
      config: `version: 1
profiles:
  prod: { checks: [printenv] }
checks:
  printenv: { type: command, run: 'env | sort; echo "label $BUILD_LABEL"' }
`,
    });
    expect(check(run.run, 'printenv').status).toBe('pass');
    const log = run.outputs.find(([name]) => name.endsWith('evidence/printenv/output.log'))![1];
    expect(log).toContain('MY_API_SECRET=***');
    expect(log).toContain('DEPLOY_PWD=***');
    // Flags and values not named as secrets are left as they are.
    expect(log).toContain('FEATURE_AUTH=true');
    expect(log).toContain('label nightly-2026-12');
    expect(run.masked).toEqual(expect.arrayContaining([secret, pat]));
    expect(leaks(run.outputs, [secret, pat])).toEqual([]);
  });
});

describe('inputs in the report', () => {
  it('each given input is listed under its own name, a secret one as ***', async () => {
    const dir = await tempDir();
    const secret = 'tok-9Zq4Lm2Xv7';
    const run = await gate({
      dir,
      inputs: Object.fromEntries([
        ['__proto__', 'proto-value'],
        ['api-token', secret],
        ['region', 'eu-west-1'],
      ]) as Record<string, string>,
      config: `version: 1
profiles:
  prod: { checks: [readme] }
checks:
  readme: { type: files, paths: [.github/promotion-gate.yml] }
`,
    });
    const report = run.outputs.find(([name]) => name.endsWith('report.json'))![1];
    expect(Object.entries((JSON.parse(report) as { inputs: object }).inputs)).toEqual([
      ['__proto__', 'proto-value'],
      ['api-token', '***'],
      ['region', 'eu-west-1'],
    ]);
    expect(leaks(run.outputs, [secret])).toEqual([]);
  });
});

describe('forms of a registered secret', () => {
  it('JSON-escaped, percent-encoded, lower-cased and cut short: none of them shows', async () => {
    const secret = 'Zr"8\\q/Lm+x%Tp 4éWk';
    const host = 'StagingHost-Qw3rTy9Zx';
    const cut = 'Kp4Wz8RmQx2Tn7Vb5Lc';
    const server = await startServer((req, res) => {
      const raw = (req.url ?? '').split('?q=')[1] ?? '';
      // Decoded as a service would, leniently (a raw `%` stays), keeping `+` a plus.
      const q = new URLSearchParams(`q=${raw.replace(/\+/g, '%2B')}`).get('q') ?? '';
      const body = [
        `json: ${JSON.stringify({ q })}`,
        `raw: ${raw}`,
        `uri: ${encodeURIComponent(q)}`,
        `form: ${new URLSearchParams({ q }).toString()}`,
        `lower: ${q.toLowerCase()}`,
        `decoded: ${q}`,
      ].join('\n');
      sendText(res, 200, body);
    });
    const dir = await tempDir();
    const run = await gate({
      dir,
      inputs: { base: server.url },
      env: { SECRET: secret, HOST: host, CUT: cut },
      config: `version: 1
profiles:
  prod: { checks: [echo, dns, cut] }
checks:
  echo: { type: http, url: '\${{ inputs.base }}/echo?q=\${{ env.SECRET }}', expect: { status: 204 } }
  dns: { type: http, url: 'http://\${{ env.HOST }}.invalid/health', requestTimeout: 10s }
  cut:
    type: command
    maxOutput: 1024
    run: 'printf "%0500d" 0; printf "%s" "\${{ env.CUT }}"; printf "%03000d\\n" 0; exit 3'
`,
    });
    expect(check(run.run, 'echo').status).toBe('fail');
    expect(check(run.run, 'dns').summary.toLowerCase()).toContain('.invalid');
    const output = await readFile(path.join(run.run.outDir, 'evidence/cut/output.log'), 'utf8');
    expect(output).toMatch(/^0{500}\*\*\*\n… \[\d+ bytes omitted\] …\n/);
    expect(leaks(run.outputs, [secret, host, cut])).toEqual([]);
  });
});

describe('tokens of a known shape that the secrets scan never saw', () => {
  it('a bot token in a route path and a private_token in a requirement URL are masked', async () => {
    const dir = await tempDir();
    const bot = 'xoxb-7302945816-4829103756-AbCdEfGhIjKlMnOpQrStUvWx';
    const gitlab = 'glpat-Xk29vQp7LmZ3Rt5Wq8';
    const base = await makeRepo(dir, {
      'app.py': `from flask import Flask\napp = Flask(__name__)\n\n@app.route('/health')\ndef health():\n    return 'ok'\n\n@app.route('/hooks/${bot}')\ndef hook():\n    return 'ok'\n`,
    });
    const head = await commit(dir, {
      'app.py':
        "from flask import Flask\napp = Flask(__name__)\n\n@app.route('/health')\ndef health():\n    return 'ok'\n",
      'requirements.txt': `requests==2.31.0\nmypkg @ https://gitlab.example.com/api/v4/projects/7/packages/pypi/files/mypkg-1.0.whl?private_token=${gitlab}\n`,
    });
    const run = await gate({
      dir,
      base,
      head,
      config: `version: 1
profiles:
  prod: { checks: [secrets, routes, deps] }
checks:
  secrets: { type: secrets }
  routes: { type: routes, presets: [flask] }
  deps: { type: dependencies }
`,
    });
    // The scan reads only added lines and knows no GitLab tokens: it finds neither.
    expect(check(run.run, 'secrets').status).toBe('pass');
    expect(check(run.run, 'routes').findings.map((f) => f.message)).toContain(
      'route removed since base: GET /hooks/*** (was at app.py:8)',
    );
    expect(
      check(run.run, 'deps')
        .findings.map((f) => f.message)
        .join('\n'),
    ).toContain('private_token=***');
    expect(leaks(run.outputs, [bot, gitlab])).toEqual([]);
  });
});

describe('routes and dependencies mask what they read from code themselves', () => {
  it('a token in a route path and credentials in a requirement URL, in findings and evidence', async () => {
    const dir = await tempDir();
    const bot = 'xoxb-7302945816-4829103756-AbCdEfGhIjKlMnOpQrStUvWx';
    const base = await makeRepo(dir, {
      'app.py': `from flask import Flask\napp = Flask(__name__)\n\n@app.route('/hooks/${bot}')\ndef hook():\n    return 'ok'\n`,
      'requirements.txt': 'flask==3.0.0\n',
    });
    await commit(dir, {
      'app.py':
        "from flask import Flask\napp = Flask(__name__)\n\n@app.route('/health')\ndef health():\n    return 'ok'\n",
      'requirements.txt':
        'flask==3.0.0\nmypkg @ https://deploy:Pa55w0rdPa55@files.example.com/mypkg-1.0.whl?private_token=glpat-Xk29vQp7LmZ3Rt5Wq8\n',
    });
    const outputDir = path.join(dir, '.out');
    // The engine's own redactor here knows no shapes and no secrets: only the checks mask.
    const deps = { change: source(dir, { base }) };
    const routes = await runCheck('routes', { presets: ['flask'] }, { cwd: dir, outputDir, deps });
    const dependencies = await runCheck('dependencies', {}, { cwd: dir, outputDir, deps });
    const outputs: [string, string][] = [
      ['routes', JSON.stringify(routes)],
      ['dependencies', JSON.stringify(dependencies)],
      ...(await filesOf(outputDir, 'evidence')),
    ];
    expect(routes.findings.map((f) => f.message)).toContain(
      'route removed since base: GET /hooks/*** (was at app.py:4)',
    );
    expect(dependencies.findings.map((f) => f.message).join('\n')).toContain(
      'https://***@files.example.com/mypkg-1.0.whl?private_token=***',
    );
    expect(leaks(outputs, [bot, 'Pa55w0rdPa55', 'glpat-Xk29vQp7LmZ3Rt5Wq8'])).toEqual([]);
  });
});
