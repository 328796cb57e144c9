// `npm run bench:diff`: the four diff checks on a large change, with the default config.
//
// Builds throwaway repositories whose head changes source text, npm lock files, Express route
// files and SQL migrations over their base, then runs the built CLI (a private copy of dist/) with
// secrets, dependencies, migrations and routes — every check at its defaults (timeout included) —
// and pairs each run with `git diff base head` on the same repository, its output read and
// dropped: the physical reference, one read of the change. Two shapes:
//
//   large    ≈222 MB of diff: mostly source, with 4 lock files of 6,000 packages, 60 route files
//            (12,000 routes) and 200 migrations. Goals: gate ÷ git diff ≤ 1.5, peak RSS ≤ 256 MB.
//   routes   ≈8 MB of diff: 6,000 routes, one 6,000-package lock file and 50 migrations.
//            Goal: gate wall ≤ 3 s.
//
// The head is the commit checked out, as in a promotion or a push (on a pull request the checkout
// is a merge commit, and the route search reads the head's blobs instead of its files).
// In both, every check must conclude (none may time out or fail to run). Gate times are the
// process's wall time, as a user waits for it; report.durationMs and each check's duration are
// printed too, so the check that dominates shows.
//
//   npm run bench:diff                          both shapes, 3 rounds
//   npm run bench:diff -- --shape routes --runs 5
//   npm run bench:diff -- --shape large --mb 400 --keep
//
// It reports, it does not assert: exit 0 on a MISS; exit 1 when the gate could not run, a check
// did not conclude, or a planted secret was missed.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { median, privateDist, runNode, secs, tail, verdict } from './lib.mjs';

const FILE_BYTES = 512 * 1024;

const SHAPES = {
  large: { mb: 222, lockfiles: 4, packages: 6000, routeFiles: 60, routesPerFile: 200, migrations: 200 },
  routes: { mb: 8, lockfiles: 1, packages: 6000, routeFiles: 30, routesPerFile: 200, migrations: 50 },
};
const GOALS = {
  large: { ratio: 1.5, rssMb: 256 },
  routes: { wallMs: 3000 },
};

