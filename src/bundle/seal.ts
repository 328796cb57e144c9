import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
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

const OWNED = new Set([REPORT_JSON, REPORT_MD, MANIFEST, 'evidence']);

/** Empties what an earlier run left; refuses a directory that holds anything else. */
export async function prepareOutputDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const entries = await readdir(dir);
  const foreign = entries.filter((e) => !OWNED.has(e));
  if (foreign.length > 0) {
    throw new UsageError(
      `output directory ${dir} holds files the gate did not write (${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ', …' : ''}); use an empty or dedicated directory`,
    );
  }
  await Promise.all(entries.map((e) => rm(path.join(dir, e), { recursive: true, force: true })));
}

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
 * Writes report.md, digests every file, writes manifest.json, then report.json carrying the
 * bundle id (the manifest's digest). Returns the sealed report.
 */
export async function sealBundle(
  dir: string,
  report: Report,
  markdown: string,
): Promise<{ report: Report; manifest: Manifest }> {
  await writeFile(path.join(dir, REPORT_MD), markdown);
  const files = (await listFiles(dir)).filter((f) => f !== MANIFEST && f !== REPORT_JSON);
  const entries: ManifestEntry[] = await Promise.all(
    files.map(async (f) => ({ path: f, ...(await digestFile(path.join(dir, f))) })),
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
  const sealed: Report = {
    ...report,
    bundle: { id: bundleId(manifestBytes), manifest: MANIFEST, files: entries.length },
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
