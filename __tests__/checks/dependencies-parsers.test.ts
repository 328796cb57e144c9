import { describe, expect, it } from 'vitest';
import { bunLock, withoutTrailingCommas } from '../../src/checks/dependencies/bun.js';
import { cargoConfig, cargoLock, cargoToml } from '../../src/checks/dependencies/cargo.js';
import { diffDeps } from '../../src/checks/dependencies/diff.js';
import { goMod, goSum } from '../../src/checks/dependencies/go.js';
import { jsonKeyLines, SEP } from '../../src/checks/dependencies/json.js';
import { packageJson, packageLock } from '../../src/checks/dependencies/npm.js';
import { Pacer } from '../../src/checks/dependencies/pace.js';
import { pnpmLock } from '../../src/checks/dependencies/pnpm.js';
import { pipfile, pyprojectToml, requirementsTxt } from '../../src/checks/dependencies/python.js';
import { pipfileLock, poetryLock, uvLock } from '../../src/checks/dependencies/pythonLocks.js';
import { gemfileLock } from '../../src/checks/dependencies/ruby.js';
import { gitWhere, hostOf, npmResolvedSource, npmSpecSource } from '../../src/checks/dependencies/sources.js';
import type { DepFileType } from '../../src/checks/dependencies/types.js';
import { readYamlBlocks } from '../../src/checks/dependencies/yamlBlocks.js';
import { yarnLock } from '../../src/checks/dependencies/yarn.js';

const lines = (...rows: string[]) => `${rows.join('\n')}\n`;
const parse = (type: DepFileType, text: string) => type.parse(text, new Pacer());
/** `name version direct source line` of each dependency, for compact expectations. */
async function read(type: DepFileType, text: string): Promise<string[]> {
  const { deps } = await parse(type, text);
  return deps.map(
    (d) =>
      `${d.name} ${d.version} ${d.direct ? 'direct' : 'transitive'} ${d.source ? `${d.source.kind}:${d.source.where}` : '-'} ${d.line ?? '-'}${d.installScript ? ' install-script' : ''}${d.local ? ' local' : ''}`,
  );
}

describe('where a package comes from', () => {
  it('names git repositories, hosts and local paths without credentials, queries or refs', () => {
    const token = ['tok', 'en', '123'].join('');
    expect(gitWhere(`git+https://ci:${token}@GitHub.com/a/b.git#0123abc`)).toBe('github.com/a/b');
    expect(gitWhere('git@github.com:a/b.git')).toBe('github.com/a/b');
    expect(gitWhere('github:a/b#main')).toBe('github.com/a/b');
    expect(gitWhere('gitlab:group/proj')).toBe('gitlab.com/group/proj');
    expect(gitWhere('a/b#v1')).toBe('github.com/a/b');
    expect(gitWhere('https://github.com/a/b.git@v1.2#egg=b')).toBe('github.com/a/b');
    expect(hostOf(`https://user:${token}@Registry.Example.com:8443/x?token=${token}`)).toBe(
      'registry.example.com:8443',
    );
    // One registry under several names is one place.
    expect(hostOf('https://registry.yarnpkg.com/a/-/a-1.0.0.tgz')).toBe('registry.npmjs.org');
    expect(
      ['^1.2.3', 'latest', '', '1.x'].map((s) => npmSpecSource(s)).every((s) => s.kind === 'registry'),
    ).toBe(true);
    expect(npmSpecSource('npm:@evil/lodash@4.17.21')).toEqual({ kind: 'alias', where: '@evil/lodash' });
    expect(npmSpecSource('file:../vendor/x.tgz')).toEqual({ kind: 'file', where: '../vendor/x.tgz' });
    expect(npmSpecSource('link:../x')).toEqual({ kind: 'link', where: '../x' });
    expect(npmSpecSource('workspace:^')).toEqual({ kind: 'link', where: 'workspace' });
    expect(npmSpecSource('https://github.com/a/b#main')).toEqual({ kind: 'git', where: 'github.com/a/b' });
    expect(npmSpecSource('https://example.org/x-1.0.0.tgz')).toEqual({ kind: 'url', where: 'example.org' });
    expect(npmResolvedSource('https://npm.pkg.github.com/download/@a/b/1.0.0/abc')).toEqual({
      kind: 'url',
      where: 'npm.pkg.github.com',
    });
    expect(npmResolvedSource('https://acme.jfrog.io/api/npm/npm/a/-/a-1.0.0.tgz')).toEqual({
      kind: 'registry',
      where: 'acme.jfrog.io',
    });
  });
});

