import { spawnSync } from 'node:child_process';
import { inspect } from 'node:util';
import YAML from 'yaml';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Redactor } from '../../src/core/redact.js';
import { leaks, views } from '../trust/outputs.js';

/**
 * Scripts print what they were given the way bash quotes it: `set -x` traces a command with its
 * arguments single-quoted (`'\''` for a quote; `$'…'` with escapes for what a locale cannot
 * print), `printf %q` with a backslash before each character the shell would read. Deploy and
 * rollback scripts run with `set -x` more often than not. The outputs here are bash's own.
 */
function bashShows(value: string, locale: string): string {
  // No startup files: bash reads ~/.bashrc when its stdin is a socket, as a child's pipe is here.
  const r = spawnSync('bash', ['--noprofile', '--norc', '-c', 'printf "%q\\n" "$V"; set -x; : "$V"'], {
    env: { PATH: '/usr/bin:/bin', V: value, LANG: locale, LC_ALL: locale },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`bash failed: ${r.stderr}`);
  return `${r.stdout}${r.stderr}`;
}

/** Where a piece of 8 characters of the value is left in the text, in any view a reader could decode. */
const piecesLeft = (text: string, value: string) => leaks([['output', text]], [value]);

const UNIT = fc.oneof(
  { arbitrary: fc.constantFrom(...'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789'), weight: 4 },
  { arbitrary: fc.constantFrom(...` !"#$&'()*,;<>?[\\]^\`{|}~=+%/@:-_.`), weight: 2 },
  { arbitrary: fc.constantFrom('\t', '\u0001', '\u001b', 'é', '日', '😀'), weight: 1 },
);
const value = fc
  .array(UNIT, { minLength: 12, maxLength: 28 })
  .map((units) => units.join(''))
  // Random, not typed: letters and digits enough, no character three times in a row.
  .filter((s) => (s.match(/[A-Za-z0-9]/g) ?? []).length >= 8 && !/(.)\1\1/u.test(s));

describe('Redactor: a value as bash shows it', () => {
  it.each([
    ["a single quote (set -x: '\\'')", "Ab'cdEfgh1234xyz"],
    ["a tab ($'…\\t…')", 'Tab\tSep9876abcDEF'],
    ['quotes and a backslash (printf %q)', 'Quo"te\\Back5678abcd'],
    ['a blank and a dollar', 'Sp ace$Dol1234abcd'],
    ['characters a C locale cannot print (octal escapes)', 'Uni日本é9876abcdZZ'],
    ['a leading tilde and hash', '~#Lead9876abcdEFGH'],
    ['a tilde after a colon and after an equals sign', 'Abc_9XYZ:~Q=~RSTuvwx9'],
  ])('%s', (_name, v) => {
    const red = new Redactor();
    red.add(v);
    for (const locale of ['C.UTF-8', 'C']) {
      const shown = bashShows(v, locale);
      expect(piecesLeft(red.redact(shown), v), `${locale}: ${shown}`).toEqual([]);
    }
  });

  it('random values: nothing of 8 characters is left in what bash prints, in a UTF-8 or a C locale', () => {
    fc.assert(
      fc.property(value, fc.constantFrom('C.UTF-8', 'C'), (v, locale) => {
        const red = new Redactor();
        red.add(v);
        const shown = bashShows(v, locale);
        expect(piecesLeft(red.redact(shown), v), `${locale}: ${JSON.stringify(shown)}`).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});

/** Python's own repr of each value, when a python3 is on this machine. */
function pythonRepr(values: readonly string[]): string[] | undefined {
  const r = spawnSync('python3', ['-c', 'import json,sys\nfor v in json.load(sys.stdin): print(repr(v))'], {
    input: JSON.stringify(values),
    encoding: 'utf8',
  });
  return r.status === 0 ? r.stdout.trimEnd().split('\n') : undefined;
}

describe('Redactor: a value as a test runner or a log prints a string', () => {
  const values = fc.sample(value, { numRuns: 300 });
  values.push('ab\'cd\\ef"gHIJK9', "ab'cd\\e\tf\u0001\u001bXYZ12", 'pl\\ain-Value-42');

  it("Node's util.inspect", () => {
    for (const v of values) {
      const red = new Redactor();
      red.add(v);
      const shown = inspect(v);
      expect(piecesLeft(red.redact(`x = ${shown};`), v), shown).toEqual([]);
    }
  });

  const reprs = pythonRepr(values);
  it.skipIf(!reprs)("Python's repr", () => {
    values.forEach((v, i) => {
      const red = new Redactor();
      red.add(v);
      const shown = reprs![i]!;
      expect(piecesLeft(red.redact(`x = ${shown}`), v), shown).toEqual([]);
    });
  });
});

describe('Redactor: a value single-quoted in YAML', () => {
  it.each(["ab'cd: ef#gh-42X", 'Qx: 7\'Lm"3Np9Rs', "- lead'ing Value 9"])('%s', (v) => {
    const red = new Redactor();
    red.add(v);
    const shown = YAML.stringify({ password: v }, { defaultStringType: 'QUOTE_SINGLE' });
    expect(shown).toContain("''");
    expect(piecesLeft(red.redact(shown), v), shown).toEqual([]);
  });
});

describe('Redactor: a value as a web page escapes it', () => {
  const v = `Qx7"Lm'3+Np<Rs>Secret9ab`;
  // What each engine writes for the value, as its documentation gives it.
  it.each([
    ['Rails (ERB::Util), lodash', `Qx7&quot;Lm&#39;3+Np&lt;Rs&gt;Secret9ab`],
    ["Python's html.escape, Django", `Qx7&quot;Lm&#x27;3+Np&lt;Rs&gt;Secret9ab`],
    ['Jinja2 (MarkupSafe), Java encoders', `Qx7&#34;Lm&#39;3+Np&lt;Rs&gt;Secret9ab`],
    ["PHP's htmlspecialchars (ENT_QUOTES)", `Qx7&quot;Lm&#039;3+Np&lt;Rs&gt;Secret9ab`],
    ["Go's html/template", `Qx7&#34;Lm&#39;3&#43;Np&lt;Rs&gt;Secret9ab`],
  ])('%s', (_name, shown) => {
    // Written as the engine writes it, it reads back as the value.
    expect(views(shown)).toContain(v.toLowerCase());
    const red = new Redactor();
    red.add(v);
    const page = `<p>Welcome back, ${shown}!</p>`;
    expect(piecesLeft(red.redact(page), v), page).toEqual([]);
  });

  const python = spawnSync('python3', ['-c', 'import html,sys; print(html.escape(sys.argv[1]))', v], {
    encoding: 'utf8',
  });
  it.skipIf(python.status !== 0)("Python's own html.escape", () => {
    const red = new Redactor();
    red.add(v);
    expect(piecesLeft(red.redact(`<p>${python.stdout.trim()}</p>`), v)).toEqual([]);
  });
});
