import path from 'node:path';
import * as core from '@actions/core';
import { parseInputs } from '../cli/inputs.js';
import { DEFAULT_CONFIG_PATH, loadConfigFile, planGate } from '../config/load.js';
import { ConfigError, errorMessage, isUserError, UsageError } from '../core/errors.js';
import { runGate } from '../gate.js';
import { createHistoryStore, parseHistorySpec } from '../history/select.js';
import { createActionLogger } from './logger.js';
import { runPublishCommand } from './publishCommand.js';
import { ActionPublishing, readPublishSettings } from './publishing.js';

export const EXIT = { promote: 0, hold: 1, usage: 2, internal: 3 } as const;

interface ActionSettings {
  command: 'gate' | 'validate' | 'publish';
  config: string;
  profile: string;
  inputs: Record<string, string>;
  base?: string;
  head?: string;
  failOn: 'hold' | 'never';
  outDir?: string;
  workingDirectory?: string;
}

function readSettings(): ActionSettings {
  const command = core.getInput('command') || 'gate';
  if (command !== 'gate' && command !== 'validate' && command !== 'publish') {
    throw new UsageError(`input command: expected "gate", "validate" or "publish", got "${command}"`);
  }
  const failOn = core.getInput('fail-on') || 'hold';
  if (failOn !== 'hold' && failOn !== 'never')
    throw new UsageError(`input fail-on: expected "hold" or "never", got "${failOn}"`);
  const profile = core.getInput('profile');
  if (command === 'gate' && !profile)
    throw new UsageError('input profile is required (e.g. profile: staging)');
  return {
    command,
    config: core.getInput('config') || DEFAULT_CONFIG_PATH,
    profile,
    inputs: parseInputs(core.getMultilineInput('inputs'), 'input inputs'),
    base: core.getInput('base') || undefined,
    head: core.getInput('head') || undefined,
    failOn,
    outDir: core.getInput('output-dir') || undefined,
    workingDirectory: core.getInput('working-directory') || undefined,
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
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const cwd = path.resolve(workspace, s.workingDirectory ?? '.');
    if (s.command === 'publish') return await runPublishCommand(workspace, signal);
    if (s.command === 'gate') {
      // Started before the config is read, so even a bad config shows on the pull request.
      publishing = await ActionPublishing.start(readPublishSettings(s.profile, workspace, cwd), s.profile);
    }
    const configPath = path.resolve(cwd, s.config);
    // Named relative to the workspace, so annotations land on the file in the pull request.
    const loaded = await loadConfigFile(configPath, path.relative(workspace, configPath) || s.config);
    if (s.command === 'validate') {
      if (s.profile) planGate(loaded, s.profile, { env: process.env, inputs: s.inputs });
      core.info(`${s.config} is valid`);
      return EXIT.promote;
    }
    const gate = await runGate(
      {
        configPath,
        profile: s.profile,
        outDir: s.outDir ? path.resolve(cwd, s.outDir) : undefined,
        inputs: s.inputs,
        env: process.env,
        cwd,
        base: s.base,
        head: s.head,
        logger: createActionLogger(),
        signal,
        history: await createHistoryStore(
          parseHistorySpec(core.getInput('history') || 'off', 'input history'),
          {
            cwd,
            env: process.env,
            token: core.getInput('token') || undefined,
          },
        ),
      },
      loaded,
    );
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
    const line = `${r.verdict === 'promote' ? 'PROMOTE' : 'HOLD'} ${r.profile}: score ${r.score}/5, ${r.action}, level ${r.level}`;
    if (r.verdict === 'hold') {
      const why = r.reasons.filter((x) => x.blocking).map((x) => x.message);
      if (s.failOn === 'hold') {
        core.setFailed(`${line}\n${why.join('\n')}`);
        return EXIT.hold;
      }
      core.warning(`${line}\n${why.join('\n')}`);
      return EXIT.promote;
    }
    core.notice(line);
    return EXIT.promote;
  } catch (err) {
    await publishing?.fail(err).catch(() => undefined);
    if (err instanceof ConfigError) annotateConfigError(err);
    if (isUserError(err)) {
      core.setFailed(err.message);
      return EXIT.usage;
    }
    core.setFailed(`promotion-gate internal error: ${errorMessage(err)}`);
    if (err instanceof Error && err.stack) core.debug(err.stack);
    return EXIT.internal;
  }
}