describe('reading without a general parser', () => {
  it('finds the line of every key of a JSON text, minified or escaped', async () => {
    const text = '{"packages":{"":{"name":"a"},"node_modules/\\"q\\"":{"v":"{x}"},"node_modules/b":{}}}';
    const found = await jsonKeyLines(text, 2, new Pacer());
    expect(found.get(`packages${SEP}node_modules/"q"`)).toBe(1);
    expect(found.get(`packages${SEP}node_modules/b`)).toBe(1);
    const pretty = await jsonKeyLines(JSON.stringify(JSON.parse(text), null, 2), 2, new Pacer());
    expect([...pretty]).toEqual([
      ['packages', 2],
      [`packages${SEP}`, 3],
      [`packages${SEP}node_modules/"q"`, 6],
      [`packages${SEP}node_modules/b`, 9],
    ]);
  });

  it('reads block YAML by indentation and refuses what it cannot follow', async () => {
    const seen: string[] = [];
    await readYamlBlocks(
      lines(
        "lockfileVersion: '9.0'",
        'packages:',
        "  '@s/a@1.0.0':",
        '    resolution: {integrity: sha512-x}',
        '    deprecated: |-',
        '      not: a key',
        '    cpu:',
        '      - x64',
        '      - key: in a list',
        '  "b@2.0.0": # comment',
        '    version: "2.0.0" # comment',
      ),
      new Pacer(),
      (e) => seen.push(`${e.path.join('>')}=${e.value ?? '(block)'}@${e.line}`),
    );
    expect(seen).toEqual([
      'lockfileVersion=9.0@1',
      'packages=(block)@2',
      'packages>@s/a@1.0.0=(block)@3',
      'packages>@s/a@1.0.0>resolution={integrity: sha512-x}@4',
      'packages>@s/a@1.0.0>deprecated=@5',
      'packages>@s/a@1.0.0>cpu=(block)@7',
      'packages>b@2.0.0=(block)@10',
      'packages>b@2.0.0>version=2.0.0@11',
    ]);
    const refuse = (text: string) => readYamlBlocks(text, new Pacer(), () => undefined);
    await expect(refuse('a:\n\tb: 1\n')).rejects.toThrow('line 2: a tab in the indentation');
    await expect(refuse("a: 'open\n  close'\n")).rejects.toThrow('line 1: a quoted string does not end');
    await expect(refuse('a: plain\n  continued\n')).rejects.toThrow('line 2: expected "key: value"');
    await expect(refuse('? complex\n')).rejects.toThrow('line 1: "?" opens something');
    await expect(refuse('a: {b: 1\n')).rejects.toThrow('line 1: a flow collection does not end');
  });
});

