import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareVersions, firstVersion, isPinned } from '../../src/checks/dependencies/versions.js';
import type { CheckResult } from '../../src/core/types.js';
import { commit, makeRepo, source } from '../change/repo.js';
import { tempDir } from '../helpers/fs.js';
import { runCheck } from './run.js';

async function check(dir: string, base: string, spec: Record<string, unknown> = {}): Promise<CheckResult> {
  return runCheck('dependencies', spec, {
    cwd: dir,
    outputDir: path.join(dir, '.out'),
    deps: { change: source(dir, { base }) },
  });
}

interface Logged {
  file: string;
  ecosystem: string;
  name: string;
  kind: string;
  from?: string;
  to?: string;
  direct: boolean;
}

async function changes(dir: string): Promise<string[]> {
  const ev = JSON.parse(
    await readFile(path.join(dir, '.out/evidence/dependencies/changes.json'), 'utf8'),
  ) as { changes: Logged[] };
  return ev.changes.map(
    (c) =>
      `${c.file} ${c.ecosystem} ${c.direct ? 'direct' : 'transitive'} ${c.name} ${c.kind} ${c.from ?? ''}→${c.to ?? ''}`,
  );
}

const pkg = (deps: Record<string, string>, dev: Record<string, string> = {}, extra: object = {}) =>
  `${JSON.stringify({ name: 'app', version: '1.0.0', ...extra, dependencies: deps, devDependencies: dev }, null, 2)}\n`;

const lockV3 = (pkgs: Record<string, string>) =>
  JSON.stringify({
    lockfileVersion: 3,
    packages: {
      '': { name: 'app' },
      ...Object.fromEntries(Object.entries(pkgs).map(([k, v]) => [`node_modules/${k}`, { version: v }])),
    },
  });

