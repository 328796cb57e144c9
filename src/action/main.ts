import path from 'node:path';
import * as core from '@actions/core';
import { EXIT, type FailOn, verdictExitCode } from '../app/exitCodes.js';
import type { OptionValue } from '../app/options.js';
import { loadConfigFile } from '../config/load.js';
import { checkEveryProfile, planGate } from '../config/plan.js';
import { ConfigError, errorMessage, isUserError, UsageError } from '../core/errors.js';
import { runGate } from '../app/gate.js';
import { createHistoryStore, parseHistorySpec } from '../history/select.js';
import { verdictLine } from '../report/headline.js';
import { input } from './inputs.js';
import { createActionLogger } from './logger.js';
import { runDeployCommand } from './deploy.js';
import { runPublishCommand } from './publish.js';
import { runReportCommand } from './reports.js';
import { runWatchCommand } from './watch.js';
import { runMonitorCommand } from './monitor.js';
import { ActionPublishing, readPublishSettings } from './publishing.js';
import { maskUrlCredentials } from '../core/credentials.js';
import { readRunner } from '../core/runner.js';

interface ActionSettings {
  command: OptionValue<'command'>;
  config: string;
  profile: string;
  inputs: Record<string, string>;
  base?: string;
  head?: string;
  failOn: FailOn;
  outDir?: string;
  workingDirectory?: string;
}

function readSettings(): ActionSettings {
  const command = input('command');
  const profile = input('profile') ?? '';
  if (command === 'gate' && !profile)
    throw new UsageError('input profile is required (e.g. profile: staging)');
  return {
    command,
    config: input('config'),
    profile,
    inputs: input('inputs'),
    base: input('base'),
    head: input('head'),
    failOn: input('failOn'),
    outDir: input('outputDir'),
    workingDirectory: input('workingDirectory'),
  };
}

function annotateConfigError(err: ConfigError): void {
  for (const i of err.issues.slice(0, 10)) {
    core.error(`${i.path ? `${i.path}: ` : ''}${i.message}`, {
      title: 'promotion-gate: invalid configuration',
      file: i.file,
      startLine: i.line,
      startColumn: i.column,
    });
  }
}

/** The action: run the gate, then outputs and job summary. Returns the exit code. */
export async function run(signal?: AbortSignal): Promise<number> {
  let publishing: ActionPublishing | undefined;
  try {
    const s = readSettings();
    const workspace = readRunner(process.env).workspace ?? process.cwd();
    const cwd = path.resolve(workspace, s.workingDirectory ?? '.');
    if (s.command === 'publish') return await runPublishCommand(workspace, signal);
    if (s.command === 'deploy' || s.command === 'drill')
      return await runDeployCommand(s.command, workspace, cwd, signal);
    if (s.command === 'drift' || s.command === 'review' || s.command === 'aggregate')
      return await runReportCommand(s.command, workspace, cwd, signal);
    if (s.command === 'watch') return await runWatchCommand(workspace, cwd, signal);
    if (s.command === 'monitor') return await runMonitorCommand(workspace, cwd, signal);
    if (s.command === 'gate') {
      // Started before the config is read, so even a bad config shows on the pull request.
      publishing = await ActionPublishing.start(readPublishSettings(s.profile, workspace, cwd), s.profile);
    }
    const configPath = path.resolve(cwd, s.config);
    // Named relative to the workspace, so annotations land on the file in the pull request.
    const configName = path.relative(workspace, configPath) || s.config;
    if (s.command === 'validate') {
      const loaded = await loadConfigFile(configPath, configName);
      if (s.profile) planGate(loaded, s.profile, { env: process.env, inputs: s.inputs });
      else checkEveryProfile(loaded);
      core.info(`${s.config} is valid`);
      return EXIT.promote;
    }
    // The gate reads the config itself: on pull requests the base's judges, even if the head's is broken.
    const gate = await runGate({
      configPath,
      configName,
      configSource: input('configSource'),
      token: input('token') || undefined,
      profile: s.profile,
      outDir: s.outDir ? path.resolve(cwd, s.outDir) : undefined,
      inputs: s.inputs,
      env: process.env,
      cwd,
      base: s.base,
      head: s.head,
      logger: createActionLogger(),
      signal,
      history: await createHistoryStore(parseHistorySpec(input('history'), 'input history'), {
        cwd,
        env: process.env,
        token: input('token') || undefined,
      }),
    });
    const r = gate.report;
    core.setOutput('verdict', r.verdict);
    core.setOutput('score', String(r.score));
    core.setOutput('level', r.level);
    core.setOutput('action', r.action);
    core.setOutput('report-path', path.join(gate.outDir, 'report.json'));
    core.setOutput('report-dir', gate.outDir);
    core.setOutput('bundle-id', r.bundle?.id ?? '');
    // Artifact, check run, PR comment, job summary: failures there never change the exit code.
    await publishing?.finish(r, gate.outDir, signal?.aborted ?? false);
    const line = verdictLine(r);
    const code = verdictExitCode(r.verdict, s.failOn);
    if (r.verdict === 'promote') core.notice(line);
    else {
      const why = r.reasons.filter((x) => x.blocking).map((x) => x.message);
      if (code === EXIT.hold) core.setFailed(`${line}\n${why.join('\n')}`);
      else core.warning(`${line}\n${why.join('\n')}`);
    }
    return code;
  } catch (err) {
    await publishing?.fail(err).catch(() => undefined);
    if (err instanceof ConfigError) annotateConfigError(err);
    if (isUserError(err)) {
      core.setFailed(err.message);
      return EXIT.usage;
    }
    core.setFailed(maskUrlCredentials(`promotion-gate internal error: ${errorMessage(err)}`));
    if (err instanceof Error && err.stack) core.debug(err.stack);
    return EXIT.internal;
  }
}
