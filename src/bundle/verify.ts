import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Manifest, Report } from '../report/types.js';
import { bundleId, MANIFEST, REPORT_JSON, reportDigestBytes, sha256 } from './manifest.js';
import { digestFile, listFiles } from './seal.js';

export interface VerifyProblem {
  path: string;
  kind: 'changed' | 'added' | 'removed' | 'unreadable' | 'bundle-id';
  detail: string;
}

export interface VerifyResult {
  ok: boolean;
  bundleId?: string;
  files: number;
  problems: VerifyProblem[];
}

/** Recomputes every digest of a bundle directory against its manifest and report. */
export async function verifyBundle(dir: string, expectedId?: string): Promise<VerifyResult> {
  const problems: VerifyProblem[] = [];
  let manifestBytes: Buffer;
  try {
    manifestBytes = await readFile(path.join(dir, MANIFEST));
  } catch (err) {
    return {
      ok: false,
      files: 0,
      problems: [{ path: MANIFEST, kind: 'unreadable', detail: (err as Error).message }],
    };
  }
  let manifest: Manifest;
  try {
    manifest = JSON.parse(manifestBytes.toString('utf8')) as Manifest;
    if (!Array.isArray(manifest.files)) throw new Error('no "files" list');
  } catch (err) {
    return {
      ok: false,
      files: 0,
      problems: [{ path: MANIFEST, kind: 'unreadable', detail: `not a manifest: ${(err as Error).message}` }],
    };
  }
  const id = bundleId(manifestBytes);
  const listed = new Map(manifest.files.map((f) => [f.path, f]));
  const present = new Set((await listFiles(dir)).filter((f) => f !== MANIFEST));

  for (const entry of manifest.files) {
    if (!present.has(entry.path)) {
      problems.push({ path: entry.path, kind: 'removed', detail: 'listed in the manifest but missing' });
      continue;
    }
    const abs = path.join(dir, entry.path);
    let actual: string;
    if (entry.digestOf === 'report-without-bundle') {
      try {
        const report = JSON.parse(await readFile(abs, 'utf8')) as Report;
        actual = sha256(reportDigestBytes(report));
        if (report.bundle?.id !== id) {
          problems.push({
            path: REPORT_JSON,
            kind: 'bundle-id',
            detail: `report names bundle ${report.bundle?.id ?? '(none)'}, the manifest digests to ${id}`,
          });
        }
      } catch (err) {
        problems.push({ path: entry.path, kind: 'unreadable', detail: (err as Error).message });
        continue;
      }
    } else {
      actual = (await digestFile(abs)).sha256;
    }
    if (actual !== entry.sha256) {
      problems.push({
        path: entry.path,
        kind: 'changed',
        detail: `sha256 ${actual.slice(0, 12)}… ≠ manifest ${entry.sha256.slice(0, 12)}…`,
      });
    }
  }
  for (const f of present) {
    if (!listed.has(f)) problems.push({ path: f, kind: 'added', detail: 'not in the manifest' });
  }
  if (expectedId && expectedId !== id) {
    problems.push({ path: MANIFEST, kind: 'bundle-id', detail: `bundle is ${id}, expected ${expectedId}` });
  }
  return { ok: problems.length === 0, bundleId: id, files: manifest.files.length, problems };
}
