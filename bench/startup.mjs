// `npm run bench:startup`: how long the built action and CLI take to start, and how big dist/ is.
//
// Under the Node running this script it times, as paired alternating runs (each round runs every
// figure once, in a rotating order, so drift in the machine's load hits all of them alike):
//   - `node -e 0`: the reference, a Node that starts and does nothing;
//   - the action (dist/index.js) on a trivial run: `command: validate` of a one-check config, with
//     the runner's environment (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, RUNNER_TEMP, INPUT_*) and no
//     network (the API URLs point at a closed port);
//   - `dist/cli/index.js --version`.
// Each is printed as a median and as a ratio to `node -e 0` measured in the same run. A stub that
// enables Node's compile cache (see scripts/build.mjs) is timed three ways: warm (a cache from
// earlier runs: local use, a self-hosted runner), cold (an empty cache each run: a fresh hosted
// runner) and off (NODE_DISABLE_COMPILE_CACHE=1). The cache lives under TMPDIR, here a directory of
// the bench. Then it prints the size of each dist/: total and largest files.
//
//   npm run bench:startup                          dist/ of the working tree, 15 rounds
//   npm run bench:startup -- --compare HEAD        …side by side with the dist/ committed at HEAD
//   npm run bench:startup -- --runs 25
//
// Every dist is copied to a temporary directory first: a runner has no node_modules next to the
// action, and an optional require (fdir's picomatch) would find the repository's.
// Last, the goal: the action's trivial run (as a fresh hosted runner starts it: an empty compile
// cache if its stub enables one) within 3.5 × `node -e 0`, MET or MISS for each dist.
// It reports, it does not assert; exit 1 when a run fails.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import module from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The action's start-up goal: a trivial run within this many times `node -e 0`. */
const GOAL = 3.5;
const hasCompileCache = typeof module.enableCompileCache === 'function';

const usage = `usage: npm run bench:startup -- [--compare GIT-REF] [--runs N]

  --compare REF  also measure the dist/ committed at REF (git archive REF dist), side by side
  --runs N       rounds; every figure is run once per round, medians are printed (default 15)`;

/** The q-quantile (0.5: the median), interpolated. */
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  return s[lo] + (s[Math.ceil(at)] - s[lo]) * (at - lo);
};
const median = (xs) => quantile(xs, 0.5);
const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;

/** The runner's side of a step, as far as a validate run can tell: files, GITHUB_*, INPUT_*. */
function runnerWorkspace(tmp) {
  const ws = path.join(tmp, 'workspace');
  const temp = path.join(tmp, 'runner-temp');
  mkdirSync(path.join(ws, '.github'), { recursive: true });
  mkdirSync(temp, { recursive: true });
  writeFileSync(path.join(ws, 'package.json'), '{}\n');
  writeFileSync(
    path.join(ws, '.github', 'promotion-gate.yml'),
    'version: 1\nprofiles:\n  dev: { checks: [files] }\nchecks:\n  files: { type: files, paths: [package.json] }\n',
  );
  const files = {
    GITHUB_OUTPUT: path.join(temp, 'github_output'),
    GITHUB_STEP_SUMMARY: path.join(temp, 'step_summary'),
    GITHUB_EVENT_PATH: path.join(temp, 'event.json'),
  };
  for (const f of Object.values(files)) writeFileSync(f, f === files.GITHUB_EVENT_PATH ? '{}' : '');
  const closed = 'http://127.0.0.1:9'; // discard port: nothing answers, so nothing leaves the machine
  const env = {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: ws,
    ...files,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: 'acme/permits',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_API_URL: closed,
    GITHUB_GRAPHQL_URL: `${closed}/graphql`,
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: temp,
    RUNNER_OS: 'Linux',
    INPUT_COMMAND: 'validate',
    INPUT_CONFIG: '.github/promotion-gate.yml',
    INPUT_PROFILE: 'dev',
    'INPUT_FAIL-ON': 'hold',
    INPUT_TOKEN: '',
  };
  return { ws, env };
}

