import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { parseConfig } from '../../src/config/load.js';
import { ConfigError, type ConfigIssue } from '../../src/core/errors.js';
import { tempDir, writeFiles } from '../helpers/fs.js';

/**
 * A config from a pull request is hostile input: whatever it holds ends as exit 2 naming
 * file:line, in bounded time and memory, never as a crash (exit 3) or a stack trace.
 */

const FILE = '.github/promotion-gate.yml';
const BASE = `version: 1
profiles:
  dev: { checks: [a] }
checks:
  a: { type: files, paths: [package.json] }
`;

function issuesOf(text: string): ConfigIssue[] {
  try {
    parseConfig(FILE, text);
  } catch (err) {
    if (err instanceof ConfigError) return err.issues;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

async function cli(args: string[], files: Record<string, string>) {
  const dir = await tempDir();
  await writeFiles(dir, { 'package.json': '{}', ...files });
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: { PATH: process.env.PATH },
    cwd: dir,
  });
  return { code, stdout, stderr, dir };
}

function nested(depth: number): string {
  let text = 'version: 1\n';
  for (let i = 0; i < depth; i++) text += `${' '.repeat(i)}k:\n`;
  return text;
}

/** The classic: each level refers to the one before nine times. */
function aliasBomb(levels: number): string {
  let text = 'version: 1\nx0: &x0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n';
  for (let i = 1; i <= levels; i++)
    text += `x${i}: &x${i} [${Array.from({ length: 9 }, () => `*x${i - 1}`).join(', ')}]\n`;
  return text;
}

describe('hostile YAML is a config error at its line', () => {
  it.each<[string, string, Partial<ConfigIssue>]>([
    [
      'an empty check body',
      BASE.replace('checks:\n  a: { type: files, paths: [package.json] }', 'checks:\n  a:\n'),
      { line: 5, path: 'checks.a', message: 'a check must be a mapping with at least a "type"' },
    ],
    [
      'category: 5',
      BASE.replace('type: files,', 'type: files, category: 5,'),
      { line: 5, path: 'checks.a.category', message: 'expected string, got number 5' },
    ],
    [
      'category: null',
      BASE.replace('type: files,', 'type: files, category: null,'),
      { line: 5, path: 'checks.a.category', message: 'expected string, got null' },
    ],
    [
      'category: false',
      BASE.replace('type: files,', 'type: files, category: false,'),
      { line: 5, path: 'checks.a.category', message: 'expected string, got boolean false' },
    ],
    [
      'a YAML merge key',
      'version: 1\nx-base: &base { type: files }\nprofiles:\n  dev: { checks: [a] }\nchecks:\n  a:\n    <<: *base\n    paths: [x]\n',
      {
        line: 7,
        path: 'checks.a.<<',
        message: expect.stringContaining('YAML merge keys (<<) are not supported'),
      },
    ],
    [
      'mappings nested 1,000 deep',
      nested(1000),
      { line: 66, message: 'mappings and lists are nested more than 64 levels deep' },
    ],
    [
      'mappings nested 3,000 deep (4.5 MB of indentation)',
      nested(3000),
      { message: expect.stringContaining('the limit is 1,048,576 (1 MiB)') },
    ],
    [
      'lists nested 100,000 deep on one line',
      `version: 1\nx:\n${'- '.repeat(100_000)}x\n`,
      { line: 3, message: 'mappings and lists are nested more than 64 levels deep' },
    ],
    [
      'flow lists nested 100,000 deep',
      `version: 1\nx: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`,
      { line: 2, message: 'mappings and lists are nested more than 64 levels deep' },
    ],
    [
      'flow lists nested 30,000 deep within 64 KiB',
      `version: 1\nx: ${'['.repeat(30_000)}${']'.repeat(30_000)}\n`,
      { line: 2, message: 'mappings and lists are nested more than 64 levels deep' },
    ],
    [
      'flow mappings nested 10,000 deep within 64 KiB',
      `version: 1\nx: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`,
      { line: 2, message: 'mappings and lists are nested more than 64 levels deep' },
    ],
    [
      'lists nested 30,000 deep on one line within 64 KiB',
      `version: 1\nx:\n${'- '.repeat(30_000)}x\n`,
      { line: 3, message: 'mappings and lists are nested more than 64 levels deep' },
    ],
    [
      'an alias bomb',
      aliasBomb(9),
      { message: expect.stringMatching(/once its aliases are expanded; the limit is 50,000$/) },
    ],
    [
      'an alias to the value that holds it',
      'version: 1\na: &x [ *x ]\n',
      { line: 2, message: 'the alias *x refers to a value that contains it' },
    ],
    [
      'an alias with no anchor before it',
      'version: 1\na: { b: *later }\nc: &later 1\n',
      { line: 2, path: 'a.b', message: 'the alias *later names no anchor (&later) before it' },
    ],
    [
      'a key that is a list',
      'version: 1\n[a, b]: 1\n',
      { line: 2, message: 'a key must be a plain name, not a list, a mapping or an alias' },
    ],
    [
      'two documents',
      `${BASE}---\nversion: 1\n`,
      { line: 6, message: expect.stringContaining('one YAML document') },
    ],
    [
      'a string past 64 KiB',
      BASE.replace('paths: [package.json]', `paths: [${'x'.repeat(70_000)}]`),
      { line: 5, message: 'a value of 70,000 characters is too long: the limit is 65,536' },
    ],
    [
      'a URL past 8 KiB',
      BASE.replace(
        'a: { type: files, paths: [package.json] }',
        `a: { type: freshness, maxAge: 1h, url: "http://x/${'a'.repeat(9000)}" }`,
      ),
      { line: 5, path: 'checks.a.url', message: 'a URL of 9009 characters is too long: at most 8192' },
    ],
    [
      'a run line past 16 KiB',
      BASE.replace(
        'a: { type: files, paths: [package.json] }',
        `a: { type: command, run: "${'x'.repeat(17_000)}" }`,
      ),
      { line: 5, path: 'checks.a.run', message: 'may have at most 16384 characters' },
    ],
  ])('%s', (_name, text, expected) => {
    expect(issuesOf(text)).toContainEqual(expect.objectContaining({ file: FILE, ...expected }));
  });

  it('a large string aliased many times stays within the expanded bound', () => {
    const big = 'x'.repeat(60_000);
    const text = `version: 1\ns: &s ${big}\nl: [${Array.from({ length: 40 }, () => '*s').join(', ')}]\n`;
    expect(issuesOf(text)).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(
          /^the config has 2,460,\d{3} characters once its aliases are expanded; the limit is 2,097,152$/,
        ),
      }),
    ]);
  });

  it('a mapping with 100,000 keys is refused before anything slow runs', () => {
    const text = `version: 1\nvars:\n${Array.from({ length: 100_000 }, (_, i) => ` ${i.toString(36)}: 1`).join('\n')}\n`;
    expect(issuesOf(text)).toEqual([
      expect.objectContaining({
        message: 'the config holds more than 50,000 keys and values; that is the limit',
      }),
    ]);
  });

  it('a file over 1 MiB is refused', () => {
    expect(issuesOf(`version: 1\n# ${'x'.repeat(1024 * 1024)}\n`)).toEqual([
      { file: FILE, message: 'the config has 1,048,590 characters; the limit is 1,048,576 (1 MiB)' },
    ]);
  });

  it('a chain of 12,000 profiles is refused by count, not by a stack overflow', () => {
    let text = 'version: 1\nchecks:\n  a: { type: files, paths: [x] }\nprofiles:\n  p0: { checks: [a] }\n';
    for (let i = 1; i < 12_000; i++) text += `  p${i}: { extends: p${i - 1} }\n`;
    expect(issuesOf(text)).toEqual([
      expect.objectContaining({ line: 5, path: 'profiles', message: '12000 profiles; the limit is 500' }),
    ]);
  });

  it('a profile may inherit from 63 others at most', () => {
    let text = 'version: 1\nchecks:\n  a: { type: files, paths: [x] }\nprofiles:\n  p0: { checks: [a] }\n';
    for (let i = 1; i < 65; i++) text += `  p${i}: { extends: p${i - 1} }\n`;
    expect(issuesOf(text)).toEqual([
      expect.objectContaining({
        line: 69,
        path: 'profiles.p64.extends',
        message: 'profile p64 inherits from 64 profiles; the limit is 63',
      }),
    ]);
  });

  it('too many problems are counted, not listed', () => {
    const text = `${BASE}vars:\n${Array.from({ length: 300 }, (_, i) => `  "bad ${i}": x`).join('\n')}\n`;
    const issues = issuesOf(text);
    expect(issues).toHaveLength(101);
    expect(issues[100]!.message).toBe('… and 200 more problem(s)');
  });
});

