#!/usr/bin/env node
import { runCli } from '../cli/main.js';
import { stopSignal } from './stop.js';

const stop = stopSignal();
const code = await runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  env: process.env,
  cwd: process.cwd(),
  signal: stop.signal,
});
process.exitCode = stop.exitCode() ?? code;
