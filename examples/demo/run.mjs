// `npm run demo`: starts the demo staging service on a free loopback port, runs the gate against it
// with examples/demo/promotion-gate.yml, prints the verdict and where the report is, and exits with
// the gate's exit code (0 promote, 1 hold, 2 configuration error, 3 internal error).
//
//   npm run demo                                   the staging profile against a healthy service
//   npm run demo -- --fault auth-leak              watch the gate hold a release that leaks a private page
//   npm run demo -- --profile prod --fault slow    faults repeat: --fault slow --fault stale
//   npm run demo -- --fault slow --remember        keep history between runs (--forget clears it)
//
// Needs only node: the CLI is the committed bundle dist/cli/index.js.
import { spawn } from 'node:child_process';
import { existsSync, lstatSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { FAULTS, startDemoServer } from './server.mjs';

const demoDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(demoDir, '..', '..');
const cli = path.join(repoRoot, 'dist', 'cli', 'index.js');
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 };
const KILL_GRACE_MS = 5000;

const historyDir = path.join(demoDir, '.promotion-gate', '.history');

const usage = `usage: npm run demo -- [--profile NAME] [--fault NAME]... [--remember] [--forget] [--verbose]

  --profile NAME  profile of examples/demo/promotion-gate.yml to run: dev, staging (default) or prod
  --fault NAME    make the demo service misbehave (repeatable): ${Object.keys(FAULTS).join(', ')}
  --remember      keep run history between demo runs (shows the hotfix ratchet: --fault slow twice holds)
  --forget        delete the history --remember kept (examples/demo/.promotion-gate/.history) first
  --verbose       print every check's log lines`;

// npm runs scripts from the package's root; INIT_CWD is where the user typed the command.
const userDir =
  process.env.INIT_CWD && path.isAbsolute(process.env.INIT_CWD) ? process.env.INIT_CWD : process.cwd();

/** A path as the user should type it: relative to where they ran the demo, else absolute. */
function shown(file) {
  const rel = path.relative(userDir, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}

/**
 * The gate names its report and history folder relative to its own working directory
 * (examples/demo); the demo shows them as the user can open them from where they are.
 */
function userLine(line) {
  const report = /^report: (\S+) {2}\((\S+)\)$/.exec(line);
  if (report)
    return `report: ${shown(path.resolve(demoDir, report[1]))}  (${shown(path.resolve(demoDir, report[2]))})`;
  const history = /^(history: run \S+ (?:NOT )?recorded in directory )(\S+)(.*)$/.exec(line);
  if (history) return `${history[1]}${shown(path.resolve(demoDir, history[2]))}${history[3]}`;
  return line;
}

/** Deletes the demo's own history folder, never what a link there points at. */
function forgetHistory() {
  const info = lstatSync(historyDir, { throwIfNoEntry: false });
  if (!info) return `demo: no history to forget (${shown(historyDir)} does not exist)`;
  if (!info.isDirectory()) throw new Error(`${shown(historyDir)} is not a folder; remove it by hand`);
  rmSync(historyDir, { recursive: true });
  return `demo: forgot the history of earlier runs (${shown(historyDir)})`;
}

function parse(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      profile: { type: 'string', default: 'staging' },
      fault: { type: 'string', multiple: true, default: [] },
      verbose: { type: 'boolean', short: 'v', default: false },
      remember: { type: 'boolean', default: false },
      forget: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(values.profile)) {
    throw new Error(`--profile: "${values.profile}" is not a profile name`);
  }
  return values;
}

