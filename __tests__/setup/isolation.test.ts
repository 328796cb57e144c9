import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { glob } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { ISOLATED } from '../../vitest.config.js';

/**
 * The `shared` project runs test files one after another in a worker, with the modules the worker
 * already loaded. A file that changes what the process shares, or a helper that registers a hook
 * when it is loaded, would then reach into the files after it: such files are listed in ISOLATED.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');

/** What changes the state the files of a worker share. */
const PROCESS_STATE: [RegExp, string][] = [
  [
    /process\.env(\.\w+|\[[^\]]+\])\s*=[^=]|process\.env\s*=[^=]|delete process\.env|assign\(process\.env/,
    'process.env',
  ],
  [/process\.exitCode\s*=[^=]/, 'process.exitCode'],
  [/process\.chdir\(|process\.umask\(/, 'the working directory'],
  [/process\.(stdout|stderr)\.write\s*=[^=]|spyOn\(process/, 'the process streams'],
  [/process\.on(ce)?\(/, 'a process listener'],
  [/vi\.(mock|doMock|stubEnv|stubGlobal|useFakeTimers)\(|globalThis\.\w+\s*=[^=]/, 'a mock or global'],
  [/from '[./]*\/src\/(action\/main|entries\/[^']+)\.js'/, "the action's entry run in this process"],
];

/** A vitest hook at the top level of a module: registered once, by the first file that loads it. */
const TOP_LEVEL_HOOK = /^(beforeAll|beforeEach|afterAll|afterEach)\(/m;

const IMPORT = /(?:from\s+|import\(\s*)'(\.{1,2}\/[^']+)'/g;

/** The test file and every module of __tests__ (or bench) it loads, through relative imports. */
function localModules(file: string): string[] {
  const seen = new Set<string>();
  const visit = (f: string) => {
    if (seen.has(f)) return;
    seen.add(f);
    for (const m of readFileSync(path.join(ROOT, f), 'utf8').matchAll(IMPORT)) {
      const target = path.posix.join(path.posix.dirname(f), m[1]!).replace(/\.js$/, '.ts');
      if (target.startsWith('src/') || !/\.(ts|mjs)$/.test(target)) continue;
      // Text that reads like an import (a test's fixture of a module) loads nothing that is not there.
      if (!existsSync(path.join(ROOT, target))) continue;
      visit(target);
    }
  };
  visit(file);
  return [...seen];
}

describe('test isolation', async () => {
  const files = await glob('__tests__/**/*.test.ts', {
    cwd: ROOT,
    ignore: ['__tests__/architecture/fixtures/**'],
  });
  const isolated = picomatch(ISOLATED);

  it('finds the test files', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('isolates every file that changes what the process shares', () => {
    const missing: string[] = [];
    // This file spells the patterns out; it changes nothing.
    const self = path.relative(ROOT, import.meta.filename);
    for (const file of files.filter((f) => !isolated(f) && f !== self))
      for (const mod of localModules(file)) {
        const text = readFileSync(path.join(ROOT, mod), 'utf8');
        for (const [re, what] of PROCESS_STATE)
          if (re.test(text)) missing.push(`${file} changes ${what}${mod === file ? '' : ` (in ${mod})`}`);
        if (mod !== file && TOP_LEVEL_HOOK.test(text))
          missing.push(`${file} loads ${mod}, which registers a hook when it is loaded`);
      }
    expect(missing).toEqual([]);
  });

  it('would catch a file that swaps process.env', () => {
    const [re] = PROCESS_STATE[0]!;
    expect(re.test('process.env.GITHUB_OUTPUT = file;')).toBe(true);
    expect(re.test("process.env['INPUT_FAIL-ON'] = 'never';")).toBe(true);
    expect(re.test('process.env = saved;')).toBe(true);
    expect(re.test('Object.assign(process.env, env);')).toBe(true);
    expect(re.test('const env = { ...process.env, A: "1" };')).toBe(false);
    expect(re.test("if (process.env.CI === 'true') return;")).toBe(false);
  });

  it('lists only files that exist', async () => {
    for (const pattern of ISOLATED)
      expect(
        files.some((f) => picomatch(pattern)(f)),
        pattern,
      ).toBe(true);
  });
});
