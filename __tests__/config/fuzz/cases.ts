import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inspect, isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { parse } from 'yaml';
import { parseConfig } from '../../../src/config/load.js';
import { readPlainYaml } from '../../../src/config/plainYaml.js';
import { parseBoundedYaml, yamlToData } from '../../../src/config/yaml.js';
import { checkEveryProfile, planGate } from '../../../src/config/plan.js';
import { isUserError } from '../../../src/core/errors.js';

/**
 * Mutated configs for the config fuzz test (__tests__/config/fuzz.test.ts) and its longer
 * benchmark (bench/fuzz.mjs). Every case goes parseConfig → checkEveryProfile (validate) →
 * planGate of its profiles; only ConfigError and UsageError may come out: anything else is what
 * the CLI would report as an internal error (exit 3).
 */

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** Valid configs the mutations start from: the example, and the shapes the tests use. */
export const SEEDS: readonly string[] = [
  readFileSync(path.join(ROOT, 'examples/demo/promotion-gate.yml'), 'utf8'),
  `version: 1
vars:
  staging: \${{ inputs.target-url }}
  api: \${{ vars.staging }}/api
defaults: { timeout: 10s, concurrency: 3, gateTimeout: 20m, base: origin/main }
decision: { holdLine: 2, categories: { ops: 1.0, extra: 0.5 } }
profiles:
  dev: { checks: [files, tests] }
  staging:
    extends: dev
    checks: [probe]
    overrides:
      tests: { enforcement: required }
  prod:
    extends: staging
    exclude: [files]
    overrides:
      probe: { timeout: 2s, env: { MODE: strict } }
    decision: { holdLine: 3, categories: { ops: 1.0 } }
checks:
  files: { type: files, paths: [a], category: extra }
  tests: { type: command, run: npm test, timeout: 1m, junit: reports/junit.xml, repeat: 2 }
  probe:
    type: command
    category: ops
    run: 'curl \${{ vars.api }}/health -H "Authorization: Bearer \${{ env.TOKEN }}"'
    env: { MODE: loose, LEVEL: "\${{ inputs.level || 'info' }}" }
waivers:
  - { check: tests, reason: flaky, expires: 2030-01-01, by: me, profiles: [staging] }
`,
  `version: 1
profiles:
  dev: { checks: [env, git, secrets, deps, kb, lint, evidence, http] }
checks:
  env: { type: env, vars: { NODE_ENV: { required: false, values: [production, test] } } }
  git: { type: git, clean: true }
  secrets: { type: secrets, allowPaths: ['docs/**'] }
  deps: { type: dependencies }
  kb: { type: benchmark, file: kb.json, mode: required, thresholds: { precision: '>= 0.5' }, drift: { lookback: 5 } }
  lint: { type: trend, run: 'echo \${{ inputs.count || "3" }} violations', lookback: 3, failAbove: 40 }
  evidence: { type: evidence, file: reports/*.json, maxAge: 7d, assert: ['status == "pass"'] }
  http:
    type: http
    base: \${{ inputs.target-url || 'http://127.0.0.1:9' }}
    requests: [{ path: /health, expect: { status: 200, maxLatency: 2s } }]
    retries: 1
    backoff: 100ms
`,
];

const NAMES = [
  'constructor',
  '__proto__',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'prototype',
  'then',
  'dev',
  'prod',
  'staging',
  'files',
  'tests',
  'probe',
  'type',
  'run',
  'timeout',
  'checks',
  'profiles',
  'extends',
  'overrides',
  'exclude',
  'vars',
  'defaults',
  'category',
  'enforcement',
  '<<',
  '',
  ' ',
  '../x',
  'a/b',
  '.hidden',
  'é',
  '名前',
  '🙂',
  'a'.repeat(300),
  'x\ny',
  '-',
];

