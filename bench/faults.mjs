// `npm run bench:faults`: the action's whole step when GitHub refuses every connection.
//
// Runs the bundled action (a private copy of dist/index.js) as the runner does — a child process
// with the runner's environment and INPUT_* — on a one-check gate, with GITHUB_API_URL and the
// Actions Results service at a port where nothing listens (every connection refused at once). It
// publishes as by default: the check run, the job summary and the evidence artifact, with a
// token. The figure is the step's wall time, goal ≤ 5 s: a GitHub that cannot be reached is said
// and skipped, never waited out. Paired reference, measured in the same round: the same step with
// every GitHub sink switched off (check-run, comment, artifact: false).
//
//   npm run bench:faults                 5 rounds
//   npm run bench:faults -- --runs 9
//
// It reports, it does not assert: exit 0 on a MISS; exit 1 when a step fails to run (exit 3).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { median, privateDist, runNode, secs, tail, verdict } from './lib.mjs';

const GOAL_MS = 5000;

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log('usage: npm run bench:faults -- [--runs N] [--keep]');
  process.exit(0);
}
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1 || runs > 50) {
  console.error(`--runs expects 1–50, got "${args.runs}"`);
  process.exit(2);
}

/** A local port nothing listens on: taken, then given back. */
async function closedPort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const tmp = await mkdtemp(path.join(os.tmpdir(), 'pg-bench-faults-'));
let failed = false;
try {
  const { action } = privateDist(tmp);
  const ws = path.join(tmp, 'workspace');
  const temp = path.join(tmp, 'runner-temp');
  await mkdir(path.join(ws, '.github'), { recursive: true });
  await mkdir(temp, { recursive: true });
  await writeFile(path.join(ws, 'package.json'), '{}\n');
  await writeFile(
    path.join(ws, '.github', 'promotion-gate.yml'),
    'version: 1\nprofiles:\n  dev: { checks: [files] }\nchecks:\n  files: { type: files, paths: [package.json] }\n',
  );
  const port = await closedPort();
  const closed = `http://127.0.0.1:${port}`;
  // Token-shaped values are built here, never written out whole.
  const token = ['ghs', 'bench0000000000000000000000000000000000'].join('_');
  // A runtime token of the shape @actions/artifact reads (a JWT naming the run and job), so the
  // artifact upload really tries the Results service instead of refusing the token.
  const b64url = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const runtimeToken = [
    b64url({ alg: 'none', typ: 'JWT' }),
    b64url({ scp: 'Actions.GenericRead:run-1 Actions.Results:run-1:job-1' }),
    'bench-signature',
  ].join('.');
  const env = (sinks) => ({
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: ws,
    GITHUB_OUTPUT: path.join(temp, 'github_output'),
    GITHUB_STEP_SUMMARY: path.join(temp, 'step_summary'),
    GITHUB_EVENT_PATH: path.join(temp, 'event.json'),
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: 'acme/permits',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_API_URL: closed,
    GITHUB_GRAPHQL_URL: `${closed}/graphql`,
    GITHUB_SERVER_URL: 'https://github.com',
    ACTIONS_RUNTIME_TOKEN: runtimeToken,
    ACTIONS_RESULTS_URL: `${closed}/`,
    RUNNER_TEMP: temp,
    RUNNER_OS: 'Linux',
    INPUT_COMMAND: 'gate',
    INPUT_CONFIG: '.github/promotion-gate.yml',
    INPUT_PROFILE: 'dev',
    INPUT_TOKEN: token,
    'INPUT_FAIL-ON': 'hold',
    'INPUT_CHECK-RUN': String(sinks),
    INPUT_COMMENT: String(sinks),
    INPUT_ARTIFACT: String(sinks),
  });
  const figures = [
    { key: 'refused', env: env(true) },
    { key: 'sinks off', env: env(false) },
  ];
  const times = new Map(figures.map((f) => [f.key, []]));
  console.log(`bench: the action's gate step with GitHub at ${closed} (refused); ${runs} round(s)\n`);
  for (let round = 0; round < runs && !failed; round++) {
    for (let k = 0; k < figures.length; k++) {
      const f = figures[(k + round) % figures.length];
      for (const file of ['github_output', 'step_summary']) await writeFile(path.join(temp, file), '');
      await writeFile(path.join(temp, 'event.json'), '{}');
      await rm(path.join(ws, '.promotion-gate'), { recursive: true, force: true });
      const run = await runNode([action], { cwd: ws, env: f.env });
      if (run.code !== 0 && run.code !== 1) {
        console.error(`${f.key}: the step failed to run (exit ${run.code}):\n${tail(run)}`);
        failed = true;
        break;
      }
      times.get(f.key).push(run.ms);
      if (round === 0 && f.key === 'refused') {
        const said = `${run.stdout}${run.stderr}`
          .split('\n')
          .filter((l) => /refused|unreachable|skipp|could not/i.test(l));
        if (said.length) console.log(`what the step said:\n  ${said.slice(0, 6).join('\n  ')}\n`);
      }
    }
    if (!failed)
      console.log(
        `round ${round + 1}: ${figures.map((f) => `${f.key} ${secs(times.get(f.key).at(-1))}`).join(' · ')}`,
      );
  }
  if (!failed) {
    const refused = median(times.get('refused'));
    const off = median(times.get('sinks off'));
    console.log(
      `\nmedian: the step with GitHub refusing ${secs(refused)}; with every GitHub sink off ${secs(off)}`,
    );
    verdict('action step, GitHub refusing connections (s)', refused / 1000, GOAL_MS / 1000);
  }
} finally {
  if (args.keep) console.log(`kept ${tmp}`);
  else await rm(tmp, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
