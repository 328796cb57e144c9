import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bunLock } from '../../src/checks/dependencies/bun.js';
import { diffDeps } from '../../src/checks/dependencies/diff.js';
import { jsonKeyLines, SEP } from '../../src/checks/dependencies/json.js';
import { MemberKeyLines } from '../../src/checks/dependencies/memberLines.js';
import { lockSource, packageLock } from '../../src/checks/dependencies/npm.js';
import { Pacer } from '../../src/checks/dependencies/pace.js';
import { pnpmLock } from '../../src/checks/dependencies/pnpm.js';
import { npmResolvedSource, tarballMismatch } from '../../src/checks/dependencies/sources.js';
import { type Dependency, type DepFileType, isBlank, linesOf } from '../../src/checks/dependencies/types.js';
import { compareVersions, crossesMajor } from '../../src/checks/dependencies/versions.js';
import { plainKeyEnd } from '../../src/checks/dependencies/yamlBlocks.js';
import { FIELD, fieldOf, yarnLock } from '../../src/checks/dependencies/yarn.js';

/**
 * A large lockfile is read at the cost of what changed: sources and digests are read only for
 * entries that differ between base and head, lines only for entries a change names. These tests
 * hold the fast readings to the general ones they stand in for.
 */

const pretty = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

/** The lines `jsonKeyLines` gives the keys of `packages`, by their place in Object.keys. */
async function byPath(text: string, member = 'packages'): Promise<(number | undefined)[]> {
  const all = await jsonKeyLines(text, 2, new Pacer());
  const doc = JSON.parse(text) as Record<string, Record<string, unknown>>;
  return Object.keys(doc[member] ?? {}).map((k) => all.get(`${member}${SEP}${k}`));
}

async function byPlace(text: string, paced: boolean, member = 'packages'): Promise<(number | undefined)[]> {
  const doc = JSON.parse(text) as Record<string, Record<string, unknown>>;
  const keys = Object.keys(doc[member] ?? {});
  const lines = new MemberKeyLines(text, member, keys);
  if (paced) await lines.find(new Pacer());
  return keys.map((_, i) => lines.line(i));
}

/** Each entry as a plain object with everything read up front: the diff compares it in full. */
const plain = (deps: Dependency[]): Dependency[] =>
  deps.map((d) => ({
    name: d.name,
    version: d.version,
    direct: d.direct,
    line: d.line,
    source: d.source,
    digests: d.digests,
    installScript: d.installScript,
  }));

/** The entries, counting by name every read of a source or of digests. */
function counting(deps: Dependency[], reads: Set<string>): Dependency[] {
  return deps.map(
    (d) =>
      new Proxy(d, {
        get(target, key) {
          if (key === 'source' || key === 'digests') reads.add(target.name);
          return Reflect.get(target, key, target) as unknown;
        },
      }),
  );
}

const npmLock = (packages: Record<string, Record<string, unknown>>) =>
  pretty({
    name: 'app',
    lockfileVersion: 3,
    packages: { '': { dependencies: { a: '^1.0.0' } }, ...packages },
  });

const tarball = (name: string, version: string) =>
  `https://registry.npmjs.org/${name}/-/${name.slice(name.lastIndexOf('/') + 1)}-${version}.tgz`;

function npmPackages(n: number, version: (i: number) => string): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (let i = 0; i < n; i++) {
    const v = version(i);
    out[`node_modules/p${i}`] = { version: v, resolved: tarball(`p${i}`, v), integrity: `sha512-p${i}v${v}` };
  }
  return out;
}