const { values: args } = parseArgs({
  options: {
    shape: { type: 'string', default: 'both' },
    mb: { type: 'string' },
    runs: { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log('usage: npm run bench:diff -- [--shape large|routes|both] [--mb MB] [--runs N] [--keep]');
  process.exit(0);
}
const shapes = args.shape === 'both' ? ['routes', 'large'] : [args.shape];
if (shapes.some((s) => !Object.hasOwn(SHAPES, s))) {
  console.error(`--shape expects large, routes or both, got "${args.shape}"`);
  process.exit(2);
}
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1 || runs > 20) {
  console.error(`--runs expects 1–20, got "${args.runs}"`);
  process.exit(2);
}

const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  // Nothing of a GitHub runner: the range is the one given.
  GITHUB_EVENT_NAME: '',
  GITHUB_EVENT_PATH: '',
  GITHUB_ACTIONS: '',
};
const git = (cwd, ...a) =>
  execFileSync('git', a, { cwd, env: gitEnv, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).trim();

/** Deterministic pseudo-random numbers, so every run builds the same repository. */
function random(seed) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

const WORDS = ['value', 'count', 'user', 'order', 'item', 'result', 'config', 'handler', 'request', 'cache'];

/** Text that looks like code: varied identifiers, strings, numbers. */
function makeSource(seed, bytes) {
  const rnd = random(seed);
  const w = () => WORDS[Math.floor(rnd() * WORDS.length)];
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
    else if (r < 0.62) line = `  const ${w()}Token = options.${w()}Token ?? env.lookup("${w()}");`;
    else if (r < 0.8)
      line = `  ${w()}.${w()} = { ${w()}: ${Math.floor(rnd() * 1e6)}, ${w()}: "${w()}", at: ${Math.floor(rnd() * 1e9)} };`;
    else line = `  await this.${w()}.${w()}(${w()}, { timeout: ${Math.floor(rnd() * 9000)} });`;
    lines.push(line);
    size += line.length + 1;
  }
  return `${lines.join('\n')}\n`;
}

/** A token-shaped value, built at run time (no literal credential in this file). */
function planted(i) {
  const a = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  let s = '';
  let x = i + 1;
  for (let k = 0; k < 36; k++) {
    x = (x * 1103515245 + 12345) >>> 0;
    s += a[(x >>> 16) % a.length];
  }
  return `  const gh = "${['gh', 'p'].join('')}_${s}";`;
}

/** An npm lock file (v3) of `n` packages; `bump` changes some versions, `extra` adds packages. */
function lockfile(n, { bump = 0, extra = 0, seed = 1 } = {}) {
  const rnd = random(seed);
  const packages = { '': { name: 'app', version: '1.0.0', dependencies: {} } };
  for (let i = 0; i < n + extra; i++) {
    const name = `pkg-${i}`;
    const minor = i < n && rnd() < bump ? 2 : 1;
    const version = `1.${minor}.${i % 10}`;
    if (i % 20 === 0) packages[''].dependencies[name] = `^${version}`;
    packages[`node_modules/${name}`] = {
      version,
      resolved: `https://registry.npmjs.org/${name}/-/${name}-${version}.tgz`,
      integrity: `sha512-${createHash('sha512').update(`${name}@${version}`).digest('base64')}`,
      license: 'MIT',
    };
  }
  return `${JSON.stringify({ name: 'app', version: '1.0.0', lockfileVersion: 3, requires: true, packages }, null, 2)}\n`;
}

/** An Express route file of `n` routes; `variant` renames some and adds a few at head. */
function routeFile(k, n, variant) {
  const verbs = ['get', 'post', 'put', 'delete'];
  const lines = [`import { Router } from 'express';`, `export const router = Router();`];
  for (let i = 0; i < n; i++) {
    const renamed = variant && i % 25 === 0;
    lines.push(
      `router.${verbs[i % 4]}('/api/v1/area${k}/${renamed ? 'things' : 'items'}${i}/:id', handle${i % 7});`,
    );
  }
  if (variant)
    for (let i = 0; i < n / 50; i++) lines.push(`router.get('/api/v2/area${k}/new${i}', handleNew);`);
  return `${lines.join('\n')}\n`;
}

function migration(i) {
  return [
    `-- migration ${i}`,
    `CREATE TABLE audit_${i} (id bigserial PRIMARY KEY, actor text NOT NULL, at timestamptz NOT NULL DEFAULT now());`,
    `ALTER TABLE orders ADD COLUMN note_${i} text;`,
    `CREATE INDEX CONCURRENTLY audit_${i}_at ON audit_${i} (at);`,
    '',
  ].join('\n');
}

async function put(dir, rel, text) {
  await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
  await writeFile(path.join(dir, rel), text);
}

async function buildRepo(dir, shape) {
  const files = Math.ceil((shape.mb * 1024 * 1024) / FILE_BYTES);
  await put(dir, 'README.md', '# bench\n');
  // A tenth of the source exists at base and is rewritten at head (modified, not only added).
  for (let i = 0; i < files / 10; i++) await put(dir, `src/mod${i}.ts`, makeSource(1000 + i, FILE_BYTES / 4));
  for (let l = 0; l < shape.lockfiles; l++)
    await put(dir, `apps/app${l}/package-lock.json`, lockfile(shape.packages, { seed: l + 1 }));
  for (let k = 0; k < shape.routeFiles; k++)
    await put(dir, `src/routes/area${k}.ts`, routeFile(k, shape.routesPerFile, false));
  await put(dir, 'db/migrations/0000_init.sql', 'CREATE TABLE orders (id bigserial PRIMARY KEY);\n');
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
    await put(dir, `src/mod${i}.ts`, text);
  }
  for (let l = 0; l < shape.lockfiles; l++)
    await put(
      dir,
      `apps/app${l}/package-lock.json`,
      lockfile(shape.packages, { bump: 0.1, extra: shape.packages / 50, seed: l + 1 }),
    );
  for (let k = 0; k < shape.routeFiles; k++)
    await put(dir, `src/routes/area${k}.ts`, routeFile(k, shape.routesPerFile, true));
  for (let m = 1; m <= shape.migrations; m++)
    await put(dir, `db/migrations/${String(m).padStart(4, '0')}_change.sql`, migration(m));
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'head');
  return { base, head: git(dir, 'rev-parse', 'HEAD'), files, secrets };
}

const CONFIG = `# written by bench/diff.mjs: the four diff checks at their defaults
version: 1
profiles:
  bench: { checks: [secrets, dependencies, migrations, routes] }
checks:
  secrets: { type: secrets }
  dependencies: { type: dependencies }
  migrations: { type: migrations }
  routes: { type: routes, presets: [express] }
`;

/** `git diff base head`, its output read and dropped: one read of the change. */
function timeGitDiff(dir, base, head) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let bytes = 0;
    const child = spawn('git', ['diff', base, head], {
      cwd: dir,
      env: gitEnv,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout.on('data', (c) => (bytes += c.length));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve({ ms: performance.now() - started, bytes })
        : reject(new Error(`git diff exit ${code}`)),
    );
  });
}