describe('lockfiles and manifests as their tools write them', () => {
  it('npm: package.json install hooks, package-lock v3 links and direct entries, v1 nesting', async () => {
    const manifest = await parse(
      packageJson,
      JSON.stringify({ scripts: { build: 'tsc', preinstall: 'node a.js', prepare: 'husky' } }, null, 2),
    );
    expect(manifest.directives?.map((d) => [d.key, d.value, d.line])).toEqual([
      ['scripts.preinstall', 'node a.js', 4],
      ['scripts.prepare', 'husky', 5],
    ]);
    const v3 = JSON.stringify(
      {
        lockfileVersion: 3,
        packages: {
          '': { dependencies: { a: '^1' }, workspaces: ['packages/*'] },
          'packages/ui': { name: '@app/ui', dependencies: { b: '^2' } },
          'node_modules/@app/ui': { resolved: 'packages/ui', link: true },
          'node_modules/a': { version: '1.0.0', resolved: 'https://registry.npmjs.org/a/-/a-1.0.0.tgz' },
          'node_modules/b': { version: '2.0.0', hasInstallScript: true },
          'node_modules/a/node_modules/b': { version: '1.0.0' },
          'node_modules/c': { version: '1.0.0', resolved: 'git+ssh://git@github.com/x/c.git#abc' },
        },
      },
      null,
      2,
    );
    expect(await read(packageLock, v3)).toEqual([
      '@app/ui link:packages/ui transitive link:packages/ui 18',
      'a 1.0.0 direct registry:registry.npmjs.org 22',
      'b 2.0.0 direct - 26 install-script',
      'b 1.0.0 transitive - 30',
      'c 1.0.0 transitive git:github.com/x/c 33',
    ]);
    const v1 = JSON.stringify(
      {
        lockfileVersion: 1,
        dependencies: {
          a: { version: '1.0.0', dependencies: { b: { version: 'github:x/b#abc' } } },
          c: { version: 'file:../c' },
        },
      },
      null,
      2,
    );
    expect(await read(packageLock, v1)).toEqual([
      'a 1.0.0 transitive - 4',
      'b github:x/b#abc transitive git:github.com/x/b -',
      'c file:../c transitive file:../c 12',
    ]);
  });

  it('bun: tuples by kind of source, workspaces for direct ones, trusted dependencies; package.json names them too', async () => {
    expect(withoutTrailingCommas('{"a": ["x,]", "y\\",}",],\n}')).toBe('{"a": ["x,]", "y\\",}"]\n}');
    const text = lines(
      '{',
      '  "lockfileVersion": 1,',
      '  "workspaces": {',
      '    "": { "name": "app", "dependencies": { "a": "^1.0.0", "g": "github:x/g" }, },',
      '  },',
      '  "trustedDependencies": ["a",],',
      '  "packages": {',
      '    "a": ["a@1.0.0", "", {}, "sha512-aaa"],',
      '    "g": ["g@github:x/g#abc", {}, "x-g-abc"],',
      '    "g/a": ["a@0.9.0", "https://npm.acme.example/", {}, "sha512-bbb"],',
      '  },',
      '}',
    );
    expect(await read(bunLock, text)).toEqual([
      'a 1.0.0 direct registry: 8',
      'g github:x/g#abc direct git:github.com/x/g 9',
      'a 0.9.0 transitive registry:npm.acme.example 10',
    ]);
    expect((await parse(bunLock, text)).directives?.map((d) => [d.rule, d.text, d.line])).toEqual([
      ['installScripts', 'trustedDependencies "a" (its install scripts run)', 6],
    ]);
    const manifest = await parse(
      packageJson,
      JSON.stringify(
        { trustedDependencies: ['esbuild'], pnpm: { onlyBuiltDependencies: ['sharp'] } },
        null,
        2,
      ),
    );
    expect(manifest.directives?.map((d) => [d.key, d.line])).toEqual([
      ['trustedDependencies esbuild', 2],
      ['pnpm.onlyBuiltDependencies sharp', 6],
    ]);
  });

  it('pnpm: v5 and v6 keys, git and tarball resolutions, requiresBuild but not on skipped platform packages', async () => {
    const v5 = lines(
      'lockfileVersion: 5.4',
      'specifiers:',
      '  a: ^1.0.0',
      '  local: link:../local',
      'dependencies:',
      '  a: 1.0.0_react@18.0.0',
      '  local: link:../local',
      'packages:',
      '  /a/1.0.0_react@18.0.0:',
      '    resolution: {integrity: sha512-a}',
      '    requiresBuild: true',
      '  /@s/b/2.0.0:',
      '    resolution: {integrity: sha512-b}',
      '    cpu: [x64]',
      '    requiresBuild: true',
      '    optional: true',
    );
    expect(await read(pnpmLock, v5)).toEqual([
      'a 1.0.0 direct registry: 9 install-script',
      '@s/b 2.0.0 transitive registry: 12',
      'local link:../local direct link:../local 7',
    ]);
    const v6 = lines(
      "lockfileVersion: '6.0'",
      'packages:',
      '  github.com/x/c/0123abc:',
      '    resolution: {tarball: https://codeload.github.com/x/c/tar.gz/0123abc}',
      '    name: c',
      '    version: 1.2.0',
      "  '@s/d@1.0.0(react@18.0.0)':",
      '    resolution:',
      '      commit: 0123abc',
      '      repo: https://github.com/x/d.git',
      '      type: git',
    );
    expect(await read(pnpmLock, v6)).toEqual([
      'c 1.2.0 transitive url:codeload.github.com 3',
      '@s/d 1.0.0 transitive git:github.com/x/d 7',
    ]);
  });

  it('yarn: berry workspaces name the direct dependencies; classic keeps the sha1 of resolved', async () => {
    const berry = lines(
      '__metadata:',
      '  version: 8',
      '  cacheKey: 10',
      '',
      '"a@npm:^1.0.0, a@npm:^1.1.0":',
      '  version: 1.1.0',
      '  resolution: "a@npm:1.1.0"',
      '  checksum: 10c0/abc',
      '',
      '"b@patch:b@npm%3A1.0.0#~/.yarn/patches/b.patch::locator=app%40workspace%3A.":',
      '  version: 1.0.0',
      '  resolution: "b@patch:b@npm%3A1.0.0#~/.yarn/patches/b.patch"',
      '',
      '"c@https://example.org/c.tgz":',
      '  version: 2.0.0',
      '  resolution: "c@https://example.org/c.tgz"',
      '',
      '"app@workspace:.":',
      '  version: 0.0.0-use.local',
      '  resolution: "app@workspace:."',
      '  dependencies:',
      '    a: "npm:^1.0.0"',
      '    "@s/x": "npm:^2.0.0"',
    );
    expect(await read(yarnLock, berry)).toEqual([
      'a 1.1.0 direct registry: 5',
      'c 2.0.0 transitive url:example.org 14',
    ]);
    const classic = lines(
      '# yarn lockfile v1',
      '',
      'a@^1.0.0:',
      '  version "1.0.0"',
      '  resolved "https://registry.yarnpkg.com/a/-/a-1.0.0.tgz#0123456789abcdef0123456789abcdef01234567"',
    );
    const [a] = (await parse(yarnLock, classic)).deps;
    expect(a?.digests?.['resolved sha1']).toBe('0123456789abcdef0123456789abcdef01234567');
    expect(a?.source).toEqual({ kind: 'registry', where: 'registry.npmjs.org' });
  });

  it('Python: requirement options and URLs, Pipfile and its lock, pyproject indexes, uv and poetry locks', async () => {
    const req = await parse(
      requirementsTxt,
      lines(
        '-i https://pypi.org/simple',
        '--extra-index-url=https://a.example.org/simple',
        '--trusted-host a.example.org',
        '-f ./wheels',
        '-e .',
        '-r base.txt',
        'pkg @ git+https://github.com/x/pkg.git@v1',
        'https://example.org/p/tool-2.0-py3-none-any.whl',
        'flask==3.0.3 --hash=sha256:aa --hash=sha256:bb',
      ),
    );
    expect(req.directives?.map((d) => [d.key, d.value, d.where, d.line])).toEqual([
      ['--index-url', 'https://pypi.org/simple', 'pypi.org', 1],
      ['--extra-index-url https://a.example.org/simple', '', 'a.example.org', 2],
      ['--trusted-host a.example.org', '', 'a.example.org', 3],
      ['--find-links ./wheels', '', undefined, 4],
      ['-e .', '', '.', 5],
    ]);
    expect(req.deps.map((d) => [d.name, d.version, d.source, d.hashes])).toEqual([
      ['pkg', '@git+https://github.com/x/pkg.git@v1', { kind: 'git', where: 'github.com/x/pkg' }, undefined],
      ['tool', '2.0', { kind: 'url', where: 'example.org' }, undefined],
      ['flask', '==3.0.3', { kind: 'registry', where: '' }, ['sha256:aa', 'sha256:bb']],
    ]);

    const pf = await parse(
      pipfile,
      lines(
        '[[source]]',
        'name = "private"',
        'url = "https://pypi.acme.example/simple"',
        'verify_ssl = false',
        '',
        '[packages]',
        'requests = "*"',
        'acme = {version = "*", index = "private"}',
        '[dev-packages]',
        'tool = {git = "https://github.com/x/tool.git", ref = "main"}',
      ),
    );
    expect(pf.directives?.map((d) => d.text)).toEqual([
      'Pipfile source "private" https://pypi.acme.example/simple with TLS verification off',
    ]);
    expect(pf.deps.map((d) => [d.name, d.source, d.line])).toEqual([
      ['requests', { kind: 'registry', where: '' }, 7],
      ['acme', { kind: 'registry', where: 'pypi.acme.example' }, 8],
      ['tool', { kind: 'git', where: 'github.com/x/tool' }, 10],
    ]);
    const pfl = await parse(
      pipfileLock,
      JSON.stringify(
        {
          _meta: { sources: [{ name: 'pypi', url: 'https://pypi.org/simple', verify_ssl: true }] },
          default: { idna: { hashes: ['sha256:1'], index: 'pypi', version: '==3.7' } },
          develop: { tool: { git: 'https://github.com/x/tool.git', ref: 'abc' } },
        },
        null,
        4,
      ),
    );
    expect(pfl.deps.map((d) => [d.name, d.version, d.source, d.hashes, d.line])).toEqual([
      ['idna', '3.7', { kind: 'registry', where: 'pypi.org' }, ['sha256:1'], 12],
      ['tool', 'abc', { kind: 'git', where: 'github.com/x/tool' }, undefined, 21],
    ]);

    const py = await parse(
      pyprojectToml,
      lines(
        '[project]',
        'dependencies = ["httpx>=0.27", "acme-sdk"]',
        '[tool.uv.sources]',
        'acme-sdk = { git = "https://github.com/acme/sdk" }',
        '[[tool.uv.index]]',
        'name = "acme"',
        'url = "https://pypi.acme.example/simple"',
        '[[tool.poetry.source]]',
        'name = "extra"',
        'url = "https://extra.example/simple"',
      ),
    );
    expect(py.deps.map((d) => [d.name, d.source])).toEqual([
      ['httpx', { kind: 'registry', where: '' }],
      ['acme-sdk', { kind: 'git', where: 'github.com/acme/sdk' }],
    ]);
    expect(py.directives?.map((d) => [d.text, d.line])).toEqual([
      ['Poetry source "extra" https://extra.example/simple', 10],
      ['uv index "acme" https://pypi.acme.example/simple', 7],
    ]);

    const uv = lines(
      'version = 1',
      '',
      '[[package]]',
      'name = "app"',
      'version = "0.1.0"',
      'source = { editable = "." }',
      'dependencies = [{ name = "idna" }]',
      '',
      '[[package]]',
      'name = "idna"',
      'version = "3.7"',
      'source = { registry = "https://pypi.org/simple" }',
      'sdist = { url = "https://files.pythonhosted.org/idna-3.7.tar.gz", hash = "sha256:1", size = 1 }',
      'wheels = [{ url = "https://files.pythonhosted.org/idna-3.7-py3-none-any.whl", hash = "sha256:2", size = 1 }]',
    );
    expect(await read(uvLock, uv)).toEqual([
      'app 0.1.0 transitive file: 4 local',
      'idna 3.7 direct registry:pypi.org 10',
    ]);
    const [, idna] = (await parse(uvLock, uv)).deps;
    expect(idna?.digests).toEqual(
      Object.assign(Object.create(null), {
        'idna-3.7-py3-none-any.whl': 'sha256:2',
        'idna-3.7.tar.gz': 'sha256:1',
      }),
    );
    // poetry's lock format 1.x keeps the hashes under [metadata.files].
    const poetry = lines(
      '[[package]]',
      'name = "Click"',
      'version = "8.1.7"',
      '',
      '[metadata]',
      'lock-version = "1.1"',
      '',
      '[metadata.files]',
      'Click = [{file = "click-8.1.7.tar.gz", hash = "sha256:c"}]',
    );
    const [click] = (await parse(poetryLock, poetry)).deps;
    expect([click?.name, click?.line, { ...click?.digests }]).toEqual([
      'click',
      2,
      { 'click-8.1.7.tar.gz': 'sha256:c' },
    ]);
  });

  it('Go: replace lines and blocks, go.sum digests by version', async () => {
    const mod = await parse(
      goMod,
      lines(
        'module example.com/app',
        'require example.com/a v1.0.0',
        'replace example.com/a v1.0.0 => example.com/fork v1.0.1 // a fork',
        'replace (',
        '\texample.com/b => ../b',
        ')',
      ),
    );
    expect(mod.directives?.map((d) => [d.key, d.value, d.where, d.line])).toEqual([
      ['replace example.com/a v1.0.0', 'example.com/fork v1.0.1', 'example.com/fork', 3],
      ['replace example.com/b', '../b', '../b', 5],
    ]);
    const sum = await parse(
      goSum,
      lines(
        'example.com/a v1.0.0/go.mod h1:mod=',
        'example.com/a v1.0.0 h1:zip=',
        'example.com/a v0.9.0/go.mod h1:old=',
      ),
    );
    expect(sum.deps.map((d) => [d.name, d.version, d.line, { ...d.digests }])).toEqual([
      ['example.com/a', 'v1.0.0', 2, { 'go.mod h1:': 'h1:mod=', 'h1:': 'h1:zip=' }],
      ['example.com/a', 'v0.9.0', 3, { 'go.mod h1:': 'h1:old=' }],
    ]);
  });

  it('Cargo: patch and replace entries, source replacement, workspace crates kept out of the changes', async () => {
    const manifest = await parse(
      cargoToml,
      lines(
        '[dependencies]',
        'serde = "1"',
        'tokio = { git = "https://github.com/tokio-rs/tokio", branch = "master" }',
        '[patch.crates-io]',
        'serde = { path = "vendor/serde" }',
        '[replace]',
        '"rand:0.8.5" = { git = "https://github.com/x/rand" }',
      ),
    );
    expect(manifest.deps.map((d) => [d.name, d.source])).toEqual([
      ['serde', { kind: 'registry', where: '' }],
      ['tokio', { kind: 'git', where: 'github.com/tokio-rs/tokio' }],
    ]);
    expect(manifest.directives?.map((d) => [d.text, d.line])).toEqual([
      ['[patch.crates-io] serde = path vendor/serde', 5],
      ['[replace] rand:0.8.5 = git https://github.com/x/rand#', 7],
    ]);
    const config = await parse(
      cargoConfig,
      lines('[registries.acme]', 'index = "sparse+https://crates.acme.example/"'),
    );
    expect(config.directives?.map((d) => [d.text, d.where, d.line])).toEqual([
      ['[registries.acme] index = sparse+https://crates.acme.example/', 'crates.acme.example', 2],
    ]);
    const lock = (version: string) =>
      lines(
        'version = 4',
        '[[package]]',
        'name = "app"',
        `version = "${version}"`,
        '[[package]]',
        'name = "serde"',
        'version = "1.0.0"',
        'source = "sparse+https://index.crates.io/"',
        'checksum = "abc"',
      );
    const [before, after] = await Promise.all([
      parse(cargoLock, lock('0.1.0')),
      parse(cargoLock, lock('0.2.0')),
    ]);
    expect(await diffDeps(before.deps, after.deps, new Pacer())).toEqual([]);
    expect(after.deps[1]?.source).toEqual({ kind: 'registry', where: 'crates.io' });
  });

  it('Ruby: the source of each section and the CHECKSUMS digests by platform', async () => {
    const text = lines(
      'GIT',
      '  remote: https://github.com/x/rack.git',
      '  revision: abc',
      '  specs:',
      '    rack (3.1.7)',
      '',
      'PATH',
      '  remote: engines/billing',
      '  specs:',
      '    billing (0.1.0)',
      '',
      'GEM',
      '  remote: https://rubygems.org/',
      '  specs:',
      '    nokogiri (1.16.6-x86_64-linux)',
      '    nokogiri (1.16.6-arm64-darwin)',
      '',
      'DEPENDENCIES',
      '  billing!',
      '  nokogiri',
      '  rack!',
      '',
      'CHECKSUMS',
      '  nokogiri (1.16.6-x86_64-linux) sha256=aa',
      '  nokogiri (1.16.6-arm64-darwin) sha256=bb',
    );
    expect(await read(gemfileLock, text)).toEqual([
      'rack 3.1.7 direct git:github.com/x/rack 5',
      'billing 0.1.0 direct file:engines/billing 10',
      'nokogiri 1.16.6 direct registry:rubygems.org 15',
    ]);
    const nokogiri = (await parse(gemfileLock, text)).deps[2];
    expect({ ...nokogiri?.digests }).toEqual({
      '1.16.6-x86_64-linux sha256': 'aa',
      '1.16.6-arm64-darwin sha256': 'bb',
    });
  });
});
