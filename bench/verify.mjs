// `npm run bench:verify`: how long `verify` takes to check an evidence bundle, against hashing the
// same files with `sha256sum`.
//
// Runs the built CLI (a private copy of dist/) once to seal a bundle of evidence: a profile of
// `evidence` checks, each copying a JSON file of about 6 MB into the bundle (about 150 MB in all,
// with the report, its Markdown and the manifest). Then, as paired rounds in alternating order:
//   - `promotion-gate verify DIR` with its defaults (every file listed, read, hashed and compared
//     with the manifest, the manifest with its bundle id), and
//   - `sha256sum` of every file of the bundle: the physical reference, reading and hashing the
//     same bytes with nothing to compare.
// The figure is verify's wall time ÷ sha256sum's, goal ≤ 1: checking a bundle costs no more than
// hashing it. It holds for large bundles only: verify is a Node process, whose start-up (about
// 0.13 s here) is all of a small bundle's time (12 MB: 0.16 s against 0.04 s; 48 MB: 1.5×).
//
//   npm run bench:verify                    150 MB, 7 rounds
//   npm run bench:verify -- --mb 400 --runs 5
//
// It reports, it does not assert: exit 0 on a MISS; exit 1 when the bundle cannot be made or does
// not verify.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { median, privateDist, runNode, secs, tail, verdict } from './lib.mjs';

const GOAL = 1;
const FILE_MB = 6;

const { values: args } = parseArgs({
  options: {
    mb: { type: 'string', default: '150' },
    runs: { type: 'string', default: '7' },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log('usage: npm run bench:verify -- [--mb N] [--runs N] [--keep]');
  process.exit(0);
}
const runs = Number(args.runs);
const mb = Number(args.mb);
if (!Number.isInteger(runs) || runs < 1 || runs > 50 || !Number.isInteger(mb) || mb < FILE_MB || mb > 4000) {
  console.error(`--runs expects 1–50 and --mb ${FILE_MB}–4000`);
  process.exit(2);
}
const files = Math.round(mb / FILE_MB);

/** About `FILE_MB` MB of JSON a test job could have written: results with names, times and messages. */
function evidenceJson(n) {
  const items = [];
  let size = 0;
  for (let i = 0; size < FILE_MB * 1024 * 1024; i++) {
    const item = {
      name: `suite ${n} case ${i}: handles the request for item ${i * 7919} in region eu-${i % 9}`,
      ms: (i * 37) % 1000,
      status: 'pass',
      message: `checked ${i % 13} responses, ${i % 5} retries, payload ${(i * 131) % 4096} bytes`,
    };
    size += JSON.stringify(item).length + 1;
    items.push(item);
  }
  return `${JSON.stringify({ status: 'pass', generated_at: new Date().toISOString(), items })}\n`;
}

/** Every file under `dir`, as paths relative to it. */
async function listFiles(dir, rel = '') {
  const out = [];
  for (const e of await readdir(path.join(dir, rel), { withFileTypes: true })) {
    const p = path.join(rel, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(dir, p)));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

/** `sha256sum` of the files, output read and dropped; wall time in ms. */
function sha256sum(cwd, list) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn('sha256sum', ['--', ...list], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', (err) => resolve({ code: 127, ms: 0, stderr: err.message }));
    child.on('close', (code) => resolve({ code, ms: performance.now() - t0, stderr }));
  });
}

const tmp = await mkdtemp(path.join(os.tmpdir(), 'pg-bench-verify-'));
let failed = false;
try {
  const { cli } = privateDist(tmp);
  const ws = path.join(tmp, 'ws');
  await mkdir(path.join(ws, 'reports'), { recursive: true });
  const checks = {};
  for (let n = 0; n < files; n++) {
    await writeFile(path.join(ws, 'reports', `results-${n}.json`), evidenceJson(n));
    checks[`results-${n}`] = {
      type: 'evidence',
      file: `reports/results-${n}.json`,
      assert: ['status == "pass"'],
    };
  }
  await writeFile(
    path.join(ws, 'gate.yml'),
    `# written by bench/verify.mjs\n${JSON.stringify({ version: 1, profiles: { bench: { checks: Object.keys(checks) } }, checks }, null, 2)}\n`,
  );
  const bundle = path.join(tmp, 'bundle');
  const env = { ...process.env, GITHUB_ACTIONS: '', GITHUB_EVENT_NAME: '', GITHUB_EVENT_PATH: '' };
  const t0 = performance.now();
  const sealed = await runNode(
    [cli, 'gate', '--config', 'gate.yml', '--profile', 'bench', '--history', 'off', '--out', bundle],
    { cwd: ws, env },
  );
  if (sealed.code !== 0) {
    console.error(`the gate that seals the bundle failed (exit ${sealed.code}):\n${tail(sealed)}`);
    failed = true;
  } else {
    const list = await listFiles(bundle);
    let size = 0;
    for (const f of list) size += (await stat(path.join(bundle, f))).size;
    console.log(
      `bench: a bundle of ${list.length} files, ${(size / 1e6).toFixed(0)} MB, sealed in ${secs(performance.now() - t0)}; ${runs} round(s)\n`,
    );
    const times = { verify: [], sha256sum: [] };
    for (let round = 0; round < runs && !failed; round++) {
      const order = round % 2 === 0 ? ['verify', 'sha256sum'] : ['sha256sum', 'verify'];
      for (const what of order) {
        if (what === 'verify') {
          const r = await runNode([cli, 'verify', bundle], { cwd: ws, env });
          if (r.code !== 0) {
            console.error(`verify failed (exit ${r.code}):\n${tail(r)}`);
            failed = true;
            break;
          }
          times.verify.push(r.ms);
        } else {
          const r = await sha256sum(bundle, list);
          if (r.code !== 0) {
            console.error(`sha256sum failed (exit ${r.code}): ${r.stderr}`);
            failed = true;
            break;
          }
          times.sha256sum.push(r.ms);
        }
      }
      if (!failed)
        console.log(
          `round ${round + 1}: verify ${secs(times.verify.at(-1))} · sha256sum ${secs(times.sha256sum.at(-1))}`,
        );
    }
    if (!failed) {
      const v = median(times.verify);
      const s = median(times.sha256sum);
      console.log(`\nverify ${secs(v)} against sha256sum ${secs(s)}, medians of ${runs}`);
      verdict('verify ÷ sha256sum of the same files', v / s, GOAL);
    }
  }
} finally {
  if (args.keep) console.log(`bench: kept ${tmp}`);
  else await rm(tmp, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
