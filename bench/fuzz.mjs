// `npm run bench:fuzz`: the config fuzz at length.
//
// Runs many more mutated configs than the test suite does (__tests__/config/fuzz.test.ts) through
// the config reader and planner — parseConfig, the checks of `validate`, and planGate of each
// profile — with a fresh random seed each time. The cases are TypeScript modules, so the run is a
// vitest file (bench/fuzz.test.ts, with bench/vitest.config.ts); this script starts it and prints:
// cases run, how they ended, crashes (errors that are neither ConfigError nor UsageError: the CLI
// would exit 3), hangs (a case over 10 s), the slowest case and the peak RSS. Then ten texts of
// YAML's pieces per case (__tests__/config/plain-yaml.test.ts runs a few thousand), each read by
// the quick and the full reading of a config: the two must give the same data, or the quick one
// decline.
//
//   npm run bench:fuzz                       20,000 cases, a random seed
//   npm run bench:fuzz -- --cases 100000
//   npm run bench:fuzz -- --seed 42          repeat a run
//
// Exit 1 when a case crashed or hung, or the readings disagreed; the first few such cases are
// printed, and all figures are kept in a JSON file whose path is printed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const usage = `usage: npm run bench:fuzz -- [--cases N] [--seed S]

  --cases N  mutated configs to run (default 20000)
  --seed S   fast-check seed (default: random); the same seed runs the same cases`;

const { values } = parseArgs({
  options: { cases: { type: 'string' }, seed: { type: 'string' }, help: { type: 'boolean' } },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const cases = Number(values.cases ?? 20_000);
const seed = Number(values.seed ?? Math.floor(Math.random() * 2 ** 31));
if (!Number.isInteger(cases) || cases < 1 || !Number.isInteger(seed)) {
  console.error(usage);
  process.exit(2);
}

const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'pg-fuzz-')), 'figures.json');
const started = performance.now();
const vitest = spawnSync(
  process.execPath,
  [path.join(repoRoot, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'bench/vitest.config.ts'],
  {
    cwd: repoRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, FUZZ_CASES: String(cases), FUZZ_SEED: String(seed), FUZZ_OUT: out },
  },
);
const wallS = (performance.now() - started) / 1000;

let f;
try {
  f = JSON.parse(readFileSync(out, 'utf8'));
} catch {
  console.error(`the fuzz run wrote no figures (vitest exit ${vitest.status ?? vitest.signal})`);
  process.exit(1);
}
const mib = (b) => `${(b / 1024 / 1024).toFixed(0)} MiB`;
console.log(`
config fuzz, seed ${f.seed}
  cases run        ${f.cases}  (${(f.cases / wallS).toFixed(0)}/s over ${wallS.toFixed(1)} s, vitest start included)
  ended            ${f.outcomes['parse-error']} config errors when read, ${f.outcomes['plan-error']} when planned, ${f.outcomes.planned} planned
  crashes          ${f.crashes}  (errors other than ConfigError/UsageError: exit 3)
  hangs > 10 s     ${f.hangs}
  YAML pieces      ${f.soup.texts} texts, ${f.soup.readQuickly} read quickly; the two readings disagreed on ${f.soup.disagreements}
  slowest case     ${f.maxCaseMs.toFixed(0)} ms
  peak RSS         ${mib(f.peakRssBytes)}
  figures          ${out}`);
for (const e of f.examples) {
  console.log(
    `\n--- ${e.kind}${e.ms ? ` (${e.ms.toFixed(0)} ms)` : ''} ---\n${e.error ?? ''}\n--- config ---\n${e.text}`,
  );
}
process.exit(f.crashes > 0 || f.hangs > 0 || f.soup.disagreements > 0 ? 1 : 0);
