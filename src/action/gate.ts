import path from 'node:path';
import { EXIT, verdictExitCode } from '../app/exitCodes.js';
import { forFrontEnd } from '../app/frontEnd.js';
import { runGate } from '../app/gate.js';
import { createHistoryStore, parseHistorySpec } from '../history/select.js';
import { verdictLine } from '../report/headline.js';
import type { Report } from '../report/types.js';
import { input } from './inputs.js';
import { createActionLogger } from './logger.js';
import type { ActionSettings } from './settings.js';
import { ActionPublishing, readPublishSettings } from './publishing.js';
import * as step from './step.js';

/**
 * `command: gate` in the action: the gate, its outputs, then the check run, comment, artifact
 * and job summary. A gate that fails before deciding still completes the check run it started.
 */
/** The step outputs of a gate run, the same for `gate` and for the gate `watch` runs. */
export function setGateOutputs(r: Report, outDir: string): void {
  step.setOutput('verdict', r.verdict);
  step.setOutput('score', String(r.score));
  step.setOutput('level', r.level);
  step.setOutput('action', r.action);
  step.setOutput('report-path', path.join(outDir, 'report.json'));
  step.setOutput('report-dir', outDir);
  step.setOutput('bundle-id', r.bundle?.id ?? '');
}

export async function runGateCommand(
  s: ActionSettings,
  workspace: string,
  cwd: string,
  signal?: AbortSignal,
): Promise<number> {
  // Started before the config is read, so even a bad config shows on the pull request.
  const publishing = await ActionPublishing.start(readPublishSettings(s.profile, workspace, cwd), s.profile);
  try {
    const configPath = path.resolve(cwd, s.config);
    // The gate reads the config itself: on pull requests the base's judges, even if the head's is broken.
    const gate = await runGate({
      configPath,
      // Named relative to the workspace, so annotations land on the file in the pull request.
      configName: path.relative(workspace, configPath) || s.config,
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
      frontEnd: 'action',
      history: await createHistoryStore(parseHistorySpec(input('history'), 'input history'), {
        cwd,
        env: process.env,
        token: input('token') || undefined,
      }),
    });
    const r = gate.report;
    setGateOutputs(r, gate.outDir);
    // Artifact, check run, PR comment, job summary: failures there never change the exit code.
    await publishing.finish(r, gate.outDir, signal?.aborted ?? false);
    const line = verdictLine(r);
    const code = verdictExitCode(r.verdict, s.failOn);
    if (r.verdict === 'promote') step.notice(line);
    else {
      const why = r.reasons.filter((x) => x.blocking).map((x) => x.message);
      if (code === EXIT.hold) step.setFailed(`${line}\n${why.join('\n')}`);
      else step.warning(`${line}\n${why.join('\n')}`);
    }
    return code;
  } catch (err) {
    // The check run shows the error as the workflow's author reads options: as inputs.
    await publishing.fail(forFrontEnd('action').error(err)).catch(() => undefined);
    throw err;
  }
}
