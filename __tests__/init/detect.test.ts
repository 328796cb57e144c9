import { describe, expect, it } from 'vitest';
import { detect, filesToRead, LOCAL_SCHEMA, MAX_SOURCES } from '../../src/init/detect.js';
import { renderConfig } from '../../src/init/render.js';
import type { Detection, GitFacts, StackFacts } from '../../src/init/types.js';
import { parseConfig } from '../../src/config/load.js';
import { checkEveryProfile, planGate } from '../../src/config/plan.js';

/** A repository as detection sees it: its paths, the texts it asks for, and git's answers. */
function detected(files: Record<string, string>, git: Partial<GitFacts> = {}): Detection {
  const paths = Object.keys(files).sort();
  const texts = new Map(filesToRead(paths).map((p) => [p, files[p]!] as const));
  return detect({
    paths,
    texts,
    git: { repository: true, commits: true, localBranches: ['main'], ...git },
  });
}

const stack = (d: Detection, name: string): StackFacts => d.stacks.find((s) => s.stack === name)!;
const pkg = (o: object) => JSON.stringify(o);

/** The rendered config loads and every profile plans: what init would write is valid. */
function renders(d: Detection): string {
  const text = renderConfig(d);
  const loaded = parseConfig('promotion-gate.yml', text);
  checkEveryProfile(loaded);
  for (const p of Object.keys(loaded.config.profiles))
    planGate(loaded, p, { env: {}, inputs: { 'target-url': 'https://staging.example.com' } });
  return text;
}

