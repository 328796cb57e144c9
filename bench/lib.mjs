// What the benchmarks share: a private copy of the built dist/, child runs with their peak RSS,
// medians and the MET/MISS line. Each bench pairs its figure with a physical reference measured
// in the same run (a request, `git diff`, the same command on a small input), so the load of a
// shared machine moves both alike.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * A private copy of dist/ under `dir`: a rebuild while the bench runs must not pull it away, and
 * a runner has no node_modules next to the action. Returns the CLI and the action entry.
 * BENCH_DIST names another build to measure (`node scripts/build.mjs --out DIR`).
 */
export function privateDist(dir) {
  const from = process.env.BENCH_DIST ? path.resolve(process.env.BENCH_DIST) : path.join(repoRoot, 'dist');
  if (!existsSync(path.join(from, 'cli', 'index.js')) || !existsSync(path.join(from, 'lib', 'index.js')))
    throw new Error(
      `${path.relative(process.cwd(), from) || from} is missing or incomplete: run npm run build first`,
    );
  const to = path.join(dir, 'dist');
  cpSync(from, to, { recursive: true });
  return { cli: path.join(to, 'cli', 'index.js'), action: path.join(to, 'index.js') };
}

/** The q-quantile (0.5: the median), interpolated. */
export function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  return s[lo] + (s[Math.ceil(at)] - s[lo]) * (at - lo);
}
export const median = (xs) => quantile(xs, 0.5);

export const secs = (ms) => `${(ms / 1000).toFixed(2)} s`;

/** `figure  goal  MET|MISS`, the last line every bench prints per figure. */
export function verdict(label, value, goal, unit = '') {
  const met = value <= goal;
  const shown = (v) => (Number.isInteger(v) ? String(v) : v.toFixed(2));
  console.log(
    `${label.padEnd(44)} ${shown(value)}${unit}  goal ≤ ${shown(goal)}${unit}  ${met ? 'MET' : 'MISS'}`,
  );
  return met;
}

/** A preload that writes the process's peak RSS and CPU time to `file` when it exits. */
function rssPreload(file) {
  const code = `import fs from 'node:fs'; process.on('exit', () => { const u = process.resourceUsage(); fs.writeFileSync(${JSON.stringify(file)}, JSON.stringify({ rssKb: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 })); });`;
  return `data:text/javascript,${encodeURIComponent(code)}`;
}

/**
 * Runs `node <args>` and resolves with its exit code, wall time, output and (with `rssFile`) its
 * peak RSS in MB. Never rejects: a run that cannot start is exit 127.
 */
export function runNode(args, { cwd, env, rssFile, onChild } = {}) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...(rssFile ? ['--import', rssPreload(rssFile)] : []), ...args], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    onChild?.(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.once('error', (err) => resolve({ code: 127, ms: 0, stdout, stderr: `${stderr}${err.message}` }));
    child.once('close', (code, signal) => {
      onChild?.(undefined);
      const ms = performance.now() - started;
      let usage;
      try {
        usage = rssFile ? JSON.parse(readFileSync(rssFile, 'utf8')) : undefined;
      } catch {
        usage = undefined;
      }
      resolve({
        code: code ?? 128,
        signal,
        ms,
        stdout,
        stderr,
        ...(usage ? { rssMb: usage.rssKb / 1024, cpuMs: usage.cpuMs } : {}),
      });
    });
  });
}

/** The last lines of a run's output, for a message about a run that failed. */
export const tail = (run, lines = 25) =>
  `${run.stdout}${run.stderr}`.trim().split('\n').slice(-lines).join('\n') || '(no output)';