/** The report this run wrote, or undefined (never one left over by an earlier run). */
function readReport(file, since) {
  try {
    if (statSync(file).mtimeMs < since - 1000) return undefined;
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function closingLine(code, signal, report, reportMd, opts) {
  if (signal) return `demo: the gate was stopped by ${signal}.`;
  if ((code === 0 || code === 1) && report) {
    const verdict = report.verdict === 'promote' ? 'PROMOTE' : 'HOLD';
    const detail =
      report.verdict === 'promote'
        ? `score ${report.score}/5, ${report.action}`
        : `score ${report.score}/5, level ${report.level}`;
    const lines = [`demo: ${verdict} — profile ${opts.profile}, ${detail}. Report: ${shown(reportMd)}`];
    const blocker = report.verdict === 'hold' ? report.reasons?.find((r) => r.blocking) : undefined;
    if (blocker) {
      const why = blocker.message.replace(/\s+/g, ' ');
      lines.push(`      why: ${why.length > 200 ? `${why.slice(0, 199)}…` : why}`);
    }
    if (report.verdict === 'promote' && opts.fault.length === 0) {
      lines.push(
        `      Now break something: npm run demo -- --fault auth-leak   (faults: ${Object.keys(FAULTS).join(', ')})`,
      );
    }
    return lines.join('\n');
  }
  if (code === 2)
    return 'demo: the gate stopped on a configuration or usage error (exit 2); see the messages above.';
  if (code === 0 || code === 1)
    return `demo: the gate exited with ${code} but wrote no report at ${shown(reportMd)}.`;
  return `demo: the gate failed with an internal error (exit ${code}); see the messages above.`;
}

async function main() {
  let opts;
  try {
    opts = parse(process.argv.slice(2));
  } catch (err) {
    console.error(`demo: ${err.message}\n\n${usage}`);
    return 2;
  }
  if (opts.help) {
    console.log(usage);
    return 0;
  }
  if (opts.forget) {
    try {
      console.log(forgetHistory());
    } catch (err) {
      console.error(`demo: ${err.message}`);
      return 2;
    }
  }
  if (!existsSync(cli)) {
    console.error(`demo: ${shown(cli)} is missing. Build the CLI first: npm ci && npm run build`);
    return 2;
  }

  let demo;
  let child;
  let stopSignal;
  let killTimer;
  const onSignal = (signal) => {
    if (stopSignal) {
      // Second Ctrl-C: stop now.
      child?.kill('SIGKILL');
      demo?.close();
      process.exit(SIGNAL_EXIT[signal] ?? 1);
    }
    stopSignal = signal;
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill(signal);
      killTimer = setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS);
      killTimer.unref();
    }
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    try {
      demo = await startDemoServer({ faults: opts.fault });
    } catch (err) {
      console.error(`demo: ${err.message}`);
      return 2;
    }
    if (stopSignal) return SIGNAL_EXIT[stopSignal];
    console.log(
      `demo: Acme Permits demo service on ${demo.url} (faults: ${demo.faults.length ? demo.faults.join(', ') : 'none'})`,
    );
    console.log(
      `demo: running the ${opts.profile} profile of ${shown(path.join(demoDir, 'promotion-gate.yml'))}\n`,
    );

    const outDir = path.join('.promotion-gate', opts.profile);
    const reportMd = path.join(demoDir, outDir, 'report.md');
    const started = Date.now();
    const args = [
      cli,
      'gate',
      '--config',
      'promotion-gate.yml',
      '--profile',
      opts.profile,
      '--input',
      `target-url=${demo.url}`,
      '--out',
      outDir,
      // Each demo run stands alone unless asked: history would make a repeated fault hold (the ratchet).
      ...(opts.remember ? [] : ['--history', 'off']),
      ...(opts.verbose ? ['--verbose'] : []),
    ];
    const { code, signal } = await new Promise((resolve) => {
      // The unit-tests check runs `node` through a shell: make it this same node. (Windows spells it Path.)
      const pathKey = Object.keys(process.env).find((k) => k.toUpperCase() === 'PATH') ?? 'PATH';
      const env = {
        ...process.env,
        [pathKey]: [path.dirname(process.execPath), process.env[pathKey]]
          .filter(Boolean)
          .join(path.delimiter),
      };
      child = spawn(process.execPath, args, { cwd: demoDir, stdio: ['inherit', 'pipe', 'inherit'], env });
      const lines = createInterface({ input: child.stdout, crlfDelay: Infinity });
      lines.on('line', (line) => process.stdout.write(`${userLine(line)}\n`));
      const closed = new Promise((done) => lines.once('close', done));
      child.once('error', (err) => {
        console.error(`demo: cannot start the gate: ${err.message}`);
        resolve({ code: 3, signal: null });
      });
      // Every line of the gate is printed before the demo's own closing line.
      child.once('exit', (c, s) => closed.then(() => resolve({ code: c, signal: s })));
    });
    clearTimeout(killTimer);

    const report = readReport(path.join(demoDir, outDir, 'report.json'), started);
    console.log(
      `\n${closingLine(code, signal ?? (stopSignal && code === null ? stopSignal : null), report, reportMd, opts)}`,
    );
    if (stopSignal) return SIGNAL_EXIT[stopSignal];
    return code ?? 3;
  } finally {
    await demo?.close();
  }
}

process.exit(await main());
