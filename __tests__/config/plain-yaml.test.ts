import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPlainYaml } from '../../src/config/plainYaml.js';
import { compareReadings, fuzzCase, SEEDS, yamlSoup } from './fuzz/cases.js';

/**
 * The quick reading of a config (config/plainYaml.ts) gives what the full reading (config/yaml.ts)
 * gives, or declines: never other data, and never data where the full reading finds a problem.
 * Compared on the examples, on YAML's features one by one, and on thousands of mutated configs.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');

type Outcome = { declined: true } | { declined: false; data: unknown };

function quick(text: string): Outcome {
  const data = readPlainYaml(text);
  return data === undefined ? { declined: true } : { declined: false, data };
}

/** The quick reading agrees with the full one: same data, or declined (compareReadings throws). */
function expectAgreement(text: string): Outcome {
  const data = compareReadings(text);
  return data === undefined ? { declined: true } : { declined: false, data };
}

const examples = [
  ...readdirSync(path.join(ROOT, 'examples'), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => path.join('examples', f)),
];

describe('quick YAML reading', () => {
  it.each(examples)('reads %s as the full reading does', (file) => {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    const q = expectAgreement(text);
    expect(q.declined, 'an example config is read quickly').toBe(false);
  });

  it('reads the configs the fuzz cases start from', () => {
    for (const seed of SEEDS) expect(expectAgreement(seed).declined).toBe(false);
  });

  // Each of YAML's features the configs use, and those they may use by mistake.
  const READ: Record<string, string> = {
    'block mapping': 'a: 1\nb:\n  c: two\n  d: [x, y]\n',
    'block list': 'a:\n  - 1\n  - b: 2\n    c: 3\n  -\n  - - nested\n',
    'flow collections': 'a: { b: [1, 2, {c: d}], e: {} , f: [] }\n',
    'pair in a flow list': 'a: [b: c, d]\n',
    comments: '# top\na: 1 # one\n# between\nb: "#not" # two\n',
    'plain scalars': 'a: hello world\nb: -dash\nc: a:b\nd: http://x/y?q=1&r=2#frag\ne: x # y\n',
    'core numbers':
      'a: [0, -0, +12, 007, 0o17, 0x1F, 0xff, 1.5, -.5, +1., 1e3, -1.5E-3, .inf, -.Inf, +.INF, .nan, .NaN, .NAN]\n',
    'not numbers': 'a: [0o8, 0x, 1_000, 1,000, 0b101, 12e, .5.5, 1.2.3, 0X1F, +.nan, -.nan, 1e, e3, 0xG]\n',
    'core booleans and nulls':
      'a: [true, True, TRUE, false, False, FALSE, yes, no, on, off, y, n, tRUE]\nb: [null, Null, NULL, ~, nULL]\nc:\nd: ""\n',
    'quoted scalars': `a: 'it''s'\nb: "tab\\tnew\\nline \\"q\\" \\\\ \\x41\\u00e9\\U0001F600 \\0 \\a \\b \\e \\f \\r \\v \\/ \\  \\N \\_ \\L \\P"\nc: '1'\nd: "true"\n`,
    'multi-line scalars': 'a: one\n  two\n\n  three\nb: "x\n  y\n\n  z"\nc: \'p\n  q\'\nd: "e\\\n  f"\n',
    'block scalars':
      'a: |\n  line 1\n\n  line 2\nb: >\n  folded\n  text\n\n  para\nc: |-\n  strip\n\nd: |+\n  keep\n\ne: |2\n    indented\nf: >-\n  x\n   more\n  y\ng: |\n\n  after blank\n',
    'keys of every scalar kind':
      'true: a\n1: b\n0x10: c\n1.0: d\n.inf: e\n"quoted": f\n\'single\': g\n-0: h\n',
    'document markers': '---\na: 1\n...\n',
    'CRLF line ends': 'a: 1\r\nb:\r\n  - x\r\n  - "y\r\n    z"\r\nc: |\r\n  one\r\n  two\r\n',
    'byte order mark': '\uFEFFa: 1\n',
    'unicode text': 'a: "héllo wörld ✓"\nb: 日本語\nc: "\\u2028"\n',
    'lone surrogate escape': 'a: "\\ud800"\n',
    'long lines': `a: ${'x'.repeat(5000)}\nb: "${'y'.repeat(5000)}"\n`,
    'expressions as plain text':
      'a: ${{ inputs.url }}/health\nb: "${{ vars.x }}"\nc: run ${{ env.A }} && echo\n',
    'indented sequences': 'a:\n- 1\n- 2\nb:\n    - c: 1\n      d: 2\n',
    'lists with comments between their items': 'a:\n  - x\n# between\n  - y\nb:\n- z\n  # in\n- w\nc: 1\n',
    'empty values in flow': 'a: {b: , c: ~}\n',
    'keys without a value in flow': 'a: { b, c: 1, d }\n',
    'colons and hashes in text': 'a: "x: y"\nb: x#y\nc: x :y\nd: "# not a comment"\n',
    'quoted text that starts with #': 'a: "#fff"\nb: \'#x\'\nc: ["#y", {d: "#z"}]\ne: {f:"#w"}\n',
    'tabs in text': 'a: "x\ty"\nb: x\ty\n',
  };
  it.each(Object.entries(READ))('agrees on %s', (_, text) => {
    expectAgreement(text);
  });

  it('reads quoted text that starts with # itself: a channel, a colour', () => {
    const text = 'notify:\n  chat: { channel: "#deploys", colour: \'#36a64f\', tags: ["#a", {b: "#c"}] }\n';
    expect(expectAgreement(text).declined).toBe(false);
  });

  // What the full reading alone reads or refuses: the quick one leaves it to it.
  const DECLINED: Record<string, string> = {
    anchor: 'a: &x 1\nb: *x\n',
    'anchor on a mapping': 'a: &x {c: 1}\nb: *x\n',
    'merge key': 'base: &b {x: 1}\na:\n  <<: *b\n',
    'merge key without anchors': 'a:\n  <<: {x: 1}\n',
    alias: 'a: *x\n',
    'tag on a scalar': 'a: !!str 1\n',
    'tag on a mapping': 'a: !!map {b: 1}\n',
    'non-specific tag': 'a: ! 1\n',
    'local tag': 'a: !thing 1\n',
    'verbatim tag': 'a: !<tag:yaml.org,2002:int> "1"\n',
    directive: '%YAML 1.1\n---\na: yes\n',
    'tag directive': '%TAG !e! tag:example.com,2000:\n---\na: !e!x 1\n',
    'two documents': 'a: 1\n---\nb: 2\n',
    'explicit key': '? a\n: 1\n',
    'explicit key in flow': 'a: { ? b : c }\n',
    'explicit key in a flow list': 'a: [ ? b : c ]\n',
    'list as a key': '[a, b]: 1\n',
    'one-item list as a key': '[a]: 1\n',
    'mapping as a key': '{a: 1}: 2\n',
    'list as a key in flow': 'a: { [b]: c }\n',
    'list as a key without a value in flow': 'a: { [b], c: 1 }\n',
    'list as the last key without a value in flow': 'a: { c: 1, [b:d] }\n',
    'mapping as a key without a value in flow': 'a: { {b: 1}, c: 2 }\n',
    'null key': '~: 1\n',
    'empty key': ': 1\n',
    'null key in flow': 'a: {: x}\n',
    'null as a key': 'null: 1\n',
    '__proto__ key': '__proto__: {polluted: true}\n',
    'quoted __proto__ key': '"__proto__": 1\n',
    'duplicate key': 'a: 1\na: 2\n',
    'duplicate key as number and text': '1: a\n"1": b\n',
    'too deep': `a: ${'['.repeat(70)}${']'.repeat(70)}\n`,
    'too large': `a: "${'x'.repeat(70 * 1024)}"\n`,
    'tab indentation': 'a:\n\t- 1\n',
    'a tab on a blank line': 'a: 1\r\n\t\nb: 2\n',
    'a list item less indented than the first': 'a:\n  -\n- y\n',
    'a comment right after a closing bracket': 'a: {b: 1}#c\n',
    'a comment right after an opening bracket': 'a: {#c\n  b: 1}\n',
    'a comment right after a closing quote': 'a: "x"#c\n',
    'a comment right after a comma': 'a: [b,#c\n  d]\n',
    'a block scalar that keeps its line breaks': 'a: >+\n    x\n      \n',
    'a block scalar that says its indentation': 'a: |-5\n      x\n',
    'a block scalar that starts with a line of spaces': 'a: >\n  \n  \n # c\n',
    'a carriage return alone': 'a: x\rb: y\n',
    'a line separator': 'a: x\u2028\n',
    'a byte order mark past the start': 'a:\n  -\n  # \ufeff\n      x\n  -\n',
    'a document marker with more on its line': '--- a: 1\n',
    'a document marker joined to a key': '---a: 1\n',
    'a list item less indented than the first, after a comment': 'a: # c\n    -\n- y\n',
    'syntax error': 'a: [1, 2\n',
    'bad indentation': 'a:\n  b: 1\n c: 2\n',
    'text, not a mapping': 'just text\n',
    'a list, not a mapping': '- a\n- b\n',
  };
  it.each(Object.entries(DECLINED))('leaves %s to the full reading', (_, text) => {
    expect(quick(text).declined).toBe(true);
  });

  // Fixed seeds keep the suite repeatable; `npm run bench:fuzz` compares the two readings on many
  // more of both kinds of text, from a fresh seed each time.
  it('agrees on 500 mutated configs', () => {
    let read = 0;
    fc.assert(
      fc.property(fuzzCase, (c) => {
        if (!expectAgreement(c.text).declined) read++;
      }),
      { numRuns: 500, seed: 20_261_207 },
    );
    // The mutations reach both readings, not only the declines.
    expect(read).toBeGreaterThan(50);
  }, 120_000);

  it('agrees on 5,000 texts of YAML pieces', () => {
    let read = 0;
    fc.assert(
      fc.property(yamlSoup, (text) => {
        if (!expectAgreement(text).declined) read++;
      }),
      { numRuns: 5000, seed: 20_261_207 },
    );
    expect(read).toBeGreaterThan(500);
  }, 120_000);
});