describe('lines of a lockfile found by place', () => {
  it('agree with the lines found by path, on one line or many', async () => {
    const text = npmLock({
      ...npmPackages(30, () => '1.0.0'),
      'node_modules/p3/node_modules/q': { version: '2.0.0', dependencies: { x: '^1' } },
      'node_modules/\\"q\\"': { version: '1.0.0', list: [{ nested: '{}' }] },
    });
    const oneLine = JSON.stringify(JSON.parse(text));
    for (const t of [text, oneLine]) {
      const expected = await byPath(t);
      expect(expected.every((l) => l !== undefined)).toBe(true);
      expect(await byPlace(t, true)).toEqual(expected);
      expect(await byPlace(t, false)).toEqual(expected);
    }
  });

  it('fall back to the lines by path where JSON.parse does not keep the written order', async () => {
    const entry = '{"version": "1.0.0"}';
    const odd = [
      // A key written twice: JSON.parse keeps one.
      `{"packages": {\n"node_modules/a": ${entry},\n"node_modules/b": ${entry},\n"node_modules/a": ${entry}\n}}`,
      // The member written twice: the lines by path take the first place of each key.
      `{"packages": {\n"node_modules/b": ${entry}\n},\n"packages": {\n"node_modules/a": ${entry},\n"node_modules/b": ${entry}\n}}`,
      // An array index comes first in Object.keys, wherever it was written.
      `{"packages": {\n"node_modules/a": ${entry},\n"7": ${entry}\n}}`,
      // A top-level key that is, to the lines by path, the path of a member's key.
      `{"packages\\u0000node_modules/a": 1,\n"packages": {\n"node_modules/a": ${entry}\n}}`,
      // Escapes in keys, a member of another name, an array where the member's object would be.
      `{"pack\\u0061ges": {\n"node_modules\\/a": ${entry}\n},\n"other": {"node_modules/b": ${entry}}}`,
      `{"packages": [\n${entry}\n]}`,
    ];
    for (const t of odd) {
      const expected = await byPath(t);
      expect(await byPlace(t, true), t).toEqual(expected);
      expect(await byPlace(t, false), t).toEqual(expected);
    }
    expect(await byPath(odd[0]!)).toEqual([2, 3]);
    expect(await byPath(odd[1]!)).toEqual([5, 2]);
  });

  it('are found once, pausing on a large text, and only when asked', async () => {
    const text = npmLock(npmPackages(3_000, () => '1.0.0'));
    const keys = Object.keys((JSON.parse(text) as { packages: object }).packages);
    const lines = new MemberKeyLines(text, 'packages', keys);
    const pace = new Pacer();
    const finding = lines.find(pace);
    expect(finding).toBeInstanceOf(Promise);
    expect(lines.find(pace)).toBe(finding);
    await finding;
    expect(pace.turns).toBeGreaterThan(0);
    expect(lines.find(pace)).toBeUndefined();
    expect(lines.line(keys.indexOf('node_modules/p2999'))).toBe(
      text.split('\n').indexOf('    "node_modules/p2999": {') + 1,
    );
  });
});