const tmp = await mkdtemp(path.join(os.tmpdir(), 'pg-bench-diff-'));
let failed = false;
try {
  const { cli } = privateDist(tmp);
  for (const name of shapes) {
    const shape = { ...SHAPES[name], ...(name === 'large' && args.mb ? { mb: Number(args.mb) } : {}) };
    const dir = path.join(tmp, name);
    await mkdir(dir);
    const t0 = performance.now();
    const repo = await buildRepo(dir, shape);
    await writeFile(path.join(dir, 'bench.yml'), CONFIG);
    console.log(
      `\n${name}: ${repo.files} source files, ${shape.lockfiles} lock file(s) of ${shape.packages} packages, ${shape.routeFiles * shape.routesPerFile} routes, ${shape.migrations} migrations, ${repo.secrets} planted secrets; built in ${secs(performance.now() - t0)}`,
    );
    await timeGitDiff(dir, repo.base, repo.head); // warms the page cache
    const rows = [];
    for (let i = 1; i <= runs; i++) {
      const diff = await timeGitDiff(dir, repo.base, repo.head);
      const rssFile = path.join(tmp, `rss-${name}-${i}`);
      const out = path.join(dir, '.pg-out');
      const gate = await runNode(
        [
          cli,
          'gate',
          '--profile',
          'bench',
          '--config',
          'bench.yml',
          '--base',
          repo.base,
          '--head',
          repo.head,
          '--out',
          out,
          '--fail-on',
          'never',
        ],
        { cwd: dir, env: gitEnv, rssFile },
      );
      const report = JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8').catch(() => 'null'));
      await rm(out, { recursive: true, force: true });
      if (!report?.checks?.length) {
        console.error(`${name}, run ${i}: the gate failed to run (exit ${gate.code}):\n${tail(gate)}`);
        failed = true;
        break;
      }
      const checks = Object.fromEntries(report.checks.map((c) => [c.id, c]));
      const unconcluded = report.checks.filter((c) => c.status === 'error' || c.status === 'skipped');
      for (const c of unconcluded) console.error(`  ✖ ${c.id} did not conclude: ${c.summary}`);
      if (unconcluded.length) failed = true;
      const found = (checks.secrets?.findings ?? []).filter((f) => f.level === 'failure').length;
      if (checks.secrets?.status !== 'error' && found < repo.secrets) {
        console.error(`  ✖ secrets found ${found} of ${repo.secrets} planted secrets`);
        failed = true;
      }
      rows.push({
        diff: diff.ms,
        gate: gate.ms,
        inner: report.durationMs,
        rss: gate.rssMb ?? NaN,
        mb: diff.bytes / 2 ** 20,
        checks,
      });
      console.log(
        `run ${i}: git diff ${secs(diff.ms)} (${(diff.bytes / 2 ** 20).toFixed(0)} MB) · gate ${secs(gate.ms)} (report ${secs(report.durationMs)}, CPU ${secs(gate.cpuMs ?? NaN)}) · gate ÷ git diff ${(gate.ms / diff.ms).toFixed(2)} · peak RSS ${(gate.rssMb ?? NaN).toFixed(0)} MB`,
      );
      console.log(
        `       ${report.checks.map((c) => `${c.id} ${c.status} ${secs(c.durationMs)}`).join(' · ')}`,
      );
    }
    if (rows.length === 0) continue;
    const m = (f) => median(rows.map(f));
    const ids = Object.keys(rows[0].checks);
    console.log(
      `\n${name}, median of ${rows.length}: diff ${m((r) => r.mb).toFixed(0)} MB, git diff ${secs(m((r) => r.diff))}, gate ${secs(m((r) => r.gate))} (report ${secs(m((r) => r.inner))})`,
    );
    console.log(
      `  checks: ${ids.map((id) => `${id} ${secs(m((r) => r.checks[id]?.durationMs ?? NaN))}`).join(' · ')}`,
    );
    const goals = GOALS[name];
    if (goals.ratio)
      verdict(
        `  ${name}: gate ÷ git diff`,
        m((r) => r.gate / r.diff),
        goals.ratio,
      );
    if (goals.rssMb)
      verdict(`  ${name}: peak RSS (MB, worst run)`, Math.max(...rows.map((r) => r.rss)), goals.rssMb);
    if (goals.wallMs) verdict(`  ${name}: gate wall (s)`, m((r) => r.gate) / 1000, goals.wallMs / 1000);
  }
} finally {
  if (args.keep) console.log(`kept ${tmp}`);
  else await rm(tmp, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
