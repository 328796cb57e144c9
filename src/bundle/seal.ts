import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { appendFile, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import pLimit from 'p-limit';
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
import { redactFileBytes } from './redactFiles.js';

export { prepareOutputDir } from './outputDir.js';

export async function listFiles(dir: string, base = dir): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  // Each folder's files are listed at once (a check's evidence is a folder of its own).
  const lists = await Promise.all(
    entries.map(async (e) => {
      const abs = path.join(dir, e.name);
      if (e.isDirectory()) return listFiles(abs, base);
      return [path.relative(base, abs).split(path.sep).join('/')];
    }),
  );
  return lists.flat().sort();
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

/** Files up to this size are read whole several at once; a larger one is read alone. */
const SMALL_FILE = 1024 * 1024;
/** Small files read at once: each read waits on the disk more than on this thread. */
const FILES_AT_ONCE = 16;

export interface SealedFile {
  path: string;
  sha256: string;
  size: number;
  /** Whether redaction changed the file (it was written again). */
  changed: boolean;
}

/**
 * Each file of the directory redacted with `redactor` (when given; see redactFileBytes) and then
 * digested, from the bytes it was redacted in: every file is read once. Small files are done
 * several at once; a large one alone, so at most one large file is held at a time.
 */
export async function sealFiles(
  dir: string,
  files: readonly string[],
  redactor?: Redactor,
): Promise<SealedFile[]> {
  const small = pLimit(FILES_AT_ONCE);
  const large = pLimit(1);
  const seal = async (rel: string): Promise<SealedFile> => {
    const abs = path.join(dir, ...rel.split('/'));
    if (!redactor) return { path: rel, ...(await digestFile(abs)), changed: false };
    const data = await readFile(abs);
    const out = redactFileBytes(rel, data, redactor);
    const changed = out !== data;
    if (changed) await writeFile(abs, out);
    return { path: rel, sha256: sha256(out), size: out.length, changed };
  };
  return Promise.all(
    files.map(async (rel) => {
      const { size } = await stat(path.join(dir, ...rel.split('/')));
      return (size > SMALL_FILE ? large : small)(() => seal(rel));
    }),
  );
}

/**
 * Writes report.md, digests every file, writes manifest.json, then report.json and the last
 * line of report.md carrying the bundle id (the manifest's digest). Returns the sealed report.
 *
 * With a redactor, sealing is where redaction is complete: every check has ended, so every
 * secret is known. The report (keys included), report.md and every file under the directory are
 * redacted with all of them, each before it is digested; what history keeps is taken from the
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
  const entries: ManifestEntry[] = (await sealFiles(dir, files, redactor)).map((f) => ({
    path: f.path,
    sha256: f.sha256,
    size: f.size,
    // report.md names its bundle in a last line added below: digested without it.
    ...(f.path === REPORT_MD ? { digestOf: 'markdown-without-bundle' as const } : {}),
  }));
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