describe('a diff that reads only what changed', () => {
  it('reads no source or digest of a name whose entries are alike on both sides, and finds what the full comparison finds', async () => {
    const base = await packageLock.parse(npmLock(npmPackages(200, () => '1.0.0')), new Pacer());
    const headPackages = npmPackages(200, (i) => (i === 7 ? '1.1.0' : '1.0.0'));
    delete headPackages['node_modules/p9'];
    headPackages['node_modules/fresh'] = {
      version: '1.0.0',
      resolved: 'git+ssh://git@github.com/x/fresh.git#abc',
    };
    // Same version, other code: a rewritten entry.
    headPackages['node_modules/p11']!.integrity = 'sha512-rewritten';
    const headText = npmLock(headPackages);
    const head = await packageLock.parse(headText, new Pacer());
    const lineOf = (key: string) => headText.split('\n').indexOf(`    "${key}": {`) + 1;
    const reads = new Set<string>();
    const fast = await diffDeps(counting(base.deps, reads), counting(head.deps, reads), new Pacer());
    expect([...reads].sort()).toEqual(['fresh', 'p11', 'p7']);
    expect(fast).toEqual(await diffDeps(plain(base.deps), plain(head.deps), new Pacer()));
    expect(fast.map((d) => [d.name, d.kind, d.line, d.tampered?.what, d.moved?.to.where])).toEqual([
      ['fresh', 'added', lineOf('node_modules/fresh'), undefined, 'github.com/x/fresh'],
      ['p11', 'changed', lineOf('node_modules/p11'), 'sha512', undefined],
      ['p7', 'upgraded', lineOf('node_modules/p7'), undefined, undefined],
      ['p9', 'removed', undefined, undefined, undefined],
    ]);
  });

  it('still compares two entries of one version with other digests, changed or not', async () => {
    const text = npmLock({
      'node_modules/a': { version: '1.0.0', resolved: tarball('a', '1.0.0'), integrity: 'sha512-one' },
      'node_modules/b/node_modules/a': {
        version: '1.0.0',
        resolved: tarball('a', '1.0.0'),
        integrity: 'sha512-two',
      },
    });
    const [base, head] = [
      await packageLock.parse(text, new Pacer()),
      await packageLock.parse(text, new Pacer()),
    ];
    const full = await diffDeps(plain(base.deps), plain(head.deps), new Pacer());
    expect(full.map((d) => [d.name, d.tampered?.what])).toEqual([['a', 'sha512']]);
    expect(await diffDeps(base.deps, head.deps, new Pacer())).toEqual(full);
  });

  const formats: [string, DepFileType, (v: string, extra: string) => string][] = [
    [
      'yarn classic',
      yarnLock,
      (v, extra) =>
        [
          '# yarn lockfile v1',
          '',
          'a@^1.0.0:',
          `  version "${v}"`,
          `  resolved "https://registry.yarnpkg.com/a/-/a-${v}.tgz#0123456789abcdef0123456789abcdef01234567"`,
          `  integrity sha512-a${v}`,
          '',
          'b@^2.0.0:',
          '  version "2.0.0"',
          `  resolved "https://registry.yarnpkg.com/b/-/b-2.0.0.tgz"`,
          `  integrity sha512-b${extra}`,
          '',
          'c@github:x/c:',
          '  version "3.0.0"',
          `  resolved "https://codeload.github.com/x/c/tar.gz/${extra}"`,
          '',
        ].join('\n'),
    ],
    [
      'yarn berry',
      yarnLock,
      (v, extra) =>
        [
          '__metadata:',
          '  version: 8',
          '  cacheKey: 10c0',
          '',
          '"a@npm:^1.0.0":',
          `  version: ${v}`,
          `  resolution: "a@npm:${v}"`,
          `  checksum: 10c0/a${v}`,
          '',
          '"b@npm:^2.0.0":',
          '  version: 2.0.0',
          '  resolution: "b@npm:2.0.0"',
          `  checksum: 10c0/b${extra}`,
          '',
        ].join('\n'),
    ],
    [
      'pnpm',
      pnpmLock,
      (v, extra) =>
        [
          "lockfileVersion: '9.0'",
          'packages:',
          `  a@${v}:`,
          `    resolution: {integrity: sha512-a${v}}`,
          '  b@2.0.0:',
          `    resolution: {integrity: sha512-b${extra}}`,
          ...(extra === 'x' ? [] : ['    requiresBuild: true']),
          '  c@3.0.0:',
          `    resolution: {tarball: https://example.org/c-${extra}.tgz}`,
          '',
        ].join('\n'),
    ],
    [
      'bun',
      bunLock,
      (v, extra) =>
        [
          '{',
          '  "lockfileVersion": 1,',
          '  "packages": {',
          `    "a": ["a@${v}", "", {}, "sha512-a${v}"],`,
          `    "b": ["b@2.0.0", "", {}, "sha512-b${extra}"],`,
          `    "c": ["c@3.0.0", "${extra === 'x' ? '' : 'https://npm.acme.example/'}", {}, "sha512-c"],`,
          '  },',
          '}',
        ].join('\n'),
    ],
  ];

  it.each(formats)(
    '%s: the same changes as the full comparison, reading only the changed names',
    async (_, type, lock) => {
      for (const [bv, hv] of [
        ['1.0.0', '1.0.0'],
        ['1.0.0', '1.2.0'],
      ]) {
        const base = await type.parse(lock(bv!, 'x'), new Pacer());
        const same = await type.parse(lock(hv!, 'x'), new Pacer());
        const other = await type.parse(lock(hv!, 'y'), new Pacer());
        for (const head of [same, other]) {
          const reads = new Set<string>();
          const fast = await diffDeps(counting(base.deps, reads), counting(head.deps, reads), new Pacer());
          expect(fast).toEqual(await diffDeps(plain(base.deps), plain(head.deps), new Pacer()));
          // What was read: the names whose entries differ (a's version, b's and c's other values).
          const differ = new Set([...(bv !== hv ? ['a'] : []), ...(head === other ? ['b', 'c'] : [])]);
          expect([...reads].sort()).toEqual(base.deps.map((d) => d.name).filter((n) => differ.has(n)));
          if (head === other || bv !== hv) expect(fast.length).toBeGreaterThan(0);
        }
      }
    },
  );
});