const SCALARS: readonly unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1,
  30,
  1.5,
  2 ** 31,
  2 ** 53 + 1,
  1e308,
  -1e308,
  1e-300,
  Number.POSITIVE_INFINITY,
  Number.NaN,
  '30',
  '30s',
  '500ms',
  '2m',
  '26h',
  '7d',
  '25d',
  '3651d',
  '0s',
  '-1s',
  '1e400ms',
  '9'.repeat(40) + 'd',
  'off',
  'dry-run',
  'advisory',
  'hard',
  'required',
  'scored',
  'fail',
  'warn',
  'pass',
  'command',
  'files',
  'http',
  'benchmark',
  'trend',
  'secrets',
  'evidence',
  '${{ inputs.x }}',
  '${{ inputs.target-url }}',
  '${{ env.TOKEN }}',
  '${{ vars.staging }}',
  '${{ vars.nope }}',
  '${{ inputs.constructor }}',
  '${{ env.__proto__ }}',
  "${{ inputs.x || 'd' }}",
  '${{',
  '}}',
  '${{ }}',
  '${{ a.b }}',
  '${{ secrets.X }}',
  '$(touch pwned)',
  '`touch pwned`',
  "echo '${{ inputs.x }}'",
  'echo $(( ${{ inputs.x }} ))',
  'echo ${A:-${{ inputs.x }}}',
  'cat <<EOF\n${{ inputs.x }}\nEOF',
  'status == "ok"',
  'len(items) > 0',
  '>= 0.5',
  '(((',
  'http://127.0.0.1:9/health',
  'ftp://x',
  '/relative',
  'reports/*.xml',
  '**',
  '[',
  'a'.repeat(5000),
  '\u0000',
  '\u202e',
  '\uFEFF',
  '\uFFFF',
  '\ud800',
  'x'.repeat(70_000),
];

const nameArb = fc.oneof(fc.constantFrom(...NAMES), fc.string({ maxLength: 12 }));
const scalarArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SCALARS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 10 }) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
);
const valueArb: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalarArb,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(nameArb, tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** One change to the seed's data; paths are picked by index among the seed's own paths. */
/** Values that fit the key they replace, so that a case gets past the schema to the planner. */
const FITTING: Readonly<Record<string, readonly unknown[]>> = {
  timeout: ['1s', '30s', '24h', '25d', 30, '0s', '${{ inputs.x }}', '2m'],
  gateTimeout: ['15m', '24h', '30d', 900, '${{ inputs.x }}'],
  maxAge: ['26h', '3650d', '3651d', 26, '7d'],
  enforcement: ['off', 'dry-run', 'advisory', 'hard', 'required', 'scored'],
  category: ['safety', 'ops', 'extra', 'constructor', 'nope', 5, null],
  run: [
    'echo ${{ inputs.x }}',
    "echo '${{ inputs.x }}'",
    'echo "${{ env.TOKEN }}"',
    'echo $(( ${{ inputs.x }} ))',
    'true',
  ],
  extends: ['dev', 'staging', 'prod', 'constructor', ['dev', 'prod'], '__proto__', 'nope'],
  checks: [[], ['files'], ['tests', 'files'], ['constructor'], ['nope']],
  exclude: [['files'], ['toString'], []],
  mode: ['auto', 'off', 'required', 'optional'],
  url: ['http://127.0.0.1:9', '${{ inputs.target-url }}', 'ftp://x', '/x'],
  base: ['${{ inputs.target-url }}', 'http://127.0.0.1:9', 'origin/main'],
};

const fittingOp = fc.record({ op: fc.constant('fit' as const), at: fc.nat(), pick: fc.nat() });

const dataOp = fc.oneof(
  { weight: 3, arbitrary: fittingOp },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: valueArb }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('rename' as const), at: fc.nat(), name: nameArb }) },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('add' as const), at: fc.nat(), name: nameArb, value: valueArb }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('nest' as const),
      at: fc.nat(),
      depth: fc.integer({ min: 1, max: 80 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('copy' as const), at: fc.nat(), to: fc.nat() }) },
);

const SNIPPETS = [
  ':',
  ': ',
  '- ',
  '  ',
  '\n',
  '\t',
  '[',
  ']',
  '{',
  '}',
  ',',
  '&a ',
  '*a',
  '&b [*a, *a, *a]',
  '<<: *a\n',
  '---\n',
  '...\n',
  '"',
  "'",
  '#',
  '? ',
  '!!binary ',
  '!!str ',
  '!custom ',
  '%YAML 1.1\n',
  '|\n',
  '>-\n',
  'constructor: ',
  '__proto__: ',
  'toString:\n',
  '<<: ',
  '${{ inputs.x }}',
  '~',
  'null',
  '0x1F',
  '.inf',
  '.nan',
  '1e400',
  '\\u0000',
  '\u00a0',
  '\r\n',
  ' '.repeat(40),
  '['.repeat(70),
  '- '.repeat(70),
];

const textOp = fc.oneof(
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ maxLength: 6 })),
  }),
  fc.record({ op: fc.constant('cut' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('line' as const), at: fc.nat(), to: fc.nat() }),
);