describe('Node: package manager, runner, JUnit and coverage', () => {
  it('pnpm and yarn berry install and run through their own commands', () => {
    const pnpm = detected({
      'package.json': pkg({ scripts: { test: 'vitest' }, devDependencies: { vitest: '1' } }),
      'pnpm-lock.yaml': "lockfileVersion: '9.0'\n",
    });
    expect(stack(pnpm, 'node').test).toMatchObject({
      install: '(test -d node_modules || pnpm install --frozen-lockfile)',
      run: 'pnpm exec vitest run --reporter=default --reporter=junit --outputFile.junit=reports/junit.xml',
      junit: 'reports/junit.xml',
    });
    expect(stack(pnpm, 'node').test!.coverage).toBeUndefined();
    const yarn = detected({
      'package.json': pkg({ scripts: { test: 'jest' }, devDependencies: { jest: '29', 'jest-junit': '16' } }),
      'yarn.lock': '__metadata:\n  version: 8\n',
    });
    expect(stack(yarn, 'node').test).toMatchObject({
      install: '(test -d node_modules || yarn install --immutable)',
      env: { JEST_JUNIT_OUTPUT_DIR: 'reports', JEST_JUNIT_OUTPUT_NAME: 'junit.xml' },
      junit: 'reports/junit.xml',
      coverage: { file: 'coverage/lcov.info', format: 'lcov', min: 0 },
    });
    renders(yarn);
  });

  it('jest without jest-junit: the exit code decides, and the config says how to get a report', () => {
    const d = detected({
      'package.json': pkg({ scripts: { test: 'jest' }, devDependencies: { jest: '29' } }),
      'package-lock.json': '{}',
      'jest.config.js': 'module.exports = { coverageThreshold: { global: { lines: 70 } } };',
    });
    const t = stack(d, 'node').test!;
    expect(t.junit).toBeUndefined();
    expect(t.coverage).toMatchObject({ min: 70, minFrom: 'the jest config' });
    expect(renders(d).replace(/\n\s*#\s*/g, ' ')).toContain('add jest-junit to the devDependencies');
  });

  it('mocha with c8 and mocha-junit-reporter; node:test keeps its file arguments', () => {
    const mocha = detected({
      'package.json': pkg({
        scripts: { test: 'mocha' },
        devDependencies: { mocha: '10', c8: '9', 'mocha-junit-reporter': '2' },
      }),
    });
    expect(stack(mocha, 'node').test).toMatchObject({
      install: '(test -d node_modules || npm install)',
      run: 'npx c8 --reporter=lcov --reporter=text-summary mocha --reporter mocha-junit-reporter --reporter-options mochaFile=reports/junit.xml',
      coverage: { file: 'coverage/lcov.info' },
    });
    const nodeTest = detected({ 'package.json': pkg({ scripts: { test: 'node --test test/*.test.mjs' } }) });
    expect(stack(nodeTest, 'node').test!.run).toBe(
      'mkdir -p reports && node --test --test-reporter=spec --test-reporter-destination=stdout --test-reporter=junit --test-reporter-destination=reports/junit.xml test/*.test.mjs',
    );
  });

  it('a script that already writes a JUnit report is run as it is', () => {
    const d = detected({
      'package.json': pkg({
        scripts: { test: 'vitest', 'test:ci': 'vitest run --reporter=junit --outputFile=out/junit.xml' },
        devDependencies: { vitest: '1' },
      }),
    });
    expect(stack(d, 'node').test).toMatchObject({ run: 'npm run test:ci', junit: 'out/junit.xml' });
  });

  it('nothing from package.json reaches the shell unless it is plain: odd report paths and test arguments are not used', () => {
    const odd = detected({
      'package.json': pkg({
        scripts: { test: 'node --test $(touch pwned)', 'test:ci': "vitest --outputFile.junit='$(id).xml'" },
      }),
    });
    const t = stack(odd, 'node').test!;
    expect(t).toMatchObject({ run: 'npm test' });
    expect(JSON.stringify(t)).not.toContain('pwned');
    expect(JSON.stringify(t)).not.toContain('$(id)');
  });

  it('names are data: __proto__ and constructor as dependency or script names, and a broken package.json', () => {
    const d = detected({
      'package.json':
        '{"scripts": {"__proto__": "x", "constructor": "y", "test": "vitest"}, "dependencies": {"__proto__": "1", "constructor": "2", "express": "4"}}',
    });
    expect(stack(d, 'node').frameworks).toEqual(['express']);
    expect(stack(d, 'node').dependencies.has('constructor')).toBe(true);
    const broken = detected({ 'package.json': '{ not json' });
    expect(stack(broken, 'node').test).toBeUndefined();
    renders(broken);
  });

  it('two stacks with tests: one check each, each with its own report file', () => {
    const d = detected({
      'package.json': pkg({ scripts: { test: 'vitest' }, devDependencies: { vitest: '1' } }),
      Gemfile: "gem 'rspec-rails'\ngem 'rspec_junit_formatter'\n",
    });
    const text = renders(d);
    expect(text).toContain('  unit-tests:\n');
    expect(text).toContain('  unit-tests-ruby:\n');
    expect(text).toContain('    junit: reports/junit.xml\n');
    expect(text).toContain('    junit: reports/junit-ruby.xml\n');
    expect(text).toContain('--out reports/junit-ruby.xml');
    expect(text).toMatch(/checks: \[required-files, unit-tests, unit-tests-ruby, secrets/);
  });

  it('the npm placeholder test script is no test', () => {
    const d = detected({
      'package.json': pkg({ scripts: { test: 'echo "Error: no test specified" && exit 1' } }),
    });
    expect(stack(d, 'node').test).toBeUndefined();
  });
});

describe('Python, and the files the dependencies check cannot read', () => {
  it('poetry runs pytest through poetry; pytest-cov reports Cobertura', () => {
    const d = detected({
      'pyproject.toml':
        '[tool.poetry.dependencies]\npython = "^3.12"\nfastapi = "0.110"\n[tool.poetry.group.dev.dependencies]\npytest = "8"\npytest-cov = "5"\n[tool.coverage.report]\nfail_under = 90\n',
      'poetry.lock': '',
      'app/main.py':
        'from fastapi import FastAPI\napp = FastAPI()\n\n@app.get("/healthz")\ndef health(): ...\n',
    });
    expect(stack(d, 'python')).toMatchObject({ manager: 'poetry', frameworks: ['fastapi'] });
    expect(stack(d, 'python').test).toMatchObject({
      install: 'poetry install --no-interaction',
      run: 'poetry run python -m pytest --junitxml=reports/junit.xml --cov --cov-report=xml:coverage.xml --cov-report=term',
      coverage: { file: 'coverage.xml', format: 'cobertura', min: 90 },
    });
    expect(d.health).toMatchObject({ path: '/healthz', where: 'app/main.py:4', critical: true });
    expect(d.routes?.presets).toEqual(['fastapi']);
  });

  it('pipenv alone: no dependencies check, and the config says why', () => {
    const d = detected({ Pipfile: '[packages]\nflask = "*"\n', 'Pipfile.lock': '{}' });
    expect(stack(d, 'python').unreadDependencyFiles).toEqual(['Pipfile', 'Pipfile.lock']);
    const text = renders(d);
    expect(text).not.toMatch(/^ {2}dependencies:/m);
    expect(text.replace(/\n\s*#\s*/g, ' ')).toContain(
      'Pipfile, Pipfile.lock is not a file the dependencies check reads',
    );
  });
});

describe('the service: health, pages, logins', () => {
  it('Next.js: a route file is the health endpoint, a page at / is smoke-tested', () => {
    const d = detected({
      'package.json': pkg({ dependencies: { next: '14', 'next-auth': '4' } }),
      'app/page.tsx': 'export default function Home() {}',
      'app/api/health/route.ts': 'export async function GET() {}',
      'app/dashboard/page.tsx': 'export default function Dashboard() {}',
    });
    expect(d.health).toMatchObject({ path: '/api/health', critical: true });
    expect(d.servesPages).toBe(true);
    expect(d.auth).toMatchObject({ library: 'next-auth', routes: [{ path: '/dashboard' }] });
    const text = renders(d);
    expect(text).toContain('    routes: [/dashboard]');
  });

  it('a Dockerfile HEALTHCHECK names the endpoint when the code does not; it is not made critical', () => {
    const d = detected({
      'go.mod': 'module example.com/x\n\ngo 1.22\n',
      Dockerfile: 'FROM golang\nHEALTHCHECK CMD wget -qO- http://localhost:8080/status/live || exit 1\n',
    });
    expect(d.health).toEqual({ path: '/status/live', where: 'Dockerfile (HEALTHCHECK)', critical: false });
    expect(renders(d)).not.toContain('critical:');
  });

  it('a login library without a protected page found: the auth check is left for the user to fill in, commented', () => {
    const d = detected({
      'package.json': pkg({ dependencies: { express: '4', passport: '0.7' } }),
      'src/app.js': "app.get('/health', ok);\n",
    });
    expect(d.auth).toEqual({ library: 'passport', routes: [] });
    const text = renders(d);
    expect(text).toContain("  # auth: { type: auth, base: '${{ vars.staging }}', routes: [/account] }");
    expect(text).not.toMatch(/^ {2}auth:/m);
  });

  it('a token written into a route is never printed, nor probed', () => {
    const token = 'ghp' + '_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8';
    const d = detected({
      'package.json': pkg({ dependencies: { express: '4', passport: '0.7' } }),
      'src/app.js': `app.post('/hooks/${token}', hook);\napp.get('/admin/${token}', admin);\n`,
    });
    expect(d.routes?.sample.path).toBe('POST /hooks/***');
    expect(d.auth).toEqual({ library: 'passport', routes: [] });
    expect(JSON.stringify(d)).not.toContain(token);
    expect(renders(d)).not.toContain(token.slice(4));
  });

  it('a file name cannot write config: a newline in it is printed as ?', () => {
    const evil = 'src/x\nprofiles: {}\n#.js';
    const d = detected({
      'package.json': pkg({ dependencies: { express: '4' } }),
      [evil]: "app.get('/health', ok);\n",
      'db/migrate\nversion: 2/20240101_x.rb': 'class X < ActiveRecord::Migration[7.1]; end',
    });
    expect(d.health?.where).toBe(`${evil}:1`);
    const text = renders(d);
    expect(text).toContain('# Written by `promotion-gate init`');
    expect(text).toContain('src/x?profiles: {}?#.js:1');
    expect(text).not.toContain('\nprofiles: {}\n');
    expect(text).not.toContain('version: 2');
  });

  it('routes in tests are not the service’s', () => {
    const d = detected({
      'package.json': pkg({ dependencies: { express: '4' } }),
      'test/app.test.js': "app.get('/health', ok);\n",
      'src/app.js': "app.get('/items', list);\n",
    });
    expect(d.health).toBeUndefined();
    expect(d.routes?.sample).toEqual({ path: 'GET /items', where: 'src/app.js:1' });
  });
});

describe('migrations and the database', () => {
  it('Alembic, Prisma, Knex in its default folder, plain SQL; MySQL from the drivers', () => {
    const d = detected({
      'requirements.txt': 'alembic\nPyMySQL\n',
      'alembic/env.py': '',
      'alembic/versions/1a2b_init.py': 'def upgrade(): ...\n',
      'package.json': pkg({ dependencies: { knex: '3' } }),
      'migrations/20240101_init.ts': 'export async function up() {}\n',
      'prisma/migrations/20240101_init/migration.sql': 'CREATE TABLE a (id int);\n',
      'db/migrations/001_init.sql': 'CREATE TABLE b (id int);\n',
    });
    expect(d.migrations.map((m) => [m.tool, m.paths])).toEqual([
      ['alembic', ['alembic/versions/*.py']],
      ['prisma', ['prisma/migrations/**/*.sql']],
      ['knex', ['migrations/*.ts']],
      ['sql', ['db/migrations/*.sql']],
    ]);
    expect(d.dialect).toEqual({ value: 'mysql', where: 'requirements.txt (pymysql)' });
    expect(renders(d)).toContain('    dialect: mysql # from requirements.txt (pymysql)');
  });
});

describe('where the diff starts, the schema, the workflows', () => {
  it('the remote’s default branch first; without a remote the local branch; else a guess that says so', () => {
    expect(detected({}, { remoteDefault: 'origin/trunk' }).base).toMatchObject({
      ref: 'origin/trunk',
      guessed: false,
    });
    expect(detected({}, { localBranches: ['master'] }).base).toMatchObject({ ref: 'master', guessed: false });
    expect(detected({}, { repository: false, commits: false, localBranches: [] }).base).toEqual({
      ref: 'origin/main',
      why: 'not a git repository yet',
      guessed: true,
    });
  });

  it('the editor hint points at the installed schema when the package is installed, else at the release', () => {
    expect(detected({ [LOCAL_SCHEMA]: '{}' }).schema).toBe(`../${LOCAL_SCHEMA}`);
    expect(renderConfig(detected({}))).toMatch(
      /^# yaml-language-server: \$schema=https:\/\/raw\.githubusercontent\.com\/promotion-gate\/promotion-gate\/v1\//,
    );
  });

  it('workflows already in place are listed, with the staging URL variable they use', () => {
    const d = detected({
      '.github/workflows/deploy.yml': 'jobs:\n  d:\n    env: { U: "${{ vars.STAGING_HOST }}" }\n',
      '.github/workflows/gate.yml':
        'jobs:\n  g:\n    steps:\n      - uses: promotion-gate/promotion-gate@v1\n',
    });
    expect(d.workflows).toEqual({
      files: ['.github/workflows/deploy.yml', '.github/workflows/gate.yml'],
      usingGate: ['.github/workflows/gate.yml'],
      stagingUrlVar: 'STAGING_HOST',
    });
  });

  it('reads a bounded number of source files, likely route files first', () => {
    const many = Array.from({ length: MAX_SOURCES + 50 }, (_, i) => `lib/deep/m${i}.js`);
    const chosen = filesToRead([...many, 'src/routes.js', 'package.json']);
    expect(chosen).toContain('src/routes.js');
    expect(chosen).toContain('package.json');
    expect(chosen.filter((p) => p.endsWith('.js')).length).toBe(MAX_SOURCES);
  });
});