/** A dist to measure, copied to `dir`: from the working tree, or from a git ref. */
function prepareDist(label, ref, dir) {
  const dist = path.join(dir, 'dist');
  if (ref) {
    let tar;
    try {
      tar = execFileSync('git', ['archive', '--format=tar', ref, 'dist'], {
        cwd: repoRoot,
        maxBuffer: 1 << 30,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (err) {
      throw new Error(`--compare ${ref}: git archive ${ref} dist failed: ${String(err.stderr).trim()}`);
    }
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
  } else {
    cpSync(path.join(repoRoot, 'dist'), dist, { recursive: true });
  }
  // A stub that enables the cache is a few hundred bytes; an ncc bundle mentioning it is not a stub.
  const enables = (stub) => {
    const text = readFileSync(path.join(dist, stub), 'utf8');
    return hasCompileCache && text.length < 4096 && text.includes('enableCompileCache');
  };
  return { label, dist, cache: { action: enables('index.js'), cli: enables('cli/index.js') } };
}

/** Walks a dist: total bytes, file count, largest files. */
function sizeOf(dist) {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const file = path.join(e.parentPath, e.name);
      return { f: path.relative(dist, file), size: statSync(file).size };
    });
  return {
    total: files.reduce((a, x) => a + x.size, 0),
    count: files.length,
    largest: files.sort((a, b) => b.size - a.size).slice(0, 5),
  };
}

function parse(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      compare: { type: 'string' },
      runs: { type: 'string', default: '15' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1 || runs > 200)
    throw new Error(`--runs expects 1–200, got "${values.runs}"`);
  return { compare: values.compare, runs, help: values.help };
}

function main() {
  let opts;
  try {
    opts = parse(process.argv.slice(2));
  } catch (err) {
    console.error(`bench: ${err.message}\n\n${usage}`);
    return 2;
  }
  if (opts.help) {
    console.log(usage);
    return 0;
  }
  if (!existsSync(path.join(repoRoot, 'dist', 'index.js'))) {
    console.error('bench: dist/index.js is missing; build it first: npm run build');
    return 1;
  }

  const tmp = mkdtempSync(path.join(os.tmpdir(), 'promotion-gate-startup-'));
  try {
    const dists = [];
    if (opts.compare) {
      mkdirSync(path.join(tmp, 'ref'));
      dists.push(prepareDist(opts.compare, opts.compare, path.join(tmp, 'ref')));
    }
    mkdirSync(path.join(tmp, 'tree'));
    dists.push(prepareDist('working tree', undefined, path.join(tmp, 'tree')));
    const { ws, env: runnerEnv } = runnerWorkspace(tmp);

    // Only PATH and HOME come from here: no NODE_OPTIONS, NODE_COMPILE_CACHE… of the caller.
    const base = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmp };
    let cold = 0;
    const modes = {
      // TMPDIR decides where enableCompileCache() without a directory writes (os.tmpdir()).
      warm: (d) => ({ TMPDIR: path.join(tmp, `cache-${dists.indexOf(d)}`) }),
      cold: () => {
        const dir = path.join(tmp, `cold-${cold++}`);
        mkdirSync(dir);
        return { TMPDIR: dir };
      },
      off: () => ({ TMPDIR: tmp, NODE_DISABLE_COMPILE_CACHE: '1' }),
    };
    for (const d of dists) mkdirSync(modes.warm(d).TMPDIR);
    const figures = [{ key: 'ref', args: ['-e', '0'], cwd: tmp, env: () => ({ TMPDIR: tmp }) }];
    const runs = {
      action: (d) => ({ args: [path.join(d.dist, 'index.js')], cwd: ws, env: runnerEnv }),
      cli: (d) => ({ args: [path.join(d.dist, 'cli', 'index.js'), '--version'], cwd: tmp, env: {} }),
    };
    for (const d of dists) {
      for (const [what, run] of Object.entries(runs)) {
        const { args, cwd, env } = run(d);
        for (const mode of d.cache[what] ? ['warm', 'cold', 'off'] : ['off'])
          figures.push({
            key: `${what} ${mode} ${d.label}`,
            args,
            cwd,
            env: () => ({ ...env, ...modes[mode](d) }),
          });
      }
    }

    const runOnce = (fig) => {
      const started = performance.now();
      const r = spawnSync(process.execPath, fig.args, {
        cwd: fig.cwd,
        env: { ...base, ...fig.env() },
        encoding: 'utf8',
      });
      const ms = performance.now() - started;
      if (r.status !== 0)
        throw new Error(`${fig.key} exited ${r.status ?? r.signal}:\n${`${r.stdout}${r.stderr}`.trim()}`);
      return ms;
    };

    console.log(
      `bench: Node ${process.version}, ${os.cpus().length} CPU(s); ${opts.runs} rounds of ${figures.length} runs, ` +
        `alternating; medians in ms, ± half their interquartile range, × the median of node -e 0`,
    );
    // One round not counted: fills the page cache and the warm compile caches.
    for (const fig of figures) runOnce(fig);
    const times = new Map(figures.map((f) => [f.key, []]));
    for (let round = 0; round < opts.runs; round++) {
      for (let i = 0; i < figures.length; i++) {
        const fig = figures[(i + round) % figures.length];
        times.get(fig.key).push(runOnce(fig));
      }
    }
    const ref = median(times.get('ref'));

    const col = 28;
    // ± half the interquartile range: how far apart the middle half of the runs lie (the noise).
    const cell = (key) => {
      const t = times.get(key);
      if (!t) return '—'.padEnd(col);
      const m = median(t);
      const spread = (quantile(t, 0.75) - quantile(t, 0.25)) / 2;
      return `${m.toFixed(1).padStart(6)} ms ±${spread.toFixed(0).padEnd(3)} ×${(m / ref).toFixed(2)}`.padEnd(
        col,
      );
    };
    const header = dists.map((d) => d.label.padEnd(col)).join('');
    console.log(`\n${'startup'.padEnd(40)}${header}`);
    console.log(`${'node -e 0 (reference)'.padEnd(40)}${cell('ref')}`);
    const rows = [
      ['action: command validate', 'action'],
      ['cli --version', 'cli'],
    ];
    const modeNames = hasCompileCache
      ? { warm: 'compile cache warm', cold: 'compile cache cold', off: 'no compile cache' }
      : { off: `no compile cache (Node ${process.version})` };
    for (const [title, what] of rows) {
      console.log(title);
      for (const [mode, name] of Object.entries(modeNames))
        console.log(`  ${name.padEnd(38)}${dists.map((d) => cell(`${what} ${mode} ${d.label}`)).join('')}`);
    }
    if (hasCompileCache && dists.some((d) => !d.cache.action || !d.cache.cli))
      console.log('  (—: that stub does not enable the compile cache)');

    // The goal: a trivial run of the action on a fresh hosted runner (an empty compile cache, if
    // the stub enables one) within GOAL × a Node that does nothing, under Node 24 (node24 actions).
    const on24 = process.versions.node.startsWith('24.');
    console.log(`\ngoal: action validate ÷ node -e 0 ≤ ${GOAL} (as on a fresh runner, Node 24)`);
    for (const d of dists) {
      const mode = d.cache.action ? 'cold' : 'off';
      const ratio = median(times.get(`action ${mode} ${d.label}`)) / ref;
      const verdict = ratio <= GOAL ? 'MET' : 'MISS';
      console.log(
        `  ${d.label.padEnd(38)}×${ratio.toFixed(2)}  ${verdict}${on24 ? '' : ` (measured on Node ${process.version}, not 24)`}`,
      );
    }

    const sizes = dists.map((d) => sizeOf(d.dist));
    console.log(`\n${'dist/ size'.padEnd(40)}${header}`);
    console.log(`${'  total'.padEnd(40)}${sizes.map((s) => mb(s.total).padEnd(col)).join('')}`);
    console.log(`${'  bytes'.padEnd(40)}${sizes.map((s) => String(s.total).padEnd(col)).join('')}`);
    console.log(`${'  files'.padEnd(40)}${sizes.map((s) => String(s.count).padEnd(col)).join('')}`);
    if (sizes.length > 1) {
      const [a, b] = [sizes[0].total, sizes.at(-1).total];
      console.log(`  ${dists.at(-1).label} / ${dists[0].label}: ×${(b / a).toFixed(2)}`);
    }
    for (const [i, d] of dists.entries()) {
      console.log(`\nlargest files, ${d.label}:`);
      for (const x of sizes[i].largest)
        console.log(`  ${x.f.split(path.sep).join('/').padEnd(28)}${mb(x.size).padStart(10)}  ${x.size} B`);
    }
    return 0;
  } catch (err) {
    console.error(`bench: ${err.message ?? err}`);
    return 1;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

process.exit(main());
