import * as step from './step.js';
import { errorMessage } from '../core/errors.js';
import { readRunner } from '../core/runner.js';
import { artifactUnavailable, artifactUrl, uploadBundle } from '../github/artifact.js';
import { input } from './inputs.js';

/**
 * Uploads a sealed bundle as this run's evidence artifact (`artifact-name` overrides the default
 * name), sets the artifact outputs and adds a line to the summary notes. Publishing never changes
 * an outcome: a failed upload is a warning and a note.
 */
export async function uploadEvidenceArtifact(
  outDir: string,
  defaultName: string,
  notes: string[],
): Promise<void> {
  if (!input('artifact')) return;
  const why = artifactUnavailable(process.env);
  if (why) {
    step.info(`evidence artifact: skipped — ${why}`);
    return;
  }
  const runner = readRunner(process.env);
  const name = input('artifactName') ?? defaultName;
  try {
    const a = await uploadBundle(outDir, name, input('retentionDays'));
    const url =
      runner.runId && runner.owner && runner.repo
        ? artifactUrl(runner.serverUrl, runner.owner, runner.repo, runner.runId, a.id)
        : '';
    step.setOutput('artifact-id', String(a.id));
    step.setOutput('artifact-url', url);
    notes.push(`Evidence artifact: ${url ? `[${name}](${url})` : name}`);
  } catch (err) {
    const note = `Could not upload the evidence artifact ${name}: ${errorMessage(err)}. The outcome is not affected.`;
    notes.push(note);
    step.warning(note, { title: 'promotion-gate: publishing failed' });
  }
}