type DataOp = typeof dataOp extends fc.Arbitrary<infer T> ? T : never;
type TextOp = typeof textOp extends fc.Arbitrary<infer T> ? T : never;

export interface FuzzCase {
  how: 'data' | 'text';
  text: string;
}

/** The example is eight times the size of the other seeds: picked less often, to keep cases quick. */
const seedArb = fc.oneof(
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: SEEDS.length - 1 }) },
);

export const fuzzCase: fc.Arbitrary<FuzzCase> = fc.oneof(
  fc
    .tuple(seedArb, fc.array(dataOp, { minLength: 1, maxLength: 3 }))
    .map(([seed, ops]) => ({ how: 'data' as const, text: mutateData(seed, ops) })),
  fc
    .tuple(seedArb, fc.array(textOp, { minLength: 1, maxLength: 4 }))
    .map(([seed, ops]) => ({ how: 'text' as const, text: mutateText(SEEDS[seed]!, ops) })),
);

type Path = (string | number)[];

function pathsOf(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...at, i], out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...at, k], out);
  return out;
}

function get(root: unknown, p: Path): unknown {
  let cur = root;
  for (const k of p) cur = (cur as Record<string | number, unknown> | undefined)?.[k];
  return cur;
}

/** Sets a key as an own property, whatever its name (`__proto__` included). */
function put(target: unknown, key: string | number, value: unknown): void {
  if (target && typeof target === 'object')
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The seeds as data, read once: each case changes a copy. */
const SEED_DATA: readonly unknown[] = SEEDS.map((s) => parse(s) as unknown);

function mutateData(seed: number, ops: readonly DataOp[]): string {
  const data = structuredClone(SEED_DATA[seed]);
  for (const o of ops) {
    const paths = pathsOf(data).filter((p) => p.length > 0);
    if (paths.length === 0) break;
    const p = paths[o.at % paths.length]!;
    const parent = get(data, p.slice(0, -1));
    const key = p[p.length - 1]!;
    if (o.op === 'fit') {
      // A key that has fitting values, picked among the paths that end in one.
      const fitting = paths.filter((q) => Object.hasOwn(FITTING, String(q[q.length - 1])));
      if (fitting.length === 0) continue;
      const q = fitting[o.at % fitting.length]!;
      const pool = FITTING[String(q[q.length - 1])]!;
      put(get(data, q.slice(0, -1)), q[q.length - 1]!, structuredClone(pool[o.pick % pool.length]));
    } else if (o.op === 'set') put(parent, key, o.value);
    else if (o.op === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else if (parent && typeof parent === 'object') delete (parent as Record<string, unknown>)[key];
    } else if (o.op === 'rename') {
      if (parent && typeof parent === 'object' && !Array.isArray(parent)) {
        const v = (parent as Record<string, unknown>)[key];
        delete (parent as Record<string, unknown>)[key];
        put(parent, o.name, v);
      }
    } else if (o.op === 'add') {
      const target = get(data, p);
      if (Array.isArray(target)) target.push(o.value);
      else put(target, o.name, o.value);
    } else if (o.op === 'nest') {
      let v = get(data, p);
      for (let i = 0; i < o.depth; i++) v = i % 2 === 0 ? [v] : { k: v };
      put(parent, key, v);
    } else {
      const to = paths[o.to % paths.length]!;
      put(get(data, to.slice(0, -1)), to[to.length - 1]!, structuredClone(get(data, p)));
    }
  }
  // JSON is YAML, and much quicker to write; the text mutations cover YAML's own syntax.
  return JSON.stringify(data, null, 1) ?? '';
}

function mutateText(seed: string, ops: readonly TextOp[]): string {
  let text = seed;
  for (const o of ops) {
    const at = o.at % (text.length + 1);
    if (o.op === 'insert') text = text.slice(0, at) + o.text + text.slice(at);
    else if (o.op === 'cut') text = text.slice(0, at) + text.slice(at + o.length);
    else {
      const lines = text.split('\n');
      const from = o.at % lines.length;
      lines.splice(o.to % (lines.length + 1), 0, lines[from]!);
      text = lines.join('\n');
    }
  }
  return text;
}

/** One piece of YAML: an indicator, an indentation, an escape, a line break, a scalar of any kind. */
const piece = fc.oneof(
  fc.constantFrom(
    ...['{', '}', '[', ']', ',', ', ', ': ', ':', '- ', '-', '? ', '#', ' #c', '|', '>', '|-', '>-'],
    ...['>+', '|2', '"', "'", '\\', '\\n', '\\"', "''", '\\x41', '\\u00e9', '\\U0001F600', '\\ '],
    ...['\\_', '\\N', '\n', '\n ', '\n  ', '\n   ', '\n    ', '\n      ', '\n\n', '\n  \n', '\n- '],
    ...['\n  - ', '\n    - ', '\n  - - ', '\n  a: ', '\n    b: ', '\n  c:', '\nd: ', '\ne:\n  ', '  ', ' '],
    ...['\t', '\r\n', '\r', '---', '--- ', '---\n', '...', '...\n', '~', '= ', '<<', 'null', 'Null'],
    ...['true', 'True', 'FALSE', 'no', 'off', '0', '-0', '+1', '012', '0o17', '0x1F', '1.5', '1.', '.5'],
    ...['1e3', '1E-3', '-.inf', '.nan', '.NaN', '1_0', '0b1', '1:30', '2024-01-01', 'a b', 'key'],
    ...['http://h/p?q=1&r=2', 'a#b', 'a :b', '"a\\tb"', "'x''y'", '__proto__', '${{ x }}', '%', '@'],
    ...['`', '&a ', '*a', '!t ', '!!str ', 'é', '\u2028', '\u0085', '\u00a0', '\ufeff'],
  ),
  fc.stringMatching(/^[a-z0-9]{1,5}$/),
);
/**
 * Texts made of YAML's pieces at random, for the comparison of the two readings: they find what
 * mutated configs do not (a list item less indented than the first, a block scalar's last blank
 * lines, a lone carriage return, a document marker with a key on its line).
 */
export const yamlSoup: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(
      ...['a: ', 'a:\n  ', 'a:\n  - ', 'a: {', 'a: [', 'a: "', "a: '", 'a: |\n  ', 'a: >\n  '],
      ...['k:\n  x: ', '- a: ', 'a:\n- ', ''],
    ),
    fc.array(piece, { minLength: 1, maxLength: 50 }),
  )
  .map(([start, pieces]) => start + pieces.join(''));

