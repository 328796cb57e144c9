// `npm run bench:reports`: a large JUnit report read by a command check, at its defaults.
//
// Writes a JUnit report of about 64 MB (200,000 test cases in 200 suites, each passing case with
// a few lines of captured output, one case in a hundred failing with a stack naming its file) and
// a config whose one check runs `true` and reads it, then runs the built CLI (a private copy of
// dist/) on it, paired in each round with the physical reference: a process that reads the same
// file and counts its `<testcase` tags, the least any reader of it does. Prints the gate's wall
// time, the check's own time, how fast the check reads the report and the gate's peak memory
// beside the report's size.
//
//   npm run bench:reports                      64 MB, 5 rounds
//   npm run bench:reports -- --mb 250 --runs 3
//
// It reports, it does not assert: exit 1 only when the gate could not run or read the report.
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { median, privateDist, runNode, secs, tail } from './lib.mjs';

const { values: args } = parseArgs({
  options: {
    mb: { type: 'string', default: '64' },
    runs: { type: 'string', default: '5' },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log('usage: npm run bench:reports -- [--mb MB] [--runs N] [--keep]');
  process.exit(0);
}
const mb = Number(args.mb);
const runs = Number(args.runs);
if (!Number.isFinite(mb) || mb < 1 || mb > 256 || !Number.isInteger(runs) || runs < 1 || runs > 50) {
  console.error('--mb expects 1–256 (a command reads reports up to 256 MiB) and --runs 1–50');
  process.exit(2);
}

/** Writes the report, a suite at a time, until it holds `bytes`; returns its cases and failures. */
async function writeReport(file, bytes) {
  const out = createWriteStream(file);
  const write = (s) => new Promise((resolve) => (out.write(s) ? resolve() : out.once('drain', resolve)));
  let written = 0;
  let tests = 0;
  let failures = 0;
  await write('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="bench">\n');
  for (let s = 0; written < bytes; s++) {
    const cases = [];
    for (let c = 0; c < 1000; c++) {
      tests++;
      if (c % 100 === 42) {
        failures++;
        cases.push(
          `<testcase classname="pkg.module${s}.Suite" name="case ${c} keeps its promise" time="0.012"><failure message="expected ${c} to equal ${c + 1}">AssertionError: expected ${c} to equal ${c + 1}\n    at Context.&lt;anonymous&gt; (src/module${s}/suite.test.ts:${c + 1}:15)\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)</failure></testcase>`,
        );
      } else
        cases.push(
          `<testcase classname="pkg.module${s}.Suite" name="case ${c} keeps its promise" time="0.003"><system-out>setting up fixture ${c}\nrequest 200 in 3 ms\ntearing down fixture ${c}\n</system-out></testcase>`,
        );
    }
    const suite = `<testsuite name="module${s}" tests="1000">\n${cases.join('\n')}\n</testsuite>\n`;
    written += Buffer.byteLength(suite);
    await write(suite);
  }
  await write('</testsuites>\n');
  await new Promise((resolve) => out.end(resolve));
  return { tests, failures };
}

/** The reference: read the file whole and count its test cases, the least a reader does. */
const REFERENCE = `const b = require('fs').readFileSync(process.argv[1]); let n = 0;
for (let at = b.indexOf('<testcase'); at !== -1; at = b.indexOf('<testcase', at + 9)) n++;
console.log(n);`;

const CONFIG = `# written by bench/reports.mjs
version: 1
profiles:
  bench: { checks: [tests] }
checks:
  tests: { type: command, run: 'true', junit: reports/junit.xml }
`;

const tmp = await mkdtemp(path.join(os.tmpdir(), 'pg-bench-reports-'));
let failed = false;
try {
  const { cli } = privateDist(tmp);
  const ws = path.join(tmp, 'ws');
  await mkdir(path.join(ws, 'reports'), { recursive: true });
  const report = path.join(ws, 'reports', 'junit.xml');
  const { tests, failures } = await writeReport(report, mb * 1024 * 1024);
  const { size } = await stat(report);
  await writeFile(path.join(ws, 'bench.yml'), CONFIG);
  const env = { ...process.env, GITHUB_ACTIONS: '', GITHUB_EVENT_PATH: '' };
  console.log(
    `bench: a JUnit report of ${(size / 2 ** 20).toFixed(0)} MiB (${tests} test cases, ${failures} failing) read by a command check; ${runs} round(s)\n`,
  );
  const rows = [];
  for (let round = 1; round <= runs && !failed; round++) {
    const ref = await runNode(['-e', REFERENCE, report], { cwd: ws, env });
    if (ref.code !== 0 || Number(ref.stdout) !== tests) {
      console.error(`the reference could not read the report:\n${tail(ref)}`);
      failed = true;
      break;
    }
    const out = path.join(tmp, `out-${round}`);
    const gate = await runNode(
      [cli, 'gate', '--config', 'bench.yml', '--profile', 'bench', '--history', 'off', '--out', out],
      { cwd: ws, env, rssFile: path.join(tmp, `usage-${round}.json`) },
    );
    const result = JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8').catch(() => 'null'));
    const check = result?.checks?.[0];
    if (!check || check.status === 'error' || check.metrics?.tests !== tests) {
      console.error(
        `round ${round}: the gate did not read the report (exit ${gate.code}): ${check ? `${check.status}: ${check.summary}` : tail(gate)}`,
      );
      failed = true;
      break;
    }
    rows.push({ ref: ref.ms, gate: gate.ms, check: check.durationMs, rss: gate.rssMb ?? NaN });
    console.log(
      `round ${round}: reference ${secs(ref.ms)} · gate ${secs(gate.ms)} (the check ${secs(check.durationMs)}) · peak RSS ${(gate.rssMb ?? NaN).toFixed(0)} MB`,
    );
  }
  if (!failed) {
    const m = (f) => median(rows.map(f));
    const mib = size / 2 ** 20;
    console.log('');
    console.log(`reference: read and count       ${secs(m((r) => r.ref))}`);
    console.log(
      `gate                            ${secs(m((r) => r.gate))} (÷ reference ${(m((r) => r.gate) / m((r) => r.ref)).toFixed(2)})`,
    );
    console.log(`the check reads the report at   ${(mib / (m((r) => r.check) / 1000)).toFixed(0)} MiB/s`);
    console.log(
      `peak RSS of the gate            ${m((r) => r.rss).toFixed(0)} MB (${(m((r) => r.rss) / (size / 1e6)).toFixed(2)} × the report)`,
    );
  }
} finally {
  if (args.keep) console.log(`kept ${tmp}`);
  else await rm(tmp, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
