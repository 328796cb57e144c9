import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';

/**
 * The build writes the bundle as ASCII (scripts/ascii.mjs): Node decodes ASCII text and V8 scans
 * it faster than text with one character beyond ASCII, at every start-up.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
type ToAscii = (source: string, name: string) => { text: string | undefined; problems: string[] };
// Loaded by URL: a build script of the repository, not a module of the sources.
const { toAscii } = (await import(pathToFileURL(path.join(ROOT, 'scripts', 'ascii.mjs')).href)) as {
  toAscii: ToAscii;
};

const BEYOND_ASCII = /[\u0080-\uffff]/;

/** What a script evaluates to, in a context of its own. */
const evaluate = (code: string): unknown => vm.runInNewContext(code, {});

/** `code` written as ASCII: nothing beyond ASCII left, and the same value when run. */
function same(code: string): string {
  const { text, problems } = toAscii(code, 'case.js');
  expect(problems).toEqual([]);
  expect(text).toBeDefined();
  expect(BEYOND_ASCII.test(text!)).toBe(false);
  expect(JSON.stringify(evaluate(text!))).toBe(JSON.stringify(evaluate(code)));
  return text!;
}

describe('the bundle written as ASCII', () => {
  it('holds no character beyond ASCII in any file of dist/', () => {
    const dist = path.join(ROOT, 'dist');
    const files = readdirSync(dist, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.js'));
    expect(files.length).toBeGreaterThan(10);
    const beyond = files.filter((f) => BEYOND_ASCII.test(readFileSync(path.join(dist, f), 'utf8')));
    expect(beyond).toEqual([]);
  });

  it('keeps the values of strings, templates and regular expressions', () => {
    same(`const a = 'a → b — c…'; a`);
    same('const x = 1; `${x} → ${x + 1} ≈ ÷`');
    same(`[/[–—]/.test('x—y'), /ä+/u.exec('bää')[0], /[😀-🙏]/u.test('🙂'), /😀/.test('😀')]`);
    same(`'😀'.length + '⚠'.codePointAt(0)`);
  });

  it('writes a character a backslash escaped as its escape, in place of both', () => {
    // In a string `\é` is `é`; a doubled backslash is a backslash and leaves the character as it is.
    const text = same(String.raw`['\é', '\\é', '\\\é', /\é/.test('é')]`);
    expect(text).toBe(String.raw`['\u00e9', '\\\u00e9', '\\\u00e9', /\u00e9/.test('\u00e9')]`);
  });

  it('keeps names, comments and white space what they were', () => {
    same('const café = 2; // déjà vu\n/* — */ café * 2');
    // A no-break space between tokens is white space, not a character of a name.
    const text = same('const a = 1;\u00a0const b = a\u00a0+\u00a01; b');
    expect(text).toBe('const a = 1; const b = a + 1; b');
    // A line separator ends a line comment, and stays a line's end.
    expect(same('let v = 1; // note\u2028v = 2; v')).toBe('let v = 1; // note\nv = 2; v');
  });

  it('stops where an escape would change what the code does', () => {
    const cases: [string, RegExp][] = [
      ['String.raw`→`', /case\.js:1:11: a tagged template holds a character beyond ASCII/],
      ['const x = 1; tag`a ${x} →`', /case\.js:1:\d+: a tagged template/],
      ['const 𝑥 = 1', /case\.js:1:7: an identifier holds a character beyond the Basic Multilingual Plane/],
      ["'a\\\u2028b'", /case\.js:1:4: a line separator after a backslash/],
      ['const = →', /case\.js:1:7: /],
    ];
    for (const [code, message] of cases) {
      const { text, problems } = toAscii(code, 'case.js');
      expect(text, code).toBeUndefined();
      expect(problems.join('\n'), code).toMatch(message);
    }
    // An untagged template's raw text is read by no one: written as ASCII, also inside the `${…}`
    // of a tagged one, whose raw text holds only its own parts.
    same('`→`');
    same('const tag = (s, ...v) => s.raw.join("|") + v.join(","); tag`a ${`→`} b ${1}`');
    // A tagged template inside an untagged one is still tagged.
    expect(toAscii('const x = `a ${String.raw`→`}`', 'case.js').problems.join('\n')).toMatch(
      /case\.js:1:\d+: a tagged template/,
    );
  });

  it('leaves ASCII text as it is', () => {
    const code = 'const a = "plain"; // comment\n';
    expect(toAscii(code, 'case.js')).toEqual({ text: code, problems: [] });
  });
});
