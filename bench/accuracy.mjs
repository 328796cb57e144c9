// `npm run bench:accuracy`: how well the diff checks find planted risks and leave decoys alone.
//
// Every case of bench/corpus/<type>.mjs (secrets, migrations, dependencies, routes) becomes a real
// repository — a base commit and a head commit — and the built CLI (dist/cli/index.js) runs a gate
// of that one check over base..head. Findings are scored as bench/corpus/score.mjs says; it prints,
// per category, recall (planted findings reported at their file and line) and precision (reported
// findings that were planted), and lists every miss and every false alarm.
//
//   npm run bench:accuracy                       every category
//   npm run bench:accuracy -- --only secrets     one category
//
// It reports, it does not assert: exit 0 whatever the figures; exit 1 when a gate could not run.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { scoreFindings } from './corpus/score.mjs';

const run = promisify(execFile);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(repoRoot, 'dist', 'cli', 'index.js');
const CATEGORIES = ['secrets', 'migrations', 'dependencies', 'routes'];

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    jobs: { type: 'string', default: String(Math.max(1, os.availableParallelism())) },
    help: { type: 'boolean', default: false },
  },
});
if (args.help) {
  console.log('usage: npm run bench:accuracy -- [--only secrets|migrations|dependencies|routes] [--jobs N]');
  process.exit(0);
}
if (!existsSync(cli)) {
  console.error(`${cli} is missing: run npm run build first`);
  process.exit(1);
}

const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
};
const git = (cwd, ...a) => execFileSync('git', a, { cwd, env: gitEnv, encoding: 'utf8' }).trim();

async function put(dir, files) {
  for (const [rel, content] of Object.entries(files ?? {})) {
    const abs = path.join(dir, rel);
    if (content === null) await rm(abs, { force: true });
    else {
      await mkdir(path.dirname(abs), { recursive: true });
      await writeFile(abs, content);
    }
  }
}

/** Runs one case through the built CLI; returns the check's result from report.json. */
async function runCase(root, type, c, index) {
  const dir = path.join(root, `${type}-${index}`);
  const repo = path.join(dir, 'repo');
  await mkdir(repo, { recursive: true });
  await put(repo, c.base);
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '--allow-empty', '-m', 'base');
  const base = git(repo, 'rev-parse', 'HEAD');
  await put(repo, c.head);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '--allow-empty', '-m', 'head');
  const config = path.join(dir, 'promotion-gate.yml');
  // JSON is YAML: the spec goes in as it is.
  await writeFile(
    config,
    `version: 1\nchecks:\n  scan: ${JSON.stringify({ type, ...(c.spec ?? {}) })}\nprofiles:\n  bench: { checks: [scan] }\n`,
  );
  const out = path.join(dir, 'out');
  try {
    await run(
      process.execPath,
      [
        cli,
        'gate',
        '-p',
        'bench',
        '-c',
        config,
        '-o',
        out,
        '--base',
        base,
        '--head',
        'HEAD',
        '--history',
        'off',
      ],
      {
        cwd: repo,
        env: { ...process.env, GITHUB_ACTIONS: '', GITHUB_EVENT_NAME: '', GITHUB_EVENT_PATH: '' },
      },
    );
  } catch (err) {
    // Exit 1 is a hold: the report is there. Anything else is a gate that could not run.
    if (err.code !== 1) throw new Error(`${type}/${c.id}: gate exited ${err.code}: ${err.stderr}`);
  }
  const report = JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8'));
  return report.checks[0];
}

async function pool(items, jobs, fn) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(jobs, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await fn(items[i], i);
      }
    }),
  );
  return results;
}

const pct = (n, d) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`);
const root = await mkdtemp(path.join(os.tmpdir(), 'pg-accuracy-'));
let failed = false;
const rows = [];
try {
  for (const type of args.only ? [args.only] : CATEGORIES) {
    const file = path.join(repoRoot, 'bench', 'corpus', `${type}.mjs`);
    if (!existsSync(file)) {
      console.log(`${type}: no corpus (bench/corpus/${type}.mjs)`);
      continue;
    }
    const { cases } = await import(pathToFileURL(file).href);
    const started = performance.now();
    const results = await pool(cases, Number(args.jobs), (c, i) => runCase(root, type, c, i));
    let tp = 0;
    let fn = 0;
    let fp = 0;
    let errors = 0;
    const notes = [];
    cases.forEach((c, i) => {
      const check = results[i];
      if (check.status === 'error') {
        errors++;
        notes.push(`  could not run  ${c.id}: ${check.summary}`);
      }
      const s = scoreFindings(c, check.findings ?? []);
      tp += s.truePositives;
      fn += s.falseNegatives.length;
      fp += s.falsePositives.length;
      for (const e of s.falseNegatives)
        notes.push(`  missed         ${c.id}: ${e.file}:${e.line ?? '*'}${c.note ? ` (${c.note})` : ''}`);
      for (const f of s.falsePositives)
        notes.push(`  false alarm    ${c.id}: ${f.file ?? '-'}:${f.line ?? '-'} ${f.message}`);
    });
    const planted = cases.filter((c) => c.planted).length;
    rows.push({
      category: type,
      cases: cases.length,
      planted,
      decoys: cases.length - planted,
      found: `${tp}/${tp + fn}`,
      recall: pct(tp, tp + fn),
      precision: pct(tp, tp + fp),
      'false alarms': fp,
      errors,
      seconds: ((performance.now() - started) / 1000).toFixed(1),
    });
    if (errors) failed = true;
    console.log(
      `${type}: ${cases.length} case(s), recall ${pct(tp, tp + fn)}, precision ${pct(tp, tp + fp)}`,
    );
    for (const n of notes) console.log(n);
  }
  console.log('');
  console.table(rows);
} finally {
  await rm(root, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