describe('through the CLI', () => {
  it('an alias bomb is exit 2 with file:line, no stack trace', async () => {
    const r = await cli(['validate'], { [FILE]: aliasBomb(9) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^promotion-gate: invalid configuration \(1 problem\)\n\.github\/promotion-gate\.yml:1:1: the config holds/,
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a 5 MB config aliasing a 5 MB string is refused by size, without reading it whole', async () => {
    const dir = await tempDir();
    const big = 'x'.repeat(5 * 1024 * 1024);
    const text = `${BASE}vars:\n  s: &s ${big}\n  l: "${'${{ vars.s }}'}"\n`;
    await writeFiles(dir, { 'package.json': '{}' });
    await writeFile(
      path.join(dir, 'pg.yml'),
      `${text}${Array.from({ length: 89 }, (_, i) => `  a${i}: *s`).join('\n')}\n`,
    );
    let stderr = '';
    const code = await runCli(['gate', '-p', 'dev', '-c', 'pg.yml'], {
      stdout: () => {},
      stderr: (t) => (stderr += t),
      env: { PATH: process.env.PATH },
      cwd: dir,
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /pg\.yml: the config file has 5,\d{3},\d{3} bytes; the limit is 1,048,576 \(1 MiB\)/,
    );
  });

  it('a config that is not a regular file (a FIFO, a directory) is exit 2 at once, never waited on', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'package.json': '{}' });
    execFileSync('mkfifo', [path.join(dir, 'pipe.yml')]);
    await mkdir(path.join(dir, 'dir.yml'));
    for (const name of ['pipe.yml', 'dir.yml']) {
      let stderr = '';
      const code = await runCli(['validate', '-c', name], {
        stdout: () => {},
        stderr: (t) => (stderr += t),
        env: { PATH: process.env.PATH },
        cwd: dir,
      });
      expect(code, name).toBe(2);
      expect(stderr, name).toContain(`${name}: the config is not a regular file`);
    }
  });

  it('nesting 1,000 deep is exit 2 naming the line', async () => {
    const r = await cli(['gate', '-p', 'dev'], { [FILE]: nested(1000) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${FILE}:66:65: mappings and lists are nested more than 64 levels deep`);
  });
});
