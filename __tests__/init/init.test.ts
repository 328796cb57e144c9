import { lstat, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { loadConfigFile } from '../../src/config/load.js';
import { checkEveryProfile, planGate } from '../../src/config/plan.js';
import type { GatePlan } from '../../src/config/types.js';
import { PLAIN_ENV } from '../change/repo.js';
import { tempDir, writeFiles } from '../helpers/fs.js';
import { STACKS, stackRepo, type StackName } from './stacks.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CONFIG = '.github/promotion-gate.yml';
const WORKFLOW = '.github/workflows/promotion.yml';
const URL = 'https://staging.example.com';

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: PLAIN_ENV,
    cwd,
  });
  return { code, stdout, stderr };
}

/** Every profile of the written config, planned by the real loader with the input the live checks read. */
async function planned(dir: string): Promise<Record<string, GatePlan>> {
  const loaded = await loadConfigFile(path.join(dir, CONFIG), CONFIG);
  checkEveryProfile(loaded);
  const out: Record<string, GatePlan> = {};
  for (const profile of Object.keys(loaded.config.profiles))
    out[profile] = planGate(loaded, profile, { env: {}, inputs: { 'target-url': URL } });
  return out;
}

/** The config's comments as running text, wherever the lines were wrapped. */
const prose = async (dir: string) =>
  (await readFile(path.join(dir, CONFIG), 'utf8')).replace(/\n\s*#\s*/g, ' ');

const ids = (plan: GatePlan) => plan.checks.map((c) => c.id);
const spec = (plan: GatePlan, id: string) => plan.checks.find((c) => c.id === id)!.spec;
const enforcement = (plan: GatePlan, id: string) => plan.checks.find((c) => c.id === id)!.enforcement;

/** What `init` writes for each stack is committed in examples/init/, so a change shows up in review. */
async function matchesExample(name: string, text: string): Promise<void> {
  const file = path.join(ROOT, 'examples', 'init', `${name}.yml`);
  if (process.env.UPDATE_OUTPUTS) await writeFile(file, text);
  expect(text).toBe(await readFile(file, 'utf8'));
}

describe('init on repositories of several stacks', () => {
  it.each(Object.keys(STACKS) as StackName[])(
    '%s: a config that validates (every profile planned), formatted, and the workflow',
    async (name) => {
      const dir = await stackRepo(name);
      const r = await cli(['init'], dir);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^found:\n/);
      expect(r.stdout).toContain(`wrote:\n  ${CONFIG}`);
      expect(r.stdout).toContain(`  ${WORKFLOW}`);
      expect(r.stdout).toContain('next:\n  npx promotion-gate validate\n  npx promotion-gate gate -p dev\n');
      expect(r.stdout).toContain(
        '  the prod gate every hour, with an incident issue when it turns:\n    https://github.com/promotion-gate/promotion-gate/blob/v1/workflows-templates/gate-watch.yml\n',
      );

      const plans = await planned(dir);
      expect(Object.keys(plans)).toEqual(['dev', 'staging', 'prod']);
      const v = await cli(['validate'], dir);
      expect(v).toMatchObject({ code: 0, stderr: '' });
      for (const profile of ['staging', 'prod'])
        expect(
          await cli(['validate', '--profile', profile, '--input', `target-url=${URL}`], dir),
        ).toMatchObject({
          code: 0,
        });

      const text = await readFile(path.join(dir, CONFIG), 'utf8');
      const options = (await prettier.resolveConfig(path.join(ROOT, 'README.md'))) ?? {};
      expect(await prettier.format(text, { ...options, parser: 'yaml' })).toBe(text);
      expect(text).toMatch(
        /^# yaml-language-server: \$schema=https:\/\/raw\.githubusercontent\.com\/promotion-gate\/promotion-gate\/v1\/schema\/promotion-gate\.schema\.json\n/,
      );
      await matchesExample(name, text);
      expect((await lstat(path.join(dir, WORKFLOW))).isFile()).toBe(true);
    },
  );

  it('node + express + knex + npm: tests with JUnit and coverage, knex migrations on postgresql, routes, login', async () => {
    const dir = await stackRepo('node-express');
    await cli(['init'], dir);
    const { dev, staging, prod } = await planned(dir);
    expect(ids(dev!)).toEqual([
      'required-files',
      'unit-tests',
      'secrets',
      'dependencies',
      'migrations',
      'routes',
    ]);
    expect(spec(dev!, 'required-files')).toMatchObject({
      paths: ['package.json', 'package-lock.json', 'Dockerfile'],
    });
    expect(spec(dev!, 'unit-tests')).toMatchObject({
      junit: 'reports/junit.xml',
      coverage: { file: 'coverage/lcov.info', format: 'lcov', min: 80 },
    });
    expect(spec(dev!, 'unit-tests').run).toMatch(
      /^\(test -d node_modules \|\| npm ci\) && npx vitest run .*--outputFile\.junit=reports\/junit\.xml/,
    );
    expect(spec(dev!, 'migrations')).toMatchObject({ paths: ['db/migrations/*.js'], dialect: 'postgresql' });
    expect(spec(dev!, 'routes')).toMatchObject({ presets: ['express'], critical: ['/health'] });
    expect(enforcement(dev!, 'secrets')).toBe('hard');
    expect(ids(staging!)).toEqual([...ids(dev!), 'health', 'smoke', 'auth', 'performance']);
    expect(spec(staging!, 'health')).toMatchObject({ url: `${URL}/health` });
    expect(spec(staging!, 'auth')).toMatchObject({ base: URL, routes: ['/admin'] });
    expect(spec(staging!, 'performance')).toMatchObject({ pages: ['/health', '/'] });
    expect(enforcement(staging!, 'migrations')).toBe('required');
    expect(enforcement(staging!, 'performance')).toBe('scored');
    expect(enforcement(prod!, 'performance')).toBe('required');
    expect(prod!.policy.holdLine).toBe(3);
  });

  it('python + django + pip: pytest in a virtual environment, Django migrations, paths with their slash', async () => {
    const dir = await stackRepo('python-django');
    await cli(['init'], dir);
    const { dev, staging } = await planned(dir);
    expect(spec(dev!, 'unit-tests').run).toContain(
      '(test -x .venv/bin/python || (python3 -m venv .venv && .venv/bin/pip install -r requirements.txt)) && .venv/bin/python -m pytest --junitxml=reports/junit.xml',
    );
    expect(spec(dev!, 'unit-tests')).toMatchObject({
      coverage: { file: 'coverage.xml', format: 'cobertura', min: 75 },
    });
    expect(spec(dev!, 'migrations')).toMatchObject({
      paths: ['polls/migrations/*.py'],
      dialect: 'postgresql',
    });
    expect(spec(dev!, 'routes')).toMatchObject({ presets: ['django'] });
    // Django redirects /health to the /health/ its urlconf names: the probe asks for that one.
    expect(spec(staging!, 'health')).toMatchObject({ url: `${URL}/health/` });
    expect(spec(staging!, 'auth')).toMatchObject({ routes: ['/admin/'] });
  });

  it('rails: rspec with its JUnit formatter, db/migrate, the /up health route, devise', async () => {
    const dir = await stackRepo('rails');
    await cli(['init'], dir);
    const { dev, staging } = await planned(dir);
    expect(spec(dev!, 'unit-tests')).toMatchObject({ junit: 'reports/junit.xml' });
    expect(spec(dev!, 'unit-tests').run).toContain(
      'bundle exec rspec --format progress --format RspecJunitFormatter',
    );
    expect(spec(dev!, 'migrations')).toMatchObject({ paths: ['db/migrate/*.rb'], dialect: 'postgresql' });
    expect(spec(dev!, 'routes')).toMatchObject({ presets: ['rails'], critical: ['/up'] });
    expect(spec(staging!, 'health')).toMatchObject({ url: `${URL}/up` });
    expect(spec(staging!, 'auth')).toMatchObject({ routes: ['/users/edit'] });
    expect(ids(staging!)).toContain('smoke');
  });

  it('go: go test, plain SQL migrations, chi routes read by custom patterns (test files left out)', async () => {
    const dir = await stackRepo('go');
    const r = await cli(['init'], dir);
    const { dev, staging } = await planned(dir);
    expect(spec(dev!, 'unit-tests')).toMatchObject({ run: 'go test ./...' });
    expect(spec(dev!, 'unit-tests').junit).toBeUndefined();
    expect(spec(dev!, 'migrations')).toMatchObject({ paths: ['migrations/*.sql'], dialect: 'postgresql' });
    expect(spec(dev!, 'routes')).toMatchObject({ critical: ['/healthz'] });
    expect((spec(dev!, 'routes').custom as unknown[]).length).toBe(2);
    expect(spec(staging!, 'health')).toMatchObject({ url: `${URL}/healthz` });
    expect(ids(staging!)).not.toContain('smoke');
    expect(ids(staging!)).not.toContain('auth');
    expect(r.stdout).not.toContain('/test-only');
  });

  it('java + spring + maven: surefire reports, Flyway, the actuator, no dependencies check for pom.xml', async () => {
    const dir = await stackRepo('java-spring');
    await cli(['init'], dir);
    const { dev, staging } = await planned(dir);
    expect(spec(dev!, 'unit-tests')).toMatchObject({
      run: './mvnw --batch-mode --no-transfer-progress test',
      junit: '**/target/surefire-reports/TEST-*.xml',
    });
    expect(ids(dev!)).not.toContain('dependencies');
    expect(await prose(dir)).toContain('pom.xml is not a file the dependencies check reads');
    expect(spec(dev!, 'migrations')).toMatchObject({ paths: ['src/main/resources/db/migration/*.sql'] });
    expect(spec(dev!, 'routes')).toMatchObject({ presets: ['spring'] });
    expect(spec(staging!, 'health')).toMatchObject({ url: `${URL}/actuator/health` });
    // The class-level @RequestMapping("/api") prefix is applied, as the routes check applies it.
    expect(spec(staging!, 'auth')).toMatchObject({ routes: ['/api/account'] });
  });

  it('an empty repository: the secrets scan in dev, a guessed health check, and `gate -p dev` promotes', async () => {
    const dir = await stackRepo('empty');
    const r = await cli(['init'], dir);
    expect(r.stdout).toContain('no language or package manager recognised');
    expect(r.stdout).toContain('health endpoint: none found (the config guesses /health)');
    const { dev, staging } = await planned(dir);
    expect(ids(dev!)).toEqual(['secrets']);
    expect(ids(staging!)).toEqual(['secrets', 'health', 'performance']);
    expect(await prose(dir)).toContain('/health is a guess');
    const gate = await cli(['gate', '-p', 'dev', '--history', 'off'], dir);
    expect(gate.stdout).toContain('PROMOTE dev');
    expect(gate.code).toBe(0);
  });
});

