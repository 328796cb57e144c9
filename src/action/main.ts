import path from 'node:path';
import { EXIT } from '../app/exitCodes.js';
import { forFrontEnd } from '../app/frontEnd.js';
import { maskUrlCredentials } from '../core/credentials.js';
import { ConfigError, errorMessage, isUserError } from '../core/errors.js';
import { readRunner } from '../core/runner.js';
import { type ActionSettings, readSettings } from './settings.js';
import * as step from './step.js';

/**
 * The action's entry: reads the inputs, runs the command, reports a failure. Each command's
 * modules are imported when that command runs, so a run loads only what its command needs: a
 * `validate` never evaluates the GitHub client, the artifact client or the engine, and that is
 * most of the action's start-up.
 */

function annotateConfigError(err: ConfigError): void {
  for (const i of err.issues.slice(0, 10)) {
    step.error(`${i.path ? `${i.path}: ` : ''}${i.message}`, {
      title: 'promotion-gate: invalid configuration',
      file: i.file,
      startLine: i.line,
      startColumn: i.column,
    });
  }
}

async function validate(s: ActionSettings, workspace: string, cwd: string): Promise<number> {
  const [{ loadConfigFile, placed }, { planGate }] = await Promise.all([
    import('../config/load.js'),
    import('../config/plan.js'),
  ]);
  const configPath = path.resolve(cwd, s.config);
  // Named relative to the workspace, so annotations land on the file in the pull request.
  const configName = path.relative(workspace, configPath) || s.config;
  const loaded = await loadConfigFile(configPath, configName, { everyProfile: !s.profile });
  if (s.profile) await placed(() => planGate(loaded, s.profile!, { env: process.env, inputs: s.inputs }));
  step.info(`${s.config} is valid`);
  return EXIT.promote;
}

async function runCommand(s: ActionSettings, signal?: AbortSignal): Promise<number> {
  const workspace = readRunner(process.env).workspace ?? process.cwd();
  const cwd = path.resolve(workspace, s.workingDirectory ?? '.');
  switch (s.command) {
    case 'validate':
      return validate(s, workspace, cwd);
    case 'gate':
      return (await import('./gate.js')).runGateCommand(s, workspace, cwd, signal);
    case 'publish':
      return (await import('./publish.js')).runPublishCommand(workspace, signal);
    case 'deploy':
    case 'drill':
      return (await import('./deploy.js')).runDeployCommand(s.command, workspace, cwd, signal);
    case 'drift':
    case 'review':
    case 'aggregate':
      return (await import('./reports.js')).runReportCommand(s.command, workspace, cwd, signal);
    case 'watch':
      return (await import('./watch.js')).runWatchCommand(workspace, cwd, signal);
    case 'monitor':
      return (await import('./monitor.js')).runMonitorCommand(workspace, cwd, signal);
  }
}

/** The action: run the command, then outputs and job summary. Returns the exit code. */
export async function run(signal?: AbortSignal): Promise<number> {
  try {
    return await runCommand(readSettings(), signal);
  } catch (err) {
    // A message naming an option names it as the workflow sets it (an input, not a flag).
    forFrontEnd('action').error(err);
    if (err instanceof ConfigError) annotateConfigError(err);
    if (isUserError(err)) {
      step.setFailed(err.message);
      return EXIT.usage;
    }
    step.setFailed(maskUrlCredentials(`promotion-gate internal error: ${errorMessage(err)}`));
    if (err instanceof Error && err.stack) step.debug(err.stack);
    return EXIT.internal;
  }
}
