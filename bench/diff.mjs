// `npm run bench:diff`: how fast the diff checks read a large change, and how much memory they use.
//
// Builds a throwaway repository whose head adds (and changes) about 200 MB of source text over
// its base, with a few secrets planted, then compares:
//   - `git diff` alone: the same command the checks stream (-U0 -M …), its output read and dropped;
//   - the scan: the `secrets` check of the built CLI (dist/cli/index.js) over the same range —
//     its own duration from report.json, and the gate's wall time around it;
//   - the peak RSS of the gate process (read by a preload module at exit).
// Targets: scan ≤ 2 × git diff; peak RSS ≤ 256 MB. It reports, it does not assert: exit 0 on a
// MISS; exit 1 when the gate could not run or missed a planted secret.
//
//   npm run bench:diff                     ≈200 MB, 3 runs
//   npm run bench:diff -- --mb 400 --runs 5 --keep
import { spawn, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const builtCli = path.join(repoRoot, 'dist', 'cli');
const TARGET_RATIO = 2;
const TARGET_RSS_MB = 256;
const FILE_BYTES = 512 * 1024;

const { values: args } = parseArgs({
  options: {
    mb: { type: 'string', default: '200' },
    runs: { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (args.help) {
  console.log('usage: npm run bench:diff -- [--mb MB] [--runs N] [--keep]');
  process.exit(0);
}
if (!existsSync(path.join(builtCli, 'index.js'))) {
  console.error(`${builtCli}/index.js is missing: run npm run build first`);
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
const git = (cwd, ...a) =>
  execFileSync('git', a, { cwd, env: gitEnv, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).trim();

/** Deterministic pseudo-random text that looks like code: varied identifiers, strings, numbers. */
function makeSource(seed, bytes) {
  let x = seed >>> 0 || 1;
  const rnd = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
  const words = [
    'value',
    'count',
    'user',
    'order',
    'item',
    'result',
    'config',
    'handler',
    'request',
    'cache',
    'index',
    'page',
    'query',
    'state',
    'payload',
  ];
  const w = () => words[Math.floor(rnd() * words.length)];
  const lines = [];
  let size = 0;
  while (size < bytes) {
    const r = rnd();
    let line;
    if (r < 0.3)
      line = `  const ${w()}${Math.floor(rnd() * 1000)} = compute${w()}(${w()}, ${Math.floor(rnd() * 99999)}, "${w()} ${w()}");`;
    else if (r < 0.5)
      line = `  if (${w()}.${w()} > ${Math.floor(rnd() * 500)}) return ${w()}.map((x) => x.${w()});`;
    else if (r < 0.6) line = `  // ${w()} ${w()} ${w()}: keep the ${w()} before the ${w()} is read`;
    else if (r < 0.62) line = `  const ${w()}Token = options.${w()}Token ?? env.get("${w()}");`;
    else if (r < 0.63) line = `  password_hint: "${w()}-${w()}",`;
    else if (r < 0.8)
      line = `  ${w()}.${w()} = { ${w()}: ${Math.floor(rnd() * 1e6)}, ${w()}: "${w()}", at: ${Math.floor(rnd() * 1e9)} };`;
    else line = `  await this.${w()}.${w()}(${w()}, { timeout: ${Math.floor(rnd() * 9000)} });`;
    lines.push(line);
    size += line.length + 1;
  }
  return `${lines.join('\n')}\n`;
}

function planted(i) {
  // Built at run time; no literal secret in this file.
  const tail = (n, seed) => {
    const a = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
    let s = '';
    let x = seed;
    for (let k = 0; k < n; k++) {
      x = (x * 1103515245 + 12345) >>> 0;
      s += a[(x >>> 16) % a.length];
    }
    return s;
  };
  return [
    `  const gh = "ghp_${tail(36, i + 1)}";`,
    `  AWS_KEY = "AKIA${tail(16, i + 7)
      .toUpperCase()
      .replace(/[^A-Z2-7]/g, 'Q')}"`,
  ][i % 2];
}

async function buildRepo(dir, mb) {
  const files = Math.ceil((mb * 1024 * 1024) / FILE_BYTES);
  await writeFile(path.join(dir, 'README.md'), '# bench\n');
  await mkdir(path.join(dir, 'src'), { recursive: true });
  // A tenth of the files exist at base and are rewritten at head (modified, not only added).
  for (let i = 0; i < files / 10; i++)
    await writeFile(path.join(dir, 'src', `mod${i}.ts`), makeSource(1000 + i, FILE_BYTES / 4));
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const base = git(dir, 'rev-parse', 'HEAD');
  let secrets = 0;
  for (let i = 0; i < files; i++) {
    let text = makeSource(i + 1, FILE_BYTES);
    if (i % 40 === 0) {
      text += `${planted(secrets)}\n`;
      secrets++;
    }
    await writeFile(path.join(dir, 'src', `mod${i}.ts`), text);
  }
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'head');
  return { base, head: git(dir, 'rev-parse', 'HEAD'), files, secrets };
}

/** The diff the checks stream, read and dropped. */
function timeGitDiff(dir, base, head) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let bytes = 0;
    const child = spawn(
      'git',
      [
        '-c',
        'core.quotePath=false',
        'diff',
        '-U0',
        '--diff-filter=d',
        '--no-color',
        '--no-ext-diff',
        '--no-textconv',
        '-M',
        '--src-prefix=a/',
        '--dst-prefix=b/',
        base,
        head,
      ],
      { cwd: dir, env: gitEnv, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    child.stdout.on('data', (c) => (bytes += c.length));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve({ ms: performance.now() - started, bytes })
        : reject(new Error(`git diff exit ${code}`)),
    );
  });
}

function runGate(dir, base, head, rssFile) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(
      process.execPath,
      [
        '--import',
        `data:text/javascript,${encodeURIComponent(`import fs from 'node:fs'; process.on('exit', () => { const u = process.resourceUsage(); fs.writeFileSync(${JSON.stringify(rssFile)}, JSON.stringify({ rssKb: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 })); });`)}`,
        cli,
        'gate',
        '--profile',
        'bench',
        '--config',
        'bench.yml',
        '--base',
        base,
        '--head',
        head,
        '--out',
        '.pg-out',
        '--fail-on',
        'never',
      ],
      {
        cwd: dir,
        env: { ...gitEnv, GITHUB_EVENT_NAME: '', GITHUB_EVENT_PATH: '' },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    child.on('close', (code) => resolve({ code, ms: performance.now() - started, stderr }));
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;

const dir = await mkdtemp(path.join(os.tmpdir(), 'pg-bench-diff-'));
// A private copy of the built CLI: a rebuild while the benchmark runs must not pull it away.
const cliDir = path.join(dir, '.cli');
await cp(builtCli, path.join(cliDir, 'cli'), { recursive: true });
await writeFile(path.join(cliDir, 'package.json'), '{ "type": "module" }\n');
const cli = path.join(cliDir, 'cli', 'index.js');
let failed = false;
try {
  const t0 = performance.now();
  const repo = await buildRepo(dir, Number(args.mb));
  console.log(
    `repository: ${repo.files} files, ${repo.secrets} planted secrets, built in ${fmt(performance.now() - t0)} (${dir})`,
  );
  await writeFile(
    path.join(dir, 'bench.yml'),
    'version: 1\ndefaults: { timeout: 10m }\nprofiles:\n  bench: { checks: [secrets] }\nchecks:\n  secrets: { type: secrets }\n',
  );
  await timeGitDiff(dir, repo.base, repo.head); // warm the page cache
  const rows = [];
  for (let i = 0; i < Number(args.runs); i++) {
    const diff = await timeGitDiff(dir, repo.base, repo.head);
    const rssFile = path.join(dir, `rss-${i}`);
    const gate = await runGate(dir, repo.base, repo.head, rssFile);
    const report = JSON.parse(
      await readFile(path.join(dir, '.pg-out', 'report.json'), 'utf8').catch(() => 'null'),
    );
    const check = report?.checks?.find((c) => c.id === 'secrets');
    if (!check || check.status === 'error') {
      console.error(
        `gate run ${i + 1} could not scan (exit ${gate.code}): ${check?.summary ?? gate.stderr.slice(-2000)}`,
      );
      failed = true;
      break;
    }
    const found = check.findings.filter((f) => f.level === 'failure').length;
    if (found !== repo.secrets) {
      console.error(`run ${i + 1}: found ${found} of ${repo.secrets} planted secrets`);
      failed = true;
    }
    const usage = JSON.parse(await readFile(rssFile, 'utf8'));
    const rssMb = usage.rssKb / 1024;
    rows.push({
      diff: diff.ms,
      scan: check.durationMs,
      gate: gate.ms,
      cpu: usage.cpuMs,
      rss: rssMb,
      mb: diff.bytes / 1024 / 1024,
    });
    console.log(
      `run ${i + 1}: diff ${diff.bytes >>> 20} MB · git diff ${fmt(diff.ms)} · scan ${fmt(check.durationMs)} (gate ${fmt(gate.ms)}, CPU ${fmt(usage.cpuMs)}) · ratio ${(check.durationMs / diff.ms).toFixed(2)} · peak RSS ${rssMb.toFixed(0)} MB · ${found} secrets found`,
    );
    await rm(path.join(dir, '.pg-out'), { recursive: true, force: true });
  }
  if (rows.length) {
    const ratio = median(rows.map((r) => r.scan / r.diff));
    const rss = Math.max(...rows.map((r) => r.rss));
    console.log('');
    console.log(`diff size          ${median(rows.map((r) => r.mb)).toFixed(0)} MB`);
    console.log(`git diff alone     ${fmt(median(rows.map((r) => r.diff)))} (median)`);
    console.log(
      `scan (secrets)     ${fmt(median(rows.map((r) => r.scan)))} (median; gate wall ${fmt(median(rows.map((r) => r.gate)))})`,
    );
    console.log(
      `scan / git diff    ${ratio.toFixed(2)}  target ≤ ${TARGET_RATIO}  ${ratio <= TARGET_RATIO ? 'OK' : 'MISS'}`,
    );
    console.log(
      `peak RSS (gate)    ${rss.toFixed(0)} MB  target ≤ ${TARGET_RSS_MB} MB  ${rss <= TARGET_RSS_MB ? 'OK' : 'MISS'}`,
    );
  }
} finally {
  if (args.keep) console.log(`kept ${dir}`);
  else await rm(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