export interface CaseResult {
  /** How far it got: config error at parse, config error at plan, or planned every profile. */
  outcome: 'parse-error' | 'plan-error' | 'planned';
  ms: number;
}

const PLAN = {
  env: { TOKEN: 'tok-123456', HOME: '/home/x' },
  inputs: { x: '1; touch pwned', 'target-url': 'http://127.0.0.1:9', count: '4', level: 'debug' },
};

/**
 * Reads a config's text quickly (config/plainYaml.ts) and, when it reads it, in full
 * (config/yaml.ts): the data, or undefined when the quick reading declined. Throws when the two
 * disagree — the full reading refuses the text, or gives other data (compared as Node compares
 * data: prototypes, -0, NaN; the test runner's own equality reads a key named "constructor" as
 * the object's class).
 */
export function compareReadings(text: string): unknown {
  const quick = readPlainYaml(text);
  if (quick === undefined) return undefined;
  const full = parseBoundedYaml(text);
  if (full.problems.length > 0)
    throw new Error(
      `the quick reading read what the full reading refuses (${full.problems[0]!.message}):\n${text}`,
    );
  const data = yamlToData(full.doc);
  if (!isDeepStrictEqual(quick, data))
    throw new Error(
      `the two readings differ on:\n${text}\nquick: ${inspect(quick, { depth: 8 })}\nfull: ${inspect(data, { depth: 8 })}`,
    );
  return quick;
}

/** Runs one case; throws whatever is not a user error (a crash), or a disagreement of the readings. */
export function runCase(text: string): CaseResult {
  const started = performance.now();
  compareReadings(text);
  let outcome: CaseResult['outcome'] = 'planned';
  try {
    const loaded = parseConfig('fuzz.yml', text);
    try {
      checkEveryProfile(loaded);
    } catch (err) {
      if (!isUserError(err)) throw err;
      outcome = 'plan-error';
    }
    for (const profile of Object.keys(loaded.config.profiles).slice(0, 4)) {
      try {
        planGate(loaded, profile, PLAN);
      } catch (err) {
        if (!isUserError(err)) throw err;
        outcome = 'plan-error';
      }
    }
  } catch (err) {
    if (!isUserError(err)) throw err;
    outcome = 'parse-error';
  }
  return { outcome, ms: performance.now() - started };
}
