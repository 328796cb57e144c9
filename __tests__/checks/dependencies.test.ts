import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_EVIDENCE_CHANGES } from '../../src/checks/dependencies/evidence.js';
import { DEP_FILE, isDependencyFile } from '../../src/checks/dependencies/files.js';
import { DEP_FILES, depFileType } from '../../src/checks/dependencies/lockfiles.js';
import { packageLock } from '../../src/checks/dependencies/npm.js';
import { Pacer } from '../../src/checks/dependencies/pace.js';
import {
  compareVersions,
  crossesMajor,
  firstVersion,
  isPinned,
} from '../../src/checks/dependencies/versions.js';
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
  JSON.stringify(
    {
      lockfileVersion: 3,
      packages: {
        '': { name: 'app' },
        ...Object.fromEntries(Object.entries(pkgs).map(([k, v]) => [`node_modules/${k}`, { version: v }])),
      },
    },
    null,
    2,
  );

describe('dependencies check', () => {
  it('tells a dependency file by its name alone, as its reader does: each reader takes its kind from the names', () => {
    const kinds: { match: unknown }[] = Object.values(DEP_FILE);
    for (const reader of DEP_FILES) expect(kinds.some((k) => k.match === reader.match)).toBe(true);
    expect(new Set(DEP_FILES.map((r) => r.match)).size).toBe(kinds.length);
    for (const p of [
      'package.json',
      'web/node_modules/left-pad/package.json',
      'apps/web/pnpm-lock.yaml',
      'requirements/dev.in',
      'requirements-test.txt',
      '.cargo/config.toml',
      'gems.locked',
      'poetry.lock',
      'src/index.ts',
      'Cargo.toml.bak',
    ])
      expect(isDependencyFile(p), p).toBe(depFileType(p) !== undefined);
  });

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
        13,
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
      [
        'source changed: npm package private-lib comes from git git.acme.io/lib (new package)',
        'package.json',
        8,
      ],
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
    // A major upgrade: the first number, or the second below 1.0.
    expect(crossesMajor('^4.18.2', '^5.0.0')).toBe(true);
    expect(crossesMajor('0.23.1', '0.24.0')).toBe(true);
    expect(crossesMajor('1.2.3', '1.9.0')).toBe(false);
    expect(crossesMajor('0.23.1', '0.23.9')).toBe(false);
  });

  it('reports install scripts and moved sources as failures at their lines; levels and allowSources tune them', async () => {
    const dir = await tempDir();
    const lock = (ui: object) =>
      `${JSON.stringify(
        {
          lockfileVersion: 3,
          packages: {
            '': { name: 'app', dependencies: { '@acme/ui': '^2.0.0' } },
            'node_modules/@acme/ui': ui,
          },
        },
        null,
        2,
      )}\n`;
    const ui = (host: string, extra: object = {}) => ({
      version: '2.0.0',
      resolved: `https://${host}/@acme/ui/-/ui-2.0.0.tgz`,
      integrity: 'sha512-AAAA',
      ...extra,
    });
    const base = await makeRepo(dir, {
      'package.json': pkg({ '@acme/ui': '^2.0.0' }, {}, { scripts: { test: 'vitest' } }),
      'package-lock.json': lock(ui('npm.pkg.github.com')),
      'requirements.txt': 'flask==3.0.3\n',
    });
    await commit(dir, {
      'package.json': pkg(
        { '@acme/ui': '^2.0.0' },
        {},
        { scripts: { test: 'vitest', postinstall: 'node x.js' } },
      ),
      'package-lock.json': lock(ui('registry.npmjs.org', { hasInstallScript: true })),
      'requirements.txt': '--extra-index-url https://pypi.example.org/simple\nflask==3.0.3\n',
    });

    const r = await check(dir, base);
    expect(r).toMatchObject({ status: 'fail', score: 2 });
    expect(r.findings.filter((f) => f.level !== 'notice')).toEqual([
      {
        level: 'failure',
        message: 'new install script "postinstall": node x.js — it runs on every install',
        file: 'package.json',
        line: 6,
      },
      {
        level: 'failure',
        message: 'npm package @acme/ui 2.0.0 runs an install script (base had none)',
        file: 'package-lock.json',
        line: 10,
      },
      {
        level: 'failure',
        message:
          'new --extra-index-url https://pypi.example.org/simple — packages may come from elsewhere than before',
        file: 'requirements.txt',
        line: 1,
      },
      {
        level: 'failure',
        message:
          'source changed: npm package @acme/ui 2.0.0 now comes from registry registry.npmjs.org (was registry npm.pkg.github.com)',
        file: 'package-lock.json',
        line: 10,
      },
    ]);
    expect(r.metrics).toMatchObject({
      installScripts: 2,
      sourceChanges: 2,
      integrityChanges: 0,
      violations: 4,
    });
    expect(r.summary).toMatch(/^4 policy violation\(s\), first: new install script "postinstall"/);

    // Warnings instead, install scripts ignored, the public registry and the index accepted.
    const tuned = await check(dir, base, {
      installScripts: 'ignore',
      sources: 'warn',
      allowSources: ['pypi.example.org'],
    });
    expect(tuned).toMatchObject({ status: 'warn', score: 4 });
    expect(tuned.findings.filter((f) => f.level !== 'notice').map((f) => [f.level, f.file, f.line])).toEqual([
      ['warning', 'package-lock.json', 10],
    ]);
    expect(tuned.findings).toContainEqual({
      level: 'notice',
      message: '--extra-index-url https://pypi.example.org/simple (allowed by allowSources)',
      file: 'requirements.txt',
      line: 1,
    });
    const accepted = await check(dir, base, {
      installScripts: 'ignore',
      allowSources: ['*.example.org', 'registry.npmjs.org'],
    });
    expect(accepted.findings.filter((f) => f.level !== 'notice')).toEqual([]);
  });

  it('a rewritten digest is the worst score and is never accepted by allowSources', async () => {
    const dir = await tempDir();
    const yarn = (integrity: string) =>
      `# yarn lockfile v1\n\n\nleft-pad@^1.3.0:\n  version "1.3.0"\n  resolved "https://registry.yarnpkg.com/left-pad/-/left-pad-1.3.0.tgz"\n  integrity ${integrity}\n`;
    const base = await makeRepo(dir, { 'yarn.lock': yarn('sha512-AAAA') });
    await commit(dir, { 'yarn.lock': yarn('sha512-BBBB') });
    const r = await check(dir, base, { allowSources: ['**'] });
    expect(r).toMatchObject({ status: 'fail', score: 1 });
    expect(r.findings.filter((f) => f.level !== 'notice')).toEqual([
      {
        level: 'failure',
        message:
          'integrity changed: npm package left-pad 1.3.0 has another sha512 digest than in base with the same version: the lockfile points to other code',
        file: 'yarn.lock',
        line: 4,
      },
    ]);
    expect(r.metrics).toMatchObject({ changes: 1, changed: 1, integrityChanges: 1 });
  });

  it('masks credentials of an index URL in findings and evidence', async () => {
    const dir = await tempDir();
    const password = ['s3cr3t', 'Index', 'Pa55'].join('');
    const base = await makeRepo(dir, { 'requirements.txt': 'flask==3.0.3\n' });
    await commit(dir, {
      'requirements.txt': `--extra-index-url https://ci:${password}@pypi.example.org/simple\nflask==3.0.3\n`,
    });
    const r = await check(dir, base);
    expect(r.findings[0]?.message).toBe(
      'new --extra-index-url https://***@pypi.example.org/simple — packages may come from elsewhere than before',
    );
    expect(JSON.stringify(r)).not.toContain(password);
    expect(await readFile(path.join(dir, '.out/evidence/dependencies/changes.json'), 'utf8')).not.toContain(
      password,
    );
  });

  it('counts pnpm importers as direct and warns on their major upgrades, on package.json when it changed too', async () => {
    const dir = await tempDir();
    const pnpm = (react: string, zod: string) =>
      [
        "lockfileVersion: '9.0'",
        '',
        'importers:',
        '',
        '  .:',
        '    dependencies:',
        '      react:',
        `        specifier: ^${react}`,
        `        version: ${react}`,
        '',
        'packages:',
        '',
        `  react@${react}:`,
        `    resolution: {integrity: sha512-r${react}}`,
        '',
        `  zod@${zod}:`,
        `    resolution: {integrity: sha512-z${zod}}`,
        '',
      ].join('\n');
    const base = await makeRepo(dir, {
      'pnpm-lock.yaml': pnpm('17.0.2', '2.0.0'),
      'package.json': pkg({ react: '^17.0.2' }),
    });
    await commit(dir, { 'pnpm-lock.yaml': pnpm('18.3.1', '3.0.0') });
    const r = await check(dir, base);
    expect(await changes(dir)).toEqual([
      'pnpm-lock.yaml npm direct react upgraded 17.0.2→18.3.1',
      'pnpm-lock.yaml npm transitive zod upgraded 2.0.0→3.0.0',
    ]);
    // A transitive major is no finding of its own: only the direct one.
    expect(r.findings.filter((f) => f.level !== 'notice')).toEqual([
      {
        level: 'warning',
        message: 'major upgrade: direct npm dependency react upgraded 17.0.2 → 18.3.1',
        file: 'pnpm-lock.yaml',
        line: 13,
      },
    ]);
    expect(r.metrics).toMatchObject({ newDirect: 0, majorUpgrades: 1 });

    await commit(dir, { 'package.json': pkg({ react: '^18.3.1' }) });
    const both = await check(dir, base, { majorUpgrades: 'fail' });
    expect(both.findings.filter((f) => f.level !== 'notice')).toEqual([
      {
        level: 'failure',
        message: 'major upgrade: direct npm dependency react upgraded ^17.0.2 → ^18.3.1',
        file: 'package.json',
        line: 5,
      },
    ]);
    expect(both.status).toBe('fail');
  });

  it('errors, naming the line, on a pnpm lockfile it cannot read, and reads one of several documents', async () => {
    const dir = await tempDir();
    const base = await makeRepo(dir, { 'pnpm-lock.yaml': "lockfileVersion: '9.0'\n" });
    await commit(dir, {
      'pnpm-lock.yaml': [
        "lockfileVersion: '9.0'",
        'packages:',
        '  a@1.0.0: &shared',
        '    resolution: {integrity: sha512-x}',
        '  b@1.0.0: *shared',
        '',
      ].join('\n'),
    });
    const bad = await check(dir, base);
    expect(bad.status).toBe('error');
    expect(bad.summary).toMatch(
      /pnpm-lock\.yaml at head \(\w{7}\): line 3: anchors, aliases and tags are not read/,
    );

    await commit(dir, {
      'pnpm-lock.yaml': [
        '---',
        "lockfileVersion: '9.0'",
        'importers:',
        '  .:',
        '    configDependencies: {}',
        '',
        '---',
        "lockfileVersion: '9.0'",
        'packages:',
        '  left-pad@1.3.0:',
        '    resolution: {tarball: https://cdn.example.net/left-pad-1.3.0.tgz}',
        '',
      ].join('\n'),
    });
    const two = await check(dir, base);
    expect(two.findings.filter((f) => f.level !== 'notice')).toEqual([
      {
        level: 'failure',
        message:
          'source changed: npm package left-pad 1.3.0 comes from URL host cdn.example.net (new package)',
        file: 'pnpm-lock.yaml',
        line: 10,
      },
    ]);
  });

  it('a 6,000-package lockfile change is read whole, in slices, with bounded evidence', async () => {
    const N = 6000;
    const lock = (v: string, last: object = {}) =>
      `${JSON.stringify(
        {
          lockfileVersion: 3,
          packages: {
            '': { name: 'app' },
            ...Object.fromEntries(
              Array.from({ length: N }, (_, i) => [
                `node_modules/pkg-${i}`,
                {
                  version: `1.0.${v}`,
                  resolved: `https://registry.npmjs.org/pkg-${i}/-/pkg-${i}-1.0.${v}.tgz`,
                  integrity: `sha512-${i}x${v}`,
                  ...(i === N - 1 ? last : {}),
                },
              ]),
            ),
          },
        },
        null,
        2,
      )}\n`;
    const headText = lock('2', { resolved: 'https://npm.mirror.example.org/pkg-5999/-/pkg-5999-1.0.2.tgz' });
    const dir = await tempDir();
    const base = await makeRepo(dir, { 'package-lock.json': lock('1') });
    await commit(dir, { 'package-lock.json': headText });
    const r = await runCheck(
      'dependencies',
      {},
      {
        cwd: dir,
        outputDir: path.join(dir, '.out'),
        deps: { change: source(dir, { base }) },
        extra: { timeoutMs: 120_000 },
      },
    );
    expect(r.metrics).toMatchObject({
      changes: N,
      upgraded: N,
      sourceChanges: 1,
      evidenceOmitted: N - MAX_EVIDENCE_CHANGES,
    });
    const lastLine = headText.split('\n').indexOf('    "node_modules/pkg-5999": {') + 1;
    expect(r.findings.filter((f) => f.level !== 'notice')).toEqual([
      {
        level: 'failure',
        message:
          'source changed: npm package pkg-5999 1.0.2 now comes from registry npm.mirror.example.org (was registry registry.npmjs.org)',
        file: 'package-lock.json',
        line: lastLine,
      },
    ]);
    expect(r.findings).toContainEqual({
      level: 'notice',
      message: `package-lock.json: ${N} upgraded transitive package(s) (see changes.json)`,
      file: 'package-lock.json',
    });
    const ev = JSON.parse(
      await readFile(path.join(dir, '.out/evidence/dependencies/changes.json'), 'utf8'),
    ) as {
      changes: Logged[];
      omitted: number;
    };
    expect(ev.changes).toHaveLength(MAX_EVIDENCE_CHANGES);
    expect(ev.omitted).toBe(N - MAX_EVIDENCE_CHANGES);
    // What a finding names is always kept.
    expect(ev.changes.some((c) => c.name === 'pkg-5999')).toBe(true);

    // Parsing it gives the event loop turns: a tick scheduled meanwhile runs before it ends.
    let ticks = 0;
    let parsing = true;
    const tick = () => {
      ticks++;
      if (parsing) setImmediate(tick);
    };
    setImmediate(tick);
    const pace = new Pacer();
    const parsed = await packageLock.parse(headText, pace);
    parsing = false;
    expect(parsed.deps).toHaveLength(N);
    expect(pace.turns).toBeGreaterThanOrEqual(3);
    expect(ticks).toBeGreaterThanOrEqual(3);

    // An aborted check stops at its next turn instead of reading on.
    const stop = new AbortController();
    stop.abort(new Error('check timed out'));
    await expect(packageLock.parse(headText, new Pacer(stop.signal))).rejects.toThrow('check timed out');
  });
});