describe('dependencies check', () => {
  it('reports npm changes from package.json and every lockfile format, with versions and lines', async () => {
    const dir = await tempDir();
    const base = await makeRepo(dir, {
      'package.json': pkg({ express: '4.18.2', lodash: '^4.17.20' }, { jest: '^29.0.0' }),
      'package-lock.json': lockV3({
        express: '4.18.2',
        lodash: '4.17.20',
        'express/node_modules/qs': '6.11.0',
        '@types/node': '20.1.0',
      }),
      'web/yarn.lock':
        '# yarn lockfile v1\n\n"react@^18.0.0":\n  version "18.2.0"\n  resolved "x"\n\nscheduler@^0.23.0:\n  version "0.23.0"\n',
      'tools/yarn.lock':
        '__metadata:\n  version: 6\n\n"typescript@npm:^5.0.0":\n  version: 5.0.4\n  resolution: "typescript@npm:5.0.4"\n',
      'svc/pnpm-lock.yaml':
        "lockfileVersion: '9.0'\npackages:\n  zod@3.22.0:\n    resolution: {integrity: sha512-x}\n  '@scope/util@1.0.0':\n    resolution: {integrity: sha512-y}\n",
      'old/pnpm-lock.yaml':
        "lockfileVersion: '6.0'\npackages:\n  /chalk@4.1.2:\n    resolution: {integrity: sha512-z}\n",
    });
    await commit(dir, {
      'package.json': pkg({ express: '4.19.2', 'left-pad': '^1.3.0' }, { jest: '^28.0.0' }),
      'package-lock.json': lockV3({
        express: '4.19.2',
        'left-pad': '1.3.0',
        'express/node_modules/qs': '6.11.2',
        '@types/node': '20.1.0',
      }),
      'web/yarn.lock':
        '# yarn lockfile v1\n\n"react@^18.0.0", react@^18.2.0:\n  version "18.3.1"\n\nscheduler@^0.23.0:\n  version "0.23.2"\n',
      'tools/yarn.lock': '__metadata:\n  version: 6\n\n"typescript@npm:^5.0.0":\n  version: 5.4.5\n',
      'svc/pnpm-lock.yaml':
        "lockfileVersion: '9.0'\npackages:\n  zod@3.21.0:\n    resolution: {integrity: sha512-x}\n  '@scope/util@1.0.0':\n    resolution: {integrity: sha512-y}\n",
      'old/pnpm-lock.yaml':
        "lockfileVersion: '6.0'\npackages:\n  /chalk@5.3.0(supports-color@9.0.0):\n    resolution: {integrity: sha512-z}\n",
    });
    const r = await check(dir, base);
    expect(await changes(dir)).toEqual([
      'old/pnpm-lock.yaml npm transitive chalk upgraded 4.1.2→5.3.0',
      'package-lock.json npm transitive express upgraded 4.18.2→4.19.2',
      'package-lock.json npm transitive left-pad added →1.3.0',
      'package-lock.json npm transitive lodash removed 4.17.20→',
      'package-lock.json npm transitive qs upgraded 6.11.0→6.11.2',
      'package.json npm direct express upgraded 4.18.2→4.19.2',
      'package.json npm direct jest downgraded ^29.0.0→^28.0.0',
      'package.json npm direct left-pad added →^1.3.0',
      'package.json npm direct lodash removed ^4.17.20→',
      'svc/pnpm-lock.yaml npm transitive zod downgraded 3.22.0→3.21.0',
      'tools/yarn.lock npm transitive typescript upgraded 5.0.4→5.4.5',
      'web/yarn.lock npm transitive react upgraded 18.2.0→18.3.1',
      'web/yarn.lock npm transitive scheduler upgraded 0.23.0→0.23.2',
    ]);
    // Changes are worth a review (4), not a failure.
    expect(r).toMatchObject({ status: 'warn', score: 4 });
    expect(r.summary).toBe(
      '13 dependency change(s) in 6 file(s): 2 added, 2 removed, 7 upgraded, 2 downgraded — review for supply-chain risk',
    );
    expect(r.findings).toContainEqual({
      level: 'warning',
      message: 'direct npm dependency jest downgraded ^29.0.0 → ^28.0.0',
      file: 'package.json',
      line: 9,
    });
    expect(r.findings).toContainEqual({
      level: 'notice',
      message: 'direct npm dependency left-pad added ^1.3.0',
      file: 'package.json',
      line: 6,
    });
    expect(r.findings).toContainEqual({
      level: 'notice',
      message: 'package-lock.json: 1 added, 1 removed, 2 upgraded transitive package(s) (see changes.json)',
      file: 'package-lock.json',
    });
    expect(r.metrics).toMatchObject({
      dependencyFiles: 6,
      added: 2,
      removed: 2,
      upgraded: 7,
      downgraded: 2,
      newDirect: 1,
    });
  });

  it('reads Python, Go, Rust and Ruby manifests and lockfiles', async () => {
    const dir = await tempDir();
    const base = await makeRepo(dir, {
      'requirements.txt': 'flask==2.3.0\nrequests>=2.28  # http\n-r requirements-dev.txt\n',
      'requirements/prod.txt': 'gunicorn==21.2.0\n',
      'pyproject.toml':
        '[project]\nname = "app"\ndependencies = ["httpx>=0.24", "pydantic==2.0.0"]\n[tool.poetry.dependencies]\npython = "^3.11"\nSQLAlchemy = "^2.0"\n',
      'poetry.lock':
        '[[package]]\nname = "httpx"\nversion = "0.24.1"\n\n[[package]]\nname = "anyio"\nversion = "3.7.0"\n',
      'go.mod':
        'module example.com/app\n\ngo 1.22\n\nrequire (\n\tgithub.com/gin-gonic/gin v1.9.0\n\tgolang.org/x/net v0.10.0 // indirect\n)\n',
      'Cargo.toml':
        '[package]\nname = "app"\n\n[dependencies]\nserde = "1.0"\ntokio = { version = "1.28", features = ["full"] }\n',
      'Cargo.lock':
        'version = 3\n\n[[package]]\nname = "serde"\nversion = "1.0.160"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n\n[[package]]\nname = "app"\nversion = "0.1.0"\n',
      'Gemfile.lock':
        'GEM\n  remote: https://rubygems.org/\n  specs:\n    rack (2.2.7)\n    rails (7.0.4)\n      rack (>= 2.2)\n\nPLATFORMS\n  ruby\n\nDEPENDENCIES\n  rails (~> 7.0)\n',
    });
    await commit(dir, {
      'requirements.txt': 'Flask==3.0.0\nrequests>=2.28  # http\nurllib3==2.0.7 \\\n    --hash=sha256:abc\n',
      'requirements/prod.txt': 'gunicorn==21.2.0\nsentry-sdk[flask]==1.39.0; python_version >= "3.8"\n',
      'pyproject.toml':
        '[project]\nname = "app"\ndependencies = ["httpx>=0.25", "pydantic==2.0.0"]\n[tool.poetry.dependencies]\npython = "^3.11"\nSQLAlchemy = "^2.0"\n[tool.poetry.group.dev.dependencies]\npytest = "^8.0"\n',
      'poetry.lock':
        '[[package]]\nname = "httpx"\nversion = "0.25.0"\n\n[[package]]\nname = "anyio"\nversion = "3.7.0"\n',
      'go.mod':
        'module example.com/app\n\ngo 1.22\n\nrequire (\n\tgithub.com/gin-gonic/gin v1.9.1\n\tgolang.org/x/net v0.17.0 // indirect\n)\n\nrequire github.com/google/uuid v1.6.0\n',
      'Cargo.toml':
        '[package]\nname = "app"\n\n[dependencies]\nserde = "1.0"\ntokio = { version = "1.35", features = ["full"] }\n\n[dev-dependencies]\ncriterion = "0.5"\n',
      'Cargo.lock':
        'version = 3\n\n[[package]]\nname = "serde"\nversion = "1.0.193"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n\n[[package]]\nname = "app"\nversion = "0.1.0"\n',
      'Gemfile.lock':
        'GEM\n  remote: https://rubygems.org/\n  specs:\n    rack (2.2.8)\n    rails (7.1.2)\n      rack (>= 2.2)\n    pg (1.5.4-x86_64-linux)\n\nPLATFORMS\n  ruby\n\nDEPENDENCIES\n  pg (= 1.5.4)\n  rails (~> 7.0)\n',
    });
    const r = await check(dir, base);
    expect(await changes(dir)).toEqual([
      'Cargo.lock cargo transitive serde upgraded 1.0.160→1.0.193',
      'Cargo.toml cargo direct criterion added →0.5',
      'Cargo.toml cargo direct tokio upgraded 1.28→1.35',
      'Gemfile.lock rubygems direct pg added →1.5.4',
      'Gemfile.lock rubygems transitive rack upgraded 2.2.7→2.2.8',
      'Gemfile.lock rubygems direct rails upgraded 7.0.4→7.1.2',
      'go.mod go direct github.com/gin-gonic/gin upgraded v1.9.0→v1.9.1',
      'go.mod go direct github.com/google/uuid added →v1.6.0',
      'go.mod go transitive golang.org/x/net upgraded v0.10.0→v0.17.0',
      'poetry.lock pypi transitive httpx upgraded 0.24.1→0.25.0',
      'pyproject.toml pypi direct httpx upgraded >=0.24→>=0.25',
      'pyproject.toml pypi direct pytest added →^8.0',
      'requirements.txt pypi direct flask upgraded ==2.3.0→==3.0.0',
      'requirements.txt pypi direct urllib3 added →==2.0.7',
      'requirements/prod.txt pypi direct sentry-sdk added →==1.39.0',
    ]);
    expect(r.findings).toContainEqual({
      level: 'notice',
      message: 'direct pypi dependency urllib3 added ==2.0.7',
      file: 'requirements.txt',
      line: 3,
    });
    expect(r.findings).toContainEqual({
      level: 'notice',
      message: 'direct go dependency github.com/google/uuid added v1.6.0',
      file: 'go.mod',
      line: 10,
    });
    expect(r.findings).toContainEqual({
      level: 'notice',
      message: 'direct cargo dependency criterion added 0.5',
      file: 'Cargo.toml',
      line: 9,
    });
    expect(r.findings).toContainEqual({
      level: 'notice',
      message: 'direct rubygems dependency rails upgraded 7.0.4 → 7.1.2',
      file: 'Gemfile.lock',
      line: 5,
    });
    expect(r.status).toBe('warn');
  });

  it('enforces the deny list (transitive too), new direct dependencies, pinning and downgrades', async () => {
    const dir = await tempDir();
    const base = await makeRepo(dir, {
      'package.json': pkg({ express: '4.18.2' }),
      'package-lock.json': lockV3({ express: '4.18.2' }),
      'requirements.txt': 'django==4.2.0\n',
    });
    await commit(dir, {
      'package.json': pkg({
        express: '4.18.2',
        axios: '^1.6.0',
        dayjs: '1.11.10',
        'private-lib': 'git+https://deploy:hunter2@git.acme.io/lib.git#main',
      }),
      'package-lock.json': lockV3({
        express: '4.18.2',
        axios: '1.6.2',
        'flatmap-stream': '0.1.1',
        dayjs: '1.11.10',
      }),
      'requirements.txt': 'django==4.1.0\nrequests>=2\n',
    });
    const r = await check(dir, base, {
      deny: ['flatmap-stream', 'npm:event-*', 'pypi:requests'],
      maxNewDirect: 2,
      requirePinned: true,
      downgrades: 'fail',
    });
    expect(r.status).toBe('fail');
    expect(r.score).toBe(1);
    expect(r.findings.filter((f) => f.level === 'failure').map((f) => [f.message, f.file, f.line])).toEqual([
      [
        'denied package: transitive npm dependency flatmap-stream added 0.1.1 (matches deny "flatmap-stream")',
        'package-lock.json',
        undefined,
      ],
      [
        'denied package: direct pypi dependency requests added >=2 (matches deny "pypi:requests")',
        'requirements.txt',
        2,
      ],
      [
        '4 new direct dependencies, at most 2 allowed: axios, dayjs, private-lib, requests',
        'package.json',
        8,
      ],
      ['axios "^1.6.0" is not pinned to one version (package.json)', 'package.json', 6],
      [
        'private-lib "git+https://***@git.acme.io/lib.git#main" is not pinned to one version (package.json)',
        'package.json',
        8,
      ],
      ['requests ">=2" is not pinned to one version (requirements.txt)', 'requirements.txt', 2],
      ['direct pypi dependency django downgraded ==4.2.0 → ==4.1.0', 'requirements.txt', 1],
    ]);
    expect(JSON.stringify(r)).not.toContain('hunter2');
    expect(await readFile(path.join(dir, '.out/evidence/dependencies/changes.json'), 'utf8')).not.toContain(
      'hunter2',
    );
  });

  it('passes when no dependency changed, ignores non-dependency edits, and errors on a file it cannot parse', async () => {
    const dir = await tempDir();
    const base = await makeRepo(dir, { 'package.json': pkg({ a: '1.0.0' }), 'src/x.ts': '1\n' });
    await commit(dir, {
      'package.json': pkg({ a: '1.0.0' }, {}, { scripts: { test: 'vitest' } }),
      'src/x.ts': '2\n',
    });
    const r = await check(dir, base);
    expect(r).toMatchObject({
      status: 'pass',
      summary: expect.stringMatching(
        /^no dependency changes in \w{7}\.\.\w{7} \(1 dependency file\(s\) touched\)$/,
      ),
    });

    const broken = await commit(dir, { 'Cargo.lock': 'version = 3\n[[package]\nname = "x"\n' });
    const e = await check(dir, base);
    expect(e.status).toBe('error');
    expect(e.summary).toMatch(
      new RegExp(
        `^could not run: cannot read 1 dependency file\\(s\\): Cargo.lock at head \\(${broken.slice(0, 7)}\\): not valid TOML`,
      ),
    );
  });

  it('orders versions across ecosystems and recognises pinned requirements', () => {
    expect(compareVersions('1.10.0', '1.9.9')).toBe(1);
    expect(compareVersions('1.0.0-rc.1', '1.0.0')).toBe(-1);
    expect(compareVersions('2.0rc1', '2.0')).toBe(-1);
    expect(compareVersions('1.0.post1', '1.0')).toBe(1);
    expect(compareVersions('v1.2.3', '1.2.3+build.5')).toBe(0);
    expect(compareVersions('1.0.0-alpha', '1.0.0-beta')).toBe(-1);
    // Requirements are ordered by where they start, not by their upper bound.
    expect(firstVersion('<1.0.0,>=0.114.2')).toBe('0.114.2');
    expect(firstVersion('>=3.1, !=3.2.1, <4')).toBe('3.1');
    expect(firstVersion('^1.2.3 || ^2.0.0')).toBe('1.2.3');
    expect(firstVersion('<2')).toBe('2');
    expect(firstVersion('~> 7.0')).toBe('7.0');
    expect(
      [
        '1.2.3',
        '=1.2.3',
        'npm:other@2.0.0',
        'file:../lib',
        'github:a/b#0123456789abcdef0123456789abcdef01234567',
      ].every((s) => isPinned('npm', s)),
    ).toBe(true);
    expect(['^1.2.3', '~1.2', 'latest', '*', 'github:a/b#main', '1.x'].some((s) => isPinned('npm', s))).toBe(
      false,
    );
    expect(isPinned('pypi', '==1.2.3')).toBe(true);
    expect(isPinned('pypi', '>=1.2')).toBe(false);
    expect(isPinned('pypi', '==1.*')).toBe(false);
    expect(isPinned('cargo', '=1.2.3')).toBe(true);
    expect(isPinned('cargo', '1.2.3')).toBe(false);
    expect(isPinned('rubygems', '= 1.5.4')).toBe(true);
    expect(isPinned('rubygems', '~> 7.0')).toBe(false);
  });
});
