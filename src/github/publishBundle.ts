import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { REPORT_JSON } from '../bundle/manifest.js';
import { verifyBundle } from '../bundle/verify.js';
import type { Report } from '../report/types.js';

/**
 * Publishes the bundle of a gate that ran elsewhere — typically a fork's pull request, whose
 * read-only token could not: a `workflow_run` workflow downloads its evidence artifact and
 * publishes it with a token that can write. The bundle is verified first; the commit and pull
 * request come from the caller (the workflow_run event), never from the report, which the fork
 * controls.
 */

export class BundleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BundleError';
  }
}

export async function readVerifiedReport(dir: string): Promise<Report> {
  const check = await verifyBundle(dir);
  if (!check.ok) {
    const list = check.problems.slice(0, 5).map((p) => `  ${p.kind} ${p.path}: ${p.detail}`);
    throw new BundleError(
      `${dir}: the evidence bundle does not verify (${check.problems.length} problem(s)); not published\n${list.join('\n')}`,
    );
  }
  const report = JSON.parse(await readFile(path.join(dir, REPORT_JSON), 'utf8')) as Report;
  if (report.schemaVersion !== 1 || typeof report.profile !== 'string' || !report.bundle)
    throw new BundleError(`${dir}: ${REPORT_JSON} is not a promotion-gate report (schemaVersion 1)`);
  return report;
}