describe('fast readings agree with the general ones', () => {
  const oracle = (resolved: string, name: string, version: string) => {
    const source = npmResolvedSource(resolved);
    return source?.kind === 'registry' ? (tarballMismatch(resolved, name, version) ?? source) : source;
  };
  const part = (chars: string[], max: number) =>
    fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: max }).map((a) => a.join(''));

  it("npm's own tarball URL: the source the general reading gives", () => {
    const word = fc.oneof(
      part(['a', 'b', '-', '.', '_', 'Z', '%', '1', '@', '#', '?'], 6),
      fc.constant('archive'),
    );
    const name = fc.oneof(
      word,
      fc.tuple(word, word).map(([s, n]) => `@${s}/${n}`),
      fc.constant('@s/-'),
    );
    const version = fc.oneof(
      part(['1', '0', '.', '-', '+', 'a', '%', '/'], 8),
      fc.constantFrom('1.0.0', '2.10.3-beta.1', '1.0.0+build'),
    );
    fc.assert(
      fc.property(name, name, version, version, fc.nat(5), (n, m, v, w, how) => {
        const urls = [
          tarball(n, v),
          tarball(m, v),
          tarball(n, w),
          `${tarball(n, v)}?x=1`,
          tarball(n, v).replace('https://registry.npmjs.org/', 'https://registry.npmjs.org/-/'),
          `https://registry.npmjs.org/${n}/-/${m}-${v}.tgz`,
        ];
        const url = urls[how]!;
        expect(lockSource(url, n, v)).toEqual(oracle(url, n, v));
      }),
      { numRuns: 2_000 },
    );
  });

  it('plain versions: the order and the major versions the token reading gives', () => {
    const num = fc.oneof(fc.nat(30), fc.constantFrom('00', '007', '999999999999999', '1000000000000000'));
    const version = fc.array(num, { minLength: 1, maxLength: 5 }).map((a) => a.join('.'));
    fc.assert(
      fc.property(version, version, (a, b) => {
        // Build metadata and a leading v send the same numbers down the general reading.
        expect(compareVersions(a, b)).toBe(compareVersions(`${a}+x`, `${b}+x`));
        expect(compareVersions(a, b)).toBe(compareVersions(`v${a}`, `v${b}`));
        expect(crossesMajor(a, b)).toBe(crossesMajor(`v${a}`, `v${b}`));
      }),
      { numRuns: 2_000 },
    );
  });

  it('lines, blank lines, yarn fields and YAML keys: what the patterns they replace give', () => {
    const text = (chars: string[]) =>
      fc.array(fc.constantFrom(...chars), { maxLength: 14 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text(['a', ' ', '\r', '\n', '\u2028', ':']), (t) => {
        expect(linesOf(t)).toEqual(t.split(/\r?\n/));
      }),
    );
    fc.assert(
      fc.property(text([' ', '\t', 'a', '\u00a0', '\u2028', '\ufeff', '\r', '\u3000', '\u0085']), (t) => {
        expect(isBlank(t)).toBe(!t.trim());
      }),
    );
    // Field lines without a line terminator left in them: the lines fieldOf reads.
    const fieldish = text([' ', 'a', 'B', ':', '"', '\t', '\u00a0', '-', '\u3000']);
    fc.assert(
      fc.property(
        fc.oneof(
          fieldish,
          fieldish.map((t) => `  ${t}`),
          fieldish.map((t) => `  version${t}`),
        ),
        (t) => {
          const m = FIELD.exec(t);
          expect(fieldOf(t)).toEqual(m ? [m[1], m[2]] : undefined);
        },
      ),
      { numRuns: 2_000 },
    );
    fc.assert(
      fc.property(text(['a', ':', ' ', '\t', '\r', '\u2028', '\u00a0', '#']), (t) => {
        const m = /^(.*?):(?=\s|$)/.exec(t);
        expect(plainKeyEnd(t)).toBe(m ? m[1]!.length : -1);
      }),
      { numRuns: 2_000 },
    );
  });
});