describe('init never replaces a file unasked', () => {
  it('a second run writes nothing and exits 2, naming the files; --force replaces them', async () => {
    const dir = await stackRepo('go');
    expect((await cli(['init'], dir)).code).toBe(0);
    await writeFile(path.join(dir, CONFIG), '# mine\n');
    const again = await cli(['init'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(
      `init wrote nothing: ${CONFIG} and ${WORKFLOW} exist (--force replaces them)`,
    );
    expect(again.stdout).toContain('found:');
    expect(await readFile(path.join(dir, CONFIG), 'utf8')).toBe('# mine\n');

    const forced = await cli(['init', '--force'], dir);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(
      /\.github\/promotion-gate\.yml\s+profiles dev, staging and prod \(replaced\)/,
    );
    expect(await readFile(path.join(dir, CONFIG), 'utf8')).toContain('version: 1');
  });

  it('a config of the user alone is enough to stop it: not even the workflow is written', async () => {
    const dir = await stackRepo('empty');
    await writeFiles(dir, { [CONFIG]: 'version: 1\n' });
    const r = await cli(['init'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${CONFIG} exists (--force replaces it)`);
    await expect(lstat(path.join(dir, WORKFLOW))).rejects.toThrow();
  });

  it('--no-workflows writes the config only', async () => {
    const dir = await stackRepo('empty');
    expect((await cli(['init', '--no-workflows'], dir)).code).toBe(0);
    await expect(lstat(path.join(dir, WORKFLOW))).rejects.toThrow();
    expect((await lstat(path.join(dir, CONFIG))).isFile()).toBe(true);
  });

  it('writes nothing through a symbolic link: a linked .github is refused, a linked config is replaced, not followed', async () => {
    const outside = await tempDir('pg-init-outside-');
    const dir = await stackRepo('empty');
    await symlink(outside, path.join(dir, '.github'));
    const linked = await cli(['init'], dir);
    expect(linked.code).toBe(2);
    expect(linked.stderr).toContain(
      '.github is a symbolic link: init writes only into folders of the repository',
    );
    expect(await lstat(path.join(outside, 'promotion-gate.yml')).catch(() => undefined)).toBeUndefined();

    // A linked workflows folder is refused before anything is written: no config is left behind.
    const dir3 = await stackRepo('empty');
    await mkdir(path.join(dir3, '.github'));
    await symlink(outside, path.join(dir3, '.github/workflows'));
    const half = await cli(['init'], dir3);
    expect(half.code).toBe(2);
    expect(half.stderr).toContain('.github/workflows is a symbolic link');
    await expect(lstat(path.join(dir3, CONFIG))).rejects.toThrow();

    const dir2 = await stackRepo('empty');
    await mkdir(path.join(dir2, '.github'));
    await writeFile(path.join(outside, 'target.yml'), 'outside\n');
    await symlink(path.join(outside, 'target.yml'), path.join(dir2, CONFIG));
    expect((await cli(['init'], dir2)).code).toBe(2);
    expect((await cli(['init', '--force'], dir2)).code).toBe(0);
    expect(await readFile(path.join(outside, 'target.yml'), 'utf8')).toBe('outside\n');
    expect((await lstat(path.join(dir2, CONFIG))).isFile()).toBe(true);
  });

  it('--dir names the repository; a missing one is a usage error', async () => {
    const parent = await tempDir('pg-init-parent-');
    const dir = path.join(parent, 'svc');
    await mkdir(dir);
    const r = await cli(['init', '--dir', 'svc'], parent);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('next:\n  cd svc\n');
    expect(r.stdout).toContain('diff base: origin/main (not a git repository yet)');
    expect(await prose(dir)).toContain('a guess: not a git repository yet');
    const missing = await cli(['init', '--dir', 'nope'], parent);
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.stderr).toContain('--dir: nope is not a folder');
  });
});
