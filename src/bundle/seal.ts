import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { appendFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Redactor } from '../core/redact.js';
import { bundleTrailer } from '../report/markdown.js';
import type { Manifest, ManifestEntry, Report } from '../report/types.js';
import {
  bundleId,
  MANIFEST,
  REPORT_JSON,
  REPORT_MD,
  reportDigestBytes,
  serializeManifest,
  serializeReport,
  sha256,
} from './manifest.js';
import { redactFiles } from './redactFiles.js';

export { prepareOutputDir } from './outputDir.js';

export async function listFiles(dir: string, base = dir): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const abs = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(abs, base)));
    else out.push(path.relative(base, abs).split(path.sep).join('/'));
  }
  return out.sort();
}

export async function digestFile(file: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(file)) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), size };
}

/**
 * Writes report.md, digests every file, writes manifest.json, then report.json and the last
 * line of report.md carrying the bundle id (the manifest's digest). Returns the sealed report.
 *
 * With a redactor, sealing is where redaction is complete: every check has ended, so every
 * secret is known. The report (keys included), report.md and every file under the directory are
 * redacted with all of them before anything is digested; what history keeps is taken from the
 * sealed report, so it is redacted alike.
 */
export async function sealBundle(
  dir: string,
  unredacted: Report,
  markdown: string,
  redactor?: Redactor,
): Promise<{ report: Report; manifest: Manifest }> {
  const report = redactor ? redactor.redactDeep(unredacted) : unredacted;
  await writeFile(path.join(dir, REPORT_MD), markdown);
  const files = (await listFiles(dir)).filter((f) => f !== MANIFEST && f !== REPORT_JSON);
  if (redactor) await redactFiles(dir, files, redactor);
  const entries: ManifestEntry[] = await Promise.all(
    files.map(async (f) => ({
      path: f,
      ...(await digestFile(path.join(dir, f))),
      // report.md names its bundle in a last line added below: digested without it.
      ...(f === REPORT_MD ? { digestOf: 'markdown-without-bundle' as const } : {}),
    })),
  );
  const unsealed = reportDigestBytes(report);
  entries.push({
    path: REPORT_JSON,
    sha256: sha256(unsealed),
    size: Buffer.byteLength(unsealed),
    digestOf: 'report-without-bundle',
  });
  const manifest: Manifest = { files: entries };
  const manifestBytes = serializeManifest(manifest);
  await writeFile(path.join(dir, MANIFEST), manifestBytes);
  const id = bundleId(manifestBytes);
  await appendFile(path.join(dir, REPORT_MD), bundleTrailer(id));
  const sealed: Report = {
    ...report,
    bundle: { id, manifest: MANIFEST, files: entries.length },
  };
  await writeFile(path.join(dir, REPORT_JSON), serializeReport(sealed));
  return { report: sealed, manifest: JSON.parse(manifestBytes) as Manifest };
}

export async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}
